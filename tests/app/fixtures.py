"""A small hand-made graph (invented people and bodies) for the explorer's tests.

Three articles from two outlets on three dates; a chain Person → Org → Event ← Org ← Person so
paths have two routes; an isolated law so "no path" can be checked; a body in another province (Bali, known only
from its name) for the province filter; aliases and titles so search
can be checked for case, title and typo tolerance.
"""

from __future__ import annotations

from pathlib import Path

from graph.model import Article, ArticleGraph, Entity, Evidence, Relation, entity_id
from graph.store import open_store


def _e(type_name: str, name: str, *aliases: str, **attrs: str) -> Entity:
    return Entity(entity_id(type_name, name), type_name, name, set(aliases), dict(attrs))


RAHMAT = _e("Person", "Rahmat Sudibyo", "Rahmat")
SEKAR = _e("Person", "Sekar Wulandari", "Sekar")
YOHANES = _e("Person", "Yohanes Tamba")
BAWASLU = _e("Organization", "Bawaslu Kota Tasikmalaya", "Bawaslu Tasikmalaya", region="Tasikmalaya")
KPU = _e("Organization", "KPU Kota Tasikmalaya", "Komisi Pemilihan Umum Kota Tasikmalaya", region="Tasikmalaya")
PEMKOT = _e("Organization", "Pemkot Tasikmalaya", "Pemerintah Kota Tasikmalaya", region="Tasikmalaya")
KPU_SUMEDANG = _e("Organization", "KPU Kabupaten Sumedang", "KPU Sumedang", region="Sumedang")
BAWASLU_TABANAN = _e("Organization", "Bawaslu Kabupaten Tabanan")
RAKOR = _e("Event", "Rapat koordinasi pengawasan tahapan Pilkada", date="2024-05-14")
SOSIALISASI = _e("Event", "Sosialisasi pemutakhiran data pemilih", date="2024-06-02")
CITY = _e("Location", "Tasikmalaya")
PILKADA = _e("Election", "Pilkada Kota Tasikmalaya 2024")
UU = _e("Law", "UU Nomor 10 Tahun 2016")
LONELY = _e("Law", "Perda Nomor 3 Tahun 2019")

ART1 = Article("article/fixture-one", "Bawaslu dan KPU Tasikmalaya Bersinergi Awasi Pilkada",
               "", "2024-05-15", "Kabar Priangan", "https://example.org/kabar/1")
ART2 = Article("article/fixture-two", "Pemkot Tasikmalaya Dukung Penyelenggaraan Pilkada",
               "", "2024-06-03", "Warta Galuh", "https://example.org/warta/2")
ART3 = Article("article/fixture-three", "KPU Sumedang Belajar dari Tasikmalaya",
               "", "2024-07-01", "Kabar Priangan", None)

S1 = "Ketua Bawaslu Kota Tasikmalaya Rahmat Sudibyo menjadi narasumber rapat koordinasi pengawasan tahapan Pilkada."
S2 = "Ketua KPU Kota Tasikmalaya Sekar Wulandari hadir dalam rapat koordinasi tersebut."
S3 = "Rapat itu diselenggarakan Bawaslu Kota Tasikmalaya di Tasikmalaya."
S4 = "Bawaslu berkoordinasi dengan KPU Kota Tasikmalaya untuk mengawasi Pilkada Kota Tasikmalaya 2024."
S5 = "Rahmat menyebut UU Nomor 10 Tahun 2016 sebagai dasar pengawasan."
S6 = "Pemkot Tasikmalaya mendukung penyelenggaraan Pilkada Kota Tasikmalaya 2024."
S7 = "Pemkot Tasikmalaya menggelar sosialisasi pemutakhiran data pemilih bersama KPU Kota Tasikmalaya."
S8 = "Reporter: Yohanes Tamba"
S9 = "KPU Kabupaten Sumedang berkoordinasi dengan KPU Kota Tasikmalaya soal pemutakhiran data."
S10 = "KPU Kabupaten Sumedang juga berkoordinasi dengan Bawaslu Kabupaten Tabanan."


def _ev(article: Article, sentence: str) -> Evidence:
    start = article.text.find(sentence)
    assert start >= 0, f"fixture sentence not in {article.id}: {sentence}"
    return Evidence(article.id, sentence, start, start + len(sentence), "fixture.v1", 1.0)


def _with_text(article: Article, *sentences: str) -> Article:
    article.text = " ".join(sentences)
    return article


def graphs() -> list[ArticleGraph]:
    a1 = _with_text(ART1, S1, S2, S3, S4, S5, S8)
    a2 = _with_text(ART2, S6, S7)
    a3 = _with_text(ART3, S9, S10)
    g1 = ArticleGraph(a1, [RAHMAT, SEKAR, YOHANES, BAWASLU, KPU, RAKOR, CITY, PILKADA, UU], [
        Relation(RAHMAT.id, "holds_position", BAWASLU.id, _ev(a1, S1), title="Ketua"),
        Relation(RAHMAT.id, "speaks_at", RAKOR.id, _ev(a1, S1)),
        Relation(SEKAR.id, "holds_position", KPU.id, _ev(a1, S2), title="Ketua"),
        Relation(SEKAR.id, "attends", RAKOR.id, _ev(a1, S2)),
        Relation(RAKOR.id, "organized_by", BAWASLU.id, _ev(a1, S3)),
        Relation(RAKOR.id, "held_at", CITY.id, _ev(a1, S3)),
        Relation(BAWASLU.id, "coordinates_with", KPU.id, _ev(a1, S4)),
        Relation(BAWASLU.id, "supervises", PILKADA.id, _ev(a1, S4)),
        Relation(RAHMAT.id, "cites", UU.id, _ev(a1, S5)),
        Relation(a1.id, "reported_by", YOHANES.id, _ev(a1, S8)),
    ])
    g2 = ArticleGraph(a2, [PEMKOT, KPU, SOSIALISASI, PILKADA], [
        Relation(PEMKOT.id, "supports", PILKADA.id, _ev(a2, S6)),
        Relation(SOSIALISASI.id, "organized_by", PEMKOT.id, _ev(a2, S7)),
        Relation(SOSIALISASI.id, "organized_by", KPU.id, _ev(a2, S7)),
    ])
    g3 = ArticleGraph(a3, [KPU_SUMEDANG, KPU, BAWASLU_TABANAN, LONELY], [
        Relation(KPU_SUMEDANG.id, "coordinates_with", KPU.id, _ev(a3, S9)),
        Relation(KPU_SUMEDANG.id, "coordinates_with", BAWASLU_TABANAN.id, _ev(a3, S10)),
    ])
    return [g1, g2, g3]


def build_store(directory: Path) -> str:
    """Write the fixture into an on-disk Oxigraph store and return its URL (store closed again)."""
    url = f"oxigraph:{directory}"
    store = open_store(url)
    try:
        store.write(graphs())
    finally:
        store.close()
    return url
