"""Repetitions written so that libxml2 validates them in linear time.

TEI writes its lists (`listPerson`, `listPlace`, `listOrg`, `listEvent` …) as
`(X+, Y*)+`: runs of entries, each run followed by its relations. A sequence of entries can
be cut into such runs in many ways, and libxml2, which does not validate by derivatives as Jing
does, tries them: a `listPerson` of 500 persons took 0.09 s against tei_all, of 1,000 0.6 s,
of 2,000 4.6 s. `(X+, Y*)+` admits exactly the sequences that `X, (X | Y)*` admits (one
starting with an X, then X and Y in any order), which has one reading: the reduced grammar
(`teikit.validate.rng_reduce`) is written so.

Only repetitions of element content are rewritten (elements, references to definitions of
element content, and choices, groups and repetitions of them): text, data, lists and
interleaves keep the form the schema gave them.
"""

from __future__ import annotations

from collections.abc import Callable

from teikit.validate.rng_pattern import Pattern

# Patterns that match a sequence of elements and nothing else, whose children are read; an
# element is one item whatever its content, and is not read further.
_REPEATED = ("oneOrMore", "zeroOrMore")
_ELEMENT_CONTENT = frozenset({"choice", "group", "oneOrMore", "zeroOrMore", "optional",
                              "empty", "notAllowed", "ref", "element"})


def rewrite_repetitions(pattern: Pattern, make: Callable[[str, list[Pattern]], Pattern],
                        defines: dict[str, Pattern]) -> None:
    """Every `(X+, Y*)+` under `pattern` (not inside a frozen part) written `X, (X | Y)*`,
    every repetition of a repetition as one;
    `make(kind, children)` makes a new pattern, `defines` are the grammar's definitions (for
    what a reference stands for)."""
    content = _ElementContent(defines)
    _rewrite(pattern, make, content)


def _rewrite(pattern: Pattern, make: Callable[[str, list[Pattern]], Pattern],
             content: _ElementContent) -> None:
    if pattern.frozen:
        return
    for index, child in enumerate(pattern.children):
        _rewrite(child, make, content)
        if _nested(child) and all(map(content.holds, child.children[0].children)):
            inner = child.children[0]
            kind = "oneOrMore" if child.kind == inner.kind == "oneOrMore" else "zeroOrMore"
            child = pattern.children[index] = make(kind, list(inner.children))
        runs = _runs(child)
        if runs is not None and all(map(content.holds, (*runs[0], *runs[1]))):
            entries, following = runs
            pattern.children[index] = make("group", [*entries, make("zeroOrMore", [
                make("choice", [_one(entries, make), _one(following, make)])])])


def _one(parts: list[Pattern], make: Callable[[str, list[Pattern]], Pattern]) -> Pattern:
    return parts[0] if len(parts) == 1 else make("group", list(parts))


def _nested(pattern: Pattern) -> bool:
    """`(X+)+`, `(X*)*`, `(X+)*` or `(X*)+`: what the grammar reduction leaves of `(X+, Y*)+`
    when no Y occurs, as ambiguous, and the same as `X+` (the first) or `X*`."""
    return (pattern.kind in _REPEATED and len(pattern.children) == 1
            and pattern.children[0].kind in _REPEATED)


def _runs(pattern: Pattern) -> tuple[list[Pattern], list[Pattern]] | None:
    """X's and Y's children when `pattern` is `oneOrMore(oneOrMore(X), zeroOrMore(Y))`."""
    if pattern.kind != "oneOrMore" or len(pattern.children) != 2:
        return None
    first, second = pattern.children
    if first.kind != "oneOrMore" or second.kind != "zeroOrMore":
        return None
    if not first.children or not second.children:
        return None
    return first.children, second.children


class _ElementContent:
    """Whether a pattern matches element content only (see `_ELEMENT_CONTENT`), following
    references; remembered per definition."""

    def __init__(self, defines: dict[str, Pattern]) -> None:
        self.defines = defines
        self.known: dict[str, bool] = {}

    def holds(self, pattern: Pattern) -> bool:
        if pattern.kind not in _ELEMENT_CONTENT:
            return False
        if pattern.kind == "element":
            return True
        if pattern.kind == "ref":
            return self._define(pattern.attrib.get("name", ""))
        return all(map(self.holds, pattern.children))

    def _define(self, name: str) -> bool:
        if name not in self.known:
            define = self.defines.get(name)
            self.known[name] = False  # a definition that refers to itself: not followed
            self.known[name] = define is not None and all(map(self.holds, define.children))
        return self.known[name]
