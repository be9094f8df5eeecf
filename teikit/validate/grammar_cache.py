"""Parsed, reduced and compiled RELAX NG grammars, kept in a ``SchemaCache`` and on disk.

A reduced grammar is stored under the cache directory, keyed by the SHA-256 of the schema
file and of the set of names it was reduced to, so the next run on the same kind of document
compiles a few kilobytes instead of reducing the full grammar again.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from teikit.validate.parsing import safe_parser
from teikit.validate.rng_index import GrammarIndex
from teikit.validate.rng_reduce import NameSet, NotReducible, prepare_grammar, reduce_grammar
from teikit.validate.schema_cache import SchemaCache


def _parse(path: Path) -> etree._ElementTree:
    # libxml2 reads a gzipped grammar (the bundled tei_all) as it reads a plain one.
    return etree.parse(str(path), safe_parser())


def full_grammar(cache: SchemaCache, path: Path) -> etree._Element:
    return cache.remember(("rng-full", cache.digest(path)), lambda: _parse(path).getroot())


def prepared_grammar(cache: SchemaCache, path: Path) -> etree._Element:
    """The grammar checked and stripped of annotations for reduction, kept on disk: stripping
    tei_all takes longer than reading the stripped copy back."""
    digest = cache.digest(path)

    def build() -> etree._Element:
        stored = cache.stored("prepared", f"{digest[:24]}.rng")
        if stored.is_file():
            return _parse(stored).getroot()
        prepared = prepare_grammar(full_grammar(cache, path))
        cache.store(stored, etree.tostring(prepared))
        return prepared

    return cache.remember(("rng-prepared", digest), build)


def grammar_index(cache: SchemaCache, path: Path) -> GrammarIndex:
    return cache.remember(("rng-index", cache.digest(path)),
                          lambda: GrammarIndex.build(full_grammar(cache, path)))


def compiled_grammar(cache: SchemaCache, path: Path, names: NameSet | None) -> etree.RelaxNG:
    """The grammar compiled for documents using ``names`` (None: the full grammar, also used
    when the schema cannot be reduced, e.g. it includes other files)."""
    digest = cache.digest(path)

    def build() -> etree.RelaxNG:
        if names is None:
            return etree.RelaxNG(_parse(path))
        stored = cache.stored("reduced", f"{digest[:24]}-{names.digest()[:24]}.rng")
        if stored.is_file():
            return etree.RelaxNG(_parse(stored))
        try:
            grammar = reduce_grammar(prepared_grammar(cache, path), names, prepared=True)
        except NotReducible:
            return compiled_grammar(cache, path, None)
        cache.store(stored, etree.tostring(grammar))
        return etree.RelaxNG(grammar)

    return cache.remember(("rng", digest, names.digest() if names is not None else "full"),
                          build)
