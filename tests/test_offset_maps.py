"""The offset map kept as runs (claims.inputs.offsets) against the map it replaced: two arrays with one entry per
character. The dense map is kept here, in the test, as the reference: every map built from random edits, every
composition and every map the readers build (CRLF, lone CR, hard wraps, Markdown, HTML) must give the same start
and end for every character and the same base range for every span; and its size must grow with the edits, not
with the text."""
from __future__ import annotations

import pickle
import re
import textwrap
from contextlib import ExitStack
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.inputs import html as html_reader
from claims.inputs import lines
from claims.inputs import markdown as md_reader
from claims.inputs.offsets import MapBuilder, OffsetMap
from claims.read import _map_spans, _prepare, from_text


# --- the reference: the dense map (16 bytes a character) --------------------------------------------------------

class DenseMap:
    def __init__(self, starts: np.ndarray, ends: np.ndarray) -> None:
        assert len(starts) == len(ends) + 1
        self.starts, self.ends = starts, ends

    def __len__(self) -> int:
        return len(self.ends)

    @property
    def base_length(self) -> int:
        return int(self.starts[-1])

    def then(self, lower: "DenseMap") -> "DenseMap":
        s, t = self.starts[:-1], self.ends
        starts = lower.starts[self.starts]
        if len(lower.ends):
            last = lower.ends[np.clip(t - 1, 0, len(lower.ends) - 1)]
        else:
            last = np.zeros(len(s), dtype=np.int64)
        return DenseMap(starts, np.where(t > s, last, lower.starts[s]).astype(np.int64))

    def span(self, start: int, end: int) -> tuple[int, int]:
        n = len(self.ends)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if end == start:
            return int(self.starts[start]), int(self.starts[start])
        a = int(self.starts[start])
        return a, max(a, int(self.ends[end - 1]))


class DenseBuilder:
    def __init__(self, base_length: int) -> None:
        self.base_length = base_length
        self.parts: list[str] = []
        self._starts: list[np.ndarray] = []
        self._ends: list[np.ndarray] = []
        self.length = 0

    def copy(self, text: str, base_start: int) -> None:
        if text:
            r = np.arange(base_start, base_start + len(text) + 1, dtype=np.int64)
            self._add(text, r[:-1], r[1:])

    def replace(self, text: str, base_start: int, base_end: int) -> None:
        if text:
            n = len(text)
            self._add(text, np.full(n, base_start, dtype=np.int64), np.full(n, base_end, dtype=np.int64))

    def _add(self, text, starts, ends) -> None:
        self.parts.append(text)
        self._starts.append(starts)
        self._ends.append(ends)
        self.length += len(text)

    def last_char(self) -> str:
        return self.parts[-1][-1] if self.parts else ""

    def trim_trailing(self, chars: str) -> None:
        while self.parts and self.parts[-1] and self.parts[-1][-1] in chars:
            k = len(self.parts[-1]) - len(self.parts[-1].rstrip(chars))
            self.parts[-1] = self.parts[-1][:-k]
            self._starts[-1] = self._starts[-1][:-k]
            self._ends[-1] = self._ends[-1][:-k]
            self.length -= k
            if not self.parts[-1]:
                self.parts.pop()
                self._starts.pop()
                self._ends.pop()

    def build(self) -> tuple[str, DenseMap]:
        starts = np.concatenate([*self._starts, np.array([self.base_length], dtype=np.int64)])
        ends = np.concatenate(self._ends) if self._ends else np.zeros(0, dtype=np.int64)
        return "".join(self.parts), DenseMap(starts, ends)


def dense_newlines(text: str):
    if "\r" not in text:
        return text, None
    b = DenseBuilder(len(text))
    pos = 0
    for m in re.finditer(r"\r\n?", text):
        b.copy(text[pos:m.start()], pos)
        b.replace("\n", m.start(), m.end())
        pos = m.end()
    b.copy(text[pos:], pos)
    return b.build()


def reference_read(text: str, fmt: str):
    """``claims.read``'s own reading code with the dense map under it."""
    with ExitStack() as stack:
        for module in (lines, md_reader, html_reader):
            stack.enter_context(mock.patch.object(module, "MapBuilder", DenseBuilder))
        stack.enter_context(mock.patch.object(lines, "newlines", dense_newlines))
        return _prepare("t", None, text, fmt, None, None)


