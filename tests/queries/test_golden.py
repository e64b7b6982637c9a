"""Golden results of every canned question on the fixture corpus.

Each ``tests/golden/queries/<name>.json`` holds ``{"params": {...}, "rows": [...]}``; the rows were
produced once, then checked by hand against ``tests/fixtures/graph.py``. Regenerate after a
deliberate change with ``SINERGI_UPDATE_GOLDEN=1 pytest tests/queries`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import queries
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "queries"

PARAMS: dict[str, dict[str, object]] = {
    "find_entity": {"q": "garut", "limit": 20},
    "entity_profile": {"entity": fx.BAWASLU},
    "positions_held": {"entity": fx.RINA},
    "neighbours": {"entity": fx.RINA},
    "edge_evidence": {"source": fx.RINA, "target": fx.BAWASLU},
    "paths": {"source": fx.RINA, "target": fx.KPU},
    "coordination": {},
    "organized_events": {"organization": fx.BAWASLU},
    "co_attendees": {"entity": fx.RINA},
    "timeline": {"entity": fx.RINA},
    "laws_cited": {},
    "region_organizations": {"region": fx.JABAR},
}


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    s = OxigraphStore()
    s.write(fx.corpus())
    return s


def test_every_query_has_golden_params() -> None:
    assert sorted(PARAMS) == queries.names("sparql")


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_golden(store: OxigraphStore, name: str) -> None:
    path = GOLDEN / f"{name}.json"
    rows = store.run(queries.load(name), PARAMS[name])
    if os.environ.get("SINERGI_UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"params": PARAMS[name], "rows": rows}, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    golden = json.loads(path.read_text(encoding="utf-8"))
    assert golden["params"] == PARAMS[name]
    assert rows == golden["rows"]
    assert rows, f"{name}: the fixture corpus should give at least one row"


def test_paths_keeps_only_minimal_hops(store: OxigraphStore) -> None:
    q = queries.load("paths")
    direct = store.run(q, {"source": fx.RINA, "target": fx.BAWASLU})
    assert direct == [{"hops": 1, "n1": None, "n2": None}]
    three = store.run(q, {"source": fx.HAPSARI, "target": fx.KPU})
    assert three == [], "article edges (reported_by) are not part of paths"
    far = store.run(q, {"source": fx.SRI, "target": fx.GARUT})
    assert {r["hops"] for r in far} == {3}
    assert {(r["n1"], r["n2"]) for r in far} == {
        (fx.SOSIALISASI, fx.PEMKAB), (fx.SOSIALISASI, fx.BAWASLU), (fx.KPU, fx.RAKOR), (fx.KPU, fx.BAWASLU)}
    assert store.run(q, {"source": fx.SRI, "target": fx.JABAR}) == [], "4 hops is beyond the limit"


def test_region_organizations_is_transitive(store: OxigraphStore) -> None:
    q = queries.load("region_organizations")
    assert store.run(q, {"region": fx.GARUT}) == store.run(q, {"region": fx.JABAR})
    assert store.run(q, {"region": fx.BAWASLU}) == []


def test_find_entity_is_case_insensitive(store: OxigraphStore) -> None:
    q = queries.load("find_entity")
    upper = store.run(q, {"q": "KABUPATEN"})
    assert {r["id"] for r in upper} == {fx.BAWASLU, fx.KPU}
    assert {r["matched"] for r in upper} == {"Badan Pengawas Pemilu Kabupaten Garut",
                                              "Komisi Pemilihan Umum Kabupaten Garut"}
    assert store.run(q, {"q": '"} . ?s ?p ?o {'}) == [], "a value is data, never query text"


def test_coordination_kinds_and_article_counts() -> None:
    a = "article/extra"
    s1 = "Pemkab Garut hadir dalam rapat koordinasi; KPU Garut berkoordinasi dengan Bawaslu Garut."
    extra = ArticleGraph(
        Article(a, "Tambahan", s1),
        [Entity(fx.PEMKAB, "Organization", "Pemkab Garut"), Entity(fx.KPU, "Organization", "KPU Garut"),
         Entity(fx.BAWASLU, "Organization", "Bawaslu Garut"), Entity(fx.RAKOR, "Event", "Rapat Koordinasi Pengawasan")],
        [Relation(fx.PEMKAB, "attends", fx.RAKOR, Evidence(a, s1, 0, len(s1), "t", 1.0)),
         Relation(fx.KPU, "coordinates_with", fx.BAWASLU, Evidence(a, s1, 0, len(s1), "t", 1.0))],
    )
    store = OxigraphStore()
    store.write([*fx.corpus(), extra])
    rows = store.run(queries.load("coordination"), {})
    got = {(r["org_a"], r["org_b"], r["relation"]): r["articles"] for r in rows}
    assert got == {
        (fx.BAWASLU, fx.KPU, "coordinates_with"): 2,  # stated both ways, in two articles: one pair
        (fx.KPU, fx.PEMKAB, "co_attended"): 2,  # KPU's attendance in rakor, Pemkab's in extra
        (fx.KPU, fx.PEMKAB, "co_organized"): 1,
        (fx.PEMANTAU, fx.BAWASLU, "supports"): 1,  # directed: not reordered
    }, "people attending the same events never make organisation pairs"
    assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
    assert store.run(queries.load("coordination"), {"limit": 1}) == rows[:1]
