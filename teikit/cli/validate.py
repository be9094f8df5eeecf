"""`teikit validate PATH...`: a thin layer over teikit.validate."""

from __future__ import annotations

import glob
import sys
import time
from pathlib import Path

import click

from teikit.validate.formats import format_json, format_junit, format_text
from teikit.validate.report import FileReport
from teikit.validate.runner import validate_files

_PROGRESS_FROM = 20  # files; fewer finish before a bar would help


def expand_paths(arguments: tuple[str, ...]) -> list[Path]:
    """Files, directories (recursively, *.xml) and glob patterns, in a stable order."""
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.xml") if p.is_file())
        elif any(char in argument for char in "*?["):
            found += sorted(Path(p) for p in glob.glob(argument, recursive=True))
        else:
            found.append(path)
    return found


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--schema", "schemas", multiple=True,
              help="A schema (.rng, .xsd, .sch; path or catalogued URL) for documents "
                   "without xml-model instructions. Repeatable.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "junit"]),
              default="text", show_default=True)
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for large corpora.")
@click.option("--allow-network", is_flag=True,
              help="Download schemas that are not in the catalog (off by default).")
@click.option("--embedded-schematron", is_flag=True,
              help="Also run the Schematron rules embedded in RELAX NG schemas (tei_all).")
@click.option("--ignore-xml-model", is_flag=True,
              help="Use --schema (or the house schema) even where a document names its own.")
@click.option("--full-grammar", is_flag=True,
              help="Compile the whole grammar instead of one reduced to the document's names.")
def validate(paths: tuple[str, ...], schemas: tuple[str, ...], output_format: str,
             jobs: int, allow_network: bool, embedded_schematron: bool,
             ignore_xml_model: bool, full_grammar: bool) -> None:
    """Validate TEI files against their schemas (RELAX NG, XSD, Schematron).

    Exit status: 0 all valid, 1 some invalid, 2 usage error or unreadable input.
    """
    files = expand_paths(paths)
    if not files:
        raise click.UsageError("no files match " + " ".join(paths))
    started = time.perf_counter()
    options = {"schemas": list(schemas) or None, "allow_network": allow_network,
               "embedded_schematron": embedded_schematron, "reduce": not full_grammar,
               "use_xml_model": not ignore_xml_model}
    reports: list[FileReport] = []
    results = validate_files(files, jobs=jobs, **options)
    show_progress = output_format == "text" and len(files) >= _PROGRESS_FROM and \
        sys.stderr.isatty()
    with click.progressbar(results, length=len(files), label="validating",
                           file=sys.stderr) if show_progress else _plain(results) as bar:
        for report in bar:
            reports.append(report)
            if output_format == "text":
                text = format_text(report)
                if text:
                    click.echo(text)
    seconds = time.perf_counter() - started
    if output_format == "json":
        click.echo(format_json(reports))
    elif output_format == "junit":
        click.echo(format_junit(reports, seconds), nl=False)
    else:
        invalid = sum(not r.valid for r in reports)
        errors = sum(r.error_count for r in reports)
        click.echo(f"{len(reports)} files, {len(reports) - invalid} valid, {invalid} invalid, "
                   f"{errors} errors, {seconds:.2f} s", err=True)
    unreadable = any(m.severity == "error"
                     and m.rule in ("unreadable", "schema-not-found", "schema-error")
                     for r in reports for m in r.messages)
    sys.exit(2 if unreadable else (1 if any(not r.valid for r in reports) else 0))


class _plain:
    """A do-nothing stand-in for click's progress bar."""

    def __init__(self, items: object) -> None:
        self.items = items

    def __enter__(self) -> object:
        return self.items

    def __exit__(self, *exc: object) -> None:
        return None
