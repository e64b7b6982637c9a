"""The ``Store`` protocol every backend implements, plus helpers built once on top of it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

from graph.model import Article, ArticleGraph, Entity, Relation
from queries import Query

Value = str | int | float | bool | None
Row = dict[str, Value]


@runtime_checkable
class Store(Protocol):
    """A persistent graph of entities and evidence-backed relations.

    Writes are per article: ``write`` replaces everything a previously written article with the
    same id contributed, so writing the same article twice leaves the store unchanged and a
    changed article replaces its old content.
    """

    dialects: frozenset[str]
    """Query dialects ``run`` accepts: ``{"sparql"}`` or ``{"cypher"}``."""

    def write(self, graphs: Sequence[ArticleGraph]) -> None: ...

    def delete_article(self, article_id: str) -> bool: ...

    def article(self, article_id: str) -> Article | None: ...

    def articles(self) -> Iterator[Article]: ...

    def entity(self, entity_id: str) -> Entity | None: ...

    def entities(self) -> Iterator[Entity]: ...

    def relations(self, entity_id: str | None = None) -> Iterator[Relation]:
        """Relations touching ``entity_id`` (either end), or all relations when None."""
        ...

    def run(self, query: Query, params: Mapping[str, Value] | None = None, *, max_rows: int | None = None,
            timeout: float | None = None) -> list[Row]:
        """Run a canned or raw read query of one of ``dialects``; values only as parameters.

        ``max_rows`` stops reading after that many rows (the engine may still have computed more);
        ``timeout`` (seconds) raises :class:`graph.errors.QueryTimeout` when the query takes longer.
        """
        ...

    def counts(self) -> dict[str, int]:
        """``articles``, ``entities``, ``relations`` and one entry per entity type and predicate."""
        ...

    def close(self) -> None: ...


def write_all(store: Store, graphs: Iterable[ArticleGraph], batch: int = 200) -> int:
    """Write graphs in batches; returns how many articles were written."""
    buf: list[ArticleGraph] = []
    n = 0
    for g in graphs:
        buf.append(g)
        if len(buf) >= batch:
            store.write(buf)
            n += len(buf)
            buf = []
    if buf:
        store.write(buf)
        n += len(buf)
    return n
