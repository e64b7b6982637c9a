"""The bundled sample corpus reads cleanly and is the connected network data/README.md promises."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from graph.model import Article
from ingest.readers import read_paths

CORPUS = Path(__file__).resolve().parents[3] / "data" / "articles"


def corpus() -> list[Article]:
    items = list(read_paths([str(CORPUS)]))
    problems = [str(x) for x in items if not isinstance(x, Article)]
    assert not problems, problems
    return [x for x in items if isinstance(x, Article)]


def test_corpus_reads_without_problems_in_every_format() -> None:
    articles = corpus()
    assert len(articles) >= 18
    assert len({a.id for a in articles}) == len(articles)
    suffixes = Counter(Path((a.source or "").split("#")[0].rsplit(":", 1)[0]).suffix for a in articles)
    assert suffixes[".txt"] >= 10 and suffixes[".html"] >= 2 and suffixes[".jsonl"] == 3 and suffixes[".xml"] == 2
    assert all(a.title and len(a.text) > 400 for a in articles)


def test_corpus_metadata_is_complete_where_promised() -> None:
    articles = corpus()
    undated = [a.source for a in articles if a.published is None]
    assert len(undated) == 1 and "padang" in (undated[0] or "")
    assert all(a.published and "2023-01-01" <= a.published <= "2024-12-31" for a in articles if a.published)
    assert sum("Reporter:" in a.text for a in articles) >= 12


def test_people_recur_across_articles() -> None:
    articles = corpus()
    recurring = {
        "Anindya Prameswari": 4, "Fikri Alamsyah": 4, "Ratna Kusumawardani": 3, "Andi Muhammad Ridwan": 3,
        "Neneng Sri Rahayu": 3, "Asep Saepudin Mulyana": 3, "Lalu Ahmad Fauzan": 2, "Cut Nurhayati": 2,
        "I Wayan Artana": 2, "Yustina Manurung": 2, "Mulyadi Santosa": 2, "Iwan Setiawan": 2,
    }
    for name, at_least in recurring.items():
        assert sum(name in a.text for a in articles) >= at_least, name
