"""claims check: the rules on hand-built documents, the registry, configuration discovery and layering, folder
expansion, and the command on real files (including unreadable ones)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.checks import (
    RULES, SEVERITIES, CheckConfig, ConfigError, check_document, discover, expand, find_config, line_col, load_file,
)
from claims.cli import app

from conftest import ARTICLES, BROKEN, CORPUS, DANGLING

LINE = re.compile(r"^(?P<path>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) +(?P<rule>[a-z-]+) (?P<msg>.+)$")
runner = CliRunner()

TEXT = 'Hij zei: "Dat is onzin."\nEen bron meldt dat het plan reportedly klaar is.\n"Zonder spreker.\nX'


def _claim(cid, start, end, speaker_id, status="unconfirmed", evidence=()):
    return {"id": cid, "kind": "direct", "text": TEXT[start:end], "start": start, "end": end,
            "speaker_id": speaker_id, "speaker": None, "cue": None, "status": status, "confidence": 0.5,
            "evidence": [{"type": t, "text": "x", "start": 0, "end": 1} for t in evidence]}


#: One document on which every rule fires exactly once (on the claim noted), and one claim nothing fires on.
DOC = {
    "document": {"id": "t", "path": None, "language": "nl", "sha256": "0" * 64, "chars": len(TEXT)},
    "speakers": [{"id": "s1", "name": "Hij", "type": "person", "anonymous": False, "mentions": []},
                 {"id": "s2", "name": "Een bron", "type": "unknown", "anonymous": True, "mentions": []}],
    "claims": [
        _claim("c1", 10, 23, "s1", evidence=["single_source"]),  # single-source
        _claim("c2", 39, 73, "s2", evidence=["anonymous_source", "hedge", "denied", "not_confirmed"]),
        _claim("c3", 75, 90, None),  # unattributed-quote
        _claim("c4", 0, 3, "s1", status="confirmed", evidence=["confirmed"]),  # nothing
        {**_claim("c5", 24, 38, None), "kind": "indirect"},  # unsourced-report
    ],
    "warnings": [{"code": "unclosed-quote", "message": "quote mark \" is never closed", "start": 74, "end": 75}],
}
EXPECTED = {"unattributed-quote": "c3", "anonymous-unconfirmed": "c2", "hedged-claim": "c2", "denied-claim": "c2",
            "not-confirmed": "c2", "single-source": "c1", "unclosed-quote": None, "unsourced-report": "c5"}


@pytest.mark.parametrize("rule_id", list(EXPECTED))
def test_each_rule_fires_once_on_its_claim(rule_id):
    found = RULES[rule_id](DOC)
    assert [f.claim_id for f in found] == [EXPECTED[rule_id]]
    assert found[0].rule_id == rule_id and found[0].severity == RULES[rule_id].severity and found[0].message


def test_registry_records_are_complete():
    assert set(RULES) == set(EXPECTED) | {"review-mark"}  # review-mark is found in the text (test_desk_marks.py)
    assert RULES["review-mark"](DOC) == []
    for rid, rule in RULES.items():
        assert rule.id == rid and rule.severity in SEVERITIES and len(rule.description) > 20


def test_runner_applies_severities_positions_and_order():
    config = CheckConfig().with_flags(disable=["single-source"])
    config = CheckConfig(severities={**config.severities, "hedged-claim": "error"})
    found = check_document(DOC, TEXT, config, path="a.txt")
    assert "single-source" not in {f.rule_id for f in found}
    assert {f.severity for f in found if f.rule_id == "hedged-claim"} == {"error"}
    assert [f.start for f in found] == sorted(f.start for f in found)
    for f in found:
        assert (f.line, f.column) == line_col(TEXT, f.start) and f.path == "a.txt"
    assert line_col(TEXT, 0) == (1, 1) and line_col(TEXT, TEXT.index("Een")) == (2, 1)
    assert line_col(TEXT, TEXT.index("bron")) == (2, 5)


# --- configuration ------------------------------------------------------------------------------------------------

def test_config_discovery_and_layering(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.claims]\nlanguage = "nl"\nfail-on = "warning"\ndisable = ["hedged-claim"]\n'
        'exclude = ["drafts/**"]\n\n[tool.claims.rules]\nsingle-source = "off"\ndenied-claim = "error"\n')
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    cfg = discover([deep])
    assert (cfg.language, cfg.fail_on, cfg.exclude) == ("nl", "warning", ("drafts/**",))
    assert cfg.severities["single-source"] == "off" and cfg.severities["hedged-claim"] == "off"
    assert cfg.severities["denied-claim"] == "error" and "single-source" not in cfg.enabled
    flags = cfg.with_flags(language="en", fail_on="info", disable=["denied-claim,not-confirmed"])
    assert (flags.language, flags.fail_on) == ("en", "info")
    assert flags.severities["denied-claim"] == flags.severities["not-confirmed"] == "off"
    # a .claims.toml nearer (or in the same folder) wins; a pyproject without [tool.claims] does not count
    (deep / "pyproject.toml").write_text('[project]\nname = "y"\n')
    (tmp_path / "a" / ".claims.toml").write_text('fail-on = "never"\n')
    assert find_config(deep) == tmp_path / "a" / ".claims.toml"
    assert discover([deep]).fail_on == "never"
    assert discover([Path("/")]) == CheckConfig() or find_config("/") is not None


@pytest.mark.parametrize("content, needle", [
    ('[tool.claims]\nfail_on = "error"\n', "unknown key 'fail_on'"),
    ('[tool.claims]\nlanguage = "de"\n', "language"),
    ('[tool.claims.rules]\nhedged-claim = "fatal"\n', "rules.hedged-claim"),
    ('[tool.claims]\ndisable = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
    ('[tool.claims\n', "invalid TOML"),
])
def test_bad_config_is_a_clear_error(tmp_path, content, needle):
    path = tmp_path / "pyproject.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=re.escape(needle)):
        load_file(path)


def test_bad_config_and_usage_exit_2(tmp_path):
    cfg = tmp_path / ".claims.toml"
    cfg.write_text('severity = "high"\n')
    result = runner.invoke(app, ["check", "--config", str(cfg), str(ARTICLES)])
    assert result.exit_code == 2 and "unknown key 'severity'" in result.stderr
    assert runner.invoke(app, ["check", "--fail-on", "sometimes", str(ARTICLES / "x.txt")]).exit_code == 2
    assert runner.invoke(app, ["check", "-f", "yaml", str(ARTICLES)]).exit_code == 2
    assert runner.invoke(app, ["check"]).exit_code == 2


def test_expand_globs_hidden_and_exclude(corpus):
    files = [Path(f).relative_to(corpus).as_posix() for f in expand([corpus])]
    assert "sub/" + CORPUS[3] + ".md" in files
    assert BROKEN in files and DANGLING in files
    assert not any(f.startswith(".hidden") or f.endswith(".csv") for f in files)
    assert [Path(f).name for f in expand([corpus], include=["*.md"])] == [CORPUS[3] + ".md"]
    assert not any("sub/" in f for f in expand([corpus], exclude=["sub/**"]))
    assert list(expand(["missing.txt", "missing.txt"])) == ["missing.txt"]


def test_list_rules_shows_every_rule_with_configured_severity():
    result = runner.invoke(app, ["check", "--list-rules", "--disable", "hedged-claim"])
    assert result.exit_code == 0
    for rid, rule in RULES.items():
        assert rid in result.stdout
    assert re.search(r"^hedged-claim +off ", result.stdout, re.M)


# --- on real files ------------------------------------------------------------------------------------------------

def test_api_run_on_corpus(check_run, corpus):
    names = {Path(r.path).name: r for r in check_run.files}
    assert names[BROKEN].error and "UTF-8" in names[BROKEN].error
    assert names[DANGLING].error and DANGLING in names[DANGLING].error
    good = [r for r in check_run.files if not r.error]
    assert len(good) == 4 and all(r.claims > 0 for r in good)
    assert check_run.exit_code == 2  # unreadable files win over findings
    # the unclosed quote in the hospital article is found where it is
    for r in good:
        text = Path(r.path).read_text(encoding="utf-8")
        for f in r.findings:
            line = text.split("\n")[f.line - 1]
            assert line[f.column - 1:].startswith(text[f.start:f.end].split("\n")[0])
    unclosed = [f for f in check_run.findings if f.rule_id == "unclosed-quote"]
    assert len(unclosed) == 1 and unclosed[0].path.endswith("nl-ziekenhuis-fusie.md")


def test_cli_text_output_on_folder_with_unreadable_files(corpus):
    result = runner.invoke(app, ["check", str(corpus)])
    assert result.exit_code == 2
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("claims: error: ") for e in errors)
    assert any(BROKEN in e for e in errors) and any(DANGLING in e for e in errors)
    lines = result.stdout.splitlines()
    findings = [LINE.match(line) for line in lines if LINE.match(line)]
    assert findings and {m["rule"] for m in findings} <= set(RULES)
    assert len({m["path"] for m in findings}) >= 3  # the readable files were all checked
    assert re.search(r"^4 files checked; .* could not be read — incomplete$", lines[-1])
    assert "checking" not in result.stderr  # no progress bar when stderr is not a terminal


def test_exit_codes_follow_fail_on():
    hospital = str(ARTICLES / "nl-ziekenhuis-fusie.txt")
    assert runner.invoke(app, ["check", hospital]).exit_code == 1  # unclosed-quote is an error
    assert runner.invoke(app, ["check", hospital, "--disable", "unclosed-quote,unattributed-quote"]).exit_code == 0
    assert runner.invoke(app, ["check", hospital, "--fail-on", "never", "-q"]).exit_code == 0
    assert runner.invoke(app, ["check", hospital, "--fail-on", "info", "-d", "unclosed-quote"]).exit_code == 1
