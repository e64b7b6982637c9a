"""Neo4jStore against a real server: the shared Store contract plus Neo4j-specific behaviour."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from graph.store.neo4j import Neo4jStore
from tests.fixtures import graph as fx

_CONTRACT = Path(__file__).resolve().parent.parent / "graph" / "contract.py"


def run_store_contract(make_store: Callable[[], Any]) -> None:
    """tests/graph/contract.py, the one contract every backend runs (loaded by path)."""
    spec = importlib.util.spec_from_file_location("sinergi_store_contract", _CONTRACT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.run_store_contract(make_store)

pytestmark = pytest.mark.neo4j


class _Unclosed:
    """The shared session store, with close() a no-op so the contract cannot close it."""

    def __init__(self, store: Neo4jStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> object:
        return getattr(self._store, name)

    def close(self) -> None:
        pass


def test_contract(neo4j_store: Neo4jStore) -> None:
    run_store_contract(lambda: _Unclosed(neo4j_store))


def test_same_article_twice_gives_identical_graph(neo4j_store: Neo4jStore) -> None:
    neo4j_store.write(fx.corpus())
    first = _dump(neo4j_store)
    neo4j_store.write(fx.corpus())
    neo4j_store.write([fx.rakor()])
    assert _dump(neo4j_store) == first


def _dump(store: Neo4jStore) -> tuple[list[object], list[object]]:
    nodes, _, _ = store.driver.execute_query(
        "MATCH (n) RETURN labels(n) AS l, properties(n) AS p ORDER BY n.id", database_=store.database)
    rels, _, _ = store.driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p "
        "ORDER BY a, t, b, p.sid", database_=store.database)
    return [sorted(r["l"]) + [r["p"]] for r in nodes], [r.data() for r in rels]


def test_run_caps_rows_and_the_server_stops_a_query_that_runs_too_long(neo4j_store: Neo4jStore) -> None:
    import queries
    from graph.errors import QueryTimeout

    many = queries.raw("UNWIND range(1, 100) AS x RETURN x", "cypher")
    assert [r["x"] for r in neo4j_store.run(many, max_rows=3, timeout=30)] == [1, 2, 3]
    slow = queries.raw("UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n", "cypher")
    with pytest.raises(QueryTimeout, match="time limit"):
        neo4j_store.run(slow, timeout=0.5)
