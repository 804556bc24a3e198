"""``claims check``: rules over extracted documents, their configuration, and the run that collects findings.

- ``rules``: the registry (``RULES``) of small rule functions with stable ids, default severity, description;
- ``findings``: the one ``Finding`` record and the severity scale;
- ``config``: discovery and validation of ``[tool.claims]`` / ``.claims.toml``;
- ``paths``: folders → files (include/exclude globs);
- ``runner``: documents → ``CheckRun``;
- ``marks``: review marks in the draft (``<!-- claims: accept RULE -->``) that accept findings;
- ``baseline``: known findings recorded in a file, not reported again.
"""
from __future__ import annotations

from .config import CheckConfig, ConfigError, discover, find_config, load_file
from .findings import FAIL_ON_LEVELS, SEVERITIES, Finding, fingerprint, line_col, normalise, rank
from .marks import Mark, find_marks
from .paths import expand
from .rules import RULES, Rule
from .runner import CheckRun, FileReport, check_document, review, run_checks

__all__ = [
    "RULES", "Rule", "Finding", "SEVERITIES", "FAIL_ON_LEVELS", "rank", "line_col",
    "CheckConfig", "ConfigError", "discover", "find_config", "load_file", "expand",
    "CheckRun", "FileReport", "check_document", "review", "run_checks", "Mark", "find_marks", "fingerprint",
    "normalise",
]
