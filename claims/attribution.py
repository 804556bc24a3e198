"""Attribution: from a parsed article and its quotes to statements with a cue and a speaker mention.

Rules over the dependency parse, backed by the cue lexicon and word order so that the usual parser mistakes on
news text (an inverted subject parsed as object, a split sentence) do not lose the speaker:

1. every cue verb outside quotes yields its reported content — a complement clause ("zegt dat …", "said …"),
   an infinitival complement ("meldde … te hebben …"), the clause before a trailing cue ("…, zegt X."), or the
   previous sentence for an anaphoric cue ("Dat heeft het leger bekendgemaakt."). Content that is a quote
   attributes that quote (direct); content with a partial quote inside is mixed;
2. "volgens X", "aldus X", "according to X" attribute the rest of their sentence (or the quote they follow);
3. colon frames attribute the quote after them ("Roethof: 'Het is bizar'"), also in headlines without marks;
4. quotes still without a source take the speaker of the adjacent attributed statement (floating quotes);
   short quotes with no verb and no cue (scare quotes, titles) are dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import compress, count
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Token

from .lang import LangData, given_names, long_nouns
from .model import Claim, Cue, Span
from .quotes import Quote, line_spans
from .parse import sentence_cased
from .phrases import matches, range_indices
from .registry import Registry
from .syntax import deps_of
from .textview import (BULLETS, FINAL_PUNCT, QUOTE_CHARS, WIRE_KICKER, TextView, _postmodifiers, given_name,
                       name_gender_at, norm_lemma, per_token)



RULES = Registry("attribution", {
    "governed": "the content is a clause a cue verb governs (its complement), where a hedge inside speaks for the "
                "speaker",
    "complement_clause": "the content is the cue's complement clause, with or without a complementizer",
    "framed": "a heading or colon frame gives the source ('Mayor: …', a headline's 'X:')",
    "headline": "found in a headline line",
    "colon_frame": "a colon frame in the running text",
    "anaphoric": "the content is a sentence before the cue, pointed at by a demonstrative ('Dat meldde …')",
    "cue_borrowed": "the statement has no cue of its own: it borrows a neighbour's speaker",
    "reported": "a reportive construction of no named speaker ('zou … hebben', 'is reported to')",
    "nested": "the statement lies inside another source's quote, whose words report it",
    "noun_content": "the content is a noun phrase, not a clause ('confirmed the rescue of two kayakers')",
    "object_predicate": "the content is an object with what the cue says of it ('called the plan a disgrace')",
})
for _name, _doc, _traits, _feature in (
    ("complement", "A cue verb's complement clause without a complementizer ('said the plan was late', "
     "'zegt: …').", ("governed", "complement_clause"), "complement"),
    ("complementizer", "A cue verb's complement clause opened by a complementizer ('said that …', 'zegt dat …').",
     ("governed", "complement_clause"), "complementizer"),
    ("infinitive", "A cue verb's infinitival complement ('meldde de aanslag te hebben gepleegd', 'claimed to "
     "have …').", ("governed",), "infinitive"),
    ("trailing", "The clause or quote before a trailing cue ('…, zegt X.', '…, she said.').", (), "trailing"),
    ("anaphoric", "The sentence before a cue that points back at it ('Dat heeft het leger bekendgemaakt.').",
     ("anaphoric",), "anaphoric"),
    ("source", "A source phrase ('volgens X', 'aldus X', 'according to X') attributes its sentence or the quote "
     "it follows.", (), "source"),
    ("adjacent", "A quote beside a cue clause of no content of its own ('X said: \"…\"', '\"…\" X said').", (),
     "adjacent"),
    ("colon", "A colon frame in the running text ('Roethof: \"Het is bizar\"'), or a dash credit after a quote "
     "that opens its line ('\"…\" — Ann Berg, mayor').", ("framed", "colon_frame"), "colon"),
    ("headline", "A headline line 'Source: words' or 'Words: source' (mixed when a quoted word stands in the words: "
                 "\"Survey: most commuters 'unhappy' with timetable\").", ("framed", "headline"), "headline"),
    ("floating", "A quote of no cue takes the speaker of the attributed statement next to it.", ("cue_borrowed",),
     "floating"),
    ("neighbour", "A quote of no cue after a paragraph that introduces its speaker by name.", (), "neighbour"),
    ("issued", "A quote after the colon that ends a sentence in which a source issues a document ('The palace "
     "issued a statement: \"…\"', 'Het bedrijf verspreidde de volgende verklaring: \"…\"'): the issuer, or whom the "
     "document is from ('the following statement from its chairman:').", (), None),
    ("interview", "In an interview, an answer after a question speaks for the interviewee.", (), "interview"),
    ("interviewee", "In an interview, a quote nobody else is given speaks for the interviewee.", (), None),
    ("unattributed", "A statement quote with no source found.", (), "unattributed"),
    ("hedged_report", "A reportive hedge on the cue of an attributed statement ('Investigators reportedly believe "
     "…'), or on the verb of the sentence that holds it ('X reportedly posted messages suggesting …'): the whole "
     "sentence, of no named source, with the statement nested in it.", ("reported",), None),
):
    RULES.declare(_name, _doc, _traits, _feature)


@dataclass(frozen=True)
class CueEntry:
    lemma: str  # the lexicon form: "zeggen", "bekendmaken", "laten weten"
    type: str
    base: str  # the lemma of the inflected verb token
    partner: str = ""  # separable particle ("bekend") or partner verb ("weten")
    separable: bool = False


@lru_cache(maxsize=None)
def cue_lexicon(lang: LangData) -> dict[str, list[CueEntry]]:
    """Cue entries by the lemma of the verb token that carries them."""
    by_base: dict[str, list[CueEntry]] = {}
    for ctype, words in lang["cue_verbs"].items():
        for word in words:
            if "|" in word:
                parts = word.split("|")
                base, partner = parts[-1], "".join(parts[:-1])
                entries = [CueEntry(partner + base, ctype, base, partner, True),
                           CueEntry(partner + base, ctype, partner + base)]
            elif "+" in word:
                base, partner = word.split("+", 1)
                entries = [CueEntry(f"{base} {partner}", ctype, base, partner)]
            else:
                entries = [CueEntry(word, ctype, word)]
            for entry in entries:
                bucket = by_base.setdefault(entry.base, [])
                if entry not in bucket:
                    bucket.append(entry)
    return by_base


def _lexicon_entries(token: Token, lexicon: dict[str, list[CueEntry]]) -> list[CueEntry] | None:
    """The cue entries of a token's lemma, else of its form."""
    return lexicon.get(norm_lemma(token)) or lexicon.get(token.lower_)


def guess_lemmas(word: str, lang: LangData) -> list[str]:
    """Candidate lemmas from the language's regular inflection rules (data: ``lemma_rules``, ``lemma_prefixes``)."""
    forms = []
    irregular = lang.get("irregular_lemmas", {}).get(word)
    if irregular:
        forms.append(irregular)  # "laat", "liet" → "laten": no suffix rule undoes a vowel change
    stems = [word] + [word[len(p):] for p in lang.get("lemma_prefixes", []) if word.startswith(p) and len(word) > len(p) + 3]
    for stem in stems:
        forms.append(stem)
        for suffix, replacement in lang.get("lemma_rules", []):
            # (a short ending needs three letters of stem before it; an ending of four letters holds its own vowel:
            # "vr|eest" → "vrezen", "w|ijst" → "wijzen")
            rest = len(stem) - len(suffix)
            if stem.endswith(suffix) and (rest > 2 or len(suffix) > 3 and rest > 0):
                forms.append(stem[: len(stem) - len(suffix)] + replacement)
    return forms


@lru_cache(maxsize=65536)
def _guessed(word: str, lang: LangData) -> tuple[str, ...]:
    """``guess_lemmas``, remembered by word and language (a pure function of the two)."""
    return tuple(guess_lemmas(word, lang))


def _lemma_at(view: TextView, i: int, words: frozenset[str]) -> str | None:
    """The lemma of the view's token i if it is one of ``words``, also when the lemmatizer missed it ("blamed" →
    "blam"): its lemma, its word or an undone inflection of it."""
    lemma, lower = view.lemmas[i], view.lowers[i]
    if lemma in words:
        return lemma
    if lower in words:
        return lower
    memo = view.__dict__.get("_claims_guessed")  # (``_guessed`` of the text's forms, kept on the view: the
    if memo is None:  # rules ask a word's undone inflections again and again)
        memo = view.__dict__["_claims_guessed"] = {}
    guesses = memo.get(lower)
    if guesses is None:
        guesses = memo[lower] = _guessed(lower, view.lang)
    return next((f for f in guesses if f in words), None)


def _verb_read_as_possessive(view: TextView, k: int) -> bool:
    """Token k is a word of the language that is both a finite verb and a possessive (``verb_possessive_homographs``:
    "zijn", "are" and "his") right after a name or a comma, where a fronted phrase wants its verb: the verb,
    whatever the tagger read ("Volgens Jan de Boer zijn muizen geen kleine mensen")."""
    return view.lowers[k] in view.lang.words("verb_possessive_homographs") and k > 0 \
        and (view.pos[k - 1] == "PROPN" or view.texts[k - 1] == ",")


def _finite(tok: Token) -> bool:
    """A finite verb or auxiliary by the tagger's part of speech and morphology."""
    return tok.pos_ in ("VERB", "AUX") and "Fin" in tok.morph.get("VerbForm")


def _has_finite(tokens) -> bool:
    """Tokens that make a clause: a finite form or an auxiliary among them."""
    return any("Fin" in t.morph.get("VerbForm") or t.pos_ == "AUX" for t in tokens)


CUE_POS = ("VERB", "AUX", "NOUN", "ADJ")  # the parts of speech a cue can have (``cue_of``)
_CUE_POS_SET = frozenset(CUE_POS)


def _passive(view: TextView, token: Token) -> bool:
    """The verb is passive: a passive auxiliary, or a passive subject and no active one (a dateline the parser hung
    on the verb as its passive subject does not make "American media reported" passive)."""
    if token.doc is not view.doc:
        view = TextView(token.doc, view.lang)  # (a token of another text: that text's table)
    deps, dep = view.deps, view.dep
    children = view.children(token.i)
    if any(dep[c] in deps.passive_auxiliary for c in children):
        return True
    return any(dep[c] in deps.passive for c in children) and not any(
        dep[c] in deps.subject and dep[c] not in deps.passive_subject for c in children) \
        and not _trailing_misread_as_passive(view, token.i) and not _reporting_misread_as_passive(view, token.i)


def _bare_passive_subject(view: TextView, i: int) -> int | None:
    """The "passive subject" before a past form read as a passive participle with no auxiliary at all, else None."""
    deps, dep = view.deps, view.dep
    children = view.children(i)
    if any(dep[c] in deps.any_auxiliary for c in children) or "Past" not in view.tenses[i]:
        return None
    return next((c for c in children if dep[c] in deps.passive_subject and c < i), None)


def _reporting_misread_as_passive(view: TextView, i: int) -> bool:
    """A past form read as a passive participle with its "passive subject" before it and no auxiliary at all,
    that governs a reported clause ("Minister Reed announced today that …", the name parsed as a passive
    subject): active whatever the parse (a headline's passive, "Mayor's death confirmed", governs none)."""
    return _bare_passive_subject(view, i) is not None \
        and any(view.dep[c] in view.deps.clausal_complement and c > i for c in view.children(i))


def _trailing_misread_as_passive(view: TextView, i: int) -> bool:
    """A past form read as a passive participle with its "passive subject" and no auxiliary at all, where that
    subject's noun phrase opens right after a comma and stands right before the verb ("…, her record label
    announced on Tuesday."): a trailing cue and its source, active whatever the parse (a passive with no
    auxiliary is a headline's, "Mayor's death confirmed", or a participle on a noun, which has no subject). The
    same holds when the parser gave the participle an active subject ("…, the broadcaster reported.", the form
    read as a participle, the noun as its subject)."""
    subject = _bare_passive_subject(view, i)
    if subject is None and "Part" in view.verb_forms[i] and "Past" in view.tenses[i] \
            and not any(view.dep[c] in view.deps.any_auxiliary for c in view.children(i)):
        subject = next((c for c in view.children(i) if view.dep[c] in view.deps.nominal_subject and c < i), None)
    if subject is None:
        return False
    a, b = view.np_range(view.doc[subject])
    return b == i and a > 0 and view.texts[a - 1] == ","


def lexical_cues(view: TextView) -> list[bool]:
    """For every token of the text, whether it has a cue's part of speech and passes ``cue_of``'s first test (an
    entry by lemma, form or undone inflection, or a report noun), read from the view's lists once per text (kept on
    the view): every other token's ``cue_of`` is None, found without making its Token. A form's undone inflections
    are tried once per form of the text."""
    found = view.__dict__.get("_claims_lexical_cues")
    if found is not None:
        return found
    lang, lexicon = view.lang, cue_lexicon(view.lang)
    reports = lang.words("report_predicates")
    participles = lang.get("participle_lemmas", {})  # ("bekend": a participle whose form hides its verb)
    lemmas, lowers, pos = view.lemmas, view.lowers, view.pos
    found = view.__dict__["_claims_lexical_cues"] = [False] * len(pos)
    guessed: dict[str, bool] = {}  # whether a form's undone inflections hold an entry, once per form of the text
    # (``_may_be_cue``'s tests one after another, the dearest last)
    for i in compress(count(), map(_CUE_POS_SET.__contains__, pos)):  # (no other word is a cue, whatever its
        lemma, lower = lemmas[i], lowers[i]  # entries)
        if lemma in lexicon or lower in lexicon:
            found[i] = True
            continue
        hit = guessed.get(lower)
        if hit is None:
            hit = guessed[lower] = any(f in lexicon for f in _guessed(lower, lang))
        if hit or pos[i] == "NOUN" and (lemma in reports or lower in reports) or lower in participles:
            found[i] = True
    return found


def _lexical_cue_indices(view: TextView) -> list[int]:
    """The indices, in order, of the tokens ``lexical_cues`` marks (kept on the view)."""
    found = view.__dict__.get("_claims_lexical_cue_indices")
    if found is None:
        found = view.__dict__["_claims_lexical_cue_indices"] = list(compress(count(), lexical_cues(view)))
    return found


def _may_be_cue(lemma: str, lower: str, noun: bool, lang: LangData, lexicon: dict, reports: frozenset[str]) -> bool:
    """``cue_of``'s first test: an entry by lemma, form or undone inflection, or a report noun (``reports``, the
    language's ``report_predicates``)."""
    return lemma in lexicon or lower in lexicon or any(f in lexicon for f in _guessed(lower, lang)) \
        or noun and (lemma in reports or lower in reports) or lower in lang.get("participle_lemmas", {})


def _function_verb(view: TextView, i: int) -> bool:
    """The word at ``i`` is an auxiliary or copula of another verb, by the parse — unless the tagger calls it a
    finite lexical verb that the parser hung on the next clause's verb as its auxiliary ("The club warns the
    stadium will close", "warns" read as the auxiliary of "close", its subject still its own): that one is a
    verb of its own."""
    deps = view.deps
    if view.dep[i] not in deps.function_verb:
        return False
    return not (view.pos[i] == "VERB" and view.dep[i] in deps.auxiliary and "Fin" in view.verb_forms[i]
                and any(view.dep[c] in deps.subject and c < i for c in view.children(i)))


@per_token
def cue_of(token: Token, view: TextView) -> CueEntry | None:
    """The lexicon entry this token is a cue for, or None."""
    lang, lexicon = view.lang, cue_lexicon(view.lang)
    if token.doc is not view.doc:  # (a token of another text: that text's table)
        if not _may_be_cue(norm_lemma(token), token.lower_, token.pos_ == "NOUN", lang, lexicon,
                           lang.words("report_predicates")):
            return None  # no entry by lemma, form or undone inflection, and no report noun: none of the tests
            # below can give one (tried first: most words settle here, without the parse relations)
        view = TextView(token.doc, lang)
    elif not lexical_cues(view)[token.i]:  # (the view's lists: the test above for every token of the text)
        return None
    i = token.i
    deps, dep, pos, lower, lemma = view.deps, view.dep[token.i], view.pos[i], view.lowers[i], view.lemmas[i]
    if pos not in CUE_POS or _function_verb(view, i) or _inside_a_name(view, i) or _elliptic_comparison(view, i) \
            or _free_relative_object(view, i) or _adverbial_participle(view, i) or _noun_after_preposition(view, i):
        return None
    if dep in deps.clausal_modifier and _origin_participle(view, i, view.heads[i]):
        return None  # "Figures published by NHS England show …": the participle names the figures' origin
    if pos == "VERB" and dep in deps.core_nominal and "Fin" not in view.verb_forms[i]:
        return None  # a noun the tagger took for a verb, used as a subject or object: "her radio show aired …" (a
        # finite form is a verb whatever the parse: "…, vertelden omwonenden" parsed as a subject)
    if dep in deps.adjectival_modifier and not _finite_before_complementizer(token, view) \
            and not _finite_before_bare_clause(token, view) and _quote_before(view, token, " ,") is None \
            and not any(view.dep[c] in deps.nominal_subject and c < i for c in view.children(i)) \
            and not ("Fin" in view.verb_forms[i] and _inverted_after_comma(view, i)):
        return None  # "de bevestigde cijfers" (but "De club bevestigde zondagavond dat …" parsed as amod, and
        # "…, zeggen Amerikaanse functionarissen." with the finite verb hung on the source as an adjective, and
        # '"…" tweeted Mayor Sadiq Khan' with the verb read as an adjective on the name after a closing quote, and
        # "Anna Caldor cautioned justice does not …" with the verb read as an adjective but given its subject)
    if pos in ("NOUN", "ADJ") and dep not in deps.predicate_position \
            and not _final_cue_form(view, token) and not _inverted_cue_form(view, token) \
            and not _headline_cue_form(view, token) and not _gerund_read_as_adjective(view, i) \
            and not _anaphoric_predicate_form(view, i) and not _participle_read_as_adjective(view, i) \
            and not _cue_after_source_noun(view, i) \
            and lower not in lang.get("irregular_lemmas", {}) \
            and not (pos == "ADJ" and _quote_before(view, token, " ,") is not None):
        return None  # (an irregular verb form the tagger took for an adjective, "…, zo laat X weten", still is
        # a cue when its partner verb stands beside it: the entry test below)
    if _passive(view, token):
        agent_preps, lowers, children = lang.words("passive_agent_prepositions"), view.lowers, view.children
        if not any(view.dep[c] in deps.agent or any(lowers[g] in agent_preps for g in children(c))
                   for c in children(i)) and lemma not in lang.words("stative_passive_cues"):
            return None  # (but "is ervan overtuigd dat …", "is convinced that …": the subject holds the view)
    entries = _entries_of(lemma, lower, lang, lexicon)
    if not entries and _participle_read_as_adjective(view, i):  # "heeft bekend dat …": "bekennen"
        entries = lexicon.get(lang.get("participle_lemmas", {}).get(lower, ""))
    if not entries and _report_predicate(view, token):
        return CueEntry(lemma, "speech", lemma)  # "Dat is de conclusie van …"
    if not entries:
        return None
    own = {view.lowers[c] for c in view.children(i) if view.dep[c] in deps.particle and c > i}
    if own:  # the verb's own parsed particle chooses among its separable entries first: "gaf … aan de rechercheurs
        # toe dat …" is "toegeven", whatever preposition stands between
        chosen = next((entry for entry in entries if entry.partner and entry.separable and entry.partner in own), None)
        if chosen is not None:
            return chosen
    plain = None
    for entry in entries:
        if entry.partner:
            if _has_partner(token, entry, view):
                return entry
        else:
            plain = entry
    if plain is not None and any(view.dep[c] in deps.particle and c == i + 1
                                 and view.lowers[c] in lang.words("phrasal_particles") for c in view.children(i)):
        return None  # another verb with its particle right after it: "showed up to work"
    if plain is not None and lang.get("verb_second") and _foreign_particle(view, i, plain):
        return None  # a separable verb that is no cue: "stelde een afzetting in" (instellen, not stellen),
        # "zegde de afspraak af" (the cue's own particles are its partner entries, asked above)
    if plain is not None and plain.lemma in lang.words("document_only_cues") and not _said_by_document(view, i):
        return None  # "The club's statement read: …", but not "The sign read 'Closed'" nor "she has read the stories"
    return plain


def _foreign_particle(view: TextView, i: int, plain: CueEntry) -> bool:
    """The verb at ``i`` has a separable particle after it that is not its own ("stelde een zone in": the
    verb is "instellen", not the cue "stellen"): parsed as its particle, in its quote, not a prefix of the entry's
    lemma, and standing where a particle stands, at the end of its clause (punctuation, a conjunction or a
    subordinate clause's opening after it; "in het kader van", a preposition before its noun, is no particle).
    None of the verb's particles may be its own ("kondigde … in het kader van … aan")."""
    deps, dep, pos = view.deps, view.dep, view.pos
    particles = [c for c in view.children(i) if dep[c] in deps.particle and c > i and pos[c] == "ADP"
                 and view.quote_of[c] == view.quote_of[i]]
    if not particles or any(plain.lemma.startswith(view.lowers[c]) for c in particles):
        return False
    n = len(pos)
    return any(c + 1 >= n or pos[c + 1] in ("PUNCT", "CCONJ", "SCONJ") or view.lowers[c + 1] in
               view.lang.union("purpose_markers", "infinitive_markers") for c in particles)


def _adverbial_participle(view: TextView, i: int) -> bool:
    """The verb form at ``i`` is non-finite and parsed as an adverbial modifier: a participle used as an adverb
    ("niet bepaald goed", hardly good; "eerlijk gezegd"), no verb of saying."""
    return view.pos[i] == "VERB" and view.dep[i] in view.deps.adverbial_modifier and "Fin" not in view.verb_forms[i]


def _noun_after_preposition(view: TextView, i: int) -> bool:
    """The verb form at ``i`` stands right after a preposition outside quotes (a word, not an infinitive marker):
    a noun ("de advocaat van beschuldigde X", of the accused X), not "…, beschuldigde X" (X accused)."""
    return view.pos[i] == "VERB" and i > 0 and view.pos[i - 1] == "ADP" and view.quote_of[i - 1] < 0 \
        and view.lowers[i - 1] not in view.lang.words("infinitive_markers") and view.texts[i - 1].isalpha()


def _free_relative_object(view: TextView, i: int) -> bool:
    """The verb at ``i`` has a free relative pronoun of the language (``free_relative_pronouns``) for its object
    before it: "…, ahead of what she describes as a 'crucial weekend'", "wat hij omschrijft als …" names a thing
    by the source's word; it reports no clause, and the clause before it is not the source's."""
    words = view.lang.words("free_relative_pronouns")
    lowers = view.lowers
    if not any(lowers[k] in words for k in range(max(0, i - 8), i)):
        return False  # (the pronoun stands within a few words before the verb: no parse read otherwise)
    kids = view.children(i)
    return any(0 < c < i and view.lowers[c] in words and view.dep[c] in view.deps.objects and view.quote_of[c] < 0
               and not view.puncts[c - 1] and any(c < s < i and view.dep[s] in view.deps.subject for s in kids)
               for c in kids)  # (the pronoun opens the clause: its subject between, and the verb; not after a
    # comma, where it stands for the clause before: "…, wat zijn familie ontkent" is a denial of it)


def _elliptic_comparison(view: TextView, i: int) -> bool:
    """The verb at ``i`` completes a comparison with no subject of its own, right after the language's
    ``comparative_markers`` (one adverb may stand between): "more cases than (previously) reported", "hoger dan
    verwacht" — a measure, not a report."""
    k = i - 1
    if k > 0 and view.pos[k] == "ADV":
        k -= 1
    return k >= 0 and view.lowers[k] in view.lang.words("comparative_markers") \
        and not any(view.dep[c] in view.deps.subject for c in view.children(i))


def _participle_read_as_adjective(view: TextView, i: int) -> bool:
    """An adjective with a perfect auxiliary of its own ("De man heeft bekend dat …", the language's
    ``perfect_auxiliaries``): the tagger's reading of a past participle ("bekend", known, for "bekend", confessed);
    or one that closes a relative clause with a relative pronoun and a subject of its own before it, and no copula
    ("…, which the union denied."): the clause's verb."""
    if view.pos[i] != "ADJ":
        return False
    auxiliaries, deps, dep = view.lang.words("perfect_auxiliaries"), view.deps, view.dep
    kids = view.children(i)
    return any(dep[c] in deps.any_auxiliary and view.lemmas[c] in auxiliaries and c < i for c in kids) or (
        any(dep[c] in deps.nominal_subject and c < i for c in kids) and not any(dep[c] in deps.copula for c in kids)
        and any(c < i and view.lowers[c] in view.lang.words("relative_pronouns") for c in kids))


def _inside_a_name(view: TextView, i: int) -> bool:
    """A capitalised word inside a sentence between two words of a name ("Sultan Said bin Taimur", "Edward Said
    Khan"): a name, not the cue it spells — unless its line is written in title case ("Police Say Three Dead")."""
    texts, n = view.texts, len(view.texts)
    if not texts[i][:1].isupper() or view.sent_starts[i] or i == 0 or i + 1 >= n:
        return False
    before, after = texts[i - 1], texts[i + 1]
    if not (before[:1].isupper() and before.isalpha() and (after[:1].isupper() and after.isalpha()
                                                          or view.lowers[i + 1] in view.lang.words("name_particles"))):
        return False
    a, b = view.sentences[view.sentence_of[i]]
    words = [w for w in texts[a:b] if w.isalpha() and len(w) > 3]
    return sum(w[:1].isupper() for w in words) < 0.6 * len(words)


def _said_by_document(view: TextView, i: int) -> bool:
    """The verb at token i has a document as its subject, or is the verb the parser hung on a document noun
    ("The club's official statement yesterday read …")."""
    documents, deps = view.lang.words("document_nouns"), view.deps
    return any(view.dep[c] in deps.subject and view.lemmas[c] in documents for c in view.children(i)) \
        or view.dep[i] in deps.clausal_modifier and view.lemmas[view.heads[i]] in documents \
        and not ("Part" in view.verb_forms[i] and "Past" in view.tenses[i]
                 and view.dep[view.heads[i]] not in deps.subject) \
        or _document_holding(view, i) is not None or _inverted_document(view, i)
    # (not "said in a statement read outside court that …": a participle on a document that is no subject)


def _inverted_document(view: TextView, i: int) -> bool:
    """'"…," read a statement from the council': the verb right after a quote's closing comma and mark, with a
    document noun right after it that the parser made its object (the verb read as an imperative): the inverted
    subject."""
    documents = view.lang.words("document_nouns")
    return i > 0 and view.quote_of[i - 1] >= 0 and view.quote_of[i] < 0 and any(
        view.dep[c] in view.deps.objects and view.lemmas[c] in documents and i < c <= i + 3
        and all(view.pos[k] in ("DET", "ADJ") for k in range(i + 1, c)) for c in view.children(i))


def _document_holding(view: TextView, i: int) -> int | None:
    """The document noun the verb at token i places its words in ("In het rapport staat dat …", "Dat staat in een
    brief van …", "Dat valt te lezen in …": a phrase of the language's ``medium_prepositions`` and a
    ``document_nouns`` noun hung on the verb or on its partner infinitive), else None."""
    documents, media, deps = view.lang.words("document_nouns"), view.lang.words("medium_prepositions"), view.deps
    holders = [i, *(c for c in view.children(i) if view.dep[c] in deps.open_complement or view.pos[c] == "VERB")]
    return next((c for h in holders for c in view.children(h) if view.lemmas[c] in documents
                 and view.dep[c] in deps.oblique and any(view.lowers[g] in media for g in view.children(c))), None) \
        or _document_before_relative(view, i)


def _document_before_relative(view: TextView, i: int) -> int | None:
    """The document noun right before a relative adverb of place that the verb at token i carries ("stuurde een
    brief waarin staat dat …", the language's ``relative_locatives``)."""
    locatives = view.lang.words("relative_locatives")
    rel = next((c for c in view.children(i) if c < i and view.lowers[c] in locatives), None)
    if rel is None:
        return None
    k = rel - 1 if rel > 0 and view.texts[rel - 1] != "," else rel - 2
    return k if k >= 0 and view.lemmas[k] in view.lang.words("document_nouns") else None


def _report_predicate(view: TextView, token: Token) -> bool:
    """A noun of the language's ``report_predicates`` ("conclusie", "conclusion"), by lemma or form."""
    words = view.lang.words("report_predicates")
    if token.doc is not view.doc:
        return token.pos_ == "NOUN" and (norm_lemma(token) in words or token.lower_ in words)
    return view.pos[token.i] == "NOUN" and _report_predicate_word(view, token.i)


def _report_predicate_word(view: TextView, i: int) -> bool:
    """The view's token i is one of the language's ``report_predicates``, by lemma or form (any part of speech)."""
    words = view.lang.words("report_predicates")
    return view.lemmas[i] in words or view.lowers[i] in words


def _inverted_cue_form(view: TextView, token: Token) -> bool:
    """A lower-case word right after a comma and before a short source that ends the sentence ("…, bericht de
    Volkskrant."), in a language whose trailing cues stand before their subject (``verb_second``): a trailing cue
    verb the tagger took for a noun."""
    doc = view.doc
    if not view.lang.get("verb_second") or not token.is_lower or not token.is_alpha or token.i == 0 \
            or doc[token.i - 1].text != "," or token.i + 1 >= len(doc):
        return False
    end = next((k for k in range(token.i + 1, min(len(doc), token.i + 7)) if doc[k].text in FINAL_PUNCT), None)
    return end is not None and end > token.i + 1 and doc[token.i + 1].pos_ in ("DET", "PROPN") and all(
        t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or t.text[:1].isupper() for t in doc[token.i + 1:end])


def _inverted_after_comma(view: TextView, i: int) -> bool:
    """In a language whose trailing cues stand before their subject (``verb_second``), the word at token i follows
    a comma and only a short run of words follows it to the sentence's end, the last of them a common word
    ("…, zeggen getuigen.", "…, melden omwonenden."): a trailing cue and its source, whatever the tagger read."""
    if not view.lang.get("verb_second") or i == 0 or view.texts[i - 1] != ",":
        return False
    texts, lowers = view.texts, view.lowers
    end = next((k for k in range(i + 1, min(len(texts), i + 7)) if texts[k] in FINAL_PUNCT or view.puncts[k]), None)
    if end is None or end == i + 1 or texts[end] not in FINAL_PUNCT:
        return False
    closed = view.lang.union("complementizers", "relative_pronouns", "coordinators")
    return all(view.alphas[k] and lowers[k] not in closed and view.quote_of[k] < 0 for k in range(i + 1, end)) \
        and view.is_lowers[end - 1]


def _gerund_read_as_adjective(view: TextView, i: int) -> bool:
    """A lower-case word with a gerund ending (the language's ``gerund_suffixes``) right after a comma and right
    before a complementizer ("…, alleging that it kept selling …" with "alleging" tagged an adjective): a
    participle cue the tagger did not know."""
    texts = view.texts
    return 0 < i < len(texts) - 1 and texts[i - 1] == "," and view.is_lowers[i] \
        and view.lowers[i + 1] in view.lang.words("complementizers") \
        and view.lowers[i].endswith(tuple(view.lang.words("gerund_suffixes")))


def _final_cue_form(view: TextView, token: Token) -> bool:
    """A lower-case word that ends its sentence after a comma and a short source ("…, Radio North reports."): a
    trailing cue verb the tagger took for a noun."""
    doc = view.doc
    if not token.is_lower or not token.is_alpha or not (
            token.i + 1 < len(doc) and doc[token.i + 1].text in FINAL_PUNCT or _ends_headline(view, token.i)):
        return False  # (a headline has no full stop: "Ferry services halted after storm, coastguard confirms")
    before = doc[max(0, token.i - 6):token.i]
    comma = next((t.i for t in reversed(before) if t.text == ","), None)
    return comma is not None and all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "NUM") or t.text[:1].isupper()
                                     for t in doc[comma + 1:token.i]) and comma + 1 < token.i


def _ends_headline(view: TextView, i: int) -> bool:
    """Token i is the last word of the text's first line (a headline, which has no full stop)."""
    line_end = view.text.find("\n")
    line_end = len(view.text) if line_end < 0 else line_end
    return view.paragraph(view._starts[i]) == 0 and view.text[view._ends[i]:line_end].strip() == ""


def _anaphoric_predicate_form(view: TextView, i: int) -> bool:
    """The word at token i is a report predicate (the language's ``report_predicates``) right after a sentence
    that opens with an anaphoric pronoun, a copula and at most an article ("Dat zijn de uitkomsten van …", "That is
    the conclusion of …"): the predicate of that frame, whatever the parser hung it on."""
    if not _report_predicate_word(view, i):
        return False
    a_tok = view.sentences[view.sentence_of[i]][0]
    first = next((k for k in range(a_tok, i) if not view.spaces[k] and not view.puncts[k]), None)
    if first is None or view.lowers[first] not in view.lang.words("anaphoric_pronouns") or first + 1 >= i:
        return False
    if view.lemmas[first + 1] not in view.lang.words("copula_lemmas"):
        return False
    return all(view.pos[k] == "DET" for k in range(first + 2, i))


def _headline_cue_form(view: TextView, token: Token) -> bool:
    """"Council confirms school will close in July": in a headline (the text's first line, no full stop) a
    present-tense cue the tagger took for a plural noun, right after a name or noun and before a clause (a name or
    noun, then a finite verb or auxiliary, within four words). In the body: ``_named_source_present_cue``."""
    i, pos, lowers = token.i, view.pos, view.lowers
    if not (0 < i < len(pos) - 2):
        return False
    if _named_source_present_cue(view, i):
        return True
    if view.paragraph(token.idx) != 0:
        return False
    line_end = view.text.find("\n")
    line = view.text[:line_end if line_end >= 0 else len(view.text)].rstrip()
    if not token.is_lower and not (view.lang.get("title_case_headlines") and sentence_cased(line) != line):
        return False  # (in a Title Case headline, "Council Confirms School Will Close", every word is capitalised)
    if line[-1:] in FINAL_PUNCT or not any(lowers[i].endswith(x) for x in view.lang.words("present_verb_suffixes")):
        return False
    if pos[i - 1] not in ("NOUN", "PROPN"):
        return False
    after = range(i + 1, min(len(pos), i + 5))
    nominal = next((k for k in after if pos[k] in ("NOUN", "PROPN", "PRON")), None)
    return nominal is not None and any(
        pos[k] in ("VERB", "AUX") and "Fin" in view.verb_forms[k] for k in range(nominal + 1, min(len(pos), nominal + 4)))


def _named_source_present_cue(view: TextView, i: int) -> bool:
    """"The Harbour Gazette reports the ferry has been sold.", "Rudaw reports …": in the body, a lower-case
    present-tense cue (the language's ``present_verb_suffixes``) the tagger took for a plural noun, right after a
    named source that opens its sentence or clause (capitalised words, an article before them; a single word a
    proper noun) and before a clause: a complementizer or a noun phrase (articles, numbers, adjectives, names and
    nouns only), then a finite verb or auxiliary in the sentence whose subject the parser made the cue word or a word
    of that noun phrase. Not "Police reports show …" (a verb right after it), "Reports of gunfire …" (no source
    before it), nor "the annual reports list …"."""
    pos, lowers, texts, deps = view.pos, view.lowers, view.texts, view.deps
    if pos[i] != "NOUN" or not view.is_lowers[i] \
            or not any(lowers[i].endswith(x) for x in view.lang.words("present_verb_suffixes")):
        return False
    a, b = view.sentences[view.sentence_of[i]]
    opener = view.lang.union("coordinators", "complementizers")
    k = i - 1
    while k >= a and (texts[k][:1].isupper() and pos[k] in ("PROPN", "NOUN", "ADJ") or pos[k] == "DET" and (
            k == a or texts[k - 1] == "," or lowers[k - 1] in opener)):
        k -= 1
    start = k + 1
    if start == i or not (start == a or texts[k] == "," or lowers[k] in opener) or pos[i - 1] == "DET":
        return False
    names = [m for m in range(start, i) if pos[m] != "DET"]
    if not names or len(names) == 1 and pos[names[0]] != "PROPN":
        return False  # ("Weather reports the day before …": one common noun, capitalised as the sentence's first word)
    return _clause_after_cue_word(view, i, b)


def _cue_after_source_noun(view: TextView, i: int) -> bool:
    """A cue word the tagger took for a noun right after a common source noun, before its clause: in its bare form
    after a plural one (``_plural_source_present_cue``) or in the present after any (``_source_noun_present_cue``).
    ``cue_of`` and ``_reporting_cue`` both let it through."""
    return _plural_source_present_cue(view, i) or _source_noun_present_cue(view, i)


def _plural_source_present_cue(view: TextView, i: int) -> bool:
    """"A team of scientists report ancient farmers kept bees.", "Experts warn the dam could fail.": a lower-case
    cue word in its bare form (its own lemma) that the tagger took for a noun, right after a plural noun that is a
    source, and before a clause (as ``_named_source_present_cue`` asks it): the present tense after a plural
    subject."""
    pos, lowers = view.pos, view.lowers
    if pos[i] != "NOUN" or not view.is_lowers[i] or lowers[i] != view.lemmas[i] or i == 0 \
            or pos[i - 1] not in ("NOUN", "PROPN") or "Plur" not in view.doc[i - 1].morph.get("Number") \
            or not _source_like_at(view, i - 1):
        return False
    return _clause_after_cue_word(view, i, view.sentences[view.sentence_of[i]][1])


def _source_noun_present_cue(view: TextView, i: int) -> bool:
    """"…; however, its website notes that its hotline is still open": a lower-case present-tense cue (the language's
    ``present_verb_suffixes``) the tagger took for a noun, right after a common noun that is a source (a website,
    a report, a council), before a complementizer that opens a clause (not "notes that were leaked": a verb right
    after "that" makes it a relative pronoun)."""
    pos, lowers = view.pos, view.lowers
    b = view.sentences[view.sentence_of[i]][1]
    if pos[i] != "NOUN" or not view.is_lowers[i] or lowers[i] == view.lemmas[i] or i == 0 or i + 2 >= b \
            or not any(lowers[i].endswith(x) for x in view.lang.words("present_verb_suffixes")) \
            or pos[i - 1] != "NOUN" or not _source_like_at(view, i - 1) \
            or lowers[i + 1] not in view.lang.words("complementizers") \
            or lowers[i + 1] in view.lang.words("interrogative_complementizers") or pos[i + 2] in ("VERB", "AUX"):
        return False
    return _clause_after_cue_word(view, i + 1, b)


def _clause_after_cue_word(view: TextView, i: int, b: int) -> bool:
    """After the cue word at ``i`` a clause follows: an optional complementizer, a noun phrase (articles,
    numbers, adjectives, names, nouns and pronouns only), then a finite verb or auxiliary before token ``b`` whose
    subject the parser made the cue word or a word of that noun phrase."""
    pos, lowers, deps = view.pos, view.lowers, view.deps
    m = i + 1
    if m < b and lowers[m] in view.lang.words("complementizers") and pos[m] == "SCONJ":
        m += 1
    nominal = m
    while m < b and pos[m] in ("DET", "NUM", "ADJ", "PROPN", "NOUN", "PRON", "PART"):
        m += 1
    if m == nominal or not any(pos[k] in ("PROPN", "NOUN", "PRON") for k in range(nominal, m)):
        return False
    verb = next((k for k in range(m, b) if pos[k] in ("VERB", "AUX") and "Fin" in view.verb_forms[k]), None)
    if verb is None:
        return False
    subjects = [c for c in view.children(_clause_verb(view, verb)) if view.dep[c] in deps.subject]
    return any(c == i or nominal <= c < m for c in subjects) or not subjects and verb == m
    # (or a finite verb right after the noun phrase that the parser left with no subject at all: "scientists report
    # ancient farmers kept bees", "kept" hung on "farmers" as a modifier)


def _clause_verb(view: TextView, k: int) -> int:
    """The verb whose clause the word at ``k`` belongs to: an auxiliary's or copula's head (where the clause's
    subject hangs), else the word itself."""
    deps = view.deps
    return view.heads[k] if view.dep[k] in deps.any_auxiliary or view.dep[k] in deps.copula else k


def _finite_before_complementizer(token: Token, view: TextView) -> bool:
    """A verb form the parser made a modifier, with a subject before it and a complementizer soon after:
    "De club bevestigde zondagavond dat …"."""
    doc = token.doc
    comps = view.lang.words("complementizers")
    after = doc[token.i + 1:min(len(doc), token.i + 5)]
    return token.pos_ == "VERB" and token.i > 0 and doc[token.i - 1].pos_ in ("NOUN", "PROPN", "PRON") and any(
        t.lower_ in comps and t.pos_ == "SCONJ" for t in after)


def _finite_before_bare_clause(token: Token, view: TextView) -> bool:
    """A cue verb the parser made a modifier of the next noun, between a subject and a bare clause, in a language
    with ``bare_complements``: "A note from the council yesterday confirmed crews are clearing the road" (a noun,
    at most one adverb, the verb, a noun phrase of up to three words, then a finite verb); not "the newly
    confirmed cases rose", where a determiner comes first."""
    doc = token.doc
    i = token.i
    if not view.lang.get("bare_complements") or token.pos_ != "VERB" or i < 1:
        return False
    before = i - 1 if doc[i - 1].pos_ != "ADV" else i - 2
    if before < 0 or doc[before].pos_ not in ("NOUN", "PROPN", "PRON") and not (
            doc[before].text == "," and token.head.i < before and "Fin" in token.morph.get("VerbForm")) and not (
            doc[before].text == "," and "Past" in view.tenses[i] and _closes_relative_clause(view, before)):
        return False  # (or a finite verb hung on the subject before the comma that closes its relative clause:
        # "Two firms, which make towels, emphasized they …"; or a past form after that comma, whatever the parser
        # hung it on: "Mara Voss, who chaired the inquiry, cautioned change does not come quickly")
    for j in range(i + 1, min(len(doc), i + 5)):
        t = doc[j]
        if _finite(t):
            return j > i + 1 and doc[i + 1].pos_ in ("NOUN", "PROPN", "PRON", "DET", "NUM")
        if t.is_punct:
            return False
    return False


def _closes_relative_clause(view: TextView, c: int) -> bool:
    """The comma at token c closes a relative clause or an apposition that a comma opened after a noun or name of
    the same sentence ("Mara Voss, who chaired the inquiry, …", "Mara Voss, a judge who led the inquiry, …"), with
    no other comma between them."""
    texts, lowers = view.texts, view.lowers
    relatives = view.lang.words("relative_pronouns")
    a = view.sentences[view.sentence_of[c]][0]
    k = next((k for k in range(c - 1, a, -1) if texts[k] == ","), None)
    return k is not None and k + 1 < c and view.pos[k - 1] in ("NOUN", "PROPN") and view.quote_of[k] < 0 \
        and (lowers[k + 1] in relatives or view.pos[k + 1] == "DET" and any(
            lowers[t] in relatives and view.pos[t] == "PRON" for t in range(k + 2, c)))


def _partner_forms(entry: CueEntry, lang: LangData) -> set[str]:
    """A cue's particle and its pronominal-adverb forms ("op" and "erop" for "op|wijzen")."""
    return {entry.partner} | {prefix + entry.partner for prefix in lang.words("pronominal_adverb_prefixes")}


def _has_partner(token: Token, entry: CueEntry, view: TextView) -> bool:
    words = _partner_forms(entry, view.lang) if entry.separable else {entry.partner}
    lowers, lemmas = view.lowers, view.lemmas
    for child in view.children(token.i):
        if lowers[child] in words or lemmas[child] in words:
            return True
    a, b = view.sentences[view.sentence_of[token.i]]
    lo, hi = (token.i + 1, min(b, token.i + 9)) if entry.separable else (max(a, token.i - 4), min(b, token.i + 6))
    return any(lowers[i] in words for i in range(lo, hi))


# ---------------------------------------------------------------------------------------------- records

@dataclass
class Attribution:
    """A cue or source phrase with its speaker mention (token range) and what it attributes."""

    cue_start: int
    cue_end: int
    cue_lemma: str
    cue_type: str
    speaker: tuple[int, int] | None  # token range of the speaker mention
    speaker_head: int | None
    negated: bool
    via: str
    sentence: tuple[int, int]  # character range of the sentence(s) holding the attribution


def _with_conjuncts(view: TextView, speaker: Token, rng: tuple[int, int],
                    content: tuple[int, int] | None) -> tuple[int, int]:
    """"Acme Foods and Brightway Dairy said …", "Bakkerij Jansen en Slagerij Smit zeggen …": a coordinated
    subject speaks as one; the mention covers every conjunct when all are names or nouns with only commas and
    coordinators between them."""
    deps, dep, heads = view.deps, view.dep, view.heads
    root = speaker.i
    while dep[root] in deps.conjunct and heads[root] < root:
        root = heads[root]
    conjuncts = [root] + [c for c in view.children(root) if dep[c] in deps.conjunct and c > root]
    if len(conjuncts) < 2:
        listed = _names_listed_before(view, rng[0])
        return (listed, rng[1]) if listed is not None and not any(given_name(t) for t in view.doc[listed:rng[1]]) \
            else rng
    if any(view.pos[c] not in ("PROPN", "NOUN") for c in conjuncts):
        return rng
    if root != speaker.i and any(dep[c] in deps.case_marker for c in view.children(root)):
        return rng  # "… found in the caves, and archaeologists have reported …": a phrase's object is no
        # co-speaker (the parser hung the subject of the next clause on it)
    ranges = [view.np_range(view.doc[c], stop=content) for c in conjuncts]
    a, b = min(r[0] for r in ranges), max(r[1] for r in ranges)
    if _stacked_titles(view, conjuncts) and not (content is not None and view._starts[a] < content[1]
                                                 and view._ends[b - 1] > content[0]):
        return min(a, rng[0]), max(b, rng[1])  # "zegt onderwijsminister en vicepremier Karel Bos": one person's
        # titles, coordinated before the one name
    if any(given_name(t) for t in view.doc[a:b]):
        return rng  # "Jan Smit and Piet de Vries said …": two people, each a source of their own elsewhere
    between = [t for t in view.doc[a:b] if not any(r[0] <= t.i < r[1] for r in ranges)]
    if any(not (t.is_punct and t.text == ",") and t.lower_ not in view.lang.words("coordinators") for t in between):
        return rng
    if content is not None and a < b and not (view.doc[b - 1].idx + len(view.doc[b - 1]) <= content[0]
                                              or view.doc[a].idx >= content[1]):
        return rng  # (never into the content)
    if speaker.i < b and b < len(view.doc) and _finite(view.doc[b]) and b > rng[1] and heads[root] != b:
        if not any(dep[c] in deps.case_marker for c in view.children(root)):
            return rng  # "…, zegt de politie en de omleiding kost een uur": the last "conjunct" opens a new clause
        # (not the verb the whole subject goes with: "Acme Foods, Brightway Dairy and Delta Farms said …"; nor
        # the verb after a list a preposition governs: "Volgens Jansen, Bakker en Visser is de huur te hoog")
    return min(a, rng[0]), max(b, rng[1])


def _stacked_titles(view: TextView, conjuncts: list[int]) -> bool:
    """Coordinated titles of one person ("onderwijsminister en vicepremier Karel Bos", "finance minister and deputy
    leader Ann Lee"): every conjunct but the last a bare common noun in lower case (no determiner, no name, nothing
    but its coordinator and modifiers of its own), and only the last one carries a proper name."""
    deps, pos = view.deps, view.pos
    *titles, last = conjuncts
    for t in titles:
        if pos[t] != "NOUN" or not view.texts[t][:1].islower() or any(
                view.dep[c] in deps.determiner or pos[c] == "PROPN" or view.dep[c] in deps.conjunct
                and c not in conjuncts for c in view.children(t)):
            return False
    return pos[last] == "NOUN" and any(pos[c] == "PROPN" and c > last for c in view.children(last))


def _names_listed_before(view: TextView, a: int) -> int | None:
    """The names listed before the phrase at token ``a``, from the start of its sentence ("Hawkins, Blankenship,
    and Carroll said …" with the last one parsed as the only subject): each one to three proper nouns, commas
    between them and a coordinator before the last. The list's first token, else None."""
    coordinators, pos = view.lang.words("coordinators"), view.pos
    k = a - 1
    if k < 0 or view.lowers[k] not in coordinators:
        return None
    k -= 1
    if k >= 0 and view.texts[k] == ",":
        k -= 1
    start = view.sentences[view.sentence_of[a]][0]
    names = 0
    while k >= start:
        n = 0
        while k >= start and pos[k] == "PROPN" and n < 3:
            k, n = k - 1, n + 1
        if n == 0:
            return None
        names += 1
        if k < start:
            break
        if view.texts[k] != ",":
            return None
        k -= 1
    return start if names >= 1 and k < start else None


def _cue(view: TextView, att: Attribution) -> Cue:
    return Cue(Span.of(view.text, att.cue_start, att.cue_end), att.cue_lemma)


def _speaker_span(view: TextView, att: Attribution) -> Span | None:
    if att.speaker is None:
        return None
    a, b = view.span_chars(*att.speaker)
    b = _source_postmodifier_end(view, att, b)
    kicker = WIRE_KICKER.match(view.text, a, b) if a == 0 or view.text[a - 1] == "\n" else None
    if kicker is not None and kicker.end() < b:
        a = kicker.end()  # "UPDATE 2-Bank says …": the wire's kicker is no part of the source
    a = _after_fronted_words(view, a, b, att.speaker_head)
    cut = _before_inquiry_phrase(view, a, b)
    if cut < b and (att.speaker_head is None or view._ends[att.speaker_head] <= cut):
        b = cut  # (only when the mention's head stands before the phrase)
    if a == att.cue_start and att.cue_end < b:  # "…, vertelden omwonenden" with the cue parsed into the mention
        a = att.cue_end
        while a < b and view.text[a] in " ,":
            a += 1
    if a < att.cue_start < b:  # "…, Radio North reports.": the cue verb tagged as a noun ran into the source's phrase
        head = view.doc[att.speaker_head].idx if att.speaker_head is not None else a
        if head <= att.cue_start:  # (the parse may even make the cue the phrase's head)
            b = att.cue_start
            while b > a and view.text[b - 1] in " ,":
                b -= 1
    return Span.of(view.text, a, b)


def _after_fronted_words(view: TextView, a: int, b: int, head: int | None) -> int:
    """The start of a named source's mention [a, b) after words of the sentence's opening that the parser ran into
    the name: the object of a fronted preposition ("During the debate | Farrow claimed …"), or a word that opens a
    run of names wrongly (``TextView.opens_names_wrongly``: "Afterwards | Marsh said …", "On Twitter | Marsh
    accused …")."""
    rng = view.span_range(a, b)
    if rng is None or head is None or view.pos[head] != "PROPN":
        return a
    lo, hi = rng
    pos = view.pos
    run = head
    while run > lo and pos[run - 1] == "PROPN":
        run -= 1  # (the name the head ends)
    k = lo
    if run > lo and any(view.dep[c] in view.deps.case_marker and c < lo for c in view.children(head)) \
            and all(pos[m] in ("DET", "ADJ", "NOUN", "NUM") for m in range(lo, run)) \
            and any(pos[m] == "NOUN" for m in range(lo, run)):
        k = run  # "During the debate Farrow"
    if k + 1 < hi and view.opens_names_wrongly(k):
        k += 1
    return view._starts[k] if k > lo else a


def _before_inquiry_phrase(view: TextView, a: int, b: int) -> int:
    """The end of a source's mention [a, b) before a phrase of the language's ``inquiry_phrases`` inside it ("een
    woordvoerder van de provincie | na vragen van de NOS"): whom the source answered is no part of it."""
    rng = view.span_range(a, b)
    if rng is None:
        return b
    for phrase in view.lang.words("inquiry_phrases"):
        words = phrase.split()
        k = next((k for k in view.phrase_starts(words) if rng[0] < k and k + len(words) <= rng[1]), None)
        if k is not None:
            b = min(b, view.trim(a, view._starts[k])[1])
    return b


def _source_postmodifier_end(view: TextView, att: Attribution, b: int) -> int:
    """An unnamed source before its cue keeps the words that place it up to the cue, whatever the parser hung them
    on ("Critics from across the political spectrum said", "Residents there said", "Bewoners daar zeggen"): after
    a common noun of the lexicon's unnamed or group sources, a phrase that opens with one of the language's
    ``np_prepositions`` or ``place_adverbs`` and holds only the words of noun phrases and prepositions (no comma,
    quote, verb or time word) running to the cue. The end of the mention, in characters."""
    head = att.speaker_head
    sources = view.lang.union("anonymous_nouns", "group_nouns")
    if head is None or b >= att.cue_start or view.pos[head] not in ("NOUN", "PROPN") \
            or view.lemmas[head] not in sources and view.lowers[head] not in sources:
        return b  # (a sentence's first word may be tagged a name: "Critici uit alle partijen zeggen")
    rng = view.span_range(b, att.cue_start)
    if rng is None or rng[1] - rng[0] > 8:
        return b
    words = [k for k in range(*rng) if not view.spaces[k]]
    lang, pos, lowers = view.lang, view.pos, view.lowers
    places = lang.words("place_adverbs")
    while words and (pos[words[-1]] in ("AUX", "PART") or pos[words[-1]] == "ADV" and lowers[words[-1]] not in places):
        words.pop()  # (the cue's auxiliaries and adverbs: "Critics from across the spectrum have claimed")
    times = lang.union("time_words", "time_adverbs")
    if not words or not (lowers[words[0]] in places or pos[words[0]] == "ADP"
                         and lowers[words[0]] in lang.words("np_prepositions")):
        return b
    if any(view.puncts[k] and lowers[k] not in lang.words("possessive_clitics") or view.quote_of[k] >= 0
           or lowers[k] in times or pos[k] in ("VERB", "AUX", "SCONJ", "CCONJ")
           or pos[k] == "ADV" and lowers[k] not in places for k in words):
        return b
    return view._ends[words[-1]]


def _claim(view: TextView, kind: str, start: int, end: int, att: Attribution | None, via: str = "") -> Claim:
    speaker = _speaker_span(view, att) if att else None
    if speaker is not None and not _names_somebody(speaker):
        speaker = None
    head = att.speaker_head if att and speaker is not None else None
    if head is not None and not speaker.start <= view.doc[head].idx < speaker.end:
        head = next((t.i for t in reversed(view.span(speaker.start, speaker.end) or ()) if not t.is_punct), None)
    return Claim(
        kind=kind,
        span=Span.of(view.text, start, end),
        speaker=speaker,
        cue=_cue(view, att) if att else None,
        via=via or (att.via if att else "unattributed"),
        cue_type=att.cue_type if att else "",
        negated=att.negated if att else False,
        speaker_head=head,
        sentence=att.sentence if att else (start, end),
    )


# ---------------------------------------------------------------------------------------------- speakers

def _names_somebody(mention: Span) -> bool:
    """A speaker mention names somebody only with a letter or digit in a non-empty range (not control
    characters, not an empty or inverted range left by a parse of hostile text)."""
    return mention.end > mention.start and any(ch.isalnum() for ch in mention.text)


def _content_pronoun(tok: Token, view: TextView) -> bool:
    """A pronoun that stands for content or nothing ("dat", "het", "er", "what"), never for a speaker."""
    lower = view.lowers[tok.i] if tok.doc is view.doc else tok.lower_
    return lower in view.lang.words("anaphoric_pronouns") or lower in view.lang.words("content_pronouns")


def find_speaker(view: TextView, cue: Token, content: tuple[int, int] | None) -> Token | None:
    """The head token of the source of a cue verb: its subject, else the agent of a passive, else the nominal
    argument that is not the content pronoun (inverted subjects are often parsed as objects), else the nearest
    nominal by word order. A possessive found on the way stands for the noun it belongs to ("Dat laten zijn
    advocaten weten": the lawyers, not "zijn")."""
    tok = _find_speaker(view, cue, content)
    if tok is not None and view.lowers[tok.i] in view.lang.words("framing_participles"):
        tok = _after_framing_participle(view, tok, cue)
    if tok is None:
        return None
    named = _given_name_before_cue(view, cue) if view.heads[tok.i] != cue.i else None
    if named is not None and tok.i < named.i:
        tok = named  # "On a call held in Riyadh, US envoy for Iran Brian Hook said, …" with no subject parsed: the
        # person named right before the cue, not a place the parser hung the name on
    i = tok.i
    texts = view.texts
    if view.pos[i] == "ADJ" and i + 1 < len(texts) and view.pos[i + 1] in ("NOUN", "PROPN") \
            and view.heads[i + 1] == view.heads[i] and view.dep[i + 1] in view.deps.subject:
        i = i + 1  # "zegt demissionair minister … Stef Blok" with the adjective and the title both parsed as the
        tok = view.doc[i]  # verb's subjects: the title's phrase, not the adjective
    named = _name_before_affiliation(view, i)
    if named is not None:
        return view.doc[named]  # "Dat heeft schepen Tine Claes (Groen) gezegd", "council leader Ann Hale (Lab,
        # Eastfield) called it …": the party or ward in brackets after a name is the person's affiliation; the
        # person speaks
    if view.lowers[i] in view.lang.words("reflexive_intensifiers") and i > 0 \
            and view.pos[i - 1] in ("NOUN", "PROPN") and not view.spaces[i - 1]:
        return view.doc[i - 1]  # "Hurst himself said …", "de minister zelf zei …": the noun, not the reflexive
    head = view.heads[i]
    if view.dep[i] in view.deps.possessive and view.pos[head] in ("NOUN", "PROPN") \
            and view.quote_of[head] < 0 and (content is None or not content[0] <= view._starts[head] < content[1]):
        return view.doc[head]
    owned = _owned_after_clitic(view, i, cue.i)
    if owned is not None:
        return view.doc[owned]  # "Mr Walsh's barrister, Simon Hale, said" with Walsh parsed as the subject: the
        # barrister (whose name the apposition may give), not his client
    if view.lemmas[i] in view.lang.words("report_nouns") or view.lowers[i] in view.lang.words("report_nouns"):
        owner = next((c for c in view.children(i) if view.dep[c] in view.deps.possessive and c < i
                      and view.pos[c] == "PRON" and view.lowers[c] in view.lang.get("pronoun_forms", {})), None)
        if owner is not None:
            return view.doc[owner]  # "Her allegations suggest …", "Zijn verklaring luidt dat …": whose words they
            # are, the pronoun (a person the article named), not the words themselves
    if view.lemmas[i] in view.lang.words("document_nouns") and view.lemmas[cue.i] in view.lang.words("document_only_cues"):
        owner = next((c for c in view.children(i) if view.dep[c] in view.deps.possessive and c < i
                      and view.pos[c] in ("NOUN", "PROPN")), None)
        if owner is not None:
            return view.doc[owner]  # "The club's statement read: …": the club
    issuer = _issuer_of_document(view, i)
    if issuer is not None and _usable_speaker(view, view.doc[issuer], content):
        return view.doc[issuer]  # "Dr Sean Lee issued a statement saying …": the physician, not the statement
    author = _author_of_message(view, i, cue.i)
    return view.doc[author] if author is not None and _usable_speaker(view, view.doc[author], content) else tok


def _name_before_affiliation(view: TextView, i: int) -> int | None:
    """Token ``i`` stands in brackets with no verb that open right after a name ("Tine Claes (Groen)", "Ann Hale
    (Lab, Eastfield)", "Sen. Ray Dunn (D-Ohio)"): the name's last word, else None."""
    texts, pos = view.texts, view.pos
    start, end = max(0, i - 12), min(len(texts), i + 13)  # (a window, not the sentence: the parser may end one inside
    # the brackets, at "Tenants' Union")
    k = i
    while k > start and texts[k - 1] not in ("(", ")") and "\n" not in texts[k - 1]:
        k -= 1
    if k < start + 2 or texts[k - 1] != "(" or pos[k - 2] != "PROPN" or view.quote_of[k - 2] >= 0 \
            or view.lowers[k - 2] in view.lang.words("time_words"):
        return None  # (not "on Wednesday (0300 UTC)")
    j = i
    while j < end and texts[j] not in ("(", ")") and "\n" not in texts[j]:
        j += 1
    if j >= end or texts[j] != ")" or j - k > 12 or any(pos[t] in ("VERB", "AUX") for t in range(k, j)):
        return None
    return k - 2


def _author_of_message(view: TextView, i: int, cue_at: int) -> int | None:
    """Token ``i`` is a message noun of the language (``message_nouns``: a statement, a post, a letter: what a
    party says through, unlike a study) followed by its author ("A statement from the council said …", "Een
    verklaring van burgemeester De Wit stelt …", ``_document_author``) before the cue: the head of the author's
    noun phrase, who speaks; else None."""
    messages = view.lang.words("message_nouns")
    if view.lemmas[i] not in messages and view.lowers[i] not in messages:
        return None
    if any(view.dep[c] in view.deps.possessive for c in view.children(i)):
        return None  # ("RIAA's notice published by the host": the owner wrote it, the host only published it)
    stop = cue_at if cue_at > i else view.sentences[view.sentence_of[i]][1]
    found = _document_author(view, view.doc[i], stop)
    if found is None:
        return None
    a, b, _ = found
    return view.doc[a:b].root.i


def _owned_after_clitic(view: TextView, i: int, cue_at: int) -> int | None:
    """Token ``i`` is followed by a possessive clitic of the language hung on it and then by a common noun (or a
    noun the tagger read as an adjective) before the cue: the word it owns, which the parser did not make the
    subject ("Mr Walsh 's barrister said"); else None."""
    k = i + 1
    if k + 1 >= cue_at or view.lowers[k] not in view.lang.words("possessive_clitics") or view.heads[k] != i:
        return None
    owned = k + 1
    return owned if view.pos[owned] in ("NOUN", "ADJ") and view.is_lowers[owned] and view.quote_of[owned] < 0 else None


def _issuer_of_document(view: TextView, i: int) -> int | None:
    """The subject of the verb that issues the document noun at token i ("issued a statement", "released a
    report", the language's ``issuing_verbs``), when the noun is that verb's object."""
    words = view.lang.words
    if view.lemmas[i] not in words("document_nouns") or view.dep[i] not in view.deps.objects:
        return None
    verb = view.heads[i]
    if verb == i or view.lemmas[verb] not in words("issuing_verbs"):
        return None
    return _active_subject(view, verb)


def _active_subject(view: TextView, verb: int) -> int | None:
    """The nominal subject of the verb at token ``verb`` outside quotes, not a passive one, else None."""
    return next((c for c in view.children(verb) if view.dep[c] in view.deps.nominal_subject
                 and view.dep[c] not in view.deps.passive_subject and view.quote_of[c] < 0), None)


def _given_name_before_cue(view: TextView, cue: Token) -> Token | None:
    """A person's name (a known given name and at least one more name word) that ends right before a cue with no
    subject of its own: the given name's token, else None."""
    i = cue.i
    if any(view.dep[c] in view.deps.subject for c in view.children(i)):
        return None
    k = i - 1
    while k >= 0 and view.pos[k] == "PROPN" and view.quote_of[k] < 0 and not view.spaces[k]:
        k -= 1
    run = range(k + 1, i)
    given = next((j for j in reversed(run) if j < i - 1 and given_name(view.doc[j])), None)
    return view.doc[given] if given is not None else None


def _after_framing_participle(view: TextView, tok: Token, cue: Token) -> Token | None:
    """"Writing in the Telegraph, former minister Jane Holt said …": a participle that frames the source (the
    language's ``framing_participles``) is no speaker; the head of the noun phrase between its comma and the cue
    is, else nobody."""
    comma = next((t.i for t in view.doc[tok.i:cue.i] if t.text == ","), None)
    if comma is None:
        return None
    heads = [t for t in view.doc[comma + 1:cue.i] if t.pos_ in ("PROPN", "NOUN", "PRON")
             and not (comma + 1 <= t.head.i < cue.i and t.head.pos_ in ("PROPN", "NOUN"))]
    return heads[-1] if heads else None


def _find_speaker(view: TextView, cue: Token, content: tuple[int, int] | None) -> Token | None:
    """The speaker of a cue, by rules in order: the placing phrase of an impersonal cue, the noun a relative
    clause hangs on, the best-ranked argument of the cue or of the verbs it hangs on (subject, agent, inverted
    subject), a parenthetical subject, else the nearest nominal around the cue."""
    def usable(tok: Token) -> bool:
        return _usable_speaker(view, tok, content)

    if view.lemmas[cue.i] in view.lang.words("document_only_cues"):
        held = _document_holding(view, cue.i)
        if held is not None:  # "In het rapport staat dat …": the report; fronted with an owner ("In de verklaring
            # van de ploeg staat dat …"), the team whose statement it is; after the verb ("zo stond in het rapport
            # van de inspectie"), the document with the owner its phrase names
            owner = _noun_owner(view, view.doc[held]) if held < cue.i else None
            return owner if owner is not None else view.doc[held]
    if _lemma_at(view, cue.i, view.lang.words("impersonal_cues")) is not None:
        impersonal, placed = _impersonal_source(view, cue, usable)
        if impersonal:
            return placed
    origin = _origin_phrase_source(view, cue)
    if origin is not None:
        return origin  # "Uit stukken die de omroep inzag, blijkt dat …": the papers, not who saw them
    deps, dep, heads, pos, lowers = view.deps, view.dep, view.heads, view.pos, view.lowers
    c_i = cue.i
    head = heads[c_i]
    if dep[c_i] in deps.noun_clause and pos[head] in ("NOUN", "PROPN") and _source_like_at(view, head) \
            and view.quote_of[head] == view.quote_of[c_i] \
            and any(dep[c] in deps.subject and lowers[c] in view.lang.words("relative_pronouns")
                    for c in view.children(c_i)):
        # "…, according to the administration, which said …"
        return None if _nobody_at(view, head) else view.doc[head]
    rel = head
    owner = heads[rel]
    if dep[c_i] in deps.conjunct and dep[rel] in deps.noun_clause and pos[owner] in ("NOUN", "PROPN") \
            and not any(dep[c] in deps.subject for c in view.children(c_i)) \
            and (_source_like_at(view, owner) or view.texts[owner][:1].isupper()) \
            and any(dep[c] in deps.subject and lowers[c] in view.lang.words("relative_pronouns")
                    for c in view.children(rel)):
        # "Dunmore, which has 120 stores across Britain, warned in June that …": the parser coordinated the cue
        # with the relative clause; its subject is the noun the relative pronoun stands for
        if dep[owner] in deps.apposition and pos[heads[owner]] == "PROPN" and heads[owner] < owner:
            owner = heads[owner]  # ("Dr Ida Moor, a surgeon who …, called it": the name the role describes)
        return None if _nobody_at(view, owner) else view.doc[owner]
    absolute = _subject_of_absolute_gerund(view, cue, usable)
    if absolute is not None:
        return absolute  # "… despite Znak.com claiming …", "…, with local press reporting …"
    blamed = _object_of_reason_gerund(view, cue, usable)
    if blamed is not None:
        return blamed  # "The party criticised the mayor for saying …": the mayor said it
    antecedent = _antecedent_of_relative_subject(view, cue, usable)
    if antecedent is not None:
        return antecedent  # "…, welcomed by campaigners, who said …" parsed as a clause coordinated with the main one
    withheld = _owner_of_anonymity_phrase(view, cue, usable)
    if withheld is not None:
        return withheld  # "A woman who gave her name only as Mel said …" with "as Mel said" parsed as a clause
    misread = _subject_of_misread_main_verb(view, cue, usable)
    if misread is not None:
        return misread  # "The chamber of commerce called the decision …" parsed as a noun with a clause on it
    inverted = _inverted_in_parenthesis(view, cue, usable) or _owner_of_report_noun(view, cue, usable)
    if inverted is not None:
        return inverted
    np_before = _determiner_phrase_before_final_cue(view, cue)
    if np_before is not None and usable(np_before[1]):
        return np_before[1]  # "…, a spokesman said." (not the name that closes the clause before the comma)
    headline_source = _source_before_headline_cue(view, cue)
    if headline_source is not None and usable(headline_source):
        return headline_source  # "… in British Columbia, Canadian police report" (a heading line)
    named = _name_after_quote(cue, view) or _title_run_after_cue(view, cue) or _name_before_final_cue(view, cue)
    if named is not None and usable(named):
        return named  # '"…," Mira Coles, an ecologist at …, told the Island Gazette': not the paper told
    coordinated = _subject_after_coordinator(view, cue, usable)
    if coordinated is not None:
        return coordinated
    relayed = _relayed_object(view, heads[c_i]) if heads[c_i] != c_i else None
    if relayed is None and heads[c_i] != c_i and view.dep[c_i] in view.deps.noun_clause:
        relayed = _relayed_object(view, heads[heads[c_i]])  # (the gerund hung on the object: "quoted a witness as
        # saying …")
    if relayed is not None and relayed[1] == c_i and usable(view.doc[relayed[0]]):
        return view.doc[relayed[0]]  # "cited engineers as saying …": the engineers
    earlier = _cue_gone_on_from(view, cue) or _cue_coordinated_in_content(view, cue)
    if earlier is not None:  # "X said the plan was on track, adding that …": X, not the subject of the clause
        return find_speaker(view, earlier, None)  # the parser hung the gerund on (or "admitted that the budget was
        # tight and denied that …", the second cue coordinated with the first one's clause)
    for verb in _verb_chain(view, cue):
        ranked = _ranked_arguments(view, verb, cue, content, usable)
        if verb.i != c_i and not any(r[0] == 0 for r in ranked):
            modified = _noun_of_finite_modifier(view, verb.i)
            if modified is not None and usable(view.doc[modified]):
                return view.doc[modified]  # "The school board on Monday reversed its decision, saying …": the
                # board, which the parser made the root with the main verb hung on it
        if not ranked:
            continue
        # two subjects ("Hugh Hill, a doctor at …, said"): the name, not the apposition
        if any(r[0] == 0 and r[2].i < c_i for r in ranked):
            infinitive = view.lang.words("infinitive_markers")
            n = len(lowers)
            ranked = [r for r in ranked if not (
                r[0] == 0 and r[2].i > c_i and dep[r[2].i] in deps.subject
                and any(lowers[k] in infinitive and view.quote_of[k] < 0
                        for k in range(r[2].i + 1, min(n, r[2].i + 9))))]
            # (two subjects: "De vissers beweren familie … te zijn": the one before an infinitive is no inversion)
            ranked = _without_participle_objects(view, ranked)
        if view.lang.get("verb_second") and view.finite[verb.i] and any(
                r[0] == 0 and r[2].i < verb.i and (pos[r[2].i] in ("NOUN", "PROPN")
                                                   or pos[r[2].i] == "VERB" and not view.finite[r[2].i])
                for r in ranked):  # (a noun the tagger took for a verb: "Twee ingewijden vertelden De Telegraaf")
            ranked = [r for r in ranked if not (r[0] == 0 and r[2].i > verb.i)]
            # ("Trainer Bram Peeters noemt Claeys ,,…''": before the finite verb the subject; the name after it,
            # which the parser also made a subject, is the object; so for the verb a coordinated cue hangs on:
            # "Raadslid X trok de cijfers in twijfel en stelde dat …")
        if view.lang.get("verb_second"):
            finite = next((c for c in view.children(verb.i) if dep[c] in deps.auxiliary and view.finite[c]), None)
            if finite is not None and any(r[0] == 0 and r[2].i < finite for r in ranked):
                ranked = [r for r in ranked if not (r[0] == 0 and finite < r[2].i < verb.i)]
                # ("De minister heeft de Kamer laten weten": before the finite verb the subject, after it the
                # listener the parser also made a subject)
        ranked.sort(key=lambda r: (r[0], pos[r[2].i] != "PROPN", r[1]))
        best = ranked[0]
        if best[0] >= 2:
            # only an object: a noun phrase alone before the verb is the subject the parser missed
            # ("Bewonersgroep Wind Tegen noemt het besluit …"); after a fronted element it is an inversion
            pre = _preverbal_subject(view, cue, usable) or _parenthetical_subject(view, cue, usable)
            if pre is not None:
                return pre
        if best[0] <= 2 or verb.i == cue.i:
            # "told reporters": an object is never the source when a subject exists (rank 0 wins above)
            return best[2]
    if any(dep[c] in deps.subject and lowers[c] in view.lang.words("first_person") for c in view.children(c_i)):
        return None  # "from the sonar, we find that …", "On the paper, I think …": the one who speaks the words
        # around the cue, never a noun near it
    described = _subject_of_source_postmodifier(view, cue, usable)
    if described is not None:
        return described  # "Two sources close to the talks told Reuters …" read as "sources (are) close to …"
    opening = _opening_subject_before_parenthesis(view, cue, usable)
    if opening is not None:
        return opening
    parenthetical = _parenthetical_subject(view, cue, usable) or _participle_subject(view, cue, usable) \
        or _capitalised_opening_subject(view, cue)
    if parenthetical is not None:
        return parenthetical
    return _nearest_nominal(view, cue, usable)


def _subject_of_source_postmodifier(view: TextView, cue: Token, usable) -> Token | None:
    """A cue with no subject after a source noun and its postmodifier (the language's ``source_postmodifiers``:
    "close to", "familiar with") that the parser read as a clause of their own ("Two sources close to the talks
    told …", with "sources" the subject of "close"): the source noun right before the postmodifier, in the cue's
    sentence before any verb, with no finite verb between the postmodifier and the cue; else None."""
    if any(view.dep[c] in view.deps.subject for c in view.children(cue.i)):
        return None
    pos = view.pos
    a_tok = view.sentences[view.sentence_of[cue.i]][0]
    for k in range(a_tok + 1, cue.i):
        if pos[k - 1] not in ("NOUN", "PROPN") or view.quote_of[k] >= 0:
            continue
        m = next((m for m in _postmodifiers(view.lang) if view.phrase_at(k, m)), None)  # (longest first)
        if m is None or any(view.finite[j] and pos[j] in ("VERB", "AUX") for j in range(k + len(m), cue.i)):
            continue
        if any(pos[j] in ("VERB", "AUX") for j in range(a_tok, k - 1)):
            return None  # (the noun is some verb's: "The paper, citing officials briefed on the inquiry,
            # reported …")
        if usable(view.doc[k - 1]):
            return view.doc[k - 1]
    return None


def _origin_phrase_source(view: TextView, cue: Token) -> Token | None:
    """A cue whose source stands in a phrase of origin (the language's ``origin_phrase_cues``: "blijken" with
    "uit", "Uit stukken die de omroep inzag, blijkt dat …"): that phrase's noun (with its owner: "Uit onderzoek van
    de bond blijkt …"), or the subject of a relative clause on it whose verb makes it (the language's
    ``authoring_verbs``: "de cijfers die het bureau presenteerde"), never the subject of another relative clause
    (who saw the papers); else None."""
    preps = view.lang.get("origin_phrase_cues", {}).get(view.lemmas[cue.i])
    if not preps:
        return None
    deps, dep, doc = view.deps, view.dep, view.doc
    noun = next((c for c in view.children(cue.i) if dep[c] in deps.oblique and view.pos[c] in ("NOUN", "PROPN")
                 and view.quote_of[c] < 0 and any(dep[m] in deps.case_marker and view.lowers[m] in preps
                                                  for m in view.children(c))), None)
    if noun is None:
        return None
    authoring = view.lang.words("authoring_verbs")
    for verb in view.children(noun):  # "Uit de cijfers die het bureau presenteerde, blijkt …": their author
        if verb > noun and view.pos[verb] == "VERB" and _lemma_at(view, verb, authoring) is not None:
            author = next((c for c in view.children(verb) if c < verb and view.pos[c] in ("NOUN", "PROPN")
                           and (dep[c] in deps.core_nominal or dep[c] in deps.indirect_object)
                           and view.quote_of[c] < 0), None)
            # (its one noun before the verb, whatever relation the parser gave it: "die het bureau presenteerde"
            # with the bureau read as an indirect object)
            if author is not None:
                return doc[author]
    return doc[noun]


def _object_of_reason_gerund(view: TextView, cue: Token, usable) -> Token | None:
    """A gerund cue that a preposition of the language's ``reason_prepositions`` opens ("for") and that hangs on a
    verb with an object before it ("criticised the mayor for saying …", "charged Dale Wirth with fraud for
    claiming …", "praised the coach for admitting …"): the object is who said it, not the verb's subject; else
    None."""
    preps = view.lang.words("reason_prepositions")
    i = cue.i
    if not preps or ("Ger" not in view.verb_forms[i] and view.tags[i] != "VBG") \
            or not any(view.lowers[c] in preps and c < i for c in view.children(i)):
        return None
    verb = view.heads[i]
    if verb == i or verb > i or view.pos[verb] != "VERB":
        return None
    obj = next((c for c in view.children(verb) if view.dep[c] in view.deps.object and c < i
                and view.pos[c] in ("NOUN", "PROPN", "PRON")), None)
    return view.doc[obj] if obj is not None and usable(view.doc[obj]) else None


def _subject_of_absolute_gerund(view: TextView, cue: Token, usable) -> Token | None:
    """A gerund cue right after a noun phrase that a concessive preposition or a report-clause marker opens
    ("… despite Znak.com claiming that …", "…, with some local press claiming …"): that noun phrase is its
    subject, whatever the parser hung the gerund on."""
    i = cue.i
    if "Ger" not in view.verb_forms[i] and view.tags[i] != "VBG":
        return None
    openers = view.lang.union("concessive_prepositions", "report_clause_markers")
    pos = view.pos
    k = i - 1
    a = view.sentences[view.sentence_of[i]][0]
    while k > a and pos[k] in ("NOUN", "PROPN", "DET", "ADJ", "NUM") and view.quote_of[k] < 0:
        k -= 1
    if k >= i - 1 or view.lowers[k] not in openers:
        return None
    last = view.doc[i - 1]
    return last if pos[i - 1] in ("NOUN", "PROPN") and usable(last) else None


def _capitalised_opening_subject(view: TextView, cue: Token) -> Token | None:
    """In a verb-second language, one to three capitalised words that open the sentence right before the finite
    cue ("Bloomberg meldde, …", with the unknown name tagged an adjective): the subject, a name the tagger did not
    know."""
    if not view.lang.get("verb_second") or not view.finite[cue.i]:
        return None
    a_tok = view.sentences[view.sentence_of[cue.i]][0]
    toks = [k for k in range(a_tok, cue.i) if not view.spaces[k]]
    common = view.lang.union("stopwords", "time_words")
    if not 1 <= len(toks) <= 3 or not all(view.texts[k][:1].isupper() and view.alphas[k] and view.quote_of[k] < 0
                                          and view.pos[k] in ("PROPN", "NOUN", "ADJ", "X")
                                          and view.lowers[k] not in common for k in toks):
        return None
    return view.doc[toks[-1]]


def _antecedent_of_relative_subject(view: TextView, cue: Token, usable) -> Token | None:
    """A cue whose subject is a relative pronoun right after a comma ("The move was welcomed by campaigners, who
    said …", also with the relative clause parsed as a clause of its own): the speaker is the noun phrase before
    the comma (its head, past the phrases hung on it: "the head of the union, who said …")."""
    deps, dep, lowers, pos, heads = view.deps, view.dep, view.lowers, view.pos, view.heads
    relatives = view.lang.words("relative_pronouns")
    rel = next((c for c in view.children(cue.i) if dep[c] in deps.subject and c < cue.i and lowers[c] in relatives
                and pos[c] == "PRON"), None)
    if rel is None or rel < 2 or view.texts[rel - 1] != "," or any(
            dep[c] in deps.subject and c != rel or dep[c] in deps.objects and pos[c] in ("NOUN", "PROPN") and c < cue.i
            for c in view.children(cue.i)):
        return None  # (", which the government says …": the pronoun is the object, the government speaks)
    noun = rel - 2
    for _ in range(3):
        if pos[noun] not in ("NOUN", "PROPN"):
            return None
        head = heads[noun]
        if not (head < noun and pos[head] in ("NOUN", "PROPN") and (
                dep[noun] in deps.noun_attachment or dep[noun] in deps.name_part or dep[noun] in deps.compound)) \
                or "," in view.texts[head + 1:noun]:
            break  # (not across a comma: "… van het personeel, volgens vakbond FNV, die zegt …" is the union's)
        noun = head  # ("the head of the union": "head")
    if not (dep[noun] in deps.oblique or dep[noun] in deps.objects or dep[noun] in deps.apposition):
        return None  # (an agent, an object or an apposition; never the predicate of a copula: "X is the most
        # visited city in the world, which …")
    # (the relative pronoun makes it a source, whether or not the lexicon knows the noun: "commuters, who said")
    return view.doc[noun] if usable(view.doc[noun]) or view.quote_of[noun] < 0 and pos[noun] == "NOUN" \
        and view.lowers[noun] not in view.lang.words("time_words") else None


def _opening_subject_before_parenthesis(view: TextView, cue: Token, usable) -> Token | None:
    """'Two people familiar with the inquiry, who spoke on condition of anonymity because …, told the AP that …': a
    cue with no subject of its own right after a comma, in a sentence that opens with a noun phrase the parser made
    the subject of something inside the parenthesis: that noun phrase's head."""
    i, deps, dep, texts = cue.i, view.deps, view.dep, view.texts
    if any(dep[c] in deps.subject for c in view.children(i)) or i == 0 or texts[i - 1] != ",":
        return None
    a_tok = view.sentences[view.sentence_of[i]][0]
    first_comma = next((k for k in range(a_tok, i) if texts[k] == ","), None)
    if first_comma is None or first_comma == i - 1:
        return None
    pos = view.pos
    root_ok = view.finite[i] or any(dep[c] in deps.complement_clause for c in view.children(i))
    subject = next((k for k in range(a_tok, first_comma) if (dep[k] in deps.nominal_subject or (
        dep[k] in deps.root and root_ok))  # (or the root: "The Rail Union (RU), which …, declared that …" parsed as
        # a noun phrase with the cue hung inside it)
                    and pos[k] in ("NOUN", "PROPN") and view.quote_of[k] < 0), None)
    if subject is None or view.heads[subject] >= first_comma or view.finite[view.heads[subject]]:
        return None  # (only a subject of an adjective or participle before the parenthesis, not of a clause)
    tok = view.doc[subject]
    if not usable(tok) or not _source_like_at(view, subject):
        return None
    return tok


def _subject_of_misread_main_verb(view: TextView, cue: Token, usable) -> Token | None:
    """A finite-looking cue the parser hung as a clause (or an adjective) on a noun of the sentence's opening noun
    phrase, in a sentence whose root is that noun ("The chamber of commerce called the decision 'short-sighted'";
    "Two firms, which make towels, emphasized they …"): the root noun is the cue's subject. Not with a relative
    pronoun or a participle's own subject."""
    i, deps, dep, heads, pos = cue.i, view.deps, view.dep, view.heads, view.pos
    if not (dep[i] in deps.clausal_modifier or dep[i] in deps.adjectival_modifier and heads[i] < i) \
            or any(dep[c] in deps.subject for c in view.children(i)):
        return None  # (a finite verb after its noun as an adjective: "Two firms, which …, emphasized they …")
    a_tok = view.sentences[view.sentence_of[i]][0]
    root = heads[i]
    while heads[root] != root and dep[root] not in deps.root:
        root = heads[root]
    if dep[root] not in deps.root or pos[root] not in ("NOUN", "PROPN") or root > i \
            or any(pos[k] in ("VERB", "AUX") and not view.in_relative_clause(k, a_tok, i) for k in range(a_tok, i)) \
            or "Past" not in view.tenses[i] and not _infinitive_read_with_clause(view, i):
        return None  # (a verb between them is the subject's own relative clause or no misreading)
    if view.lowers[root] in view.lang.words("time_words") or view.like_nums[root] or view.quote_of[root] >= 0:
        return None  # ("On Wednesday Erdoğan called …" parsed around the day: no subject of its own)
    return view.doc[root]  # (the subject's place, whatever its noun)


def _infinitive_read_with_clause(view: TextView, i: int) -> bool:
    """A verb tagged as an infinitive without an infinitive marker, with a complement clause that a complementizer
    opens ("Twee leveranciers, die …, benadrukten dat …", the plural past read as an infinitive): a finite verb."""
    markers, comps = view.lang.words("infinitive_markers"), view.lang.words("complementizers")
    return "Inf" in view.verb_forms[i] and not any(view.lowers[c] in markers for c in view.children(i)) and any(
        view.dep[c] in view.deps.clausal_complement and any(view.lowers[m] in comps for m in view.children(c))
        for c in view.children(i) if c > i)


def _subject_after_coordinator(view: TextView, cue: Token, usable) -> Token | None:
    """A cue with no subject of its own right after "and <noun phrase>" (and its auxiliaries: "… on her way home and
    neighbours told her that …", which the parser reads as "home and neighbours"; "… were found in the caves, and
    archaeologists have reported they …") or after a word that is a preposition and a
    conjunction (the language's ``conjunction_prepositions``: "after the paper reported that …", read as "after
    the paper"), or after a semicolon ("…; Radio North reported he …", also when the parser made a noun before the
    semicolon its subject): that noun phrase is its subject, not the subject of the verb the cue hangs on."""
    i, pos, texts = cue.i, view.pos, view.texts
    if i < 2 or any(view.dep[c] in view.deps.subject and not any(
            texts[j] == ";" and view.quote_of[j] < 0 for j in range(c + 1, i)) for c in view.children(i)):
        return None  # (a subject before a semicolon is the parser's reach across two clauses)
    n = i - 1
    while n > 0 and view.heads[n] == i and view.dep[n] in view.deps.any_auxiliary:
        n -= 1  # ("… and archaeologists have reported they …": past the cue's auxiliaries)
    if pos[n] not in ("NOUN", "PROPN"):
        return None
    prev = view.doc[n]
    if not usable(prev) and not (pos[n] == "NOUN" and n < i - 1 and view.quote_of[n] < 0
                                 and view.lowers[n] not in view.lang.words("time_words")
                                 and "Plur" in prev.morph.get("Number")):
        return None  # (a bare plural before the cue's auxiliaries is a group of sources: "archaeologists have …")
    k = n
    while k > 0 and pos[k - 1] in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
        k -= 1
    s_a = view.sentences[view.sentence_of[i]][0]
    if k > 0 and (view.lowers[k - 1] in view.lang.words("coordinators") or view.texts[k - 1] == ";") and any(
            view.finite[j] for j in range(s_a, k - 1)):
        return prev  # (a clause before "and" or a semicolon; "Bakkerij Jansen en Slagerij Smit zeggen" is one
        # subject)
    if k > 0 and view.lowers[k - 1] in view.lang.words("conjunction_prepositions") and view.finite[i]:
        return prev  # "… came a day after the Evening Post reported that …", read as "after the Evening Post"
    return None


def _cue_gone_on_from(view: TextView, cue: Token) -> Token | None:
    """For a gerund cue after a comma ("…, adding that …", "…, warning that …"), the cue verb before it in its
    sentence that it goes on from, outside quotes and with no subject of its own."""
    i = cue.i
    if i < 2 or view.texts[i - 1] != "," or any(view.dep[c] in view.deps.subject for c in view.children(i)) \
            or not _gerund_at(view, i):
        return None
    a = view.sentences[view.sentence_of[i]][0]
    return next((view.doc[k] for k in range(i - 2, a - 1, -1) if _reporting_verb_at(view, k)), None)


def _relayed_object(view: TextView, ci: int) -> tuple[int, int] | None:
    """A verb whose object is followed by a relay marker and a gerund cue ("cited engineers as saying …", "quoted
    the minister as stating that …"; the language's ``relay_markers``): the object's head and the gerund's
    index. The gerund's statement is the object's, relayed by the verb's subject."""
    relay = view.lang.words("relay_markers")
    if not relay:
        return None
    for o in view.children(ci):
        if o < ci or view.dep[o] not in view.deps.object or view.pos[o] not in ("NOUN", "PROPN", "PRON"):
            continue
        sub = set(view.subtree(o))
        end = o
        while end + 1 in sub and not (view.lowers[end + 1] in relay and view.quote_of[end + 1] < 0):
            end += 1  # (up to the marker: the parser may hang the gerund on the object, "a witness as saying")
        if end + 2 < len(view.lowers) and view.lowers[end + 1] in relay and view.quote_of[end + 1] < 0 \
                and _gerund_at(view, end + 2) and cue_of(view.doc[end + 2], view) is not None:
            return o, end + 2
    return None


def _cue_coordinated_in_content(view: TextView, cue: Token) -> Token | None:
    """A cue with no subject right after a coordinator, which the parser coordinated with the verb of an earlier
    cue's clause ("The minister admitted that the budget was tight and denied that …"): when that verb's subject
    is no source (a thing, not a person, a body or a name), the cue goes on from the earlier cue, whose speaker is
    its own."""
    i, deps, dep, heads = cue.i, view.deps, view.dep, view.heads
    if i < 2 or dep[i] not in deps.conjunct or view.lowers[i - 1] not in view.lang.words("coordinators") \
            or any(dep[c] in deps.subject for c in view.children(i)):
        return None
    h = heads[i]
    if h >= i or cue_of(view.doc[h], view) is not None:
        return None
    subject = next((c for c in view.children(h) if dep[c] in deps.subject), None)
    if subject is None or _source_like_at(view, subject):
        return None
    k = h
    for _ in range(12):
        up = heads[k]
        if up == k:
            return None
        if dep[k] in deps.clausal_complement and up < h and cue_of(view.doc[up], view) is not None \
                and view.quote_of[up] < 0:
            return view.doc[up]
        k = up
    return None


def _participle_subject(view: TextView, cue: Token, usable) -> Token | None:
    """A gerund cue after a comma ("…, saying that …", "…, adding …") that the parse left without a head
    speaks for the speaker of a cue before it in the sentence, else for the subject of the clause before it: by
    word order, the noun or name right before that clause's first finite verb."""
    i = cue.i
    if i < 2 or view.texts[i - 1] != "," or (not _participle(cue) or "Ger" not in view.verb_forms[i]
                                             and view.tags[i] != "VBG") and not _gerund_read_as_adjective(view, i):
        return None  # (a past participle after a comma is as often a finite verb the tagger missed)
    a = view.sentences[view.sentence_of[i]][0]
    doc, pos = view.doc, view.pos
    earlier = next((doc[k] for k in range(i - 2, a - 1, -1) if pos[k] == "VERB" and view.quote_of[k] < 0
                    and cue_of(doc[k], view) is not None), None)
    if earlier is not None:  # "…, three people said, adding …": the speaker of the cue it goes on from
        found = find_speaker(view, earlier, None)
        if found is not None:
            return found
    finite = next((k for k in range(a, i) if view.finite[k]), None)
    if finite is None or finite == a:
        return None
    parties = view.lang.words("party_pronouns")
    subject = next((c for c in view.children(finite) if c < finite and (view.dep[c] in view.deps.subject or view.dep[
        c] in view.deps.expletive and view.lowers[c] in parties and not any(
            view.dep[o] in view.deps.subject for o in view.children(finite)))), None)
    if subject is not None and pos[subject] in ("NOUN", "PROPN", "PRON") and (
            usable(doc[subject]) or view.lowers[subject] in parties):
        return doc[subject]  # "It also credited Lind with …, noting on Twitter …": the main clause's subject, also
        # with an adverb between it and its verb (and "it" for a party, whatever the parser called it)
    if pos[finite - 1] in ("NOUN", "PROPN", "PRON"):
        before = doc[finite - 1]
        if usable(before):
            return before
    return None


def _inverted_in_parenthesis(view: TextView, cue: Token, usable) -> Token | None:
    """A parenthetical cue after a comma and a fronted adverb in a verb-second language ("De winkel is, zo liet
    het bedrijf weten, dicht"): its subject stands right after the verb, whatever the parse hung on it."""
    i = cue.i
    if not view.lang.get("verb_second") or i < 2:
        return None
    if view.pos[i - 1] != "ADV" or view.texts[i - 2] != ",":
        return None
    b = view.sentences[view.sentence_of[i]][1]
    for k in range(i + 1, min(b, i + 4)):
        if view.puncts[k]:
            return None
        if view.pos[k] in ("NOUN", "PROPN", "PRON"):
            tok = view.doc[k]
            if usable(tok):
                return tok
    return None


def _owner_of_report_noun(view: TextView, cue: Token, usable) -> Token | None:
    """A report noun as predicate ("Dat is de conclusie van een telling van de provincie") reports what the
    phrase after its preposition found, whatever that phrase is."""
    if not _report_predicate(view, cue):
        return None
    preps, deps, dep, lowers = view.lang.words("np_prepositions"), view.deps, view.dep, view.lowers
    return next((view.doc[c] for c in view.children(cue.i) if c > cue.i and dep[c] in deps.nominal_modifier
                 and view.quote_of[c] < 0 and not _nobody_at(view, c) and any(
                     dep[m] in deps.case_marker and lowers[m] in preps for m in view.children(c))), None)


def _opens_sentence(view: TextView, tok: Token) -> bool:
    """The token opens a sentence of the text: the first of the text or of a line, or after a full stop, question
    or exclamation mark (not a sentence start the parser made up inside one: "gebeld door iemand | die zei …")."""
    k = tok.idx  # (the spaces before it skipped in place: no copy of the text before every "die")
    while k > 0 and view.text[k - 1] == " ":
        k -= 1
    return k == 0 or view.text[k - 1] in ".!?\n"


def _inverted_after_opening(view: TextView, i: int) -> bool:
    """Token i is the noun after a finite cue whose subject is a pointing pronoun before it, or after a fronted
    adjunct, in a verb-second language ("Dat zeggen lokale hulpverleners", "Dit melden omwonenden"): the inverted
    subject the parser made an object, whatever the noun."""
    if not view.lang.get("verb_second"):
        return False
    h = view.heads[i]
    if not (h < i and view.finite[h] and lexical_cues(view)[h]):
        return False
    anaphors, subject = view.lang.words("anaphoric_pronouns"), view.deps.subject
    if any(c < h and view.lowers[c] in anaphors and view.dep[c] in subject for c in view.children(h)):
        return True
    # after a fronted adjunct, with no subject anywhere, the noun phrase right after the verb ("Op sociale media
    # beweren gebruikers dat …", "Sinds dinsdag melden bewoners …")
    a_tok = view.sentences[view.sentence_of[h]][0]
    return a_tok < h and view.pos[a_tok] in ("ADP", "ADV") and view.quote_of[h] < 0 \
        and not any(view.dep[c] in subject for c in view.children(h)) \
        and all(view.pos[k] in ("DET", "ADJ", "NUM") for k in range(h + 1, i))


def _acronym_at(view: TextView, i: int) -> bool:
    """Token i is written in capitals of at least two letters among words that are not ("The US said", "WHO
    warned"): initials, never a pronoun of the same letters, unless the whole line is in capitals."""
    texts = view.texts
    word = texts[i]
    if len(word) < 2 or not word.isalpha() or not word.isupper():
        return False
    near = [texts[k] for k in (i - 1, i + 1) if 0 <= k < len(texts) and texts[k].isalpha() and len(texts[k]) > 1]
    return not any(w.isupper() for w in near)


def _group_of_number(view: TextView, i: int) -> list[int]:
    """For a number word at token i, the heads of the phrases of the group it is taken from ("One of the residents",
    "Een van hen", "two of the people"); for any other token, none."""
    return [c for c in view.children(i) if view.dep[c] in view.deps.noun_attachment] if view.like_nums[i] else []


def _usable_speaker(view: TextView, tok: Token, content: tuple[int, int] | None) -> bool:
    """Whether a token can be a speaker: outside quotes and the content, not a relative or content pronoun, a
    time word, a bare number, "you" in general or "nobody"; a noun must look like a source unless it is the
    subject."""
    words = view.lang.words
    i = tok.i
    if view.quote_of[i] >= 0 or view.puncts[i] or view.spaces[i]:
        return False
    idx = view._starts[i]
    if view.in_dateline(idx):
        return False  # "MAASTRICHT - …, zegt de burgemeester": page furniture, never a source
    lower, pos, dep = view.lowers[i], view.pos[i], view.dep[i]
    if _acronym_at(view, i):
        lower = ""  # "The US said …", "WHO said …": an organisation's initials, not the pronoun they spell
    if lower in words("relative_pronouns") and pos == "PRON" and not (
            lower in view.lang.get("subject_pronouns", {}) and _opens_sentence(view, tok)):
        return False  # "who", "die": the noun it refers to is found by the parenthesis rule (but a sentence that
        # opens with "Die zegt …" speaks of the person just named, like "hij")
    if content is not None and content[0] <= idx < content[1]:
        return False
    if lower in words("party_pronouns") and lexical_cues(view)[view.heads[i]] and (
            dep in view.deps.nominal_subject and dep not in view.deps.passive_subject
            or _inverted_party_read_as_expletive(view, i)):
        pass  # "The airline will cut 400 jobs, it said in a statement": the active subject of a cue stands for the
        # party named before it (a content pronoun anywhere else: "denied it", "it is said")
    elif lower in words("anaphoric_pronouns") or lower in words("content_pronouns") \
            or lower in words("time_words") and not _platform_as_subject(view, i):
        return False  # (``_content_pronoun``, or a time word — the platforms among them only as a medium)
    group = _group_of_number(view, i)
    if view.like_nums[i] and not (dep in view.deps.subject and group):
        return False  # a number is no source, but "Een van hen, Ria Verhoeven, zei" / "One of them said" is
    if pos in ("NOUN", "ADJ", "DET", "X") and dep not in view.deps.subject and not _source_like_at(view, i) \
            and not _inverted_after_opening(view, i):
        return False  # an object or a word-order guess must look like a source ("a family holiday" does not);
        # a subject of a speech verb is a source even when the lexicon does not know the noun ("the brewery")
    if lower in view.lang.union("first_person", "generic_pronouns") and not (
            lower in words("anonymous_nouns") and i + 1 < len(view.lowers) and (
                _source_postmodifier_at(view, i + 1)
                or any(view.dep[c] in view.deps.relative_clause and c > i for c in view.children(i)))) \
            and not any(view.lowers[c] not in words("anaphoric_group_words") for c in group):
        return False  # the speaker inside a quote, or "you"/"men" in general (but "someone familiar with the
        # talks" and "iemand die het van dichtbij zag" are unnamed sources, and "One of the residents said" one of
        # them; "One of them said" is found through "them", the group named before)
    if _nobody_at(view, i):
        return False
    if _in_anonymity_phrase(view)[i]:
        return False  # "a man who gave his name only as Dave": the name given (or "his name") is no named source
    # a lexicon source noun counts whatever tag the tagger gave it ("bronnen" tagged VERB, "Douane" ADJ, "de
    # beschuldigde" a participle with its article), but not an inflected verb whose lemma happens to be one
    # ("posted", lemma "post")
    if pos == "INTJ" and dep in view.deps.nominal_subject and view.texts[i][:1].isupper() and view.alphas[i] \
            and lower not in words("stopwords"):
        return True  # a name the tagger took for an interjection ("Kerr (51) voegt eraan toe …")
    return pos in ("NOUN", "PROPN", "PRON", "NUM", "X", "ADJ", "DET") or _source_like_at(view, i) and not (
        pos == "VERB" and view.is_lowers[i] and lower != view.lemmas[i] and lower not in _source_nouns(view.lang)[0]
        and not (i > 0 and view.pos[i - 1] == "DET") and dep not in view.deps.nominal_subject)
    # (but "…, aides say" with the plural read as a verb is the cue's subject, and "…, zeggen betrokkenen" a word
    # the lexicon holds as it stands)


def _inverted_party_read_as_expletive(view: TextView, i: int) -> bool:
    """A party pronoun the parser called an expletive right after a finite cue that follows a fronted phrase, in a
    verb-second language ("In een verklaring schrijft het dat …"): the inverted subject, not the empty "het" of an
    impersonal cue (the language's ``impersonal_cues``: "klonk het")."""
    h = view.heads[i]
    a_tok = view.sentences[view.sentence_of[i]][0]
    return bool(view.lang.get("verb_second")) and view.dep[i] in view.deps.expletive and h == i - 1 \
        and view.finite[h] and a_tok < h and view.pos[a_tok] == "ADP" \
        and _lemma_at(view, h, view.lang.words("impersonal_cues")) is None


def _platform_as_subject(view: TextView, i: int) -> bool:
    """Token ``i`` names a platform (the language's ``platform_names``, kept among the ``time_words`` so that "on
    Twitter", "op Facebook" place words like "on Monday" do) as the company it is: a capitalised subject with no
    preposition ("Twitter told advertisers …", "Facebook zegt …")."""
    return view.lowers[i] in view.lang.words("platform_names") and view.texts[i][:1].isupper() \
        and view.dep[i] in view.deps.nominal_subject \
        and not any(view.dep[c] in view.deps.case_marker for c in view.children(i))


def _impersonal_source(view: TextView, cue: Token, usable) -> tuple[bool, Token | None]:
    """"klonk het bij de vakbond", "luidt het in een verklaring": the 'het' is nobody; the source, if any, is
    the phrase that places the words ("bij de vakbond"), whatever its noun ("bij een vakbondsafgevaardigde"). (True,
    source) when the cue is used impersonally."""
    preps = view.lang.words("spokesperson_prepositions")
    documents = view.lang.union("document_nouns", "report_nouns")
    deps, dep, lowers, doc = view.deps, view.dep, view.lowers, view.doc
    placed = next((doc[c] for c in view.children(cue.i) if dep[c] in deps.oblique and (
        usable(doc[c]) or view.pos[c] in ("NOUN", "PROPN") and view.quote_of[c] < 0) and any(
        dep[m] in deps.case_marker and (lowers[m] in preps or view.lemmas[c] in documents)
        for m in view.children(c))), None)
    expletives = view.lang.words("expletive_pronouns")
    if placed is not None or any(dep[c] in deps.subject and lowers[c] in expletives for c in view.children(cue.i)) \
            or cue.i + 1 < len(lowers) and lowers[cue.i + 1] in expletives and view.quote_of[cue.i + 1] < 0:
        return True, placed  # (the pronoun right after the cue, whatever the parser made of it: "klonk het
        # strijdbaar" with "het" read as the article of the adverb)
    return False, None


def _verb_chain(view: TextView, cue: Token) -> list[Token]:
    """The cue and the verbs it hangs on (up to four): "Veldmark confirmed the report, saying …": the source of
    the main verb says it."""
    deps, dep, heads, doc = view.deps, view.dep, view.heads, view.doc
    verbs = [cue]
    head = cue.i
    noun = heads[head]
    if dep[head] in deps.clausal_modifier and _participle(cue) and view.pos[noun] == "NOUN" \
            and dep[noun] in deps.object and view.pos[heads[noun]] == "VERB" and heads[noun] < noun \
            and all(view.pos[k] in ("DET", "ADJ", "NOUN", "NUM") for k in range(heads[noun] + 1, noun)):
        head = heads[noun]  # "Kask held a press conference claiming …": who held it claims
        verbs.append(doc[head])
    while heads[head] != head and len(verbs) < 4:
        if dep[head] in deps.verb_chain or dep[head] in deps.adverbial_clause and (
                _participle(doc[head]) or _subjectless_infinitive(view, head)):
            head = heads[head]
        elif dep[head] in deps.clausal_modifier and _subjectless_infinitive(view, head) \
                and dep[heads[head]] in deps.object and view.pos[heads[heads[head]]] == "VERB" \
                and not any(dep[c] in deps.possessive for c in view.children(heads[head])):  # (not "the WHO's
            # decision to declare …": the owner's, not the verb's subject's)
            head = heads[heads[head]]  # "expressed willingness to stand … and promised to …": the noun's verb
        else:
            break
        verbs.append(doc[head])
    owner = _owner_of_infinitive(view, cue, verbs[-1])
    if owner is not None and len(verbs) < 4:
        verbs.extend(_verb_chain(view, owner)[:4 - len(verbs)])
    if len(verbs) >= 3 and dep[cue.i] in deps.conjunct and dep[verbs[1].i] in deps.clausal_complement \
            and (entry := cue_of(verbs[2], view)) is not None and entry.type in ("speech", "opinion", "directive"):
        del verbs[1]  # "Dunne felt the referee had added time and said …": the parser coordinated the cue with the
        # reported clause; it goes with the verb that reports it, whose subject speaks (also a question's: "asked
        # whether Dover had a permit and then ruled …")
    return verbs


def _subjectless_infinitive(view: TextView, v: int) -> bool:
    """The verb at ``v`` is an infinitive with the language's marker and no subject of its own ("expressed
    willingness to stand … and promised to respect …": the parser hung "promised" on "stand", whose subject is
    the main verb's)."""
    kids = view.children(v)
    return any(view.lowers[c] in view.lang.words("infinitive_markers") and view.dep[c] in view.deps.marker
               for c in kids) and not any(view.dep[c] in view.deps.subject for c in kids)


def _noun_of_finite_modifier(view: TextView, v: int) -> int | None:
    """The noun before a finite verb that the parser hung on it as a clause with neither a subject nor a marker of
    its own ("The airline cancelled 40 flights", "The board on Monday reversed its decision", read as a noun phrase
    with a modifier): the verb's subject, since a modifier clause without a relative word is never finite; else
    None."""
    noun = view.heads[v]
    if view.dep[v] not in view.deps.noun_clause or "Fin" not in view.verb_forms[v] or not noun < v \
            or view.pos[noun] not in ("NOUN", "PROPN"):
        return None
    deps = view.deps
    if any(view.dep[c] in deps.subject or view.dep[c] in deps.marker for c in view.children(v)):
        return None
    return noun


def _owner_of_infinitive(view: TextView, cue: Token, head: Token) -> Token | None:
    """A finite cue coordinated with an infinitive that hangs on a noun ("The trust has plans to sell the site and
    says it is talking to buyers", "heeft plannen om … te verkopen en meldt dat …"): the parser hung the cue on the
    infinitive, but it is coordinated with the verb that governs the noun, whose subject speaks. That verb, else
    None."""
    c, h, deps, dep, finite = cue.i, head.i, view.deps, view.dep, view.finite
    if h == c or dep[c] not in deps.conjunct or not finite[c] or finite[h] \
            or dep[h] not in deps.clausal_modifier \
            or not any(view.lowers[k] in view.lang.words("infinitive_markers") for k in view.children(h)):
        return None
    noun = view.heads[h]
    verb = view.heads[noun]
    if noun == verb or view.pos[verb] not in ("VERB", "AUX") or not finite[verb] or verb > c:
        return None
    return view.doc[verb]


def _argument_index(view: TextView, cue: int, child: int) -> int | None:
    """The token to rank for one argument of a verb (token indices): past a paragraph break parsed as the subject,
    within the cue's own sentence."""
    spaces, sentence_of = view.spaces, view.sentence_of
    if spaces[child]:  # a paragraph break parsed as the subject, the name hung on it ("\n\n De Boer zegt")
        name_extension = view.deps.name_extension
        child = next((c for c in view.children(child) if not spaces[c] and view.dep[c] in name_extension), child)
    if sentence_of[child] != sentence_of[cue]:
        # a subhead parsed into the subject ("Het verhaal van Ann ¶ Ann Vale uit Hoorn zegt"): the part of
        # the phrase in the cue's own sentence
        return next((t for t in view.subtree(child) if not spaces[t]
                     and sentence_of[t] == sentence_of[cue] and t < cue), None)
    return child


def _without_participle_objects(view: TextView, ranked: list) -> list:
    """The ranked arguments without a subject that stands after a participle hung on an earlier subject ("The union
    representing the dock workers said …" with the workers parsed as a second subject of "said"): a noun of that
    participle's phrase, not the source."""
    subjects = [r[2].i for r in ranked if r[0] == 0]
    if len(subjects) < 2:
        return ranked
    dep, deps, pos = view.dep, view.deps, view.pos
    inside = {s for s in subjects for t in subjects if t < s and any(
        dep[a] in deps.clausal_modifier and pos[a] == "VERB" and t < a < s
        and all(pos[k] in ("DET", "ADJ", "NOUN", "PROPN", "NUM") for k in range(a + 1, s))  # (its object, nothing else)
        for a in view.children(t))}
    return [r for r in ranked if not (r[0] == 0 and r[2].i in inside)]


def _ranked_arguments(view: TextView, verb: Token, cue: Token, content, usable) -> list[tuple[int, int, Token]]:
    """(rank, distance, token) of a verb's arguments that can be the cue's speaker: 0 the subject (or an inverted
    subject after a trailing cue), 1 an agent, 2 and 3 an object that looks like a source after or before."""
    words = view.lang.words
    deps, dep_of, pos, lowers, doc = view.deps, view.dep, view.pos, view.lowers, view.doc
    ranked: list[tuple[int, int, Token]] = []
    v, q = verb.i, cue.i
    children = list(view.children(v))
    if v == q:  # "…, liet de demograaf zien": the parser may hang the subject on the cue's particle
        children += [g for c in children if dep_of[c] in deps.particle for g in view.children(c)]
        # ("De brandweer heeft de redding van … bevestigd": or on the auxiliary of a final participle)
        children += [g for c in children if dep_of[c] in deps.auxiliary and c < v for g in view.children(c)
                     if dep_of[g] in deps.subject]
    for child in children:
        dep = dep_of[child].lower()
        child = _argument_index(view, q, child)
        if child is None:
            continue
        if dep in deps.passive_subject and not _passive(view, verb) and not _trailing_misread_as_passive(view, v):
            continue  # a dateline hung on the verb beside its active subject ("Lisbon--…, local media reported")
        if dep in deps.subject and _number_disagrees(view, child, v):
            continue  # "Een rapport door Vos en andere analisten voorspelt …": a plural noun is no subject of a
            # singular verb, whatever the parse
        if dep in deps.subject or dep in deps.auxiliary and pos[child] == "PROPN" and child < v \
                or dep in deps.vocative and pos[child] in ("PROPN", "NOUN") and child < v and view.quote_of[child] < 0:
            rank = 0  # (a name is never an auxiliary: "Veldmark confirmed" parsed with Veldmark as aux; nor is a
            # name before the verb outside quotes addressed: "GM, in a statement …, held out hope …" as a vocative)
        elif dep in deps.agent or (dep in deps.oblique and any(
                lowers[c] in words("agent_prepositions") for c in view.children(child))):
            rank = 1
        elif dep in deps.oblique and v == q and _as_clause(view, v) and _as_report_source(view, v) == child:
            rank = 1  # "As previously reported in the Harbour Gazette, …": the outlet is the source
        elif dep in deps.object and content is not None and content[1] <= view._starts[q] < view._starts[child] \
                and v == q and _after_comma(view, cue) and view.quote_of[child] < 0:
            # "…, zeggen dorpsgenoten": after a trailing cue the subject follows it, whatever the noun
            if pos[child] in ("NOUN", "PROPN") and not _nobody_at(view, child) \
                    and lowers[child] not in words("time_words"):
                ranked.append((0, abs(child - q), doc[child]))
            continue
        elif dep in deps.inverted_subject_position:
            if not _source_like_at(view, child):
                continue  # "noemt het besluit …", "announced the recall": an object, not an inverted subject
            if dep in deps.oblique and any(dep_of[c] in deps.case_marker and (
                    pos[child] == "NOUN" or lowers[c] in words("interlocutor_prepositions"))
                                           for c in view.children(child)):
                continue  # "In a statement issued on Monday, the coastguard confirmed …" with the subject
                # misread: a phrase behind a preposition is where the words stand, not who says them (nor is a
                # name behind a listener's preposition: "wrote X in an e-mail to The Daily Post")
            if dep in deps.objects and view.lemmas[v] in words("addressee_verbs") and (
                    pos[child] != "PRON" or lowers[child] in view.lang.get("pronoun_forms", {})) \
                    and not (child == q + 1 and pos[child] == "PROPN" and _quote_before(view, cue, " ,") is not None):
                continue  # "told the BBC", "informeerde de raad", "told her": the object is the addressee (but
                # '"…?" wrote Holt, …': a name right after a cue that follows a quote is the inverted subject)
            rank = 2 if child > q else 3
        else:
            continue
        tok = doc[child]
        if usable(tok):
            ranked.append((rank, abs(child - q), tok))
    return ranked


def _number_disagrees(view: TextView, noun: int, verb: int) -> bool:
    """A plural common noun and a finite verb in the singular of the present tense, where the form shows the
    number ("voorspelt", "predicts"): the noun cannot be the verb's subject (a singular noun before a plural verb
    may be the first of coordinated subjects, and is not asked about; a past form's number is the tagger's
    guess)."""
    if view.pos[noun] != "NOUN" or not view.finite[verb] or "Pres" not in view.tenses[verb]:
        return False
    return view.doc[noun].morph.get("Number") == ["Plur"] and view.doc[verb].morph.get("Number") == ["Sing"]


def _after_comma(view: TextView, cue: Token) -> bool:
    """A cue right after a comma, or after a comma and a pronoun that points back ("…, zo laat de familie
    weten")."""
    i = cue.i
    if i > 1 and view.lowers[i - 1] in view.lang.words("anaphoric_pronouns"):
        i -= 1
    return i > 0 and view.doc[i - 1].text == ","


def _nearest_nominal(view: TextView, cue: Token, usable) -> Token | None:
    """The nearest usable nominal right after the cue (inversion), then right before it, climbed to its noun
    phrase's head; a phrase that places unnamed sources gives those sources ("Sources close to the trust")."""
    a, b = view.sentences[view.sentence_of[cue.i]]
    addressee_verb = view.lemmas[cue.i] in view.lang.words("addressee_verbs")
    heads, dep, pos, doc = view.heads, view.dep, view.pos, view.doc
    listener_end = cue.i + 1
    while addressee_verb and listener_end < b and pos[listener_end] in ("DET", "ADJ", "NOUN", "PROPN", "PRON") \
            and view.quote_of[listener_end] < 0:
        listener_end += 1  # ("told host Ann Dale": the phrase right after a verb of telling is its listener)
    for i in list(range(cue.i + 1, min(b, cue.i + 5))) + list(range(cue.i - 1, max(a - 1, cue.i - 6), -1)):
        if addressee_verb and i > cue.i and (heads[i] == cue.i and dep[i] in view.deps.objects or i < listener_end):
            continue  # "Pat Donnelly told the BBC …": the BBC was told
        if i > cue.i and _after_interlocutor(view, i):
            continue  # "Dat zeggen overlevenden tegen de NOS": the NOS was spoken to
        tok = doc[i]
        if pos[i] != "PRON" and tok.is_stop and view.lowers[i] not in given_names()["all"]:
            continue  # "Because at first we thought …": a function word, whatever the tagger made of it
        if usable(tok) and (pos[i] in ("NOUN", "PROPN", "PRON") or _source_like_at(view, i)):
            if i < cue.i:
                first = view.doc[heads[i]] if dep[i] in view.deps.conjunct and a <= heads[i] < i else tok
                lo = view.np_range(first)[0]  # (from the first of coordinated phrases: "by X and other analysts")
                while lo > a and pos[lo - 1] in ("DET", "ADJ", "NUM"):
                    lo -= 1
                if lo >= a + 3 and pos[lo - 1] == "ADP" and _participle_before_phrase(view, lo - 2) \
                        and usable(doc[lo - 3]):
                    i, tok = lo - 3, doc[lo - 3]  # "…, emails seen by this newspaper show": the emails, not who
                    # saw them
            placed = _placed_source(view, tok, a)
            if placed is not None:
                return placed  # "Sources close to the trust said": the sources, not the trust
            while heads[i] != i and pos[heads[i]] in ("NOUN", "PROPN") \
                    and dep[i] in view.deps.noun_phrase_part and usable(doc[heads[i]]) \
                    and not (heads[i] < i and "," in view.texts[heads[i] + 1:i]):
                i = heads[i]  # climb to the noun phrase head (not over a comma back to a fronted phrase: "In
                # his ruling, Judge Ida Moor wrote …" with the name hung on "ruling")
            return doc[i]
    return None


def _after_interlocutor(view: TextView, i: int) -> bool:
    """Token ``i`` is in a noun phrase that an interlocutor preposition opens ("tegen de NOS", "to reporters"): who
    was spoken to, never who spoke."""
    k = i - 1
    while k >= 0 and view.pos[k] in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        k -= 1
    return k >= 0 and view.pos[k] == "ADP" and view.lowers[k] in view.lang.words("interlocutor_prepositions")


def _open_ended(view: TextView, a: int, b: int) -> bool:
    """A clause cut off before its complement ("One child was, according to the fire service, among the dead"):
    it ends on an auxiliary, a preposition or a determiner."""
    found = view.span_range(a, b)
    toks = [k for k in range(*found) if not view.puncts[k]] if found is not None else []
    return bool(toks) and view.pos[toks[-1]] in ("AUX", "ADP", "DET", "SCONJ", "CCONJ")


def _verb_end_after_parenthesis(view: TextView, a: int, b: int, cue: int | None = None) -> bool:
    """In a verb-second language, the rest of a clause after a parenthetical cue ("De gemeente gaat, zo liet de
    wethouder weten, de weg afsluiten", "… sluit, zo …, de weg af"): no finite verb of its own, not a relative,
    participle or adjunct phrase, and it ends on the clause's verb-final part, an infinitive or participle, or a
    stranded particle — not the particle of the ``cue`` itself, whose source's apposition stood between the commas
    ("…, geeft Eva Smit, woordvoerder van de bond, aan")."""
    if not view.lang.get("verb_second"):
        return False
    toks = [k for k in range(a, b) if not view.puncts[k] and not view.spaces[k]]
    if len(toks) < 2 or view.lowers[toks[0]] in view.lang.words("relative_pronouns") or any(
            view.finite[k] or view.quote_of[k] >= 0 for k in toks) or view.verb_forms[toks[0]] & {"Ger", "Part"} \
            or view.pos[toks[0]] in ("ADP", "SCONJ", "CCONJ"):  # (an adjunct: "…, zei ze, ondanks de scheuren")
        return False
    last = toks[-1]
    if cue is not None and view.heads[last] == cue and view.dep[last] in view.deps.particle:
        return False
    return view.pos[last] in ("VERB", "AUX") and bool(view.verb_forms[last] & {"Inf", "Part"}) \
        or view.pos[last] == "ADP" and view.pos[toks[-2]] in ("NOUN", "PROPN", "PRON")


def _before_interlocutor(view: TextView, speaker: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """A speaker after its cue ends before an interlocutor preposition ("…, zo meldt de havendirecteur tegen de
    verslaggevers …": the listeners), unless a placing word or relative pronoun comes first ("people familiar with
    the matter", "een buurtbewoner die met zijn hond …")."""
    listeners, lowers = view.lang.words("interlocutor_prepositions"), view.lowers
    cut = next((k for k in range(speaker.i + 1, rng[1]) if lowers[k] in listeners and view.pos[k] == "ADP"), None)
    if cut is None:
        return rng
    placing = _placing_words(view.lang) | view.lang.words("relative_pronouns")
    if any(lowers[k] in placing for k in range(speaker.i, cut)):
        return rng
    return rng[0], cut


def _cites(view: TextView, tok: Token) -> bool:
    """A sourcing participle ("citing", "quoting"): it names the sources of a report, it reports nothing."""
    return norm_lemma(tok) in _sourcing_words(view.lang) and _participle(tok)


def _sourcing(view: TextView, tok: Token) -> bool:
    """A participle that names the sources of the report it hangs on ("…, the agency reported, citing two
    managers it said had seen the plans"), and a cue inside that phrase."""
    words = _sourcing_words(view.lang)
    if tok.doc is not view.doc:
        view = TextView(tok.doc, view.lang)  # (a token of another text: that text's table)
    heads, lemmas, doc = view.heads, view.lemmas, view.doc
    k, chain = tok.i, [tok.i]  # the token and up to three of its ancestors (``Token.ancestors``)
    while len(chain) < 4 and heads[k] != k:
        k = heads[k]
        chain.append(k)
    for k in chain:
        if lemmas[k] in words and _participle(doc[k]) and heads[k] != k and cue_of(doc[heads[k]], view) is not None:
            return True
    return False


@lru_cache(maxsize=None)
def _placing_words(lang: LangData) -> frozenset[str]:
    """The first words of the phrases that place an unnamed source ("briefed" of "briefed on")."""
    return frozenset(p.split()[0] for p in lang.words("source_postmodifiers"))


@lru_cache(maxsize=None)
def _sourcing_words(lang: LangData) -> frozenset[str]:
    return frozenset(w.replace("|", "") for w in lang.words("sourcing_participles"))


def _gerund_at(view: TextView, k: int) -> bool:
    """The view's token k is a gerund or present participle by its morphology ("adding", "warning")."""
    form = view.verb_forms[k]
    return "Ger" in form or "Part" in form and "Pres" in view.tenses[k]


def _participle(tok: Token) -> bool:
    """A participle or gerund with no subject of its own ("saying", "adding", "citing", "stellende")."""
    forms = set(tok.morph.get("VerbForm"))
    return bool(forms & {"Ger", "Part"} or tok.tag_ == "VBG") and not any(
        c.dep_ in deps_of(tok.doc).subject for c in tok.children)


def _placed_source(view: TextView, tok: Token, start: int) -> Token | None:
    """An unnamed source placed by a phrase that holds ``tok`` ("sources close to the trust", "ingewijden rond
    het kabinet", "people familiar with the talks"): the source noun before the placing words."""
    lang = view.lang
    unnamed = lang.union("anonymous_nouns", "group_nouns")
    lemmas, lowers = view.lemmas, view.lowers
    for phrase in lang.words("source_postmodifiers"):
        words = phrase.split()
        for k in range(max(start, tok.i - len(words) - 4), tok.i):
            if k < 1 or lemmas[k - 1] not in unnamed and lowers[k - 1] not in unnamed:
                continue
            if view.phrase_at(k, words) and k + len(words) <= tok.i:
                return view.doc[k - 1]
    return None


def _nobody(view: TextView, tok: Token) -> bool:
    """A noun phrase under a negation names nobody who speaks ("Geen minister die denkt …", "No minister
    has said …")."""
    if tok.doc is not view.doc:
        return any(c.dep_ in view.deps.determiner and c.lower_ in view.lang.words("negations") for c in tok.children)
    return _nobody_at(view, tok.i)


def _nobody_at(view: TextView, i: int) -> bool:
    """``_nobody`` of the view's token i."""
    determiners, negations, dep, lowers = view.deps.determiner, view.lang.words("negations"), view.dep, view.lowers
    return any(dep[c] in determiners and lowers[c] in negations for c in view.children(i))


def source_like(view: TextView, tok: Token) -> bool:
    """Could this noun be a source? A name, a personal pronoun, or a person/organisation/group noun of the
    lexicons (also as the end of a compound: "legerwoordvoerder")."""
    if tok.doc is view.doc:
        return _source_like_at(view, tok.i)
    if tok.pos_ in ("PROPN", "PRON") or tok.text[:1].isupper() and tok.i > 0 and not tok.is_sent_start:
        return tok.lower_ not in view.lang.words("time_words")
    nouns, endings = _source_nouns(view.lang)
    word, lemma = tok.lower_, norm_lemma(tok)
    return word in nouns or lemma in nouns or word.endswith(endings) or lemma.endswith(endings)


def _source_like_at(view: TextView, i: int) -> bool:
    """``source_like`` of the view's token i."""
    if view.pos[i] in ("PROPN", "PRON") or view.texts[i][:1].isupper() and i > 0 and not view.sent_starts[i]:
        return view.lowers[i] not in view.lang.words("time_words")
    nouns, endings = _source_nouns(view.lang)
    word, lemma = view.lowers[i], view.lemmas[i]
    return word in nouns or lemma in nouns or word.endswith(endings) or lemma.endswith(endings)


@lru_cache(maxsize=None)
def _source_nouns(lang) -> tuple[frozenset[str], tuple[str, ...]]:
    """The nouns ``source_like`` accepts, and those of more than four letters (a compound may end in one)."""
    nouns = lang.union("role_nouns", "anonymous_nouns", "group_nouns", "organization_nouns", "document_nouns",
                       "generic_person_nouns")
    return nouns, long_nouns(nouns)


def _parenthetical_subject(view: TextView, cue: Token, usable) -> Token | None:
    """Word order: "X, <apposition or relative clause>, said/told": the noun phrase before the parenthesis."""
    a, _ = view.sentences[view.sentence_of[cue.i]]
    pos, texts = view.pos, view.texts
    k = cue.i - 1
    while k > a and (pos[k] in ("AUX", "ADV") or view.spaces[k]):
        k -= 1
    if k <= a or texts[k] != ",":
        return None
    j = k - 1
    while j > a and texts[j] != ",":
        j -= 1
    if j <= a or texts[j] != ",":
        return None
    heads, dep, parts = view.heads, view.dep, view.deps.name_phrase_part
    cand = j - 1
    while heads[cand] != cand and a <= heads[cand] < j and dep[cand] in parts and pos[heads[cand]] in ("NOUN", "PROPN"):
        cand = heads[cand]
    tok = view.doc[cand]
    if usable(tok) and (pos[cand] in ("NOUN", "PROPN", "PRON") or _source_like_at(view, cand)):
        return tok
    return None


def _preverbal_subject(view: TextView, cue: Token, usable) -> Token | None:
    a_tok, _ = view.sentences[view.sentence_of[cue.i]]
    pos, texts = view.pos, view.texts
    toks = [k for k in range(a_tok, cue.i) if not view.spaces[k]]
    if not toks or any(pos[k] in ("VERB", "AUX", "SCONJ") or texts[k] in (",", ":", ";") or view.quote_of[k] >= 0
                       for k in toks):
        return None
    inside = set(toks)
    heads = view.heads
    if pos[toks[0]] == "ADP" and view.dep[toks[0]] in view.deps.case_marker and heads[toks[0]] in inside:
        return None  # "Tegenover de NOS zegt de minister …": a phrase a preposition opens is no subject (the
        # subject follows the verb)
    doc = view.doc
    nominals = [k for k in toks if pos[k] in ("NOUN", "PROPN", "PRON") and usable(doc[k])]
    if not nominals:
        return None
    head = nominals[-1]
    while heads[head] in inside and heads[head] != head and pos[heads[head]] in ("NOUN", "PROPN", "PRON"):
        head = heads[head]
    return doc[head]


def _closes_before_cue(view: TextView, head: Token) -> bool:
    """'<clause ending in a name>, a spokesman said': the role noun's phrase runs straight into a verb with no comma
    closing it, so it is the verb's subject, not an apposition of the name before it."""
    end = view.np_range(head)[1]
    return end < len(view.texts) and view.pos[end] == "VERB" and any(
        view.pos[k] == "DET" for k in range(view.np_range(head)[0], head.i))


def _lone_given_name(view: TextView, k: int) -> bool:
    """The word at token ``k`` is a known given name alone between two commas ("Her husband, Carlos, said"): the
    person's name as the article gives it."""
    texts = view.texts
    return 0 < k < len(texts) - 1 and texts[k - 1] == "," and texts[k + 1] == "," and texts[k][:1].isupper() \
        and view.lowers[k] in given_names()["all"]


def prefer_name(view: TextView, head: Token, content: tuple[int, int] | None = None) -> Token:
    """'Rosa Klein, a hydrologist at …, said': when the parser makes the role noun the subject, the source is
    the name it stands in apposition to (never a name inside the reported content: '… sites in Spain, two people
    briefed on the talks said')."""
    h = head.i
    pos, dep, deps, heads, texts, doc = view.pos, view.dep, view.deps, view.heads, view.texts, view.doc
    if pos[h] == "PROPN":
        roles = view.lang.words("role_nouns")
        for child in view.children(h):  # "Florida Department of Transportation official Troy Roberts said": the
            # parser made the body the subject and hung the person on it; the name after the role names the source
            if child > h + 1 and pos[child] == "PROPN" and dep[child] in deps.nominal_modifier \
                    and view.lowers[child - 1] in roles and view.quote_of[child] < 0 \
                    and any(dep[c] in deps.name_part for c in view.children(child)):
                return doc[child]
            if child > h + 2 and dep[child] in deps.apposition and texts[child - 1] == "," \
                    and given_name(doc[child]) and view.quote_of[child] < 0 \
                    and any(view.lowers[k] in roles for k in range(h + 1, child - 1)):
                return doc[child]  # "The Bank of England's governor, Andrew Bailey, warned" parsed with the bank
                # as the subject: the person the role names
        return head
    if pos[h] == "PRON":
        return head
    if dep[h] in deps.apposition and pos[heads[h]] == "PROPN" and heads[h] < h \
            and not _closes_before_cue(view, head):
        return doc[heads[h]]
    for child in view.children(h):
        if dep[child] in deps.apposition and pos[child] == "PROPN" and child < h:
            return doc[child]
        if dep[child] in deps.apposition and child > h and view.quote_of[child] < 0:
            first = min((k for k in view.subtree(child) if not view.puncts[k]), default=child)
            if texts[first - 1] == "," and first < child and texts[child][:1].isupper() and (
                    given_name(doc[first]) or view.lowers[first].rstrip(".") in view.lang.words("honorifics")
                    or pos[first] == "PROPN" and dep[first] in deps.name_compound):
                return doc[child]  # "His neighbour, Sarah Price, …" with the surname tagged a noun ("price"), or
                # a title before it ("The head teacher, Mrs Okafor, …")
        if child > h and texts[child - 1] == "," and view.quote_of[child] < 0 and (
                given_name(doc[child]) or pos[child] == "PROPN" and any(dep[c] in deps.name_part
                                                                        for c in view.children(child))
                or _lone_given_name(view, child)):
            # (the closing comma may hang on the name)
            end = max(t for t in view.subtree(child) if not view.puncts[t])
            if dep[child] in deps.apposition or end + 1 < len(texts) and texts[end + 1] == ",":
                # "The mayor of Harwick, Dennis Oyelaran, announced", "Een van hen, Ria Verhoeven, zei" (a conj,
                # or any other relation, between commas is an apposition the parser misread): the name names the
                # source
                return doc[child]
    a, _ = view.np_range(head)
    k = a - 1
    if k >= 1 and texts[k] == "," and pos[k - 1] == "PROPN" and not view.spaces[k - 1] \
            and view.quote_of[k - 1] < 0 and not texts[h][:1].isupper() \
            and view.lowers[k - 1] not in view.lang.words("time_words") \
            and not any(dep[c] in deps.case_marker for c in view.children(k - 1)) \
            and not (content is not None and content[0] <= view._starts[k - 1] < content[1]):
        name = k - 1
        while dep[name] in deps.name_compound and heads[name] < name + 3 and pos[heads[name]] == "PROPN" \
                and heads[name] != name:
            name = heads[name]
        return doc[name]
    return _name_between_commas_after(view, head, content) or head


def _name_between_commas_after(view: TextView, head: Token, content: tuple[int, int] | None) -> Token | None:
    """By word order: the role's phrase, a comma, a person's name (a known given name, a title, or two names), a
    comma ("Directeur van het bedrijf, Lorna Pike, zegt …", where the parser hung the name on "bedrijf"): the
    name."""
    texts, pos, n = view.texts, view.pos, len(view.texts)
    b = view.np_range(head)[1]
    if b + 2 >= n or texts[b] != ",":
        return None
    if view.lowers[b + 1].rstrip(".") in view.lang.words("honorifics") and texts[b + 2][:1].isupper() \
            and pos[b + 2] == "PROPN":
        b += 1  # "De directeur, mevrouw Okafor, zegt …": the name after the title
    elif not (pos[b + 1] == "PROPN" and (given_name(view.doc[b + 1]) or b + 3 < n and pos[b + 2] == "PROPN"
                                         and texts[b + 2][:1].isupper() and texts[b + 3] == ",")):
        return None  # (a given name the list lacks in a two-word name: "…, Ned Prijs, zei …")
    m = b + 1
    while m + 1 < n and pos[m + 1] == "PROPN" and texts[m + 1][:1].isupper():
        m += 1
    if m + 1 >= n or texts[m + 1] != "," or view.quote_of[b + 1] >= 0 \
            or content is not None and content[0] <= view._starts[b + 1] < content[1]:
        return None
    return view.doc[b + 1]


def _infinitival(view: TextView, a: int, b: int) -> bool:
    """The content is an infinitive clause: a marker of the language's ``infinitive_markers`` and no finite verb."""
    toks = [t for t in view.span(a, b) or () if not t.is_space]
    markers = view.lang.words("infinitive_markers")
    return any(t.lower_ in markers for t in toks) and not any(_finite(t) for t in toks)


def _past_listener(view: TextView, a: int, b: int) -> int:
    """Content after an addressee verb that starts with the listener and a complementizer ("the court that …",
    "the jury that …", "de rechtbank dat …"): the content starts after the complementizer."""
    toks = [t for t in view.span(a, b) or () if not t.is_space][:8]
    comps = view.lang.words("complementizers") - view.lang.words("interrogative_complementizers")
    for k, t in enumerate(toks):
        if t.lower_ in comps and k > 0 and k + 1 < len(toks):
            if all(x.pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADP") for x in toks[:k]) \
                    and toks[k - 1].pos_ in ("NOUN", "PROPN"):
                return view.trim(toks[k + 1].idx, b)[0]
            return a
        if t.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "ADP"):
            return a
    return a


LISTENER_POS = ("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "ADP")  # the words of a listener phrase


def _listener_before_quote(view: TextView, quotes, a: int, b: int) -> int:
    """Content after an addressee verb that is the listener and then a whole quoted sentence running to its end
    ('the court "Nothing was checked."', 'de rechtbank "Er is niets gecontroleerd."'): the content starts at the
    quote's opening mark (the listener is who was told, not what). ``quotes``: the text's quotes."""
    q = next((q for q in quotes if a < q.open and q.close is not None and q.start < b <= q.outer_end + 1
              and not view.text[b:q.end].strip(".!?…")), None)
    if q is None or not _sentence_quote(view, q):
        return a
    rng = view.span_range(a, q.open)
    return q.open if rng is not None and rng[1] - rng[0] <= 6 and _listener_phrase(view, *rng) else a


def _listener_phrase(view: TextView, a_tok: int, b_tok: int) -> bool:
    """Tokens [a_tok, b_tok) are a listener phrase: words of ``LISTENER_POS`` only, ending in a noun, a name or a
    pronoun ("the court", "tegen de raad")."""
    return a_tok < b_tok and view.pos[b_tok - 1] in ("NOUN", "PROPN", "PRON") \
        and all(view.pos[t] in LISTENER_POS for t in range(a_tok, b_tok))


def _sentence_quote(view: TextView, q) -> bool:
    """A quote that is a sentence of its own: it opens with a capital letter and holds a finite verb (not a partial
    quote, 'the plan "will cost jobs"', nor a title, 'het boek "De Avonden"')."""
    if not view.text[q.start:q.start + 1].isupper():
        return False
    rng = view.span_range(q.start, q.end)
    return rng is not None and any(view.finite[t] for t in range(*rng))


def _before_speaker_title(view: TextView, a: int, b: int, speaker_start: int) -> int:
    """Content before a trailing cue that the parser ran into the speaker's title ("The driver had been drinking,
    Sgt." before "Maria Lopez said"): it ends at the last comma before the speaker mention when only capitalised
    words or the language's titles stand between."""
    s_idx = view.doc[speaker_start].idx
    if not a < s_idx <= b + 4 or s_idx > b and view.text[b:s_idx].strip(" ."):
        return b  # (the speaker inside the content: "…, Capt. Eric Holloway of the fire department | said")
    comma = view.text.rfind(",", a, s_idx)
    if comma < 0:
        return b
    between = [t for t in view.span(comma + 1, s_idx) or () if not t.is_space]
    titles = set(view.lang.get("abbreviations", [])) | view.lang.words("honorifics")
    if between and len(between) <= 3 and all(t.text[:1].isupper() or t.text in titles or t.lower_ in titles
                                             for t in between):
        return view.trim(a, comma)[1]
    return b


def _negation_after_auxiliary(view: TextView, cue_tokens: list[Token]) -> bool:
    """A negation word right after one of the cue's auxiliaries, whatever the parser hung it on ("had not, as of
    Friday, announced": "not" hung on the time phrase)."""
    negations, dep, auxiliary = view.lang.words("negations"), view.dep, view.deps.auxiliary
    return any(dep[c] in auxiliary and c < t.i and view.lowers[c + 1] in negations
               for t in cue_tokens for c in view.children(t.i))


def _attribution(view: TextView, cue_tokens: list[Token], lemma: str, ctype: str, speaker: Token | None,
                 via: str, sentence: tuple[int, int], content: tuple[int, int] | None = None) -> Attribution:
    starts, ends, dep, deps = view._starts, view._ends, view.dep, view.deps
    start = min(starts[t.i] for t in cue_tokens)
    end = max(ends[t.i] for t in cue_tokens)
    first = cue_tokens[0].i
    negated = any(view.negates_at(t.i) for t in cue_tokens) or (
        (dep[first] in deps.open_complement or dep[first] in deps.clausal_subject)  # "wilde niet zeggen", "would not
        and view.negates_at(view.heads[first])) or any(  # say", "it is not possible to verify"
        dep[c] in deps.adverbial_modifier and c < t.i and view.negates_at(c)
        for t in cue_tokens for c in view.children(t.i)) \
        or _negation_after_auxiliary(view, cue_tokens) \
        or ctype in ("confirm", "admit") and view.attempt_of(first) is not None
    # ("kon … niet onafhankelijk vaststellen": on its adverb; "were still trying to confirm that …", "om te
    # bevestigen dat …": a confirmation aimed at, not made, confirms nothing)
    if speaker is not None and not view.spaces[speaker.i]:
        speaker = prefer_name(view, speaker, content)
        rng = _with_conjuncts(view, speaker, view.np_range(speaker, stop=content), content)
        if speaker.i > min(t.i for t in cue_tokens):
            rng = _before_interlocutor(view, speaker, rng)
        a = rng[0]
        if 0 < a <= speaker.i and view.pos[a - 1] == "DET" and view.dep[a - 1] in view.deps.determiner \
                and not a <= view.heads[a - 1] < rng[1] and view.quote_of[a - 1] == view.quote_of[a] \
                and not view.puncts[a] and (view.heads[a - 1] in (t.i for t in cue_tokens)
                                            or view.pos[view.heads[a - 1]] in ("VERB", "AUX")):
            rng = (a - 1, rng[1])  # "De verdachte ontkent …" with the article hung on the cue (read as a noun) or
            # on a verb: the article right before the phrase is its own
        while rng[1] - 1 > speaker.i and view.pos[rng[1] - 1] == "ADV" and view.is_lowers[rng[1] - 1]:
            rng = (rng[0], rng[1] - 1)  # "a statement from the ministry earlier confirmed": the time is no source
        verb = _cue_verb_read_into_phrase(view, rng[0], speaker.i)
        if verb is not None:
            rng = (verb + 1, rng[1])  # "Smith and Lee cite research from 2014 showing …": the research shows it
        cue_at = min(t.i for t in cue_tokens)
        carrier = _cue_carrier_after(view, cue_at, speaker.i, rng)
        if carrier is not None:
            rng = (rng[0], carrier)  # "The minister called on Italy to join, adding …" with "called on Italy to join"
            # parsed as a clause on the noun and the cue hung inside it: the minister
        rng = _with_identifying_clause(view, speaker.i, rng, cue_at, content)
        rng = _with_identifying_participle(view, speaker.i, rng, cue_at, content)
        if rng[0] <= cue_at < rng[1] and speaker.i > cue_at:
            rng = (cue_at + 1, rng[1])  # "Dat melden omwonenden" with the noun parsed as the verb the cue hangs on
        if rng[0] < cue_at < rng[1] and speaker.i < cue_at:
            rng = (rng[0], cue_at)  # "the company confirmed on Thursday" with the cue parsed into the noun phrase
            relatives = view.lang.words("relative_pronouns")
            while rng[1] - 1 > speaker.i and (view.lowers[rng[1] - 1] in relatives or view.puncts[rng[1] - 1]):
                rng = (rng[0], rng[1] - 1)  # "two witnesses who say …": the witnesses
        return Attribution(start, end, lemma, ctype, rng, speaker.i, negated, via, sentence)
    return Attribution(start, end, lemma, ctype, None, None, negated, via, sentence)


def _with_identifying_clause(view: TextView, i: int, rng: tuple[int, int], cue_at: int,
                             content: tuple[int, int] | None) -> tuple[int, int]:
    """A speaker named only by an indefinite pronoun of the language that can be an unnamed source ("iemand",
    "someone": ``generic_pronouns`` and ``anonymous_nouns``) keeps the relative clause right after it, which is
    all that says who it is ("vertelt iemand die het van dichtbij zag"): the phrase runs to that clause's end (not
    past the cue, nor into the content or a quote)."""
    words = view.lang.words
    if rng[1] != i + 1 or view.lowers[i] not in words("generic_pronouns") or view.lowers[i] not in words(
            "anonymous_nouns"):
        return rng
    rel = next((c for c in view.children(i) if view.dep[c] in view.deps.relative_clause and c > i), None)
    return rng if rel is None else _phrase_run_over(view, i, rng, max(view.subtree(rel)) + 1, cue_at, content)


def _phrase_run_over(view: TextView, i: int, rng: tuple[int, int], end: int, cue_at: int,
                     content: tuple[int, int] | None) -> tuple[int, int]:
    """The speaker phrase ``rng`` of the noun or pronoun at ``i`` run on to token ``end`` (the clause or phrase after
    it that says who it is), unless that would pass the cue at ``cue_at``, cross a comma, semicolon, colon or quote,
    or reach into the ``content``: then ``rng`` as it was."""
    if i < cue_at < end or any(view.quote_of[k] >= 0 or view.texts[k] in (",", ";", ":") for k in range(i + 1, end)):
        return rng
    if content is not None and view._starts[i] < content[1] and content[0] < view._ends[end - 1]:
        return rng
    return rng[0], end


def _with_identifying_participle(view: TextView, i: int, rng: tuple[int, int], cue_at: int,
                                 content: tuple[int, int] | None) -> tuple[int, int]:
    """An unnamed person introduced by an indefinite determiner ("a woman", "een man": ``generic_person_nouns``)
    keeps the participle phrase right after the noun, all that says who it is ("a woman living nearby said", "a man
    walking his dog said", "a person out walking"): the phrase runs to that participle's last word (not past the
    cue, nor into the content, nor over a comma or a quote)."""
    words = view.lang.words
    if not (rng[1] == i + 1 or rng[1] == i + 2 and view.pos[i + 1] in ("ADV", "ADP")) \
            or view.lowers[rng[0]] not in words("indefinite_determiners") \
            or view.lemmas[i] not in words("generic_person_nouns"):
        return rng
    part = next((c for c in view.children(i) if view.pos[c] == "VERB" and (
        c == i + 1 or c == i + 2 and view.pos[i + 1] in ("ADV", "ADP") and view.heads[i + 1] in (i, c))), None)
    if part is None or not view.verb_forms[part] & {"Ger", "Part"} or view.dep[part] not in view.deps.clausal_modifier:
        return rng
    return _phrase_run_over(view, i, rng, max(view.subtree(part)) + 1, cue_at, content)


def _cue_verb_read_into_phrase(view: TextView, a: int, head: int) -> int | None:
    """The last word between ``a`` and the phrase's head ``head`` that is a cue verb in its plain or present form
    which the tagger read as a modifier of the noun ("Smith and Lee cite research …" read as one noun phrase with
    "cite" an adjective), right after a noun: the phrase starts after it. A participle ("the reported cases") is
    a modifier indeed."""
    lexicon, suffixes = cue_lexicon(view.lang), view.lang.words("present_verb_suffixes")
    for k in range(head - 1, a - 1, -1):
        lemma, lower = view.lemmas[k], view.lowers[k]
        if view.pos[k] in ("ADJ", "VERB") and view.is_lowers[k] and lemma in lexicon \
                and (lower == lemma or any(lower == lemma + x for x in suffixes)) \
                and k > a and view.pos[k - 1] in ("NOUN", "PROPN"):
            return k  # (after a noun, the subject's last word: not "the state broadcaster")
    return None


def _cue_carrier_after(view: TextView, cue_at: int, speaker_at: int, rng: tuple[int, int]) -> int | None:
    """The first past verb after the speaker inside the speaker's phrase ``rng`` that the cue hangs on, directly or
    through other words (the parser read the sentence's main verb as a clause on the speaker's noun and hung the
    cue on it): where the phrase must end. None when the cue hangs on nothing inside the phrase."""
    heads, k, inside = view.heads, cue_at, []
    for _ in range(8):
        if heads[k] == k:
            break
        k = heads[k]
        if speaker_at < k < rng[1] and view.pos[k] in ("VERB", "AUX") and view.is_lowers[k] \
                and "Past" in view.tenses[k] and not _origin_participle(view, k, speaker_at):
            # (a past verb, not a word of a name read as a verb, "the patient group Diabetes Voice said", nor an
            # adjective, "people close to the orchestra said", nor the participle that says whose a document is,
            # "Figures released by the Home Office show")
            inside.append(k)
    return min(inside) if inside else None


def _origin_participle(view: TextView, k: int, noun: int) -> bool:
    """Token k is a participle of an issuing or authoring verb ("released", "published") with an agent
    preposition right after it, on the document noun at token ``noun``: part of the document's name
    (``TextView._document_origin``)."""
    lang = view.lang
    documents = lang.words("document_nouns")
    return (view.lemmas[noun] in documents or view.lowers[noun] in documents) and view.lemmas[k] in lang.union(
        "issuing_verbs", "authoring_verbs") and k + 1 < len(view.lowers) \
        and view.lowers[k + 1] in lang.words("agent_prepositions")


# ---------------------------------------------------------------------------------------------- content

def _subtree_chars(view: TextView, tok: Token, after: Token | None = None) -> tuple[int, int]:
    """The characters from the first to the last token of ``tok``'s subtree in spaCy's order (not always the
    text's: a non-projective parse), white space left out; with ``after``, of its tokens after that one."""
    if tok.doc is not view.doc:
        view = TextView(tok.doc, view.lang)  # (a token of another text: that text's table)
    spaces = view.spaces
    toks = [t for t in view.subtree(tok.i) if not spaces[t]]
    if after is not None:
        toks = [t for t in toks if t > after.i]
    if not toks:  # a whitespace token the parser made a clause ("\n\n" as ccomp): nothing
        return view._starts[tok.i], view._starts[tok.i]
    return view._starts[toks[0]], view._ends[toks[-1]]


def _strip_lead(view: TextView, a: int, b: int) -> tuple[int, int]:
    """Drop a leading complementizer ("dat", "that") and punctuation from a content range."""
    comps, lowers, pos = view.lang.words("complementizers"), view.lowers, view.pos
    a, b = view.trim(a, b)
    span = view.span_range(a, b)  # (token range)
    if span is not None and span[1] - span[0] > 2 and lowers[span[0] + 1] in comps and (
            view.dep[span[0]] in view.deps.particle or pos[span[0]] == "ADP"
            or view.dep[span[0]] in view.deps.case_marker):
        a = view._starts[span[0] + 1]  # the cue's separable particle before the complementizer ("toonde aan dat …"),
        # or the pronominal adverb the parser made the clause's case marker ("pleit ervoor dat …")
        span = view.span_range(a, b)
    if span is not None and span[1] - span[0] > 1 and lowers[span[0]] in comps \
            and pos[span[0]] in ("SCONJ", "PRON", "DET", "ADV", "CCONJ") \
            and not (pos[span[0]] == "PRON" and view.dep[span[0]] in view.deps.subject
                     and view.finite[span[0] + 1]) and not _opens_condition(view, span[0]):
        a = view._starts[span[0] + 1]  # (not the clause's subject: "So, he said, that was that"; not the "if" of a
        # condition the content opens with: "If the sale goes through, the depot will close, the union said")
    return view.trim(a, b)


def _opens_condition(view: TextView, i: int) -> bool:
    """Token ``i`` is a conditional marker of the language (``conditional_markers``) that opens an adverbial
    clause: a condition, part of what was said ("if …, the depot will close"), not a complementizer."""
    return view.lowers[i] in view.lang.words("conditional_markers") and view.dep[i] in view.deps.marker \
        and view.dep[view.heads[i]] in view.deps.adverbial_clause


def _sentence_content_end(view: TextView, tok: Token) -> int:
    s = view.sentence_of[tok.i]
    return view.sentence_chars(s)[1]


_QUESTION = ("question",)  # a complement that asks: the cue reports no statement at all


def _with_negation_before(view: TextView, cue: Token, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """An infinitive content whose negation stands between it and the cue ("zegt nooit te zijn benaderd"): the
    negation is the content's (``TextView.negates_at`` does not count it against the cue)."""
    rng = view.span_range(found[0], found[1])
    if rng is None:
        return found
    k = rng[0] - 1
    while k > cue.i and view.pos[k] == "ADV" and view.lowers[k] not in view.lang.words("negations"):
        k -= 1
    if k > cue.i and view.lowers[k] in view.lang.words("negations") and view.negates_infinitive_after(k):
        return (view._starts[k], *found[1:])
    return found


def _own_subject_and_object(view: TextView, i: int) -> bool:
    """The verb at ``i`` has its subject before it and a noun phrase object after it, outside quotes."""
    deps, dep, kids = view.deps, view.dep, view.children(i)
    return any(dep[c] in deps.nominal_subject and c < i for c in kids) and any(
        dep[c] in deps.object and c > i and view.pos[c] in ("NOUN", "PROPN", "PRON") and view.quote_of[c] < 0
        for c in kids)


def complement_content(view: TextView, cue: Token, entry: CueEntry) -> tuple[int, int, str] | None:
    """The reported content governed by a cue verb, as a character range, with how it was found: the parsed
    complement clause, else a complementizer after the cue, else an infinitival complement (parsed, then by word
    order), else a bare clause."""
    parsed = _parsed_complement(view, cue, entry)
    if parsed is _QUESTION:
        return None
    if parsed is not None and parsed[1] <= cue.idx and _own_subject_and_object(view, cue.i):
        parsed = None  # "If …, the biologists reasoned, the bones would show less wear": a clause the parser hung
        # before a verb with its own subject and object is not what that verb reports
    if parsed is not None and parsed[0] > cue.idx and _complementizer_before(view, cue.i, parsed[0]):
        marked = _complementizer_clause(view, cue)
        if marked is not None and marked[0] < parsed[0] and parsed[1] <= marked[1] \
                and (_has_verb(view, marked[0], parsed[0])
                     or _subordinator_opens(view, cue.i + 1, view.span_range(*marked)[1])):
            parsed = marked  # "said in a statement read outside court that they were relieved the case was over":
            # the clause its complementizer opens, not the one the parser hung on the cue inside it
    opening = view.span_range(parsed[0], parsed[1]) if parsed is not None and parsed[0] > cue.idx else None
    if opening is not None and view.pos[opening[0]] == "ADP":
        marked = _complementizer_clause(view, cue)
        between = view.span_range(parsed[0], marked[0]) if marked is not None and parsed[0] < marked[0] else None
        if marked is not None and parsed[0] < marked[0] < parsed[1] and between is not None and not any(
                view.pos[k] in ("VERB", "AUX") for k in range(*between)):
            parsed = marked  # "said in an email that the bridge would close, adding …" parsed with the cue's
            # phrase inside the clause: the clause its complementizer opens (not a relative "that" after a verb:
            # "… een team op te zetten dat kinderen benadert")
    if parsed is not None and parsed[0] > cue.idx and _one_word(view, parsed[0], parsed[1]):
        bare = _bare_clause(view, cue, entry, misread_opening=True)
        if bare is not None and bare[0] == parsed[0] and bare[1] > parsed[1]:
            parsed = bare  # "said refunds for the flights were offered", with "refunds" read as the clause's verb
            # and the real verb hung elsewhere: a one-word clause is no content, the clause by word order is
    if parsed is not None and parsed[0] > cue.idx:
        parsed = _with_detached_subject(view, cue, parsed)
        parsed = _without_the_cue_s_inverted_subject(view, cue, parsed)
        if _without_subject(view, parsed):
            bare = _bare_clause(view, cue, entry)
            if bare is not None and bare[0] < parsed[0] < bare[1] and bare[1] >= parsed[1]:
                parsed = bare  # "said on Monday a "major step" was likely …", the subject hung on "Monday": the
                # clause by word order, which has its subject
    found = (parsed or _relative_predicate(view, cue) or _complementizer_clause(view, cue)
             or _infinitive_complement(view, cue)
             or _infinitive_by_word_order(view, cue) or _gerund_complement(view, cue, entry)
             or _bare_clause(view, cue, entry))
    if found is not None and found[0] > cue.idx:
        found = _before_contrast_clause(view, found)
        found = _before_relative_clause_close(view, cue, found)
        found = _before_restated_claim(view, found)
        found = _after_listener_name(view, cue, found)
        found = _after_one_noun_listener(view, cue, found)
        found = _with_negation_before(view, cue, found)
        end = _before_closing_cue(view, cue.i, found[1], last=True)
        found = (found[0], end, found[2]) if found[0] < end < found[1] else found  # ("admitted the scheme had
        # failed, emails seen by this newspaper show": the closing cue clause is not the admission's)
        if _is_closing_cue_clause(view, found):
            return None  # ("knew about the cracks, letters seen by this newspaper show": the parser hung the
            # closing cue clause on the verb before it)
    if found is not None and entry.partner and not entry.separable \
            and view.text[found[0]:found[1]].lower().split()[-1:] == [entry.partner]:
        return None  # "weet De Telegraaf te melden": the partner verb and its marker are no content
    return found


def _relative_predicate(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """"The bridge, which engineers say is unsafe, will close", "polynyas, which, they observed, form in the same
    places": a cue inside a relative clause, after the relative pronoun and the cue's own subject, with the
    relative clause's finite verb right after it (and after a comma when the cue clause stands between commas).
    What the source says of the noun is that predicate, up to the next comma, whatever the parser hung it on."""
    ci = cue.i
    a_tok, b_tok = view.sentences[view.sentence_of[ci]]
    pos, lowers, texts, quote_of = view.pos, view.lowers, view.texts, view.quote_of
    relatives = view.lang.words("relative_pronouns")
    between = texts[ci + 1] == "," if ci + 1 < b_tok else False  # ("which, they observed, form …")
    r = ci - 1
    while r > a_tok and ci - r <= 6 and pos[r] in NOMINAL_POS and lowers[r] not in relatives:
        r -= 1
    if between and r > a_tok and texts[r] == ",":
        r -= 1
    if lowers[r] not in relatives or pos[r] != "PRON" or quote_of[r] >= 0 or r + 1 + between >= ci \
            or between and texts[r + 1] != ",":
        return None
    v = ci + 1 + between
    if v >= b_tok or pos[v] not in ("VERB", "AUX") or not view.finite[v] or quote_of[v] >= 0:
        return None
    end = next((k for k in range(v, b_tok) if quote_of[k] < 0 and texts[k] in (",", ";", ":", *FINAL_PUNCT)), b_tok)
    a, b = view.trim(view._starts[v], view._ends[end - 1])
    return (a, b, "complement") if b - a > 3 else None


def _without_subject(view: TextView, found: tuple[int, int, str]) -> bool:
    """The clause in the character range has a verb (or a copula's word) as its root and no subject."""
    rng = view.span_range(found[0], found[1])
    root = view.clause_root(*rng) if rng is not None else None
    return root is not None and view.pos[root] in ("VERB", "AUX", "ADJ") \
        and not any(view.dep[c] in view.deps.subject for c in view.children(root))


def _quote_mark(view: TextView, k: int) -> bool:
    """The token at ``k`` is a quotation mark (not the comma ``QUOTE_CHARS`` also holds for the quote finder)."""
    return bool(view.puncts[k]) and view.texts[k] in QUOTE_CHARS and view.texts[k] != ","


def _without_the_cue_s_inverted_subject(view: TextView, cue: Token,
                                        parsed: tuple[int, int, str]) -> tuple[int, int, str]:
    """A parsed infinitival clause (its verb has an infinitive marker of its own after it) that opens right after
    a cue with no subject, with a noun phrase the parser made the clause's subject: that noun phrase is the cue's
    inverted subject ("Op de vergadering zei wethouder Kroes geschrokken te zijn": an infinitive has no subject of
    its own); the content starts after it."""
    rng = view.span_range(parsed[0], parsed[1])
    if rng is None or rng[0] != cue.i + 1 or any(view.dep[c] in view.deps.subject for c in view.children(cue.i)):
        return parsed
    markers, deps = view.lang.words("infinitive_markers"), view.deps
    root = next((t for t in range(*rng) if view.heads[t] == cue.i), None)
    if root is None or not any(view.lowers[c] in markers and view.dep[c] in deps.marker and c > root
                               for c in view.children(root)):
        return parsed
    subject = next((c for c in view.children(root) if view.dep[c] in deps.subject and c < root
                    and view.pos[c] in ("NOUN", "PROPN")), None)
    if subject is None or view.np_range(view.doc[subject])[0] != rng[0]:
        return parsed
    end = view.np_range(view.doc[subject])[1]
    if end >= root + 1 or end >= rng[1]:
        return parsed
    a, b = view.trim(view._starts[end], parsed[1])
    return (a, b, parsed[2]) if b - a > 3 else parsed


def _with_detached_subject(view: TextView, cue: Token, parsed: tuple[int, int, str]) -> tuple[int, int, str]:
    """A parsed complement clause with no subject of its own, right after a noun phrase that follows the cue (the
    parser hung it on the cue: "said unemployment had fallen to 4%" with "unemployment" read as the cue's
    complement): the clause with that noun phrase as its subject; after a listener that is one word ("told
    reporters unemployment had …"), the noun phrase after it. Not a phrase of time ("meldden die avond … te
    hebben gezien")."""
    rng = view.span_range(parsed[0], parsed[1])
    if not _without_subject(view, parsed):
        return parsed
    first, hosts = cue.i + 1, {cue.i}
    if view.lemmas[cue.i] in view.lang.words("addressee_verbs"):  # past the listener: "told reporters …"
        listener = next((c for c in view.children(cue.i) if c == cue.i + 1 and view.dep[c] in view.deps.objects
                         and view.pos[c] in ("NOUN", "PROPN", "PRON")), None)
        if listener is None:
            return parsed
        first, hosts = listener + 1, {cue.i, listener}
    marks = [k for k in range(first, rng[0]) if _quote_mark(view, k)]  # (a quoted phrase, opened and closed:
    # "said a "major step" was …")
    between = [k for k in range(first, rng[0]) if not view.spaces[k] and k not in marks]
    if any(view.dep[k] in view.deps.subject and view.heads[k] == cue.i for k in between) \
            and not any(view.dep[c] in view.deps.subject and c < cue.i for c in view.children(cue.i)):
        return parsed  # "In de raad zei wethouder Bosman geraakt te zijn": the cue's inverted subject speaks
    hosts.update(between)
    times = view.lang.union("time_words", "time_adverbs")
    if not between or len(between) > 4 or len(marks) % 2 or view.pos[between[-1]] not in ("NOUN", "PROPN") \
            or any(view.pos[k] not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or view.heads[k] not in hosts
                   or view.quote_of[k] >= 0 and not marks or view.lowers[k] in times for k in between):
        return parsed
    return view._starts[between[0]], parsed[1], parsed[2]


def _before_restated_claim(view: TextView, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """Content followed by a comma and a noun phrase that names it as a claim ("… had made an offer, a claim the
    club dismissed as nonsense", "…, een bewering die de club onzin noemde": an article and one of the language's
    ``statement_nouns``) ends at that comma: what follows is said about the statement, not in it."""
    rng = view.span_range(found[0], found[1])
    if rng is None:
        return found
    articles, nouns = view.lang.words("articles"), view.lang.words("statement_nouns")
    for k in range(rng[0] + 1, rng[1] - 2):
        if view.texts[k] == "," and view.quote_of[k] < 0 and view.lowers[k + 1] in articles \
                and view.lowers[k + 2] in nouns:
            end = view.trim(found[0], view._starts[k])[1]
            return (found[0], end, found[2]) if end - found[0] > 3 else found
    return found


def _before_relative_clause_close(view: TextView, cue: Token, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """Content reported in a relative clause that a comma opened after its noun ("The mayor, who said the road was
    closed, faces criticism") ends at the comma that closes that clause, before the main clause's finite verb
    (an adverb or a word of time may stand between: ", now faces …"), a verb whose subject is not in the content
    ("…, was shut" after "the bridge, built in 1900," goes on); not at a comma inside quotes."""
    relatives = view.lang.words("relative_pronouns")
    opener = next((c for c in view.children(cue.i) if view.dep[c] in view.deps.subject and c < cue.i
                   and view.lowers[c] in relatives and view.pos[c] == "PRON"), None)
    if opener is None or opener < 2 or view.texts[opener - 1] != "," \
            or view.pos[opener - 2] not in ("NOUN", "PROPN"):
        return found
    rng = view.span_range(found[0], found[1])
    if rng is None:
        return found
    pos, times = view.pos, view.lang.union("time_words", "time_adverbs")
    b_tok = view.sentences[view.sentence_of[cue.i]][1]
    for k in range(rng[0] + 1, min(rng[1], b_tok - 1)):
        if view.texts[k] != "," or view.quote_of[k] >= 0:
            continue
        verb = k + 2 if (pos[k + 1] == "ADV" or view.lowers[k + 1] in times) and k + 2 < b_tok else k + 1
        clause = view.heads[verb] if pos[verb] == "AUX" else verb  # (an auxiliary's subject hangs on its verb)
        if pos[verb] in ("VERB", "AUX") and "Fin" in view.verb_forms[verb] and not any(
                view.dep[c] in view.deps.subject and c >= rng[0] for c in view.children(clause)):
            end = view.trim(found[0], view._starts[k])[1]
            return (found[0], end, found[2]) if end - found[0] > 3 else found
    return found


def _after_listener_name(view: TextView, cue: Token, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """Content right after a cue that always names its listener first (``listener_first_verbs``), opening with a name —
    capitalised words, maybe after an article — and then lower-case words before the clause's verb ("told The
    Harbour Times radio messages were used …", the paper's name parsed into the subject): the name is the
    listener, the content starts after it."""
    if view.lemmas[cue.i] not in view.lang.words("listener_first_verbs"):
        return found
    rng = view.span_range(found[0], found[1])
    if rng is None or rng[0] != cue.i + 1:
        return found
    k = rng[0] + (1 if view.lowers[rng[0]] in view.lang.words("articles") else 0)
    first = k
    while k < rng[1] and view.texts[k][:1].isupper() and view.alphas[k]:
        k += 1  # (whatever the tagger made of the name's words: "Post" as a verb)
    if k == first or k + 1 >= rng[1] or not view.is_lowers[k] or view.pos[k] not in ("NOUN", "DET", "ADJ", "NUM"):
        return found
    return view._starts[k], found[1], found[2]


def _after_one_noun_listener(view: TextView, cue: Token, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """Content right after a cue that always names its listener first, opening with a listener of one noun and then
    the clause (``_one_noun_listener_end``) before a finite verb ("told staff the plant would close", "told senators
    it was over", "told our correspondent an engine had failed"): the clause starts after the listener."""
    rng = view.span_range(found[0], found[1])
    if rng is None or rng[0] != cue.i + 1:
        return found
    end = _one_noun_listener_end(view, cue)
    if end is None or end >= rng[1] - 1 or not any(view.finite[t] for t in range(end + 1, rng[1])):
        return found  # ("told reporters the details": an object, no clause)
    return view._starts[end], found[1], found[2]


def _one_noun_listener_end(view: TextView, cue: Token) -> int | None:
    """After a cue that always names its listener first (``listener_first_verbs``), a listener of one noun (maybe
    after a possessive or an article and adjectives) and then a word that opens another noun phrase — a determiner,
    a pronoun, a number: the index of that word. A noun phrase does not go on past its noun with a determiner, so
    the listener ends there, whatever the tagger made of its noun ("told staff the plant would close" with "staff"
    read as a verb)."""
    if view.lemmas[cue.i] not in view.lang.words("listener_first_verbs"):
        return None
    pos, n = view.pos, len(view.pos)
    k = cue.i + 1
    if k + 1 < n and pos[k] in ("DET", "PRON") and pos[k + 1] in ("ADJ", "NOUN", "PROPN"):
        k += 1  # ("our correspondent", "the committee")
    while k < n and pos[k] == "ADJ":
        k += 1
    nxt = k + 1
    if nxt >= n or not view.alphas[k] or pos[k] not in ("NOUN", "PROPN", "VERB") \
            or pos[k] == "VERB" and view.dep[k] in view.deps.root:
        return None
    closed = view.lang.union("complementizers", "relative_pronouns", "time_words", "time_adverbs")
    name_after = pos[nxt] == "PROPN" and pos[k] == "NOUN" and view.is_lowers[k] and view.texts[nxt][:1].isupper()
    # ("told the court Reyes had sent …": a name right after a common noun opens the clause)
    if pos[nxt] not in ("DET", "PRON", "NUM") and not name_after or view.lowers[nxt] in closed \
            or view.quote_of[nxt] >= 0:
        return None
    return nxt


def _one_word(view: TextView, a: int, b: int) -> bool:
    """The character range holds exactly one word."""
    found = view.span_range(a, b) if b > a else None
    return found is not None and found[1] - found[0] == 1


def _before_contrast_clause(view: TextView, found: tuple[int, int, str]) -> tuple[int, int, str]:
    """Reported content after its cue ends before a comma and a contrast marker of the language (``contrast_markers``)
    that opens a clause with a subject of its own, outside quotes: "said the bridge would reopen on Monday, while
    photos from the site showed cranes still at work" — the reporter sets another fact beside the report; before a
    comma and a marker that opens another source's report (``report_clause_markers``); and before a comma and a
    concessive marker whose clause has a cue verb (``concessive_markers``: "…, though police would not confirm it")."""
    a, b, how = found
    markers = view.lang.words("contrast_markers")
    absolutes = view.lang.words("report_clause_markers")
    concessives = view.lang.words("concessive_prepositions")
    rng = view.span_range(a, b) if markers or absolutes or concessives else None
    if rng is None:
        return found
    lowers, texts, heads, dep, deps = view.lowers, view.texts, view.heads, view.dep, view.deps

    def subject_after(k: int) -> bool:  # the clause the word at k opens has a subject of its own after it
        return heads[k] != k and any(dep[c] in deps.subject and c > k for c in view.children(heads[k]))
    for k in range(rng[0] + 1, rng[1] - 2):
        if lowers[k] in concessives and view.quote_of[k] < 0 and _clause_of_its_own_after(view, k, rng[1]):
            end = view.trim(a, view._starts[k])[1]  # "… had won the election despite several states certifying
            return (a, end, how) if end - a > 3 else found  # the results": the reporter's counter-fact
        if texts[k - 1] != "," or view.quote_of[k] >= 0:
            continue
        if lowers[k] in markers and subject_after(k) \
                or lowers[k] in absolutes and _reporting_clause_after(view, k, rng[1]) \
                or lowers[k] in view.lang.words("concessive_markers") and _cue_verb_after(view, k, rng[1]) \
                or lowers[k] in view.lang.words("coordinators") and (
                    _withholding_after(view, k, rng[1])
                    or subject_after(k) and _own_source_phrase(view, k + 1, rng[1])):
            end = view.trim(a, view._starts[k - 1])[1]
            return (a, end, how) if end - a > 3 else found
    return found


def _own_source_phrase(view: TextView, a: int, b: int) -> bool:
    """A source phrase of the language (``cue_prepositions``, with the object its entry asks for) opens among tokens
    [a, b) outside quotes: "…, maar de tas was volgens de man toen al leeg" is the man's account, not part of the
    report before the comma."""
    for k in range(a, b):
        if view.quote_of[k] >= 0:
            continue
        for words, nouns in _cue_preposition_words(view.lang):
            if view.phrase_at(k, words) and _phrase_object_fits(view, k + len(words), nouns):
                return True
    return False


def _withholding_after(view: TextView, k: int, stop: int) -> bool:
    """After the coordinator at ``k`` the speaker declines to say more, a verb with no subject of its own: one of
    the language's ``refusal_verbs`` ("…, but declined to give figures") or a negated verb of telling
    (``withholding_verbs``: "…, but would not say where", "…, but did not give details")."""
    h = view.heads[k]
    if not k < h < stop or view.pos[h] not in ("VERB", "AUX") or any(
            view.dep[c] in view.deps.subject for c in view.children(h)):
        return False
    if view.lemmas[h] in view.lang.words("refusal_verbs"):
        return True
    return view.lemmas[h] in view.lang.words("withholding_verbs") and view.negates_at(h)


def _clause_of_its_own_after(view: TextView, k: int, stop: int) -> bool:
    """After the preposition at ``k`` a clause with a subject of its own follows: a noun phrase and a gerund
    ("despite several states certifying the results"), or a complementizer and a finite verb ("ondanks dat de
    staten de uitslag bevestigden")."""
    pos, lowers = view.pos, view.lowers
    if k + 1 < stop and lowers[k + 1] in view.lang.words("complementizers"):
        return any("Fin" in view.verb_forms[m] for m in range(k + 2, min(stop, k + 12)))
    nominal = False
    for m in range(k + 1, min(stop, k + 9)):
        if pos[m] in ("NOUN", "PROPN", "PRON", "NUM") or pos[m] == "VERB" and view.dep[m] in view.deps.oblique:
            nominal = True  # (also a plural noun the tagger read as a verb: "despite several states certifying")
        elif pos[m] == "VERB" and "Ger" in view.verb_forms[m] or view.tags[m] == "VBG":
            return nominal
        elif pos[m] not in ("DET", "ADJ", "PART") and not (view.puncts[m] and view.texts[m] in ("-", "'")):
            return False
    return False


def _cue_verb_after(view: TextView, k: int, stop: int) -> bool:
    """After the marker at ``k`` (``concessive_markers``: "…, though police did not confirm the route", "…, hoewel
    de gemeente dat niet bevestigt") a cue verb follows before the next comma: the reporter's note on what another
    source said or would not say, no part of the report (unlike "…, though the team has not yet tested it")."""
    for m in range(k + 1, min(stop, k + 12)):
        if view.texts[m] == "," or view.quote_of[m] >= 0:
            return False
        if view.pos[m] == "VERB" and _lexicon_entries(view.doc[m], cue_lexicon(view.lang)):
            return True  # (in any voice: "…, though it was later found to be a fake")
    return False


def _reporting_clause_after(view: TextView, k: int, stop: int) -> bool:
    """After the marker at ``k`` (``report_clause_markers``: "…, with local media reporting that …", "…, waarbij
    de krant meldt dat …") a cue verb with content of its own follows before the next comma: another source's
    report, set beside the first."""
    for m in range(k + 1, min(stop, k + 9)):
        if view.texts[m] == "," or view.quote_of[m] >= 0:
            return False
        entry = cue_of(view.doc[m], view) if view.pos[m] == "VERB" else None
        if entry is not None:
            content = complement_content(view, view.doc[m], entry)
            return content is not None and content[0] > view._starts[m]
    return False


def _complementizer_before(view: TextView, ci: int, a: int) -> bool:
    """A complementizer among the words after the cue at token ci that start before character a, within the reach
    of ``_complementizer_clause`` (thirteen words): the only place a clause it finds can open before a."""
    comps, lowers, starts = view.lang.words("complementizers"), view.lowers, view._starts
    return any(lowers[k] in comps for k in range(ci + 1, min(len(lowers), ci + 14)) if starts[k] < a)


def _parsed_complement(view: TextView, cue: Token, entry: CueEntry):
    """The clause the parser hangs on the cue (or on its partner verb: "laat weten dat"): a clausal complement,
    or a clause opened by a complementizer."""
    comps = view.lang.words("complementizers")
    deps, dep_of, lowers, children = view.deps, view.dep, view.lowers, view.children
    ci = cue.i
    holders = [ci]
    if entry.partner and not entry.separable:  # "laat weten dat": the clause may hang on the partner verb
        holders += [c for c in children(ci) if lowers[c] == entry.partner or view.lemmas[c] == entry.partner]
    head, later_only = view.heads[ci], None
    if head < ci and _participle_cue_at(view, ci) and any(
            c < head and dep_of[c] in deps.clausal_complement for c in children(head)):
        holders.append(head)  # "X, the council said, adding that repairs …": a trailing cue, its content before it,
        later_only = head  # with the clause after the participle hung on it too: that clause is the participle's
    for holder in holders:
        kids = [c for c in children(holder) if c > ci] if holder == later_only else children(holder)
        if any(c < ci for c in kids):  # "X had led, and Y said that …": the clause its complementizer opens after
            # the cue, not the clause the parser also hung on it before (asked only when one hangs before it)
            plain = comps - view.lang.words("interrogative_complementizers")
            marked = [c for c in kids if c > ci and any(dep_of[m] in deps.marker and lowers[m] in plain
                                                        and view.quote_of[m] < 0 for m in children(c))]
            if marked and not any(ci < c < marked[0] and dep_of[c] in deps.clausal_complement
                                  and view.pos[c] in ("VERB", "AUX") for c in kids):
                kids = marked + [c for c in kids if c not in marked]
            elif not marked:
                kids = _clause_after_before_fronted(view, ci, kids)
        for child in kids:
            dep = dep_of[child].lower()
            if holder == ci and entry.partner and child in holders:
                continue  # ("…, zo liet de gemeente weten": the partner verb is no reported clause)
            if entry.type == "directive" and dep in deps.clausal_complement and _bare_infinitive(view, child):
                continue  # "de officier wilde dat nog niet bevestigen": a modal verb with its infinitive, nothing
                # asked for
            if dep in deps.clausal_complement or (dep in deps.marked_clause_position and any(
                    dep_of[c] in deps.marker and lowers[c] in comps for c in children(child))) \
                    or _clause_after_comma(view, ci, child, kids, entry):
                found = _complement_range(view, cue, view.doc[child], dep)
                if found is _QUESTION:
                    return _QUESTION
                if found is not None and child < ci:
                    found = _with_clause_split_off(view, cue, child, kids, found)
                if found is not None:
                    found = _before_main_verb(view, ci, _from_complementizer(view, ci, found))
                    return (*_past_leading_time(view, ci, found), "complement")
    return None


def _bare_infinitive(view: TextView, v: int) -> bool:
    """The verb at ``v`` is an infinitive with neither a subject nor an infinitive marker of its own (no "te",
    "to", "om"; a demonstrative object read as a complementizer does not count): the complement of a modal use of
    its head."""
    markers = view.lang.words("infinitive_markers")
    return view.pos[v] == "VERB" and "Inf" in view.verb_forms[v] and not any(
        view.dep[c] in view.deps.subject or view.dep[c] in view.deps.marker and view.lowers[c] in markers
        for c in view.children(v))


def _with_clause_split_off(view: TextView, cue: Token, child: int, kids: list[int], found: tuple[int, int]):
    """A clause before a trailing cue that the parser split in two, hanging both halves on the cue ("It remains |
    unclear who fired first, witnesses said"): the range of the first half, ``found``, runs on over a second
    clausal complement of the cue that starts right where it ends."""
    deps, dep_of, ci = view.deps, view.dep, cue.i
    for c in kids:
        if not child < c < ci or dep_of[c] not in deps.clausal_complement or view.quote_of[c] >= 0:
            continue
        more = _complement_range(view, cue, view.doc[c], dep_of[c].lower())
        if more is None or more is _QUESTION or not found[1] <= more[0]:
            continue
        gap = view.text[found[1]:more[0]].strip()
        if gap and gap.lower() not in view.lang.words("complementizers"):
            continue  # (a complementizer may stand between: "had been warned this week | that they could be …")
        found = (found[0], more[1])
    return found


def _clause_after_before_fronted(view: TextView, ci: int, kids: list[int]) -> list[int]:
    """"Regarding which part was hardest, Berg said it was the English": the parser hung a clause on the cue on
    each side; the one after it, with a subject of its own, is what was said, the fronted one its topic. The
    cue's dependents with that clause first (unchanged when there is no such pair)."""
    deps, dep_of, quote_of = view.deps, view.dep, view.quote_of
    if not any(c < ci and dep_of[c] in deps.clausal_complement and quote_of[c] < 0 for c in kids):
        return kids
    after = [c for c in kids if c > ci and dep_of[c] in deps.clausal_complement and quote_of[c] < 0
             and any(dep_of[g] in deps.nominal_subject and g < c for g in view.children(c))
             and not any(_participle_cue_at(view, k) for k in range(ci + 1, c))]
    return after + [c for c in kids if c not in after] if after else kids


def _participle_cue_at(view: TextView, k: int) -> bool:
    """A gerund or present participle cue outside quotes at token ``k`` ("…, the council said, adding that …", "…,
    saying …"): a clause after it is that cue's, whatever verb the parser hung it on."""
    return view.pos[k] == "VERB" and view.quote_of[k] < 0 and _gerund_at(view, k) \
        and cue_of(view.doc[k], view) is not None


def _clause_after_comma(view: TextView, ci: int, child: int, kids: list[int], entry: CueEntry) -> bool:
    """"Councillor Moss noted on Tuesday, the repairs were over budget": a clause with a subject of its own after
    the cue and a comma, which the parser did not hang on the cue as its complement, is its content — when the
    cue has no object or clause of its own before it."""
    deps, dep = view.deps, view.dep
    label = dep[child]
    if entry.type not in CLAUSE_CUE_TYPES or child < ci or view.quote_of[child] >= 0 or not (
            label in deps.parataxis or label in deps.oblique or label in deps.object
            or label in deps.adverbial_clause):
        return False  # (the parser sets such a clause beside the cue, or reads its predicate as an oblique or
        # object of the cue, depending on the text around it)
    comps = view.lang.words("complementizers")
    if any(dep[g] in deps.marker and view.lowers[g] not in comps for g in view.children(child)) \
            or _reporting_verb_at(view, child):
        return False  # "…, when the road reopened": an adverbial clause; "…, meldt de Veiligheidsregio": a
        # trailing cue of its own
    if any(g < ci and dep[g] in deps.marker and view.lowers[g] not in comps for g in view.children(ci)):
        return False  # "Even though Berg confessed to acting alone, three others were tried": the cue stands in a
        # subordinate clause, the clause after its comma is the sentence's main clause, no content of it
    first = min(view.subtree(child))
    if first == 0 or view.texts[first - 1] != "," and view.texts[first] != ",":
        return False
    word = first + 1 if view.texts[first] == "," else first
    if word < len(view.pos) and view.pos[word] == "SCONJ" and view.lowers[word] not in comps:
        return False  # "…, while the deputy governor indicated 68 people were missing": an adverbial clause
    return any(dep[g] in deps.subject and min(view.subtree(g)) == word for g in view.children(child)) and not any(
        ci < k < child and (dep[k] in deps.object or dep[k] in deps.clausal_complement) for k in kids)
    # (the clause opens with its subject right after the comma: not "…, citing the pilot's log, the ferry ran …")


def _before_main_verb(view: TextView, ci: int, found: tuple[int, int]) -> tuple[int, int]:
    """A gerund cue with its subject that the parser made the sentence's root ("Protesters saying the plan would
    ruin the park marched to the town hall", "Groups claiming the vote was rigged gathered …"), or a cue in a
    relative clause on the sentence's subject ("Protesters who claim the vote was rigged gathered …"): the sentence's
    main verb is the last past or finite verb in the complement after a word of a noun phrase, once the clause has
    a verb of its own; the statement ends before it."""
    deps, dep, pos = view.deps, view.dep, view.pos
    noun = view.heads[ci]
    if dep[ci] in deps.noun_clause and noun != ci and dep[noun] in deps.subject and view.heads[noun] > ci:
        # "Protesters who claim the vote was rigged gathered outside …": the cue's clause hangs on the subject of
        # the main verb, which the parser ran into the content; the statement ends before that verb
        verb = view.heads[noun]
        if found[0] < view._starts[verb] < found[1] and view.quote_of[verb] < 0:
            return view.trim(found[0], view._starts[verb])
    relative_on_root = dep[ci] in deps.noun_clause and noun != ci and dep[noun] in deps.root \
        and pos[noun] in ("NOUN", "PROPN") and noun < ci
    # (the parser found no main verb and made the subject noun the root: the verb is somewhere in the content)
    if not relative_on_root and (
            dep[ci] not in deps.root or not ("Ger" in view.verb_forms[ci]
                                             or "Part" in view.verb_forms[ci] and "Pres" in view.tenses[ci])
            or not any(dep[c] in deps.subject and c < ci for c in view.children(ci))
            or any(dep[c] in deps.auxiliary for c in view.children(ci))):
        return found
    rng = view.span_range(found[0], found[1])
    if rng is None:
        return found
    a, b = rng
    first = next((k for k in range(a, b) if pos[k] in ("VERB", "AUX")), None)
    if first is None:
        return found
    cut = None
    for k in range(first + 1, b):
        if pos[k] == "VERB" and ("Fin" in view.verb_forms[k] or "Past" in view.tenses[k]) \
                and (pos[k - 1] in ("NOUN", "PROPN", "ADJ", "ADV", "NUM")
                     or relative_on_root and pos[k - 1] == "VERB") and view.quote_of[k] < 0:
            cut = k  # (two verbs in a row after a relative cue: "who claim the vote was rigged | gathered …")
    if cut is None:
        return found
    end = cut - 1
    while end > a and view.puncts[end]:
        end -= 1
    return view.trim(found[0], view._ends[end])


def _past_leading_time(view: TextView, ci: int, found: tuple[int, int]) -> tuple[int, int]:
    """A complement that opens with the time of the saying right after the cue ("said Monday it was reviewing
    …", the day parsed into the clause): it starts after the time word when a subject follows it."""
    rng = view.span_range(found[0], found[1])
    if rng is None or rng[0] != ci + 1 or rng[1] - rng[0] < 3:
        return found
    a = j = rng[0]
    while j < rng[1] - 2 and view.pos[j] == "ADV" and view.quote_of[j] < 0:
        j += 1  # ("earlier this month")
    k = j + 1 if view.lowers[j] in view.lang.words("time_words") else _past_time_phrase(view, j, rng[1] - 1)
    subject = view.deps.subject
    if k == j or not (view.dep[k] in subject or view.pos[k] == "DET" and view.dep[view.heads[k]] in subject
                      and view.heads[k] > k):
        return found  # ("confirmed last week the plant would close": past the phrase of time too)
    if view.doc[k if view.dep[k] in subject else view.heads[k]].left_edge.i < k:
        return found  # (a time word inside the subject: "said the morning ferry is cancelled")
    return view._starts[k], found[1]


def _from_complementizer(view: TextView, ci: int, found: tuple[int, int]) -> tuple[int, int]:
    """A parsed complement that starts after words the parser cut off between its complementizer and it ("stelt
    dat vrachtwagens | tot veertig minuten moeten omrijden", with "dat" read as a pronoun object and the noun as an
    adverb): it starts right after the complementizer when nothing but nouns, adjectives, adverbs, determiners and
    numbers stand between the two, outside quotes."""
    start = view.span_range(found[0], found[1])
    if start is None or start[0] <= ci + 2:
        return found
    a = start[0]
    comps = view.lang.words("complementizers")
    k = next((k for k in range(ci + 1, min(a - 1, ci + 4)) if view.lowers[k] in comps), None)
    if k is None or not all(view.pos[t] in ("NOUN", "PROPN", "ADJ", "ADV", "DET", "NUM") and view.quote_of[t] < 0
                            and not view.puncts[t] for t in range(k + 1, a)):
        return found
    return view._starts[k + 1], found[1]


def _usable_complement(view: TextView, cue: Token, child: Token, dep: str) -> bool:
    c, q, sentence_of = child.i, cue.i, view.sentence_of
    if c < q and dep not in view.deps.clausal_complement:
        return False
    if view.dep[c] in view.deps.object and view.pos[c] not in ("VERB", "AUX", "ADJ"):
        return False
    if c < q and sentence_of[c] != sentence_of[q]:
        return False  # the parser ran a headline into the lead: "…, police say | A fire … , police said"
    if c < q and view.quote_of[c] < 0 \
            and not any(view.pos[t] in ("VERB", "AUX") for t in view.subtree(c) if t < q):
        return False  # "Sources close to the trust said …": a verbless phrase before the cue is its subject
    if c < q and view.quote_of[c] < 0 and view.pos[c] not in ("VERB", "AUX") and not any(
            view.dep[k] in view.deps.subject or view.dep[k] in view.deps.function_verb for k in view.children(c)) \
            and not any(view.dep[k] in view.deps.subject and c < k < q for k in view.children(q)):
        return False  # "The airline's chief executive, who took over in May, told …" with the role read as an
        # adjective: a phrase with a relative clause is the subject, not a clause (but not when the cue has a
        # subject of its own after it: "Hospital staff treated 14 people, the mayor said" with "treated" read as
        # a participle on "staff" is the mayor's clause)
    if c > q and sentence_of[c] != sentence_of[q]:
        return False  # a headline's cue does not report the lead's sentence
    if c < q and c > 0 and view.pos[c - 1] in ("NOUN", "PROPN") and _source_postmodifier_at(view, c):
        return False  # "People close to the service said …" with "close" read as a verb: the source's phrase
    return True


def _source_postmodifier_at(view: TextView, i: int) -> bool:
    """A phrase of the language's ``source_postmodifiers`` ("close to", "familiar with") starts at token i."""
    return any(view.phrase_at(i, words) for words in _postmodifiers(view.lang))


def _complement_range(view: TextView, cue: Token, child: Token, dep: str):
    """The characters of one complement clause of the cue, None when it is no content, ``_QUESTION`` when it
    asks ("asked whether …", "vroeg of …")."""
    if not _usable_complement(view, cue, child, dep):
        return None
    c = child.i
    if c > cue.i and view.pos[c] == "VERB" and "Part" in view.verb_forms[c] and (
            "Pres" not in view.tenses[c] or view.texts[c - 1] == ",") and not any(
            view.dep[k] in view.deps.subject or view.dep[k] in view.deps.any_auxiliary or view.dep[k] in view.deps.marker
            for k in view.children(c)):
        return None  # "reageert geschokt op het nieuws", "she says, turning the shoe over": a participle of
        # manner, no clause (no subject, no auxiliary, no complementizer)
    if c > cue.i and _determiner_read_as_complementizer(view, c):
        return None
    lang = view.lang
    a, b = _subtree_chars(view, child)
    if child.i < cue.i:
        a = max(a, view.sentence_chars(view.sentence_of[cue.i])[0])
    if a >= b:
        return None
    if child.i < cue.i:  # content before the cue ("…, he said")
        b = min(b, cue.idx)
        closed = next((q for q in view.quotes if q.close is not None and abs(q.open - a) <= 1
                       and q.outer_end < b and "," in view.text[q.end - 1:q.outer_end + 1]
                       and view.text[q.outer_end:b].strip(" ,")), None)
        if closed is not None:  # '"This is a disgrace," company co-founder Mia Lund said': the parser ran the
            b = closed.outer_end  # clause into the speaker's title; a quote closed by its comma ends the content
        np_before = _determiner_phrase_before_final_cue(view, cue)
        if np_before is not None:  # "The party has suspended councillor X, a spokesman said.": the clause runs to
            b = view.trim(a, view._starts[np_before[0]])[1]  # the comma before the speaker, whatever the parse
        named = _name_before_final_cue(view, cue)
        if named is not None:  # "…, Capt. Eric Holloway of the fire department said": the speaker parsed into it
            comma = view.text.rfind(",", a, named.idx)
            if comma > a:
                b = min(b, view.trim(a, comma)[1])
    elif a < cue.idx:
        a = _subtree_chars(view, child, after=cue)[0]
    elif dep in view.deps.clausal_complement and not any(view.dep[c] in view.deps.marker
                                                         for c in view.children(child.i)) \
            and view.lemmas[cue.i] not in lang.words("addressee_verbs"):
        a = _with_object_as_subject(view, cue, child, a)
    elif dep in view.deps.clausal_complement and not any(view.dep[c] in view.deps.marker
                                                         for c in view.children(child.i)):
        a = _subject_after_listener(view, cue, child, a)
    if child.i > cue.i and a >= cue.idx:
        a = _with_modifier_read_as_verb(view, cue, a)
        a = _subject_before_comma(view, cue, child, a)
        a = _past_placing_phrase(view, child, a)
        mark = next((c for c in view.children(child.i) if view.dep[c] in view.deps.marker and c < child.i
                     and view.lowers[c] in lang.words("complementizers") and view._starts[c] > a), None)
        if mark is not None and view.quote_of[mark] < 0 and view.texts[mark - 1] == ",":
            a = view._ends[mark]  # "said on X, formerly Twitter, that the flight …": a phrase the parser hung on
            # the clause's verb stands before its complementizer, outside the content
    interrogative = lang.words("interrogative_complementizers")
    if any(view.dep[c] in view.deps.marker and view.lowers[c] in interrogative for c in view.children(child.i)):
        return _QUESTION
    first = min(view.subtree(child.i))
    if child.i > cue.i and view.heads[first] == child.i and view.lowers[first] in interrogative \
            and view.pos[first] in ("ADV", "PRON", "SCONJ", "DET"):
        return _QUESTION  # "Asked how the hull could be sound after the storm, …": a question, nothing stated
    if child.i > cue.i and view.lowers[first] in interrogative and view.pos[first] == "DET" \
            and view.heads[view.heads[first]] == child.i:
        return _QUESTION  # "wil weten welke gegevens zijn uitgelekt": an interrogative on the clause's argument
    a, b = _strip_lead(view, a, b)
    if view.text[a:b].lower() in lang.union("hedges", "reportive_phrases"):
        return None  # "Naar verluidt …, zeggen X" with the hedge parsed as the cue's clause
    first_tok = view.span_range(a, b)
    if child.i > cue.i and first_tok is not None and view.dep[first_tok[0]] in view.deps.case_marker \
            and view.dep[view.heads[first_tok[0]]] in view.deps.subject:
        return None  # "has apologised after thousands of passengers were stranded": a preposition on the clause's
        # subject is the parser's reading of an adverbial clause, not reported content
    if b - a <= 3:
        return None
    return a, (_extend_to_sentence_end(view, cue, b) if child.i > cue.i else b)



def _with_modifier_read_as_verb(view: TextView, cue: Token, a: int) -> int:
    """The clause's start ``a``, moved back over the one word between the cue and it when the parser hung that word
    on the cue as a verb form of its own (a gerund or participle with no dependents) and the clause's subject
    noun follows right after it: "said waiting lists were falling" ("waiting" read as a second verb of "said")."""
    rng = view.span_range(cue.idx + len(cue), a)
    words = [k for k in range(*rng) if not view.spaces[k]] if rng is not None else []
    if len(words) != 1:
        return a
    k = words[0]
    forms = view.verb_forms[k]
    if view.heads[k] != cue.i or view.pos[k] != "VERB" or not ("Ger" in forms or "Part" in forms) \
            or view.children(k) or k + 1 >= len(view.pos) or view.pos[k + 1] != "NOUN" \
            or view.dep[k + 1] not in view.deps.subject or view._starts[k + 1] != a:
        return a
    return view._starts[k]


def _subject_before_comma(view: TextView, cue: Token, child: Token, a: int) -> int:
    """"said fixing the plant, which the quake damaged, may take a year", "said yesterday the road, which is
    straight there, will be examined": a clause without a subject of its own, after a comma, whose subject the parser
    hung on the cue as a phrase of its own (with a relative clause): the clause starts at that phrase (after the
    time words that place the words)."""
    c, dep, deps = child.i, view.dep, view.deps
    k = view.span_range(a, view._ends[c])
    if k is None or view.pos[c] not in ("VERB", "AUX") or k[0] < 1 or view.texts[k[0] - 1] != "," \
            or any(dep[g] in deps.subject or dep[g] in deps.expletive for g in view.children(c)):
        return a
    before = [g for g in view.children(cue.i) if cue.i < g < k[0] and dep[g] not in deps.punctuation]
    if not before or view.quote_of[min(view.subtree(before[0]))] >= 0:
        return a
    times = view.lang.union("time_words", "time_adverbs")
    first = min(view.subtree(before[0]))
    while first < k[0] and (view.lowers[first] in times or view.pos[first] == "ADV"):
        first += 1
    if view.pos[first] == "ADP" and first + 1 < k[0] and view.lowers[first + 1] in times:
        first += 2  # ("said on Monday the pier, …")
    if first >= k[0] - 1 or view.pos[first] not in ("DET", "NOUN", "PROPN", "VERB", "NUM", "ADJ") \
            or not any(dep[t] in deps.relative_clause for t in range(first, k[0])):
        return a
    return view._starts[first]


def _past_placing_phrase(view: TextView, child: Token, a: int) -> int:
    """"said in a statement the plant would close" with the phrase that places the words parsed into the clause:
    the clause starts at its subject when only a prepositional phrase stands before it."""
    subject = next((c for c in child.children if c.dep_ in view.deps.subject and c.i < child.i), None)
    span = view.span(a, subject.left_edge.idx) if subject is not None and subject.left_edge.idx > a else None
    if span is None or span[0].pos_ != "ADP" or len(span) > 5 \
            or any(t.is_punct or t.pos_ in ("VERB", "AUX") or view.in_quote(t) for t in span):
        return a
    return subject.left_edge.idx


def _subject_after_listener(view: TextView, cue: Token, child: Token, a: int) -> int:
    """'told reporters the plan "will cost jobs"': after an addressee verb, a clause with no subject of its own whose
    subject the parser hung on the listener; the clause starts at the noun phrase after the listener (a determiner
    after a noun, then only the words of a noun phrase up to the clause)."""
    if any(view.dep[c] in view.deps.subject for c in view.children(child.i)):
        return a
    rng = view.span_range(cue.idx + len(cue), a)
    if rng is None:
        return a
    pos, puncts, texts = view.pos, view.puncts, view.texts
    toks = [t for t in range(rng[0], rng[1]) if not (puncts[t] and texts[t] in QUOTE_CHARS)]
    if not toks or any(pos[t] not in LISTENER_POS or pos[t] == "ADP" for t in toks) \
            or pos[toks[-1]] not in ("NOUN", "PROPN"):
        return a
    split = next((k for k in range(len(toks) - 1, 0, -1) if pos[toks[k]] == "DET"
                  and pos[toks[k - 1]] in ("NOUN", "PROPN", "PRON")), None)
    return view._starts[toks[split]] if split is not None else a


def _with_object_as_subject(view: TextView, cue: Token, child: Token, a: int) -> int:
    """"said stock worth £2m had been lost" with the clause's subject parsed as the cue's object (or the first
    words of a name as a nominal complement: "said Judge Marta Reyes would …" with "Judge Marta" on the cue): the
    clause starts at that object."""
    obj = next((c for c in cue.children if (c.dep_ in view.deps.object or c.dep_ in view.deps.open_complement
                                            and c.pos_ in ("PROPN", "NOUN")) and cue.i < c.i < child.i
                and c.right_edge.i < child.left_edge.i and not view.in_quote(c)
                and not _content_pronoun(c, view)), None)
    if obj is None:
        return a
    between = view.doc[obj.right_edge.i + 1:child.left_edge.i]
    described = any(c.dep_ in view.deps.noun_clause or c.dep_ in view.deps.apposition for c in obj.children)
    if not any(t.is_punct for t in between) or described and all(t.text == "," for t in between):
        return min(a, obj.left_edge.idx)  # (also "said the bridge, which opened in 1960, would close")
    return a


def _participle_before_phrase(view: TextView, t: int) -> bool:
    """The word at token ``t`` is a past participle right before a preposition, after a noun ("a letter seen by
    the Post", "a statement posted on its website"): it belongs to the phrase that names where the words stand."""
    return view.pos[t] == "VERB" and "Part" in view.verb_forms[t] and "Past" in view.tenses[t] \
        and t + 1 < len(view.pos) and view.pos[t + 1] == "ADP" and view.pos[t - 1] == "NOUN"


def _addressee_cue(view: TextView, cue: Token) -> bool:
    """The cue is one of the language's ``addressee_verbs`` ("told", "warning drivers that …"), by ``_lemma_at``:
    its lemma, its word or an undone inflection (the lemmatizer may leave a form as its own lemma: "warning")."""
    return _lemma_at(view, cue.i, view.lang.words("addressee_verbs")) is not None


def _complementizer_clause(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """A complementizer right after the cue (and its subject or object), when the parse did not hang the clause
    on the cue: "zegt de minister dat …", "told AP that …", "confirmed in a statement to the exchange that …"."""
    comps, infinitive = view.lang.words("complementizers"), view.lang.words("infinitive_markers")
    ci = cue.i
    b_tok = view.sentences[view.sentence_of[ci]][1]
    texts, lowers, pos, finite, doc = view.texts, view.lowers, view.pos, view.finite, view.doc
    addressee = _addressee_cue(view, cue)
    # a bare clause opens right after the cue, its subject first ("confirmed they were investigating reports that
    # …", the cue read as a participle on the noun before it): a complementizer inside it is that clause's own
    subject_verb = view.heads[ci + 1] if ci + 1 < b_tok and view.lang.get("bare_complements") \
        and view.dep[ci + 1] in view.deps.subject and view.heads[ci + 1] > ci + 1 else None
    coordinators = view.lang.words("coordinators")
    for i in range(ci + 1, min(b_tok, ci + 14)):
        if view.quote_of[i] >= 0 or texts[i] in (".", ";", "?", "!"):
            break
        if i == subject_verb and any(finite[t] for t in range(ci + 2, i + 1)):
            break
        if lowers[i] in coordinators and i + 1 < b_tok and lowers[i + 1] in comps and _in_subordinate_clause(view, ci):
            break  # "Onduidelijk is hoe het kan dat de gemeente iets bevestigde en dat de wethouder het ontkent":
            # the coordinated clause stands beside the one that holds the cue, it is not what the cue reports
        if pos[i] == "VERB" and cue_of(doc[i], view) is not None and not _cites(view, doc[i]) \
                and not (i > ci + 1 and _participle_before_phrase(view, i)):
            break  # (but "reported, citing two managers, that …": the sources named on the way, and "said in a
            # statement posted on its website that …": the document's participle)
        if lowers[i] in infinitive and i + 1 < b_tok and pos[i + 1] in ("VERB", "AUX") and not finite[i + 1]:
            break  # "threatened to strike if the offer is not improved": the complementizer belongs to the
            # infinitive's clause, which is what the cue reports
        if lowers[i] in comps and i + 1 < b_tok and (view.puncts[i + 1] or i + 2 < b_tok and texts[
                i + 2] in (",", ";", ":", ".") and not finite[i + 1]
                and pos[i + 1] not in ("PRON", "PROPN", "ADV")) and not _parenthetical_after_complementizer(view, i, b_tok):
            break  # "The parish council disputes that, and …", "disputed that figure, saying …": a demonstrative
            # (but "arguing that, under the contract, it owed nothing": a phrase set off after the complementizer;
            # "adding that consequently, the fund …": an adverb set off)
        after_listener = addressee and i <= ci + 10 and all(
            pos[t] in ("DET", "PROPN", "NOUN", "PRON", "ADP", "ADJ") or _participle_before_phrase(view, t)
            for t in range(ci + 1, i)) and pos[i] != "DET" and ci + 1 < i and pos[ci + 1] != "ADP"
        # ("told reporters at the scene that …": the listener and a phrase that places the words)
        # ("told the AP that investigators had …" with "that" read as a relative pronoun on the listener)
        # ("told investors in a letter seen by the Post that …": a participle with its phrase places the words too)
        after_placing = i <= ci + 9 and pos[ci + 1] == "ADP" and view.dep[i] not in view.deps.determiner and all(
            pos[t] in ("DET", "PROPN", "NOUN", "ADP", "ADJ", "NUM") or _participle_before_phrase(view, t)
            for t in range(ci + 1, i))
        # ("wrote in a post on Facebook that more than …", with "that" read as an adverb)
        if lowers[i] in comps and i + 1 < b_tok and (
                pos[i] == "SCONJ" or after_listener or after_placing
                or i == ci + 1 and view.dep[i] in view.deps.marker  # ("denied that schools …", "that" tagged DET)
                or i == ci + 1 and view.dep[i] in view.deps.determiner and view.heads[i] > i
                and "Plur" in view.doc[view.heads[i]].morph.get("Number")
                # ("adding that repairs would cost …": "that" read as the determiner of a plural noun, which it
                # cannot be)
                or i == ci + 1 and view.dep[i] in view.deps.determiner and view.heads[i] > i
                and view.dep[view.heads[i]] in view.deps.nominal_subject
                # ("adding that debt had fallen": read as the determiner of the clause's subject, the clause is
                # the content either way)
                or pos[i] in ("PRON", "DET") and view.dep[i] not in view.deps.determiner
                and (pos[i + 1] in ("PROPN", "PRON", "DET", "NUM") or texts[i + 1][:1].isupper()
                     or _approximator_before_number(view, i + 1, b_tok)
                     or i == ci + 1 and pos[i + 1] == "ADV" and i + 2 < b_tok and texts[i + 2] == ",")):
            # ("adding that accordingly, the company …" with "that" read as a pronoun: an adverb set off)
            # ("reported last week that Calder Holt had …" with "that" tagged as a relative pronoun)
            if lowers[i] in view.lang.words("interrogative_complementizers"):
                return None  # "without specifying if the plant would close": a question, as a parsed one is
                # (``_parsed_complement``), nothing stated
            a, b = view.trim(view._starts[i + 1], view.sentence_chars(view.sentence_of[ci])[1])
            clause = view.span_range(a, b)
            if clause is None or not (i == ci + 1 and _subordinator_opens(view, i, clause[1]) or any(
                    "Fin" in view.verb_forms[t] or pos[t] == "AUX" or _past_form_after_noun(view, t)
                    or _final_past_form_after_noun(view, t, clause[1]) or pos[t] == "VERB" and any(
                        view.dep[c] in view.deps.nominal_subject and c < t for c in view.children(t))
                    for t in range(*clause))  # (a verb with its subject is a clause's, whatever its form: "dat de
                    # treinen vol zitten", a plural present tagged as an infinitive)
                    or _verb_read_as_noun(view, clause[0] - 1, clause[1])):
                continue  # "geeft dat lachend toe": "dat" points back, no clause follows (``_has_finite``) (but
                # "reported that the bank plans to cut …", "plans" tagged a noun, is a clause)
            if b - a > 3:
                return a, b, "complementizer"
    return None


def _in_subordinate_clause(view: TextView, ci: int) -> bool:
    """The cue at ``ci`` is the verb of a subordinate clause: a complementizer (``complementizers``,
    ``interrogative_complementizers``) stands before it in its sentence with no finite verb between them."""
    a_tok = view.sentences[view.sentence_of[ci]][0]
    opening = view.lang.union("complementizers", "interrogative_complementizers")
    k = next((k for k in range(ci - 1, a_tok - 1, -1) if view.lowers[k] in opening or view.finite[k]), None)
    return k is not None and view.lowers[k] in opening and not view.finite[k]


def _parenthetical_after_complementizer(view: TextView, i: int, b_tok: int) -> bool:
    """The complementizer at ``i`` is tagged a subordinator and followed by a comma, a short phrase with no finite
    verb and no coordinator, a second comma, and then a subject and its finite verb ("arguing that, under the
    contract, it owed nothing"): a phrase set off inside the reported clause."""
    texts, pos = view.texts, view.pos
    if pos[i] != "SCONJ" or i + 3 >= b_tok or texts[i + 1] != "," \
            or view.lowers[i + 2] in view.lang.words("coordinators"):
        return False
    close = next((k for k in range(i + 3, min(b_tok, i + 10)) if texts[k] == ","), None)
    if close is None or any(view.finite[k] for k in range(i + 2, close)) or close + 2 >= b_tok:
        return False
    return any(view.dep[k] in view.deps.subject for k in range(close + 1, min(b_tok, close + 4))) \
        and any(view.finite[k] for k in range(close + 1, min(b_tok, close + 6)))


def _subordinator_opens(view: TextView, i: int, end: int) -> bool:
    """Token i is a subordinator by tag and by parse, and at least four words follow it before token ``end``
    ("allege that the pair stole £2m …" with "stole" read as a noun): it opens a clause, whatever the tagger
    made of that clause's verb (not "kondigde dat maandag aan", "dat" tagged a subordinator but parsed as the
    object it is)."""
    return view.pos[i] == "SCONJ" and view.dep[i] in view.deps.marker and end - i > 4


def _infinitive_complement(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """A parsed infinitival complement: "meldde … schade te hebben toegebracht", "hopes to win"."""
    infinitive = view.lang.words("infinitive_markers")
    entry = cue_of(cue, view)
    partner = entry.partner if entry is not None and not entry.separable else ""
    ci, deps, dep, lowers = cue.i, view.deps, view.dep, view.lowers
    if _bare_participle_clause(view, ci):
        return None
    for child in view.children(ci):
        if child <= ci or dep[child] in deps.punctuation or dep[child] in deps.nominal_subject \
                or partner and lowers[child] == partner:
            continue  # ("weet De Telegraaf te melden": the partner verb is no content)
        markers = [c for c in view.children(child) if lowers[c] in infinitive and dep[c] in deps.marker] or (
            [child - 1] if child > 0 and lowers[child - 1] in infinitive else [])
        if not markers or view.pos[child] not in ("VERB", "AUX"):
            continue
        if view.quote_of[child] >= 0 and all(view.quote_of[m] >= 0 for m in markers):
            continue  # (an infinitive inside a quote; but 'promised to "fix the roads"' is a partial quote)
        if _gerund_after_marker(view, markers[-1] + 1):
            # "confessed to acting alone, …": a gerund after the preposition, not an infinitive — its own phrase
            a, b = view.trim(view._starts[min(child, markers[-1] + 1)], view._ends[max(view.subtree(child))])
            b = _before_next_clause(view, a, b)  # (from the word after "to": "having lied to the court")
            if b - a > 3:
                return a, b, "complement"  # (a gerund's phrase, like ``_gerund_complement``'s)
            continue
        toks = _infinitive_tokens(view, cue, view.doc[child])
        if not toks:
            continue
        a, b = view.trim(toks[0].idx, toks[-1].idx + len(toks[-1]))
        if view.text[b:_sentence_content_end(view, cue)].strip(" .!?"):
            # the parser split the sentence: run to the end of the repaired sentence
            b = view.trim(b, _sentence_content_end(view, cue))[1]
        b = _before_next_clause(view, a, b)
        if b - a > 3:
            return a, b, "infinitive"
    return None


def _gerund_complement(view: TextView, cue: Token, entry: CueEntry) -> tuple[int, int, str] | None:
    """A gerund right after a cue that reports a clause, parsed as its complement: "Iran admits downing the jet",
    "confirmed signing the striker", "reported being told that …" — what the gerund's phrase says is the content."""
    lemma = view.lemmas[cue.i]
    if entry.type not in CLAUSE_CUE_TYPES or entry.type == "deny" \
            or lemma in view.lang.union("characterization_cues", "addressee_verbs") \
            or lemma in view.lang.words("continuation_cues") or _marked_infinitive(view, cue.i):
        return None  # (not "described finding …", "told arresting officers …", "to continue airing …"; a denial
        # with a gerund, "denied receiving any offer", is evidence on the claim it denies, not a statement)
    ci, deps, dep = cue.i, view.deps, view.dep
    k = ci + 1
    while k < len(view.pos) and view.pos[k] == "ADV":
        k += 1  # ("admitted initially hiding …")
    if k >= len(view.pos) or view.heads[k] != ci or view.pos[k] != "VERB" or view.quote_of[k] >= 0 \
            or not ("Ger" in view.verb_forms[k] or view.tags[k] == "VBG") \
            or not (dep[k] in deps.open_complement or dep[k] in deps.clausal_complement
                    or dep[k] in deps.adverbial_clause and k == ci + 1):  # ("denied taking …" read as an adjunct)
        return None
    sub = [t for t in view.subtree(k) if t >= k]
    a, b = view.trim(view._starts[k], view._ends[max(sub)])
    b = _before_next_clause(view, a, b)
    return (a, b, "complement") if b - a > 3 else None


def _bare_participle_clause(view: TextView, ci: int) -> bool:
    """"Although known to have lived in Spain, …": a past participle heading an adverbial clause, with no subject
    and no auxiliary of its own, tells what is known or said of someone, not what anyone said."""
    deps, dep = view.deps, view.dep
    return view.pos[ci] == "VERB" and "Part" in view.verb_forms[ci] and "Past" in view.tenses[ci] \
        and dep[ci] in deps.adverbial_clause and not any(
            dep[c] in deps.subject or dep[c] in deps.any_auxiliary for c in view.children(ci))


def _before_next_clause(view: TextView, a: int, b: int) -> int:
    """The end of an infinitival content before a comma that opens the sentence's main clause ("the firms
    thought to be keen on the site, said it would withdraw": the content ends at the comma), or before a coordinator
    right before a finite verb, which goes on with the subject's own clause ("zegt tevreden te zijn en gaat volgende
    week naar Brussel", "promised to repair the road and said …": an infinitive's clause has no finite verb)."""
    found = view.span_range(a, b)  # (the tokens of ``view.span(a, b)``, read from the lists)
    texts, n = view.texts, len(view.texts)
    coordinators = view.lang.words("coordinators")
    for k in range(*found) if found is not None else ():
        if view.lowers[k] in coordinators and k + 1 < n and view.finite[k + 1] and view.pos[k + 1] == "VERB" \
                and view.quote_of[k] < 0 and k > found[0]:
            return view.trim(a, view._starts[k])[1]
        if texts[k] == "," and k + 1 < n:
            if view.finite[k + 1]:
                return view.trim(a, view._starts[k])[1]
            if _next_attribution(view, k + 1, view.sentences[view.sentence_of[k]][1]) \
                    or _trailing_attribution_at(view, k + 1):
                return view.trim(a, view._starts[k])[1]  # "…, and the High Court said …": a second source's
                # clause; "… to fall by a third, it said in a filing": the attribution of the sentence
    return b


def _trailing_attribution_at(view: TextView, i: int) -> bool:
    """A short subject and its finite cue verb start at token ``i`` ("it said in a filing", "sources say", "the
    firm told investors"): the sentence's own trailing attribution."""
    pos, dep, heads = view.pos, view.dep, view.heads
    for k in range(i, min(i + 5, len(pos))):
        if pos[k] not in ("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"):
            return k > i and _reporting_verb_at(view, k) and any(
                dep[j] in view.deps.subject and heads[j] == k for j in range(i, k))
    return False


def _infinitive_tokens(view: TextView, cue: Token, child: Token) -> list[Token]:
    """The tokens of an infinitival complement after the cue, with its object and adverbs the parser hung on the
    cue, without the speaker and leading punctuation or time words."""
    toks = [t for t in child.subtree if t.i > cue.i and not t.is_space]
    # the object of the infinitive may have been attached to the cue ("meldde … schade te hebben …")
    toks += [t for c in cue.children if (c.dep_ in view.deps.object or c.dep_ in view.deps.subject and any(
             s.dep_ in view.deps.subject and s.i < cue.i for s in cue.children)) and cue.i < c.i < child.i
             and not _content_pronoun(c, view) for t in c.subtree]
    # and its adverbs may hang on the cue ("heeft aangekondigd daar een plan te presenteren")
    toks += [c for c in cue.children if c.dep_ in view.deps.adverbial_modifier and cue.i < c.i < child.i]
    speaker = find_speaker(view, cue, None)
    if speaker is not None:
        toks = [t for t in toks if t.i > speaker.right_edge.i or t.i < speaker.left_edge.i]
    toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)
    times = view.lang.union("time_words", "time_adverbs")
    while toks and (toks[0].is_punct or toks[0].lower_ in times) and toks[0].i < child.i - 1:
        toks = toks[1:]
    if toks and toks[0].pos_ == "ADP" and toks[0].lower_ in view.lang.words("medium_prepositions"):
        noun = toks[0].head  # "zegt in een reactie te verwachten dat …": where it was said, not what
        end = max(t.i for t in noun.subtree)
        if noun.i != toks[0].i and end < child.i and norm_lemma(noun) in view.lang.union("document_nouns",
                                                                                       "statement_nouns"):
            toks = [t for t in toks if t.i > end]
    return toks


def _present_participle(view: TextView, k: int) -> bool:
    """The view's token k is a present participle or gerund ("acting", "killing"), by its morphology."""
    forms = view.verb_forms[k]
    return "Ger" in forms or "Part" in forms and "Pres" in view.tenses[k] or view.tags[k] == "VBG"


def _gerund_after_marker(view: TextView, k: int) -> bool:
    """The verb at token k, right after an infinitive marker, is a gerund ("to acting", "to being", "to
    misleading"), not an infinitive: a present participle that the morphology does not call an infinitive, or
    whatever the morphology says, the tagger's gerund tag."""
    return k < len(view.pos) and view.pos[k] in ("VERB", "AUX") and _present_participle(view, k) and (
        "Inf" not in view.verb_forms[k] or view.tags[k] == "VBG")


def _infinitive_by_word_order(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """An infinitival complement the parse missed, by word order: "<cue> [subject] [adverbs] <object> te
    <infinitive> …"."""
    lang = view.lang
    if _bare_participle_clause(view, cue.i):
        return None
    comps, infinitive = lang.words("complementizers"), lang.words("infinitive_markers")
    b_tok = view.sentences[view.sentence_of[cue.i]][1]
    verb_final = lang.get("verb_final_infinitives")
    times = lang.union("time_words", "time_adverbs")
    # (the tests read the view's lists, the Tokens' own answers: ``finite`` is ``_finite``, ``verb_forms`` the
    # verb forms of ``morph``)
    quote_of, lowers, texts, pos, finite = view.quote_of, view.lowers, view.texts, view.pos, view.finite
    for i in range(cue.i + 1, min(b_tok - 1, cue.i + 12)):
        if verb_final and quote_of[i] >= 0 and quote_of[cue.i + 1] >= 0:
            continue  # ('zegt "volledig op de hoogte" te zijn': a partial quote before the infinitive)
        if texts[i] in FINAL_PUNCT and quote_of[i] < 0:
            break  # (the sentence ends here, whatever its segmentation)
        if verb_final and quote_of[i] >= 0 and not finite[i] and not (
                lowers[i] in infinitive and pos[i + 1] in ("VERB", "AUX") and "Fin" not in view.verb_forms[i + 1]):
            continue  # ('zegt de situatie "nauwlettend te volgen"': the quote ends with the infinitive)
        lower, text = lowers[i], texts[i]
        if quote_of[i] >= 0 and not (verb_final and lower in infinitive) or lower in comps \
                or text in (",", ";", ":") or finite[i]:
            break
        if not verb_final and lower not in infinitive and lower not in times and text != "-" \
                and pos[i] not in ("ADV", "DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
            break  # in English the infinitive follows its cue or its object ("advised passengers to …"), not a
            # phrase or another verb ("wrote on Facebook looking for rooms to rent")
        if lower in infinitive and quote_of[i + 1] < 0 and _gerund_after_marker(view, i + 1):
            # "confessed to acting alone", "admitted to killing his sister": a gerund after a preposition, not an
            # infinitive: what was admitted is the gerund's phrase, and no further
            node = view.heads[i + 1] if pos[i + 1] == "AUX" and view.heads[i + 1] > i + 1 else i + 1
            a, b = view.trim(view._starts[i + 1], view._ends[max(view.subtree(node))])  # ("to being drunk")
            return (a, b, "complement") if b - a > 3 else None
        quoted = lower in infinitive and texts[i + 1] in QUOTE_CHARS and texts[i + 1] != "," and i + 2 < b_tok \
            and quote_of[i + 2] >= 0 and view.is_lowers[i + 2] and pos[i + 2] in ("VERB", "AUX", "NOUN")
        # ('promised to "repair every road"': after the quote mark the tagger may take the verb for a noun)
        if quoted or lower in infinitive and pos[i + 1] in ("VERB", "AUX") \
                and "Fin" not in view.verb_forms[i + 1]:
            speaker = find_speaker(view, cue, None)
            start = cue.i + 1
            if speaker is not None and speaker.i > cue.i:
                start = max(start, view.np_range(speaker)[1])
            while start < i and (view.doc[start].is_punct or view.doc[start].lower_ in times):
                start += 1
            if start >= len(view.doc):
                return None  # (a speaker phrase that runs to the end of the text: nothing after it is reported)
            a, b = view.trim(view.doc[start].idx, view.sentence_chars(view.sentence_of[cue.i])[1])
            b = _before_next_clause(view, a, b)
            return (a, b, "infinitive") if b - a > 3 else None
    return None


NOMINAL_POS = ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ")


def _content_before(view: TextView, tok: Token, entry: CueEntry) -> bool:
    """The cue at ``tok`` has content, and it starts before the cue ("…, the governor said")."""
    content = complement_content(view, tok, entry)
    return content is not None and content[0] < tok.idx


def _year(word: str) -> bool:
    """The word is a year written in figures ("2019", "1998"), a phrase of time whatever the language."""
    return len(word) == 4 and word.isdigit() and 1800 <= int(word) <= 2199


def _bare_clause(view: TextView, cue: Token, entry: CueEntry,
                 misread_opening: bool = False) -> tuple[int, int, str] | None:
    """A reported clause without a complementizer that the parser did not hang on the cue, in a language that
    allows it (``bare_complements``): "told the BBC he had lost stock", "said on Friday the club had received no
    offer" — after the cue, its recipient and a time phrase, a noun phrase and then a finite verb. With
    ``misread_opening`` the first word may be of any class (the parser took it for the clause's verb)."""
    lang = view.lang
    if not lang.get("bare_complements") or entry.type not in CLAUSE_CUE_TYPES:
        return None
    a_tok, b_tok = view.sentences[view.sentence_of[cue.i]]
    recipients: set[int] = set()
    if _addressee_cue(view, cue) and not any(
            c.dep_ in view.deps.passive_auxiliary for c in cue.children):  # "told the BBC", "told reporters": the
        # noun phrase after it (not in the passive, whose subject is the listener: "The jury was told the victim …")
        first = next((c for c in cue.children if c.dep_ in view.deps.objects and c.left_edge.i == cue.i + 1
                      and (c.pos_ in ("PROPN", "PRON", "NOUN") or _source_like_at(view, c.i)
                           or c.lower_ in view.lang.words("reporter_nouns"))), None)
        # (a listener noun the tagger took for a verb: "told reporters the bridge was …")
        if first is not None:
            recipients = set(range(cue.i + 1, first.i + 1))
        else:  # (a listener of one noun the parse hung anywhere: "told staff the season was over")
            recipients = set(range(cue.i + 1, _one_noun_listener_end(view, cue) or cue.i + 1))
    times = lang.union("time_words", "time_adverbs")
    # (the tests read the view's lists, the Token's own answers: a Token is made only for the verb that opens the
    # clause)
    pos, lowers, texts, dep, deps = view.pos, view.lowers, view.texts, view.dep, view.deps
    i = cue.i + 1
    expletives = lang.words("expletive_subjects")
    while i < b_tok and (i in recipients or pos[i] == "ADV" and not (
            lowers[i] in expletives and i + 1 < b_tok and pos[i + 1] in ("VERB", "AUX")) or lowers[i] in times
                         or (pos[i] == "ADP" and i + 1 < b_tok and (lowers[i + 1] in times or _year(texts[i + 1])))
                         or _year(texts[i]) and pos[i - 1] == "ADP"
                         or dep[i] in deps.particle and view.heads[i] == cue.i):
        i += 1  # "told the court", "said on Friday", "said yesterday", "pointing out", "confirmed in 2019"
    if i + 2 < b_tok and pos[i] == "ADJ" and lowers[i + 1] in times and pos[i + 2] in NOMINAL_POS:
        i += 2  # "confirmed last week the plant …" (but "said recent weeks had been hard": the clause's subject)
    if i + 1 < b_tok and texts[i] == "," and (_cites(view, view.doc[i + 1]) or pos[i + 1] == "ADP"):
        # "reported, citing the pilot's log, the ferry ran …", "claimed, as of Friday, the channel …": past the phrase
        close = next((k for k in range(i + 2, b_tok) if texts[k] == ","), None)
        if close is None:
            return None
        i = close + 1
    i = _past_placing_words(view, i, b_tok)  # "claimed in court the meeting …"
    approximate = _approximator_before_number(view, i, b_tok)  # "says around 12,000 homes are …"
    if i >= b_tok or view.quote_of[i] >= 0 or pos[i] not in NOMINAL_POS and not approximate and not misread_opening \
            and not (
            texts[i][:1].isupper() and view.alphas[i] and not view.sent_starts[i]
            or dep[i] in deps.subject and view.is_lowers[i] or lowers[i] in expletives) \
            or lowers[i] in lang.words("complementizers"):
        return None  # (a name the tagger read as something else, or a word the parser makes a subject, still opens
        # the clause: "said Kowalczyk needed …", "said refunds for the flights were offered")
    j, limit = i, min(b_tok, _noun_phrase_window(view, i, b_tok))
    after_apposition = False  # (a past participle right after ", a keen cyclist," is the clause's verb)
    opened = None  # (the quote mark of a quoted phrase the clause's words have opened and not closed)
    forced = None  # (the verb after a relative clause that "that" opens in the clause's subject)
    verb_forms, tenses = view.verb_forms, view.tenses
    subject_pronouns = lang.get("subject_pronouns", {})  # ("said it expected orders to …": a past form after a
    # subject pronoun is its verb, whatever the tagger read)
    while j + 1 < limit:
        j += 1
        if _quote_mark(view, j):
            opened = j if opened is None else None
            continue
        apposition = _apposition_end(view, j, b_tok)
        if apposition is not None:  # "said the chairman, Peter Holm, would resign"
            j, limit = apposition, min(b_tok, limit + apposition - j + 1)
            after_apposition = True
            continue
        if j >= i + 8 and j != forced and not after_apposition and not _finite_after_long_subject(view, i, j):
            continue  # (past eight words only a finite verb whose subject that long noun phrase is)
        if j == forced or pos[j] in ("VERB", "AUX") and ("Fin" in verb_forms[j] or (after_apposition or j == i + 1
                                                                     and (texts[i][:1].isupper()
                                                                          or lowers[i] in subject_pronouns))
                                          and "Past" in tenses[j]) or _untagged_verb(view, j, b_tok) \
                or entry.type in ("speech", "opinion") and (_past_form_after_noun(view, j) or _untagged_verb(
                    view, j, b_tok, before_preposition=not _addressee_cue(view, cue))):
            # (a past participle right after a name is its past tense: "said Kowalczyk required surgery"; so is
            # a past form read as an adjective before its phrase: "said the suspect fled on foot")
            if view.heads[j] == cue.i and dep[j] in deps.conjunct \
                    and lowers[j - 1] in lang.words("coordinators"):
                return None  # "confirmed the decision but declined to comment": the cue's second verb, no clause
            if opened is not None and (j != opened + 1 or lowers[opened - 1] in lang.words("coordinators")):
                return None  # a verb inside a quoted phrase is the clause's only as the quote's first word: "said
                # the plan "came too late"", not "accept the result "whatever it is"" or "… and "move on""
            tok = view.doc[j]
            verb = view.doc[view.heads[j]] if (dep[j] in deps.any_auxiliary or dep[j] in deps.copula) \
                and view.heads[j] > j else tok
            # (the verb an auxiliary belongs to: "found a diver who had been stuck …")
            relative = [c for c in verb.children if c.pos_ == "PRON" and c.dep_ in view.deps.subject and i < c.i < j
                        and (view.doc[c.i - 1].pos_ in ("NOUN", "PROPN") or view.texts[c.i - 1] == ","
                             and c.lower_ in lang.words("relative_pronouns")
                             and c.lower_ not in lang.words("complementizers"))]
            # (also after the comma of a name in apposition: "discovered the man, Tom Ashby, who was …")
            if relative and not any(_finite(t) for t in view.doc[j + 1:b_tok]):
                main = _verb_after_relative_clause(view, j, b_tok) \
                    if all(c.lower_ in lang.words("relative_pronouns") for c in relative) else None
                if main is None:
                    return None  # "claimed mileage for journeys he did not make": an object with a relative
                    # clause (but "said the gunfire they heard may have come from …": the clause's verb follows)
                j, tok = main, view.doc[main]  # "said the man who attacked her fled on foot", "fled" read as an
                # adjective: the noun phrase with its relative clause is the subject of the verb after it
            if any(c.dep_ in view.deps.marker and i < c.i < j and c.lower_ not in lang.words("complementizers")
                   for c in tok.children):
                return None  # "published every report as soon as it had it": the verb of an adverbial clause
            inner = cue_of(tok, view) if tok.pos_ == "VERB" else None
            if inner is not None and not after_apposition and not _document_subject_before(view, i, j) \
                    and (i <= view.heads[j] < j and "Fin" not in verb_forms[j]
                         or _content_before(view, tok, inner)):
                return None  # "said people want …" is fine, "said officials said …" is another attribution
                # (but "said the emails proved she had …": a document's showing is what the speaker said)
                # (but "reported Anna Berg, the harbour master, recommended …": a named person's report, nested)
                # (but "claimed the tenant first complained of noise": a cue verb with no content of its own is
                # the reported clause's verb; not "citing officials briefed on the talks", a participle on the noun)
                # (and "told the paper the officers claimed to be …": a report with its content after it is nested
                # in the clause, both are statements; not "…, the governor said", whose content stands before)
            if dep[j] in deps.any_auxiliary and view.heads[j] > j:
                h = view.heads[j]
                if view.heads[h] == cue.i and dep[h] in deps.conjunct and lowers[j - 1] in lang.words("coordinators"):
                    return None  # "confirmed the job cuts but did not say …": the cue's second verb, no clause
                tok = view.doc[h]  # the verb the auxiliary belongs to: "told the hearing he had warned his
                # managers" (a cue verb itself, no second report)
            rest = list(view.span(tok.idx + len(tok), _sentence_content_end(view, cue)) or ())
            stop = next((t for t in rest if _another_report_verb(view, t.i)), None)  # (a second report)
            if stop is None:
                b = _extend_to_sentence_end(view, cue, tok.idx + len(tok))
            else:  # "said reservoirs made sense but warned that …": up to the next cue's clause (and a semicolon
                # before it: "denies the blasts are related; reports describe …")
                subject = min((e for e in (view.doc[c].left_edge.i for c in view.children(stop.i)
                                            if dep[c] in deps.subject and tok.i < c < stop.i)
                               if lowers[e - 1] in lang.words("coordinators")), default=stop.i)
                # (the next report's own subject after a coordinator is no part of this one: "… for 12 men but
                # officials denied …"; not a trailing cue's, ", the company said", which ends the sentence's report)
                stop = next((x for x in rest if x.i < stop.i and x.text == ";" and view.quote_of[x.i] < 0), stop)
                words = [x for x in rest if x.i < min(stop.i, subject) and not x.is_punct
                         and x.lower_ not in lang.words("coordinators") and x.dep_ not in view.deps.coordinator]
                last = words[-1] if words else tok
                b = last.idx + len(last)
            a, b = view.trim(view._starts[i], b)
            return (a, b, "complement") if b - a > 3 else None
        if forced is None and lowers[j] in lang.words("complementizers") and pos[j - 1] in ("NOUN", "PROPN") \
                and lowers[j] in lang.words("relative_pronouns") and dep[j] in deps.subject and view.heads[j] > j:
            forced = _verb_after_relative_clause(view, view.heads[j], b_tok)
            if forced is not None:  # "said the company that built the bridge ignored …": "that" opens a relative
                j, limit = forced - 1, max(limit, forced + 1)  # clause in the subject, not the reported clause;
                continue  # the verb after it is the clause's
        if view.puncts[j] and texts[j] not in ("-", "'", "’") or lowers[j] in lang.words("complementizers"):
            return None
    return None


_NOUN_PHRASE_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "CCONJ"))


def _verb_after_relative_clause(view: TextView, j: int, end: int) -> int | None:
    """The verb of a bare reported clause after its subject's relative clause, whose verb is at ``j`` ("said a
    woman who lives nearby called the police", "said the man who attacked her fled on foot": the parser hung the
    clause's own verb on the relative clause or read it as an adjective): the first later word before ``end`` and
    before any punctuation that is a past or finite verb, or a lower-case word of the language's past forms
    (``verb_suffixes``, ``irregular_verb_forms``), right after a noun, pronoun, adverb or number that ends the
    relative clause; else None."""
    lang = view.lang
    pos, lowers = view.pos, view.lowers
    suffixes, irregular = tuple(lang.words("verb_suffixes")), lang.words("irregular_verb_forms")
    coordinators = lang.words("coordinators")
    for k in range(j + 1, end):
        if view.puncts[k] or view.quote_of[k] >= 0 or lowers[k] in coordinators:
            return None
        if pos[k - 1] not in ("NOUN", "PROPN", "PRON", "ADV", "NUM") or not view.is_lowers[k]:
            continue
        if pos[k] == "VERB" and ("Fin" in view.verb_forms[k] or "Past" in view.tenses[k]) \
                or pos[k] in ("ADJ", "VERB") and (lowers[k] in irregular or lowers[k].endswith(suffixes)):
            return k
    return None


def _noun_phrase_window(view: TextView, i: int, end: int) -> int:
    """How far a bare clause opening at ``i`` may look for its verb: eight words, and further (to sixteen) while
    every word is of a noun phrase — a long subject with its modifiers and conjuncts ("announced the cockpit voice
    recorder from the lost flight 610 has been found", "the fire service and the national safety board were to
    …")."""
    k, pos, subordinating = i, view.pos, view.lang.words("conjunction_prepositions")
    while k < min(end, i + 16) and (pos[k] in _NOUN_PHRASE_POS or view.texts[k] in ("-", "'s", "’s")) \
            and view.lowers[k] not in subordinating:  # (not "disputed the border since a truce ended …")
        k += 1
    return max(i + 8, k + 1)


def _finite_after_long_subject(view: TextView, i: int, j: int) -> bool:
    """The word at ``j``, past a noun phrase of eight words or more that opens at ``i``, is a finite auxiliary, or a
    finite verb whose subject stands in that phrase ("a survey carried out last year" is no clause); after a
    coordinator in the phrase, a plural one ("the fire service and the safety board were …" is one subject, but
    "showed support at one percent and a new poll put …" is two clauses)."""
    if "Fin" not in view.verb_forms[j] or view.pos[j] != "AUX" and not (
            view.pos[j] == "VERB" and any(view.dep[c] in view.deps.subject and i <= c < j for c in view.children(j))):
        return False
    return not any(view.dep[k] in view.deps.coordinator for k in range(i, j)) \
        or "Plur" in view.doc[j].morph.get("Number")


def _determiner_read_as_complementizer(view: TextView, c: int) -> bool:
    """"The company disputed that figure, saying …": the clause's complementizer stands before a one-word 'clause',
    a verb in its base form that punctuation ends (the tagger read the noun as a verb): a determiner and its noun,
    no reported clause."""
    comps = view.lang.words("complementizers")
    for m in view.children(c):
        if view.dep[m] in view.deps.marker and view.lowers[m] in comps and m + 2 < len(view.pos):
            return view.pos[m + 1] == "VERB" and "Inf" in view.verb_forms[m + 1] and view.puncts[m + 2]
    return False


def _document_subject_before(view: TextView, i: int, j: int) -> bool:
    """The noun phrase of tokens [i, j) ends with a document noun of the language ("the emails", "de cijfers"): what
    it shows is no person's speech."""
    documents = view.lang.words("document_nouns")
    return any(view.pos[k] == "NOUN" and view.lemmas[k] in documents for k in range(i, j)) \
        and view.pos[j - 1] in ("NOUN", "PROPN")


def _approximator_before_number(view: TextView, i: int, end: int) -> bool:
    """An approximator of the language ("around", "about", "more than", "ruim") right before a number opens a
    noun phrase, whatever the tagger made of it ("around" tagged a preposition)."""
    for words in _approximator_words(view.lang):
        k = i + len(words)
        if k < end and view.phrase_at(i, words) and (view.doc[k].like_num or view.doc[k].pos_ == "NUM"):
            return True
    return False


@lru_cache(maxsize=None)
def _approximator_words(lang: LangData) -> tuple[list[str], ...]:
    """The language's ``approximators`` as word lists, in the word set's own order (split once per language)."""
    return tuple(phrase.split() for phrase in lang.words("approximators"))


def _past_placing_words(view: TextView, i: int, end: int) -> int:
    """After a cue, a short prepositional phrase that places the words ("in court", "in a statement", "on
    Twitter") followed by the start of a noun phrase: the index of that start, else ``i``."""
    pos, puncts = view.pos, view.puncts  # (the view's lists: no Token made)
    if i >= end or pos[i] != "ADP":
        return i
    for k in range(i + 2, min(end, i + 5)):
        if puncts[k] or pos[k] in ("VERB", "AUX", "ADP"):
            return _past_two_phrases(view, i, end) if pos[k] == "ADP" else i
        if pos[k] in ("DET", "PROPN", "PRON", "NUM") and pos[k - 1] in ("NOUN", "PROPN", "VERB") \
                and view.lowers[k - 1] not in view.lang.words("time_words"):
            return k
    return i


def _past_two_phrases(view: TextView, i: int, end: int) -> int:
    """"said in a letter to the parish council she would stand down …": two placing phrases, then a subject
    pronoun right after a noun; the index of the pronoun, else ``i``."""
    doc = view.doc
    pronouns = _no_comment_words(view.lang)[0]  # (the subject pronouns and first-person words, joined once)
    for k in range(i + 2, min(end, i + 10)):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX") and not _in_name(doc, k):
            return i
        if doc[k].lower_ in pronouns and doc[k].pos_ == "PRON" and doc[k - 1].pos_ in ("NOUN", "PROPN"):
            return k
    return i


def _in_name(doc, k: int) -> bool:
    """A capitalised word inside a sentence right before a proper noun: part of a name the tagger read as a verb
    ("with Rolling Stone", "to Reading Council")."""
    return k > 0 and doc[k].text[:1].isupper() and not doc[k].is_sent_start and k + 1 < len(doc) \
        and doc[k + 1].pos_ == "PROPN"


CLAUSE_CUE_TYPES = ("speech", "opinion", "confirm", "admit", "deny", "dispute")  # cue types that report a clause


def _report_naming_nouns(lang: LangData) -> frozenset[str]:
    """Nouns that name a report rather than say its content: the language's ``statement_nouns``, ``report_nouns``
    and ``document_nouns`` ("reported the story", "his remarks made at …", "citing a statement issued …")."""
    return lang.union("statement_nouns", "report_nouns", "document_nouns")


def _past_form_after_noun(view: TextView, j: int) -> bool:
    """A past participle right after a noun, with no auxiliary of its own and words after it, where a clause must
    have its verb: the tagger's reading of a past tense ("alleges that the two men conspired to fix prices",
    "conspired" tagged a participle modifying "men"). Only after a cue that reports a clause, not a confirmation
    of a noun phrase ("confirmed the arrest made on Monday"). One adverb may stand between ("claimed the tenant
    first complained about the noise"). Not after a noun that names a report ("repeating his remarks made at the
    ceremony", "citing a statement issued on Monday": the participle describes the report)."""
    k = j - 2 if j > 1 and view.pos[j - 1] == "ADV" else j - 1  # (the noun, past one adverb)
    return j > 0 and k >= 0 and (view.pos[k] in ("NOUN", "PROPN") or _noun_read_as_adjective(view, k)
                                 or _noun_read_as_modifier(view, k)) \
        and j + 1 < len(view.pos) \
        and not view.puncts[j + 1] and _bare_past_participle(view, j) \
        and view.lemmas[k] not in _report_naming_nouns(view.lang)


def _noun_read_as_adjective(view: TextView, k: int) -> bool:
    """The word at token ``k`` is an adjective by its tag that heads an object right after its article ("says the
    pandemic nearly destroyed it", "pandemic" tagged an adjective): a noun."""
    return view.pos[k] == "ADJ" and k > 0 and view.pos[k - 1] == "DET" and view.heads[k - 1] == k \
        and view.dep[k] in view.deps.object


def _noun_read_as_modifier(view: TextView, k: int) -> bool:
    """The word at token ``k`` is an adjective by its tag right after an article, both hung on a noun further on
    ("said the spill covered 20 kilometres", "spill" tagged an adjective and "covered" a participle on
    "kilometres"): with a bare participle after it, the article's noun and the clause's subject."""
    return view.pos[k] == "ADJ" and k > 0 and view.pos[k - 1] == "DET" and view.heads[k - 1] == view.heads[k] > k + 1


def _final_past_form_after_noun(view: TextView, j: int, end: int) -> bool:
    """After a complementizer, the clause's last word is a past participle right after a noun, with no auxiliary
    ("estimated that 1.7 million people marched", "marched" tagged a participle on "people"): its past tense."""
    return j == end - 1 and j > 0 and view.pos[j - 1] in ("NOUN", "PROPN") and _bare_past_participle(view, j)


def _bare_past_participle(view: TextView, j: int) -> bool:
    """The view's token j is a lower-case past participle with no auxiliary of its own (the form both
    ``_past_form_after_noun`` and ``_final_past_form_after_noun`` read as a past tense)."""
    return view.pos[j] == "VERB" and "Part" in view.verb_forms[j] and "Past" in view.tenses[j] \
        and view.is_lowers[j] and not any(view.dep[c] in view.deps.any_auxiliary for c in view.children(j))


def _untagged_verb(view: TextView, j: int, end: int, before_preposition: bool = False) -> bool:
    """A verb the tagger took for an adjective in a clause after a cue ("said the storm damaged two piers",
    "reported most of the passengers survived"): a lower-case word with a verb ending of the language
    (``verb_suffixes``) or one of its irregular finite forms (``irregular_verb_forms``) right after a noun,
    followed by a nominal, an approximator (``approximators``: "zo'n", "about") or the end of the clause; with
    ``before_preposition`` (content before its cue, which is never a bare noun phrase) also by a preposition
    ("The suspect fled on foot, police said")."""
    pos, puncts = view.pos, view.puncts
    if pos[j] not in ("ADJ", "NOUN") or not view.alphas[j] or not view.is_lowers[j] or j == 0 or puncts[j - 1] \
            or pos[j - 1] not in ("NOUN", "PROPN", "ADJ") and not (
                pos[j - 1] == "VERB" and view.dep[j - 1] in view.deps.adjectival_modifier):
        return False  # (a participle used as a noun before it: "most of the deceased suffocated")
    lower = view.lowers[j]
    nxt = j + 1 if j + 1 < end else None
    if pos[j] == "NOUN" and pos[j - 1] == "PROPN" and nxt is not None and pos[nxt] in ("DET", "NOUN") \
            and any(lower.endswith(x) for x in view.lang.words("present_verb_suffixes")):
        return True  # "claims Zarin flies fighters to the front": a present form after a name, read as a noun
    if not any(lower.endswith(suffix) for suffix in view.lang.words("verb_suffixes")) \
            and lower not in view.lang.words("irregular_verb_forms"):
        return False  # ("said the raids hit homes": an irregular past form the tagger made a noun)
    return nxt is None or bool(puncts[nxt]) or pos[nxt] in ("DET", "NOUN", "PROPN", "PRON", "NUM") \
        or view.lowers[nxt] in view.lang.words("approximators") \
        or before_preposition and pos[nxt] == "ADP"  # ("bespaart zo'n 1.800 euro", "cost about $5"; "fled on foot")


def _named_back(view: TextView, tok: Token, obj: Token, claims: list[Claim]) -> Claim | None:
    """'Dat noemt hij "een mooie bijkomstigheid"': a fronted demonstrative object and a quote after the
    verb; the quote is what the speaker said (a direct statement), not the sentence the demonstrative points at."""
    if obj.lower_ not in view.lang.words("anaphoric_pronouns") or obj.i >= tok.i:
        return None
    s_b = view.sentence_chars(view.sentence_of[tok.i])[1]
    q = next((q for q in view.quotes if q.close is not None and tok.idx < q.open < s_b and q.outer_end <= s_b + 1
              and q.open - tok.idx < 60), None)
    if q is None or any(ch in view.text[tok.idx + len(tok):q.open] for ch in ".;:!?,"):
        return None
    speaker = find_speaker(view, tok, (q.start, q.end))
    if speaker is None or any(c.span.start <= speaker.idx < c.span.end for c in claims):
        return None
    att = Attribution(tok.idx, tok.idx + len(tok), norm_lemma(tok), "speech", view.np_range(speaker), speaker.i,
                      False, "characterization", view.sentence_chars(view.sentence_of[tok.i]))
    return _claim(view, "direct", q.start, q.end, att)



def _inside_report(claims: list[Claim], tok: Token) -> bool:
    """The token lies inside the content of a statement, other than a whole clause a source phrase reports ("Pelosi
    called the conduct a "breach", according to NBC": NBC reports the clause, and Pelosi's characterization is a
    statement nested in it, ``_nested``)."""
    return any(c.span.start <= tok.idx < c.span.end and c.via != "source" for c in claims)


def _quote_with_noun_before(view: TextView, obj: Token) -> bool:
    """An object inside a quote whose phrase opens with words outside it: the parser made 'the bill "reckless"' one
    noun phrase headed by the quoted word, where the words before the quote are the object and the quote judges it."""
    return view.in_quote(obj) and obj.left_edge.i < obj.i and not view.in_quote(obj.left_edge) \
        and not view.puncts[obj.left_edge.i]


@RULES.rule("characterization", traits=("object_predicate",))
def characterizations(view: TextView, claims: list[Claim]) -> list[Claim]:
    """'Trump called the inquiry a "witch hunt"', 'described the strike as "defensive"', 'noemde het besluit
    "onbegrijpelijk"': the object and the partial quote that characterises it are one mixed statement of the
    verb's subject (not a scare quote, not a direct quote of its own). Returns the claims with these in place of
    any statement of the quote alone."""
    lang = view.lang
    verbs = lang.words("characterization_cues")
    out = list(claims)
    for tok in map(view.doc.__getitem__, view.words_at(verbs)):
        obj = next((c for c in tok.children if c.dep_ in view.deps.object and not view.in_quote(c)), None) \
            or next((c for c in tok.children if c.dep_ in view.deps.object and _quote_with_noun_before(view, c)), None)
        if obj is None or _inside_report(claims, tok):
            continue  # (a verb inside reported content belongs to that content)
        s_a, s_b = view.sentence_chars(view.sentence_of[tok.i])
        left = min(t.idx for t in obj.subtree if not view.in_quote(t))
        if left < tok.idx:
            named = _named_back(view, tok, obj, claims)
            if named is not None:
                out = [c for c in out if c.cue is None or c.cue.span.start != tok.idx] + [named]
            continue
        q = next((q for q in view.quotes if q.close is not None and left < q.open < s_b
                  and q.open - left < 120), None)
        if q is None or q.outer_end > s_b + 1:
            continue
        between = view.text[tok.idx + len(tok):q.open]
        if any(ch in between for ch in ".;:!?") or between.count(",") > 1:
            continue
        if "," in between and any(view.pos[k] == "VERB" and view.quote_of[k] < 0 and view._starts[k] < q.open
                                  and view.texts[k - 1] == "," and cue_of(view.doc[k], view) is not None
                                  for k in range(tok.i + 1, min(len(view.doc), tok.i + 40))):
            continue  # "praised the endorsement, stating he was 'proud …'": the quote is the gerund cue's
        speaker = find_speaker(view, tok, (left, q.outer_end))
        if speaker is None or _inside_report(claims, speaker):
            continue  # ("said the schools were picked … and called the accusation …": not the schools)
        rng = view.np_range(speaker)
        att = Attribution(tok.idx, tok.idx + len(tok), norm_lemma(tok), "speech", rng, speaker.i, False,
                          "characterization", (s_a, s_b))
        a, b = left, _quoted_list_end(view, q, s_b)
        if view.text[b - 1:b] in ".":
            b -= 1
        out = [c for c in out if not (a <= c.span.start and c.span.end <= b)
               and not (c.kind == "indirect" and c.cue is not None and c.cue.span.start == tok.idx
                        and c.span.end <= tok.idx)]
        out.append(_claim(view, "mixed", *view.trim(a, b, strip_comma=False), att))  # (and no clause before the
        # verb read as its content: "…, with Ann Lee calling the bill 'reckless'")
    return out




def _quoted_list_end(view: TextView, q, s_b: int) -> int:
    """The end of the quote ``q`` and of the quotes listed after it with only a comma or a coordinator of the
    language between, in the same sentence ('called the plan "too costly" and "unworkable"', 'noemde het "te duur",
    "onwerkbaar" en "onnodig"')."""
    coordinators = view.lang.words("coordinators")
    end = q.outer_end
    while True:
        nxt = next((r for r in view.quotes if r.close is not None and r.depth == 0 and r.open >= end), None)
        if nxt is None or nxt.outer_end > s_b + 1:
            return end
        between = view.text[end:nxt.open].replace(",", " ").split()
        if len(between) > 1 or between and between[0].lower() not in coordinators \
                or not between and "," not in view.text[end:nxt.open]:
            return end
        end = nxt.outer_end


def _before_closing_cue(view: TextView, i: int, b: int, last: bool = False) -> int:
    """Character b, or the end of the words before the comma that opens a closing cue clause after token i ("…,
    the paper said.": ``_closing_cue_clause``); ``last``: the last such comma (a misparsed verb may make a longer
    stretch look like a source: "…, renders the project unnecessary, the Herald reported")."""
    rng = view.span_range(view._starts[i], b)
    if rng is None:
        return b
    commas = range(rng[0] + 1, rng[1])
    for t in reversed(commas) if last else commas:
        if view.texts[t] == "," and view.quote_of[t] < 0:
            cue = next((k for k in range(t + 1, rng[1]) if _closing_verb_at(view, k)), None)
            if cue is not None and _closing_cue_clause(view, t, cue, rng[1]):
                return view.trim(view._starts[i], view._starts[t])[1]
    return b


def _is_closing_cue_clause(view: TextView, found: tuple[int, int, str]) -> bool:
    """The content right after a comma is itself a closing cue clause (``_closing_cue_clause``)."""
    rng = view.span_range(found[0], found[1])
    if rng is None or rng[0] == 0 or view.texts[rng[0] - 1] != ",":
        return False
    end = view.sentences[view.sentence_of[rng[0]]][1]
    cue = next((k for k in range(rng[0], end) if _closing_verb_at(view, k)), None)
    return cue is not None and _closing_cue_clause(view, rng[0] - 1, cue, end)


def _closing_verb_at(view: TextView, k: int) -> bool:
    """Token k can be the verb of a closing cue clause: a finite reporting verb, or ``_final_plural_cue``."""
    return _reporting_verb_at(view, k) or _final_plural_cue(view, k) \
        or view.pos[k] == "VERB" and view.quote_of[k] < 0 and _trailing_misread_as_passive(view, k) \
        and cue_of(view.doc[k], view) is not None


def _final_plural_cue(view: TextView, k: int) -> bool:
    """A cue verb the tagger read as an infinitive that closes its sentence right after a noun ("…, emails seen by
    this newspaper show."): a plural present with its source before it."""
    return view.pos[k] == "VERB" and "Inf" in view.verb_forms[k] and view.quote_of[k] < 0 and k > 0 \
        and view.pos[k - 1] in ("NOUN", "PROPN") and k + 1 < len(view.texts) and view.texts[k + 1] in FINAL_PUNCT \
        and cue_of(view.doc[k], view) is not None


def _accused_of_gerund(view: TextView, tok: Token) -> Token | None:
    """The gerund that a verb of the language's ``passive_gerund_reports`` governs through its preposition ("is
    accused of dumping waste", "was suspected of stealing a car"), else None."""
    preps = [p for p, verbs in view.lang.get("passive_gerund_reports", {}).items() if norm_lemma(tok) in verbs]
    g = tok.i + 2
    if not preps or g >= len(view.doc) or view.lowers[tok.i + 1] not in preps or not view.is_lowers[g] \
            or not view.lowers[g].endswith(tuple(view.lang.words("gerund_suffixes"))) \
            or view.pos[g] not in ("VERB", "NOUN"):
        return None  # (by word order: the tagger may read the gerund as a noun, "accused of crossing state lines")
    return next((c for c in tok.children if c.i > tok.i and c.left_edge.i <= g <= c.right_edge.i), view.doc[g])


def _passive_report(view: TextView, tok: Token) -> tuple[int, Token, Token, Token | None] | None:
    """A report verb in the passive with an infinitive ("The driver is reported to have fled", "were reported by
    local media to have visited", "was declared to have won"): the passive subject is part of what is reported,
    not its source; the source is the agent ("by local media") or nobody. Returns (character offset where the
    subject starts, the passive auxiliary, the infinitive, the agent)."""
    if tok.doc is view.doc:  # (the view's lists: children in text order, the first is the one of least index)
        dep, passive_auxiliary = view.dep, view.deps.passive_auxiliary
        first = next((c for c in view.children(tok.i) if dep[c] in passive_auxiliary and c < tok.i), None)
        aux = view.doc[first] if first is not None else None
    else:
        aux = min((c for c in tok.children if c.dep_ in view.deps.passive_auxiliary and c.i < tok.i),
                  key=lambda t: t.i, default=None)
    if aux is None:
        return None
    infinitive = view.lang.words("infinitive_markers")
    verb = next((c for c in tok.children if c.dep_ in view.deps.complement_clause and c.i > tok.i
                 and (c.pos_ in ("VERB", "AUX") or any(m.dep_ in view.deps.copula for m in c.children))
                 and (any(m.dep_ in view.deps.marker and m.lower_ in infinitive for m in c.children)
                      or view.doc[c.i - 1].lower_ in infinitive)), None)  # ("declared to be an emergency")
    gerund = _accused_of_gerund(view, tok) if verb is None else None
    if gerund is not None:
        verb = gerund  # "is accused of dumping waste": the gerund after the verb's preposition is what is alleged
    elif verb is None or verb.dep_ in view.deps.adverbial_clause and verb.pos_ != "AUX" \
            and verb.lemma_ not in view.lang.union("perfect_auxiliaries", "copula_lemmas") and not any(
                c.dep_ in view.deps.any_auxiliary or c.dep_ in view.deps.copula for c in verb.children if c.i < verb.i):
        return None  # "Red notices are declared to ask local police …": an infinitive of purpose, which the parser
        # hangs as an adverbial clause, not what is declared (but "is said to have fled", "to be missing")
    subj = next((c for c in tok.children if c.dep_ in view.deps.subject and c.i < tok.i and not c.is_space), None)
    if subj is not None:
        first = subj.left_edge.i  # (without the coordinator the parser hung on a clausal subject: "…, but
        while first < subj.i and (view.puncts[first] or view.dep[first] in view.deps.coordinator):  # returning to
            first += 1  # normal service was expected to take longer")
        start = view.doc[first].idx if subj.pos_ in ("VERB", "AUX") \
            else min(view.doc[first].idx, view.span_chars(*view.np_range(view.doc[subj.i]))[0])
    else:  # the parser hung the subject elsewhere ("…, and his brother is alleged to …"): the noun phrase before
        first = aux.i
        s_first = view.sentences[view.sentence_of[tok.i]][0]
        while first > s_first and view.doc[first - 1].pos_ in NOMINAL_POS and view.doc[first - 1].dep_ not in view.deps.coordinator:
            first -= 1
        if first == aux.i or first > s_first and not (view.doc[first - 1].dep_ in view.deps.coordinator or view.doc[first - 1].is_punct):
            return None
        start = view.doc[first].idx
    coordinators = view.lang.words("coordinators")
    first = bisect_left(view._starts, start)  # (the subject's first token: the scan stays inside the report)
    cut = next((k for k in range(aux.i - 1, first, -1) if view.lowers[k] in coordinators
                and view.texts[k - 1] == ","), None)
    if cut is not None and cut + 1 < aux.i and "," not in view.texts[cut + 1:aux.i]:
        start = view._starts[cut + 1]  # "…, but returning to normal service was expected to …": the clause after the
        # comma and its coordinator, whatever the parse hung on its subject
    agents = view.lang.words("agent_prepositions")
    agent = next((c for c in tok.children if (c.dep_ in view.deps.agent or c.dep_ in view.deps.oblique) and any(
        m.lower_ in agents for m in c.children) or c.dep_ in view.deps.agent and _agent_word_before(view, c)), None)
    # (an agent needs its preposition: "is accused of steering contracts to Brightstone Homes" with "Homes" parsed
    # as the agent is no source)
    if agent is None:  # "was declared to be an emergency by the agency": the parser hangs the agent on the clause
        agent = next((c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                      and _source_like_at(view, c.i) and any(  # (not "to win the state by a wide margin")
            m.lower_ in agents and m.dep_ in view.deps.case_marker and m.i == c.left_edge.i for m in c.children)
            and max(t.i for t in c.subtree) == max(t.i for t in verb.subtree)), None)
    return start, aux, verb, agent


@RULES.rule("reportive_passive", traits=("reported",))
def passive_reports(view: TextView, claims: list[Claim]) -> list[Claim]:
    """The passive report with an infinitive is one statement from its subject to the end of the infinitive's
    clause ("The driver is reported to have fled the scene and …"), up to the next such report coordinated with it
    ("…, and Y is alleged to …"); its source is the agent, when there is one, else it is of unnamed origin. A verb of
    the language's ``passive_gerund_reports`` with its gerund ("is accused of dumping waste …") is one too. The cue
    is the passive verb with its auxiliary ("is reported"); a confirming verb ("was confirmed to have …") is a
    confirmation cue."""
    verbs = view.lang.words("passive_report_verbs") | frozenset(
        v for vs in view.lang.get("passive_gerund_reports", {}).values() for v in vs)  # (and "is accused of …")
    lexicon = cue_lexicon(view.lang)
    lemmas, quote_of = view.lemmas, view.quote_of
    found = [(tok, r) for tok in (view.doc[i] for i, lemma in enumerate(lemmas) if lemma in verbs and quote_of[i] < 0)
             for r in [_passive_report(view, tok)] if r is not None]
    out = []
    for n, (tok, (a, aux, verb, agent)) in enumerate(found):
        if any(c.span.start <= tok.idx < c.span.end and c.span.start < a for c in claims):
            continue  # inside another source's reported content, that source's statement covers it
        last = max(verb.subtree, key=lambda t: t.i)
        b = last.idx + len(last)
        if _accused_of_gerund(view, tok) is not None:
            b = _before_closing_cue(view, verb.i, _sentence_content_end(view, tok))  # ("accused of crossing
            # state lines and shooting two men": the parser hangs the gerund's words anywhere; the allegation runs
            # to the sentence's end, or to a trailing cue clause there: "…, the paper said")
        if agent is not None and agent.head.i == verb.i:
            b = view.doc[agent.left_edge.i].idx  # the agent phrase at the clause's end is the source, not content
        nxt = next((r for t, r in found[n + 1:] if view.sentence_of[t.i] == view.sentence_of[tok.i]), None)
        if nxt is not None and nxt[0] < b:
            b = nxt[0]
        a, b = view.trim(a, b)
        while b > a and (view.text[b - 1] in ",;" or view.text[b - 1].isspace()):
            b -= 1
        for word in view.lang.words("coordinators"):  # "…, and" before the next report
            if view.text[a:b].lower().endswith(" " + word):
                b = view.trim(a, b - len(word))[1]
        if b - a <= 3 or view.sentence_at(a) != view.sentence_of[tok.i]:
            continue
        speaker = agent if agent is not None and source_like_or_named(view, agent) else None
        rng = view.np_range(speaker) if speaker is not None else None
        kind = "confirm" if any(e.type == "confirm" for e in _lexicon_entries(tok, lexicon) or ()) else "speech"
        att = Attribution(aux.idx, tok.idx + len(tok), norm_lemma(tok), kind, rng,
                          speaker.i if speaker is not None else None, view.negates(tok), "reportive_passive",
                          view.sentence_chars(view.sentence_of[tok.i]))
        out.append(_claim(view, "mixed" if _holds_quote(view, a, b) else "indirect", a, b, att))
    return out


def _agent_word_before(view: TextView, c: Token) -> bool:
    """An agent preposition of the language opens the phrase of token ``c`` (its first word, or the word before
    it), whatever the parser hung the preposition on."""
    agents = view.lang.words("agent_prepositions")
    first = c.left_edge.i
    return view.lowers[first] in agents or first > 0 and view.lowers[first - 1] in agents


def source_like_or_named(view: TextView, tok: Token) -> bool:
    return tok.pos_ in ("PROPN", "NOUN") or source_like(view, tok)


def _kind_of_content(view: TextView, a: int, b: int) -> str:
    """"mixed" when the words of a quotation lie in a..b, else "indirect" (court reports, agentless reports)."""
    return "mixed" if any(a <= q.start and q.end <= b for q in view.quotes) else "indirect"


def _holds_quote(view: TextView, a: int, b: int, closed_only: bool = True) -> bool:
    """A whole quotation, marks included, lies in a..b (a partial quote that makes reported content mixed)."""
    return any(a <= q.open and q.outer_end <= b for q in view.quotes if q.close is not None or not closed_only)


def _opens_clause(view: TextView, i: int, end: int) -> bool:
    """Tokens from i start a clause: a short subject (up to three words, no preposition, punctuation or relative
    pronoun) and then a finite verb ("as Turkey invades …", "as the talks resume")."""
    relatives = view.lang.words("relative_pronouns")
    for k in range(i, min(end, i + 4)):
        t = view.doc[k]
        if _finite(t):
            return k > i
        if t.is_punct or t.pos_ == "ADP" or t.lower_ in relatives:
            return False
    return False


def _marker_after_object(view: TextView, tok: Token, marker: str, s_end: int) -> tuple[Token | None, Token | None]:
    """The first word after the verb and the predication marker after its object ("described the fire at the old
    warehouse on the quay as arson", "praised the crew, who had worked all night, for their calm"): by word order
    within twelve words, or further when the parse hangs the marker's phrase on the verb; a relative clause set
    off by commas may stand between. (None, None) when there is no such marker."""
    relatives = view.lang.words("relative_pronouns")
    skipped: set[int] = set()
    j = tok.i + 2
    while j < s_end:
        t = view.doc[j]
        if t.text == "," and j + 1 < s_end and view.doc[j + 1].lower_ in relatives:
            close = next((k for k in range(j + 2, s_end) if view.doc[k].text == ","), None)
            if close is None:
                break
            skipped.update(range(j, close + 1))  # ", who had worked all night,": a relative clause on the object
            j = close + 1
            continue
        if t.lower_ == marker and not view.in_quote(t) and not (
                t.dep_ in view.deps.marker and any(c.dep_ in view.deps.subject for c in t.head.children)) \
                and not _opens_clause(view, j + 1, s_end):
            # (not "announce a deal as talks resume": a conjunction opening a clause of its own)
            if j - len(skipped) >= tok.i + 12 and tok.i not in (t.head.i, t.head.head.i):
                break
            between = [x for x in view.doc[tok.i + 1:j] if x.i not in skipped]
            if any(x.pos_ in ("NOUN", "PROPN", "PRON") for x in between) and not any(
                    x.pos_ in ("VERB", "AUX") or x.is_punct and x.text in ",;:.!?" for x in between):
                return view.doc[tok.i + 1], t
            break
        if t.is_punct and t.text in ",;:.!?":
            break
        j += 1
    return None, None


def _clause_follows(view: TextView, i: int, end: int) -> bool:
    """A clause starts at token i: a verb right there ("and said …"), or a finite verb before the next punctuation
    mark ("and a recent poll by the college rounded it to zero")."""
    if i < end and view.pos[i] in ("VERB", "AUX"):
        return True
    for t in range(i, min(end, len(view.pos))):
        if view.puncts[t]:
            return False
        if view.finite[t]:
            return True
    return False


def _outlet_like(view: TextView, speaker: Token | None) -> bool:
    """A speaker that can have learned a story: a name (a proper noun or a capitalised word inside the sentence) or a
    news organisation's noun (``outlet_nouns``), not a pronoun or a common noun ("residents")."""
    if speaker is None or speaker.pos_ == "PRON":
        return False
    return speaker.pos_ == "PROPN" or speaker.text[:1].isupper() and not speaker.is_sent_start \
        or norm_lemma(speaker) in view.lang.words("outlet_nouns") or speaker.lower_ in view.lang.words("outlet_nouns")


def _in_anonymity_phrase(view: TextView) -> list[bool]:
    """For every token of the text, whether one of the language's ``anonymity_phrases`` starts at it or at most seven
    tokens before it in its sentence, with no verb and no punctuation but before a name after the phrase between
    them (the phrase and the name given after it: "gave his name only as Dave"), worked out once per text and kept
    on the view."""
    found = view.__dict__.get("_claims_in_anonymity_phrase")
    if found is not None:
        return found
    lowers, sentence_of = view.lowers, view.sentence_of
    found = view.__dict__["_claims_in_anonymity_phrase"] = [False] * len(lowers)
    positions = view.positions
    for first, phrases in _anonymity_phrases_by_first(view.lang).items():
        for k in positions.get(first, ()):  # (the places of the word; the marks are the same in any order)
            # (``_anonymity_phrase_at``, asking only the phrases that open with this word: a phrase matches only
            # where its text before its first space is the token's whole word, which has no white space in it,
            # being the first word of a phrase)
            following = " ".join(lowers[k:k + 8]) + " "
            matched = [len(phrase.split()) for phrase in phrases if following.startswith(phrase)]
            if matched:
                n = max(matched)  # (the longest phrase that starts here)
                for i in range(k, min(len(lowers), k + 8)):
                    if sentence_of[i] != sentence_of[k] or i >= k + n and (
                            view.pos[i] in ("VERB", "AUX")
                            or view.puncts[i] and not (i + 1 < len(lowers) and view.pos[i + 1] == "PROPN")):
                        break  # (the name given runs on from the phrase, "gave only her first name, Halyna,", up
                        # to a verb or to punctuation before anything but a name: "Speaking on condition of
                        # anonymity, one official said", "Op voorwaarde van anonimiteit zegt een ambtenaar" leave
                        # the official a source)
                    found[i] = True
    return found


@lru_cache(maxsize=None)
def _anonymity_phrases_by_first(lang: LangData) -> dict[str, tuple[str, ...]]:
    """The language's ``anonymity_phrases`` by their first word, each with the space that must follow it."""
    out: dict[str, list[str]] = {}
    for phrase in lang.get("anonymity_phrases", []):
        if phrase.split():
            out.setdefault(phrase.split()[0], []).append(phrase + " ")
    return {first: tuple(phrases) for first, phrases in out.items()}


def _owner_of_anonymity_phrase(view: TextView, cue: Token, usable) -> Token | None:
    """The cue's subject lies in an anonymity phrase ("A woman who gave her name only as Mel said …", the name
    parsed as the subject of "as … said"): the speaker is the noun the phrase's relative clause hangs on."""
    zone, deps, dep, heads, sentence_of = _in_anonymity_phrase(view), view.deps, view.dep, view.heads, view.sentence_of
    subject = next((c for c in view.children(cue.i) if dep[c] in deps.subject), None)
    if subject is None or not zone[subject]:
        return None
    k = subject
    while k > 0 and zone[k - 1] and sentence_of[k - 1] == sentence_of[k]:
        k -= 1  # the phrase's first word ("gave")
    for _ in range(4):
        if dep[k] in deps.relative_clause:
            owner = view.doc[heads[k]]
            return owner if owner.i < k and view.pos[owner.i] in ("NOUN", "PROPN") and usable(owner) else None
        if heads[k] == k:
            return None
        k = heads[k]
    return None


def _anonymity_phrase_at(view: TextView, i: int) -> bool:
    """One of the language's ``anonymity_phrases`` starts at token ``i`` ("gave his name only as …")."""
    following = " ".join(view.lowers[i:i + 8]) + " "
    return any(following.startswith(phrase + " ") for phrase in view.lang.get("anonymity_phrases", []))


def _predication(view: TextView, tok: Token, lemma: str, frames: dict[str, frozenset[str]]) -> tuple[int, int] | None:
    """The object and what the verb predicates of it ("called the offer an insult", "ruled the merger unlawful",
    "described its actions as defensive", "blamed the governor for the delays"), as a character range. By the
    parse (object and predicate), else by word order (a noun phrase after the verb, then the marker), since the
    parser often misses these frames. ``lemma`` is the verb's entry in ``frames``."""
    if any(c.dep_ in view.deps.passive_auxiliary for c in tok.children):
        return None
    after = [c for c in tok.children if c.i > tok.i and not view.in_quote(c)]
    times = view.lang.union("time_words", "time_adverbs")
    nominal = [c for c in after if c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") and not any(
        m.dep_ in view.deps.adposition_or_marker for m in c.children) and c.dep_ in view.deps.predication_argument and not any(t.lower_ in times for t in c.subtree)]
    if view.lang.get("verb_second") and nominal and nominal[0].dep_ in view.deps.nominal_subject \
            and view.finite[tok.i] and not any(c.i < tok.i and c.dep_ in view.deps.subject for c in tok.children):
        nominal = nominal[1:]  # "Gisteren noemde de minister het besluit onverstandig": after a fronted phrase the
        # subject follows the finite verb, and the object and its predicate come after it
    first, last = None, None
    if lemma in frames.get("", ()) and len(nominal) >= 2 and nominal[1].dep_ not in view.deps.indirect_object \
            and (nominal[1].dep_ not in view.deps.bare_oblique
                 or nominal[1].left_edge.i == nominal[0].right_edge.i + 1 and not nominal[1].left_edge.is_punct):
        first, last = nominal[0], nominal[1]  # "called the offer an insult", "noemde het bod een belediging" (a bare
        # noun phrase the parser takes for an oblique only right after the object: not "called the police in
        # Leeds, England on Sunday")
    elif lemma in frames.get("", ()) and len(nominal) == 1 and nominal[0].pos_ == "ADJ" \
            and not _source_like_at(view, nominal[0].i) and any(  # (not "called the company executive")
            c.dep_ in view.deps.compound and c.pos_ in ("NOUN", "PROPN") or c.dep_ in view.deps.adjectival_modifier
            and c.pos_ in ("NOUN", "PROPN", "ADJ") and nominal[0].left_edge.pos_ == "DET"
            and nominal[0].left_edge.i < c.i or c.dep_ in view.deps.bare_oblique and c.pos_ in ("NOUN", "PROPN")
            and c.i < nominal[0].i and c.i > tok.i for c in nominal[0].children):
        first = last = nominal[0]  # "ruled the merger unlawful", the parser's one object "merger unlawful" (or
        # "called the offer insulting", an adjective with the noun as its modifier after the article, or "called
        # the minister's reply vague", with the noun as its bare oblique)
    elif lemma in frames.get("", ()) and len(nominal) == 1 and _adjective_read_as_head_noun(view, nominal[0].i):
        first = last = nominal[0]  # "called the plan reckless" read as the noun phrase "the plan reckless"
    elif lemma in frames.get("", ()) and len(nominal) == 1 and nominal[0].pos_ in ("NOUN", "PROPN"):
        predicate = _postnominal_predicate(view, nominal[0])
        if predicate is not None:  # "called the decision rushed, careless and unfair", parsed as a noun with a
            predicate = _adjectives_to_clause_end(view, predicate) or predicate  # participle on it
        else:  # (or as a participle complement of the verb: "noemde het besluit overhaast, slordig en oneerlijk")
            predicate = next((end for c in after if c.i > nominal[0].i and c.dep_ in view.deps.open_complement
                              and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")
                              and (end := _adjectives_to_clause_end(view, c)) is not None), None)
        if predicate is None:  # (or as the verb's adverb right after the object: "verklaarde de verkiezing
            predicate = next((end for c in after if c.i == nominal[0].right_edge.i + 1 and c.pos_ == "ADJ"  # ongeldig")
                              and c.dep_ in view.deps.adverbial_modifier
                              and (end := _adjectives_to_clause_end(view, c)) is not None), None)
        if predicate is not None:
            first, last = nominal[0], predicate
    s_end = view.sentences[view.sentence_of[tok.i]][1]
    for marker, verbs in frames.items():
        if first is not None or not marker or lemma not in verbs:
            continue
        first, last = _marker_after_object(view, tok, marker, s_end)
    if first is None or first.i == tok.i + 1 and first.lower_ in view.lang.words("agent_prepositions"):
        return None  # "was described by local press as …": a passive, whose agent is the source
    if last.lower_ in frames and last.i + 1 < len(view.doc) and _gerund_at(view, last.i + 1) \
            and cue_of(view.doc[last.i + 1], view) is not None:
        return None  # "cited engineers as saying …": the object's words relayed, not something predicated of it
    states = view.lang.words("state_predicates")
    if last.lower_ in states or any(t.lower_ in states for t in view.doc[first.i:last.i + 1] if t.pos_ == "ADJ"):
        return None  # "found the man unconscious", "woman found dead", "found X guilty": a state or a verdict, not
        # something the subject states
    past_preposition = first.i == tok.i + 1 and first.lower_ == view.lang.get("predication_prepositions", {}).get(
        lemma) and first.i + 1 < last.i
    if past_preposition:
        first = view.doc[first.i + 1]  # "referred to the plan as …": the statement starts at the object
    if last.lower_ in view.lang.words("distance_markers") and not any(
            t.pos_ == "NUM" or t.is_digit for t in view.doc[first.i:last.i]):
        return None  # "placed the epicentre 8 km southwest of …", but not "placed a cordon north of the bridge"
    if last.lower_ in view.lang.words("quantity_markers"):
        amounts = view.lang.words("quantity_words") | set(view.lang.get("number_words", {})) \
            | set(view.lang.get("number_multipliers", {}))
        if not any(t.like_num or t.pos_ == "NUM" or t.lower_ in amounts or t.is_currency or t.text[:1].isdigit()
                   for t in view.doc[last.i + 1:min(last.i + 6, s_end)]):
            return None  # "put support at 3 percent", "estimate the cost at £3bn" (a currency sign, a figure with
            # its unit in one word), but not "showed the suspect at the door"
    end = max(last.subtree, key=lambda t: t.i).i
    quoted = next((q for q in view.quotes if last.i + 1 < s_end and q.open == view.doc[last.i + 1].idx
                   and q.close is not None and q.outer_end <= view.sentence_chars(view.sentence_of[tok.i])[1] + 1),
                  None) if last.lower_ in frames else None
    if quoted is not None and _quoted_verb_with_object(view, quoted, s_end):
        quoted = None  # "accusing the government of 'ignoring' the courts": the quoted word is a verb whose phrase
        # goes on after the quote; the predicate runs to the clause's end
    if quoted is not None:  # "referred to the plan as 'a stunt' on Sunday": the predicate is the quote
        end = max(t.i for t in view.doc[last.i + 1:s_end] if t.idx < quoted.outer_end)
    elif last.i >= end or last.lower_ in frames:  # the marker itself: its phrase runs to the clause's end
        end = last.i
        coordinators = view.lang.words("coordinators")
        while end + 1 < s_end and not (view.doc[end + 1].is_punct and view.doc[end + 1].text in ",;:.!?") \
                and not (view.doc[end + 1].lower_ in coordinators and _clause_follows(view, end + 2, s_end)) \
                and "\n" not in view.doc[end + 1].text:
            end += 1
    end = next((k - 1 for k in range(last.i + 1, end) if view.texts[k] == "," and view.pos[k + 1] == "SCONJ"), end)
    # ("noemt de sluiting onverwacht, omdat het bedrijf winst maakt": the clause of reason is no part of it)
    a = min(first.left_edge.idx, first.idx) if first.head.i == tok.i and not past_preposition else first.idx
    # (not back to the preposition a bare object hangs on: "referred to protesters as …")
    a, b = view.trim(max(a, tok.idx + len(tok)), view.doc[end].idx + len(view.doc[end]))
    if "\n" in view.text[a:b] or any(a <= q.open < b < q.outer_end or q.open < a < q.outer_end <= b
                                      for q in view.quotes):
        return None  # across a line break (a headline run into the next line) or a quote cut in two
    opening = view.span(a, b)
    if opening is not None and opening[0].pos_ == "ADP":
        return None  # no object, only a phrase ("… in the neighbourhood of the harbour"): nothing is predicated
    return (a, b) if b - a > 3 else None


def _quoted_verb_with_object(view: TextView, quote: Quote, s_end: int) -> bool:
    """The quote holds one verb (a gerund or participle in quote marks) and its phrase goes on after the closing mark
    with a word of its own, no punctuation: "of 'bypassing' Parliament", "van 'ondermijnen' van de rechtsstaat"."""
    inner = view.span_range(quote.start, quote.end)
    if inner is None or inner[1] - inner[0] != 1 or view.pos[inner[0]] != "VERB":
        return False
    after = view.span_range(quote.outer_end, view._ends[s_end - 1])
    return after is not None and after[0] < s_end and not view.puncts[after[0]] and not view.spaces[after[0]]


def _postnominal_predicate(view: TextView, noun: Token) -> Token | None:
    """The adjective or bare participle the parser hung after an object noun as its modifier, when it is what a
    verb of calling predicates of it ("called the decision rushed, careless and unfair", parsed as "the decision
    rushed"): the noun's last dependent, an adjective or participle with nothing of its own but coordinated
    adjectives and adverbs, that ends the clause. Not a participle with a phrase of its own ("the firms involved in
    the deal")."""
    after = [c for c in noun.children if c.i > noun.i and not c.is_punct]
    if not after:
        return None
    pred = after[-1]
    participle = pred.pos_ == "VERB" and "Part" in pred.morph.get("VerbForm")
    if not (pred.pos_ == "ADJ" or participle) or not (
            pred.dep_ in view.deps.clausal_modifier or pred.dep_ in view.deps.adjectival_modifier
            or pred.dep_ in view.deps.apposition and pred.pos_ == "ADJ"):  # ("noemt het voorstel onacceptabel"
        return None  # with the adjective read as the noun's apposition)
    if any(not (t.is_punct or t.pos_ in ("CCONJ", "ADV") or t.dep_ in view.deps.conjunct and (
            t.pos_ == "ADJ" or t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"))) for t in pred.subtree if t is not pred):
        return None  # (only coordinated adjectives: a participle with an object or phrase of its own is a clause)
    end = max(pred.subtree, key=lambda t: t.i).i
    s_end = view.sentences[view.sentence_of[noun.i]][1]
    if end + 1 < s_end and view.texts[end + 1] not in (",", ".", ";", ":", "!", "?") \
            and view.lowers[end + 1] not in view.lang.words("coordinators"):
        return None
    return view.doc[end]


def _adjectives_to_clause_end(view: TextView, pred: Token) -> Token | None:
    """The last word of a run of coordinated adjectives and participles that starts at ``pred`` and ends the
    sentence ("overhaast, slordig en oneerlijk.") or a clause of its own after a comma and a subordinator,
    whatever the parser hung them on; None when anything else follows."""
    s_end = view.sentences[view.sentence_of[pred.i]][1]
    last = pred.i
    for k in range(pred.i + 1, s_end):
        t = view.doc[k]
        if t.text == "," and k + 1 < s_end and view.pos[k + 1] == "SCONJ":
            break  # ("noemt de sluiting onverwacht, omdat het bedrijf winst maakt": a clause of reason ends the run)
        if t.pos_ in ("ADJ", "ADV", "CCONJ") or t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") \
                or t.text == ",":
            if not t.is_punct and t.pos_ != "CCONJ":
                last = k
            continue
        if t.is_punct and t.text in ".!?;:":
            break
        return None
    return view.doc[last]


@RULES.rule("report_object", traits=("noun_content",))
def report_objects(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A report verb whose content is a noun phrase, not a clause ("Marine biologists report a new species of
    sponge", "The agency reported a sixteenth death", "De politie meldt twee aanhoudingen", "warned of a risk of
    flooding"): the noun phrase is the subject's statement. The verbs, and the preposition that introduces the
    phrase for some ("warn of"), are the language's ``object_cues``; a pronoun, a bare noun and a phrase of
    fewer than two words are no content."""
    frames = view.lang.get("object_cues", {})
    if not frames:
        return claims
    lexicon = {verb: prep for prep, verbs in frames.items() for verb in verbs}
    used = {c.cue.span.start for c in claims if c.cue is not None}
    out = list(claims)
    verbs = frozenset(lexicon)
    listeners = view.lang.words("interlocutor_prepositions")
    named_reports = _report_naming_nouns(view.lang)
    content_pronouns = view.lang.words("content_pronouns")
    inclusions = view.lang.words("inclusion_words")
    modified_only = view.lang.words("modified_object_cues")
    own_acts = view.lang.words("own_act_object_cues")
    participles = view.lang.words("participle_object_cues")
    starts = view._starts
    for i in view.outside_quotes_with_pos(("VERB",)):
        if starts[i] in used:
            continue
        lemma = _lemma_at(view, i, verbs) or _separated_lemma_at(view, i, verbs)  # ("maakte … bekend")
        if lemma is None or any(c.span.start <= starts[i] < c.span.end for c in out) \
                or _possible_in_relative_clause(view, i):
            continue  # ("tests that could confirm the presence of the virus": what a thing may show)
        tok = view.doc[i]
        if lemma in modified_only and any(c.dep_ in view.deps.passive_auxiliary for c in tok.children):
            passive = _passive_confirmation(view, tok, out)  # "The resignation of the mayor was confirmed by …"
            if passive is not None:
                out.append(passive)
            continue
        if any(c.dep_ in view.deps.passive_auxiliary or c.dep_ in view.deps.clausal_complement for c in tok.children):
            continue
        reasons = lemma in participles
        if "Fin" not in tok.morph.get("VerbForm") and not any(c.dep_ in view.deps.auxiliary for c in tok.children) \
                and not (reasons and _participle_after_comma(view, i)):
            continue  # "his work in predicting the background radiation": no report made (but "…, citing age and
            # health concerns": the sentence's subject gives its reason)
        if any(m.i > tok.i and m.lower_ in listeners and m.dep_ in view.deps.case_marker
               and (m.head.head == tok or not lexicon[lemma]) and view.texts[m.i - 1] != "," for m in tok.subtree):
            continue  # "reported the abuse to the police", "meldde de diefstal aan de politie": notice given, not a
            # claim (but "waarschuwt voor een tekort aan leraren": inside a phrase a preposition opens, as after
            # "warn of", a preposition names no listener; nor does one set off by a comma: "reported a price of $400,
            # with the price falling that month")
        prep = lexicon[lemma]
        subject = next((c.i for c in tok.children if c.dep_ in view.deps.subject
                        or c.dep_ in view.deps.auxiliary and c.i < tok.i), None)
        # (the object before a final verb: "De brandweer heeft de redding van twee kanoërs bevestigd")
        obj = next((c for c in tok.children if (c.i > tok.i or subject is not None and subject < c.i) and (
            c.dep_ in view.deps.object and not prep
            or prep and any(m.lower_ == prep and m.dep_ in view.deps.case_marker for m in c.children))), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        # (a phrase quoted after its preposition is the words used: 'spreekt van een "zwarte bladzijde"')
        quoted = prep != "" and any(m.lower_ == prep and m.dep_ in view.deps.case_marker and not view.in_quote(m)
                                    for m in obj.children) and any(view.in_quote(t) for t in obj.subtree)
        if view.in_quote(obj) and not quoted:
            continue
        if norm_lemma(obj) in named_reports:
            continue  # "reported the story", "announced the findings": a report named, not its content
        if reasons and _source_like_at(view, obj.i):
            continue  # "citing sources close to the inquiry", "citing university data": a source, not a reason
        if lemma in own_acts and any(c.dep_ in view.deps.possessive and c.pos_ in ("PRON", "DET") for c in obj.children):
            continue  # "announced his retirement", "maakte zijn selectie bekend": the subject's own act, no claim
        coordinators = view.lang.words("coordinators")
        sub = [t for t in _coordinated_objects(view, tok, obj, coordinators) if quoted or not view.in_quote(t)]
        cut = next((t.i for t in sub if t.text in (";", ":", "(") or t.is_space or t.text == "," and not (
            t.i + 1 < len(view.doc) and ("Ger" in view.doc[t.i + 1].morph.get("VerbForm")
                                         or view.doc[t.i + 1].lower_ in inclusions))  # (", including …")
            or t.lower_ in coordinators and t.i + 1 < len(view.doc) and view.doc[t.i + 1].pos_ in ("VERB", "AUX")),
                   None)  # ("shows a link but cannot prove …": the phrase ends where a verb is coordinated)
        toks = [t for t in sub if (cut is None or t.i < cut) and not t.is_punct]
        if prep and toks and toks[0].lower_ == prep:
            toks = toks[1:]
        if len(toks) < 2 or all(t.pos_ == "DET" or t is obj for t in toks) \
                or any(t.lower_ in content_pronouns and t.pos_ != "DET" for t in toks[:1]):
            continue  # "reported the incident", "meldde het" (but "het vertrek van …": an article)
        if lemma in modified_only and not any(c.dep_ in view.deps.nominal_modifier or c.dep_ in view.deps.apposition
                                              or c.pos_ == "NUM" for c in obj.children if not view.in_quote(c)):
            continue  # "confirmed their arrest", "bevestigt het besluit": bare evidence of what was said before
            # or a modifier that only places it ("confirmed the arrest made on Monday"); but "confirmed the rescue
            # of two climbers on the ridge", "bevestigt de komst van spits X": a noun phrase with its content
        a, b = view.trim(toks[0].idx, toks[-1].idx + len(toks[-1]))
        whole = None
        if quoted:  # 'spreekt van de ,,zoveelste keer'' dit jaar': the quoted words are the statement, direct
            whole = next((q for q in view.quotes if q.start < b and a < q.end and q.close is not None), None)
            before = view.text[max(0, whole.open - 40):whole.open].lower().split() if whole is not None else []
            if whole is None or len(view.text[whole.start:whole.end].split()) < 2 \
                    or before and before[-1] in view.lang.words("title_markers"):
                continue  # (one quoted word is a term, not a statement: 'warned of a "catastrophe"'; so is a
                # named thing: 'spreekt van een zogeheten "robuuste dijk"')
            a, b = whole.start, whole.end
        nxt = toks[-1].i + 1
        if any(t.lower_ in inclusions for t in toks) or nxt + 1 < len(view.doc) and view.doc[nxt].text == "," \
                and view.doc[nxt + 1].lower_ in inclusions:
            # "reported 1,050 cases, including 79 in the capital": the phrase goes on to the clause's end
            s_end = view.sentences[view.sentence_of[tok.i]][1]
            stop = next((k for k in range(toks[0].i, s_end) if view.doc[k].text in (";", ":", "(")), s_end)
            b = view.trim(a, view.doc[stop - 1].idx + len(view.doc[stop - 1]))[1]
            while b > a and view.text[b - 1] in ".,;":
                b -= 1
        elif whole is None:
            b = _prepositional_tail(view, nxt, b)
        if any(_overlap((a, b), (c.span.start, c.span.end)) > 0 for c in out):
            continue
        speaker = find_speaker(view, tok, (a, b))
        if speaker is None or speaker.i > tok.i and speaker.dep_ not in view.deps.subject:
            continue
        entry = cue_of(tok, view)
        att = _attribution(view, [tok], lemma, entry.type if entry is not None else "speech", speaker,
                           "report_object", view.sentence_chars(view.sentence_of[tok.i]), (a, b))
        if att.negated or att.speaker is None:
            continue
        out.append(_claim(view, "direct" if whole is not None else _kind_of_content(view, a, b), a, b, att))
    return out


def _participle_after_comma(view: TextView, i: int) -> bool:
    """Token i is a gerund or present participle right after a comma ("…, citing age and health concerns"): a clause
    of the sentence's own subject."""
    k = i - 1
    while k >= 0 and view.spaces[k]:
        k -= 1
    return _gerund_at(view, i) and k >= 0 and view.texts[k] == ","


def _coordinated_objects(view: TextView, tok: Token, obj: Token, coordinators: frozenset[str]) -> list[Token]:
    """The words of object ``obj`` of verb ``tok``, and of the objects coordinated with it that the parser hung on the
    verb as objects of their own ("reports a captain and eleven other crew", "captain" and "crew" both objects):
    each next object of the verb whose words follow the last ones with only a coordinator between."""
    words = list(obj.subtree)
    for c in tok.children:
        if c.i <= obj.i or c.dep_ not in view.deps.object or c.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        more = list(c.subtree)
        if more[0].i == words[-1].i + 2 and view.lowers[words[-1].i + 1] in coordinators:
            words = [*words, view.doc[words[-1].i + 1], *more]
        elif more[0].i == words[-1].i + 1 and more[0].lower_ in coordinators:
            words = [*words, *more]
    return words


def _prepositional_tail(view: TextView, k: int, b: int) -> int:
    """The end of a reported noun phrase that ends at character ``b`` before token ``k``, run on to the end of its
    sentence when all that follows is prepositional phrases the parser hung on the verb ("confirmed a case of the
    virus in a man from the district", "reported five new deaths due to the virus on the day"): it opens with a
    preposition (or a fixed one: "due to"), and has no verb, pronoun, subordinator, quote or punctuation but the
    final mark. A verb's separable particle at the end is no part of it ("gaf zijn schuld toe")."""
    end = view.sentences[view.sentence_of[k]][1] if k < len(view.pos) else k
    rest = [t for t in range(k, end) if not view.spaces[t]]
    while rest and (view.texts[rest[-1]] in FINAL_PUNCT or view.dep[rest[-1]] in view.deps.particle):
        rest.pop()
    if not rest or not (view.pos[rest[0]] == "ADP" or len(rest) > 1 and view.pos[rest[1]] == "ADP"
                        and view.dep[rest[1]] in view.deps.fixed) or any(
            view.pos[t] in ("VERB", "AUX", "SCONJ", "PRON") or view.puncts[t] or view.quote_of[t] >= 0 for t in rest):
        return b
    return view._ends[rest[-1]]


def _adjective_read_as_head_noun(view: TextView, k: int) -> bool:
    """The word at token ``k`` heads a noun phrase of article (or owner), noun and itself, and is an adjective by
    its ending (the language's ``adjective_suffixes``) or by the adjective coordinated with it, and no source
    lexicon holds it: the predicate the tagger read as the phrase's noun ("the plan reckless", "Trump's order swift
    and decisive"), not "the fire brigade"."""
    lower, lo = view.lowers[k], view.np_range(view.doc[k])[0]
    adjective = lower.endswith(tuple(view.lang.get("adjective_suffixes", ()))) or any(
        view.pos[c] == "ADJ" and view.dep[c] in view.deps.conjunct for c in view.children(k))
    # (or coordinated with an adjective: "swift and decisive")
    return view.pos[k] == "NOUN" and view.is_lowers[k] and adjective and not _source_like_at(view, k) \
        and (view.pos[lo] == "DET" or view.dep[lo] in view.deps.possessive) and lo + 1 < k \
        and view.pos[k - 1] in ("NOUN", "PROPN", "ADJ") \
        and all(view.pos[j] in ("NOUN", "PROPN", "ADJ", "PART", "DET") for j in range(lo + 1, k))
    # (an owner may open the phrase: "Trump's order swift", "the council's decision swift")


def _passive_confirmation(view: TextView, tok: Token, claims: list[Claim]) -> Claim | None:
    """"The resignation of the mayor was confirmed by the council", "Het vertrek van de burgemeester is bevestigd
    door de gemeente": a passive confirmation whose subject is a noun phrase with content of its own (a nominal
    modifier) and whose agent is named: the subject is the agent's confirmed statement."""
    subject = next((c for c in tok.children if c.dep_ in view.deps.passive_subject and c.i < tok.i
                    and c.pos_ in ("NOUN", "PROPN") and not view.in_quote(c)), None)
    agent = next((c for c in tok.children if c.dep_ in view.deps.agent and c.i > tok.i), None)
    if subject is None or agent is None or not any(c.dep_ in view.deps.nominal_modifier for c in subject.children):
        return None
    toks = [t for t in subject.subtree if not t.is_punct]
    a, b = view.trim(toks[0].idx, toks[-1].idx + len(toks[-1]))
    if b - a < 8 or any(_overlap((a, b), (c.span.start, c.span.end)) > 0 for c in claims):
        return None
    entry = cue_of(tok, view)
    att = _attribution(view, [tok], norm_lemma(tok), entry.type if entry is not None else "confirm", agent,
                       "report_object", view.sentence_chars(view.sentence_of[tok.i]), (a, b))
    if att.negated or att.speaker is None:
        return None
    return _claim(view, _kind_of_content(view, a, b), a, b, att)


def _separated_lemma_at(view: TextView, i: int, words: frozenset[str]) -> str | None:
    """A separable verb's whole lemma, its particle before its stem, if it is one of ``words`` ("deed het plan af
    als onzin" → "afdoen", "zette de kritiek weg als retoriek" → "wegzetten")."""
    stem, lowers, dep, particle = view.lemmas[i], view.lowers, view.dep, view.deps.particle
    return next((lowers[c] + stem for c in view.children(i) if dep[c] in particle and lowers[c] + stem in words),
                None)


def _passive_predication(view: TextView, tok: Token, lemma: str,
                         frames: dict[str, frozenset[str]]) -> tuple[tuple[int, int], Token] | None:
    """A participle with its agent beside it and then its marker ("a plane, reported by local press as belonging to
    the army, …", "the plan, described by critics as a stunt, …", "door buurtbewoners omschreven als stil"): the phrase after the marker, to the next comma or the
    next coordinated agent ("… as convicted of assaults and by a wire service of robberies"), is the agent's
    statement. The range and the agent's head, or None."""
    doc, s_end = view.doc, view.sentences[view.sentence_of[tok.i]][1]
    agents = view.lang.words("passive_agent_prepositions")
    if "Part" not in tok.morph.get("VerbForm") or tok.i + 2 >= s_end:
        return None
    agent = next((c for c in tok.children if c.pos_ in ("NOUN", "PROPN") and not view.in_quote(c) and any(
        m.dep_ in view.deps.case_marker and m.lower_ in agents for m in c.children)), None)
    if agent is None:
        return None
    clause = _passive_clause_report(view, tok, lemma, frames, agent)
    if clause is not None:
        return clause, agent
    first, last = min(t.i for t in agent.subtree), max(t.i for t in agent.subtree)
    if first == tok.i + 1:
        k = last + 1  # "reported by local press as …"
    elif last == tok.i - 1:
        k = tok.i + 1  # "door buurtbewoners omschreven als …"
    else:
        return None
    markers = [m for m, verbs in frames.items() if m and lemma in verbs]
    if k >= s_end - 1 or view.lowers[k] not in markers:
        return None
    coordinators = view.lang.words("coordinators")
    end = k + 1
    while end < s_end and not (doc[end].is_punct and doc[end].text in ",;:.!?") and "\n" not in doc[end].text \
            and not (view.lowers[end] in coordinators and end + 1 < s_end and view.lowers[end + 1] in agents):
        end += 1
    if end <= k + 1:
        return None
    a, b = view.trim(doc[k + 1].idx, doc[end - 1].idx + len(doc[end - 1]))
    if len(view.text[a:b].split()) < 2 \
            or any(a <= q.open < b < q.outer_end or q.open < a < q.outer_end <= b for q in view.quotes):
        return None  # (one word is a label, not a statement: "described by engineers as sound")
    return (a, b), agent


def _passive_clause_report(view: TextView, tok: Token, lemma: str, frames: dict[str, frozenset[str]],
                           agent: Token) -> tuple[int, int] | None:
    """A passive clause whose verb says something of its subject, with its agent after it ("The passenger was
    identified as Tom Reyes by a hospital spokesperson", "A deckhand was reported missing by the coastguard",
    "De schipper werd door de kustwacht als vermist opgegeven"): the clause, from its subject to its end, is the
    agent's statement (but a state that a verb of finding reports is what was found, no one's word: "was found dead
    by his sister"). Its character range, or None."""
    deps, dep, lowers = view.deps, view.dep, view.lowers
    kids = view.children(tok.i)
    if not any(dep[c] in deps.passive_auxiliary for c in kids) or not source_like_or_named(view, agent) \
            or agent.i < tok.i or min(view.subtree(agent.i)) == tok.i + 1:
        return None  # (an agent before what is said, "described by critics as a stunt": ``_passive_predication``)
    subject = next((c for c in kids if dep[c] in deps.subject and c < tok.i), None)
    if subject is None:
        return None
    markers = {m for m, verbs in frames.items() if m and lemma in verbs}
    states = view.lang.words("state_predicates")
    said = any(lowers[c] in markers and _label_words(view, c) >= 2 for c in range(tok.i + 1, min(len(lowers), tok.i + 6))
               if dep[c] in deps.marker or dep[c] in deps.case_marker) \
        or lemma in (frames.get("", frozenset()) | view.lang.words("passive_report_verbs")) - view.lang.words(
            "finding_verbs") and (any(
            lowers[c] in states for c in kids if c > tok.i or c < tok.i and dep[c] not in deps.subject)
            or tok.i + 1 < len(lowers) and lowers[tok.i + 1] in states)  # (however the parser hung it)
    if not said:
        return None
    a = view._starts[min(view.subtree(subject))]
    last = max(view.subtree(tok.i))
    while last > tok.i and view.puncts[last]:
        last -= 1
    if max(view.subtree(agent.i)) == last:
        last = min(view.subtree(agent.i)) - 1  # (the agent phrase at the clause's end is the source, not content)
    return view.trim(a, view._ends[last])


def _label_words(view: TextView, k: int) -> int:
    """The words after the marker at token k up to the next punctuation or agent preposition ("as Tom Reyes by a
    …": two; "as sound": one, a label, not a statement)."""
    agents, n = view.lang.words("passive_agent_prepositions"), 0
    for j in range(k + 1, min(len(view.lowers), k + 12)):
        if view.puncts[j] or view.lowers[j] in agents or view.spaces[j]:
            break
        n += 1
    return n


@RULES.rule("predication", traits=("object_predicate",))
def predications(view: TextView, claims: list[Claim]) -> list[Claim]:
    """What a source says of something without a clause ("The union called the offer an insult", "A judge ruled
    the merger unlawful", "described its actions as defensive", "blamed the governor for the delays", "noemde het
    besluit onverstandig", "bestempelde de inval als een misdaad"): the object with what the verb predicates of it
    is the statement of the verb's subject. The verbs and their markers are the language's
    ``predication_cues``; a partial quote inside makes it mixed."""
    frames = {marker: frozenset(verbs) for marker, verbs in view.lang.get("predication_cues", {}).items()}
    placing = frozenset(view.lang.get("distance_cues", []))
    for marker in view.lang.get("distance_markers", []) if placing else ():  # ("placed the epicentre 8 km southwest
        frames[marker] = frames.get(marker, frozenset()) | placing  # of …": each compass word a marker of these)
    if not frames:
        return claims
    known = frozenset().union(*frames.values())
    out = list(claims)
    for i in view.outside_quotes_with_pos(("VERB",)):
        lemma = _lemma_at(view, i, known) or _separated_lemma_at(view, i, known)
        if lemma is None:
            continue
        tok = view.doc[i]
        if _inside_report(out, tok) or any(c.cue is not None and c.cue.span.start == tok.idx for c in out):
            continue  # a verb inside reported content belongs to that content; a cue already used
        rng = _predication(view, tok, lemma, frames)
        passive = _passive_predication(view, tok, lemma, frames) if rng is None else None
        if passive is not None:
            rng = passive[0]  # "a plane, reported by local press as belonging to the army": the agent's words
        if rng is None or _anonymity_phrase_at(view, tok.i):
            continue  # ("who gave his name only as Dave": the source stays unnamed, nothing is stated)
        a, b = rng
        if any(_overlap((a, b), (c.span.start, c.span.end)) > 0 and c.kind != "direct"
               and not (c.via == "source" and c.span.start <= a and b <= c.span.end) for c in out):
            continue  # (but a predication inside a clause a source phrase reports nests in it)
        speaker = passive[1] if passive is not None else find_speaker(view, tok, rng)
        if speaker is None or passive is None and speaker.i > tok.i and speaker.dep_ not in view.deps.subject:
            continue
        att = _attribution(view, [tok], lemma, "speech", speaker, "predication",
                           view.sentence_chars(view.sentence_of[tok.i]), rng)
        if att.negated or att.speaker is None:
            continue
        inner = [c for c in out if c.kind == "direct" and a <= c.span.start and c.span.end <= b]
        out = [c for c in out if c not in inner]
        out.append(_claim(view, "mixed" if inner or _holds_quote(view, a, b, closed_only=False) else "indirect",
                          a, b, att))
    return out


@RULES.rule("quoted_report", traits=("governed", "complement_clause", "nested"))
def quoted_reports(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A source's words that report what a third party says or thinks ("“It is a pity that the board thinks the
    plan is dead,” she said"; "„Jammer dat de bond denkt dat wij stoppen”"): the reported clause inside the quote is
    a statement of its own, nested in the quote, whose speaker is the cue's subject: a noun or a name, never the
    quoted speaker's "I" or "we". Only a clause that ends inside the quote."""
    lang = view.lang
    persons = lang.union("first_person", "generic_pronouns")
    that = lang.words("complementizers") - lang.words("interrogative_complementizers")
    taken = {(c.span.start, c.span.end) for c in claims}
    out = []
    pos, quote_of = view.pos, view.quote_of
    for i in _lexical_cue_indices(view):  # (in order: ``cue_of`` is None for a word that fails ``lexical_cues``)
        if pos[i] != "VERB" or quote_of[i] < 0:
            continue
        tok = view.doc[i]
        entry = cue_of(tok, view)
        if entry is None or entry.type not in ("speech", "opinion", "confirm", "admit"):
            continue
        subject = next((c for c in view.children(i) if view.dep[c] in view.deps.subject and c < i), None)
        determined = False
        if subject is not None and pos[subject] == "DET" and subject + 1 < len(pos) \
                and pos[subject + 1] in ("NOUN", "PROPN") and view.quote_of[subject + 1] == quote_of[i]:
            subject, determined = subject + 1, True  # ('"De inspectie meldde …': the article read as the subject
            # right after the opening mark, its noun hung elsewhere)
        if subject is None or pos[subject] not in ("NOUN", "PROPN") or view.lowers[subject] in persons \
                or any(view.lowers[t] in persons for t in view.subtree(subject)):
            continue
        subject = view.doc[subject]
        if subject.pos_ == "NOUN" and not determined and not any(
                c.dep_ in view.deps.determiner or c.dep_ in view.deps.possessive for c in subject.children):
            continue  # "People think it is about shoes": nobody in particular
        if any(c.dep_ in view.deps.marker and c.lower_ not in that for c in tok.children):
            continue  # "until the engineers tell us it is sound": a report that has not been made
        content = _parsed_complement(view, tok, entry) or _complementizer_clause(view, tok)
        if content in (None, _QUESTION):
            continue
        q = view.quotes[view.quote_of[tok.i]]
        a, b = content[0], min(content[1], q.end)
        a, b = view.trim(a, b)
        kind = "indirect"
        if view.text[a:a + 1] in QUOTE_CHARS:  # "have said, 'It is time …'": a quote inside the quote
            a, kind = a + 1, "direct"
            while b > a and view.text[b - 1] in QUOTE_CHARS:
                b -= 1
        if a <= tok.idx or b - a <= 3 or (a, b) in taken or not q.start <= a:
            continue
        att = _attribution(view, [tok], entry.lemma, entry.type, subject, "quoted_report",
                           view.sentence_chars(view.sentence_of[tok.i]), (a, b))
        if att.negated or att.speaker is None:
            continue
        out.append(_claim(view, kind, a, b, att))
    return claims + out


def _listener_after(view: TextView, tok: Token, subject: Token) -> tuple[int, int, str] | None:
    """"…, a court heard today", "…, the jury was told": the listener's frame after the last comma of its sentence,
    with at most a time phrase after the verb; the clause before the comma is what was said."""
    a_tok, b_tok = view.sentences[view.sentence_of[tok.i]]
    start = min(subject.left_edge.i, tok.i)
    comma = next((k for k in range(min(subject.i, tok.i) - 1, start - 1, -1) if view.texts[k] == ","), None)
    if comma is not None:
        start = comma + 1  # (the listener's phrase after the comma, whatever the parser hung on it: "…, inquest
        # told" with the clause before the comma read as the noun's dependant)
    if start - 1 <= a_tok or view.doc[start - 1].text != ",":
        return None
    tail = [t for t in view.doc[tok.i + 1:b_tok] if not t.is_punct and not t.is_space]
    times = view.lang.union("time_words", "time_adverbs")
    if len(tail) > 3 or any(t.pos_ in ("VERB", "AUX") for t in tail) or tail and not any(
            t.lower_ in times for t in tail):
        return None
    a, b = view.trim(view.doc[a_tok].idx, view.doc[start - 1].idx)
    if b - a <= 3 or not any(t.pos_ in ("VERB", "AUX") for t in view.doc[a_tok:start - 1]) \
            and not (view.heading_line(tok.idx) and _has_predicate(view, a_tok, start - 1)):
        return None
    return a, b, "trailing"


def _has_predicate(view: TextView, a: int, b: int) -> bool:
    """A word of the token range [a, b) has a subject or an object: a predicate, whatever the tagger made of its
    verb (a headline's "Carer stole £40,000 from …" with "stole" read as a noun, the subject of "£")."""
    dep, deps = view.dep, view.deps
    return any(dep[c] in deps.subject or dep[c] in deps.object for t in range(a, b) for c in view.children(t))


def _headline_last_word(view: TextView, tok: Token) -> bool:
    """``tok`` is the last word of a heading line ("Carer stole savings, court told")."""
    line_end = view.text.find("\n", tok.idx)
    rest = view.text[tok.idx + len(tok):line_end if line_end >= 0 else len(view.text)]
    return view.heading_line(tok.idx) and not rest.strip()


@RULES.rule("listener", traits=())
def heard_statements(view: TextView, claims: list[Claim]) -> list[Claim]:
    """Court reporting: "The court heard that …", "The jury was told …", "De rechtbank hoorde dat …", or after the
    clause, "…, a court heard today", report what was said in court without saying who said it; the court is the
    listener, so the statement has no speaker. Returns the statements with these added."""
    lang = view.lang
    listeners, verbs = lang.words("listener_nouns"), lang.words("listener_verbs")
    taken = [(c.span.start, c.span.end) for c in claims]
    out, dropped = [], set()
    for tok in map(view.doc.__getitem__, view.words_at(verbs)):
        subjects = [c for c in tok.children if c.dep_ in view.deps.subject]
        subject = next((c for c in subjects if norm_lemma(c) in listeners or c.lower_ in listeners),
                       subjects[0] if subjects else None)  # (a headline's clause may be read as a second subject)
        if subject is None and tok.i > 0 and view.lowers[tok.i - 1] in listeners:
            subject = view.doc[tok.i - 1]  # "…, an inquest heard": the listener noun tagged as something else
        if subject is None and tok.head.i < tok.i and (norm_lemma(tok.head) in listeners
                                                       or tok.head.lower_ in listeners):
            subject = tok.head  # "Eastbury Crown Court sitting at the Old Courts heard …" with the verb hung on
            # the court's name, no subject parsed
        if subject is None or norm_lemma(subject) not in listeners and subject.lower_ not in listeners:
            continue
        if tok.dep_ not in view.deps.root and norm_lemma(tok) not in lang.words("active_listener_verbs") and not any(
                c.dep_ in view.deps.passive for c in tok.children) and not _headline_last_word(view, tok):
            continue  # "told" with the court as its subject only in the passive ("the jury was told"), or at the end
            # of a headline, which leaves its auxiliary out ("…, court told")
        entry = CueEntry(norm_lemma(tok), "speech", norm_lemma(tok))
        content = _listener_after(view, tok, subject) or complement_content(view, tok, entry) \
            or _bare_clause(view, tok, entry)  # ("…, a court heard today", "…, the jury was told" first)
        if content is None:
            continue
        # a statement found across the listener's words ("expected to be a witness, the jury was told") was cut
        # wrongly: the listener's frame takes its place
        broken = [t for t in taken if t[0] <= tok.idx < t[1]] + [
            (c.span.start, c.span.end) for c in claims if c.cue is not None and c.cue.span.start == tok.idx]
        # (and one read with the listener as its speaker: "…, court told" taken for the court telling)
        if any(_overlap((content[0], content[1]), t) for t in taken if t not in broken
               and not (content[0] <= t[0] and t[1] <= content[1] and t != (content[0], content[1]))):
            continue  # (a statement inside the content is nested in it: "heard that the owner had promised to …")
        sentence = view.sentence_chars(view.sentence_of[tok.i])
        att = Attribution(tok.idx, tok.idx + len(tok), norm_lemma(tok), "speech", None, None, False, "listener",
                          sentence)
        out.append(_claim(view, _kind_of_content(view, content[0], content[1]), content[0], content[1], att))
        dropped.update(broken)
    return [c for c in claims if (c.span.start, c.span.end) not in dropped] + out


@RULES.rule("view_frame", traits=("complement_clause",))
def view_frames(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A view held in a copula frame, read by word order since the parser often breaks these sentences ("De
    agenten zijn van mening dat …", "is ervan overtuigd dat …", "are of the view that …"): the clause after the
    complementizer is the opinion of the copula's subject — the noun phrase between the copula and the frame
    (an inversion), else the one right before the copula. The frames are the language's ``view_frames``, the
    copulas its ``copula_lemmas``. Returns the statements to add."""
    frames = [tuple(f.lower().split()) for f in view.lang.get("view_frames", [])]
    if not frames:
        return []
    comps = view.lang.words("complementizers") - view.lang.words("interrogative_complementizers")
    copulas = view.lang.words("copula_lemmas")
    lowers, doc = view.lowers, view.doc
    taken = [(c.span.start, c.span.end) for c in claims]
    out = []
    for i in view.words_at(frozenset(f[0] for f in frames)):
        frame = next((f for f in frames if tuple(lowers[i:i + len(f)]) == f), None)
        if frame is None or view.in_quote(doc[i]):
            continue
        j = i + len(frame)
        a_tok, b_tok = view.sentences[view.sentence_of[i]]
        if j >= b_tok - 1 or lowers[j] not in comps:
            continue
        cop = next((k for k in range(i - 1, max(a_tok - 1, i - 6), -1)
                    if doc[k].pos_ in ("AUX", "VERB") and norm_lemma(doc[k]) in copulas), None)
        if cop is None:
            continue
        between = [t for t in doc[cop + 1:i] if t.pos_ in ("NOUN", "PROPN", "PRON")]
        # before the copula: the last subject ("De duikers hebben twijfels over de kaart en zijn ervan overtuigd
        # …": not "de kaart"), else the nearest noun phrase
        nominal = [doc[k] for k in range(a_tok, cop) if doc[k].pos_ in ("NOUN", "PROPN", "PRON")]
        before = next((t for t in reversed(nominal) if t.dep_ in view.deps.subject), None) or next(
            (doc[k] for k in range(cop - 1, a_tok - 1, -1) if doc[k].pos_ in ("NOUN", "PROPN", "PRON")
             or doc[k].is_punct), None)
        subject = between[-1] if between else before if before is not None and not before.is_punct else None
        if subject is None or _nobody(view, subject) or subject.lower_ in view.lang.words("generic_pronouns"):
            continue
        a, b = view.trim(doc[j + 1].idx, view.sentence_chars(view.sentence_of[i])[1])
        clause = view.span(a, b) or ()
        if b - a <= 3 or not _has_finite(clause):
            continue
        if any(_overlap((a, b), t) > 0 for t in taken):
            continue
        att = _attribution(view, list(doc[i:j]), " ".join(frame), "opinion", subject, "view_frame",
                           view.sentence_chars(view.sentence_of[i]), (a, b))
        if att.negated or att.speaker is None:
            continue
        out.append(_claim(view, _kind_of_content(view, a, b), a, b, att))
    return out


@RULES.rule("agentless_report", traits=("reported",))
def agentless_reports(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A report verb in the passive with no agent and a content clause ("Er werd gemeld dat …", "It was reported
    the fire started in the hold", "werd getipt dat …"): a statement whose source the article does not name."""
    lexicon = cue_lexicon(view.lang)
    agents = view.lang.words("passive_agent_prepositions")
    taken = [(c.span.start, c.span.end) for c in claims]
    out = []
    deps, dep, lowers, children = view.deps, view.dep, view.lowers, view.children
    for i in view.outside_quotes_with_pos(("VERB",)):
        if not any(dep[c] in deps.passive for c in children(i)):
            continue
        if any(dep[c] in deps.agent or any(lowers[g] in agents for g in children(c)) for c in children(i)):
            continue  # with an agent it is an ordinary cue
        tok = view.doc[i]
        lemma = norm_lemma(tok)
        if lemma not in lexicon:  # ("understood" left as it is by the lemmatizer: the language's irregular forms)
            lemma = next((f for f in guess_lemmas(lowers[i], view.lang) if f in lexicon), lemma)
        entry = next((e for e in lexicon.get(lemma) or lexicon.get(lowers[i]) or ()
                      if e.type in ("speech", "confirm") and not e.partner), None)
        expletives = view.lang.words("expletive_pronouns")
        if entry is None and lemma in view.lang.words("passive_report_verbs") and any(
                (c.dep_ in view.deps.subject or c.dep_ in view.deps.expletive) and c.lower_ in expletives
                for c in tok.children):
            entry = CueEntry(lemma, "speech", lemma)  # "It is understood that …", "It is
            # believed that …": unnamed sources' report
        if entry is None or entry.lemma in view.lang.union("addressee_verbs", "finding_verbs"):
            continue  # "she was told she might …": the subject is the one told, the teller unknown to us; "it was
            # discovered that …": the article's own finding, no one's report
        if lemma in view.lang.words("passive_report_verbs") and _passive_report(view, tok) is not None:
            continue  # "is reported to have …": a passive report of its own
        content = _parsed_complement(view, tok, entry) or _complementizer_clause(view, tok)
        if content is None and _impersonal_passive(view, tok):
            content = _bare_clause(view, tok, entry)  # "it was reported the fire started …"
        if content is None or content is _QUESTION or any(_overlap(content[:2], t) for t in taken):
            continue  # (a noun phrase after the verb is no clause: "was declared the winner")
        sentence = view.sentence_chars(view.sentence_of[tok.i])
        att = Attribution(tok.idx, tok.idx + len(tok), entry.lemma, entry.type, None, None, view.negates(tok),
                          "agentless_report", sentence)
        if att.negated:
            continue  # "it was not reported that …"
        out.append(_claim(view, _kind_of_content(view, content[0], content[1]), content[0], content[1], att))
    return out


def _impersonal_passive(view: TextView, tok: Token) -> bool:
    """A passive whose subject is empty or an expletive ("it was reported", "er werd gemeld")."""
    subjects = [c for c in tok.children if c.dep_ in view.deps.subject]
    return all(c.lower_ in view.lang.union("expletive_pronouns", "content_pronouns")
               for c in subjects)


def _source_phrase_length(view: TextView, i: int) -> int:
    """The number of words of the language's source phrase (``cue_prepositions``: "according to", "volgens") that
    opens at token i, else 0."""
    lowers = view.lowers
    return next((len(words) for words, _ in _cue_preposition_words(view.lang) if lowers[i:i + len(words)] == words), 0)


def _apposition_end(view: TextView, j: int, end: int) -> int | None:
    """At a comma that opens a name in apposition (", Peter Holm,"), a described person before the verb (", a
    retired teacher, died"), a relative clause (", who was …,") or a past participle's phrase before a finite verb
    (", supported by 12 aircraft, were"), the index of the comma that closes it."""
    texts, pos = view.texts, view.pos
    if texts[j] != ",":
        return None
    if j + 1 < end and view.lowers[j + 1] in view.lang.words("relative_pronouns"):
        close = next((k for k in range(j + 2, min(end, j + 14)) if texts[k] in (",", ";", ":")), None)
        return close if close is not None and texts[close] == "," else None
    if j + 2 < end and pos[j + 1] == "VERB" and "Past" in view.tenses[j + 1] and (
            "Part" in view.verb_forms[j + 1] or view.lowers[j + 2] in view.lang.words("agent_prepositions")):
        # ", supported by 12 aircraft," between a subject and its finite verb: a participle phrase set off by commas
        # (a past form with an agent after it is that participle, whatever the tagger read: ", helped by …,")
        close = next((k for k in range(j + 2, min(end, j + 12)) if texts[k] in (",", ";", ":")), None)
        return close if close is not None and texts[close] == "," and close + 1 < end \
            and pos[close + 1] in ("VERB", "AUX") and "Fin" in view.verb_forms[close + 1] else None
    phrase = _source_phrase_length(view, j + 1) if j + 1 < end else 0
    hedged = j + 1 < end and (view.lowers[j + 1] in view.lang.words("hedges") and pos[j + 1] == "ADV"
                              or view.lowers[j + 1] in view.lang.words("comparison_prepositions") or phrase > 0)
    # (also ", like warming seas," between a subject and its verb: a comparison set off by commas; and ", according
    # to engineers,": a source phrase, which attributes the clause on its own)
    for k in range(j + 1, min(end, j + 7)):
        if texts[k] == ",":
            if k > j + 1 and pos[j + 1] == "PROPN":
                return k
            if hedged and k > j + 2 and k + 1 < end and pos[k + 1] in ("VERB", "AUX") and (
                    "Fin" in view.verb_forms[k + 1] or "Past" in view.tenses[k + 1]):
                return k  # ", reportedly one Vijay Rao," between a subject and its verb
            # ", a retired teacher," between a subject and its verb: a described person in apposition
            described = pos[j + 1] == "DET" and any(pos[m] in ("NOUN", "PROPN") for m in range(j + 2, k))
            verb_next = k + 1 < end and pos[k + 1] in ("VERB", "AUX") and (
                "Fin" in view.verb_forms[k + 1] or "Past" in view.tenses[k + 1])
            return k if described and verb_next else None
        if pos[k] not in ("PROPN", "NOUN", "DET", "ADJ", "NUM") and texts[k] != "-" and view.is_lowers[k] \
                and not (hedged and k < j + 1 + max(1, phrase)):
            return None  # (a code like "H5N1" is part of the phrase, whatever its tag)
    return None


@lru_cache(maxsize=None)
def _cue_preposition_words(lang: LangData) -> tuple[tuple[list[str], frozenset[str]], ...]:
    """The language's ``cue_prepositions`` as lower-cased word lists with the nouns their object must be (empty:
    any), in their order (made once per language)."""
    return tuple(([w.lower() for w in p["words"]], frozenset(p.get("object_nouns", ())))
                 for p in lang["cue_prepositions"])


def _phrase_object_fits(view: TextView, k: int, nouns: frozenset[str]) -> bool:
    """A source phrase whose words end before token ``k`` has the object its entry asks for: any, or one of
    ``nouns`` within its next six words ("by reports", "by the harbour board's reckoning"; not "by the river")."""
    return not nouns or any(view.lowers[x] in nouns for x in range(k, min(len(view.lowers), k + 6)))


def _relative_clause_verb(view: TextView, k: int) -> bool:
    """The verb at ``k`` heads a relative clause: a relative pronoun stands before it among its dependents or
    theirs ("…, of which some were not accepted", "…, die zeggen dat …")."""
    relatives = view.lang.words("relative_pronouns")
    lowers, children = view.lowers, view.children
    return any(c < k and (lowers[c] in relatives or any(lowers[g] in relatives for g in children(c)))
               for c in children(k))


def _extend_to_sentence_end(view: TextView, cue: Token, b: int) -> int:
    """Reported content after its cue runs to the end of the sentence, unless another attribution, cue or a
    semicolon follows ("…, adding that …", "…, according to …")."""
    s_end = _sentence_content_end(view, cue)
    rest = view.span_range(b, s_end)
    if rest is None:
        return b
    phrases = _cue_preposition_words(view.lang)
    relatives = view.lang.words("relative_pronouns")
    lowers, quote_of = view.lowers, view.quote_of
    for k in range(*rest):
        source_phrase = quote_of[k] < 0 and any(view.phrase_at(k, words) and _phrase_object_fits(
            view, k + len(words), nouns) for words, nouns in phrases)  # (not every "in …", not every "by …")
        if _second_verb_of_cue(view, cue.i, k, b):
            return view.trim(b, view._starts[k - 1])[1] or b  # "said he would step down "…" and thanked his
            # staff": the content runs to the coordinator; what the source did next is no part of what it said
        if view.texts[k] == ";" or source_phrase \
                or not (k > 0 and lowers[k - 1] in relatives) and _another_report_verb(view, k):
            return _with_closing_mark(view, b)  # ("… getuigen die zeggen dat …": a report inside a relative
            # clause goes on)
    return view.trim(b, s_end)[1] or b


def _second_verb_of_cue(view: TextView, ci: int, k: int, b: int) -> bool:
    """Token k is a verb outside quotes that the parser made a conjunct of the cue at ``ci`` or of a word after
    the content found so far (which ends at character ``b``), right after a coordinator that follows a closing
    quotation mark: a second predicate of the source's after content that ended on a quote ("zegt dat ze stopt
    "…" en ontkent elke schuld"). (Without the quote the parser's conjunct is often the content's own second
    verb: "stated the jet overran the runway and broke through a barrier".)"""
    head = view.heads[k]
    return view.pos[k] == "VERB" and view.quote_of[k] < 0 and (head == ci or view._starts[head] >= b) \
        and view.dep[k] in view.deps.conjunct and k > 1 and view.lowers[k - 1] in view.lang.words("coordinators") \
        and _quote_mark(view, k - 2)


def _with_closing_mark(view: TextView, b: int) -> int:
    """The content end ``b``, past the closing mark of a quote that opens before it and closes right after it
    (only white space between): the content holds the whole quote it opened."""
    for q in view.quotes:
        if q.close is not None and q.open < b <= q.close and not view.text[b:q.close].strip():
            return q.outer_end
    return b


def _another_report_verb(view: TextView, k: int) -> bool:
    """A cue verb outside quotes that opens a report of its own, where reported content before it ends: not an
    infinitive ("…, decided to question them"; but the partner of a cue, "maar laat weten"), not a relative clause's
    verb ("…, of which some were not accepted"), not a verb that governs an infinitive ("… and continued to attack
    people"), not a passive participle on the noun before it ("warrants for 12 men believed to have taken part")."""
    if view.pos[k] != "VERB" or view.quote_of[k] >= 0:
        return False
    entry = cue_of(view.doc[k], view)
    return entry is not None and (not _marked_infinitive(view, k) or _partner_of_cue_before(view, k) is not None) \
        and not _relative_clause_verb(view, k) and not _verb_of_its_infinitive(view, k) \
        and not _reduced_passive(view, view.doc[k], entry)


def _reports_a_clause(view: TextView, tok: Token) -> bool:
    """A finite speech verb outside quotes with a content clause of its own ("Radio North reported X …", also
    without a complementizer)."""
    if not _reporting_verb(view, tok):
        return False
    entry = cue_of(tok, view)
    return entry.type in ("speech", "confirm") \
        and (_parsed_complement(view, tok, entry) or _complementizer_clause(view, tok)
             or _bare_clause(view, tok, entry)) not in (None, _QUESTION)


TIME_STAMP = re.compile(r"\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*[:–—-]\s+", re.IGNORECASE)


def trailing_content(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """'<content>, zegt X.' / '<content>, X said.': the clause before the comma that precedes the cue clause."""
    ci = cue.i
    a_tok, b_tok = view.sentences[view.sentence_of[ci]]
    deps, dep, pos, texts, lowers, heads = view.deps, view.dep, view.pos, view.texts, view.lowers, view.heads
    words, verb_forms, puncts, doc = view.lang.words, view.verb_forms, view.puncts, view.doc
    form, tense = view.verb_forms[ci], view.tenses[ci]
    if ci > a_tok and texts[ci - 1] == "," and (ci + 1 >= b_tok or texts[ci + 1] in FINAL_PUNCT) \
            and not any(dep[c] in deps.subject and c > ci or dep[c] in deps.any_auxiliary for c in view.children(ci)):
        return None  # "The trial, expected to last three weeks, continues.": a verb alone after the comma, with no
        # source after it (a subject before the comma is the sentence's own), closes the sentence; it reports nothing
    if (form & {"Ger", "Inf"} or "Part" in form and "Pres" in tense) \
            and not any(dep[c] in deps.subject for c in view.children(ci)) and not _inverted_after_comma(view, ci) \
            and not _final_plural_cue(view, ci):
        return None  # "…, citing the move as 'an abuse'": a clause of the sentence's own subject, no second source
        # (but "…, zeggen getuigen." with the plural read as an infinitive and the source as a verb, and "…, emails
        # seen by this newspaper show." with the plural present read as one, closing the sentence after a noun)
    if "Part" in form and "Past" in tense and not any(
            dep[c] in deps.subject or dep[c] in deps.any_auxiliary or dep[c] in deps.agent for c in view.children(ci)) \
            and ci + 1 < b_tok and texts[ci + 1] not in FINAL_PUNCT and not view.puncts[ci + 1] \
            and _after_comma_and_adverbs(view, ci) and not _inverted_after_comma(view, ci) \
            and not _source_ends_sentence(view, ci, b_tok):
        return None  # "…, also called parole, …", "…, known as the Blue House, …": a participle that names
        # something, with no source of its own (but "…, warned economist Ann Lee.": a past form read as a
        # participle, before its source)
    if "Part" in form and "Past" in tense and dep[ci] in deps.noun_clause and pos[heads[ci]] in ("NOUN", "PROPN") \
            and heads[ci] < ci and ci + 1 < b_tok and (not puncts[ci + 1] or _quote_mark(view, ci + 1)) \
            and (view.lemmas[ci] in words("characterization_cues") or lowers[ci + 1] == "as") \
            and not any(dep[c] in deps.subject or dep[c] in deps.any_auxiliary for c in view.children(ci)):
        return None  # "…, a process called 'exfiltration'", "in an event known as …": the participle names the
        # noun before it
    if view.lemmas[ci] in words("characterization_cues") and _after_comma_and_adverbs(view, ci) \
            and ci + 1 < b_tok and not puncts[ci + 1] and not _inverted_after_comma(view, ci) \
            and not any(dep[c] in deps.subject or dep[c] in deps.any_auxiliary for c in view.children(ci)):
        return None  # "…University, also called Sechenov University.": a word that names or judges has no source
        # after it, whatever the tagger made of its form
    times = view.lang.union("time_words", "time_adverbs")
    if view.lemmas[ci] not in words("addressee_verbs") \
            and any(c < ci and dep[c] in deps.subject for c in view.children(ci)) and any(
                c > ci and dep[c] in deps.object and pos[c] == "NOUN" and view.doc[c].left_edge.i == ci + 1
                and view.doc[c].right_edge.i > ci + 1 and lowers[c] not in times and not _source_like_at(view, c)
                for c in view.children(ci)) \
            and not any(view.quote_of[t] >= 0 or lowers[t] in words("complementizers") for t in range(ci + 1, b_tok)):
        return None  # "…, the union announced a strike for Monday": the cue's own object is what it announced,
        # not the clause before (but "…, he told reporters": the listener; "…, zeggen dorpsgenoten": a bare source
        # noun the parser made the object)
    colon = next((t for t in range(ci + 1, min(len(texts), b_tok + 1)) if puncts[t]), None)
    if colon is not None and texts[colon] == ":":
        return None  # "Op de vraag of hij aftreedt, zei de minister: …": what was said follows the colon
    # the cue clause starts after the last comma before the cue
    comma = None
    placing = _placing_words(view.lang)
    # (a bracketed acronym after the source is no word of the window: "…, the World Ring League (WRL) announced")
    bracketed, depth = 0, 0
    for i in range(ci - 1, max(a_tok, ci - 14) - 1, -1):
        depth += texts[i] == ")"
        bracketed += depth > 0
        depth -= texts[i] == "(" and depth > 0
    for i in range(ci - 1, max(a_tok - 1, ci - 10 - min(bracketed, 4)), -1):
        if texts[i] in (",", "–", "—"):
            comma = i
            break
        if pos[i] in ("VERB",) and lowers[i] not in placing and not _in_name(doc, i) \
                and not (texts[i][:1].isupper() and pos[i - 1] == "PROPN") \
                and not (heads[i] == ci and dep[i] in deps.nominal_subject and _source_like_at(view, i)) \
                and not _verb_on_source_noun(view, i, ci) and not _participle_before_phrase(view, i) \
                or lowers[i] in words("complementizers"):
            return None  # (a source may be long: "…, two people briefed on the details of the talks said"; a name
            # the tagger made a verb is no verb: "…, BBC Radio Leeds reports"; nor is a source noun the parser made
            # the cue's subject: "…, aides say"; nor a document's participle with its phrase: "…, emails seen by
            # this newspaper show")
    if comma is not None and not any(not puncts[t] and not view.spaces[t] for t in range(comma + 1, ci)):
        comma = _comma_before_subject_apposition(view, ci, comma, a_tok)  # ("…, Tom Reed, a spokesman for the
        # utility, told reporters.": the source and its apposition stand between two commas)
    if comma is None or comma - a_tok < 3 and not (comma - a_tok == 2 and pos[comma - 1] == "AUX"):
        return None  # (but "Brightway is, zo meldt de directie, nog op zoek …": a name and a copula, cut by the cue)
    if lowers[comma + 1] in words("coordinators"):
        return None  # "Haven verwacht recordjaar, maar vakbonden waarschuwen …": a clause of its own
    relatives = words("relative_pronouns")
    if any(dep[c] in deps.subject and c < comma for c in view.children(ci)) and any(
            texts[i] == "," and (lowers[i + 1] in relatives or _relative_after_apposition(view, i + 1, comma))
            for i in range(a_tok, comma - 1)):
        return None  # "Longarts Bart Verhulst, die …, noemt …": what precedes the comma is the subject (also "Ida
        # Moor, een chirurg die …, noemde …": an apposition with its relative clause)
    if lowers[comma + 1] in relatives and heads[comma + 1] == ci and dep[comma + 1] in deps.subject:
        return None  # "the transfer, which was agreed by the owners, …": the cue's clause is about a noun
        # (but "…, which the police confirmed": the clause before is what was confirmed)
    if lowers[comma + 1] in relatives and pos[comma + 1] == "PRON" and not any(
            pos[t] in ("NOUN", "PROPN", "PRON") and dep[t] not in deps.oblique and not any(
                dep[g] in deps.case_marker for g in view.children(t)) for t in range(comma + 2, ci)):
        return None  # "…Carrow, which within a few years declared independence": the relative pronoun is the
        # cue's subject, however parsed; no noun phrase of its own (outside a prepositional phrase) stands between
        # it and the cue
    markers = [m for m, verbs in view.lang.get("object_cues", {}).items() if m and view.lemmas[ci] in verbs]
    if markers and any(c > ci and any(lowers[g] in markers and dep[g] in deps.case_marker for g in view.children(c))
                       for c in view.children(ci)):
        return None  # "…, de oppositie spreekt van een 'zwarte bladzijde'": the cue's own object is what it says
    if lowers[comma + 1] in words("relative_adverbs"):
        return None  # "…appeared in court on Tuesday, where she admitted 37 counts": the clause is about the place
    np_preps = words("np_prepositions")
    if any(dep[t] in deps.marker or pos[t] == "SCONJ" or pos[t] == "ADP" and lowers[t] not in np_preps
           and not _participle_before_phrase(view, t - 1) for t in range(comma + 1, ci)):
        return None  # "…, days after a council inquiry criticised his handling": the cue sits in a subordinate clause
        # (not the phrase of a document's participle: "…, emails seen by this newspaper show")
    # what follows the cue up to the next comma ("…, the company confirmed on Thursday, three days after …")
    coordinators = words("coordinators")
    stop = next((t for t in range(ci + 1, b_tok) if texts[t] == "," or lowers[t] in coordinators
                 and dep[t] in deps.coordinator and _clause_follows(view, t + 1, b_tok)), b_tok)
    # ("…, zei zijn familie maar geen van de klinieken hielp": a new clause after the coordinator)
    own_clause = stop + 2 < b_tok and texts[stop] == "," and lowers[stop + 1] in coordinators and (
        _quote_mark(view, stop + 2) or pos[stop + 2] not in ("VERB", "AUX") and _clause_follows(view, stop + 2, b_tok))
    if own_clause and not _quote_mark(view, stop + 2) and view.quote_of[stop + 2] < 0 \
            and not _next_attribution(view, stop + 1, b_tok) and view.quote_of[comma - 1] < 0 \
            and not any(dep[c] in deps.object for c in view.children(ci)) \
            and not any(view.finite[t] for t in range(comma + 1, ci)) \
            and _bare_cue_tail(view, ci, stop):
        return (*view.trim(view._starts[a_tok], view._ends[b_tok - 1]), "parenthetical_cue")  # "De vaste organist
        # was ziek, vertelt ze, en niemand anders kon …": one statement, the bare cue inside it (not "…, American
        # media reported, but X insists …", a second attribution; nor a quote before the cue)
    # ('…, zegt Jansen, maar "we gaan het proberen"': the clause before the cue is the cue's, the quote after the
    # "maar" the second half, ``_offer_second_half``)
    if stop + 1 < b_tok and texts[stop] == "," and not own_clause \
            and lowers[stop + 1] not in relatives \
            and not verb_forms[stop + 1] & {"Ger", "Part"} \
            and not (pos[stop + 1] == "SCONJ" and lowers[stop + 1] not in words("complementizers")) \
            and any("Fin" in verb_forms[t] for t in range(stop, b_tok)) \
            and not _next_attribution(view, stop + 1, b_tok):
        return None  # "…, vertelt ze, en niemand anders kon …": a parenthetical cue inside one statement
        # (but "…, meldt de politie, die getuigen oproept …" ends with a relative clause on the source, and
        # "…, the company confirmed on Tuesday, ending a service that began in 1987" with a participle clause, and
        # "…, three people told Reuters, as it struggles with …" with an adverbial clause)
    tail = [t for t in range(ci + 1, stop) if not puncts[t]]
    nouns = view.lang.union("anonymous_nouns", "group_nouns", "role_nouns", "organization_nouns")  # (joined once)
    entry = cue_of(cue, view)
    partner = entry.partner if entry is not None and not entry.separable else ""  # "…, zo liet X weten"
    if len(tail) > 13 or any(pos[t] == "VERB" and cue_of(doc[t], view) is None and dep[t] not in deps.open_complement
                            and not (heads[t] == ci and dep[t] in deps.particle)  # "liet … zien"
                            and not (partner and lowers[t] == partner) and not _verb_on_source_noun(view, t, stop)
                            and lowers[t] not in nouns and view.lemmas[t] not in nouns for t in tail):
        return None  # (a source noun tagged as a verb is no verb: "meldt Bloomberg op basis van ingewijden",
        # "…, bevestigt kustwacht")
    if any(lowers[t] in words("complementizers") and pos[t] == "SCONJ" for t in tail):
        return None
    if any(dep[c] in deps.clausal_complement and not (partner and lowers[c] == partner)
           and any(pos[t] in ("VERB", "AUX") and lowers[t] not in nouns and view.lemmas[t] not in nouns
                   for t in view.subtree(c)) for c in view.children(ci) if c > ci):
        return None  # (a verbless "clause" is the parser's reading of the speaker: "…, said two officials …"; so
        # is a source noun tagged as a verb: "…, zeggen omwonenden")
    reports = any(_reports_a_clause(view, doc[t]) for t in range(a_tok, comma))
    if reports and lowers[comma + 1] in relatives and entry is not None and entry.type in ("deny", "dispute"):
        return None  # "The ministry confirmed the talks had failed, which the union denies": the denial answers
        # the ministry's statement (evidence on it: ``status.links``), not a report of the report
    if reports and not _closing_cue_clause(view, comma, ci, b_tok):
        return None  # "Radio North reported X, the harbour master, urged …": the clause has a cue of its own (but
        # "A city official said the bridge was unsafe, the Gazette reported.": a cue clause that ends the sentence
        # reports the whole report before it, which holds the official's statement)
    first = next((t for t in range(a_tok, comma) if not puncts[t] and not view.spaces[t]), None)
    if first is not None and pos[first] == "VERB" and verb_forms[first] & {"Part", "Ger"}:
        return None  # "Asked what she wants next, she says: …": a participle clause, nothing anyone said
    start = view._starts[a_tok]
    stamp = TIME_STAMP.match(view.text, start)  # "1.37pm: …" in a live blog: the time is no part of the content
    a, b = view.trim(stamp.end() if stamp else start, view._starts[comma])
    if first is not None and first + 2 < comma and lowers[first] in words("complementizers") \
            and lowers[first] not in words("interrogative_complementizers") \
            and (pos[first] == "SCONJ" or dep[first] in deps.marker) and view._starts[first] == a:
        a = view._starts[first + 1]  # "Dat de man betrokken was, bevestigen meerdere bronnen": a fronted clause
        # reported without its complementizer
    if stop + 1 < b_tok and (_open_ended(view, a, b) or _verb_end_after_parenthesis(view, stop + 1, b_tok, ci)):
        # "Het bedrijf is, zo zegt de directeur, in gesprek met twee kopers": a parenthetical cue inside the
        # clause it reports; the whole sentence is the content
        return (*view.trim(*view.sentence_chars(view.sentence_of[ci])), "trailing")
    subject_pronouns = view.lang.get("subject_pronouns", {})
    own_object = any(dep[c] in deps.open_complement or dep[c] in deps.object and pos[c] == "PRON"
                     and lowers[c] not in subject_pronouns for c in view.children(ci) if c > ci)
    # (a complement or an object pronoun of its own, "called it 'careful'"; an inverted subject the parser made
    # an object, "…, zegt de burgemeester", is none)
    if not own_object and tail and pos[tail[0]] == "ADP" and not _main_finite(view, a_tok, comma) \
            and any("Fin" in verb_forms[t] for t in range(a_tok, comma)):
        return None  # "Eilandbewoners die deze krant sprak, vrezen voor hun baan": a subject with its relative
        # clause, and a verb with its own phrase, not "…, noemde ze" after a noun phrase it reports
    if b - a > 3 and ((_main_finite(view, a_tok, comma) if own_object else any(
            "Fin" in verb_forms[t] or pos[t] == "AUX" or _verb_with_its_subject(view, t, a_tok)
            or _untagged_verb(view, t, comma, before_preposition=True)  # ("The suspect fled on foot, …")
            for t in range(a_tok, comma)))  # (``_has_finite``)
                      or _verb_read_as_noun(view, a_tok, comma) or _headline_infinitive(view, a_tok, comma)
                      or _headline_past(view, a_tok, comma) or _headline_quoted_predicate(view, a_tok, comma)
                      or _headline_noun_phrase(view, a_tok, comma)
                      or _noun_with_object(view, a_tok, comma)
                      or _past_read_as_participle(view, a_tok, comma, ci)):
        return a, b, "trailing"  # (an auxiliary counts: "De kosten worden geschat op …", "worden" tagged infinitive)
    return None


@RULES.rule("parenthetical_cue")
def parenthetical_sentence(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """'The new bridge, the minister said, will open in May', 'Het kabinet, zegt de minister, wil …', '…, a move whose
    cost, the paper noted, shocked …': a cue clause between two commas cuts its sentence's clause after the subject.
    After the second comma the clause goes on with its finite verb, which has no subject of its own there. The whole
    sentence (after a semicolon before the cue, the clause that opens there) is the content (with the cue clause
    inside it, as a parenthetical cue after an auxiliary is, ``trailing_content``); the speaker is the cue's own
    subject."""
    ci = cue.i
    a_tok, b_tok = view.sentences[view.sentence_of[ci]]
    deps, dep, pos, texts, heads = view.deps, view.dep, view.pos, view.texts, view.heads
    a_tok = next((k + 1 for k in range(ci - 1, a_tok - 1, -1) if texts[k] == ";" and view.quote_of[k] < 0), a_tok)
    # (after a semicolon a new clause opens, and the cue's is that one: "Two cars hit the barrier; some 40 litres of
    # fuel, officials said, leaked")
    if view.quote_of[ci] >= 0 or "Fin" not in view.verb_forms[ci] and not any(
            dep[c] in deps.any_auxiliary and "Fin" in view.verb_forms[c] for c in view.children(ci)) and not (
            "Past" in view.tenses[ci] and any(dep[c] in deps.nominal_subject and c == ci - 1 for c in view.children(ci))
            and not any(dep[c] in deps.any_auxiliary for c in view.children(ci))):
        return None  # (a finite cue, or one with its finite auxiliary: ", investigators have said,"; or a past
        # participle right after its subject, a past tense the tagger misread: ", the biologists reasoned,")
    if _relative_predicate(view, cue) is not None:
        return None  # "polynyas, which, the researchers observed, occurred …": the relative clause's predicate
    # the cue clause: the cue, its dependents beside it, nothing else, between two commas
    inside = _CueClause(view, ci)
    left = ci - 1
    while left >= a_tok and (left in inside or pos[left] == "ADV" and view.quote_of[left] < 0) and texts[left] != ",":
        left -= 1  # (an adverb before the cue belongs to its clause, however parsed: ", zo meldt RTL Nieuws,")
    right = ci + 1
    while right < b_tok and right in inside and texts[right] != ",":
        right += 1
    if not (a_tok < left < ci < right < b_tok - 1) or texts[left] != "," or texts[right] != ",":
        return None
    if any(dep[c] in deps.particle and c > right and all(view.puncts[k] for k in range(c + 1, b_tok))
           for c in view.children(ci)):
        return None  # "…, geeft Eva Smit, woordvoerder van de bond, aan.": the cue's particle ends the sentence, the
        # cue trails its content and the second comma closes the speaker's apposition (``trailing_content``)
    if not any((dep[c] in deps.subject or dep[c] in deps.objects) and left < c < right and pos[c] in (
            "NOUN", "PROPN", "PRON") for c in view.children(ci)) or right - left > 16 \
            or dep[ci] in deps.noun_clause or view.lowers[left + 1] in view.lang.words("relative_pronouns"):
        return None  # (", which publishes MPs' claims, …": a relative clause on the noun before it; "zegt de
        # havenmeester": an inverted subject, which the parser may take for an object)
    before = [k for k in range(a_tok, left) if not view.spaces[k]]
    after = [k for k in range(right + 1, b_tok) if not view.spaces[k]]
    if not before or any(view.quote_of[k] >= 0 for k in before) or view.quote_of[after[0]] >= 0:
        return None  # (a quote split by its cue is two statements, ``quote_statements``; a partial quote
        # later in the clause makes the sentence mixed: 'The plan, he said, was "on track"')
    nominal_before = any(pos[k] in ("NOUN", "PROPN", "PRON", "NUM") for k in before)
    whole = (*view.trim(view._starts[a_tok], view._ends[b_tok - 1]), "parenthetical_cue")  # (the content when the
    # cue stands inside the sentence's one clause)
    if pos[before[0]] == "SCONJ" and nominal_before and (
            view.lowers[before[0]] not in view.lang.words("complementizers")
            or view.lowers[before[0]] in view.lang.words("interrogative_complementizers")) \
            and _main_finite(view, right + 1, b_tok):  # (also "If the plan fails, she warned, …": a condition)
        # "Because the hull is old, says the report, it cracked …", "Omdat het water warm is, zegt de studie,
        # stijgt het …": an adverbial clause, the cue, then the main clause: the whole sentence is reported
        return whole
    bare_cue = not any(dep[c] in deps.object for c in view.children(ci)) \
        and view.lowers[after[0]] not in view.lang.words("coordinators")  # (not "…, the House confirmed him, but …")
    if bare_cue and pos[before[0]] in ("ADP", "ADV") \
            and not any("Fin" in view.verb_forms[k] or pos[k] == "AUX" for k in before) \
            and any(pos[k] in ("VERB", "AUX") and any(dep[c] in deps.subject and c > right for c in view.children(k))
                    and ("Fin" in view.verb_forms[k] or "Part" in view.verb_forms[k] and "Past" in view.tenses[k])
                    for k in after) \
            and not any(_reporting_verb_at(view, k) for k in after):
        # "In the wake of the fire, Ana Silva said, the shop was closed", "Na de brand, zegt Ana Silva, ging de
        # winkel dicht": an opening adjunct, the cue, then the main clause: the whole sentence is reported (also
        # an adjunct of no noun: "Later, she said, the police arrived")
        return whole
    if not nominal_before:
        return None
    coordinators = view.lang.words("coordinators")
    if len(after) > 2 and view.lowers[after[0]] in coordinators and pos[after[1]] in ("VERB", "AUX") \
            and "Fin" in view.verb_forms[after[1]] and _main_finite(view, a_tok, left) \
            and not any(dep[c] in deps.subject for c in view.children(after[1])) \
            and not any(_reporting_verb_at(view, k) for k in after):
        # "The bomb was hidden in a cart, stated the minister, and went off at noon": the cue between the clause
        # and its second predicate, which has no subject of its own: one statement
        return whole
    finite = next((k for k in after if pos[k] != "ADV"), None)
    if finite is None:
        return None
    past = pos[finite] == "VERB" and "Part" in view.verb_forms[finite] and "Past" in view.tenses[finite] \
        and finite == after[0] and not any(dep[c] in deps.any_auxiliary for c in view.children(finite))
    # ("Around 50 gallons of fuel, officials said, spilled and ignited": a past tense the tagger read as a
    # participle)
    if ("Fin" not in view.verb_forms[finite] or pos[finite] not in ("VERB", "AUX")) and not past:
        if (pos[finite] == "ADP" or view.lowers[finite] in view.lang.words("infinitive_markers")) \
                and finite == after[0] and _main_finite(view, a_tok, left) and pos[before[-1]] != "AUX" \
                and view.lowers[finite] not in view.lang.words("concessive_prepositions") \
                and not any(_reporting_verb_at(view, k) for k in after):
            # "The guardrail would be examined, Roberts said, to determine if …", "The crash began, the patrol
            # said, in the northbound lanes": the clause goes on after the cue with its own adjuncts (not "De club
            # is, zo meldt de directie, in overleg …", a copula cut off: ``trailing_content``; nor "The bridge is safe,
            # the mayor insisted, despite the cracks": a concessive phrase is the reporter's, after the report)
            return whole
        last = max((k for k in before if pos[k] != "ADV"), default=before[-1])
        if _main_finite(view, a_tok, left) and view.lowers[after[0]] not in coordinators \
                and pos[last] in ("VERB", "AUX") and view.finite[last] and not _only_time_after(view, after[0], b_tok) \
                and view.lowers[finite] not in view.lang.words("concessive_prepositions") \
                and not any(pos[k] in ("VERB", "AUX") and "Fin" in view.verb_forms[k] for k in after) \
                and not any(_reporting_verb_at(view, k) for k in after):
            # "De burgemeester wist, zo schrijft de krant, al maanden van het lek": the finite verb stood before
            # the cue, and its object and adjuncts go on after it, with no verb of their own
            return whole
        return None  # ("…, the union said, and 300 jobs will go", "…, she said, adding …": no predicate cut off)
    verb = heads[finite] if dep[finite] in deps.function_verb and right < heads[finite] < b_tok else finite
    if any(dep[c] in deps.subject and c > right for c in view.children(verb)):
        return None  # the clause after the cue has a subject of its own: it is no predicate of the noun before
    if any(_reporting_verb_at(view, k) and (_reports_a_clause(view, view.doc[k]) or any(
            dep[c] in deps.subject and c > right for c in view.children(k))) for k in after):
        return None  # a cue after it ("X, which …, confirmed that …") or a second attribution
    return whole


class _CueClause:
    """``k in _CueClause(view, ci)``: token k is the cue ci or lies in the subtree of one of its children that is no
    subordinate clause (main's set ``{ci} | {k for c in children(ci) if … for k in view.subtree(c)}``), asked of
    the few tokens the scans beside the cue read instead of gathering every such subtree. In a parse (a tree), k
    lies in the subtree of c exactly when c is on k's way up its heads; the way up goes from k to the token whose
    head is ci (then that child decides) or to the root. A way up longer than the text (heads in a circle, which no
    parser makes) falls back to main's set."""

    def __init__(self, view: TextView, ci: int):
        self.view, self.ci, self.full = view, ci, None

    def __contains__(self, k: int) -> bool:
        view, ci = self.view, self.ci
        if self.full is not None:
            return k in self.full
        if k == ci:
            return True
        heads, steps, asked = view.heads, 0, k
        while heads[k] != ci:
            if heads[k] == k or k == ci:
                return False
            k = heads[k]
            steps += 1
            if steps > len(heads):
                deps, dep = view.deps, view.dep
                self.full = {ci} | {t for c in view.children(ci) if dep[c] not in deps.subordinate_clause
                                    for t in view.subtree(c)}
                return asked in self.full
        return view.dep[k] not in view.deps.subordinate_clause


@RULES.rule("as_report")
def as_report(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """"As first reported by the Guardian, the minister will step down", "…, as the Guardian reported", "Zoals de
    Volkskrant eerder meldde, stapt …": a cue in a clause opened by one of the language's ``as_markers`` reports the
    rest of its sentence, before or after the comma that separates them; the speaker is the cue's subject or
    agent."""
    ci = cue.i
    markers = view.lang.words("as_markers")
    if not markers or view.quote_of[ci] >= 0:
        return None
    deps, dep, lowers, texts = view.deps, view.dep, view.lowers, view.texts
    if not _as_clause(view, ci) and not any(
            dep[k] in deps.marker and lowers[k] in markers and view.heads[k] != ci for k in view.subtree(ci) if k < ci):
        return None  # (the marker on the cue, or on its subject: "Zoals Radio Velden meldde", "zoals" hung on "Radio")
    if not any(dep[c] in deps.subject or dep[c] in deps.agent for c in view.children(ci)) \
            and _as_report_source(view, ci) is None:
        return None  # ("As promised, the council cut taxes", "As expected, …": nobody reports it)
    if any(c > ci and (dep[c] in deps.objects or dep[c] in deps.clausal_complement or dep[c] in deps.open_complement)
           and view.quote_of[c] < 0 for c in view.children(ci)):
        return None  # "…, as it considers the pipeline to be a project of common interest": a reason with its own
        # content, not "as X reported" about the clause beside it
    a_tok, b_tok = view.sentences[view.sentence_of[ci]]
    words = [k for k in range(a_tok, b_tok) if not view.spaces[k]]
    clause = [k for k in view.subtree(ci) if not view.puncts[k]]
    if not words or not clause:
        return None
    first, last = min(clause), max(clause)
    if first == words[0]:  # the "as" clause opens the sentence: the content follows its comma
        comma = next((k for k in range(last + 1, b_tok) if texts[k] == ","), None)
        inner = next((k for k in range(ci + 1, last) if texts[k] == ","), None)
        if comma is None and inner is not None and view.quote_of[inner] < 0 and all(
                k in clause for k in range(ci, inner) if not view.puncts[k] and not view.spaces[k]):
            comma = inner  # ("As previously reported in the Harbour Gazette, the council approved …" with the
            # clause's subject read as an apposition to the outlet: the clause ends at its first comma)
        if comma is None or any(not view.puncts[k] and not view.spaces[k] for k in range(last + 1, comma)):
            return None
        a, b = view.trim(view._ends[comma], view._ends[b_tok - 1])
    else:  # it closes the sentence after a comma: the content precedes it
        tail = [k for k in words if k > last and not view.puncts[k]]
        if tail or first < 1 or texts[first - 1] != ",":
            return None
        a, b = view.trim(view._starts[a_tok], view._starts[first - 1])
    if b - a <= 3 or not _has_verb(view, a, b) or any(view.quote_of[k] >= 0 for k in clause):
        return None
    return a, b, "as_report"


def _as_report_source(view: TextView, ci: int) -> int | None:
    """The source of an "as" clause's report that the parser hung on the cue as an oblique: an agent behind the
    language's ``passive_agent_prepositions`` ("Zoals gemeld door de lokale omroep") or the outlet it appeared in,
    behind a ``medium_prepositions`` word after one of the ``publishing_cues`` ("As previously reported in the Harbour
    Gazette", "Zoals eerder gemeld in het Dagblad": a name or an ``outlet_nouns`` noun, not a time). The token, else
    None."""
    deps, dep, lowers, lang = view.deps, view.dep, view.lowers, view.lang
    agents, media = lang.words("passive_agent_prepositions"), lang.words("medium_prepositions")
    times, outlets = lang.words("time_words"), lang.words("outlet_nouns")
    for c in view.children(ci):
        if c < ci or dep[c] not in deps.oblique:
            continue
        marks = {lowers[g] for g in view.children(c) if dep[g] in deps.case_marker}
        if marks & agents:
            return c
        if marks & media and view.lemmas[ci] in lang.words("publishing_cues") and lowers[c] not in times \
                and (view.pos[c] == "PROPN" or view.lemmas[c] in outlets) and not view.like_nums[c]:
            return c  # (but not "zoals aangekondigd in het Regeerakkoord": a document is where a plan stands)
    return None


def _as_clause(view: TextView, i: int) -> bool:
    """The verb at token i opens a clause with one of the language's ``as_markers`` ("As reported …", "Zoals …")."""
    markers = view.lang.words("as_markers")
    return any(view.dep[c] in view.deps.marker and view.lowers[c] in markers and c < i for c in view.children(i))


def _noun_with_object(view: TextView, a: int, b: int) -> bool:
    """The root of tokens [a, b) (the word hung outside them) is tagged a noun and has an object of its own after
    it in the range ("Rail passengers face delays, …" with "passengers face" read as a noun phrase and "delays" as
    the object of "passengers"): the parse holds a predicate, whatever the tagger made of its verb (not a noun
    phrase whose inner noun the parser gave an object: "X, of organization The Mustard Seed Kamloops, …")."""
    dep, objects, heads = view.dep, view.deps.object, view.heads
    return any(view.pos[t] in ("NOUN", "PROPN") and not a <= heads[t] < b
               and any(dep[c] in objects and t < c < b for c in view.children(t)) for t in range(a, b))


def _headline_infinitive(view: TextView, a: int, b: int) -> bool:
    """A headline's clause in headline style, an infinitive for the future ("Council to close three libraries,
    mayor says", "Face coverings to be mandatory …"): a heading line with a noun, an infinitive marker and a
    verb."""
    markers, lowers, pos = view.lang.words("infinitive_markers"), view.lowers, view.pos
    return view.heading_line(view._starts[a]) and any(
        lowers[j] in markers and pos[j - 1] in ("NOUN", "PROPN", "NUM") and pos[j + 1] in ("VERB", "AUX")
        for j in range(a + 1, b - 1))


def _headline_quoted_predicate(view: TextView, a: int, b: int) -> bool:
    """A headline's clause in headline style with its copula left out and its predicate quoted ("Bridge closure
    'unavoidable', says engineer", "Sluiting brug 'onvermijdelijk', zegt ingenieur"): on a heading line, a quote
    that opens right after a noun or a name."""
    if not view.heading_line(view._starts[a]):
        return False
    texts, pos, quote_of = view.texts, view.pos, view.quote_of
    return any(texts[j] in QUOTE_CHARS and pos[j - 1] in ("NOUN", "PROPN") and quote_of[j - 1] < 0
               and quote_of[j + 1] >= 0 for j in range(a + 1, b - 1))


def _headline_noun_phrase(view: TextView, a: int, b: int) -> bool:
    """A heading line's clause in headline style without a verb ("Twee gewonden bij instorting kraan, meldt
    politie", a bullet "Around 40,000 homes without power, says Northern Grid"): on a heading line, words before
    the comma that hold a noun and a number or a preposition, and no verb (what is reported, in the shorthand of a
    headline or a list of key points)."""
    if not view.heading_line(view._starts[a]) or not _only_cue_and_source_after(view, b):
        return False
    pos = view.pos
    words = [k for k in range(a, b) if view.alphas[k] or view.like_nums[k]]
    return len(words) >= 3 and any(pos[k] in ("NOUN", "PROPN") for k in words) \
        and any(pos[k] in ("NUM", "ADP") or view.like_nums[k] for k in words) \
        and not any(pos[k] in ("VERB", "AUX") for k in range(a, b))


def _only_cue_and_source_after(view: TextView, comma: int) -> bool:
    """After the comma at token ``comma``, up to the end of its line, only a cue and its source: at most five words,
    none a preposition, a pronoun or a second verb ("…, meldt netbeheerder Enexis", "…, Met Office says"; not
    "…, GGD roept ouders op tot vaccinatie", a clause of its own)."""
    end = view.text.find("\n", view._ends[comma])
    rng = view.span_range(view._ends[comma], len(view.text) if end < 0 else end)
    if rng is None:
        return False
    words = [k for k in range(*rng) if not view.spaces[k] and not view.puncts[k]]
    verbs = [k for k in words if view.pos[k] in ("VERB", "AUX")]
    return 2 <= len(words) <= 5 and len(verbs) <= 1 and not any(
        view.pos[k] in ("ADP", "PRON", "SCONJ", "CCONJ") or view.dep[k] in view.deps.particle for k in words)


def _headline_past(view: TextView, a: int, b: int) -> bool:
    """A headline's clause in headline style: a past participle with no auxiliary ("Man opgepakt na steekpartij,
    meldt politie"), or its verb quoted, a past form the tagger read as a participle ("Council 'ignored warnings'
    over bridge, report finds"): on a heading line, a past verb right after a noun or a name (an opening quote
    mark may stand between)."""
    if not view.heading_line(view._starts[a]):
        return False
    for j in range(a + 1, b):
        if view.pos[j] != "VERB" or not ("Past" in view.tenses[j] or "Part" in view.verb_forms[j]
                                         and "Pres" not in view.tenses[j]):
            continue  # (a past form; a Dutch participle carries no tense: "Man opgepakt na steekpartij")
        k = j - 1
        if view.texts[k] in QUOTE_CHARS and k > a:
            k -= 1
        if view.pos[k] in ("NOUN", "PROPN"):
            return True
    return False


def _past_read_as_participle(view: TextView, a: int, b: int, ci: int) -> bool:
    """The clause before a closing cue (its comma at ``b``, the cue at ``ci``) has a past form the parser read as a
    participle on the noun before it, and that noun hung across the comma in the cue's clause ("The ferry capsized
    within minutes, police said", "…, survivors said": "the ferry capsized …" read as one noun phrase, the cue's
    second subject or a part of its source): the noun is the clause's subject and the past form its verb."""
    deps, dep, heads = view.deps, view.dep, view.heads
    for j in range(a + 1, b):
        if view.pos[j] == "VERB" and "Part" in view.verb_forms[j] and "Past" in view.tenses[j] \
                and dep[j] in deps.noun_clause and heads[j] == j - 1 and view.pos[j - 1] in ("NOUN", "PROPN") \
                and b < heads[j - 1] <= ci:
            return True
    return False


def _verb_read_as_noun(view: TextView, a: int, b: int) -> bool:
    """A present-tense verb the tagger read as a plural noun after its subject, before an infinitive: "The company
    plans to cut 1,200 jobs, the paper reported" ("company plans" read as one noun phrase), also after an
    apposition. The word ends in one of the language's ``present_verb_suffixes`` and an infinitive marker and a
    verb follow it."""
    suffixes = view.lang.words("present_verb_suffixes")
    markers, lowers, pos = view.lang.words("infinitive_markers"), view.lowers, view.pos
    return bool(suffixes) and any(
        pos[j] == "NOUN" and view.is_lowers[j] and view.alphas[j]
        and (pos[j - 1] in ("NOUN", "PROPN") or view.texts[j - 1] == ",")  # (after an apposition: "X, a …, plans")
        and any(lowers[j].endswith(x) for x in suffixes)
        and (lowers[j + 1] in markers and pos[j + 2] in ("VERB", "AUX")
             or pos[j + 1] == "VERB" and ("Ger" in view.verb_forms[j + 1]
                                          or "Part" in view.verb_forms[j + 1] and "Pres" in view.tenses[j + 1]))
        for j in range(a + 1, b - 2))
    # (or before a gerund: "The boxer denies taking any banned substance, his lawyers said")


def _bare_cue_tail(view: TextView, ci: int, stop: int) -> bool:
    """The words after the cue at ``ci`` up to ``stop`` are its inverted subject's phrase, adverbs and time words
    only ("vertelt ze,", "zegt ook Jansen,"), not an object or anything else it says ("claimed 6606 lives,")."""
    subject = set()
    for c in view.children(ci):
        if view.dep[c] in view.deps.subject and c > ci:
            subject.update(view.subtree(c))
    times = view.lang.union("time_words", "time_adverbs")
    return all(t in subject or view.pos[t] == "ADV" or view.lowers[t] in times or view.puncts[t]
               for t in range(ci + 1, stop))


def _next_attribution(view: TextView, i: int, end: int) -> bool:
    """After a trailing cue's comma, a coordinator opens a clause with a cue of its own ("…, local radio reported,
    but the council says no decision was taken"): a second attribution, not the rest of one statement cut by a
    parenthetical cue ("…, vertelt ze, en niemand anders kon helpen")."""
    if i >= end or view.lowers[i] not in view.lang.words("coordinators"):
        return False
    dep, subject = view.dep, view.deps.subject
    return any(_reporting_verb_at(view, t) and cue_of(view.doc[t], view).type != "opinion"
               and any(dep[c] in subject for c in view.children(t)) for t in range(i + 1, end))


def _reporting_verb(view: TextView, t: Token) -> bool:
    """A finite cue verb outside quotes: an attribution of its own may start there."""
    return _reporting_verb_at(view, t.i)


def _reporting_verb_at(view: TextView, k: int) -> bool:
    """``_reporting_verb`` of the view's token k."""
    return view.pos[k] == "VERB" and "Fin" in view.verb_forms[k] and view.quote_of[k] < 0 \
        and cue_of(view.doc[k], view) is not None


def _starts_anaphoric(view: TextView, cue: Token) -> bool:
    """'Dat zegt X.', 'Dat heeft X bekendgemaakt.', 'So said X.', 'That is what X said.': the sentence opens
    with a demonstrative pronoun followed directly by a verb."""
    a_tok, b_tok = view.sentences[view.sentence_of[cue.i]]
    openers, lowers, puncts = view.lang.words("discourse_openers"), view.lowers, view.puncts
    first = a_tok
    while first < cue.i and (lowers[first] in openers or puncts[first]):
        first += 1
    if first + 1 >= b_tok or lowers[first] not in view.lang.words("anaphoric_pronouns") \
            or view.quote_of[first] >= 0:
        return False  # ('“This is a lie,” Varga said' opens with a quote, not with an anaphor)
    return view.pos[first + 1] in ("VERB", "AUX") and not _trails_its_clause(view, cue, first + 1)


def _trails_its_clause(view: TextView, cue: Token, start: int) -> bool:
    """A finite cue after a comma, with nothing but its subject or a "zo" between ("Maar dat gebeurde om geruchten
    te smoren, zo bevestigt de directeur", "That was meant to quiet rumours, the head teacher said"): the sentence
    that opens with the demonstrative is the cue's own content, not a pointer to the one before."""
    ci, pos = cue.i, view.pos
    commas = [t for t in range(start, ci) if view.texts[t] == ","]
    if not commas:
        return False
    head = view.heads[ci]
    subject_between = any(view.dep[c] in view.deps.subject and commas[-1] < c < ci for c in view.children(ci)) or (
        commas[-1] < head < ci and pos[head] in ("NOUN", "PROPN"))  # "…, the head teacher confirmed"
    # parsed as a teacher who was confirmed
    if "Fin" not in view.verb_forms[ci] and not subject_between:
        return False  # "Dat heeft Jan Smit, woordvoerder van de gemeente, bevestigd": an apposition's commas
    return not any(pos[t] in ("VERB", "AUX") for t in range(commas[-1] + 1, ci))


def _object_points_back(view: TextView, cue: Token) -> bool:
    """"Minister X schrijft dat in een brief aan de Kamer.", "The mayor said this in a statement.": a demonstrative
    right after a finite cue of speech or confirmation, with only a phrase of place or time after it (no verb:
    then it would open a clause), and a subject before the cue."""
    ci = cue.i
    a_tok, b_tok = view.sentences[view.sentence_of[ci]]
    deps, dep, pos, lowers, quote_of = view.deps, view.dep, view.pos, view.lowers, view.quote_of
    # ("X heeft dat dinsdag laten weten": the finite auxiliary)
    finite = ci if view.finite[ci] else next((c for c in view.children(ci) if dep[c] in deps.auxiliary
                                              and view.finite[c] and c < ci), None)
    if finite is None or quote_of[ci] >= 0:
        return False
    k = finite + 1
    if k >= b_tok:
        return False
    if lowers[k] not in view.lang.words("anaphoric_pronouns") or quote_of[k] >= 0:
        return False  # (asked before the cue's own words are gathered: neither reads the other)
    entry = cue_of(cue, view)
    own = {ci} | {c for c in view.children(ci) if dep[c] in deps.auxiliary or entry is not None
                  and entry.partner and (lowers[c] == entry.partner or view.lemmas[c] == entry.partner)}
    times = view.lang.union("time_words", "time_adverbs")
    if k + 1 < b_tok and pos[k + 1] in ("NOUN", "PROPN", "ADJ") and lowers[k + 1] not in times:
        return False  # "schrijft dat plan …": a determiner (but "maakte dat woensdag bekend")
    rest = [t for t in range(k + 1, b_tok) if not view.puncts[t] and t not in own]
    described = {m for t in rest if dep[t] in deps.relative_clause and k < view.heads[t] < t
                 for m in view.subtree(t)}  # (a place the phrase describes: "aan Mosul, de bevrijde stad waar
    # …", its participle too)
    if any(pos[t] in ("VERB", "AUX") and t not in described and dep[t] not in deps.adjectival_modifier
           or quote_of[t] >= 0 for t in rest) or any(
            quote_of[i] >= 0 for i in range(k + 1, b_tok)) or rest and pos[rest[0]] not in ("ADP", "ADV") \
            and lowers[rest[0]] not in times:
        return False  # "zegt dat de salarissen stijgen" (a complementizer), "noemt dat 'pure speculatie'" (what it
        # is called); only a place or time may follow: "in een brief aan de Kamer", "vanmiddag"
    subjects = [c for c in (*view.children(ci), *view.children(finite)) if dep[c] in deps.subject and c < finite]
    if not subjects:
        return False
    comma = next((t for t in range(min(subjects) - 1, a_tok, -1) if view.texts[t] == "," and quote_of[t] < 0), None)
    return comma is None or not any(view.finite[t] for t in range(a_tok, comma))  # (", de brandweer kan dat niet
    # bevestigen" after a clause of its own sentence points at that clause, not at the sentence before)


def _previous_sentence(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """The sentence before the cue's, as anaphoric content."""
    s = view.sentence_of[cue.i]
    if s == 0:
        return None
    a, b = view.trim(*view.sentence_chars(s - 1))
    return (a, b, "anaphoric") if b - a > 3 else None


def anaphoric_content(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """'Dat heeft het leger bekendgemaakt.' / 'That is what the ministry said.': the previous sentence."""
    s = view.sentence_of[cue.i]
    a_tok, b_tok = view.sentences[s]
    openers, lowers, puncts = view.lang.words("discourse_openers"), view.lowers, view.puncts
    first = a_tok
    while first < b_tok and (lowers[first] in openers or puncts[first]):
        first += 1
    if first >= b_tok or lowers[first] not in view.lang.words("anaphoric_pronouns") \
            or view.quote_of[first] >= 0:
        return None
    if first + 1 < b_tok and view.pos[first + 1] in ("NOUN", "PROPN", "ADJ") \
            and lowers[first] not in view.lang.words("anaphors_before_nouns"):
        return None  # "Dat plan …", "This week …": a determiner, not an anaphor
    if view.dep[cue.i] in view.deps.clausal_modifier and view.pos[view.heads[cue.i]] in ("NOUN", "PROPN") \
            and first not in view.subtree(cue.i):
        return None  # "This falls short of the bar for the debates put on by the commission": a participle on a
        # noun of the sentence, whose subject the anaphor is not
    kids = view.children(cue.i)
    if any(view.dep[c] in view.deps.subject and c != first for c in kids) and any(
            view.dep[c] in view.deps.object and c != first and view.pos[c] == "NOUN" and not _source_like_at(view, c)
            for c in kids):
        return None  # "So the commuters find the timetable confusing", "Zo vinden de gezinnen veel steun": the cue
        # has a subject and an object of its own, and the sentence before is not what it reports (an object that
        # can be a source, or the only noun beside the anaphor, is the inverted subject the parser misread: "Dat
        # meldde het vakblad …")
    return _previous_sentence(view, cue)


# ---------------------------------------------------------------------------------------------- main

def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _before_manner_phrase(view: TextView, a: int, b: int) -> int:
    """Reported content after its cue ends before a phrase that says how the source spoke, which ends the
    sentence ("said he died abroad without elaborating", "zei dat … zonder details te geven"): the language's
    ``cue_manner_phrases``; and before a ``negating_prepositions`` word with a cue verb ("… without specifying
    if …")."""
    stripped = view.text[a:b].lower().rstrip(" .,;")
    for phrase in view.lang.get("cue_manner_phrases", []):
        if stripped.endswith(" " + phrase):
            return view.trim(a, a + len(stripped) - len(phrase) - 1)[1]
    rng = view.span_range(a, b)
    negating, markers = view.lang.words("negating_prepositions"), view.lang.words("infinitive_markers")
    for k in range(rng[0] + 2, rng[1] - 1) if rng is not None and negating else ():
        v = k + 2 if view.lowers[k + 1] in markers else k + 1
        if view.lowers[k] in negating and view.quote_of[k] < 0 and v < rng[1] and view.pos[v] == "VERB" \
                and lexical_cues(view)[v] and _speech_entry(view, v):
            return view.trim(a, view._starts[k])[1]  # "… notifications without specifying if …", "… zonder te
            # zeggen of …": what the source left unsaid is the reporter's note, not the report
    return b


def _speech_entry(view: TextView, v: int) -> bool:
    """The word at ``v`` has a speech entry in the cue lexicon, by lemma, form or undone inflection ("specifying",
    lemmatised "specifye"): a verb of saying, not of knowing ("zonder te weten waar …" is part of what was said)."""
    entries = _entries_of(view.lemmas[v], view.lowers[v], view.lang, cue_lexicon(view.lang))
    return any(e.type == "speech" and not e.partner for e in entries or ())  # (not "weet … te melden")


def _entries_of(lemma: str, lower: str, lang: LangData, lexicon: dict[str, list[CueEntry]]) -> list[CueEntry] | None:
    """The cue entries of a word by its lemma or form (``_lexicon_entries``), else, when the lemmatizer missed it
    ("conceded" → "conced"), by its form with regular inflection undone."""
    return lexicon.get(lemma) or lexicon.get(lower) or next(
        (lexicon[f] for f in _guessed(lower, lang) if f in lexicon), None)


def _before_dangling_auxiliary(view: TextView, a: int, b: int) -> int:
    """Reported content cut inside a verb phrase ends before the auxiliaries, negations and infinitive markers left
    at its end, whose verb lies beyond it ("a link but cannot | prove cause" is "a link but"; "hospitals that refused
    to | admit him" is "… refused")."""
    span = view.span_range(a, b)
    if span is None:
        return b
    pos, heads, puncts = view.pos, view.heads, view.puncts
    words = [k for k in range(*span) if not puncts[k]]
    kept = len(words)
    while kept and pos[words[kept - 1]] in ("AUX", "PART") and heads[words[kept - 1]] >= span[1]:
        kept -= 1
    while kept and pos[words[kept - 1]] in ("CCONJ", "SCONJ"):
        kept -= 1
    return view.trim(a, view._ends[words[kept - 1]])[1] if 0 < kept < len(words) else b


def _before_source_phrase(view: TextView, a: int, b: int) -> int:
    """Reported content after its cue ends before a source phrase after a comma that ends it ("said they were
    working around the clock, according to the Courier", "zei dat …, aldus de krant"): the phrase attributes the
    whole report to another source (``source_phrase_statements``), and the cue's content nests inside that."""
    return _before_final_phrase(view, a, b, (
        (phrase["words"], frozenset(phrase.get("object_nouns", ()))) for phrase in view.lang["cue_prepositions"]))


def _before_citing_phrase(view: TextView, a: int, b: int) -> int:
    """Reported content ends before a comma and a citing marker of the language (``citing_markers``) that runs to
    its end with no verb of its own ("reported that the bridge would reopen on Friday, citing the mayor", "…,
    quoting a police source"): whom the report relies on is its attribution, not its content."""
    return _before_final_phrase(view, a, b, ((marker.split(), None) for marker in view.lang.get("citing_markers", [])))


def _before_trailing_report(view: TextView, a: int, b: int) -> int:
    """Reported content after its cue ends before a comma and a trailing cue clause that runs to its end ("said
    that the bridge was unsafe, the Gazette reported on Monday", "zei dat de brug onveilig was, meldt De Gazet"):
    that cue reports the whole report before the comma (``trailing_content``), and this content nests inside it."""
    span = view.span_range(a, b)
    t = next((t for t in range(span[0] + 2, span[1]) if _reporting_verb_at(view, t)), None) if span else None
    comma = next((k for k in range(t - 1, span[0], -1) if view.texts[k] == "," and view.quote_of[k] < 0),
                 None) if t is not None else None
    if comma is None or not _closing_cue_clause(view, comma, t, span[1]):
        return b
    found = trailing_content(view, view.doc[t])
    if found is None or found[1] > view._starts[comma] or found[0] >= a:
        return b
    end = view.trim(a, view._starts[comma])[1]
    return end if end - a > 3 else b


def _before_comment_clause(view: TextView, a: int, b: int) -> int:
    """Reported content ends before a comma and a clause of its own that runs to its end, with its own subject and
    a cue verb whose object is a pronoun that points back ("Volgens buren gaat het om een man …, de brandweer kan
    dat niet bevestigen"; "According to neighbours he …, police could not confirm this"): what a second party
    says of the report, not part of it."""
    span = view.span_range(a, b)
    if span is None:
        return b
    texts, dep, deps, lowers = view.texts, view.dep, view.deps, view.lowers
    pointers = view.lang.words("content_pronouns")
    for k in range(span[0] + 2, span[1] - 3):
        if texts[k] != "," or view.quote_of[k] >= 0:
            continue
        verbs = [t for t in range(k + 2, span[1]) if view.pos[t] == "VERB" and cue_of(view.doc[t], view) is not None
                 and not k < view.heads[t] < t and any(dep[c] in deps.subject and k < c < t for c in view.children(t))
                 and any(dep[c] in deps.objects and lowers[c] in pointers and c > k for c in view.children(t))]
        if verbs:
            end = view.trim(a, view._starts[k])[1]
            return end if end - a > 3 else b
    return b


def _before_final_phrase(view: TextView, a: int, b: int, phrases) -> int:
    """The end of content [a, b) before the first of ``phrases`` that follows a comma inside it and runs to its end
    with no finite verb after it, else b. ``phrases``: (words, the object nouns the phrase needs after it, or None
    for none asked)."""
    span = view.span_range(a, b)
    if span is None:
        return b
    texts, quote_of, finite = view.texts, view.quote_of, view.finite
    for words, objects in phrases:
        n = len(words)
        for k in view.phrase_starts(words):  # (the phrase's places in the text, found once per text)
            if not span[0] < k < span[1] - n or quote_of[k] >= 0 or texts[k - 1] != ",":
                continue
            if objects is not None and not _phrase_object_fits(view, k + n, objects):
                continue  # ("…, by the river": no source phrase)
            if any(finite[x] for x in range(k + n, span[1])):
                continue  # ("said that, according to the police, the man fled": the clause goes on after it;
                # "…, based on figures that showed …")
            return view.trim(a, view._starts[k - 1])[1]
    return b


@lru_cache(maxsize=None)
def _cue_words(lang: LangData) -> frozenset[str]:
    """The single-word lemmas of the language's cue lexicon."""
    return frozenset(k for k in cue_lexicon(lang) if " " not in k)


def _before_colon_quote(view: TextView, a: int, b: int) -> int:
    """Reported content ends at a colon that opens a quoted sentence ("told the press the new drugs were only part
    of the answer: "What will stop it is …"", "vond dat het plan te duur was: "We kunnen dit niet betalen.""): the
    clause before the colon is the reported statement, the quote after it a direct one, attributed as every quote is
    (its own cue, else the speaker before it). A quote that opens in lower case continues the clause ('said the
    plan was: "a disaster"') and stays inside it."""
    toks = view.span_range(a, b)
    if toks is None:
        return b
    texts, quote_of = view.texts, view.quote_of
    for t in range(toks[0] + 3, toks[1] - 1):
        if texts[t] != ":" or quote_of[t] >= 0:
            continue
        after, text = view._ends[t], view.text
        while after < len(text) and text[after].isspace():
            after += 1
        qi = _quote_opens(view).get(after)  # (a quote opening after the colon and white space only)
        if qi is None:
            return b
        q = view.quotes[qi]
        first = view.text[q.start:q.start + 2].lstrip("[(…. ")[:1]
        if not first.isupper() or q.close is None or len(view.text[q.start:q.end].split()) < 4:
            return b
        new_b = view.trim(a, view._starts[t])[1]
        if len(view.text[a:new_b].split()) < 3:
            return b
        return new_b
    return b


def _before_relative_comment(view: TextView, a: int, b: int) -> int:
    """Reported content ends before a relative clause after a comma in which another source comments on it ("said
    the factory was losing money, which the union disputed", "…, wat de gemeente ontkent"): a relative pronoun,
    then a cue verb with a subject of its own; also after a statement noun that names the content ("…, a claim
    the mayor denies", "…, een bewering die de burgemeester ontkent")."""
    toks = view.span_range(a, b)
    if toks is None:
        return b
    relatives, texts, lowers = view.lang.words("relative_pronouns"), view.texts, view.lowers
    nouns = view.lang.words("statement_nouns")
    for t in range(toks[0] + 1, toks[1] - 2):
        if texts[t] != "," or view.quote_of[t] >= 0:
            continue
        start = t + 2 if lowers[t + 1] in relatives else None
        if start is None and view.pos[t + 1] == "DET" and t + 3 < toks[1] and view.lemmas[t + 2] in nouns:
            start = t + 3 + (lowers[t + 3] in relatives)  # ("a claim (that) the mayor denies")
        if start is None:
            continue
        if any(view.puncts[x] and texts[x] != "." for x in range(start, toks[1])) or toks[1] - start > 8:
            continue  # (the relative clause must close the content: not "zei dat de brand, die de buren meldden,
            # snel was geblust")
        for k in range(start, toks[1]):
            if view.pos[k] in ("VERB", "NOUN", "ADJ") and (cue_of(view.doc[k], view) is not None or _lemma_at(
                    view, k, _cue_words(view.lang)) is not None) and any(
                    view.pos[c] in ("NOUN", "PROPN", "PRON") for c in range(start, k)) and not any(
                    view.dep[c] in view.deps.passive_auxiliary or view.lemmas[c] in view.lang.words("copula_lemmas")
                    and view.pos[c] in ("AUX", "VERB") for c in range(start, k + 1)):  # (not "zijn familie")
                return view.trim(a, view._starts[t])[1]  # (a source, then the cue: its subject by word order,
                # whatever the tags: "…, wat de vakbond ontkent" with "ontkent" tagged a noun, "…, which the company
                # disputed" with "disputed" an adjective; not a passive: "…,
                # die op 38 miljoen worden geschat")
    return b


def _before_gerund_cue(view: TextView, a: int, b: int) -> int:
    """Reported content after its cue ends before ", adding that …" / ", warning that …" / ", adding the state
    will …" / ", stating "…"": a gerund cue after a comma reports a clause or quote of its own, for the same
    speaker (``_participle_subject``)."""
    toks = view.span_range(a, b)  # (token range)
    if toks is None:
        return b
    texts, quote_of, doc = view.texts, view.quote_of, view.doc
    for t in range(*toks):
        if texts[t] == "," and t + 1 < toks[1] and quote_of[t] < 0:
            g = t + 1
            entry = cue_of(doc[g], view) if _gerund_at(view, g) and quote_of[g] < 0 else None
            if entry is not None and entry.type in CLAUSE_CUE_TYPES and (
                    (_parsed_complement(view, doc[g], entry) or _complementizer_clause(view, doc[g])
                     or _bare_clause(view, doc[g], entry))
                    not in (None, _QUESTION) or entry.type == "speech" and _quote_opens_after(view, g)
                    or _names_a_report(view, g)) \
                    or _gerund_at(view, g) and quote_of[g] < 0 and _judges_its_object(view, g):
                return view.trim(a, view._starts[t])[1]
    return b


def _judges_its_object(view: TextView, g: int) -> bool:
    """The word at token ``g`` is one of the language's ``judging_cues`` with an object of its own after it
    ("…, blaming the shift to online banking", "…, calling the pitch unplayable"): the speaker's own judgement
    of something, no part of the clause before (unlike "…, listing it as accommodation", what the clause's own
    subject did)."""
    return view.lemmas[g] in view.lang.words("judging_cues") and any(
        view.dep[c] in view.deps.object and c > g for c in view.children(g))


def _names_a_report(view: TextView, g: int) -> bool:
    """The cue at token ``g`` has as its object a noun that names a report ("…, repeating his remarks made at the
    ceremony", "…, citing a statement issued on Monday"): it reports on a report, not the clause before it."""
    names = _report_naming_nouns(view.lang)
    return any(view.dep[c] in view.deps.objects and view.lemmas[c] in names and c > g for c in view.children(g))


def _quote_opens_after(view: TextView, g: int) -> bool:
    """A quote opens right after the word at token g, or after it and a colon (", stating: "…"")."""
    k = view._ends[g]
    rest = view.text[k:k + 3].lstrip(" :")
    if not rest:
        return False
    return view.text.index(rest[:1], k) in _quote_opens(view)


def _quote_opens(view: TextView) -> dict[int, int]:
    """Where each quote of the text opens, with its index (found once per text and kept on the view: not a pass
    over every quote for every word asked)."""
    opens = view.__dict__.get("_claims_quote_opens")
    if opens is None:
        opens = view.__dict__["_claims_quote_opens"] = {q.open: k for k, q in enumerate(view.quotes)}
    return opens


class _Found:
    """What the cue and source rules have found so far: statements outside quotes (``claims``), for each quote the
    attributions that could claim it with their distance from it (``direct``), and the quotes that lie inside a
    mixed statement (``consumed``)."""

    def __init__(self, view: TextView):
        self.view = view
        self.quotes = view.quotes
        self.direct: dict[int, list[tuple[int, Attribution]]] = {}
        self.claims: list[Claim] = []
        self.consumed: set[int] = set()
        self._quote_sentences: dict[int, tuple[int, int]] = {}

    def quote_for(self, content: tuple[int, int]) -> int | None:
        """The quote that makes up most of a content range (70 %), if any."""
        words = self.view.lang.words("complementizers")
        for qi, q in enumerate(self.quotes):
            inside = _overlap(content, (q.open, q.outer_end))
            if inside >= 0.7 * (content[1] - content[0]) and inside > 0:
                before = self.view.text[content[0]:max(content[0], q.open)]
                outside = before.split()
                kept = [w for w in outside if w.lower() not in words and w.isalpha()]
                pronoun = len(kept) == 1 and kept[0].lower() in self.view.lang.get("subject_pronouns", {}) \
                    and kept[0] == outside[-1]
                if before.rstrip()[-1:].isalnum() and not any(ch in before for ch in ":;\n") \
                        and (len(kept) >= 2 or pronoun):
                    return None  # 'said the plan "will cost hundreds of jobs"', 'said he "understands the concerns"':
                    # the subject before the quote makes the statement mixed, not the quote alone
                return qi
        return None

    def quote_sentences(self, qi: int) -> tuple[int, int]:
        """The sentences of a quote's first and last character (looked up once per quote, not once per cue)."""
        if qi not in self._quote_sentences:
            q = self.quotes[qi]
            self._quote_sentences[qi] = (self.view.sentence_at(q.start), self.view.sentence_at(max(q.start, q.end - 1)))
        return self._quote_sentences[qi]

    def quotes_in(self, content: tuple[int, int]) -> list[int]:
        return [qi for qi, q in enumerate(self.quotes) if _overlap(content, (q.start, q.end)) > 0]

    def offer_quote(self, qi: int, distance: int, att: Attribution) -> None:
        self.direct.setdefault(qi, []).append((distance, att))

    def add_content(self, content: tuple[int, int, str], att: Attribution, cue_pos: int) -> None:
        """Reported content found for an attribution: a quote it makes up is offered the attribution; content
        outside quotes becomes an indirect statement (mixed when it holds a partial quote), each coordinated
        clause of a governed complement its own."""
        view = self.view
        a, b, how = content
        att.via = how.rstrip("+")
        if view.text[a:a + 1] in "'’" and a > 1 and view.text[a - 1].isalpha():
            # "said that's not true": "that" before a clitic is the clause's subject, not a complementizer
            while a > 0 and view.text[a - 1].isalpha():
                a -= 1
        if a > cue_pos:
            b = _before_colon_quote(view, a, b)  # "… only part of the answer: "What …"": the quote is its own
        if a > cue_pos and att.cue_lemma in view.lang.words("addressee_verbs"):
            a = _listener_before_quote(view, self.quotes, a, b)  # 'told the court "Nothing was checked."'
        qi = self._quote_of_content(a, b, how)
        if qi is None and how == "infinitive" and any(q.open == a - 1 and q.outer_end < b for q in self.quotes):
            a -= 1  # ('zegt "volledig op de hoogte" te zijn': the partial quote keeps its opening mark)
        if qi is None and "\n" in view.text[a:b]:
            a, b = _line_of(view, a, b, cue_pos)
            if b - a <= 3:
                return
        if qi is None and a > cue_pos:  # "said X; Radio North reported Y": the clause ends at the semicolon
            found = view.span_range(a, b)
            semicolon = next((t for t in range(*found) if view.texts[t] == ";" and view.quote_of[t] < 0),
                             None) if found is not None else None
            rest = view.span_range(view._starts[semicolon], view.sentence_chars(view.sentence_of[semicolon])[1]) \
                if semicolon is not None else None
            if rest is not None and any(_reporting_verb_at(view, t) for t in range(*rest)):
                # (a second clause with no cue of its own is still reported)
                a, b = view.trim(a, view._starts[semicolon])
        if qi is None and b <= cue_pos and att.speaker is not None:
            b = _before_speaker_title(view, a, b, att.speaker[0])  # "…, Sgt. | Maria Lopez said"
        if qi is None and a > cue_pos and att.cue_lemma in view.lang.words("addressee_verbs"):
            a = _past_listener(view, a, b)  # "told the court that phone data showed …": the listener is no content
        if qi is None and a > cue_pos:
            b = _before_manner_phrase(view, a, b)  # "said he died abroad | without elaborating"
            b = _before_gerund_cue(view, a, b)  # "said the plan was on track, | adding that …"
            b = _before_source_phrase(view, a, b)  # "said they were working 24/7, | according to the Courier"
            b = _before_citing_phrase(view, a, b)  # "reported that the bridge reopens, | citing the mayor"
            b = _before_trailing_report(view, a, b)  # "said the bridge was unsafe, | the Gazette reported"
            b = _before_comment_clause(view, a, b)  # "according to neighbours X, | police could not confirm this"
            b = _before_relative_comment(view, a, b)  # "said the plant was losing money, | which the union disputed"
        if qi is None:
            b = _before_dangling_auxiliary(view, a, b)
        if qi is None and not _clause_like(view, a, b, att):
            return
        if qi is not None:
            q = self.quotes[qi]
            self.offer_quote(qi, min(abs(cue_pos - q.outer_end), abs(cue_pos - q.open)), att)
            return  # (a multi-sentence content may cover several quotes in a row: "anaphoric" after two quotes)
        if RULES.has(how, "governed"):
            if a > cue_pos:
                a, b = view.trim(a, _main_clause_start(view, a, b))
                if b - a <= 3:
                    return
            parts = split_coordinated(view, a, b)
            if parts != [(a, b)]:
                for pa, pb in parts:
                    self.add_content((pa, pb, how + "+"), att, cue_pos)
                att.via = how
                return
        inner = self.quotes_in((a, b))
        if inner:
            # the content holds a partial quote: mixed, unless the content only sticks out of a quote
            self.consumed.update(inner)
            self.claims.append(_claim(view, "mixed", a, b, att))
        else:
            self.claims.append(_claim(view, "indirect", a, b, att))

    def _quote_of_content(self, a: int, b: int, how: str) -> int | None:
        qi = self.quote_for((a, b))
        if qi is None and how not in ("source", "anaphoric", "infinitive"):
            # content that starts inside a quote and runs past it ('"…," the diplomat, who …, said'): the quote
            # (but 'zegt "volledig op de hoogte" te zijn': an infinitive that opens with a partial quote)
            qi = next((k for k, q in enumerate(self.quotes) if q.start <= a < q.end and b > q.end), None)
        if qi is None and how not in ("source", "anaphoric"):
            # 'said "We gave everything," and her players walked off': the quote, not the narration after it
            coordinators = self.view.lang.words("coordinators")
            qi = next((k for k, q in enumerate(self.quotes) if q.open == a and q.close is not None and b > q.outer_end
                       and self.view.text[q.outer_end:b].lstrip(" ,").split(" ", 1)[0].lower() in coordinators),
                      None)
        return qi


def _line_of(view: TextView, a: int, b: int, cue_pos: int) -> tuple[int, int]:
    """Reported content never runs over a line break (a headline run into the lead by the parser): the part of
    [a, b) on the cue's line."""
    line_a = view.text.rfind("\n", 0, cue_pos) + 1
    line_b = view.text.find("\n", cue_pos)
    line_b = len(view.text) if line_b < 0 else line_b
    return view.trim(max(a, line_a), min(b, line_b))


def _reporting_cue(view: TextView, tok: Token) -> CueEntry | None:
    """The cue entry of a word outside quotes that reports here (not a participle that places the source, not a
    sourcing participle, not a passive report, which is a statement of its own)."""
    i = tok.i
    if view.quote_of[i] >= 0 or view.spaces[i]:
        return None
    entry = cue_of(tok, view)
    if entry is None:
        return None
    lang = view.lang
    placing = _placing_words(lang)
    if i > 0 and view.lowers[i] in placing and view.lemmas[i - 1] in lang.union("anonymous_nouns", "group_nouns"):
        return None  # "two people briefed on the talks said": "briefed" places the source, "said" is the cue
    if _sourcing(view, tok):
        return None  # "the agency reported, citing two managers": the report's sources
    if view.lemmas[i] in lang.words("passive_report_verbs") and _passive_report(view, tok) is not None:
        return None  # "is reported to have …": a statement of its own (passive_reports)
    if view.pos[i] == "NOUN" and _report_of_an_event(view, i):
        return None  # "this is the first report of a protester being shot": what happened, not whose report
    if view.pos[i] == "NOUN" and view.dep[i] not in view.deps.root and any(
            view.dep[c] in view.deps.determiner or view.dep[c] in view.deps.adjectival_modifier
            for c in view.children(i) if c < i) \
            and not view.word_in(tok, lang.union("report_predicates", "report_nouns", "statement_nouns")) \
            and not ((view.pos[i - 1] in ("PROPN", "NOUN") or view.pos[i - 1] == "ADJ" and view.texts[i - 2] == ",")
                     and _final_cue_form(view, tok)) and not _named_source_present_cue(view, i) \
            and not _cue_after_source_noun(view, i):
        return None  # "the first state in the union to …": a verb's homograph as a noun with its article or
        # adjective, not the sentence's root, is no cue (but "Dat zijn de uitkomsten van …": a noun that names a
        # report is one; and "De beschuldigde ontkent dat …" with the verb tagged a noun is the root; and "…, the
        # BBC understands." with the article read as the verb's: a name or noun, then the verb, ends the sentence;
        # or a bare word the tagger made an adjective right after the comma: "…, coastguard confirms"; or "The FSB
        # denies the …" with the name's article read as the verb's)
    return entry


def _report_of_an_event(view: TextView, i: int) -> bool:
    """The noun at token i has a phrase after it whose noun carries a participle or gerund clause ("the first report
    of a protester being shot", "meldingen van een man die … is neergestoken" is asked by its relative clause
    elsewhere): the phrase says what the report is about, it names no source."""
    deps, dep = view.deps, view.dep
    owners = view.lang.words("owner_prepositions")
    for c in view.children(i):
        if c > i and dep[c] in deps.nominal_modifier and view.pos[c] in ("NOUN", "PROPN", "PRON") and i + 1 < c \
                and view.lowers[i + 1] in owners and dep[i + 1] in deps.case_marker and view.heads[i + 1] == c and any(
                dep[g] in deps.clausal_modifier and g > c and (
                    view.pos[g] == "VERB" and view.verb_forms[g] & {"Ger", "Part"}
                    or any(view.pos[x] == "AUX" and view.verb_forms[x] & {"Ger", "Part"} for x in view.children(g)))
                for g in view.children(c)):  # ("being shot" with "shot" tagged a noun)
            return True
    return False


def _marked_infinitive(view: TextView, k: int) -> bool:
    """The view's token k is an infinitive with its marker ("to question", "te ondervragen"), not a verb after an
    auxiliary ("did not say")."""
    markers = view.lang.words("infinitive_markers")
    return "Inf" in view.verb_forms[k] and (any(view.lowers[c] in markers for c in view.children(k))
                                            or k > 0 and view.lowers[k - 1] in markers)


def _verb_of_its_infinitive(view: TextView, k: int) -> bool:
    """Token k is a verb of the language's ``non_infinitive_cues`` with a marked infinitive of its own ("continued
    to attack", "ging door met"): it reports nothing there, it carries the clause on."""
    return view.lemmas[k] in view.lang.words("non_infinitive_cues") \
        and any(c > k and _marked_infinitive(view, c) for c in view.children(k))


@lru_cache(maxsize=None)
def _partner_words(lang: LangData) -> frozenset[str]:
    """The partner verbs of the language's two-word cues that are not separable particles ("weten" of "laten weten")."""
    return frozenset(e.partner for entries in cue_lexicon(lang).values() for e in entries
                     if e.partner and not e.separable)


def _partner_of_cue_before(view: TextView, i: int) -> int | None:
    """The two-word cue before it in its sentence whose partner verb the word at ``i`` is ("laat … weten", "weet …
    te melden"), within the window ``_has_partner`` searches: its token index, else None."""
    lower, lemma = view.lowers[i], view.lemmas[i]
    partners = _partner_words(view.lang)
    if lower not in partners and lemma not in partners:
        return None  # (most words are no cue's partner: no cue before them is asked)
    a = view.sentences[view.sentence_of[i]][0]
    for j in range(max(a, i - 5), i):
        entry = cue_of(view.doc[j], view) if view.pos[j] in CUE_POS and view.quote_of[j] < 0 else None
        if entry is not None and entry.partner and not entry.separable and entry.partner in (lower, lemma):
            return j
    return None


def _cue_content(view: TextView, tok: Token, entry: CueEntry) -> tuple[tuple | None, tuple | None]:
    """(content, anaphoric content) of a cue: its complement, else the clause before a trailing cue, else the
    sentence before that it points back at. A cue of the language's ``complement_only_cues`` ("wil dat …") reports
    only its complement clause."""
    if entry.lemma in view.lang.words("complement_only_cues"):
        content = complement_content(view, tok, entry)
        return (content if content is not None and content[2] in ("complement", "complementizer") else None), None
    if _after_quote(view, tok):
        # '"…", zegt hij in het Engels, dat een tolk aanvult': the quote is what was said; a "dat" after it
        # starts a relative clause, not a second content (but '… "terrorism charges", adding Iran will …': a
        # gerund cue after the quote reports the clause that follows it)
        if "Ger" in view.verb_forms[tok.i] or view.tags[tok.i] == "VBG":
            after = complement_content(view, tok, entry)
            if after is not None and after[0] > tok.idx:
                return after, None
        return _sentence_with_final_quote(view, tok), None
    anaphoric = anaphoric_content(view, tok) if _starts_anaphoric(view, tok) else None
    if anaphoric is None and entry.type in ("speech", "confirm") and _object_points_back(view, tok):
        anaphoric = _previous_sentence(view, tok)  # "Minister X schrijft dat in een brief aan de Kamer."
    content = None if anaphoric else (entry.type in ("speech", "confirm", "opinion") and (parenthetical_sentence(
        view, tok) or as_report(view, tok))) or complement_content(view, tok, entry) \
        or (entry.type in ("speech", "confirm", "opinion") and _clause_read_as_modifier(view, tok)) \
        or trailing_content(view, tok)
    if content is not None and content[0] > tok.idx and not _has_verb(view, content[0], content[1]) \
            and not any(q.open <= content[0] < q.outer_end for q in view.quotes):
        # "…, said three people close to the talks": the noun phrase after the cue is its speaker
        content = trailing_content(view, tok) or content
    if content is None and anaphoric is None:
        anaphoric = anaphoric_content(view, tok)
    return content, anaphoric


def _clause_read_as_modifier(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """A bare clause after the cue whose subject the parser made the cue's object and whose verb, with its own
    auxiliary before it, a clause on that noun ("said the water company (NWC) had cut supplies": the acronym in
    brackets breaks the clause): the clause, from the object on. Not a relative clause (a relative pronoun or a
    complementizer of its own), nor a participle without an auxiliary ("said the company sold in May")."""
    deps, dep = view.deps, view.dep
    for obj in view.children(cue.i):
        if obj < cue.i or dep[obj] not in deps.object or view.pos[obj] not in ("NOUN", "PROPN") \
                or view.quote_of[obj] >= 0:
            continue
        verb = next((c for c in view.children(obj) if dep[c] in deps.clausal_modifier and c > obj
                     and view.pos[c] in ("VERB", "AUX", "ADJ")), None)
        if verb is None:
            continue
        kids = view.children(verb)
        if not any(dep[k] in deps.any_auxiliary and obj < k < verb and "Fin" in view.verb_forms[k] for k in kids) \
                or any(dep[k] in deps.marker or view.lowers[k] in view.lang.words("relative_pronouns") for k in kids):
            return None
        sub = view.subtree(verb)
        a = min(view.subtree(obj))
        b = max(sub)
        return (*view.trim(view._starts[a], view._ends[b]), "complement")
    return None


_SOURCE_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "NUM"))


def _comma_before_subject_apposition(view: TextView, ci: int, comma: int, a_tok: int) -> int:
    """A trailing cue right after a comma whose nominal subject stands before that comma, opening right after an
    earlier comma ("…, Tom Reed, a spokesman for the utility, told reporters."): that earlier comma, where the cue
    clause starts; else ``comma``. The subject must be a name or a source noun with an apposition or a phrase
    after it, ending at ``comma``."""
    subject = next((c for c in view.children(ci) if view.dep[c] in view.deps.nominal_subject and c < comma), None)
    if subject is None and not any(view.dep[c] in view.deps.subject for c in view.children(ci)):
        return _name_and_apposition_before(view, comma, a_tok)  # (the parser gave the cue no subject)
    if subject is None or not _source_like_at(view, subject):
        return comma
    lo = view.doc[subject].left_edge.i
    hi = view.doc[subject].right_edge.i
    if lo - 1 <= a_tok or view.texts[lo - 1] != "," or hi not in (comma - 1, comma):
        return comma
    return lo - 1


def _name_and_apposition_before(view: TextView, comma: int, a_tok: int) -> int:
    """Word order, for a trailing cue the parser gave no subject: "…, Rob Haller, a spokesman for the water board,
    told reporters." — a name (one to four capitalised words) right after an earlier comma, then a comma and an
    apposition with a source noun and no verb, up to ``comma``: the earlier comma; else ``comma``."""
    pos, texts = view.pos, view.texts
    inner = next((k for k in range(comma - 1, max(a_tok, comma - 14), -1) if texts[k] == ","), None)
    if inner is None or inner + 1 >= comma:
        return comma
    k = inner - 1
    while k > a_tok and (pos[k] == "PROPN" or texts[k][:1].isupper() and view.alphas[k]) and inner - k <= 4:
        k -= 1
    if texts[k] != "," or k == inner - 1 or k <= a_tok:
        return comma
    apposition = range(inner + 1, comma)
    if any(pos[t] in ("VERB", "AUX") or view.puncts[t] for t in apposition) \
            or not any(pos[t] == "NOUN" and _source_like_at(view, t) for t in apposition):
        return comma
    return k


def _closing_cue_clause(view: TextView, comma: int, ci: int, b_tok: int) -> bool:
    """The words from the comma to the end of the sentence are only a cue and its source: the source's noun phrase
    (its possessive marker or pronoun too: "the Gazette's editor", "his family"; for a denial, after the relative
    pronoun it answers, however parsed, when its source is its subject: "…, which the family denied.") and the cue,
    with at most a short phrase of time or place after it and no object ("…, the Gazette reported on Monday."), or
    the cue and then its source ("…, meldt De Gazet.", "…, reported the Gazette.")."""
    pos, puncts, spaces, deps = view.pos, view.puncts, view.spaces, view.deps
    before = [t for t in range(comma + 1, ci) if not puncts[t] and not spaces[t]]
    after = [t for t in range(ci + 1, b_tok) if not puncts[t] and not spaces[t]]
    if len(before) > 1 and view.lowers[before[0]] in view.lang.words("relative_pronouns") \
            and view.heads[before[0]] == ci \
            and any(view.heads[t] == ci and view.dep[t] in deps.subject for t in before[1:]):
        entry = cue_of(view.doc[ci], view)
        if entry is not None and entry.type in ("deny", "dispute"):
            before = before[1:]  # ("…, which the family denied.": the relative pronoun is what the cue answers, and
            # the denial becomes evidence on the report before it; a confirmation that way is left to the clause
            # rules)
    if any(view.dep[c] in deps.object or view.dep[c] in deps.clausal_complement for c in view.children(ci)
           if c > ci and not spaces[c]):
        return False  # (a paragraph break the parser hung on the cue as its object is none: a headline's end)
    if before:
        return all(pos[t] in _SOURCE_POS or view.dep[t] in deps.case_marker or view.dep[t] in deps.possessive
                   or _participle_before_phrase(view, t) for t in before) \
            and pos[before[-1]] in ("NOUN", "PROPN") and len(after) <= 5 \
            and all(pos[t] in ("ADV", "ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM") for t in after) \
            and not any(view.lowers[t] in view.lang.words("complementizers") for t in after)
    return 0 < len(after) <= 6 and all(pos[t] in _SOURCE_POS for t in after) and pos[after[-1]] in ("NOUN", "PROPN")


def _source_ends_sentence(view: TextView, ci: int, b_tok: int) -> bool:
    """After the speech cue at ``ci`` only a short noun phrase follows to the sentence's final punctuation, and its
    last word is a source ("…, warned economist Ann Lee.", "…, added a spokeswoman."): the cue's inverted subject."""
    entry = cue_of(view.doc[ci], view)
    if entry is None or entry.type != "speech":
        return False
    end = next((k for k in range(ci + 1, min(b_tok, ci + 8)) if view.texts[k] in FINAL_PUNCT), None)
    if end is None or end == ci + 1:
        return False
    return all(view.pos[k] in ("DET", "ADJ", "NOUN", "PROPN") for k in range(ci + 1, end)) \
        and _source_like_at(view, end - 1)


def _verb_on_source_noun(view: TextView, i: int, end: int) -> bool:
    """The verb form at token i is a modifier inside the source's noun phrase that ends before token ``end`` (the
    cue after it, or the end of the words after an inverted cue): "…, wrestling promotion Stardom announced", "…,
    said a leading economist": hung on a noun or name between it and ``end``, with no argument of its own."""
    h = view.heads[i]
    deps = view.deps
    return i < h < end and view.pos[h] in ("NOUN", "PROPN") and not any(
        view.dep[c] in deps.subject or view.dep[c] in deps.object or view.dep[c] in deps.clausal_complement
        for c in view.children(i))


def _after_comma_and_adverbs(view: TextView, i: int) -> bool:
    """Token i follows a comma, with nothing but adverbs between ("…, also called parole"): no subject of its own
    stands before it (unlike "…, the company confirmed on Thursday", whatever the parse)."""
    k = i - 1
    while k > 0 and view.pos[k] == "ADV":
        k -= 1
    return k >= 0 and view.texts[k] == ","


def _relative_after_apposition(view: TextView, i: int, end: int) -> bool:
    """Tokens from i (after a comma) open a short noun phrase, a determiner and at most three more words of a noun
    phrase, followed by a relative pronoun before ``end``: an apposition with its relative clause."""
    pos = view.pos
    if i >= end or pos[i] != "DET":
        return False
    relatives = view.lang.words("relative_pronouns")
    for k in range(i + 1, min(end, i + 5)):
        if view.lowers[k] in relatives:
            return k > i + 1
        if pos[k] not in ("NOUN", "ADJ", "PROPN"):
            return False
    return False


def _verb_with_its_subject(view: TextView, t: int, a_tok: int) -> bool:
    """Token ``t`` is a verb with a nominal subject before it (from token ``a_tok`` on) and no auxiliary: a clause's
    finite verb whatever its form reads ("De bouwmarkt schrapt 120 banen", "schrapt" analysed as a participle; a
    participle has a subject only with its auxiliary); also a past form the tagger made an adjective, when it has a
    subject but no copula ("The man fled, police said": an adjective with a subject of its own and no copula is a
    verb misread)."""
    if view.pos[t] not in ("VERB", "ADJ"):
        return False
    dep, deps, kids = view.dep, view.deps, view.children(t)
    return any(dep[c] in deps.nominal_subject and a_tok <= c < t for c in kids) \
        and not any(dep[c] in deps.any_auxiliary or view.pos[t] == "ADJ" and dep[c] in deps.copula for c in kids)


def _main_finite(view: TextView, a_tok: int, b_tok: int) -> bool:
    """A finite verb or auxiliary among tokens [a_tok, b_tok) that is not inside a relative clause of those tokens
    (``_has_finite`` of the clause itself): "Professor Ada Lum, a surgeon who was not involved, | called it …" is
    a subject with its apposition, no clause that anyone said (asked when the cue has an object of its own: a
    cue with none may report a noun phrase, "Onder meer de steun die het krijgt, noemde ze")."""
    return any(("Fin" in view.verb_forms[t] or view.pos[t] == "AUX") and not view.in_relative_clause(t, a_tok, b_tok)
               for t in range(a_tok, b_tok))


def _sentence_with_final_quote(view: TextView, cue: Token) -> tuple[int, int, str] | None:
    """'De brug blijft dicht, omdat de pijlers “ernstig” zijn aangetast, “waardoor elk voertuig een risico is”,
    zegt de ingenieur': the quote before the cue goes on with the sentence it ends (it opens with a lower-case
    word, after words of the same sentence), so the whole sentence up to the quote is the statement, mixed."""
    q = _quote_before(view, cue)
    if q is None or not view.text[q.start:q.start + 1].islower():
        return None
    s_a = view.sentence_chars(view.sentence_of[cue.i])[0]
    a, b = view.trim(s_a, q.outer_end)
    before = view.text[a:q.open]
    if any(ch in before for ch in ".!?\n") or len(before.split()) < 2 \
            or len(before.split()) == 2 and not _pronoun_and_finite_verb(view, a, q.open):
        return None  # (two words only as a subject pronoun and its verb: 'Die heeft "geen enkele aanwijzing",
        # schrijft de minister')
    return a, b, "trailing"


def _pronoun_and_finite_verb(view: TextView, a: int, b: int) -> bool:
    """The characters [a, b) are two words: a pronoun and a finite verb that is no cue ("Die heeft", "She has")."""
    rng = view.span_range(a, b)
    if rng is None:
        return False
    words = [k for k in range(*rng) if not view.puncts[k] and not view.spaces[k]]
    return len(words) == 2 and view.pos[words[0]] == "PRON" and view.finite[words[1]] \
        and view.pos[words[1]] in ("VERB", "AUX") and cue_of(view.doc[words[1]], view) is None


def _cue_tokens(view: TextView, tok: Token, entry: CueEntry) -> list[Token]:
    """The cue word with its particle or partner verb right beside it ("maakte bekend", "laat weten")."""
    if entry.partner:
        doc = view.doc
        forms = _partner_forms(entry, view.lang)
        partner = [c for c in doc[max(0, tok.i - 4): tok.i + 9] if c.lower_ in forms]
        if partner and abs(partner[0].i - tok.i) == 1:
            return [tok, partner[0]]
    return [tok]


def _says_nothing(view: TextView, content: tuple[int, int, str], entry: CueEntry) -> bool:
    """An infinitive after a cue that is an appeal or an action, not something said: "roept getuigen op zich te
    melden", "urged people to stay home"; "continued to monitor", "agreed to support"; or a no-comment ("zegt
    niets te kunnen melden", the language's ``no_comment``)."""
    words = " ".join(view.text[content[0]:content[1]].lower().split()) + " "
    first, _, rest = words.partition(" ")
    pronouns, no_comments = _no_comment_words(view.lang)
    starts = [words] + ([rest] if first in pronouns else [])  # ("it had nothing to add")
    if any(w.startswith(no_comments) for w in starts):
        return True  # "zegt niets te kunnen melden": a no-comment, evidence on what it concerns
    return content[2] == "infinitive" and (
        entry.type == "directive" or len(view.text[content[0]:content[1]].split()) < 3
        or entry.lemma in view.lang.words("non_infinitive_cues"))


@lru_cache(maxsize=None)
def _no_comment_words(lang: LangData) -> tuple[frozenset[str], tuple[str, ...]]:
    """For ``_says_nothing``: the subject pronouns and first-person words together, and the language's
    ``no_comment`` phrases each with the space that must follow it (one ``str.startswith`` asks them all)."""
    return (frozenset(lang.get("subject_pronouns", {})) | lang.words("first_person"),
            tuple(p + " " for p in lang.get("no_comment", [])))


def _generic_holder(view: TextView, cue: Token) -> bool:
    """The holder of an opinion cue is nobody in particular: a generic pronoun as its subject ("everyone",
    "nobody", "niet iedereen", "men"), or a negated noun as its subject or as the noun its relative clause hangs
    on ("Geen havenmeester die erover denkt …", "No harbour master thinks …")."""
    generic = view.lang.words("generic_pronouns")
    if any(c.dep_ in view.deps.subject and (c.lower_ in generic or _nobody(view, c)) for c in cue.children):
        return True
    return cue.dep_ in view.deps.noun_clause and cue.head.pos_ in ("NOUN", "PROPN") and _nobody(view, cue.head)


def _reduced_passive(view: TextView, tok: Token, entry: CueEntry) -> bool:
    """A cue of the language's ``passive_infinitive_cues`` right after a noun, with no auxiliary, followed by an
    infinitive ("two trawlers believed to be missing", "a man thought to be the owner"): a passive participle
    on the noun, which these verbs cannot be in the active ("X believed to be" is no sentence)."""
    if entry.lemma not in view.lang.words("passive_infinitive_cues") or tok.i < 1:
        return False
    if any(c.dep_ in view.deps.any_auxiliary for c in tok.children):
        return False
    nxt, pos = tok.i + 1, view.pos
    verb = nxt + 2 if nxt + 2 < len(pos) and pos[nxt + 1] == "PART" else nxt + 1  # ("reported to not be …")
    before = tok.i - 1
    return (pos[before] in ("NOUN", "PROPN") or pos[before] == "PRON"
            and view.lowers[before] not in view.lang.get("subject_pronouns", {})) and verb < len(pos) \
        and view.lowers[nxt] in view.lang.words("infinitive_markers") and pos[verb] in ("VERB", "AUX")
    # (not "his daughter reported to the police that …": a preposition and its noun; "those known to be
    # infected", a pronoun that is no subject, carries the participle as a noun does)


def _conditional(view: TextView, i: int) -> bool:
    """The cue verb at ``i`` heads a clause that a conditional marker of the language opens (``conditional_markers``:
    "if a doctor said …", "indien de arts verklaart …"): a condition, not a report."""
    markers = view.lang.words("conditional_markers")
    return bool(markers) and any(view.dep[c] in view.deps.marker and c < i and view.lowers[c] in markers
                                 for c in view.children(i))


def _possible_in_relative_clause(view: TextView, i: int) -> bool:
    """The cue verb at ``i`` heads a relative clause with an auxiliary of the language's ``possibility_modals``
    ("tests that could confirm the presence of the virus", "een scan die kan bevestigen dat …"): what the noun may
    show, not a report; but a person or body can confirm ("a spokesman, who could confirm only two arrests")."""
    modals, deps = view.lang.words("possibility_modals"), view.deps
    if view.dep[i] not in deps.relative_clause or not any(
            view.dep[c] in deps.any_auxiliary and (view.lemmas[c] in modals or view.lowers[c] in modals)
            for c in view.children(i)):
        return False
    noun = view.heads[i]
    return not (view.pos[noun] in ("PROPN", "PRON") or view.lemmas[noun] in view.lang.union(
        "role_nouns", "anonymous_nouns", "group_nouns", "organization_nouns"))


def _reduced_passive_relative(view: TextView, i: int) -> bool:
    """The cue verb at ``i`` is a past participle set off after a noun, with its infinitive right after it and no
    subject of its own ("The trial, expected to last three weeks, continues"): what is expected or said of the noun,
    which is no source; no statement (but "Giuliani, claiming to represent …": a gerund, his claim)."""
    markers = view.lang.words("infinitive_markers")
    dep, deps = view.dep, view.deps
    # (a subject before the comma does not count: the parser may make the noun there the participle's subject, "The
    # new bridge, expected to open …")
    return i >= 2 and view.texts[i - 1] == "," and view.pos[i - 2] in ("NOUN", "PROPN") \
        and (dep[i] in deps.clausal_modifier or dep[i] in deps.adverbial_clause) and "Past" in view.tenses[i] \
        and i + 1 < len(view.lowers) and view.lowers[i + 1] in markers \
        and not any(dep[c] in deps.subject and c >= i for c in view.children(i))


def cue_verb_statements(view: TextView, found: _Found) -> None:
    """Rule 1: every cue verb outside quotes with its content (complement, infinitive, trailing or anaphoric) and
    its speaker; a bare cue next to a quote offers itself to that quote."""
    quote_of = view.quote_of  # (no token but those ``lexical_cues`` marks is a cue; it marks only a cue's parts of
    # speech: the same tokens, in the same order, as those of ``outside_quotes_with_pos(CUE_POS)`` it marks)
    for tok in map(view.doc.__getitem__, [i for i in _lexical_cue_indices(view) if quote_of[i] < 0]):
        entry = _reporting_cue(view, tok)
        if entry is None or _question_frame(view, tok.i) or _conditional(view, tok.i) \
                or _reduced_passive_relative(view, tok.i) or _possible_in_relative_clause(view, tok.i):
            continue  # ("Asked if he would resign, the minister replied: …": the question asked, not a report;
            # "only if a doctor said the mother was in danger": a condition, nothing said; "a test that could
            # confirm the virus is in the river": what a thing may one day show, nothing said)
        if _relayed_object(view, tok.i) is not None:
            continue  # "cited engineers as saying …": the gerund reports the engineers' words
        sentence = view.sentence_chars(view.sentence_of[tok.i])
        content, anaphoric = _cue_content(view, tok, entry)
        rng = (content[0], content[1]) if content else None
        if rng is not None and content[2] == "parenthetical_cue":
            rng = (rng[0], view.text.rindex(",", rng[0], tok.idx))  # (the subject before the cue clause is no
            # speaker: "Prosecutors, the lawyer said, have …")
        elif rng is not None and rng[0] <= tok.idx < rng[1]:
            rng = None  # a parenthetical cue inside its content ("X is, zo zegt Y, …"): Y is outside the clause
        owner = _partner_of_cue_before(view, tok.i)
        # ("De familie laat in een verklaring weten: …": "weten" speaks for the subject of "laat", not "verklaring")
        speaker = find_speaker(view, view.doc[owner] if owner is not None else tok, rng)
        if entry.lemma in view.lang.words("outlet_cues") and not _outlet_like(view, speaker):
            continue  # "Residents understand that …": only a news organisation or a named source learns a story
        if speaker is not None and entry.lemma in view.lang.words("display_cues") \
                and view.lemmas[speaker.i] in view.lang.words("visual_media_nouns"):
            continue  # "Footage from the scene showed the car burning": what a picture shows is the reporter's
            # description of it, nobody's statement (but "according to videos posted online, …" is a report)
        att = _attribution(view, _cue_tokens(view, tok, entry), entry.lemma, entry.type, speaker, "", sentence, rng)
        if att.negated and (entry.type in ("speech", "opinion", "directive")
                            or entry.type == "confirm" and speaker is None):
            continue  # "wilde niet zeggen of …", "did not say whether …": nothing was stated ("it is not possible to
            # verify the tolls": nobody confirms anything)
        if att.negated and entry.type == "confirm" and content is not None and content[1] <= tok.idx:
            continue  # "Volgens buren gaat het om een man, de brandweer kan dat niet bevestigen": what the cue does not
            # confirm stands before it and is someone else's words (evidence for them, no statement of its own)
        if entry.type == "opinion" and _generic_holder(view, tok):
            continue  # "Not everyone is convinced that …", "Niemand gelooft dat …": nobody's view in particular
        if content is not None and _says_nothing(view, content, entry):
            content = None
        if content is not None and _reduced_passive(view, tok, entry):
            continue  # "two trawlers believed to be missing returned …": nobody states it here
        if content is not None and entry.lemma in view.lang.words("risk_cues") \
                and _infinitival(view, content[0], content[1]) and (
                view.lang.get("risk_cues_always_aspectual") or speaker is None or not source_like(view, speaker)
                or any(view.lowers[k] in view.lang.words("non_speaker_labels") for k in range(*view.np_range(speaker)))):
            continue  # "Het dorpshuis dreigt te sluiten", "The strike threatens to disrupt services": a risk, no
            # threat anybody uttered (but "The firm threatens to sue": a person or body threatens)
        if content is not None and tok.idx < content[0] < att.cue_end <= content[1]:
            # "wijst erop dat …": the cue's partner opened the parsed clause; the content starts after the cue
            # and its complementizer
            rest = [t for t in view.span(att.cue_end, content[1]) or () if not t.is_space]
            if rest and rest[0].lower_ in view.lang.words("complementizers"):
                rest = rest[1:]
            if rest:
                content = (*view.trim(rest[0].idx, content[1]), content[2])
        if content is not None and tok.idx < content[0]:
            content = _after_pronominal_adverbs(view, content, entry)
        if content is not None and speaker is None and content[1] <= tok.idx:
            swallowed = _source_swallowed_by_content(view, content, tok)
            if swallowed is not None:  # "…, has died, rowing federation Oar League (OL) announced": the parser
                content, speaker = swallowed  # hung the source on the content, and gave the cue no subject
                rng = (content[0], content[1])
                att = _attribution(view, _cue_tokens(view, tok, entry), entry.lemma, entry.type, speaker, "",
                                   sentence, rng)
        if content is not None and speaker is not None:
            content = _content_to_source_comma(view, content, speaker, tok)
        if content is not None:
            content = _before_main_clause(view, content, tok)
            content = _after_colon_frame(view, content, tok)
            more = _coordinated_complements(view, tok, content)
            if more:  # "said X and that Y" with Y hung on the cue: one statement from X to the end of Y
                content = (content[0], max(content[1], more[-1][1]), content[2])
            found.add_content(content, att, tok.idx)
            if content[1] <= tok.idx and entry.type in ("speech", "admit", "opinion"):
                _offer_second_half(view, found, tok, att)  # (also '"I don't know," she admitted, "but …"')
        elif anaphoric is not None:
            att.sentence = (anaphoric[0], sentence[1])
            found.add_content(anaphoric, att, tok.idx)
        elif entry.lemma not in view.lang.words("complement_only_cues"):
            _offer_adjacent_quotes(view, found, tok, att)


def _after_pronominal_adverbs(view: TextView, content: tuple[int, int, str], entry: CueEntry) -> tuple[int, int, str]:
    """Content after the cue that opens with adverbs, prepositions or pronouns (or the cue's partner) and then a
    complementizer within its first four words ("wijst er op dat …", "rekent er op dat …"): the clause after the
    complementizer."""
    head = [t for t in view.span(content[0], content[1]) or () if not t.is_space][:5]
    comp = next((k for k, t in enumerate(head[:4]) if t.lower_ in view.lang.words("complementizers")
                 and t.dep_ not in view.deps.core_nominal), None)  # (not a demonstrative object: "dat hij dat wil")
    if not comp or comp + 1 >= len(head) or not all(
            t.pos_ in ("ADV", "ADP", "PRON") or t.lower_ == entry.partner for t in head[:comp]):
        return content
    a, b = view.trim(head[comp + 1].idx, content[1])
    return (a, b, content[2]) if b > a else content


def _source_swallowed_by_content(view: TextView, content: tuple[int, int, str],
                                 cue: Token) -> tuple[tuple[int, int, str], Token] | None:
    """A cue with no subject whose content runs up to it, and whose last words after a comma are a noun phrase
    that ends with a source and has no verb but a modifier ("…, has died, rowing federation Oar League (OL)
    announced"): that noun phrase is the source, the content ends at the comma. (content, the source's head)."""
    rng = view.span_range(content[0], content[1])
    if rng is None or view.text[content[1]:cue.idx].strip(" )") or rng[1] > cue.i:
        return None
    a_tok, b_tok = rng
    comma = next((k for k in range(b_tok - 1, a_tok, -1) if view.texts[k] == ","), None)
    if comma is None or comma - a_tok < 3:
        return None
    words = [k for k in range(comma + 1, cue.i) if not view.puncts[k]]
    if not words or len(words) > 10 or any(view.quote_of[k] >= 0 for k in words):
        return None
    if any(view.pos[k] in ("VERB", "AUX") and not _verb_on_source_noun(view, k, cue.i)
           or view.pos[k] not in ("VERB", "DET", "ADJ", "NOUN", "PROPN", "NUM") for k in words):
        return None
    depth, head = 0, None
    for k in range(cue.i - 1, comma, -1):  # the last word outside brackets is the head
        depth += view.texts[k] == ")"
        if depth == 0 and not view.puncts[k]:
            head = k
            break
        depth -= view.texts[k] == "(" and depth > 0
    if head is None or not _source_like_at(view, head):
        return None
    a, b = view.trim(content[0], view._starts[comma])
    return ((a, b, content[2]), view.doc[head]) if b - a > 3 else None


def _content_to_source_comma(view: TextView, content: tuple[int, int, str], speaker: Token,
                             cue: Token) -> tuple[int, int, str]:
    """In trailing word order (content, comma, source, cue: "The plant will close in May, company spokesman John
    Smith said") the content runs to the last comma before the source's noun phrase when no verb stands between
    that comma and the source: words the parser hung on the source ("May" read as a compound of "spokesman") are
    the content's, and a title the parser hung on the content ("…, her record label Bluebird Music announced") is
    the source's."""
    a, b, how = content
    s_a = view.np_range(speaker)[0]
    start = view._starts[s_a]
    if not (a < b <= start < cue.idx) or view.sentence_of[s_a] != view.sentence_of[cue.i] or view.in_quote(speaker):
        return content
    if any(view.quote_of[k] >= 0 for k in range(s_a, cue.i)):
        return content
    first = view.span_range(a, b)
    if first is None:
        return content
    comma = next((k for k in range(s_a - 1, first[0], -1) if view.texts[k] == ","), None)
    if comma is None:
        return content
    between = range(comma + 1, s_a)
    if any(view.pos[k] in ("VERB", "AUX") or view.puncts[k] or view.quote_of[k] >= 0 for k in between):
        return content  # ("The plant, which employs 200, will close, she said": a clause stands between)
    if any(view.pos[k] in ("VERB", "AUX") or view.texts[k] in (";", ":") or view.quote_of[k] >= 0
           for k in range(first[1], comma)):
        return content  # (more than the content's own words between its end and the comma)
    new_b = view.trim(a, view._starts[comma])[1]
    return content if new_b == b or new_b <= a else (a, new_b, how)


def _question_frame(view: TextView, i: int) -> bool:
    """The cue at token i opens its sentence with no subject, right before an interrogative complementizer: "Asked
    if he would resign, …", "Gevraagd of hij aftreedt, …"."""
    a_tok = view.sentences[view.sentence_of[i]][0]
    first = next((k for k in range(a_tok, i + 1) if not view.spaces[k] and not view.puncts[k]), None)
    return first == i and i + 1 < len(view.lowers) \
        and view.lowers[i + 1] in view.lang.words("interrogative_complementizers") \
        and not any(view.dep[c] in view.deps.subject and c < i for c in view.children(i))


def _before_main_clause(view: TextView, content: tuple[int, int, str], cue: Token) -> tuple[int, int, str]:
    """Content of a cue in an adverbial clause that opens the sentence ("After the minister claimed that prices
    would fall, | shares rose sharply"): it ends before the main clause that follows, whose verb the clause hangs
    on (the main clause's first word after the cue, outside the cue's own words)."""
    ci, heads = cue.i, view.heads
    main = heads[ci]
    if view.dep[ci] not in view.deps.adverbial_clause or main <= ci or view.pos[main] not in ("VERB", "AUX"):
        return content
    start = view.sentences[view.sentence_of[ci]][0]
    if not any(view.dep[c] in view.deps.marker and c == start for c in view.children(ci)):
        return content  # (only a clause its subordinator opens at the sentence's start: "After …, …")
    own = set(view.subtree(ci))
    first = next((k for k in view.subtree(main) if k > ci and k not in own and not view.puncts[k]), None)
    if first is None or view._starts[first] >= content[1] or view._starts[first] <= content[0] \
            or view.texts[first - 1] != ",":
        return content  # (the main clause opens after the comma that closes the subordinate one)
    a, b = view.trim(content[0], view._starts[first])
    return (a, b, content[2]) if b - a > 3 else content


def _after_colon_frame(view: TextView, content: tuple[int, int, str], cue: Token) -> tuple[int, int, str]:
    """Content before the cue that is a colon frame and the quote it introduces, the quote reaching the content's
    end ('Mayor Kerr replied to the critics: "This is unacceptable," she said', 'Kok reageerde: "Dit kan niet,"
    zei hij'): the quote is what the cue reports; the frame only introduces it."""
    a, b, via = content
    if b > cue.idx or ":" not in view.text[a:b]:
        return content  # (no colon, no frame: the quotes are not scanned)
    framed = next((q for q in view.quotes if q.close is not None and q.depth == 0 and a < q.open < b
                   and not view.text[q.outer_end:b].strip(" ,") and view.text[a:q.open].rstrip().endswith(":")), None)
    return (framed.open, b, via) if framed is not None else content


def _coordinated_complements(view: TextView, cue: Token, content: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """"said the junction was dangerous and that residents had warned about it": a clause after the content,
    coordinated with it and opened by a complementizer, that the parser hung on the cue as a conjunct of its own:
    the cue reports it too, in one statement with the first clause."""
    comps = view.lang.words("complementizers") - view.lang.words("interrogative_complementizers")
    deps, dep, lowers = view.deps, view.dep, view.lowers
    out = []
    for c in view.children(cue.i):
        if c <= cue.i or dep[c] not in deps.conjunct or view.quote_of[c] >= 0 or view._starts[c] < content[1]:
            continue
        mark = next((m for m in view.children(c) if dep[m] in deps.marker and lowers[m] in comps and m < c), None)
        if mark is None or not any(dep[k] in deps.subject for k in view.children(c)):
            continue
        a, b = view.trim(view._ends[mark], view._ends[max(view.subtree(c))])
        if b - a > 3:
            out.append((a, b, "complementizer"))
    return out


def _offer_second_half(view: TextView, found: _Found, tok: Token, att: Attribution) -> None:
    """'"…," Tom Reed told the Guardian, "and nobody has apologised."': a quote split by a cue and its listener,
    whose first half is the cue's content: the quote that opens right after the cue's comma-closed phrase (or after
    its comma and a coordinator: '…, zegt Jansen, maar "…"') is the second half, the same speaker's (found by the
    parse, the second half is no clause of the cue)."""
    end = tok.idx + len(tok)
    for qi, q in enumerate(found.quotes):
        if q.open < end or q.close is None:
            continue
        gap = view.text[end:q.open]
        words = gap.split()
        if words and words[-1].lower() in view.lang.words("coordinators"):
            gap = gap[:gap.rstrip().rfind(words[-1])]  # ('…, zegt Jansen, maar "…"': the quote after its "but")
        if gap.rstrip().endswith(",") and len(gap.split()) <= 6 and not any(ch in gap for ch in ".!?;:\n\"“”„"):
            found.offer_quote(qi, q.open - tok.idx, replace(att, via="adjacent"))
        break


NEAR_QUOTE = 600  # characters: more than the six or seven words a cue may stand from a quote outside its sentence


def _offer_adjacent_quotes(view: TextView, found: _Found, tok: Token, att: Attribution) -> None:
    """A bare cue next to a quote in its sentence: 'zegt hij: "…"', '"…" zegt hij'; not a participle that names
    the noun before it ('a film called "…"', 'een groep genaamd "…"': a title)."""
    i = tok.i
    if view.dep[i] in view.deps.clausal_modifier and view.pos[view.heads[i]] in ("NOUN", "PROPN") \
            and view.lowers[i] in view.lang.words("title_markers"):
        return
    comps = view.lang.words("complementizers")
    named = _name_after_quote(tok, view)
    sentence = view.sentence_of[i]
    for qi, q in enumerate(found.quotes):
        if (q.open > tok.idx + NEAR_QUOTE or q.outer_end < tok.idx - NEAR_QUOTE) \
                and sentence not in found.quote_sentences(qi):
            continue  # (every test below needs the quote in the cue's sentence or a few words from it: a far quote
            # is skipped before the text between is read, so a long text costs linear time)
        if named is not None and q.close is not None and q.outer_end <= named.idx \
                and (all(w[:1].isupper() for w in view.text[q.outer_end:named.idx].strip(" ,\n").split())
                     or named.i + 1 == tok.i and len(view.text[q.outer_end:named.idx].split()) <= 7
                     and not any(ch in view.text[q.outer_end:named.idx] for ch in ".!?;:\n\"“”")) \
                and (len(view.text[q.start:q.end].split()) >= 4 or named.i + 1 == tok.i):
            # '"…," Mira Coles, an ecologist at …, told the Island Gazette': the name stands between, whatever the parse
            att.via = "adjacent"
            found.offer_quote(qi, tok.idx - q.open, att)
            continue
        gap_to_colon = view.text[tok.idx + len(tok):q.open].rstrip()
        colon_frame = tok.idx < q.open and gap_to_colon.endswith(":") and len(gap_to_colon.split()) <= 6 \
            and not any(ch in gap_to_colon for ch in ".!?;\n")  # 'zei een student het hardop: "…"'
        colon_frame = colon_frame or tok.idx < q.open and _bare_frame(view, tok, q)
        right_after = q.close is not None and tok.idx >= q.outer_end and "," in view.text[q.end - 1:tok.idx] \
            and not view.text[q.outer_end:tok.idx].strip(" ,") and view.paragraph(q.outer_end) == view.paragraph(tok.idx)
        # ('"…," said Labour councillor Nadia Shah.': the parser may split the sentence after the quote)
        if not right_after and q.close is not None and tok.idx >= q.outer_end and q.end > q.start \
                and view.text[q.end - 1] in "?!" and view.paragraph(q.outer_end) == view.paragraph(tok.idx) \
                and view.sentence_chars(sentence)[0] <= q.outer_end + 1 \
                and not any(ch in view.text[q.outer_end:tok.idx] for ch in ".!?;:\n\"“”"):
            right_after = True  # ('"Who would steal a pier?" Holt said.': the sentence splitter starts a new
            # sentence after a question or exclamation in quotes; the short cue clause there is its frame)
        if colon_frame or right_after or view.sentence_of[tok.i] in found.quote_sentences(qi):
            before = tok.idx < q.open
            gap = view.text[tok.idx + len(tok):q.open] if before else view.text[q.outer_end:tok.idx]
            if (len(gap.split()) <= 6 or not before and _speaker_fills_gap(view, att, q.outer_end, tok.idx)
                    or before and _phrases_before_quote(view, gap, tok.idx + len(tok), q.open)) \
                    and not any(w.lower() in comps for w in gap.split()):
                att.via = "adjacent"
                found.offer_quote(qi, (q.outer_end - tok.idx) if before else (tok.idx - q.open), att)


def _phrases_before_quote(view: TextView, gap: str, a: int, b: int) -> bool:
    """Between a cue and the quote after it (the text ``gap``, characters a…b), a longer stretch of phrases with no
    verb that ends in a comma: the listener and where or how the words were said ('told a guard at the door, in
    French and English, "…"')."""
    if not gap.rstrip().endswith(",") or len(gap.split()) > 14 or any(ch in gap for ch in ".!?;:\n\"“”„"):
        return False
    rng = view.span_range(a, b)
    return rng is not None and not any(view.pos[k] in ("VERB", "AUX") for k in range(*rng))


def _bare_frame(view: TextView, tok: Token, q) -> bool:
    """A whole quoted sentence right after its cue, with no colon or comma between, at most a listener
    ('vertelde "We hebben geen geld meer."', 'zei tegen de raad "…"', 'told the jury "…"'): the quote is the cue's
    content, wherever the sentence splitter put it."""
    end = tok.idx + len(tok)
    gap = view.text[end:q.open]
    if any(ch in gap for ch in ".!?;:,\n\"“”„'‘’«»") or len(gap.split()) > 5 or not _sentence_quote(view, q):
        return False
    rng = view.span_range(end, q.open) if gap.strip() else None
    return rng is None or _listener_phrase(view, *rng)


def _speaker_fills_gap(view: TextView, att: Attribution, a: int, b: int) -> bool:
    """Between a quote and its trailing cue (characters [a, b)) stand at most twelve words, the cue's speaker among
    them, with no verb and no sentence mark ('"…," the ministry's chief medical officer, Lena Park, told
    reporters'): a role and a name, however long, not a clause."""
    gap = view.text[a:b]
    if len(gap.split()) > 12 or any(ch in gap for ch in ".!?;:\n") or att.speaker is None:
        return False
    rng = view.span_range(a, b)
    if rng is None or not rng[0] <= att.speaker[0] < rng[1]:
        return False
    return not any(view.pos[k] in ("VERB", "AUX") for k in range(*rng))


def source_phrase_statements(view: TextView, found: _Found) -> None:
    """Rule 2: source phrases ("volgens X", "aldus X", "according to X") attribute their sentence, the clause
    before them or the quote they follow."""
    doc = view.doc
    for phrase in view.lang["cue_prepositions"]:
        words = phrase["words"]
        n = len(words)
        for i in view.phrase_starts(words):
            if view.in_quote(doc[i]):
                continue
            j = i + n
            if j >= len(doc):
                continue
            if phrase.get("needs_owner") and not _phrase_object_fits(view, j, frozenset(phrase["object_nouns"])):
                continue  # (a phrase on a common preposition, "in", is looked at only before its nouns)
            s = view.sentence_of[i]
            source = _phrase_source(view, phrase, i, j, view.sentences[s])
            if source is None:
                continue
            speaker_range, subj, phrase_end = source
            s_a, s_b = _source_phrase_sentence(view, i, s)
            cue_span = (doc[i].idx, doc[i + n - 1].idx + len(doc[i + n - 1]))
            unnamed = subj.lower_ in phrase.get("object_nouns", ())  # "by reports", "by all accounts": no one named
            att = Attribution(cue_span[0], cue_span[1], phrase["lemma"], "source", None if unnamed else speaker_range,
                              None if unnamed else subj.i, False, "source", (s_a, s_b))
            if _relative_source(view, phrase, j):
                # "…, according to which …": the relative clause after the phrase (up to its comma)
                start = view._ends[phrase_end - 1]
                comma = next((k for k in range(phrase_end, view.sentences[s][1]) if doc[k].text == ","
                              and view.quote_of[k] < 0), None)
                content = (*view.trim(start, view._starts[comma] if comma is not None else s_b), "source")
            else:
                content = _source_phrase_content(view, doc[i].idx, view.span_chars(i, phrase_end)[1], s_a, s_b)
                outer = next((c for c in found.claims if c.cue is not None and c.cue.span.end <= c.span.start
                              and c.span.start <= doc[i].idx < c.span.end), None)
                if outer is not None:  # "She said that, in her view, the plan was flawed", "He said that,
                    # according to police, …": inside a cue's reported clause, the phrase attributes that clause at most
                    content = (*view.trim(max(content[0], outer.span.start), min(content[1], outer.span.end)), "source")
            if any(content[0] <= a.cue_start < content[1] and a.cue_type == "speech"
                   and found.quotes[qi].open <= content[0] + 1
                   for qi in found.quotes_in(content[:2]) for _, a in found.direct.get(qi, ())):
                continue  # '"…," said Ross Hale, according to the Herald': the quote is Hale's, framed by its own
                # cue; the outlet only reports where it was said
            if content[1] - content[0] > 3:
                found.add_content(content, att, doc[i].idx)


def _relative_source(view: TextView, phrase: dict, j: int) -> bool:
    """A relative pronoun right after a source phrase ("…, according to which …", the language's
    ``relative_source_pronouns``): the phrase's source is the noun before it (``_phrase_source``), its content the
    relative clause. Not for a phrase whose source is the sentence's subject or whose object must be one of its
    nouns ("by which")."""
    return not phrase.get("self") and not phrase.get("object_nouns") \
        and view.lowers[j] in view.lang.words("relative_source_pronouns")


def _phrase_source(view: TextView, phrase: dict, i: int, j: int, sentence: tuple[int, int]):
    """(speaker token range, speaker head, end of the phrase) of a source phrase at tokens [i, j), or None."""
    doc, lang = view.doc, view.lang
    a_tok, b_tok = sentence
    if phrase.get("self"):
        subjects = [t for t in doc[a_tok:b_tok] if t.dep_ in view.deps.subject and not view.in_quote(t)]
        subj = next((t for t in subjects if source_like(view, t)), subjects[0] if subjects else None)
        return None if subj is None else (view.np_range(subj), subj, j)
    if _relative_source(view, phrase, j):
        # "a maritime agreement, according to which a section would cross …", "de minister, volgens wie …": the
        # noun the pronoun stands for
        k = i - 2 if i > 1 and doc[i - 1].text == "," else i - 1
        if k < a_tok or doc[k].pos_ not in ("NOUN", "PROPN"):
            return None
        return view.np_range(doc[k]), doc[k], j + 1
    head = _phrase_object(view, i, j, b_tok)
    if head.pos_ not in ("NOUN", "PROPN", "PRON", "X", "VERB", "ADJ") and not head.text[:1].isupper():
        return None
    owner = _noun_owner(view, head) if phrase.get("needs_owner") else None
    if phrase.get("object_nouns") and (head.lower_ not in phrase["object_nouns"] or head.i - j > 5 or (
            head.i + 1 < b_tok and doc[head.i + 1].lower_ in lang.union("content_prepositions", "complementizers")
            and owner is None)):
        return None  # "by reports", "by the council's reckoning" — not "by the river", not an agent, not
        # "damaged by reports of a storm" nor "stunned by reports that the plant would close" (the noun's own
        # content follows it; but "in the view of the court": the owner follows it)
    if phrase.get("needs_owner"):  # "In her view, …", "naar zijn mening …", "in the eyes of the court": the owner
        if owner is None or head.i - j > 3 or owner.lower_ in lang.words("first_person"):
            return None  # (not "in view of the costs", "in the eyes", nor the writer's own "in my view")
        if owner.i < head.i:
            own = (owner.i, owner.i + 1) if owner.lower_ in lang.get("pronoun_forms", {}) else _owner_range(view, owner)
            return own, owner, head.i + 1
        a, b = view.np_range(owner)
        end = max(b, owner.right_edge.i + 1)
        comma = next((k for k in range(b, end) if view.texts[k] == ","), None)
        return (a, b), owner, end if comma is None else comma  # (the owner's phrase ends at its comma: "In the
        # analysis of the institute, the high costs …" with the clause's subject parsed onto the owner)
    if phrase.get("needs_name") and not (head.pos_ == "PROPN" or head.text[:1].isupper() or source_like(view, head)):
        return None  # "per the ministry", "per Reuters", but not "120 miles per hour"
    possessor = next((c for c in head.children if c.lower_ in lang.get("pronoun_forms", {})), None)
    non_sources = lang.words("non_source_nouns")
    if (norm_lemma(head) in non_sources or norm_lemma(head).endswith(long_nouns(non_sources))) and possessor is None:
        return None  # "volgens plan", "according to the rules", "volgens het evacuatieprotocol" (a compound ending in
        # one of more than four letters)
    rng = _before_listeners(view, view.np_range(head), head)
    k = head.i
    while k - 1 >= j and (doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or k - 1 == j
                          and doc[k - 1].pos_ == "VERB" and "Inf" in view.verb_forms[k - 1]
                          and view.is_lowers[k - 1]) and not view.in_quote(doc[k - 1]):
        k -= 1  # ("according to security officials" with "security" parsed into the phrase: it is the source's;
        # "according to court documents" with "court" read as an infinitive after "to")
    rng = (min(rng[0], k), rng[1])
    joined = _hyphen_compound_end(view, rng[1], b_tok)
    if joined is not None and rng[1] - 1 == head.i:
        rng, head = (rng[0], joined), doc[joined - 1]  # "According to flight-tracking data, …", "Kremlin-backed
        # broadcaster RT": the parse stopped at the hyphen, the phrase goes on to its noun
    if i == a_tok:
        verb = next((m for m in range(head.i + 1, rng[1]) if _verb_read_as_possessive(view, m)), None)
        if verb is not None:
            rng = (rng[0], verb)  # "Volgens onderzoeker Jan de Boer zijn muizen …": after the fronted phrase the
            # finite verb, not "Jan de Boer's mice"
    if head.i == j and head.i + 1 < rng[1] and (doc[head.i + 1].pos_ in ("DET", "PRON") or head.pos_ == "VERB"
                                                and doc[head.i + 1].pos_ in ("VERB", "AUX")):
        rng = (rng[0], head.i + 1)  # "volgens ingewijden een Duitse koper …", "according to police fled …": the
        # bare noun alone
    if i > a_tok and doc[i - 1].text not in (",", "(", "–", "—") and any(
            _finite(t) for t in doc[a_tok:i]):
        rng = _before_predicate(view, rng, head)  # (not "…, according to people familiar with the matter")
    times = lang.words("time_words")
    phrase_end = None
    while rng[1] - 1 > head.i and rng[1] < b_tok and doc[rng[1]].lower_ in times \
            and doc[rng[1] - 1].pos_ in ("ADJ", "DET"):
        phrase_end = rng[1] + 1  # "a poll published by NBC News | last week": the time phrase ends the source phrase
        rng = (rng[0], rng[1] - 1)  # but is not the source's
    while rng[1] - 1 > head.i and doc[rng[1] - 1].pos_ == "ADP":
        rng = (rng[0], rng[1] - 1)  # ("een peiling van Ipsos van | vorige week": no source ends in a preposition)
    listed = _with_conjuncts(view, head, rng, None)
    if listed != rng and (all(view.pos[k] == "PROPN" or view.puncts[k] or view.lowers[k] in lang.words("coordinators")
                              for k in range(listed[0], listed[1]) if not rng[0] <= k < rng[1])
                          and any(view.pos[k] == "PROPN" for k in range(*rng))
                          or not any(view.texts[k] == "," for k in range(*listed))):
        rng = listed  # "Volgens Jansen, Bakker en Visser is …", "volgens de politie en de brandweer": the list
        # together (names only past a comma: "According to the researchers, sacrifice and mummification … was"
        # is the clause after the phrase)
    speaker_range = (max(rng[0], j), max(rng[1], j + 1))
    named = _name_in_apposition(view, head, speaker_range[1], b_tok)
    if named is not None:  # "According to his agent, Tom Lee, the striker …", "Volgens zijn sponsor, jachtwerf
        # Dekker, kost …": the name the apposition gives is the source, and the phrase ends at its comma
        a, b, close = named
        return (a, b), doc[b - 1], close + 1
    lemma = norm_lemma(head)
    if possessor is not None and lemma not in lang.union("document_nouns", "report_nouns", "statement_nouns") and (
            lemma in lang.union("role_nouns", "anonymous_nouns", "organization_nouns", "group_nouns", "kin_nouns")
            or lemma in _gendered_words(lang)
            or lemma.endswith(tuple(lang.words("role_suffixes")) + tuple(lang.words("person_suffixes")))):
        possessor = None  # "according to his publicist", "volgens zijn woordvoerder", "according to his family",
        # "her husband", "his club": the people or body, not "his"
    if possessor is not None and possessor.i == j and any(c.dep_ in view.deps.subject for c in head.children):
        # "Volgens haar klagen bewoners …": the "noun" has a subject, so it is the verb, and "haar" the source
        return (possessor.i, possessor.i + 1), possessor, possessor.i + 1
    if possessor is not None:
        # "volgens zijn berekening", "according to her estimate": the owner is the source; "X has cancelled all
        # sailings, according to its website": the owner is the sentence's subject, a source named in it
        subject = _sentence_subject_owning(view, i, speaker_range[1], sentence) \
            if lemma in lang.union("document_nouns", "report_nouns", "statement_nouns") else None
        if subject is not None:
            rng = _owner_range(view, subject) if view.dep[subject.i] in view.deps.possessive \
                else view.np_range(subject)  # ("The board's operations centre …": the board, without its clitic)
            return rng, subject, speaker_range[1]
        return (possessor.i, possessor.i + 1), possessor, speaker_range[1]
    owner = _noun_owner(view, head) if norm_lemma(head) in lang.words("report_nouns") else None
    author = _document_author(view, head, b_tok) if owner is None or owner.i < head.i else None
    if author is not None:
        # "according to a tweet on Friday by the minister", "according to a memo posted online by Senator X":
        # whoever wrote it (not "a notice seen by Reuters": who saw it did not write it)
        a, b, end = author
        return (a, b), doc[b - 1], _opening_phrase_end(view, end, b_tok) if i == a_tok else end
    if owner is not None and owner.i < head.i and view.dep[owner.i] in view.deps.possessive:
        # "according to the council's figures", "by NBC's reckoning": the owner, without its clitic
        return _owner_range(view, owner), owner, max(speaker_range[1], phrase_end or 0)
    if owner is not None and owner.i > head.i and any(t.text in (",", ";", ":")
                                                      for t in doc[head.i + 1:view.np_range(owner)[0]]):
        owner = None  # "According to reports, of the 40 passengers, 22 …": past the comma the clause has begun
    if owner is not None and owner.i > head.i:
        # "according to earlier reports by the Valley Courier and KRVN", "volgens berichten van de Dagkoerier":
        # the outlets
        a, b = view.np_range(owner)
        for c in owner.children:
            if c.dep_ in view.deps.conjunct and c.i > owner.i:
                b = max(b, view.np_range(c)[1])
        end = owner.right_edge.i + 1  # the owner's whole phrase ("by the Centre for Coastal Studies") ends it
        if any(t.text in (",", ";", ":") for t in view.doc[b:end]):
            end = b
        if i == a_tok:  # "According to a report by the Center for Systems Science, …": up to the comma
            end = max(end, next((t.i for t in doc[b:b_tok] if t.text == ","), end))
        return (a, b), owner, max(b, end, speaker_range[1])
    end = max(speaker_range[1], phrase_end or 0)
    return speaker_range, head, _opening_phrase_end(view, end, b_tok) if i == a_tok else end


def _document_author(view: TextView, head: Token, b_tok: int) -> tuple[int, int, int] | None:
    """Who wrote a document a source phrase names, by word order ("a tweet on Friday by the transport minister", "a
    memo posted online by Senator Tom Reyes", "een verklaring van burgemeester De Wit"): after the document noun
    (``document_nouns``), maybe a phrase of time (a preposition, then up to three words ending in a time word) or a
    participle of making it public (``publishing_participles``, maybe with an adverb), an author preposition
    (``author_prepositions``) and then a noun phrase up to a comma or a verb, that can be a source. Its token
    range and the end of the phrase (past a phrase of time after it: "by NBC News last week"), or None ("a notice
    seen by this newspaper": the reader, not the writer)."""
    lang = view.lang
    if norm_lemma(head) not in lang.words("document_nouns"):
        return None
    pos, lowers, lemmas = view.pos, view.lowers, view.lemmas
    times = lang.union("time_words", "time_adverbs")
    k = head.i + 1
    if k < b_tok and pos[k] == "ADP" and lowers[k] not in lang.words("author_prepositions"):
        k, past = _past_time_phrase(view, k, b_tok), k
        if k == past:
            return None  # (only a phrase of time may stand between: "on Friday", "op maandag")
    if k < b_tok and pos[k] == "VERB" and lemmas[k] in lang.words("publishing_participles"):
        k += 1
        while k < b_tok and pos[k] == "ADV":
            k += 1  # ("posted online")
    if k >= b_tok or lowers[k] not in lang.words("author_prepositions") or pos[k] != "ADP":
        return None
    a = b = k + 1
    clitics = lang.words("possessive_clitics")
    joins = lang.union("owner_prepositions", "coordinators") - lang.words("author_prepositions")
    while b < b_tok and (pos[b] in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or lowers[b] in clitics
                         or b > a and lowers[b] in joins and b + 1 < b_tok
                         and pos[b + 1] in ("DET", "NOUN", "PROPN")) \
            and view.quote_of[b] < 0 and not view.puncts[b] and lowers[b] not in times \
            and not (b + 1 < b_tok and lowers[b + 1] in times and pos[b] in ("DET", "ADJ")):
        b += 1  # (up to a phrase of time: "by the university | last year"; on over "Secretary of State Mike
        # Pompeo" and "the Harbour Gazette and Radio North")
    if b == a or pos[b - 1] not in ("NOUN", "PROPN", "ADJ") or not source_like(view, view.doc[b - 1]):
        return None  # (the tagger may read a role noun as an adjective: "the chief executive")
    return a, b, _past_time_phrase(view, b, b_tok)


def _past_time_phrase(view: TextView, k: int, b_tok: int) -> int:
    """Past a phrase of time at token ``k`` — a preposition, a determiner or an adjective, then up to two words
    ending in a time word ("last week", "on Friday", "van vorige week") — or ``k`` itself."""
    times = view.lang.union("time_words", "time_adverbs")
    if k < b_tok and view.lowers[k] in times:
        return k + 1
    if k < b_tok and view.pos[k] in ("ADP", "DET", "ADJ"):
        stop = next((m for m in range(k + 1, min(b_tok, k + 4)) if view.lowers[m] in times), None)
        if stop is not None and all(view.pos[m] in ("DET", "ADJ", "NUM", "PROPN", "NOUN") for m in range(k + 1, stop)):
            while stop + 1 < b_tok and view.lowers[stop + 1] in times:
                stop += 1  # ("vorige week": two time words)
            return stop + 1
    return k


def _opening_phrase_end(view: TextView, end: int, b_tok: int) -> int:
    """A source phrase that opens its sentence runs on to the comma after its noun's postmodifiers ("According to
    figures from the statistics office published on Wednesday, …", "According to a survey by the Harbour
    Institute released last week, …", also past a relative clause on the source: "According to a person who asked
    not to be named, …") when no clause has begun before that comma (no subject, auxiliary or pronoun, nothing
    quoted) and a clause follows it; past an age in brackets ("Volgens Anna Berg (54) is …") and a description of
    a named source set off by commas (``_source_apposition_end``); else it ends where it ended."""
    doc = view.doc
    relatives = view.lang.words("relative_pronouns")
    if end + 2 < b_tok and doc[end].text == "(" and doc[end + 1].pos_ == "NUM" and doc[end + 2].text == ")":
        end += 3  # an age after the name: "Volgens Anna Berg (54) is …"
    k, stop = end, min(b_tok, end + 12)
    while k < stop:
        t = doc[k]
        if t.text == ",":
            if k == end:
                close = _source_apposition_end(view, k, b_tok)
                if close is None:
                    close = _relative_clause_end(view, k, b_tok)
                return close + 1 if close is not None else end
            return k + 1 if k > end and (any(_finite(x) for x in doc[k + 1:b_tok])
                                         or k + 1 < b_tok and _verb_read_as_possessive(view, k + 1)) else end
        if t.lower_ in relatives and t.head.dep_ in view.deps.relative_clause and t.head.i > k:
            # "According to a person with knowledge of the plans who asked not to be identified, …": the relative
            # clause describes the source
            k, stop = max(x.i for x in t.head.subtree) + 1, min(b_tok, stop + 12)
            continue
        if t.dep_ in view.deps.subject or t.pos_ in ("AUX", "PRON", "PUNCT") or view.in_quote(t) or (
                t.pos_ == "VERB" and any(c.dep_ in view.deps.subject for c in t.children)):
            return end
        k += 1
    return end


@lru_cache(maxsize=None)
def _gendered_words(lang) -> frozenset[str]:
    """The nouns of the language's ``gendered_nouns`` (kin and people: "husband", "moeder"), either gender."""
    return frozenset(w for words in lang.get("gendered_nouns", {}).values() for w in words)


def _sentence_subject_owning(view: TextView, i: int, end: int, sentence: tuple[int, int]) -> Token | None:
    """The subject of the sentence's main clause, outside the source phrase at tokens [i, end), when it is a named
    source or a noun that can be one (``source_like``), or else the subject's owner that is one: the owner a
    possessive pronoun on a document in the phrase points to ("Ferry operator Irish Sea Lines has cancelled all
    sailings, according to its website"; not "The man died, according to his family": his family speaks); else
    None."""
    root = view.clause_root(*sentence)
    if root is None or i <= root < end:
        return None
    subject = next((c for c in view.children(root) if view.dep[c] in view.deps.nominal_subject
                    and view.quote_of[c] < 0 and not i <= c < end and view.pos[c] in ("NOUN", "PROPN")), None)
    if subject is not None and not (view.pos[subject] == "PROPN" or source_like(view, view.doc[subject])):
        subject = next((c for c in view.children(subject) if view.dep[c] in view.deps.possessive
                        and view.pos[c] in ("NOUN", "PROPN")), None)  # ("The board's operations centre is …,
        # according to its website": the board's)
    if subject is None or not (view.pos[subject] == "PROPN" or source_like(view, view.doc[subject])):
        return None
    return view.doc[subject]


def _name_in_apposition(view: TextView, head: Token, end: int, b_tok: int) -> tuple[int, int, int] | None:
    """After a source phrase whose noun is a common noun ("his agent", "zijn sponsor"), a comma, a name (maybe after
    the common nouns that say what it is: "jachtwerf Dekker", "the shipyard Dekker") and a comma, with a clause
    going on after it: (the name's first token, the token after it, the closing comma), else None."""
    texts, pos, n = view.texts, view.pos, b_tok
    if head.pos_ != "NOUN" or end + 2 >= n or texts[end] != "," or not view.is_lowers[end - 1] \
            or norm_lemma(head) in view.lang.union("document_nouns", "report_nouns", "statement_nouns"):
        return None  # (not "police in Baytown, Texas, …": a place; nor "official statements, Trump, …")
    k = end + 1
    while k < n and pos[k] in ("DET", "NOUN", "ADJ") and view.is_lowers[k]:
        k += 1  # ("the shipyard", "jachtwerf")
    first = k
    while k < n and view.alphas[k] and (pos[k] == "PROPN" or texts[k][:1].isupper()
                                        or view.lowers[k] in view.lang.words("name_particles")
                                        and k + 1 < n and texts[k + 1][:1].isupper()):
        k += 1
    if k == first or k - first > 5 or k >= n or texts[k] != "," or not texts[k - 1][:1].isupper() \
            or any(view.quote_of[t] >= 0 for t in range(end, k)):
        return None
    verb = next((t for t in range(k + 1, n) if pos[t] in ("VERB", "AUX") and "Fin" in view.verb_forms[t]), None)
    if verb is None or not (pos[k + 1] in ("DET", "NOUN", "PROPN", "PRON") or any(
            view.dep[c] in view.deps.subject and c > k for c in view.children(_clause_verb(view, verb)))):
        return None  # (a list of names, no clause after them; a clause opens after the comma with its subject,
        # whatever the parser hung it on)
    return first, k, k


def _source_apposition_end(view: TextView, j: int, b_tok: int) -> int | None:
    """At the comma right after an opening source phrase's name, a description of the source in apposition
    ("According to Anna Berg, a professor at Leeds, the bridge …", "Volgens Anna Berg, hoogleraar in Leiden, is de
    brug …"): the index of the comma that closes it, when the words between are a noun phrase (an article,
    adjective, noun or name first, or one adverb before it: "formerly the director of …"; no verb or pronoun; a
    number alone is an age: "Anna Berg, 54,") and after it a clause begins whose finite verb has its subject there
    too. Else None."""
    texts, pos, dep, deps = view.texts, view.pos, view.dep, view.deps
    if pos[view.heads[j]] != "PROPN" and not any(pos[k] == "PROPN" for k in range(max(0, j - 5), j)):
        return None  # (only a named source is described so: "according to police, two men, both …" is the clause)
    first = j + 2 if j + 2 < b_tok and (pos[j + 1] == "ADV" or dep[j + 1] in deps.adverbial_modifier) else j + 1
    age = first == j + 1 and first + 1 < b_tok and pos[first] == "NUM" and texts[first + 1] == ","  # ("Anna Berg, 54,")
    if first >= b_tok or pos[first] not in ("DET", "ADJ", "NOUN", "PROPN") and not age:
        return None
    close = next((k for k in range(first, min(b_tok, j + 14)) if texts[k] in (",", ";", ":")), None)
    if close is None or texts[close] != "," or close == first or any(
            pos[k] not in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "CCONJ", "NUM") and texts[k] not in ("-", "'s", "’s")
            or view.quote_of[k] >= 0 for k in range(first, close)):
        return None
    if close + 1 >= b_tok or view.lowers[close + 1] in view.lang.words("relative_pronouns"):
        return None
    verb = next((k for k in range(close + 1, b_tok) if pos[k] in ("VERB", "AUX") and "Fin" in view.verb_forms[k]),
                None)
    if verb is None:
        return None
    return close if any(dep[c] in deps.subject and c > close for c in view.children(_clause_verb(view, verb))) \
        else None


def _hyphen_compound_end(view: TextView, b: int, b_tok: int) -> int | None:
    """When the token at ``b`` is a hyphen written inside a word ("flight-tracking", "Kremlin-backed"), the end of
    the noun phrase that goes on after it (adjectives, participles, nouns and names, up to the last noun or name
    before a comma or anything else), else None."""
    starts, ends, pos = view._starts, view._ends, view.pos
    if not (0 < b < b_tok - 1 and view.texts[b] == "-" and ends[b - 1] == starts[b] and ends[b] == starts[b + 1]):
        return None
    m, last = b + 1, None
    while m < b_tok and view.quote_of[m] < 0 and (pos[m] in ("NOUN", "PROPN", "ADJ", "VERB") or view.texts[m] == "-"
                                                  and ends[m - 1] == starts[m]):
        if pos[m] in ("NOUN", "PROPN"):
            last = m + 1
        if pos[m] == "VERB" and m > b + 1 and view.texts[m - 1] != "-":
            break  # (a verb after the compound's first part: the clause has begun)
        m += 1
    return last


def _relative_clause_end(view: TextView, j: int, b_tok: int) -> int | None:
    """At the comma right after an opening source phrase, a relative clause on the source set off by commas
    ("Volgens Jan de Boer, die niet bij de studie betrokken was, zijn muizen …", "According to Ann Lee, who led
    the study, …"): the index of the comma that closes it, when a clause follows it (a finite verb, or a verb the
    tagger read as a possessive right after the comma). Else None."""
    if j + 1 >= b_tok or view.lowers[j + 1] not in view.lang.words("relative_pronouns"):
        return None
    close = next((k for k in range(j + 2, min(b_tok, j + 20)) if view.texts[k] in (",", ";", ":")), None)
    if close is None or view.texts[close] != "," or any(view.quote_of[k] >= 0 for k in range(j + 1, close)):
        return None
    if close + 1 < b_tok and (_verb_read_as_possessive(view, close + 1)
                              or any(_finite(t) for t in view.doc[close + 1:b_tok])):
        return close
    return None


def _before_predicate(view: TextView, rng: tuple[int, int], head: Token) -> tuple[int, int]:
    """A source phrase inside its clause, after the finite verb ("Het bedrijf is volgens de directeur in gesprek
    met twee kopers"): the source ends before a preposition that is not an owner's or a spokesperson's ("van het
    bedrijf" stays) and does not open a title ("minister voor Medische Zorg"): the rest is the predicate."""
    keep = view.lang.union("owner_prepositions", "spokesperson_prepositions")
    doc = view.doc
    for k in range(head.i + 1, rng[1]):
        if doc[k].pos_ == "ADP" and doc[k].lower_ not in keep and not (
                k + 1 < rng[1] and doc[k + 1].text[:1].isupper()):
            return rng[0], k
    return rng


def _before_listeners(view: TextView, rng: tuple[int, int], head: Token) -> tuple[int, int]:
    """A source phrase's title and name end before a preposition that opens the people the person spoke to or
    for ("volgens minister Ank Vos voor de leden van de patrouille"): only an owner or spokesperson preposition
    ("van de politie", "of the council") stays with the name."""
    if norm_lemma(head) not in view.lang.words("role_nouns"):
        return rng
    keep = view.lang.union("owner_prepositions", "spokesperson_prepositions")
    doc = view.doc
    for k in range(rng[0] + 1, rng[1]):
        if doc[k].pos_ == "ADP" and doc[k].lower_ not in keep and doc[k - 1].pos_ == "PROPN":
            return rng[0], k
    return rng


def _phrase_object(view: TextView, i: int, j: int, b_tok: int) -> Token:
    """The noun phrase after a source phrase's preposition: the token the preposition hangs on ("case"), else the
    first nominal after it."""
    doc = view.doc
    head = doc[j - 1].head
    bare = doc[j].pos_ in ("VERB", "ADJ") and "Fin" not in view.verb_forms[j] and view.is_lowers[j] \
        and doc[j].dep_ not in view.deps.any_auxiliary  # (a participle, adjective or noun read as either)
    if j + 1 < b_tok and (head.i > j + 1 and (
            doc[j].pos_ in ("NOUN", "PROPN") and doc[j + 1].pos_ in ("DET", "PRON")
            or bare and doc[j + 1].pos_ in ("DET", "PRON", "NUM"))
            or bare and doc[j + 1].pos_ in ("VERB", "AUX", "DET") and _source_like_at(view, j)):
        head = doc[j]  # "volgens ingewijden een Duitse geldschieter": a bare noun, then the next phrase begins
        # (also a participle or adjective used as a noun, "volgens ingewijden drie hotels", whatever its tag, and
        # a source noun read as an infinitive after "to": "according to police fled …", "… police the man …")
    elif not (j <= head.i < min(b_tok, j + 10)) or head.pos_ in ("AUX", "PUNCT", "ADP") or (
            head.pos_ == "VERB" and "Fin" in head.morph.get("VerbForm")
            and not any(c.dep_ in view.deps.determiner and c.i < head.i for c in head.children)) \
            or head.pos_ == "VERB" and "," in view.texts[j:head.i]:  # ("Brandt heeft, aldus zijn advocaat, nooit
        # geld aangenomen": the verb after the phrase's comma is the sentence's, not the phrase's noun)
        # (but "volgens de beschuldigde": a participle with an article is a person)
        head = next((t for t in doc[j:min(b_tok, j + 6)] if t.pos_ in ("NOUN", "PROPN", "PRON")), doc[j])
        while head.head.i != head.i and j <= head.head.i < min(b_tok, j + 8) \
                and head.dep_ in view.deps.name_premodifier and "," not in view.texts[head.i:head.head.i]:
            head = head.head  # (not past a comma: "according to its polling, roughly two-thirds …", the clause)
        times = view.lang.words("time_words")
        while head.pos_ == "NOUN" and head.i + 1 < b_tok and doc[head.i + 1].pos_ == "NOUN" \
                and doc[head.i + 1].lower_ not in times:
            head = doc[head.i + 1]  # "according to security officials" parsed into the phrase: the last noun
    when = view.lang.union("time_words", "time_adverbs")
    if head.lower_ in when and head.i + 2 < b_tok and doc[head.i + 1].pos_ in ("VERB", "ADJ") \
            and not view.finite[head.i + 1] and head.i > j and doc[head.i - 1].pos_ == "DET":
        # "volgens een woensdag gepubliceerd rapport van …": the day is the participle's, the phrase's noun comes
        # after it
        head = next((t for t in doc[head.i + 2:min(b_tok, head.i + 5)] if t.pos_ in ("NOUN", "PROPN")), head)
    nxt = head.i + 1
    if head.pos_ == "PROPN" and nxt < b_tok and view.heads[head.i] == nxt and view.is_lowers[nxt] \
            and view.pos[nxt] in ("NOUN", "PROPN") and view.lemmas[nxt] in view.lang.words("role_nouns"):
        head = doc[nxt]  # "volgens de Edammer wethouder" with the preposition hung on the place: the role noun
    return head


def _source_phrase_sentence(view: TextView, i: int, s: int) -> tuple[int, int]:
    """The sentence of a source phrase, from the last colon or semicolon before it ("Zijn verzekeraar spreekt
    dat tegen: volgens het bedrijf …": a new clause after the colon)."""
    a_tok = view.sentences[s][0]
    s_a, s_b = view.sentence_chars(s)
    colons = [t.idx + 1 for t in view.doc[a_tok:i] if t.text in (":", ";") and not view.in_quote(t)]
    return (colons[-1] if colons else s_a), s_b


_MARKS_ONLY = "".join(sorted(set(QUOTE_CHARS) - {","}))  # (the quotation marks of ``QUOTE_CHARS``, not its comma)


def _clause_after_coordinated_report(view: TextView, s_a: int, p_a: int, s_b: int) -> int | None:
    """The start of the clause a coordinator opens after a comma between the sentence's start ``s_a`` and a source
    phrase at ``p_a``, when the words before that comma hold a cue verb of their own outside quotes (another
    report: "X admitted that …, but …") and the clause after the coordinator has its subject and verb; else None."""
    found = view.span_range(s_a, p_a)
    if found is None:
        return None
    a_tok, b_tok = found
    texts, lowers, coordinators = view.texts, view.lowers, view.lang.words("coordinators")
    for k in range(b_tok - 2, a_tok, -1):
        if texts[k] != "," or lowers[k + 1] not in coordinators or view.quote_of[k] >= 0:
            continue
        start = view._starts[k + 2] if k + 2 < len(texts) else p_a
        if not (_has_verb(view, start, s_b) and _has_subject(view, start, s_b)):
            return None
        if any(view.pos[t] == "VERB" and view.quote_of[t] < 0 and cue_of(view.doc[t], view) is not None
               for t in range(a_tok, k)):
            return start
        return None
    return None


def _source_phrase_content(view: TextView, p_a: int, p_b: int, s_a: int, s_b: int) -> tuple[int, int, str]:
    """What a source phrase at characters [p_a, p_b) attributes in its sentence [s_a, s_b): the clause before it
    ("…, aldus X."), the clause after it ("Volgens X is …") or the sentence around it ("De man is volgens de
    politie gevlucht.")."""
    before = view.trim(s_a, p_a)
    after = view.trim(p_b, s_b)
    last_word = view.text[before[0]:before[1]].rstrip(" ,").rsplit(None, 1)[-1:] if before[1] > before[0] else []
    if last_word and last_word[0].lower() in view.lang.words("coordinators") and _has_verb(view, *after) \
            and _has_subject(view, *after):
        # "Mugabe was treated in Singapore this year and according to the ministry he died on Friday": the source
        # phrase opens the coordinated clause after it, which is all it attributes
        return after[0], after[1], "source"
    relative = _relative_clause_around(view, p_a, p_b, s_b)
    if relative is not None:
        return (*relative, "source")
    own = _clause_after_coordinated_report(view, s_a, p_a, s_b)
    if own is not None:  # "De man heeft toegegeven dat …, maar het geld was volgens hem toen al leeg": the phrase
        s_a = own  # attributes its own clause, after the coordinator; the report before it has its own source
        before = view.trim(s_a, p_a)
    tail = view.span(p_b, s_b)
    relative_after = view.text[p_b:].lstrip().startswith(",") and (tail is not None) and any(
        t.lower_ in view.lang.words("relative_pronouns") for t in list(tail)[:2])
    if view.text[:p_a].rstrip().endswith(",") and not relative_after and _clause_goes_on(view, before, after):
        return (*view.trim(s_a, s_b), "source")  # "The club signed, according to local media, a striker from
        # Porto": the verb's object stands after the phrase, inside one clause
    if view.text[:p_a].rstrip().rstrip(_MARKS_ONLY).rstrip().endswith(",") and not _open_ended(view, *before) \
            and (relative_after or not _has_verb(view, *after) or _has_verb(view, *before)) \
            and not _subject_with_participle_phrase(view, before, after):
        # "…, according to people familiar with the matter (who …)", "…, according to the parish council,
        # although this could not be verified": a clause before the comma is the content (also a quote closed by
        # its comma: '"…," according to the author, Dr Ian Moss')
        after = (after[0], after[0])
    if before[1] - before[0] < 3:
        if relative_after:  # "Volgens het bestuur, dat een verklaring publiceerde, heeft de club …": past it
            close = view.text.find(",", view.text.find(",", p_b) + 1, s_b)
            if close > 0 and _has_verb(view, *view.trim(close + 1, s_b)):
                after = view.trim(close + 1, s_b)
        return _before_contrast_clause(view, (after[0], after[1], "source"))  # ("Volgens de brandweer …,
        # waarbij bewoners melden dat …": up to the other source's report)
    if after[1] - after[0] < 3:
        return before[0], before[1], "source"
    return (*view.trim(s_a, s_b), "source")


def _relative_clause_around(view: TextView, p_a: int, p_b: int, s_b: int) -> tuple[int, int] | None:
    """A source phrase at characters [p_a, p_b) inside a relative clause set off by commas, before the sentence's
    main clause goes on ("The bridge, which according to engineers is unsafe, will close", "De brug, die volgens
    ingenieurs onveilig is, gaat dicht"): it attributes that clause alone — the words of it on one side of the
    phrase (both sides when the phrase cuts it: "which is, according to engineers, unsafe"), without the pronoun."""
    rng = view.span_range(p_a, p_b)
    if rng is None:
        return None
    texts, lowers, quote_of = view.texts, view.lowers, view.quote_of
    a_tok, b_tok = view.sentences[view.sentence_of[rng[0]]]
    r = rng[0] - 1
    if r > a_tok and texts[r] == ",":
        r -= 1
    while r > a_tok and rng[0] - r <= 6 and texts[r] != "," and lowers[r] not in view.lang.words("relative_pronouns"):
        r -= 1
    if r <= a_tok or view.pos[r] != "PRON" or lowers[r] not in view.lang.words("relative_pronouns") \
            or texts[r - 1] != "," or quote_of[r] >= 0:
        return None
    k = rng[1] + (rng[1] < b_tok and texts[rng[1]] == "," and texts[rng[0] - 1] == ",")  # (", according to X,")
    close = next((t for t in range(k, b_tok) if texts[t] in (",", ";") and quote_of[t] < 0), None)
    if close is None or not any(view.finite[t] for t in range(close + 1, b_tok)):
        return None  # (the relative clause must end before the main clause goes on)
    first, last = view._starts[r + 1], view._ends[close - 1]
    before = view.trim(first, p_a)
    after = view.trim(p_b, last)
    if before[1] - before[0] > 1 and after[1] - after[0] > 1:
        side = (first, last)
    else:
        side = after if after[1] - after[0] > before[1] - before[0] else before
    side = view.trim(*side)
    return side if _has_verb(view, *side) else None


def _clause_goes_on(view: TextView, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """The clause before a mid-sentence source phrase goes on after it, by word order (the parser misreads such a
    clause): it ends with its verb, and what follows the phrase is a noun phrase with no finite verb — the verb's
    object ("The club signed, according to local media, a striker from Porto")."""
    b_rng, a_rng = view.span_range(*before), view.span_range(*after)
    if b_rng is None or a_rng is None:
        return False
    last = b_rng[1] - 1
    while last > b_rng[0] and view.pos[last] == "ADV":
        last -= 1
    first = a_rng[0]
    while first < a_rng[1] - 1 and view.pos[first] == "ADV" and view.quote_of[first] < 0:
        first += 1  # ("De burgemeester wist, aldus de krant, al maanden van het lek")
    if not view.text[:after[0]].rstrip().endswith(",") or _only_time_after(view, first, a_rng[1]):
        return False  # (no comma closes the phrase, or only a time follows it: "…, according to X on Friday")
    return (view.pos[last] == "VERB" or view.pos[last] == "AUX" and view.finite[last]) and last > b_rng[0] \
        and not view.puncts[first] and (view.pos[first] in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "ADP")
                                        or view.pos[first] == "VERB" and not view.finite[first]) \
        and view.lowers[first] not in view.lang.union("relative_pronouns", "complementizers", "coordinators") \
        and not any(view.finite[k] or view.pos[k] == "AUX" for k in range(*a_rng))


def _only_time_after(view: TextView, k: int, end: int) -> bool:
    """Tokens [k, end) are a phrase of time and a final stop ("on Friday.", "vorige week"), nothing more."""
    stop = _past_time_phrase(view, k, end)
    return stop > k and all(view.puncts[t] for t in range(stop, end))


def _has_subject(view: TextView, a: int, b: int) -> bool:
    """A nominal subject stands among the tokens of [a, b) (a clause, not a predicate going on: "…, and, according
    to CNN, was called …")."""
    found = view.span_range(a, b) if b > a else None
    return found is not None and any(view.dep[k] in view.deps.nominal_subject for k in range(*found))


def _subject_with_participle_phrase(view: TextView, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """What stands before a mid-sentence source phrase is a subject with a participle phrase and no finite verb
    ("Rescuers, working through the night, | according to the fire service, | pulled nine people …"), and a
    finite verb follows it: the phrase stands inside one clause, which is the content."""
    b_rng, a_rng = view.span_range(*before), view.span_range(*after)
    if b_rng is None or a_rng is None or view.text[after[0]:after[0] + 1] == ",":
        return False
    finite = view.finite
    return not any(finite[k] or view.pos[k] == "AUX" for k in range(*b_rng)) \
        and view.pos[b_rng[0]] in ("DET", "NOUN", "PROPN", "NUM", "PRON", "ADJ") \
        and any(finite[k] for k in range(*a_rng))


def _quote_is_clause(view: TextView, q) -> bool:
    """The quote's words are a clause of their own: a finite verb with its subject, both inside the quote."""
    rng = view.span_range(q.start, q.end)
    if rng is None:
        return False
    a, b = rng
    return any(view.finite[k] and any(view.dep[c] in view.deps.subject and a <= c < b for c in view.children(
        view.heads[k] if view.pos[k] == "AUX" else k)) for k in range(a, b))  # (an auxiliary's subject: its verb's)


def quote_statements(view: TextView, found: _Found) -> list[Claim]:
    """Rule 3: each quote takes the nearest attribution offered to it, else a colon frame; a quote of no source
    that reads as a statement stays, unattributed; scare quotes and short partial quotes next to a cue do not."""
    claims = list(found.claims)
    attributed = {qi: min(c, key=lambda x: x[0])[1] for qi, c in found.direct.items()}
    for qi, q in enumerate(found.quotes):
        if qi in found.consumed:
            continue
        att = attributed.get(qi) or colon_frame(view, q) or issued_frame(view, q) or trailing_colon_frame(view, q) \
            or dash_credit(view, q)
        if att is not None and att.via == "adjacent" and len(view.text[q.start:q.end].split()) < 4 \
                and not _sentence_starts_at_quote(view, q) and not _second_half(view.text, found.quotes, qi, att, attributed) \
                and not _quote_is_clause(view, q):
            continue  # 'called the figure "scaremongering"': a short partial quote next to a cue, not a statement
            # (but 'told a guard, "they robbed me"': a clause of its own, however short)
        if att is not None:
            claims.append(_claim(view, "direct", q.start, q.end, att))
        elif is_statement_quote(view, q):
            claims.append(_claim(view, "direct", q.start, q.end, None, via="unattributed"))
    return claims


def attribute(view: TextView) -> list[Claim]:
    """All statements in the article with their cue and speaker mention (speakers not yet clustered): the cue and
    source rules, then each rule that adds, merges or re-attributes statements, in order."""
    found = _Found(view)
    cue_verb_statements(view, found)
    source_phrase_statements(view, found)
    claims = quote_statements(view, found)
    claims = _bracketed_source(view, claims)
    claims = characterizations(view, claims)
    claims = predications(view, claims)
    claims = report_objects(view, claims)
    claims = claims + headline_frames(view)
    claims = heard_statements(view, claims)
    claims = claims + passive_reports(view, claims)
    claims = claims + agentless_reports(view, claims)
    claims = claims + view_frames(view, claims)
    claims = claims + reportive_sentences(view, claims)
    claims = _dedupe(claims, _pronouns(view.lang))
    claims = noun_complements(view, claims)
    answers = interview_answers(view, claims)
    if answers:  # an unattributed quote inside an answer is the answer, the interviewee's, and so is what the
        # answer says in the first person ("And I believe that is why …")
        claims = [c for c in claims if not any(
            _overlap((c.span.start, c.span.end), (a.span.start, a.span.end)) > 0 and _answerers_words(view, c, a)
            for a in answers)] + answers
    claims = _continued_speech(view, claims)
    claims = _impersonal_continuation(view, claims)
    claims = _floating(view, claims)
    claims = _interviewee(view, claims)
    claims = _reportive_continuation(view, claims)
    claims = _headline_echo(view, claims)
    claims = quoted_reports(view, claims)
    claims = [_without_empty_speaker(c) for c in claims if not _in_furniture_line(view, c)]  # (speakers the
    # later steps gave; nothing on a "READ MORE:" or "(Foto: …)" line)
    return sorted(claims, key=lambda c: (c.span.start, c.span.end))


@RULES.rule("report_noun", traits=("governed", "complement_clause"))
def noun_complements(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A noun that names a statement, with its owner and a complement clause ("de bewering van oppositieleider Kamp
    dat de begroting niet klopt", "the claim by party leader Kamp that …", "her assertion that …"), or the noun as the
    predicate after the clause ("The bridge was never safe, was their claim", "…, is de conclusie van het
    waterschap"): the clause is the owner's statement (with no owner, as a copula's subject, nobody's named: "The
    official position remained that …", "De beschuldiging tegen X is dat …"; a rumour or a report that came in —
    ``received_report_nouns``: "after a call that a van was on fire", "na een melding dat …" — is nobody's named
    anywhere). It takes the place of a statement found on the same words, whose speaker was the subject
    of the verb the noun hangs on ("The minister rejected the claim by Kamp that …" is no statement of the
    minister's)."""
    nouns = view.lang.union("statement_nouns", "received_report_nouns")
    if not nouns:
        return claims
    pairs = [(tok, c) for tok in map(view.doc.__getitem__, view.words_at(nouns)) if tok.pos_ == "NOUN"
             for c in [_noun_complement(view, tok) or _noun_after_clause(view, tok) or _noun_of_content(view, tok)]
             if c is not None]
    if not pairs:
        return claims
    # (a statement that holds a report that came in, noun and all, stays beside it: "Police confirmed they were
    # looking into reports that …")
    kept = [c for c in claims if not any(_overlap((c.span.start, c.span.end), (f.span.start, f.span.end))
                                         > 0.5 * min(c.span.end - c.span.start, f.span.end - f.span.start)
                                         and not (_received_report(view, tok) and c.span.start <= tok.idx
                                                  and c.span.end >= f.span.end)
                                         for tok, f in pairs)]
    return kept + [f for _, f in pairs]


def _noun_of_content(view: TextView, noun: Token) -> Claim | None:
    """A statement noun of the language's ``content_of_nouns`` with its content as a noun phrase after a
    ``content_prepositions`` word ("the president's claims of widespread voter fraud", "allegations of fraud and
    tampering", "beschuldigingen van fraude"): that noun phrase is a statement of the noun's owner, or of nobody
    named. Not after a number ("37 reports of …": a count) and not inside quotes."""
    lang = view.lang
    if norm_lemma(noun) not in lang.words("content_of_nouns") or view.in_quote(noun):
        return None
    if any(c.dep_ in view.deps.numeric_modifier or c.pos_ == "NUM" for c in noun.children if c.i < noun.i):
        return None
    if _nobody(view, noun):
        return None  # "No claims of responsibility were made", "geen beschuldigingen van fraude": none was made
    preps = lang.words("content_prepositions")
    obj = next((c for c in noun.children if c.i > noun.i and c.dep_ in view.deps.nominal_modifier
                and c.pos_ in ("NOUN", "PROPN") and not _source_like_at(view, c.i)
                and any(m.dep_ in view.deps.case_marker and m.lower_ in preps and m.i == noun.i + 1
                        for m in c.children)), None)
    if obj is None:
        return None
    a, b = view.np_range(obj)
    for c in obj.children:  # "fraud and tampering": the conjuncts belong to the content
        if c.dep_ in view.deps.conjunct and c.i > obj.i and not view.in_quote(c):
            b = max(b, view.np_range(c)[1])
    a = max(a, noun.i + 2)
    ca, cb = view.trim(view.doc[a].idx, view.doc[b - 1].idx + len(view.doc[b - 1]))
    if cb - ca <= 3:
        return None
    owner = _noun_owner(view, noun)
    if owner is None and len(view.text[ca:cb].split()) < 2:
        return None  # (one bare noun, nobody's, is a topic, not a claim: "claims of fraud were rejected"; but "haar
        # aantijgingen van machtsmisbruik")
    rng = _owner_range(view, owner) if owner is not None else None
    att = Attribution(noun.idx, noun.idx + len(noun), norm_lemma(noun), "speech", rng,
                      owner.i if owner is not None else None, False, "report_noun",
                      view.sentence_chars(view.sentence_of[noun.i]))
    return _claim(view, "indirect", ca, cb, att)


def _received_report(view: TextView, noun: Token) -> bool:
    """Whether a noun names a report that came in (the language's ``received_report_nouns``) and no rumour."""
    words = view.lang.words("received_report_nouns")
    rumours = view.lang.words("unowned_statement_nouns")
    return (norm_lemma(noun) in words or noun.lower_ in words) and not (
        norm_lemma(noun) in rumours or noun.lower_ in rumours)


def _noun_owner(view: TextView, noun: Token) -> Token | None:
    """Whose statement a statement noun names: its possessive ("her claim", "Kamps bewering") or the phrase after
    an owner preposition ("van X", "by X") — a source, not a thing ("the claim of fraud")."""
    owners = view.lang.words("owner_prepositions")
    for c in noun.children:
        if view.in_quote(c) or _nobody(view, c):
            continue
        if c.dep_ in view.deps.possessive and c.i < noun.i:
            return c
        if c.i > noun.i and c.dep_ in view.deps.nominal_modifier and source_like(view, c) and any(
                m.dep_ in view.deps.case_marker and m.lower_ in owners for m in c.children):
            return c
    return None


def _compound_owner(view: TextView, noun: Token) -> Token | None:
    """The possessive on the first part of a compound statement noun ("the government's counter-argument", the
    parser hanging "government's" on "counter"), else None."""
    return next((g for c in noun.children if c.dep_ in view.deps.compound and c.i < noun.i for g in c.children
                 if g.dep_ in view.deps.possessive and g.i < c.i and not view.in_quote(g) and not _nobody(view, g)),
                None)


def _owner_range(view: TextView, owner: Token) -> tuple[int, int]:
    """The token range of a statement noun's owner without its possessive clitic ("The council's claim" → "The
    council"; the language's ``possessive_clitics``)."""
    a, b = view.np_range(owner)
    clitics = view.lang.words("possessive_clitics")
    while b - 1 > a and view.lowers[b - 1] in clitics:
        b -= 1
    return a, b


def _noun_after_clause(view: TextView, noun: Token) -> Claim | None:
    """A clause, a comma, then a copula with the statement noun and its owner, ending the sentence ("The bridge was
    never safe, was their claim", "De brug is onveilig, is de conclusie van de ingenieurs"): the clause is the
    owner's statement, or None."""
    owner = _noun_owner(view, noun)
    if owner is None or view.in_quote(noun) or _received_report(view, noun):
        return None  # (a report that came in names no one's words this way: "…, is the first report of a …")
    a_tok, b_tok = view.sentences[view.sentence_of[noun.i]]
    k = noun.i - 1
    while k > a_tok and view.doc[k].pos_ in ("DET", "ADJ", "PRON") and view.doc[k].dep_ not in view.deps.copula:
        k -= 1  # back over "their", "de", "hun eigen"
    cop = view.doc[k]
    if cop.dep_ not in view.deps.copula or k - 1 <= a_tok or view.doc[k - 1].text != ",":
        return None
    tail = {t.i for t in owner.subtree} if owner.i > noun.i else set()
    if any(not (t.is_punct or t.is_space or t.i in tail) for t in view.doc[noun.i + 1:b_tok]):
        return None  # "…, is their claim about the budget": the noun's phrase goes on, no frame
    clause = view.doc[a_tok:k - 1]
    if not _has_finite(clause) or view.in_quote(clause[0]):
        return None
    a, b = view.trim(view.doc[a_tok].idx, view.doc[k - 1].idx)
    if b - a <= 3:
        return None
    att = Attribution(noun.idx, noun.idx + len(noun), norm_lemma(noun), "speech", _owner_range(view, owner), owner.i,
                      False, "report_noun", view.sentence_chars(view.sentence_of[noun.i]))
    return _claim(view, _kind_of_content(view, a, b), a, b, att)


def _noun_complement(view: TextView, noun: Token) -> Claim | None:
    """The owner's statement of a statement noun followed by its owner and a complementizer, also after a copula
    ("her claim that …", "their position is that …"; see ``noun_complements``), or None."""
    owner = _noun_owner(view, noun) or _compound_owner(view, noun)
    comps = view.lang.words("complementizers")
    copulas = view.lang.words("copula_lemmas")
    rumours = view.lang.union("unowned_statement_nouns", "received_report_nouns")
    unowned = norm_lemma(noun) in rumours or noun.lower_ in rumours  # (rumours, a tip or a call that came in: a
    # statement of no one named)
    circulating = view.lang.words("circulation_verbs") if unowned else frozenset()
    a_tok, b_tok = view.sentences[view.sentence_of[noun.i]]
    if owner is None and _received_report(view, noun) and not any(
            view.pos[k] in ("VERB", "AUX", "ADP") for k in range(a_tok, noun.i)):
        return None  # (a report that came in is read only where something governs it — "after reports that …",
        # "received a tip that …": as the sentence's first phrase its "that" may open a relative clause)
    framed = False  # (after a copula: "The accusation against the mayor is that …")
    for i in range(noun.i + 1, min(b_tok - 1, noun.i + 16)):
        tok = view.doc[i]
        if tok.pos_ in ("VERB", "AUX") and norm_lemma(tok) in copulas and view.lowers[i + 1] in comps \
                and not view.in_quote(tok):
            framed = True
            continue  # "The union's position is that …", "Het standpunt van de bond is dat …"
        if norm_lemma(tok) in circulating and not view.in_quote(tok):
            continue  # "Rumours spread among fans that …", "Speculation grew that …": how the rumour goes round
        if tok.pos_ in ("VERB", "AUX") or tok.text in (",", ";", ":", ".") or view.in_quote(tok):
            return None  # the noun's phrase ended before any clause
        if tok.lower_ in comps and tok.pos_ == "SCONJ":
            if owner is None and not unowned and not (framed and (noun.dep_ in view.deps.subject or any(
                    c.dep_ in view.deps.copula for c in noun.children))):
                return None  # (a noun with no owner names a statement of no one only as the copula's subject: "The
                # official position remained that …"; not "the claim that …" inside another clause)
            end = _sentence_content_end(view, noun)
            verb = view.heads[i]
            if noun.dep_ in view.deps.subject and noun.head.i > verb > i and view.heads[verb] == noun.i:
                end = min(end, view._ends[max(view.subtree(verb))])  # "The speculation that rates would rise has
                # hurt shares": the clause on the subject ends before its sentence's verb
            elif noun.i - a_tok < 3 and not view.lang.get("verb_final_infinitives"):
                second = next((k for k in range(i + 2, b_tok) if view.finite[k] and view.pos[k - 1] == "VERB"
                               and view._starts[k] < end and view.quote_of[k] < 0), None)
                if second is not None:  # ("Rumours that the mayor would quit were dismissed …", however parsed: in a
                    # language whose clauses do not end on their verbs, a finite verb right after the clause's verb
                    # is the sentence's own)
                    end = view._starts[second]
            a, b = view.trim(view.doc[i + 1].idx, end)
            clause = view.span(a, b) or ()
            if b - a <= 3 or not _has_finite(clause):
                return None
            rng = _owner_range(view, owner) if owner is not None else None
            att = Attribution(noun.idx, noun.idx + len(noun), norm_lemma(noun), "speech", rng,
                              owner.i if owner is not None else None, False, "report_noun",
                              view.sentence_chars(view.sentence_of[noun.i]))
            whole = next((q for q in view.quotes if q.open == a and q.outer_end == b and q.close is not None), None)
            if whole is not None:  # "zijn uitspraak dat 'de grenzen zijn bereikt'": his words, quoted
                return _claim(view, "direct", whole.start, whole.end, att)
            return _claim(view, _kind_of_content(view, a, b), a, b, att)
    return None


_BRACKETED_LABEL = re.compile(r"[ \t]*\(([^():;,\n]{1,40})\)")


@RULES.rule("bracketed_source", traits=())
def _bracketed_source(view: TextView, claims: list[Claim]) -> list[Claim]:
    """'"Dit kabinet laat de boeren in de steek" (BBB), "…" (VVD)': a direct quote with no cue of its own, followed
    right after its closing mark by a short label in brackets — one to four words, each capitalised or holding a
    capital ("D66", "50PLUS"; no year) — names its source: the label (a party, a club, a person). Only a quote of
    four words or more (not a title with its maker: "Past Lives" (Song))."""
    out = []
    for c in claims:
        if c.kind != "direct" or c.speaker is not None or c.cue is not None:
            out.append(c)
            continue
        toks = view.span_range(c.span.start, c.span.end)
        quote = view.quotes[view.quote_of[toks[0]]] if toks is not None and view.quote_of[toks[0]] >= 0 else None
        if quote is not None and (quote.close is None or not quote.start <= c.span.start or c.span.end > quote.end):
            quote = None  # (the top-level quote the statement's words stand in, closed, holding them all)
        found = _BRACKETED_LABEL.match(view.text, quote.outer_end) if quote is not None else None
        words = found.group(1).split() if found is not None else []
        if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() and any(ch.isupper() for ch in w)
                                               for w in words) \
                or len(c.span.text.split()) < 4:
            out.append(c)
            continue
        rng = view.span_range(found.start(1), found.end(1))
        if rng is None:
            out.append(c)
            continue
        bracket = found.start(1) - 1
        att = Attribution(bracket, bracket + 1, "(", "speech", rng, rng[1] - 1, False, "bracketed_source",
                          (c.span.start, found.end()))
        out.append(_claim(view, "direct", c.span.start, c.span.end, att))
    return out


@RULES.rule("continued_speech", traits=())
def _continued_speech(view: TextView, claims: list[Claim]) -> list[Claim]:
    """'"…", vervolgde ze.' / '"…," she went on.': a cue that says the speaking goes on (``continuation_cues``) with a
    personal pronoun for its subject: the pronoun is the speaker of the statement just before, in the same or the
    previous paragraph, not whoever else the pronoun could mean."""
    cues = view.lang.words("continuation_cues")
    pronouns = set(view.lang.get("subject_pronouns", {}))
    if not cues:
        return claims
    ordered = sorted(claims, key=lambda c: c.span.start)
    new: dict[int, Claim] = {}
    for k, c in enumerate(ordered):
        if c.cue is None or c.cue.lemma not in cues or c.speaker is None or c.speaker.text.lower() not in pronouns:
            continue
        prev = next((p for p in reversed(ordered[:k]) if p.speaker is not None and p.span.end <= c.span.start),
                    None)
        if prev is None or view.paragraph(c.span.start) - view.paragraph(prev.span.start) > 1 \
                or prev.speaker.text.lower() in pronouns:
            continue  # (a pronoun before it is resolved with it, by the speakers stage)
        gender = view.lang["subject_pronouns"][c.speaker.text.lower()].get("gender")
        person = gender in ("masc", "fem")
        if person and name_gender_at(view, prev.speaker.start, prev.speaker.end) not in (None, gender):
            continue  # "Berg said …. Kerr said …. She added …", with Paul Kerr named before: not Kerr
        head = view.doc[prev.speaker_head] if prev.speaker_head is not None else None
        if person and head is not None and norm_lemma(head) in (
                view.lang.words("organization_nouns") | view.lang.words("document_nouns")
                | view.lang.words("report_nouns")):
            continue  # "she added" after the council's statement or a poll's figures: not the council, not the poll
        ordered[k] = new[id(c)] = replace(c, speaker=prev.speaker, speaker_head=prev.speaker_head,
                                          via="continued_speech")
    return [new.get(id(c), c) for c in claims]


@RULES.rule("impersonal_continuation", traits=())
def _impersonal_continuation(view: TextView, claims: list[Claim]) -> list[Claim]:
    """'<clause>, klinkt het.' / '<clause>, luidt het.' with no source placed ("bij de vakbond"): the impersonal cue
    goes on with the account of the source just before it, in the same or the previous paragraph: the speaker of
    the statement right before, else the source subject of the sentence right before ("De advocaat vraagt
    vrijspraak. Haar cliënt was die avond thuis, klinkt het.")."""
    impersonal = view.lang.words("impersonal_cues")
    if not impersonal:
        return claims
    ordered = sorted(claims, key=lambda c: c.span.start)
    new: dict[int, Claim] = {}
    for k, c in enumerate(ordered):
        if c.speaker is not None or c.cue is None or c.cue.lemma not in impersonal:
            continue
        prev = next((p for p in reversed(ordered[:k]) if p.speaker is not None and p.span.end <= c.span.start), None)
        s = view.sentence_at(c.span.start)
        near = prev is not None and view.paragraph(c.span.start) - view.paragraph(prev.span.start) <= 1 \
            and s - view.sentence_at(max(prev.span.start, prev.span.end - 1, (prev.sentence or (0, 1))[1] - 1)) <= 1
        subject = None
        if not near and s > 0 and view.paragraph(view.sentence_chars(s - 1)[0]) == view.paragraph(c.span.start):
            a_tok, b_tok = view.sentences[s - 1]
            subject = next((t for t in view.doc[a_tok:b_tok] if t.dep_ in view.deps.nominal_subject
                            and t.head.dep_ in view.deps.root and t.pos_ in ("NOUN", "PROPN")
                            and source_like(view, t) and not view.in_quote(t)), None)
        if subject is None and prev is not None and view.paragraph(c.span.start) - view.paragraph(prev.span.start) <= 1:
            ordered[k] = new[id(c)] = replace(c, speaker=prev.speaker, speaker_head=prev.speaker_head,
                                              via="impersonal_continuation")
        elif subject is not None:
            a, b = view.np_range(subject)
            span = Span.of(view.text, *view.trim(view.doc[a].idx, view.doc[b - 1].idx + len(view.doc[b - 1])))
            ordered[k] = new[id(c)] = replace(c, speaker=span, speaker_head=subject.i, via="impersonal_continuation")
    return [new.get(id(c), c) for c in claims]


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


@RULES.rule("headline_echo", traits=("framed",))
def _headline_echo(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A quote in the headline whose words open, or are, a quote of the body ("Bus firm faces questions: 'This is
    painful'" over '"This is painful, and …," council leader Amy Ross said'; "Bakker trots na zege Cambuur:
    ,,Dit hebben we verdiend''"): the headline repeats the body's quote, so it is the body speaker's, whatever the
    words before the headline's colon."""
    ordered = sorted(claims, key=lambda c: c.span.start)
    new: dict[int, Claim] = {}
    for k, c in enumerate(ordered):
        if view.paragraph(c.span.start) != 0 or c.kind != "direct":
            continue
        words = _words_of(c.span.text)
        if len(words) < 2:
            continue
        body = next((d for d in ordered[k + 1:] if d.speaker is not None and d.kind in ("direct", "mixed")
                     and view.paragraph(d.span.start) > 0 and _words_of(d.span.text)[:len(words)] == words), None)
        if body is None or c.speaker is not None and body.speaker.text == c.speaker.text:
            continue
        ordered[k] = new[id(c)] = replace(c, speaker=body.speaker, speaker_head=body.speaker_head,
                                          cue_type=body.cue_type, via="headline_echo")
    return [new.get(id(c), c) for c in claims]


def _label_word(view: TextView, word: str) -> bool:
    """A word of a section label, no speaker (the language's ``non_speaker_labels``: "Update", "Vraag"), or the name
    of a fact-check column by its ending (``non_speaker_label_endings``: "Factcheck", "Reality Check")."""
    return word in view.lang.words("non_speaker_labels") or any(
        word.endswith(e) and len(word) > len(e) for e in view.lang.words("non_speaker_label_endings"))


def _in_furniture_line(view: TextView, c: Claim) -> bool:
    """The statement stands on a line that opens with a label of page furniture (the language's
    ``furniture_labels`` and a colon: "READ MORE: …", "Lees ook: …", "(Foto: …)"): a link or a credit, whatever
    follows the label."""
    labels = view.lang.get("furniture_labels", [])
    if not labels:
        return False
    text = view.text
    start = text.rfind("\n", 0, c.span.start) + 1
    head = text[start:start + 40].lower().lstrip(" (*•-")
    if any(head.startswith(label) and head[len(label):].lstrip()[:1] == ":" for label in labels):
        return True
    if _after_credit_label(text[start:c.span.start], labels):
        return True
    # a bulleted line in the list under a label on a line of its own ("READ MORE:" / "* Storm Ida: what we know")
    while start > 0 and text[start:start + 1] and text[start] in LIST_MARKS:
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above:start].strip().lower()
        if line.endswith(":") and line[:-1].strip() in labels:
            return True
        if not line or line[0] not in LIST_MARKS:
            return False
        start = above
    return False


LIST_MARKS = "*•-–"  # the marks that open the lines of a list of links


def _after_credit_label(before: str, labels: list[str]) -> bool:
    """The words before a statement on its line end with a furniture label and its colon, the label standing as a
    word of its own or glued to the caption before it ("The mayor at the rally. Photo: J. Smith", "Ann
    DaleImage: City Hall", a caption scraped without its line break): what follows is a credit."""
    before = before.rstrip(" \"“”‘’'(")
    if not before.endswith(":"):
        return False
    before = before[:-1].rstrip()
    for label in labels:
        k = len(before) - len(label)
        if k > 0 and before[k:].lower() == label:
            ch = before[k - 1]
            if not ch.isalnum() or ch.islower() and before[k].isupper():
                return True
    return False


def _without_empty_speaker(claim: Claim) -> Claim:
    if claim.speaker is not None and not _names_somebody(claim.speaker):
        return replace(claim, speaker=None, speaker_head=None)
    return claim


INTRO_LINES = 3  # an interview says so in its headline, kicker or first paragraph


def _interviewee_mention(view: TextView) -> Token | None:
    """The person an interview is with: named in the first lines of an article whose opening calls itself an
    interview ("Harbour Weekly interview with mayor Lena Brodsky", "Lena Brodsky (51) … Een gesprek over …")."""
    lines = line_spans(view.text)[:INTRO_LINES]
    if not lines:
        return None
    text = view.text[:lines[-1][1]]
    for q in view.quotes:  # (words inside a quote are what a source said: '"Wij zijn nog met de gemeente in
        if q.close is not None and q.start < len(text):  # gesprek over de brug", zegt hij' is no interview)
            text = text[:q.start] + " " * (min(q.end, len(text)) - q.start) + text[q.end:]
    opening = " " + " ".join(text[a:b].lower() for a, b in lines) + " "
    if not any(f" {w} " in opening or f" {w}:" in opening or f" {w}," in opening
               for w in view.lang.words("interview_words")):
        return None
    toks = [t for t in view.span(lines[0][0], lines[-1][1]) or () if not view.in_quote(t)]
    for k, tok in enumerate(toks[:-1]):  # a given name and a surname ("Angela Merkel")
        if given_name(tok) and toks[k + 1].pos_ == "PROPN" and toks[k + 1].i == tok.i + 1:
            return toks[k + 1]
    for k, tok in enumerate(toks[:-1]):  # two proper names opening a sentence ("Lena Brodsky (51), …")
        if tok.is_sent_start and tok.pos_ == "PROPN" and toks[k + 1].pos_ == "PROPN" and toks[k + 1].i == tok.i + 1:
            return toks[k + 1]
    return None


def _interviewee(view: TextView, claims: list[Claim]) -> list[Claim]:
    """In an interview, a quote that nobody else is given speaks for the interviewee: unattributed quotes, quotes
    whose only source is a heading ("Harbour Weekly interview … 'We will not sell the docks'") and quotes of no cue
    that sit next to an unnamed group's statement. Without an opening that names the interview, the person every
    answer after a question speaks for is the interviewee of the unattributed quotes above the first answer (a
    headline quote over a Q&A)."""
    def named(span: Span) -> bool:
        return any(t.pos_ == "PROPN" for t in view.span(span.start, span.end) or ())

    orphans = [c for c in claims if c.kind == "direct" and (
        c.speaker is None
        or c.via == "neighbour" and (view.heading_line(c.speaker.start) or view.paragraph(c.speaker.start) == 0)
        or c.via == "floating" and not named(c.speaker))]  # a quote of no cue next to "veel politici …"
    if not orphans:
        return claims
    name = _interviewee_mention(view)
    if name is not None:
        a, b = view.span_chars(*view.np_range(name))
        speaker = Span.of(view.text, a, b)
    else:  # no opening that calls itself an interview, but answers after questions, all one person's
        answers = [c for c in claims if c.via == "interview" and c.speaker is not None]
        if len(answers) < 2 or len({c.speaker_head for c in answers}) != 1:
            return claims
        speaker, head = answers[0].speaker, answers[0].speaker_head
        name = view.doc[head] if head is not None else None
        orphans = [c for c in orphans if c.speaker is None and c.span.end <= answers[0].span.start]
        if name is None or not orphans:
            return claims  # (only the quotes before the first answer, a headline's or an intro's)
    orphaned = {id(c) for c in orphans}
    return [replace(c, speaker=speaker, speaker_head=name.i, cue=None, cue_type="speech", via="interviewee")
            if id(c) in orphaned else c for c in claims]


def _about_the_speaker(view: TextView, claim: Claim) -> bool:
    """The statement speaks of a person by a personal pronoun ("zou haar … hebben gebracht", "zou ze …"): the
    speaker's own story told on."""
    lang = view.lang
    persons = {w for w, f in lang.get("subject_pronouns", {}).items() if f.get("gender") in ("masc", "fem")}
    persons |= {w for w, base in lang.get("pronoun_forms", {}).items() if base in persons}
    toks = view.span(claim.span.start, claim.span.end) or []
    return any(t.lower_ in persons and t.pos_ == "PRON" and "Yes" not in t.morph.get("Poss")
               and t.dep_ not in view.deps.possessive for t in toks)  # not "on his behalf"


def _hedged_alike(view: TextView, prev: Claim, claim: Claim) -> bool:
    """A hedged sentence after a statement hedged the same way ("De brug zou al jaren onveilig zijn, is hun
    conclusie. De gemeente zou dat hebben geweten."): the account goes on in the same reported voice."""
    if claim.via != "reportive" or claim.cue is None or prev.sentence is None:
        return False
    first = view.span(claim.cue.span.start, claim.cue.span.end)
    toks = [t for t in view.span(*prev.sentence) or () if not t.is_space and not view.in_quote(t)]
    hedge = _reportive_hedge(view, toks) if toks else None
    return hedge is not None and first is not None and len(first) > 0 and norm_lemma(hedge[0]) == norm_lemma(first[0]) \
        and prev.span.start <= hedge[0].idx < prev.span.end


@RULES.rule("reportive_continuation", traits=())
def _reportive_continuation(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A report of unnamed origin that goes on with the account of the source named just before about that
    source itself ("Dana Kofi zegt naar de grens te zijn gelopen. Een vrachtwagen zou haar verder hebben gebracht."):
    the sentence right before is that source's statement, in the same paragraph or at the end of the paragraph
    before, and the report speaks of a person by a personal pronoun or is hedged as that statement is."""
    ordered = sorted(claims, key=lambda c: c.span.start)
    new: dict[int, Claim] = {}
    for k in range(1, len(ordered)):
        prev, c = ordered[k - 1], ordered[k]
        if not RULES.has(c.via, "reported") or c.speaker is not None or prev.speaker is None:
            continue
        last = max(prev.span.end, prev.sentence[1] if prev.sentence else 0) - 1  # (after "Dat meldt X.")
        if view.sentence_at(c.span.start) - view.sentence_at(max(last, prev.span.start)) != 1:
            continue
        if view.paragraph(c.span.start) - view.paragraph(max(last, prev.span.start)) > 1:
            continue
        if not _about_the_speaker(view, c) and not _hedged_alike(view, prev, c) \
                and not (c.cue is not None and c.cue.lemma.split()[0] in view.lang.words("reportive_aux")
                         and view.paragraph(c.span.start) == view.paragraph(max(last, prev.span.start))):
            continue  # "The shipment is believed to have come from Ecuador": a report of its own (but a Dutch
            # reportive "zou" right after a sourced sentence of its paragraph goes on with that source's account:
            # "Volgens de politie ging het om ruzie. De verdachte zou het slachtoffer hebben gestoken.")
        ordered[k] = new[id(c)] = replace(c, speaker=prev.speaker, speaker_head=prev.speaker_head,
                                          via="reportive_continuation")
    return [new.get(id(c), c) for c in claims]


@per_token
def _name_after_quote(cue: Token, view: TextView) -> Token | None:
    """'"…," Mira Coles, an ecologist at the station, told the paper': the cue follows a quote with only its
    speaker's name (and an apposition) between, however the parser split or hung the sentence; the name's last
    word, or None. Asked of a cue by its content, its speaker and its quotes: answered once per cue."""
    text = view.text
    q = next((q for q in reversed(view.quotes) if q.close is not None and q.outer_end <= cue.idx), None)
    if q is None or len(text[q.start:q.end].split()) < 2 or view.paragraph(q.outer_end) != view.paragraph(cue.idx):
        return None
    found = view.span_range(q.outer_end, cue.idx)
    gap = range(*found) if found is not None else ()  # (token indices)
    texts, spaces = view.texts, view.spaces
    words = [k for k in gap if not spaces[k] and texts[k] not in (",", "–", "—", "-")]
    if len(text[q.start:q.end].split()) < 4:  # a short quote: only a sentence closed by its comma, right before the
        run = _name_ending_title_run(view, q, words, cue) if words else None  # speaker and the cue, or with the
        if run is not None or not words or "," not in text[q.end - 1:q.close]:
            return run  # speaker's apposition between ('"We will appeal," Mark Tull, the lawyer, said'; a quote of
            # one word never comes here)
        if not any(texts[k] == "," for k in gap) or text[view._ends[words[-1]]:cue.idx].strip() != ",":
            return None
    if not words or len(words) > 25 or text[q.outer_end:view._starts[words[0]]].strip(" ,"):
        return None
    if text[view._ends[words[-1]]:cue.idx].strip() != ",":
        return _name_ending_title_run(view, q, words, cue) \
            or _name_before_open_apposition(view, gap)  # '"…," Labour MP Rachel Turner said'
    if not _name_like_at(view, words[0]):
        return _name_after_role_apposition(view, gap)  # '"…," the charity's co-chair, Ada Brenner, said'
    pos, lowers, stopwords = view.pos, view.lowers, view.lang.words("stopwords")
    if any(pos[k] in ("VERB", "AUX") and lowers[k] not in stopwords or texts[k] in ".!?;:" for k in words):
        return None
    name = words[0]
    inside = set(words)
    while name + 1 < len(texts) and _name_like_at(view, name + 1) and name + 1 in inside:
        name += 1
    return view.doc[name]


def _comma_parts(view: TextView, gap) -> list[list[int]]:
    """The token indices of ``gap`` split at its commas, white space left out (a comma at either end leaves an empty
    part there)."""
    parts: list[list[int]] = [[]]
    for k in gap:
        if view.texts[k] == ",":
            parts.append([])
        elif not view.spaces[k]:
            parts[-1].append(k)
    return parts


def _name_before_open_apposition(view: TextView, gap) -> Token | None:
    """The gap (token indices) between a quote and its cue is '<Name>, <role phrase>' with no comma to close the
    apposition ('"…," Peter Ndlovu, a party representative said'): the name's last word, or None. The role phrase
    opens with a lower-case word and holds a noun, no verb and no sentence mark."""
    texts, pos = view.texts, view.pos
    parts = _comma_parts(view, gap)
    if parts and not parts[0]:
        parts = parts[1:]  # (a comma after the closing mark)
    if len(parts) != 2 or not 1 <= len(parts[0]) <= 4 or not 1 <= len(parts[1]) <= 8:
        return None
    name, role = parts
    if not all(_name_like_at(view, k) for k in name) or not texts[role[0]][:1].islower() \
            or not any(pos[k] == "NOUN" for k in role) \
            or any(pos[k] in ("VERB", "AUX") and texts[k] != "-" or texts[k] in ".!?;:" for k in role):
        return None
    return view.doc[name[-1]]


def _name_after_role_apposition(view: TextView, gap) -> Token | None:
    """The gap (token indices) between a quote and its cue is '<role phrase>, <Name>,' ('"…," the charity's
    co-chair, Ada Brenner, said'): the name's last word, or None."""
    texts, pos = view.texts, view.pos
    parts = _comma_parts(view, gap)
    if len(parts) != 3 or parts[2] or not parts[0] or not 1 <= len(parts[1]) <= 4 or len(parts[0]) > 8:
        return None
    role, name = parts[0], parts[1]
    if any(pos[k] in ("VERB", "AUX") and texts[k] != "-" or texts[k] in ".!?;:" for k in role) \
            or not all(_name_like_at(view, k) for k in name) or texts[role[0]][:1].isupper() and pos[role[0]] == "PROPN":
        return None
    return view.doc[name[-1]]


def _name_ending_title_run(view: TextView, q, words: list[int], cue: Token) -> Token | None:
    """'"…," Labour MP Rachel Turner said.', '"…," company co-founder Mia Lund said': a closing quote with a comma,
    then a run of titles, party or company words and a name right before a cue that ends the sentence (or is
    followed by a time word only). The parser often reads a party name as a verb and splits the sentence there;
    the run decides whatever the parse. ``words``: token indices. The name's last word, or None."""
    text, texts, pos = view.text, view.texts, view.pos
    if not ("," in text[q.end - 1:q.close] or text[q.outer_end:view._starts[words[0]]].strip() == ",") or len(words) > 8:
        return None
    if not (texts[words[0]][:1].isupper() or _role_before_name(view, words)) or not texts[words[-1]][:1].isupper() \
            or pos[words[-1]] not in ("PROPN", "NOUN"):
        return None
    roles, links = view.lang.words("role_nouns"), view.lang.words("org_name_links")
    for n, k in enumerate(words):
        if not view.alphas[k]:
            return None
        if view.lowers[k] in links and 0 < n < len(words) - 1 and texts[words[n - 1]][:1].isupper() \
                and texts[words[n + 1]][:1].isupper():
            continue  # ('"…," Deputy Commissioner of Police Rakesh Nair told NDTV': a title with its "of")
        if not texts[k][:1].isupper() and pos[k] not in ("NOUN", "ADJ", "PROPN") and view.lowers[k] not in roles \
                and not (pos[k] == "VERB" and not view.finite[k]):
            return None  # ("…," the minister of health said: a noun run; not "…," she had told him; but "chief
            # operating officer Dana Hill", its participle tagged a verb)
    s_b = view.sentences[view.sentence_of[cue.i]][1]
    told = view.lemmas[cue.i] in view.lang.words("addressee_verbs") and _short_verbless_tail(view, cue.i, s_b)
    medium = cue.i + 1 < s_b and view.lowers[cue.i + 1] in view.lang.words("medium_prepositions") \
        and pos[cue.i + 1] == "ADP"
    if not (_ends_its_sentence(view, cue) or told or medium) or not texts[words[-1]][:1].isupper():
        return None  # (a cue of telling may end with its listener: "… told NDTV."; any cue with the medium it used:
        # "… wrote in a memo to staff, which …")
    return view.doc[words[-1]]


def _role_before_name(view: TextView, words: list[int]) -> bool:
    """The run opens in lower case with a role (a word of the language's ``role_nouns``, adjectives and
    participles before it allowed: "chief executive Dana Whitfield", "chief operating officer Dana Hill") and ends
    with a capitalised name of one or more words."""
    lowers, texts, pos = view.lowers, view.texts, view.pos
    roles = view.lang.words("role_nouns")
    k = 0
    while k < len(words) and not texts[words[k]][:1].isupper():
        if not (pos[words[k]] in ("ADJ", "NOUN") or pos[words[k]] == "VERB" and not view.finite[words[k]]) \
                and lowers[words[k]] not in roles:
            return False  # ("chief operating officer", its participle tagged a verb)
        k += 1
    return 0 < k < len(words) and any(lowers[w] in roles for w in words[:k]) \
        and all(texts[w][:1].isupper() and pos[w] == "PROPN" for w in words[k:])


def _ends_its_sentence(view: TextView, cue: Token) -> bool:
    """Nothing but a time phrase follows the cue in its sentence ("… said.", "… said on Friday.")."""
    times = view.lang.union("time_words", "time_adverbs")  # (the same words, joined once)
    spaces, puncts, lowers, pos = view.spaces, view.puncts, view.lowers, view.pos
    return not any(not spaces[k] and not puncts[k] and lowers[k] not in times and pos[k] not in ("ADP", "DET")
                   for k in range(cue.i + 1, view.sentences[view.sentence_of[cue.i]][1]))


def _determiner_phrase_before_final_cue(view: TextView, cue: Token) -> tuple[int, Token] | None:
    """'<clause ending in a name>, a spokesman said.': a noun phrase that opens with a determiner, right between the
    last comma and a cue that ends the sentence (no comma closes it, so it is no apposition of the name before the
    comma: "Mark Dyson, a councillor, said" has one). (the comma's index, the phrase's noun), or None."""
    i = cue.i
    s_a, s_b = view.sentences[view.sentence_of[i]]
    if view.quote_of[i] >= 0 or not (_ends_its_sentence(view, cue) or (
            i + 1 < s_b and view.pos[i + 1] == "ADP" and _short_verbless_tail(view, i, s_b, most=8))):
        return None  # (a short place phrase may close it: "…, the team reported in the journal Heart Health.", "…,
        # a spokesperson confirmed in response to questions from the BBC.")
    texts, pos = view.texts, view.pos
    comma = next((k for k in range(i - 1, max(s_a, i - 8) - 1, -1) if texts[k] == ","), None)
    if comma is None or comma < s_a + 3:
        return None
    run = [k for k in range(comma + 1, i) if not view.spaces[k]]
    if not 2 <= len(run) <= 6 or pos[run[0]] != "DET" or any(pos[k] in ("VERB", "AUX", "PRON") or view.puncts[k]
                                                             for k in run):
        return None
    noun = next((k for k in reversed(run) if pos[k] in ("NOUN", "PROPN")), None)
    if noun is None or pos[noun] != "NOUN" or pos[i] != "VERB" or not _source_like_at(view, noun):
        return None  # (a named source, "…, the Valley Courier reports", is found as it was)
    return comma, view.doc[noun]


def _short_verbless_tail(view: TextView, i: int, end: int, most: int = 6) -> bool:
    """At most ``most`` words (not white space, not punctuation) after token i up to ``end``, and no verb among
    them: counted up to the one past ``most``, not gathered to the end."""
    spaces, puncts, pos = view.spaces, view.puncts, view.pos
    words = 0
    for k in range(i + 1, end):
        if not spaces[k] and not puncts[k]:
            if pos[k] in ("VERB", "AUX") or words == most:
                return False
            words += 1
    return True


def _source_before_headline_cue(view: TextView, cue: Token) -> Token | None:
    """On a heading line that the cue ends, the one to four words between the last comma and the cue, adjectives,
    nouns and names only ("…, Canadian police report", "…, Dutch experts warn"): the last of them, when it can be a
    source; else None. (The parser hangs a headline's words anywhere, the cue often read as a noun.)"""
    i = cue.i
    s_a, s_b = view.sentences[view.sentence_of[i]]
    if not view.heading_line(view._starts[i]) or not _ends_its_sentence(view, cue) or view.quote_of[i] >= 0:
        return None
    comma = next((k for k in range(i - 1, max(s_a, i - 6) - 1, -1) if view.texts[k] == ","), None)
    if comma is None or comma < s_a + 2:
        return None
    run = [k for k in range(comma + 1, i) if not view.spaces[k]]
    if not 1 <= len(run) <= 4 or any(view.pos[k] not in ("ADJ", "NOUN", "PROPN", "DET") for k in run) \
            or view.pos[run[-1]] not in ("NOUN", "PROPN"):
        return None
    last = run[-1]
    return view.doc[last] if view.pos[last] == "PROPN" or _source_like_at(view, last) else None


def _name_before_final_cue(view: TextView, cue: Token) -> Token | None:
    """'<clause>, Capt. Eric Holloway of the Marlow Fire Department said.', '<clause>, Ivo Brandt, the harbour
    master, said.': a cue at the end of its sentence (a time phrase or its listeners may follow) after a comma, a
    capitalised run of titles and a name (an affiliation after a preposition may follow) and an apposition between
    commas, all of which the parser may hang inside the clause. The last word of the name, or None."""
    i = cue.i
    s_a, s_b = view.sentences[view.sentence_of[i]]
    texts, pos, spaces = view.texts, view.pos, view.spaces
    if not _short_verbless_tail(view, i, s_b):
        return None
    commas = [k for k in range(i - 1, max(s_a, i - 26) - 1, -1) if texts[k] == ","]
    stopwords = view.lang.words("stopwords")
    alphas, lowers, is_lowers = view.alphas, view.lowers, view.is_lowers
    for comma in commas:
        parts: list[list[int]] = [[]]
        for k in range(comma + 1, i):
            if spaces[k]:
                continue
            if texts[k] == ",":
                parts.append([])
            else:
                parts[-1].append(k)
        if parts[-1] and len(parts) > 1 or len(parts) > 3:
            continue  # (an apposition is closed by a comma right before the cue: "Ivo Brandt, the harbour master,")
        first = parts[0]
        stop = next((n for n, k in enumerate(first) if pos[k] == "ADP" and is_lowers[k]), len(first))
        name = first[:stop]
        if not 2 <= len(name) <= 5 or not all(texts[k][:1].isupper() and alphas[k] or texts[k].endswith(".")
                                              for k in name) or any(lowers[k] in stopwords for k in name):
            continue
        if not all(texts[k][:1].isupper() or pos[k] in ("ADP", "DET") for k in first[stop:]):
            continue  # (only an affiliation after the preposition: "of the Marlow Fire Department")
        if any(pos[k] in ("VERB", "AUX") or texts[k] in ".;:!?" for part in parts[1:] for k in part):
            continue
        if any(view.dep[c] in view.deps.subject and not comma < c < i for c in view.children(i)):
            return None  # (a subject of its own outside the run: the parse stands)
        return view.doc[name[-1]]
    return None


def _title_run_after_cue(view: TextView, cue: Token) -> Token | None:
    """'"…," said Labour councillor Nadia Shah.': a cue right after a quote closed by its comma, followed by a run
    of titles and a name to the end of the sentence (the parser often splits such a sentence at the party name).
    The name's last word, or None."""
    q = _quote_before(view, cue)
    if q is None or "," not in view.text[q.end - 1:cue.idx]:
        return None
    texts, pos, n = view.texts, view.pos, len(view.texts)
    end = cue.i + 1
    while end < n and not view.spaces[end] and texts[end] not in FINAL_PUNCT and texts[end] != "," and not (
            pos[end] == "ADP" and view.is_lowers[end] and end > cue.i + 2 and pos[end - 1] == "PROPN"):
        end += 1  # (to the sentence's end, a comma, or a preposition after a name: "… Ted Ward of the institute")
    if end < n and texts[end] == ",":
        after = next((k for k in range(end + 1, n) if not view.spaces[k]), None)
        if after is None or not view.is_lowers[after] or view.lowers[after] in view.lang.words("coordinators"):
            return None  # (after the comma an adjunct or a clause about the source, ", later in the panel", not
            # another name of a list)
    words = [k for k in range(cue.i + 1, end) if texts[k] not in ("-",)]
    if not 2 <= len(words) <= 8 or end >= n:
        return None
    roles, alphas, lowers = view.lang.words("role_nouns"), view.alphas, view.lowers
    if any(not (alphas[k] or texts[k].replace("-", "").isalpha()) or not texts[k][:1].isupper()
           and pos[k] not in ("NOUN", "ADJ") and lowers[k] not in roles for k in words):
        return None  # (a word may hold a hyphen: "Entertainment-redacteur")
    last = words[-1]
    if not texts[words[0]][:1].isupper():  # ('"…," said study co-author Carl Lipo': a role in lower case first)
        name = len(words)
        while name > 0 and texts[words[name - 1]][:1].isupper():
            name -= 1  # (the capitalised words that end the run: the name, with any title)
        if name == 0 or pos[words[name - 1]] != "NOUN" or pos[last] != "PROPN" \
                or lowers[last] in view.lang.words("time_words"):
            return None  # (not '"…," said officials Monday')
        if any(view.dep[c] in view.deps.subject and words[0] <= c <= last and view.np_range(view.doc[c])[1] == last + 1
               for c in view.children(cue.i)):
            return None  # (the parse's subject is the whole run, role and name: "zegt dijkgraaf Marijke Aalbers")
    return view.doc[last] if texts[last][:1].isupper() and pos[last] in ("PROPN", "NOUN") else None


def _name_like_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("NOUN", "X", "ADJ"))


def _name_like_at(view: TextView, k: int) -> bool:
    """``_name_like_token`` of the view's token k."""
    p = view.pos[k]
    return p == "PROPN" or (bool(view.alphas[k]) and view.texts[k][:1].isupper() and p in ("NOUN", "X", "ADJ"))


def _after_quote(view: TextView, cue: Token) -> bool:
    """The cue follows a closing quote mark with at most a comma or dash between ('"…", zegt hij'), or with only
    the speaker's name and apposition between ('"…," Mira Coles, an ecologist at …, told the paper')."""
    if _name_after_quote(cue, view) is not None:
        return True
    q = _quote_before(view, cue)
    return q is not None and len(view.text[q.start:q.end].split()) >= 4  # not a quoted term ('"bizar", vindt hij')


def _quote_before(view: TextView, cue: Token, between: str = " ,–—-"):
    """The closed quote that ends right before the cue, with at most spaces, commas and dashes (the characters of
    ``between``) between, or None."""
    text = view.text
    gap = cue.idx  # the start of the spaces, commas and dashes just before the cue (found once, not per quote)
    while gap > 0 and text[gap - 1] in between:
        gap -= 1
    by_end = view.__dict__.get("_claims_closed_quote_ends")  # (each outer end of a closed quote: the first quote
    if by_end is None:  # in the list's order that ends there, found once per text, not a pass over every quote)
        by_end = {}
        for k, q in enumerate(view.quotes):
            if q.close is not None:
                by_end.setdefault(q.outer_end, k)
        view.__dict__["_claims_closed_quote_ends"] = by_end
    found = [by_end[e] for e in range(gap, cue.idx + 1) if e in by_end]
    return view.quotes[min(found)] if found else None


def _reportive_hedge(view: TextView, toks: list[Token]) -> tuple[Token, Token] | None:
    """The words that make a sentence a report of unnamed origin: "reportedly", "is said to", "naar verluidt",
    or the Dutch reportive "zou/zouden … hebben/zijn/worden" in the main clause."""
    found = _reportive_hedge_at(view, [t.i for t in toks])
    return None if found is None else (view.doc[found[0]], view.doc[found[1]])


@lru_cache(maxsize=None)
def _reportive_phrase_words(lang: LangData) -> tuple[list[str], ...]:
    """The language's ``reportive_phrases`` as word lists, in their order (split once per language)."""
    return tuple(phrase.split() for phrase in lang.get("reportive_phrases", []))


def _reportive_hedge_at(view: TextView, idx: list[int]) -> tuple[int, int] | None:
    """``_reportive_hedge`` of the view's tokens ``idx`` (token indices in, token indices out)."""
    lang = view.lang
    lowers = view.lowers
    lowered = [lowers[i] for i in idx]
    present = set(lowered)
    for words in _reportive_phrase_words(lang):
        if words and words[0] not in present:
            continue  # (the phrase's first word is not in the sentence: no need to try every position)
        n = len(words)
        if not words:
            for i in range(len(idx) + 1):
                if lowered[i:i] == words:
                    return idx[i], idx[i - 1]
            continue
        if n > len(idx):
            continue  # (no position for it: the slice's end below must not count from the list's end)
        first, i = words[0], -1
        while True:  # (the positions of its first word only, in order: a match starts at one of them)
            try:
                i = lowered.index(first, i + 1, len(idx) - n + 1)
            except ValueError:
                break
            if lowered[i:i + n] == words:
                if n >= 2 and words[-1] in lang.words("infinitive_markers") \
                        and view.lemmas[idx[i + n - 2]] in lang.words("passive_infinitive_cues") and not (
                        i + n < len(idx) and view.pos[idx[i + n]] in ("VERB", "AUX")):
                    continue  # "was reported to police": a passive report verb with no infinitive, no hedge
                return idx[i], idx[i + n - 1]
            end = _phrase_over_adverbs(view, idx, lowered, i, words) if n >= 2 else None
            if end is not None and not (words[-1] in lang.words("infinitive_markers")
                                        and view.lemmas[idx[end - 1]] in lang.words("passive_infinitive_cues")
                                        and not (end + 1 < len(idx) and view.pos[idx[end + 1]] in ("VERB", "AUX"))):
                return idx[i], idx[end]  # "Het zou vooral gaan om …": the phrase with an adverb inside it
    aux = lang.words("reportive_aux")
    deps, dep, heads = view.deps, view.dep, view.heads
    predicated = _reported_state(view, idx)
    if predicated is not None:
        return predicated
    if not aux.isdisjoint(present) and not lang.words("plan_adverbs").isdisjoint(present):
        return None  # "Op die dag zou de zaak oorspronkelijk behandeld worden": what was planned, not hearsay
    for k, lower in zip(idx, lowered):
        if lower not in aux:
            continue  # (``reportive_infinitive`` answers None for any other word)
        main = dep[k] in deps.root or dep[k] in deps.any_auxiliary and dep[heads[k]] in deps.root
        nxt = view.reportive_infinitive(view.doc[k]) if main else None
        if nxt is not None:
            return k, nxt.i
    return None


def _phrase_over_adverbs(view: TextView, idx: list[int], lowered: list[str], i: int,
                         words: list[str]) -> int | None:
    """The position in ``idx`` of the last word of the phrase ``words`` that starts at position ``i``, with at most
    two adverbs outside quotes standing between its words ("zou vooral gaan om", "zou het vooral gaan om" is a
    phrase of its own), else None."""
    k, skipped = i + 1, 0
    for w in words[1:]:
        while k < len(idx) and lowered[k] != w and skipped < 2 and view.pos[idx[k]] == "ADV" \
                and view.quote_of[idx[k]] < 0:
            k, skipped = k + 1, skipped + 1
        if k >= len(idx) or lowered[k] != w:
            return None
        k += 1
    return k - 1 if skipped else None


def _reported_state(view: TextView, idx: list[int]) -> tuple[int, int] | None:
    """A report verb of the language's ``reported_state_verbs`` in the passive, without an agent, with a state as its
    predicate ("33 were reported hospitalised", "three people were reported dead"): a report of unnamed origin, the
    passive auxiliary and the verb its hedge (token indices). Not a state that names the act of reporting itself
    (``reported_state_exclusions``: "was reported missing", "reported stolen")."""
    verbs = view.lang.words("reported_state_verbs")
    if not verbs:
        return None
    deps, dep, pos, lemmas = view.deps, view.dep, view.pos, view.lemmas
    agents = view.lang.words("passive_agent_prepositions")
    for k in idx:
        if lemmas[k] not in verbs or pos[k] != "VERB" or view.quote_of[k] >= 0:
            continue
        kids = view.children(k)
        auxes = [c for c in kids if dep[c] in deps.passive_auxiliary and c < k]
        state = next((c for c in kids if c == k + 1 and dep[c] in deps.open_complement
                      and pos[c] in ("ADJ", "VERB")), None)
        if not auxes or state is None or view.lowers[state] in view.lang.words("reported_state_exclusions") \
                or any(dep[c] in deps.agent or any(view.lowers[g] in agents for g in view.children(c)) for c in kids):
            continue
        return auxes[0], k
    return None


@RULES.rule("reportive", traits=("reported",))
def reportive_sentences(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A sentence that reports something with no source but a reportive hedge ("Mr Oyelaran is said to have been
    under pressure", "De brand zou zijn begonnen in een opslagruimte") is a statement of unnamed origin: the whole
    sentence, no speaker, the hedge as its cue. In a sentence another statement already attributes, a hedge on one
    phrase ("…, reportedly a former soldier, …") makes that phrase such a statement (``_reportive_phrase_in``)."""
    out = []
    taken = [(c.span.start, c.span.end) for c in claims] + [(c.sentence[0], c.sentence[1]) for c in claims]
    openers = _reportive_openers(view)
    for s, (a_tok, b_tok) in enumerate(view.sentences):
        if openers is not None and bisect_left(openers, a_tok) == bisect_left(openers, b_tok):
            continue  # (no word of the sentence can open a hedge: ``_reportive_hedge_at`` below would be None)
        a, b = view.trim(*view.sentence_chars(s))
        if b - a < 12 or view.paragraph(a) == 0 and view.text[b:b + 1] not in FINAL_PUNCT:
            continue  # not a headline without its full stop
        for a_tok, b_tok, a, b in _semicolon_clauses(view, a_tok, b_tok, a, b):
            found = _reportive_clause(view, claims, taken, openers, a_tok, b_tok, a, b)
            if found is not None:
                out.append(found)
    return out


def _hedge_cue(view: TextView, h0: int, h1: int) -> Cue:
    """The cue of a reportive hedge over tokens h0…h1: its one word's lemma, or its words in lower case."""
    return Cue(Span.of(view.text, view._starts[h0], view._ends[h1]), view.lemmas[h0]
               if h0 == h1 else " ".join(view.lowers[k] for k in range(h0, h1 + 1)))


def _semicolon_clauses(view: TextView, a_tok: int, b_tok: int, a: int, b: int) -> list[tuple[int, int, int, int]]:
    """A sentence's clauses between semicolons outside quotes, as (first token, end token, start, end characters):
    each is a unit of its own for a reportive hedge ("At the time there were reportedly four people on board;
    according to investigators, one died")."""
    cuts = [k for k in range(a_tok, b_tok) if view.texts[k] == ";" and view.quote_of[k] < 0]
    if not cuts:
        return [(a_tok, b_tok, a, b)]
    out, start = [], a_tok
    for k in cuts + [b_tok]:
        if k > start:
            ca, cb = view.trim(max(a, view._starts[start]), min(b, view._starts[k]) if k < b_tok else b)
            if cb > ca:
                out.append((start, k, ca, cb))
        start = k + 1
    return out


def _reportive_clause(view: TextView, claims: list[Claim], taken: list[tuple[int, int]], openers,
                      a_tok: int, b_tok: int, a: int, b: int) -> Claim | None:
    """``reportive_sentences`` for one sentence or clause [a_tok, b_tok) at characters [a, b)."""
    if openers is not None and bisect_left(openers, a_tok) == bisect_left(openers, b_tok) or b - a < 12:
        return None
    spaces, quote_of = view.spaces, view.quote_of  # (the tests on the view's lists: a Token made only after)
    idx = [i for i in range(a_tok, b_tok) if not spaces[i]]
    if any(x < b and a < y for x, y in taken):
        hedge = _reportive_hedge_at(view, idx)
        if hedge is None:
            return None
        return _hedged_report_in(view, idx, hedge, claims, (a, b)) or _reportive_phrase_in(view, hedge, claims, (a, b))
    if any(quote_of[i] >= 0 for i in idx) or view.text[b - 1:b] == "?":
        return None
    hedge = _reportive_hedge_at(view, idx)
    if hedge is None or not any(view.pos[i] in ("VERB", "AUX") for i in idx):
        return None
    h0, h1 = hedge  # (one word exactly when h0 == h1: a phrase of one word)
    cue = _hedge_cue(view, h0, h1)
    sentence = (a, b)
    opening = _opening_subordinate_clause(view, idx, h1)
    if opening is not None:
        a, b = opening
    return Claim(kind="indirect", span=Span.of(view.text, a, b), cue=cue, via="reportive",
                 cue_type="speech", sentence=sentence)


def _opening_subordinate_clause(view: TextView, idx: list[int], h: int) -> tuple[int, int] | None:
    """A sentence that opens with a subordinate clause holding the hedge at ``h`` ("Although the elections are,
    reportedly, usually quiet, this year …"): that clause without its subordinator is what is reported, not the
    main clause after it. Its character range, else None."""
    first = idx[0] if idx else None
    if first is None or view.dep[first] not in view.deps.marker:
        return None
    head = view.heads[first]
    if view.dep[head] not in view.deps.adverbial_clause or view.heads[head] == head:
        return None
    sub = view.subtree(head)
    if not (min(sub) <= h <= max(sub)) or max(sub) + 1 >= idx[-1]:
        return None
    a, b = view.trim(view._ends[first], view._ends[max(sub)])
    return (a, b) if b - a >= 12 else None


def _hedged_report_in(view: TextView, idx: list[int], hedge: tuple[int, int], claims: list[Claim],
                      sentence: tuple[int, int]) -> Claim | None:
    """The reportive hedge (tokens ``hedge``) on the cue verb of a statement the sentence attributes ("Investigators
    reportedly believe the fire was set", "De onderzoekers denken naar verluidt dat …"), or on the
    sentence's own verb with the attributed statements after it ("Kimura reportedly posted messages suggesting
    …"): that someone holds the view, or did what holds it, is itself reported by nobody named — the whole sentence
    is a statement of unnamed origin, the attributed one nested in it. Not in quotes, not a question."""
    if any(view.quote_of[i] >= 0 for i in idx) or view.text[sentence[1] - 1:sentence[1]] == "?":
        return None
    head = view.heads[hedge[1]]
    if hedge[0] <= head <= hedge[1]:
        return None  # (a hedge of a verb of its own: "is said to …")
    cue_start = view._starts[head]
    inside = [c for c in claims if c.cue is not None and c.speaker is not None
              and sentence[0] <= c.span.start and c.span.end <= sentence[1]]
    if not any(c.cue.span.start == cue_start for c in inside) and not (
            view.dep[head] in view.deps.root and view.pos[head] == "VERB"
            and inside and all(sentence[0] <= c.cue.span.start < sentence[1] and c.cue.span.start > cue_start
                               for c in inside)):
        return None  # (also the sentence's own verb hedged, the attributed statement after it: "Kimura reportedly
        # posted messages suggesting she was bullied" reports the posts, and her suggestion inside them)
    a, b = sentence  # (already trimmed, its full stop left out)
    return Claim(kind="indirect", span=Span.of(view.text, a, b), cue=_hedge_cue(view, *hedge), via="hedged_report",
                 cue_type="speech", sentence=sentence)


def _reportive_phrase_in(view: TextView, hedge: tuple[int, int], claims: list[Claim],
                         sentence: tuple[int, int]) -> Claim | None:
    """In a sentence another statement already attributes, a reportive hedge (tokens ``hedge``) outside quotes that
    qualifies one phrase of it rather than its main verb ("…, according to officials, with burns over reportedly 85%
    of his body", "Police said a guard, reportedly a former soldier, raised the alarm"): that phrase — the hedge's
    head and what hangs on it — is a report of unnamed origin of its own, nested where it stands inside a
    statement. None when the hedge qualifies the sentence's main verb or a statement already covers nearly the same
    characters."""
    h0, h1 = hedge
    head = view.heads[h1]
    while view.dep[head] in view.deps.numeric_modifier and view.heads[head] != head:
        head = view.heads[head]  # ("reportedly 85% of his body", "reportedly one Vijayaragavan": the counted noun)
    if view.quote_of[h0] >= 0 or h0 <= head <= h1 or view.dep[head] in view.deps.root or view.pos[h0] != "ADV":
        return None
    if view.pos[head] in ("NOUN", "PROPN", "NUM", "SYM"):  # a noun phrase: no further than its own words
        lo, hi = view.np_range(view.doc[head])
        sub = list(range(min(lo, h0), hi))
    else:
        sub = view.subtree(head)
    first = min(k for k in sub if view.dep[k] not in view.deps.coordinator and not view.puncts[k])
    a, b = view.trim(view._starts[first], view._ends[max(sub)])  # (not the "and" of a conjunct)
    if b - a < 12 or any(view.quote_of[k] >= 0 for k in sub):
        return None
    if any(_overlap((a, b), (c.span.start, c.span.end)) >= 0.8 * (max(b, c.span.end) - min(a, c.span.start))
           for c in claims):
        return None
    cue = _hedge_cue(view, h0, h1)
    return Claim(kind="indirect", span=Span.of(view.text, a, b), cue=cue, via="reportive", cue_type="speech",
                 sentence=sentence)


def _reportive_openers(view: TextView) -> list[int] | None:
    """The tokens of the text, in order, other than white space, whose word can open a hedge that
    ``_reportive_hedge_at`` finds: the first word of a ``reportive_phrases`` entry (a phrase matches only where its
    first word stands) or a ``reportive_aux`` (the only words it asks for an infinitive). None when the language
    has an empty phrase, which matches anywhere."""
    phrases = _reportive_phrase_words(view.lang)
    if any(not words for words in phrases):
        return None
    positions, spaces = view.positions, view.spaces
    firsts = {words[0] for words in phrases} | view.lang.words("reportive_aux")
    states = view.lang.words("reported_state_verbs")  # (``_reported_state``: the report verb itself)
    verbs = [i for i, lemma in enumerate(view.lemmas) if lemma in states] if states else []
    return sorted({i for w in firsts for i in positions.get(w, ()) if not spaces[i]} | set(verbs))


def _main_clause_start(view: TextView, a: int, b: int) -> int:
    """Where reported content ends because the sentence's main clause begins, in a language with the finite verb
    second (``verb_second``): after a comma, a finite verb right away or after one adverb ("Terwijl X volhoudt
    dat Y, komt het bestuur …"; "… dat haar scooter was verdwenen, toch twijfelde de brigadier …"). Returns ``b`` if
    there is none."""
    if not view.lang.get("verb_second"):
        return b
    found = view.span_range(a, b)
    toks = [t for t in range(*found) if not view.spaces[t]] if found is not None else []
    finite = view.finite
    for k, tok in enumerate(toks[:-1]):
        if view.texts[tok] != "," or view.quote_of[tok] >= 0:
            continue
        nxt = toks[k + 1:k + 3]
        first = next((t for t in nxt if finite[t]), None)
        if first is not None and (first == nxt[0] or view.pos[nxt[0]] == "ADV" and first == nxt[1]):
            return view._starts[tok]
    return b


def split_coordinated(view: TextView, a: int, b: int) -> list[tuple[int, int]]:
    """'said X and confirmed that Y' → X (the second cue has its own content); 'said X and that Y' stays one
    statement, X to Y (what the cue reports, its second clause coordinated with the first)."""
    span = view.span_range(a, b)  # (token range)
    if span is None:
        return [(a, b)]
    coords = view.lang.words("coordinators")
    lowers, pos = view.lowers, view.pos
    parts, start = [], a
    for tok in range(span[0] + 1, span[1]):
        if view.quote_of[tok] >= 0 or lowers[tok - 1] not in coords:
            continue
        cut = view.trim(start, view._starts[tok - 1])
        if pos[tok] == "VERB" and cue_of(view.doc[tok], view) is not None and view.dep[tok] in view.deps.conjunct \
                and not _verb_of_its_infinitive(view, tok) and "Inf" not in view.verb_forms[tok]:
            # (not "… and continued to attack people", nor "nothing to comment or disclose on the report", an
            # infinitive coordinated with another)
            parts.append(cut)
            return [p for p in parts if p[1] - p[0] > 3]
    if not parts:
        return [(a, b)]
    parts.append(view.trim(start, b))
    return [p for p in parts if p[1] - p[0] > 3]


def _has_verb(view: TextView, a: int, b: int) -> bool:
    found = view.span_range(a, b) if b > a else None
    return found is not None and any(view.pos[k] in ("VERB", "AUX") for k in range(*found))


def _clause_like(view: TextView, a: int, b: int, att: Attribution) -> bool:
    """Reported content is a clause: it has a verb, does not open with a relative pronoun, and is not the
    speaker's own noun phrase."""
    span = view.span_range(a, b)  # (token range)
    if span is None:
        return False
    start, stop = span
    lowers, pos, heads = view.lowers, view.pos, view.heads
    words = view.lang.words
    if lowers[start] in words("relative_pronouns") and pos[start] == "PRON" and lowers[start] not in words("complementizers") \
            and not (view.sent_starts[start] and view.texts[start][:1].isupper()) \
            and not (start > 0 and lowers[start - 1] in words("complementizers") and view.quote_of[start - 1] < 0):
        return False  # (but a sentence that opens with one opens with a demonstrative: "Die waren volgens de
        # officier bedoeld om te dreigen"; so does a clause right after its complementizer: "zei dat die veilig is")
    root = next((t for t in range(start, stop) if not start <= heads[t] < stop or heads[t] == t), None)
    if pos[start] in ("PRON", "ADV", "SCONJ") and lowers[start] in words("interrogative_complementizers") \
            and root is not None and heads[start] == root:
        return False  # "asked me what went wrong", "explained what the council would do": nothing stated
    if att.cue_lemma in view.lang.words("continuation_cues") and view.pos[start] in ("SCONJ", "ADP") \
            and view.lowers[start] not in view.lang.words("complementizers") and att.via != "complementizer":
        return False  # "would continue until the licences were withdrawn": an adverbial clause of "continue" in
        # its other sense, not what was said (but "adding that, as a result, …": the complementizer opened it)
    rest = [t for t in range(start, stop) if att.speaker is None or not att.speaker[0] <= t < att.speaker[1]]
    if len([t for t in rest if not view.puncts[t]]) < 2:
        return False  # "has not confirmed that figure": a determiner, not a clause
    sentence_end = view.sentence_chars(view.sentence_of[stop - 1])[1]
    if view.text[b:sentence_end].strip().endswith("?") or view.text[:b].rstrip().endswith("?"):
        return False  # "Waar ligt het aan, denkt u?": a question, not a statement
    if att.via == "infinitive" and lowers[start] in words("infinitive_markers") and view.quote_of[start + 1] >= 0:
        return True  # ('promised to "repair every road"': the verb after the quote mark, whatever its tag)
    if start > 0 and view.lowers[start - 1] in words("complementizers") and _subordinator_opens(view, start - 1, stop):
        return True  # ("allege that the pair stole £2m from …" with "stole" read as a noun)
    if _headline_quoted_predicate(view, start, stop):
        return True  # ("Bridge closure 'unavoidable', says engineer": a headline leaves its copula out)
    end = view.sentences[view.sentence_of[stop - 1]][1]
    dep, subject = view.dep, view.deps.subject
    objects = view.deps.object
    cue_at = view.span_range(att.cue_start, att.cue_end) if att.cue_end > att.cue_start else None
    before_preposition = att.via in ("trailing", "source") or att.cue_type in ("speech", "opinion") and not (
        cue_at is not None and _addressee_cue(view, view.doc[cue_at[0]]))
    # (a clause reported or sourced, not a confirmed noun phrase, "confirmed the shares sold on Monday", nor a
    # listener with a participle phrase after "told": "told residents concerned about the cost …")
    return any(pos[t] in ("VERB", "AUX") or _untagged_verb(view, t, end, before_preposition=before_preposition)
               or any(dep[c] in subject or dep[c] in objects for c in view.children(t)) for t in rest) \
        or att.via == "trailing" and _headline_noun_phrase(view, start, stop) \
        or att.via == "source" and _verb_read_as_possessive(view, start)  # ("Volgens Jan de Boer zijn muizen …")
    # (a word with a subject or an object is a predicate, whatever its tag: "say the river rose" with "rose"
    # tagged a noun, "said the number of cases trails the real spread" with "trails" a noun and "spread" its object;
    # before a trailing cue a headline may leave its verb out: "Twee gewonden bij instorting kraan, meldt politie")


def _title_cased_line(view: TextView, char: int) -> bool:
    """The line holding ``char`` is written in Title Case, in a language whose headlines may be
    (``title_case_headlines``: "Farmer Furious Over New Rules")."""
    if not view.lang.get("title_case_headlines"):
        return False
    line = view.line_at(char)
    return sentence_cased(line) != line


def _colon_before(view: TextView, q: Quote) -> int | None:
    """The offset of a colon right before the quote's opening mark (only spaces and tabs between), else None."""
    text = view.text
    k = q.open - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k if k >= 0 and text[k] == ":" else None


def colon_frame(view: TextView, q: Quote) -> Attribution | None:
    """'Roethof: "Het is bizar"': a short noun phrase and a colon right before the opening mark."""
    text = view.text
    k = _colon_before(view, q)
    if k is None:
        return None
    line_start = text.rfind("\n", 0, k) + 1
    line_start = max(line_start, text.rfind("|", line_start, k) + 1)  # ("LIVE | Storm …: '…'": a kicker before a
    # pipe is no part of the frame)
    span = view.span(line_start, k, contract=True)
    if span is None or not len(span):
        return None
    # the frame is the end of the sentence before the colon: take at most the last 8 tokens, no finite verb
    s = view.sentence_of[span[-1].i]
    a_tok = max(view.sentences[s][0], span[0].i)
    toks = [t for t in view.doc[a_tok:span[-1].i + 1] if not t.is_space]
    if not toks or len(toks) > 8:
        # "Hij zei: '…'": a cue verb before the colon is handled by the cue rules
        return None
    topic = view.lang.words("topic_prepositions")
    cut = next((n for n, t in enumerate(toks) if n > 0 and not t.is_sent_start and (
        t.lower_ in topic or t.pos_ == "ADP" and n > 1 and toks[n - 1].pos_ == "ADJ")), None)
    if cut is not None and not any(t.pos_ in ("VERB", "AUX") for t in toks[:cut]):
        toks = toks[:cut]  # "Halsema over de rellen: '…'", "Mayor on riots: '…'": the speaker, then the topic
        title = _title_cased_line(view, toks[0].idx)
        while len(toks) > 1 and toks[-1].pos_ == "ADJ" and (toks[-1].is_lower or title):
            toks = toks[:-1]  # "Boer boos over nieuwe regels: '…'", "Farmer furious over …", "Burgemeester blij
            # met besluit: '…'": the speaker, then what the headline says of them (a capitalised word in a line
            # that is not Title Case is a name: "Wethouder Klein boos over …")
    if any(t.pos_ in ("VERB", "AUX") for t in toks):
        return _headline_clause_frame(view, toks, k, q)
    if any(_label_word(view, t.lower_) for t in toks):
        return None  # "Liveblog …:", "Update:": a section label, not a speaker
    heads = [t for t in toks if t.head.i < toks[0].i or t.head.i > toks[-1].i or t.head.i == t.i]
    heads.sort(key=lambda t: (t.head.i < toks[0].i, -t.i if t.head.i < toks[0].i else 0))
    # (words hung on something before the frame, a live blog's time stamp, come after the frame's own root, the
    # last of them first: "02:20 Lib Dem candidate: '…'" is the candidate)
    head = next((t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON")), None) or next(
        (t for t in reversed(toks) if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None:
        return None
    colon = k
    rng = view.np_range(head)
    if not (toks[0].i <= rng[0] and rng[1] <= toks[-1].i + 1):
        rng = (toks[0].i, toks[-1].i + 1)
    start = rng[0]
    while start > toks[0].i and view.pos[start - 1] in ("PROPN", "NOUN", "ADJ"):
        start -= 1  # ("Lib" hung on the time stamp before it: the names before the head are the frame's)
    rng = (start, rng[1])
    return Attribution(colon, colon + 1, ":", "speech", rng, head.i, False, "colon", (toks[0].idx, q.outer_end))




def issued_frame(view: TextView, q: Quote) -> Attribution | None:
    """'The palace issued a statement: "…"', 'Het bedrijf verspreidde de volgende verklaring: "…"': a colon right
    before the opening mark ends a sentence whose last noun phrase is a document (``document_nouns``,
    ``statement_nouns``) that a verb of the language's ``issuing_verbs`` takes as its object: the quote is the
    document's words, the verb its cue, and the source whom an owner phrase names ("the following statement from
    its chairman", ``document_source_prepositions``), else the verb's subject (also when the parser read "The water
    board issued …" as a participle on the noun)."""
    k = _colon_before(view, q)
    if k is None or k < 1:
        return None
    before = view.span_range(max(0, k - 1), k)
    if before is None:
        return None
    last = before[1] - 1
    a_tok = view.sentences[view.sentence_of[last]][0]
    words = view.lang.words
    documents = view.lang.union("document_nouns", "statement_nouns")
    doc_noun = next((t for t in range(last, a_tok - 1, -1) if view.lemmas[t] in documents
                     and view.dep[t] in view.deps.objects and view.quote_of[t] < 0), None)
    if doc_noun is None:
        return None
    verb = view.heads[doc_noun]
    issuing = words("issuing_verbs")
    lemma = next((view.lowers[c] + view.lemmas[verb] for c in view.children(verb) if view.dep[c] in view.deps.particle
                  and view.lowers[c] + view.lemmas[verb] in issuing), view.lemmas[verb])  # ("gaf … uit": uitgeven)
    if verb == doc_noun or lemma not in issuing or any(view.finite[t] for t in range(doc_noun + 1, last + 1)):
        return None  # (no other clause between the document and the colon)
    owners = words("document_source_prepositions")
    owner = next((c for c in view.children(doc_noun) if c > doc_noun and view.pos[c] in ("NOUN", "PROPN")
                  and any(view.dep[m] in view.deps.case_marker and view.lowers[m] in owners
                          for m in view.children(c))), None)
    after = view.np_range(view.doc[doc_noun])[1]  # (by word order: the parser may hang "from its chairman" on the verb)
    if owner is None and after <= last and view.lowers[after] in owners:
        owner = next((t for t in range(after + 1, last + 1) if view.pos[t] in ("NOUN", "PROPN")
                      and view.np_range(view.doc[t])[1] <= last + 1), None)
    speaker = owner if owner is not None and source_like(view, view.doc[owner]) else _active_subject(view, verb)
    if speaker is None and view.heads[verb] < verb and view.finite[verb] \
            and view.dep[verb] in view.deps.clausal_modifier and view.pos[view.heads[verb]] in ("NOUN", "PROPN"):
        speaker = view.heads[verb]  # ("The water board issued …" read as a participle on "board": a finite verb)
    if speaker is None:
        return None
    rng = view.np_range(view.doc[speaker])
    return Attribution(view._starts[verb], view._ends[verb], lemma, "speech", rng, speaker, False, "issued",
                       (view._starts[a_tok], q.outer_end))


def _headline_clause_frame(view: TextView, toks: list, colon: int, q: Quote) -> Attribution | None:
    """A headline whose frame is a clause about its subject ("Ajax-trainer baalt na gelijkspel: 'We gaven het
    weg'", "Police hunt arsonist: 'Someone must know who did this'"): the subject noun phrase that opens the
    headline line is the source."""
    line_end = view.text.find("\n", toks[0].idx)
    line = view.text[:len(view.text) if line_end < 0 else line_end].rstrip()
    before = view.text[:toks[0].idx]
    if before.strip() or "\n" in before or "\n" not in view.text or line[-1:] == "." or q.outer_end < len(line) - 1:
        return None  # only the article's first line, a headline that ends with the quote
    verb = next((t for t in toks if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in view.deps.subject and c.i < verb.i), None) \
        if verb is not None else None
    before = toks[:verb.i - toks[0].i] if verb is not None else []
    if subject is None and before and before[-1].pos_ in ("NOUN", "PROPN") \
            and all(t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in before):
        subject = before[-1]  # ("Veerschipper baalt …" with the noun parsed as a modifier)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or subject.i != toks[0].i and not all(
            t.pos_ in ("NOUN", "PROPN", "ADJ", "DET") for t in toks[:subject.i - toks[0].i]):
        return None
    rng = view.np_range(subject)
    rng = (max(rng[0], toks[0].i), min(rng[1], verb.i))
    return Attribution(colon, colon + 1, ":", "speech", rng, subject.i, False, "colon", (toks[0].idx, q.outer_end))


DASHES = ("—", "–", "--", "-")  # the marks that open a credit after a quote ('"…" — Ann Berg, mayor')


def dash_credit(view: TextView, q: Quote) -> Attribution | None:
    """A quote that opens its line, then a dash and a name to the line's end, at most a comma and a title after it
    ('"Night shifts are safer now."  — Lena Brandt, depot chief'; a pull quote or a quote set out with its
    credit): the name is the source."""
    text = view.text
    line_start = text.rfind("\n", 0, q.open) + 1
    if text[line_start:q.open].strip() or q.close is None:
        return None
    line_end = text.find("\n", q.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[q.outer_end:line_end]
    body = rest.lstrip(" \t\u200b\u200d")
    dash = next((d for d in DASHES if body.startswith(d)), None)
    if dash is None:
        return None
    k = line_end - len(body)  # (where the dash stands)
    name_end = text.find(",", k, line_end)
    span = view.span(k + len(dash), name_end if name_end >= 0 else line_end, contract=True)
    if span is None or not len(span) or len(span) > 6:
        return None
    toks = [t for t in span if not t.is_space]
    if not toks or not all(t.text[:1].isupper() or t.lower_ in view.lang.words("name_particles") for t in toks) \
            or any(_finite(t) for t in toks):
        return None  # (a name, written as one: not '"…" - and then it rained')
    head = toks[-1]
    return Attribution(k, k + len(dash), dash, "speech", (toks[0].i, toks[-1].i + 1), head.i, False, "colon",
                       (line_start, line_end))


def trailing_colon_frame(view: TextView, q: Quote) -> Attribution | None:
    """A headline that opens with the quote and names its source after a colon ("'We cannot build our way out of
    this': housing chief on the rent crisis", "'Dit slaat nergens op': vakbond over het besluit"): the noun phrase
    after the colon, up to a preposition, on a heading line (no full stop at its end)."""
    text = view.text
    line_start = text.rfind("\n", 0, q.open) + 1
    if text[line_start:q.open].strip() or not view.heading_line(q.open):
        return None
    k = q.outer_end
    while k < len(text) and text[k] in " \t":
        k += 1
    if k >= len(text) or text[k] != ":":
        return None
    line_end = text.find("\n", k)
    span = view.span(k + 1, len(text) if line_end < 0 else line_end, contract=True)
    if span is None or not len(span):
        return None
    toks = []
    for t in span:
        if t.pos_ == "ADP" and toks or t.is_punct:
            break  # "housing chief | on the rent crisis"
        toks.append(t)
    if not toks or len(toks) > 6 or any(_finite(t) for t in toks):
        return None  # (a role noun the tagger took for a verb still names: "hydroloog")
    head = next((t for t in reversed(toks) if t.pos_ in ("NOUN", "PROPN", "VERB") and t.is_alpha), None)
    if head is None or any(_label_word(view, t.lower_) for t in toks):
        return None
    return Attribution(k, k + 1, ":", "speech", (toks[0].i, toks[-1].i + 1), head.i, False, "colon",
                       (line_start, toks[-1].idx + len(toks[-1])))


def _frame_segments(text: str) -> list[tuple[int, str]]:
    """The lines of the text, a line of bulleted items cut into its items, each with its start offset; a bullet
    opening an item is left out."""
    out, pos = [], 0
    bulleted = any(b in text for b in BULLETS)
    strip = " \t" + BULLETS
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not bulleted:  # (no bullet in the text: each line one piece, as below with no cut)
            rest = line.lstrip(strip)  # (a piece with anything left after stripping its lead keeps it at its end)
            if rest:
                out.append((start + len(line) - len(rest), rest))
            continue
        bullets = [k for k, ch in enumerate(line) if ch in BULLETS] if any(b in line for b in BULLETS) else []
        cut = [start] + [start + k + 1 for k in bullets]
        ends = [start + k for k in bullets] + [start + len(line)]
        for a, b in zip(cut, ends):
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip(" \t" + BULLETS))
            if piece.strip(" \t" + BULLETS):
                out.append((a + lead, text[a + lead:b]))
    return out


def headline_frames(view: TextView) -> list[Claim]:
    """'Zelensky: zware week voor de boeg' — a short line (headline) with a name, a colon and no quote marks."""
    claims = []
    text = view.text
    for start, line in _frame_segments(text):
        stripped = line.strip()
        if not stripped or ":" not in stripped[:60]:
            continue
        if len(stripped) > 140 or stripped[-1:] in ".":
            # a long line or a full sentence: only a "Name: answer" label frame (interviews)
            label = stripped.split(":", 1)[0]
            if len(label.split()) > 3 or not all(w[:1].isupper() for w in label.split()):
                continue
        colon = start + line.index(":")
        if view.in_dateline(colon):
            continue  # "KARACHI: The provincial government said …": a place opening the story, no source
        head_text = text[start:colon].strip()
        rest_a, rest_b = view.trim(colon + 1, start + len(line.rstrip()))
        inverted = _source_after_headline_colon(view, start, colon, rest_a, rest_b)
        if inverted is not None:  # "Airline chief quits: company sources": the words, then their source
            claims.append(inverted)
            continue
        source_end = colon
        if len(head_text.split()) > 4:
            source_end = _before_place_phrase(view, start + line.index(head_text[0]), colon)
            head_text = text[start:source_end].strip()  # "Minister Van Leeuwen bij grenspost Rafah: …"
        if not head_text or rest_b - rest_a < 8 or len(head_text.split()) > 4:
            continue
        if view.text[rest_b - 1] == "?" or head_text.lower() in view.lang.words("non_speaker_labels") or any(
                _label_word(view, w.lower()) for w in head_text.split()):
            continue  # an interviewer's question, a section label
        inside = [q for q in view.quotes if colon <= q.open < start + len(line)]
        if any(not view.text[colon + 1:q.open].strip() for q in inside) or inside and (
                len(stripped) > 140 or stripped[-1:] in "."):
            continue  # a quote right after the colon: handled by colon_frame (a quoted word further on makes a
            # headline mixed: "Study: reading 'likely' helps children sleep"; an interview's "Name: answer" line
            # with a quote in it is the answer, ``interview_answers``)
        span = view.span(start + line.index(head_text[0]) if head_text else start, source_end, contract=True)
        if span is None or not len(span) or not any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in span):
            continue
        if any(t.like_num or t.pos_ in ("VERB", "AUX") for t in span):
            continue  # "12:39", "Update 14:05"
        head = span.root
        topic = bool(matches([view.lowers[k] for k in range_indices(view, rest_a, rest_b) if view.quote_of[k] < 0],
                             view.lang.get("reportive_adverbs", [])))
        # ("Northwind: bug reportedly found in boardroom": the label is what the news is about, and the words hedge
        # themselves as someone else's report; the line is a statement of no one named)
        att = Attribution(colon, colon + 1, ":", "speech", None if topic else (span[0].i, span[-1].i + 1),
                          None if topic else head.i, False, "headline", (start, start + len(line)))
        claims.append(_claim(view, "mixed" if inside else "direct", rest_a, rest_b, att))
    return claims


def _source_after_headline_colon(view: TextView, start: int, colon: int, rest_a: int, rest_b: int) -> Claim | None:
    """'Words: source' in a headline ("Airline chief quits: company sources", "Minister treedt af: bronnen in de
    partij"): the words before the colon hold a finite verb, and after it stands only a short noun phrase (at most
    five words, no verb, no quote) headed by a source noun: the words are that source's statement, else None."""
    before, after = view.span_range(start, colon), view.span_range(rest_a, rest_b)
    if before is None or after is None or after[1] - after[0] > 5 or any(view.quote_of[t] >= 0 for t in range(*after)):
        return None
    pos, nouns = view.pos, _source_nouns(view.lang)[0]
    lexical = [t for t in range(*after) if view.lowers[t] in nouns or view.lemmas[t] in nouns]
    if any(pos[t] in ("VERB", "AUX") and t not in lexical for t in range(*after)) or not any(
            view.finite[t] or pos[t] in ("VERB", "AUX") for t in range(*before)):
        return None  # (a source noun the tagger read as a verb is none: "…: ingewijden")
    stop = next((t for t in range(*after) if pos[t] == "ADP"), after[1])  # (the noun before a phrase: "bronnen in
    # de partij"; the last of a compound: "party sources")
    head = next((t for t in range(stop - 1, after[0] - 1, -1)
                 if t in lexical or pos[t] == "NOUN" and _source_like_at(view, t)), None)
    if head is None:
        return None
    a, b = view.trim(view._starts[before[0]], view._ends[before[1] - 1])
    if b - a < 8:
        return None
    if stop < after[1] and view.lowers[stop] in view.lang.words("topic_prepositions"):
        after = (after[0], stop)  # ("…: dijkgraaf over de nieuwe dijken": what the source spoke about is not it)
    att = Attribution(colon, colon + 1, ":", "speech", after, head, False, "headline", (start, rest_b))
    return _claim(view, "indirect", a, b, att)


def _before_place_phrase(view: TextView, a: int, b: int) -> int:
    """In a headline's source before its colon, a name and then a phrase of place or topic ("Minister Van Leeuwen
    bij grenspost Rafah", "Mayor Reed at the flood barrier", "Wethouder Jansen over de brug"): where the phrase
    starts, when the name before it has a proper noun and the phrase is a preposition of place or topic
    (``place_prepositions``, ``topic_prepositions``) with at most four words and no
    verb; else ``b`` (not a caption: "Lydia Scott as a ranger from Fallout: New Vegas")."""
    rng = view.span_range(a, b)
    if rng is None:
        return b
    k = next((k for k in range(rng[0] + 1, rng[1]) if view.pos[k] == "ADP"), None)
    if k is None or view.lowers[k] not in view.lang.union("place_prepositions", "topic_prepositions") \
            or rng[1] - k > 5 \
            or not any(view.pos[m] == "PROPN" for m in range(rng[0], k)) \
            or any(view.pos[m] in ("VERB", "AUX") or view.puncts[m] for m in range(rng[0], rng[1])):
        return b
    return view._starts[k]


def _last_named_speaker_before(view: TextView, claims: list[Claim], end: int) -> Claim | None:
    """The last statement before character ``end`` whose speaker phrase holds a name, else None."""
    pos = view.pos
    found = None
    for c in claims:
        if c.speaker is None or c.span.end > end or (found is not None and c.span.start < found.span.start):
            continue
        rng = view.span_range(c.speaker.start, c.speaker.end)
        if rng is not None and any(pos[k] == "PROPN" for k in range(*rng)):
            found = c
    return found


def interview_answers(view: TextView, claims: list[Claim]) -> list[Claim]:
    """Question-and-answer interviews: a paragraph that follows an interviewer's question (a short paragraph
    ending in '?', or labelled as one: "Q:", "Vraag:") is the interviewee's answer (without its label, "A:"),
    when the article has at least two such questions. The interviewee is the source of the headline frame, else
    the first person named in the introduction."""
    paras = line_spans(view.text)
    questions = [k for k, (a, b) in enumerate(paras)
                 if b - a < 300 and (view.text[b - 1] == "?" or _label(view, a, "question_labels"))
                 and not any(q.open <= a < q.outer_end for q in view.quotes)]
    if not questions:
        return []
    labels = [_bracket_label(view, a) for a, _ in paras]  # ("((WN))", "((Anna Berg))": a transcript's labels)

    def said_by(k: int) -> str | None:  # (who a paragraph's transcript label names, lower case)
        return view.text[labels[k][0]:labels[k][1]].lower() if labels[k] is not None else None
    # the interviewer's labels: those whose paragraphs are questions at least half the time (an interviewee may
    # ask back once: "((Anna Berg)) Why would we?")
    asked = Counter(said_by(k) for k in questions if labels[k] is not None)
    spoken = Counter(said_by(k) for k in range(len(paras)) if labels[k] is not None)
    asking = {who for who, n in asked.items() if 2 * n >= spoken[who]}
    if asking:  # the interviewer's label marks a prompt that asks nothing too ("((WN)) Tell us about ….")
        questions = sorted(set(questions) | {k for k in range(len(paras)) if said_by(k) in asking})
    if len(questions) < 2:
        return []
    # the interviewer's prompts that are not questions address the interviewee ("Boeren zeggen dat u te weinig
    # doet.", "Critics say you moved too slowly.")
    addressing = view.lang.words("interviewer_address")
    for k, (a, b) in enumerate(paras):
        if k > questions[0] and k not in questions and b - a < 250 and k - 1 not in questions and any(
                t.lower_ in addressing for t in view.span(a, b) or () if not view.in_quote(t)):
            questions.append(k)
    questions.sort()
    if 2 * sum(k + 1 in questions for k in questions) >= len(questions):
        return []  # a list of questions one after the other, most without an answer: the article gives the
        # questions, not the answers, and what follows the last one is the article again
    framed = [c for c in claims if RULES.has(c.via, "framed") and c.speaker is not None
              and c.span.start < paras[questions[0]][0]
              and any(t.pos_ == "PROPN" for t in view.span(c.speaker.start, c.speaker.end) or ())]
    # a frame with only a role ("Huisarts in Emmen: …") gives way to the person the introduction names
    if framed:
        speaker_span, speaker_head = framed[0].speaker, framed[0].speaker_head
    else:
        intro = view.span(0, paras[questions[0]][0])
        roles = view.lang.words("role_nouns")
        subjects = [t for t in intro or () if t.dep_ in view.deps.subject
                    and (norm_lemma(t) in roles or t.lower_ in roles or t.pos_ == "PROPN" and given_name(t))]
        within = {k for s in subjects for k in view.subtree(s.i)}  # (once, not per name: a long intro is linear)
        in_subject = [t for t in intro or () if t.pos_ == "PROPN" and t.i in within]
        # a person named in a subject first ("Burgemeester Lies Verbeeck verdedigt …. VRT NWS sprak met haar":
        # the mayor, not the outlet that interviewed her), else the first name that is a subject
        name = next(iter(in_subject), None) \
            or next((t for t in intro or () if t.pos_ == "PROPN" and t.dep_ in view.deps.subject), None)
        quoted = _last_named_speaker_before(view, claims, paras[questions[0]][0])
        if quoted is not None and not in_subject and (name is None or not any(
                c.speaker is not None and c.speaker.start <= view._starts[name.i] < c.speaker.end for c in claims)):
            name = None  # "Bureau X stopt. … 'We hadden het graag geweten', zegt gedeputeerde Y. ¶ Vraag? ¶ …": the
            # source quoted last before the questions answers them, not a name the introduction only speaks of (a
            # person the introduction makes a subject comes first: "Dr Ann Lee ran a practice … We spoke to Lee")
            speaker_span, speaker_head = quoted.speaker, quoted.speaker_head
        elif name is None:  # (only a transcript's labels can name who answers)
            speaker_span = speaker_head = None
        else:
            speaker_span, speaker_head = Span.of(view.text, *view.span_chars(*view.np_range(name))), name.i
    out = []
    # (a quote nobody was given is the answer itself: it gives way to the interviewee's statement)
    taken = [(c.span.start, c.span.end) for c in claims if c.speaker is not None]
    # a transcript's labels decide: a paragraph with the interviewer's label asks, one with another label answers,
    # also a second answer to the same question
    prompts = {k for k in questions if said_by(k) is None or said_by(k) in asking}
    starts = {k + 1 for k in prompts if k + 1 < len(paras)} \
        | {k for k in range(questions[0] + 1, len(paras)) if said_by(k) is not None and said_by(k) not in asking}
    for start in sorted(starts - prompts):
        a, b = paras[start]
        label = labels[start]
        if label is None and any(_overlap((a, b), t) > 0.3 * (b - a) for t in taken):
            continue  # (a transcript's label names who answers, whatever statements the answer holds)
        if label is None and speaker_span is None:
            continue
        speaker, head = speaker_span, speaker_head
        if label is not None:  # "((Anna Berg)) We expect …": a transcript names who answers (the interviewer's
            # own labelled paragraphs are prompts, never starts)
            a, speaker, head = label[2], Span.of(view.text, label[0], label[1]), _label_head(view, label)
            j = start + 1  # the answer runs on over the unlabelled paragraphs up to the next question or label
            while j < len(paras) and j not in prompts and labels[j] is None:
                b, j = paras[j][1], j + 1
        a = _label(view, a, "answer_labels") or a  # "A: …", "Antwoord: …": the label is no part of the answer
        if not view.text[a:b].strip():
            continue  # "((Anna Berg))" with nothing after it: a question the transcript left unanswered
        whole = next((q for q in view.quotes if q.close is not None and q.open == a and q.outer_end >= b - 1), None)
        if whole is not None:  # an answer in quote marks: the words inside them
            a, b = whole.start, whole.end
        c = Claim(kind="direct", span=Span.of(view.text, a, b), speaker=speaker, cue=None, via="interview",
                  cue_type="speech", speaker_head=head, sentence=(a, b))
        out.append(c)
    return out


def _answerers_words(view: TextView, c: Claim, answer: Claim) -> bool:
    """A statement inside an interview answer is the answer's own words: it has no speaker, or its speaker is a
    first-person pronoun ("And I believe …"), the impersonal pronoun ("For me it shows that …", the language's
    ``expletive_pronouns``) or the one who answers ("I think …" resolved to the label's name)."""
    if c.speaker is None:
        return True
    words = view.text[c.speaker.start:c.speaker.end].lower().split()
    return not words or words[-1] in view.lang.union("first_person", "expletive_pronouns") \
        or answer.speaker is not None and \
        view.text[c.speaker.start:c.speaker.end] == view.text[answer.speaker.start:answer.speaker.end]


def _bracket_label(view: TextView, a: int) -> tuple[int, int, int] | None:
    """A speaker label in brackets opening the paragraph at character ``a`` ("((Anna Berg)) …", "[Anna Berg] …",
    the language's ``speaker_label_brackets``): (start and end of the name inside, start of the text after it)."""
    text = view.text
    for opening, closing in view.lang.get("speaker_label_brackets", ()):
        if not text.startswith(opening, a):
            continue
        inner = a + len(opening)
        end = text.find(closing, inner, inner + 60)
        name = text[inner:end] if end > inner else ""
        if not name.strip() or "\n" in name or len(name.split()) > 5 or not name.strip()[0].isupper():
            continue
        rest = end + len(closing)
        while rest < len(text) and text[rest] in " \t:":
            rest += 1
        if len(opening) == 1 and text[rest:rest + 1].islower():
            continue  # "[Drivers] are coming in a big wave.": an editor's word in single brackets opens the
            # sentence (a doubled bracket is a transcript's label whatever follows: "((Ann Berg)) youtube-dl …")
        return inner + len(name) - len(name.lstrip()), inner + len(name.rstrip()), rest
    return None


def _label_head(view: TextView, label: tuple[int, int, int]) -> int | None:
    """The token that heads a bracketed speaker label's name (its last word)."""
    found = view.span_range(label[0], label[1])
    return found[1] - 1 if found is not None else None


def _label(view: TextView, a: int, key: str) -> int | None:
    """Where a paragraph's text starts after an interview label of the language's ``key`` ("Q:", "Vraag:"), or
    None when the paragraph at character ``a`` opens with none."""
    m = re.match(r"([^\W\d_]{1,12})\s*[:.]\s+", view.text[a:a + 20])
    return a + m.end() if m and m.group(1).lower() in view.lang.words(key) else None


def is_statement_quote(view: TextView, q: Quote) -> bool:
    """A quote without attribution is a statement when it reads as speech: a sentence of its own or a clause
    with a verb of some length. Short verbless quotes and quoted titles are scare quotes or names."""
    words = view.text[q.start:q.end].split()
    if len(words) < 2:
        return False
    before = view.text[max(0, q.open - 40):q.open].lower().split()
    if before and before[-1] in view.lang.words("title_markers"):
        return False  # ('a film called "…"'; but not "…the result was called, "I won …"": a comma ends that clause)
    whole_sentence = _sentence_starts_at_quote(view, q)
    if whole_sentence and view.text[q.start:q.end].rstrip()[-1:] in ".!?" and _quote_sentence_before(view, q):
        return True  # ('"I had no choice," she says now. "None at all."': a short sentence of its own, two words
        # or more, that goes on from a quote just before it in its paragraph is speech too)
    if len(words) < 3:
        return False
    span = view.span(q.start, q.end)
    has_verb = span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)
    if whole_sentence and (has_verb or len(words) >= 5):
        return True
    return has_verb and len(words) >= 6


def _quote_sentence_before(view: TextView, q: Quote) -> bool:
    """Another quote of at least three words closes in the same paragraph at most 60 characters before quote
    ``q`` opens, with no line break between."""
    text = view.text
    ends = view.__dict__.get("_claims_sentence_quote_ends")
    if ends is None:  # (the outer ends of the closed quotes of three words or more, in order: found once per text)
        ends = view.__dict__["_claims_sentence_quote_ends"] = sorted(
            o.outer_end for o in view.quotes if o.close is not None and len(text[o.start:o.end].split()) >= 3)
    k = bisect_right(ends, q.open) - 1
    return k >= 0 and q.open - ends[k] <= 60 and "\n" not in text[ends[k]:q.open]


def _second_half(text: str, quotes, qi: int, att: Attribution, attributed: dict) -> bool:
    """'"The plan," he said, "is on track."': the quote after a cue that the quote before it also takes, a
    sentence's second half however short, never a partial quote beside the cue."""
    before = attributed.get(qi - 1) if qi > 0 else None
    if before is None or before.cue_start != att.cue_start or not quotes[qi - 1].outer_end <= att.cue_start < quotes[qi].open:
        return False
    between = text[quotes[qi - 1].outer_end:quotes[qi].open]
    return len(between) < 80 and not any(ch in between for ch in ".!?\n") and between.rstrip().endswith(",")
    # (only the cue clause between, and its comma)


def _sentence_starts_at_quote(view: TextView, q: Quote) -> bool:
    prev = view.text[:q.open].rstrip(" \t")
    return not prev or prev[-1] in ".!?\n:…" or prev[-1] in "\"'”’»"


def _dedupe(claims: list[Claim], pronouns: frozenset[str] | None = None) -> list[Claim]:
    """Overlapping statements: keep the attributed one, then the longer one."""
    ranked = sorted(claims, key=lambda c: (c.speaker is None, c.kind == "indirect" and RULES.has(c.via, "anaphoric"),
                                          -(c.span.end - c.span.start)))
    kept: list[Claim] = []
    for c in ranked:
        if any(_overlap((c.span.start, c.span.end), (k.span.start, k.span.end)) > 0.5 * min(
                c.span.end - c.span.start, k.span.end - k.span.start) and not _nested(c, k, pronouns) for k in kept):
            continue
        kept.append(c)
    return kept


@lru_cache(maxsize=None)
def _pronouns(lang: LangData) -> frozenset[str]:
    """The language's personal pronouns: subject pronouns and their other forms, first person, generic ones."""
    return frozenset(lang.get("subject_pronouns", {})) | frozenset(lang.get("pronoun_forms", {})) \
        | lang.union("first_person", "generic_pronouns")


def _pronoun_mention(text: str, pronouns: frozenset[str] | None = None) -> bool:
    """A mention that is one lower-case word: a pronoun of the language (``pronouns``) when they are given ("she",
    "ze"; not "police"), else any such word."""
    return len(text.split()) == 1 and text[:1].islower() and (pronouns is None or text.lower() in pronouns)


def _nested(a: Claim, b: Claim, pronouns: frozenset[str] | None = None) -> bool:
    """One statement reported inside the other's content by a source of its own, with its own cue and speaker
    inside the outer span ("The ministry said that police had told it the suspect fled"; "NRC schrijft dat
    bronnen zeggen dat …"): both are statements."""
    inner, outer = (a, b) if a.span.end - a.span.start < b.span.end - b.span.start else (b, a)
    if not (outer.span.start <= inner.span.start and inner.span.end <= outer.span.end) or inner.span == outer.span:
        return False
    if inner.via == "reportive" and inner.speaker is None and inner.sentence is not None \
            and (inner.span.start, inner.span.end) != inner.sentence:
        return True  # a hedged phrase inside the report ("Police said a guard, reportedly a former soldier, …"):
        # a report of unnamed origin of its own (``_reportive_phrase_in``)
    if RULES.has(outer.via, "anaphoric") and (outer.negated or inner.cue is None
                                              or inner.cue.span.start >= inner.span.end):
        return False  # "Dat kon deze krant niet vaststellen" says nothing of its own; "X, the Gazette reported.
        # This was confirmed by Y": Y confirms X, the sentence before (but "Wethouder Z laat weten dat X. Dat
        # bevestigt haar woordvoerder": the spokesman confirms what Z said, a sentence with a report inside)
    if inner.cue is None or inner.speaker is None or inner.kind == "direct" \
            or not (RULES.has(inner.via, "complement_clause") or RULES.has(inner.via, "object_predicate")
                    or inner.via == "infinitive" and inner.cue.span.start < inner.span.start
                    or inner.via == "source" and RULES.has(outer.via, "anaphoric")) \
            or inner.cue_type not in ("speech", "admit", "opinion") and not RULES.has(outer.via, "anaphoric") \
            and outer.via != "hedged_report" \
            or outer.speaker is None and outer.via not in ("reportive_passive", "hedged_report", "listener") \
            or _pronoun_mention(inner.speaker.text, pronouns) and outer.via != "hedged_report":
        return False  # (a hedged report's own subject goes on as the pronoun: "De zangeres plaatste naar verluidt
        # een bericht waarin ze zei dat …")
    if RULES.has(inner.via, "object_predicate") and not (outer.via == "source"
                                                         and inner.speaker.start == outer.span.start):
        return False  # (an object predicate nests only in the clause a source phrase reports, said by its subject:
        # "Pelosi called the conduct a "breach", according to NBC")
    inside = outer.span.start <= inner.cue.span.start < outer.span.end \
        and outer.span.start <= inner.speaker.start < outer.span.end
    return inside and inner.speaker.start != (outer.speaker.start if outer.speaker else -1)


def _introducing_stretch(view: TextView, c: Claim, claims: list[Claim]) -> tuple[int, int] | None:
    """The tokens that introduce a quote of no cue: the sentence right before it in the same paragraph; for a quote
    that opens its paragraph, the last sentence of the paragraph before ("Marta Quill, the night manager, has not
    slept since the river rose. ¶ “We moved forty beds upstairs”"); or the clause of its own sentence that ends
    in a colon right before it ("Mayor Boyle spoke on the radio show: “…”"), or one main clause with its subject
    that runs into the quote with a comma or nothing ("Mayor Boyle spoke on the radio, “…”") — never a stretch
    holding another statement, nor a headline or subhead (those end without a full stop)."""
    toks = view.span(c.span.start, c.span.end)
    if toks is None:
        return None
    s = view.sentence_of[toks[0].i]
    quote_open = min((q.open for q in view.quotes if q.start == c.span.start), default=c.span.start)
    para = view.paragraph(c.span.start)
    a_tok, b_tok = view.sentences[s]
    a = view.sentence_chars(s)[0]
    if a < quote_open - 1:  # the quote's own sentence begins before it: a colon frame
        end = view.text[a:quote_open].rstrip()[-1:]
        if view.paragraph(a) != para or end != ":" and not (
                (end == "," or end.isalpha()) and _clause_before_quote(view, a_tok, quote_open)):
            return None  # (also a clause of its own right before the quote, with a comma or none: "The mayor
            # spoke on the radio, "…"", "The minister tweeted "…"")
        b = quote_open
        b_tok = next((t.i for t in view.doc[a_tok:] if t.idx >= quote_open), b_tok)
    else:
        if s == 0:
            return None
        a, b = view.sentence_chars(s - 1)
        a_tok, b_tok = view.sentences[s - 1]
        opens_paragraph = (quote_open == 0 or view.paragraph(quote_open - 1) != view.paragraph(quote_open)) \
            and view.text[a:b].rstrip()[-1:] in ".!?:"
        if not (view.paragraph(a) == para or opens_paragraph and para - view.paragraph(max(b - 1, a)) == 1):
            return None
    if any(k.span.start < b and k.span.end > a for k in claims if k is not c):
        return None
    return a_tok, b_tok


def _clause_before_quote(view: TextView, a_tok: int, quote_open: int) -> bool:
    """The words of the quote's sentence before it (tokens from ``a_tok``) are one main clause: a finite verb outside
    quotes whose subject stands among them, no complementizer, no other quote, nothing after a subordinator."""
    end = bisect_left(view._starts, quote_open, a_tok)  # (the first token at the quote: no scan past it)
    toks = [k for k in range(a_tok, end) if not view.spaces[k]]
    if not toks or any(view.quote_of[k] >= 0 for k in toks):
        return False
    comps = view.lang.words("complementizers")
    if any(view.lowers[k] in comps or view.pos[k] == "SCONJ" for k in toks):
        return False
    verbs = [k for k in toks if view.pos[k] == "VERB" and "Fin" in view.verb_forms[k]]
    return any(any(view.dep[c] in view.deps.subject and a_tok <= c < k for c in view.children(k)) for k in verbs)


def _spoken_by(view: TextView, c: Claim, speaker: Token, via: str) -> Claim:
    """The quote of no cue ``c`` as the statement of the noun phrase headed by ``speaker``, found by rule ``via``."""
    rng = view.np_range(speaker)
    return replace(c, speaker=Span.of(view.text, *view.span_chars(*rng)), speaker_head=speaker.i, cue=None,
                   cue_type="speech", via=via)


def _gerund_governing_quote(view: TextView, c: Claim) -> Token | None:
    """The gerund outside a quote that takes the quote as its object ("…, blaming 'rising costs'", "…, calling it
    'a disgrace'"), or None."""
    toks = view.span(c.span.start, c.span.end)
    if toks is None or not len(toks):
        return None
    head = next((t.head for t in toks if not c.span.start <= t.head.idx < c.span.end), None)
    if head is None or view.in_quote(head) or head.pos_ != "VERB" or "Ger" not in head.morph.get("VerbForm") \
            and head.tag_ != "VBG":
        return _gerund_before_quote(view, toks[0].i)
    return head if view.sentence_of[head.i] == view.sentence_of[toks[0].i] else None


def _gerund_before_quote(view: TextView, first: int) -> Token | None:
    """By word order: the last speech gerund of the quote's sentence before it ("…, saying earlier in the morning
    before the result was called, '…'": the parser hung the quote elsewhere), with no finite cue between and a
    comma or colon right before the opening mark."""
    a_tok = view.sentences[view.sentence_of[first]][0]
    opening = view.text[:view.doc[first].idx].rstrip(" \t\"'“‘„«")
    if not opening.endswith((",", ":")):
        return None
    for k in range(first - 1, a_tok - 1, -1):
        if view.quote_of[k] >= 0 or view.pos[k] not in ("VERB", "AUX"):
            continue
        entry = cue_of(view.doc[k], view)
        if entry is None or entry.type != "speech":
            continue
        if "Ger" in view.verb_forms[k] or view.tags[k] == "VBG":
            return view.doc[k]
        return None  # (a finite cue nearer the quote frames it, or none does)
    return None


def _person_subject_before(view: TextView, a_tok: int, claims: list[Claim]) -> Token | None:
    """The name or person noun that is the subject of the sentence before token ``a_tok``'s sentence, in the same
    paragraph, when that sentence holds no statement ("At Rovers, coach Ellie Kemp was delighted.")."""
    s = view.sentence_of[a_tok]
    if s == 0:
        return None
    a, b = view.sentence_chars(s - 1)
    if view.paragraph(a) != view.paragraph(view.doc[a_tok].idx) or any(k.span.start < b and k.span.end > a
                                                                        for k in claims):
        return None
    lang = view.lang
    people = lang.union("role_nouns", "anonymous_nouns")  # (the same words, joined once)
    p_a, p_b = view.sentences[s - 1]
    for tok in view.doc[p_a:p_b]:
        if tok.dep_ in view.deps.subject and not view.in_quote(tok) and "Plur" not in tok.morph.get("Number") and (
                tok.pos_ == "PROPN" or norm_lemma(tok) in people or tok.lower_ in people):
            return tok  # (one person for "he"/"she": not "Doctors gave him little chance")
    for k in range(p_a + 1, p_b - 1):  # (no subject parsed: a role noun and a two-word name, "coach Mira Lane")
        tok, nxt = view.doc[k], view.doc[k + 1]
        if (norm_lemma(tok) in people or tok.lower_ in people) and nxt.pos_ == "PROPN" \
                and view.doc[k + 2].pos_ == "PROPN" and not view.in_quote(tok):
            return view.doc[k + 2]
    return None


def _opening_name(view: TextView, a_tok: int, b_tok: int) -> Token | None:
    """A person's name opening a sentence ("Pieter Nauta, directeur van …, ziet het probleem al jaren aankomen."),
    also when the tagger misses it: a known given name, two proper nouns, or two capitalised words and then the
    comma of an apposition ("Chase Morrow, skipper of …")."""
    first = view.doc[a_tok]
    if view.in_quote(first) or a_tok + 1 >= b_tok:
        return None
    second = view.doc[a_tok + 1]
    if given_name(first) or first.pos_ == "PROPN" and second.pos_ == "PROPN":
        return first
    nouns = ("PROPN", "NOUN", "X")
    if a_tok + 2 < b_tok and view.doc[a_tok + 2].text == "," and first.is_alpha and second.is_alpha \
            and first.text[:1].isupper() and second.text[:1].isupper() and first.pos_ in nouns \
            and second.pos_ in nouns and first.lower_ not in view.lang.words("stopwords"):
        return first
    return None


def _introduced_speaker(view: TextView, c: Claim, claims: list[Claim]) -> Token | None:
    """'Een boer die grond verhuurt, wil zijn naam niet in de krant. "Ik krijg …"': the person introduced as the
    subject of the stretch that introduces a quote (see `_introducing_stretch`), with no statement of its own."""
    stretch = _introducing_stretch(view, c, claims)
    if stretch is None:
        return None
    a_tok, b_tok = stretch
    lang = view.lang
    people = lang.union("role_nouns", "anonymous_nouns", "group_nouns", "organization_nouns")  # (a body speaks as
    # its people do: "De vakbond is woedend. "Dit is …"")
    endings = long_nouns(people)
    opening_name = _opening_name(view, a_tok, b_tok)
    toks = [t for t in view.doc[a_tok:b_tok] if not t.is_space]
    if toks and toks[0].pos_ == "VERB" and not any(c.dep_ in view.deps.subject for c in toks[0].children):
        comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
        if comma is not None:  # "Asked what France should learn, Lemaire was blunt: «…»": past the participle clause
            toks = toks[comma + 1:]
    for tok in toks:
        if tok.lower_ in lang.words("generic_pronouns"):
            continue  # "iemand", "someone": nobody in particular
        if tok.dep_ in view.deps.subject and tok.pos_ == "PRON" and not view.in_quote(tok) \
                and lang.get("subject_pronouns", {}).get(tok.lower_, {}).get("gender") in ("masc", "fem"):
            earlier = _person_subject_before(view, a_tok, claims)
            if earlier is not None:  # "Coach X was delighted. She praised … '…'": the person the pronoun is
                return earlier  # (the sentence before, in the same paragraph)
            return tok  # "En nu? Hij weet het nog niet. ,,Ik hoop …''": the pronoun, which the speakers stage
            # resolves to the person it stands for
        if tok.dep_ in view.deps.subject and not view.in_quote(tok) and (
                (tok.pos_ in ("PROPN", "NOUN", "VERB", "X", "ADJ", "ADV") and tok.text[:1].isupper() and tok.is_alpha
                 and tok.lower_ not in lang.words("stopwords"))  # "Postma" tagged VERB, others ADJ or ADV
                or norm_lemma(tok) in people or tok.lower_ in people
                or tok.pos_ == "NOUN" and tok.lower_.endswith(endings)):  # (a compound: "huurders|vereniging")
            if opening_name is not None and tok.pos_ != "PROPN" and opening_name.i < tok.i \
                    and any(t.text == "," for t in view.doc[opening_name.i:tok.i]):
                return opening_name  # "Marta Quill, the night manager, …": the name, not the role
            return prefer_name(view, tok) if tok.pos_ == "NOUN" else tok  # ("His neighbour, Sarah Price, …":
            # the name in apposition to the role)
    return opening_name


def _named_in_quote(view: TextView, c: Claim, person: Token) -> bool:
    """A word of the person's name (the run of proper names at ``person``, or the names a coordination joins to it)
    stands in the quote ``c``: the quote speaks of the person, in the third person, and is not theirs. (The name's
    words only: an affiliation in the phrase, "NASA's administrator", may well be spoken of.)"""
    pos, texts = view.pos, view.texts

    def run(k: int) -> set[int]:
        a = b = k
        while a > 0 and pos[a - 1] == "PROPN":
            a -= 1
        while b + 1 < len(pos) and pos[b + 1] == "PROPN":
            b += 1
        return set(range(a, b + 1)) if pos[k] == "PROPN" else set()
    own = run(person.i)
    for k in view.children(person.i):
        if view.dep[k] in view.deps.conjunct:
            own |= run(k)
    names = {texts[k] for k in own if view.alphas[k] and texts[k][:1].isupper() and len(texts[k]) > 1}
    if not names:
        return False
    found = view.span_range(c.span.start, c.span.end)
    return found is not None and any(view.texts[k] in names for k in range(*found))


@RULES.rule("split_frame", traits=())
def _split_frame(view: TextView, c: Claim) -> Token | None:
    """A quote split by a short frame of a name and any verb ('"There are people," Marlow began with a shrug,
    "who …"'; „…”, grinnikte de burgemeester, „…”): the frame's subject speaks both halves, whatever the verb."""
    quotes = [q for q in view.quotes if q.close is not None]
    k = next((k for k, q in enumerate(quotes) if q.start <= c.span.start < q.end), None)
    if k is None:
        return None
    pairs = [(quotes[k], quotes[k + 1])] if k + 1 < len(quotes) else []
    pairs += [(quotes[k - 1], quotes[k])] if k > 0 else []
    first_person = view.lang.words("first_person")
    for q1, q2 in pairs:
        gap = view.text[q1.outer_end:q2.open]
        if not gap.rstrip().endswith(",") or len(gap.split()) > 10 or any(ch in gap for ch in ".!?;:\n\"“”„"):
            continue
        if view.text[q1.start:q1.close].rstrip()[-1:] in FINAL_PUNCT and gap.strip()[:1].isupper():
            continue  # ('… "We will rebuild." Councillor Moen added, "…"': the first quote ends its sentence and the
            # frame opens the next one: it frames the second quote only)
        toks = [t for t in view.span(q1.outer_end, q2.open) or () if not t.is_space]
        for t in toks:
            if _finite(t):
                subject = next((s for s in t.children if s.dep_ in view.deps.subject and s in toks
                                and (s.pos_ in ("PROPN", "NOUN", "PRON") or _name_like_token(s))
                                and s.lower_ not in first_person), None)
                if subject is not None:
                    return subject
    return None


@RULES.rule("quote_frame", traits=())
def _verb_frame_after_quote(view: TextView, c: Claim) -> Token | None:
    """A quote closed by a comma and followed, to the end of its sentence, by a short frame of a verb and a person
    ('"…," fumed councillor Anna Brown', '"…," the councillor huffed', „…”, grinnikte Jansen): the person speaks,
    whatever the verb (the lexicon lists the common verbs of saying; a writer's verb of manner need not be there).
    The person is a name, a noun of the language's people words, or a third-person subject pronoun; after the
    verb only a time or place phrase may stand. The head of the person's phrase, or None."""
    q = next((q for q in view.quotes if q.close is not None and q.start <= c.span.start < q.end), None)
    if q is None or view.paragraph(q.outer_end) != view.paragraph(c.span.start):
        return None
    b = view.text.find("\n", q.outer_end)  # (the frame ends with its line)
    found = view.span_range(q.outer_end, len(view.text) if b < 0 else b)
    if found is None:
        return None
    texts, pos, lowers = view.texts, view.pos, view.lowers
    toks = [k for k in range(*found) if not view.spaces[k]]
    comma_inside = "," in view.text[q.end:q.close]
    if toks and texts[toks[0]] == "," and not comma_inside:
        toks = toks[1:]
    elif not comma_inside:
        return None
    words: list[int] = []
    for k in toks:
        if texts[k] in (".", "!", "?"):
            break
        if view.puncts[k] or view.quote_of[k] >= 0:
            return None  # (another quote, a colon or a clause after a comma: no short frame)
        words.append(k)
    if not 2 <= len(words) <= 10:
        return None
    verbs = [n for n, k in enumerate(words) if pos[k] == "VERB" and view.is_lowers[k]]
    if not verbs:
        return None
    v = verbs[0]
    lang = view.lang
    people = lang.union("role_nouns", "anonymous_nouns", "group_nouns", "organization_nouns")
    pronouns = {w for w, f in lang.get("subject_pronouns", {}).items() if f.get("gender") != "neut"}
    times = lang.union("time_words", "time_adverbs")

    def person(part: list[int]) -> int | None:
        names = [k for k in part if pos[k] == "PROPN" and texts[k][:1].isupper()]
        if names:
            k = names[0]
            while k + 1 in part and pos[k + 1] == "PROPN":
                k += 1
            return k
        if len(part) == 1 and lowers[part[0]] in pronouns:
            return part[0]
        nouns = [k for k in part if pos[k] == "NOUN" and (lowers[k] in people or view.lemmas[k] in people)]
        return nouns[-1] if nouns else None

    def rest_is_setting(part: list[int]) -> bool:  # "on Friday", "in Wenen", "gisteren"
        return len(part) <= 4 and all(pos[k] in ("ADP", "DET", "PROPN", "NOUN", "NUM", "ADV") or lowers[k] in times
                                      for k in part) and (not part or pos[part[0]] in ("ADP", "ADV")
                                                           or lowers[part[0]] in times)
    if v == 0:  # "…," fumed councillor Anna Brown (on Friday)
        rest = words[1:]
        end = next((n for n, k in enumerate(rest) if pos[k] in ("ADP", "ADV") and n > 0), len(rest))
        head = person(rest[:end])
        if head is None or not rest_is_setting(rest[end:]) or any(pos[k] in ("VERB", "AUX") for k in rest[:end]):
            return None
        return view.doc[head]
    before, after = words[:v], words[v + 1:]  # "…," councillor Anna Brown fumed (on Friday)
    if any(pos[k] not in ("DET", "ADJ", "NOUN", "PROPN", "PRON") for k in before) or not rest_is_setting(after):
        return None
    head = person(before)
    return view.doc[head] if head is not None else None


@RULES.rule("subhead", traits=("framed",))
def _quoted_subhead(view: TextView, c: Claim) -> bool:
    """A quote that makes up a whole line of its own, with no full stop after it: a subhead that announces the
    words of a source quoted below ("'Dit slaat nergens op'" over the paragraph in which the union chair says it)."""
    text = view.text
    a = text.rfind("\n", 0, c.span.start) + 1
    b = text.find("\n", c.span.end)
    b = len(text) if b < 0 else b
    if a == 0 or text[a:c.span.start].strip(" \t" + "".join(QUOTE_CHARS)) \
            or text[c.span.end:b].strip(" \t" + "".join(QUOTE_CHARS)):
        return False
    return text[a - 2:a] == "\n\n" and text[b:b + 2] == "\n\n" and text[c.span.end - 1:c.span.end] not in FINAL_PUNCT


def _subhead_source(view: TextView, c: Claim, later: list[Claim]) -> Claim | None:
    """The statement a quoted subhead announces: in the two paragraphs below it, the attributed statement that
    shares the most content words with it (at least two, or all of a short subhead), else the first attributed
    statement of the paragraph right below it."""
    stop = view.lang.words("stopwords")

    def words(span: Span) -> set[str]:
        return {t.lower_ for t in view.span(span.start, span.end) or () if t.is_alpha and t.lower_ not in stop}
    own = words(c.span)
    para = view.paragraph(c.span.start)
    best, best_n = None, 0
    for n in later:
        if view.paragraph(n.span.start) - para > 2:
            break
        shared = len(own & words(n.span)) if n.speaker is not None else 0
        if shared > best_n:
            best, best_n = n, shared
    if best_n >= min(2, len(own)) and best_n > 0:
        return best
    return next((n for n in later if n.speaker is not None and view.paragraph(n.span.start) == para + 1), None)


def _nested_ids(ordered: list[Claim]) -> set[int]:
    """The ids of the statements (``ordered`` by start) that lie inside another one's span: a source reported
    within someone's words ("De buurman zegt dat zijn vrouw denkt dat …"), whose speaker is not the one who
    goes on speaking after it."""
    out, reach, holder = set(), -1, None
    for c in ordered:
        if holder is not None and c.span.end <= reach and c is not holder:
            out.add(id(c))
        elif c.span.end > reach:
            reach, holder = c.span.end, c
    return out


def _floating(view: TextView, claims: list[Claim]) -> list[Claim]:
    """A quote with no cue of its own takes the speaker of the adjacent attributed statement in the same
    paragraph or the paragraph before, when nobody else spoke in between."""
    ordered = sorted(claims, key=lambda c: c.span.start)
    new: dict[int, Claim] = {}
    inner: set[int] | None = None  # (the statements nested in another, found when a quote first asks)
    for idx, c in enumerate(ordered):
        if c.speaker is not None or c.kind != "direct":
            continue
        para = view.paragraph(c.span.start)
        framer = _split_frame(view, c)
        if framer is not None:
            ordered[idx] = new[id(c)] = _spoken_by(view, c, framer, "split_frame")
            continue
        framer = _verb_frame_after_quote(view, c)
        if framer is not None:
            ordered[idx] = new[id(c)] = _spoken_by(view, c, framer, "quote_frame")
            continue
        governor = _gerund_governing_quote(view, c)
        if governor is not None:  # '…, blaming "rising costs"': the quote is what the gerund's subject said
            speaker = find_speaker(view, governor, (c.span.start, c.span.end))
            if speaker is not None:
                ordered[idx] = new[id(c)] = _spoken_by(view, c, speaker, "floating")
                continue
        source = _subhead_source(view, c, ordered[idx + 1:]) if _quoted_subhead(view, c) else None
        if source is not None:  # (a subhead announces what comes below, whoever the paragraph above introduces)
            ordered[idx] = new[id(c)] = replace(c, speaker=source.speaker, speaker_head=source.speaker_head,
                                                cue_type=source.cue_type, via="subhead")
            continue
        intro = _introduced_speaker(view, c, ordered)
        if intro is not None and _named_in_quote(view, c, intro):
            intro = None  # ('Van Dijk en De Jong zijn naar huis. ¶ "Virgil trainde al apart."': spoken of, not by)
        if intro is not None:
            ordered[idx] = new[id(c)] = _spoken_by(view, c, intro, "neighbour")
            continue
        if inner is None:
            inner = _nested_ids(ordered)
        prev = next((p for p in reversed(ordered[:idx]) if p.speaker is not None and id(p) not in inner), None)
        nxt = next((n for n in ordered[idx + 1:] if n.speaker is not None and id(n) not in inner), None)
        if prev is not None and para - view.paragraph(prev.span.start) <= 1:
            source = prev
        elif nxt is not None and view.paragraph(nxt.span.start) == para:
            source = nxt
        if source is not None:
            cue = c.cue
            if cue is None and source is prev and source.cue is not None and view.paragraph(prev.span.start) == para \
                    and prev.kind == "direct" and prev.span.end <= source.cue.span.start < c.span.start \
                    and view.sentence_at(c.span.start) == view.sentence_at(source.cue.span.start) + 1:
                cue = source.cue  # '"A," she said. "B."': the second half of a split quote takes the inserted cue
            ordered[idx] = new[id(c)] = replace(
                c, speaker=source.speaker, speaker_head=source.speaker_head, cue=cue,
                cue_type=c.cue_type if c.cue is not None else source.cue_type, via="floating")
    return [new.get(id(c), c) for c in claims]
