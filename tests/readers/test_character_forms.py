"""Characters that change how a text is stored or laid out, not what it says: decomposed letters,
soft hyphens, zero-width spaces, ligatures. They are made plain before the text is read, each
kind of change is counted and placed for a warning, and the header's `change` says what was
changed; everything else is left as it was."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from teikit.cli import main
from teikit.convert import convert_text
from teikit.readers.character_forms import plain_forms

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}

PAGE = ("**May 1, 1962**\n\n**Telegram from Jose\u0301 Marti\u0301 to the Mini\u00adstry**\n\n"
        "**Summary:** The embassy reports on the o\ufb03ce\u200b of the delegation.\n\n"
        "The delegation agreed [to put] the question to Comrade Jose\u0301 before 5 May and "
        "will report on the outcome of the nego\u00adtiations.\n")


def test_a_decomposed_letter_is_composed_where_a_combining_mark_stands() -> None:
    text, changes = plain_forms("Jose\u0301 Marti\u0301, \u0418\u0306oshkar-Ola")
    assert text == "José Martí, Йoshkar-Ola"
    assert [(c.count, c.first) for c in changes] == [(3, 3)]
    assert changes[0].sentence() == ("3 letters written as a letter and a combining mark "
                                     "composed (Unicode NFC)")


@pytest.mark.parametrize("kept", [
    "\uf900",  # a CJK compatibility ideograph: NFC would write the unified one
    "\u2126",  # OHM SIGN: NFC would write GREEK CAPITAL LETTER OMEGA
    "q\u0307",  # a letter and a mark Unicode has no composed letter for
    "\u0645\u064e",  # an Arabic letter and its vowel sign (no mark of the Latin blocks)
    "\u200c\u200d",  # the zero-width non-joiner and joiner shape Persian and Indic words
    "\u200e",  # a left-to-right mark orders a line of mixed scripts
])
def test_what_says_something_or_has_no_plainer_form_is_kept(kept: str) -> None:
    assert plain_forms(f"a {kept} b") == (f"a {kept} b", [])


@pytest.mark.parametrize(("invisible", "name"), [
    ("\u00ad", "soft hyphen"), ("\u200b", "zero-width space"), ("\u2060", "word joiner"),
    ("\ufeff", "zero-width no-break space"),
])
def test_an_invisible_layout_character_is_removed(invisible: str, name: str) -> None:
    text, changes = plain_forms(f"nego{invisible}tiations and con{invisible}sultations")
    assert text == "negotiations and consultations"
    assert [change.sentence() for change in changes] == [
        f"2 {name}s (U+{ord(invisible):04X}) removed"]
    assert changes[0].first == 4


def test_a_ligature_is_written_as_its_letters_and_changes_come_in_the_order_of_their_place(
        ) -> None:
    text, changes = plain_forms("the o\ufb03ce of Jose\u0301 Mi\u00adnistry \ufb01les")
    assert text == "the office of José Ministry files"
    assert [(change.count, change.first) for change in changes] == [(1, 5), (1, 15), (1, 20),
                                                                    (1, 28)]


def test_a_text_without_them_is_the_same_string() -> None:
    text = "The delegation agreed [to put] the question – “at once”."
    assert plain_forms(text)[0] is text


def test_the_document_reads_as_it_means_and_the_header_says_what_was_changed() -> None:
    result = convert_text(PAGE, source_name="page.txt")
    tree = result.tree
    title = tree.findtext(".//tei:titleStmt/tei:title", namespaces=TEI)
    assert title == "Telegram from José Martí to the Ministry"
    body = "".join(tree.find(".//tei:body", TEI).itertext())
    assert "Comrade José before" in body and "negotiations" in body
    assert unicodedata.normalize("NFC", body) == body and "\u00ad" not in body
    assert tree.xpath("count(.//tei:body//tei:supplied)", namespaces=TEI) == 1
    change = tree.findtext(".//tei:revisionDesc/tei:change", namespaces=TEI)
    assert change.endswith(
        "Before the source was read, in its characters: 3 letters written as a letter and a "
        "combining mark composed (Unicode NFC); 2 soft hyphens (U+00AD) removed; 1 ligature ﬃ "
        "(U+FB03) written as ffi; 1 zero-width space (U+200B) removed.")


def converted_by_command(page: str, folder: Path) -> tuple[Path, str]:
    """`page` saved as `page.txt` in `folder` and converted by `teikit convert`: the source's
    path, and what the command printed (it must have succeeded, its TEI well-formed)."""
    source, target = folder / "page.txt", folder / "page.xml"
    source.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert etree.parse(str(target)).find(".//tei:body", TEI) is not None
    return source, result.output


def test_the_command_warns_of_each_kind_at_its_first_place(tmp_path: Path) -> None:
    source, output = converted_by_command(PAGE, tmp_path)
    assert (f"{source}:3:20: warning: 3 letters written as a letter and a combining mark "
            "composed (Unicode NFC), the first here [characters]") in output
    assert f"{source}:3:41: warning: 2 soft hyphens (U+00AD) removed, the first" in output
    assert f"{source}:5:42: warning: 1 ligature ﬃ (U+FB03) written as ffi" in output


def test_a_word_files_text_is_made_plain_and_placed_by_paragraph(tmp_path: Path) -> None:
    from readers.test_docx import PROSE, convert, letter, text_of, xpath

    word = letter()
    word.paragraph(PROSE)
    word.paragraph("Comrade Jose\u0301 Marti\u0301 sent the o\ufb03cial nego\u00adtiations "
                   "report [to put] the question.")
    result = convert(word, tmp_path)
    paragraph = xpath(result, "//t:body//t:p[t:supplied]")[0]
    assert text_of(paragraph) == (
        "Comrade José Martí sent the official negotiations report to put the question.")
    warnings = [str(d) for d in result.diagnostics if d.code == "characters"]
    assert warnings == [
        f"{tmp_path / 'letter.docx'}:2:12: warning: 2 letters written as a letter and a "
        "combining mark composed (Unicode NFC), the first here [characters]",
        f"{tmp_path / 'letter.docx'}:2:32: warning: 1 ligature ﬃ (U+FB03) written as ffi, "
        "the first here [characters]",
        f"{tmp_path / 'letter.docx'}:2:42: warning: 1 soft hyphen (U+00AD) removed, the first "
        "here [characters]"]
    assert xpath(result, "string(//t:revisionDesc/t:change[1])").endswith(
        "1 soft hyphen (U+00AD) removed.")
