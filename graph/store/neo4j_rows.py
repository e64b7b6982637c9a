"""Turn ArticleGraphs into the parameter rows the Neo4j store writes, and merge per-article facts.

Pure Python, no driver: everything here is checked before a transaction starts, so a bad article
fails the whole batch with a message naming it and nothing is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from graph import ontology
from graph.errors import InvalidRelation
from graph.model import ArticleGraph, Relation, checked_ends
from graph.neo4j_schema import names

NODE_KEYS = frozenset({"id", "name", "aliases"})
"""Entity node properties the store owns; entity attributes may not use these keys."""
ATTR_PREFIX = "attr_"
"""Entity attributes on a MENTIONED_IN relationship are ``attr_<key>`` (``attr_date``), so queries can
read every article's value (an event may be dated differently by two articles)."""
_ATTR_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

Params = dict[str, Any]


@dataclass
class WritePlan:
    """Everything one ``write`` sends, grouped so labels and types are spliced per query."""

    article_ids: list[str] = field(default_factory=list)
    articles: list[Params] = field(default_factory=list)
    entities: dict[str, list[str]] = field(default_factory=dict)
    """Node label → entity ids to MERGE."""
    mentions: list[Params] = field(default_factory=list)
    statements: dict[tuple[str, bool], list[Params]] = field(default_factory=dict)
    """(relationship type, subject is the article) → rows."""

    @property
    def entity_ids(self) -> list[str]:
        return sorted({i for ids in self.entities.values() for i in ids})

    @property
    def relation_count(self) -> int:
        return sum(len(rows) for rows in self.statements.values())


@dataclass
class _Mention:
    type: str
    names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)


def _check_attr(key: str, where: str, entity_id: str) -> None:
    if not _ATTR_KEY.match(key) or key in NODE_KEYS:
        raise InvalidRelation(
            f"{where}: entity {entity_id!r} has attribute {key!r}; attribute names must be identifiers "
            f"(letters, digits, _) other than {sorted(NODE_KEYS)}"
        )


def _article_mentions(ag: ArticleGraph) -> dict[str, _Mention]:
    onto = ontology.load()
    a = ag.article
    where = a.source or a.id
    mentions: dict[str, _Mention] = {}
    for e in ag.entities:
        if e.type not in onto.types or e.type == "Article":
            raise InvalidRelation(
                f"{where}: entity {e.id!r} has unknown type {e.type!r}; declared: "
                f"{sorted(t for t in onto.types if t != 'Article')}"
            )
        m = mentions.setdefault(e.id, _Mention(e.type))
        if e.name:
            m.names.add(e.name)
        m.aliases |= {x for x in e.aliases if x and x != e.name}
        for key, val in sorted(e.attrs.items()):
            _check_attr(key, where, e.id)
            if val is not None and str(val) != "":
                m.attrs[key] = str(val)
    return mentions


def plan_write(graphs: Sequence[ArticleGraph]) -> WritePlan:
    """Validate ``graphs`` against the ontology and build the rows; the last graph of an id wins."""
    nm = names()
    latest: dict[str, ArticleGraph] = {}
    for g in graphs:
        latest[g.article.id] = g
    plan = WritePlan(article_ids=sorted(latest))
    entity_sets: dict[str, set[str]] = {}
    for aid, ag in latest.items():
        a = ag.article
        where = a.source or a.id
        plan.articles.append({"id": aid, "title": a.title or None, "text": a.text or None,
                              "published": a.published or None, "publisher": a.publisher or None,
                              "url": a.url or None})
        mentions = _article_mentions(ag)
        types = {i: m.type for i, m in mentions.items()}
        seen_sids: set[str] = set()
        for rel in ag.relations:
            subj, st, ot = checked_ends(rel, aid, types, where)
            for node_id, t in ((subj, st), (rel.object, ot)):
                if t != "Article" and node_id not in mentions:
                    mentions[node_id] = _Mention(t)
            resolved = Relation(subj, rel.predicate, rel.object, rel.evidence, rel.title)
            sid = resolved.statement_id
            if sid in seen_sids:
                continue
            seen_sids.add(sid)
            ev = rel.evidence
            plan.statements.setdefault((nm.rel_type(rel.predicate), st == "Article"), []).append({
                "s": subj, "o": rel.object, "sid": sid,
                "props": {"sid": sid, "article_id": aid, "sentence": ev.sentence, "start": int(ev.start),
                          "end": int(ev.end), "extractor": ev.extractor, "confidence": float(ev.confidence),
                          "title": rel.title or None, "iri": nm.predicate_iri[rel.predicate]},
            })
        for eid, m in sorted(mentions.items()):
            entity_sets.setdefault(nm.label(m.type), set()).add(eid)
            props: Params = {ATTR_PREFIX + k: v for k, v in sorted(m.attrs.items())}
            props.update({"names": sorted(m.names), "aliases": sorted(m.aliases)})
            plan.mentions.append({"entity": eid, "article": aid, "props": props})
    plan.entities = {label: sorted(ids) for label, ids in sorted(entity_sets.items())}
    return plan


def _most_common(values: list[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def entity_props(entity_id: str, mentions: list[dict[str, Any]]) -> Params:
    """Node properties merged from every article's mention of the entity.

    Mirrors the RDF store's entity card: the name is the label most articles use (ties: the
    smallest; absent when no article names the entity), aliases are every alias and other label,
    and an attribute takes its most common value.
    """
    labels: list[str] = []
    alt: set[str] = set()
    attr_values: dict[str, list[str]] = {}
    for m in mentions:
        labels.extend(m.get("names") or [])
        alt.update(m.get("aliases") or [])
        for k, v in m.items():
            if k.startswith(ATTR_PREFIX) and v is not None:
                attr_values.setdefault(k[len(ATTR_PREFIX):], []).append(str(v))
    name = _most_common(labels) if labels else None
    props: Params = {k: _most_common(v) for k, v in sorted(attr_values.items())}
    props.update({"id": entity_id, "name": name, "aliases": sorted((alt | set(labels)) - {name})})
    return props
