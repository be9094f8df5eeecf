"""The note-marker patterns start with a look-ahead that only saves time: without it they find
the same markers in the dev documents."""

from __future__ import annotations

import re

import pytest
from shared_paths import DEV_RAW

from teikit.readers.transcription import _NUMBERED_ANCHOR
from teikit.rules.note_anchor import GLUED_ANCHOR


@pytest.mark.parametrize("pattern", [GLUED_ANCHOR, _NUMBERED_ANCHOR], ids=["glued", "numbered"])
def test_the_lookahead_changes_no_marker(pattern: re.Pattern[str]) -> None:
    assert pattern.pattern.startswith("(?=")
    plain = re.compile(pattern.pattern[pattern.pattern.index(")") + 1 :])
    texts = [path.read_text(encoding="utf-8") for path in sorted(DEV_RAW.glob("*.txt"))]
    spans = [[m.span() for m in pattern.finditer(text)] for text in texts]
    assert any(spans)
    assert spans == [[m.span() for m in plain.finditer(text)] for text in texts]
