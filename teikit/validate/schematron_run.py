"""Running a compiled Schematron schema (`teikit.validate.schematron.read_schema`) on one
document: the lets bound, each pattern's rules fired on their context nodes (the first rule
matching a node wins), and the messages of the asserts that fail and the reports that hold,
located in the source."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from elementpath import XPath2Parser, XPathNode
from lxml import etree

from teikit.validate.contexts import DocumentContexts
from teikit.validate.report import Message, Severity
from teikit.validate.rng_names import clark_parts
from teikit.validate.schematron import CURRENT, ENGINE, Check, Rule, Schema, with_current
from teikit.validate.schematron_conditions import hold
from teikit.validate.schematron_xpath1 import as_nodes, effective_boolean
from teikit.validate.source import SourceText


def _text(node: etree._Element, evaluate: Any) -> str:
    """The message of an assert/report/diagnostic, with value-of and name filled in."""
    parts = [node.text or ""]
    for child in node:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        local = etree.QName(child).localname
        if local == "value-of":
            parts.append(" ".join(map(_string, evaluate(child.get("select") or "."))))
        elif local == "name":
            parts.extend(map(_string, evaluate(f"name({child.get('path') or '.'})")))
        else:
            parts.append(_text(child, evaluate))
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _string(value: Any) -> str:
    """An item as XPath's string() gives it: a node's string value (an attribute's value,
    not its Python repr), true/false, 14 rather than 14.0."""
    if isinstance(value, XPathNode):
        return value.string_value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (float, Decimal)) and math.isfinite(value) and value == int(value):
        return str(int(value))  # an xs:double or xs:decimal with nothing after the point
    return str(value)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _element_of(item: Any) -> etree._Element | None:
    """The lxml element of a context item (an attribute's item gives its parent element)."""
    while item is not None:
        if isinstance(item, etree._Element):
            return item
        value = getattr(item, "value", None)
        if isinstance(value, etree._Element):
            return value
        item = getattr(item, "parent", None)
    return None


def _context_nodes(rule: Rule, tree: etree._ElementTree, contexts: DocumentContexts,
                   variables: dict[str, Any]) -> list[Any]:
    if rule.fast_context is not None:
        try:
            found = rule.fast_context(tree)
        except etree.XPathError:
            found = None
        if isinstance(found, list) and all(isinstance(n, etree._Element) for n in found):
            return found
    if rule.candidates is not None:
        return [node for node in rule.candidates(tree)
                if rule.is_match.boolean_value(rule.is_match.evaluate(
                    contexts.at(node, variables)))]
    return list(rule.context.select(contexts.at(contexts.root, variables)))


def run_schematron(schema: Schema, tree: etree._ElementTree,
                   source: SourceText) -> list[Message]:
    contexts = DocumentContexts(tree)
    root = contexts.root
    variables: dict[str, Any] = {}
    parser = schema.parser

    def bind(lets: list[tuple[str, Any]], item: Any) -> None:
        for name, token in lets:
            variables[name] = token.evaluate(contexts.at(item, variables))

    def bind_root_paths() -> list[tuple[str, Any]]:
        """The root paths libxml2 selects; the lets left to elementpath."""
        left = []
        for name, token in schema.lets:
            candidates, predicates = schema.fast_lets.get(name, (None, None))
            found = candidates(tree) if candidates is not None else None
            if predicates is not None and isinstance(found, list):
                found = [node for node in found if isinstance(node, etree._Element) and
                         predicates.boolean_value(predicates.evaluate(
                             contexts.at(node, variables)))]
            nodes = as_nodes(found, root)
            if nodes is None:
                left.append((name, token))
            else:
                variables[name] = nodes
        return left

    present = {clark_parts(tag) for tag in
               {e.tag for e in tree.getroot().iter(etree.Element)}}
    if schema.keys.declared:  # before the lets, which may look keys up
        schema.keys.build(tree, contexts, {})
    bind(bind_root_paths(), root)
    messages: list[Message] = []
    for pattern in schema.patterns:
        saved = dict(variables)
        bind(pattern.lets, root)
        fired: set[int] = set()
        for rule in pattern.rules:
            if rule.needs is not None and not rule.needs & present:
                continue
            items = _context_nodes(rule, tree, contexts, variables)
            if items and rule.conditions and not hold(rule.conditions,
                                                      contexts.at(root, variables)):
                continue
            for item in items:
                key = id(getattr(item, "value", item))
                if key in fired:
                    continue
                fired.add(key)
                rule_saved = dict(variables)
                variables[CURRENT] = root.get_element_node(item) if isinstance(
                    item, etree._Element) else item
                bind(rule.lets, item)
                for check in rule.checks:
                    if check.fast_test is not None and isinstance(item, etree._Element):
                        outcome = effective_boolean(check.fast_test(item))
                    else:
                        context = contexts.at(item, variables)
                        outcome = check.test.boolean_value(check.test.evaluate(context))
                    if outcome == (check.kind == "report"):
                        messages.append(_message(schema, parser, check, item, contexts,
                                                 variables, source))
                variables = rule_saved
        variables = saved
    return messages


def _message(schema: Schema, parser: XPath2Parser, check: Check, item: Any,
             contexts: DocumentContexts, variables: dict[str, Any],
             source: SourceText) -> Message:
    def evaluate(expression: str) -> list[Any]:
        context = contexts.at(item, variables)
        return _as_list(parser.parse(with_current(expression)).evaluate(context))

    text = _text(check.message, evaluate)
    for diagnostic_id in check.diagnostics:
        if diagnostic_id in schema.diagnostics:
            text += " " + _text(schema.diagnostics[diagnostic_id], evaluate)
    element = _element_of(item)
    line, column = (source.element_column(element) if element is not None else (None, None))
    severity: Severity = "warning" if (check.role or "").lower() in ("warning", "warn", "info",
                                                             "information") else "error"
    return Message(severity, line, column, text, ENGINE, check.rule_id)
