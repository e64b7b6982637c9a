"""Event mentions: a kind word ("rapat koordinasi", "FGD", "bimtek", "deklarasi" …) extended to the
fullest name the text gives ("rapat koordinasi pengamanan tahapan kampanye"); a quoted theme
right after the kind makes the name ("FGD Perencanaan Program …")."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest.extract.cues import cues, has_cue, pattern, words_of
from ingest.extract.mention import Mention, fold

_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_LAST_WORD = re.compile(r"(\S+)\s*$")
_NOMINAL_WORD = re.compile(r"(?:pe[nmr]?|peng|peny|ke)[a-z]+an")

_PAREN = re.compile(r"\s*\((?P<acr>[A-Za-z][\w.-]*(?:\s[A-Za-z][\w.-]*){0,2})\)")
_THEME = re.compile(
    r"\s*,?\s*(?:yang\s+)?(?:bertemakan|bertema|bertajuk|berjudul|bertopik|dengan\s+tema|mengusung\s+tema|"
    r"mengangkat\s+tema|tema)\s*:?\s*\"(?P<theme>[^\"]{3,160})\"", re.IGNORECASE)
_WORD = re.compile(r"\s+(?P<w>[\w'/.-]+)")
STOP = frozenset("""di pada yang oleh sejak selama hingga sampai sebagai itu ini tersebut bersama serta secara
kepada terhadap atas antara melalui dalam dan untuk dengan agar supaya guna karena ke dari kemarin tadi lalu
mendatang nanti akan telah sudah sedang masih juga pun bertempat berlangsung digelar diselenggarakan dilaksanakan
dihadiri diikuti dibuka dipimpin menjadi merupakan adalah ialah kali bertemakan bertema bertajuk
berjudul mengusung tema senin selasa rabu kamis jumat jum'at sabtu minggu ahad pukul mulai usai setelah
sebelum saat ketika bagi menghadirkan melibatkan menyisir menurunkan yakni yaitu se
sempat tengah kembali belum tidak tak terus sering kerap atau
tanpa turut wajib harus bisa dapat perlu mesti boleh setiap kami kita mereka saya kapan bagaimana mengapa ribuan ratusan puluhan belasan sejumlah sekitar
""".split())
_CONTINUE_AFTER = {"bagi": re.compile(r"\s+[a-z]")}


@lru_cache(maxsize=1)
def _kind_re() -> re.Pattern[str]:
    return pattern("event_kinds")


@lru_cache(maxsize=1)
def kind_words() -> frozenset[str]:
    return frozenset(k.casefold() for k in cues()["event_kinds"])


def _extend(text: str, pos: int, end: int) -> tuple[int, list[str]]:
    """Extend an event name from ``pos`` over description words; returns (end, acronyms skipped)."""
    acronyms: list[str] = []
    words = 0
    stop = pos
    cursor = pos
    while words < 12:
        paren = _PAREN.match(text, cursor, end)
        if paren:
            acronyms.append(paren.group("acr"))
            cursor = paren.end()
            continue
        m = _WORD.match(text, cursor, end)
        if not m:
            break
        w = m.group("w")
        low = w.casefold().rstrip(".")
        if low in _QUANTIFIERS and _BACK_REFERENCE.match(text, m.end(), end):
            break  # "apel pelepasan logistik kedua pemilihan tersebut": a reference, not the name
        if w.endswith(".") and not _INITIALS.fullmatch(w):
            w = w[:-1]
            if low in STOP or not w:
                break
            stop = m.start("w") + len(w)
            break
        if low == "dan" and stop > pos and text[stop - 1].isalnum() and (
                _capital_run(text, cursor, m.end(), end) or _nominal_next(text, m.end(), end)
                or _DEPUTY.match(text, m.end(), end)):  # "… calon bupati dan wakil bupati"
            cursor = m.end()
            words += 1
            continue
        if _VERB.match(w) and low not in _NOT_VERBS:
            break
        if low in STOP:
            cont = _CONTINUE_AFTER.get(low)
            if cont and cont.match(text, m.end(), end) and not _followed_by_stop(text, m.end(), end):
                cursor = m.end()
                words += 1
                continue
            break
        if _DAY_MONTH.fullmatch(w):
            break
        if low in _PERIODS and _RELATIVE.match(text, m.end(), end):
            break  # "… bulan depan", "… pekan lalu": when, not what
        if low == "nomor" and _URUT.match(text, m.end(), end):
            break  # "kampanye rapat umum pasangan calon nomor urut 2": the pair, not the event
        if w.isdigit() and not _YEAR.fullmatch(w) and _counted(text, stop, m.end(), end):
            break  # "operasi 150 personel": a quantity, not part of the name
        words += 1
        cursor = m.end()
        stop = m.end()
    return stop, acronyms


_DEPUTY = re.compile(r"\s+wakil\b", re.IGNORECASE)
_PERIODS = frozenset({"hari", "pekan", "minggu", "bulan", "tahun"})
_RELATIVE = re.compile(r"\s+(?:depan|lalu|ini|mendatang|kemarin|berikutnya|sebelumnya|yang\s+sama)\b", re.IGNORECASE)
_URUT = re.compile(r"\s+urut\b", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBERED = frozenset({"tps", "nomor", "no", "tahap", "gelombang", "angkatan", "jilid", "ke", "sesi", "putaran",
                       "rt", "rw", "pasal"})


def _counted(text: str, before: int, after: int, end: int) -> bool:
    """True when the number ending at ``after`` counts the lower-case noun after it and does not number
    the word before it ("150 personel", not "TPS 12" or "gelombang 2")."""
    prev = _LAST_WORD.search(text[max(0, before - 30):before])
    if prev and prev.group(1).casefold().rstrip(".") in _NUMBERED:
        return False
    nxt = _WORD.match(text, after, end)
    return bool(nxt and nxt.group("w")[:1].islower())


_VERB = re.compile(r"^(?:me[mnr]?|meng|meny|di|ber)[a-z]{3,}$")
_QUANTIFIERS = frozenset({"kedua", "ketiga", "keempat", "seluruh", "semua", "para"})
_BACK_REFERENCE = re.compile(r"\s+\w+\s+(?:tersebut|itu|ini)\b")
_NOT_VERBS = frozenset({"dini", "digital", "dialog", "diskusi", "bersama", "berkala", "berkelanjutan", "berbasis",
                        "berintegritas", "berkualitas", "menengah", "merdeka", "mendatang", "meja", "media",
                        "distribusi", "disabilitas", "diseminasi", "digitalisasi", "diskriminasi", "dinamika", "diklat",
                        "dimensi", "direktorat", "divisi", "dinas"})


def _capital_run(text: str, before: int, after: int, end: int) -> bool:
    """True when "dan" at [before, after) sits between two capitalised words ("Wali Kota dan Wakil …")."""
    prev = _LAST_WORD.search(text[:before])
    nxt = _WORD.match(text, after, end)
    return bool(prev and prev.group(1)[:1].isupper() and nxt and nxt.group("w")[:1].isupper())


def _nominal_next(text: str, after: int, end: int) -> bool:
    nxt = _WORD.match(text, after, end)
    return bool(nxt and _NOMINAL_WORD.fullmatch(nxt.group("w")))


def _followed_by_stop(text: str, pos: int, end: int) -> bool:
    m = _WORD.match(text, pos, end)
    return not m or m.group("w").casefold() in STOP


def _substitute_acronym(full: str, acr: str) -> str | None:
    """"apel … tempat pemungutan suara (TPS) Pemilu 2024" → "apel … TPS Pemilu 2024"."""
    count = len(acr) - 1 if len(acr) > 1 else 0
    m = re.search(r"((?:\S+\s+){" + str(count) + r"})\(" + re.escape(acr) + r"\)", full)
    if not m or not acr.isupper() or len(acr) > 6:
        return None
    words = full[: m.end(1)].split()
    expansion = words[-len(acr):]
    if [w[0].casefold() for w in expansion] != [c.casefold() for c in acr]:
        return None
    head = " ".join(words[: -len(acr)])
    rest = full[m.end():]
    return " ".join(f"{head} {acr}{rest}".split())


@lru_cache(maxsize=1)
def _event_verbs() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for item in cues().get("event_verbs", []):
        verb, _, noun = item.partition("->")
        if verb.strip() and noun.strip():
            table[verb.strip().casefold()] = noun.strip()
    words = "|".join(sorted(table, key=len, reverse=True)) or "(?!)"
    return re.compile(r"(?<![\w-])(?:" + words + r")(?![\w-])", re.IGNORECASE), table


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    return frozenset(_event_verbs()[1])


_COUNT = re.compile(r"\s+(?:\d[\d.]*|se(?:kitar|jumlah|banyak))\b")


def _verb_events(text: str, start: int, end: int) -> list[Mention]:
    """"KPU Banjar melantik 100 anggota PPK …" → the event "pelantikan anggota PPK …"."""
    verbs, table = _event_verbs()
    out: list[Mention] = []
    if not _verb_words().intersection(words_of(text[start:end])):
        return out
    for m in verbs.finditer(text, start, end):
        noun = table[m.group(0).casefold()]
        pos = m.end()
        count = _COUNT.match(text, pos, end)
        if count:
            pos = count.end()
        stop, _acrs = _extend(text, pos, end)
        if stop <= pos:
            continue
        what = " ".join(_PARENS.sub("", text[pos:stop]).split())
        name = f"{noun} {what}"
        first = _WORD.match(text, pos, end)
        span_start = first.start("w") if first else pos
        out.append(Mention("Event", span_start, stop, text[span_start:stop], name, "event:" + fold(noun),
                           (noun,), {"kind": fold(noun), "verb": m.group(0)}))
    return out


_PARENS = re.compile(r"\s*\([^)]*\)")
_PROCEDURAL = re.compile(r"\s+(?:formulir|berita\s+acara|daftar\s+hadir|surat\s+suara|sertifikat)\b", re.IGNORECASE)
_PAIR = re.compile(r"\s(?:pasangan\s+(?:bakal\s+)?calon|paslon|bakal\s+pasangan\s+calon|kandidat)\b", re.IGNORECASE)
_TRAILING_LINK = re.compile(r"\s+(?:bagi|untuk|antar|antara|para)$", re.IGNORECASE)
COUNTERPART_KINDS = frozenset({"rapat kerja", "rapat dengar pendapat", "rdp", "rdpu", "audiensi"})
"""Hearings: named with whom they are held, and that counterpart attends."""
_COUNTERPART = re.compile(r"\s+dengan\s+(?=[A-Z])")
_CAPITAL_ITEM = re.compile(r"(?:\s*,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+|\s+)(?P<w>[A-Z][\w.'/-]*)")
_AT_TPS = re.compile(r"\s+di\s+TPS\s+\d+[A-Za-z]?\b")
_WEEKDAYS = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad", "pukul"})
_VOTING_KINDS = frozenset({"pemungutan suara ulang", "penghitungan suara ulang", "psu"})


def _extend_counterpart(text: str, kind: str, stop: int, end: int) -> int:
    """Hearings are named with whom they are held ("rapat kerja dengan Menteri Dalam Negeri"); a repeat
    vote with its polling station ("pemungutan suara ulang di TPS 12")."""
    folded = kind.casefold()
    if folded in _VOTING_KINDS:
        tps = _AT_TPS.match(text, stop, end)
        return tps.end() if tps else stop
    if folded not in COUNTERPART_KINDS:
        return stop
    lead = _COUNTERPART.match(text, stop, end)
    if not lead:
        return stop
    cursor = lead.end()
    first = re.match(r"[A-Z][\w.'/-]*", text[cursor:end])
    if not first:
        return stop
    cursor += first.end()
    new_stop = cursor
    for _ in range(12):
        m = _CAPITAL_ITEM.match(text, cursor, end)
        if not m or m.group("w").casefold() in _WEEKDAYS:
            break
        cursor = new_stop = m.end()
    return new_stop if text[new_stop - 1] != "." else new_stop - 1


_RESULT_OF = re.compile(r"\b(?:hasil|tahapan|tahap|proses)\s+$", re.IGNORECASE)


_GENERIC_TITLED = re.compile(
    r"\b(?P<word>[Kk]egiatan|[Aa]cara|[Pp]rogram|[Aa]genda|[Ff]orum|[Gg]elaran|[Pp]ertemuan)\s+(?:yang\s+)?"
    r"(?:bertajuk|bertema|bertemakan|berjudul|bernama|bertopik|dengan\s+tema|mengusung\s+tema|mengangkat\s+tema)"
    r"\s*:?\s*\"(?P<theme>[^\"]{3,120})\"")


def _generic_titled(text: str, start: int, end: int) -> list[Mention]:
    """"kegiatan bertajuk "Ngobrol Pintar Pemilu"": an event named by its quoted title alone."""
    out: list[Mention] = []
    if '"' not in text[start:end]:
        return out
    for m in _GENERIC_TITLED.finditer(text, start, end):
        theme = " ".join(m.group("theme").split()).strip(" .,")
        if not theme or _kind_re().match(theme):
            continue  # "acara bertajuk "Sosialisasi …"" is found by its kind word
        out.append(Mention("Event", m.start(), m.end(), m.group("theme"), theme, "event:kegiatan", (),
                           {"kind": "kegiatan", "theme": theme, "generic": "1"}))
    return out


_SIMILAR = re.compile(r"\b(?P<head>[Kk]egiatan|[Aa]cara|[Ll]ayanan|[Aa]genda|[Pp]rogram|[Pp]ertemuan|[Ff]orum)\s+serupa\b")
_AT_NAMED_PLACE = re.compile(r"\s+di\s+(?=[A-Z])")


def _similar(text: str, start: int, end: int) -> list[Mention]:
    """"Kegiatan serupa digelar X di Y": another event like the one just told, held by someone else or
    elsewhere; named as the text says, with the place when one follows ("layanan serupa di Kecamatan A")."""
    out: list[Mention] = []
    if "serupa" not in text[start:end]:
        return out
    for m in _SIMILAR.finditer(text, start, end):
        stop = m.end()
        at = _AT_NAMED_PLACE.match(text, stop, end)
        if at:
            cursor = at.end()
            first = re.match(r"[A-Z][\w.'/-]*", text[cursor:end])
            if first:
                cursor += first.end()
                for _ in range(5):
                    nxt = re.match(r"\s+(?P<w>[A-Z][\w'/-]*)", text[cursor:end])
                    if not nxt or nxt.group("w").casefold() in _WEEKDAYS:
                        break
                    cursor += nxt.end()
                stop = cursor
        head = m.group("head").casefold()
        short = f"{head} serupa"
        name = " ".join(f"{head} serupa{text[m.end():stop]}".split())
        aliases = tuple(a for a in (m.group(0), short) if a != name)
        out.append(Mention("Event", m.start(), stop, text[m.start():stop], name, "event:" + head, aliases,
                           {"kind": head, "similar": "1"}))
    return out


_PROPER = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z][\w'&-]*\s+){1,4}(?P<head>Fest|Festival|Run|Fun\s+Run|Expo|Fair|"
                     r"Carnival|Karnaval|Jamboree|Cup|Marathon|Summit|Awards?)(?:\s+(?P<year>(?:19|20)\d\d))?)(?![\w-])")
_PROPER_HEADS = frozenset({"fest", "festival", "run", "expo", "fair", "carnival", "karnaval", "jamboree", "cup", "marathon",
                           "summit", "award", "awards"})
_PROPER_LEAD = frozenset({"dalam", "pada", "di", "ke", "saat", "acara", "kegiatan", "gelaran", "ajang", "event", "jelang",
                          "menjelang", "usai", "selama", "sementara", "adapun", "kemudian", "melalui", "lewat", "dengan",
                          "dan", "serta", "yang", "bertajuk", "bertema", "program", "agenda", "rangkaian", "mengikuti",
                          "menghadiri", "menggelar", "membuka", "meluncurkan"})


def _proper_named(text: str, start: int, end: int) -> list[Mention]:
    """"Sukamaju Fest 2024", "Democracy Run 2024": an event with a capitalised name of its own, ending in a
    festival/run/expo word and perhaps its year."""
    out: list[Mention] = []
    if _PROPER_HEADS.isdisjoint(words_of(text[start:end])):
        return out
    for m in _PROPER.finditer(text, start, end):
        words = m.group("name").split()
        lead = 0
        while lead < len(words) and words[lead].casefold() in _PROPER_LEAD:
            lead += 1
        head_words = len(m.group("head").split()) + (1 if m.group("year") else 0)
        if len(words) - lead <= head_words:
            continue  # "Acara Festival 2024": a kind word, found as such
        begin = m.start("name") + len(" ".join(words[:lead])) + (1 if lead else 0)
        begin = text.index(words[lead], begin)
        surface = text[begin:m.end()]
        name = " ".join(surface.split())
        out.append(Mention("Event", begin, m.end(), surface, name, "event:" + fold(name), (),
                           {"kind": fold(m.group("head")), "proper": "1"}))
    return out


def complete_over(text: str, event: Mention, named: list[Mention]) -> None:
    """An event name that the word limit cut inside an election or law it spells out ("simulasi
    pemungutan … Pemilihan Wali Kota dan Wakil Wali Kota X" + "2024") ends where that name ends."""
    for x in named:
        if event.start < x.start < event.end < x.end:
            full = text[event.start:x.end]
            event.end = x.end
            event.surface = full
            event.name = " ".join(_PARENS.sub("", full).split())
            return


def find_events(text: str, start: int, end: int) -> list[Mention]:
    """Every event-kind phrase in ``text[start:end]`` with its extended name."""
    out: list[Mention] = (_verb_events(text, start, end) + _generic_titled(text, start, end) + _similar(text, start, end)
                          + _proper_named(text, start, end))
    if not has_cue("event_kinds", text[start:end]):
        return out
    taken = [(m.start, m.end) for m in out]
    for m in _kind_re().finditer(text, start, end):
        kind = m.group(0)
        if any(o.start <= m.start() < o.end for o in out) or any(a <= m.start() < b for a, b in taken):
            continue
        if _RESULT_OF.search(text, max(start, m.start() - 12), m.start()) and kind.casefold().startswith("rekap"):
            continue  # "hasil rekapitulasi tingkat kelurahan": the tally's result, not the meeting
        pos = m.end()
        aliases: list[str] = [kind]
        first_acr = _PAREN.match(text, pos, end)
        acr = first_acr.group("acr") if first_acr else None
        if first_acr:
            pos = first_acr.end()
            aliases.append(acr or "")
        theme = _THEME.match(text, pos, end)
        if theme:
            t = theme.group("theme").strip()
            lead = acr if acr and acr.isupper() else kind
            name = f"{lead} {t}"
            aliases += [t]
            mention_end = theme.end()
            attrs = {"kind": fold(kind), "theme": t, "lead_is_kind": "1" if lead == kind else ""}
            out.append(Mention("Event", m.start(), mention_end, text[m.start():mention_end], name,
                               "event:" + fold(kind), tuple(a for a in aliases if a), attrs))
            continue
        if _PROCEDURAL.match(text, m.end(), end) and kind.casefold() == "penandatanganan":
            continue  # "penandatanganan formulir hasil …": a step of the count, not an event
        stop, acrs = _extend(text, pos, end)
        short_end = stop
        stop = _extend_counterpart(text, kind, stop, end)
        full = text[m.start():stop]
        name = " ".join(re.sub(r"\s*\([^)]*\)", "", full).split())
        if short_end < stop:
            aliases.append(" ".join(_PARENS.sub("", text[m.start():short_end]).split()))
        pair = _PAIR.search(full)
        if pair and pair.start() > len(kind) - 1:
            before_pair = _TRAILING_LINK.sub("", " ".join(_PARENS.sub("", full[:pair.start()]).split()))
            if pair.end() == len(full.rstrip()):
                stop = m.start() + pair.start()  # "… pasangan calon nomor urut 2": the name ends before the pair
                full, name = text[m.start():stop], before_pair
            else:
                aliases.append(before_pair)
        for inner in acrs:
            substituted = _substitute_acronym(full, inner)
            if substituted:
                aliases.append(substituted)
        partial = " ".join(re.sub(r"\s*\([^)]*\).*$", "", full).split())
        if partial and partial != name:
            aliases.append(partial)
        if kind[0].isupper() and name.casefold() != kind.casefold():
            aliases.append(name)  # capitalised forms are names in their own right
        attrs = {"kind": fold(kind)}
        if name.endswith(" serupa"):
            attrs["similar"] = "1"  # "apel serupa": another apel, not the one told
        out.append(Mention("Event", m.start(), max(stop, m.end()), full, name, "event:" + fold(kind),
                           tuple(dict.fromkeys(a for a in aliases if a and a != name)), attrs))
    return out
