"""Every module-level pattern of teikit reads a long hostile line in time that grows no faster
than the line's square.

A pattern whose quantifiers can share one run of characters out among themselves (`\\s*:?\\s*`
before a class holding a space, `[^;:]+(?:,[^;:]+)*` over commas, `\\d+(?:[/.-]?\\w+)*` over
letters) tries every way of sharing it before the line's end fails: a line of a thousand
spaces or letters then takes seconds, or years. Each pattern is searched in lines made of a
prefix that reaches it (a label, a dash, a number), a thousand copies of one character or
group, and a character that makes the match fail; every search must end within a second (a
quadratic pattern takes hundredths on such lines, a cubic one seconds, an exponential one
forever: an alarm stops it after ten seconds for all of a pattern's lines).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import time
from collections.abc import Iterator

import pytest

import teikit
from teikit.lazy_pattern import LazyPattern

# Modules that need an optional extra, or that run a command when imported.
_SKIPPED = ("teikit.__main__", "teikit.cli.__main__", "teikit.dask_run")
# What reaches the patterns' later parts: the labels, signs and marks lines begin with.
_PREFIXES = ("", "to:", "To ", "ph", "tel.", "-", "– ", "№", "No. 1", "End. No. 1", "[", "(",
             "“", "Comrade ", "Signed: ", "1.", "Nº 5 ")
# What is repeated: the characters a quantifier may take, alone or in groups.
_PUMPS = (" ", "a", "A", "1", ",", ".", "-", "’", "ab ", "A. ", "1 ", ", a", "a,", "[a] ")
# What ends the line so that the match fails, or nothing.
_KILLERS = ("!", "")
_LENGTH = 1000
_BOUND = 1.0
_ALARM = 10.0


class _TooSlow(Exception):
    pass


def _members(value: object, depth: int = 2) -> Iterator[object]:
    """`value`, or what it holds: the patterns a module keeps in tuples, lists and tables too
    (the dates' as pairs of a kind and a pattern)."""
    if depth and isinstance(value, (tuple, list)):
        for member in value:
            yield from _members(member, depth - 1)
    elif depth and isinstance(value, dict):
        for member in value.values():
            yield from _members(member, depth - 1)
    else:
        yield value


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    seen: set[str] = set()
    for module_info in pkgutil.walk_packages(teikit.__path__, "teikit."):
        if module_info.name in _SKIPPED:
            continue
        module = importlib.import_module(module_info.name)
        for name, value in vars(module).items():
            for index, member in enumerate(_members(value)):
                pattern = member.compiled if isinstance(member, LazyPattern) else member
                if (isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str)
                        and pattern.pattern not in seen):
                    seen.add(pattern.pattern)
                    yield f"{module_info.name}.{name}[{index}]", pattern


def _hostile_lines() -> list[str]:
    return [prefix + pump * (_LENGTH // len(pump)) + killer
            for prefix in _PREFIXES for pump in _PUMPS for killer in _KILLERS]


def _slowest(pattern: re.Pattern[str], lines: list[str]) -> tuple[float, str]:
    """The longest search over the hostile lines, and the line (the alarm set once for them
    all: a pattern that needs it is slow on one line at least)."""
    worst, worst_line, line = 0.0, "", ""
    signal.setitimer(signal.ITIMER_REAL, _ALARM)
    try:
        for line in lines:
            started = time.perf_counter()
            pattern.search(line)
            took = time.perf_counter() - started
            if took > worst:
                worst, worst_line = took, line
    except _TooSlow:
        return float("inf"), line
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return worst, worst_line


def _alarm(_signum: int, _frame: object) -> None:
    raise _TooSlow


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="needs an interval timer")
def test_no_pattern_backtracks_beyond_the_square_of_a_hostile_line() -> None:
    patterns = list(_patterns())
    assert len(patterns) > 300  # (the walk found the patterns, not a handful of them)
    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        slow, lines = [], _hostile_lines()
        for name, pattern in patterns:
            took, line = _slowest(pattern, lines)
            if took > _BOUND:
                slow.append(f"{name} ({took:.2f} s on {line[:12]!r} … {line[-3:]!r})")
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert not slow, "patterns slower than the square of the line:\n" + "\n".join(slow)
