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

The grammar is read once into a ``PatternTree`` of plain Python objects (annotations left out,
names resolved); each reduction copies only the definitions it reaches, as it reaches them,
and writes the result as RELAX NG text. A reduction of tei_all then costs a few milliseconds,
where copying and editing the whole lxml tree cost 30.
"""

from __future__ import annotations

import re
from typing import Literal

from lxml import etree

from teikit.validate.rng_names import (
    RNG_NS,
    NameSet,
    NotReducible,
    R,
    attribute_name,
    collect_names,
    name_test,
)
from teikit.validate.rng_pattern import Pattern
from teikit.validate.rng_repetitions import rewrite_repetitions

__all__ = ["NameSet", "NotReducible", "PatternTree", "R", "collect_names", "reduce_grammar"]

Outcome = Literal["ok", "empty", "na"]
# Names of which at least one must occur for a pattern to match anything, each as
# ("e" or "a", namespace, local name); None when no such set is known.
Requirement = frozenset[tuple[str, str, str]] | None

_INHERITED = ("ns", "datatypeLibrary")
_KEPT_TEXT = ("value", "param", "name")  # the only patterns whose text means something
_WRAPPERS = ("group", "choice", "interleave")
_SPECIAL = re.compile('[&<>"\n\r\t]')
_ANY_RNG = R + "*"  # RELAX NG elements only: annotations, comments and PIs left out


def _read(node: etree._Element) -> Pattern:
    kind = node.tag[len(R):]
    if kind in ("include", "externalRef", "parentRef", "grammar"):
        raise NotReducible(f"{kind} is not reduced")
    if kind in ("define", "start") and node.get("combine"):
        raise NotReducible("combined definitions are not reduced")
    attrib = {key: value for key, value in node.items() if key[0] != "{"}
    # Annotations (documentation, embedded Schematron), comments and processing
    # instructions are left out: they mean nothing to the grammar.
    children = [_read(child) for child in node.iterchildren(_ANY_RNG)]
    pattern = Pattern(kind, attrib, node.text if kind in _KEPT_TEXT else None, children)
    pattern.frozen = not children or (kind == "data" and all(c.kind != "except" for c in children))
    if kind in ("element", "attribute"):
        try:
            if node.get("name") is not None:
                pattern.name = attribute_name(node)
            else:
                pattern.test = name_test(node)
                _freeze(children[0])  # the name class: read, never reduced
        except NotReducible as error:
            pattern.name_error = error
    return pattern


def _freeze(pattern: Pattern) -> None:
    pattern.frozen = True
    for child in pattern.children:
        _freeze(child)


class PatternTree:
    """A grammar read for reduction: its start, its definitions, and the namespace prefixes
    that names in it may use."""

    def __init__(self, grammar: etree._Element) -> None:
        if grammar.tag != R + "grammar":
            raise NotReducible("the schema's root is not a grammar")
        self.prefixes: dict[str, str] = {}
        # Each declaration once, where it is made (not every element's in-scope map).
        for _event, (prefix, uri) in etree.iterwalk(grammar, events=("start-ns",)):
            if prefix and self.prefixes.setdefault(prefix, uri) != uri:
                # The reduced grammar declares every prefix once, on its root.
                raise NotReducible(f"prefix {prefix!r} is bound to several namespaces")
        self.attrib = {key: value for key, value in grammar.attrib.items()
                       if not key.startswith("{")}
        self.defines: dict[str, Pattern] = {}
        self.order: dict[str, int] = {}
        starts = []
        for child in grammar.iterchildren(_ANY_RNG):
            pattern = _read(child)
            if pattern.kind == "start":
                starts.append(pattern)
            elif pattern.kind == "define":
                name = pattern.attrib.get("name", "")
                self.defines[name] = pattern
                self.order.setdefault(name, len(self.order))
            else:
                raise NotReducible(f"{pattern.kind} in a grammar is not reduced")
        if len(starts) != 1:
            raise NotReducible("the grammar needs exactly one start")
        self.start = starts[0]
        self.requirements: dict[str, Requirement] = {}
        self.vacancies: dict[str, Requirement] = {}
        for name in self.defines:
            self._define_requirement(name)
            self._define_vacancy(name)

    def _define_requirement(self, name: str) -> Requirement:
        if name not in self.requirements:
            self.requirements[name] = None  # a cycle: nothing known
            self.requirements[name] = self._requirement(self.defines[name])
        return self.requirements[name]

    def _requirement(self, pattern: Pattern) -> Requirement:
        """What ``pattern`` needs to match anything (see ``Requirement``): a sufficient test
        for notAllowed, so that most definitions are rejected without being visited."""
        kind = pattern.kind
        if kind in ("element", "attribute"):
            return None if pattern.name is None else frozenset({(kind[0], *pattern.name)})
        if kind == "notAllowed":
            return frozenset()
        if kind == "ref":
            name = pattern.attrib.get("name", "")
            return self._define_requirement(name) if name in self.defines else None
        if kind == "choice":
            union: set[tuple[str, str, str]] = set()
            for child in pattern.children:
                required = self._requirement(child)
                if required is None:
                    return None
                union |= required
            return frozenset(union)
        if kind in ("group", "interleave", "oneOrMore", "mixed", "list", "define"):
            # Rejected when any part is: the part with the smallest requirement.
            found = [r for r in map(self._requirement, pattern.children) if r is not None]
            return min(found, key=len) if found else None
        return None  # optional, zeroOrMore, empty, text, data, value: never rejected

    def _define_vacancy(self, name: str) -> Requirement:
        if name not in self.vacancies:
            self.vacancies[name] = None
            self.vacancies[name] = self._vacancy(self.defines[name])
        return self.vacancies[name]

    def _vacancy(self, pattern: Pattern) -> Requirement:
        """Names of which one must occur for ``pattern`` not to reduce to ``empty`` (an
        optional attribute whose name is absent, a class of such): most attribute classes
        are settled without being visited."""
        kind = pattern.kind
        if kind == "empty":
            return frozenset()
        if kind == "ref":
            name = pattern.attrib.get("name", "")
            return self._define_vacancy(name) if name in self.defines else None
        if kind in ("optional", "zeroOrMore"):
            # empty when its content is rejected or is empty itself
            content = Pattern("group", {}, None, pattern.children)
            rejected = self._requirement(content)
            return rejected if rejected is not None else self._vacancy(content)
        if kind in ("choice", "group", "interleave", "oneOrMore", "define") \
                and pattern.children:
            union: set[tuple[str, str, str]] = set()
            for child in pattern.children:  # empty when every part is
                vacancy = self._vacancy(child)
                if vacancy is None:
                    return None
                union |= vacancy
            return frozenset(union)
        return None  # element, attribute, text, data, mixed, list…: never reduced to empty

    def reduce(self, names: NameSet) -> bytes:
        """The grammar reduced to ``names``, as RELAX NG text (UTF-8)."""
        reduction = _Reduction(self, names)
        start = reduction.run()
        defines = sorted(reduction.reachable(start), key=self.order.__getitem__)
        kept = [reduction.copies[name] for name in defines]
        for pattern in (start, *kept):
            _unwrap_single_children(pattern, in_name_class=False)
        by_name = dict(zip(defines, kept, strict=True))
        for pattern in (start, *kept):
            rewrite_repetitions(pattern, lambda kind, children: Pattern(kind, {}, None, children),
                                by_name)
        return _serialise(self, [start, *kept])


class _Reduction:
    def __init__(self, tree: PatternTree, names: NameSet) -> None:
        self.tree = tree
        self.names = names
        self.copies: dict[str, Pattern] = {}
        self.status: dict[str, Outcome | None] = {}
        self.changed = False
        # Definitions taken as allowed while they were still being simplified (a cycle).
        self.assumed: set[str] = set()
        self.present = frozenset([("e", *name) for name in names.elements]
                                 + [("a", *name) for name in names.attributes])

    def run(self) -> Pattern:
        start = self.tree.start.copy()
        # A define seen while it was being simplified is assumed allowed; when it turns out
        # notAllowed or empty, the patterns that relied on it must be simplified again, so
        # the pass is repeated. A pass in which every assumption held leaves nothing for
        # the next to change: the usual single pass (half the time of checking twice).
        while True:
            self.status = {}
            self.changed = False
            self.assumed = set()
            if self._group(start) == "na":
                start.children = [Pattern("notAllowed", {})]
                break
            if not self.changed or all(self.status[name] == "ok" for name in self.assumed):
                break
        return start

    def _define(self, name: str) -> Pattern:
        """The copy of definition ``name`` this reduction edits, made when first reached."""
        define = self.copies.get(name)
        if define is None:
            template = self.tree.defines.get(name)
            if template is None:
                raise NotReducible(f"reference to undefined pattern {name!r}")
            define = self.copies[name] = template.copy()
        return define

    def _settle(self, name: str, kind: Literal["notAllowed", "empty"]) -> None:
        """Definition ``name`` is ``<kind/>``, known from the names alone (not visited)."""
        if name not in self.copies:
            self.changed = True  # the copy differs from the definition: one more pass
            self.copies[name] = Pattern("define", self.tree.defines[name].attrib, None,
                                         [Pattern(kind, {})])
        self.status[name] = "na" if kind == "notAllowed" else "empty"

    # -- patterns -------------------------------------------------------------------------
    def _pattern(self, node: Pattern) -> Outcome:
        kind = node.kind
        if kind == "ref":
            return self._ref(node)
        if kind in ("element", "attribute"):
            if node.name_error is not None:
                raise node.name_error
            present = self.names.elements if kind == "element" else self.names.attributes
            if node.name is not None:
                if node.name not in present:
                    return "na"
            elif not any(map(node.test, present)):  # type: ignore[arg-type]
                return "na"
            if self._group(node, skip_name_class=node.name is None) == "na":
                return "na"
            return "ok"
        if kind == "notAllowed":
            return "na"
        if kind == "empty":
            return "empty"
        if kind in ("text", "value", "param"):
            return "ok"
        if kind == "data":
            for child in list(node.children):
                if child.kind == "except" and self._choice(child) == "na":
                    self._remove(node, child)
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

    def _ref(self, node: Pattern) -> Outcome:
        name = node.attrib.get("name", "")
        if name not in self.status:
            required = self.tree.requirements.get(name)
            if required is not None and required.isdisjoint(self.present):
                self._settle(name, "notAllowed")
                return "na"
            vacancy = self.tree.vacancies.get(name)
            if vacancy is not None and vacancy.isdisjoint(self.present):
                self._settle(name, "empty")
                return "empty"
            define = self._define(name)
            self.status[name] = None  # in progress: assumed allowed
            outcome = self._group(define)
            if outcome == "na":
                self._make(define, "notAllowed")
            self.status[name] = outcome
        settled = self.status[name]
        if settled is None:  # still being simplified: assumed allowed, checked after the pass
            self.assumed.add(name)
            return "ok"
        return settled

    def _choice(self, node: Pattern) -> Outcome:
        outcomes: list[Outcome] = []
        for child in list(node.children):
            outcome = self._pattern(child)
            if outcome == "na":
                self._remove(node, child)
            else:
                if outcome == "empty":
                    self._make_empty(node, child)
                outcomes.append(outcome)
        if not outcomes:
            return "na"
        if all(outcome == "empty" for outcome in outcomes):
            return "empty"
        if "empty" in outcomes:
            self._empty_branch_to_optional(node)
        return "ok"

    def _empty_branch_to_optional(self, choice: Pattern) -> None:
        """choice(empty, A, …) becomes optional(choice(A, …)).

        libxml2 builds its automata from epsilon transitions; an ``empty`` branch inside a
        repetition can make that construction explode, where ``optional`` does not.
        """
        self.changed = True
        rest = [child for child in choice.children if child.kind != "empty"]
        choice.children = [Pattern("choice", {}, None, rest)] if len(rest) > 1 else rest
        choice.kind = "optional"

    def _group(self, node: Pattern, *, skip_name_class: bool = False) -> Outcome:
        children = node.children[1:] if skip_name_class else list(node.children)
        empties: list[Pattern] = []
        for child in children:
            outcome = self._pattern(child)
            if outcome == "na":
                return "na"
            if outcome == "empty":
                empties.append(child)
        empties = [self._make_empty(node, child) for child in empties]
        if empties and len(empties) == len(children):
            for child in empties[1:]:
                self._remove(node, child)
            return "ok" if node.kind in ("element", "attribute", "start", "mixed", "list") \
                else "empty"
        for child in empties:
            self._remove(node, child)
        return "ok"

    def _make_empty(self, parent: Pattern, node: Pattern) -> Pattern:
        """Replace ``node`` in ``parent`` by ``<empty/>`` (keeping inherited attributes); the
        pattern now in its place. A replacement, not an edit: ``node`` may be shared."""
        if node.kind == "empty" and not node.children:
            return node
        self.changed = True
        empty = Pattern("empty", {key: value for key, value in node.attrib.items()
                                   if key in _INHERITED})
        parent.children = [empty if child is node else child for child in parent.children]
        return empty

    def _make(self, define: Pattern, kind: str) -> None:
        """Make ``define`` a definition of ``<kind/>``."""
        if len(define.children) == 1 and define.children[0].kind == kind:
            return
        self.changed = True
        define.children = [Pattern(kind, {})]

    def _remove(self, parent: Pattern, node: Pattern) -> None:
        self.changed = True
        parent.children = [child for child in parent.children if child is not node]

    def reachable(self, start: Pattern) -> set[str]:
        """The definitions the reduced start refers to, directly or not."""
        reached: set[str] = set()
        pending = [start]
        while pending:
            for node in pending.pop().descendants():
                name = node.attrib.get("name", "") if node.kind == "ref" else None
                if name is not None and name not in reached:
                    reached.add(name)
                    pending.append(self._define(name))
        return reached


def _unwrap_single_children(node: Pattern, *, in_name_class: bool) -> None:
    """Replace a group, choice or interleave that has one child by that child (innermost
    first); ``in_name_class``: ``node`` is part of a name class (kept as written).

    libxml2 loops forever compiling an element with attributes whose content is a one-child
    group around a choice that repeats the element itself (e.g. TEI's ``facsimile`` once
    ``front`` and ``back`` are reduced away); the unwrapped form is equivalent and compiles.
    """
    if node.frozen:  # a leaf, data's parameters or a name class: nothing to unwrap
        return
    for index, child in enumerate(node.children):
        if node.kind in ("except", "anyName", "nsName"):
            child_in_name_class = True
        elif node.kind in ("element", "attribute"):
            child_in_name_class = "name" not in node.attrib and index == 0
        else:
            child_in_name_class = node.kind == "choice" and in_name_class
        _unwrap_single_children(child, in_name_class=child_in_name_class)
        if child.kind in _WRAPPERS and len(child.children) == 1 and not child_in_name_class:
            only = child.children[0]
            inherited = {key: child.attrib[key] for key in _INHERITED
                         if key in child.attrib and key not in only.attrib}
            if inherited:
                only = only.shallow_copy()
                only.attrib = {**only.attrib, **inherited}
            node.children[index] = only


def _escape(text: str, *, attribute: bool = False) -> str:
    if _SPECIAL.search(text) is None:  # most are plain names
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if attribute:
        text = (text.replace('"', "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
                .replace("\t", "&#9;"))
    return text


def _serialise(tree: PatternTree, children: list[Pattern]) -> bytes:
    out = [f'<grammar xmlns="{RNG_NS}"']
    out += [f' xmlns:{prefix}="{_escape(uri, attribute=True)}"'
            for prefix, uri in tree.prefixes.items()]
    out += [f' {key}="{_escape(value, attribute=True)}"' for key, value in tree.attrib.items()]
    out.append(">")

    for child in children:
        _write(child, out)
    out.append("</grammar>")
    return "".join(out).encode("utf-8")


def _write(pattern: Pattern, out: list[str]) -> None:
    if pattern.frozen:
        # Shared by every reduction and never edited: its text is written once per process.
        if pattern.markup is None:
            markup: list[str] = []
            _write_tags(pattern, markup)
            pattern.markup = "".join(markup)
        out.append(pattern.markup)
    else:
        _write_tags(pattern, out)


def _write_tags(pattern: Pattern, out: list[str]) -> None:
    out.append("<" + pattern.kind)
    for key, value in pattern.attrib.items():
        out.append(f' {key}="{_escape(value, attribute=True)}"')
    if not pattern.children and not pattern.text:
        out.append("/>")
        return
    out.append(">")
    if pattern.text:
        out.append(_escape(pattern.text))
    for child in pattern.children:
        _write(child, out)
    out.append(f"</{pattern.kind}>")


def reduce_grammar(grammar_root: etree._Element, names: NameSet) -> etree._Element:
    """``grammar_root`` reduced to ``names``; raises NotReducible when it cannot."""
    return etree.fromstring(PatternTree(grammar_root).reduce(names))
