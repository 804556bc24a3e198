"""A read-only view over a parsed ``Doc`` shared by the stages: sentences repaired for news text, quote
membership of tokens, normalized lemmas and noun-phrase spans.

The trained parsers make predictable mistakes on news text: they run a headline into the first paragraph, and
they sometimes split a sentence before a lowercase continuation ("… toegebracht. vlak bij Toretsk"). Sentences
here are cut at every line break and merged again where a piece starts in lowercase after no final punctuation.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, count

import numpy as np
from spacy.attrs import (DEP, HEAD, IDX, IS_ALPHA, IS_LOWER, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, LOWER, MORPH, ORTH,
                         POS, SENT_START, TAG)
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from .lang import LangData, given_names
from .quotes import Quote
from .syntax import deps_of

FINAL_PUNCT = set(".!?…")
# "LONDON, June 2 (Reuters) -", "AMSTERDAM (ANP) -", "KYIV, 3 oktober (AFP) –": place in capitals, optional date,
# the agency in brackets, a dash; or a date alone before the agency ("May 3 (UPI) -- ", "3 mei (ANP) - ")
DATELINE = re.compile(r"(?:[A-ZÀ-Ý][A-ZÀ-Ý .'/-]{1,40}(?:,[^()\n]{1,30})?|[A-ZÀ-Ý][a-zà-ÿ]{2,8}\.? \d{1,2}"
                      r"|\d{1,2} [a-zà-ÿ]{3,9})\s*\([^()\n]{1,30}\)\s*(?:--|[-–—])\s*")
QUOTE_CHARS = set("\"'“”„‘’«»‹›,")
# a live blog's time stamp opening a line ("13.40 NS rijdt …", "1.37pm: …", "14.05 – …")
LINE_STAMP = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[:–—-]\s+|\s+(?=[A-ZÀ-Ý\"“‘']))")
BULLETS = "•·▪◦"  # list bullets that separate items on one line ("• Hale: … • Ortiz: …")
_PARAGRAPH_START = re.compile(r"\n\s*(?=\S)")  # a line break, then white space up to a paragraph's first character


# a dateline without an agency: a place in capitals and a dash ("MILLBROOK -- ", "ZWOLLE - ")
# or a place in ordinary capitals glued to a double dash ("Lisbon--The ministry …")
PLAIN_DATELINE = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’.\-]{2,}(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.\-]+)*"
                            r"(?:, [A-ZÀ-Ý][A-Za-zà-ÿ.]+(?: [A-ZÀ-Ý][A-Za-zà-ÿ.]+)?)? ?(?:--|—|–|-) (?=\S)"
                            r"|[A-ZÀ-Ý][a-zà-ÿ]+(?: [A-ZÀ-Ý][a-zà-ÿ]+){0,2}(?:--|—)(?=[A-ZÀ-Ý\"“])")

# a place in capitals and a colon opening the story's first paragraph ("KARACHI: The provincial government …"), the
# form of South Asian and West African papers (``colon_dateline``: only there, once, never a transcript's label)
COLON_DATELINE = re.compile(r"[A-ZÀ-Ý]{4,}(?: [A-ZÀ-Ý]{2,})?: (?=[A-ZÀ-Ý\"“‘])")

_CAPITALS_LABEL = re.compile(r"(?m)^\s*[A-ZÀ-Ý]{2,}(?: [A-ZÀ-Ý]{2,})?:")  # a line opened by a label in capitals

# a wire service's kicker glued to the headline by a hyphen ("UPDATE 2-Bank says …", "EXCLUSIVE-Bank plans …"):
# one word in capitals, perhaps a version number, a hyphen with no space, then the headline's first capital
WIRE_KICKER = re.compile(r"[A-Z]{4,}(?: \d{1,2})?-(?=[A-Z])")


def given_name(tok: Token) -> bool:
    """A capitalised known given name followed by another capitalised word ("Jo Pallister" with "Jo" tagged ADP)."""
    if not tok.text[:1].isupper() or tok.i + 1 >= len(tok.doc) or not tok.doc[tok.i + 1].text[:1].isupper():
        return False
    names = given_names()
    return tok.lower_ in names["all"]


def _gender_of_given(lower: str) -> str | None:
    names = given_names()
    return "fem" if lower in names["female"] else "masc" if lower in names["male"] else None


def name_gender_at(view: "TextView", start: int, end: int) -> str | None:
    """'fem' or 'masc': the usual gender of the known given name in the name that characters [start, end) hold (a
    given name before another capitalised word: "Anna Berg"), or, for a lone surname ("Berg"), of the given name
    the text writes before that surname elsewhere, when every such name agrees; else None."""
    rng = view.span_range(start, end) if end > start else None
    if rng is None:
        return None
    texts, lowers = view.texts, view.lowers
    for k in range(rng[0], rng[1] - 1):
        if texts[k][:1].isupper() and texts[k + 1][:1].isupper():
            found = _gender_of_given(lowers[k])
            if found is not None:
                return found
    capitals = [k for k in range(*rng) if texts[k][:1].isupper() and texts[k].isalpha()]
    if len(capitals) != 1:
        return None
    genders = {_gender_of_given(lowers[i - 1]) for i in view.positions.get(lowers[capitals[0]], ())
               if i > 0 and texts[i - 1][:1].isupper() and lowers[i - 1] in given_names()["all"]}
    return next(iter(genders)) if len(genders) == 1 else None


def _name_like(tok: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence (the tagger misses names: "Wind Tegen" as ADP)."""
    return tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_sent_start and tok.is_alpha)


def norm_lemma(token: Token) -> str:
    """Lower-case lemma without the Alpino compound marks ("bekend_maken" → "bekendmaken")."""
    lemma = (token.lemma_ or token.text).lower().replace("_", "").replace("|", "")  # (as ``_norm``, inline: hot)
    return lemma or token.lower_


def _norm(lemma: str, text: str, lower: str) -> str:
    """``norm_lemma`` of a token with this lemma, text and lower-cased text."""
    return (lemma or text).lower().replace("_", "").replace("|", "") or lower


@lru_cache(maxsize=None)
def _unnamed_nouns(lang: LangData) -> frozenset[str]:
    """The anonymous and group nouns of a language together (``TextView._source_postmodifier``)."""
    return lang.words("anonymous_nouns") | lang.words("group_nouns")


@lru_cache(maxsize=None)
def _postmodifiers(lang: LangData) -> tuple[list[str], ...]:
    """The language's source postmodifiers as word lists, longest first (two of one length cannot both stand at
    one place, so their order among themselves decides nothing)."""
    return tuple(p.split() for p in sorted(lang.words("source_postmodifiers"), key=lambda p: -len(p.split())))


