"""Plain, typed model objects that flow from ingest to every store.

``ingest`` produces :class:`ArticleGraph` values; stores persist them; queries and the UI read
:class:`Entity` and :class:`Relation` back. Nothing here knows about RDF or Neo4j.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from graph import ontology
from graph.errors import InvalidRelation

ARTICLE_SUBJECT = "ARTICLE"
"""Placeholder subject the extractor uses for reported_by/edited_by; replaced by the article id."""


def slugify(text: str) -> str:
    """ASCII-fold and hyphenate: ``"Bawaslu DKI Jakarta"`` → ``"bawaslu-dki-jakarta"``."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-") or "x"


def entity_id(type_name: str, canonical_name: str) -> str:
    """Stable id of an entity: ``<type prefix>/<slug of canonical name>``.

    The same canonical name of the same type is the same node in every article and every store.
    """
    prefix = ontology.load().type(type_name).prefix
    return f"{prefix}/{slugify(canonical_name)}"


def article_id(url: str | None, normalized_text: str) -> str:
    """Stable article id: a hash of the URL when there is one, else of the normalised text."""
    basis = url.strip() if url and url.strip() else normalized_text
    return "article/" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def type_of_id(node_id: str) -> str | None:
    """Entity type name for an id such as ``person/x`` (None when the prefix is unknown)."""
    t = ontology.load().type_of_prefix(node_id.split("/", 1)[0])
    return t.name if t else None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a relation is stated: the sentence and its character span in the article text."""

    article_id: str
    sentence: str
    start: int
    end: int
    extractor: str
    confidence: float


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    """Type-specific facts: ``date`` (ISO) for events, ``region`` for organisations …"""


@dataclass(frozen=True, slots=True)
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Evidence
    title: str | None = None

    @property
    def statement_id(self) -> str:
        """Stable id of this assertion in this article (same input → same id, so loads are idempotent)."""
        key = "\x1f".join(
            (self.evidence.article_id, self.subject, self.predicate, self.object, self.title or "",
             str(self.evidence.start))
        )
        return "stmt/" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass(slots=True)
class Article:
    id: str
    title: str
    text: str
    published: str | None = None
    """ISO date (YYYY-MM-DD) when known."""
    publisher: str | None = None
    url: str | None = None
    source: str | None = None
    """Where it was read from (file path and line), for messages only; not stored."""


@dataclass(slots=True)
class ArticleGraph:
    """Everything extracted from one article: the unit that stores write and replace atomically."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


def checked_ends(rel: Relation, article_id: str, types: dict[str, str], where: str) -> tuple[str, str, str]:
    """``(subject id, subject type, object type)`` of a relation, checked against the ontology.

    The extractor's ``ARTICLE`` placeholder becomes ``article_id``; an end's type comes from
    ``types`` (the article's entities) or else from its id prefix. Every store validates through
    this one function, so they accept and reject exactly the same relations.
    """
    subj = article_id if rel.subject == ARTICLE_SUBJECT else rel.subject
    st = "Article" if subj == article_id else (types.get(subj) or type_of_id(subj))
    ot = types.get(rel.object) or type_of_id(rel.object)
    if st is None or ot is None or ot == "Article":
        raise InvalidRelation(
            f"{where}: relation {rel.predicate} {subj!r} → {rel.object!r} names an id whose type is "
            "unknown; list the entity in ArticleGraph.entities or use an id with a type prefix"
        )
    try:
        ontology.load().check_relation(rel.predicate, st, ot, rel.title)
    except InvalidRelation as exc:
        raise InvalidRelation(f"{where}: {exc}") from None
    return subj, st, ot
