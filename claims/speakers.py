"""Speakers: cluster the speaker mentions of an article into one speaker per source.

Names and their short forms share a surname ("Gerald Roethof", "Roethof", "advocaat Roethof"); role nouns and
compounds refer back ("een legerwoordvoerder" ↔ "de woordvoerder", "burgemeester Kok" ↔ "de burgemeester");
pronouns ("hij", "ze", "she", "they") resolve to the most recent compatible source, whether it spoke before or
was only the subject of a sentence. The canonical name is the most specific naming; the type comes from the
lexicons; a source that no mention names is anonymous.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Token

from .lang import given_names
from .model import Claim, Span, Speaker
from .syntax import deps_of
from .textview import TextView, given_name, norm_lemma


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


def _is_name(tok: Token, common: frozenset[str] = frozenset(), particles: frozenset[str] = frozenset()) -> bool:
    """A proper-name token: tagged PROPN, or capitalised inside a sentence, or capitalised and attached to a
    following name ("Hugh" in "Hugh Hill" tagged ADJ). Capitalised common nouns of the lexicons are not names
    ("Ingewijden zeggen …", "Politie: …")."""
    if not tok.text[:1].isupper():
        return False
    if tok.lower_ in common or norm_lemma(tok) in common:
        # a lexicon noun is a name only when capitalised inside a name ("De Boer", "Henk de Boer")
        before = _before_particles(tok, particles)
        return tok.i > 0 and not tok.is_sent_start and before.text[:1].isupper() and before.is_alpha
    if tok.pos_ == "PROPN" or given_name(tok):
        return True
    if tok.is_sent_start and tok.is_alpha and tok.lower_ in _names_in_text(tok.doc):
        return True  # "Hartley: 'My door is open'" in a heading: the article names Imogen Hartley elsewhere
    if tok.i > 0 and given_name(tok.doc[tok.i - 1]) and tok.is_alpha:
        return True  # "Sally Pearce" with "Pearce" tagged ADV
    if tok.pos_ in ("NOUN", "X") and tok.i > tok.sent.start and not tok.is_sent_start:
        return True
    return tok.head.pos_ == "PROPN" and tok.head.i == tok.i + 1 and tok.dep_ in deps_of(tok.doc).name_modifier


def _before_particles(tok: Token, particles: frozenset[str]) -> Token:
    """The word before ``tok`` once name particles are skipped ("Boer" in "Henk de Boer" → "Henk")."""
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and doc[k].lower_ in particles:
        k -= 1
    return doc[max(k, 0)]


def _names_in_text(doc) -> frozenset[str]:
    """Words the article writes as proper names inside a sentence (cached on the Doc)."""
    if "claims_names" not in doc.user_data:
        doc.user_data["claims_names"] = frozenset(
            t.lower_ for t in doc if t.pos_ == "PROPN" and t.is_alpha and not t.is_sent_start and t.text[:1].isupper())
    return doc.user_data["claims_names"]


def _common_nouns(view: TextView) -> frozenset[str]:
    lang = view.lang
    return (lang.words("anonymous_nouns") | lang.words("group_nouns") | lang.words("role_nouns")
            | lang.words("organization_nouns"))


def make_mention(view: TextView, start: int, end: int, head: int) -> Mention:
    doc, lang = view.doc, view.lang
    span = view.span(start, end)
    toks = [t for t in span] if span is not None else [doc[head]]
    articles = lang.words("articles")
    pronouns = lang.get("subject_pronouns", {})
    head_tok = doc[head]
    possessives = lang.get("pronoun_forms", {})
    pronoun = len(toks) == 1 and (toks[0].lower_ in pronouns or toks[0].lower_ in possessives)
    common = _common_nouns(view)
    particles = lang.words("name_particles")
    cut = len(toks)
    if norm_lemma(head_tok) in lang.words("anonymous_nouns") and head_tok.pos_ == "NOUN":
        # "a spokesperson for Tolley", "een woordvoerder van Van der Berg": the name after the preposition is
        # someone else (but "woordvoerder Jan Smit van het OM" keeps his own name)
        cut = next((k for k, t in enumerate(toks) if t.pos_ == "ADP" and t.i > head_tok.i), len(toks))
    owner = next((k for k, t in enumerate(toks[:cut]) if t.text in ("'s", "’s") and k + 1 < cut), None)
    first = owner + 1 if owner is not None and toks[owner].head.i != head_tok.i or owner is not None and head > toks[owner].i else 0
    # "Calder Holt's Chief Executive Martin Greaves" is Greaves, not Calder Holt
    # a name's affiliation after a particle is not part of it: "Harm Wessels van Regge", "Eline Vos van VWS" (but
    # "Jan van der Berg" keeps its particle, one name before it)
    for k in range(first + 2, cut):
        if toks[k].lower_ in particles and all(_is_name(t, common, particles) and not _role_word(view, t)
                                               for t in toks[k - 2:k]):
            cut = k
            break
    names = tuple(t.lower_ for t in toks[first:cut] if _is_name(t, common, particles) and t.lower_ not in articles)
    words = frozenset(norm_lemma(t) for t in toks if t.is_alpha and t.lower_ not in articles
                      and t.pos_ not in ("DET", "ADP", "CCONJ", "PRON"))
    first = toks[0].lower_ if toks else ""
    indefinite = first in lang.words("indefinite_determiners") or (
        not names and first not in articles and head_tok.morph.get("Number") == ["Plur"])
    # roles: the nouns before any prepositional phrase ("bevelvoerder Jelle Hoekstra van de brandweer" is a
    # bevelvoerder, not the brandweer)
    first_adp = next((k for k, t in enumerate(toks) if t.pos_ == "ADP" and k > 0), len(toks))
    roles = {norm_lemma(t) for t in toks[:first_adp] if t.pos_ == "NOUN"}
    for child in head_tok.children:
        if child.dep_ in view.deps.apposition:
            roles.add(norm_lemma(child))
            roles.update(norm_lemma(c) for c in child.subtree if c.pos_ == "NOUN")
    if head_tok.dep_ in view.deps.apposition:
        roles.add(norm_lemma(head_tok.head))
    plural = head_tok.morph.get("Number") == ["Plur"]
    return Mention(Span.of(view.text, start, end), head, pronoun, names, words, norm_lemma(head_tok),
                   indefinite, frozenset(roles), plural)


def _suffix_match(a: str, b: str) -> bool:
    return len(a) >= 4 and (a == b or b.endswith(a) or a.endswith(b) and len(b) >= 4)


def _matches(m: Mention, c: Cluster) -> bool:
    if m.names:
        if not c.names:
            # "Burgemeester: 'Ramen dicht'" before "Burgemeester Hanneke Voskuil": a bare role noun is the named
            # holder of that role
            # "Police say" in a headline before "Humberside Police said" in the lead: the same head noun
            return any(not n.pronoun and (n.head_lemma in m.roles and not n.words - m.roles and not n.indefinite
                                          or n.head_lemma == m.head_lemma and not n.words - {n.head_lemma})
                       for n in c.mentions)
        if m.names[-1] not in c.names:
            return False
        for n in c.mentions:  # "Jan Jansen" and "Piet Jansen" are two people
            if len(n.names) >= 2 and len(m.names) >= 2 and n.names[0] != m.names[0] and n.names[-1] == m.names[-1]:
                return False
        return True
    if m.indefinite:
        return any(n.words == m.words and not n.names for n in c.mentions)
    for n in c.mentions:
        if n.pronoun:
            continue
        if m.words and (m.words <= n.words and (not n.names or m.head_lemma in n.roles)
                        or (n.words <= m.words and not n.names and len(n.words) > 0)):
            return True  # a named source takes a bare noun only by its role ("de brandweer" is not "Hoekstra")
        if _suffix_match(m.head_lemma, n.head_lemma) and m.head_lemma not in ("man", "vrouw", "mens", "person"):
            return True
    return m.head_lemma in c.roles


def pronoun_info(view: TextView, tok: Token) -> dict:
    """Number and gender of a pronoun from the lexicon; a pronoun of either number takes it from its verb
    ("zei ze" is one woman, "zeiden ze" several people)."""
    word = view.lang.get("pronoun_forms", {}).get(tok.lower_, tok.lower_)  # "zijn" resolves like "hij"
    info = dict(view.lang.get("subject_pronouns", {}).get(word, {}))
    if info.get("number") == "any" and tok.dep_ in view.deps.subject:
        number = tok.head.morph.get("Number")
        if number == ["Sing"]:
            info["number"] = "sing"
        elif number == ["Plur"]:
            info["number"] = "plur"
    return info


def _compatible(info: dict, view: TextView, c: Cluster, kinds: "_Kinds | None" = None) -> bool:
    gender = info.get("gender")
    if info.get("number") == "sing" and gender in ("masc", "fem"):
        if c.pronoun_genders - {gender}:
            return False  # "she" already refers to this source: "he" does not
        if name_gender(c) not in (None, gender):
            return False  # "Sarah Venn" is not "he"
    ctype = kinds.type(c) if kinds is not None else cluster_type(view, c)
    if info.get("number") == "sing" and ctype == "group":
        return False
    if info.get("number") == "plur" and ctype == "person":
        return False
    if info.get("gender") in ("masc", "fem") and info.get("number") == "sing" and ctype == "organization":
        return False
    if info.get("gender") == "neut" and ctype in ("person",):
        return False
    return True


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
               and (view.doc[m.head].lower_ in m.names or _role_word(view, view.doc[m.head])) for m in c.mentions if not m.pronoun)


def _surname_of_named_person(view: TextView, c: Cluster) -> bool:
    """A lone name the article elsewhere writes after a given name ("Postma" after "Gerda Postma")."""
    surnames = {m.names[-1] for m in c.mentions if len(m.names) == 1}
    if not surnames:
        return False
    doc, given = view.doc, given_names()["all"]
    particles = view.lang.words("name_particles")
    for tok in (doc[i] for n in surnames for i in view.positions.get(n, ()) if i > 0):
        before = _before_particles(tok, particles)
        if before.lower_ in given and before.text[:1].isupper():  # (given_name() asks the same and more)
            return True
    return False


def _titled_article(view: TextView, m: Mention) -> bool:
    """A name that starts with a capitalised article inside a sentence is a place, a firm or a work, not a person:
    "revalidatiecentrum De Hooge Heide", "bakkerij De Korenschoof", "at The Old Bell"."""
    span = view.span(m.span.start, m.span.end)
    if span is None or len(span) < 2:
        return False
    first = span[0]
    return (first.text[:1].isupper() and first.lower_ in view.lang.words("articles")
            and view.sentences[view.sentence_of[first.i]][0] != first.i)


def _proper_org_name(view: TextView, m: Mention) -> bool:
    """An organisation's own name, every word capitalised ("Nederlands Forensisch Instituut", "Leeds City Council",
    "the Environment Agency"), its organisation noun included."""
    span = view.span(m.span.start, m.span.end)
    if m.pronoun or span is None:
        return False
    words = [t for t in span if not t.is_punct]
    if words and words[0].lower_ in view.lang.words("articles"):
        words = words[1:]
    return len(words) >= 2 and all(t.text[:1].isupper() or t.lower_ in view.lang.words("name_particles") for t in words)


def _described_name(view: TextView, m: Mention) -> bool:
    """An article, a common noun that is not a role, then a name: "de veiligheidsregio Fryslân", "het
    samenwerkingsverband Primair Onderwijs Utrecht", "the patient group Diabetes Voice"."""
    span = view.span(m.span.start, m.span.end)
    if m.pronoun or span is None or len(span) < 3 or span[0].lower_ not in view.lang.words("articles"):
        return False
    k = 1
    while k < len(span) and span[k].is_lower and span[k].is_alpha and not _role_word(view, span[k]):
        k += 1
    return 1 < k <= 4 and k < len(span) and all(t.text[:1].isupper() for t in span[k:])


