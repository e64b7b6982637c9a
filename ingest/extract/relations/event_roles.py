"""Event relations: organized_by, held_at, attends, speaks_at and about.

The event of a sentence is the one it names, else the event the article is currently about (the
latest one named). Cues come from cues.yaml; negated or planned cues give nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.cues import cue_iter, has_cue
from ingest.extract.events import COUNTERPART_KINDS, kind_words
from ingest.extract.negation import blocked
from ingest.extract.relations.context import (
    ELECTION_REFERENCE,
    FIRST_PERSON_ORG,
    Candidate,
    Doc,
    SentenceView,
    clause_bounds,
    dedupe,
    group_after,
    group_before,
    last_person,
    referred_elections,
    speaker,
)
from ingest.extract.trie import trie_pattern

_RE_BMELALUI = re.compile(r"\bmelalui\b")
_RE_MELALUI = re.compile(r"\s*melalui\s+(?:[A-Z]\w+\s+)?")
_RE_PUNCT = re.compile(r"[,;]")
_RE_HADIR_HADIR = re.compile(r"(?<!hadir )(?<!hadir langsung )\b(?:melalui|dalam)\s+(?=\S)")
_RE_OLEH = re.compile(r"\s*(?:oleh\s*)?")
_RE_BERTEMPAT_BERLANGSUNG = re.compile(r"\b(?:di|bertempat\s+di|berlangsung\s+di|dari\s+halaman)\b|^\W*Di\b")
_RE_PUNCT2 = re.compile(r"[.,;\"]")
_RE_MENYATAKAN_MENGATAKAN = re.compile(r"\b(?:menyatakan|mengatakan|menyebut|menjelaskan|termasuk)\b")
_RE_ADALAH_YAKNI = re.compile(r"\s+(?:\w+\s+){0,3}?(?:adalah|yakni|yaitu|ialah)\s+")
_RE_BYANG = re.compile(r"\byang\s+$")
_RE_TURUT_HADIR = re.compile(r"\W*(?:yang\s+)?(?:turut\s+)?hadir")
_RE_PUNCT3 = re.compile(r"^\s*,[^,]*?,")
_RE_PUNCT4 = re.compile(r"^[^,]*,")
_RE_BMENGHADIRKAN = re.compile(r"\bmenghadirkan\b")
_RE_MATERI_PAPARAN = re.compile(r"\b(?:materi|paparan|sambutan|arahan)\b", re.IGNORECASE)
_RE_BYANG_DALAM = re.compile(r"\byang\s+(?:dalam|pada)\s+\w+$")
_RE_BELIAU_ELIAU = re.compile(r"\b(?:ia|Ia|beliau|Beliau|dia)\b")
_RE_OMBONGAN_ELEGASI = re.compile(r"\b(?:[Rr]ombongan|[Tt]im|[Dd]elegasi|[Kk]unjungan)\b")
_RE_PUNCT5 = re.compile(r"[,;.\"]")
_RE_PADA_UNTUK = re.compile(r"\s*(?:pada|untuk|dalam|jelang|menjelang|menghadapi|di)\b")

_RE_REASON = re.compile(r"\b(?:karena|sebab|lantaran)\b")
_RE_REASON_VERB = re.compile(r"\b(?:karena|sebab|lantaran)\s+(?:(?:sedang|tengah|sudah|telah)\s+)?$")
_RE_NEGATED_SUBJECT = re.compile(r"\b(?:tidak|tak|belum|batal|absen)\b")
_RE_AND = re.compile(r"\b(?:dan|serta)\b")
_PASSIVE_SPEAK = re.compile(r"^(?:dibuka|dipimpin|dipandu|disampaikan|materi disampaikan|ditutup|dimoderatori)", re.IGNORECASE)
_INTRO_SPEAK = re.compile(r"(?:^|\b)(?:Dalam|dalam|Pada|pada)\s+(?:sambutan|paparan|amanat|arahan|pidato)\w*", re.IGNORECASE)
_INTRO_EVENT = re.compile(r"^\W*(?:Dalam|Pada|Di sela|Di sela-sela)\s+(?:\w+\s+){1,3}(?:tersebut|itu|ini)\s*,\s*")
_SAYS = re.compile(r"^[\s,]*(?:mengatakan|menjelaskan|menyampaikan|menegaskan|mengungkapkan|menyebutkan|menyebut|"
                   r"memaparkan|menuturkan|menerangkan|menilai|mengimbau|mengingatkan|menekankan|meminta)\b")
_ATTEND_AFTER = re.compile(r"^(?:dihadiri|diikuti|melibatkan|didampingi|disaksikan|ditandatangani|ditinjau|peserta)", re.IGNORECASE)
_SENTENCE_HADIR = re.compile(r"^\W*(?:(?:Turut|Tampak|Juga)\s+)?(?:hadir|Hadir)\b|^\W*Hadir\b")
_EVENT_REFERENCE = re.compile(r"\b(?:kegiatan|acara|agenda|pertemuan|forum)\s+(?:ini|itu|tersebut)\b|\b(?:kegiatan|acara)\b",
                              re.IGNORECASE)
_NON_TALK = frozenset({"patroli", "pawai", "kirab", "karnaval", "jalan", "penertiban", "operasi", "gerak", "sepeda",
                       "senam", "monitoring", "peninjauan", "verifikasi", "coklit", "pencocokan", "distribusi"})
_DEBATE_SPEAK = re.compile(r"\b(?:menyampaikan|menawarkan|menanggapi|mempertanyakan|memaparkan)\b")


@lru_cache(maxsize=1)
def _kind_ref() -> re.Pattern[str]:
    # a trie rejects a position after a character or two; like a longest-first alternation, it prefers
    # the longest kind word that ends before a non-word character
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(kind_words(), word_end=False) + r")(?![\w-])", re.IGNORECASE)


def _sentence_events(view: SentenceView) -> list[str]:
    return dedupe(view.of_type("Event"))


def extract(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    current: str | None = None
    for index, view in enumerate(doc.views):
        if view.is_title:
            continue
        named = _sentence_events(view)
        told = [e for m, e in view.of_type("Event") if m.attrs.get("aside") != "1"]
        if told:
            current = told[0]  # an event named in passing takes its own sentence's facts, never the next ones'
        event = named[0] if named else current
        if event is None:
            continue
        refers = bool(named) or bool(_EVENT_REFERENCE.search(view.text)) or (
            has_cue("event_kinds", view.text) and _kind_ref().search(view.text) is not None)
        types = {m.type for m, _ in view.mentions}
        if "Organization" in types:
            out += _organized_by(view, event, refers)
        if "Location" in types:
            out += _held_at(view, event, refers) or _field_place(view, event)
        out += _attends(doc, index, view, event)
        out += _counterparts(view)
        out += _speaks_at(doc, index, view, event)
        if "Election" in types or "Law" in types or ELECTION_REFERENCE.search(view.text):
            out += _about(doc, index, view, event, refers)
    return out


def _organized_by(view: SentenceView, event: str, refers: bool) -> list[Candidate]:
    out: list[Candidate] = []
    if not refers:
        return out
    text = view.text
    for m in cue_iter("organize_active", text):
        if blocked(text, m.start(), "organized_by"):
            continue
        cs, _ce = clause_bounds(text, m.start())
        orgs = group_before(view, m.start(), ("Organization",), lower=cs)
        if not orgs:
            continue
        gap = text[view.local(orgs[-1][0].end):m.start()]
        if _RE_REASON_VERB.search(text[:m.start()]):
            # "X tidak hadir … karena tengah menggelar …": the sentence's subject organises
            neg = _RE_NEGATED_SUBJECT.search(text, 0, m.start())
            subject = [(mm, e) for mm, e in view.mentions if mm.type == "Organization" and not mm.implied
                       and neg is not None and view.local(mm.end) <= neg.start()
                       and len(text[view.local(mm.end):neg.start()].split()) <= 2]
            if subject:
                orgs, gap = subject[-1:], ""
        if len(gap.split()) > 3:
            # "X melalui Y menggelar": allow one hop back over "melalui"
            if not _RE_BMELALUI.search(gap):
                continue
        items = list(orgs)
        prev = [(mm, e) for mm, e in view.mentions if mm.type == "Organization" and view.local(mm.end) <= view.local(orgs[0][0].start)]
        if prev and _RE_MELALUI.fullmatch(text[view.local(prev[-1][0].end):view.local(orgs[0][0].start)]):
            items.insert(0, prev[-1])
        target = _event_after(view, m.end()) or event
        for oid in dedupe(items):
            out.append(Candidate(target, "organized_by", oid, view.sentence, "rules.organized_by.active.v1", 0.8))
    actors = [(mm, e) for mm, e in view.mentions if mm.type in ("Organization", "Person") and not mm.attrs.get("dateline")]
    first = actors[0] if actors else None
    if first is not None and first[0].type == "Organization" and not first[0].implied \
            and view.local(first[0].start) <= 60 \
            and not _RE_PUNCT.search(text[:view.local(first[0].start)].split("–")[-1].split(" - ")[-1]):
        for m in _RE_HADIR_HADIR.finditer(text):
            ev = [(mm, e) for mm, e in view.mentions if mm.type == "Event" and view.local(mm.start) == m.end()]
            if ev and not blocked(text, m.start(), "organized_by"):
                out.append(Candidate(ev[0][1], "organized_by", first[1], view.sentence,
                                     "rules.organized_by.subject.v1", 0.6))
    for m in cue_iter("organize_passive", text):
        if blocked(text, m.start(), "organized_by"):
            continue
        after = group_after(view, m.end(), ("Organization",), max_gap_words=1)
        lead = text[m.end():view.local(after[0][0].start)] if after else ""
        if not after or not _RE_OLEH.fullmatch(lead):
            continue
        target = _event_before(view, m.start()) or event
        for oid in dedupe(after):
            out.append(Candidate(target, "organized_by", oid, view.sentence, "rules.organized_by.passive.v1", 0.8))
    return out


def _event_after(view: SentenceView, pos: int) -> str | None:
    for m, e in view.mentions:
        if m.type == "Event" and view.local(m.start) >= pos:
            return e
    return None


def _event_before(view: SentenceView, pos: int) -> str | None:
    found = None
    for m, e in view.mentions:
        if m.type == "Event" and view.local(m.start) < pos:
            found = e
    return found


def _held_at(view: SentenceView, event: str, refers: bool) -> list[Candidate]:
    if not refers:
        return []
    text = view.text
    inside = [(view.local(mm.start), view.local(mm.end)) for mm, _ in view.mentions if mm.type == "Event"]
    found: list[tuple[int, bool, str]] = []
    for m in _RE_BERTEMPAT_BERLANGSUNG.finditer(text):
        if any(a <= m.start() < b for a, b in inside) or _inside_quotes(text, m.start()):
            continue
        if blocked(text, m.start(), "held_at"):
            return []
        locs = [(mm, e) for mm, e in view.mentions if mm.type == "Location" and view.local(mm.start) >= m.end()]
        if not locs:
            continue
        loc, lid = locs[0]
        between = text[m.end():view.local(loc.start)]
        if len(between.split()) > 7 or _RE_PUNCT2.search(between):
            continue
        opening = m.start() < 3 and text[m.start():m.end()].lstrip("\"'( ").startswith("Di")
        if not (_near_event(view, m.start()) or opening and view.of_type("Event")):
            continue
        if any(mm.type in ("Person", "Organization") and m.end() <= view.local(mm.start) < view.local(loc.start)
               for mm, _ in view.mentions):
            continue
        if _PLANNED_AFTER.match(text, view.local(loc.end)):
            continue  # "… lanjutan di Pulau X dijadwalkan pekan depan": a planned follow-up's place
        is_venue = bool(loc.attrs.get("venue")) and loc.attrs.get("venue") not in ("Kecamatan", "Distrik", "Kelurahan", "Desa")
        found.append((m.start(), is_venue, lid))
    if not found:
        return []
    # one place per event: a place follows the event named before it in a run-on sentence
    # ("… bimtek di Hotel X, sementara rapat evaluasi digelar di Pendopo Y"; "… tidak menghadiri A karena
    # tengah menggelar B di Z")
    by_event: dict[str, list[tuple[bool, str]]] = {}
    for pos, is_venue, lid in found:
        nearest = _event_before(view, pos)
        target = event
        if nearest is not None and (_RE_REASON.search(text[:pos]) or _CLAUSE_BREAK.search(text[:pos])):
            target = nearest
        by_event.setdefault(target, []).append((is_venue, lid))
    out: list[Candidate] = []
    for target, places in by_event.items():
        venues = [lid for is_venue, lid in places if is_venue]
        out.append(Candidate(target, "held_at", (venues or [places[0][1]])[0], view.sentence, "rules.held_at.v1", 0.75))
    return out


_PLANNED_AFTER = re.compile(r"[^.;,\"]{0,30}?\b(?:dijadwalkan|direncanakan|rencananya|akan|bakal)\b")
_CLAUSE_BREAK = re.compile(r"(?:,\s*(?:sementara|sedangkan|adapun)|;)\s")


_FIELD_PLACE = re.compile(r"^\W*(?:Tempat|Lokasi|Lokasi\s+[Kk]egiatan)\s*:\s*")


def _field_place(view: SentenceView, event: str) -> list[Candidate]:
    """"Tempat: Lapangan X, Kota Y" in a schedule block places the current event."""
    m = _FIELD_PLACE.match(view.text)
    if m is None:
        return []
    locs = [e for mm, e in view.mentions if mm.type == "Location" and view.local(mm.start) >= m.end()]
    return [Candidate(event, "held_at", locs[0], view.sentence, "rules.held_at.field.v1", 0.7)] if locs else []


_EVENT_WORDS = re.compile(r"\b(?:kegiatan|acara|agenda|berlangsung|digelar|diselenggarakan|dilaksanakan|diadakan|"
                          r"menggelar|mengadakan|menyelenggarakan|melaksanakan|bertempat|dihelat|menghelat|"
                          r"dilangsungkan|dipusatkan)\b", re.IGNORECASE)


def _near_event(view: SentenceView, pos: int) -> bool:
    """True when an event mention or event word ends at most ten words before local ``pos``."""
    text = view.text
    marks = [view.local(mm.end) for mm, _ in view.mentions if mm.type == "Event" and view.local(mm.end) <= pos]
    marks += [m.end() for m in _EVENT_WORDS.finditer(text, 0, pos)]
    marks += [m.end() for m in _kind_ref().finditer(text, 0, pos)]
    if not marks:
        return False
    gap = text[max(marks):pos]
    return len(gap.split()) <= 10 and not _RE_MENYATAKAN_MENGATAKAN.search(gap)


def _inside_quotes(text: str, pos: int) -> bool:
    return text.count('"', 0, pos) % 2 == 1


_LIST_END = re.compile(r"\s+yang\s+(?!juga\b|merupakan\b|turut\b|hadir\b)|\b(?:sementara|sedangkan|namun|mengatakan|"
                       r"menyebut|menjelaskan|menegaskan|menyatakan|mengungkapkan|menyampaikan)\b")
_LIST_INTRO = re.compile(r"\b(?:dihadiri|diikuti|hadir|peserta(?:nya)?|yang hadir)\b[^.]{0,40}:\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[-\u2022*])\s*")


def _list_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the attendees after a presence cue are named. A "yang …" clause or a verb of saying ends the
    list, except in a semicolon list ("Hadir pula A, title, yang mewakili X; B, title; …"), where it ends
    only its own item."""
    stop = _LIST_END.search(text, start, end)
    if stop is None:
        return [(start, end)]
    if ";" not in text[stop.start():end]:
        return [(start, stop.start())]
    spans: list[tuple[int, int]] = []
    lo = start
    while lo < end:
        semi = text.find(";", lo, end)
        hi = end if semi == -1 else semi
        cut = _LIST_END.search(text, lo, hi)
        spans.append((lo, cut.start() if cut else hi))
        lo = hi + 1
    return spans


