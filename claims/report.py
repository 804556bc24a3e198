"""``claims report``: one self-contained HTML page for a fact-checker — the article with every statement
highlighted by status, its speaker and cue marked, the evidence underlined, and a list of the statements beside
it. No external assets: inline CSS and a few lines of inline JavaScript. All text is escaped.

Every highlight is a ``<mark>`` whose text is exactly ``article[data-start:data-end]``. Spans that cross each
other (a speaker mention inside one claim and outside another) are split into properly nested pieces, each with
its own offsets; all pieces of a claim share ``data-claims``."""
from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from html import escape

EVIDENCE_LABELS = {
    "hedge": "Hedged", "not_confirmed": "Not confirmed", "denied": "Denied", "disputed": "Disputed",
    "confirmed": "Confirmed", "corroborated": "Corroborated", "anonymous_source": "Anonymous source",
    "single_source": "Single source",
}
#: Evidence types that point at the speaker mention itself; the speaker highlight already shows them.
SPEAKER_EVIDENCE = ("anonymous_source", "single_source")
#: Order of marks that cover the same text: the claim outside, then speaker, cue, evidence.
PRIORITY = {"claim": 0, "speaker": 1, "cue": 2, "evidence": 3}


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


def _marks(document: dict) -> list[Mark]:
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
        who = speaker["name"] if speaker else "no speaker found"
        unattributed = "" if speaker else " unattributed"
        add("claim", c["start"], c["end"], f"claim {c['status']}{unattributed}", c["id"],
            f"{c['id']}: {c['kind']} statement by {who} — {c['status']}", anchor=f"claim-{c['id']}")
        if c["speaker"]:
            anon = " anonymous" if speaker and speaker["anonymous"] else ""
            add("speaker", c["speaker"]["start"], c["speaker"]["end"], f"speaker{anon}", c["id"],
                f"speaker of {c['id']}: {who}")
        if c["cue"]:
            add("cue", c["cue"]["start"], c["cue"]["end"], "cue", c["id"], f"cue of {c['id']}: {c['cue']['lemma']}")
        for e in c["evidence"]:
            if e["type"] not in SPEAKER_EVIDENCE:
                add("evidence", e["start"], e["end"], f"evidence ev-{e['type'].replace('_', '-')}", c["id"],
                    f"{EVIDENCE_LABELS.get(e['type'], e['type'])} ({c['id']})")
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
    return _html_marks(text, nest(_marks(document)), 0, len(text))


