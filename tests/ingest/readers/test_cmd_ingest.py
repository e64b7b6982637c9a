"""``sinergi ingest`` end to end, on a real embedded store and the real extraction pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("graph.store.oxigraph", reason="the RDF store has not landed yet")

from cli.main import cli  # noqa: E402


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["ingest", "--quiet", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_every_input_bad_exits_1_and_lists_each_problem(bad_dir: Path, tmp_path: Path) -> None:
    bad = [str(bad_dir / n) for n in ("empty.txt", "binary.txt", "latin1.txt", "nav_only.html", "notes.pdf")]
    code, out = invoke("--store", f"oxigraph:{tmp_path / 'store'}", *bad)
    assert code == 1
    assert "Read 0 article(s); wrote 0; skipped 5 input(s)." in out
    assert f"{bad_dir / 'latin1.txt'}:3: not valid UTF-8" in out
    for kind in ("empty file (1)", "binary file (1)", "not UTF-8 (1)", "no article text (1)", "unsupported file type (1)"):
        assert kind in out
    assert "every input was bad" in out


def test_good_and_bad_inputs_summary_and_idempotent_rerun(good_dir: Path, bad_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("ingest.pipeline", reason="the extraction pipeline has not landed yet")
    store = f"oxigraph:{tmp_path / 'store'}"
    paths = [str(good_dir), str(bad_dir / "mixed.jsonl")]
    code, out = invoke("--store", store, "--batch", "3", *paths)
    assert code == 0, out
    assert "Read 8 article(s); wrote 8; skipped 5 input(s)." in out
    assert f"{bad_dir / 'mixed.jsonl'}:2: not valid JSON" in out
    first_counts = out.splitlines()[-1]
    assert "now holds 8 articles" in first_counts
    code, again = invoke("--store", store, *paths)
    assert code == 0
    assert again.splitlines()[-1] == first_counts


def test_duplicate_article_is_ingested_once(good_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("ingest.pipeline", reason="the extraction pipeline has not landed yet")
    code, out = invoke("--store", f"oxigraph:{tmp_path / 'store'}", str(good_dir / "plain.txt"), str(good_dir / "plain.txt"))
    assert code == 0
    assert "Read 2 article(s); wrote 1; skipped 1 input(s)." in out
    assert "duplicate article (1)" in out


def test_jsonl_on_stdin(good_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("ingest.pipeline", reason="the extraction pipeline has not landed yet")
    payload = (good_dir / "two.jsonl").read_bytes()
    result = CliRunner().invoke(cli, ["ingest", "-q", "--store", f"oxigraph:{tmp_path / 's'}", "-"], input=payload)
    assert result.exit_code == 0, result.output
    assert "Read 2 article(s); wrote 2; skipped 0 input(s)." in result.output
