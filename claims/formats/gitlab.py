"""``--format gitlab``: a GitLab Code Quality report (a JSON array of issues, CodeClimate's subset that GitLab
reads), for ``artifacts: reports: codequality`` in ``.gitlab-ci.yml``. Each finding is one issue::

    {"description": "…", "check_name": "single-source", "fingerprint": "…", "severity": "info",
     "location": {"path": "news/a.md", "lines": {"begin": 5, "end": 5}}, "categories": ["Style"], "type": "issue"}

Severities map error → major, warning → minor, info → info (GitLab's scale: info, minor, major, critical,
blocker); a file that could not be read is a ``blocker`` issue on line 1. The fingerprint is unique per issue and
stable under edits elsewhere in the file (the finding's fingerprint, its path and how many identical findings
came before it), so that GitLab can tell new findings from fixed ones in a merge request."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from ..checks import CheckRun

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _path(path: str) -> str:
    """GitLab wants paths relative to the repository root; the checked paths are relative to where claims ran
    (in CI, the checkout), so relative paths are kept and absolute ones made relative to the working folder."""
    p = Path(path)
    if p.is_absolute():
        try:
            return p.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return p.as_posix()
    return p.as_posix()


def _hash(*parts: str) -> str:
    return hashlib.md5("\x1f".join(parts).encode("utf-8")).hexdigest()  # noqa: S324 - an identifier, not security


def as_list(run: CheckRun) -> list[dict]:
    issues = []
    seen: Counter = Counter()
    for report in run.files:
        if report.error:
            issues.append({"description": report.error, "check_name": "unreadable-file",
                           "fingerprint": _hash(_path(report.path), "unreadable-file"), "severity": "blocker",
                           "location": {"path": _path(report.path), "lines": {"begin": 1}},
                           "categories": ["Bug Risk"], "type": "issue"})
        for f in report.findings:
            path = _path(f.path)
            n = seen[(path, f.fingerprint)]
            seen[(path, f.fingerprint)] += 1
            issues.append({
                "description": f.message,
                "check_name": f.rule_id,
                "fingerprint": _hash(path, f.fingerprint, str(n)),
                "severity": SEVERITIES[f.severity],
                "location": {"path": path, "lines": {"begin": f.line, "end": f.end_line}},
                "categories": ["Style"],
                "type": "issue",
            })
    return issues


def render(run: CheckRun) -> str:
    return json.dumps(as_list(run), ensure_ascii=False, indent=2) + "\n"
