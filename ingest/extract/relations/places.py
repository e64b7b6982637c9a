"""located_in: "Kampung Melayu, Jatinegara" chains and "distrik di Kota X, yakni A, B, dan C" lists."""

from __future__ import annotations

import re

from ingest.extract.mention import Mention
from ingest.extract.relations.context import Candidate, Doc, SentenceView, group_after

_RE_PUNCT = re.compile(r"\s*,\s*")
_RE_SERTA = re.compile(r"\s*,?\s*(?:dan|serta|atau)\s+")
_RE_WILAYAH_WILAYAH = re.compile(r"\s*,?\s*(?:[a-z]+\s+){0,4}(?:di|wilayah|di\s+wilayah)\s+")
_RE_YAKNI_YAITU = re.compile(r"\s*,\s*(?:yakni|yaitu|antara lain|meliputi)\s+")
_RE_DALAM_WILAYAH = re.compile(r"\b(?:di|dalam|wilayah)\s+$")

EXTRACTOR = "rules.located_in.v1"


def _listed(view: SentenceView, locs: list[tuple[Mention, str]]) -> set[int]:
    """Places that belong to an enumeration ("A, B, C, dan D"): they are siblings, not a chain."""
    out: set[int] = set()
    run: list[Mention] = [locs[0][0]] if locs else []
    has_and = False
    for (a, _), (b, _) in zip(locs, locs[1:], strict=False):
        gap = view.text[view.local(a.end):view.local(b.start)]
        if _RE_PUNCT.fullmatch(gap):
            run.append(b)
        elif _RE_SERTA.fullmatch(gap):
            run.append(b)
            has_and = True
        else:
            if has_and and len(run) > 2:
                out.update(id(m) for m in run)
            run, has_and = [b], False
    if has_and and len(run) > 2:
        out.update(id(m) for m in run)
    return out


def _list_in_place(view: SentenceView, locs: list[tuple[Mention, str]]) -> list[Candidate]:
    """"Kecamatan A dan B, dua kecamatan terpadat di Kota X": each listed place is in X."""
    out: list[Candidate] = []
    text = view.text
    i = 0
    while i < len(locs):
        run = [locs[i]]
        j = i + 1
        while j < len(locs) and re.fullmatch(r"\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)",
                                              text[view.local(run[-1][0].end):view.local(locs[j][0].start)]):
            run.append(locs[j])
            j += 1
        if len(run) >= 2 and j < len(locs):
            gap = text[view.local(run[-1][0].end):view.local(locs[j][0].start)]
            joined = "dan" in text[view.local(run[0][0].end):view.local(run[-1][0].start)].split()
            if joined and _RE_WILAYAH_WILAYAH.fullmatch(gap):
                target = locs[j][1]
                out += [Candidate(lid, "located_in", target, view.sentence, "rules.located_in.list.v1", 0.6)
                        for _m, lid in run if lid != target]
        i = j
    return out


_COUNTED_AREAS = re.compile(
    r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+\s+belas|\w+\s+puluh(?:\s+\w+)?|"
    r"seluruh|semua|sejumlah|beberapa)\s+(?P<level>kecamatan|distrik|kapanewon|kemantren|kelurahan|desa|kalurahan)"
    r"\s+(?:yang\s+(?:ada|tersebar)\s+)?(?:di|se)\s+(?:wilayah\s+)?$", re.IGNORECASE)
_LEVEL_HEADS = {"kecamatan": ("Kecamatan", "district"), "distrik": ("Distrik", "district"),
                "kapanewon": ("Kapanewon", "district"), "kemantren": ("Kemantren", "district"),
                "kelurahan": ("Kelurahan", ""), "desa": ("Desa", ""), "kalurahan": ("Kalurahan", "")}
_AREA_WORD = re.compile(r"\b(?:kecamatan|distrik|kapanewon|kemantren|kelurahan|desa|kalurahan)\s+(?:yang\s+\w+\s+)?(?:di|se)\s")
_VENUE_IN = re.compile(r"\s+di\s+")


def _counted_areas(doc: Doc, index: int, view: SentenceView) -> list[Candidate]:
    """"21 kecamatan di Kabupaten X, … Kecamatan A, B, dan C": the areas of that level named next (in this
    sentence or the following one) are in X."""
    out: list[Candidate] = []
    text = view.text
    for loc, container in view.of_type("Location"):
        m = _COUNTED_AREAS.search(text[:view.local(loc.start)])
        if m is None:
            continue
        head, level = _LEVEL_HEADS[m.group("level").casefold()]
        for other in doc.views[index:index + 2]:
            places = [(mm, e) for mm, e in other.mentions if mm.type == "Location"
                      and (other is not view or mm.start >= loc.end)]
            in_run = False
            for k, (mm, e) in enumerate(places):
                headed = mm.attrs.get("venue") == head or bool(level) and mm.attrs.get("level") == level \
                    and not mm.attrs.get("venue")
                if k and in_run and not headed:
                    gap = other.text[other.local(places[k - 1][0].end):other.local(mm.start)]
                    in_run = bool(_RE_PUNCT.fullmatch(gap) or _RE_SERTA.fullmatch(gap)) and not mm.attrs.get("venue")
                else:
                    in_run = headed
                if in_run and e != container:
                    out.append(Candidate(e, "located_in", container, other.sentence, "rules.located_in.counted.v1", 0.6))
    return out


def extract(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    for index, view in enumerate(doc.views):
        locs = view.of_type("Location")
        if locs and _AREA_WORD.search(view.text):
            out += _counted_areas(doc, index, view)
        if len(locs) < 2:
            continue
        text = view.text
        listed = _listed(view, locs)
        for (a, aid), (b, bid) in zip(locs, locs[1:], strict=False):
            gap = text[view.local(a.end):view.local(b.start)]
            if id(a) in listed or id(b) in listed:
                continue
            if _RE_PUNCT.fullmatch(gap) and aid != bid:
                out.append(Candidate(aid, "located_in", bid, view.sentence, EXTRACTOR, 0.7))
            elif _VENUE_IN.fullmatch(gap) and a.attrs.get("venue") and not b.attrs.get("venue") and aid != bid:
                # "Gudang Logistik KPU X di Wamena"
                out.append(Candidate(aid, "located_in", bid, view.sentence, "rules.located_in.venue.v1", 0.6))
        out += _list_in_place(view, locs)
        for a, aid in locs:
            rest = text[view.local(a.end):]
            m = _RE_YAKNI_YAITU.match(rest)
            if not m:
                continue
            before = text[:view.local(a.start)]
            if not _RE_DALAM_WILAYAH.search(before):
                continue
            kids = group_after(view, view.local(a.end) + m.end(), ("Location",), max_gap_words=0)
            for _k, kid in kids:
                if kid != aid:
                    out.append(Candidate(kid, "located_in", aid, view.sentence, "rules.located_in.list.v1", 0.65))
    return out
