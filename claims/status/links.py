"""Linking: which statement a sentence about statements, or a confirmation, concerns."""
from __future__ import annotations

import re

from ..attribution import RULES as ATTRIBUTION
from ..figures import figures_differ
from ..model import Claim, Span
from ..textview import TextView
from .article import (CLOSERS, Article, concerned, content_words, ngram_counts, points_back, predicate_words,
                      says_the_same)
from .blocking import SIM_EPS
from .signals import MetaSentence
from .terms import _similarity, _term_match, content_overlap, content_terms, shared_terms


LINK_THRESHOLD = 0.12  # similarity for linking a sentence about a statement to that statement
STRONG_LINK = 0.25  # above this (or 1.5 times the runner-up), words beat anaphora ("het nieuws over … Toretsk")


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

# ... and shares at least this many content words with it, unless it is the statement just before in the paragraph:
# further away, one shared stem is no repeat ("The union said it had not been consulted" … two paragraphs on: "a
# spokeswoman confirmed the company had begun a consultation with staff"); right after a statement a confirmation in
# other words is about it ("Omwonenden hoorden een harde knal. Een politiewoordvoerder bevestigt dat er een explosie
# is geweest"). Dev (92 articles): the words test alone loses 4 right links there and no wrong one; kept to
# statements further away it loses none; real news: one wrong confirmed statement fewer.
LINK_WORDS = 2

NEAR_SHARE = 0.6  # a statement at least this share of the best similarity, nearer to the reply, is its target


def _answered_in_its_sentence(view: TextView, meta: MetaSentence, claims: list[Claim]) -> int | None:
    """"Police said the man was armed, which his family denies", "…, wat zijn familie ontkent": a statement inside
    the denying sentence, right before the relative clause that denies it (``relative_clause_after``): the statement
    the denial answers."""
    for i, c in enumerate(claims):
        if not (meta.span.start <= c.span.start and c.span.end <= meta.span.end) or c.cue_type in ("deny", "dispute"):
            continue  # (not the denial's own statement: "X was accused of Y, which he denied" reported as his)
        if relative_clause_after(view, c.span.end, meta.span.end) is not None:
            return i
    return None


def relative_clause_after(view: TextView, end: int, stop: int) -> int | None:
    """Where the clause starts that a comma and a relative pronoun (the language's ``relative_pronouns``), or an
    article and a statement noun (``statement_nouns``: "…, a claim the club dismissed", "…, een bewering die …"),
    open right after a statement ending at character ``end`` (closing quote marks and spaces between), before
    ``stop``: the character after the comma, else None."""
    text = view.text
    rest = text[end:stop].lstrip(CLOSERS + " ")
    words = [w.lower() for w in rest[1:].split()[:2]]
    if rest.startswith(",") and words and (words[0] in view.lang.words("relative_pronouns") or len(words) == 2
                                           and words[0] in view.lang.words("articles")
                                           and words[1] in view.lang.words("statement_nouns")):
        return stop - len(rest) + 1  # (also "…, a claim United dismissed as nonsense": the statement named again)
    return None


def nearest_similar(candidates: list[int], sims: list[float], claims: list[Claim], at: int) -> int | None:
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


