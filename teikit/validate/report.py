"""What validation found: one message per problem, one report per file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]

# Rules of the errors that mean the document could not be checked at all: counted apart from
# invalid documents (exit status 2, not 1).
UNUSABLE = frozenset({"unreadable", "schema-not-found", "schema-refused", "schema-error",
                      "timeout", "worker-died"})


@dataclass(frozen=True)
class Message:
    """One problem, where it is, which engine and rule found it, and what would be allowed."""

    severity: Severity
    line: int | None
    column: int | None
    message: str
    engine: str  # "xml", "relaxng", "xsd", "schematron"
    rule: str  # libxml2's error type, a Schematron rule id, …
    expected: tuple[str, ...] = ()
    repeats: tuple[int, ...] = ()  # further lines with the same problem (grouped)


@dataclass
class FileReport:
    """What validating one file found, against which schemas, in how long."""

    path: str
    messages: list[Message] = field(default_factory=list)
    schemas: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def valid(self) -> bool:
        return not any(message.severity == "error" for message in self.messages)

    @property
    def checked(self) -> bool:
        """False when the file or one of its schemas could not be used at all."""
        return not any(m.severity == "error" and m.rule in UNUSABLE for m in self.messages)

    @property
    def error_count(self) -> int:
        return sum(1 + len(m.repeats) for m in self.messages if m.severity == "error")


def worker_died(path: str) -> FileReport:
    """The report of a file whose validating worker process died on it, alone in it."""
    return FileReport(path, [Message(
        "error", None, None, "not checked: the worker process validating it died (killed by "
        "the system, out of memory, or a crash in a library)", "xml", "worker-died")])
