"""``--format jsonl``: one JSON object per line — ``{"type": "finding", ...}`` per finding and
``{"type": "error", "path", "message"}`` per file that could not be read — for grep, jq and streaming tools."""
from __future__ import annotations

import json

from ..checks import CheckRun


def render(run: CheckRun) -> str:
    lines = []
    for report in run.files:
        if report.error:
            lines.append({"type": "error", "path": report.path, "message": report.error})
        lines.extend({"type": "finding", **f.to_dict()} for f in report.findings)
    return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
