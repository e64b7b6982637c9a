"""Several shortest paths between two entities, each hop with the relations that make it.

Same contract as :func:`graph.analytics.shortest_paths` (undirected, avoided predicates and
intermediate types), but run on the projection's cached undirected simple graph: measured at
20k relations, 20 ms here against 3–4 s through filtered multigraph views.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from itertools import islice
from typing import Any

import networkx as nx

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
    """Up to ``k`` loop-free shortest paths from ``a`` to ``b``, shortest first, ignoring direction.

    A pair of nodes is usable when at least one predicate joining them is not avoided;
    intermediate nodes of an avoided type are skipped (the endpoints never are).
    """
    if a not in proj.simple or b not in proj.simple or a == b:
        return []
    avoid_p = frozenset(avoid_predicates)
    avoid_t = frozenset(avoid_types)

    def node_ok(n: str) -> bool:
        return n in (a, b) or proj.type(n) not in avoid_t

    def edge_ok(u: str, v: str) -> bool:
        return bool(proj.simple[u][v]["predicates"] - avoid_p)

    view = nx.subgraph_view(proj.simple, filter_node=node_ok, filter_edge=edge_ok)
    try:
        return [[str(n) for n in p] for p in islice(nx.shortest_simple_paths(view, a, b), max(k, 1))]
    except nx.NetworkXNoPath:
        return []


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
