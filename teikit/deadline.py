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

    report = run_within(30, lambda: ValidationTimeout("validation took longer than 30 s"),
                        validate, path)

A function, not a `with` block: a watchdog's ring raised just as the work ends is delivered
at the next function the thread enters, and a `with` block's exit enters the context
manager's own functions before any handler of the limit's is in place (one ring in a few
hundred limits ending as they ran out escaped so, under load). Here every place the ring can
land between the work's end and the watchdog's stop lies inside the limit's own handler.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable
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


def run_within(seconds: float, error: Callable[[], BaseException],
               work: Callable[..., Result], *args: Any) -> Result:
    """`work(*args)`, stopped with `error()` raised here once it has taken `seconds`; 0 sets
    no limit."""
    if seconds <= 0:
        return work(*args)
    if _alarm_usable():
        return _with_alarm(seconds, error, work, args)
    if _set_async_exc() is not None:
        return _with_watchdog(seconds, error, work, args)
    return work(*args)  # a Python without CPython's C API, outside its main thread


def _with_alarm(seconds: float, error: Callable[[], BaseException],
                work: Callable[..., Result], args: tuple[Any, ...]) -> Result:
    outer_left, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if outer_left and outer_left <= seconds:
        return work(*args)  # an enclosing limit runs out first: this one could never ring

    def expire(_signum: int, _frame: object) -> None:
        raise error()

    outer_handler = signal.signal(signal.SIGALRM, expire)
    started = time.monotonic()
    signal.setitimer(signal.ITIMER_REAL, seconds, RING_AGAIN)
    try:
        return work(*args)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, outer_handler)
        if outer_left:
            left = outer_left - (time.monotonic() - started)
            signal.setitimer(signal.ITIMER_REAL, max(left, AT_ONCE), outer_interval)


def _set_async_exc() -> Any:
    """CPython's `PyThreadState_SetAsyncExc`, or None; ctypes is imported only by a limit
    outside the main thread (a one-file command never pays for it)."""
    import ctypes

    return getattr(getattr(ctypes, "pythonapi", None), "PyThreadState_SetAsyncExc", None)


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Raise `exception` in `thread` at its next Python instruction; None takes back one
    raised there and not yet delivered."""
    import ctypes

    set_async_exc = _set_async_exc()
    assert set_async_exc is not None
    set_async_exc(ctypes.c_ulong(thread),
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


def _with_watchdog(seconds: float, error: Callable[[], BaseException],
                   work: Callable[..., Result], args: tuple[Any, ...]) -> Result:
    rung: type[_Rung] = type("TimeLimitRung", (_Rung,), {})
    watchdog = _Watchdog(threading.get_ident(), rung, seconds)
    finished = False
    try:
        watchdog.start()
        result = work(*args)
        finished = True
    except rung:
        pass  # stopped: `error()` is raised below, once the watchdog is
    finally:
        # A ring delivered here lands in `stop` or in this loop's handler: in this frame, or
        # in one it calls, never in a caller's. (The next ring comes `RING_AGAIN` later.)
        while True:
            try:
                watchdog.stop()
                break
            except rung:
                pass
    if not finished:
        raise error()
    return result


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
            return run_within(seconds, lambda: alarm, work, *args)
        except OutOfTime as rung:
            if rung is not alarm:
                raise
        advice = f"; {self.advice}" if self.advice else ""
        raise TimeLimitExceeded(f"not finished in {seconds:g} s, the time allowed for "
                                f"it{advice}")


BY_SIZE = TimeAllowed()
