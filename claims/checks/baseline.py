"""Baselines: a file of known findings that ``claims check --baseline FILE`` does not report, so that a gate can be
switched on for a corpus with findings already in it, and only new findings fail it.

An entry is keyed by the file's path (relative to the baseline's folder), the rule and the finding's
fingerprint — a hash of the rule, the normalised statement and its speaker (``findings.fingerprint``) — not by
line or offset: edits elsewhere in the article keep the entry valid, an edit to the statement itself or to who
said it makes it a new finding. Each key has a count, so two identical findings need two entries. The file is
JSON, sorted, one entry per line-ish, so that it diffs well in review::

    {"schema_version": "1.0", "tool": "claims",
     "findings": [{"path": "news/a.md", "rule": "single-source", "fingerprint": "1f0c…", "count": 1,
                   "message": "unconfirmed statement … has a single source (Piet de Boer)"}]}
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .config import ConfigError, parse_file
from .runner import CheckRun

SCHEMA_VERSION = "1.0"

Key = tuple[str, str, str]  # (path, rule, fingerprint)


def _key_path(path: str, base: Path) -> str:
    """A finding's path as the baseline stores it: relative to the baseline's folder, with ``/``."""
    p = Path(path)
    try:
        return Path(os.path.relpath(p.resolve(), base.resolve())).as_posix()
    except ValueError:  # another drive
        return p.as_posix()


@dataclass
class Baseline:
    path: Path
    counts: Counter = field(default_factory=Counter)

    @property
    def base(self) -> Path:
        return self.path.parent


def load(path: str | Path) -> Baseline:
    """Read a baseline; a missing, unreadable or malformed file is a ``ConfigError`` naming it."""
    path = Path(path)
    data = parse_file(path, json.loads, json.JSONDecodeError, "no such baseline file (write one with --update-baseline)",
                      "cannot read baseline: {exc}", "baseline is not JSON: {exc}")
    if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION \
            or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a claims baseline (schema_version {SCHEMA_VERSION} with a findings list)")
    counts: Counter = Counter()
    for n, entry in enumerate(data["findings"]):
        try:
            key = (str(entry["path"]), str(entry["rule"]), str(entry["fingerprint"]))
            count = int(entry.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise ConfigError(f"{path}: findings[{n}]: expected path, rule, fingerprint and count") from None
        counts[key] += max(count, 0)
    return Baseline(path, counts)


def apply(run: CheckRun, baseline: Baseline) -> CheckRun:
    """Move the findings the baseline records from ``findings`` to ``baselined`` (in place; returns ``run``)."""
    left = Counter(baseline.counts)
    for report in run.files:
        kept = []
        for f in report.findings:
            key = (_key_path(f.path, baseline.base), f.rule_id, f.fingerprint)
            if left[key] > 0:
                left[key] -= 1
                report.baselined.append(f)
            else:
                kept.append(f)
        report.findings = kept
    run.baseline = str(baseline.path)
    run.baseline_stale = sum(n for n in left.values() if n > 0)
    return run


def dumps(run: CheckRun, path: str | Path) -> str:
    """The baseline recording every finding of ``run`` that is reported or already baselined (not those accepted
    by review marks, which the draft itself records), for a baseline file at ``path``."""
    base = Path(path).parent
    counts: Counter = Counter()
    excerpts: dict[Key, str] = {}
    for f in [*run.findings, *run.baselined]:
        key = (_key_path(f.path, base), f.rule_id, f.fingerprint)
        counts[key] += 1
        excerpts.setdefault(key, f.message)
    entries = [{"path": p, "rule": r, "fingerprint": h, "count": counts[(p, r, h)], "message": excerpts[(p, r, h)]}
               for p, r, h in sorted(counts)]
    body = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in entries)
    head = f'{{\n  "schema_version": {json.dumps(SCHEMA_VERSION)},\n  "tool": "claims",\n  "findings": [\n'
    return head + (body + "\n" if body else "") + "  ]\n}\n"
