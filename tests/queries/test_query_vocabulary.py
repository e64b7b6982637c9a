"""Every IRI, label and relationship type a query file names must be declared in the ontology."""

from __future__ import annotations

import re

import pytest

import queries
from graph import ontology
from graph.rdf import RDF_TYPE, vocab

_PREFIX = re.compile(r"^\s*PREFIX\s+(\w*):\s*<([^>]*)>", re.IGNORECASE | re.MULTILINE)
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"' + r"|'(?:[^'\\]|\\.)*'")
_PNAME = re.compile(r"(?<![\w?$<])([A-Za-z][\w-]*):([A-Za-z_][\w-]*)")
_IRI = re.compile(r"<([^>\s]*)>")
_CY_LABEL = re.compile(r"\(\s*\w*\s*((?::\s*`?\w+`?\s*)+)")
_CY_REL = re.compile(r"\[\s*\w*\s*:\s*([\w|`:\s]+?)\s*[*\]{]")

EXTRA_NEO4J_LABELS = {"Entity", "Statement"}
"""Labels a property-graph layout may add on top of the ontology types."""


def declared_iris() -> set[str]:
    onto = ontology.load()
    v = vocab()
    return ({t.iri for t in onto.types.values()} | {p.iri for p in onto.predicates.values()}
            | {onto.prov(k) for k in onto.provenance} | {RDF_TYPE, v.article_body.value})


def sparql_iris(text: str) -> set[str]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    prefixes = dict(_PREFIX.findall(body))
    body = _PREFIX.sub("", _STRING.sub('""', body))
    used = set(_IRI.findall(body))
    for prefix, local in _PNAME.findall(body):
        assert prefix in prefixes, f"undeclared prefix {prefix}: in query"
        used.add(prefixes[prefix] + local)
    return used


def cypher_names(text: str) -> tuple[set[str], set[str]]:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    body = _STRING.sub('""', body)
    labels = {lab.strip(" `") for m in _CY_LABEL.findall(body) for lab in m.split(":") if lab.strip(" `")}
    rels = {t.strip(" `:") for m in _CY_REL.findall(body) for t in m.split("|") if t.strip(" `:")}
    return labels, rels


@pytest.mark.parametrize("name", queries.names("sparql"))
def test_sparql_names_only_declared_iris(name: str) -> None:
    used = sparql_iris(queries.load(name, "sparql").text)
    assert used, f"{name}.rq names no vocabulary at all?"
    undeclared = sorted(used - declared_iris())
    assert not undeclared, f"queries/{name}.rq names IRIs not declared in graph/ontology.yaml: {undeclared}"


@pytest.mark.parametrize("name", queries.names("cypher"))
def test_cypher_names_only_declared_labels(name: str) -> None:
    onto = ontology.load()
    labels, rels = cypher_names(queries.load(name, "cypher").text)
    bad_labels = sorted(labels - set(onto.types) - EXTRA_NEO4J_LABELS)
    allowed_rels = {p.neo4j_type for p in onto.predicates.values()} | {k.upper() for k in onto.provenance}
    bad_rels = sorted(rels - allowed_rels)
    assert not bad_labels, f"queries/{name}.cypher uses labels not in the ontology: {bad_labels}"
    assert not bad_rels, f"queries/{name}.cypher uses relationship types not in the ontology: {bad_rels}"


def test_checker_catches_an_undeclared_iri() -> None:
    text = "PREFIX sin: <https://w3id.org/sinergi/ontology#>\nSELECT ?x WHERE { ?x sin:inventedTerm ?y }"
    assert "https://w3id.org/sinergi/ontology#inventedTerm" in sparql_iris(text) - declared_iris()
    assert sparql_iris('SELECT ?x WHERE { ?x ?p "sin:notAnIri" }') == set()


def test_checker_catches_an_undeclared_cypher_label() -> None:
    labels, rels = cypher_names("MATCH (p:Person)-[r:HOLDS_POSITION|INVENTED]->(o:Organisation) RETURN p")
    assert labels == {"Person", "Organisation"} and rels == {"HOLDS_POSITION", "INVENTED"}
