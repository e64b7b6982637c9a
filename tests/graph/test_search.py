from __future__ import annotations

import pytest

from graph import search
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx


@pytest.fixture()
def store() -> OxigraphStore:
    s = OxigraphStore()
    s.write(fx.corpus())
    return s


def test_normalize_strips_honorifics_and_degrees() -> None:
    assert search.normalize("Dr. H. Budi Santoso, S.Sos., M.Si.") == "budi santoso"
    assert search.normalize("Hj. Rina Maharani, S.H.") == "rina maharani"
    assert search.normalize("Hendra") == "hendra", "a name starting like an honorific stays whole"


@pytest.mark.parametrize("typed, expected", [
    ("Rina Maharan", fx.RINA),
    ("Hj. Rina Maharani, S.H.", fx.RINA),
    ("rina m", fx.RINA),
    ("kpu grut", fx.KPU),
    ("Komisi Pemilihan Umum Garut", fx.KPU),
    ("Badan Pengawas Pemilu Garut", fx.BAWASLU),
])
def test_find_tolerates_typos_titles_and_aliases(store: OxigraphStore, typed: str, expected: str) -> None:
    rows = search.find(store, typed)
    assert rows and rows[0]["id"] == expected, rows


def test_find_one_row_per_entity_and_nothing_for_noise(store: OxigraphStore) -> None:
    rows = search.find(store, "Garut", limit=50)
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) and ids[0] == fx.GARUT
    assert search.find(store, "qqqzzz") == [] and search.find(store, "  ") == []


def test_index_follows_store_changes(store: OxigraphStore) -> None:
    assert search.find(store, "Sri Wulandari")[0]["id"] == fx.SRI
    store.delete_article("article/sosialisasi")
    assert all(r["id"] != fx.SRI for r in search.find(store, "Sri Wulandari"))
