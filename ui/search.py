"""Search view: names and aliases, tolerant of case, titles and typos."""

from __future__ import annotations

import streamlit as st

from graph import ontology
from ui import data, state
from ui.i18n import t, type_label
from ui.regions import entity_provinces
from ui.widgets import entity_button, share_link


def render(lang: str) -> None:
    st.header(t("view_search", lang))
    state.seed("search_q", "q", "")
    query = st.text_input(t("search_prompt", lang), key="search_q", placeholder=t("search_prompt", lang))
    type_names = [n for n in ontology.load().types if n != "Article"]
    types = st.multiselect(
        t("search_type", lang), type_names, key="search_types", format_func=lambda n: type_label(n, lang)
    )
    state.publish("q", query)
    if not query.strip():
        st.caption(t("search_hint", lang))
        return
    hits = data.search(query, limit=25, types=types or None)
    if not hits:
        st.info(t("search_none", lang, q=query))
        return
    proj = data.projection()
    provinces = {hit.id: entity_provinces(proj, hit.id) for hit in hits}
    options = ["", *sorted(set().union(*provinces.values()))]
    if len(options) > 1:
        if "search_prov" not in st.session_state:
            wanted = state.param("prov")
            st.session_state["search_prov"] = wanted if wanted in options else ""
        province = st.selectbox(t("province", lang), options, key="search_prov",
                                format_func=lambda p: p or t("all", lang))
        state.publish("prov", province or None)
        if province:
            hits = [hit for hit in hits if province in provinces[hit.id]]
    st.caption(t("search_results", lang, n=len(hits)))
    for i, hit in enumerate(hits):
        cols = st.columns([4, 2, 3, 1])
        with cols[0]:
            entity_button(hit.id, hit.name, key=f"search_hit_{i}")
        cols[1].markdown(f"`{type_label(hit.type, lang)}`")
        if hit.matched != hit.name:
            cols[2].caption(t("matched_alias", lang, alias=hit.matched))
        with cols[3]:
            entity_button(hit.id, t("open_network", lang), key=f"search_net_{i}", view="network")
    share_link(lang, "search", q=query)