def link(art: Article, meta: MetaSentence, sims: list[float]) -> list[int]:
    """The claims a sentence about statements concerns: the statement just before it that it points back at, then
    lexical similarity, then the reporter's narration it points back at, then proximity."""
    claims = art.kept
    candidates = [i for i, c in enumerate(claims)
                  if not (c.span.start >= meta.span.start and c.span.end <= meta.span.end)]
    answered = _answered_in_its_sentence(art.view, meta, claims) if meta.type in ("denied", "disputed") else None
    if answered is not None:
        return [answered]
    if not candidates:
        return []
    best = max(candidates, key=lambda i: sims[i])
    before = [i for i in candidates if claims[i].span.end <= meta.span.start]
    last = max(before, key=lambda i: claims[i].span.end) if before else None
    owned = _owners_account(art, meta, before)
    if owned is not None:
        return [owned]
    found = _pointed_back_at(art, meta, before, last) if last is not None else None
    if found is None and meta.document and meta.type == "confirmed":
        # "According to documents seen by this newspaper, the unit would close in April": papers the press has
        # seen check what they say; away from the statement they follow, only one they clearly repeat
        return _repeated(art, meta, [i for i in candidates if sims[i] >= STRONG_LINK], sims)
    if found is None and last is not None and meta.type == "not_confirmed" and sims[best] < STRONG_LINK:
        found = _right_after(art.view, meta, claims[last], last)
    if found is None:
        if meta.anaphoric and meta.type in ("denied", "disputed", "not_confirmed") and before:
            # "The council denied the report": what it points back at was told before it
            best = max(before, key=lambda i: sims[i])
            found = _by_similarity(art, meta, sims, before, best)
        else:
            found = _by_similarity(art, meta, sims, candidates, best)
        if found and len(found) > 1 and meta.named is not None:
            naming = [j for j in found if any(_term_match(meta.named, t) for t in art.terms[j])]
            found = naming or found  # "Wethouder erkent fouten bij jeugdzorg": the statement with the faults, not
            # the one that only shares "wethouder"
        if found and meta.type == "confirmed":
            found = _repeated(art, meta, found, sims)
    narration = _narration_before(art.view, meta, claims) if found is None and meta.anaphoric else None
    if narration is not None and last is not None:
        found = _narrated(art, meta, before, narration)
    if found is None and meta.anaphoric and art.lead is not None and art.lead in before \
            and (_update_note(art.view, meta) or _names_the_news(art.view, meta)):
        found = [art.lead]  # "Update: This has since been confirmed by …", "Het nieuws is inmiddels bevestigd door
        # …": the story's news, not the line above
    near_last = last is not None \
        and art.view.paragraph(meta.span.start) - art.view.paragraph(claims[last].span.start) <= 1
    if found is None and meta.type == "confirmed" and meta.named is not None and near_last \
            and any(_names_part(meta.named, t) for t in art.terms[last]):
        found = [last]  # "De supermarkt schrapt 300 banen, meldt de Stentor. Het bedrijf bevestigt het
        # banenverlies": the confirmed thing names a word of the statement just before in a compound
    if found is None and near_last and (meta.anaphoric or meta.type == "not_confirmed"):
        found = [last]
    if found is None:
        found = [best] if sims[best] >= LINK_THRESHOLD else []
        if found and meta.type == "confirmed":
            found = _repeated(art, meta, found, sims)
    return found


def _names_part(named: tuple[str, str], term: tuple[str, str]) -> bool:
    """The confirmed noun is the statement's word, or a compound that opens with it, a word of five letters or more
    with four or more after it ("banenverlies" for "banen")."""
    if _term_match(named, term):
        return True
    word, part = named[0], term[0]
    return len(part) >= 5 and part[:1] != "#" and word.startswith(part) and len(word) - len(part) >= 4


def _owners_account(art: Article, meta: MetaSentence, before: list[int]) -> int | None:
    """"A second employee confirmed the first employee's account", "bevestigt het verhaal van de buurman": a report
    noun (the language's ``report_nouns`` and ``statement_nouns``) with its owner names whose statement the sentence
    concerns: the latest statement before it whose speaker shares a word with the owner."""
    for words in _report_owners(art.view, meta.span.start, meta.span.end):
        named = [j for j in before if _spoken_by_owner(art, j, words)]
        if named:
            return max(named, key=lambda j: art.kept[j].span.end)
    return None


def _spoken_by_owner(art: Article, j: int, words: set[str]) -> bool:
    """The speaker of statement ``j`` shares a word with a report's owner (``_report_owners``)."""
    s = art.by_id.get(art.kept[j].speaker_id or "")
    return s is not None and bool(words & {w.lower() for m in s.mentions for w in re.findall(r"\w+", m.text)})


def _report_owners(view: TextView, a: int, b: int) -> list[set[str]]:
    """The owners named on the report nouns of the characters [a, b) ("the Post's report", "het verhaal van de
    buurman"), each as its set of content words."""
    toks = view.span(a, b)
    if toks is None:
        return []
    lang = view.lang
    nouns = lang.words("report_nouns") | lang.words("statement_nouns")
    skip = lang.words("stopwords") | lang.words("articles") | lang.words("ordinal_words")
    owners = lang.words("owner_prepositions")
    out = []
    for t in toks:
        if t.lower_ not in nouns or view.in_quote(t):
            continue
        for c in t.children:
            if not (c.dep_ in view.deps.possessive and c.i < t.i or c.i > t.i and c.dep_ in view.deps.nominal_modifier
                    and any(m.dep_ in view.deps.case_marker and m.lower_ in owners for m in c.children)):
                continue
            lo, hi = view.np_range(c)
            words = {w for t in view.doc[lo:hi] for w in re.findall(r"[^\W\d_]+", t.lower_)
                     if w not in skip and len(w) > 2}
            if words:
                out.append(words)
    return out


def _names_the_news(view: TextView, meta: MetaSentence) -> bool:
    """The sentence has the news itself as a subject or object ("The news was later confirmed by the club", "Het
    nieuws is inmiddels bevestigd"; the language's ``news_nouns``), outside quotes."""
    toks = view.span_range(meta.span.start, meta.span.end)
    if toks is None:
        return False
    news, core = view.lang.words("news_nouns"), view.deps.core_nominal
    return any((view.lowers[i] in news or view.lemmas[i] in news) and view.dep[i] in core and view.quote_of[i] < 0
               for i in range(*toks))


