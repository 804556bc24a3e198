"""Status: is each statement confirmed or unconfirmed, and on what evidence?

Evidence comes from the article itself: hedges around the claim, sentences *about* statements (non-confirmation,
denial, dispute, confirmation, the reporter's own verification) linked to the claim they concern, corroboration
by a second independent speaker, the speaker's anonymity, single-sourcing. Rules decide; the calibrated model in
``claims.confidence`` gives the confidence. Statements that only deny or fail to confirm another statement
("X ontkent dat …" answering a claim in the article) become evidence on that claim and are not statements.
"""
from __future__ import annotations

import bisect
import math
import re

import numpy as np
from dataclasses import dataclass, field
from functools import lru_cache

from .attribution import cue_of
from .confidence import decide
from .figures import Figure, figures, figures_differ, normal_number, number_word, same_figure
from .model import Claim, Evidence, Span, Speaker
from .syntax import deps_of
from .textview import TextView, norm_lemma
from .tfidf import CharTfidf, similarity

LINK_THRESHOLD = 0.12  # similarity for linking a sentence about a statement to that statement
STRONG_LINK = 0.25  # above this (or 1.5 times the runner-up), words beat anaphora ("het nieuws over … Toretsk")
# Two statements by different speakers corroborate each other when their character n-gram TF-IDF cosine plus a
# bonus for shared numbers (0.15 each) and shared capitalised words (0.05 each, at most 0.3 in all) reaches this.
# Calibrated on the dev split: 9 of 18 corroborated pairs at 2 false pairs in 1,987 (plain cosine: 7 at 0.3).
CORROBORATION_THRESHOLD = 0.35
# ... or when they share at least three content words with a content overlap (``content_overlap``) of at least
# 0.45: a paraphrase with the same numbers and nouns in other words ("De gemiddelde aanrijtijd in de nacht neemt met
# twaalf minuten toe" ~ "ambulances 's nachts gemiddeld zo'n twaalf minuten langer onderweg"). Dev split: 8 of 24
# corroborated pairs at 5 false pairs in 1,896 (without: 7 at 5; 0.3 and two words: 10 at 11).
PARAPHRASE_OVERLAP, PARAPHRASE_WORDS = 0.45, 3
# A confirmation with its own content ("De politie bevestigt dat …") confirms the earlier statement of another
# source within two paragraphs whose content it repeats: character n-gram cosine or content-word overlap (see
# ``content_overlap``) at least this. Calibrated on the dev split (confirmation → earlier-statement pairs): 5
# gold-confirmed targets at 1 wrong one (0.2: one more wrong; 0.26: one right fewer).
CONFIRM_LINK = 0.22
# A statement more than two paragraphs up (the lead, or a clear repeat: "He signed a new deal … It runs until 2027" ~
# "Bliss had signed a contract extension until the summer of 2027") may be confirmed from further down with a
# clearer overlap. Dev (92 articles): 3 statements right, none wrong; 0.22 changes nothing there; 0.26 keeps the
# margin measured earlier for the lead, where 0.22 added a wrong one.
FAR_LINK = 0.26
NUMBER = re.compile(r"\d[\d.,]*")
CAPITALISED = re.compile(r"\b[^\W\d_][\w-]+")
BLOCKING = ("denied", "disputed", "not_confirmed", "hedge")
CONFIRMING = ("confirmed", "corroborated")


@dataclass
class MetaSentence:
    """A sentence about other statements: what it says of them and the evidence span."""

    type: str  # not_confirmed | denied | disputed | confirmed
    span: Span  # the whole sentence (for linking)
    anaphoric: bool
    trigger: Span | None = None  # the words that carry it ("nog niet bevestigd"); the evidence span
    named: tuple[str, str] | None = None  # what it confirms by name ("confirmed the recall"): (surface, lemma)
    witnessed: bool = False  # the reporters saw it for themselves ("AP journalists … saw …")
    document: bool = False  # … in a document ("Council papers, seen by this newspaper, show …")


def _similarity(texts_a: list[str], texts_b: list[str]) -> list[list[float]]:
    """Character n-gram TF-IDF cosine of every text of ``texts_a`` with every text of ``texts_b`` (one IDF over
    both; see ``claims.tfidf``)."""
    return similarity(texts_a, texts_b)


def corroboration_score(a: str, b: str, similarity: float) -> float:
    nums = set(NUMBER.findall(a)) & set(NUMBER.findall(b))
    caps_a = {w for w in CAPITALISED.findall(a)[1:] if w[0].isupper()}
    caps_b = {w for w in CAPITALISED.findall(b)[1:] if w[0].isupper()}
    return similarity + min(0.15 * len(nums) + 0.05 * len(caps_a & caps_b), 0.3)


FINAL_PUNCT_CHARS = ".!?…\"'”’»"
CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")


