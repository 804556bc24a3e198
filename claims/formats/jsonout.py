"""``--format json``: the whole run as one JSON object — files with their findings or error, and a summary —
valid against ``schemas/check.schema.json`` (``SCHEMA_VERSION`` changes when a key changes meaning or goes)."""
from __future__ import annotations

import json

from .. import __version__
from ..checks import CheckRun


SCHEMA_VERSION = "1.0"
SCHEMA_URI = "https://github.com/claims-checker/claims/schemas/check.schema.json"


def as_dict(run: CheckRun) -> dict:
    return {
        "$schema": SCHEMA_URI,
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "claims", "version": __version__},
        "config": {"source": run.config.source, "fail_on": run.config.fail_on, "language": run.config.language,
                   "rules": {r.id: run.config.severities[r.id] for r in run.rules}},
        "baseline": run.baseline,
        "files": [
            {"path": r.path, "document_id": r.document_id, "language": r.language, "statements": r.claims,
             "error": r.error, "findings": [f.to_dict() for f in r.findings],
             "accepted": [f.to_dict() for f in r.accepted], "baselined": [f.to_dict() for f in r.baselined]}
            for r in run.files
        ],
        "summary": {"files": len(run.files), "errors": len(run.errors), **run.counts(),
                    "accepted": len(run.accepted), "baselined": len(run.baselined),
                    "baseline_stale": run.baseline_stale,
                    "failing": sum(run.failing(f) for f in run.findings), "exit_code": run.exit_code},
    }


def render(run: CheckRun) -> str:
    return json.dumps(as_dict(run), ensure_ascii=False, indent=2) + "\n"
