"""Time the explorer's first load on an on-disk store: rebuild from the store vs the pickled cache.

    .venv/bin/python benchmarks/projection_cache.py oxigraph:PATH

PATH must be an existing on-disk store (e.g. one written by ``sinergi ingest`` or by
``benchmarks/ui_bench.py``'s synthetic generator). The first load builds the projection and
writes ``PATH.sinergi-cache/projection.pickle``; the store is then reopened (a restart) and loaded
again from the cache.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.projection_cache import FILE_NAME, load_cached, load_projection
from graph.search import NameIndex
from graph.store import open_store


def main(url: str) -> None:
    store = open_store(url)
    folder = getattr(store, "cache_dir", None)
    if folder is None:
        raise SystemExit(f"{url} is not an on-disk embedded store; nothing to cache")
    (folder / FILE_NAME).unlink(missing_ok=True)
    (folder / "names.pickle").unlink(missing_ok=True)
    t0 = time.perf_counter()
    proj, cached = load_projection(store)
    build_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    load_cached(store, "names", lambda: NameIndex.from_graph(proj.graph, proj.simple), NameIndex)
    names_build_s = time.perf_counter() - t0
    store.close()
    size_mb = (folder / FILE_NAME).stat().st_size / 1e6
    store = open_store(url)
    t0 = time.perf_counter()
    again, cached_again = load_projection(store)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    _index, names_cached = load_cached(store, "names", lambda: NameIndex.from_graph(again.graph, again.simple),
                                       NameIndex)
    names_load_s = time.perf_counter() - t0
    store.close()
    print(f"{url}: {proj.graph.number_of_nodes()} nodes, {proj.graph.number_of_edges()} edges")
    print(f"  build from the store + write cache  {build_s:7.2f} s  (cached={cached})")
    print(f"  after a restart, load from cache    {load_s:7.2f} s  (cached={cached_again}, {size_mb:.0f} MB)")
    print(f"  name index: build {names_build_s:.2f} s, after a restart {names_load_s:.2f} s (cached={names_cached})")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(sys.argv[1])