def assert_same(m: OffsetMap, ref: DenseMap, spans: int = 400) -> None:
    n = len(ref)
    assert len(m) == n and m.base_length == ref.base_length
    assert m.starts(np.arange(n + 1)).tolist() == ref.starts.tolist()
    assert m.ends(np.arange(n)).tolist() == ref.ends.tolist()
    # every span (out-of-range and reversed ones too) of a short map, 20,000 drawn ones of a long one,
    # vectorised; and the scalar look-up on some of them
    if n <= 100:
        a, b = np.meshgrid(np.arange(-1, n + 2), np.arange(-1, n + 2))
        a, b = a.ravel(), b.ravel()
    else:
        a, b = np.random.default_rng(n).integers(-1, n + 2, size=(2, 20_000))
    s, e = m.spans(a, b)
    assert list(zip(s.tolist(), e.tolist())) == [ref.span(int(x), int(y)) for x, y in zip(a, b)]
    for x, y in list(zip(a.tolist(), b.tolist()))[::max(1, len(a) // spans)]:
        assert m.span(x, y) == ref.span(x, y)


# --- random edits ---------------------------------------------------------------------------------------------

CHARS = st.text(alphabet="ab \n-é\u2028", max_size=6)
EDIT = st.one_of(st.tuples(st.just("copy"), CHARS, st.integers(0, 40)),
                 st.tuples(st.just("replace"), st.text(alphabet="x \n", max_size=4), st.integers(0, 40),
                           st.integers(0, 5)),
                 st.tuples(st.just("trim"), st.sampled_from([" ", "\n", " \n"])))


def build_both(base_length: int, edits, ordered: bool):
    """The same edits on the runs builder and the dense one. ``ordered``: the base positions only move forward
    (as every reader's do); otherwise they jump anywhere in the base."""
    new, ref = MapBuilder(base_length), DenseBuilder(base_length)
    cursor = 0
    for edit in edits:
        if edit[0] == "trim":
            new.trim_trailing(edit[1])
            ref.trim_trailing(edit[1])
            continue
        kind, text, at = edit[:3]
        at = min(cursor + at, base_length) if ordered else min(at, base_length)
        if kind == "copy":
            text = text[:base_length - at]
            new.copy(text, at)
            ref.copy(text, at)
            cursor = at + len(text)
        else:
            end = min(at + edit[3], base_length)
            new.replace(text, at, end)
            ref.replace(text, at, end)
            cursor = end
    text_new, m = new.build()
    text_ref, d = ref.build()
    assert text_new == text_ref and new.last_char() == (text_ref[-1:] if text_ref else "")
    return text_new, m, d


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 40), st.lists(EDIT, max_size=25), st.booleans())
def test_a_map_built_from_any_edits_is_the_dense_map(base_length, edits, ordered):
    text, m, ref = build_both(base_length, edits, ordered)
    assert_same(m, ref)
    pieces = sum(1 for e in edits if e[0] != "trim" and e[1])
    assert m.runs <= pieces  # one run a piece at most: the size follows the edits


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 30), st.lists(EDIT, max_size=20), st.lists(EDIT, max_size=20), st.booleans(), st.booleans())
def test_maps_compose_as_the_dense_maps_do(base_length, lower_edits, upper_edits, lower_ordered, upper_ordered):
    middle, lower, lower_ref = build_both(base_length, lower_edits, lower_ordered)
    _, upper, upper_ref = build_both(len(middle), upper_edits, upper_ordered)
    both = upper.then(lower)
    assert_same(both, upper_ref.then(lower_ref))
    if lower_ordered and upper_ordered:
        assert both.runs <= upper.runs + lower.runs
    # three maps, composed either way round (the dense maps do not always agree between the two when a
    # character stands for an empty range at the end: each way must give what the dense maps give that way)
    _, top, top_ref = build_both(len(upper), upper_edits[::-1], upper_ordered)
    assert_same(top.then(upper).then(lower), top_ref.then(upper_ref).then(lower_ref), spans=50)
    assert_same(top.then(upper.then(lower)), top_ref.then(upper_ref.then(lower_ref)), spans=50)


def test_identity_and_empty_maps():
    for n in (0, 1, 7):
        m = OffsetMap.identity(n)
        assert len(m) == n and m.base_length == n and m.runs == (1 if n else 0)
        assert [m.span(i, i + 1) for i in range(n)] == [(i, i + 1) for i in range(n)]
        assert m.span(n, n) == (n, n)
    b = MapBuilder(5)
    text, m = b.build()
    assert text == "" and len(m) == 0 and m.span(0, 3) == (5, 5) and m.spans([0], [0])[0].tolist() == [5]
    assert OffsetMap.identity(0).then(m).base_length == 5


def test_runs_that_are_no_map_are_refused():
    with pytest.raises(ValueError, match="start at 0"):
        OffsetMap.from_runs([1], [0], [1], [1], 3, 3)
    with pytest.raises(ValueError, match="one base character wide"):
        OffsetMap.from_runs([0], [0], [2], [1], 3, 6)
    with pytest.raises(ValueError, match="needs runs"):
        OffsetMap.from_runs([], [], [], [], 3, 3)


