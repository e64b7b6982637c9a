"""cites: a person invokes a law ("sesuai UU …", "mengacu pada PKPU …", "amanat UU …")."""

from __future__ import annotations

import re

from ingest.extract.cues import cue_iter
from ingest.extract.relations.context import SPEECH_PRONOUN, Candidate, Doc, last_person, speaker

_RE_KAMI_SAYA = re.compile(r"\b(?:kami|saya|kita)\b", re.IGNORECASE)

EXTRACTOR = "rules.cites.v1"


def extract(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    for index, view in enumerate(doc.views):
        if view.is_title:
            continue
        text = view.text
        laws = view.of_type("Law")
        if not laws:
            continue
        for law, lid in laws:
            lpos = view.local(law.start)
            cue = None
            for c in cue_iter("cites", text[:lpos]):
                if len(text[c.end():lpos].split()) <= 9:
                    cue = c
            if cue is None:
                continue
            before = [e for m, e in view.mentions if m.type == "Person" and view.local(m.end) <= cue.start()]
            people = [e for m, e in view.mentions if m.type == "Person"]
            who: str | None = before[-1] if before else (people[0] if people else None)
            if who is None and ('"' in text or SPEECH_PRONOUN.search(text)):
                who = speaker(doc, index)
            if who is None and _RE_KAMI_SAYA.search(text):
                who = last_person(doc, index)
            if who:
                out.append(Candidate(who, "cites", lid, view.sentence, EXTRACTOR, 0.65))
    return out
