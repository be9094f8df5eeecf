"""What reading and converting keep from one document to the next, held by whoever reads
them.

A run (one `teikit convert` call, one worker of a batch or of a site build, a program that
converts many texts) makes one `ReadingContext` and passes it to every document it reads:
the word tables the rules consult, the line tests' answers and the registers the documents
name are loaded or worked out once per run, not once per document, and never kept at module
level. A reader called without one makes a fresh one for that document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from teikit.enrich.registers import RegisterCache
from teikit.readers.line_tests import LineTests
from teikit.rules.word_tables import WordTables


@dataclass
class ReadingContext:
    """What a run loads once and keeps: word tables, line tests, registers."""

    words: WordTables = field(default_factory=WordTables)
    lines: LineTests = field(default_factory=LineTests)
    registers: RegisterCache = field(default_factory=RegisterCache)
