"""Page loads of the explorer in a real browser (Debian chromium via Playwright), per view.

    .venv/bin/python benchmarks/browser_bench.py                        # the default store
    .venv/bin/python benchmarks/browser_bench.py oxigraph:/path/to/store

Starts ``streamlit run app.py`` on the store, opens each view as a fresh page load (a new
session: Streamlit's page boot, websocket and script run included) and prints the time until the
view's content is shown and the script has finished. The first load also pays for opening the
store and loading the cached projection; run it twice to see a restart with a warm cache.
Interactions inside a page (typing, clicking) rerun only the script and are faster than these.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.projection_cache import load_projection
from graph.store import default_store_url, open_store

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _busiest(url: str) -> tuple[str, str, str, str]:
    """(person id, person name, organisation id, organisation name) with the most neighbours."""
    store = open_store(url)
    try:
        proj, _ = load_projection(store)
    finally:
        store.close()
    def top(kind: str) -> str:
        return str(max((n for n, t in proj.graph.nodes(data="type") if t == kind), key=lambda n: (proj.graph.degree(n), n)))
    person, org = top("Person"), top("Organization")
    return person, proj.name(person), org, proj.name(org)


def main(url: str) -> None:
    from playwright.sync_api import sync_playwright

    person, person_name, org, org_name = _busiest(url)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=dict(os.environ, SINERGI_STORE=url), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        words = org_name.split()
        typo = " ".join(words[:-1] + [words[-1][:-2] + words[-1][-1:]]) if len(words[-1]) > 3 else org_name
        views = [
            ("first load: search", f"/?view=search&q={quote(org_name)}", org_name),
            ("search with a typo", f"/?view=search&q={quote('ketua ' + typo)}", org_name),
            ("entity page", f"/?view=entity&id={quote(person, safe='')}", person_name),
            ("network, 2 hops", f"/?view=network&id={quote(person, safe='')}&hops=2", "simpul"),
            ("path finder", f"/?view=paths&a={quote(person, safe='')}&b={quote(org, safe='')}", "Jalur"),
            ("coordination", "/?view=coordination", "Koordinasi"),
            ("timeline", "/?view=timeline", "Linimasa"),
        ]
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            print(f"{url} ({person} → {org})")
            for label, path, text in views:
                t0 = time.perf_counter()
                page.goto(base + path)
                page.get_by_text(text, exact=False).first.wait_for(timeout=300_000)
                page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=300_000)
                print(f"  {label:22} {time.perf_counter() - t0:6.2f} s")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else default_store_url())
