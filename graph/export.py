"""Export a store to files other tools read.

Formats
-------
``ttl``
    Turtle of the merged graph (the union of all named graphs, provenance metadata included;
    which statement graph a triple came from is lost — use ``nq`` to keep it). Oxigraph only.
``nq``
    N-Quads of every quad, named graphs included: a complete, reloadable dump. Oxigraph only.
``jsonld``
    JSON-LD of the whole dataset (one ``@graph`` per named graph), through rdflib. Oxigraph only.
``graphml``
    The networkx projection (:func:`graph.analytics.project`); works with every store.
``gexf``
    The same projection as GEXF 1.2, which Gephi opens natively; works with every store.
``csv``
    ``nodes.csv`` (id, type, name, aliases ``|``-joined, date) and ``edges.csv`` (one row per
    statement with its evidence). Written into a folder, or into a zip when the target ends in
    ``.zip``; works with every store.
``neo4j-admin``
    CSV files for ``neo4j-admin database import``, written by
    ``graph.export_neo4j_admin.write_neo4j_admin`` into a folder.
"""

from __future__ import annotations

import csv
import importlib
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import networkx as nx
from pyoxigraph import Quad, RdfFormat, Triple, serialize

from graph import ontology
from graph.analytics import project
from graph.errors import SinergiError, UnsupportedQuery
from graph.store.base import Store

TEXT_FORMATS = ("ttl", "nq", "jsonld", "graphml", "gexf")
NETWORK_FORMATS = ("graphml", "gexf", "csv")
"""What :func:`network_bytes` writes: formats for a drawn part of the projection."""
FOLDER_FORMATS = ("csv", "neo4j-admin")
FORMATS = TEXT_FORMATS + FOLDER_FORMATS
NODE_COLUMNS = ("id", "type", "name", "aliases", "date")
EDGE_COLUMNS = ("statement", "source", "predicate", "target", "title", "article", "sentence", "start", "end",
                "extractor", "confidence")


def _prefixes() -> dict[str, str]:
    onto = ontology.load()
    return {"data": onto.data_base, **onto.namespaces}


def _oxigraph(store: Store, fmt: str):  # type: ignore[no-untyped-def]
    ox = getattr(store, "oxigraph", None)
    if ox is None:
        raise UnsupportedQuery(
            f"--format {fmt} needs the embedded RDF store (oxigraph:PATH); use graphml or csv for this store"
        )
    return ox


def _union_triples(store: Store) -> Iterator[Triple]:
    seen: set[Triple] = set()
    for q in _oxigraph(store, "ttl"):
        t = Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t


def write_text(store: Store, fmt: str, out: IO[bytes]) -> None:
    """Write one of :data:`TEXT_FORMATS` to a binary stream."""
    if fmt == "ttl":
        serialize(sorted(_union_triples(store), key=str), out, RdfFormat.TURTLE, prefixes=_prefixes())
    elif fmt == "nq":
        serialize(sorted(_oxigraph(store, fmt), key=str), out, RdfFormat.N_QUADS)
    elif fmt == "jsonld":
        out.write(_jsonld(store).encode("utf-8"))
    elif fmt in ("graphml", "gexf"):
        _write_network(project(store), fmt, out)
    else:
        raise SinergiError(f"unknown text format {fmt!r}; use one of {', '.join(TEXT_FORMATS)}")


def _jsonld(store: Store) -> str:
    import rdflib

    quads: list[Quad] = list(_oxigraph(store, "jsonld"))
    ds = rdflib.Dataset()
    nquads = serialize(quads, None, RdfFormat.N_QUADS) or b""
    ds.parse(data=nquads.decode("utf-8"), format="nquads")
    context = _prefixes()
    return ds.serialize(format="json-ld", context=context, indent=1)


