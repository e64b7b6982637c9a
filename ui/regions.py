"""Which province an organisation belongs to, from the regions table of ``ingest.resources``.

An organisation's province comes from its ``region`` attribute, the places it is
``located_in``, or the trailing words of its name ("KPU Kabupaten Garut" → Garut → Jawa Barat).
When the resource loader is unavailable the province filter is simply not offered.
"""

from __future__ import annotations

import importlib
import weakref
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from graph.analytics import Projection
from graph.search import fold

_ADMIN_WORDS = frozenset({"kota", "kabupaten", "kab", "provinsi", "prov", "kecamatan"})


@lru_cache(maxsize=1)
def province_lookup() -> dict[str, frozenset[str]]:
    """Normalised region name or alias → provinces it may belong to (empty when unavailable)."""
    try:
        rows = list(importlib.import_module("ingest.resources").regions())
    except (ImportError, AttributeError, OSError, ValueError):
        return {}
    level = {r.name: r.level for r in rows}
    parent: dict[tuple[str, str], str] = {(r.name, r.level): r.parent for r in rows}
    by_name: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_name[r.name].append(r.level)

    def province_of(name: str, lvl: str) -> str | None:
        for _ in range(4):
            if lvl == "province":
                return name
            up = parent.get((name, lvl))
            if not up:
                return None
            levels = by_name.get(up) or [level.get(up, "")]
            lvl = "province" if "province" in levels else next((x for x in levels if x != "district"), levels[0])
            name = up
        return None

    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        prov = province_of(r.name, r.level)
        if prov is None:
            continue
        for form in (r.name, *r.aliases):
            key = fold(form)
            if key:
                out[key].add(prov)
    return {k: frozenset(v) for k, v in out.items()}


def _name_tails(name: str) -> list[str]:
    words = [w for w in fold(name).split() if w not in _ADMIN_WORDS]
    return [" ".join(words[-n:]) for n in (3, 2, 1) if len(words) >= n]


_MEMO: weakref.WeakKeyDictionary[Projection, dict[tuple[str, str], frozenset[Any]]] = weakref.WeakKeyDictionary()


def _memo(proj: Projection, kind: str, node: str, compute: Callable[[], frozenset[Any]]) -> frozenset[Any]:
    """Per projection (dropped with it): the coordination view asks for 2,000 organisations at 100k."""
    table = _MEMO.setdefault(proj, {})
    key = (kind, node)
    if key not in table:
        table[key] = compute()
    return table[key]


def org_provinces(proj: Projection, node: str) -> frozenset[str]:
    """Provinces the organisation ``node`` is placed in (possibly several, possibly none)."""
    return _memo(proj, "provinces", node, lambda: _org_provinces(proj, node))


def _org_provinces(proj: Projection, node: str) -> frozenset[str]:
    lookup = province_lookup()
    if not lookup:
        return frozenset()
    g = proj.graph
    candidates = [str(g.nodes[node].get("region", ""))] if node in g else []
    if node in g:
        for _u, v, d in g.out_edges(node, data=True):
            if d.get("predicate") == "located_in":
                candidates.append(proj.name(v))
    found: set[str] = set()
    for c in candidates:
        found |= lookup.get(fold(c), frozenset())
    if not found and node in g:
        for tail in _name_tails(proj.name(node)):
            if tail in lookup:
                found |= lookup[tail]
                break
    return frozenset(found)


