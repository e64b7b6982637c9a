"""Paths to the reader fixtures (real files written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="session")
def good_dir() -> Path:
    return FIXTURES / "articles"


@pytest.fixture(scope="session")
def bad_dir() -> Path:
    return FIXTURES / "bad"
