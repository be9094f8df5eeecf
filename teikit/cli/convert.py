"""`teikit convert`: transcriptions → TEI files."""

from __future__ import annotations

import codecs
import importlib
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

import click

from teikit.batch import Job, Outcome, convert_pair, failed_outcome, source_size
from teikit.cli.corpus_options import scheduler_option, time_allowed, timeout_option
from teikit.cli.start_up import start_up
from teikit.errors import TeikitError

EXIT_FAILED = 1
EXIT_USAGE = 2
# Per file and per kind of warning: the first ones are shown, the rest counted.
WARNINGS_SHOWN = 20


def _output_paths(sources: list[str], output: str | None, out_dir: Path | None) -> list[str]:
    if output is not None and out_dir is not None:
        raise click.UsageError("give either -o/--output or --out-dir, not both")
    if out_dir is not None:
        names: dict[str, str] = {}
        targets = []
        for source in sources:
            if source == "-":
                raise click.UsageError("standard input (-) needs -o/--output, not --out-dir")
            target = str(out_dir / (Path(source).stem + ".xml"))
            if target in names:
                raise click.UsageError(
                    f"{source} and {names[target]} would both be written to {target}")
            names[target] = source
            targets.append(target)
        return targets
    if len(sources) > 1:
        raise click.UsageError("several sources need --out-dir DIR")
    return [output or "-"]


def _check_paths(sources: list[str], targets: list[str], out_dir: Path | None) -> None:
    """Usage errors found before any conversion: a missing source, an output that is a
    source, a directory or a special file."""
    from teikit.io import check_output

    for source in sources:
        if source != "-" and not Path(source).is_file():
            what = ("is a directory" if Path(source).is_dir() else
                    "is not a regular file" if Path(source).exists() else "does not exist")
            raise click.UsageError(f"{source} {what}: give a transcription file")
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise click.UsageError(f"--out-dir {out_dir} is not a directory")
    for target in targets:
        if target == "-":
            continue
        try:
            check_output(target, sources)
        except TeikitError as error:
            raise click.UsageError(str(error)) from error


def _check_encoding(encoding: str | None) -> None:
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError as error:
        raise click.BadParameter(f"unknown encoding {encoding!r}",
                                 param_hint="--encoding") from error


def _overrides(title: str | None, date: str | None, language: str | None,
               settings: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for setting in settings:
        key, sep, value = setting.partition("=")
        if not sep or not key.strip():
            raise click.UsageError(f"--set takes KEY=VALUE, not {setting!r}")
        values[key.strip()] = value
    for key, given in (("title", title), ("date_text", date), ("original_language", language)):
        if given is not None:
            values[key] = given
    return values


def _outcomes(pairs: list[tuple[str, str]], job: Job, jobs: int, scheduler: str,
              timeout: float | None) -> Iterator[Outcome]:
    from teikit.pipeline import run_tasks

    for pair, outcome in run_tasks(convert_pair, pairs, job, jobs=jobs, scheduler=scheduler,
                                   size=source_size, time_allowed=time_allowed(timeout)):
        yield failed_outcome(pair, outcome) if isinstance(outcome, BaseException) else outcome


def _write(outcome: Outcome, sources: list[str]) -> str | None:
    """Write a converted document; the error message if it cannot be written."""
    from teikit.io import atomic_write

    assert outcome.chunks is not None
    if outcome.target == "-":
        for chunk in outcome.chunks:
            sys.stdout.buffer.write(chunk)
        sys.stdout.flush()
        return None
    try:
        atomic_write(Path(outcome.target), outcome.chunks, inputs=sources)
    except TeikitError as error:
        return str(error)
    except OSError as error:
        return f"{outcome.target}: cannot write: {error.strerror}"
    return None


WORKERS_FROM = 8  # documents


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", help="Output file ('-' for standard output).")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write DIR/<name>.xml for each source <name>.txt.")
@click.option("-j", "--jobs", default=None, type=click.IntRange(1, 64),
              help="Documents converted in parallel (default: the usable cores, from "
                   f"{WORKERS_FROM} documents on; fewer take less time than starting workers).")
