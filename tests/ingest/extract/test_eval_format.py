from __future__ import annotations

import pytest

from ingest.eval_format import EvalRecordError, article_from_eval, to_eval_record
from ingest.pipeline import extract


def test_round_trip_names_and_article_subject() -> None:
    record = {"id": "x-1", "title": "Judul", "published": "2024-01-05", "publisher": "Kabar", "url": None,
              "text": "Reporter: Sinta Dewi | Editor: Bagus Hartono\n\nKetua KPU Kota Cirebon, Ahmad Ramli, hadir."}
    article = article_from_eval(record)
    assert article.id == "article/x-1" and article.published == "2024-01-05" and article.publisher == "Kabar"
    out = to_eval_record(extract(article))
    assert out["id"] == "x-1"
    rels = {(r["subject"], r["predicate"], r["object"]) for r in out["relations"]}
    assert ("ARTICLE", "reported_by", "Sinta Dewi") in rels
    assert ("ARTICLE", "edited_by", "Bagus Hartono") in rels
    pos = [r for r in out["relations"] if r["predicate"] == "holds_position"]
    assert pos == [{"subject": "Ahmad Ramli", "predicate": "holds_position", "object": "KPU Kota Cirebon",
                    "evidence": "Ketua KPU Kota Cirebon, Ahmad Ramli, hadir.", "title": "Ketua"}]


def test_missing_text_is_reported() -> None:
    with pytest.raises(EvalRecordError, match="text"):
        article_from_eval({"id": "x-2", "title": "t"})
