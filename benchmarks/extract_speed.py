"""End-to-end speed and memory of `claims` over a corpus: documents/s, words/s and peak memory.

    python benchmarks/extract_speed.py [--docs 400] [--batch-size 16] [--json]

Writes the gold articles (fixtures/gold/**/*.json, both languages) as text files into a temporary folder,
repeated to --docs files, and streams them through ``claims.extract_many`` (language detection on, one
process, the pipelines loaded once). Reports throughput and the resident-memory high-water mark after the
first tenth of the documents and at the end: with streaming, the two stay close whatever the corpus size.
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claims  # noqa: E402


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted((ROOT / "fixtures" / "gold").rglob("*.json"))]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in range(args.docs):
            p = Path(tmp) / f"doc{i:05d}.txt"
            p.write_text(texts[i % len(texts)], encoding="utf-8")
            paths.append(p)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        claims.extract("Warm-up: de minister zegt dat het goed gaat.", lang="nl")
        claims.extract("Warm-up: the minister said it went well.", lang="en")
        start = time.perf_counter()
        n_claims = errors = 0
        early = None
        for k, result in enumerate(claims.extract_many(paths, batch_size=args.batch_size), 1):
            if result.error:
                errors += 1
            else:
                n_claims += len(result.document["claims"])
            if k == max(1, args.docs // 10):
                early = peak_rss_mb()
        elapsed = time.perf_counter() - start
    report = {
        "docs": args.docs, "words": words, "claims": n_claims, "errors": errors, "seconds": round(elapsed, 2),
        "docs_per_s": round(args.docs / elapsed, 1), "words_per_s": round(words / elapsed),
        "peak_rss_mb_after_10pct": round(early or 0, 1), "peak_rss_mb_end": round(peak_rss_mb(), 1),
        "batch_size": args.batch_size, "python": platform.python_version(), "cpus": __import__("os").cpu_count(),
    }
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for k, v in report.items():
            print(f"{k:>24}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
