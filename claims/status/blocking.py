"""Blocking: which pairs of statements can matter, found from inverted indexes instead of scoring every pair.

The status rules compare statements with each other. In a long document (a report, a transcript, a liveblog) most
pairs share nothing, and scoring every pair made the cost grow with the square of the length. The helpers below
find, from inverted indexes over content words, figures, numbers and names and from the character n-gram
similarity computed in C, the pairs that can pass a rule's test; the rules run unchanged on those pairs only. Each
index returns a superset of the pairs the rule can accept, so the outcome is the one of comparing all pairs
(tests/test_scale_blocking.py compares the two on generated documents).
"""
from __future__ import annotations

import bisect

import numpy as np

from ..figures import Figure
from ..tfidf import CharTfidf, NgramStore
from .terms import CORROBORATION_THRESHOLD, MAX_BONUS, NUMBER, PARAPHRASE_WORDS, TermIndex, WordMatches, capitalised, word_matches



class SimilarityTable:
    """The character n-gram TF-IDF cosine of every pair of texts (one IDF over all of them, as ``_similarity``),
    computed a row at a time on demand instead of as one table of n × n numbers. ``table[i][j]`` is the value
    ``_similarity(texts, texts)[i][j]`` would hold; ``subset(indices)`` renumbers the rows and columns."""

    ROWS_KEPT = 256

    def __init__(self, texts: list[str], matrix: "_Tfidf | None" = None, index: list[int] | None = None,
                 store: NgramStore | None = None) -> None:
        """``store``: the article's n-grams, shared by the tables of one text (``claims.tfidf.NgramStore``). The
        TF-IDF vectors are built when a row is first asked for (a table no rule reads costs nothing)."""
        self.texts = texts
        self._tfidf = _Tfidf(texts, store) if matrix is None else matrix
        self.index = list(range(len(texts))) if index is None else index
        self._rows: dict[int, tuple[list[float], np.ndarray]] = {}

    @property
    def matrix(self) -> CharTfidf | None:
        """The TF-IDF vectors of the texts (None when they hold no n-gram at all)."""
        return self._tfidf.get()

    def __len__(self) -> int:
        return len(self.index)

    def subset(self, indices: list[int]) -> "SimilarityTable":
        return SimilarityTable(self.texts, self._tfidf, [self.index[i] for i in indices])

    def _row(self, i: int) -> tuple[list[float], np.ndarray]:
        """Row ``i`` as a list and as an array (the same numbers)."""
        row = self._rows.get(i)
        if row is None:
            matrix = self.matrix
            if matrix is None:
                values = np.zeros(len(self.index))
            else:
                full = matrix.row(self.index[i])
                values = full[self.index] if len(self.index) != matrix.size else full
            row = (values.tolist(), values)
            if len(self._rows) >= self.ROWS_KEPT:
                self._rows.pop(next(iter(self._rows)))
            self._rows[i] = row
        return row

    def __getitem__(self, i: int) -> list[float]:
        return self._row(i)[0]

    def above(self, i: int, threshold: float) -> list[int]:
        """The columns ``j`` with ``self[i][j] >= threshold``."""
        return np.flatnonzero(self._row(i)[1] >= threshold).tolist()


class _Tfidf:
    """The TF-IDF vectors of a table's texts, built at the first call of ``get`` (shared by a table's subsets)."""

    __slots__ = ("texts", "store", "matrix", "built")

    def __init__(self, texts: list[str], store: NgramStore | None) -> None:
        self.texts, self.store, self.matrix, self.built = texts, store, None, False

    def get(self) -> CharTfidf | None:
        if not self.built:
            self.built = True
            if self.texts:
                matrix = CharTfidf(self.texts, copies=2, store=self.store)  # the IDF of ``_similarity(texts, texts)``: every text twice
                self.matrix = None if matrix.empty else matrix
        return self.matrix


SIM_EPS = 1e-6  # margin on similarity thresholds for blocking (a candidate too many is harmless)


def _score_keys(text: str) -> set[str]:
    """What ``corroboration_score`` gives a bonus for: the numbers and capitalised words (not the first) of a text,
    marked apart."""
    return {"#" + n for n in NUMBER.findall(text)} | {"@" + w for w in capitalised(text)}


