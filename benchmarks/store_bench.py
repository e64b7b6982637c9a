"""Load and query timings of the Oxigraph store on a synthetic graph (prints numbers; not a test).

    .venv/bin/python benchmarks/store_bench.py                 # 100k relations, memory and disk
    .venv/bin/python benchmarks/store_bench.py --relations 20000 --no-disk
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import queries
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.store.base import Value
from graph.store.oxigraph import OxigraphStore

PER_ARTICLE = 10


def synthetic(relations: int, seed: int = 7) -> list[ArticleGraph]:
    """Articles of PER_ARTICLE relations over people, organisations, events and places."""
    rng = random.Random(seed)
    n_art = max(1, relations // PER_ARTICLE)
    people = [f"person/p{i}" for i in range(max(10, relations // 10))]
    orgs = [f"org/o{i}" for i in range(max(5, relations // 50))]
    events = [f"event/e{i}" for i in range(max(5, relations // 30))]
    places = [f"place/l{i}" for i in range(max(3, relations // 200))]
    kinds = {"person": "Person", "org": "Organization", "event": "Event", "place": "Location"}
    shapes: list[tuple[str, list[str], list[str]]] = [
        ("holds_position", people, orgs), ("speaks_at", people, events), ("attends", people, events),
        ("attends", orgs, events), ("organized_by", events, orgs), ("held_at", events, places),
        ("coordinates_with", orgs, orgs), ("located_in", orgs, places), ("supports", orgs, orgs),
        ("part_of", orgs, orgs),
    ]
    graphs = []
    for a in range(n_art):
        aid = f"article/a{a}"
        ents: dict[str, Entity] = {}
        rels = []
        for k in range(PER_ARTICLE):
            pred, src, dst = shapes[rng.randrange(len(shapes))]
            s, o = rng.choice(src), rng.choice(dst)
            if s == o:
                o = dst[(dst.index(o) + 1) % len(dst)]
            for node in (s, o):
                prefix = node.split("/")[0]
                attrs = {"date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"} if prefix == "event" else {}
                ents[node] = Entity(node, kinds[prefix], f"Name {node.split('/')[1]}", attrs=attrs)
            sentence = f"Kalimat {k} artikel {a} tentang {s} dan {o}."
            ev = Evidence(aid, sentence, k * 60, k * 60 + len(sentence), "bench.v1", 0.5 + rng.random() / 2)
            rels.append(Relation(s, pred, o, ev, "Ketua" if pred == "holds_position" else None))
        graphs.append(ArticleGraph(Article(aid, f"Judul {a}", f"Teks {a}", "2024-05-01"), list(ents.values()), rels))
    return graphs


def timed(fn: Callable[[], object], repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
        if times[-1] > 2000:  # slow: one run says enough
            break
    return statistics.median(times), result


def bench(store: OxigraphStore, graphs: list[ArticleGraph], label: str, bulk: bool) -> None:
    t0 = time.perf_counter()
    for i in range(0, len(graphs), 500):
        (store.bulk_write if bulk else store.write)(graphs[i:i + 500])
    secs = time.perf_counter() - t0
    quads = store.quad_count()
    rel = sum(len(g.relations) for g in graphs)
    print(f"[{label}] load {rel} relations = {quads} quads in {secs:.1f} s: {quads / secs:,.0f} quads/s, "
          f"{rel / secs:,.0f} relations/s")
    ms, _ = timed(lambda: store.write(graphs[:1]), repeat=5)
    print(f"[{label}] replace one article: {ms:.1f} ms; quads unchanged: {store.quad_count() == quads}")
    ms, _ = timed(store.counts, repeat=3)
    counts = store.counts()
    print(f"[{label}] counts(): {ms:.0f} ms  articles={counts['articles']} entities={counts['entities']} "
          f"relations={counts['relations']}")
    person, org = "person/p1", "org/o1"
    params: dict[str, dict[str, Value]] = {
        "find_entity": {"q": "name p12"}, "entity_profile": {"entity": person}, "positions_held": {"entity": person},
        "neighbours": {"entity": org}, "edge_evidence": {"source": person, "target": org},
        "paths": {"source": person, "target": "person/p2"}, "coordination": {},
        "organized_events": {"organization": org}, "co_attendees": {"entity": person},
        "timeline": {"entity": person}, "laws_cited": {}, "region_organizations": {"region": "place/l1"},
    }
    for name in queries.names("sparql"):
        q = queries.load(name)
        ms, _ = timed(lambda q=q, name=name: store.run(q, params[name]), repeat=3)  # type: ignore[misc]
        print(f"[{label}] {name:22} {ms:9.1f} ms  {len(store.run(q, params[name])):5d} rows")
    ms, _ = timed(lambda: list(store.relations(org)), repeat=3)
    print(f"[{label}] relations(org) {ms:.1f} ms ({len(list(store.relations(org)))} relations)")
    ms, _ = timed(lambda: store.entity(person), repeat=5)
    print(f"[{label}] entity(person) {ms:.2f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--no-disk", action="store_true")
    args = ap.parse_args()
    t0 = time.perf_counter()
    graphs = synthetic(args.relations)
    print(f"built {len(graphs)} synthetic articles in {time.perf_counter() - t0:.1f} s")
    bench(OxigraphStore(None), graphs, "memory, write", bulk=False)
    if not args.no_disk:
        with tempfile.TemporaryDirectory() as tmp:
            bench(OxigraphStore(Path(tmp) / "w"), graphs, "disk, write", bulk=False)
            bench(OxigraphStore(Path(tmp) / "b"), graphs, "disk, bulk_write", bulk=True)


if __name__ == "__main__":
    main()
