"""Export view: download the whole graph as Turtle, JSON-LD, GraphML or CSV."""

from __future__ import annotations

import importlib
from collections.abc import Callable

import streamlit as st

from graph.store.base import Store
from ui import data, exporters
from ui.i18n import t

FORMATS: dict[str, tuple[str, str, str]] = {
    # key: (label, file name, MIME type)
    "turtle": ("Turtle (RDF)", "sinergi.ttl", "text/turtle"),
    "jsonld": ("JSON-LD (RDF)", "sinergi.jsonld", "application/ld+json"),
    "graphml": ("GraphML", "sinergi.graphml", "application/graphml+xml"),
    "csv": ("CSV", "sinergi-relations.csv", "text/csv"),
}


def rdf_exporter(fmt: str) -> Callable[[Store], str | bytes]:
    """The RDF serialiser of ``graph.export`` for ``fmt`` (ImportError/AttributeError when absent)."""
    fn: Callable[[Store, str], str | bytes] = importlib.import_module("graph.export").export
    return lambda store: fn(store, fmt)


def payload(fmt: str) -> str | bytes:
    if fmt == "graphml":
        return exporters.graphml(data.projection())
    if fmt == "csv":
        return exporters.relations_csv(data.projection())
    return rdf_exporter(fmt)(data.store())


def render(lang: str) -> None:
    st.header(t("view_export", lang))
    st.caption(t("export_intro", lang))
    fmt = str(st.radio(t("export_format", lang), list(FORMATS), key="exp_format", horizontal=True,
                       format_func=lambda f: FORMATS[f][0]))
    label, file_name, mime = FORMATS[fmt]
    if st.button(t("prepare", lang), key="exp_prepare"):
        try:
            st.session_state["exp_payload"] = (fmt, payload(fmt))
        except (ImportError, AttributeError) as exc:
            st.session_state["exp_payload"] = None
            st.error(t("export_missing", lang, fmt=label, error=exc))
    ready = st.session_state.get("exp_payload")
    if ready and ready[0] == fmt:
        st.download_button(f"{t('download', lang)} {file_name}", ready[1], file_name=file_name, mime=mime,
                           key="exp_download")
