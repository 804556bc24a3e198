"""A long document is written part by part from disk (claims.chunks.StreamedDocument, claims.output.json_chunks):
the same bytes as the in-memory document, valid, offsets exact, one part's result in memory at a time, and its parts
spread over the --jobs workers. Sizes are small (a part limit of a few thousand characters) so that CI runs them;
nothing here is timed."""
from __future__ import annotations

import copy
import json
import os
import pickle
import random
import tempfile
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claims import chunks
from claims.cli import app
from claims.model import Warning
from claims.output import json_chunks
from claims.parse import load_pipeline, pipeline_name
from claims.pipeline import Result, process, run, to_json
from claims.read import from_text
from claims.schema import validate_document

# --- a generator of news paragraphs written for these tests (invented names and places) ------------------------

_WHO = ["wethouder Fenna Stolk", "directeur Ruben Hoogland", "burgemeester Ilse van Dael", "raadslid Bram Zijlstra",
        "een woordvoerder van het waterschap", "de provincie", "hoogleraar Noor Brink"]
_WHAT = ["de brug bij {p} tot {m} dicht blijft", "het zwembad in {p} {n} miljoen euro extra krijgt",
         "de buslijn naar {p} vervalt", "de school in {p} na de zomer opengaat", "de dijk bij {p} wordt verhoogd"]
_PLACES = [a + b for a in ("Zuider", "Ooster", "Hoog", "Klein", "Nieuw") for b in ("meer", "veen", "dijk", "horst")]
_MONTHS = ["maart", "juni", "oktober", "december"]


def _sentence(rng: random.Random) -> str:
    what = rng.choice(_WHAT).format(p=rng.choice(_PLACES), m=rng.choice(_MONTHS), n=rng.randrange(2, 60))
    who = rng.choice(_WHO)
    kind = rng.randrange(6)
    if kind == 0:
        return f'"Wij weten nog niet of {what}", zegt {who}.'
    if kind == 1:
        return f"{who[:1].upper()}{who[1:]} zegt dat {what}."
    if kind == 2:
        return f"Volgens {who} is het onzeker of {what}."
    if kind == 3:
        return f"Een woordvoerder bevestigt dat {what}."
    if kind == 4:
        return f"De raad van {rng.choice(_PLACES)} vergaderde tot laat in de avond."
    return f"In {rng.choice(_MONTHS)} stond het water bij {rng.choice(_PLACES)} hoger dan ooit."


def news(chars: int, seed: int = 1, newline: str = "\n") -> str:
    rng = random.Random(seed)
    out, n = [], 0
    while n < chars:
        p = " ".join(_sentence(rng) for _ in range(rng.randrange(2, 6))) + "\n\n"
        out.append(p)
        n += len(p)
    return "".join(out).replace("\n", newline)


def work_parts(source, limit: int):
    """The parts of ``source``'s prose, each processed (``chunks.work_part``), and their ranges."""
    ranges = chunks.cut_points(source.pipeline_text, limit)
    parts = [chunks.work_part(source.pipeline_text[a:b], a, k, source.id, source.path, "nl", None)
             for k, (a, b) in enumerate(ranges)]
    return parts, ranges


def reference(text: str, limit: int, source=None, parts=None):
    """The parts of ``text`` processed once (or ``parts``, processed before from the same prose), and the document
    the in-memory path (``chunks.join``) makes of them next to the streamed one (``chunks.stream_long``) made of
    a copy of the same parts."""
    source = source or from_text(text)
    nlp = load_pipeline("nl")
    pipe = pipeline_name(nlp)
    if parts is None:
        parts, ranges = work_parts(source, limit)
    else:
        ranges = chunks.cut_points(source.pipeline_text, limit)
    whole = source.finish(to_json(chunks.join(copy.deepcopy(parts), source, "nl", pipe,
                                              [a for a, _ in ranges[1:]], limit)))
    from claims.model import Document

    header = source.finish(to_json(Document(source.id, source.path, "nl", source.pipeline_text, source.sha256, pipe)))
    streamed = chunks.stream_long(source, header, iter(parts), ranges, limit)
    return whole, streamed, ranges


@pytest.fixture(scope="module")
def ci_parts():
    """About 200 KB of prose in parts of at most 20,000 characters (ten parts or more), processed once."""
    text = news(200_000, seed=7)
    parts, ranges = work_parts(from_text(text), 20_000)
    return text, parts, ranges


