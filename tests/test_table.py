"""claims table: column names and order, every output format read back, speakers table, unreadable files."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from claims.api import table
from claims.cli import app
from claims.formats.table import format_for, to_markdown
from claims.tables import CLAIM_COLUMNS, SPEAKER_COLUMNS

from conftest import ARTICLES, BROKEN, DANGLING

runner = CliRunner()


@pytest.fixture(scope="module")
def claims_df():
    return table([ARTICLES])


def test_claims_table_columns_and_values(claims_df):
    assert tuple(claims_df.columns) == CLAIM_COLUMNS == (
        "document_id", "path", "language", "claim_id", "kind", "text", "start", "end", "speaker", "speaker_type",
        "anonymous", "cue", "status", "confidence", "evidence")
    assert set(claims_df["language"]) == {"nl", "en"} and claims_df["document_id"].nunique() == len(list(ARTICLES.glob("*.txt")))
    for row in claims_df.itertuples():
        text = Path(row.path).read_text(encoding="utf-8")
        assert text[row.start:row.end] == row.text
        assert all(e in {"hedge", "not_confirmed", "denied", "disputed", "confirmed", "corroborated",
                         "anonymous_source", "single_source"} for e in (row.evidence.split(";") if row.evidence else []))
    assert claims_df["speaker"].isna().sum() == claims_df["anonymous"].isna().sum()


def test_speakers_table(claims_df):
    df = table([ARTICLES], speakers=True)
    assert tuple(df.columns) == SPEAKER_COLUMNS
    assert df["claims"].sum() == claims_df["speaker"].notna().sum()
    assert (df["unconfirmed_claims"] <= df["claims"]).all() and (df["mentions"] >= 1).all()


@pytest.mark.parametrize("suffix, read", [
    (".csv", lambda p: pd.read_csv(p)),
    (".parquet", lambda p: pd.read_parquet(p)),
    (".xlsx", lambda p: pd.read_excel(p)),
    (".jsonl", lambda p: pd.DataFrame([json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()])),
])
def test_cli_formats_read_back(tmp_path, claims_df, suffix, read):
    out = tmp_path / f"claims{suffix}"
    result = runner.invoke(app, ["table", str(ARTICLES), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    back = read(out)
    assert list(back.columns) == list(CLAIM_COLUMNS) and len(back) == len(claims_df)
    assert list(back["claim_id"]) == list(claims_df["claim_id"]) and list(back["text"]) == list(claims_df["text"])
    assert not list(tmp_path.glob(".*.tmp"))  # atomic write left no temp file


def test_markdown_writer():
    df = pd.DataFrame({"text": ["a | b\nc", None], "start": [1, 22], "anonymous": [True, False]})
    lines = to_markdown(df.astype({"anonymous": "boolean", "start": "Int64"})).decode().splitlines()
    assert lines[0] == "| text | start | anonymous |" and lines[1] == "| --- | ---: | --- |"
    assert lines[2] == "| a \\| b<br>c | 1 | yes |" and lines[3] == "|  | 22 | no |"


def test_markdown_speakers_on_stdout_and_format_choice():
    result = runner.invoke(app, ["table", str(ARTICLES), "--speakers", "--format", "md"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "| " + " | ".join(SPEAKER_COLUMNS) + " |"
    assert format_for("x.PARQUET") == "parquet" and format_for(None) == "csv" and format_for("x.csv", "md") == "md"
    with pytest.raises(ValueError):
        format_for("x.txt")
    assert runner.invoke(app, ["table", str(ARTICLES), "-o", "x.docx"]).exit_code == 2
    assert runner.invoke(app, ["table", str(ARTICLES), "-f", "parquet"]).exit_code == 2  # binary to stdout


def test_unreadable_files_exit_2_and_table_still_written(corpus, tmp_path):
    out = tmp_path / "claims.csv"
    result = runner.invoke(app, ["table", str(corpus), "-o", str(out)])
    assert result.exit_code == 2
    assert BROKEN in result.stderr and DANGLING in result.stderr
    assert pd.read_csv(out)["document_id"].nunique() == 4
