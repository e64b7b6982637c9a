"""Entity lookup for the explorer, tolerant of case, job titles, honorifics and typos.

Built from the cached projection (no store round trip per keystroke) with the normaliser of
``graph.search``; leading job titles ("Ketua …") are dropped first. ``graph.search.find`` itself
rebuilds its index through the ``find_entity`` query, measured at 125 s for 20k relations.
Title and honorific words come from the resource tables (``ingest.resources``).
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from graph import search as graph_search
from ui.projection import Projection

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


@dataclass(frozen=True)
class NameIndex:
    """Every name and alias, normalised with :func:`graph.search.normalize` (honorifics dropped)."""

    forms: list[str]
    owners: list[str]
    surfaces: list[str]
    names: dict[str, tuple[str, str]]
    """entity id -> (canonical name, type)."""
    degree: dict[str, int]

    @classmethod
    def from_projection(cls, proj: Projection) -> NameIndex:
        forms: list[str] = []
        owners: list[str] = []
        surfaces: list[str] = []
        names: dict[str, tuple[str, str]] = {}
        degree: dict[str, int] = {}
        for node, attrs in proj.graph.nodes(data=True):
            node_type = str(attrs.get("type") or "")
            if node_type in ("", "Article"):
                continue
            name = str(attrs.get("name") or node)
            names[node] = (name, node_type)
            degree[node] = int(proj.simple.degree(node))
            for surface in {name, *attrs.get("aliases", ())}:
                norm = graph_search.normalize(surface)
                if norm:
                    forms.append(norm)
                    owners.append(node)
                    surfaces.append(surface)
        return cls(forms, owners, surfaces, names, degree)

    def search(self, query: str, limit: int = 20, types: Iterable[str] | None = None,
               min_score: float = 70.0) -> list[Hit]:
        """Best entities for ``query``: exact forms first, then fuzzy (WRatio); ties by degree."""
        typed = graph_search.normalize(query)
        if not typed:
            return []
        bare = graph_search.normalize(strip_titles(query)) or typed
        allowed = frozenset(types) if types is not None else None
        best: dict[str, tuple[float, str]] = {}
        for cand in dict.fromkeys((bare, typed)):
            found = process.extract(cand, self.forms, scorer=fuzz.WRatio, limit=max(limit * 10, 50),
                                    score_cutoff=min_score)
            for form, score, idx in found:
                owner = self.owners[idx]
                if allowed is not None and self.names[owner][1] not in allowed:
                    continue
                value = float(score) + (20.0 if form == cand else 0.0)
                if value > best.get(owner, (-1.0, ""))[0]:
                    best[owner] = (value, self.surfaces[idx])
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -self.degree.get(kv[0], 0), self.names[kv[0]][0]))
        return [Hit(eid, self.names[eid][0], self.names[eid][1], surface, round(score, 1))
                for eid, (score, surface) in ranked[:limit]]
