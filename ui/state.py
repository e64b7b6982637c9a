"""The URL is the state: every view reads its inputs from ``st.query_params`` and writes them back.

A widget is seeded from the URL the first time it is drawn in a session; afterwards the widget
value is written to the URL on every run, so the address bar always reproduces the current view.
Navigation (a click on a result, a node, a button) goes through :func:`goto`, a widget callback
that replaces the URL parameters and the widget values they seed.
"""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from ui.i18n import DEFAULT_LANG, LANGS

VIEWS: tuple[str, ...] = (
    "search", "entity", "network", "paths", "coordination", "timeline", "console", "add", "export",
)
DEFAULT_VIEW = "search"

# URL parameter -> session key of the widget it seeds.
PARAM_KEYS: dict[str, str] = {
    "view": "nav_view",
    "lang": "nav_lang",
    "q": "search_q",
    "hops": "net_hops",
    "a": "path_a",
    "b": "path_b",
}


def param(name: str, default: str = "") -> str:
    value = st.query_params.get(name)
    return value if value else default


def seed(key: str, name: str, default: str) -> None:
    """Before drawing the widget ``key``: give it the URL value ``name`` once per session."""
    if key not in st.session_state:
        st.session_state[key] = param(name, default)


def publish(name: str, value: str | int | None) -> None:
    """Write one view input to the URL (dropping it when empty)."""
    text = "" if value is None else str(value)
    if text:
        if st.query_params.get(name) != text:
            st.query_params[name] = text
    elif name in st.query_params:
        del st.query_params[name]


def current_view() -> str:
    view = param("view", DEFAULT_VIEW)
    return view if view in VIEWS else DEFAULT_VIEW


def current_lang() -> str:
    lang = st.session_state.get("nav_lang") or param("lang", DEFAULT_LANG)
    return lang if lang in LANGS else DEFAULT_LANG


def goto(view: str, **params: str | int) -> None:
    """Switch to ``view`` with ``params``; use as ``on_click=goto, args=(…)`` or call from a callback."""
    lang = current_lang()
    st.query_params.clear()
    st.query_params["view"] = view
    st.query_params["lang"] = lang
    st.session_state["nav_view"] = view
    for name, value in params.items():
        st.query_params[name] = str(value)
        key = PARAM_KEYS.get(name)
        if key is not None:
            st.session_state[key] = value


def link(view: str, lang: str, **params: str | int) -> str:
    """Relative URL of a view, for sharing and for plain links."""
    return "?" + urlencode({"view": view, "lang": lang, **{k: str(v) for k, v in params.items()}})


def request(view: str, **params: str | int) -> None:
    """Navigate from the script body (e.g. on a graph click): applied at the top of the next run."""
    st.session_state["_pending_nav"] = (view, params)
    st.rerun()


def apply_pending() -> None:
    """Call first in every run, before any widget is drawn."""
    pending = st.session_state.pop("_pending_nav", None)
    if pending is not None:
        view, params = pending
        goto(view, **params)


def seed_list(key: str, name: str, default: list[str], allowed: list[str]) -> None:
    """Like :func:`seed` for a multiselect: the URL holds a comma-separated list."""
    if key not in st.session_state:
        raw = param(name)
        values = [v for v in raw.split(",") if v in allowed] if raw else list(default)
        st.session_state[key] = values


def publish_list(name: str, values: list[str], default: list[str]) -> None:
    """Write a multiselect to the URL, leaving it out while it equals the default."""
    publish(name, "" if sorted(values) == sorted(default) else ",".join(values))
