"""Dates as Indonesian news states them, resolved to ISO: "Jumat (17/3)", "Senin (12/6/2023)",
"14 Februari 2024", "Rabu, 3 Januari 2024". A missing year is inferred from the publication date
and the weekday: the year within ±3 of the publication year whose calendar matches."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jumaat": 4,
            "sabtu": 5, "minggu": 6, "ahad": 6}
MONTHS = {"januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4,
          "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8,
          "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
          "nopember": 11, "desember": 12, "des": 12}
_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Jumaat|Sabtu|Minggu|Ahad)"
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
NUMERIC_RE = re.compile(_WD + r"\s*,?\s*\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{2,4}))?\s*\)",
                        re.IGNORECASE)
WORDY_RE = re.compile(r"(?:" + _WD + r"\s*,?\s*(?:\(\s*)?)?\b(?P<d>\d{1,2})\s+" + _MONTH + r"\b\.?(?:\s+(?P<y>\d{4}))?",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    iso: str


def infer_year(day: int, month: int, weekday: int | None, published: dt.date | None) -> int | None:
    """Year for day/month: the ±3-year match of ``weekday`` nearest the publication year."""
    if published is None:
        return None
    base = published.year
    if weekday is None:
        return base
    for delta in (0, -1, 1, -2, 2, -3, 3):
        try:
            if dt.date(base + delta, month, day).weekday() == weekday:
                return base + delta
        except ValueError:
            continue
    return None


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _resolve(day: int, month: int, year_text: str | None, wd_text: str | None, published: dt.date | None) -> str | None:
    weekday = WEEKDAYS.get(wd_text.casefold().replace("\u2019", "'")) if wd_text else None
    if year_text:
        year = int(year_text)
        if year < 100:
            year += 2000
    else:
        found = infer_year(day, month, weekday, published)
        if found is None:
            return None
        year = found
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, start: int, end: int, published: str | None) -> list[DateMention]:
    """Dates in ``text[start:end]`` with their ISO value (those that cannot be resolved are left out)."""
    pub = _parse_published(published)
    out: list[DateMention] = []
    for m in NUMERIC_RE.finditer(text, start, end):
        iso = _resolve(int(m.group("d")), int(m.group("m")), m.group("y"), m.group("wd"), pub)
        if iso:
            out.append(DateMention(m.start(), m.end(), iso))
    for m in WORDY_RE.finditer(text, start, end):
        if any(o.start <= m.start() < o.end for o in out):
            continue
        month = MONTHS[m.group("month").casefold()]
        iso = _resolve(int(m.group("d")), month, m.group("y"), m.group("wd"), pub)
        if iso:
            out.append(DateMention(m.start(), m.end(), iso))
    out.sort(key=lambda d: d.start)
    return out
