"""Elections and election rounds: "Pemilu 2024", "Pilkada Jawa Barat 2024", "Pilwalkot Semarang 2024"."""

from __future__ import annotations

import re

from ingest.extract.mention import Mention
from ingest.extract.regions import match_region

# kind key → (short forms, long forms); a long form may be followed by "dan Wakil …".
_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pemilu": (("Pemilu",), ("Pemilihan Umum",)),
    "pilpres": (("Pilpres",), ("Pemilihan Presiden(?: dan Wakil Presiden)?",)),
    "pileg": (("Pileg",), ("Pemilihan Legislatif", "Pemilihan Anggota Legislatif")),
    "pilkada": (("Pilkada", "Pemilukada"), ("Pemilihan Kepala Daerah(?: dan Wakil Kepala Daerah)?",
                                          "Pemilihan(?= [Ss]erentak (?:[Tt]ahun )?20\\d\\d)")),
    "pilgub": (("Pilgub",), ("Pemilihan Gubernur(?: dan Wakil Gubernur)?",)),
    "pilbup": (("Pilbup",), ("Pemilihan Bupati(?: dan Wakil Bupati)?",)),
    "pilwalkot": (("Pilwalkot", "Pilwali", "Pilwako", "Pilkot"),
                  ("Pemilihan Wali ?[Kk]ota(?: dan Wakil Wali ?[Kk]ota)?",)),
    "pilkades": (("Pilkades",), ("Pemilihan Kepala Desa",)),
}
_FORM_TO_KIND: list[tuple[str, str, bool]] = []
for _key, (_shorts, _longs) in _KINDS.items():
    _FORM_TO_KIND += [(s, _key, True) for s in _shorts] + [(lf, _key, False) for lf in _longs]

_HEAD = "|".join(f"(?:{f})" for f, _, _ in sorted(_FORM_TO_KIND, key=lambda x: -len(x[0])))
_PLACE = r"(?:(?:Provinsi|Kabupaten|Kota|Kab\.)\s+)?(?:[A-Z][\w'-]*|DKI)(?:\s+[A-Z][\w'-]*){0,3}"
ELECTION_RE = re.compile(
    r"(?=[Pp])\b(?P<head>(?i:" + _HEAD + r"))(?:\s+(?P<serentak>[Ss]erentak))?"
    r"(?:\s+(?P<place>" + _PLACE + r"))?(?:\s+(?:[Tt]ahun\s+)?(?P<year>(?:19|20)\d\d))?\b"
)
_NOT_PLACE = {"tahun", "serentak", "nasional", "legislatif", "dan", "di", "yang", "ini", "itu", "mendatang",
              "lalu", "pada", "tersebut", "untuk"}


def _kind(head: str) -> tuple[str, bool]:
    if head.casefold() == "pemilihan":
        return "pilkada", False  # "Pemilihan Serentak 2024": the regional elections
    for form, kind, short in _FORM_TO_KIND:
        if re.fullmatch(form, head, re.IGNORECASE):
            return kind, short
    return head.casefold(), True


def find_elections(text: str, start: int, end: int) -> list[Mention]:
    out: list[Mention] = []
    if "il" not in text[start:end]:
        return out  # every head ("Pemilu", "Pemilihan", "Pilkada", "Pilpres" …) contains "il"
    for m in ELECTION_RE.finditer(text, start, end):
        head = m.group("head")
        if not head[0].isupper() and not m.group("year"):
            continue  # "pemilu" alone, lower case: a generic reference
        kind, is_short = _kind(head)
        place = m.group("place")
        if place and place.split()[0].casefold() in _NOT_PLACE:
            place = None
        if place and not m.group("year"):
            rm = match_region(text, m.start("place"), m.end("place"))
            place = rm.surface if rm is not None else None
        if place and not m.group("year") and not place[0].isupper():
            place = None
        year = m.group("year")
        if kind == "pemilu" and place:
            place = None  # "Pemilu 2024" is national; a following capitalised word is something else
        if not year and not place and kind in ("pemilu",):
            continue
        end_pos = m.end("year") if year else (m.end("place") if place else m.end("head"))
        if place and not year:
            end_pos = m.start("place") + len(place)
        surface = text[m.start():end_pos]
        place_key = re.sub(r"^(?:provinsi|kabupaten|kota|kab\.)\s+", "", (place or "").casefold())
        key = f"election:{kind}:{place_key}:{year or ''}"
        out.append(Mention("Election", m.start(), end_pos, surface, surface, key,
                           attrs={"kind": kind, "short": "1" if is_short else "0", "year": year or "",
                                  "place": place_key}))
    return out