def content_terms(view: TextView, a: int, b: int) -> list[tuple[str, str]]:
    """The content words of the character range [a, b) as (surface, lemma) pairs, lower-cased: nouns, proper
    nouns, verbs, adjectives and numbers that are not stop words; digits normalised ("#1400")."""
    stop = view.lang.words("stopwords")
    multipliers = view.lang.get("number_multipliers", {})
    out = []
    for t in view.span(a, b, contract=True) or ():
        if t.lower_ in multipliers and t.i > 0 and t.nbor(-1).like_num:
            continue  # "240 miljoen" is the figure 240, not 240 and a million
        value = _number_word(t.text, view.lang) if t.is_alpha else None
        if re.fullmatch(r"\d[\d.,]*", t.text) or value is not None:
            n = "#" + (normal_number(t.text) if value is None else str(value))
            out.append((n, n))
        elif t.pos_ in CONTENT_POS and t.is_alpha and len(t.text) >= 3 and t.lower_ not in stop:
            out.append((t.lower_, norm_lemma(t)))
    return out


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
    short, long_ = sorted((x, y), key=len)
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
    compares many pairs of statements over the same sentences)."""

    def __init__(self, sentences) -> None:
        super().__init__(sentences)
        self.idf: dict[tuple[str, str], float] = {}

    def df(self, term: tuple[str, str]) -> int:
        """How many sentences hold a term that ``_term_match``es ``term`` (an index built at the first call)."""
        index = self.__dict__.get("_index")
        if index is None:
            index = self.__dict__["_index"] = TermIndex(self)
        return len(index.items(term))

    @classmethod
    def of(cls, view: TextView) -> "SentenceTerms":
        return cls(content_terms(view, *view.sentence_chars(s)) for s in range(len(view.sentences)))


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


def _paraphrase(a: list[tuple[str, str]], b: list[tuple[str, str]], sentences: list[list[tuple[str, str]]]) -> bool:
    shared = [t for t in dict.fromkeys(a) if any(_term_match(t, x) for x in b)]
    return len(shared) >= PARAPHRASE_WORDS and content_overlap(a, b, sentences) >= PARAPHRASE_OVERLAP


def _phrase_spans(view: TextView, phrases: list[str], a: int, b: int, skip_quotes: bool) -> list[Span]:
    """Occurrences of lexicon phrases (token sequences, lower-cased) inside the character range [a, b)."""
    span = view.span(a, b, contract=True)
    if span is None:
        return []
    toks = [t for t in span if not t.is_space]
    lowered = [t.lower_ for t in toks]
    by_first = _phrases_by_first_word(tuple(phrases))
    found = []  # (phrase number, position): the order of a scan phrase by phrase
    for i, word in enumerate(lowered):
        for k, words in by_first.get(word, ()):
            n = len(words)
            if i + n <= len(toks) and lowered[i:i + n] == words:
                found.append((k, i, n))
    found.sort()
    out = []
    for _, i, n in found:
        if skip_quotes and any(view.in_quote(t) for t in toks[i:i + n]):
            continue
        s, e = toks[i].idx, toks[i + n - 1].idx + len(toks[i + n - 1])
        out.append(Span.of(view.text, s, e))
    return out


@lru_cache(maxsize=256)
def _phrases_by_first_word(phrases: tuple[str, ...]) -> dict[str, list[tuple[int, list[str]]]]:
    """The lexicon phrases (lower-cased words) by their first word, each with its place in the lexicon: a text is
    read once, not once per phrase."""
    out: dict[str, list[tuple[int, list[str]]]] = {}
    for k, phrase in enumerate(phrases):
        words = phrase.lower().split()
        if words:
            out.setdefault(words[0], []).append((k, words))
    return out


def hedges(view: TextView, claim: Claim) -> list[Span]:
    """Hedges on a claim: lexicon phrases in the reported content and the attribution (not inside a direct
    quote: there they are the speaker's words), and the Dutch reportive "zou/zouden + infinitive" in a main
    clause (not under a matrix verb)."""
    lang = view.lang
    a, b = claim.sentence
    a, b = min(a, claim.span.start), max(b, claim.span.end)
    skip = claim.kind == "direct"
    found = _phrase_spans(view, lang.get("hedges", []), a, b, skip_quotes=True)
    if skip:
        found = [s for s in found if not (claim.span.start <= s.start < claim.span.end)]
    aux = lang.words("reportive_aux")
    found = [s for s in found if not _so_possible(view, s) and not _in_relative_clause(view, s)
             and not (s.text.split()[0].lower() in aux
                      and _subordinate(view.span(s.start, s.end)[0], claim.span.start, claim.span.end))]
    if claim.via not in ("complement", "complementizer", "infinitive"):
        for tok in view.span(a, b, contract=True) or ():
            nxt = None if view.in_quote(tok) or _subordinate(tok, claim.span.start, claim.span.end) \
                else view.reportive_infinitive(tok)
            if nxt is not None:
                found.append(Span.of(view.text, tok.idx, nxt.idx + len(nxt)))
    unique = {(s.start, s.end): s for s in found}
    spans = sorted(unique.values())
    return [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end and o != s for o in spans)]


def _subordinate(tok, a: int, b: int) -> bool:
    """The word stands in a clause under another word of the statement [a, b) ("eiste … dat eerst alle sancties
    zouden worden opgeschort"): a 'zou' there is the future-in-the-past under the matrix verb, not a reportive
    hedge on the statement."""
    for _ in range(12):
        if tok.head.i == tok.i or not a <= tok.head.idx < b:
            return False
        if tok.dep_ in deps_of(tok.doc).subordinate_clause:
            return True
        tok = tok.head
    return False


def _in_relative_clause(view: TextView, span: Span) -> bool:
    """'recalling pens after a fault that may have caused …': a hedge inside a relative clause qualifies that
    clause, not the statement."""
    toks = view.span(span.start, span.end)
    if toks is None:
        return False
    tok = toks[0]
    for _ in range(12):
        if tok.dep_ in view.deps.noun_clause:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _so_possible(view: TextView, span: Span) -> bool:
    """'zo snel mogelijk', 'as soon as possible': not a hedge."""
    rule = view.lang.get("as_possible", {})
    before = view.text[max(0, span.start - 25):span.start].lower().split()
    return span.text.lower() in rule.get("words", []) and any(w in rule.get("markers", []) for w in before[-3:])


def meta_sentences(view: TextView, claims: list[Claim]) -> list[MetaSentence]:
    """Sentences that say something about statements: not confirmed, denied, disputed, confirmed, verified."""
    lang = view.lang
    out: list[MetaSentence] = []
    negations = lang.words("negations")
    confirm_words = lang.words("confirm_words")
    anaphors = lang.words("anaphoric_pronouns")
    claimed_cues = {c.cue.span.start for c in claims if c.cue is not None and c.via != "floating"}
    # reported content: a confirmation or denial word there is what the source says, not a sentence about a
    # statement ("The chairman replied that he was urging the board to admit its mistakes")
    contents = [(c.span.start, c.span.end) for c in claims if c.cue is not None and c.via != "floating"]
    for s, (a_tok, b_tok) in enumerate(view.sentences):
        toks = [t for t in view.doc[a_tok:b_tok] if not view.in_quote(t)]
        if not toks:
            continue
        s_a, s_b = view.trim(*view.sentence_chars(s))
        if s_b <= s_a:
            continue
        span = Span.of(view.text, s_a, s_b)
        lowered = " ".join(t.lower_ for t in toks)
        report_nouns = lang.words("report_nouns")
        anaphoric = toks[0].lower_ in anaphors or any(
            t.lower_ in anaphors and t.dep_ in view.deps.core_nominal_or_determiner for t in toks) or any(
            (t.lower_ in report_nouns or norm_lemma(t) in report_nouns) and t.dep_ in view.deps.core_nominal
            for t in toks) or any(  # "that figure", "die informatie" whatever the tags
            t.lower_ in anaphors and u.lower_ in report_nouns for t, u in zip(toks, toks[1:])) or (
            next((t.lower_ for t in reversed(toks) if not t.is_punct), "") in anaphors)
        # (… or it ends on one: "Hulsman ontkent dat.", "Hale denied that.")
        types: list[tuple[str, Span]] = []
        named: dict[int, tuple[str, str]] = {}
        for phrase in _phrase_spans(view, lang.get("no_comment", []), s_a, s_b, skip_quotes=True):
            types.append(("not_confirmed", phrase))
        negs = [t for t in toks if t.lower_ in negations]
        for t in toks:
            entry = cue_of(t, view)
            ctype = entry.type if entry else ""
            if t.idx in claimed_cues and ctype in ("speech", "opinion", "source", ""):
                continue
            if ctype in ("confirm", "admit", "deny", "dispute") and t.idx not in claimed_cues \
                    and any(a <= t.idx < b for a, b in contents):
                continue
            confirmish = norm_lemma(t) in confirm_words or t.lower_ in confirm_words or ctype in ("confirm", "admit")
            # the negation belongs to this verb: its dependent, a dependent of its auxiliary chain, or just before it
            # ("has not confirmed", "heeft … niet bevestigd", "bevestigt het niet"; not "confirmed X and said … not")
            neg = next((n for n in negs if n.head.i == t.i or (n.head.i == t.head.i and t.dep_ in view.deps.any_auxiliary)
                        or 0 < t.i - n.i <= 3), None)
            if confirmish and neg is not None:
                a = min(neg.i, t.i)
                if a > 0 and f"{view.doc[a - 1].lower_} {view.doc[a].lower_}" in negations:
                    a -= 1  # "nog niet", "yet to"
                b = max(neg.i, t.i)
                types.append(("not_confirmed", Span.of(view.text, view.doc[a].idx, view.doc[b].idx + len(view.doc[b]))))
            elif ctype in ("confirm", "admit") and t.idx not in claimed_cues:
                obj = next((c for c in t.children if c.dep_ in view.deps.object and c.pos_ == "NOUN"
                            and c.lower_ not in anaphors and norm_lemma(c) not in report_nouns), None)
                if norm_lemma(t) in lang.words("clause_only_cues") or t.lower_ in lang.words("clause_only_cues"):
                    continue  # "staff had accepted jobs in Corby": "accept" admits only with a clause ("accepts that")
                types.append(("confirmed", span))
                if obj is not None:
                    named[len(types) - 1] = (obj.lower_, norm_lemma(obj))
            elif ctype == "deny":
                types.append(("denied", span))
            elif ctype == "dispute":
                types.append(("disputed", span))
        for phrase in _phrase_spans(view, lang.get("verified_phrases", []), s_a, s_b, skip_quotes=True):
            # "Neither figure could be independently verified": a negation before it makes it a non-confirmation
            before = [t for t in toks if t.idx < phrase.start][-4:]  # its own clause: "could not be", "Neither figure could be"
            types.append(("not_confirmed" if any(t in negs for t in before) else "confirmed", phrase))
        witness, document = _reporters_witness(view, toks)
        if witness is not None:
            types.append(("confirmed", witness))
        if any(w in lowered.split() for w in lang.words("denial_words")) and not types:
            types.append(("denied", span))
        seen = set()
        for k, (etype, trigger) in enumerate(types):
            if etype not in seen:
                seen.add(etype)
                out.append(MetaSentence(etype, span, anaphoric, trigger, named.get(k), witness is not None, document))
    return out


NEAR_SHARE = 0.6  # a statement at least this share of the best similarity, nearer to the reply, is its target


def _nearest_similar(candidates: list[int], sims: list[float], claims: list[Claim], at: int) -> int | None:
    """The statement a reply answers: among those nearly as similar as the best one, the nearest before it
    ("Halvorsen denied that it had delayed the recall" answers the complaint just before, not the lead)."""
    good = [j for j in candidates if sims[j] >= LINK_THRESHOLD]
    if not good:
        return None
    top = max(sims[j] for j in good)
    close = [j for j in good if sims[j] >= NEAR_SHARE * top]
    before = [j for j in close if claims[j].span.end <= at]
    if before:
        return max(before, key=lambda j: claims[j].span.end)
    return max(close, key=lambda j: sims[j])


def _ours(view: TextView, noun) -> bool:
    """'this agency', 'deze redactie': a noun the article uses for itself."""
    return any(d.dep_ in view.deps.determiner and d.lower_ in view.lang.words("press_determiners") for d in noun.children)


def _reporters_witness(view: TextView, toks: list) -> tuple[Span | None, bool]:
    """The reporter's own eyes: "AP journalists who reached the site saw four burned-out tanks", "Verslaggevers
    van deze krant zagen …" — a perception verb whose subject is the press; and whether it is a document the press
    has seen ("Council papers, seen by this newspaper, show …", "het dossier, dat deze krant heeft ingezien")."""
    lang = view.lang
    press = lang.words("reporter_nouns")
    for t in toks:
        if norm_lemma(t) in lang.words("witness_verbs") or t.lower_ in lang.words("witness_verbs"):
            # documents the press has seen: "Council papers, seen by this newspaper, show …", "stukken die deze krant
            # inzag" (the object of a relative clause in the parse)
            agent = next((c for c in t.children if (c.dep_ in view.deps.agent or (c.dep_ in view.deps.object and t.dep_ in view.deps.relative_clause))
                          and (c.lower_ in press or norm_lemma(c) in press or _ours(view, c))), None)
            if agent is not None:
                return Span.of(view.text, min(t.idx, agent.left_edge.idx), max(t.idx + len(t), agent.idx + len(agent))), True
            subj = next((c for c in t.children if c.dep_ in view.deps.nominal_subject), None)
            if subj is None:  # the parse lost the subject: the press opening the sentence ("AP journalists who …")
                start = view.sentences[view.sentence_of[t.i]][0]
                subj = next((x for x in view.doc[start:min(t.i, start + 3)]
                             if x.lower_ in lang.words("reporter_nouns")), None)
            if subj is not None and (norm_lemma(subj) in lang.words("reporter_nouns")
                                     or subj.lower_ in lang.words("reporter_nouns")):
                a = min(x.idx for x in subj.subtree if x.i <= subj.i)
                return Span.of(view.text, a, t.idx + len(t)), t.dep_ in view.deps.noun_clause  # "dossier dat deze krant inzag"
    return None, False


def _same_account(view: TextView, claims: list[Claim], before: list[int], last: int) -> list[int]:
    """The statement just before and those of the same speaker running up to it in its paragraph: one account
    ("Zij zegt dat Postma haar corrigeerde. 'Ik had een lied gekozen …' Postma geeft dat toe" admits both)."""
    run = [last]
    for i in sorted(before, key=lambda i: claims[i].span.end, reverse=True):
        if i == last:
            continue
        c = claims[i]
        if c.speaker_id is None or c.speaker_id != claims[last].speaker_id \
                or view.paragraph(c.span.start) != view.paragraph(claims[last].span.start):
            break
        run.append(i)
    return sorted(run)


def _narration_before(view: TextView, meta: MetaSentence, claims: list[Claim]) -> tuple[int, int] | None:
    """The sentence before a sentence about statements, in its paragraph, when it is the reporter's own narration
    (no statement in it): its character range."""
    prev = view.sentence_at(meta.span.start) - 1
    if prev < 0:
        return None
    a, b = view.sentence_chars(prev)
    if view.paragraph(a) != view.paragraph(meta.span.start) or any(c.span.start < b and a < c.span.end for c in claims):
        return None
    return a, b


def _link(art: _Article, meta: MetaSentence, sims: list[float]) -> list[int]:
    """The claims a sentence about statements concerns: lexical similarity first, then anaphora / proximity."""
    view, claims = art.view, art.kept
    candidates = [i for i, c in enumerate(claims)
                  if not (c.span.start >= meta.span.start and c.span.end <= meta.span.end)]
    if not candidates:
        return []
    best = max(candidates, key=lambda i: sims[i])
    before = [i for i in candidates if claims[i].span.end <= meta.span.start]
    if (meta.anaphoric or meta.document) and before:
        # "Halvorsen has not confirmed that figure": the demonstrative points at the statement just before; so does
        # the reporter's check that follows a statement ("Uit een presentatie die deze krant inzag, blijkt dat …")
        last = max(before, key=lambda i: claims[i].span.end)
        end = max(claims[last].span.end, claims[last].sentence[1] if claims[last].sentence else 0)
        if end <= meta.span.start and not view.text[end:meta.span.start].strip(" \t\"'”’»").count(".") > 1 \
                and view.paragraph(meta.span.start) == view.paragraph(claims[last].span.start):
            return _same_account(view, claims, before, last) if meta.type == "confirmed" and not meta.document else [last]
    if meta.type == "not_confirmed" and before and sims[best] < STRONG_LINK:
        # "A senior official … said rules were likely to be tightened. The agency has not confirmed any change.": a
        # non-confirmation right after a statement, in its paragraph, is about that statement
        last = max(before, key=lambda i: claims[i].span.end)
        if view.paragraph(meta.span.start) == view.paragraph(claims[last].span.start) \
                and view.sentence_at(meta.span.start) - view.sentence_at(claims[last].span.end - 1) == 1:
            return [last]
    second = max((sims[i] for i in candidates if i != best), default=0.0)
    clear = sims[best] >= STRONG_LINK or (sims[best] >= LINK_THRESHOLD and sims[best] >= 1.5 * second)
    if clear or (sims[best] >= LINK_THRESHOLD and not meta.anaphoric):
        if meta.type in ("denied", "disputed", "not_confirmed"):
            near = _nearest_similar(candidates, sims, claims, meta.span.start)
            return [near] if near is not None else []
        return [i for i in candidates if sims[i] >= max(LINK_THRESHOLD, 0.85 * sims[best])]
    before = [i for i in candidates if claims[i].span.end <= meta.span.start]
    narration = _narration_before(view, meta, claims) if meta.anaphoric else None
    if before and narration is not None:
        # "The sign is partly hidden by a lime tree. This newspaper was able to verify that": the demonstrative points
        # at the reporter's own sentence; what it checks is the nearby statement that says the same ("It is behind a
        # tree"), if any
        near = [i for i in before if view.paragraph(meta.span.start) - view.paragraph(claims[i].span.start) <= 1]
        row = _similarity([view.text[narration[0]:narration[1]]], [claims[i].span.text for i in near])[0] if near else []
        said = content_terms(view, *narration)
        row = [max(r, content_overlap(said, art.terms[i], art.sentence_terms)) for r, i in zip(row, near)]
        k = max(range(len(near)), key=lambda k: row[k], default=None)
        return [near[k]] if k is not None and row[k] >= LINK_THRESHOLD else []
    if before and (meta.anaphoric or meta.type == "not_confirmed"):
        last = max(before, key=lambda i: claims[i].span.end)
        if view.paragraph(meta.span.start) - view.paragraph(claims[last].span.start) <= 1:
            return [last]
    if sims[best] >= LINK_THRESHOLD:
        return [best]
    return []


def _proper_words(name: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """The capitalised words of a speaker's name, three letters or more, not in ``skip``."""
    return [w for w in re.findall(r"\w[\w'-]*", name) if w[:1].isupper() and len(w) >= 3 and w.lower() not in skip]


def _concerned(speaker: Speaker | None, claim: Claim) -> bool:
    """The speaker is the party a statement is about: its name stands in the statement ("Calder Holt is in
    advanced talks …" and Calder Holt itself)."""
    if speaker is None:
        return False
    names = _proper_words(speaker.name)
    return bool(names) and all(re.search(rf"\b{re.escape(w)}\b", claim.span.text) for w in names)


def _lead(view: TextView, claims: list[Claim]) -> int | None:
    """The lead statement: the first statement, when it is reported (not quoted) and stands in the first sentence
    of the article's body — after the headline (a first paragraph without final punctuation) and skipping short
    lines such as a liveblog's time stamp."""
    text = view.text
    first_para_end = text.find("\n\n")
    headline = first_para_end > 0 and text[:first_para_end].rstrip()[-1:] not in FINAL_PUNCT_CHARS
    for s, (a_tok, b_tok) in enumerate(view.sentences):
        start = view.doc[a_tok].idx
        if headline and start < first_para_end:
            continue
        if sum(1 for t in view.doc[a_tok:b_tok] if t.is_alpha) >= 4:
            break
    else:
        return None
    body = [i for i, c in enumerate(claims) if c.via not in ("headline", "colon")
            and not (headline and c.span.start < first_para_end)]  # ("…, police say" as the headline)
    if not body:
        return None
    first = min(body, key=lambda i: claims[i].span.start)
    c = claims[first]
    s_a, s_b = view.sentence_chars(s)
    if c.kind == "direct" or not s_a <= c.span.start < s_b:
        return None
    return first


def _negative(view: TextView, claim: Claim) -> bool:
    """The statement is negated ("it had never received them", "er is geen brandversneller gebruikt")."""
    return _negated(view, claim.span.start, claim.span.end)


def _negated(view: TextView, a: int, b: int) -> bool:
    return _holds(view, a, b, "negations")


def _holds(view: TextView, a: int, b: int, key: str) -> bool:
    """The character range [a, b) holds a word or phrase of the language's list ``key`` ("nog niet", "not true")."""
    text = " " + " ".join(t.lower_ for t in view.span(a, b) or ()) + " "
    return any(f" {w} " in text for w in view.lang.words(key))


def _same_source(names_a: set[str], names_b: set[str]) -> bool:
    """One speaker's proper name holds the other's ("Enexis" / "een woordvoerder van Enexis", "Tolley" / "a
    spokesperson for Tolley")."""
    return bool(names_a and names_b) and (names_a <= names_b or names_b <= names_a)


def _independent(a: Claim, b: Claim, negative: dict[int, bool] | None, sources: dict[str, set[str]]) -> bool:
    """Two statements can back each other: different known speakers that are not one source, apart (not
    overlapping, not one sentence read twice), and of the same polarity ("had received" does not back "had never
    received"). ``negative`` holds each statement's polarity by ``id`` (None: not checked here), ``sources`` each
    speaker's proper name."""
    if a.speaker_id is None or b.speaker_id is None or a.speaker_id == b.speaker_id:
        return False
    if _same_source(sources.get(a.speaker_id, set()), sources.get(b.speaker_id, set())):
        return False  # "Enexis" and "een woordvoerder van Enexis" speak for one source
    if a.span.start < b.span.end and b.span.start < a.span.end:
        return False
    if a.sentence == b.sentence and a.sentence is not None:
        return False
    return negative is None or negative[id(a)] == negative[id(b)]


def _quoted_fragments(view: TextView, claim: Claim) -> list[str]:
    """The words a statement quotes: a direct quote's own text, or the quoted parts of a mixed or indirect one."""
    if claim.kind == "direct":
        spans = [(claim.span.start, claim.span.end)]
    else:
        spans = [(q.start, q.end) for q in view.quotes
                 if claim.span.start <= q.start and q.end <= claim.span.end and q.end > q.start]
    return [" ".join(_plain_words(view.text[a:b])) for a, b in spans]


def _plain_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _opinion(view: TextView, claim: Claim) -> bool:
    """An opinion, wish or feeling ("we believe", "in our view", "Let's all pray for …", "our thoughts are with
    …", "astronomers were optimistic that …", a cue of belief: "denkt dat", "vindt dat"): nothing a second source
    can confirm, so it neither corroborates a fact nor is corroborated. An expectation ("verwacht dat") can be."""
    markers = view.lang.words("opinion_markers")
    if claim.cue is not None and (claim.cue.lemma in markers or claim.cue.span.text.lower() in markers):
        return True  # a cue of belief ("denkt", "vindt", "believes"), not of expectation ("verwacht")
    a, b = claim.sentence if claim.sentence != (0, 0) else (claim.span.start, claim.span.end)
    text = " " + " ".join(_plain_words(view.text[min(a, claim.span.start):max(b, claim.span.end)])) + " "
    return any(m in text for m in _marker_phrases(view.lang))


@lru_cache(maxsize=None)
def _marker_phrases(lang) -> tuple[str, ...]:
    return tuple(f" {' '.join(_plain_words(m))} " for m in lang.words("opinion_markers"))


def same_utterance(view: TextView, a: Claim, b: Claim) -> bool:
    """The reporter quotes the same words twice (a lead that sums up a later quote: 'insists the contract was
    "fair and above board"' … '"we have said it before: the contract was fair and above board," her spokesman
    said'): one utterance, never a second source. Two words or more, quoted in one and found in the
    other."""
    for x, y in ((a, b), (b, a)):
        other = " " + " ".join(_plain_words(y.span.text)) + " "
        for fragment in _quoted_fragments(view, x):
            if len(fragment.split()) >= 2 and f" {fragment} " in other:
                return True
    return False


def _heading(view: TextView, claim: Claim) -> bool:
    """A colon frame in the headline or a liveblog heading ("20.05 Oppositie: 'Minister heeft Kamer misleid'"): a
    short line without final punctuation that sums up a statement of the article, not a second source."""
    if claim.via not in ("colon", "headline"):
        return False
    if view.paragraph(claim.span.start) == 0:
        return True
    text = view.text
    a = text.rfind("\n", 0, claim.span.start) + 1
    b = text.find("\n", claim.span.end)
    line = text[a:b if b >= 0 else len(text)].strip().rstrip("\"'”’»")
    return len(line) <= 140 and line[-1:] not in ".!?…"


TIME_HEADING = re.compile(r"(?m)^[ \t]*(\d{1,2})[.:](\d{2})\b")


def _timeline(view: TextView):
    """The order in which the article tells things happened, as a sort key of a character position: text order,
    except in a liveblog written newest first (time-stamped headings counting down: "22.15 …", "21.50 …"), where a
    later entry is earlier news."""
    stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2))) for m in TIME_HEADING.finditer(view.text)]
    falling = sum(1 for (_, x), (_, y) in zip(stamps, stamps[1:]) if y < x)
    if len(stamps) < 2 or falling <= (len(stamps) - 1) / 2:
        return lambda pos: (0, pos)
    starts = [p for p, _ in stamps]
    return lambda pos: (-sum(1 for p in starts if p <= pos), pos)


