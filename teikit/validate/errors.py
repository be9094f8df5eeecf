"""Errors of the validator itself (kept apart so importing them costs no engine import)."""

from teikit.errors import TeikitError


class SchematronError(TeikitError):
    """A Schematron schema cannot be read or one of its expressions does not compile."""
