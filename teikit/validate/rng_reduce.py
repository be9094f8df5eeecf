"""Grammar reduction: specialise a RELAX NG grammar to the names a set of documents uses.

A pattern for an element or attribute whose name never occurs in the documents can never match
there, so it can be replaced by ``notAllowed`` without changing any verdict on them. The
replacement must then be simplified away (RELAX NG spec, section 4.19): libxml2 only compiles a
content model into a fast automaton when it contains no ``notAllowed``, so a grammar that merely
*contains* ``notAllowed`` compiles quickly but validates several times slower than the full one.
After the algebra below no ``notAllowed`` remains except, at most, the whole ``start``.

Name classes are evaluated exactly against the names present, so ``anyName``/``nsName`` with
``except`` are kept whenever some name present matches, ``xml:`` attributes resolve to the XML
namespace and unprefixed names take the inherited ``ns``.
"""

from __future__ import annotations

import copy
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from teikit import XML_NS

RNG_NS = "http://relaxng.org/ns/structure/1.0"
R = f"{{{RNG_NS}}}"

Name = tuple[str, str]  # (namespace URI, local name)
NameTest = Callable[[Name], bool]
Outcome = Literal["ok", "empty", "na"]

_INHERITED = ("ns", "datatypeLibrary")


class NotReducible(Exception):
    """The grammar uses a construct the reducer does not handle; use the full grammar."""


