"""Convert a transcription into TEI: the library API behind `teikit convert`.

    result = convert_file("letter.txt")
    result.tree          # the TEI document (lxml)
    result.diagnostics   # warnings with file, line and column
    result.to_bytes()    # UTF-8, indented, with xml-model processing instructions

Every conversion ends with the lossless check: the TEI is written back to source text, which
must equal the source body modulo white space, or `LosslessError` names the first difference.
"""

from __future__ import annotations

import datetime
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from teikit.diagnostics import Diagnostic
from teikit.enrich import enrich as enrich_names
from teikit.errors import ConversionError, Location, TeikitError
from teikit.io import read_bytes, read_source
from teikit.lossless import check_lossless
from teikit.metadata import Metadata
from teikit.model import Body, Document
from teikit.phenomena import count_phenomena
from teikit.profiles import Profile, load_profile
from teikit.profiles.editorial_decl import editorial_decl
from teikit.readers.context import ReadingContext
from teikit.readers.registry import reader_for
from teikit.readers.structure import LineRole
from teikit.readers.text_page import read_text_document
from teikit.resources import HOUSE_RNG_URL, HOUSE_SCH_URL
from teikit.writers.document import write_tei
from teikit.writers.indent import indent
from teikit.writers.source import form_table, source_pieces
from teikit.xml import tei

TEI_ALL_URL = "http://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng"
RNG_NS = "http://relaxng.org/ns/structure/1.0"
SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"

@dataclass
class ConversionResult:
    tree: etree._ElementTree
    metadata: Metadata
    diagnostics: list[Diagnostic] = field(default_factory=list)
    phenomena: Counter[str] = field(default_factory=Counter)
    line_roles: list[LineRole] = field(default_factory=list)
    """The role each furniture line got and the cues that decided it."""

    @property
    def unsure_lines(self) -> int:
        """Lines whose role the converter was unsure of: a low lead over the next role."""
        return sum(r.decision.unsure for r in self.line_roles)

    def chunks(self) -> list[bytes]:
        """The serialised document in consecutive pieces (the XML declaration, each
        `xml-model` instruction, the root), which a writer can write without joining them."""
        root = self.tree.getroot()
        instructions = []
        sibling = root.getprevious()
        while sibling is not None:
            instructions.insert(0, etree.tostring(sibling, encoding="UTF-8", with_tail=False))
            sibling = sibling.getprevious()
        head = b"\n".join([b'<?xml version="1.0" encoding="UTF-8"?>', *instructions, b""])
        return [head, *_serialised(root), b"\n"]

    def to_bytes(self) -> bytes:
        return b"".join(self.chunks())

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == "warning"]


class _Pieces:
    """A file-like sink that keeps what is written in pieces of about a megabyte."""

    SIZE = 1 << 20

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.pending = bytearray()

    def write(self, data: bytes) -> None:
        self.pending += data
        if len(self.pending) >= self.SIZE:
            self.pieces.append(bytes(self.pending))
            self.pending.clear()


def _serialised(root: etree._Element) -> list[bytes]:
    """The bytes of `etree.tostring(root)`, written incrementally: `tostring` grows one buffer
    to the whole document and then copies it, which for a large document costs twice its size
    on top of the tree."""
    sink = _Pieces()
    with etree.xmlfile(sink, encoding="UTF-8") as out:
        out.write(root, with_tail=False)
    if sink.pending:
        sink.pieces.append(bytes(sink.pending))
    return sink.pieces


def _change_date(explicit: str | None) -> str:
    if explicit:
        return explicit
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), datetime.UTC).date().isoformat()
    return datetime.date.today().isoformat()


def _schema_instructions(root: etree._Element) -> None:
    models = [(HOUSE_RNG_URL, RNG_NS), (HOUSE_SCH_URL, SCHEMATRON_NS), (TEI_ALL_URL, RNG_NS)]
    for href, namespace in models:
        instruction = etree.ProcessingInstruction(
            "xml-model", f'href="{href}" type="application/xml" schematypens="{namespace}"')
        root.addprevious(instruction)


def _enrich(root: etree._Element, meta: Metadata, register: Path | None, source_name: str,
            ) -> list[Diagnostic]:
    loaded = None
    if register is not None:
        from teikit.names import load_register

        loaded = load_register(register)
    return list(enrich_names(root, document_date=meta.reference_date, register=loaded,
                       source_name=source_name))


def convert_text(
    text: str,
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
    fresh one for this text when none is given)."""
    prof = profile if isinstance(profile, Profile) else load_profile(profile)
    document = read_text_document(text, source_name=source_name, profile=prof,
                                  meta_file=meta_file, overrides=overrides, context=context)
    return convert_document(document, profile=prof, register=register,
                            change_date=change_date, enrich=enrich)


def convert_document(
    document: Document,
    *,
    profile: Profile,
    register: Path | None = None,
    change_date: str | None = None,
    enrich: bool = True,
) -> ConversionResult:
    """Write a read document as TEI, enrich it with names and dates, and check, when the
    reader kept a textual source, that the TEI gives that source back."""
    meta = document.metadata
    phenomena = count_phenomena(document.body)
    line_roles = document.line_roles
    root = write_tei(document, editorial_decl=editorial_decl(profile),
                     text_language=profile.text_language, change_date=_change_date(change_date))
    document.body = Body()  # written out: free the model before the memory-hungry steps
    diagnostics = list(document.diagnostics)
    source_name = document.path
    if enrich:
        diagnostics += _enrich(root, meta, register, source_name)
    indent(root)
    tree = etree.ElementTree(root)
    _schema_instructions(root)
    if document.source is not None:
        check_lossless(document.source.text, document.source.body_start,
                       source_pieces(root.find(tei("text")), form_table(profile.conventions)),
                       path=document.source.path)
    return ConversionResult(tree, meta, diagnostics, phenomena, line_roles)


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
                                change_date=change_date)
    source = read_source(path, encoding)
    result = convert_text(
        source.text,
        source_name=source.path,
        profile=profile,
        meta_file=meta_file,
        overrides=overrides,
        register=register,
        change_date=change_date,
        context=context,
    )
    for note in source.normalised:
        result.diagnostics.insert(0, Diagnostic("warning", "input", note, None))
    return result
