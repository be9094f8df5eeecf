"""`teikit --help` lists the commands without importing them."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from teikit.cli import COMMANDS, SHORT_HELP


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_listed_help_is_the_commands_own(name: str) -> None:
    module, attribute = COMMANDS[name].split(":")
    command = getattr(importlib.import_module(module), attribute)
    assert SHORT_HELP[name] == command.get_short_help_str(limit=500)


COMMAND_MODULES = {target.split(":")[0] for target in COMMANDS.values()}


def test_help_imports_no_command_module() -> None:
    code = ("import sys; from teikit.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            f"print(sorted(m for m in sys.modules if m in {COMMAND_MODULES!r}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
