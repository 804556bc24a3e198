#!/usr/bin/env python3
"""The safety net for refactoring: the JSON of every gold, real-news and example article in one file.

    python scripts/snapshot.py OUT.jsonl [--strip-rules]
    diff <(python scripts/snapshot.py /dev/stdout) saved.jsonl

Reads fixtures/gold, fixtures/gold-pending, fixtures/realnews, fixtures/articles and, when present beside the
project, ../shared/realnews and ../shared/seed. One line per article, sorted by path; the tool version and the
pipeline name are left out so that only behaviour shows. ``--strip-rules`` drops the ``rule`` fields (to compare
with output from before they existed).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.pipeline import run  # noqa: E402
from claims.read import from_text  # noqa: E402


def _articles():
    for folder in ("fixtures/gold", "fixtures/gold-pending", "fixtures/realnews", "../shared/realnews",
                   "../shared/seed"):
        base = ROOT / folder
        if not base.is_dir():
            continue
        for p in sorted(base.rglob("*.json")):
            if p.name.startswith("_") or p.name.endswith(".gold.json"):
                continue
            raw = json.loads(p.read_text(encoding="utf-8"))
            if isinstance(raw, dict) and "text" in raw:
                yield f"{folder}/{p.relative_to(base)}", raw["text"], raw.get("language")
        for p in sorted(base.rglob("*.txt")):
            yield f"{folder}/{p.relative_to(base)}", p.read_text(encoding="utf-8"), None
    for p in sorted((ROOT / "fixtures/articles").glob("*.txt")):
        yield f"fixtures/articles/{p.name}", p.read_text(encoding="utf-8"), None


def _strip(obj):
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k != "rule"}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def main(argv: list[str]) -> int:
    out = argv[0] if argv else "/dev/stdout"
    strip = "--strip-rules" in argv
    items = list(_articles())
    lines = []
    for (name, text, lang), result in zip(items, run([from_text(t, n, n) for n, t, _ in items], lang=None)):
        doc = result.document if result.document else {"error": result.error}
        doc.pop("tool", None)
        if strip:
            doc = _strip(doc)
        lines.append(json.dumps({"article": name, **doc}, ensure_ascii=False, sort_keys=True))
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
