"""Graph analytics on a networkx projection of any store.

The projection is a :class:`networkx.MultiDiGraph`: one node per entity (``type``, ``name``) and
one edge per statement (key = statement id; ``predicate``, ``title``, ``article``). Questions
that ignore direction use an undirected *view* (``to_undirected(as_view=True)``) — a copy of a
large graph costs seconds per call, a view costs nothing. Path search runs on an undirected
simple graph (one edge per pair, its predicates as a set): filtered multigraph views cost 3–4 s
per search at 20k relations, the simple graph 20 ms. :class:`Projection` keeps that simple graph
next to a detailed projection (aliases, attributes, article metadata on every edge) so an
application builds both once and caches them.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations, islice
from typing import Any, Generic, TypeVar

import networkx as nx

from graph.model import Article, Entity, Relation, type_of_id
from graph.store.base import Store

ATTENDANCE = ("speaks_at", "attends")
N = TypeVar("N", bound=Hashable)
_RESERVED = frozenset({"type", "name", "aliases"})
PATH_SLACK = 2
"""shortest_paths returns paths at most this many hops longer than the shortest one."""


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a projection is read and built.

    A projection of 100k relations allocates about a million model objects, dicts and tuples;
    every few thousand allocations CPython runs a collection, and the full ones scan everything
    allocated so far: a third of the build time, for nothing (none of it forms reference cycles).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
    return build(store.entities(), store.relations(),
                 lambda end: store.article(end) if end.startswith("article/") else None)


def build(entities: Iterable[Entity], relations: Iterable[Relation], article: Callable[[str], Article | None],
          detail: bool = False) -> nx.MultiDiGraph:
    """The projection of :func:`project` from its parts; ``detail`` adds what an explorer cites.

    ``article`` looks an article up by id: for article nodes (the ends of reported_by and
    edited_by) and, with ``detail``, for every statement's evidence.

    With ``detail`` nodes also carry ``aliases`` and the entity attributes, and edges the
    evidence offset ``start`` and their article's ``article_title``, ``published``,
    ``publisher`` and ``url``.
    """
    G = nx.MultiDiGraph()
    for e in entities:
        if detail:
            attrs = {k: v for k, v in e.attrs.items() if k not in _RESERVED}
            G.add_node(e.id, type=e.type, name=e.name, aliases=tuple(sorted(e.aliases)), **attrs)
        else:
            G.add_node(e.id, type=e.type, name=e.name)
    for r in relations:
        for end in (r.subject, r.object):
            if end not in G:
                art = article(end)
                G.add_node(end, type="Article" if art else (type_of_id(end) or ""),
                           name=art.title if art else end, **({"aliases": ()} if detail else {}))
        cited: dict[str, Any] = {}
        if detail:
            art = article(r.evidence.article_id)
            cited = {"start": r.evidence.start, "article_title": art.title if art else "",
                     "published": (art.published or "") if art else "",
                     "publisher": (art.publisher or "") if art else "", "url": (art.url or "") if art else ""}
        G.add_edge(r.subject, r.object, key=r.statement_id, predicate=r.predicate, title=r.title or "",
                   article=r.evidence.article_id, sentence=r.evidence.sentence, **cited)
    return G


def simple_graph(G: nx.MultiDiGraph) -> nx.Graph:
    """Undirected simple graph of ``G``: node ``type``, edge ``predicates`` (the set joining the pair).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", predicate="supports")
    >>> _ = G.add_edge("b", "a", predicate="coordinates_with")
    >>> S = simple_graph(G)
    >>> sorted(S["a"]["b"]["predicates"]), S.number_of_edges()
    (['coordinates_with', 'supports'], 1)
    """
    S = nx.Graph()
    S.add_nodes_from((n, {"type": t or ""}) for n, t in G.nodes(data="type"))
    for u, v, pred in G.edges(data="predicate"):
        if S.has_edge(u, v):
            S[u][v]["predicates"].add(pred)
        else:
            S.add_edge(u, v, predicates={pred})
    return S


@dataclass(frozen=True)
class Projection:
    """A detailed projection (:func:`build` with ``detail``), its simple graph, outlets and dates."""

    graph: nx.MultiDiGraph
    simple: nx.Graph
    """:func:`simple_graph` of ``graph``, for path search."""
    outlets: tuple[str, ...]
    dates: tuple[str, ...]
    """Sorted distinct article dates (ISO) that occur on edges."""

    @classmethod
    def of(cls, entities: Iterable[Entity], relations: Iterable[Relation],
           articles: Iterable[Article]) -> Projection:
        with _gc_paused():
            by_id = {a.id: a for a in articles}
            relations = list(relations)
            G = build(entities, relations, by_id.get, detail=True)
            cited = [by_id[a] for a in {r.evidence.article_id for r in relations} if a in by_id]
            outlets = {a.publisher for a in cited if a.publisher}
            dates = {a.published for a in cited if a.published}
            return cls(G, simple_graph(G), tuple(sorted(outlets)), tuple(sorted(dates)))

    @classmethod
    def from_store(cls, store: Store) -> Projection:
        with _gc_paused():
            return cls.of(store.entities(), store.relations(), store.articles())

    def name(self, node: str) -> str:
        data = self.graph.nodes.get(node)
        return str(data.get("name") or node) if data else node

    def type(self, node: str) -> str:
        data = self.graph.nodes.get(node)
        if data and data.get("type"):
            return str(data["type"])
        return type_of_id(node) or ""


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


def shortest_paths(G: nx.MultiDiGraph | Projection, a: N, b: N, k: int = 5,
                   avoid_predicates: Collection[str] = (), avoid_types: Collection[str] = ()) -> list[list[N]]:
    """Up to ``k`` shortest simple paths from ``a`` to ``b``, ignoring direction, shortest first.

    A pair of nodes is usable when at least one predicate joining them is not in
    ``avoid_predicates``; intermediate nodes of a type in ``avoid_types`` are skipped (the
    endpoints never are). Only paths at most ``PATH_SLACK`` hops longer than the shortest are
    considered. Ties are ordered by node ids. Pass a :class:`Projection` to reuse its cached
    simple graph; a bare MultiDiGraph is collapsed first (linear in its edges).

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
    S = G.simple if isinstance(G, Projection) else simple_graph(G)
    if a not in S or b not in S or a == b:
        return []
    avoid_p = frozenset(avoid_predicates)
    avoid_t = frozenset(avoid_types)
    types = S.nodes

    def node_ok(n: Hashable) -> bool:
        return n == a or n == b or types[n].get("type") not in avoid_t

    def edge_ok(u: Hashable, v: Hashable) -> bool:
        return bool(S[u][v]["predicates"] - avoid_p)

    view = nx.subgraph_view(S, filter_node=node_ok, filter_edge=edge_ok)
    want = max(k, 1)
    out: list[list[N]] = []
    try:
        for path in islice(nx.shortest_simple_paths(view, a, b), want * 4):
            if out and len(path) - len(out[0]) > PATH_SLACK or len(out) >= want and len(path) > len(out[want - 1]):
                break  # too long, or k found and the tie group at the k-th length complete
            out.append(path)
    except nx.NetworkXNoPath:
        return []
    out.sort(key=lambda p: (len(p), [str(n) for n in p]))
    return out[:k]


