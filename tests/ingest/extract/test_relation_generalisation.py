"""General relation rules for styles the dev set lacks: long event names that spell out an election,
field activities named by their verb, planned follow-ups. Sentences written here, people invented."""

from __future__ import annotations

from graph.model import Article, ArticleGraph
from ingest.pipeline import extract


def _graph(text: str, title: str = "") -> ArticleGraph:
    return extract(Article(id="t/1", title=title, text=text))


def _facts(g: ArticleGraph) -> set[tuple[str, str, str]]:
    name = {e.id: e.name for e in g.entities}
    return {(name.get(r.subject, r.subject), r.predicate, name.get(r.object, r.object)) for r in g.relations}


def test_long_event_name_ends_with_the_election_it_spells_out() -> None:
    g = _graph("KPU Kota Palu menggelar simulasi pemungutan dan penghitungan suara Pemilihan Wali Kota dan "
               "Wakil Wali Kota Palu 2024 di Kantor Kelurahan Besusu, Sabtu (9/11/2024).")
    event = "simulasi pemungutan dan penghitungan suara Pemilihan Wali Kota dan Wakil Wali Kota Palu 2024"
    assert event in {e.name for e in g.entities if e.type == "Event"}
    assert (event, "about", "Pemilihan Wali Kota dan Wakil Wali Kota Palu 2024") in _facts(g)


def test_joint_clearing_of_campaign_props_is_organised_by_both_bodies() -> None:
    g = _graph("Bawaslu Kota Bitung bersama Satpol PP Kota Bitung menertibkan 120 alat peraga kampanye di "
               "Jalan Sam Ratulangi, Minggu (24/11/2024). Penertiban dipimpin Ketua Bawaslu Kota Bitung, "
               "Marten Rondonuwu, dan turut ditinjau Ketua KPU Kota Bitung, Yanti Lumempouw.")
    facts = _facts(g)
    event = next(e.name for e in g.entities if e.type == "Event")
    assert event.startswith("penertiban alat peraga kampanye")
    assert {(event, "organized_by", "Bawaslu Kota Bitung"), (event, "organized_by", "Satpol PP Kota Bitung"),
            (event, "held_at", "Jalan Sam Ratulangi"), ("Marten Rondonuwu", "attends", event),
            ("Yanti Lumempouw", "attends", event)} <= facts
    assert ("Marten Rondonuwu", "speaks_at", event) not in facts


def test_planned_follow_up_place_is_not_the_event_venue() -> None:
    g = _graph("Bawaslu Kota Bitung menggelar patroli pengawasan di Pasar Winenet, Minggu (24/11/2024). "
               "Patroli lanjutan di Pulau Lembeh dijadwalkan pada Selasa.")
    held = {f[2] for f in _facts(g) if f[1] == "held_at"}
    assert "Pasar Winenet" in held
    assert "Pulau Lembeh" not in held


def test_adverb_after_a_kind_word_does_not_name_a_second_event() -> None:
    g = _graph("KPU Kota Bitung menuntaskan rapat pleno terbuka rekapitulasi suara di Hotel Bitung Indah, "
               "setelah rapat sempat diskors dua kali.")
    events = {e.name for e in g.entities if e.type == "Event"}
    assert events == {"rapat pleno terbuka rekapitulasi suara"}
    assert ("rapat pleno terbuka rekapitulasi suara", "organized_by", "KPU Kota Bitung") in _facts(g)


def test_elections_referred_back_are_what_the_event_and_the_watchdog_are_about() -> None:
    g = _graph("Surat suara Pemilihan Gubernur dan Wakil Gubernur Sulawesi Barat 2024 dan Pemilihan Bupati dan "
               "Wakil Bupati Mamuju 2024 tiba di Mamuju. KPU Kabupaten Mamuju menggelar apel pelepasan logistik "
               "kedua pemilihan tersebut di Gudang Logistik Rimuku, Sabtu (23/11/2024). Bawaslu Kabupaten Mamuju "
               "mengawasi kedua pemilihan hingga ke tingkat desa.")
    facts = _facts(g)
    elections = {"Pemilihan Gubernur dan Wakil Gubernur Sulawesi Barat 2024", "Pemilihan Bupati dan Wakil Bupati Mamuju 2024"}
    assert {("apel pelepasan logistik", "about", x) for x in elections} <= facts
    assert {("Bawaslu Kabupaten Mamuju", "supervises", x) for x in elections} <= facts


def test_about_cue_takes_the_whole_list_of_elections() -> None:
    g = _graph("Bawaslu Kota Kendari menggelar rapat koordinasi di Aula Bawaslu Kota Kendari. Rapat tersebut membahas "
               "kebutuhan anggaran pengawasan tahapan pemungutan suara Pemilihan Wali Kota dan Wakil Wali Kota Kendari "
               "2024 serta Pemilihan Gubernur dan Wakil Gubernur Sulawesi Tenggara 2024.")
    about = {f[2] for f in _facts(g) if f[1] == "about"}
    assert {"Pemilihan Wali Kota dan Wakil Wali Kota Kendari 2024",
            "Pemilihan Gubernur dan Wakil Gubernur Sulawesi Tenggara 2024"} <= about