def cluster_type(view: TextView, c: Cluster) -> str:
    lang = view.lang
    orgs, groups, roles = lang.words("organization_nouns"), lang.words("group_nouns"), lang.words("role_nouns")
    named = [m for m in c.mentions if not m.pronoun]
    heads = [m.head_lemma for m in named] + [view.doc[m.head].lower_ for m in named]
    texts = [m.span.text.lower() for m in named]
    if _personal_name(view, c) or any(_person_by_form(view, view.doc[m.head]) for m in named) \
            or _surname_of_named_person(view, c):
        return "person"
    if any(_titled_article(view, m) for m in named):
        return "organization"
    described = [m for m in named if _described_name(view, m)]
    if described:
        return "group" if any(w in groups for m in described for w in m.words) else "organization"
    if any(h in orgs or any(h.endswith(o) for o in orgs if len(o) > 4) for h in heads):
        if not any(h in roles or any(h.endswith(r) for r in roles if len(r) > 4) for h in heads):
            return "organization"
    if any(h in groups for h in heads) or any(m.plural and not m.names for m in named):
        return "group"
    if any(h in roles or any(h.endswith(r) for r in roles if len(r) > 4) for h in heads) or c.pronoun_genders & {"masc", "fem"}:
        return "person"
    if any(m.names and m.roles & roles for m in named):
        return "person"  # "Hugh Hill, a doctor at …"
    if any(len(m.names) >= 2 for m in named):
        if any(w in orgs for m in named for w in m.words | set(m.span.text.lower().split())):
            return "organization"
        return "person"
    if any(len(t) >= 2 and t.isupper() for m in named for t in m.span.text.split()):
        return "organization"
    if any(t in orgs for t in texts):
        return "organization"
    return "unknown"


