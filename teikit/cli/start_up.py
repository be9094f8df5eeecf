"""A command's start-up (its imports, its profile) without the cyclic garbage collector.

Importing a command makes tens of thousands of objects that live as long as the process:
modules, functions, classes, compiled patterns. The collector runs every few hundred new
objects and walks them again each time, and frees nothing (one `teikit convert` of a
seed-size file spent about a twentieth of its CPU time so). Inside `start_up()` it does not
run; when the block ends, collecting resumes, for the documents, whose memory must stay flat,
and if the block imported modules, what exists is frozen first (`gc.freeze`: later
collections skip it). A block that imported nothing (a command run again in the same process,
as tests do) freezes nothing, so that such a process does not keep its garbage for good.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def start_up() -> Iterator[None]:
    """Collection paused for the block; an enclosing `start_up()` (or a caller that paused
    it) keeps it paused after the block."""
    was_enabled = gc.isenabled()
    modules_before = len(sys.modules)
    gc.disable()
    try:
        yield
    finally:
        if len(sys.modules) > modules_before:
            gc.freeze()
        if was_enabled:
            gc.enable()
