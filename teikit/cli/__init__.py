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


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        found = [
            name
            for name, target in COMMANDS.items()
            if importlib.util.find_spec(target.split(":")[0]) is not None
        ]
        return sorted(found)

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