def _listed_attendees(doc: Doc, index: int, view: SentenceView, event: str) -> list[Candidate]:
    """"Kegiatan dihadiri:" followed by list lines "1. Ketua X, NAME;": each item attends."""
    k = index - 1
    while k >= 0 and _LIST_ITEM.match(doc.views[k].text):
        k -= 1
    if k < 0 or not _LIST_INTRO.search(doc.views[k].text):
        return []
    roles = doc.roles_in_sentence.get(index, set())
    return [Candidate(e, "attends", event, view.sentence, "rules.attends.list.v1", 0.6)
            for mm, e in view.mentions if mm.type in ("Person", "Organization") and e not in roles and not mm.implied]


def _attends(doc: Doc, index: int, view: SentenceView, event: str) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    roles = doc.roles_in_sentence.get(index, set())
    if _LIST_ITEM.match(text):
        out += _listed_attendees(doc, index, view, event)
    for m in cue_iter("attends", text):
        if blocked(text, m.start(), "attends"):
            continue
        cue = m.group(0)
        after = bool(_ATTEND_AFTER.match(cue)) or bool(_SENTENCE_HADIR.match(text[:m.end()]))
        if after:
            cs, ce = clause_bounds(text, m.end())
            if _SENTENCE_HADIR.match(text[:m.end()]):
                ce = len(text)
            spans = _list_spans(text, m.end(), ce)
            items = [(mm, e) for mm, e in view.mentions if mm.type in ("Person", "Organization")
                     and any(lo <= view.local(mm.start) and view.local(mm.end) <= hi for lo, hi in spans)]
        else:
            cs, _ce = clause_bounds(text, m.start())
            items = [(mm, e) for mm, e in view.mentions if mm.type in ("Person", "Organization")
                     and cs <= view.local(mm.start) < m.start()]
            people = [(mm, e) for mm, e in items if mm.type == "Person"]
            listed = people and re.fullmatch(r"\s*(?:\([^)]*\))?\s*,\s*(?:(?:juga|pun|turut|pula|langsung)\s+)*",
                                             text[view.local(people[-1][0].end):m.start()])
            if people and listed and len(people) > 1:
                items = people
            elif people:
                items = [people[-1]]
            tail = _RE_ADALAH_YAKNI.match(text[m.end():])
            if _RE_BYANG.search(text[:m.start()]) and tail:
                items = [(mm, e) for mm, e in view.mentions if mm.type in ("Person", "Organization")
                         and view.local(mm.start) >= m.end() + tail.end()]
            elif not items and _RE_TURUT_HADIR.match(text[m.start() - 12:m.end()] if m.start() >= 12 else text):
                who = last_person(doc, index)
                items = []
                if who:
                    out.append(Candidate(who, "attends", event, view.sentence, "rules.attends.pronoun.v1", 0.5))
        parties = not after and any(mm.type == "Event" and mm.attrs.get("verb") and view.local(mm.start) - m.end() <= 1
                                    for mm, _ in view.mentions)
        for mm, e in items:
            if mm.type == "Organization" and (e in roles or mm.implied or parties):
                continue  # "X dan Y menandatangani nota kesepahaman": the parties, not guests
            out.append(Candidate(e, "attends", event, view.sentence, "rules.attends.v1", 0.7))
    return out


