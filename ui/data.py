"""The app's cached handles: the store, its networkx projection and its name index.

Everything is cached with ``st.cache_resource`` per store URL, so every session shares one
store connection and one projection; :func:`invalidate` drops the derived caches after a write.
"""

from __future__ import annotations

import streamlit as st

import queries
from graph import coordination
from graph.analytics import Projection
from graph.projection_cache import load_cached, load_projection
from graph.search import Hit, NameIndex
from graph.store import default_store_url, open_store
from graph.store.base import Row, Store, Value


def store_url() -> str:
    return default_store_url()


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    return open_store(url)


@st.cache_resource(show_spinner="Memuat graf dari penyimpanan … / Loading the graph from the store …")
def _projection(url: str) -> Projection:
    # From the pickle beside an on-disk store when its content has not changed (under a second
    # at 100k relations instead of a 15 s rebuild).
    return load_projection(_store(url))[0]


def store() -> Store:
    return _store(store_url())


def projection() -> Projection:
    return _projection(store_url())


def dialect() -> str:
    return "sparql" if "sparql" in store().dialects else "cypher"


def search(query: str, limit: int = 20, types: list[str] | None = None) -> list[Hit]:
    return _index(store_url()).search(query, limit=limit, types=types)


@st.cache_resource(show_spinner=False)
def _index(url: str) -> NameIndex:
    proj = _projection(url)
    return load_cached(_store(url), "names", lambda: NameIndex.from_graph(proj.graph, proj.simple), NameIndex)[0]


@st.cache_resource(show_spinner=False)
def _counts(url: str) -> dict[str, int]:
    store = _store(url)
    return load_cached(store, "counts", store.counts, dict)[0]  # 1.9 s at 100k relations on disk


def counts() -> dict[str, int]:
    """The store's counts (cached: a count over a large store takes seconds)."""
    return _counts(store_url())


@st.cache_data(show_spinner=False)
def _canned(url: str, name: str, dialect_name: str, params: tuple[tuple[str, Value], ...]) -> list[Row]:
    return _store(url).run(queries.load(name, dialect_name), dict(params))


def canned(name: str, **params: Value) -> list[Row]:
    """Rows of the canned query ``name`` in the store's dialect (cached until :func:`invalidate`)."""
    return _canned(store_url(), name, dialect(), tuple(sorted(params.items())))


@st.cache_resource(show_spinner=False, max_entries=32)
def _ties(url: str, date_from: str | None, date_to: str | None, kinds: tuple[str, ...]) -> list[Row]:
    return coordination.ties(_projection(url).graph, date_from, date_to, kinds)


def ties(date_from: str | None, date_to: str | None, kinds: list[str]) -> list[Row]:
    """Coordination ties (graph.coordination) over the cached projection, cached per filter (0.9 s at
    100k relations); the rows are shared between sessions, so callers must not change them."""
    return _ties(store_url(), date_from, date_to, tuple(sorted(kinds)))


def invalidate() -> None:
    """Forget everything derived from the store's content (after Add articles)."""
    _ties.clear()
    _projection.clear()
    _index.clear()
    _counts.clear()
    _canned.clear()
