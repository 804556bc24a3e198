"""Character n-gram TF-IDF cosine similarity of short texts, in NumPy alone.

Status compares statements by the cosine of their character 4- and 5-gram TF-IDF vectors (words padded with a
space, as scikit-learn's ``TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True)`` builds
them, IDF smoothed, rows L2-normalised, then normalised again as ``cosine_similarity`` does). This module computes
exactly those numbers — bit for bit: the same operations in the same order (tests/test_scale_tfidf.py compares
them with scikit-learn) — without importing scikit-learn or SciPy, which took longer to import than a short
article takes to check. It computes one row of the table at a time, so a long document never holds n × n numbers.
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

_WHITE_SPACES = re.compile(r"\s\s+")
NGRAMS = (4, 5)


def char_wb_ngrams(text: str, ngram_range: tuple[int, int] = NGRAMS, words: dict | None = None) -> list[str]:
    """The character n-grams of ``text`` inside word boundaries, lower-cased, in the order scikit-learn's
    ``char_wb`` analyzer gives them. ``words``: each word's n-grams by word, for texts that share their words
    (one table's statements and their parts), filled as words are met."""
    text = _WHITE_SPACES.sub(" ", text.lower())
    out: list[str] = []
    extend = out.extend
    if words is None:
        for w in text.split():
            extend(_word_ngrams(w, ngram_range))
        return out
    for w in text.split():
        grams = words.get(w)
        if grams is None:
            grams = words[w] = _word_ngrams(w, ngram_range)
        extend(grams)
    return out


def _word_ngrams(word: str, ngram_range: tuple[int, int]) -> list[str]:
    """The n-grams of one word, padded with a space on both sides."""
    min_n, max_n = ngram_range
    w = " " + word + " "
    if ngram_range == NGRAMS:  # (the n-grams status asks for: cut by the padded word's slices, kept per length)
        return list(map(w.__getitem__, _slices(len(w))))
    w_len = len(w)
    out: list[str] = []
    for n in range(min_n, max_n + 1):
        if w_len <= n:  # a short word (not longer than n) counts once, and no longer n-grams follow
            out.append(w)
            break
        out.extend([w[offset:offset + n] for offset in range(w_len - n + 1)])
    return out


_SLICES: dict[int, list[slice]] = {}


def _slices(length: int) -> list[slice]:
    """The slices ``_word_ngrams`` cuts a padded word of ``length`` characters into for ``NGRAMS`` (4, 5): the whole
    word when it is no longer than 4 (a short word counts once, and no 5-grams follow), else every 4-gram, then every
    5-gram, left to right. Made once per length."""
    found = _SLICES.get(length)
    if found is None:
        found = _SLICES[length] = [slice(0, length)] if length <= NGRAMS[0] else \
            [slice(o, o + n) for n in range(NGRAMS[0], NGRAMS[1] + 1) for o in range(length - n + 1)]
    return found


def _l2_normalise(data: np.ndarray, rows: np.ndarray, n_rows: int) -> np.ndarray:
    """Each row divided by its L2 norm, the squares summed one after another in stored order (as scikit-learn's
    ``inplace_csr_row_normalize_l2`` does); rows of zeros left alone."""
    sums = np.zeros(n_rows)
    np.add.at(sums, rows, data * data)  # (unbuffered: in index order)
    norms = np.sqrt(sums)
    norms[norms == 0.0] = 1.0
    return data / norms[rows]


class NgramStore:
    """The n-grams of the texts of one article, counted once: every distinct n-gram a number (in order of first
    appearance over the article's texts), and each text's distinct n-grams as an array of those numbers in order of
    first appearance in the text, with their counts. The similarity tables of one article (statements, their
    parts, the sentences about statements) read their texts from it, so a text is counted once whatever the
    number of tables it is in."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}  # n-gram → its number
        self.words: dict[str, list[int]] = {}  # a word's n-grams (``_word_ngrams``), by number
        self.texts: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def of(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """(n-gram numbers, counts) of ``text``'s distinct n-grams, in order of first appearance in it: the
        n-grams of ``char_wb_ngrams(text)``, each word's n-grams numbered once (``tests/test_stage_caches.py``)."""
        hit = self.texts.get(text)
        if hit is None:
            ids, words = self.ids, self.words
            grams: list[int] = []
            for w in _WHITE_SPACES.sub(" ", text.lower()).split():
                numbers = words.get(w)
                if numbers is None:
                    numbers = words[w] = [ids.setdefault(g, len(ids)) for g in _word_ngrams(w, NGRAMS)]
                grams += numbers
            counts = Counter(grams)
            n = len(counts)
            hit = self.texts[text] = (np.fromiter(counts, dtype=np.int64, count=n),
                                      np.fromiter(counts.values(), dtype=np.int64, count=n))
        return hit


class CharTfidf:
    """The TF-IDF vectors of ``texts`` (one IDF over all of them). ``cosine(i)`` is row ``i`` of the cosine
    table of every text against every text. (Arrays' own ``cumsum``, ``repeat`` and ``argsort`` are called as
    methods: ``np.cumsum(a)`` and the like call the same methods through a Python-level dispatch, a few
    microseconds each, and a short article builds its tables from a few dozen such calls.)"""

    def __init__(self, texts: list[str], copies: int = 1, store: NgramStore | None = None) -> None:
        """``copies``: the IDF as if the texts were given that many times over (``_similarity(texts, texts)``
        fits on both lists: every text twice). ``store``: the article's ``NgramStore`` (one text's n-grams are
        the same in every table; status builds several tables over much the same texts)."""
        store = NgramStore() if store is None else store
        counted = [store.of(text) for text in texts]
        n = len(texts)
        self.size = n
        lengths = np.fromiter([len(ids) for ids, _ in counted], dtype=np.int64, count=n)
        self.indptr = np.zeros(n + 1, dtype=np.int64)
        lengths.cumsum(out=self.indptr[1:])
        if counted and self.indptr[-1]:
            grams = np.concatenate([ids for ids, _ in counted])
            # the table's vocabulary: its n-grams numbered in order of first appearance over its texts (as
            # scikit-learn numbers them), each row's n-grams stored in that order
            distinct, first, inverse = np.unique(grams, return_index=True, return_inverse=True)
            number = np.empty(len(distinct), dtype=np.int64)
            number[first.argsort(kind="stable")] = np.arange(len(distinct), dtype=np.int64)
            cols = number[inverse.reshape(-1)]
            rows = np.arange(n, dtype=np.int64).repeat(lengths)
            order = np.lexsort((cols, rows))
            cols = cols[order]
            data = np.concatenate([counts for _, counts in counted])[order].astype(np.float64)
            size = len(distinct)
        else:
            cols = np.zeros(0, dtype=np.int64)
            rows = np.zeros(0, dtype=np.int64)
            data = np.zeros(0, dtype=np.float64)
            size = 0
        self.empty = size == 0  # no n-gram at all (scikit-learn refuses such texts: every cosine is 0)
        # sublinear tf, smoothed idf: log(1 + n) / (1 + df)) + 1, then two L2 normalisations
        np.log(data, data)
        data += 1.0
        df = (copies * np.bincount(cols, minlength=size)).astype(np.float64)
        df += 1.0
        idf = np.full(df.shape, copies * n + 1, dtype=np.float64)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        data *= idf[cols]
        data = _l2_normalise(data, rows, n)
        data = _l2_normalise(data, rows, n)
        self.cols, self.data = cols, data
        # the same vectors by feature (the transpose), documents in ascending order within each feature
        by_feature = cols.argsort(kind="stable")
        self.fptr = np.concatenate(([0], np.bincount(cols, minlength=size).cumsum())).astype(np.int64)
        self.fdocs = rows[by_feature]
        self.fdata = data[by_feature]

    def cosines(self, rows: np.ndarray | None = None) -> np.ndarray:
        """Rows ``rows`` (default: all) of the cosine table at once, as an array of ``len(rows)`` × ``size``:
        each row exactly ``cosine(i)`` — the same products added in the same order (every product of row ``i``
        in its n-grams' stored order, documents ascending within an n-gram; ``np.add.at`` adds one after
        another in index order), so every number is bit for bit the one of the row-by-row computation."""
        rows = np.arange(self.size, dtype=np.int64) if rows is None else np.asarray(rows, dtype=np.int64)
        out = np.zeros(len(rows) * self.size)
        starts_i, ends_i = self.indptr[rows], self.indptr[rows + 1]
        counts = ends_i - starts_i
        if not counts.sum():
            return out.reshape(len(rows), self.size)
        # every stored entry of the asked rows, row by row in stored order
        entry = (starts_i - np.concatenate(([0], counts.cumsum()[:-1]))).repeat(counts) + np.arange(counts.sum())
        owner = np.arange(len(rows), dtype=np.int64).repeat(counts)
        feats = self.cols[entry]
        starts, ends = self.fptr[feats], self.fptr[feats + 1]
        lengths = ends - starts
        # positions of every (feature, document) pair, entry by entry
        pos = (starts - np.concatenate(([0], lengths.cumsum()[:-1]))).repeat(lengths) + np.arange(lengths.sum())
        flat = (owner * self.size).repeat(lengths) + self.fdocs[pos]
        np.add.at(out, flat, self.data[entry].repeat(lengths) * self.fdata[pos])
        return out.reshape(len(rows), self.size)

    TABLE_AT_ONCE = 256  # up to this many texts, the first row asked computes the whole table (``row``)

    def row(self, i: int) -> np.ndarray:
        """``cosine(i)``; for a table of at most ``TABLE_AT_ONCE`` texts read from the whole table, computed at
        the first call (``cosines``: the same numbers, fewer NumPy calls), else computed alone (a long document
        never holds n × n numbers)."""
        if self.size > self.TABLE_AT_ONCE:
            return self.cosine(i)
        table = self.__dict__.get("_table")
        if table is None:
            table = self._table = self.cosines()
        return table[i]

    def cosine(self, i: int) -> np.ndarray:
        """The dot products of row ``i`` with every row, each summed over row ``i``'s n-grams in stored order (as
        SciPy's sparse product does)."""
        sums = np.zeros(self.size)
        a, b = self.indptr[i], self.indptr[i + 1]
        if a == b:
            return sums
        feats = self.cols[a:b]
        starts, ends = self.fptr[feats], self.fptr[feats + 1]
        lengths = ends - starts
        # positions of every (feature, document) entry, feature by feature in row i's order
        offsets = (starts - np.concatenate(([0], lengths.cumsum()[:-1]))).repeat(lengths)
        pos = np.arange(lengths.sum()) + offsets
        np.add.at(sums, self.fdocs[pos], self.data[a:b].repeat(lengths) * self.fdata[pos])
        return sums


def similarity(texts_a: list[str], texts_b: list[str], store: NgramStore | None = None) -> list[list[float]]:
    """The cosine of every text of ``texts_a`` with every text of ``texts_b``, one IDF over both lists (as
    ``cosine_similarity`` of a ``TfidfVectorizer`` fitted on ``texts_a + texts_b``). ``store``: the article's
    n-grams (``NgramStore``)."""
    if not texts_a or not texts_b:
        return [[0.0] * len(texts_b) for _ in texts_a]
    model = CharTfidf(texts_a + texts_b, store=store)
    if model.empty:
        return [[0.0] * len(texts_b) for _ in texts_a]
    n = len(texts_a)
    return model.cosines(np.arange(n))[:, n:].tolist()
