"""Running the rules over a stream of extraction results, one document at a time, into a ``CheckRun``."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from typing import TYPE_CHECKING

from .config import CheckConfig
from .findings import SEVERITIES, Finding, fingerprint, line_col, rank
from .marks import Mark, find_marks
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
    #: findings accepted by a review mark in the file (not reported, not failing)
    accepted: list[Finding] = field(default_factory=list)
    #: findings recorded in the baseline (not reported, not failing)
    baselined: list[Finding] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.findings)
        return {s: c.get(s, 0) for s in reversed(SEVERITIES)}


@dataclass
class CheckRun:
    """All files of one ``claims check``: what was found, with which configuration and rules."""

    config: CheckConfig
    files: list[FileReport] = field(default_factory=list)
    #: the baseline file applied, if any, and how many of its entries no finding matched any more
    baseline: str | None = None
    baseline_stale: int = 0

    @property
    def rules(self) -> list[Rule]:
        """The rules that ran, in registry order."""
        return [RULES[rid] for rid in self.config.enabled]

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    @property
    def accepted(self) -> list[Finding]:
        return [f for report in self.files for f in report.accepted]

    @property
    def baselined(self) -> list[Finding]:
        return [f for report in self.files for f in report.baselined]

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


def _statement_and_speaker(document: dict, text: str) -> dict[str | None, tuple[str, str]]:
    speakers = {sp["id"]: sp["name"] for sp in document.get("speakers", [])}
    out: dict[str | None, tuple[str, str]] = {}
    for claim in document.get("claims", []):
        sid = claim.get("speaker_id")
        name = speakers.get(sid) if sid else (claim["speaker"]["text"] if claim.get("speaker") else "")
        out[claim.get("id")] = (claim.get("text", ""), name or "")
    return out


def _line_of(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


def check_document(document: dict, text: str, config: CheckConfig, path: str = "") -> list[Finding]:
    """Findings of the enabled rules for one document, with the configured severities, line/columns from
    ``text`` (the article the document's offsets point into) and fingerprints, sorted by position then rule
    order. Review marks are not applied here: see ``review``."""
    order = {rid: n for n, rid in enumerate(RULES)}
    claims = _statement_and_speaker(document, text)
    out = []
    for rid in config.enabled:
        for f in RULES[rid](document):
            line, column = line_col(text, f.start)
            end_line, end_column = line_col(text, f.end)
            statement, speaker = claims.get(f.claim_id, ("", "")) if f.claim_id else (_line_of(text, f.start), "")
            out.append(replace(f, severity=config.severities[rid], path=path, line=line, column=column,
                               end_line=end_line, end_column=end_column,
                               fingerprint=fingerprint(rid, statement, speaker)))
    out.sort(key=lambda f: (f.start, f.end, order[f.rule_id]))
    return out


def _mark_finding(config: CheckConfig, text: str, path: str, mark: Mark, message: str) -> Finding:
    line, column = line_col(text, mark.start)
    end_line, end_column = line_col(text, mark.end)
    return Finding("review-mark", config.severities["review-mark"], message, mark.start, mark.end, None, path,
                   line, column, end_line, end_column, fingerprint("review-mark", text[mark.start:mark.end]))


def review(findings: list[Finding], text: str, config: CheckConfig, path: str = "",
           marks: list[Mark] | None = None) -> tuple[list[Finding], list[Finding]]:
    """Apply the review marks of ``text``: (findings still reported, findings accepted by a mark). A finding that
    starts inside a mark itself (a plain-text mark line read as a statement) is dropped. Marks that name an
    unknown rule or accept nothing become ``review-mark`` findings when that rule is enabled."""
    marks = find_marks(text) if marks is None else marks
    if not marks:
        return findings, []
    kept, accepted = [], []
    used: set[int] = set()
    for f in findings:
        if any(m.start <= f.start < m.end for m in marks):
            continue
        hits = [n for n, m in enumerate(marks) if m.covers(f.rule_id, f.start)]
        if hits and f.rule_id != "review-mark":
            accepted.append(f)
            used.update(hits)
        else:
            kept.append(f)
    if config.severities.get("review-mark", "off") != "off":
        order = {rid: n for n, rid in enumerate(RULES)}
        for n, mark in enumerate(marks):
            unknown = [r for r in mark.rules if r != "all" and r not in RULES]
            if unknown or not mark.rules:
                what = f"unknown rule {unknown[0]!r}" if unknown else "no rule"
                kept.append(_mark_finding(config, text, path, mark, f"review mark names {what} (see claims check "
                                                                    "--list-rules; 'all' accepts every rule)"))
            elif n not in used and all(r == "all" or config.severities.get(r, "off") != "off" for r in mark.rules):
                scope = "the file" if mark.verb == "accept-file" else "the paragraph it covers"
                kept.append(_mark_finding(config, text, path, mark, f"review mark accepts {', '.join(mark.rules)} "
                                                                    f"but {scope} has no such finding any more"))
        kept.sort(key=lambda f: (f.start, f.end, order[f.rule_id]))
    return kept, accepted


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
            found = check_document(doc, result.source.text, config, path)
            kept, accepted = review(found, result.source.text, config, path)
            report = FileReport(path, doc["document"]["id"], doc["document"]["language"], len(doc["claims"]),
                                kept, accepted=accepted)
        run.files.append(report)
        if on_file is not None:
            on_file(report)
    return run