_WITH_COUNTERPART = re.compile(r"\s*(?:\([^)]*\)\s*)?dengan\s+")


def _counterparts(view: SentenceView) -> list[Candidate]:
    """"Komisi A menggelar rapat dengar pendapat (RDP) dengan X, Y dan Z", "audiensi dengan X": the bodies a
    hearing is held with attend it (a hearing only: the parties of a signing are not its guests)."""
    out: list[Candidate] = []
    text = view.text
    for mm, event in view.of_type("Event"):
        kind = mm.attrs.get("kind", "").casefold()
        if kind not in COUNTERPART_KINDS or mm.attrs.get("aside") == "1":
            continue
        lo = view.local(mm.start)
        at = text.casefold().find(kind, lo, view.local(mm.end))
        lead = _WITH_COUNTERPART.match(text, at + len(kind)) if at != -1 else None
        if lead is None or blocked(text, at, "attends"):
            continue
        for _m, org in group_after(view, lead.end(), ("Organization",), max_gap_words=0):
            out.append(Candidate(org, "attends", event, view.sentence, "rules.attends.counterpart.v1", 0.6))
    return out


_OPENED = re.compile(r"\s*(?:[,.;\"]|$|(?:secara\s+)?resmi\b|(?:\w+\s+){0,2}?(?:kegiatan|acara|agenda|pertemuan|forum|"
                     r"sesi)\b)", re.IGNORECASE)


