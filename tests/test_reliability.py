"""Bad input never breaks the output contract: hostile text, special files, formula cells, XML-hostile
characters (the reproducers of the reliability issue, in cases written for the project)."""
from __future__ import annotations

import io
import json
import os
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

import claims
from claims.cli import app
from claims.schema import validate_document


@pytest.mark.parametrize("text,lang", [
    ("said.\n\nMayor\ntoegekend?\nzou\nde aangehouden?", None),
    ("Het project kost 3 miljoen euro, aldus een \x1ebron.", "nl"),
    ("\x01\x02: \"Het is bizar\", zegt \x1f.", "nl"),
])
def test_hostile_text_gives_a_valid_document_with_exact_spans(text, lang):
    doc = claims.extract(text, lang=lang)
    assert validate_document(doc) == []
    for c in doc["claims"]:
        assert text[c["start"]:c["end"]] == c["text"] and c["start"] < c["end"]
    for s in doc["speakers"]:
        assert s["name"].strip()
        for m in s["mentions"]:
            assert m["start"] < m["end"] and text[m["start"]:m["end"]] == m["text"]


def test_lone_surrogates_are_a_value_error_not_an_encoding_crash():
    with pytest.raises(ValueError, match="lone surrogate"):
        claims.extract("De minister zegt \udc80 dat het klopt.")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text("De brug blijft dicht, zegt de gemeente.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(fifo), str(good), "--format", "jsonl"])
    assert result.exit_code == 2
    assert "not a regular file" in result.output and "De brug blijft dicht" in result.output


def test_claim_tables_never_hold_a_live_formula(tmp_path):
    from claims.formats.table import to_csv, to_xlsx
    from claims.tables import claim_rows, frame

    doc = claims.extract("\"=HYPERLINK(\\\"http://x\\\")\", zegt de woordvoerder. \"+31 procent\", zegt hij.", lang="nl")
    df = frame(list(claim_rows(doc)))
    assert any(str(v).startswith(("=", "+")) for v in df["text"])
    csv = to_csv(df).decode("utf-8")
    assert "\n=" not in csv and ",=" not in csv and ",+" not in csv
    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(df))).active
    for row in sheet.iter_rows(values_only=True):
        for value in row:
            assert not (isinstance(value, str) and value.startswith(("=", "+", "-", "@")))


def test_junit_carries_control_characters_as_well_formed_xml(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("\"Het \x0bproject \x01kost te veel\", zegt een ingewijde.", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "--format", "junit"])
    assert result.exit_code in (0, 1), result.output
    ET.fromstring(result.output)  # well-formed


def test_a_gate_that_selects_no_file_fails_with_the_reason(tmp_path):
    (tmp_path / ".claims.toml").write_text('exclude = ["**"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("\"Het is bizar\", zegt een ingewijde.", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert result.exit_code == 2
    assert "no file to check" in result.output and ".claims.toml" in result.output
    empty = tmp_path / "empty"
    empty.mkdir()
    assert CliRunner().invoke(app, ["check", str(empty)]).exit_code == 2


def test_validate_checks_every_span_against_the_input(tmp_path):
    from claims.schema import validate_document

    text = "\"De brug blijft dicht\", zegt wethouder Ans Bos. Volgens de provincie zou de brug in maart opengaan."
    doc = claims.extract(text, lang="nl")
    assert validate_document(doc, text) == []
    broken = json.loads(json.dumps(doc))
    broken["claims"][0]["start"] += 1
    assert any("input[" in p for p in validate_document(broken, text))
    broken["claims"][0]["start"] = broken["claims"][0]["end"] + 1
    assert any("start" in p and "> end" in p for p in validate_document(broken))
    draft = tmp_path / "a.txt"
    draft.write_text(text, encoding="utf-8")
    assert CliRunner().invoke(app, ["extract", str(draft), "--validate"]).exit_code == 0
