"""Sentence splitting with character offsets into the article text.

Breaks at line breaks and at real sentence ends; never after abbreviations such as "Jl.", "Kec.",
"H.", "S.Sos.", "M.Si.", "No." or after initials ("A. Rahman").
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    """Index of the paragraph (block of lines separated by a blank line) the sentence is in."""


ABBREVIATIONS = frozenset("""
jl jln kec kab kel prov ir h hj dr drs dra no nomor st sdr sdri bpk ny tn prof moh muh mhd abd moch mochd
mokh sy hi
kh tgk ust apt dkk dll dsb tsb ds kp rt rw gg blok pt cv tbk vs yth an a.n u.p
s.sos s.ip s.h s.e s.t s.pd s.ag s.kom s.psi s.hi s.farm s.ked s.kep s.hum s.si s.p s.pt
m.si m.h m.pd m.m m.ag m.t m.kn m.kes m.sc m.a m.ap m.ikom m.hum m.e ph.d mt ma mm
lc sh se st sp mba kompol iptu ipda aiptu aipda bripka brigpol bripda jend kol let
""".split())

_BOUNDARY = re.compile(r"""[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9"'])""")
_PREV_WORD = re.compile(r"""([\w.]+)$""")


def _is_abbreviation(before: str) -> bool:
    m = _PREV_WORD.search(before)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "A. Rahman"
    if re.fullmatch(r"(?:[a-z]{1,4}\.)+[a-z]{1,4}", word):
        return True  # dotted degree such as "s.sos" or "m.si"
    return False


_DEGREE_END = re.compile(r"(?:^|[\s,])(?:[A-Z][a-zA-Z]{0,3}\.){1,3}[A-Z][a-zA-Z]{0,3}$|(?:^|[\s,])(?:S|M|Ph|Dr)\.[A-Za-z.]+$")
SENTENCE_STARTERS = frozenset("""Hadir Turut Tampak Menurut Dalam Ia Dia Beliau Mereka Kami Sementara Selain Kegiatan Acara
Rapat Pada Para Ketua Kepala Anggota Sedangkan Adapun Namun Kemudian Selanjutnya Sebelumnya Hal Usai Setelah Saat
Sebelum Ketika Di Dari Untuk Dengan Bahkan Tak Tidak Hingga Sampai Itu Ini Kedua Ketiga Selama Sejak Pihaknya""".split())


def _is_degree(before: str) -> bool:
    """True when the text ends in an academic degree ("S.H.I", "M.Si"), which may end a sentence."""
    return bool(_DEGREE_END.search(before))


def _starts_sentence(after: str) -> bool:
    m = re.match(r"\s+[\"']?([A-Z][a-z]+)", after)
    return bool(m and m.group(1) in SENTENCE_STARTERS)


def _split_line(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    out: list[Sentence] = []
    line = text[start:end]
    cursor = 0
    for m in _BOUNDARY.finditer(line):
        if m.group(0)[0] == "." and _is_abbreviation(line[: m.start()]) \
                and not (_is_degree(line[: m.start()]) and _starts_sentence(line[m.end():])):
            continue
        if m.group(0)[0] == "." and re.fullmatch(r"\s*(?:\d{1,2}|[a-zA-Z])", line[cursor:m.start()]):
            continue  # a list number or letter opening the line: "1. Ketua …", "a. …"
        piece_end = m.end()
        out.extend(_make(text, start + cursor, start + piece_end, paragraph))
        cursor = piece_end
    out.extend(_make(text, start + cursor, end, paragraph))
    return out


def _make(text: str, start: int, end: int, paragraph: int) -> list[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return []
    return [Sentence(start, end, text[start:end], paragraph)]


def split_sentences(text: str) -> list[Sentence]:
    """All sentences of ``text`` in order, each with its span and paragraph index."""
    out: list[Sentence] = []
    paragraph = 0
    pos = 0
    blank_run = False
    for line in text.split("\n"):
        line_end = pos + len(line)
        if line.strip():
            if blank_run and out:
                paragraph += 1
            blank_run = False
            out.extend(_split_line(text, pos, line_end, paragraph))
        else:
            blank_run = True
        pos = line_end + 1
    return out