def test_the_runs_of_a_small_map():
    b = MapBuilder(12)
    b.copy("ab", 0)
    b.copy("c", 2)  # continues the copy: one run
    b.replace("\n", 3, 5)  # "\r\n"
    b.replace("\n\n", 5, 5)  # an inserted paragraph break
    b.copy("d", 8)
    b.replace("&", 9, 12)  # an entity of three characters that stands for one
    text, m = b.build()
    assert text == "abc\n\n\nd&"
    assert m.pos.tolist() == [0, 3, 4, 6, 7, 8] and m.base.tolist() == [0, 3, 5, 8, 9, 12]  # (and the end)
    assert m.width.tolist() == [1, 2, 0, 1, 3, 0] and m.step.tolist() == [1, 0, 0, 1, 0, 0]
    assert m.span(0, 4) == (0, 5) and m.span(4, 6) == (5, 5) and m.span(6, 8) == (8, 12)
    assert repr(m) == "OffsetMap(8 chars → 12, 5 runs)"


@settings(max_examples=50, deadline=None)
@given(st.integers(0, 30), st.lists(EDIT, max_size=20))
def test_a_map_survives_pickling(base_length, edits):
    _, m, ref = build_both(base_length, edits, True)
    assert_same(pickle.loads(pickle.dumps(m)), ref, spans=20)


# --- the readers' maps ----------------------------------------------------------------------------------------

WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé", min_size=1, max_size=10)
PARAGRAPH = st.lists(WORDS, min_size=3, max_size=40).map(lambda ws: " ".join(ws) + ".")
HOSTILE = st.lists(st.one_of(st.sampled_from(["*", "**", "_", "[", "](", ")", "<", ">", "&", "&amp;", "&#233;",
                                              "\\", "`", "#", "- ", "1. ", "> ", "\n", "\r\n", "\r", "\t", "    ",
                                              "<p>", "</p>", "<br>", "<em>", "</em>", "<script>", "</script>",
                                              "<article>", "~~", "\u00a0", "\ufeff", "“", "”", "well-\n"]),
                             st.text(max_size=5)), max_size=50).map("".join)


def wrapped(paragraphs: list[str], width: int, newline: str, blank: bool) -> str:
    text = ("\n\n" if blank else "\n").join(textwrap.fill(p, width, break_on_hyphens=False) for p in paragraphs)
    return text.replace("\n", newline)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(HOSTILE, st.builds(wrapped, st.lists(PARAGRAPH, min_size=1, max_size=4), st.integers(30, 80),
                                    st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())),
       st.sampled_from(["text", "markdown", "html"]))
def test_every_reader_builds_the_dense_map(text, fmt):
    item = from_text(text, input_format=fmt)
    ref = reference_read(text, fmt)
    assert item.pipeline_text == ref.pipeline_text
    assert (item.offsets is None) == (ref.offsets is None)
    if item.offsets is not None:
        assert_same(item.offsets, ref.offsets, spans=100)


def test_a_crlf_text_has_two_runs_a_line_and_no_more():
    text = "".join(f"Line {i} of the report, with some words in it.\r\n" for i in range(2000))
    item = from_text(text)
    ref = reference_read(text, "text")
    assert_same(item.offsets, ref.offsets, spans=20)
    assert item.offsets.runs == 2 * 2000  # a copied line and its "\n" (the text ends with one: no run after it)
    assert item.offsets.nbytes == 13 * (item.offsets.runs + 1)  # against 16 bytes a character for the dense map
    assert item.offsets.nbytes < 0.6 * len(text)
    lone = from_text(text.replace("\r\n", "\r"))
    assert lone.offsets.runs == 1 and lone.offsets.nbytes == 26  # "\r" → "\n" is a copy: one run for the whole
    assert lone.offsets.span(0, len(lone.pipeline_text)) == (0, len(text) - 2000)


def test_spans_of_a_document_map_into_the_file_all_at_once():
    text = "Kop\r\n\r\n\"Het is te laat\", zei Jan de Vries.\r\nDe brug blijft dicht.\r\n"
    item = from_text(text)
    prose = item.pipeline_text
    at = prose.index("Het")
    quote = {"text": "Het is te laat", "start": at, "end": at + 14}
    speaker = {"text": "Jan de Vries", "start": prose.index("Jan"), "end": prose.index("Jan") + 12}
    two_lines = {"text": prose[at:prose.index("dicht") + 5], "start": at, "end": prose.index("dicht") + 5}
    document = {"claims": [{**quote, "speaker": speaker, "cue": None, "evidence": [two_lines]}],
                "speakers": [{"mentions": [dict(speaker)]}],
                "warnings": [{"code": "w", "start": len(prose), "end": len(prose)}]}
    _map_spans(document, item.offsets, text)
    claim = document["claims"][0]
    for span in (claim, claim["speaker"], claim["evidence"][0], document["speakers"][0]["mentions"][0]):
        assert text[span["start"]:span["end"]] == span["text"]
    assert "\r\n" in claim["evidence"][0]["text"]  # the file's own line ending, not the prose's
    assert (document["warnings"][0]["start"], document["warnings"][0]["end"]) == (len(text), len(text))
