"""Drafts as newsrooms write them (fixtures/inputs): the same article as plain UTF-8 text, Markdown, HTML, a Word
document written by LibreOffice, UTF-8 with a byte-order mark, UTF-16 LE/BE, UTF-32, Windows-1252, CRLF, lone CR
and hard-wrapped lines gives the same statements; every span points into the file's own characters (a Word
document's: into the extracted text the output carries); check findings and the HTML report point at the same
place."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import claims
from claims.cli import app
from claims.read import InputError, read_path
from claims.schema import validate_document

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ROOT / "fixtures" / "inputs"
EN = sorted(p for p in INPUTS.glob("en-ferry*") if p.suffix in (".txt", ".md", ".html", ".docx"))
NL = sorted(INPUTS.glob("nl-bibliotheek*.txt"))
FORMAT = {".txt": "text", ".md": "markdown", ".html": "html", ".docx": "docx"}
ENCODING = {"en-ferry-bom.txt": "utf-8-sig", "en-ferry-utf16le.txt": "utf-16-le", "en-ferry-utf16be.txt": "utf-16-be",
            "en-ferry-utf32.txt": "utf-32-le", "nl-bibliotheek-cp1252.txt": "cp1252", "en-ferry.docx": None}


@pytest.fixture(scope="module")
def docs() -> dict[str, tuple]:
    """name → (document, the text its offsets point into), all fixtures in one run."""
    paths = EN + NL
    out = {}
    for path, result in zip(paths, claims.extract_many(paths)):
        assert result.error is None, result.error
        out[path.name] = (result.document, result.source.text)
    return out


def prose(text: str) -> str:
    """A span's text as a reader sees it: markup and entities of the fixtures resolved, white space collapsed."""
    text = re.sub(r"</?\w+[^>]*>|\*", "", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def statements(doc: dict) -> list[tuple]:
    names = {s["id"]: s["name"] for s in doc["speakers"]}
    return [(c["kind"], prose(c["text"]), prose(names.get(c["speaker_id"]) or ""), c["status"],
             sorted(e["type"] for e in c["evidence"]), prose(c["cue"]["text"]) if c["cue"] else None)
            for c in doc["claims"]]


def spans(doc: dict):
    for c in doc["claims"]:
        yield c
        yield from (s for s in (c["speaker"], c["cue"]) if s)
        yield from c["evidence"]
    for s in doc["speakers"]:
        yield from s["mentions"]


@pytest.mark.parametrize("name", [p.name for p in EN[1:]] + [p.name for p in NL[1:]])
def test_every_format_encoding_and_line_ending_gives_the_statements_of_plain_text(docs, name):
    plain = "en-ferry.txt" if name.startswith("en-") else "nl-bibliotheek.txt"
    assert statements(docs[name][0]) == statements(docs[plain][0])
    assert sorted(w["code"] for w in docs[name][0]["warnings"]) == sorted(w["code"] for w in docs[plain][0]["warnings"])


def test_the_fixtures_find_statements_of_every_kind(docs):
    kinds = {c["kind"] for c in docs["en-ferry.txt"][0]["claims"]} | {c["kind"] for c in docs["nl-bibliotheek.txt"][0]["claims"]}
    assert {"direct", "indirect"} <= kinds and len(docs["en-ferry.txt"][0]["claims"]) >= 6


@pytest.mark.parametrize("name", [p.name for p in EN + NL])
def test_document_says_how_it_was_read_and_every_span_is_the_files_text(docs, name):
    doc, target = docs[name]
    d = doc["document"]
    path = INPUTS / name
    assert validate_document(doc, target) == []
    assert d["format"] == FORMAT[path.suffix]
    assert d["encoding"] == ENCODING.get(name, "utf-8")
    assert d["sha256"] == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    if path.suffix == ".docx":
        assert d["offsets"] == "extracted" and d["text"] == target and d["chars"] == len(target)
    else:
        assert d["offsets"] == "source" and "text" not in d
        raw = path.read_bytes().decode(d["encoding"])
        assert target == raw.lstrip("\ufeff") and d["chars"] == len(target)  # line endings kept, BOM no character
    for span in spans(doc):
        source = target[span["start"]:span["end"]]
        assert span.get("source_text", span["text"]) == source
        if "source_text" in span:  # only where markup or an entity lies inside the range
            assert path.suffix in (".md", ".html") and re.search(r"[*<&\[\]]", source)
            assert prose(source) == prose(span["text"]) or "[" in source
        if source:  # a span starts and ends on prose, never inside skipped markup
            assert source[0] not in "<>*]()&#\\\r\n " and source[-1] not in "<>*[(&\\\r\n "


@pytest.mark.parametrize("name", ["en-ferry.txt", "en-ferry-crlf.txt", "en-ferry-cr.txt", "en-ferry.md",
                                  "en-ferry-crlf.md", "en-ferry.html", "en-ferry.docx", "en-ferry-utf16le.txt",
                                  "en-ferry-wrapped.txt", "en-ferry-wrapped.md"])
def test_a_quote_is_found_at_its_place_in_the_file(docs, name):
    doc, target = docs[name]
    quote = next(c for c in doc["claims"] if c["text"].startswith("We cannot keep"))
    assert quote["start"] == target.index("We cannot keep")
    assert quote["text"].endswith("through the winter") and quote["speaker"]["text"] in ("Helen Marsh", "operations director Helen Marsh")
    assert target[quote["speaker"]["start"]:quote["speaker"]["end"]] == quote["speaker"]["text"]


def test_markup_is_skipped_but_kept_in_a_span_that_runs_over_it(docs):
    md = docs["en-ferry.md"][0]["claims"]
    bold = next(c for c in md if "Northsound" in c["text"])
    assert bold["text"].startswith("The ferry operator Northsound will") and "*" not in bold["text"]
    assert bold["source_text"].startswith("The ferry operator **Northsound** will")  # the file's own characters
    assert not any("press" in c["text"] or "draft figure" in c["text"] or "editor" in c["text"] for c in md)
    page = docs["en-ferry.html"][0]["claims"]
    assert not any("Ferries are late" in c["text"] or "editor cut" in c["text"] for c in page)  # aside, comment
    amp = next(c for c in page if "hospital" in c["text"])
    assert amp["text"] == "This cuts us off from the hospital & the schools"
    assert amp["source_text"] == "This cuts us off from the hospital &amp; the schools"
    plain = docs["en-ferry-crlf.txt"][0]["claims"] + docs["en-ferry-wrapped.txt"][0]["claims"]
    assert not any("source_text" in c for c in plain)
    assert any("\n" in c["text"] for c in docs["en-ferry-wrapped.txt"][0]["claims"])  # a wrap, as in the file


def line_col(text: str, offset: int) -> tuple[int, int]:
    """Independent of the implementation: lines as str.splitlines(keepends=True) cuts them at \\n, \\r\\n, \\r."""
    pos = 0
    for n, line in enumerate(re.split(r"(?<=\r\n)|(?<=\n)|(?<=\r)(?!\n)", text), 1):
        if offset < pos + len(line) or not line.endswith(("\n", "\r")):
            return n, offset - pos + 1
        pos += len(line)
    return n, 1


@pytest.mark.parametrize("name", ["en-ferry-crlf.txt", "en-ferry-cr.txt", "en-ferry.md", "en-ferry.html",
                                  "en-ferry.docx", "en-ferry-wrapped-crlf.txt", "nl-bibliotheek-cp1252.txt"])
def test_check_findings_point_at_the_statement_in_the_file(docs, name):
    doc, target = docs[name]
    result = CliRunner().invoke(app, ["check", str(INPUTS / name), "-f", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["files"][0]["findings"] if "files" in json.loads(result.stdout) else \
        json.loads(result.stdout)["findings"]
    assert findings
    starts = {c["id"]: c["start"] for c in doc["claims"]}
    for f in findings:
        if f.get("claim_id"):
            assert f["start"] == starts[f["claim_id"]]
        assert (f["line"], f["column"]) == line_col(target, f["start"])
        assert (f["end_line"], f["end_column"]) == line_col(target, f["end"])


def test_sarif_char_offset_and_lines_are_the_files(docs):
    name = "en-ferry-crlf.md"
    doc, target = docs[name]
    result = CliRunner().invoke(app, ["check", str(INPUTS / name), "-f", "sarif", "--fail-on", "never"])
    sarif = json.loads(result.stdout)
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in sarif["runs"][0]["results"]]
    assert regions
    claim_starts = {c["start"] for c in doc["claims"]}
    for region in regions:
        assert region["charOffset"] in claim_starts
        assert (region["startLine"], region["startColumn"]) == line_col(target, region["charOffset"])


@pytest.mark.parametrize("name", ["en-ferry-crlf.txt", "en-ferry.md", "en-ferry.html", "en-ferry.docx"])
def test_report_shows_the_files_text_with_marks_at_the_statements(docs, name, tmp_path):
    from test_report import parse

    doc, target = docs[name]
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["report", str(INPUTS / name), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_bytes().decode("utf-8")
    raw_article = re.search(r'<article id="article"[^>]*>(.*)</article>', page, re.S).group(1)
    assert html.unescape(re.sub(r"<[^>]+>", "", raw_article)) == target  # the file's characters, \r included
    marks = parse(page).marks
    for claim in doc["claims"]:
        pieces = [m for m in marks if claim["id"] in m["data-claims"].split() and "claim" in m["class"]]
        assert pieces, claim["id"]
        assert min(int(m["data-start"]) for m in pieces) == claim["start"]
        assert max(int(m["data-end"]) for m in pieces) == claim["end"]


def test_stdin_with_a_filename_picks_the_format_and_names_the_file():
    data = (INPUTS / "en-ferry.md").read_bytes()
    result = CliRunner().invoke(app, ["check", "-", "--stdin-filename", "desk/ferry.md", "-f", "jsonl",
                                      "--fail-on", "never"], input=data)
    assert result.exit_code == 0, result.output
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert findings and all(f["path"] == "desk/ferry.md" for f in findings)
    result = CliRunner().invoke(app, ["extract", "-", "--stdin-filename", "desk/ferry.md"], input=data)
    doc = json.loads(result.stdout)
    assert doc["document"]["format"] == "markdown" and doc["document"]["path"] == "desk/ferry.md"
    assert doc["document"]["id"] == "ferry"
    assert doc["claims"][0]["start"] == data.decode().index("The ferry operator **Northsound**")


def test_input_format_overrides_the_suffix(tmp_path):
    page = tmp_path / "draft.txt"
    page.write_bytes((INPUTS / "en-ferry.html").read_bytes())
    as_text = claims.extract_file(page)
    as_html = claims.extract_file(page, input_format="html")
    assert as_html["document"]["format"] == "html" and as_text["document"]["format"] == "text"
    assert statements(as_html) == statements(claims.extract_file(INPUTS / "en-ferry.txt"))


def test_encoding_override_and_its_errors(tmp_path):
    cp = INPUTS / "nl-bibliotheek-cp1252.txt"
    doc = claims.extract_file(cp, encoding="latin-1")
    assert doc["document"]["encoding"] == "iso8859-1"  # the user's choice is used, even where it is worse
    with pytest.raises(InputError, match=r"nl-bibliotheek-cp1252\.txt: not utf-8 text \(byte \d+"):
        claims.extract_file(cp, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        claims.extract_file(cp, encoding="klingon")
    result = CliRunner().invoke(app, ["extract", str(cp), "--encoding", "klingon"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1


def test_undecodable_damaged_and_misnamed_files_are_one_clear_line_and_the_run_goes_on(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"Geen tekst \x81\x8d\x8f\x90\x9d\x01\x02 hier.\n")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    zipped = tmp_path / "draft.txt"
    zipped.write_bytes((INPUTS / "en-ferry.docx").read_bytes())
    good = INPUTS / "en-ferry-utf16le.txt"
    result = CliRunner().invoke(app, ["extract", str(junk), str(broken), str(zipped), str(good), "-f", "jsonl"])
    assert result.exit_code == 2
    errors = result.stderr.strip().split("\n")
    assert len(errors) == 3
    assert "junk.txt: not text: not UTF-8" in errors[0]
    assert "broken.docx: not a Word document" in errors[1]
    assert "draft.txt: a ZIP archive or Word document, not text" in errors[2]
    assert json.loads(result.stdout)["document"]["encoding"] == "utf-16-le"


def test_text_fixtures_are_what_the_generator_writes():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_fixtures", INPUTS / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, data in module.derived().items():
        assert (INPUTS / name).read_bytes() == data, name


def test_the_word_fixture_was_written_by_a_word_processor():
    import zipfile

    with zipfile.ZipFile(INPUTS / "en-ferry.docx") as z:
        app_xml = z.read("docProps/app.xml").decode("utf-8")
        styles = z.read("word/document.xml").decode("utf-8")
    assert "LibreOffice" in app_xml
    assert 'w:val="Heading1"' in styles or "Heading" in styles


def test_api_and_cli_read_a_file_the_same_way():
    path = INPUTS / "en-ferry-crlf.md"
    api = claims.extract_file(path)
    cli = json.loads(CliRunner().invoke(app, ["extract", str(path)]).stdout)
    api.pop("tool"), cli.pop("tool")
    assert api == cli
    with pytest.raises(InputError, match="no such file"):
        claims.extract_file(INPUTS / "missing.md")


def test_text_given_as_a_string_keeps_its_line_endings():
    text = "Brug dicht\r\n\r\n\"De brug blijft tot juni dicht\", zegt wethouder Karin Bos.\r\n"
    doc = claims.extract(text)
    assert doc["document"]["encoding"] is None and doc["document"]["offsets"] == "source"
    assert validate_document(doc, text) == []
    claim = doc["claims"][0]
    assert claim["start"] == text.index("De brug") and claim["text"] == "De brug blijft tot juni dicht"
    md = "# Brug dicht\n\n\"De brug blijft tot **juni** dicht\", zegt wethouder [Karin Bos](https://example.org).\n"
    doc = claims.extract(md, input_format="markdown")
    assert doc["document"]["format"] == "markdown"
    claim = doc["claims"][0]
    assert claim["text"] == "De brug blijft tot juni dicht"
    assert claim["source_text"] == "De brug blijft tot **juni** dicht" == md[claim["start"]:claim["end"]]
    assert claim["speaker"]["text"] in ("Karin Bos", "wethouder Karin Bos")
    assert md[claim["speaker"]["start"]:claim["speaker"]["end"]] == claim["speaker"].get("source_text", claim["speaker"]["text"])
    assert validate_document(doc, md) == []
    with pytest.raises(ValueError, match="from its bytes"):
        claims.extract("x", input_format="docx")


def test_read_path_reports_the_formats():
    assert read_path(INPUTS / "en-ferry.md").format == "markdown"
    assert read_path(INPUTS / "en-ferry.md", input_format="txt").format == "text"
    with pytest.raises(InputError, match="unknown input format 'pdf'"):
        read_path(INPUTS / "en-ferry.md", input_format="pdf")


def test_hard_wraps_give_no_finding_the_unwrapped_text_does_not():
    from claims.api import check

    names = ["en-ferry.txt", "en-ferry-wrapped.txt", "en-ferry-wrapped-crlf.txt", "en-ferry-wrapped-tight.txt",
             "en-ferry-wrapped.md", "nl-bibliotheek.txt", "nl-bibliotheek-wrapped.txt"]
    run = check([INPUTS / n for n in names], fail_on="never")
    found = {Path(r.path).name: sorted((f.rule_id, re.sub(r"\s+", " ", f.message)) for f in r.findings)
             for r in run.files}
    assert found["en-ferry.txt"]
    for name in names[1:5]:
        assert found[name] == found["en-ferry.txt"], name
    assert found["nl-bibliotheek-wrapped.txt"] == found["nl-bibliotheek.txt"]
