"""CSV files for ``neo4j-admin database import full``, in exactly the layout Neo4jStore writes.

``write_neo4j_admin(store, out_dir)`` reads any store back into per-article graphs
(:mod:`graph.store.neo4j_copy`), plans them like a live write (:func:`plan_write`, so the same
validation and merged entity properties) and writes four files with the headers the importer
expects (``:ID``, ``:LABEL``, ``:START_ID``, ``:END_ID``, ``:TYPE``, typed columns such as
``start:long``). It also writes ``import.args``, the importer's arguments, one per line.
Constraints and indexes are created by Neo4jStore when it first connects to the imported database.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from graph.errors import StoreError
from graph.model import ArticleGraph
from graph.neo4j_schema import ARTICLE_LABEL, ENTITY_LABEL, MENTIONED_IN
from graph.store.base import Store
from graph.store.neo4j_copy import article_graphs
from graph.store.neo4j_rows import ATTR_PREFIX, entity_props, plan_write

ARRAY_DELIMITER = "\u001f"
"""Separates list items (aliases); a control character no name contains."""
FILES = ("articles.csv", "entities.csv", "mentions.csv", "statements.csv")
LAUNCHER_DIR = Path(__file__).resolve().parent.parent / "neo4j" / "target"
"""Where scripts/neo4j.sh puts the Neo4j jars (``lib/``) fetched from Maven Central."""
STATEMENT_COLUMNS = ("sid", "article_id", "sentence", "start:long", "end:long", "extractor", "confidence:double",
                     "title", "iri")


def _cell(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ARRAY_DELIMITER.join(str(v) for v in value) if value else None
    return value


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    n = 0
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow([_cell(v) for v in row])
            n += 1
    return n


def import_args(out_dir: Path, database: str = "neo4j") -> list[str]:
    """Arguments for ``neo4j-admin`` (after the program name) that import the files in ``out_dir``."""
    d = out_dir.resolve()
    return ["database", "import", "full", database, "--overwrite-destination=true", "--id-type=string",
            "--multiline-fields=true", f"--array-delimiter={ARRAY_DELIMITER}",
            f"--nodes={d / 'articles.csv'}", f"--nodes={d / 'entities.csv'}",
            f"--relationships={d / 'mentions.csv'}", f"--relationships={d / 'statements.csv'}"]


def write_graphs(graphs: Sequence[ArticleGraph], out_dir: Path) -> dict[str, int]:
    """Write the import files for ``graphs``; returns rows written per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    plan = plan_write(graphs)
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in plan.mentions:
        mentions[m["entity"]].append(m["props"])
    label_of = {i: label for label, ids in plan.entities.items() for i in ids}
    props = {i: entity_props(i, ms) for i, ms in sorted(mentions.items())}
    attr_keys = sorted({k for p in props.values() for k in p if k not in ("id", "name", "aliases")})
    mention_keys = sorted({k for m in plan.mentions for k in m["props"] if k.startswith(ATTR_PREFIX)})
    counts = {
        "articles.csv": _write(
            out_dir / "articles.csv", ("id:ID", "title", "text", "published", "publisher", "url", ":LABEL"),
            ((a["id"], a["title"], a["text"], a["published"], a["publisher"], a["url"], ARTICLE_LABEL)
             for a in plan.articles)),
        "entities.csv": _write(
            out_dir / "entities.csv", ("id:ID", "name", "aliases:string[]", *attr_keys, ":LABEL"),
            ((i, p.get("name"), p["aliases"], *(p.get(k) for k in attr_keys), f"{ENTITY_LABEL}{ARRAY_DELIMITER}{label_of[i]}")
             for i, p in props.items())),
        "mentions.csv": _write(
            out_dir / "mentions.csv",
            (":START_ID", ":END_ID", ":TYPE", "names:string[]", "aliases:string[]", *mention_keys),
            ((m["entity"], m["article"], MENTIONED_IN, m["props"]["names"], m["props"]["aliases"],
              *(m["props"].get(k) for k in mention_keys)) for m in plan.mentions)),
        "statements.csv": _write(
            out_dir / "statements.csv", (":START_ID", ":END_ID", ":TYPE", *STATEMENT_COLUMNS),
            ((row["s"], row["o"], rel, *(row["props"][c.split(":")[0]] for c in STATEMENT_COLUMNS))
             for (rel, _), rows in sorted(plan.statements.items()) for row in rows)),
    }
    (out_dir / "import.args").write_text("\n".join(import_args(out_dir)) + "\n", encoding="utf-8")
    return counts


def write_neo4j_admin(store: Store, out_dir: Path) -> dict[str, int]:
    """Export every article of ``store`` as neo4j-admin import files into ``out_dir``."""
    return write_graphs(list(article_graphs(store)), out_dir)


def run_admin_import(csv_dir: Path, home: Path, heap: str = "1g", jars: Path = LAUNCHER_DIR) -> dict[str, int]:
    """Run ``neo4j-admin database import full`` (the AdminTool class from the Maven Central jars that
    scripts/neo4j.sh fetches) into the Neo4j home ``home``; returns the nodes/relationships it reports."""
    java = shutil.which("java")
    if java is None or not (jars / "lib").is_dir():
        raise StoreError(f"neo4j-admin needs java and the jars in {jars / 'lib'}: run scripts/neo4j.sh build")
    (home / "conf").mkdir(parents=True, exist_ok=True)
    (home / "conf" / "neo4j.conf").touch()
    args = (csv_dir / "import.args").read_text(encoding="utf-8").splitlines()
    env = dict(os.environ, NEO4J_HOME=str(home), NEO4J_CONF=str(home / "conf"))
    proc = subprocess.run([java, f"-Xmx{heap}", "-cp", f"{jars / 'classes'}:{jars / 'lib'}/*",
                           "org.neo4j.cli.AdminTool", *args], env=env, capture_output=True, text=True)
    found = {k: int(v) for v, k in re.findall(r"(\d+) (nodes|relationships)\b", proc.stdout)}
    if proc.returncode != 0 or "IMPORT DONE" not in proc.stdout:
        tail = " ".join((proc.stdout + proc.stderr).strip().splitlines()[-3:])
        raise StoreError(f"neo4j-admin import of {csv_dir} failed (exit {proc.returncode}): {tail}")
    return found
