"""The status rules: each finds one kind of evidence on statements and is registered with a stable id
(``status:<name>``), the docstring that says what it finds, and traits that say what kind of finding it makes. Every
piece of evidence records the rule that found it (``Evidence.rule``, from ``RULES[name].id``).

``answered_statement`` runs first, on all the statements attribution found (it decides which remain); the
``STEPS`` then run in order on the ``Article`` of the statements that remain; ``single_source`` comes last, when
the status is decided (``claims.status.assess``).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..attribution import RULES as ATTRIBUTION, _conditional, _cue_words, _lemma_at, cue_lexicon
from ..confidence import BLOCKING, CONFIRMING
from ..figures import codes, codes_differ, figures_differ, same_figure, significant, written_otherwise
from ..model import Claim, Evidence, Span
from ..registry import Registry
from ..textview import TextView
from .article import (CLOSERS, NO_SOURCE_WORDS, SENTENCE_END, agreeing, agreement_in, Article, _confirmer_side, _same_side,
                      content_words, denying, end_predicate, heading, independent, ngram_counts, part_table,
                      parts_corroborate, predicate_words, predicates_clash, says_the_same, shares_a_word, similar,
                      synonym_of)
from .blocking import SimilarityTable, corroboration_candidates
from .links import confirmed_by, link, nearest_similar, relative_clause_after
from .signals import CONFIRMING_CUES, _about_cues, _negation_of, confirms, hedges, meta_sentences
from .terms import (_similarity, _term_match, capitalised, content_overlap, content_terms, holds, negated, one_per_lemma,
                    phrase_spans, shared_terms, word_matches)

RULES = Registry("status", {
    "own": "found in the statement itself or in its attribution (its cue, its source, its sentence)",
    "linked": "found elsewhere in the article (a sentence or another statement) and linked to the statement it "
              "concerns",
    "pairwise": "two statements of independent sources back each other: the evidence goes on both",
    "absorbs": "the statement that carries it is no statement of its own: it becomes evidence on another and is "
               "dropped",
    "inherited": "copied from the evidence of another statement",
    "default": "given when nothing else confirms the statement",
})


def _evidence(rule: str, etype: str, span: Span) -> Evidence:
    return Evidence(etype, span, RULES[rule].id)


@RULES.rule("answered_statement", ("absorbs", "linked"))
def answered_statement(view: TextView, claims: list[Claim], sims: SimilarityTable) -> tuple[list[int], dict]:
    """A statement that only denies, disputes or fails to confirm another statement ("X ontkent dat …" answering a
    claim in the article, "Y has not confirmed that") becomes evidence on the statement it answers (the one it
    points back at, or the nearest similar one of another speaker) and is no statement itself."""
    # returns the indices of the statements that remain and the evidence gathered for them, by index
    evidence: dict[int, list[Evidence]] = {}
    reported = {i for i, c in enumerate(claims) if _reported_non_confirmation(view, c)}
    answers = [i for i, c in enumerate(claims) if c.cue_type in ("deny", "dispute")
               or (c.cue_type in CONFIRMING_CUES and c.negated) or i in reported]
    dropped: set[int] = set()
    for i in answers:
        c = claims[i]
        others = [j for j in range(len(claims)) if j != i and j not in answers
                  and (claims[j].speaker_id is None or claims[j].speaker_id != c.speaker_id)
                  and not claims[j].span.start <= c.span.start < c.span.end <= claims[j].span.end]
        # (not the statement that reports the denial itself: "X ontkent dat … Dat laten zijn advocaten weten")
        if not others:
            continue
        if ATTRIBUTION.has(c.via, "anaphoric"):
            targets = [j for j in others if claims[j].span.start >= c.sentence[0] and claims[j].span.end <= c.span.end + 1]
        else:
            near = nearest_similar(others, sims[i], claims, c.span.start)
            targets = [near] if near is not None else []
        if not targets and i in reported:
            # "… said he could neither confirm nor deny the report": the report just before (this paragraph or the
            # one above)
            earlier = [j for j in others if claims[j].span.end <= c.span.start
                       and view.paragraph(c.span.start) - view.paragraph(claims[j].span.start) <= 1]
            targets = [max(earlier, key=lambda j: claims[j].span.end)] if earlier else []
        if not targets:
            continue
        etype = "not_confirmed" if i in reported else {"deny": "denied", "dispute": "disputed"}.get(c.cue_type,
                                                                                                  "not_confirmed")
        span = Span.of(view.text, *view.trim(min(c.sentence[0], c.span.start), max(c.sentence[1], c.span.end)))
        for j in targets:
            evidence.setdefault(j, []).append(_evidence("answered_statement", etype, span))
        dropped.add(i)
    return [i for i in range(len(claims)) if i not in dropped], evidence


def _reported_non_confirmation(view: TextView, c: Claim) -> bool:
    """A reported statement that only says its source does not confirm something ("said he could neither confirm
    nor deny the report", "zei dat ze het bericht niet kon bevestigen"): a short content that opens with a subject
    pronoun and holds a negated confirmation word (the language's ``confirm_words``) about a report noun or a
    pronoun, or about nothing."""
    if c.kind == "direct":
        return False
    lang = view.lang
    span = view.span_range(c.span.start, c.span.end)  # (the first tests from the view's lists: no Token made)
    spaces = view.spaces
    words = [i for i in range(*span) if not spaces[i]] if span is not None else []
    if not words or len(words) > 12 or view.lowers[words[0]] not in lang.get("subject_pronouns", {}):
        return False
    toks = [view.doc[i] for i in words]
    negs = [t for t in toks if t.lower_ in lang.words("negations")]
    confirm_words = lang.words("confirm_words")
    nouns = lang.words("report_nouns") | lang.words("anaphoric_pronouns")
    for t in toks:
        if (t.lower_ in confirm_words or t.lemma_.lower() in confirm_words) and _negation_of(view, t, negs) is not None:
            objects = [x for x in t.children if x.dep_ in view.deps.object]
            return all(x.lower_ in nouns or x.lemma_.lower() in nouns or x.pos_ == "PRON" for x in objects)
    return False


@RULES.rule("sentence_about_statement", ("linked",))
def sentence_about_statement(art: Article) -> None:
    """A sentence about statements ("X has not confirmed that figure", "Y ontkent dat", "The police confirmed the
    arrest", "This newspaper was able to verify that", reporters who saw it for themselves) puts its evidence
    (not_confirmed, denied, disputed, confirmed) on the statement it concerns; a denial that agrees with a
    statement that itself denies corroborates it."""
    view, kept = art.view, art.kept
    metas = meta_sentences(view, kept)
    sims = _similarity([m.span.text for m in metas], [c.span.text for c in kept], ngram_counts(view))
    for m, row in zip(metas, sims):
        if _asked(view, m.span):
            continue  # "How did you confirm the wolves hunted deer?": a question asks, it confirms or denies nothing
        unnumbered = m.type == "confirmed" and holds(view, m.span.start, m.span.end, "quantity_questions")
        targets = list(link(art, m, row) or _fallback_targets(art, m))
        if m.type == "confirmed":
            for j in list(targets):
                k = _summed_up(art, j)
                if k is not None and k not in targets:
                    targets.append(k)
        own = _confirmer_side(view, m) if m.type == "confirmed" and not m.witnessed else None
        for j in targets:
            if own is not None and _same_side(view, own, art.words_of(kept[j])):
                continue  # "The association's chairwoman confirmed the evictions" over what a member of the
                # association said: the party repeats itself, no second source confirms it
            if unnumbered and significant(art.figs[j]):
                continue  # "Tesla confirmed the recall but did not say how many cars were affected": no figure of
                # the statement is confirmed
            etype = m.type
            if etype == "confirmed" and not m.witnessed and _unnamed_confirmer(view, m.span):
                etype = "corroborated"  # "Ook een tweede bron bevestigt …": a second account, not the party's word
            if etype in ("denied", "disputed") and denying(view, kept[j]) and agreement_in(view, m.span):
                etype = "corroborated"  # "… are false, according to the ministry. A delegate also dismissed the reports"
            span = m.trigger or m.span
            clause = relative_clause_after(view, kept[j].span.end, span.end) if etype in ("denied", "disputed") \
                and span.start <= kept[j].span.start else None
            if clause is not None:
                # ("…, which Beijing later disputed": the clause after the statement, not the sentence that holds it,
                # so that the article's order of events sees the dispute after the statement's own confirmation)
                a, b = view.trim(clause, span.end)
                span = Span.of(view.text, a, b) if b > a else span
            art.add(j, _evidence("sentence_about_statement", etype, span))
            if m.witnessed and m.type == "confirmed":
                art.verified.add(j)


def _asked(view: TextView, span: Span) -> bool:
    """The sentence that holds the span is a question: it ends with a question mark (before any closing quote
    mark, ``CLOSERS``)."""
    s = view.sentence_at(span.start)
    if s < 0:
        return False
    a, b = view.sentence_chars(s)
    return view.text[a:b].rstrip().rstrip(CLOSERS).endswith("?")


def _unnamed_confirmer(view: TextView, span: Span) -> bool:
    """The sentence's subject is an unnamed source (the language's ``anonymous_nouns`` and ``anonymous_suffixes``:
    "a second source", "een ingewijde", "een oud-medewerker"), a common noun outside quotes, who does not speak for a
    body (``_unofficial``)."""
    found = view.span_range(span.start, span.end)
    if found is None:
        return False
    anon, subject = view.lang.words("anonymous_nouns"), view.deps.subject
    suffixes = tuple(view.lang.words("anonymous_suffixes"))
    return any(view.dep[i] in subject and (view.lemmas[i] in anon or view.lemmas[i].endswith(suffixes))
               and view.pos[i] == "NOUN" and view.quote_of[i] < 0 and _unofficial(view, i) for i in range(*found))


def _unofficial(view: TextView, i: int) -> bool:
    """Token ``i`` names no one who speaks for a body (the language's ``official_voice_nouns``: a spokesperson, an
    official): an unnamed source's word is a second account, a spokesperson's is the party's."""
    voices = tuple(view.lang.words("official_voice_nouns"))
    return not (view.lemmas[i] in voices or view.lowers[i] in voices or view.lemmas[i].endswith(voices))


def _summed_up(art: Article, j: int) -> int | None:
    """The body statement a headline sums up ("Band to close festival, paper says" over "The band will close the
    festival in August, the Evening Post reported"): the most similar statement that says the same, when ``j`` is a
    heading; what confirms the headline confirms the news it sums up."""
    view, kept = art.view, art.kept
    if not (heading(view, kept[j]) or _headline_line(view, kept[j])):
        return None
    best = _body_statement(art, j)
    if best is not None:
        return best
    lead = art.lead
    if lead is not None and lead != j and view.paragraph(kept[j].span.start) == 0 \
            and art.negative[j] == art.negative[lead] and shared_terms(art.terms[j], art.terms[lead]) >= 2:
        return lead  # (a headline's few words: two of them in the lead's statement)
    return None


def _fallback_targets(art: Article, m) -> list[int]:
    """The statement a sentence about statements concerns when ``link`` finds none: the lead, when the reporters
    saw for themselves what it reports; or the nearest earlier statement with the word a confirmation names
    ("Britain's medicines regulator confirmed the recall" ~ "is recalling 1.4 million insulin pens")."""
    view, kept, lead = art.view, art.kept, art.lead
    if m.agrees:  # the statement right before, in the same paragraph (at most one sentence between)
        before = [j for j, c in enumerate(kept) if c.span.end <= m.span.start
                  and view.paragraph(c.span.start) == view.paragraph(m.span.start)
                  and view.sentence_at(m.span.start) - view.sentence_at(max(c.span.end - 1, c.span.start)) <= 2]
        last = max(before, key=lambda j: kept[j].span.end) if before else None
        if last is not None and m.trigger is not None and m.trigger.start == m.span.start \
                and shared_terms(content_terms(view, m.span.start, m.span.end), art.terms[last]) < 1:
            return []  # "Indeed, the warning came far too late": a sentence the adverb opens goes on, it checks
            # nothing, unless it names what the statement says
        return [last] if last is not None else []
    if m.type == "confirmed" and lead is not None and kept[lead].span.end <= m.span.start \
            and view.paragraph(m.span.start) - view.paragraph(kept[lead].span.start) <= 1 and m.witnessed:
        return [lead]
    if m.named is not None:
        naming = [j for j, c in enumerate(kept) if c.span.end <= m.span.start
                  and any(_term_match(m.named, t) for t in art.terms[j])]
        group = synonym_of(view.lang, m.named[1]) or synonym_of(view.lang, m.named[0]) if not naming else None
        if group is not None:  # "The police confirmed the deaths" ~ "two patients had died": the noun's synonym
            # group (the language's ``predicate_synonyms``) is what the statement predicates
            naming = [j for j, c in enumerate(kept) if c.span.end <= m.span.start and group in predicate_words(view, c)]
        if naming:
            return [max(naming, key=lambda j: kept[j].span.end)]
        if m.type == "confirmed" and m.named[1] in view.lang.words("decision_nouns"):
            return _party_confirms_decision(art, m)
    return []


def _party_confirms_decision(art: Article, m) -> list[int]:
    """"SkyLark later confirmed the decision", "De inspectie bevestigt het besluit": the party a report is about
    confirms the decision it reports (the language's ``decision_nouns``): the nearest earlier statement, at most two
    paragraphs up, that names a name the confirming sentence names; else the lead, at most two paragraphs up."""
    view, kept = art.view, art.kept
    stop = view.lang.words("stopwords")
    names = {t.lower_ for t in view.span(m.span.start, m.span.end) or ()
             if t.is_alpha and t.text[:1].isupper() and t.lower_ not in stop and not t.is_sent_start}
    naming = [j for j, c in enumerate(kept) if c.span.end <= m.span.start
              and view.paragraph(m.span.start) - view.paragraph(c.span.start) <= 2
              and names & {t.lower_ for t in view.span(c.span.start, c.span.end) or ()}]
    if naming:
        return [max(naming, key=lambda j: kept[j].span.end)]
    lead = art.lead
    if lead is not None and kept[lead].span.end <= m.span.start \
            and view.paragraph(m.span.start) - view.paragraph(kept[lead].span.start) <= 2:
        return [lead]  # "Festival organisers have since confirmed the booking": with no name in common, the news
        # the article opens with
    return []


@RULES.rule("confirmation_links", ("linked",))
def confirmation_links(art: Article) -> None:
    """A confirmation with its own content ("De politie bevestigt dat …") also confirms the earlier statement of
    another source whose content it repeats (two content words in common, unless the statement stands just before
    it: ``links.LINK_WORDS``); with no such statement, a confirmation near the top (or by the party
    it concerns) confirms the lead statement, the news the article opens with ("Een 27-jarige man is zwaargewond
    geraakt. … Een woordvoerder van het ziekenhuis bevestigt dat de man daar op de intensive care ligt")."""
    for i, c in enumerate(art.kept):
        if not confirms(c):
            continue
        target = confirmed_by(art, i)
        if target is not None:
            speaker = art.by_id.get(c.speaker_id or "")
            etype = "corroborated" if speaker is not None and speaker.anonymous and c.speaker_head is not None \
                and _unofficial(art.view, c.speaker_head) else "confirmed"
            # ("Ook een tweede bron bevestigt dat …": an unnamed source's confirmation is a second account, not the
            # party's word, and outweighs no denial)
            art.add(target, _evidence("confirmation_links", etype, c.cue.span if c.cue else c.span))
        if ATTRIBUTION.has(c.via, "anaphoric"):
            # "Wethouder X laat weten dat ze het besluit betreurt. Dat bevestigt haar woordvoerder.": what the
            # confirmed sentence reports is confirmed with it
            for j, n in enumerate(art.kept):
                if j != i and c.span.start <= n.span.start and n.span.end <= c.span.end \
                        and n.speaker_id != c.speaker_id:
                    art.add(j, _evidence("confirmation_links", "confirmed", c.cue.span if c.cue else c.span))


@RULES.rule("confirmation_cue", ("own",))
def confirmation_cue(art: Article) -> None:
    """The statement's own cue confirms or admits it, not negated ("De politie bevestigt dat …", "She admitted
    that …"): the cue is the evidence."""
    for i, c in enumerate(art.kept):
        if c.cue is not None and confirms(c):
            if _relayed_inside(art, i):
                continue  # "Trump has admitted to ordering the payments, according to prosecutors": an admission
                # known only through another source's report is that source's account, not the party's own word
            art.add(i, _evidence("confirmation_cue", "confirmed", c.cue.span))
        elif c.kind != "direct":
            k = _passive_confirmation_in(art.view, c)
            if k is not None:  # "A second patient has been confirmed to have the virus, the minister said"
                art.add(i, _evidence("confirmation_cue", "confirmed", Span.of(art.view.text, *art.view.span_chars(k, k + 1))))


def _relayed_inside(art: Article, i: int) -> bool:
    """Statement ``i`` and its cue stand inside another statement of another speaker (a report nested in a report:
    "According to police, the man admitted that …")."""
    c = art.kept[i]
    return any(k != i and o.span.start <= c.span.start and c.span.end <= o.span.end and o.span != c.span
               and o.span.start <= c.cue.span.start < o.span.end and o.speaker_id != c.speaker_id
               for k, o in enumerate(art.kept))


def _passive_confirmation_in(view: TextView, c: Claim) -> int | None:
    """The main verb of a reported statement when it is a confirmation cue of the language in the passive, not
    negated ("… has been confirmed to have the virus", "Het overlijden is bevestigd", "… were confirmed by the
    ministry"): the statement reports a confirmation. Its token index, else None."""
    rng = view.span_range(c.span.start, c.span.end)
    if rng is None:
        return None
    a, b = rng
    deps, dep = view.deps, view.dep
    root = view.clause_root(a, b)
    if root is None or view.pos[root] != "VERB" or view.quote_of[root] >= 0:
        return None
    kids = view.children(root)
    if not any(dep[x] in deps.passive for x in kids) or view.negates_at(root):
        return None
    entries = cue_lexicon(view.lang).get(view.lemmas[root]) or ()  # (``cue_of`` answers no passive without agent)
    return root if any(e.type == "confirm" and not e.partner for e in entries) else None


@RULES.rule("hedge", ("own",))
def hedge(art: Article) -> None:
    """Hedges on the statement ("naar verluidt", "reportedly", "zou … hebben"), outside the speaker's own quoted
    words (``claims.status.signals.hedges``)."""
    for i, c in enumerate(art.kept):
        for h in hedges(art.view, c):
            art.add(i, _evidence("hedge", "hedge", h))


@RULES.rule("anonymous_source", ("own",))
def anonymous_source(art: Article) -> None:
    """The statement's speaker is anonymous ("een ingewijde", "a senior official"): the speaker mention is the
    evidence."""
    for i, c in enumerate(art.kept):
        speaker = art.by_id.get(c.speaker_id or "")
        if speaker is not None and speaker.anonymous and c.speaker is not None:
            art.add(i, _evidence("anonymous_source", "anonymous_source", c.speaker))


@RULES.rule("self_admission", ("own",))
def self_admission(art: Article) -> None:
    """The party concerned admits a fault in its own words: a statement that speaks of its speaker in the first
    person ("we", "ons", "I"), or reports it with a subject pronoun ("said he had made mistakes", "zei dat hij
    fouten had gemaakt"), and holds an admission phrase of the language's ``admission_phrases`` ("We made a
    mistake", "wij hebben ten onrechte de indruk gewekt"), or an apology of the language's ``apology_phrases`` in a
    statement that also says what went wrong (a second finite verb), not negated ("we made no mistake"), not hedged
    or asked: confirmed, the phrase is the evidence. Only a statement with a speaker (the party is known)."""
    view = art.view
    phrases = [*view.lang.get("admission_phrases", []), *view.lang.get("self_confirmation_phrases", [])]
    # (also a confirmation in the party's own words: "I can confirm that a man has been arrested")
    if not phrases:
        return
    persons = view.lang.words("first_person")
    apologies = view.lang.get("apology_phrases", [])  # (an apology alone admits nothing in particular)
    for i, c in enumerate(art.kept):
        if c.speaker is None or c.span.text.rstrip().endswith("?"):
            continue
        if art.negative[i] and negated(view, c.span.start, c.span.end, contrary=False):
            continue  # ("we made no mistake"; but "we were too little open", its contrary word no denial)
        toks = view.span(c.span.start, c.span.end)
        if toks is None:
            continue
        first = toks.start
        reported = c.kind != "direct" and view.lowers[first] in view.lang.get("subject_pronouns", {}) \
            and view.pos[first] == "PRON" and not (
                view.lowers[first] in view.lang.words("expletive_pronouns")
                and any(view.dep[k] in view.deps.copula for k in view.children(view.heads[first])))
        # (not the article "het", "noemt het besluit van de KNVB een vergissing", nor an expletive, "zei dat het een
        # vergissing was om …": neither is the speaker)
        if not reported and not any(view.lowers[k] in persons for k in range(toks.start, toks.end)):
            continue  # (reported speech of the speaker itself: "Mr Marsh said he had made mistakes")
        found = phrase_spans(view, phrases, c.span.start, c.span.end, skip_quotes=False)
        if not found and apologies:
            found = [sp for sp in phrase_spans(view, apologies, c.span.start, c.span.end, skip_quotes=False)
                     if _says_what_went_wrong(view, toks.start, toks.end, sp)]
            # ("We sent the wrong figures and we apologise": the apology owns up to what the statement says)
        if found and not hedges(view, c):
            art.add(i, _evidence("self_admission", "confirmed", found[0]))


def _says_what_went_wrong(view: TextView, a: int, b: int, apology: Span) -> bool:
    """Tokens [a, b) hold a finite verb of their own besides the apology at ``apology``, outside a relative clause
    ("We sent the wrong figures and we apologise"; not "We apologise to everyone whose train was late")."""
    return any(view.finite[k] and not apology.start <= view._starts[k] < apology.end
               and not view.in_relative_clause(k, a, b) for k in range(a, b))


@RULES.rule("party_confirms_report", ("pairwise",))
def party_confirms_report(art: Article) -> None:
    """The party a report is about says it in its own words: a statement whose subject names a source of the
    article ("Mayor Lisa Grant has resigned, the Echo reported") and a statement of that source in the first
    person with the report's main verb, not negated ("I have today resigned as mayor"; not "I have not
    resigned"), another speaker: the report is confirmed, the party's statement is the evidence."""
    view, kept = art.view, art.kept
    persons = view.lang.words("first_person")
    own: dict[str, list[tuple[int, set[str]]]] = {}  # speaker id -> its first-person statements, each with the
    # lemmas of the verbs it does not negate (worked out once per statement, not once per report)
    for j, c in enumerate(kept):
        toks = view.span_range(c.span.start, c.span.end) if c.speaker_id else None
        if toks is not None and any(view.lowers[k] in persons for k in range(*toks)):
            verbs = {view.lemmas[k] for k in range(*toks) if view.pos[k] == "VERB" and not view.negates_at(k)}
            own.setdefault(c.speaker_id, []).append((j, verbs))
    by_word: dict[str, list[str]] = {}  # a word of a source's name -> the sources it names (one look-up a report)
    for sid in own:
        if sid in art.by_id:
            for w in set(art.by_id[sid].name.lower().split()):
                by_word.setdefault(w, []).append(sid)
    for i, c in enumerate(kept):
        subject = _content_subject(view, c) if by_word and not art.negative[i] else None
        if subject is None:
            continue
        root, words = subject
        named = {sid for w in words for sid in by_word.get(w, ())}
        for sid in own:
            if sid not in named or sid == c.speaker_id:
                continue
            d = next((j for j, verbs in own[sid] if view.lemmas[root] in verbs), None)
            if d is not None:
                art.add(i, _evidence("party_confirms_report", "confirmed", kept[d].span))


def _content_subject(view: TextView, c: Claim) -> tuple[int, set[str]] | None:
    """(root verb, the lower-cased capitalised words of its subject) of a reported statement whose main clause
    has a verb and a named subject, else None."""
    if c.kind == "direct" or c.speaker_id is None:
        return None
    rng = view.span_range(c.span.start, c.span.end)
    if rng is None:
        return None
    a, b = rng
    heads, dep, pos = view.heads, view.dep, view.pos
    root = view.clause_root(a, b)
    if root is None or pos[root] != "VERB":
        return None
    subject = next((k for k in range(a, root) if heads[k] == root and dep[k] in view.deps.nominal_subject), None)
    if subject is None:
        return None
    lo, hi = view.np_range(view.doc[subject])
    words = {view.lowers[k] for k in range(lo, hi) if view.texts[k][:1].isupper() and view.alphas[k]}
    return (root, words) if words else None


@RULES.rule("admission_goes_on", ("linked",))
def admission_goes_on(art: Article) -> None:
    """An admission goes on in the admitter's own words: the quote right after "X erkent dat …", same speaker,
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
            art.add(nxt, _evidence("admission_goes_on", "confirmed", p.cue.span))


@RULES.rule("corroboration", ("pairwise",))
def corroboration(art: Article) -> None:
    """Corroboration by a second, independent speaker: the same content in similar words, in other words with the
    same nouns and figures, the same figure written otherwise, or one sentence of a longer statement. Not between
    opinions, a forecast and a report of what happened, different figures, one utterance quoted twice, a heading
    and the entry it sums up, two anonymous sources, a source that is only an unresolved pronoun, or two speakers
    each speaking of themselves or their listener ("I", "we", "you")."""
    kept = art.kept
    partners = _partners(art)
    if partners is not None and not any(partners):
        return  # (no two statements that could corroborate each other, whatever their words: nothing to compare)
    parts = part_table(art)
    pairs = list(_corroborating_pairs(art, parts, partners))
    disputes = {k: [e for e in art.evidence[k] if e.type in ("denied", "disputed")] for p in pairs for k in p}
    for i, j in pairs:
        art.add(i, _evidence("corroboration", "corroborated", kept[j].span))
        art.add(j, _evidence("corroboration", "corroborated", kept[i].span))
        for x, y in ((i, j), (j, i)):
            sentence = kept[y].sentence or (kept[y].span.start, kept[y].span.end)
            for e in disputes[x]:  # "The union said the plant would close. Northwind denied it. A council spokesman
                if not sentence[0] <= e.span.start < sentence[1]:  # said it would close": the denial stands
                    art.add(y, Evidence(e.type, e.span, e.rule))  # against both (not one in y's own sentence)


def _relays(view, c) -> bool:
    """The statement holds another report inside it, a speech cue with its complementizer ("… the article in which
    the paper claimed that …") or after a relay marker ("the ministry as saying …"; the language's
    ``relay_markers``): what follows is relayed as someone's claim, not asserted."""
    comps = view.lang.words("complementizers") - view.lang.words("interrogative_complementizers")
    span = view.span_range(c.span.start, c.span.end)  # (by token index: the view's lists and the text's cues)
    quote_of, pos, lowers, cues = view.quote_of, view.pos, view.lowers, _about_cues(view)
    relay = view.lang.words("relay_markers")
    toks = [i for i in range(*span) if quote_of[i] < 0] if span is not None else []
    for k, i in enumerate(toks[:-1]):
        # (``cue_of`` of a verb outside quotes: kept per text by ``_about_cues``, None for one that cannot be a cue)
        entry = cues.get(i) if pos[i] == "VERB" else None
        if entry is not None and entry.type == "speech" and (any(lowers[x] in comps for x in toks[k + 1:k + 3])
                                                              or k > 0 and lowers[toks[k - 1]] in relay):
            return True  # ("cited the ministry as saying the plant was closed": the ministry's word, relayed)
        if pos[i] == "VERB" and i in cues and _told(view, i, entry) and _reported_clause_within(view, i, span):
            return True  # "he had been told the factory would close", "hem was verteld dat …": what he was told
    return False


def _told(view, i: int, entry) -> bool:
    """The cue word at token ``i`` is a speech verb, or a cue verb in the passive (which ``cue_of`` does not take
    for a cue) whose subject, who was told, is a pronoun: the speaker's hearsay ("he had been told", "hem was
    verteld"; not "the crew had been told", a fact the statement reports)."""
    if entry is not None:
        return entry.type == "speech"
    dep, deps, kids = view.dep, view.deps, view.children(i)
    return any(dep[c] in deps.passive_auxiliary for c in kids) \
        and any(view.pos[c] == "PRON" and (dep[c] in deps.passive_subject or dep[c] in deps.indirect_object)
                for c in kids)


def _reported_clause_within(view, i: int, span: tuple[int, int]) -> bool:
    """The speech verb at token ``i`` has a clausal complement after it within the token range ``span``, without a
    complementizer ("told the factory would close")."""
    dep, deps = view.dep, view.deps
    return any(dep[g] in deps.clausal_complement and i < g < span[1] for g in view.children(i))


def _sets_aside(view, a, b) -> bool:
    """Statement ``a`` sets aside, with a contrast phrase of the language (``contrast_phrases``: "rather than",
    "in plaats van"), a word that statement ``b`` says: within the three words after the phrase, one of ``b``'s
    words (or one with the same first five letters)."""
    lowered = a.span.text.lower()
    # (a phrase found among ``words_a`` has each of its words there, and every word of ``words_a`` is a piece of
    # ``lowered``: a phrase with a word that is no substring of ``lowered`` cannot match, and with none left nothing
    # is set aside)
    phrases = [phrase for phrase in view.lang.get("contrast_phrases", []) if all(w in lowered for w in phrase.split())]
    if not phrases:
        return False
    stop = view.lang.words("stopwords")
    words_a = re.findall(r"\w+", lowered)
    words_b = set(re.findall(r"\w+", b.span.text.lower()))
    stems_b = {w[:5] for w in words_b if len(w) >= 5}
    for phrase in phrases:
        p = phrase.split()
        for k in range(len(words_a) - len(p) + 1):
            if words_a[k:k + len(p)] == p:
                after = [w for w in words_a[k + len(p):k + len(p) + 4] if w not in stop][:3]
                if any(w in words_b or len(w) >= 5 and w[:5] in stems_b for w in after):
                    return True
    return False


def _headline_line(view, c) -> bool:
    """The statement stands in the article's first line, which ends without a full stop: the headline."""
    text = view.text
    end = text.find("\n")
    end = len(text) if end < 0 else end
    return c.span.end <= end and text[:end].rstrip().rstrip(CLOSERS)[-1:] not in SENTENCE_END


def _names(view, c) -> frozenset[str]:
    """What a statement names: its capitalised words other than its first, days and months left out. Two statements
    that both name something and nothing the same are about different places, people or bodies."""
    times = view.lang.words("time_words")
    return frozenset(w for w in capitalised(c.span.text) if w.lower() not in times)


PAIRS_AT_ONCE = 256  # up to this many statements, ``_partners`` tests every pair (beyond, the blocking alone)


def _partners(art: Article) -> list[set[int]] | None:
    """For every statement ``i``, the later statements ``j`` that pass the tests of ``_corroborating_pairs`` that
    compare no words (each one of its tests, asked first): no opinion, no headline that repeats the article, no
    heading in the body as the later one, independent sources, a second source, no heading over its own entry, no
    figures that differ, no forecast beside a report of what happened. None for an article of more than
    ``PAIRS_AT_ONCE`` statements (testing every pair would cost the square of their number)."""
    view, kept, opinion, figs = art.view, art.kept, art.opinion, art.figs
    n = len(kept)
    if n > PAIRS_AT_ONCE:
        return None
    heads = [heading(view, c) for c in kept]
    earlier = [not (opinion[i] or ATTRIBUTION.has(a.via, "colon_frame") and view.paragraph(a.span.start) == 0
                    or _headline_line(view, a) and not ATTRIBUTION.has(a.via, "framed")) for i, a in enumerate(kept)]
    later = [not (opinion[j] or heads[j] and view.paragraph(b.span.start) > 0) for j, b in enumerate(kept)]
    expects = art.expects
    return [{j for j in range(i + 1, n) if later[j] and expects[i] == expects[j]
             and independent(kept[i], kept[j], art.sources)
             and art.second_source(kept[i], kept[j]) and not (heads[i] and art.paragraphs_apart(j, i) == 1)
             and not figures_differ(figs[i], figs[j])} if earlier[i] else set() for i in range(n)]


def _partner_candidates(art: Article, parts, partners: list[set[int]]) -> list[list[int]]:
    """For every statement ``i``, the partners ``j`` (``_partners``) whose words can pass the last test of
    ``_corroborating_pairs``, in order, found without any similarity table: ``similar`` needs two shared content
    words (both its ways do), ``same_figure`` is asked as it is, and ``parts_corroborate`` needs a pair of parts
    that passes its own tests that compare no words (``_parts_may_corroborate``). A superset of the pairs that
    corroborate; the TF-IDF tables are built only when a pair reaches a test that reads them (an article whose
    partners share no words builds none). Coupling: every test here is a copy of one in ``similar`` or
    ``parts_corroborate``; a change there must be made here too."""
    negative, terms, figs = art.negative, art.terms, art.figs
    matches = word_matches(art.view)
    words = [({t[0] for t in ts}, {t[1] for t in ts}) for ts in terms]  # (each statement's surface forms and lemmas)
    out = []
    for i, js in enumerate(partners):
        found = []
        own = one_per_lemma(terms[i]) if js else []  # (``_shares_two``'s terms of statement i, once for its partners)
        for j in sorted(js):
            if negative[i] == negative[j] and (_shares_two_of(own, words[j], matches) or same_figure(figs[i], figs[j])) \
                    or _parts_may_corroborate(parts, i, j):
                found.append(j)
        out.append(found)
    return out


def _shares_two(terms: list[tuple[str, str]], words: tuple[set[str], set[str]], matches) -> bool:
    """``shared_terms(terms, other) >= 2``, with ``words`` the other statement's surface forms and lemmas apart and
    ``matches`` the text's ``WordMatches``: a term matches a term of the other (``_term_match``) when the words that
    ``_same_word`` its surface form, or its lemma, meet the other's (every term of a statement is a word of the
    text, so the text's matches are all there are)."""
    return _shares_two_of(one_per_lemma(terms), words, matches)  # (as ``shared_terms`` counts: one term per lemma)


def _shares_two_of(own: list[tuple[str, str]], words: tuple[set[str], set[str]], matches) -> bool:
    """``_shares_two`` with the first statement's terms given one per lemma (``one_per_lemma``, once per statement);
    a word's matches are asked only as far as the count needs them."""
    n = 0
    for t in own:
        if not matches.of(0, t[0]).isdisjoint(words[0]) or not matches.of(1, t[1]).isdisjoint(words[1]):
            n += 1
            if n >= 2:
                return True
    return False


def _parts_may_corroborate(table, i: int, j: int) -> bool:
    """A pair of parts of statements ``i`` and ``j`` passes the tests of ``parts_corroborate`` that compare no words
    (a statement of two sentences or more, the same polarity, no figures that differ, both parts assertions)."""
    if len(table.of[i]) == 1 and len(table.of[j]) == 1:
        return False
    negated, figures, asserts = table.negated, table.figures, table.asserts
    return any(negated[x] == negated[y] and asserts[x] and asserts[y] and not figures_differ(figures[x], figures[y])
               for x in table.of[i] for y in table.of[j])


def _corroborating_pairs(art: Article, parts, partners: list[set[int]] | None = None):
    """The pairs (i, j), i before j, that corroborate each other, in order (``partners``: ``_partners(art)``, or
    None: every pair)."""
    view, kept, figs, opinion = art.view, art.kept, art.figs, art.opinion
    # the pairs that can pass the tests below: of the pairs that pass those that compare no words, those whose
    # words can pass the others
    candidates = corroboration_candidates(art, parts, partners) if partners is None \
        else _partner_candidates(art, parts, partners)
    # per statement, worked out when a pair first asks (not once per pair)
    relayed = cache(lambda k: _relays(view, kept[k]))
    hedged = cache(lambda k: _hedged(art, k) or _speculative(view, kept[k]))
    named = cache(lambda k: _names(view, kept[k]))
    designated = cache(lambda k: codes(view, kept[k].span.start, kept[k].span.end))
    predicates = cache(lambda k: predicate_words(view, kept[k]))
    contents = cache(lambda k: content_words(view, kept[k]))
    ends = cache(lambda k: end_predicate(view, kept[k]))
    personal = cache(lambda k: _of_the_speaker(view, kept[k]))
    speaking = cache(lambda k: _speech_act_subject_words(view, kept[k]))
    named_source = cache(lambda k: _source_names(art, kept[k]))
    possessed = cache(lambda k: _possessed_subject(view, kept[k]))

    for i, a in enumerate(kept):
        for j in candidates[i]:
            b = kept[j]
            if not independent(a, b, art.sources):
                continue
            if not art.second_source(a, b):
                continue  # an unresolved "he" is nobody known, two anonymous sources may be one
            if ATTRIBUTION.has(a.via, "colon_frame") and view.paragraph(a.span.start) == 0:
                continue  # a headline quote ("Klimaatonderzoeker: 'We bouwen …'") repeats one from the article
            if heading(view, a) and art.paragraphs_apart(j, i) == 1:
                continue  # a liveblog heading sums up the entry beneath it ("20.05 Oppositie: 'Minister heeft …'")
            if heading(view, b) and view.paragraph(b.span.start) > 0:
                continue  # a heading in the body sums up what follows it, not a source for what stands above it
            if _headline_line(view, a) and not ATTRIBUTION.has(a.via, "framed"):
                continue  # "… not ready before winter, engineers say" over the lead that says it: one account
            if figures_differ(figs[i], figs[j]) or opinion[i] or opinion[j] or art.same_utterance(i, j):
                continue
            if art.word_for_word(i, j) and _one_account(art, a, b):
                continue  # the same words, word for word, and one source a common noun for the other ("The
                # services also forecast …" under the standfirst's "The Weather Service forecast …"): one account
                # repeated, not a second source (and not an agreement: ``agreement``)
            if art.expects[i] != art.expects[j]:
                continue  # a forecast and a report of what happened are two facts, whatever words they share
            if relayed(i) or relayed(j):
                continue  # "… the blog post in which it claimed that X": it reports X as a claim, it does not assert it
            if hedged(i) or hedged(j):
                continue  # "X was projected to win", "X zou hebben …": what its own words hedge backs nothing; nor
                # does what may happen ("the operator may shed a tenth of its crews" is not backed by an old plan
                # to shed a tenth, nor "a deal could be signed before Friday's vote" by a vote moved to Friday)
            if _sets_aside(view, a, b) or _sets_aside(view, b, a):
                continue  # "the bees might be judging distance rather than numbers": the shared word is what one of
                # them sets aside, not what both say
            if named(i) and named(j) and not named(i) & named(j) and not same_figure(figs[i], figs[j]):
                continue  # "new cases in Ostia" and "new cases in Varna": words alike, other subjects
            if codes_differ(designated(i), designated(j)):
                continue  # "runs 707s and A300s" / "uses the A300 and the Boeing 737": other models, other facts
            if not speaking(i).isdisjoint(named_source(j)) or not speaking(j).isdisjoint(named_source(i)):
                continue  # "Fenwick attacked the council for ignoring the bypass, the Post reports" and "According to
                # Fenwick, the council ignored the bypass": the paper tells of Fenwick's words, it does not back them
            if personal(i) and personal(j):
                continue  # "I work six days a week" and "You have to work six days a week here": each speaker's "I",
                # "we" or "you" is someone else, whatever words the two share
            if possessed(i) and possessed(i) == possessed(j) and _bodies(art, a) and _bodies(art, b):
                continue  # "The Maas hospital says its emergency ward stays open" and "The River hospital says its
                # emergency ward stays open": two bodies, each speaking of its own (when in doubt, unconfirmed)
            if _rebuts(art, i, j):
                continue  # "Police said the driver was drunk. His lawyer rejected that, saying the driver had drunk
                # nothing": a rebuttal in shared words is no agreement
            polarity = art.negative[i] == art.negative[j]
            if polarity and same_figure(figs[i], figs[j]) and not _counts_other_things(view, a, b) \
                    and (shares_a_word(contents(i), contents(j)) or written_otherwise(figs[i], figs[j])) \
                    or (polarity and similar(art, i, j) or parts_corroborate(parts, i, j, art.sentence_terms)) \
                    and says_the_same(predicates(i), contents(i), predicates(j), contents(j)) \
                    and not predicates_clash(ends(i), contents(i), ends(j), contents(j)):
                # (the same predicate: "cases trail the true number" does not back "cases passed one million",
                # nor "90% came out cured" a "mortality as high as 90%": shared subjects, figures or settings
                # with different things said of them are two statements; a shared figure needs a word in common
                # besides, or to be put in other words: "36 suspects were charged" and "the 36 must stand trial"
                # share only the number, "212 jobs go" and "some two hundred people lose their job" one fact)
                yield i, j


def _speech_act_subject_words(view, c) -> frozenset[str]:
    """The capitalised words, lower case, of who the statement says spoke or acted with words: the subject of its
    clause when that clause's verb is a cue, judging or characterising verb of the language (``cue_verbs``,
    ``judging_cues``, ``characterization_cues``), and the words before such a verb among its first five words (the
    verb the parser did not make the root: "Fenwick today lambasted …" read as a noun phrase). A statement whose
    words meet another's speaker's name relays that speaker's side, whoever reports it (``_corroborating_pairs``)."""
    rng = view.span_range(c.span.start, c.span.end)
    if rng is None:
        return frozenset()
    verbs, pos, texts = _speech_act_verbs(view.lang), view.pos, view.texts
    words: set[str] = set()
    root = view.clause_root(*rng)
    if root is not None and pos[root] in ("VERB", "AUX") and _lemma_at(view, root, verbs) is not None:
        for k in view.children(root):
            if view.dep[k] in view.deps.nominal_subject:
                words.update(view.lowers[t] for t in view.subtree(k) if texts[t][:1].isupper())
    first = next((k for k in range(rng[0], min(rng[1], rng[0] + 5))
                  if pos[k] == "VERB" and _lemma_at(view, k, verbs) is not None), None)
    if first is not None:
        words.update(view.lowers[t] for t in range(rng[0], first) if texts[t][:1].isupper())
    return frozenset(words)


@lru_cache(maxsize=None)
def _speech_act_verbs(lang) -> frozenset[str]:
    """The language's verbs of saying, judging and characterising (the single-word cue lemmas of ``cue_verbs``,
    ``judging_cues``, ``characterization_cues``)."""
    return _cue_words(lang) | lang.words("judging_cues") | lang.words("characterization_cues")


def _of_the_speaker(view, c) -> bool:
    """The statement's clause has a speech participant as its subject, a pronoun of the language's ``first_person``
    ("I", "we", "you", "ik", "wij", "je"): the speaker speaks of themselves or their listener."""
    rng = view.span_range(c.span.start, c.span.end)
    root = view.clause_root(*rng) if rng is not None else None
    if root is None:
        return False
    first, dep, subject = view.lang.words("first_person"), view.dep, view.deps.subject
    return any(dep[k] in subject and view.lowers[k] in first for k in view.children(root))


def _possessed_subject(view, c) -> str:
    """The possessive determiner of the language's ``possessive_determiners`` on the subject of the statement's
    clause ("its emergency ward stays open", "zijn spoedeisende hulp blijft open"), lower case, else ""."""
    rng = view.span_range(c.span.start, c.span.end)
    root = view.clause_root(*rng) if rng is not None else None
    if root is None:
        return ""
    owners, dep, deps = view.lang.words("possessive_determiners"), view.dep, view.deps
    for k in view.children(root):
        if dep[k] in deps.subject:
            return next((view.lowers[g] for g in view.children(k) if view.lowers[g] in owners and g < k), "")
    return ""


def _bodies(art: Article, c) -> bool:
    """The statement's speaker is no person: an organisation, a group, or a source of unknown kind."""
    speaker = art.by_id.get(c.speaker_id) if c.speaker_id else None
    return speaker is not None and speaker.type in ("organization", "group", "unknown")


def _speculative(view, c) -> bool:
    """The statement says what may happen, not what is: the verb of its clause (or of its first sentence) has an
    auxiliary of the language's ``possibility_modals`` ("may", "might", "could"; "zou kunnen" counts by its "kunnen"
    word) without a negation ("could not find" is a fact), or a condition in the statement hangs on it ("if the
    merger goes ahead, 300 jobs will go", "als de fusie doorgaat, verdwijnen er 300 banen": the language's
    ``conditional_markers`` opening a clause on that verb)."""
    modals = view.lang.words("possibility_modals")
    conditions = view.lang.words("conditional_markers")
    rng = view.span_range(c.span.start, c.span.end) if modals or conditions else None
    if rng is None:
        return False
    root = view.clause_root(*rng)
    if root is None:
        return False
    negations = view.lang.words("negations")
    kids = view.children(root)
    if any(view.lowers[k] in modals and view.pos[k] == "AUX" and k < root for k in kids) \
            and not any(view.lowers[k] in negations for k in kids):
        return True
    return any(view.dep[k] in view.deps.adverbial_clause and rng[0] <= k < rng[1] and _conditional(view, k)
               for k in kids)


def _hedged(art: Article, k: int) -> bool:
    """Statement ``k``'s own words hedge it (``status:hedge`` found on it): it neither backs nor is backed by
    another (``corroboration``, ``agreement``)."""
    return any(e.type == "hedge" for e in art.evidence[k])


def _rebuts(art: Article, i: int, j: int) -> bool:
    """Statement ``i`` carries a denial or dispute (found before corroboration by the sentences about statements)
    that stands in the sentence of ``j``, a later statement (pairs come earlier first): ``j`` is the rebuttal of
    ``i``."""
    if art.kept[j].span.start <= art.kept[i].span.start:
        return False
    a, b = art.kept[j].sentence or (art.kept[j].span.start, art.kept[j].span.end)
    return any(e.type in ("denied", "disputed") and a <= e.span.start < b for e in art.evidence[i])


def _counts_other_things(view: TextView, a: Claim, b: Claim) -> bool:
    """Both statements count something with the same figure, and what one counts the other names without counting
    it ("at least 40 people have died" / "40 relief camps had been opened for people who lost their homes"): the
    figure counts another thing there, and is no shared fact. (Counted nouns that differ but are not named in the
    other statement may be one fact in other words: "212 arbeidsplaatsen" / "ruim tweehonderd mensen".)"""
    def nouns(c: Claim) -> tuple[set[str], set[str]]:
        rng = view.span_range(c.span.start, c.span.end)
        if rng is None:
            return set(), set()
        heads, pos, lemmas = view.heads, view.pos, view.lemmas
        counted = {lemmas[heads[k]] for k in range(*rng)
                   if (pos[k] == "NUM" or view.like_nums[k]) and heads[k] != k and pos[heads[k]] == "NOUN"}
        return counted, {lemmas[k] for k in range(*rng) if pos[k] == "NOUN"}
    (x, named_a), (y, named_b) = nouns(a), nouns(b)
    return bool(x) and bool(y) and not x & y and bool(x & named_b or y & named_a)


#: what share of the shorter statement's distinct content words an agreeing statement must have in common with the
#: one it agrees with: "benzine" is one of three words of a short finding and its point; "library" is one of six
#: words of a tribute and only its subject (the same number or ordinal is always enough: "the fourth fire" /
#: "indeed the fourth time")
AGREEMENT_SHARE = 0.25
#: a single word in common found in more sentences than this (the two statements' own) is the article's topic
TOPIC_SENTENCES = 2


@RULES.rule("agreement", ("pairwise",))
def agreement(art: Article) -> None:
    """A statement that agrees in so many words ("zegt dat het inderdaad de derde keer is", "indeed", "The BBC
    also reported") corroborates the earlier statement of another source (within two paragraphs, not a headline)
    that it repeats best (``_agreement_score``) of those that say the same (``_agrees_on_content``), and is
    corroborated by it. Not a statement its own words hedge, on either side (as for ``corroboration``)."""
    view, kept = art.view, art.kept
    hedged = [_hedged(art, k) for k in range(len(kept))]
    for i, a in enumerate(kept):
        if a.speaker_id is None or not agreeing(view, a) or art.opinion[i] or hedged[i]:
            continue  # ("He too suggested a hypothetical scenario, in which …": a hedged guess agrees with nothing)
        earlier = [j for j in range(len(kept)) if kept[j].span.end <= a.span.start
                   and independent(a, kept[j], art.sources) and not art.cites(kept[j], a)
                   and art.known(a.speaker_id) and art.known(kept[j].speaker_id) and not art.speaks_for(a, kept[j])
                   and not art.one_party(a, kept[j])
                   and art.negative[i] == art.negative[j]
                   and not ATTRIBUTION.has(kept[j].via, "headline") and art.paragraphs_apart(i, j) <= 2]
        last = max((j for j in range(len(kept)) if kept[j].span.end <= a.span.start
                    and kept[j].speaker_id != a.speaker_id), key=lambda j: kept[j].span.end, default=None)
        own = _possessed_subject(view, a) if _bodies(art, a) else ""
        sharing = [j for j in earlier if _agrees_on_content(art, i, j, one_word=j == last)
                   and not art.same_utterance(i, j) and not art.opinion[j] and not hedged[j]
                   and not (art.word_for_word(i, j) and _one_account(art, a, kept[j]))
                   and not (own and own == _possessed_subject(view, kept[j]) and _bodies(art, kept[j]))]
        # ("Ook het Rivierenziekenhuis zegt dat zijn spoedeisende hulp open blijft": its own ward, not the other's)
        # the one it repeats best, not the nearest ("Ook De Telegraaf schrijft dat …" repeats the lead two
        # statements up, not an anonymous figure just before that shares a word); the nearer one of equals
        best = max(sharing, key=lambda j: (_agreement_score(art, i, j), kept[j].span.start), default=None)
        if best is not None:
            art.add(i, _evidence("agreement", "corroborated", kept[best].span))
            art.add(best, _evidence("agreement", "corroborated", a.span))


def _one_account(art: Article, a: Claim, b: Claim) -> bool:
    """One statement's source is named only by a common noun (no name words, ``SourceWords.names``) whose lemma is
    a word of the other source's name or ends one ("the services" for "the South African Weather Service", "de
    diensten" for "de Weerdienst"): the same body, however the speakers were clustered."""
    view = art.view
    for x, y in ((a, b), (b, a)):
        head = view.lemmas[x.speaker_head] if x.speaker_head is not None else ""
        if not _source_names(art, x) and len(head) >= 4 and any(w == head or w.endswith(head)
                                                                 for w in _source_names(art, y)):
            return True  # (the last part of a compound name too: "de diensten" for "de Weerdienst")
    return False


def _source_names(art: Article, c: Claim) -> frozenset[str]:
    """The name words of the statement's source (``SourceWords.names``); none for a statement without a source."""
    return art.sources.get(c.speaker_id, NO_SOURCE_WORDS).names if c.speaker_id else frozenset()


def _agrees_on_content(art: Article, i: int, j: int, one_word: bool = True) -> bool:
    """Statement ``i``, which agrees in so many words, says what statement ``j`` says: the same figure or number, or
    a large enough share of the shorter one's content words (``AGREEMENT_SHARE``). One word in common counts only
    when no other sentence of the article has it: a word the article keeps repeating is its topic ("het bevriezen"
    in the headline, the lead and an anonymous figure), not what the two say ("petrol" in "the fire service
    confirmed that petrol had been used" and "investigators also found the fire had been set with petrol").
    ``one_word``: whether one word in common can be enough at all — only for the statement right before the one
    that agrees; further up, "Ook premier X zegt dat het kabinet vasthoudt aan de doelen" does not agree with an
    action group's "tot het kabinet de plannen intrekt" through "kabinet" alone."""
    a, b = art.terms[i], art.terms[j]
    if content_overlap(a, b, art.sentence_terms) <= 0:
        return False  # (nothing in common, or different figures)
    if same_figure(art.figs[i], art.figs[j]) or _shares_a_number(art.view, a, b):
        return True
    shorter = min(len(set(a)), len(set(b)))
    shared = [t for t in dict.fromkeys(a) if any(_term_match(t, x) for x in b)]
    if len(shared) < AGREEMENT_SHARE * shorter:
        return False
    return len(shared) >= 2 or one_word and art.sentence_terms.df(shared[0]) <= TOPIC_SENTENCES


def _agreement_score(art: Article, i: int, j: int) -> tuple[bool, float]:
    """How well statement ``i`` repeats statement ``j``: first whether they give the same figure, number or ordinal
    ("indeed the third time" repeats "the third explosion", not "something exploded"), then their content
    overlap."""
    a, b = art.terms[i], art.terms[j]
    return (same_figure(art.figs[i], art.figs[j]) or _shares_a_number(art.view, a, b),
            content_overlap(a, b, art.sentence_terms))


def _shares_a_number(view: TextView, a: list[tuple[str, str]], b: list[tuple[str, str]]) -> bool:
    """Both statements hold the same number or ordinal ("the fourth fire" / "indeed the fourth time", "de derde
    storing" / "al de derde keer"): words of the language's ``number_words`` or ``ordinal_words``, or digits."""
    words = view.lang.words("ordinal_words") | set(view.lang.get("number_words", {}))
    numbers = {t for t in a if t[0] in words or t[0].startswith("#")}
    return any(_term_match(t, x) for t in numbers for x in b)


@RULES.rule("heading_shares_status", ("inherited",))
def heading_shares_status(art: Article) -> None:
    """A headline or liveblog heading that sums up a statement of the article shares that statement's confirming
    and blocking evidence ("Onderzoekers: tijgermug heeft Nederlandse winter overleefd" is confirmed when the
    body's statement is)."""
    view, kept = art.view, art.kept
    for i, a in enumerate(kept):
        if not heading(view, a) and not _headline_line(view, a):
            continue  # (also a headline with its cue: "Bangladesh reports five new deaths" sums up the body's
            # "Bangladesh has confirmed five new deaths")
        best = _body_statement(art, i)
        if best is not None:
            art.evidence[i].extend(_evidence("heading_shares_status", e.type, e.span) for e in art.evidence[best]
                                   if e.type in CONFIRMING + BLOCKING and e.span != a.span)


def _body_statement(art: Article, i: int) -> int | None:
    """The statement of the body that heading ``i`` sums up: of those no heading that say the same (``similar``,
    the same polarity), the most similar; None when none does. (Up to ``PAIRS_AT_ONCE`` statements every other one
    is asked: ``similar`` asks for shared words before it reads the similarity table, so a heading that shares none
    with the statements builds no table and no blocking index; beyond, the blocking keeps the cost linear.)"""
    view, kept = art.view, art.kept
    others = range(len(kept)) if len(kept) <= PAIRS_AT_ONCE else sorted(art.blocks.similar(i))
    body = [j for j in others if j != i and not heading(view, kept[j])
            and art.negative[i] == art.negative[j] and similar(art, i, j)]
    return max(body, key=lambda j: art.sims[i][j]) if body else None


@RULES.rule("single_source", ("default",))
def single_source(claim: Claim, evidence: list[Evidence]) -> list[Evidence]:
    """Nothing confirms or corroborates the statement: it rests on its one source (the speaker mention, or the
    statement itself when it has none)."""
    if {e.type for e in evidence} & set(CONFIRMING):
        return []
    return [_evidence("single_source", "single_source", claim.speaker or claim.span)]


# the rules that run on the Article, in this order (answered_statement before, single_source after)
STEPS = tuple(RULES[name] for name in (
    "sentence_about_statement", "confirmation_links", "confirmation_cue", "hedge", "anonymous_source",
    "self_admission", "admission_goes_on", "party_confirms_report", "corroboration", "agreement",
    "heading_shares_status"))
