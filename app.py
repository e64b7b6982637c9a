"""Sinergi explorer: ``streamlit run app.py`` (or ``sinergi app``).

Thin on purpose: page setup, language, the cached store and navigation. Each view lives in its
own ``ui`` module; the store is reached only through the Store protocol and canned queries.
"""

from __future__ import annotations

import streamlit as st

from graph.errors import SinergiError
from ui import (
    add_articles,
    console,
    coordination,
    data,
    entity,
    export,
    network,
    paths,
    search,
    state,
    timeline,
)
from ui.i18n import LANG_NAMES, LANGS, t

RENDERERS = {
    "search": search.render,
    "entity": entity.render,
    "network": network.render,
    "paths": paths.render,
    "coordination": coordination.render,
    "timeline": timeline.render,
    "console": console.render,
    "add": add_articles.render,
    "export": export.render,
}


def main() -> None:
    st.set_page_config(page_title="Sinergi", layout="wide")
    state.apply_pending()
    state.seed("nav_lang", "lang", "id")
    if st.session_state["nav_lang"] not in LANGS:
        st.session_state["nav_lang"] = "id"
    state.seed("nav_view", "view", state.DEFAULT_VIEW)
    if st.session_state["nav_view"] not in state.VIEWS:
        st.session_state["nav_view"] = state.DEFAULT_VIEW
    with st.sidebar:
        lang = str(st.radio("Bahasa / Language", LANGS, key="nav_lang", horizontal=True,
                            format_func=lambda code: LANG_NAMES[code]))
        st.title("Sinergi")
        view = str(st.radio(t("menu", lang), state.VIEWS, key="nav_view",
                            format_func=lambda v: t(f"view_{v}", lang)))
    state.publish("view", view)
    state.publish("lang", lang)
    try:
        data.store()
        counts = data.counts()
    except SinergiError as exc:
        st.error(t("store_error", lang, error=exc))
        st.stop()
    st.sidebar.caption(t("store_stats", lang, entities=counts.get("entities", 0),
                         relations=counts.get("relations", 0), articles=counts.get("articles", 0)))
    RENDERERS[view](lang)


main()
