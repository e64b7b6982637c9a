"""Cytoscape elements and styles derived from the ontology's colours, shapes and labels."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from streamlit_cytoscape import EdgeStyle, NodeStyle

from graph import ontology
from graph.analytics import Projection
from ui.i18n import predicate_label


class _SelectorStyle(NodeStyle):  # type: ignore[misc]
    """A style for any Cytoscape selector (the library's styles select by label only)."""

    def __init__(self, selector: str, style: dict[str, Any]) -> None:
        super().__init__(label="")
        self.selector = selector
        self.style = style

    def dump(self) -> dict[str, Any]:
        return {"selector": self.selector, "style": self.style}


def node_styles() -> list[NodeStyle]:
    """One style per ontology type (colour and shape), plus a ring around the centre node."""
    styles: list[NodeStyle] = [
        NodeStyle(
            label=t.name, color=t.color, caption="name",
            custom_styles={"shape": t.shape, "width": 28, "height": 28, "font-size": 11,
                           "min-zoomed-font-size": 5},
        )
        for t in ontology.load().types.values()
    ]
    styles.append(_SelectorStyle("node[_center = 1]", {
        "border-width": 4, "border-color": "#222222", "width": 40, "height": 40, "font-weight": "bold",
    }))
    return styles


def edge_styles() -> list[EdgeStyle]:
    """One style per predicate; the caption is the predicate label in the current language."""
    return [
        EdgeStyle(label=p, caption="caption", directed=True, curve_style="bezier",
                  custom_styles={"font-size": 10, "width": 1.5, "min-zoomed-font-size": 5,
                                 "text-background-opacity": 0.85})
        for p in ontology.load().predicates
    ]


def elements(
    proj: Projection, nodes: Iterable[str], edges: Iterable[tuple[str, str, str]], lang: str,
    center: str | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """Cytoscape ``elements`` for the given nodes and (source, target, key) edges."""
    g = proj.graph
    out_nodes = []
    for n in nodes:
        data: dict[str, Any] = {"id": n, "label": proj.type(n), "name": proj.name(n)}
        if n == center:
            data["_center"] = 1
        out_nodes.append({"data": data})
    out_edges = []
    for u, v, key in edges:
        d = g.edges[u, v, key]
        pred = str(d["predicate"])
        out_edges.append({"data": {
            "id": key, "source": u, "target": v, "label": pred, "caption": predicate_label(pred, lang),
            "evidence": d.get("sentence", ""), "outlet": d.get("publisher", ""), "date": d.get("published", ""),
        }})
    return {"nodes": out_nodes, "edges": out_edges}
