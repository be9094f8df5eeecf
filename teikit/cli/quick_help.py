"""`teikit`, `teikit -h/--help` and `teikit --version` answered without importing click.

Editors' hooks and CI call `teikit` once per file, and importing click alone costs more than
the answer. The text below is click's own output for the command table at its default width
(78 columns, a terminal of 80 or more, or no terminal); any other case, or any other argument,
goes to click. `tests/cli/test_quick_help.py` keeps the two equal.
"""

from __future__ import annotations

import os
import sys

from teikit import __version__

WIDTH = 78  # click's help width: the terminal's columns - 2, at most 78
HELP_BODY = """

  teikit: convert archival transcriptions to TEI P5, validate them, publish
  them.

Options:
  --version   Show the version and exit.
  -h, --help  Show this message and exit.

Commands:
  build     Build a static edition site from edition folders, transcriptions
            and TEI files.
  convert   Convert transcriptions (SOURCES: text files, Word .docx files, '-'
            for standard input) into TEI P5.
  names     Registers of persons, places and organisations.
  render    Render one TEI file ('-' for standard input) as an HTML page with
            its reading and diplomatic views.
  schemas   Register, fetch and list local copies of schemas, so validation
            runs offline.
  validate  Validate TEI files against their schemas (RELAX NG, XSD,
            Schematron)."""  # everything after the usage line
USAGE = "Usage: {prog} [OPTIONS] COMMAND [ARGS]..."
EXIT_USAGE = 2


def program_name() -> str:
    """The name click shows in its usage line (`teikit`, `python -m teikit`)."""
    main_module = sys.modules.get("__main__")
    package = getattr(main_module, "__package__", None)
    name = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "teikit"
    if not package:
        return name
    stem = os.path.splitext(name)[0]
    module = package if stem == "__main__" else f"{package}.{stem}"
    return f"python -m {module.lstrip('.')}"


def _help_width() -> int:
    """click's: `shutil.get_terminal_size().columns` - 2, between 50 and 78 (shutil's rules
    for the columns, without importing shutil)."""
    try:
        width = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        width = 0
    if width <= 0:
        try:
            width = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            width = 0
        width = width or 80  # shutil's fallback
    return max(min(width, WIDTH + 2) - 2, 50)


def quick_answer(arguments: list[str], prog: str | None = None) -> int | None:
    """Print the answer to `arguments` and return the exit status, or None if click must
    answer (other arguments, a narrow terminal, an unusually long program name)."""
    if arguments == ["--version"]:
        sys.stdout.write(f"teikit, version {__version__}\n")
        return 0
    if arguments not in ([], ["-h"], ["--help"]) or _help_width() != WIDTH:
        return None
    usage = USAGE.format(prog=prog or program_name())
    if len(usage) > WIDTH:
        return None  # click would wrap the usage line
    text = f"{usage}{HELP_BODY}\n"
    if not arguments:  # click shows the help as a usage error: on stderr, status 2
        sys.stderr.write(text)
        return EXIT_USAGE
    sys.stdout.write(text)
    return 0
