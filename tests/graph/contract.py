"""The Store contract: one function every backend's tests call with a factory for an empty store.

Expected values are derived from the fixture corpus itself (what was written must come back), plus
a few facts checked by hand against ``tests/fixtures/graph.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import queries
from graph.errors import QueryParameterError
from graph.model import ARTICLE_SUBJECT, ArticleGraph, Relation
from graph.store.base import Row, Store
from tests.fixtures import graph as fx

RelKey = tuple[str, str, str, str | None, str, str, int, int, str, float]


def rel_key(r: Relation) -> RelKey:
    ev = r.evidence
    return (r.subject, r.predicate, r.object, r.title, ev.article_id, ev.sentence, ev.start, ev.end,
            ev.extractor, round(ev.confidence, 6))


def expected_relations(graphs: list[ArticleGraph]) -> set[RelKey]:
    out: set[RelKey] = set()
    for g in graphs:
        for r in g.relations:
            subject = g.article.id if r.subject == ARTICLE_SUBJECT else r.subject
            out.add(rel_key(Relation(subject, r.predicate, r.object, r.evidence, r.title)))
    return out


def snapshot(store: Store) -> tuple[dict[str, int], set[RelKey], list[tuple[str, str, str, tuple[str, ...]]],
                                     list[Row]]:
    entities = sorted((e.id, e.type, e.name, tuple(sorted(e.aliases))) for e in store.entities())
    q = queries.load("neighbours", sorted(store.dialects)[0])
    rows = store.run(q, {"entity": fx.RINA})
    return store.counts(), {rel_key(r) for r in store.relations()}, entities, rows


def _canon(rows: list[Row]) -> list[tuple[tuple[str, object], ...]]:
    return sorted(tuple(sorted(r.items())) for r in rows)  # type: ignore[arg-type]


def run_store_contract(make_store: Callable[[], Store]) -> None:
    store = make_store()
    try:
        _contract(store)
    finally:
        store.close()


def _contract(store: Store) -> None:
    corpus = fx.corpus()
    assert store.counts()["relations"] == 0, "make_store must return an empty store"
    store.write(corpus)

    # counts: derived from the corpus
    counts = store.counts()
    assert counts["articles"] == len(corpus)
    assert counts["relations"] == len(expected_relations(corpus))
    entity_types = {e.id: e.type for g in corpus for e in g.entities}
    assert counts["entities"] == len(entity_types)
    for t in ("Person", "Organization", "Event", "Location", "Election", "Law"):
        assert counts[t] == sum(1 for v in entity_types.values() if v == t), t
    assert counts["holds_position"] == 4 and counts["reported_by"] == 1 and counts["part_of"] == 0

    # entities merged across articles
    rina = store.entity(fx.RINA)
    assert rina is not None and rina.type == "Person" and rina.name == "Rina Maharani"
    assert rina.aliases == {"Rina M."}
    kpu = store.entity(fx.KPU)
    assert kpu is not None and kpu.aliases == {"Komisi Pemilihan Umum Kabupaten Garut"}
    rakor = store.entity(fx.RAKOR)
    assert rakor is not None and rakor.type == "Event" and rakor.attrs.get("date") == "2024-09-10"
    assert store.entity("person/nobody-here") is None
    assert store.entity("article/rakor") is None, "articles are not entities"

    # relations with evidence, both directions, ARTICLE placeholder resolved
    everything = expected_relations(corpus)
    assert {rel_key(r) for r in store.relations()} == everything
    touching = {k for k in everything if fx.RINA in (k[0], k[2])}
    assert {rel_key(r) for r in store.relations(fx.RINA)} == touching
    assert any(k[0] == "article/rakor" and k[1] == "reported_by" for k in everything)
    into_bawaslu = {rel_key(r) for r in store.relations(fx.BAWASLU) if r.object == fx.BAWASLU}
    assert any(k[0] == fx.RINA and k[3] == "Ketua" for k in into_bawaslu)

    # articles
    art = store.article("article/rakor")
    assert art is not None and art.title == "Bawaslu Garut gelar rapat koordinasi"
    assert art.published == "2024-09-10" and art.url == "https://contoh.test/rakor"
    assert art.text == corpus[0].article.text
    assert sorted(a.id for a in store.articles()) == sorted(g.article.id for g in corpus)
    assert store.article("article/none") is None

    # idempotence: writing again changes nothing (counts and rows)
    before = snapshot(store)
    store.write(fx.corpus())
    store.write([fx.apel()])
    after = snapshot(store)
    assert after[0] == before[0] and after[1] == before[1] and after[2] == before[2]
    assert _canon(after[3]) == _canon(before[3])

    # a canned query through run(), parameters bound, columns as declared
    dialect = sorted(store.dialects)[0]
    rows = store.run(queries.load("positions_held", dialect), {"entity": fx.RINA})
    assert {(r["organization"], r["title"], r["article"]) for r in rows} == {
        (fx.BAWASLU, "Ketua", "article/rakor"), (fx.BAWASLU, "Ketua", "article/apel")}
    assert all(set(r) == {"organization", "organization_name", "title", "article", "sentence"} for r in rows)
    with pytest.raises(QueryParameterError):
        store.run(queries.load("positions_held", dialect), {})

    # replacing a changed article replaces exactly its content
    changed = fx.apel()
    changed.relations = [r for r in changed.relations if r.predicate != "speaks_at"]
    changed.article.title = "Apel siaga, diperbarui"
    store.write([changed])
    assert store.counts()["relations"] == before[0]["relations"] - 1
    assert store.counts()["speaks_at"] == before[0]["speaks_at"] - 1
    new_art = store.article("article/apel")
    assert new_art is not None and new_art.title == "Apel siaga, diperbarui"
    assert not any(r.predicate == "speaks_at" and r.object == fx.APEL for r in store.relations(fx.RINA))
    store.write([fx.apel()])
    assert snapshot(store)[1] == before[1]

    # delete an article: its statements and the entities only it mentioned disappear
    assert store.delete_article("article/sosialisasi") is True
    assert store.article("article/sosialisasi") is None
    assert store.entity(fx.SRI) is None and store.entity(fx.PKPU) is None
    assert store.entity(fx.RINA) is not None and store.entity(fx.RINA).aliases == set()  # type: ignore[union-attr]
    assert {rel_key(r) for r in store.relations()} == expected_relations([fx.rakor(), fx.apel()])
    assert store.delete_article("article/sosialisasi") is False
    assert store.counts()["articles"] == 2
