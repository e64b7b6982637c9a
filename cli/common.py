"""Options and helpers shared by every command."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from graph.errors import SinergiError
from graph.store import default_store_url, open_store
from graph.store.base import Store

F = TypeVar("F", bound=Callable[..., Any])


def store_option(fn: F) -> F:
    """``--store URL``: which store to use (default ``SINERGI_STORE`` or ``oxigraph:.sinergi/store``)."""
    return click.option(
        "--store",
        "store_url",
        default=None,
        metavar="URL",
        help="Store URL: oxigraph:PATH (default oxigraph:.sinergi/store, or $SINERGI_STORE), "
        "memory:, neo4j://HOST:PORT.",
    )(fn)


@contextmanager
def opened_store(url: str | None) -> Iterator[Store]:
    """Open the store for one command and always close it."""
    try:
        store = open_store(url or default_store_url())
    except SinergiError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    finally:
        store.close()
