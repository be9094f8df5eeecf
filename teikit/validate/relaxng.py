"""RELAX NG through libxml2, on a grammar reduced to the document's names, with messages
rewritten for editors from the full grammar's index."""

from __future__ import annotations

import bisect
import re
from pathlib import Path
from typing import Any

from lxml import etree

from teikit.validate.grammar_cache import (
    compiled_grammar,
    covering_grammar,
    full_grammar,
    grammar_index,
)
from teikit.validate.report import Message
from teikit.validate.rng_index import GrammarIndex, display_name
from teikit.validate.rng_names import NameSet
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.source import SourceText, attribute_qname

ENGINE = "relaxng"
# Follow-up errors libxml2 adds to a specific one; kept only when nothing more precise exists.
_GENERIC = {"RELAXNG_ERR_CONTENTVALID", "RELAXNG_ERR_ATTRVALID"}


def validate_relaxng(cache: SchemaCache, schema: Path, tree: etree._ElementTree,
                     source: SourceText, names: NameSet | None) -> list[Message]:
    if names is not None:
        # Most documents are valid, and one grammar for the names of many says so at once;
        # an invalid one is explained from its own names, as below.
        covering = covering_grammar(cache, schema, names)
        if covering is not None and covering.validate(tree):
            return []
    grammar = compiled_grammar(cache, schema, names)
    if grammar.validate(tree):
        return []
    entries = list(grammar.error_log)
    index = grammar_index(cache, schema)
    if names is not None:
        # The reduced grammar rejects a missing required element by rejecting its ancestors
        # (up to the root); adding the names present elements require restores libxml2's
        # precise message ("expecting element title") at the cost of one more small grammar.
        default_ns = full_grammar(cache, schema).get("ns") or ""
        explaining_names = index.with_required(names, default_ns)
        if explaining_names != names and _ambiguous(entries, tree, index):
            explaining = compiled_grammar(cache, schema, explaining_names)
            if not explaining.validate(tree):
                entries = list(explaining.error_log)
        if not entries and _small(schema):
            # Still nothing but a rejected root (a required choice lost to the reduction):
            # the full grammar names the real cause, and a small one compiles in milliseconds.
            full = compiled_grammar(cache, schema, None)
            if not full.validate(tree):
                entries = list(full.error_log)
    return explain(entries, tree, source, index)


# A grammar this small compiles in milliseconds (the house schema: 6 ms; tei_all: 6 s).
_SMALL_GRAMMAR_BYTES = 256 * 1024


def _small(schema: Path) -> bool:
    try:
        return schema.stat().st_size <= _SMALL_GRAMMAR_BYTES
    except OSError:
        return False


def _ambiguous(entries: list[etree._LogEntry], tree: etree._ElementTree,
               index: GrammarIndex) -> bool:
    """Could an error come from a reduction, not from the document as it stands? An element
    the schema allows in its parent but rejected there may lack a required child or
    attribute; incomplete content may lack one; no message at all means the root went."""
    if not entries:
        return True
    explainer = _Explainer(tree, SourceText(b""), index)
    for entry in entries:
        if entry.type_name in ("RELAXNG_ERR_NOELEM", "RELAXNG_ERR_CONTENTVALID",
                               "RELAXNG_ERR_ELEMNAME"):
            return True
        if entry.type_name in ("RELAXNG_ERR_ELEMWRONG", "RELAXNG_ERR_INTEREXTRA"):
            node = explainer.node(entry)
            parent = node.getparent() if node is not None else None
            if parent is None or explainer.name(node) in index.children_of(
                    explainer.name(parent)):
                return True
    return False


def _name(node: etree._Element, default_ns: str = "") -> str:
    qname = etree.QName(node)
    return display_name(qname.namespace or "", qname.localname, default_ns)


def _short_list(items: list[str], limit: int = 12) -> tuple[str, ...]:
    shown = [item for item in items if item != "*"]
    if "*" in items:
        shown.append("any element of another namespace")
    if len(shown) > limit:
        return (*shown[:limit], f"… {len(shown) - limit} more")
    return tuple(shown)


