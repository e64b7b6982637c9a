"""Serialisations of the projection the explorer can always offer: GraphML and CSV of relations."""

from __future__ import annotations

import csv
import io

import networkx as nx

from ui.projection import Projection

CSV_COLUMNS = (
    "subject", "subject_name", "predicate", "object", "object_name", "title",
    "sentence", "article", "article_title", "publisher", "published", "url",
)


def relations_csv(proj: Projection) -> str:
    """One row per relation with both ends' names and its evidence."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for u, v, _k, d in sorted(proj.graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        writer.writerow([
            u, proj.name(u), d.get("predicate", ""), v, proj.name(v), d.get("title", ""),
            d.get("sentence", ""), d.get("article", ""), d.get("article_title", ""),
            d.get("publisher", ""), d.get("published", ""), d.get("url", ""),
        ])
    return buf.getvalue()


def graphml(proj: Projection) -> bytes:
    """GraphML of the projection; list-valued node attributes become ``|``-joined strings."""
    g = nx.MultiDiGraph()
    for n, attrs in proj.graph.nodes(data=True):
        g.add_node(n, **{k: ("|".join(v) if isinstance(v, (tuple, list, set)) else str(v)) for k, v in attrs.items()})
    for u, v, k, d in proj.graph.edges(keys=True, data=True):
        g.add_edge(u, v, key=k, **{a: str(b) for a, b in d.items()})
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8")
    return buf.getvalue()
