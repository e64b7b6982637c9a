"""Cue-word morphology, object pronouns, planned events and uncommon bylines (sentences written here)."""

from __future__ import annotations

from graph.model import Article
from ingest.pipeline import extract


def _graph(text: str) -> tuple[set[tuple[str, str, str]], dict[str, str]]:
    g = extract(Article(id="article/c", title="", text=text, published="2024-03-05"))
    names = {e.id: e.name for e in g.entities}
    types = {e.name: e.type for e in g.entities}
    triples = {(names.get(r.subject, r.subject), r.predicate, names.get(r.object, r.object)) for r in g.relations}
    return triples, types


def test_joint_commitment_pairs_the_two_bodies() -> None:
    got, types = _graph("Komitmen bersama antara KPU Kabupaten Flores Timur dan Polres Flores Timur ditegaskan kemarin.")
    assert "Komitmen" not in types
    assert ("KPU Kabupaten Flores Timur", "coordinates_with", "Polres Flores Timur") in got


def test_partnership_verbs() -> None:
    got, _ = _graph("KPU Kabupaten Manggarai menjalin kerja sama dengan Universitas Katolik Indonesia Santu Paulus.")
    assert ("KPU Kabupaten Manggarai", "coordinates_with", "Universitas Katolik Indonesia Santu Paulus") in got


def test_help_given_to_us_goes_to_the_speakers_body() -> None:
    got, _ = _graph('Ketua Bawaslu Kabupaten Lembata, Yosef Kalang, memimpin rapat.\n\n'
                    '"Polres Lembata sangat membantu kami dalam pengamanan," ujar Yosef.')
    assert ("Polres Lembata", "supports", "Bawaslu Kabupaten Lembata") in got


def test_passive_support_runs_from_the_agent() -> None:
    got, _ = _graph("Bawaslu Kabupaten Sikka didukung penuh oleh Pemkab Sikka dan Polres Sikka.")
    assert ("Pemkab Sikka", "supports", "Bawaslu Kabupaten Sikka") in got
    assert ("Polres Sikka", "supports", "Bawaslu Kabupaten Sikka") in got
    assert ("Bawaslu Kabupaten Sikka", "supports", "Pemkab Sikka") not in got


def test_planned_event_gets_no_event_facts() -> None:
    got, types = _graph("KPU Kota Bitung akan menggelar rapat pleno terbuka rekapitulasi suara Pemilu 2024 di "
                        "Hotel Bitung Indah, pekan depan.\n\nRapat pleno itu membahas hasil Pemilu 2024.")
    assert types.get("rapat pleno terbuka rekapitulasi suara Pemilu 2024") == "Event"
    assert not [t for t in got if t[1] in ("held_at", "about", "organized_by")]


def test_postponed_event_gets_no_event_facts() -> None:
    got, _ = _graph("Bimbingan teknis KPPS di Aula Kantor Camat Girian ditunda hingga bulan depan.")
    assert not [t for t in got if t[1] in ("held_at", "about", "organized_by")]


def test_held_event_still_gets_its_facts() -> None:
    got, _ = _graph("KPU Kota Bitung menggelar rapat pleno terbuka rekapitulasi suara Pemilu 2024 di Hotel Bitung Indah.")
    assert ("rapat pleno terbuka rekapitulasi suara Pemilu 2024", "held_at", "Hotel Bitung Indah") in got


def test_reason_clause_after_a_negation_is_positive() -> None:
    got, _ = _graph("Bawaslu Kota Tomohon tidak hadir karena Bawaslu Kota Tomohon tengah menggelar rapat koordinasi "
                    "pengawasan di Aula Kantor Bawaslu Tomohon.")
    assert ("rapat koordinasi pengawasan", "organized_by", "Bawaslu Kota Tomohon") in got


def test_staff_bylines() -> None:
    got, _ = _graph("Laporan Wartawan Pos Kupang, Maria Goreti Sogen\n\nKUPANG - KPU Kota Kupang menggelar rapat "
                    "koordinasi di Kupang.\n\nWartawan kami, Servatinus Mammilianus")
    assert ("article/c", "reported_by", "Maria Goreti Sogen") in got
    assert ("article/c", "reported_by", "Servatinus Mammilianus") in got


def test_long_debate_name_is_one_event() -> None:
    _, types = _graph("KPU Kota Ternate menggelar rapat koordinasi di Ternate.\n\nDebat publik perdana calon Wali Kota "
                      "dan Wakil Wali Kota Ternate digelar di Gedung Serbaguna Universitas Khairun.")
    events = {n for n, t in types.items() if t == "Event"}
    assert "Debat publik perdana calon Wali Kota dan Wakil Wali Kota Ternate" in events
    assert "Debat publik" not in events


