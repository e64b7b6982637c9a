"""Add articles: paste and upload, preview the extraction with evidence, save into a real store."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.store import open_store
from tests.app.conftest import APP
from tests.app.fixtures import build_store

BODY = (
    "Reporter: Dimas Pranata\n\n"
    "Ketua Bawaslu Kabupaten Ciamis Hendra Kusnadi menjadi narasumber dalam rapat koordinasi pengawasan "
    "Pilkada Ciamis 2024 yang diselenggarakan Bawaslu Kabupaten Ciamis di Banjarsari, Senin (3/6).\n\n"
    "Hendra mengatakan Bawaslu Kabupaten Ciamis berkoordinasi dengan KPU Kabupaten Ciamis untuk mengawasi "
    "tahapan pemutakhiran data pemilih."
)


@pytest.fixture
def writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    """The Add view on its own store (these tests write)."""
    monkeypatch.setenv("SINERGI_STORE", build_store(tmp_path / "oxigraph"))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["view"] = "add"
    at.run()
    return at


def test_paste_preview_commit(writable: AppTest) -> None:
    at = writable
    at.text_input(key="add_title").input("Bawaslu Ciamis Gelar Rakor Pengawasan")
    at.text_area(key="add_text").input(BODY)
    at.text_input(key="add_date").input("2024-06-04")
    at.text_input(key="add_outlet").input("Warta Galuh")
    at.button[0].click().run()  # the form's submit button
    assert not at.exception and not at.error
    entities = at.dataframe[0].value
    assert "Hendra Kusnadi" in set(entities["Nama"])
    relations = at.dataframe[1].value
    held = relations[relations["Predikat"] == "menjabat di"]
    assert list(held["Subjek"]) == ["Hendra Kusnadi"]
    assert "Ketua Bawaslu Kabupaten Ciamis Hendra Kusnadi" in held["Bukti"].iloc[0]
    at.button(key="add_commit").click().run()
    assert at.success and at.success[0].value == "1 artikel disimpan."
    # The saved article is searchable at once (caches were invalidated).
    at.session_state["nav_view"] = "search"
    at.session_state["search_q"] = "hendra kusnadi"
    at.run()
    assert [b.label for b in at.button][0] == "Hendra Kusnadi"


def test_bad_date_and_missing_text_are_explained(writable: AppTest) -> None:
    at = writable
    at.text_input(key="add_title").input("Judul saja")
    at.text_input(key="add_date").input("4 Juni 2024")
    at.button[0].click().run()
    assert at.error and at.error[0].value == "Isi judul dan teks artikel."
    at.text_area(key="add_text").input(BODY)
    at.button[0].click().run()
    assert at.error and at.error[0].value == "Tanggal “4 Juni 2024” bukan YYYY-MM-DD."


def test_uploaded_jsonl_reports_bad_lines_and_keeps_good_ones() -> None:
    from ui.add_articles import uploaded_articles

    good = '{"title": "Rakor di Ciamis", "text": "' + BODY.replace("\n", "\\n") + '", "published": "2024-06-04"}'
    payload = (good + "\n{not json\n").encode("utf-8")
    articles, problems = uploaded_articles("kiriman.jsonl", payload)
    assert [a.title for a in articles] == ["Rakor di Ciamis"]
    assert len(problems) == 1 and problems[0].startswith("kiriman.jsonl:2")
    none, why = uploaded_articles("kiriman.pdf", b"%PDF")
    assert none == [] and "unsupported file type" in why[0]


def test_committed_article_is_in_the_store(tmp_path: Path) -> None:
    """Writing through the view's path (store.write) is idempotent per article id."""
    from ingest.pipeline import extract
    from ui.add_articles import pasted_article

    url = build_store(tmp_path / "s")
    article = pasted_article("Rakor di Ciamis", BODY, "2024-06-04", "Warta Galuh", "")
    assert not isinstance(article, str)
    store = open_store(url)
    try:
        before = store.counts()["articles"]
        store.write([extract(article)])
        store.write([extract(article)])
        assert store.counts()["articles"] == before + 1
        assert store.article(article.id) is not None
    finally:
        store.close()
