"""The regular expressions' programs kept between commands rebuild the same patterns, and the
cache never costs a run anything but time when it is damaged, stale or cannot be written."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from teikit.cli import pattern_programs
from teikit.cli.pattern_programs import keep_new, preload

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "editions" / "razuvayev-1951-09-10" / "source.txt"


@pytest.fixture
def engine_cache(monkeypatch: pytest.MonkeyPatch) -> dict[object, object]:
    """`re`'s own cache, empty and private to the test."""
    cache: dict[object, object] = {}
    monkeypatch.setattr(re, "_cache", cache)
    return cache


def _kept(path: Path) -> set[str | bytes]:
    return {program[0] for program in marshal.loads(path.read_bytes())}


def _teikit_patterns() -> list[re.Pattern[str]]:
    import teikit.convert  # noqa: F401  (imports the modules whose patterns are checked)

    found = {(value.pattern, value.flags): value
             for name, module in sorted(sys.modules.items()) if name.startswith("teikit.")
             for value in vars(module).values()
             if isinstance(value, re.Pattern) and isinstance(value.pattern, str)}
    return list(found.values())


def _keep_untouched(engine_cache: dict[object, object], path: Path,
                    patterns: list[str]) -> None:
    """`patterns` compiled and kept in `path`, its time set back, so that a rewrite shows."""
    engine_cache.clear()
    for pattern in patterns:
        re.compile(pattern)
    keep_new(set(), path)
    os.utime(path, (0, 0))


def test_kept_programs_find_what_the_patterns_find_in_a_real_document(
        engine_cache: dict[object, object], tmp_path: Path) -> None:
    patterns = {(str, compiled.pattern, compiled.flags & ~re.UNICODE): compiled
                for compiled in _teikit_patterns()}
    assert len(patterns) > 100
    engine_cache.clear()
    engine_cache.update(patterns)
    path = tmp_path / "programs.marshal"
    assert keep_new(set(), path) == len(patterns)

    engine_cache.clear()
    assert preload(path) == set(patterns)
    text = SEED.read_text(encoding="utf-8")
    for key, compiled in patterns.items():
        rebuilt = engine_cache[key]
        assert isinstance(rebuilt, re.Pattern) and rebuilt is not compiled
        assert (rebuilt.flags, rebuilt.groupindex) == (compiled.flags, compiled.groupindex)
        found = [(m.span(), m.groups()) for m in rebuilt.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in compiled.finditer(text)], compiled.pattern


def test_re_compile_returns_the_kept_program(engine_cache: dict[object, object],
                                             tmp_path: Path) -> None:
    source = r"(?P<day>\d{1,2})\.(?P<month>[IVX]+)\.(?P<year>\d\d)"
    compiled = re.compile(source)
    path = tmp_path / "programs.marshal"
    assert keep_new(set(), path) >= 1 and source in _kept(path)
    engine_cache.clear()
    preload(path)
    again = re.compile(source)
    assert again is not compiled and again is engine_cache[(str, source, 0)]
    match = again.search("Pyongyang, 24.XI.60")
    assert match is not None and match.group("month") == "XI"


def test_nothing_new_leaves_the_file_alone(engine_cache: dict[object, object],
                                           tmp_path: Path) -> None:
    re.compile(r"Copy\s+N[ºo°]\s*\d+")
    path = tmp_path / "programs.marshal"
    assert keep_new(set(), path) >= 1
    os.utime(path, (0, 0))
    engine_cache.clear()
    taken = preload(path)
    re.compile(r"Copy\s+N[ºo°]\s*\d+")
    assert keep_new(taken, path) == 0
    assert path.stat().st_mtime == 0


@pytest.mark.parametrize("content", [b"", b"not marshal at all \x00\xff", marshal.dumps({"a": 1}),
                                     marshal.dumps([("(a)", 0, 32, [1, 2, 3], 0, {}, (None,))])])
