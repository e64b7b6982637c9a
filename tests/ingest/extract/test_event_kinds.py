"""Kinds of Indonesian election events and where their names end: hearings, campaign events, repeat
votes, proper-named festivals, look-alike events ("kegiatan serupa") and events mentioned in passing.
Sentences written here; people, bodies and places invented."""

from __future__ import annotations

from graph.model import Article, ArticleGraph
from ingest.pipeline import extract


def _graph(text: str, title: str = "") -> ArticleGraph:
    return extract(Article(id="t/1", title=title, text=text))


def _events(g: ArticleGraph) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in g.entities if e.type == "Event"}


def _facts(g: ArticleGraph) -> set[tuple[str, str, str]]:
    name = {e.id: e.name for e in g.entities}
    return {(name.get(r.subject, r.subject), r.predicate, name.get(r.object, r.object)) for r in g.relations}


def test_campaign_rally_name_stops_before_the_candidate_pair_number() -> None:
    g = _graph("SUKAMAJU – Ribuan pendukung menghadiri kampanye rapat umum pasangan calon nomor urut 2 di "
               "Lapangan Merdeka Sukamaju, Sabtu (10/2/2024). Kampanye itu dihadiri Ketua DPD Partai Merpati, "
               "Ahmad Fauzi.")
    assert set(_events(g)) == {"kampanye rapat umum"}
    assert ("kampanye rapat umum", "held_at", "Lapangan Merdeka Sukamaju") in _facts(g)


def test_dialogue_campaign_is_an_event() -> None:
    g = _graph("SUKAMAJU – Calon Bupati Sukamaju, Budi Hartono, menggelar kampanye dialogis bersama warga "
               "Desa Sukamakmur, Rabu (6/11/2024).")
    assert "kampanye dialogis" in _events(g)


def test_debate_named_with_the_pair_keeps_the_short_form_as_alias() -> None:
    g = _graph("KPU Kabupaten Sukamaju menggelar debat publik pertama pasangan calon Bupati dan Wakil Bupati "
               "Sukamaju di Gedung Serbaguna, Sabtu (12/10/2024).")
    events = _events(g)
    name = "debat publik pertama pasangan calon Bupati dan Wakil Bupati Sukamaju"
    assert name in events and "debat publik pertama" in events[name]


def test_hearing_is_named_with_its_counterpart() -> None:
    g = _graph("JAKARTA – Komisi II DPR RI menggelar rapat kerja dengan Menteri Dalam Negeri dan KPU RI di "
               "Kompleks Parlemen, Rabu (15/5/2024). Rapat dipimpin Ketua Komisi II, Agus Priyanto.")
    events = _events(g)
    name = "rapat kerja dengan Menteri Dalam Negeri dan KPU RI"
    assert name in events and "rapat kerja" in events[name]
    assert ("Agus Priyanto", "speaks_at", name) in _facts(g)


def test_repeat_vote_is_named_with_its_polling_station() -> None:
    g = _graph("SUKAMAJU – KPU Kota Sukamaju menggelar pemungutan suara ulang (PSU) di TPS 12 Kelurahan "
               "Sukasari, Sabtu (24/2/2024).")
    events = _events(g)
    name = "pemungutan suara ulang di TPS 12"
    assert name in events and {"PSU", "pemungutan suara ulang"} <= events[name]
    assert (name, "organized_by", "KPU Kota Sukamaju") in _facts(g)


def test_repeat_count_and_convoy_are_events() -> None:
    g = _graph("SUKAMAJU – KPU Kota Sukamaju menggelar penghitungan suara ulang di TPS 5 Kelurahan Sukasari, "
               "Senin (26/2/2024).")
    assert "penghitungan suara ulang di TPS 5" in _events(g)
    g = _graph("SUKAMAJU – Simpatisan Partai Merpati menggelar konvoi kendaraan di Jalan Cempaka, Minggu "
               "(7/1/2024).")
    assert "konvoi kendaraan" in _events(g)


def test_signing_a_tally_form_is_no_event() -> None:
    g = _graph("SUKAMAJU – KPPS melakukan penandatanganan formulir hasil penghitungan suara di TPS 4 Kelurahan "
               "Sukasari, Rabu (14/2/2024).")
    assert not _events(g)


def test_modal_and_quantity_words_end_an_event_name() -> None:
    g = _graph("SUKAMAJU – Polres Sukamaju menggelar operasi 150 personel di seluruh TPS, Senin (12/2/2024). "
               "Kapolres memaparkan bahwa patroli harus digelar setiap malam.")
    names = set(_events(g))
    assert not any("150" in n or "harus" in n for n in names)


def test_similar_event_by_another_body_is_its_own_event() -> None:
    g = _graph("SUKAMAJU – Bawaslu Kota Sukamaju menggelar sosialisasi pengawasan partisipatif di Aula Kecamatan "
               "Sukajaya, Rabu (6/11/2024). Kegiatan dibuka Ketua Bawaslu Kota Sukamaju, Rina Marlina.\n\n"
               "Kegiatan serupa telah digelar Bawaslu Kabupaten Sukamakmur di Kecamatan Sukaraja pekan lalu.")
    assert {"sosialisasi pengawasan partisipatif", "kegiatan serupa"} <= set(_events(g))
    facts = _facts(g)
    assert {("kegiatan serupa", "organized_by", "Bawaslu Kabupaten Sukamakmur"),
            ("kegiatan serupa", "held_at", "Kecamatan Sukaraja")} <= facts
    assert ("sosialisasi pengawasan partisipatif", "organized_by", "Bawaslu Kabupaten Sukamakmur") not in facts


