"""Writers of ``claims table``: a DataFrame to the bytes of one file format, chosen from ``WRITERS`` by name
(``csv``, ``parquet``, ``xlsx``, ``jsonl``, ``md``). The caller writes the bytes atomically."""
from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

Writer = Callable[[pd.DataFrame], bytes]
#: Formats that are text (and may go to standard output).
TEXT_FORMATS = ("csv", "jsonl", "md")


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(df: pd.DataFrame) -> pd.DataFrame:
    """A copy in which no text cell can run as a spreadsheet formula: a cell that starts with =, +, -, @, a tab or a
    carriage return gets a leading apostrophe (the OWASP advice for CSV injection). Numbers are left alone."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(FORMULA_STARTS) else v)
    return out


def to_csv(df: pd.DataFrame) -> bytes:
    return defused(df).to_csv(index=False).encode("utf-8")


def to_parquet(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, engine="pyarrow", index=False)
    return buf.getvalue()


def to_xlsx(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        defused(df).to_excel(writer, index=False, sheet_name="claims" if "claim_id" in df.columns else "speakers")
        sheet = writer.sheets["claims" if "claim_id" in df.columns else "speakers"]
        sheet.freeze_panes = "A2"
    return buf.getvalue()


def _plain(value):
    """A cell as a plain JSON value (pandas' NA → None, numpy scalars → Python)."""
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def to_jsonl(df: pd.DataFrame) -> bytes:
    columns = list(df.columns)
    return "".join(json.dumps(dict(zip(columns, map(_plain, row))), ensure_ascii=False) + "\n"
                   for row in df.itertuples(index=False, name=None)).encode("utf-8")


def _md_cell(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def to_markdown(df: pd.DataFrame) -> bytes:
    """A GitHub-flavoured Markdown table; numbers right-aligned, pipes escaped, newlines as ``<br>``."""
    numeric = [pd.api.types.is_numeric_dtype(df[c]) and not pd.api.types.is_bool_dtype(df[c]) for c in df.columns]
    lines = ["| " + " | ".join(df.columns) + " |",
             "| " + " | ".join("---:" if n else "---" for n in numeric) + " |"]
    for row in df.itertuples(index=False, name=None):
        lines.append("| " + " | ".join(_md_cell(v) for v in row) + " |")
    return ("\n".join(lines) + "\n").encode("utf-8")


WRITERS: dict[str, Writer] = {"csv": to_csv, "parquet": to_parquet, "xlsx": to_xlsx, "jsonl": to_jsonl,
                              "md": to_markdown}
#: File suffixes → format names.
SUFFIXES = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".xlsx": "xlsx", ".jsonl": "jsonl",
            ".ndjson": "jsonl", ".md": "md", ".markdown": "md"}


def format_for(path: str | Path | None, fmt: str | None = None) -> str:
    """The table format: ``fmt`` if given, else from the output file's suffix, else CSV."""
    if fmt:
        if fmt not in WRITERS:
            raise ValueError(f"unknown table format {fmt!r} (one of {', '.join(WRITERS)})")
        return fmt
    if path is None:
        return "csv"
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: cannot tell the format from the suffix {suffix or '(none)'!r}; use --format "
                         f"({', '.join(WRITERS)})")
    return SUFFIXES[suffix]


def write_bytes(df: pd.DataFrame, fmt: str) -> bytes:
    return WRITERS[fmt](df)
