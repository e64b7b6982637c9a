"""Regression guard: the real extractor must not fall below the recorded F1 floors.

Four sets: ../shared/eval/dev.jsonl (developed against) and tests/fixtures/holdout{,2,3}/*.jsonl
(each written and annotated independently of the extractor).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest import eval_format, pipeline
from ingest.evaluate import EvalArticle, format_report, parse_record, score

FLOORS = json.loads(Path(__file__).with_name("floors.json").read_text(encoding="utf-8"))
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
HOLDOUTS = {name: FIXTURES / name / f"{name}.jsonl" for name in ("holdout", "holdout2", "holdout3")}


def _score(path: Path) -> tuple[float, float, str]:
    gold: list[EvalArticle] = []
    predicted: list[EvalArticle] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        gold.append(parse_record(record, f"{path}:{number}"))
        out = eval_format.to_eval_record(pipeline.extract(eval_format.article_from_eval(record)))
        predicted.append(parse_record({**out, "id": record["id"]}, f"prediction for {path}:{number}"))
    report = score(gold, predicted)
    assert len(report.articles) == len(gold) > 0
    return report.entities.f1, report.relations.f1, format_report(report)


def test_dev_scores_stay_above_the_floors(shared_dir: Path) -> None:
    entities, relations, table = _score(shared_dir / "eval" / "dev.jsonl")
    assert entities >= FLOORS["entities_f1"], table
    assert relations >= FLOORS["relations_f1"], table


@pytest.mark.parametrize("name", sorted(HOLDOUTS))
def test_holdout_scores_stay_above_the_floors(name: str) -> None:
    path = HOLDOUTS[name]
    if not path.is_file():
        pytest.fail(f"{path} is missing")
    entities, relations, table = _score(path)
    assert entities >= FLOORS[f"{name}_entities_f1"], table
    assert relations >= FLOORS[f"{name}_relations_f1"], table
