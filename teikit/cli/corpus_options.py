"""The options every corpus command (convert, validate, build) shares: where its per-document
tasks run, and whether it shows its progress."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from teikit.deadline import TimeAllowed

F = TypeVar("F", bound=Callable[..., Any])


def scheduler_option(tasks: str, workers_need: str) -> Callable[[F], F]:
    """`--scheduler`: `tasks` says what runs ("the documents are built"), `workers_need` what
    a cluster's workers must share besides teikit ("the site folder")."""
    return click.option(
        "--scheduler", default="local", show_default=True,
        help=f"Where {tasks}: 'local' (this machine, -j processes), 'dask' (a local Dask "
             f"cluster of -j workers) or a Dask scheduler's address (tcp://host:8786; its "
             f"workers need the same teikit{workers_need}); Dask needs "
             "`pip install teikit[dask]`.")


def progress_option(unit: str, default_when: str = "") -> Callable[[F], F]:
    """`--progress/--no-progress`, counted in `unit` ("documents", "files")."""
    return click.option(
        "--progress/--no-progress", "show_progress", default=None,
        help=f"{unit.capitalize()} done, {unit}/s and time left on standard error (default: "
             f"when it is a terminal{default_when}).")


def timeout_option(work: str) -> Callable[[F], F]:
    """`--timeout`: the time one document's `work` ("conversion") may take."""
    from teikit.deadline import BASE_SECONDS, SECONDS_PER_MB

    return click.option(
        "--timeout", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
        help=f"The time one document's {work} may take; a document over it fails, the others "
             f"go on (default: {BASE_SECONDS:g} s and {SECONDS_PER_MB:g} s more per MB of "
             "source; 0 for no limit).")


def time_allowed(timeout: float | None) -> TimeAllowed:
    from teikit.deadline import TimeAllowed

    return TimeAllowed(timeout, "raise --timeout, or 0 for no limit")
