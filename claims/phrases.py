"""Finding the language's lexicon phrases (hedges, no-comment phrases, approximators, percent words …) in the words
of a text: one index of the phrases by their first word, so that a text is read once, not once per phrase.

Words are compared lower-cased, as whole tokens; white-space tokens are skipped (a phrase may run over a line
break). Used by the status rules (``claims.status.terms.phrase_spans``) and by the figure reader
(``claims.figures``).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress

from .textview import TextView


@lru_cache(maxsize=256)
def phrase_index(phrases: tuple[str, ...]) -> dict[str, list[tuple[int, list[str]]]]:
    """The phrases as lower-cased words, by their first word, each with its place in ``phrases``."""
    out: dict[str, list[tuple[int, list[str]]]] = {}
    for k, phrase in enumerate(phrases):
        words = phrase.lower().split()
        if words:
            out.setdefault(words[0], []).append((k, words))
    return out


def range_tokens(view: TextView, a: int, b: int) -> list:
    """The tokens of the character range [a, b) (contracted to whole tokens), white space left out."""
    return [t for t in view.span(a, b, contract=True) or () if not t.is_space]


def range_indices(view: TextView, a: int, b: int) -> list[int]:
    """The indices of ``range_tokens`` (no Token objects made)."""
    span = view.span_range(a, b, contract=True)
    if span is None:
        return []
    spaces = view.spaces
    return [i for i in range(span[0], span[1]) if not spaces[i]]


def matches(words: list[str], phrases) -> list[tuple[int, int, int]]:
    """Every occurrence of a phrase in ``words`` (lower-cased) as (its place in ``phrases``, position, length), in
    the order of a scan phrase by phrase."""
    index = phrase_index(tuple(phrases))
    found = []
    # (only the positions whose word opens a phrase, found in C, in ascending order: every other word's look-up gave
    # no pattern)
    for i in compress(range(len(words)), map(index.__contains__, words)):
        for k, pattern in index[words[i]]:
            n = len(pattern)
            if words[i:i + n] == pattern:
                found.append((k, i, n))
    return sorted(found)


def longest_at(words: list[str], i: int, phrases) -> int:
    """Length in words of the longest phrase of ``phrases`` starting at ``words[i]`` (0: none)."""
    if i >= len(words):
        return 0
    return max((len(p) for _, p in phrase_index(tuple(phrases)).get(words[i], ()) if words[i:i + len(p)] == p),
               default=0)