def _update_note(view: TextView, meta: MetaSentence) -> bool:
    """The sentence opens a line with an update label and a colon or dash ("Update: …", "UPDATE (14.10) - …",
    "Bijgewerkt: …"; the language's ``update_labels``)."""
    text = view.text
    start = text.rfind("\n", 0, meta.span.start) + 1
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].lower()
    for mark in (":", " - ", " – "):
        head, found, _ = line.partition(mark)
        if found and len(head.split()) <= 6 and start + len(head) <= meta.span.end \
                and any(head.strip(" *").startswith(label) for label in view.lang.words("update_labels")):
            return True
    return False


def _repeated(art: Article, meta: MetaSentence, found: list[int], sims: list[float]) -> list[int]:
    """Of the statements a confirmation was linked to by similarity, those it can concern: one told before it in
    the article's order of events (text order, or a liveblog's newest-first entries read upwards), or a later one
    it clearly repeats (``STRONG_LINK``). "X admitted causing death by dangerous driving at an earlier hearing" is
    about what it admits, not the next sentence on "convictions for using a phone while driving"."""
    when = art.when(meta.span.start)
    return [j for j in found if art.when(art.kept[j].span.start) < when or sims[j] >= STRONG_LINK]


def _pointed_back_at(art: Article, meta: MetaSentence, before: list[int], last: int) -> list[int] | None:
    """"Halvorsen has not confirmed that figure": the demonstrative points at the statement just before, in its
    paragraph; so does the reporter's check that follows a statement ("Uit een presentatie die deze krant inzag,
    blijkt dat …"). A confirmation takes the speaker's whole account (``_same_account``)."""
    if not (meta.anaphoric or meta.document):
        return None
    view, c = art.view, art.kept[last]
    end = max(c.span.end, c.sentence[1] if c.sentence else 0)
    if end <= meta.span.start and not view.text[end:meta.span.start].strip(" \t" + CLOSERS).count(".") > 1 \
            and view.paragraph(meta.span.start) == view.paragraph(c.span.start):
        return _same_account(view, art.kept, before, last) if meta.type == "confirmed" and not meta.document else [last]
    return None


def _right_after(view: TextView, meta: MetaSentence, c: Claim, last: int) -> list[int] | None:
    """"A senior official … said rules were likely to be tightened. The agency has not confirmed any change.": a
    non-confirmation in the sentence right after a statement, in its paragraph, is about that statement."""
    if view.paragraph(meta.span.start) == view.paragraph(c.span.start) \
            and view.sentence_at(meta.span.start) - view.sentence_at(c.span.end - 1) == 1:
        return [last]
    return None


def _by_similarity(art: Article, meta: MetaSentence, sims: list[float], candidates: list[int],
                   best: int) -> list[int] | None:
    """The statements a sentence about statements repeats in words, when the similarity is clear (or the sentence
    does not point back): a denial or non-confirmation answers the nearest of the most similar; a confirmation
    concerns all that are nearly as similar as the best."""
    second = max((sims[i] for i in candidates if i != best), default=0.0)
    clear = sims[best] >= STRONG_LINK or (sims[best] >= LINK_THRESHOLD and sims[best] >= 1.5 * second)
    if not (clear or (sims[best] >= LINK_THRESHOLD and not meta.anaphoric)):
        return None
    if meta.type in ("denied", "disputed", "not_confirmed"):
        near = nearest_similar(candidates, sims, art.kept, meta.span.start)
        return [near] if near is not None else []
    return [i for i in candidates if sims[i] >= max(LINK_THRESHOLD, 0.85 * sims[best])]


def _narrated(art: Article, meta: MetaSentence, before: list[int], narration: tuple[int, int]) -> list[int]:
    """"The sign is partly hidden by a lime tree. This newspaper was able to verify that": the demonstrative points
    at the reporter's own sentence; what it checks is the nearby statement that says the same ("It is behind a
    tree"), if any."""
    view, claims = art.view, art.kept
    near = [i for i in before if view.paragraph(meta.span.start) - view.paragraph(claims[i].span.start) <= 1]
    row = _similarity([view.text[narration[0]:narration[1]]], [claims[i].span.text for i in near],
                      ngram_counts(view))[0] if near else []
    said = content_terms(view, *narration)
    row = [max(r, content_overlap(said, art.terms[i], art.sentence_terms)) for r, i in zip(row, near)]
    k = max(range(len(near)), key=lambda k: row[k], default=None)
    return [near[k]] if k is not None and row[k] >= LINK_THRESHOLD else []


