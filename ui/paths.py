"""Path finder: several shortest paths between two entities, each hop with its evidence."""

from __future__ import annotations

from typing import Any

import streamlit as st
from streamlit_cytoscape import Event, streamlit_cytoscape

from graph import ontology
from graph.analytics import Projection, hops, shortest_paths
from ui import data, state
from ui.i18n import predicate_label, t, type_label
from ui.network import graph_key, handle_click
from ui.network_style import edge_styles, elements, node_styles
from ui.widgets import entity_button, share_link, source_line

DEFAULT_AVOID_TYPES = ["Article"]
GRAPH_KEY = "path_graph"


def _endpoint(lang: str, side: str, label: str) -> str | None:
    """A search box plus a choice among its hits; the chosen id is kept in the URL as ``side``."""
    qkey, ckey = f"path_q{side}", f"path_{side}"
    current = state.param(side)
    proj = data.projection()
    if qkey not in st.session_state:
        st.session_state[qkey] = proj.name(current) if current in proj.graph else ""
    query = st.text_input(label, key=qkey, placeholder=t("search_prompt", lang))
    options = [h.id for h in data.search(query, limit=10)] if query.strip() else []
    if current and current in proj.graph and current not in options and query == proj.name(current):
        options.insert(0, current)
    if not options:
        if query.strip():
            st.caption(t("no_match", lang))
        return None
    if st.session_state.get(ckey) not in options:
        st.session_state[ckey] = current if current in options else options[0]
    chosen = st.selectbox(
        label, options, key=ckey, label_visibility="collapsed",
        format_func=lambda i: f"{proj.name(i)} ({type_label(proj.type(i), lang)})",
    )
    return str(chosen) if chosen else None


def _draw(proj: Projection, found: list[list[str]], avoid_p: list[str], lang: str) -> None:
    """All found paths in one small graph; a click opens the entity page."""
    nodes = list(dict.fromkeys(n for path in found for n in path))
    edges = list(dict.fromkeys(
        (s, o, str(k)) for path in found for hop in hops(proj, path, avoid_p)
        for s, o, d in hop.edges for k in [_key(proj, s, o, d)] if k
    ))
    key = graph_key(GRAPH_KEY, lang, *nodes, *(k for _s, _o, k in edges))
    st.session_state[f"{GRAPH_KEY}_key"] = key
    value = streamlit_cytoscape(
        elements(proj, nodes, edges, lang, center=found[0][0]),
        layout="cose",
        node_styles=node_styles(), edge_styles=edge_styles(), height=420, key=key,
        events=[Event("node_click", "tap", "node")],
    )
    handle_click(value, "_path_handled")


def _key(proj: Projection, s: str, o: str, d: dict[str, Any]) -> str | None:
    for k, attrs in proj.graph[s][o].items():
        if attrs is d:
            return str(k)
    return None


def render(lang: str) -> None:
    st.header(t("view_paths", lang))
    onto = ontology.load()
    left, right = st.columns(2)
    with left:
        a = _endpoint(lang, "a", t("path_from", lang))
    with right:
        b = _endpoint(lang, "b", t("path_to", lang))
    state.publish("a", a)
    state.publish("b", b)
    with st.expander(t("filters", lang)):
        if "path_k" not in st.session_state:
            k_raw = state.param("k", "3")
            st.session_state["path_k"] = min(10, max(1, int(k_raw))) if k_raw.isdigit() else 3
        k = int(st.number_input(t("path_k", lang), min_value=1, max_value=10, key="path_k"))
        avoid_p = st.multiselect(t("avoid_predicates", lang), list(onto.predicates), key="path_avoid_p",
                                 format_func=lambda p: predicate_label(p, lang))
        avoid_t = st.multiselect(t("avoid_types", lang), list(onto.types), key="path_avoid_t",
                                 default=DEFAULT_AVOID_TYPES if "path_avoid_t" not in st.session_state else None,
                                 format_func=lambda n: type_label(n, lang))
    state.publish("k", k if k != 3 else None)
    if not a or not b:
        st.info(t("path_pick", lang))
        return
    if a == b:
        st.info(t("path_same", lang))
        return
    proj = data.projection()
    found = shortest_paths(proj, a, b, k=k, avoid_predicates=avoid_p, avoid_types=avoid_t)
    if not found:
        st.warning(t("path_none", lang))
    else:
        _draw(proj, found, avoid_p, lang)
    for i, path in enumerate(found, start=1):
        st.subheader(t("path_n", lang, i=i, hops=len(path) - 1))
        st.markdown(" → ".join(f"**{proj.name(n)}**" for n in path))
        for j, hop in enumerate(hops(proj, path, avoid_p)):
            cols = st.columns([2, 5])
            with cols[0]:
                entity_button(hop.target, proj.name(hop.target), key=f"path_{i}_{j}")
            with cols[1]:
                for s, o, d in hop.edges[:3]:
                    pred = predicate_label(str(d["predicate"]), lang)
                    title = f" ({d['title']})" if d.get("title") else ""
                    st.markdown(f"{proj.name(s)} — *{pred}*{title} → {proj.name(o)}  \n> {d.get('sentence', '')}")
                    st.caption(source_line(str(d.get("article_title", "")), str(d.get("publisher", "")),
                                           str(d.get("published", "")), str(d.get("url", "")), lang))
    share_link(lang, "paths", a=a, b=b)
