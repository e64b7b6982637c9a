"""graph.coordination: the canned coordination question, answered from the projection."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

import queries
from graph import coordination
from graph.analytics import Projection
from graph.model import Article
from graph.store.oxigraph import OxigraphStore
from ingest.pipeline import extract
from ingest.readers import read_paths
from tests.app.fixtures import BAWASLU, BAWASLU_TABANAN, KPU, KPU_SUMEDANG, graphs

ROOT = Path(__file__).resolve().parents[2]


def test_doctests() -> None:
    assert doctest.testmod(coordination).failed == 0


@pytest.fixture(scope="module")
def sample() -> OxigraphStore:
    store = OxigraphStore()
    articles = [a for a in read_paths([str(ROOT / "data" / "articles")]) if isinstance(a, Article)]
    store.write([extract(a) for a in articles])
    return store


def test_same_rows_as_the_canned_query_on_the_sample_corpus(sample: OxigraphStore) -> None:
    expected = sample.run(queries.load("coordination", "sparql"), {"limit": 100_000})
    got = coordination.ties(Projection.from_store(sample).graph)
    assert len(expected) >= 10
    assert got == expected


def test_date_range_and_kinds_narrow_the_ties() -> None:
    store = OxigraphStore()
    store.write(graphs())
    G = Projection.from_store(store).graph
    everything = {(r["org_a"], r["org_b"], r["relation"]) for r in coordination.ties(G)}
    assert (BAWASLU.id, KPU.id, "coordinates_with") in everything  # article of 2024-05-15
    assert (KPU_SUMEDANG.id, KPU.id, "coordinates_with") in everything  # article of 2024-07-01
    july = {(r["org_a"], r["org_b"]) for r in coordination.ties(G, date_from="2024-07-01", date_to="2024-07-31")}
    assert july == {(KPU_SUMEDANG.id, KPU.id), (BAWASLU_TABANAN.id, KPU_SUMEDANG.id)}
    assert coordination.ties(G, date_to="2024-01-01") == []
    assert {r["relation"] for r in coordination.ties(G, kinds=["co_organized"])} <= {"co_organized"}
