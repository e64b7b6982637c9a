"""Coordination view: ties among organisations, as a network and a sortable table, by province."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st
from streamlit_cytoscape import EdgeStyle, Event, streamlit_cytoscape

from graph import ontology
from graph.analytics import Projection
from graph.store.base import Row
from ui import data, state
from ui.i18n import predicate_label, t
from ui.network import graph_key, handle_click
from ui.network_style import node_styles
from ui.regions import org_provinces

KINDS: tuple[str, ...] = ("coordinates_with", "supports", "co_organized", "co_attended")
GRAPH_KEY = "coord_graph"
ROW_LIMIT = 5000


def kind_label(kind: str, lang: str) -> str:
    return predicate_label(kind, lang) if kind in ontology.load().predicates else t(kind, lang)


def _edge_styles() -> list[EdgeStyle]:
    small = {"font-size": 9, "min-zoomed-font-size": 5}
    dashed = {"line-style": "dashed", **small}
    return [
        EdgeStyle("coordinates_with", color="#17bebb", caption="caption", custom_styles=small),
        EdgeStyle("supports", color="#7b2cbf", caption="caption", directed=True, custom_styles=small),
        EdgeStyle("co_organized", color="#ffc914", caption="caption", custom_styles=dashed),
        EdgeStyle("co_attended", color="#999999", caption="caption", custom_styles=dashed),
    ]


def filter_ties(
    rows: Sequence[Row], kinds: Sequence[str], province: str | None, proj: Projection
) -> list[Row]:
    """Rows of the kinds chosen, with at least one organisation in ``province`` (when given)."""
    keep = set(kinds)
    out = []
    for row in rows:
        if row.get("relation") not in keep:
            continue
        if province and not any(
            province in org_provinces(proj, str(row.get(side) or "")) for side in ("org_a", "org_b")
        ):
            continue
        out.append(row)
    return out


def _elements(rows: Sequence[Row], proj: Projection, lang: str) -> dict[str, list[dict[str, Any]]]:
    nodes: dict[str, dict[str, Any]] = {}
    edges = []
    for i, row in enumerate(rows):
        a, b, kind = str(row["org_a"]), str(row["org_b"]), str(row["relation"])
        for side, name_key in ((a, "org_a_name"), (b, "org_b_name")):
            nodes.setdefault(side, {"data": {"id": side, "label": "Organization",
                                             "name": str(row.get(name_key) or proj.name(side))}})
        edges.append({"data": {"id": f"tie{i}", "source": a, "target": b, "label": kind,
                               "caption": f"{kind_label(kind, lang)} ({row.get('articles', 0)})"}})
    return {"nodes": list(nodes.values()), "edges": edges}


def render(lang: str) -> None:
    st.header(t("view_coordination", lang))
    st.caption(t("coord_intro", lang))
    proj = data.projection()
    rows = data.canned("coordination", limit=ROW_LIMIT)
    state.seed_list("coord_kinds", "kinds", list(KINDS), list(KINDS))
    kinds = st.multiselect(t("coord_kind", lang), list(KINDS), key="coord_kinds",
                           format_func=lambda k: kind_label(k, lang))
    state.publish_list("kinds", kinds, list(KINDS))
    provinces = sorted({p for row in rows for side in ("org_a", "org_b")
                        for p in org_provinces(proj, str(row.get(side) or ""))})
    province: str | None = None
    if provinces:
        options = ["", *provinces]
        if "coord_prov" not in st.session_state:
            wanted = state.param("prov")
            st.session_state["coord_prov"] = wanted if wanted in options else ""
        province = st.selectbox(t("province", lang), options, key="coord_prov",
                                format_func=lambda p: p or t("all", lang)) or None
        state.publish("prov", province)
    shown = filter_ties(rows, kinds, province, proj)
    if not shown:
        st.info(t("coord_none", lang))
        return
    key = graph_key(GRAPH_KEY, lang, *(f"{r['org_a']} {r['org_b']} {r['relation']}" for r in shown))
    st.session_state[f"{GRAPH_KEY}_key"] = key
    value = streamlit_cytoscape(
        _elements(shown, proj, lang), layout="cose", node_styles=node_styles(), edge_styles=_edge_styles(),
        height=500, key=key, events=[Event("node_click", "tap", "node")],
    )
    handle_click(value, "_coord_handled")
    table = [
        {
            t("org_a", lang): row.get("org_a_name") or proj.name(str(row["org_a"])),
            t("org_b", lang): row.get("org_b_name") or proj.name(str(row["org_b"])),
            t("kind", lang): kind_label(str(row["relation"]), lang),
            t("articles", lang): row.get("articles", 0),
        }
        for row in shown
    ]
    st.dataframe(table, hide_index=True, width="stretch")
