"""Location mentions: venues ("Gedung Serbaguna …", "Jalan Sudirman"), regions from the gazetteer
("Tanah Abang", "Kota Jayapura"), places in "X, Y" chains and datelines."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract import gazetteer
from ingest.extract.cues import words_of
from ingest.extract.mention import Mention, free
from ingest.extract.phrases import PhraseMatcher
from ingest.extract.regions import first_words, match_region

_STREET_ABBR = re.compile(r"Jl|Jln|No")
_COMPANY_BEFORE = re.compile(r"\b(?:Perumda|PD|PT|Perusahaan Daerah|Perusahaan Umum Daerah|Direktur|Dirut)\s+$")
_GOVERNMENT_BUILDING = re.compile(r"\s+(?:Wali ?[Kk]ota|Bupati|Gubernur|Camat|Lurah|Kelurahan|Kecamatan|Desa|DPRD|KPU|Bawaslu|Pemkot|Pemkab|Pemprov)\b")
_LEVEL_BEFORE = re.compile(r"(?:Kecamatan|Kota|Kabupaten|Provinsi|Distrik|Kapanewon|Kemantren)\s+$")
_AREA_HEADS = frozenset({"Kecamatan", "Distrik", "Kapanewon", "Kemantren", "Kelurahan", "Kalurahan", "Desa"})
"""Venue heads that name an administrative area: "Kecamatan X" and "X" are one place."""
_COUNTRY_CUE = re.compile(r"\b(?:di|ke|seluruh|negara)\s+$")
_ABROAD_CUE = re.compile(r"(?:\b(?:di|ke|dari|menuju|asal|wilayah|kawasan|negara|negeri|kota|ibu\s?kota|yakni|yaitu|"
                         r"seperti|antara|hingga|sampai|tiba\s+di|berbatasan(?:\s+langsung)?\s+dengan|"
                         r"perbatasan|utara|selatan|barat|timur|tengah)\s+|\bdi\s+\w+\s+|\(|,\s*)$", re.IGNORECASE)
"""After a locative word ("tiba di Kairo", "dari Suriah") or in a place list a country or city abroad is a place
even where an actor word (below) comes first."""
_ACTOR_BEFORE = re.compile(
    r"\b(?:warga|militer|tentara|pasukan|pemerintah|presiden|perdana\s+menteri|menteri|bangsa|rakyat|orang|pasar|produk|"
    r"bahasa|serangan(?:-serangan)?|pihak|oleh|timnas|tim|klub|dubes|duta\s+besar|kedutaan|maskapai|perusahaan|"
    r"mata\s+uang|pesawat|kapal|polisi|intelijen|parlemen|delegasi|utusan|otoritas|turis|wisatawan|investor|"
    r"di\w+kan|di\w+i|versi|melawan|dengan|antara)\s+$", re.IGNORECASE)
"""Before these words a country names its state, people or market ("serangan Israel", "warga Palestina",
"pasar Tiongkok", "dilancarkan Israel"), not a place."""
_LIST_SEP = re.compile(r"^(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|atau)\s+)$")

VENUE_HEADS = ("Gedung|Ruang|Ruangan|Aula|Balai|Kantor|Hotel|Lapangan|Jalan|Jl\\.|Jln\\.|Kampus|Masjid|Pendopo|"
               "Pendapa|Wisma|Graha|Auditorium|Taman|Pasar|Stadion|GOR|Gelanggang|Alun-alun|Alun-Alun|Lobi|"
               "Rumah Dinas|Rumah Jabatan|Rumah Makan|Mapolres\\w*|Mapolda|Makodim|Markas|Posko|Kompleks|"
               "Komplek|Perumahan|Terminal|Bandara|Pelabuhan|Kampung|Desa|Kelurahan|Dusun|Kecamatan|Distrik|Kapanewon|Kemantren|Kalurahan|"
               "Pulau|Kawasan|Lapas|Rutan|Pantai|Gunung|Sungai|Bundaran|Monumen|Plaza|Mal|Mall|Gudang|Pondok|"
               "Sekolah|Universitas Terbuka|Convention Center|Hall|Resto|Restoran|Kafe|Cafe|Gereja|Pura|Vihara|"
               "Klenteng|Islamic Center|Asrama|Stasiun|Kediaman|Halaman|Dermaga|Kali|Bendung|Bendungan|Waduk|Danau|Situ|"
               "Pelataran|Lapangan|Sekretariat|Museum|Perpustakaan|Ballroom|Resort|Pesantren|Dayah|RSUD|Jalur|Selat|Teluk|"
               "Lembah|Benteng|Tugu|Balairung|Gelora|Function Room|Meeting Room|Rumah Adat|Lapas|Anjungan|Kantor Camat")
_STOP_WORDS = frozenset("""Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad Pada Sejak Hingga Untuk Dan
Yang Dalam Oleh Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember""".split())
_CAPWORD = r"(?:[A-Z][\w'./-]*|\d+[A-Z]?)"
VENUE_RE = re.compile(r"(?=[A-Z])\b(?P<head>" + VENUE_HEADS + r")(?P<body>(?:\s+" + _CAPWORD + r"){1,8})")
_KANTOR_OK_BEFORE = re.compile(r"(?:\b(?:di|ke|dari|halaman|depan|gedung|area|lingkungan|menuju)\s+)$", re.IGNORECASE)
_REGION_CUE_BEFORE = re.compile(
    r"(?:\b(?:di|ke|dari|wilayah|kawasan|daerah|dan|yakni|yaitu|hingga|antara|se|asal|menuju|seluruh|"
    r"Kecamatan|Kota|Kabupaten|Provinsi|Distrik|Kapanewon|Kemantren|Kelurahan|Kalurahan|Desa)\s+|,\s*|-)$"
)
_WORD_BEFORE = re.compile(r"([A-Z][\w'.-]*)\s+$")
_CHAIN_MIDDLE = re.compile(r",\s+(?P<mid>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}),\s+")


def _body_words(body: str) -> str:
    words = body.split()
    keep: list[str] = []
    for w in words:
        if w.rstrip(".,") in _STOP_WORDS:
            break
        keep.append(w)
    while keep and not keep[-1][-1].isalnum():
        last = keep[-1].rstrip(".,;:")
        if last and last[-1].isalnum() and not _STREET_ABBR.fullmatch(last):
            keep[-1] = last
            break
        keep.pop()
    return " ".join(keep)


_VENUE_FIRST = frozenset(h.replace("\\", "").split()[0].rstrip(".").casefold() for h in VENUE_HEADS.split("|"))


_LOWER_VENUE = re.compile(r"\b(?:di|ke|dari|bertempat\s+di)\s+(?P<all>(?P<head>ruang\s+(?:rapat|sidang|pertemuan|utama|aula)|kantor|aula|gedung|ruang|balai|"
                          r"lapangan|hotel|kampus|sekretariat|pendopo|wisma|graha|markas|posko)(?P<body>(?:\s+"
                          + _CAPWORD + r"){1,8}))")


_LOWER_HEADS = frozenset({"ruang", "kantor", "aula", "gedung", "balai", "lapangan", "hotel", "kampus", "sekretariat",
                          "pendopo", "wisma", "graha", "markas", "posko"})


class _VenueMatch:
    """A lower-case venue match ("di kantor KPU Kota X") seen through the same accessors as VENUE_RE's."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def start(self, group: str | None = None) -> int:
        return self._m.start(group or "all")

    def group(self, name: str) -> str:
        return self._m.group(name)


