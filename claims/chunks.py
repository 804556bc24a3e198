"""Documents of any length: a text longer than ``CHUNK_CHARS`` is parsed and run through the stages in parts cut
at paragraph boundaries, and the parts' results are joined into one document whose offsets are into the whole
text.

Why parts, and why this size: spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters), and the parse
of a whole book at once is memory no newsroom machine wants to give. The stages after parsing used to be quadratic
per article (10,000 characters 1.6 s, 100,000 characters 134 s after parsing); since statements are compared
only where a comparison can matter (``claims.status`` blocking) they grow about linearly (measured in one run:
20,000 characters 1.6 s, 98,000 characters 4.6 s end to end), so parts are needed for length and memory only.
``CHUNK_CHARS`` = 200,000 characters (about 33,000 words) is forty times the longest article of the gold and
real-news corpora: an article, a long read and most reports and transcripts are one part, and keep every link
between their statements.

Where a part ends, in order of preference: after a blank line (a paragraph break), after a line break, after a
sentence end followed by a space, after a space, and only if the window holds none of those, at the limit. The
cut is searched in the second half of the window, so there are at most ``2 * len(text) / CHUNK_CHARS`` parts.

What is lost across a cut (documented in docs/reliability.md, and marked in the document by a
``chunk-boundary`` warning at every cut):

- a pronoun or a bare title at the start of a part ("he said", "de minister") is resolved only inside its part;
- a quotation that runs over a cut is two quotations (each part reports its own unclosed quote mark);
- status evidence (confirmation, corroboration by another speaker, denial) links statements in the same part
  only;
- speakers are clustered per part; afterwards speakers of different parts with the same name, type and
  anonymity, that are not anonymous and not of unknown type, are joined into one (same id, mentions together).

The pipeline does not join the parts in memory: ``stream_long`` writes each part, final (ids, offsets into the
user's file, checked against the schema and the input), to the temporary files of a ``StreamedDocument`` as soon as
it is done, and ``claims.output.json_chunks`` writes the document from there, so memory does not grow with the
document's length beyond its text. Nothing written is revised afterwards, which is why status evidence does not
cross a cut. ``join`` and ``process_long`` build the same document in memory (the reference the streamed one is
tested against, and what ``benchmarks`` may call).
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from array import array
from collections.abc import Callable, Iterable, Iterator

import numpy as np
from spacy.tokens import Doc

from .model import Claim, Cue, Document, Evidence, Span, Speaker, Warning, number_ids
from .read import Input

CHUNK_CHARS = 200_000
BOUNDARY_WARNING = "chunk-boundary"


def cut_points(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` ranges that cover ``text`` exactly, in order, each at most ``limit`` characters (one range
    for a text that fits). Linear in ``len(text)``."""
    if limit < 2:
        raise ValueError("limit must be at least 2")
    ranges: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = -1
        for sep in ("\n\n", "\n", ". ", "? ", "! ", " "):
            k = text.rfind(sep, lo, hi)
            if k >= 0:
                cut = k + len(sep)
                while sep == "\n\n" and cut < hi and text[cut] == "\n":
                    cut += 1  # the whole run of blank lines stays with the part before it
                break
        if cut < 0:
            cut = hi
        ranges.append((start, cut))
        start = cut
    ranges.append((start, n))
    return ranges


def _shift_span(span: Span | None, offset: int) -> Span | None:
    return None if span is None else Span(span.start + offset, span.end + offset, span.text)


