"""Organisation names: regional branches of named bodies, church and youth bodies, study centres,
district-level election bodies (sentences written here)."""

from __future__ import annotations

from graph.model import Article
from ingest.pipeline import extract


def _orgs(text: str) -> dict[str, set[str]]:
    g = extract(Article(id="article/o", title="", text=text, published="2024-06-01"))
    return {e.name: set(e.aliases) for e in g.entities if e.type == "Organization"}


def test_regional_branch_of_a_named_body_keeps_its_region() -> None:
    orgs = _orgs("PMI Kota Sorong dan GP Ansor Kabupaten Merauke ikut membantu distribusi logistik.")
    assert "PMI Kota Sorong" in orgs
    assert "GP Ansor Kabupaten Merauke" in orgs
    assert "Gerakan Pemuda Ansor" not in orgs


def test_national_form_stays_national() -> None:
    orgs = _orgs("Komisi Pemberantasan Korupsi hadir dalam rapat itu.")
    assert "Komisi Pemberantasan Korupsi" in orgs


def test_church_and_youth_bodies() -> None:
    orgs = _orgs("Bawaslu Kabupaten Biak Numfor bersinergi dengan Klasis GKI Biak Selatan dan Pemuda Katolik "
                 "Komda Papua.")
    assert "Klasis GKI Biak Selatan" in orgs
    assert "Pemuda Katolik Komda Papua" in orgs


def test_district_supervisors_in_papua() -> None:
    orgs = _orgs("Panwaslu Distrik Sentani Timur mengawasi rekapitulasi di tingkat distrik.")
    assert "Panwaslu Distrik Sentani Timur" in orgs


def test_study_centre_named_with_its_university() -> None:
    g = extract(Article(id="article/o", title="", text="Pusat Studi Kebijakan Publik Universitas Cenderawasih "
                        "menggelar diskusi publik.", published="2024-06-01"))
    names = {e.id: e.name for e in g.entities}
    assert "Pusat Studi Kebijakan Publik Universitas Cenderawasih" in names.values()
    assert ("Pusat Studi Kebijakan Publik Universitas Cenderawasih", "part_of", "Universitas Cenderawasih") in {
        (names[r.subject], r.predicate, names[r.object]) for r in g.relations}


def test_second_village_in_a_list_is_a_place() -> None:
    g = extract(Article(id="article/o", title="", text="Banjir merendam rumah warga di Kelurahan Alalak Utara dan "
                        "Kuin Cerucuk sejak Jumat malam.", published="2024-06-01"))
    types = {e.name: e.type for e in g.entities}
    assert types.get("Kuin Cerucuk") == "Location"


def test_jakarta_sub_agencies_and_district_units() -> None:
    orgs = _orgs("Sudinkes Jakarta Utara bekerja sama dengan Puskesmas Kecamatan Koja membuka posko.")
    assert "Sudinkes Jakarta Utara" in orgs
    g = extract(Article(id="article/o", title="", text="Puskesmas Kecamatan Koja membuka posko.", published="2024-06-01"))
    assert not [e for e in g.entities if e.type == "Location" and "Koja" in e.name]


def test_deputy_police_chiefs_and_their_ranks() -> None:
    g = extract(Article(id="article/o", title="", text="Rapat dihadiri Wakapolres Tidore Kompol Arief Mahmud serta "
                        "Wakapolda Brigjen Pol Yohanes Napitupulu.", published="2024-06-01"))
    names = {e.id: e.name for e in g.entities}
    people = {e.name for e in g.entities if e.type == "Person"}
    assert {"Arief Mahmud", "Yohanes Napitupulu"} <= people
    assert ("Arief Mahmud", "holds_position", "Polres Tidore") in {
        (names[r.subject], r.predicate, names[r.object]) for r in g.relations}


def test_bare_head_after_two_bodies_joins_the_last_named() -> None:
    orgs = _orgs("KPU Kota Tidore Kepulauan berkoordinasi dengan KPU Kabupaten Halmahera Tengah. "
                 "KPU kemudian menetapkan jadwal distribusi logistik.")
    assert "KPU" not in orgs


def test_expanded_district_supervisor_is_one_body() -> None:
    g = extract(Article(id="article/o", title="", text="Panitia Pengawas Pemilihan Umum (Panwaslu) Kecamatan Wonosari "
                        "menggelar bimtek. Ketua Panwaslu Kecamatan Wonosari, Rina Astuti, membuka acara.",
                        published="2024-06-01"))
    orgs = [e.name for e in g.entities if e.type == "Organization"]
    assert orgs == ["Panwaslu Kecamatan Wonosari"]
    assert not [e for e in g.entities if e.type == "Location" and e.name == "Kecamatan Wonosari"]
