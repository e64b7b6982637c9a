"""Length-preserving normalisation, so every offset still points into ``article.text``."""

from __future__ import annotations

_MAP = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u0060": "'", "\u00b4": "'",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\t": " ",
    "\u200b": " ", "\u200c": " ", "\u200d": " ", "\ufeff": " ", "\r": "\n",
    "\u2010": "-", "\u2011": "-",
})


def normalize(text: str) -> str:
    """Straight quotes, plain spaces and hyphens; one character in, one character out."""
    out = text.translate(_MAP)
    assert len(out) == len(text)
    return out