def _points_back(view: TextView, claim: Claim) -> bool:
    """The statement names what it is about with a demonstrative on its subject or object ("dat Moskou die eis op
    tafel legde", "that figure"; not a time: "dit weekend")."""
    anaphors = view.lang.words("anaphoric_determiners")
    toks = list(view.span(claim.span.start, claim.span.end) or ())
    return any(t.lower_ in anaphors and u.pos_ == "NOUN" and u.dep_ in view.deps.core_nominal
               for t, u in zip(toks, toks[1:]))


def _parts(view: TextView, claim: Claim) -> list[tuple[int, int]]:
    """The sentences of a statement that runs over several (a quote of three sentences), as character ranges."""
    first, last = view.sentence_at(claim.span.start), view.sentence_at(claim.span.end - 1)
    if first < 0 or last <= first:
        return []
    out = []
    for s in range(first, last + 1):
        a, b = view.sentence_chars(s)
        a, b = max(a, claim.span.start), min(b, claim.span.end)
        if b > a:
            out.append((a, b))
    return out


@dataclass
class _Parts:
    """The sentences of every statement (``of[i]``: indices into the flat lists), with their text, polarity,
    figures, content words and one TF-IDF similarity table over all of them: computed once per document."""

    of: list[list[int]]
    texts: list[str]
    negated: list[bool]
    figures: list[list[Figure]]
    terms: list[list[tuple[str, str]]]
    sims: SimilarityTable
    asserts: list[bool]  # a sentence that can say something on its own: three content words, not a question


