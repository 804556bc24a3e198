"""The rules of ``claims check``: each a small function ``document → findings`` registered with a stable id,
a default severity and a description (the function's docstring, shown by ``claims check --list-rules``).

A document is the JSON form of one article (``schemas/claims.schema.json``). Rules never read the text; the
runner turns offsets into lines and columns."""
from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .findings import SEVERITIES, Finding

Check = Callable[[dict], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # default severity: error | warning | info
    description: str
    check: Check

    def __call__(self, document: dict) -> list[Finding]:
        return list(self.check(document))


#: The registry: rule id → rule, in the order they were defined (the order of ``--list-rules``).
RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: str) -> Callable[[Check], Check]:
    """Register ``fn`` as the rule ``rule_id``; its docstring's first paragraph becomes the description."""
    if severity not in SEVERITIES:
        raise ValueError(f"rule {rule_id}: unknown severity {severity!r}")

    def register(fn: Check) -> Check:
        if rule_id in RULES:
            raise ValueError(f"rule {rule_id} registered twice")
        doc = inspect.cleandoc(fn.__doc__ or "").split("\n\n")[0]
        RULES[rule_id] = Rule(rule_id, severity, " ".join(doc.split()), fn)
        return fn

    return register


# --- helpers ------------------------------------------------------------------------------------------------------

def _excerpt(text: str, width: int = 48) -> str:
    text = " ".join(text.split())
    return f"“{text}”" if len(text) <= width else f"“{text[:width - 1].rstrip()}…”"


def _speakers(document: dict) -> dict[str, dict]:
    return {s["id"]: s for s in document.get("speakers", [])}


def _finding(rule_id: str, claim: dict, message: str) -> Finding:
    return Finding(rule_id, RULES[rule_id].severity, message, claim["start"], claim["end"], claim.get("id"))


def _evidence(claim: dict, *types: str) -> Iterator[dict]:
    return (e for e in claim.get("evidence", []) if e["type"] in types)


def _who(claim: dict, speakers: dict[str, dict]) -> str:
    speaker = speakers.get(claim.get("speaker_id") or "")
    return speaker["name"] if speaker else (claim["speaker"]["text"] if claim.get("speaker") else "nobody")


# --- the rules ----------------------------------------------------------------------------------------------------

@rule("unattributed-quote", "error")
def unattributed_quote(document: dict) -> Iterator[Finding]:
    """A statement that no speaker could be found for: the reader cannot tell who said it.

    Name the speaker near the quote (“…,” said Jan de Vries), or make clear it is the publication's own voice."""
    for claim in document["claims"]:
        if claim.get("speaker_id") is None and claim["kind"] != "indirect":
            yield _finding("unattributed-quote", claim, f"{claim['kind']} statement {_excerpt(claim['text'])} "
                                                        "is not attributed to anyone")


@rule("unsourced-report", "warning")
def unsourced_report(document: dict) -> Iterator[Finding]:
    """A reported statement with no source in the article ("X is said to …", "De brand zou zijn begonnen …"):
    who says so?

    Name the source, or state it as the publication's own finding if it was verified."""
    for claim in document["claims"]:
        if claim.get("speaker_id") is None and claim["kind"] == "indirect":
            yield _finding("unsourced-report", claim, f"reported statement {_excerpt(claim['text'])} has no source")


@rule("anonymous-unconfirmed", "warning")
def anonymous_unconfirmed(document: dict) -> Iterator[Finding]:
    """An unconfirmed statement from an anonymous source (“an official”, “ingewijden”): nobody on record and no
    confirmation."""
    speakers = _speakers(document)
    for claim in document["claims"]:
        speaker = speakers.get(claim.get("speaker_id") or "")
        if speaker and speaker["anonymous"] and claim["status"] == "unconfirmed":
            yield _finding("anonymous-unconfirmed", claim, f"unconfirmed statement {_excerpt(claim['text'])} "
                                                           f"rests on an anonymous source ({speaker['name']})")


@rule("hedged-claim", "info")
def hedged_claim(document: dict) -> Iterator[Finding]:
    """A statement the article itself hedges (“reportedly”, “naar verluidt”, “zou hebben”): worth checking
    before it is repeated as fact."""
    for claim in document["claims"]:
        hedges = [e["text"] for e in _evidence(claim, "hedge")]
        if hedges:
            yield _finding("hedged-claim", claim, f"statement {_excerpt(claim['text'])} is hedged "
                                                  f"({', '.join(_excerpt(h, 30) for h in hedges)})")


@rule("denied-claim", "warning")
def denied_claim(document: dict) -> Iterator[Finding]:
    """A statement that someone in the article denies or disputes."""
    for claim in document["claims"]:
        for ev in _evidence(claim, "denied", "disputed"):
            yield _finding("denied-claim", claim, f"statement {_excerpt(claim['text'])} is {ev['type']}: "
                                                  f"{_excerpt(ev['text'], 60)}")


@rule("not-confirmed", "warning")
def not_confirmed(document: dict) -> Iterator[Finding]:
    """A statement the article says is not (yet) confirmed, or that the concerned party declined to comment on."""
    for claim in document["claims"]:
        for ev in _evidence(claim, "not_confirmed"):
            yield _finding("not-confirmed", claim, f"statement {_excerpt(claim['text'])} is not confirmed: "
                                                   f"{_excerpt(ev['text'], 60)}")


@rule("single-source", "info")
def single_source(document: dict) -> Iterator[Finding]:
    """An unconfirmed statement whose only evidence is its one (named) source: no confirmation, corroboration or
    second source. Statements without a speaker are left to unattributed-quote and unsourced-report."""
    speakers = _speakers(document)
    for claim in document["claims"]:
        types = {e["type"] for e in claim.get("evidence", [])}
        if claim["status"] == "unconfirmed" and types == {"single_source"} and claim.get("speaker_id"):
            yield _finding("single-source", claim, f"unconfirmed statement {_excerpt(claim['text'])} has a single "
                                                   f"source ({_who(claim, speakers)})")


#: Document warnings the ``unclosed-quote`` rule reports.
QUOTE_WARNINGS = ("unclosed-quote", "unmatched-quote", "mismatched-quote")


@rule("unclosed-quote", "error")
def unclosed_quote(document: dict) -> Iterator[Finding]:
    """A quotation mark that is never closed (or a closing mark without an opening one, or of the other kind): the
    quote's extent is a guess, and the copy probably has a typo."""
    for w in document.get("warnings", []):
        if w["code"] in QUOTE_WARNINGS:
            yield Finding("unclosed-quote", RULES["unclosed-quote"].severity, w["message"], w["start"], w["end"])


@rule("review-mark", "warning")
def review_mark(document: dict) -> Iterator[Finding]:
    """A review mark (``<!-- claims: accept RULE -->``, ``claims: accept RULE``) that names an unknown rule or
    accepts nothing: the claim it was written for has gone or now fires another rule.

    Found by the runner in the source text (``claims.checks.marks``), not in the document; marks never hide it."""
    return iter(())
