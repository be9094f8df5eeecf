"""Convert a transcription into TEI: the library API behind `teikit convert`.

    result = convert_file("letter.txt")
    result.tree          # the TEI document (lxml)
    result.diagnostics   # warnings with file, line and column
    result.to_bytes()    # UTF-8, indented, with xml-model processing instructions

Every conversion ends with the lossless check: the TEI is written back to source text, which
must equal the source body modulo white space, or `LosslessError` names the first difference.
A Word file, which has no text to give back, gets the words check instead: every word of the
file must stand in the written-back text as often as in the file, and none more often, or a
warning names those that do not (`teikit.kept_words`).
"""

from __future__ import annotations

import datetime
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from lxml import etree

from teikit import XML_NS
from teikit.conventions.text_markup import WORD_BREAKS
from teikit.dates import numeric_month_first
from teikit.diagnostics import Diagnostic
from teikit.enrich import Enricher
from teikit.enrich.registers import RegisterCache
from teikit.enrich.standoff import append_entry_lists, refuse_id_clashes, taken_ids
from teikit.errors import ConversionError, Location, TeikitError
from teikit.io import read_bytes, read_source
from teikit.kept_text import SourceHandle
from teikit.kept_words import word_inventory, words_check
from teikit.lossless import check_lossless
from teikit.metadata import Metadata
from teikit.model import (
    Body,
    Document,
    block_inlines,
    iter_blocks,
    iter_interventions,
    plain_text,
)
from teikit.phenomena import count_phenomena
from teikit.profiles import Profile, load_profile
from teikit.profiles.editorial_decl import shared_editorial_decl
from teikit.readers.context import ReadingContext
from teikit.readers.registry import reader_for
from teikit.readers.structure import LineRole, LineRoles
from teikit.readers.text_page import read_text_document
from teikit.resources import HOUSE_RNG_URL, HOUSE_SCH_URL
from teikit.writers.document import tei_root_and_header
from teikit.writers.parts import PartWriter, Serialised
from teikit.writers.source import SourceWriter, form_table
from teikit.writers.tei import BodyWriter, Event
from teikit.xml import tei

TEI_ALL_URL = "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"

@dataclass
class ConversionResult:
    """A converted document with what was found on the way."""

    serialised: Serialised
    """The serialised document, iterable in consecutive pieces (the XML declaration with the
    `xml-model` instructions, then about a megabyte at a time)."""
    metadata: Metadata
    diagnostics: list[Diagnostic] = field(default_factory=list)
    phenomena: Counter[str] = field(default_factory=Counter)
    line_roles: Sequence[LineRole] = field(default_factory=list)
    """The role each furniture line got and the cues that decided it."""

    @property
    def unsure_lines(self) -> int:
        """Lines whose role the converter was unsure of: a low lead over the next role."""
        if isinstance(self.line_roles, LineRoles):
            return self.line_roles.unsure()
        return sum(r.decision.unsure for r in self.line_roles)

    @cached_property
    def tree(self) -> etree._ElementTree:
        """The TEI document, parsed from its bytes when first asked for: the converter writes
        the document part by part and never holds its whole tree."""
        parser = etree.XMLParser(huge_tree=True, resolve_entities=False, no_network=True)
        return etree.fromstring(self.to_bytes(), parser).getroottree()

    def chunks(self) -> Serialised:
        """The serialised document in consecutive pieces, which a writer can write without
        joining them: unpacked one at a time as it writes (each iteration unpacks them anew),
        never all held (a 50 MB source's TEI is some 75 MB)."""
        return self.serialised

    def to_bytes(self) -> bytes:
        return b"".join(self.serialised)

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]


def _change_date(explicit: str | None) -> str:
    if explicit:
        return explicit
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
    return datetime.date.today().isoformat()


def _prolog() -> bytes:
    """The XML declaration and the `xml-model` instructions that name the schemas."""
    models = [(HOUSE_RNG_URL, RNG_NS), (HOUSE_SCH_URL, SCHEMATRON_NS), (TEI_ALL_URL, RNG_NS)]
    instructions = [
        etree.tostring(etree.ProcessingInstruction(
            "xml-model", f'href="{href}" type="application/xml" schematypens="{namespace}"'))
        for href, namespace in models
    ]
    return b"\n".join([b'<?xml version="1.0" encoding="UTF-8"?>', *instructions, b""])


