"""Parsed, reduced and compiled RELAX NG grammars, kept in a ``SchemaCache`` and on disk.

A reduced grammar is stored under the cache directory, keyed by the SHA-256 of the schema
file and of the set of names it was reduced to, so the next run on the same kind of document
compiles a few kilobytes instead of reducing the full grammar again.

A grammar reduced to a set of names decides every document using only those names as the full
grammar does (what the reduction removes, such a document cannot use): one reduced to the
union of the names met so far (`covering_grammar`) serves most documents of a family (those a
profile converts), where one per document's own names would be compiled again and again once
more kinds of document come and go than a build's worker keeps grammars for. Documents of
many kinds (a corpus of real TEI) share few names: a union of theirs would only cost
compiling, so a cache keeps one only when asked (`SchemaCache(covering_names=…)`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from teikit.validate.parsing import safe_parser
from teikit.validate.rng_index import GrammarIndex
from teikit.validate.rng_names import NameSet, NotReducible
from teikit.validate.rng_reduce import PatternTree
from teikit.validate.schema_cache import SchemaCache


def _parse(path: Path) -> etree._ElementTree:
    # libxml2 reads a gzipped grammar (the bundled tei_all) as it reads a plain one.
    return etree.parse(str(path), safe_parser())


def full_grammar(cache: SchemaCache, path: Path) -> etree._Element:
    return cache.remember(("rng-full", cache.digest(path)), lambda: _parse(path).getroot(),
                          keep=True)


def pattern_tree(cache: SchemaCache, path: Path) -> PatternTree | None:
    """The grammar read for reduction, once per process and schema (tei_all: about 0.1 s);
    None, remembered too, when the grammar cannot be reduced (it includes other files…)."""

    def build() -> PatternTree | None:
        try:
            return PatternTree(full_grammar(cache, path))
        except NotReducible:
            return None

    return cache.remember(("rng-patterns", cache.digest(path)), build, keep=True)


def grammar_index(cache: SchemaCache, path: Path) -> GrammarIndex:
    return cache.remember(("rng-index", cache.digest(path)),
                          lambda: GrammarIndex.build(full_grammar(cache, path)), keep=True)


def compiled_grammar(cache: SchemaCache, path: Path, names: NameSet | None) -> etree.RelaxNG:
    """The grammar compiled for documents using ``names`` (None: the full grammar, also used
    when the schema cannot be reduced, e.g. it includes other files)."""
    digest = cache.digest(path)

    def build() -> etree.RelaxNG:
        if names is None:
            return etree.RelaxNG(_parse(path))
        stored = cache.stored("reduced", f"{digest[:24]}-{names.digest()[:24]}.rng")
        if stored.is_file():
            # Cache files are not flushed to disk: one emptied by a crash is built again.
            with contextlib.suppress(etree.XMLSyntaxError, etree.RelaxNGParseError):
                return etree.RelaxNG(_parse(stored))
        tree = pattern_tree(cache, path)
        if tree is None:
            return compiled_grammar(cache, path, None)
        try:
            reduced = tree.reduce(names)
        except NotReducible:
            return compiled_grammar(cache, path, None)
        cache.store(stored, reduced)
        return etree.RelaxNG(etree.fromstring(reduced, safe_parser()))

    if names is None:
        return cache.remember(("rng", digest, "full"), build, keep=True)
    return cache.remember(("rng", digest, names.digest()), build)


# The union of the names met stops growing past this many element and attribute names, for a
# cache that keeps one: the converted documents of a profile use about 100 together (45 to 88
# each), and a reduction of tei_all compiles in 8 ms to 100 names, 26 ms to 137, 0.1 s to 189.
COVERING_NAMES = 128


@dataclass
class _Covering:
    """The union of the name sets met so far for one schema, and its compiled grammar."""

    names: NameSet | None = None
    grammar: etree.RelaxNG | None = None


def covering_grammar(cache: SchemaCache, path: Path, names: NameSet) -> etree.RelaxNG | None:
    """A grammar reduced to a superset of ``names``: the union of the names of the documents
    met before, grown by ``names`` when they are new (compiled again then); None when the
    cache keeps no such grammar (`SchemaCache.covering_names`), or that union would grow
    past its limit."""
    if not cache.covering_names:
        return None
    covering = cache.remember(("rng-covering", cache.digest(path)), _Covering, keep=True)
    if covering.names is not None and covering.names.covers(names):
        return covering.grammar
    union = names if covering.names is None else covering.names.union(names)
    if len(union) > cache.covering_names:
        return None
    covering.names, covering.grammar = union, compiled_grammar(cache, path, union)
    return covering.grammar
