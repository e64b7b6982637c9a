"""Extraction rules for styles seen outside the capital: party tiers, regional units, semicolon lists,
presence and absence cues. Sentences written here, people invented."""

from __future__ import annotations

from graph.model import Article, ArticleGraph
from ingest.pipeline import extract


def _graph(text: str, title: str = "") -> ArticleGraph:
    return extract(Article(id="t/1", title=title, text=text))


def _names(g: ArticleGraph, type_name: str) -> set[str]:
    return {e.name for e in g.entities if e.type == type_name}


def _facts(g: ArticleGraph) -> set[tuple[str, str, str]]:
    name = {e.id: e.name for e in g.entities}
    return {(name.get(r.subject, r.subject), r.predicate, name.get(r.object, r.object)) for r in g.relations}


def test_party_tier_with_party_and_region_is_one_organisation() -> None:
    g = _graph("Dewan Pimpinan Cabang (DPC) PDI Perjuangan Kabupaten Sleman menggelar rapat koordinasi di Sleman. "
               "Rapat diikuti DPD Partai Golkar Kabupaten Sleman dan PAC PDI Perjuangan.")
    orgs = _names(g, "Organization")
    assert {"DPC PDI Perjuangan Kabupaten Sleman", "DPD Partai Golkar Kabupaten Sleman", "PAC PDI Perjuangan"} <= orgs
    assert not orgs & {"DPC", "DPD", "PAC", "Partai Demokrasi Indonesia Perjuangan"}


def test_invited_but_undecided_parties_do_not_attend() -> None:
    g = _graph("DPC Partai Gerindra Kabupaten Bantul menggelar deklarasi dukungan di Bantul. "
               "Partai Demokrat yang sempat diajak bergabung hingga kini belum menyatakan sikap.")
    assert not [f for f in _facts(g) if f[1] == "attends"]
