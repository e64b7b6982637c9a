"""Negated, planned, postponed or hoped-for facts: such a cue shortly before a relation cue (or
opening the sentence) means the relation does not hold (yet), so none is extracted."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.cues import has_cue, pattern

_RE_TAPI_TETAPI = re.compile(r"[,;:\"]|\b(?:tapi|tetapi|namun|sedangkan|melainkan|karena|sebab|lantaran|sehingga|sementara)\b")
_RE_TAPI_TETAPI2 = re.compile(r"[;:\"]|,\s+(?=[a-z])|\b(?:tapi|tetapi|namun|sedangkan|melainkan|karena|sebab|lantaran|sehingga|sementara)\b")
_RE_DIJADWALKAN_DIRENCANAKAN = re.compile(r"\b(?:dijadwalkan|direncanakan|rencananya|berencana)\b", re.IGNORECASE)

_NOT_ONLY = re.compile(r"\s+(?:hanya|saja|sekadar|cuma)\b", re.IGNORECASE)
_BUT = re.compile(r"\b(?:tapi|tetapi|melainkan)\b", re.IGNORECASE)
WINDOW = 60
"""Characters before a cue that are searched for a negation or plan word."""

# "akan" states a duty rather than a plan for these predicates ("Bawaslu akan mengawasi …").
_AKAN_ALLOWED = frozenset({"supervises", "supports"})
_EVENT_PREDICATES = frozenset({"organized_by", "held_at", "attends", "speaks_at"})
_SENTENCE_PLAN = re.compile(r"^\W*(?:Rencananya|Direncanakan|Dijadwalkan|Jika|Apabila|Seandainya)\b")
_CANCELLED = re.compile(r"\b(?:batal|dibatalkan|ditunda|diundur)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _negation() -> re.Pattern[str]:
    return pattern("negation")


@lru_cache(maxsize=1)
def _planned() -> re.Pattern[str]:
    return pattern("planned")


_NOUN_BAKAL = re.compile(r"\s+(?:calon|pasangan|paslon|caleg)\b", re.IGNORECASE)


def _plans(text: str) -> list[str]:
    """Plan words in ``text``, without "bakal" of "bakal calon" (a prospective candidate, not a plan)."""
    return [m.group(0).casefold() for m in _planned().finditer(text)
            if not (m.group(0).casefold() == "bakal" and _NOUN_BAKAL.match(text, m.end()))]


@lru_cache(maxsize=4096)
def _sentence_plan(sentence: str) -> bool:
    """The whole sentence is a plan, a condition or a cancellation (asked once per sentence)."""
    return bool(_SENTENCE_PLAN.search(sentence) or _CANCELLED.search(sentence))


def blocked(sentence: str, cue_start: int, predicate: str) -> bool:
    """True when the relation cued at ``cue_start`` (an offset into ``sentence``) must not be extracted."""
    if not has_cue("planned", sentence) and not has_cue("negation", sentence):
        # no plan or negation word anywhere in the sentence (the plan list holds "dijadwalkan" …): no window has one
        return _sentence_plan(sentence) and predicate not in _AKAN_ALLOWED
    window = sentence[max(0, cue_start - WINDOW):cue_start]
    # only the part of the window after the last clause break counts
    window = _RE_TAPI_TETAPI.split(window)[-1]
    if predicate in _EVENT_PREDICATES:
        clause = _RE_TAPI_TETAPI2.split(sentence[:cue_start])[-1]
        if any(word != "akan" for word in _plans(clause)) or _RE_DIJADWALKAN_DIRENCANAKAN.search(clause):
            return True
    if negated(sentence, cue_start):
        return True
    for word in _plans(window):
        if word == "akan" and predicate in _AKAN_ALLOWED:
            continue
        return True
    if _sentence_plan(sentence):
        return predicate not in _AKAN_ALLOWED
    return False


_AFTER_POSTPONED = re.compile(r"^[^.;]{0,60}?\b(?:ditunda|diundur|dibatalkan|batal\s+(?:digelar|dilaksanakan|diadakan))\b",
                              re.IGNORECASE)
_AFTER_FUTURE = re.compile(r"^[^.;\"]{0,80}?\b(?:mendatang|pekan\s+depan|bulan\s+depan|tahun\s+depan|besok)\b",
                           re.IGNORECASE)
_PLAN_BEFORE = frozenset({"akan", "bakal", "hendak", "rencananya", "direncanakan", "berencana", "dijadwalkan"})


def planned_mention(sentence: str, start: int, end: int) -> bool:
    """True when the event named at ``sentence[start:end]`` is introduced as planned or postponed
    ("KPU akan menggelar rapat pleno …", "Bimtek KPPS ditunda …", "… pleno pekan depan")."""
    clause = _RE_TAPI_TETAPI2.split(sentence[max(0, start - WINDOW):start])[-1]
    if any(word in _PLAN_BEFORE for word in _plans(clause)):
        return True
    after = sentence[end:]
    return bool(_AFTER_POSTPONED.match(after) or _AFTER_FUTURE.match(after))


def negated(sentence: str, cue_start: int) -> bool:
    """True when a negation (not a plan) sits shortly before the cue ("bukan hanya …" and "bukan X tapi Y"
    deny nothing)."""
    window = _RE_TAPI_TETAPI.split(sentence[max(0, cue_start - WINDOW):cue_start])[-1]
    for n in _negation().finditer(window):
        if n.group(0).casefold() != "bukan":
            return True
        if not (_NOT_ONLY.match(window, n.end()) or _BUT.search(sentence, cue_start)):
            return True
    return False
