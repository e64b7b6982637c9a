"""Negated, planned and cancelled facts give no relation; the event itself may stay."""

from __future__ import annotations

from graph.model import Article
from ingest.extract.negation import blocked
from ingest.pipeline import extract


def _preds(text: str) -> set[tuple[str, str, str]]:
    g = extract(Article(id="article/n", title="", text=text, published="2024-02-01"))
    names = {e.id: e.name for e in g.entities}
    return {(names.get(r.subject, r.subject), r.predicate, names.get(r.object, r.object)) for r in g.relations}


def test_blocked_window() -> None:
    s = "Ketua partai itu tidak hadir dalam rapat."
    assert blocked(s, s.index("hadir"), "attends")
    s = "Bawaslu akan menggelar patroli."
    assert blocked(s, s.index("menggelar"), "organized_by")
    assert not blocked("Bawaslu akan mengawasi tahapan.", 14, "supervises")
    assert not blocked("Bawaslu menggelar patroli.", 8, "organized_by")


def test_negated_attendance_and_planned_event() -> None:
    base = "KPU Kota Cirebon menggelar rapat koordinasi di Aula Kantor KPU Kota Cirebon, Senin (29/1/2024). "
    got = _preds(base + "Rapat itu dihadiri Bawaslu Kota Cirebon.")
    assert ("Bawaslu Kota Cirebon", "attends", "rapat koordinasi") in got
    got = _preds(base + "Namun, Satpol PP Kota Cirebon tidak hadir dalam rapat itu.")
    assert not [t for t in got if t[1] == "attends"]
    got = _preds("Rencananya, KPU Kota Cirebon akan menggelar rapat koordinasi di Aula Kantor KPU Kota Cirebon.")
    assert not [t for t in got if t[1] in ("organized_by", "held_at")]
    got = _preds("KPU Kota Cirebon belum berkoordinasi dengan Bawaslu Kota Cirebon.")
    assert not [t for t in got if t[1] == "coordinates_with"]
    got = _preds("KPU Kota Cirebon berkoordinasi dengan Bawaslu Kota Cirebon.")
    assert ("KPU Kota Cirebon", "coordinates_with", "Bawaslu Kota Cirebon") in got


def test_support_direction_follows_the_phrase() -> None:
    got = _preds("Pemkab Sleman memberikan dukungan kepada Bawaslu Kabupaten Sleman. "
                 "KPU Kabupaten Sleman berterima kasih atas bantuan dari Polres Sleman.")
    assert ("Pemkab Sleman", "supports", "Bawaslu Kabupaten Sleman") in got
    assert ("Polres Sleman", "supports", "KPU Kabupaten Sleman") in got
    assert not [t for t in got if t[1] == "supports" and t[0].startswith(("Bawaslu", "KPU"))]


def test_bukan_denies_but_not_bukan_hanya_or_bukan_tapi() -> None:
    from ingest.extract.negation import blocked, negated

    s1 = "Bawaslu Kota Baubau bukan bagian dari Pemkot Baubau."
    assert negated(s1, s1.index("bagian"))
    s2 = "Bawaslu Kota Baubau bukan hanya bekerja sama dengan Polres Baubau."
    assert not blocked(s2, s2.index("bekerja"), "coordinates_with")
    s3 = "Kami dengan KPU bukan mitra tapi keluarga."
    assert not blocked(s3, s3.index("mitra"), "coordinates_with")
    s4 = "KPU Kota Baubau menolak bekerja sama dengan partai itu."
    assert blocked(s4, s4.index("bekerja"), "coordinates_with")
