from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest

from graph.model import Article
from ingest.readers import ReadProblem, read_paths
from ingest.readers.feed import html_to_text


def test_rss_items_become_articles(good_dir: Path) -> None:
    items = list(read_paths([str(good_dir / "feed.xml")]))
    assert len(items) == 2 and all(isinstance(x, Article) for x in items)
    first, second = (x for x in items if isinstance(x, Article))
    assert first.title == "KPU Denpasar Gelar Simulasi Pemungutan Suara"
    assert first.publisher == "Kabar Pemilu Uji"
    assert first.url == "https://kabar-pemilu-uji.example/kpu-denpasar-simulasi"
    assert first.published == "2024-02-06"
    # full content wins over the short description, markup is gone, paragraphs stay apart
    assert first.text == (
        "DENPASAR — KPU Kota Denpasar menggelar simulasi pemungutan suara di Lapangan Puputan Badung, "
        "Selasa (6/2).\n\nKetua KPU Kota Denpasar I Gede Wiradana hadir dan memberikan sambutan."
    )
    assert second.text.startswith("Bawaslu Provinsi NTB dan Universitas Mataram")
    assert first.source and first.source.endswith("feed.xml#entry1")


def test_xml_that_is_not_a_feed(bad_dir: Path) -> None:
    (p,) = list(read_paths([str(bad_dir / "not_a_feed.xml")]))
    assert isinstance(p, ReadProblem) and p.kind == "feed error"


def test_html_to_text_drops_scripts_and_splits_blocks() -> None:
    assert html_to_text("<p>Satu <i>dua</i></p><script>x()</script><div>tiga<br>empat</div>") == "Satu dua\n\ntiga\n\nempat"


@pytest.fixture()
def feed_server(good_dir: Path) -> Iterator[str]:
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(good_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_url_is_fetched(feed_server: str) -> None:
    items = list(read_paths([f"{feed_server}/feed.xml"]))
    assert [x.title for x in items if isinstance(x, Article)] == [
        "KPU Denpasar Gelar Simulasi Pemungutan Suara", "Bawaslu NTB Teken MoU dengan Universitas Mataram",
    ]


def test_unreachable_feed_is_a_problem_not_a_crash(feed_server: str) -> None:
    missing = f"{feed_server}/tidak-ada.xml"
    (p,) = list(read_paths([missing]))
    assert isinstance(p, ReadProblem) and p.source == missing and p.kind == "feed error"
    assert "could not fetch" in p.reason
    (refused,) = list(read_paths(["http://127.0.0.1:9/feed.xml"]))
    assert isinstance(refused, ReadProblem) and "could not fetch" in refused.reason
