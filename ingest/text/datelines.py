"""Datelines: the place an article opens with ("CIAMIS –", "Jakarta, Kompas -")."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATELINE = re.compile(
    r"""^(?P<place>[A-Z][A-Za-z'.]*(?:[ ][A-Z][A-Za-z'.]*){0,3})"""
    r"""(?:\s*,\s*[^\n–—-]{1,40}?)?(?:\s*\((?P<outlet>[A-Za-z ./]{1,25})\))?\s*[–—-]{1,2}\s+(?=\S)"""
)


@dataclass(frozen=True, slots=True)
class Dateline:
    name: str
    """Place name in title case ("Soreang")."""
    surface: str
    start: int
    end: int
    outlet: str | None = None
    """News outlet named in parentheses ("Jakarta (ANTARA) -"), if any."""
    outlet_start: int = -1


def _title_case(word: str) -> str:
    return word if not word.isupper() else word[:1] + word[1:].lower()


def find_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The dateline at the start of ``text[start:end]`` (one body line), if any."""
    m = _DATELINE.match(text[start:end])
    if not m:
        return None
    surface = m.group("place")
    name = " ".join(_title_case(w) for w in surface.split())
    outlet = m.group("outlet")
    outlet_start = start + m.start("outlet") if outlet else -1
    return Dateline(name, surface, start + m.start("place"), start + m.end("place"), outlet, outlet_start)
