"""An in-memory networkx projection of the store, built once and cached by the app.

The same shape as :func:`graph.analytics.project` (node ``type``/``name``, one edge per statement
keyed by its id with ``predicate``/``title``/``article``/``sentence``), so its functions run on it,
plus what the explorer filters and cites (article title, outlet, date and URL on every edge) and a
cached undirected simple graph for path search.
Nodes carry ``type``, ``name``, ``aliases`` and the entity attributes; every relation becomes one
edge keyed by its statement id, carrying its predicate, job title and the evidence (sentence,
article id, title, outlet, date, URL), so the network, path and coordination views never go back
to the store for a drawn edge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from graph.model import Article, Entity, Relation, type_of_id
from graph.store.base import Store

ARTICLE_TYPE = "Article"
_RESERVED = frozenset({"type", "name", "aliases"})


@dataclass(frozen=True)
class Projection:
    graph: nx.MultiDiGraph
    """One node per entity (and per article that is the subject of reported_by/edited_by)."""
    simple: nx.Graph
    """Undirected simple graph; edge attribute ``predicates`` is the set of predicates joining the pair."""
    outlets: tuple[str, ...]
    dates: tuple[str, ...]
    """Sorted distinct article dates (ISO) that occur on edges."""

    def name(self, node: str) -> str:
        data = self.graph.nodes.get(node)
        return str(data.get("name") or node) if data else node

    def type(self, node: str) -> str:
        data = self.graph.nodes.get(node)
        if data and data.get("type"):
            return str(data["type"])
        return type_of_id(node) or ""


def _add_entity(g: nx.MultiDiGraph, e: Entity) -> None:
    attrs = {k: v for k, v in e.attrs.items() if k not in _RESERVED}
    g.add_node(e.id, type=e.type, name=e.name, aliases=tuple(sorted(e.aliases)), **attrs)


def build(entities: Iterable[Entity], relations: Iterable[Relation], articles: Iterable[Article]) -> Projection:
    """Project entities and relations (with their articles' metadata) into networkx graphs."""
    g = nx.MultiDiGraph()
    for e in entities:
        _add_entity(g, e)
    by_id = {a.id: a for a in articles}
    outlets: set[str] = set()
    dates: set[str] = set()
    simple = nx.Graph()
    for r in relations:
        art = by_id.get(r.evidence.article_id)
        for node in (r.subject, r.object):
            if node not in g:
                node_type = type_of_id(node) or ""
                name = art.title if (node_type == ARTICLE_TYPE and art and node == art.id) else node
                g.add_node(node, type=node_type, name=name, aliases=())
        published = (art.published or "") if art else ""
        publisher = (art.publisher or "") if art else ""
        if published:
            dates.add(published)
        if publisher:
            outlets.add(publisher)
        g.add_edge(
            r.subject, r.object, key=r.statement_id,
            predicate=r.predicate, title=r.title or "", sentence=r.evidence.sentence, start=r.evidence.start,
            article=r.evidence.article_id, article_title=(art.title if art else ""),
            published=published, publisher=publisher, url=((art.url or "") if art else ""),
        )
        if simple.has_edge(r.subject, r.object):
            simple[r.subject][r.object]["predicates"].add(r.predicate)
        else:
            simple.add_edge(r.subject, r.object, predicates={r.predicate})
    simple.add_nodes_from(g.nodes)
    return Projection(g, simple, tuple(sorted(outlets)), tuple(sorted(dates)))


def from_store(store: Store) -> Projection:
    return build(store.entities(), store.relations(), store.articles())
