"""``sinergi extract``, ``sinergi eval`` and ``sinergi eval-ner``: run the extractor and measure it.

The extractor (``ingest.pipeline``, ``ingest.eval_format``) is imported inside the commands, so
these commands load even while the extractor is being written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from ingest.evaluate import EvalArticle, EvalFormatError, format_report, parse_record, report_to_json, score

Extractor = Callable[[dict[str, Any]], dict[str, Any]]


def read_jsonl(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``("FILE:LINE", object)`` per non-blank line; bad lines are reported on stderr and skipped."""
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                click.echo(f"{where}: skipped, not valid JSON ({exc.msg} at column {exc.colno})", err=True)
                continue
            if not isinstance(value, dict):
                click.echo(f"{where}: skipped, expected a JSON object per line", err=True)
                continue
            yield where, value


def _load_extractor() -> Extractor:
    try:
        from ingest.eval_format import article_from_eval, to_eval_record
        from ingest.pipeline import extract
    except ImportError as exc:
        raise click.ClickException(
            f"the extractor is not available ({exc}); pass --predictions PRED.jsonl to score saved output"
        ) from exc

    def run(record: dict[str, Any]) -> dict[str, Any]:
        return to_eval_record(extract(article_from_eval(record)))

    return run


def _extract_record(run: Extractor, where: str, record: dict[str, Any]) -> dict[str, Any] | None:
    """Extract one article; a record without text or a failing extraction is reported, not fatal."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        click.echo(f"{where}: skipped, field 'text' is missing or empty", err=True)
        return None
    try:
        out = run(record)
    except Exception as exc:  # noqa: BLE001 - one failing article must not hide the scores of the rest
        click.echo(f"{where}: extraction failed, no output for this article ({type(exc).__name__}: {exc})", err=True)
        return None
    # Keep the input's id (the extractor may prefix it with "article/") so eval can pair the lines.
    if isinstance(record.get("id"), str):
        out = {**out, "id": record["id"]}
    return out


@click.command("extract")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def extract_cmd(file: Path) -> None:
    """Extract entities and relations from each article of an eval-format JSONL FILE.

    Prints one JSON record per article ({"id", "entities", "relations"}), the format
    `sinergi eval --predictions` reads.
    """
    run = _load_extractor()
    for where, record in read_jsonl(file):
        out = _extract_record(run, where, record)
        if out is not None:
            click.echo(json.dumps(out, ensure_ascii=False))


def _parse_all(items: Iterator[tuple[str, dict[str, Any]]]) -> list[EvalArticle]:
    parsed: list[EvalArticle] = []
    for where, record in items:
        try:
            parsed.append(parse_record(record, where))
        except EvalFormatError as exc:
            click.echo(f"skipped: {exc}", err=True)
    return parsed


def _predict(gold_file: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    run = _load_extractor()
    for where, record in read_jsonl(gold_file):
        out = _extract_record(run, where, record)
        if out is not None:
            yield where, out


@click.command("eval")
@click.argument("gold_file", metavar="GOLD.jsonl", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", "pred_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score these saved predictions (output of `sinergi extract`) instead of extracting.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--errors", is_flag=True, help="List false positives and false negatives per article.")
def eval_cmd(gold_file: Path, pred_file: Path | None, as_json: bool, errors: bool) -> None:
    """Score extraction against hand-annotated GOLD.jsonl (see ../shared/eval/GUIDELINES.md).

    The last two lines are `entities P x R y F1 z` and `relations P x R y F1 z`.
    """
    gold = _parse_all(read_jsonl(gold_file))
    if not gold:
        raise click.ClickException(f"{gold_file}: no usable gold articles (see the messages above)")
    predictions = _parse_all(read_jsonl(pred_file) if pred_file else _predict(gold_file))
    if not predictions:
        click.echo("warning: no usable predictions; every gold item counts as missed", err=True)
    report = score(gold, predictions)
    if as_json:
        click.echo(json.dumps(report_to_json(report, errors=errors), ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, errors=errors))


def _parse_map(value: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in filter(None, (p.strip() for p in value.split(","))):
        source, sep, target = item.partition("=")
        if not sep or not source.strip() or not target.strip():
            raise click.BadParameter(f"{item!r} is not TAG=TYPE (e.g. PERSON=PER)", param_hint="--map")
        mapping[source.strip()] = target.strip()
    return mapping


DEFAULT_NER_MAP = "PER=PER,PERSON=PER,ORG=ORG,ORGANISATION=ORG,ORGANIZATION=ORG,LOC=LOC,PLACE=LOC,GPE=LOC"


@click.command("eval-ner")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["conll"]), default="conll", show_default=True,
              help="Input format: token-per-line BIO, blank line between sentences.")
@click.option("--token-col", default=0, show_default=True, help="Column holding the token.")
@click.option("--tag-col", default=-1, show_default=True, help="Column holding the BIO tag (negative counts from the end).")
@click.option("--map", "map_spec", default=DEFAULT_NER_MAP, show_default=True,
              help="Comma-separated TAG=TYPE pairs; tags not listed count as O.")
@click.option("--errors", is_flag=True, help="Print each sentence with a wrong or missed entity.")
def eval_ner_cmd(file: Path, fmt: str, token_col: int, tag_col: int, map_spec: str, errors: bool) -> None:
    """Score the recognizer (ingest.pipeline.recognize) on a CoNLL-style BIO FILE, entity-level."""
    from ingest.ner_eval import NerFormatError, evaluate_ner, format_ner_report, read_conll

    mapping = _parse_map(map_spec)
    try:
        from ingest.pipeline import recognize
    except ImportError as exc:
        raise click.ClickException(f"the recognizer is not available ({exc})") from exc
    try:
        sentences = read_conll(file, token_col=token_col, tag_col=tag_col, mapping=mapping)
    except NerFormatError as exc:
        raise click.ClickException(str(exc)) from exc
    report = evaluate_ner(sentences, recognize, types=set(mapping.values()))
    click.echo(format_ner_report(report, errors=errors))


COMMANDS: list[click.Command] = [extract_cmd, eval_cmd, eval_ner_cmd]
