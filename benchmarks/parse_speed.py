"""Parse speed of each bundled pipeline on this machine, in words/s and docs/s.

    python benchmarks/parse_speed.py                 # every bundled pipeline, table
    python benchmarks/parse_speed.py --json          # the same as JSON
    python benchmarks/parse_speed.py --lang nl --words 20000 --batch-size 32

Texts: the ``text`` field of the gold articles in fixtures/gold/**/*.json in the pipeline's language; if there
are none, fixtures/*.txt in that language; if there are still none, every gold article (noted in the output as
``text_source``). The texts are repeated until about ``--words`` words, parsed once for warm-up (a few docs), then
timed with ``nlp.pipe(batch_size=...)`` in this process (one process, the pipeline's default threads).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.parse import bundled_languages, detect_language, load_pipeline, pipeline_name, resolve_model  # noqa: E402


def dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def gold_texts(fixtures: Path) -> list[tuple[str, str]]:
    """(language, text) of every gold article."""
    out = []
    for f in sorted(fixtures.glob("gold/**/*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and isinstance(data.get("text"), str) and data["text"].strip():
            lang = data.get("language") or f.name.split("-", 1)[0]
            out.append((lang, data["text"]))
    return out


def texts_for(lang: str, fixtures: Path) -> tuple[list[str], str]:
    gold = gold_texts(fixtures)
    mine = [t for code, t in gold if code == lang]
    if mine:
        return mine, "fixtures/gold (same language)"
    txt = [p.read_text(encoding="utf-8") for p in sorted(fixtures.glob("*.txt"))]
    txt = [t for t in txt if t.strip() and detect_language(t) == lang]
    if txt:
        return txt, "fixtures/*.txt (same language)"
    if gold:
        return [t for _, t in gold], "fixtures/gold (other language: no text in this language)"
    raise SystemExit(f"no benchmark texts under {fixtures}")


def repeat_to(texts: list[str], words: int) -> list[str]:
    docs, n = [], 0
    while n < words:
        for t in texts:
            docs.append(t)
            n += len(t.split())
            if n >= words:
                break
    return docs


def bench(lang: str, words: int, batch_size: int, fixtures: Path, model: str | None = None) -> dict:
    texts, source = texts_for(lang, fixtures)
    name = resolve_model(lang, model)
    t0 = time.perf_counter()
    nlp = load_pipeline(lang, model)
    load_s = time.perf_counter() - t0
    docs = repeat_to(texts, words)
    for _ in nlp.pipe(texts[: min(len(texts), 5)], batch_size=batch_size):  # warm-up
        pass
    n_words = sum(len(t.split()) for t in docs)
    n_tokens = 0
    t0 = time.perf_counter()
    for doc in nlp.pipe(docs, batch_size=batch_size):
        n_tokens += len(doc)
    elapsed = time.perf_counter() - t0
    path = Path(name)
    size = dir_size(path) if path.exists() else None
    return {
        "lang": lang,
        "pipeline": pipeline_name(nlp),
        "model": name,
        "components": list(nlp.pipe_names),
        "size_bytes": size,
        "size_mb": round(size / 1e6, 1) if size is not None else None,
        "text_source": source,
        "docs": len(docs),
        "words": n_words,
        "tokens": n_tokens,
        "batch_size": batch_size,
        "seconds": round(elapsed, 3),
        "words_per_s": round(n_words / elapsed),
        "tokens_per_s": round(n_tokens / elapsed),
        "docs_per_s": round(len(docs) / elapsed, 1),
        "load_seconds": round(load_s, 2),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", action="append", help="language code (repeatable; default: every bundled pipeline)")
    ap.add_argument("--model", help="explicit model name or path (with a single --lang)")
    ap.add_argument("--words", type=int, default=50_000, help="about this many words per pipeline (default 50000)")
    ap.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size (default 64)")
    ap.add_argument("--fixtures", type=Path, default=ROOT / "fixtures")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = ap.parse_args(argv)
    langs = args.lang or bundled_languages()
    if args.model and len(langs) != 1:
        ap.error("--model needs exactly one --lang")
    results = [bench(lang, args.words, args.batch_size, args.fixtures, args.model) for lang in langs]
    machine = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }
    if args.json:
        print(json.dumps({"machine": machine, "results": results}, indent=2, ensure_ascii=False))
        return 0
    print(f"{machine['platform']}, {machine['cpus']} CPUs, load average {machine['load_average']}")
    header = f"{'pipeline':28} {'size':>8} {'words':>7} {'words/s':>9} {'docs/s':>8}  text"
    print(header)
    print("-" * len(header))
    for r in results:
        size = f"{r['size_mb']} MB" if r["size_mb"] is not None else "?"
        print(f"{r['pipeline']:28} {size:>8} {r['words']:>7} {r['words_per_s']:>9} {r['docs_per_s']:>8}  "
              f"{r['text_source']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
