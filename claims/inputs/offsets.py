"""Offset maps: where each character of a derived text (the prose the pipeline reads) came from in a base text
(the characters of the user's file).

A map gives, for every character ``i`` of the derived text, the range ``[start(i), end(i))`` of the base text it
was read from: one character for copied prose, several for an entity (``&amp;`` → ``&``) or a line ending
(``\\r\\n`` → ``\\n``), none for a separator the reader inserted between blocks (``\\n\\n`` between two HTML
paragraphs). ``start(len(derived))`` is ``len(base)``. Maps compose (prose → markdown text → file), and a span
``[a, b)`` of the derived text maps to ``[start(a), end(b - 1))`` of the base: it starts at its first character's
origin and ends after its last one's, so a span never starts or ends inside skipped markup.

How it is kept: as *runs*, not per character, so that its size grows with the number of edits (a dropped CR, a
joined line break, a piece of markup left out), not with the length of the text. A run is a stretch of derived
characters that either

- are *copied*: character ``pos + j`` of the run is base character ``base + j`` (``end = start + 1``), or
- all *stand for one range*: every character of the run has ``[base, base + width)`` (a line ending, an entity,
  a collapsed run of white space, an inserted separator when ``width`` is 0).

The runs are four arrays (``pos``: where each run starts in the derived text, strictly increasing from 0;
``base``; ``width``; ``step``: 1 for a copy, 0 for a range), 13 bytes a run (32-bit positions; 64-bit for a
text of more than 2**31 characters); a plain text with CRLF line ends has two runs a line. A look-up is a binary
search over ``pos`` (``np.searchsorted``), vectorised over any number of positions or spans. Runs that continue
each other are merged, and a one-character run is a copy exactly when its range is one character wide.
"""
from __future__ import annotations

from array import array

import numpy as np

_I64 = np.int64
_SMALL = np.iinfo(np.int32).max


