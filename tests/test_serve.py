"""claims serve, through the framework's test client: the JSON API answers the same documents as the command
line, errors are JSON with a clear message, requests are limited in size, uploads leave no file behind, no
request path reaches the file system, and the page escapes hostile article text."""
from __future__ import annotations

import io
import json
import os
import tempfile
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claims.checks import CheckConfig
from claims.cli import app as cli
from claims.tables import CLAIM_COLUMNS
from claims.web import Desk, create_app
from claims.web.app import clean_name, page_language
from claims.web.serve import is_loopback

from conftest import ARTICLES
from test_report import check_marks

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

EN = ARTICLES / "en-school-meals-pilot.txt"
NL = ARTICLES / "nl-gemeente-windpark.txt"
UNDECODABLE = b"Dit is \x81\x8d\x8f\x90\x9d geen tekst.\n"  # no text in UTF-8, nor in Windows-1252
HOSTILE = ('<script>alert("x")</script> "Dit is <b>vet</b> & \'gevaarlijk\'," zei Jan "><img src=x onerror=alert(1)>.\n'
           '"</mark></article><script>document.title=1</script>," aldus een woordvoerder.')


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(max_bytes=200_000)) as c:
        yield c


def _cli_json(*args: str) -> dict:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def _without_path(doc: dict) -> dict:
    doc = json.loads(json.dumps(doc))
    doc["document"].pop("path")
    doc["document"].pop("id")
    return doc


def test_health(client):
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and set(body["languages"]) == {"nl", "en"} and set(body["pipelines"]) == {"nl", "en"}
    assert body["max_bytes"] == 200_000 and "single-source" in body["rules"]


def test_extract_json_and_upload_are_the_documents_of_claims_extract(client):
    expected = _cli_json("extract", str(EN))
    by_json = client.post("/api/extract", json={"text": EN.read_text(encoding="utf-8"), "language": "auto"})
    assert by_json.status_code == 200 and by_json.headers["content-type"] == "application/json"
    pasted, read = _without_path(by_json.json()), _without_path(expected)
    assert pasted["document"].pop("encoding") is None and read["document"].pop("encoding") == "utf-8"  # no bytes
    assert pasted == read
    assert by_json.json()["document"]["id"] == "text" and by_json.json()["document"]["path"] is None
    upload = client.post("/api/extract", files={"file": (EN.name, EN.read_bytes(), "text/plain")})
    assert upload.status_code == 200
    assert upload.json()["document"]["path"] == EN.name and upload.json()["document"]["id"] == EN.stem
    assert _without_path(upload.json()) == _without_path(expected)


def test_check_is_the_document_of_claims_check_json(client):
    expected = _cli_json("check", str(NL), "--format", "json")
    got = client.post("/api/check", files={"file": (NL.name, NL.read_bytes())}, data={"language": "nl"}).json()
    assert got["summary"] == expected["summary"] and got["config"]["rules"] == expected["config"]["rules"]
    strip = lambda fs: [{k: v for k, v in f.items() if k != "path"} for f in fs]  # noqa: E731
    assert strip(got["files"][0]["findings"]) == strip(expected["files"][0]["findings"])
    assert got["files"][0]["findings"] and got["files"][0]["path"] == NL.name


def test_language_choice(client):
    text = NL.read_text(encoding="utf-8")
    assert client.post("/api/extract", json={"text": text}).json()["document"]["language"] == "nl"
    assert client.post("/api/extract", json={"text": text, "language": "en"}).json()["document"]["language"] == "en"


@pytest.mark.parametrize("kwargs, status, words", [
    ({"json": {"text": "x", "language": "fr"}}, 422, "language 'fr'"),
    ({"json": {"txt": "x"}}, 422, "unknown field 'txt'"),
    ({"json": {"language": "nl"}}, 422, '"text" is required'),
    ({"json": ["text"]}, 422, "expected a JSON object"),
    ({"content": b"{nope", "headers": {"content-type": "application/json"}}, 400, "not valid JSON"),
    ({"content": b"text", "headers": {"content-type": "text/plain"}}, 415, "unsupported Content-Type"),
    ({"files": {"file": ("notes.pdf", b"%PDF-1.4")}}, 415, "notes.pdf: unsupported file type .pdf"),
    ({"files": {"file": ("bad.txt", UNDECODABLE)}}, 422, "bad.txt: "),
    ({"data": {"language": "nl"}, "files": {"other": ("x.txt", b"a"), "file": ("y.txt", b"b")}}, 422, "one file"),
    ({"data": {"language": "nl"}}, 415, "unsupported Content-Type"),
])
def test_errors_are_json_with_a_clear_message(client, kwargs, status, words):
    r = client.post("/api/extract", **kwargs)
    assert r.status_code == status and r.headers["content-type"] == "application/json"
    assert words in r.json()["error"], r.json()


