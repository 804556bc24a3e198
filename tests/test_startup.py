"""Start-up: a command imports only what it needs. ``--help``, ``--version`` and ``check --list-rules`` never import
spaCy, NumPy or Pydantic (what they cost is measured by benchmarks/scale.py, not here); Typer's value coercion is
short-circuited only for values that are already of the declared type, with Typer's own result."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.main import get_command

from claims.cli import app
from claims.cli_help import PassThrough

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "numpy", "pydantic", "thinc", "jsonschema", "pandas", "sklearn", "claims.pipeline")


def modules_after(*args: str, timeout: int = 120) -> set[str]:
    """The modules loaded by the end of ``claims ARGS`` in a new interpreter (the exit code must be 0)."""
    code = ("import sys, json\n"
            "from claims.cli import app\n"
            f"sys.argv = ['claims', *{list(args)!r}]\n"
            "try:\n"
            "    app()\n"
            "except SystemExit as exc:\n"
            "    code = exc.code or 0\n"
            "else:\n"
            "    code = 0\n"
            "sys.stdout.flush()\n"
            "sys.stderr.write('\\nMODULES ' + json.dumps([code, sorted(sys.modules)]) + '\\n')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    line = next(x for x in out.stderr.splitlines() if x.startswith("MODULES "))
    exit_code, modules = json.loads(line[len("MODULES "):])
    assert exit_code == 0, out.stderr
    return set(modules)


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["check", "--list-rules"],
                                  ["check", "--list-rules", "--format", "json"], ["check", "--help"],
                                  ["extract", "--help"]])
def test_light_commands_import_nothing_heavy(args):
    assert heavy_in(modules_after(*args)) == []


def test_import_claims_is_light_and_api_still_reachable():
    code = ("import sys, claims\n"
            "assert 'claims.api' not in sys.modules and 'spacy' not in sys.modules\n"
            "from claims import extract, extract_file, extract_many, evaluate\n"
            "import claims.api as api\n"
            "assert extract is api.extract and evaluate is api.evaluate and claims.extract_many is api.extract_many\n"
            "assert 'extract' in dir(claims)\n"
            "try:\n"
            "    claims.nothing\n"
            "except AttributeError as exc:\n"
            "    assert 'nothing' in str(exc)\n"
            "else:\n"
            "    raise SystemExit('no AttributeError')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr


def _params():
    command = get_command(app)
    for name, sub in command.commands.items():
        for param in sub.params:
            if hasattr(param, "type_descriptor"):
                yield name, param


SAMPLES = ["", "text", "2", "-1", "0.5", "1e3", "abc", "x,y", "ünïcode", 16, 0, -3, 0.5, 2.0, True,
           [], (), ["a", "b"], ("a",), ["a", 1], None]


@pytest.mark.parametrize("name,param", list(_params()), ids=lambda v: v if isinstance(v, str) else v.name)
def test_pass_through_coerces_as_typer_does(name, param):
    """For every parameter of every command and a spread of values (the defaults, strings as the command line
    gives them, wrong types): the same value, or the same error, as Typer's own coercion."""
    from typer._coercion import build_runtime_param

    ctx = typer.Context(get_command(app).commands[name])
    fast = PassThrough(param)
    typer_own = build_runtime_param(param.type_descriptor)
    for value in [param.default, *SAMPLES]:
        if (param.multiple or param.nargs == -1) and isinstance(value, str):
            continue  # the parser never hands a string to a list parameter
        try:
            expected = ("ok", typer_own.coerce(value, param=param, ctx=ctx))
        except Exception as exc:  # noqa: BLE001 - the error is what must agree
            expected = ("error", type(exc), str(exc))
        try:
            got = ("ok", fast.coerce(value, param=param, ctx=ctx))
        except Exception as exc:  # noqa: BLE001
            got = ("error", type(exc), str(exc))
        assert got == expected, (name, param.name, value)
        if got[0] == "ok":
            assert type(got[1]) is type(expected[1])


def test_bad_number_is_typers_error(tmp_path):
    """A value that needs converting goes through Typer: its message for a bad number is unchanged."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1"}
    out = subprocess.run([sys.executable, "-m", "claims.cli", "check", "--jobs", "many", str(tmp_path)],
                         cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 2
    assert "Invalid value for '--jobs' / '-j': Input should be a valid integer" in out.stderr


def test_check_path_imports_no_table_or_training_libraries(tmp_path):
    """``claims check`` of a draft: no pandas, scikit-learn or SciPy (status runs on claims.tfidf), and jsonschema
    only when a document has a problem to report (the check itself runs in jsonschema-rs)."""
    from claims.schema import fast_validator

    draft = tmp_path / "draft.txt"
    draft.write_text("“The bridge opens in May,” the alderman said. The contractor says the work is done.\n",
                     encoding="utf-8")
    modules = modules_after("check", str(draft), "--quiet", "--fail-on", "never", timeout=300)
    assert "spacy" in modules  # (the check did run the pipeline)
    unwanted = ["pandas", "sklearn", "scipy"] + (["jsonschema"] if fast_validator() is not None else [])
    assert [m for m in unwanted if m in modules] == []
