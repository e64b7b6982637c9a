"""graph.projection_cache: the projection pickled beside an on-disk store, keyed on its content."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.projection_cache import FILE_NAME, load_cached, load_projection
from graph.store.oxigraph import OxigraphStore
from tests.app.fixtures import graphs


def _extra() -> ArticleGraph:
    text = "Ketua Panwaslu Kecamatan Sukamaju Wening Larasati membuka apel siaga."
    art = Article("article/cache-extra", "Apel Siaga Sukamaju", text, "2024-08-01", "Kabar Priangan", None)
    person = Entity("person/wening-larasati", "Person", "Wening Larasati")
    body = Entity("org/panwaslu-kecamatan-sukamaju", "Organization", "Panwaslu Kecamatan Sukamaju")
    ev = Evidence(art.id, text, 0, len(text), "test", 1.0)
    return ArticleGraph(art, [person, body], [Relation(person.id, "holds_position", body.id, ev, "Ketua")])


def _same(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:
    return (sorted(a.nodes(data=True), key=str) == sorted(b.nodes(data=True), key=str)
            and sorted(a.edges(keys=True, data=True), key=str) == sorted(b.edges(keys=True, data=True), key=str))


def test_second_open_reads_the_cache_and_a_write_invalidates_it(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.write(graphs())
    built, cached = load_projection(store)
    assert not cached and (tmp_path / f"store.sinergi-cache/{FILE_NAME}").is_file()
    store.close()

    store = OxigraphStore(tmp_path / "store")  # a restart: same content, same token
    again, cached = load_projection(store)
    assert cached and _same(again.graph, built.graph) and again.dates == built.dates

    store.write([_extra()])
    fresh, cached = load_projection(store)
    assert not cached and "person/wening-larasati" in fresh.graph
    assert load_projection(store)[1]  # and the new content is cached in turn

    store.delete_article("article/cache-extra")
    after_delete, cached = load_projection(store)
    assert not cached and "person/wening-larasati" not in after_delete.graph
    store.close()


def test_damaged_or_foreign_cache_is_rebuilt(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.write(graphs())
    load_projection(store)
    path = tmp_path / "store.sinergi-cache" / FILE_NAME
    path.write_bytes(b"not a pickle")
    proj, cached = load_projection(store)
    assert not cached and proj.graph.number_of_edges() == store.counts()["relations"]
    # a token written by someone else (or lost) means "unknown content": rebuild
    (tmp_path / "store.sinergi-cache" / "token").unlink()
    assert not load_projection(store)[1]
    store.close()


def test_memory_store_is_never_cached() -> None:
    store = OxigraphStore()
    store.write(graphs())
    assert store.content_token() is None
    assert not load_projection(store)[1] and not load_projection(store)[1]


def test_any_derived_object_is_cached_under_its_own_name(tmp_path: Path) -> None:
    from graph.search import NameIndex

    store = OxigraphStore(tmp_path / "store")
    store.write(graphs())
    proj, _ = load_projection(store)
    calls: list[int] = []

    def build() -> NameIndex:
        calls.append(1)
        return NameIndex.from_graph(proj.graph, proj.simple)

    first, cached = load_cached(store, "names", build, NameIndex)
    again, cached_again = load_cached(store, "names", build, NameIndex)
    assert (cached, cached_again, len(calls)) == (False, True, 1)
    assert again.search("ketua bawaslu tasikmalya")[0].name == first.search("ketua bawaslu tasikmalya")[0].name
    # a different kind under that name is not trusted
    assert load_cached(store, "names", lambda: proj, type(proj)) == (proj, False)
    store.close()
