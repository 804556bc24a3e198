"""What the text says about a statement beside its content: hedges on it, and sentences about statements (not
confirmed, denied, disputed, confirmed, the reporter's own check)."""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from dataclasses import dataclass

from ..attribution import CUE_POS, RULES as ATTRIBUTION, _conditional, cue_of, lexical_cues
from ..model import Claim, Span
from ..phrases import matches
from ..syntax import deps_of
from ..textview import TextView, name_gender_at, norm_lemma
from .terms import holds, phrase_spans

CONFIRMING_CUES = ("confirm", "admit")  # the cue types that confirm what they govern ("bevestigt dat", "admits")


def confirms(claim: Claim) -> bool:
    """The statement's own cue confirms or admits it, not negated ("De politie bevestigt dat …")."""
    return claim.cue_type in CONFIRMING_CUES and not claim.negated


def word_in(tok, words: frozenset[str]) -> bool:
    """The word, as written (lower-cased) or by its lemma, is one of ``words``."""
    return tok.lower_ in words or norm_lemma(tok) in words


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
    agrees: bool = False  # the reporter's own words agree with a statement just before ("Op luchtfoto's is inderdaad …")


def hedges(view: TextView, claim: Claim) -> list[Span]:
    """Hedges on a claim: lexicon phrases in the reported content and the attribution (not inside a direct
    quote: there they are the speaker's words), and the Dutch reportive "zou/zouden + infinitive" in a main
    clause (not under a matrix verb)."""
    lang = view.lang
    a, b = claim.sentence
    a, b = min(a, claim.span.start), max(b, claim.span.end)
    skip = claim.kind == "direct"
    found = phrase_spans(view, lang.get("hedges", []), a, b, skip_quotes=True)
    if skip:
        found = [s for s in found if not (claim.span.start <= s.start < claim.span.end)]
    aux = lang.words("reportive_aux")
    found = [s for s in found if not _so_possible(view, s) and not _in_relative_clause(view, s)
             and not (s.text.split()[0].lower() in aux
                      and _subordinate(view.span(s.start, s.end)[0], claim.span.start, claim.span.end))]
    if not ATTRIBUTION.has(claim.via, "governed"):  # under a cue verb "zou" is the future in the past ("zei dat … zou")
        span, lowers = view.span(a, b, contract=True), view.lowers
        for i in range(span.start, span.end) if span is not None else ():
            if lowers[i] not in aux:
                continue  # (``reportive_infinitive`` answers None for any other word: no Token made)
            tok = view.doc[i]
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
    reported = _Reported.of(claims)
    out: list[MetaSentence] = []
    quote_of = view.quote_of
    about = _about_words(view)
    confirmed_before = None  # the paragraph of the sentence before, when that sentence confirms something
    for s, (a_tok, b_tok) in enumerate(view.sentences):
        k = bisect_left(about, a_tok)
        if k == len(about) or about[k] >= b_tok:
            # no word that can say anything about statements (they all stand outside quotes): with no word outside
            # quotes the mark is cleared, else ``_sentence_about_statements`` would give ([], False), see
            # ``_about_words`` (and, as below, a sentence trimmed to nothing leaves the mark alone)
            if confirmed_before is not None:
                if all(quote_of[i] >= 0 for i in range(a_tok, b_tok)):
                    confirmed_before = None
                else:
                    s_a, s_b = view.trim(*view.sentence_chars(s))
                    if s_b > s_a:
                        confirmed_before = None
            continue
        idx = [i for i in range(a_tok, b_tok) if quote_of[i] < 0]  # (indices: a Token is made only when asked)
        s_a, s_b = view.trim(*view.sentence_chars(s))
        if s_b > s_a:
            # "A council spokesman confirmed the closure. He declined to comment further.": the confirming party
            # goes on, as a pronoun, in the sentence right after
            goes_on = confirmed_before == view.paragraph(s_a) and _pronoun_subject(view, idx)
            found, confirming = _sentence_about_statements(view, idx, Span.of(view.text, s_a, s_b), reported, goes_on)
            out.extend(found)
            confirmed_before = view.paragraph(s_a) if confirming else None
    return out


