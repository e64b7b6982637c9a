from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from graph.model import Article
from ingest.readers import ReadProblem, read_paths


def test_good_and_bad_in_one_batch(good_dir: Path, bad_dir: Path) -> None:
    items = list(read_paths([str(good_dir), str(bad_dir)]))
    articles = [x for x in items if isinstance(x, Article)]
    problems = [x for x in items if isinstance(x, ReadProblem)]
    assert len(articles) == 8  # 2 feed items, 2 txt, 1 html, 2 + 1 jsonl lines
    kinds = {Path(p.source).name: p.kind for p in problems}
    assert kinds["empty.txt"] == "empty file"
    assert kinds["blank_lines.txt"] == "empty file"
    assert kinds["binary.txt"] == "binary file"
    assert kinds["latin1.txt"] == "not UTF-8"
    assert kinds["nav_only.html"] == "no article text"
    assert kinds["notes.pdf"] == "unsupported file type"
    latin = next(p for p in problems if p.source.endswith("latin1.txt"))
    assert latin.line == 3 and "0xe9" in latin.reason and "UTF-8" in str(latin)


def test_folder_order_is_sorted_and_recursive_and_skips_hidden(tmp_path: Path, good_dir: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    shutil.copy(good_dir / "plain.txt", tmp_path / "b" / "z.txt")
    shutil.copy(good_dir / "front_matter.txt", tmp_path / "a.txt")
    shutil.copy(good_dir / "plain.txt", tmp_path / ".git" / "hidden.txt")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    sources = [x.source for x in read_paths([str(tmp_path)])]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt")]
    assert sources == [x.source for x in read_paths([str(tmp_path)])]


def test_missing_path_is_reported() -> None:
    (p,) = list(read_paths(["tidak/ada/berkas.txt"]))
    assert isinstance(p, ReadProblem)
    assert str(p) == "tidak/ada/berkas.txt: no such file or folder — check the path"


def test_bom_is_accepted(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes("\ufeffJudul\n\nTeks artikel.".encode())
    (a,) = list(read_paths([str(f)]))
    assert isinstance(a, Article) and a.title == "Judul"


def test_dash_reads_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch, good_dir: Path) -> None:
    data = (good_dir / "two.jsonl").read_bytes() + b"{rusak\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    items = list(read_paths(["-"]))
    assert [x.source for x in items] == ["<stdin>:1", "<stdin>:3", "<stdin>"]
    assert isinstance(items[2], ReadProblem) and items[2].line == 4
