"""Saved news pages (``.html``/``.htm``): trafilatura finds the main text and the metadata.

The page's bytes go to trafilatura unchanged so the charset the page declares is honoured.
Navigation, footers and link lists are dropped; a page whose main text is shorter than
``MIN_TEXT_CHARS`` (an index page, a 404, a paywall stub) is reported, not ingested.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import trafilatura

from graph.model import Article
from ingest.readers import problems as p
from ingest.readers.files import iso_date, make_article, read_bytes
from ingest.readers.problems import ReadProblem

MIN_TEXT_CHARS = 80


def read_html_file(path: Path) -> Iterator[Article | ReadProblem]:
    data = read_bytes(path)
    if isinstance(data, ReadProblem):
        yield data
        return
    yield parse_html(data, str(path))


def parse_html(page: bytes | str, source: str, url: str | None = None) -> Article | ReadProblem:
    doc = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False, include_tables=False)
    paragraphs = [line.strip() for line in (getattr(doc, "text", None) or "").split("\n") if line.strip()]
    title = (getattr(doc, "title", None) or "").strip()
    if paragraphs and title and paragraphs[0] == title:
        paragraphs = paragraphs[1:]  # trafilatura repeats the <h1> headline as the first line
    text = "\n\n".join(paragraphs)
    if len(text) < MIN_TEXT_CHARS:
        return ReadProblem(source, None, "no article text found (navigation or an empty page?) — save the article page itself", p.NO_TEXT)
    published: str | None = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published = iso_date(raw_date)
        except ValueError:
            published = None  # a page date we cannot read is not worth dropping the article for
    publisher = getattr(doc, "sitename", None) or getattr(doc, "hostname", None)
    return make_article(title or paragraphs[0][:120], text, source, published, publisher, getattr(doc, "url", None) or url)
