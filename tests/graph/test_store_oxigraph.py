from __future__ import annotations

from pathlib import Path

import pytest

import queries
from graph.errors import InvalidRelation, QueryTimeout, ReadOnlyViolation, UnsupportedQuery
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.store import open_store
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx
from tests.graph.contract import run_store_contract


def test_contract_in_memory() -> None:
    run_store_contract(lambda: OxigraphStore(None))


def test_contract_on_disk(tmp_path: Path) -> None:
    run_store_contract(lambda: OxigraphStore(tmp_path / "store"))


def test_open_store_urls(tmp_path: Path) -> None:
    mem = open_store("memory:")
    assert isinstance(mem, OxigraphStore) and mem.location is None
    disk = open_store(f"oxigraph:{tmp_path / 's'}")
    assert isinstance(disk, OxigraphStore) and disk.location == tmp_path / "s"
    disk.close()


def test_persists_across_reopen(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.write(fx.corpus())
    counts, quads = store.counts(), store.quad_count()
    rels = sorted((r.subject, r.predicate, r.object, r.evidence.article_id) for r in store.relations())
    store.close()
    again = OxigraphStore(tmp_path / "s")
    try:
        assert again.counts() == counts and again.quad_count() == quads
        assert sorted((r.subject, r.predicate, r.object, r.evidence.article_id) for r in again.relations()) == rels
    finally:
        again.close()


def test_same_article_twice_same_quads() -> None:
    store = OxigraphStore()
    store.write(fx.corpus())
    quads = set(map(str, store.oxigraph))
    store.write([fx.sosialisasi()])
    store.write(fx.corpus())
    assert set(map(str, store.oxigraph)) == quads
    assert store.quad_count() == len(quads)


def test_one_named_graph_per_statement() -> None:
    store = OxigraphStore()
    store.write([fx.apel()])
    rels = list(store.relations())
    for r in rels:
        g = store._v.node(r.statement_id)
        inside = list(store.oxigraph.quads_for_pattern(None, None, None, g))
        assert len(inside) == 1
        assert inside[0].subject.value.endswith(r.subject) and inside[0].object.value.endswith(r.object)


def test_bulk_write_matches_write(tmp_path: Path) -> None:
    a = OxigraphStore(tmp_path / "a")
    b = OxigraphStore(tmp_path / "b")
    a.write(fx.corpus())
    b.bulk_write(fx.corpus())
    assert set(map(str, a.oxigraph)) == set(map(str, b.oxigraph))
    a.close()
    b.close()


def test_update_is_refused() -> None:
    store = OxigraphStore()
    store.write([fx.apel()])
    text = "# sneaky\nPREFIX x: <http://x/>\nDELETE WHERE { ?s ?p ?o }"
    with pytest.raises(ReadOnlyViolation):
        store.run(queries.raw(text, "sparql"))
    assert store.counts()["relations"] == 3


def test_other_dialect_is_unsupported() -> None:
    with pytest.raises(UnsupportedQuery, match="SPARQL"):
        OxigraphStore().run(queries.raw("MATCH (n) RETURN n", "cypher"))


def test_raw_select_ask_construct() -> None:
    store = OxigraphStore()
    store.write([fx.apel()])
    rows = store.run(queries.raw("SELECT ?o WHERE { <https://w3id.org/sinergi/id/person/rina-maharani> org:memberOf ?o }", "sparql"))
    assert rows == [{"o": fx.BAWASLU}]
    assert store.run(queries.raw("ASK { ?s sin:speaksAt ?o }", "sparql")) == [{"result": True}]
    triples = store.run(queries.raw("CONSTRUCT { ?s org:memberOf ?o } WHERE { ?s org:memberOf ?o }", "sparql"))
    assert triples == [{"subject": fx.RINA, "predicate": "holds_position", "object": fx.BAWASLU}]


def test_syntax_error_names_the_query() -> None:
    with pytest.raises(UnsupportedQuery, match="syntax"):
        OxigraphStore().run(queries.raw("SELECT WHERE {", "sparql"))


def test_invalid_relation_names_the_article() -> None:
    g = fx.apel()
    g.relations.append(Relation(fx.BAWASLU, "speaks_at", fx.APEL, Evidence("article/apel", "x", 0, 1, "t", 1.0)))
    with pytest.raises(InvalidRelation, match="article/apel.*speaks_at"):
        OxigraphStore().write([g])


def test_bad_attribute_key_is_refused() -> None:
    g = fx.apel()
    g.entities.append(Entity("event/x", "Event", "X", attrs={"bad key": "1"}))
    with pytest.raises(InvalidRelation, match="bad key"):
        OxigraphStore().write([g])


def test_limit_parameter_is_applied() -> None:
    store = OxigraphStore()
    store.write(fx.corpus())
    q = queries.load("neighbours")
    full = store.run(q, {"entity": fx.BAWASLU, "limit": 1000})
    assert len(full) > 3
    assert store.run(q, {"entity": fx.BAWASLU, "limit": 3}) == full[:3]


def test_entity_card_takes_the_most_common_name_and_follows_deletes() -> None:
    def mention(article: str, name: str) -> ArticleGraph:
        return ArticleGraph(Article(article, "t", "x"), [Entity(fx.KPU, "Organization", name)])

    store = OxigraphStore()
    store.write([mention("article/m1", "KPU Garut"), mention("article/m2", "Kpu Garut"),
                 mention("article/m3", "KPU Garut")])
    e = store.entity(fx.KPU)
    assert e is not None and e.name == "KPU Garut" and e.aliases == {"Kpu Garut"}
    rows = store.run(queries.load("entity_profile"), {"entity": fx.KPU})
    assert rows == [{"id": fx.KPU, "type": "Organization", "name": "KPU Garut", "alias": "Kpu Garut"}]
    store.delete_article("article/m1")
    store.delete_article("article/m3")
    e = store.entity(fx.KPU)
    assert e is not None and e.name == "Kpu Garut" and e.aliases == set()
    store.delete_article("article/m2")
    assert store.entity(fx.KPU) is None and store.counts()["Organization"] == 0
    assert store.quad_count() == 0, "nothing is left behind"


def test_cards_do_not_depend_on_write_order() -> None:
    def mention(article: str, name: str, alias: str | None = None) -> ArticleGraph:
        ent = Entity(fx.KPU, "Organization", name, {alias} if alias else set(), {"region": "Garut"})
        return ArticleGraph(Article(article, "t", "x"), [ent])

    graphs = [*fx.corpus(), mention("article/m1", "Kpu Garut"), mention("article/m2", "Kpu Garut", "KPUD Garut"),
              mention("article/m3", "Kpu Garut")]
    together = OxigraphStore()
    together.write(graphs)
    for order in (graphs, list(reversed(graphs))):
        one_by_one = OxigraphStore()
        for g in order:
            one_by_one.write([g])
        assert set(map(str, one_by_one.oxigraph)) == set(map(str, together.oxigraph))
    e = together.entity(fx.KPU)
    assert e is not None and e.name == "Kpu Garut" and e.attrs == {"region": "Garut"}
    assert e.aliases == {"KPU Garut", "KPUD Garut", "Komisi Pemilihan Umum Kabupaten Garut"}


@pytest.mark.parametrize("on_disk", [False, True], ids=["memory", "disk"])
def test_bulk_reads_match_one_by_one(tmp_path: Path, on_disk: bool) -> None:
    """entities(), articles() and relations() read everything in one query each and sort in Python:
    the same objects as entity()/article(), and relations in the order the engine's ORDER BY gives."""
    same_start = ArticleGraph(
        Article("article/z", "Z", "Rina dan KPU hadir."),
        [Entity(fx.RINA, "Person", "Rina Maharani"), Entity(fx.KPU, "Organization", "KPU Garut")],
        [Relation(fx.RINA, "coordinates_with", fx.KPU, Evidence("article/z", "Rina dan KPU hadir.", 0, 18, "t", 0.5),
                  title=title) for title in ("Ketua", "Anggota", None)]
        + [Relation(fx.RINA, "holds_position", fx.KPU, Evidence("article/z", "Rina dan KPU hadir.", 0, 18, "t", 1.0),
                    title="Ketua"),
           Relation(fx.KPU, "coordinates_with", fx.BAWASLU, Evidence("article/z", "KPU hadir.", 0, 10, "t", 0.5))],
    )
    store = OxigraphStore(tmp_path / "s" if on_disk else None)
    try:
        store.write([*fx.corpus(), same_start])
        ents = list(store.entities())
        assert [e.id for e in ents] == sorted(e.id for e in ents) and len(ents) == store.counts()["entities"]
        assert ents == [store.entity(e.id) for e in ents]
        arts = list(store.articles())
        assert [a.id for a in arts] == sorted(g.article.id for g in [*fx.corpus(), same_start])
        assert arts == [store.article(a.id) for a in arts]
        rows = store._select(
            "SELECT ?s ?p ?o ?a ?sentence ?start ?end ?extractor ?confidence ?title WHERE { ?st sin:subject ?s ;"
            " sin:predicate ?p ; sin:object ?o ; prov:wasDerivedFrom ?a ; sin:sentence ?sentence ; sin:start ?start ;"
            " sin:end ?end ; sin:extractor ?extractor ; sin:confidence ?confidence ."
            " OPTIONAL { ?st sin:title ?title } } ORDER BY ?a ?start ?s ?p ?o ?title")
        by_engine = [Relation(str(r["s"]), str(r["p"]), str(r["o"]),
                              Evidence(str(r["a"]), str(r["sentence"]), int(r["start"] or 0), int(r["end"] or 0),
                                       str(r["extractor"]), float(r["confidence"] or 0.0)),
                              None if r["title"] is None else str(r["title"])) for r in rows]
        assert list(store.relations()) == by_engine and len(by_engine) == store.counts()["relations"]
    finally:
        store.close()


def test_run_caps_rows_and_stops_a_query_that_runs_too_long() -> None:
    store = OxigraphStore()
    store.write(fx.corpus())
    every = queries.raw("SELECT ?s ?p ?o WHERE { ?s ?p ?o }", "sparql")
    assert len(store.run(every, max_rows=5)) == 5
    assert len(store.run(every, max_rows=5, timeout=30)) == 5  # the threaded path gives the same rows
    assert store.run(every, timeout=30) == store.run(every)
    # a cross product of all quads four times over streams far more rows than it can in 0.3 s
    huge = queries.raw("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "sparql")
    with pytest.raises(QueryTimeout, match="longer than 0.3 s"):
        store.run(huge, timeout=0.3)
    with pytest.raises(UnsupportedQuery, match="syntax"):  # errors still reach the caller
        store.run(queries.raw("SELECT WHERE {", "sparql"), timeout=30)
