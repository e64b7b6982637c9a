"""neo4j-admin import files: the same graph Neo4jStore writes, accepted by the real importer."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from graph.errors import StoreError
from graph.export import export
from graph.export_neo4j_admin import ARRAY_DELIMITER, FILES, LAUNCHER_DIR, run_admin_import, write_graphs
from graph.store.neo4j import Neo4jStore
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_files_have_importer_headers_and_every_fact(tmp_path: Path) -> None:
    ox = OxigraphStore()
    ox.write(fx.corpus())
    export(ox, "neo4j-admin", tmp_path / "out")
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, "import.args"])
    entities = {r["id:ID"]: r for r in _rows(out / "entities.csv")}
    counts = ox.counts()
    assert len(entities) == counts["entities"]
    assert entities[fx.RINA][":LABEL"].split(ARRAY_DELIMITER) == ["Entity", "Person"]
    assert entities[fx.RINA]["aliases:string[]"] == "Rina M."
    assert entities[fx.KPU]["aliases:string[]"].split(ARRAY_DELIMITER) == ["Komisi Pemilihan Umum Kabupaten Garut"]
    assert entities[fx.RAKOR]["date"] == "2024-09-10"
    statements = _rows(out / "statements.csv")
    assert len(statements) == counts["relations"]
    assert {(r[":START_ID"], r[":TYPE"]) for r in statements if r[":TYPE"] == "REPORTED_BY"} == {
        ("article/rakor", "REPORTED_BY")}
    held = [r for r in statements if r[":TYPE"] == "HOLDS_POSITION" and r[":START_ID"] == fx.RINA]
    assert {(r["title"], r["article_id"]) for r in held} == {("Ketua", "article/rakor"), ("Ketua", "article/apel")}
    assert all(r["sid"].startswith("stmt/") and int(r["start:long"]) >= 0 for r in statements)
    articles = _rows(out / "articles.csv")
    assert [a["id:ID"] for a in articles] == sorted(g.article.id for g in fx.corpus())


@pytest.mark.neo4j
def test_real_importer_takes_the_files(tmp_path: Path, neo4j_store: Neo4jStore) -> None:
    """The importer reports exactly the nodes and relationships a live write creates."""
    if not (LAUNCHER_DIR / "lib").is_dir():
        reason = "Neo4j jars not fetched (scripts/neo4j.sh build)"
        if os.environ.get("SINERGI_REQUIRE_NEO4J") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    write_graphs(fx.corpus(), tmp_path / "csv")
    reported = run_admin_import(tmp_path / "csv", tmp_path / "home")
    neo4j_store.write(fx.corpus())
    live, _, _ = neo4j_store.driver.execute_query(
        "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels",
        database_=neo4j_store.database)
    assert reported == {"nodes": live[0]["nodes"], "relationships": live[0]["rels"]}
    assert (tmp_path / "home" / "data" / "databases" / "neo4j").is_dir()


def test_importer_failure_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        run_admin_import(tmp_path / "missing", tmp_path / "home", jars=tmp_path / "no-jars")
