"""Typed, cached access to the gazetteers in ``ingest/resources/*.tsv``.

The rule-based extractor stands on these lists: regions, institution heads that combine with a
region ("Bawaslu" + "Jakarta Pusat"), organisations named on their own, job-title heads,
honorifics to strip from person names and inherited name particles to keep. The files are plain
UTF-8 TSV with a header row so that anyone can correct a fact without touching code.

Every accessor reads its file once per process; a malformed row raises :class:`ResourceError`
naming the file, line and field.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

from graph.errors import SinergiError

RESOURCE_DIR = Path(__file__).resolve().with_name("resources")

REGION_LEVELS = frozenset({"province", "regency", "city", "district"})
INSTITUTION_KINDS = frozenset(
    {"election_body", "government", "legislature", "police", "military", "court", "prosecutor", "other"}
)
ORGANIZATION_KINDS = frozenset({"party", "state", "civil_society", "university", "media", "company", "other"})
TITLE_KINDS = frozenset({"leader", "deputy", "member", "staff", "officer", "modifier"})
HONORIFIC_POSITIONS = frozenset({"prefix", "suffix"})
HONORIFIC_KINDS = frozenset({"honorific", "degree", "rank", "religious"})
PERSON_NAME_KINDS = frozenset({"given", "family"})
WORLD_PLACE_KINDS = frozenset({"country", "territory", "continent", "region", "city"})

T = TypeVar("T")


class ResourceError(SinergiError):
    """A gazetteer file is missing or has a malformed row; the message names file, line and field."""


@dataclass(frozen=True, slots=True)
class Region:
    """A province, regency (kabupaten), city (kota) or district (kecamatan).

    ``parent`` is the province of a regency/city and the regency/city of a district; ``code`` is
    the Kemendagri code ("31.71"), which tells the "Bekasi" regency from the "Bekasi" city.
    """

    name: str
    level: str
    parent: str
    aliases: tuple[str, ...]
    code: str = ""

    @property
    def parent_code(self) -> str:
        return self.code.rsplit(".", 1)[0] if "." in self.code else ""


@dataclass(frozen=True, slots=True)
class Institution:
    """The head of an organisation name that combines with a region: "Bawaslu", "Polres", "Pemkot"."""

    head: str
    expansion: str
    kind: str
    jurisdictional: bool
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NamedOrg:
    """An organisation named on its own: a party, a national body, an NGO, a university, an outlet."""

    name: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Title:
    """A word or phrase that starts a job title ("Ketua", "Koordinator Divisi", "Plt")."""

    head: str
    kind: str


@dataclass(frozen=True, slots=True)
class Honorific:
    """A degree, rank or honorific that is not part of a person's name ("Dr.", "S.Sos.", "AKBP")."""

    form: str
    position: str
    kind: str


@dataclass(frozen=True, slots=True)
class NameParticle:
    """An inherited part of a name that stays in it ("Andi", "La Ode", "I Wayan")."""

    form: str
    kind: str


