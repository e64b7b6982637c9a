"""Paths of the hand-written evaluation fixtures."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "eval"

# `.venv/bin/pytest` puts tests/ on sys.path, where tests/queries/ (no __init__) would shadow the
# real `queries` package as a namespace package; the repository root must come first.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def eval_fixtures() -> Path:
    return FIXTURES