def _about_words(view: TextView) -> list[int]:
    """The words of the text outside quotes, in order, that ``_sentence_about_statements`` can act on; a sentence
    with none of them between its first and last word outside quotes says nothing about statements and confirms
    nothing (it returns ``([], False)``). Its tests, each a word's: a cue of a type that says something about
    statements (``ABOUT_CUES``) or a confirmation word (lower case or lemma: every other word adds nothing in its
    loop, see there); the start of a no-comment or verified phrase (``_may_open_phrase``); a witness verb (lower
    case or lemma: ``_reporters_witness`` skips every other word); a verification adverb (``agree``); a word that
    holds a denial word once split at white space (the sentence's words joined with spaces and split again are the
    words of each split). With nothing found, ``goes_on`` filters an empty list. Worked out once per text, with
    ``cue_of`` of every word outside quotes that may be a cue (``_about_cues``)."""
    found = view.__dict__.get("_claims_about_words")
    if found is not None:
        return found
    lang = view.lang
    confirm, witness = lang.words("confirm_words"), lang.words("witness_verbs")
    words = confirm | witness | lang.words("verification_adverbs")
    lemma_words = confirm | witness
    denial = lang.words("denial_words")
    lowers, lemmas, quote_of = view.lowers, view.lemmas, view.quote_of
    hits = {i for i, w in enumerate(lowers)
            if (w in words or lemmas[i] in lemma_words or w in denial
                or not w.isalnum() and not denial.isdisjoint(w.split())) and quote_of[i] < 0}
    # (``w.isalnum()``: one word without white space, whose split is itself)
    cues = _about_cues(view)
    hits.update(i for i, entry in cues.items() if entry is not None and entry.type in ABOUT_CUES)
    for key in ("no_comment", "verified_phrases"):
        hits.update(i for i in _phrase_starts(view, key) if quote_of[i] < 0)
    found = view.__dict__["_claims_about_words"] = sorted(hits)
    return found


ABOUT_CUES = (*CONFIRMING_CUES, "deny", "dispute")  # the cue types ``_cue_about_statements`` can act on


def _about_cues(view: TextView) -> dict[int, object]:
    """``cue_of`` of every word outside quotes with a cue's part of speech that may be a cue (``lexical_cues``), by
    token index (None where it has none): asked once per text."""
    found = view.__dict__.get("_claims_about_cues")
    if found is None:
        pos, quote_of, maybe, doc = view.pos, view.quote_of, lexical_cues(view), view.doc
        found = view.__dict__["_claims_about_cues"] = {
            i: cue_of(doc[i], view) for i in compress(range(len(maybe)), maybe) if pos[i] in CUE_POS and quote_of[i] < 0}
    return found


def _confirms_in_office(view: TextView, i: int) -> bool:
    """Word ``i`` confirms someone in office: its object is one of the language's ``appointment_nouns`` ("confirmed
    the nomination", "to confirm a candidate", "bevestigde de benoeming"; also as an oblique: "in het ambt
    bevestigd") or a person, named ("The Senate confirmed Judge Marta Reyes": a name with a known given name,
    ``name_gender_at``); a fact is confirmed in a clause or a noun ("confirmed that Reyes resigned", "confirmed
    Reyes's death")."""
    appointments = view.lang.words("appointment_nouns")
    for c in view.children(i):
        if view.dep[c] in view.deps.oblique and (view.lemmas[c] in appointments or view.lowers[c] in appointments):
            return True  # "bevestigde haar in het ambt"
        if view.dep[c] not in view.deps.object:
            continue
        if view.lemmas[c] in appointments or view.lowers[c] in appointments:
            return True
        if view.pos[c] == "PROPN":
            a, b = view.np_range(view.doc[c])
            if name_gender_at(view, view._starts[a], view._ends[b - 1]) is not None:
                return True
    return False