def _file_ready(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attribute values GraphML and GEXF can hold: None dropped, tuples ``|``-joined."""
    def clean(d: dict[str, object]) -> dict[str, object]:
        return {k: "|".join(map(str, v)) if isinstance(v, (tuple, list, set, frozenset)) else v
                for k, v in d.items() if v is not None}

    H = nx.MultiDiGraph()
    for n, d in G.nodes(data=True):
        H.add_node(n, **clean(d))
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **clean(d))
    return H


def _write_network(G: nx.MultiDiGraph, fmt: str, out: IO[bytes]) -> None:
    H = _file_ready(G)
    if fmt == "gexf":
        for n, d in H.nodes(data=True):
            d.setdefault("label", d.get("name", n))  # Gephi shows the GEXF label
        nx.write_gexf(H, out, encoding="utf-8")
    else:
        nx.write_graphml(H, out, encoding="utf-8")


def network_bytes(G: nx.MultiDiGraph, fmt: str) -> bytes:
    """A (sub)graph of the projection as a file: GraphML, GEXF, or CSV tables in a zip.

    For exporting what a view draws; every node and edge attribute is kept (aliases ``|``-joined).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("person/x", "org/y", key="st1", predicate="holds_position", title="Ketua")
    >>> b"holds_position" in network_bytes(G, "gexf")
    True
    """
    if fmt == "csv":
        H = _file_ready(G)
        node_cols = sorted({k for _n, d in H.nodes(data=True) for k in d})
        edge_cols = sorted({k for _u, _v, d in H.edges(data=True) for k in d})
        nodes = _csv_text(("id", *node_cols), iter(sorted((n, *(d.get(c, "") for c in node_cols))
                                                           for n, d in H.nodes(data=True))))
        edges = _csv_text(("statement", "source", "target", *edge_cols),
                          iter(sorted((k, u, v, *(d.get(c, "") for c in edge_cols))
                                      for u, v, k, d in H.edges(keys=True, data=True))))
        return zip_bytes({"nodes.csv": nodes, "edges.csv": edges})
    if fmt not in ("graphml", "gexf"):
        raise SinergiError(f"unknown network format {fmt!r}; use one of {', '.join(NETWORK_FORMATS)}")
    out = io.BytesIO()
    _write_network(G, fmt, out)
    return out.getvalue()


def _csv_text(columns: tuple[str, ...], rows: Iterator[tuple[object, ...]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    w.writerows(rows)
    return buf.getvalue()


def csv_tables(store: Store) -> dict[str, str]:
    """``{"nodes.csv": text, "edges.csv": text}`` for any store, rows sorted."""
    nodes = sorted(
        (e.id, e.type, e.name, "|".join(sorted(e.aliases)), e.attrs.get("date", "")) for e in store.entities()
    )
    edges = sorted(
        (r.statement_id, r.subject, r.predicate, r.object, r.title or "", r.evidence.article_id,
         r.evidence.sentence, r.evidence.start, r.evidence.end, r.evidence.extractor, r.evidence.confidence)
        for r in store.relations()
    )
    return {"nodes.csv": _csv_text(NODE_COLUMNS, iter(nodes)), "edges.csv": _csv_text(EDGE_COLUMNS, iter(edges))}


def zip_bytes(files: dict[str, str]) -> bytes:
    """A deflated zip of text files (name → content), in memory."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buf.getvalue()


def write_csv(store: Store, target: Path) -> list[Path]:
    """Write nodes.csv and edges.csv into folder ``target``, or into a zip if it ends in ``.zip``."""
    tables = csv_tables(store)
    if target.suffix.lower() == ".zip":
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(zip_bytes(tables))
        return [target]
    if target.exists() and not target.is_dir():
        raise SinergiError(f"{target} is a file; csv export writes a folder (or a .zip file)")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in tables.items():
        (target / name).write_text(text, encoding="utf-8")
        written.append(target / name)
    return written


def write_neo4j_admin(store: Store, out_dir: Path) -> object:
    """Hand over to the Neo4j engineer's bulk-import writer (imported only when asked for)."""
    try:
        module = importlib.import_module("graph.export_neo4j_admin")
    except ModuleNotFoundError as exc:
        if exc.name != "graph.export_neo4j_admin":
            raise
        raise SinergiError("the neo4j-admin exporter (graph/export_neo4j_admin.py) is not available yet") from exc
    return module.write_neo4j_admin(store, out_dir)


def export(store: Store, fmt: str, target: Path | None, stdout: IO[bytes] | None = None) -> list[Path]:
    """Export ``store`` as ``fmt`` to ``target`` (a file, or a folder for csv/neo4j-admin).

    Text formats go to ``stdout`` when ``target`` is None. Returns the paths written.
    """
    if fmt not in FORMATS:
        raise SinergiError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in FOLDER_FORMATS:
        if target is None:
            raise SinergiError(f"--format {fmt} writes several files; give -o FOLDER" +
                               (" or -o FILE.zip" if fmt == "csv" else ""))
        if fmt == "csv":
            return write_csv(store, target)
        target.mkdir(parents=True, exist_ok=True)
        write_neo4j_admin(store, target)
        return [target]
    if target is None:
        if stdout is None:
            raise SinergiError("no output stream given")
        write_text(store, fmt, stdout)
        return []
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as fh:
        write_text(store, fmt, fh)
    return [target]

