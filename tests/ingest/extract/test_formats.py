"""Article shapes other than plain prose: interviews (Tanya/Jawab) and attendee lists."""

from __future__ import annotations

from graph.model import Article
from ingest.pipeline import extract

QA = """Pewarta: Lestari Handayani
Editor: Joko Susilo

MATARAM (Suara NTB) - Ketua KPU Provinsi Nusa Tenggara Barat, Lalu Hamdani, menjawab pertanyaan wartawan seputar kesiapan Pilkada Serentak 2024, Kamis (12/9).

Tanya: Bagaimana kesiapan logistik?
Jawab: Logistik sudah 90 persen. Kami bekerja sama dengan Pemprov NTB dan Polda NTB untuk distribusi ke pulau-pulau kecil.

Tanya: Apakah ada kendala?
Jawab: Kendala cuaca. Kami tidak berkoordinasi dengan BMKG secara langsung."""

LIST = """PALU – Bawaslu Sulawesi Tengah menggelar rapat kerja teknis pengawasan kampanye di Palu, Senin (7/10/2024). Kegiatan dihadiri:
1. Ketua Bawaslu Kota Palu, Ahmad Rizal;
2. Ketua Bawaslu Kabupaten Sigi, Moh. Yusuf;
3. perwakilan KPU Sulawesi Tengah.
Rapat kerja itu dibuka oleh Ketua Bawaslu Sulawesi Tengah, Nasrun, S.H. Ketua Bawaslu Kabupaten Donggala, Rina Lamasi, tidak hadir dalam sesi kedua."""


def _triples(text: str) -> set[tuple[str, str, str]]:
    g = extract(Article(id="article/f", title="", text=text, published="2024-10-08"))
    names = {e.id: e.name for e in g.entities}
    return {(names.get(r.subject, r.subject), r.predicate, names.get(r.object, r.object)) for r in g.relations}


def test_interview_answers_speak_for_the_interviewee_body() -> None:
    got = _triples(QA)
    assert ("Lalu Hamdani", "holds_position", "KPU Nusa Tenggara Barat") in got  # "Lalu" is a name part here
    coord = {t for t in got if t[1] == "coordinates_with"}
    assert coord == {("KPU Nusa Tenggara Barat", "coordinates_with", "Pemprov Nusa Tenggara Barat"),
                     ("KPU Nusa Tenggara Barat", "coordinates_with", "Polda NTB")}  # not with BMKG: negated
    assert ("article/f", "reported_by", "Lestari Handayani") in got
    assert ("article/f", "edited_by", "Joko Susilo") in got


def test_numbered_attendee_list() -> None:
    got = _triples(LIST)
    event = "rapat kerja teknis pengawasan kampanye"
    attendees = {s for s, p, o in got if p == "attends" and o == event}
    assert attendees == {"Ahmad Rizal", "Moh. Yusuf", "KPU Sulawesi Tengah"}
    assert ("Moh. Yusuf", "holds_position", "Bawaslu Kabupaten Sigi") in got
    assert ("Nasrun", "speaks_at", event) in got
    assert ("Rina Lamasi", "holds_position", "Bawaslu Kabupaten Donggala") in got
    assert not [t for t in got if t[0] == "Rina Lamasi" and t[1] == "attends"]


RUN_ON = ("DENPASAR – KPU Provinsi Bali bersama Bawaslu Provinsi Bali menggelar simulasi pemungutan dan "
          "penghitungan suara Pemilu 2024 di Lapangan Puputan Margarana, Denpasar, Sabtu (3/2/2024), yang dihadiri "
          "Ketua KPU Provinsi Bali I Made Suarjana, serta Wali Kota Denpasar I Gusti Ngurah Jaya Negara yang dalam "
          "sambutannya mengatakan Pemkot Denpasar mendukung penuh KPU Kota Denpasar, sementara Anggota KPU Kota "
          "Denpasar Divisi Teknis, Ni Luh Putu Ayu Lestari, menjelaskan tata cara pencoblosan sesuai PKPU Nomor 25 "
          "Tahun 2023.\n\nRencananya, KPU Kabupaten Badung juga akan menggelar simulasi serupa di Mangupura.")


