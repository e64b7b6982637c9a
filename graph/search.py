"""Find entities by a typed name, tolerant of typos, case, honorifics and degrees.

``find_entity`` (the canned query) matches substrings exactly; this module ranks every label and
alias with rapidfuzz after stripping honorifics ("Dr. H. Budi, S.Sos." → "budi"), so a
misspelled or titled name still finds its entity. A leading job title ("Ketua KPU Garut") is
tried both kept and dropped. The name index is built once per store state (keyed on the store's
generation or counts) and reused; an application holding a projection builds it from that
instead (:meth:`NameIndex.from_graph`), which also ranks ties by degree.
"""

from __future__ import annotations

import contextlib
import importlib
import re
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import networkx as nx
from rapidfuzz import fuzz, process

import queries
from graph.store.base import Row, Store

FALLBACK_HONORIFICS = ("H.", "Hj.", "Dr.", "Prof.", "Ir.", "Drs.", "Dra.", "KH.", "S.H.", "S.Sos.", "S.IP.",
                       "M.Si.", "M.H.", "M.Pd.", "S.T.", "S.E.", "M.M.", "Ph.D.")
_NON_WORD = re.compile(r"[^\w]+")
MIN_SCORE = 70.0
INDEX_LIMIT = 1_000_000


@lru_cache(maxsize=1)
def honorific_forms() -> tuple[str, ...]:
    """Honorific/degree/rank forms, longest first (from ingest resources when available)."""
    try:
        resources = importlib.import_module("ingest.resources")
        forms = tuple(str(h.form) for h in resources.honorifics())
    except (ImportError, OSError, ValueError, AttributeError):
        forms = FALLBACK_HONORIFICS
    return tuple(sorted(set(forms) | set(FALLBACK_HONORIFICS), key=lambda f: (-len(f), f)))


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern[str]:
    alts = "|".join(re.escape(f.lower()) for f in honorific_forms())
    return re.compile(rf"(?:(?<=^)|(?<=[\s,]))(?:{alts})(?=$|[\s,])")


