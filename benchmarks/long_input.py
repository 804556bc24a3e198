#!/usr/bin/env python3
"""One very long document: rate, memory and whether a good file beside it is still written.

    python benchmarks/long_input.py --mb 50 [--max-seconds 1100]       # in process: rate and memory per part
    python benchmarks/long_input.py --mb 1.2 --cli [--max-seconds 1100]  # claims extract BIG GOOD -o out/

The text is the project's own gold articles (fixtures/gold, written for the project) joined by blank lines and
repeated to the size asked for (MB of UTF-8).

In process, the document goes through ``claims.chunks.process_long`` as the pipeline runs it, and after every
part the characters done, the rate and the resident memory (VmRSS) are recorded; ``--max-seconds`` stops it there
and the report says how far it got. With ``--cli``, ``claims extract BIG GOOD -o OUT/`` runs under
``/usr/bin/time -v`` (killed at ``--max-seconds``) and the report gives the exit status, the files written and
the peak memory.
"""
from __future__ import annotations

import argparse
import glob
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOOD = '"De brug blijft tot maart dicht", zegt wethouder Ans Bos. Een woordvoerder van de provincie bevestigt dat.\n'


def make_text(mb: float, lang: str = "nl") -> str:
    texts = []
    for p in sorted(glob.glob(str(ROOT / "fixtures" / "gold" / "**" / "*.json"), recursive=True)):
        data = json.loads(Path(p).read_text(encoding="utf-8"))
        if isinstance(data.get("text"), str) and data.get("language") == lang:
            texts.append(data["text"].strip())
    base = "\n\n".join(texts) + "\n\n"
    size = int(mb * 1_000_000)
    reps = size // len(base.encode("utf-8")) + 1
    text = base * reps
    return text[:size]  # (characters; the gold is mostly ASCII, so about as many bytes)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Stop(Exception):
    pass


def in_process(mb: float, max_seconds: float | None) -> dict:
    from claims.chunks import CHUNK_CHARS, process_long
    from claims.parse import load_pipeline, parse, pipeline_name
    from claims.pipeline import process, to_json
    from claims.read import from_text

    text = make_text(mb)
    nlp = load_pipeline("nl")
    source = from_text(text, "big")
    samples = []
    started = time.monotonic()
    base_rss = rss_mb()

    def progress(done: int, total: int) -> None:
        elapsed = time.monotonic() - started
        samples.append({"chars": done, "seconds": round(elapsed, 1), "rss_mb": round(rss_mb(), 1)})
        print(f"{done:,}/{total:,} chars, {elapsed:.0f} s, {done / elapsed:,.0f} chars/s, RSS {rss_mb():.0f} MB",
              file=sys.stderr, flush=True)

    def checkpoint() -> None:
        if max_seconds is not None and time.monotonic() - started > max_seconds:
            raise Stop

    finished = True
    try:
        doc = to_json(process_long(lambda t: next(parse(nlp, [t])), source, "nl", pipeline_name(nlp), process,
                                   CHUNK_CHARS, checkpoint, progress))
        claims = len(doc["claims"])
    except Stop:
        finished, claims = False, None
    done = samples[-1]["chars"] if samples else 0
    elapsed = time.monotonic() - started
    return {"mode": "in-process", "chars": len(text), "chars_done": done, "finished": finished,
            "seconds": round(elapsed, 1), "chars_per_second": round(done / elapsed) if elapsed else None,
            "rss_before_mb": round(base_rss, 1), "rss_samples": samples[:: max(1, len(samples) // 20)],
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1), "claims": claims}


def cli(mb: float, max_seconds: float | None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="claims-long-"))
    try:
        big, good, out = work / "big.txt", work / "good.txt", work / "out"
        big.write_text(make_text(mb), encoding="utf-8")
        good.write_text(GOOD, encoding="utf-8")
        claims_bin = Path(sys.executable).with_name("claims")
        cmd = ["/usr/bin/time", "-v", str(claims_bin), "extract", str(big), str(good), "-o", f"{out}/"]
        started = time.monotonic()
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=max_seconds)
            rc, err = proc.returncode, proc.stderr
        except subprocess.TimeoutExpired as exc:
            rc, err = "killed at the cap", (exc.stderr or b"").decode("utf-8", "replace")
        elapsed = time.monotonic() - started
        peak = next((int(line.split()[-1]) / 1024 for line in err.splitlines()
                     if "Maximum resident set size" in line), None)
        written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) if out.exists() else []
        sizes = {name: (out / name).stat().st_size for name in written}
        claims_big = None
        if "big.json" in written:
            claims_big = len(json.loads((out / "big.json").read_text(encoding="utf-8"))["claims"])
        return {"mode": "cli", "bytes": big.stat().st_size, "exit": rc, "seconds": round(elapsed, 1),
                "chars_per_second": round(big.stat().st_size / elapsed) if elapsed else None,
                "peak_rss_mb": round(peak, 1) if peak else None, "written": sizes, "claims_in_big": claims_big,
                "errors": [line for line in err.splitlines() if line.startswith("claims:")]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--max-seconds", type=float, default=None)
    parser.add_argument("--cli", action="store_true", help="run claims extract BIG GOOD -o OUT/ instead")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    report = (cli if args.cli else in_process)(args.mb, args.max_seconds)
    text = json.dumps(report, indent=2)
    if args.json is not None:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
