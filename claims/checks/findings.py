"""The one record every rule produces, and the severity scale findings are ranked on."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass
from typing import Any

#: Severities from least to most severe; "off" disables a rule and is not a finding severity.
SEVERITIES = ("info", "warning", "error")
#: What ``fail-on`` accepts: a severity, or "never" to always exit 0 when everything was read.
FAIL_ON_LEVELS = (*SEVERITIES, "never")


def rank(severity: str) -> int:
    """Order of a severity (info < warning < error); "never" ranks above all, so nothing reaches it."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True)
class Finding:
    """One problem in one document, anchored at character offsets ``[start, end)`` of the text.

    Rules fill ``rule_id``, ``severity`` (their default), ``message``, offsets and ``claim_id``; the runner then
    sets the configured severity, the file path and the 1-based line/column of both ends."""

    rule_id: str
    severity: str
    message: str
    start: int
    end: int
    claim_id: str | None = None
    path: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    #: rule + normalised statement + speaker, hashed: stable under edits elsewhere (baselines, GitLab, SARIF)
    fingerprint: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def normalise(text: str) -> str:
    """Text as compared by fingerprints: NFKC, case-folded, every run of punctuation and space one space."""
    return " ".join(re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", text).casefold()).split())


def fingerprint(rule_id: str, statement: str, speaker: str = "") -> str:
    """A stable 16-hex-digit hash of a finding: its rule, its statement and its speaker, normalised — not its
    position, so that edits elsewhere in the article keep it."""
    key = "\x1f".join((rule_id, normalise(statement), normalise(speaker)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in code points) of a character offset. A line ends at ``\n``, ``\r\n`` or a
    lone ``\r``, as in the user's file."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    if "\r" in text:
        line += text.count("\r", 0, offset) - text.count("\r\n", 0, offset)
    column = offset - (max(text.rfind("\n", 0, offset), text.rfind("\r", 0, offset)) + 1) + 1
    return line, column
