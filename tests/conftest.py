"""Shared test configuration: paths to the repository, its sample corpus and ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "eval" / "dev.jsonl").is_file():
        pytest.skip("../shared/eval is not beside this checkout")
    return SHARED
