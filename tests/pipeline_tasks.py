"""Tasks for the pipeline's tests that the worker processes must import: a LocalCluster's
workers do not have the test modules (the tests put this folder on their path)."""

from __future__ import annotations

import os
import time


class Abort(BaseException):
    """A failure that a task's own handling of errors does not catch (not an `Exception`):
    it fails the Dask task that runs the chunk as a whole, as a dying worker does."""


def abort_on(item: int, fatal: int) -> int:
    """The item, except that the fatal one fails its whole chunk."""
    if item == fatal:
        raise Abort(item)
    return item


def exit_on(item: int, fatal: int) -> int:
    """The item, except that the fatal one ends the worker process, as a document that
    exhausts a worker's memory gets it killed."""
    if item == fatal:
        os._exit(1)
    return item


def hang_on(item: int, fatal: int) -> int:
    """The item, except that the fatal one runs for a minute in a loop that catches every
    `Exception`, as code that turns failures into messages does, and then gives the item
    negated: a time limit that does not stop it fails the test rather than hanging it."""
    if item != fatal:
        return item
    given_up_at = time.monotonic() + 60
    while time.monotonic() < given_up_at:
        try:
            sum(range(10_000))
        except Exception:  # what a time limit must get past
            continue
    return -item


def item_size(item: int) -> int:
    """An item's size is the item: a top-level function, as a task's time limit needs in the
    worker processes that measure it."""
    return item
