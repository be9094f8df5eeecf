"""Time limits: each raises its caller's exception, they nest, and work that catches every
`Exception` cannot outlast one."""

from __future__ import annotations

import threading
import time

import pytest

from teikit.deadline import BASE_SECONDS, SECONDS_PER_MB, TimeAllowed, TimeLimitExceeded, time_limit


class Inner(Exception):
    pass


class Outer(Exception):
    pass


def spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_the_work_is_stopped_with_the_callers_exception() -> None:
    started = time.monotonic()
    with pytest.raises(Inner), time_limit(0.2, Inner):
        spin(5)
    assert time.monotonic() - started < 2


def test_work_within_its_time_is_untouched_and_leaves_no_alarm() -> None:
    with time_limit(0.3, Inner):
        spin(0.05)
    spin(0.6)  # the alarm was taken back: nothing rings


def test_no_limit_for_zero_seconds() -> None:
    with time_limit(0, Inner):
        spin(0.1)


def test_a_shorter_inner_limit_rings_and_the_outer_one_goes_on() -> None:
    started = time.monotonic()
    with pytest.raises(Outer), time_limit(1.0, Outer):
        with pytest.raises(Inner), time_limit(0.2, Inner):
            spin(5)
        assert time.monotonic() - started < 0.9
        spin(5)  # the outer limit, set again with what it had left, stops this
    assert 0.9 < time.monotonic() - started < 3


def test_an_outer_limit_that_runs_out_first_passes_through_the_inner_callers_handler() -> None:
    caught_inner = False
    with pytest.raises(Outer), time_limit(0.2, Outer):
        try:
            with time_limit(30, Inner):
                spin(5)
        except Inner:
            caught_inner = True
    assert not caught_inner


def test_an_outer_limit_that_runs_out_during_an_inner_one_rings_when_it_ends() -> None:
    started = time.monotonic()
    with pytest.raises(Outer), time_limit(0.3, Outer):
        with pytest.raises(Inner), time_limit(0.25, Inner):
            spin(5)
        spin(5)
    assert time.monotonic() - started < 2


def test_work_that_catches_every_exception_is_stopped_all_the_same() -> None:
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


def test_a_limit_outside_the_main_thread_is_no_limit() -> None:
    finished: list[bool] = []

    def work() -> None:
        with time_limit(0.05, Inner):
            spin(0.3)
        finished.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert finished == [True]


def test_the_time_allowed_grows_with_the_size_unless_given() -> None:
    assert TimeAllowed().for_size(0) == BASE_SECONDS
    assert TimeAllowed().for_size(50_000_000) == BASE_SECONDS + 50 * SECONDS_PER_MB
    assert TimeAllowed(5).for_size(50_000_000) == 5
    assert TimeAllowed(0).for_size(1) == 0


def test_the_result_of_work_in_time_is_returned() -> None:
    assert TimeAllowed(5).call(10, sum, [1, 2, 3]) == 6
