"""Statements grouped into facts: one fact per (subject, predicate, object, title), many sources.

Several articles often state the same thing ("Ketua Bawaslu X" in every report of the month).
The entity page shows each fact once with how many sources state it, the span of their
publication dates, and every evidence sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Edge:
    """One statement touching an entity, with its projection edge data (evidence and article)."""

    subject: str
    predicate: str
    object: str
    data: Mapping[str, Any]


@dataclass(frozen=True)
class Fact:
    subject: str
    predicate: str
    object: str
    title: str
    sources: tuple[Edge, ...]
    """The statements behind the fact, newest article first; one per article."""

    @property
    def articles(self) -> int:
        return len({str(e.data.get("article", "")) for e in self.sources})

    @property
    def first_seen(self) -> str:
        """Earliest publication date of an article stating the fact ("" when none is dated)."""
        dates = [d for d in self.dates if d]
        return min(dates) if dates else ""

    @property
    def last_seen(self) -> str:
        dates = [d for d in self.dates if d]
        return max(dates) if dates else ""

    @property
    def dates(self) -> list[str]:
        return [str(e.data.get("published") or "") for e in self.sources]


def facts(edges: Iterable[Edge]) -> list[Fact]:
    """Group statements by (subject, predicate, object, title), keeping one statement per article.

    Facts come most-sourced first, then newest; a fact's sources come newest first.

    Examples
    --------
    >>> e = lambda art, day: Edge("p/a", "holds_position", "org/b",
    ...                           {"title": "Ketua", "article": art, "published": day})
    >>> [f] = facts([e("article/1", "2024-01-05"), e("article/2", "2024-03-01"), e("article/2", "2024-03-01")])
    >>> f.articles, f.first_seen, f.last_seen, len(f.sources)
    (2, '2024-01-05', '2024-03-01', 2)
    """
    grouped: dict[tuple[str, str, str, str], dict[str, Edge]] = {}
    for e in edges:
        key = (e.subject, e.predicate, e.object, str(e.data.get("title") or ""))
        grouped.setdefault(key, {}).setdefault(str(e.data.get("article", "")), e)
    out = []
    for (s, p, o, title), by_article in grouped.items():
        sources = sorted(by_article.values(), key=lambda e: str(e.data.get("published") or ""), reverse=True)
        out.append(Fact(s, p, o, title, tuple(sources)))
    out.sort(key=lambda f: f.last_seen, reverse=True)
    out.sort(key=lambda f: f.articles, reverse=True)  # stable: newest first among equally sourced
    return out
