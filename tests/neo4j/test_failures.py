"""Server down, wrong password, wrong database: one clear line, never the password."""

from __future__ import annotations

import socket

import pytest
from click.testing import CliRunner

from cli.main import cli
from graph.errors import StoreError
from graph.store import open_store
from graph.store.neo4j import Neo4jStore
from tests.neo4j.conftest import connection

SECRET = "not-the-password-4711"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_server_down_says_what_to_check() -> None:
    uri = f"bolt://127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError) as err:
        Neo4jStore(uri, "neo4j", SECRET)
    msg = str(err.value)
    assert "cannot reach Neo4j" in msg and "NEO4J_URI" in msg and uri in msg
    assert "\n" not in msg and SECRET not in msg


def test_password_in_the_url_is_never_shown() -> None:
    uri = f"bolt://neo4j:{SECRET}@127.0.0.1:{_free_port()}"
    with pytest.raises(StoreError) as err:
        Neo4jStore(uri)
    assert SECRET not in str(err.value) and "127.0.0.1" in str(err.value)


def test_cli_server_down_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{_free_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", SECRET)
    result = CliRunner().invoke(cli, ["cypher", "RETURN 1"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot reach Neo4j") and result.output.count("\n") == 1
    assert SECRET not in result.output


@pytest.mark.neo4j
def test_wrong_password(neo4j_store: Neo4jStore) -> None:
    uri, user, password, database = connection()
    if password is None:
        pytest.skip("the test server runs without authentication (NEO4J_PASSWORD=none)")
    with pytest.raises(StoreError) as err:
        Neo4jStore(uri, user, SECRET, database)
    msg = str(err.value)
    assert "rejected the credentials" in msg and "NEO4J_PASSWORD" in msg
    assert SECRET not in msg and "\n" not in msg


@pytest.mark.neo4j
def test_wrong_database(neo4j_store: Neo4jStore) -> None:
    uri, user, password, _ = connection()
    with pytest.raises(StoreError) as err:
        Neo4jStore(uri, user, password, "nosuchdb")
    msg = str(err.value)
    assert "no database 'nosuchdb'" in msg and "NEO4J_DATABASE" in msg
    assert "\n" not in msg and (password is None or password not in msg)


@pytest.mark.neo4j
def test_open_store_reads_the_environment(neo4j_env: Neo4jStore) -> None:
    uri, _, _, _ = connection()
    for url in (uri, uri.replace("bolt://", "neo4j://")):
        store = open_store(url)
        try:
            assert isinstance(store, Neo4jStore) and store.dialects == frozenset({"cypher"})
            assert store.counts()["relations"] == 0
        finally:
            store.close()
