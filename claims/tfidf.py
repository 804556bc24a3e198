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
    w_len = len(w)
    out: list[str] = []
    for n in range(min_n, max_n + 1):
        if w_len <= n:  # a short word (not longer than n) counts once, and no longer n-grams follow
            out.append(w)
            break
        out.extend([w[offset:offset + n] for offset in range(w_len - n + 1)])
    return out


def _l2_normalise(data: np.ndarray, rows: np.ndarray, n_rows: int) -> np.ndarray:
    """Each row divided by its L2 norm, the squares summed one after another in stored order (as scikit-learn's
    ``inplace_csr_row_normalize_l2`` does); rows of zeros left alone."""
    sums = np.zeros(n_rows)
    np.add.at(sums, rows, data * data)  # (unbuffered: in index order)
    norms = np.sqrt(sums)
    norms[norms == 0.0] = 1.0
    return data / norms[rows]


class CharTfidf:
    """The TF-IDF vectors of ``texts`` (one IDF over all of them). ``cosine(i)`` is row ``i`` of the cosine
    table of every text against every text."""

    def __init__(self, texts: list[str], copies: int = 1, counted: dict[str, Counter] | None = None) -> None:
        """``copies``: the IDF as if the texts were given that many times over (``_similarity(texts, texts)``
        fits on both lists: every text twice). ``counted``: the n-gram counts of texts counted before, by text
        (one text's counts are the same in every table; status builds two tables over much the same texts), added
        to as texts are counted."""
        vocabulary: dict[str, int] = {}  # n-gram → order of first appearance
        words: dict[str, list[str]] = {}  # a word's n-grams, made once per table
        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for text in texts:
            # each distinct n-gram of the text, in order of first appearance, with its count (counted in C)
            grams = counted.get(text) if counted is not None else None
            if grams is None:
                grams = Counter(char_wb_ngrams(text, words=words))
                if counted is not None:
                    counted[text] = grams
            counter = {vocabulary.setdefault(gram, len(vocabulary)): count for gram, count in grams.items()}
            order = sorted(counter)  # stored order: by first appearance (scikit-learn sorts the indices so)
            indices.extend(order)
            counts.extend(counter[k] for k in order)
            indptr.append(len(indices))
        n = len(texts)
        self.size = n
        self.empty = not vocabulary  # no n-gram at all (scikit-learn refuses such texts: every cosine is 0)
        self.indptr = np.asarray(indptr, dtype=np.int64)
        cols = np.asarray(indices, dtype=np.int64)
        rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(self.indptr))
        data = np.asarray(counts, dtype=np.float64)
        # sublinear tf, smoothed idf: log(1 + n) / (1 + df)) + 1, then two L2 normalisations
        np.log(data, data)
        data += 1.0
        df = (copies * np.bincount(cols, minlength=len(vocabulary))).astype(np.float64)
        df += 1.0
        idf = np.full_like(df, fill_value=copies * n + 1, dtype=np.float64)
        idf /= df
        np.log(idf, out=idf)
        idf += 1.0
        data *= idf[cols]
        data = _l2_normalise(data, rows, n)
        data = _l2_normalise(data, rows, n)
        self.cols, self.data = cols, data
        # the same vectors by feature (the transpose), documents in ascending order within each feature
        by_feature = np.argsort(cols, kind="stable")
        self.fptr = np.concatenate(([0], np.cumsum(np.bincount(cols, minlength=len(vocabulary))))).astype(np.int64)
        self.fdocs = rows[by_feature]
        self.fdata = data[by_feature]

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
        offsets = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        pos = np.arange(lengths.sum()) + offsets
        np.add.at(sums, self.fdocs[pos], np.repeat(self.data[a:b], lengths) * self.fdata[pos])
        return sums


def similarity(texts_a: list[str], texts_b: list[str]) -> list[list[float]]:
    """The cosine of every text of ``texts_a`` with every text of ``texts_b``, one IDF over both lists (as
    ``cosine_similarity`` of a ``TfidfVectorizer`` fitted on ``texts_a + texts_b``)."""
    if not texts_a or not texts_b:
        return [[0.0] * len(texts_b) for _ in texts_a]
    model = CharTfidf(texts_a + texts_b)
    if model.empty:
        return [[0.0] * len(texts_b) for _ in texts_a]
    n = len(texts_a)
    return [model.cosine(i)[n:].tolist() for i in range(n)]
