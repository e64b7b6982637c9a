"""``sinergi ingest PATH...``: read articles, extract their graphs, write them to a store.

Bad inputs and per-article extraction failures are skipped and listed in the summary with their
file and line; the run only fails when nothing at all could be ingested.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import cast

import click
from tqdm import tqdm

from cli.common import opened_store, store_option
from graph.errors import SinergiError
from graph.model import Article, ArticleGraph
from graph.store.base import Store
from ingest.readers import ReadProblem, read_paths

Extractor = Callable[[Article], ArticleGraph]

EXTRACTION_FAILED = "extraction failed"
DUPLICATE = "duplicate article"


@dataclass
class IngestReport:
    read: int = 0
    written: int = 0
    entities: int = 0
    relations: int = 0
    problems: list[ReadProblem] = field(default_factory=list)

    def by_kind(self) -> dict[str, list[ReadProblem]]:
        groups: dict[str, list[ReadProblem]] = defaultdict(list)
        for problem in self.problems:
            groups[problem.kind].append(problem)
        return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def load_extractor() -> Extractor:
    """``ingest.pipeline.extract``, imported only when the first article needs it."""
    try:
        from ingest.pipeline import extract
    except ModuleNotFoundError as exc:
        if exc.name not in ("ingest.pipeline", "ingest"):
            raise
        raise click.ClickException("the extraction pipeline (ingest/pipeline.py) is not installed") from exc
    return cast(Extractor, extract)


def run_ingest(
    items: Iterable[Article | ReadProblem],
    store: Store,
    extract: Callable[[], Extractor] = load_extractor,
    batch: int = 50,
    report: IngestReport | None = None,
) -> IngestReport:
    """Extract each article and write the graphs in batches; problems are collected, not raised.

    An article is written only after its whole graph was extracted, and ``Store.write`` replaces
    per article, so a failure never leaves half an article in the store and re-runs are idempotent.
    Pass ``report`` to keep the counts of a run that a store failure interrupts.
    """
    report = report if report is not None else IngestReport()
    seen: dict[str, str] = {}
    pending: list[ArticleGraph] = []
    extractor: Extractor | None = None

    def flush() -> None:
        store.write(pending)
        report.written += len(pending)
        report.entities += sum(len(g.entities) for g in pending)
        report.relations += sum(len(g.relations) for g in pending)
        pending.clear()

    for item in items:
        if isinstance(item, ReadProblem):
            report.problems.append(item)
            continue
        report.read += 1
        source = item.source or item.id
        if item.id in seen:
            report.problems.append(
                ReadProblem(source, None, f"same article as {seen[item.id]} ({item.id}) — ingested once", DUPLICATE)
            )
            continue
        seen[item.id] = source
        extractor = extractor or extract()
        try:
            graph = extractor(item)
        except Exception as exc:  # one bad article must not stop the batch; it is reported below
            report.problems.append(
                ReadProblem(source, None, f"extraction failed ({type(exc).__name__}: {exc}) — nothing written for it", EXTRACTION_FAILED)
            )
            continue
        pending.append(graph)
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    return report


def print_summary(report: IngestReport, store: Store, store_url: str | None) -> None:
    skipped = len(report.problems)
    click.echo(f"Read {report.read} article(s); wrote {report.written}; skipped {skipped} input(s).")
    if skipped:
        click.echo("Skipped, by reason:")
        for kind, problems in report.by_kind().items():
            click.echo(f"  {kind} ({len(problems)})")
            for problem in problems:
                click.echo(f"    {problem}")
    click.echo(f"This run: {report.entities} entities and {report.relations} relations extracted.")
    counts = store.counts()
    click.echo(
        f"Store {store_url or 'default'} now holds {counts.get('articles', 0)} articles, "
        f"{counts.get('entities', 0)} entities, {counts.get('relations', 0)} relations."
    )


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@click.option("--batch", default=50, show_default=True, type=click.IntRange(min=1), help="Articles per store write.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], store_url: str | None, batch: int, quiet: bool) -> None:
    """Read articles from PATH... and add their graphs to the store.

    PATH is a .txt, .html/.htm, .jsonl or .xml/.rss/.atom file, a folder of them (read
    recursively, in sorted order), an http(s) URL of an RSS/Atom feed, or - for JSON Lines
    on standard input. Re-ingesting the same
    article replaces it, so running twice changes nothing.
    """
    with opened_store(store_url) as store:
        items = tqdm(
            read_paths(paths), unit=" article", desc="ingest", file=sys.stderr,
            disable=quiet or not sys.stderr.isatty(),
        )
        report = IngestReport()
        try:
            run_ingest(items, store, batch=batch, report=report)
        except SinergiError as exc:
            raise click.ClickException(
                f"the store failed after {report.written} article(s) were written: {exc} — fix it and run "
                "the same command again (ingest is idempotent)"
            ) from exc
        print_summary(report, store, store_url)
    if report.written == 0 and report.problems:
        raise click.ClickException("no article was ingested: every input was bad (see the list above)")


COMMANDS: list[click.Command] = [ingest]
