"""Ties among organisations over a projection, optionally within an article date range.

The same answer as the canned ``coordination`` question (queries/coordination.rq and
.cypher) — ``tests/graph/test_coordination.py`` checks that on the sample corpus — computed from
the networkx projection, so a date range can narrow it and a 100k-relation store answers in
well under a second instead of the seconds the all-pairs query takes there.

Kinds: ``coordinates_with`` (symmetric), ``supports`` (directed), ``co_organized`` (two
organisations organise one event) and ``co_attended`` (two organisations attend one event).
``articles`` counts the distinct articles stating at least one statement behind the tie.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from graph.store.base import Row

KINDS: tuple[str, ...] = ("coordinates_with", "supports", "co_organized", "co_attended")
_SHARED_EVENT = {"organized_by": "co_organized", "attends": "co_attended"}


def _in_range(data: dict[str, Any], date_from: str | None, date_to: str | None) -> bool:
    if not (date_from or date_to):
        return True
    day = str(data.get("published") or "")
    return bool(day) and (not date_from or day >= date_from) and (not date_to or day <= date_to)


def ties(G: nx.MultiDiGraph, date_from: str | None = None, date_to: str | None = None,
         kinds: Iterable[str] = KINDS) -> list[Row]:
    """Rows ``org_a, org_a_name, org_b, org_b_name, relation, articles``, most-sourced first.

    Symmetric kinds order the pair by id (``org_a < org_b``); ``supports`` keeps its direction.
    With a date range only statements from articles published in it count (undated ones do not).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("org/b", {"type": "Organization", "name": "B"}),
    ...                   ("org/a", {"type": "Organization", "name": "A"}), ("event/e", {"type": "Event"})])
    >>> for u, v, p, art, day in [("org/b", "org/a", "coordinates_with", "article/1", "2024-01-02"),
    ...                           ("event/e", "org/a", "organized_by", "article/2", "2024-03-01"),
    ...                           ("event/e", "org/b", "organized_by", "article/3", "2024-03-02")]:
    ...     _ = G.add_edge(u, v, predicate=p, article=art, published=day)
    >>> [(r["org_a"], r["org_b"], r["relation"], r["articles"]) for r in ties(G)]
    [('org/a', 'org/b', 'co_organized', 2), ('org/a', 'org/b', 'coordinates_with', 1)]
    >>> [r["relation"] for r in ties(G, date_from="2024-02-01")]
    ['co_organized']
    """
    wanted = set(kinds)
    nodes = G.nodes

    def is_org(n: str) -> bool:
        return bool(nodes[n].get("type") == "Organization")

    articles: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    # event -> kind -> organisation -> articles of its statements about the event
    around: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    for u, v, d in G.edges(data=True):
        pred = d.get("predicate")
        if pred not in ("coordinates_with", "supports", "organized_by", "attends") or not _in_range(d, date_from, date_to):
            continue
        art = str(d.get("article", ""))
        if pred == "coordinates_with" and "coordinates_with" in wanted and u != v and is_org(u) and is_org(v):
            a, b = sorted((u, v))
            articles[(a, b, pred)].add(art)
        elif pred == "supports" and "supports" in wanted and u != v and is_org(u) and is_org(v):
            articles[(u, v, pred)].add(art)
        elif pred == "organized_by" and is_org(v):
            around[u]["co_organized"][v].add(art)
        elif pred == "attends" and is_org(u):
            around[v]["co_attended"][u].add(art)
    for by_kind in around.values():
        for kind, orgs in by_kind.items():
            if kind not in wanted:
                continue
            for a, b in combinations(sorted(orgs), 2):
                articles[(a, b, kind)] |= orgs[a] | orgs[b]
    rows: list[Row] = [
        {"org_a": a, "org_a_name": str(nodes[a].get("name") or a), "org_b": b,
         "org_b_name": str(nodes[b].get("name") or b), "relation": kind, "articles": len(arts)}
        for (a, b, kind), arts in articles.items()
    ]
    rows.sort(key=lambda r: (-int(r["articles"] or 0), str(r["org_a"]), str(r["org_b"]), str(r["relation"])))
    return rows
