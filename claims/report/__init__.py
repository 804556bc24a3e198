"""The report of one article, shared by ``claims report`` (a self-contained HTML page) and the page of ``claims
serve`` (the same fragment, shown in the browser): a summary of the statements and of the ``check`` rules that
fired, filters by status, rule and speaker, the article with every statement highlighted by status (colour, line
style and icon), its speaker and cue marked, the evidence underlined, and the list of statements with speaker,
status, confidence (explained), evidence and findings. Labels come from ``labels.json`` in the article's language
(English for a language without labels). All text is escaped; no external assets.

Every highlight is a ``<mark>`` whose text is exactly ``article[data-start:data-end]``. Spans that cross each
other (a speaker mention inside one claim and outside another) are split into properly nested pieces, each with
its own offsets; all pieces of a claim share ``data-claims``."""
from __future__ import annotations

import heapq
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any

#: Evidence types that point at the speaker mention itself; the speaker highlight already shows them.
SPEAKER_EVIDENCE = ("anonymous_source", "single_source")
#: Order of marks that cover the same text: the claim outside, then speaker, cue, evidence.
PRIORITY = {"claim": 0, "speaker": 1, "cue": 2, "evidence": 3}
FALLBACK_LANGUAGE = "en"


def _asset(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


#: The stylesheet and script of the report (also served by ``claims serve``).
CSS = _asset("report.css")
JS = _asset("report.js")


@lru_cache(maxsize=None)
def _all_labels() -> dict[str, dict[str, str]]:
    return json.loads(_asset("labels.json"))


class Labels:
    """The labels of one language; a key missing there falls back to English. ``labels(key, **fields)`` fills
    ``{field}`` placeholders (the caller escapes the result)."""

    def __init__(self, language: str | None) -> None:
        table = _all_labels()
        self.language = language if language in table else FALLBACK_LANGUAGE
        self.table = {**table[FALLBACK_LANGUAGE], **table.get(self.language, {})}

    def __call__(self, key: str, **fields: Any) -> str:
        text = self.table.get(key, key)
        for name, value in fields.items():
            text = text.replace("{" + name + "}", str(value))
        return text

    def get(self, key: str, default: str) -> str:
        return self.table.get(key, default)


def labels(language: str | None) -> Labels:
    return Labels(language)


def label_languages() -> list[str]:
    return sorted(_all_labels())


@dataclass
class Mark:
    start: int
    end: int
    kind: str  # claim | speaker | cue | evidence
    classes: str
    claims: list[str]
    title: str
    anchor: str | None = None
    children: list["Mark"] = field(default_factory=list)

    def piece(self, start: int, end: int, anchor: str | None) -> "Mark":
        return Mark(start, end, self.kind, self.classes, self.claims, self.title, anchor)


def _who(claim: dict, speakers: dict[str, dict], L: Labels) -> str:
    speaker = speakers.get(claim["speaker_id"] or "")
    return speaker["name"] if speaker else L("status.unattributed")


def _marks(document: dict, L: Labels) -> list[Mark]:
    speakers = {s["id"]: s for s in document["speakers"]}
    marks: dict[tuple[str, int, int, str], Mark] = {}

    def add(kind: str, start: int, end: int, classes: str, claim_id: str, title: str, anchor: str | None = None):
        if end <= start:
            return
        key = (kind, start, end, classes)
        if key in marks:
            if claim_id not in marks[key].claims:
                marks[key].claims.append(claim_id)
        else:
            marks[key] = Mark(start, end, kind, classes, [claim_id], title, anchor)

    for c in document["claims"]:
        speaker = speakers.get(c["speaker_id"] or "")
        who = _who(c, speakers, L)
        unattributed = "" if speaker else " unattributed"
        add("claim", c["start"], c["end"], f"claim {c['status']}{unattributed}", c["id"],
            L("statement_title", id=c["id"], kind=L(f"kind.{c['kind']}"), who=who, status=L(f"status.{c['status']}")),
            anchor=f"claim-{c['id']}")
        if c["speaker"]:
            anon = " anonymous" if speaker and speaker["anonymous"] else ""
            add("speaker", c["speaker"]["start"], c["speaker"]["end"], f"speaker{anon}", c["id"],
                L("speaker_title", id=c["id"], who=who))
        if c["cue"]:
            add("cue", c["cue"]["start"], c["cue"]["end"], "cue", c["id"],
                L("cue_title", id=c["id"], lemma=c["cue"]["lemma"]))
        for e in c["evidence"]:
            if e["type"] not in SPEAKER_EVIDENCE:
                add("evidence", e["start"], e["end"], f"evidence ev-{e['type'].replace('_', '-')}", c["id"],
                    L("evidence_title", evidence=L.get(f"evidence.{e['type']}", e["type"]), id=c["id"]))
    return list(marks.values())


def nest(marks: list[Mark]) -> list[Mark]:
    """Arrange marks as a tree of properly nested pieces; a mark crossing the end of an enclosing one is split
    there, and the rest is placed again. Returns the top-level marks in text order."""
    heap = [((m.start, -m.end, PRIORITY[m.kind], n), m) for n, m in enumerate(marks)]
    heapq.heapify(heap)
    counter = len(marks)
    roots: list[Mark] = []
    stack: list[Mark] = []
    while heap:
        _, m = heapq.heappop(heap)
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            rest = m.piece(stack[-1].end, m.end, None)
            heapq.heappush(heap, ((rest.start, -rest.end, PRIORITY[rest.kind], counter), rest))
            counter += 1
            m = m.piece(m.start, stack[-1].end, m.anchor)
        (stack[-1].children if stack else roots).append(m)
        stack.append(m)
    return roots


def _html_marks(text: str, marks: list[Mark], start: int, end: int) -> str:
    out, pos = [], start
    for m in marks:
        out.append(escape(text[pos:m.start]))
        anchor = f' id="{escape(m.anchor)}"' if m.anchor else ""
        out.append(f'<mark class="{escape(m.classes)}"{anchor} data-start="{m.start}" data-end="{m.end}" '
                   f'data-claims="{escape(" ".join(m.claims))}" title="{escape(m.title)}">'
                   f"{_html_marks(text, m.children, m.start, m.end)}</mark>")
        pos = m.end
    out.append(escape(text[pos:end]))
    return "".join(out)


def article_html(text: str, document: dict) -> str:
    """The article as HTML with the nested highlights (the text itself escaped)."""
    return _html_marks(text, nest(_marks(document, labels(document["document"]["language"]))), 0, len(text))


def _excerpt(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _finding(f: Any) -> dict:
    """A finding as a dict (``claims.checks.Finding`` or its ``to_dict()``)."""
    return f if isinstance(f, dict) else f.to_dict()


def _finding_item(f: dict, L: Labels, where: bool = False) -> str:
    at = f' · {escape(L("character", n=f["start"]))}' if where else ""
    return (f'<li class="finding sev-{escape(f["severity"])}" title="{escape(f["message"])}">'
            f'<span class="sev">{escape(L("severity." + f["severity"]))}</span> '
            f'{escape(L.get("rule." + f["rule_id"], f["rule_id"]))} <code>{escape(f["rule_id"])}</code>{at}</li>')


def _claim_item(claim: dict, speakers: dict[str, dict], findings: list[dict], L: Labels) -> str:
    speaker = speakers.get(claim["speaker_id"] or "")
    if speaker:
        who = f'<span class="who">{escape(speaker["name"])}</span>'
        if speaker["anonymous"]:
            who += f' <span class="tag anon">{escape(L("anonymous"))}</span>'
        who += f' <span class="stype">{escape(L.get("stype." + speaker["type"], speaker["type"]))}</span>'
    else:
        who = f'<span class="who none">{escape(L("no_speaker"))}</span>'
    evidence = "".join(
        f'<li><button type="button" class="evlink ev-{escape(e["type"].replace("_", "-"))}" '
        f'data-ev-start="{e["start"]}" data-ev-end="{e["end"]}" title="{escape(L("show_evidence"))}">'
        f'{escape(L.get("evidence." + e["type"], e["type"]))}</button> “{escape(_excerpt(e["text"], 90))}”</li>'
        for e in claim["evidence"])
    cue = f' · {escape(L("cue"))} “{escape(claim["cue"]["text"])}”' if claim["cue"] else ""
    status = claim["status"]
    icon = "✓" if status == "confirmed" else "?"
    pct = round(100 * claim["confidence"])
    rules = " ".join(dict.fromkeys(f["rule_id"] for f in findings))
    found = f'<ul class="find-list">{"".join(_finding_item(f, L) for f in findings)}</ul>' if findings else ""
    return (
        f'<li class="item {escape(status)}" data-claim="{escape(claim["id"])}" data-status="{escape(status)}" '
        f'data-speaker="{escape(claim["speaker_id"] or "")}" data-rules="{escape(rules)}">'
        f'<button type="button" class="pick" title="{escape(L("show_in_text", id=claim["id"]))}">'
        f'<span class="badge {escape(status)}">{icon} {escape(L("status." + status))}</span>'
        f'<span class="conf" title="{escape(L("confidence.help"))}">'
        f'{escape(L("confidence", pct=pct, status=L("status." + status)))}</span>'
        f'<span class="cid">{escape(claim["id"])} · {escape(L("kind." + claim["kind"]))}{cue}</span></button>'
        f'<div class="who-line">{who}</div>'
        f'<blockquote>{escape(_excerpt(claim["text"]))}</blockquote>'
        + (f'<ul class="ev-list">{evidence}</ul>' if evidence else f'<p class="noev">{escape(L("no_evidence"))}</p>')
        + found + "</li>")


def _legend(L: Labels) -> str:
    def item(sample: str, text: str) -> str:
        return f"<span>{sample}{escape(text)}</span>"

    word = lambda key, cls: f'<span class="sample {cls}">{escape(L(key))}</span> '  # noqa: E731
    return (
        f'<details class="legend-box"><summary>{escape(L("legend"))}</summary><div class="legend">'
        + item('<span class="sw confirmed"></span>', L("legend.confirmed"))
        + item('<span class="sw unconfirmed"></span>', L("legend.unconfirmed"))
        + item('<span class="sw unattributed"></span>', L("legend.unattributed"))
        + item(word("legend.speaker_word", "speaker"), L("legend.speaker"))
        + item(word("legend.cue_word", "cue"), L("legend.cue"))
        + item(word("legend.hedge_word", "evidence ev-hedge"), L("legend.hedge"))
        + item(word("legend.denied_word", "evidence ev-denied"), L("legend.denied"))
        + item(word("legend.not_confirmed_word", "evidence ev-not-confirmed"), L("legend.not_confirmed"))
        + item(word("legend.confirmation_word", "evidence ev-confirmed"), L("legend.confirmation"))
        + f'<span class="help">{escape(L("confidence.help"))}</span></div></details>')


def _option(value: str, text: str, n: int) -> str:
    return f'<option value="{escape(value)}">{escape(text)} ({n})</option>'


def _warning(w: dict, text: str, L: Labels) -> str:
    """A document warning in the report's language (its English message when there is no label for its code)."""
    key = "warning." + w["code"]
    return L(key, mark=text[w["start"]:w["end"]]) if key in L.table else w["message"]


def summary_counts(document: dict, findings: Iterable[Any] = ()) -> dict:
    """The numbers of the summary: statements by status, without a speaker, and findings per rule (in the order
    of the rule registry)."""
    from ..checks import RULES

    claims = document["claims"]
    per_rule = Counter(_finding(f)["rule_id"] for f in findings)
    return {
        "statements": len(claims),
        "confirmed": sum(c["status"] == "confirmed" for c in claims),
        "unconfirmed": sum(c["status"] == "unconfirmed" for c in claims),
        "unattributed": sum(c["speaker_id"] is None for c in claims),
        "speakers": len(document["speakers"]),
        "rules": {rid: per_rule[rid] for rid in [*RULES, *sorted(set(per_rule) - set(RULES))] if per_rule[rid]},
    }


def body(text: str, document: dict, findings: Iterable[Any] = ()) -> str:
    """The report as an HTML fragment (``<div class="claims-report">``): summary with the rules that fired and
    the filters, the highlighted article and the statement list. ``text`` is the article the document's offsets
    point into; ``findings`` are those of ``claims check`` for it (``Finding`` objects or their dicts)."""
    d = document["document"]
    L = labels(d["language"])
    findings = [_finding(f) for f in findings]
    claims = document["claims"]
    counts = summary_counts(document, findings)
    by_claim: dict[str, list[dict]] = {}
    for f in findings:
        by_claim.setdefault(f["claim_id"] or "", []).append(f)
    warnings = "".join(
        f'<p class="warn">⚠ {escape(_warning(w, text, L))} ({escape(L("character", n=w["start"]))})</p>'
        for w in document["warnings"])
    shown = L("shown", shown=len(claims), total=len(claims))
    meta = L("summary", n=counts["statements"], confirmed=counts["confirmed"], unconfirmed=counts["unconfirmed"],
             unattributed=counts["unattributed"], speakers=counts["speakers"], language=d["language"],
             pipeline=document["tool"]["pipeline"])
    return f"""<div class="claims-report" lang="{escape(d['language'])}" data-language="{escape(L.language)}">
<section class="summary" aria-label="{escape(L('filters'))}">
<div class="meta">{escape(meta)} · {escape(L('click_hint'))}</div>
{warnings}<div class="rules"><h2>{escape(L('rules_fired'))}</h2>{_rules_fired(counts, findings, L)}</div>
<div class="filters" role="group" aria-label="{escape(L('filters'))}">{_filters(document, counts, by_claim, L)}
<button type="button" class="reset">{escape(L('filter.reset'))}</button>
<span class="shown" aria-live="polite" data-template="{escape(L('shown'))}">{escape(shown)}</span></div>
{_legend(L)}
</section>
<div class="columns">
<article id="article" class="article" data-chars="{d['chars']}">{article_html(text, document)}</article>
<aside>{_statement_list(document, by_claim, L)}</aside>
</div>
</div>"""


def _rules_fired(counts: dict, findings: list[dict], L: Labels) -> str:
    """The buttons of the check rules that fired, with their counts (a filter each), or a line saying none did."""
    severity = {f["rule_id"]: f["severity"] for f in findings}
    rule_buttons = "".join(
        f'<li><button type="button" class="rule sev-{escape(severity[rid])}" data-rule="{escape(rid)}" '
        f'aria-pressed="false" title="{escape(L("rule_button", rule=rid))}">'
        f'{escape(L.get("rule." + rid, rid))} <code>{escape(rid)}</code><span class="n">{n}</span></button></li>'
        for rid, n in counts["rules"].items())
    return f'<ul>{rule_buttons}</ul>' if rule_buttons else f'<p>{escape(L("no_rule_fired"))}</p>'


def _filters(document: dict, counts: dict, by_claim: dict[str, list[dict]], L: Labels) -> str:
    """The three filters (status, rule, speaker), each option with the number of statements it keeps."""
    claims = document["claims"]
    claim_rules = Counter(rid for c in claims for rid in dict.fromkeys(f["rule_id"] for f in by_claim.get(c["id"], [])))
    per_speaker = Counter(c["speaker_id"] or "-" for c in claims)
    status_options = "".join(
        _option(value, L(f"status.{value}"), counts[value]) for value in ("confirmed", "unconfirmed", "unattributed")
        if counts[value])
    rule_options = "".join(_option(rid, f"{L.get('rule.' + rid, rid)} · {rid}", claim_rules[rid])
                           for rid in counts["rules"] if claim_rules[rid])
    speaker_options = "".join(_option(s["id"], s["name"], per_speaker[s["id"]]) for s in document["speakers"]
                              if per_speaker[s["id"]])
    if per_speaker["-"]:
        speaker_options += _option("-", L("filter.none_speaker"), per_speaker["-"])
    all_ = f'<option value="">{escape(L("filter.all"))}</option>'

    def select(name: str, options: str) -> str:
        return (f'<label>{escape(L("filter." + name))} <select data-filter="{name}">{all_}{options}</select>'
                f'</label>')

    return f"{select('status', status_options)}\n{select('rule', rule_options)}{select('speaker', speaker_options)}"


def _statement_list(document: dict, by_claim: dict[str, list[dict]], L: Labels) -> str:
    """The numbered statements with their speaker, status, evidence and findings, then the findings of no
    statement."""
    claims = document["claims"]
    speakers = {s["id"]: s for s in document["speakers"]}
    items = "".join(_claim_item(c, speakers, by_claim.get(c["id"], []), L) for c in claims) or (
        f'<li>{escape(L("no_statements"))}</li>')
    other = by_claim.get("", [])
    other_html = (f'<h2>{escape(L("other_findings"))}</h2><ul class="other-findings">'
                  + "".join(_finding_item(f, L, where=True) for f in other) + "</ul>") if other else ""
    return f'<h2>{escape(L("statements"))} ({len(claims)})</h2><ol id="claims" class="claims-list">{items}</ol>{other_html}'


PAGE_CSS = """body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#fafafa}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #dcdcdc}h1{font-size:20px;margin:0}
main{padding:16px 24px;max-width:1400px;margin:0 auto}"""


def html_head(language: str, version: str, title: str) -> str:
    """The opening of a claims HTML page (the report, the page of ``claims serve``) up to its title: doctype,
    language, character set, viewport, generator."""
    return f"""<!DOCTYPE html>
<html lang="{escape(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claims {escape(version)}">
<title>{escape(title)}</title>"""


def render(text: str, document: dict, findings: Iterable[Any] = ()) -> str:
    """The report page for one article: ``text`` is the article the document's offsets point into;
    ``findings`` those of ``claims check`` for it."""
    d = document["document"]
    L = labels(d["language"])
    title = d["path"] or d["id"]
    return f"""{html_head(d['language'], document['tool']['version'], L('title', title=title))}
<style>{PAGE_CSS}
{CSS}</style>
</head>
<body>
<header><h1>{escape(L('title', title=title))}</h1></header>
<main>
{body(text, document, findings)}
</main>
<script>{JS}
window.claimsReport.init(document);</script>
</body>
</html>
"""