def _pronoun_subject(view: TextView, idx: list[int]) -> bool:
    """The sentence (the indices of its words outside quotes) has a personal pronoun as a subject ("He declined to
    comment further", "Verder wil hij niet reageren")."""
    pronouns, doc, lowers = view.lang.words("subject_pronouns"), view.doc, view.lowers
    return any(lowers[i] in pronouns and doc[i].dep_ in view.deps.subject for i in idx)


@dataclass(frozen=True)
class _Reported:
    """What the statements already account for: their cues (a cue that found a statement is not also a sentence
    about one) and their content (a confirmation or denial word there is what the source says, not a sentence about
    a statement: "The chairman replied that he was urging the board to admit its mistakes")."""

    cues: frozenset[int]  # the start of every statement's own cue
    contents: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, claims: list[Claim]) -> "_Reported":
        own = [c for c in claims if c.cue is not None and not ATTRIBUTION.has(c.via, "cue_borrowed")]
        return cls(frozenset(c.cue.span.start for c in own), tuple((c.span.start, c.span.end) for c in claims))
        # (the content of every statement, also one without a cue: an interview answer's "Indeed, …" is the
        # answerer's word, not the reporter's)

    def in_content(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.contents)

    def touches(self, span: Span) -> bool:
        """A statement's content or cue lies in the span: the sentence reports something itself."""
        return any(a < span.end and span.start < b for a, b in self.contents) \
            or any(span.start <= c < span.end for c in self.cues)


