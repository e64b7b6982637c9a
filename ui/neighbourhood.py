"""Filtered ego networks over the projection: which nodes and edges the network view draws."""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx


@dataclass(frozen=True)
class EdgeFilter:
    """What the user keeps. ``None`` means "no restriction" for each field."""

    predicates: frozenset[str] | None = None
    types: frozenset[str] | None = None
    outlets: frozenset[str] | None = None
    date_from: str | None = None
    date_to: str | None = None

    def node_ok(self, attrs: Mapping[str, Any]) -> bool:
        return self.types is None or str(attrs.get("type", "")) in self.types

    def edge_ok(self, attrs: Mapping[str, Any]) -> bool:
        if self.predicates is not None and attrs.get("predicate") not in self.predicates:
            return False
        if self.outlets is not None and attrs.get("publisher") not in self.outlets:
            return False
        if self.date_from or self.date_to:
            day = str(attrs.get("published") or "")
            if not day:
                return False
            if self.date_from and day < self.date_from:
                return False
            if self.date_to and day > self.date_to:
                return False
        return True


@dataclass(frozen=True)
class Neighbourhood:
    nodes: list[str]
    """BFS order from the centre; the centre first."""
    edges: list[tuple[str, str, str]]
    """(source, target, statement key) among ``nodes``."""
    reachable: int
    """How many nodes the filters allow within the radius, before the cap."""

    def drawn(self, g: nx.MultiDiGraph) -> nx.MultiDiGraph:
        """The nodes and edges of this neighbourhood with all their attributes, as a new graph."""
        H = nx.MultiDiGraph()
        H.add_nodes_from((n, g.nodes[n]) for n in self.nodes)
        H.add_edges_from((u, v, k, g.edges[u, v, k]) for u, v, k in self.edges)
        return H


def _incident(g: nx.MultiDiGraph, node: str) -> list[tuple[str, str, str, dict[str, Any]]]:
    out = [(node, v, k, d) for v, keyed in g.succ[node].items() for k, d in keyed.items()]
    out += [(u, node, k, d) for u, keyed in g.pred[node].items() for k, d in keyed.items()]
    return out


def _walk(g: nx.MultiDiGraph, start: str, radius: int, flt: EdgeFilter, seen: dict[str, int]) -> list[str]:
    """Nodes first reached from ``start`` within ``radius`` hops (BFS order), recorded in ``seen``."""
    order: list[str] = []
    depth = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if depth[node] >= radius:
            continue
        for u, v, _k, d in _incident(g, node):
            other = v if u == node else u
            if other in depth or not flt.edge_ok(d) or not flt.node_ok(g.nodes[other]):
                continue
            depth[other] = depth[node] + 1
            queue.append(other)
            if other not in seen:
                seen[other] = len(seen)
                order.append(other)
    return order


def ego(g: nx.MultiDiGraph, center: str, radius: int, flt: EdgeFilter, cap: int,
        expanded: Sequence[str] = (), per_expansion: int = 60) -> Neighbourhood:
    """Nodes within ``radius`` hops of ``center`` along edges the filter keeps, at most ``cap`` of them.

    The walk ignores edge direction (a relation links both ends). The centre is always kept, even
    when its type is filtered out, so the view never goes empty by accident. Each node in
    ``expanded`` (a double-clicked node) that is drawn adds its own direct neighbours, at most
    ``per_expansion`` of them, beyond the cap.
    """
    if center not in g:
        return Neighbourhood([], [], 0)
    seen = {center: 0}
    order = [center, *_walk(g, center, radius, flt, seen)]
    reachable = len(order)
    kept = order[: max(cap, 1)]
    keep = set(kept)
    for node in expanded:
        if node not in keep:
            continue
        new = [n for n in _walk(g, node, 1, flt, {}) if n not in keep]
        unseen = [n for n in new if n not in seen]
        seen.update((n, len(seen)) for n in unseen)
        reachable += len(unseen)
        for n in new[:per_expansion]:
            keep.add(n)
            kept.append(n)
    edges: list[tuple[str, str, str]] = []
    for node in kept:
        for v, keyed in g.succ[node].items():
            if v in keep:
                edges.extend((node, v, k) for k, d in keyed.items() if flt.edge_ok(d))
    return Neighbourhood(kept, edges, reachable)