def test_unknown_route_and_method_are_json(client):
    r = client.get("/api/nothing")
    assert r.status_code == 404 and r.json() == {"error": "not found: /api/nothing"}
    r = client.get("/api/extract")
    assert r.status_code == 405 and "error" in r.json()


def test_request_size_limit(client):
    big = {"text": "a " * 150_000}
    r = client.post("/api/extract", json=big)
    assert r.status_code == 413 and "request too large" in r.json()["error"]

    def chunks():  # no Content-Length: the limit holds while the body streams in
        for _ in range(50):
            yield b"x" * 10_000

    r = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "more than" in r.json()["error"]
    r = client.post("/api/extract", files={"file": ("big.txt", b"word " * 60_000)})
    assert r.status_code == 413


def test_uploads_leave_no_file_and_names_are_only_labels(client):
    before = set(os.listdir(tempfile.gettempdir()))
    r = client.post("/api/extract", files={"file": ("../../etc/passwd.txt", b'"Ja," zei Piet.')})
    assert r.status_code == 200 and r.json()["document"]["path"] == "passwd.txt"
    r = client.post("/api/extract", files={"file": ("C:\\Users\\x\\draft.md", b'"Yes," said Ann.')})
    assert r.json()["document"]["path"] == "draft.md"
    r = client.post("/api/extract", files={"file": ("broken.txt", UNDECODABLE)})
    assert r.status_code == 422 and "claims-upload" not in r.json()["error"] and "broken.txt" in r.json()["error"]
    assert not [n for n in set(os.listdir(tempfile.gettempdir())) - before if n.startswith("claims-upload-")]
    assert clean_name("/tmp/../..") is None and clean_name("a\x00b.txt") == "ab.txt" and clean_name(3) is None


def test_no_request_path_reaches_the_file_system(client):
    for path in ("/assets/../pyproject.toml", "/assets/..%2F..%2Fpyproject.toml", "/assets/%2e%2e/README.md",
                 "/assets/labels.json", "/assets/app.py"):
        r = client.get(path)
        assert r.status_code == 404, path
    r = client.get("/assets/report.js")
    assert r.status_code == 200 and "claimsReport" in r.text and r.headers["content-type"].startswith("text/javascript")


def test_table_report_and_view(client):
    body = {"text": EN.read_text(encoding="utf-8"), "name": "school.txt"}
    csv = client.post("/api/table?format=csv", json=body)
    assert csv.status_code == 200 and csv.text.splitlines()[0] == ",".join(CLAIM_COLUMNS)
    assert 'filename="school.csv"' in csv.headers["content-disposition"]
    xlsx = client.post("/api/table?format=xlsx", json=body)
    assert xlsx.content[:2] == b"PK" and "spreadsheetml" in xlsx.headers["content-type"]
    assert client.post("/api/table?format=exe", json=body).status_code == 422
    report = client.post("/api/report", json=body)
    assert report.text.startswith("<!DOCTYPE html>") and 'filename="school.html"' in report.headers["content-disposition"]
    check_marks(report.text, body["text"])
    view = client.post("/api/view", json=body).json()
    assert view["text"] == body["text"] and view["name"] == "school.txt"
    assert view["document"] == client.post("/api/extract", json=body).json()
    assert view["check"] == client.post("/api/check", json=body).json()
    check_marks(view["html"], body["text"])
    assert 'data-download="xlsx"' in view["html"]


