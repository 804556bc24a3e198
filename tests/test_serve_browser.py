"""The page of ``claims serve`` in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright;
no browser is downloaded): the real command is started on a free loopback port, a draft is pasted and checked with
the keyboard, the highlights sit exactly where the document's offsets say, hostile text stays text, the filters
and the selection work, a file can be opened, and the downloads hold what the API returns. Skipped when Chromium
or Playwright is missing."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from claims.tables import CLAIM_COLUMNS

CHROMIUM = next((c for c in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
                 if c and Path(c).exists()), None)
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

DRAFT = (
    "Council delays vote on the new tram line\n\n"
    "The city council has postponed its vote on the tram line to the harbour district.\n\n"
    '"We need another month to look at the costs," said alderman Petra Holm on Tuesday.\n\n'
    "According to a person close to the project, the budget has already doubled. The transport company "
    "declined to comment.\n\n"
    'Residents call the plan "a <script>window.pwned=1</script> waste of money". Their spokesman Tom Verhey '
    'said the group will "><img src=x onerror="window.pwned=2"> collect signatures.\n\n'
    'The mayor denied that the budget had doubled. "That figure is simply wrong," a city spokeswoman said.\n\n'
    "The ministry confirmed that the tram line will be finished in 2029.\n")
DUTCH = ('"We zijn er nog niet uit," zei directeur Anna Smit van de bibliotheek woensdag.\n\n'
         "Volgens ingewijden gaat de vestiging in het centrum dicht. De gemeente wilde niet reageren.\n")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``claims serve`` as a user starts it, in an empty folder (the built-in rule configuration)."""
    port = _free_port()
    folder = tmp_path_factory.mktemp("desk")
    proc = subprocess.Popen([sys.executable, "-m", "claims.cli", "serve", "--port", str(port)], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=2) as r:
                if json.load(r)["status"] == "ok":
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"claims serve did not start: {proc.stderr.read()[-2000:]}")
        time.sleep(0.3)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True, locale="en-GB", viewport={"width": 1300, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    expected = "the server responded with a status of 415"  # the refused upload of the error test
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" and expected not in m.text else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: problems.append(f"external request {r.url}")
            if not r.url.startswith((server, "blob:", "data:")) else None)
    page.goto(server + "/")
    yield page
    context.close()
    assert not problems, problems