def test_event_of_another_kind_opening_a_sentence() -> None:
    got, types = _graph("KPU Kabupaten Halmahera Barat menggelar bimbingan teknis KPPS di Jailolo.\n\n"
                        "Apel siaga pengamanan logistik diikuti Polres Halmahera Barat.")
    assert types.get("Apel siaga pengamanan logistik") == "Event"
    assert ("Polres Halmahera Barat", "attends", "Apel siaga pengamanan logistik") in got
    assert ("Polres Halmahera Barat", "attends", "bimbingan teknis KPPS") not in got


def test_second_bare_event_after_an_organising_verb() -> None:
    got, types = _graph("KPU Kabupaten Mimika menggelar rapat pleno terbuka rekapitulasi suara, Senin (9/12/2024).\n\n"
                        "Pada hari yang sama, Bawaslu Kabupaten Mimika menggelar apel siaga di halaman Kantor "
                        "Bawaslu Mimika.")
    assert types.get("apel siaga") == "Event"
    assert ("apel siaga", "organized_by", "Bawaslu Kabupaten Mimika") in got
    assert ("rapat pleno terbuka rekapitulasi suara", "organized_by", "Bawaslu Kabupaten Mimika") not in got


def test_city_and_regency_of_one_name_stay_two_places() -> None:
    _, types = _graph("Logistik dikirim dari Kota Sorong ke Kabupaten Sorong, lalu ke distrik-distrik.")
    assert types.get("Kota Sorong") == "Location"
    assert types.get("Kabupaten Sorong") == "Location"


def test_bare_name_joins_the_one_levelled_place() -> None:
    _, types = _graph("Pleno digelar di Kota Bekasi. Warga Bekasi menyambut baik.")
    places = {n for n, t in types.items() if t == "Location"}
    assert places == {"Kota Bekasi"}


def test_absent_body_busy_with_its_own_event() -> None:
    got, _ = _graph("Menurut Rizal, Bawaslu Kabupaten Ketapang tidak menghadiri rapat pleno KPU Kabupaten Ketapang "
                    "karena tengah menggelar bimbingan teknis pengawas TPS di Hotel Aston Ketapang.")
    event = "bimbingan teknis pengawas TPS"
    assert (event, "organized_by", "Bawaslu Kabupaten Ketapang") in got
    assert (event, "held_at", "Hotel Aston Ketapang") in got
    assert not [t for t in got if t[0].startswith("rapat pleno") and t[1] in ("held_at", "organized_by")]
    assert not [t for t in got if t[1] == "attends"]


def test_head_titles_pick_the_level_of_a_twin_name() -> None:
    got, _ = _graph("Wali Kota Bekasi Tri Wahyudi dan Bupati Bekasi Dani Ramdani memberikan sambutan dalam rapat "
                    "koordinasi yang digelar KPU Kota Bekasi.")
    assert ("Tri Wahyudi", "holds_position", "Pemkot Bekasi") in got
    assert ("Dani Ramdani", "holds_position", "Pemkab Bekasi") in got
    assert ("Tri Wahyudi", "speaks_at", "rapat koordinasi") in got
    assert ("Dani Ramdani", "speaks_at", "rapat koordinasi") in got


def test_campus_pronoun_and_kind_of_body_before_the_partner() -> None:
    got, _ = _graph("Rektor Universitas Sembilanbelas November, Nur Arfah, menyatakan kampusnya berkolaborasi dengan "
                    "Bawaslu Kabupaten Kolaka.\n\nKetua Bawaslu Kabupaten Kolaka, Rahman Lamusu, menyebut pihaknya "
                    "menjalin kemitraan dengan organisasi kepemudaan KNPI Kolaka.")
    assert ("Universitas Sembilanbelas November", "coordinates_with", "Bawaslu Kabupaten Kolaka") in got
    assert ("Bawaslu Kabupaten Kolaka", "coordinates_with", "KNPI Kabupaten Kolaka") in got


def test_state_islamic_institute_keeps_its_city() -> None:
    _, types = _graph("Bawaslu Sulawesi Tenggara menandatangani MoU dengan IAIN Kendari.")
    assert any(n.startswith("IAIN") and "Kendari" in n for n, t in types.items() if t == "Organization")


def test_more_event_kinds() -> None:
    got, types = _graph("Bawaslu Kota Kendari menggelar penertiban alat peraga kampanye di Jalan Ahmad Yani, Kendari.\n\n"
                        "Sebelumnya, KPU Kota Kendari menggelar pelipatan surat suara di Gudang Logistik KPU Kendari.")
    assert types.get("penertiban alat peraga kampanye") == "Event"
    assert ("penertiban alat peraga kampanye", "organized_by", "Bawaslu Kota Kendari") in got
    assert types.get("pelipatan surat suara") == "Event"
    assert ("pelipatan surat suara", "held_at", "Gudang Logistik KPU Kendari") in got


