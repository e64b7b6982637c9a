"""Add articles: paste or upload, preview what extraction finds (with evidence), then save."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import streamlit as st

from graph.errors import SinergiError
from graph.model import Article, ArticleGraph
from ui import data
from ui.i18n import predicate_label, t, type_label

Extractor = Callable[[Article], ArticleGraph]


def extractor() -> Extractor:
    """``ingest.pipeline.extract`` (imported late: the pipeline loads its resources on first use)."""
    extract: Extractor = importlib.import_module("ingest.pipeline").extract
    return extract


def pasted_article(title: str, text: str, published: str, publisher: str, url: str) -> Article | str:
    """An Article from the form, or the message explaining what to fix."""
    from ingest.readers.files import iso_date, make_article

    if not title.strip() or not text.strip():
        return "need_text"
    day: str | None = None
    if published.strip():
        try:
            day = iso_date(published)
        except ValueError:
            return "bad_date"
    return make_article(title, text, "form", day, publisher or None, url or None)


def uploaded_articles(name: str, payload: bytes) -> tuple[list[Article], list[str]]:
    """Articles in an uploaded file (any format the readers take), plus one message per unusable part."""
    from ingest.readers import read_upload
    from ingest.readers.problems import ReadProblem

    items = list(read_upload(name, payload))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [str(i) for i in items if isinstance(i, ReadProblem)]
    return articles, problems


def _preview(graph: ArticleGraph, lang: str) -> None:
    names = {e.id: e.name for e in graph.entities}
    names[graph.article.id] = graph.article.title
    st.markdown(f"**{graph.article.title}** — " + t("preview", lang, entities=len(graph.entities),
                                                      relations=len(graph.relations)))
    st.dataframe([{t("name", lang): e.name, t("search_type", lang): type_label(e.type, lang),
                   t("aliases", lang): ", ".join(sorted(e.aliases))} for e in graph.entities],
                 hide_index=True, width="stretch")
    st.dataframe([{t("subject", lang): names.get(r.subject, r.subject),
                   t("predicate", lang): predicate_label(r.predicate, lang),
                   t("object", lang): names.get(r.object, r.object), t("title", lang): r.title or "",
                   t("evidence", lang): r.evidence.sentence} for r in graph.relations],
                 hide_index=True, width="stretch")


def render(lang: str) -> None:
    st.header(t("view_add", lang))
    st.caption(t("add_intro", lang))
    with st.form("add_form"):
        title = st.text_input(t("art_title", lang), key="add_title")
        text = st.text_area(t("art_text", lang), key="add_text", height=220)
        c1, c2, c3 = st.columns(3)
        published = c1.text_input(t("art_date", lang), key="add_date")
        publisher = c2.text_input(t("art_outlet", lang), key="add_outlet")
        url = c3.text_input(t("art_url", lang), key="add_url")
        files = st.file_uploader(t("upload", lang), type=["txt", "jsonl", "html", "htm", "xml", "rss", "atom"], accept_multiple_files=True,
                                 key="add_files")
        submitted = st.form_submit_button(t("extract", lang))
    if submitted:
        articles: list[Article] = []
        problems: list[str] = []
        if title.strip() or text.strip():
            made = pasted_article(title, text, published, publisher, url)
            if isinstance(made, str):
                problems.append(t(made, lang, value=published))
            else:
                articles.append(made)
        for f in files or []:
            found, bad = uploaded_articles(f.name, f.getvalue())
            articles += found
            problems += bad
        if not articles and not problems:
            problems.append(t("need_text", lang))
        for p in problems:
            st.error(p)
        try:
            extract = extractor()
            st.session_state["add_preview"] = [extract(a) for a in articles]
        except (ImportError, SinergiError) as exc:
            st.session_state["add_preview"] = []
            st.error(t("extract_missing", lang, error=exc))
    graphs: list[ArticleGraph] = st.session_state.get("add_preview") or []
    for g in graphs:
        _preview(g, lang)
    if graphs and st.button(t("commit", lang), key="add_commit", type="primary"):
        data.store().write(graphs)
        data.invalidate()
        st.session_state["add_preview"] = []
        st.success(t("committed", lang, n=len(graphs)))