PROLOG = _prolog()


def convert_text(
    text: str | SourceHandle,
    *,
    source_name: str = "<stdin>",
    profile: str | Path | Profile = "wilson",
    meta_file: Path | None = None,
    overrides: dict[str, Any] | None = None,
    register: Path | None = None,
    change_date: str | None = None,
    enrich: bool = True,
    context: ReadingContext | None = None,
) -> ConversionResult:
    """`context`: what a run that converts many texts keeps between them (one per run; a
    fresh one for this text when none is given). A text handed over in a `SourceHandle` is
    let go before the document model is built (a large file's text need not stay beside it)."""
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    document = read_text_document(text, source_name=source_name, profile=prof,
                                  meta_file=meta_file, overrides=overrides, context=context)
    return convert_document(document, profile=prof, register=register,
                            change_date=change_date, enrich=enrich, context=context)


def _numeric_month_first(body: Body, reference: datetime.date | None) -> bool:
    """Whether the document writes numeric dates month first (`teikit.dates`)."""
    texts = (plain_text(inlines) for block in iter_blocks(body)
             for inlines in block_inlines(block))
    return numeric_month_first(texts, reference)


def convert_document(
    document: Document,
    *,
    profile: Profile,
    register: Path | None = None,
    change_date: str | None = None,
    enrich: bool = True,
    context: ReadingContext | None = None,
) -> ConversionResult:
    """Write a read document as TEI, enrich it with names and dates, and check, when the
    reader kept a textual source, that the TEI gives that source back. `context`: the run's,
    whose registers are read once for all its documents.

    The text is written, enriched, checked and serialised a part (about `PART_SIZE`
    characters of source, the whole text of a smaller document) at a time, and each part
    dropped once serialised (`PartWriter`): a large document's tree never exists whole."""
    meta = document.metadata
    phenomena = count_phenomena(document.body)
    line_roles = document.line_roles
    diagnostics = list(document.diagnostics)
    loaded = finder = None
    if enrich and register is not None:
        ready = (context.registers if context else RegisterCache()).get(register)
        loaded, finder = ready.register, ready.finder
    enricher = (Enricher(document_date=meta.reference_date, register=loaded,
                         where=document.path, finder=finder,
                         month_first=_numeric_month_first(document.body, meta.reference_date),
                         word_breaks=bool(phenomena[WORD_BREAKS]))
                if enrich else None)
    if enricher is not None and loaded is not None:
        _survey(document.body, enricher)
    root, header = tei_root_and_header(
        document, editorial_decl=shared_editorial_decl(profile),
        text_language=profile.text_language, change_date=_change_date(change_date))

    def prepare(container: etree._Element) -> None:
        if enricher is not None:
            enricher.link_and_wrap(container)
        if loaded is not None:
            for block in container:  # (the container's own id is not the part's)
                taken.update(taken_ids(block))

    writer = PartWriter(SourceWriter(form_table(profile.conventions)), prepare)
    writer.open(root, in_text=False)
    root.append(header)
    # No name may hold a part while it is written and dropped: lxml then moves the part out
    # node by node instead of freeing it, which costs the square of its size.
    del header
    taken = taken_ids(root) if loaded is not None else set()
    _consume(writer.part())
    body_writer = BodyWriter()
    # (the marks Word draws for its notes: words of the TEI the file's text does not have)
    marks = (word_inventory(node.attrs["n"] for node in iter_interventions(document.body)
                            if node.tag == "note" and "n" in node.attrs)
             if document.source_words is not None else Counter())
    per_line = _characters_per_line(document)
    text = etree.SubElement(root, tei("text"))
    if document.text_language is not None:
        text.set(f"{{{XML_NS}}}lang", document.text_language)  # (an original, untranslated)
    source_pieces = writer.text(
        body_writer.parts(text, document.body),
        reached=lambda: int(body_writer.line * per_line), size=_source_size(document, per_line))
    if document.source is not None:
        check_lossless(document.source.kept, document.source.body_start, source_pieces,
                       path=document.source.path)
    elif document.source_words is not None:
        diagnostics += words_check(document.source_words, "".join(source_pieces),
                                   document.path, marks)
    _consume(source_pieces)
    document.body = Body()  # written out
    if enricher is not None:
        diagnostics += enricher.diagnostics
    if loaded is not None:
        used = ({entry_id for entry_id in enricher.referenced if loaded.get(entry_id)}
                if enricher else set())
        refuse_id_clashes(loaded, used, taken)
        standoff = etree.SubElement(root, tei("standOff"))
        append_entry_lists(standoff, loaded, used)
        if len(standoff):
            del standoff  # (as the header's)
            _consume(writer.part())
        else:
            root.remove(standoff)
    writer.close()
    return ConversionResult(writer.sink.close(PROLOG, b"\n"), meta, diagnostics, phenomena,
                            line_roles)


