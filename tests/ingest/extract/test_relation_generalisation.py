"""General relation rules for styles the dev set lacks: long event names that spell out an election,
field activities named by their verb, planned follow-ups. Sentences written here, people invented."""

from __future__ import annotations

from graph.model import Article, ArticleGraph
from ingest.pipeline import extract


def _graph(text: str, title: str = "") -> ArticleGraph:
    return extract(Article(id="t/1", title=title, text=text))


def _facts(g: ArticleGraph) -> set[tuple[str, str, str]]:
    name = {e.id: e.name for e in g.entities}
    return {(name.get(r.subject, r.subject), r.predicate, name.get(r.object, r.object)) for r in g.relations}


def test_long_event_name_ends_with_the_election_it_spells_out() -> None:
    g = _graph("KPU Kota Palu menggelar simulasi pemungutan dan penghitungan suara Pemilihan Wali Kota dan "
               "Wakil Wali Kota Palu 2024 di Kantor Kelurahan Besusu, Sabtu (9/11/2024).")
    event = "simulasi pemungutan dan penghitungan suara Pemilihan Wali Kota dan Wakil Wali Kota Palu 2024"
    assert event in {e.name for e in g.entities if e.type == "Event"}
    assert (event, "about", "Pemilihan Wali Kota dan Wakil Wali Kota Palu 2024") in _facts(g)


def test_joint_clearing_of_campaign_props_is_organised_by_both_bodies() -> None:
    g = _graph("Bawaslu Kota Bitung bersama Satpol PP Kota Bitung menertibkan 120 alat peraga kampanye di "
               "Jalan Sam Ratulangi, Minggu (24/11/2024). Penertiban dipimpin Ketua Bawaslu Kota Bitung, "
               "Marten Rondonuwu, dan turut ditinjau Ketua KPU Kota Bitung, Yanti Lumempouw.")
    facts = _facts(g)
    event = next(e.name for e in g.entities if e.type == "Event")
    assert event.startswith("penertiban alat peraga kampanye")
    assert {(event, "organized_by", "Bawaslu Kota Bitung"), (event, "organized_by", "Satpol PP Kota Bitung"),
            (event, "held_at", "Jalan Sam Ratulangi"), ("Marten Rondonuwu", "attends", event),
            ("Yanti Lumempouw", "attends", event)} <= facts
    assert ("Marten Rondonuwu", "speaks_at", event) not in facts


def test_planned_follow_up_place_is_not_the_event_venue() -> None:
    g = _graph("Bawaslu Kota Bitung menggelar patroli pengawasan di Pasar Winenet, Minggu (24/11/2024). "
               "Patroli lanjutan di Pulau Lembeh dijadwalkan pada Selasa.")
    held = {f[2] for f in _facts(g) if f[1] == "held_at"}
    assert "Pasar Winenet" in held
    assert "Pulau Lembeh" not in held


def test_adverb_after_a_kind_word_does_not_name_a_second_event() -> None:
    g = _graph("KPU Kota Bitung menuntaskan rapat pleno terbuka rekapitulasi suara di Hotel Bitung Indah, "
               "setelah rapat sempat diskors dua kali.")
    events = {e.name for e in g.entities if e.type == "Event"}
    assert events == {"rapat pleno terbuka rekapitulasi suara"}
    assert ("rapat pleno terbuka rekapitulasi suara", "organized_by", "KPU Kota Bitung") in _facts(g)
