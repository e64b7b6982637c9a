"""`sinergi extract` and `sinergi eval-ner` with the real extractor (skipped until it exists)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import cli


def test_bad_map_is_rejected_before_anything_runs(eval_fixtures: Path) -> None:
    result = CliRunner().invoke(cli, ["eval-ner", str(eval_fixtures / "ner_sample.conll"), "--map", "PER"])
    assert result.exit_code == 2
    assert "'PER' is not TAG=TYPE" in result.stderr


def test_extract_prints_one_record_per_good_line(eval_fixtures: Path, tmp_path: Path) -> None:
    pytest.importorskip("ingest.pipeline")
    pytest.importorskip("ingest.eval_format")
    lines = (eval_fixtures / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    mixed = tmp_path / "in.jsonl"
    mixed.write_text("\n".join([lines[0], "not json", '{"id": "t", "title": "x"}', lines[1]]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(mixed)])
    assert result.exit_code == 0, result.output
    assert f"{mixed}:2: skipped, not valid JSON" in result.stderr
    assert f"{mixed}:3: skipped, field 'text' is missing" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert {"id", "entities", "relations"} <= set(record)
        names = {e["name"] for e in record["entities"]}
        for rel in record["relations"]:
            assert rel["subject"] == "ARTICLE" or rel["subject"] in names
            assert rel["object"] in names


def test_eval_runs_the_extractor(eval_fixtures: Path) -> None:
    pytest.importorskip("ingest.pipeline")
    pytest.importorskip("ingest.eval_format")
    result = CliRunner().invoke(cli, ["eval", str(eval_fixtures / "gold.jsonl")])
    assert result.exit_code == 0, result.output
    last = result.stdout.splitlines()[-2:]
    assert last[0].startswith("entities P ") and last[1].startswith("relations P ")


def test_eval_ner_runs_the_recognizer(eval_fixtures: Path) -> None:
    pytest.importorskip("ingest.pipeline")
    result = CliRunner().invoke(cli, ["eval-ner", str(eval_fixtures / "ner_sample.conll")])
    assert result.exit_code == 0, result.output
    assert "sentences: 4  tokens: 22" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("micro P ")
