"""claims table CORPUS: a Parquet or JSON-lines corpus (id, text, language) in this machine's processes."""
from __future__ import annotations

import csv
import io
import json

import pandas as pd
from typer.testing import CliRunner

from claims.cli import app

ROWS = [
    {"id": "r1", "text": "De wethouder zegt dat de school in mei opengaat.", "language": "nl"},
    {"id": "r2", "text": "The council said the school would open in May."},
    {"id": "r3", "text": "\"We are ready,\" the head teacher said.", "language": "auto"},
]


def _jsonl(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_a_jsonl_corpus_is_a_table_in_corpus_order(tmp_path):
    result = CliRunner().invoke(app, ["table", str(_jsonl(tmp_path))])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["document_id"] for r in rows] == ["r1", "r2", "r3"]
    assert [r["language"] for r in rows] == ["nl", "en", "en"]
    assert rows[0]["text"] == "de school in mei opengaat"


def test_parquet_and_jsonl_give_the_same_table_with_any_jobs(tmp_path):
    parquet = tmp_path / "corpus.parquet"
    pd.DataFrame(ROWS).to_parquet(parquet, index=False)
    one = CliRunner().invoke(app, ["table", str(parquet), "--engine", "local", "--jobs", "1"])
    two = CliRunner().invoke(app, ["table", str(_jsonl(tmp_path)), "--engine", "local", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout


def test_corpus_errors_are_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "body": "no text"}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["table", str(bad)])
    assert result.exit_code == 2 and "lacks the column text" in result.output
    result = CliRunner().invoke(app, ["table", str(_jsonl(tmp_path)), "--engine", "spark"])
    assert result.exit_code == 2 and "unknown engine 'spark'" in result.output
    result = CliRunner().invoke(app, ["table", str(_jsonl(tmp_path)), "--scheduler", "tcp://127.0.0.1:1",
                                      "--engine", "local"])
    assert result.exit_code == 2 and "need --engine dask" in result.output
