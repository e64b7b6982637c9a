"""Score extracted entities and relations against hand-annotated gold articles.

Implements the "Scoring" section of ``../shared/eval/GUIDELINES.md``:

- surface forms compare after case-folding, collapsing white space and stripping surrounding
  quotes and punctuation (:func:`normalize`);
- a predicted entity matches a gold entity of the same type when any of its surface forms equals
  any of the gold entity's; each gold entity is matched at most once;
- a predicted relation matches a gold relation with the same predicate whose subject and object
  match by the same surface-form rule (``ARTICLE`` only matches ``ARTICLE``); symmetric predicates
  (``coordinates_with``, read from the ontology) match in either direction;
- the holds_position ``title`` is scored separately, as exact-after-normalisation accuracy over
  matched holds_position pairs.

One-to-one assignment: within an article, entities (per type) and relations (per predicate) are
paired by a maximum bipartite matching (Kuhn's augmenting paths), visiting predictions in input
order and gold candidates in gold order, so the result is deterministic and never undercounts a
possible pairing the way a greedy pass can. Everything is keyed by dicts of normalised forms, so
scoring thousands of articles stays linear in practice.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graph import ontology
from graph.errors import SinergiError
from graph.model import ARTICLE_SUBJECT

_ARTICLE_KEY = "\x00ARTICLE"
"""Normalised form reserved for the ARTICLE pseudo-subject, so no real name can collide with it."""


class EvalFormatError(SinergiError):
    """An evaluation record is malformed; the message names where and which field."""


_QUOTE_SYMBOLS = frozenset("`´")


def _is_edge_char(ch: str) -> bool:
    return ch.isspace() or ch in _QUOTE_SYMBOLS or unicodedata.category(ch).startswith("P")


@lru_cache(maxsize=1 << 16)
def normalize(form: str) -> str:
    """Comparable key of a surface form: NFKC, case-folded, single-spaced, trimmed of quotes/punctuation.

    >>> normalize('  "Bawaslu   DKI Jakarta," ')
    'bawaslu dki jakarta'
    """
    text = " ".join(unicodedata.normalize("NFKC", form).casefold().split())
    start, end = 0, len(text)
    while start < end and _is_edge_char(text[start]):
        start += 1
    while end > start and _is_edge_char(text[end - 1]):
        end -= 1
    return text[start:end]


def _key(name: str) -> str:
    return _ARTICLE_KEY if name.strip() == ARTICLE_SUBJECT else normalize(name)


@dataclass(frozen=True, slots=True)
class EvalEntity:
    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> frozenset[str]:
        """Normalised surface forms (name and aliases), empty ones dropped."""
        return frozenset(k for k in (normalize(f) for f in (self.name, *self.aliases)) if k)


@dataclass(frozen=True, slots=True)
class EvalRelation:
    subject: str
    predicate: str
    object: str
    title: str | None = None
    evidence: str = ""

    def describe(self) -> str:
        title = f" [{self.title}]" if self.title else ""
        return f"{self.subject} --{self.predicate}{title}--> {self.object}"


@dataclass(frozen=True, slots=True)
class EvalArticle:
    id: str
    entities: tuple[EvalEntity, ...]
    relations: tuple[EvalRelation, ...]


def _text_field(raw: Mapping[str, Any], name: str, where: str, *, required: bool = True) -> str | None:
    value = raw.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise EvalFormatError(f"{where}: field {name!r} must be a non-empty string, got {value!r}")
    return value


def parse_record(record: Any, where: str) -> EvalArticle:
    """Read a gold line (entities under ``"gold"``) or a prediction line (entities at top level).

    ``where`` (e.g. ``"dev.jsonl:3"``) prefixes every error message.
    """
    if not isinstance(record, Mapping):
        raise EvalFormatError(f"{where}: expected a JSON object, got {type(record).__name__}")
    rec_id = record.get("id")
    if not isinstance(rec_id, str) or not rec_id:
        raise EvalFormatError(f"{where}: field 'id' must be a non-empty string")
    body = record.get("gold", record)
    if not isinstance(body, Mapping):
        raise EvalFormatError(f"{where}: field 'gold' must be an object with 'entities' and 'relations'")
    raw_entities = body.get("entities", [])
    raw_relations = body.get("relations", [])
    if not isinstance(raw_entities, list) or not isinstance(raw_relations, list):
        raise EvalFormatError(f"{where}: 'entities' and 'relations' must be lists")
    known_types = ontology.load().types
    entities: list[EvalEntity] = []
    for i, raw in enumerate(raw_entities):
        at = f"{where}: entities[{i}]"
        if not isinstance(raw, Mapping):
            raise EvalFormatError(f"{at}: expected an object with name, type, aliases")
        name = _text_field(raw, "name", at)
        etype = _text_field(raw, "type", at)
        assert name is not None and etype is not None
        if etype not in known_types:
            raise EvalFormatError(f"{at}: type {etype!r} is not an ontology type ({sorted(known_types)})")
        aliases = raw.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise EvalFormatError(f"{at}: 'aliases' must be a list of strings")
        entities.append(EvalEntity(name, etype, tuple(aliases)))
    relations: list[EvalRelation] = []
    for i, raw in enumerate(raw_relations):
        at = f"{where}: relations[{i}]"
        if not isinstance(raw, Mapping):
            raise EvalFormatError(f"{at}: expected an object with subject, predicate, object")
        subject = _text_field(raw, "subject", at)
        predicate = _text_field(raw, "predicate", at)
        obj = _text_field(raw, "object", at)
        title = _text_field(raw, "title", at, required=False)
        evidence = _text_field(raw, "evidence", at, required=False) or ""
        assert subject is not None and predicate is not None and obj is not None
        if predicate not in ontology.load().predicates:
            raise EvalFormatError(f"{at}: predicate {predicate!r} is not declared in the ontology")
        relations.append(EvalRelation(subject, predicate, obj, title, evidence))
    return EvalArticle(rec_id, tuple(entities), tuple(relations))


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives and the sizes of the predicted and gold sets."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class ArticleResult:
    """Per-article outcome: the counts plus every unmatched item, for error analysis."""

    id: str
    entities_by_type: dict[str, Counts] = field(default_factory=dict)
    relations_by_predicate: dict[str, Counts] = field(default_factory=dict)
    titles_correct: int = 0
    titles_total: int = 0
    false_entities: list[EvalEntity] = field(default_factory=list)
    missed_entities: list[EvalEntity] = field(default_factory=list)
    false_relations: list[EvalRelation] = field(default_factory=list)
    missed_relations: list[EvalRelation] = field(default_factory=list)
    wrong_titles: list[tuple[EvalRelation, EvalRelation]] = field(default_factory=list)
    """(predicted, gold) holds_position pairs that matched but whose titles differ."""


@dataclass(slots=True)
class EvalReport:
    articles: list[ArticleResult]
    entities_by_type: dict[str, Counts]
    relations_by_predicate: dict[str, Counts]
    titles_correct: int
    titles_total: int
    unmatched_prediction_ids: list[str] = field(default_factory=list)
    """Prediction records whose id no gold article has (ignored in the scores)."""

    @property
    def entities(self) -> Counts:
        return sum(self.entities_by_type.values(), Counts())

    @property
    def relations(self) -> Counts:
        return sum(self.relations_by_predicate.values(), Counts())

    @property
    def title_accuracy(self) -> float:
        return self.titles_correct / self.titles_total if self.titles_total else 0.0


def max_matching(candidates: Sequence[Sequence[int]]) -> dict[int, int]:
    """Maximum bipartite matching: ``candidates[p]`` lists gold indices prediction ``p`` may take.

    Returns ``{prediction index: gold index}``. Kuhn's algorithm, deterministic in input order.

    >>> max_matching([[0, 1], [0]])
    {1: 0, 0: 1}
    """
    gold_to_pred: dict[int, int] = {}

    def augment(p: int, seen: set[int]) -> bool:
        for g in candidates[p]:
            if g in seen:
                continue
            seen.add(g)
            if g not in gold_to_pred or augment(gold_to_pred[g], seen):
                gold_to_pred[g] = p
                return True
        return False

    for p in range(len(candidates)):
        if candidates[p]:
            augment(p, set())
    return {p: g for g, p in gold_to_pred.items()}


Endpoint = tuple[str | None, frozenset[str]]
"""A resolved relation endpoint: entity type (None when unknown) and its normalised surface forms."""


class _Endpoints:
    """Resolves relation endpoint names of one article to (type, forms) via its entity list."""

    def __init__(self, entities: Iterable[EvalEntity]) -> None:
        self._by_form: dict[str, tuple[str, EvalEntity]] = {}
        self._memo: dict[str, Endpoint] = {}
        for e in entities:
            for form in e.forms:
                known = self._by_form.get(form)
                # Prefer the entity whose *name* is this form over one that only has it as an alias.
                if known is None or (known[0] != form and normalize(e.name) == form):
                    self._by_form[form] = (normalize(e.name), e)

    def resolve(self, name: str) -> Endpoint:
        hit = self._memo.get(name)
        if hit is not None:
            return hit
        key = _key(name)
        if key == _ARTICLE_KEY:
            result: Endpoint = ("Article", frozenset({_ARTICLE_KEY}))
        elif key in self._by_form:
            owner = self._by_form[key][1]
            result = (owner.type, owner.forms | {key})
        else:
            result = (None, frozenset({key}) if key else frozenset())
        self._memo[name] = result
        return result


def _endpoint_match(pred: Endpoint, gold: Endpoint) -> bool:
    ptype, pforms = pred
    gtype, gforms = gold
    if ptype is not None and gtype is not None and ptype != gtype:
        return False
    return not pforms.isdisjoint(gforms)


def _match_entities(result: ArticleResult, gold: EvalArticle, pred: EvalArticle) -> None:
    gold_index: dict[tuple[str, str], list[int]] = {}
    for gi, g in enumerate(gold.entities):
        for form in g.forms:
            gold_index.setdefault((g.type, form), []).append(gi)
    candidates: list[list[int]] = []
    for p in pred.entities:
        cands = sorted({gi for form in p.forms for gi in gold_index.get((p.type, form), [])})
        candidates.append(cands)
    pairs = max_matching(candidates)
    matched_gold = set(pairs.values())
    counts: dict[str, Counts] = {}
    for pi, p in enumerate(pred.entities):
        hit = pi in pairs
        counts[p.type] = counts.get(p.type, Counts()) + Counts(int(hit), 1, 0)
        if not hit:
            result.false_entities.append(p)
    for gi, g in enumerate(gold.entities):
        counts[g.type] = counts.get(g.type, Counts()) + Counts(0, 0, 1)
        if gi not in matched_gold:
            result.missed_entities.append(g)
    result.entities_by_type = counts


def _relation_candidates(gold: EvalArticle, pred: EvalArticle) -> list[list[int]]:
    """For each predicted relation, the gold relations it may be paired with (in gold order)."""
    predicates = ontology.load().predicates
    gold_ends = _Endpoints(gold.entities)
    pred_ends = _Endpoints(pred.entities)
    resolved: list[tuple[Endpoint, Endpoint]] = []
    # Gold relations indexed by (predicate, a subject form); symmetric ones also by an object form.
    index: dict[tuple[str, str], list[int]] = {}
    for gi, g in enumerate(gold.relations):
        gs, go = gold_ends.resolve(g.subject), gold_ends.resolve(g.object)
        resolved.append((gs, go))
        symmetric = predicates[g.predicate].symmetric if g.predicate in predicates else False
        for form in gs[1] | (go[1] if symmetric else frozenset()):
            index.setdefault((g.predicate, form), []).append(gi)
    candidates: list[list[int]] = []
    for p in pred.relations:
        ps, po = pred_ends.resolve(p.subject), pred_ends.resolve(p.object)
        symmetric = predicates[p.predicate].symmetric if p.predicate in predicates else False
        near = sorted({gi for form in ps[1] for gi in index.get((p.predicate, form), [])})
        candidates.append([
            gi for gi in near
            if (_endpoint_match(ps, resolved[gi][0]) and _endpoint_match(po, resolved[gi][1]))
            or (symmetric and _endpoint_match(ps, resolved[gi][1]) and _endpoint_match(po, resolved[gi][0]))
        ])
    return candidates


def _match_relations(result: ArticleResult, gold: EvalArticle, pred: EvalArticle) -> None:
    pairs = max_matching(_relation_candidates(gold, pred))
    matched_gold = set(pairs.values())
    counts: dict[str, Counts] = {}
    for pi, p in enumerate(pred.relations):
        gi_match = pairs.get(pi)
        counts[p.predicate] = counts.get(p.predicate, Counts()) + Counts(int(gi_match is not None), 1, 0)
        if gi_match is None:
            result.false_relations.append(p)
            continue
        g = gold.relations[gi_match]
        if g.predicate == "holds_position" and g.title:
            result.titles_total += 1
            if normalize(p.title or "") == normalize(g.title):
                result.titles_correct += 1
            else:
                result.wrong_titles.append((p, g))
    for gi, g in enumerate(gold.relations):
        counts[g.predicate] = counts.get(g.predicate, Counts()) + Counts(0, 0, 1)
        if gi not in matched_gold:
            result.missed_relations.append(g)
    result.relations_by_predicate = counts


def score_article(gold: EvalArticle, pred: EvalArticle) -> ArticleResult:
    """Match one article's predictions against its gold annotation."""
    result = ArticleResult(gold.id)
    _match_entities(result, gold, pred)
    _match_relations(result, gold, pred)
    return result