def test_signing_a_memorandum_names_the_event_and_its_subject() -> None:
    g = _graph("Bawaslu Kota Kendari dan Universitas Halu Oleo menandatangani nota kesepahaman tentang penguatan "
               "pengawasan partisipatif pada Pilkada Serentak 2024 di Aula Rektorat, Rabu (3/7/2024).")
    facts = _facts(g)
    event = next(e.name for e in g.entities if e.type == "Event")
    assert event.startswith("penandatanganan nota kesepahaman")
    assert (event, "about", "Pilkada Serentak 2024") in facts
    assert not [f for f in facts if f[1] == "attends" and f[0] in ("Bawaslu Kota Kendari", "Universitas Halu Oleo")]


def test_counted_areas_contain_the_places_listed_next() -> None:
    g = _graph("Polres Sumbawa menempatkan personel di 900 TPS yang tersebar di 24 kecamatan di Kabupaten Sumbawa, "
               "dengan perhatian khusus pada Kecamatan Lunyuk, Orong Telu, dan Batulanteh.")
    facts = _facts(g)
    assert {(p, "located_in", "Kabupaten Sumbawa") for p in ("Kecamatan Lunyuk", "Orong Telu", "Batulanteh")} <= facts
    g = _graph("Bawaslu memetakan TPS rawan di sembilan kecamatan di Kabupaten Sambas. Menurutnya, TPS yang paling "
               "menantang berada di Kecamatan Paloh dan Kecamatan Sajingan Besar.")
    facts = _facts(g)
    assert {(p, "located_in", "Kabupaten Sambas") for p in ("Kecamatan Paloh", "Kecamatan Sajingan Besar")} <= facts


def test_one_word_place_inside_a_district_list_is_no_person() -> None:
    g = _graph("Patroli menyisir Kecamatan Lunyuk, Tarano, dan Batulanteh pada malam hari.")
    assert "Tarano" in {e.name for e in g.entities if e.type == "Location"}
    assert not [e for e in g.entities if e.type == "Person"]


def test_village_and_district_sharing_a_name_are_two_places() -> None:
    g = _graph("Debat berlangsung di Aula Hotel Kristal, Kelurahan Oesapa, Kecamatan Oesapa, Kota Kupang.")
    places = {e.name for e in g.entities if e.type == "Location"}
    assert {"Kelurahan Oesapa", "Kecamatan Oesapa"} <= places
    assert ("Kelurahan Oesapa", "located_in", "Kecamatan Oesapa") in _facts(g)


def test_venue_in_a_town_is_located_there() -> None:
    g = _graph("KPU Kabupaten Nabire menyimpan surat suara di Gudang Logistik KPU Kabupaten Nabire di Wanggar.")
    assert ("Gudang Logistik KPU Kabupaten Nabire", "located_in", "Wanggar") in _facts(g)


def test_acronym_defined_after_a_regional_body_is_found_again() -> None:
    g = _graph("Simulasi digelar Bawaslu Kabupaten Sigi bersama Badan Penanggulangan Bencana Daerah Kabupaten Sigi "
               "(BPBDS) di Sigi. Kepala BPBDS, Yakobus Lamba, mengatakan BPBDS mendukung Bawaslu Kabupaten Sigi.")
    facts = _facts(g)
    assert ("Yakobus Lamba", "holds_position", "BPBD Kabupaten Sigi") in facts
    assert ("BPBD Kabupaten Sigi", "supports", "Bawaslu Kabupaten Sigi") in facts


def test_we_in_a_qa_answer_is_the_interviewees_body() -> None:
    g = _graph("Wartawan kami mewawancarai Ketua KPU Kabupaten Pidie, Teuku Mahdi, di Sigli. Berikut petikannya.\n\n"
               "Tanya: Siapa yang mengawasi?\n\n"
               "Jawab: Ketua Panwaslih Kabupaten Pidie, Cut Rahmah, hadir di debat pertama. Kami rutin berkoordinasi "
               "dengan Panwaslih Kabupaten Pidie.")
    facts = _facts(g)
    assert ("KPU Kabupaten Pidie", "coordinates_with", "Panwaslih Kabupaten Pidie") in facts \
        or ("Panwaslih Kabupaten Pidie", "coordinates_with", "KPU Kabupaten Pidie") in facts


def _coordinated(facts: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "coordinates_with", b) in facts or (b, "coordinates_with", a) in facts


def test_commitment_between_listed_bodies_links_the_first_with_the_others() -> None:
    g = _graph("Rapat diakhiri penandatanganan komitmen bersama pengawasan masa tenang antara Bawaslu Provinsi "
               "Bengkulu, Polda Bengkulu, dan Satpol PP Provinsi Bengkulu.")
    facts = _facts(g)
    assert _coordinated(facts, "Bawaslu Bengkulu", "Polda Bengkulu")
    assert _coordinated(facts, "Bawaslu Bengkulu", "Satpol PP Bengkulu")


def test_organiser_holding_an_event_together_with_a_body_coordinates_with_it() -> None:
    g = _graph("Bawaslu Kota Cilegon menggelar rapat koordinasi pengawasan distribusi logistik bersama KPU Kota "
               "Cilegon di Aula Bawaslu Kota Cilegon.")
    assert _coordinated(_facts(g), "Bawaslu Kota Cilegon", "KPU Kota Cilegon")


def test_opening_something_else_is_not_speaking_at_the_event() -> None:
    g = _graph("KPU Kota Palu menggelar simulasi pemungutan suara di Kelurahan Besusu. Ketua KPU Kota Palu, Rahmat "
               "Saleh, membuka simulasi. Warga, Siti Lamading, sempat kebingungan membuka lipatan surat suara.")
    speakers = {f[0] for f in _facts(g) if f[1] == "speaks_at"}
    assert "Rahmat Saleh" in speakers
    assert "Siti Lamading" not in speakers
