"""Every canned question gives the same rows, in the same order, from Neo4j and the RDF store.

The hand-built fixture corpus is written to both stores; each query runs with every sensible
parameter value (every entity, every pair for the two-entity questions), not one example.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import queries
from graph.model import ArticleGraph, Entity, Evidence, Relation
from graph.store.base import Value
from graph.store.neo4j import Neo4jStore
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx

pytestmark = pytest.mark.neo4j

ALL_IDS = sorted({e.id for g in fx.corpus() for e in g.entities})
PAIR_IDS = [fx.RINA, fx.DEDI, fx.SRI, fx.HAPSARI, fx.KPU, fx.BAWASLU, fx.GARUT, fx.JABAR, fx.PKPU, fx.RAKOR,
            "article/rakor", "person/nobody"]


def param_sets(name: str) -> Iterator[dict[str, Value]]:
    q = queries.load(name, "sparql")
    declared = {p.name for p in q.params}
    if declared <= {"limit"}:
        yield {}
        if "limit" in declared:
            yield {"limit": 2}
        return
    if "q" in declared:
        for text in ("garut", "KABUPATEN", "rina", "a", "", "zzz", "'} RETURN 1 //"):
            yield {"q": text}
        yield {"q": "a", "limit": 3}
        return
    if declared >= {"source", "target"}:
        for s, t in itertools.product(PAIR_IDS, PAIR_IDS):
            yield {"source": s, "target": t}
        return
    (param,) = declared - {"limit"}
    for i in [*ALL_IDS, "person/nobody"]:
        yield {param: i}


def extra_corpus() -> list[ArticleGraph]:
    """Cases the fixture lacks: an event dated differently by two articles, a label that differs
    between articles, organisations coordinating both ways, a supports pair."""
    a, b = "article/extra-a", "article/extra-b"
    ev = "event/rapat-pleno"
    s1, s2 = "Rapat pleno digelar KPU Garut.", "Rapat Pleno kembali digelar KPU Garut bersama Bawaslu Garut."
    def rel(art: str, sent: str, s: str, p: str, o: str) -> Relation:
        return Relation(s, p, o, Evidence(art, sent, 0, len(sent), "test.hand.v1", 0.5))
    from graph.model import Article
    return [
        ArticleGraph(Article(a, "Pleno", s1, published="2024-11-01"),
                     [Entity(ev, "Event", "rapat pleno", attrs={"date": "2024-11-01"}),
                      Entity(fx.KPU, "Organization", "KPU Kabupaten Garut")],
                     [rel(a, s1, ev, "organized_by", fx.KPU), rel(a, s1, fx.KPU, "coordinates_with", fx.BAWASLU)]),
        ArticleGraph(Article(b, "Pleno lagi", s2),
                     [Entity(ev, "Event", "Rapat Pleno", attrs={"date": "2024-11-03"}),
                      Entity(fx.KPU, "Organization", "KPU Garut"), Entity(fx.BAWASLU, "Organization", "Bawaslu Garut")],
                     [rel(b, s2, ev, "organized_by", fx.KPU), rel(b, s2, ev, "organized_by", fx.BAWASLU),
                      rel(b, s2, fx.KPU, "supports", fx.BAWASLU), rel(b, s2, fx.DEDI, "speaks_at", ev)]),
    ]


@pytest.fixture()
def both(neo4j_store: Neo4jStore) -> tuple[OxigraphStore, Neo4jStore]:
    corpus = fx.corpus() + extra_corpus()
    ox = OxigraphStore()
    ox.write(corpus)
    neo4j_store.write(corpus)
    return ox, neo4j_store


def test_every_rq_has_a_cypher_twin_with_the_same_parameters() -> None:
    assert queries.names("cypher") == queries.names("sparql")
    for name in queries.names("sparql"):
        rq, cy = queries.load(name, "sparql"), queries.load(name, "cypher")
        assert [(p.name, p.type, p.default) for p in rq.params] == [(p.name, p.type, p.default) for p in cy.params], name


@pytest.mark.parametrize("name", queries.names("sparql"))
def test_same_rows_in_both_stores(both: tuple[OxigraphStore, Neo4jStore], name: str) -> None:
    ox, neo = both
    rq, cy = queries.load(name, "sparql"), queries.load(name, "cypher")
    nonempty = 0
    for params in param_sets(name):
        expected = ox.run(rq, params)
        got = neo.run(cy, params)
        assert got == expected, f"{name} {params}"
        nonempty += bool(expected)
    assert nonempty, f"{name}: no parameter set gave rows; the comparison proves nothing"


def test_same_counts_entities_and_relations(both: tuple[OxigraphStore, Neo4jStore]) -> None:
    ox, neo = both
    assert neo.counts() == ox.counts()
    assert list(neo.entities()) == list(ox.entities())
    key = lambda r: (r.evidence.article_id, r.evidence.start, r.subject, r.predicate, r.object, r.title or "")  # noqa: E731
    assert sorted(neo.relations(), key=key) == sorted(ox.relations(), key=key)
    assert list(neo.articles()) == list(ox.articles())


def test_parity_survives_deleting_an_article(both: tuple[OxigraphStore, Neo4jStore]) -> None:
    ox, neo = both
    for store in (ox, neo):
        assert store.delete_article("article/extra-b") is True
    for name in ("timeline", "organized_events", "entity_profile", "find_entity", "coordination"):
        rq, cy = queries.load(name, "sparql"), queries.load(name, "cypher")
        for params in param_sets(name):
            assert neo.run(cy, params) == ox.run(rq, params), f"{name} {params}"
    assert list(neo.entities()) == list(ox.entities())


def test_parity_on_the_extracted_sample_corpus(neo4j_store: Neo4jStore) -> None:
    """data/articles through the real extractor, copied store-to-store: every query, every entity."""
    from cli.cmd_ingest import run_ingest
    from graph.store.base import write_all
    from graph.store.neo4j_copy import article_graphs
    from ingest.readers import read_paths

    corpus = Path(__file__).resolve().parent.parent.parent / "data" / "articles"
    if not corpus.is_dir():
        pytest.skip("no sample corpus in data/articles")
    ox = OxigraphStore()
    report = run_ingest(read_paths([str(corpus)]), ox)
    assert report.written > 0 and ox.counts()["relations"] > 0
    write_all(neo4j_store, article_graphs(ox))
    assert neo4j_store.counts() == ox.counts()
    assert list(neo4j_store.entities()) == list(ox.entities())
    ids = [e.id for e in ox.entities()]
    compared = 0
    for name in queries.names("sparql"):
        rq, cy = queries.load(name, "sparql"), queries.load(name, "cypher")
        declared = {p.name for p in rq.params} - {"limit"}
        sets: list[dict[str, Value]]
        if not declared:
            sets = [{}]
        elif "q" in declared:
            sets = [{"q": t} for t in ("bawaslu", "kpu", "a", "jakarta")]
        elif declared >= {"source", "target"}:
            sets = [{"source": s, "target": t} for s, t in itertools.product(ids[::9], ids[::13])]
        else:
            (param,) = declared
            sets = [{param: i} for i in ids]
        for params in sets:
            assert neo4j_store.run(cy, params) == ox.run(rq, params), f"{name} {params}"
            compared += 1
    assert compared > 500
