"""Stores behind one protocol. ``open_store(url)`` picks the backend from the URL scheme."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from graph.errors import StoreError
from graph.store.base import Store

DEFAULT_STORE_DIR = Path(".sinergi") / "store"


def default_store_url() -> str:
    """``SINERGI_STORE`` if set, else the embedded store under ``./.sinergi/store``."""
    return os.environ.get("SINERGI_STORE") or f"oxigraph:{DEFAULT_STORE_DIR}"


def _open_oxigraph(location: str) -> Store:
    from graph.store.oxigraph import OxigraphStore

    return OxigraphStore(location or None)


def _open_neo4j(url: str) -> Store:
    from graph.store.neo4j import Neo4jStore

    return Neo4jStore.from_env(url)


BACKENDS: dict[str, Callable[[str], Store]] = {
    "oxigraph": _open_oxigraph,
    "memory": lambda _loc: _open_oxigraph(""),
    "neo4j": _open_neo4j,
    "bolt": _open_neo4j,
}


def open_store(url: str | None = None) -> Store:
    """Open a store from a URL.

    * ``oxigraph:PATH`` — embedded, persistent RDF store at PATH (the default);
    * ``memory:`` — embedded, in memory (tests);
    * ``neo4j://HOST:PORT`` / ``bolt://HOST:PORT`` — Neo4j through the official driver, credentials
      from ``NEO4J_USER`` / ``NEO4J_PASSWORD``.
    """
    url = url or default_store_url()
    scheme, sep, rest = url.partition(":")
    if not sep or scheme not in BACKENDS:
        raise StoreError(
            f"unknown store {url!r}: use oxigraph:PATH, memory:, neo4j://HOST:PORT or bolt://HOST:PORT"
        )
    if scheme in ("neo4j", "bolt"):
        return BACKENDS[scheme](url)
    return BACKENDS[scheme](rest)
