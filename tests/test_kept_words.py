"""The words check of a source with no text to give back (`teikit.kept_words`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from readers.docx_builder import WordFile

import teikit.readers.docx as docx_reader
from teikit.convert import convert_file
from teikit.kept_words import added_words, missing_words, word_inventory

PROSE = ("The delegation met the Korean side at the appointed place and the talks went on for "
         "several hours without a break.")


def test_words_are_counted_in_lower_case_as_often_as_they_stand() -> None:
    assert word_inventory(["The talks", "the Talks went on"]) == Counter(
        {"the": 2, "talks": 2, "went": 1, "on": 1})


def test_every_word_kept_gives_no_warning_whatever_the_stars() -> None:
    """Emphasis written back inside a word (`poli**tical**`) and a note's star between two
    (`Chinese*An endnote`) keep the words."""
    expected = word_inventory(["the political prestige", "the Chinese", "An endnote"])
    assert missing_words(expected, "the poli**tical** prestige the Chinese*An endnote",
                         "a.docx") is None


def test_missing_words_are_named_with_their_counts() -> None:
    expected = word_inventory(["Filippov Filippov met Zhou Enlai in Moscow"])
    found = missing_words(expected, "met Zhou in Moscow", "a.docx")
    assert found is not None and found.code == "lost-words"
    assert found.message == ("3 word(s) of the source are not in the TEI: 'filippov' ×2, "
                             "'enlai'")
    assert str(found.location) == "a.docx"


def test_only_the_first_eight_missing_words_are_named() -> None:
    expected = word_inventory([" ".join(f"word{n}" for n in range(11))])
    found = missing_words(expected, "", "a.docx")
    assert found is not None and found.message.endswith(" and 3 more")


def test_a_word_file_whose_words_the_tei_lacks_is_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs on every Word file: a word the reader asks the TEI for and the TEI
    lacks (one the file's text never had, standing in for a reader that drops one) is named
    in a warning; the file's own words give none."""
    word = WordFile()
    word.paragraph(PROSE)
    path = word.save(tmp_path / "letter.docx")
    meta = {"title": "A letter", "date_text": "1 May 1960"}
    assert not [d for d in convert_file(path, overrides=meta).diagnostics
                if d.code == "lost-words"]
    kept = docx_reader._words_kept
    monkeypatch.setattr(docx_reader, "_words_kept",
                        lambda stories, anchors: [*kept(stories, anchors), "Zanzibar"])
    (lost,) = [d for d in convert_file(path, overrides=meta).diagnostics
               if d.code == "lost-words"]
    assert "'zanzibar'" in lost.message


def test_words_written_twice_are_named_and_the_notes_marks_are_not() -> None:
    """A word the TEI holds more often than the file (a box's text written twice) is named;
    the marks Word draws for its notes (`1`, `ii`) are the TEI's own; emphasis stars inside a
    word (`poli**tical**`) add none."""
    expected = word_inventory(["Seen by Molotov", "the political prestige"])
    assert added_words(expected, "Seen by Molotov the poli**tical** prestige 1 ii", "a.docx",
                       word_inventory(["1", "ii"])) is None
    found = added_words(expected, "Seen by Molotov Seen by Molotov the political prestige",
                        "a.docx", Counter())
    assert found is not None and found.code == "added-words"
    assert found.message == ("3 word(s) in the TEI more often than in the source: 'seen', "
                             "'by', 'molotov'")


def test_a_word_file_whose_tei_holds_words_twice_is_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check runs on every Word file: a word the TEI holds more often than the file (the
    reader asking for one fewer than it writes, standing in for a conversion that writes a
    part twice) is named in a warning; a file with notes gives none for their numbers."""
    word = WordFile()
    paragraph = word.paragraph(PROSE)
    word.note(paragraph, "A footnote.")
    word.note(paragraph, "An endnote.", kind="endnote")
    path = word.save(tmp_path / "letter.docx")
    meta = {"title": "A letter", "date_text": "1 May 1960"}
    assert not [d for d in convert_file(path, overrides=meta).diagnostics
                if d.code in ("lost-words", "added-words")]
    kept = docx_reader._words_kept
    monkeypatch.setattr(docx_reader, "_words_kept",
                        lambda stories, anchors: [t.replace("Korean", "") for t in
                                                  kept(stories, anchors)])
    (added,) = [d for d in convert_file(path, overrides=meta).diagnostics
                if d.code == "added-words"]
    assert "'korean'" in added.message