def _merge(into: dict[str, Counts], part: Mapping[str, Counts]) -> None:
    for name, c in part.items():
        into[name] = into.get(name, Counts()) + c


def score(gold: Iterable[EvalArticle], predictions: Iterable[EvalArticle]) -> EvalReport:
    """Micro-averaged report over all gold articles; a gold article without a prediction scores empty.

    A prediction id ``article/X`` pairs with gold id ``X``.
    """
    gold_list = list(gold)
    gold_ids = {g.id for g in gold_list}
    by_id: dict[str, EvalArticle] = {}
    for p in predictions:
        # Predictions made through article_from_eval may carry the gold id prefixed with "article/".
        by_id[p.id if p.id in gold_ids else p.id.removeprefix("article/")] = p
    results = [score_article(g, by_id.get(g.id, EvalArticle(g.id, (), ()))) for g in gold_list]
    report = EvalReport(results, {}, {}, 0, 0, sorted(set(by_id) - gold_ids))
    for r in results:
        _merge(report.entities_by_type, r.entities_by_type)
        _merge(report.relations_by_predicate, r.relations_by_predicate)
        report.titles_correct += r.titles_correct
        report.titles_total += r.titles_total
    return report


def _row(name: str, c: Counts) -> str:
    return f"{name:<18} {c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f} {c.tp:>5} {c.predicted:>5} {c.gold:>5}"


