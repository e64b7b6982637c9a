"""Plain-text articles (``.txt``), the format of the seed article.

Layout::

    ---                          ← optional front matter, only at the very top
    published: 2024-02-10          keys: published (ISO date), publisher, url
    publisher: Warta Demokrasi
    url: https://example.org/a
    ---
    Title on the first non-empty line

    Reporter: … | Editor: …      ← everything after the title is the text, kept verbatim
    Body paragraphs …

A file without the ``---`` block is read exactly as before: title, then text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from graph.model import Article
from ingest.readers import problems as p
from ingest.readers.files import iso_date, make_article, read_text
from ingest.readers.problems import ReadProblem

FRONT_MATTER_KEYS = ("published", "publisher", "url")
DELIMITER = "---"


def read_text_file(path: Path) -> Iterator[Article | ReadProblem]:
    text = read_text(path)
    if isinstance(text, ReadProblem):
        yield text
        return
    yield parse_text(text, str(path))


def parse_text(text: str, source: str) -> Article | ReadProblem:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    meta: dict[str, str | None] = {}
    start = 0
    if lines and lines[0].strip() == DELIMITER:
        parsed = _front_matter(lines, source)
        if isinstance(parsed, ReadProblem):
            return parsed
        meta, start = parsed
    body = lines[start:]
    title_at = next((i for i, line in enumerate(body) if line.strip()), None)
    if title_at is None:
        return ReadProblem(source, None, "no title and no text after the front matter — add the article", p.NO_TEXT)
    rest = "\n".join(body[title_at + 1 :])
    if not rest.strip():
        return ReadProblem(
            source, start + title_at + 1, "only a title, no article text below it — add the body or remove the file", p.NO_TEXT
        )
    return make_article(body[title_at], rest, source, meta.get("published"), meta.get("publisher"), meta.get("url"))


def _front_matter(lines: list[str], source: str) -> tuple[dict[str, str | None], int] | ReadProblem:
    """Parse the block after the opening ``---``; returns the values and the index after the closing one."""
    meta: dict[str, str | None] = {}
    for i in range(1, len(lines)):
        line = lines[i].strip()
        lineno = i + 1
        if line == DELIMITER:
            return meta, i + 1
        if not line:
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if not sep or not key:
            return ReadProblem(
                source, lineno, f"front matter line {line!r} is not 'key: value' — close the block with '---'", p.FRONT_MATTER
            )
        if key not in FRONT_MATTER_KEYS:
            return ReadProblem(
                source, lineno, f"unknown front-matter key {key!r} — use one of {', '.join(FRONT_MATTER_KEYS)}", p.FRONT_MATTER
            )
        value = value.strip()
        if key == "published" and value:
            try:
                value = iso_date(value)
            except ValueError as exc:
                return ReadProblem(source, lineno, str(exc), p.FRONT_MATTER)
        meta[key] = value or None
    return ReadProblem(source, 1, "front matter opened with '---' is never closed — add a '---' line before the title", p.FRONT_MATTER)
