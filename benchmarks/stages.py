"""CPU seconds of each stage after parsing, with light timers (no profiler), on the real-news corpus.

    python benchmarks/stages.py              # fixtures/realnews, plus ../shared/realnews when present
    python benchmarks/stages.py --repeat 5   # the fastest of five passes per stage

The texts are parsed once (as ``claims.pipeline.run`` parses them: paragraph by paragraph); then every stage of
``claims.pipeline.process`` runs ``--repeat`` times over all of them, each pass on a new ``TextView``, and the
fastest pass of each stage is printed beside the parse's CPU seconds. A profiler is no guide here: cProfile and
sampling profilers charge every call a fixed cost, which makes spaCy's small calls (a Token made, an attribute
read) look several times dearer than they are; measured side by side, making each Token object once bought
nothing. On a shared machine run two versions at the same time and compare them, not runs made at different
moments.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.attribution import attribute  # noqa: E402
from claims.lang import load_language  # noqa: E402
from claims.model import Document, number_ids  # noqa: E402
from claims.parse import detect_language, load_pipeline, parse  # noqa: E402
from claims.pipeline import to_json  # noqa: E402
from claims.quotes import find_quotes, top_level  # noqa: E402
from claims.read import from_text  # noqa: E402
from claims.schema import validate_document  # noqa: E402
from claims.speakers import cluster_speakers  # noqa: E402
from claims.status import assess  # noqa: E402
from claims.textview import TextView  # noqa: E402

STAGES = ("quotes and view", "attribution", "speakers", "status", "JSON and check")


def corpus() -> list[tuple[str, str]]:
    out = []
    for folder in (ROOT / "fixtures" / "realnews", ROOT.parent / "shared" / "realnews"):
        for p in sorted(folder.rglob("*.json")) if folder.is_dir() else ():
            data = json.loads(p.read_text(encoding="utf-8"))
            if not p.name.startswith("_") and isinstance(data, dict) and isinstance(data.get("text"), str):
                out.append((p.stem, data["text"]))
    return out


def stages(doc, source, code: str, seconds: dict[str, float]) -> dict:
    """``claims.pipeline.process`` and the serialisation, each stage timed."""
    clock = time.process_time
    t0 = clock()
    lang = load_language(code)
    text = doc.text
    quotes, warnings = find_quotes(text, lang)
    view = TextView(doc, lang, top_level(quotes))
    view.text = text
    t1 = clock()
    claims = attribute(view)
    t2 = clock()
    claims, speakers = cluster_speakers(view, claims)
    t3 = clock()
    claims = assess(view, claims, speakers)
    t4 = clock()
    claims, speakers = number_ids(claims, speakers)
    document = Document(id=source.id, path=source.path, language=code, text=text, sha256=source.sha256,
                        pipeline="", claims=claims, speakers=speakers,
                        warnings=sorted(set(warnings), key=lambda w: (w.start, w.end, w.code)))
    out = source.finish(to_json(document))
    assert validate_document(out, source.text) == []
    t5 = clock()
    for name, a, b in zip(STAGES, (t0, t1, t2, t3, t4), (t1, t2, t3, t4, t5)):
        seconds[name] += b - a
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="passes over the corpus (the fastest is printed)")
    args = ap.parse_args(argv)
    articles = corpus()
    sources = [from_text(text, doc_id) for doc_id, text in articles]
    codes = [detect_language(source.pipeline_text) for source in sources]
    for code in set(codes):
        load_pipeline(code, None)
    cpu = time.process_time()
    parsed = [(next(parse(load_pipeline(code, None), [source.pipeline_text])), source, code)
              for source, code in zip(sources, codes)]
    parse_cpu = time.process_time() - cpu
    passes = []
    for _ in range(max(args.repeat, 1)):
        seconds = dict.fromkeys(STAGES, 0.0)
        for doc, source, code in parsed:
            stages(doc, source, code, seconds)
        passes.append(seconds)
    best = {name: min(p[name] for p in passes) for name in STAGES}
    n_words = sum(len(text.split()) for _, text in articles)
    print(f"{len(articles)} articles, {n_words:,} words; parsing them (one at a time, paragraph by paragraph): "
          f"{parse_cpu:.2f} CPU s")
    print()
    print("| stage | CPU s (fastest pass) | of the parse |")
    print("|---|---:|---:|")
    for name in STAGES:
        print(f"| {name} | {best[name]:.2f} | {best[name] / parse_cpu:.2f} |")
    total = sum(best.values())
    print(f"| **all stages** | **{total:.2f}** | **{total / parse_cpu:.2f}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
