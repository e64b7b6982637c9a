"""Export view: download the whole graph as Turtle, JSON-LD, N-Quads, GraphML, GEXF or CSV (via graph.export).

The network view offers the part it draws through :func:`view_download`."""

from __future__ import annotations

import io

import networkx as nx
import streamlit as st

from graph import export as graph_export
from graph.errors import SinergiError
from graph.store.base import Store
from ui import data, state
from ui.i18n import t

FORMATS: dict[str, tuple[str, str, str]] = {
    # graph.export format: (label, file name, MIME type)
    "ttl": ("Turtle (RDF)", "sinergi.ttl", "text/turtle"),
    "jsonld": ("JSON-LD (RDF)", "sinergi.jsonld", "application/ld+json"),
    "nq": ("N-Quads (RDF)", "sinergi.nq", "application/n-quads"),
    "graphml": ("GraphML", "sinergi.graphml", "application/graphml+xml"),
    "gexf": ("GEXF (Gephi)", "sinergi.gexf", "application/gexf+xml"),
    "csv": ("CSV (nodes.csv + edges.csv, zip)", "sinergi-csv.zip", "application/zip"),
}


def payload(store: Store, fmt: str) -> bytes:
    """The file for ``fmt``, in memory."""
    if fmt == "csv":
        return graph_export.zip_bytes(graph_export.csv_tables(store))
    out = io.BytesIO()
    graph_export.write_text(store, fmt, out)
    return out.getvalue()


def render(lang: str) -> None:
    st.header(t("view_export", lang))
    st.caption(t("export_intro", lang))
    if "exp_format" not in st.session_state:
        wanted = state.param("format")
        st.session_state["exp_format"] = wanted if wanted in FORMATS else "ttl"
    fmt = str(st.radio(t("export_format", lang), list(FORMATS), key="exp_format", horizontal=True,
                       format_func=lambda f: FORMATS[f][0]))
    state.publish("format", fmt)
    label, file_name, mime = FORMATS[fmt]
    if st.button(t("prepare", lang), key="exp_prepare"):
        try:
            st.session_state["exp_payload"] = (fmt, payload(data.store(), fmt))
        except SinergiError as exc:
            st.session_state["exp_payload"] = None
            st.error(t("export_missing", lang, fmt=label, error=exc))
    ready = st.session_state.get("exp_payload")
    if ready and ready[0] == fmt:
        st.download_button(f"{t('download', lang)} {file_name}", ready[1], file_name=file_name, mime=mime,
                           key="exp_download")


VIEW_FORMATS: dict[str, tuple[str, str, str]] = {
    "graphml": ("GraphML", "graphml", "application/graphml+xml"),
    "gexf": ("GEXF (Gephi)", "gexf", "application/gexf+xml"),
    "csv": ("CSV (zip)", "zip", "application/zip"),
}


def view_download(G: nx.MultiDiGraph, stem: str, key: str, lang: str) -> None:
    """Format choice and download button for the graph a view draws (nodes, edges, evidence)."""
    with st.expander(t("export_view", lang)):
        fmt = str(st.radio(t("export_format", lang), list(VIEW_FORMATS), key=f"{key}_fmt", horizontal=True,
                           format_func=lambda f: VIEW_FORMATS[f][0]))
        _label, ext, mime = VIEW_FORMATS[fmt]
        st.download_button(f"{t('download', lang)} {stem}.{ext}", graph_export.network_bytes(G, fmt),
                           file_name=f"{stem}.{ext}", mime=mime, key=f"{key}_download")
