"""What every relation rule reads: sentences with their resolved mentions, and small helpers for
clauses, groups of co-ordinated mentions, quote speakers and pronouns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.extract.mention import Mention
from ingest.text.sentences import Sentence

_RE_PUNCT = re.compile(r"[.;]")


@dataclass(frozen=True, slots=True)
class Candidate:
    subject: str
    predicate: str
    object: str
    sentence: Sentence
    extractor: str
    confidence: float
    title: str | None = None


@dataclass(slots=True)
class SentenceView:
    sentence: Sentence
    mentions: list[tuple[Mention, str]]
    """(mention, entity id) in text order."""
    is_title: bool = False

    @property
    def text(self) -> str:
        return self.sentence.text

    def local(self, pos: int) -> int:
        return pos - self.sentence.start

    def of_type(self, *types: str) -> list[tuple[Mention, str]]:
        return [(m, e) for m, e in self.mentions if m.type in types]


@dataclass(slots=True)
class Doc:
    text: str
    """The combined, normalised text (title, blank line, body); mention offsets point into it."""
    views: list[SentenceView]
    entity_types: dict[str, str]
    event_kinds: dict[str, str] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)
    """person entity id → organisation entity id (filled by the holds_position rule)."""
    roles_in_sentence: dict[int, set[str]] = field(default_factory=dict)
    """sentence index → organisation ids used as someone's affiliation there."""


_CONNECTOR = re.compile(r"^(?:[\s,()]|\bdan\b|\bserta\b|\bdengan\b|\bbersama\b|&|\bpihak\b|\bjajaran\b|\bpara\b|"
                        r"\bseluruh\b|\bpersonel\b|\bperwakilan\b|\bunsur\b)*$")
SPEECH_PRONOUN = re.compile(r"\b(?:ujarnya|katanya|jelasnya|tegasnya|tuturnya|ucapnya|ungkapnya|imbuhnya|"
                            r"tandasnya|tutupnya|pungkasnya|paparnya|terangnya|lanjutnya|tambahnya|sebutnya|"
                            r"menurutnya|Menurutnya|Ia|ia|beliau|Beliau|dia)\b")
FIRST_PERSON_ORG = re.compile(r"\b(?:kami|Kami|pihaknya|Pihaknya|jajarannya|Jajarannya|lembaganya|instansinya|"
                              r"kampusnya|institusinya|organisasinya|partainya|kantornya|satuannya)\b")
FIRST_PERSON = re.compile(r"\b(?:saya|Saya|aku|Aku)\b")


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """Local [start, end) of the clause around ``pos`` (split at ; and at quotes)."""
    start = max(text.rfind(";", 0, pos), text.rfind('"', 0, pos)) + 1
    ends = [i for i in (text.find(";", pos), text.find('"', pos)) if i != -1]
    return start, (min(ends) if ends else len(text))


def group_before(view: SentenceView, pos: int, types: tuple[str, ...], lower: int = 0) -> list[tuple[Mention, str]]:
    """The run of co-ordinated mentions of ``types`` that ends right before local ``pos``."""
    items = [(m, e) for m, e in view.mentions if m.type in types and view.local(m.end) <= pos
             and view.local(m.start) >= lower]
    if not items:
        return []
    out = [items[-1]]
    for m, e in reversed(items[:-1]):
        gap = view.text[view.local(m.end):view.local(out[0][0].start)]
        if not _CONNECTOR.match(gap):
            break
        out.insert(0, (m, e))
    return out