def test_run_on_sentence_keeps_each_role_with_its_clause() -> None:
    got = _triples(RUN_ON)
    event = "simulasi pemungutan dan penghitungan suara Pemilu 2024"
    assert {s for s, p, o in got if p == "attends" and o == event} == {"I Made Suarjana", "I Gusti Ngurah Jaya Negara"}
    assert ("I Gusti Ngurah Jaya Negara", "speaks_at", event) in got
    assert ("I Gusti Ngurah Jaya Negara", "holds_position", "Pemkot Denpasar") in got
    assert ("Pemkot Denpasar", "supports", "KPU Kota Denpasar") in got
    assert ("Ni Luh Putu Ayu Lestari", "cites", "PKPU Nomor 25 Tahun 2023") in got
    assert (event, "held_at", "Lapangan Puputan Margarana") in got
    assert ("Lapangan Puputan Margarana", "located_in", "Denpasar") in got
    # the planned second simulation is an event, but nothing is claimed about it
    assert not [t for t in got if "simulasi serupa" in (t[0], t[2])]


def test_held_at_phrasings() -> None:
    cases = {
        "Kegiatan sosialisasi yang digelar KPU Kabupaten Sleman dipusatkan di GOR Pangukan, Kecamatan Sleman.":
            ("sosialisasi", "GOR Pangukan"),
        "Deklarasi damai itu digelar KPU Gunungkidul bertempat di Alun-alun Wonosari, Selasa (26/11/2024).":
            ("Deklarasi damai", "Alun-alun Wonosari"),
        "Di Gedung DPRD Kota Magelang, KPU Kota Magelang menggelar rapat pleno penetapan calon terpilih.":
            ("rapat pleno penetapan calon terpilih", "Gedung DPRD Kota Magelang"),
    }
    for text, (event, place) in cases.items():
        assert (event, "held_at", place) in _triples(text), text


SCHEDULE = """Berikut jadwal kegiatan KPU Kabupaten Lombok Timur:
Acara: Deklarasi Kampanye Damai Pilkada Lombok Timur 2024
Tempat: Lapangan Nasional Selong, Lombok Timur
Waktu: Sabtu, 21 September 2024"""


def test_schedule_block_names_event_and_place() -> None:
    got = _triples(SCHEDULE)
    event = "Deklarasi Kampanye Damai Pilkada Lombok Timur 2024"
    assert (event, "held_at", "Lapangan Nasional Selong") in got


def test_meeting_room_is_a_venue_not_an_event() -> None:
    g = extract(Article(id="article/f", title="", text="Bawaslu Kota Bima menggelar rapat evaluasi yang dipusatkan "
                        "di ruang rapat Kantor Wali Kota Bima.", published="2024-10-08"))
    events = {e.name for e in g.entities if e.type == "Event"}
    places = {e.name for e in g.entities if e.type == "Location"}
    assert events == {"rapat evaluasi"}
    assert "ruang rapat Kantor Wali Kota Bima" in places


def test_run_on_sentence_with_two_events_places_each() -> None:
    got = _triples("PAYAKUMBUH - KPU Kota Payakumbuh menggelar bimtek KPPS di Balai Kota Payakumbuh, sementara rapat "
                   "evaluasi digelar Bawaslu Kota Payakumbuh di Aula Kantor Bawaslu Payakumbuh.")
    assert ("bimtek KPPS", "held_at", "Balai Kota Payakumbuh") in got
    assert ("rapat evaluasi", "held_at", "Aula Kantor Bawaslu Payakumbuh") in got
    assert ("rapat evaluasi", "organized_by", "Bawaslu Kota Payakumbuh") in got
    assert ("bimtek KPPS", "held_at", "Aula Kantor Bawaslu Payakumbuh") not in got
