"""Gazetteers the extractor matches against, built once per process.

The lists themselves are data loaded and validated by :mod:`ingest.resources`
(``ingest/resources/*.tsv``); this module only turns them into folded lookup tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ingest import resources


@dataclass(frozen=True, slots=True)
class RegionEntry:
    name: str
    level: str
    parent: str


@dataclass(frozen=True, slots=True)
class InstitutionEntry:
    head: str
    expansion: str
    kind: str
    jurisdictional: bool


@dataclass(frozen=True, slots=True)
class NamedOrgEntry:
    name: str
    kind: str


@lru_cache(maxsize=1)
def regions() -> dict[str, list[RegionEntry]]:
    """Folded region name or alias → the regions it can denote."""
    table: dict[str, list[RegionEntry]] = {}
    for r in resources.regions():
        entry = RegionEntry(r.name, r.level, r.parent)
        for form in (r.name, *r.aliases):
            bucket = table.setdefault(form.casefold(), [])
            if entry not in bucket:
                bucket.append(entry)
    return table


@lru_cache(maxsize=1)
def institutions() -> dict[str, InstitutionEntry]:
    """Folded head, expansion or alias → the institution head it names."""
    table: dict[str, InstitutionEntry] = {}
    for r in resources.institutions():
        entry = InstitutionEntry(r.head, r.expansion, r.kind, r.jurisdictional)
        for form in (r.head, r.expansion, *r.aliases):
            if form:
                table.setdefault(form.casefold(), entry)
    return table


@lru_cache(maxsize=1)
def named_organizations() -> dict[str, NamedOrgEntry]:
    """Folded name or alias → organisation named on its own (parties, national bodies, NGOs …)."""
    table: dict[str, NamedOrgEntry] = {}
    for r in resources.organizations():
        entry = NamedOrgEntry(r.name, r.kind)
        for form in (r.name, *r.aliases):
            table.setdefault(form.casefold(), entry)
    return table


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Folded position-title heads (``ketua``, ``koordinator divisi`` …), modifiers excluded."""
    return frozenset(t.head.casefold() for t in resources.titles() if t.head and t.kind != "modifier")


@lru_cache(maxsize=1)
def title_modifiers() -> frozenset[str]:
    found = {t.head.casefold() for t in resources.titles() if t.kind == "modifier"}
    return frozenset(found | {"pj", "pj.", "plt", "plt.", "plh", "plh.", "mantan"})


@lru_cache(maxsize=1)
def honorifics() -> tuple[frozenset[str], frozenset[str]]:
    """(prefix forms, suffix forms), folded."""
    prefix: set[str] = set()
    suffix: set[str] = set()
    for h in resources.honorifics():
        if h.form:
            (suffix if h.position == "suffix" else prefix).add(h.form.casefold())
    return frozenset(prefix), frozenset(suffix)


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    return frozenset(str(f).casefold() for f in resources.name_particles() if f)


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Folded common Indonesian given and family names."""
    return frozenset(p.name.casefold() for p in resources.person_names())


@lru_cache(maxsize=1)
def world_places() -> dict[str, tuple[str, str]]:
    """Surface form (as written) of a country, territory, continent, world region or city abroad → (name, kind)."""
    table: dict[str, tuple[str, str]] = {}
    for p in resources.world_places():
        for form in (p.name, *p.aliases):
            table.setdefault(form, (p.name, p.kind))
    return table
