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


def _titles(g: ArticleGraph) -> dict[tuple[str, str], str]:
    name = {e.id: e.name for e in g.entities}
    return {(name[r.subject], name[r.object]): r.title or "" for r in g.relations if r.predicate == "holds_position"}


def test_acting_head_and_past_roles_keep_their_titles() -> None:
    g = _graph("Rapat dibuka Penjabat (Pj) Bupati Sleman, Andi Wirawan. Rudi Hartono, mantan Ketua DPRD Kabupaten "
               "Sleman, memberi sambutan. Rina Wati, yang sebelumnya menjabat Kepala Puskesmas Depok I, hadir.")
    titles = _titles(g)
    assert titles[("Andi Wirawan", "Pemkab Sleman")] == "Penjabat Bupati"
    assert titles[("Rudi Hartono", "DPRD Kabupaten Sleman")] == "Ketua"
    assert titles[("Rina Wati", "Puskesmas Depok I")] == "Kepala"


def test_kasdim_names_the_district_command_not_a_place() -> None:
    g = _graph("Hadir pula Kasdim 0732/Sleman, Mayor Inf Budi Santoso, dalam rapat koordinasi di Sleman.")
    assert ("Budi Santoso", "Kodim 0732/Sleman") in _titles(g)


def test_named_body_beats_a_shorter_regional_head() -> None:
    g = _graph("Bawaslu RI bersinergi dengan Polri dan Kejaksaan Agung dalam Sentra Gakkumdu.")
    assert "Kejaksaan Agung" in _names(g, "Organization")
    assert "Kejaksaan" not in _names(g, "Organization")


def test_headline_words_are_not_an_organisation_nor_a_partnership() -> None:
    g = _graph("Komisi II DPR RI menggelar rapat dengar pendapat dengan KPU RI di Jakarta.",
               title="Lima Partai Nyatakan Dukungan, Komisi II Evaluasi Pilkada Bersama KPU")
    assert not [n for n in _names(g, "Organization") if n.startswith("Partai")]
    assert not [f for f in _facts(g) if f[1] == "coordinates_with"]


def test_pilwako_is_a_mayoral_election() -> None:
    g = _graph("Bawaslu Kota Bitung mengawasi seluruh tahapan Pilwako Bitung 2024.")
    assert "Pilwako Bitung 2024" in _names(g, "Election")


def test_semicolon_list_of_guests_all_attend() -> None:
    g = _graph("Pemkab Sleman menggelar rapat koordinasi di Sleman. Hadir pula Kasdim 0732/Sleman, Mayor Inf Budi Santoso, "
               "yang mewakili Dandim; Ketua KPU Kabupaten Sleman, Rina Wati; dan Ketua Bawaslu Kabupaten Sleman, "
               "Agus Salim.")
    facts = _facts(g)
    for who in ("Budi Santoso", "Rina Wati", "Agus Salim"):
        assert (who, "attends", "rapat koordinasi") in facts, who
    assert ("Rina Wati", "holds_position", "KPU Kabupaten Sleman") in facts


def test_haji_abbreviation_inside_a_name() -> None:
    g = _graph("Penertiban turut ditinjau Ketua KPU Kota Bitung, Amran Hi. Yusuf. Kata Amran, APK harus bersih.")
    assert "Amran Yusuf" in _names(g, "Person")
    assert ("Amran Yusuf", "holds_position", "KPU Kota Bitung") in _facts(g)


def test_yogyakarta_and_papua_area_units() -> None:
    g = _graph("Bawaslu Kabupaten Sleman menggelar sosialisasi di Pendopo Kantor Kalurahan Caturtunggal, Kapanewon "
               "Depok. Di setiap kapanewon terdapat Panwaslu Kapanewon yang merupakan jajaran Bawaslu Kabupaten Sleman. "
               "Yohanes Wenda, anggota Panwaslu Distrik Kurulu, hadir.")
    facts = _facts(g)
    assert "Kapanewon Depok" in _names(g, "Location")
    assert ("Pendopo Kantor Kalurahan Caturtunggal", "located_in", "Kapanewon Depok") in facts
    assert ("Panwaslu Kapanewon", "part_of", "Bawaslu Kabupaten Sleman") in facts
    assert ("Yohanes Wenda", "holds_position", "Panwaslu Distrik Kurulu") in facts


def test_broadcaster_station_school_and_comma_named_office() -> None:
    g = _graph("Debat disiarkan LPP TVRI Stasiun Maluku, yang bekerja sama dengan KPU Kota Ambon. Yakob Lani, guru "
               "SD Inpres Kurulu, hadir. Hadir pula Kepala Dinas Komunikasi, Informatika dan Statistik "
               "(Diskominfotik) Provinsi Maluku, Budi Santoso.")
    orgs = _names(g, "Organization")
    assert {"LPP TVRI Stasiun Maluku", "SD Inpres Kurulu"} <= orgs
    assert not [n for n in _names(g, "Location") if n.startswith("Stasiun")]
    assert not orgs & {"SD Negeri", "Dinas Komunikasi", "Diskominfotik"}
    assert ("Budi Santoso", "holds_position") in {(s, p) for s, p, _o in _facts(g)}


def test_named_police_operation_is_an_event_not_a_speaker() -> None:
    g = _graph("Polres Sleman menggelar apel gelar pasukan Operasi Lintas Progo 2024 di Sleman. Dalam amanatnya, "
               "Kapolres menyampaikan bahwa Operasi Lintas Progo 2024 digelar Polda DIY di seluruh kabupaten.")
    assert "Operasi Lintas Progo 2024" in _names(g, "Event")
    assert not [n for n in _names(g, "Person") if "Progo" in n]
    assert ("Operasi Lintas Progo 2024", "organized_by", "Polda DIY") in _facts(g)


def test_text_and_photo_byline_credits_the_reporter() -> None:
    g = _graph("Tulisan dan foto: Yakob Lani\n\nPukul lima pagi, kabut masih turun di Wamena.")
    assert ("t/1", "reported_by", "Yakob Lani") in _facts(g)
