#!/usr/bin/env python3
"""Fuzz the pipeline with hostile text and count what breaks the output contract.

    python benchmarks/fuzz.py [-n 25000] [--seed 0] [--max-seconds 1200] [--json report.json] [--save DIR]

Inputs come from a seeded generator (the same seed gives the same inputs): news-like sentences in Dutch and
English written for this project, cut up and mixed with lone surrogates, C0 and C1 control characters,
zero-width and bidirectional-control characters, CR and CRLF line ends, NBSP and combining marks, quote soup
(every quote mark the quote finder knows, unbalanced), long lists ("- 1 - 2 - 3 …", "• a • b …"), huge
paragraphs and empty or whitespace-only text. One input in twenty is run with parts of 200-1,000 characters, so
that the joining of parts (``claims.chunks``) is fuzzed on inputs of ordinary size.

Each input is one of:
- refused: ``ValueError`` for text with a lone surrogate — the documented behaviour, not a failure;
- crash: an exception out of the pipeline, or an ``internal error`` result;
- invalid document: a result that fails the JSON schema (the pipeline's own check turns these into
  ``internal error: the output failed its own check`` results, which are counted here, not as crashes);
- span mismatch: a span whose text is not ``input[start:end]``, an offset outside the text, or a wrong length;
- ok.

The report gives the counts, the rate, and the first failures with their seed index (``--save DIR`` writes every
failing input as JSON for a reproducer). Exit status 1 when anything but ok and refused was seen.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.pipeline import run  # noqa: E402
from claims.read import from_text  # noqa: E402
from claims.schema import validate_document  # noqa: E402

SENTENCES = [
    '"De brug blijft tot maart dicht", zegt wethouder Ans Bos.',
    "Volgens de provincie zou de reparatie maanden duren.",
    "Een woordvoerder van het waterschap bevestigt dat de dijk wordt versterkt.",
    ",,Wij hebben niets verkeerd gedaan,'' aldus de directeur.",
    "De minister ontkent dat er geld verdwenen is.",
    "Het ziekenhuis kost volgens ingewijden 40 miljoen euro meer.",
    "Zij zei: 'Dat klopt niet.'",
    '"The bridge stays closed until March," said councillor Ann Bishop.',
    "According to the agency, the repairs could take months.",
    "A spokesperson for the water board confirmed that the dyke will be raised.",
    "The minister denied that any money had gone missing.",
    "He told reporters the plan was 'a disaster'.",
    "Sources familiar with the talks said a deal was close.",
    "The company, its director said, is in talks with two buyers.",
    "• Hale: we will appeal • Ortiz: no comment",
    "AMSTERDAM (ANP) - De burgemeester zegt dat het plein opengaat.",
]
HOSTILE = {
    "surrogate": [chr(c) for c in (0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xDC80)],
    "c0": [chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n"],
    "c1": [chr(c) for c in range(0x80, 0xA0)],
    "zero_width": ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"],
    "bidi": ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
             "\u2069", "\u061c"],
    "newline": ["\r", "\r\n", "\n", "\n\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85"],
    "space": [" ", "\u00a0", "\t", "\u2009", "\u3000", "  "],
    "quote": list("\"'“”„‘’«»‹›`´") + [",,", "''", "``"],
    "mark": ["\u0301", "\u0308", "😀", "👩‍👩‍👧", "ß", "İ", "ﬁ", "€", "½", ":", "-", "—", "…", "(", ")", "[", "]"],
    "word": ["zegt", "zei", "said", "says", "dat", "that", "volgens", "according to", "aldus", "hij", "she", "De",
             "The", "niet", "not", "bevestigt", "confirmed", "ontkent", "denied", "Jan", "Bos", "Ann", "minister"],
}


def _list(rng: random.Random) -> str:
    n = rng.choice([30, 100, 300, 1000])
    bullet = rng.choice(["- ", "• ", "* ", "1. ", "· "])
    sep = rng.choice([" ", "\n", " ; "])
    return sep.join(f"{bullet}{rng.choice(['', 'item ', '€'])}{i}" for i in range(n))


def _soup(rng: random.Random, size: int) -> str:
    # lone surrogates are refused up front (ValueError): only one input in twenty may draw them, so that most
    # inputs go through the pipeline
    kinds = [k for k in HOSTILE if k != "surrogate" or rng.random() < 0.05]
    parts = []
    for _ in range(size):
        r = rng.random()
        if r < 0.25:
            parts.append(rng.choice(SENTENCES))
        elif r < 0.35:
            s = rng.choice(SENTENCES)
            a = rng.randrange(len(s) + 1)
            parts.append(s[a:rng.randrange(a, len(s) + 1)])  # a fragment, cut anywhere
        else:
            kind = rng.choice(kinds)
            parts.append(rng.choice(HOSTILE[kind]))
    return "".join(parts)


def generate(seed: int, index: int) -> tuple[str, str | None, int | None]:
    """Input number ``index`` of the run with ``seed``: (text, language or None for detection, chunk size or
    None for the default)."""
    rng = random.Random(f"{seed}:{index}")
    r = rng.random()
    if r < 0.02:
        text = rng.choice(["", " ", "\n", "\r\n", "\ufeff", "\u200b", "\x00", '"', "„", "\n\n\n"])
    elif r < 0.035:
        text = _list(rng)
    elif r < 0.045:
        para = _soup(rng, 20)
        text = (para.replace("\n", " ") + " ") * rng.choice([5, 10, 30])  # one huge paragraph
    elif r < 0.08:
        text = rng.choice(["\r\n", "\r", "\n"]).join(rng.choice(SENTENCES) for _ in range(rng.randrange(2, 30)))
    else:
        text = _soup(rng, rng.choice([3, 10, 30, 80]))
    lang = rng.choice(["nl", "en", None])
    chunk = rng.choice([200, 500, 1000]) if rng.random() < 0.05 else None
    return text, lang, chunk


def spans(doc: dict):
    for c in doc["claims"]:
        yield c
        for key in ("speaker", "cue"):
            if c.get(key):
                yield c[key]
        yield from c["evidence"]
    for s in doc["speakers"]:
        yield from s["mentions"]


def classify(text: str, result) -> tuple[str, str]:
    """("ok" | "crash" | "invalid" | "span", detail) for one pipeline result."""
    if result.error:
        if "failed its own check" in result.error:
            return ("span" if "input[" in result.error or "> end" in result.error else "invalid"), result.error
        return "crash", result.error
    doc = result.document
    problems = validate_document(doc)
    if problems:
        return "invalid", problems[0]
    if doc["document"]["chars"] != len(text):
        return "span", f"chars {doc['document']['chars']} != {len(text)}"
    for span in spans(doc):
        if not (0 <= span["start"] <= span["end"] <= len(text)) or text[span["start"]:span["end"]] != span["text"]:
            return "span", f"{span}"
    for w in doc["warnings"]:
        if not 0 <= w["start"] <= w["end"] <= len(text):
            return "span", f"warning {w}"
    return "ok", ""


def fuzz(n: int, seed: int = 0, max_seconds: float | None = None, batch_size: int = 16, save: Path | None = None,
         progress: bool = False) -> dict:
    counts = {"inputs": 0, "ok": 0, "refused": 0, "crash": 0, "invalid": 0, "span": 0}
    failures: list[dict] = []
    started = time.monotonic()

    def record(index: int, text: str, lang, chunk, kind: str, detail: str) -> None:
        counts[kind] += 1
        if kind in ("crash", "invalid", "span"):
            failures.append({"index": index, "kind": kind, "detail": detail[:300], "lang": lang, "chunk": chunk,
                             "text": text if len(text) < 2000 else text[:2000] + "…"})
            if save is not None:
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{seed}-{index}.json").write_text(json.dumps(
                    {"seed": seed, "index": index, "lang": lang, "chunk": chunk, "kind": kind, "detail": detail,
                     "text": text}, ensure_ascii=True), encoding="utf-8")

    pending: dict[tuple, list[tuple[int, str]]] = {}

    def flush(key) -> None:
        lang, chunk = key
        items = pending.pop(key, [])
        if not items:
            return
        kwargs = {"lang": lang, "batch_size": batch_size}
        if chunk is not None:
            kwargs["chunk_chars"] = chunk
        try:
            results = list(run([from_text(t, f"fuzz-{i}") for i, t in items], **kwargs))
        except Exception as exc:  # noqa: BLE001 - a crash of the whole batch: find the input that causes it
            if len(items) > 1:
                for item in items:
                    pending[key] = [item]
                    flush(key)
                return
            record(items[0][0], items[0][1], lang, chunk, "crash", f"raised {exc!r}")
            return
        for (i, t), result in zip(items, results):
            kind, detail = classify(t, result)
            record(i, t, lang, chunk, kind, detail)

    index = 0
    while index < n:
        if max_seconds is not None and time.monotonic() - started > max_seconds:
            break
        text, lang, chunk = generate(seed, index)
        counts["inputs"] += 1
        try:
            from_text(text)
        except ValueError as exc:
            if "surrogate" in str(exc):
                counts["refused"] += 1
            else:
                record(index, text, lang, chunk, "crash", f"from_text: {exc}")
            index += 1
            continue
        key = (lang, chunk)
        pending.setdefault(key, []).append((index, text))
        if len(pending[key]) >= batch_size:
            flush(key)
        index += 1
        if progress and index % 500 == 0:
            elapsed = time.monotonic() - started
            print(f"{index} inputs, {elapsed:.0f} s, {index / elapsed:.1f}/s, "
                  f"failures {counts['crash'] + counts['invalid'] + counts['span']}", file=sys.stderr, flush=True)
    for key in list(pending):
        flush(key)
    elapsed = time.monotonic() - started
    return {"seed": seed, "requested": n, **counts, "seconds": round(elapsed, 1),
            "inputs_per_second": round(counts["inputs"] / elapsed, 2) if elapsed else None,
            "failures": failures[:50]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=1000, help="inputs to generate (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=None, help="stop generating after this long")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--json", type=Path, default=None, help="write the report here as JSON")
    parser.add_argument("--save", type=Path, default=None, help="write every failing input here")
    parser.add_argument("--progress", action="store_true", help="a progress line every 500 inputs")
    args = parser.parse_args(argv)
    report = fuzz(args.n, args.seed, args.max_seconds, args.batch_size, args.save, args.progress)
    if args.json is not None:
        args.json.write_text(json.dumps(report, ensure_ascii=True, indent=2) + "\n", encoding="utf-8")
    print(f"fuzz seed {report['seed']}: {report['inputs']} inputs in {report['seconds']} s "
          f"({report['inputs_per_second']}/s): {report['ok']} ok, {report['refused']} refused (lone surrogates, "
          f"ValueError), {report['crash']} crashes, {report['invalid']} invalid documents, "
          f"{report['span']} span mismatches")
    for f in report["failures"][:10]:
        print(f"  #{f['index']} {f['kind']} (lang {f['lang']}, chunk {f['chunk']}): {f['detail'][:200]}")
    return 1 if report["crash"] or report["invalid"] or report["span"] else 0


if __name__ == "__main__":
    sys.exit(main())
