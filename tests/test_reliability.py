"""Bad input never breaks the output contract: hostile text, special files, formula cells, XML-hostile
characters (the reproducers of the reliability issue, in cases written for the project)."""
from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

import claims
from claims.cli import app
from claims.schema import validate_document


@pytest.mark.parametrize("text,lang", [
    ("said.\n\nMayor\ntoegekend?\nzou\nde aangehouden?", None),
    ("Het project kost 3 miljoen euro, aldus een \x1ebron.", "nl"),
    ("\x01\x02: \"Het is bizar\", zegt \x1f.", "nl"),
])
def test_hostile_text_gives_a_valid_document_with_exact_spans(text, lang):
    doc = claims.extract(text, lang=lang)
    assert validate_document(doc) == []
    for c in doc["claims"]:
        assert text[c["start"]:c["end"]] == c["text"] and c["start"] < c["end"]
    for s in doc["speakers"]:
        assert s["name"].strip()
        for m in s["mentions"]:
            assert m["start"] < m["end"] and text[m["start"]:m["end"]] == m["text"]


def test_lone_surrogates_are_a_value_error_not_an_encoding_crash():
    with pytest.raises(ValueError, match="lone surrogate"):
        claims.extract("De minister zegt \udc80 dat het klopt.")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text("De brug blijft dicht, zegt de gemeente.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(fifo), str(good), "--format", "jsonl"])
    assert result.exit_code == 2
    assert "not a regular file" in result.output and "De brug blijft dicht" in result.output


def test_claim_tables_never_hold_a_live_formula(tmp_path):
    from claims.formats.table import to_csv, to_xlsx
    from claims.tables import claim_rows, frame

    doc = claims.extract("\"=HYPERLINK(\\\"http://x\\\")\", zegt de woordvoerder. \"+31 procent\", zegt hij.", lang="nl")
    df = frame(list(claim_rows(doc)))
    assert any(str(v).startswith(("=", "+")) for v in df["text"])
    csv = to_csv(df).decode("utf-8")
    assert "\n=" not in csv and ",=" not in csv and ",+" not in csv
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(df))).active
    for row in sheet.iter_rows(values_only=True):
        for value in row:
            assert not (isinstance(value, str) and value.startswith(("=", "+", "-", "@")))


def test_junit_carries_control_characters_as_well_formed_xml(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("\"Het \x0bproject \x01kost te veel\", zegt een ingewijde.", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "--format", "junit"])
    assert result.exit_code in (0, 1), result.output
    ET.fromstring(result.output)  # well-formed


def test_a_gate_that_selects_no_file_fails_with_the_reason(tmp_path):
    (tmp_path / ".claims.toml").write_text('exclude = ["**"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("\"Het is bizar\", zegt een ingewijde.", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "no file to check" in result.output and ".claims.toml" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(app, ["check", str(empty)]).exit_code == 2


def test_validate_checks_every_span_against_the_input(tmp_path):
    from claims.schema import validate_document

    text = "\"De brug blijft dicht\", zegt wethouder Ans Bos. Volgens de provincie zou de brug in maart opengaan."
    doc = claims.extract(text, lang="nl")
    assert validate_document(doc, text) == []
    broken = json.loads(json.dumps(doc))
    broken["claims"][0]["start"] += 1
    assert any("input[" in p for p in validate_document(broken, text))
    broken["claims"][0]["start"] = broken["claims"][0]["end"] + 1
    assert any("start" in p and "> end" in p for p in validate_document(broken))
    draft = tmp_path / "a.txt"
    draft.write_text(text, encoding="utf-8")
    assert CliRunner().invoke(app, ["extract", str(draft), "--validate"]).exit_code == 0


# --- documents of any length (claims.chunks) ------------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claims import chunks  # noqa: E402
from claims.pipeline import run  # noqa: E402
from claims.read import from_text  # noqa: E402

HOSTILE_CHARS = st.sampled_from(
    ["\ud800", "\udc80", "\x00", "\x1e", "\x7f", "\x85", "\x9b", "\u200b", "\u200d", "\ufeff", "\u202e", "\u2067",
     "\u200f", "\r", "\r\n", "\n", "\n\n", "\u2028", "\u00a0", '"', "„", "“", "”", "'", "‘", "’", "«", "»", ",,",
     "''", " ", ".", ":", "- 1 ", "• ", "zegt", "said", "dat", "that", "volgens", "Jan de Vries", "de minister"])
HOSTILE_TEXT = st.lists(st.one_of(HOSTILE_CHARS, st.text(max_size=6)), max_size=80).map("".join)


@given(st.text(max_size=400), st.integers(min_value=2, max_value=60))
@settings(max_examples=300, deadline=None)
def test_cut_points_cover_the_text_exactly_in_bounded_parts(text, limit):
    ranges = chunks.cut_points(text, limit)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a == prev_b for (_, prev_b), (a, _) in zip(ranges, ranges[1:]))
    assert all(0 < b - a <= limit for a, b in ranges) or text == ""
    assert len(ranges) <= 2 * len(text) // limit + 1


