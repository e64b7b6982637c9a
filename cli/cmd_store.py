"""``sinergi query``, ``sparql``, ``export`` and ``stats``: read the store."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

import queries
from cli.common import opened_store, store_option
from graph.errors import SinergiError
from graph.export import FORMATS
from graph.export import export as export_store
from graph.search import find
from graph.store.base import Row, Store, Value

F = TypeVar("F", bound=Callable[..., Any])
CELL_WIDTH = 60


def format_option(fn: F) -> F:
    return click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
                        show_default=True, help="Output format.")(fn)


@contextmanager
def readable_errors() -> Iterator[None]:
    """Library errors become one-line messages with exit code 1."""
    try:
        yield
    except SinergiError as exc:
        raise click.ClickException(str(exc)) from exc


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def render(rows: Sequence[Row], fmt: str, columns: Sequence[str] | None = None) -> str:
    """Rows as an aligned table, a JSON array or CSV (columns in query order)."""
    cols = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        w.writerows([["" if r.get(c) is None else r.get(c) for c in cols] for r in rows])
        return buf.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _resolve(store: Store, param: str, text: str) -> str:
    """A name typed where an id is expected: take the best search hit, and say so on stderr."""
    hits = find(store, text, limit=1)
    if not hits:
        raise click.UsageError(f"-p {param}: no entity matches {text!r}; try sinergi query find_entity -p q TEXT")
    click.echo(f"{param}: {text!r} → {hits[0]['id']} ({hits[0]['name']})", err=True)
    return str(hits[0]["id"])


def _list_queries() -> str:
    out = []
    for name in queries.names("sparql"):
        q = queries.load(name, "sparql")
        params = ", ".join(f"{p.name}:{p.type}" + (f"={p.default}" if p.default is not None else "")
                           for p in q.params)
        out.append(f"{name:22} {q.title}" + (f"  [{params}]" if params else ""))
    return "\n".join(out)


@click.command("query")
@click.argument("name", required=False)
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="KEY VALUE",
              help="A query parameter; repeat for several (-p entity person/x -p limit 10).")
@click.option("--list", "list_", is_flag=True, help="List the canned questions with their parameters.")
@format_option
@store_option
def query(name: str | None, params: tuple[tuple[str, str], ...], list_: bool, fmt: str,
          store_url: str | None) -> None:
    """Run the canned question NAME (see --list) with parameters."""
    if list_:
        click.echo(_list_queries())
        return
    if not name:
        raise click.UsageError("give a query NAME or --list")
    with readable_errors(), opened_store(store_url) as store:
        dialect = sorted(store.dialects)[0]
        q = queries.load(name, dialect)
        values: dict[str, Value] = {}
        for key, text in params:
            if key in values:
                raise click.UsageError(f"parameter {key!r} given twice")
            values[key] = text
        for spec in q.params:
            given = values.get(spec.name)
            if spec.type == "id" and isinstance(given, str) and "/" not in given:
                values[spec.name] = _resolve(store, spec.name, given)
        rows = store.run(q, values)
        click.echo(render(rows, fmt))


@click.command("sparql")
@click.argument("text_or_file")
@format_option
@store_option
def sparql(text_or_file: str, fmt: str, store_url: str | None) -> None:
    """Run a read-only SPARQL query given as text, a .rq file, or - for stdin.

    The default graph is the union of all graphs; prefixes sin:, schema:, org:, prov:, rdfs:,
    skos:, xsd:, rdf: and data: (entity ids) are predeclared. A triple stated in several articles
    appears once per article in the union: use SELECT DISTINCT or GROUP BY.
    """
    if text_or_file == "-":
        text = sys.stdin.read()
    elif text_or_file.endswith(".rq") or (len(text_or_file) < 4096 and Path(text_or_file).is_file()):
        path = Path(text_or_file)
        if not path.is_file():
            raise click.BadParameter(f"no such file: {path}", param_hint="TEXT_OR_FILE")
        text = path.read_text(encoding="utf-8")
    else:
        text = text_or_file
    with readable_errors(), opened_store(store_url) as store:
        rows = store.run(queries.raw(text, "sparql"))
        click.echo(render(rows, fmt))


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="ttl", show_default=True,
              help="ttl/nq/jsonld/graphml/gexf go to stdout without -o (gexf opens in Gephi); csv writes nodes.csv+edges.csv into a "
                   "folder (or a .zip); neo4j-admin writes import CSVs into a folder.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="Target file or folder.")
@store_option
def export(fmt: str, output: Path | None, store_url: str | None) -> None:
    """Export the whole store."""
    with readable_errors(), opened_store(store_url) as store:
        written = export_store(store, fmt, output, sys.stdout.buffer if output is None else None)
    for path in written:
        click.echo(f"wrote {path}", err=True)


@click.command("stats")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_option
def stats(fmt: str, store_url: str | None) -> None:
    """Count articles, entities and relations (per type and predicate)."""
    with readable_errors(), opened_store(store_url) as store:
        counts = store.counts()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=1))
        return
    rows: list[Row] = [{"what": k, "count": v} for k, v in counts.items()]
    click.echo(render(rows, "table"))


COMMANDS: list[click.Command] = [query, sparql, export, stats]
