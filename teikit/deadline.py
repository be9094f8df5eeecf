"""A time limit on one document's work, so that one pathological input cannot stall a run.

In a process's main thread (this process, a worker process) the limit is SIGALRM: it interrupts
Python code and regular-expression matching at once, a libxml2 call when it returns. A Dask
worker runs its tasks in other threads, which no signal reaches: there a watchdog thread raises
the limit's exception in the working thread (CPython's `PyThreadState_SetAsyncExc`), which
stops Python code at once and a call into C (a pattern, libxml2) when it returns.

Limits nest: a conversion limited as a whole may call something with a shorter limit of its
own. Each limit raises the exception its caller chose, so a caller catching its own never
catches an enclosing one's, and when the inner one ends the outer one goes on with the time it
has left.

    with time_limit(30, lambda: ValidationTimeout("validation took longer than 30 s")):
        ...
"""

from __future__ import annotations

import contextlib
import ctypes
import signal
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from teikit.errors import TeikitError

Result = TypeVar("Result")

# After its limit, the alarm rings again at this interval until the work stops: code that
# catches every exception (a library's, a rule's) cannot swallow the limit once and go on.
RING_AGAIN = 1.0
# An enclosing limit that ran out while an inner one was set rings this soon after.
AT_ONCE = 1e-3


def _alarm_usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float, error: Callable[[], BaseException]) -> Iterator[None]:
    """Raise `error()` in the work of the `with` block once it has taken `seconds`; 0 sets no
    limit."""
    if seconds <= 0:
        yield
    elif _alarm_usable():
        with _alarm_limit(seconds, error):
            yield
    elif _SET_ASYNC_EXC is not None:
        with _watchdog_limit(seconds, error):
            yield
    else:  # a Python without CPython's C API, outside its main thread
        yield


@contextlib.contextmanager
def _alarm_limit(seconds: float, error: Callable[[], BaseException]) -> Iterator[None]:
    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if outer_left and outer_left <= seconds:
        yield  # an enclosing limit runs out first: this one could never ring
        return

    def expire(_signum: int, _frame: object) -> None:
        raise error()

    outer_handler = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds, RING_AGAIN)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_left:
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, AT_ONCE), outer_interval)


_SET_ASYNC_EXC = getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Raise `exception` in `thread` at its next Python instruction; None takes back one
    raised there and not yet delivered."""
    assert _SET_ASYNC_EXC is not None
    _SET_ASYNC_EXC(ctypes.c_ulong(thread),
                   None if exception is None else ctypes.py_object(exception))


class _Rung(BaseException):
    """What a watchdog raises in the thread it watches: a class of its own per limit (an
    exception raised in another thread is given as a class), so that a limit catches its own
    and lets an enclosing one's pass. Not an `Exception`, as `OutOfTime` is not."""


class _Watchdog(threading.Thread):
    """Raises `rung` in the thread `watched` after `seconds`, then every `RING_AGAIN` seconds,
    until stopped."""

    def __init__(self, watched: int, rung: type[_Rung], seconds: float) -> None:
        super().__init__(name="teikit time limit", daemon=True)
        self.watched, self.rung, self.seconds = watched, rung, seconds
        self.stopped = threading.Event()
        # Held while ringing and while stopping, so that no ring is raised once `stop` has
        # returned: the watched thread may be anywhere in its code by then.
        self.lock = threading.Lock()
        self.rang = False

    def run(self) -> None:
        wait = self.seconds
        while not self.stopped.wait(wait):
            with self.lock:
                if self.stopped.is_set():
                    return
                _raise_in(self.watched, self.rung)
                self.rang = True
            wait = RING_AGAIN

    def stop(self) -> None:
        """No ring after this; one raised but not yet delivered is taken back. (It may be an
        enclosing limit's, set over this one's: that one rings again within `RING_AGAIN`.)"""
        with self.lock:
            self.stopped.set()
            if self.rang:
                _raise_in(self.watched, None)


@contextlib.contextmanager
def _watchdog_limit(seconds: float, error: Callable[[], BaseException]) -> Iterator[None]:
    rung: type[_Rung] = type("TimeLimitRung", (_Rung,), {})
    watchdog = _Watchdog(threading.get_ident(), rung, seconds)
    watchdog.start()
    ran_out = False
    try:
        yield
    except rung:
        ran_out = True
    finally:
        while True:  # a ring may land here, before the watchdog is stopped
            try:
                watchdog.stop()
                break
            except rung:
                ran_out = True
    if ran_out:
        raise error()


class TimeLimitExceeded(TeikitError):
    """A document's task took longer than the time allowed. Raised once the work has stopped
    (the alarm inside it raises `OutOfTime`), so no handler of the work catches it."""


class OutOfTime(BaseException):
    """What the alarm raises in the work it interrupts. Not an `Exception`, as Ctrl-C's is
    not: the work may catch every `Exception` (the converter turns them into a located
    error) and must not go on."""


# A document converts in milliseconds (the longest of the dev documents in 9 ms, 50 MB in about
# two minutes; a worker builds its first in 0.2 s, loading the schemas and stylesheets):
# limits of these leave a loaded machine room, and stop a runaway document within a minute.
BASE_SECONDS = 60.0
SECONDS_PER_MB = 10.0


@dataclass(frozen=True)
class TimeAllowed:
    """The time one document's task may take: `seconds` when given (0: no limit), else
    `BASE_SECONDS` and `SECONDS_PER_MB` more per MB of its source. `advice` ends the message
    of a document over it (what the editor can do: "raise --timeout")."""

    seconds: float | None = None
    advice: str = ""

    def for_size(self, size: int) -> float:
        if self.seconds is not None:
            return self.seconds
        return BASE_SECONDS + SECONDS_PER_MB * size / 1_000_000

    def call(self, size: int, work: Callable[..., Result], *args: Any) -> Result:
        """`work(*args)` for an input of `size` bytes; `TimeLimitExceeded` once it has taken
        the time allowed for that size."""
        seconds = self.for_size(size)
        alarm = OutOfTime()  # this call's own: an enclosing limit's passes through
        try:
            with time_limit(seconds, lambda: alarm):
                return work(*args)
        except OutOfTime as rung:
            if rung is not alarm:
                raise
        advice = f"; {self.advice}" if self.advice else ""
        raise TimeLimitExceeded(f"not finished in {seconds:g} s, the time allowed for "
                                f"it{advice}")


BY_SIZE = TimeAllowed()
