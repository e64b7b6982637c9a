"""Interactive ego network: 1–3 hops, filters, node cap; click a node to open its entity page."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import streamlit as st
from streamlit_cytoscape import Event, streamlit_cytoscape

from graph import ontology
from ui import data, state
from ui.export import view_download
from ui.i18n import predicate_label, t, type_label
from ui.neighbourhood import EdgeFilter, ego
from ui.network_style import edge_styles, elements, node_styles
from ui.widgets import entity_button, share_link, url_date_range

CAP_STEP = 60
GRAPH_KEY = "net_graph"
EXPANDED_KEY = "net_expanded"


def graph_key(prefix: str, *parts: str) -> str:
    """Component key for this exact content (read back from ``st.session_state[prefix + "_key"]``)."""
    return f"{prefix}_{hashlib.sha1(chr(31).join(parts).encode('utf-8')).hexdigest()[:12]}"


def _more() -> None:
    st.session_state["net_cap"] = int(st.session_state.get("net_cap", CAP_STEP)) + CAP_STEP


def _pick_center(lang: str) -> None:
    query = st.text_input(t("center", lang), key="net_q", placeholder=t("search_prompt", lang))
    if query.strip():
        hits = data.search(query, limit=8)
        if not hits:
            st.info(t("no_match", lang))
        for i, hit in enumerate(hits):
            entity_button(hit.id, f"{hit.name} ({type_label(hit.type, lang)})", key=f"net_pick_{i}", view="network")


def filters(lang: str, outlets: tuple[str, ...], dates: tuple[str, ...]) -> EdgeFilter:
    """Draw the filter widgets (seeded from and written to the URL) and return the filter."""
    onto = ontology.load()
    all_preds = list(onto.predicates)
    all_types = list(onto.types)
    default_types = [n for n in all_types if n != "Article"]
    state.seed_list("net_preds", "preds", all_preds, all_preds)
    state.seed_list("net_types", "types", default_types, all_types)
    state.seed_list("net_outlets", "outlets", list(outlets), list(outlets))
    with st.expander(t("filters", lang), expanded=False):
        preds = st.multiselect(t("predicates", lang), all_preds, key="net_preds",
                               format_func=lambda p: predicate_label(p, lang))
        types = st.multiselect(t("types", lang), all_types, key="net_types",
                               format_func=lambda n: type_label(n, lang))
        chosen_outlets = st.multiselect(t("outlets", lang), list(outlets), key="net_outlets") if outlets else []
        date_from, date_to = url_date_range("net_dates", dates, lang)
    state.publish_list("preds", preds, all_preds)
    state.publish_list("types", types, default_types)
    state.publish_list("outlets", chosen_outlets, list(outlets))
    return EdgeFilter(
        predicates=None if len(preds) == len(all_preds) else frozenset(preds),
        types=None if len(types) == len(all_types) else frozenset(types),
        outlets=None if not outlets or len(chosen_outlets) == len(outlets) else frozenset(chosen_outlets),
        date_from=date_from, date_to=date_to,
    )


def handle_click(value: Any, memo: str = "_net_handled", expand: Callable[[list[str]], None] | None = None) -> None:
    """A single click opens the node's entity page; a double click calls ``expand`` with its id.

    Each component value is handled once (the component keeps returning its last value).
    """
    if not isinstance(value, dict) or value.get("action") not in ("node_click", "expand"):
        return
    marker = repr(value)
    if st.session_state.get(memo) == marker:
        return
    st.session_state[memo] = marker
    data_ = value.get("data") or {}
    if value["action"] == "expand":
        ids = [str(i) for i in data_.get("node_ids") or []]
        if expand is not None and ids:
            expand(ids)
        return
    target = data_.get("target_id")
    if target:
        state.request("entity", id=str(target))


def expanded(center: str) -> list[str]:
    """The double-clicked nodes of this centre's network (seeded from ``?expand=a,b``)."""
    held = st.session_state.get(EXPANDED_KEY)
    if not held or held[0] != center:
        raw = state.param("expand")
        held = (center, [n for n in raw.split(",") if n] if raw else [])
        st.session_state[EXPANDED_KEY] = held
    return list(held[1])


def _expand(center: str, ids: list[str]) -> None:
    now = expanded(center)
    added = [i for i in ids if i not in now]
    if added:
        st.session_state[EXPANDED_KEY] = (center, now + added)
        st.rerun()


def _collapse() -> None:
    st.session_state.pop(EXPANDED_KEY, None)
    state.publish("expand", None)


def render(lang: str) -> None:
    st.header(t("view_network", lang))
    center = state.param("id")
    proj = data.projection()
    if not center or center not in proj.graph:
        if center:
            st.warning(t("entity_missing", lang, id=center))
        _pick_center(lang)
        return
    if "net_hops" not in st.session_state:
        hops_raw = state.param("hops", "1")
        st.session_state["net_hops"] = min(3, max(1, int(hops_raw))) if hops_raw.isdigit() else 1
    if "net_cap" not in st.session_state:
        cap_raw = state.param("cap", str(CAP_STEP))
        st.session_state["net_cap"] = max(1, int(cap_raw)) if cap_raw.isdigit() else CAP_STEP
    st.markdown(f"**{t('center', lang)}:** {proj.name(center)} `{type_label(proj.type(center), lang)}`")
    hops = int(st.slider(t("hops", lang), 1, 3, key="net_hops"))
    flt = filters(lang, proj.outlets, proj.dates)
    cap = int(st.session_state["net_cap"])
    opened = [n for n in expanded(center) if n in proj.graph]
    hood = ego(proj.graph, center, hops, flt, cap, expanded=opened, per_expansion=cap)
    state.publish("hops", hops)
    state.publish("cap", cap if cap != CAP_STEP else None)
    state.publish("expand", ",".join(opened) or None)

    st.caption(t("net_summary", lang, nodes=len(hood.nodes), edges=len(hood.edges)) + " · " + t("net_hint", lang))
    if hood.reachable > len(hood.nodes):
        st.caption(t("net_capped", lang, cap=len(hood.nodes), total=hood.reachable))
        st.button(t("show_more", lang), key="net_more", on_click=_more)
    if opened:
        st.caption(t("net_expanded", lang, names=", ".join(proj.name(n) for n in opened)))
        st.button(t("net_collapse", lang), key="net_collapse", on_click=_collapse)
    if len(hood.nodes) <= 1:
        st.info(t("net_empty", lang))
    els = elements(proj, hood.nodes, hood.edges, lang, center=center)
    # A new key per drawn content: the component only lays out the elements it mounts with.
    key = graph_key(GRAPH_KEY, lang, *hood.nodes, *(k for _u, _v, k in hood.edges))
    st.session_state[f"{GRAPH_KEY}_key"] = key
    value = streamlit_cytoscape(
        els, layout="cose", node_styles=node_styles(), edge_styles=edge_styles(), height=600,
        key=key, events=[Event("node_click", "onetap", "node")], node_actions=["expand"],
    )
    # "onetap" fires only for a tap that does not become a double tap, so a double click expands
    # the node without also opening its page.
    handle_click(value, expand=lambda ids: _expand(center, ids))
    view_download(hood.drawn(proj.graph), f"sinergi-{center.replace('/', '-')}", "net_export", lang)
    with st.expander(t("legend", lang)):
        for tp in ontology.load().types.values():
            st.markdown(f"<span style='color:{tp.color}'>&#9679;</span> {tp.label.get(lang)} ({tp.shape})",
                        unsafe_allow_html=True)
    share_link(lang, "network", id=center, hops=hops, **({"expand": ",".join(opened)} if opened else {}))
