"""Cue words (ingest/resources/cues.yaml) as compiled, cached patterns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ingest.extract.trie import trie_pattern

CUES_PATH = Path(__file__).resolve().parent.parent / "resources" / "cues.yaml"


@lru_cache(maxsize=1)
def cues() -> dict[str, list[str]]:
    raw: Any = yaml.safe_load(CUES_PATH.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ValueError(f"{CUES_PATH}: expected a mapping of cue lists")
    out: dict[str, list[str]] = {}
    for key, value in raw.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{CUES_PATH}: '{key}' must be a list of strings")
        out[str(key)] = [str(v) for v in value]
    return out


@cache
def pattern(name: str) -> re.Pattern[str]:
    """Word-bounded, case-insensitive alternation of the cue list ``name`` (longest first)."""
    words = cues()[name]
    variants = {v for w in words for v in (w.lower(), w[:1].upper() + w[1:].lower(), w)}
    return re.compile(r"(?<![\w-])(?:" + trie_pattern(variants, flexible_space=True) + r")(?![\w-])",
                      re.IGNORECASE)


_WORDS = re.compile(r"\w+")


@cache
def _first_words(name: str) -> frozenset[str]:
    return frozenset(w.split()[0].casefold() for w in cues()[name] if w.strip())


@lru_cache(maxsize=8192)
def words_of(text: str) -> frozenset[str]:
    """Folded words of ``text`` (cached: every relation rule asks about the same sentences)."""
    return frozenset(w.casefold() for w in _WORDS.findall(text))


def has_cue(name: str, text: str) -> bool:
    """Cheap test whether any cue of list ``name`` can occur in ``text``."""
    return not _first_words(name).isdisjoint(words_of(text))


def cue_iter(name: str, text: str) -> Iterator[re.Match[str]]:
    """Matches of cue list ``name`` in ``text`` (skips the regex when no cue word is present)."""
    if not has_cue(name, text):
        return iter(())
    return pattern(name).finditer(text)
