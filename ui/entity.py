"""Entity page: type, canonical name, aliases, positions held, relations grouped by predicate."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from graph import ontology
from graph.analytics import Projection
from graph.model import Article
from ui import data, state
from ui.facts import Edge, Fact, facts
from ui.i18n import predicate_label, t
from ui.widgets import entity_button, share_link, source_line, type_badge

MAX_PER_GROUP = 50
MAX_SOURCES = 5
"""Evidence sentences shown per fact; the rest are counted."""


def incident_edges(proj: Projection, node: str) -> list[Edge]:
    """Every relation touching ``node`` with its evidence, from the cached projection.

    The projection answers in milliseconds; ``store.relations(id)`` took 1.8 s at 100k relations.
    Ordered by article date (newest first), then predicate.
    """
    g = proj.graph
    if node not in g:
        return []
    out = [Edge(node, str(d["predicate"]), str(v), d) for _u, v, d in g.out_edges(node, data=True)]
    out += [Edge(str(u), str(d["predicate"]), node, d) for u, _v, d in g.in_edges(node, data=True)]
    out.sort(key=lambda e: (str(e.data.get("published") or ""), e.predicate), reverse=True)
    return out


def _name(entity_id: str) -> str:
    return data.projection().name(entity_id)


def article_statements(proj: Projection, article_id: str) -> list[Edge]:
    """Every relation an article states, in text order."""
    found = [Edge(str(u), str(d["predicate"]), str(v), d) for u, v, d in proj.graph.edges(data=True)
             if d.get("article") == article_id]
    found.sort(key=lambda e: (int(e.data.get("start") or 0), e.predicate))
    return found


def _render_article(article: Article, lang: str) -> None:
    """An article's page: its metadata and every relation extracted from it."""
    proj = data.projection()
    st.header(article.title)
    st.markdown(f"{type_badge('Article', lang)} &nbsp; `{article.id}`")
    st.caption(source_line("", article.publisher or "", article.published or "", article.url or "", lang))
    edges = article_statements(proj, article.id)
    st.subheader(t("relations", lang))
    if not edges:
        st.info(t("no_relations", lang))
    for i, e in enumerate(edges):
        left, right = st.columns([2, 5])
        with left:
            entity_button(e.subject, _name(e.subject), key=f"art_s_{i}")
        with right:
            title = f" ({e.data['title']})" if e.data.get("title") else ""
            st.markdown(f"*{predicate_label(e.predicate, lang)}*{title} → **{_name(e.object)}**  \n"
                        f"> {e.data.get('sentence', '')}")
    with st.expander(t("art_text", lang)):
        st.text(article.text)
    share_link(lang, "entity", id=article.id)


def render(lang: str) -> None:
    entity_id = state.param("id")
    if not entity_id:
        st.header(t("view_entity", lang))
        st.info(t("entity_pick", lang))
        return
    store = data.store()
    entity = store.entity(entity_id)
    if entity is None and entity_id.startswith("article/"):
        article = store.article(entity_id)
        if article is not None:
            _render_article(article, lang)
            return
    if entity is None:
        st.header(t("view_entity", lang))
        st.warning(t("entity_missing", lang, id=entity_id))
        return
    st.header(entity.name)
    st.markdown(f"{type_badge(entity.type, lang)} &nbsp; `{entity.id}`")
    if entity.aliases:
        st.markdown(f"**{t('aliases', lang)}:** " + ", ".join(sorted(entity.aliases)))
    if entity.attrs:
        st.markdown(f"**{t('attrs', lang)}:** " + "; ".join(f"{k}: {v}" for k, v in sorted(entity.attrs.items())))
    cols = st.columns(2)
    with cols[0]:
        entity_button(entity.id, t("view_network", lang), key="ent_to_network", view="network")
    with cols[1]:
        st.button(t("view_paths", lang), key="ent_to_paths", on_click=state.goto, args=("paths",),
                  kwargs={"a": entity.id})

    edges = incident_edges(data.projection(), entity.id)
    _positions(facts(e for e in edges if e.predicate == "holds_position" and e.subject == entity.id), lang)
    _relations(entity.id, edges, lang)
    share_link(lang, "entity", id=entity.id)


def _span(fact: Fact) -> str:
    first, last = fact.first_seen, fact.last_seen
    return first if first == last else f"{first} – {last}" if first else ""


def _positions(held: list[Fact], lang: str) -> None:
    """Positions held: title, body, when articles reported it (first – last), number of sources."""
    if not held:
        return
    st.subheader(t("positions", lang))
    held = sorted(held, key=lambda f: f.last_seen, reverse=True)
    for f in held:
        when = _span(f)
        st.markdown(f"- **{f.title or '—'}**, {_name(f.object)}"
                    + (f" · {t('reported', lang)} {when}" if when else "")
                    + f" · {t('n_sources', lang, n=f.articles)}")


def _relations(entity_id: str, edges: list[Edge], lang: str) -> None:
    """Relations grouped by predicate (and direction); each fact once with all its sources."""
    st.subheader(t("relations", lang))
    if not edges:
        st.info(t("no_relations", lang))
    onto = ontology.load()
    groups: dict[tuple[str, bool], list[Edge]] = defaultdict(list)
    for e in edges:
        symmetric = e.predicate in onto.predicates and onto.predicates[e.predicate].symmetric
        groups[(e.predicate, symmetric or e.subject == entity_id)].append(e)
    for (pred, outgoing), rels in sorted(groups.items(), key=lambda kv: (kv[0][0], not kv[0][1])):
        grouped = facts(rels)
        heading = predicate_label(pred, lang) if outgoing else f"← {predicate_label(pred, lang)} {t('incoming', lang)}"
        with st.expander(f"{heading} ({len(grouped)})", expanded=len(groups) <= 6):
            for i, f in enumerate(grouped[:MAX_PER_GROUP]):
                _fact(entity_id, f, f"ent_rel_{pred}_{int(outgoing)}_{i}", lang)
            if len(grouped) > MAX_PER_GROUP:
                st.caption(t("more_facts", lang, n=len(grouped) - MAX_PER_GROUP))


def _fact(entity_id: str, f: Fact, key: str, lang: str) -> None:
    other = f.subject if f.object == entity_id else f.object
    left, right = st.columns([2, 5])
    with left:
        entity_button(other, _name(other), key=key)
        if f.title:
            st.caption(f"{t('title', lang)}: {f.title}")
        st.caption(t("n_sources", lang, n=f.articles) + (f" · {_span(f)}" if f.articles > 1 and _span(f) else ""))
    with right:
        for e in f.sources[:MAX_SOURCES]:
            d = e.data
            st.markdown(f"> {d.get('sentence', '')}")
            st.caption(source_line(str(d.get("article_title", "")), str(d.get("publisher", "")),
                                   str(d.get("published", "")), str(d.get("url", "")), lang))
        if len(f.sources) > MAX_SOURCES:
            st.caption(t("more_sources", lang, n=len(f.sources) - MAX_SOURCES))
