"""``--format junit``: a JUnit XML report for CI test panels. One ``<testsuite>`` per file and in it one
``<testcase>`` per enabled rule; a rule with findings at or above fail-on gets a ``<failure>`` listing them,
findings below it go to ``<system-out>``. A file that could not be read is a testsuite with one ``<error>``."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..checks import CheckRun, FileReport

# characters XML 1.0 cannot carry (C0 controls but tab, newline and carriage return; lone surrogates; U+FFFE/F)
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """Text XML can carry: each character it cannot becomes U+FFFD."""
    return NOT_XML.sub("\ufffd", text)


def _case(suite: ET.Element, report: FileReport, name: str) -> ET.Element:
    return ET.SubElement(suite, "testcase", {"name": name, "classname": f"claims.{report.path}",
                                             "file": report.path, "time": "0"})


def _suite(run: CheckRun, report: FileReport) -> tuple[ET.Element, int, int]:
    suite = ET.Element("testsuite", {"name": report.path, "time": "0", "skipped": "0"})
    failures = errors = 0
    if report.error:
        case = _case(suite, report, "read")
        ET.SubElement(case, "error", {"type": "InputError", "message": _xml_text(report.error)}).text = \
            _xml_text(report.error)
        errors = 1
    else:
        for rule in run.rules:
            found = [f for f in report.findings if f.rule_id == rule.id]
            case = _case(suite, report, rule.id)
            failing = [f for f in found if run.failing(f)]
            if found:
                case.set("line", str(found[0].line))
            if failing:
                failures += 1
                body = "\n".join(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.message}" for f in failing)
                ET.SubElement(case, "failure", {"type": rule.id, "message": _xml_text(
                    f"{len(failing)} × {rule.id}: {failing[0].message}")}).text = _xml_text(body)
            passing = [f for f in found if not run.failing(f)]
            if passing:
                ET.SubElement(case, "system-out").text = _xml_text("\n".join(
                    f"{f.path}:{f.line}:{f.column}: {f.severity} {f.message}" for f in passing))
    tests = len(suite)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    return suite, failures, errors


def render(run: CheckRun) -> str:
    root = ET.Element("testsuites", {"name": "claims check", "time": "0"})
    tests = failures = errors = 0
    for report in run.files:
        suite, f, e = _suite(run, report)
        root.append(suite)
        tests += int(suite.get("tests"))
        failures += f
        errors += e
    root.set("tests", str(tests))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
