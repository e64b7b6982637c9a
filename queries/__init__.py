"""Canned relationship questions kept as ``.rq`` (SPARQL) and ``.cypher`` files.

Each file starts with a comment header (``#`` for SPARQL, ``//`` for Cypher)::

    # title: Entity profile
    # description: Type, canonical name, aliases and positions held.
    # param entity: id — the entity id, e.g. person/denny-ramdany
    # param limit: int = 50 — rows at most

Parameter types: ``id`` (an entity/article id; an IRI in RDF), ``string``, ``int``, ``float``.
Values are always bound as parameters by the store (``$name`` in Cypher, ``?name`` substituted
by the engine in SPARQL); no query text is ever built from a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from graph.errors import QueryParameterError, UnknownQuery

QUERY_DIR = Path(__file__).parent
DIALECT_SUFFIX = {"sparql": ".rq", "cypher": ".cypher"}
PARAM_TYPES = ("id", "string", "int", "float")
_PARAM = re.compile(
    r"^param\s+(?P<name>[a-z_][a-z0-9_]*)\s*:\s*(?P<type>\w+)(?:\s*=\s*(?P<default>\S+))?\s*(?:[—-]+\s*(?P<doc>.*))?$"
)

Param = str | int | float | bool | None


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str
    default: str | None
    doc: str

    def coerce(self, value: object) -> Param:
        if value is None:
            return None
        try:
            if self.type == "int":
                return int(str(value))
            if self.type == "float":
                return float(str(value))
        except ValueError:
            raise QueryParameterError(f"parameter {self.name!r} must be {self.type}, got {value!r}") from None
        return str(value)


@dataclass(frozen=True)
class Query:
    name: str
    dialect: str
    text: str
    title: str = ""
    description: str = ""
    params: tuple[ParamSpec, ...] = ()
    path: Path | None = None

    def bind(self, values: dict[str, object] | None = None) -> dict[str, Param]:
        """Check and coerce parameter values against the header; fill defaults."""
        values = dict(values or {})
        declared = {p.name for p in self.params}
        unknown = set(values) - declared
        if unknown:
            raise QueryParameterError(
                f"query {self.name!r} has no parameter(s) {sorted(unknown)}; it takes {sorted(declared)}"
            )
        out: dict[str, Param] = {}
        for p in self.params:
            if p.name in values:
                out[p.name] = p.coerce(values[p.name])
            elif p.default is not None:
                out[p.name] = p.coerce(p.default)
            else:
                raise QueryParameterError(
                    f"query {self.name!r} needs parameter {p.name!r} ({p.type}): {p.doc}; pass -p {p.name} VALUE"
                )
        return out


def parse(text: str, name: str, dialect: str, path: Path | None = None) -> Query:
    marker = "#" if dialect == "sparql" else "//"
    title = description = ""
    params: list[ParamSpec] = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith(marker):
            break
        body = s[len(marker):].strip()
        if body.startswith("title:"):
            title = body[6:].strip()
        elif body.startswith("description:"):
            description = body[12:].strip()
        elif body.startswith("param "):
            m = _PARAM.match(body)
            if not m or m["type"] not in PARAM_TYPES:
                raise UnknownQuery(f"{path or name}: bad parameter header {body!r}")
            params.append(ParamSpec(m["name"], m["type"], m["default"], (m["doc"] or "").strip()))
    return Query(name, dialect, text, title, description, tuple(params), path)


@cache
def load(name: str, dialect: str = "sparql") -> Query:
    """The canned query ``name`` in ``dialect``; raises :class:`UnknownQuery` if absent."""
    suffix = DIALECT_SUFFIX.get(dialect)
    if suffix is None:
        raise UnknownQuery(f"unknown dialect {dialect!r}; use one of {sorted(DIALECT_SUFFIX)}")
    path = QUERY_DIR / f"{name}{suffix}"
    if not re.fullmatch(r"[a-z0-9_]+", name) or not path.is_file():
        raise UnknownQuery(f"no {dialect} query named {name!r}; available: {', '.join(names(dialect))}")
    return parse(path.read_text(encoding="utf-8"), name, dialect, path)


def names(dialect: str = "sparql") -> list[str]:
    return sorted(p.stem for p in QUERY_DIR.glob(f"*{DIALECT_SUFFIX[dialect]}"))


def raw(text: str, dialect: str) -> Query:
    """A query typed by a user (``sinergi sparql``/``cypher``, the UI console): no parameters."""
    return Query("raw", dialect, text)
