"""``sinergi load --to neo4j`` and ``sinergi cypher``: fill a Neo4j server and ask it questions.

The server and credentials come from ``NEO4J_URI`` (default bolt://127.0.0.1:7687), ``NEO4J_USER``,
``NEO4J_PASSWORD`` and ``NEO4J_DATABASE``; ``scripts/neo4j.sh env`` prints them for the local server.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

import queries
from cli.cmd_store import format_option, readable_errors, render
from cli.common import opened_store
from graph.errors import SinergiError
from graph.store import default_store_url
from graph.store.base import Value, write_all
from graph.store.neo4j import Neo4jStore, write_clauses
from graph.store.neo4j_copy import article_graphs


def _neo4j(url: str | None) -> Neo4jStore:
    """``neo4j`` (or nothing) means NEO4J_URI; a neo4j://… or bolt://… URL is used as given."""
    if url in (None, "", "neo4j"):
        return Neo4jStore.from_env(None)
    if not url.startswith(("neo4j://", "bolt://", "neo4j+s://", "bolt+s://", "neo4j+ssc://", "bolt+ssc://")):
        raise click.BadParameter(f"{url!r} is not a Neo4j URL; use neo4j, neo4j://HOST:PORT or bolt://HOST:PORT",
                                 param_hint="--to/--store")
    return Neo4jStore.from_env(url)


@click.command("load")
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@click.option("--to", "target", default="neo4j", show_default=True, metavar="neo4j|URL",
              help="Where to load: neo4j (NEO4J_URI) or a neo4j:// / bolt:// URL.")
@click.option("--from-store", "source_url", default=None, metavar="URL",
              help="Copy this store (default: the embedded store, oxigraph:.sinergi/store or $SINERGI_STORE).")
@click.option("--batch", default=200, show_default=True, type=click.IntRange(min=1), help="Articles per transaction.")
def load(paths: tuple[str, ...], target: str, source_url: str | None, batch: int) -> None:
    """Load articles into Neo4j: copy a store (--from-store), or ingest PATH... directly.

    Loading is idempotent: each article replaces what it contributed before.
    """
    if paths and source_url:
        raise click.UsageError("give either PATH... to ingest or --from-store URL to copy, not both")
    with readable_errors():
        neo = _neo4j(target)
        try:
            started = time.perf_counter()
            if paths:
                from cli.cmd_ingest import IngestReport, print_summary, run_ingest
                from ingest.readers import read_paths

                report = IngestReport()
                try:
                    run_ingest(read_paths(paths), neo, batch=batch, report=report)
                except SinergiError as exc:
                    raise click.ClickException(
                        f"Neo4j failed after {report.written} article(s) were written: {exc} — fix it and run the "
                        "same command again (load is idempotent)") from exc
                print_summary(report, neo, neo.uri)
                if report.written == 0 and report.problems:
                    raise click.ClickException("no article was loaded: every input was bad (see the list above)")
                return
            source = source_url or default_store_url()
            with opened_store(source) as store:
                n = write_all(neo, article_graphs(store), batch=batch)
            counts = neo.counts()
            click.echo(f"Copied {n} article(s) from {source} to {neo.uri} in {time.perf_counter() - started:.1f}s; "
                       f"Neo4j now holds {counts['articles']} articles, {counts['entities']} entities, "
                       f"{counts['relations']} relations.")
        finally:
            neo.close()


def _query_text(query_or_file: str) -> queries.Query:
    """A canned query name, a .cypher file, - for stdin, or Cypher text."""
    if query_or_file == "-":
        return queries.raw(sys.stdin.read(), "cypher")
    if query_or_file in queries.names("cypher"):
        return queries.load(query_or_file, "cypher")
    if query_or_file.endswith(".cypher") or (len(query_or_file) < 4096 and "\n" not in query_or_file
                                             and Path(query_or_file).is_file()):
        path = Path(query_or_file)
        if not path.is_file():
            raise click.BadParameter(f"no such file: {path}", param_hint="QUERY_OR_FILE")
        return queries.parse(path.read_text(encoding="utf-8"), path.stem, "cypher", path)
    return queries.raw(query_or_file, "cypher")


def _raw_value(text: str) -> Value:
    """-p values for queries without a header: JSON scalars (10, 0.5, true, null) or else a string."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if value is None or isinstance(value, (str, int, float, bool)) else text


@click.command("cypher")
@click.argument("query_or_file")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="KEY VALUE",
              help="A parameter ($KEY in the query); repeat for several.")
@click.option("--allow-write", is_flag=True, help="Run queries that change the graph (CREATE, MERGE, DELETE, SET …).")
@click.option("--store", "store_url", default=None, metavar="URL",
              help="Neo4j URL (default NEO4J_URI, else bolt://127.0.0.1:7687).")
@format_option
def cypher(query_or_file: str, params: tuple[tuple[str, str], ...], allow_write: bool, store_url: str | None,
           fmt: str) -> None:
    """Run Cypher on Neo4j: a canned query NAME, a .cypher FILE, - for stdin, or the query text.

    Read-only unless --allow-write: a query with CREATE, MERGE, DELETE, DETACH, SET, REMOVE, DROP,
    FOREACH, LOAD CSV or CALL {…} IN TRANSACTIONS is refused, and the rest runs in a READ transaction.
    """
    with readable_errors():
        q = _query_text(query_or_file)
        clauses = write_clauses(q.text)
        if clauses and not allow_write:
            raise click.ClickException(
                f"refused: the query contains write clause(s) {', '.join(clauses)}; Cypher here is read-only "
                "unless you pass --allow-write")
        values: dict[str, Value] = {}
        for key, text in params:
            if key in values:
                raise click.UsageError(f"parameter {key!r} given twice")
            values[key] = text if q.params else _raw_value(text)
        neo = _neo4j(store_url)
        try:
            rows = neo.execute(q, values, write=True) if clauses else neo.run(q, values)
        finally:
            neo.close()
    click.echo(render(rows, fmt))


COMMANDS: list[click.Command] = [load, cypher]
