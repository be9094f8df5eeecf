"""`teikit schemas`: the local schema catalog (offline copies of well-known schema URLs)."""

from __future__ import annotations

from pathlib import Path

import click

from teikit.validate.catalog import Catalog, CatalogError, tei_all_urls

_NAMED = {"tei_all": ("rng", "xsd")}


@click.group()
def schemas() -> None:
    """Register, fetch and list local copies of schemas, so validation runs offline."""


@schemas.command("add")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--as", "urls", multiple=True, required=True,
              help="The URL (as written in xml-model instructions) this file stands for.")
def add(file: Path, urls: tuple[str, ...]) -> None:
    """Register FILE as the local copy of one or more schema URLs."""
    target = Catalog().add(file, list(urls))
    for url in urls:
        click.echo(f"{url} -> {target}")


@schemas.command("fetch")
@click.argument("name", type=click.Choice(sorted(_NAMED)))
@click.option("--version", default=None, help="A TEI release, e.g. 4.12.0 (default: current).")
@click.option("--sha256", "expected", default=None, help="Expected checksum of the file.")
@click.option("--kind", type=click.Choice(["rng", "xsd"]), default="rng", show_default=True)
def fetch(name: str, version: str | None, expected: str | None, kind: str) -> None:
    """Download a well-known schema into the user cache (needs the network)."""
    urls = tei_all_urls(version, kind)
    try:
        target = Catalog().fetch(urls[0], urls, expected_sha256=expected)
    except (OSError, CatalogError) as error:
        raise click.ClickException(f"cannot fetch {urls[0]}: {error}") from error
    click.echo(f"{urls[0]} -> {target}")


@schemas.command("list")
def list_schemas() -> None:
    """Show every URL the catalog resolves, and to which file."""
    catalog = Catalog()
    registered = catalog.entries()
    for url, path in catalog.built_in().items():
        if url not in registered:
            click.echo(f"{url} -> {path} (built in)")
    for url, entry in sorted(registered.items()):
        click.echo(f"{url} -> {entry['path']}")