def _sentence_about_statements(view: TextView, idx: list[int], span: Span, reported: _Reported,
                               goes_on: bool = False) -> tuple[list[MetaSentence], bool]:
    """What one sentence (the indices of its words outside quotes, its trimmed span) says about statements: one
    MetaSentence per type, with the first words that say it; and whether it confirms or admits something.
    ``goes_on``: the sentence goes on for a party that confirmed in the sentence before (its refusal to comment
    takes nothing back, as in one sentence)."""
    lang, doc = view.lang, view.doc
    lowers = view.lowers
    negations = lang.words("negations")
    negs = [doc[i] for i in idx if lowers[i] in negations]
    types: list[tuple[str, Span]] = [("not_confirmed", p) for p in
                                     phrase_spans(view, lang.get("no_comment", []), span.start, span.end, True)] \
        if _may_open_phrase(view, "no_comment", idx) else []
    named: dict[int, tuple[str, str]] = {}
    confirm_words = lang.words("confirm_words")
    pos, lemmas, maybe = view.pos, view.lemmas, lexical_cues(view)
    confirming = False  # the sentence confirms or admits something (its own cue or not), not negated
    confirming_party = goes_on
    cues = _about_cues(view)
    for i in idx:
        t = doc[i] if pos[i] in CUE_POS and maybe[i] else None  # (``cue_of`` of any other word is None)
        entry = cues[i] if i in cues else cue_of(t, view) if t is not None else None
        if (entry is None or entry.type not in ABOUT_CUES) and lowers[i] not in confirm_words \
                and lemmas[i] not in confirm_words:
            continue  # (no cue and no confirmation word: ``_cue_about_statements`` has nothing to say; a word
            # without a cue's part of speech has no cue; nor has it of a cue of another type, "said", that is no
            # confirmation word: it answers None for it, and such a cue confirms nothing)
        if _confirms_in_office(view, i):
            continue  # "the Senate confirmed his nomination": an appointment approved, no statement confirmed
        if _conditional(view, i):
            continue  # "If the inspectors confirm it, …", "Als de politie dat ontkent, …": a condition, no finding
        if _asked_whether(view, i):
            continue  # "declined to say whether the club had confirmed it", "of de huurders bekenden": asked
        if entry is not None and entry.type in CONFIRMING_CUES and _negation_of(view, t, negs) is None \
                and not _after_comparative(view, t) and view.attempt_of(i) is None:
            confirming = True
        found = _cue_about_statements(view, doc[i] if t is None else t, negs, span, reported)
        if found is not None:
            types.append(found[:2])
            if found[2] is not None:
                named[len(types) - 1] = found[2]
    for phrase in phrase_spans(view, lang.get("verified_phrases", []), span.start, span.end, skip_quotes=True) \
            if _may_open_phrase(view, "verified_phrases", idx) else ():
        # "Neither figure could be independently verified": a negation before it makes it a non-confirmation
        starts = view._starts
        before = [i for i in idx if starts[i] < phrase.start][-4:]  # its own clause: "could not be", "Neither figure could be"
        negated = {n.idx for n in negs}  # (a Token equals another of its Doc at the same character)
        types.append(("not_confirmed" if any(starts[i] in negated for i in before) else "confirmed", phrase))
    witness, document = _reporters_witness(view, idx)
    if witness is not None:
        types.append(("confirmed", witness))
    agreeing = lang.words("verification_adverbs")
    agree = next((doc[i] for i in idx if lowers[i] in agreeing), None)
    if agree is not None and reported.touches(span):
        agree = None  # (asked only of a sentence with the word: the test runs over every statement)
    if agree is not None and not any(t.i in (agree.i - 1, agree.i + 1) for t in negs):
        # "Op luchtfoto's is inderdaad een brede strook omgevallen bomen te zien": the reporter's own sentence
        # agrees with what was said
        types.append(("confirmed", Span.of(view.text, agree.idx, agree.idx + len(agree))))
    if not types and not lang.words("denial_words").isdisjoint(" ".join(lowers[i] for i in idx).split()):
        types.append(("denied", span))
    if confirming or confirming_party:
        # "A club spokesman confirmed the decision but declined to comment further", "bevestigt het besluit, maar
        # wil verder niet reageren": who confirms and declines to say more takes nothing back (not "… but the toll
        # could not be verified", not "… but has not confirmed the date")
        kept = [k for k, (etype, trigger) in enumerate(types) if not (etype == "not_confirmed"
                                                                      and _refuses_comment(view, trigger))]
        named = {n: named[k] for n, k in enumerate(kept) if k in named}
        types = [types[k] for k in kept]
    if not types:
        return [], confirming  # (most sentences: nothing about statements, and no need to ask whether they point back)
    anaphoric, out, seen = _anaphoric(view, idx), [], set()
    for k, (etype, trigger) in enumerate(types):
        if etype not in seen:
            seen.add(etype)
            out.append(MetaSentence(etype, span, anaphoric, trigger, named.get(k), witness is not None, document,
                                    agree is not None and trigger.start == agree.idx))
    return out, confirming


def _asked_whether(view: TextView, i: int) -> bool:
    """Word ``i`` stands in a clause that a yes/no question word opens (the language's ``yes_no_complementizers``,
    tagged a subordinator: "whether", "of"), with no finite verb other than an auxiliary between them: what is asked,
    not found ("would not say whether the club had confirmed the transfer", "of de huurders bekenden")."""
    words = view.lang.words("yes_no_complementizers")
    if not words:
        return False
    a_tok = view.sentences[view.sentence_of[i]][0]
    for k in range(i - 1, a_tok - 1, -1):
        if view.lowers[k] in words and view.pos[k] == "SCONJ":
            return True
        if view.finite[k] and view.pos[k] != "AUX":
            return False
    return False


def _may_open_phrase(view: TextView, key: str, idx: list[int]) -> bool:
    """Whether a phrase of the language's list ``key`` can be found outside quotes in a sentence (``idx``: the
    indices of its words outside quotes, in order): a phrase of the list starts at a word from ``idx[0]`` to
    ``idx[-1]`` (``_phrase_starts``). When none does, ``phrase_spans(…, skip_quotes=True)`` over the sentence finds
    nothing: every match there starts at a word of the sentence outside quotes, so between its first and last
    word outside quotes, and is a match in the text's words too."""
    at = _phrase_starts(view, key)
    k = bisect_left(at, idx[0])
    return k < len(at) and at[k] <= idx[-1]


