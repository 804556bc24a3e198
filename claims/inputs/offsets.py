"""Offset maps: where each character of a derived text (the prose the pipeline reads) came from in a base text
(the characters of the user's file).

A map holds, for every character ``i`` of the derived text, the range ``[starts[i], ends[i])`` of the base text
it was read from: one character for copied prose, several for an entity (``&amp;`` → ``&``) or a line ending
(``\\r\\n`` → ``\\n``), none for a separator the reader inserted between blocks (``\\n\\n`` between two HTML
paragraphs). ``starts[len(derived)]`` is ``len(base)``. Maps compose (prose → markdown text → file), and a span
``[a, b)`` of the derived text maps to ``[starts[a], ends[b - 1])`` of the base: it starts at its first
character's origin and ends after its last one's, so a span never starts or ends inside skipped markup.
"""
from __future__ import annotations

import numpy as np


class OffsetMap:
    __slots__ = ("starts", "ends")

    def __init__(self, starts: np.ndarray, ends: np.ndarray) -> None:
        if len(starts) != len(ends) + 1:
            raise ValueError("an offset map needs one start more than ends (the end of the base text)")
        self.starts = starts
        self.ends = ends

    def __len__(self) -> int:
        return len(self.ends)

    @property
    def base_length(self) -> int:
        return int(self.starts[-1])

    @classmethod
    def identity(cls, n: int) -> "OffsetMap":
        r = np.arange(n + 1, dtype=np.int64)
        return cls(r, r[1:].copy())

    def then(self, lower: "OffsetMap") -> "OffsetMap":
        """This map (derived → middle) followed by ``lower`` (middle → base): derived → base."""
        s, t = self.starts[:-1], self.ends
        starts = lower.starts[self.starts]
        if len(lower.ends):
            last = lower.ends[np.clip(t - 1, 0, len(lower.ends) - 1)]
        else:
            last = np.zeros(len(s), dtype=np.int64)
        ends = np.where(t > s, last, lower.starts[s])
        return OffsetMap(starts, ends.astype(np.int64))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The base range of the derived range ``[start, end)``."""
        n = len(self.ends)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        if end == start:
            return int(self.starts[start]), int(self.starts[start])
        a = int(self.starts[start])
        return a, max(a, int(self.ends[end - 1]))


class MapBuilder:
    """Builds a derived text piece by piece together with its map into a base text of length ``base_length``."""

    def __init__(self, base_length: int) -> None:
        self.base_length = base_length
        self.parts: list[str] = []
        self._starts: list[np.ndarray] = []
        self._ends: list[np.ndarray] = []
        self.length = 0

    def copy(self, text: str, base_start: int) -> None:
        """``text`` is base[base_start:base_start + len(text)], character for character."""
        if not text:
            return
        r = np.arange(base_start, base_start + len(text) + 1, dtype=np.int64)
        self._add(text, r[:-1], r[1:])

    def replace(self, text: str, base_start: int, base_end: int) -> None:
        """Every character of ``text`` stands for base[base_start:base_end] (an entity, a line ending, a
        collapsed run of white space; an inserted separator when the range is empty)."""
        if not text:
            return
        n = len(text)
        self._add(text, np.full(n, base_start, dtype=np.int64), np.full(n, base_end, dtype=np.int64))

    def _add(self, text: str, starts: np.ndarray, ends: np.ndarray) -> None:
        self.parts.append(text)
        self._starts.append(starts)
        self._ends.append(ends)
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
            self._starts[-1] = self._starts[-1][:-k]
            self._ends[-1] = self._ends[-1][:-k]
            self.length -= k
            if not self.parts[-1]:
                self.parts.pop()
                self._starts.pop()
                self._ends.pop()

    def build(self) -> tuple[str, OffsetMap]:
        text = "".join(self.parts)
        starts = np.concatenate([*self._starts, np.array([self.base_length], dtype=np.int64)])
        ends = np.concatenate(self._ends) if self._ends else np.zeros(0, dtype=np.int64)
        return text, OffsetMap(starts, ends)
