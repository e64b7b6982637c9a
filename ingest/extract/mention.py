"""The mention: one typed span of text, before mentions are merged into entities."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(slots=True)
class Mention:
    type: str
    start: int
    end: int
    surface: str
    name: str
    """The fullest name this mention alone supports (may differ from the surface)."""
    key: str
    """Merge key: mentions of one article with the same type and key are one entity."""
    aliases: tuple[str, ...] = ()
    attrs: dict[str, str] = field(default_factory=dict)
    implied: bool = False
    """True when the mention is implied by a job title ("Kapolres X" → Polres X), not named."""

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@lru_cache(maxsize=1 << 15)
def fold(text: str) -> str:
    """Comparison form: case-folded, single spaces, no surrounding quotes or punctuation."""
    return " ".join(text.casefold().split()).strip(" \"'.,;:()[]-–—")


def free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps none of the ``taken`` spans."""
    return all(end <= s or start >= e for s, e in taken)
