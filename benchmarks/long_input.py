#!/usr/bin/env python3
"""One very long document beside a good one: time, memory over the run, and both outputs written and valid.

    python benchmarks/long_input.py --mb 50 [--jobs 2] [--max-seconds 1100] [--json report.json]
    python benchmarks/long_input.py --mb 5 --in-process            # the parts in this process, memory per part

The long text comes from a seeded generator of Dutch news paragraphs written for this benchmark (invented
people, places and events; direct and reported speech, ``volgens``, confirmations, denials, anonymous sources,
figures), one paragraph per line with a blank line between, cut at ``--mb`` megabytes of UTF-8. ``--form crlf``
writes it with ``\r\n`` line ends, ``--form wrapped`` hard-wrapped at 72 columns with ``\r\n`` (the file's text
then differs from the prose the pipeline reads, and every span goes through the input's offset map).

By default ``claims extract BIG GOOD -o OUT/ --jobs N`` runs as a child process while this script samples, every
``--sample`` seconds, the resident memory (RSS) of the claims process, the proportional memory (PSS, shared
pages counted once) of it and its worker processes together, and the size of the long document's results on disk
so far (its unlinked temporary files: the progress of the run). The report gives the exit status, the time, the
rate, the peak and the curve of the memory, and for each output whether it was written and is valid: the big
output is read item by item (it is too large to load whole) and every statement, speaker and warning is checked
against the schema and every span against the input text; the good output is loaded and checked whole.
``--max-seconds`` stops the run (SIGTERM, so no temporary file is left) and the report says so.

``--in-process`` runs the document through ``claims.pipeline.run_long`` in this process and records the
characters done, the rate and the resident memory after every part.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

GOOD = '"De brug blijft tot maart dicht", zegt wethouder Ans Bos. Een woordvoerder van de provincie bevestigt dat.\n'

# --- the text generator (written for this benchmark; every name is invented) ----------------------------------------

FIRST = ["Marit", "Joost", "Fenna", "Ruben", "Ilse", "Kasper", "Noor", "Sander", "Hilde", "Bram", "Lotte", "Wessel",
         "Yara", "Thijs", "Anouk", "Gerrit", "Sanne", "Mehmet", "Eline", "Daan", "Femke", "Olaf", "Petra", "Ward"]
LAST = ["Verhoef", "Bakkum", "Stolk", "Hoogland", "van Dael", "Kramers", "de Wilde", "Brink", "Oosterveld",
        "Vermaat", "Zijlstra", "ter Horst", "Pauwels", "Elzinga", "Rutten", "van Leer", "Mulder", "Schipper"]
ROLE = ["wethouder", "burgemeester", "directeur", "woordvoerder", "voorzitter", "hoogleraar", "gedeputeerde",
        "onderzoeker", "inspecteur", "bestuurder", "raadslid", "projectleider"]
# invented place names from invented syllables: thousands of places, so that statements seldom repeat
HEAD = ["Zuider", "Ooster", "Wester", "Noorder", "Hoog", "Laag", "Groot", "Klein", "Oud", "Nieuw", "Midden", "Buiten"]
TAIL = ["meer", "veen", "dijk", "broek", "horst", "wold", "zand", "hoven", "kerk", "sluis", "brug", "rade", "lo"]
ORG = ["de provincie", "het waterschap", "de gemeente {place}", "woningcorporatie {place}", "de vakbond",
       "het ministerie", "de brandweer van {place}", "de busmaatschappij", "het ziekenhuis in {place}",
       "de rekenkamer", "de ondernemersvereniging van {place}", "de politie"]
THING = ["de brug bij {place}", "het zwembad in {place}", "de buslijn naar {place}", "het stadhuis van {place}",
         "het windpark bij {place}", "de bibliotheek van {place}", "het parkeerterrein in {place}",
         "de nieuwe wijk in {place}", "de ringweg om {place}", "de school in {place}", "het station van {place}",
         "de haven van {place}"]
# (main clause, subordinate clause) forms of a state of affairs; {n} a number
STATE = [("blijft tot {month} dicht", "tot {month} dicht blijft"),
         ("kost {n} miljoen euro meer dan begroot", "{n} miljoen euro meer kost dan begroot"),
         ("loopt {n} maanden vertraging op", "{n} maanden vertraging oploopt"),
         ("gaat op {day} {month} open", "op {day} {month} opengaat"),
         ("wordt opnieuw bekeken", "opnieuw wordt bekeken"),
         ("krijgt {n} miljoen euro extra", "{n} miljoen euro extra krijgt"),
         ("voldoet niet aan de eisen van {year}", "niet aan de eisen van {year} voldoet"),
         ("telt {n}00 bezoekers per dag minder", "{n}00 bezoekers per dag minder telt")]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
QUOTE = ["Wij hebben alles gedaan wat in onze macht lag", "Dit had nooit mogen gebeuren",
         "De bewoners van {place} verdienen duidelijkheid", "Er is geen cent verspild",
         "We gaan dit samen met {place} oplossen", "Ik begrijp de zorgen in {place} heel goed",
         "Zo kan het niet langer", "Het plan ligt er, nu de uitvoering nog", "Voor {month} weten we meer",
         "Dat {n} miljoen is een schatting, geen belofte"]
# sentences that report nothing: most of a news text is narrative and background
NARRATIVE = ["Het water in {place} stond vorige week nog twintig centimeter hoger.",
             "De raad van {place} vergaderde tot na middernacht.",
             "Bij de ingang van {thing} staan sinds {month} hekken.",
             "In {year} werd {thing} voor het laatst gerenoveerd.",
             "Omwonenden plakten briefjes op de ramen van het gemeentehuis in {place}.",
             "De bouw begon in {month} {year} met het slaan van de eerste palen.",
             "Op de markt van {place} was het onderwerp van gesprek.",
             "Het college van {place} telt vijf wethouders en een burgemeester.",
             "{n} gezinnen wachten nog op een nieuwe woning.",
             "De aannemer uit {place} werkt met {n} man aan het project."]
CUE = ["zegt", "zei", "stelt", "meldt", "verklaart", "benadrukt", "laat weten"]
SUB_CUE = ["zegt", "stelt", "meldt", "verklaart", "benadrukt"]


def _fill(rng: random.Random, template: str) -> str:
    if "{thing}" in template:
        template = template.replace("{thing}", rng.choice(THING))
    return template.format(place=rng.choice(HEAD) + rng.choice(TAIL), month=rng.choice(MONTHS),
                           day=rng.randrange(1, 29), n=rng.randrange(2, 99), year=rng.randrange(1990, 2030))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(ROLE)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _cap(_fill(rng, rng.choice(NARRATIVE)))
    kind = rng.randrange(10)
    thing, org = _fill(rng, rng.choice(THING)), _fill(rng, rng.choice(ORG))
    main, sub = (_fill(rng, form) for form in rng.choice(STATE))
    quote = _fill(rng, rng.choice(QUOTE))
    if kind == 0:
        return f'"{quote}", {rng.choice(CUE)} {_person(rng)}.'
    if kind == 1:
        return f"{_cap(_person(rng))} {rng.choice(SUB_CUE)} dat {thing} {sub}."
    if kind == 2:
        verb, _, rest = main.partition(" ")
        return f"Volgens {org} {verb} {thing} {rest}."
    if kind == 3:
        return f"Een woordvoerder van {org} bevestigt dat {thing} {sub}."
    if kind == 4:
        return f"{_cap(org)} ontkent dat {thing} {sub}."
    if kind == 5:
        return f"Ingewijden zeggen dat {thing} mogelijk {sub}."
    if kind == 6:
        return f"{_cap(_person(rng))}: '{quote}.'"
    if kind == 7:
        return f"De kosten lopen op tot {rng.randrange(2, 90)},{rng.randrange(10)} miljoen euro."
    if kind == 8:
        return f"Op {rng.randrange(1, 29)} {rng.choice(MONTHS)} praat de raad verder over {thing}."
    return f"{_cap(thing)} {main}, {rng.choice(CUE)} {org}."


def paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randrange(2, 7)))


def make_text(mb: float, seed: int = 15) -> str:
    """About ``mb`` megabytes of generated news text (ASCII: one byte per character)."""
    rng = random.Random(seed)
    size = int(mb * 1_000_000)
    pieces, length = [], 0
    while length < size:
        p = paragraph(rng) + "\n\n"
        pieces.append(p)
        length += len(p)
    return "".join(pieces)[:size].rstrip() + "\n"


FORMS = ("plain", "crlf", "wrapped")


def shaped(text: str, form: str) -> str:
    """``text`` as a file of another form: ``crlf`` line ends, or ``wrapped`` at 72 columns with ``crlf``."""
    if form == "wrapped":
        text = "\n".join(textwrap.fill(line, 72, break_on_hyphens=False) if line else line for line in text.split("\n"))
    return text.replace("\n", "\r\n") if form in ("crlf", "wrapped") else text


# --- memory ------------------------------------------------------------------------------------------------------

def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants (from /proc/*/stat parent ids)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def _spilled_kb(pid: int) -> int:
    """Bytes (KB) in the unlinked temporary files ``pid`` holds open: how much of the long document is on disk
    (a measure of progress from outside the process)."""
    total = 0
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}").endswith("(deleted)"):
                    total += os.stat(f"/proc/{pid}/fd/{fd}").st_size
            except OSError:
                continue
    except OSError:
        pass
    return total // 1024


def rss_mb() -> float:
    return _status_kb(os.getpid(), "VmRSS") / 1024


# --- checking the outputs ----------------------------------------------------------------------------------------

def check_big_output(path: Path, text: str, batch: int = 500) -> dict:
    """The big output checked item by item: it is the indented JSON ``claims extract`` writes (top-level fields at
    two spaces, the elements of ``speakers``, ``claims`` and ``warnings`` at four), so the header is read whole and
    every element of the three lists is parsed on its own and checked in batches against the schema and the
    input. Also checks that the whole file is one JSON document in that layout."""
    from claims.schema import validate_document

    header_lines: list[str] = []
    counts = {"speakers": 0, "claims": 0, "warnings": 0}
    problems: list[str] = []
    header: dict | None = None
    key, item, items = None, [], []

    def flush(force: bool = False) -> None:
        nonlocal items
        if items and (force or len(items) >= batch):
            for p in validate_document({**header, key: items}, text):
                problems.append(p)
            items = []

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if key is None:
                stripped = line.rstrip("\n")
                for name in counts:
                    if stripped.startswith(f'  "{name}": '):
                        if header is None:
                            header = json.loads("".join(header_lines).rstrip().rstrip(",")
                                                + "\n" + "".join(f',"{n}": []' for n in counts) + "}")
                        key = name
                        if stripped.endswith("[]") or stripped.endswith("[],"):
                            key = None
                        break
                else:
                    header_lines.append(line)
                continue
            if line.startswith("  ]"):
                flush(force=True)
                key = None
                continue
            item.append(line)
            if line.startswith("    }"):
                items.append(json.loads("".join(item).rstrip().rstrip(",")))
                counts[key] += 1
                item = []
                flush()
    return {"bytes": path.stat().st_size, "counts": counts, "valid": header is not None and not problems,
            "problems": problems[:5]}


# --- the run ---------------------------------------------------------------------------------------------------------

def cli(mb: float, jobs: int | None, max_seconds: float | None, sample: float, keep: Path | None,
        form: str = "plain") -> dict:
    work = Path(tempfile.mkdtemp(prefix="claims-long-"))
    try:
        big, good, out = work / "big.txt", work / "good.txt", work / "out"
        text = shaped(make_text(mb), form)
        big.write_bytes(text.encode("utf-8"))
        good.write_text(GOOD, encoding="utf-8")
        # ``claims`` of this checkout (not necessarily the installed one: the same script measures an older one)
        claims_cmd = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); from claims.cli import "
                      "app; sys.argv[0] = 'claims'; app()"]
        cmd = [*claims_cmd, "extract", str(big), str(good), "-o", f"{out}/"]
        if jobs is not None:
            cmd += ["--jobs", str(jobs)]
        started = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        curve, peak_rss, peak_pss, capped = [], 0, 0, False
        while proc.poll() is None:
            elapsed = time.monotonic() - started
            if max_seconds is not None and elapsed > max_seconds:
                proc.send_signal(signal.SIGTERM)
                capped = True
                proc.wait(60)
                break
            rss = _status_kb(proc.pid, "VmRSS")
            pss = sum(_pss_kb(p) for p in _tree(proc.pid))
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            curve.append({"seconds": round(elapsed, 1), "rss_mb": round(rss / 1024, 1),
                          "tree_pss_mb": round(pss / 1024, 1), "spilled_mb": round(_spilled_kb(proc.pid) / 1024, 1)})
            time.sleep(sample)
        _, err = proc.communicate()
        elapsed = time.monotonic() - started
        written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) if out.exists() else []
        outputs = {}
        if "big.json" in written:
            outputs["big.json"] = check_big_output(out / "big.json", text)
        if "good.json" in written:
            from claims.schema import validate_document

            doc = json.loads((out / "good.json").read_text(encoding="utf-8"))
            outputs["good.json"] = {"bytes": (out / "good.json").stat().st_size, "claims": len(doc["claims"]),
                                    "valid": validate_document(doc, GOOD) == []}
        if keep is not None and out.exists():
            shutil.copytree(out, keep, dirs_exist_ok=True)
        step = max(1, len(curve) // 30)
        return {"mode": "cli", "form": form,
                "command": " ".join(["claims", *cmd[len(claims_cmd):]]).replace(str(work), "WORK"),
                "bytes": big.stat().st_size, "chars": len(text), "exit": proc.returncode, "capped": capped,
                "seconds": round(elapsed, 1), "chars_per_second": round(len(text) / elapsed) if elapsed else None,
                "peak_rss_mb": round(peak_rss / 1024, 1), "peak_tree_pss_mb": round(peak_pss / 1024, 1),
                "memory_curve": curve[::step] + ([curve[-1]] if curve and (len(curve) - 1) % step else []),
                "written": written, "outputs": outputs, "left_in_out": [n for n in written if n.endswith(".tmp")],
                "errors": [line for line in err.splitlines() if line.startswith("claims:")]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def in_process(mb: float, max_seconds: float | None, form: str = "plain") -> dict:
    from claims import chunks
    from claims.output import json_chunks
    from claims.parse import load_pipeline, pipeline_name
    from claims.pipeline import run_long
    from claims.read import from_text

    text = shaped(make_text(mb), form)
    source = from_text(text, "big")
    nlp = load_pipeline("nl")
    samples = []
    started = time.monotonic()
    base_rss = rss_mb()
    real = chunks.stream_long

    class Stop(Exception):
        pass

    def progress(done: int, total: int) -> None:
        elapsed = time.monotonic() - started
        samples.append({"chars": done, "seconds": round(elapsed, 1), "rss_mb": round(rss_mb(), 1)})
        print(f"{done:,}/{total:,} chars, {elapsed:.0f} s, {done / elapsed:,.0f} chars/s, RSS {rss_mb():.0f} MB",
              file=sys.stderr, flush=True)
        if max_seconds is not None and elapsed > max_seconds:
            raise Stop

    def stream_long(*args, **kwargs):
        return real(*args, **{**kwargs, "progress": progress})

    chunks.stream_long = stream_long
    try:
        result = run_long(source, "nl", None, pipeline_name(nlp), chunks.CHUNK_CHARS)
    finally:
        chunks.stream_long = real
    finished = result.streamed is not None
    written = 0
    if finished:
        for piece in json_chunks(result.streamed):
            written += len(piece)
    elapsed = time.monotonic() - started
    done = samples[-1]["chars"] if samples else 0
    return {"mode": "in-process", "form": form, "chars": len(text), "chars_done": done, "finished": finished,
            "error": result.error, "seconds": round(elapsed, 1),
            "chars_per_second": round(done / elapsed) if elapsed else None, "rss_before_mb": round(base_rss, 1),
            "rss_samples": samples[:: max(1, len(samples) // 20)],
            "peak_rss_mb": round(_status_kb(os.getpid(), "VmHWM") / 1024, 1),
            "claims": result.streamed.counts if finished else None, "json_chars": written}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for claims extract (default: its own)")
    parser.add_argument("--max-seconds", type=float, default=None)
    parser.add_argument("--sample", type=float, default=1.0, help="seconds between memory samples")
    parser.add_argument("--in-process", action="store_true", help="the parts in this process, memory per part")
    parser.add_argument("--keep", type=Path, default=None, help="copy the outputs here")
    parser.add_argument("--form", choices=FORMS, default="plain", help="the long file's line ends and wraps")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.in_process:
        report = in_process(args.mb, args.max_seconds, args.form)
    else:
        report = cli(args.mb, args.jobs, args.max_seconds, args.sample, args.keep, args.form)
    text = json.dumps(report, indent=2)
    if args.json is not None:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    ok = report.get("finished", True) and report.get("exit", 0) == 0 and all(
        o.get("valid") for o in report.get("outputs", {}).values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
