"""What the status rules share about one article: its statements and what is computed once about them (content
words, figures, polarity, sources, the lead, similarity), and the predicates the rules ask of a statement
(heading, opinion, agreement, independence of two sources, one utterance quoted twice)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from ..attribution import RULES as ATTRIBUTION
from ..figures import Figure, figures_differ
from ..model import Claim, Evidence, Span, Speaker
from ..textview import TextView
from ..tfidf import NgramStore
from .blocking import SimilarityTable, _Blocks
from .terms import (CORROBORATION_THRESHOLD, SentenceTerms, _same_word, content_terms, corroboration_score, holds,
                    paraphrase, quantities, shared_count, shared_terms, word_matches)
from .terms import negated as negated_range


SENTENCE_END = ".!?…"  # (a string: an empty line ends in none of them)
CLOSERS = "\"'”’»"  # what may follow the final punctuation of a quoted sentence
FINAL_PUNCT_CHARS = SENTENCE_END + CLOSERS


_POSSESSIVE_END = re.compile(r"['’]s$")  # ("Dunne's": Dunne)


def _proper_words(name: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """The capitalised words of a speaker's name, three letters or more, not in ``skip``, a possessive ending taken
    off ("Mark Dunne's lawyer": Mark, Dunne)."""
    words = (_POSSESSIVE_END.sub("", w) for w in re.findall(r"\w[\w'’-]*", name))
    return [w for w in words if w[:1].isupper() and len(w) >= 3 and w.lower() not in skip]


@dataclass(frozen=True)
class SourceWords:
    """What says whose side a speaker speaks for (``independent``), lower case: the capitalised words of its name,
    the role and organisation nouns of its mentions, and for a spokesperson of someone ("a spokesperson for the
    minister", "een woordvoerder van de minister") the words of that someone."""

    names: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    represents: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()  # the bodies of ``body_members`` its mentions name ("police")
    member_of: frozenset[str] = frozenset()  # the bodies one of whose people its mentions name ("officers")
    family: str = ""  # a person's surname: the last capitalised word of a name of two or more ("Hart")
    executive: bool = False  # named by an office that speaks for a body (``executive_roles``), no body named
    role: bool = False  # a mention names a person's role (``role_nouns``: "doctor", "passenger's lawyer")
    first_body: bool = False  # the article's first source named without a role: the body it is about
    group_role: str = ""  # the role noun, singular, of a source named only by its plural ("analysts": "analyst")
    role_words: frozenset[str] = frozenset()  # the role and voice nouns its mentions hold ("analyst", "woordvoerder")


NO_SOURCE_WORDS = SourceWords()  # (a speaker without words: one frozen value, not one made per pair asked)


def _source_words(view: TextView, speaker: Speaker, skip: frozenset[str]) -> SourceWords:
    lang = view.lang
    spokes, preps = lang.words("anonymous_nouns"), lang.words("spokesperson_prepositions")
    relatives, roles_and_voices = lang.words("relative_pronouns"), lang.union("role_nouns", "anonymous_nouns")
    kinds = lang.words("role_nouns") | lang.words("organization_nouns")
    represented: set[str] = set()
    roles: set[str] = set()
    for mention in speaker.mentions:
        words = [w.lower() for w in re.findall(r"\w[\w'-]*", mention.text)]
        for k, w in enumerate(words):
            if w in spokes and k + 1 < len(words) and words[k + 1] in preps:
                represented.update(x for x in words[k + 2:] if x not in skip and len(x) >= 3)
            elif w in spokes and k > 0:  # "Ministry spokesman Tom Lee", "a police spokeswoman": the nouns before it
                represented.update(x for x in words[:k] if x not in skip and len(x) >= 3 and x not in roles_and_voices)
        roles.update(w for w in words if w in kinds and w not in spokes)
        # "Detective Inspector Ruth Cole, of West Mercia Police, said": the organisation after the name's comma
        after = re.match(r",\s*(\w+)\s+((?:\w+\s+){0,2}[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)*)\s*,",
                         view.text[mention.end:mention.end + 80])
        if after and after.group(1).lower() in preps:
            represented.update(x.lower() for x in after.group(2).split() if x.lower() not in skip and len(x) >= 3)
        # "Anna Berg, Northwind's chief executive, said", "Anna Berg, topvrouw van Northwind, zei", "…, who chairs
        # Northwind,": the body named in an apposition with a role (or a relative clause) is the side she speaks for
        apposition = re.match(r",\s*([^,.;:!?\"“”]{3,80}),", view.text[mention.end:mention.end + 90])
        if apposition:
            words = apposition.group(1).split()
            lowered = [w.lower() for w in words]
            if lowered[0] in relatives or roles_and_voices.intersection(lowered):
                represented.update(_POSSESSIVE_END.sub("", w).lower() for w in words[1:] + words[:1]
                                   if w[:1].isupper() and len(w) >= 3 and w.lower() not in skip
                                   and w.lower() not in roles_and_voices)
    members = lang.get("body_members", {})
    words = {w.lower() for m in speaker.mentions for w in re.findall(r"\w[\w'-]*", m.text)}
    proper = _proper_words(speaker.name, skip)
    member_of = frozenset(b for b, people in members.items() if words.intersection(people))
    # "Chief executive Tom Kerr said …" in an article about one company: the office speaks for a body the article
    # does not name beside it, taken for the body the article opens with (``_with_first_body``)
    executive = speaker.type == "person" and not represented and any(
        _office_and_name(m.text, role, skip) for m in speaker.mentions for role in lang.words("executive_roles"))
    return SourceWords(frozenset(w.lower() for w in proper), frozenset(roles),
                       frozenset(represented), frozenset(b for b in members if b in words), member_of,
                       proper[-1].lower() if speaker.type == "person" and len(proper) >= 2 else "",
                       executive, bool(words & lang.words("role_nouns")), group_role=_group_role(lang, words, proper),
                       role_words=frozenset((words | _title_words(view, speaker)) & roles_and_voices))


def _title_words(view: TextView, speaker: Speaker) -> set[str]:
    """The lower-case words of the three words right before each mention of the speaker, on its line: where a
    title stands that the mention left out ("said Harbour Bank analyst | Tom Reyes")."""
    out: set[str] = set()
    for m in speaker.mentions:
        before = view.text[max(0, m.start - 60):m.start].rsplit("\n", 1)[-1]
        out.update(w for w in re.findall(r"\w[\w'-]*", before)[-3:] if w.islower())
    return out


def _group_role(lang, words: set[str], proper: list[str]) -> str:
    """The singular role noun (the language's ``role_nouns``) whose plural, by one of its ``plural_suffixes``,
    names a source with no name of its own ("analysts", "analisten"): the role each of its members has."""
    roles, suffixes = lang.words("role_nouns"), lang.get("plural_suffixes", [])

    def singular(w: str) -> str:
        return next((w[:-len(x)] for x in suffixes if w.endswith(x) and w[:-len(x)] in roles), "")
    stop = lang.union("stopwords", "indefinite_determiners", "articles", "quantity_words")
    if any(w.lower() not in stop and not singular(w.lower()) for w in proper):
        return ""  # (a name of its own; "Some analysts", "Analisten" opening a sentence, have none)
    return next((singular(w) for w in sorted(words) if singular(w)), "")


def _office_and_name(text: str, role: str, skip: frozenset[str]) -> bool:
    """The mention is the office ``role`` and a name, nothing else but articles ("Chief executive Tom Kerr",
    "topman Tom Kerr"; not "the owner of the farm", which names whose owner)."""
    found = re.search(rf"(?<!\w){re.escape(role)}(?!\w)", text.lower())
    if found is None:
        return False
    rest = re.findall(r"\w[\w'-]*", text[:found.start()] + " " + text[found.end():])
    return all(w[:1].isupper() or w.lower() in skip for w in rest) and any(w[:1].isupper() for w in rest)


def _with_first_body(sources: dict[str, SourceWords], speakers: list[Speaker]) -> dict[str, SourceWords]:
    """``sources`` with the article's first source named without a role or an office marked ``first_body``: the
    body an article opens with ("Skyway Air said …"), for which an office named alone later speaks ("chief
    executive Tom Kerr"); not an outlet or a person named further down."""
    named = [s for s in speakers if s.mentions and not s.anonymous]
    first = min(named, key=lambda s: min(m.start for m in s.mentions), default=None)
    if first is None:
        return sources
    words = sources.get(first.id, NO_SOURCE_WORDS)
    if words.role or words.executive:
        return sources
    return {**sources, first.id: replace(words, first_body=True)}


def concerned(speaker: Speaker | None, claim: Claim, skip: frozenset[str] = frozenset()) -> bool:
    """The speaker is the party a statement is about: its name stands in the statement ("Calder Holt is in
    advanced talks …" and Calder Holt itself). ``skip``: words that name nobody (the language's articles and stop
    words: "The provincial roads authority" is not concerned by every statement with "The" in it)."""
    if speaker is None:
        return False
    names = _proper_words(speaker.name, skip)
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
    body = [i for i, c in enumerate(claims) if not ATTRIBUTION.has(c.via, "framed")
            and not (headline and c.span.start < first_para_end)]  # ("…, police say" as the headline)
    if not body:
        return None
    first = min(body, key=lambda i: claims[i].span.start)
    c = claims[first]
    s_a, s_b = view.sentence_chars(s)
    if c.kind == "direct" or not s_a <= c.span.start < s_b:
        return None
    return first


def _same_source(a: SourceWords, b: SourceWords) -> bool:
    """One speaker's proper name holds the other's ("Enexis" / "een woordvoerder van Enexis", "Tolley" / "a
    spokesperson for Tolley"), one speaks for the other by its role ("a spokesperson for the minister" /
    "Health minister Tom Reyes"), or one is a body and the other its people (the language's ``body_members``:
    "Police" / "Officers", "het ministerie" / "minister Reed"), or one is a person named only by an office that
    speaks for a body (the language's ``executive_roles``: "chief executive Tom Kerr") and the other the body the
    article opens with (``first_body``: "Skyway Air said …"), or two people of one family: the same surname
    ("John Hart" and "his son Peter Hart", "Els de Wit" and "Kees de Wit") speaks for one household, no second
    independent source."""
    if a.names and b.names and (a.names <= b.names or b.names <= a.names):
        return True
    if a.family and a.family == b.family:
        return True
    if a.bodies & b.member_of or b.bodies & a.member_of:
        return True  # "Police said …" / "Officers said …", "the health ministry" / "Health Minister Tom Reed"
    if a.executive and b.first_body or b.executive and a.first_body:
        return True  # "Skyway Air said …" / "Chief executive Tom Kerr said …": the office speaks for the body
    if a.group_role and a.group_role in b.role_words or b.group_role and b.group_role in a.role_words:
        return True  # "Analysts said …" / "… said Harbour Bank analyst Ann Hoff": one of the analysts, one account
    return bool(a.represents and a.represents <= b.names | b.roles
                or b.represents and b.represents <= a.names | a.roles)


PREDICATE_POS = ("VERB", "NOUN", "ADJ", "PROPN")


@lru_cache(maxsize=None)
def _synonym_table(lang) -> dict[str, str]:
    """Each word of the language's ``predicate_synonyms`` groups, lower-cased, mapped to its group's first word."""
    return {w.lower(): group[0].lower() for group in lang.get("predicate_synonyms", []) for w in group}


def synonym_of(lang, word: str) -> str | None:
    """The first word of the ``predicate_synonyms`` group that ``word`` (lower-cased) belongs to, else None."""
    return _synonym_table(lang).get(word.lower())


def _forms(view: TextView, k: int, synonyms: dict[str, str]) -> list[str]:
    """Token k's lemma and lower-cased form, and with a verb particle its particle verbs ("sign off", "op" +
    "stappen"), each as its synonym group's first word."""
    words = {w for w in (view.lemmas[k].lower(), view.lowers[k]) if w}
    particles = [view.lowers[g] for g in view.children(k) if view.dep[g] in view.deps.particle]
    forms = list(words) + [f for w in words for p in particles for f in (f"{w} {p}", p + w)]
    return [synonyms.get(f, f) for f in forms]


def predicate_words(view: TextView, c: Claim) -> frozenset[str]:
    """What a statement says of its subjects: its verbs (not an auxiliary, nor a participle used as an adjective:
    "the confirmed cases") and its predicative adjectives and nouns (those with a copula: "the closure was
    unlawful"), as lemmas and particle verbs, a synonym as its group's first word (``predicate_synonyms``)."""
    found = view.span_range(c.span.start, c.span.end)
    if found is None:
        return frozenset()
    pos, dep, deps, children = view.pos, view.dep, view.deps, view.children
    synonyms = _synonym_table(view.lang)
    return frozenset(f for k in range(*found)
                     if pos[k] == "VERB" and dep[k] not in deps.adjectival_modifier
                     or pos[k] in ("ADJ", "NOUN") and any(dep[g] in deps.copula for g in children(k))
                     for f in _forms(view, k, synonyms))


def end_predicate(view: TextView, c: Claim) -> frozenset[str]:
    """The verb a statement ends its predicate on: its clause's root, or the innermost infinitive that root opens
    within it ("farmers are learning to live with the drought": "live"), in the forms of ``predicate_words``."""
    found = view.span_range(c.span.start, c.span.end)
    root = view.clause_root(*found) if found is not None else None
    if root is None or view.pos[root] != "VERB":
        return frozenset()
    deps, dep, pos = view.deps, view.dep, view.pos
    seen = {root}
    while True:
        inner = next((g for g in view.children(root) if dep[g] in deps.open_complement and pos[g] == "VERB"
                      and found[0] <= g < found[1] and g not in seen), None)
        if inner is None:
            break
        root = inner
        seen.add(root)
    return frozenset(_forms(view, root, _synonym_table(view.lang)))


def predicates_clash(ends_a: frozenset[str], contents_a: frozenset[str], ends_b: frozenset[str],
                     contents_b: frozenset[str]) -> bool:
    """Two statements (their ``end_predicate`` and ``content_words``) end on different verbs, neither of which the
    other says at all: whatever else they share, they say different things of it ("farmers are learning to live
    with the drought" / "… to die with the drought")."""
    if not ends_a or not ends_b:
        return False
    return not any(x == y or _same_word(x, y) for x in ends_a for y in contents_b) \
        and not any(x == y or _same_word(x, y) for x in ends_b for y in contents_a)


def content_words(view: TextView, c: Claim) -> frozenset[str]:
    """A statement's verbs, nouns, adjectives and names, in the forms of ``predicate_words``."""
    found = view.span_range(c.span.start, c.span.end)
    if found is None:
        return frozenset()
    pos, synonyms = view.pos, _synonym_table(view.lang)
    return frozenset(f for k in range(*found) if pos[k] in PREDICATE_POS for f in _forms(view, k, synonyms))


def says_the_same(predicates_a: frozenset[str], contents_a: frozenset[str], predicates_b: frozenset[str],
                  contents_b: frozenset[str]) -> bool:
    """Two statements (their ``predicate_words`` and ``content_words``) say the same of their subjects: one says
    what the other says ("cases trail the true number" does not back "cases passed one million", however many
    words they share), or neither has a verb to say it with ("support at less than one percent")."""
    if not predicates_a and not predicates_b:
        return True
    if not (predicates_a.isdisjoint(contents_b) and predicates_b.isdisjoint(contents_a)):
        return True
    return any(_same_word(p, w) for p in predicates_a for w in contents_b) \
        or any(_same_word(p, w) for p in predicates_b for w in contents_a)  # (inflection and compounds)


def shares_a_word(contents_a: frozenset[str], contents_b: frozenset[str]) -> bool:
    """Two statements' ``content_words`` have a word in common (compounds and inflection as one: "scholen" ~
    "basisscholen"): a figure they share counts something both of them name."""
    return not contents_a.isdisjoint(contents_b) or any(_same_word(x, y) for x in contents_a for y in contents_b)


def _party_name_words(view: TextView, text: str) -> frozenset[str]:
    """The words of a source's mention that can name a party: lower case, three letters or more, no stopword,
    article or possessive determiner, nor a role or unnamed-source noun ("spokesman", "chairwoman")."""
    skip = _not_party_words(view.lang)
    return frozenset(w for w in re.findall(r"[^\W\d_]{3,}", text.lower())
                     if w not in skip and w.rstrip("s") not in skip)


@lru_cache(maxsize=None)
def _not_party_words(lang) -> frozenset[str]:
    """The words that name no party (``_party_name_words``), joined once per language."""
    return lang.union("stopwords", "articles", "possessive_determiners", "role_nouns", "anonymous_nouns", "honorifics")


def _confirmer_side(view: TextView, m) -> tuple[frozenset[str], frozenset[str]] | None:
    """Who confirms in a sentence about statements, when it is a voice of a party: the subject of the confirming
    word is headed by a role or unnamed-source noun (a spokesman, a chairwoman, a member) with the party's words
    beside it ("The association's chairwoman", "A police spokesman", "Dow spokesman Tom Ash"). The party's words
    and those of them written with a capital; else None."""
    trigger = m.trigger or m.span
    rng = view.span_range(trigger.start, trigger.end)
    if rng is None:
        return None
    voices = view.lang.union("role_nouns", "anonymous_nouns")
    subject = next((c for k in range(*rng) for c in view.children(k) if view.dep[c] in view.deps.subject), None)
    if subject is None or view.lemmas[subject] not in voices and view.lowers[subject] not in voices:
        return None
    return _party_words(view, *view.np_range(view.doc[subject]))


def _party_words(view: TextView, a: int, b: int) -> tuple[frozenset[str], frozenset[str]] | None:
    """The party's words of a voice's mention, tokens [a, b): its nouns and names that name a party
    (``_party_name_words``: not "spokesman", not "former" or "second"), and those of them written with a capital
    other than the first word; None when it names no party ("a spokesman")."""
    skip = _not_party_words(view.lang)
    found = [k for k in range(a, b) if view.pos[k] in ("NOUN", "PROPN") and len(view.lowers[k]) >= 3
             and view.alphas[k] and view.lowers[k] not in skip and view.lemmas[k] not in skip]
    words = frozenset(view.lowers[k] for k in found)
    capitals = frozenset(view.lowers[k] for k in found if k > a and not view.is_lowers[k])
    return (words, capitals) if words else None


def _voice_side(view: TextView, c: Claim, speaker: Speaker | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """A statement's speaker as a voice of a party (``_confirmer_side``): one of its mentions, or a phrase in
    apposition to one, holds a role or unnamed-source noun ("A police spokesman", "The association's chairwoman,
    Jo Hale"); the party's words are those that are not the person's own name. Else None."""
    spans = [(m.start, m.end) for m in speaker.mentions] if speaker is not None else []
    spans += [(c.speaker.start, c.speaker.end)] if c.speaker is not None else []
    text = view.text
    for start, end in list(spans):  # and the phrase in apposition before or after a name ("The association's
        # chairwoman, Jo Hale, said", "Jo Hale, the association's chairwoman, said"; words with apostrophes)
        spans += _appositions_around(text, start, end, r"[\w'’-]", 4)
    voices = view.lang.union("role_nouns", "anonymous_nouns")
    own = frozenset(w.lower() for w in re.findall(r"[^\W\d_]+", speaker.name) if w[0].isupper()) \
        if speaker is not None else frozenset()  # (the person's own name: "Jo Hale", not "union representative")
    words, capitals = set(), set()
    for start, end in spans:
        rng = view.span_range(start, end)
        if rng is None or not any(view.lemmas[k] in voices or view.lowers[k] in voices for k in range(*rng)):
            continue
        found = _party_words(view, *rng)
        if found is not None:
            words |= found[0] - own
            capitals |= found[1] - own
    return (frozenset(words), frozenset(capitals)) if words else None


def _appositions_around(text: str, start: int, end: int, word: str, most: int,
                        first: str | None = None) -> list[tuple[int, int]]:
    """The character spans of the phrases in apposition right before and right after the mention at [start, end):
    two to ``most`` + 1 words of the class ``word`` (the first of ``first``, else a word character and then
    ``word``) closed by a comma before the mention ("The association's chairwoman, | Jo Hale"), or set off by
    commas after it ("Jo Hale, | her spokesman, |"), within 60 characters."""
    first = first if first is not None else rf"\w{word}*"
    phrase = rf"({first}(?:\s+{word}+){{1,{most}}})"
    lo = max(0, start - 60)
    before = re.search(phrase + r",\s*$", text[lo:start])
    after = re.match(r",\s*" + phrase + r"\s*,", text[end:end + 60])
    spans = []
    if before is not None:
        spans.append((lo + before.start(1), lo + before.end(1)))
    if after is not None:
        spans.append((end + after.start(1), end + after.end(1)))
    return spans


def _speaker_words(art: Article, c: Claim) -> frozenset[str]:
    """The words of every name and mention of a statement's speaker (``_party_name_words``)."""
    view = art.view
    speaker = art.by_id.get(c.speaker_id) if c.speaker_id else None
    texts = ([speaker.name, *(m.text for m in speaker.mentions)] if speaker is not None else []) \
        + ([c.speaker.text] if c.speaker is not None else [])
    return frozenset(w for t in texts for w in _party_name_words(view, t))


def _same_side(view: TextView, own: tuple[frozenset[str], frozenset[str]], other: frozenset[str]) -> bool:
    """A voice of a party (``_confirmer_side``) and a source with a word of that party in its name or mentions,
    every capitalised word of the party's among them ("the association's chairwoman" and "a member of the tenants'
    association"; not "the Thai government's spokesman" and "the US government")."""
    words, capitals = own
    return bool(words & other) and capitals <= other


def independent(a: Claim, b: Claim, sources: dict[str, SourceWords]) -> bool:
    """Two statements come from independent sources: different known speakers that are not one source, apart (not
    overlapping, not one sentence read twice). ``sources`` holds each speaker's ``SourceWords``. (Whether they
    have the same polarity, "had received" and "had never received", is the caller's to ask.)"""
    if a.speaker_id is None or b.speaker_id is None or a.speaker_id == b.speaker_id:
        return False
    if _same_source(sources.get(a.speaker_id, NO_SOURCE_WORDS), sources.get(b.speaker_id, NO_SOURCE_WORDS)):
        return False  # "Enexis" and "een woordvoerder van Enexis" speak for one source
    if a.span.start < b.span.end and b.span.start < a.span.end:
        return False
    if a.sentence == b.sentence and a.sentence is not None:
        return False
    return True


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


def is_opinion(view: TextView, claim: Claim) -> bool:
    """An opinion, wish or feeling ("we believe", "in our view", "Let's all pray for …", "our thoughts are with
    …", "astronomers were optimistic that …", a cue of belief: "denkt dat", "vindt dat"): nothing a second source
    can confirm, so it neither corroborates a fact nor is corroborated. An expectation ("verwacht dat") can be."""
    markers = view.lang.words("opinion_markers")
    if claim.cue is not None and (claim.cue.lemma in markers or claim.cue.span.text.lower() in markers):
        return True  # a cue of belief ("denkt", "vindt", "believes"), not of expectation ("verwacht")
    a, b = claim.sentence if claim.sentence != (0, 0) else (claim.span.start, claim.span.end)
    text = " " + " ".join(_plain_words(view.text[min(a, claim.span.start):max(b, claim.span.end)])) + " "
    return any(m in text for m in _marker_phrases(view.lang))


def is_expectation(view: TextView, claim: Claim) -> bool:
    """What the source expects or foresees, by its cue (the language's ``expectation_cues``: "expect", "verwachten"):
    a forecast is backed by another forecast, never by a report of what happened nor the other way round
    ("inflation fell to 2.1 percent in May" and "economists expect inflation to stay around 2 percent next year"
    share a figure and a word, not a fact)."""
    expecting = view.lang.words("expectation_cues")
    if claim.cue is not None and claim.cue.lemma.lower() in expecting:
        return True
    found = view.span_range(claim.span.start, claim.span.end)  # "said they expected sales to rise 5%": the
    root = view.clause_root(*found) if found is not None else None  # content's own verb is the expectation
    return root is not None and view.pos[root] == "VERB" and view.lemmas[root] in expecting


@lru_cache(maxsize=None)
def _marker_phrases(lang) -> tuple[str, ...]:
    return tuple(f" {' '.join(_plain_words(m))} " for m in lang.words("opinion_markers"))


REPEATED_WORDS = 8  # (``Article.word_for_word``: a statement repeated word for word from this many words on)


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


def heading(view: TextView, claim: Claim) -> bool:
    """A colon frame in the headline or a liveblog heading ("20.05 Oppositie: 'Minister heeft Kamer misleid'"): a
    short line without final punctuation that sums up a statement of the article, not a second source."""
    if not ATTRIBUTION.has(claim.via, "framed"):
        return False
    if view.paragraph(claim.span.start) == 0:
        return True
    text = view.text
    a = text.rfind("\n", 0, claim.span.start) + 1
    b = text.find("\n", claim.span.end)
    line = text[a:b if b >= 0 else len(text)].strip().rstrip(CLOSERS)
    return len(line) <= 140 and line[-1:] not in SENTENCE_END


TIME_HEADING = re.compile(r"(?m)^[ \t]*(\d{1,2})[.:](\d{2})\b")


def timeline(view: TextView):
    """The order in which the article tells things happened, as a sort key of a character position: text order,
    except in a liveblog written newest first (time-stamped headings counting down: "22.15 …", "21.50 …"), where a
    later entry is earlier news."""
    stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2))) for m in TIME_HEADING.finditer(view.text)]
    falling = sum(1 for (_, x), (_, y) in zip(stamps, stamps[1:]) if y < x)
    if len(stamps) < 2 or falling <= (len(stamps) - 1) / 2:
        return lambda pos: (0, pos)
    starts = [p for p, _ in stamps]
    return lambda pos: (-sum(1 for p in starts if p <= pos), pos)


