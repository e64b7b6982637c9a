from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from pyoxigraph import RdfFormat

from graph.errors import SinergiError
from graph.export import export
from graph.store.oxigraph import OxigraphStore
from tests.fixtures import graph as fx


@pytest.fixture(scope="module")
def store() -> OxigraphStore:
    s = OxigraphStore()
    s.write(fx.corpus())
    return s


def _text(store: OxigraphStore, fmt: str) -> bytes:
    buf = io.BytesIO()
    export(store, fmt, None, buf)
    return buf.getvalue()


def test_nq_reloads_to_the_same_store(store: OxigraphStore) -> None:
    again = OxigraphStore()
    again.oxigraph.load(_text(store, "nq"), RdfFormat.N_QUADS)
    assert set(map(str, again.oxigraph)) == set(map(str, store.oxigraph))
    assert again.counts() == store.counts()


def test_ttl_is_the_union_graph(store: OxigraphStore) -> None:
    g = rdflib.Graph().parse(data=_text(store, "ttl").decode("utf-8"), format="turtle")
    union = {(q.subject.value, q.predicate.value, str(q.object)) for q in store.oxigraph}
    assert len(g) == len(union)
    rina = rdflib.URIRef("https://w3id.org/sinergi/id/" + fx.RINA)
    member = rdflib.URIRef("http://www.w3.org/ns/org#memberOf")
    assert (rina, member, rdflib.URIRef("https://w3id.org/sinergi/id/" + fx.BAWASLU)) in g


def test_jsonld_keeps_named_graphs(store: OxigraphStore) -> None:
    doc = json.loads(_text(store, "jsonld"))
    ds = rdflib.Dataset().parse(data=json.dumps(doc), format="json-ld")
    n_quads = sum(1 for _ in ds.quads((None, None, None, None)))
    assert n_quads == store.quad_count()


def test_graphml_is_the_projection(store: OxigraphStore, tmp_path: Path) -> None:
    path = tmp_path / "g.graphml"
    export(store, "graphml", path)
    G = nx.read_graphml(path, force_multigraph=True)
    assert G.number_of_edges() == store.counts()["relations"]
    assert G.nodes[fx.RINA]["name"] == "Rina Maharani"


def test_gexf_opens_as_the_projection(store: OxigraphStore, tmp_path: Path) -> None:
    path = tmp_path / "g.gexf"
    export(store, "gexf", path)
    G = nx.read_gexf(path)
    assert G.number_of_edges() == store.counts()["relations"]
    assert G.nodes[fx.RINA]["label"] == "Rina Maharani"  # the label Gephi shows
    assert {d["predicate"] for _u, _v, d in G.edges(data=True)} >= {"holds_position", "organized_by"}


def test_network_bytes_of_a_drawn_part(store: OxigraphStore) -> None:
    from graph.analytics import Projection
    from graph.export import network_bytes

    G = Projection.from_store(store).graph
    part = G.subgraph([fx.RINA, fx.BAWASLU])
    with zipfile.ZipFile(io.BytesIO(network_bytes(part, "csv"))) as z:
        nodes = list(csv.DictReader(io.StringIO(z.read("nodes.csv").decode())))
        edges = list(csv.DictReader(io.StringIO(z.read("edges.csv").decode())))
    assert sorted(n["id"] for n in nodes) == sorted([fx.RINA, fx.BAWASLU])
    assert edges and all(e["sentence"] and e["article_title"] for e in edges)  # evidence travels along
    again = nx.read_graphml(io.BytesIO(network_bytes(part, "graphml")), force_multigraph=True)
    assert again.number_of_edges() == part.number_of_edges() == len(edges)
    with pytest.raises(SinergiError, match="gexf"):
        network_bytes(part, "pdf")


def test_csv_folder_and_zip_agree(store: OxigraphStore, tmp_path: Path) -> None:
    export(store, "csv", tmp_path / "out")
    export(store, "csv", tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        assert sorted(z.namelist()) == ["edges.csv", "nodes.csv"]
        assert z.read("edges.csv").decode() == (tmp_path / "out" / "edges.csv").read_text(encoding="utf-8")
    edges = list(csv.DictReader((tmp_path / "out" / "edges.csv").open(encoding="utf-8")))
    assert len(edges) == store.counts()["relations"]
    held = [e for e in edges if e["predicate"] == "holds_position" and e["source"] == fx.RINA]
    assert {e["article"] for e in held} == {"article/rakor", "article/apel"} and held[0]["title"] == "Ketua"
    nodes = list(csv.DictReader((tmp_path / "out" / "nodes.csv").open(encoding="utf-8")))
    assert len(nodes) == store.counts()["entities"]
    assert next(n for n in nodes if n["id"] == fx.RAKOR)["date"] == "2024-09-10"


def test_bad_requests_say_what_to_do(store: OxigraphStore, tmp_path: Path) -> None:
    with pytest.raises(SinergiError, match="-o FOLDER"):
        export(store, "csv", None)
    with pytest.raises(SinergiError, match="unknown export format"):
        export(store, "xml", None, io.BytesIO())
