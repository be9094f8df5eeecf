"""Mojibake: UTF-8 that a tool read in another encoding and wrote again. Each line that is
mojibake is repaired, the rest of the text left as it is; the first repair is placed and shown
in a warning, and the header's `change` says that lines were repaired."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers.test_character_forms import converted_by_command

from teikit.convert import convert_text
from teikit.readers.mojibake import repaired

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}

PAGE = ("**May 1, 1962**\n\n**Telegram to Comrade JosÃ© MartÃ­**\n\n"
        "**Summary:** The embassy reports on the talks.\n\n"
        "The delegation agreed [to put] the question [â€¦] before 5 May and will report on the "
        "â€œoutcomeâ€\x9d of the talks.\n\n"
        "The ambassador’s reply – “at once” – came the same day.\n")


def test_a_line_read_as_windows_1252_is_repaired_and_the_first_repair_placed() -> None:
    text, repair = repaired("The question [â€¦] before 5 May.\nIt came. The â€œoutcomeâ€\x9d.")
    assert text == "The question […] before 5 May.\nIt came. The “outcome”."
    assert repair is not None
    assert (repair.lines, repair.first, repair.was, repair.now) == (2, 14, "â€¦", "…")
    assert repair.sentence() == "mojibake repaired on 2 lines (UTF-8 read as Windows-1252)"


def test_a_line_read_as_latin_1_is_named_so() -> None:
    text, repair = repaired("Comrade JosÃ© MartÃ­ in SÃ£o Paulo")
    assert text == "Comrade José Martí in São Paulo"
    assert repair is not None and repair.misreadings == ("UTF-8 read as Latin-1",)


def test_windows_1252_read_as_latin_1_is_repaired_from_its_control_characters() -> None:
    text, repair = repaired("The ambassador\x92s reply [\x85] \x93at once\x94.")
    assert text == "The ambassador’s reply […] “at once”."
    assert repair is not None
    assert repair.misreadings == ("Windows-1252 read as Latin-1",)


@pytest.mark.parametrize("text", [
    "café… São Paulo — “yes”, said the ambassador’s aide",  # a lead byte's letter, then …
    "À la guerre: Ângelo, Ãlvaro",
    "The sum was 1 dm³ and 5 m²",
    "Plain ASCII text with [brackets] and no accents at all",
])
def test_text_that_is_not_mojibake_is_left_as_it_is(text: str) -> None:
    assert repaired(text) == (text, None)


def test_the_lines_that_are_right_stay_as_they_are_beside_repaired_ones() -> None:
    text, repair = repaired("Kim Il Sung’s reply.\nThe â€œdraftâ€\x9d was sent.\nO’Brien’s “note”.")
    assert text == "Kim Il Sung’s reply.\nThe “draft” was sent.\nO’Brien’s “note”."
    assert repair is not None and repair.lines == 1


def test_the_document_reads_as_it_means_and_the_header_says_lines_were_repaired() -> None:
    tree = convert_text(PAGE, source_name="page.txt").tree
    assert tree.findtext(".//tei:titleStmt/tei:title", namespaces=TEI) == (
        "Telegram to Comrade José Martí")
    assert tree.xpath("count(.//tei:body//tei:gap[@reason='editorial'])", namespaces=TEI) == 1
    assert tree.xpath("string(.//tei:body//tei:q[1])", namespaces=TEI) == "outcome"
    assert tree.findtext(".//tei:revisionDesc/tei:change", namespaces=TEI).endswith(
        "Before the source was read, in its characters: mojibake repaired on 2 lines (UTF-8 "
        "read as Latin-1; UTF-8 read as Windows-1252).")


def test_the_command_warns_where_the_first_repair_is(tmp_path: Path) -> None:
    source, output = converted_by_command(PAGE, tmp_path)
    assert (f"{source}:3:26: warning: mojibake repaired on 2 lines (UTF-8 read as Latin-1; "
            "UTF-8 read as Windows-1252), the first here: 'Ã© MartÃ\\xad' read as 'é Martí' "
            "[encoding]") in output
