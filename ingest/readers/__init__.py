"""Getting articles in: files, folders and feeds → a stream of Articles and ReadProblems.

>>> from ingest.readers import read_paths
>>> items = list(read_paths(["data/articles"]))      # doctest: +SKIP

Problems are yielded in place, never raised, so a caller sees every bad input with its file and
line while the good ones in the same batch still come through.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from graph.model import Article
from ingest.readers import problems as p
from ingest.readers.feed import parse_feed, read_feed_file, read_feed_url
from ingest.readers.files import check_bytes, decode_utf8
from ingest.readers.html import parse_html, read_html_file
from ingest.readers.jsonl import parse_jsonl, read_jsonl_file
from ingest.readers.problems import ReadProblem
from ingest.readers.text import parse_text, read_text_file

__all__ = ["READERS", "ReadProblem", "read_path", "read_paths", "read_upload"]

Reader = Callable[[Path], Iterable[Article | ReadProblem]]

READERS: dict[str, Reader] = {
    ".txt": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".xml": read_feed_file,
    ".rss": read_feed_file,
    ".atom": read_feed_file,
}


def read_paths(paths: Sequence[str]) -> Iterator[Article | ReadProblem]:
    """Read every path in order: files, folders (recursive, sorted), http(s) feed URLs, ``-`` (JSONL on stdin)."""
    for raw in paths:
        if raw == "-":
            yield from read_stdin()
            continue
        if raw.startswith(("http://", "https://")):
            yield from read_feed_url(raw)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _walk(path):
                yield from read_path(file)
        elif path.exists():
            yield from read_path(path)
        else:
            yield ReadProblem(raw, None, "no such file or folder — check the path", p.UNREADABLE)


def read_path(path: Path) -> Iterator[Article | ReadProblem]:
    """Read one file with the reader its suffix selects."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        yield ReadProblem(str(path), None, f"unsupported file type {path.suffix or '(none)'!r} — use one of {kinds}", p.UNSUPPORTED)
        return
    yield from reader(path)


def _walk(folder: Path) -> list[Path]:
    """Files under ``folder`` in a fixed order; hidden files and folders (``.git``, ``.DS_Store``) are skipped."""
    found = [
        f for f in folder.rglob("*")
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda f: f.relative_to(folder).as_posix())


def read_upload(name: str, payload: bytes) -> Iterator[Article | ReadProblem]:
    """Read an in-memory file (an upload) by its name's suffix, with the same checks as files on disk."""
    suffix = Path(name).suffix.lower()
    if suffix not in READERS:
        kinds = ", ".join(sorted(READERS))
        yield ReadProblem(name, None, f"unsupported file type {suffix or '(none)'!r} — use one of {kinds}", p.UNSUPPORTED)
        return
    data = check_bytes(name, payload)
    if isinstance(data, ReadProblem):
        yield data
        return
    if READERS[suffix] is read_html_file:
        yield parse_html(data, name)
    elif READERS[suffix] is read_feed_file:
        yield from parse_feed(data, name)
    else:
        text = decode_utf8(name, data)
        if isinstance(text, ReadProblem):
            yield text
        elif suffix == ".jsonl":
            yield from parse_jsonl(text, name)
        else:
            yield parse_text(text, name)


def read_stdin() -> Iterator[Article | ReadProblem]:
    """JSON Lines articles piped in on standard input (``… | sinergi ingest -``)."""
    source = "<stdin>"
    data = check_bytes(source, sys.stdin.buffer.read())
    text = data if isinstance(data, ReadProblem) else decode_utf8(source, data)
    if isinstance(text, ReadProblem):
        yield text
    else:
        yield from parse_jsonl(text, source)