@pytest.fixture(scope="module")
def ci_sized(ci_parts):
    text, parts, _ = ci_parts
    whole, streamed, ranges = reference(text, 20_000, parts=copy.deepcopy(parts))
    return text, whole, streamed, ranges


def test_a_long_document_streamed_from_disk_is_the_in_memory_document_byte_for_byte(ci_sized):
    text, whole, streamed, ranges = ci_sized
    assert len(ranges) >= 10
    assert json.dumps(streamed.to_dict(), ensure_ascii=False) == json.dumps(whole, ensure_ascii=False)
    for indent in (2, None):
        assert "".join(json_chunks(streamed, indent=indent)) == json.dumps(whole, ensure_ascii=False, indent=indent)
    assert streamed.counts["claims"] == len(whole["claims"]) > 500
    assert streamed.counts["speakers"] == len(whole["speakers"])


def test_the_streamed_document_is_valid_and_every_offset_is_exact(ci_sized):
    text, whole, streamed, ranges = ci_sized
    doc = streamed.to_dict()
    assert validate_document(doc, text) == [] and streamed.problems(text) == []
    spans = [c for c in doc["claims"]] + [c["speaker"] for c in doc["claims"] if c["speaker"]]
    spans += [m for s in doc["speakers"] for m in s["mentions"]]
    spans += [e for c in doc["claims"] for e in c["evidence"]]
    assert all(text[s["start"]:s["end"]] == s["text"] for s in spans)
    cuts = [w["start"] for w in doc["warnings"] if w["code"] == chunks.BOUNDARY_WARNING]
    assert cuts == [a for a, _ in ranges[1:]] and all(text[c - 2:c] == "\n\n" for c in cuts)
    ids = {s["id"] for s in doc["speakers"]}
    assert {c["speaker_id"] for c in doc["claims"] if c["speaker_id"]} <= ids
    assert [s["id"] for s in doc["speakers"]] == [f"s{n}" for n in range(1, len(ids) + 1)]
    named = [s for s in doc["speakers"] if s["name"] == "Fenna Stolk"]
    assert len(named) == 1 and len({m["start"] // 20_000 for m in named[0]["mentions"]}) > 3  # joined across parts


def test_a_long_crlf_hard_wrapped_file_through_extract_is_the_in_memory_document(ci_parts, tmp_path, monkeypatch):
    """The 200 KB text as a file hard-wrapped at 72 columns with CRLF line ends (an edit every 72 characters):
    ``claims extract`` in parts of 20,000 writes the bytes of the in-memory document, every span exact in the
    file, and the offset map it carries from the first part to the last grows with the line ends, not the text."""
    from claims.read import read_path

    text, parts, ranges = ci_parts
    lines = (textwrap.fill(line, 72, break_on_hyphens=False) if line else line for line in text.split("\n"))
    wrapped = "\n".join(lines).replace("\n", "\r\n")
    path = tmp_path / "long.txt"
    path.write_bytes(wrapped.encode("utf-8"))
    source = read_path(path)
    assert source.pipeline_text == text  # (the wraps read as spaces again: the parts processed before are its parts)
    ends = wrapped.count("\r\n")
    assert ends > 3_000 and source.offsets.runs <= 2 * ends + 1 and source.offsets.nbytes < len(wrapped) / 2
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 20_000)
    maps = []
    write_part = chunks._write_part

    def spy(out, part_source, *args):
        maps.append(part_source.offsets)
        return write_part(out, part_source, *args)

    monkeypatch.setattr(chunks, "_write_part", spy)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(path), "-o", f"{out}/", "--validate"])
    assert result.exit_code == 0, result.output
    # every part mapped through the one map read with the file (no copy per part), of the same runs
    assert len(maps) == len(ranges) >= 10 and all(m is maps[0] for m in maps) and maps[0].runs == source.offsets.runs
    whole, _, _ = reference(text, 20_000, source, parts=copy.deepcopy(parts))
    written = (out / "long.json").read_text(encoding="utf-8")
    assert written == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    doc = json.loads(written)
    assert validate_document(doc, wrapped) == [] and len(doc["claims"]) > 500
    spans = doc["claims"] + [m for s in doc["speakers"] for m in s["mentions"]]
    assert all(wrapped[s["start"]:s["end"]] == s["text"] for s in spans)  # the file's characters
    assert sum("\r\n" in c["text"] for c in doc["claims"]) > 100  # statements across a hard wrap, as in the file


