"""Entity lookup for the explorer: ``graph.search`` plus removal of leading job titles.

Title and honorific words come from the resource tables (``ingest.resources``).
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from graph import search as graph_search
from graph.store.base import Store

_NON_WORD = re.compile(r"[^\w]+")


def normalize(text: str) -> str:
    """Case-fold, drop accents and punctuation, collapse spaces."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NON_WORD.sub(" ", folded.casefold()).split())


@lru_cache(maxsize=1)
def strip_words() -> tuple[str, ...]:
    """Normalised title heads and honorifics, longest first (empty when resources are absent)."""
    words: set[str] = set()
    try:
        resources = importlib.import_module("ingest.resources")
    except ImportError:
        return ()
    try:
        words.update(normalize(t.head) for t in resources.titles())
        words.update(normalize(h.form) for h in resources.honorifics())
    except (AttributeError, OSError, ValueError):
        return ()
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


def strip_titles(query: str) -> str:
    """Remove leading job titles/honorifics: ``"ketua bawaslu garut"`` keeps ``"bawaslu garut"``
    only when the remainder still has words; a bare title stays as typed."""
    q = normalize(query)
    changed = True
    while changed:
        changed = False
        for w in strip_words():
            if q.startswith(w + " ") and len(q) > len(w) + 1:
                q = q[len(w) + 1:]
                changed = True
                break
    return q


@dataclass(frozen=True)
class Hit:
    id: str
    name: str
    type: str
    matched: str
    """The name or alias that matched."""
    score: float


def search(store: Store, query: str, limit: int = 20, types: Iterable[str] | None = None) -> list[Hit]:
    """Entities for ``query`` via :func:`graph.search.find`, after dropping leading job titles.

    ``graph.search`` already folds case, honorifics and typos; a typed job title ("Ketua …")
    would only lower the score of the body it names, so it is removed first.
    """
    if not normalize(query):
        return []
    cleaned = strip_titles(query) or query
    allowed = frozenset(types) if types is not None else None
    rows = graph_search.find(store, cleaned, limit=limit if allowed is None else limit * 5)
    hits = [
        Hit(str(r["id"]), str(r["name"]), str(r["type"]), str(r["matched"]), float(r["score"] or 0))
        for r in rows
        if allowed is None or r["type"] in allowed
    ]
    return hits[:limit]
