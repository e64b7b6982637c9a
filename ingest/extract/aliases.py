"""In-article resolution: which mentions name the same thing.

Persons: a short form ("Rahmat", "Andi Nurul") joins the one full name it is part of. Organisations:
a bare head ("Bawaslu") joins the one jurisdictional body of that head named before it. Elections:
"Pilwali" or "Pilbup Jember" joins the one election of that kind with place and year. Events: a bare
kind ("Rakor", "pleno") joins the latest event of a compatible kind.
"""

from __future__ import annotations

from ingest.extract import gazetteer
from ingest.extract.mention import Mention, fold


def _tokens(name: str) -> list[str]:
    return [t.casefold().rstrip(".") for t in name.split()]


def _is_part(short: list[str], full: list[str]) -> bool:
    if len(short) >= len(full):
        return False
    return any(full[i:i + len(short)] == short for i in range(len(full) - len(short) + 1))


def resolve_people(mentions: list[Mention]) -> list[Mention]:
    """Set the key of short person mentions to their full name's key; drop unresolved weak singles."""
    full = [m for m in mentions if m.type == "Person" and (int(m.attrs.get("tokens", "1")) >= 2)]
    names: dict[str, list[str]] = {}
    for m in full:
        names.setdefault(m.key, _tokens(m.name))
    # a multi-token name that is part of a longer one joins it
    for key, toks in list(names.items()):
        longer = [k for k, t in names.items() if k != key and _is_part(toks, t)]
        if len(longer) == 1:
            for m in full:
                if m.key == key:
                    m.key = longer[0]
    keys = {k: t for k, t in names.items() if not any(_is_part(t, o) for kk, o in names.items() if kk != k)}
    kept: list[Mention] = []
    for m in mentions:
        if m.type != "Person":
            kept.append(m)
            continue
        toks = _tokens(m.name)
        if m.key in keys or int(m.attrs.get("tokens", "1")) >= 2 and m.key in {x.key for x in full}:
            kept.append(m)
            continue
        owners = [k for k, t in keys.items() if _is_part(toks, t)]
        if len(owners) == 1:
            m.key = owners[0]
            kept.append(m)
        elif not owners and (m.attrs.get("cue") == "strong" or fold(m.name) in gazetteer.person_names()):
            kept.append(m)  # a weak single word stays only when it is a common Indonesian name
    return kept


