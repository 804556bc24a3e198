"""Speakers: cluster the speaker mentions of an article into one speaker per source.

Names and their short forms share a surname ("Gerald Roethof", "Roethof", "advocaat Roethof"); role nouns and
compounds refer back ("een legerwoordvoerder" ↔ "de woordvoerder", "burgemeester Kok" ↔ "de burgemeester");
pronouns ("hij", "ze", "she", "they") resolve to the most recent compatible source, whether it spoke before or
was only the subject of a sentence. The canonical name is the most specific naming; the type comes from the
lexicons; a source that no mention names is anonymous.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress

import numpy as np
from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Token

from .attribution import RULES as ATTRIBUTION
from .attribution import _group_of_number, _in_anonymity_phrase, _stacked_titles
from .lang import LangData, given_names, long_nouns
from .model import Claim, Span, Speaker
from .syntax import deps_of
from .textview import QUOTE_CHARS, TextView, given_name, name_gender_at, norm_lemma


@dataclass
class Mention:
    span: Span
    head: int
    pronoun: bool
    names: tuple[str, ...]  # lower-cased proper-name tokens
    words: frozenset[str]  # lower-cased content words
    head_lemma: str
    indefinite: bool
    roles: frozenset[str]
    plural: bool = False


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)
    pronoun_genders: set[str] = field(default_factory=set)

    @property
    def names(self) -> set[str]:
        return {n for m in self.mentions for n in m.names}

    @property
    def roles(self) -> set[str]:
        return {r for m in self.mentions for r in m.roles}


# --- what a name looks like ----------------------------------------------------------------------------------------
# One predicate per meaning, each used wherever that meaning is asked:
#   _capitalised       written with a capital (a necessary sign of a name); _lower_case, a lower-case word
#   _acronym           a word in capitals, an organisation's short name
#   _capital_name      a capital that marks a name here: the language writes names, and only names, with capitals
#                      inside a sentence (the profile key ``capitals_mark_names``; false for a language that
#                      capitalises every noun)
#   _known_given_name  a capitalised word on the list of given names
#   _is_name           a token of a proper name inside a speaker mention
#   _person_by_form    a capitalised word that is a person whatever its tag
#   _run_part          a word of a run of names in running text (``_proper_runs``)
#   _role_word         a title or role written before a name


def _capitalised(tok: Token) -> bool:
    """Written with a capital first letter, or with one after an elided particle ("d’Hooghe", "l'Ecluse")."""
    text = tok.text
    return text[:1].isupper() or _elided_capital(text)


def _elided_capital(text: str) -> bool:
    """A name written with an elided particle before its capital: one lower-case letter, an apostrophe, a capital
    ("d’Hooghe", "d'Ancona")."""
    return len(text) > 3 and text[0].islower() and text[1] in "’'" and text[2].isupper()


def _lower_case(tok: Token) -> bool:
    """Written with a lower-case first letter (a common word; not the same as "not capitalised": digits and
    punctuation are neither; nor is a name with an elided particle, "d’Hooghe")."""
    return tok.text[:1].islower() and not _elided_capital(tok.text)


def _acronym(word: str) -> bool:
    """Two or more letters all in capitals ("NFI", "KNMI", "NHS"): an organisation's short name."""
    return len(word) >= 2 and word.isupper()


def _capital_name(view: TextView, tok: Token) -> bool:
    """The word's capital marks it as a name: capitalised, in a language whose capitals inside a sentence mark
    names (``capitals_mark_names`` in the language data)."""
    return bool(view.lang["capitals_mark_names"]) and _capitalised(tok)


def _known_given_name(tok: Token) -> bool:
    """A capitalised word on the shared list of given names ("Gerda"; ``textview.given_name`` also asks for a
    capitalised word after it)."""
    return _capitalised(tok) and tok.lower_ in given_names()["all"]


def _common_nouns(view: TextView) -> frozenset[str]:
    """The lexicons' nouns of sources (anonymous, group, role and organisation nouns): capitalised, they are still
    not names ("Ingewijden zeggen …", "Politie: …"); a common noun outside them names no party that speaks ("The
    bridge will reopen, it said": ``_subject_of_content_before``)."""
    return _common_nouns_of(view.lang)


@lru_cache(maxsize=None)
def _common_nouns_of(lang: LangData) -> frozenset[str]:
    return lang.union("anonymous_nouns", "group_nouns", "role_nouns", "organization_nouns")


def _is_name(view: TextView, tok: Token) -> bool:
    """A proper-name token: tagged PROPN, or capitalised inside a sentence, or capitalised and attached to a
    following name ("Hugh" in "Hugh Hill" tagged ADJ). Capitalised common nouns of the lexicons are not names
    ("Ingewijden zeggen …", "Politie: …")."""
    if not _capitalised(tok):
        return False
    common = _common_nouns(view)
    if tok.lower_ in common or norm_lemma(tok) in common:
        # a lexicon noun is a name only when capitalised inside a name ("De Boer", "Henk de Boer")
        before = _before_particles(view, tok)
        if tok.i > 0 and not tok.is_sent_start and tok.is_alpha and tok.lower_ in _names_in_text(tok.doc) \
                and _given_before_elsewhere(view, tok):
            return True  # "…, vertelt Visser" after "Jan Visser": the surname, though the lexicon has the noun
        if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].is_digit and tok.doc[tok.i + 1].head.i == tok.i \
                and tok.doc[tok.i + 1].dep_ in deps_of(tok.doc).name_extension:
            return True  # "Radio 2 meldde …", "Channel 4 reported …": a noun with its number is a station's name
        return tok.i > 0 and not tok.is_sent_start and _capital_name(view, before) and before.is_alpha
    if tok.is_sent_start and tok.i + 1 < len(tok.doc) and tok.lower_ not in _names_in_text(tok.doc) and (
            tok.doc[tok.i + 1].lower_ in view.lang.union("anonymous_nouns", "group_nouns")):
        return False  # "Health officials said …": a capital that opens the sentence, before unnamed officials
    if tok.pos_ == "PROPN" or given_name(tok):
        return True
    if tok.is_sent_start and tok.is_alpha and tok.lower_ in _names_in_text(tok.doc):
        return True  # "Hartley: 'My door is open'" in a heading: the article names Imogen Hartley elsewhere
    if tok.i > 0 and given_name(tok.doc[tok.i - 1]) and tok.is_alpha:
        return True  # "Sally Pearce" with "Pearce" tagged ADV
    if tok.pos_ in ("NOUN", "X") and tok.i > tok.sent.start and not tok.is_sent_start and _capital_name(view, tok):
        return True
    doc = tok.doc
    if tok.dep_ in deps_of(doc).name_part and tok.head.pos_ == "PROPN" and tok.head.i < tok.i and tok.i >= 2 \
            and not tok.is_sent_start and tok.is_alpha and doc[tok.i - 1].lower_ in view.lang.words("name_particles") \
            and doc[tok.i - 2].pos_ == "PROPN" and not (tok.i + 1 < len(doc) and _capitalised(doc[tok.i + 1])):
        return True  # "Wes de Kort" with "Kort" tagged an adjective: a surname after a particle that ends the name
        # (not "Kaag van Buitenlandse Zaken", a ministry)
    return tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1 and tok.dep_ in deps_of(tok.doc).name_modifier


def _before_particles(view: TextView, tok: Token) -> Token:
    """The word before ``tok`` once name particles are skipped ("Boer" in "Henk de Boer" → "Henk")."""
    particles = view.lang.words("name_particles")
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and doc[k].lower_ in particles:
        k -= 1
    return doc[max(k, 0)]


def _given_before_elsewhere(view: TextView, tok: Token) -> bool:
    """The word, written as here, stands elsewhere in the text right after a known given name ("Jan Visser"): a
    surname (its places read from ``view.positions``)."""
    doc = tok.doc
    return any(k > 0 and k != tok.i and doc[k].text == tok.text and given_name(doc[k - 1])
               for k in view.positions.get(tok.lower_, ()))


def _names_in_text(doc) -> frozenset[str]:
    """Words the article writes as proper names inside a sentence (cached on the Doc)."""
    if "claims_names" not in doc.user_data:
        propn = np.flatnonzero(doc.to_array(POS) == PROPN).tolist() if len(doc) else []
        doc.user_data["claims_names"] = frozenset(
            t.lower_ for t in map(doc.__getitem__, propn) if t.is_alpha and not t.is_sent_start and _capitalised(t))
    return doc.user_data["claims_names"]


def _person_by_form(view: TextView, tok: Token) -> bool:
    """A capitalised word that is a person whatever its tag: an age in brackets after it ("Andrij (34)", "De
    Boer (66)"), a known given name, or the word right after one ("Rita Vance" opening a sentence, both words
    tagged as common nouns)."""
    if not _capitalised(tok) or not tok.is_alpha:
        return False
    doc = view.doc
    if tok.i + 3 < len(doc) and doc[tok.i + 1].text == "(" and doc[tok.i + 2].like_num and doc[tok.i + 3].text == ")":
        return True
    return _known_given_name(tok) or tok.i > 0 and given_name(doc[tok.i - 1])


def _role_word(view: TextView, tok: Token) -> bool:
    """A title or role written before a name ("Minister", "Schoolleider", "AOb-voorzitter", "Dr.")."""
    word = tok.lower_.rstrip(".")
    roles, suffixes = _roles(view.lang)
    if word in roles or norm_lemma(tok) in roles:
        return True
    return word.split("-")[-1].endswith(suffixes)


@lru_cache(maxsize=None)
def _roles(lang: LangData) -> tuple[frozenset[str], tuple[str, ...]]:
    """The role nouns and honorifics of a language, and its role suffixes (for ``_role_word``, asked of many words:
    the union is made once)."""
    return lang.union("role_nouns", "honorifics"), tuple(lang.words("role_suffixes"))


# --- mentions -----------------------------------------------------------------------------------------------------

def make_mention(view: TextView, start: int, end: int, head: int) -> Mention:
    """The speaker mention of the characters [start, end) with head token ``head``: its own name (not the names
    of an owner or an affiliation), content words, roles, and whether it is a pronoun, indefinite or plural."""
    span = view.span(start, end)
    toks = list(span) if span is not None else [view.doc[head]]
    head_tok = view.doc[head]
    names = _mention_names(view, toks, head_tok)
    return Mention(Span.of(view.text, start, end), head, _is_pronoun(view, toks), names, _content_words(view, toks),
                   norm_lemma(head_tok), _indefinite(view, toks, head_tok, names),
                   frozenset(_mention_roles(view, toks, head_tok)), _plural_at(view, head))


def _plural_at(view: TextView, i: int) -> bool:
    """``view.doc[i].morph.get("Number") == ["Plur"]`` read from the analysis's string (its one Number feature is
    "Plur" alone: several values stand in one field, "Number=Plur,Sing"), each distinct analysis once per text."""
    known = view.__dict__.get("_claims_plural_analyses")
    if known is None:
        ids, strings = view._morph_strings
        known = view.__dict__["_claims_plural_analyses"] = (
            ids, {h: "Number=Plur" in analysis.split("|") for h, analysis in strings.items()})
    return known[1][known[0][i]]


def _is_pronoun(view: TextView, toks: list[Token]) -> bool:
    """One word that is a subject pronoun or one of its other forms ("hij", "zijn", "she")."""
    lang = view.lang
    return len(toks) == 1 and (toks[0].lower_ in lang.get("subject_pronouns", {})
                               or toks[0].lower_ in lang.get("pronoun_forms", {}))


def _mention_names(view: TextView, toks: list[Token], head_tok: Token) -> tuple[str, ...]:
    """The lower-cased name words of the mention's own name: after an owner's possessive, before an affiliation;
    none for an unnamed voice of a body ("a Woolworths spokesperson", "a White House official", "een
    KLM-woordvoerder": an indefinite noun of the language's ``anonymous_nouns`` with the body's name before it)."""
    if _unnamed_voice_of_body(view, toks, head_tok) or _body_named_after(view, toks, head_tok) \
            or _place_before_role(view, toks, head_tok) or _capitalised_title(view, toks, head_tok):
        return ()
    cut = _affiliation_cut(view, toks, head_tok)
    first = _after_owner(view, toks, cut, head_tok)
    cut = _particle_cut(view, toks, first, cut)
    articles = view.lang.words("articles")
    return tuple(t.lower_ for t in toks[first:cut] if _is_name(view, t) and t.lower_ not in articles)


def _capitalised_title(view: TextView, toks: list[Token], head_tok: Token) -> bool:
    """A title written with capitals after a definite article, with no one's name in it ("the Information and
    Broadcasting Minister", "the Transport Minister", "de Minister van Verkeer"): a role, like "the minister", not a
    name; it refers back to the person who holds it. The head is a role word (``_role_word``) and comes last or
    before its portfolio phrase; no word is a known given name."""
    if len(toks) < 2 or toks[0].lower_ not in view.lang.words("articles") or toks[0].lower_ in view.lang.words(
            "indefinite_determiners") or not _role_word(view, head_tok) or not head_tok.text[:1].isupper():
        return False
    rest = toks[1:]
    if len(rest) > 6 or any(_person_by_form(view, t) or given_name(t) for t in rest):
        return False
    k = next((n for n, t in enumerate(rest) if t.i == head_tok.i), None)
    if k is None:
        return False
    before, after = rest[:k], rest[k + 1:]
    joining = view.lang.union("coordinators", "name_particles")
    if any(not (t.text[:1].isupper() or t.lower_ in joining) for t in before):
        return False
    return not after or after[0].lower_ in view.lang.words("owner_prepositions") \
        and all(t.text[:1].isupper() or t.lower_ in joining for t in after[1:])


def _place_before_role(view: TextView, toks: list[Token], head_tok: Token) -> bool:
    """A role noun in lower case after an article and a capitalised word that says where the person is from or
    serves ("the Texas senator", "a Leeds fisherman", "de Volendammer visser"): the place is no name of the
    person, who stays unnamed (not a known given name, nor a word right after one)."""
    if len(toks) < 3 or toks[0].lower_ not in view.lang.union("indefinite_determiners", "articles") \
            or toks[-1].i != head_tok.i or not head_tok.is_lower or head_tok.pos_ not in ("NOUN", "PROPN") \
            or not _role_word(view, head_tok):
        return False
    between = toks[1:-1]
    return all(_capitalised(t) and t.is_alpha and not _person_by_form(view, t) for t in between) \
        and len(between) <= 2


def _body_named_after(view: TextView, toks: list[Token], head_tok: Token) -> bool:
    """A body named after a person, by a common noun of the language's ``organization_nouns`` or ``group_nouns``
    in lower case with the name before it ("the Hale campaign", "the Trump administration"): the name is the
    namesake's, not the mention's own (the mention is not the person)."""
    return head_tok.is_lower and head_tok.lemma_ in view.lang.union("organization_nouns", "group_nouns") \
        and any(t.i < head_tok.i and _is_name(view, t) for t in toks)


def _unnamed_voice_of_body(view: TextView, toks: list[Token], head_tok: Token) -> bool:
    """A mention with an article or an indefinite determiner ("a", "the", "een", "de", or a bare plural) headed by
    a common noun of the language's ``anonymous_nouns`` (or a compound ending in one) whose capitalised words all
    stand before that noun: "A Hampshire Police spokesman", "an Interpol spokesperson", "een KLM-woordvoerder" (the
    noun after a hyphen), "White House officials", "The Tesco spokesman", "De ANWB-woordvoerder". The name is the
    body the person speaks for; the person is not named (unless another mention of theirs names them)."""
    lang = view.lang
    anonymous = lang.words("anonymous_nouns")
    if not toks:
        return False
    if toks[0].lower_ not in lang.union("indefinite_determiners", "articles") and not (
            _plural_at(view, head_tok.i) and not any(t.pos_ == "DET" or t.dep_ in view.deps.possessive
                                                     for t in toks if t.i < head_tok.i)):
        return False  # (a bare plural is indefinite too: "US officials", "White House officials", "NAVO-functionarissen")
    last = head_tok.text.rsplit("-", 1)[-1]
    if "-" in head_tok.text and last.islower() and (
            _noun_of(last, anonymous) or _noun_of(norm_lemma(head_tok).rsplit("-", 1)[-1], anonymous)):
        return all(t.i <= head_tok.i for t in toks[1:] if t.text[:1].isupper())  # ("een KLM-woordvoerder")
    if head_tok.pos_ != "NOUN" or not _noun_of(norm_lemma(head_tok), anonymous):
        return False
    return all(t.i < head_tok.i for t in toks[1:] if t.text[:1].isupper())


