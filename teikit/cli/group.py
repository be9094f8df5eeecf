"""The click group behind `teikit`: sub-commands are imported only when one is used."""

from __future__ import annotations

import importlib
import importlib.util
import sys

import click

from teikit import __version__
from teikit.cli.commands import COMMANDS, EXIT_INTERRUPTED, SHORT_HELP
from teikit.cli.start_up import start_up

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}  # inherited by every sub-command


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
        with start_up():
            return getattr(importlib.import_module(module_name), attribute)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # click would print "Aborted!" and exit 1; a shell expects 130, and no traceback.
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="teikit")
def main() -> None:
    """teikit: convert archival transcriptions to TEI P5, validate them, publish them."""
