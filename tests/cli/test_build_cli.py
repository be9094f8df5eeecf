"""`teikit build`'s messages: a warning that concerns many documents alike is said once."""

from __future__ import annotations

from types import SimpleNamespace

from teikit.cli.build import _grouped


def test_document_level_warnings_are_grouped() -> None:
    outcomes = [
        SimpleNamespace(warnings=["a.xml: warning: not checked: tei_all [catalog]",
                                  "a.txt:3:4: warning: note [2] has no marker [note]"],
                        errors=[]),
        SimpleNamespace(warnings=["b.xml: warning: not checked: tei_all [catalog]"],
                        errors=["b.xml:7:1: error: <p> is empty [schematron]"]),
        SimpleNamespace(warnings=[], errors=["c.xml: not validated: offline"]),
    ]
    assert _grouped(outcomes) == [
        "2 documents: warning: not checked: tei_all [catalog]",
        "a.txt:3:4: warning: note [2] has no marker [note]",
        "b.xml:7:1: error: <p> is empty [schematron]",
        "error: c.xml: not validated: offline",
    ]
