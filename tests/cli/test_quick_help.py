"""`teikit`, `teikit --help` and `teikit --version` answered before click is imported must
say exactly what click says for the same command table."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from teikit.cli.quick_help import quick_answer

PROG = "teikit"


def _click_answer(arguments: list[str], columns: int) -> tuple[int, str, str]:
    """What the click group answers, in a process of its own (click's test runner forces
    another width than a real run's)."""
    code = f"from teikit.cli.group import main; main({arguments!r}, prog_name={PROG!r})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": str(columns)})
    return done.returncode, done.stdout, done.stderr


@pytest.mark.parametrize("arguments", [[], ["-h"], ["--help"], ["--version"]])
def test_the_quick_answer_is_clicks(arguments: list[str], capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    status = quick_answer(arguments, prog=PROG)
    written = capsys.readouterr()
    assert (status, written.out, written.err) == _click_answer(arguments, 120)


@pytest.mark.parametrize("arguments", [["--help"], ["convert", "--help"], ["--bogus"]])
def test_a_narrow_terminal_or_other_arguments_go_to_click(
        arguments: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60" if arguments == ["--help"] else "120")
    assert quick_answer(arguments, prog=PROG) is None


def test_python_dash_m_answers_help_without_click() -> None:
    code = ("import sys, runpy\nsys.argv = ['teikit', '--help']\n"
            "try:\n    runpy.run_module('teikit', run_name='__main__', alter_sys=True)\n"
            "except SystemExit as done:\n    status = done.code\n"
            "print('click' in sys.modules, status, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "80"}, check=True)
    assert done.stderr.strip().splitlines()[-1] == "False 0"
    _, out, _ = _click_answer(["--help"], 80)
    assert done.stdout == out.replace(f"Usage: {PROG} ", "Usage: python -m teikit ", 1)
