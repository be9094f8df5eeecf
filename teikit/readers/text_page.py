"""The reader of textual transcriptions: a Wilson Center page export (bold date and title,
labelled fields) or plain text whose metadata comes from a sidecar or options.

Page header → `Metadata`; body → the document model (`teikit.readers.transcription`); both in
one `Document`, which keeps the source text, compressed (`KeptText`), for the lossless check.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from teikit.errors import ConversionError, Location
from teikit.kept_text import KeptText, SourceHandle
from teikit.metadata import Metadata, load_sidecar, merge_metadata
from teikit.metadata.citation import archive_reference_alone
from teikit.model import (
    Body,
    Document,
    Furniture,
    Role,
    TextSource,
    iter_blocks,
    plain_text,
)
from teikit.profiles import Profile
from teikit.readers.context import ReadingContext
from teikit.readers.joining import body_units
from teikit.readers.made_plain import made_plain
from teikit.readers.page_header import parse_page_header
from teikit.readers.transcription import Locator, ReadResult, read_units
from teikit.readers.two_texts import read_with_original
from teikit.readers.units import Unit
from teikit.xml import check_characters

# Asked of the body in place: a large file's body is not copied to learn that it is not blank.
_NON_SPACE = re.compile(r"\S")


def read_text_document(
    text: str | SourceHandle,
    *,
    source_name: str,
    profile: Profile,
    meta_file: Path | None = None,
    overrides: dict[str, Any] | None = None,
    context: ReadingContext | None = None,
) -> Document:
    """`text` handed over (`SourceHandle`) is let go once its units are made, before the
    document model is built: only its compressed copy (`KeptText`) stays, for the lossless
    check."""
    if isinstance(text, SourceHandle):
        text = text.take()
    text, plain_warnings, source_changes = made_plain(text, source_name)
    sidecar = load_sidecar(meta_file) if meta_file is not None else None
    title_given = bool((overrides or {}).get("title") or (sidecar or {}).get("title"))
    header = parse_page_header(text, source_name, title_given=title_given)
    check_characters(text, source_name, header.body_start)
    text = header.body_of(text)  # (what the page prints under the body is no line of it)
    meta = merge_metadata(header, path=source_name, sidecar=sidecar, cli=overrides)
    header_warnings = meta.check(source_name)
    if _NON_SPACE.search(text, header.body_start) is None:
        raise ConversionError("the document has no text after its header",
                              Location(source_name, text.count("\n") + 1))
    locate = Locator(text, source_name)
    context = context or ReadingContext()  # (one set of word tables for joining and reading)
    units = body_units(text, header.body_start, context.words)
    kept = KeptText(text)
    del text  # (a caller that handed it over holds it no more)
    read = _read_texts(units, locate, profile, meta.original_language_code, context)
    _archive_printed_over_the_text(meta, read.body)
    return Document(
        metadata=meta,
        body=read.body,
        path=source_name,
        hands=dict(read.doc.hands),
        diagnostics=[*plain_warnings, *header_warnings, *read.diagnostics],
        source=TextSource(kept, header.body_start, source_name),
        reader="wilson-page" if header.title is not None else "plain+sidecar",
        line_roles=read.line_roles,
        text_language=read.doc.text_language,
        source_changes=source_changes,
    )


def _archive_printed_over_the_text(meta: Metadata, body: Body) -> None:
    """An archive's reference the text prints as one of its numbers (`RGASPI f. 17, op. 162,
    d. 19, l. 49.`) says where the original lies when no citation or source note does: the
    header's `msIdentifier` gives it then, as it gives a citation's."""
    if meta.archive_ids or meta.repository:
        return
    for block in iter_blocks(body):
        if not (isinstance(block, Furniture) and block.role is Role.DOCUMENT_NUMBER):
            continue
        reference = archive_reference_alone(plain_text(block.inlines))
        if reference is not None:
            meta.take_archive_reference(reference)
            return


def _read_texts(units: list[Unit], locate: Locator, profile: Profile, language: str | None,
                context: ReadingContext | None) -> ReadResult:
    """The body read; when the page prints the original beside the translation, each read on
    its own, the original's held by the translation's body (`Body.original`)."""
    used_ids: set[str] = set()  # (the notes the original took, which the translation's do not)

    def read(part: list[Unit], text_language: str | None) -> ReadResult:
        return read_units(part, locate=locate, profile=profile, original_language=language,
                          context=context, used_ids=used_ids, text_language=text_language)

    return read_with_original(units, language, read)
