"""Last stage: keep only relations the ontology allows, and count what was dropped and why."""

from __future__ import annotations

from collections import Counter

from graph import ontology
from graph.errors import InvalidRelation
from graph.model import Entity, Relation

ARTICLE_TYPE = "Article"


def validate(relations: list[Relation], entities: dict[str, Entity], article_id: str,
             dropped: Counter[str]) -> list[Relation]:
    """Relations that fit their predicate's domain and range, without duplicates.

    Each dropped relation is counted in ``dropped`` under ``"<predicate>: <reason>"``.
    """
    onto = ontology.load()
    kept: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for rel in relations:
        source = ARTICLE_TYPE if rel.subject == article_id else (entities[rel.subject].type if rel.subject in entities else None)
        target = entities[rel.object].type if rel.object in entities else None
        if source is None or target is None:
            dropped[f"{rel.predicate}: unknown entity"] += 1
            continue
        if rel.subject == rel.object:
            dropped[f"{rel.predicate}: self-loop"] += 1
            continue
        try:
            onto.check_relation(rel.predicate, source, target, rel.title)
        except InvalidRelation:
            dropped[f"{rel.predicate}: outside domain/range"] += 1
            continue
        key = (rel.subject, rel.predicate, rel.object)
        if onto.predicate(rel.predicate).symmetric and rel.object < rel.subject:
            key = (rel.object, rel.predicate, rel.subject)
        if key in seen:
            dropped[f"{rel.predicate}: duplicate"] += 1
            continue
        seen.add(key)
        kept.append(rel)
    return kept