def points_back(view: TextView, claim: Claim) -> bool:
    """The statement names what it is about with a demonstrative on its subject or object ("dat Moskou die eis op
    tafel legde", "that figure"; not a time: "dit weekend")."""
    anaphors = view.lang.words("anaphoric_determiners")
    toks = list(view.span(claim.span.start, claim.span.end) or ())
    return any(t.lower_ in anaphors and u.pos_ == "NOUN" and u.dep_ in view.deps.core_nominal
               for t, u in zip(toks, toks[1:]))


def _sentences_of(view: TextView, claim: Claim) -> list[tuple[int, int]]:
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
class Parts:
    """The sentences of every statement (``of[i]``: indices into the flat lists), with their text, polarity,
    figures, content words and one TF-IDF similarity table over all of them: computed once per document."""

    of: list[list[int]]
    texts: list[str]
    negated: list[bool]
    figures: list[list[Figure]]
    terms: list[list[tuple[str, str]]]
    sims: SimilarityTable
    asserts: list[bool]  # a sentence that can say something on its own: three content words, not a question


def part_table(art: "Article") -> Parts:
    """The parts of every statement; a statement of one sentence is its own part, with what the article already
    computed for it."""
    view = art.view
    of: list[list[int]] = []
    texts, negated, figs, terms = [], [], [], []
    for i, c in enumerate(art.kept):
        parts = _sentences_of(view, c)
        of.append(list(range(len(texts), len(texts) + max(len(parts), 1))))
        if not parts:
            texts.append(c.span.text)
            negated.append(art.negative[i])
            figs.append(art.figs[i])
            terms.append(art.terms[i])
            continue
        for r in parts:
            texts.append(view.text[r[0]:r[1]])
            negated.append(negated_range(view, *r))
            figs.append(quantities(view, *r))
            terms.append(content_terms(view, *r))
    asserts = [len(t) >= 3 and not text.rstrip(CLOSERS + " ").endswith("?") for t, text in zip(terms, texts)]
    return Parts(of, texts, negated, figs, terms, SimilarityTable(texts, store=ngram_counts(view)), asserts)


