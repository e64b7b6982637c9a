"""``sinergi app``: start the Streamlit explorer on the chosen store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click

from cli.common import store_option
from graph.store import default_store_url

APP_PATH = Path(__file__).resolve().parent.parent / "app.py"


def streamlit_command(port: int, address: str) -> list[str]:
    """The command line that serves ``app.py`` headless, offline, on ``address:port``."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_PATH),
        "--server.port", str(port), "--server.address", address,
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
    ]


@click.command("app")
@store_option
@click.option("--port", type=click.IntRange(1, 65535), default=8501, show_default=True, help="Port to serve on.")
@click.option("--address", default="127.0.0.1", show_default=True, help="Address to listen on.")
def app(store_url: str | None, port: int, address: str) -> None:
    """Open the explorer in the browser (Bahasa Indonesia first; English in the sidebar)."""
    if not APP_PATH.is_file():
        raise click.ClickException(f"{APP_PATH} is missing; reinstall Sinergi from its checkout")
    env = dict(os.environ, SINERGI_STORE=store_url or default_store_url())
    click.echo(f"Sinergi explorer on http://{address}:{port} (store {env['SINERGI_STORE']})", err=True)
    cmd = streamlit_command(port, address)
    if os.name == "posix":
        # Become the server, so Ctrl-C and kill reach Streamlit directly (no orphaned child).
        os.chdir(APP_PATH.parent)
        os.execve(cmd[0], cmd, env)
    try:
        code = subprocess.call(cmd, env=env, cwd=str(APP_PATH.parent))
    except KeyboardInterrupt:
        code = 0
    if code:
        raise click.ClickException(f"streamlit exited with status {code}")


COMMANDS: list[click.Command] = [app]