@dataclass(frozen=True)
class Hop(Generic[N]):
    source: N
    target: N
    edges: list[tuple[N, N, dict[str, Any]]]
    """(subject, object, edge data) of every statement joining the pair, in either direction."""


def hops(G: nx.MultiDiGraph | Projection, path: Sequence[N], avoid_predicates: Collection[str] = ()) -> list[Hop[N]]:
    """The statements behind each step of ``path`` (as found by :func:`shortest_paths`).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("p", "o", predicate="holds_position")
    >>> _ = G.add_edge("q", "o", predicate="holds_position")
    >>> [(h.source, h.target, [(s, o) for s, o, _d in h.edges]) for h in hops(G, ["p", "o", "q"])]
    [('p', 'o', [('p', 'o')]), ('o', 'q', [('q', 'o')])]
    """
    g = G.graph if isinstance(G, Projection) else G
    avoid_p = frozenset(avoid_predicates)
    out: list[Hop[N]] = []
    for u, v in zip(path, path[1:], strict=False):
        edges: list[tuple[N, N, dict[str, Any]]] = []
        for s, o in ((u, v), (v, u)):
            if g.has_edge(s, o):
                edges.extend((s, o, d) for d in g[s][o].values() if d.get("predicate") not in avoid_p)
        out.append(Hop(u, v, edges))
    return out


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
