"""The table of `teikit` sub-commands, readable without importing click or any command."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it

# name -> "module:attribute"; a command appears once its module exists.
COMMANDS: Mapping[str, str] = MappingProxyType({
    "convert": "teikit.cli.convert:convert",
    "validate": "teikit.cli.validate:validate",
    "schemas": "teikit.cli.schemas:schemas",
    "render": "teikit.cli.render:render",
    "build": "teikit.cli.build:build",
    "names": "teikit.cli.names:names",
})
# What `teikit --help` says of each command, without importing it (a test keeps these equal
# to the commands' own first help lines).
SHORT_HELP: Mapping[str, str] = MappingProxyType({
    "convert": "Convert transcriptions (SOURCES: text files, Word .docx files, '-' for "
               "standard input) into TEI P5.",
    "validate": "Validate TEI files against their schemas (RELAX NG, XSD, Schematron).",
    "schemas": "Register, fetch and list local copies of schemas, so validation runs offline.",
    "render": "Render one TEI file ('-' for standard input) as an HTML page with its "
              "reading and diplomatic views.",
    "build": "Build a static edition site from edition folders, transcriptions and TEI files.",
    "names": "Registers of persons, places and organisations.",
})