class OffsetMap:
    """A derived text's map into its base text, as runs (see the module docstring). The arrays end with one run
    more, at ``pos = len(derived)``, that stands for the base's end (``start(len)``)."""

    __slots__ = ("pos", "base", "width", "step", "length", "base_length")

    def __init__(self, pos: np.ndarray, base: np.ndarray, width: np.ndarray, step: np.ndarray, length: int,
                 base_length: int) -> None:
        """Runs already in their one form, end run included; ``OffsetMap.from_runs`` takes any runs."""
        self.pos, self.base, self.width, self.step = pos, base, width, step
        self.length = int(length)
        self.base_length = int(base_length)

    # building ----------------------------------------------------------------------------------------------

    @classmethod
    def from_runs(cls, pos, base, width, step, length: int, base_length: int) -> "OffsetMap":
        """The map of the runs ``(pos[k], base[k], width[k], step[k])`` (``pos`` non-decreasing; a run ends where
        the next one starts, the last one at ``length``; ``step`` 1: a copy, of ``width`` 1): runs of no
        characters dropped, one-character runs that are one base character wide made copies, runs that continue
        each other merged."""
        pos = np.asarray(pos, dtype=_I64)
        base = np.asarray(base, dtype=_I64)
        width = np.asarray(width, dtype=_I64)
        step = np.asarray(step, dtype=np.int8)
        if len(pos):
            runs = np.empty(len(pos), dtype=_I64)
            runs[:-1] = pos[1:]
            runs[-1] = length
            np.minimum(runs, length, out=runs)
            runs -= pos
            keep = runs > 0  # (of runs that start at one place, all but the last are empty)
            if not keep.all():
                pos, base, width, step, runs = pos[keep], base[keep], width[keep], step[keep], runs[keep]
        if len(pos):
            if pos[0] != 0:
                raise ValueError("the runs of an offset map must start at 0")
            copy = step == 1
            one = width == 1
            if (copy > one).any():
                raise ValueError("a copied run of an offset map is one base character wide")
            step = (one & (copy | (runs == 1))).view(np.int8)
            keep = np.empty(len(pos), dtype=bool)
            keep[0] = True
            # a run that continues the one before (same kind and width, its base where that one's ends) is merged
            np.multiply(step[:-1], runs[:-1], out=runs[:-1])
            runs[:-1] += base[:-1]
            keep[1:] = (step[1:] != step[:-1]) | (width[1:] != width[:-1]) | (base[1:] != runs[:-1])
            if not keep.all():
                pos, base, width, step = pos[keep], base[keep], width[keep], step[keep]
        elif length:
            raise ValueError("an offset map of a non-empty text needs runs")
        k = len(pos)
        small = max(length, base_length) <= _SMALL and (not k or (
            -_SMALL <= min(base.min(), width.min()) and max(base.max(), width.max()) <= _SMALL))
        out = np.empty((3, k + 1), dtype=np.int32 if small else _I64)  # pos, base, width; each with the end run
        out[0, :k], out[1, :k], out[2, :k] = pos, base, width
        out[:, k] = length, base_length, 0
        ends = np.zeros(k + 1, dtype=np.int8)
        ends[:k] = step
        return cls(out[0], out[1], out[2], ends, length, base_length)

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        if n <= 0:
            return cls.from_runs([], [], [], [], 0, 0)
        return cls.from_runs([0], [0], [1], [1], n, n)

    # size --------------------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self.length

    @property
    def runs(self) -> int:
        return len(self.pos) - 1

    @property
    def nbytes(self) -> int:
        """Bytes held by the map's arrays."""
        return self.pos.nbytes + self.base.nbytes + self.width.nbytes + self.step.nbytes

    def __repr__(self) -> str:
        return f"OffsetMap({self.length} chars → {self.base_length}, {self.runs} runs)"

    # look-ups ----------------------------------------------------------------------------------------------

    def _run(self, i: np.ndarray) -> np.ndarray:
        """The run of every index of ``i`` (64-bit, 0 ≤ i ≤ len: the end run for len)."""
        return np.searchsorted(self.pos, i if self.pos.dtype == _I64 else i.astype(self.pos.dtype), "right") - 1

    def _start(self, i: np.ndarray, k: np.ndarray) -> np.ndarray:
        return self.base[k] + self.step[k] * (i - self.pos[k])

    def starts(self, i) -> np.ndarray:
        """``start(i)`` for every index in ``i`` (0 ≤ i ≤ len; ``start(len)`` is the base's length)."""
        i = np.minimum(np.maximum(np.asarray(i, dtype=_I64), 0), self.length)
        return self._start(i, self._run(i))

    def ends(self, i) -> np.ndarray:
        """``end(i)`` for every index in ``i`` (0 ≤ i < len)."""
        i = np.minimum(np.maximum(np.asarray(i, dtype=_I64), 0), max(self.length - 1, 0))
        k = self._run(i)
        return self._start(i, k) + self.width[k]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The base range of the derived range ``[start, end)``."""
        a, b = self.spans([start], [end])
        return int(a[0]), int(b[0])

    def spans(self, starts, ends) -> tuple[np.ndarray, np.ndarray]:
        """The base ranges of the derived ranges ``[starts[k], ends[k])``: from the start of the first character
        to the end of the last (not before the start), or the empty range at the start of an empty one."""
        s = np.minimum(np.maximum(np.asarray(starts, dtype=_I64), 0), self.length)
        e = np.maximum(np.minimum(np.asarray(ends, dtype=_I64), self.length), s)
        a = self._start(s, self._run(s))
        empty = e == s
        last = np.maximum(e - 1, 0)  # (an empty text: the end run, whose start and end are the base's end)
        k = self._run(last)
        b = self._start(last, k) + self.width[k]
        return a, np.where(empty, a, np.maximum(a, b))

    # composition -------------------------------------------------------------------------------------------

    def then(self, lower: "OffsetMap") -> "OffsetMap":
        """This map (derived → middle) followed by ``lower`` (middle → base): derived → base. The result's runs
        are this map's runs, a copied run cut again wherever it crosses a run of ``lower``."""
        n, m = self.length, lower.length
        sentinel = lower.base_length if self.base_length >= m else int(lower.starts(self.base_length))
        if not n:
            return OffsetMap.from_runs([], [], [], [], 0, sentinel)
        pos, base = self.pos.astype(_I64), self.base.astype(_I64)
        runs = pos[1:] - pos[:-1]
        pos, base, width, step = pos[:-1], base[:-1], self.width[:-1].astype(_I64), self.step[:-1]
        lower_pos, lower_base = lower.pos.astype(_I64), lower.base.astype(_I64)
        # the runs of ``lower`` that start strictly inside the middle range of a copied run cut it
        copy = step == 1
        lo = np.searchsorted(lower_pos, base, "right")
        hi = np.searchsorted(lower_pos, np.minimum(base + runs, m), "left")  # (never the end run)
        count = hi - lo
        count[~copy | (count < 0)] = 0
        count += 1
        if len(count) < int(count.sum()):
            owner = np.repeat(np.arange(len(count)), count)
            j = np.arange(len(owner), dtype=_I64) - np.repeat(np.cumsum(count) - count, count)
            pos, mid, width, copy = pos[owner], base[owner], width[owner], copy[owner]
            inner = j > 0
            cut = lower_pos[lo[owner[inner]] + j[inner] - 1]
            pos[inner] += cut - mid[inner]
            mid[inner] = cut
        else:
            mid = base  # the middle position of each piece's first character
        at = np.minimum(np.maximum(mid, 0), m)
        k = np.searchsorted(lower_pos, at, "right") - 1
        start = lower_base[k] + lower.step[k] * (at - lower_pos[k])
        # a piece's end: the end of the middle's last character of its first character's range (a copied
        # character's range is itself), or the start when that range is empty
        last = mid + np.where(copy, 0, width - 1)
        if m:
            at = np.minimum(np.maximum(last, 0), m - 1)
            k_end = np.searchsorted(lower_pos, at, "right") - 1
            end = lower_base[k_end] + lower.step[k_end] * (at - lower_pos[k_end]) + lower.width[k_end]
            end = np.where(last >= mid, end, start)
        else:
            end = np.where(last >= mid, 0, start)
        # a copied piece lies inside one run of ``lower``: it is a copy when that run is one
        return OffsetMap.from_runs(pos, start, end - start, copy & (lower.step[k] == 1), n, sentinel)


