"""CoNLL reading, BIO chunking and entity-level scoring with hand-written predictions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.evaluate import Counts
from ingest.ner_eval import (
    NerFormatError,
    chunks,
    evaluate_ner,
    format_ner_report,
    map_tag,
    read_conll,
    sentence_text,
    spans_to_tags,
)

MAP = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANISATION": "ORG", "LOC": "LOC", "PLACE": "LOC"}

# Hand-written recognizer output for the four fixture sentences: (surface, label) per sentence.
HANDWRITTEN = {
    "Ketua Bawaslu Kota Contoh Rahmat Hidayat hadir di Sukamaju .":
        [("Bawaslu Kota Contoh", "Organization"), ("Rahmat", "Person"), ("Sukamaju", "Location")],
    "Partai Contoh Raya mendukung Agus .":
        [("Contoh Raya", "Organization"), ("Raya mendukung", "Person"), ("Agus", "Person")],
    "Warga berkumpul .": [("Warga", "Event")],
    "Kata Budi kemarin": [("Budi", "Person"), ("ata", "Organization")],
}


def handwritten(text: str) -> list[tuple[int, int, str]]:
    out = []
    for surface, label in HANDWRITTEN[text]:
        start = text.index(surface)
        out.append((start, start + len(surface), label))
    return out


@pytest.mark.parametrize("name", ["ner_sample.conll", "ner_sample.tsv"])
def test_both_layouts_read_the_same(eval_fixtures: Path, name: str) -> None:
    sentences = read_conll(eval_fixtures / name, mapping=MAP)
    assert [len(s.tokens) for s in sentences] == [10, 6, 3, 3]
    assert sentences[0].tags[1:4] == ("B-ORG", "I-ORG", "I-ORG")
    assert sentences[2].tags == ("O", "O", "O")  # MISC is not in the map
    assert sentences[1].where.endswith(":12")
    assert all(not t.endswith("\r") for s in sentences for t in s.tokens)


def test_scores_by_hand(eval_fixtures: Path) -> None:
    report = evaluate_ner(read_conll(eval_fixtures / "ner_sample.conll", mapping=MAP), handwritten)
    assert report.by_type == {"PER": Counts(2, 3, 3), "ORG": Counts(1, 3, 2), "LOC": Counts(1, 1, 1)}
    assert (report.sentences, report.tokens) == (4, 22)
    text = format_ner_report(report, errors=True)
    assert text.splitlines()[-1] == "micro P 0.571 R 0.667 F1 0.615"
    assert "  FN PER:Rahmat Hidayat" in text and "  FP PER:Rahmat" in text


def test_chunks_follow_conlleval() -> None:
    assert chunks(["B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG"]) == {
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG")}
    assert chunks(["B-PER", "B-PER"]) == {(0, 1, "PER"), (1, 2, "PER")}
    assert chunks([]) == set()


def test_map_tag_folds_schemes() -> None:
    assert map_tag("B-PERSON", MAP) == "B-PER"
    assert map_tag("S-PLACE", MAP) == "B-LOC"
    assert map_tag("E-ORG", MAP) == "I-ORG"
    assert map_tag("B-MISC", MAP) == "O"
    assert map_tag("O", MAP) == "O"
    assert map_tag("PER", MAP) == "I-PER"


def test_spans_to_tags_uses_token_overlap() -> None:
    text, spans = sentence_text(["Ketua", "KPU", "Kota", "Contoh"])
    assert text == "Ketua KPU Kota Contoh" and spans[2] == (10, 14)
    assert spans_to_tags([(7, 12, "Organization")], spans) == ["O", "B-ORG", "I-ORG", "O"]
    assert spans_to_tags([(6, 21, "Organization"), (10, 14, "Location")], spans) == ["O", "B-ORG", "I-ORG", "I-ORG"]


def test_short_lines_are_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.conll"
    bad.write_text("Budi B-PER\nkata\n", encoding="utf-8")
    with pytest.raises(NerFormatError, match=r"bad.conll:2: expected at least 2"):
        read_conll(bad, mapping=MAP)
    with pytest.raises(NerFormatError, match=r"bad.conll:1: expected at least 3"):
        read_conll(bad, tag_col=2, mapping=MAP)


def test_types_outside_the_map_are_not_scored(eval_fixtures: Path) -> None:
    only_persons = {"PER": "PER"}
    sentences = read_conll(eval_fixtures / "ner_sample.conll", mapping=only_persons)
    report = evaluate_ner(sentences, handwritten, types=set(only_persons.values()))
    # Without the ORG prediction in its way, "Raya mendukung" now lands as a fourth PER prediction.
    assert report.by_type == {"PER": Counts(2, 4, 3)}
