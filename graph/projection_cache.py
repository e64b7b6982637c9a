"""Derived objects that survive restarts: pickled beside an on-disk store, keyed on its content token.

Building :class:`graph.analytics.Projection` reads the whole store (15 s on disk at 100k
relations); loading the pickle takes about a second. :func:`load_cached` does the same for any
other object derived from the store's content (the explorer's name index, 1.5 s to build). The cache is used only when the store
offers ``content_token()`` and ``cache_dir`` (the embedded Oxigraph store on disk does) and the
token in the file's header is the store's current one; anything else — another token, another
Python or networkx version, a damaged file — rebuilds from the store and rewrites the file.

The pickle is written by this program into the store's own cache folder; whoever can write that
folder can write the store itself, so loading it adds no new trust.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import networkx as nx

from graph.analytics import Projection
from graph.store.base import Store

FORMAT = 1
FILE_NAME = "projection.pickle"
T = TypeVar("T")


def _header(token: str) -> dict[str, Any]:
    return {"format": FORMAT, "token": token, "python": tuple(sys.version_info[:2]), "networkx": nx.__version__}


def _cache_of(store: Store, file_name: str) -> tuple[Path, str] | None:
    token_of = getattr(store, "content_token", None)
    folder = getattr(store, "cache_dir", None)
    if not callable(token_of) or not isinstance(folder, Path):
        return None
    token = token_of()
    return (folder / file_name, token) if isinstance(token, str) and token else None


def _read(path: Path, token: str, kind: type[T]) -> T | None:
    enabled = gc.isenabled()
    gc.disable()  # unpickling a large graph allocates millions of objects and no cycles
    try:
        with path.open("rb") as fh:
            if pickle.load(fh) != _header(token):
                return None
            proj = pickle.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError,
            ValueError):
        return None  # damaged or from another version: rebuild
    finally:
        if enabled:
            gc.enable()
    return proj if isinstance(proj, kind) else None


def _write(path: Path, token: str, proj: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(_header(token), fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickle.dump(proj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def load_cached(store: Store, name: str, build: Callable[[], T], kind: type[T]) -> tuple[T, bool]:
    """``build()``, or its pickle ``<cache_dir>/<name>.pickle`` when the store is unchanged since;
    and whether it came from the file.

    The file is written only if the store's token is the same after the build as before it, so a
    write that lands during the build never leaves a stale cache behind.
    """
    file_name = f"{name}.pickle"
    cache = _cache_of(store, file_name)
    if cache is not None:
        found = _read(*cache, kind)
        if found is not None:
            return found, True
    made = build()
    if cache is not None:
        path, token = cache
        after = _cache_of(store, file_name)
        if after is not None and after[1] == token:
            try:
                _write(path, token, made)
            except OSError:
                pass  # a read-only folder only costs the next start its rebuild
    return made, False


def load_projection(store: Store) -> tuple[Projection, bool]:
    """The store's projection (:meth:`Projection.from_store`) and whether it came from the cache."""
    return load_cached(store, FILE_NAME.removesuffix(".pickle"), lambda: Projection.from_store(store), Projection)
