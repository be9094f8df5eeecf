"""`teikit validate PATH...`: a thin layer over teikit.validate."""

from __future__ import annotations

import glob
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from teikit.cli.corpus_options import progress_option, scheduler_option
from teikit.pipeline import usable_cores
from teikit.validate.batching import ValidationRun, validate_files, validate_item
from teikit.validate.catalog import Catalog, CatalogError
from teikit.validate.formats import format_json, format_junit, format_text
from teikit.validate.options import DEFAULT_TIMEOUT, ValidationOptions
from teikit.validate.report import FileReport, Message
from teikit.validate.runner import validate_file
from teikit.validate.selection import explicit_schemas

_PROGRESS_FROM = 20  # files; fewer finish before a bar would help
STDIN = "-"


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


@click.command(context_settings={"help_option_names": ["-h", "--help"]})
@click.argument("paths", nargs=-1, required=True)
@click.option("--schema", "schemas", multiple=True,
              help="A schema (.rng, .xsd, .sch; path or catalogued URL). Replaces the "
                   "document's xml-model schemas (see --also-xml-model). Repeatable.")
@click.option("--also-xml-model", is_flag=True,
              help="With --schema: check the document's xml-model schemas too.")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "junit"]),
              default="text", show_default=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. Default: this process, joined by one worker per idle "
                   "core once the files still queued would take it more than half a second.")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT,
              show_default=True, help="Seconds one document may take; 0: no limit.")
@click.option("--allow-network", is_flag=True,
              help="Download schemas that are not in the catalog (off by default).")
@click.option("--allow-local-schemas", is_flag=True,
              help="Let xml-model instructions name absolute local paths (file:///…).")
@click.option("--embedded-schematron", is_flag=True,
              help="Also run the Schematron rules embedded in RELAX NG schemas (tei_all).")
@click.option("--ignore-xml-model", is_flag=True,
              help="Never use the documents' xml-model schemas (--schema, else the house "
                   "schema).")
@click.option("--full-grammar", is_flag=True,
              help="Compile the whole grammar instead of one reduced to the document's names.")
@scheduler_option("the files are validated", " and the files")
@progress_option("files", " and there are many files")
def validate(paths: tuple[str, ...], schemas: tuple[str, ...], also_xml_model: bool,
             output_format: str, jobs: int | None, timeout: float, allow_network: bool,
             allow_local_schemas: bool, embedded_schematron: bool, ignore_xml_model: bool,
             full_grammar: bool, scheduler: str, show_progress: bool | None) -> None:
    """Validate TEI files against their schemas (RELAX NG, XSD, Schematron). PATH may be a
    file, a folder (every *.xml in it), a glob pattern, or - for standard input.

    Exit status: 0 all valid, 1 some invalid, 2 usage error, unreadable input or unusable
    schema.
    """
    if also_xml_model and not schemas:
        raise click.UsageError("--also-xml-model needs --schema")
    if also_xml_model and ignore_xml_model:
        raise click.UsageError("--also-xml-model and --ignore-xml-model contradict each other")
    options = ValidationOptions(
        schemas=schemas, allow_network=allow_network, embedded_schematron=embedded_schematron,
        reduce=not full_grammar, use_xml_model=not ignore_xml_model,
        also_xml_model=also_xml_model, allow_local_schemas=allow_local_schemas,
        timeout=timeout)
    try:
        explicit_schemas(options, Catalog())  # a schema that cannot be read stops the run
    except CatalogError as error:
        click.echo(f"error: cannot use schema: {error.message}", err=True)
        sys.exit(2)
    started = time.perf_counter()
    if STDIN in paths:
        if len(paths) > 1:
            raise click.UsageError("- (standard input) cannot be combined with other paths")
        results = iter([validate_file("<stdin>", options, data=sys.stdin.buffer.read())])
        total = 1
    else:
        files = expand_paths(paths)
        if not files:
            raise click.UsageError("no files match " + " ".join(paths))
        results = _in_pipeline(files, options, jobs, scheduler)
        total = len(files)
    if show_progress is None:
        show_progress = output_format == "text" and total >= _PROGRESS_FROM and \
            sys.stderr.isatty()
    reports = _collect(results, total, output_format, show_progress)
    seconds = time.perf_counter() - started
    if output_format == "json":
        click.echo(format_json(reports))
    elif output_format == "junit":
        click.echo(format_junit(reports, seconds), nl=False)
    else:
        click.echo(summary(reports, seconds), err=True)
    unusable = any(not r.checked for r in reports)
    sys.exit(2 if unusable else (1 if any(not r.valid for r in reports) else 0))


def summary(reports: list[FileReport], seconds: float) -> str:
    """Files that could not be checked are errors of their own, not invalid documents."""
    unusable = sum(not r.checked for r in reports)
    invalid = sum(r.checked and not r.valid for r in reports)
    valid = len(reports) - invalid - unusable
    errors = sum(r.error_count for r in reports)
    text = f"{len(reports)} files, {valid} valid, {invalid} invalid, {errors} errors"
    if unusable:
        text += f", {unusable} could not be checked"
    return text + f", {seconds:.2f} s"


def _in_pipeline(files: list[Path], options: ValidationOptions, jobs: int | None,
                 scheduler: str) -> Iterator[FileReport]:
    """The reports in the order of the files: on this machine (`validate_files`: in `jobs`
    processes balanced by size, or as many as pay when None), or one task per file on a
    Dask cluster (`jobs` workers, the usable cores when None)."""
    if scheduler == "local":
        yield from validate_files(files, options, jobs=jobs)
        return
    from teikit.pipeline import in_input_order, run_tasks

    items = [str(path) for path in files]
    tasks = run_tasks(validate_item, items, ValidationRun(options), jobs=jobs or usable_cores(),
                      scheduler=scheduler)
    for item, result in in_input_order(tasks, items):
        if isinstance(result, FileReport):
            yield result
        else:  # what no document should make the validator raise
            yield FileReport(item, [Message("error", None, None, f"not checked: teikit "
                                            f"failed on it ({result!r})", "xml",
                                            "unreadable")])


def _collect(results: Iterable[FileReport], total: int, output_format: str,
             show_progress: bool) -> list[FileReport]:
    from teikit.progress import ProgressLine

    reports: list[FileReport] = []
    shown = ProgressLine(total, label="files", enabled=show_progress)
    try:
        for report in results:
            reports.append(report)
            if output_format == "text":
                text = format_text(report)
                if text:
                    if shown.width:  # the line under way ends before a message
                        click.echo("", err=True)
                        shown.width = 0
                    click.echo(text)
            shown.update(len(reports))
    finally:
        shown.close()
    return reports
