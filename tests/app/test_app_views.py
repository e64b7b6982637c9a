"""Every view of the explorer, run by Streamlit's AppTest against a real Oxigraph store."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from graph.model import Article, ArticleGraph, Evidence, Relation
from graph.store import open_store
from tests.app.conftest import APP
from tests.app.fixtures import (
    ART2,
    BAWASLU,
    BAWASLU_TABANAN,
    KPU,
    KPU_SUMEDANG,
    LONELY,
    RAHMAT,
    RAKOR,
    S1,
    S4,
    SEKAR,
    SOSIALISASI,
    build_store,
)

Open = Callable[..., AppTest]


def _labels(at: AppTest) -> list[str]:
    return [b.label for b in at.button]


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


# ---- search ---------------------------------------------------------------------------------

def test_search_tolerates_case_title_and_typo(app: Open) -> None:
    at = app("search", q="KETUA bawaslu tasikmalya")
    assert _labels(at)[0] == BAWASLU.name


def test_search_finds_alias_and_says_which(app: Open) -> None:
    at = app("search", q="komisi pemilihan umum kota tasikmalaya")
    assert _labels(at)[0] == KPU.name
    assert "Komisi Pemilihan Umum Kota Tasikmalaya" in _captions(at)


def test_search_without_match_says_so(app: Open) -> None:
    at = app("search", q="zzzz qqqq")
    assert at.info and "zzzz qqqq" in at.info[0].value


def test_search_result_opens_entity_page_and_url(app: Open) -> None:
    at = app("search", q="sekar")
    at.button(key="search_hit_0").click().run()
    assert at.query_params["view"] == "entity"
    assert at.query_params["id"] == SEKAR.id
    assert at.header[0].value == SEKAR.name


def test_typing_a_query_writes_it_to_the_url(app: Open) -> None:
    at = app("search")
    at.text_input(key="search_q").input("rahmat").run()
    assert at.query_params["q"] == "rahmat"
    assert _labels(at)[0] == RAHMAT.name


# ---- entity page ----------------------------------------------------------------------------

def test_entity_page_shows_positions_and_evidence_with_source(app: Open) -> None:
    at = app("entity", id=RAHMAT.id)
    assert at.header[0].value == RAHMAT.name
    md = _markdown(at)
    assert "Orang" in md  # type label in Bahasa Indonesia
    assert "Rahmat" in md  # alias
    assert f"**Ketua**, {BAWASLU.name}" in md
    assert S1 in md
    captions = _captions(at)
    assert "Bawaslu dan KPU Tasikmalaya Bersinergi Awasi Pilkada" in captions
    assert "Kabar Priangan" in captions and "2024-05-15" in captions
    assert "https://example.org/kabar/1" in captions
    groups = [e.label for e in at.expander]
    assert any(g.startswith("menjabat di") for g in groups)
    assert any(g.startswith("mengutip") for g in groups)


def test_entity_page_counts_sources_and_dates_a_position(
        app: Open, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one = app("entity", id=RAHMAT.id)
    assert f"**Ketua**, {BAWASLU.name} · diberitakan 2024-05-15 · 1 sumber" in _markdown(one)
    # A later article restates the position: one fact, two sources, the reporting span.
    url = build_store(tmp_path / "two-sources")
    text = f"Pada rapat evaluasi, {S1}"
    later = Article("article/fixture-later", "Evaluasi Pengawasan Pilkada Tasikmalaya", text, "2024-09-20",
                    "Warta Galuh", None)
    store = open_store(url)
    try:
        store.write([ArticleGraph(later, [RAHMAT, BAWASLU], [Relation(
            RAHMAT.id, "holds_position", BAWASLU.id,
            Evidence(later.id, S1, text.index(S1), len(text), "fixture.v1", 1.0), title="Ketua")])])
    finally:
        store.close()
    monkeypatch.setenv("SINERGI_STORE", url)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["view"] = "entity"
    at.query_params["id"] = RAHMAT.id
    at.run()
    assert not at.exception
    assert f"**Ketua**, {BAWASLU.name} · diberitakan 2024-05-15 – 2024-09-20 · 2 sumber" in _markdown(at)
    assert "menjabat di (1)" in [e.label for e in at.expander]  # one fact, not two rows
    captions = _captions(at)
    fact = captions[captions.index("2 sumber · 2024-05-15 – 2024-09-20"):]
    assert fact.index("Evaluasi Pengawasan Pilkada Tasikmalaya") < fact.index(
        "Bawaslu dan KPU Tasikmalaya Bersinergi Awasi Pilkada")  # newest source first


def test_entity_page_marks_incoming_relations(app: Open) -> None:
    at = app("entity", id=BAWASLU.id)
    groups = [e.label for e in at.expander]
    assert any(g.startswith("← menjabat di (masuk)") for g in groups)
    # coordinates_with is symmetric: one group, whichever side the article named first.
    assert "berkoordinasi dengan (1)" in groups
    assert S4 in _markdown(at)
    kpu = app("entity", id=KPU.id)
    assert "berkoordinasi dengan (2)" in [e.label for e in kpu.expander]


def test_entity_neighbour_button_navigates(app: Open) -> None:
    at = app("entity", id=RAHMAT.id)
    at.button(key="ent_rel_holds_position_1_0").click().run()
    assert at.query_params["id"] == BAWASLU.id
    assert at.header[0].value == BAWASLU.name


def test_article_page_lists_what_it_states(app: Open) -> None:
    at = app("entity", id=ART2.id)
    assert at.header[0].value == ART2.title
    assert "Warta Galuh" in _captions(at)
    md = _markdown(at)
    assert "mendukung" in md and "diselenggarakan oleh" in md
    assert [b.label for b in at.button if b.key and b.key.startswith("art_s_")] == [
        "Pemkot Tasikmalaya", "Sosialisasi pemutakhiran data pemilih", "Sosialisasi pemutakhiran data pemilih"]


def test_unknown_entity_is_reported(app: Open) -> None:
    at = app("entity", id="person/nobody-here")
    assert at.warning and "person/nobody-here" in at.warning[0].value


# ---- network --------------------------------------------------------------------------------

def _summary(at: AppTest) -> str:
    return next(c.value for c in at.caption if "simpul" in c.value or "nodes" in c.value)


def test_network_hops_grow_the_neighbourhood(app: Open) -> None:
    one = app("network", id=RAHMAT.id, hops="1")
    two = app("network", id=RAHMAT.id, hops="2")
    assert _summary(one).startswith("4 simpul")
    n_two = int(_summary(two).split()[0])
    assert n_two > 4


def test_network_node_click_opens_entity_page(app: Open) -> None:
    at = app("network", id=RAHMAT.id)
    at.session_state[at.session_state["net_graph_key"]] = {"action": "node_click", "data": {"target_id": BAWASLU.id}, "timestamp": 1}
    at.run()
    assert at.query_params["view"] == "entity"
    assert at.query_params["id"] == BAWASLU.id
    assert at.header[0].value == BAWASLU.name


def test_network_double_click_expands_a_node_in_place(app: Open) -> None:
    at = app("network", id=RAHMAT.id, hops="1")
    assert _summary(at).startswith("4 simpul")
    at.session_state[at.session_state["net_graph_key"]] = {
        "action": "expand", "data": {"node_ids": [BAWASLU.id]}, "timestamp": 2}
    at.run()
    assert at.query_params["view"] == "network"  # a double click does not open the page
    assert at.query_params["expand"] == BAWASLU.id
    grown = int(_summary(at).split()[0])
    assert grown > 4
    # the URL reproduces the expanded view, and collapsing returns to the plain one-hop network
    shared = app("network", id=RAHMAT.id, hops="1", expand=BAWASLU.id)
    assert int(_summary(shared).split()[0]) == grown
    shared.button(key="net_collapse").click().run()
    assert _summary(shared).startswith("4 simpul")
    assert "expand" not in shared.query_params


def test_network_predicate_filter_prunes_and_goes_to_url(app: Open) -> None:
    at = app("network", id=RAHMAT.id, hops="1")
    at.multiselect(key="net_preds").set_value(["holds_position"]).run()
    assert _summary(at).startswith("2 simpul")
    assert at.query_params["preds"] == "holds_position"


def test_network_node_cap_and_show_more(app: Open) -> None:
    at = app("network", id=RAHMAT.id, hops="3", cap="2")
    assert _summary(at).startswith("2 simpul")
    at.button(key="net_more").click().run()
    assert int(_summary(at).split()[0]) > 2


def test_network_without_centre_offers_search(app: Open) -> None:
    at = app("network")
    at.text_input(key="net_q").input("sumedang").run()
    at.button(key="net_pick_0").click().run()
    assert at.query_params["id"] == KPU_SUMEDANG.id
    assert _summary(at).startswith("3 simpul")


# ---- paths ----------------------------------------------------------------------------------

def test_paths_lists_several_with_evidence(app: Open) -> None:
    at = app("paths", a=RAHMAT.id, b=KPU_SUMEDANG.id)
    titles = [s.value for s in at.subheader]
    assert titles[0] == "Jalur 1 (3 langkah)"
    assert len(titles) >= 2
    md = _markdown(at)
    assert S4 in md and "berkoordinasi dengan" in md


def test_paths_respect_avoided_predicates(app: Open) -> None:
    at = app("paths", a=RAHMAT.id, b=KPU_SUMEDANG.id)
    at.multiselect(key="path_avoid_p").set_value(["coordinates_with"]).run()
    assert at.warning and at.warning[0].value == "Tidak ada jalur antara keduanya."


def test_paths_none_for_isolated_entity(app: Open) -> None:
    at = app("paths", a=RAHMAT.id, b=LONELY.id)
    assert at.warning and at.warning[0].value == "Tidak ada jalur antara keduanya."


def test_paths_endpoints_from_search_boxes(app: Open) -> None:
    at = app("paths")
    at.text_input(key="path_qa").input("sekar wulandari").run()
    at.text_input(key="path_qb").input("kpu sumedang").run()
    assert at.query_params["a"] == SEKAR.id
    assert at.query_params["b"] == KPU_SUMEDANG.id
    assert at.subheader[0].value.startswith("Jalur 1")


def test_paths_button_on_entity_page_sets_the_start(app: Open) -> None:
    at = app("paths", a=SEKAR.id, b=KPU_SUMEDANG.id)
    at.session_state["nav_view"] = "entity"
    at.query_params["id"] = RAHMAT.id
    at.run()
    at.button(key="ent_to_paths").click().run()
    assert at.query_params["a"] == RAHMAT.id
    assert at.text_input(key="path_qa").value == RAHMAT.name
    assert at.selectbox(key="path_a").value == RAHMAT.id


# ---- language -------------------------------------------------------------------------------

def test_english_on_request(app: Open) -> None:
    at = app("entity", id=RAHMAT.id, lang="en")
    groups = [e.label for e in at.expander]
    assert any(g.startswith("holds position") for g in groups)
    assert "Person" in _markdown(at)
    at.radio(key="nav_lang").set_value("id").run()
    assert at.query_params["lang"] == "id"
    assert any(e.label.startswith("menjabat di") for e in at.expander)


def test_network_date_range_from_url_drops_older_edges(app: Open) -> None:
    # From 2024-06-03 on, KPU keeps only the sosialisasi it co-organised and KPU Sumedang;
    # Bawaslu and Sekar (2024-05-15 article) drop out.
    at = app("network", id=KPU.id, hops="1", **{"from": "2024-06-03", "to": "2024-07-01"})
    assert _summary(at).startswith("3 simpul, 2 sisi")
    full = app("network", id=KPU.id, hops="1")
    assert _summary(full).startswith("5 simpul, 4 sisi")


# ---- coordination, timeline -----------------------------------------------------------------

def test_coordination_table_lists_ties_by_kind(app: Open) -> None:
    at = app("coordination")
    table = at.dataframe[0].value
    pairs = {(r["Organisasi A"], r["Organisasi B"], r["Jenis"]) for r in table.to_dict("records")}
    assert (BAWASLU.name, KPU.name, "berkoordinasi dengan") in pairs
    assert (KPU.name, "Pemkot Tasikmalaya", "menyelenggarakan bersama") in pairs


def test_coordination_kind_filter(app: Open) -> None:
    at = app("coordination", kinds="co_organized")
    kinds = set(at.dataframe[0].value["Jenis"])
    assert kinds == {"menyelenggarakan bersama"}


def test_coordination_province_filter_uses_names_and_regions(app: Open) -> None:
    at = app("coordination", prov="Bali")
    rows = at.dataframe[0].value.to_dict("records")
    assert [(r["Organisasi A"], r["Organisasi B"]) for r in rows] == [(BAWASLU_TABANAN.name, KPU_SUMEDANG.name)]
    assert "Jawa Barat" in at.selectbox(key="coord_prov").options
    at.selectbox(key="coord_prov").set_value("").run()
    assert len(at.dataframe[0].value) == 4
    assert "prov" not in at.query_params


def test_coordination_kabupaten_kota_and_date_range(app: Open) -> None:
    at = app("coordination", prov="Jawa Barat")
    assert at.selectbox(key="coord_area").options == ["Semua", "Kabupaten Sumedang", "Kota Tasikmalaya"]
    at.selectbox(key="coord_area").set_value("Kabupaten Sumedang").run()
    pairs = {(r[0], r[1]) for r in at.dataframe[0].value.itertuples(index=False)}
    assert pairs == {(KPU_SUMEDANG.name, KPU.name), (BAWASLU_TABANAN.name, KPU_SUMEDANG.name)}
    assert at.query_params["area"] == "Kabupaten Sumedang"
    # the article dates narrow the ties: only the May article (Bawaslu–KPU Tasikmalaya) is left
    may = app("coordination", **{"from": "2024-05-15", "to": "2024-05-15"})
    rows = list(may.dataframe[0].value.itertuples(index=False))
    assert [(r[0], r[1], r[2]) for r in rows] == [(BAWASLU.name, KPU.name, "berkoordinasi dengan")]
    assert may.query_params["from"] == "2024-05-15"


def test_coordination_draws_only_the_best_sourced_ties(app: Open, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.coordination

    monkeypatch.setattr(ui.coordination, "DRAW_LIMIT", 2)
    at = app("coordination")
    assert "menampilkan 2 hubungan" in _captions(at)
    assert len(at.dataframe[0].value) == 4  # the table still lists every tie


def test_coordination_node_click_opens_entity(app: Open) -> None:
    at = app("coordination")
    at.session_state[at.session_state["coord_graph_key"]] = {"action": "node_click", "data": {"target_id": KPU.id}, "timestamp": 5}
    at.run()
    assert at.query_params["id"] == KPU.id and at.header[0].value == KPU.name


def test_timeline_orders_events_by_date(app: Open) -> None:
    at = app("timeline")
    events = [b.label for b in at.button if b.key and b.key.startswith("tl_ev_")]
    assert events == [
        "2024-05-14 · Rapat koordinasi pengawasan tahapan Pilkada",
        "2024-06-02 · Sosialisasi pemutakhiran data pemilih",
    ]


def test_timeline_focus_on_one_entity(app: Open) -> None:
    at = app("timeline", id=SEKAR.id)
    events = [b.label for b in at.button if b.key and b.key.startswith("tl_ev_")]
    assert events == ["2024-05-14 · Rapat koordinasi pengawasan tahapan Pilkada"]


def test_timeline_for_a_region(app: Open) -> None:
    def events(at: AppTest) -> list[str]:
        return [b.label.split(" · ")[1] for b in at.button if b.key and b.key.startswith("tl_ev_")]

    west_java = app("timeline", prov="Jawa Barat")
    assert events(west_java) == [RAKOR.name, SOSIALISASI.name]
    assert "Kota Tasikmalaya" in west_java.selectbox(key="tl_area").options
    west_java.selectbox(key="tl_area").set_value("Kota Tasikmalaya").run()
    assert west_java.query_params["area"] == "Kota Tasikmalaya" and len(events(west_java)) == 2
    # "Tasikmalaya" alone (where the rakor was held) may be the regency too; the sosialisasi was
    # organised by city bodies only
    assert events(app("timeline", prov="Jawa Barat", area="Kabupaten Tasikmalaya")) == [RAKOR.name]
    assert west_java.selectbox(key="tl_prov").options == ["Semua", "Jawa Barat"]  # no event in Bali


# ---- console --------------------------------------------------------------------------------

def test_console_canned_query_with_parameter_form(app: Open) -> None:
    at = app("console", query="positions_held")
    at.text_input(key="con_p_positions_held_entity").input(RAHMAT.id).run()
    at.button(key="con_run").click().run()
    rows = at.dataframe[0].value
    assert "Ketua" in set(rows["title"])
    assert at.get("download_button")


def test_console_raw_select_with_row_limit(app: Open) -> None:
    at = app("console", mode="raw")
    at.number_input(key="con_limit").set_value(2).run()
    at.text_area(key="con_raw").input("SELECT ?s WHERE { ?s ?p ?o }").run()
    at.button(key="con_run_raw").click().run()
    assert len(at.dataframe[0].value) == 2
    assert "masih ada lagi" in _captions(at)


def test_console_raw_query_is_shareable(app: Open) -> None:
    text = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3"
    at = app("console", mode="raw")
    at.text_area(key="con_raw").input(text).run()
    assert at.query_params["text"] == text
    shared = app("console", mode="raw", text=text)
    shared.button(key="con_run_raw").click().run()
    assert len(shared.dataframe[0].value) == 3


def test_export_format_from_url(app: Open) -> None:
    at = app("export", format="graphml")
    at.button(key="exp_prepare").click().run()
    fmt, payload = at.session_state["exp_payload"]
    assert fmt == "graphml" and b"<graphml" in payload and RAHMAT.id.encode() in payload


def test_export_gexf_for_gephi(app: Open) -> None:
    at = app("export", format="gexf")
    at.button(key="exp_prepare").click().run()
    fmt, payload = at.session_state["exp_payload"]
    assert fmt == "gexf" and b"<gexf" in payload and b'label="Rahmat Sudibyo"' in payload


def test_network_offers_the_drawn_view_for_download(app: Open) -> None:
    at = app("network", id=RAHMAT.id, hops="1")
    at.radio(key="net_export_fmt").set_value("gexf").run()
    [button] = [b for b in at.get("download_button") if "net_export" in str(b.proto.id)]
    assert "sinergi-person-rahmat-sudibyo.gexf" in button.proto.label


def test_console_refuses_updates(app: Open) -> None:
    at = app("console", mode="raw")
    at.text_area(key="con_raw").input("DELETE WHERE { ?s ?p ?o }").run()
    at.button(key="con_run_raw").click().run()
    assert at.error and "DELETE" in at.error[0].value
    again = app("entity", id=RAHMAT.id)
    assert S1 in _markdown(again)


def test_console_reports_a_broken_query(app: Open) -> None:
    at = app("console", mode="raw")
    at.text_area(key="con_raw").input("SELECT ?s WHERE { ?s ").run()
    at.button(key="con_run_raw").click().run()
    assert at.error and at.error[0].value.startswith("Kueri gagal")


# ---- export ---------------------------------------------------------------------------------

def test_export_csv_offers_a_download(app: Open) -> None:
    at = app("export")
    at.radio(key="exp_format").set_value("csv").run()
    at.button(key="exp_prepare").click().run()
    assert at.get("download_button")
    assert not at.error
    fmt, payload = at.session_state["exp_payload"]
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        assert RAHMAT.id in zf.read("edges.csv").decode("utf-8")


def test_export_turtle_holds_the_evidence(app: Open) -> None:
    at = app("export")
    at.button(key="exp_prepare").click().run()
    fmt, payload = at.session_state["exp_payload"]
    assert fmt == "ttl"
    assert S1 in payload.decode("utf-8")


# ---- an empty store -------------------------------------------------------------------------

def test_every_view_runs_on_an_empty_store(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SINERGI_STORE", "memory:")
    for view in ("search", "entity", "network", "paths", "coordination", "timeline", "console", "add", "export"):
        at = AppTest.from_file(str(APP), default_timeout=60)
        at.query_params["view"] = view
        at.query_params["q"] = "bawaslu"
        at.run()
        assert not at.exception, (view, [e.value for e in at.exception])
        assert at.header, view


def test_paths_graph_click_opens_entity(app: Open) -> None:
    at = app("paths", a=RAHMAT.id, b=KPU_SUMEDANG.id)
    at.session_state[at.session_state["path_graph_key"]] = {
        "action": "node_click", "data": {"target_id": KPU.id}, "timestamp": 9}
    at.run()
    assert at.query_params["view"] == "entity" and at.header[0].value == KPU.name


def test_search_province_facet_filters_hits(app: Open) -> None:
    at = app("search", q="bawaslu")
    assert {BAWASLU.name, BAWASLU_TABANAN.name} <= set(_labels(at))
    at = app("search", q="bawaslu", prov="Bali")
    assert BAWASLU_TABANAN.name in _labels(at) and BAWASLU.name not in _labels(at)
    assert at.query_params["prov"] == "Bali"