class MapBuilder:
    """Builds a derived text piece by piece together with its map into a base text of length ``base_length``.
    One run per piece (merged when they continue each other), so the builder's size grows with the pieces."""

    def __init__(self, base_length: int) -> None:
        self.base_length = base_length
        self.parts: list[str] = []
        self._pos = array("q")  # where each piece starts in the derived text
        self._base = array("q")
        self._width = array("q")
        self._step = array("b")
        self.length = 0

    def copy(self, text: str, base_start: int) -> None:
        """``text`` is base[base_start:base_start + len(text)], character for character."""
        if text:
            self._add(text, base_start, 1, 1)

    def replace(self, text: str, base_start: int, base_end: int) -> None:
        """Every character of ``text`` stands for base[base_start:base_end] (an entity, a line ending, a
        collapsed run of white space; an inserted separator when the range is empty)."""
        if text:
            self._add(text, base_start, base_end - base_start, 0)

    def _add(self, text: str, base: int, width: int, step: int) -> None:
        self.parts.append(text)
        self._pos.append(self.length)
        self._base.append(base)
        self._width.append(width)
        self._step.append(step)
        self.length += len(text)

    def last_char(self) -> str:
        for part in reversed(self.parts):
            if part:
                return part[-1]
        return ""

    def trim_trailing(self, chars: str) -> None:
        """Drop trailing characters in ``chars`` (white space before a block break)."""
        while self.parts and self.parts[-1] and self.parts[-1][-1] in chars:
            k = len(self.parts[-1]) - len(self.parts[-1].rstrip(chars))
            self.parts[-1] = self.parts[-1][:-k]
            self.length -= k
            if not self.parts[-1]:
                self.parts.pop()
                for runs in (self._pos, self._base, self._width, self._step):
                    runs.pop()

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self.parts)
        return text, OffsetMap.from_runs(_array(self._pos, _I64), _array(self._base, _I64),
                                         _array(self._width, _I64), _array(self._step, np.int8),
                                         self.length, self.base_length)


def _array(values: array, dtype) -> np.ndarray:
    return np.frombuffer(values, dtype=dtype).copy() if len(values) else np.zeros(0, dtype=dtype)
