"""Reading inputs: files, standard input and in-memory text, in any of the supported formats and encodings, with
one clear error per bad input.

An ``Input`` holds two texts. ``text`` is what the output's offsets point into: the characters of the user's
file as decoded (line endings as they are, a byte-order mark left out) for plain text, Markdown and HTML, or the
extracted paragraph text for a Word document (which the output then carries). ``prose`` is what the pipeline
reads: markup left out, entities decoded, every line ending ``\\n``, hard-wrapped lines joined. The offset map
takes every span of the prose back into ``text`` when the document is serialised (``Input.finish``); a span
whose range holds markup keeps its prose as ``text`` and gives the file's characters as ``source_text``.
See docs/inputs.md.
"""
from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (NumPy, under the offset maps, is imported by the readers that build one, not by every command)
    from .inputs.offsets import OffsetMap

#: the input formats, and the names ``--input-format`` accepts for each
FORMATS = {"text": ("text", "txt", "plain"), "markdown": ("markdown", "md"), "html": ("html", "htm", "xhtml"),
           "docx": ("docx", "word")}
#: file suffixes and their format; any other suffix is read as plain text
SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
            ".mkd": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html", ".docx": "docx"}


class InputError(ValueError):
    """An input that cannot be read; the message names the file and the problem in one line."""


@dataclass(frozen=True, eq=False)
class Input:
    id: str
    path: str | None
    text: str
    prose: str | None = None  # what the pipeline reads; None: ``text`` itself
    offsets: OffsetMap | None = None  # prose → text; None: the same offsets
    format: str = "text"
    encoding: str | None = None  # how the file's bytes were decoded; None for text given as a string
    digest: str | None = None  # sha256 of the file's bytes; None: of ``text`` in UTF-8
    offsets_into: str = "source"  # "source": the file's characters; "extracted": the text the output carries

    @property
    def sha256(self) -> str:
        return self.digest or hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def pipeline_text(self) -> str:
        return self.text if self.prose is None else self.prose

    def finish(self, document: dict) -> dict:
        """The serialised document of this input with its offsets in ``text``: every span's start and end mapped
        (``_map_spans``); and the document's format, encoding, offsets, sha256 and length."""
        if self.offsets is not None:
            _map_spans(document, self.offsets, self.text)
        d = document["document"]
        d["sha256"] = self.sha256
        d["chars"] = len(self.text)
        d["format"] = self.format
        d["encoding"] = self.encoding
        d["offsets"] = self.offsets_into
        if self.offsets_into == "extracted":
            d["text"] = self.text
        return document


_WHITE = re.compile(r"\s+")


def _map_spans(document: dict, offsets: OffsetMap, text: str) -> None:
    """Every span's offsets from the prose into ``text`` (looked up all at once: ``OffsetMap.spans``). A span's
    ``text`` is then ``text[start:end]`` when that is its prose with other white space (a hard wrap, ``\r\n``,
    HTML's collapsed spaces); when the range holds markup or an entity (``**``, ``[…](…)``, ``<em>``, ``&amp;``),
    ``text`` stays the prose and ``source_text`` gives ``text[start:end]``."""
    spans: list[tuple[dict, bool]] = []

    def add(span: dict | None, with_text: bool = True) -> None:
        if span:
            spans.append((span, with_text))

    for claim in document.get("claims", []):
        add(claim)
        add(claim.get("speaker"))
        add(claim.get("cue"))
        for evidence in claim.get("evidence", []):
            add(evidence)
    for speaker in document.get("speakers", []):
        for mention in speaker.get("mentions", []):
            add(mention)
    for warning in document.get("warnings", []):
        add(warning, with_text=False)
    if not spans:
        return
    starts, ends = offsets.spans([s["start"] for s, _ in spans], [s["end"] for s, _ in spans])
    for (span, with_text), start, end in zip(spans, starts.tolist(), ends.tolist()):
        span["start"], span["end"] = start, end
        if with_text:
            source = text[start:end]
            read = span.get("text", "")
            if source == read or _WHITE.sub(" ", source) == _WHITE.sub(" ", read):
                span["text"] = source
            else:
                span["source_text"] = source


