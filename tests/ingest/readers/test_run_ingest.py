"""The ingest loop on a real in-memory store: batching, failures, duplicates, idempotency.

The extractor here is a plain function because the test needs one that fails on purpose; the
real pipeline is exercised end to end in test_cmd_ingest.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Article, ArticleGraph, Entity, entity_id
from graph.store import open_store
from ingest.readers import read_paths

pytest.importorskip("graph.store.oxigraph", reason="the RDF store has not landed yet")

from cli.cmd_ingest import Extractor, run_ingest  # noqa: E402


def one_entity(article: Article) -> ArticleGraph:
    if "Palu" in article.title:
        raise ValueError("sengaja gagal")
    org = Entity(entity_id("Organization", article.title), "Organization", article.title)
    return ArticleGraph(article, entities=[org])


def loader() -> Extractor:
    return one_entity


def test_failures_are_reported_and_not_written(good_dir: Path, bad_dir: Path) -> None:
    store = open_store("memory:")
    try:
        items = list(read_paths([str(good_dir), str(bad_dir / "mixed.jsonl")]))
        report = run_ingest(items, store, extract=loader, batch=3)
        assert (report.read, report.written) == (8, 7)
        failed = [p for p in report.problems if p.kind == "extraction failed"]
        assert len(failed) == 1 and failed[0].source.endswith("mixed.jsonl:1")
        assert "ValueError: sengaja gagal" in failed[0].reason
        palu = next(a for a in items if isinstance(a, Article) and "Palu" in a.title)
        assert store.article(palu.id) is None
        assert store.counts()["articles"] == 7
        assert report.entities == 7
    finally:
        store.close()


def test_rerun_and_duplicates_leave_the_store_unchanged(good_dir: Path) -> None:
    store = open_store("memory:")
    try:
        first = run_ingest(read_paths([str(good_dir)]), store, extract=loader, batch=2)
        before = store.counts()
        again = run_ingest(read_paths([str(good_dir), str(good_dir / "plain.txt")]), store, extract=loader)
        assert store.counts() == before
        assert first.written == again.written == 7
        (dup,) = again.problems
        assert dup.kind == "duplicate article" and dup.source.endswith("plain.txt")
    finally:
        store.close()


def test_extractor_is_not_loaded_when_nothing_needs_it(bad_dir: Path) -> None:
    def must_not_load() -> Extractor:
        raise AssertionError("loaded the extractor for an all-bad input")

    store = open_store("memory:")
    try:
        report = run_ingest(read_paths([str(bad_dir / "empty.txt")]), store, extract=must_not_load)
        assert report.read == 0 and len(report.problems) == 1
    finally:
        store.close()
