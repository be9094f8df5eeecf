"""Each short line of real pages, repeated many times over the text and under it: does the
conversion's time grow faster than the number of lines?

    .venv/bin/python bench/repeated_lines.py [--pages ../shared/dev/raw] [--lines 150]
        [--small 400] [--large 1600] [--ratio 7]

A furniture rule that asks, at every line, about all the lines before or after it costs the
square of a long opening or closing made of one kind of line (the bench's slow shapes hold
three such, found so). This search takes the pages' short lines (3 to 60 characters, from the
first forty lines of each body), in a fixed random order, and converts each repeated `--small`
and `--large` times, over a paragraph and under its signature, in process; it prints the lines
whose time grew more than `--ratio` times (a line cost would grow four times, a square
sixteen), then how many lines it tried.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from pathlib import Path

from teikit.convert import convert_text

_PARAGRAPH = ("The delegation arrived in the capital and was received by the minister on the "
              "same day.\n\n")
_META = {"title": "Repeated lines", "date_text": "May 1, 1960"}
_BODY_LINES = 40
_SHORTEST, _LONGEST = 3, 60


def page_lines(folder: Path, count: int) -> list[str]:
    """`count` distinct short lines of the pages' bodies, in a fixed random order."""
    found: set[str] = set()
    for page in sorted(folder.glob("*.txt")):
        body = page.read_text(encoding="utf-8").split("**Summary:**", 1)[-1]
        for line in body.splitlines()[2:_BODY_LINES]:
            line = line.strip()
            if _SHORTEST <= len(line) <= _LONGEST and not line.startswith("**"):
                found.add(line)
    lines = sorted(found)
    random.Random(7).shuffle(lines)
    return lines[:count]


def _seconds(source: str) -> float:
    started = time.perf_counter()
    convert_text(source, overrides=_META, enrich=False)
    return time.perf_counter() - started


def sources(line: str) -> dict[str, Callable[[int], str]]:
    return {"over the text": lambda n: f"{line}\n" * n + _PARAGRAPH + "I. STALIN\n",
            "under it": lambda n: _PARAGRAPH + "I. STALIN\n" + f"{line}\n" * n}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=Path("../shared/dev/raw"))
    parser.add_argument("--lines", type=int, default=150)
    parser.add_argument("--small", type=int, default=400)
    parser.add_argument("--large", type=int, default=1600)
    parser.add_argument("--ratio", type=float, default=7.0)
    args = parser.parse_args()
    lines = page_lines(args.pages, args.lines)
    for line in lines:
        for where, make in sources(line).items():
            small, large = _seconds(make(args.small)), _seconds(make(args.large))
            if large > args.ratio * small:
                print(f"{large / small:5.1f}×  {small:.2f} s → {large:.2f} s  {where}: {line!r}",
                      flush=True)
    print(f"{len(lines)} lines tried, each {args.small} and {args.large} times, over the text "
          "and under it")


if __name__ == "__main__":
    main()
