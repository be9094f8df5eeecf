"""The `teikit` command: a thin layer over the library API.

Sub-commands are imported only when used, so `teikit convert` does not pay for the validator's
or renderer's imports, and `teikit`, `teikit --help` and `teikit --version` are answered
without importing click at all (`run`, the installed command).

Exit status, for every sub-command: 0 done, 1 a document failed or is invalid, 2 a usage error
(an unknown option, a missing input, conflicting options), 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from teikit.cli.commands import COMMANDS, EXIT_INTERRUPTED, SHORT_HELP

if TYPE_CHECKING:
    from teikit.cli.group import main

__all__ = ["COMMANDS", "EXIT_INTERRUPTED", "SHORT_HELP", "main", "run"]


def run() -> None:
    """The installed `teikit` command: the quick answers, else the click group."""
    from teikit.cli.quick_help import quick_answer

    status = quick_answer(sys.argv[1:])
    if status is not None:
        sys.stdout.flush()
        sys.exit(status)
    from contextlib import ExitStack

    from teikit.cli import dataclass_methods, pattern_programs
    from teikit.cli.start_up import start_up

    command = next((word for word in sys.argv[1:] if word in COMMANDS), "")
    programs = pattern_programs.cache_file(command)
    taken = None
    try:
        with ExitStack() as kept:
            with start_up():
                # (inside the pause: the kept methods and programs are objects for good)
                kept.enter_context(dataclass_methods.kept_methods(
                    dataclass_methods.cache_file(command)))
                pattern_programs.widen_engine_cache()
                taken = pattern_programs.preload(programs)
                from teikit.cli.group import main
            main()
    finally:
        if taken is not None:
            pattern_programs.keep_new(taken, programs)


def __getattr__(name: str) -> Any:
    # `main` (the click group) is built on first use, so that `run` answers --help before
    # click is imported.
    if name == "main":
        from teikit.cli.group import main

        return main
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
