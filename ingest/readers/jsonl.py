"""JSON Lines articles, one object per line, in the ../shared/eval format.

Fields read: ``text`` (required), ``title``, ``published`` (ISO date or null), ``publisher``,
``url``. Anything else (``id``, ``gold`` …) is ignored. Blank lines are allowed. Each bad line is
reported with its line number and the other lines still come through.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graph.model import Article
from ingest.readers import problems as p
from ingest.readers.files import iso_date, make_article, read_text
from ingest.readers.problems import ReadProblem

OPTIONAL_STRINGS = ("title", "published", "publisher", "url")


def read_jsonl_file(path: Path) -> Iterator[Article | ReadProblem]:
    text = read_text(path)
    if isinstance(text, ReadProblem):
        yield text
        return
    yield from parse_jsonl(text, str(path))


def parse_jsonl(text: str, source: str) -> Iterator[Article | ReadProblem]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield parse_record(line, source, lineno)


def parse_record(line: str, source: str, lineno: int) -> Article | ReadProblem:
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadProblem(source, lineno, f"not valid JSON ({exc.msg} at column {exc.colno}) — fix or remove the line", p.BAD_JSON)
    if not isinstance(record, dict):
        return ReadProblem(
            source, lineno, f"a JSON {type(record).__name__}, not an object — each line must be one {{…}} article", p.BAD_RECORD
        )
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        what = "missing" if body is None else "empty" if isinstance(body, str) else f"a {type(body).__name__}, not a string"
        return ReadProblem(source, lineno, f'"text" is {what} — every line needs the article text', p.NO_TEXT)
    fields: dict[str, str | None] = {}
    for name in OPTIONAL_STRINGS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            return ReadProblem(source, lineno, f'"{name}" must be a string or null, not {type(value).__name__}', p.BAD_RECORD)
        fields[name] = value.strip() if isinstance(value, str) and value.strip() else None
    if fields["published"]:
        try:
            fields["published"] = iso_date(fields["published"])
        except ValueError as exc:
            return ReadProblem(source, lineno, f'"published": {exc}', p.BAD_RECORD)
    return make_article(
        fields["title"] or "", body, f"{source}:{lineno}", fields["published"], fields["publisher"], fields["url"]
    )