def shift(document: Document, offset: int, prefix: str) -> tuple[list[Claim], list[Speaker], list[Warning]]:
    """A part's claims, speakers and warnings with offsets into the whole text and speaker ids made unique by
    ``prefix`` (the part's claims keep pointing at their speakers)."""
    speakers = [Speaker(prefix + s.id, s.name, s.type, s.anonymous, [_shift_span(m, offset) for m in s.mentions])
                for s in document.speakers]
    claims = []
    for c in document.claims:
        c.span = _shift_span(c.span, offset)
        c.speaker = _shift_span(c.speaker, offset)
        if c.cue is not None:
            c.cue = Cue(_shift_span(c.cue.span, offset), c.cue.lemma)
        c.evidence = [Evidence(e.type, _shift_span(e.span, offset), e.rule) for e in c.evidence]
        c.speaker_id = prefix + c.speaker_id if c.speaker_id else None
        c.sentence = (c.sentence[0] + offset, c.sentence[1] + offset)
        claims.append(c)
    warnings = [Warning(w.code, w.message, w.start + offset, w.end + offset) for w in document.warnings]
    return claims, speakers, warnings


def join(parts: list[tuple[list[Claim], list[Speaker], list[Warning]]], source: Input, lang_code: str,
         pipeline: str, cuts: list[int], limit: int = CHUNK_CHARS) -> Document:
    """One document from its parts: claims in text order numbered c1…, speakers joined across parts by name
    (see the module docstring) and numbered s1… in order of first appearance, a ``chunk-boundary`` warning at
    every cut."""
    speakers: list[Speaker] = []
    by_key: dict[tuple, Speaker] = {}
    rename: dict[str, str] = {}
    claims: list[Claim] = []
    warnings: list[Warning] = []
    for part_claims, part_speakers, part_warnings in parts:
        for s in part_speakers:
            key = (s.name, s.type, s.anonymous)
            joinable = not s.anonymous and s.type != "unknown" and s.name.strip()
            if joinable and key in by_key:
                target = by_key[key]
                target.mentions.extend(s.mentions)
                rename[s.id] = target.id
                continue
            if joinable:
                by_key[key] = s
            rename[s.id] = s.id
            speakers.append(s)
        claims.extend(part_claims)
        warnings.extend(part_warnings)
    for s in speakers:
        s.mentions.sort(key=lambda m: (m.start, m.end))
    for c in claims:
        c.speaker_id = rename[c.speaker_id] if c.speaker_id else None
    claims, speakers = number_ids(claims, speakers)
    message = (f"the text is longer than {limit:,} characters and was processed in parts cut here; "
               "pronouns, quotations and evidence are not linked across this point")
    warnings.extend(Warning(BOUNDARY_WARNING, message, cut, cut) for cut in cuts)
    return Document(id=source.id, path=source.path, language=lang_code, text=source.pipeline_text,
                    sha256=source.sha256,
                    pipeline=pipeline, claims=claims, speakers=speakers,
                    warnings=sorted(set(warnings), key=lambda w: (w.start, w.end, w.code)))


def process_long(parse_text: Callable[[str], Doc], source: Input, lang_code: str, pipeline: str,
                 process: Callable[[Doc, Input, str, str], Document], limit: int = CHUNK_CHARS,
                 checkpoint: Callable[[], None] | None = None,
                 progress: Callable[[int, int], None] | None = None) -> Document:
    """Parse (``parse_text(text) -> Doc``, the pipeline's parser) and process ``source`` part by part, one parsed
    part in memory at a time. ``process`` is the pipeline's per-document function; ``checkpoint()`` is called
    before every part (the time budget raises there); ``progress(done_chars, total_chars)`` after every part."""
    text = source.pipeline_text  # (the prose of a Markdown, HTML or Word input; ``source.finish`` maps it back)
    ranges = cut_points(text, limit)
    parts = []
    for k, (start, end) in enumerate(ranges):
        if checkpoint is not None:
            checkpoint()
        piece = Input(source.id, source.path, text[start:end])
        parts.append(shift(process(parse_text(piece.text), piece, lang_code, pipeline), start, f"p{k}-"))
        if progress is not None:
            progress(end, len(text))
    return join(parts, source, lang_code, pipeline, [start for start, _ in ranges[1:]], limit)


def needs_parts(text: str, limit: int = CHUNK_CHARS) -> bool:
    return len(text) > limit



# --- streaming: a long document's result goes to disk part by part --------------------------------------------------