# A path whose last step is any element child, by position: `/*/*[2]/*[7993]`.
_LAST_ELEMENT_STEP = re.compile(r"(?P<parent>.*)/\*(?:\[(?P<position>[0-9]+)\])?")


class _Explainer:
    def __init__(self, tree: etree._ElementTree, source: SourceText,
                 index: GrammarIndex) -> None:
        self.tree = tree
        self.source = source
        self.index = index
        self.default_ns = etree.QName(tree.getroot()).namespace or ""
        self._by_line: dict[tuple[int | None, str], etree._Element] | None = None
        # What each path selects, and elements' element children: a path that ends in `*[n]`
        # gives its parent's nth child, not an XPath query that counts n children again
        # (thousands of messages on the children of one element cost the square of them).
        self._selected: dict[str, list[Any]] = {}
        self._children: dict[etree._Element, list[etree._Element]] = {}

    def node(self, entry: etree._LogEntry) -> etree._Element | None:
        named = re.search(r"extra content: (\S+)", entry.message) or re.search(
            r"(?:^Element|for element|element) (\S+?)(?::|\s|$)", entry.message)
        path = _path(entry, self.tree)
        node = self.at_path(path) if path else None
        if node is None:
            return self.node_on_line(entry.line, named.group(1) if named else None)
        # libxml2's path can be one level too deep ("Element gap failed to validate
        # attributes" with the path of gap's child), or name the parent of the extra
        # content: trust the name in the message.
        if named and etree.QName(node).localname != named.group(1):
            for child in node.iter(etree.Element):
                if "extra content" in entry.message and \
                        etree.QName(child).localname == named.group(1):
                    return child
            for ancestor in node.iterancestors():
                if etree.QName(ancestor).localname == named.group(1):
                    return ancestor
        return node

    def at_path(self, path: str) -> etree._Element | None:
        """The first element libxml2's `path` selects, as XPath reads it."""
        found = self._select(path)
        return found[0] if found and isinstance(found[0], etree._Element) else None

    def _select(self, path: str) -> list[Any]:
        """What XPath selects by `path`, remembered. A last step `*` or `*[n]` is taken from
        what its parent path selects (every element child of each, or the nth), as XPath
        takes it; other paths are XPath's own."""
        selected = self._selected.get(path)
        if selected is None:
            step = _LAST_ELEMENT_STEP.fullmatch(path)
            if step and step["parent"]:
                position = int(step["position"]) if step["position"] else None
                selected = []
                for parent in self._select(step["parent"]):
                    if isinstance(parent, etree._Element):
                        children = self._element_children(parent)
                        if position is None:
                            selected += children
                        elif 0 < position <= len(children):
                            selected.append(children[position - 1])
            else:
                try:
                    found = self.tree.xpath(path)
                except etree.XPathError:  # e.g. a prefix the path uses but the tree lacks
                    found = []
                selected = found if isinstance(found, list) else []
            self._selected[path] = selected
        return selected

    def _element_children(self, parent: etree._Element) -> list[etree._Element]:
        children = self._children.get(parent)
        if children is None:
            children = self._children[parent] = list(parent.iterchildren(etree.Element))
        return children

    def node_on_line(self, line: int | None, name: str | None) -> etree._Element | None:
        """The element libxml2 means when it gives a line but no path: the first of that
        name on that line. The tree is indexed once, not walked again for each message."""
        if not line or not name:
            return None
        if self._by_line is None:
            self._by_line = {}
            for node in self.tree.getroot().iter(etree.Element):
                self._by_line.setdefault((node.sourceline, etree.QName(node).localname), node)
        return self._by_line.get((line, name))

    def name(self, node: etree._Element) -> str:
        return _name(node, self.default_ns)

    def message(self, entry: etree._LogEntry, node: etree._Element | None, text: str,
                *, attribute: str | None = None, expected: tuple[str, ...] = ()) -> Message:
        line, column = entry.line or None, None
        if node is not None:
            if attribute is not None:
                line, column = self.source.attribute_column(node, attribute)
            else:
                line, column = self.source.element_column(node)
        rule = entry.type_name.removeprefix("RELAXNG_ERR_").lower()
        return Message("error", line, column, text, ENGINE, rule, expected)

    def explain(self, entry: etree._LogEntry) -> Message:
        node = self.node(entry)
        kind = entry.type_name
        text = entry.message
        if kind == "RELAXNG_ERR_INVALIDATTR" and node is not None:
            match = re.match(r"Invalid attribute (\S+) for element", text)
            return self.bad_attribute(entry, node, match.group(1) if match else "")
        if kind == "RELAXNG_ERR_ATTRVALID" and node is not None:
            return self.bad_attribute_value(entry, node)
        if kind in ("RELAXNG_ERR_ELEMWRONG", "RELAXNG_ERR_ELEMNAME", "RELAXNG_ERR_INTEREXTRA",
                    "RELAXNG_ERR_EXTRACONTENT") and node is not None:
            return self.misplaced(entry, node)
        if kind == "RELAXNG_ERR_NOELEM":
            match = re.search(r"Expecting an element (\S+), got nothing", text)
            where = f"<{self.name(node)}> is incomplete" if node is not None else "incomplete"
            if match:
                return self.message(entry, node, f"{where}: <{match.group(1)}> is required "
                                    "here; add it", expected=(match.group(1),))
            allowed = self.index.children_of(self.name(node)) if node is not None else []
            return self.message(entry, node, f"{where}: a required element is missing at its "
                                "end; add the missing element", expected=_short_list(allowed))
        if kind == "RELAXNG_ERR_CONTENTVALID" and node is not None:
            return self.message(
                entry, node,
                f"the content of <{self.name(node)}> is incomplete or out of order; "
                "compare it with what the schema allows",
                expected=_short_list(self.index.children_of(self.name(node))))
        if kind == "RELAXNG_ERR_TEXTWRONG" and node is not None:
            return self.message(entry, node, f"text is not allowed directly inside "
                                f"<{self.name(node)}>; wrap it in an element such as <p>",
                                expected=_short_list(self.index.children_of(self.name(node))))
        match = re.match(r"Type (\S+) doesn't allow value '(.*)'", text)
        if match:
            return self.message(entry, node, f"the value {match.group(2)!r} is not a valid "
                                f"{match.group(1)}; correct it")
        return self.message(entry, node, _plain(text) + "; compare with what the schema "
                            "allows here and correct it")

    def bad_attribute(self, entry: etree._LogEntry, node: etree._Element,
                      attribute: str) -> Message:
        element = self.name(node)
        allowed = self.index.attributes_of(element)
        written = attribute
        for clark in node.attrib:
            if attribute_qname(node, clark) == attribute or etree.QName(clark).localname == \
                    attribute:
                written = attribute_qname(node, clark)
        expected = _short_list(sorted(allowed), limit=20)
        if written not in allowed:
            text = (f"attribute @{written} is not allowed on <{element}> (the schema defines "
                    f"no such attribute for it); remove or rename it")
        else:
            value = node.get(_clark(node, written), "")
            values = allowed[written]
            expected = _short_list(values, limit=20) if values else ()
            text = (f"the value {value!r} of @{written} is not allowed on <{element}> here; "
                    "correct its form" + ("" if values else
                                          " (e.g. a date as YYYY-MM-DD, a pointer as #id)"))
        return self.message(entry, node, text, attribute=written, expected=expected)

    def bad_attribute_value(self, entry: etree._LogEntry, node: etree._Element) -> Message:
        element = self.name(node)
        allowed = self.index.attributes_of(element)
        written_names = {attribute_qname(node, c) for c in node.attrib}
        missing = [name for name in self.index.required_attributes_of(element)
                   if name not in written_names]
        if missing:
            # What Jing says first, and the usual cause: a value rarely fails alone.
            return self.message(entry, node, f"required attribute @{missing[0]} missing on "
                                f"<{element}>; add it", expected=tuple(missing))
        for clark, value in node.attrib.items():
            written = attribute_qname(node, clark)
            if written not in allowed:
                return self.bad_attribute(entry, node, written)
            values = allowed[written]
            if values is not None and value not in values:
                return self.message(
                    entry, node, f"@{written}={value!r} is not one of the values the schema "
                    f"allows on <{element}>; use one of the expected values",
                    attribute=written, expected=_short_list(values, limit=20))
        required = [a for a in allowed if a not in {attribute_qname(node, c) for c in node.attrib}]
        written_list = ", ".join("@" + attribute_qname(node, c) for c in node.attrib)
        text = (f"the attributes of <{element}> do not match the schema: a value has the wrong "
                f"form ({written_list or 'no attributes'}) or a required attribute is missing")
        return self.message(entry, node, text, expected=_short_list(required, limit=20))

    def misplaced(self, entry: etree._LogEntry, node: etree._Element) -> Message:
        element = self.name(node)
        parent = node.getparent()
        if parent is None:
            return self.message(entry, node, f"<{element}> cannot be the root element; "
                                "the schema expects another root",
                                expected=_short_list(self.index.roots))
        container = self.name(parent)
        allowed = self.index.children_of(container)
        if not self.index.knows(element):
            text = (f"<{element}> is not an element of this schema; remove it or use one of "
                    f"the elements allowed in <{container}>")
        elif element in allowed:
            text = (f"<{element}> is not allowed at this point in <{container}> (wrong order "
                    "or too many); move it")
        else:
            text = f"<{element}> is not allowed inside <{container}>; move it elsewhere"
        return self.message(entry, node, text, expected=_short_list(allowed))


