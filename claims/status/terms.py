"""Comparing statements by their words: content words (surface and lemma), their overlap weighted by IDF over the
article's sentences, character n-gram similarity, corroboration scores, and the language's lexicon phrases found in
a stretch of text. Shared by every status rule that compares two texts.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain


from ..figures import Figure, figures, normal_number, number_word
from ..model import Span
from ..phrases import matches, range_indices
from ..textview import TextView
from ..tfidf import similarity


# Two statements by different speakers corroborate each other when their character n-gram TF-IDF cosine plus a
# bonus for shared numbers (0.15 each) and shared capitalised words (0.05 each, at most 0.3 in all) reaches this.
# Calibrated on the dev split: 9 of 18 corroborated pairs at 2 false pairs in 1,987 (plain cosine: 7 at 0.3).
CORROBORATION_THRESHOLD = 0.35
# ... or when they share at least three content words with a content overlap (``content_overlap``) of at least
# 0.45: a paraphrase with the same numbers and nouns in other words ("De gemiddelde aanrijtijd in de nacht neemt met
# twaalf minuten toe" ~ "ambulances 's nachts gemiddeld zo'n twaalf minuten langer onderweg"). Dev split: 8 of 24
# corroborated pairs at 5 false pairs in 1,896 (without: 7 at 5; 0.3 and two words: 10 at 11).
PARAPHRASE_OVERLAP, PARAPHRASE_WORDS = 0.45, 3


MAX_BONUS = 0.3  # the largest bonus ``corroboration_score`` adds to the similarity
NUMBER = re.compile(r"\d[\d.,]*")
CAPITALISED = re.compile(r"\b[^\W\d_][\w-]+")


def _similarity(texts_a: list[str], texts_b: list[str], store=None) -> list[list[float]]:
    """Character n-gram TF-IDF cosine of every text of ``texts_a`` with every text of ``texts_b`` (one IDF over
    both; see ``claims.tfidf``). ``store``: the article's n-grams (``claims.tfidf.NgramStore``)."""
    return similarity(texts_a, texts_b, store)


def capitalised(text: str) -> set[str]:
    """The capitalised words of a text but its first word (which is capitalised as the start of a sentence)."""
    return {w for w in CAPITALISED.findall(text)[1:] if w[0].isupper()}


def corroboration_score(a: str, b: str, similarity: float, memo: dict | None = None) -> float:
    """The similarity of two statements plus a bonus for the numbers and names they share (see
    ``CORROBORATION_THRESHOLD``). ``memo``: each text's numbers and capitalised words, kept for one article
    (``SentenceTerms.scores``: a statement is scored against many others)."""
    if memo is not None:
        (nums_a, caps_a), (nums_b, caps_b) = _score_words(a, memo), _score_words(b, memo)
        return similarity + min(0.15 * len(nums_a & nums_b) + 0.05 * len(caps_a & caps_b), MAX_BONUS)
    nums = set(NUMBER.findall(a)) & set(NUMBER.findall(b))
    return similarity + min(0.15 * len(nums) + 0.05 * len(capitalised(a) & capitalised(b)), MAX_BONUS)


def _score_words(text: str, memo: dict) -> tuple[set[str], set[str]]:
    """The numbers and the capitalised words ``corroboration_score`` reads in a text, found once per text."""
    found = memo.get(text)
    if found is None:
        found = memo[text] = (set(NUMBER.findall(text)), capitalised(text))
    return found


CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")

CLOCK_TIME = re.compile(r"(\d{1,2})([.:])(\d{2})")
DAY_NUMBER = re.compile(r"(\d{1,2})([^\W\d_]{0,3})\.?")


def calendar_tokens(view: TextView) -> list[bool]:
    """Every token that writes a time of day or a date, not a quantity, from the language's ``calendar_words``: a
    clock time ("19.00 uur", "19:00", "7 pm", "7.30pm"), a day of the month with its month ("1 januari", "January
    1st") and a year right after such a date. Two statements that both say "tot 19.00 uur" or "per 1 januari" do
    not give the same figure: they only happen to speak of the same hour or day. Kept on the view."""
    found = view.__dict__.get("_claims_calendar_tokens")
    if found is None:
        found = view.__dict__["_claims_calendar_tokens"] = _calendar_of(view)
    return found


