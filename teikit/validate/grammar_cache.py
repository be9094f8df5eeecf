"""Parsed, reduced and compiled RELAX NG grammars, kept in memory and on disk.

A reduced grammar is stored under the cache directory, keyed by the SHA-256 of the schema
file and of the set of names it was reduced to, so the next run on the same kind of document
compiles a few kilobytes instead of reducing the full grammar again.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from lxml import etree

from teikit.errors import TeikitError
from teikit.resources import cache_dir
from teikit.validate.parsing import safe_parser
from teikit.validate.rng_index import GrammarIndex
from teikit.validate.rng_reduce import NameSet, NotReducible, prepare_grammar, reduce_grammar
from teikit.xml import RESOURCE, atomic_write

_digests: dict[tuple[str, int, int], str] = {}
_grammars: dict[str, etree._Element] = {}
_indexes: dict[str, GrammarIndex] = {}
_compiled: dict[tuple[str, str], etree.RelaxNG] = {}


def schema_digest(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key not in _digests:
        _digests[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return _digests[key]


def full_grammar(path: Path) -> etree._Element:
    digest = schema_digest(path)
    if digest not in _grammars:
        _grammars[digest] = etree.parse(str(path), RESOURCE).getroot()
    return _grammars[digest]


def prepared_grammar(path: Path) -> etree._Element:
    """The grammar checked and stripped of annotations for reduction, kept on disk: stripping
    tei_all takes longer than reading the stripped copy back."""
    digest = schema_digest(path)
    key = "prepared-" + digest
    if key not in _grammars:
        stored = cache_dir() / "prepared" / f"{digest[:24]}.rng"
        if stored.is_file():
            _grammars[key] = etree.parse(str(stored), safe_parser()).getroot()
        else:
            _grammars[key] = prepare_grammar(full_grammar(path))
            _store(stored, etree.tostring(_grammars[key]))
    return _grammars[key]


def grammar_index(path: Path) -> GrammarIndex:
    digest = schema_digest(path)
    if digest not in _indexes:
        _indexes[digest] = GrammarIndex.build(full_grammar(path))
    return _indexes[digest]


def _reduced_path(digest: str, names: NameSet) -> Path:
    return cache_dir() / "reduced" / f"{digest[:24]}-{names.digest()[:24]}.rng"


def compiled_grammar(path: Path, names: NameSet | None) -> etree.RelaxNG:
    """The grammar compiled for documents using ``names`` (None: the full grammar, also used
    when the schema cannot be reduced, e.g. it includes other files)."""
    digest = schema_digest(path)
    key = (digest, names.digest() if names is not None else "full")
    if key in _compiled:
        return _compiled[key]
    if names is None:
        _compiled[key] = etree.RelaxNG(etree.parse(str(path), RESOURCE))
        return _compiled[key]
    stored = _reduced_path(digest, names)
    if stored.is_file():
        _compiled[key] = etree.RelaxNG(etree.parse(str(stored), safe_parser()))
        return _compiled[key]
    try:
        grammar = reduce_grammar(prepared_grammar(path), names, prepared=True)
    except NotReducible:
        _compiled[key] = compiled_grammar(path, None)
        return _compiled[key]
    _store(stored, etree.tostring(grammar))
    _compiled[key] = etree.RelaxNG(grammar)
    return _compiled[key]


def _store(path: Path, data: bytes) -> None:
    with contextlib.suppress(OSError, TeikitError):  # a read-only cache only costs speed
        atomic_write(path, data)
