"""Running the rules over a stream of extraction results, one document at a time, into a ``CheckRun``."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from typing import TYPE_CHECKING

from .config import CheckConfig
from .findings import SEVERITIES, Finding, line_col, rank
from .rules import RULES, Rule

if TYPE_CHECKING:  # (the pipeline, and spaCy with it, is not imported to list the rules or read a config)
    from ..pipeline import Result


@dataclass
class FileReport:
    """The outcome for one input: its findings, or the one-line error that kept it from being checked."""

    path: str
    document_id: str | None = None
    language: str | None = None
    claims: int = 0
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.findings)
        return {s: c.get(s, 0) for s in reversed(SEVERITIES)}


@dataclass
class CheckRun:
    """All files of one ``claims check``: what was found, with which configuration and rules."""

    config: CheckConfig
    files: list[FileReport] = field(default_factory=list)

    @property
    def rules(self) -> list[Rule]:
        """The rules that ran, in registry order."""
        return [RULES[rid] for rid in self.config.enabled]

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    @property
    def errors(self) -> list[FileReport]:
        return [report for report in self.files if report.error]

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.findings)
        return {s: c.get(s, 0) for s in reversed(SEVERITIES)}

    def failing(self, finding: Finding) -> bool:
        """Whether a finding is at or above the ``fail-on`` level."""
        return rank(finding.severity) >= rank(self.config.fail_on)

    @property
    def exit_code(self) -> int:
        """0: nothing at or above fail-on; 1: findings at or above it; 2: a file could not be checked."""
        if self.errors:
            return 2
        return 1 if any(self.failing(f) for f in self.findings) else 0


def check_document(document: dict, text: str, config: CheckConfig, path: str = "") -> list[Finding]:
    """Findings of the enabled rules for one document, with the configured severities and line/columns from
    ``text`` (the article the document's offsets point into), sorted by position then rule order."""
    order = {rid: n for n, rid in enumerate(RULES)}
    out = []
    for rid in config.enabled:
        for f in RULES[rid](document):
            line, column = line_col(text, f.start)
            end_line, end_column = line_col(text, f.end)
            out.append(replace(f, severity=config.severities[rid], path=path, line=line, column=column,
                               end_line=end_line, end_column=end_column))
    out.sort(key=lambda f: (f.start, f.end, order[f.rule_id]))
    return out


def run_checks(results: Iterable[Result], config: CheckConfig,
               on_file: Callable[[FileReport], None] | None = None) -> CheckRun:
    """Consume extraction results one by one (documents are dropped once checked) into a ``CheckRun``."""
    run = CheckRun(config)
    for result in results:
        if result.error:
            report = FileReport(result.name or (result.source.path if result.source else "") or "", error=result.error)
        else:
            doc = result.document
            path = doc["document"]["path"] or doc["document"]["id"]
            report = FileReport(path, doc["document"]["id"], doc["document"]["language"], len(doc["claims"]),
                                check_document(doc, result.source.text, config, path))
        run.files.append(report)
        if on_file is not None:
            on_file(report)
    return run
