"""Gazetteers the extractor matches against, built once per process.

The lists themselves are data owned by the resources module (``ingest/resources/*.tsv``). This
module only turns them into lookup tables. When a list has not landed yet, a very small built-in
fallback keeps the extractor (and its tests) working; the real lists replace it transparently.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True, slots=True)
class RegionEntry:
    name: str
    level: str
    parent: str


@dataclass(frozen=True, slots=True)
class InstitutionEntry:
    head: str
    expansion: str
    kind: str
    jurisdictional: bool


@dataclass(frozen=True, slots=True)
class NamedOrgEntry:
    name: str
    kind: str


_FALLBACK_REGIONS = [
    ("DKI Jakarta", "province", "", "DKI|Jakarta"),
    ("Jakarta Pusat", "city", "DKI Jakarta", "Jakpus"),
    ("Tanah Abang", "district", "Jakarta Pusat", ""),
    ("Jawa Barat", "province", "", "Jabar"),
    ("Garut", "regency", "Jawa Barat", ""),
    ("Bekasi", "city", "Jawa Barat", ""),
    ("Bekasi", "regency", "Jawa Barat", ""),
]
_FALLBACK_INSTITUTIONS = [
    ("KPU", "Komisi Pemilihan Umum", "election_body", "yes", "Komisi Pemilihan Umum"),
    ("Bawaslu", "Badan Pengawas Pemilihan Umum", "election_body", "yes",
     "Badan Pengawas Pemilihan Umum|Badan Pengawas Pemilu"),
    ("Pemkot", "Pemerintah Kota", "government", "yes", "Pemerintah Kota"),
    ("Pemprov", "Pemerintah Provinsi", "government", "yes", "Pemerintah Provinsi"),
    ("Pemkab", "Pemerintah Kabupaten", "government", "yes", "Pemerintah Kabupaten"),
    ("Setko", "Sekretariat Kota", "government", "yes", "Sekretariat Kota"),
    ("Setda", "Sekretariat Daerah", "government", "yes", "Sekretariat Daerah"),
    ("Polres", "Kepolisian Resor", "police", "yes", "Kepolisian Resor"),
]
_FALLBACK_ORGS = [("Perludem", "civil_society", "Perkumpulan untuk Pemilu dan Demokrasi")]
_FALLBACK_TITLES = ["Ketua", "Wakil Ketua", "Anggota", "Koordinator Divisi", "Kepala", "Sekretaris",
                    "Asisten", "Bupati", "Wali Kota", "Gubernur", "Camat", "Lurah", "Kapolres", "Dandim"]
_FALLBACK_HONORIFICS = [("H.", "prefix"), ("Hj.", "prefix"), ("Dr.", "prefix"), ("Prof.", "prefix"),
                        ("Ir.", "prefix"), ("Drs.", "prefix"), ("S.H.", "suffix"), ("M.Si.", "suffix"),
                        ("S.Sos.", "suffix"), ("AKBP", "prefix"), ("Kombes", "prefix")]
_FALLBACK_PARTICLES = ["Andi", "Teuku", "Cut", "Lalu", "Baiq", "La Ode", "Wa Ode", "I Wayan", "I Made"]


# Common abbreviations, used only when the regions list does not carry them yet.
_SUPPLEMENT_REGION_ALIASES = {
    "DKI Jakarta": "DKI|Jakarta", "Jakarta Pusat": "Jakpus", "Jakarta Utara": "Jakut",
    "Jakarta Barat": "Jakbar", "Jakarta Selatan": "Jaksel", "Jakarta Timur": "Jaktim",
    "Sumatera Utara": "Sumut", "Sumatera Barat": "Sumbar", "Sumatera Selatan": "Sumsel",
    "Sulawesi Selatan": "Sulsel", "Sulawesi Utara": "Sulut", "Sulawesi Tengah": "Sulteng",
    "Sulawesi Tenggara": "Sultra", "Sulawesi Barat": "Sulbar", "Kalimantan Barat": "Kalbar",
    "Kalimantan Tengah": "Kalteng", "Kalimantan Selatan": "Kalsel", "Kalimantan Timur": "Kaltim",
    "Kalimantan Utara": "Kaltara", "Jawa Barat": "Jabar", "Jawa Tengah": "Jateng", "Jawa Timur": "Jatim",
    "Nusa Tenggara Barat": "NTB", "Nusa Tenggara Timur": "NTT", "Daerah Istimewa Yogyakarta": "DIY|Yogyakarta",
    "Kepulauan Bangka Belitung": "Babel", "Kepulauan Riau": "Kepri", "Maluku Utara": "Malut",
}


def _split_aliases(raw: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in raw.split("|") if a.strip())


def _read_tsv(name: str) -> list[dict[str, str]] | None:
    path = RESOURCE_DIR / name
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "") for k, v in row.items() if k} for row in csv.DictReader(fh, delimiter="\t")]


def _resources_module() -> Any | None:
    try:
        from ingest import resources  # owned by the resources engineer
    except ImportError:
        return None
    return resources


def _rows(accessor: str, tsv: str) -> list[Any] | None:
    """Rows from ``ingest.resources.<accessor>()`` or, failing that, the raw TSV."""
    module = _resources_module()
    fn = getattr(module, accessor, None) if module is not None else None
    if callable(fn):
        try:
            return list(fn())
        except Exception:  # a half-written resource file must not stop extraction
            pass
    return _read_tsv(tsv)


def _field(row: Any, name: str) -> str:
    value = row.get(name, "") if isinstance(row, dict) else getattr(row, name, "")
    if isinstance(value, (tuple, list)):
        return "|".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value or "")


@lru_cache(maxsize=1)
def regions() -> dict[str, list[RegionEntry]]:
    """Folded region name or alias → the regions it can denote."""
    rows = _rows("regions", "regions.tsv")
    table: dict[str, list[RegionEntry]] = {}
    items: Iterable[tuple[str, str, str, str]]
    if rows:
        items = ((_field(r, "name"), _field(r, "level"), _field(r, "parent"), _field(r, "aliases")) for r in rows)
    else:
        items = _FALLBACK_REGIONS
    for name, level, parent, aliases in items:
        if not name:
            continue
        entry = RegionEntry(name, level, parent)
        for form in (name, *_split_aliases(aliases)):
            bucket = table.setdefault(form.casefold(), [])
            if entry not in bucket:
                bucket.append(entry)
    for canonical, aliases in _SUPPLEMENT_REGION_ALIASES.items():
        provinces = [e for e in table.get(canonical.casefold(), []) if e.level in ("province", "city")]
        for form in _split_aliases(aliases):
            bucket = table.setdefault(form.casefold(), [])
            if not bucket:
                bucket.extend(provinces)
    extra = _read_tsv("region_aliases.tsv") or []
    for row in extra:
        target = table.get(row.get("name", "").casefold())
        if not target:
            continue
        for form in _split_aliases(row.get("aliases", "")):
            bucket = table.setdefault(form.casefold(), [])
            for entry in target:
                if entry not in bucket:
                    bucket.append(entry)
    return table


@lru_cache(maxsize=1)
def institutions() -> dict[str, InstitutionEntry]:
    """Folded head, expansion or alias → the institution head it names."""
    rows = _rows("institutions", "institutions.tsv")
    items: Iterable[tuple[str, str, str, str, str]]
    if rows:
        items = ((_field(r, "head"), _field(r, "expansion"), _field(r, "kind"), _field(r, "jurisdictional"),
                  _field(r, "aliases")) for r in rows)
    else:
        items = _FALLBACK_INSTITUTIONS
    table: dict[str, InstitutionEntry] = {}
    for head, expansion, kind, juris, aliases in items:
        if not head:
            continue
        entry = InstitutionEntry(head, expansion, kind, juris.strip().lower() in ("yes", "true", "1", "y"))
        for form in (head, expansion, *_split_aliases(aliases)):
            if form:
                table.setdefault(form.casefold(), entry)
    return table


@lru_cache(maxsize=1)
def named_organizations() -> dict[str, NamedOrgEntry]:
    """Folded name or alias → organisation named on its own (parties, national bodies, NGOs …)."""
    rows = _rows("organizations", "organizations.tsv")
    items: Iterable[tuple[str, str, str]]
    if rows:
        items = ((_field(r, "name"), _field(r, "kind"), _field(r, "aliases")) for r in rows)
    else:
        items = _FALLBACK_ORGS
    table: dict[str, NamedOrgEntry] = {}
    for name, kind, aliases in items:
        if not name:
            continue
        entry = NamedOrgEntry(name, kind)
        for form in (name, *_split_aliases(aliases)):
            table.setdefault(form.casefold(), entry)
    return table


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Folded position-title heads (``ketua``, ``koordinator divisi`` …), modifiers excluded."""
    rows = _rows("titles", "titles.tsv")
    if rows:
        return frozenset(_field(r, "head").casefold() for r in rows
                         if _field(r, "head") and _field(r, "kind") != "modifier")
    return frozenset(t.casefold() for t in _FALLBACK_TITLES)


