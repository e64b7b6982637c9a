"""The extraction pipeline: one article in, one :class:`ArticleGraph` out.

Only this module knows the order of the stages:

  normalise → sentences → credits/captions/dateline → mentions (laws, venues, organisations,
  elections, events, regions, people) → in-article resolution → entities → relations → validation.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from graph.model import Article, ArticleGraph, Entity, Evidence, Relation, entity_id
from ingest.extract import aliases, elections, events, gazetteer, laws, locations, organizations, people
from ingest.extract.cues import has_cue, pattern
from ingest.extract.dates import find_dates
from ingest.extract.mention import Mention, fold
from ingest.extract.negation import planned_mention
from ingest.extract.phrases import PhraseMatcher
from ingest.extract.relations import citations, event_roles, links, places, roles
from ingest.extract.relations.context import Candidate, Doc, SentenceView
from ingest.extract.validate import validate
from ingest.text.bylines import Credit, find_credits
from ingest.text.datelines import find_dateline
from ingest.text.normalize import normalize
from ingest.text.sentences import Sentence, split_sentences

_UNIT_BEFORE = re.compile(r"\b(?:Divisi|Bidang|Bagian|Seksi|Subbagian|Direktorat|[Rr]uang|[Rr]uangan)\s+$")
_FIELD_EVENT = re.compile(r"^\W*(?:Acara|Kegiatan|Agenda|Nama\s+[Kk]egiatan)\s*:")

RELATION_STAGES = (roles.extract, event_roles.extract, links.extract, places.extract, citations.extract)
"""Relation rules in order; holds_position runs first because the others read the positions it finds."""

_ANCHOR = re.compile(r"\b(?:berlangsung|kegiatan|acara|dalam|mengikuti|menghadiri|hadir)\b", re.IGNORECASE)
_CAPTION_LINE = re.compile(r"\b(?:Foto|FOTO|Photo)\s*:")
_GENERIC_GOVERNMENT = frozenset({"Pemda", "Pemprov", "Pemkot", "Pemkab", "Pemdes"})
"""A government named without its region ("Pemerintah Daerah") that no body of the article explains is a
generic reference, not an entity (GUIDELINES: "pemerintah daerah" is not an entity)."""
_NAME_PRIORITY = {"Person": 0, "Organization": 1, "Location": 2, "Event": 3, "Election": 4, "Law": 5}


@dataclass(slots=True)
class Extraction:
    """Intermediate result, kept for :func:`recognize` and for tests."""

    graph: ArticleGraph
    mentions: list[Mention] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)
    shift: int = 0


def extract(article: Article) -> ArticleGraph:
    """Entities and evidence-backed relations of one article."""
    return run(article).graph


def recognize(text: str) -> list[tuple[int, int, str]]:
    """Character spans in ``text`` typed Person, Organization or Location (for NER scoring)."""
    result = run(Article(id="article/recognize", title="", text=text))
    spans = {(m.start - result.shift, m.end - result.shift, m.type) for m in result.mentions
             if m.type in ("Person", "Organization", "Location") and m.start >= result.shift}
    return sorted(spans)


def _pivot_date(article: Article, text: str) -> str | None:
    if article.published:
        return article.published
    years = re.findall(r"\b(20[0-4]\d)\b", text)
    if not years:
        return None
    year = Counter(years).most_common(1)[0][0]
    return f"{year}-07-01"


def _credit_mentions(credits: list[Credit]) -> list[Mention]:
    out: list[Mention] = []
    for c in credits:
        out.append(Mention("Person", c.start, c.end, c.name, c.name, "person:" + c.name.casefold(),
                           attrs={"cue": "strong", "tokens": str(len(c.name.split())), "credit": c.role}))
        if c.outlet and c.outlet[:1].isupper() and not gazetteer.regions().get(c.outlet.casefold()):  # not a place
            out.append(Mention("Organization", c.outlet_start, c.outlet_start + len(c.outlet), c.outlet, c.outlet,
                               "org:" + c.outlet.casefold(), attrs={"kind": "media"}))
    return out


def _sentence_mentions(text: str, s: Sentence, is_title: bool, vocab: frozenset[str],
                       acronyms: frozenset[str], body_folded: str, defined: set[str]) -> list[Mention]:
    start, end = s.start, s.end
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in laws.find_laws(text, start, end):
        found.append(m)
        taken.append((m.start, m.end))
    for m in elections.find_elections(text, start, end):
        if all(m.end <= a or m.start >= b for a, b in taken):
            found.append(m)
            taken.append((m.start, m.end))
    venues = locations.find_venues(text, start, end, taken)
    if is_title:
        venues = [v for v in venues if v.surface in body_folded]
    found += venues
    orgs = organizations.find_organizations(text, start, end, taken, PhraseMatcher(defined) if defined else None)
    if is_title:
        # Headline Case capitalises every word: a generic "Partai …"/"Dinas …" run there is a name only
        # when the body writes it too
        orgs = [m for m in orgs if m.attrs.get("head") or m.attrs.get("kind") != "other" or m.attrs.get("acr")
                or " ".join(m.surface.split()) in body_folded]
        for m in orgs:
            m.attrs["headline"] = "1"
    defined.update(m.attrs["acr"] for m in orgs if m.attrs.get("acr") and not m.attrs.get("defined"))
    defined.update(m.attrs["defines"] for m in orgs if m.attrs.get("defines"))
    found += orgs
    if venues and orgs:  # "LPP TVRI Stasiun Riau": a venue-like word inside an organisation's name
        inside = {id(v) for v in venues for o in orgs if o.start < v.start and v.end <= o.end}
        found = [m for m in found if id(m) not in inside]
    taken += [(m.start, m.end) for m in orgs]
    named_things = [m for m in found if m.type in ("Election", "Law")]
    for m in events.find_events(text, start, end):
        if named_things:
            events.complete_over(text, m, named_things)
        if _UNIT_BEFORE.search(text[max(start, m.start - 12):m.start]):
            continue
        if all(not (a <= m.start < b) for a, b in taken) and not _inside_quotes(text, start, m.start):
            if is_title:
                m.attrs["title"] = "1"
            found.append(m)
    event_spans = [(m.start, m.end) for m in found if m.type == "Event"]
    regions = locations.find_regions(text, start, end, taken)
    found += regions
    found += locations.find_countries(text, start, end, taken)
    found += locations.find_chain_middles(text, start, end, [m for m in found if m.type == "Location"], taken)
    if not is_title:
        masked = people.mask(text, taken + event_spans, start, end)
        found += people.find_people(text, masked, start, end, vocab, acronyms)
    found.sort(key=lambda m: (m.start, _NAME_PRIORITY[m.type]))
    return found


_AT_PLACE = re.compile(r"\b(?:di|ke|dari|menuju)\s+$")


_OUTLET_WORDS = re.compile(r"^(?:Harian|Koran|Majalah|Tabloid|Radio|Televisi|Bank|Radar|Brigade|Militer|Tentara|"
                           r"Pasukan|Laskar|Front|Gerakan|Komite|Serikat)\s|"
                           r"\s(?:Pos|Post|Times|News|Today|Daily|Ekspres|Express|Tribune|Herald|Journal|Channel|"
                           r"Online|TV|FM|Media|Group|Grup|Service|Services|Exchange|Centre|Institute|Foundation|"
                           r"Corporation|Corp|Inc|Ltd|Company|Airlines|Air|Association|Council|Committee|Agency|Fund|"
                           r"Club|Olympiad|Party|Army|Bersatu)$")
"""Person-shaped names that are outlets or bodies ("Pos Kupang", "Moody's Investors Service")."""


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)$")
_AREA_VENUES = frozenset({"Kelurahan", "Kecamatan", "Desa", "Distrik", "Dusun", "Kampung", "Nagari", "Gampong",
                          "Kapanewon", "Kemantren", "Kalurahan"})


def _listed_with_places(text: str, person: Mention, mentions: list[Mention]) -> bool:
    """A weak "person" listed right after a kelurahan/desa/kecamatan ("Kelurahan A dan B") is another one."""
    before = [m for m in mentions if m.end <= person.start and person.start - m.end <= 8]
    if not before:
        return False
    prev = max(before, key=lambda m: m.end)
    return (prev.type == "Location" and (prev.attrs.get("venue") in _AREA_VENUES or prev.attrs.get("level") == "district")
            and bool(_LIST_GAP.match(text[prev.end:person.start])))


def _place_follows(text: str, person: Mention, mentions: list[Mention]) -> bool:
    """A one-word "person" in the middle of a place list ("Kecamatan A, B, dan C"): a place follows it."""
    after = [m for m in mentions if m.start >= person.end and m.start - person.end <= 8]
    if not after:
        return False
    nxt = min(after, key=lambda m: m.start)
    return nxt.type == "Location" and bool(_LIST_GAP.match(text[person.end:nxt.start]))


def _retype_people(text: str, mentions: list[Mention]) -> None:
    """A "person" that is another mention's name, or follows "di", is a place (or body), not a person."""
    forms: dict[str, Mention] = {}
    for m in mentions:
        if m.type in ("Location", "Organization"):
            for form in (m.surface, m.name, *m.aliases):
                forms.setdefault(fold(form), m)
            if m.type == "Location" and m.attrs.get("venue") in _AREA_VENUES - {"Dusun", "Kampung", "Nagari", "Gampong"}:
                forms.setdefault(fold(m.surface.split(" ", 1)[-1]), m)
    for m in mentions:
        if m.type != "Person" or m.attrs.get("credit"):
            continue
        other = forms.get(fold(m.name))
        if other is not None:
            m.type, m.key = other.type, other.key
            m.attrs = {}
        elif _OUTLET_WORDS.search(m.name) and not m.aliases:
            m.type, m.key = "Organization", "org:" + fold(m.name)  # "Pos Kupang", "Financial Times": an outlet
            m.attrs = {"kind": "media"}
        elif (m.attrs.get("cue") == "weak" or m.attrs.get("tokens") == "1" and _place_follows(text, m, mentions)) \
                and _listed_with_places(text, m, mentions):
            m.type, m.key = "Location", "place:" + fold(m.name)  # "Kelurahan Kampung Melayu dan Bidara Cina"
            m.attrs = {}
        elif m.attrs.get("cue") == "weak" and _AT_PLACE.search(text[max(0, m.start - 8):m.start]) \
                and f"({m.name})" not in text:
            m.type, m.key = "Location", "place:" + fold(m.name)
            m.attrs = {}


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    return text.count('"', start, pos) % 2 == 1


