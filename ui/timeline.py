"""Timeline view: events by date with who organised and took part, for an entity or a region,
and articles per month."""

from __future__ import annotations

from collections import Counter

import streamlit as st

from graph.analytics import Projection
from ui import data, state
from ui.i18n import t
from ui.regions import event_places
from ui.widgets import entity_button, url_select

MAX_EVENTS = 300


def event_rows(proj: Projection, focus: str | None = None, province: str | None = None,
               area: str | None = None) -> list[dict[str, str]]:
    """One row per event (date, name, organisers, participants), dated first, oldest first.

    With ``focus``, only events the focus entity organised, spoke at or attended; with
    ``province`` (and ``area``, a "Kabupaten X"/"Kota X"), only events held or organised there.
    """
    g = proj.graph
    rows = []
    for node, attrs in g.nodes(data=True):
        if attrs.get("type") != "Event":
            continue
        organisers = sorted({proj.name(v) for _u, v, d in g.out_edges(node, data=True)
                             if d.get("predicate") == "organized_by"})
        involved = {u for u, _v, d in g.in_edges(node, data=True) if d.get("predicate") in ("speaks_at", "attends")}
        organiser_ids = {v for _u, v, d in g.out_edges(node, data=True) if d.get("predicate") == "organized_by"}
        if focus and focus not in involved | organiser_ids:
            continue
        if province and not any(p == province and (not area or a == area) for p, a in event_places(proj, node)):
            continue
        dates = sorted({str(d.get("published")) for _u, _v, d in g.in_edges(node, data=True) if d.get("published")}
                       | {str(d.get("published")) for _u, _v, d in g.out_edges(node, data=True) if d.get("published")})
        rows.append({
            "id": str(node),
            "date": str(attrs.get("date") or ""),
            "reported": dates[0] if dates else "",
            "name": proj.name(node),
            "organisers": ", ".join(organisers),
            "participants": ", ".join(sorted(proj.name(n) for n in involved)),
        })
    rows.sort(key=lambda r: (not (r["date"] or r["reported"]), r["date"] or r["reported"], r["name"]))
    return rows


def articles_per_month(proj: Projection) -> dict[str, int]:
    seen: dict[str, str] = {}
    for _u, _v, d in proj.graph.edges(data=True):
        if d.get("published"):
            seen[str(d["article"])] = str(d["published"])[:7]
    return dict(sorted(Counter(seen.values()).items()))


def render(lang: str) -> None:
    st.header(t("view_timeline", lang))
    st.caption(t("timeline_intro", lang))
    proj = data.projection()
    focus = state.param("id") or None
    if focus and focus in proj.graph:
        st.markdown(f"**{proj.name(focus)}**")
        st.button(t("all", lang), key="tl_all", on_click=state.goto, args=("timeline",))
    else:
        focus = None
    places = {pa for node, kind in proj.graph.nodes(data="type") if kind == "Event" for pa in event_places(proj, node)}
    province = area = None
    if places:
        left, right = st.columns(2)
        with left:
            province = url_select("tl_prov", "prov", t("province", lang), sorted({p for p, _a in places}), lang)
        areas = sorted({a for p, a in places if p == province and a}) if province else []
        with right:
            if areas:
                area = url_select("tl_area", "area", t("area", lang), areas, lang)
            else:
                state.publish("area", None)
    months = articles_per_month(proj)
    if months:
        st.subheader(t("per_month", lang))
        st.bar_chart({t("count", lang): months}, x_label=t("month", lang), y_label=t("count", lang))
    rows = event_rows(proj, focus, province, area)
    if not rows and not months:
        st.info(t("no_dates", lang))
        return
    st.subheader(t("events", lang))
    st.dataframe(
        [{t("date", lang): r["date"] or r["reported"], t("events", lang): r["name"],
          t("organisers", lang): r["organisers"], t("participants", lang): r["participants"]} for r in rows[:MAX_EVENTS]],
        hide_index=True, width="stretch",
    )
    for i, r in enumerate(rows[:20]):
        entity_button(r["id"], f"{r['date'] or r['reported'] or '—'} · {r['name']}", key=f"tl_ev_{i}")
