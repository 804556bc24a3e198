"""Tables of a corpus: one row per claim or one row per speaker, with stable column names and order.

Rows are built one document at a time from the JSON documents of ``claims extract``; ``frame`` turns them into a
pandas DataFrame with explicit dtypes, so that CSV, Parquet, Excel, JSONL and Markdown agree."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

#: Columns of the claims table, in order.
CLAIM_COLUMNS = ("document_id", "path", "language", "claim_id", "kind", "text", "start", "end", "speaker",
                 "speaker_type", "anonymous", "cue", "status", "confidence", "evidence")
#: Columns of the speakers table (``--speakers``), in order.
SPEAKER_COLUMNS = ("document_id", "path", "language", "speaker_id", "speaker", "speaker_type", "anonymous",
                   "mentions", "claims", "unconfirmed_claims")

#: pandas dtypes per column (nullable, so an unattributed claim keeps integer/boolean columns typed).
DTYPES = {
    "document_id": "string", "path": "string", "language": "string", "claim_id": "string", "kind": "string",
    "text": "string", "start": "Int64", "end": "Int64", "speaker": "string", "speaker_type": "string",
    "anonymous": "boolean", "cue": "string", "status": "string", "confidence": "Float64", "evidence": "string",
    "speaker_id": "string", "mentions": "Int64", "claims": "Int64", "unconfirmed_claims": "Int64",
}
EVIDENCE_SEPARATOR = ";"


def _meta(document: dict) -> dict:
    d = document["document"]
    return {"document_id": d["id"], "path": d["path"], "language": d["language"]}


def claim_rows(document: dict) -> Iterator[dict]:
    """One row per claim; speaker columns are empty (null) for an unattributed claim."""
    meta = _meta(document)
    speakers = {s["id"]: s for s in document["speakers"]}
    for c in document["claims"]:
        s = speakers.get(c["speaker_id"] or "")
        yield {
            **meta, "claim_id": c["id"], "kind": c["kind"], "text": c["text"], "start": c["start"], "end": c["end"],
            "speaker": s["name"] if s else None, "speaker_type": s["type"] if s else None,
            "anonymous": s["anonymous"] if s else None, "cue": c["cue"]["text"] if c["cue"] else None,
            "status": c["status"], "confidence": c["confidence"],
            "evidence": EVIDENCE_SEPARATOR.join(e["type"] for e in c["evidence"]),
        }


def speaker_rows(document: dict) -> Iterator[dict]:
    """One row per speaker, with how many claims they make and how many of those are unconfirmed."""
    meta = _meta(document)
    for s in document["speakers"]:
        own = [c for c in document["claims"] if c["speaker_id"] == s["id"]]
        yield {
            **meta, "speaker_id": s["id"], "speaker": s["name"], "speaker_type": s["type"],
            "anonymous": s["anonymous"], "mentions": len(s["mentions"]), "claims": len(own),
            "unconfirmed_claims": sum(c["status"] == "unconfirmed" for c in own),
        }


def frame(rows: Iterable[dict], speakers: bool = False) -> pd.DataFrame:
    """A DataFrame with exactly the table's columns, in order, typed (also when there are no rows)."""
    columns = SPEAKER_COLUMNS if speakers else CLAIM_COLUMNS
    df = pd.DataFrame(list(rows), columns=list(columns))
    return df.astype({c: DTYPES[c] for c in columns})
