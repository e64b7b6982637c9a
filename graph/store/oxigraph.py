"""The embedded default store: Oxigraph (SPARQL 1.1) in memory or in a directory on disk.

The RDF layout (one named graph per statement, one per article) is described in
:mod:`graph.rdf`. Every query runs with the default graph as the union of all graphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryTriples,
    Store,
    Triple,
    Variable,
)

from graph import ontology, rdf
from graph.errors import ReadOnlyViolation, StoreError, UnsupportedQuery
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.store.base import Row, Value
from queries import Query

Term = NamedNode | BlankNode | Literal | Triple

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"^\s*#.*$", re.MULTILINE)
_STORE_APPLIED = ("limit",)
"""Parameters the store applies itself (SPARQL cannot take LIMIT as a variable)."""


def _prefixes() -> dict[str, str]:
    return dict(ontology.load().namespaces) | {
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "data": ontology.load().data_base,
    }


class OxigraphStore:
    """A :class:`graph.store.base.Store` on pyoxigraph; ``location`` None means in memory."""

    dialects: frozenset[str] = frozenset({"sparql"})

    def __init__(self, location: str | Path | None = None) -> None:
        self.location = Path(location) if location else None
        try:
            if self.location is None:
                self._store = Store()
            else:
                self.location.mkdir(parents=True, exist_ok=True)
                self._store = Store(str(self.location))
        except OSError as exc:
            raise StoreError(
                f"cannot open the Oxigraph store at {self.location}: {exc}; "
                "is another sinergi process using it? Use --store oxigraph:OTHER_DIR or close it."
            ) from exc
        self._v = rdf.vocab()

    @property
    def oxigraph(self) -> Store:
        """The underlying pyoxigraph store (for exporters and benchmarks)."""
        return self._store

    # ---- writes -------------------------------------------------------------------------------

    def _graphs_of(self, article_id: str) -> list[NamedNode]:
        art = self._v.node(article_id)
        stmts = [q.subject for q in self._store.quads_for_pattern(None, self._v.p["derived_from"], art, art)]
        return [art, *(s for s in stmts if isinstance(s, NamedNode))]

    def _remove(self, article_id: str) -> bool:
        graphs = self._graphs_of(article_id)
        if not self._store.contains_named_graph(graphs[0]):
            return False
        for g in graphs:
            self._store.remove_graph(g)
        return True

    def write(self, graphs: Sequence[ArticleGraph]) -> None:
        latest: dict[str, ArticleGraph] = {}
        for g in graphs:
            latest[g.article.id] = g
        quads: list[Quad] = []
        for g in latest.values():
            quads.extend(rdf.graph_quads(g))
        for article_id in latest:
            self._remove(article_id)
        self._store.extend(quads)

    def bulk_write(self, graphs: Sequence[ArticleGraph]) -> None:
        """Like :meth:`write`, through the bulk loader (faster on disk, not transactional)."""
        for g in graphs:
            self._remove(g.article.id)
        self._store.bulk_extend(q for g in graphs for q in rdf.graph_quads(g))

    def delete_article(self, article_id: str) -> bool:
        return self._remove(article_id)

    # ---- reads --------------------------------------------------------------------------------

    def _select(self, text: str, subs: dict[str, Term] | None = None) -> Iterator[Row]:
        sv = {Variable(k): v for k, v in (subs or {}).items()}
        result = self._store.query(
            text, use_default_graph_as_union=True, substitutions=sv or None, prefixes=_prefixes()
        )
        if isinstance(result, QueryBoolean):
            yield {"result": bool(result)}
            return
        if isinstance(result, QueryTriples):
            for t in result:
                yield {"subject": rdf.to_value(t.subject), "predicate": rdf.to_value(t.predicate),
                       "object": rdf.to_value(t.object)}
            return
        names = [var.value for var in result.variables]
        for sol in result:
            yield {n: rdf.to_value(sol[n]) for n in names}

    def article(self, article_id: str) -> Article | None:
        rows = list(
            self._select(
                "SELECT ?a ?title ?text ?published ?publisher ?url WHERE { GRAPH ?a { ?a a schema:NewsArticle "
                "OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:articleBody ?text } "
                "OPTIONAL { ?a schema:datePublished ?published } OPTIONAL { ?a schema:publisher ?publisher } "
                "OPTIONAL { ?a schema:url ?url } } }",
                {"a": self._v.node(article_id)},
            )
        )
        if not rows:
            return None
        r = rows[0]
        return Article(
            id=article_id,
            title=str(r["title"] or ""),
            text=str(r["text"] or ""),
            published=_opt(r["published"]),
            publisher=_opt(r["publisher"]),
            url=_opt(r["url"]),
        )

    def articles(self) -> Iterator[Article]:
        ids = [
            str(r["a"])
            for r in self._select("SELECT DISTINCT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } } ORDER BY ?a")
        ]
        for a in ids:
            art = self.article(a)
            if art is not None:
                yield art

    def entity(self, entity_id: str) -> Entity | None:
        node = self._v.node(entity_id)
        etype: str | None = None
        labels: Counter[str] = Counter()
        aliases: set[str] = set()
        attrs: dict[str, str] = {}
        mentioned = False
        for q in self._store.quads_for_pattern(node, None, None, None):
            p, o = q.predicate.value, q.object
            if p == rdf.RDF_TYPE and isinstance(o, NamedNode):
                etype = self._v.type_name.get(o.value, etype)
            elif p == self._v.p["label"].value and isinstance(o, Literal):
                labels[o.value] += 1
            elif p == self._v.p["alias"].value and isinstance(o, Literal):
                aliases.add(o.value)
            elif p == self._v.p["mentioned_in"].value:
                mentioned = True
            elif isinstance(o, Literal):
                key = self._v.attr_key(p)
                if key is not None:
                    attrs[key] = o.value
        if etype is None or etype == "Article" or not (mentioned or labels):
            return None
        name = min(labels, key=lambda n: (-labels[n], n)) if labels else entity_id.split("/", 1)[-1]
        aliases |= {n for n in labels if n != name}
        aliases.discard(name)
        return Entity(id=entity_id, type=etype, name=name, aliases=aliases, attrs=attrs)

    def entities(self) -> Iterator[Entity]:
        ids = sorted(
            {
                v
                for q in self._store.quads_for_pattern(None, self._v.p["mentioned_in"], None, None)
                if isinstance(q.subject, NamedNode) and (v := self._v.id_of(q.subject.value)) is not None
            }
        )
        for i in ids:
            e = self.entity(i)
            if e is not None:
                yield e

    def relations(self, entity_id: str | None = None) -> Iterator[Relation]:
        touching = "" if entity_id is None else "FILTER(?s = ?e || ?o = ?e)"
        head = "SELECT ?s ?p ?o ?a ?sentence ?start ?end ?extractor ?confidence ?title"
        body = (
            " WHERE { ?st sin:subject ?s ; sin:predicate ?p ; sin:object ?o ; prov:wasDerivedFrom ?a ;"
            " sin:sentence ?sentence ; sin:start ?start ; sin:end ?end ; sin:extractor ?extractor ;"
            f" sin:confidence ?confidence . OPTIONAL {{ ?st sin:title ?title }} {touching} }}"
            " ORDER BY ?a ?start ?s ?p ?o ?title"
        )
        if entity_id is None:
            rows = self._select(head + body)
        else:
            rows = self._select(head + " ?e" + body, {"e": self._v.node(entity_id)})
        for r in rows:
            yield Relation(
                subject=str(r["s"]),
                predicate=str(r["p"]),
                object=str(r["o"]),
                evidence=Evidence(
                    article_id=str(r["a"]),
                    sentence=str(r["sentence"]),
                    start=int(r["start"] or 0),
                    end=int(r["end"] or 0),
                    extractor=str(r["extractor"]),
                    confidence=float(r["confidence"] or 0.0),
                ),
                title=_opt(r["title"]),
            )

    def run(self, query: Query, params: Mapping[str, Value] | None = None) -> list[Row]:
        if query.dialect != "sparql":
            raise UnsupportedQuery(
                f"the Oxigraph store runs SPARQL, not {query.dialect}; use --store neo4j://… for Cypher"
            )
        if _UPDATE.match(_COMMENT.sub("", query.text)):
            raise ReadOnlyViolation(
                f"query {query.name!r} is a SPARQL Update; queries are read-only (load data with sinergi load)"
            )
        bound = query.bind(dict(params or {}))
        types = {p.name: p.type for p in query.params}
        subs: dict[str, Term] = {}
        for name, val in bound.items():
            if name in _STORE_APPLIED or val is None:
                continue
            subs[name] = self._v.node(str(val)) if types[name] == "id" else rdf.literal(val)
        limit = bound.get("limit") if "limit" in types else None
        try:
            rows_iter = self._select(query.text, subs)
            out: list[Row] = []
            for row in rows_iter:
                for name in subs:
                    row.pop(name, None)
                out.append(row)
                if isinstance(limit, int) and len(out) >= limit:
                    break
        except SyntaxError as exc:
            raise UnsupportedQuery(f"SPARQL syntax error in {query.path or query.name}: {exc}") from exc
        except RuntimeError as exc:
            raise UnsupportedQuery(
                f"query {query.path or query.name} failed: {exc} (a parameter must be projected in SELECT "
                "so the engine can substitute it)"
            ) from exc
        return out

    def counts(self) -> dict[str, int]:
        v = self._v
        out: dict[str, int] = {"articles": 0, "entities": 0, "relations": 0}
        out["articles"] = len(
            list(self._select("SELECT DISTINCT ?a WHERE { GRAPH ?a { ?a a schema:NewsArticle } }"))
        )
        type_rows = self._select(
            "SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e sin:mentionedIn ?a ; a ?t } GROUP BY ?t"
        )
        per_type = {str(r["t"]): int(r["n"] or 0) for r in type_rows}
        for name in v.type_iri:
            if name != "Article":
                out[name] = per_type.get(name, 0)
                out["entities"] += out[name]
        pred_rows = self._select(
            "SELECT ?p (COUNT(?st) AS ?n) WHERE { ?st a sin:Statement ; sin:predicate ?p } GROUP BY ?p"
        )
        per_pred = {str(r["p"]): int(r["n"] or 0) for r in pred_rows}
        for name in v.predicate_iri:
            out[name] = per_pred.get(name, 0)
            out["relations"] += out[name]
        return out

    def quad_count(self) -> int:
        return len(self._store)

    def close(self) -> None:
        """Flush and release the directory lock so the store can be reopened in this process."""
        if self.location is not None and hasattr(self, "_store"):
            self._store.flush()
        if hasattr(self, "_store"):
            del self._store


def _opt(value: Value) -> str | None:
    return None if value is None or value == "" else str(value)
