"""Write planning without a server: validation names the article, merged entity properties."""

from __future__ import annotations

import pytest

from graph.errors import InvalidRelation
from graph.model import ARTICLE_SUBJECT, Article, ArticleGraph, Entity, Evidence, Relation
from graph.neo4j_schema import names, safe_name, schema_statements
from graph.store.neo4j import redact, to_value, write_clauses
from graph.store.neo4j_rows import entity_props, plan_write
from tests.fixtures import graph as fx


def _graph(rel: Relation, entities: list[Entity] | None = None) -> ArticleGraph:
    art = Article("article/t", "T", "x", source="berita.jsonl:7")
    return ArticleGraph(art, entities or [], [rel])


def _ev() -> Evidence:
    return Evidence("article/t", "Kalimat.", 0, 8, "t.v1", 0.5)


def test_plan_counts_and_groups() -> None:
    plan = plan_write(fx.corpus())
    assert plan.article_ids == ["article/apel", "article/rakor", "article/sosialisasi"]
    assert plan.relation_count == sum(len(g.relations) for g in fx.corpus())
    assert ("REPORTED_BY", True) in plan.statements and ("HOLDS_POSITION", False) in plan.statements
    assert sorted(plan.entities) == ["Election", "Event", "Law", "Location", "Organization", "Person"]


def test_last_graph_of_an_article_wins() -> None:
    changed = fx.apel()
    changed.relations = changed.relations[:1]
    plan = plan_write([fx.apel(), changed])
    assert plan.article_ids == ["article/apel"] and plan.relation_count == 1


@pytest.mark.parametrize("rel, entities, words", [
    (Relation(fx.RINA, "holds_position", fx.BAWASLU, _ev(), None), [], "needs a non-empty title"),
    (Relation(fx.BAWASLU, "speaks_at", fx.RAKOR, _ev()), [], "outside its domain"),
    (Relation("thing/x", "attends", fx.RAKOR, _ev()), [], "whose type is unknown"),
    (Relation(fx.RINA, "invented", fx.RAKOR, _ev()), [], "unknown predicate"),
    (Relation(fx.RINA, "speaks_at", fx.RAKOR, _ev()), [Entity(fx.RAKOR, "Event", "R", attrs={"name": "x"})],
     "attribute 'name'"),
    (Relation(fx.RINA, "speaks_at", fx.RAKOR, _ev()), [Entity(fx.RAKOR, "Meeting", "R")], "unknown type 'Meeting'"),
])
def test_bad_input_names_the_source(rel: Relation, entities: list[Entity], words: str) -> None:
    with pytest.raises(InvalidRelation) as err:
        plan_write([_graph(rel, entities)])
    assert "berita.jsonl:7" in str(err.value) and words in str(err.value)


def test_article_subject_resolves_to_the_article() -> None:
    plan = plan_write([_graph(Relation(ARTICLE_SUBJECT, "reported_by", fx.RINA, _ev()))])
    (row,) = plan.statements[("REPORTED_BY", True)]
    assert row["s"] == "article/t" and row["props"]["iri"] == "https://schema.org/author"


def test_entity_props_merge_like_the_entity_card() -> None:
    mentions = [{"names": ["KPU Garut"], "aliases": ["Komisi"], "attr_date": "2024-01-02"},
                {"names": ["KPU Kab. Garut"], "aliases": [], "attr_date": "2024-01-03"},
                {"names": ["KPU Garut"], "aliases": [], "attr_date": "2024-01-03"},
                {"names": [], "aliases": []}]
    props = entity_props("org/kpu-garut", mentions)
    assert props == {"id": "org/kpu-garut", "name": "KPU Garut", "aliases": ["KPU Kab. Garut", "Komisi"],
                     "date": "2024-01-03"}
    assert entity_props("org/x", [{"names": [], "aliases": []}])["name"] is None


def test_schema_comes_from_the_ontology() -> None:
    stmts = dict(schema_statements())
    assert "REQUIRE n.id IS UNIQUE" in stmts["entity_id"] and ":Article" in stmts["article_id"]
    assert set(names().rel_types.values()) >= {"HOLDS_POSITION", "REPORTED_BY"}
    assert all(f"FOR ()-[r:{t}]-() ON (r.article_id)" in stmts[f"{t.lower()}_article_id"]
               for t in names().rel_types.values())
    with pytest.raises(Exception, match="not a plain identifier"):
        safe_name("Person) DETACH DELETE (n")


def test_write_clause_detection_ignores_strings_and_comments() -> None:
    assert write_clauses("MATCH (n) RETURN n") == []
    assert write_clauses("MATCH (n {name: 'CREATE'}) RETURN n // DELETE") == []
    assert write_clauses("match (n) detach delete n") == ["DELETE", "DETACH"]
    assert write_clauses("LOAD  CSV FROM 'x' AS r MERGE (:A)") == ["LOAD CSV", "MERGE"]


def test_redact_and_values() -> None:
    assert redact("bolt://neo4j:s3cret@localhost:7687") == "bolt://localhost:7687"
    assert redact("neo4j://h:1") == "neo4j://h:1"
    assert to_value([1, "a"]) == '[1, "a"]' and to_value(None) is None and to_value(2.5) == 2.5