def _part_table(art: _Article) -> _Parts:
    """The parts of every statement; a statement of one sentence is its own part, with what the article already
    computed for it."""
    view = art.view
    of: list[list[int]] = []
    texts, negated, figs, terms = [], [], [], []
    for i, c in enumerate(art.kept):
        parts = _parts(view, c)
        of.append(list(range(len(texts), len(texts) + max(len(parts), 1))))
        if not parts:
            texts.append(c.span.text)
            negated.append(art.negative[id(c)])
            figs.append(art.figs[i])
            terms.append(art.terms[i])
            continue
        for r in parts:
            texts.append(view.text[r[0]:r[1]])
            negated.append(_negated(view, *r))
            figs.append(figures(view, *r))
            terms.append(content_terms(view, *r))
    asserts = [len(t) >= 3 and not text.rstrip("\"'”’» ").endswith("?") for t, text in zip(terms, texts)]
    return _Parts(of, texts, negated, figs, terms, SimilarityTable(texts), asserts)


def _parts_corroborate(table: _Parts, i: int, j: int, sentence_terms: list) -> bool:
    """One sentence of a longer statement says what the other statement (or one of its sentences) says, with the
    same polarity: "The minister has referred himself to the commissioner … We won't comment further" backs "he
    would refer himself to the standards commissioner"."""
    if len(table.of[i]) == 1 and len(table.of[j]) == 1:
        return False
    for x in table.of[i]:
        for y in table.of[j]:
            if table.negated[x] != table.negated[y] or figures_differ(table.figures[x], table.figures[y]) \
                    or not (table.asserts[x] and table.asserts[y]):
                continue
            if corroboration_score(table.texts[x], table.texts[y], table.sims[x][y]) >= CORROBORATION_THRESHOLD \
                    or _paraphrase(table.terms[x], table.terms[y], sentence_terms):
                return True
    return False