def test_parts_are_cut_after_a_paragraph_then_a_line_then_a_sentence_then_a_space():
    para = "Een zin. " * 3 + "\n\n\n"
    assert chunks.cut_points(para * 4, 60)[0] == (0, len(para) * 2)  # the whole run of blank lines goes along
    assert chunks.cut_points("aaaa bbbb cc\ncc. dddd eeee", 20)[0] == (0, 13)
    assert chunks.cut_points("aaaa bbbb cccc. dddd eeee", 20)[0] == (0, 16)
    assert chunks.cut_points("aaaa bbbb cccc dddd eeee", 20)[0] == (0, 20)
    assert chunks.cut_points("x" * 45, 20) == [(0, 20), (20, 40), (40, 45)]
    assert chunks.CHUNK_CHARS < 1_000_000  # every part is within spaCy's limit


ARTICLE = ("\"De brug blijft tot maart dicht\", zegt wethouder Ans Bos. Volgens de provincie zou de reparatie "
           "maanden duren.\n\nEen woordvoerder van het waterschap bevestigt dat de dijk wordt versterkt.\n\n")


def test_a_long_text_is_processed_in_parts_with_offsets_into_the_whole_text():
    text = ARTICLE * 12
    whole = next(run([from_text(text)], lang="nl")).document
    parted = next(run([from_text(text)], lang="nl", chunk_chars=700))
    assert parted.error is None
    doc = parted.document
    assert validate_document(doc, text) == []
    assert doc["document"]["chars"] == len(text)
    cuts = [w["start"] for w in doc["warnings"] if w["code"] == chunks.BOUNDARY_WARNING]
    assert cuts == [a for a, _ in chunks.cut_points(text, 700)[1:]]
    assert all(text[c - 2:c] == "\n\n" for c in cuts)  # cut at paragraph boundaries
    assert [(c["start"], c["end"]) for c in doc["claims"]] == [(c["start"], c["end"]) for c in whole["claims"]]
    assert [c["id"] for c in doc["claims"]] == [f"c{n}" for n in range(1, len(doc["claims"]) + 1)]
    bos = [s for s in doc["speakers"] if "Bos" in s["name"]]
    assert len(bos) == 1 and len(bos[0]["mentions"]) == 12  # one speaker across the parts
    assert {c["speaker_id"] for c in doc["claims"] if c["speaker"] and "Bos" in c["speaker"]["text"]} == {bos[0]["id"]}


@given(HOSTILE_TEXT, st.integers(min_value=20, max_value=200), st.sampled_from(["nl", "en"]))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_hostile_text_in_parts_gives_a_valid_document_or_a_value_error(text, limit, lang):
    try:
        source = from_text(text)
    except ValueError as exc:
        assert "surrogate" in str(exc)
        return
    result = next(run([source], lang=lang, chunk_chars=limit))
    assert result.error is None, result.error
    assert validate_document(result.document, text) == []
    for w in result.document["warnings"]:
        assert 0 <= w["start"] <= w["end"] <= len(text)


def test_a_file_over_the_part_size_is_processed_beside_a_good_one(tmp_path, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 500)
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 10, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("De brug blijft dicht, zegt de gemeente.", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(big), str(good), "-o", f"{out}/"])
    assert result.exit_code == 0, result.output
    docs = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in out.iterdir()}
    assert set(docs) == {"big.json", "good.json"}
    assert validate_document(docs["big.json"], big.read_text(encoding="utf-8")) == []
    assert len(docs["big.json"]["claims"]) >= 20 and docs["good.json"]["claims"]


