"""End-to-end: the seed article must yield the facts the project was started for."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Article, ArticleGraph, Entity
from ingest.pipeline import extract

SEED = Path(__file__).resolve().parents[4] / "shared" / "seeds" / "000_ad87972e7f5283fa.txt"


@pytest.fixture(scope="module")
def graph() -> ArticleGraph:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    title, body = SEED.read_text(encoding="utf-8").split("\n", 1)
    return extract(Article(id="article/seed-000", title=title, text=body))


def _entity(graph: ArticleGraph, type_name: str, form: str) -> Entity:
    for e in graph.entities:
        if e.type == type_name and (e.name == form or form in e.aliases):
            return e
    raise AssertionError(f"no {type_name} named {form!r}; have {[e.name for e in graph.entities]}")


def _has(graph: ArticleGraph, subject: str, predicate: str, obj: str) -> bool:
    return any(r.subject == subject and r.predicate == predicate and r.object == obj for r in graph.relations)


def test_position_of_denny_with_title(graph: ArticleGraph) -> None:
    denny = _entity(graph, "Person", "Denny Ramdany")
    setko = _entity(graph, "Organization", "Setko Administrasi Jakarta Pusat")
    rels = [r for r in graph.relations if r.subject == denny.id and r.predicate == "holds_position"]
    assert [(r.object, r.title) for r in rels] == [(setko.id, "Asisten Pemerintahan")]
    assert "Denny" in denny.aliases


def test_fgd_event_and_its_relations(graph: ArticleGraph) -> None:
    fgd = _entity(graph, "Event", "FGD")
    assert fgd.name == "FGD Perencanaan Program dan Anggaran Pengawasan Penyelanggaraan Pemilu"
    assert fgd.attrs.get("date") == "2023-03-17"  # Friday 17 March, year inferred from the weekday
    denny = _entity(graph, "Person", "Denny Ramdany")
    assert _has(graph, denny.id, "speaks_at", fgd.id)
    assert _has(graph, fgd.id, "organized_by", _entity(graph, "Organization", "Bawaslu").id)
    assert _has(graph, fgd.id, "held_at", _entity(graph, "Location", "Kampung Bali").id)


def test_sitti_at_bawaslu_dki(graph: ArticleGraph) -> None:
    sitti = _entity(graph, "Person", "Sitti Rakhma")
    bawaslu_dki = _entity(graph, "Organization", "Bawaslu DKI Jakarta")
    assert _has(graph, sitti.id, "holds_position", bawaslu_dki.id)


def test_byline_credits(graph: ArticleGraph) -> None:
    reporter = _entity(graph, "Person", "Farandy Purba")
    editor = _entity(graph, "Person", "Andreas Pamakayo")
    assert _has(graph, "article/seed-000", "reported_by", reporter.id)
    assert _has(graph, "article/seed-000", "edited_by", editor.id)


def test_every_relation_has_sentence_evidence_in_the_text(graph: ArticleGraph) -> None:
    text = graph.article.text
    for r in graph.relations:
        ev = r.evidence
        assert ev.article_id == "article/seed-000"
        assert 0 < ev.confidence <= 1
        if ev.end > 0:
            assert text[ev.start:ev.end] == ev.sentence
        else:
            assert ev.sentence == graph.article.title
    assert all(r.title for r in graph.relations if r.predicate == "holds_position")


def test_no_entity_for_defined_title_acronym(graph: ArticleGraph) -> None:
    assert not [e for e in graph.entities if e.type == "Person" and e.name == "Aspem"]