@dataclass(frozen=True)
class NameSet:
    """The element and attribute names that occur in some documents."""

    elements: frozenset[Name]
    attributes: frozenset[Name]

    def digest(self) -> str:
        text = "\n".join(
            [f"e {ns} {local}" for ns, local in sorted(self.elements)]
            + [f"a {ns} {local}" for ns, local in sorted(self.attributes)]
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _split(clark: str) -> Name:
    if clark.startswith("{"):
        ns, _, local = clark[1:].partition("}")
        return ns, local
    return "", clark


def collect_names(root: etree._Element) -> NameSet:
    """Every element and attribute name in the tree under ``root`` (root included)."""
    elements: set[str] = set()
    attributes: set[str] = set()
    for node in root.iter(etree.Element):
        elements.add(node.tag)
        attributes.update(node.attrib.keys())
    return NameSet(
        frozenset(map(_split, elements)), frozenset(map(_split, attributes))
    )


def _inherited_ns(node: etree._Element) -> str:
    for ancestor in (node, *node.iterancestors()):
        value = ancestor.get("ns")
        if value is not None:
            return value
    return ""


def _resolve_qname(node: etree._Element, qname: str, *, default_ns: str) -> Name:
    qname = qname.strip()
    if ":" in qname:
        prefix, local = qname.split(":", 1)
        if prefix == "xml":
            return XML_NS, local
        uri = node.nsmap.get(prefix)
        if uri is None:
            raise NotReducible(f"undeclared prefix {prefix!r} in name {qname!r}")
        return uri, local
    return default_ns, qname


def _name_class_test(nc: etree._Element) -> NameTest:
    """A predicate for the name class element ``nc`` (name, anyName, nsName, choice)."""
    kind = etree.QName(nc).localname
    if kind == "name":
        target = _resolve_qname(nc, nc.text or "", default_ns=_inherited_ns(nc))
        return lambda name: name == target
    if kind == "choice":
        tests = [_name_class_test(child) for child in rng_children(nc)]
        return lambda name: any(test(name) for test in tests)
    if kind in ("anyName", "nsName"):
        excepted = [
            _name_class_test(grandchild)
            for child in rng_children(nc)
            if etree.QName(child).localname == "except"
            for grandchild in rng_children(child)
        ]
        namespace = _inherited_ns(nc) if kind == "nsName" else None

        def test(name: Name) -> bool:
            if namespace is not None and name[0] != namespace:
                return False
            return not any(exc(name) for exc in excepted)

        return test
    raise NotReducible(f"unknown name class {kind!r}")


def rng_children(node: etree._Element) -> list[etree._Element]:
    return [child for child in node if isinstance(child.tag, str) and child.tag.startswith(R)]


def attribute_name(pattern: etree._Element) -> Name:
    """The name given by the ``name`` attribute of an ``element`` or ``attribute`` pattern."""
    is_attribute = etree.QName(pattern).localname == "attribute"
    # An attribute's unprefixed name is in no namespace unless the pattern itself says ns=.
    default_ns = (pattern.get("ns") or "") if is_attribute else _inherited_ns(pattern)
    return _resolve_qname(pattern, pattern.get("name") or "", default_ns=default_ns)


def name_test(pattern: etree._Element) -> NameTest:
    """The name predicate of an ``element`` or ``attribute`` pattern."""
    if pattern.get("name") is None:
        return _name_class_test(rng_children(pattern)[0])
    target = attribute_name(pattern)
    return lambda candidate: candidate == target


class _Reducer:
    def __init__(self, grammar: etree._Element, names: NameSet) -> None:
        self.grammar = grammar
        self.names = names
        self.defines = {d.get("name"): d for d in rng_children(grammar)
                        if etree.QName(d).localname == "define"}
        self.status: dict[str, Outcome | None] = {}
        self.changed = False

    def run(self) -> None:
        starts = [c for c in rng_children(self.grammar) if etree.QName(c).localname == "start"]
        if len(starts) != 1:
            raise NotReducible("the grammar needs exactly one start")
        # Each pass may find more defines to be notAllowed (a define seen while it was being
        # simplified is assumed allowed); repeat until nothing changes.
        while True:
            self.status = {}
            self.changed = False
            if self._group(starts[0]) == "na":
                _clear(starts[0])
                etree.SubElement(starts[0], R + "notAllowed")
                break
            if not self.changed:
                break
        self._drop_unreachable(starts[0])

    # -- patterns -------------------------------------------------------------------------
    def _pattern(self, node: etree._Element) -> Outcome:
        kind = etree.QName(node).localname
        if kind in ("element", "attribute"):
            present = self.names.elements if kind == "element" else self.names.attributes
            if node.get("name") is not None:
                if attribute_name(node) not in present:
                    return "na"
            elif not any(map(name_test(node), present)):
                return "na"
            if self._group(node, skip_name_class=node.get("name") is None) == "na":
                return "na"
            return "ok"
        if kind == "ref":
            return self._ref(node)
        if kind == "notAllowed":
            return "na"
        if kind == "empty":
            return "empty"
        if kind in ("text", "value", "param"):
            return "ok"
        if kind == "data":
            for child in rng_children(node):
                if etree.QName(child).localname == "except" and self._choice(child) == "na":
                    self._remove(child)
            return "ok"
        if kind == "choice":
            return self._choice(node)
        if kind in ("group", "interleave", "oneOrMore", "list", "mixed"):
            return self._group(node)
        if kind in ("optional", "zeroOrMore"):
            if self._group(node) in ("na", "empty"):
                return "empty"
            return "ok"
        raise NotReducible(f"RELAX NG construct {kind!r} is not reduced")

    def _ref(self, node: etree._Element) -> Outcome:
        name = node.get("name")
        define = self.defines.get(name)
        if define is None:
            raise NotReducible(f"reference to undefined pattern {name!r}")
        if name not in self.status:
            self.status[name] = None  # in progress: assumed allowed
            outcome = self._group(define)
            if outcome == "na":
                self._make(define, "notAllowed")
            self.status[name] = outcome
        return self.status[name] or "ok"

    def _choice(self, node: etree._Element) -> Outcome:
        outcomes: list[Outcome] = []
        for child in rng_children(node):
            outcome = self._pattern(child)
            if outcome == "na":
                self._remove(child)
            else:
                if outcome == "empty":
                    self._make_empty(child)
                outcomes.append(outcome)
        if not outcomes:
            return "na"
        if all(outcome == "empty" for outcome in outcomes):
            return "empty"
        if "empty" in outcomes:
            self._empty_branch_to_optional(node)
        return "ok"

    def _empty_branch_to_optional(self, choice: etree._Element) -> None:
        """choice(empty, A, …) becomes optional(choice(A, …)).

        libxml2 builds its automata from epsilon transitions; an ``empty`` branch inside a
        repetition can make that construction explode, where ``optional`` does not.
        """
        self.changed = True
        for child in rng_children(choice):
            if child.tag == R + "empty":
                choice.remove(child)
        rest = rng_children(choice)
        if len(rest) > 1:
            inner = etree.Element(R + "choice")
            inner.extend(rest)
            choice.append(inner)
        choice.tag = R + "optional"

    def _group(self, node: etree._Element, *, skip_name_class: bool = False) -> Outcome:
        children = rng_children(node)[1 if skip_name_class else 0:]
        empties: list[etree._Element] = []
        for child in children:
            outcome = self._pattern(child)
            if outcome == "na":
                return "na"
            if outcome == "empty":
                empties.append(child)
        for child in empties:
            self._make_empty(child)
        if empties and len(empties) == len(children):
            for child in empties[1:]:
                self._remove(child)
            kind = etree.QName(node).localname
            return "ok" if kind in ("element", "attribute", "start", "mixed", "list") else "empty"
        for child in empties:
            self._remove(child)
        return "ok"

    def _make_empty(self, node: etree._Element) -> None:
        if node.tag != R + "empty":
            self._make(node, "empty")

    def _make(self, node: etree._Element, kind: str) -> None:
        """Turn ``node`` into an empty ``<kind/>`` pattern (keeping inherited attributes)."""
        if node.tag == R + kind and len(node) == 0:
            return
        if node.tag == R + "define" and len(node) == 1 and node[0].tag == R + kind:
            return
        self.changed = True
        _clear(node)
        if node.tag == R + "define":
            etree.SubElement(node, R + kind)
        else:
            node.tag = R + kind
            for attribute in list(node.attrib):
                if attribute not in _INHERITED:
                    del node.attrib[attribute]

    def _remove(self, node: etree._Element) -> None:
        self.changed = True
        parent = node.getparent()
        if parent is not None:
            node.tail = None
            parent.remove(node)

    def _drop_unreachable(self, start: etree._Element) -> None:
        reachable: set[str] = set()
        pending = [start]
        while pending:
            for ref in pending.pop().iter(R + "ref"):
                name = ref.get("name")
                if name not in reachable:
                    reachable.add(name)
                    pending.append(self.defines[name])
        for name, define in self.defines.items():
            if name not in reachable:
                self.grammar.remove(define)


def _clear(node: etree._Element) -> None:
    for child in list(node):
        node.remove(child)
    node.text = None


def reduce_grammar(grammar_root: etree._Element, names: NameSet, *,
                   prepared: bool = False) -> etree._Element:
    """A copy of ``grammar_root`` reduced to ``names``; raises NotReducible when it cannot.

    ``prepared``: the grammar already went through ``prepare_grammar`` (saves its cost)."""
    reduced = copy.deepcopy(grammar_root if prepared else prepare_grammar(grammar_root))
    _Reducer(reduced, names).run()
    _unwrap_single_children(reduced)
    return reduced


def prepare_grammar(grammar_root: etree._Element) -> etree._Element:
    """Check that the grammar can be reduced; a copy without annotations."""
    if grammar_root.tag != R + "grammar":
        raise NotReducible("the schema's root is not a grammar")
    for node in grammar_root.iter(R + "include", R + "externalRef", R + "parentRef",
                                  R + "grammar"):
        if node is not grammar_root:
            raise NotReducible(f"{etree.QName(node).localname} is not reduced")
    if any(d.get("combine") for d in grammar_root.iter(R + "define", R + "start")):
        raise NotReducible("combined definitions are not reduced")
    prepared = copy.deepcopy(grammar_root)
    # One XPath for all annotations (documentation, embedded Schematron, comments): a Python
    # walk over the 16,000 elements of tei_all costs more than the reduction itself.
    foreign = prepared.xpath(
        "//*[namespace-uri() != $rng][namespace-uri(..) = $rng] | //comment() "
        "| //processing-instruction()", rng=R[1:-1])
    for node in foreign:
        parent = node.getparent()
        if parent is not None:
            parent.remove(node)
    return prepared


def _unwrap_single_children(grammar: etree._Element) -> None:
    """Replace a group, choice or interleave that has one child by that child.

    libxml2 loops forever compiling an element with attributes whose content is a one-child
    group around a choice that repeats the element itself (e.g. TEI's ``facsimile`` once
    ``front`` and ``back`` are reduced away); the unwrapped form is equivalent and compiles.
    """
    wrappers = [node for node in grammar.iter(R + "group", R + "choice", R + "interleave")]
    for node in reversed(wrappers):  # innermost first
        children = rng_children(node)
        parent = node.getparent()
        if len(children) != 1 or parent is None or _is_name_class(node):
            continue
        only = children[0]
        for attribute in _INHERITED:
            if node.get(attribute) is not None and only.get(attribute) is None:
                only.set(attribute, node.get(attribute))
        node.addprevious(only)
        parent.remove(node)


def _is_name_class(node: etree._Element) -> bool:
    """A choice inside an element's or attribute's name class, or inside except."""
    for ancestor in node.iterancestors():
        kind = etree.QName(ancestor).localname
        if kind in ("except", "anyName", "nsName"):
            return True
        if kind in ("element", "attribute"):
            return ancestor.get("name") is None and rng_children(ancestor)[0] in (
                node, *node.iterancestors())
        if kind not in ("choice",):
            return False
    return False
