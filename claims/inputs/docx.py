"""Word documents (.docx) read with python-docx: the text of the body's paragraphs (headings included), one
paragraph of the document per paragraph of the text, separated by a blank line; empty paragraphs are left out, a
manual line break inside a paragraph is a line break. Tables, text boxes, headers, footers, comments and
footnotes are not read. The offsets of a .docx are into this extracted text, which the output carries
(``document.text``)."""
from __future__ import annotations

import io
import zipfile


class DocxError(ValueError):
    """A file that is not a readable Word document; the message is one line."""


def extract(data: bytes) -> str:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise DocxError(f"reading .docx needs python-docx ({exc})") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocxError(f"not a Word document (.docx): {exc}") from None
    except Exception as exc:  # noqa: BLE001 - lxml or zip errors on a damaged file: one clear line
        raise DocxError(f"damaged Word document (.docx): {type(exc).__name__}: {exc}") from None
    paragraphs = []
    for p in document.paragraphs:
        text = p.text.replace("\r\n", "\n").replace("\r", "\n").strip()
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)