def _shown_name(view: TextView, c: Cluster) -> str:
    """The canonical name, never empty (a mention made only of control characters or punctuation): else the
    longest mention with its white space trimmed, else a placeholder."""
    name = " ".join(canonical_name(view, c).split())
    if name:
        return name
    mentions = sorted((" ".join(m.span.text.split()) for m in c.mentions), key=len, reverse=True)
    return next((m for m in mentions if m), "(unnamed source)")


def canonical_name(view: TextView, c: Cluster) -> str:
    named = [m for m in c.mentions if not m.pronoun]
    if not named:
        return c.mentions[0].span.text
    roles = view.lang.words("role_nouns")
    with_names = [m for m in named if m.names]
    proper = [m for m in named if _proper_org_name(view, m)]
    if proper and cluster_type(view, c) == "organization":
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
        if head.pos_ == "PROPN" or best.head_lemma in roles or not head.text[:1].islower():
            run = _name_run(view, best)
            if run:
                return run
        return best.span.text
    best = max(named, key=lambda m: (len(m.span.text.split()), m.indefinite, -m.span.start))
    return best.span.text


def _names_after_head(view: TextView, m: Mention) -> bool:
    """The mention is a common noun whose proper names only follow it ("onderzoekers uit Leuven", "a spokesman for
    Tesco"): the names describe the source, they do not name it."""
    head = view.doc[m.head]
    span = view.span(m.span.start, m.span.end)
    if span is None or head.pos_ != "NOUN" or not head.text[:1].islower():
        return False
    names = [t for t in span if t.pos_ == "PROPN"]
    return bool(names) and all(t.i > head.i for t in names) \
        and any(t.pos_ == "ADP" for t in view.doc[head.i + 1:names[0].i])  # not "president Zelensky"