def test_a_damaged_file_is_ignored_and_replaced(engine_cache: dict[object, object],
                                                tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "programs.marshal"
    path.write_bytes(content)
    engine_cache.clear()
    taken = preload(path)
    assert taken == set() and engine_cache == {}
    re.compile(r"\[illegible\]")
    assert keep_new(taken, path) >= 1
    engine_cache.clear()
    assert (str, r"\[illegible\]", 0) in preload(path)


def test_one_refused_program_costs_only_its_own_compilation(
        engine_cache: dict[object, object], tmp_path: Path) -> None:
    re.compile(r"\[SIC[^\]]*\]")
    path = tmp_path / "programs.marshal"
    keep_new(set(), path)
    good = marshal.loads(path.read_bytes())
    nonsense = ("(b)", 0, 32, [999, 999], 0, {}, (None,))  # the engine checks and refuses it
    path.write_bytes(marshal.dumps([nonsense, *good]))
    engine_cache.clear()
    taken = preload(path)
    assert (str, r"\[SIC[^\]]*\]", 0) in taken and (str, "(b)", 0) not in taken


def test_a_folder_that_cannot_be_written_is_left_alone(engine_cache: dict[object, object],
                                                      tmp_path: Path) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("kept", encoding="utf-8")
    re.compile(r"\[handwritten:?\]")
    assert keep_new(set(), blocker / "programs.marshal") == 0
    assert blocker.read_text(encoding="utf-8") == "kept"


def test_a_file_past_the_limit_keeps_only_the_last_command(
        engine_cache: dict[object, object], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_programs, "LIMIT", 3)
    path = tmp_path / "programs.marshal"
    engine_cache.clear()
    for index in range(3):
        re.compile(f"first-{index}")
    keep_new(set(), path)
    assert {"first-0", "first-1", "first-2"} <= _kept(path)
    engine_cache.clear()
    for index in range(3):
        re.compile(f"second-{index}")
    keep_new(set(), path)
    assert "second-0" in _kept(path) and not {"first-0", "first-1", "first-2"} & _kept(path)


def test_a_command_writes_what_it_keeps_once_and_converts_the_same_with_it(
        tmp_path: Path) -> None:
    """The patterns' programs and the dataclasses' methods: written by the first command,
    left alone by the next ones, which convert byte for byte the same."""
    environment = {**os.environ, "TEIKIT_CACHE_DIR": str(tmp_path / "cache")}
    outputs = []
    for run in range(3):
        out = tmp_path / f"seed-{run}.xml"
        subprocess.run([sys.executable, "-m", "teikit", "convert", str(SEED), "-o", str(out),
                        "-q", "--revision-date", "2026-01-01"],
                       check=True, env=environment, cwd=tmp_path)
        outputs.append(out.read_bytes())
        (programs,) = (tmp_path / "cache").glob("patterns-convert-*.marshal")
        (methods,) = (tmp_path / "cache").glob("methods-convert-*.marshal")
        if run == 0:
            assert len(marshal.loads(programs.read_bytes())) > 200
            assert len(marshal.loads(methods.read_bytes())) > 200
            for kept in (programs, methods):
                os.utime(kept, (0, 0))
    assert outputs[0] == outputs[1] == outputs[2]
    # the later commands compiled no pattern and no method the first had not kept
    assert programs.stat().st_mtime == 0 and methods.stat().st_mtime == 0


def test_a_pattern_or_two_built_anew_in_every_process_leave_the_file_alone(
        engine_cache: dict[object, object], tmp_path: Path) -> None:
    """A library that builds a pattern from a set's order compiles a new pattern in every
    process: one or two such are not worth rewriting the file each command."""
    path = tmp_path / "programs.marshal"
    _keep_untouched(engine_cache, path, [f"stable-{index}" for index in range(4)])
    engine_cache.clear()
    taken = preload(path)
    re.compile("built-anew-7f3a")
    assert keep_new(taken, path) == 0 and path.stat().st_mtime == 0
    for index in range(3):
        re.compile(f"more-{index}")
    assert keep_new(taken, path) >= 3 and "more-0" in _kept(path)


def test_a_programs_file_others_may_write_to_is_ignored(engine_cache: dict[object, object],
                                                         tmp_path: Path) -> None:
    re.compile(r"\[illegible signature\]")
    path = tmp_path / "programs.marshal"
    assert keep_new(set(), path) >= 1
    engine_cache.clear()
    os.chmod(path, 0o646)
    assert preload(path) == set() and engine_cache == {}


def test_patterns_in_use_take_the_room_of_stale_ones(engine_cache: dict[object, object],
                                                      tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A file as full as `re`'s cache, of an older version's patterns: what the command
    compiles goes first, so that the next command takes it instead of compiling it again."""
    monkeypatch.setattr(re, "_MAXCACHE", 4)
    monkeypatch.setattr(pattern_programs, "LIMIT", 4)
    path = tmp_path / "programs.marshal"
    _keep_untouched(engine_cache, path, [f"older-{index}" for index in range(4)])
    for _command in range(2):
        engine_cache.clear()
        taken = preload(path)
        for index in range(3):
            re.compile(f"in-use-{index}")
        keep_new(taken, path)
    engine_cache.clear()
    taken = preload(path)
    assert {(str, f"in-use-{index}", 0) for index in range(3)} <= taken
    assert len(marshal.loads(path.read_bytes())) == 4


def test_a_command_keeps_more_patterns_than_pythons_own_cache_holds(
        engine_cache: dict[object, object], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Past `re`'s own room the oldest patterns are pushed out before the command ends and
    would be compiled again by every run: the command widens the room first."""
    monkeypatch.setattr(re, "_MAXCACHE", 4)
    path = tmp_path / "programs.marshal"
    pattern_programs.widen_engine_cache(8)
    assert re._MAXCACHE == 8  # type: ignore[attr-defined]
    for index in range(6):
        re.compile(f"many-{index}")
    keep_new(set(), path)
    assert {f"many-{index}" for index in range(6)} <= _kept(path)
    engine_cache.clear()
    assert {(str, f"many-{index}", 0) for index in range(6)} <= preload(path)
    pattern_programs.widen_engine_cache(2)  # never narrowed
    assert re._MAXCACHE == 8  # type: ignore[attr-defined]


def test_the_library_keeps_pythons_own_cache_bound() -> None:
    code = ("import re, teikit.convert; from pathlib import Path; "
            f"teikit.convert.convert_text(Path({str(SEED)!r}).read_text(), source_name='s.txt'); "
            "print(re._MAXCACHE)")
    bound = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                           text=True).stdout.strip()
    assert bound == str(getattr(re, "_MAXCACHE", 512))