def _ascii_lower(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def fold(text: str) -> str:
    """Casefold, fold accents, squeeze punctuation; honorifics stay (for place names).

    >>> fold("Kota  Bau-Bau, Sulawesi Tenggara")
    'kota bau bau sulawesi tenggara'
    """
    return " ".join(_NON_WORD.sub(" ", _ascii_lower(text)).split())


def normalize(name: str) -> str:
    """Casefold, fold accents, drop honorifics and degrees, squeeze punctuation.

    >>> normalize("Dr. H. Budi Santoso, S.Sos., M.Si.")
    'budi santoso'
    """
    return " ".join(_NON_WORD.sub(" ", _honorific_pattern().sub(" ", _ascii_lower(name))).split())


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    """Folded job-title heads and honorifics, longest first (empty when resources are absent)."""
    try:
        resources = importlib.import_module("ingest.resources")
        words = {fold(t.head) for t in resources.titles()} | {fold(h.form) for h in resources.honorifics()}
    except (ImportError, AttributeError, OSError, ValueError):
        return ()
    return tuple(sorted((w for w in words if w), key=len, reverse=True))


def strip_titles(query: str) -> str:
    """Fold ``query`` and drop leading job titles/honorifics while words remain after them.

    ``"Ketua Bawaslu Garut"`` → ``"bawaslu garut"``; a bare ``"Ketua"`` stays ``"ketua"``.
    """
    q = fold(query)
    changed = True
    while changed:
        changed = False
        for w in title_words():
            if q.startswith(w + " ") and len(q) > len(w) + 1:
                q = q[len(w) + 1:]
                changed = True
                break
    return q


@dataclass(frozen=True)
class Hit:
    id: str
    type: str
    name: str
    matched: str
    """The label or alias that matched."""
    score: float

    def row(self) -> Row:
        return {"id": self.id, "type": self.type, "name": self.name, "matched": self.matched, "score": self.score}


@dataclass(frozen=True)
class NameIndex:
    keys: tuple[str, ...]
    rows: tuple[tuple[str, str, str, str], ...]
    """(id, type, name, matched label or alias), parallel to ``keys``."""
    degree: dict[str, int] = field(default_factory=dict)
    """Entity id → number of neighbours; breaks ties between equal scores (busiest first)."""

    @classmethod
    def from_graph(cls, G: nx.MultiDiGraph, simple: nx.Graph | None = None) -> NameIndex:
        """Index the names and ``aliases`` of a projection's entity nodes (articles left out)."""
        keys: list[str] = []
        rows: list[tuple[str, str, str, str]] = []
        degree: dict[str, int] = {}
        for node, attrs in G.nodes(data=True):
            node_type = str(attrs.get("type") or "")
            if node_type in ("", "Article"):
                continue
            name = str(attrs.get("name") or node)
            degree[node] = int(simple.degree(node)) if simple is not None else len(set(nx.all_neighbors(G, node)))
            for surface in sorted({name, *attrs.get("aliases", ())}):
                key = normalize(surface)
                if key:
                    keys.append(key)
                    rows.append((str(node), node_type, name, surface))
        return cls(tuple(keys), tuple(rows), degree)

    def search(self, text: str, limit: int = 20, min_score: float = MIN_SCORE,
               types: Iterable[str] | None = None) -> list[Hit]:
        """Entities whose name or alias best matches ``text`` (as typed, and without a leading
        job title); one hit per entity, best first, exact matches above fuzzy ones."""
        typed = normalize(text)
        if not typed:
            return []
        bare = normalize(strip_titles(text)) or typed
        allowed = frozenset(types) if types is not None else None
        best: dict[str, Hit] = {}
        for wanted in dict.fromkeys((bare, typed)):
            found = process.extract(wanted, self.keys, scorer=fuzz.WRatio, limit=max(limit * 10, 50),
                                    score_cutoff=min_score)
            for key, score, pos in found:
                eid, etype, name, matched = self.rows[pos]
                if allowed is not None and etype not in allowed:
                    continue
                s = round(float(score) + (1.0 if key == wanted else 0.0), 2)
                if eid not in best or s > best[eid].score:
                    best[eid] = Hit(eid, etype, name, matched, s)
        ranked = sorted(best.values(), key=lambda h: (-h.score, -self.degree.get(h.id, 0), h.name, h.id))
        return ranked[:limit]


_CACHE: weakref.WeakKeyDictionary[Store, tuple[tuple[tuple[str, int], ...], NameIndex]] = (
    weakref.WeakKeyDictionary()
)


def name_index(store: Store) -> NameIndex:
    """All labels and aliases of the store, normalised; rebuilt when the store changes.

    A store's ``generation`` (bumped on every write) tells when; stores without one are compared
    by their counts.
    """
    generation = getattr(store, "generation", None)
    state: tuple[tuple[str, int], ...] = (
        (("generation", generation),) if isinstance(generation, int) else tuple(sorted(store.counts().items()))
    )
    try:
        cached = _CACHE.get(store)
    except TypeError:  # a store that cannot be weakly referenced: no caching
        cached = None
    if cached and cached[0] == state:
        return cached[1]
    q = queries.load("find_entity", sorted(store.dialects)[0])
    rows = store.run(q, {"q": "", "limit": INDEX_LIMIT})
    entries = [(str(r["id"]), str(r["type"]), str(r["name"]), str(r["matched"])) for r in rows]
    index = NameIndex(tuple(normalize(e[3]) for e in entries), tuple(entries))
    with contextlib.suppress(TypeError):
        _CACHE[store] = (state, index)
    return index


def find(store: Store, text: str, limit: int = 20, min_score: float = MIN_SCORE,
         types: Iterable[str] | None = None) -> list[Row]:
    """Entities whose name or alias best matches ``text``; one row per entity, best first.

    Rows: ``id``, ``type``, ``name``, ``matched`` (the label or alias that matched), ``score``
    (0–100, plus 1 for an exact match). ``types`` keeps only entities of those types.
    """
    return [h.row() for h in name_index(store).search(text, limit, min_score, types)]
