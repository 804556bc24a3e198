"""How fast ``claims serve`` answers, and whether it holds up under load (see benchmarks/README.md).

Starts the real ``claims serve`` on a free loopback port, waits until the pipelines are loaded, then:

1. **latency**: ``--requests`` sequential POSTs of a ~1,000-word draft (made of the example articles in
   fixtures/articles, with one changing sentence so no answer comes from the server's cache) to /api/extract and
   /api/view; median, 95th percentile and maximum, from sending the request to having read the whole answer;
   plus the same draft again (a cached answer, as the page's downloads get), and the same analyses run in this
   process without a server (``claims.api.analyse``), so the server's own share shows in one run;
2. **load**: ``--clients`` threads (default 10) posting distinct drafts to /api/check and /api/view for
   ``--duration`` seconds (default 60); requests done, errors, latency, and the server's resident memory sampled
   every second (start after warm-up, end, maximum, and the slope of a least-squares line in MiB per minute).

Only 127.0.0.1 is contacted; every loop is bounded in time and stops by itself; the server is stopped at the end.

    python benchmarks/serve_speed.py                  # the table
    python benchmarks/serve_speed.py --json           # machine info and numbers as JSON
    python benchmarks/serve_speed.py --duration 10    # a quick run
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def draft(words: int = 1000, lang: str = "en") -> str:
    """About ``words`` words of the project's example articles in one language, paragraphs kept."""
    parts, n = [], 0
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures" / "articles").glob(f"{lang}-*.txt"))]
    while n < words:
        for t in texts:
            for para in t.split("\n\n"):
                if n >= words:
                    break
                parts.append(para)
                n += len(para.split())
    return "\n\n".join(parts)


def rss_mib(pid: int) -> float:
    with open(f"/proc/{pid}/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1024 / 1024


def post(url: str, body: dict, timeout: float = 60) -> tuple[float, int]:
    data = json.dumps(body).encode("utf-8")
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": "application/json"})
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return time.perf_counter() - t0, status


def summary(times: list[float]) -> dict:
    times = sorted(times)
    return {"n": len(times), "median_ms": round(1000 * statistics.median(times), 1),
            "p95_ms": round(1000 * times[min(len(times) - 1, int(0.95 * len(times)))], 1),
            "max_ms": round(1000 * times[-1], 1)}


def start_server(port: int) -> tuple[subprocess.Popen, float]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "claims.cli", "serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as r:
                if json.load(r)["status"] == "ok":
                    return proc, time.perf_counter() - t0
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"claims serve exited: {proc.stderr.read()}")
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("claims serve did not start within 300 s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=20, help="sequential requests per endpoint (default 20)")
    ap.add_argument("--clients", type=int, default=10, help="concurrent clients in the load test (default 10)")
    ap.add_argument("--duration", type=float, default=60, help="seconds of the load test (default 60)")
    ap.add_argument("--words", type=int, default=1000, help="words in the draft (default 1000)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--no-baseline", action="store_true", help="skip timing the pipeline in this process")
    args = ap.parse_args()

    text = draft(args.words)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc, startup = start_server(port)
    out: dict = {"machine": {"python": platform.python_version(), "platform": platform.platform(),
                             "cpus": os.cpu_count(), "loadavg": [round(x, 2) for x in os.getloadavg()]},
                 "draft": {"words": len(text.split()), "chars": len(text)}, "startup_s": round(startup, 1)}
    try:
        latency = {}
        for endpoint in ("/api/extract", "/api/view"):
            times = []
            for n in range(args.requests):
                dt, status = post(base + endpoint, {"text": f"{text}\n\nReference {endpoint} {n}."})
                assert status == 200, status
                times.append(dt)
            latency[endpoint] = summary(times)
        cached = [post(base + "/api/view", {"text": text})[0] for _ in range(args.requests)][1:]
        latency["/api/view (cached)"] = summary(cached)
        if not args.no_baseline:
            # the same work without the server, in this process: what the pipeline itself costs (the server's
            # share is the difference)
            from claims.api import analyse
            from claims.read import from_text

            analyse(from_text(text + "\n\nWarm-up."))
            inproc = []
            for n in range(args.requests):
                t0 = time.perf_counter()
                analyse(from_text(f"{text}\n\nIn process {n}."))
                inproc.append(time.perf_counter() - t0)
            latency["pipeline in process"] = summary(inproc)
        out["latency"] = latency

        stop = time.monotonic() + args.duration
        lock = threading.Lock()
        times, errors, memory = [], [], []
        counter = [0]

        def client(k: int) -> None:
            n = 0
            while time.monotonic() < stop:
                endpoint = "/api/check" if n % 2 else "/api/view"
                try:
                    dt, status = post(base + endpoint, {"text": f"{text}\n\nClient {k} request {n}."})
                except OSError as exc:
                    dt, status = 0.0, repr(exc)
                with lock:
                    (times.append(dt) if status == 200 else errors.append(status))
                    counter[0] += 1
                n += 1

        threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(args.clients)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        while time.monotonic() < stop:
            memory.append((time.monotonic() - t0, rss_mib(proc.pid)))
            time.sleep(1)
        for t in threads:
            t.join(timeout=120)
        memory.append((time.monotonic() - t0, rss_mib(proc.pid)))
        # the slope after the first tenth (warm-up: the first analyses fill the cache and the allocator's pools)
        tail = [(x, y) for x, y in memory if x >= args.duration / 10] or memory
        mx, my = statistics.fmean(x for x, _ in tail), statistics.fmean(y for _, y in tail)
        var = sum((x - mx) ** 2 for x, _ in tail)
        slope = sum((x - mx) * (y - my) for x, y in tail) / var * 60 if var else 0.0
        out["load"] = {"clients": args.clients, "duration_s": args.duration, "requests": counter[0],
                       "errors": len(errors), "error_kinds": sorted({str(e) for e in errors})[:5],
                       "throughput_per_s": round(counter[0] / (time.monotonic() - t0), 2),
                       **({"latency": summary(times)} if times else {}),
                       "rss_mib": {"after_warmup": round(tail[0][1], 1), "end": round(memory[-1][1], 1),
                                   "max": round(max(y for _, y in memory), 1),
                                   "slope_mib_per_min": round(slope, 2)}}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()

    if args.json:
        print(json.dumps(out, indent=2))
        return
    m = out["machine"]
    print(f"claims serve on {m['platform']}, Python {m['python']}, {m['cpus']} CPUs, load {m['loadavg']}")
    print(f"draft: {out['draft']['words']} words; server start-up (pipelines loaded): {out['startup_s']} s\n")
    print(f"{'request':<22} {'n':>4} {'median ms':>10} {'p95 ms':>8} {'max ms':>8}")
    for name, s in out["latency"].items():
        print(f"{name:<22} {s['n']:>4} {s['median_ms']:>10} {s['p95_ms']:>8} {s['max_ms']:>8}")
    load = out["load"]
    print(f"\nload: {load['clients']} clients for {load['duration_s']:.0f} s: {load['requests']} requests, "
          f"{load['errors']} errors, {load['throughput_per_s']}/s")
    if "latency" in load:
        s = load["latency"]
        print(f"  latency under load: median {s['median_ms']} ms, p95 {s['p95_ms']} ms, max {s['max_ms']} ms")
    r = load["rss_mib"]
    print(f"  server memory (RSS): {r['after_warmup']} MiB after warm-up, {r['end']} MiB at the end, max {r['max']} "
          f"MiB, slope {r['slope_mib_per_min']} MiB/min")


if __name__ == "__main__":
    main()
