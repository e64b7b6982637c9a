from __future__ import annotations

from pathlib import Path

from graph.model import Article
from ingest.readers import ReadProblem, read_paths
from ingest.readers.text import parse_text


def only(items: list[Article | ReadProblem]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_front_matter_sets_metadata_and_title(good_dir: Path) -> None:
    a = only(list(read_paths([str(good_dir / "front_matter.txt")])))
    assert a.title == "Bawaslu Kota Batu Gelar Rakor Pengawasan Pilkada"
    assert a.published == "2024-08-21"
    assert a.publisher == "Warta Uji Coba"
    assert a.url == "https://warta-uji.example/bawaslu-kota-batu-rakor"
    assert a.text.startswith("Reporter: Wulan Prasetyani | Editor: Hendra Kusnadi\n\nBATU — ")
    assert "---" not in a.text and "publisher" not in a.text


def test_plain_file_keeps_byline_caption_and_lines_verbatim(good_dir: Path) -> None:
    a = only(list(read_paths([str(good_dir / "plain.txt")])))
    assert a.title == "KPU Sumenep Sosialisasikan Tahapan Pemilu kepada Pemilih Pemula"
    assert (a.published, a.publisher, a.url) == (None, None, None)
    assert "Selasa (7/11).\nFoto: Dokumentasi KPU Sumenep\n\nAnggota" in a.text
    assert a.source == str(good_dir / "plain.txt")


def test_id_is_stable_and_ignores_line_wrapping() -> None:
    one = parse_text("Judul\n\nKPU Kota Palu menggelar rapat.\nBawaslu hadir.\n", "a.txt")
    same = parse_text("Judul\r\n\r\nKPU Kota Palu menggelar rapat. Bawaslu hadir.", "b.txt")
    other = parse_text("Judul\n\nKPU Kota Palu menggelar rapat pleno.", "c.txt")
    assert isinstance(one, Article) and isinstance(same, Article) and isinstance(other, Article)
    assert one.id == same.id != other.id
    assert one.id.startswith("article/")


def test_url_decides_the_id_when_present() -> None:
    a = parse_text("---\nurl: https://x.example/1\n---\nJudul\n\nTeks satu.", "a.txt")
    b = parse_text("---\nurl: https://x.example/1\n---\nJudul\n\nTeks yang sudah diperbarui.", "b.txt")
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == b.id


def test_bad_published_date_names_the_line() -> None:
    p = parse_text("---\npublisher: X\npublished: 17 Maret 2023\n---\nJudul\n\nTeks.", "d.txt")
    assert isinstance(p, ReadProblem)
    assert (p.source, p.line) == ("d.txt", 3)
    assert "YYYY-MM-DD" in p.reason


def test_front_matter_problems(bad_dir: Path) -> None:
    by_name = {Path(x.source).name: x for x in read_paths([str(bad_dir)]) if isinstance(x, ReadProblem)}
    assert by_name["unknown_key.txt"].line == 2 and "tanggal" in by_name["unknown_key.txt"].reason
    assert by_name["unclosed_front_matter.txt"].line == 5
    assert "'---'" in by_name["unclosed_front_matter.txt"].reason
    assert by_name["title_only.txt"].kind == "no article text"
