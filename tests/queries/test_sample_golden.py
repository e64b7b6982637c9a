"""Golden results of every canned question on the bundled sample corpus (data/articles).

The corpus is read and extracted by the real pipeline into a real Oxigraph store; each
``tests/golden/sample/<name>.json`` holds the rows. Extraction changes show up here as a
reviewable diff: regenerate with ``SINERGI_UPDATE_GOLDEN=1 pytest tests/queries`` and read it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

import queries
from graph.model import Article
from graph.store.oxigraph import OxigraphStore
from ingest.pipeline import extract
from ingest.readers import read_paths

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "sample"

PARAMS: dict[str, dict[str, object]] = {
    "find_entity": {"q": "bawaslu", "limit": 20},
    "entity_profile": {"entity": "org/kpu-jakarta-timur"},
    "positions_held": {"entity": "person/anindya-prameswari"},
    "neighbours": {"entity": "org/bawaslu-kabupaten-garut"},
    "edge_evidence": {"source": "person/anindya-prameswari", "target": "org/perkumpulan-untuk-pemilu-dan-demokrasi"},
    "paths": {"source": "person/anindya-prameswari", "target": "org/kpu-jakarta-timur"},
    "coordination": {},
    "organized_events": {"organization": "org/kpu-jakarta-timur"},
    "co_attendees": {"entity": "person/anindya-prameswari"},
    "timeline": {"entity": "org/kpu-jakarta-timur"},
    "laws_cited": {},
    "region_organizations": {"region": "place/jakarta-timur"},
}
MAY_BE_EMPTY = {"region_organizations"}


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    s = OxigraphStore()
    articles = [a for a in read_paths([str(ROOT / "data" / "articles")]) if isinstance(a, Article)]
    assert len(articles) >= 15
    s.write([extract(a) for a in articles])
    return s


def test_every_query_has_sample_params() -> None:
    assert sorted(PARAMS) == queries.names("sparql")


@pytest.mark.parametrize("name", sorted(PARAMS))
def test_sample_golden(store: OxigraphStore, name: str) -> None:
    rows: list[dict[str, Any]] = store.run(queries.load(name, "sparql"), PARAMS[name])
    path = GOLDEN / f"{name}.json"
    if os.environ.get("SINERGI_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"params": PARAMS[name], "rows": rows}, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
    if name not in MAY_BE_EMPTY:
        assert rows, f"{name} returned nothing on the sample corpus: pick parameters that exist"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert expected["params"] == PARAMS[name]
    assert rows == expected["rows"], f"{name} differs from {path}; if intended, regenerate and review the diff"
