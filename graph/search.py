"""Find entities by a typed name, tolerant of typos, case, honorifics and degrees.

``find_entity`` (the canned query) matches substrings exactly; this module ranks every label and
alias with rapidfuzz after stripping honorifics ("Dr. H. Budi, S.Sos." → "budi"), so a
misspelled or titled name still finds its entity. The name index is built once per store state
(keyed on the store's counts) and reused.
"""

from __future__ import annotations

import contextlib
import importlib
import re
import unicodedata
import weakref
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

import queries
from graph.store.base import Row, Store

FALLBACK_HONORIFICS = ("H.", "Hj.", "Dr.", "Prof.", "Ir.", "Drs.", "Dra.", "KH.", "S.H.", "S.Sos.", "S.IP.",
                       "M.Si.", "M.H.", "M.Pd.", "S.T.", "S.E.", "M.M.", "Ph.D.")
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


def normalize(name: str) -> str:
    """Casefold, fold accents, drop honorifics and degrees, squeeze punctuation.

    >>> normalize("Dr. H. Budi Santoso, S.Sos., M.Si.")
    'budi santoso'
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = _honorific_pattern().sub(" ", text)
    text = re.sub(r"[^\w]+", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class NameIndex:
    keys: tuple[str, ...]
    rows: tuple[tuple[str, str, str, str], ...]
    """(id, type, name, matched label or alias), parallel to ``keys``."""


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


def find(store: Store, text: str, limit: int = 20, min_score: float = MIN_SCORE) -> list[Row]:
    """Entities whose name or alias best matches ``text``; one row per entity, best first.

    Rows: ``id``, ``type``, ``name``, ``matched`` (the label or alias that matched), ``score``
    (0–100).
    """
    wanted = normalize(text)
    if not wanted:
        return []
    index = name_index(store)
    hits = process.extract(wanted, index.keys, scorer=fuzz.WRatio, limit=max(limit * 5, 50),
                           score_cutoff=min_score)
    best: dict[str, Row] = {}
    for _key, score, pos in hits:
        eid, etype, name, matched = index.rows[pos]
        exact = 1.0 if index.keys[pos] == wanted else 0.0
        s = round(float(score) + exact, 2)
        if eid not in best or s > float(best[eid]["score"] or 0):
            best[eid] = {"id": eid, "type": etype, "name": name, "matched": matched, "score": s}
    ranked = sorted(best.values(), key=lambda r: (-float(r["score"] or 0), str(r["name"]), str(r["id"])))
    return ranked[:limit]
