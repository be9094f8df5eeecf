"""`teikit convert`: transcriptions → TEI files."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from teikit.errors import TeikitError

EXIT_FAILED = 1
EXIT_USAGE = 2


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


def _refuse_overwriting_sources(sources: list[str], targets: list[str]) -> None:
    inputs = {Path(s).resolve() for s in sources if s != "-"}
    for target in targets:
        if target != "-" and Path(target).resolve() in inputs:
            raise click.UsageError(f"{target} is a source: teikit never overwrites a source")


def _overrides(title: str | None, date: str | None, language: str | None,
               settings: tuple[str, ...]) -> dict[str, str]:
    values: dict[str, str] = {}
    for setting in settings:
        key, sep, value = setting.partition("=")
        if not sep or not key.strip():
            raise click.UsageError(f"--set takes KEY=VALUE, not {setting!r}")
        values[key.strip()] = value
    for key, value in (("title", title), ("date_text", date), ("original_language", language)):
        if value is not None:
            values[key] = value
    return values


def _summary(source: str, target: str, result: object) -> str:
    phenomena = getattr(result, "phenomena", {})
    total = sum(phenomena.values())
    kinds = ", ".join(f"{kind} {count}" for kind, count in phenomena.most_common())
    warnings = len(getattr(result, "warnings", []))
    unsure = getattr(result, "unsure_lines", 0)
    shown_target = "stdout" if target == "-" else target
    return (f"{source} → {shown_target}: {total} phenomena ({kinds or 'none'}), "
            f"{warnings} warning{'s' if warnings != 1 else ''}, "
            f"{unsure} unsure line{'s' if unsure != 1 else ''}")


def explain_lines(source: str, result: object) -> list[str]:
    """Per furniture line: the role chosen, how sure, and the cues that decided it."""
    lines = []
    for entry in getattr(result, "line_roles", []):
        decision = entry.decision
        flag = " unsure" if decision.unsure else ""
        cues = ", ".join(decision.cues) or "no cue"
        lines.append(f"{source}:{entry.line}: {entry.zone} {decision.role} "
                     f"(score {decision.score:.1f}, lead {decision.margin:.1f}{flag}; {cues}) "
                     f"| {entry.text[:80]}")
    return lines


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", help="Output file ('-' for standard output).")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Write DIR/<name>.xml for each source <name>.txt.")
@click.option("--profile", default="wilson", show_default=True,
              help="A built-in profile name or a profile TOML file.")
@click.option("--meta", "meta_file", type=click.Path(dir_okay=False, path_type=Path),
              help="A TOML sidecar with the metadata the source lacks.")
@click.option("--register", type=click.Path(dir_okay=False, path_type=Path),
              help="A register of persons, places and organisations (CSV or TEI).")
@click.option("--encoding", help="The sources' encoding, if not UTF-8.")
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
    input) into TEI P5."""
    from teikit.convert import convert_file
    from teikit.io import atomic_write
    from teikit.profiles import load_profile

    source_list = list(sources)
    targets = _output_paths(source_list, output, out_dir)
    _refuse_overwriting_sources(source_list, targets)
    overrides = _overrides(title, date, original_language, settings)
    try:
        loaded_profile = load_profile(profile)
    except TeikitError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    failed = 0
    pairs = list(zip(source_list, targets, strict=True))
    show_bar = len(pairs) > 1 and sys.stderr.isatty()
    with click.progressbar(pairs, label="converting", file=sys.stderr,
                           hidden=not show_bar) as bar:
        for source, target in bar:
            try:
                result = convert_file(source, profile=loaded_profile, meta_file=meta_file,
                                      encoding=encoding, register=register,
                                      overrides=overrides or None, change_date=revision_date)
            except TeikitError as exc:
                failed += 1
                click.echo(f"{exc}" if exc.location else f"{source}: {exc}", err=True)
                continue
            if explain:
                for line in explain_lines(source, result):
                    click.echo(line, err=True)
            for diagnostic in result.diagnostics:
                click.echo(str(diagnostic) if diagnostic.location else
                           f"{source}: {diagnostic}", err=True)
            chunks = result.chunks()
            if target == "-":
                for chunk in chunks:
                    sys.stdout.buffer.write(chunk)
                sys.stdout.flush()
            else:
                atomic_write(Path(target), chunks)
            del chunks
            if not quiet:
                click.echo(_summary(source, target, result), err=True)
    if failed:
        click.echo(f"{failed} of {len(pairs)} document(s) failed", err=True)
        sys.exit(EXIT_FAILED)
