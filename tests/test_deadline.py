"""Time limits: each raises its caller's exception, they nest, and work that catches every
`Exception` cannot outlast one, in the main thread (an alarm) as in any other (a watchdog
thread: a Dask worker runs its tasks there)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from teikit.deadline import BASE_SECONDS, SECONDS_PER_MB, TimeAllowed, TimeLimitExceeded, run_within


class Inner(Exception):
    pass


class Outer(Exception):
    pass


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


Runner = Callable[[Callable[[], None]], None]


def in_another_thread(work: Callable[[], None]) -> None:
    """`work` run in a thread of its own, as a Dask worker runs a task; what it raises is
    raised here."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as error:  # the test's failures included
            raised.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "the work outlasted every limit"
    if raised:
        raise raised[0]


@pytest.fixture(params=["main thread", "other thread"])
def run(request: pytest.FixtureRequest) -> Iterator[Runner]:
    yield (lambda work: work()) if request.param == "main thread" else in_another_thread


def test_the_work_is_stopped_with_the_callers_exception(run: Runner) -> None:
    def work() -> None:
        started = time.monotonic()
        with pytest.raises(Inner):
            run_within(0.2, Inner, spin, 5)
        assert time.monotonic() - started < 2

    run(work)


def test_work_within_its_time_is_untouched_and_leaves_no_alarm(run: Runner) -> None:
    def work() -> None:
        run_within(0.3, Inner, spin, 0.05)
        spin(0.6)  # the alarm was taken back: nothing rings

    run(work)


def test_work_ending_as_its_time_runs_out_leaves_nothing_to_ring_later(run: Runner) -> None:
    """A hundred limits of 10 ms on work of 8 to 12 ms, many ending about when their limit
    rings, while two other threads keep the interpreter busy (as a Dask worker's other tasks
    do): either the work is stopped inside its limit, with the limit's exception, or it is
    not stopped at all. (A ring raised as the work ended once landed in the `with` block's
    exit, outside the limit's handler: it escaped, its watchdog was never stopped, and it
    rang on in whatever thread came to have the work thread's id, until a run hung.)"""
    def work() -> None:
        stopped = 0
        for index in range(100):
            try:
                run_within(0.01, Inner, spin, 0.008 + 0.0001 * (index % 40))
            except Inner:
                stopped += 1
        spin(1.2)  # a ring that escaped its limit would land here
        assert 0 < stopped < 100

    done = threading.Event()

    def busy() -> None:
        while not done.is_set():
            sum(range(1_000))

    # (The alarm of the main thread has no such race: the other threads only slow it.)
    others = [threading.Thread(target=busy) for _ in range(2 if run is in_another_thread else 0)]
    for thread in others:
        thread.start()
    try:
        run(work)
    finally:
        done.set()
        for thread in others:
            thread.join()


def test_no_limit_for_zero_seconds(run: Runner) -> None:
    def work() -> None:
        run_within(0, Inner, spin, 0.1)

    run(work)


def test_a_shorter_inner_limit_rings_and_the_outer_one_goes_on(run: Runner) -> None:
    def work() -> None:
        started = time.monotonic()

        def outer() -> None:
            with pytest.raises(Inner):
                run_within(0.2, Inner, spin, 5)
            assert time.monotonic() - started < 0.9
            spin(5)  # the outer limit, with what it had left, stops this

        with pytest.raises(Outer):
            run_within(1.0, Outer, outer)
        assert 0.9 < time.monotonic() - started < 3

    run(work)


def test_an_outer_limit_that_runs_out_first_passes_through_the_inner_callers_handler(
        run: Runner) -> None:
    def work() -> None:
        caught_inner = False

        def outer() -> None:
            nonlocal caught_inner
            try:
                run_within(30, Inner, spin, 5)
            except Inner:
                caught_inner = True

        with pytest.raises(Outer):
            run_within(0.2, Outer, outer)
        assert not caught_inner

    run(work)


def test_an_outer_limit_that_runs_out_during_an_inner_one_rings_when_it_ends(
        run: Runner) -> None:
    def work() -> None:
        started = time.monotonic()

        def outer() -> None:
            with pytest.raises(Inner):
                run_within(0.25, Inner, spin, 5)
            spin(5)

        with pytest.raises(Outer):
            run_within(0.3, Outer, outer)
        assert time.monotonic() - started < 2.5

    run(work)


def test_work_that_catches_every_exception_is_stopped_all_the_same(run: Runner) -> None:
    def work() -> None:
        started = time.monotonic()

        def stubborn() -> None:
            while time.monotonic() - started < 5:  # bounded: a broken limit fails, not hangs
                try:
                    spin(0.5)
                except Exception:  # as the converter does
                    continue

        with pytest.raises(TimeLimitExceeded, match=r"not finished in 0\.2 s.*; raise it"):
            TimeAllowed(0.2, "raise it").call(0, stubborn)
        assert time.monotonic() - started < 2

    run(work)


def test_limits_in_two_threads_at_once_each_stop_their_own_work() -> None:
    stopped: list[str] = []

    def work(name: str, seconds: float) -> Callable[[], None]:
        def limited() -> None:
            with pytest.raises(Inner):
                run_within(seconds, Inner, spin, 5)
            stopped.append(name)
        return limited

    first = threading.Thread(target=in_another_thread, args=(work("first", 0.2),))
    second = threading.Thread(target=in_another_thread, args=(work("second", 0.5),))
    first.start(), second.start()
    first.join(10), second.join(10)
    assert stopped == ["first", "second"]


def test_the_time_allowed_grows_with_the_size_unless_given() -> None:
    assert TimeAllowed().for_size(0) == BASE_SECONDS
    assert TimeAllowed().for_size(50_000_000) == BASE_SECONDS + 50 * SECONDS_PER_MB
    assert TimeAllowed(5).for_size(50_000_000) == 5
    assert TimeAllowed(0).for_size(1) == 0


def test_the_result_of_work_in_time_is_returned() -> None:
    assert TimeAllowed(5).call(10, sum, [1, 2, 3]) == 6