def _denying(view: TextView, claim: Claim) -> bool:
    """The statement itself denies something ("Reports … are false", "Dat is klinkklare onzin")."""
    return _holds(view, claim.span.start, claim.span.end, "denial_words")


def _agreement_in(view: TextView, span: Span) -> bool:
    """An agreement adverb or word outside quotes in the span ("also dismissed", "ontkent ook")."""
    lang = view.lang
    return any((t.lower_ in lang.words("agreement_adverbs") or t.lower_ in lang.words("agreement_words"))
               and not view.in_quote(t) for t in view.span(span.start, span.end) or ())


def _agreeing(view: TextView, claim: Claim) -> bool:
    """The attribution says the source agrees: an agreement word in the statement ("inderdaad", "indeed") or an
    agreement adverb on its cue or source outside it ("Ook de brandweer concludeerde …", "The BBC also reported")."""
    lang = view.lang
    toks = view.span(claim.span.start, claim.span.end) or ()
    if any(t.lower_ in lang.words("agreement_words") for t in toks):
        return True
    if claim.cue is None or claim.sentence is None:
        return False
    heads = {t.i for t in view.span(claim.cue.span.start, claim.cue.span.end) or ()}
    if claim.speaker_head is not None:
        heads.add(claim.speaker_head)
    sentence = view.span(*claim.sentence) or ()
    return any(t.lower_ in lang.words("agreement_adverbs") and t.head.i in heads
               and not claim.span.start <= t.idx < claim.span.end for t in sentence)


@dataclass
class _Article:
    """What the status steps share about one article: its statements (those that remain after step 1) and what is
    computed once about them — content words, figures, polarity, sources, the lead, pairwise similarity."""

    view: TextView
    kept: list[Claim]
    by_id: dict[str, Speaker]
    sims: SimilarityTable  # TF-IDF cosine of every pair of statements, one IDF over the article
    terms: list[list[tuple[str, str]]] = field(default_factory=list)
    figs: list[list[Figure]] = field(default_factory=list)
    negative: dict[int, bool] = field(default_factory=dict)
    sources: dict[str, set[str]] = field(default_factory=dict)
    sentence_terms: SentenceTerms = field(default_factory=lambda: SentenceTerms([]))
    lead: int | None = None
    verified: set[int] = field(default_factory=set)  # statements the reporter checked for themselves
    opinion: list[bool] = field(default_factory=list)  # opinions, wishes, beliefs (``_opinion``)

    @classmethod
    def of(cls, view: TextView, kept: list[Claim], speakers: list[Speaker], sims: list[list[float]]) -> "_Article":
        skip = view.lang.words("articles") | view.lang.words("stopwords")
        return cls(view, kept, {s.id: s for s in speakers}, sims,
                   terms=[content_terms(view, c.span.start, c.span.end) for c in kept],
                   figs=[figures(view, c.span.start, c.span.end) for c in kept],
                   negative={id(c): _negative(view, c) for c in kept},
                   sources={s.id: set(_proper_words(s.name, skip)) for s in speakers},
                   sentence_terms=SentenceTerms.of(view), lead=_lead(view, kept),
                   opinion=[_opinion(view, c) for c in kept])


