"""The desk's tooling files, exercised as far as this machine allows: .pre-commit-hooks.yaml and action.yml parse
(PyYAML), name only options `claims check` has, and the commands they run work on a fixture (the hook's entry as
pre-commit calls it; the action's run steps with GitHub's environment simulated). The example workflows in
docs/desk.md parse and use real options too. docs/cli.md must match what scripts/make_cli_docs.py generates."""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

from test_cli_docs import claims_invocations, help_text

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ARTICLE = ROOT / "fixtures" / "articles" / "nl-ziekenhuis-fusie.txt"  # has an unclosed quote: an error finding
CLEAN = "Het college vergaderde dinsdag over de begroting.\n"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-2.1.0-subset.json").read_text())
GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=[^,]+(,line=\d+,col=\d+,endLine=\d+,endColumn=\d+)?,"
                         r"title=[a-z-]+::.+$")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}"
    env.update(extra)
    return env


def _check_options_exist(script: str, where: str) -> int:
    """Every `claims` run in a shell script (line by line) is `claims check` with options it has."""
    found = 0
    invocations = [inv for line in script.splitlines() if line.strip() and not line.lstrip().startswith("#")
                   for inv in claims_invocations(line)]
    for sub, options in invocations:
        assert sub == "check", f"{where}: runs `claims {sub}`, expected `claims check`"
        text = help_text("check")
        for option in options:
            assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), \
                f"{where}: option {option} is not an option of claims check"
        found += 1
    return found


# --- pre-commit ------------------------------------------------------------------------------------------------------

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_pre_commit_hook_file_is_valid():
    assert isinstance(HOOKS, list)
    (hook,) = [h for h in HOOKS if h["id"] == "claims-check"]
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["language"] == "python"  # pre-commit pip-installs this repository: the claims script exists
    files = re.compile(hook["files"])
    assert files.search("news/a.md") and files.search("b.txt") and files.search("c.markdown")
    assert not files.search("x.py") and not files.search("notes.md.bak")
    assert _check_options_exist(hook["entry"], ".pre-commit-hooks.yaml") == 1
    pyproject = (ROOT / "pyproject.toml").read_text()
    assert 'claims = "claims.cli:app"' in pyproject


def test_pre_commit_hook_entry_runs_as_pre_commit_calls_it(tmp_path):
    (hook,) = [h for h in HOOKS if h["id"] == "claims-check"]
    shutil.copy(ARTICLE, tmp_path / "article.md")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "wip.md").write_text('"Nog niet af,\n', encoding="utf-8")
    (tmp_path / ".claims.toml").write_text('exclude = ["drafts/**"]\n')

    def run(*files: str) -> subprocess.CompletedProcess:
        # pre-commit runs: entry + args + the staged files that match `files`
        argv = shlex.split(hook["entry"]) + list(hook.get("args", [])) + list(files)
        return subprocess.run(argv, cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300)

    bad = run("article.md", "clean.txt", "drafts/wip.md")
    assert bad.returncode == 1, bad.stderr  # the unclosed quote is an error finding: the commit is stopped
    assert "unclosed-quote" in bad.stdout and "wip.md" not in bad.stdout  # excluded even though staged
    good = run("clean.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    skipped = run("drafts/wip.md")  # every staged file is excluded: nothing to do, not a failure
    assert skipped.returncode == 0 and "excluded" in skipped.stderr
    # a review mark in the draft lets the commit through
    text = ARTICLE.read_text(encoding="utf-8")
    (tmp_path / "article.md").write_text("<!-- claims: accept-file unclosed-quote unattributed-quote -->\n" + text,
                                         encoding="utf-8")
    accepted = run("article.md")
    assert accepted.returncode == 0, accepted.stdout


# --- GitHub Action ---------------------------------------------------------------------------------------------------

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")


def _render(value: str, inputs: dict[str, str], outputs: dict[str, str]) -> str:
    def one(m: re.Match) -> str:
        expr = m.group(1)
        if expr.startswith("inputs."):
            return inputs[expr[len("inputs."):]]
        if expr.startswith("steps.check.outputs."):
            return outputs.get(expr[len("steps.check.outputs."):], "")
        raise AssertionError(f"action.yml: unexpected expression {expr}")
    return EXPRESSION.sub(one, str(value))


def _condition(expr: str | None, inputs: dict[str, str]) -> bool:
    if expr is None:
        return True
    m = re.fullmatch(r"\$\{\{\s*inputs\.([\w-]+)\s*==\s*'(\w+)'\s*\}\}", expr.strip())
    assert m, f"action.yml: unexpected condition {expr}"
    return inputs[m.group(1)] == m.group(2)


def test_action_file_is_a_valid_composite_action():
    assert {"name", "description", "inputs", "runs"} <= set(ACTION)
    assert ACTION["runs"]["using"] == "composite"
    steps = ACTION["runs"]["steps"]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert any(u.startswith("github/codeql-action/upload-sarif@") for u in uses)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == "${{ inputs.sarif-file }}"
    for step in steps:
        assert ("uses" in step) != ("run" in step), step
        if "run" in step:
            assert step.get("shell") == "bash", "composite run steps must name their shell"
        for expr in EXPRESSION.findall(yaml.safe_dump(step)):
            name = re.match(r"inputs\.([\w-]+)", expr)
            if name:
                assert name.group(1) in ACTION["inputs"], f"action.yml uses an undeclared input {expr}"
    runs = "\n".join(s["run"] for s in steps if "run" in s)
    assert _check_options_exist(runs, "action.yml") == 2
    assert "--format sarif" in runs and "--format github" in runs
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert "$GITHUB_ACTION_PATH" in install["run"]  # the action's own checkout: this repository
    assert (ROOT / "pyproject.toml").exists()


@pytest.mark.parametrize("article, expected_exit", [("bad", 1), ("clean", 0)])
def test_action_run_steps_work_on_a_fixture(tmp_path, article, expected_exit):
    """Run every run-step but the install (claims is installed here already) as the runner would: inputs
    substituted, GITHUB_OUTPUT a file, the step's env, bash -e."""
    work = tmp_path / "repo"
    (work / "news").mkdir(parents=True)
    if article == "bad":
        shutil.copy(ARTICLE, work / "news" / "article.md")
    else:
        (work / "news" / "article.md").write_text(CLEAN, encoding="utf-8")
    inputs = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    inputs["paths"] = "news"
    github_output = tmp_path / "github_output"
    github_output.write_text("")
    outputs: dict[str, str] = {}
    results = {}
    for step in ACTION["runs"]["steps"]:
        if "run" not in step or "pip install" in step["run"] or not _condition(step.get("if"), inputs):
            continue
        env = _env(GITHUB_OUTPUT=str(github_output), GITHUB_ACTION_PATH=str(ROOT),
                   **{k: _render(v, inputs, outputs) for k, v in step.get("env", {}).items()})
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-e", "-o", "pipefail", "-c",
                               _render(step["run"], inputs, outputs)],
                              cwd=work, env=env, capture_output=True, text=True, timeout=300)
        results[step["name"]] = proc
        for line in github_output.read_text().splitlines():
            key, _, value = line.partition("=")
            outputs[key] = value
    assert outputs["exit-code"] == str(expected_exit)
    assert results["Check"].returncode == 0, results["Check"].stderr
    sarif = json.loads((work / inputs["sarif-file"]).read_text())
    jsonschema.Draft7Validator(SARIF_SCHEMA).validate(sarif)
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in
            sarif["runs"][0]["results"]] == ["news/article.md"] * len(sarif["runs"][0]["results"])
    annotations = results["Annotate the pull request"].stdout.splitlines()
    assert all(GITHUB_LINE.match(line) for line in annotations)
    assert bool(annotations) == (article == "bad")
    assert results["Fail on findings"].returncode == expected_exit