class _Blocks:
    """Indexes over one list of statements (or parts of statements): their content words, the numbers and names
    ``corroboration_score`` rewards, and their figures."""

    def __init__(self, texts: list[str], terms: list[list[tuple[str, str]]], sims, figs: list[list[Figure]] | None = None,
                 shared: WordMatches | None = None):
        """``shared``: the text's ``WordMatches`` (``TermIndex``)."""
        self.sims = sims
        self.terms = terms
        self.index = TermIndex(terms, shared)
        self.keys: dict[str, set[int]] = {}
        self._key_sets = [_score_keys(t) for t in texts]  # (each text's keys found once)
        for i, keys in enumerate(self._key_sets):
            for k in keys:
                self.keys.setdefault(k, set()).add(i)
        self.figures: dict[str, list[tuple[float, int]]] = {}
        self.figs = figs
        if figs is not None:
            for i, fs in enumerate(figs):
                for f in fs:
                    self.figures.setdefault(f.kind, []).append((f.value, i))
            for values in self.figures.values():
                values.sort()

    def similar(self, i: int) -> set[int]:
        """Every ``j`` for which ``corroboration_score(...) >= CORROBORATION_THRESHOLD`` or ``paraphrase`` can hold
        (a superset): similar enough characters alone, or with a shared number or name, or three shared content
        words."""
        out = set(self.sims.above(i, CORROBORATION_THRESHOLD - SIM_EPS))
        sharing = set()
        for k in self._key_sets[i]:
            sharing |= self.keys[k]
        if sharing:
            low = set(self.sims.above(i, CORROBORATION_THRESHOLD - MAX_BONUS - SIM_EPS))
            out |= sharing & low
        terms = self.terms[i]
        if len(terms) >= PARAPHRASE_WORDS and len(set(terms)) >= PARAPHRASE_WORDS:  # (fewer distinct terms: no
            # item can match as many)
            out |= {j for j, n in self.index.sharing(terms).items() if n >= PARAPHRASE_WORDS}
        out.discard(i)
        return out

    def same_figure(self, i: int) -> set[int]:
        """Every ``j`` with a figure of the same kind within a quarter of one of ``i``'s (``agree`` allows 10%): a
        superset of the pairs ``same_figure`` accepts."""
        out: set[int] = set()
        for f in self.figs[i] if self.figs is not None else ():
            values = self.figures.get(f.kind, [])
            lo = bisect.bisect_left(values, (f.value * 0.8 - 1, -1))
            hi = bisect.bisect_right(values, (f.value * 1.25 + 1, len(self.figs)))
            out.update(j for _, j in values[lo:hi])
        out.discard(i)
        return out


def corroboration_candidates(art, parts, partners: list[set[int]] | None = None) -> list[list[int]]:
    """For every statement ``i``, the later statements ``j`` that the corroboration rule can find to corroborate it, in
    order: similar (``similar``), a figure in common (``same_figure``), or a part similar to a part of the other
    (``parts_corroborate``). All other pairs fail those tests whatever the rest of the rule says. ``partners``: for
    every ``i``, the later ``j`` that pass the rule's other tests that compare no words (independent sources, …):
    only those are looked for, and a statement with none is not compared at all (an article of one source builds
    no similarity table here); None: every pair."""
    n = len(art.kept)
    if partners is None:  # (every pair)
        paired = [True] * n
    else:
        paired = [bool(p) for p in partners]  # (a statement in some pair, as the earlier or the later one)
        for p in partners:
            for j in p:
                paired[j] = True
        if not any(paired):
            return [[] for _ in range(n)]
    blocks = art.blocks
    cands: list[set[int]] = [blocks.similar(i) | blocks.same_figure(i) if partners is None or partners[i] else set()
                             for i in range(n)]
    if any(len(of) > 1 for of in parts.of):
        owner = [i for i, of in enumerate(parts.of) for _ in of]
        part_blocks = _Blocks(parts.texts, parts.terms, parts.sims, shared=word_matches(art.view))
        for x in range(len(parts.texts)):
            i = owner[x]
            if not paired[i]:
                continue
            for y in part_blocks.similar(x):
                j = owner[y]
                if j != i and (len(parts.of[i]) > 1 or len(parts.of[j]) > 1):
                    cands[min(i, j)].add(max(i, j))
    if partners is None:
        return [sorted(j for j in c if j > i) for i, c in enumerate(cands)]
    return [sorted(j for j in c if j > i and j in partners[i]) for i, c in enumerate(cands)]