@lru_cache(maxsize=1)
def title_modifiers() -> frozenset[str]:
    rows = _rows("titles", "titles.tsv")
    found = {_field(r, "head").casefold() for r in rows or [] if _field(r, "kind") == "modifier"}
    return frozenset(found | {"pj", "pj.", "plt", "plt.", "plh", "plh.", "mantan"})


@lru_cache(maxsize=1)
def honorifics() -> tuple[frozenset[str], frozenset[str]]:
    """(prefix forms, suffix forms), folded."""
    rows = _rows("honorifics", "honorifics.tsv")
    items: Iterable[tuple[str, str]]
    if rows:
        items = ((_field(r, "form"), _field(r, "position")) for r in rows)
    else:
        items = _FALLBACK_HONORIFICS
    prefix: set[str] = set()
    suffix: set[str] = set()
    for form, position in items:
        if form:
            (suffix if position == "suffix" else prefix).add(form.casefold())
    return frozenset(prefix), frozenset(suffix)


@lru_cache(maxsize=1)
def name_particles() -> frozenset[str]:
    module = _resources_module()
    fn = getattr(module, "name_particles", None) if module is not None else None
    forms: list[str] = []
    if callable(fn):
        try:
            forms = [str(x) for x in fn()]
        except Exception:
            forms = []
    if not forms:
        rows = _read_tsv("name_particles.tsv")
        forms = [r.get("form", "") for r in rows] if rows else list(_FALLBACK_PARTICLES)
    return frozenset(f.casefold() for f in forms if f)
