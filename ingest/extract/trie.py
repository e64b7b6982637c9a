"""Compile a list of literal words into a trie-shaped regex.

Python's ``re`` tries the branches of an alternation one by one, so ``a|b|c|…`` over hundreds of
honorifics or cue words is slow at every position. A trie (``D(?:r(?:s\\.|a\\.|\\.))|H(?:j\\.|\\.)``)
shares prefixes and rejects a position after one character. Longer words are preferred, as with
a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str], word_end: bool = True, flexible_space: bool = False) -> str:
    """Regex source matching any of ``words``; with ``word_end``, a word ending in a letter or digit
    must not be followed by another word character; with ``flexible_space``, a space matches any run
    of white space."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    source = _node(root, "", word_end)
    return source.replace(re.escape(" "), r"\s+") if flexible_space else source


def _node(node: dict[str, dict], prefix: str, word_end: bool) -> str:  # type: ignore[type-arg]
    branches = []
    for ch in sorted(k for k in node if k != _END):
        branches.append(re.escape(ch) + _node(node[ch], prefix + ch, word_end))
    if _END in node:
        end = r"(?![\w])" if word_end and prefix[-1:].isalnum() else ""
        if not branches:
            return end
        return "(?:" + "|".join(branches) + ("|" + end if end else "|") + ")" if end else \
            "(?:" + "|".join(branches) + ")?"
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"
