"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other static-analysis viewers. The rules go in
``tool.driver.rules``; each finding is a result with a physical location (line/column in Unicode code points,
``columnKind`` says so, and the character offset/length). Unreadable files are tool execution notifications."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..checks import CheckRun

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFORMATION_URI = "https://github.com/claims-checker/claims"


def uri(path: str) -> str:
    """A relative path as a relative URI reference; an absolute one as a file: URI."""
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix())


def as_dict(run: CheckRun) -> dict:
    rules = run.rules
    index = {r.id: n for n, r in enumerate(rules)}
    results = []
    for f in run.findings:
        results.append({
            "ruleId": f.rule_id,
            "ruleIndex": index[f.rule_id],
            "level": LEVELS[f.severity],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": uri(f.path)},
                "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                           "endColumn": f.end_column, "charOffset": f.start, "charLength": f.end - f.start},
            }}],
            "partialFingerprints": {"claimsFingerprint/v1": f.fingerprint},
            **({"properties": {"claimId": f.claim_id}} if f.claim_id else {}),
        })
    notifications = [{"level": "error", "message": {"text": r.error},
                      "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(r.path)}}}]}
                     for r in run.errors]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "claims",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [{
                    "id": r.id,
                    "name": "".join(w.capitalize() for w in r.id.split("-")),
                    "shortDescription": {"text": r.description.split(": ")[0].rstrip(".")},
                    "fullDescription": {"text": r.description},
                    "defaultConfiguration": {"level": LEVELS[run.config.severities[r.id]]},
                } for r in rules],
            }},
            "invocations": [{"executionSuccessful": not run.errors, "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(run: CheckRun) -> str:
    return json.dumps(as_dict(run), ensure_ascii=False, indent=2) + "\n"
