"""Cue words (ingest/resources/cues.yaml) as compiled, cached patterns."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

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
    words = sorted(cues()[name], key=len, reverse=True)
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r"(?<![\w-])(?:" + alts + r")(?![\w-])", re.IGNORECASE)