def _opens_event(view: SentenceView, pos: int) -> bool:
    """"membuka"/"menutup" at local ``pos`` opens or closes the event: an event (or event word, or nothing)
    follows, not some other object ("membuka posko aduan")."""
    if _OPENED.match(view.text, pos):
        return True
    if any(mm.type == "Event" and 0 <= view.local(mm.start) - pos <= 25 for mm, _ in view.mentions):
        return True
    nxt = _kind_ref().match(view.text, pos + 1) if view.text[pos:pos + 1] == " " else None
    return nxt is not None


def _speaks_at(doc: Doc, index: int, view: SentenceView, event: str) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    intro = _INTRO_EVENT.match(text)
    if intro and (_kind_ref().search(intro.group(0)) or _EVENT_REFERENCE.search(intro.group(0))
                  or "kesempatan" in intro.group(0).casefold()):
        named = [(mm, e) for mm, e in view.mentions if mm.type == "Person"]
        if named and view.local(named[0][0].start) <= intro.end() + 60:
            tail = text[view.local(named[0][0].end):]
            tail = _RE_PUNCT3.sub(",", tail) if not _SAYS.match(tail) else tail
            if _SAYS.match(tail) or _SAYS.match(_RE_PUNCT4.sub("", tail, count=1)):
                out.append(Candidate(named[0][1], "speaks_at", event, view.sentence, "rules.speaks_at.intro.v1", 0.6))
    hits = list(cue_iter("speaks_at", text))
    if doc.event_kinds.get(event, "").startswith("debat"):
        hits += list(_DEBATE_SPEAK.finditer(text))
    for m in hits:
        if blocked(text, m.start(), "speaks_at"):
            continue
        cue = m.group(0)
        who: list[str] = []
        if cue.casefold() in ("narasumber", "pembicara", "pemateri") and _RE_BMENGHADIRKAN.search(text):
            for pid in dedupe(view.of_type("Person")):
                out.append(Candidate(pid, "speaks_at", event, view.sentence, "rules.speaks_at.panel.v1", 0.7))
            continue
        if cue.casefold() == "disampaikan" and not _RE_MATERI_PAPARAN.search(text[:m.start()]):
            continue
        if cue.casefold() in ("membuka", "menutup") and not _opens_event(view, m.end()):
            continue  # "membuka posko aduan", "membuka lipatan surat suara": not opening the event
        intro = _INTRO_SPEAK.search(text[: m.end() + 2])
        if intro and _RE_BYANG_DALAM.search(text[: m.end()]):
            intro = None  # "X yang dalam sambutannya …": the speaker is X, before the cue
        if _PASSIVE_SPEAK.match(cue) or cue.casefold() in ("disampaikan oleh",) or intro:
            cs, ce = clause_bounds(text, m.end())
            people = [e for mm, e in view.mentions if mm.type == "Person" and view.local(mm.start) >= m.end()]
            if people:
                who = [people[0]]
            elif intro:
                sp = speaker(doc, index)
                who = [sp] if sp else []
        else:
            cs, _ce = clause_bounds(text, m.start())
            people = [e for mm, e in view.mentions if mm.type == "Person" and cs <= view.local(mm.start) < m.start()]
            if people:
                who = [people[-1]]
                group = [e for mm, e in group_before(view, m.start(), ("Person", "Organization"), lower=cs)
                         if mm.type == "Person"]
                if len(group) > 1 and group[-1] == people[-1]:
                    first = next(mm for mm, e in view.mentions if e == group[0] and mm.type == "Person")
                    between = text[view.local(first.end):m.start()]
                    if _RE_AND.search(between) and "bersama" not in between:
                        who = dedupe([(mm, e) for mm, e in view.mentions if e in group])  # "A dan B memberikan sambutan"
            elif _RE_BELIAU_ELIAU.search(text[cs:m.start()]):
                lp = last_person(doc, index)
                who = [lp] if lp else []
            elif FIRST_PERSON_ORG.search(text[cs:m.start()]) is None and cue.casefold() in ("narasumber", "pembicara"):
                people = [e for mm, e in view.mentions if mm.type == "Person"]
                who = people[:1]
        kind = doc.event_kinds.get(event, "")
        leads = cue.casefold().startswith(("dipimpin", "memimpin"))
        group_led = leads and _RE_OMBONGAN_ELEGASI.search(text[:m.start()])
        predicate = "attends" if leads and (kind.split()[0:1] and kind.split()[0] in _NON_TALK or group_led) else "speaks_at"
        for pid in who:
            out.append(Candidate(pid, predicate, event, view.sentence, f"rules.{predicate}.lead.v1", 0.7))
    return out


