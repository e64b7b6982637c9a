from __future__ import annotations

from pathlib import Path

from graph.model import Article
from ingest.readers import ReadProblem, read_paths
from ingest.readers.html import parse_html


def test_article_page_gives_main_text_and_metadata(good_dir: Path) -> None:
    items = list(read_paths([str(good_dir / "page.html")]))
    assert len(items) == 1 and isinstance(items[0], Article)
    a = items[0]
    assert a.title == "Bawaslu Kutai Kartanegara Latih Pengawas TPS"
    assert a.published == "2024-11-18"
    assert a.publisher == "Kabar Mahakam Uji"
    assert a.url == "https://mahakam-uji.example/bawaslu-kukar-latih-ptps"
    assert a.text.startswith("TENGGARONG — Bawaslu Kabupaten Kutai Kartanegara")
    assert "\n\nKoordinator Divisi Pencegahan" in a.text
    for boilerplate in ("Beranda", "Berita terkait", "Hak cipta", a.title):
        assert boilerplate not in a.text


def test_navigation_only_page_is_a_problem(bad_dir: Path) -> None:
    items = list(read_paths([str(bad_dir / "nav_only.html")]))
    assert len(items) == 1 and isinstance(items[0], ReadProblem)
    assert items[0].kind == "no article text"
    assert str(items[0]).startswith(str(bad_dir / "nav_only.html") + ": no article text found")


def test_declared_charset_is_honoured() -> None:
    body = "<p>Ketua Panwaslih Aceh Jaya Teuku Rizal menghadiri apel siaga di Calang, dan menyampaikan sambutan.</p>"
    page = f'<html><head><meta charset="iso-8859-1"><title>Apel</title></head><body><article>{body}'
    page += "<p>Acara berlangsung di halaman kantor Bupati Aceh Jaya pada pagi hari.</p></article></body></html>"
    a = parse_html(page.replace("Calang", "Calang\u00e9").encode("iso-8859-1"), "x.html")
    assert isinstance(a, Article)
    assert "Calang\u00e9" in a.text