def _venue_matches(text: str, start: int, end: int) -> list[re.Match[str] | _VenueMatch]:
    found: list[re.Match[str] | _VenueMatch] = list(VENUE_RE.finditer(text, start, end))
    if not _LOWER_HEADS.isdisjoint(words_of(text[start:end])):
        found += [_VenueMatch(m) for m in _LOWER_VENUE.finditer(text, start, end)]
    return sorted(found, key=lambda m: m.start())


def find_venues(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Mention]:
    out: list[Mention] = []
    if _VENUE_FIRST.isdisjoint(words_of(text[start:end])) and "Mapolres" not in text[start:end]:
        return out
    for m in _venue_matches(text, start, end):
        if not free(taken, m.start(), m.start() + 1):
            continue
        head = m.group("head")
        head = head[:1].upper() + head[1:]
        body = _body_words(m.group("body"))
        if not body:
            continue
        if _COMPANY_BEFORE.search(text[max(start, m.start() - 30):m.start()]):
            continue
        building = head == "Kantor" and _GOVERNMENT_BUILDING.match(m.group("body"))
        if head in ("Kantor", "Sekolah", "Pondok", "Halaman", "Sekretariat") and not building and not _KANTOR_OK_BEFORE.search(text[max(start, m.start() - 20):m.start()]):
            continue
        if head in _AREA_HEADS and re.search(
                r"(?:Camat|Lurah|Panewu|Mantri\s+Pamong\s+Praja|Kepala|Panwaslu|PPK|PPS|Panitia|Sekretaris|Pengawas|Puskesmas|Polsek|Koramil|Panwascam|KUA|"
                r"UPT|UPTD|PKD)\)?\s+$", text[max(start, m.start() - 20):m.start()]):
            continue
        stop = m.start("body") + m.group("body").find(body) + len(body)
        surface = text[m.start():stop]
        key = "place:" + " ".join(surface.casefold().split())
        if head in _AREA_HEADS:
            key = "place:" + " ".join(body.casefold().split())
        out.append(Mention("Location", m.start(), stop, surface, surface, key, attrs={"venue": head}))
        taken.append((m.start(), stop))
    return out


