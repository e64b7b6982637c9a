"""Statutes and regulations: "UU Nomor 7 Tahun 2017 tentang Pemilu", "PKPU Nomor 5 Tahun 2024" …"""

from __future__ import annotations

import re

from ingest.extract.mention import Mention

_KINDS: list[tuple[str, str]] = [
    (r"Undang[- ]Undang(?: Republik Indonesia| RI)?", "UU"),
    (r"UU(?: RI)?", "UU"),
    (r"Peraturan Pemerintah Pengganti Undang[- ]Undang|Perppu|Perpu", "Perppu"),
    (r"Peraturan (?:Komisi Pemilihan Umum|KPU)(?: RI)?|PKPU", "PKPU"),
    (r"Peraturan (?:Badan Pengawas Pemilihan Umum|Badan Pengawas Pemilu|Bawaslu)(?: RI)?|Perbawaslu", "Perbawaslu"),
    (r"Peraturan (?:DKPP|Dewan Kehormatan Penyelenggara Pemilu)", "Peraturan DKPP"),
    (r"Peraturan Pemerintah|PP", "PP"),
    (r"Peraturan Presiden|Perpres", "Perpres"),
    (r"Peraturan Menteri Dalam Negeri|Permendagri", "Permendagri"),
    (r"Peraturan Menteri [A-Z][a-z]+(?: [A-Z][a-z]+){0,3}|Permen[A-Z]?[a-z]*", "Permen"),
    (r"Peraturan Daerah(?: Provinsi| Kabupaten| Kota)?(?: [A-Z][a-z]+){0,3}|Perda", "Perda"),
    (r"Peraturan (?:Gubernur|Bupati|Wali ?[Kk]ota)(?: [A-Z][a-z]+){0,3}|Pergub|Perbup|Perwali|Perwalkot", "Perkada"),
    (r"Keputusan (?:KPU|Komisi Pemilihan Umum)(?: RI)?", "Keputusan KPU"),
    (r"Surat Edaran (?:KPU|Bawaslu|Menteri Dalam Negeri|Mendagri)", "SE"),
    (r"Putusan (?:Mahkamah Konstitusi|MK)", "Putusan MK"),
    (r"Keputusan Presiden|Keppres", "Keppres"),
    (r"Instruksi Presiden|Inpres", "Inpres"),
]
_KIND_RE = "|".join(f"(?:{p})" for p, _ in _KINDS)
_NUMBER = r"(?:(?:Nomor|No\.?)\s*:?\s*)?(?P<num>\d+[A-Z]?(?:/(?!(?:19|20)\d\d(?!\d))[\w.-]+)*)"
_YEAR = r"(?:\s+(?:Tahun|Th\.?|tahun)\s+|\s*/\s*)(?P<year>(?:19|20)\d\d)(?!\d)"
"""" Tahun 2017" or the short "/2017" of "UU 7/2017"."""
_TOPIC_WORD = r"(?:[A-Z][\w'/-]*|dan|atau|dan/atau|serta|yang|dari|atas|di|ke|untuk|pada|dalam|tentang|oleh|bagi|antara|terhadap|\d+)"
_TOPIC = (r"(?:\s+tentang\s+(?P<topic>(?:[A-Z][\w'/-]*|pemilu|pemilihan(?: umum)?|pilkada)"
          r"(?:(?:,\s+(?=(?:dan |serta )?[A-Z])|\s+)" + _TOPIC_WORD + r")*))?")
LAW_RE = re.compile(r"(?=[A-Z])\b(?P<kind>" + _KIND_RE + r")\s+" + _NUMBER + _YEAR + _TOPIC)
_TRAILING_CONNECTOR = re.compile(r"(?:\s+(?:dan|atau|serta|yang|dari|atas|di|ke|untuk|pada|dalam|tentang|oleh|bagi|antara|terhadap))+$|,$")


def _kind_of(surface: str) -> str:
    for pattern, kind in _KINDS:
        if re.fullmatch(pattern, surface):
            return kind
    return surface


def find_laws(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    if "ahun" not in text[start:end] and "Th" not in text[start:end] and "/" not in text[start:end]:
        return out
    for m in LAW_RE.finditer(text, start, end):
        topic = m.group("topic")
        mend = m.end()
        if topic:
            trimmed = _TRAILING_CONNECTOR.sub("", topic)
            mend = m.start("topic") + len(trimmed)
        kind = _kind_of(m.group("kind"))
        num, year = m.group("num"), m.group("year")
        surface = text[m.start():mend]
        short = text[m.start():m.end("year")]
        aliases = [short] if short != surface else []
        if kind in ("UU", "PKPU"):
            for form in (f"{kind} Nomor {num} Tahun {year}", f"{kind} {num} Tahun {year}"):
                if form.casefold() != short.casefold():
                    aliases.append(form)
        out.append(Mention("Law", m.start(), mend, surface, surface, f"law:{kind}:{num}:{year}".casefold(),
                           tuple(aliases)))
    return out
