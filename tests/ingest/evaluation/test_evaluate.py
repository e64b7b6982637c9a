"""Scoring rules of GUIDELINES.md, checked against hand-computed counts on the fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.evaluate import (
    Counts,
    EvalArticle,
    EvalEntity,
    EvalFormatError,
    EvalRelation,
    format_report,
    max_matching,
    normalize,
    parse_record,
    report_to_json,
    score,
    score_article,
)


def load(path: Path) -> list[EvalArticle]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [parse_record(json.loads(line), f"{path.name}:{n}") for n, line in enumerate(lines, 1)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  Bawaslu   Kota\tContoh ", "bawaslu kota contoh"),
        ('"KPU"', "kpu"),
        ("«Rakor»", "rakor"),
        ("(PCR),", "pcr"),
        ("Pemilu 2024.", "pemilu 2024"),
        ("H. Rahmat", "h. rahmat"),
        ("S.H.", "s.h"),
        ("ＫＰＵ", "kpu"),
        ("“Rapat”", "rapat"),
        ("`x`", "x"),
        ("...", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_fixture_counts_by_hand(eval_fixtures: Path) -> None:
    report = score(load(eval_fixtures / "gold.jsonl"), load(eval_fixtures / "pred.jsonl"))
    assert report.entities == Counts(tp=7, predicted=9, gold=10)
    assert report.relations == Counts(tp=4, predicted=7, gold=8)
    assert report.entities_by_type["Person"] == Counts(3, 3, 3)
    assert report.entities_by_type["Organization"] == Counts(3, 4, 3)
    assert report.entities_by_type["Location"] == Counts(0, 1, 2)
    assert report.entities_by_type["Event"] == Counts(0, 0, 1)
    assert report.entities_by_type["Election"] == Counts(1, 1, 1)
    assert report.relations_by_predicate["holds_position"] == Counts(2, 3, 2)
    assert report.relations_by_predicate["coordinates_with"] == Counts(1, 1, 1)
    assert report.relations_by_predicate["held_at"] == Counts(0, 1, 1)
    assert report.relations_by_predicate["reported_by"] == Counts(1, 1, 1)
    assert report.relations_by_predicate["edited_by"] == Counts(0, 1, 0)
    assert report.relations_by_predicate["speaks_at"] == Counts(0, 0, 1)
    assert (report.titles_correct, report.titles_total) == (1, 2)
    assert report.unmatched_prediction_ids == ["x-9"]
    assert round(report.entities.f1, 3) == 0.737
    assert round(report.relations.precision, 3) == 0.571


def test_errors_name_the_unmatched_items(eval_fixtures: Path) -> None:
    report = score(load(eval_fixtures / "gold.jsonl"), load(eval_fixtures / "pred.jsonl"))
    first = report.articles[0]
    assert [e.name for e in first.false_entities] == ["Bawaslu Kota Contoh", "Rapat Koordinasi Pengawasan Pemilu"]
    assert {e.name for e in first.missed_entities} == {"Rapat Koordinasi Pengawasan Pemilu", "Sukamaju"}
    assert {r.predicate for r in first.false_relations} == {"held_at", "edited_by", "holds_position"}
    wrong = report.articles[1].wrong_titles
    assert [(p.title, g.title) for p, g in wrong] == [("Ketua", "Ketua Umum")]
    assert [e.name for e in report.articles[2].missed_entities] == ["Kampung Contoh"]


def test_matching_is_one_to_one_and_maximal() -> None:
    # Greedy in order would give the first prediction gold 0 and leave the second unmatched.
    gold = EvalArticle("a", (EvalEntity("Andi Lala", "Person", ("Andi",)), EvalEntity("Lala", "Person")), ())
    pred = EvalArticle("a", (EvalEntity("Andi", "Person", ("Lala",)), EvalEntity("Andi Lala", "Person")), ())
    assert score_article(gold, pred).entities_by_type["Person"] == Counts(2, 2, 2)
    assert max_matching([[0, 1], [0], [0]]) == {1: 0, 0: 1}


def test_duplicate_relations_count_once() -> None:
    ents = (EvalEntity("Budi", "Person"), EvalEntity("KPU", "Organization"))
    rel = EvalRelation("Budi", "holds_position", "KPU", "Ketua")
    gold = EvalArticle("a", ents, (rel,))
    pred = EvalArticle("a", ents, (rel, rel))
    result = score_article(gold, pred)
    assert result.relations_by_predicate["holds_position"] == Counts(1, 2, 1)
    assert (result.titles_correct, result.titles_total) == (1, 1)


def test_direction_matters_except_for_symmetric_predicates() -> None:
    ents = (EvalEntity("KPU", "Organization"), EvalEntity("Bawaslu", "Organization"))
    gold = EvalArticle("a", ents, (EvalRelation("KPU", "part_of", "Bawaslu"),))
    reversed_pred = EvalArticle("a", ents, (EvalRelation("Bawaslu", "part_of", "KPU"),))
    assert score_article(gold, reversed_pred).relations_by_predicate["part_of"].tp == 0
    gold_sym = EvalArticle("a", ents, (EvalRelation("KPU", "coordinates_with", "Bawaslu"),))
    pred_sym = EvalArticle("a", ents, (EvalRelation("Bawaslu", "coordinates_with", "KPU"),))
    assert score_article(gold_sym, pred_sym).relations_by_predicate["coordinates_with"].tp == 1


def test_relation_endpoints_need_not_be_listed_entities() -> None:
    gold = EvalArticle("a", (EvalEntity("Budi Santoso", "Person", ("Budi",)),),
                       (EvalRelation("ARTICLE", "edited_by", "Budi Santoso"),))
    pred = EvalArticle("a", (), (EvalRelation("ARTICLE", "edited_by", "budi"),))
    assert score_article(gold, pred).relations_by_predicate["edited_by"] == Counts(1, 1, 1)
    not_article = EvalArticle("a", (), (EvalRelation("article", "edited_by", "Budi"),))
    assert score_article(gold, not_article).relations_by_predicate["edited_by"].tp == 0


def test_report_text_ends_with_the_two_summary_lines(eval_fixtures: Path) -> None:
    report = score(load(eval_fixtures / "gold.jsonl"), load(eval_fixtures / "pred.jsonl"))
    lines = format_report(report, errors=True).splitlines()
    assert lines[-2:] == ["entities P 0.778 R 0.700 F1 0.737", "relations P 0.571 R 0.500 F1 0.533"]
    assert "== g-1" in lines
    assert any(line.startswith("holds_position title accuracy 0.500 (1/2)") for line in lines)
    data = report_to_json(report, errors=True)
    assert data["relations"]["tp"] == 4 and len(data["errors"]) == 3
    assert data["errors"][1]["entities"]["tp"] == 2 and data["errors"][2]["entities"]["gold"] == 1


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ([], "expected a JSON object"),
        ({"entities": []}, "field 'id'"),
        ({"id": "x", "entities": [{"name": "A", "type": "Thing"}]}, "entities[0]: type 'Thing'"),
        ({"id": "x", "entities": [{"name": " ", "type": "Person"}]}, "entities[0]: field 'name'"),
        ({"id": "x", "relations": [{"subject": "A", "predicate": "likes", "object": "B"}]},
         "relations[0]: predicate 'likes'"),
        ({"id": "x", "gold": "none"}, "field 'gold'"),
    ],
)
def test_bad_records_name_the_place(record: object, message: str) -> None:
    with pytest.raises(EvalFormatError, match="f.jsonl:7") as info:
        parse_record(record, "f.jsonl:7")
    assert message in str(info.value)


def test_scoring_is_fast_on_thousands_of_articles() -> None:
    import time

    ents = tuple(EvalEntity(f"Orang Nomor {i}", "Person", (f"ON{i}",)) for i in range(40))
    rels = tuple(EvalRelation(f"Orang Nomor {i}", "coordinates_with", f"Orang Nomor {i + 1}") for i in range(39))
    arts = [EvalArticle(f"a{n}", ents, rels) for n in range(2000)]
    start = time.perf_counter()
    report = score(arts, arts)
    assert report.relations == Counts(39 * 2000, 39 * 2000, 39 * 2000)
    # About 2 s on an idle machine; the bound is loose because other test suites share the CPU.
    assert time.perf_counter() - start < 60


def test_prediction_ids_with_article_prefix_pair_with_gold() -> None:
    ents = (EvalEntity("Budi", "Person"),)
    gold = [EvalArticle("dev-1", ents, ()), EvalArticle("article/x", ents, ())]
    pred = [EvalArticle("article/dev-1", ents, ()), EvalArticle("article/x", ents, ())]
    report = score(gold, pred)
    assert report.entities == Counts(2, 2, 2)
    assert report.unmatched_prediction_ids == []
