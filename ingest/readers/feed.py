"""RSS and Atom feeds, from a local file or an http(s) URL: each entry becomes an article.

The entry's full content (``content:encoded`` / Atom ``content``) is preferred over its summary;
HTML markup is turned into plain paragraphs. The feed's title is the publisher, the entry link
the article URL. A URL is fetched with a timeout; a network failure is a problem, not a crash.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser

from graph.model import Article
from ingest.readers import problems as p
from ingest.readers.files import make_article, read_bytes
from ingest.readers.problems import ReadProblem

FETCH_TIMEOUT_S = 20.0
USER_AGENT = "sinergi-ingest/0.1 (+offline knowledge graph of election news)"
BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "tr"})
SKIP_TAGS = frozenset({"script", "style"})


def read_feed_file(path: Path) -> Iterator[Article | ReadProblem]:
    data = read_bytes(path)
    if isinstance(data, ReadProblem):
        yield data
        return
    yield from parse_feed(data, str(path))


def read_feed_url(url: str) -> Iterator[Article | ReadProblem]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        yield ReadProblem(url, None, f"could not fetch the feed ({reason}) — check the URL and the network", p.FEED)
        return
    yield from parse_feed(data, url)


def parse_feed(data: bytes, source: str) -> Iterator[Article | ReadProblem]:
    parsed: Any = feedparser.parse(data)
    entries: list[Any] = list(parsed.entries)
    if not entries:
        detail = f" ({parsed.bozo_exception})" if parsed.bozo else ""
        yield ReadProblem(source, None, f"no RSS/Atom entries found{detail} — is this a feed?", p.FEED)
        return
    publisher = parsed.feed.get("title")
    for n, entry in enumerate(entries, start=1):
        title = entry.get("title") or ""
        text = html_to_text(_entry_html(entry))
        if not text.strip():
            yield ReadProblem(source, None, f"entry {n} ({title!r}) has no content or summary text", p.NO_TEXT)
            continue
        yield make_article(title, text, f"{source}#entry{n}", _entry_date(entry), publisher, entry.get("link"))


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary") or ""
    return best if len(best) >= len(summary) else summary


def _entry_date(entry: Any) -> str | None:
    """The entry's date as the publisher wrote it (its own time zone, not shifted to UTC)."""
    raw: str = entry.get("published") or entry.get("updated") or ""
    for parse in (parsedate_to_datetime, datetime.fromisoformat):
        try:
            return parse(raw.strip()).date().isoformat()
        except (TypeError, ValueError, IndexError):
            continue
    parsed: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self._skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, blank lines between."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    blocks = "".join(collector.parts).split("\n")
    return "\n\n".join(" ".join(b.split()) for b in blocks if b.strip())
