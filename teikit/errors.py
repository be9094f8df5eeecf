"""Exceptions that carry where the problem is, so an editor can go straight to it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """A place in a file: 1-based line and column, as editors' tools count them."""

    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


class TeikitError(Exception):
    """Base class: a message for the editor and, where known, the location."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


class InputError(TeikitError):
    """The input cannot be read as a source (encoding, binary data, emptiness)."""


class MetadataError(TeikitError):
    """A required header field is missing or malformed."""


class ProfileError(TeikitError):
    """A profile file is malformed."""


class ConversionError(TeikitError):
    """The conversion could not produce a faithful TEI document."""


class LosslessError(ConversionError):
    """The TEI does not give the source back: something would be lost."""


class OutputError(TeikitError):
    """An output that teikit refuses to write: an input, a directory, a special file."""
