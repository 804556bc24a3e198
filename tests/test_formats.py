"""The output formats of claims check, each from one shared run over the real corpus (with unreadable files):
SARIF validated against the SARIF 2.1.0 schema subset, JUnit XML structure, GitHub annotation lines, JSON/JSONL."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from claims.checks import RULES
from claims.cli import app
from claims.formats import FORMATTERS

from conftest import BROKEN, DANGLING

SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0-subset.json").read_text())
GITHUB = re.compile(r"^::(?P<level>error|warning|notice) file=(?P<file>[^,:]+)(?:,line=(?P<line>\d+),col=(?P<col>\d+),"
                    r"endLine=\d+,endColumn=\d+)?,title=(?P<title>[a-z-]+)::(?P<msg>[^\r\n]+)$")


@pytest.fixture(scope="module")
def outputs(check_run) -> dict[str, str]:
    return {name: render(check_run) for name, render in FORMATTERS.items()}


def test_formatter_table(tmp_path):
    assert set(FORMATTERS) == {"text", "json", "jsonl", "github", "gitlab", "junit", "sarif"}
    article = tmp_path / "a.txt"
    article.write_text("Geen citaat hier.", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(article), "--format", "yaml"])
    assert result.exit_code == 2 and "unknown format 'yaml'" in result.output


def test_sarif_is_valid_and_complete(outputs, check_run):
    log = json.loads(outputs["sarif"])
    jsonschema.Draft7Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    assert len(run["results"]) == len(check_run.findings) > 0
    for res, f in zip(run["results"], check_run.findings):
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"] == f.rule_id
        region = res["locations"][0]["physicalLocation"]["region"]
        assert (region["startLine"], region["startColumn"], region["charOffset"], region["charLength"]) == (
            f.line, f.column, f.start, f.end - f.start)
        assert res["level"] == {"error": "error", "warning": "warning", "info": "note"}[f.severity]
    assert run["invocations"][0]["executionSuccessful"] is False
    assert {Path(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]).name
            for n in run["invocations"][0]["toolExecutionNotifications"]} == {BROKEN, DANGLING}
    # the subset schema does reject what it should
    bad = json.loads(outputs["sarif"])
    bad["runs"][0]["results"][0]["level"] = "fatal"
    del bad["runs"][0]["tool"]["driver"]["name"]
    assert len(list(jsonschema.Draft7Validator(SARIF_SCHEMA).iter_errors(bad))) == 2


def test_junit_structure(outputs, check_run):
    root = ET.fromstring(outputs["junit"])
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert len(suites) == len(check_run.files)
    total = failures = errors = 0
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases) > 0 and suite.get("name")
        assert int(suite.get("failures")) == len(suite.findall("testcase/failure"))
        assert int(suite.get("errors")) == len(suite.findall("testcase/error"))
        for case in cases:
            assert case.get("name") and case.get("classname") and case.get("time") is not None
            for fail in case.findall("failure"):
                assert fail.get("message") and fail.get("type") == case.get("name") and fail.text
        total += len(cases)
        failures += int(suite.get("failures"))
        errors += int(suite.get("errors"))
    assert (int(root.get("tests")), int(root.get("failures")), int(root.get("errors"))) == (total, failures, errors)
    assert errors == 2  # the two unreadable files
    failing_rules = {(f.path, f.rule_id) for f in check_run.findings if check_run.failing(f)}
    assert failures == len(failing_rules) > 0


def test_github_annotations(outputs, check_run):
    lines = outputs["github"].splitlines()
    matches = [GITHUB.match(line) for line in lines]
    assert all(matches), [line for line, m in zip(lines, matches) if not m]
    located = [m for m in matches if m["line"]]
    assert len(located) == len(check_run.findings)
    assert {m["title"] for m in located} <= set(RULES)
    assert sum(m["title"] == "unreadable-file" for m in matches) == 2


def test_json_and_jsonl(outputs, check_run):
    data = json.loads(outputs["json"])
    assert data["summary"]["exit_code"] == 2 and data["summary"]["errors"] == 2
    assert sum(len(f["findings"]) for f in data["files"]) == len(check_run.findings)
    records = [json.loads(line) for line in outputs["jsonl"].splitlines()]
    assert sum(r["type"] == "finding" for r in records) == len(check_run.findings)
    assert {Path(r["path"]).name for r in records if r["type"] == "error"} == {BROKEN, DANGLING}


def test_cli_writes_each_format_to_a_file(tmp_path):
    hospital = str(Path(__file__).parent.parent / "fixtures" / "articles" / "nl-ziekenhuis-fusie.txt")
    runner = CliRunner()
    for fmt in ("sarif", "junit", "github"):
        out = tmp_path / f"report.{fmt}"
        result = runner.invoke(app, ["check", hospital, "-f", fmt, "-o", str(out)])
        assert result.exit_code == 1 and result.stdout == ""
        assert out.read_text(encoding="utf-8").strip()
    jsonschema.validate(json.loads((tmp_path / "report.sarif").read_text()), SARIF_SCHEMA)