def _api(server: str, path: str, body: dict) -> dict:
    req = urllib.request.Request(server + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


MARKS_MATCH_TEXT = """() => {
  const article = document.querySelector('#article');
  const text = article.textContent;
  const bad = [];
  article.querySelectorAll('mark').forEach(m => {
    const s = +m.dataset.start, e = +m.dataset.end;
    if (m.textContent !== text.slice(s, e)) bad.push([s, e, m.textContent]);
  });
  return {text, bad, n: article.querySelectorAll('mark').length,
          claims: [...article.querySelectorAll('mark.claim[id]')].map(m => [m.id, +m.dataset.start, +m.dataset.end])};
}"""


def test_paste_check_highlights_filter_select_download(page, server, tmp_path):
    page.fill("#draft", DRAFT)
    page.focus("#draft")
    page.keyboard.press("Control+Enter")
    page.wait_for_selector("#article mark")
    doc = _api(server, "/api/extract", {"text": DRAFT})

    # the highlights are exactly where the offsets say, and the article is the draft, as text
    got = page.evaluate(MARKS_MATCH_TEXT)
    assert got["text"] == DRAFT and not got["bad"] and got["n"] > len(doc["claims"])
    ids = {m[0]: (m[1], m[2]) for m in got["claims"]}
    for c in doc["claims"]:
        assert ids[f"claim-{c['id']}"][0] == c["start"] and c["end"] >= ids[f"claim-{c['id']}"][1]
    assert page.evaluate("() => window.pwned") is None and page.locator("#article img, #article script").count() == 0
    assert page.locator(".item").count() == len(doc["claims"])

    # the list's styles do not reach the article: evidence marks keep the article's font size
    sizes = page.evaluate("""() => [getComputedStyle(document.querySelector('#article')).fontSize,
        ...[...document.querySelectorAll('#article mark.evidence')].map(m => getComputedStyle(m).fontSize)]""")
    assert len(sizes) > 1 and set(sizes) == {sizes[0]}

    # filter by status: only the unconfirmed statements stay in the list, the others are dimmed in the text
    unconfirmed = [c["id"] for c in doc["claims"] if c["status"] == "unconfirmed"]
    page.select_option("select[data-filter=status]", "unconfirmed")
    visible = page.eval_on_selector_all(".item:not([hidden])", "els => els.map(e => e.dataset.claim)")
    assert visible == unconfirmed and len(unconfirmed) < len(doc["claims"])
    assert f"{len(unconfirmed)} of {len(doc['claims'])}" in page.inner_text(".shown")
    hidden = [c["id"] for c in doc["claims"] if c["id"] not in unconfirmed]
    assert "dim" in page.get_attribute(f"#claim-{hidden[0]}", "class")
    page.click("button.reset")
    assert page.locator(".item:not([hidden])").count() == len(doc["claims"])

    # filter by rule, from the summary's button
    rule = page.get_attribute(".rules button[data-rule]", "data-rule")
    page.click(f".rules button[data-rule='{rule}']")
    with_rule = page.eval_on_selector_all(".item:not([hidden])", "els => els.map(e => e.dataset.rules)")
    assert with_rule and all(rule in r.split() for r in with_rule)
    page.click("button.reset")

    # filter by speaker
    speaker = doc["claims"][0]["speaker_id"]
    page.select_option("select[data-filter=speaker]", speaker)
    assert page.eval_on_selector_all(".item:not([hidden])", "els => els.map(e => e.dataset.speaker)") == [
        c["speaker_id"] for c in doc["claims"] if c["speaker_id"] == speaker]
    page.click("button.reset")

    # select a statement with the keyboard: its highlight and its evidence in the text are marked
    with_evidence = next(c for c in doc["claims"] if any(e["type"] not in ("single_source", "anonymous_source")
                                                         for e in c["evidence"]))
    page.focus(f".item[data-claim={with_evidence['id']}] .pick")
    page.keyboard.press("Enter")
    assert "active" in page.get_attribute(f"#claim-{with_evidence['id']}", "class")
    assert page.locator(f"#article mark.evidence.sel[data-claims~={with_evidence['id']}]").count() >= 1
    assert "active" in page.get_attribute(f".item[data-claim={with_evidence['id']}]", "class")
    # and clicking a highlight in the text selects its statement in the list
    last = doc["claims"][-1]["id"]
    page.click(f"#claim-{last}")
    assert "active" in page.get_attribute(f".item[data-claim={last}]", "class")

    # downloads: the JSON is the API's document, the CSV the claim table, the report a page with the highlights
    with page.expect_download() as dl:
        page.click("button[data-download=json]")
    assert json.loads(Path(dl.value.path()).read_text(encoding="utf-8")) == doc
    with page.expect_download() as dl:
        page.click("button[data-download=csv]")
    rows = list(csv.reader(io.StringIO(Path(dl.value.path()).read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CLAIM_COLUMNS and len(rows) == len(doc["claims"]) + 1
    assert dl.value.suggested_filename == "text.csv"
    with page.expect_download() as dl:
        page.click("button[data-download=xlsx]")
    assert Path(dl.value.path()).read_bytes()[:2] == b"PK"
    with page.expect_download() as dl:
        page.click("button[data-download=report]")
    assert 'class="claims-report"' in Path(dl.value.path()).read_text(encoding="utf-8")
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)


def test_open_a_file_in_dutch(page, server):
    page.set_input_files("#file", files=[{"name": "bibliotheek.md", "mimeType": "text/markdown",
                                          "buffer": DUTCH.encode("utf-8")}])
    page.wait_for_selector("#article mark")
    assert page.input_value("#draft") == DUTCH
    assert page.get_attribute(".claims-report", "lang") == "nl"
    assert "onbevestigd" in page.inner_text("#claims").lower() and "Downloaden" in page.inner_text(".downloads")
    got = page.evaluate(MARKS_MATCH_TEXT)
    assert got["text"] == DUTCH and not got["bad"]
    assert "bibliotheek.md" in page.inner_text("#status")


def test_errors_and_empty_draft_are_said(page):
    page.click("#check")
    assert "Paste a draft" in page.inner_text("#status")
    page.set_input_files("#file", files=[{"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"%PDF"}])
    page.wait_for_selector("#status.error >> text=unsupported file type")


def test_drop_a_file_anywhere_on_the_page(page):
    text = '"The bridge stays closed until May," said engineer Lena Ford.\n'
    page.evaluate("""(text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'bridge.txt', {type: 'text/plain'}));
      document.querySelector('header').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true,
                                                                           cancelable: true}));
    }""", text)
    page.wait_for_selector("#article mark.claim")
    assert page.input_value("#draft") == text and page.url.startswith("http://127.0.0.1")
    assert page.evaluate(MARKS_MATCH_TEXT)["text"] == text
