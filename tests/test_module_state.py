"""No module of teikit keeps state between calls: what is loaded or remembered (word tables,
the furniture table, line tests' answers, compiled schemas, a loaded profile) belongs to an
object its caller makes and passes down, one per run or per worker.

The package's source is read with `ast`, and the test fails on
- a memoising decorator (`functools.cache`, `lru_cache`) on a module-level function or on a
  method (a cache on a method is one cache for every instance, kept by the class);
- a module-level name bound to a mutable container (dict, list, set, …) that any function of
  the package mutates (filling a table at import, at module level, is allowed);
- a `global` statement (a module-level name rebound at run time);
- a class attribute set from a function, or a container in a class body (class state is
  module state);
- an owner of loaded state (`WordTables`, `SchemaCache`, …) made at module or class level.
Tables built at import and never mutated are allowed; the registries are read-only mappings.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "teikit"

MEMOISERS = frozenset({"cache", "lru_cache"})
MUTABLE_CONSTRUCTORS = frozenset({"dict", "list", "set", "defaultdict", "Counter",
                                  "OrderedDict", "deque", "bytearray"})
MUTATING_METHODS = frozenset({"append", "extend", "insert", "add", "update", "setdefault",
                              "pop", "popitem", "clear", "remove", "discard", "sort",
                              "reverse", "appendleft", "extendleft", "move_to_end",
                              "__setitem__", "__delitem__", "difference_update",
                              "intersection_update", "symmetric_difference_update"})
OWNERS = frozenset({"WordTables", "LineTests", "ReadingContext", "RunState", "BuildTools",
                    "SchemaCache", "ValidationRun", "SortedTable", "OtherLanguagesTable",
                    "Renderer", "StylesheetCache", "LabelIds"})
"""The classes that hold what a run loads or remembers: made by callers, never at import."""

ALLOWED_CLASS_STATE = frozenset({"teikit.workers._Worker.options"})
"""A worker process's options, set once by the process pool's initializer (the one place a
worker can keep what it received; the main process never sets it)."""

PENDING: frozenset[str] = frozenset()
"""Modules whose caches are being replaced on their own branch: drop each name once that
work is merged."""


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    constants: set[str] = field(default_factory=set)
    """Module-level names bound to a mutable container that nothing mutates."""
    registries: set[str] = field(default_factory=set)
    """Module-level names bound to `MappingProxyType(...)`."""
    modules: int = 0


def _called_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_mutable(value: ast.AST) -> bool:
    if isinstance(value, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp,
                          ast.SetComp)):
        return True
    return isinstance(value, ast.Call) and _called_name(value) in MUTABLE_CONSTRUCTORS


def _module_bindings(tree: ast.Module) -> list[tuple[str, ast.AST, int]]:
    bindings = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        bindings += [(t.id, value, statement.lineno) for t in targets if isinstance(t, ast.Name)]
    return bindings


def _mutated_root(node: ast.AST) -> str | None:
    """The name whose container `node` (a subscript or attribute target) changes."""
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _mutations(function: ast.AST) -> set[str]:
    """Names (and `alias.NAME` chains as NAME) whose containers a function body mutates."""
    found: set[str] = set()
    for node in ast.walk(function):
        targets: list[ast.AST] = []
        if isinstance(node, (ast.Assign, ast.Delete)):
            targets = list(node.targets)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
            if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                found.add(node.target.id)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr in MUTATING_METHODS):
            owner = node.func.value
            if isinstance(owner, ast.Attribute):
                found.add(owner.attr)  # module.NAME.append(…)
            elif isinstance(owner, ast.Name):
                found.add(owner.id)
        for target in targets:
            if isinstance(target, ast.Subscript):
                inner = target.value
                found.add(inner.attr if isinstance(inner, ast.Attribute) else
                          _mutated_root(inner) or "")
    return found - {""}


def _top_level_functions(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Module-level functions and the methods of module-level classes."""
    bodies = [tree.body, *(n.body for n in tree.body if isinstance(n, ast.ClassDef))]
    return [n for body in bodies for n in body
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _functions(tree: ast.AST) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def scan(sources: dict[str, str]) -> Findings:
    """`sources`: dotted module name → source text."""
    findings = Findings(modules=len(sources))
    trees = {name: ast.parse(text) for name, text in sources.items()}
    mutated: dict[str, set[str]] = {}  # a name → the modules whose functions mutate it
    for name, tree in trees.items():
        for function in _functions(tree):
            for mutated_name in _mutations(function):
                mutated.setdefault(mutated_name, set()).add(name)
    for name, tree in trees.items():
        classes = {n.name for n in tree.body if isinstance(n, ast.ClassDef)}
        for class_def in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for statement in class_def.body:
                value = getattr(statement, "value", None)
                if isinstance(statement, (ast.Assign, ast.AnnAssign)) and value is not None \
                        and _is_mutable(value):
                    findings.problems.append(
                        f"{name}.{class_def.name}:{statement.lineno}: a container in the class "
                        "body, shared by every instance")
        for function in _top_level_functions(tree):
            for decorator in function.decorator_list:
                if _called_name(decorator) in MEMOISERS:
                    findings.problems.append(
                        f"{name}.{function.name}:{function.lineno}: memoised at module level")
        inside_functions: set[ast.AST] = set()
        for function in _functions(tree):
            inside_functions.update(ast.walk(function))
            for node in ast.walk(function):
                if isinstance(node, ast.Global):
                    findings.problems.append(
                        f"{name}:{node.lineno}: `global {', '.join(node.names)}`")
                if isinstance(node, (ast.Assign, ast.AugAssign)):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for target in targets:
                        if (isinstance(target, ast.Attribute)
                                and isinstance(target.value, ast.Name)
                                and target.value.id in classes):
                            qualified = f"{name}.{target.value.id}.{target.attr}"
                            if qualified not in ALLOWED_CLASS_STATE:
                                findings.problems.append(
                                    f"{qualified}:{node.lineno}: class state set at run time")
        for node in ast.walk(tree):
            if (node not in inside_functions and isinstance(node, ast.Call)
                    and _called_name(node) in OWNERS | MEMOISERS):
                findings.problems.append(
                    f"{name}:{node.lineno}: {_called_name(node)}(…) made at import")
        for binding, value, line in _module_bindings(tree):
            qualified = f"{name}.{binding}"
            if _called_name(value) == "MappingProxyType":
                findings.registries.add(qualified)
            if not _is_mutable(value):
                continue
            writers = {module for module in mutated.get(binding, set())
                       if module == name or imported_from(trees[module], qualified)}
            if writers:
                findings.problems.append(f"{qualified}:{line}: a module-level container "
                                         f"mutated at run time (in {', '.join(sorted(writers))})")
            else:
                findings.constants.add(qualified)
    return findings


def imported_from(tree: ast.Module, qualified: str) -> bool:
    """Whether a module imports `qualified` (`teikit.x.NAME`) or its module."""
    module, _, binding = qualified.rpartition(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == module and any(
                alias.name == binding for alias in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and node.module == module.rpartition(".")[0] and any(
                alias.name == module.rpartition(".")[2] for alias in node.names):
            return True
        if isinstance(node, ast.Import) and any(alias.name == module for alias in node.names):
            return True
    return False


def package_sources() -> dict[str, str]:
    sources = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        if str(relative) in PENDING:
            continue
        dotted = ".".join(relative.with_suffix("").parts).removesuffix(".__init__")
        sources[dotted] = path.read_text(encoding="utf-8")
    return sources


@pytest.fixture(scope="module")
def findings() -> Findings:
    return scan(package_sources())


def test_no_module_keeps_state_between_calls(findings: Findings) -> None:
    assert findings.problems == []


def test_the_scan_reads_the_whole_package_and_sees_its_constant_tables(
        findings: Findings) -> None:
    assert findings.modules >= 100
    # Tables built once at import and only read: found, and not taken for state.
    assert {"teikit.date_patterns._MONTH_NAMES", "teikit.readers.furniture.prior.PRIOR",
            "teikit.readers.furniture.classifier.REQUIRED_CUES",
            "teikit.rules.supplied.SUPPLIED_ATTRS"} <= findings.constants


REGISTRIES = ("teikit.readers.registry.READERS", "teikit.validate.engines.ENGINES",
              "teikit.profiles.BUILT_IN", "teikit.cli.commands.COMMANDS")


def test_the_registries_are_filled_at_import_and_read_only_after(findings: Findings) -> None:
    assert set(REGISTRIES) <= findings.registries
    for qualified in REGISTRIES:
        module, _, name = qualified.rpartition(".")
        registry = getattr(__import__(module, fromlist=[name]), name)
        assert isinstance(registry, MappingProxyType)
        with pytest.raises(TypeError):
            registry["another"] = None  # type: ignore[index]


BAD = {
    "teikit.bad": '''
import functools
from functools import lru_cache
from teikit.rules.word_tables import WordTables

_SEEN = {}
_KEPT: list[str] = []
FILLED = {}
FILLED["at import"] = 1
TABLES = WordTables()


@lru_cache(maxsize=8)
def remembered(x): return x


@functools.cache
def remembered_too(): return 1


class Holder:
    slot = None
    shared: dict = {}

    @functools.lru_cache
    def method(self): return 1


def remember(key, value):
    _SEEN[key] = value
    _KEPT.append(key)


def swap():
    global TABLES
    TABLES = None
    Holder.slot = 1
''',
    "teikit.elsewhere": '''
from teikit import bad
from teikit.bad import FILLED


def fill():
    bad._KEPT.extend([])
    FILLED.update({})
''',
}


def test_each_kind_of_module_state_is_found() -> None:
    problems = "\n".join(scan(BAD).problems)
    for expected in ("teikit.bad.remembered:", "teikit.bad.remembered_too:",
                     "teikit.bad.method:", "teikit.bad._SEEN:", "`global TABLES`",
                     "teikit.bad.Holder.slot:", "WordTables(…) made at import",
                     "teikit.bad.Holder:23: a container in the class body"):
        assert expected in problems
    assert "teikit.bad._KEPT:7: a module-level container mutated at run time " \
           "(in teikit.bad, teikit.elsewhere)" in problems
    assert "teikit.bad.FILLED:8: a module-level container mutated at run time " \
           "(in teikit.elsewhere)" in problems
