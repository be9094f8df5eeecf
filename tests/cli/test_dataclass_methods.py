"""The dataclasses' methods kept between commands make the classes `dataclasses` makes, and the
file that keeps them is only ever a shortcut: ignored when damaged or not the user's own."""

from __future__ import annotations

import dataclasses
import marshal
import os
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from teikit.cli import dataclass_methods
from teikit.cli.dataclass_methods import kept_methods


def _make_classes() -> tuple[type, type]:
    """A frozen record and a mutable one with defaults, as the model has them."""

    @dataclasses.dataclass(frozen=True)
    class Folio:
        archive: str
        fond: str
        sheets: tuple[int, ...] = ()

    @dataclasses.dataclass(slots=True)
    class Annotation:
        hand: str
        text: str = ""
        places: list[str] = dataclasses.field(default_factory=list)

    return Folio, Annotation


def _behaviour(folio_class: Any, annotation_class: Any) -> list[object]:
    folio = folio_class("AVPRF", "0100", (28, 29))
    annotation = annotation_class("handwritten", "Agreed")
    annotation.places.append("margin")
    with pytest.raises(dataclasses.FrozenInstanceError):
        folio.fond = "07"
    return [repr(folio), folio == folio_class("AVPRF", "0100", (28, 29)),
            hash(folio) == hash(folio_class("AVPRF", "0100", (28, 29))),
            folio == folio_class("AVPRF", "07"), repr(annotation),
            annotation == annotation_class("handwritten", "Agreed", ["margin"]),
            annotation_class("x").places is not annotation_class("y").places]


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*arguments: object, **options: object) -> None:
        raise AssertionError("a kept text was compiled again")

    monkeypatch.setattr(dataclass_methods, "compile", refuse, raising=False)


def test_classes_made_with_kept_methods_behave_as_dataclasses_makes_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _behaviour(*_make_classes())
    path = tmp_path / "methods.marshal"
    with kept_methods(path):
        first = _make_classes()
    kept = marshal.loads(path.read_bytes())
    assert len(kept) >= 6 and all(isinstance(code, CodeType) for code in kept.values())
    assert "exec" not in vars(dataclasses)  # the block's shortcut is gone after it
    _no_compiling(monkeypatch)
    with kept_methods(path):
        again = _make_classes()
    assert _behaviour(*first) == _behaviour(*again) == expected


def test_a_file_others_may_write_to_is_not_run(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "methods.marshal"
    with kept_methods(path):
        _make_classes()
    os.chmod(path, 0o666)
    compiled: list[str] = []

    def counting(source: str, *arguments: Any) -> CodeType:
        compiled.append(source)
        return compile(source, *arguments)

    monkeypatch.setattr(dataclass_methods, "compile", counting, raising=False)
    with kept_methods(path):
        _make_classes()
    assert len(compiled) >= 6


def test_a_file_of_another_user_is_not_run(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "methods.marshal"
    with kept_methods(path):
        _make_classes()
    monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 1)
    assert dataclass_methods._read(path) == {}


@pytest.mark.parametrize("content", [b"", b"\x00\xffnot marshal", marshal.dumps([1, 2]),
                                     marshal.dumps({"def f(): pass": "not code"})])
def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "methods.marshal"
    path.write_bytes(content)
    os.chmod(path, 0o600)
    with kept_methods(path):
        _behaviour(*_make_classes())
    assert len(dataclass_methods._read(path)) >= 6


def test_one_or_two_new_texts_leave_the_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "methods.marshal"
    with kept_methods(path):
        _make_classes()
    os.utime(path, (0, 0))
    with kept_methods(path):
        @dataclasses.dataclass(eq=False, repr=False)
        class Gloss:  # one new `__init__`
            word: str

    assert path.stat().st_mtime == 0

