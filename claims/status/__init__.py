"""Status: is each statement confirmed or unconfirmed, and on what evidence?

Evidence comes from the article itself: hedges around the claim, sentences *about* statements (non-confirmation,
denial, dispute, confirmation, the reporter's own verification) linked to the claim they concern, corroboration
by a second independent speaker, the speaker's anonymity, single-sourcing. Each kind of evidence is found by one
registered rule (``claims.status.rules.RULES``; every Evidence records its rule's id). Rules decide; the calibrated
model in ``claims.confidence`` gives the confidence. Statements that only deny or fail to confirm another statement
("X ontkent dat …" answering a claim in the article) become evidence on that claim and are not statements.

The package: ``rules`` (the registered rules), ``signals`` (hedges and sentences about statements), ``links``
(which statement such a sentence concerns), ``article`` (what the rules share about one article), ``terms``
(comparing texts by their words) and ``blocking`` (the pairs of statements that can matter in a long text).
"""
from __future__ import annotations

from dataclasses import replace

from ..confidence import BLOCKING, CONFIRMING, decide
from ..model import Claim, Evidence, Speaker
from ..textview import TextView
from .article import Article, ngram_counts, timeline
from .blocking import SimilarityTable, _Blocks
from .rules import RULES, STEPS, answered_statement, single_source
from .signals import confirms
from .terms import SentenceTerms, TermIndex, _similarity, _term_match, content_overlap, holds

__all__ = ["RULES", "assess", "settle", "rule_status",
           # the comparisons and indexes, for tests that check them against a full scan
           "SentenceTerms", "SimilarityTable", "TermIndex", "_Blocks", "_similarity", "_term_match", "content_overlap"]


def assess(view: TextView, claims: list[Claim], speakers: list[Speaker], use_model: bool = True) -> list[Claim]:
    """Collect evidence for every claim and decide its status; returns new Claims for the statements that remain
    (the ones given are not changed). ``use_model=False`` leaves the rules' decision and no confidence (for
    training the model)."""
    sims = SimilarityTable([c.span.text for c in claims], store=ngram_counts(view))
    kept, answered = answered_statement(view, claims, sims)
    art = Article.of(view, [claims[i] for i in kept], speakers, sims.subset(kept),
                     [answered.get(i, []) for i in kept])
    for rule in STEPS:
        rule.run(art)
    when = timeline(view)
    return [settle(c, art.evidence[i], i in art.verified, when, use_model, _only_refusals(view, art.evidence[i]))
            for i, c in enumerate(art.kept)]


def _only_refusals(view: TextView, evidence: list[Evidence]) -> bool:
    """Every non-confirmation of the statement is somebody's refusal to comment ("declined to comment", "wil niet
    reageren"; the language's ``comment_words``), not "could not be verified": silence, which contradicts nothing."""
    found = [e for e in evidence if e.type == "not_confirmed"]
    return bool(found) and all(holds(view, e.span.start, e.span.end, "comment_words") for e in found)


def settle(claim: Claim, evidence: list[Evidence], verified: bool, when, use_model: bool = True,
           refusals: bool = False) -> Claim:
    """The statement with its evidence (``single_source`` added when nothing confirms it; sorted, each piece once)
    and its status: the rules' decision, then the model's status and confidence when ``use_model``. ``refusals``:
    its non-confirmations are all refusals to comment (``rule_status``)."""
    evidence = evidence + single_source(claim, evidence)
    status = rule_status(claim, evidence, verified, when, refusals)
    out = replace(claim, status=status, evidence=sorted(set(evidence), key=lambda e: (e.span.start, e.span.end, e.type)))
    if use_model:
        status, confidence = decide(out)
        out = replace(out, status=status, confidence=confidence)
    return out


_ABOUT = RULES["sentence_about_statement"].id  # (the rule of confirmations that are about a statement)


def rule_status(claim: Claim, evidence: list[Evidence], verified: bool, when, refusals: bool = False) -> str:
    """Confirmed when something confirms the statement and nothing blocks it, or when the article's last word on
    it is a confirmation; otherwise unconfirmed. ``verified``: the reporter checked it for themselves, which
    outweighs a party's denial or silence; ``when``: the article's order of events (``timeline``); ``refusals``:
    its non-confirmations are all refusals to comment, which do not undo a second source's corroboration."""
    types = {e.type for e in evidence}
    blocking = set(BLOCKING)
    if confirms(claim):
        blocking.discard("not_confirmed")  # "X bevestigt dat …" is not undone by a no-comment elsewhere
    if refusals and "corroborated" in types:
        blocking.discard("not_confirmed")  # "Police also said … A spokesman for the club declined to comment":
        # silence contradicts neither source
    if verified:
        blocking -= {"denied", "disputed", "not_confirmed"}
    if not confirms(claim) and any(e.type == "confirmed" and e.rule == _ABOUT for e in evidence):
        blocking.discard("hedge")  # "Er zou salmonella zijn gevonden, schrijft de krant. Een woordvoerder van de
        # keten bevestigt het bericht": a sentence that confirms the report settles what the report only hedged
        # (not a confirmation that only shares words with it: that may be about something else)
    # a later explicit confirmation outweighs an earlier denial ("Brennock dismissed the report … on Thursday the
    # company confirmed"): the article's last word on it counts (a liveblog tells it newest first)
    last_confirmed = max((when(e.span.start) for e in evidence if e.type == "confirmed"), default=None)
    last_blocking = max((when(e.span.start) for e in evidence if e.type in ("denied", "disputed")), default=None)
    overridden = last_confirmed is not None and last_blocking is not None and last_confirmed > last_blocking \
        and not types & {"hedge", "not_confirmed"}
    return "confirmed" if types & set(CONFIRMING) and (not types & blocking or overridden) else "unconfirmed"