# --- the time budget ----------------------------------------------------------------------------------------------


def test_a_document_over_its_time_budget_is_one_error_line_and_the_run_goes_on(tmp_path, monkeypatch):
    import time as _time

    from claims import pipeline

    slow = tmp_path / "slow.txt"
    slow.write_text("Dit stuk is traag. " * 5, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("De brug blijft dicht, zegt de gemeente.", encoding="utf-8")
    real = pipeline.process

    def process(doc, source, *args, **kwargs):
        if "traag" in source.text:
            while True:  # a pathological input: the stages never end
                _time.sleep(0.01)
        return real(doc, source, *args, **kwargs)

    monkeypatch.setattr(pipeline, "process", process)
    result = CliRunner().invoke(app, ["extract", str(slow), str(good), "--time-budget", "0.5", "-f", "jsonl"])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("claims: error:")]
    assert len(errors) == 1 and "slow.txt" in errors[0] and "time budget of 0.5 s" in errors[0]
    assert "De brug blijft dicht" in result.output


def test_the_time_budget_is_checked_between_parts_outside_the_main_thread(monkeypatch):
    import threading
    import time as _time

    from claims import pipeline

    real = pipeline.process

    def process(*args, **kwargs):
        _time.sleep(0.2)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "process", process)
    out = {}
    thread = threading.Thread(target=lambda: out.update(r=next(run([from_text(ARTICLE * 6)], lang="nl",
                                                                     chunk_chars=200, time_budget=0.3))))
    thread.start()
    thread.join(120)
    assert out["r"].document is None and "time budget" in out["r"].error
    with pytest.raises(ValueError):
        next(run([from_text("x")], time_budget=0))


# --- nothing invalid leaves the pipeline ---------------------------------------------------------------------------


def test_a_document_that_fails_its_own_check_is_an_error_line_not_an_output(tmp_path, monkeypatch):
    from claims import pipeline
    from claims.model import Span

    real = pipeline.process

    def broken(*args, **kwargs):
        document = real(*args, **kwargs)
        for c in document.claims:
            c.span = Span(c.span.start + 1, c.span.end, c.span.text)  # off by one: text != input[start:end]
        return document

    monkeypatch.setattr(pipeline, "process", broken)
    draft = tmp_path / "a.txt"
    draft.write_text("\"De brug blijft dicht\", zegt wethouder Ans Bos.", encoding="utf-8")
    out = tmp_path / "out.json"
    result = CliRunner().invoke(app, ["extract", str(draft), "-o", str(out)])
    assert result.exit_code == 2
    assert "a.txt: internal error: the output failed its own check" in result.output
    assert json.loads(out.read_text(encoding="utf-8")) == []  # nothing invalid written
    with pytest.raises(ValueError, match="failed its own check"):
        claims.extract("\"De brug blijft dicht\", zegt wethouder Ans Bos.", lang="nl")


