"""Speed and scale of `claims` in one run: every figure of issue #16, as Markdown.

    python benchmarks/scale.py                    # prints the report (a few minutes on two cores)
    python benchmarks/scale.py -o benchmarks/RESULTS.md
    python benchmarks/scale.py --quick            # smaller sizes, to try the script

What it measures, in this order, in one process (the worker processes of --jobs 2 aside):

1. **Throughput**: the real-news gold articles (fixtures/realnews, both languages) parsed bare (language detected,
   ``nlp.pipe`` of the pipelines ``claims`` loads) and then run through the whole pipeline (``claims.pipeline.run``,
   JSON out); words/s of each and their ratio. The bare parse is timed before and after the pipeline run and
   averaged, so that a change in the machine's load during the run weighs on both sides alike; this is done
   ``--repeat`` times (3) and the median is reported with every measurement (one measurement moves by ±0.05 on
   this machine).
2. **Growth with document length**: one English document of about 1k, 5k, 20k and 50k words (real-news articles
   one after another), seconds per 1,000 words for each: flat when cost is linear.
3. **Cores**: the corpus written as files, ``claims.extract_many(jobs=1)`` against ``jobs=2``; wall seconds and
   the CPU seconds of every process. Linux's autogroup scheduler (``/proc/sys/kernel/sched_autogroup_enabled``)
   shares the CPUs equally among sessions, so on a machine that other sessions keep busy the workers of one
   session share that session's part: ``jobs=2`` is then measured a second time with each worker in a session of
   its own (``claims.parallel.WORKER_INITIALIZER = os.setsid``), which is what each process gets on a machine
   where the cores are free.
4. **Start-up**: wall and CPU time of ``claims --version``, ``claims --help``, ``claims check --list-rules`` and
   ``claims check`` of a one-page (1,000-word) draft, each in a new process (the median of several runs), with
   claims' modules byte-compiled as an installation has them (this machine sets ``PYTHONDONTWRITEBYTECODE``), and
   once more compiled from source on every start.
5. **Memory**: peak resident memory of this process and of the largest worker process.

The machine's load average is printed before and after: on a shared machine every figure moves with it; the
ratios (measured side by side in one run) move less than the absolute numbers.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.parse import detect_language, load_pipeline  # noqa: E402
from claims.pipeline import run  # noqa: E402
from claims.read import from_text  # noqa: E402


def corpus() -> list[tuple[str, str, str]]:
    """(id, language, text) of the real-news gold articles, in path order."""
    out = []
    for p in sorted((ROOT / "fixtures" / "realnews").rglob("*.json")):
        if p.name.startswith("_"):
            continue
        data = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            out.append((p.stem, data.get("language") or detect_language(data["text"]), data["text"]))
    return out


def words(text: str) -> int:
    return len(text.split())


def long_document(articles: list[tuple[str, str, str]], target: int) -> str:
    """English articles one after another (each once, then again) until about ``target`` words."""
    english = [t for _, lang, t in articles if lang == "en"]
    parts, n, k = [], 0, 0
    while n < target:
        t = english[k % len(english)]
        parts.append(t)
        n += words(t)
        k += 1
    return "\n\n".join(parts)


def bare_parse(items) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    groups: dict[str, list[str]] = {}
    cpu = time.process_time()
    start = time.perf_counter()
    for _, _, text in items:
        groups.setdefault(detect_language(text), []).append(text)
    for code, texts in groups.items():
        for _ in load_pipeline(code, None).pipe(texts, batch_size=16):
            pass
    return time.perf_counter() - start, time.process_time() - cpu


def full_run(items) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    cpu = time.process_time()
    start = time.perf_counter()
    for result in run([from_text(t, i) for i, _, t in items]):
        assert result.error is None, result.error
    return time.perf_counter() - start, time.process_time() - cpu


def cpu_now() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def byte_code(compiled: bool) -> None:
    """claims' own modules byte-compiled (as installed) or not (compiled from source at every start)."""
    import compileall
    import shutil

    for cache in (ROOT / "claims").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    if compiled:
        compileall.compile_dir(ROOT / "claims", quiet=1)