def assess(view: TextView, claims: list[Claim], speakers: list[Speaker], use_model: bool = True) -> list[Claim]:
    """Collect evidence for every claim and decide its status; returns the statements that remain.
    ``use_model=False`` leaves the rules' decision and no confidence (for training the model)."""
    sims = SimilarityTable([c.span.text for c in claims])
    survivors, evidence = _answered_statements(view, claims, sims)
    for i in survivors:
        claims[i].evidence = list(evidence.get(i, []))
    kept = [claims[i] for i in survivors]
    art = _Article.of(view, kept, speakers, sims.subset(survivors))
    _link_sentences_about_statements(art)  # 2
    _link_confirmations(art)  # 2b
    _own_evidence(art)  # 3
    _admissions_go_on(art)  # 3b
    _corroborations(art)  # 4
    _agreements(art)  # 4b
    _headings_share_status(art)  # 4c
    when = _timeline(view)
    for c in kept:  # 5
        _decide(c, id(c) in art.verified, when)
        if use_model:
            c.status, c.confidence = decide(c)
    return kept


def _answered_statements(view: TextView, claims: list[Claim], sims: SimilarityTable) -> tuple[list[int], dict]:
    """1. Statements that only deny, dispute or fail to confirm another statement ("X ontkent dat …" answering a
    claim in the article) become evidence on it. Returns the indices of the statements that remain and the
    evidence gathered for them by index."""
    evidence: dict[int, list[Evidence]] = {}
    meta_claims = [i for i, c in enumerate(claims) if c.cue_type in ("deny", "dispute")
                   or (c.cue_type in ("confirm", "admit") and c.negated)]
    dropped: set[int] = set()
    for i in meta_claims:
        c = claims[i]
        others = [j for j in range(len(claims)) if j != i and j not in meta_claims
                  and (claims[j].speaker_id is None or claims[j].speaker_id != c.speaker_id)]
        if not others:
            continue
        if c.via == "anaphoric":
            targets = [j for j in others if claims[j].span.start >= c.sentence[0] and claims[j].span.end <= c.span.end + 1]
        else:
            near = _nearest_similar(others, sims[i], claims, c.span.start)
            targets = [near] if near is not None else []
        if not targets:
            continue
        etype = {"deny": "denied", "dispute": "disputed"}.get(c.cue_type, "not_confirmed")
        span = Span.of(view.text, *view.trim(min(c.sentence[0], c.span.start), max(c.sentence[1], c.span.end)))
        for j in targets:
            evidence.setdefault(j, []).append(Evidence(etype, span, "status:answered_statement"))
        dropped.add(i)
    return [i for i in range(len(claims)) if i not in dropped], evidence


def _link_sentences_about_statements(art: _Article) -> None:
    """2. Sentences about statements (not confirmed, denied, disputed, confirmed, the reporter's check) put their
    evidence on the statement they concern."""
    view, kept, terms, lead = art.view, art.kept, art.terms, art.lead
    metas = meta_sentences(view, kept)
    sims = _similarity([m.span.text for m in metas], [c.span.text for c in kept])
    for m, row in zip(metas, sims):
        targets = _link(art, m, row)
        if not targets and m.type == "confirmed" and lead is not None and kept[lead].span.end <= m.span.start \
                and view.paragraph(m.span.start) - view.paragraph(kept[lead].span.start) <= 1 \
                and m.witnessed:
            targets = [lead]  # the reporters saw for themselves what the lead reports
        if not targets and m.named is not None:
            # "Britain's medicines regulator confirmed the recall": the nearest earlier statement with that word
            # ("is recalling 1.4 million insulin pens")
            naming = [j for j, c in enumerate(kept) if c.span.end <= m.span.start
                      and any(_term_match(m.named, t) for t in terms[j])]
            targets = [max(naming, key=lambda j: kept[j].span.end)] if naming else []
        for j in targets:
            etype = m.type
            if etype in ("denied", "disputed") and _denying(view, kept[j]) and _agreement_in(view, m.span):
                etype = "corroborated"  # "… are false, according to the ministry. A delegate also dismissed the reports"
            kept[j].evidence.append(Evidence(etype, m.trigger or m.span, "status:sentence_about_statement"))
            if m.witnessed and m.type == "confirmed":
                art.verified.add(id(kept[j]))


def _link_confirmations(art: _Article) -> None:
    """2b. A confirmation with its own content also confirms the earlier statement of another source it repeats;
    with no such statement, a confirmation near the top confirms the lead statement (the news the article opens
    with: "Een 27-jarige man is zwaargewond geraakt. … Een woordvoerder van het ziekenhuis bevestigt dat de man
    daar op de intensive care ligt")."""
    for i, c in enumerate(art.kept):
        if c.cue_type not in ("confirm", "admit") or c.negated:
            continue
        target = _confirmed_by(art, i)
        if target is not None:
            art.kept[target].evidence.append(Evidence("confirmed", c.cue.span if c.cue else c.span,
                                                     "status:confirmation_links"))


def _confirmed_by(art: _Article, i: int) -> int | None:
    """The earlier statement that the confirmation ``i`` confirms, if any."""
    view, kept, lead, c = art.view, art.kept, art.lead, art.kept[i]
    earlier = [j for j in range(len(kept)) if kept[j].span.end <= c.span.start and kept[j].speaker_id != c.speaker_id
               and kept[j].via != "headline" and art.negative[id(kept[j])] == art.negative[id(c)]]
    if not earlier:
        return None
    # a content of few words ("confirmed that they belonged to the species") is read with its sentence ("…, who
    # examined the specimens independently, confirmed …")
    own = art.terms[i] if len({t for t in art.terms[i] if t[0][0] != "#"}) >= 3 else content_terms(view, *c.sentence)
    # only statements sharing a content word or similar characters can reach CONFIRM_LINK; the others count 0
    reach = set(_blocks(art).index.sharing(own)) | set(art.sims.above(i, CONFIRM_LINK - SIM_EPS))
    scores = [0.0 if figures_differ(art.figs[i], art.figs[j]) or j not in reach
              else max(art.sims[i][j], content_overlap(own, art.terms[j], art.sentence_terms)) for j in earlier]
    far = {k for k, j in enumerate(earlier) if view.paragraph(c.span.start) - view.paragraph(kept[j].span.start) > 2}
    near = [k for k in range(len(earlier)) if k not in far or (earlier[k] == lead and scores[k] >= FAR_LINK)]
    best = max(near, key=lambda k: scores[k], default=None)
    if best is not None and scores[best] >= CONFIRM_LINK:
        return earlier[best]
    if _points_back(view, c):
        # "Hrytsenko bevestigt dat Moskou die eis op tafel legde": the statement just before, in its paragraph
        last = max(earlier, key=lambda j: kept[j].span.end)
        if view.paragraph(kept[last].span.start) == view.paragraph(c.span.start) \
                and view.sentence_at(c.span.start) - view.sentence_at(kept[last].span.end - 1) <= 1:
            return last
    if lead in earlier and kept[lead].sentence[1] <= c.sentence[0]:
        # (not "X, which confirmed …" in the lead's own sentence: that is the same source)
        if c.cue_type == "confirm" and view.paragraph(c.span.start) - view.paragraph(kept[lead].span.start) <= 2:
            return lead
        if _concerned(art.by_id.get(c.speaker_id or ""), kept[lead]):
            return lead  # the party the lead is about confirms it, however late ("UPDATE: Calder Holt confirmed …")
    best = max(far, key=lambda k: scores[k], default=None)
    if best is not None and scores[best] >= FAR_LINK:
        return earlier[best]  # a clear repeat further up ("He signed a new deal … It runs until 2027")
    return None