def _table(heading: str, counts: Mapping[str, Counts], order: Iterable[str]) -> list[str]:
    lines = [f"{heading:<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    names = [n for n in order if n in counts] + sorted(set(counts) - set(order))
    lines += [_row(n, counts[n]) for n in names]
    lines.append(_row("(micro)", sum(counts.values(), Counts())))
    return lines


def _error_lines(r: ArticleResult) -> list[str]:
    lines: list[str] = []
    lines += [f"  FP entity   {e.type}: {e.name}" for e in r.false_entities]
    lines += [f"  FN entity   {e.type}: {e.name}" for e in r.missed_entities]
    lines += [f"  FP relation {rel.describe()}" for rel in r.false_relations]
    lines += [f"  FN relation {rel.describe()}" for rel in r.missed_relations]
    lines += [f"  title       {p.subject}: predicted {p.title!r}, gold {g.title!r}" for p, g in r.wrong_titles]
    return [f"== {r.id}", *lines] if lines else []


def format_report(report: EvalReport, *, errors: bool = False) -> str:
    """Plain-text tables; the last two lines are always the entity and relation micro scores."""
    onto = ontology.load()
    lines: list[str] = []
    if errors:
        for r in report.articles:
            lines += _error_lines(r)
        if lines:
            lines.append("")
    lines += [f"articles: {len(report.articles)}"]
    if report.unmatched_prediction_ids:
        lines.append(f"ignored predictions without a gold article: {', '.join(report.unmatched_prediction_ids)}")
    lines += ["", *_table("entity type", report.entities_by_type, onto.types)]
    lines += ["", *_table("predicate", report.relations_by_predicate, onto.predicates)]
    lines += [
        "",
        f"holds_position title accuracy {report.title_accuracy:.3f} ({report.titles_correct}/{report.titles_total})",
    ]
    for label, c in (("entities", report.entities), ("relations", report.relations)):
        lines.append(f"{label} P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f}")
    return "\n".join(lines)


def _counts_json(c: Counts) -> dict[str, float | int]:
    return {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp,
            "predicted": c.predicted, "gold": c.gold}


def report_to_json(report: EvalReport, *, errors: bool = False) -> dict[str, Any]:
    """The report as plain JSON-able data (``--json``)."""
    out: dict[str, Any] = {
        "articles": len(report.articles),
        "entities": _counts_json(report.entities),
        "relations": _counts_json(report.relations),
        "entities_by_type": {k: _counts_json(v) for k, v in sorted(report.entities_by_type.items())},
        "relations_by_predicate": {k: _counts_json(v) for k, v in sorted(report.relations_by_predicate.items())},
        "title_accuracy": {"accuracy": report.title_accuracy, "correct": report.titles_correct,
                           "total": report.titles_total},
        "ignored_prediction_ids": report.unmatched_prediction_ids,
    }
    if errors:
        out["errors"] = [
            {"id": r.id,
             "entities": _counts_json(sum(r.entities_by_type.values(), Counts())),
             "relations": _counts_json(sum(r.relations_by_predicate.values(), Counts())),
             "false_entities": [{"name": e.name, "type": e.type} for e in r.false_entities],
             "missed_entities": [{"name": e.name, "type": e.type} for e in r.missed_entities],
             "false_relations": [rel.describe() for rel in r.false_relations],
             "missed_relations": [rel.describe() for rel in r.missed_relations],
             "wrong_titles": [{"subject": p.subject, "predicted": p.title, "gold": g.title}
                              for p, g in r.wrong_titles]}
            for r in report.articles
        ]
    return out