def _calendar_of(view: TextView) -> list[bool]:
    data = view.lang.get("calendar_words", {})
    months, clock = frozenset(data.get("months", ())), frozenset(data.get("clock", ()))
    hours, ordinals = frozenset(data.get("after_hour", ())), frozenset(data.get("ordinal_suffixes", ()))
    words = [i for i, space in enumerate(view.spaces) if not space]  # (the tokens that are words, in order)
    texts, lowers = view.texts, view.lowers
    out = [False] * len(texts)
    for k, i in enumerate(words):
        text = texts[i]
        if not text[:1].isdecimal():
            continue
        nxt = lowers[words[k + 1]] if k + 1 < len(words) else ""
        prev = lowers[words[k - 1]] if k > 0 else ""
        mark = [i]
        m = CLOCK_TIME.fullmatch(text)
        if m and int(m.group(1)) <= 24 and int(m.group(3)) < 60 and (m.group(2) == ":" or nxt in clock):
            mark += [words[k + 1]] if nxt in clock else []  # "19.00 uur", "19:00"
        elif (m := CLOCK_TIME.match(text)) and text[m.end():].lower() in hours:
            pass  # "7.30pm"
        elif (d := DAY_NUMBER.fullmatch(text)) and 1 <= int(d.group(1)) <= 31 and (not d.group(2) or d.group(2).lower() in ordinals) \
                and (nxt in months or prev in months):
            mark += [words[k + 1]] if nxt in months else [words[k - 1]]  # "1 januari", "January 1st"
            after = k + 2 if nxt in months else k + 1
            if after < len(words) and re.fullmatch(r"\d{4}", texts[words[after]]):
                mark.append(words[after])  # "1 januari 2026"
        elif (d := DAY_NUMBER.fullmatch(text)) and int(d.group(1)) <= 12 and (d.group(2).lower() in hours or
                                                                          not d.group(2) and nxt in hours):
            mark += [words[k + 1]] if nxt in hours else []  # "7 pm", "7pm"
        else:
            continue
        for x in mark:
            out[x] = True
    return out


def quantities(view: TextView, a: int, b: int) -> list[Figure]:
    """The figures of the character range [a, b) (``claims.figures.figures``) but its times of day and dates: the
    figures the status rules compare."""
    return [f for x, y in calendar_free(view, a, b) for f in figures(view, x, y)]


def calendar_free(view: TextView, a: int, b: int) -> list[tuple[int, int]]:
    """The character range [a, b) without the times of day and dates in it (``calendar_tokens``), as the ranges
    between them."""
    span = view.span_range(a, b, contract=True)
    if span is None:
        return [(a, b)]
    marked = calendar_tokens(view)
    if not any(marked[span[0]:span[1]]):
        return [(a, b)]
    starts, ends = view._starts, view._ends
    out, start = [], a
    for i in range(span[0], span[1]):
        if marked[i]:
            if starts[i] > start:
                out.append((start, starts[i]))
            start = ends[i]
    if b > start:
        out.append((start, b))
    return out


def content_terms(view: TextView, a: int, b: int) -> list[tuple[str, str]]:
    """The content words of the character range [a, b) as (surface, lemma) pairs, lower-cased: nouns, proper
    nouns, verbs, adjectives and numbers that are not stop words; digits normalised ("#1400")."""
    span = view.span_range(a, b, contract=True)
    if span is None:
        return []
    terms = _token_terms(view)
    return [term for term in terms[span[0]:span[1]] if term is not None]


def _token_terms(view: TextView) -> list[tuple[str, str] | None]:
    """Every token's content term (None for white space and for words that are none), read once per text and
    kept on the view: ``content_terms`` of any range is a slice of it."""
    terms = view.__dict__.get("_claims_token_terms")
    if terms is None:
        terms = view.__dict__["_claims_token_terms"] = _terms_of(view)
    return terms


