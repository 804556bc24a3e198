"""Two versions of the stages after parsing, side by side in one process, their passes interleaved.

    python benchmarks/stages_ab.py OTHER_TREE              # e.g. a `git archive` of main unpacked in /tmp/main
    python benchmarks/stages_ab.py OTHER_TREE --passes 12

On a shared machine the load moves absolute times by ±15 % from one minute to the next, more than one change
saves; ``benchmarks/stages.py`` run twice, one version after the other, cannot tell a 5 % gain. Here both
versions of ``claims`` (OTHER_TREE's and this checkout's) are imported into one process under their own module
objects, each parses the real-news texts with its own pipeline registry, and then their passes over all the texts
alternate (A, B, A, B, …), so that both see the same load. Printed: each version's fastest pass per stage (CPU s,
as ``benchmarks/stages.py``) and the median of the per-pass ratios B / A. Both trees need ``claims`` and
``benchmarks/stages.py``.
"""
from __future__ import annotations

import argparse
import importlib
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(root: Path) -> dict:
    """``root``'s ``claims`` and ``benchmarks`` modules, imported afresh (the other tree's left in place)."""
    for name in [k for k in sys.modules if k.split(".")[0] in ("claims", "benchmarks")]:
        del sys.modules[name]
    sys.path.insert(0, str(root))
    try:
        importlib.import_module("benchmarks.stages")
        importlib.import_module("benchmarks.scale")
        return {k: v for k, v in sys.modules.items() if k.split(".")[0] in ("claims", "benchmarks")}
    finally:
        sys.path.remove(str(root))


def _parsed(modules: dict) -> list:
    """The real-news texts of ``benchmarks/scale.py``'s corpus, parsed by this version (its pipeline registry)."""
    sys.modules.update(modules)
    corpus = modules["benchmarks.scale"].corpus
    parse_mod, read_mod = importlib.import_module("claims.parse"), importlib.import_module("claims.read")
    sources = [read_mod.from_text(text, doc_id) for doc_id, _, text in corpus()]
    codes = [parse_mod.detect_language(s.pipeline_text) for s in sources]
    docs = [None] * len(sources)
    for code in sorted(set(codes)):
        ks = [k for k, c in enumerate(codes) if c == code]
        nlp = parse_mod.load_pipeline(code, None)
        for k, doc in zip(ks, parse_mod.parse(nlp, [sources[k].pipeline_text for k in ks])):
            docs[k] = doc
    return list(zip(docs, sources, codes))


def _pass(modules: dict, parsed: list) -> dict[str, float]:
    sys.modules.update(modules)
    stages = modules["benchmarks.stages"]
    seconds = dict.fromkeys(stages.STAGES, 0.0)
    for doc, source, code in parsed:
        stages.stages(doc, source, code, seconds)
    return seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("other", type=Path, help="the other version's tree (A); this checkout is B")
    ap.add_argument("--passes", type=int, default=10, help="passes of each version (default 10)")
    args = ap.parse_args(argv)
    versions = [(str(args.other), _load(args.other.resolve())), (str(ROOT), _load(ROOT))]
    parsed = [_parsed(modules) for _, modules in versions]
    for (_, modules), p in zip(versions, parsed):
        _pass(modules, p)  # (a first pass of each: caches of the process filled alike)
    runs: list[list[dict[str, float]]] = [[], []]
    for _ in range(max(args.passes, 1)):
        for k, ((_, modules), p) in enumerate(zip(versions, parsed)):
            runs[k].append(_pass(modules, p))
    stages = list(runs[0][0])
    print(f"{len(parsed[0])} texts, {args.passes} passes each, interleaved; fastest pass per stage, CPU s")
    print()
    print("| stage | A | B |")
    print("|---|---:|---:|")
    for name in stages + ["all stages"]:
        a, b = ([min(sum(r.values()) if name == "all stages" else r[name] for r in runs[k])] for k in (0, 1))
        print(f"| {name} | {a[0]:.3f} | {b[0]:.3f} |")
    ratios = [sum(b.values()) / sum(a.values()) for a, b in zip(*runs)]
    print()
    print(f"A: {versions[0][0]}; B: {versions[1][0]}")
    print(f"B / A per pair of passes: median {statistics.median(ratios):.3f} (from {min(ratios):.3f} to {max(ratios):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
