"""Neo4j through the official driver: the same Store protocol, answered with Cypher.

Layout and schema: :mod:`graph.neo4j_schema`. Writes validate everything first
(:mod:`graph.store.neo4j_rows`), then replace each article inside ONE transaction: delete the
article's statements and mentions, MERGE the new ones in ``UNWIND`` batches, and recompute the
merged name/aliases of every entity touched (deleting those no article mentions any more).
Values always travel as parameters; labels and types are spliced only from the ontology.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j import GraphDatabase, ManagedTransaction, RoutingControl
from neo4j import exceptions as nx

from graph import ontology
from graph.errors import QueryTimeout, ReadOnlyViolation, SinergiError, StoreError, UnsupportedQuery
from graph.model import Article, ArticleGraph, Entity, Evidence, Relation
from graph.neo4j_schema import (
    ARTICLE_LABEL,
    ENTITY_LABEL,
    MENTIONED_IN,
    names,
    obsolete_indexes,
    safe_name,
    schema_statements,
)
from graph.store.base import Row, Value
from graph.store.neo4j_rows import NODE_KEYS, WritePlan, entity_props, plan_write
from queries import QUERY_DIR, Query

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_DATABASE = "neo4j"

_WRITE_CLAUSE = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|IN\s+TRANSACTIONS|ALTER|GRANT|DENY|REVOKE)\b",
    re.IGNORECASE,
)
_STRIP = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`|//[^\n]*|/\*[\s\S]*?\*/')


def write_clauses(text: str) -> list[str]:
    """Write clauses a Cypher text contains (strings, identifiers in backticks and comments ignored)."""
    return sorted({" ".join(m.group(1).upper().split()) for m in _WRITE_CLAUSE.finditer(_STRIP.sub(" ", text))})


def redact(uri: str) -> str:
    """The URI without any user:password part, for messages."""
    parts = urlsplit(uri)
    if parts.username is None and parts.password is None:
        return uri
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def to_value(v: Any) -> Value:
    """A driver value as a plain Python scalar (nodes become their id, collections JSON)."""
    if v is None or isinstance(v, (str, bool, int, float)):
        return v
    if isinstance(v, neo4j.graph.Node):
        return str(v.get("id", v.element_id))
    if isinstance(v, neo4j.graph.Relationship):
        return str(v.get("sid", v.element_id))
    if isinstance(v, neo4j.graph.Path):
        return " - ".join(str(n.get("id", n.element_id)) for n in v.nodes)
    if isinstance(v, (list, tuple)):
        return json.dumps([to_value(x) for x in v], ensure_ascii=False)
    if isinstance(v, dict):
        return json.dumps({str(k): to_value(x) for k, x in v.items()}, ensure_ascii=False)
    if hasattr(v, "iso_format"):
        return str(v.iso_format())
    return str(v)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


class Neo4jStore:
    """A :class:`graph.store.base.Store` on a Neo4j 5 server (Bolt)."""

    dialects: frozenset[str] = frozenset({"cypher"})

    def __init__(self, uri: str = DEFAULT_URI, user: str | None = None, password: str | None = None,
                 database: str = DEFAULT_DATABASE) -> None:
        parts = urlsplit(uri)
        if parts.username and user is None:
            user, password = parts.username, parts.password
        self.uri = redact(uri)
        self.user = user
        self.database = database
        auth = (user or "neo4j", password) if password is not None else None
        with self._errors():
            try:
                self._driver = GraphDatabase.driver(
                    self.uri, auth=auth, notifications_min_severity="OFF", connection_timeout=5.0,
                    connection_acquisition_timeout=10.0, max_transaction_retry_time=5.0,
                )
            except ValueError as exc:
                raise StoreError(f"bad Neo4j URI {self.uri!r} ({_one_line(str(exc))}): check NEO4J_URI, "
                                 "e.g. bolt://127.0.0.1:7687") from None
            try:
                self._driver.verify_connectivity()
                self.ensure_schema()
            except BaseException:
                self._driver.close()
                raise

    @classmethod
    def from_env(cls, url: str | None = None) -> Neo4jStore:
        """Connect using ``url`` (or ``NEO4J_URI``, default bolt://127.0.0.1:7687), ``NEO4J_USER``
        (default neo4j), ``NEO4J_PASSWORD`` (unset: no authentication) and ``NEO4J_DATABASE``."""
        if not url or not urlsplit(url).netloc:
            url = os.environ.get("NEO4J_URI") or DEFAULT_URI
        return cls(url, os.environ.get("NEO4J_USER"), os.environ.get("NEO4J_PASSWORD"),
                   os.environ.get("NEO4J_DATABASE") or DEFAULT_DATABASE)

    # ---- plumbing -----------------------------------------------------------------------------

    @contextmanager
    def _errors(self, query_name: str | None = None) -> Iterator[None]:
        """Turn driver exceptions into one-line Sinergi errors that say what to check."""
        try:
            yield
        except SinergiError:
            raise
        except nx.AuthError:
            raise StoreError(f"Neo4j at {self.uri} rejected the credentials of user {self.user or 'neo4j'!r}: "
                             "check NEO4J_USER and NEO4J_PASSWORD") from None
        except (nx.ServiceUnavailable, nx.SessionExpired):
            raise StoreError(f"cannot reach Neo4j at {self.uri}: check NEO4J_URI and that the server runs "
                             "(scripts/neo4j.sh start)") from None
        except nx.Neo4jError as exc:
            code = exc.code or ""
            msg = _one_line(exc.message or str(exc))
            if code.endswith("DatabaseNotFound"):
                raise StoreError(f"Neo4j at {self.uri} has no database {self.database!r}: check NEO4J_DATABASE "
                                 "(Community edition serves only 'neo4j')") from None
            if "TransactionTimedOut" in code:
                raise QueryTimeout(f"query {query_name or 'raw'!r} ran longer than its time limit and was stopped "
                                   "by Neo4j; narrow it (more specific patterns, a LIMIT) or raise the limit") from None
            if code.endswith("Statement.AccessMode"):
                raise ReadOnlyViolation(f"query {query_name or 'raw'!r} writes, and queries are read-only: {msg}") from None
            if code.startswith("Neo.ClientError.Security"):
                raise StoreError(f"Neo4j at {self.uri} refused access ({msg}): check NEO4J_USER and NEO4J_PASSWORD") from None
            if query_name is not None and code.startswith("Neo.ClientError"):
                raise UnsupportedQuery(f"Cypher query {query_name} failed: {msg}") from None
            raise StoreError(f"Neo4j at {self.uri} failed: {msg}") from None
        except nx.DriverError as exc:
            raise StoreError(f"Neo4j driver error talking to {self.uri}: {_one_line(str(exc))}; check NEO4J_URI") from None

    def _read(self, text: str, **params: Any) -> list[dict[str, Any]]:
        with self._errors():
            records, _, _ = self._driver.execute_query(
                text, parameters_=params, database_=self.database, routing_=RoutingControl.READ)
        return [r.data() for r in records]

    @property
    def driver(self) -> neo4j.Driver:
        """The underlying driver (benchmarks and the CLI's --allow-write path)."""
        return self._driver

    def ensure_schema(self) -> None:
        """Create the ontology-derived constraints and indexes that are missing, and wait for them."""
        with self._errors():
            have = {r["name"] for r in self._driver.execute_query(
                "SHOW INDEXES YIELD name RETURN name", database_=self.database, routing_=RoutingControl.READ
            ).records}
            for name in obsolete_indexes():
                if name in have:
                    self._driver.execute_query(f"DROP INDEX {safe_name(name)} IF EXISTS", database_=self.database)
            missing = [stmt for name, stmt in schema_statements() if name not in have]
            for stmt in missing:
                self._driver.execute_query(stmt, database_=self.database)
            if missing:
                self._driver.execute_query("CALL db.awaitIndexes(300)", database_=self.database)

    # ---- writes -------------------------------------------------------------------------------

    def write(self, graphs: Sequence[ArticleGraph]) -> None:
        if not graphs:
            return
        plan = plan_write(graphs)
        with self._errors(), self._driver.session(database=self.database) as session:
            session.execute_write(_write_tx, plan)

    def delete_article(self, article_id: str) -> bool:
        with self._errors(), self._driver.session(database=self.database) as session:
            return bool(session.execute_write(_delete_tx, article_id))

    def clear(self) -> None:
        """Delete every node and relationship (tests, benchmarks); the schema stays."""
        with self._errors(), self._driver.session(database=self.database) as session:
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    # ---- reads --------------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        rows = self._read(f"MATCH (a:{ARTICLE_LABEL} {{id: $id}}) RETURN a {{.*}} AS a", id=article_id)
        return _article(rows[0]["a"]) if rows else None

    def articles(self) -> Iterator[Article]:
        for r in self._read(f"MATCH (a:{ARTICLE_LABEL}) RETURN a {{.*}} AS a ORDER BY a.id"):
            yield _article(r["a"])

    def entity(self, entity_id: str) -> Entity | None:
        rows = self._read(
            f"MATCH (e:{ENTITY_LABEL} {{id: $id}}) RETURN e {{.*}} AS e, labels(e) AS labels", id=entity_id)
        return _entity(rows[0]) if rows else None

    def entities(self) -> Iterator[Entity]:
        for r in self._read(f"MATCH (e:{ENTITY_LABEL}) RETURN e {{.*}} AS e, labels(e) AS labels ORDER BY e.id"):
            yield _entity(r)

    def relations(self, entity_id: str | None = None) -> Iterator[Relation]:
        types = sorted(names().rel_types.values())
        ret = ("RETURN DISTINCT startNode(r).id AS s, type(r) AS t, endNode(r).id AS o, r {.*} AS p "
               "ORDER BY p.article_id, p.start, s, p.iri, o, p.title IS NOT NULL, p.title")
        if entity_id is None:
            rows = self._read(f"MATCH ()-[r]->() WHERE type(r) IN $types {ret}", types=types)
        else:
            rows = self._read(f"MATCH (:{ENTITY_LABEL} {{id: $id}})-[r]-() WHERE type(r) IN $types {ret}", types=types, id=entity_id)
        pred = names().predicate_of_type
        for r in rows:
            p = r["p"]
            yield Relation(
                subject=r["s"], predicate=pred[r["t"]], object=r["o"], title=p.get("title"),
                evidence=Evidence(p["article_id"], p["sentence"], int(p["start"]), int(p["end"]),
                                  p["extractor"], float(p["confidence"])))

    def run(self, query: Query, params: Mapping[str, Value] | None = None, *, max_rows: int | None = None,
            timeout: float | None = None) -> list[Row]:
        if query.dialect != "cypher":
            raise UnsupportedQuery(
                f"the Neo4j store runs Cypher, not {query.dialect}; use the embedded store (oxigraph:PATH) for SPARQL")
        clauses = write_clauses(query.text)
        if clauses:
            raise ReadOnlyViolation(
                f"query {query.name!r} contains write clause(s) {', '.join(clauses)}; queries are read-only "
                "(load data with sinergi load --to neo4j)")
        if max_rows is None and timeout is None:
            return self.execute(query, params, write=False)
        return self._stream(query, params, max_rows, timeout)

    def _stream(self, query: Query, params: Mapping[str, Value] | None, max_rows: int | None,
                timeout: float | None) -> list[Row]:
        """A read in a READ session with a server-side transaction timeout, reading at most ``max_rows``."""
        canned = query.path is not None and query.path.parent == QUERY_DIR
        bound = query.bind(dict(params or {})) if query.params or canned else dict(params or {})
        rows: list[Row] = []
        with self._errors(str(query.path or query.name)), self._driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS) as session:
            result = session.run(neo4j.Query(query.text, timeout=timeout), bound)
            for record in result:
                rows.append({str(k): to_value(record[k]) for k in record.keys()})
                if max_rows is not None and len(rows) >= max_rows:
                    break
        return rows

    def execute(self, query: Query, params: Mapping[str, Value] | None = None, write: bool = False) -> list[Row]:
        """Run Cypher with bound parameters; ``write=False`` uses READ access, so the server refuses writes."""
        canned = query.path is not None and query.path.parent == QUERY_DIR
        bound = query.bind(dict(params or {})) if query.params or canned else dict(params or {})
        name = str(query.path or query.name)
        with self._errors(name):
            records, _, _ = self._driver.execute_query(
                query.text, parameters_=bound, database_=self.database,
                routing_=RoutingControl.WRITE if write else RoutingControl.READ)
        return [{str(k): to_value(r[k]) for k in r.keys()} for r in records]

    def counts(self) -> dict[str, int]:
        nm = names()
        parts = [f"MATCH (n:{ARTICLE_LABEL}) WITH count(n) AS c RETURN 'articles' AS k, c"]
        parts += [f"MATCH (n:{label}) WITH count(n) AS c RETURN '{t}' AS k, c" for t, label in nm.entity_labels.items()]
        parts += [f"MATCH ()-[r:{rel}]->() WITH count(r) AS c RETURN '{p}' AS k, c" for p, rel in nm.rel_types.items()]
        got = {r["k"]: int(r["c"]) for r in self._read(" UNION ALL ".join(parts))}
        out = {"articles": got["articles"], "entities": 0, "relations": 0}
        for t in nm.entity_labels:
            out[t] = got.get(t, 0)
            out["entities"] += out[t]
        for p in nm.rel_types:
            out[p] = got.get(p, 0)
            out["relations"] += out[p]
        return out

    def close(self) -> None:
        if hasattr(self, "_driver"):
            self._driver.close()


# ---- transaction functions (retried as a whole by the driver) -----------------------------------


def _delete_old(tx: ManagedTransaction, article_ids: list[str]) -> set[str]:
    """Remove the statements and mentions of these articles; return the entity ids they touched."""
    present = [r["id"] for r in tx.run(
        f"UNWIND $ids AS id MATCH (a:{ARTICLE_LABEL} {{id: id}}) RETURN a.id AS id", ids=article_ids)]
    if not present:
        return set()
    for rel in names().rel_types.values():
        # the hint keeps a plan cached while the type was still empty from scanning forever after
        tx.run(f"UNWIND $ids AS id MATCH ()-[r:{rel}]->() USING INDEX r:{rel}(article_id) "
               "WHERE r.article_id = id DELETE r", ids=present)
    result = tx.run(
        f"UNWIND $ids AS id MATCH (:{ARTICLE_LABEL} {{id: id}})<-[m:{MENTIONED_IN}]-(e:{ENTITY_LABEL}) "
        "DELETE m RETURN DISTINCT e.id AS id", ids=present)
    return {r["id"] for r in result}


def _refresh_entities(tx: ManagedTransaction, entity_ids: set[str]) -> None:
    """Recompute merged properties; delete entities that no article mentions any more."""
    if not entity_ids:
        return
    rows = tx.run(
        f"UNWIND $ids AS id MATCH (e:{ENTITY_LABEL} {{id: id}}) "
        f"OPTIONAL MATCH (e)-[m:{MENTIONED_IN}]->() "
        "RETURN id, collect(properties(m)) AS ms", ids=sorted(entity_ids)).data()
    orphans = [r["id"] for r in rows if not r["ms"]]
    updates = [{"id": r["id"], "props": entity_props(r["id"], r["ms"])} for r in rows if r["ms"]]
    if orphans:
        tx.run(f"UNWIND $ids AS id MATCH (e:{ENTITY_LABEL} {{id: id}}) DETACH DELETE e", ids=orphans)
    if updates:
        tx.run(f"UNWIND $rows AS row MATCH (e:{ENTITY_LABEL} {{id: row.id}}) SET e = row.props", rows=updates)


def _write_tx(tx: ManagedTransaction, plan: WritePlan) -> None:
    touched = _delete_old(tx, plan.article_ids)
    tx.run(f"UNWIND $rows AS row MERGE (a:{ARTICLE_LABEL} {{id: row.id}}) SET a = row", rows=plan.articles)
    for label, ids in plan.entities.items():
        tx.run(f"UNWIND $ids AS id MERGE (e:{ENTITY_LABEL} {{id: id}}) ON CREATE SET e:{label}",
               ids=ids)
    tx.run(f"UNWIND $rows AS row MATCH (e:{ENTITY_LABEL} {{id: row.entity}}), (a:{ARTICLE_LABEL} {{id: row.article}}) "
           f"CREATE (e)-[m:{MENTIONED_IN}]->(a) SET m = row.props", rows=plan.mentions)
    for (rel, from_article), rows in plan.statements.items():
        start = ARTICLE_LABEL if from_article else ENTITY_LABEL
        # sid as a plain row field, so MERGE expands from s to o instead of scanning the sid index
        tx.run(f"UNWIND $rows AS row MATCH (s:{start} {{id: row.s}}) MATCH (o:{ENTITY_LABEL} {{id: row.o}}) "
               f"MERGE (s)-[r:{rel} {{sid: row.sid}}]->(o) SET r = row.props", rows=rows)
    _refresh_entities(tx, touched | set(plan.entity_ids))


def _delete_tx(tx: ManagedTransaction, article_id: str) -> bool:
    exists = tx.run(f"MATCH (a:{ARTICLE_LABEL} {{id: $id}}) RETURN count(a) AS n", id=article_id).single()
    if not exists or not exists["n"]:
        return False
    touched = _delete_old(tx, [article_id])
    tx.run(f"MATCH (a:{ARTICLE_LABEL} {{id: $id}}) DETACH DELETE a", id=article_id)
    _refresh_entities(tx, touched)
    return True


# ---- conversions --------------------------------------------------------------------------------


def _article(p: dict[str, Any]) -> Article:
    return Article(id=p["id"], title=p.get("title") or "", text=p.get("text") or "",
                   published=p.get("published"), publisher=p.get("publisher"), url=p.get("url"))


def _entity(row: dict[str, Any]) -> Entity:
    p = row["e"]
    types = [lab for lab in row["labels"] if lab != ENTITY_LABEL and lab in ontology.load().types]
    attrs = {k: str(v) for k, v in p.items() if k not in NODE_KEYS and v is not None}
    return Entity(id=p["id"], type=types[0] if types else "", name=p.get("name") or p["id"].split("/", 1)[-1],
                  aliases=set(p.get("aliases") or []), attrs=attrs)
