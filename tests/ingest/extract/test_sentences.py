from __future__ import annotations

from ingest.text.normalize import normalize
from ingest.text.sentences import split_sentences


def test_no_break_after_abbreviations_and_initials() -> None:
    text = ("Acara digelar di Jl. Merdeka No. 5, Kec. Sukajadi, Kab. Cirebon. Hadir H. Ahmad, S.Sos., M.Si. "
            "dan Dr. Ir. Budi. A. Rahman juga datang.")
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Acara digelar di Jl. Merdeka No. 5, Kec. Sukajadi, Kab. Cirebon.",
        "Hadir H. Ahmad, S.Sos., M.Si. dan Dr. Ir. Budi.",
        "A. Rahman juga datang.",
    ]


def test_line_breaks_end_sentences_and_offsets_point_into_text() -> None:
    text = "Judul Tanpa Titik\nReporter: Sinta Dewi\n\nKalimat pertama. Kalimat kedua!\n"
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Judul Tanpa Titik", "Reporter: Sinta Dewi", "Kalimat pertama.",
                                       "Kalimat kedua!"]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert [s.paragraph for s in sents] == [0, 0, 1, 1]


def test_quote_then_attribution_stays_one_sentence() -> None:
    text = '"Kita siap," kata Rina. Lalu ia pergi.'
    assert [s.text for s in split_sentences(text)] == ['"Kita siap," kata Rina.', "Lalu ia pergi."]


def test_normalize_keeps_length() -> None:
    raw = "\u201cSiap\u201d\u00a0kata\u2019nya"
    out = normalize(raw)
    assert out == "\"Siap\" kata'nya"
    assert len(out) == len(raw)