def _by_sentence(sentences: list[Sentence], mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by the sentence they start in (both lists sorted by offset)."""
    starts = [s.start for s in sentences]
    out: list[list[Mention]] = [[] for _ in sentences]
    for m in sorted(mentions, key=lambda m: (m.start, _NAME_PRIORITY[m.type])):
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.start < sentences[i].end:
            out[i].append(m)
    return out


_OPENER = re.compile(r"^[\W\d]*(?:[A-Z][A-Z .,]+(?:-|–|—)\s*)?")


_OBJECT_OF_ORGANIZING = re.compile(r"\b(?:menggelar|mengadakan|menyelenggarakan|melaksanakan|menghelat|"
                                   r"melangsungkan)\s+$|(?:,\s*(?:sementara|sedangkan|adapun)|;)\s+$")


_HELD_WITHIN = re.compile(r"\b(?:dalam|pada|bertepatan\s+dengan|bersamaan\s+dengan|di\s+sela(?:-sela)?|jadwal|menyiapkan|mempersiapkan|"
                          r"agenda)\s+$", re.IGNORECASE)
_SCHEDULED = re.compile(r"[^.,;]{0,40}?\b(?:dijadwalkan|direncanakan)\b")
_HAPPENS = re.compile(r"\b(?:digelar|diadakan|diselenggarakan|dilaksanakan|dihelat|berlangsung|dibuka|menggelar|"
                      r"mengadakan|menyelenggarakan|melaksanakan|membuka|dijadwalkan|direncanakan)\b")


def _anchors(text: str, sentences: list[Sentence], mentions: list[Mention]) -> dict[int, bool]:
    """Event mentions in sentences that say an event happens: id → True when an organising verb says so."""
    out: dict[int, bool] = {}
    cue_lists = ("attends", "speaks_at")
    organize = ("organize_active", "organize_passive")
    events_only = [m for m in mentions if m.type == "Event" and m.attrs.get("title") != "1"]
    for s, found in zip(sentences, _by_sentence(sentences, events_only), strict=True):
        if not found:
            continue
        st = s.text
        for m in found:
            before = st[:m.start - s.start]
            if not _OPENER.sub("", before) or _OBJECT_OF_ORGANIZING.search(before):
                m.attrs["opens"] = "1"  # the sentence's subject ("Apel siaga diikuti …") or what it organises
            if _HELD_WITHIN.search(before) or _SCHEDULED.match(st, m.end - s.start):
                m.attrs["inside"] = "1"  # "… dalam rapat pleno X", "bertepatan dengan pelantikan Y", "Z dijadwalkan"
            if m.attrs.get("similar") and _HAPPENS.search(st):
                m.attrs["happens"] = "1"
        strong = any(has_cue(name, st) and pattern(name).search(st) for name in organize) \
            or bool(_FIELD_EVENT.match(st))  # "Acara: Deklarasi Kampanye Damai …" in a schedule block
        if strong or any(has_cue(name, st) and pattern(name).search(st) for name in cue_lists) or _ANCHOR.search(st):
            out.update((id(m), strong) for m in found)
    return out


def _event_date(text: str, sentences: list[Sentence], shift: int, group: list[Mention],
                pivot: str | None) -> str | None:
    """ISO date stated in the first body sentence that names the event, if any."""
    for m in group:
        host = next((s for s in sentences if s.start <= m.start < s.end), None)
        if host is None or host.start < shift:
            continue
        dates = find_dates(text, host.start, host.end, pivot)
        if dates:
            return dates[0].iso
    return None


def _event_id(name: str, date: str | None, article_id: str) -> str:
    """Events are named generically ("rapat koordinasi"), so the canonical key adds the date, or else the
    article: the same meeting reported by two outlets on its date is one node, two meetings are two."""
    return entity_id("Event", f"{name} {date or article_id.rsplit('/', 1)[-1]}")


def _choose_name(type_name: str, group: list[Mention]) -> str:
    if type_name == "Person":
        return max((m.name for m in group), key=lambda n: (len(n.split()), len(n)))
    if type_name == "Organization":
        named = [m for m in group if m.attrs.get("bare") != "1" and not m.implied] or group
        return named[0].name
    if type_name == "Event":
        return group[0].name
    if type_name == "Election":
        best = sorted(group, key=lambda m: (m.attrs.get("short") == "1", not m.attrs.get("year"),
                                            not m.name[:1].isupper(), -len(m.name)))
        return best[0].name
    return max((m.name for m in group), key=len)


_EVENT_FACTS = frozenset({"held_at", "about", "speaks_at", "attends", "organized_by"})


def _planned_events(doc: Doc, shift: int) -> set[str]:
    """Events whose first mention in the body introduces them as planned or postponed: the event stays
    an entity, but nothing is claimed about it."""
    seen: set[str] = set()
    planned: set[str] = set()
    for view in doc.views:
        if view.sentence.start < shift:
            continue
        for m, eid in view.mentions:
            if m.type != "Event" or eid in seen:
                continue
            seen.add(eid)
            if planned_mention(view.text, view.local(m.start), view.local(m.end)):
                planned.add(eid)
    return planned


def run(article: Article) -> Extraction:
    body = normalize(article.text)
    title = normalize(article.title or "").strip()
    shift = len(title) + 2 if title else 0
    text = (title + "\n\n" + body) if title else body
    credits, credit_lines = find_credits(body)
    credits = [Credit(c.role, c.name, c.start + shift, c.end + shift, c.line_start + shift, c.line_end + shift,
                      c.outlet, c.outlet_start + shift if c.outlet else -1) for c in credits]
    skip = [(a + shift, b + shift) for a, b in credit_lines]
    for c in credits:
        if c.role == "photo":
            skip.append((c.line_start, c.line_end))
    sentences = [s for s in split_sentences(text) if all(s.end <= a or s.start >= b for a, b in skip)]
    vocab = frozenset(re.findall(r"(?<![\w-])[a-z][a-z'-]+", body))
    acronyms = people.defined_acronyms(body)
    body_folded = " ".join(body.split())
    defined: set[str] = set()

    mentions: list[Mention] = _credit_mentions(credits)
    first_body = next((s for s in sentences if s.start >= shift), None)
    if first_body is not None:
        dl = find_dateline(text, first_body.start, first_body.end)
        if dl is not None:
            mentions.append(Mention("Location", dl.start, dl.end, dl.surface, dl.name, "place:" + dl.name.casefold(),
                                    attrs={"dateline": "1"}))
            if dl.outlet:
                known = gazetteer.named_organizations().get(dl.outlet.casefold())
                outlet_name = known.name if known else dl.outlet
                mentions.append(Mention("Organization", dl.outlet_start, dl.outlet_start + len(dl.outlet), dl.outlet,
                                        outlet_name, "org:" + outlet_name.casefold(),
                                        attrs={"kind": "media", "dateline": "1"}))
    dl_spans = [(m.start, m.end) for m in mentions if m.attrs.get("dateline")]
    if len(dl_spans) == 2:
        dl_spans = [(dl_spans[0][0], dl_spans[1][1])]
    for s in sentences:
        for m in _sentence_mentions(text, s, s.start < shift, vocab, acronyms, body_folded, defined):
            if all(m.end <= a or m.start >= b for a, b in dl_spans):
                mentions.append(m)

    _retype_people(text, mentions)
    anchors = _anchors(text, [s for s in sentences if s.start >= shift], mentions)
    mentions = aliases.resolve_people(mentions)
    aliases.resolve_organizations(mentions)
    aliases.resolve_elections(mentions)
    locations.resolve_twins(mentions)
    mentions = [m for m in aliases.resolve_events(mentions, anchors) if m.attrs.get("drop") != "1"
                and not (m.type == "Organization" and m.attrs.get("head") in _GENERIC_GOVERNMENT
                         and m.key == "org:" + m.attrs.get("head", "").casefold())]
    mentions.sort(key=lambda m: (m.start, _NAME_PRIORITY[m.type]))

    graph = ArticleGraph(article=article)
    entities: dict[str, Entity] = {}
    id_of_key: dict[tuple[str, str], str] = {}
    groups: dict[tuple[str, str], list[Mention]] = {}
    for m in mentions:
        groups.setdefault((m.type, m.key), []).append(m)
    pivot = _pivot_date(article, text)
    for (type_name, key), group in groups.items():
        name = _choose_name(type_name, group)
        date = _event_date(text, sentences, shift, group, pivot) if type_name == "Event" else None
        eid = entity_id(type_name, name) if type_name != "Event" else _event_id(name, date, article.id)
        ent = entities.get(eid)
        if ent is None:
            ent = entities[eid] = Entity(eid, type_name, name)
            if date:
                ent.attrs["date"] = date
        for m in group:
            for form in (m.surface, m.name, *m.aliases):
                form = " ".join(form.split())
                if form and fold(form) != fold(ent.name) and not (type_name == "Person" and fold(form) in ("ia", "beliau")):
                    ent.aliases.add(form)
        id_of_key[(type_name, key)] = eid
    doc = Doc(text=text, views=[], entity_types={e.id: e.type for e in entities.values()})
    buckets = _by_sentence(sentences, mentions)
    for i, s in enumerate(sentences):
        in_s = [(m, id_of_key[(m.type, m.key)]) for m in buckets[i]]
        doc.views.append(SentenceView(s, in_s, is_title=s.start < shift))
    for (type_name, key), group in groups.items():
        if type_name != "Event":
            continue
        doc.event_kinds[id_of_key[(type_name, key)]] = group[0].attrs.get("kind", "")

    candidates: list[Candidate] = []
    for stage in RELATION_STAGES:
        candidates += stage(doc)
    planned = _planned_events(doc, shift)
    if planned:
        candidates = [c for c in candidates if c.predicate not in _EVENT_FACTS
                      or (c.subject not in planned and c.object not in planned)]
    relations = [_relation(article, c, shift) for c in candidates]
    for c in credits:
        if c.role in ("reporter", "editor"):
            credited = id_of_key.get(("Person", "person:" + c.name.casefold()))
            if credited is None:
                continue
            line = Sentence(c.line_start, c.line_end, text[c.line_start:c.line_end], -1)
            pred = "reported_by" if c.role == "reporter" else "edited_by"
            relations.append(_relation(article, Candidate(article.id, pred, credited, line, f"rules.{pred}.byline.v1", 0.95), shift))
    dropped: Counter[str] = Counter()
    relations = validate(relations, entities, article.id, dropped)
    used = {r.subject for r in relations} | {r.object for r in relations}
    implied_only = {id_of_key[(t, k)] for (t, k), g in groups.items() if all(m.implied for m in g)}
    for eid in implied_only - used:
        entities.pop(eid, None)
    graph.entities = list(entities.values())
    graph.relations = relations
    return Extraction(graph, mentions, dropped, shift)


def _relation(article: Article, c: Candidate, shift: int) -> Relation:
    s = c.sentence
    if s.start >= shift:
        start, end = s.start - shift, s.end - shift
        sentence = article.text[start:end]
    else:
        start, end, sentence = 0, 0, s.text
    return Relation(c.subject, c.predicate, c.object, Evidence(article.id, sentence, start, end, c.extractor,
                                                               c.confidence), c.title)