def _terms_of(view: TextView) -> list[tuple[str, str] | None]:
    """Every token's content term, read from the Doc's arrays and the view's per-token lists (no Token objects):
    the same answers as asking each Token (``tests/test_stage_caches.py``)."""
    lang = view.lang
    stop = lang.words("stopwords")
    multipliers = lang.get("number_multipliers", {})
    alphas, like_nums = view.alphas, view.like_nums
    texts, lowers, lemmas, pos, spaces = view.texts, view.lowers, view.lemmas, view.pos, view.spaces
    out: list[tuple[str, str] | None] = [None] * len(texts)
    numbers: dict[str, int | None] = {}  # ``_number_word`` of each word of the text, asked once per word
    calendar = calendar_tokens(view)
    for i, text in enumerate(texts):
        if spaces[i] or (like_nums[i - 1] if i else False) and lowers[i] in multipliers or calendar[i]:
            continue  # ("240 miljoen" is the figure 240, not 240 and a million; "19.00 uur", "1 januari" no content)
        if alphas[i]:  # (a word of letters never opens with a digit: a number word, a content word or none)
            value = numbers.get(text, _UNSEEN)
            if value is _UNSEEN:
                value = numbers[text] = _number_word(text, lang)
            if value is not None:
                n = "#" + str(value)
                out[i] = (n, n)
            elif len(text) >= 3 and pos[i] in CONTENT_POS:
                lower = lowers[i]
                if lower not in stop:
                    out[i] = (lower, lemmas[i])
        elif text[:1].isdecimal() and NUMBER.fullmatch(text):
            n = "#" + normal_number(text)
            out[i] = (n, n)
    return out


_UNSEEN = object()


@lru_cache(maxsize=65536)
def _number_word(word: str, lang) -> int | None:
    """``number_word``, remembered (content words are read for every statement, sentence and part)."""
    return number_word(word, lang)


def _same_word(x: str, y: str) -> bool:
    """Equal, or one contains the other as a word part of four letters or more (Dutch and English compounds and
    inflection: "scholen" ~ "basisscholen", "tekort" ~ "tekorten"); numbers only when equal."""
    if x == y:
        return True
    if x[0] == "#" or y[0] == "#":
        return False
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)  # (as ``sorted((x, y), key=len)``, without the sort)
    return len(short) >= 4 and (long_.endswith(short) or (long_.startswith(short) and 2 * len(short) >= len(long_)))


def _term_match(p: tuple[str, str], q: tuple[str, str]) -> bool:
    """Two content terms are the same word, by surface form or lemma (see ``_same_word``); remembered, since long
    documents compare the same words many times."""
    try:
        return _term_match_of(p, q)
    except TypeError:  # (terms given as lists)
        return _same_word(p[0], q[0]) or _same_word(p[1], q[1])


@lru_cache(maxsize=1 << 18)
def _term_match_of(p: tuple[str, str], q: tuple[str, str]) -> bool:
    return _same_word(p[0], q[0]) or _same_word(p[1], q[1])