def _full_name(view: TextView, c: Cluster) -> str:
    """The longest run of proper names anywhere in the article that ends with a person's surname
    ("Roethof" → "Gerald Roethof")."""
    if cluster_type(view, c) in ("organization", "group"):
        return ""
    surnames = {m.names[-1] for m in c.mentions if m.names}
    short = {m.names[0] for m in c.mentions if len(m.names) == 1}
    best = ""
    particles = view.lang.words("name_particles")
    runs, where = _proper_runs(view)
    # only a run holding one of the surnames can end with one (the runs are read once per article, not per source)
    for k in sorted({k for n in surnames for k in where.get(n, ())}):
        run = runs[k]
        cut = next((k for k in range(1, len(run) - 1) if run[k].lower_ in particles and run[k - 1].lower_ in short), None)
        if cut is not None:
            run = run[:cut]  # "Harm Wessels van Regge '76" when the article also says "Wessels"
        if len(run) > 2 and run[0].pos_ == "NOUN" and view.sentences[view.sentence_of[run[0].i]][0] == run[0].i:
            run = run[1:]  # "Wandelaar Gerrie Nijenhuis" opening a sentence: a role, not a name
        if run and run[-1].lower_ in surnames:
            run = _trim_name(view, run)
            if len(run) < 2:
                run = []
        else:
            run = []
        if run and len(run) <= 4:
            text = view.text[run[0].idx:run[-1].idx + len(run[-1])]
            if len(text) > len(best) and "\n" not in text:
                best = text
    return best


