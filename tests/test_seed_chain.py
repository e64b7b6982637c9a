"""The canonical example end to end: the seed article in, the FGD chain answered with evidence.

Denny Ramdany —speaks_at→ FGD "Perencanaan Program dan Anggaran …" —organized_by→ Bawaslu,
ingested and queried through the real CLI on a real on-disk Oxigraph store.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli.main import cli


def _run(args: list[str]) -> Any:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _query(store: str, name: str, **params: str) -> list[dict[str, Any]]:
    args = ["query", name, "--store", store, "--format", "json"]
    for key, value in params.items():
        args += ["-p", key, value]
    rows: list[dict[str, Any]] = json.loads(_run(args).stdout)
    return rows


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> str:
    seed = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_ad87972e7f5283fa.txt"
    if not seed.is_file():
        pytest.skip("../shared/seeds is not beside this checkout")
    store = f"oxigraph:{tmp_path_factory.mktemp('seed') / 'store'}"
    _run(["ingest", "--store", store, str(seed)])
    return store


def _edges(store: str, entity: str) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["predicate"], r["other_name"]): r for r in _query(store, "neighbours", entity=entity)}


def test_seed_facts_with_evidence(seed_store: str) -> None:
    denny = _edges(seed_store, "person/denny-ramdany")
    position = next(r for (p, _), r in denny.items() if p == "holds_position")
    assert position["other_name"].startswith("Setko") and "Jakarta Pusat" in position["other_name"]
    assert position["title"] == "Asisten Pemerintahan"
    assert "Denny Ramdany" in position["sentence"]

    fgd = next(r for (p, _), r in denny.items() if p == "speaks_at")
    assert fgd["other_name"].startswith("FGD Perencanaan Program dan Anggaran")
    assert "narasumber" in fgd["sentence"]

    event = _edges(seed_store, fgd["other"])
    assert ("organized_by", "Bawaslu") in event
    assert ("held_at", "Kampung Bali") in event
    assert "diselenggarakan Bawaslu" in event[("organized_by", "Bawaslu")]["sentence"]

    sitti = _edges(seed_store, "person/sitti-rakhma")
    assert sitti[("holds_position", "Bawaslu DKI Jakarta")]["title"].startswith("Koordinator Divisi")

    reporter = _edges(seed_store, "person/farandy-purba")
    assert any(p == "reported_by" for p, _ in reporter)


def test_seed_path_has_evidence_for_every_hop(seed_store: str) -> None:
    paths = _query(seed_store, "paths", source="person/denny-ramdany", target="place/kampung-bali")
    assert paths and paths[0]["hops"] == 2
    hops = ["person/denny-ramdany", paths[0]["n1"], "place/kampung-bali"]
    for a, b in zip(hops, hops[1:], strict=False):
        evidence = _query(seed_store, "edge_evidence", source=a, target=b)
        assert evidence, f"no evidence for hop {a} → {b}"
        assert all(e["sentence"] and e["article_title"].startswith("Pemkot Jakpus") for e in evidence)


def test_reingest_changes_nothing(seed_store: str) -> None:
    before = _run(["stats", "--store", seed_store]).stdout
    seed = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "000_ad87972e7f5283fa.txt"
    _run(["ingest", "--store", seed_store, str(seed)])
    assert _run(["stats", "--store", seed_store]).stdout == before