def test_an_exception_inside_the_stages_is_one_line(tmp_path, monkeypatch):
    from claims import pipeline

    monkeypatch.setattr(pipeline, "process", lambda *a, **k: 1 / 0)
    draft = tmp_path / "a.txt"
    draft.write_text("De brug blijft dicht, zegt de gemeente.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(draft)])
    assert result.exit_code == 2 and "a.txt: internal error: ZeroDivisionError" in result.output
    assert "Traceback" not in result.output


# --- output safety (claims.output) --------------------------------------------------------------------------------

from claims import output as output_mod  # noqa: E402
from claims.output import DocumentSink, OutputError, atomic_writer, mirror_names, write_file  # noqa: E402

SAID = "De brug blijft dicht, zegt de gemeente."


def _tmp_files(folder):
    return [p for p in folder.rglob(".*.tmp")]


def test_output_folder_is_created_and_mirrors_the_inputs_so_names_never_collide(tmp_path):
    for rel in ("a/x.txt", "b/x.txt", "a/x.md", "a/deep/y.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(SAID, encoding="utf-8")
    out = tmp_path / "new" / "nested"
    files = [str(tmp_path / r) for r in ("a/x.txt", "b/x.txt", "a/x.md", "a/deep/y.txt")]
    result = CliRunner().invoke(app, ["extract", *files, "-o", f"{out}/"])
    assert result.exit_code == 0, result.output
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == ["a/deep/y.json", "a/x.md.json", "a/x.txt.json", "b/x.json"]
    assert json.loads((out / "b" / "x.json").read_text())["document"]["path"] == files[1]


def test_mirror_names():
    assert mirror_names(["x.txt"]) == {"x.txt": output_mod.Path("x.json")}
    assert mirror_names(["a/x.txt", "-"]) == {"a/x.txt": output_mod.Path("x.json"), "-": output_mod.Path("stdin.json")}
    assert mirror_names(["x", "x.txt"])["x"] == output_mod.Path("x.json")
    assert mirror_names(["x", "x.txt"])["x.txt"] == output_mod.Path("x.txt.json")
    names = mirror_names(["p/a.txt", "p/q/a.txt", "r/a.txt"])
    assert len(set(names.values())) == 3


@pytest.mark.parametrize("command", [
    ["extract", "{good}", "-o", "{out}"],
    ["extract", "{good}", "{good2}", "-o", "{out}", "-f", "jsonl"],
    ["check", "{good}", "-o", "{out}"],
    ["table", "{good}", "-o", "{out}"],
    ["report", "{good}", "-o", "{out}"],
])
@pytest.mark.parametrize("where", ["under-a-file", "full-disk", "onto-a-folder", "unwritable-folder"])
def test_a_write_error_is_one_line_and_exit_2(tmp_path, command, where):
    good = tmp_path / "good.txt"
    good.write_text(SAID, encoding="utf-8")
    good2 = tmp_path / "good2.txt"
    good2.write_text(SAID, encoding="utf-8")
    suffix = ".csv" if command[0] == "table" else ".html" if command[0] == "report" else ".json"
    if where == "under-a-file":
        out = good / f"out{suffix}"
    elif where == "full-disk":
        if not os.path.exists("/dev/full"):
            pytest.skip("no /dev/full")
        out = "/dev/full"
    elif where == "onto-a-folder":
        out = tmp_path / "folder"
        out.mkdir()
        if command[0] == "extract":
            pytest.skip("a folder is extract's per-input layout")
    else:
        if os.geteuid() == 0:
            pytest.skip("root writes into any folder")
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        out = folder / f"out{suffix}"
    args = [a.format(good=good, good2=good2, out=out) for a in command]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("claims: error:")]
    assert len(lines) == 1 and str(out) in lines[0], result.output
    assert "Traceback" not in result.output
    if where == "full-disk":
        assert os.path.exists("/dev/full") and not os.path.isfile("/dev/full")  # the device is never replaced
    assert _tmp_files(tmp_path) == []


def test_a_failed_write_keeps_the_old_file_and_removes_the_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def no_room(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output_mod.os, "replace", no_room)
    with pytest.raises(OutputError, match="No space left on device"):
        write_file(target, "new")
    assert target.read_text(encoding="utf-8") == "old" and _tmp_files(tmp_path) == []
    monkeypatch.undo()
    with pytest.raises(KeyboardInterrupt):
        with atomic_writer(target) as fh:
            fh.write(b"half")
            raise KeyboardInterrupt
    assert target.read_text(encoding="utf-8") == "old" and _tmp_files(tmp_path) == []


def test_data_is_fsynced_before_the_rename(tmp_path, monkeypatch):
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(output_mod.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(output_mod.os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    write_file(tmp_path / "out.json", "{}")
    assert calls[:2] == ["fsync", "replace"]  # (then the folder is fsynced)
    assert (tmp_path / "out.json").read_text() == "{}"


def test_writing_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SAID, encoding="utf-8")
    real = tmp_path / "real" / "out.json"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = CliRunner().invoke(app, ["extract", str(good), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text(encoding="utf-8"))["claims"]
    assert oct(real.stat().st_mode & 0o777) == oct(0o640)  # a replaced file keeps its permissions
    assert _tmp_files(tmp_path) == []


def test_a_killed_run_leaves_no_temp_file_and_the_old_output(tmp_path):
    import signal
    import subprocess
    import sys
    import time as _time

    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 5, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    # (2,000 inputs, about a minute of work: the temporary file opens at once, and on a loaded machine a run of a
    # few seconds could end before the signal reaches it, exit 0 and fail the test for nothing)
    proc = subprocess.Popen([sys.executable, "-m", "claims.cli", "extract", *[str(big)] * 2000, "-o", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = _time.monotonic() + 120
    while not _tmp_files(tmp_path) and _time.monotonic() < deadline and proc.poll() is None:
        _time.sleep(0.1)
    assert _tmp_files(tmp_path), "the run never opened its temporary file"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 128 + signal.SIGTERM, err.decode("utf-8", "replace")[-2000:]
    assert _tmp_files(tmp_path) == [] and out.read_text() == "old"


def test_a_sigterm_whose_exit_was_swallowed_still_keeps_the_old_output(tmp_path):
    """Python runs a signal handler between any two steps of the main thread; one that runs inside a finalizer has
    its SystemExit reported and dropped. The run must still end before it replaces the old output."""
    import signal

    from claims.output import atomic_writer, terminate_cleanly

    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        with terminate_cleanly(), atomic_writer(out) as fh:
            fh.write(b"new")
            try:
                signal.raise_signal(signal.SIGTERM)  # (handled right here, in the main thread)
            except SystemExit:
                pass  # (what a finalizer does with it)
            fh.write(b" and more")
    assert stopped.value.code == 128 + signal.SIGTERM
    assert _tmp_files(tmp_path) == [] and out.read_text() == "old"


def test_json_output_streams_and_matches_an_array_of_documents(tmp_path):
    docs = [claims.extract(t, lang="nl", doc_id=f"d{n}") for n, t in enumerate([SAID, ARTICLE])]
    out = tmp_path / "all.json"
    with DocumentSink(out, "json", ["a", "b"]) as sink:
        sink.write(docs[0], "a")
        temp = _tmp_files(tmp_path)
        assert len(temp) == 1 and sink._fh.tell() > 0 and sink._held is None  # written, not held in memory
        assert not out.exists()
        sink.write(docs[1], "b")
        assert sink._held is None
    assert out.read_text(encoding="utf-8") == json.dumps(docs, ensure_ascii=False, indent=2) + "\n"
    with DocumentSink(out, "json", ["a", "b"]):
        pass
    assert out.read_text(encoding="utf-8") == "[]\n"
    with DocumentSink(out, "json", ["a"]) as sink:
        sink.write(docs[0], "a")
    assert json.loads(out.read_text(encoding="utf-8")) == docs[0]
    with DocumentSink(out, "jsonl", ["a", "b"]) as sink:
        for d in docs:
            sink.write(d, None)
    assert [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] == docs


def test_standard_output_json_is_unchanged_for_several_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SAID, encoding="utf-8")
    b.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(a), str(b)])
    assert result.exit_code == 0
    docs = json.loads(result.output)
    assert result.output == json.dumps(docs, ensure_ascii=False, indent=2) + "\n" and len(docs) == 2


# --- the fuzzer, a small run --------------------------------------------------------------------------------------


def test_a_small_fuzz_run_finds_no_crash_invalid_document_or_span_mismatch():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("fuzz", Path(__file__).resolve().parents[1] / "benchmarks" / "fuzz.py")
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    report = fuzz.fuzz(60, seed=11)
    assert report["inputs"] == 60 and report["ok"] > 30
    assert (report["crash"], report["invalid"], report["span"]) == (0, 0, 0), report["failures"][:3]
    assert fuzz.generate(11, 5) == fuzz.generate(11, 5)  # seeded: a failure can be reproduced by its index


def test_the_text_report_names_the_configuration_it_used(tmp_path):
    (tmp_path / ".claims.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(SAID, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path / "a.txt")])
    assert f"config {tmp_path / '.claims.toml'}" in result.output
    assert CliRunner().invoke(app, ["extract", str(tmp_path / "a.txt"), "--time-budget", "0"]).exit_code == 2