# --- docs/desk.md -----------------------------------------------------------------------------------------------------

DESK = (ROOT / "docs" / "desk.md").read_text(encoding="utf-8")
YAML_BLOCKS = re.findall(r"```ya?ml\n(.*?)```", DESK, re.S)


def test_desk_docs_workflows_parse_and_use_real_options():
    assert len(YAML_BLOCKS) >= 3  # pre-commit, GitHub Actions, GitLab CI
    found = 0
    for block in YAML_BLOCKS:
        data = yaml.safe_load(block)
        assert data, block
        for command in re.findall(r"(claims check[^\n'\"]*)", block):
            found += _check_options_exist(command, "docs/desk.md")
        if "uses: claims-checker/claims@" in block:
            steps = [s for job in data["jobs"].values() for s in job["steps"]]
            used = next(s for s in steps if str(s.get("uses", "")).startswith("claims-checker/claims@"))
            assert set(used.get("with", {})) <= set(ACTION["inputs"]), "docs use an input action.yml lacks"
        if "repos" in data:
            hook_ids = {h["id"] for repo in data["repos"] for h in repo["hooks"]}
            assert "claims-check" in hook_ids
    assert found >= 2
    gitlab = next(yaml.safe_load(b) for b in YAML_BLOCKS if "codequality" in b)
    job = next(v for v in gitlab.values() if isinstance(v, dict) and "script" in v)
    assert "--format gitlab" in " ".join(job["script"])
    assert job["artifacts"]["reports"]["codequality"]
    for command in re.findall(r"`(claims check [^`]*)`", DESK):
        _check_options_exist(command, "docs/desk.md")


def test_desk_docs_show_the_mark_syntax_the_scanner_reads():
    from claims.checks import find_marks

    for example in re.findall(r"`(<!-- claims: [^`]*-->|claims: accept[^`]*)`", DESK):
        marks = find_marks(example)
        assert marks, f"docs/desk.md shows {example!r}, which the scanner does not read as a mark"


# --- docs/cli.md drift ----------------------------------------------------------------------------------------------

def _official_pipeline_installed() -> bool:
    import importlib.util

    return any(importlib.util.find_spec(name) for name in ("nl_core_news_sm", "nl_core_news_md", "nl_core_news_lg",
                                                           "en_core_web_sm", "en_core_web_md", "en_core_web_lg"))


@pytest.mark.skipif(_official_pipeline_installed(), reason="an official spaCy pipeline changes the outputs shown")
@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "claims").exists(), reason="make_cli_docs runs .venv/bin/claims")
def test_cli_docs_are_up_to_date():
    """docs/cli.md is what scripts/make_cli_docs.py generates now (CI fails on drift; regenerate with
    `python scripts/make_cli_docs.py`)."""
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_cli_docs.py"), "--check", "-q"], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
