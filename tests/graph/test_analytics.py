from __future__ import annotations

import doctest

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

import graph.analytics as analytics
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx


@pytest.fixture(scope="module")
def G() -> nx.MultiDiGraph:
    store = OxigraphStore()
    store.write(fx.corpus())
    return analytics.project(store)


def test_doctests() -> None:
    result = doctest.testmod(analytics)
    assert result.attempted > 10 and result.failed == 0


def test_projection_matches_store(G: nx.MultiDiGraph) -> None:
    store = OxigraphStore()
    store.write(fx.corpus())
    counts = store.counts()
    assert G.number_of_edges() == counts["relations"]
    assert G.nodes[fx.RINA] == {"type": "Person", "name": "Rina Maharani"}
    assert G.nodes["article/rakor"]["type"] == "Article"
    keys = {k for _, _, k in G.edges(keys=True)}
    assert keys == {r.statement_id for r in store.relations()}


def test_ego_is_undirected_and_a_view(G: nx.MultiDiGraph) -> None:
    sub = analytics.ego(G, fx.GARUT, 1)
    assert set(sub) == {fx.GARUT, fx.JABAR, fx.BAWASLU, fx.PEMKAB, fx.RAKOR}
    assert nx.is_frozen(sub)


def test_shortest_paths_on_fixture(G: nx.MultiDiGraph) -> None:
    paths = analytics.shortest_paths(G, fx.RINA, fx.KPU, k=10)
    shortest = [p for p in paths if len(p) == 3]
    assert shortest == [[fx.RINA, fx.RAKOR, fx.KPU], [fx.RINA, fx.SOSIALISASI, fx.KPU], [fx.RINA, fx.BAWASLU, fx.KPU]]
    assert all(len(p) >= 3 for p in paths) and all(len(set(p)) == len(p) for p in paths)
    no_events = analytics.shortest_paths(G, fx.RINA, fx.KPU, avoid_types=("Event",))
    assert no_events[0] == [fx.RINA, fx.BAWASLU, fx.KPU]
    assert all(not n.startswith("event/") for p in no_events for n in p)
    blocked = analytics.shortest_paths(G, fx.RINA, fx.KPU, avoid_predicates=("coordinates_with",),
                                       avoid_types=("Event",))
    assert blocked == [], "without events and coordination the fixture has no path"
    assert analytics.shortest_paths(G, fx.RINA, "person/not-there") == []


def test_co_attendance_on_fixture(G: nx.MultiDiGraph) -> None:
    C = analytics.co_attendance(G)
    assert C[fx.RINA][fx.DEDI]["weight"] == 2
    assert C[fx.RINA][fx.SRI]["weight"] == 1
    assert all(C.nodes[n]["type"] == "Person" for n in C)


def test_pagerank_agrees_with_networkx_reference() -> None:
    D = nx.gnm_random_graph(150, 600, seed=7, directed=True)
    ours = analytics.pagerank(nx.MultiDiGraph(D))
    ref = _pagerank_python(D, tol=1e-10)
    assert max(abs(ours[n] - ref[n]) for n in D) < 1e-6


def test_centrality_top(G: nx.MultiDiGraph) -> None:
    c = analytics.centrality(G, top=3)
    assert c["degree"][0][0] == fx.BAWASLU
    assert len(c["pagerank"]) == 3
