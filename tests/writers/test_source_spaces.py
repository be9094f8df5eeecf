"""The source writer gives every document back word for word with the spaces inside each line
as the transcription had them (the lossless check weighs white space only where it separates
words; an editor diffing the regenerated text against the source sees every space)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_paths import DEV_RAW, TEST_DATA

from teikit import TEI_NS
from teikit.convert import convert_file
from teikit.profiles import load_profile
from teikit.readers.page_header import parse_page_header
from teikit.writers.source import form_table, source_text

# A word, the spaces after it on its line, and whether the line ends there.
_WORD = re.compile(r"(\S+)([ \t]*)(\n?)")
# A Markdown escape, which the transcription prints and the TEI does not keep (`\*`).
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def words_and_spaces(text: str) -> list[tuple[str, str]]:
    """Each word with the spaces after it, or `\\n` where its line ends: how many blank lines
    or what indentation stand between blocks is the TEI's layout, not the source's words."""
    return [(word, "\n" if end else spaces)
            for word, spaces, end in _WORD.findall(_ESCAPE.sub("", text))]


def regenerated(path: Path) -> tuple[str, str]:
    source = path.read_text(encoding="utf-8")
    body = source[parse_page_header(source).body_start:]
    text = convert_file(path).tree.getroot().find(f"{{{TEI_NS}}}text")
    return body, source_text(text, form_table(load_profile("wilson").conventions))


@pytest.mark.parametrize("path", [
    *sorted(DEV_RAW.glob("*.txt")), *sorted(TEST_DATA.glob("*.txt"))],
    ids=lambda path: path.name)
def test_the_source_comes_back_with_its_spaces(path: Path) -> None:
    body, back = regenerated(path)
    expected, got = words_and_spaces(body), words_and_spaces(back)
    for index, (want, have) in enumerate(zip(expected, got, strict=False)):
        spaces_differ = "\n" not in (want[1], have[1]) and want[1] != have[1]
        assert want[0] == have[0] and not spaces_differ, (
            path.name, index, expected[max(0, index - 3):index + 3],
            got[max(0, index - 3):index + 3])
    assert len(expected) == len(got)
