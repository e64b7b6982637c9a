"""recognize() on general news sentences (written here): speech cues, ministry titles, outlets, places."""

from __future__ import annotations

from ingest.pipeline import recognize


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], t) for s, e, t in recognize(text)}


def test_single_name_before_a_speech_verb() -> None:
    assert ("Wenda", "Person") in _found("Wenda juga menjamin distribusi logistik tepat waktu.")


def test_single_name_after_a_judging_verb() -> None:
    assert ("Marthen", "Person") in _found("Langkah itu dinilai Marthen terlalu terburu-buru.")


def test_ministry_words_are_not_part_of_the_name() -> None:
    got = _found("Menteri Luar Negeri Sugiono Wibawa bertemu mitranya di Canberra.")
    assert ("Sugiono Wibawa", "Person") in got
    assert not [n for n, t in got if t == "Person" and "Luar" in n]


def test_conjunction_baik_is_not_a_name() -> None:
    got = _found("Baik Yulianus maupun Hendrik hadir dalam pertemuan.")
    assert not [n for n, t in got if n.startswith("Baik")]


def test_outlet_names_are_organisations() -> None:
    got = _found("Berita itu pertama kali dimuat Harian Cahaya Papua, kata Yohanis Wamafma.")
    assert ("Harian Cahaya Papua", "Organization") in got


def test_geographic_features_are_places() -> None:
    got = _found("Patroli laut digelar di Teluk Doreri dan Selat Sele.")
    assert ("Teluk Doreri", "Location") in got
    assert ("Selat Sele", "Location") in got


def test_nationality_and_address_words_are_not_name_parts() -> None:
    got = _found("Presiden Palestina Yusuf Haddad bertemu Wapres Hasan Basri di Jakarta.")
    people = {n for n, t in got if t == "Person"}
    assert "Yusuf Haddad" in people
    assert "Hasan Basri" in people
    assert not [n for n in people if n.startswith(("Palestina", "Wapres"))]


def test_body_shaped_names_are_organisations() -> None:
    got = _found("Peringkat itu diturunkan Fitch Ratings Service, sementara Brigade Merah Putih membantah, kata Dimas Anggara.")
    assert ("Fitch Ratings Service", "Organization") in got
    assert ("Brigade Merah Putih", "Organization") in got
    assert ("Dimas Anggara", "Person") in got


def test_common_given_name_alone_is_a_person() -> None:
    got = _found("Rapat itu juga dihadiri Wulan dan warga setempat.")
    assert ("Wulan", "Person") in got


def test_uncued_unknown_capitalised_word_is_not_a_person() -> None:
    got = _found("Fenomena antrean itu terjadi sejak pagi.")
    assert not [n for n, t in got if t == "Person"]


def test_three_letter_given_name_after_a_speech_cue() -> None:
    assert ("Ira", "Person") in _found("Logistik sudah tiba di gudang, kata Ira.")


def test_countries_and_cities_abroad_are_places() -> None:
    got = _found("Delegasi itu terbang dari Kairo ke Nairobi, lalu ke Tanzania dan Mongolia.")
    for place in ("Kairo", "Nairobi", "Tanzania", "Mongolia"):
        assert (place, "Location") in got


def test_country_naming_a_state_or_people_is_no_place() -> None:
    got = _found("Serangan Islandia itu dikecam warga Uruguay.")
    assert not [n for n, t in got if t == "Location"]


def test_english_titles_of_works_are_not_people() -> None:
    got = _found('Lagu "Sunset Avenue Memories" masuk daftar Morning Glory Book tahun itu.')
    assert not [n for n, t in got if t == "Person"]


def test_english_body_name_still_becomes_an_organisation() -> None:
    got = _found("Harga minyak di Riverside Mercantile Exchange naik tajam.")
    assert ("Riverside Mercantile Exchange", "Organization") in got