def _proper_runs(view: TextView) -> tuple[list[list], dict[str, list[int]]]:
    """The runs of proper names, name particles and given names of the article, in text order, without trailing
    particles ("Jelle Hoekstra van | de brandweer"), and for every lower-cased word the runs that hold it. Read once
    per article (cached on the view): ``_full_name`` looks in them for every source."""
    cached = view.__dict__.get("_claims_proper_runs")
    if cached is not None:
        return cached
    particles = view.lang.words("name_particles")
    doc = view.doc
    runs: list[list] = []
    run: list = []
    for tok in list(doc) + [None]:
        is_particle = tok is not None and tok.lower_ in particles and tok.i + 1 < len(doc) and (
            doc[tok.i + 1].pos_ == "PROPN" or doc[tok.i + 1].lower_ in particles)
        capitalised_part = tok is not None and tok.text[:1].isupper() and not tok.is_sent_start and tok.i + 1 < len(doc) \
            and doc[tok.i + 1].pos_ == "PROPN" and tok.lower_ not in _common_nouns(view)  # "Gerald" tagged VERB
        if tok is not None and (tok.pos_ == "PROPN" or is_particle or capitalised_part or given_name(tok)
                                or run and given_name(run[-1]) and tok.text[:1].isupper()) and not tok.is_space \
                and any(ch.isalnum() for ch in tok.text):  # (not a bullet tagged as a name)
            if not run and (_role_word(view, tok) or tok.lower_ in view.lang.words("stopwords")):
                continue  # "Minister …", "Volgens Jansen" (a capitalised preposition tagged PROPN)
            run.append(tok)
            continue
        while run and run[-1].lower_ in particles:
            run.pop()  # "Jelle Hoekstra van | de brandweer"
        if run:
            runs.append(run)
        run = []
    where: dict[str, list[int]] = {}
    for k, r in enumerate(runs):
        for t in r:
            where.setdefault(t.lower_, []).append(k)
    view.__dict__["_claims_proper_runs"] = (runs, where)
    return runs, where


def _trim_name(view: TextView, run: list) -> list:
    """A person's name inside a run of capitalised words: from the first given name on ("Health Secretary Niamh
    Carroll" → "Niamh Carroll"), and without a "van"-phrase after the surname ("Eline Vos van VWS" → "Eline Vos";
    "Jan Peter van Dijk" keeps its particle, "Peter" being a given name)."""
    names = given_names()
    given = names["all"]
    first = next((k for k, t in enumerate(run[:-1]) if t.lower_ in given), None)
    if first is None:
        return run
    run = run[first:]
    particles = view.lang.words("name_particles")
    for k in range(2, len(run) - 1):
        if run[k].lower_ in particles and any(t.lower_ not in given for t in run[1:k]):
            return run[:k]
    return run


def _role_word(view: TextView, tok: Token) -> bool:
    """A title or role written before a name ("Minister", "Schoolleider", "AOb-voorzitter", "Dr.")."""
    word = tok.lower_.rstrip(".")
    roles = view.lang.words("role_nouns") | view.lang.words("honorifics")
    if word in roles or norm_lemma(tok) in roles:
        return True
    last = word.split("-")[-1]
    return any(last.endswith(s) for s in view.lang.words("role_suffixes"))


def _name_run(view: TextView, m: Mention) -> str:
    """The longest run of proper-name tokens in a mention ("de Oekraïense president Zelensky" → "Zelensky")."""
    span = view.span(m.span.start, m.span.end)
    if span is None:
        return ""
    runs, current = [], []
    common = _common_nouns(view)
    particles = view.lang.words("name_particles")
    for t in span:
        if _is_name(t, common, particles) or (t.lower_ in particles
                                              and t.i + 1 < span.end and _is_name(view.doc[t.i + 1], common, particles)):
            current.append(t)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    if not runs:
        return ""
    best = _trim_name(view, max(runs, key=len))
    while len(best) > 1 and _role_word(view, best[0]):
        best = best[1:]
    return view.text[best[0].idx:best[-1].idx + len(best[-1])]


def _person_by_form(view: TextView, tok: Token) -> bool:
    """A capitalised word that is a person whatever its tag: an age in brackets after it ("Andrij (34)", "De
    Boer (66)") or a known given name."""
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    doc = view.doc
    if tok.i + 3 < len(doc) and doc[tok.i + 1].text == "(" and doc[tok.i + 2].like_num and doc[tok.i + 3].text == ")":
        return True
    names = given_names()
    return tok.lower_ in names["all"]


