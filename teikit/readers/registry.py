"""The readers, keyed by kind of input (as pandoc keys its readers by format).

`convert` and `build`'s source discovery ask `reader_for(path)`; a reader turns one source into
one `Document`. Readers are imported when first used, so `teikit --help` pays for none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from types import MappingProxyType


@dataclass(frozen=True)
class ReaderEntry:
    """A reader of one kind of source: its file suffixes and its function."""

    name: str
    suffixes: tuple[str, ...]
    module: str
    function: str
    textual: bool
    """Whether the source is text (decoded by `teikit.io.read_source`; lossless-checked)."""

    def load(self) -> Callable[..., object]:
        return getattr(import_module(self.module), self.function)


# Filled here, at import, and read-only after: a new reader is one more record in this table.
READERS: Mapping[str, ReaderEntry] = MappingProxyType({
    entry.name: entry
    for entry in (
        ReaderEntry("wilson-page", (".txt", ".md"), "teikit.readers.text_page",
                    "read_text_document", textual=True),
        ReaderEntry("plain+sidecar", (".txt", ".md"), "teikit.readers.text_page",
                    "read_text_document", textual=True),
        ReaderEntry("docx", (".docx",), "teikit.readers.docx", "read_docx_document",
                    textual=False),
    )
})


def reader_for(path: str | Path) -> ReaderEntry:
    """The reader of a source by its suffix; text readers take anything else (stdin too):
    the page reader tells a page export from plain text by its header."""
    suffix = Path(str(path)).suffix.lower()
    for entry in READERS.values():
        if suffix in entry.suffixes and not entry.textual:
            return entry
    return READERS["wilson-page"]


def source_suffixes() -> set[str]:
    return {suffix for entry in READERS.values() for suffix in entry.suffixes}