@dataclass(frozen=True, slots=True)
class WorldPlace:
    """A country, territory, continent, world region or city abroad, in Indonesian spelling."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonName:
    """A common given or family name."""

    name: str
    kind: str


class _Row:
    """One data row of a TSV file, with the location needed for a helpful error."""

    def __init__(self, path: Path, line: int, values: dict[str, str]) -> None:
        self.path = path
        self.line = line
        self.values = values

    def error(self, message: str) -> ResourceError:
        return ResourceError(f"{self.path}:{self.line}: {message}")

    def text(self, field: str, *, required: bool = True) -> str:
        value = self.values.get(field, "").strip()
        if required and not value:
            raise self.error(f"field '{field}' is empty; every row needs a {field}")
        return value

    def choice(self, field: str, allowed: frozenset[str]) -> str:
        value = self.text(field)
        if value not in allowed:
            raise self.error(f"field '{field}' is '{value}'; use one of: {', '.join(sorted(allowed))}")
        return value

    def flag(self, field: str) -> bool:
        return self.choice(field, frozenset({"yes", "no"})) == "yes"

    def aliases(self, field: str = "aliases") -> tuple[str, ...]:
        raw = self.text(field, required=False)
        parts = [a.strip() for a in raw.split("|")] if raw else []
        if any(not a for a in parts):
            raise self.error(f"field '{field}' has an empty alias; separate aliases with a single '|'")
        return tuple(parts)


def _rows(path: Path, columns: Sequence[str], optional: Sequence[str] = ()) -> Iterator[_Row]:
    """Yield the data rows of a TSV file whose header is ``columns`` (plus any of ``optional``)."""
    if not path.is_file():
        raise ResourceError(f"{path}: file not found; restore it from git or regenerate it")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        expected = list(columns)
        if (
            header is None
            or header[: len(expected)] != expected
            or not set(header[len(expected) :]) <= set(optional)
        ):
            raise ResourceError(
                f"{path}:1: header is {header}; expected the tab-separated columns {expected}"
                + (f" optionally followed by {list(optional)}" if optional else "")
            )
        for values in reader:
            line = reader.line_num
            if not values or (len(values) == 1 and not values[0].strip()) or values[0].startswith("#"):
                continue
            if len(values) != len(header):
                raise ResourceError(
                    f"{path}:{line}: {len(values)} tab-separated fields, expected {len(header)} "
                    f"({', '.join(header)}); check for a missing or extra tab"
                )
            yield _Row(path, line, dict(zip(header, values, strict=True)))


def load_regions(path: Path) -> list[Region]:
    return [
        Region(
            name=r.text("name"),
            level=r.choice("level", REGION_LEVELS),
            parent=r.text("parent", required=r.values.get("level") != "province"),
            aliases=r.aliases(),
            code=r.text("code", required=False),
        )
        for r in _rows(path, ("name", "level", "parent", "aliases"), optional=("code",))
    ]


def load_institutions(path: Path) -> list[Institution]:
    return [
        Institution(
            head=r.text("head"),
            expansion=r.text("expansion"),
            kind=r.choice("kind", INSTITUTION_KINDS),
            jurisdictional=r.flag("jurisdictional"),
            aliases=r.aliases(),
        )
        for r in _rows(path, ("head", "expansion", "kind", "jurisdictional", "aliases"))
    ]


def load_organizations(path: Path) -> list[NamedOrg]:
    return [
        NamedOrg(name=r.text("name"), kind=r.choice("kind", ORGANIZATION_KINDS), aliases=r.aliases())
        for r in _rows(path, ("name", "kind", "aliases"))
    ]


def load_titles(path: Path) -> list[Title]:
    return [
        Title(head=r.text("head"), kind=r.choice("kind", TITLE_KINDS)) for r in _rows(path, ("head", "kind"))
    ]


def load_honorifics(path: Path) -> list[Honorific]:
    return [
        Honorific(
            form=r.text("form"),
            position=r.choice("position", HONORIFIC_POSITIONS),
            kind=r.choice("kind", HONORIFIC_KINDS),
        )
        for r in _rows(path, ("form", "position", "kind"))
    ]


def load_name_particles(path: Path) -> list[NameParticle]:
    return [NameParticle(form=r.text("form"), kind=r.text("kind")) for r in _rows(path, ("form", "kind"))]


def load_person_names(path: Path) -> list[PersonName]:
    return [PersonName(name=r.text("name"), kind=r.choice("kind", PERSON_NAME_KINDS))
            for r in _rows(path, ("name", "kind"))]


def load_world_places(path: Path) -> list[WorldPlace]:
    return [WorldPlace(name=r.text("name"), kind=r.choice("kind", WORLD_PLACE_KINDS), aliases=r.aliases())
            for r in _rows(path, ("name", "kind", "aliases"))]


def _cached(loader: Callable[[Path], list[T]], filename: str) -> Callable[[], tuple[T, ...]]:
    @lru_cache(maxsize=1)
    def load() -> tuple[T, ...]:
        return tuple(loader(RESOURCE_DIR / filename))

    return load


_regions = _cached(load_regions, "regions.tsv")
_institutions = _cached(load_institutions, "institutions.tsv")
_organizations = _cached(load_organizations, "organizations.tsv")
_titles = _cached(load_titles, "titles.tsv")
_honorifics = _cached(load_honorifics, "honorifics.tsv")
_name_particles = _cached(load_name_particles, "name_particles.tsv")
_person_names = _cached(load_person_names, "person_names.tsv")
_world_places = _cached(load_world_places, "world_places.tsv")


def regions() -> list[Region]:
    """Every province, regency, city and district (Kemendagri 2025), provinces first within each code."""
    return list(_regions())


def institutions() -> list[Institution]:
    return list(_institutions())


def organizations() -> list[NamedOrg]:
    return list(_organizations())


def titles() -> list[Title]:
    return list(_titles())


def honorifics() -> list[Honorific]:
    return list(_honorifics())


def name_particles() -> list[str]:
    """Forms only, longest first, so that "I Gusti Ngurah" is tried before "I Gusti" and "I"."""
    return sorted((p.form for p in _name_particles()), key=lambda f: (-len(f), f))


def person_names() -> list[PersonName]:
    """Common Indonesian given and family names (a name on its own, with no cue, is then a person)."""
    return list(_person_names())


def world_places() -> list[WorldPlace]:
    """Countries, territories, continents, world regions and cities abroad."""
    return list(_world_places())


def name_particle_entries() -> list[NameParticle]:
    """The particles with their kind (e.g. ``balinese_birth_order``), for callers that need it."""
    return list(_name_particles())


def _index(
    entries: tuple[T, ...], forms: Callable[[T], tuple[str, ...]], fold: bool
) -> dict[str, tuple[T, ...]]:
    index: dict[str, list[T]] = {}
    for entry in entries:
        for form in dict.fromkeys(forms(entry)):
            index.setdefault(form.casefold() if fold else form, []).append(entry)
    return {form: tuple(found) for form, found in index.items()}


@lru_cache(maxsize=2)
def _region_forms(fold: bool) -> dict[str, tuple[Region, ...]]:
    return _index(_regions(), lambda r: (r.name, *r.aliases), fold)


@lru_cache(maxsize=2)
def _org_forms(fold: bool) -> dict[str, tuple[NamedOrg, ...]]:
    return _index(_organizations(), lambda o: (o.name, *o.aliases), fold)


_LEVEL_ORDER = {"province": 0, "city": 1, "regency": 2, "district": 3}


def find_regions(surface: str, *, ignore_case: bool = False) -> list[Region]:
    """Regions whose name or alias is ``surface``, broadest level first.

    ``find_regions("Bekasi")`` returns the city and the regency (and any district of that name);
    the caller decides with context ("Kabupaten", "Kota", the parent named nearby).
    """
    key = surface.strip().casefold() if ignore_case else surface.strip()
    found = _region_forms(ignore_case).get(key, ())
    return sorted(found, key=lambda r: (_LEVEL_ORDER[r.level], r.code))


def find_organizations(surface: str, *, ignore_case: bool = False) -> list[NamedOrg]:
    """Named organisations whose name or alias is ``surface``.

    Case matters by default: "PAN" is a party, "pan" is not.
    """
    key = surface.strip().casefold() if ignore_case else surface.strip()
    return list(_org_forms(ignore_case).get(key, ()))
