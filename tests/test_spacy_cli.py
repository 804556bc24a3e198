"""claims.spacy_cli: importing claims and then spaCy leaves spaCy's command line unimported until it is used, and
everything of it still works when it is. Each test runs in a new interpreter (spaCy is imported once per process)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI_ONLY = ("weasel", "httpx", "requests", "jinja2", "spacy.cli.download", "spacy.cli._util")


def run(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_spacy_without_its_command_line():
    out = run("import sys, claims, spacy\n"
              "from claims.spacy_cli import Deferred\n"
              f"print([m for m in {CLI_ONLY!r} if m in sys.modules])\n"
              "print(isinstance(sys.modules['spacy.cli'], Deferred), spacy.cli is sys.modules['spacy.cli'])\n"
              "nlp = spacy.blank('en')\n"
              "print([t.text for t in nlp('It works.')])\n")
    assert out.splitlines() == ["[]", "True True", "['It', 'works', '.']"]


def test_the_command_line_loads_on_first_use():
    out = run("import sys, claims, spacy, spacy.cli\n"
              "print(spacy.info()['spacy_version'] == spacy.__version__)\n"
              "from spacy.cli import download, app, init_config\n"
              "print(callable(download), type(app).__name__, callable(init_config))\n"
              "print(type(sys.modules['spacy.cli']).__name__, type(sys.modules['spacy.cli.info']).__name__)\n"
              "print(spacy.cli.download is download, callable(spacy.cli.info))\n")
    assert out.splitlines() == ["True", "True Typer True", "module module", "True True"]


def test_a_submodule_imported_first_does_not_shadow_the_package():
    """``import spacy.cli.download`` before anything else of the command line: afterwards ``spacy.cli.download`` is
    the function (what ``import … as`` gives too), as in spaCy without claims."""
    out = run("import sys, claims, spacy\n"
              "import spacy.cli.download\n"
              "import spacy.cli.download as bound\n"
              "print(callable(spacy.cli.download), bound is spacy.cli.download, "
              "sys.modules['spacy.cli.download'].download is bound)\n")
    assert out.split() == ["True", "True", "True"]


def test_nothing_changes_when_spacy_came_first():
    out = run("import sys, spacy, claims\n"
              "from claims.spacy_cli import Deferred, defer\n"
              "print(isinstance(sys.modules['spacy.cli'], Deferred), defer(), 'weasel' in sys.modules)\n")
    assert out.split() == ["False", "False", "True"]


def test_spacy_own_command_line_runs():
    out = subprocess.run([sys.executable, "-m", "spacy", "info"], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0 and "spaCy version" in out.stdout
