"""Line endings and hard wraps.

``newlines`` turns every ``\\r\\n`` and lone ``\\r`` into ``\\n`` for the pipeline, with a map back to the
original characters (the user's file keeps its line endings; offsets count them).

``wrap_breaks`` finds the line breaks that are hard wraps: a paragraph broken into lines near a fixed width by
an editor or mail program. Those are not boundaries (a quote, a sentence and a headline all run across them);
every other line break is. Most newsroom copy has one paragraph per line, with or without a blank line between
paragraphs, so a break only counts as a wrap when the text as a whole shows a wrap width:

- the width ``W`` is the longest line (of at most ``MAX_WIDTH`` characters) that is followed by another line in
  the same block (blocks are separated by blank lines), and at least ``MIN_WIDTH``;
- a line is *full* when the next line's first word would not have fitted after it (``len + 1 + word > W``), as a
  greedy wrapper (editors, ``textwrap``, mail programs) leaves every line but a paragraph's last;
- the text is wrapped when at least ``MIN_FULL`` full lines break off mid-sentence (a text of one paragraph per
  line has none: its lines end a sentence) and the full lines are at least ``MIN_SHARE`` of the lines (of at most
  ``MAX_WIDTH``) followed by another line; then the break after every full line is a wrap.
  A line that starts a list item or is indented further than the one above is never joined to it, and does
  not count for or against the width.

A paragraph's last line is short, so its break stays a boundary even when paragraphs are not separated by blank
lines; a headline above the text is not full, so it stays a line of its own.
"""
from __future__ import annotations

import re

import numpy as np

from .offsets import MapBuilder, OffsetMap

MAX_WIDTH = 120
MIN_WIDTH = 30
MIN_FULL = 2
MIN_SHARE = 0.5
SENTENCE_END = ".!?:;\"'”’»)…"

_NEWLINE = re.compile(r"\r\n?")
_ITEM = re.compile(r"\s*(?:[-*+•·–—▪◦]\s|\d{1,3}[.)]\s)")  # not "A. ": an initial, as often as a list


def newlines(text: str) -> tuple[str, OffsetMap | None]:
    """``text`` with ``\\n`` for every line ending, and the map back (None when there was nothing to change)."""
    if "\r" not in text:
        return text, None
    # two runs per line ending: the "\n" standing for "\r\n" or "\r", then the line after it copied
    ends = np.fromiter((x for m in _NEWLINE.finditer(text) for x in m.span()), dtype=np.int64).reshape(-1, 2)
    start, end = ends[:, 0], ends[:, 1]
    at = start - np.concatenate(([0], np.cumsum(end - start - 1)[:-1]))  # where each "\n" is in the result
    runs = len(start)
    pos = np.empty(2 * runs + 1, dtype=np.int64)
    base = np.empty_like(pos)
    width = np.ones_like(pos)
    step = np.ones(len(pos), dtype=np.int8)
    pos[0], base[0] = 0, 0
    pos[1::2], base[1::2], width[1::2], step[1::2] = at, start, end - start, 0
    pos[2::2], base[2::2] = at + 1, end
    norm = _NEWLINE.sub("\n", text)
    return norm, OffsetMap.from_runs(pos, base, width, step, len(norm), len(text))


def _first_word(line: str) -> str:
    word = line.lstrip().split(" ", 1)[0] if line.strip() else ""
    return word.split("-", 1)[0] + "-" if "-" in word[1:-1] else word


def wrap_breaks(text: str) -> set[int]:
    """Offsets of the ``\\n`` characters of ``text`` (line endings already ``\\n``) that are hard wraps."""
    if "\n" not in text:
        return set()
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    stripped = [line.rstrip() for line in lines]
    # pairs (i, i + 1) of consecutive non-blank lines: the candidate breaks, unless the next line starts a list
    # item or is indented further (a new paragraph, a quotation): those are boundaries in any text
    pairs = [i for i in range(len(lines) - 1) if stripped[i].strip() and stripped[i + 1].strip()
             and not _ITEM.match(lines[i + 1]) and not _indented(lines[i + 1], lines[i])]
    widths = [len(stripped[i]) for i in pairs if len(stripped[i]) <= MAX_WIDTH]
    if len(widths) < MIN_FULL:
        return set()
    width = max(widths)
    if width < MIN_WIDTH:
        return set()
    full = [i for i in pairs if len(stripped[i]) <= width
            and len(stripped[i]) + 1 + len(_first_word(stripped[i + 1])) > width]
    broken = [i for i in full if stripped[i][-1] not in SENTENCE_END]
    if len(broken) < MIN_FULL or len(full) < MIN_SHARE * len(widths):
        return set()
    return {starts[i] + len(lines[i]) for i in full}


def _indented(line: str, above: str) -> bool:
    return len(line) - len(line.lstrip()) > len(above) - len(above.lstrip()) + 1


def unwrap(text: str, breaks: set[int]) -> tuple[str, OffsetMap | None]:
    """``text`` with every hard wrap (and the spaces around it) read as one space; a word broken after a hyphen
    (``well-`` / ``known``) is joined without one."""
    if not breaks:
        return text, None
    b = MapBuilder(len(text))
    pos = 0
    for nl in sorted(breaks):
        a = nl
        while a > pos and text[a - 1] in " \t":
            a -= 1
        z = nl + 1
        while z < len(text) and text[z] in " \t":
            z += 1
        b.copy(text[pos:a], pos)
        if a > 0 and text[a - 1] == "-" and a > 1 and text[a - 2].isalpha() and z < len(text) and text[z].isalpha():
            pass  # "well-\nknown" → "well-known": the break is dropped
        else:
            b.replace(" ", a, z)
        pos = z
    b.copy(text[pos:], pos)
    return b.build()