def find_regions(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Mention]:
    out: list[Mention] = []
    pos = start
    starts = first_words()
    for wm in _CAP_WORD.finditer(text, start, end):
        p = wm.start()
        if p < pos:
            continue
        word = wm.group(0)
        if word not in _LEVEL_WORDS and word.casefold() not in starts:
            continue
        if not free(taken, p, p + 1):
            continue
        rm = match_region(text, p, end)
        if rm is None or rm.entry is None:
            continue
        if not free(taken, p, rm.end):
            continue
        after = text[rm.end:rm.end + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            continue  # part of a longer capitalised name
        before = text[max(start, p - 25):p]
        if _WORD_BEFORE.search(before) and not _LEVEL_BEFORE.search(before):
            continue
        if rm.entry.level == "district" and not rm.level_word and not _REGION_CUE_BEFORE.search(before):
            continue
        if rm.entry.level == "district" and " " not in rm.region_surface and not rm.level_word and rm.region_surface.isupper():
            continue
        surface = text[p:rm.end]
        name = surface
        key = "place:" + rm.entry.name.casefold()
        if rm.level_word and rm.entry.level in ("city", "regency") and _twin_levels(rm.entry.name):
            key += ":" + rm.entry.level  # "Kota Jayapura" and "Kabupaten Jayapura" are two places
        out.append(Mention("Location", p, rm.end, surface, name, key, attrs={"level": rm.entry.level}))
        taken.append((p, rm.end))
        pos = rm.end
    return out


_CAP_WORD = re.compile(r"(?<![\w-])[A-Z][\w'-]*")


def _twin_levels(name: str) -> bool:
    """True when a regency and a city share the name ("Bekasi", "Jayapura")."""
    return {"city", "regency"} <= {e.level for e in gazetteer.regions().get(name.casefold(), [])}
_LEVEL_WORDS = frozenset({"Provinsi", "Prov", "Kabupaten", "Kab", "Kota", "Kecamatan", "Kec", "Distrik", "Kapanewon",
                          "Kemantren", "Administrasi", "Adm"})


@lru_cache(maxsize=1)
def _world_matcher() -> PhraseMatcher:
    return PhraseMatcher(gazetteer.world_places())


def find_countries(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Mention]:
    """Countries and places abroad named on their own ("berbatasan dengan Papua Nugini", "tiba di Kairo");
    "Indonesia" only after "di"/"ke"; a country that names a state, people or market ("serangan Israel") is
    no place. A city or region followed by another capitalised word is part of a longer name ("Paris Saint-Germain", "Nur Asia")."""
    out: list[Mention] = []
    table = gazetteer.world_places()
    for s, e, form in _world_matcher().finditer(text, start, end):
        if not free(taken, s, e):
            continue
        name, kind = table[form]
        before = text[max(start, s - 30):s]
        if name == "Indonesia" and not _COUNTRY_CUE.search(before[-10:]):
            continue
        listed = bool(out) and bool(_LIST_SEP.match(text[out[-1].end:s]))
        if not (listed or _ABROAD_CUE.search(before)) and _ACTOR_BEFORE.search(before):
            continue
        after = text[e:e + 2]
        if kind != "country" and (len(after) == 2 and after[0] == " " and after[1].isupper()
                                  or _WORD_BEFORE.search(before)):
            continue  # "Paris Saint-Germain", "Nur Asia": part of a longer name
        out.append(Mention("Location", s, e, form, name, "place:" + name.casefold(),
                           attrs={"level": "country" if kind in ("country", "territory") else "abroad"}))
        taken.append((s, e))
    return out


def find_chain_middles(text: str, start: int, end: int, locations: list[Mention],
                       taken: list[tuple[int, int]]) -> list[Mention]:
    """"Aula X, Oesao, Kecamatan Y": an unknown capitalised name between two places is a place."""
    out: list[Mention] = []
    by_end = {m.end: m for m in locations}
    starts = {m.start for m in locations}
    for p_end in sorted(by_end):
        m = _CHAIN_MIDDLE.match(text, p_end, end)
        if not m or m.end() not in starts:
            continue
        s, e = m.start("mid"), m.end("mid")
        if not free(taken, s, e):
            continue
        surface = text[s:e]
        out.append(Mention("Location", s, e, surface, surface, "place:" + surface.casefold()))
        taken.append((s, e))
    return out


def resolve_twins(mentions: list[Mention]) -> None:
    """A bare "Jayapura" joins "Kota Jayapura" (or "Kabupaten Jayapura") when the article names only one of them."""
    levelled: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "Location" and m.key.count(":") == 2:
            levelled.setdefault(m.key.rsplit(":", 1)[0], set()).add(m.key)
    for m in mentions:
        if m.type == "Location" and len(levelled.get(m.key, ())) == 1:
            m.key = next(iter(levelled[m.key]))
    _split_village_twins(mentions)


_VILLAGE_HEADS = frozenset({"Kelurahan", "Kalurahan", "Desa"})
_DISTRICT_HEADS = frozenset({"Kecamatan", "Distrik", "Kapanewon", "Kemantren"})


def _split_village_twins(mentions: list[Mention]) -> None:
    """"Kelurahan Kelapa Lima, Kecamatan Kelapa Lima": a village and the district it shares a name with are two
    places; the village takes its own key, the bare name stays with the district."""
    heads: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "Location" and m.attrs.get("venue"):
            heads.setdefault(m.key, set()).add(m.attrs["venue"])
    for m in mentions:
        found = heads.get(m.key, set())
        if m.type == "Location" and m.attrs.get("venue") in _VILLAGE_HEADS and found & _DISTRICT_HEADS:
            m.key = "place:" + " ".join(m.name.casefold().split())
