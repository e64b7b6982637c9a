"""The embedded default store: Oxigraph (SPARQL 1.1) in memory or in a directory on disk.

The RDF layout (one named graph per statement, one per article) is described in
:mod:`graph.rdf`. Every query runs with the default graph as the union of all graphs.
"""

from __future__ import annotations

import os
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QuerySolutions,
    QueryTriples,
    Store,
    Triple,
    Variable,
)

from graph import ontology, rdf
from graph.errors import QueryTimeout, ReadOnlyViolation, StoreError, UnsupportedQuery
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.store.base import Row, Value
from queries import Query

Term = NamedNode | BlankNode | Literal | Triple
_T = TypeVar("_T")

_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"^\s*#.*$", re.MULTILINE)
_STATEMENT = (("sin:subject", "?s"), ("sin:predicate", "?p"), ("sin:object", "?o"), ("prov:wasDerivedFrom", "?a"),
              ("sin:sentence", "?sentence"), ("sin:start", "?start"), ("sin:end", "?end"),
              ("sin:extractor", "?extractor"), ("sin:confidence", "?confidence"))
"""The facts every statement ``?st`` has (besides the optional ``sin:title``)."""
_FACTS = "?st " + " ; ".join(f"{pred} {var}" for pred, var in _STATEMENT) + " ."
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
        self._stmt_base = self._v.data_base + "stmt/"
        self.generation = 0
        """Bumped by every write and delete: a cheap key for caches built from this store."""

    # ---- content token (for caches that outlive the process) ----------------------------------

    @property
    def cache_dir(self) -> Path | None:
        """``<store dir>.sinergi-cache``: where caches derived from an on-disk store live (None in memory)."""
        return None if self.location is None else self.location.with_name(self.location.name + ".sinergi-cache")

    def content_token(self) -> str | None:
        """A random token that changes whenever this store's content changes (None in memory).

        Kept in :attr:`cache_dir`: removed before every write or delete and renewed after it, so a
        write that fails half-way leaves no token, and a store without one (new, or written by a
        version that kept none) gets a fresh one — either way a cache keyed on it is rebuilt.
        """
        if self.cache_dir is None:
            return None
        path = self.cache_dir / "token"
        try:
            return path.read_text(encoding="ascii").strip() or self._renew_token()
        except FileNotFoundError:
            return self._renew_token()

    def _renew_token(self) -> str | None:
        if self.cache_dir is None:
            return None
        token = uuid.uuid4().hex
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_dir / f"token.{os.getpid()}"
        tmp.write_text(token, encoding="ascii")
        os.replace(tmp, self.cache_dir / "token")
        return token

    def _drop_token(self) -> None:
        if self.cache_dir is not None:
            (self.cache_dir / "token").unlink(missing_ok=True)

    @property
    def oxigraph(self) -> Store:
        """The underlying pyoxigraph store (for exporters and benchmarks)."""
        return self._store

    # ---- writes -------------------------------------------------------------------------------

    def _graphs_of(self, article_id: str) -> list[NamedNode]:
        art = self._v.node(article_id)
        stmts = [q.subject for q in self._store.quads_for_pattern(None, self._v.p["derived_from"], art, art)]
        return [art, *(s for s in stmts if isinstance(s, NamedNode))]

    def _mentioned(self, article_id: str) -> set[NamedNode]:
        art = self._v.node(article_id)
        return {q.subject for q in self._store.quads_for_pattern(None, self._v.p["mentioned_in"], art, art)
                if isinstance(q.subject, NamedNode)}

    def _remove(self, article_id: str) -> bool:
        graphs = self._graphs_of(article_id)
        if not self._store.contains_named_graph(graphs[0]):
            return False
        for g in graphs:
            self._store.remove_graph(g)
        return True

    def _refresh_cards(self, nodes: set[NamedNode], graphs: Sequence[ArticleGraph] = ()) -> None:
        """Recompute the entity card graph of every node from the article graphs that mention it.

        Only the card's predicates are read (one index lookup each), so the cost follows the
        number of mentions, not the number of statements about the entity.
        """
        v = self._v
        core = (v.rdf_type, v.p["label"], v.p["alias"])
        new_attrs: dict[NamedNode, set[NamedNode]] = {}
        for g in graphs:
            for e in g.entities:
                if e.attrs:
                    new_attrs.setdefault(v.node(e.id), set()).update(v.attr_iri(k) for k in e.attrs)
        quads: list[Quad] = []
        for node in nodes:
            old = {q.predicate for q in self._store.quads_for_pattern(node, None, None, node)}
            self._store.remove_graph(node)
            facts: list[tuple[NamedNode, rdf.Term]] = []
            for p in (*core, *sorted((old - set(core)) | new_attrs.get(node, set()), key=str)):
                facts.extend((p, q.object) for q in self._store.quads_for_pattern(node, p, None, None)
                             if q.graph_name != node)
            quads.extend(rdf.card_quads(node, facts))
        self._store.extend(quads)

    def _is_statement_graph(self, g: NamedNode) -> bool:
        return g.value.startswith(self._stmt_base)

    def _card_covers(self, node: NamedNode, facts: list[tuple[NamedNode, rdf.Term]]) -> bool:
        """True when adding these facts cannot change the card: each is already its winner.

        A card keeps the most common name/type/attribute value and the union of aliases; one more
        mention that repeats the winners and known aliases leaves it as it is.
        """
        card = {(q.predicate, q.object) for q in self._store.quads_for_pattern(node, None, None, node)}
        if not card:
            return False
        label, alias = self._v.p["label"], self._v.p["alias"]
        for p, o in facts:
            if p == self._v.p["mentioned_in"]:
                continue
            if p == alias and ((alias, o) in card or (label, o) in card):
                continue
            if (p, o) not in card:
                return False
        return True

    def _replace(self, graphs: Sequence[ArticleGraph], bulk: bool) -> None:
        self.generation += 1
        self._drop_token()
        latest: dict[str, ArticleGraph] = {}
        for g in graphs:
            latest[g.article.id] = g
        quads: list[Quad] = []
        new_facts: rdf.Facts = {}
        for g in latest.values():
            g_quads, g_facts = rdf.article_quads(g)
            quads.extend(g_quads)
            for node, facts in g_facts.items():
                new_facts.setdefault(node, []).extend(facts)
        touched: set[NamedNode] = set()
        for article_id in latest:
            touched |= self._mentioned(article_id)
            self._remove(article_id)
        if bulk:
            self._store.bulk_extend(quads)
        else:
            self._store.extend(quads)
        for node, facts in new_facts.items():
            if node not in touched and not self._card_covers(node, facts):
                touched.add(node)
        self._refresh_cards(touched, list(latest.values()))
        self._renew_token()

    def write(self, graphs: Sequence[ArticleGraph]) -> None:
        self._replace(graphs, bulk=False)

    def bulk_write(self, graphs: Sequence[ArticleGraph]) -> None:
        """Like :meth:`write`, through the bulk loader (faster on disk, not transactional)."""
        self._replace(graphs, bulk=True)

    def delete_article(self, article_id: str) -> bool:
        self.generation += 1
        self._drop_token()
        touched = self._mentioned(article_id)
        removed = self._remove(article_id)
        self._refresh_cards(touched)
        self._renew_token()
        return removed

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
        """Every article in id order, from one query (the columns of :meth:`article`).

        Each optional column is scanned once and joined by hash (one index lookup per article
        and column costs 20 µs each on disk).
        """
        columns = " ".join(
            f"OPTIONAL {{ SELECT ?a ?{var} WHERE {{ GRAPH ?a {{ ?a {pred} ?{var} }} }} }}"
            for var, pred in (("title", "schema:headline"), ("text", "schema:articleBody"),
                              ("published", "schema:datePublished"), ("publisher", "schema:publisher"),
                              ("url", "schema:url"))
        )
        result = self._store.query(
            f"SELECT ?a ?title ?text ?published ?publisher ?url WHERE {{ GRAPH ?a {{ ?a a schema:NewsArticle }} "
            f"{columns} }}",
            prefixes=_prefixes(),
        )
        assert isinstance(result, QuerySolutions)
        first: dict[str, tuple[Term | None, ...]] = {}
        for a, *cols in result:
            if isinstance(a, NamedNode):
                first.setdefault(a.value, tuple(cols))  # one row per article unless a column repeats
        for iri in sorted(first):
            article_id = self._v.id_of(iri)
            if article_id is None:
                continue
            title, text, published, publisher, url = (rdf.to_value(t) for t in first[iri])
            yield Article(id=article_id, title=str(title or ""), text=str(text or ""), published=_opt(published),
                          publisher=_opt(publisher), url=_opt(url))

    def entity(self, entity_id: str) -> Entity | None:
        node = self._v.node(entity_id)
        return self._entity(entity_id, ((q.predicate, q.object)
                                        for q in self._store.quads_for_pattern(node, None, None, node)))

    def _entity(self, entity_id: str, card: Iterable[tuple[Term, Term]]) -> Entity | None:
        """The entity of a card graph from its ``(predicate, object)`` pairs."""
        etype: str | None = None
        name = ""
        aliases: set[str] = set()
        attrs: dict[str, str] = {}
        label, alias = self._v.p["label"].value, self._v.p["alias"].value
        for pred, o in card:
            p = pred.value if isinstance(pred, NamedNode) else ""
            if p == rdf.RDF_TYPE and isinstance(o, NamedNode):
                etype = self._v.type_name.get(o.value)
            elif p == label and isinstance(o, Literal):
                name = o.value
            elif p == alias and isinstance(o, Literal):
                aliases.add(o.value)
            elif isinstance(o, Literal):
                key = self._v.attr_key(p)
                if key is not None:
                    attrs[key] = o.value
        if etype is None or etype == "Article":
            return None
        return Entity(id=entity_id, type=etype, name=name or entity_id.split("/", 1)[-1], aliases=aliases,
                      attrs=attrs)

    def entities(self) -> Iterator[Entity]:
        """Every entity in id order, from one query over all card graphs (not one read per entity).

        A card is a graph named like its subject holding an ``rdf:type``; article graphs have that
        shape too and are left out by type (reading them would decode every article body).
        """
        cards: dict[str, list[tuple[Term, Term]]] = {}
        result = self._store.query(
            "SELECT ?e ?p ?o WHERE { GRAPH ?e { ?e a ?t } FILTER(isIRI(?e) && ?t != schema:NewsArticle) "
            "GRAPH ?e { ?e ?p ?o } }",
            prefixes=_prefixes(),
        )
        assert isinstance(result, QuerySolutions)
        for e, p, o in result:
            if isinstance(e, NamedNode):
                cards.setdefault(e.value, []).append((p, o))
        ids = sorted((entity_id, iri) for iri in cards if (entity_id := self._v.id_of(iri)) is not None)
        for entity_id, iri in ids:
            e = self._entity(entity_id, cards[iri])
            if e is not None:
                yield e

    def relations(self, entity_id: str | None = None) -> Iterator[Relation]:
        """Relations in the order of article, evidence start, subject, predicate, object and title.

        (IRIs compare as strings, a missing title first.)
        """
        if entity_id is None:
            yield from self._all_relations()
            return
        tail = " OPTIONAL { ?st sin:title ?title } } ORDER BY ?a ?start ?s ?p ?o ?title"
        head = "SELECT DISTINCT ?s ?p ?o ?a ?sentence ?start ?end ?extractor ?confidence ?title"
        # one branch per end, each starting from the bound entity (no scan of all statements)
        out_facts = _FACTS.replace("sin:subject ?s", "sin:subject ?e") + " BIND(?e AS ?s)"
        # the bound end goes first: Oxigraph's planner keeps the textual order of a star pattern
        in_facts = ("?st sin:object ?e ;" + _FACTS[len("?st"):].replace(" sin:object ?o ;", "")
                    + " BIND(?e AS ?o)")
        text = f"{head} ?e WHERE {{ {{ {out_facts} }} UNION {{ {in_facts} }}{tail}"
        for r in self._select(text, {"e": self._v.node(entity_id)}):
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

    def _all_relations(self) -> list[Relation]:
        """All relations from one query without ORDER BY, sorted here (see :meth:`relations`).

        In memory the statement facts are joined by index lookups (a star pattern). On disk every
        lookup opens a RocksDB iterator (~20 µs: 15–20 s for the joins alone at 100k statements),
        so each fact is scanned once in a subquery and the scans are hash-joined. ORDER BY in the
        engine costs more than the query itself; the sort key here comes from the terms of the row.
        """
        if self.location is None:
            where = f"{_FACTS} OPTIONAL {{ ?st sin:title ?title }}"
        else:
            where = " ".join(f"{{ SELECT ?st {var} WHERE {{ ?st {pred} {var} }} }}" for pred, var in _STATEMENT)
            where += " OPTIONAL { SELECT ?st ?title WHERE { ?st sin:title ?title } }"
        result = self._store.query(
            f"SELECT ?a ?start ?s ?p ?o ?title ?sentence ?end ?extractor ?confidence WHERE {{ {where} }}",
            use_default_graph_as_union=True, prefixes=_prefixes(),
        )
        assert isinstance(result, QuerySolutions)
        # Terms recur across rows (IRIs, offsets, extractors, scores; not sentences): convert each once.
        text = _Memo(lambda t: str(rdf.to_value(t)))
        count = _Memo(lambda t: int(rdf.to_value(t) or 0))
        score = _Memo(lambda t: float(rdf.to_value(t) or 0.0))
        label = _Memo(lambda t: _opt(rdf.to_value(t)))
        keyed: list[tuple[tuple[str, int, str, str, str, bool, str], Relation]] = []
        for a, start, s, p, o, title, sentence, end, extractor, confidence in result:
            rel = Relation(
                subject=text[s],
                predicate=text[p],
                object=text[o],
                evidence=Evidence(
                    article_id=text[a],
                    sentence=str(rdf.to_value(sentence)),
                    start=count[start],
                    end=count[end],
                    extractor=text[extractor],
                    confidence=score[confidence],
                ),
                title=None if title is None else label[title],
            )
            # ORDER BY ?a ?start ?s ?p ?o ?title: IRIs by their text, numbers by value, no title first
            keyed.append(((a.value, rel.evidence.start, s.value, p.value, o.value, title is not None,
                           "" if title is None else title.value), rel))
        keyed.sort(key=lambda kr: kr[0])
        return [rel for _, rel in keyed]

    def run(self, query: Query, params: Mapping[str, Value] | None = None, *, max_rows: int | None = None,
            timeout: float | None = None) -> list[Row]:
        if query.dialect != "sparql":
            raise UnsupportedQuery(
                f"the Oxigraph store runs SPARQL, not {query.dialect}; use --store neo4j://… for Cypher"
            )
        if _UPDATE.match(_COMMENT.sub("", query.text)):
            raise ReadOnlyViolation(
                f"query {query.name!r} is a SPARQL Update; queries are read-only (load data with sinergi load)"
            )
        if timeout is None:
            return self._rows(query, params, max_rows, threading.Event())
        # pyoxigraph releases the GIL while it evaluates, so a worker thread can be waited for with a
        # deadline; on timeout it is told to stop at its next row (a query that computes everything
        # before its first row finishes in the background and is then dropped).
        stop = threading.Event()
        outcome: list[list[Row] | BaseException] = []

        def work() -> None:
            try:
                outcome.append(self._rows(query, params, max_rows, stop))
            except BaseException as exc:  # handed to the caller's thread
                outcome.append(exc)

        worker = threading.Thread(target=work, name="sinergi-sparql", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive() or not outcome:
            stop.set()
            raise QueryTimeout(
                f"query {query.path or query.name} ran longer than {timeout:g} s and was stopped; "
                "narrow it (more specific patterns, a LIMIT) or raise the time limit"
            )
        result = outcome[0]
        if isinstance(result, BaseException):
            raise result
        return result

    def _rows(self, query: Query, params: Mapping[str, Value] | None, max_rows: int | None,
              stop: threading.Event) -> list[Row]:
        bound = query.bind(dict(params or {}))
        types = {p.name: p.type for p in query.params}
        subs: dict[str, Term] = {}
        for name, val in bound.items():
            if name in _STORE_APPLIED or val is None:
                continue
            subs[name] = self._v.node(str(val)) if types[name] == "id" else rdf.literal(val)
        limit = bound.get("limit") if "limit" in types else None
        caps = [c for c in (limit if isinstance(limit, int) else None, max_rows) if c is not None]
        cap = min(caps) if caps else None
        try:
            rows_iter = self._select(query.text, subs)
            out: list[Row] = []
            for row in rows_iter:
                if stop.is_set():
                    break
                for name in subs:
                    row.pop(name, None)
                out.append(row)
                if cap is not None and len(out) >= cap:
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
            "SELECT ?t (COUNT(?e) AS ?n) WHERE { GRAPH ?e { ?e a ?t } } GROUP BY ?t"
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


class _Memo(dict[Term, _T]):
    """A dict that fills itself: ``memo[term]`` converts ``term`` on first use only."""

    def __init__(self, convert: Callable[[Term], _T]) -> None:
        super().__init__()
        self._convert = convert

    def __missing__(self, term: Term) -> _T:
        value = self[term] = self._convert(term)
        return value


def _opt(value: Value) -> str | None:
    return None if value is None or value == "" else str(value)