def test_one_part_at_a_time_is_in_memory(monkeypatch):
    """``stream_long`` takes a part from its iterator only after the one before is on disk."""
    text = news(12_000, seed=3)
    source = from_text(text)
    events = []
    real_add = chunks.StreamedDocument.add

    def add(self, speakers, numbers, claims, warnings):
        events.append("written")
        return real_add(self, speakers, numbers, claims, warnings)

    def work_part(*args):
        events.append("taken")
        return real_work(*args)

    real_work = chunks.work_part
    monkeypatch.setattr(chunks.StreamedDocument, "add", add)
    monkeypatch.setattr(chunks, "work_part", work_part)
    result = next(run([source], lang="nl", chunk_chars=2_000))
    assert result.streamed is not None and result.error is None
    n = len(chunks.cut_points(text, 2_000))
    assert n >= 6 and events == ["taken", "written"] * n


def test_the_spill_files_leave_nothing_behind(monkeypatch, tmp_path):
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spill))
    result = next(run([from_text(news(8_000, seed=4))], lang="nl", chunk_chars=2_000))
    assert result.streamed.counts["claims"] > 0
    assert os.listdir(spill) == []  # (anonymous files, unlinked from the start)
    result.streamed.close()


def test_a_streamed_result_survives_pickling_between_processes():
    result = next(run([from_text(news(6_000, seed=5))], lang="nl", chunk_chars=2_000))
    again = pickle.loads(pickle.dumps(result))
    assert again.streamed is not None and again.document == result.document


def test_result_document_is_built_from_disk_only_when_asked_for():
    result = next(run([from_text(news(6_000, seed=6))], lang="nl", chunk_chars=2_000))
    assert result._document is None
    assert result.document["claims"] and result._document is result.document
    short = Result(None, document={"a": 1})
    assert short.document == {"a": 1} and short.streamed is None


def test_problems_name_the_element_in_the_whole_document():
    text = news(6_000, seed=8)
    result = next(run([from_text(text)], lang="nl", chunk_chars=2_000))
    streamed = result.streamed
    claim = next(streamed.iter_claims())
    claim.update(id="c999", start=claim["start"] + 1)
    streamed.add([], [], [claim], [])
    problems = streamed.problems(text, batch=3)
    n = streamed.counts["claims"] - 1
    assert problems == [f"claims/{n}: text != input[{claim['start']}:{claim['end']}]"]


def test_a_part_that_fails_its_check_drops_the_document_with_one_line(monkeypatch):
    real = chunks.shift

    def shift(document, offset, prefix):
        claims, speakers, warnings = real(document, offset, prefix)
        if prefix == "p2-" and claims:
            c = claims[0]
            c.span = type(c.span)(c.span.start, c.span.end, c.span.text + "x")
        return claims, speakers, warnings

    monkeypatch.setattr(chunks, "shift", shift)
    text = news(8_000, seed=9)
    result = next(run([from_text(text, path="lang.txt")], lang="nl", chunk_chars=2_000))
    assert result.streamed is None and result.document is None
    assert result.error.startswith("lang.txt: internal error: the output failed its own check (claims/0")
    assert result.error.endswith("; not written")


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.sampled_from(["a", "b"])), max_size=12),
       st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.sampled_from(["a", "b"])), max_size=12))
@settings(max_examples=150, deadline=None)
def test_warnings_at_a_cut_sort_and_merge_as_in_the_whole_document(first, second):
    """Warnings of two parts that meet at the cut (the same start, duplicates, the boundary warning among them)
    come out as ``join`` sorts them."""
    text = "ab cd ef\n\ngh ij kl\n"
    source = from_text(text)
    ranges = [(0, 10), (10, len(text))]

    def warnings(spec, base, end):
        return [Warning(code, "m", min(base + a, end), min(base + a + b, end)) for a, b, code in spec]

    parts = [([], [], warnings(first, 7, 10)), ([], [], warnings(second, 10, len(text)))]
    whole = chunks.join(copy.deepcopy(parts), source, "nl", "p", [10], 10)
    from claims.model import Document

    header = source.finish(to_json(Document(source.id, None, "nl", text, source.sha256, "p")))
    streamed = chunks.stream_long(source, header, iter(parts), ranges, 10)
    assert list(streamed.iter_warnings()) == [w.to_dict() for w in whole.warnings]


# --- the file on disk: CLI, offsets into the user's file, --jobs ---------------------------------------------------

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                    max_leaves=12)


