"""Query console: canned queries with forms built from their headers, or a raw read-only query."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

import streamlit as st

import queries
from graph.errors import SinergiError
from graph.store.base import Row
from queries import ParamSpec, Query
from ui import data, state
from ui.i18n import t

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 15
"""Seconds a console query may run (the coordination question takes 4 s in memory at 100k relations)."""
MAX_URL_QUERY = 1500
"""Raw queries up to this many characters are kept in the URL, so a query can be shared as a link."""
_STRINGS = {
    "sparql": re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*'),
    "cypher": re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`|//[^\n]*|/\*[\s\S]*?\*/'),
}
_WRITES = {
    "sparql": re.compile(r"(?<![?$:\w])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.IGNORECASE),
    "cypher": re.compile(r"(?<![$.\w])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|LOAD\s+CSV|FOREACH)\b",
                         re.IGNORECASE),
}


def write_keyword(text: str, dialect: str) -> str | None:
    """The first keyword that would modify the graph, ignoring strings, IRIs and comments."""
    bare = _STRINGS[dialect].sub(" ", text)
    m = _WRITES[dialect].search(bare)
    return m.group(1).upper() if m else None


def to_csv(rows: Sequence[Row]) -> str:
    columns: list[str] = []
    for row in rows:
        columns.extend(c for c in row if c not in columns)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _param_input(query: Query, spec: ParamSpec) -> object:
    key = f"con_p_{query.name}_{spec.name}"
    label = f"{spec.name} ({spec.type})"
    if spec.type == "int":
        return st.number_input(label, value=int(spec.default or 0), step=1, key=key, help=spec.doc or None)
    if spec.type == "float":
        return st.number_input(label, value=float(spec.default or 0), key=key, help=spec.doc or None)
    if key not in st.session_state:
        st.session_state[key] = state.param(f"p_{spec.name}", spec.default or "")
    value = st.text_input(label, key=key, help=spec.doc or None)
    state.publish(f"p_{spec.name}", value)
    return value


def _run(query: Query, params: dict[str, object] | None, limit: int, timeout: float, lang: str) -> None:
    """Run read-only with a row cap (one row more, to tell the user there were more) and a time limit."""
    try:
        rows = data.store().run(query, query.bind(params) if query.params else None, max_rows=limit + 1,
                                timeout=timeout)
    except SinergiError as exc:
        st.session_state["con_result"] = None
        st.error(t("query_error", lang, error=exc))
        return
    st.session_state["con_result"] = (query.name, rows[:limit], len(rows))


def _show_result(lang: str) -> None:
    result = st.session_state.get("con_result")
    if not result:
        return
    name, rows, total = result
    st.caption(t("rows", lang, n=len(rows)) if len(rows) == total else t("rows_truncated", lang, n=len(rows)))
    st.dataframe(rows, hide_index=True, width="stretch")
    st.download_button(t("download_csv", lang), to_csv(rows), file_name=f"{name}.csv", mime="text/csv",
                       key="con_download")


def render(lang: str) -> None:
    st.header(t("view_console", lang))
    dialect = data.dialect()
    modes = ["canned", "raw"]
    if "con_mode" not in st.session_state:
        st.session_state["con_mode"] = "raw" if state.param("mode") == "raw" else "canned"
    mode = st.radio(t("mode", lang), modes, key="con_mode", horizontal=True,
                    format_func=lambda m: t("canned", lang) if m == "canned" else t("raw_query", lang, dialect=dialect))
    state.publish("mode", mode if mode != "canned" else None)
    left, right = st.columns(2)
    with left:
        limit = int(st.number_input(t("row_limit", lang), min_value=1, max_value=100_000, value=DEFAULT_LIMIT,
                                    key="con_limit"))
    with right:
        timeout = float(st.number_input(t("time_limit", lang), min_value=1, max_value=300, value=DEFAULT_TIMEOUT,
                                        key="con_timeout"))
    if mode == "canned":
        names = queries.names(dialect)
        if not names:
            st.info(t("no_queries", lang, dialect=dialect))
            return
        if "con_name" not in st.session_state:
            wanted = state.param("query")
            st.session_state["con_name"] = wanted if wanted in names else names[0]
        name = str(st.selectbox(t("canned", lang), names, key="con_name",
                                format_func=lambda n: f"{queries.load(n, dialect).title or n} ({n})"))
        state.publish("query", name)
        query = queries.load(name, dialect)
        if query.description:
            st.caption(query.description)
        params = {spec.name: _param_input(query, spec) for spec in query.params}
        if st.button(t("run", lang), key="con_run", type="primary"):
            _run(query, params, limit, timeout, lang)
        with st.expander(query.path.name if query.path else name):
            st.code(query.text, language="sparql" if dialect == "sparql" else "cypher")
    else:
        if "con_raw" not in st.session_state:
            st.session_state["con_raw"] = state.param("text")
        text = st.text_area(t("raw_query", lang, dialect=dialect), key="con_raw", height=200)
        state.publish("text", text.strip() if len(text) <= MAX_URL_QUERY else None)
        if st.button(t("run", lang), key="con_run_raw", type="primary") and text.strip():
            word = write_keyword(text, dialect)
            if word:
                st.session_state["con_result"] = None
                st.error(t("read_only", lang, word=word))
            else:
                _run(queries.raw(text, dialect), None, limit, timeout, lang)
    _show_result(lang)