def resolve_organizations(mentions: list[Mention]) -> None:
    """Bare heads join the one jurisdictional body of the same head named earlier in the article."""
    orgs = sorted((m for m in mentions if m.type == "Organization"), key=lambda m: m.start)
    seen: dict[str, set[str]] = {}
    bare_first: set[str] = set()
    last: dict[str, str] = {}
    headline_bare = [m for m in orgs if m.attrs.get("bare") == "1" and m.attrs.get("headline") == "1"]
    for m in orgs:
        head = m.attrs.get("head", "")
        if m.attrs.get("bare") == "1":
            if m.attrs.get("headline") == "1":
                continue  # resolved after the body, below
            earlier = seen.get(head, set())
            if len(earlier) == 1 and head not in bare_first:
                m.key = next(iter(earlier))
            elif len(earlier) > 1 and head not in bare_first and last.get(head):
                m.key = last[head]  # "KPU Kota X … KPU Kabupaten X … KPU menetapkan": the body named last
            elif not earlier:
                bare_first.add(head)
            continue
        if head and not m.implied:
            seen.setdefault(head, set()).add(m.key)
            last[head] = m.key
    for m in headline_bare:
        head = m.attrs.get("head", "")
        bare_key = "org:" + head.casefold()
        if any(o.key == bare_key and o.attrs.get("headline") != "1" for o in orgs):
            continue  # the body also names the body without jurisdiction: the headline means that one
        named = {o.key for o in orgs if o.attrs.get("head") == head and o.attrs.get("bare") != "1" and not o.implied}
        if len(named) == 1:
            m.key = next(iter(named))
    # "KPU Bekasi" (regency or city?) joins the one "KPU Kabupaten/Kota Bekasi" of the article
    for m in orgs:
        if m.attrs.get("ambiguous") != "1":
            continue
        found = {o.key: o for o in orgs if o is not m and o.attrs.get("head") == m.attrs.get("head")
                 and o.attrs.get("region") == m.attrs.get("region") and o.attrs.get("ambiguous") != "1"}
        if len(found) == 1:
            owner = next(iter(found.values()))
            m.key, m.name = owner.key, owner.name
            m.aliases = tuple(a for a in m.aliases if "Kota" not in a.split() and "Kabupaten" not in a.split())
    # "Fakultas … (FISIP)" named without its parent joins the one "FISIP <university>" of the article
    by_acr: dict[str, set[str]] = {}
    for m in orgs:
        if m.attrs.get("acr") and m.attrs.get("parent"):
            by_acr.setdefault(m.attrs["acr"], set()).add(m.key)
    for m in orgs:
        acr = m.attrs.get("acr", "") or (m.attrs.get("head", "") if not m.attrs.get("region") else "")
        if acr and not m.attrs.get("parent") and len(by_acr.get(acr, set())) == 1 \
                and (m.name.split()[0] != acr or m.name == acr):
            m.key = next(iter(by_acr[acr]))
    # acronym-only mentions ("Unhas", "Sudin Dukcapil") join the body whose alias they are
    forms: dict[str, set[str]] = {}
    for m in orgs:
        for form in (m.name, *m.aliases):
            forms.setdefault(fold(form), set()).add(m.key)
    for m in orgs:
        if m.attrs.get("bare") == "1":
            continue
        owners = forms.get(fold(m.surface), set()) - {m.key}
        if len(owners) == 1 and len(m.name.split()) == 1:
            m.key = next(iter(owners))


def resolve_elections(mentions: list[Mention]) -> None:
    elections = [m for m in mentions if m.type == "Election"]
    complete: dict[str, Mention] = {}
    for m in elections:
        if m.attrs.get("year") and (m.attrs.get("place") or m.attrs.get("kind") in ("pemilu", "pilpres", "pileg")):
            complete.setdefault(m.key, m)
    for m in elections:
        if m.key in complete:
            continue
        kind, place, year = m.attrs.get("kind"), m.attrs.get("place"), m.attrs.get("year")
        owners = {c.key for c in complete.values() if c.attrs.get("kind") == kind
                  and (not place or c.attrs.get("place") == place) and (not year or c.attrs.get("year") == year)}
        if kind == "pilkada" and not owners:
            owners = {c.key for c in complete.values() if c.attrs.get("kind") in ("pilgub", "pilbup", "pilwalkot")
                      and (not year or c.attrs.get("year") == year)}
            if len(owners) != 1:
                owners = set()
        if len(owners) == 1:
            m.key = next(iter(owners))
        elif not year and not place:
            m.attrs["drop"] = "1"  # "Pilkada" alone, naming no particular election


def _kind_family(kind: str) -> set[str]:
    return set(kind.split())


_NOT_DISTINCT = frozenset({"hari", "malam", "pagi", "siang", "sore", "pekan", "minggu", "bulan", "tahun", "tersebut",
                           "itu", "ini", "tadi", "lalu", "kemarin", "berikutnya", "selanjutnya", "sebelumnya"})


def _distinct(m: Mention, events: list[Mention]) -> bool:
    """True when an event named in passing says what sets it apart from every event of its kind told so far
    ("rapat pleno penetapan …" beside "rapat pleno rekapitulasi …"; not "patroli hari kedua")."""
    words = fold(m.name).split()[len(m.attrs.get("kind", "").split()):]
    content = [w for i, w in enumerate(words) if w not in _NOT_DISTINCT and not (i and words[i - 1] == "hari")]
    if not content:
        return False
    family = _kind_family(m.attrs.get("kind", ""))
    for e in events:
        if not family & _kind_family(e.attrs.get("kind", "")):
            continue
        told = {w for form in (e.name, *e.aliases) for w in fold(form).split()}
        if all(w in told for w in content):
            return False
    return True