def _own_evidence(art: _Article) -> None:
    """3. The statement's own confirmation cue, its hedges, the anonymity of its source."""
    for c in art.kept:
        if c.cue is not None and c.cue_type in ("confirm", "admit") and not c.negated:
            c.evidence.append(Evidence("confirmed", c.cue.span, "status:confirmation_cue"))
        for h in hedges(art.view, c):
            c.evidence.append(Evidence("hedge", h, "status:hedge"))
        speaker = art.by_id.get(c.speaker_id or "")
        if speaker is not None and speaker.anonymous and c.speaker is not None:
            c.evidence.append(Evidence("anonymous_source", c.speaker, "status:anonymous_source"))


def _admissions_go_on(art: _Article) -> None:
    """3b. An admission goes on in the admitter's own words: the quote right after "X erkent dat …", same speaker,
    same paragraph, that points back at what was admitted ("Rector Hoogeveen erkent dat … 'Dat is een fout
    geweest', zegt ze"; not a new thought: "conceded that he would finish third. 'The voters have sent us a
    message'")."""
    view, kept = art.view, art.kept
    anaphors = view.lang.words("anaphoric_pronouns")
    order = sorted(range(len(kept)), key=lambda i: kept[i].span.start)
    for prev, nxt in zip(order, order[1:]):
        p, q = kept[prev], kept[nxt]
        if p.cue is not None and p.cue_type == "admit" and not p.negated and q.kind == "direct" \
                and q.speaker_id is not None and q.speaker_id == p.speaker_id \
                and view.paragraph(q.span.start) == view.paragraph(p.span.start) \
                and view.sentence_at(q.span.start) - view.sentence_at(p.span.end - 1) <= 1 \
                and q.span.text.split(maxsplit=1)[0].lower() in anaphors:
            q.evidence.append(Evidence("confirmed", p.cue.span, "status:admission_goes_on"))


def _corroborations(art: _Article) -> None:
    """4. Corroboration by a second, independent speaker: the same content in similar words, in other words with
    the same nouns and figures, the same figure written otherwise, or one sentence of a longer statement."""
    view, kept, figs = art.view, art.kept, art.figs
    parts = _part_table(art)
    opinion = art.opinion
    candidates = _corroboration_candidates(art, parts)  # the pairs that can pass the tests below, in order
    for i, a in enumerate(kept):
        for j in candidates[i]:
            b = kept[j]
            if not _independent(a, b, None, art.sources):
                continue
            if a.via == "colon" and view.paragraph(a.span.start) == 0:
                continue  # a headline quote ("Klimaatonderzoeker: 'We bouwen …'") repeats one from the article
            if _heading(view, a) and view.paragraph(b.span.start) - view.paragraph(a.span.start) == 1:
                continue  # a liveblog heading sums up the entry beneath it ("20.05 Oppositie: 'Minister heeft …'")
            if figures_differ(figs[i], figs[j]) or opinion[i] or opinion[j] or same_utterance(view, a, b):
                continue
            same_polarity = art.negative[id(a)] == art.negative[id(b)]
            if (same_polarity and (_similar(art, i, j) or same_figure(figs[i], figs[j]))
                    or _parts_corroborate(parts, i, j, art.sentence_terms)):
                a.evidence.append(Evidence("corroborated", b.span, "status:corroboration"))
                b.evidence.append(Evidence("corroborated", a.span, "status:corroboration"))


def _similar(art: _Article, i: int, j: int) -> bool:
    """Two statements say the same: similar characters and shared names and numbers, or the same content words."""
    a, b = art.kept[i], art.kept[j]
    return (corroboration_score(a.span.text, b.span.text, art.sims[i][j]) >= CORROBORATION_THRESHOLD
            or _paraphrase(art.terms[i], art.terms[j], art.sentence_terms))


def _agreements(art: _Article) -> None:
    """4b. A statement that agrees in so many words ("zegt dat het inderdaad de derde keer is", "indeed")
    corroborates the nearest earlier statement of another source (within two paragraphs) with which it shares
    content words."""
    view, kept = art.view, art.kept
    for i, a in enumerate(kept):
        if a.speaker_id is None or not _agreeing(view, a) or art.opinion[i]:
            continue
        earlier = [j for j in range(len(kept)) if kept[j].span.end <= a.span.start
                   and _independent(a, kept[j], art.negative, art.sources) and kept[j].via != "headline"
                   and view.paragraph(a.span.start) - view.paragraph(kept[j].span.start) <= 2]
        sharing = [j for j in earlier if content_overlap(art.terms[i], art.terms[j], art.sentence_terms) > 0
                   and not same_utterance(view, a, kept[j]) and not art.opinion[j]]
        best = max(sharing, key=lambda j: kept[j].span.start, default=None)
        if best is not None:
            a.evidence.append(Evidence("corroborated", kept[best].span, "status:agreement"))
            kept[best].evidence.append(Evidence("corroborated", a.span, "status:agreement"))


def _headings_share_status(art: _Article) -> None:
    """4c. A headline or liveblog heading that sums up a statement of the article shares that statement's evidence
    ("Onderzoekers: tijgermug heeft Nederlandse winter overleefd" is confirmed when the body's statement is)."""
    view, kept = art.view, art.kept
    for i, a in enumerate(kept):
        if not _heading(view, a):
            continue
        body = [j for j in sorted(_blocks(art).similar(i)) if not _heading(view, kept[j])
                and art.negative[id(a)] == art.negative[id(kept[j])] and _similar(art, i, j)]
        if body:
            best = max(body, key=lambda j: art.sims[i][j])
            a.evidence.extend(Evidence(e.type, e.span, "status:heading_shares_status") for e in kept[best].evidence
                              if e.type in CONFIRMING + BLOCKING and e.span != a.span)


def _decide(c: Claim, verified: bool, when) -> None:
    """5. Single source when nothing confirms it; confirmed when something does and nothing blocks it, or the
    article's last word is a confirmation."""
    types = {e.type for e in c.evidence}
    if not types & set(CONFIRMING):
        c.evidence.append(Evidence("single_source", c.speaker or c.span, "status:single_source"))
        types.add("single_source")
    blocking = set(BLOCKING)
    if c.cue_type in ("confirm", "admit") and not c.negated:
        blocking.discard("not_confirmed")  # "X bevestigt dat …" is not undone by a no-comment elsewhere
    if verified:  # the reporter's own check outweighs a party's denial or silence
        blocking -= {"denied", "disputed", "not_confirmed"}
    # a later explicit confirmation outweighs an earlier denial ("Brennock dismissed the report … on Thursday the
    # company confirmed"): the article's last word on it counts (a liveblog tells it newest first)
    last_confirmed = max((when(e.span.start) for e in c.evidence if e.type == "confirmed"), default=None)
    last_blocking = max((when(e.span.start) for e in c.evidence if e.type in ("denied", "disputed")), default=None)
    overridden = last_confirmed is not None and last_blocking is not None and last_confirmed > last_blocking \
        and not types & {"hedge", "not_confirmed"}
    c.status = "confirmed" if types & set(CONFIRMING) and (not types & blocking or overridden) else "unconfirmed"
    c.evidence = sorted(set(c.evidence), key=lambda e: (e.span.start, e.span.end, e.type))