def ngram_counts(view: TextView) -> NgramStore:
    """The character n-grams of the statements, their parts and the sentences about statements, counted once per
    article (kept on the view): the similarity tables of one article share most texts."""
    store = view.__dict__.get("_claims_ngram_store")
    if store is None:
        store = view.__dict__["_claims_ngram_store"] = NgramStore()
    return store


def parts_corroborate(table: Parts, i: int, j: int, sentence_terms: list) -> bool:
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
            if corroboration_score(table.texts[x], table.texts[y], table.sims[x][y],
                                   getattr(sentence_terms, "scores", None)) >= CORROBORATION_THRESHOLD \
                    or paraphrase(table.terms[x], table.terms[y], sentence_terms,
                                  shared_count(table.terms[x], table.terms[y], getattr(sentence_terms, "shared", None))):
                return True
    return False


def denying(view: TextView, claim: Claim) -> bool:
    """The statement itself denies something ("Reports … are false", "Dat is klinkklare onzin")."""
    return holds(view, claim.span.start, claim.span.end, "denial_words")


def agreement_in(view: TextView, span: Span) -> bool:
    """An agreement adverb or word outside quotes in the span ("also dismissed", "ontkent ook")."""
    lang = view.lang
    adverbs, words, lowers, quote_of = lang.words("agreement_adverbs"), lang.words("agreement_words"), view.lowers, \
        view.quote_of
    toks = view.span_range(span.start, span.end)
    return toks is not None and any((lowers[i] in adverbs or lowers[i] in words) and quote_of[i] < 0
                                    for i in range(*toks))


