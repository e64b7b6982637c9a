"""Graph analytics on a networkx projection of any store.

The projection is a :class:`networkx.MultiDiGraph`: one node per entity (``type``, ``name``) and
one edge per statement (key = statement id; ``predicate``, ``title``, ``article``). Questions
that ignore direction use an undirected *view* (``to_undirected(as_view=True)``) — a copy of a
large graph costs seconds per call, a view costs nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable
from itertools import combinations, islice
from typing import Any

import networkx as nx

from graph.store.base import Store

ATTENDANCE = ("speaks_at", "attends")
PATH_SLACK = 2
"""shortest_paths returns paths at most this many hops longer than the shortest one."""


def project(store: Store) -> nx.MultiDiGraph:
    """Project a store onto a MultiDiGraph of entities and statements.

    Article nodes appear only where an article is an edge end (reported_by, edited_by).

    Examples
    --------
    >>> from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
    >>> from graph.store.oxigraph import OxigraphStore
    >>> ev = Evidence("article/a", "Ketua KPU X hadir.", 0, 18, "doc", 1.0)
    >>> store = OxigraphStore()
    >>> store.write([ArticleGraph(Article("article/a", "t", "Ketua KPU X hadir."),
    ...     [Entity("person/x", "Person", "X"), Entity("org/kpu", "Organization", "KPU")],
    ...     [Relation("person/x", "holds_position", "org/kpu", ev, "Ketua")])])
    >>> G = project(store)
    >>> sorted(G.nodes(data="name"))
    [('org/kpu', 'KPU'), ('person/x', 'X')]
    >>> [(u, v, d["predicate"], d["title"]) for u, v, d in G.edges(data=True)]
    [('person/x', 'org/kpu', 'holds_position', 'Ketua')]
    """
    G = nx.MultiDiGraph()
    for e in store.entities():
        G.add_node(e.id, type=e.type, name=e.name)
    for r in store.relations():
        for end in (r.subject, r.object):
            if end not in G:
                article = store.article(end) if end.startswith("article/") else None
                G.add_node(end, type="Article" if article else "", name=article.title if article else end)
        G.add_edge(r.subject, r.object, key=r.statement_id, predicate=r.predicate, title=r.title or "",
                   article=r.evidence.article_id, sentence=r.evidence.sentence)
    return G


def ego(G: nx.MultiDiGraph, node: Hashable, radius: int = 1) -> nx.MultiDiGraph:
    """The neighbourhood of ``node`` within ``radius`` hops, ignoring direction (a subgraph view).

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(ego(G, "a", 1)), sorted(ego(G, "a", 2))
    (['a', 'b'], ['a', 'b', 'c'])
    """
    reach = nx.single_source_shortest_path_length(G.to_undirected(as_view=True), node, cutoff=radius)
    return G.subgraph(reach)


def _filtered(G: nx.MultiDiGraph, keep: Collection[Hashable], avoid_predicates: Collection[str],
              avoid_types: Collection[str]) -> Any:
    def node_ok(n: Hashable) -> bool:
        return n in keep or G.nodes[n].get("type") not in avoid_types

    def edge_ok(u: Hashable, v: Hashable, k: Hashable) -> bool:
        return G.edges[u, v, k].get("predicate") not in avoid_predicates

    view = nx.subgraph_view(G, filter_node=node_ok, filter_edge=edge_ok)
    return view.to_undirected(as_view=True)


def shortest_paths(G: nx.MultiDiGraph, a: Hashable, b: Hashable, k: int = 5,
                   avoid_predicates: Collection[str] = (), avoid_types: Collection[str] = ()) -> list[list[Hashable]]:
    """Up to ``k`` shortest simple paths from ``a`` to ``b``, ignoring direction, shortest first.

    Edges with a predicate in ``avoid_predicates`` and intermediate nodes of a type in
    ``avoid_types`` are skipped. Only paths at most ``PATH_SLACK`` hops longer than the shortest
    are considered, which keeps the search local on a large graph. Ties are ordered by node ids.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("p", {"type": "Person"}), ("q", {"type": "Person"}),
    ...                   ("e", {"type": "Event"}), ("o", {"type": "Organization"})])
    >>> _ = G.add_edge("p", "e", predicate="attends")
    >>> _ = G.add_edge("q", "e", predicate="speaks_at")
    >>> _ = G.add_edge("p", "o", predicate="holds_position")
    >>> _ = G.add_edge("q", "o", predicate="holds_position")
    >>> shortest_paths(G, "p", "q")
    [['p', 'e', 'q'], ['p', 'o', 'q']]
    >>> shortest_paths(G, "p", "q", avoid_types=("Event",))
    [['p', 'o', 'q']]
    >>> shortest_paths(G, "p", "q", avoid_predicates=("holds_position", "attends"))
    []
    """
    if a not in G or b not in G or a == b:
        return []
    U = _filtered(G, {a, b}, set(avoid_predicates), set(avoid_types))
    try:
        d = nx.shortest_path_length(U, a, b)
    except nx.NetworkXNoPath:
        return []
    cutoff = d + PATH_SLACK
    da = nx.single_source_shortest_path_length(U, a, cutoff=cutoff)
    db = nx.single_source_shortest_path_length(U, b, cutoff=cutoff)
    near = [n for n in da if n in db and da[n] + db[n] <= cutoff]
    simple = nx.Graph(U.subgraph(near).edges())
    out: list[list[Hashable]] = []
    for path in islice(nx.shortest_simple_paths(simple, a, b), k * 4):
        if len(path) - 1 > cutoff:
            break
        out.append(path)
    out.sort(key=lambda p: (len(p), [str(n) for n in p]))
    return out[:k]


def pagerank(G: nx.MultiDiGraph, alpha: float = 0.85, tol: float = 1.0e-8,
             max_iter: int = 200) -> dict[Hashable, float]:
    """PageRank by power iteration, parallel edges counted as weight (no scipy needed).

    Examples
    --------
    >>> pr = pagerank(nx.MultiDiGraph([("a", "b"), ("b", "a"), ("c", "a")]))
    >>> round(sum(pr.values()), 6), max(pr, key=pr.get)
    (1.0, 'a')
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    out_w: dict[Hashable, float] = {u: float(G.out_degree(u)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_w[u] == 0.0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v in G.edges():
            new[v] += alpha * rank[u] / out_w[u]
        err = sum(abs(new[u] - rank[u]) for u in nodes)
        rank = new
        if err < n * tol:
            break
    return rank


def centrality(G: nx.MultiDiGraph, top: int = 20) -> dict[str, list[tuple[Hashable, float]]]:
    """Top-``top`` nodes by degree (edges either way) and by PageRank, highest first.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "hub"), ("b", "hub"), ("c", "hub"), ("hub", "a")])
    >>> c = centrality(G, top=2)
    >>> c["degree"]
    [('hub', 4.0), ('a', 2.0)]
    >>> c["pagerank"][0][0]
    'hub'
    """
    if G.number_of_nodes() == 0:
        return {"degree": [], "pagerank": []}
    degree = sorted(((n, float(d)) for n, d in G.degree()), key=lambda x: (-x[1], str(x[0])))[:top]
    pr = pagerank(G)
    ranked = sorted(pr.items(), key=lambda x: (-x[1], str(x[0])))[:top]
    return {"degree": degree, "pagerank": [(n, round(v, 6)) for n, v in ranked]}


def co_attendance(G: nx.MultiDiGraph) -> nx.Graph:
    """Person–Person graph; edge ``weight`` = number of events both spoke at or attended.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("p", {"type": "Person"}), ("q", {"type": "Person"}),
    ...                   ("o", {"type": "Organization"}), ("e1", {"type": "Event"}), ("e2", {"type": "Event"})])
    >>> for s, p, e in [("p", "attends", "e1"), ("q", "speaks_at", "e1"), ("o", "attends", "e1"),
    ...                 ("p", "speaks_at", "e2"), ("q", "attends", "e2")]:
    ...     _ = G.add_edge(s, e, predicate=p)
    >>> C = co_attendance(G)
    >>> list(C.edges(data=True))
    [('p', 'q', {'weight': 2, 'events': ['e1', 'e2']})]
    """
    people_at: dict[Hashable, set[Hashable]] = defaultdict(set)
    for u, v, pred in G.edges(data="predicate"):
        if pred in ATTENDANCE and G.nodes[u].get("type") == "Person":
            people_at[v].add(u)
    C = nx.Graph()
    for event in sorted(people_at, key=str):
        for p, q in combinations(sorted(people_at[event], key=str), 2):
            if C.has_edge(p, q):
                C[p][q]["weight"] += 1
                C[p][q]["events"].append(event)
            else:
                C.add_edge(p, q, weight=1, events=[event])
    for n in C:
        C.nodes[n].update(G.nodes[n])
    return C