def resolve_events(mentions: list[Mention], anchors: dict[int, bool]) -> list[Mention]:
    """Give every event mention the key of the event it names; unanchored mentions with no event drop.

    ``anchors`` maps mentions in sentences that say an event happens to True when an organising verb
    ("menggelar", "digelar" …) says so; a second event needs such a verb, the first does not.
    """
    kept: list[Mention] = []
    events: list[Mention] = []
    for m in sorted((m for m in mentions if m.type == "Event"), key=lambda m: m.start):
        bare = fold(m.name) == fold(m.attrs.get("kind", ""))
        target: Mention | None = None
        if m.attrs.get("similar") == "1" and m.attrs.get("title") != "1" and (
                m.attrs.get("happens") == "1" or m.attrs.get("inside") == "1" or anchors.get(id(m))):
            m.key = f"event:{len(events)}:{fold(m.name)}"  # "kegiatan serupa digelar …": another event like it
            m.attrs["aside"] = "1"
            events.append(m)
            kept.append(m)
            continue
        if m.attrs.get("generic") == "1" and events:
            target = events[-1]  # "Acara yang bertema "…"": the current event, by its title
        for e in ([] if target is not None else reversed(events)):
            fam = _kind_family(e.attrs.get("kind", "")) | set(fold(a) for a in e.aliases)
            same_kind = bool(_kind_family(m.attrs.get("kind", "")) & fam) or fold(m.name) in fam
            if not same_kind or (bare and e.attrs.get("aside") == "1"):
                continue  # a bare "Rapat …" goes on about the event told, not one named in passing
            if bare and anchors.get(id(m)) and " " in fold(m.name) and not fold(e.name).startswith(fold(m.name)) \
                    and fold(m.name) not in {fold(a) for a in e.aliases}:
                continue  # "rapat evaluasi digelar …" beside an earlier "rapat koordinasi …": another meeting
            if bare or fold(e.name).startswith(fold(m.name)) or fold(m.name) in {fold(a) for a in e.aliases}:
                target = e
                break
            if m.attrs.get("title") == "1" or m.attrs.get("lead_is_kind") == "1":
                target = e  # a headline mention, or "Sosialisasi bertema …" of an event already named
                break
        told = [e for e in events if e.attrs.get("aside") != "1"]  # the first event told needs no organising verb
        if target is not None:
            m.key = target.key
            kept.append(m)
        elif id(m) in anchors and (not told or anchors[id(m)]) and (not bare or m.attrs.get("theme")):
            m.key = f"event:{len(events)}:{fold(m.name)}"
            events.append(m)
            kept.append(m)
        elif id(m) in anchors and (not bare or " " in fold(m.name)) and m.attrs.get("opens") == "1" and not any(
                _kind_family(m.attrs.get("kind", "")) & _kind_family(e.attrs.get("kind", "")) for e in events):
            m.key = f"event:{len(events)}:{fold(m.name)}"  # "Apel siaga … diikuti …": another kind of event
            events.append(m)
            kept.append(m)
        elif id(m) in anchors and bare and not told:
            m.key = f"event:{len(events)}:{fold(m.name)}"
            events.append(m)
            kept.append(m)
        elif m.attrs.get("inside") == "1" and m.attrs.get("title") != "1" and not bare and _distinct(m, events):
            m.key = f"event:{len(events)}:{fold(m.name)}"  # "… dalam rapat pleno penetapan …": named in passing
            m.attrs["aside"] = "1"
            events.append(m)
            kept.append(m)
    others = [m for m in mentions if m.type != "Event"]
    return others + kept
