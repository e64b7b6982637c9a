"""Print the README's evaluation table (markdown) for one or more gold files, side by side.

    .venv/bin/python benchmarks/eval_table.py dev=../shared/eval/dev.jsonl holdout=tests/fixtures/holdout/holdout.jsonl
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def report(path: str) -> dict[str, object]:
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "sinergi"), "eval", path, "--json"],
                         capture_output=True, text=True, check=True).stdout
    result: dict[str, object] = json.loads(out)
    return result


def cell(m: dict[str, float]) -> str:
    return f"{m['precision']:.3f} / {m['recall']:.3f} / **{m['f1']:.3f}**"


def main(args: list[str]) -> None:
    sets = [(a.split("=", 1)[0], report(a.split("=", 1)[1])) for a in args]
    print("| measure (P / R / **F1**) | " + " | ".join(f"{n} ({r['articles']} articles)" for n, r in sets) + " |")
    print("| --- |" + " --- |" * len(sets))
    rows: list[tuple[str, list[dict[str, float]]]] = [
        ("**entities (micro)**", [r["entities"] for _, r in sets]),  # type: ignore[misc]
        ("**relations (micro)**", [r["relations"] for _, r in sets]),  # type: ignore[misc]
    ]
    types = sorted({t for _, r in sets for t in r["entities_by_type"]})  # type: ignore[attr-defined]
    preds = list(sets[0][1]["relations_by_predicate"])  # type: ignore[call-overload]
    rows += [(f"entity: {t}", [r["entities_by_type"].get(t) for _, r in sets]) for t in types]  # type: ignore[attr-defined]
    rows += [(f"relation: {p}", [r["relations_by_predicate"].get(p) for _, r in sets]) for p in preds]  # type: ignore[attr-defined]
    for label, ms in rows:
        print(f"| {label} | " + " | ".join(cell(m) if m else "–" for m in ms) + " |")
    print("| holds_position title accuracy | " + " | ".join(
        f"{r['title_accuracy']['accuracy']:.3f}" if isinstance(r["title_accuracy"], dict) and "accuracy" in r["title_accuracy"]
        else json.dumps(r["title_accuracy"]) for _, r in sets) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
