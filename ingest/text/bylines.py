"""Bylines, credit lines, photo captions and signature lines."""

from __future__ import annotations

import re
from dataclasses import dataclass

REPORTER_ROLES = frozenset({"reporter", "penulis", "pewarta", "wartawan", "kontributor", "laporan", "teks", "oleh",
                            "jurnalis", "liputan", "tulisan", "naskah"})
EDITOR_ROLES = frozenset({"editor", "redaktur", "penyunting", "editing"})
PHOTO_ROLES = frozenset({"foto", "fotografer", "photo", "dokumentasi"})
_ROLES = REPORTER_ROLES | EDITOR_ROLES | PHOTO_ROLES

_NAME = r"[A-Z][\w'.-]*(?:\s+(?:[A-Z][\w'.-]*|br|bin|binti|de|van|al-\w+))*"
_SEGMENT = re.compile(r"(?P<role>[A-Za-z]+)(?:\s+(?:dan|&)\s+(?:[Ff]oto|[Pp]hoto))?\s*:\s*(?P<value>[^|:;\n]+?)\s*(?=\||;|$|\s[A-Z][a-z]+\s*:)")
_CREDIT_LINE = re.compile(r"^\s*\(?\s*(?:" + "|".join(sorted(_ROLES)) + r")(?:\s+(?:(?:dan|&)\s+)?(?:foto|photo))?\s*:", re.IGNORECASE)
_CAPTION = re.compile(r"\(?\bFoto\s*:\s*(?P<value>" + _NAME + r")\s*\)?\s*$")
_SIGNATURE = re.compile(r"^\(?\s*(?P<outlet>[A-Za-z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})\s*/\s*(?P<value>" + _NAME + r")\s*\)?$")
_OLEH_LINE = re.compile(r"^(?:Oleh|OLEH)\s+(?P<value>" + _NAME + r")\s*$")
_SPLIT_NAMES = re.compile(r"\s*(?:,|\bdan\b|&)\s*")
# "Wartawan kami, X", "Laporan wartawan Tribun Lampung, X", "Jurnalis Kompas.com, X", "Kontributor Antara X"
_STAFF_LINE = re.compile(r"^\(?\s*(?:Laporan\s+)?(?P<role>[Ww]artawan|[Rr]eporter|[Jj]urnalis|[Kk]ontributor|"
                         r"[Kk]oresponden|[Pp]ewarta)\s+(?:(?P<own>kami)|(?P<outlet>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}))"
                         r"\s*,\s*(?P<value>" + _NAME + r")\s*\)?\s*$")


@dataclass(frozen=True, slots=True)
class Credit:
    role: str
    """reporter | editor | photo"""
    name: str
    start: int
    end: int
    line_start: int
    line_end: int
    outlet: str | None = None
    outlet_start: int = -1


def _role_kind(label: str) -> str | None:
    low = label.lower()
    if low in REPORTER_ROLES:
        return "reporter"
    if low in EDITOR_ROLES:
        return "editor"
    if low in PHOTO_ROLES:
        return "photo"
    return None


def _names(value: str, base: int) -> list[tuple[str, int, int]]:
    out: list[tuple[str, int, int]] = []
    value = value.split("(", 1)[0]  # "Andi (Kontributor Garut)": the note is not part of the name
    pos = 0
    for piece in _SPLIT_NAMES.split(value):
        idx = value.find(piece, pos)
        pos = idx + len(piece)
        name = piece.strip(" .-()")
        if name and name[0].isupper() and len(name) > 2:
            s = base + idx + piece.find(name)
            out.append((name, s, s + len(name)))
    return out


def find_credits(text: str) -> tuple[list[Credit], list[tuple[int, int]]]:
    """Credits found in ``text`` and the line spans that are credit lines (not body text)."""
    credits: list[Credit] = []
    lines: list[tuple[int, int]] = []
    pos = 0
    raw_lines = text.split("\n")
    last_nonempty = max((i for i, ln in enumerate(raw_lines) if ln.strip()), default=-1)
    first_nonempty = min((i for i, ln in enumerate(raw_lines) if ln.strip()), default=-1)
    for i, line in enumerate(raw_lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if _CREDIT_LINE.match(line):
            lines.append((start, end))
            for m in _SEGMENT.finditer(line):
                kind = _role_kind(m.group("role"))
                if kind is None:
                    continue
                for name, s, e in _names(m.group("value"), start + m.start("value")):
                    credits.append(Credit(kind, name, s, e, start, end))
            continue
        staff = _STAFF_LINE.match(line.strip()) if len(line.strip()) < 90 else None
        if staff:
            off = start + (len(line) - len(line.lstrip()))
            lines.append((start, end))
            outlet = staff.group("outlet")
            for name, s, e in _names(staff.group("value"), off + staff.start("value")):
                credits.append(Credit("reporter", name, s, e, start, end, outlet,
                                      off + staff.start("outlet") if outlet else -1))
            continue
        oleh = _OLEH_LINE.match(line.strip()) if i in (first_nonempty, last_nonempty) and len(line.strip()) < 60 else None
        if oleh:
            off = start + (len(line) - len(line.lstrip()))
            lines.append((start, end))
            for name, s, e in _names(oleh.group("value"), off + oleh.start("value")):
                credits.append(Credit("reporter", name, s, e, start, end))
            continue
        cap = _CAPTION.search(line)
        if cap:
            for name, s, e in _names(cap.group("value"), start + cap.start("value")):
                credits.append(Credit("photo", name, s, e, start, end))
        if i == last_nonempty and i > 0:
            sig = _SIGNATURE.match(line.strip())
            if sig and len(line.strip()) < 80:
                off = start + (len(line) - len(line.lstrip()))
                lines.append((start, end))
                for name, s, e in _names(sig.group("value"), off + sig.start("value")):
                    credits.append(Credit("reporter", name, s, e, start, end, sig.group("outlet"),
                                          off + sig.start("outlet")))
    return credits, lines
