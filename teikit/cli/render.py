"""`teikit render FILE.xml [-o OUT.html] [--view both|reading|diplomatic]`."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import click

from teikit.errors import TeikitError


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
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
    """Render one TEI file as an HTML page with its reading and diplomatic views."""
    from teikit.io import atomic_write
    from teikit.render import RenderOptions, css_path, render_file

    try:
        entry = str(stylesheet.resolve()) if stylesheet else ""
        options = RenderOptions(view=view, stylesheet=entry)  # type: ignore[arg-type]
        html = render_file(file, options=options)
    except TeikitError as error:
        raise click.ClickException(str(error)) from error
    if output is None:
        sys.stdout.write(html)
        return
    atomic_write(output, html.encode("utf-8"))
    stylesheet = output.parent / "teikit.css"
    if not stylesheet.exists():
        shutil.copyfile(css_path(), stylesheet)
    click.echo(f"wrote {output}", err=True)
