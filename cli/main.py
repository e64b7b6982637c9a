"""Entry point of the ``sinergi`` console script."""

from __future__ import annotations

import importlib
import sys

import click

from graph.errors import SinergiError

# Each module holds one group of commands and exposes ``COMMANDS``.
COMMAND_MODULES = ("cli.cmd_ingest", "cli.cmd_extract", "cli.cmd_store", "cli.cmd_neo4j", "cli.cmd_app")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sinergi")
def cli() -> None:
    """Sinergi: a knowledge graph of Indonesian election stakeholders, with evidence."""


for _name in COMMAND_MODULES:
    try:
        _mod = importlib.import_module(_name)
    except ModuleNotFoundError as _exc:  # a command group not written yet
        if _exc.name != _name:
            raise
        continue
    for _cmd in _mod.COMMANDS:
        cli.add_command(_cmd)


def main() -> None:
    try:
        rv = cli.main(standalone_mode=False)
        if isinstance(rv, int) and rv:
            sys.exit(rv)  # ctx.exit(n) inside a command
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except SinergiError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except BrokenPipeError:
        sys.exit(0)


if __name__ == "__main__":
    main()
