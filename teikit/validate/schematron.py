"""A small ISO Schematron engine: XPath 2/3.1 through elementpath on lxml trees, and
libxml2's XPath 1 wherever it gives the same answer (rule contexts, candidates for them,
tests, root paths bound once per document; see ``schematron_xpath1``).

Supports patterns, rules (first matching rule per pattern wins), assert/report, let
(schema, pattern and rule level), value-of, name, diagnostics, phases, abstract patterns
(``is-a`` with ``param``), abstract rules (``extends``) and includes. Rules embedded in a
RELAX NG grammar (TEI's ``sch:pattern`` inside ``define``) are read the same way.

This module reads and compiles a schema (`read_schema`, `load_schematron`); what a rule's match
pattern selects is read in ``schematron_patterns``, and a compiled schema is run on a
document by ``schematron_run``.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from elementpath import XPath2Parser
from elementpath.collations import UNICODE_CODEPOINT_COLLATION
from elementpath.exceptions import ElementPathError
from lxml import etree

from teikit.validate import string_values
from teikit.validate.errors import SchematronError
from teikit.validate.one_walk import unpredicated
from teikit.validate.options import MAX_SCHEMA_BYTES
from teikit.validate.parsing import safe_parser
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.schema_files import checked_schema_file
from teikit.validate.schematron_conditions import split_conditions
from teikit.validate.schematron_keys import XSL_NS, Key, Keys
from teikit.validate.schematron_patterns import (
    context_branches,
    context_expression,
    required_names,
    single_step,
    xpath1_selection,
)
from teikit.validate.schematron_xpath1 import xpath1

string_values.install()  # elementpath's string values in document order (see the module)

SCH_NS = "http://purl.oclc.org/dsdl/schematron"
_S = f"{{{SCH_NS}}}"
CURRENT = "teikit-current"
ENGINE = "schematron"


@dataclass
class Check:
    """A Schematron assert or report, compiled."""

    kind: str  # "assert" or "report"
    test: Any  # compiled token
    message: etree._Element
    rule_id: str
    role: str | None
    diagnostics: list[str]
    fast_test: etree.XPath | None = None  # the same test through libxml2, when it agrees


@dataclass
class Rule:
    """A Schematron rule, compiled: its context and checks."""

    context: Any
    context_text: str
    fast_context: etree.XPath | None  # the same selection through libxml2 when XPath 1 can
    # for a pattern of one-step branches NAME[…] | NAME…: every NAME, by libxml2, …
    candidates: etree.XPath | None
    is_match: Any  # … then ``self::NAME[…]`` decides for each candidate
    needs: frozenset[tuple[str, str]] | None  # element names one of which must occur
    lets: list[tuple[str, Any]]
    checks: list[Check]
    # trailing predicates of the context that read no node, decided once per document
    # (`teikit.validate.schematron_conditions`); the selections above leave them out
    conditions: list[Any] = field(default_factory=list)


@dataclass
class Pattern:
    """A Schematron pattern, compiled: its lets and rules."""

    id: str
    lets: list[tuple[str, Any]]
    rules: list[Rule]


@dataclass
class Schema:
    """A Schematron schema, compiled: its patterns, lets, phases and keys."""

    patterns: list[Pattern]
    lets: list[tuple[str, Any]]
    diagnostics: dict[str, etree._Element]
    parser: XPath2Parser
    phases: dict[str, list[str]] = field(default_factory=dict)
    keys: Keys = field(default_factory=Keys)
    # root paths bound once per document (lets named teikit-abs-N): selected by libxml2,
    # then, for ``//name[…]``, each element decided by ``self::name[…]``
    fast_lets: dict[str, tuple[etree.XPath, Any]] = field(default_factory=dict)


def _expand_includes(root: etree._Element, base: Path) -> None:
    for include in list(root.iter(_S + "include")):
        href = include.get("href") or ""
        included = checked_schema_file(base.parent / href, href, MAX_SCHEMA_BYTES)
        target = etree.parse(str(included), safe_parser()).getroot()
        _expand_includes(target, base.parent / href)
        parent = include.getparent()
        if parent is not None:
            parent.replace(include, target)


def _instantiate_abstract_patterns(root: etree._Element) -> None:
    abstract = {p.get("id"): p for p in root.iter(_S + "pattern") if p.get("abstract") == "true"}
    for pattern in list(root.iter(_S + "pattern")):
        base_id = pattern.get("is-a")
        if not base_id:
            continue
        params = {p.get("name"): p.get("value") for p in pattern.iter(_S + "param")}
        instance = copy.deepcopy(abstract[base_id])
        instance.attrib.pop("abstract", None)
        instance.set("id", pattern.get("id") or base_id)
        for node in instance.iter():
            for name in ("context", "test", "select", "path", "value"):
                text = node.get(name)
                if text is None:
                    continue
                for param in sorted(params, key=len, reverse=True):
                    text = re.sub(r"\$" + re.escape(param) + r"(?![\w.-])", params[param], text)
                node.set(name, text)
        pattern.getparent().replace(pattern, instance)
    for pattern in abstract.values():
        if pattern.getparent() is not None:
            pattern.getparent().remove(pattern)


# ``//name(/step)*`` starting an operand (after "(", "[", ",", "|"): a root-anchored path.
_ABSOLUTE_PATH = re.compile(
    r"(?<=[(\[,|])(\s*)(//(?:[\w.-]+:)?[\w.*-]+(?:/@?(?:[\w.-]+:)?[\w.*-]+)*)(?![\w.\[(:-])")


# ``//name[…]…`` starting an operand (also a ``for``/``some``/``every`` binding's ``in``):
# a root path whose predicates may be hoisted too.
_PREDICATED_PATH = re.compile(
    r"(?:(?<=[(\[,|])|(?<=\sin))(\s*)(//(?:[\w.-]+:)?[\w.-]+)(?=\[)")


def _predicates_end(text: str, start: int) -> int | None:
    """The end of the run of bracketed predicates opening at ``text[start]`` (quotes
    respected); None when they do not close."""
    depth, quote = 0, ""
    for index in range(start, len(text)):
        char = text[index]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0 and not text.startswith("[", index + 1):
                return index + 1
    return None


def with_current(text: str) -> str:
    """XSLT's current() is the node the rule fired on: a variable bound per node."""
    return re.sub(r"\bcurrent\(\s*\)", "$" + CURRENT, text)


