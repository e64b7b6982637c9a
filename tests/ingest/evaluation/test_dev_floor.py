"""Regression guard: the real extractor must not fall below the recorded F1 floors on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.evaluate import EvalArticle, format_report, parse_record, score

FLOORS = Path(__file__).with_name("floors.json")


def test_dev_scores_stay_above_the_floors(shared_dir: Path) -> None:
    pipeline = pytest.importorskip("ingest.pipeline")
    eval_format = pytest.importorskip("ingest.eval_format")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    dev = shared_dir / "eval" / "dev.jsonl"
    gold: list[EvalArticle] = []
    predicted: list[EvalArticle] = []
    for number, line in enumerate(dev.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        gold.append(parse_record(record, f"{dev}:{number}"))
        out = eval_format.to_eval_record(pipeline.extract(eval_format.article_from_eval(record)))
        predicted.append(parse_record({**out, "id": record["id"]}, f"prediction for {dev}:{number}"))
    report = score(gold, predicted)
    print(format_report(report))
    assert len(report.articles) == len(gold) > 0
    assert report.entities.f1 >= floors["entities_f1"], format_report(report)
    assert report.relations.f1 >= floors["relations_f1"], format_report(report)
