"""Warnings and errors found while working on a document, each with its location."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from teikit.errors import Location

Severity = Literal["warning", "error"]


@dataclass(frozen=True)
class Diagnostic:
    """A warning or an error about a document, with its code and place."""

    severity: Severity
    code: str
    message: str
    location: Location | None = None

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.severity}: {self.message} [{self.code}]"