def agreeing(view: TextView, claim: Claim) -> bool:
    """The attribution says the source agrees: an agreement word in the statement ("inderdaad", "indeed") or an
    agreement adverb on its cue or source outside it ("Ook de brandweer concludeerde …", "The BBC also reported")."""
    lang = view.lang
    lowers, words = view.lowers, lang.words("agreement_words")
    toks = view.span_range(claim.span.start, claim.span.end)
    if toks is not None and any(lowers[i] in words for i in range(*toks)):
        return True
    if claim.cue is None or claim.sentence is None:
        return False
    cue = view.span_range(claim.cue.span.start, claim.cue.span.end)
    heads = set(range(*cue)) if cue is not None else set()
    if claim.speaker_head is not None:
        heads.add(claim.speaker_head)
    sentence = view.span_range(*claim.sentence)
    adverbs, doc = lang.words("agreement_adverbs"), view.doc
    return sentence is not None and any(
        lowers[i] in adverbs and doc[i].head.i in heads and not claim.span.start <= doc[i].idx < claim.span.end
        for i in range(*sentence))


@dataclass
class Article:
    """What the status rules share about one article: its statements (those that remain after the first rule), what
    is computed once about them (content words, figures, polarity, sources, the lead, pairwise similarity) and the
    evidence each statement has gathered so far (``evidence[i]`` for ``kept[i]``; the Claims are never changed)."""

    view: TextView
    kept: list[Claim]
    by_id: dict[str, Speaker]
    sims: SimilarityTable  # TF-IDF cosine of every pair of statements, one IDF over the article
    evidence: list[list[Evidence]]
    terms: list[list[tuple[str, str]]] = field(default_factory=list)
    figs: list[list[Figure]] = field(default_factory=list)
    negative: list[bool] = field(default_factory=list)
    sources: dict[str, SourceWords] = field(default_factory=dict)
    sentence_terms: SentenceTerms = field(default_factory=lambda: SentenceTerms([]))
    lead: int | None = None
    verified: set[int] = field(default_factory=set)  # statements the reporter checked for themselves
    opinion: list[bool] = field(default_factory=list)  # opinions, wishes, beliefs (``is_opinion``)
    expects: list[bool] = field(default_factory=list)  # what a source expects to happen (``is_expectation``)

    @classmethod
    def of(cls, view: TextView, kept: list[Claim], speakers: list[Speaker], sims: SimilarityTable,
           evidence: list[list[Evidence]]) -> "Article":
        skip = view.lang.words("articles") | view.lang.words("stopwords")
        return cls(view, kept, {s.id: s for s in speakers}, sims, [list(e) for e in evidence],
                   terms=[content_terms(view, c.span.start, c.span.end) for c in kept],
                   figs=[quantities(view, c.span.start, c.span.end) for c in kept],
                   negative=[negated_range(view, c.span.start, c.span.end) for c in kept],
                   sources=_with_first_body({s.id: _source_words(view, s, skip) for s in speakers}, speakers),
                   sentence_terms=SentenceTerms.of(view), lead=_lead(view, kept),
                   opinion=[is_opinion(view, c) for c in kept], expects=[is_expectation(view, c) for c in kept])

    @cached_property
    def _unresolved(self) -> frozenset[str]:
        """The speakers that are only a personal pronoun ("hij"), or only a document or statement with an article
        and no owner ("The statement also said …", "Het rapport stelt …"): who they are was not found."""
        words = self.view.lang.words
        pronouns = words("subject_pronouns") | words("pronoun_forms")
        articles = words("articles") - words("indefinite_determiners")  # ("the", "de", "het": a document met before)
        documents = words("document_nouns") | words("statement_nouns")

        def bare_document(text: str) -> bool:
            parts = text.lower().split()
            return len(parts) == 2 and parts[0] in articles and parts[1] in documents

        return frozenset(i for i, s in self.by_id.items() if s.name.lower() in pronouns or s.mentions and all(
            bare_document(m.text) for m in s.mentions))  # (every mention bare: "A survey by the union" is known)

    def known(self, speaker_id: str | None) -> bool:
        """The speaker is somebody found (not a pronoun or a bare document left unresolved), named or not."""
        return speaker_id not in self._unresolved

    def identified(self, speaker_id: str | None) -> bool:
        """The speaker is a source a reader can name: not anonymous and not a pronoun left unresolved."""
        speaker = self.by_id.get(speaker_id) if speaker_id else None
        return speaker is not None and not speaker.anonymous and speaker_id not in self._unresolved

    def second_source(self, a: Claim, b: Claim) -> bool:
        """Two statements' speakers can corroborate each other: neither is a pronoun left unresolved (nobody known),
        not both are anonymous (two unnamed sources may be one), neither cites the other and neither speaks for the
        other as its "spokesman", "lawyer" or "chief executive" (``_owners``)."""
        return a.speaker_id not in self._unresolved and b.speaker_id not in self._unresolved \
            and (self.identified(a.speaker_id) or self.identified(b.speaker_id)) \
            and not self._may_be_one_person(a.speaker_id, b.speaker_id) and not self.cites(a, b) \
            and not self.cites(b, a) and not self.speaks_for(a, b) and not self.one_party(a, b)

    def one_party(self, a: Claim, b: Claim) -> bool:
        """One statement's speaker is a voice of a party the other's name or mentions name ("A member of the
        association" and "the tenants' association", "Dow spokesman Tom Ash" and "Dow": ``_same_side``)."""
        va, vb = self.voice_of(a), self.voice_of(b)
        return va is not None and _same_side(self.view, va, self.words_of(b)) \
            or vb is not None and _same_side(self.view, vb, self.words_of(a))

    def words_of(self, c: Claim) -> frozenset[str]:
        """``_speaker_words`` of a statement's speaker, worked out once per speaker and mention."""
        key = (c.speaker_id, c.speaker.text if c.speaker is not None else None)
        found = self._speaker_word_sets.get(key)
        if found is None:
            found = self._speaker_word_sets[key] = _speaker_words(self, c)
        return found

    def voice_of(self, c: Claim) -> tuple[frozenset[str], frozenset[str]] | None:
        """``_voice_side`` of a statement's speaker, worked out once per speaker and mention (``one_party`` asks it
        of every pair of statements the corroboration and agreement rules compare)."""
        key = (c.speaker_id, (c.speaker.start, c.speaker.end) if c.speaker is not None else None)
        if key not in self._voice_sides:
            self._voice_sides[key] = _voice_side(self.view, c, self.by_id.get(c.speaker_id) if c.speaker_id else None)
        return self._voice_sides[key]

    def speaks_for(self, a: Claim, b: Claim) -> bool:
        """One statement's speaker speaks for the other's: as its "spokesman", "lawyer" or "deputy" (``_owners``:
        "Her deputy said …"), or as one of the group the other is (``_one_of_them``)."""
        owners = self._owners
        return a.speaker_id in owners.get(b.speaker_id, ()) or b.speaker_id in owners.get(a.speaker_id, ()) \
            or self._one_of_them(a.speaker_id, b.speaker_id) or self._one_of_them(b.speaker_id, a.speaker_id)

    @cached_property
    def _owners(self) -> dict[str, frozenset[str]]:
        """For a source named with a possessive and a role ("Her spokesman, Tom Reed", "Its chief executive",
        "zijn advocaat"; the language's ``possessive_determiners``, then a role or unnamed-source noun), the source
        whose mention ends last before that mention: whom it speaks for, never a second source for it."""
        lang = self.view.lang
        owners = lang.words("possessive_determiners")
        roles = lang.union("role_nouns", "anonymous_nouns")
        ends = sorted((m.end, i) for i, s in self.by_id.items() for m in s.mentions)
        text = self.view.text
        found: dict[str, set[str]] = {}
        for i, s in self.by_id.items():
            for m in s.mentions:
                # the mention itself ("Her spokesman said"), or the phrase in apposition before or after its name
                # ("Her spokesman, Tom Reed, said", "Tom Reed, her spokesman, said")
                phrases = [text[a:b] for a, b in _appositions_around(text, m.start, m.end, r"[\w-]", 3, first=r"\w+")]
                if not any(len(words) >= 2 and words[0] in owners and roles.intersection(words[1:])
                           for words in (p.lower().split() for p in [m.text, *phrases])):
                    continue
                before = [k for end, k in ends if end <= m.start and k != i]
                if before:
                    found.setdefault(i, set()).add(before[-1])
        return {i: frozenset(k) for i, k in found.items()}

    def cites(self, a: Claim, b: Claim) -> bool:
        """Statement ``b``'s attribution cites ``a``'s source ("The Mirror, citing the Sun, said …", "Ook het AD
        schrijft, op basis van De Telegraaf, dat …"): the second report is the first repeated, not a second source.
        A marker of the language's ``citing_markers`` outside ``b``'s content, then a word of ``a``'s speaker's
        name within five words."""
        speaker = self.by_id.get(a.speaker_id) if a.speaker_id else None
        if speaker is None or b.sentence is None:
            return False
        names = self._cited_names(a.speaker_id, speaker)
        if not names:
            return False
        return any(names & words for words in self._citing_words(b))

    def _cited_names(self, speaker_id: str, speaker: Speaker) -> frozenset[str]:
        """The words of a speaker's name a citation may name (``cites``), lower case: worked out once per speaker."""
        found = self._cite_names.get(speaker_id)
        if found is None:
            lang = self.view.lang
            stop = lang.words("stopwords") | lang.words("articles")
            words = {w.lower().strip(".,") for text in [speaker.name, *(m.text for m in speaker.mentions)]
                     for w in text.split()}
            if speaker.type in ("organization", "unknown"):
                words |= lang.words("generic_organization_nouns")  # ("citing a company statement")
            found = self._cite_names[speaker_id] = frozenset(words - stop - lang.words("possessive_determiners"))
            # (the words of every mention: "citing the mayor" cites "Mayor Lisa Hart")
        return found

    def _citing_words(self, b: Claim) -> list[set[str]]:
        """For every citing marker outside ``b``'s content, in the order ``cites`` reads them, the words of the five
        after it (``cites``): they depend on ``b``'s sentence and span alone, worked out once per statement, not
        once per pair."""
        key = (b.sentence, b.span.start, b.span.end)
        found = self._cite_words.get(key)
        if found is None:
            found = self._cite_words[key] = []
            view = self.view
            lo, hi = min(b.sentence[0], b.span.start), max(b.sentence[1], b.span.end)
            text = view.text[lo:hi].lower()
            content = (b.span.start - lo, b.span.end - lo)
            for marker in view.lang.get("citing_markers", []):
                k = text.find(marker)
                while k >= 0:
                    if not content[0] <= k < content[1]:
                        stop = content[0] if k < content[0] else k + len(marker) + 60
                        after = text[k + len(marker):min(stop, k + len(marker) + 60)].split()[:5]
                        # (up to the content: "Volgens X vliegt de maatschappij …" cites X, not "maatschappij")
                        found.append({w.strip(".,;:") for w in after})
                    k = text.find(marker, k + 1)
        return found

    @cached_property
    def _cite_names(self) -> dict[str, frozenset[str]]:
        return {}

    @cached_property
    def _cite_words(self) -> dict[tuple, list[set[str]]]:
        return {}

    @cached_property
    def _speaker_word_sets(self) -> dict[tuple, frozenset[str]]:
        return {}

    @cached_property
    def _voice_sides(self) -> dict[tuple, tuple[frozenset[str], frozenset[str]] | None]:
        return {}

    def _epithet(self, speaker_id: str | None) -> bool:
        """A source named only by a definite description of one person ("the defendant", "de man", "the
        31-year-old", "de 34-jarige"): often the person the article named before. (Worked out once per speaker.)"""
        found = self._epithets.get(speaker_id)
        if found is None:
            found = self._epithets[speaker_id] = self._epithet_of(speaker_id)
        return found

    @cached_property
    def _epithets(self) -> dict[str | None, bool]:
        return {}

    def _epithet_of(self, speaker_id: str | None) -> bool:
        speaker = self.by_id.get(speaker_id) if speaker_id else None
        if speaker is None or speaker.type not in ("person", "unknown"):
            return False
        words = speaker.name.split()
        lang = self.view.lang
        definite = lang.words("articles") - lang.words("indefinite_determiners")
        return len(words) == 2 and words[0].lower() in definite and not words[1][:1].isupper() \
            and "'" not in words[1] and "’" not in words[1]  # ("the defendant", "de man", "the 31-year-old"; not
        # "the prime minister's spokesman", someone else)

    def _one_of_them(self, x: str | None, y: str | None) -> bool:
        """Source ``y`` is introduced as one of group ``x`` ("Residents said …. One resident, Anna Berg, said …",
        "Omwonenden zeggen …. Een van hen, Anna Berg, zegt …"): her word is part of theirs, no second source. The
        language's ``one_of_markers`` ("one", "een van") before ``y``'s mention or in it, with ``x``'s head noun or a
        word pointing back ("them", "hen") among the three words after it."""
        after = self._after_one_of.get(y) if y else None
        heads = self._last_words.get(x) if x else None
        if not after or not heads:
            return False
        back = self.view.lang.words("anaphoric_group_words")
        return any(a in back or len(a) >= 4 and any(a[:5] == h[:5] for h in heads) for a in after)

    @cached_property
    def _after_one_of(self) -> dict[str, frozenset[str]]:
        """For every speaker, the words within three after a ``one_of_markers`` word before or in its mentions
        (``_one_of_them``; read once per speaker, not once per pair of statements)."""
        text, markers = self.view.text, self.view.lang.words("one_of_markers")
        found: dict[str, frozenset[str]] = {}
        for i, s in self.by_id.items():
            words: set[str] = set()
            for m in s.mentions:
                window = " " + " ".join(re.findall(r"\w+", text[max(0, m.start - 40):m.end].lower())) + " "
                for marker in markers:
                    k = window.find(f" {marker} ")
                    if k >= 0:
                        words.update(window[k + len(marker) + 2:].split()[:3])
            found[i] = frozenset(words)
        return found

    @cached_property
    def _last_words(self) -> dict[str, frozenset[str]]:
        """For every speaker, the last word of each of its mentions, lower case (a group's head noun)."""
        return {i: frozenset(w.lower() for m in s.mentions for w in m.text.split()[-1:]) for i, s in self.by_id.items()}

    def _may_be_one_person(self, x: str | None, y: str | None) -> bool:
        """One source an epithet and the other a named person: they may be one person ("Mark Dyson told police …
        The defendant later repeated …"), so they do not corroborate each other."""
        def named_person(i: str | None) -> bool:
            speaker = self.by_id.get(i) if i else None
            return speaker is not None and speaker.type == "person" and any(w[:1].isupper() for w in
                                                                           speaker.name.split()[1:] or [""])
        return self._epithet(x) and named_person(y) or self._epithet(y) and named_person(x) \
            or self._unnamed_officials(x) and self._one_official(y) or self._unnamed_officials(y) and self._one_official(x)

    def _unnamed_officials(self, speaker_id: str | None) -> bool:
        """An anonymous source named by an official voice ("officials", "Philippine officials", "een woordvoerder";
        the language's ``official_voice_nouns``): it may be any official the article names. Not the voice of one
        principal ("the prime minister's spokesman", "a spokesman for the council"). (Once per speaker.)"""
        return self._official_kinds(speaker_id)[0]

    def _one_official(self, speaker_id: str | None) -> bool:
        """A person the article names or describes by a role ("the governor", "Mayor Ana Silva"): one official,
        who may be among the unnamed officials of the same account. (Once per speaker.)"""
        return self._official_kinds(speaker_id)[1]

    def _official_kinds(self, speaker_id: str | None) -> tuple[bool, bool]:
        """(``_unnamed_officials``, ``_one_official``) of a speaker, worked out once: ``_may_be_one_person`` asks
        them for every pair of statements."""
        found = self._officials.get(speaker_id)
        if found is None:
            found = self._officials[speaker_id] = self._official_kinds_of(speaker_id)
        return found

    @cached_property
    def _officials(self) -> dict[str | None, tuple[bool, bool]]:
        return {}

    def _official_kinds_of(self, speaker_id: str | None) -> tuple[bool, bool]:
        speaker = self.by_id.get(speaker_id) if speaker_id else None
        if speaker is None or speaker.type != "person" and not speaker.anonymous:
            return False, False
        lang = self.view.lang
        texts = [speaker.name.lower().split()] + [m.text.lower().split() for m in speaker.mentions]
        if not speaker.anonymous:
            roles = lang.words("role_nouns")
            return False, any(w in roles for words in texts for w in words)
        owners = lang.words("owner_prepositions")
        owned = any(w in owners or w.endswith(("'s", "’s")) for words in texts for w in words)
        return not owned and bool(texts[0]) and texts[0][-1] in lang.words("official_voice_nouns"), False

    def same_utterance(self, i: int, j: int) -> bool:
        """``same_utterance(view, kept[i], kept[j])``, with each statement's words and quoted fragments read once
        (a statement is compared with many others)."""
        (plain_i, quoted_i), (plain_j, quoted_j) = self._utterance(i), self._utterance(j)
        return any(f in plain_j for f in quoted_i) or any(f in plain_i for f in quoted_j)

    def word_for_word(self, i: int, j: int) -> bool:
        """Statements ``i`` and ``j`` hold the same words, word for word, more than ``REPEATED_WORDS`` of them."""
        plain_i, plain_j = self._utterance(i)[0], self._utterance(j)[0]
        return plain_i == plain_j and plain_i.count(" ") > REPEATED_WORDS

    def _utterance(self, i: int) -> tuple[str, list[str]]:
        """Statement ``i``'s plain words with a space around each, and its quoted fragments of two words or more,
        each with a space on either side (as ``same_utterance`` compares them)."""
        found = self._utterances.get(i)
        if found is None:
            c = self.kept[i]
            found = self._utterances[i] = (" " + " ".join(_plain_words(c.span.text)) + " ",
                                           [f" {fragment} " for fragment in _quoted_fragments(self.view, c)
                                            if len(fragment.split()) >= 2])
        return found

    @cached_property
    def _utterances(self) -> dict[int, tuple[str, list[str]]]:
        return {}

    @cached_property
    def when(self):
        """The article's order of events (``timeline``): a sort key of a character position."""
        return timeline(self.view)

    @cached_property
    def blocks(self) -> _Blocks:
        """The indexes over the statements that find the pairs a comparison can accept (``claims.status.blocking``)."""
        return _Blocks([c.span.text for c in self.kept], self.terms, self.sims, self.figs, word_matches(self.view))

    def add(self, i: int, evidence: Evidence) -> None:
        self.evidence[i].append(evidence)

    def paragraphs_apart(self, later: int, earlier: int) -> int:
        """How many paragraphs statement ``later`` stands below statement ``earlier`` (by where they start)."""
        view = self.view
        return view.paragraph(self.kept[later].span.start) - view.paragraph(self.kept[earlier].span.start)


