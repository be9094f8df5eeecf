"""Reports as text (with the source line and a caret), JSON or JUnit XML."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from teikit.validate.report import FileReport, Message

_WIDTH = 120


def _source_lines(path: str) -> list[str]:
    try:
        return Path(path).read_bytes().decode("utf-8", errors="replace").splitlines()
    except OSError:
        return []


def format_message(path: str, message: Message, lines: list[str]) -> str:
    where = path
    if message.line is not None:
        where += f":{message.line}"
        if message.column is not None:
            where += f":{message.column}"
    out = [f"{where}: {message.severity}: {message.message} [{message.engine}:{message.rule}]"]
    if message.line is not None and 1 <= message.line <= len(lines):
        text = lines[message.line - 1].expandtabs(1)
        caret = (message.column or 1) - 1
        if len(text) > _WIDTH:  # a window around the caret, not a 2,000-character line
            start = max(0, min(caret - _WIDTH // 3, len(text) - _WIDTH))
            text = ("…" if start else "") + text[start:start + _WIDTH] + "…"
            caret = caret - start + (1 if start else 0)
        gutter = f"{message.line:>6} | "
        out.append(gutter + text)
        if message.column is not None:
            out.append(" " * (len(gutter) - 2) + "| " + " " * caret + "^")
    if message.expected:
        out.append("       expected one of: " + ", ".join(message.expected))
    if message.repeats:
        shown = ", ".join(map(str, message.repeats[:10]))
        more = f" and {len(message.repeats) - 10} more" if len(message.repeats) > 10 else ""
        out.append(f"       the same problem also on lines {shown}{more}")
    return "\n".join(out)


def group_repeats(messages: Sequence[Message]) -> list[Message]:
    """Fold messages with the same text and rule into the first, listing the other lines."""
    first: dict[tuple[str, str, str], int] = {}
    grouped: list[Message] = []
    for message in messages:
        key = (message.engine, message.rule, message.message)
        if key in first:
            index = first[key]
            head = grouped[index]
            grouped[index] = Message(head.severity, head.line, head.column, head.message,
                                     head.engine, head.rule, head.expected,
                                     (*head.repeats, message.line or 0))
        else:
            first[key] = len(grouped)
            grouped.append(message)
    return grouped


def format_text(report: FileReport) -> str:
    if not report.messages:
        return ""
    lines = _source_lines(report.path)
    return "\n".join(format_message(report.path, m, lines) for m in group_repeats(
        report.messages))


def report_to_dict(report: FileReport) -> dict[str, object]:
    return {
        "path": report.path,
        "valid": report.valid,
        "checked": report.checked,
        "schemas": report.schemas,
        "seconds": round(report.seconds, 4),
        "messages": [
            {"severity": m.severity, "line": m.line, "column": m.column, "message": m.message,
             "engine": m.engine, "rule": m.rule, "expected": list(m.expected)}
            for m in report.messages
        ],
    }


def format_json(reports: Sequence[FileReport]) -> str:
    return json.dumps([report_to_dict(r) for r in reports], indent=2, ensure_ascii=False)


def format_junit(reports: Sequence[FileReport], seconds: float) -> str:
    # JUnit's own distinction: a failure is an invalid document, an error one that could
    # not be checked (unreadable, its schema unusable, timed out).
    suite = etree.Element("testsuite", name="teikit validate", tests=str(len(reports)),
                          failures=str(sum(r.checked and not r.valid for r in reports)),
                          errors=str(sum(not r.checked for r in reports)),
                          time=f"{seconds:.3f}")
    for report in reports:
        case = etree.SubElement(suite, "testcase", classname="teikit.validate",
                                name=report.path, time=f"{report.seconds:.3f}")
        errors = [m for m in report.messages if m.severity == "error"]
        if errors:
            failure = etree.SubElement(case, "failure" if report.checked else "error",
                                       message=errors[0].message,
                                       type=f"{errors[0].engine}:{errors[0].rule}")
            failure.text = "\n".join(format_message(report.path, m, []) for m in errors)
    suites = etree.Element("testsuites")
    suites.append(suite)
    return etree.tostring(suites, pretty_print=True, xml_declaration=True,
                          encoding="UTF-8").decode("utf-8")
