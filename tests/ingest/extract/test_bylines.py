from __future__ import annotations

from ingest.text.bylines import find_credits
from ingest.text.datelines import find_dateline


def test_reporter_editor_line() -> None:
    text = "Reporter: Sinta Dewi | Editor: Bagus Hartono\n\nIsi berita."
    credits, lines = find_credits(text)
    assert [(c.role, c.name) for c in credits] == [("reporter", "Sinta Dewi"), ("editor", "Bagus Hartono")]
    assert lines == [(0, len("Reporter: Sinta Dewi | Editor: Bagus Hartono"))]
    assert all(text[c.start:c.end] == c.name for c in credits)


def test_penulis_foto_editor_and_pewarta() -> None:
    credits, _ = find_credits("Isi.\n\nPenulis: Rangga Saputra | Foto: Lia Anggun | Editor: Made Wirawan")
    assert [(c.role, c.name) for c in credits] == [("reporter", "Rangga Saputra"), ("photo", "Lia Anggun"),
                                                  ("editor", "Made Wirawan")]
    credits, _ = find_credits("Isi.\n\nPewarta: Yosef Lembang")
    assert [(c.role, c.name) for c in credits] == [("reporter", "Yosef Lembang")]


def test_caption_and_signature_line() -> None:
    text = "Camat membuka acara. Foto: Hendra Wijaya\n\nIsi berita.\n\nWarta Kota Kita/Sinta Dewi"
    credits, lines = find_credits(text)
    assert [(c.role, c.name, c.outlet) for c in credits] == [
        ("photo", "Hendra Wijaya", None), ("reporter", "Sinta Dewi", "Warta Kota Kita")]
    assert len(lines) == 1  # the signature line is not body text; the caption line is handled by the caller


def test_dateline() -> None:
    text = "CIREBON – Bawaslu menggelar rapat."
    dl = find_dateline(text, 0, len(text))
    assert dl is not None and dl.name == "Cirebon" and text[dl.start:dl.end] == "CIREBON"
    assert find_dateline("Bawaslu menggelar rapat.", 0, 24) is None


def test_credit_variants_on_separate_lines() -> None:
    credits, lines = find_credits("Isi.\n\nOleh: Rina Kartika\nEditor : Bagus Hartono\nPewarta Foto: Dedi Kusuma")
    assert [(c.role, c.name) for c in credits] == [("reporter", "Rina Kartika"), ("editor", "Bagus Hartono"),
                                                  ("photo", "Dedi Kusuma")]
    assert len(lines) == 3
