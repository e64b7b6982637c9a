"""Load the same synthetic relationships into Neo4j three ways and print relationships/second.

1. per-row MERGE: one auto-commit query per relationship, on a sample (extrapolated, and said so);
2. batched UNWIND: (a) raw ``UNWIND $rows MERGE`` of nodes then relationships, and (b) the real
   path, ``Neo4jStore.write`` (per-article replace, mentions, merged entity properties);
3. neo4j-admin import of the CSVs ``graph.export_neo4j_admin`` writes, through the AdminTool class
   in the Maven Central jars; the imported database is then served on a second port and counted.

It CLEARS the target database: run it against the local test server only::

    eval "$(scripts/neo4j.sh env)" && .venv/bin/python benchmarks/neo4j_load.py --clear-database
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.export_neo4j_admin import LAUNCHER_DIR, run_admin_import, write_graphs  # noqa: E402
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation  # noqa: E402
from graph.store.base import write_all  # noqa: E402
from graph.store.neo4j import Neo4jStore  # noqa: E402
from graph.store.neo4j_rows import plan_write  # noqa: E402

# (predicate, source type, target type, needs a title)
SHAPES = [("holds_position", "Person", "Organization", True), ("attends", "Person", "Event", False),
          ("speaks_at", "Person", "Event", False), ("organized_by", "Event", "Organization", False),
          ("held_at", "Event", "Location", False), ("coordinates_with", "Organization", "Organization", False),
          ("located_in", "Organization", "Location", False)]
PREFIX = {"Person": "person", "Organization": "org", "Event": "event", "Location": "place"}
POOL = {"Person": 4000, "Organization": 1500, "Event": 2500, "Location": 300}


def corpus(relations: int, per_article: int = 20, seed: int = 7) -> list[ArticleGraph]:
    """``relations`` synthetic relations in articles of ``per_article``, entities drawn from fixed pools."""
    rng = random.Random(seed)
    graphs = []
    for a in range(0, relations, per_article):
        aid = f"article/bench-{a // per_article:06d}"
        ents: dict[str, Entity] = {}
        rels = []
        for k in range(min(per_article, relations - a)):
            pred, st, ot, titled = rng.choice(SHAPES)
            s = f"{PREFIX[st]}/b{rng.randrange(POOL[st])}"
            o = f"{PREFIX[ot]}/b{rng.randrange(POOL[ot])}"
            for i, t in ((s, st), (o, ot)):
                ents.setdefault(i, Entity(i, t, f"Nama {i.split('/')[1]}", attrs={"date": "2024-10-01"} if t == "Event" else {}))
            sentence = f"Kalimat {k} tentang {s} dan {o}."
            rels.append(Relation(s, pred, o, Evidence(aid, sentence, k * 40, k * 40 + len(sentence), "bench.v1", 0.8),
                                 "Ketua" if titled else None))
        graphs.append(ArticleGraph(Article(aid, f"Artikel {a}", "teks", "2024-10-01"), list(ents.values()), rels))
    return graphs


def rel_rows(graphs: list[ArticleGraph]) -> Iterator[tuple[str, str, str, str, str, dict[str, object]]]:
    """(source label, target label, rel type, source id, target id, props) for every statement."""
    plan = plan_write(graphs)
    label_of = {i: label for label, ids in plan.entities.items() for i in ids}
    for (rel, _), rows in plan.statements.items():
        for row in rows:
            yield label_of[row["s"]], label_of[row["o"]], rel, row["s"], row["o"], row["props"]


def per_row(store: Neo4jStore, rows: list[tuple[str, str, str, str, str, dict[str, object]]]) -> float:
    started = time.perf_counter()
    for sl, ol, rel, s, o, props in rows:
        store.driver.execute_query(
            f"MERGE (s:Entity {{id: $s}}) ON CREATE SET s:{sl} "
            f"MERGE (o:Entity {{id: $o}}) ON CREATE SET o:{ol} "
            f"MERGE (s)-[r:{rel} {{sid: $sid}}]->(o) SET r = $props",
            parameters_={"s": s, "o": o, "sid": props["sid"], "props": props}, database_=store.database)
    return time.perf_counter() - started


def batched_raw(store: Neo4jStore, rows: list[tuple[str, str, str, str, str, dict[str, object]]],
                batch: int) -> float:
    started = time.perf_counter()
    nodes: dict[str, set[str]] = {}
    by_type: dict[str, list[dict[str, object]]] = {}
    for sl, ol, rel, s, o, props in rows:
        nodes.setdefault(sl, set()).add(s)
        nodes.setdefault(ol, set()).add(o)
        by_type.setdefault(rel, []).append({"s": s, "o": o, "sid": props["sid"], "props": props})
    for label, ids in nodes.items():
        ordered = sorted(ids)
        for i in range(0, len(ordered), batch):
            store.driver.execute_query(
                f"UNWIND $ids AS id MERGE (e:Entity {{id: id}}) ON CREATE SET e:{label}",
                parameters_={"ids": ordered[i:i + batch]}, database_=store.database)
    for rel, items in by_type.items():
        for i in range(0, len(items), batch):
            store.driver.execute_query(
                f"UNWIND $rows AS row MATCH (s:Entity {{id: row.s}}) MATCH (o:Entity {{id: row.o}}) "
                f"MERGE (s)-[r:{rel} {{sid: row.sid}}]->(o) SET r = row.props",
                parameters_={"rows": items[i:i + batch]}, database_=store.database)
    return time.perf_counter() - started


def serve_and_count(home: Path, port: int) -> tuple[int, int, float]:
    """Start the launcher on the imported home, count nodes and relationships, stop it."""
    java = shutil.which("java") or "java"
    env = {k: v for k, v in os.environ.items() if k != "SINERGI_NEO4J_PASSWORD"}
    proc = subprocess.Popen(
        [java, "-Xmx1g", "-cp", f"{LAUNCHER_DIR / 'classes'}:{LAUNCHER_DIR / 'lib'}/*", "sinergi.Neo4jLauncher",
         "--home", str(home), "--bolt", f"127.0.0.1:{port}", "--pagecache", "128m"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    try:
        started = time.perf_counter()
        assert proc.stdout is not None
        for line in proc.stdout:
            if "ready on bolt" in line:
                break
            if "failed to start" in line:
                raise RuntimeError(line.strip())
        ready = time.perf_counter() - started
        store = Neo4jStore(f"bolt://127.0.0.1:{port}")
        try:
            counts = store.counts()
        finally:
            store.close()
        return counts["entities"] + counts["articles"], counts["relations"], ready
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--relations", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=5_000, help="relationships loaded one by one (per-row MERGE)")
    ap.add_argument("--batch", type=int, default=10_000, help="rows per UNWIND (raw batched load)")
    ap.add_argument("--articles-per-write", type=int, default=500, help="articles per Neo4jStore.write")
    ap.add_argument("--serve-port", type=int, default=7688, help="port to serve the imported database on")
    ap.add_argument("--skip", action="append", default=[], choices=["per-row", "raw", "store", "admin"],
                    help="leave a method out (repeatable)")
    ap.add_argument("--clear-database", action="store_true", help="required: the target database is emptied")
    args = ap.parse_args()
    if not args.clear_database:
        ap.error("this benchmark deletes everything in the target database; pass --clear-database")

    store = Neo4jStore.from_env(None)
    graphs = corpus(args.relations)
    rows = list(rel_rows(graphs))
    n = len(rows)
    print(f"Neo4j at {store.uri}: {n} synthetic relationships in {len(graphs)} articles "
          f"({sum(len({e.id for e in g.entities}) for g in graphs)} entity mentions)")
    results: list[tuple[str, str]] = []

    if "per-row" not in args.skip:
        store.clear()
        sample = rows[: args.sample]
        secs = per_row(store, sample)
        rate = len(sample) / secs
        results.append(("per-row MERGE (auto-commit)",
                        f"{rate:,.0f} rel/s on a {len(sample):,} sample ({secs:.1f}s); "
                        f"extrapolated {n / rate:,.0f}s for {n:,}"))
    if "raw" not in args.skip:
        store.clear()
        secs = batched_raw(store, rows, args.batch)
        results.append((f"batched UNWIND MERGE ({args.batch:,}/query)", f"{n / secs:,.0f} rel/s ({secs:.1f}s)"))
    if "store" not in args.skip:
        store.clear()
        started = time.perf_counter()
        write_all(store, graphs, batch=args.articles_per_write)
        secs = time.perf_counter() - started
        assert store.counts()["relations"] == n
        results.append((f"Neo4jStore.write ({args.articles_per_write} articles/tx)",
                        f"{n / secs:,.0f} rel/s ({secs:.1f}s)"))
    store.clear()
    store.close()

    if "admin" in args.skip:
        pass
    elif not (LAUNCHER_DIR / "lib").is_dir():
        results.append(("neo4j-admin import", "not available (run scripts/neo4j.sh build for the jars)"))
    else:
        with tempfile.TemporaryDirectory(prefix="sinergi-admin-") as tmp:
            started = time.perf_counter()
            write_graphs(graphs, Path(tmp) / "csv")
            csv_secs = time.perf_counter() - started
            started = time.perf_counter()
            reported = run_admin_import(Path(tmp) / "csv", Path(tmp) / "home")
            secs = time.perf_counter() - started
            total_rels = reported.get("relationships", 0)
            results.append(("neo4j-admin import (JVM start included)",
                            f"{n / secs:,.0f} statement rel/s ({secs:.1f}s; {total_rels:,} relationships with "
                            f"mentions, {total_rels / secs:,.0f}/s); CSV writing {csv_secs:.1f}s"))
            nodes, rels, ready = serve_and_count(Path(tmp) / "home", args.serve_port)
            results.append(("imported database served", f"{nodes:,} nodes, {rels:,} statement relationships "
                            f"(expected {n:,}); server ready in {ready:.0f}s"))
    width = max(len(k) for k, _ in results)
    for k, v in results:
        print(f"{k.ljust(width)}  {v}")
    print(f"load average (1, 5, 15 min) at the end: {os.getloadavg()}")


if __name__ == "__main__":
    main()
