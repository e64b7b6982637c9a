"""A first-word-indexed phrase matcher: finds gazetteer forms in text far faster than a regex
alternation of hundreds of literals (Python's ``re`` tries each alternative at every position)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_FIRST = re.compile(r"\w+")
_UPPER_WORD = re.compile(r"(?<![\w-])[A-Z0-9]\w*")
_ANY_WORD = re.compile(r"(?<![\w-])\w+")


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
        self._words = _ANY_WORD if any(k[0].islower() for k in self._first) else _UPPER_WORD

    def words(self, text: str, start: int, end: int) -> list[tuple[int, str]]:
        """Candidate first words in ``text[start:end]`` (share them between matchers of one span)."""
        return [(m.start(), m.group(0)) for m in self._words.finditer(text, start, end)]

    def match_at(self, text: str, pos: int, end: int) -> str | None:
        """The longest phrase starting exactly at ``pos``, if any."""
        m = self._words.match(text, pos, end)
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
        for p, word in words if words is not None else self.words(text, start, stop):
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
