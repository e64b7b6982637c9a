"""Read any store back into per-article :class:`ArticleGraph` values, to copy it into another store.

Relations and articles come from the Store protocol. What each article said about an entity (its
label, aliases, date there) is read per article when the store speaks SPARQL (the RDF layout keeps
one named graph per article, see :mod:`graph.rdf`); any other store gives only the merged entity,
which is then repeated in every article that mentions it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph import ontology
from graph.model import Article, ArticleGraph, Entity, Relation, type_of_id
from graph.store.base import Store
from queries import Query

_FACTS = """
SELECT ?article ?entity ?p ?o WHERE {
  GRAPH ?article { ?entity sin:mentionedIn ?article ; ?p ?o . FILTER(isLiteral(?o)) }
}
"""


@dataclass
class _Said:
    type: str
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)

    def entities(self, entity_id: str) -> list[Entity]:
        """One Entity per label the article used (an entity no label named is left to the relations)."""
        return [Entity(entity_id, self.type, name, self.aliases - {name}, dict(self.attrs))
                for name in sorted(self.labels)]


def _sparql_mentions(store: Store) -> dict[str, dict[str, _Said]]:
    """article id → entity id → what that article said about the entity (SPARQL stores)."""
    onto = ontology.load()
    label, alias, date = onto.prov("label"), onto.prov("alias"), onto.prov("date")
    sin = onto.namespaces["sin"]
    out: dict[str, dict[str, _Said]] = defaultdict(dict)
    for row in store.run(Query("copy_mentions", "sparql", _FACTS)):
        article, entity, p, o = (str(row[k]) for k in ("article", "entity", "p", "o"))
        t = type_of_id(entity)
        if t is None or t == "Article":
            continue
        said = out[article].setdefault(entity, _Said(t))
        if p == label:
            said.labels.add(o)
        elif p == alias:
            said.aliases.add(o)
        elif p == date:
            said.attrs["date"] = o
        elif p.startswith(sin):
            said.attrs[p[len(sin):]] = o
    return out


def article_graphs(store: Store) -> Iterator[ArticleGraph]:
    """One ArticleGraph per article of ``store``, in article id order."""
    by_article: dict[str, list[Relation]] = defaultdict(list)
    for r in store.relations():
        by_article[r.evidence.article_id].append(r)
    mentions = _sparql_mentions(store) if "sparql" in store.dialects else None
    merged: dict[str, Entity | None] = {}
    for art in store.articles():
        rels = by_article.get(art.id, [])
        if mentions is not None:
            entities = [e for i, said in mentions.get(art.id, {}).items() for e in said.entities(i)]
        else:
            ids = sorted({i for r in rels for i in (r.subject, r.object) if i != art.id})
            for i in ids:
                if i not in merged:
                    merged[i] = store.entity(i)
            entities = [e for i in ids if (e := merged[i]) is not None]
        yield ArticleGraph(Article(art.id, art.title, art.text, art.published, art.publisher, art.url),
                           sorted(entities, key=lambda e: (e.id, e.name)), rels)