def _numbers_differ(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    """Both term lists give numbers and none agree ("240 miljoen" vs "15 miljoen"): not the same fact."""
    nums_a = {p[0] for p in a if p[0][0] == "#"}
    nums_b = {p[0] for p in b if p[0][0] == "#"}
    return bool(nums_a and nums_b and not nums_a & nums_b)


class SentenceTerms(list):
    """The content terms of an article's sentences, with the IDF weights computed so far (one article's status
    compares many pairs of statements over the same sentences). ``shared``: the text's ``WordMatches``."""

    def __init__(self, sentences, shared: WordMatches | None = None) -> None:
        super().__init__(sentences)
        self.idf: dict[tuple[str, str], float] = {}
        self.shared = shared
        self.scores: dict[str, tuple[set[str], set[str]]] = {}  # (``corroboration_score``'s words of each text)

    def df(self, term: tuple[str, str]) -> int:
        """How many sentences hold a term that ``_term_match``es ``term`` (an index built at the first call)."""
        index = self.__dict__.get("_index")
        if index is None:
            index = self.__dict__["_index"] = TermIndex(self, self.shared)
        return len(index.items(term))

    @classmethod
    def of(cls, view: TextView) -> "SentenceTerms":
        # ``content_terms(view, *view.sentence_chars(s))`` of every sentence s, read as slices of the token terms:
        # a sentence's characters run from its first token's start to its last token's end, so the range contracted
        # to whole tokens is its own tokens [a, b) (token starts rise strictly; a token after it starts at or after
        # that end and, being no empty token, ends beyond it), and the white space trimmed off its ends has no term
        terms = _token_terms(view)
        return cls(([term for term in terms[a:b] if term is not None] for a, b in view.sentences),
                   word_matches(view))


def content_overlap(a: list[tuple[str, str]], b: list[tuple[str, str]], sentences: list[list[tuple[str, str]]]) -> float:
    """Paraphrase similarity of two term lists: the IDF weight (over the article's sentences) of the terms they
    share, normalised like a cosine. 0 when both give numbers and none agree ("240 miljoen" vs "15 miljoen")."""
    if _numbers_differ(a, b):
        return 0.0
    ua, ub = list(dict.fromkeys(a)), list(dict.fromkeys(b))
    if not ua or not ub:
        return 0.0
    n = len(sentences)
    cache = getattr(sentences, "idf", None)  # ``SentenceTerms`` keeps the weights of one article

    def idf(term: tuple[str, str]) -> float:
        if cache is not None and term in cache:
            return cache[term]
        df = sentences.df(term) if cache is not None else sum(
            1 for s in sentences if any(_term_match(term, x) for x in s))
        weight = math.log((n + 1) / (df + 0.5))
        if cache is not None:
            cache[term] = weight
        return weight

    weight = {t: idf(t) for t in ua + ub}
    shared = sum(weight[t] for t in ua if any(_term_match(t, x) for x in ub))
    return shared / math.sqrt(sum(weight[t] for t in ua) * sum(weight[t] for t in ub))


def one_per_lemma(terms: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The terms, one per lemma (its first form): "attack" and "attacks" are one term."""
    first: dict[str, tuple[str, str]] = {}
    for t in terms:
        first.setdefault(t[1], t)
    return list(first.values())


def shared_terms(a: list[tuple[str, str]], b: list[tuple[str, str]]) -> int:
    """How many distinct content terms of ``a`` are also in ``b`` (by surface form or lemma); two forms of one
    lemma ("attack", "attacks") are one term (``one_per_lemma``)."""
    return sum(1 for t in one_per_lemma(a) if any(_term_match(t, x) for x in b))


def paraphrase(a: list[tuple[str, str]], b: list[tuple[str, str]], sentences: list[list[tuple[str, str]]],
               shared: int | None = None) -> bool:
    """``shared``: ``shared_terms(a, b)`` when the caller has counted it."""
    if shared is None:
        shared = shared_terms(a, b)
    return shared >= PARAPHRASE_WORDS and content_overlap(a, b, sentences) >= PARAPHRASE_OVERLAP


def shared_count(a: list[tuple[str, str]], b: list[tuple[str, str]], matches: "WordMatches | None") -> int:
    """``shared_terms(a, b)``, read through ``matches``, the ``WordMatches`` of the text both come from (None: counted
    term by term). A term of ``a`` matches one of ``b`` (``_term_match``: the same word by surface form, or by
    lemma) when the text's words that ``_same_word`` its surface form meet ``b``'s surface forms, or those of its
    lemma meet ``b``'s lemmas: every term of ``b`` is a term of the text, so the text's matches are all there are."""
    if matches is None:
        return shared_terms(a, b)
    surfaces, lemmas = {x[0] for x in b}, {x[1] for x in b}
    of = matches.of
    return sum(1 for t in one_per_lemma(a) if not of(0, t[0]).isdisjoint(surfaces) or not of(1, t[1]).isdisjoint(lemmas))


def phrase_spans(view: TextView, phrases: list[str], a: int, b: int, skip_quotes: bool) -> list[Span]:
    """Occurrences of lexicon phrases (token sequences, lower-cased) inside the character range [a, b), in the
    order of the lexicon; with ``skip_quotes``, not those inside a quote."""
    idx = range_indices(view, a, b)
    lowers, quote_of, doc = view.lowers, view.quote_of, view.doc
    out = []
    for _, k, n in matches([lowers[i] for i in idx], phrases):
        if skip_quotes and any(quote_of[i] >= 0 for i in idx[k:k + n]):
            continue
        first, last = doc[idx[k]], doc[idx[k + n - 1]]
        out.append(Span.of(view.text, first.idx, last.idx + len(last)))
    return out


def holds(view: TextView, a: int, b: int, key: str) -> bool:
    """The character range [a, b) holds a word or phrase of the language's list ``key`` ("nog niet", "not true")."""
    span = view.span_range(a, b)
    text = " " + " ".join(view.lowers[span[0]:span[1]] if span is not None else ()) + " "
    return any(w in text for w in _padded(view.lang, key))


@lru_cache(maxsize=256)
def _padded(lang, key: str) -> tuple[str, ...]:
    """The words and phrases of the language's list ``key``, each with a space on either side (``holds``)."""
    return tuple(f" {w} " for w in lang.words(key))


def negated(view: TextView, a: int, b: int, contrary: bool = True) -> bool:
    """The character range [a, b) is negated ("it had never received them", "er is geen brandversneller
    gebruikt"): it holds a word or phrase of the language's ``negations`` outside its ``negation_exceptions``
    (a bound on a quantity, "no more than one percent", "niet meer dan tien"; "not only", "niet alleen"), or one of
    its ``contrary_words``, which say that what they stand over is not so ("it was impossible that the bridge would
    reopen", "het is uitgesloten dat de brug opengaat": the opposite of "the bridge will reopen"; "there is
    insufficient evidence to hold him": the opposite of "he is held"). ``contrary=False``: the negations alone
    ("we did too little" is an admission, not a denial of one)."""
    span = view.span_range(a, b)
    text = " " + " ".join(view.lowers[span[0]:span[1]] if span is not None else ()) + " "
    if contrary and any(w in text for w in _padded(view.lang, "contrary_words")):
        return True
    for phrase in _padded(view.lang, "negation_exceptions"):
        text = text.replace(phrase, "  ")
    return any(w in text for w in _padded(view.lang, "negations"))


# --- finding the items that hold a matching term without comparing it with every item --------------------------


def _prefixed(words: list[str], prefix: str) -> list[str]:
    """The words of the sorted list ``words`` that start with ``prefix``."""
    if prefix and prefix[-1] < "\U0010ffff":
        # (they stand together from the first word not below ``prefix`` up to the first word not below ``prefix`` with
        # its last character raised by one: a word starting with ``prefix`` is below that bound, and any other word
        # not below ``prefix`` differs from it first at a larger character, so it is not below the bound)
        return words[bisect.bisect_left(words, prefix):bisect.bisect_left(words, prefix[:-1] + chr(ord(prefix[-1]) + 1))]
    out = []
    for k in range(bisect.bisect_left(words, prefix), len(words)):
        if not words[k].startswith(prefix):
            break
        out.append(words[k])
    return out


def _word_matches(q: str, exact: dict[str, set[int]], forward: list[str], backward: list[str]) -> set[str]:
    """The indexed words ``w`` with ``_same_word(q, w)``: equal; or, for words (not numbers) of four letters or more,
    one ends with the other, or one starts with the other and is at least half its length. ``forward`` holds the
    indexed words sorted, ``backward`` the same words reversed and sorted."""
    found = {q} if q in exact else set()
    if q[:1] == "#":
        return found
    n = len(q)
    if n >= 4:
        found.update(w[::-1] for w in _prefixed(backward, q[::-1]) if len(w) > n and w[-1] != "#")  # ending with q
        found.update(w for w in _prefixed(forward, q) if n < len(w) <= 2 * n)  # starting with q
    for k in range(4, n):  # shorter words that q ends with, or starts with (at least half of q)
        tail = q[n - k:]
        if tail in exact and tail[:1] != "#":
            found.add(tail)
        head = q[:k]
        if 2 * k >= n and head in exact and head[:1] != "#":
            found.add(head)
    return found


class WordMatches:
    """For the content words of one text (surface forms and lemmas apart), the words that ``_same_word`` a given
    word, found once per text and word (``_word_matches``): the statements', parts' and sentences' indexes of one
    article ask the same words of the same vocabulary."""

    def __init__(self, terms) -> None:
        self.words: tuple[dict[str, None], dict[str, None]] = ({}, {})
        for term in terms:
            if term is not None:
                self.words[0][term[0]] = None
                self.words[1][term[1]] = None
        self._forward = tuple(sorted(words) for words in self.words)
        self._backward = tuple(sorted(w[::-1] for w in words) for words in self.words)
        self._found: tuple[dict[str, set[str]], dict[str, set[str]]] = ({}, {})

    def of(self, side: int, q: str) -> set[str]:
        """The words of the text (on ``side``: 0 surface, 1 lemma) with ``_same_word(q, w)``."""
        found = self._found[side].get(q)
        if found is None:
            found = self._found[side][q] = _word_matches(q, self.words[side], self._forward[side], self._backward[side])
        return found

    def covers(self, exact: tuple[dict, dict]) -> bool:
        """Every word of an index is a word of the text (so the text's matches, kept to the index's words, are the
        index's own)."""
        return self.words[0].keys() >= exact[0].keys() and self.words[1].keys() >= exact[1].keys()


def word_matches(view: TextView) -> WordMatches:
    """The ``WordMatches`` of a text's content words (every token's content term), kept on the view."""
    found = view.__dict__.get("_claims_word_matches")
    if found is None:
        found = view.__dict__["_claims_word_matches"] = WordMatches(_token_terms(view))
    return found


class TermIndex:
    """Which items (statements, sentences, parts of statements) hold a term that ``_term_match``es a given term,
    without comparing the term with every item: exact look-ups, and prefix look-ups in the sorted words and in the
    sorted reversed words (for the compounds that end with a word), on the surface forms and on the lemmas.
    ``shared``: the ``WordMatches`` of the text the items come from (used when it holds every word of the items;
    a word's matches are then found once per text, not once per index)."""

    def __init__(self, items: list[list[tuple[str, str]]], shared: WordMatches | None = None) -> None:
        self.size = len(items)
        self._exact: tuple[dict[str, set[int]], dict[str, set[int]]] = ({}, {})
        for i, terms in enumerate(items):
            for term in terms:
                for side in (0, 1):
                    self._exact[side].setdefault(term[side], set()).add(i)
        self._shared = shared if shared is not None and shared.covers(self._exact) else None
        if self._shared is None:
            self._forward = tuple(sorted(words) for words in self._exact)
            self._backward = tuple(sorted(w[::-1] for w in words) for words in self._exact)
        self._cache: dict[tuple[str, str], frozenset[int]] = {}

    def items(self, term: tuple[str, str]) -> frozenset[int]:
        """The items holding a term ``x`` with ``_term_match(term, x)``."""
        hit = self._cache.get(term)
        if hit is None:
            out: set[int] = set()
            shared = self._shared
            for side in (0, 1):
                exact = self._exact[side]
                if shared is not None:
                    for w in shared.of(side, term[side]):
                        found = exact.get(w)
                        if found is not None:
                            out |= found
                    continue
                for w in _word_matches(term[side], exact, self._forward[side], self._backward[side]):
                    out |= exact[w]
            hit = self._cache[term] = frozenset(out)
        return hit

    def sharing(self, terms: list[tuple[str, str]]) -> dict[int, int]:
        """For every item, how many of the distinct ``terms`` it matches (items matching none left out)."""
        return dict(Counter(chain.from_iterable(map(self.items, dict.fromkeys(terms)))))  # (counted in C, same order)


