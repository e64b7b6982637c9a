"""Regenerate the README's CLI reference from ``sinergi --help`` (``--check`` fails if stale).

The block between ``<!-- cli-reference:start -->`` and ``<!-- cli-reference:end -->`` is owned by
this script, so the README can never describe options the code does not have.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cli.main import cli

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def render() -> str:
    parts = []
    with click.Context(cli, info_name="sinergi", terminal_width=100) as ctx:
        for name in sorted(cli.list_commands(ctx)):
            command = cli.get_command(ctx, name)
            assert command is not None
            with click.Context(command, info_name=f"sinergi {name}", parent=ctx, terminal_width=100) as sub:
                parts.append(f"### `sinergi {name}`\n\n```text\n{command.get_help(sub)}\n```\n")
    return "\n".join(parts)


def updated(text: str) -> str:
    head, sep1, rest = text.partition(START)
    _, sep2, tail = rest.partition(END)
    if not (sep1 and sep2):
        raise SystemExit(f"{README}: markers {START} … {END} not found")
    return f"{head}{START}\n{render()}\n{END}{tail}"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = updated(text)
    if "--check" in sys.argv[1:]:
        if new != text:
            print("README CLI reference is stale: run .venv/bin/python scripts/cli_docs.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