def _phrase_starts(view: TextView, key: str) -> list[int]:
    """The token indices, in order, where a phrase of the language's list ``key`` starts in the words of the whole
    text (its tokens but white space, as ``phrase_spans`` reads a range): a match in the words of a part of the
    text (a contiguous run of them) is one there too. Found once per text and list."""
    found = view.__dict__.setdefault("_claims_phrase_starts", {})
    at = found.get(key)
    if at is None:
        text_words = found.get(None)  # (the text's words and their lower case, listed once for every list asked)
        if text_words is None:
            words = [k for k, space in enumerate(view.spaces) if not space]
            lowers = view.lowers
            text_words = found[None] = (words, [lowers[i] for i in words])
        words, lowered = text_words
        at = found[key] = sorted({words[k] for _, k, _ in matches(lowered, view.lang.get(key, []))})
    return at


def _refuses_comment(view: TextView, trigger: Span) -> bool:
    """The words of a non-confirmation are a refusal to comment ("declined to comment", "wil niet reageren"): they
    hold a word of the language's ``comment_words`` (not "could not be verified", "has yet to confirm")."""
    return holds(view, trigger.start, trigger.end, "comment_words")


def _anaphoric(view: TextView, idx: list[int]) -> bool:
    """The sentence (the indices of its words outside quotes) points back at a statement: it opens with or ends on
    an anaphoric pronoun ("Hulsman ontkent dat.", "Hale denied that."), has one as a core argument or determiner,
    or names a report noun ("that figure", "die informatie", whatever the tags)."""
    anaphors, report_nouns = view.lang.words("anaphoric_pronouns"), view.lang.words("report_nouns")
    lowers, lemmas, doc = view.lowers, view.lemmas, view.doc  # (the word tests before the relation tests)
    return (lowers[idx[0]] in anaphors
            or any(lowers[i] in anaphors and doc[i].dep_ in view.deps.core_nominal_or_determiner for i in idx)
            or any((lowers[i] in report_nouns or lemmas[i] in report_nouns) and doc[i].dep_ in view.deps.core_nominal
                   for i in idx)
            or any(lowers[i] in anaphors and lowers[j] in report_nouns for i, j in zip(idx, idx[1:]))
            or next((lowers[i] for i in reversed(idx) if not doc[i].is_punct), "") in anaphors)


