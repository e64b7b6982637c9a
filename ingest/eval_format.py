"""Conversion between the extractor's output and the evaluation JSONL format (GUIDELINES.md)."""

from __future__ import annotations

from typing import Any

from graph.errors import SinergiError
from graph.model import ARTICLE_SUBJECT, Article, ArticleGraph


class EvalRecordError(SinergiError):
    """An evaluation record lacks a field the conversion needs."""


def to_eval_record(graph: ArticleGraph) -> dict[str, Any]:
    """The graph as ``{"id", "entities", "relations"}`` with entity names instead of ids."""
    names = {e.id: e.name for e in graph.entities}
    record_id = graph.article.id.removeprefix("article/")
    entities = [{"name": e.name, "type": e.type, "aliases": sorted(e.aliases)} for e in graph.entities]
    relations: list[dict[str, Any]] = []
    for r in graph.relations:
        subject = ARTICLE_SUBJECT if r.subject == graph.article.id else names.get(r.subject)
        obj = names.get(r.object)
        if subject is None or obj is None:
            continue
        item: dict[str, Any] = {"subject": subject, "predicate": r.predicate, "object": obj,
                                "evidence": r.evidence.sentence}
        if r.title is not None:
            item["title"] = r.title
        relations.append(item)
    return {"id": record_id, "entities": entities, "relations": relations}


def article_from_eval(record: dict[str, Any]) -> Article:
    """An :class:`Article` from one line of ``../shared/eval/*.jsonl``."""
    if not isinstance(record, dict):
        raise EvalRecordError("evaluation record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise EvalRecordError(f"record {record.get('id', '?')!r}: field 'text' must be a string")
    raw_id = record.get("id")
    article_id = f"article/{raw_id}" if raw_id else "article/unknown"
    return Article(
        id=article_id,
        title=str(record.get("title") or ""),
        text=text,
        published=record.get("published") or None,
        publisher=record.get("publisher") or None,
        url=record.get("url") or None,
    )