def group_after(view: SentenceView, pos: int, types: tuple[str, ...], max_gap_words: int = 3,
                upper: int | None = None) -> list[tuple[Mention, str]]:
    """The run of co-ordinated mentions of ``types`` that starts shortly after local ``pos``."""
    limit = len(view.text) if upper is None else upper
    items = [(m, e) for m, e in view.mentions if m.type in types and view.local(m.start) >= pos
             and view.local(m.end) <= limit]
    if not items:
        return []
    first = items[0]
    lead = view.text[pos:view.local(first[0].start)]
    if len(lead.split()) > max_gap_words or _RE_PUNCT.search(lead):
        return []
    out = [first]
    for m, e in items[1:]:
        gap = view.text[view.local(out[-1][0].end):view.local(m.start)]
        if not _CONNECTOR.match(gap):
            break
        out.append((m, e))
    return out


def dedupe(items: list[tuple[Mention, str]]) -> list[str]:
    seen: list[str] = []
    for _m, e in items:
        if e not in seen:
            seen.append(e)
    return seen


def last_person(doc: Doc, index: int) -> str | None:
    """The person most recently mentioned before sentence ``index`` (for pronouns and quotes)."""
    for view in reversed(doc.views[:index]):
        people = [e for m, e in view.mentions if m.type == "Person"]
        if people and not view.is_title:
            return people[0] if len(people) == 1 else people[-1]
    return None


_ANSWER = re.compile(r"^\W*(?:Jawab|J)\s*:")
_INTERVIEWS = re.compile(r"\b(?:mewawancarai|wawancara\s+(?:dengan|bersama)|diwawancarai)\b")


def _interviewee(doc: Doc, index: int) -> str | None:
    """In a Q&A answer ("Jawab: …"), the person the intro says was interviewed."""
    para = doc.views[index].sentence.paragraph
    first = next((v for v in doc.views[:index + 1] if v.sentence.paragraph == para), None)
    if first is None or not _ANSWER.match(first.text):
        return None
    for view in doc.views[:index]:
        cue = _INTERVIEWS.search(view.text)
        if cue is None:
            continue
        after = [e for m, e in view.mentions if m.type == "Person" and view.local(m.start) >= cue.end()]
        if after:
            return after[0]
    return None


def speaker(doc: Doc, index: int) -> str | None:
    """Who speaks sentence ``index``: a person named in it, else in its paragraph, else the last one; in a
    Q&A answer that names nobody, the interviewee."""
    view = doc.views[index]
    people = [e for m, e in view.mentions if m.type == "Person"]
    if people:
        return people[0]
    answered = _interviewee(doc, index)
    if answered is not None:
        return answered
    para = view.sentence.paragraph
    for other in doc.views[index + 1:]:
        if other.sentence.paragraph != para:
            break
        found = [e for m, e in other.mentions if m.type == "Person"]
        if found:
            return found[0]
    return last_person(doc, index)


def org_of(doc: Doc, person: str | None) -> str | None:
    return doc.positions.get(person) if person else None


ELECTION_REFERENCE = re.compile(r"(?P<n>kedua|ketiga)\s+(?:pemilihan|pilkada)\b|(?:(?P<m>dua|tiga)\s+)?"
                                r"(?:pemilihan|pilkada|pemilu)(?:\s+serentak)?\s+(?:tersebut|itu)\b", re.IGNORECASE)
_REFERENCE_COUNT = {"kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3}


def referred_elections(doc: Doc, index: int, pos: int) -> list[str]:
    """Elections referred back to at local ``pos`` of sentence ``index`` ("kedua pemilihan tersebut",
    "pemilihan itu"): the most recently named ones, as many as the reference counts (one if it does not)."""
    view = doc.views[index]
    m = ELECTION_REFERENCE.match(view.text, pos)
    if m is None:
        return []
    n = _REFERENCE_COUNT.get((m.group("n") or m.group("m") or "").casefold(), 1)
    recent: list[str] = []
    here = [e for mm, e in view.mentions if mm.type == "Election" and view.local(mm.end) <= pos]
    earlier = (e for v in reversed(doc.views[:index]) for mm, e in reversed(v.mentions) if mm.type == "Election")
    for e in (*reversed(here), *earlier):
        if e not in recent:
            recent.append(e)
            if len(recent) == n:
                return recent
    return []
