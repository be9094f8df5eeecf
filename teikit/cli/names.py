"""`teikit names suggest SRC... [--register FILE] [--format text|csv] [-o FILE]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.errors import TeikitError


@click.group()
def names() -> None:
    """Registers of persons, places and organisations."""


@names.command()
@click.argument(
    "sources", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--register",
    "register_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Leave out names this register (CSV or TEI) already has.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "csv"]),
    default="text",
    show_default=True,
    help="text: a table to read; csv: a register draft to edit.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write here instead of standard output.",
)
def suggest(
    sources: tuple[Path, ...], register_path: Path | None, output_format: str, output: Path | None
) -> None:
    """List candidate names in source texts that the register does not have yet.

    Each candidate comes with its number of mentions, where it first occurs and a guessed type
    (person, place, org). With --format csv the list is a register draft: check every row.
    """
    from teikit.io import atomic_write, check_output
    from teikit.name_suggestions import draft_entries, suggest_names
    from teikit.names import load_register, write_register_csv

    inputs = [*sources, *([register_path] if register_path else [])]
    if output is not None:
        try:
            check_output(output, inputs)
        except TeikitError as error:
            raise click.UsageError(str(error)) from error
    try:
        register = load_register(register_path) if register_path else None
        candidates = suggest_names(sources, register=register)
    except TeikitError as error:
        raise click.ClickException(str(error)) from error
    if output_format == "csv":
        report = write_register_csv(draft_entries(candidates))
    else:
        rows = [
            f"{c.count:>5}  {c.kind:<6}  {c.name}  ({c.first}{_contexts(c.contexts)})"
            for c in candidates
        ]
        report = "\n".join(["count  type    name  (first mention)", *rows]) + "\n"
    if output is None:
        sys.stdout.write(report)
    else:
        atomic_write(output, report.encode("utf-8"), inputs=inputs)
        click.echo(f"wrote {output}: {len(candidates)} candidates", err=True)


def _contexts(contexts: dict[str, int]) -> str:
    shown = sorted(name for name in contexts if name != "place")
    return f"; {', '.join(shown)}" if shown else ""
