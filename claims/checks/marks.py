"""Review marks: a writer or editor accepts a finding in the draft itself, so that a checked claim stops failing
the gate. The marks are read from the raw source text (what the offsets of findings point into), so they work
the same whether or not the Markdown/HTML reader hides comments from the pipeline.

Syntax (``RULES`` is one or more rule ids separated by commas or spaces, or ``all``; an optional reason follows
``--`` or ``because``)::

    <!-- claims: accept single-source -- confirmed by phone, 3 May -->   Markdown / HTML, anywhere
    <!-- claims: accept-file hedged-claim -->                           the whole file
    claims: accept single-source                                        plain text: a line of its own
    # claims: accept single-source        // claims: accept all         plain text: a comment-style line
    [claims: accept-file not-confirmed]

Scope: ``accept`` on a line of its own (or a comment spanning whole lines) covers the **next paragraph** — the
text after the mark up to the first blank line that follows some text; ``accept`` written at the end of a line
of text covers **the paragraph it is in**; ``accept-file`` covers the **whole file**, wherever it stands. A
finding is accepted when a mark for its rule covers the start of its span. Marks never hide
``review-mark`` findings: a mark naming an unknown rule is a warning, a mark that accepts nothing is an info
(the claim it was written for has gone or changed rule).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: HTML/Markdown comment form, anywhere in the text (may span lines).
COMMENT = re.compile(r"<!--\s*claims\s*:\s*(?P<verb>accept-file|accept)\b(?P<body>.*?)-->", re.S | re.I)
#: Line forms for plain text: the whole line is the mark (optionally in # / // / [ ] comment style).
LINE = re.compile(r"^[ \t]*(?:(?:#|//|;|%)[ \t]*|\[[ \t]*)?claims[ \t]*:[ \t]*(?P<verb>accept-file|accept)\b"
                  r"(?P<body>[^\n]*?)[ \t]*\]?[ \t]*$", re.M | re.I)
REASON = re.compile(r"\s(?:--|—|because)\s.*\Z|\s*(?:--|—)\s*\Z", re.S | re.I)
BLANK_LINE = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Mark:
    """One review mark: which rules it accepts (``("all",)`` for every rule), where it stands ``[start, end)``
    and the span of text it covers ``[scope_start, scope_end)``."""

    verb: str  # "accept" or "accept-file"
    rules: tuple[str, ...]
    start: int
    end: int
    scope_start: int
    scope_end: int
    reason: str = ""

    def covers(self, rule_id: str, offset: int) -> bool:
        return (rule_id in self.rules or "all" in self.rules) and self.scope_start <= offset < self.scope_end


def _rules_and_reason(body: str) -> tuple[tuple[str, ...], str]:
    body = " ".join(body.split())
    m = REASON.search(" " + body)
    reason = ""
    if m:
        cut = m.start() - 1
        reason = body[cut:].strip().lstrip("-—").strip()
        if reason.lower().startswith("because "):
            reason = reason[8:].strip()
        body = body[:max(cut, 0)]
    ids = tuple(r.strip().lower() for r in re.split(r"[,\s]+", body) if r.strip())
    return ("all",) if "*" in ids else ids, reason


def _paragraph_end(text: str, pos: int) -> int:
    """End of the paragraph that contains ``pos``: the next blank line, or the end of the text."""
    m = BLANK_LINE.search(text, pos)
    return m.start() + 1 if m else len(text)


def _scope(text: str, verb: str, start: int, end: int) -> tuple[int, int]:
    if verb == "accept-file":
        return 0, len(text)
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        # written after text on the same line: the paragraph it ends (from that paragraph's start)
        m = None
        for m in BLANK_LINE.finditer(text, 0, start):
            pass
        para_start = m.end() if m else 0
        return para_start, _paragraph_end(text, end)
    # on its own line: the next paragraph — skip blank lines, then up to the next blank line
    rest = re.compile(r"\s*").match(text, end).end()
    return end, _paragraph_end(text, rest)


def find_marks(text: str) -> list[Mark]:
    """Every review mark in ``text``, in order of position."""
    found: list[Mark] = []
    taken: list[tuple[int, int]] = []
    for m in COMMENT.finditer(text):
        found.append(_mark(text, m))
        taken.append((m.start(), m.end()))
    for m in LINE.finditer(text):
        if any(a <= m.start("verb") < b for a, b in taken):
            continue  # inside an HTML comment already read
        found.append(_mark(text, m))
    found.sort(key=lambda k: k.start)
    return found


def _mark(text: str, m: re.Match) -> Mark:
    verb = m.group("verb").lower()
    rules, reason = _rules_and_reason(m.group("body"))
    scope_start, scope_end = _scope(text, verb, m.start(), m.end())
    return Mark(verb, rules, m.start(), m.end(), scope_start, scope_end, reason)