class cached_property:  # noqa: N801 (named as the one it replaces)
    """``functools.cached_property`` without its lock (Python 3.11's takes an ``RLock`` on every first read; a
    view belongs to one text in one thread): the first read of the attribute computes it and keeps it in the
    instance's ``__dict__``, where every later read finds it without calling this descriptor again. Assigning the
    attribute (``view.text = …``) stores the value the same way."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


def per_token(function):
    """``function(token, view)``, answered once per token of a text: the answers are kept on the view (so they live
    as long as the text's view and never leak into another text). A token of another Doc is answered afresh."""
    key = f"_per_token_{function.__module__}.{function.__qualname__}"

    def once(token: Token, view: "TextView", *args):
        if args or token.doc is not view.doc:
            return function(token, view, *args)
        memo = view.__dict__.get(key)
        if memo is None:
            memo = view.__dict__[key] = {}
        i = token.i
        try:
            return memo[i]
        except KeyError:
            answer = memo[i] = function(token, view)
            return answer

    once.__wrapped__ = function
    once.__name__, once.__qualname__, once.__doc__ = function.__name__, function.__qualname__, function.__doc__
    return once


@dataclass
class TextView:
    doc: Doc
    lang: LangData
    quotes: list[Quote] = field(default_factory=list)  # top-level quotes

    @cached_property
    def lowers(self) -> list[str]:
        """Every token's lower-cased text (``Token.lower_``), by token index (read once per text, from the Doc's
        array: no Token objects made)."""
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.doc.to_array(LOWER).tolist()]

    @cached_property
    def texts(self) -> list[str]:
        """Every token's text (``Token.text``), by token index (read once per text, from the Doc's array)."""
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.doc.to_array(ORTH).tolist()]

    @cached_property
    def lemmas(self) -> list[str]:
        """Every token's ``norm_lemma``, by token index (read once per text, from the Doc's arrays: each distinct
        pair of lemma and word normalised once)."""
        if not len(self.doc):
            return []
        strings = self.doc.vocab.strings
        ids = self.doc.to_array(LEMMA).tolist()
        known: dict[int, str] = {}  # a lemma's normal form, by the lemma's hash ("" when it gives none)
        for lemma_id in set(ids):
            lemma = strings[lemma_id]
            known[lemma_id] = lemma.lower().replace("_", "").replace("|", "") if lemma else ""
        out = list(map(known.__getitem__, ids))
        if "" in known.values():
            # (a lemma with a normal form is the answer whatever the word; else the word decides, as in ``_norm``)
            texts, lowers = self.texts, self.lowers
            for i, lemma in enumerate(out):
                if not lemma:
                    out[i] = _norm(strings[ids[i]], texts[i], lowers[i])
        return out

    _FLAGS = (IS_SPACE, IS_ALPHA, IS_PUNCT, IS_LOWER, LIKE_NUM, SENT_START)  # (``_flags``, in this order)

    @cached_property
    def _flags(self) -> list[list[int]]:
        """The token flags of ``_FLAGS``, each a list by token index, read from the Doc in one array."""
        if not len(self.doc):
            return [[] for _ in self._FLAGS]
        return self.doc.to_array(list(self._FLAGS)).T.tolist()

    @cached_property
    def alphas(self) -> list[int]:
        """Every token's ``Token.is_alpha`` (1 or 0), by token index (read once per text, from the Doc's array)."""
        return self._flags[1]

    @cached_property
    def spaces(self) -> list[int]:
        """Every token's ``Token.is_space`` (1 or 0), by token index (read once per text, from the Doc's array)."""
        return self._flags[0]

    @cached_property
    def pos(self) -> list[str]:
        """Every token's coarse part of speech (``Token.pos_``), by token index (read once per text, from the
        Doc's array)."""
        return [POS_NAMES[p] for p in self.doc.to_array(POS).tolist()]

    # ---- the syntax table: the parse read once per text into plain lists, by token index (no Token objects made;
    # a rule that reads these instead of ``Token`` attributes gives the same answers for a fraction of the cost)

    @cached_property
    def heads(self) -> list[int]:
        """Every token's head (``Token.head.i``), by token index (the root its own head)."""
        n = len(self.doc)
        return (self.doc.to_array(HEAD).astype(np.int64) + np.arange(n, dtype=np.int64)).tolist() if n else []

    def _labels(self, attr) -> list[str]:
        """A string attribute of every token (from the Doc's array of hashes)."""
        strings = self.doc.vocab.strings
        return [strings[h] for h in self.doc.to_array(attr).tolist()] if len(self.doc) else []

    @cached_property
    def dep(self) -> list[str]:
        """Every token's dependency relation (``Token.dep_``), by token index."""
        return self._labels(DEP)

    @cached_property
    def tags(self) -> list[str]:
        """Every token's fine-grained tag (``Token.tag_``), by token index."""
        return self._labels(TAG)

    @cached_property
    def sent_starts(self) -> list[bool]:
        """Every token's ``Token.is_sent_start`` is True (the parser's sentence start), by token index."""
        return [flag == 1 for flag in self._flags[5]]

    @cached_property
    def puncts(self) -> list[int]:
        """Every token's ``Token.is_punct`` (1 or 0), by token index."""
        return self._flags[2]

    @cached_property
    def is_lowers(self) -> list[int]:
        """Every token's ``Token.is_lower`` (1 or 0), by token index."""
        return self._flags[3]

    @cached_property
    def like_nums(self) -> list[int]:
        """Every token's ``Token.like_num`` (1 or 0), by token index."""
        return self._flags[4]

    @cached_property
    def _morph_strings(self) -> tuple[list[int], dict[int, str]]:
        """Every token's morphological analysis (its hash, by token index) and each distinct analysis's string
        ("Tense=Past|VerbForm=Fin")."""
        if not len(self.doc):
            return [], {}
        strings = self.doc.vocab.strings
        ids = self.doc.to_array(MORPH).tolist()
        return ids, {h: strings[h] for h in set(ids)}

    def _morph_table(self, field_name: str) -> list[frozenset[str]]:
        """Every token's ``Token.morph.get(field_name)`` as a set (for membership tests: the order of several
        values is not kept), by token index: each distinct analysis of the text read once from its string."""
        ids, known = self._morph_strings
        prefix = field_name + "="
        by_hash: dict[int, frozenset[str]] = {}
        for h, analysis in known.items():
            values: set[str] = set()
            if prefix in analysis:
                for feature in analysis.split("|"):
                    name, _, value = feature.partition("=")
                    if name == field_name:
                        values.update(value.split(","))
            by_hash[h] = frozenset(values)
        return list(map(by_hash.__getitem__, ids))

    @cached_property
    def verb_forms(self) -> list[frozenset[str]]:
        """Every token's ``Token.morph.get("VerbForm")`` as a set, by token index."""
        return self._morph_table("VerbForm")

    @cached_property
    def tenses(self) -> list[frozenset[str]]:
        """Every token's ``Token.morph.get("Tense")`` as a set, by token index."""
        return self._morph_table("Tense")

    @cached_property
    def finite(self) -> list[bool]:
        """Every token's ``_finite``: a verb or auxiliary by its part of speech with a finite verb form."""
        return [p in ("VERB", "AUX") and "Fin" in f for p, f in zip(self.pos, self.verb_forms)]

    @cached_property
    def _children(self) -> list[list[int]]:
        """Every token's children, by token index, in text order: the tokens whose head it is. (``Token.children``
        yields the tokens between the token's left and right edge whose head it is, left to right; spaCy sets the
        edges from the heads so that every child lies between them, in any parse, projective or not.)"""
        kids: list[list[int]] = [[] for _ in self.heads]
        for j, h in enumerate(self.heads):
            if h != j:
                kids[h].append(j)
        return kids

    def children(self, i: int) -> list[int]:
        """The indices of token i's children (``Token.children``, in spaCy's order)."""
        kids = self._children
        # (the rules ask this tens of thousands of times per text: from now on the view's ``children`` is the
        # list's own item look-up, the same answer without a Python call)
        self.__dict__["children"] = kids.__getitem__
        return kids[i]

    def subtree(self, i: int) -> list[int]:
        """The indices of token i's subtree (``Token.subtree``, in spaCy's order: not the text's order in a
        non-projective parse), read once per token."""
        trees = self.__dict__.get("_subtrees")
        if trees is None:
            trees = self.__dict__["_subtrees"] = [None] * len(self.doc)
        found = trees[i]
        if found is None:
            found = trees[i] = self._subtree_of(i)
        return found

    def _subtree_of(self, i: int) -> list[int]:
        """``[t.i for t in doc[i].subtree]`` from the children lists, no Token made. spaCy's ``Token.subtree`` is
        the subtrees of the token's left children (``lefts``: its children before it, in text order), the token,
        then the subtrees of its right children (``rights``: after it, in text order); the children lists hold
        exactly those (``_children``), in text order. Walked with a stack: an int ``x`` >= 0 is a subtree to lay
        out, ``~x`` the token ``x`` itself. A parse whose heads go round in a circle (no parser makes one) is left
        to spaCy, whatever it does with it."""
        kids = self._children
        out: list[int] = []
        stack = [i]
        limit = 2 * len(kids) + 2  # (every token is laid out once and emitted once: more steps mean a circle)
        steps = 0
        while stack:
            x = stack.pop()
            steps += 1
            if steps > limit:
                return [t.i for t in self.doc[i].subtree]
            if x < 0:
                out.append(~x)
                continue
            ks = kids[x]
            if not ks:
                out.append(x)
                continue
            k = bisect_left(ks, x)  # (the children before x: ks is in text order)
            stack.extend(reversed(ks[k:]))
            stack.append(~x)
            stack.extend(reversed(ks[:k]))
        return out

    def words_at(self, words: frozenset[str]) -> list[int]:
        """The indices, in order, of the tokens outside quotes whose lower-cased text or ``norm_lemma`` is one of
        ``words`` (what a rule that looks for its verbs over the whole text asks of every token)."""
        lowers, lemmas, quote_of = self.lowers, self.lemmas, self.quote_of
        return [i for i in range(len(lowers)) if (lowers[i] in words or lemmas[i] in words) and quote_of[i] < 0]

    def outside_quotes_with_pos(self, tags: tuple[str, ...]) -> list[int]:
        """The indices, in order, of the tokens outside quotes whose ``pos_`` is one of ``tags``."""
        memo = self.__dict__.setdefault("_outside_quotes_with_pos", {})  # (several rules ask the same tags)
        found = memo.get(tags)
        if found is None:
            quote_of = self.quote_of
            found = memo[tags] = [i for i in compress(count(), map(frozenset(tags).__contains__, self.pos))
                                  if quote_of[i] < 0]
        return found

    def word_in(self, tok: Token, words: frozenset[str]) -> bool:
        """The word, as written (lower-cased) or by its lemma, is one of ``words``."""
        i = tok.i
        return self.lowers[i] in words or self.lemmas[i] in words

    @cached_property
    def deps(self):
        """The dependency-label sets of the scheme the text was parsed with (``claims.syntax``)."""
        return deps_of(self.doc)

    @property
    def _positions(self) -> dict[str, list[int]]:
        """Token indices by lower-cased text, built once per text, so that finding a phrase costs its first
        word's occurrences, not a pass over the text (``positions``)."""
        return self.positions

    def phrase_at(self, i: int, words) -> bool:
        """Whether the lower-cased ``words`` stand at tokens i, i + 1, … (the one phrase test of the stages)."""
        n = len(words)
        lowers = self.lowers
        return i + n <= len(lowers) and (lowers[i:i + n] == words if type(words) is list
                                         else all(lowers[i + k] == w for k, w in enumerate(words)))

    def phrase_starts(self, words) -> list[int]:
        """The token indices, in order, where the lower-cased ``words`` stand in a row."""
        return [i for i in self._positions.get(words[0], ()) if self.phrase_at(i, words)] if words else []

    def negates(self, tok: Token) -> bool:
        """A negation word of the language hangs on the token ("zei niet", "did not say"), with no coordinator between
        them (in "…, zei zijn familie maar geen kliniek hielp" the parser may hang "geen" on "zei")."""
        if tok.doc is self.doc:
            return self.negates_at(tok.i)
        negations = self.lang.words("negations")
        for c in tok.children:
            if c.lower_ in negations:
                lo, hi = (tok.i, c.i) if tok.i < c.i else (c.i, tok.i)
                coordinators = self.lang.words("coordinators")
                if not any(self.lowers[k] in coordinators for k in range(lo + 1, hi)):
                    return True
        return False

    def refusal_of(self, i: int) -> int | None:
        """The refusal whose infinitive token i is ("declined to confirm", "weigerde te bevestigen"; the language's
        ``refusal_verbs``): its index, else None."""
        h = self.heads[i]
        return h if self.dep[i] in self.deps.open_complement and self.lemmas[h] in self.lang.words("refusal_verbs") \
            else None

    def attempt_of(self, i: int) -> int | None:
        """What makes the verb at token i an aim, not a deed: the verb of trying or wanting whose infinitive it is
        ("were trying to confirm", "proberen te bevestigen", "willen bevestigen"; the language's
        ``attempt_verbs``), or the marker of the purpose clause it heads ("om te bevestigen": the language's
        ``purpose_markers``; "visited the site to confirm": an adverbial clause marked by infinitive markers alone).
        Its index, else None. A confirmation so worded has not happened (yet)."""
        lang, deps, dep, h = self.lang, self.deps, self.dep, self.heads[i]
        kids = self.children(i)
        markers = [c for c in kids if dep[c] in deps.marker and c < i]
        if h != i and self.lemmas[h] in lang.words("attempt_verbs") and (
                dep[i] in deps.open_complement or dep[i] in deps.clausal_complement
                and any(self.lowers[c] in lang.words("infinitive_markers") for c in markers)):
            return h
        purpose = lang.words("purpose_markers")
        found = next((c for c in markers if self.lowers[c] in purpose), None)
        infinitive = lang.words("infinitive_markers")
        if found is None and dep[i] in deps.adverbial_clause and markers \
                and all(self.lowers[c] in infinitive for c in markers):
            found = markers[0]  # (not "zonder het werk te controleren": without checking, no aim)
        return found

    def negates_at(self, i: int) -> bool:
        """``negates`` of token i of this text; a verb that is the infinitive of a refusal (``refusal_of``) is
        negated too."""
        if self.refusal_of(i) is not None:
            return True
        negations, lowers, quote_of = self.lang.words("negations"), self.lowers, self.quote_of
        for c in self.children(i):
            if lowers[c] in negations and not self.negates_infinitive_after(c) \
                    and (quote_of[c] < 0 or quote_of[c] == quote_of[i]):
                # (a negation in a quote the verb stands outside is what was said, not the verb's: 'said:
                # "Absolutely not."' with the quoted word parsed as the verb's own)
                lo, hi = (i, c) if i < c else (c, i)
                coordinators = self.lang.words("coordinators")
                if not any(lowers[k] in coordinators for k in range(lo + 1, hi)):
                    return True
        return False

    def negates_infinitive_after(self, c: int) -> bool:
        """The negation at token ``c`` stands right before an infinitive marker (adverbs between): it negates the
        infinitive, whatever the parser hung it on ("zegt nooit te zijn benaderd": says he was never approached)."""
        k = c + 1
        while k < len(self.pos) and self.pos[k] == "ADV":
            k += 1
        return k < len(self.pos) and self.lowers[k] in self.lang.words("infinitive_markers") \
            and self.pos[k] in ("ADP", "PART")

    @cached_property
    def text(self) -> str:
        return self.doc.text  # spaCy rebuilds this string on every access: keep one copy

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Token ranges [start, end) of repaired sentences (no whitespace-only sentences)."""
        pieces: list[list[int]] = []
        texts, spaces = self.texts, self.spaces
        for a, b in self._parsed_sentences():
            current: list[int] = []
            for i in range(a, b):
                # (a token's ``whitespace_`` is " " or "": a line break is always in a token's own text)
                if "\n" in texts[i]:
                    if current:
                        pieces.append(current)
                    current = []
                    continue
                if spaces[i]:
                    continue
                current.append(i)
            if current:
                pieces.append(current)
        pos, alphas = self.pos, self.alphas
        like_nums = self.like_nums
        merged: list[list[int]] = []
        # whether the last merged sentence has a verb / a word or number so far: kept up to date as pieces are
        # merged, so that a long run of merged pieces (a line of "- 1 - 2 - 3 …") costs linear time, not quadratic
        has_verb = has_word = False
        starts, ends, text = self._starts, self._ends, self.text  # (the view's lists: no Token objects made)
        for piece in pieces:
            first = piece[0]
            piece_verb = any(pos[i] in ("VERB", "AUX") for i in piece)
            piece_word = any(alphas[i] or like_nums[i] for i in piece)
            if merged:
                prev_end = ends[merged[-1][-1]]  # (the last token's end: its ``idx`` plus its length)
                prev_text = texts[merged[-1][-1]]
                gap = text[prev_end:starts[first]]
                fragment = not has_verb
                marks_only = not piece_word
                before_last = texts[merged[-1][-2]] if len(merged[-1]) > 1 else None
                after_prev = text[prev_end:prev_end + 1]
                if (
                    # a closing quote mark glued to the sentence it ends ('caution,"')
                    (marks_only and gap == "")
                    # a stray opening quote mark ("„") starts the sentence after it
                    or (not has_word and "\n" not in gap and after_prev != "\n")
                    # '"…, caution," | Chief Executive Mette Lindqvist said': a comma goes on
                    or ("\n" not in gap and (prev_text == "," or before_last is not None
                                             and before_last == "," and prev_text in QUOTE_CHARS))
                    # a lowercase continuation, or a verbless fragment ("Bewonersgroep Wind | Tegen noemt …")
                    or ("\n" not in gap and prev_text[-1:] not in FINAL_PUNCT
                        and prev_text[-1:] not in QUOTE_CHARS and (texts[first][:1].islower() or fragment))
                ):
                    merged[-1].extend(piece)
                    has_verb, has_word = has_verb or piece_verb, has_word or piece_word
                    continue
            merged.append(piece)
            has_verb, has_word = piece_verb, piece_word
        merged = [part for piece in merged for part in self._split_dateline(piece)]
        return [(p[0], p[-1] + 1) for p in merged]

    def _parsed_sentences(self) -> list[tuple[int, int]]:
        """The token ranges of the parser's sentences (``Doc.sents``), read from the Doc's sentence-start array."""
        doc = self.doc
        if not doc.has_annotation("SENT_START") or "sents" in doc.user_hooks:
            return [(sent.start, sent.end) for sent in doc.sents]  # (spaCy's own answer, or its error)
        starts = [i for i, flag in enumerate(self._flags[5]) if flag == 1 and i > 0]  # (SENT_START)
        bounds = [0] + starts + [len(doc)]
        return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]

    def _split_dateline(self, piece: list[int]) -> list[list[int]]:
        """'PARIS, Oct 3 (Reuters) - The former commander said …', 'AMSTERDAM (ANP) - De minister zegt …':
        a wire dateline is not part of the first sentence; nor is a live blog's time stamp opening a line."""
        starts = self._starts
        at = starts[piece[0]]
        m = DATELINE.match(self.text, at)
        if not m and (at == 0 or self.text[at - 1] == "\n"):
            m = LINE_STAMP.match(self.text, at)  # "13.40 NS rijdt …": the time stamp is no part of the sentence
        if not m:
            return [piece]
        cut = next((k for k, i in enumerate(piece) if starts[i] >= m.end()), None)
        if not cut:
            return [piece]
        return [piece[:cut], piece[cut:]]

    @cached_property
    def sentence_of(self) -> list[int]:
        """Sentence index for every token (whitespace tokens take the previous sentence)."""
        index = [0] * len(self.doc)
        for s, (a, b) in enumerate(self.sentences):
            index[a:b] = [s] * (b - a)
        last = 0
        for i, space in enumerate(self.spaces):
            if space:
                index[i] = last
            else:
                last = index[i]
        return index

    def sentence_chars(self, s: int) -> tuple[int, int]:
        a, b = self.sentences[s]
        return self._starts[a], self._ends[b - 1]

    @cached_property
    def paragraph_of_char(self) -> list[int]:
        """The paragraph of every character: a new paragraph starts at the first character other than white space
        after a line break (found with one pattern; the list filled by slices, not character by character)."""
        text = self.text
        index = [0] * len(text)
        starts = self._paragraph_starts + [len(text)]
        for para, (a, b) in enumerate(zip(starts, starts[1:]), 1):
            index[a:b] = [para] * (b - a)
        return index

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        """The first character of every paragraph after the first, in order (``paragraph_of_char``'s pattern)."""
        return [m.end() for m in _PARAGRAPH_START.finditer(self.text)]

    def paragraph(self, char: int) -> int:
        """``paragraph_of_char[char]`` (``char`` held inside the text), found by bisection in the paragraphs' starts
        without the list of every character: paragraph p >= 1 holds the characters from its start up to the next
        paragraph's start, and the starts increase (each match of the pattern ends at a character the next one
        starts after)."""
        if not self.text:
            return 0
        return bisect_right(self._paragraph_starts, min(max(char, 0), len(self.text) - 1))

    HEADING_WORDS = 14  # a heading line has at most this many words

    def heading_line(self, char: int) -> bool:
        """The line holding ``char`` is a heading, kicker or label: a short line of its own without final
        punctuation ("Het verhaal van Ann", "Harbour Weekly Interview", "Forty beds moved in one hour")."""
        line = self.line_at(char)
        return bool(line) and len(line.split()) <= self.HEADING_WORDS and line[-1] not in ".!?…:;,\"'”’»)"

    def opens_names_wrongly(self, k: int) -> bool:
        """Token ``k`` opens a run of names but is no part of the name after it: a function word that opens its
        sentence, tagged as a name ("Afterwards Marsh said …": a stop word of the pipeline's language or one of
        the language's ``discourse_openers``, not a given name or a particle of names), or a platform of the
        language's ``platform_names`` right after a preposition ("On Twitter Marsh accused …")."""
        if k + 1 >= len(self.pos) or self.pos[k] != "PROPN" or self.pos[k + 1] != "PROPN":
            return False
        lower = self.lowers[k]
        if k == self.sentences[self.sentence_of[k]][0] and not self.texts[k].isupper():  # (not "US")
            return (self.doc[k].is_stop or lower in self.lang.words("discourse_openers")) \
                and lower not in self.lang.words("name_particles") and lower not in given_names()["all"]
        return k > 0 and self.pos[k - 1] == "ADP" and lower in self.lang.words("platform_names")

    def line_at(self, char: int) -> str:
        """The line of the text that holds the character ``char``, without the white space around it."""
        text = self.text
        a = text.rfind("\n", 0, char) + 1
        b = text.find("\n", char)
        return text[a:b if b >= 0 else len(text)].strip()

    def reportive_infinitive(self, tok: Token) -> Token | None:
        """For a reportive auxiliary of the language ("zou", "zouden"), the infinitive that makes it reportive
        ("zou … hebben", "zouden … zijn"), within fifteen words in the same sentence; else None."""
        if tok.lower_ not in self.lang.words("reportive_aux"):
            return None
        infinitives = self.lang.words("reportive_infinitives")
        end = self.sentences[self.sentence_of[tok.i]][1]
        return next((t for t in self.doc[tok.i + 1:min(end, tok.i + 16)] if t.lower_ in infinitives), None)

    def sentence_at(self, char: int) -> int:
        """Index of the repaired sentence holding the character ``char`` (-1 when no token covers it)."""
        span = self.span_range(char, min(char + 1, len(self.text)))
        if span is None:
            return -1
        return self.sentence_of[span[0]]

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Token indices of every lower-cased word, in text order (built once: stages look names up often)."""
        index: dict[str, list[int]] = {}
        for i, lower in enumerate(self.lowers):
            index.setdefault(lower, []).append(i)
        return index

    @cached_property
    def _starts(self) -> list[int]:
        """Every token's first character (``Token.idx``), by token index (from the Doc's array)."""
        return self.doc.to_array(IDX).tolist() if len(self.doc) else []

    @cached_property
    def _ends(self) -> list[int]:
        """Every token's end character (``Token.idx + len(Token)``), by token index."""
        return [start + len(text) for start, text in zip(self._starts, self.texts)]

    def span(self, a: int, b: int, contract: bool = False):
        """The tokens overlapping the character range [a, b) (with ``contract``: only those inside it), as a
        spaCy Span without leading/trailing whitespace tokens, or None when there are none."""
        found = self.span_range(a, b, contract)
        return None if found is None else Span(self.doc, found[0], found[1])  # (= doc[i:j], without its checks)

    def clause_root(self, a: int, b: int) -> int | None:
        """The first token of tokens [a, b) whose head lies outside them (or that heads itself): the root of the
        clause they hold, or None for an empty range."""
        heads = self.heads
        return next((k for k in range(a, b) if not a <= heads[k] < b or heads[k] == k), None)

    def in_relative_clause(self, k: int, a: int, b: int) -> bool:
        """Token k, on its way up the heads inside tokens [a, b), passes a relative clause of theirs ("who was not
        involved" in "Dr Ida Moor, a surgeon who was not involved"; "whose train was late")."""
        heads, dep, relative = self.heads, self.dep, self.deps.relative_clause
        n = 0
        while a <= k < b and dep[k] not in relative and heads[k] != k and n < b - a:
            k, n = heads[k], n + 1
        return a <= k < b and dep[k] in relative

    def span_range(self, a: int, b: int, contract: bool = False) -> tuple[int, int] | None:
        """The token range [i, j) of ``span(a, b, contract)``, or None (no spaCy Span made)."""
        starts, ends, spaces = self._starts, self._ends, self.spaces  # (lists: no Token objects made)
        if contract:
            i = bisect_left(starts, a)
            j = bisect_right(starts, b) - 1
            while j >= i and ends[j] > b:
                j -= 1
            j += 1
        else:
            i = max(0, bisect_right(starts, a) - 1)
            if i < len(starts) and ends[i] <= a:
                i += 1
            j = bisect_left(starts, b)
        while i < j and spaces[i]:
            i += 1
        while j > i and spaces[j - 1]:
            j -= 1
        return (i, j) if j > i else None

    @cached_property
    def quote_of(self) -> list[int]:
        """Index of the top-level quote that contains each token (marks included), or -1."""
        index = [-1] * len(self.doc)
        for qi, q in enumerate(self.quotes):
            span = self.span_range(q.open, q.outer_end)
            if span is not None:
                index[span[0]:span[1]] = [qi] * (span[1] - span[0])
        return index

    def in_quote(self, token: Token) -> bool:
        return self.quote_of[token.i] >= 0

    def span_chars(self, i: int, j: int) -> tuple[int, int]:
        """Character range of tokens [i, j)."""
        return self._starts[i], self._ends[j - 1]

    def in_dateline(self, i: int) -> bool:
        """Whether character ``i`` lies in a dateline that opens its line ("MAASTRICHT - ", "HAZARD, Ky. — ",
        "ZWOLLE (ANP) - ")."""
        text = self.text
        start = text.rfind("\n", 0, i) + 1
        if i - start > 60:
            return False
        ends = self.__dict__.get("_dateline_ends")  # (the dateline's end, or None, by line start: matched once)
        if ends is None:
            ends = self.__dict__["_dateline_ends"] = {}
        try:
            end = ends[start]
        except KeyError:
            m = DATELINE.match(text, start) or PLAIN_DATELINE.match(text, start) or self._colon_dateline(start)
            end = ends[start] = None if m is None else m.end()
        return end is not None and i < end

    def _colon_dateline(self, start: int, stop: int | None = None):
        """The match of ``COLON_DATELINE`` at character ``start``, a line start, when the line is the story's first
        body paragraph (one of the text's first three lines with text) and ends a statement (a full stop), and no
        other line opens with a label in capitals (a transcript: "HALE: …", "REPORTER: …"); else None."""
        text = self.text
        m = COLON_DATELINE.match(text, start, len(text) if stop is None else stop)
        if m is None:
            return None
        lines = [k for k, line in enumerate(text[:start].split("\n")) if line.strip()]
        if len(lines) > 2:
            return None
        end = text.find("\n", start)
        line = text[start:len(text) if end < 0 else end].rstrip()
        others = text[:start] + "\n" + text[start + len(line):]
        if not line or line.rstrip("\"”’'")[-1:] not in ".!" or _CAPITALS_LABEL.search(others):
            return None  # (a question, or a text whose other lines open with labels in capitals: a transcript)
        return m

    def trim(self, a: int, b: int, strip_comma: bool = True) -> tuple[int, int]:
        """Strip white space and trailing/leading punctuation (.,;:) from a character range, a trailing mark that
        opens a quote, and a dateline or wire kicker that opens its line ("MILLBROOK -- ", "ZWOLLE (ANP) - ",
        "UPDATE 2-"): page furniture, not what anyone said."""
        text = self.text
        while a < b and (text[a].isspace() or text[a] in ",;:–—-"):
            a += 1
        if a == 0 or text[a - 1] == "\n":
            dateline = DATELINE.match(text, a, b) or PLAIN_DATELINE.match(text, a, b) or WIRE_KICKER.match(text, a, b) \
                or self._colon_dateline(a, b)
            if dateline is not None and dateline.end() < b:
                a = dateline.end()
        opens = self._quote_opens if self.quotes else ()
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".;:–—-" or (strip_comma and text[b - 1] == ",")
                         or b - 1 in opens):
            b -= 1  # (and the opening mark of the next quote: 'could not cope. "This is …', the parser ran on)
        return a, b

    @cached_property
    def _quote_opens(self) -> frozenset[int]:
        """The characters where a top-level quote opens."""
        return frozenset(q.open for q in self.quotes)

    def np_range(self, head: Token, stop: tuple[int, int] | None = None) -> tuple[int, int]:
        """Token range [i, j) of the noun phrase headed by ``head``: the contiguous part of its subtree around
        it, cut at commas, relative clauses, appositions, quotes and (optionally) the character range ``stop``;
        a name runs on over the words of the name whatever the parse says, and the phrase keeps the frame,
        postmodifier, spokesperson phrase and acronym that belong to the source."""
        if head.doc is not self.doc or (stop is not None and type(stop) is not tuple):
            return self._np_range(head, stop)
        memo = self.__dict__.get("_np_ranges")
        if memo is None:
            memo = self.__dict__["_np_ranges"] = {}
        key = (head.i, stop)  # (a pure function of the head and the stop range: the stages ask many heads twice)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._np_range(head, stop)
        return found

    def _np_range(self, head: Token, stop: tuple[int, int] | None) -> tuple[int, int]:
        """``np_range``, computed."""
        if head.doc is self.doc:  # (the head's own answers from the view's lists: no Token attribute read)
            h = head.i
            space, pos, lower = self.spaces[h], self.pos[h], self.lowers[h]
            name_like = pos == "PROPN" or (self.texts[h][:1].isupper() and not self.sent_starts[h]
                                           and bool(self.alphas[h]))  # (``_name_like``)
        else:
            space, pos, lower, name_like = head.is_space, head.pos_, head.lower_, _name_like(head)
        if space:
            return head.i, head.i
        author = self._author_before_suffix(head.i)
        if author is not None:  # "Stamenković et al" with "al" (or "et") as the head the parser chose: the name
            return self._np_range(self.doc[author[0]], stop)[0], author[1]
        if pos == "PRON" and lower in self.lang.get("subject_pronouns", {}):
            return head.i, head.i + 1  # "Dat heeft hij dinsdagavond bekendgemaakt": the time the parse hung on it is
            # no part of the mention
        left, right = self._subtree_extent(head, stop)
        if name_like:
            left, right = self._name_extent(left, right, head, stop)
        left, right = self._trimmed(left, right, head)
        left, right = self._name_frame(left, right, head, stop)
        if right + 1 < len(self.lowers) and self.pos[right + 1] == "ADV" \
                and self.lowers[right + 1] in self.lang.words("report_nouns") \
                and self._np_ok_at(right + 1, head.i, stop):
            right += 1  # "according to a Reuters tally" with the noun tagged an adverb and hung elsewhere
        right = self._source_postmodifier(right, head, stop)
        right = self._document_origin(right, head, stop)
        left = self._spokesperson_for(left, head, stop)
        for t in (right, right + 1):  # "Berg et al" cut after "Berg" or "et": the suffix belongs to the name
            author = self._author_before_suffix(t) if t < len(self.lowers) else None
            if author is not None and left <= author[0] <= right:
                right = author[1] - 1
                break
        # "de Landelijke Studentenvakbond (LSVb)": an acronym in brackets right after the name belongs to it
        texts = self.texts
        if right + 3 < len(texts) and texts[right + 1] == "(" and texts[right + 3] == ")" \
                and texts[right + 2].isupper() and len(texts[right + 2]) <= 8:
            right += 3
        return left, right + 1

    def _author_before_suffix(self, h: int) -> tuple[int, int] | None:
        """For a token h inside a collective author suffix ("Berg et al", the language's ``author_suffix``) after a
        capitalised word: (that word, the token after the suffix)."""
        suffix = self.lang.get("author_suffix") or ()
        n, lowers = len(suffix), self.lowers
        if lowers[h].rstrip(".") not in suffix:
            return None  # (h is one of the suffix's words)
        for k in range(n):
            start = h - k
            if start < 1 or start + n > len(lowers) or any(
                    lowers[start + m].rstrip(".") != suffix[m] for m in range(n)):
                continue
            name = start - 1
            if self.texts[name][:1].isupper() and self.alphas[name]:
                return name, start + n
        return None

    def _subtree_extent(self, head: Token, stop: tuple[int, int] | None) -> tuple[int, int]:
        """The contiguous part of the head's subtree around it (first and last token), cut at breaks, adverbs,
        prepositional phrases that are no part of the name, verbs and relative clauses hung on the noun and
        coordination (except inside a name)."""
        if head.doc is not self.doc:
            return head.i, head.i  # (a token of another text: no token of this one is in its subtree)
        breaks = {",", "(", ")", "–", "—", ":", ";", '"', "|", *BULLETS}
        h = head.i
        heads, texts, pos, dep, lowers, deps = self.heads, self.texts, self.pos, self.dep, self.lowers, self.deps

        def descends(k: int) -> bool:  # ``head.is_ancestor(doc[k])``: h on the way from k up to its root
            n = 0
            while heads[k] != k and n < len(heads):
                k = heads[k]
                if k == h:
                    return True
                n += 1
            return False

        left = h
        while left - 1 >= 0:
            k = left - 1
            if not descends(k) or not self._np_ok_at(k, h, stop) or texts[k] in breaks:
                break
            left -= 1
        right = h
        relatives = self.lang.words("relative_pronouns")
        np_preps = self.lang.words("np_prepositions")
        portfolio = self.lang.words("portfolio_words")
        listeners = self.lang.words("interlocutor_prepositions")
        press = self.lang.union("press_determiners", "reporter_nouns")
        topics = self.lang.words("topic_prepositions")
        while right + 1 < len(heads):
            k = right + 1
            if not descends(k) or not self._np_ok_at(k, h, stop) or texts[k] in breaks:
                break
            if heads[k] == h and pos[k] == "ADV":
                break  # "het KNMI op dit moment", "buurtbewoners al maanden"
            if pos[k] == "ADP" and lowers[k] in listeners and k + 2 < len(heads) and lowers[k + 1] in press:
                break  # "meerdere bronnen rond het onderzoek aan deze krant": the press as listener is no part of
                # the source, wherever the parser hung it
            if pos[k] == "ADP" and dep[k] in deps.case_marker and (
                    heads[heads[k]] == h and lowers[k] not in np_preps
                    or lowers[k] in topics and heads[h] < h and dep[h] in deps.subject):
                break  # a prepositional phrase that is not part of the name ("Kiprono tegen verslaggevers"), or
                # what a source after its verb spoke about ("zegt de trainer | over de auto's", "een woordvoerster
                # van de bond | over de blokkade"; not "an expert on Russia said", before it)
            if pos[k] in ("VERB", "AUX") and heads[k] == h and not any(lowers[c] in relatives for c in self.children(k)) \
                    and ("Fin" in self.verb_forms[k] or any(
                        dep[c] in deps.verb_clause_dependent for c in self.children(k))):
                break  # a verb the parser hung on the noun ("A spokesperson confirmed that …") is not part of it
            if dep[k] in deps.relative_clause or lowers[k] in relatives:
                break  # a relative clause describes the source but is not its name
            if dep[k] in deps.parataxis or (dep[k] in deps.coordination and pos[h] != "PROPN"
                                            and not (pos[heads[k]] == "PROPN" and heads[k] != h)
                                            and not (len(texts[h]) > 1 and texts[h][-1] == "-")
                                            and not (k >= 2 and lowers[k] in portfolio and lowers[k - 2] in portfolio)):
                break  # "het ministerie van Infrastructuur en Waterstaat" keeps its coordinated name, and so does
                # a portfolio, however parsed ("Minister van Justitie en Veiligheid Dilan Yesilgöz")
            right += 1
        return left, right

    def _name_extent(self, left: int, right: int, head: Token, stop: tuple[int, int] | None) -> tuple[int, int]:
        """Names are contiguous whatever the parse says ("Director Sally | Pearce said", "Wind Tegen" as ADP): the
        range grows over the name words and particles on both sides."""
        particles = self.lang.words("name_particles")
        pos, lowers, texts, h, n = self.pos, self.lowers, self.texts, head.i, len(self.pos)
        names = given_names()["all"]

        def given(k: int) -> bool:  # ``given_name`` of token k
            return texts[k][:1].isupper() and k + 1 < n and texts[k + 1][:1].isupper() and lowers[k] in names

        def name_like(k: int) -> bool:  # ``_name_like`` of token k
            return pos[k] == "PROPN" or (texts[k][:1].isupper() and not self.sent_starts[k] and bool(self.alphas[k]))

        starts, ends = self._starts, self._ends

        def joined(k: int) -> bool:  # token k is a hyphen with a name word right against it on either side
            return texts[k] in ("-", "‐") and 0 < k < n - 1 and ends[k - 1] == starts[k] and ends[k] == starts[k + 1] \
                and name_like(k - 1) and name_like(k + 1)

        while True:  # ("St-Onge", "Smith-Jones": one name across the hyphen whatever the parse says)
            if left - 1 >= 0 and self._np_ok_at(left - 1, h, stop) and (
                    pos[left - 1] == "PROPN" or given(left - 1)
                    or lowers[left - 1] in particles and pos[left] == "PROPN" and texts[left - 1][:1].isupper()):
                left -= 1
            elif left - 2 >= 0 and joined(left - 1) and self._np_ok_at(left - 2, h, stop) \
                    and self._np_ok_at(left - 1, h, stop):
                left -= 2
            else:
                break
        while True:
            if right + 1 < n and self._np_ok_at(right + 1, h, stop) and (
                    name_like(right + 1) or lowers[right + 1] in particles
                    and right + 2 < n and pos[right + 2] == "PROPN"):
                right += 1
            elif right + 2 < n and joined(right + 1) and self._np_ok_at(right + 1, h, stop) \
                    and self._np_ok_at(right + 2, h, stop):
                right += 2
            else:
                break
        return left, right

    def _trimmed(self, left: int, right: int, head: Token) -> tuple[int, int]:
        """Without punctuation, conjunctions, prepositions, adverbs and time words at the phrase's edges."""
        times, puncts, pos, dep, lowers = self.lang.words("time_words"), self.puncts, self.pos, self.dep, self.lowers
        while left < head.i and (puncts[left] or pos[left] in ("CCONJ", "SCONJ", "ADP")
                                 or pos[left] == "ADV" and dep[left] not in self.deps.determiner
                                 or dep[left] in self.deps.preposition_part  # "according to" as VERB
                                 or lowers[left] in times):  # (an adverb as determiner stays: "meer bronnen")
            left += 1
        while right > head.i and (puncts[right] or pos[right] in ("CCONJ", "SCONJ", "ADP", "ADV")
                                  or lowers[right] in times
                                  or pos[right] == "VERB" and self.heads[right] == head.i
                                  and dep[right] in self.deps.clausal_modifier and "Ger" in self.verb_forms[right]):
            right -= 1  # (a gerund on the noun whose phrase the parser hung elsewhere: "The union representing | the
            # dock workers said")
        return left, right

    def _spokesperson_for(self, left: int, head: Token, stop: tuple[int, int] | None) -> int:
        """An unnamed source noun with a preposition right before the phrase belongs to it when the parser cut it
        off ("A spokesperson for | the hospital trust said", "een woordvoerder van | de brandweer")."""
        lang, lowers, h = self.lang, self.lowers, head.i
        i = left - 1
        if i < 1 or lowers[i] not in lang.words("spokesperson_prepositions") or not self._np_ok_at(i, h, stop):
            return left
        noun = i - 1
        if lowers[noun] not in lang.words("anonymous_nouns") or noun == h or not self._np_ok_at(noun, h, stop):
            return left
        start = noun
        while start - 1 >= 0 and self.pos[start - 1] in ("DET", "ADJ", "NUM") and self._np_ok_at(start - 1, h, stop) \
                and self.sentence_of[start - 1] == self.sentence_of[h]:
            start -= 1
        return start

    def _name_frame(self, left: int, right: int, head: Token, stop: tuple[int, int] | None) -> tuple[int, int]:
        """Word order over a wrong parse: a run of capitalised words right after the phrase is its name ("the
        patient group Diabetes Voice" with "Diabetes" tagged VERB), and a name takes the article and the common
        nouns before it ("de veiligheidsregio Fryslân" with "veiligheidsregio" tagged ADV)."""
        texts, lowers, alphas, pos, h, n = self.texts, self.lowers, self.alphas, self.pos, head.i, len(self.texts)
        times = self.lang.words("time_words")

        def capital(k: int) -> bool:
            return bool(alphas[k] and texts[k][:1].isupper() and self.sentences[self.sentence_of[k]][0] != k
                        and self._np_ok_at(k, h, stop) and lowers[k] not in times and texts[k] != "I")
        while right + 1 < n and capital(right + 1) and not (
                self.puncts[right] or lowers[right] in self.lang.words("name_particles")):
            right += 1
        if not capital(left) and not pos[left] == "PROPN":
            return left, right
        while left - 1 >= 0 and capital(left - 1):
            left -= 1
        articles, stopwords = self.lang.words("articles"), self.lang.words("stopwords")
        k = left - 1
        while k >= 0 and left - k <= 3 and self._np_ok_at(k, h, stop) and alphas[k] and self.is_lowers[k] \
                and lowers[k] not in stopwords and lowers[k] not in times \
                and pos[k] not in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"):
            k -= 1  # (not a time: "The same day Malawi confirmed …")
        if k >= 0 and k < left - 1 and lowers[k] in articles and self._np_ok_at(k, h, stop):
            left = k
        return left, right

    def _source_postmodifier(self, right: int, head: Token, stop: tuple[int, int] | None) -> int:
        """An unnamed source keeps the phrase that places it, wherever the parser hung it: "bronnen rond het
        college", "two people briefed on the talks", "sources close to the Venn campaign", "an adviser at the
        Élysée Palace". Returns the new last token of the phrase."""
        lang, doc = self.lang, self.doc
        if head.doc is self.doc:  # (the same tests on the view's lists: no Token attribute read)
            h, lowers = head.i, self.lowers
            if self.pos[h] != "NOUN":
                return right
            unnamed = _unnamed_nouns(lang)
            determiners = lang.words("indefinite_determiners")
            if self.lemmas[h] not in unnamed and lowers[h] not in unnamed and not any(
                    lowers[c] in determiners and c < h for c in self.children(h)):
                return right
        if head.pos_ != "NOUN":
            return right  # (the test below asks for a noun first)
        unnamed = _unnamed_nouns(lang)
        determiners = lang.words("indefinite_determiners")
        indefinite = any(c.lower_ in determiners and c.i < head.i for c in head.children)
        if head.pos_ != "NOUN" or norm_lemma(head) not in unnamed and head.lower_ not in unnamed and not indefinite:
            return right  # ("a café owner who …": any unnamed someone)
        j = right + 1
        if j < len(doc) and doc[j].lower_ in lang.words("relative_pronouns") and doc[j].head.dep_ in self.deps.noun_clause and doc[j].head.head.i == head.i:
            # "a café owner who did not want to be named", "een diplomaat die de gesprekken volgde": the clause
            # is what the article knows of the source
            clause = list(doc[j].head.subtree)
            end = max(t.i for t in clause)
            if all(self._np_ok(t, head, stop) and t.text not in (",", ";", ":") for t in clause if t.i >= j):
                return end
            return right
        phrase = next((words for words in _postmodifiers(lang) if self.phrase_at(j, words)), None)
        if phrase is None:
            if j >= len(doc) or doc[j].lower_ not in lang.words("np_prepositions"):
                return right
            if doc[j].lower_ in lang.words("topic_prepositions") and doc[j].head.head.i != head.i:
                return right  # "zegt een woordvoerster van de bond | over de blokkade": what was said is about, hung
                # on the verb (the cut of a phrase the parser hung on the source is ``_subtree_extent``'s)
            if doc[j].lower_ in lang.words("medium_prepositions") and any(
                    norm_lemma(t) in lang.words("document_nouns") for t in doc[j + 1:j + 4] if t.pos_ == "NOUN"):
                return right  # "schrijven de onderzoekers | in het tijdschrift Hart": where it was said
            phrase = [doc[j].lower_]
        if not all(self._np_ok(t, head, stop) for t in doc[j:j + len(phrase)]):
            return right
        last = None
        k = j + len(phrase)
        times = lang.words("time_words")
        while k < len(doc) and self._np_ok(doc[k], head, stop) and (
                doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc[k].text[:1].isupper() and doc[k].is_alpha
                or doc[k].lower_ in lang.words("np_prepositions") and last is not None or doc[k].text in ("'s", "’s")):
            if doc[k].lower_ in times:
                return right  # "officials on Monday": a time, not a place
            if doc[k].pos_ in ("NOUN", "PROPN") or doc[k].text[:1].isupper():
                last = k
            k += 1
        return last if last is not None else right

    def _document_origin(self, right: int, head: Token, stop: tuple[int, int] | None) -> int:
        """A document keeps the phrase that says whose it is, wherever the parser hung it: "a report by the health
        inspectorate", "figures released by the Home Office", "the figures, published by the Office for National
        Statistics on Wednesday,", "cijfers die het CBS woensdag publiceerde" (a document noun of the language, then
        its agent preposition, after a participle of an issuing or authoring verb or not, and the noun phrase after
        it; or a relative clause whose verb is such a verb). Returns the new last token of the phrase."""
        if head.doc is not self.doc:
            return right
        lang, h, n = self.lang, head.i, len(self.lowers)
        pos, lowers, texts, lemmas = self.pos, self.lowers, self.texts, self.lemmas
        documents = lang.words("document_nouns")
        if pos[h] != "NOUN" or lemmas[h] not in documents and lowers[h] not in documents:
            return right
        verbs = lang.union("issuing_verbs", "authoring_verbs")
        j = right + 1
        comma = j < n and texts[j] == ","
        j += comma
        if j < n and lowers[j] in lang.words("relative_pronouns") and not comma:
            for k in range(j + 1, min(n, j + 9)):  # "die het CBS (deze week) publiceerde / heeft gepresenteerd"
                if not self._np_ok_at(k, h, stop) or self.puncts[k] or pos[k] in ("ADP", "SCONJ", "CCONJ", "PRON"):
                    return right
                if pos[k] == "VERB":
                    return k if lemmas[k] in verbs and k > j + 1 else right
            return right
        if j < n and pos[j] == "VERB" and lemmas[j] in verbs and "Part" in self.verb_forms[j] and self._np_ok_at(j, h, stop):
            j += 1
        elif comma:
            return right  # (after a comma only a participle phrase: "the report, which …" is no name)
        if j >= n or lowers[j] not in lang.words("agent_prepositions") or pos[j] != "ADP" \
                or not self._np_ok_at(j, h, stop):
            return right
        times, preps = lang.words("time_words"), lang.words("np_prepositions")
        last, k = None, j + 1
        while k < n and self._np_ok_at(k, h, stop) and lowers[k] not in times and (
                pos[k] in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or texts[k][:1].isupper() and self.alphas[k]
                or lowers[k] in preps and last is not None):
            if pos[k] in ("NOUN", "PROPN") or texts[k][:1].isupper():
                last = k
            k += 1
        return last if last is not None else right

    def _np_ok_at(self, k: int, h: int, stop: tuple[int, int] | None) -> bool:
        """``_np_ok`` of tokens k and h of this text."""
        if self.spaces[k] or self.quote_of[k] >= 0 and not self.quote_of[h] >= 0:
            return False
        if stop is not None and stop[0] <= self._starts[k] < stop[1]:
            return False
        return self.sentence_of[k] == self.sentence_of[h]

    def _np_ok(self, tok: Token, head: Token, stop: tuple[int, int] | None) -> bool:
        if tok.is_space or self.in_quote(tok) and not self.in_quote(head):
            return False
        if stop is not None and stop[0] <= tok.idx < stop[1]:
            return False
        return self.sentence_of[tok.i] == self.sentence_of[head.i]