def _affiliation_cut(view: TextView, toks: list[Token], head_tok: Token) -> int:
    """Where the words naming someone else start: "a spokesperson for Tolley", "een woordvoerder van Van der Berg"
    (but "woordvoerder Jan Smit van het OM" keeps his own name, before the head), "minister De Vries van
    Financiën" (a portfolio after the name, ``_portfolio_after_name``)."""
    portfolio = _portfolio_after_name(view, toks)
    if portfolio is not None:
        return portfolio
    if head_tok.pos_ == "NOUN" and (norm_lemma(head_tok) in view.lang.words("anonymous_nouns")
                                    or toks and toks[0].lower_ in view.lang.words("indefinite_determiners")):
        # an unnamed source's noun: what follows its preposition names a place or a body ("A union representative
        # in Rotterdam", "een woordvoerder van de gemeente Breda"), not the source
        return next((k for k, t in enumerate(toks) if t.pos_ == "ADP" and t.i > head_tok.i), len(toks))
    place = _place_after_body_name(view, toks)
    if place is not None:
        return place
    if _given_name_before_preposition(view, toks):  # "Capt. Eric Holloway of the Marlow Fire Department"
        return next(k for k, t in enumerate(toks) if t.pos_ == "ADP" and t.is_lower)
    if head_tok.pos_ in ("NOUN", "VERB") or head_tok.lower_.rstrip(".") in view.lang.words("honorifics") \
            or _known_given_name(head_tok):
        # (a role the tagger made a verb; a person's name with its given name)
        # "hoogleraar Anna Gerbrandy van de Universiteit Utrecht", "professor Anna Gerbrandy of Utrecht University",
        # "slaapexpert Merel de Jong van het Amsterdam UMC": after the person's name, a preposition and an
        # organisation or an acronym (not "Gerda van Wijngaarden", not "Minister van Volksgezondheid Eline Vos",
        # whose preposition comes before the name)
        orgs = view.lang.words("organization_nouns")
        for k, t in enumerate(toks):
            if t.pos_ == "ADP" and t.i > head_tok.i and any(x.pos_ == "PROPN" for x in toks[:k] if x.i >= head_tok.i) \
                    and any(x.lower_ in orgs or _acronym(x.text) for x in toks[k + 1:]):
                return k
    return len(toks)


def _place_after_body_name(view: TextView, toks: list[Token]) -> int | None:
    """Where a place phrase starts after an organisation's own name, a capitalised run that holds an organisation
    noun ("Het Willem Alexander Ziekenhuis in Den Bosch", "the Anna Reyes Clinic in Leeds"): the preposition of
    place (``place_prepositions``) right after that run, followed by a name; else None. (A body named after a
    person is no person, and the town it stands in is not its name.)"""
    orgs, places = view.lang.words("organization_nouns"), view.lang.words("place_prepositions")
    for k in range(1, len(toks) - 1):
        t = toks[k]
        if t.lower_ in places and t.pos_ == "ADP" and toks[k + 1].pos_ == "PROPN" \
                and toks[k - 1].lower_ in orgs and toks[k - 1].text[:1].isupper():
            return k
    return None


def _portfolio_after_name(view: TextView, toks: list[Token]) -> int | None:
    """The index of a lower-case preposition (or name particle) after a proper name that opens the last words of
    ``toks``, all of them the language's ``portfolio_words`` (one capitalised at least) and coordinators, with a
    role before the name: "minister De Vries van Financiën", "staatssecretaris Bakker van Sociale Zaken en
    Werkgelegenheid" — the ministry, no part of the name. Else None."""
    portfolio, joining = view.lang.words("portfolio_words"), view.lang.words("coordinators")
    k = len(toks) - 1
    while k > 1 and (toks[k].lower_ in portfolio or toks[k].lower_ in joining):
        k -= 1  # (back over the portfolio: "van Onderwijs, Cultuur en Wetenschap", the commas too)
        while k > 1 and toks[k].is_punct:
            k -= 1
    rest = [t for t in toks[k + 1:] if not t.is_punct]
    if not rest or not toks[k].is_lower or not (toks[k].pos_ == "ADP" or toks[k].lower_ in view.lang.words(
            "name_particles")) or not _is_name(view, toks[k - 1]) or not toks[k - 1].text[:1].isupper() \
            or not any(t.lower_ in portfolio and t.text[:1].isupper() for t in rest):
        return None
    before = toks[0].i - 1
    if any(_role_word(view, t) for t in toks[:k]) or before >= 0 and _role_word(view, view.doc[before]):
        return k  # (after a role: "Piet van Sport" alone may be a name)
    return None


def _may_name_before_preposition(view: TextView, m: Mention) -> bool:
    """The test of ``_given_name_before_preposition`` on a mention's words that needs no Token: a preposition in
    lower case that is its third word or later (without one it answers False)."""
    span = view.span_range(m.span.start, m.span.end)
    if span is None:
        return False
    pos, is_lowers = view.pos, view.is_lowers
    k = next((i for i in range(*span) if pos[i] == "ADP" and is_lowers[i]), None)
    return k is not None and k - span[0] >= 2


def _given_name_before_preposition(view: TextView, toks: list[Token]) -> bool:
    """A known given name and a surname before the mention's first preposition ("Capt. Eric Dunn of the Dayton
    Fire Department"): a person named with an affiliation, whatever word the parser made the head."""
    k = next((k for k, t in enumerate(toks) if t.pos_ == "ADP" and t.is_lower), None)
    if k is None or k < 2 or toks[k - 1].lower_ in view.lang.words("organization_nouns"):
        return False  # ("the Melinda Hart Foundation of Leeds": an organisation named after a person)
    return any(_known_given_name(t) and j + 1 < k and toks[j + 1].text[:1].isupper() and toks[j + 1].is_alpha
               for j, t in enumerate(toks[:k]))


def _after_owner(view: TextView, toks: list[Token], cut: int, head_tok: Token) -> int:
    """Where the mention's own words start after an owner's possessive clitic: "Calder Holt's Chief Executive
    Martin Greaves" is Greaves, not Calder Holt (``possessive_clitics`` in the language data)."""
    clitics = set(view.lang["possessive_clitics"])
    owner = next((k for k, t in enumerate(toks[:cut]) if t.text in clitics and k + 1 < cut), None)
    if owner is not None and (toks[owner].head.i != head_tok.i or head_tok.i > toks[owner].i):
        return owner + 1
    return 0


def _particle_cut(view: TextView, toks: list[Token], first: int, cut: int) -> int:
    """A name's affiliation after a particle is not part of it: "Harm Wessels van Regge", "Eline Vos van VWS"
    (but "Jan van der Berg" keeps its particle, one name before it)."""
    particles = view.lang.words("name_particles")
    for k in range(first + 2, cut):
        if toks[k].lower_ in particles and all(_is_name(view, t) and not _role_word(view, t) for t in toks[k - 2:k]):
            return k
    return cut


def _content_words(view: TextView, toks: list[Token]) -> frozenset[str]:
    articles = view.lang.words("articles")
    if toks and toks[0].doc is view.doc:  # (the same tests, read from the view's lists)
        alphas, lowers, pos, lemmas = view.alphas, view.lowers, view.pos, view.lemmas
        return frozenset(lemmas[i] for i in (t.i for t in toks) if alphas[i] and lowers[i] not in articles
                         and pos[i] not in ("DET", "ADP", "CCONJ", "PRON"))
    return frozenset(norm_lemma(t) for t in toks if t.is_alpha and t.lower_ not in articles
                     and t.pos_ not in ("DET", "ADP", "CCONJ", "PRON"))


def _indefinite(view: TextView, toks: list[Token], head_tok: Token, names: tuple[str, ...]) -> bool:
    """An unnamed source: an indefinite determiner ("een", "a", "some"), or a bare plural without a name."""
    first = toks[0].lower_ if toks else ""
    return first in view.lang.words("indefinite_determiners") or (
        not names and first not in view.lang.words("articles") and _plural_of(view, head_tok))


def _plural_of(view: TextView, tok: Token) -> bool:
    """``tok.morph.get("Number") == ["Plur"]``, from the view's table for a token of its text."""
    return _plural_at(view, tok.i) if tok.doc is view.doc else tok.morph.get("Number") == ["Plur"]


def _mention_roles(view: TextView, toks: list[Token], head_tok: Token) -> set[str]:
    """The roles a mention gives its source: the nouns before any prepositional phrase ("bevelvoerder Jelle
    Hoekstra van de brandweer" is a bevelvoerder, not the brandweer) and the nouns of an apposition."""
    first_adp = next((k for k, t in enumerate(toks) if t.pos_ == "ADP" and k > 0), len(toks))
    roles = {norm_lemma(t) for t in toks[:first_adp] if t.pos_ == "NOUN"
             and not (t.dep_ in view.deps.compound and t.head.i == head_tok.i and t.i < head_tok.i
                      and head_tok.pos_ == "NOUN")}  # ("a council spokesperson" speaks for the council, is not one)
    roles.update(t.lower_ for t in toks[:first_adp] if t.pos_ == "PROPN" and t.i < head_tok.i
                 and t.lower_ in _roles(view.lang)[0])  # ("Foreign Minister Karl Block": a minister, the title tagged
    # as part of the name)
    inside = {t.i for t in toks}
    for child in (c for t in toks for c in t.children if t.i == head_tok.i or _is_name(view, t) and c.pos_ == "NOUN"
                  and c.i not in inside):
        if child.dep_ in view.deps.apposition:
            roles.add(norm_lemma(child))  # (hung on the head, or on any word of the name: "Ans Bos, een voormalige
            # wethouder" on "Ans"), with the apposition's other nouns up to its first preposition after the noun:
            # "Tom Reed, a captain with 20 years at the airline" is a captain, not the airline
            words = list(child.subtree)
            cut = next((k for k, c in enumerate(words) if c.pos_ == "ADP" and c.i > child.i), len(words))
            roles.update(norm_lemma(c) for c in words[:cut] if c.pos_ == "NOUN"
                         and not (c.i < child.i and (c.dep_ in view.deps.possessive or c.dep_ in view.deps.compound)))
            # ("Rhiannon Pask, the museum's curator": a curator, not the museum; "a party representative" is no
            # party)
    if head_tok.dep_ in view.deps.apposition:
        roles.add(norm_lemma(head_tok.head))
    return roles


# --- which source a mention belongs to ----------------------------------------------------------------------------

def _suffix_match(a: str, b: str) -> bool:
    return len(a) >= 4 and (a == b or b.endswith(a) or a.endswith(b) and len(b) >= 4)


def _matches(view: TextView, m: Mention, c: Cluster) -> bool:
    """Whether the (non-pronoun) mention ``m`` names the source ``c``: by its name, or without one by its words
    and roles."""
    if m.names:
        return _matches_by_name(view, m, c)
    age = _age_of_descriptor(view.lang, m.span.text)
    if age is not None:  # "The 54-year-old said …", "De 54-jarige zegt …": the person whose age was given as that
        return any(n.names and _age_after(view.text, n.span.end) == age for n in c.mentions)
    if not view.lang.words("contrast_determiners").isdisjoint(m.span.text.lower().split()[:2]):
        return False  # "Another source told the paper …", "Een andere bron …": a source other than those before
    if m.plural and c.names and not any(n.plural for n in c.mentions):
        return False  # "The researchers said …" is not the one named researcher quoted before
    if m.indefinite:
        # "Several conservative groups" after "Conservative groups": a quantity word does not make another source,
        # "other" does ("Other residents said …")
        contrast = view.lang.words("contrast_determiners")
        quantity = view.lang.words("indefinite_determiners") - contrast
        if m.words & contrast:
            return False
        return any(n.words - quantity == m.words - quantity and not n.pronoun and not n.words & contrast
                   and set(n.names) <= m.words for n in c.mentions)  # (a capitalised headline word is no name)
    if _generic_organisation(view, m):
        # "meldt het concern. … Het bedrijf zegt …": a definite generic noun for a firm is the firm another such
        # noun named before (a named organisation is joined only through "it": ``_join_generic_organisations``)
        return any(not n.pronoun and _generic_organisation(view, n) for n in c.mentions)
    generic = view.lang.words("generic_person_nouns")
    for n in c.mentions:
        if n.pronoun:
            continue
        if m.words and (m.words <= n.words and (not n.names or m.head_lemma in n.roles)
                        or (n.words <= m.words and not n.names and len(n.words) > 0)) \
                and (n.names or _suffix_match(m.head_lemma, n.head_lemma)):
            return True  # a named source takes a bare noun only by its role ("de brandweer" is not "Hoekstra");
            # an unnamed one only with the same head noun ("the council" is not "a council spokesperson")
        if _suffix_match(m.head_lemma, n.head_lemma) and m.head_lemma not in generic \
                and not _other_portfolio(view, m, n):
            return True  # "de woordvoerder" after "een legerwoordvoerder" (but any man is not every man; nor is "the
            # foreign minister" the health minister)
        if n.names and m.head_lemma == n.names[-1] and not m.indefinite and m.head_lemma not in generic:
            return True  # "the council" after "Northfield District Council": the last word of the name
    if m.head_lemma not in c.roles:
        return False
    extra = m.words - {m.head_lemma}
    return extra <= set().union(*(n.words for n in c.mentions)) or m.head_lemma in view.lang.words("role_nouns") \
        and extra <= set().union(*(n.words for n in c.mentions),
                                 *(_apposition_words(view, n) for n in c.mentions if n.names))
    # (by its role, unless the mention says more than the source's mentions and their appositions do: "the Swedish
    # biologist" is not "Danish biologist Mette Lund", "the former mayor" is "John Smith, a former mayor of …")


def _other_portfolio(view: TextView, m: Mention, n: Mention) -> bool:
    """Both mentions name a portfolio (the language's ``portfolio_words``: "the foreign minister", "the health
    minister", "de minister van Justitie", "de justitieminister") and they share none of its words: two office
    holders."""
    portfolio = view.lang.words("portfolio_words")
    mine, theirs = _portfolio_of(m.words, portfolio), _portfolio_of(n.words, portfolio)
    return bool(mine) and bool(theirs) and not mine & theirs


def _portfolio_of(words: frozenset[str], portfolio: frozenset[str]) -> set[str]:
    """The portfolio words of a mention's words, also as the first part of a compound ("justitieminister")."""
    return {p for w in words for p in portfolio if w == p or len(w) > len(p) + 3 and w.startswith(p)}


@lru_cache(maxsize=None)
def _age_patterns(lang: LangData) -> tuple[re.Pattern, ...]:
    """The language's ``age_descriptors`` ("{n}-year-old", "{n}-jarige") as patterns of a whole mention, an article
    or determiner before it allowed, with the age as group 1."""
    out = []
    for form in lang.get("age_descriptors", []):
        before, _, after = form.partition("{n}")
        out.append(re.compile(r"(?:\w+\s+)?" + re.escape(before) + r"(\d{1,3})" + re.escape(after) + r"$", re.I))
    return tuple(out)


@lru_cache(maxsize=4096)
def _age_of_descriptor(lang: LangData, text: str) -> str | None:
    """The age a mention that only gives someone's age names ("the 54-year-old": "54"), else None."""
    text = " ".join(text.split())
    for pattern in _age_patterns(lang):
        found = pattern.match(text)
        if found is not None:
            return found.group(1)
    return None


_AGE_AFTER = re.compile(r"\s*(?:\((\d{1,3})\)|,\s*(\d{1,3})\s*[,.;])")  # "Jan de Vries (54)", "John Smith, 54,"


def _age_after(text: str, end: int) -> str | None:
    """The age given right after a name that ends at ``end`` ("John Smith, 54, …", "Jan de Vries (54)"), else None."""
    found = _AGE_AFTER.match(text, end)
    return (found.group(1) or found.group(2)) if found is not None else None


def _apposition_words(view: TextView, m: Mention) -> frozenset[str]:
    """The content words (lemmas, as ``Mention.words``) of the common-noun appositions the parser hung on a word of
    the mention ``m`` ("John Smith, a former mayor of the town": former, mayor, town)."""
    found = view.span_range(m.span.start, m.span.end)
    if found is None:
        return frozenset()
    deps = view.deps
    return _content_words(view, [view.doc[k] for i in range(*found) for c in view.children(i)
                                 if view.dep[c] in deps.apposition and view.pos[c] == "NOUN"
                                 and not found[0] <= c < found[1] for k in view.subtree(c)])


def _generic_organisation(view: TextView, m: Mention) -> bool:
    """A definite mention whose only word is a generic noun for a firm or club (the language's
    ``generic_organization_nouns``: "the company", "het bedrijf", "de club")."""
    if m.names or m.indefinite or m.plural or m.words - {m.head_lemma}:
        return False
    first = m.span.text.split()[:1]
    return m.head_lemma in view.lang.words("generic_organization_nouns") and bool(first) \
        and first[0].lower() in view.lang.words("articles")


def _initials(view: TextView, names: tuple[str, ...]) -> str:
    """The initials of a name of several words, its function words left out ("United States" US, "World Health
    Organization" WHO, "Ministerie van Defensie" MD)."""
    skip = view.lang.union("articles", "name_particles", "coordinators")
    return "".join(w[0] for w in names if w not in skip and w[:1].isalpha())


def _initials_match(view: TextView, m: Mention, c: Cluster) -> bool:
    """One mention is a single word in capitals and the other a name of two or more words with those initials."""
    def acronym(n: Mention) -> str | None:
        word = n.span.text.split()[-1] if n.span.text.split() else ""
        return word.lower() if len(n.names) == 1 and 2 <= len(word) <= 6 and _acronym(word) \
            and word.isalpha() else None
    mine = acronym(m)
    for n in c.mentions:
        if n.pronoun or not n.names:
            continue
        if mine is not None and len(n.names) >= 2 and _initials(view, n.names) == mine:
            return True
        theirs = acronym(n)
        if theirs is not None and len(m.names) >= 2 and _initials(view, m.names) == theirs:
            return True
    return False


