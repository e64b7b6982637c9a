"""The explorer in a real browser: Debian chromium driven by Playwright, against a live server.

Search → network (drawn, then a node clicked) → path finder → export download, with screenshots
in test-output/screenshots/ and no request leaving the loopback interface.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import pytest
from PIL import Image

from tests.app.fixtures import BAWASLU, KPU_SUMEDANG, RAHMAT, build_store

if TYPE_CHECKING:
    from playwright.sync_api import Page, Request

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "screenshots"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = build_store(tmp_path_factory.mktemp("browser") / "oxigraph")
    port = _free_port()
    env = dict(os.environ, SINERGI_STORE=url)
    log = (tmp_path_factory.mktemp("log") / "streamlit.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start; see {log.name}")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _settle(page: object, text: str) -> None:
    """Wait for ``text`` to be shown and Streamlit to finish running the script."""
    from playwright.sync_api import Page

    assert isinstance(page, Page)
    page.get_by_text(text, exact=False).first.wait_for(timeout=30_000)
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=30_000)


def _non_blank_fraction(path: Path) -> float:
    """Share of pixels that differ clearly from the most common (background) colour."""
    img = Image.open(path).convert("RGB")
    pixels = [tuple(int(c) for c in px) for px in img.get_flattened_data() if isinstance(px, tuple)]
    background = Counter(pixels).most_common(1)[0][0]
    total = len(pixels)
    differ = sum(1 for px in pixels if sum(abs(a - b) for a, b in zip(px, background, strict=True)) > 60)
    return differ / total


def _watch_outside(page: Page) -> list[str]:
    """The list that collects every request the page makes to a non-loopback host."""
    outside: list[str] = []

    def log_request(request: Request) -> None:
        url = request.url
        if url.startswith(("http:", "https:", "ws:", "wss:")) and (urlparse(url).hostname or "") not in LOOPBACK:
            outside.append(url)

    page.on("request", log_request)
    return outside


NODE_POSITION = """() => { const cy = document.getElementById('cy')._cyreg.cy;
    const n = cy.nodes().filter(x => x.data('_center') !== 1)[0];
    const p = n.renderedPosition(); return {id: n.id(), x: p.x, y: p.y}; }"""


def test_search_network_click_paths_export(server: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)

            outside = _watch_outside(page)

            # Search: typo and title tolerated.
            page.goto(f"{server}/?view=search&q=ketua+bawaslu+tasikmalya")
            _settle(page, BAWASLU.name)
            page.screenshot(path=str(SHOTS / "search.png"), full_page=True)

            # Network: open from the search result, wait for the component, check it drew something.
            page.get_by_role("button", name="Jaringan").first.click()
            frame_el = page.wait_for_selector('[data-testid="stCustomComponentV1"]', timeout=30_000)
            assert frame_el is not None
            _settle(page, "simpul")
            assert "view=network" in page.url and "bawaslu-kota-tasikmalaya" in page.url
            time.sleep(4)  # cose layout animation
            graph_png = SHOTS / "network.png"
            frame_el.screenshot(path=str(graph_png))
            page.screenshot(path=str(SHOTS / "network-page.png"), full_page=True)
            assert _non_blank_fraction(graph_png) > 0.002

            # Double-click a node: the network grows around it in place (URL keeps ?expand=).
            frame = frame_el.content_frame()
            assert frame is not None
            first = frame.evaluate(NODE_POSITION)
            box = frame_el.bounding_box()
            assert box is not None
            page.mouse.dblclick(box["x"] + first["x"], box["y"] + first["y"])
            page.wait_for_url(lambda u: "expand=" + first["id"].replace("/", "%2F") in u, timeout=30_000)
            _settle(page, "Diperluas")
            assert "view=network" in page.url
            time.sleep(4)
            frame_el = page.wait_for_selector('[data-testid="stCustomComponentV1"]', timeout=30_000)
            assert frame_el is not None
            page.screenshot(path=str(SHOTS / "network-expanded.png"), full_page=True)

            # Click a node inside the Cytoscape canvas: the page switches to that entity.
            frame = frame_el.content_frame()
            assert frame is not None
            target = frame.evaluate(NODE_POSITION)
            box = frame_el.bounding_box()
            assert box is not None
            page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
            wanted = "id=" + target["id"].replace("/", "%2F")
            page.wait_for_url(lambda u: "view=entity" in u and wanted in u, timeout=30_000)
            _settle(page, "Relasi")
            page.screenshot(path=str(SHOTS / "entity-after-click.png"), full_page=True)

            # Path finder with several paths and their evidence.
            page.goto(f"{server}/?view=paths&a={RAHMAT.id}&b={KPU_SUMEDANG.id}")
            _settle(page, "Jalur 1")
            assert page.get_by_text("Jalur 2").count() >= 1
            path_graph = page.wait_for_selector('[data-testid="stCustomComponentV1"]', timeout=30_000)
            assert path_graph is not None
            time.sleep(3)
            path_graph.screenshot(path=str(SHOTS / "paths-graph.png"))
            assert _non_blank_fraction(SHOTS / "paths-graph.png") > 0.002
            page.screenshot(path=str(SHOTS / "paths.png"), full_page=True)

            # Export: CSV tables (zip) download.
            page.goto(f"{server}/?view=export")
            _settle(page, "Format")
            page.get_by_text("CSV (nodes.csv + edges.csv, zip)", exact=True).click()
            page.get_by_role("button", name="Siapkan berkas").click()
            _settle(page, "sinergi-csv.zip")
            with page.expect_download() as info:
                page.get_by_role("button", name="Unduh sinergi-csv.zip").click()
            saved = ROOT / "test-output" / "sinergi-csv.zip"
            info.value.save_as(str(saved))
            with zipfile.ZipFile(saved) as zf:
                edges = zf.read("edges.csv").decode("utf-8")
            assert edges.startswith("statement,source,predicate")
            assert RAHMAT.id in edges
            page.screenshot(path=str(SHOTS / "export.png"), full_page=True)
        finally:
            browser.close()
    assert outside == [], f"requests left the machine: {outside}"


OTHER_VIEWS = [
    ("coordination", "", "Koordinasi"),
    ("timeline", f"&id={BAWASLU.id}", "Linimasa"),
    ("console", "", "Konsol kueri"),
    ("add", "", "Tambah artikel"),
    ("entity", f"&id={BAWASLU.id}&lang=en", BAWASLU.name),
]


def test_every_other_view_renders_offline(server: str) -> None:
    """The views the journey above does not reach: each renders, is screenshotted, stays on loopback."""
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    outside: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            outside = _watch_outside(page)
            for view, query, heading in OTHER_VIEWS:
                page.goto(f"{server}/?view={view}{query}")
                _settle(page, heading)
                if view == "coordination":  # its network is a component frame with a force layout
                    page.wait_for_selector('[data-testid="stCustomComponentV1"]', timeout=30_000)
                    page.wait_for_timeout(2500)
                page.wait_for_timeout(2500)  # tables and charts paint after the script run ends
                shot = SHOTS / f"{view}.png"
                page.screenshot(path=str(shot), full_page=True)
                assert _non_blank_fraction(shot) > 0.01, view
                assert page.locator('[data-testid="stException"]').count() == 0, view
        finally:
            browser.close()
    assert outside == [], f"requests left the machine: {outside}"
