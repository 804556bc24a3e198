"""Output formats of ``claims check`` — one module per format, chosen from ``FORMATTERS`` — and the table
writers of ``claims table`` (``table.WRITERS``). A formatter takes a ``CheckRun`` and returns the whole output
as text."""
from __future__ import annotations

from collections.abc import Callable

from ..checks import CheckRun
from . import github, gitlab, jsonl, jsonout, junit, sarif, text

Formatter = Callable[[CheckRun], str]

FORMATTERS: dict[str, Formatter] = {
    "text": text.render,
    "json": jsonout.render,
    "jsonl": jsonl.render,
    "github": github.render,
    "gitlab": gitlab.render,
    "junit": junit.render,
    "sarif": sarif.render,
}