def _matches_by_name(view: TextView, m: Mention, c: Cluster) -> bool:
    """A named mention joins the source with its surname ("Roethof" and "Gerald Roethof", but "Jan Jansen" and
    "Piet Jansen" are two people), or an unnamed source whose role or head noun it has."""
    if not c.names:
        # "Burgemeester: 'Ramen dicht'" before "Burgemeester Hanneke Voskuil": a bare role noun is the named
        # holder of that role
        # "Police say" in a headline before "Humberside Police said" in the lead: the same head noun
        roles = view.lang.words("role_nouns")
        return any(not n.pronoun and not (n.plural and not m.plural and n.head_lemma in roles)
                   and (n.head_lemma in m.roles and not n.words - m.roles and not n.indefinite
                        or n.head_lemma == m.head_lemma and not n.words - {n.head_lemma})
                   and not _named_before(view, n, m) for n in c.mentions)
        # ("zijn advocaten" are several lawyers, not "advocaat Jeroen Smits" alone)
    if _initials_match(view, m, c):
        return True  # "The US" after "The United States", "WHO" after "the World Health Organization"
    if m.names[-1] not in c.names:
        return False
    if all(_person_after_preposition(view, n) for n in c.mentions if not n.pronoun and m.names[-1] in n.names):
        return False  # "Dunne" is not "de advocaat van Mark Dunne": a person named after a role noun is whom that
        # source speaks for, another person (but "a spokesman for Tesco" and "Tesco" are one body's voice)
    titles = view.lang.words("honorifics")

    def last(names: tuple[str, ...]) -> str | None:
        own = [w for w in names if w not in titles]  # ("Bobbie Cheema QC": Cheema)
        return own[-1] if own else None
    if len(m.names) >= 2 and not any(n.names and last(n.names) == last(m.names) for n in c.mentions):
        return False  # "National Rail" is not "Network Rail chief executive Andrew Haines" (a shared word, no surname)
    if m.head_lemma not in m.names and view.pos[m.head] == "NOUN" and view.is_lowers[m.head] and not any(
            view.lowers[k] in m.names for k in range(view.span_range(m.span.start, m.span.end)[0], m.head)) \
            and not any(n.names and last(n.names) == last(m.names) for n in c.mentions):
        return False  # a role noun with a capitalised word after it ("de minister van Buitenlandse Zaken") is not the
        # person whose description holds that word ("… van Europese Zaken Claire Dumesnil"): only a surname joins
        # (but "A Dalesway spokeswoman", the name before the role, speaks for Dalesway Pharmacy)
    if any(len(n.names) >= 2 and len(m.names) >= 2 and n.names[0] != m.names[0]
           and n.names[-1] == m.names[-1] for n in c.mentions):
        return False
    return not any(_member_of(view, x, y) for n in c.mentions if n.names for x, y in ((m, n), (n, m)))
    # ("Hawkins, Blankenship and Carroll said …" speak together; "Carroll" alone later is one of them, not the three,
    # and the three are not Carroll)


def _member_of(view: TextView, m: Mention, group: Mention) -> bool:
    """Mention ``m`` names one of the sources that ``group`` names together (``_joint``): its words, without an
    article, are one item of the group's list ("Carroll" of "Hawkins, Blankenship, and Carroll", "NPR" of "CNN
    and NPR"; not "Healthwatch" of "Healthwatch Redcar and Cleveland")."""
    coordinators = view.lang.words("coordinators")
    if m.pronoun or len(group.names) < 2 or coordinators.isdisjoint(group.span.text.lower().split()) \
            or not _joint(view, group):
        return False  # (the word tests first: a group's mention names two or more and has a coordinator)
    articles = view.lang.words("articles")

    def plain(text: str) -> str:
        words = text.split()
        return " ".join(words[1:] if words and words[0].lower() in articles else words).lower()
    joiners = "|".join(map(re.escape, sorted(coordinators)))
    items = re.split(rf"\s*,\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+", group.span.text, flags=re.IGNORECASE)
    return plain(m.span.text) in {plain(item) for item in items if item.strip()} \
        and plain(m.span.text) != plain(group.span.text)


def _joint(view: TextView, m: Mention) -> bool:
    """The mention names several sources together: its head coordinated inside it with a coordinator of the
    language ("Acme Foods and Brightway Dairy", "Bakkerij Jansen en Slagerij Smit"; not "Tamar Fire and Rescue",
    ``_coordinated``), or a list of capitalised names with commas and a coordinator before the last ("Hawkins,
    Blankenship, and Carroll", however the parser hung them)."""
    span = view.span_range(m.span.start, m.span.end)
    if span is None or m.pronoun:
        return False
    coordinators, texts = view.lang.words("coordinators"), view.texts
    inner = range(span[0] + 1, span[1] - 1)
    joins = [k for k in inner if view.lowers[k] in coordinators and texts[k + 1][:1].isupper()
             and (texts[k - 1][:1].isupper() or texts[k - 1] == "," and texts[k - 2][:1].isupper())]
    if not joins:
        return False  # (names on both sides: not "Former Trump adviser and retired general Michael Flynn")
    if _coordinated(view, m):
        return True
    return any(texts[k] == "," and texts[k - 1][:1].isupper() and texts[k + 1][:1].isupper() for k in inner) \
        and all(texts[k][:1].isupper() or texts[k] == "," or view.lowers[k] in coordinators for k in range(*span))


def _person_after_preposition(view: TextView, n: Mention) -> bool:
    """A common noun whose only names follow it right after a preposition and make a person's name ("de advocaat
    van Mark Dunne", "a lawyer for Mark Dunne"): the source is someone else than that person (not "Officier van
    justitie Dirk Scholten", where the name stands after the title)."""
    if n.head_lemma in n.names or not given_names()["all"].intersection(n.names) or not _names_after_head(view, n):
        return False  # (a mention headed by its name is matched by its names alone, the view's words unread)
    span = view.span_range(n.span.start, n.span.end)
    first = next((k for k in range(n.head + 1, span[1]) if view.texts[k][:1].isupper()), None) if span else None
    return first is not None and view.pos[first - 1] == "ADP"


def _named_before(view: TextView, n: Mention, m: Mention) -> bool:
    """A bare noun ("the court") after another name with that noun in it earlier in the text ("The Supreme Court
    of Freedonia issued a ruling. The court found …"): it points back at that name, not at the later named
    mention ``m`` ("the Court of Session"). An earlier name that is ``m``'s own ("Minister Blok … de minister
    … Blok") does not count."""
    head = view.doc[n.head]
    if not head.is_alpha or len(head.text) < 3 or not m.names:
        return False
    word = head.text[:1].upper() + head.text[1:].lower()
    own = m.names[-1]
    doc = view.doc
    for i in view.positions.get(head.lower_, ()):  # the word's occurrences, in text order, found once per text
        found = doc[i]
        if found.idx + len(found) > n.span.start:
            break
        if found.text == word and own not in view.text[max(0, found.idx - 40):found.idx + len(found) + 40].lower():
            return True
    return False


def pronoun_info(view: TextView, tok: Token) -> dict:
    """Number and gender of a pronoun from the lexicon; a pronoun of either number takes it from its verb
    ("zei ze" is one woman, "zeiden ze" several people)."""
    word = view.lang.get("pronoun_forms", {}).get(tok.lower_, tok.lower_)  # "zijn" resolves like "hij"
    info = dict(view.lang.get("subject_pronouns", {}).get(word, {}))
    if tok.lower_ in view.lang.words("plural_pronoun_forms"):
        info["number"] = "plur"  # "hun", "hen": several, whatever "ze" may be
    if info.get("number") == "any" and tok.dep_ in view.deps.subject:
        number = tok.head.morph.get("Number")
        if number == ["Sing"]:
            info["number"] = "sing"
        elif number == ["Plur"]:
            info["number"] = "plur"
            info["plural_verb"] = True  # ("Ze zeggen": several, by the verb)
    return info


def _compatible(info: dict, view: TextView, c: Cluster, kinds: "_Kinds | None" = None) -> bool:
    gender = info.get("gender")
    if info.get("number") == "sing" and gender in ("masc", "fem"):
        if c.pronoun_genders - {gender}:
            return False  # "she" already refers to this source: "he" does not
        if name_gender(c) not in (None, gender):
            return False  # "Sarah Venn" is not "he"
        if name_gender(c) is None and any(name_gender_at(view, m.span.start, m.span.end) not in (None, gender)
                                          for m in c.mentions if not m.pronoun and len(m.names) == 1):
            return False  # nor "Kerr" where the article names "Paul Kerr" "she"
        if _named_as_a_thing(view, c):
            return False  # "according to camera footage", "the study": no "she"
        other = "masc" if gender == "fem" else "fem"
        named = [m for m in c.mentions if not m.pronoun]
        if named and all(noun_gender(view.lang, m.head_lemma) == other and not m.names for m in named):
            return False  # "his mother" is no "he", "zijn vader" no "ze", "een buurvrouw" no "hij"
    ctype = kinds.type(c) if kinds is not None else cluster_type(view, c)
    if info.get("number") == "sing" and ctype == "group":
        return False
    if info.get("number") == "sing" and _conjoined(view, c):
        return False  # "Mark Dunne and Paul Kerr" are not "she" (nor is "Kerr" by way of them)
    if info.get("number") == "plur" and ctype == "person" and not _conjoined(view, c):
        return False  # (but "Ann and Piet Smit … They said": two people named together)
    if info.get("plural_verb") and ctype not in ("organization", "group") and not _conjoined(view, c) \
            and not any(m.plural for m in c.mentions if not m.pronoun):
        return False  # "Ze zeggen" (several, by the verb) is not "een 45-jarige man"
    if info.get("gender") in ("masc", "fem") and info.get("number") == "sing" and ctype == "organization":
        return False
    if info.get("gender") == "neut" and ctype in ("person",):
        return _name_shape_only(view, c)
    if info.get("gender") == "neut" and ctype == "unknown":
        persons = view.lang.union("role_nouns", "anonymous_nouns", "generic_person_nouns")
        return not any(m.head_lemma in persons for m in c.mentions if not m.pronoun)  # ("a whistleblower" is no "it")
    return True


def _named_as_a_thing(view: TextView, c: Cluster) -> bool:
    """Every mention of the source that is no pronoun is headed by a document or report noun (the language's
    ``document_nouns`` and ``report_nouns``: "camera footage", "the study"): a thing, never he or she."""
    things = view.lang.union("document_nouns", "report_nouns")
    named = [m for m in c.mentions if not m.pronoun]
    return bool(named) and all(m.head_lemma in things for m in named)


def _conjoined(view: TextView, c: Cluster) -> bool:
    """A named mention of the source joins two or more of them ("Mark Dunne and Paul Kerr", "Acme and
    Brightway"): several, whatever the type of each."""
    return any(_joins_several(view, m) for m in c.mentions if not m.pronoun)


def _joins_several(view: TextView, m: Mention) -> bool:
    """Two conjuncts of the mention both stand inside it ("Mark Dunne and Paul Kerr"), not a name with "and" in
    it ("Tamar Fire and Rescue", "Minister van Justitie en Veiligheid …") nor one conjunct of something outside."""
    span = view.span(m.span.start, m.span.end) or ()
    conj, portfolio = view.deps.conjunct, view.lang.words("portfolio_words")
    joined = [t for t in span if t.dep_ in conj and m.span.start <= t.head.idx < m.span.end and t.head.i != t.i
              and t.lower_ not in portfolio and t.pos_ not in ("VERB", "AUX", "ADJ", "ADV")]
    if joined and _stacked_titles(view, [joined[0].head.i] + [t.i for t in joined if t.head.i == joined[0].head.i]):
        return False  # "onderwijsminister en vicepremier Karel Bos": one person's titles
    return bool(joined) and _coordinated(view, m)


def _name_shape_only(view: TextView, c: Cluster) -> bool:
    """The source is a person only by the shape of its name: two or more capitalised words, none a known given
    name, with no role noun and no he/she ("Calder Holt confirmed … It said …": a firm as much as a person; the
    neuter pronoun settles it)."""
    roles = view.lang.words("role_nouns")
    named = [m for m in c.mentions if not m.pronoun]
    return bool(named) and not c.pronoun_genders and name_gender(c) is None and not _personal_name(view, c) \
        and not any(_person_by_form(view, view.doc[m.head]) or _noun_of(m.head_lemma, roles) or m.roles & roles
                    for m in named) \
        and all(len(m.names) >= 2 for m in named)


@lru_cache(maxsize=4096)
def noun_gender(lang, lemma: str) -> str | None:
    """'fem' or 'masc' for a person noun of one gender: one of the language's ``gendered_nouns``, else a compound
    that ends in one of its ``gendered_noun_endings`` ("buurvrouw", "spokeswoman"; the feminine endings are asked
    first: "woman" ends in "man"), else None."""
    for gender, words in lang.get("gendered_nouns", {}).items():
        if lemma in words:
            return gender
    endings = lang.get("gendered_noun_endings", {})
    for gender in ("fem", "masc"):
        if any(lemma.endswith(e) and len(lemma) > len(e) for e in endings.get(gender, ())):
            return gender
    return None


def name_gender(c: Cluster) -> str | None:
    """'fem' or 'masc' when a mention holds a given name of known usual gender before a surname, else None."""
    names = given_names()
    for m in c.mentions:
        for first in m.names[:-1]:
            if first in names["female"]:
                return "fem"
            if first in names["male"]:
                return "masc"
    return None


def _personal_name(view: TextView, c: Cluster) -> bool:
    """A mention headed by a person's name: a given name, then the surname that heads the phrase ("bevelvoerder
    Jelle Hoekstra van de brandweer"), whatever organisation words stand around it."""
    names = given_names()
    given = names["all"]
    orgs = view.lang.words("organization_nouns")
    return any(len(m.names) >= 2 and any(n in given for n in m.names[:-1]) and m.head_lemma not in orgs
               and (view.doc[m.head].lower_ in m.names or _role_word(view, view.doc[m.head]))
               for m in c.mentions if not m.pronoun)


def _surname_of_named_person(view: TextView, c: Cluster) -> bool:
    """A lone name the article elsewhere writes after a given name ("Postma" after "Gerda Postma")."""
    surnames = {m.names[-1] for m in c.mentions if len(m.names) == 1}
    if not surnames:
        return False
    doc = view.doc
    return any(_known_given_name(_before_particles(view, doc[i])) for n in surnames for i in view.positions.get(n, ())
               if i > 0)


def _name_after_role(view: TextView, m: Mention) -> bool:
    """The mention's head is a name of two words or more right after a role noun of the language, at the mention's
    end ("Department of Transport official Troy Roberts"): a person, whatever body the words before name."""
    h = m.head
    if view.pos[h] != "PROPN":
        return False
    found = view.span_range(m.span.start, m.span.end)
    if found is None:
        return False
    first = h
    while first - 1 >= found[0] and view.pos[first - 1] == "PROPN" and view.heads[first - 1] == h:
        first -= 1
    last = max([h] + [c for c in view.children(h) if view.dep[c] in view.deps.name_part])
    return last > first and last == found[1] - 1 and first - 1 >= found[0] \
        and view.lowers[first - 1] in view.lang.words("role_nouns")


def _titled_article(view: TextView, m: Mention) -> bool:
    """A name that starts with a capitalised article inside a sentence is a place, a firm or a work, not a person:
    "revalidatiecentrum De Hooge Heide", "bakkerij De Korenschoof", "at The Old Bell"."""
    span = view.span_range(m.span.start, m.span.end)  # (read by token index from the view's lists)
    if span is None or span[1] - span[0] < 2:
        return False
    first = span[0]
    return (bool(view.lang["capitals_mark_names"]) and view.texts[first][:1].isupper()  # (``_capital_name``)
            and view.lowers[first] in view.lang.words("articles") and view.sentences[view.sentence_of[first]][0] != first)


def _joint_names_before_affiliation(view: TextView, m: Mention) -> str | None:
    """The names a mention joins before a preposition in lower case that says where they belong ("Ann Kerr and Tom
    Vos | of the union", "Wies Kramer en Henk Vos | van de bond"): every word before it capitalised, a name particle
    or a coordinator, with a coordinator between two capitalised words (``_joint``); else None."""
    span = view.span_range(m.span.start, m.span.end)
    if m.pronoun or span is None or not _joint(view, m):
        return None
    cut = next((k for k in range(span[0] + 1, span[1]) if view.pos[k] == "ADP" and view.is_lowers[k]), None)
    if cut is None:
        return None
    coordinators, particles = view.lang.words("coordinators"), view.lang.words("name_particles")
    words = range(span[0], cut)
    if not all(view.texts[k][:1].isupper() or view.lowers[k] in coordinators or view.lowers[k] in particles
               for k in words) or not any(view.lowers[k] in coordinators for k in words):
        return None
    return view.text[view._starts[span[0]]:view._ends[cut - 1]]


def _proper_org_name(view: TextView, m: Mention) -> bool:
    """An organisation's own name, every word capitalised ("Nederlands Forensisch Instituut", "Leeds City Council",
    "the Environment Agency") but the linking words inside it (``org_name_links``: "the Court of Appeal"), its
    organisation noun included."""
    span = view.span_range(m.span.start, m.span.end)  # (read by token index from the view's lists)
    if m.pronoun or span is None:
        return False
    puncts, lowers, texts = view.puncts, view.lowers, view.texts
    words = [i for i in range(*span) if not puncts[i]]
    if words and lowers[words[0]] in view.lang.words("articles"):
        words = words[1:]
    links = view.lang.words("org_name_links")  # "Bank of England", "Court of Appeal", "Ministerie van Defensie"
    capitals, particles = bool(view.lang["capitals_mark_names"]), view.lang.words("name_particles")
    return len(words) >= 2 and capitals and texts[words[-1]][:1].isupper() and all(
        capitals and texts[i][:1].isupper() or lowers[i] in particles or 0 < k < len(words) - 1
        and lowers[i] in links for k, i in enumerate(words))  # (``_capital_name``: capitals and a capital)


