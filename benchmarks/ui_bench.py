"""Timings of what the explorer does per interaction, on the sample corpus and a synthetic store.

    .venv/bin/python benchmarks/ui_bench.py                      # sample corpus + 100k relations
    .venv/bin/python benchmarks/ui_bench.py --relations 20000    # a smaller synthetic store
    .venv/bin/python benchmarks/ui_bench.py --no-synthetic

Per store it prints the one-off costs (load, projection build — cached by the app) and the
median of repeated interactions: search, entity page data, ego network (2 hops, capped, with
Cytoscape elements) and the path finder (5 paths with their evidence). Targets: ≤ 1 s on the
sample, ≤ 2 s at 100k relations.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # ``ui`` lives beside app.py

from graph.analytics import Projection, hops, shortest_paths
from graph.coordination import ties
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.search import NameIndex
from graph.store import open_store
from graph.store.base import Store
from ui.entity import incident_edges
from ui.facts import facts
from ui.neighbourhood import EdgeFilter, ego
from ui.network_style import elements

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")
PER_ARTICLE = 10
OUTLETS = ("Kabar Satu", "Warta Dua", "Harian Tiga", "Suara Empat")


def timed(fn: Callable[[], T], repeat: int = 5) -> tuple[float, T]:
    """Median wall time in ms over ``repeat`` calls, and the last result."""
    times = []
    result: T | None = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    assert result is not None
    return statistics.median(times), result


def synthetic(relations: int, seed: int = 11) -> list[ArticleGraph]:
    """Articles of PER_ARTICLE relations among invented people, bodies, events and places."""
    rng = random.Random(seed)
    pools = {
        "Person": [Entity(f"person/orang-{i}", "Person", f"Orang Contoh {i}", {f"Orang {i}"})
                   for i in range(max(10, relations // 10))],
        "Organization": [Entity(f"org/lembaga-{i}", "Organization", f"Lembaga Contoh {i}", {f"LC{i}"})
                         for i in range(max(5, relations // 50))],
        "Event": [Entity(f"event/kegiatan-{i}", "Event", f"Kegiatan Contoh {i}", set(),
                         {"date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"})
                  for i in range(max(5, relations // 30))],
        "Location": [Entity(f"place/tempat-{i}", "Location", f"Tempat Contoh {i}")
                     for i in range(max(3, relations // 200))],
    }
    shapes = [
        ("holds_position", "Person", "Organization"), ("speaks_at", "Person", "Event"),
        ("attends", "Person", "Event"), ("attends", "Organization", "Event"),
        ("organized_by", "Event", "Organization"), ("held_at", "Event", "Location"),
        ("coordinates_with", "Organization", "Organization"), ("located_in", "Organization", "Location"),
        ("supports", "Organization", "Organization"), ("part_of", "Organization", "Organization"),
    ]
    out = []
    for a in range(max(1, relations // PER_ARTICLE)):
        day = f"2024-{1 + a % 12:02d}-{1 + a % 28:02d}"
        art = Article(f"article/sintetis-{a}", f"Artikel contoh {a}", "", day, OUTLETS[a % len(OUTLETS)],
                      f"https://example.org/{a}")
        ents: dict[str, Entity] = {}
        rels = []
        for j in range(PER_ARTICLE):
            pred, st, ot = shapes[rng.randrange(len(shapes))]
            s, o = rng.choice(pools[st]), rng.choice(pools[ot])
            if s.id == o.id:
                continue
            ents[s.id], ents[o.id] = s, o
            sentence = f"{s.name} {pred} {o.name} (kalimat {j})."
            ev = Evidence(art.id, sentence, j * 100, j * 100 + len(sentence), "bench.v1", 1.0)
            rels.append(Relation(s.id, pred, o.id, ev, title="Ketua" if pred == "holds_position" else None))
        art.text = " ".join(r.evidence.sentence for r in rels)
        out.append(ArticleGraph(art, list(ents.values()), rels))
    return out


def sample_graphs() -> list[ArticleGraph]:
    from ingest.pipeline import extract
    from ingest.readers import read_paths

    return [extract(a) for a in read_paths([str(ROOT / "data" / "articles")]) if isinstance(a, Article)]


def _busiest(proj: Projection, type_name: str) -> str:
    nodes = [str(n) for n, t in proj.graph.nodes(data="type") if t == type_name]
    return max(nodes, key=lambda n: (proj.graph.degree(n), n))


def entity_page(store: Store, proj: Projection, entity_id: str) -> int:
    """What the entity view computes: the entity from the store, its relations from the projection
    grouped into facts (one per statement content, with its sources)."""
    entity = store.entity(entity_id)
    return int(entity is not None) + len(facts(incident_edges(proj, entity_id)))


def entity_page_store_only(store: Store, entity_id: str) -> int:
    """The same through the Store protocol alone (relations and their articles), for comparison."""
    rels = list(store.relations(entity_id))
    return len(rels) + len([store.article(a) for a in {r.evidence.article_id for r in rels}])


def bench(label: str, graphs: list[ArticleGraph], query: str, typo: str) -> None:
    store = open_store("memory:")
    t0 = time.perf_counter()
    store.write(graphs)
    load_s = time.perf_counter() - t0
    counts = store.counts()
    t0 = time.perf_counter()
    proj = Projection.from_store(store)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    index = NameIndex.from_graph(proj.graph, proj.simple)
    index_s = time.perf_counter() - t0
    search_ms, hits = timed(lambda: index.search(query))
    typo_ms, typo_hits = timed(lambda: index.search(typo))
    person = _busiest(proj, "Person")
    org = _busiest(proj, "Organization")
    page_ms, n_page = timed(lambda: entity_page(store, proj, person))
    store_page_ms, _ = timed(lambda: entity_page_store_only(store, person), repeat=3)

    def network() -> int:
        hood = ego(proj.graph, person, 2, EdgeFilter(), 60)
        return len(elements(proj, hood.nodes, hood.edges, "id", center=person)["nodes"])

    ego_ms, n_nodes = timed(network)

    def paths() -> int:
        found = shortest_paths(proj, person, org, k=5, avoid_types=("Article",))
        return sum(len(hops(proj, p)) for p in found) + len(found)

    path_ms, n_path = timed(paths)
    coord_ms, coord_rows = timed(lambda: ties(proj.graph), repeat=3)
    dates = proj.dates
    mid = dates[len(dates) // 2] if dates else None
    coord_range_ms, coord_range = timed(lambda: ties(proj.graph, date_from=mid), repeat=3)
    print(f"\n== {label}: {counts['articles']} articles, {counts['entities']} entities, "
          f"{counts['relations']} relations")
    print(f"  load into memory store        {load_s:8.2f} s   (one-off)")
    print(f"  projection build (cached)     {build_s:8.2f} s   (one-off per store change)")
    print(f"  name index build (cached)     {index_s:8.2f} s   (one-off per store change)")
    print(f"  search {query!r:22}{search_ms:8.1f} ms  (top: {hits[0].name if hits else '-'})")
    print(f"  search {typo!r:22}{typo_ms:8.1f} ms  (top: {typo_hits[0].name if typo_hits else '-'})")
    print(f"  entity page data              {page_ms:8.2f} ms  ({n_page} items for {person})")
    print(f"    (store.relations + articles {store_page_ms:8.1f} ms, not used by the page)")
    print(f"  ego network 2 hops, cap 60    {ego_ms:8.1f} ms  ({n_nodes} nodes)")
    print(f"  path finder k=5 + evidence    {path_ms:8.1f} ms  ({n_path} hops+paths, {person} → {org})")
    print(f"  coordination ties, all        {coord_ms:8.1f} ms  ({len(coord_rows)} ties)")
    print(f"  coordination ties, from {mid}{coord_range_ms:8.1f} ms  ({len(coord_range)} ties)")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--relations", type=int, default=100_000)
    parser.add_argument("--no-synthetic", action="store_true")
    parser.add_argument("--no-sample", action="store_true")
    args = parser.parse_args()
    if not args.no_sample:
        bench("sample corpus (data/articles)", sample_graphs(), "ketua bawaslu", "Ketua KPU Jakrta Timur")
    if not args.no_synthetic:
        bench(f"synthetic {args.relations} relations", synthetic(args.relations), "lembaga contoh 42",
              "Ketua Lembga Contoh 42")


if __name__ == "__main__":
    main()
