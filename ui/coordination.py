"""Coordination view: ties among organisations as a network and a sortable table, narrowed by
province, kabupaten/kota and article date range (graph.coordination over the projection)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import streamlit as st
from streamlit_cytoscape import EdgeStyle, Event, streamlit_cytoscape

from graph import ontology
from graph.analytics import Projection
from graph.coordination import KINDS
from graph.store.base import Row
from ui import data, state
from ui.i18n import predicate_label, t
from ui.network import graph_key, handle_click
from ui.network_style import node_styles
from ui.regions import org_areas, org_provinces
from ui.widgets import url_date_range, url_select

GRAPH_KEY = "coord_graph"
ROW_LIMIT = 5000
"""Ties listed at most (the most-sourced ones)."""
DRAW_LIMIT = 300
"""Ties drawn at most: a force layout of thousands of edges is unreadable and slow in the browser."""


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


def filter_ties(rows: Sequence[Row], kinds: Sequence[str], province: str | None, proj: Projection,
                area: str | None = None) -> list[Row]:
    """Rows of the kinds chosen, with at least one organisation in ``province`` and ``area``
    (a "Kabupaten X"/"Kota X" label of :func:`ui.regions.org_areas`) when given."""
    keep = set(kinds)
    out = []
    for row in rows:
        if row.get("relation") not in keep:
            continue
        ends = [str(row.get(side) or "") for side in ("org_a", "org_b")]
        if province and not any(province in org_provinces(proj, end) for end in ends):
            continue
        if area and not any((province, area) in org_areas(proj, end) for end in ends):
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
    state.seed_list("coord_kinds", "kinds", list(KINDS), list(KINDS))
    kinds = st.multiselect(t("coord_kind", lang), list(KINDS), key="coord_kinds",
                           format_func=lambda k: kind_label(k, lang))
    state.publish_list("kinds", kinds, list(KINDS))
    date_from, date_to = url_date_range("coord_dates", proj.dates, lang)
    rows = data.ties(date_from, date_to, kinds)
    ends = {str(row.get(side) or "") for row in rows for side in ("org_a", "org_b")}
    provinces = sorted({p for end in ends for p in org_provinces(proj, end)})
    province = area = None
    if provinces:
        left, right = st.columns(2)
        with left:
            province = url_select("coord_prov", "prov", t("province", lang), provinces, lang)
        areas = sorted({a for end in ends for p, a in org_areas(proj, end) if p == province}) if province else []
        with right:
            if areas:
                area = url_select("coord_area", "area", t("area", lang), areas, lang)
            else:
                state.publish("area", None)
    matching = filter_ties(rows, kinds, province, proj, area)
    shown = matching[:ROW_LIMIT]
    if not shown:
        st.info(t("coord_none", lang))
        return
    drawn = shown[:DRAW_LIMIT]
    if len(matching) > len(drawn):
        st.caption(t("coord_capped", lang, drawn=len(drawn), listed=len(shown), total=len(matching)))
    key = graph_key(GRAPH_KEY, lang, *(f"{r['org_a']} {r['org_b']} {r['relation']}" for r in drawn))
    st.session_state[f"{GRAPH_KEY}_key"] = key
    value = streamlit_cytoscape(
        _elements(drawn, proj, lang), layout="cose", node_styles=node_styles(), edge_styles=_edge_styles(),
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
