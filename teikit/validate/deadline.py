"""A time limit on one document's validation, so one pathological file cannot stall a batch.

SIGALRM interrupts Python code (Schematron, XPath) at once and a libxml2 call when it
returns; it is only available in a process's main thread, elsewhere there is no limit.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


class ValidationTimeout(Exception):
    """The document took longer than its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    usable = (seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise ValidationTimeout(f"validation took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