def wall(args: list[str], repeat: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (user + system) of a new process running ``args``."""
    times, cpus = [], []
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        times.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(times), statistics.median(cpus)


def load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--output", type=Path, help="also write the report to this file")
    ap.add_argument("--quick", action="store_true", help="smaller sizes (1k, 5k words; 30 articles)")
    ap.add_argument("--only", choices=("throughput",),
                    help="only this section (throughput: the ratio to the bare parse, measured --repeat times)")
    ap.add_argument("--repeat", type=int, default=3,
                    help="measure the throughput ratio this many times side by side and report the median (with "
                         "--only throughput: one line each)")
    args = ap.parse_args(argv)
    lines: list[str] = []

    def say(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)

    articles = corpus()
    if args.quick:
        articles = articles[:30]
    sizes = (1000, 5000) if args.quick else (1000, 5000, 20000, 50000)
    claims_bin = str(Path(sys.executable).with_name("claims"))
    say("# claims: speed and scale (benchmarks/scale.py)")
    say()
    say(f"- machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    say(f"- load average at start (1, 5, 15 min): {load()}")
    say(f"- corpus: {len(articles)} real-news gold articles (fixtures/realnews), "
        f"{sum(words(t) for _, _, t in articles)} words")
    say()

    # warm-up: the pipelines loaded once, every code path run once
    for code in sorted({lang for _, lang, _ in articles}):
        load_pipeline(code, None)
    full_run(articles[:4])

    # 1. throughput
    n_words = sum(words(t) for _, _, t in articles)
    if args.only == "throughput":
        return _throughput_only(articles, n_words, max(args.repeat, 1), say, args.output, lines)
    rows = [_throughput_row(articles) for _ in range(max(args.repeat, 1))]
    median = sorted(rows, key=lambda r: r[1] / r[3])[len(rows) // 2]  # (the row of the median CPU ratio)
    parse_t, parse_cpu, claims_t, claims_cpu = median
    say(f"## Throughput (one process, same corpus, same run; measured {len(rows)} times side by side, the median "
        "row shown)")
    say()
    say("| | words/s (wall) | words per CPU second |")
    say("|---|---:|---:|")
    say(f"| bare parse (spaCy, language detection included) | {n_words / parse_t:,.0f} | {n_words / parse_cpu:,.0f} |")
    say(f"| claims, end to end | {n_words / claims_t:,.0f} | {n_words / claims_cpu:,.0f} |")
    say(f"| **ratio claims / bare parse** | **{parse_t / claims_t:.2f}** | **{parse_cpu / claims_cpu:.2f}** |")
    say()
    say("- every measurement (ratio CPU / wall): " + "; ".join(
        f"{p_cpu / c_cpu:.2f} / {p_t / c_t:.2f}" for p_t, p_cpu, c_t, c_cpu in rows))
    say()

    # 2. growth with document length
    say("## Growth with document length (one English document each)")
    say()
    say("| words | seconds | seconds per 1k words |")
    say("|---:|---:|---:|")
    for size in sizes:
        text = long_document(articles, size)
        start = time.perf_counter()
        result = next(run([from_text(text, f"long{size}")], lang="en"))
        seconds = time.perf_counter() - start
        assert result.error is None, result.error
        say(f"| {words(text):,} | {seconds:.1f} | {seconds / words(text) * 1000:.2f} |")
    say()

    # 3. cores
    from claims import parallel
    from claims.api import extract_many

    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k in range(2):  # the corpus twice: long enough to keep two workers busy
            for doc_id, _, text in articles:
                p = Path(tmp) / f"{k}-{doc_id}.txt"
                p.write_text(text, encoding="utf-8")
                paths.append(p)
        total = sum(words(p.read_text(encoding="utf-8")) for p in paths)
        timings, cpus, outputs = {}, {}, {}
        for label, jobs, init in (("1", 1, None), ("2", 2, None), ("2, each worker its own session", 2, os.setsid)):
            parallel.WORKER_INITIALIZER = init
            cpu, start = cpu_now(), time.perf_counter()
            outputs[label] = [json.dumps(r.document, sort_keys=True) for r in extract_many(paths, jobs=jobs)]
            timings[label], cpus[label] = time.perf_counter() - start, cpu_now() - cpu
        parallel.WORKER_INITIALIZER = None
    try:
        autogroup = Path("/proc/sys/kernel/sched_autogroup_enabled").read_text().strip() == "1"
    except OSError:
        autogroup = False
    say(f"## Cores: --jobs 1 against --jobs 2 ({len(paths)} files, {total:,} words; load average now {load()})")
    say()
    say("| jobs | seconds | CPU seconds (all processes) | words/s | speed-up |")
    say("|---|---:|---:|---:|---:|")
    for label in timings:
        say(f"| {label} | {timings[label]:.1f} | {cpus[label]:.1f} | {total / timings[label]:,.0f} | "
            f"**{timings['1'] / timings[label]:.2f}×** |")
    say()
    say(f"- outputs identical to --jobs 1: {all(out == outputs['1'] for out in outputs.values())}")
    say(f"- autogroup scheduling {'on' if autogroup else 'off'}"
        + (": CPUs are shared equally among busy sessions, so workers in one session share one session's part; "
           "the last row gives each worker a session of its own, as free cores would" if autogroup else ""))
    say()

    # 4. start-up
    with tempfile.TemporaryDirectory() as tmp:
        draft = Path(tmp) / "draft.txt"
        text = long_document(articles, 1000)
        draft.write_text(text, encoding="utf-8")
        repeat = 3 if args.quick else 5
        say(f"## Start-up (a new process each, median; load average now {load()}; CPU = user + system time, what a "
            "quiet machine's wall time would be close to)")
        say()
        say("| command | wall seconds | CPU seconds | from source: wall | from source: CPU |")
        say("|---|---:|---:|---:|---:|")
        commands = (("`claims --version`", [claims_bin, "--version"], repeat),
                    ("`claims --help`", [claims_bin, "--help"], repeat),
                    ("`claims check --list-rules`", [claims_bin, "check", "--list-rules"], repeat),
                    (f"`claims check draft.txt` ({words(text):,} words)",
                     [claims_bin, "check", str(draft), "--quiet"], repeat))
        rows = {}
        for compiled in (False, True):
            byte_code(compiled)
            for label, cmd, n in commands:
                rows.setdefault(label, []).extend(wall(cmd, n))
        for label, (src_w, src_c, w, c) in rows.items():
            say(f"| {label} | {w:.2f} | {c:.2f} | {src_w:.2f} | {src_c:.2f} |")
        say()
        say("(byte-compiled: claims' modules compiled once, as `pip install` does; from source: compiled at every "
            "start, as in an editable install under PYTHONDONTWRITEBYTECODE=1)")
        say()

    # 5. memory
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    say("## Memory")
    say()
    say(f"- peak resident memory of this process (both pipelines, the {sizes[-1] // 1000}k-word document): "
        f"{own:,.0f} MB")
    say(f"- peak resident memory of the largest child process (a --jobs worker or a start-up run): {children:,.0f} MB")
    say()
    say(f"Load average at the end (1, 5, 15 min): {load()}")
    if args.output:
        args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


def _throughput_row(articles) -> tuple[float, float, float, float]:
    """One side-by-side measurement: the bare parse, claims, the bare parse again (averaged, so that a change in
    the machine's load weighs on both sides alike): (parse wall, parse CPU, claims wall, claims CPU) seconds."""
    parse_a, parse_a_cpu = bare_parse(articles)
    claims_t, claims_cpu = full_run(articles)
    parse_b, parse_b_cpu = bare_parse(articles)
    return (parse_a + parse_b) / 2, (parse_a_cpu + parse_b_cpu) / 2, claims_t, claims_cpu


def _throughput_only(articles, n_words: int, repeat: int, say, output: Path | None, lines: list[str]) -> int:
    """The throughput section alone, measured ``repeat`` times (bare parse, claims, bare parse each time): on a
    shared machine the median of several side-by-side ratios moves less than one."""
    say("## Throughput only (one process, same corpus; each row: bare parse, claims, bare parse again)")
    say()
    say("| run | bare parse words/CPU s | claims words/CPU s | ratio (CPU) | ratio (wall) | load average |")
    say("|---:|---:|---:|---:|---:|---|")
    cpu_ratios, wall_ratios = [], []
    for k in range(repeat):
        parse_t, parse_cpu, claims_t, claims_cpu = _throughput_row(articles)
        cpu_ratios.append(parse_cpu / claims_cpu)
        wall_ratios.append(parse_t / claims_t)
        say(f"| {k + 1} | {n_words / parse_cpu:,.0f} | {n_words / claims_cpu:,.0f} | {cpu_ratios[-1]:.2f} | "
            f"{wall_ratios[-1]:.2f} | {load()} |")
    say()
    say(f"**median ratio claims / bare parse: {statistics.median(cpu_ratios):.2f} (CPU), "
        f"{statistics.median(wall_ratios):.2f} (wall)**")
    if output:
        output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
