"""Every dataclass of the package has a docstring: without one, `dataclasses` writes one from
`inspect.signature` of the new class when its module is imported, about a fifth of what making
the class costs (Python 3.11), and `teikit convert` makes some seventy of them."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "teikit"

def undocumented_dataclasses() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.ClassDef) and ast.get_docstring(node) is None
                    and any("dataclass" in ast.unparse(d) for d in node.decorator_list)):
                found.append(f"{relative}:{node.lineno} {node.name}")
    return found


def test_every_dataclass_has_a_docstring() -> None:
    assert undocumented_dataclasses() == []


def test_the_scan_finds_a_dataclass_without_one(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "teikit"
    package.mkdir()
    (package / "made.py").write_text(
        "from dataclasses import dataclass, field\n\n\n@dataclass(frozen=True)\nclass Bare:\n"
        "    a: int\n\n\n@dataclass\nclass Told:\n    \"\"\"Said.\"\"\"\n\n    b: int = 0\n",
        encoding="utf-8")
    monkeypatch.setitem(globals(), "PACKAGE", package)
    assert undocumented_dataclasses() == ["teikit/made.py:5 Bare"]


def test_only_a_dataclass_without_docstring_costs_a_signature(
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    real_signature = inspect.signature

    def counted_signature(target: object) -> inspect.Signature:
        asked.append(target)
        return real_signature(target)

    monkeypatch.setattr(dataclasses.inspect, "signature", counted_signature)
    told = dataclasses.dataclass(type("Told", (), {"__annotations__": {"a": int},
                                                   "__module__": __name__, "__doc__": "Said."}))
    assert asked == [] and told.__doc__ == "Said."
    bare = dataclasses.dataclass(type("Bare", (), {"__annotations__": {"a": int},
                                                   "__module__": __name__}))
    assert asked == [bare] and bare.__doc__ == "Bare(a: int)"