def similar(art: Article, i: int, j: int) -> bool:
    """Two statements say the same: similar characters and shared names and numbers with at least two content
    words in common (not "it could rule on the merger" and "the merger was unlawful"), or the same content words."""
    a, b = art.kept[i], art.kept[j]
    names = _speaker_names(art, a) | _speaker_names(art, b)
    terms_a, terms_b = ([t for t in ts if t[0] not in names] for ts in (art.terms[i], art.terms[j])) if names \
        else (art.terms[i], art.terms[j])
    # (the two speakers' own names are no shared content: "the US cited the embassy attack" and "al-Assadi blamed
    # the US for the attack" name one party, they do not say the same)
    shared = shared_count(terms_a, terms_b, art.sentence_terms.shared)  # (counted once for both tests)
    return (shared >= 2  # (asked first: no similarity table needed without it)
            and corroboration_score(a.span.text, b.span.text, art.sims[i][j], art.sentence_terms.scores)
            >= CORROBORATION_THRESHOLD
            or paraphrase(terms_a, terms_b, art.sentence_terms, shared))


def _speaker_names(art: Article, claim: Claim) -> frozenset[str]:
    """The lower-cased capitalised words of the statement's speaker's name."""
    return art.sources.get(claim.speaker_id, NO_SOURCE_WORDS).names if claim.speaker_id else frozenset()


