"""Matching region names (province, kabupaten, kota, kecamatan) at a position in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ingest.extract import gazetteer

_WORD = re.compile(r"[A-Z][\w'-]*|[a-z]{1,3}(?=\s+[A-Z])")
_LEVEL = re.compile(
    r"(?P<level>Provinsi|Prov\.|Kabupaten|Kab\.|Kota Administrasi|Kota Adm\.|Kota|Kecamatan|Kec\.|Distrik|Kapanewon|Kemantren|Administrasi|Adm\.)\s+"
)
LEVEL_OF_WORD = {"provinsi": "province", "prov.": "province", "kabupaten": "regency", "kab.": "regency",
                 "kota administrasi": "city", "kota adm.": "city", "kota": "city", "kecamatan": "district",
                 "kec.": "district", "distrik": "district", "kapanewon": "district", "kemantren": "district", "administrasi": "", "adm.": ""}
_PLACE_TAILS = frozenset({"Utara", "Selatan", "Barat", "Timur", "Tengah", "Raya", "Baru", "Lama", "Hilir", "Hulu",
                          "Ilir", "Ulu", "Laut", "Darat", "Kota", "Jaya", "Indah", "Besar", "Kecil", "Atas", "Bawah"})
_LEVEL_PRIORITY = {"province": 0, "city": 1, "regency": 2, "district": 3}


@dataclass(frozen=True, slots=True)
class RegionMatch:
    start: int
    end: int
    surface: str
    """As written, level word included ("Kota Bekasi")."""
    region_surface: str
    """Without the level word ("Bekasi")."""
    level_word: str | None
    entry: gazetteer.RegionEntry | None


def _entries_for(name: str, level: str | None) -> list[gazetteer.RegionEntry]:
    entries = gazetteer.regions().get(name.casefold(), [])
    if level:
        entries = [e for e in entries if e.level == level] or []
    return sorted(entries, key=lambda e: _LEVEL_PRIORITY.get(e.level, 9))


@lru_cache(maxsize=1)
def first_words() -> frozenset[str]:
    """Folded first words of every region name and alias (a cheap pre-check before matching)."""
    return frozenset(form.split(" ", 1)[0] for form in gazetteer.regions())


def match_region(text: str, pos: int, end: int, *, allow_unknown: bool = False,
                 max_words: int = 5) -> RegionMatch | None:
    """Longest region name starting at ``pos`` (after optional level word); None when there is none."""
    level_word: str | None = None
    cursor = pos
    lm = _LEVEL.match(text, pos, end)
    if lm:
        level_word = lm.group("level")
        cursor = lm.end()
    elif not allow_unknown:
        fw = _WORD.match(text, pos, end)
        if fw is None or fw.group(0).casefold() not in first_words():
            return None
    words: list[tuple[int, int]] = []
    p = cursor
    while len(words) < max_words:
        m = _WORD.match(text, p, end)
        if not m:
            break
        words.append((m.start(), m.end()))
        nxt = m.end()
        if nxt < end and text[nxt] == " ":
            p = nxt + 1
        else:
            break
    level = LEVEL_OF_WORD.get(level_word.casefold()) or None if level_word else None
    for n in range(len(words), 0, -1):
        s, e = words[0][0], words[n - 1][1]
        name = text[s:e]
        if not name[0].isupper() or not name[-1].isalnum():
            continue
        entries = _entries_for(name, level)
        if not entries and level_word:
            entries = _entries_for(f"{level_word} {name}", None)
        if entries:
            return RegionMatch(pos, e, text[pos:e], name, level_word, entries[0])
    if (allow_unknown or level_word) and words:
        # an unknown place after an explicit level word: take capitalised words
        caps = [w for w in words if text[w[0]].isupper()]
        n = 1 if caps and caps[0] == words[0] else 0
        while n and n < len(caps) and n < 3 and caps[n] == words[n] and text[caps[n][0]:caps[n][1]] in _PLACE_TAILS:
            n += 1
        if n and level_word:
            s, e = words[0][0], words[n - 1][1]
            return RegionMatch(pos, e, text[pos:e], text[s:e], level_word, None)
    if level_word is None:
        return None
    return None


def canonical_region(match: RegionMatch) -> tuple[str, str]:
    """(canonical name with level word where needed, level) for a region match."""
    if match.entry is None:
        lw = match.level_word or ""
        word = {"kab.": "Kabupaten", "prov.": "Provinsi", "kec.": "Kecamatan"}.get(lw.casefold(), lw)
        return (f"{word} {match.region_surface}".strip(), LEVEL_OF_WORD.get(lw.casefold(), ""))
    entry = match.entry
    if entry.level == "regency":
        return f"Kabupaten {entry.name}", entry.level
    if entry.level == "city" and entry.parent != "DKI Jakarta":
        return f"Kota {entry.name}", entry.level
    return entry.name, entry.level
