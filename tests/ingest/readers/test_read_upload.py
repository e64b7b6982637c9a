"""``read_upload`` (in-memory bytes, for the UI) gives what reading the same file from disk gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Article
from ingest.readers import ReadProblem, read_path, read_upload

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
FILES = sorted(p for d in ("articles", "bad") for p in (FIXTURES / d).iterdir())


def summary(item: Article | ReadProblem) -> tuple[str, ...]:
    if isinstance(item, ReadProblem):
        return ("problem", item.kind, str(item.line), item.source)
    return ("article", item.id, item.title, item.text, str(item.published), str(item.publisher), str(item.url))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_upload_matches_disk(path: Path) -> None:
    from_disk = [summary(x) for x in read_path(path)]
    uploaded = [summary(x) for x in read_upload(str(path), path.read_bytes())]
    assert uploaded == from_disk


def test_upload_names_the_upload_in_problems() -> None:
    (p,) = list(read_upload("catatan.txt", "Judul\n\nRapat di Caf\u00e9".encode("cp1252")))
    assert isinstance(p, ReadProblem) and str(p).startswith("catatan.txt:3: not valid UTF-8")
    (q,) = list(read_upload("foto.png", b"\x89PNG"))
    assert isinstance(q, ReadProblem) and q.kind == "unsupported file type"
