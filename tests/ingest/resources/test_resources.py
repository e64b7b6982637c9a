"""The gazetteers parse, hold the official counts, answer known lookups and reject malformed rows."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from ingest import resources
from ingest.resources import (
    INSTITUTION_KINDS,
    ORGANIZATION_KINDS,
    RESOURCE_DIR,
    ResourceError,
    load_institutions,
    load_organizations,
    load_regions,
)


def test_every_resource_file_parses() -> None:
    assert resources.regions()
    assert resources.institutions()
    assert resources.organizations()
    assert resources.titles()
    assert resources.honorifics()
    assert resources.name_particles()


def test_region_counts_match_the_2025_decree() -> None:
    levels = Counter(r.level for r in resources.regions())
    assert levels["province"] == 38
    assert levels["regency"] + levels["city"] == 514
    assert levels["district"] > 7000


def test_every_region_has_a_parent_that_exists_one_level_up() -> None:
    by_code = {r.code: r for r in resources.regions()}
    for region in by_code.values():
        if region.level == "province":
            assert region.parent == "" and region.parent_code == ""
            continue
        parent = by_code[region.parent_code]
        assert parent.name == region.parent
        expected = {"province"} if region.level in {"regency", "city"} else {"regency", "city"}
        assert parent.level in expected, region


def test_region_names_drop_the_kabupaten_and_kota_prefix() -> None:
    names = [r.name for r in resources.regions() if r.level in {"regency", "city"}]
    assert not [n for n in names if n.startswith(("Kabupaten ", "Kota ", "Kab. "))]
    garut = resources.find_regions("Garut")
    assert [(r.level, r.parent) for r in garut] == [("regency", "Jawa Barat")]
    assert "Kabupaten Garut" in garut[0].aliases


def test_bekasi_is_both_a_city_and_a_regency() -> None:
    found = resources.find_regions("Bekasi")
    assert {(r.level, r.parent) for r in found} >= {("city", "Jawa Barat"), ("regency", "Jawa Barat")}
    assert [r.level for r in resources.find_regions("Kota Bekasi")] == ["city"]
    assert [r.level for r in resources.find_regions("Kabupaten Bekasi")] == ["regency"]


def test_jakarta_pusat_is_a_city_in_dki_jakarta_with_alias_jakpus() -> None:
    (jakpus,) = resources.find_regions("Jakpus")
    assert (jakpus.name, jakpus.level, jakpus.parent) == ("Jakarta Pusat", "city", "DKI Jakarta")
    assert "Kota Administrasi Jakarta Pusat" in jakpus.aliases


@pytest.mark.parametrize(
    ("alias", "province"),
    [
        ("Sulsel", "Sulawesi Selatan"),
        ("Jabar", "Jawa Barat"),
        ("DIY", "Daerah Istimewa Yogyakarta"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("NTB", "Nusa Tenggara Barat"),
        ("Kepri", "Kepulauan Riau"),
        ("DKI", "DKI Jakarta"),
        ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
    ],
)
def test_province_short_forms(alias: str, province: str) -> None:
    found = resources.find_regions(alias)
    assert [(r.name, r.level) for r in found] == [(province, "province")]


def test_new_papua_provinces_are_present() -> None:
    provinces = {r.name for r in resources.regions() if r.level == "province"}
    assert {"Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"} <= provinces


def test_region_names_follow_indonesian_title_case() -> None:
    by_name = {r.name: r for r in resources.regions() if r.level in {"regency", "city"}}
    assert "Pangkajene dan Kepulauan" in by_name
    districts = {r.name for r in resources.regions() if r.level == "district"}
    assert "Timang Gajah" in districts
    assert not [n for n in districts if n[:1].islower()]


def test_an_alias_never_repeats_its_own_name() -> None:
    for region in resources.regions():
        assert region.name not in region.aliases, region
        assert len(set(region.aliases)) == len(region.aliases), region
    for org in resources.organizations():
        assert org.name not in org.aliases, org


def test_institutions_have_allowed_kinds_and_the_election_hierarchy() -> None:
    rows = resources.institutions()
    assert {i.kind for i in rows} <= INSTITUTION_KINDS
    heads = {i.head for i in rows}
    assert {"KPU", "KIP", "Bawaslu", "Panwaslih", "PPK", "PPS", "KPPS", "Sentra Gakkumdu"} <= heads
    bawaslu = next(i for i in rows if i.head == "Bawaslu")
    assert bawaslu.kind == "election_body" and bawaslu.jurisdictional
    assert "Badan Pengawas Pemilu" in bawaslu.aliases
    assert len(heads) == len(rows), "a head is listed twice"


def test_organizations_cover_parties_bodies_and_watchdogs() -> None:
    orgs = resources.organizations()
    assert {o.kind for o in orgs} <= ORGANIZATION_KINDS
    assert len({o.name for o in orgs}) == len(orgs), "an organisation is listed twice"
    assert [o.kind for o in resources.find_organizations("PDIP")] == ["party"]
    assert [o.name for o in resources.find_organizations("Gerindra")] == ["Partai Gerakan Indonesia Raya"]
    assert [o.kind for o in resources.find_organizations("Perludem")] == ["civil_society"]
    assert [o.kind for o in resources.find_organizations("UGM")] == ["university"]
    assert resources.find_organizations("pan") == []
    kinds = Counter(o.kind for o in orgs)
    assert kinds["party"] >= 24
    assert kinds["university"] >= 80
    assert kinds["media"] >= 40


def test_no_organisation_alias_points_to_two_organisations() -> None:
    seen: dict[str, str] = {}
    for org in resources.organizations():
        for form in (org.name, *org.aliases):
            assert seen.setdefault(form, org.name) == org.name, f"{form!r}: {seen[form]} and {org.name}"


def test_titles_honorifics_and_particles() -> None:
    title_kinds = {t.head: t.kind for t in resources.titles()}
    assert title_kinds["Koordinator Divisi"] == "leader"
    assert title_kinds["Wakil Ketua"] == "deputy"
    assert title_kinds["Plt"] == "modifier"
    honorifics = {(h.form, h.position): h.kind for h in resources.honorifics()}
    assert honorifics[("S.Sos.", "suffix")] == "degree"
    assert honorifics[("AKBP", "prefix")] == "rank"
    assert honorifics[("H.", "prefix")] == "religious"
    particles = resources.name_particles()
    assert {"Andi", "La Ode", "I Wayan", "Teuku"} <= set(particles)
    assert particles.index("I Gusti Ngurah") < particles.index("I Gusti") < particles.index("I")


def test_accessors_return_fresh_lists_over_one_cached_parse() -> None:
    first = resources.regions()
    first.clear()
    assert resources.regions()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_row_names_file_line_and_field(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "institutions.tsv",
        "head\texpansion\tkind\tjurisdictional\taliases\n"
        "KPU\tKomisi Pemilihan Umum\telection_body\tyes\t\n"
        "Polres\tKepolisian Resor\tpolicee\tyes\t\n",
    )
    with pytest.raises(ResourceError, match=r"institutions\.tsv:3: field 'kind' is 'policee'"):
        load_institutions(path)


def test_missing_tab_is_reported_with_its_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "organizations.tsv", "name\tkind\taliases\nPerludem\tcivil_society\n")
    with pytest.raises(ResourceError, match=r"organizations\.tsv:2: 2 tab-separated fields, expected 3"):
        load_organizations(path)


def test_wrong_header_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path, "regions.tsv", "nama\tlevel\tparent\taliases\nGarut\tregency\tJawa Barat\t\n")
    with pytest.raises(ResourceError, match=r"regions\.tsv:1: header"):
        load_regions(path)


def test_empty_alias_and_bad_flag_are_rejected(tmp_path: Path) -> None:
    regions = _write(
        tmp_path, "regions.tsv", "name\tlevel\tparent\taliases\nGarut\tregency\tJawa Barat\tA||B\n"
    )
    with pytest.raises(ResourceError, match=r":2: field 'aliases' has an empty alias"):
        load_regions(regions)
    inst = _write(
        tmp_path,
        "institutions.tsv",
        "head\texpansion\tkind\tjurisdictional\taliases\nKPU\tx\telection_body\tya\t\n",
    )
    with pytest.raises(ResourceError, match=r"field 'jurisdictional' is 'ya'"):
        load_institutions(inst)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="file not found"):
        load_regions(tmp_path / "regions.tsv")


def test_committed_regions_file_matches_the_generator() -> None:
    lokal = pytest.importorskip("lokal")
    assert lokal
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_regions", RESOURCE_DIR.parent.parent / "scripts" / "build_regions.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    expected = ["\t".join(row) for row in module.build()]
    actual = (RESOURCE_DIR / "regions.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert actual == expected, "regions.tsv is stale: run .venv/bin/python scripts/build_regions.py"


def test_no_alias_of_a_province_regency_or_city_names_another_one() -> None:
    top = [r for r in resources.regions() if r.level != "district"]
    owner: dict[str, set[str]] = {}
    for region in top:
        for form in (region.name, *region.aliases):
            owner.setdefault(form, set()).add(region.code)
    names = {r.name for r in top}
    shared = {form: codes for form, codes in owner.items() if len(codes) > 1 and form not in names}
    assert not shared, f"aliases shared by several regions: {shared}"
    for region in top:
        for alias in region.aliases:
            assert alias not in names or region.code in owner[alias], (region.name, alias)


@pytest.mark.parametrize(
    ("alias", "name", "level"),
    [
        ("Kukar", "Kutai Kartanegara", "regency"),
        ("Sidrap", "Sidenreng Rappang", "regency"),
        ("Tangsel", "Tangerang Selatan", "city"),
        ("Solo", "Surakarta", "city"),
        ("Inhil", "Indragiri Hilir", "regency"),
        ("Baubau", "Bau Bau", "city"),
    ],
)
def test_regency_and_city_short_forms(alias: str, name: str, level: str) -> None:
    assert [(r.name, r.level) for r in resources.find_regions(alias)] == [(name, level)]


def test_no_institution_form_points_to_two_heads() -> None:
    owner: dict[str, str] = {}
    for inst in resources.institutions():
        assert inst.head not in inst.aliases, inst
        for form in dict.fromkeys((inst.head, inst.expansion, *inst.aliases)):
            assert owner.setdefault(form, inst.head) == inst.head, f"{form!r}: {owner[form]} and {inst.head}"


def test_small_lists_have_no_duplicates() -> None:
    heads = [t.head for t in resources.titles()]
    assert len(heads) == len(set(heads))
    forms = [(h.form, h.position) for h in resources.honorifics()]
    assert len(forms) == len(set(forms))
    particles = resources.name_particles()
    assert len(particles) == len(set(particles))


def _lookup_cases() -> list[tuple[str, str, str, str]]:
    path = Path(__file__).with_name("lookup_cases.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [(a, b, c, d) for a, b, c, d in (line.split("\t") for line in lines if line.strip())]


def _institution_forms() -> dict[str, tuple[str, str]]:
    forms: dict[str, tuple[str, str]] = {}
    for inst in resources.institutions():
        for form in (inst.head, inst.expansion, *inst.aliases):
            forms[form] = (inst.head, inst.kind)
    return forms


@pytest.mark.parametrize(("surface", "table", "name", "expected"), _lookup_cases())
def test_lookup_case_table(surface: str, table: str, name: str, expected: str) -> None:
    """Surface forms journalists write, and the gazetteer entry each must resolve to."""
    if table == "region":
        assert (name, expected) in [(r.name, r.level) for r in resources.find_regions(surface)]
    elif table == "org":
        assert [(o.name, o.kind) for o in resources.find_organizations(surface)] == [(name, expected)]
    else:
        assert _institution_forms().get(surface) == (name, expected)
