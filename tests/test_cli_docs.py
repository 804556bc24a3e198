"""docs/cli.template.md only shows commands and options that exist: every `claims <sub>` in its run directives is
a command of the app (its --help exits 0) and every option used with it is in that --help. The generated
docs/cli.md itself is not compared here (its outputs depend on the models): see scripts/make_cli_docs.py --check."""
from __future__ import annotations

import functools
import importlib.util
import re
import shlex
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from claims.cli import app

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "docs" / "cli.template.md"
OPERATOR = set("();&|<>")


def _load_script():
    spec = importlib.util.spec_from_file_location("make_cli_docs", ROOT / "scripts" / "make_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


make_cli_docs = _load_script()
DIRECTIVES = make_cli_docs.directives(TEMPLATE.read_text(encoding="utf-8"))


def claims_invocations(command: str) -> list[tuple[str | None, list[str]]]:
    """(subcommand or None for `claims --help`, options) of every `claims` run in one shell command line."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    tokens = list(lexer)
    found = []
    for i, token in enumerate(tokens):
        at_command_start = i == 0 or set(tokens[i - 1]) <= OPERATOR
        if token != "claims" or not at_command_start:
            continue
        args = []
        for arg in tokens[i + 1:]:
            if set(arg) <= OPERATOR:
                break
            args.append(arg)
        sub = args[0] if args and not args[0].startswith("-") else None
        options = sorted({a.split("=", 1)[0] for a in args if a.startswith("-") and a != "-"})
        found.append((sub, options))
    return found


INVOCATIONS = [(d.line, cmd, sub, opts) for d in DIRECTIVES for cmd in d.commands
               for sub, opts in claims_invocations(cmd)]
SUBCOMMANDS = sorted({sub for _, _, sub, _ in INVOCATIONS if sub is not None})
OPTIONS = sorted({(sub or "", opt) for _, _, sub, opts in INVOCATIONS for opt in opts})


@functools.lru_cache(maxsize=None)
def help_text(sub: str | None) -> str:
    args = [sub, "--help"] if sub else ["--help"]
    result = CliRunner().invoke(app, args, env={"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"})
    assert result.exit_code == 0, f"claims {' '.join(args)} exited {result.exit_code}:\n{result.output}"
    return result.output


def test_template_has_directives_that_run_claims():
    assert DIRECTIVES, "no <!-- run: ... --> directives found"
    assert {"check", "table", "report"} <= set(SUBCOMMANDS)


def test_parser_finds_claims_after_shell_operators():
    line = 'd=$(mktemp -d) && cp a $d/ && claims check $d --disable=x -q; echo "exit $?" | claims --help'
    assert claims_invocations(line) == [("check", ["--disable", "-q"]), (None, ["--help"])]
    assert claims_invocations("python -c 'import claims' $d/claims.sarif") == []


@pytest.mark.parametrize("sub", SUBCOMMANDS)
def test_subcommand_exists(sub):
    assert sub in typer.main.get_command(app).commands, f"`claims {sub}` is shown in the docs but is no command"
    help_text(sub)


@pytest.mark.parametrize("sub,option", OPTIONS, ids=[f"{s or 'claims'}{o}" for s, o in OPTIONS])
def test_option_is_in_help(sub, option):
    text = help_text(sub or None)
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), \
        f"option {option} of `claims {sub}` is used in {TEMPLATE.name} but not in its --help"


def test_every_command_has_its_full_help():
    shown = {sub for _, cmd, sub, opts in INVOCATIONS if opts == ["--help"]}
    assert None in shown, "the template should show `claims --help`"
    missing = set(typer.main.get_command(app).commands) - shown
    assert not missing, f"no `claims <sub> --help` directive for: {sorted(missing)}"