def _described_name(view: TextView, m: Mention) -> bool:
    """An article, a common noun that is not a role, then a name: "de veiligheidsregio Fryslân", "het
    samenwerkingsverband Primair Onderwijs Utrecht", "the patient group Diabetes Voice"."""
    found = view.span_range(m.span.start, m.span.end)  # (read by token index from the view's lists)
    lowers = view.lowers
    if m.pronoun or found is None or found[1] - found[0] < 3 or lowers[found[0]] not in view.lang.words("articles"):
        return False
    span = range(*found)
    is_lowers, alphas, pos, texts = view.is_lowers, view.alphas, view.pos, view.texts
    k = 1
    while k < len(span) and is_lowers[span[k]] and alphas[span[k]] and not _role_word_at(view, span[k]) \
            and pos[span[k]] != "ADP":  # ("een vakbondsafgevaardigde in Genk": a place after a preposition)
        k += 1
    capitals = bool(view.lang["capitals_mark_names"])
    return 1 < k <= 4 and k < len(span) and all(capitals and texts[i][:1].isupper() for i in span[k:])


def _role_word_at(view: TextView, i: int) -> bool:
    """``_role_word`` of token ``i`` of the view's text, from its lists."""
    word = view.lowers[i].rstrip(".")
    roles, suffixes = _roles(view.lang)
    return word in roles or view.lemmas[i] in roles or word.split("-")[-1].endswith(suffixes)


def _noun_of(head: str, nouns: frozenset[str]) -> bool:
    """``head`` is one of ``nouns`` or a compound ending in one of more than four letters ("legerwoordvoerder")."""
    return head in nouns or head.endswith(long_nouns(nouns))


def cluster_type(view: TextView, c: Cluster) -> str:
    """person, organization, group or unknown: by the names and heads of the source's mentions, in order of
    strength (a person's name first; an organisation's own name; organisation, group and role nouns; then weaker
    signs). Worked out once per text for each set of mentions and pronoun genders (a source's type is asked again
    and again while its name and kind are settled; the answers are kept on the view, with the mentions they were
    given for, so that an id is never reused while it is kept)."""
    memo = view.__dict__.setdefault("_claims_cluster_types", {})
    key = (tuple(id(m) for m in c.mentions), frozenset(c.pronoun_genders))
    kept = memo.get(key)
    if kept is None:
        kept = memo[key] = (list(c.mentions), _cluster_type(view, c))
    return kept[1]


def _cluster_type(view: TextView, c: Cluster) -> str:
    lang = view.lang
    orgs, groups, roles = lang.words("organization_nouns"), lang.words("group_nouns"), lang.words("role_nouns")
    named = [m for m in c.mentions if not m.pronoun]
    heads = [m.head_lemma for m in named] + [view.doc[m.head].lower_ for m in named]
    texts = [m.span.text.lower() for m in named]
    if any(_body_named_after_person(view, m, orgs) for m in named):
        return "organization"
    if _personal_name(view, c) or any(_person_by_form(view, view.doc[m.head]) for m in named) \
            or _surname_of_named_person(view, c) \
            or any(_may_name_before_preposition(view, m)
                   and _given_name_before_preposition(view, list(view.span(m.span.start, m.span.end) or ()))
                   for m in named) \
            or any(_name_after_role(view, m) for m in named):  # ("Capt. Eric Holloway of the Marlow Fire
        # Department"; "Department of Transport official Troy Roberts")
        return "person"
    if any(_titled_article(view, m) for m in named):
        return "organization"
    described = [m for m in named if _described_name(view, m)]
    if described:
        return "group" if any(w in groups for m in described for w in m.words) else "organization"
    if any(_noun_of(h, orgs) for h in heads) and not any(_noun_of(h, roles) for h in heads):
        return "organization"
    if any(_firm_noun_before_name(view, m) for m in named) and not any(_noun_of(h, roles) for h in heads):
        return "organization"  # "Toy maker Brickwell", "de supermarktketen Jumbo": a name the article gives a firm
    if any(h in groups for h in heads) or any(m.plural and not m.names for m in named):
        return "group"
    if any(_noun_of(h, roles) for h in heads) or c.pronoun_genders & {"masc", "fem"}:
        return "person"
    if any(m.names and m.roles & roles for m in named):
        return "person"  # "Hugh Hill, a doctor at …"
    if any(len(m.names) >= 2 for m in named):
        if any(w in orgs for m in named for w in m.words | set(m.span.text.lower().split())):
            return "organization"
        return "person"
    if any(_acronym(t) for m in named for t in m.span.text.split()):
        return "organization"
    if any(t in orgs for t in texts):
        return "organization"
    return "unknown"


def _body_named_after_person(view: TextView, m: Mention, orgs: frozenset[str]) -> bool:
    """The mention's capitalised run (up to its first preposition) ends in an organisation noun after a person's
    name ("Willem Alexander Ziekenhuis", "the Anna Reyes Clinic in Leeds"): a body, whatever its given name says
    (not two words whose first is a given name, "Charlotte Church")."""
    toks = list(view.span(m.span.start, m.span.end) or ())
    cut = next((k for k, t in enumerate(toks) if t.pos_ == "ADP"), len(toks))
    if cut < len(toks) and toks[cut].lower_ not in view.lang.words("place_prepositions"):
        return False  # ("Florida Department of Transportation official Troy Roberts": the name goes on)
    words = [t for t in toks[:cut] if not t.is_punct]
    skip = view.lang.words("articles") | view.lang.words("role_nouns")
    run = [t for t in words if t.text[:1].isupper() and t.lower_ not in skip]
    if len(run) < 2 or run[-1].lower_ not in orgs or run[-1] is not words[-1]:
        return False  # (the run must end the mention's words: "a West Mercia Police spokesperson" is a person)
    return len(run) >= 3 or run[0].lower_ not in given_names()["all"]


def _firm_noun_before_name(view: TextView, m: Mention) -> bool:
    """A named mention with a firm's noun (the language's ``generic_organization_nouns``, or a compound ending in
    one) among its words before the name: "toy maker Brickwell", "de supermarktketen Jumbo", also when the noun
    opens the sentence capitalised and so counts among the name's words ("Speelgoedmaker Brickwell")."""
    if not m.names:
        return False
    firms = view.lang.words("generic_organization_nouns")
    if any(_noun_of(w, firms) for w in m.words - set(m.names)):
        return True
    span = view.span_range(m.span.start, m.span.end)
    return span is not None and len(m.names) >= 2 and view.sent_starts[span[0]] \
        and view.lowers[span[0]] == m.names[0] and _noun_of(m.names[0], firms)


def _shown_name(view: TextView, c: Cluster) -> str:
    """The canonical name, never empty (a mention made only of control characters or punctuation): else the
    longest mention with its white space trimmed, else a placeholder."""
    name = " ".join(canonical_name(view, c).split())
    if name:
        return name
    mentions = sorted((" ".join(m.span.text.split()) for m in c.mentions), key=len, reverse=True)
    return next((m for m in mentions if m), "(unnamed source)")


def canonical_name(view: TextView, c: Cluster) -> str:
    """The source's name as the article gives it most fully: an organisation's own name, a described name, a
    person's full name found anywhere in the article, the longest run of names, else the most specific mention;
    without a firm's noun that only opens the sentence capitalised ("Chipmaker Voltis said …": Voltis)."""
    return _without_opening_firm_noun(view, c, _canonical_name(view, c))


def _without_opening_firm_noun(view: TextView, c: Cluster, name: str) -> str:
    """``name`` without its first word when that word is a compound ending in a firm's noun
    (``generic_organization_nouns``) that a mention of the source opens its sentence with, before a capitalised
    name that is no organisation noun or firm word itself ("Chipmaker Voltis", "Speelgoedmaker Brickwell"; not
    "Omroep Noord", not "Carrier Corporation")."""
    words = name.split()
    if len(words) < 2 or not words[1][:1].isupper():
        return name
    lang = view.lang
    first, firms = words[0].lower(), lang.words("generic_organization_nouns")
    if not any(first.endswith(noun) and len(first) > len(noun) >= 4 for noun in firms) \
            or words[-1].lower() in lang.union("organization_nouns", "firm_name_words"):
        return name  # (a compound only: "Omroep Noord", "Bank Lindqvist" are names with their noun in them)
    opening = any(view.text.startswith(words[0], m.span.start) and view.sent_starts[found[0]]
                  for m in c.mentions if not m.pronoun
                  for found in [view.span_range(m.span.start, m.span.end)] if found is not None)
    return name[len(words[0]):].lstrip() if opening else name


def _canonical_name(view: TextView, c: Cluster) -> str:
    named = [m for m in c.mentions if not m.pronoun]
    if not named:
        return c.mentions[0].span.text
    coordinators = view.lang.words("coordinators")
    joint = [m for m in named if _proper_org_name(view, m) and any(
        w.lower() in coordinators for w in m.span.text.split()[1:-1]) and _joint(view, m)]
    if not joint:
        affiliated = [name for m in named for name in [_joint_names_before_affiliation(view, m)] if name]
        if affiliated:  # "Ann Kerr and Tom Vos of the union said …": the two, as the article names them
            return max(affiliated, key=len)
    if joint:  # "Acme Foods and Brightway Dairy said …": the sources together, as the article names them
        best = max(joint, key=lambda m: (len(m.span.text), -m.span.start))
        span = view.span(best.span.start, best.span.end)
        if span is not None and span[0].lower_ in view.lang.words("articles"):
            return view.text[span[1].idx:best.span.end]
        return best.span.text
    roles = view.lang.words("role_nouns")
    with_names = [m for m in named if m.names]
    proper = [m for m in named if _proper_org_name(view, m)]
    outlets = view.lang.union("outlet_nouns", "document_nouns")
    if proper and (cluster_type(view, c) == "organization" or cluster_type(view, c) == "unknown" and any(
            m.head_lemma in outlets for m in proper)):  # (an outlet named for what it is: "The Daily Record")
        best = max(proper, key=lambda m: (len(m.span.text), -m.span.start))
        span = view.span(best.span.start, best.span.end)
        if span is not None and span[0].lower_ in view.lang.words("articles"):
            return view.text[span[1].idx:best.span.end]
        return best.span.text
    described = [m for m in named if _described_name(view, m)]
    if described and not _personal_name(view, c):
        return max(described, key=lambda m: (len(m.span.text), -m.span.start)).span.text
    if with_names:
        placed = [m for m in with_names if _names_after_head(view, m)]
        if len(placed) == len(with_names):  # "Drie onderzoekers uit Leuven": the group, not the place
            return max(placed, key=lambda m: (len(m.span.text), -m.span.start)).span.text
        full = _full_name(view, c)
        if full:
            return full
        orgs = view.lang.words("organization_nouns")
        for m in sorted(with_names, key=lambda m: -len(m.names)):
            if len(m.names) >= 2 and m.head_lemma not in orgs and not any(w in orgs for w in m.words):
                run = _name_run(view, m)
                if len(run.split()) >= 2:
                    return run
        best = max(with_names, key=lambda m: (len(m.names), -m.span.start))
        head = view.doc[best.head]
        if head.pos_ == "PROPN" or best.head_lemma in roles or not _lower_case(head):
            run = _name_run(view, best)
            if run:
                return run
        return best.span.text
    best = max(named, key=lambda m: (not _group_of_number(view, m.head), len(m.span.text.split()), m.indefinite,
                                     -m.span.start))  # (the group's own mention before "One of the residents")
    return best.span.text


def _coordinated(view: TextView, m: Mention) -> bool:
    """The mention's head is one of two or more conjuncts inside the mention ("Acme Foods and Brightway Dairy"), not
    a name with "and" in it ("Tamar Fire and Rescue")."""
    head = view.doc[m.head]
    while head.dep_ in view.deps.name_part and head.head.i < head.i and m.span.start <= head.head.idx:
        head = head.head  # (the name's first word: "Ann Kerr and Tom Vos", with "Vos" chosen as the head)
    conj, portfolio = view.deps.conjunct, view.lang.words("portfolio_words")
    return head.dep_ in conj or any(t.dep_ in conj and (t.head.i == head.i or t.i == head.i)
                                    and t.lower_ not in portfolio  # ("Minister van Justitie en Veiligheid …")
                                    for t in view.span(m.span.start, m.span.end) or () if t.i >= head.i)


def _names_after_head(view: TextView, m: Mention) -> bool:
    """The mention is a common noun whose proper names only follow it ("onderzoekers uit Leuven", "a spokesman for
    Tesco"): the names describe the source, they do not name it."""
    head = view.doc[m.head]
    span = view.span(m.span.start, m.span.end)
    if span is None or head.pos_ != "NOUN" or not (_lower_case(head) or head.is_sent_start and head.text[1:].islower()):
        return False  # (a common noun: in lower case, or capitalised only as the sentence's first word)
    names = [t for t in span if t.pos_ == "PROPN" or t.i > head.i and t.is_alpha and t.text[:1].isupper()]
    # (capitalised words after the head name a body whatever their tag: "de minister van Buitenlandse Zaken")
    portfolio = view.lang.words("portfolio_words")
    if names and names[0].lower_ in portfolio and len([t for t in names if t.lower_ not in portfolio]) >= 2:
        return False  # "Minister van Justitie en Veiligheid Dilan Yesilgöz": a portfolio, then the minister's name
    return bool(names) and all(t.i > head.i for t in names) \
        and any(t.pos_ == "ADP" for t in view.doc[head.i + 1:names[0].i])  # not "president Zelensky"


def _full_name(view: TextView, c: Cluster) -> str:
    """The longest run of proper names anywhere in the article that ends with a person's surname
    ("Roethof" → "Gerald Roethof")."""
    if cluster_type(view, c) in ("organization", "group"):
        return ""
    titles = view.lang.words("honorifics")
    own = [names for names in (_without_titles(m.names, titles) for m in c.mentions) if names]
    # (the names without a title after them: "Anna Hall QC" is Hall, not "QC", which another barrister shares)
    surnames = {names[-1] for names in own}
    short = {names[0] for names in own if len(names) == 1}
    particles = view.lang.words("name_particles")
    givens = {next((w for w in reversed(names[:-1]) if w not in particles), "") for names in own if len(names) >= 2} \
        - _roles(view.lang)[0] - {""}  # ("Tanya Reed" is not "Marcus Reed"; "Speaker" in "US Speaker Pelosi" is no
    # given name; "Sanne van Dalen": Sanne, and "Van Dalen" has none)
    known_given = any(len(names) >= 2 and names[-2] not in particles and re.search(
        rf"(?<!\w){re.escape(names[-2])}\s+{re.escape(names[-1])}(?!\w)", m.span.text.lower())
        for m in c.mentions for names in [_without_titles(m.names, titles)])
    # (a name of the source's own has its own word right before its last: "Rocky Linux", not "ABHM president
    # Chakrapani")
    best = ""
    found: list[tuple[list, str]] = []
    orgs = view.lang.words("organization_nouns")
    # only a run holding one of the surnames can end with one (read where the surnames stand, once per article)
    for run in _runs_holding(view, surnames):
        while len(run) > 1 and run[-1].lower_ in titles and run[-1].lower_ not in surnames:
            run = run[:-1]  # ("Anna Hall QC": the name ends at the surname)
        cut = next((k for k in range(1, len(run) - 1) if run[k].lower_ in particles and run[k - 1].lower_ in short),
                   None)
        if cut is not None:
            run = run[:cut]  # "Harm Wessels van Regge '76" when the article also says "Wessels"
        if len(run) > 2 and run[0].pos_ == "NOUN" and view.sentences[view.sentence_of[run[0].i]][0] == run[0].i:
            run = run[1:]  # "Wandelaar Gerrie Nijenhuis" opening a sentence: a role, not a name
        if len(run) > 1 and view.opens_names_wrongly(run[0].i):
            run = run[1:]  # "Afterwards Marsh", "On Twitter Marsh"
        if len(run) > 2 and run[0].lower_ in orgs and run[0].i >= 2 \
                and view.lowers[run[0].i - 1] in view.lang.words("org_name_links"):
            run = run[1:]  # "Commissioner of Police Rakesh Nair": the body in the title is no part of the name
        ends = [k for k, t in enumerate(run) if t.lower_ in surnames]
        if ends and run[-1].lower_ not in surnames and run[ends[-1] + 1].lower_ in particles and any(
                t.lower_ in orgs for t in run[ends[-1] + 1:]):
            run = run[:ends[-1] + 1]  # "Anna Gerbrandy van de Universiteit Utrecht": the name ends at the surname
        run = _after_titles(view, run)
        if run and run[-1].lower_ in surnames:
            run = _trim_name(view, run)
            if len(run) < 2:
                run = []
        else:
            run = []
        before = next((t for t in reversed(run[:-1]) if t.lower_ not in particles), None) if len(run) >= 2 else None
        # (the word before the surname and its particles: "Erik van der Have")
        if before is not None and givens and len(surnames) == 1 and before.lower_ not in givens and (
                _known_given_name(before) or known_given and len(before.text) > 2 and not before.text.endswith(".")):
            run = []  # (another given name before the surname: a relative, "Marcus Reed" for "Tanya Reed"; another
            # word before the last name, another name: "CentOS Linux" for "Rocky Linux"; an initial is the person's)
        if run and len(run) <= 4:
            text = view.text[run[0].idx:run[-1].idx + len(run[-1])]
            if "\n" not in text:
                found.append((run, text))
    through_owner = [_named_through_owner(view, run[0].i) for run, _ in found]
    related = [text for (run, text), owned in zip(found, through_owner) if owned]
    kept = [found_run for found_run, owned in zip(found, through_owner) if not owned]
    if related and any(not any(other.endswith(text) for other in related) for _, text in kept):
        found = kept  # ("Joe Biden …. His son Hunter Biden …. Biden said": the relative introduced through someone
        # else is not whom the bare surname names, when another person of the name is; "Zijn advocaat Tarik El
        # Amrani …. Volgens El Amrani" has only the relative's own name shortened)
    if len({run[-2].lower_ for run, _ in found}) > 1 and len({run[-1].lower_ for run, _ in found}) == 1 \
            and all(_known_given_name(run[-2]) for run, _ in found):
        # two people of one surname, each with a given name ("Hana Kimura", later "her mother Kyoko Kimura"; not a
        # nickname beside a birth name): the one named last before the source's first mention, when one is
        first = min(m.span.start for m in c.mentions)
        before = [(run, text) for run, text in found if run[-1].idx < first]
        if before:
            return before[-1][1]
    for _, text in found:
        if len(text) > len(best):
            best = text
    return best