def _just_before(view: TextView, earlier: Claim, later: Span) -> bool:
    """The statement ``earlier`` ends before ``later`` in its paragraph, at most two sentences before the one
    ``later`` starts in ("Een medewerker is met brandwonden naar het ziekenhuis gebracht. Dat meldt de politie. Een
    woordvoerder van het ziekenhuis bevestigt dat …")."""
    end = max(earlier.span.end - 1, earlier.span.start)
    return earlier.span.end <= later.start and view.paragraph(end) == view.paragraph(later.start) \
        and 0 <= view.sentence_at(later.start) - view.sentence_at(end) <= 2


def confirmed_by(art: Article, i: int) -> int | None:
    """The earlier statement that the confirmation ``i`` confirms, if any."""
    view, kept, lead, c = art.view, art.kept, art.lead, art.kept[i]
    earlier = [j for j in range(len(kept)) if kept[j].span.end <= c.span.start and kept[j].speaker_id != c.speaker_id
               and not ATTRIBUTION.has(kept[j].via, "headline") and not ATTRIBUTION.has(kept[j].via, "nested")
               and art.negative[j] == art.negative[i]]  # (a statement inside another's quote: the quote is confirmed)
    if not earlier:
        return None
    # a content of few words ("confirmed that they belonged to the species") is read with its sentence ("…, who
    # examined the specimens independently, confirmed …")
    own = art.terms[i] if len({t for t in art.terms[i] if t[0][0] != "#"}) >= 3 else content_terms(view, *c.sentence)
    # only statements sharing a content word or similar characters can reach CONFIRM_LINK; the others count 0
    reach = set(art.blocks.index.sharing(own)) | set(art.sims.above(i, CONFIRM_LINK - SIM_EPS))
    scores = [0.0 if figures_differ(art.figs[i], art.figs[j]) or j not in reach
              or not _just_before(view, kept[j], c.span) and shared_terms(own, art.terms[j]) < LINK_WORDS else max(art.sims[i][j], content_overlap(own, art.terms[j], art.sentence_terms)) for j in earlier]
    far = {k for k, j in enumerate(earlier) if art.paragraphs_apart(i, j) > 2}
    near = [k for k in range(len(earlier)) if k not in far or (earlier[k] == lead and scores[k] >= FAR_LINK)]
    best = max(near, key=lambda k: scores[k], default=None)
    if best is not None and scores[best] >= CONFIRM_LINK:
        return earlier[best]
    if points_back(view, c):
        # "Hrytsenko bevestigt dat Moskou die eis op tafel legde": the statement just before, in its paragraph
        last = max(earlier, key=lambda j: kept[j].span.end)
        if view.paragraph(kept[last].span.start) == view.paragraph(c.span.start) \
                and view.sentence_at(c.span.start) - view.sentence_at(kept[last].span.end - 1) <= 1:
            return last
    if lead in earlier and kept[lead].sentence[1] <= c.sentence[0] and not figures_differ(art.figs[i], art.figs[lead]) \
            and all(_spoken_by_owner(art, lead, words) for words in _report_owners(view, *c.sentence)):
        # ("NBC confirmed the Post's report that …": the Post's, or none; the owners read only when the lead is near)
        # (not "X, which confirmed …" in the lead's own sentence: that is the same source; not a confirmation of
        # another figure: "officials confirmed over 200 infections" does not confirm a lead's estimate of 1,000)
        if c.cue_type == "confirm" and view.paragraph(c.span.start) - view.paragraph(kept[lead].span.start) <= 2 \
                and not ATTRIBUTION.has(c.via, "anaphoric") \
                and (not ATTRIBUTION.has(c.via, "noun_content") or scores[earlier.index(lead)] > 0) \
                and _says_what_the_lead_says(view, c, kept[lead]):
            # (not "The RCMP confirmed they seized the bag" for a lead on how a child found it: a confirmation
            # with a clause of its own confirms the lead only when it says what the lead says)
            # (a confirmed noun phrase with content of its own shares words with the lead it confirms: "Health
            # officials have confirmed the death of a man" does not confirm a lead about something else)
            # (not "Two men were charged. That was confirmed by the prosecution service": it confirms the sentence
            # it points back at, not the lead above)
            return lead
        if concerned(art.by_id.get(c.speaker_id or ""), kept[lead], view.lang.words("articles") | view.lang.words("stopwords")):
            return lead  # the party the lead is about confirms it, however late ("UPDATE: Calder Holt confirmed …")
    best = max(far, key=lambda k: scores[k], default=None)
    if best is not None and scores[best] >= FAR_LINK:
        return earlier[best]  # a clear repeat further up ("He signed a new deal … It runs until 2027")
    return None


def _says_what_the_lead_says(view: TextView, c: Claim, lead: Claim) -> bool:
    """A confirmation with a verb of its own says what the lead says (``says_the_same``); one without ("confirmed
    the decision", "bevestigt de sluiting") is asked nothing here."""
    own = predicate_words(view, c)
    return not own or says_the_same(own, content_words(view, c), predicate_words(view, lead),
                                    content_words(view, lead))
