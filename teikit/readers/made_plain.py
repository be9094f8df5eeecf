"""A text file's characters as its text means them, before it is read: what some tool on the
way did to them undone, each kind of change reported once, at its first place, and said in the
header's `change` so an editor knows the TEI's characters are not all the file's.

In this order: mojibake repaired (`mojibake`: a line of UTF-8 some tool read in another
encoding), HTML's character references read (`character_references`: `[&hellip;]`), and the
characters' forms made plain (`character_forms`: decomposed letters, soft hyphens, zero-width
spaces, ligatures), which a reference or a repair may have written.
"""

from __future__ import annotations

from teikit.diagnostics import Diagnostic
from teikit.io import text_location
from teikit.readers.character_forms import plain_forms
from teikit.readers.character_references import read_references
from teikit.readers.mojibake import repaired


def made_plain(text: str, source_name: str) -> tuple[str, list[Diagnostic], tuple[str, ...]]:
    """`text` with its mojibake repaired, HTML's character references read and its characters'
    forms made plain; a warning for each kind of change at its first place, and the changes
    said for the header (`Document.source_changes`)."""
    warnings: list[Diagnostic] = []
    said: list[str] = []
    fixed, repair = repaired(text)
    if repair is not None:
        warnings.append(Diagnostic(
            "warning", "encoding", f"{repair.sentence()}, the first here: "
            f"{repair.was!r} read as {repair.now!r}",
            text_location(text, repair.first, source_name)))
        said.append(repair.sentence())
    read, references = read_references(fixed)
    if references is not None:
        warnings.append(Diagnostic("warning", "characters",
                                   f"{references.sentence()}, the first here",
                                   text_location(fixed, references.first, source_name)))
        said.append(references.sentence())
    plain, changes = plain_forms(read)
    warnings += [Diagnostic("warning", "characters", f"{change.sentence()}, the first here",
                            text_location(read, change.first, source_name))
                 for change in changes]
    said += [change.sentence() for change in changes]
    return plain, warnings, tuple(said)