def _named_through_owner(view: TextView, k: int) -> bool:
    """The name at token ``k`` follows a possessive determiner and a noun ("his son Hunter Biden", "haar moeder
    Kyoko Kimura"): a person introduced through someone else."""
    return k >= 2 and view.pos[k - 1] == "NOUN" and view.lowers[k - 2] in view.lang.words("possessive_determiners")


def _after_titles(view: TextView, run: list) -> list:
    """A run of name words from the word after its last title or role word that has a word after it ("Prime
    Minister Solberg", "Foreign Minister Dendias" → the name; a run that is all title keeps its last word). A
    title's word joined by a hyphen to the next name word is part of a double name ("Jean St-Pierre"), no title."""
    titled = [k for k in range(len(run) - 1) if _role_word(view, run[k])
              and not (run[k + 1].text in ("-", "‐") and not run[k].whitespace_)]  # (a run holds a hyphen only
    # between two of its words, ``_runs_from``, ``_name_run``)
    return run[titled[-1] + 1:] if titled else run


def _without_titles(names: tuple[str, ...], titles: frozenset[str]) -> tuple[str, ...]:
    """A mention's name words without the titles after the last of them ("anna", "hall", "qc" → "anna", "hall")."""
    end = len(names)
    while end > 1 and names[end - 1] in titles:
        end -= 1
    return names[:end]


def _proper_runs(view: TextView) -> tuple[list[list], dict[str, list[int]]]:
    """The runs of proper names, name particles and given names of the article, in text order, without trailing
    particles ("Jelle Hoekstra van | de brandweer"), and for every lower-cased word the runs that hold it. Read once
    per article (cached on the view). (The stage asks ``_runs_holding``: the same runs, read only where a word
    stands.)"""
    cached = view.__dict__.get("_claims_proper_runs")
    if cached is not None:
        return cached
    runs = _runs_from(view, 0)
    lowers = view.lowers
    where: dict[str, list[int]] = {}
    for k, r in enumerate(runs):
        for t in r:
            where.setdefault(lowers[t.i], []).append(k)
    view.__dict__["_claims_proper_runs"] = (runs, where)
    return runs, where


def _runs_from(view: TextView, start: int, stop: int | None = None) -> list[list]:
    """The runs the scan of the text closes when it starts at token ``start`` with no run open, in text order; with
    ``stop``, the scan ends at the first token after ``stop`` where no run is open (every run that holds a token up
    to ``stop`` is closed by then). From token 0 to the end, the runs of ``_proper_runs``."""
    runs: list[list] = []
    run: list = []
    lowers, particles = view.lowers, view.lang.words("name_particles")
    doc, pos, texts, spaces = view.doc, view.pos, view.texts, view.spaces
    stop_words = view.lang.words("stopwords")
    lemmas, n = view.lemmas, len(lowers)
    roles, suffixes = _roles(view.lang)
    capitals, common, given = bool(view.lang["capitals_mark_names"]), _common_nouns(view), given_names()["all"]

    def given_at(k: int) -> bool:  # ``given_name`` of token k, from the lists
        return texts[k][:1].isupper() and k + 1 < n and texts[k + 1][:1].isupper() and lowers[k] in given

    def run_part(k: int) -> bool:  # ``_run_part`` of a token that is no PROPN, from the lists (its Token made only
        # for the sentence start, asked last)
        cap = capitals and texts[k][:1].isupper()  # (``_capital_name``)
        particle = lowers[k] in particles and k + 1 < n and (pos[k + 1] == "PROPN" or lowers[k + 1] in particles)
        capitalised_part = cap and k + 1 < n and pos[k + 1] == "PROPN" and lowers[k] not in common \
            and not doc[k].is_sent_start
        after_given = bool(run) and given_at(run[-1].i) and cap
        return (particle or capitalised_part or given_at(k) or after_given) \
            and not spaces[k] and any(ch.isalnum() for ch in texts[k])

    def role(k: int) -> bool:  # ``_role_word`` of token k, from the lists
        word = lowers[k].rstrip(".")
        return word in roles or lemmas[k] in roles or word.split("-")[-1].endswith(suffixes)

    joined = -1  # (the word after a double-barrelled name's hyphen, a part of the run whatever its tag)
    for i in range(start, n):
        if stop is not None and i > stop and not run:
            break  # (no run open: those that hold a token up to ``stop`` are all closed)
        if i == joined:
            run.append(doc[i])
            continue
        if texts[i] == "-" and run and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
                and i + 1 < n and texts[i + 1][:1].isupper() and (pos[i + 1] == "PROPN" or run_part(i + 1)
                                                                   or texts[i + 1].isalpha() and run[-1].i == i - 1):
            run.append(doc[i])  # a double-barrelled name: "Tara Spires-Jones", "Jenn St-Onge" with "Onge" tagged an
            joined = i + 1  # adjective (not a hyphen before a word that is no part of a name, "D-A": the run would
            continue  # end on the hyphen)
        # (``_run_part`` asks for one of the first three: most words are settled by them, without a call and
        # without making their Token; a PROPN is a part when it is no white space and holds a letter or digit)
        if pos[i] == "PROPN" or texts[i][:1].isupper() or lowers[i] in particles:
            if (not spaces[i] and any(ch.isalnum() for ch in texts[i])) if pos[i] == "PROPN" else run_part(i):
                if run or not (lowers[i] in stop_words or role(i)) or texts[i][:1].isupper() \
                        and lowers[i] in particles and i + 1 < n and pos[i + 1] == "PROPN" \
                        and not doc[i].is_sent_start:
                    run.append(doc[i])  # (a run does not open with "Minister …", "Volgens Jansen": a capitalised
                continue  # preposition tagged PROPN; but a capitalised particle inside a sentence opens a surname,
                # "minister Van der Berg")
        if run:
            _close_run(view, run, runs)
            run = []
    else:
        _close_run(view, run, runs)
    return runs


def _runs_holding(view: TextView, words) -> list[list]:
    """The runs of ``_proper_runs`` that hold a token whose lower-cased text is one of ``words``, in text order, each
    once: read around each place of the words only (``view.positions``), not over the whole text. The scan keeps
    one thing from token to token, whether a run is open (an open run ends with the token before); a token that
    none of its tests can take (no PROPN, no capital, no particle, no hyphen) closes any run, so the scan started
    with no run open right after such a token reads, from there on, what the scan of the whole text reads. Each
    token's run (None: none) is kept on the view once found."""
    memo = view.__dict__.setdefault("_claims_run_of", {})
    pos, texts, lowers, particles = view.pos, view.texts, view.lowers, view.lang.words("name_particles")
    found: dict[int, list] = {}
    for w in words:
        for p in view.positions.get(w, ()):
            if p not in memo:
                j = p
                while j > 0 and (pos[j - 1] == "PROPN" or texts[j - 1][:1].isupper() or lowers[j - 1] in particles
                                 or texts[j - 1] == "-"):
                    j -= 1
                for r in _runs_from(view, j, p):
                    for t in r:
                        memo[t.i] = r
                for k in range(j, p + 1):
                    memo.setdefault(k, None)
            r = memo[p]
            if r is not None:
                found[r[0].i] = r
    return [found[k] for k in sorted(found)]


def _run_part(view: TextView, tok: Token, run: list) -> bool:
    """A word of a run of names in running text: tagged PROPN; a particle before a name or another particle; a
    capitalised word before a PROPN that is no lexicon noun ("Gerald" tagged VERB); a given name; a capitalised
    word after a given name. Never white space or a bullet tagged as a name."""
    doc, particles = view.doc, view.lang.words("name_particles")
    if tok.pos_ != "PROPN" and not tok.text[:1].isupper() and tok.lower_ not in particles:
        return False  # (every test below asks for one of these three: most words are settled here, cheaply)
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    particle = tok.lower_ in particles and after is not None and (after.pos_ == "PROPN" or after.lower_ in particles)
    capitalised_part = _capital_name(view, tok) and not tok.is_sent_start and after is not None \
        and after.pos_ == "PROPN" and tok.lower_ not in _common_nouns(view)
    after_given = bool(run) and given_name(run[-1]) and _capital_name(view, tok)
    return (tok.pos_ == "PROPN" or particle or capitalised_part or given_name(tok) or after_given) \
        and not tok.is_space and any(ch.isalnum() for ch in tok.text)


def _close_run(view: TextView, run: list, runs: list[list]) -> None:
    """Add a finished run to ``runs`` without its trailing particles ("Jelle Hoekstra van | de brandweer")."""
    particles = view.lang.words("name_particles")
    while run and run[-1].lower_ in particles:
        run.pop()
    if run:
        runs.append(run)


def _trim_name(view: TextView, run: list) -> list:
    """A person's name inside a run of capitalised words: after the portfolio words of the language
    (``portfolio_words``: "van Justitie Dilan Yesilgöz" → "Dilan Yesilgöz"), from the first given name on ("Health
    Secretary Niamh Carroll" → "Niamh Carroll"), and without a "van"-phrase after the surname ("Eline Vos van VWS" → "Eline Vos";
    "Jan Peter van Dijk" keeps its particle, "Peter" being a given name)."""
    names = given_names()
    given = names["all"]
    portfolio = view.lang.words("portfolio_words")
    joining = view.lang.union("name_particles", "coordinators")
    k = 0
    while k < len(run) - 2 and (run[k].lower_ in portfolio or run[k].lower_ in joining
                                and run[k + 1].lower_ in portfolio):
        k += 1  # "(Minister) van Justitie Dilan Yesilgöz", "(Schepen) van Wonen Tine Heyse": the portfolio after a
        # role is no part of the name, whatever the given name
    roles = view.lang.words("role_nouns")
    while k < len(run) - 2 and k > 0 and run[k].lower_ in roles:
        k += 1  # ("Education Secretary Ana Ruiz": the role after the portfolio)
    run = run[k:]
    tail = _portfolio_after_name(view, run)
    if tail is not None:
        run = run[:tail]  # "(minister) De Vries van Financiën": the ministry after the name
    first = next((k for k, t in enumerate(run[:-1]) if t.lower_ in given), None)
    if first is None:
        return run
    run = run[first:]
    particles = view.lang.words("name_particles")
    for k in range(2, len(run) - 1):
        if run[k].lower_ in particles and any(t.lower_ not in given and t.lower_ not in particles for t in run[1:k]):
            return run[:k]
    return run


def _name_hyphen(view: TextView, t: Token, current: list[Token], end: int) -> bool:
    """A hyphen with no space on either side between a name word of the current run and another name word
    ("Review-Journal", "Bijleveld-Schouten"): one name, not two runs."""
    return t.text in ("-", "‐") and bool(current) and current[-1].i == t.i - 1 and not current[-1].whitespace_ \
        and not t.whitespace_ and t.i + 1 < end and _is_name(view, view.doc[t.i + 1])


def _name_run(view: TextView, m: Mention) -> str:
    """The longest run of proper-name tokens in a mention ("de Oekraïense president Zelensky" → "Zelensky")."""
    span = view.span(m.span.start, m.span.end)
    if span is None:
        return ""
    runs, current = [], []
    particles = view.lang.words("name_particles")
    for t in span:
        if _is_name(view, t) or (t.lower_ in particles and t.i + 1 < span.end and _is_name(view, view.doc[t.i + 1])) \
                or _name_hyphen(view, t, current, span.end) \
                or current and t.is_digit and t.head.i == current[-1].i:  # ("Radio 2", "Channel 4")
            current.append(t)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    clitics = view.lang.words("possessive_clitics")
    own = [r for r in runs if not (r[-1].i + 1 < len(view.doc) and view.doc[r[-1].i + 1].text in clitics
                                   or any(r[-1].text.endswith(c) and len(r[-1].text) > len(c) for c in clitics))]
    if any(t.i == m.head for r in own for t in r):
        runs = own  # ("Turkey's President Erdogan": the owner before the clitic is not the name)
    if not runs:
        return ""
    best = _trim_name(view, max(runs, key=lambda r: (len(r), any(t.i == m.head for t in r),
                                                    r[0].i > 0 and _role_word(view, view.doc[r[0].i - 1]))))
    # (of runs as long, the one with the mention's head, else the one after a title: "U.S. Attorney Bash" is Bash)
    best = _after_titles(view, best)
    first = best[0].i
    if first >= 2 and view.doc[first - 1].lower_ in view.lang.words("org_name_links") \
            and _role_word(view, view.doc[first - 2]):
        # "Mayor of London Sadiq Khan": the place belongs to the title; the name starts at a known given name
        given = next((k for k, t in enumerate(best) if k > 0 and _known_given_name(t)), None)
        if given is not None:
            best = best[given:]
        elif len(best) >= 3 and best[0].lower_ in view.lang.words("organization_nouns"):
            best = best[1:]  # ("Commissioner of Police Rakesh Nair" with a given name the lists do not know)
    return view.text[best[0].idx:best[-1].idx + len(best[-1])]


SALIENCE_DECAY = 0.5  # per sentence back
SUBJECT_WEIGHT = 0.8  # extra weight of a mention that is the subject of its clause
NAME_WEIGHT = 0.5  # extra weight of a source that has a name
FREQUENCY_WEIGHT = 0.1  # per earlier mention, however far back: the protagonist of a feature stays present


def _salience(view: TextView, c: Cluster, before: int, at: int) -> float:
    """How present a source is at character ``before`` (token ``at``): its mentions and the occurrences of its name
    before it, each weighted by recency (halved per sentence) and doubled-ish as a clause subject."""
    doc = view.doc
    here = view.sentence_of[at]
    heads = {m.head for m in c.mentions if m.span.end <= before}
    names = {m.names[-1] for m in c.mentions if m.names}
    if names:
        heads |= {i for n in names for i in view.positions.get(n, ())
                  if doc[i].idx < before and not view.in_quote(doc[i])}
    score = 0.0
    for i in heads:
        tok = doc[i]
        distance = max(0, here - view.sentence_of[i])
        score += SALIENCE_DECAY ** distance * (1 + SUBJECT_WEIGHT * (tok.dep_ in view.deps.subject)) + FREQUENCY_WEIGHT
    return score + (NAME_WEIGHT if names else 0.0)


def _antecedent_candidates(view: TextView, before: int, contents: list[tuple[int, int]] = (),
                           memo: "_Antecedents | None" = None, reach: int = 2) -> list[tuple[int, int, int]]:
    """Noun phrases that can be the antecedent of a pronoun — every name, and role nouns — ending before the
    character ``before`` in the same or the ``reach`` previous paragraphs, in text order: (start, end, head token).
    ``memo``: what the pronouns of one text share for these ``contents`` (``_Antecedents``)."""
    doc = view.doc
    first_para = view.paragraph(before) - reach
    out = []
    starts, pos, quote_of = view._starts, view.pos, view.quote_of
    first = _paragraph_token(view, first_para)  # (the tokens before are in earlier paragraphs)
    if memo is not None:
        # the same tokens as below, in the same order: the names and nouns outside quotes from ``first`` on that
        # start before ``before`` (all of them in paragraph ``first_para`` or later: paragraphs only grow)
        heads = memo.heads
        for k in range(bisect.bisect_left(heads, first), len(heads)):
            i = heads[k]
            if starts[i] >= before:
                break
            found = memo.answers.get(i, _UNSEEN)
            if found is _UNSEEN:
                found = memo.answers[i] = None if _common_noun_at(view, i) \
                    else _antecedent(view, doc[i], first_para, contents)
            if found is not None:
                out.append(found)
        return out
    for i in range(first, len(starts)):
        if starts[i] >= before:
            break
        if not _antecedent_pos(view, i) or quote_of[i] >= 0 or _common_noun_at(view, i):
            continue  # (what ``_antecedent_head`` refuses first, read from the view's lists)
        found = _antecedent(view, doc[i], first_para, contents)
        if found is not None:
            out.append(found)
    return out


