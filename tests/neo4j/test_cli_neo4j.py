"""``sinergi load --to neo4j`` and ``sinergi cypher`` against a real server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import queries
from cli.main import cli
from graph.store.neo4j import Neo4jStore, write_clauses
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx

pytestmark = pytest.mark.neo4j
ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"


def invoke(*args: str, stdin: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.output


def test_load_from_store_copies_everything(neo4j_env: Neo4jStore, tmp_path: Path) -> None:
    src = OxigraphStore(tmp_path / "store")
    src.write(fx.corpus())
    expected_counts = src.counts()
    expected_rows = {n: src.run(queries.load(n, "sparql"), {"entity": fx.RINA}) for n in ("neighbours", "timeline")}
    src.close()
    code, out = invoke("load", "--to", "neo4j", "--from-store", f"oxigraph:{tmp_path / 'store'}")
    assert code == 0, out
    assert "Copied 3 article(s)" in out
    assert neo4j_env.counts() == expected_counts
    for name, rows in expected_rows.items():
        assert neo4j_env.run(queries.load(name, "cypher"), {"entity": fx.RINA}) == rows
    code, again = invoke("load", "--from-store", f"oxigraph:{tmp_path / 'store'}")
    assert code == 0 and neo4j_env.counts() == expected_counts, "loading twice changes nothing"


def test_load_ingests_files_directly(neo4j_env: Neo4jStore) -> None:
    code, out = invoke("load", "--to", "neo4j", str(ARTICLES))
    assert code == 0, out
    counts = neo4j_env.counts()
    assert counts["articles"] > 0 and counts["relations"] > 0
    assert f"now holds {counts['articles']} articles" in out


def test_load_refuses_paths_and_store_together(neo4j_env: Neo4jStore) -> None:
    result = CliRunner().invoke(cli, ["load", str(ARTICLES), "--from-store", "memory:"])
    assert result.exit_code != 0 and "not both" in result.output


def test_cypher_reads_with_parameters_and_formats(neo4j_env: Neo4jStore) -> None:
    neo4j_env.write(fx.corpus())
    code, out = invoke("cypher", "MATCH (p:Person {id: $id}) RETURN p.name AS name", "-p", "id", fx.RINA,
                       "--format", "json")
    assert code == 0, out
    assert json.loads(out) == [{"name": "Rina Maharani"}]
    code, out = invoke("cypher", "positions_held", "-p", "entity", fx.RINA, "--format", "csv")
    assert code == 0, out
    assert out.splitlines()[0] == "organization,organization_name,title,article,sentence"
    assert len(out.splitlines()) == 3
    code, out = invoke("cypher", "MATCH (e:Entity) RETURN e.id AS id ORDER BY id LIMIT $n", "-p", "n", "2")
    assert code == 0 and "(2 rows)" in out


def test_cypher_refuses_writes_without_allow_write(neo4j_env: Neo4jStore) -> None:
    for text in ("CREATE (:Person {id: 'person/x'})", "MATCH (n) DETACH DELETE n",
                 "MATCH (n:Person) SET n.name = 'x'", "LOAD CSV FROM 'file:///x' AS row RETURN row",
                 "MATCH (n) CALL { WITH n DELETE n } IN TRANSACTIONS RETURN 1"):
        result = CliRunner().invoke(cli, ["cypher", text])
        assert result.exit_code == 1, text
        assert "refused" in result.output and "--allow-write" in result.output
    assert neo4j_env.counts()["entities"] == 0
    code, out = invoke("cypher", "CREATE (n:Person:Entity {id: $id}) RETURN n.id AS id", "-p", "id", "person/x",
                       "--allow-write")
    assert code == 0 and "person/x" in out
    assert neo4j_env.counts()["Person"] == 1


def test_read_mode_is_enforced_by_the_server_too(neo4j_env: Neo4jStore) -> None:
    """A write the keyword check cannot see (inside a string-built procedure call) still fails."""
    assert write_clauses("MATCH (n) WHERE n.name = 'CREATE' RETURN n // SET") == []
    from graph.errors import ReadOnlyViolation
    with pytest.raises(ReadOnlyViolation):
        neo4j_env.execute(queries.raw("CALL db.createLabel('Sneaky')", "cypher"), write=False)


def test_cypher_reads_a_file_and_stdin(neo4j_env: Neo4jStore, tmp_path: Path) -> None:
    neo4j_env.write(fx.corpus())
    f = tmp_path / "q.cypher"
    f.write_text("// param t: string\nMATCH (e:Entity) WHERE e.name = $t RETURN e.id AS id\n", encoding="utf-8")
    code, out = invoke("cypher", str(f), "-p", "t", "KPU Garut")
    assert code == 0 and fx.KPU in out
    code, out = invoke("cypher", "-", "--format", "json", stdin="MATCH (a:Article) RETURN count(a) AS n")
    assert code == 0 and json.loads(out) == [{"n": 3}]