class _Compiler:
    def __init__(self, parser: XPath2Parser) -> None:
        self.parser = parser
        self.hoisted: dict[str, str] = {}  # variable name -> root-anchored path

    def hoist(self, text: str) -> str:
        """Replace root-anchored paths inside an expression by variables bound once per
        document. In a rule that fires on every ``elementSpec``, ``//tei:moduleSpec`` would
        otherwise walk the whole document again for each one (TEI's rule 60: minutes)."""
        def replace(match: re.Match[str]) -> str:
            return f"{match.group(1)}${self._variable(match.group(2))}"

        return _ABSOLUTE_PATH.sub(replace, self._hoist_predicated(text))

    def _variable(self, path: str) -> str:
        name = next((n for n, p in self.hoisted.items() if p == path), None)
        if name is None:
            name = f"teikit-abs-{len(self.hoisted) + 1}"
            self.hoisted[name] = path
        return name

    def _hoist_predicated(self, text: str) -> str:
        """``//name[…]`` whose predicates are tests of the element alone (no variable, no
        other root path, no position): hoisted too, selected as ``//name`` by libxml2 and
        decided per element (``predicate_filter``)."""
        parts, done = [], 0
        for match in _PREDICATED_PATH.finditer(text):
            end = _predicates_end(text, match.end())
            if end is None or match.start() < done:
                continue
            path = match.group(2) + text[match.end():end]
            following = text[end:].lstrip()[:1]
            if following in ("/", "(") or self.predicate_filter(path) is None:
                continue
            parts += [text[done:match.start()], match.group(1), "$" + self._variable(path)]
            done = end
        return "".join(parts) + text[done:]

    def predicate_filter(self, path: str) -> Any:
        """For a hoistable ``//name[…]``: ``self::name[…]``, compiled; else None."""
        predicates = path[path.index("["):]
        if "$" in predicates or "//" in predicates or "current(" in predicates:
            return None
        try:
            token = self.parser.parse("self::" + path[2:])
        except ElementPathError:
            return None
        return token if unpredicated(token) is not None else None

    def compile(self, text: str, where: str, *, hoist: bool = True) -> Any:
        text = with_current(text)
        try:
            return self.parser.parse(self.hoist(text) if hoist else text)
        except ElementPathError as error:
            raise SchematronError(f"{where}: cannot compile {text!r}: {error}") from error

    def compile_context(self, pattern: str) -> Any:
        """A rule context: its branches' own paths are not hoisted (each is selected once
        per document anyway, and a hoisted one would be even when the rule never fires),
        paths inside their predicates are."""
        branches = [self.hoist(with_current(branch)) for branch in context_branches(pattern)]
        return self.compile(" | ".join(branches), "context", hoist=False)

    def test(self, text: str, namespaces: dict[str, str]) -> tuple[Any, etree.XPath | None]:
        """An assert's or report's test compiled, and through libxml2 when XPath 1 agrees
        with elementpath on it (read as written: hoisted paths are elementpath's variables).
        An expression with nothing to hoist is parsed once for both."""
        text = with_current(text)
        hoisted = self.hoist(text)
        try:
            token = self.parser.parse(hoisted)
        except ElementPathError as error:
            raise SchematronError(f"test: cannot compile {text!r}: {error}") from error
        if hoisted != text:
            try:
                token_as_written = self.parser.parse(text)
            except ElementPathError:
                return token, None
        else:
            token_as_written = token
        return token, xpath1(token_as_written, text, namespaces)

    def lets(self, node: etree._Element) -> list[tuple[str, Any]]:
        return [(let.get("name"), self.compile(let.get("value") or "()", "let"))
                for let in node.findall(_S + "let")]


