"""``--format github``: GitHub Actions workflow commands, which show as annotations on the changed lines::

    ::warning file=a.txt,line=3,col=5,endLine=3,endColumn=40,title=denied-claim::statement … is denied: …
"""
from __future__ import annotations

from ..checks import CheckRun

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render(run: CheckRun) -> str:
    lines = []
    for report in run.files:
        if report.error:
            lines.append(f"::error file={_prop(report.path)},title=unreadable-file::{_data(report.error)}")
        for f in report.findings:
            props = (f"file={_prop(f.path)},line={f.line},col={f.column},endLine={f.end_line},"
                     f"endColumn={f.end_column},title={_prop(f.rule_id)}")
            lines.append(f"::{LEVELS[f.severity]} {props}::{_data(f.message)}")
    return "".join(line + "\n" for line in lines)