class _Antecedents:
    """What the pronouns of one text share while they are placed (the contents fixed): the indices of the names and
    nouns outside quotes, and each one's antecedent phrase (``_antecedent``), found when first asked. A token's
    answer does not depend on the pronoun: its one test that could, its paragraph against the pronoun's, holds for
    every token ``_antecedent_candidates`` visits."""

    def __init__(self, view: TextView) -> None:
        quote_of = view.quote_of
        # (``_antecedent_pos`` holds only for these parts of speech: the tokens with one are found in C, in order,
        # then asked about quotes and the rest)
        candidates = compress(range(len(quote_of)), map(_ANTECEDENT_POS.__contains__, view.pos))
        self.heads = [i for i in candidates if quote_of[i] < 0 and _antecedent_pos(view, i)]
        self.answers: dict[int, tuple[int, int, int] | None] = {}


_UNSEEN = object()


def _antecedent(view: TextView, tok: Token, first_para: int, contents: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """(start, end, head) of the phrase a token heads when it can be an antecedent (``_antecedent_head``), else None."""
    if not _antecedent_head(view, tok, first_para, contents):
        return None
    doc = view.doc
    a, b = view.np_range(tok)
    if view.pos[tok.i] == "NOUN":  # ("Rita Vance | praised …", the sentence's verb read as a clause on a name
        # tagged as a common noun)
        b = next((k for k in range(tok.i + 1, b) if view.pos[k] in ("VERB", "AUX")), b)
    if a >= b:
        return None
    return doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), tok.i


_ANTECEDENT_POS = frozenset(("PROPN", "NOUN", "VERB", "ADJ"))  # (``_antecedent_pos``'s own and ``_nominalised_role``'s)


def _antecedent_pos(view: TextView, i: int) -> bool:
    """Token ``i`` has an antecedent's part of speech: a name or a noun, or a role noun the tagger read as a verb or
    adjective (``_nominalised_role``)."""
    return view.pos[i] in ("PROPN", "NOUN") or _nominalised_role(view, i)


def _nominalised_role(view: TextView, i: int) -> bool:
    """Token ``i`` is a role noun of the language the tagger read as a verb or adjective after its article ("de
    verdachte", "de gewonde", "the accused"): a participle or adjective used as a noun."""
    return view.pos[i] in ("VERB", "ADJ") and i > 0 and view.pos[i - 1] == "DET" \
        and view.lowers[i] in view.lang.words("role_nouns")


def _common_noun_at(view: TextView, i: int) -> bool:
    """Token ``i`` is a noun that ``_antecedent_head`` refuses whatever else holds, read from the view's lists (no
    Token made): a NOUN written without a capital whose lemma is none of the person nouns. ``_antecedent_head``
    returns True only when none of its refusals applies, and its noun test refuses such a word: its lemma is in
    neither of the two sets of person nouns it asks (the larger one holds the smaller), and ``_person_by_form``
    needs a capital."""
    return view.pos[i] == "NOUN" and not view.texts[i][:1].isupper() \
        and view.lemmas[i] not in view.lang.union("role_nouns", "anonymous_nouns", "generic_person_nouns")


def _antecedent_head(view: TextView, tok: Token, first_para: int, contents: list[tuple[int, int]]) -> bool:
    """A name or a role noun outside quotes, reported content and headings, from paragraph ``first_para`` on, that
    heads its own phrase and comes without a preposition. (Read from the view's lists and syntax table by the
    token's index: ``tok`` is a token of the view's text.)"""
    i, idx = tok.i, view._starts[tok.i]
    pos, dep, lowers, deps = view.pos, view.dep, view.lowers, view.deps
    if view.spaces[i] or view.quote_of[i] >= 0 or not _antecedent_pos(view, i) or view.paragraph(idx) < first_para:
        return False
    if any(a <= idx < b for a, b in contents):
        return False  # "Anna Berg said the owner had refused": the owner is not a source
    if view.heading_line(idx):
        return False  # a subhead ("Het verhaal van Ann") names nobody who speaks
    if pos[i] not in ("PROPN", "NOUN"):
        return True  # "De verdachte ontkent" with the participle tagged a verb (the tests below are a noun's)
    if dep[i] in deps.name_attachment and pos[view.heads[i]] == "PROPN":
        return False  # part of a longer name: its head is the candidate
    if dep[i] in deps.possessive_or_compound:
        return False  # "Labour's Owen Price": the possessor is not the antecedent
    kids = view.children(i)
    if any(dep[c] in deps.copula or dep[c] in deps.nominal_subject for c in kids) and not (
            pos[i] == "PROPN" and all(pos[c] in ("NUM", "PRON", "DET") for c in kids if dep[c] in deps.nominal_subject)):
        return False  # "dat hij de eerste wethouder wordt die …": what someone is, not someone else (but "One is
        # Denis Kovalchuk, a student": a name introduced as the predicate of "one", "another", "dit")
    # "Een man … Hij vertelde": but "haar man Kees" is Kees ("Een buurtbewoner … hij")
    persons = view.lang.union("role_nouns", "anonymous_nouns", "generic_person_nouns") \
        if not any(pos[c] == "PROPN" for c in kids) else view.lang.union("role_nouns", "anonymous_nouns")
    if pos[i] == "NOUN" and (view.lemmas[i] not in persons and not _opening_plural_of(view, i, persons)
                             or dep[i] in deps.apposition) and not _person_by_form(view, tok):
        return False  # a role in apposition belongs to the name it follows
    # places and times come with a preposition ("in Hereford", "in maart"); people seldom do, but a person's name
    # may follow the preposition of whom one speaks to ("We spoke to Mayor Ann Post. She said …")
    if lowers[i] in view.lang.words("time_words"):
        return False
    agents = view.lang.words("agent_prepositions")
    markers = [lowers[c] for c in kids if dep[c] in deps.case_marker and lowers[c] not in agents]
    if not markers:
        return True
    # (the name is looked at only when such a preposition stands before it)
    return pos[i] == "PROPN" and all(m in view.lang.words("interlocutor_prepositions") for m in markers) \
        and any(_known_given_name(t) for t in view.doc[slice(*view.np_range(tok))])  # a person, not "aan de Dam"


def _opening_plural_of(view: TextView, i: int, nouns: frozenset[str]) -> bool:
    """Token ``i`` opens its sentence capitalised and is the plural of one of ``nouns`` by the language's
    ``plural_suffixes`` ("Rechercheurs hielden …", which the lemmatizer leaves as it stands at a sentence's start;
    a word in lower case has its lemma)."""
    if not view.sent_starts[i] or not view.texts[i][:1].isupper():
        return False
    lower = view.lowers[i]
    return any(lower.endswith(suffix) and lower[:-len(suffix)] in nouns
               for suffix in view.lang.words("plural_suffixes"))


class _Kinds:
    """``cluster_type`` of the sources while pronouns are placed, and whether each is a person for "he"/"she",
    worked out again only when a source has gained a mention or a pronoun's gender since (a long article asks it
    of every earlier source for every pronoun)."""

    def __init__(self, view: TextView) -> None:
        self.view = view
        self._seen: dict[int, tuple[Cluster, int, frozenset[str], str, bool]] = {}

    def _entry(self, c: Cluster) -> tuple[Cluster, int, frozenset[str], str, bool]:
        entry = self._seen.get(id(c))
        genders = frozenset(c.pronoun_genders)
        if entry is None or entry[0] is not c or entry[1] != len(c.mentions) or entry[2] != genders:
            ctype = cluster_type(self.view, c)
            orgs, roles = self.view.lang.words("organization_nouns"), self.view.lang.words("role_nouns")
            given = given_names()["all"]
            person = ctype == "person" and not any(
                w in orgs for m in c.mentions
                if not (m.names and (m.roles or any(n in given for n in m.names[:-1])
                                     or _name_after_role(self.view, m)) or _noun_of(m.head_lemma, roles))
                for w in m.words)
            # (an organisation in a mention that ends in a person's name, after a role or with a known given name,
            # is the person's affiliation: "Florida Department of Transportation official Tom Ruby" is a person;
            # so is one after a role noun that heads the mention: "the head of the police inspectorate")
            entry = self._seen[id(c)] = (c, len(c.mentions), genders, ctype, person)  # (holds c: its id stays its own)
        return entry

    def type(self, c: Cluster) -> str:
        return self._entry(c)[3]

    def person(self, c: Cluster) -> bool:
        return self._entry(c)[4]


def _paragraph_token(view: TextView, para: int) -> int:
    """The index of the first token at or after the start of paragraph ``para`` (0 for a paragraph before the
    first)."""
    if para <= 0 or not view.text:
        return 0
    char = bisect.bisect_left(view.paragraph_of_char, para)
    return bisect.bisect_left(view._starts, char)


def cluster_speakers(view: TextView, claims: list[Claim]) -> tuple[list[Claim], list[Speaker]]:
    """The speaker stage: cluster the speaker mentions of the claims into one source each. Returns new claims, each
    with the id of its speaker, and the speakers in order of first mention (ids s1, s2, … in that order; the
    final numbering is ``claims.model.number_ids``'s). ``claims`` are left as they were."""
    mentions = _speaker_mentions(view, claims)
    clusters: list[Cluster] = []
    owner: dict[tuple[int, int], Cluster] = {}
    _cluster_named(view, mentions, clusters, owner)
    contents = [(c.span.start, c.span.end) for c in claims if c.kind != "direct" and not (
        c.speaker is None and ATTRIBUTION.has(c.via, "reported") and (c.span.start, c.span.end) == c.sentence)]
    # (a report of no named origin, the whole sentence, is the reporter's hedged narration: the people it names may be
    # who a pronoun after it means, "The singer reportedly posted a message in which she said …")
    # (the antecedent phrases of the text for these contents, found once for both passes: a token's answer
    # depends on the token and the contents alone, see ``_Antecedents``)
    antecedents = _Antecedents(view)
    _name_role_nouns(view, mentions, clusters, owner, contents, antecedents)
    # the sentence a demonstrative points back at ("Burgemeester Tom Lievens stapt op. Dat heeft hij dinsdag
    # bekendgemaakt"), per speaker mention: a pronoun with no antecedent elsewhere may find it there
    pointed = {(c.speaker.start, c.speaker.end): (c.span.start, c.span.end) for c in claims
               if c.speaker is not None and ATTRIBUTION.has(c.via, "anaphoric")}
    _place_pronouns(view, mentions, clusters, owner, contents, pointed, antecedents)
    publishing = view.lang.words("publishing_cues")
    publishers = {id(owner[k]) for k in owner} - {
        id(owner[(c.speaker.start, c.speaker.end)]) for c in claims if c.speaker is not None and c.cue is not None
        and (c.speaker.start, c.speaker.end) in owner and c.cue.lemma not in publishing}
    # (the sources that only ever report, write or publish: outlets, perhaps, never "the company")
    _join_generic_organisations(view, clusters, owner, publishers)
    _join_generic_outlets(view, clusters, owner, publishers)
    speakers, ids = _speakers_of(view, clusters, owner)
    return _with_speaker_ids(claims, owner, ids), speakers


def _join_generic_organisations(view: TextView, clusters: list[Cluster], owner: dict[tuple[int, int], Cluster],
                                publishers: set[int] = frozenset()) -> None:
    """A source named only as "the company" (``_generic_organisation``) joins the latest named organisation before
    it that spoke as "it" ("Northwind Group will cut 1,200 jobs, it said. The company said …"), else the latest
    named organisation when that is named as a firm is ("Northwind Energy said …. The company said …",
    ``_plain_firm_name``) and is no outlet (``publishers``: the ids of the sources that only ever speak with the
    language's ``publishing_cues``, "Bloomberg reported …"): one source, whose two statements do not corroborate
    each other."""
    parties = view.lang.words("party_pronouns")
    for c in list(clusters):
        named = [m for m in c.mentions if not m.pronoun]
        if not named or not all(_generic_organisation(view, m) for m in named):
            continue
        named_before = _named_sources_before(clusters, c)
        earlier = [(end, o) for end, o in named_before
                   if any(m.pronoun and view.lowers[m.head] in parties for m in o.mentions)]
        # (an organisation that spoke as "it": a firm; any other named body, police or an outlet, may be another
        # party than the one the article calls "the company")
        if not earlier:
            organisations = [(end, o) for end, o in named_before if cluster_type(view, o) == "organization"]
            latest = max(organisations, key=lambda e: e[0])[1] if organisations else None
            if latest is None or id(latest) in publishers or not _plain_firm_name(view, latest):
                continue  # (the latest named organisation is the police, a ministry or an outlet: not "the company")
            earlier = [(0, latest)]
        _merge_source(c, max(earlier, key=lambda e: e[0])[1], clusters, owner)


def _join_generic_outlets(view: TextView, clusters: list[Cluster], owner: dict[tuple[int, int], Cluster],
                          publishers: set[int]) -> None:
    """A source named only as "the newspaper", "de krant" (a definite mention with no name, headed by a noun of the
    language's ``generic_outlet_nouns``) joins the latest named source before it that only ever reports, writes or
    publishes (``publishers``: "Het Parool meldt …. '…', schrijft de krant"): one outlet, not two."""
    nouns = view.lang.words("generic_outlet_nouns")
    if not nouns:
        return
    articles = view.lang.words("articles")

    def generic(m: Mention) -> bool:  # "de krant", "the newspaper": definite, no name, an outlet's noun
        rng = view.span_range(m.span.start, m.span.end)
        return rng is not None and not m.names and not m.indefinite and m.head_lemma in nouns \
            and view.lowers[rng[0]] in articles

    for c in list(clusters):
        named = [m for m in c.mentions if not m.pronoun]
        if not named or not all(generic(m) for m in named):
            continue
        before = [(end, o) for end, o in _named_sources_before(clusters, c) if id(o) in publishers]
        if before:
            _merge_source(c, max(before, key=lambda e: e[0])[1], clusters, owner)


def _named_sources_before(clusters: list[Cluster], c: Cluster) -> list[tuple[int, Cluster]]:
    """The sources other than ``c`` named (a mention with names) and mentioned before ``c``'s first mention, each
    with the end of its latest mention before it."""
    first = min(m.span.start for m in c.mentions)
    return [(max(m.span.end for m in o.mentions if m.span.end <= first), o) for o in clusters
            if o is not c and any(m.span.end <= first for m in o.mentions)
            and any(m.names and not m.pronoun for m in o.mentions)]


def _plain_firm_name(view: TextView, c: Cluster) -> bool:
    """A source named only by its own name, with no organisation noun but a firm's (``firm_name_words``: legal forms
    and trades) or a generic one (``generic_organization_nouns``): "Northwind Energy", "Calder Holt Inc" may be
    "the company"; "Police", "the Ministry of Health", "Reuters" are bodies of another kind."""
    allowed = view.lang.union("firm_name_words", "generic_organization_nouns")
    orgs = view.lang.words("organization_nouns")
    named = [m for m in c.mentions if not m.pronoun]
    return bool(named) and not c.pronoun_genders and all(
        m.names and not (m.words & orgs) - allowed for m in named)


def _merge_source(source: Cluster, target: Cluster, clusters: list[Cluster],
                  owner: dict[tuple[int, int], Cluster]) -> None:
    """``source`` is ``target``: its mentions join it, the mentions it owned are ``target``'s, and it is no source
    of its own any more."""
    target.mentions.extend(source.mentions)
    for k, o in owner.items():
        if o is source:
            owner[k] = target
    clusters.remove(source)


def _speaker_mentions(view: TextView, claims: list[Claim]) -> dict[tuple[int, int], Mention]:
    """The mentions that attribute statements, one per character range."""
    mentions: dict[tuple[int, int], Mention] = {}
    for c in claims:
        if c.speaker is not None and c.speaker_head is not None:
            key = (c.speaker.start, c.speaker.end)
            if key not in mentions:
                mentions[key] = make_mention(view, c.speaker.start, c.speaker.end, c.speaker_head)
    return mentions


def _cluster_named(view: TextView, mentions: dict[tuple[int, int], Mention], clusters: list[Cluster],
                   owner: dict[tuple[int, int], Cluster]) -> None:
    """Every mention that is not a pronoun, in text order, joins the latest source it names, else starts one."""
    for key in sorted(mentions):
        m = mentions[key]
        if m.pronoun:
            continue
        target = next((c for c in reversed(clusters) if _matches(view, m, c)), None)
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.mentions.append(m)
        owner[key] = target


