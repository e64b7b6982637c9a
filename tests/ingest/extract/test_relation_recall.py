"""Relation recall in shapes the first rule rounds missed: hearing counterparts, attendees in a
sentence of their own, later venues, units a body acts through. Sentences written here, people invented."""

from __future__ import annotations

from graph.model import Article, ArticleGraph
from ingest.pipeline import extract


def _graph(text: str, title: str = "") -> ArticleGraph:
    return extract(Article(id="t/1", title=title, text=text))


def _facts(g: ArticleGraph) -> set[tuple[str, str, str]]:
    name = {e.id: e.name for e in g.entities}
    return {(name.get(r.subject, r.subject), r.predicate, name.get(r.object, r.object)) for r in g.relations}


def _event(g: ArticleGraph) -> str:
    return next(e.name for e in g.entities if e.type == "Event")


def test_bodies_a_hearing_is_held_with_attend_it() -> None:
    g = _graph("DPRD Kota Tidore Kepulauan menggelar rapat dengar pendapat (RDP) dengan KPU Kota Tidore Kepulauan "
               "dan Bawaslu Kota Tidore Kepulauan, Senin (3/6/2024).")
    facts = _facts(g)
    event = _event(g)
    assert ("KPU Kota Tidore Kepulauan", "attends", event) in facts
    assert ("Bawaslu Kota Tidore Kepulauan", "attends", event) in facts


def test_audience_with_a_government_is_attended_by_it() -> None:
    g = _graph("Bawaslu Kabupaten Sumba Barat melakukan audiensi dengan Pemerintah Kabupaten (Pemkab) Sumba Barat, "
               "Kamis (2/5/2024).")
    assert ("Pemkab Sumba Barat", "attends", _event(g)) in _facts(g)


def test_parties_of_a_signing_are_not_made_its_guests() -> None:
    g = _graph("KPU Kabupaten Sumba Barat menggelar penandatanganan nota kesepahaman dengan Bawaslu Kabupaten "
               "Sumba Barat, Kamis (2/5/2024).")
    assert not any(f[1] == "attends" and f[0] == "Bawaslu Kabupaten Sumba Barat" for f in _facts(g))


def test_planned_hearing_gives_no_counterpart() -> None:
    g = _graph("DPRD Kota Tidore Kepulauan akan menggelar rapat dengar pendapat dengan KPU Kota Tidore Kepulauan "
               "pekan depan.")
    assert not any(f[1] == "attends" for f in _facts(g))


def test_government_acting_through_its_unit_later_in_the_clause() -> None:
    g = _graph("Pemerintah Kabupaten (Pemkab) Sumba Barat membantu KPU dengan menyediakan tiga truk melalui "
               "Dinas Perhubungan (Dishub) Kabupaten Sumba Barat.")
    assert any(f[1] == "part_of" and f[0].startswith("Dishub") and f[2] == "Pemkab Sumba Barat" for f in _facts(g))


def test_through_a_programme_is_no_unit() -> None:
    g = _graph("Pemkab Sumba Barat mendukung KPU Kabupaten Sumba Barat melalui program siaran radio.")
    assert not any(f[1] == "part_of" for f in _facts(g))
