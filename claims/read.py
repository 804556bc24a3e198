"""Reading inputs: files, standard input and in-memory text, with one clear error per bad input."""
from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """An input that cannot be read; the message names the file and the problem in one line."""


@dataclass(frozen=True)
class Input:
    id: str
    path: str | None
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def normalize_newlines(text: str) -> str:
    """Offsets are into the text as read with universal newlines ("\\r\\n" → "\\n"); a BOM is dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def read_path(path: str | Path) -> Input:
    if str(path) == "-":
        data = sys.stdin.buffer.read()
        return Input("stdin", None, _decode(data, "<stdin>"))
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory")
    if not p.is_file():  # a FIFO, device or socket: refused without opening it (opening a FIFO would block)
        raise InputError(f"{p}: not a regular file (FIFO, device or socket)")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    return Input(p.stem, str(p), _decode(data, str(p)))


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        return normalize_newlines(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def from_text(text: str, doc_id: str = "text", path: str | None = None) -> Input:
    """In-memory text. Raises ``ValueError`` for text that is no Unicode text (lone surrogates, which cannot be
    encoded, e.g. from a file decoded with ``surrogateescape``)."""
    if not isinstance(text, str):
        raise ValueError(f"{path or doc_id}: expected str, got {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{path or doc_id}: not valid Unicode text (lone surrogate at character {exc.start})") from None
    return Input(doc_id, path, text)
