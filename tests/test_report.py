"""claims report: the HTML page — escaping, nesting of crossing highlights, offsets — and, in a real headless
Chromium, that it renders, that every highlight's text is the article slice at its data-start/data-end, and that
the claim list selects claims (skipped when Chromium is not installed)."""
from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.api import extract
from claims.cli import app
from claims.report import Mark, labels, nest, render, summary_counts

from conftest import ARTICLES

CHROMIUM = next((c for c in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"),
                             shutil.which("google-chrome")) if c and Path(c).exists()), None)
ARTICLE = ARTICLES / "en-school-meals-pilot.txt"


class Marks(HTMLParser):
    """Collects every <mark>'s attributes and full text content (nested marks included)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open: list[dict] = []
        self.marks: list[dict] = []
        self.in_article = False
        self.article = ""
        self.classes: dict[str, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("class"):
            self.classes.setdefault(tag, []).append(attrs["class"])
        if attrs.get("id") == "article":
            self.in_article = True
        if tag == "mark":
            self.open.append({**attrs, "text": ""})

    def handle_endtag(self, tag):
        if tag == "mark":
            self.marks.append(self.open.pop())
        elif tag == "article":
            self.in_article = False

    def handle_data(self, data):
        for m in self.open:
            m["text"] += data
        if self.in_article:
            self.article += data


def parse(html: str) -> Marks:
    p = Marks()
    p.feed(html)
    return p


def check_marks(html: str, text: str) -> Marks:
    p = parse(html)
    assert p.marks and p.article == text
    for m in p.marks:
        assert m["text"] == text[int(m["data-start"]):int(m["data-end"])], m
    return p


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", str(ARTICLE), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    return out, ARTICLE.read_text(encoding="utf-8")


def test_page_is_self_contained_and_complete(page):
    out, text = page
    html = out.read_text(encoding="utf-8")
    assert "<link" not in html and "src=" not in html and "http" not in html.split("<body>")[1].split("<script>")[0]
    p = check_marks(html, text)
    kinds = {c.split()[0] for c in p.classes["mark"]}
    assert {"claim", "speaker", "cue", "evidence"} <= kinds
    assert p.classes["li"].count("item unconfirmed") + p.classes["li"].count("item confirmed") == html.count(
        'class="item ')
    assert "legend" in html and "confirmed statement" in html and "unconfirmed statement" in html


def test_text_is_escaped_and_crossing_spans_are_nested():
    text = 'Jan <b>zei</b>: "A & B" & \'C\'.\n"Geen <script>alert(1)</script> spreker."'
    doc = extract(text, lang="nl")
    html = render(text, doc)
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    check_marks(html, text)
    # a mark crossing the end of another is split into nested pieces with their own offsets
    roots = nest([Mark(0, 10, "claim", "claim", ["c1"], "", "claim-c1"), Mark(5, 15, "speaker", "speaker", ["c2"], "")])
    assert [(m.start, m.end) for m in roots] == [(0, 10), (10, 15)]
    assert [(m.start, m.end) for m in roots[0].children] == [(5, 10)]


def test_report_of_unreadable_file_exits_2(corpus):
    result = CliRunner().invoke(app, ["report", str(corpus / "broken.txt")])
    assert result.exit_code == 2 and "broken.txt" in result.stderr


def _chromium(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp / 'profile'}", *args],
        capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_renders_in_headless_chromium(page, tmp_path):
    out, text = page
    dom = _chromium("--dump-dom", f"{out.as_uri()}#c2", tmp=tmp_path)
    assert dom.returncode == 0, dom.stderr[-2000:]
    p = check_marks(dom.stdout, text)  # the DOM after scripts ran: highlights still exactly the article slices
    # the deep link selected claim c2: its highlight and its list item are active
    assert any("active" in c and "claim" in c for c in p.classes["mark"])
    assert any(c.startswith("item") and "active" in c for c in p.classes["li"])
    shot = tmp_path / "page.png"
    result = _chromium(f"--screenshot={shot}", "--window-size=1280,900", out.as_uri(), tmp=tmp_path)
    assert result.returncode == 0 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


def test_labels_follow_the_article_language():
    nl = render(*_article(ARTICLES / "nl-gemeente-windpark.txt"))
    en = render(*_article(ARTICLE))
    assert '<html lang="nl">' in nl and "Uitspraken in" in nl and "onbevestigd" in nl and "Regels die aansloegen" in nl
    visible = re.sub(r'title="[^"]*"', "", nl)  # finding messages (tooltips) are the linter's, in English
    assert "Statements in" not in visible and "unconfirmed statement" not in visible
    assert '<html lang="en">' in en and "Rules that fired" in en and "Uitspraken" not in en
    # document warnings too (this Dutch article has a quote that is never closed)
    fusie = render(*_article(ARTICLES / "nl-ziekenhuis-fusie.txt"))
    assert "wordt nergens gesloten" in fusie and "is never closed" not in re.sub(r'title="[^"]*"', "", fusie)
    # a language without labels falls back to English
    assert labels("de")("statements") == "Statements" and labels("nl")("statements") == "Uitspraken"


def _article(path: Path, findings: bool = True):
    from claims.api import analyse
    from claims.read import read_path

    result = analyse(read_path(path))
    return result.source.text, result.document, result.findings if findings else ()


def test_summary_names_the_rules_that_fired_and_filters():
    text, doc, findings = _article(ARTICLES / "nl-gemeente-windpark.txt")
    html = render(text, doc, findings)
    counts = summary_counts(doc, findings)["rules"]
    assert counts and sum(counts.values()) == len(findings)
    for rid, n in counts.items():  # one button per rule that fired, with its count
        assert re.search(rf'data-rule="{rid}"[^>]*>.*?<span class="n">{n}</span></button>', html)
    assert 'data-filter="status"' in html and 'data-filter="rule"' in html and 'data-filter="speaker"' in html
    p = parse(html)
    items = [c for c in p.classes["li"] if c.startswith("item ")]
    assert len(items) == len(doc["claims"])
    # every statement carries what the filters read: status, speaker and the rules of its findings
    for c in doc["claims"]:
        rules = " ".join(dict.fromkeys(f.rule_id for f in findings if f.claim_id == c["id"]))
        assert (f'data-claim="{c["id"]}" data-status="{c["status"]}" data-speaker="{c["speaker_id"] or ""}" '
                f'data-rules="{rules}"') in html
    # without findings, the summary says no rule fired
    assert "Geen enkele regel sloeg aan." in render(text, doc, ())


def test_confidence_is_explained_and_status_is_not_only_colour():
    text, doc, findings = _article(ARTICLE)
    html = render(text, doc, findings)
    c = doc["claims"][0]
    pct = round(100 * c["confidence"])
    assert f"{pct}% sure it is {c['status']}" in html and "not how true the statement is" in html
    icon = "✓" if c["status"] == "confirmed" else "?"
    assert f'<span class="badge {c["status"]}">{icon} {c["status"]}</span>' in html
    assert 'mark.claim.unconfirmed{background:var(--unconfirmed);border-bottom:2px dashed' in html
    assert 'mark.claim.confirmed{background:var(--confirmed);border-bottom:2px solid' in html


def test_report_uses_the_check_configuration_of_the_article(tmp_path):
    target = tmp_path / ARTICLE.name
    target.write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    with_all = CliRunner().invoke(app, ["report", str(target)]).stdout
    assert 'data-rule="single-source"' in with_all and 'data-rule="anonymous-unconfirmed"' in with_all
    (tmp_path / ".claims.toml").write_text('disable = ["single-source"]\n', encoding="utf-8")
    without = CliRunner().invoke(app, ["report", str(target)]).stdout
    assert 'data-rule="single-source"' not in without and 'data-filter="rule"' in without
    other = tmp_path / "other.toml"
    other.write_text('disable = ["anonymous-unconfirmed"]\n', encoding="utf-8")
    chosen = CliRunner().invoke(app, ["report", str(target), "--config", str(other)]).stdout
    assert 'data-rule="single-source"' in chosen and 'data-rule="anonymous-unconfirmed"' not in chosen
    bad = CliRunner().invoke(app, ["report", str(target), "--config", str(tmp_path / "missing.toml")])
    assert bad.exit_code == 2 and "missing.toml" in bad.stderr


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_styles_and_filters_in_the_browser(page):
    """The standalone report in Chromium (Playwright): evidence in the article keeps the article's font size
    (the list's CSS no longer reaches it), status differs by line style and icon, and the filters work."""
    sync_api = pytest.importorskip("playwright.sync_api")
    out, text = page
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            tab = browser.new_page()
            errors: list[str] = []
            tab.on("pageerror", lambda e: errors.append(str(e)))
            tab.goto(out.as_uri())
            got = tab.evaluate("""() => {
              const art = document.querySelector('#article'), cs = el => getComputedStyle(el);
              const ev = [...art.querySelectorAll('mark.evidence')].map(m => cs(m).fontSize);
              const first = s => art.querySelector('mark.claim.' + s + '[id]');
              const style = s => first(s) && [cs(first(s)).borderBottomStyle,
                                              getComputedStyle(first(s), '::before').content];
              return {article: cs(art).fontSize, ev, unconfirmed: style('unconfirmed'), confirmed: style('confirmed')};
            }""")
            assert got["ev"] and set(got["ev"]) == {got["article"]}
            assert got["unconfirmed"] == ["dashed", '"?"']
            assert got["confirmed"] in (None, ["solid", '"✓"'])
            statuses = tab.eval_on_selector_all(".item", "els => els.map(e => e.dataset.status)")
            tab.select_option("select[data-filter=status]", statuses[0])
            shown = tab.eval_on_selector_all(".item:not([hidden])", "els => els.map(e => e.dataset.status)")
            assert shown == [s for s in statuses if s == statuses[0]]
            assert not errors, errors
        finally:
            browser.close()
