from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import cli
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cli") / "store"
    store = OxigraphStore(path)
    store.write(fx.corpus())
    store.close()
    return f"oxigraph:{path}"


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_query_list_names_every_question() -> None:
    code, out, _ = run("query", "--list")
    assert code == 0
    assert "neighbours" in out and "entity:id" in out and "limit:int=200" in out
    assert len(out.strip().splitlines()) == 12


def test_query_json(store_url: str) -> None:
    code, out, _ = run("query", "positions_held", "-p", "entity", fx.RINA, "--format", "json", "--store", store_url)
    assert code == 0
    rows = json.loads(out)
    assert {r["article"] for r in rows} == {"article/rakor", "article/apel"}
    assert all(r["organization"] == fx.BAWASLU and r["title"] == "Ketua" for r in rows)


def test_query_csv_and_limit(store_url: str) -> None:
    code, out, _ = run("query", "neighbours", "-p", "entity", fx.BAWASLU, "-p", "limit", "2", "--format", "csv",
                       "--store", store_url)
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2 and list(rows[0])[:3] == ["predicate", "direction", "other"]


def test_query_table_resolves_a_typed_name(store_url: str) -> None:
    code, out, err = run("query", "timeline", "-p", "entity", "Hj. Rina Maharan", "--store", store_url)
    assert code == 0, err
    assert fx.RINA in err and "Rapat Koordinasi Pengawasan" in out and "(3 rows)" in out


def test_query_errors_are_readable(store_url: str) -> None:
    code, _, err = run("query", "neighbours", "--store", store_url)
    assert code == 1 and "needs parameter 'entity'" in err and "-p entity VALUE" in err
    code, _, err = run("query", "no_such_query", "--store", store_url)
    assert code == 1 and "available:" in err
    code, _, err = run("query", "timeline", "-p", "entity", "zzqqxx", "--store", store_url)
    assert code == 2 and "no entity matches" in err


def test_sparql_text_file_and_stdin(store_url: str, tmp_path: Path) -> None:
    text = "SELECT DISTINCT ?o WHERE { ?s org:memberOf ?o } ORDER BY ?o"
    code, out, _ = run("sparql", text, "--format", "json", "--store", store_url)
    assert code == 0 and json.loads(out) == [{"o": fx.BAWASLU}, {"o": fx.KPU}]
    f = tmp_path / "q.rq"
    f.write_text(text, encoding="utf-8")
    assert run("sparql", str(f), "--format", "json", "--store", store_url)[1] == out
    assert run("sparql", "-", "--format", "json", "--store", store_url, input=text)[1] == out


def test_sparql_update_is_refused(store_url: str) -> None:
    code, _, err = run("sparql", "DELETE WHERE { ?s ?p ?o }", "--store", store_url)
    assert code == 1 and "read-only" in err
    code, out, _ = run("stats", "--format", "json", "--store", store_url)
    assert json.loads(out)["relations"] == 27


def test_stats_table(store_url: str) -> None:
    code, out, _ = run("stats", "--store", store_url)
    assert code == 0
    assert any(line.split() == ["articles", "3"] for line in out.splitlines())


def test_export_stdout_and_folder(store_url: str, tmp_path: Path) -> None:
    code, out, _ = run("export", "--format", "nq", "--store", store_url)
    assert code == 0 and out.count("\n") > 300
    code, _, err = run("export", "--format", "csv", "-o", str(tmp_path / "csv"), "--store", store_url)
    assert code == 0 and "nodes.csv" in err and (tmp_path / "csv" / "edges.csv").is_file()
    code, _, err = run("export", "--format", "csv", "--store", store_url)
    assert code == 1 and "-o FOLDER" in err
