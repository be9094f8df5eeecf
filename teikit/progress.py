"""Progress of a run over many documents, on standard error: done/total, documents per
second and the time left. Shown on a terminal, or when asked for (`--progress`), never in
between the messages of a log.

    show = ProgressLine(total, enabled=ProgressLine.wanted(flag))
    for ...:
        show.update(done)
    show.close()
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

SHOWN_EVERY = 0.25  # seconds between two updates of the line


def eta(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


class ProgressLine:
    def __init__(self, total: int, *, label: str = "documents", enabled: bool = True,
                 stream: TextIO | None = None) -> None:
        self.total = total
        self.label = label
        self.enabled = enabled and total > 0
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self.first = 0  # documents already done (unchanged) when the work starts
        self.shown_at = 0.0
        self.width = 0

    @staticmethod
    def wanted(asked: bool, stream: TextIO | None = None) -> bool:
        stream = stream or sys.stderr
        return asked or stream.isatty()

    def start(self, done: int) -> None:
        """`done` documents need no work: the rate counts the others."""
        self.first = done
        self.started = time.monotonic()

    def line(self, done: int, now: float) -> str:
        elapsed = now - self.started
        worked = done - self.first
        rate = worked / elapsed if elapsed > 0 else 0.0
        left = self.total - done
        remaining = f", {eta(left / rate)} left" if rate > 0 and left else ""
        return (f"{done}/{self.total} {self.label}, {rate:.1f} {self.label}/s{remaining}")

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < self.total and now - self.shown_at < SHOWN_EVERY:
            return
        self.shown_at = now
        text = self.line(done, now)
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        if self.enabled and self.width:
            self.stream.write("\n")
            self.stream.flush()