def _name_role_nouns(view: TextView, mentions: dict[tuple[int, int], Mention], clusters: list[Cluster],
                     owner: dict[tuple[int, int], Cluster], contents: list[tuple[int, int]],
                     antecedents: "_Antecedents | None" = None) -> None:
    """A definite role noun with no name ("the biologist said", "aldus de minister", "volgens de bewindsvrouw") whose
    source is named nowhere else is the latest person the article introduced in that role ("Danish biologist
    Mette Lund", "minister Karel Blok"; the language's ``role_synonyms``: "de bewindsvrouw" is a minister) in the
    same or the two paragraphs before: it joins that person's source, or brings the name to its own. A compound
    role ends in the noun, and an organisation's noun may end a word of its name ("Vakbond FNV … de bond")."""
    synonyms = view.lang.get("role_synonyms", {})
    orgs = view.lang.words("organization_nouns")
    antecedents = _Antecedents(view) if antecedents is None else antecedents
    for key in sorted(mentions):
        m = mentions[key]
        head = view.doc[m.head]
        headline = view.paragraph(m.span.start) == 0 and len(view._paragraph_starts) >= 2
        if m.pronoun or m.names or m.indefinite or m.plural or head.pos_ not in ("NOUN", "PROPN") \
                or not (head.is_lower and head.pos_ == "NOUN" or headline and head.is_sent_start
                        or _capitalised_title(view, list(view.span(m.span.start, m.span.end) or ()), head)) \
                or any(view.doc[k].dep_ in view.deps.possessive for k in range(*view.np_range(head))):
            continue  # (a common noun, not "his daughter": whose daughter is another question)
        source = owner.get(key)
        if source is None or source.names:
            continue
        roles = {m.head_lemma, *synonyms.get(m.head_lemma, ())}
        own = m.words - roles  # (its words beyond the role, as ``_matches`` reads them)
        if headline:  # "Premier: 'We gaan door'" over "Premier Jansen ziet geen reden …": the person the next two
            # paragraphs name in that role, the first of them (in reported content too: the lead is about them)
            starts = view._paragraph_starts
            end = starts[2] if len(starts) > 2 else len(view.text)
            candidates = [c for c in _antecedent_candidates(view, end) if c[0] >= m.span.end]
        else:
            candidates = list(reversed(_antecedent_candidates(view, m.span.start, contents, antecedents)))
        for cand in candidates:
            cm = make_mention(view, *cand)
            bodies = frozenset((*cm.names, cm.head_lemma)) if m.head_lemma in orgs else frozenset()  # ("Vakbond FNV"
            # is a "bond", "De Rabobank" a "bank")
            if not cm.names or cm.pronoun or not (roles & cm.roles or any(
                    b.endswith(r) and len(r) >= 4 for r in roles for b in cm.roles | bodies)) \
                    or len(cm.span.text.split()) > 8 \
                    or any(t.pos_ in ("VERB", "AUX") for t in view.span(cm.span.start, cm.span.end) or ()):
                continue
            if not own <= cm.words:
                continue  # "de Hongaarse minister van Buitenlandse Zaken" is not "de Franse minister van Europese
                # Zaken Claire Dumesnil": the role's own words must describe the named person too
            _join_named(view, source, cm, clusters, owner)
            break
        else:
            cm = _person_named_just_before(view, m, antecedents, contents)
            if cm is not None:
                _join_named(view, source, cm, clusters, owner)


def _join_named(view: TextView, source: "Cluster", cm: Mention, clusters: list["Cluster"],
                owner: dict[tuple[int, int], "Cluster"]) -> None:
    """The unnamed ``source`` is the one the named mention ``cm`` names: merged into the source of that full name
    (``_same_person``), or given the name for its canonical form."""
    named = next((c for c in reversed(clusters) if c is not source and c.names and _matches(view, cm, c)
                  and _same_person(view, cm, c)), None)
    if named is None:
        source.mentions.append(cm)  # (the name, for the source's canonical form)
    else:
        _merge_source(source, named, clusters, owner)


def _person_named_just_before(view: TextView, m: Mention, antecedents: "_Antecedents",
                              contents: list[tuple[int, int]]) -> Mention | None:
    """A definite person noun new to the article as the subject of its sentence ("The delivery driver says …", "De
    man zegt …") right after a sentence of the same paragraph whose main clause has a person's name for its subject
    ("Tom Vane is less pleased.", "Jan Smit (45) werd gisteren opgepakt."), with no other person named in between:
    the mention of that name, whose source the noun describes (the language's person nouns: ``role_nouns``,
    ``generic_person_nouns``), else None. A name with a role of its own keeps it ("Mayor Ann Post … The driver
    says" is someone else)."""
    head = m.head
    if view.dep[head] not in view.deps.nominal_subject or view.quote_of[head] >= 0 \
            or not _noun_of(m.head_lemma, view.lang.union("role_nouns", "generic_person_nouns")):
        return None  # (a compound too: "de taxichauffeur")
    if any(k < head for k in view.positions.get(view.lowers[head], ())):
        return None  # ("a bus driver was hurt … the driver says": the noun's own earlier mention)
    before = _sentence_before_in_paragraph(view, view.sentence_of[head])
    if before is None:
        return None
    subject = next((c for c in view.children(before[2]) if view.dep[c] in view.deps.nominal_subject
                    and view.pos[c] == "PROPN"), None)
    if subject is None:
        return None
    candidates = _antecedent_candidates(view, m.span.start, contents, antecedents)
    found = next((c for c in candidates if c[2] == subject), None)
    if found is None or any(c[0] > found[0] and c[2] != subject for c in candidates):
        return None  # (another name or person noun between them)
    cm = make_mention(view, *found)
    toks = list(view.span(cm.span.start, cm.span.end) or ())
    roles = cm.roles | {t.lower_ for t in toks if t.lower_ in view.lang.words("role_nouns")}  # ("Mayor Ann Post",
    # the title tagged as part of the name)
    if not cm.names or cm.pronoun or roles and m.head_lemma not in roles \
            or not any(_known_given_name(t) for t in toks):
        return None  # (a person's name: a given name the shared list knows)
    return cm


def _sentence_before_in_paragraph(view: TextView, s: int) -> tuple[int, int, int] | None:
    """(first token, end token, root) of the sentence before sentence ``s`` when it is in the same paragraph and its
    root stands outside quotes, else None."""
    if s <= 0 or view.paragraph(view.sentence_chars(s)[0]) != view.paragraph(view.sentence_chars(s - 1)[0]):
        return None
    a, b = view.sentences[s - 1]
    root = next((k for k in range(a, b) if view.heads[k] == k), None)
    return None if root is None or view.quote_of[root] >= 0 else (a, b, root)


def _same_person(view: TextView, m: Mention, c: Cluster) -> bool:
    """The named mention ``m`` is the source ``c`` by its full name: ``c`` has a mention of that full name, or
    names only the surname and the article gives that surname one given name ("Foreign Minister Karl Block" and
    "Block"; but "Nettie Baker" is not "Baker" in an article that also names "Ginger Baker")."""
    if any(n.names == m.names for n in c.mentions):
        return True
    if any(len(n.names) >= 2 for n in c.mentions) or len(m.names) < 2:
        return False
    surname = m.names[-1]
    given = {run[k - 1].lower_ for run in _runs_holding(view, (surname,))
             for k, t in enumerate(run) if k > 0 and t.lower_ == surname}
    return given <= {m.names[-2]}


FAR_REACH = 10  # paragraphs back for he/she when no person within the usual two fits (bounded: linear cost)


def _place_pronouns(view: TextView, mentions: dict[tuple[int, int], Mention], clusters: list[Cluster],
                    owner: dict[tuple[int, int], Cluster], contents: list[tuple[int, int]],
                    pointed: dict[tuple[int, int], tuple[int, int]] | None = None,
                    antecedents: "_Antecedents | None" = None) -> None:
    """Every pronoun, in text order, refers to the most recent compatible source before it (a speaker, or a
    sentence subject the article named), the most salient person for "he"/"she"; else to a person named in the
    sentence its own demonstrative cue points back at (``pointed``: "X stapt op. Dat heeft hij bekendgemaakt");
    else it is a source of its own."""
    kinds = _Kinds(view)
    if antecedents is None:
        antecedents = _Antecedents(view)  # (``_antecedent_candidates``: one pass, fixed contents)
    made: dict[tuple[int, int, int], Mention] = {}  # the mention of a candidate phrase (``make_mention``), made once
    for key in sorted(mentions):
        m = mentions[key]
        if not m.pronoun:
            continue
        info = pronoun_info(view, view.doc[m.head])
        gender = info.get("gender", "any")
        one_person = gender in ("masc", "fem") and info.get("number") == "sing"
        options = _Options(view, clusters, info, kinds, m, contents, antecedents, made)
        chosen = options.opening_subject(_subject_of_content_before(view, m, contents))
        if chosen is None:
            chosen = options.choose(one_person)
        own = (pointed or {}).get(key)
        if chosen is None and own is not None:
            chosen = _Options(view, clusters, info, kinds, m, [c for c in contents if c != own]).choose(one_person)
        if chosen is None and one_person:  # ("she" with no person in reach who fits: the person the article
            # named further back, "Anne Reyes … [four paragraphs] … She told police …")
            chosen = _Options(view, clusters, info, kinds, m, contents, antecedents, made, FAR_REACH).choose(True)
        if chosen is None and one_person:  # (nobody at all: the person the content before it names as its
            # subject, "Mary Jones is moving to Leeds, she said")
            chosen = options.opening_subject(_subject_of_content_before(view, m, contents, named_only=True))
        if chosen is None:
            chosen = Cluster()
            clusters.append(chosen)
        chosen.mentions.append(m)
        if one_person:
            chosen.pronoun_genders.add(gender)
        owner[key] = chosen


