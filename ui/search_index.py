"""Fuzzy lookup of entities by name or alias, tolerant of case, job titles, honorifics and typos.

Used until ``graph.search`` is available; the scoring is rapidfuzz over every name and alias.
Title and honorific words come from the resource tables (``ingest.resources``) when present.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from graph.model import Entity

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
    forms: list[str]
    """Normalised surface forms, parallel to ``owners`` and ``surfaces``."""
    owners: list[str]
    surfaces: list[str]
    names: dict[str, tuple[str, str]]
    """entity id -> (canonical name, type)."""

    @classmethod
    def build(cls, entities: Iterable[Entity]) -> NameIndex:
        forms: list[str] = []
        owners: list[str] = []
        surfaces: list[str] = []
        names: dict[str, tuple[str, str]] = {}
        for e in entities:
            names[e.id] = (e.name, e.type)
            for surface in {e.name, *e.aliases}:
                norm = normalize(surface)
                if norm:
                    forms.append(norm)
                    owners.append(e.id)
                    surfaces.append(surface)
        return cls(forms, owners, surfaces, names)

    def search(
        self,
        query: str,
        limit: int = 20,
        types: Iterable[str] | None = None,
        degree: Mapping[str, int] | None = None,
        min_score: float = 60.0,
    ) -> list[Hit]:
        """Best entities for ``query``: exact matches first, then fuzzy, ties by degree."""
        q_full = normalize(query)
        if not q_full:
            return []
        q = strip_titles(query) or q_full
        allowed = frozenset(types) if types is not None else None
        best: dict[str, tuple[float, str]] = {}
        for cand in {q, q_full}:
            found = process.extract(
                cand, self.forms, scorer=fuzz.WRatio, limit=max(limit * 10, 50), score_cutoff=min_score
            )
            for form, score, idx in found:
                owner = self.owners[idx]
                if allowed is not None and self.names[owner][1] not in allowed:
                    continue
                score = float(score)
                if form == cand:
                    score += 20.0
                elif form.startswith(cand + " ") or cand.startswith(form + " "):
                    score += 5.0
                if score > best.get(owner, (-1.0, ""))[0]:
                    best[owner] = (score, self.surfaces[idx])
        deg = degree or {}
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], -deg.get(kv[0], 0), self.names[kv[0]][0]))
        return [
            Hit(eid, self.names[eid][0], self.names[eid][1], surface, round(score, 1))
            for eid, (score, surface) in ranked[:limit]
        ]
