"""holds_position: "Ketua KPU Kota Padang, Yuliani Sari", "Rudi Hartono, Koordinator Divisi …
Bawaslu Kota Bekasi", "Kapolres Metro Jakarta Barat Kombes Pol Hendra" (title implied by the unit)."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract import gazetteer
from ingest.extract.people import _prefix_re
from ingest.extract.relations.context import Candidate, Doc, SentenceView
from ingest.extract.trie import trie_pattern

_RE_PUNCT = re.compile(r"\s*\([^)]*\)")
_RE_JUGA_MERUPAKAN = re.compile(r"^(?:yang\s+(?:juga\s+)?merupakan|yang\s+juga|selaku|sebagai|yakni|yaitu)\s+")
_RE_PUNCT2 = re.compile(r"[\s,]*")
_RE_SERTA = re.compile(r"\s*(?:,\s*(?:[A-Z][\w.]*\.\s*,?\s*)*)?\s*(?:dan|serta)?\s*(?:(?:Dra?s?\.|Dr\.|H\.|Hj\.|Ir\.)\s*)*")
_RE_LAINNYA_YAKNI = re.compile(r"^\s*(?:lainnya)?\s*,?\s*(?:yakni|yaitu|di antaranya|antara lain)\s+")
_RE_PUNCT3 = re.compile(r"[.;\"]|\b(?:yang|dan\s+[a-z])\b")
_RE_PUNCT4 = re.compile(r"\s*")
_RE_BYANG_JUGA = re.compile(r"\byang\s+juga\s+")
_RE_PUNCT5 = re.compile(r"[.;\"]")
_RE_TITLE = re.compile(r"\s*\(\s*(?P<title>[^()]*?)\s*")
_RE_PUNCT6 = re.compile(r"\s*\)")
_RE_OORDINATOR_IVISI = re.compile(r"^\s+(?P<t>Koordinator\s+Divisi\b.*?)(?=,\s+[a-z]|[.;]|$)")
_RE_DIV_IVISI = re.compile(r"^\s+(?P<div>(?:Divisi|Bidang)\s[^,.;]*(?:,\s+[A-Z][^,.;]*)*?)(?=,\s|\.|$)")

_RIGHT_LEAD = re.compile(
    r"^(?:(?:\s*,\s*(?:[A-Z][\w.]*\.)?)*\s*,\s*(?:yang\s+(?:sebelumnya|pernah|dulu|kini|saat\s+ini)\s+menjabat\s+"
    r"(?:sebagai\s+)?|yang\s+(?:juga\s+)?(?:merupakan\s+)?|selaku\s+|sebagai\s+)?"
    r"|\s+(?:selaku|sebagai|yang\s+juga(?:\s+merupakan)?|yang\s+merupakan)\s+)(?P<title>.*)$")
"""", Ketua …", ", yang juga Kepala …", " selaku Ketua …" between a person and a body."""
EXTRACTOR = "rules.holds_position.v1"
_EXTRA_TITLES = ("Saksi", "Dosen", "Peneliti", "Pengamat", "Guru Besar", "Staf", "Staf Ahli", "Tenaga Ahli",
                 "Juru Bicara", "Jubir", "Bendahara", "Pendiri", "Direktur Eksekutif", "Ketua Umum",
                 "Sekretaris Jenderal", "Rektor", "Wakil Rektor", "Dekan", "Kepala Sekolah", "Kepala", "Anggota",
                 "Koordinator Divisi", "Asisten", "Komisioner", "Kasubag", "Kabag", "Sekretaris")
_DIVISION = re.compile(r"^(?:Divisi|Bidang|Bagian|Seksi|Sub ?[Bb]agian|Urusan)\b")
_LOWER_TITLES = ("anggota", "dosen", "saksi", "staf", "peneliti", "pengamat", "ketua", "kepala", "mantan")


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    heads = {h for h in gazetteer.title_heads()} | {t.casefold() for t in _EXTRA_TITLES}
    variants = {v for h in heads for v in (h, h.title(), h[:1].upper() + h[1:], h.upper())}
    body = trie_pattern(variants, word_end=False)
    return re.compile(r"(?<![\w-])(?:(?:Pj\.?|Plt\.?|Plh\.?|[Mm]antan)\s+)?(?:" + body + r")(?![\w-])")


_PAST = re.compile(r"^(?:[Mm]antan|(?:yang\s+)?sebelumnya\s+(?:menjabat\s+(?:sebagai\s+)?)?)\s*")
"""A past role keeps the title the text gives, without "mantan" (GUIDELINES: still holds_position)."""
_ACTING_BEFORE = re.compile(r"\b(?P<acting>Penjabat|Pj\.?|Plt\.?|Plh\.?|Pelaksana\s+Tugas|Pelaksana\s+Harian)\s*"
                            r"(?:\([^)]*\)\s*)?$")


def _clean(title: str) -> str:
    title = _RE_PUNCT.sub("", title)
    title = " ".join(title.split()).strip(" ,;:-")
    title = _RE_JUGA_MERUPAKAN.sub("", title)
    title = _PAST.sub("", title)
    return title


def _acting(text: str, pos: int, title: str) -> str:
    """"Penjabat (Pj) Bupati X": the acting word before a title that the unit implied."""
    m = _ACTING_BEFORE.search(text[max(0, pos - 40):pos])
    if m is None or title.split()[0] in ("Penjabat", "Pj", "Pj.", "Plt", "Plt.", "Plh", "Plh."):
        return title
    return f"{' '.join(m.group('acting').split())} {title}"


def _title_start(text: str) -> int | None:
    """Local offset where a title begins in ``text`` (the last title head that starts a title run)."""
    found = None
    for m in _title_re().finditer(text):
        word = m.group(0)
        if word[0].islower() and word.casefold().split()[0] not in _LOWER_TITLES:
            continue
        found = m.start() if found is None else found
    return found


def _gap_ok(gap: str) -> bool:
    rest = _prefix_re().sub(" ", gap)
    return bool(_RE_PUNCT2.fullmatch(rest))


def extract(doc: Doc) -> list[Candidate]:
    out: list[Candidate] = []
    for index, view in enumerate(doc.views):
        if view.is_title:
            continue
        out.extend(_in_sentence(doc, index, view))
    return out


def _in_sentence(doc: Doc, index: int, full_view: SentenceView) -> list[Candidate]:
    out: list[Candidate] = []
    view = SentenceView(full_view.sentence, [(m, e) for m, e in full_view.mentions
                                             if m.type in ("Person", "Organization", "Location")],
                        full_view.is_title)
    text = view.text
    mentions = view.mentions
    for i, (p, pid) in enumerate(mentions):
        if p.type != "Person":
            continue
        found = _left(view, i) or _right(view, i)
        if found is None:
            continue
        oid, title, conf = found
        out.append(Candidate(pid, "holds_position", oid, view.sentence, EXTRACTOR, conf, title))
        doc.positions.setdefault(pid, oid)
        doc.roles_in_sentence.setdefault(index, set()).add(oid)
        listed = _plural_list(view, i, title)
        for qid in listed:
            out.append(Candidate(qid, "holds_position", oid, view.sentence, "rules.holds_position.list.v1", 0.6, title))
            doc.positions.setdefault(qid, oid)
    del text
    return out


_PLURAL = re.compile(r"\b(?:dua|tiga|empat|lima|enam|tujuh|para|sejumlah|beberapa|\d+)\s+(?:orang\s+)?\w+\s*$|\b(?:dua|tiga|empat|lima|para|sejumlah|beberapa)\s+\w+\s+\w+\s*$",
                     re.IGNORECASE)


def _plural_list(view: SentenceView, i: int, title: str) -> list[str]:
    """"tiga anggota KPU X, A, B, dan C": the people listed after the first one hold the same post."""
    text = view.text
    p, _ = view.mentions[i]
    o, _ = view.mentions[i - 1] if i > 0 else (None, "")
    if o is None or o.type != "Organization":
        return []
    lo = view.local(view.mentions[i - 2][0].end) if i > 1 else 0
    if not _PLURAL.search(text[lo:view.local(o.start)]):
        return []
    out: list[str] = []
    prev = p
    for m, e in view.mentions[i + 1:]:
        gap = text[view.local(prev.end):view.local(m.start)]
        if m.type != "Person" or not _RE_SERTA.fullmatch(gap):
            break
        out.append(e)
        prev = m
    del title
    return out


def _left(view: SentenceView, i: int) -> tuple[str, str, float] | None:
    """TITLE ORG[,] [TITLE2,] PERSON."""
    text = view.text
    p, _ = view.mentions[i]
    j = i - 1
    if j < 0:
        return None
    o, oid = view.mentions[j]
    if o.type != "Organization":
        return None
    gap = text[view.local(o.end):view.local(p.start)]
    gap = _RE_LAINNYA_YAKNI.sub(" ", gap)
    post = ""
    if not _gap_ok(gap):
        post = _clean(_prefix_re().sub(" ", gap))
        if not post or len(post.split()) > 14 or _RE_PUNCT3.search(post):
            return None
        if _title_start(post) != 0 and not _DIVISION.match(post):
            return None
    if o.implied and o.attrs.get("title"):
        title = _acting(text, view.local(o.start), o.attrs["title"])
        return oid, _clean(f"{title} {post}" if _DIVISION.match(post) else (post or title)), 0.9
    k = j - 1
    while k >= 0 and view.mentions[k][0].type == "Organization" and view.mentions[k][0].attrs.get("bare") == "1" \
            and _RE_PUNCT4.fullmatch(text[view.local(view.mentions[k][0].end):view.local(view.mentions[k + 1][0].start)]):
        k -= 1
    lo = view.local(view.mentions[k][0].end) if k >= 0 else 0
    before = text[lo:view.local(o.start)]
    before = before[before.rfind(";") + 1:]  # "…, yang mewakili Dandim; Ketua KPU X, NAME": the item's own title
    chained = _RE_BYANG_JUGA.search(before)
    if chained and k >= 0 and view.mentions[k][0].type == "Organization":
        # "Ketua Bawaslu X yang juga Koordinator Sentra Gakkumdu X, NAME": the first post is the main one
        first, first_id = view.mentions[k]
        lo2 = view.local(view.mentions[k - 1][0].end) if k > 0 else 0
        head = text[lo2:view.local(first.start)]
        pos2 = _title_start(head)
        if pos2 is not None and _RE_PUNCT4.fullmatch(text[view.local(first.end):lo + chained.start()]):
            return first_id, _clean(head[pos2:]), 0.75
    pos = _title_start(before)
    pre = _clean(before[pos:]) if pos is not None else ""
    if pre and _RE_PUNCT5.search(pre):
        pre = ""
    if post and not _DIVISION.match(post):
        return oid, post, 0.8
    if post and pre:
        return oid, _clean(f"{pre} {post}"), 0.8
    if pre and len(pre.split()) <= 12:
        return oid, pre, 0.85
    return None


def _right(view: SentenceView, i: int) -> tuple[str, str, float] | None:
    """PERSON, [yang merupakan] TITLE ORG [Divisi …]."""
    text = view.text
    p, _ = view.mentions[i]
    if i + 1 >= len(view.mentions):
        return None
    o, oid = view.mentions[i + 1]
    if o.type != "Organization":
        return None
    between = text[view.local(p.end):view.local(o.start)]
    paren = _RE_TITLE.fullmatch(between)
    if paren and _title_start(paren.group("title")) == 0 and _RE_PUNCT6.match(text[view.local(o.end):]):
        return oid, _clean(paren.group("title")), 0.75  # "Ahmad Fauzi (Ketua KPU Kota X)"
    m = _RIGHT_LEAD.match(between)
    if not m:
        return None
    title = m.group("title")
    if _title_start(title) != 0 or len(title.split()) > 12 or _RE_PUNCT5.search(title):
        return None
    title = _clean(title)
    if o.implied and o.attrs.get("title"):
        title = _clean(f"{title} {o.attrs['title']}") if not title else title
    after = text[view.local(o.end):]
    specific = _RE_OORDINATOR_IVISI.match(after)
    if specific:
        return oid, _clean(specific.group("t")), 0.8
    div = _RE_DIV_IVISI.match(after)
    if div:
        title = _clean(f"{title} {div.group('div')}")
    return (oid, title, 0.8) if title else None
