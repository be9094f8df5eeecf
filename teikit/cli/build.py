"""`teikit build SRC... -o SITE_DIR [--jobs N]`: the static edition site."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from teikit.cli.corpus_options import (
    progress_option,
    scheduler_option,
    time_allowed,
    timeout_option,
)
from teikit.errors import TeikitError

if TYPE_CHECKING:  # imported where used: `teikit --help` loads no site code
    from teikit.site import Outcome


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument(
    "sources", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
)
@click.option(
    "-o", "--output", "site_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
    help="The site folder; nothing is written outside it.",
)
@click.option("--jobs", "-j", default=None, type=click.IntRange(1, 64),
              help="Documents converted and rendered in parallel (default: the usable cores).")
@scheduler_option("the documents are built", " and the site folder")
@timeout_option("conversion, validation and rendering")
@progress_option("documents")
@click.option("--search/--no-search", default=True, show_default=True,
              help="Build the Pagefind search index (when Pagefind is installed).")
@click.option("--profile", default="wilson", show_default=True,
              help="Conversion profile: a built-in name or a TOML file.")
@click.option("--title", default="Edition", show_default=True, help="The site's title.")
@click.option("--edition", "edition_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="The edition's edition.toml (title, URL, editors, licence); "
              "by default one in a source folder.")
def build(
    sources: tuple[Path, ...], site_dir: Path, jobs: int | None, scheduler: str,
    timeout: float | None, show_progress: bool | None, search: bool, profile: str, title: str,
    edition_file: Path | None,
) -> None:
    """Build a static edition site from edition folders, transcriptions and TEI files.

    Converts the sources that changed since the last build, validates and renders each, and
    writes the document list, persons and places indexes and the editorial conventions.
    Exits with status 1 when a source could not be published or a document is invalid.
    """
    from teikit.pipeline import usable_cores
    from teikit.progress import ProgressLine
    from teikit.site import OutputInSourceError, build_site, check_site_folder
    from teikit.site.edition import load_edition

    try:
        check_site_folder(list(sources), site_dir)
    except OutputInSourceError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    wanted = show_progress is not False and ProgressLine.wanted(bool(show_progress))
    shown = ProgressLine(0, enabled=False)

    def progress(done: int, total: int, slug: str) -> None:
        nonlocal shown
        if not slug:  # the first call: the unchanged documents are done already
            shown = ProgressLine(total, enabled=wanted and total > done)
            shown.start(done)
        shown.update(done)

    try:
        edition = load_edition(edition_file) if edition_file else None
        report = build_site(list(sources), site_dir, jobs=jobs or usable_cores(),
                            scheduler=scheduler, profile=profile, title=title,
                            edition=edition, search=search, progress=progress,
                            time_allowed=time_allowed(timeout))
    except TeikitError as error:
        raise click.ClickException(str(error)) from error
    finally:
        shown.close()
    # Unchanged documents found invalid before are reported again: the site still needs work.
    for message in _grouped([*report.outcomes, *report.invalid_remembered]):
        click.echo(message, err=True)
    for notice in report.notices:  # duplicates published once, the search index
        click.echo(notice, err=True)
    click.echo(
        f"{len(report.built)} built, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed, {len(report.invalid)} invalid → {site_dir}",
        err=True,
    )
    if report.failed or report.invalid:
        raise SystemExit(1)  # the site is written; the exit status says it needs attention


_DOCUMENT_LEVEL = re.compile(r"^(?P<path>[^:]+): (?P<kind>warning|error): (?P<text>.*)$")


def _grouped(outcomes: Iterable[Outcome]) -> list[str]:
    """Messages in order; one that concerns whole documents alike (no line: "tei_all is not
    catalogued") is said once, with the number of documents it concerns."""
    lines: list[tuple[str, str] | str] = []
    groups: dict[tuple[str, str], list[str]] = {}
    for outcome in outcomes:
        for kind, messages in (("warning", outcome.warnings), ("error", outcome.errors)):
            for message in messages:
                found = _DOCUMENT_LEVEL.match(message)
                if found is None:
                    lines.append(message if f" {kind}: " in message else f"{kind}: {message}")
                    continue
                key = (found["kind"], found["text"])
                if key not in groups:
                    groups[key] = []
                    lines.append(key)
                groups[key].append(found["path"])
    out = []
    for line in lines:
        if isinstance(line, str):
            out.append(line)
            continue
        paths = groups[line]
        where = paths[0] if len(paths) == 1 else f"{len(paths)} documents"
        out.append(f"{where}: {line[0]}: {line[1]}")
    return out
