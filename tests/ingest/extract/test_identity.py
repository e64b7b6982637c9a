"""Cross-article identity: the same thing gets the same id in every article, different things do not."""

from __future__ import annotations

from graph.model import Article, ArticleGraph
from ingest.pipeline import extract


def _g(aid: str, text: str) -> ArticleGraph:
    return extract(Article(id=f"article/{aid}", title="", text=text, published="2024-02-01"))


def _ids(g: ArticleGraph, type_name: str) -> dict[str, str]:
    return {e.name: e.id for e in g.entities if e.type == type_name}


def test_bodies_named_differently_share_an_id_but_keep_jurisdiction() -> None:
    a = _g("a", "Bawaslu DKI menggelar rapat koordinasi di Jakarta, Senin (29/1/2024).")
    b = _g("b", "Badan Pengawas Pemilu Provinsi DKI Jakarta menggelar rapat koordinasi, Selasa (30/1/2024).")
    c = _g("c", "Bawaslu Jakarta Pusat menggelar rapat koordinasi, Senin (29/1/2024).")
    assert _ids(a, "Organization") == _ids(b, "Organization") == {"Bawaslu DKI Jakarta": "org/bawaslu-dki-jakarta"}
    assert _ids(c, "Organization") == {"Bawaslu Jakarta Pusat": "org/bawaslu-jakarta-pusat"}


def test_generic_event_names_are_told_apart_by_date_or_article() -> None:
    a = _g("a", "KPU Kota Cirebon menggelar rapat koordinasi di Aula KPU Kota Cirebon, Senin (29/1/2024).")
    b = _g("b", "KPU Kota Cirebon menggelar rapat koordinasi pada Senin (29/1/2024) di Cirebon.")
    c = _g("c", "KPU Kota Cirebon menggelar rapat koordinasi di Aula KPU Kota Cirebon, Selasa (30/1/2024).")
    d = _g("d", "KPU Kota Cirebon menggelar rapat koordinasi di Aula KPU Kota Cirebon.")
    e = _g("e", "KPU Kota Cirebon menggelar rapat koordinasi di Aula KPU Kota Cirebon.")
    same = _ids(a, "Event")["rapat koordinasi"]
    assert _ids(b, "Event")["rapat koordinasi"] == same
    assert _ids(c, "Event")["rapat koordinasi"] != same
    assert _ids(d, "Event")["rapat koordinasi"] != _ids(e, "Event")["rapat koordinasi"]
    assert [ev.attrs.get("date") for ev in a.entities if ev.type == "Event"] == ["2024-01-29"]
