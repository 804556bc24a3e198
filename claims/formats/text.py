"""The default, linter-style output: ``path:line:col: severity rule-id message`` per finding, a summary line
per file and one for the run. Severities are coloured; ``click.echo`` drops the colours when not on a terminal."""
from __future__ import annotations

import click

from ..checks import CheckRun, FileReport

COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(_plural(n, sev) for sev, n in counts.items())


def file_summary(report: FileReport) -> str:
    if report.error:
        reason = report.error[len(report.path) + 2:] if report.error.startswith(report.path + ": ") else report.error
        return f"{report.path}: not checked ({reason})"
    findings = _counts(report.counts()) if report.findings else "no findings"
    quiet = [f"{len(report.accepted)} accepted"] if report.accepted else []
    quiet += [f"{len(report.baselined)} in baseline"] if report.baselined else []
    findings += f"; {', '.join(quiet)}" if quiet else ""
    return f"{report.path}: {findings} ({_plural(report.claims, 'statement')}, language {report.language})"


def run_summary(run: CheckRun) -> str:
    checked = len(run.files) - len(run.errors)
    parts = [f"{_plural(checked, 'file')} checked", _counts(run.counts())]
    if run.accepted:
        parts.append(f"{len(run.accepted)} accepted by review marks")
    if run.baseline is not None:
        stale = f", {run.baseline_stale} of its entries no longer found" if run.baseline_stale else ""
        parts.append(f"{len(run.baselined)} in baseline {run.baseline}{stale}")
    parts.append(f"config {run.config.source}" if run.config.source else "no config file (defaults)")
    if run.errors:
        parts.append(f"{_plural(len(run.errors), 'file')} could not be read")
    failing = sum(run.failing(f) for f in run.findings)
    if run.errors:
        verdict = "incomplete"
    elif failing:
        verdict = f"failed: {failing} at or above fail-on={run.config.fail_on}"
    else:
        verdict = f"passed (fail-on={run.config.fail_on})"
    return "; ".join(parts) + f" — {verdict}"


def render(run: CheckRun) -> str:
    lines = []
    for report in run.files:
        for f in report.findings:
            sev = click.style(f"{f.severity:<7}", fg=COLOURS[f.severity], bold=f.severity == "error")
            lines.append(f"{f.path}:{f.line}:{f.column}: {sev} {click.style(f.rule_id, dim=True)} {f.message}")
        lines.append(click.style(file_summary(report), bold=True))
    lines += ["", run_summary(run)]
    return "\n".join(lines) + "\n"
