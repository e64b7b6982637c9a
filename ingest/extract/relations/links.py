"""Links between organisations and people: coordinates_with, supports, supervises, part_of."""

from __future__ import annotations

import re

from graph.model import entity_id
from ingest.extract.cues import cue_iter
from ingest.extract.mention import Mention
from ingest.extract.negation import blocked, negated
from ingest.extract.relations.context import (
    FIRST_PERSON,
    FIRST_PERSON_ORG,
    Candidate,
    Doc,
    SentenceView,
    clause_bounds,
    dedupe,
    group_after,
    group_before,
    org_of,
    referred_elections,
    speaker,
)

_RE_PUNCT = re.compile(r"[.;]")
_RE_SAYA_KAMI = re.compile(r"\b(?:saya|kami|kita|pihaknya)\s+(?:dengan|bersama)\s*$", re.IGNORECASE)
_RE_DARI = re.compile(r"\s*(?:\d[\d.]*\s+\w+\s+)?(?:dari\s+)?")
_RE_PENUH_SEPENUHNYA = re.compile(r"\s*(?:penuh\s+|sepenuhnya\s+)?(?:(?:penyelenggaraan|pelaksanaan|kegiatan|kinerja|tugas)\s+)?")
_RE_PUNCT2 = re.compile(r"\s*")
_RE_YAKNI_YAITU = re.compile(r"\s*,\s*(?:yakni|yaitu|antara lain)\s+")

PARTY = ("Organization", "Person")
_LISTING_LEAD = re.compile(r"\s+(?:dengan\s+)?(?:\w+\s+){0,3}?(?:pihak|instansi|lembaga|unsur)?[,\s]*"
                           r"(?:di antaranya|antara lain|yakni|yaitu|seperti|termasuk)\s+")
_KIND_OF_BODY = re.compile(r"\s+dengan\s+(?:(?:organisasi|lembaga|instansi|perguruan\s+tinggi|kampus|media|"
                           r"komunitas|pihak)\s+(?:[a-z]+\s+)?)(?=[A-Z])")
_NOT_OBJECT_LEAD = re.compile(r"\b(?:melalui|dengan|dari|di|ke|oleh|dan)\b")
_OBJECT_FOR = re.compile(r"(?:\s+\S+){0,6}?\s+(?:bagi|untuk|kepada|terhadap)\s+")
_TOWARD = re.compile(r"\s+(?:penuh\s+)?(?:kepada|terhadap|bagi|untuk)\s+")
_UNIT_CUES = frozenset({"perangkat daerah", "opd", "satuan kerja", "unit kerja"})
_OBJECT_PRONOUN = re.compile(r"\s+(?:kami|pihaknya|jajarannya|lembaganya)\b", re.IGNORECASE)
_NOUN_SUPPORT = re.compile(r"^(?:dukungan|bantuan|fasilitasi)(?:nya)?$", re.IGNORECASE)
_PASSIVE_SUPPORT = re.compile(r"^(?:didukung|dibantu|difasilitasi|terbantu|disokong)$", re.IGNORECASE)
_BY_GIVER = re.compile(r"\s*(?:(?:sangat|penuh|sepenuhnya|banyak)\s+)?(?:(?:oleh|dengan|dari)\s+)?"
                       r"(?:(?:adanya|dukungan|bantuan|fasilitasi|kehadiran|personel|anggota)\s+)?(?:dari\s+)?")


def _supported_by(doc: Doc, index: int, view: SentenceView, m: re.Match[str], cs: int, ce: int) -> list[Candidate]:
    """"Bawaslu X didukung (oleh) Y", "kami terbantu dengan dukungan Y": Y supports the subject."""
    text = view.text
    lead = _BY_GIVER.match(text, m.end())
    givers = dedupe(group_after(view, lead.end() if lead else m.end(), PARTY, max_gap_words=0, upper=ce))
    left = _filter_roles(doc, index, group_before(view, m.start(), ("Organization",), lower=cs))
    receivers = dedupe(left[-1:]) if left and len(text[view.local(left[-1][0].end):m.start()].split()) <= 4 else []
    if not receivers:
        p = _pronoun_party(doc, index, view, cs, m.start())
        receivers = [p] if p else []
    return [Candidate(g, "supports", r, view.sentence, "rules.supports.passive.v1", 0.55)
            for g in givers for r in receivers if g != r]


