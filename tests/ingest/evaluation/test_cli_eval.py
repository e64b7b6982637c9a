"""`sinergi eval` on saved predictions, through the real click group."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli.main import cli


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_eval_predictions_prints_the_two_summary_lines_last(eval_fixtures: Path) -> None:
    code, out, _ = run("eval", str(eval_fixtures / "gold.jsonl"), "--predictions", str(eval_fixtures / "pred.jsonl"))
    assert code == 0
    lines = out.rstrip("\n").splitlines()
    assert lines[-2:] == ["entities P 0.778 R 0.700 F1 0.737", "relations P 0.571 R 0.500 F1 0.533"]
    assert any(line.startswith("Organization ") for line in lines)
    assert any(line.startswith("coordinates_with ") for line in lines)
    assert "ignored predictions without a gold article: x-9" in out


def test_eval_errors_and_json(eval_fixtures: Path) -> None:
    code, out, _ = run("eval", str(eval_fixtures / "gold.jsonl"), "--predictions",
                       str(eval_fixtures / "pred.jsonl"), "--errors")
    assert code == 0
    assert "  FN entity   Location: Sukamaju" in out
    assert "  title       Agus: predicted 'Ketua', gold 'Ketua Umum'" in out
    code, out, _ = run("eval", str(eval_fixtures / "gold.jsonl"), "--predictions",
                       str(eval_fixtures / "pred.jsonl"), "--json")
    data = json.loads(out)
    assert data["entities"]["tp"] == 7 and data["relations"]["gold"] == 8
    assert data["title_accuracy"]["correct"] == 1


def test_bad_prediction_lines_are_named_and_skipped(eval_fixtures: Path, tmp_path: Path) -> None:
    lines = (eval_fixtures / "pred.jsonl").read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "pred.jsonl"
    broken.write_text("\n".join([lines[0], "{not json", '{"id": "g-2", "entities": [{"name": "X"}]}', "[1]"]) + "\n",
                      encoding="utf-8")
    code, out, err = run("eval", str(eval_fixtures / "gold.jsonl"), "--predictions", str(broken))
    assert code == 0
    assert f"{broken}:2: skipped, not valid JSON" in err
    assert f"{broken}:3: entities[0]: field 'type'" in err
    assert f"{broken}:4: skipped, expected a JSON object" in err
    # Only g-1 was predicted: 5 of its entities match, g-2 and g-3 are all misses.
    assert out.splitlines()[-2] == "entities P 0.714 R 0.500 F1 0.588"


def test_gold_without_usable_lines_is_an_error(tmp_path: Path) -> None:
    empty = tmp_path / "gold.jsonl"
    empty.write_text("\n", encoding="utf-8")
    code, _, err = run("eval", str(empty), "--predictions", str(empty))
    assert code != 0
    assert "no usable gold articles" in err
