"""Load and validate ``ontology.yaml``, the single source of types and predicates.

Everything that names a type or predicate (RDF IRIs, Neo4j labels, the extractor's label set,
UI filters, relation validation) asks this module, so the names cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from graph.errors import InvalidRelation, OntologyError

ONTOLOGY_PATH = Path(__file__).with_name("ontology.yaml")
_IDENT = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Label:
    id: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


@dataclass(frozen=True)
class EntityType:
    name: str
    label: Label
    iri: str
    prefix: str
    color: str
    shape: str


@dataclass(frozen=True)
class PropertySpec:
    name: str
    type: str
    required: bool


@dataclass(frozen=True)
class Predicate:
    name: str
    label: Label
    iri: str
    sources: frozenset[str]
    targets: frozenset[str]
    symmetric: bool = False
    properties: tuple[PropertySpec, ...] = ()

    @property
    def neo4j_type(self) -> str:
        """Relationship type in Neo4j: the predicate name upper-cased (``HOLDS_POSITION``)."""
        return self.name.upper()


@dataclass(frozen=True)
class Ontology:
    namespaces: dict[str, str]
    data_base: str
    types: dict[str, EntityType]
    predicates: dict[str, Predicate]
    provenance: dict[str, str] = field(default_factory=dict)

    def expand(self, curie: str) -> str:
        prefix, _, local = curie.partition(":")
        if prefix not in self.namespaces:
            raise OntologyError(f"unknown namespace prefix {prefix!r} in {curie!r}")
        return self.namespaces[prefix] + local

    def type(self, name: str) -> EntityType:
        try:
            return self.types[name]
        except KeyError:
            raise OntologyError(f"unknown entity type {name!r}; declared: {sorted(self.types)}") from None

    def predicate(self, name: str) -> Predicate:
        try:
            return self.predicates[name]
        except KeyError:
            raise OntologyError(
                f"unknown predicate {name!r}; declared: {sorted(self.predicates)}"
            ) from None

    def prov(self, key: str) -> str:
        """Full IRI of a provenance term (``sentence``, ``derived_from`` …)."""
        return self.expand(self.provenance[key])

    def type_of_prefix(self, prefix: str) -> EntityType | None:
        for t in self.types.values():
            if t.prefix == prefix:
                return t
        return None

    def check_relation(self, predicate: str, source_type: str, target_type: str, title: str | None) -> None:
        """Raise :class:`InvalidRelation` unless the relation fits the predicate's domain and range."""
        if predicate not in self.predicates:
            raise InvalidRelation(f"unknown predicate {predicate!r}")
        p = self.predicates[predicate]
        ok = source_type in p.sources and target_type in p.targets
        if not ok and p.symmetric:
            ok = target_type in p.sources and source_type in p.targets
        if not ok:
            raise InvalidRelation(
                f"{predicate}: {source_type} → {target_type} is outside its domain/range "
                f"({sorted(p.sources)} → {sorted(p.targets)})"
            )
        for prop in p.properties:
            if prop.name == "title" and prop.required and not (title and title.strip()):
                raise InvalidRelation(f"{predicate} needs a non-empty title")


def _label(raw: Any, where: str) -> Label:
    if not isinstance(raw, dict) or "id" not in raw or "en" not in raw:
        raise OntologyError(f"{where}: label needs both 'id' and 'en'")
    return Label(id=str(raw["id"]), en=str(raw["en"]))


def parse(raw: dict[str, Any]) -> Ontology:
    """Build an :class:`Ontology` from parsed YAML, failing loudly on anything inconsistent."""
    namespaces = {str(k): str(v) for k, v in raw["namespaces"].items()}
    probe = Ontology(namespaces, str(raw["data_base"]), {}, {})
    types: dict[str, EntityType] = {}
    for name, spec in raw["types"].items():
        if not _IDENT.match(name):
            raise OntologyError(f"type name {name!r} is not an identifier")
        types[name] = EntityType(
            name=name,
            label=_label(spec.get("label"), f"type {name}"),
            iri=probe.expand(spec["rdf"]),
            prefix=str(spec["prefix"]),
            color=str(spec.get("color", "#888888")),
            shape=str(spec.get("shape", "ellipse")),
        )
    predicates: dict[str, Predicate] = {}
    for name, spec in raw["predicates"].items():
        if not _IDENT.match(name):
            raise OntologyError(f"predicate name {name!r} is not an identifier")
        edge = spec.get("edge") or {}
        sources = frozenset(edge.get("source", []))
        targets = frozenset(edge.get("target", []))
        for t in sources | targets:
            if t not in types:
                raise OntologyError(f"predicate {name}: edge names undeclared type {t!r}")
        props = tuple(
            PropertySpec(pname, str(p.get("type", "string")), bool(p.get("required", False)))
            for pname, p in (spec.get("properties") or {}).items()
        )
        predicates[name] = Predicate(
            name=name,
            label=_label(spec.get("label"), f"predicate {name}"),
            iri=probe.expand(spec["rdf"]),
            sources=sources,
            targets=targets,
            symmetric=bool(spec.get("symmetric", False)),
            properties=props,
        )
    provenance = {str(k): str(v) for k, v in (raw.get("provenance") or {}).items()}
    for curie in provenance.values():
        probe.expand(curie)
    return Ontology(namespaces, str(raw["data_base"]), types, predicates, provenance)


@lru_cache(maxsize=1)
def load(path: Path = ONTOLOGY_PATH) -> Ontology:
    with open(path, encoding="utf-8") as fh:
        return parse(yaml.safe_load(fh))