def _parser_for(binding: str | None, namespaces: dict[str, str], keys: Keys, *,
                xpath31: bool) -> XPath2Parser:
    """XPath 2 for xslt/xslt2 bindings (XPath 1 rules read the same in practice), 3.1 for
    xslt3 and when asked. The 3.1 parser costs 0.1 s more to import, on every run.

    XSLT functions belong to the xslt bindings (as current() does): key() reads the
    schema's xsl:key declarations; generate-id(), which elementpath's XPath 2 lacks, in its
    one-argument form only (an external function does not see the context item)."""
    # elementpath reads the callbacks' signatures: they must stay as written here.
    def key(name: str, value: Any) -> list[Any]:
        return keys.lookup(name, value)

    def generate_id(node: Any = None) -> str:
        return _generate_id(node)

    # The default collation is Unicode code points, as XPath's own default, whatever the
    # process's locale: elementpath otherwise takes a UTF-8 LC_COLLATE (set by whatever ran
    # before in the process) as the collation of every comparison, so that a verdict would
    # depend on the locale, and each comparison would switch locales under a lock.
    if xpath31 or (binding or "").lower() in ("xslt3", "xpath3", "xpath31"):
        from elementpath.xpath31 import XPath31Parser

        parser: XPath2Parser = XPath31Parser(namespaces=namespaces,
                                             default_collation=UNICODE_CODEPOINT_COLLATION)
    else:
        parser = XPath2Parser(namespaces=namespaces,
                              default_collation=UNICODE_CODEPOINT_COLLATION)
        parser.external_function(generate_id, name="generate-id",
                                 sequence_types=("node()?", "xs:string"))
    parser.external_function(key, name="key",
                             sequence_types=("xs:string", "item()*", "node()*"))
    return parser


def _generate_id(node: Any) -> str:
    """A string that identifies ``node`` within its document (elementpath keeps one node
    object per node of a document for as long as the document is evaluated)."""
    return "" if node is None else f"n{id(node):x}"