def _excerpt(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def _claim_item(claim: dict, speakers: dict[str, dict]) -> str:
    speaker = speakers.get(claim["speaker_id"] or "")
    if speaker:
        who = f'<span class="who">{escape(speaker["name"])}</span>'
        if speaker["anonymous"]:
            who += ' <span class="tag anon">anonymous</span>'
        who += f' <span class="stype">{escape(speaker["type"])}</span>'
    else:
        who = '<span class="who none">No speaker found</span>'
    evidence = "".join(
        f'<li><span class="ev ev-{escape(e["type"].replace("_", "-"))}">'
        f'{escape(EVIDENCE_LABELS.get(e["type"], e["type"]))}</span> “{escape(_excerpt(e["text"], 90))}”</li>'
        for e in claim["evidence"])
    cue = f' · cue “{escape(claim["cue"]["text"])}”' if claim["cue"] else ""
    return (
        f'<li class="item {escape(claim["status"])}" data-claim="{escape(claim["id"])}" tabindex="0" role="button" '
        f'aria-label="Show statement {escape(claim["id"])} in the article">'
        f'<div class="head"><span class="badge {escape(claim["status"])}">{escape(claim["status"])}</span> '
        f'<span class="conf">confidence {round(100 * claim["confidence"])}%</span>'
        f'<span class="cid">{escape(claim["id"])} · {escape(claim["kind"])}{cue}</span></div>'
        f'<div class="speaker">{who}</div>'
        f'<blockquote>{escape(_excerpt(claim["text"]))}</blockquote>'
        + (f'<ul class="evidence">{evidence}</ul>' if evidence else '<p class="noev">no evidence found</p>')
        + "</li>")


CSS = """
:root{--confirmed:#c8efd2;--confirmed-b:#1f8a3b;--unconfirmed:#ffe2a8;--unconfirmed-b:#b86e00;--speaker:#1d5fd1;
--cue:#7a3db8;--bad:#c62828;--ink:#1b1b1b;--muted:#5f6368;--line:#e0e0e0}
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fafafa}
header{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line)}h1{font-size:20px;margin:0 0 4px}
.meta{color:var(--muted);font-size:14px}.warn{margin:8px 0 0;padding:6px 10px;background:#fdecea;border-left:4px solid var(--bad);font-size:14px}
.legend{display:flex;flex-wrap:wrap;gap:14px;margin-top:10px;font-size:14px;align-items:center}.legend span{white-space:nowrap}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(300px,2fr);gap:24px;padding:24px;max-width:1400px;margin:0 auto}
@media (max-width:900px){main{grid-template-columns:1fr}}
#article{white-space:pre-wrap;background:#fff;padding:24px;border:1px solid var(--line);border-radius:8px;font-family:Georgia,"Times New Roman","Liberation Serif","DejaVu Serif",serif;font-size:18px;line-height:1.75}
mark{background:none;color:inherit;border-radius:3px;cursor:pointer}
mark.claim.confirmed{background:var(--confirmed);box-shadow:inset 0 -2px var(--confirmed-b)}
mark.claim.unconfirmed{background:var(--unconfirmed);box-shadow:inset 0 -2px var(--unconfirmed-b)}
mark.claim.unattributed{outline:2px dashed var(--bad);outline-offset:1px}
mark.speaker{color:var(--speaker);font-weight:700;border-bottom:2px solid var(--speaker)}
mark.speaker.anonymous{border-bottom-style:dotted}
mark.cue{color:var(--cue);font-style:italic;border-bottom:2px dotted var(--cue)}
mark.evidence{text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:4px}
mark.ev-hedge{text-decoration-style:wavy;text-decoration-color:#e08a00}
mark.ev-denied,mark.ev-disputed{text-decoration-style:double;text-decoration-color:var(--bad)}
mark.ev-not-confirmed{text-decoration-style:dashed;text-decoration-color:var(--bad)}
mark.ev-confirmed,mark.ev-corroborated{text-decoration-style:solid;text-decoration-color:var(--confirmed-b)}
mark.active{outline:3px solid #111;outline-offset:2px}
aside h2{font-size:16px;margin:0 0 8px}aside ol{list-style:none;margin:0;padding:0}
.item{background:#fff;border:1px solid var(--line);border-left:6px solid var(--unconfirmed-b);border-radius:8px;padding:10px 12px;margin:0 0 10px;cursor:pointer}
.item.confirmed{border-left-color:var(--confirmed-b)}.item:hover,.item:focus{box-shadow:0 1px 6px rgba(0,0,0,.15);outline:none}
.item.active{box-shadow:0 0 0 3px #111}
.head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap;font-size:13px}.cid,.conf,.stype{color:var(--muted);font-size:13px}
.badge{font-weight:700;text-transform:uppercase;font-size:12px;padding:1px 6px;border-radius:4px}
.badge.confirmed{background:var(--confirmed);color:#0d4d1f}.badge.unconfirmed{background:var(--unconfirmed);color:#6b3f00}
.speaker{margin-top:4px}.who{font-weight:700;color:var(--speaker)}.who.none{color:var(--bad)}
.tag{font-size:12px;padding:0 5px;border-radius:4px;background:#eee}.tag.anon{background:#fdecea;color:var(--bad)}
blockquote{margin:6px 0;padding-left:10px;border-left:3px solid var(--line);font-family:Georgia,"Liberation Serif","DejaVu Serif",serif;color:#333}
.evidence{margin:4px 0 0;padding-left:18px;font-size:14px}.ev{font-weight:700}.noev{margin:4px 0 0;font-size:14px;color:var(--muted)}
.swatch{display:inline-block;width:2.2em;height:1em;vertical-align:middle;border-radius:3px;margin-right:4px}
"""

JS = """
(function(){
  function select(id, scrollList){
    document.querySelectorAll('.active').forEach(function(el){el.classList.remove('active');});
    var marks = document.querySelectorAll('mark[data-claims~="' + id + '"]');
    marks.forEach(function(el){ if (el.classList.contains('claim')) el.classList.add('active'); });
    var item = document.querySelector('.item[data-claim="' + id + '"]');
    if (item) item.classList.add('active');
    var first = document.getElementById('claim-' + id);
    if (first && first.scrollIntoView) first.scrollIntoView({behavior: 'smooth', block: 'center'});
    if (scrollList && item && item.scrollIntoView) item.scrollIntoView({behavior: 'smooth', block: 'nearest'});
    if (history.replaceState) history.replaceState(null, '', '#' + id);
  }
  document.querySelectorAll('.item').forEach(function(item){
    var id = item.getAttribute('data-claim');
    item.addEventListener('click', function(){ select(id, false); });
    item.addEventListener('keydown', function(e){ if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(id, false); } });
  });
  document.getElementById('article').addEventListener('click', function(e){
    var m = e.target.closest('mark.claim') || e.target.closest('mark');
    if (m) select(m.getAttribute('data-claims').split(' ')[0], true);
  });
  var h = decodeURIComponent(location.hash.slice(1));
  if (/^c[0-9]+$/.test(h)) select(h, true);
})();
"""

LEGEND = (
    '<div class="legend" aria-label="Legend">'
    '<span><span class="swatch" style="background:var(--confirmed);box-shadow:inset 0 -2px var(--confirmed-b)">'
    '</span>confirmed statement</span>'
    '<span><span class="swatch" style="background:var(--unconfirmed);box-shadow:inset 0 -2px var(--unconfirmed-b)">'
    '</span>unconfirmed statement</span>'
    '<span><span class="swatch" style="outline:2px dashed var(--bad)"></span>no speaker found</span>'
    '<span><b style="color:var(--speaker);border-bottom:2px solid var(--speaker)">Speaker</b> who said it '
    '(dotted: anonymous)</span>'
    '<span><i style="color:var(--cue);border-bottom:2px dotted var(--cue)">said</i> cue word</span>'
    '<span><u style="text-decoration-style:wavy;text-decoration-color:#e08a00">reportedly</u> hedge</span>'
    '<span><u style="text-decoration-style:double;text-decoration-color:var(--bad)">denied</u> denial / dispute</span>'
    '<span><u style="text-decoration-style:dashed;text-decoration-color:var(--bad)">not confirmed</u> '
    'not confirmed</span>'
    '<span><u style="text-decoration-color:var(--confirmed-b)">confirmed</u> confirmation</span>'
    "</div>")


def render(text: str, document: dict) -> str:
    """The report page for one article: ``text`` is the article the document's offsets point into."""
    d = document["document"]
    claims = document["claims"]
    speakers = {s["id"]: s for s in document["speakers"]}
    confirmed = sum(c["status"] == "confirmed" for c in claims)
    unattributed = sum(c["speaker_id"] is None for c in claims)
    title = d["path"] or d["id"]
    warnings = "".join(
        f'<p class="warn">⚠ {escape(w["message"])} (character {w["start"]})</p>' for w in document["warnings"])
    items = "".join(_claim_item(c, speakers) for c in claims) or "<li>No statements found.</li>"
    return f"""<!DOCTYPE html>
<html lang="{escape(d['language'])}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claims {escape(document['tool']['version'])}">
<title>Statements in {escape(title)}</title>
<style>{CSS}</style>
</head>
<body>
<header>
<h1>Statements in {escape(title)}</h1>
<div class="meta">{len(claims)} statements: {confirmed} confirmed, {len(claims) - confirmed} unconfirmed,
{unattributed} without a speaker · {len(document['speakers'])} speakers · language {escape(d['language'])}
· {escape(document['tool']['pipeline'])} · click a statement to find it in the text</div>
{warnings}{LEGEND}
</header>
<main>
<article id="article" data-chars="{d['chars']}">{article_html(text, document)}</article>
<aside><h2>Statements ({len(claims)})</h2><ol id="claims">{items}</ol></aside>
</main>
<script>{JS}</script>
</body>
</html>
"""