SALIENCE_DECAY = 0.5  # per sentence back
SUBJECT_WEIGHT = 0.8  # extra weight of a mention that is the subject of its clause
NAME_WEIGHT = 0.5  # extra weight of a source that has a name
FREQUENCY_WEIGHT = 0.1  # per earlier mention, however far back: the protagonist of a feature stays present


def _salience(view: TextView, c: Cluster, before: int, at: int) -> float:
    """How present a source is at character ``before`` (token ``at``): its mentions and the occurrences of its name before it,
    each weighted by recency (halved per sentence) and doubled-ish as a clause subject."""
    doc = view.doc
    here = view.sentence_of[at]
    heads = {m.head for m in c.mentions if m.span.end <= before}
    names = {m.names[-1] for m in c.mentions if m.names}
    if names:
        heads |= {i for n in names for i in view.positions.get(n, ()) if doc[i].idx < before and not view.in_quote(doc[i])}
    score = 0.0
    for i in heads:
        tok = doc[i]
        distance = max(0, here - view.sentence_of[i])
        score += SALIENCE_DECAY ** distance * (1 + SUBJECT_WEIGHT * (tok.dep_ in view.deps.subject)) + FREQUENCY_WEIGHT
    return score + (NAME_WEIGHT if names else 0.0)


def _antecedent_candidates(view: TextView, before: int, contents: list[tuple[int, int]] = ()) -> list[tuple[int, int, int]]:
    """Noun phrases that can be the antecedent of a pronoun — every name, and role nouns — ending before the
    character ``before`` in the same or the two previous paragraphs, in text order."""
    doc = view.doc
    roles = view.lang.words("role_nouns")
    first_para = view.paragraph(before) - 2
    out = []
    for tok in doc[_paragraph_token(view, first_para):]:  # (the tokens before it are in earlier paragraphs)
        if tok.idx >= before:
            break
        if tok.is_space or view.in_quote(tok) or tok.pos_ not in ("PROPN", "NOUN") or view.paragraph(tok.idx) < first_para:
            continue
        if any(a <= tok.idx < b for a, b in contents):
            continue  # "Anna Berg said the owner had refused": the owner is not a source
        if view.heading_line(tok.idx):
            continue  # a subhead ("Het verhaal van Ann") names nobody who speaks
        if tok.dep_ in view.deps.name_attachment and tok.head.pos_ == "PROPN":
            continue  # part of a longer name: its head is the candidate
        if tok.dep_ in view.deps.possessive_or_compound:
            continue  # "Labour's Owen Price": the possessor is not the antecedent
        if tok.pos_ == "NOUN" and (norm_lemma(tok) not in roles or tok.dep_ in view.deps.apposition) and not _person_by_form(view, tok):
            continue  # a role in apposition belongs to the name it follows
        if tok.lower_ in view.lang.words("time_words") or any(
                c.dep_ in view.deps.case_marker and c.lower_ not in view.lang.words("agent_prepositions") for c in tok.children):
            continue  # places and times come with a preposition ("in Hereford", "in maart"); people seldom do
        a, b = view.np_range(tok)
        if a >= b:
            continue
        out.append((doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), tok.i))
    return out


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
            orgs = self.view.lang.words("organization_nouns")
            person = ctype == "person" and not any(w in orgs for m in c.mentions for w in m.words)
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


