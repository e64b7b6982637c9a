"""Neo4j labels, relationship types, constraints and indexes, all derived from the ontology.

Labels and relationship types cannot be Cypher parameters, so every name spliced into a Cypher
statement comes from here: taken from :mod:`graph.ontology` and checked to be a plain identifier.

Layout
------
* ``(:Entity:<Type> {id, name, aliases, <attrs>})`` per entity, merged over the articles that
  mention it like the RDF store's entity card: ``name`` is the label most articles use (absent
  when none names it), ``aliases`` every other label and alias, one value per attribute (``date``).
* ``(:Article {id, title, text, published, publisher, url})`` per article.
* ``(entity)-[:MENTIONED_IN {names, aliases, attr_<key>}]->(article)``: what one article said about the
  entity; an entity no article mentions any more is deleted.
* ``(s)-[:<PREDICATE> {sid, article_id, sentence, start, end, extractor, confidence, title, iri}]->(o)``
  per extracted statement (``reported_by``/``edited_by`` start at the Article node).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph import ontology
from graph.errors import OntologyError

ENTITY_LABEL = "Entity"
ARTICLE_LABEL = "Article"
MENTIONED_IN = "MENTIONED_IN"
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def safe_name(name: str) -> str:
    """``name`` if it is a plain identifier that can be spliced into Cypher, else OntologyError."""
    if not _NAME.match(name):
        raise OntologyError(f"{name!r} is not a plain identifier and cannot be used as a Neo4j label or type")
    return name


@dataclass(frozen=True)
class Neo4jNames:
    """Every label and relationship type the Neo4j store writes, validated once."""

    entity_labels: dict[str, str]
    """Ontology type name → node label (the same string), Article excluded."""
    rel_types: dict[str, str]
    """Predicate name → relationship type (``HOLDS_POSITION``)."""
    predicate_of_type: dict[str, str]
    """Relationship type → predicate name."""
    predicate_iri: dict[str, str]

    def label(self, type_name: str) -> str:
        try:
            return self.entity_labels[type_name]
        except KeyError:
            raise OntologyError(
                f"unknown entity type {type_name!r}; declared: {sorted(self.entity_labels)}"
            ) from None

    def rel_type(self, predicate: str) -> str:
        try:
            return self.rel_types[predicate]
        except KeyError:
            raise OntologyError(f"unknown predicate {predicate!r}; declared: {sorted(self.rel_types)}") from None


@lru_cache(maxsize=1)
def names() -> Neo4jNames:
    onto = ontology.load()
    labels = {t: safe_name(t) for t in onto.types if t != ARTICLE_LABEL}
    if ENTITY_LABEL in labels:
        raise OntologyError(f"the ontology may not declare a type named {ENTITY_LABEL!r}; Neo4j uses it")
    rel_types = {p.name: safe_name(p.neo4j_type) for p in onto.predicates.values()}
    if MENTIONED_IN in rel_types.values():
        raise OntologyError(f"the ontology may not declare a predicate whose type is {MENTIONED_IN}")
    return Neo4jNames(
        entity_labels=labels,
        rel_types=rel_types,
        predicate_of_type={v: k for k, v in rel_types.items()},
        predicate_iri={p.name: p.iri for p in onto.predicates.values()},
    )


def schema_statements() -> list[tuple[str, str]]:
    """``(name, statement)`` pairs creating every constraint and index, each ``IF NOT EXISTS``."""
    n = names()
    out: list[tuple[str, str]] = [
        ("entity_id", f"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:{ENTITY_LABEL}) REQUIRE n.id IS UNIQUE"),
        ("article_id", f"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:{ARTICLE_LABEL}) REQUIRE n.id IS UNIQUE"),
        ("entity_name", f"CREATE INDEX entity_name IF NOT EXISTS FOR (n:{ENTITY_LABEL}) ON (n.name)"),
    ]
    for label in n.entity_labels.values():
        idx = f"{label.lower()}_name"
        out.append((idx, f"CREATE INDEX {idx} IF NOT EXISTS FOR (n:{label}) ON (n.name)"))
    for rel in n.rel_types.values():
        # article_id only: replacing an article deletes its statements by article_id. An index on
        # sid would tempt the planner to scan it for every MERGE instead of expanding s→o.
        idx = f"{rel.lower()}_article_id"
        out.append((idx, f"CREATE INDEX {idx} IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.article_id)"))
    return out


def obsolete_indexes() -> list[str]:
    """Index names earlier versions created that must go (the per-type ``sid`` indexes)."""
    return [f"{rel.lower()}_sid" for rel in names().rel_types.values()]
