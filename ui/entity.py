"""Entity page: type, canonical name, aliases, positions held, relations grouped by predicate."""

from __future__ import annotations

from collections import defaultdict

import streamlit as st

from graph import ontology
from graph.model import Article, Relation
from graph.store.base import Store
from ui import data, state
from ui.i18n import predicate_label, t
from ui.widgets import entity_button, share_link, source_line, type_badge

MAX_PER_GROUP = 50


def _article(store: Store, cache: dict[str, Article | None], article_id: str) -> Article | None:
    if article_id not in cache:
        cache[article_id] = store.article(article_id)
    return cache[article_id]


def _name(entity_id: str) -> str:
    return data.projection().name(entity_id)


def render(lang: str) -> None:
    entity_id = state.param("id")
    if not entity_id:
        st.header(t("view_entity", lang))
        st.info(t("entity_pick", lang))
        return
    store = data.store()
    entity = store.entity(entity_id)
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

    relations = list(store.relations(entity.id))
    articles: dict[str, Article | None] = {}
    positions = [r for r in relations if r.predicate == "holds_position" and r.subject == entity.id]
    if positions:
        st.subheader(t("positions", lang))
        for r in positions:
            st.markdown(f"- **{r.title or '—'}**, {_name(r.object)}")

    st.subheader(t("relations", lang))
    if not relations:
        st.info(t("no_relations", lang))
    onto = ontology.load()
    groups: dict[tuple[str, bool], list[Relation]] = defaultdict(list)
    for r in relations:
        symmetric = r.predicate in onto.predicates and onto.predicates[r.predicate].symmetric
        groups[(r.predicate, symmetric or r.subject == entity.id)].append(r)
    for (pred, outgoing), rels in sorted(groups.items(), key=lambda kv: (kv[0][0], not kv[0][1])):
        heading = predicate_label(pred, lang) if outgoing else f"← {predicate_label(pred, lang)} {t('incoming', lang)}"
        with st.expander(f"{heading} ({len(rels)})", expanded=len(groups) <= 6):
            for i, r in enumerate(rels[:MAX_PER_GROUP]):
                other = r.subject if r.object == entity.id else r.object
                art = _article(store, articles, r.evidence.article_id)
                left, right = st.columns([2, 5])
                with left:
                    entity_button(other, _name(other), key=f"ent_rel_{pred}_{int(outgoing)}_{i}")
                    if r.title:
                        st.caption(f"{t('title', lang)}: {r.title}")
                with right:
                    st.markdown(f"> {r.evidence.sentence}")
                    st.caption(source_line(
                        art.title if art else "", (art.publisher or "") if art else "",
                        (art.published or "") if art else "", (art.url or "") if art else "", lang,
                    ))
    share_link(lang, "entity", id=entity.id)
