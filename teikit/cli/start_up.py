"""A command's start-up (its imports, its profile) without the cyclic garbage collector.

Importing a command makes tens of thousands of objects that live as long as the process:
modules, functions, classes, compiled patterns. The collector runs every few hundred new
objects and walks them again each time, and frees nothing (one `teikit convert` of a
seed-size file spent about a tenth of its CPU time so). Inside `start_up()` it does not run;
when the block ends, what exists is frozen (`gc.freeze`: later collections skip it) and
collecting resumes, for the documents, whose memory must stay flat.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def start_up() -> Iterator[None]:
    """Collection paused for the block; an enclosing `start_up()` (or a caller that paused
    it) keeps it paused after the block."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
