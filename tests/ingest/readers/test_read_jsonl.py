from __future__ import annotations

from pathlib import Path

from graph.model import Article
from ingest.readers import ReadProblem, read_paths


def test_records_become_articles_and_gold_is_ignored(good_dir: Path) -> None:
    items = list(read_paths([str(good_dir / "two.jsonl")]))
    assert all(isinstance(x, Article) for x in items) and len(items) == 2
    first, second = (x for x in items if isinstance(x, Article))
    assert first.title == "KPU Ambon Gelar Bimtek KPPS"
    assert (first.published, first.publisher, first.url) == ("2024-02-01", "Maluku Uji", None)
    assert first.text.endswith("Ketua KPU Kota Ambon Marthen Latuheru membuka kegiatan itu.")
    assert first.source == f"{good_dir / 'two.jsonl'}:1"
    # a blank line between records is allowed and line numbers still count it
    assert second.source == f"{good_dir / 'two.jsonl'}:3"
    assert second.published == "2024-02-12"


def test_each_bad_line_is_reported_and_the_good_line_survives(bad_dir: Path) -> None:
    path = bad_dir / "mixed.jsonl"
    items = list(read_paths([str(path)]))
    articles = [x for x in items if isinstance(x, Article)]
    problems = {x.line: x for x in items if isinstance(x, ReadProblem)}
    assert [a.title for a in articles] == ["KPU Palu Lantik PPK"]
    assert sorted(problems) == [2, 3, 4, 5, 6]
    assert problems[2].kind == "bad JSON line" and "Expecting ','" in problems[2].reason
    assert str(problems[2]).startswith(f"{path}:2: not valid JSON")
    assert "fix or remove the line" in str(problems[2])
    assert '"text" is missing' in problems[3].reason
    assert "not an object" in problems[4].reason
    assert '"text" is empty' in problems[5].reason
    assert "kemarin" in problems[6].reason


def test_the_shared_eval_file_reads_without_problems(shared_dir: Path) -> None:
    items = list(read_paths([str(shared_dir / "eval" / "dev.jsonl")]))
    assert items and all(isinstance(x, Article) for x in items)
    assert len({x.id for x in items if isinstance(x, Article)}) == len(items)
