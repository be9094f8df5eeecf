"""What a RELAX NG grammar allows, per element name: children, attributes and their values.

Used only to explain errors ("expected one of: …"), always from the *full* grammar, so the
explanations stay exact when validation ran on a reduced one. Built once per schema and kept
in the cache as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from teikit import XML_NS
from teikit.io import atomic_write
from teikit.validate.rng_names import NameSet, R, attribute_name, clark_parts, rng_children

OPEN = "*"  # an open name class (anyName, nsName): any element


@dataclass
class _Summary:
    """What a RELAX NG element allows: its children, attributes and text."""

    children: set[str] = field(default_factory=set)
    attributes: dict[str, list[str] | None] = field(default_factory=dict)
    text: bool = False


Clark = str  # "{namespace}local", or "local" for no namespace


def _required(children: list[etree._Element], defines: dict[str, etree._Element],
              memo: dict[str, tuple[set[Clark], set[Clark]]]) -> tuple[set[Clark], set[Clark]]:
    """Element and attribute names that must occur in content (outside optional, repeated-zero
    and choice): what a document lacking them is rejected for."""
    elements: set[Clark] = set()
    attributes: set[Clark] = set()
    for child in children:
        kind = etree.QName(child).localname
        if kind in ("element", "attribute") and child.get("name") is not None:
            ns, local = attribute_name(child)
            (elements if kind == "element" else attributes).add(f"{{{ns}}}{local}" if ns
                                                                 else local)
        elif kind == "ref":
            name = child.get("name")
            if name not in defines:  # defined in an included grammar: not indexed
                continue
            if name not in memo:
                memo[name] = (set(), set())  # a cycle passes through an element: stop here
                memo[name] = _required(rng_children(defines[name]), defines, memo)
            elements |= memo[name][0]
            attributes |= memo[name][1]
        elif kind in ("group", "interleave", "oneOrMore", "mixed"):
            found = _required(rng_children(child), defines, memo)
            elements |= found[0]
            attributes |= found[1]
    return elements, attributes


def display_name(ns: str, local: str, default_ns: str) -> str:
    if ns == default_ns or not ns:
        return local
    if ns == XML_NS:
        return "xml:" + local
    return f"{local} ({ns})"


def _names(pattern: etree._Element, default_ns: str) -> list[str]:
    """Display names a name class admits, or [OPEN] when it is open (anyName, nsName)."""
    if pattern.get("name") is not None:
        ns, local = attribute_name(pattern)
        return [display_name(ns, local, default_ns)]
    found = []
    for node in rng_children(pattern)[0].iter(R + "name", R + "anyName", R + "nsName"):
        if node.tag != R + "name":
            return [OPEN]
        if not any(a.tag == R + "except" for a in node.iterancestors()):
            found.append((node.text or "").strip())
    return found


def _closed_values(attribute: etree._Element) -> list[str] | None:
    content = rng_children(attribute)[0 if attribute.get("name") else 1:]
    if not content or any(True for c in content for _ in c.iter(R + "data", R + "text")):
        return None
    return sorted({v.text or "" for c in content for v in c.iter(R + "value")})


class GrammarIndex:
    def __init__(self, elements: dict[str, dict[str, Any]], roots: list[str]) -> None:
        self.elements = elements
        self.roots = roots

    @classmethod
    def build(cls, grammar: etree._Element) -> GrammarIndex:
        default_ns = grammar.get("ns") or ""
        defines = {d.get("name"): d for d in rng_children(grammar)
                   if etree.QName(d).localname == "define"}
        memo: dict[str, _Summary] = {}

        def summarise(children: list[etree._Element], into: _Summary) -> None:
            for child in children:
                kind = etree.QName(child).localname
                if kind == "element":
                    into.children.update(_names(child, default_ns))
                elif kind == "attribute":
                    for name in _names(child, ""):
                        into.attributes[name] = _closed_values(child)
                elif kind == "ref":
                    name = child.get("name")
                    if name not in defines:  # defined in an included grammar: not indexed
                        continue
                    if name not in memo:
                        memo[name] = _Summary()
                        summarise(rng_children(defines[name]), memo[name])
                    found = memo[name]
                    into.children |= found.children
                    into.attributes.update(found.attributes)
                    into.text = into.text or found.text
                elif kind in ("text", "mixed", "data", "value", "list"):
                    into.text = True
                    if kind == "mixed":
                        summarise(rng_children(child), into)
                else:
                    summarise(rng_children(child), into)

        elements: dict[str, dict[str, Any]] = {}
        required_memo: dict[str, tuple[set[Clark], set[Clark]]] = {}
        for pattern in grammar.iter(R + "element"):
            summary = _Summary()
            content = rng_children(pattern)[0 if pattern.get("name") else 1:]
            summarise(content, summary)
            must_elements, must_attributes = _required(content, defines, required_memo)
            for name in _names(pattern, default_ns):
                entry = elements.setdefault(name, {"children": [], "attributes": {},
                                                   "text": False, "requires": [],
                                                   "requires_attributes": []})
                entry["children"] = sorted(set(entry["children"]) | summary.children)
                entry["attributes"].update(summary.attributes)
                entry["text"] = entry["text"] or summary.text
                entry["requires"] = sorted(set(entry["requires"]) | must_elements)
                entry["requires_attributes"] = sorted(set(entry["requires_attributes"])
                                                      | must_attributes)
        roots = _Summary()
        for start in grammar.iter(R + "start"):
            summarise(rng_children(start), roots)
        return cls(elements, sorted(roots.children))

    def children_of(self, element: str) -> list[str]:
        return self.elements.get(element, {}).get("children", [])

    def attributes_of(self, element: str) -> dict[str, list[str] | None]:
        return self.elements.get(element, {}).get("attributes", {})

    def with_required(self, names: NameSet, default_ns: str) -> NameSet:
        """``names`` plus every name that present elements require, transitively.

        Reducing to this set keeps the same verdicts (adding names never changes one), and
        a missing required element or attribute then gets libxml2's precise message
        instead of its ancestors being rejected wholesale."""
        elements = set(names.elements)
        attributes = set(names.attributes)
        pending = list(elements)
        while pending:
            ns, local = pending.pop()
            entry = self.elements.get(display_name(ns, local, default_ns), {})
            for clark in entry.get("requires", []):
                name = clark_parts(clark)
                if name not in elements:
                    elements.add(name)
                    pending.append(name)
            attributes.update(map(clark_parts, entry.get("requires_attributes", [])))
        return NameSet(frozenset(elements), frozenset(attributes))

    def required_attributes_of(self, element: str) -> list[str]:
        """Attributes ``element`` must carry, as written (``xml:lang``, ``type``)."""
        names = []
        for clark in self.elements.get(element, {}).get("requires_attributes", []):
            ns, local = clark_parts(clark)
            names.append("xml:" + local if ns == XML_NS else local)
        return names

    def knows(self, element: str) -> bool:
        return element in self.elements

    def save(self, path: Path) -> None:
        atomic_write(path, json.dumps({"elements": self.elements, "roots": self.roots})
                     .encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> GrammarIndex:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["elements"], data["roots"])