def extract(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    for index, view in enumerate(doc.views):
        types = [m.type for m, _ in view.mentions]
        if "Organization" in types or "Person" in types:
            out += _coordinates(doc, index, view)
        if "Organization" in types or "Election" in types:
            out += _supports(doc, index, view)
            out += _supervises(doc, index, view)
        if types.count("Organization") >= 2 or any(m.attrs.get("parent") for m, _ in view.mentions):
            out += _part_of(view)
    return out


def _pronoun_party(doc: Doc, index: int, view: SentenceView, lo: int, hi: int) -> str | None:
    """The party a pronoun in ``text[lo:hi]`` stands for: "saya" → the speaker, "kami" → the speaker's body."""
    span = view.text[lo:hi]
    if FIRST_PERSON_ORG.search(span):
        return org_of(doc, speaker(doc, index))
    if FIRST_PERSON.search(span):
        return speaker(doc, index)
    return None


def _filter_roles(doc: Doc, index: int, items: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    roles = doc.roles_in_sentence.get(index, set())
    people = {e for m, e in items if m.type == "Person"}
    kept = []
    for m, e in items:
        if m.type == "Organization" and e in roles and any(doc.positions.get(p) == e for p in people):
            continue  # the affiliation of a person in the same group
        if m.implied:
            continue
        kept.append((m, e))
    return kept


_COUNTED = re.compile(r"^\s+(?:dengan\s+)?(?P<n>kedua|ketiga|keempat)\s+(?:lembaga|instansi|pihak|organisasi|institusi)"
                      r"\s+(?:itu|tersebut|ini)\b")


_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:dan|serta)\s+")


def _titled_partners(doc: Doc, view: SentenceView, pos: int, upper: int) -> list[str]:
    """"berkoordinasi dengan Kapolres Bima AKBP Eko dan Dandim 1608/Bima": each partner named by a title is
    its holder when the holder is named right after it, else the body the title implies."""
    text = view.text
    out: list[str] = []
    cursor = pos
    while True:
        found = group_after(view, cursor, PARTY, max_gap_words=0 if out else 2, upper=upper)
        if not found:
            return out
        m, e = found[0]
        if not m.implied and not out:
            return []  # an ordinary partner list: left to group_after
        holder = next(((pm, pe) for pm, pe in view.mentions if pm.type == "Person" and doc.positions.get(pe) == e
                       and 0 <= view.local(pm.start) - view.local(m.end) <= 30), None) if m.implied else None
        out.append(holder[1] if holder else e)
        cursor = view.local((holder[0] if holder else m).end)
        rest = _AND_NEXT.match(text, cursor)
        if rest is None:
            return out
        cursor = rest.end()


def _counted_reference(doc: Doc, index: int, after: str) -> list[str]:
    """"… bekerja sama dengan kedua lembaga itu": the last two bodies named in the previous sentence."""
    m = _COUNTED.match(after)
    if m is None or index == 0:
        return []
    n = {"kedua": 2, "ketiga": 3, "keempat": 4}[m.group("n")]
    previous = dedupe([(mm, e) for mm, e in doc.views[index - 1].mentions if mm.type == "Organization"])
    return previous[-n:] if len(previous) >= n else []


_BETWEEN = re.compile(r"(?:\s+[a-z]\w*){0,5}?\s+antara\s+")
_ORGANIZE_VERB = re.compile(r"\b(?:menggelar|mengadakan|menyelenggarakan|melaksanakan|melakukan|menghelat)\s+$")


def _organiser_of_event_before(doc: Doc, index: int, view: SentenceView, pos: int, lo: int) -> list[tuple[Mention, str]]:
    """"X menggelar <event> bersama Y": X, the body that organises the event named right before "bersama"."""
    text = view.text
    events = [mm for mm, _ in view.mentions if mm.type == "Event" and lo <= view.local(mm.start)
              and view.local(mm.end) <= pos and len(text[view.local(mm.end):pos].split()) <= 1]
    if not events:
        return []
    ev_start = view.local(events[-1].start)
    if not _ORGANIZE_VERB.search(text[lo:ev_start]):
        return []
    verb = _ORGANIZE_VERB.search(text[lo:ev_start])
    assert verb is not None
    orgs = group_before(view, lo + verb.start(), ("Organization",), lower=lo)
    if not orgs or len(text[view.local(orgs[-1][0].end):lo + verb.start()].split()) > 2:
        return []
    return _filter_roles(doc, index, orgs)


def _coordinates(doc: Doc, index: int, view: SentenceView) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for m in cue_iter("coordinates_with", text):
        if blocked(text, m.start(), "coordinates_with"):
            continue
        if view.is_title and m.group(0).casefold() == "bersama":
            continue  # a headline's "X Evaluasi Y Bersama A, B": who met, not a partnership the text states
        cs, ce = clause_bounds(text, m.start())
        left = _filter_roles(doc, index, group_before(view, m.start(), PARTY, lower=cs))
        while len(left) > 1 and not re.search(r"\b(?:dan|serta|bersama|dengan)\b|&",
                                              text[view.local(left[0][0].end):view.local(left[-1][0].start)]):
            left = left[1:]
        if left:
            gap = text[view.local(left[-1][0].end):m.start()]
            if len(gap.split()) > 4 or _RE_PUNCT.search(gap) or FIRST_PERSON_ORG.search(gap):
                left = []
        listing = _LISTING_LEAD.match(text, m.end())
        start = listing.end() if listing else m.end()
        kind_of = _KIND_OF_BODY.match(text, start)  # "dengan organisasi kepemudaan KNPI …"
        right = _filter_roles(doc, index, group_after(view, kind_of.end() if kind_of else start, PARTY,
                                                      max_gap_words=2, upper=ce))
        among = False
        if not right and not left:
            # "penandatanganan komitmen bersama … antara A, B, C, dan D": the parties listed after "antara"
            between = _BETWEEN.match(text, m.end(), ce)
            if between:
                right = _filter_roles(doc, index, group_after(view, between.end(), PARTY, max_gap_words=0, upper=ce))
                among = len(right) >= 2
        if not left and m.group(0).casefold() == "bersama":
            left = _organiser_of_event_before(doc, index, view, m.start(), cs)
        left_ids = dedupe(left)
        right_ids = dedupe(right) or _titled_partners(doc, view, kind_of.end() if kind_of else start, ce) \
            or _counted_reference(doc, index, text[m.end():])
        if left:
            lead = text[cs:view.local(left[0][0].start)]
            if _RE_SAYA_KAMI.search(lead):
                p = _pronoun_party(doc, index, view, cs, view.local(left[0][0].start))
                if p:
                    left_ids, right_ids = [p], left_ids
        if not left_ids:
            p = _pronoun_party(doc, index, view, cs, m.start())
            if p:
                left_ids = [p]
        pairs: list[tuple[str, str]] = []
        unresolved_pronoun = not left_ids and (FIRST_PERSON.search(text[cs:m.start()]) or FIRST_PERSON_ORG.search(text[cs:m.start()]))
        if left_ids and right_ids:
            pairs = [(a, b) for a in left_ids for b in right_ids]
        elif (m.group(0).casefold() != "bersama" or among) and not unresolved_pronoun:
            group = left_ids or right_ids
            if len(group) >= 2:
                pairs = [(group[0], b) for b in group[1:]]
        for a, b in pairs:
            if a != b:
                out.append(Candidate(a, "coordinates_with", b, view.sentence, "rules.coordinates_with.v1", 0.65))
    return out


def _supports(doc: Doc, index: int, view: SentenceView) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for m in cue_iter("supports", text):
        if blocked(text, m.start(), "supports"):
            continue
        cs, ce = clause_bounds(text, m.start())
        toward = _TOWARD.match(text, m.end()) if _NOUN_SUPPORT.match(m.group(0)) else None
        if toward:
            # "X memberikan dukungan kepada Y": the receiver follows, the giver is the subject
            receivers = dedupe(group_after(view, toward.end(), ("Organization", "Election"), max_gap_words=2, upper=ce))
            subject = _filter_roles(doc, index, group_before(view, m.start(), PARTY, lower=cs))
            givers_n = dedupe(subject[-1:]) if subject and len(text[view.local(subject[-1][0].end):m.start()].split()) <= 4 else []
            if not givers_n:
                p = _pronoun_party(doc, index, view, cs, m.start())
                givers_n = [p] if p else []
            for g in givers_n:
                for target in receivers:
                    if g != target:
                        out.append(Candidate(g, "supports", target, view.sentence, "rules.supports.toward.v1", 0.55))
            continue
        if _PASSIVE_SUPPORT.match(m.group(0)):
            out += _supported_by(doc, index, view, m, cs, ce)
            continue
        if _NOUN_SUPPORT.match(m.group(0)):
            after = text[m.end():]
            lead = _RE_DARI.match(after)
            giving = group_after(view, m.end() + (lead.end() if lead else 0), ("Organization",), max_gap_words=1, upper=ce)
            if not giving:
                continue
            receivers = dedupe(_filter_roles(doc, index, group_before(view, m.start(), ("Organization",), lower=cs)))
            giver_ids = set(dedupe(giving))
            if set(receivers) & giver_ids:
                subject = [(mm, e) for mm, e in view.mentions if mm.type == "Organization"
                           and view.local(mm.start) >= cs and e not in giver_ids]
                receivers = [subject[0][1]] if subject and view.local(subject[0][0].start) < m.start() else []
            if not receivers:
                pron = _pronoun_party(doc, index, view, 0, m.start())
                receivers = [pron] if pron else []
            for g in dedupe(giving):
                for r in receivers:
                    out.append(Candidate(g, "supports", r, view.sentence, "rules.supports.noun.v1", 0.55))
            continue
        left = _filter_roles(doc, index, group_before(view, m.start(), PARTY, lower=cs))
        givers: list[str] = dedupe(left)
        if givers:
            gap = text[view.local(left[-1][0].end):m.start()]
            if len(gap.split()) > 4:
                givers = []
        if not givers:
            p = _pronoun_party(doc, index, view, cs, m.start())
            givers = [p] if p else []
        lead = _RE_PENUH_SEPENUHNYA.match(text[m.end():])
        start = m.end() + (lead.end() if lead else 0)
        found = group_after(view, start, ("Organization", "Election"), max_gap_words=3, upper=ce)
        if found and _NOT_OBJECT_LEAD.search(text[start:view.local(found[0][0].start)]):
            found = []
        objects = dedupe(found)
        if not objects and _OBJECT_PRONOUN.match(text, m.end()):
            # "Polda sangat membantu kami": the object is the speaker's body
            p = _pronoun_party(doc, index, view, m.end(), min(ce, m.end() + 12))
            objects = [p] if p else []
        if not objects:
            # "menyediakan kendaraan operasional bagi Bawaslu X"
            for_ = _OBJECT_FOR.match(text, m.end())
            if for_ and not _RE_PUNCT.search(text[m.end():for_.end()]):
                objects = dedupe(group_after(view, for_.end(), ("Organization", "Election"), max_gap_words=0, upper=ce))
        for g in givers:
            for o in objects:
                if g != o:
                    out.append(Candidate(g, "supports", o, view.sentence, "rules.supports.v1", 0.6))
    return out


def _supervises(doc: Doc, index: int, view: SentenceView) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for m in cue_iter("supervises", text):
        if m.group(0).casefold() == "pengawasan":
            out += _supervision_noun(doc, index, view, m)
            continue
        if blocked(text, m.start(), "supervises"):
            continue
        cs, ce = clause_bounds(text, m.start())
        left = [(mm, e) for mm, e in view.mentions if mm.type == "Organization" and cs <= view.local(mm.start)
                and view.local(mm.end) <= m.start() and not mm.implied]
        subject: str | None = None
        if left:
            gap = text[view.local(left[-1][0].end):m.start()]
            if len(gap.split()) <= 6 and not _RE_PUNCT.search(gap):
                subject = left[-1][1]
        if subject is None:
            subject = _pronoun_party(doc, index, view, cs, m.start())
        if subject is None:
            continue
        lead = re.match(r"\s*(?:(?:ketat|secara\s+\w+|langsung)\s+)?(?:(?:seluruh|setiap|semua|jalannya)\s+)?"
                        r"(?:(?:tahapan|proses|pelaksanaan|penyelenggaraan|kinerja|masa\s+kampanye|kampanye|"
                        r"netralitas)\s+)?", text[m.end():])
        start = m.end() + (lead.end() if lead else 0)
        objects = dedupe(group_after(view, start, ("Organization", "Election"), max_gap_words=3, upper=ce))
        if not objects:
            objects = referred_elections(doc, index, start)  # "mengawasi kedua pemilihan tersebut"
        for o in objects:
            out.append(Candidate(subject, "supervises", o, view.sentence, "rules.supervises.v1", 0.65))
    return out


_DOES = re.compile(r"\b(?:melakukan|melaksanakan|menjalankan|memperketat|mengintensifkan|menggencarkan)\s+"
                   r"(?:(?:fungsi|tugas|upaya)\s+)?$", re.IGNORECASE)
_SUPERVISED_LEAD = re.compile(r"\s*(?:(?:ketat|melekat|langsung)\s+)?(?:(?:terhadap|atas|pada)\s+)?(?:(?:seluruh|setiap|semua)\s+)?"
                              r"(?:(?:tahapan|proses|pelaksanaan|penyelenggaraan|jalannya)\s+)?")


def _supervision_noun(doc: Doc, index: int, view: SentenceView, m: re.Match[str]) -> list[Candidate]:
    """"Bawaslu X melakukan pengawasan terhadap tahapan Pilkada Y", "Pengawasan Pilkada Y oleh Bawaslu X"."""
    text = view.text
    if blocked(text, m.start(), "supervises"):
        return []
    cs, ce = clause_bounds(text, m.start())
    lead = _SUPERVISED_LEAD.match(text, m.end())
    objects = group_after(view, lead.end() if lead else m.end(), ("Election",), max_gap_words=0, upper=ce)
    if not objects:
        return []
    subject: str | None = None
    if _DOES.search(text[cs:m.start()]):
        left = [(mm, e) for mm, e in view.mentions if mm.type == "Organization" and cs <= view.local(mm.start)
                and view.local(mm.end) <= m.start() and not mm.implied]
        if left and len(text[view.local(left[-1][0].end):m.start()].split()) <= 4:
            subject = left[-1][1]
        elif not left:
            subject = _pronoun_party(doc, index, view, cs, m.start())
    else:
        after = text[view.local(objects[-1][0].end):]
        by = re.match(r"\s+oleh\s+", after)
        if by:
            agents = group_after(view, view.local(objects[-1][0].end) + by.end(), ("Organization",), max_gap_words=0,
                                 upper=ce)
            subject = agents[0][1] if agents else None
    if subject is None:
        return []
    return [Candidate(subject, "supervises", o, view.sentence, "rules.supervises.noun.v1", 0.6) for o in dedupe(objects)]


_REGIONAL_GOVERNMENTS = frozenset({"Pemprov", "Pemkot", "Pemkab", "Pemda", "Pemerintah Kota Administrasi",
                                   "Pemerintah Kabupaten Administrasi"})


def _part_of(view: SentenceView) -> list[Candidate]:
    out: list[Candidate] = []
    text = view.text
    for mention, e in view.mentions:
        parent = mention.attrs.get("parent") if mention.type == "Organization" else None
        if parent:  # "FISIP Unej": a faculty named with its university
            out.append(Candidate(e, "part_of", entity_id("Organization", parent), view.sentence,
                                 "rules.part_of.name.v1", 0.7))
    for m in cue_iter("part_of", text):
        cue = m.group(0).casefold()
        if negated(text, m.start()):
            continue
        if cue == "melalui":
            before = group_before(view, m.start(), ("Organization",))
            after = group_after(view, m.end(), ("Organization",), max_gap_words=1)
            if before and after and _RE_PUNCT2.fullmatch(text[view.local(before[-1][0].end):m.start()]):
                out.append(Candidate(after[0][1], "part_of", before[-1][1], view.sentence, "rules.part_of.via.v1", 0.7))
            elif after and after[0][0].attrs.get("kind") == "government":
                # "Pemkab X membantu KPU … melalui Dinas Y": a regional government acting through its own unit
                cs, _ce = clause_bounds(text, m.start())
                govs = [e for mm, e in view.mentions if mm.type == "Organization" and cs <= view.local(mm.start)
                        and view.local(mm.end) <= m.start() and mm.attrs.get("head") in _REGIONAL_GOVERNMENTS]
                if govs and govs[-1] != after[0][1]:
                    out.append(Candidate(after[0][1], "part_of", govs[-1], view.sentence, "rules.part_of.via.v1", 0.6))
            continue
        if cue == "yakni":
            continue
        cs, ce = clause_bounds(text, m.start())
        parents = group_after(view, m.end(), ("Organization",), max_gap_words=2 if cue in _UNIT_CUES else 1, upper=ce)
        if not parents:
            continue
        parent = parents[0][1]
        # "di lingkungan Unhas, yakni Fakultas Hukum dan FISIP"
        rest = text[view.local(parents[0][0].end):]
        listing = _RE_YAKNI_YAITU.match(rest)
        if listing:
            list_start = view.local(parents[0][0].end) + listing.end()
            kids = [(mm, e) for mm, e in view.mentions if mm.type == "Organization" and view.local(mm.start) >= list_start]
            for _k, kid in kids:
                out.append(Candidate(kid, "part_of", parent, view.sentence, "rules.part_of.list.v1", 0.7))
            continue
        children = [(mm, e) for mm, e in view.mentions if mm.type == "Organization" and cs <= view.local(mm.start)
                    and view.local(mm.end) <= m.start() and not mm.implied]
        if not children or cue in _UNIT_CUES:
            continue
        gap = text[view.local(children[-1][0].end):m.start()]
        between = [mm for mm, _ in view.mentions if view.local(children[-1][0].end) <= view.local(mm.start) < m.start()]
        if cue == "bagian dari":
            if len(gap.split()) > (12 if not between else 6):
                continue
        elif not re.fullmatch(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:ini\s+|itu\s+|tersebut\s+)?(?:(?:yang\s+)?(?:merupakan|menjadi|adalah|sebagai|berada|ada)\s+)*"
                              r"(?:(?:badan|lembaga|unit|satuan)\s+(?:ad\s+hoc\s+)?)?", gap):
            continue
        out.append(Candidate(children[-1][1], "part_of", parent, view.sentence, "rules.part_of.v1", 0.7))
    return out
