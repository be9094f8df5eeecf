"""The validation engines, one record each: which schemas they read (namespace, file
suffixes), how a schema is loaded and how a document is checked against it.

A new engine is one more record in ``ENGINES``; the runner and the schema selection only
read the table. Engine modules are imported when first used (Schematron's elementpath costs
0.1 s that a RELAX NG run need not pay).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from lxml import etree

from teikit.validate.catalog import CatalogError
from teikit.validate.options import ValidationOptions
from teikit.validate.report import Message
from teikit.validate.rng_names import NameSet
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.source import SourceText

SchemaKind = Literal["rng", "xsd", "sch"]


@dataclass(frozen=True)
class Check:
    """One document against one schema, with what the engines may need to know."""

    cache: SchemaCache
    schema: Path
    tree: etree._ElementTree
    source: SourceText
    names: NameSet | None  # the names to reduce a grammar to (None: the full grammar)
    options: ValidationOptions


@dataclass(frozen=True)
class Engine:
    """A kind of schema, how documents name it and how it is compiled."""

    kind: SchemaKind
    label: str
    namespaces: tuple[str, ...]  # xml-model @schematypens values
    suffixes: tuple[str, ...]
    # The compiled schema (kept in the cache), for documents using ``names`` when the
    # engine specialises schemas to them; raises when the schema is unusable.
    compile: Callable[[SchemaCache, Path, NameSet | None], object]
    check: Callable[[Check], list[Message]]
    # What every document's check against the schema reads, built into the cache once (a
    # batch does it before its worker processes start, and they inherit it).
    prepare: Callable[[SchemaCache, Path], object]


def _compile_rng(cache: SchemaCache, path: Path, names: NameSet | None) -> object:
    from teikit.validate.grammar_cache import compiled_grammar

    return compiled_grammar(cache, path, names)


def _prepare_rng(cache: SchemaCache, path: Path) -> object:
    from teikit.validate.grammar_cache import grammar_index, pattern_tree

    return pattern_tree(cache, path), grammar_index(cache, path)


def _check_rng(check: Check) -> list[Message]:
    from teikit.validate.relaxng import validate_relaxng

    messages = validate_relaxng(check.cache, check.schema, check.tree, check.source,
                                check.names)
    if check.options.embedded_schematron:
        from teikit.validate.schematron import embedded_rules
        from teikit.validate.schematron_run import run_schematron

        rules = embedded_rules(check.cache, check.schema)
        if rules is not None:
            messages += run_schematron(rules, check.tree, check.source)
    return messages


def _compile_xsd(cache: SchemaCache, path: Path, _names: NameSet | None) -> object:
    from teikit.validate.xsd import compiled_xsd

    return compiled_xsd(cache, path)


def _check_xsd(check: Check) -> list[Message]:
    from teikit.validate.xsd import validate_xsd

    return validate_xsd(check.cache, check.schema, check.tree, check.source)


def _compile_sch(cache: SchemaCache, path: Path, _names: NameSet | None) -> object:
    from teikit.validate.schematron import load_schematron

    return cache.remember(("sch", cache.digest(path)), lambda: load_schematron(path), keep=True)


def _check_sch(check: Check) -> list[Message]:
    from teikit.validate.schematron_run import run_schematron

    schema = _compile_sch(check.cache, check.schema, None)
    return run_schematron(schema, check.tree, check.source)  # type: ignore[arg-type]


# Filled here, at import, and read-only after.
ENGINES: Mapping[SchemaKind, Engine] = MappingProxyType({
    "rng": Engine("rng", "RELAX NG", ("http://relaxng.org/ns/structure/1.0",), (".rng",),
                  _compile_rng, _check_rng, _prepare_rng),
    "xsd": Engine("xsd", "XSD", ("http://www.w3.org/2001/XMLSchema",), (".xsd",),
                  _compile_xsd, _check_xsd, lambda cache, path: _compile_xsd(cache, path, None)),
    "sch": Engine("sch", "Schematron", ("http://purl.oclc.org/dsdl/schematron",
                                        "http://www.ascc.net/xml/schematron"), (".sch",),
                  _compile_sch, _check_sch, lambda cache, path: _compile_sch(cache, path, None)),
})


def engine_for(location: str, schematypens: str | None = None) -> Engine:
    """The engine for a schema: by xml-model @schematypens, else by file suffix (a
    gzipped schema, ``tei_all.rng.gz``, by the suffix before ``.gz``)."""
    for engine in ENGINES.values():
        if schematypens in engine.namespaces:
            return engine
    path = Path(urllib.parse.urlparse(location).path)
    suffix = Path(path.stem).suffix if path.suffix.lower() == ".gz" else path.suffix
    for engine in ENGINES.values():
        if suffix.lower() in engine.suffixes:
            return engine
    raise CatalogError(f"cannot tell the schema language of {location!r} (supported: "
                       + ", ".join(f"{e.label} {'/'.join(e.suffixes)}" for e in ENGINES.values())
                       + ")")
