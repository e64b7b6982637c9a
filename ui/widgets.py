"""Small building blocks shared by the views."""

from __future__ import annotations

import streamlit as st

from ui import state
from ui.i18n import t, type_label


def entity_button(entity_id: str, label: str, key: str, view: str = "entity") -> None:
    """A button that opens ``entity_id`` in ``view`` (entity page by default)."""
    st.button(label, key=key, on_click=state.goto, args=(view,), kwargs={"id": entity_id})


def share_link(lang: str, view: str, **params: str | int) -> None:
    st.caption(f"{t('share_link', lang)}: `{state.link(view, lang, **params)}`")


def type_badge(type_name: str, lang: str) -> str:
    return f"`{type_label(type_name, lang)}`"


def source_line(title: str, outlet: str, date: str, url: str, lang: str) -> str:
    """``*Article title* · Outlet · 2024-01-31 · [link](url)`` with the missing parts left out."""
    parts = [f"*{title}*" if title else t("unknown", lang)]
    parts += [p for p in (outlet, date) if p]
    if url:
        parts.append(f"[{t('link', lang)}]({url})")
    return " · ".join(parts)


def url_select(key: str, name: str, label: str, options: list[str], lang: str) -> str | None:
    """A selectbox with an "all" choice, seeded from the URL parameter ``name`` and written back."""
    choices = ["", *options]
    if key not in st.session_state or st.session_state[key] not in choices:
        wanted = state.param(name)
        st.session_state[key] = wanted if wanted in choices else ""
    chosen = st.selectbox(label, choices, key=key, format_func=lambda p: p or t("all", lang)) or None
    state.publish(name, chosen)
    return chosen


def url_date_range(key: str, dates: tuple[str, ...], lang: str) -> tuple[str | None, str | None]:
    """A slider over the article ``dates``, seeded from ``?from=&to=`` and written back; (None, None)
    while it spans everything (or there is nothing to choose)."""
    if len(dates) < 2:
        state.publish("from", None)
        state.publish("to", None)
        return None, None
    lo, hi = state.param("from", dates[0]), state.param("to", dates[-1])
    initial = (lo if lo in dates else dates[0], hi if hi in dates else dates[-1])
    # Seeded through ``value`` (not session state): AppTest loses a range seeded in session state.
    chosen = st.select_slider(t("date_range", lang), options=list(dates), key=key, value=initial)
    lo, hi = str(chosen[0]), str(chosen[1])
    narrowed = (lo, hi) != (dates[0], dates[-1])
    state.publish("from", lo if narrowed else None)
    state.publish("to", hi if narrowed else None)
    return (lo, hi) if narrowed else (None, None)