def _clark(node: etree._Element, written: str) -> str:
    for clark in node.attrib:
        if attribute_qname(node, clark) == written:
            return clark
    return written


def _plain(text: str) -> str:
    return text[:1].lower() + text[1:].rstrip(".")


def explain(entries: list[etree._LogEntry], tree: etree._ElementTree, source: SourceText,
            index: GrammarIndex) -> list[Message]:
    explainer = _Explainer(tree, source, index)
    if not entries:
        # a reduced grammar whose start is notAllowed: the root itself is wrong
        root = tree.getroot()
        line, column = source.element_column(root)
        return [Message("error", line, column,
                        f"<{explainer.name(root)}> cannot be the root element of this schema; "
                        "the root must be one of the expected elements",
                        ENGINE, "root", _short_list(index.roots))]
    specific = sorted(_path(e, tree) for e in entries if e.type_name not in _GENERIC)
    kept = [e for e in entries if e.type_name not in _GENERIC or not _covered(e, specific, tree)]
    messages: list[Message] = []
    seen: set[tuple[int | None, int | None, str]] = set()
    for entry in kept:
        message = explainer.explain(entry)
        key = (message.line, message.column, message.message)
        if key not in seen:
            seen.add(key)
            messages.append(message)
    return messages


def _path(entry: etree._LogEntry, tree: etree._ElementTree) -> str:
    """libxml2's path of the element an error is about. It gives none (and line 0) for the
    root's attributes; the message then names the root."""
    if entry.path:
        return entry.path
    named = re.match(r"Element (\S+) failed to validate attributes", entry.message)
    root = tree.getroot()
    if named and named.group(1) == etree.QName(root).localname:
        return "/*"
    return ""


def _covered(entry: etree._LogEntry, specific: list[str], tree: etree._ElementTree) -> bool:
    """A generic error whose element has a more specific error (`specific`: their paths,
    sorted): on it, for its attributes; on it or inside it, for its content. The paths that
    start with the error's own are found together by bisection, not all compared with it."""
    path = _path(entry, tree)
    if not path:
        return bool(specific)
    at = bisect.bisect_left(specific, path)
    if entry.type_name == "RELAXNG_ERR_ATTRVALID":
        return at < len(specific) and specific[at] == path
    return at < len(specific) and specific[at].startswith(path)