def test_similar_service_is_named_with_its_place() -> None:
    g = _graph("SUKAMAJU – KPU Kota Sukamaju membuka layanan pindah memilih di Mal Cempaka, Sabtu (3/2/2024). "
               "Layanan serupa di Kecamatan Sukajaya dibuka sehari kemudian.")
    events = _events(g)
    assert "layanan serupa di Kecamatan Sukajaya" in events
    assert "layanan serupa" in events["layanan serupa di Kecamatan Sukajaya"]


def test_events_named_in_passing_are_entities_without_facts() -> None:
    g = _graph("SUKAMAJU – KPU Kota Sukamaju menggelar rapat koordinasi persiapan pemungutan suara di Hotel "
               "Cempaka, Senin (12/2/2024). Rapat dibuka Ketua KPU Kota Sukamaju, Dedi Kurniawan.\n\n"
               "Bawaslu Kota Sukamaju tidak hadir karena bertepatan dengan pelantikan anggota Panwaslu Kelurahan. "
               "Hasil rekapitulasi akan ditetapkan dalam rapat pleno penetapan calon terpilih bulan depan.\n\n"
               "Rapat juga dihadiri Kapolres Sukamaju, Joko Susilo.")
    events = set(_events(g))
    assert {"rapat koordinasi persiapan pemungutan suara", "pelantikan anggota Panwaslu Kelurahan",
            "rapat pleno penetapan calon terpilih"} <= events
    facts = _facts(g)
    assert ("Joko Susilo", "attends", "rapat koordinasi persiapan pemungutan suara") in facts
    assert not any(f[0] == "rapat pleno penetapan calon terpilih" or f[2] == "rapat pleno penetapan calon terpilih"
                   for f in facts)


def test_a_later_day_of_the_same_patrol_is_no_new_event() -> None:
    g = _graph("SUKAMAJU – Bawaslu Kota Sukamaju menggelar patroli pengawasan masa tenang di Pasar Cempaka, "
               "Minggu (24/11/2024).\n\nAnggota Bawaslu Provinsi, Abdul Karim, ikut dalam patroli hari kedua di "
               "Pantai Sukamaju.")
    assert set(_events(g)) == {"patroli pengawasan masa tenang"}


def test_proper_named_festival_and_run_are_events() -> None:
    g = _graph("SUKAMAJU – KPU Kabupaten Sukamaju menggelar Sukamaju Fest 2024 di Alun-alun Sukamaju, Minggu "
               "(4/2/2024). Festival itu dihadiri Bupati Sukamaju, Hendra Gunawan.")
    assert set(_events(g)) == {"Sukamaju Fest 2024"}
    facts = _facts(g)
    assert {("Sukamaju Fest 2024", "organized_by", "KPU Kabupaten Sukamaju"),
            ("Sukamaju Fest 2024", "held_at", "Alun-alun Sukamaju"),
            ("Hendra Gunawan", "attends", "Sukamaju Fest 2024")} <= facts
    g = _graph("SUKAMAJU – Bawaslu Kota Sukamaju menggelar Ajang Cempaka Democracy Run 2024 di Lapangan Merdeka, "
               "Minggu (4/2/2024).")
    assert "Cempaka Democracy Run 2024" in _events(g)
    assert not any(e.type == "Person" for e in g.entities)


def test_joint_patrol_and_thematic_field_study_are_events() -> None:
    g = _graph("SUKAMAJU – Bawaslu Kota Sukamaju menggelar rapat koordinasi di Hotel Cempaka, Senin (5/2/2024). "
               "Bawaslu dan KPU Kota Sukamaju sepakat akan menggelar patroli bersama pengawasan distribusi "
               "logistik pada 12 Februari 2024. Universitas Sukamaju juga menerjunkan 300 mahasiswa dalam KKN "
               "Tematik Pengawasan Pemilu mulai Agustus.")
    events = set(_events(g))
    assert {"patroli bersama pengawasan distribusi logistik", "KKN Tematik Pengawasan Pemilu"} <= events


def test_event_being_prepared_is_an_entity_and_the_one_held_still_takes_the_venue() -> None:
    g = _graph("SUKAMAJU – KPU Kabupaten Sukamaju tengah menyiapkan debat publik kedua bagi pasangan calon bupati "
               "dan wakil bupati.\n\nDebat publik pertama digelar di Gedung Cempaka, Kota Sukamaju, dan disiarkan "
               "langsung.")
    events = _events(g)
    second = "debat publik kedua bagi pasangan calon bupati dan wakil bupati"
    assert second in events and "debat publik kedua" in events[second]
    held = {(f[0], f[2]) for f in _facts(g) if f[1] == "held_at"}
    assert (second, "Gedung Cempaka") not in held