def cluster_speakers(view: TextView, claims: list[Claim]) -> list[Speaker]:
    """Assign ``speaker_id`` to every attributed claim and return the speakers, in order of first mention."""
    mentions: dict[tuple[int, int], Mention] = {}
    for c in claims:
        if c.speaker is not None and c.speaker_head is not None:
            key = (c.speaker.start, c.speaker.end)
            if key not in mentions:
                mentions[key] = make_mention(view, c.speaker.start, c.speaker.end, c.speaker_head)
    clusters: list[Cluster] = []
    owner: dict[tuple[int, int], Cluster] = {}
    contents = [(c.span.start, c.span.end) for c in claims if c.kind != "direct"]
    for key in sorted(mentions):
        m = mentions[key]
        if m.pronoun:
            continue
        target = next((c for c in reversed(clusters) if _matches(m, c)), None)
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.mentions.append(m)
        owner[key] = target
    # pronouns: the most recent compatible source before the pronoun (a speaker, or a sentence subject)
    kinds = _Kinds(view)
    for key in sorted(mentions):
        m = mentions[key]
        if not m.pronoun:
            continue
        info = pronoun_info(view, view.doc[m.head])
        gender = info.get("gender", "any")
        one_person = gender in ("masc", "fem") and info.get("number") == "sing"
        options: list[tuple[int, Cluster | None, tuple[int, int, int] | None]] = []
        for c in clusters:
            # a source is an option once, at its latest mention before the pronoun: its earlier mentions come later
            # in the order below and would give the same answer
            last = max((n.span.end for n in c.mentions if n.span.end <= m.span.start), default=None)
            if last is not None:
                options.append((last, c, None))
        for cand in _antecedent_candidates(view, m.span.start, contents):
            options.append((cand[1], None, cand))
        options.sort(key=lambda o: o[0], reverse=True)
        probes: dict[int, tuple[Cluster, Cluster | None, Mention]] = {}

        def probe(o) -> Cluster:
            """The option's cluster; for a candidate noun phrase, the source it names joined with its new
            mention ("Dunleavy" is the person "Margaret Dunleavy" seen before), built once."""
            if o[1] is not None:
                return o[1]
            if o[2][2] not in probes:
                cm = make_mention(view, o[2][0], o[2][1], o[2][2])
                existing = next((x for x in reversed(clusters) if _matches(cm, x)), None)
                joined = Cluster(existing.mentions + [cm], set(existing.pronoun_genders)) if existing else Cluster([cm])
                probes[o[2][2]] = (joined, existing, cm)
            return probes[o[2][2]][0]

        compatible: dict[int, bool] = {}  # per option's source, for this pronoun (nothing changes until it is placed)

        def fits(cl: Cluster) -> bool:
            if id(cl) not in compatible:
                compatible[id(cl)] = _compatible(info, view, cl, kinds)
            return compatible[id(cl)]

        if one_person:
            # he/she/hij: the most recent person, when there is one in reach; else the most recent source
            def is_person(o) -> bool:
                return kinds.person(probe(o))
            persons = [o for o in options if is_person(o) and fits(probe(o))]

            # the most salient person: mentioned often, lately, as a subject ("Dunleavy … Agnew said … Dunleavy
            # confirmed …", then "she says" is Dunleavy); a named person beats an unnamed role noun
            sal: dict[int, float] = {}
            for o in persons:
                if id(probe(o)) not in sal:
                    sal[id(probe(o))] = _salience(view, probe(o), m.span.start, m.head)
            persons.sort(key=lambda o: (-sal[id(probe(o))], -o[0]))
            options = persons + [o for o in options if o not in persons]
        chosen: Cluster | None = None
        for o in options:
            if not fits(probe(o)):
                continue
            if o[1] is not None:
                chosen = o[1]
                break
            joined, existing, cm = probes[o[2][2]]
            if existing is not None:
                chosen = existing
            else:
                chosen = joined
                clusters.append(joined)
            if (cm.span.start, cm.span.end) not in [(x.span.start, x.span.end) for x in chosen.mentions]:
                chosen.mentions.append(cm)
            break
        if chosen is None:
            chosen = Cluster()
            clusters.append(chosen)
        chosen.mentions.append(m)
        if one_person:
            chosen.pronoun_genders.add(gender)
        owner[key] = chosen
    # speakers in order of their first mention that attributes a statement
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
    for c in claims:
        if c.speaker is not None:
            cl = owner.get((c.speaker.start, c.speaker.end))
            c.speaker_id = ids.get(id(cl)) if cl is not None else None
    return speakers


def is_anonymous(view: TextView, c: Cluster, ctype: str) -> bool:
    named = [m for m in c.mentions if not m.pronoun]
    if not named or any(m.names for m in named) or ctype == "organization":
        return False
    anon = view.lang.words("anonymous_nouns")
    suffixes = view.lang.words("anonymous_suffixes")
    heads = {m.head_lemma for m in named} | {view.doc[m.head].lower_ for m in named}
    if ctype == "person" and any(m.indefinite for m in named):
        return True  # "a café owner", "een buurtbewoner": someone the article does not name
    return any(h in anon or any(h.endswith(s) for s in suffixes) for h in heads)