@given(st.dictionaries(st.text(max_size=4), JSON, max_size=5), st.sampled_from([2, None]), st.sampled_from(["", "  "]))
@settings(max_examples=200, deadline=None)
def test_json_chunks_writes_what_json_dumps_writes(doc, indent, prefix):
    expected = json.dumps(doc, ensure_ascii=False, indent=indent)
    if indent is not None:
        expected = expected.replace("\n", "\n" + prefix)

    class Lazy:  # the list values as iterators, as a StreamedDocument gives them
        def items(self):
            return ((k, iter(v) if isinstance(v, list) else v) for k, v in doc.items())

    assert "".join(json_chunks(doc, indent=indent, prefix=prefix if indent else "")) == expected
    if indent is None or not prefix:
        assert "".join(json_chunks(Lazy(), indent=indent)) == json.dumps(doc, ensure_ascii=False, indent=indent)


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 3_000)
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    text = news(16_000, seed=11, newline="\r\n")  # CRLF: the offsets go through the input's offset map
    big.write_bytes(text.encode("utf-8"))
    good = tmp_path / "in" / "good.txt"
    good.write_text("De brug blijft dicht, zegt de gemeente.", encoding="utf-8")
    return big, good, text


def _reference_file(path, limit):
    from claims.read import read_path

    source = read_path(path)
    whole, streamed, _ = reference(source.pipeline_text, limit, source)
    return whole


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_writes_a_long_file_beside_a_good_one_with_the_bytes_of_the_whole(files, tmp_path, jobs):
    big, good, text = files
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(big), str(good), "-o", f"{out}/", "--jobs", jobs, "--validate"])
    assert result.exit_code == 0, result.output
    whole = _reference_file(big, 3_000)
    assert (out / "big.json").read_text(encoding="utf-8") == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"
    doc = json.loads((out / "big.json").read_text(encoding="utf-8"))
    assert validate_document(doc, text) == [] and len(doc["claims"]) > 50
    assert all(text[c["start"]:c["end"]] == c["text"] for c in doc["claims"])  # into the file's characters
    assert any("\r\n" in c["text"] for c in doc["claims"]) or "\r\n" in text  # (CRLF kept in the file)
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["claims"]


def test_extract_streams_a_long_file_into_an_array_jsonl_and_standard_output(files, tmp_path):
    big, good, text = files
    whole = _reference_file(big, 3_000)
    small = json.loads(CliRunner().invoke(app, ["extract", str(good)]).output)
    out = tmp_path / "all.json"
    assert CliRunner().invoke(app, ["extract", str(big), str(good), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8") == json.dumps([whole, small], ensure_ascii=False, indent=2) + "\n"
    lines = CliRunner().invoke(app, ["extract", str(good), str(big), "-f", "jsonl"]).output
    assert lines == "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in (small, whole))
    single = CliRunner().invoke(app, ["extract", str(big)]).output
    assert single == json.dumps(whole, ensure_ascii=False, indent=2) + "\n"


def test_a_long_file_that_fails_is_one_line_and_the_good_file_is_written(files, tmp_path, monkeypatch):
    big, good, _ = files
    real = chunks.shift

    def shift(document, offset, prefix):
        if prefix == "p3-":
            raise RuntimeError("a part broke")
        return real(document, offset, prefix)

    monkeypatch.setattr(chunks, "shift", shift)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(big), str(good), "-o", f"{out}/"])
    assert result.exit_code == 2
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    errors = [line for line in result.output.splitlines() if line.startswith("claims: error:")]
    assert len(errors) == 1 and "big.txt" in errors[0] and "a part broke" in errors[0]


# --- a signal at the worst moment of an atomic write ---------------------------------------------------------------

@pytest.mark.parametrize("signum, raised", [("SIGTERM", SystemExit), ("SIGINT", KeyboardInterrupt)])
def test_a_signal_just_after_the_temporary_file_is_made_leaves_nothing(tmp_path, monkeypatch, signum, raised):
    """SIGTERM or Ctrl-C that lands inside ``mkstemp``, after the file exists and before its name is known (a
    loaded machine can pause the process exactly there), is handled once the name is known: the file is
    removed and the old output kept."""
    import signal

    from claims import output

    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        made = real(*args, **kwargs)
        os.kill(os.getpid(), getattr(signal, signum))  # (delivered before mkstemp returns)
        return made

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(raised):
        with output.terminate_cleanly():
            output.write_file(target, "new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"] and target.read_text() == "old"
