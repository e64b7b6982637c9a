"""Reading a file's bytes and decoding them, with every failure turned into a ReadProblem.

Text-like inputs (.txt, .jsonl) must be UTF-8 (a BOM is allowed). A file in another encoding is
reported, not guessed: decoding cp1252 or latin-1 "successfully" would silently corrupt names
such as "Şükrü" or "Ṣalāḥ", and the fix (re-save as UTF-8) is easy for whoever owns the file.
HTML and feeds are different: they declare their own charset, and trafilatura/feedparser honour it.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

from graph.model import Article, article_id
from ingest.readers import problems as p
from ingest.readers.problems import ReadProblem


def read_bytes(path: Path) -> bytes | ReadProblem:
    """The file's bytes, or a problem when it cannot be read, is empty or is binary."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadProblem(str(path), None, f"cannot read file ({exc.strerror or exc}) — check the path and permissions", p.UNREADABLE)
    return check_bytes(str(path), data)


def check_bytes(source: str, data: bytes) -> bytes | ReadProblem:
    """``data`` unchanged, or a problem when it is empty (white space only) or binary (NUL bytes)."""
    if not data.strip():
        return ReadProblem(source, None, "empty file — nothing to ingest; remove it or add an article", p.EMPTY)
    if b"\x00" in data[:8192]:
        return ReadProblem(source, None, "binary file (contains NUL bytes), not text — remove it from the input", p.BINARY)
    return data


def decode_utf8(source: str | Path, data: bytes) -> str | ReadProblem:
    """Decode strict UTF-8 (BOM allowed) or name the first bad byte and its line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start : exc.start + 1].hex()
        return ReadProblem(
            str(source),
            line,
            f"not valid UTF-8 (byte 0x{byte} at offset {exc.start}) — re-save the file as UTF-8, "
            "e.g. `iconv -f cp1252 -t utf-8 in.txt > out.txt`",
            p.NOT_UTF8,
        )


def read_text(path: Path) -> str | ReadProblem:
    data = read_bytes(path)
    if isinstance(data, ReadProblem):
        return data
    return decode_utf8(path, data)


def clean_text(text: str) -> str:
    """Article text as stored: NFC, ``\\n`` line ends, no trailing spaces, no leading/trailing blank lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def normalized_for_id(text: str) -> str:
    """The text an article id hashes: NFC, white space collapsed, so re-wrapping keeps the id."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def iso_date(value: str) -> str:
    """``YYYY-MM-DD`` from an ISO date or date-time; ValueError with a readable message otherwise."""
    head = value.strip()[:10]
    try:
        return date.fromisoformat(head).isoformat()
    except ValueError:
        raise ValueError(f"date {value!r} is not ISO (write it as YYYY-MM-DD)") from None


def make_article(
    title: str,
    text: str,
    source: str,
    published: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
) -> Article:
    """An :class:`Article` with its stable id (hash of the URL, else of the normalised text)."""
    text = clean_text(text)
    url = url.strip() if url and url.strip() else None
    return Article(
        id=article_id(url, normalized_for_id(text)),
        title=" ".join(title.split()),
        text=text,
        published=published,
        publisher=" ".join(publisher.split()) if publisher and publisher.strip() else None,
        url=url,
        source=source,
    )