def _characters_per_line(document: Document) -> float:
    """The mean length of the document's source lines, which turns the line a block starts on
    into how far into the source it stands (a part's size needs no more than that)."""
    if document.source is None:
        return 80.0  # a reader without a textual source numbers its blocks, not lines
    kept = document.source.kept
    return kept.length / (kept.newlines + 1)


def _source_size(document: Document, per_line: float) -> int:
    """How many characters of source the document's text stands for."""
    if document.source is not None:
        return document.source.kept.length - document.source.body_start
    last = max((block.line for section in document.body.sections for block in section.blocks),
               default=0)
    return int(last * per_line)


def _survey(body: Body, enricher: Enricher) -> None:
    """Let the enricher see every existing name before any part is wrapped, one block at a
    time (the blocks are kept for writing)."""
    open_containers: list[etree._Element] = []
    for event, container in BodyWriter(release=False).parts(etree.Element(tei("text")), body):
        if event is Event.OPENED:
            open_containers.append(container)
        elif event is Event.CLOSED:
            open_containers.pop()
        else:
            for child in list(container):
                if child not in open_containers:
                    enricher.survey(child)
                    container.remove(child)


def _consume(steps: Iterator[object]) -> None:
    for _ in steps:
        pass


def convert_file(
    path: str | Path,
    *,
    profile: str | Path | Profile = "wilson",
    meta_file: Path | None = None,
    encoding: str | None = None,
    register: Path | None = None,
    overrides: dict[str, Any] | None = None,
    change_date: str | None = None,
    context: ReadingContext | None = None,
) -> ConversionResult:
    """Convert one source file, read by the reader of its kind (`reader_for`); a
    `register.csv` or `meta.toml` beside it is used if present. A run that converts many
    files passes one `context` to all of them (see `convert_text`).

    Raises only `TeikitError`s, located: an unexpected failure becomes a `ConversionError`
    naming the file."""
    if str(path) != "-":
        folder = Path(path).parent
        if register is None and (folder / "register.csv").is_file():
            register = folder / "register.csv"
        if meta_file is None and (folder / "meta.toml").is_file():
            meta_file = folder / "meta.toml"
    try:
        return _read_and_convert(path, profile=profile, meta_file=meta_file, encoding=encoding,
                                 register=register, overrides=overrides,
                                 change_date=change_date, context=context)
    except TeikitError:
        raise
    except Exception as error:
        # A batch or a site build goes on past one document whatever happens to it; the
        # cause stays chained for a debugger.
        raise ConversionError(
            f"internal error ({type(error).__name__}: {error}): a bug in teikit; please "
            "report it with this file", Location("<stdin>" if str(path) == "-" else str(path)),
        ) from error


def _read_and_convert(
    path: str | Path,
    *,
    profile: str | Path | Profile,
    meta_file: Path | None,
    encoding: str | None,
    register: Path | None,
    overrides: dict[str, Any] | None,
    change_date: str | None,
    context: ReadingContext | None,
) -> ConversionResult:
    reader = reader_for(path)
    if not reader.textual:
        prof = profile if isinstance(profile, Profile) else load_profile(profile)
        read = reader.load()
        document = read(read_bytes(path), source_name=str(path), profile=prof,
                        meta_file=meta_file, overrides=overrides, context=context)
        assert isinstance(document, Document)
        return convert_document(document, profile=prof, register=register,
                                change_date=change_date, context=context)
    source = read_source(path, encoding)
    handle, name, normalised = SourceHandle(source.text), source.path, source.normalised
    del source  # the reader takes the text from the handle, and lets it go
    result = convert_text(
        handle,
        source_name=name,
        profile=profile,
        meta_file=meta_file,
        overrides=overrides,
        register=register,
        change_date=change_date,
        context=context,
    )
    for note in normalised:
        result.diagnostics.insert(0, Diagnostic("warning", "input", note, None))
    return result
