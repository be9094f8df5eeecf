"""`teikit render FILE.xml [-o OUT.html] [--view both|reading|diplomatic]`."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from teikit.errors import TeikitError


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True,
                                        path_type=Path))
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
    help="Write the page here (and teikit.css beside it); default: standard output.",
)
@click.option(
    "--view", type=click.Choice(["both", "reading", "diplomatic"]), default="both",
    show_default=True, help="Which view of the text the page shows.",
)
@click.option(
    "--stylesheet", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A project's own entry stylesheet (a view of its own; it imports xslt/page.xsl).",
)
def render(file: Path, output: Path | None, view: str, stylesheet: Path | None) -> None:
    """Render one TEI file ('-' for standard input) as an HTML page with its reading and
    diplomatic views.

    Exit status: 0 written, 1 the file is not well-formed TEI, 2 a usage error (an output that
    is the input, a directory or a special file)."""
    from teikit.io import atomic_write, check_output
    from teikit.render import RenderOptions, css_path, render_file

    from_stdin = str(file) == "-"
    if output is not None:
        try:
            check_output(output, [] if from_stdin else [file])
        except TeikitError as error:
            raise click.UsageError(str(error)) from error
    try:
        data = sys.stdin.buffer.read() if from_stdin else None
        entry = str(stylesheet.resolve()) if stylesheet else ""
        options = RenderOptions(view=view, stylesheet=entry)  # type: ignore[arg-type]
        html = render_file("<stdin>" if from_stdin else file, options=options, data=data)
    except TeikitError as error:
        raise click.ClickException(str(error)) from error
    if output is None:
        sys.stdout.write(html)
        return
    try:
        atomic_write(output, html.encode("utf-8"), inputs=[] if from_stdin else [file])
        css = output.parent / "teikit.css"
        if not css.exists():
            shutil.copyfile(css_path(), css)
    except TeikitError as error:
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write: {error.strerror}") from error
    click.echo(f"wrote {output}", err=True)