_LIST_GAP = re.compile(r"\s*(?:,|dan|serta)\s*(?:,|dan|serta)?\s*")
_REFERENCE_LEAD = re.compile(r"\s+(?:(?:untuk|bagi|pada|dalam|di)\s+)?")


def _about(doc: Doc, index: int, view: SentenceView, event: str, refers: bool) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for m, eid in view.mentions:
        if m.type != "Event":
            continue
        lead_ref = _REFERENCE_LEAD.match(text, view.local(m.end))
        for x in referred_elections(doc, index, lead_ref.end()) if lead_ref else []:
            # "apel pelepasan logistik kedua pemilihan tersebut"
            out.append(Candidate(eid, "about", x, view.sentence, "rules.about.reference.v1", 0.6))
        for mm, xid in view.mentions:
            if mm.type in ("Election", "Law") and m.start <= mm.start and mm.end <= m.end:
                out.append(Candidate(eid, "about", xid, view.sentence, "rules.about.name.v1", 0.8))
        # the clause that introduces the event names what it is about ("… rapat … pada masa tenang Pemilu 2024")
        if refers and (has_cue("organize_active", text) or has_cue("organize_passive", text)):
            tail = text[view.local(m.end):]
            clause_end = _RE_PUNCT5.search(tail)
            window = tail[: clause_end.start() if clause_end else len(tail)]
            for mm, x in view.mentions:
                if mm.type == "Election" and view.local(m.end) <= view.local(mm.start) \
                        and view.local(mm.end) <= view.local(m.end) + len(window) \
                        and len(text[view.local(m.end):view.local(mm.start)].split()) <= 10:
                    out.append(Candidate(eid, "about", x, view.sentence, "rules.about.clause.v1", 0.6))
                    break
        # "debat … pada Pemilihan Bupati …", "sosialisasi … dalam Pemilu 2024"
        after = group_after(view, view.local(m.end), ("Election",), max_gap_words=2)
        lead = text[view.local(m.end):view.local(after[0][0].start)] if after else ""
        if after and _RE_PADA_UNTUK.match(lead):
            for x in dedupe(after):
                out.append(Candidate(eid, "about", x, view.sentence, "rules.about.next.v1", 0.7))
    if not refers:
        return out
    named = bool(view.of_type("Event"))
    for c in cue_iter("about", text):
        word = c.group(0).casefold()
        if word in ("pengamanan", "pengawasan", "rekapitulasi", "sosialisasi", "persiapan", "kesiapan"):
            continue
        if word == "tentang" and not named:
            continue
        if blocked(text, c.start(), "about"):
            continue
        targets = [(mm, x) for mm, x in view.mentions if mm.type in ("Election", "Law")
                   and 0 <= view.local(mm.start) - c.end() and len(text[c.end():view.local(mm.start)].split()) <= 6]
        if not targets:
            ref = ELECTION_REFERENCE.search(text, c.end(), c.end() + 60)
            if ref and len(text[c.end():ref.start()].split()) <= 4:
                for x in referred_elections(doc, index, ref.start()):
                    out.append(Candidate(event, "about", x, view.sentence, "rules.about.reference.v1", 0.6))
            continue
        first = targets[0]
        chained = [first]
        following = [(mm, x) for mm, x in view.mentions if mm.type in ("Election", "Law")
                     and view.local(mm.start) >= view.local(first[0].end)]
        for t in following[:2]:  # "membahas … Pemilihan A serta Pemilihan B": the list goes on past six words
            gap = text[view.local(chained[-1][0].end):view.local(t[0].start)]
            if not (_LIST_GAP.fullmatch(gap) or len(gap.split()) <= 1):
                break
            chained.append(t)
        for _mm, x in chained:
            out.append(Candidate(event, "about", x, view.sentence, "rules.about.cue.v1", 0.6))
    return out
