from __future__ import annotations

import pytest

from graph import ontology
from graph.errors import InvalidRelation, OntologyError


def test_ontology_declares_guideline_types_and_predicates() -> None:
    onto = ontology.load()
    assert set(onto.types) >= {"Person", "Organization", "Event", "Location", "Election", "Law", "Article"}
    assert len([p for p in onto.predicates]) == 14
    assert onto.predicates["coordinates_with"].symmetric
    assert onto.predicates["holds_position"].iri == "http://www.w3.org/ns/org#memberOf"


def test_check_relation_rejects_wrong_domain_and_missing_title() -> None:
    onto = ontology.load()
    onto.check_relation("holds_position", "Person", "Organization", "Ketua")
    with pytest.raises(InvalidRelation):
        onto.check_relation("holds_position", "Person", "Organization", None)
    with pytest.raises(InvalidRelation):
        onto.check_relation("held_at", "Event", "Person", None)
    onto.check_relation("coordinates_with", "Person", "Organization", None)


def test_parse_rejects_undeclared_type() -> None:
    raw = {
        "namespaces": {"sin": "https://x/"},
        "data_base": "https://x/id/",
        "types": {},
        "predicates": {"p": {"label": {"id": "a", "en": "b"}, "edge": {"source": ["Nope"], "target": []},
                             "rdf": "sin:p"}},
    }
    with pytest.raises(OntologyError):
        ontology.parse(raw)