@lru_cache(maxsize=1)
def area_lookup() -> dict[str, frozenset[tuple[str, str, str]]]:
    """Normalised regency/city name or alias → (level, label, province); districts map to theirs."""
    try:
        rows = list(importlib.import_module("ingest.resources").regions())
    except (ImportError, AttributeError, OSError, ValueError):
        return {}
    areas = {(r.name, r.level): (r.level, f"{'Kota' if r.level == 'city' else 'Kabupaten'} {r.name}", r.parent)
             for r in rows if r.level in ("regency", "city")}
    by_name: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for (name, _level), area in areas.items():
        by_name[name].append(area)
    out: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for r in rows:
        if r.level in ("regency", "city"):
            found = [areas[(r.name, r.level)]]
        elif r.level == "district":
            found = by_name.get(r.parent, [])
        else:
            continue
        for form in (r.name, *r.aliases):
            key = fold(form)
            if key and found:
                out[key].update(found)
    return {k: frozenset(v) for k, v in out.items()}


def _areas_in_name(name: str) -> set[tuple[str, str, str]]:
    """Regencies/cities an organisation's name places it in: "KPU Kota Tasikmalaya" → the city."""
    lookup = area_lookup()
    words = fold(name).split()
    for i, w in enumerate(words):
        if w in ("kota", "pemkot", "kabupaten", "kab", "pemkab"):
            level = "city" if w in ("kota", "pemkot") else "regency"
            for n in (3, 2, 1):
                found = {a for a in lookup.get(" ".join(words[i + 1:i + 1 + n]), ()) if a[0] == level}
                if found:
                    return found
    for tail in _name_tails(name):
        if tail in lookup:
            return set(lookup[tail])
    return set()


def org_areas(proj: Projection, node: str) -> frozenset[tuple[str, str]]:
    """(province, "Kabupaten X" / "Kota X") pairs an organisation is placed in, possibly none.

    From the name first (its "Kota"/"Kabupaten" decides between a city and a regency of the same
    name), else from its ``region`` attribute and the places it is ``located_in``.
    """
    return _memo(proj, "areas", node, lambda: _org_areas(proj, node))


def _org_areas(proj: Projection, node: str) -> frozenset[tuple[str, str]]:
    if node not in proj.graph or not area_lookup():
        return frozenset()
    found = _areas_in_name(proj.name(node))
    if not found:
        g = proj.graph
        candidates = [str(g.nodes[node].get("region", ""))]
        candidates += [proj.name(v) for _u, v, d in g.out_edges(node, data=True) if d.get("predicate") == "located_in"]
        for c in candidates:
            found |= set(area_lookup().get(fold(c), ()))
    return frozenset((prov, label) for _level, label, prov in found)


_LINKS = {"holds_position", "organized_by", "held_at", "located_in"}


def entity_provinces(proj: Projection, node: str) -> frozenset[str]:
    """Provinces of any entity, for the search facet: an organisation's own; a place's by its name;
    a person's or event's through the organisations and places it is linked to."""
    if node not in proj.graph:
        return frozenset()
    kind = proj.type(node)
    if kind == "Organization":
        return org_provinces(proj, node)
    lookup = province_lookup()
    if kind == "Location":
        return lookup.get(fold(proj.name(node)), frozenset())
    found: set[str] = set()
    for _u, v, d in proj.graph.out_edges(node, data=True):
        if d.get("predicate") not in _LINKS:
            continue
        if proj.type(v) == "Organization":
            found |= org_provinces(proj, v)
        else:
            found |= lookup.get(fold(proj.name(v)), frozenset())
    return frozenset(found)


def event_places(proj: Projection, node: str) -> frozenset[tuple[str, str]]:
    """(province, area) pairs of an event — area "" when only the province is known — from where
    it was held and who organised it."""
    g = proj.graph
    found: set[tuple[str, str]] = set()
    for _u, v, d in g.out_edges(node, data=True):
        pred = d.get("predicate")
        if pred == "held_at":
            key = fold(proj.name(v))
            found |= {(prov, label) for _lvl, label, prov in area_lookup().get(key, ())}
            found |= {(prov, "") for prov in province_lookup().get(key, ())}
        elif pred == "organized_by" and proj.type(v) == "Organization":
            found |= set(org_areas(proj, v))
            found |= {(prov, "") for prov in org_provinces(proj, v)}
    return frozenset(found)