def _organisation_subjects_before(view: TextView, m: Mention,
                                  contents: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """"The company rejected the claim. It said …": the subjects headed by an organisation noun (the language's
    ``organization_nouns``) outside reported content in the party pronoun's sentence (before it) and the two
    sentences before, as (start, end, head) candidate phrases. (A common noun is no antecedent of he or she, but an
    organisation named by its noun is what "it" says.)"""
    s = view.sentence_at(m.span.start)
    if s < 0:
        return []
    first = view.sentences[max(0, s - 2)][0]
    orgs, deps, dep, pos, lemmas = view.lang.words("organization_nouns"), view.deps, view.dep, view.pos, view.lemmas
    out = []
    for i in range(first, m.head):
        if pos[i] != "NOUN" or lemmas[i] not in orgs or view.quote_of[i] >= 0 \
                or any(a <= view._starts[i] < b for a, b in contents):
            continue
        verb_on_it = i + 1 < len(pos) and pos[i + 1] == "VERB" and view.heads[i + 1] == i \
            and (view.finite[i + 1] or "Past" in view.tenses[i + 1])  # ("The council apologised on Monday" read as a
        # noun phrase with its verb hung on it; so is "The airline cancelled 40 flights", the noun a subject of
        # "flights")
        misread = dep[i] in deps.root and verb_on_it
        if dep[i] in deps.subject or misread:
            lo, hi = view.np_range(view.doc[i])
            hi = min(hi, i + 1) if verb_on_it else hi
            if lo < hi:
                out.append((view._starts[lo], view._ends[hi - 1], i))
    return out


def _subject_of_content_before(view: TextView, m: Mention, contents: list[tuple[int, int]],
                               named_only: bool = False) -> tuple[int, int, int] | None:
    """"Northwind Energy will appeal the ruling, it said on Monday": a party pronoun (the language's
    ``party_pronouns``) that follows the content of its own sentence stands for the party that content opens with:
    (start, end, head) of the content's subject (a name or a noun), else None. ``named_only``: any pronoun, and
    only a subject that is a name."""
    if not named_only and view.lowers[m.head] not in view.lang.words("party_pronouns"):
        return None
    s = view.sentence_at(m.span.start)
    before = [c for c in contents if c[1] <= m.span.start and view.sentence_at(c[0]) == s]
    interrupted = not before  # (or the content the pronoun's cue interrupts: "Brightway staat, zo meldde
    # het, op …")
    if interrupted:
        before = [c for c in contents if c[0] < m.span.start and m.span.end <= c[1] and view.sentence_at(c[0]) == s]
    found = view.span_range(*max(before, key=lambda c: c[1])) if before else None
    if found is None:
        return None
    a, b = found
    heads, dep, pos, deps = view.heads, view.dep, view.pos, view.deps
    root = view.clause_root(a, b)
    subject = next((k for k in range(a, b) if heads[k] == root and dep[k] in deps.nominal_subject
                    and dep[k] not in deps.passive_subject and pos[k] in ("PROPN", "NOUN")), None)
    if subject is None and interrupted:
        subject = _opening_noun_before_finite(view, a, m.head)  # (the parser made the predicate its root)
    if subject is None or named_only and pos[subject] != "PROPN" \
            or pos[subject] == "NOUN" and view.lemmas[subject] not in _common_nouns(view):
        return None  # (a thing is no party: "The plant will close, it said", "Applications take a year, they said")
    lo, hi = view.np_range(view.doc[subject])
    if not a <= lo < hi <= b or view._ends[hi - 1] > m.span.start:
        return None
    return view._starts[lo], view._ends[hi - 1], subject


def _opening_noun_before_finite(view: TextView, a: int, pronoun: int) -> int | None:
    """The head of the noun phrase that opens a clause at token ``a`` when a finite verb follows it before the
    pronoun at token ``pronoun`` or right after the parenthesis that holds it (word order, where the parse gives
    the clause no subject: "Brightway staat, zo meldde het, op …", "The council, it said, will …"): its last noun
    or name, else None."""
    pos, texts, k = view.pos, view.texts, a
    while k < pronoun and pos[k] in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
        k += 1
    head = k - 1
    if k == a or pos[head] not in ("NOUN", "PROPN"):
        return None
    if texts[k] == ",":  # the parenthesis right after the noun phrase: the verb after its closing comma
        k = next((j + 1 for j in range(pronoun + 1, min(len(texts) - 1, pronoun + 6)) if texts[j] == ","), len(texts))
    return head if k < len(texts) and view.finite[k] and k != pronoun else None


Option = tuple[int, "Cluster | None", "tuple[int, int, int] | None"]  # (end, a source, or a candidate phrase)


def _own_content(view: TextView, m: Mention, contents: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The widest reported content that ends before the mention ``m`` in its own sentence, with nothing but
    punctuation and a cue between ("…, he said"): what the mention's source is said to say; else None."""
    s = view.sentence_at(m.span.start)
    if s < 0:
        return None
    opening = view.sentence_chars(s)[0]  # (a content's last character lies in the sentence: it ends after this)
    best = None
    for a, b in contents:
        if opening < b <= m.span.start and (best is None or a < best[0]) \
                and len(view.text[b:m.span.start].split()) <= 3:
            best = (a, b)
    return best


class _Options:
    """What one pronoun may refer to, latest first: every source at its latest mention before the pronoun, and
    every noun phrase that can be an antecedent (``_antecedent_candidates``), each probed once."""

    def __init__(self, view: TextView, clusters: list[Cluster], info: dict, kinds: "_Kinds", m: Mention,
                 contents: list[tuple[int, int]], antecedents: "_Antecedents | None" = None,
                 made: dict | None = None, reach: int = 2) -> None:
        """``antecedents``, ``made``: what the pronouns of one text share (``_place_pronouns``): each token's
        antecedent phrase and each candidate phrase's mention (a ``Mention`` is never changed once made);
        ``reach``: how many paragraphs back the candidate phrases are looked for (``_antecedent_candidates``)."""
        self.view, self.clusters, self.info, self.kinds, self.m = view, clusters, info, kinds, m
        self.made = {} if made is None else made
        self.options: list[Option] = []
        own = _own_content(view, m, contents)
        for c in clusters:
            # a source is an option once, at its latest mention before the pronoun: its earlier mentions come later
            # in the order below and would give the same answer; never a source that speaks inside the words the
            # pronoun itself is said to say ("A neighbour thinks it was meant for her, he said": not the neighbour)
            last = max((n.span.end for n in c.mentions if n.span.end <= m.span.start
                        and not (own is not None and own[0] <= n.span.start < own[1])), default=None)
            if last is not None:
                self.options.append((last, c, None))
        for cand in _antecedent_candidates(view, m.span.start, contents, antecedents, reach):
            self.options.append((cand[1], None, cand))
        if view.lowers[m.head] in view.lang.words("party_pronouns"):
            for cand in _organisation_subjects_before(view, m, contents):
                self.options.append((cand[1], None, cand))
        self.options.sort(key=lambda o: o[0], reverse=True)
        self._probes: dict[int, tuple[Cluster, Cluster | None, Mention]] = {}
        self._fits: dict[int, bool] = {}  # per option's source (nothing changes until the pronoun is placed)

    def probe(self, o: Option) -> Cluster:
        """The option's source; for a candidate noun phrase, the source it names joined with its new mention
        ("Dunleavy" is the person "Margaret Dunleavy" seen before), built once."""
        if o[1] is not None:
            return o[1]
        if o[2][2] not in self._probes:
            cm = self.made.get(o[2])
            if cm is None:
                cm = self.made[o[2]] = make_mention(self.view, o[2][0], o[2][1], o[2][2])
            existing = next((x for x in reversed(self.clusters) if _matches(self.view, cm, x)), None)
            joined = Cluster(existing.mentions + [cm], set(existing.pronoun_genders)) if existing else Cluster([cm])
            self._probes[o[2][2]] = (joined, existing, cm)
        return self._probes[o[2][2]][0]

    def fits(self, o: Option) -> bool:
        cl = self.probe(o)
        if id(cl) not in self._fits:
            self._fits[id(cl)] = _compatible(self.info, self.view, cl, self.kinds)
        return self._fits[id(cl)]

    def choose(self, one_person: bool) -> Cluster | None:
        """The first fitting option (persons by salience first for he/she/hij), taken: a new source the article
        named is added to the sources, a candidate's mention to its source."""
        if one_person:
            recent = self._speaker_just_before() or self._introduced_just_before() or self._subject_just_before()
            if recent is not None:
                return recent
        options = self._persons_first() if one_person else self.options
        options = [o for o in options if not self._addressed(o)]
        for k, o in enumerate(options):
            if self.fits(o):
                if not one_person:
                    o = self._subject_of_same_sentence(o, options[k + 1:])
                return o[1] if o[1] is not None else self._take(o)
        return None

    def _addressed(self, o: Option) -> bool:
        """The option is the person spoken to in the pronoun's own sentence or the one before ("Speaking to Tom Hale
        of the BBC, he said …", "In een gesprek met Tom Hale zei hij …", "told Tom Hale, he …"): never who "he" is
        there."""
        view, m = self.view, self.m
        head = self._head_of(o)
        if head is None or head > m.head or view.sentence_of[head] not in (view.sentence_of[m.head],
                                                                            view.sentence_of[m.head] - 1):
            return False  # (the sentence before too: "Two sources told AFP the deal … However, they said, …": the
        # listener of the last telling is not who speaks next)
        deps, dep, up = view.deps, view.dep, view.heads[head]
        listeners = view.lang.words("interlocutor_prepositions")
        if any(dep[c] in deps.case_marker and view.lowers[c] in listeners for c in view.children(head)) \
                and view.pos[up] in ("VERB", "NOUN"):
            return view.sentence_of[head] == view.sentence_of[m.head]  # (the sentence before: "contact opnemen
            # met Rudy Van Ballaer. Die zei …": who was called up speaks next)
        if not (dep[head] in deps.objects and view.lemmas[up] in view.lang.words("addressee_verbs")):
            return False
        if view.sentence_of[head] == view.sentence_of[m.head]:
            return True
        first = view.sentences[view.sentence_of[head]][0]  # (the sentence before: only when the teller, a phrase
        return any((h := self._head_of(p)) is not None and first <= h < up and self.fits(p)
                   for p in self.options)  # before the verb of telling, fits as well)

    def _subject_of_same_sentence(self, o: Option, earlier: list[Option]) -> Option:
        """A pronoun that is a clause's subject ("they", "it", "ze") continues the subject of the sentence it
        follows, not a later object: "Researchers at the institute followed 8,000 nurses. They found …" is the
        researchers. The fitting option ``o`` unless it is no subject and an earlier option of its sentence, before
        it, is the subject of that sentence's main clause and fits."""
        view = self.view
        deps, dep = view.deps, view.dep
        if dep[self.m.head] not in deps.subject or view.quote_of[self.m.head] >= 0:
            return o
        head = self._head_of(o)
        if head is None or dep[head] in deps.subject:
            return o
        s = view.sentence_of[head]
        if s >= view.sentence_of[self.m.head]:
            return o  # (only across sentences: within its own sentence the nearest phrase stands)
        for e in earlier:
            h = self._head_of(e)
            if h is None or view.sentence_of[h] != s:
                break
            if dep[h] in deps.nominal_subject and view.heads[view.heads[h]] == view.heads[h] and self.fits(e):
                return e  # (the subject of the sentence's root verb)
        return o

    def _head_of(self, o: Option) -> int | None:
        """The head token of an option: its candidate phrase's, or its source's mention that ends there."""
        if o[2] is not None:
            return o[2][2]
        return next((n.head for n in o[1].mentions if n.span.end == o[0]), None)

    def opening_subject(self, phrase: "tuple[int, int, int] | None") -> Cluster | None:
        """The source the subject of the pronoun's own content names (``_subject_of_content_before``), taken when
        it fits the pronoun."""
        if phrase is None:
            return None
        o: Option = (phrase[1], None, phrase)
        return self._take(o) if self.fits(o) else None

    def _speaker_just_before(self) -> Cluster | None:
        """he/she right after a sentence whose source is a person: that source, before any more salient person
        ("Fire chief Helen Parry said … A neighbour said the street was cleared. 'It was terrifying,' she said." is
        the neighbour; "…," Hartley told the radio. ¶ Asked whether …, he said:" is Hartley, not the scorer the
        narrative named in between). The latest source (a statement's speaker, not any noun phrase) whose latest
        mention ends in the pronoun's sentence or the one before it, when it is a person that fits."""
        view, m = self.view, self.m
        s = view.sentence_at(m.span.start)
        latest = next((o for o in self.options if o[1] is not None), None)
        if latest is None or s - view.sentence_at(max(latest[0] - 1, 0)) > 1:
            return None
        if any(o[1] is None and o[0] > latest[0] and self.kinds.person(self.probe(o)) and self.fits(o)
               and view.sentence_at(max(o[0] - 1, 0)) > view.sentence_at(max(latest[0] - 1, 0))
               for o in self.options):
            return None  # (a person introduced after it, in a later sentence, is nearer)
        person = self.kinds.person(latest[1]) or self.kinds.type(latest[1]) == "unknown" and any(
            _is_name(view, view.doc[n.head]) for n in latest[1].mentions if not n.pronoun)  # ("Hartley told …")
        return latest[1] if person and self.fits(latest) else None

    def _introduced_just_before(self) -> Cluster | None:
        """he/she as the subject of its clause, right after a sentence that introduces a named person as its copular
        predicate ("One is Denis Kovalchuk, a sixth-year student. He said …", "Een van hen is Denis Kovaltsjoek. Hij
        zei …"): that person, before a more salient one named further back. The sentence before must be in the
        pronoun's paragraph or the one before it, and no name may stand before the pronoun in its own sentence.
        (Not any subject of the sentence before: in features "Her mother Grace taught her to bake. 'I watched her
        every morning,' she says." is the protagonist, and salience decides.)"""
        view, m = self.view, self.m
        if view.dep[m.head] not in view.deps.subject:
            return None
        s = view.sentence_at(m.span.start)
        if s <= 0 or view.paragraph(m.span.start) - view.paragraph(view.sentence_chars(s - 1)[0]) > 1:
            return None
        if any(view.sentence_at(max(o[0] - 1, 0)) == s for o in self.options):
            return None  # ("John Reed broke the news when he revealed …": a name before it in its own sentence)
        a, b = view.sentences[s - 1]
        heads, dep, deps, pos = view.heads, view.dep, view.deps, view.pos
        root = next((k for k in range(a, b) if heads[k] == k), None)  # (the sentence's root)
        if root is None or view.quote_of[root] >= 0:
            return None
        if pos[root] != "PROPN" or not any(dep[c] in deps.copula for c in view.children(root)) \
                or not _is_name(view, view.doc[root]):
            return None  # ("One is Denis Kovalchuk": the name is the sentence's predicate, its root)
        at = view._starts[root]
        for o in self.options:
            span = (o[2][0], o[2][1]) if o[2] is not None else next(
                ((n.span.start, n.span.end) for n in o[1].mentions if n.span.end == o[0]), None)
            if span is not None and span[0] <= at < span[1]:
                if self.kinds.person(self.probe(o)) and self.fits(o):
                    return o[1] if o[1] is not None else self._take(o)
                return None
        return None

    def _subject_just_before(self) -> Cluster | None:
        """he/she as the subject of its clause, right after a sentence of the same paragraph whose main clause has a
        person for its subject ("Mayor Ida Moor said … The neighbour had found the fire. He says he saw smoke." is
        the neighbour; "De buurman had de brand ontdekt. Hij zegt …"): that person, before a more salient one named
        further back. Not when a source or a person stands before the pronoun in its own sentence, nor a subject
        owned by the pronoun's own person ("Her mother taught her to bake. … she says": the mother is someone
        else), nor a subject inside a quote or reported content."""
        view, m = self.view, self.m
        if view.dep[m.head] not in view.deps.subject or view.quote_of[m.head] >= 0:
            return None
        s = view.sentence_at(m.span.start)
        before = _sentence_before_in_paragraph(view, s)
        if before is None or any(view.sentence_at(max(o[0] - 1, 0)) == s for o in self.options):
            return None
        a, b, root = before
        opening = view.text[view.sentence_chars(s - 1)[0]:][:1]
        if opening in QUOTE_CHARS and opening != ",":
            return None  # (nor a sentence that opens with a quotation mark: a quote the finder left open is
            # someone's words, "'M'n vader zat in het verzet. Als ik …', zegt hij")
        dep, deps = view.dep, view.deps
        subject = next((c for c in view.children(root) if dep[c] in deps.nominal_subject
                        and dep[c] not in deps.passive_subject), None)
        if subject is None:
            return None
        chosen = None
        for o in self.options:
            head = self._head_of(o)
            if head is None or not a <= head < b or not self.kinds.person(self.probe(o)) or not self.fits(o):
                continue
            if head != subject or self._owned_by_the_pronoun_s_person(o):
                return None  # (another person in that sentence, "Een buurvrouw, die alleen haar voornaam Sandra
                # wil geven, zag …": salience decides)
            chosen = o
        return None if chosen is None else chosen[1] if chosen[1] is not None else self._take(chosen)

    def _persons_first(self) -> list[Option]:
        """he/she/hij: the most salient person, when there is one in reach (mentioned often, lately, as a subject:
        "Dunleavy … Agnew said … Dunleavy confirmed …", then "she says" is Dunleavy; a named person beats an
        unnamed role noun), then the other options, latest first."""
        persons = [o for o in self.options if self.kinds.person(self.probe(o)) and self.fits(o)]
        sal: dict[int, float] = {}
        for o in persons:
            if id(self.probe(o)) not in sal:
                sal[id(self.probe(o))] = _salience(self.view, self.probe(o), self.m.span.start, self.m.head)
        persons.sort(key=lambda o: (-sal[id(self.probe(o))], -o[0]))
        by_end: dict[int, list[Option]] = {}  # (``o not in persons`` asked of the persons at o's position only:
        for p in persons:  # two options are equal only with the same position)
            by_end.setdefault(p[0], []).append(p)
        ordered = persons + [o for o in self.options if o not in by_end.get(o[0], ())]
        owned = [o for o in ordered if self._owned_by_the_pronoun_s_person(o)]
        return [o for o in ordered if o not in owned] + owned if owned else ordered

    def _owned_by_the_pronoun_s_person(self, o: Option) -> bool:
        """A candidate phrase whose noun has a possessive of the pronoun's own person ("His father drove a taxi.
        … 'We were poor,' he says": "his" and "he" are one person, and the father is someone else): tried last."""
        if o[2] is None:
            return False
        view, forms = self.view, self.view.lang.get("pronoun_forms", {})
        own = view.lowers[self.m.head]
        return any(forms.get(view.lowers[c]) == own and c < o[2][2] and view.dep[c] in view.deps.possessive
                   for c in view.children(o[2][2]))

    def _take(self, o: Option) -> Cluster:
        joined, existing, cm = self._probes[o[2][2]]
        if existing is None:
            self.clusters.append(joined)
            return joined
        if (cm.span.start, cm.span.end) not in [(x.span.start, x.span.end) for x in existing.mentions]:
            existing.mentions.append(cm)
        return existing


def _speakers_of(view: TextView, clusters: list[Cluster],
                 owner: dict[tuple[int, int], Cluster]) -> tuple[list[Speaker], dict[int, str]]:
    """The speakers of the sources that attribute a statement, in order of their first mention, and the id of
    each source's speaker."""
    used = [c for c in clusters if any((m.span.start, m.span.end) in owner and owner[(m.span.start, m.span.end)] is c
                                       for m in c.mentions)]
    used.sort(key=lambda c: min(m.span.start for m in c.mentions))
    speakers = []
    ids: dict[int, str] = {}
    for n, c in enumerate(used, 1):
        ids[id(c)] = f"s{n}"
        spans = sorted({m.span for m in c.mentions}, key=lambda s: (s.start, s.end))
        ctype = cluster_type(view, c)
        speakers.append(Speaker(id=f"s{n}", name=_shown_name(view, c), type=ctype,
                                anonymous=is_anonymous(view, c, ctype), mentions=spans))
    return speakers, ids


def _with_speaker_ids(claims: list[Claim], owner: dict[tuple[int, int], Cluster], ids: dict[int, str]) -> list[Claim]:
    """New claims: each attributed claim with its speaker's id (the others as they were)."""
    out = []
    for c in claims:
        speaker_id = c.speaker_id
        if c.speaker is not None:
            cl = owner.get((c.speaker.start, c.speaker.end))
            speaker_id = ids.get(id(cl)) if cl is not None else None
        out.append(replace(c, speaker_id=speaker_id, evidence=list(c.evidence)))
    return out


def is_anonymous(view: TextView, c: Cluster, ctype: str) -> bool:
    named = [m for m in c.mentions if not m.pronoun]
    if any(_asks_anonymity(view, m) for m in named):
        return True  # "a party member, who asked not to be named", "Peter (not his real name)"
    zone = _in_anonymity_phrase(view)
    if named and all(m.names and zone[m.head] for m in named):
        return True  # "Een buurtbewoner, die alleen zijn voornaam Dave wil geven, … 'Het ging snel,' zegt hij": the
        # name given in the phrase is all the article names of the source
    if not named or any(m.names and not _name_only_given(view, m, zone) for m in named) or ctype == "organization":
        return False  # ("Een vrouw die alleen haar voornaam Sarah wil geven": the name inside the phrase names
        # nobody; the role noun decides)
    anon = view.lang.words("anonymous_nouns")
    suffixes = view.lang.words("anonymous_suffixes")
    heads = {m.head_lemma for m in named} | {view.doc[m.head].lower_ for m in named}
    heads |= {h.rsplit("-", 1)[-1] for h in heads if "-" in h}  # ("NAVO-functionarissen": the noun after the body)
    documents = view.lang.union("document_nouns", "report_nouns") \
        | view.lang.words("statement_nouns")
    unknown_person = ctype == "unknown" and not any(_noun_of(h, documents) for h in heads)
    if (ctype == "person" or unknown_person) and any(m.indefinite and not m.plural for m in named) or (
            ctype in ("person", "group") or unknown_person) and any(m.plural and _counted(view, m) for m in named):
        return True  # "a café owner", "een buurtbewoner", "een vakbondsafgevaardigde", "two engineers", "drie
        # agenten": someone the article does not name (a noun the lexicons do not know is most often a person's role)
    reports = view.lang.words("unnamed_report_nouns")
    if all(_noun_of(view.lowers[m.head], reports) for m in named) and not any(
            view.pos[k] == "PROPN" or view.lowers[k] in _bodies_not_reports(view.lang)
            for m in named for k in range(*(view.span_range(m.span.start, m.span.end) or (0, 0)))):
        return True  # "according to reports", "local news reports say", "volgens mediaberichten": reports of nobody
        # named (not "a UN report", "reports from Reuters", "berichten van de NOS", "government reports")
    return any(h in anon or any(h.endswith(s) for s in suffixes) for h in heads)


@lru_cache(maxsize=None)
def _bodies_not_reports(lang: LangData) -> frozenset[str]:
    """The language's organisation and group nouns that are no report nouns ("news" names a report, not a body)."""
    return frozenset(lang.union("organization_nouns", "group_nouns") - lang.words("report_nouns"))


def _name_only_given(view: TextView, m: Mention, zone: list[bool]) -> bool:
    """Every name in the mention stands inside an anonymity phrase (``_in_anonymity_phrase``): a first name given
    instead of a name ("Een vrouw die alleen haar voornaam Sarah wil geven")."""
    span = view.span_range(m.span.start, m.span.end)
    names = [k for k in range(*span) if view.pos[k] == "PROPN"] if span is not None else []
    return bool(names) and all(zone[k] for k in names)


def _counted(view: TextView, m: Mention) -> bool:
    """The mention's head has a number or an indefinite determiner of the language before it ("two engineers",
    "several residents", "drie agenten"): people counted, not named."""
    h = m.head
    determiners = view.lang.words("indefinite_determiners")
    return any(c < h and (view.pos[c] == "NUM" or view.lowers[c] in determiners) for c in view.children(h))


def _asks_anonymity(view: TextView, m: Mention) -> bool:
    """The mention is followed by words that keep the source unnamed (the language's ``anonymity_phrases``): "A
    party member, who asked not to be named, said …", "…, said the official, speaking on condition of anonymity",
    "Een partijgenoot, die anoniem wil blijven, …", a pseudonym "Peter (niet zijn echte naam)". Between the mention
    and the phrase only punctuation, a relative pronoun and one verb (the cue) may stand."""
    phrases = view.lang.get("anonymity_phrases", [])
    span = view.span_range(m.span.start, m.span.end)
    if not phrases or span is None:
        return False
    i, end = span[1], view.sentences[view.sentence_of[span[1] - 1]][1]
    relatives, puncts, pos = view.lang.words("relative_pronouns"), view.puncts, view.pos  # (the view's lists: no
    # Token made)
    verb_skipped = False
    while i < end and (puncts[i] or view.lowers[i] in relatives
                       or not verb_skipped and pos[i] in ("VERB", "AUX") and i == span[1]):
        verb_skipped = verb_skipped or pos[i] in ("VERB", "AUX")
        i += 1
    following = " ".join(view.lowers[i:min(end, i + 8)]) + " "
    return following.startswith(_spaced(tuple(phrases)))  # (as any(following.startswith(phrase + " ")), in C)


@lru_cache(maxsize=64)
def _spaced(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The phrases, each with a space after it."""
    return tuple(phrase + " " for phrase in phrases)