def test_page_shell_and_headers(client):
    page = client.get("/", headers={"accept-language": "nl-BE,nl;q=0.9,en;q=0.5"})
    assert page.status_code == 200 and '<html lang="nl">' in page.text and "Controleren" in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and page.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in page.text and "http" not in page.text.replace("http-equiv", "")
    assert '<html lang="en">' in client.get("/", headers={"accept-language": "fr"}).text
    assert page_language("de-DE, en-GB;q=0.8") == "en" and page_language(None) == "en"


def test_openapi_documents_both_bodies(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/extract", "/api/check", "/api/report", "/api/table", "/api/view"):
        content = spec["paths"][path]["post"]["requestBody"]["content"]
        assert {"application/json", "multipart/form-data"} <= set(content)
        assert "413" in spec["paths"][path]["post"]["responses"]
    assert "/api/health" in spec["paths"]
    assert client.get("/docs").status_code == 404  # no page that pulls assets from a CDN
    # the answer of /api/extract is described by the published document schema, and the real answer fits it
    ref = spec["paths"]["/api/extract"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ref == {"$ref": "#/components/schemas/ClaimsDocument"}
    import jsonschema

    doc = client.post("/api/extract", json={"text": NL.read_text(encoding="utf-8")}).json()
    jsonschema.validate(doc, {"$ref": ref["$ref"], "components": spec["components"]})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**doc, "claims": [{"id": 1}]}, {"$ref": ref["$ref"], "components": spec["components"]})


def test_hostile_text_is_escaped_in_the_page(client):
    view = client.post("/api/view", json={"text": HOSTILE, "language": "nl"}).json()
    html = view["html"]
    assert "<script>" not in html and "<img" not in html and "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    check_marks(html, HOSTILE)
    assert view["document"]["claims"], "the hostile draft should still have statements to highlight"


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(['"', "<", ">", "&", "'", "“", "”", "</mark>", "<script>", " zei Jan. ", " said Ann. ",
                                  "\n", "x", "é", "\u2028"]), max_size=40).map("".join))
def test_any_text_gives_escaped_html_with_exact_offsets(client, text):
    r = client.post("/api/view", json={"text": text})
    assert r.status_code == 200
    html = r.json()["html"]
    assert "<script>" not in html
    if r.json()["document"]["claims"]:
        check_marks(html, text)


def test_desk_configuration_is_used(tmp_path):
    (tmp_path / ".claims.toml").write_text('language = "nl"\ndisable = ["single-source"]\n', encoding="utf-8")
    from claims.checks import load_file

    config = load_file(tmp_path / ".claims.toml")
    with TestClient(create_app(config)) as c:
        got = c.post("/api/check", json={"text": NL.read_text(encoding="utf-8")}).json()
        assert "single-source" not in got["config"]["rules"] and got["config"]["source"].endswith(".claims.toml")
        assert not [f for f in got["files"][0]["findings"] if f["rule_id"] == "single-source"]
        assert c.get("/api/health").json()["config"].endswith(".claims.toml")
        assert 'value="nl" selected' in c.get("/").text
        english = 'The mayor said the bridge "will reopen in May".'
        assert c.post("/api/extract", json={"text": english}).json()["document"]["language"] == "nl"


def test_only_loopback_host_names_on_a_loopback_server():
    with TestClient(create_app(allowed_hosts=["127.0.0.1", "localhost", "[::1]"])) as c:
        assert c.get("/api/health", headers={"host": "127.0.0.1:8000"}).status_code == 200
        assert c.get("/api/health", headers={"host": "localhost"}).status_code == 200
        assert c.get("/api/health", headers={"host": "[::1]:8000"}).status_code == 200
        r = c.get("/api/health", headers={"host": "attacker.example:8000"})
        assert r.status_code == 400 and "is not served here" in r.json()["error"]


def test_cache_is_bounded():
    desk = Desk(CheckConfig(), cache_size=2)
    from claims.web.app import Article

    for n in range(4):
        desk.analyse(Article(f'"Punt {n}," zei Jan.', "nl"))
    assert len(desk._cache) == 2


def test_serve_command_refuses_a_bad_address_or_config(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 2 and "cannot listen on 127.0.0.1" in result.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("fail-on = 3\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["serve", "--config", str(bad)])
    assert result.exit_code == 2 and "bad.toml" in result.stderr
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
