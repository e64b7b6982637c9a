"""Organisation mentions: gazetteer heads with their jurisdiction, named organisations, and
acronym-defined bodies ("Dinas Pendidikan dan Kebudayaan (Dikbud) Provinsi NTT").

The name of a jurisdictional body is its short head plus the region ("Bawaslu Kota Bekasi"); the
key uses the gazetteer's canonical region so "Bawaslu Sulsel" and "Badan Pengawas Pemilihan Umum
Provinsi Sulawesi Selatan" are one entity, while "Bawaslu DKI Jakarta" and "Bawaslu Jakarta Pusat"
stay two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest import resources
from ingest.extract import gazetteer
from ingest.extract.cues import words_of
from ingest.extract.mention import Mention, free
from ingest.extract.phrases import PhraseMatcher
from ingest.extract.regions import canonical_region, match_region

_CANDIDATE_BEFORE = re.compile(r"(?:calon|Calon|Pemilihan|pemilihan|pasangan|Pilkada)\s+$")
_DAN_BEFORE = re.compile(r"\bdan\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
_LEVEL_SUFFIX = re.compile(r"\b(?:Kota|Kabupaten|Provinsi)$")

# Job titles that name the unit they lead ("Kapolres Metro Jakarta Utara" → Polres Metro Jakarta Utara).
TITLE_UNITS: dict[str, str] = {
    "Kapolres": "Polres", "Kapolresta": "Polresta", "Kapolrestabes": "Polrestabes", "Kapolda": "Polda",
    "Kapolsek": "Polsek", "Wakapolda": "Polda", "Wakapolres": "Polres", "Wakapolresta": "Polresta",
    "Wakapolrestabes": "Polrestabes", "Wakapolsek": "Polsek", "Dandim": "Kodim", "Danrem": "Korem", "Pangdam": "Kodam", "Danramil": "Koramil",
    "Kajari": "Kejari", "Kajati": "Kejati", "Kasdim": "Kodim", "Kasrem": "Korem", "Kasdam": "Kodam", "Kasatpol PP": "Satpol PP", "Kepala Kejaksaan Negeri": "Kejari",
}
# Heads of government: the unit depends on the level of the region that follows.
GOVERNMENT_TITLES = ("Wali Kota", "Walikota", "Wakil Wali Kota", "Wakil Walikota", "Bupati", "Wakil Bupati",
                     "Gubernur", "Wakil Gubernur", "Sekretaris Daerah", "Sekretaris Kota", "Sekda", "Sekko",
                     "Sekretaris Kabupaten", "Sekkab", "Sekretaris Provinsi",
                     "Penjabat Wali Kota", "Penjabat Bupati", "Penjabat Gubernur", "Pj Wali Kota", "Pj Bupati",
                     "Pj Gubernur", "Pj. Wali Kota", "Pj. Bupati", "Pj. Gubernur")
_GOV_BY_LEVEL = {"city": "Pemkot", "regency": "Pemkab", "province": "Pemprov"}

_ORG_NOUNS = ("Partai|Universitas|Institut|Politeknik|Sekolah Tinggi|Fakultas|Yayasan|Lembaga|Komisi|Badan|"
              "Dinas|Suku Dinas|Kantor|Dewan|Majelis|Kementerian|Kepolisian|Komando|Pengadilan|Kejaksaan|"
              "Mahkamah|Ikatan|Persatuan|Perkumpulan|Himpunan|Gerakan|Forum|Aliansi|Asosiasi|Koalisi|"
              "Jaringan|Komite|Pusat|Biro|Direktorat|Inspektorat|Sekretariat|Panitia|Satuan|"
              "Organisasi|Serikat|Paguyuban|Rumah Sakit|PT|Perumda|Perusahaan Umum Daerah|Sudin|Puskesmas|SMA Negeri|SMK Negeri|SMP Negeri|SD Negeri|SD Inpres|SMP Inpres|"
              "SMA|SMK|SMP|MAN|MTsN|Pondok Pesantren|Klasis|Sinode|Jemaat|Keuskupan|Paroki|Pemuda|Palang Merah")
_CAP = r"(?:[A-Z][\w'&-]*|\d+)"
_GENERIC = re.compile(
    r"(?=[A-Z])\b(?P<noun>" + _ORG_NOUNS + r")(?P<body>\s+" + _CAP + r"(?:\s+" + _CAP + r"|\s+(?:dan|&)(?=\s+(?!(?:" + _ORG_NOUNS + r")\b)[A-Z])|\s+(?:untuk|bagi)(?=\s+[A-Z])){0,9})"
    r"(?:\s*\((?P<acr>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})\))?"
)
_PAREN = re.compile(r"\s*\((?P<inner>[A-Z][\w&./-]*(?:\s[A-Z][\w&./-]*){0,3})\)")
_NATIONAL = re.compile(r"\s+(?P<nat>RI|Republik Indonesia|Pusat)\b")
_SE = re.compile(r"\s+se-?\s?")
_KODIM = re.compile(r"\s+(?P<num>\d{2,4}|[IVX]{1,5})\s*/\s*")
_UNIT_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?")
_METRO = re.compile(r"\s+Metro\b")
_KOTA_SUFFIX = re.compile(r"\s+Kota\b(?!\s+[A-Z])")
_STOP_BODY = frozenset({"Ketua", "Kepala", "Anggota", "Wakil", "Koordinator", "Sekretaris", "Provinsi", "Kabupaten",
                        "Kota", "Kecamatan", "Divisi", "Bidang", "Sub", "Seksi"})


@lru_cache(maxsize=1)
def _institution_matcher() -> PhraseMatcher:
    originals: list[str] = []
    for entry in {id(e): e for e in gazetteer.institutions().values()}.values():
        originals.append(entry.head)
        if entry.expansion:
            originals.append(entry.expansion)
    return PhraseMatcher(a for a in set(originals) | _original_forms() if a)


@lru_cache(maxsize=1)
def _original_forms() -> set[str]:
    """Institution aliases in their original case (the gazetteer keys are folded)."""
    return {form for r in resources.institutions() for form in r.aliases if form[:1].isupper()}


@lru_cache(maxsize=1)
def _named_matcher() -> PhraseMatcher:
    forms = {form for r in resources.organizations() for form in (r.name, *r.aliases)}
    return PhraseMatcher(f for f in forms if f)


def _named_at(text: str, pos: int, end: int) -> str | None:
    """The named organisation that starts exactly at ``pos``, if any."""
    return _named_matcher().match_at(text, pos, end)


@lru_cache(maxsize=1)
def _title_unit_re() -> re.Pattern[str]:
    alts = sorted([*TITLE_UNITS, *GOVERNMENT_TITLES], key=len, reverse=True)
    return re.compile(r"\b(?P<title>" + "|".join(re.escape(a) for a in alts) + r")\b")


_NUMBERED = re.compile(r"\s+(?P<num>\d{1,3})(?=\s+[A-Z])")


def _jurisdiction(text: str, pos: int, end: int, kind: str,
                  level_in_head: bool = False) -> tuple[int, str, str, list[str]] | None:
    """Parse a jurisdiction after a head: (end, canonical suffix, surface suffix, extra surfaces)."""
    m = _NATIONAL.match(text, pos, end)
    if m:
        return m.end(), m.group("nat") if m.group("nat") != "Republik Indonesia" else "RI", text[pos:m.end()].strip(), []
    cursor = pos
    prefix_canon = ""
    se = _SE.match(text, cursor, end)
    if se:
        cursor = se.end() - 1  # leave one character for the space check below
        prefix_canon = "se-"
    kodim = _KODIM.match(text, cursor, end)
    if kodim:
        rm = match_region(text, kodim.end(), end, allow_unknown=True)
        un = _UNIT_NAME.match(text, kodim.end(), end)
        if rm and (un is None or rm.end >= un.end()):
            surface = text[pos:rm.end].strip()
            return rm.end, f"{kodim.group('num')}/{rm.surface}", surface, []
        if un:
            return un.end(), f"{kodim.group('num')}/{un.group(0)}", text[pos:un.end()].strip(), []
        return None
    number = ""
    nm = _NUMBERED.match(text, cursor, end)
    if nm:
        number, cursor = nm.group("num"), nm.end()
    metro = ""
    if kind == "police":
        mm = _METRO.match(text, cursor, end)
        if mm:
            metro, cursor = "Metro ", mm.end()
    if cursor < end and (text[cursor] == " " or prefix_canon and text[cursor] == "-"):
        cursor += 1
    else:
        return None
    rm = match_region(text, cursor, end)
    if rm is None:
        return None
    stop = rm.end
    canon, _level = canonical_region(rm)
    if level_in_head and rm.entry is not None:
        canon = rm.entry.name
    if number:
        canon = f"{number} {rm.entry.name if rm.entry else rm.region_surface}"
    if kind in ("police", "military"):
        canon = rm.region_surface
        km = _KOTA_SUFFIX.match(text, stop, end)
        after_kota = match_region(text, stop + 1, end) if text.startswith(" Kota", stop) else None
        if km is None and text.startswith(" Kota", stop) and (after_kota is None or after_kota.entry is None):
            km = re.compile(r"\s+Kota\b").match(text, stop, end)
        if km:
            stop = km.end()
            canon += " Kota"
    elif prefix_canon:
        canon = prefix_canon + canon
    surface = text[pos:stop].strip()
    region = rm.entry.name if rm.entry else rm.region_surface
    levels = {e.level for e in gazetteer.regions().get(rm.region_surface.casefold(), [])}
    ambiguous = not rm.level_word and not level_in_head and {"regency", "city"} <= levels
    return stop, (metro + canon).strip(), surface, [region, "1" if ambiguous else ""]


def find_organizations(text: str, start: int, end: int, taken: list[tuple[int, int]],
                       defined: PhraseMatcher | None = None) -> list[Mention]:
    """Organisation mentions in ``text[start:end]`` outside the ``taken`` spans.

    ``defined`` matches acronyms the article defined earlier ("Majelis Permusyawaratan Ulama (MPU)
    Aceh" makes a later "MPU Aceh" an organisation too).
    """
    out: list[Mention] = []
    spans: list[tuple[int, int]] = list(taken)
    words = _named_matcher().words(text, start, end)
    _find_title_units(text, start, end, spans, out)
    _find_institutions(text, start, end, spans, out, words)
    _find_named(text, start, end, spans, out, words)
    if defined is not None:
        _find_defined(text, start, end, spans, out, defined)
    _find_generic(text, start, end, spans, out)
    out.sort(key=lambda m: m.start)
    return out


def _add(out: list[Mention], spans: list[tuple[int, int]], mention: Mention) -> None:
    out.append(mention)
    spans.append((mention.start, mention.end))


@lru_cache(maxsize=1)
def _title_unit_words() -> frozenset[str]:
    return frozenset(t.split()[0].rstrip(".").casefold() for t in [*TITLE_UNITS, *GOVERNMENT_TITLES])


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    return frozenset(n.split()[0].casefold() for n in _ORG_NOUNS.split("|"))


def _has_level(name: str, level: str) -> bool:
    return any(e.level == level for e in gazetteer.regions().get(name.casefold(), []))


def _find_title_units(text: str, start: int, end: int, spans: list[tuple[int, int]], out: list[Mention]) -> None:
    if _title_unit_words().isdisjoint(words_of(text[start:end])):
        return
    for m in _title_unit_re().finditer(text, start, end):
        if not free(spans, m.start(), m.end()):
            continue
        title = m.group("title")
        if _CANDIDATE_BEFORE.search(text[max(start, m.start() - 12):m.start()]):
            continue
        if title.startswith("Wakil") and _DAN_BEFORE.search(text[max(start, m.start() - 6):m.start()]):
            continue
        pos = m.end()
        acr = _PAREN.match(text, pos, end)
        if acr:
            pos = acr.end()
        if title in TITLE_UNITS:
            head = TITLE_UNITS[title]
            entry = gazetteer.institutions().get(head.casefold())
            kind = entry.kind if entry else "police"
            j = _jurisdiction(text, pos, end, kind)
            if j is None:
                continue
            stop, canon, surface, _ = j
            name = f"{head} {canon}"
            _add(out, spans, Mention("Organization", m.start(), stop, text[m.start():stop], name,
                                     "org:" + name.casefold(), (f"{head} {surface}",), {"title": title},
                                     implied=True))
            continue
        if pos < end and text[pos] == " ":
            pos += 1
        rm = match_region(text, pos, end)
        if rm is None:
            continue
        canon, level = canonical_region(rm)
        if title in ("Sekretaris Kota", "Sekko"):
            level = "city"
        if title in ("Sekretaris Kabupaten", "Sekkab"):
            level = "regency"
        if not rm.level_word:
            # "Bupati Bekasi" heads the regency, "Wali Kota Bekasi" the city of the same name
            if "Bupati" in title and _has_level(rm.region_surface, "regency"):
                level = "regency"
            elif ("Wali" in title or "Walikota" in title) and _has_level(rm.region_surface, "city"):
                level = "city"
        gov = _GOV_BY_LEVEL.get(level)
        if gov is None:
            continue
        region_name = rm.entry.name if rm.entry else rm.region_surface
        name = f"{gov} {region_name}"
        extra = (f"{gov} {rm.surface}",) if rm.surface != region_name else ()
        _add(out, spans, Mention("Organization", m.start(), rm.end, text[m.start():rm.end], name,
                                 "org:" + name.casefold(), extra, {"title": title}, implied=True))


_NUMBERED_UNITS = frozenset({"Puskesmas", "Pustu", "Polsek", "Koramil"})
_UNIT_NUMBER = re.compile(r"\s+(?P<n>I{1,3}|IV|VI{0,3}|IX|X|[1-9])\b(?![/.,]\d|\s+(?:[A-Z]|Tahun|tahun))")
_SUB_LEVELS = frozenset({"Kecamatan", "Kelurahan", "Desa", "Distrik", "Kapanewon", "Kemantren"})
_GENERIC_REFERENCE = re.compile(r"\b(?:seluruh|semua|setiap|tiap|para|sejumlah|beberapa|berbagai|masing-masing)\s+"
                                r"(?:\w+\s+)?$|\bdan\s+$")
_GENERIC_HEADS = frozenset({"Dinas", "Sudin", "Badan", "Kantor", "Perumda", "Komisi", "Satuan", "Panitia", "Lembaga",
                            "Pusat Studi"})
_REGIONAL_KINDS = frozenset({"civil_society", "media", "other", "state"})
"""Kinds of named organisations whose regional branch is named by adding the region ("PMI Kota Bogor")."""


def _short_entry(entry: gazetteer.InstitutionEntry) -> gazetteer.InstitutionEntry:
    """"Pemerintah Kota Administrasi" (a long head with no short form) → the entry of "Pemerintah Kota"."""
    if entry.head == entry.expansion and entry.head.endswith(" Administrasi"):
        base = gazetteer.institutions().get(entry.head.removesuffix(" Administrasi").casefold())
        if base is not None:
            return base
    return entry


def _find_institutions(text: str, start: int, end: int, spans: list[tuple[int, int]], out: list[Mention],
                       words: list[tuple[int, str]] | None = None) -> None:
    table = gazetteer.institutions()
    for m_start, m_end, form in _institution_matcher().finditer(text, start, end, words):
        if not free(spans, m_start, m_end):
            continue
        entry = table.get(form.casefold())
        if entry is None:
            continue
        longer_noun = _GENERIC.match(text, m_start, end)
        if longer_noun and m_start + len(longer_noun.group("noun")) > m_end:
            continue  # "SD Inpres X": a longer kind of body, left to the generic pattern
        entry = _short_entry(entry)
        head = entry.head
        pos = m_end
        aliases: list[str] = []
        acr = _PAREN.match(text, pos, end)
        if acr:
            inner = acr.group("inner")
            inner_entry = table.get(inner.casefold())
            if inner_entry is not None and inner_entry.head == head or inner.isupper() or len(inner) < 12:
                pos = acr.end()
                aliases.append(inner)
        if head in _GENERIC_HEADS and not acr and _CAPITAL_NEXT.match(text[pos:pos + 2]):
            rm_next = match_region(text, pos + 1, end)
            if rm_next is None:
                continue  # "Dinas Perdagangan …": a named unit, left to the generic pattern
        surfaces = [form] if form != head else []
        level_in_head = bool(_LEVEL_SUFFIX.search(entry.expansion))
        j = _jurisdiction(text, pos, end, entry.kind, level_in_head) if entry.jurisdictional else None
        if j is None and entry.jurisdictional and head.rsplit(" ", 1)[-1] in _SUB_LEVELS and not acr:
            # "Panwaslu Distrik Wollo": a district the gazetteer may not list, named after the level word
            level = head.rsplit(" ", 1)[-1]
            rm = match_region(text, pos - len(level), end) if text.startswith(level, pos - len(level)) else None
            if rm is not None and rm.end > pos:
                surface = text[pos - len(level):rm.end]
                j = (rm.end, surface, surface, [])
                head = head.rsplit(" ", 1)[0] if table.get(head.rsplit(" ", 1)[0].casefold()) else head
        if j is None and entry.jurisdictional:
            n = _NATIONAL.match(text, pos, end)
            j = (n.end(), "RI", n.group("nat"), []) if n else None
        structure = _party_structure(text, m_start, pos, end, head, entry) if j is None else None
        if structure is not None:
            _add(out, spans, structure)
            continue
        if j is None and not acr and (longer := _named_at(text, m_start, end)) and m_start + len(longer) > m_end:
            continue  # "Kejaksaan Agung": a body named on its own, not "Kejaksaan" of some region
        if j is not None:
            stop, canon, surface, info = j
            if head in ("Puskesmas", "Pustu"):
                canon = surface  # a health centre is named by its district or village as written
            unit = _UNIT_NUMBER.match(text, stop, end) if head in _NUMBERED_UNITS else None
            if unit:  # "Puskesmas Ubud I", "Puskesmas Sukajadi 2": one of the region's numbered units
                stop, canon, surface = unit.end(), f"{canon} {unit.group('n')}", f"{surface} {unit.group('n')}"
            name = f"{head} {canon}"
            written = head
            level_head = table.get(f"{head} {surface.split()[0]}".casefold()) if " " in surface else None
            if level_head is not None and level_head.head != head and surface.split()[0] in _SUB_LEVELS:
                # "Panwaslu Kecamatan X" written as "Panitia Pengawas … (Panwaslu) Kecamatan X"
                head, name = level_head.head, f"{level_head.head} {surface.split(' ', 1)[1]}"
            forms = [f"{written} {surface}", *[f"{s} {surface}" for s in surfaces]]
            region_attrs = {"region": info[0], "ambiguous": info[1]} if info else {}
            forms += [f"{a} {surface}" for a in aliases if a.casefold() != head.casefold()]
            tail = _PAREN.match(text, stop, end)
            defines = {}
            if tail:
                forms.append(tail.group("inner"))
                stop_span = tail.end()
                if _DEFINED_ACRONYM.fullmatch(tail.group("inner")):
                    defines = {"defines": tail.group("inner")}  # "Majelis Rakyat Papua Barat (MRPB)"
            else:
                stop_span = stop
            _add(out, spans, Mention("Organization", m_start, stop_span, text[m_start:stop_span], name,
                                     "org:" + name.casefold(), tuple(f for f in forms if f != name),
                                     {"head": head, "kind": entry.kind, **region_attrs, **defines}))
        elif not entry.jurisdictional and (structure := _party_structure(text, m_start, pos, end, head, entry)):
            _add(out, spans, structure)
        elif not entry.jurisdictional and pos < end and text[pos] == " " and _named_at(text, pos + 1, end):
            parent = _named_at(text, pos + 1, end) or ""
            named_entry = gazetteer.named_organizations().get(parent.casefold())
            stop = pos + 1 + len(parent)
            name = f"{head} {parent}"
            _add(out, spans, Mention("Organization", m_start, stop, text[m_start:stop], name, "org:" + name.casefold(),
                                     tuple(surfaces + aliases), {"head": head, "kind": entry.kind, "acr": head,
                                                                 "parent": named_entry.name if named_entry else parent}))
        elif _GENERIC_REFERENCE.search(text[max(start, m_start - 20):m_start]) and entry.kind == "other":
            continue  # "seluruh SMA dan SMK": schools in general, not one organisation
        else:
            _add(out, spans, Mention("Organization", m_start, pos, text[m_start:pos], head,
                                     "org:" + head.casefold(), tuple(surfaces + aliases),
                                     {"head": head, "kind": entry.kind, "bare": "1" if entry.jurisdictional else ""}))


_STATION = re.compile(r"\s+Stasiun\s")
_DEFINED_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_STRUCTURE_HEADS = frozenset({"DPP", "DPD", "DPC", "DPW", "PAC"})
"""Heads of a party's (or association's) own tiers: "DPC PDI Perjuangan Kabupaten X" is one organisation."""
_STRUCTURE_OWNERS = frozenset({"party", "civil_society"})


def _party_structure(text: str, m_start: int, pos: int, end: int, head: str,
                     entry: gazetteer.InstitutionEntry) -> Mention | None:
    """"DPC Partai Gerindra Kabupaten X", "Dewan Pimpinan Daerah (DPD) PSI Provinsi Y": the tier, its party
    as written and the region, one organisation (its key uses the party's canonical name)."""
    if head not in _STRUCTURE_HEADS or pos >= end or text[pos] != " ":
        return None
    parent = _named_at(text, pos + 1, end)
    owner = gazetteer.named_organizations().get(parent.casefold()) if parent else None
    if parent is None or owner is None or owner.kind not in _STRUCTURE_OWNERS:
        return None
    stop = pos + 1 + len(parent)
    acr = _PAREN.match(text, stop, end)
    if acr and gazetteer.named_organizations().get(acr.group("inner").casefold()) is owner:
        stop = acr.end()
    name, key = f"{head} {parent}", f"{head} {owner.name}"
    j = _jurisdiction(text, stop, end, "other")
    if j is not None and not _NATIONAL.match(text, stop, end):
        jstop, canon, surface, _info = j
        name, key, stop = f"{name} {surface}", f"{key} {canon}", jstop
    written = " ".join(text[m_start:stop].split())
    forms = {written, f"{entry.expansion} {name.split(' ', 1)[1]}"} - {name}
    return Mention("Organization", m_start, stop, text[m_start:stop], name, "org:" + key.casefold(),
                   tuple(sorted(forms)), {"head": head, "kind": "party_unit", "owner": owner.name})


def _find_named(text: str, start: int, end: int, spans: list[tuple[int, int]], out: list[Mention],
                words: list[tuple[int, str]] | None = None) -> None:
    table = gazetteer.named_organizations()
    for m_start, m_end, form in _named_matcher().finditer(text, start, end, words):
        if not free(spans, m_start, m_end):
            continue
        entry = table.get(form.casefold())
        if entry is None:
            continue
        stop = m_end
        forms = [form]
        acr = _PAREN.match(text, stop, end)
        if acr and (acr.group("inner").casefold() in table or acr.group("inner").isupper()):
            forms.append(acr.group("inner"))
            stop = acr.end()
        station = _STATION.match(text, stop, end) if entry.kind == "media" else None
        j = _jurisdiction(text, station.end() - 1 if station else stop, end, "other") \
            if entry.kind in _REGIONAL_KINDS else None
        if j is not None and not _NATIONAL.match(text, stop, end):
            jstop, _canon, surface, _info = j
            bare_form = form.removeprefix("LPP ")
            short = (f"{form} {surface}", f"{bare_form} {surface}") if station else ()
            if station:  # "LPP TVRI Stasiun Riau": a public broadcaster's regional station
                surface = f"Stasiun {surface}"
            name = f"{form} {surface}"
            branch = (f"{entry.name} {surface}", *(f"{f} {surface}" for f in forms[1:]), *short)
            _add(out, spans, Mention("Organization", m_start, jstop, text[m_start:jstop], name,
                                     "org:" + name.casefold(), tuple(f for f in branch if f != name),
                                     {"kind": entry.kind, "branch_of": entry.name}))
            continue
        _add(out, spans, Mention("Organization", m_start, stop, text[m_start:stop], entry.name,
                                 "org:" + entry.name.casefold(), tuple(f for f in forms if f != entry.name),
                                 {"kind": entry.kind}))


def _find_defined(text: str, start: int, end: int, spans: list[tuple[int, int]], out: list[Mention],
                  defined: PhraseMatcher) -> None:
    for s, e, acr in defined.finditer(text, start, end):
        if not free(spans, s, e):
            continue
        j = _jurisdiction(text, e, end, "other")
        if j is not None:
            stop, _canon, surface, _ = j
            name = f"{acr} {surface}"
        else:
            parent = _named_at(text, e + 1, end) if e < end and text[e] == " " else None
            if parent:
                entry = gazetteer.named_organizations().get(parent.casefold())
                name, stop = f"{acr} {parent}", e + 1 + len(parent)
                _add(out, spans, Mention("Organization", s, stop, text[s:stop], name, "org:" + name.casefold(), (),
                                         {"kind": "other", "parent": entry.name if entry else parent}))
                continue
            name, stop = acr, e
        _add(out, spans, Mention("Organization", s, stop, text[s:stop], name, "org:" + name.casefold(), (),
                                 {"kind": "other", "acr": acr}))


def _trim_body(body: str) -> str:
    words = body.split()
    keep: list[str] = []
    for w in words:
        if w in _STOP_BODY and keep:
            break
        keep.append(w)
    while keep and keep[-1] in ("dan", "&", "untuk", "bagi"):
        keep.pop()
    return " ".join(keep)


def _named_inside(out: list[Mention], lo: int, hi: int) -> Mention | None:
    """The organisation already found that starts inside ``(lo, hi)`` and is named on its own."""
    for m in out:
        if lo < m.start < hi and m.attrs.get("kind") in ("university", "civil_society", "state") \
                and not m.attrs.get("branch_of"):
            return m
    return None


def _find_generic(text: str, start: int, end: int, spans: list[tuple[int, int]], out: list[Mention]) -> None:
    if _generic_words().isdisjoint(words_of(text[start:end])):
        return
    named = gazetteer.named_organizations()
    for m in _GENERIC.finditer(text, start, end):
        if not free(spans, m.start(), m.start("body") + 1):
            continue
        noun = m.group("noun")
        body = _trim_body(m.group("body"))
        if not body:
            continue
        expansion = f"{noun} {body}"
        stop = m.start("body") + m.group("body").find(body.split()[0]) + len(body)
        acr = m.group("acr") if stop >= m.end("body") - 1 else None
        if not free(spans, m.start(), stop):
            host = _named_inside(out, m.start("body"), stop)
            if host is not None and free(spans, m.start(), host.start):
                # "Pusat Studi Demokrasi Universitas X": a unit named with its (named) parent
                full = " ".join(text[m.start():host.end].split())
                _add(out, spans, Mention("Organization", m.start(), host.end, text[m.start():host.end], full,
                                         "org:" + full.casefold(), (), {"kind": "other", "parent": host.name}))
            continue
        aliases: list[str] = []
        if acr:
            stop = m.end()
            aliases.append(acr)
        pos = stop
        j = _jurisdiction(text, pos, end, "other")
        parent_named = None
        if j is None and acr:
            parent_named = _named_at(text, pos + 1, end) if pos < end and text[pos] == " " else None
        if j is not None:
            jstop, canon, surface, _ = j
            short = acr or expansion
            name = f"{short} {surface}"
            aliases += [f"{expansion} {surface}"]
            if acr:
                aliases.append(f"{expansion} ({acr}) {surface}")
            stop = jstop
        elif parent_named:
            name = f"{acr} {parent_named}"
            aliases += [f"{expansion} {parent_named}", f"{expansion} ({acr}) {parent_named}", expansion]
            stop = pos + 1 + len(parent_named)
            entry = named.get(parent_named.casefold())
            mention = Mention("Organization", m.start(), stop, text[m.start():stop], name,
                              "org:" + name.casefold(), tuple(aliases),
                              {"kind": "other", "parent": entry.name if entry else parent_named, "acr": acr or ""})
            _add(out, spans, mention)
            continue
        else:
            name = expansion
        if noun in ("Universitas", "Institut", "Politeknik") and acr:
            aliases.append(acr)
        entry = named.get(expansion.casefold()) or (named.get(acr.casefold()) if acr else None)
        if entry is not None:
            name = entry.name
        _add(out, spans, Mention("Organization", m.start(), stop, text[m.start():stop], name,
                                 "org:" + name.casefold(), tuple(a for a in aliases if a != name),
                                 {"kind": "other", "acr": acr or ""}))
