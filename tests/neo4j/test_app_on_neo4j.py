"""The explorer configured for Neo4j (SINERGI_STORE=bolt://…): every view renders from a real server."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.store.neo4j import Neo4jStore
from tests.app import fixtures

pytestmark = pytest.mark.neo4j
APP = Path(__file__).resolve().parents[2] / "app.py"

VIEWS = [
    ("search", {"q": "tasikmalaya"}),
    ("entity", {"id": fixtures.BAWASLU.id}),
    ("network", {"id": fixtures.BAWASLU.id}),
    ("paths", {"source": fixtures.RAHMAT.id, "target": fixtures.KPU_SUMEDANG.id}),
    ("coordination", {}),
    ("timeline", {"id": fixtures.BAWASLU.id}),
    ("console", {}),
    ("add", {}),
    ("export", {}),
]


@pytest.mark.parametrize(("view", "params"), VIEWS, ids=[v for v, _ in VIEWS])
def test_view_renders_on_neo4j(view: str, params: dict[str, str], neo4j_env: Neo4jStore,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    neo4j_env.write(fixtures.graphs())
    monkeypatch.setenv("SINERGI_STORE", neo4j_env.uri)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.query_params["view"] = view
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    text = " ".join(m.value for m in at.markdown) + " ".join(str(c.value) for c in at.caption)
    if view in ("entity", "network", "timeline"):
        assert "Bawaslu Kota Tasikmalaya" in text
    if view == "search":
        assert fixtures.BAWASLU.name in [b.label for b in at.button]
