"""Path finder helpers: the paths come from :func:`graph.analytics.shortest_paths`; this module
collects the relations (with evidence) behind each hop."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from graph import analytics
from ui.projection import Projection


@dataclass(frozen=True)
class Hop:
    source: str
    target: str
    edges: list[tuple[str, str, dict[str, Any]]]
    """(subject, object, edge data) of every relation joining the pair, in either direction."""


def shortest_paths(
    proj: Projection, a: str, b: str, k: int = 5,
    avoid_predicates: Collection[str] = (), avoid_types: Collection[str] = (),
) -> list[list[str]]:
    """Up to ``k`` shortest loop-free paths from ``a`` to ``b``, ignoring direction."""
    paths = analytics.shortest_paths(proj.graph, a, b, k=k, avoid_predicates=avoid_predicates,
                                     avoid_types=avoid_types)
    return [[str(n) for n in p] for p in paths]


def hops(proj: Projection, path: list[str], avoid_predicates: Collection[str] = ()) -> list[Hop]:
    """The relations behind each step of ``path``."""
    avoid_p = frozenset(avoid_predicates)
    g = proj.graph
    out: list[Hop] = []
    for u, v in zip(path, path[1:], strict=False):
        edges: list[tuple[str, str, dict[str, Any]]] = []
        for s, o in ((u, v), (v, u)):
            if g.has_edge(s, o):
                edges.extend((s, o, d) for d in g[s][o].values() if d["predicate"] not in avoid_p)
        out.append(Hop(u, v, edges))
    return out
