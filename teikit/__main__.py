"""`python -m teikit` runs the command line."""

from teikit.cli import run

run()
