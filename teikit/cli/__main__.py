"""`python -m teikit.cli` runs the command line."""

from teikit.cli import run

run()