def _cue_about_statements(view: TextView, t, negs: list, span: Span,
                          reported: _Reported) -> tuple[str, Span, tuple[str, str] | None] | None:
    """What the word ``t`` says about statements, as (type, evidence span, what it confirms by name): a negated
    confirmation word ("has not confirmed"), a confirmation, denial or dispute cue that is no statement's own."""
    lang = view.lang
    if _after_comparative(view, t):
        return None  # "far more cases than confirmed", "meer dan officieel bevestigd": a count, not a confirmation
    if _prenominal_participle(view, t.i):
        return None  # "one million confirmed infections" parsed as a verb with its object: a kind of count
    entry = cue_of(t, view)
    ctype = entry.type if entry else ""
    own_cue = t.idx in reported.cues
    if own_cue and ctype in ("speech", "opinion", "source", ""):
        return None
    if ctype in ("confirm", "admit", "deny", "dispute") and not own_cue and reported.in_content(t.idx):
        return None
    confirmish = ctype in CONFIRMING_CUES or word_in(t, lang.words("confirm_words"))
    neg = _negation_of(view, t, negs) if confirmish else None
    if neg is not None:
        return "not_confirmed", _negation_span(view, neg, t), None
    aim = view.attempt_of(t.i) if confirmish else None
    if aim is not None:
        # "Officials were still trying to confirm that …", "Inspecteurs gingen erheen om dat te bevestigen": not
        # confirmed (yet)
        return "not_confirmed", Span.of(view.text, *view.span_chars(min(aim, t.i), max(aim, t.i) + 1)), None
    if confirmish and _hedged_verb(view, t):
        return None  # "Figures from the port appear to confirm this", "Cijfers lijken dat te bevestigen": a
        # confirmation the sentence itself hedges confirms nothing
    if ctype in CONFIRMING_CUES and not own_cue:
        if word_in(t, lang.words("clause_only_cues")):
            return None  # "staff had accepted jobs in Corby": "accept" admits only with a clause ("accepts that")
        obj = next((c for c in t.children if c.dep_ in view.deps.object and (c.pos_ == "NOUN" or c.pos_ == "VERB" and any(
                    g.dep_ in view.deps.determiner for g in c.children))  # ("het overlijden": a verb as a noun)
                    and c.lower_ not in lang.words("anaphoric_pronouns")
                    and norm_lemma(c) not in lang.words("report_nouns")), None)
        return "confirmed", span, None if obj is None else (obj.lower_, norm_lemma(obj))
    if not ctype and confirmish and not own_cue and _agentless_confirmation(view, t):
        return "confirmed", span, None  # "That has since been confirmed", "Dat is inmiddels bevestigd": the
        # reporter says that what the pronoun points back at is confirmed
    if ctype in ("deny", "dispute") and _negation_of(view, t, negs) is not None:
        return None  # "could neither confirm nor deny", "ontkent het niet": no denial (the non-confirmation, if
        # any, is found on the confirmation word)
    if ctype == "deny":
        return "denied", span, None
    if ctype == "dispute":
        return "disputed", span, None
    return None


def _agentless_confirmation(view: TextView, t) -> bool:
    """The confirmation word is a passive without an agent whose subject is one of the language's
    ``anaphoric_pronouns`` and which has no clause of its own ("That has since been confirmed", "Dit is inmiddels
    bevestigd"; not "It was confirmed that …", whose clause is what was confirmed, nor "Two cases were confirmed",
    a count)."""
    deps, anaphors = view.deps, view.lang.words("anaphoric_pronouns")
    kids = view.children(t.i)
    return any(view.dep[c] in deps.passive_auxiliary for c in kids) \
        and any(view.dep[c] in deps.passive_subject and view.lowers[c] in anaphors for c in kids) \
        and not any(view.dep[c] in deps.clausal_complement for c in kids)


def _prenominal_participle(view: TextView, i: int) -> bool:
    """The word at i is a participle without an auxiliary right before a noun the parser hung on it as its object
    ("surpasses one million confirmed infections", "de bevestigde besmettingen" misread): an adjective on that
    noun, however the parser read it."""
    deps, dep = view.deps, view.dep
    return "Part" in view.verb_forms[i] and i + 1 < len(view.pos) and view.pos[i + 1] == "NOUN" \
        and view.heads[i + 1] == i and dep[i + 1] in deps.object \
        and not any(dep[c] in deps.any_auxiliary for c in view.children(i))


def _hedged_verb(view: TextView, t) -> bool:
    """The verb is the infinitive of a hedge of the language (``hedges``: "appears to confirm", "lijken te
    bevestigen", "seem to back")."""
    markers = view.lang.words("infinitive_markers")
    if t.head.i == t.i or not (t.dep_ in view.deps.open_complement or t.dep_ in view.deps.clausal_complement
                               and any(c.lower_ in markers for c in t.children)):
        return False  # (the infinitive under the verb, also when parsed as a clause: "lijken dat te bevestigen")
    hedges, head = view.lang.words("hedges"), t.head.lower_
    return head in hedges or f"{head} to" in hedges or view.lemmas[t.head.i] in hedges


