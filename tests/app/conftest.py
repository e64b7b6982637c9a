"""A real on-disk Oxigraph store holding the hand-made fixture, shared by the explorer tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.fixtures import build_store

APP = Path(__file__).resolve().parents[2] / "app.py"


@pytest.fixture(scope="session")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_store(tmp_path_factory.mktemp("store") / "oxigraph")


@pytest.fixture
def app(store_url: str, monkeypatch: pytest.MonkeyPatch) -> Callable[..., AppTest]:
    """``app(view, **params)``: the explorer opened at a URL, already run once."""
    monkeypatch.setenv("SINERGI_STORE", store_url)

    def open_app(view: str = "search", **params: str) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=60)
        at.query_params["view"] = view
        for name, value in params.items():
            at.query_params[name] = value
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return open_app
