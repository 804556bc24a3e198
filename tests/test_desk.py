"""claims check at the desk: review marks, baselines, path selection (exclude, .gitignore, each file once),
colour conventions, the JSON report's schema, the GitLab format, -o with a format name, the summary naming the
config file, help showing flags as flags, and what scripts/demo tells the user."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from claims.checks import (
    RULES, CheckConfig, Finding, expand, find_marks, fingerprint, normalise, review,
)
from claims.checks import baseline as baselines
from claims.cli import app, use_color

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# Articles written for these tests: three quotes, each from one named speaker (single-source fires on each).
PARA1 = '"We gaan het park bouwen," zei wethouder Anna Smit dinsdag.'
PARA2 = '"De subsidie is binnen," zei Piet de Boer van de provincie.'
PARA3 = '"Het wordt een mooi project," zei Karel Jansen.'
MARKDOWN = f"# Wethouder wil windpark\n\n{PARA1}\n\n<!-- claims: accept single-source -- gebeld, 3 mei -->\n{PARA2}\n\n{PARA3}\n"
PLAIN = f"{PARA1}\n\nclaims: accept single-source\n{PARA2}\n\n{PARA3}\n"


def _finding(rule_id: str, start: int, end: int | None = None) -> Finding:
    return Finding(rule_id, RULES[rule_id].severity, "m", start, start + 1 if end is None else end)


# --- review marks: syntax and scope --------------------------------------------------------------------------------

def test_comment_mark_covers_the_next_paragraph_only():
    text = MARKDOWN
    (mark,) = find_marks(text)
    assert (mark.verb, mark.rules, mark.reason) == ("accept", ("single-source",), "gebeld, 3 mei")
    assert text[mark.start:mark.end].startswith("<!--") and text[mark.start:mark.end].endswith("-->")
    p1, p2, p3 = (text.index(p) for p in (PARA1, PARA2, PARA3))
    assert not mark.covers("single-source", p1)
    assert mark.covers("single-source", p2) and mark.covers("single-source", p2 + len(PARA2) - 1)
    assert not mark.covers("single-source", p3)
    assert not mark.covers("hedged-claim", p2)


def test_mark_at_the_end_of_a_line_covers_its_own_paragraph():
    text = f"{PARA1}\n\n{PARA2} <!-- claims: accept single-source -->\nNog een zin.\n\n{PARA3}\n"
    (mark,) = find_marks(text)
    assert mark.covers("single-source", text.index(PARA2))
    assert mark.covers("single-source", text.index("Nog een zin"))
    assert not mark.covers("single-source", text.index(PARA1)) and not mark.covers("single-source", text.index(PARA3))


@pytest.mark.parametrize("line", [
    "claims: accept single-source", "# claims: accept single-source", "// claims: accept single-source",
    "[claims: accept single-source]", "  Claims: Accept single-source  ", "claims: accept single-source -- checked",
])
def test_plain_text_line_forms(line):
    text = f"{PARA1}\n\n{line}\n{PARA2}\n\n{PARA3}\n"
    (mark,) = find_marks(text)
    assert mark.rules == ("single-source",)
    assert mark.covers("single-source", text.index(PARA2)) and not mark.covers("single-source", text.index(PARA3))


def test_a_sentence_that_mentions_claims_is_no_mark():
    text = "The claims: accept nothing, said nobody.\nHe claims: accept it.\n"
    assert find_marks(text) == []


def test_accept_file_several_rules_and_all():
    text = f"<!-- claims: accept-file hedged-claim, single-source -->\n{PARA1}\n\n{PARA2}\n\nclaims: accept all\n{PARA3}\n"
    file_mark, all_mark = find_marks(text)
    assert file_mark.rules == ("hedged-claim", "single-source") and file_mark.scope_end == len(text)
    assert all(file_mark.covers("single-source", text.index(p)) for p in (PARA1, PARA2, PARA3))
    assert all_mark.covers("denied-claim", text.index(PARA3)) and not all_mark.covers("denied-claim", 0)


def test_multiline_comment_mark():
    text = f"<!--\n  claims: accept\n  single-source not-confirmed\n-->\n{PARA1}\n"
    (mark,) = find_marks(text)
    assert mark.rules == ("single-source", "not-confirmed") and mark.covers("not-confirmed", text.index(PARA1))


def test_review_moves_covered_findings_and_reports_bad_marks():
    text = f"{PARA1}\n\nclaims: accept single-source\n{PARA2}\n\n# claims: accept no-such-rule\n{PARA3}\n\n" \
           f"claims: accept denied-claim\nLaatste alinea.\n"
    p1, p2, p3 = (text.index(p) for p in (PARA1, PARA2, PARA3))
    mark_line = text.index("claims: accept single-source")
    findings = [_finding("single-source", p1), _finding("single-source", p2), _finding("hedged-claim", p2),
                _finding("single-source", p3), _finding("unattributed-quote", mark_line)]
    kept, accepted = review(findings, text, CheckConfig(), "a.txt")
    assert [(f.rule_id, f.start) for f in accepted] == [("single-source", p2)]
    rules = [(f.rule_id, f.start) for f in kept]
    assert ("single-source", p1) in rules and ("hedged-claim", p2) in rules and ("single-source", p3) in rules
    assert ("unattributed-quote", mark_line) not in rules  # the mark line itself read as a statement: dropped
    bad = [f for f in kept if f.rule_id == "review-mark"]
    assert len(bad) == 2 and "unknown rule 'no-such-rule'" in bad[0].message and "denied-claim" in bad[1].message
    assert bad[0].line == 6 and bad[0].path == "a.txt"
    off = CheckConfig().with_flags(disable=["review-mark"])
    assert not [f for f in review(findings, text, off)[0] if f.rule_id == "review-mark"]


def test_fingerprint_ignores_position_case_and_punctuation():
    assert normalise("  “Het  wordt,” ZEI hij!\n") == "het wordt zei hij"
    a = fingerprint("single-source", "Het wordt een mooi project", "Karel Jansen")
    assert a == fingerprint("single-source", "het wordt een  mooi project!", "KAREL JANSEN")
    assert a != fingerprint("single-source", "Het wordt een mooi project", "Anna Smit")
    assert a != fingerprint("hedged-claim", "Het wordt een mooi project", "Karel Jansen")
    assert re.fullmatch(r"[0-9a-f]{16}", a)


# --- on real files through the command ------------------------------------------------------------------------------

@pytest.fixture()
def desk(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAIN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _json(args: list[str]) -> tuple[int, dict]:
    result = runner.invoke(app, ["check", *args, "-f", "json"])
    return result.exit_code, json.loads(result.stdout)


def test_marks_accept_findings_in_markdown_and_plain_text(desk):
    code, report = _json(["a.md", "b.txt", "--fail-on", "info"])
    for f in report["files"]:
        texts = [x["message"] for x in f["findings"]]
        assert [x["rule_id"] for x in f["accepted"]] == ["single-source"]
        assert "De subsidie" in f["accepted"][0]["message"] and not any("De subsidie" in t for t in texts)
        assert any("We gaan" in t for t in texts) and any("mooi project" in t for t in texts)
    assert report["summary"]["accepted"] == 2 and code == 1
    # accept the rest file-wide: the gate goes green
    (desk / "a.md").write_text("<!-- claims: accept-file single-source -->\n" + MARKDOWN, encoding="utf-8")
    code, report = _json(["a.md", "--fail-on", "info"])
    assert code == 0 and report["summary"]["accepted"] == 3 and report["files"][0]["findings"] == []


def test_baseline_round_trip_survives_edits_elsewhere(desk):
    result = runner.invoke(app, ["check", "a.md", "b.txt", "--baseline", "base.json", "--update-baseline",
                                 "--fail-on", "info"])
    assert result.exit_code == 0, result.output
    assert "4 findings recorded in the baseline" in result.stderr
    data = json.loads((desk / "base.json").read_text())
    assert data["schema_version"] == "1.0" and len(data["findings"]) == 4
    assert {e["path"] for e in data["findings"]} == {"a.md", "b.txt"}
    assert not list(desk.glob(".base.json.*"))  # written atomically: no temporary file left
    # an edit elsewhere (a new first paragraph) keeps every entry; a new finding is reported, the old ones not
    (desk / "a.md").write_text('"Er komt een nieuw plein," zei Joris Bakker.\n\nEen nieuwe alinea.\n\n' + MARKDOWN,
                               encoding="utf-8")
    code, report = _json(["a.md", "b.txt", "--baseline", "base.json", "--fail-on", "info"])
    findings = [f for file in report["files"] for f in file["findings"]]
    assert code == 1 and len(findings) == 1 and "nieuw plein" in findings[0]["message"]
    assert report["summary"]["baselined"] == 4 and report["summary"]["baseline_stale"] == 0
    assert report["baseline"].endswith("base.json")
    text = runner.invoke(app, ["check", "a.md", "b.txt", "--baseline", "base.json"]).stdout
    assert "4 in baseline" in text.splitlines()[-1]
    # changing the statement itself makes it a new finding, and its old entry stale
    (desk / "b.txt").write_text(PLAIN.replace("mooi project", "prachtig project"), encoding="utf-8")
    code, report = _json(["b.txt", "--baseline", "base.json", "--fail-on", "info"])
    (only,) = report["files"][0]["findings"]
    assert "prachtig project" in only["message"] and code == 1
    assert report["summary"]["baseline_stale"] >= 1


def test_baseline_errors_are_usage_errors(desk):
    result = runner.invoke(app, ["check", "a.md", "--baseline", "missing.json"])
    assert result.exit_code == 2 and "no such baseline file" in result.stderr
    (desk / "bad.json").write_text('{"findings": 3}')
    result = runner.invoke(app, ["check", "a.md", "--baseline", "bad.json"])
    assert result.exit_code == 2 and "not a claims baseline" in result.stderr
    result = runner.invoke(app, ["check", "a.md", "--update-baseline"])
    assert result.exit_code == 2 and "--update-baseline needs --baseline" in result.stderr


def test_baseline_counts_identical_findings(tmp_path):
    from claims.checks.runner import CheckRun, FileReport

    f = Finding("single-source", "info", "m", 0, 1, None, str(tmp_path / "x.txt"), fingerprint="ab" * 8)
    run = CheckRun(CheckConfig(), [FileReport(str(tmp_path / "x.txt"), findings=[f, f])])
    path = tmp_path / "base.json"
    path.write_text(baselines.dumps(CheckRun(CheckConfig(), [FileReport(f.path, findings=[f])]), path))
    baselines.apply(run, baselines.load(path))
    assert len(run.baselined) == 1 and len(run.findings) == 1


# --- choosing files ------------------------------------------------------------------------------------------------

@pytest.fixture()
def tree(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n*.tmp.md\n")
    for rel in ("news/a.md", "news/b.txt", "news/drafts/c.md", "build/out.md", "news/x.tmp.md", "news/keep/d.md"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(PARA1 + "\n", encoding="utf-8")
    (tmp_path / "news" / "keep" / ".gitignore").write_text("d.md\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _rel(files) -> list[str]:
    return sorted(Path(f).as_posix() for f in files)


def test_gitignore_is_respected_in_folders_unless_no_ignore(tree):
    assert _rel(expand(["."])) == ["news/a.md", "news/b.txt", "news/drafts/c.md"]
    assert "build/out.md" in _rel(expand(["."], gitignore=False))
    assert "news/keep/d.md" in _rel(expand(["."], gitignore=False))


def test_exclude_and_explicit_files_like_ruff(tree):
    assert _rel(expand(["news"], exclude=["drafts/**"])) == ["news/a.md", "news/b.txt"]
    assert _rel(expand(["."], exclude=["news/drafts/**"])) == ["news/a.md", "news/b.txt"]
    # a file named explicitly is checked, even when excluded or ignored ...
    assert _rel(expand(["news/drafts/c.md", "build/out.md"], exclude=["**/drafts/**"])) == \
        ["build/out.md", "news/drafts/c.md"]
    # ... unless force_exclude (what the pre-commit hook uses)
    assert _rel(expand(["news/drafts/c.md", "build/out.md", "news/a.md"], exclude=["**/drafts/**"],
                       force_exclude=True)) == ["news/a.md"]


def test_a_file_given_twice_is_checked_once(tree):
    assert _rel(expand(["news/a.md", "./news/a.md", "news", str(tree / "news" / "a.md")])) == \
        ["news/a.md", "news/b.txt", "news/drafts/c.md"]
    code, report = _json(["news/a.md", "./news/a.md", "--fail-on", "never"])
    assert code == 0 and len(report["files"]) == 1


def test_empty_selection_is_exit_2_with_the_reason(tree):
    result = runner.invoke(app, ["check", "news", "--exclude", "**"])
    assert result.exit_code == 2
    assert "no file to check in news" in result.stderr and "excluded: **" in result.stderr
    (tree / "empty").mkdir()
    result = runner.invoke(app, ["check", "empty"])
    assert result.exit_code == 2 and "no file to check in empty" in result.stderr
    result = runner.invoke(app, ["check", "build"])
    assert result.exit_code == 2 and ".gitignore respected (--no-ignore)" in result.stderr
    assert runner.invoke(app, ["check", "build", "--no-ignore", "--fail-on", "never"]).exit_code == 0


def test_config_keys_for_exclusion(tree):
    (tree / ".claims.toml").write_text('exclude = ["**/drafts/**"]\nforce-exclude = true\nrespect-gitignore = false\n')
    code, report = _json(["news", "news/drafts/c.md", "build", "--fail-on", "never"])
    assert sorted(Path(f["path"]).as_posix() for f in report["files"]) == \
        ["build/out.md", "news/a.md", "news/b.txt", "news/keep/d.md", "news/x.tmp.md"]
    (tree / ".claims.toml").write_text('force-exclude = "yes"\n')
    result = runner.invoke(app, ["check", "news"])
    assert result.exit_code == 2 and "force-exclude" in result.stderr and "true or false" in result.stderr


# --- output conventions ----------------------------------------------------------------------------------------------

class _Tty:
    def isatty(self):
        return True


def test_use_color_follows_no_color_term_and_the_flag(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert use_color("auto", _Tty()) and not use_color("auto", object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color("auto", _Tty()) and use_color("always", object())
    monkeypatch.setenv("NO_COLOR", "")  # empty means unset (no-color.org)
    assert use_color("auto", _Tty())
    monkeypatch.setenv("TERM", "dumb")
    assert not use_color("auto", _Tty()) and not use_color("never", _Tty())


def test_color_flag_on_the_text_output(desk):
    coloured = runner.invoke(app, ["check", "a.md", "--color", "always"]).stdout
    assert "\x1b[" in coloured
    plain = runner.invoke(app, ["check", "a.md", "--color", "never"]).stdout
    assert "\x1b[" not in plain and plain.strip()
    assert runner.invoke(app, ["check", "a.md"], env={"NO_COLOR": "1"}).stdout == plain
    result = runner.invoke(app, ["check", "a.md", "--color", "sometimes"])
    assert result.exit_code == 2 and "--color" in result.stderr


def test_color_over_a_real_terminal_honours_no_color_and_term(desk):
    """The installed command under a pseudo-terminal: colours by default, none with NO_COLOR or TERM=dumb."""
    import pty

    def run(env: dict) -> bytes:
        main, secondary = pty.openpty()
        proc = subprocess.Popen([sys.executable, "-m", "claims.cli", "check", "a.md", "-q"], stdout=secondary,
                                stderr=subprocess.DEVNULL, env={**os.environ, **env}, cwd=desk)
        os.close(secondary)
        out = b""
        while True:
            try:
                chunk = os.read(main, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        proc.wait(timeout=120)
        os.close(main)
        return out

    base = {"TERM": "xterm", "NO_COLOR": ""}
    assert b"\x1b[" in run(base)
    assert b"\x1b[" not in run({**base, "NO_COLOR": "1"})
    assert b"\x1b[" not in run({**base, "TERM": "dumb"})


def test_output_given_a_format_name_is_refused(desk):
    result = runner.invoke(app, ["check", "a.md", "-o", "JSON"])
    assert result.exit_code == 2 and "did you mean --format json" in result.stderr
    assert not (desk / "JSON").exists()
    result = runner.invoke(app, ["extract", "a.md", "--output", "jsonl"])
    assert result.exit_code == 2 and not (desk / "jsonl").exists()
    # an existing file of that name, or a path with a folder, is written as asked
    assert runner.invoke(app, ["check", "a.md", "-o", str(desk / "sarif"), "-f", "sarif"]).exit_code == 0
    assert json.loads((desk / "sarif").read_text())["version"] == "2.1.0"


def test_text_summary_names_the_config_file(desk):
    last = runner.invoke(app, ["check", "a.md"]).stdout.splitlines()[-1]
    assert "no config file (defaults)" in last
    (desk / ".claims.toml").write_text('fail-on = "warning"\n')
    last = runner.invoke(app, ["check", "a.md"]).stdout.splitlines()[-1]
    assert f"config {desk / '.claims.toml'}" in last and "1 accepted by review marks" in last


# --- the JSON report and its schema; GitLab; SARIF fingerprints -----------------------------------------------------

CHECK_SCHEMA = json.loads((ROOT / "schemas" / "check.schema.json").read_text(encoding="utf-8"))


def test_check_schema_is_one_file_and_valid():
    assert (ROOT / "schemas" / "check.schema.json").samefile(ROOT / "claims" / "schemas" / "check.schema.json")
    jsonschema.Draft202012Validator.check_schema(CHECK_SCHEMA)


def test_json_report_is_valid_against_its_schema(check_run, desk):
    from claims.formats import jsonout

    validator = jsonschema.Draft202012Validator(CHECK_SCHEMA)
    doc = jsonout.as_dict(check_run)  # the shared corpus run: unreadable files too
    validator.validate(doc)
    assert doc["schema_version"] == "1.0" and doc["summary"]["errors"] == 2
    code, report = _json(["a.md", "b.txt", "--baseline", "x.json", "--update-baseline"])
    validator.validate(report)
    assert report["summary"]["baselined"] > 0 and report["summary"]["accepted"] == 2
    # a finding with a key the schema does not know fails validation: the schema is strict
    bad = json.loads(json.dumps(doc))
    next(f for f in bad["files"] if f["findings"])["findings"][0]["extra"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(bad)


def test_docs_name_the_real_json_keys():
    docs = (ROOT / "docs" / "desk.md").read_text(encoding="utf-8")
    for key in [*CHECK_SCHEMA["required"], *CHECK_SCHEMA["properties"]["summary"]["required"],
                *CHECK_SCHEMA["$defs"]["finding"]["required"],
                *CHECK_SCHEMA["properties"]["files"]["items"]["required"]]:
        assert f"`{key}`" in docs, f"docs/desk.md does not name the JSON key {key}"


def test_gitlab_code_quality(check_run):
    from claims.formats import gitlab

    issues = json.loads(gitlab.render(check_run))
    assert len(issues) == len(check_run.findings) + len(check_run.errors)
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["path"], str) and issue["location"]["lines"]["begin"] >= 1
        assert issue["check_name"] in RULES or issue["check_name"] == "unreadable-file"
    assert {i["check_name"] for i in issues if i["severity"] == "blocker"} == {"unreadable-file"}


def test_gitlab_paths_are_relative_and_fingerprints_stable(desk):
    first = json.loads(runner.invoke(app, ["check", str(desk / "a.md"), "-f", "gitlab"]).stdout)
    assert {i["location"]["path"] for i in first} == {"a.md"}
    (desk / "a.md").write_text("Een nieuwe eerste alinea.\n\n" + MARKDOWN, encoding="utf-8")
    second = json.loads(runner.invoke(app, ["check", "a.md", "-f", "gitlab"]).stdout)
    assert [i["fingerprint"] for i in first] == [i["fingerprint"] for i in second]
    assert [i["location"]["lines"]["begin"] + 2 for i in first] == [i["location"]["lines"]["begin"] for i in second]


def test_sarif_results_carry_fingerprints(check_run):
    from claims.formats import sarif

    results = sarif.as_dict(check_run)["runs"][0]["results"]
    assert results and all(re.fullmatch(r"[0-9a-f]{16}", r["partialFingerprints"]["claimsFingerprint/v1"])
                           for r in results)


# --- help and first run ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sub", ["check", "extract", "table", "report", "eval", None])
def test_help_shows_flags_as_flags_and_lists_by_element(sub):
    result = runner.invoke(app, [sub, "--help"] if sub else ["--help"],
                           env={"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"})
    assert result.exit_code == 0
    assert "<bool>" not in result.output and "list[" not in result.output
    if sub in ("check", "table"):
        assert "PATHS..." in result.output and "[OPTIONS] PATHS..." in result.output or "[PATHS]..." in result.output
    if sub == "check":
        assert re.search(r"--quiet\s+-q\s+No progress bar", result.output)
        assert re.search(r"--disable\s+-d\s+<str>", result.output)
        assert "--force-exclude" in result.output and "--no-force-exclude" in result.output


def test_generated_cli_docs_show_no_typer_type_labels():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "<bool>" not in text and "<list[" not in text


def test_demo_says_exactly_how_to_get_claims_on_the_path():
    demo = (ROOT / "scripts" / "demo").read_text(encoding="utf-8")
    assert "source .venv/bin/activate" in demo
    activate = ROOT / ".venv" / "bin" / "activate"
    if not activate.exists():
        pytest.skip("no .venv here (scripts/demo and scripts/test create it)")
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV",)}
    env["PATH"] = "/usr/bin:/bin"  # nothing of ours on it
    out = subprocess.run(["bash", "-c", "source .venv/bin/activate && command -v claims && claims --version"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == str(ROOT / ".venv" / "bin" / "claims")
    assert out.stdout.splitlines()[1].startswith("claims ")


# --- hostile text --------------------------------------------------------------------------------------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

PIECES = st.sampled_from(["claims: accept single-source", "<!-- claims: accept-file all -->", "<!--", "-->",
                          "claims:", " accept ", "\n", "\n\n", "# ", "[", "]", "--", "“", "\u2028", "\r", "é",
                          "\U0001F600", "\ufeff", " ", "\t", PARA1, "hedged-claim, not-confirmed"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30), st.lists(st.integers(0, 400), max_size=6))
def test_marks_and_review_hold_on_hostile_text(pieces, starts):
    text = "".join(pieces)
    marks = find_marks(text)
    for m in marks:
        assert 0 <= m.start < m.end <= len(text) and 0 <= m.scope_start <= m.scope_end <= len(text)
        assert "claims" in text[m.start:m.end].lower() and m.rules == tuple(r.lower() for r in m.rules)
    findings = [_finding("single-source", min(s, max(len(text) - 1, 0))) for s in starts]
    kept, accepted = review(findings, text, CheckConfig())
    originals = [f for f in kept if f.rule_id != "review-mark"]
    assert len(originals) + len(accepted) <= len(findings)
    assert all(any(m.covers("single-source", f.start) for m in marks) for f in accepted)