def _after_comparative(view: TextView, t) -> bool:
    """The word follows a comparative marker of the language (``comparative_markers``: "than", "dan"), at most
    one adverb between: "more infections than (officially) confirmed" measures against a count."""
    doc, markers = view.doc, view.lang.words("comparative_markers")
    k = t.i - 1
    if k >= 0 and (doc[k].pos_ == "ADV" or doc[k].dep_ in view.deps.adverbial_modifier) \
            and doc[k].lower_ not in markers:
        k -= 1
    return k >= 0 and doc[k].lower_ in markers


def _negation_of(view: TextView, t, negs: list):
    """The negation that belongs to the verb ``t``: its dependent, a dependent of its auxiliary chain, or just
    before it ("has not confirmed", "heeft … niet bevestigd", "bevestigt het niet"; not "confirmed X and said …
    not")."""
    found = next((n for n in negs if n.head.i == t.i or (n.head.i == t.head.i and t.dep_ in view.deps.any_auxiliary)
                  or 0 < t.i - n.i <= 3 or n.i == t.i + 1 and n.pos_ == "CCONJ"), None)
    # (a negative coordinator right after it: "bevestigen noch ontkennen", "to confirm nor deny")
    refusal = view.refusal_of(t.i) if found is None else None
    if refusal is not None:
        return view.doc[refusal]  # "declined to confirm the report", "weigerde het bericht te bevestigen"
    return found


def _negation_span(view: TextView, neg, t) -> Span:
    """From the negation to the word it negates, with a negation phrase's first word ("nog niet", "yet to")."""
    a = min(neg.i, t.i)
    if a > 0 and f"{view.doc[a - 1].lower_} {view.doc[a].lower_}" in view.lang.words("negations"):
        a -= 1
    b = max(neg.i, t.i)
    return Span.of(view.text, view.doc[a].idx, view.doc[b].idx + len(view.doc[b]))


def _ours(view: TextView, noun) -> bool:
    """'this agency', 'deze redactie': a noun the article uses for itself."""
    return any(d.dep_ in view.deps.determiner and d.lower_ in view.lang.words("press_determiners") for d in noun.children)


def _reporters_witness(view: TextView, idx: list[int]) -> tuple[Span | None, bool]:
    """The reporter's own eyes: "AP journalists who reached the site saw four burned-out tanks", "Verslaggevers
    van deze krant zagen …" — a perception verb whose subject is the press; and whether it is a document the press
    has seen ("Council papers, seen by this newspaper, show …", "het dossier, dat deze krant heeft ingezien")."""
    press, witness_verbs = view.lang.words("reporter_nouns"), view.lang.words("witness_verbs")
    lowers, lemmas = view.lowers, view.lemmas
    for i in idx:
        if not (lowers[i] in witness_verbs or lemmas[i] in witness_verbs):  # (``view.word_in``)
            continue
        t = view.doc[i]
        # documents the press has seen: "Council papers, seen by this newspaper, show …", "stukken die deze krant
        # inzag" (the object of a relative clause in the parse)
        agent = next((c for c in t.children if (c.dep_ in view.deps.agent or (c.dep_ in view.deps.object and t.dep_ in view.deps.relative_clause))
                      and (word_in(c, press) or _ours(view, c))), None)
        if agent is not None:
            return Span.of(view.text, min(t.idx, agent.left_edge.idx), max(t.idx + len(t), agent.idx + len(agent))), True
        subj = next((c for c in t.children if c.dep_ in view.deps.nominal_subject), None)
        if subj is None:  # the parse lost the subject: the press opening the sentence ("AP journalists who …")
            start = view.sentences[view.sentence_of[t.i]][0]
            subj = next((x for x in view.doc[start:min(t.i, start + 3)] if x.lower_ in press), None)
        if subj is not None and word_in(subj, press):
            a = min(x.idx for x in subj.subtree if x.i <= subj.i)
            return Span.of(view.text, a, t.idx + len(t)), t.dep_ in view.deps.noun_clause  # "dossier dat deze krant inzag"
    return None, False


