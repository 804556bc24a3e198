"""One definition per fact: the language values, the output's vocabularies and the packaged data each come from
one place, and the pieces that use them read it from there."""
from __future__ import annotations

import glob
import json
import tomllib
from pathlib import Path

import pytest

from claims import model
from claims.api import AUTO, language_code
from claims.checks import CheckConfig
from claims.checks.config import ConfigError, from_table, languages
from claims.lang import available_languages

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("value, expected", [(None, None), ("", None), ("auto", None), ("nl", "nl"), ("en", "en"),
                                             ("xx", "xx")])
def test_language_code_turns_auto_into_detection(value, expected):
    assert language_code(value) == expected


def test_config_languages_follow_the_language_data():
    assert languages() == (AUTO, *available_languages())
    assert set(available_languages()) >= {"nl", "en"}
    for code in available_languages():
        assert from_table({"language": code}, "t.toml").language == code
    with pytest.raises(ConfigError, match="expected one of auto, "):
        from_table({"language": "xx"}, "t.toml")
    assert CheckConfig().with_flags(language="auto").language == AUTO


def test_vocabularies_are_the_schemas():
    schema = json.loads((ROOT / "claims" / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))
    claim = schema["properties"]["claims"]["items"]["properties"]
    assert model.KINDS == tuple(claim["kind"]["enum"]) == ("direct", "indirect", "mixed")
    assert model.STATUSES == tuple(claim["status"]["enum"])
    assert model.EVIDENCE_TYPES == tuple(claim["evidence"]["items"]["properties"]["type"]["enum"])
    assert "corroborated" in model.EVIDENCE_TYPES


def test_every_package_data_pattern_matches_a_file():
    """A package-data entry for a folder that does not exist is dead configuration."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = data["tool"]["setuptools"]["package-data"]["claims"]
    for pattern in patterns:
        assert glob.glob(str(ROOT / "claims" / pattern), recursive=True), pattern


def test_one_default_include():
    import inspect

    from claims import api
    from claims.checks import config, paths

    assert inspect.signature(paths.expand).parameters["include"].default is config.DEFAULT_INCLUDE
    assert CheckConfig().include is config.DEFAULT_INCLUDE
    assert inspect.signature(api.table).parameters["include"].default is None  # (None: DEFAULT_INCLUDE)


def test_config_and_baseline_files_fail_with_one_line_naming_them(tmp_path):
    from claims.checks import baseline
    from claims.checks.config import load_file, parse_file

    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=r"nope\.toml: no such config file$"):
        load_file(missing)
    bad = tmp_path / ".claims.toml"
    bad.write_text("language = ", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.claims\.toml: invalid TOML: "):
        load_file(bad)
    binary = tmp_path / "b.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ConfigError, match=r"b\.json: cannot read baseline: "):
        baseline.load(binary)
    broken = tmp_path / "c.json"
    broken.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"c\.json: baseline is not JSON: "):
        baseline.load(broken)
    with pytest.raises(ConfigError, match=r"x\.txt: gone$"):
        parse_file(tmp_path / "x.txt", str, ValueError, "gone", "", "")


def test_one_html_head_for_the_report_and_the_page():
    from claims.report import html_head

    head = html_head("nl", "9.9", "Verslag <1>")
    assert head.startswith('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">')
    assert '<meta name="generator" content="claims 9.9">' in head and head.endswith("<title>Verslag &lt;1&gt;</title>")
