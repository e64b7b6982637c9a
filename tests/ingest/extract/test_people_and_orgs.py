"""Names and organisations on short texts written for these tests."""

from __future__ import annotations

from graph.model import Article, ArticleGraph, Entity
from ingest.pipeline import extract


def _graph(text: str, title: str = "") -> ArticleGraph:
    return extract(Article(id="article/t", title=title, text=text, published="2024-02-01"))


def _by_type(g: ArticleGraph, type_name: str) -> dict[str, Entity]:
    return {e.name: e for e in g.entities if e.type == type_name}


def _positions(g: ArticleGraph) -> set[tuple[str, str, str | None]]:
    names = {e.id: e.name for e in g.entities}
    return {(names[r.subject], names[r.object], r.title) for r in g.relations if r.predicate == "holds_position"}


def test_honorifics_and_degrees_are_stripped_and_kept_as_alias() -> None:
    g = _graph("Ketua KPU Kota Cirebon, Dr. H. Ahmad Fauzi Ramli, S.H., M.Si., membuka acara itu. "
               "Ahmad menyebut persiapan sudah matang.")
    people = _by_type(g, "Person")
    assert "Ahmad Fauzi Ramli" in people
    assert "Dr. H. Ahmad Fauzi Ramli, S.H., M.Si." in people["Ahmad Fauzi Ramli"].aliases
    assert "Ahmad" in people["Ahmad Fauzi Ramli"].aliases
    assert ("Ahmad Fauzi Ramli", "KPU Kota Cirebon", "Ketua") in _positions(g)


def test_ranks_dropped_particles_kept() -> None:
    g = _graph("Rapat dihadiri Kapolres Cirebon AKBP Andi Baso Tenri dan Ketua Bawaslu Kota Cirebon "
               "I Made Sukarta.")
    people = _by_type(g, "Person")
    assert {"Andi Baso Tenri", "I Made Sukarta"} <= set(people)
    assert ("Andi Baso Tenri", "Polres Cirebon", "Kapolres") in _positions(g)
    assert ("I Made Sukarta", "Bawaslu Kota Cirebon", "Ketua") in _positions(g)


def test_title_after_the_name_and_division_titles() -> None:
    g = _graph("Rina Kartini, Koordinator Divisi Hukum dan Penyelesaian Sengketa Bawaslu Kabupaten Garut, "
               "menjelaskan aturan itu.")
    assert ("Rina Kartini", "Bawaslu Kabupaten Garut", "Koordinator Divisi Hukum dan Penyelesaian Sengketa") \
        in _positions(g)


def test_one_body_under_several_surface_forms_keeps_jurisdiction() -> None:
    g = _graph("Badan Pengawas Pemilu Provinsi DKI Jakarta menggelar rapat. Bawaslu DKI menyebut rapat penting. "
               "Bawaslu Jakarta Pusat juga hadir.")
    orgs = _by_type(g, "Organization")
    dki = [e for e in orgs.values() if "Bawaslu DKI" in e.aliases or e.name == "Bawaslu DKI"]
    assert len(dki) == 1 and dki[0].name == "Bawaslu DKI Jakarta"
    assert "Bawaslu Jakarta Pusat" in orgs


def test_generic_references_are_not_entities() -> None:
    g = _graph("Pemerintah daerah dan partai politik diminta mendukung penyelenggara pemilu.")
    assert _by_type(g, "Organization") == {}


def test_similar_named_bodies_stay_apart_and_ambiguous_short_form_joins_the_named_one() -> None:
    g = _graph("KPU Kabupaten Bekasi menggelar rapat. Menurut Ahmad Fauzi (Ketua KPU Bekasi), rapat itu penting. "
               "Bawaslu Kota Bekasi dan Bawaslu Kabupaten Bekasi juga hadir.")
    orgs = _by_type(g, "Organization")
    assert set(orgs) == {"KPU Kabupaten Bekasi", "Bawaslu Kota Bekasi", "Bawaslu Kabupaten Bekasi"}
    assert orgs["KPU Kabupaten Bekasi"].aliases == {"KPU Bekasi"}
    assert ("Ahmad Fauzi", "KPU Kabupaten Bekasi", "Ketua") in _positions(g)


def test_acronym_defined_once_names_the_body_later() -> None:
    g = _graph("Tim terdiri atas unsur Majelis Permusyawaratan Ulama (MPU) Aceh. "
               "Wakil Ketua MPU Aceh, Teuku Ramli, memimpin penilaian.")
    orgs = _by_type(g, "Organization")
    assert "MPU Aceh" in orgs
    assert "Majelis Permusyawaratan Ulama Aceh" in orgs["MPU Aceh"].aliases
    assert ("Teuku Ramli", "MPU Aceh", "Wakil Ketua") in _positions(g)


def test_positions_introduced_by_selaku_sebagai_yang_juga() -> None:
    from graph.model import Article
    from ingest.pipeline import extract

    text = ("Yusran Latief selaku Ketua Bawaslu Kota Palopo membuka rapat. Hadir pula Nur Asia, yang juga Kepala "
            "Kesbangpol Kota Palopo. Sementara itu, Syahrir sebagai Koordinator Divisi Hukum Bawaslu Kota Palopo "
            "menjelaskan aturan.")
    g = extract(Article(id="article/p", title="", text=text, published="2024-06-01"))
    names = {e.id: e.name for e in g.entities}
    got = {(names[r.subject], names[r.object], r.title) for r in g.relations if r.predicate == "holds_position"}
    assert ("Yusran Latief", "Bawaslu Kota Palopo", "Ketua") in got
    assert ("Nur Asia", "Kesbangpol Kota Palopo", "Kepala") in got
    assert ("Syahrir", "Bawaslu Kota Palopo", "Koordinator Divisi Hukum") in got
    assert not [r for r in g.relations if r.predicate == "attends" and names[r.subject] == "Kesbangpol Kota Palopo"]
