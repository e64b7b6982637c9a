"""In-article resolution: short names, pronouns in quotes, title-only references, bare heads."""

from __future__ import annotations

from graph.model import Article, ArticleGraph
from ingest.pipeline import extract

TEXT = (
    "Asisten Pemerintahan (Aspem) Setda Kota Cirebon Budi Santosa membuka rapat koordinasi persiapan Pemilu 2024 "
    "yang digelar Bawaslu Kota Cirebon di Aula Balai Kota Cirebon, Senin (29/1/2024).\n\n"
    "Aspem mengatakan pemerintah kota siap membantu.\n\n"
    "Ketua Bawaslu Kota Cirebon, Rahmat Hidayat, menyebut pengawasan tahapan butuh dukungan banyak pihak. "
    "\"Kami bekerja sama dengan Polres Cirebon Kota sejak awal,\" ujarnya.\n\n"
    "Menurut Hidayat, Bawaslu juga menggandeng kampus."
)


def _graph() -> ArticleGraph:
    return extract(Article(id="article/a", title="", text=TEXT, published="2024-01-30"))


def test_short_forms_are_aliases_pronouns_and_titles_are_not() -> None:
    people = {e.name: e for e in _graph().entities if e.type == "Person"}
    assert set(people) == {"Budi Santosa", "Rahmat Hidayat"}
    assert people["Rahmat Hidayat"].aliases == {"Hidayat"}
    assert "Aspem" not in people["Budi Santosa"].aliases


def test_pronoun_in_quote_speaks_for_the_speakers_body() -> None:
    g = _graph()
    names = {e.id: e.name for e in g.entities}
    rels = {(names[r.subject], r.predicate, names[r.object]) for r in g.relations}
    assert ("Bawaslu Kota Cirebon", "coordinates_with", "Polres Cirebon Kota") in rels
    assert ("Budi Santosa", "speaks_at", "rapat koordinasi persiapan Pemilu 2024") in rels
    assert ("rapat koordinasi persiapan Pemilu 2024", "organized_by", "Bawaslu Kota Cirebon") in rels
    assert ("Budi Santosa", "holds_position", "Setda Kota Cirebon") in rels


def test_bare_head_after_the_named_body_is_the_same_body() -> None:
    orgs = {e.name: e for e in _graph().entities if e.type == "Organization"}
    assert "Bawaslu" not in orgs
    assert "Bawaslu" in orgs["Bawaslu Kota Cirebon"].aliases
