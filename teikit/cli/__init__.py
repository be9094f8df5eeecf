"""The `teikit` command: a thin layer over the library API.

Sub-commands are imported only when used, so `teikit convert` does not pay for the validator's
or renderer's imports.
"""

from __future__ import annotations

import importlib
import importlib.util

import click

from teikit import __version__

# name -> "module:attribute"; a command appears once its module exists.
COMMANDS: dict[str, str] = {
    "convert": "teikit.cli.convert:convert",
    "validate": "teikit.cli.validate:validate",
    "schemas": "teikit.cli.schemas:schemas",
    "render": "teikit.cli.render:render",
    "build": "teikit.cli.build:build",
    "names": "teikit.cli.names:names",
}
# What `teikit --help` says of each command, without importing it (a test keeps these equal
# to the commands' own first help lines).
SHORT_HELP: dict[str, str] = {
    "convert": "Convert transcriptions (SOURCES: text files, Word .docx files, '-' for "
               "standard input) into TEI P5.",
    "validate": "Validate TEI files against their schemas (RELAX NG, XSD, Schematron).",
    "schemas": "Register, fetch and list local copies of schemas, so validation runs offline.",
    "render": "Render one TEI file as an HTML page with its reading and diplomatic views.",
    "build": "Build a static edition site from edition folders, transcriptions and TEI files.",
    "names": "Registers of persons, places and organisations.",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        found = [
            name
            for name, target in COMMANDS.items()
            if importlib.util.find_spec(target.split(":")[0]) is not None
        ]
        return sorted(found)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from `SHORT_HELP`: listing the commands imports none of them."""
        rows = [(name, SHORT_HELP.get(name, "")) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        if importlib.util.find_spec(module_name) is None:
            return None
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup)
@click.version_option(__version__, prog_name="teikit")
def main() -> None:
    """teikit: convert archival transcriptions to TEI P5, validate them, publish them."""
