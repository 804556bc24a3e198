"""Bytes to text: UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 with a byte-order mark, and legacy
single-byte Western text (Windows-1252, ISO 8859-1/15) recognised by charset-normalizer; or the encoding the
user names. A byte-order mark is not a character of the text: offsets count from the first character after it.
"""
from __future__ import annotations

import codecs

#: byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one)
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: the legacy encodings tried when the bytes are not UTF-8 (news copy in Dutch and English)
LEGACY = ("cp1252", "iso8859_15", "latin_1")


class DecodeError(ValueError):
    """Bytes that are no text in any encoding tried; the message is one line (without the file name)."""


def canonical(encoding: str) -> str:
    """The codec's standard name (``latin1`` → ``iso8859-1``); ``LookupError`` for an unknown one."""
    return codecs.lookup(encoding).name


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding used)``. ``encoding`` overrides detection (a byte-order mark of that encoding is still
    dropped). Raises ``DecodeError``."""
    if encoding:
        try:
            name = canonical(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding '{encoding}'") from None
        try:
            text = data.decode(name)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not {name} text (byte {exc.start}: {exc.reason})") from None
        return (text[1:] if text.startswith("\ufeff") else text), name
    for mark, enc in BOMS:
        if data.startswith(mark):
            try:
                return data[len(mark):].decode(enc.replace("-sig", "")), enc
            except UnicodeDecodeError as exc:
                raise DecodeError(f"not {enc} text although it starts with its byte-order mark "
                                  f"(byte {exc.start + len(mark)}: {exc.reason})") from None
    if b"\x00" in data[:4096]:
        raise DecodeError("binary file (NUL bytes), not text (UTF-16 or UTF-32 without a byte-order mark: name it "
                          "with --encoding)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_problem = f"byte {exc.start}: {exc.reason}"
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(LEGACY)).best()
    if best is None:
        raise DecodeError(f"not text: not UTF-8 ({utf8_problem}) nor Windows-1252 or Latin-1 prose "
                          "(name the encoding with --encoding)")
    name = canonical(best.encoding)
    return data.decode(name), name