def test_more_byline_shapes() -> None:
    body = "KPU Kota Kupang menggelar rapat pleno di Kupang."
    cases = {
        f"Kontributor Kupang, Yustinus Bere\n\n{body}": "Yustinus Bere",
        f"Penulis : Andreas Lelo (Kontributor Ende)\n\n{body}": "Andreas Lelo",
        f"Oleh Marselina Ndapa\n\n{body}": "Marselina Ndapa",
        f"{body}\n\n(ant/Yohana Rihi)": "Yohana Rihi",
    }
    for text, name in cases.items():
        got, types = _graph(text)
        assert ("article/c", "reported_by", name) in got, text
        assert "Kupang" not in {n for n, t in types.items() if t == "Organization"}
        assert "ant" not in types


def test_supervision_as_a_noun() -> None:
    got, _ = _graph("Bawaslu Kota Palopo melakukan pengawasan terhadap seluruh tahapan Pilkada Palopo 2024.\n\n"
                    "Pengawasan Pemilihan Gubernur Sulawesi Selatan 2024 oleh Bawaslu Sulawesi Selatan berjenjang.")
    assert ("Bawaslu Kota Palopo", "supervises", "Pilkada Palopo 2024") in got
    assert ("Bawaslu Sulawesi Selatan", "supervises", "Pemilihan Gubernur Sulawesi Selatan 2024") in got


def test_supervision_noun_without_a_doer_gives_nothing() -> None:
    got, _ = _graph("Bawaslu Kota Palopo menilai pengawasan Pilkada Palopo 2024 masih lemah.")
    assert not [t for t in got if t[1] == "supervises"]


def test_citation_verbs() -> None:
    got, _ = _graph("Ketua KPU Kota Palopo, Irwandi Jaya, menyinggung ketentuan PKPU Nomor 13 Tahun 2024 tentang "
                    "Kampanye.")
    assert ("Irwandi Jaya", "cites", "PKPU Nomor 13 Tahun 2024 tentang Kampanye") in got


def test_more_speaking_cues() -> None:
    got, _ = _graph("KPU Kabupaten Sinjai menggelar bimbingan teknis KPPS di Aula Kantor Bupati Sinjai.\n\n"
                    "Anggota KPU Sulawesi Selatan, Hasrul Husain, memberikan pembekalan kepada peserta. Kegiatan itu "
                    "dimoderatori oleh Andi Rahmat, sementara Ketua Bawaslu Sinjai, Jufri Amir, berpidato di akhir acara.")
    event = "bimbingan teknis KPPS"
    assert {s for s, p, o in got if p == "speaks_at" and o == event} == {"Hasrul Husain", "Andi Rahmat", "Jufri Amir"}


def test_more_presence_cues() -> None:
    got, _ = _graph("KPU Kabupaten Sinjai menggelar bimbingan teknis KPPS di Aula Kantor Bupati Sinjai.\n\n"
                    "Bawaslu Kabupaten Sinjai mengirimkan perwakilan dalam kegiatan itu. Polres Sinjai juga ikut serta "
                    "dalam bimbingan teknis tersebut.")
    assert ("Bawaslu Kabupaten Sinjai", "attends", "bimbingan teknis KPPS") in got
    assert ("Polres Sinjai", "attends", "bimbingan teknis KPPS") in got


def test_more_about_cues() -> None:
    got, _ = _graph("KPU Kota Parepare menggelar rapat koordinasi di Hotel Bukit Kenari.\n\n"
                    "Pertemuan itu dimaksudkan menyongsong Pilkada Parepare 2024.")
    assert ("rapat koordinasi", "about", "Pilkada Parepare 2024") in got


def test_event_named_only_by_its_quoted_title() -> None:
    got, types = _graph('Bawaslu Kabupaten Pohuwato menggelar kegiatan bertajuk "Ngobrol Santai Pengawasan Partisipatif" '
                        "di Marisa, Sabtu (2/11/2024).\n\nAcara itu diikuti Ketua KPU Pohuwato, Yusuf Hamzah.")
    event = "Ngobrol Santai Pengawasan Partisipatif"
    assert types.get(event) == "Event"
    assert (event, "organized_by", "Bawaslu Kabupaten Pohuwato") in got
    assert ("Yusuf Hamzah", "attends", event) in got


def test_partners_named_by_their_titles() -> None:
    got, _ = _graph("Bawaslu Kabupaten Dompu berkoordinasi dengan Kapolres Dompu AKBP Eko Sutomo dan Dandim 1614/Dompu.\n\n"
                    "Bawaslu Kabupaten Bima juga berkoordinasi dengan Bupati Bima terkait netralitas ASN.")
    assert ("Bawaslu Kabupaten Dompu", "coordinates_with", "Eko Sutomo") in got
    assert ("Bawaslu Kabupaten Dompu", "coordinates_with", "Kodim 1614/Dompu") in got
    assert ("Bawaslu Kabupaten Bima", "coordinates_with", "Pemkab Bima") in got