def work_part(text: str, start: int, k: int, doc_id: str, path: str | None, lang_code: str, model: str | None,
              batch_size: int = 16) -> tuple[list[Claim], list[Speaker], list[Warning]]:
    """One part (``text`` = the whole text's ``[start, start + len(text))``): parsed, run through the stages and
    shifted into whole-text offsets with speaker ids prefixed ``p{k}-``. A plain function of picklable arguments,
    so that the parts of one document can run in worker processes (``claims.parallel``); the pipeline is loaded
    once per process."""
    from . import pipeline as stages  # (looked up at call time: the stages are one module's functions)
    from .parse import load_pipeline, parse, pipeline_name

    nlp = load_pipeline(lang_code, model)
    doc = next(parse(nlp, [text]))
    return shift(stages.process(doc, Input(doc_id, path, text), lang_code, pipeline_name(nlp)), start, f"p{k}-")


class PartCheckFailed(Exception):
    """A part's output failed its check against the schema or the input (an internal error)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(f"{problems[0]}{f' and {len(problems) - 1} more' if len(problems) > 1 else ''}")


def _lines(fh) -> Iterator[bytes]:
    """The lines of a spill file, read with ``pread`` from the start (the file's position is left alone)."""
    fh.flush()
    fd, pos, rest = fh.fileno(), 0, b""
    while True:
        block = os.pread(fd, 1 << 20, pos)
        if not block:
            break
        pos += len(block)
        *lines, rest = (rest + block).split(b"\n")
        yield from lines
    if rest:
        yield rest


class StreamedDocument:
    """A long document's result, kept on disk instead of in memory: its header (the document's JSON with empty
    ``speakers``, ``claims`` and ``warnings``) in memory, and its statements, speakers and warnings in anonymous
    temporary files (unlinked from the start: nothing is left behind, whatever ends the process), added part by
    part with the offsets already in the user's file (``Input.finish``'s mapping) and checked part by part against
    the schema and the input.

    ``items()`` gives the top-level fields in the order of ``Document.to_dict``, the three lists as iterators (for
    ``claims.output.write_json``, which writes the same bytes as ``json.dumps`` of the whole); ``to_dict()``
    builds the whole document in memory (what ``Result.document`` gives to callers that want a dict).

    Memory while it is built: the joinable speakers' names (one entry per distinct name) and 16 bytes per speaker
    per part (where its mentions lie in the file); everything else is on disk."""

    LISTS = ("speakers", "claims", "warnings")

    def __init__(self, header: dict) -> None:
        self.header = header
        self.counts = {"speakers": 0, "claims": 0, "warnings": 0}
        self._claims = tempfile.TemporaryFile()
        self._speakers = tempfile.TemporaryFile()  # one JSON line per speaker per part (first: with its fields)
        self._warnings = tempfile.TemporaryFile()
        self._records: list[tuple[int, int, int]] | None = None  # (speaker number, offset, length), when loaded
        self._numbers = array("q")  # speaker number of every record, in the order written
        self._offsets = array("q")  # offset of every record in the speakers file (its length: up to the next)

    # building (claims.chunks.stream_long) ----------------------------------------------------------------------

    def _append(self, fh, item: dict) -> int:
        data = json.dumps(item, ensure_ascii=False).encode("utf-8") + b"\n"
        fh.write(data)
        return len(data)

    def add(self, speakers: list[dict], numbers: list[int], claims: list[dict], warnings: list[dict]) -> None:
        for number, speaker in zip(numbers, speakers):
            self._numbers.append(number)
            self._offsets.append(self._speakers.tell())
            self._append(self._speakers, speaker)
        for claim in claims:
            self._append(self._claims, claim)
        for warning in warnings:
            self._append(self._warnings, warning)
        self.counts["claims"] += len(claims)
        self.counts["warnings"] += len(warnings)
        self.counts["speakers"] = max([self.counts["speakers"], *numbers])

    # reading ---------------------------------------------------------------------------------------------------

    def iter_claims(self) -> Iterator[dict]:
        return (json.loads(line) for line in _lines(self._claims))

    def iter_warnings(self) -> Iterator[dict]:
        return (json.loads(line) for line in _lines(self._warnings))

    def iter_speakers(self) -> Iterator[dict]:
        """Every speaker in the order of its number (first appearance), its mentions from every part together."""
        self._speakers.flush()
        fd = self._speakers.fileno()
        end = self._speakers.seek(0, os.SEEK_END)
        numbers = np.frombuffer(self._numbers, dtype=np.int64) if len(self._numbers) else np.zeros(0, np.int64)
        order = np.argsort(numbers, kind="stable")  # by number; a speaker's records stay in part order
        current = None
        for i in order:
            i = int(i)
            start = self._offsets[i]
            stop = self._offsets[i + 1] if i + 1 < len(self._offsets) else end
            record = json.loads(os.pread(fd, stop - start, start))
            if current is not None and current["id"] == record["id"]:
                current["mentions"].extend(record["mentions"])
                continue
            if current is not None:
                yield current
            current = record
        if current is not None:
            yield current

    def problems(self, text: str | None = None, batch: int = 500) -> list[str]:
        """``claims.schema.validate_document`` over the whole document, a few hundred statements, speakers and
        warnings at a time (the schema has no rule that spans elements), so that it is never held whole."""
        from .schema import validate_document

        found: list[str] = []
        for key in self.LISTS:
            items = getattr(self, f"iter_{key}")()
            base = 0
            while True:
                chunk = [item for _, item in zip(range(batch), items)]
                if not chunk and base:
                    break
                for problem in validate_document({**self.header, key: chunk}, text):
                    m = re.match(rf"{key}/(\d+)(.*)", problem, re.S)  # (the index in the whole list)
                    found.append(f"{key}/{int(m.group(1)) + base}{m.group(2)}" if m else problem)
                base += len(chunk)
                if len(chunk) < batch:
                    break
        return list(dict.fromkeys(found))

    def items(self) -> Iterator[tuple[str, object]]:
        readers = {"speakers": self.iter_speakers, "claims": self.iter_claims, "warnings": self.iter_warnings}
        for key, value in self.header.items():
            yield key, (readers[key]() if key in readers else value)

    def to_dict(self) -> dict:
        return {key: (list(value) if key in self.LISTS else value) for key, value in self.items()}

    def close(self) -> None:
        for fh in (self._claims, self._speakers, self._warnings):
            fh.close()

    def __getstate__(self) -> dict:  # (a result sent between processes carries its files' bytes)
        state = {k: v for k, v in self.__dict__.items() if k not in ("_claims", "_speakers", "_warnings")}
        for name in ("_claims", "_speakers", "_warnings"):
            fh = self.__dict__[name]
            fh.flush()
            state[name] = os.pread(fh.fileno(), fh.seek(0, os.SEEK_END), 0)
        return state

    def __setstate__(self, state: dict) -> None:
        for name in ("_claims", "_speakers", "_warnings"):
            fh = tempfile.TemporaryFile()
            fh.write(state.pop(name))
            state[name] = fh
        self.__dict__.update(state)


def stream_long(source: Input, header: dict, parts: Iterable[tuple[list[Claim], list[Speaker], list[Warning]]],
                ranges: list[tuple[int, int]], limit: int = CHUNK_CHARS,
                checkpoint: Callable[[], None] | None = None,
                progress: Callable[[int, int], None] | None = None) -> StreamedDocument:
    """The document of ``source`` from its processed ``parts`` (in order, one per range of ``ranges``, e.g.
    ``work_part`` mapped over the ranges in this process or in workers), written to disk part by part: the same
    document ``join`` builds in memory (claims numbered c1… in text order, speakers joined by name and numbered by
    first appearance, a ``chunk-boundary`` warning at every cut, warnings sorted and without duplicates), with its
    offsets in the user's file, every part checked against the schema and the input (``PartCheckFailed``).
    ``header`` is the document's JSON with empty lists (``Input.finish`` applied). ``checkpoint()`` is called
    before every part, ``progress(done_chars, total_chars)`` after it."""
    total = len(source.pipeline_text)
    message = (f"the text is longer than {limit:,} characters and was processed in parts cut here; "
               "pronouns, quotations and evidence are not linked across this point")
    out = StreamedDocument(header)
    joiner = _PartJoiner()
    held: list[Warning] = []  # warnings at or after the end of the parts seen (a later part may sort among them)
    iterator = iter(parts)
    for k, (start, end) in enumerate(ranges):
        if checkpoint is not None:
            checkpoint()
        part_claims, part_speakers, part_warnings = next(iterator)
        rename, numbers, speakers = joiner.speakers(part_speakers)
        part_claims = joiner.claims(part_claims, rename)
        candidates = held + list(part_warnings)
        if k > 0:
            candidates.append(Warning(BOUNDARY_WARNING, message, start, start))
        candidates = sorted(set(candidates), key=lambda w: (w.start, w.end, w.code))
        last = k == len(ranges) - 1
        ready = candidates if last else [w for w in candidates if w.start < end]
        held = [] if last else [w for w in candidates if w.start >= end]
        _write_part(out, source, header, speakers, numbers, part_claims, ready)
        if progress is not None:
            progress(end, total)
    return out


class _PartJoiner:
    """Numbers the speakers and claims of a long document's parts as they come: a named speaker seen in an
    earlier part keeps its number, every other speaker and every claim takes the next one."""

    def __init__(self):
        self.by_key: dict[tuple, int] = {}
        self.speaker_count = self.claim_count = 0

    def speakers(self, part_speakers: list[Speaker]) -> tuple[dict[str, int], list[int], list[Speaker]]:
        """(part id → number, the numbers in order, the part's speakers with their numbers as ids)."""
        rename: dict[str, int] = {}
        merged: dict[int, Speaker] = {}  # (two speakers of a part may be joined as well)
        for s in part_speakers:
            key = (s.name, s.type, s.anonymous)
            joinable = not s.anonymous and s.type != "unknown" and s.name.strip()
            number = self.by_key.get(key) if joinable else None
            if number is None:
                self.speaker_count += 1
                number = self.speaker_count
                if joinable:
                    self.by_key[key] = number
            rename[s.id] = number
            if number in merged:
                merged[number].mentions.extend(s.mentions)
            else:
                merged[number] = Speaker(f"s{number}", s.name, s.type, s.anonymous, list(s.mentions))
        speakers = list(merged.values())
        for speaker in speakers:
            speaker.mentions.sort(key=lambda m: (m.start, m.end))
        return rename, list(merged), speakers

    def claims(self, part_claims: list[Claim], rename: dict[str, int]) -> list[Claim]:
        """The part's claims in text order, numbered on from the parts before, with their speakers' numbers."""
        part_claims = sorted(part_claims, key=lambda c: (c.span.start, c.span.end))
        for c in part_claims:
            self.claim_count += 1
            c.id = f"c{self.claim_count}"
            c.speaker_id = f"s{rename[c.speaker_id]}" if c.speaker_id else None
        return part_claims


def _write_part(out: StreamedDocument, source: Input, header: dict, speakers: list[Speaker], numbers: list[int],
                claims: list[Claim], warnings: list[Warning]) -> None:
    """One part's JSON with offsets in the user's file, checked against the schema and the input, added to the
    document on disk."""
    from .read import _map_spans
    from .schema import validate_document

    part = {"speakers": [s.to_dict() for s in speakers], "claims": [c.to_dict() for c in claims],
            "warnings": [w.to_dict() for w in warnings]}
    if source.offsets is not None:
        _map_spans(part, source.offsets, source.text)
    problems = validate_document({**header, **part}, source.text)
    if problems:
        raise PartCheckFailed(problems)
    out.add(part["speakers"], numbers, part["claims"], part["warnings"])
