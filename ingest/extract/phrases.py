"""A first-word-indexed phrase matcher: finds gazetteer forms in text far faster than a regex
alternation of hundreds of literals (Python's ``re`` tries each alternative at every position)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_FIRST = re.compile(r"\w+")
_UPPER_WORD = re.compile(r"(?<![\w-])[A-Z0-9]\w*")


_LAST_SCAN: list[object] = [None, -1, -1, ()]


def _upper_words(text: str, start: int, end: int) -> tuple[tuple[int, str], ...]:
    """Capitalised words of a span; the last span is remembered, as several matchers scan it in turn."""
    if _LAST_SCAN[0] is text and _LAST_SCAN[1] == start and _LAST_SCAN[2] == end:
        return _LAST_SCAN[3]  # type: ignore[return-value]
    found = tuple((m.start(), m.group(0)) for m in _UPPER_WORD.finditer(text, start, end))
    _LAST_SCAN[:] = [text, start, end, found]
    return found


class PhraseMatcher:
    """Case-sensitive matching of literal phrases on word boundaries; longest first, left to right.

    Spacing inside a phrase must be as written ("PDI-P" does not match "PDI - P").
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._first: dict[str, list[str]] = {}
        for phrase in set(phrases):
            m = _FIRST.match(phrase)
            if m is None or m.start() != 0:
                continue
            self._first.setdefault(m.group(0), []).append(phrase)
        for options in self._first.values():
            options.sort(key=len, reverse=True)
        self._words = _UPPER_WORD
        self._lower = sorted(k for k in self._first if not (k[0].isupper() or k[0].isdigit()))
        """Phrases starting in lower case ("detikcom") are found with ``str.find``: there are few."""

    def words(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """Candidate first words in ``text[start:end]`` (share them between matchers of one span)."""
        found = list(_upper_words(text, start, end))
        for key in self._lower:
            i = text.find(key, start, end)
            while i != -1:
                word = _FIRST.match(text, i)
                if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "-")) and word and word.group(0) == key:
                    found.append((i, key))
                i = text.find(key, i + 1, end)
        if self._lower:
            found.sort()
        return found

    def match_at(self, text: str, pos: int, end: int) -> str | None:
        """The longest phrase starting exactly at ``pos``, if any."""
        m = _FIRST.match(text, pos, end)
        if m is None:
            return None
        for phrase in self._first.get(m.group(0), ()):
            e = pos + len(phrase)
            if e <= end and text.startswith(phrase, pos) and (e == len(text) or not (text[e].isalnum() or text[e] == "-")):
                return phrase
        return None

    def finditer(self, text: str, start: int = 0, end: int | None = None,
                 words: list[tuple[int, str]] | None = None) -> Iterator[tuple[int, int, str]]:
        """(start, end, phrase) of non-overlapping matches in ``text[start:end]``."""
        stop = len(text) if end is None else end
        pos = start
        first = self._first
        size = len(text)
        scan = words if words is not None else (self.words(text, start, stop) if self._lower
                                                 else _upper_words(text, start, stop))
        for p, word in scan:
            if p < pos:
                continue
            options = first.get(word)
            if not options:
                continue
            for phrase in options:
                e = p + len(phrase)
                if e <= stop and text.startswith(phrase, p) and (e == size or not (text[e].isalnum() or text[e] == "-")):
                    yield p, e, phrase
                    pos = e
                    break