def read_schema(root: etree._Element, *, phase: str | None = None,
                xpath31: bool = False) -> Schema:
    namespaces = {ns.get("prefix"): ns.get("uri") for ns in root.iter(_S + "ns")}
    keys = Keys()
    parser = _parser_for(root.get("queryBinding"), namespaces, keys, xpath31=xpath31)
    compiler = _Compiler(parser)
    for declaration in root.iter(f"{{{XSL_NS}}}key"):
        expression = context_expression(declaration.get("match") or "/")
        use = declaration.get("use") or "."
        use_token = compiler.compile(use, "key use")
        keys.declared[declaration.get("name") or ""] = Key(
            compiler.compile(expression, "key match"), xpath1_selection(expression, namespaces),
            use_token, xpath1(use_token, use, namespaces))
    _instantiate_abstract_patterns(root)
    abstract_rules = {r.get("id"): r for r in root.iter(_S + "rule")
                      if r.get("abstract") == "true"}
    diagnostics = {d.get("id"): d for d in root.iter(_S + "diagnostic")}
    phases = {p.get("id"): [a.get("pattern") for a in p.findall(_S + "active")]
              for p in root.iter(_S + "phase")}
    active = None
    chosen = phase or root.get("defaultPhase")
    if chosen and chosen != "#ALL":
        if chosen not in phases:
            raise SchematronError(f"no phase {chosen!r} in the schema")
        active = set(phases[chosen])
    patterns = []
    for number, node in enumerate(root.iter(_S + "pattern")):
        pattern_id = node.get("id") or f"pattern-{number + 1}"
        if node.get("abstract") == "true" or (active is not None and pattern_id not in active):
            continue
        rules = []
        for rule in node.findall(_S + "rule"):
            if rule.get("abstract") == "true":
                continue
            body = [rule]
            body += [abstract_rules[e.get("rule")] for e in rule.findall(_S + "extends")]
            checks = []
            for part in body:
                for check in part:
                    if check.tag not in (_S + "assert", _S + "report"):
                        continue
                    compiled, fast = compiler.test(check.get("test") or "true()", namespaces)
                    checks.append(Check(
                        etree.QName(check).localname, compiled, check,
                        check.get("id") or rule.get("id") or pattern_id,
                        check.get("role"), (check.get("diagnostics") or "").split(), fast))
            context_text = rule.get("context") or "/"
            selection, conditions = split_conditions(
                context_text, lambda text: parser.parse(with_current(text)), CURRENT)
            rules.append(Rule(compiler.compile_context(context_text), context_text,
                              xpath1_selection(context_expression(selection), namespaces),
                              *single_step(selection, namespaces,
                                          lambda text: compiler.compile(text, "context")),
                              required_names(context_text, namespaces),
                              [lt for part in body for lt in compiler.lets(part)], checks,
                              conditions))
        patterns.append(Pattern(pattern_id, compiler.lets(node), rules))
    schema_lets = compiler.lets(root)  # before the hoisted paths are listed: it adds some
    hoisted = [(name, parser.parse(path)) for name, path in compiler.hoisted.items()]
    fast_lets = {}
    for name, path in compiler.hoisted.items():
        selection = path.partition("[")[0]
        candidates = xpath1_selection(selection, namespaces)
        if candidates is not None:
            fast_lets[name] = (candidates, compiler.predicate_filter(path)
                               if selection != path else None)
    return Schema(patterns, hoisted + schema_lets, diagnostics, parser, phases, keys,
                  fast_lets)


def load_schematron(path: Path, *, phase: str | None = None) -> Schema:
    root = etree.parse(str(path), safe_parser()).getroot()
    _expand_includes(root, path)
    return read_schema(root, phase=phase)


def embedded_rules(cache: SchemaCache, grammar: Path) -> Schema | None:
    """The Schematron rules embedded in the RELAX NG schema at ``grammar``, read once."""
    from teikit.validate.grammar_cache import full_grammar

    return cache.remember(("sch-embedded", cache.digest(grammar)),
                          lambda: embedded_schematron(full_grammar(cache, grammar)))


def embedded_schematron(grammar: etree._Element) -> Schema | None:
    """The Schematron rules embedded in a RELAX NG grammar (None when there are none)."""
    wrapper = etree.Element(_S + "schema")
    for ns in grammar.iter(_S + "ns"):
        wrapper.append(copy.deepcopy(ns))
    patterns = list(grammar.iter(_S + "pattern"))
    if not patterns:
        return None
    for pattern in patterns:
        wrapper.append(copy.deepcopy(pattern))
    # TEI declares its rules xslt2 but already uses XPath 3's ``||``.
    return read_schema(wrapper, xpath31=True)


def elementpath_only(schema: Schema) -> Schema:
    """The same schema with every libxml2 shortcut taken away: the reference its messages
    are compared with (tests, ``bench/schematron_bench.py``)."""
    patterns = [dataclasses.replace(pattern, rules=[
        dataclasses.replace(rule, fast_context=None, candidates=None, conditions=[], checks=[
            dataclasses.replace(check, fast_test=None) for check in rule.checks])
        for rule in pattern.rules]) for pattern in schema.patterns]
    return dataclasses.replace(schema, patterns=patterns, fast_lets={})