def format_of(name: str | None, input_format: str | None = None) -> str:
    """The format named by ``--input-format`` (any of its aliases), else the one of the file's suffix."""
    if input_format:
        key = input_format.lower().lstrip(".")
        for fmt, aliases in FORMATS.items():
            if key in aliases:
                return fmt
        known = ", ".join(a for aliases in FORMATS.values() for a in aliases[:2])
        raise InputError(f"unknown input format '{input_format}' ({known})")
    return SUFFIXES.get(Path(name).suffix.lower(), "text") if name else "text"


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` as ``\\n``, a leading byte-order mark dropped (for callers that want plain lines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def read_path(path: str | Path, input_format: str | None = None, encoding: str | None = None,
              stdin_filename: str | None = None) -> Input:
    """Read a file (``-``: standard input, named ``stdin_filename`` when given, whose suffix then picks the
    format). Raises ``InputError`` with one line naming the file and the problem."""
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        name = stdin_filename or "<stdin>"
        doc_id = Path(stdin_filename).stem if stdin_filename else "stdin"
        return read_bytes(data, name, doc_id, stdin_filename, format_of(stdin_filename, input_format), encoding)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    if not p.is_file():  # a FIFO, device or socket: refused without opening it (opening a FIFO would block)
        raise InputError(f"{p}: not a regular file (FIFO, device or socket)")
    try:
        fmt = format_of(p.name, input_format)
    except InputError as exc:
        raise InputError(f"{p}: {exc}") from None
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    return read_bytes(data, str(p), p.stem, str(p), fmt, encoding)


def read_bytes(data: bytes, name: str, doc_id: str, path: str | None, fmt: str = "text",
               encoding: str | None = None) -> Input:
    """An input from a file's bytes; ``name`` is used in error messages."""
    from .inputs.decode import DecodeError, decode

    digest = hashlib.sha256(data).hexdigest()
    if fmt == "docx":
        from .inputs.docx import DocxError, extract

        try:
            text = extract(data)
        except DocxError as exc:
            raise InputError(f"{name}: {exc}") from None
        return Input(doc_id, path, text, format="docx", digest=digest, offsets_into="extracted")
    if data[:4] == b"PK\x03\x04" and fmt == "text":
        raise InputError(f"{name}: a ZIP archive or Word document, not text (a .docx is read as Word when its name "
                         "ends in .docx, or with --input-format docx)")
    try:
        text, used = decode(data, encoding)
    except DecodeError as exc:
        raise InputError(f"{name}: {exc}") from None
    return _prepare(doc_id, path, text, fmt, used, digest)


def _prepare(doc_id: str, path: str | None, text: str, fmt: str, encoding: str | None,
             digest: str | None) -> Input:
    from .inputs import lines

    norm, newline_map = lines.newlines(text)
    if fmt == "html":
        from .inputs import html

        prose, offsets = html.extract(text)
    elif fmt == "markdown":
        from .inputs import markdown

        prose, offsets = markdown.extract(norm, lines.wrap_breaks(norm))
        if newline_map is not None:
            offsets = offsets.then(newline_map)
    else:
        prose, offsets = lines.unwrap(norm, lines.wrap_breaks(norm))
        if newline_map is not None:
            offsets = newline_map if offsets is None else offsets.then(newline_map)
    if prose == text and offsets is None:
        prose = None
    return Input(doc_id, path, text, prose, offsets, fmt, encoding, digest)


def from_text(text: str, doc_id: str = "text", path: str | None = None, input_format: str = "text") -> Input:
    """In-memory text (plain text unless ``input_format`` says Markdown or HTML). Raises ``ValueError`` for text
    that is no Unicode text (lone surrogates, which cannot be encoded, e.g. from a file decoded with
    ``surrogateescape``)."""
    if not isinstance(text, str):
        raise ValueError(f"{path or doc_id}: expected str, got {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{path or doc_id}: not valid Unicode text (lone surrogate at character {exc.start})") from None
    try:
        fmt = format_of(None, input_format)
    except InputError as exc:
        raise ValueError(str(exc)) from None
    if fmt == "docx":
        raise ValueError(f"{path or doc_id}: a Word document is read from its bytes (extract_file), not from a str")
    return _prepare(doc_id, path, text, fmt, None, None)
