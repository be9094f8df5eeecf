"""Registers of persons, places and organisations, and name suggestions from source texts."""

from teikit.names.register import (
    ENTRY_KINDS,
    Entry,
    EntryKind,
    Register,
    RegisterError,
    Spelling,
    load_register,
    write_register_csv,
)

__all__ = [
    "ENTRY_KINDS",
    "Entry",
    "EntryKind",
    "Register",
    "RegisterError",
    "Spelling",
    "load_register",
    "write_register_csv",
]
