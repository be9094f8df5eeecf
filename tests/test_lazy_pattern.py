"""A `LazyPattern` answers as the pattern `re.compile` makes, and compiles it once, when
first asked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from teikit.lazy_pattern import LazyPattern

SEED = Path(__file__).resolve().parent.parent / "editions" / "razuvayev-1951-09-10" / "source.txt"
SOURCES = [r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>\d{4})", r"\[[^\[\]]*\]",
           r"^#+\s*(.*)$", r"(?i)\bsecret\b"]


@pytest.mark.parametrize("source", SOURCES)
def test_it_finds_what_the_compiled_pattern_finds_in_the_seed(source: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = text.splitlines()
    lazy, compiled = LazyPattern(source, re.M), re.compile(source, re.M)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("<>", text) == compiled.sub("<>", text)
    assert lazy.sub(lambda m: m[0].upper(), text, 3) == compiled.sub(lambda m: m[0].upper(),
                                                                     text, 3)
    assert lazy.split(text, 5) == compiled.split(text, 5)
    for line in lines:
        for method in ("search", "match", "fullmatch"):
            ours, theirs = getattr(lazy, method)(line), getattr(compiled, method)(line)
            assert (ours and ours.span()) == (theirs and theirs.span())
    assert lazy.search(text, 100, 2000).span() == compiled.search(text, 100, 2000).span()


def test_it_is_compiled_on_first_use_and_only_then(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real_compile = re.compile

    def counting_compile(source: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(source)
        return real_compile(source, flags)

    monkeypatch.setattr(re, "compile", counting_compile)
    pattern = LazyPattern(r"\d+")
    assert compiled == []
    assert pattern.search("page 12").group() == "12"
    assert pattern.findall("1 and 22") == ["1", "22"]
    assert compiled == [r"\d+"]
    assert pattern.compiled is pattern.compiled
    assert pattern.compiled.pattern == pattern.pattern == r"\d+"


def test_a_bad_pattern_fails_when_used() -> None:
    pattern = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        pattern.search("text")


def test_importing_the_date_finder_compiles_none_of_its_date_patterns() -> None:
    script = ("import teikit.dates as d, teikit.date_patterns as p; "
              "print(sum(q._compiled is not None for _, q in p.ATOM_PATTERNS), "
              "len(p.ATOM_PATTERNS)); "
              "d.find_dates('It was 10 September 1951.'); "
              "print(sorted(k for k, q in p.ATOM_PATTERNS if q._compiled is not None))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=SEED.parents[2])
    counts, used = done.stdout.splitlines()
    assert counts.split()[0] == "0" and int(counts.split()[1]) >= 9
    # A day-month-year date needs only the patterns its figure and month name call for.
    assert "day_month_year" in used and "roman" not in used and "slashed" not in used