# --- blocking: which pairs of statements can matter -----------------------------------------------------------------
# The rules above compare statements with each other. In a long document (a report, a transcript, a liveblog) most
# pairs share nothing, and scoring every pair made the cost grow with the square of the length. The helpers below
# find, from inverted indexes over content words, figures, numbers and names and from the character n-gram
# similarity computed in C, the pairs that can pass a rule's test; the rules run unchanged on those pairs only. Each
# index returns a superset of the pairs the rule can accept, so the outcome is the one of comparing all pairs
# (tests/test_scale_blocking.py compares the two on generated documents).


def _prefixed(words: list[str], prefix: str) -> list[str]:
    """The words of the sorted list ``words`` that start with ``prefix``."""
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


class TermIndex:
    """Which items (statements, sentences, parts of statements) hold a term that ``_term_match``es a given term,
    without comparing the term with every item: exact look-ups, and prefix look-ups in the sorted words and in the
    sorted reversed words (for the compounds that end with a word), on the surface forms and on the lemmas."""

    def __init__(self, items: list[list[tuple[str, str]]]) -> None:
        self.size = len(items)
        self._exact: tuple[dict[str, set[int]], dict[str, set[int]]] = ({}, {})
        for i, terms in enumerate(items):
            for term in terms:
                for side in (0, 1):
                    self._exact[side].setdefault(term[side], set()).add(i)
        self._forward = tuple(sorted(words) for words in self._exact)
        self._backward = tuple(sorted(w[::-1] for w in words) for words in self._exact)
        self._cache: dict[tuple[str, str], frozenset[int]] = {}

    def items(self, term: tuple[str, str]) -> frozenset[int]:
        """The items holding a term ``x`` with ``_term_match(term, x)``."""
        hit = self._cache.get(term)
        if hit is None:
            out: set[int] = set()
            for side in (0, 1):
                exact = self._exact[side]
                for w in _word_matches(term[side], exact, self._forward[side], self._backward[side]):
                    out |= exact[w]
            hit = self._cache[term] = frozenset(out)
        return hit

    def sharing(self, terms: list[tuple[str, str]]) -> dict[int, int]:
        """For every item, how many of the distinct ``terms`` it matches (items matching none left out)."""
        counts: dict[int, int] = {}
        for term in dict.fromkeys(terms):
            for j in self.items(term):
                counts[j] = counts.get(j, 0) + 1
        return counts


class SimilarityTable:
    """The character n-gram TF-IDF cosine of every pair of texts (one IDF over all of them, as ``_similarity``),
    computed a row at a time on demand instead of as one table of n × n numbers. ``table[i][j]`` is the value
    ``_similarity(texts, texts)[i][j]`` would hold; ``subset(indices)`` renumbers the rows and columns."""

    ROWS_KEPT = 256

    def __init__(self, texts: list[str], matrix: CharTfidf | None = None, index: list[int] | None = None) -> None:
        self.texts = texts
        if matrix is None and texts:
            matrix = CharTfidf(texts, copies=2)  # the IDF of ``_similarity(texts, texts)``: every text twice
            if matrix.empty:
                matrix = None
        self.matrix = matrix
        self.index = list(range(len(texts))) if index is None else index
        self._rows: dict[int, list[float]] = {}

    def __len__(self) -> int:
        return len(self.index)

    def subset(self, indices: list[int]) -> "SimilarityTable":
        return SimilarityTable(self.texts, self.matrix, [self.index[i] for i in indices])

    def __getitem__(self, i: int) -> list[float]:
        row = self._rows.get(i)
        if row is None:
            if self.matrix is None:
                row = [0.0] * len(self.index)
            else:
                full = self.matrix.cosine(self.index[i])
                row = full[self.index].tolist() if len(self.index) != self.matrix.size else full.tolist()
            if len(self._rows) >= self.ROWS_KEPT:
                self._rows.pop(next(iter(self._rows)))
            self._rows[i] = row
        return row

    def above(self, i: int, threshold: float) -> list[int]:
        """The columns ``j`` with ``self[i][j] >= threshold``."""
        return np.flatnonzero(np.asarray(self[i]) >= threshold).tolist()


SIM_EPS = 1e-6  # margin on similarity thresholds for blocking (a candidate too many is harmless)
MAX_BONUS = 0.3  # the largest bonus ``corroboration_score`` adds to the similarity


def _score_keys(text: str) -> set[str]:
    """What ``corroboration_score`` gives a bonus for: the numbers and capitalised words (not the first) of a text,
    marked apart."""
    caps = {w for w in CAPITALISED.findall(text)[1:] if w[0].isupper()}
    return {"#" + n for n in NUMBER.findall(text)} | {"@" + w for w in caps}


class _Blocks:
    """Indexes over one list of statements (or parts of statements): their content words, the numbers and names
    ``corroboration_score`` rewards, and their figures."""

    def __init__(self, texts: list[str], terms: list[list[tuple[str, str]]], sims, figs: list[list[Figure]] | None = None):
        self.sims = sims
        self.terms = terms
        self.index = TermIndex(terms)
        self.keys: dict[str, set[int]] = {}
        for i, text in enumerate(texts):
            for k in _score_keys(text):
                self.keys.setdefault(k, set()).add(i)
        self._key_sets = [_score_keys(t) for t in texts]
        self.figures: dict[str, list[tuple[float, int]]] = {}
        self.figs = figs
        if figs is not None:
            for i, fs in enumerate(figs):
                for f in fs:
                    self.figures.setdefault(f.kind, []).append((f.value, i))
            for values in self.figures.values():
                values.sort()

    def similar(self, i: int) -> set[int]:
        """Every ``j`` for which ``corroboration_score(...) >= CORROBORATION_THRESHOLD`` or ``_paraphrase`` can hold
        (a superset): similar enough characters alone, or with a shared number or name, or three shared content
        words."""
        out = set(self.sims.above(i, CORROBORATION_THRESHOLD - SIM_EPS))
        sharing = set()
        for k in self._key_sets[i]:
            sharing |= self.keys[k]
        if sharing:
            low = set(self.sims.above(i, CORROBORATION_THRESHOLD - MAX_BONUS - SIM_EPS))
            out |= sharing & low
        out |= {j for j, n in self.index.sharing(self.terms[i]).items() if n >= PARAPHRASE_WORDS}
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


def _blocks(art: _Article) -> _Blocks:
    """The indexes over an article's statements, built once."""
    blocks = art.__dict__.get("_blocks")
    if blocks is None:
        blocks = art.__dict__["_blocks"] = _Blocks([c.span.text for c in art.kept], art.terms, art.sims, art.figs)
    return blocks


def _corroboration_candidates(art: _Article, parts: _Parts) -> list[list[int]]:
    """For every statement ``i``, the later statements ``j`` that ``_corroborations`` can find to corroborate it, in
    order: similar (``_similar``), a figure in common (``same_figure``), or a part similar to a part of the other
    (``_parts_corroborate``). All other pairs fail those tests whatever the rest of the rule says."""
    blocks = _blocks(art)
    n = len(art.kept)
    cands: list[set[int]] = [blocks.similar(i) | blocks.same_figure(i) for i in range(n)]
    if any(len(of) > 1 for of in parts.of):
        owner = [i for i, of in enumerate(parts.of) for _ in of]
        part_blocks = _Blocks(parts.texts, parts.terms, parts.sims)
        for x in range(len(parts.texts)):
            i = owner[x]
            for y in part_blocks.similar(x):
                j = owner[y]
                if j != i and (len(parts.of[i]) > 1 or len(parts.of[j]) > 1):
                    cands[min(i, j)].add(max(i, j))
    return [sorted(j for j in c if j > i) for i, c in enumerate(cands)]
