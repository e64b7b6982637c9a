"""The explorer's pure helpers: projection, ego network, read-only guard, titles, provinces, CLI."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cli.cmd_app import app as app_command
from cli.cmd_app import streamlit_command
from graph import ontology
from graph.analytics import Projection, hops, shortest_paths
from graph.search import strip_titles
from tests.app.fixtures import (
    ART1,
    BAWASLU,
    BAWASLU_TABANAN,
    KPU,
    KPU_SUMEDANG,
    RAHMAT,
    RAKOR,
    S4,
    SEKAR,
    YOHANES,
    graphs,
)
from ui import i18n, state
from ui.console import write_keyword
from ui.neighbourhood import EdgeFilter, ego
from ui.network_style import edge_styles, elements, node_styles
from ui.regions import org_provinces


@pytest.fixture(scope="module")
def proj() -> Projection:
    gs = graphs()
    return Projection.of((e for g in gs for e in g.entities), (r for g in gs for r in g.relations),
                         (g.article for g in gs))


def test_projection_carries_evidence_and_article_nodes(proj: Projection) -> None:
    g = proj.graph
    (data,) = [d for d in g[BAWASLU.id][KPU.id].values()]
    assert data["predicate"] == "coordinates_with" and data["sentence"] == S4
    assert (data["publisher"], data["published"]) == ("Kabar Priangan", "2024-05-15")
    assert g.nodes[ART1.id]["type"] == "Article" and g.nodes[ART1.id]["name"] == ART1.title
    assert proj.outlets == ("Kabar Priangan", "Warta Galuh")
    assert proj.dates == ("2024-05-15", "2024-06-03", "2024-07-01")


def test_ego_radius_filters_and_cap(proj: Projection) -> None:
    g = proj.graph
    assert set(ego(g, RAHMAT.id, 1, EdgeFilter(), 50).nodes) == {
        RAHMAT.id, BAWASLU.id, RAKOR.id, "law/uu-nomor-10-tahun-2016"}
    only_pos = ego(g, RAHMAT.id, 3, EdgeFilter(predicates=frozenset({"holds_position"})), 50)
    assert only_pos.nodes == [RAHMAT.id, BAWASLU.id]
    no_events = ego(g, SEKAR.id, 2, EdgeFilter(types=frozenset({"Person", "Organization"})), 50)
    assert RAKOR.id not in no_events.nodes and KPU.id in no_events.nodes
    capped = ego(g, RAHMAT.id, 3, EdgeFilter(), 3)
    assert len(capped.nodes) == 3 and capped.nodes[0] == RAHMAT.id and capped.reachable > 3
    assert all(u in capped.nodes and v in capped.nodes for u, v, _k in capped.edges)
    assert ego(g, "person/absent", 2, EdgeFilter(), 10).nodes == []


def test_ego_expansion_adds_direct_neighbours_of_drawn_nodes_only(proj: Projection) -> None:
    g = proj.graph
    base = ego(g, RAHMAT.id, 1, EdgeFilter(), 50)
    grown = ego(g, RAHMAT.id, 1, EdgeFilter(), 50, expanded=[RAKOR.id])
    added = set(grown.nodes) - set(base.nodes)
    two_hops = set(ego(g, RAHMAT.id, 2, EdgeFilter(), 50).nodes)
    assert added and added <= two_hops  # neighbours of the rakor, one step out
    assert all(g.has_edge(RAKOR.id, n) or g.has_edge(n, RAKOR.id) for n in added)
    assert grown.nodes[: len(base.nodes)] == base.nodes and grown.reachable == len(grown.nodes)
    # a node that is not drawn is not expanded; an expansion obeys its own cap and the filters
    assert ego(g, RAHMAT.id, 1, EdgeFilter(), 50, expanded=[KPU_SUMEDANG.id]).nodes == base.nodes
    one = ego(g, RAHMAT.id, 1, EdgeFilter(), 50, expanded=[RAKOR.id], per_expansion=1)
    assert len(one.nodes) == len(base.nodes) + 1 and one.reachable == len(grown.nodes)


def test_neighbourhood_drawn_keeps_only_what_is_drawn_with_its_evidence(proj: Projection) -> None:
    g = proj.graph
    hood = ego(g, RAHMAT.id, 3, EdgeFilter(predicates=frozenset({"holds_position", "speaks_at"})), 50)
    H = hood.drawn(g)
    assert sorted(H.nodes) == sorted(hood.nodes) and H.number_of_edges() == len(hood.edges)
    assert {d["predicate"] for _u, _v, d in H.edges(data=True)} <= {"holds_position", "speaks_at"}
    assert all(d["sentence"] for _u, _v, d in H.edges(data=True))
    assert H.nodes[RAHMAT.id]["name"] == RAHMAT.name


def test_ego_outlet_and_dates(proj: Projection) -> None:
    g = proj.graph
    warta = ego(g, KPU.id, 1, EdgeFilter(outlets=frozenset({"Warta Galuh"})), 50)
    assert set(warta.nodes) == {KPU.id, "event/sosialisasi-pemutakhiran-data-pemilih"}
    july = ego(g, KPU.id, 1, EdgeFilter(date_from="2024-07-01", date_to="2024-07-31"), 50)
    assert set(july.nodes) == {KPU.id, KPU_SUMEDANG.id}


def test_paths_and_hop_evidence(proj: Projection) -> None:
    found = shortest_paths(proj, SEKAR.id, KPU_SUMEDANG.id, k=3)
    assert found[0] == [SEKAR.id, KPU.id, KPU_SUMEDANG.id]
    (first, second) = hops(proj, found[0])
    assert [d["predicate"] for _s, _o, d in first.edges] == ["holds_position"]
    assert [(s, o) for s, o, _d in second.edges] == [(KPU_SUMEDANG.id, KPU.id)]
    assert shortest_paths(proj, SEKAR.id, KPU_SUMEDANG.id, avoid_predicates=["coordinates_with"]) == []


def test_article_nodes_avoidable_in_paths(proj: Projection) -> None:
    via_article = shortest_paths(proj, YOHANES.id, RAHMAT.id)
    assert via_article == []  # the article is linked to Yohanes only
    assert shortest_paths(proj, YOHANES.id, ART1.id) == [[YOHANES.id, ART1.id]]


def test_cytoscape_elements_follow_ontology(proj: Projection) -> None:
    els = elements(proj, [RAHMAT.id, BAWASLU.id], [(RAHMAT.id, BAWASLU.id, k) for k in proj.graph[RAHMAT.id][BAWASLU.id]],
                   "en", center=RAHMAT.id)
    node = els["nodes"][0]["data"]
    assert node == {"id": RAHMAT.id, "label": "Person", "name": RAHMAT.name, "_center": 1}
    assert els["edges"][0]["data"]["caption"] == "holds position"
    onto = ontology.load()
    styles = {s.dump()["selector"]: s.dump()["style"] for s in node_styles()}
    assert styles["node[label='Law']"]["shape"] == onto.types["Law"].shape
    assert styles["node[label='Law']"]["background-color"] == onto.types["Law"].color
    assert {s.label for s in edge_styles()} == set(onto.predicates)


@pytest.mark.parametrize(("text", "dialect", "word"), [
    ("SELECT * WHERE { ?s ?p ?o }", "sparql", None),
    ("PREFIX x: <http://e/> INSERT DATA { x:a x:b x:c }", "sparql", "INSERT"),
    ("select ?delete where { ?delete ?p 'DROP me' } # CLEAR", "sparql", None),
    ("DELETE WHERE { ?s ?p ?o }", "sparql", "DELETE"),
    ("MATCH (n) RETURN n.set, 'CREATE' AS s // MERGE", "cypher", None),
    ("MATCH (n) DETACH DELETE n", "cypher", "DETACH"),
    ("MATCH (n) SET n.x = 1", "cypher", "SET"),
])
def test_console_read_only_guard(text: str, dialect: str, word: str | None) -> None:
    assert write_keyword(text, dialect) == word


def test_titles_stripped_before_search() -> None:
    assert strip_titles("KETUA Bawaslu Tasikmalaya") == "bawaslu tasikmalaya"
    assert strip_titles("Wakil Ketua KPU Garut") == "kpu garut"
    assert strip_titles("Ketua") == "ketua"


def test_provinces_from_region_attr_or_name(proj: Projection) -> None:
    assert org_provinces(proj, BAWASLU.id) == {"Jawa Barat"}
    assert org_provinces(proj, BAWASLU_TABANAN.id) == {"Bali"}


def test_every_text_has_both_languages() -> None:
    for key, (indonesian, english) in i18n.TEXT.items():
        assert indonesian.strip() and english.strip(), key
    for view in state.VIEWS:
        assert i18n.t(f"view_{view}", "id") and i18n.t(f"view_{view}", "en")


def test_state_link_is_shareable() -> None:
    assert state.link("entity", "en", id="person/x y") == "?view=entity&lang=en&id=person%2Fx+y"


def test_cli_app_help_and_command() -> None:
    result = CliRunner().invoke(app_command, ["--help"])
    assert result.exit_code == 0 and "--store" in result.output and "--port" in result.output
    cmd = streamlit_command(8601, "127.0.0.1")
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4].endswith("app.py")
    assert cmd[cmd.index("--server.port") + 1] == "8601"
    bad = CliRunner().invoke(app_command, ["--port", "0"])
    assert bad.exit_code != 0 and "0" in bad.output


def test_facts_group_statements_and_keep_one_per_article() -> None:
    import doctest

    from ui import facts as facts_module
    from ui.facts import Edge, facts

    assert doctest.testmod(facts_module).failed == 0

    def e(obj: str, art: str, day: str, title: str = "") -> Edge:
        return Edge("person/a", "holds_position", obj, {"title": title, "article": art, "published": day})

    grouped = facts([e("org/b", "article/1", "2024-01-01", "Ketua"), e("org/b", "article/2", "", "Ketua"),
                     e("org/b", "article/3", "2024-02-01", "Anggota"), e("org/c", "article/4", "2024-03-01")])
    assert [(f.object, f.title, f.articles) for f in grouped] == [
        ("org/b", "Ketua", 2), ("org/c", "", 1), ("org/b", "Anggota", 1)]  # most sourced, then newest
    assert grouped[0].first_seen == grouped[0].last_seen == "2024-01-01"  # undated sources ignored
