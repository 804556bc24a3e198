#!/usr/bin/env python3
"""The offset map of a long file whose text the pipeline reads differently (CRLF line ends, hard wraps): its
memory, the time to build it and the time to map spans through it; and the same times for ordinary articles.

    python benchmarks/offset_map.py                       # 5 and 50 MB, CRLF and hard-wrapped CRLF; the articles
    python benchmarks/offset_map.py --mb 5 --json out.json

The long texts are ``benchmarks/long_input.py``'s seeded generator (one paragraph per line, a blank line between):
*crlf* is that text with ``\\r\\n`` line ends (two edits a paragraph), *wrapped* is it hard-wrapped at 72 columns
with ``\\r\\n`` (an edit every 72 characters: the most a newsroom file has). For each it reports:

- ``map MB``: what the map holds after reading, measured with ``tracemalloc`` (every allocation made by
  ``claims.read.from_text`` and still alive, less the two texts: the file's and the prose);
- ``peak MB``: the highest memory while reading, less the two texts (with ``tracemalloc``);
- ``read s``: ``from_text`` without ``tracemalloc`` (decoding is not included: the text is a ``str``);
- ``map 100k spans s``: ``claims.read._map_spans`` of a document of 100,000 spans drawn over the whole text.

The articles are every text of ``fixtures/gold``, ``fixtures/gold-pending`` and ``fixtures/articles``, as CRLF
text, hard-wrapped CRLF text and CRLF Markdown: the total time of ``from_text`` and of mapping 60 spans each, best
of ``--repeat``.
Nothing here depends on how the map is kept, so the same script measures an older revision (copy it into that
checkout's ``benchmarks/`` and run it there).
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from claims.read import _map_spans, from_text  # noqa: E402
from long_input import make_text, shaped  # noqa: E402


def crlf(text: str) -> str:
    return shaped(text, "crlf")


def wrapped(text: str) -> str:
    return shaped(text, "wrapped")


def spans_document(n_chars: int, count: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    claims = []
    for _ in range(count // 3):
        a = rng.randrange(n_chars)
        b = min(n_chars, a + rng.randrange(1, 400))
        c = rng.randrange(n_chars)
        claims.append({"text": "", "start": a, "end": b, "speaker": {"text": "", "start": c, "end": c + 1},
                       "cue": {"text": "", "start": c, "end": min(n_chars, c + 4)}, "evidence": []})
    return {"claims": claims, "speakers": [], "warnings": []}


def measure_long(kind: str, text: str) -> dict:
    gc.collect()
    t0 = time.perf_counter()
    item = from_text(text)
    read_s = time.perf_counter() - t0
    prose = item.pipeline_text
    doc = spans_document(len(prose), 100_000)
    t0 = time.perf_counter()
    _map_spans(doc, item.offsets, text)
    map_s = time.perf_counter() - t0
    assert all(text[c["start"]:c["end"]] in (c["text"], c.get("source_text")) for c in doc["claims"][:1000])
    del item, prose, doc
    gc.collect()
    tracemalloc.start()
    base, _ = tracemalloc.get_traced_memory()
    item = from_text(text)
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    texts = sys.getsizeof(item.pipeline_text)  # (the file's text was allocated before: not counted)
    out = {"kind": kind, "chars": len(text), "map_mb": round((current - base - texts) / 1e6, 2),
           "peak_mb": round((peak - base - texts) / 1e6, 2), "read_s": round(read_s, 3),
           "map_100k_spans_s": round(map_s, 3)}
    del item
    return out


def articles() -> list[str]:
    texts = []
    for folder in ("fixtures/gold", "fixtures/gold-pending"):
        for p in sorted((ROOT / folder).rglob("*.json")):
            if p.name.startswith("_") or p.name.endswith(".gold.json"):
                continue
            raw = json.loads(p.read_text(encoding="utf-8"))
            if isinstance(raw, dict) and "text" in raw:
                texts.append(raw["text"])
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures/articles").glob("*.txt"))]
    return texts


def measure_articles(repeat: int) -> dict:
    """Over the articles as CRLF text, hard-wrapped CRLF text and CRLF Markdown: the best total time of reading
    them all and of mapping 60 spans each."""
    plain = articles()
    out = {"articles": len(plain), "chars": sum(map(len, plain))}
    for form, fmt in (("crlf", "text"), ("wrapped", "text"), ("crlf", "markdown")):
        texts = [shaped(t, form) for t in plain]
        best_read = best_map = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            items = [from_text(t, input_format=fmt) for t in texts]
            best_read = min(best_read, time.perf_counter() - t0)
            docs = [spans_document(len(i.pipeline_text), 60, seed=k) for k, i in enumerate(items)]
            t0 = time.perf_counter()
            for item, doc, text in zip(items, docs, texts):
                _map_spans(doc, item.offsets, text)
            best_map = min(best_map, time.perf_counter() - t0)
        out[f"{form} {fmt}"] = {"read_s": round(best_read, 4), "map_60_spans_each_s": round(best_map, 4)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, action="append", help="size of a long text (default: 5 and 50; 0: none)")
    ap.add_argument("--repeat", type=int, default=5, help="runs over the articles (the best is reported)")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here too")
    args = ap.parse_args(argv)
    from_text("warm\r\nup")  # (the readers' imports are not part of the figures)
    rows = []
    for mb in [m for m in args.mb or [5, 50] if m > 0]:
        plain = make_text(mb)
        for kind, make in (("crlf", crlf), ("wrapped", wrapped)):
            text = make(plain)
            rows.append({"mb": mb, **measure_long(kind, text)})
            del text
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    report = {"long": rows, "articles": measure_articles(args.repeat)}
    print("| text | chars | map MB | peak MB | read s | map 100k spans s |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['mb']:g} MB {r['kind']} | {r['chars']:,} | {r['map_mb']} | {r['peak_mb']} | {r['read_s']} | "
              f"{r['map_100k_spans_s']} |")
    a = report["articles"]
    print(f"\n{a['articles']} articles ({a['chars']:,} chars), best of {args.repeat}:")
    for key, v in a.items():
        if isinstance(v, dict):
            print(f"- {key}: read {v['read_s']} s, map 60 spans each {v['map_60_spans_each_s']} s")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