@scheduler_option("the documents are converted", "")
@timeout_option("conversion")
@click.option("--profile", default="wilson", show_default=True,
              help="A built-in profile name or a profile TOML file.")
@click.option("--meta", "meta_file", type=click.Path(dir_okay=False, path_type=Path),
              help="A TOML sidecar with the metadata the source lacks.")
@click.option("--register", type=click.Path(dir_okay=False, path_type=Path),
              help="A register of persons, places and organisations (CSV or TEI).")
@click.option("--encoding", help="The sources' encoding, if not UTF-8 (a UTF-16/32 byte order "
              "mark is recognised by itself).")
@click.option("--title", help="The document's title (overrides the header).")
@click.option("--date", help="The document's date, e.g. 'September 10, 1951'.")
@click.option("--original-language", help="The language of the original, e.g. Russian.")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE",
              help="Any other metadata field (repeatable).")
@click.option("--revision-date", help="The date of the revisionDesc change (default: today).")
@click.option("-q", "--quiet", is_flag=True, help="No summary lines, only warnings and errors.")
@click.option("--explain", is_flag=True,
              help="Print, per line outside the running text, the role chosen and why.")
def convert(
    sources: tuple[str, ...],
    output: str | None,
    out_dir: Path | None,
    jobs: int | None,
    scheduler: str,
    timeout: float | None,
    profile: str,
    meta_file: Path | None,
    register: Path | None,
    encoding: str | None,
    title: str | None,
    date: str | None,
    original_language: str | None,
    settings: tuple[str, ...],
    revision_date: str | None,
    quiet: bool,
    explain: bool,
) -> None:
    """Convert transcriptions (SOURCES: text files, Word .docx files, '-' for standard
    input) into TEI P5.

    Exit status: 0 all converted, 1 a document failed (the others are still written), 2 a
    usage error (nothing is converted)."""
    from teikit.profiles import load_profile

    source_list = list(sources)
    targets = _output_paths(source_list, output, out_dir)
    _check_encoding(encoding)
    _check_paths(source_list, targets, out_dir)
    overrides = _overrides(title, date, original_language, settings)
    for path, option in ((meta_file, "--meta"), (register, "--register")):
        if path is not None and not path.is_file():
            raise click.BadParameter(f"{path} does not exist", param_hint=option)
    pairs = list(zip(source_list, targets, strict=True))
    if jobs is None:
        from teikit.pipeline import usable_cores

        jobs = usable_cores() if len(pairs) >= WORKERS_FROM else 1
    try:
        with start_up():
            if jobs == 1 and scheduler == "local":
                # The documents are converted in this process: the converter is imported
                # here with the profile's rules, as part of the start-up, not by the first.
                importlib.import_module("teikit.convert")
            load_profile(profile)  # a bad profile is a usage error, before any document
    except TeikitError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    job = Job(profile, meta_file, register, encoding, overrides, revision_date, explain)
    failed = 0
    show_bar = len(pairs) > 1 and sys.stderr.isatty()
    # Without a bar to show, click's progress bar module (and what it imports) is not loaded.
    with (click.progressbar(length=len(pairs), label="converting", file=sys.stderr)
          if show_bar else nullcontext()) as bar:
        for outcome in _outcomes(pairs, job, jobs, scheduler, timeout):
            if bar is not None:
                bar.update(1)
            for message in outcome.messages:
                click.echo(message, err=True)
            problem = "" if outcome.chunks is None else _write(outcome, source_list)
            if outcome.chunks is None or problem:
                failed += 1
                if problem:
                    click.echo(problem, err=True)
                continue
            if not quiet:
                click.echo(outcome.summary, err=True)
    if failed:
        click.echo(f"{failed} of {len(pairs)} document(s) failed", err=True)
        sys.exit(EXIT_FAILED)
