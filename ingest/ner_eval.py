"""Entity-level (CoNLL-style) scoring of a character-span recognizer on token/BIO files.

A sentence's text is rebuilt by joining its tokens with single spaces; the recognizer's
character spans are mapped back onto the tokens they overlap and turned into BIO tags, and
chunks are compared on exact token span and type, as conlleval does (an ``I-`` tag that follows
``O`` or a different type opens a new chunk).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph.errors import SinergiError
from ingest.evaluate import Counts

Span = tuple[int, int, str]
"""(start, end, label): characters for the recognizer, tokens (end exclusive) for chunks."""
Recognizer = Callable[[str], Sequence[Span]]

PREDICTED_TYPES: Mapping[str, str] = {"Person": "PER", "Organization": "ORG", "Location": "LOC"}
"""Recognizer labels (ontology type names) → the scoring types of the BIO files."""


class NerFormatError(SinergiError):
    """A token/BIO file line cannot be read; the message names file and line."""


@dataclass(frozen=True, slots=True)
class NerSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    """BIO tags over the mapped types (``B-PER``, ``I-LOC``, ``O``)."""
    where: str


def map_tag(tag: str, mapping: Mapping[str, str]) -> str:
    """``B-PERSON`` → ``B-PER`` with ``{"PERSON": "PER"}``; unmapped types and ``O`` → ``O``.

    BIOES/BILOU prefixes fold into BIO (S/U → B, E/L → I); a bare type counts as ``I``.
    """
    prefix, sep, kind = tag.partition("-")
    if not sep:
        prefix, kind = "I", tag
    prefix = {"S": "B", "U": "B", "E": "I", "L": "I"}.get(prefix.upper(), prefix.upper())
    target = mapping.get(kind)
    if target is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{target}"


def read_conll(path: Path, *, token_col: int = 0, tag_col: int = -1,
               mapping: Mapping[str, str]) -> list[NerSentence]:
    """Read a token-per-line file (columns split on white space, blank line between sentences)."""
    sentences: list[NerSentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    start_line = 1

    def flush() -> None:
        if tokens:
            sentences.append(NerSentence(tuple(tokens), tuple(tags), f"{path}:{start_line}"))
        tokens.clear()
        tags.clear()

    need = max(token_col if token_col >= 0 else -token_col - 1, tag_col if tag_col >= 0 else -tag_col - 1) + 1
    with path.open(encoding="utf-8-sig", newline=None) as handle:
        for number, line in enumerate(handle, start=1):
            columns = line.split()
            if not columns or columns[0] == "-DOCSTART-":
                flush()
                continue
            if len(columns) < need or len(columns) < 2:
                raise NerFormatError(
                    f"{path}:{number}: expected at least {max(need, 2)} white-space separated columns "
                    f"(token … tag), got {len(columns)}: {line.strip()!r}; check --token-col/--tag-col"
                )
            if not tokens:
                start_line = number
            tokens.append(columns[token_col])
            tags.append(map_tag(columns[tag_col], mapping))
    flush()
    return sentences


def chunks(tags: Sequence[str]) -> set[Span]:
    """Entity chunks of a BIO sequence as (first token, end token exclusive, type)."""
    found: set[Span] = set()
    start, kind = -1, ""
    for i, tag in enumerate((*tags, "O")):
        prefix, _, tkind = tag.partition("-")
        continues = prefix == "I" and tkind == kind and start >= 0
        if start >= 0 and not continues:
            found.add((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, tkind
    return found


def sentence_text(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens with single spaces; return the text and each token's character span."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for tok in tokens:
        spans.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), spans


def spans_to_tags(predicted: Iterable[Span], token_spans: Sequence[tuple[int, int]],
                  labels: Mapping[str, str] = PREDICTED_TYPES) -> list[str]:
    """BIO tags for the tokens each predicted character span overlaps.

    Spans are placed longest-first within start order; one that overlaps tokens already taken is
    dropped, so overlapping predictions cannot merge into a chunk nobody predicted.
    """
    tags = ["O"] * len(token_spans)
    for start, end, label in sorted(predicted, key=lambda s: (s[0], -(s[1] - s[0]))):
        kind = labels.get(label)
        if kind is None or end <= start:
            continue
        covered = [i for i, (ts, te) in enumerate(token_spans) if ts < end and te > start]
        if not covered or any(tags[i] != "O" for i in covered):
            continue
        for n, i in enumerate(covered):
            tags[i] = ("B-" if n == 0 else "I-") + kind
    return tags


@dataclass(slots=True)
class SentenceMiss:
    where: str
    text: str
    missed: list[str]
    spurious: list[str]


@dataclass(slots=True)
class NerReport:
    by_type: dict[str, Counts] = field(default_factory=dict)
    sentences: int = 0
    tokens: int = 0
    misses: list[SentenceMiss] = field(default_factory=list)

    @property
    def micro(self) -> Counts:
        return sum(self.by_type.values(), Counts())


def _describe(tokens: Sequence[str], chunk: Span) -> str:
    return f"{chunk[2]}:{' '.join(tokens[chunk[0]:chunk[1]])}"


def evaluate_ner(sentences: Iterable[NerSentence], recognize: Recognizer,
                 types: Iterable[str] | None = None) -> NerReport:
    """Run ``recognize`` on every rebuilt sentence and score exact chunk matches per type.

    ``types`` limits scoring to these types (e.g. only ``PER`` when the file's map only names
    persons); predictions of other types are then ignored rather than counted as false positives.
    """
    wanted = set(types) if types is not None else set(PREDICTED_TYPES.values())
    labels = {label: kind for label, kind in PREDICTED_TYPES.items() if kind in wanted}
    report = NerReport()
    for sentence in sentences:
        text, token_spans = sentence_text(sentence.tokens)
        gold = {c for c in chunks(sentence.tags) if c[2] in wanted}
        pred = chunks(spans_to_tags(recognize(text), token_spans, labels))
        report.sentences += 1
        report.tokens += len(sentence.tokens)
        for kind in {c[2] for c in gold | pred}:
            g = {c for c in gold if c[2] == kind}
            p = {c for c in pred if c[2] == kind}
            report.by_type[kind] = report.by_type.get(kind, Counts()) + Counts(len(g & p), len(p), len(g))
        if gold != pred:
            report.misses.append(SentenceMiss(
                sentence.where, text,
                [_describe(sentence.tokens, c) for c in sorted(gold - pred)],
                [_describe(sentence.tokens, c) for c in sorted(pred - gold)],
            ))
    return report


def format_ner_report(report: NerReport, *, errors: bool = False) -> str:
    """Per-type table and a micro line; the last line is ``micro P x R y F1 z``."""
    lines: list[str] = []
    if errors:
        for miss in report.misses:
            lines += [f"== {miss.where}: {miss.text}"]
            lines += [f"  FN {m}" for m in miss.missed] + [f"  FP {s}" for s in miss.spurious]
        lines.append("")
    lines.append(f"sentences: {report.sentences}  tokens: {report.tokens}")
    lines.append(f"{'type':<6} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for kind in sorted(report.by_type):
        c = report.by_type[kind]
        lines.append(f"{kind:<6} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {c.tp:>5} {c.predicted:>5} {c.gold:>5}")
    m = report.micro
    lines.append(f"micro P {m.precision:.3f} R {m.recall:.3f} F1 {m.f1:.3f}")
    return "\n".join(lines)
