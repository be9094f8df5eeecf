"""Validate files: choose schemas, run each engine, collect one report per file."""

from __future__ import annotations

import dataclasses
import os
import stat
import time
from pathlib import Path

from lxml import etree

from teikit.deadline import run_within
from teikit.validate.catalog import Catalog, CatalogError
from teikit.validate.engines import ENGINES, Check
from teikit.validate.errors import SchematronError
from teikit.validate.options import ValidationOptions
from teikit.validate.parsing import UnreadableDocument, parse_bytes, unexpanded_entities
from teikit.validate.report import FileReport, Message
from teikit.validate.rng_names import NameSet, collect_names
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.schema_files import SchemaRefused
from teikit.validate.selection import SchemasMissing, select_schemas
from teikit.validate.source import SourceText


class ValidationTimeout(Exception):
    """A document's validation took longer than its time limit."""


_SCHEMA_FAILURES = (etree.XMLSchemaParseError, etree.RelaxNGParseError, etree.XMLSyntaxError,
                    SchematronError, CatalogError, OSError)


def _read_document(path: Path) -> bytes:
    """The document's bytes; a device, FIFO or directory is refused before it is opened."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise IsADirectoryError(0, "a directory" if stat.S_ISDIR(mode) else
                                "not a regular file (a device, FIFO or socket)")
    return path.read_bytes()


def validate_file(path: str | Path, options: ValidationOptions | None = None, *,
                  cache: SchemaCache | None = None, names: NameSet | None = None,
                  data: bytes | None = None, tree: etree._ElementTree | None = None,
                  **overrides: object) -> FileReport:
    """Validate one file; problems with the file itself (unreadable, not well-formed, its
    schemas unusable, too slow) become messages.

    ``options`` say which schemas and how (keyword ``overrides`` change single fields:
    ``validate_file(p, schemas=[rng], use_xml_model=False)``); ``data`` is the document's
    content when it does not come from ``path`` (standard input), and ``tree`` its tree when
    the caller has parsed it already (with `parse_bytes`, whose limits are validation's;
    validating leaves it as it was); ``names`` reduces the
    grammar to a given name set (e.g. the union over a batch) instead of the file's own.
    ``cache`` keeps compiled schemas: a caller that validates several files passes one to
    all of them (without it, this call compiles what it needs for itself)."""
    options = dataclasses.replace(options or ValidationOptions(), **overrides)  # type: ignore[arg-type]
    report = FileReport(str(path))
    started = time.perf_counter()
    try:
        run_within(options.timeout, lambda: ValidationTimeout(
                   f"validation took longer than {options.timeout:g} s"),
                   _validate, Path(path), options, cache or SchemaCache(), names, data, tree,
                   report)
    except ValidationTimeout as error:
        report.messages.append(Message("error", None, None, f"not checked: {error} (raise "
                                       "--timeout, or 0 for no limit)", "xml", "timeout"))
    report.messages.sort(key=lambda m: (m.line or 0, m.column or 0))
    report.seconds = time.perf_counter() - started
    return report


def _validate(path: Path, options: ValidationOptions, cache: SchemaCache,
              names: NameSet | None, data: bytes | None, tree: etree._ElementTree | None,
              report: FileReport) -> None:
    try:
        data = _read_document(path) if data is None else data
        tree = parse_bytes(data, str(path)) if tree is None else tree
    except OSError as error:
        report.messages.append(Message("error", None, None, f"cannot read the file: "
                                       f"{error.strerror}", "xml", "unreadable"))
        return
    except UnreadableDocument as error:
        location = error.location
        report.messages.append(Message("error", location.line if location else None,
                                       location.column if location else None, error.message,
                                       "xml", "entity" if "entity expansion" in error.message
                                       else "well-formedness"))
        return
    source = SourceText(data)
    entities = unexpanded_entities(tree)
    if entities:
        first = entities[0]
        report.messages.append(Message(
            "error", first.sourceline, None,
            f"entity reference {first.text} is not expanded: teikit never loads DTDs or "
            "expands entities; replace it with the character or text it stands for",
            "xml", "entity"))
        return
    try:
        refs = select_schemas(tree, path, options, Catalog(options.catalog_root))
    except SchemasMissing as missing:
        # The document names several schemas and only some are at hand offline: check those,
        # and say plainly which were not checked and how to make them available.
        refs = missing.refs
        for absent in missing.missing:
            report.messages.append(Message("warning", None, None, f"not checked: {absent.message}",
                                           "catalog", "schema-not-found"))
    except SchemaRefused as error:
        report.messages.append(Message("error", None, None, error.message, "catalog",
                                       "schema-refused"))
        return
    except CatalogError as error:
        report.messages.append(Message("error", None, None, error.message, "catalog",
                                       "schema-not-found"))
        return
    report.schemas = [ref.source for ref in refs]
    document_names = (names or collect_names(tree.getroot())) if options.reduce else None
    for ref in refs:
        check = Check(cache, ref.path, tree, source, document_names, options)
        try:
            report.messages += ENGINES[ref.kind].check(check)
        except _SCHEMA_FAILURES as error:
            report.messages.append(Message("error", None, None,
                                           f"cannot use schema {ref.source}: {error}",
                                           ref.kind, "schema-error"))
