"""A real Neo4j for these tests: ``NEO4J_URI`` (default bolt://127.0.0.1:7687, as started by
``scripts/neo4j.sh start``). With no server answering, the tests are skipped, or fail when
``SINERGI_REQUIRE_NEO4J=1`` (CI). Every test starts from an empty database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from graph.errors import StoreError
from graph.store.neo4j import DEFAULT_URI, Neo4jStore

TEST_PASSWORD = "sinergi-test"
"""The password scripts/neo4j.sh gives user neo4j unless NEO4J_PASSWORD says otherwise."""


def connection() -> tuple[str, str, str | None, str]:
    uri = os.environ.get("NEO4J_URI") or DEFAULT_URI
    user = os.environ.get("NEO4J_USER") or "neo4j"
    password = os.environ.get("NEO4J_PASSWORD", TEST_PASSWORD)
    if password == "none":
        password = None  # server started with NEO4J_PASSWORD=none: no authentication
    return uri, user, password, os.environ.get("NEO4J_DATABASE") or "neo4j"


def _connect() -> Neo4jStore:
    uri, user, password, database = connection()
    try:
        return Neo4jStore(uri, user, password, database)
    except StoreError as exc:
        reason = f"no Neo4j for the tests ({exc}); start one with scripts/neo4j.sh start"
        if os.environ.get("SINERGI_REQUIRE_NEO4J") == "1":
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def neo4j_session_store() -> Iterator[Neo4jStore]:
    store = _connect()
    yield store
    store.close()


@pytest.fixture()
def neo4j_store(neo4j_session_store: Neo4jStore) -> Neo4jStore:
    """The shared connection, on an emptied database."""
    neo4j_session_store.clear()
    return neo4j_session_store


@pytest.fixture()
def neo4j_env(monkeypatch: pytest.MonkeyPatch, neo4j_store: Neo4jStore) -> Neo4jStore:
    """NEO4J_* variables pointing at the test server, for code that calls Neo4jStore.from_env."""
    uri, user, password, database = connection()
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_USER", user)
    monkeypatch.setenv("NEO4J_DATABASE", database)
    if password is None:
        monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("NEO4J_PASSWORD", password)
    return neo4j_store
