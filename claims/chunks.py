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
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from .model import Claim, Cue, Document, Evidence, Span, Speaker, Warning
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
    numbers = {s.id: f"s{n}" for n, s in enumerate(speakers, 1)}
    for s in speakers:
        s.mentions.sort(key=lambda m: (m.start, m.end))
        s.id = numbers[s.id]
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    for n, c in enumerate(claims, 1):
        c.id = f"c{n}"
        c.speaker_id = numbers[rename[c.speaker_id]] if c.speaker_id else None
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

