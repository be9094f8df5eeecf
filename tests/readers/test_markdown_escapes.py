"""Markdown's backslash escapes, as pandoc writes every bracket and asterisk of a text: the
escaped characters are the text, read by the conventions as they would be unescaped; the
backslashes are Markdown's, and messages still point at the file's own columns."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from teikit.cli import main
from teikit.convert import convert_text
from teikit.readers.blocks import SourceLine
from teikit.readers.markdown_escapes import kept_runs, unescape
from teikit.readers.units import _line_unit

PAGE = ("**May 1, 1962**\n\n**Telegram to Comrade Filippov \\[Stalin\\]**\n\n"
        "**Summary:** Mao \\[Zedong\\] asks for advisers.\n\n"
        "The delegation agreed \\[to put\\] the question to \\[Li Kuo Nyn\\]\\* before 5 May "
        "and will report at once on the outcome of the talks with the other side.\n\n"
        "\\* The writing of the Chinese names is possibly inaccurate.\n")


@pytest.mark.parametrize(("text", "plain"), [
    ("\\[to put\\]", "[to put]"),
    ("Nyn\\]\\*", "Nyn]*"),
    ("\\...", "..."),
    ("a \\\\[b]", "a \\[b]"),  # (an escaped backslash, then a bracket)
    ("C:\\temp", "C:\\temp"),  # (no punctuation after it: a backslash)
    ("end\\", "end\\"),
])
def test_an_escape_is_the_character_it_escapes(text: str, plain: str) -> None:
    assert unescape(text) == plain


def test_a_lines_characters_keep_their_place_in_the_file() -> None:
    unit = _line_unit(SourceLine("agreed \\[to put\\]", 7, 100), "text", 0)
    assert unit.text == "agreed [to put]"
    assert [unit.offsets[i] for i in (0, 7, 8, 14)] == [100, 108, 109, 116]
    backslashes = [end for _, end in kept_runs("agreed \\[to put\\]")[:-1]]
    assert backslashes == [7, 15]


def test_an_escaped_page_is_read_as_the_page_unescaped() -> None:
    escaped = convert_text(PAGE, source_name="page.txt")
    plain = convert_text(PAGE.replace("\\", ""), source_name="page.txt")
    assert escaped.phenomena == plain.phenomena
    root = escaped.tree.getroot()
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert root.xpath("string(//t:titleStmt/t:title)", namespaces=ns) == (
        "Telegram to Comrade Filippov [Stalin]")
    assert root.xpath("//t:text//t:supplied/text()", namespaces=ns) == ["to put"]
    assert root.xpath("//t:note[@n='*']/@target", namespaces=ns) == ["#name-1"]
    assert "\\" not in root.xpath("string(//t:text)", namespaces=ns)


def test_a_message_names_the_files_column_past_the_escapes(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    line = "\\[to put\\] the \\[Kaesong\\] question was raised\\[2\\] by the delegation today."
    source.write_text("**May 1, 1962**\n\n**A telegram**\n\n" + line + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "--out-dir",
                                       str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    column = line.index("[2") + 1  # (the bracket itself, its escape before it)
    assert f"page.txt:5:{column}: warning: note marker [2] has no note text" in result.output
