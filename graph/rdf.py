"""Map model objects to RDF quads and RDF terms back to plain Python values.

Provenance model
----------------
Every IRI is ``data_base + id`` (``data_base`` and all vocabulary come from ``ontology.yaml``).

* **One named graph per statement.** Each :class:`~graph.model.Relation` becomes a statement
  ``G = <data_base + relation.statement_id>``; the named graph ``G`` holds exactly one triple,
  ``(subject, predicate IRI, object)``.
* **One named graph per article.** ``<data_base + article.id>`` holds everything else the article
  contributed:

  - the article itself: ``a schema:NewsArticle``, ``schema:headline``, ``schema:datePublished``,
    ``schema:publisher``, ``schema:url``, ``schema:articleBody``;
  - the statement metadata: ``G a sin:Statement; prov:wasDerivedFrom <article>; sin:sentence;
    sin:start; sin:end; sin:extractor; sin:confidence; sin:title`` (holds_position) and
    ``sin:subject``/``sin:predicate``/``sin:object`` so evidence joins need no ``GRAPH`` clause;
  - the facts about every entity the article mentions: ``rdf:type`` (from the ontology),
    ``rdfs:label`` (canonical name), ``skos:altLabel`` (aliases), ``schema:startDate`` (attribute
    ``date``), ``sin:<key>`` for any other attribute, and ``sin:mentionedIn <article>``.

* **One entity card per entity.** The named graph ``<data_base + entity id>`` holds the merged
  view of an entity over all articles that mention it: one ``rdf:type``, one ``rdfs:label`` (the
  name most articles use; ties go to the alphabetically first), ``skos:altLabel`` for every other
  name or alias, and one value per attribute. Cards are recomputed for the entities a write or a
  delete touches; an entity no article mentions any more loses its card. Queries read names as
  ``GRAPH ?e { ?e rdfs:label ?name }`` — exactly one row per entity, because the union of the
  article graphs repeats an entity's facts once per article.

Queries run with the default graph as the union of all graphs, so plain patterns see the merged
graph, property paths work across articles, and one basic graph pattern returns a triple with its
sentence. Replacing an article removes its article graph and every statement graph it points to
with ``prov:wasDerivedFrom``, then inserts the new quads; nothing outside them changes.

Results convert back to backend-neutral values: IRIs under ``data_base`` become ids, ontology type
IRIs become type names (``Person``), predicate IRIs become predicate names (``holds_position``),
literals become ``str``/``int``/``float``/``bool`` (dates stay ISO strings).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, Triple

from graph import ontology
from graph.errors import InvalidRelation
from graph.model import ARTICLE_SUBJECT, ArticleGraph, Entity, Relation, checked_ends

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD = "http://www.w3.org/2001/XMLSchema#"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ATTR_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")

Value = str | int | float | bool | None
Term = NamedNode | BlankNode | Literal | Triple


@dataclass(frozen=True)
class Vocab:
    """Every IRI the store writes or reads, resolved once from the ontology."""

    data_base: str
    rdf_type: NamedNode
    type_iri: dict[str, NamedNode]
    type_name: dict[str, str]
    predicate_iri: dict[str, NamedNode]
    predicate_name: dict[str, str]
    p: dict[str, NamedNode]
    """Provenance terms by their ontology key (``sentence``, ``derived_from`` …)."""
    article_body: NamedNode

    def node(self, node_id: str) -> NamedNode:
        return NamedNode(self.data_base + node_id)

    def id_of(self, iri: str) -> str | None:
        return iri[len(self.data_base):] if iri.startswith(self.data_base) else None

    def attr_iri(self, key: str) -> NamedNode:
        if key == "date":
            return self.p["date"]
        if not _ATTR_KEY.match(key):
            raise InvalidRelation(f"entity attribute {key!r} is not an identifier (letters, digits, _)")
        return NamedNode(ontology.load().expand(f"sin:{key}"))

    def attr_key(self, iri: str) -> str | None:
        if iri == self.p["date"].value:
            return "date"
        sin = ontology.load().namespaces["sin"]
        return iri[len(sin):] if iri.startswith(sin) else None


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    onto = ontology.load()
    type_iri = {name: NamedNode(t.iri) for name, t in onto.types.items()}
    pred_iri = {name: NamedNode(p.iri) for name, p in onto.predicates.items()}
    return Vocab(
        data_base=onto.data_base,
        rdf_type=NamedNode(RDF_TYPE),
        type_iri=type_iri,
        type_name={n.value: name for name, n in type_iri.items()},
        predicate_iri=pred_iri,
        predicate_name={n.value: name for name, n in pred_iri.items()},
        p={key: NamedNode(onto.prov(key)) for key in onto.provenance},
        article_body=NamedNode(onto.expand("schema:articleBody")),
    )


def literal(value: str | int | float) -> Literal:
    """A typed literal: ISO dates as ``xsd:date``, numbers typed, everything else a plain string."""
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    if isinstance(value, float):
        return Literal(repr(value), datatype=NamedNode(XSD + "double"))
    if _DATE.match(value):
        return Literal(value, datatype=NamedNode(XSD + "date"))
    return Literal(value)


def subject_of(rel: Relation, article_id: str) -> str:
    """The relation's subject id, with the extractor's ``ARTICLE`` placeholder resolved."""
    return article_id if rel.subject == ARTICLE_SUBJECT else rel.subject


def _entity_quads(e: Entity, g: NamedNode, article: NamedNode, v: Vocab) -> Iterator[Quad]:
    if e.type not in v.type_iri:
        raise InvalidRelation(f"entity {e.id!r} has unknown type {e.type!r}; declared: {sorted(v.type_iri)}")
    s = v.node(e.id)
    yield Quad(s, v.rdf_type, v.type_iri[e.type], g)
    yield Quad(s, v.p["label"], Literal(e.name), g)
    for alias in sorted(e.aliases):
        if alias and alias != e.name:
            yield Quad(s, v.p["alias"], Literal(alias), g)
    for key, val in sorted(e.attrs.items()):
        if val is not None and str(val) != "":
            yield Quad(s, v.attr_iri(key), literal(val), g)
    yield Quad(s, v.p["mentioned_in"], article, g)


def graph_quads(ag: ArticleGraph) -> list[Quad]:
    """All quads one article contributes (article graph plus one graph per statement).

    Raises :class:`InvalidRelation` naming the article when a relation breaks the ontology.
    """
    return article_quads(ag)[0]


Facts = dict[NamedNode, list[tuple[NamedNode, Term]]]


def article_quads(ag: ArticleGraph) -> tuple[list[Quad], Facts]:
    """:func:`graph_quads` plus the entity facts among them, ``(predicate, object)`` per entity."""
    v = vocab()
    a = ag.article
    art = v.node(a.id)
    where = a.source or a.id
    quads: list[Quad] = [Quad(art, v.rdf_type, v.type_iri["Article"], art)]
    facts: Facts = {}
    if a.title:
        quads.append(Quad(art, v.p["article_title"], Literal(a.title), art))
    for key, val in (("published", a.published), ("publisher", a.publisher), ("url", a.url)):
        if val:
            quads.append(Quad(art, v.p[key], literal(val), art))
    if a.text:
        quads.append(Quad(art, v.article_body, Literal(a.text), art))

    types: dict[str, str] = {a.id: "Article"}
    seen: set[str] = set()
    for e in ag.entities:
        types[e.id] = e.type
        seen.add(e.id)
        mine = list(_entity_quads(e, art, art, v))
        quads.extend(mine)
        facts.setdefault(v.node(e.id), []).extend((q.predicate, q.object) for q in mine)

    for rel in ag.relations:
        subj, st, ot = checked_ends(rel, a.id, types, where)
        for node_id, t in ((subj, st), (rel.object, ot)):
            if node_id not in seen and t != "Article":
                seen.add(node_id)
                quads.append(Quad(v.node(node_id), v.rdf_type, v.type_iri[t], art))
                quads.append(Quad(v.node(node_id), v.p["mentioned_in"], art, art))
                facts[v.node(node_id)] = [(v.rdf_type, v.type_iri[t]), (v.p["mentioned_in"], art)]
        g = v.node(Relation(subj, rel.predicate, rel.object, rel.evidence, rel.title).statement_id)
        s, p, o = v.node(subj), v.predicate_iri[rel.predicate], v.node(rel.object)
        ev = rel.evidence
        quads.append(Quad(s, p, o, g))
        quads.extend(
            Quad(g, pred, obj, art)
            for pred, obj in (
                (v.rdf_type, v.p["Statement"]),
                (v.p["derived_from"], art),
                (v.p["statement_subject"], s),
                (v.p["statement_predicate"], p),
                (v.p["statement_object"], o),
                (v.p["sentence"], Literal(ev.sentence)),
                (v.p["start"], literal(int(ev.start))),
                (v.p["end"], literal(int(ev.end))),
                (v.p["extractor"], Literal(ev.extractor)),
                (v.p["confidence"], literal(float(ev.confidence))),
            )
        )
        if rel.title:
            quads.append(Quad(g, v.p["title"], Literal(rel.title), art))
    return quads, facts


def _most_common(values: list[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def card_quads(node: NamedNode, facts: list[tuple[NamedNode, Term]]) -> list[Quad]:
    """The entity card of ``node`` from its ``(predicate, object)`` facts in all article graphs.

    Every mention writes an ``rdf:type`` fact, so no type fact means no article mentions the
    entity any more, and the card is empty.
    """
    v = vocab()
    if not any(p == v.rdf_type for p, _ in facts):
        return []
    types = [o.value for p, o in facts if p == v.rdf_type and isinstance(o, NamedNode)]
    labels = [o.value for p, o in facts if p == v.p["label"] and isinstance(o, Literal)]
    aliases = {o.value for p, o in facts if p == v.p["alias"] and isinstance(o, Literal)}
    attrs: dict[NamedNode, list[Literal]] = defaultdict(list)
    skip = {v.rdf_type, v.p["label"], v.p["alias"], v.p["mentioned_in"]}
    for p, o in facts:
        if p not in skip and isinstance(o, Literal):
            attrs[p].append(o)
    out: list[Quad] = []
    if types:
        out.append(Quad(node, v.rdf_type, NamedNode(_most_common(types)), node))
    if labels:
        name = _most_common(labels)
        out.append(Quad(node, v.p["label"], Literal(name), node))
        aliases |= set(labels)
        aliases.discard(name)
    out.extend(Quad(node, v.p["alias"], Literal(a), node) for a in sorted(aliases))
    for p, lits in attrs.items():
        by_text = {str(lit): lit for lit in lits}
        out.append(Quad(node, p, by_text[_most_common([str(lit) for lit in lits])], node))
    return out


_INTEGER = frozenset({XSD + "integer", XSD + "int", XSD + "long"})
_DECIMAL = frozenset({XSD + "double", XSD + "decimal", XSD + "float"})
_BOOLEAN = XSD + "boolean"


def to_value(term: object) -> Value:
    """An RDF term as a backend-neutral Python value (see the module docstring)."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        v = vocab()
        iri = term.value
        node_id = v.id_of(iri)
        if node_id is not None:
            return node_id
        return v.type_name.get(iri) or v.predicate_name.get(iri) or iri
    if isinstance(term, Literal):
        dt = term.datatype.value
        if dt in _INTEGER:
            return int(term.value)
        if dt in _DECIMAL:
            return float(term.value)
        if dt == _BOOLEAN:
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, BlankNode):
        return "_:" + term.value
    if isinstance(term, Triple):
        return str(term)
    return str(term)
