"""Validate files: choose schemas, run each engine, collect one report per file."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from lxml import etree

from teikit.validate.catalog import Catalog, CatalogError
from teikit.validate.errors import SchematronError
from teikit.validate.parsing import UnreadableDocument, parse_bytes, unexpanded_entities
from teikit.validate.relaxng import validate_relaxng
from teikit.validate.report import FileReport, Message
from teikit.validate.rng_reduce import NameSet, collect_names
from teikit.validate.selection import SchemaRef, SchemasMissing, select_schemas
from teikit.validate.source import SourceText

_embedded: dict[str, object] = {}
_schematron: dict[str, object] = {}


def _embedded_rules(schema: Path, tree: etree._ElementTree,
                    source: SourceText) -> list[Message]:
    """The Schematron rules embedded in a RELAX NG schema (TEI's ODD constraints)."""
    from teikit.validate.grammar_cache import full_grammar
    from teikit.validate.schematron import embedded_schematron, run_schematron

    key = str(schema)
    if key not in _embedded:
        _embedded[key] = embedded_schematron(full_grammar(schema))
    rules = _embedded[key]
    return run_schematron(rules, tree, source) if rules is not None else []  # type: ignore[arg-type]


def _run_schema(ref: SchemaRef, tree: etree._ElementTree, source: SourceText,
                names: NameSet | None, *, embedded_schematron: bool) -> list[Message]:
    if ref.kind == "rng":
        messages = validate_relaxng(ref.path, tree, source, names)
        if embedded_schematron:
            messages += _embedded_rules(ref.path, tree, source)
        return messages
    if ref.kind == "xsd":
        from teikit.validate.xsd import validate_xsd

        return validate_xsd(ref.path, tree, source)
    from teikit.validate.schematron import load_schematron, run_schematron

    key = str(ref.path)
    if key not in _schematron:
        _schematron[key] = load_schematron(ref.path)
    return run_schematron(_schematron[key], tree, source)  # type: ignore[arg-type]


def validate_file(path: str | Path, *, schemas: list[str | Path] | None = None,
                  allow_network: bool = False, embedded_schematron: bool = False,
                  reduce: bool = True, use_xml_model: bool = True,
                  catalog: Catalog | None = None, names: NameSet | None = None) -> FileReport:
    """Validate one file against its xml-model schemas, else ``schemas``, else the house
    schema. Problems with the file itself (unreadable, not well-formed) become messages.

    ``use_xml_model=False`` ignores the document's own instructions (to check a corpus
    against one schema); ``reduce=False`` compiles the full grammar; ``names`` reduces the
    grammar to a given name set (e.g. the union over a batch) instead of the file's own."""
    started = time.perf_counter()
    report = FileReport(str(path))
    try:
        data = Path(path).read_bytes()
        tree = parse_bytes(data, str(path))
    except OSError as error:
        report.messages.append(Message("error", None, None, f"cannot read the file: "
                                       f"{error.strerror}", "xml", "unreadable"))
        return report
    except UnreadableDocument as error:
        location = error.location
        report.messages.append(Message("error", location.line if location else None,
                                       location.column if location else None, error.message,
                                       "xml", "entity" if "entity expansion" in error.message
                                       else "well-formedness"))
        return report
    source = SourceText(data)
    entities = unexpanded_entities(tree)
    if entities:
        first = entities[0]
        report.messages.append(Message(
            "error", first.sourceline, None,
            f"entity reference {first.text} is not expanded: teikit never loads DTDs or "
            "expands entities; replace it with the character or text it stands for",
            "xml", "entity"))
        return report
    try:
        refs = select_schemas(tree, Path(path), explicit=schemas, catalog=catalog or Catalog(),
                              allow_network=allow_network, use_xml_model=use_xml_model)
    except SchemasMissing as missing:
        # The document names several schemas and only some are at hand offline: check those,
        # and say plainly which were not checked and how to make them available.
        refs = missing.refs
        for error in missing.missing:
            report.messages.append(Message("warning", None, None, f"not checked: {error.message}",
                                           "catalog", "schema-not-found"))
    except CatalogError as error:
        report.messages.append(Message("error", None, None, error.message, "catalog",
                                       "schema-not-found"))
        return report
    report.schemas = [ref.source for ref in refs]
    document_names = (names or collect_names(tree.getroot())) if reduce else None
    for ref in refs:
        try:
            report.messages += _run_schema(ref, tree, source, document_names,
                                           embedded_schematron=embedded_schematron)
        except (etree.XMLSchemaParseError, etree.RelaxNGParseError, etree.XMLSyntaxError,
                SchematronError, OSError) as error:
            report.messages.append(Message("error", None, None,
                                           f"cannot use schema {ref.source}: {error}",
                                           ref.kind, "schema-error"))
    report.messages.sort(key=lambda m: (m.line or 0, m.column or 0))
    report.seconds = time.perf_counter() - started
    return report


def _validate_one(arguments: tuple[str, dict]) -> FileReport:
    path, options = arguments
    return validate_file(path, **options)


def validate_files(paths: Iterable[str | Path], *, jobs: int = 1,
                   **options: object) -> Iterator[FileReport]:
    """Reports in input order; ``jobs`` > 1 spreads files over worker processes."""
    items = [str(p) for p in paths]
    if jobs <= 1 or len(items) < 2:
        for item in items:
            yield validate_file(item, **options)  # type: ignore[arg-type]
        return
    from concurrent.futures import ProcessPoolExecutor  # only for --jobs

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        chunk = max(1, len(items) // (jobs * 4))
        yield from pool.map(_validate_one, [(item, options) for item in items],
                            chunksize=chunk)
