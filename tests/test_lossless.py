"""The lossless check reports the first difference with its location."""

from __future__ import annotations

import pytest

from teikit.errors import LosslessError
from teikit.lossless import check_lossless


def test_equal_modulo_white_space_escapes_and_heading_markers() -> None:
    source = "TITLE\n\nA [Li Kuo Nyn]\\*  \nnext line\n"
    check_lossless(source, 0, ["TITLE A [Li Kuo Nyn]", "* next line"], path="x")


def test_a_lost_word_is_located() -> None:
    full = "header\n" + "one two\nthree [four] five\n"
    with pytest.raises(LosslessError) as caught:
        check_lossless(full, 7, ["one two three [four]"], path="doc.txt")
    error = caught.value
    assert (error.location.line, error.location.column) == (3, 14)
    assert "'five'" in error.message and "end of text" in error.message


def test_chunked_comparison_finds_a_difference_far_into_the_text(monkeypatch) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", 7)
    source = "word " * 40 + "\\* tail"
    check_lossless(source, 0, ["word" * 40, "\\", "  ", "*tail"], path="x")
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, 0, ["word" * 39, "wurd*tail"], path="x")
    assert caught.value.location.column == 5 * 39 + 2


@pytest.mark.parametrize(("source", "regenerated", "column"), [
    ("a * b", "a b", 3),          # a lost note marker
    ("a b", "a * b", 3),          # an invented one
    ("a [b] c", "a b] c", 3),     # a lost opening bracket
    ("a [b] c", "a [b c", 5),     # a lost closing bracket
    ("a \\b c", "a b c", 3),      # a backslash before a letter is not an escape
    ("a {} c", "a c", 3),
    ("x", "", 1),
])
def test_every_marker_counts(source: str, regenerated: str, column: int) -> None:
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, 0, [regenerated], path="doc.txt")
    assert str(caught.value.location) == f"doc.txt:1:{column}"


@pytest.mark.parametrize("space", list("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001"
                                        "\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
                                        "\u200a\u2028\u2029\u202f\u205f\u3000"))
def test_every_kind_of_white_space_is_ignored_on_both_sides(space: str) -> None:
    check_lossless(f"a{space}b", 0, ["ab"], path="x")
    check_lossless("ab", 0, [f"a{space}b"], path="x")


@pytest.mark.parametrize(("source", "regenerated"), [
    ("\\*", "*"), ("\\[x\\]", "[x]"), ("a\\_b", "a_b"), ("\\~\\{\\}\\!\\/\\:\\@\\`", "~{}!/:@`"),
    ("a\\\n*", "a*"),  # the escaped character after a line break
])
def test_markdown_escapes_are_ignored(source: str, regenerated: str) -> None:
    check_lossless(source, 0, [regenerated], path="x")


def test_escapes_are_ignored_on_the_regenerated_side_too() -> None:
    check_lossless("a*", 0, ["a\\*"], path="x")


def test_the_message_quotes_thirty_characters_on_each_side() -> None:
    source = "abc" + "x" * 40
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, 0, ["abd" + "y" * 40], path="x")
    message = caught.value.message
    assert f"expected {'c' + 'x' * 29!r}, got {'d' + 'y' * 29!r}" in message


def test_the_location_counts_lines_and_columns_from_the_body_start() -> None:
    full = "head\nline\n\n  one  two\n"
    with pytest.raises(LosslessError) as caught:
        check_lossless(full, 5, ["line one tw"], path="d")
    assert str(caught.value.location) == "d:4:10"


def test_a_backslash_split_between_chunks_is_still_an_escape(monkeypatch) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", 4)
    check_lossless("abc\\*def", 0, ["abc*def"], path="x")
    check_lossless("abc*def", 0, ["abc\\", " *def"], path="x")


@pytest.mark.parametrize(("source", "regenerated", "message"), [
    ("ab", "abc", "expected '(end of text)', got 'c'"),
    ("abc", "ab", "expected 'c', got '(end of text)'"),
])
def test_the_whole_message(source: str, regenerated: str, message: str) -> None:
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, 0, [regenerated], path="x")
    assert caught.value.message == (
        f"the TEI does not give the source back: {message} (white space ignored)")


def test_the_message_joins_the_pieces_as_they_are() -> None:
    with pytest.raises(LosslessError) as caught:
        check_lossless("a b c d", 0, ["a", "b", "c", "x"], path="x")
    assert "expected 'd', got 'x'" in caught.value.message


@pytest.mark.parametrize(("full", "start", "regenerated", "where"), [
    ("\nab", 0, "ac", "x:2:2"),           # a line break before everything
    ("\n\nhead\nab cd", 6, "abce", "x:4:5"),
    ("ab  cd", 0, "abce", "x:1:6"),       # white space before the difference
    ("  ab", 0, "ac", "x:1:4"),
])
def test_locations(full: str, start: int, regenerated: str, where: str) -> None:
    with pytest.raises(LosslessError) as caught:
        check_lossless(full, start, [regenerated], path="x")
    assert str(caught.value.location) == where


def test_a_backslash_before_white_space_and_a_letter_at_a_chunk_end_counts(monkeypatch) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", 4)
    with pytest.raises(LosslessError):
        check_lossless("abc\\ def", 0, ["abc def"], path="x")


def test_a_chunk_of_white_space_alone_does_not_end_the_comparison(monkeypatch) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", 4)
    check_lossless("abcdxy", 0, ["abcd", "     ", "xy"], path="x")
    check_lossless("abcd    xy", 0, ["abcdxy"], path="x")
    with pytest.raises(LosslessError) as caught:
        check_lossless("abcd    xz", 0, ["abcdxy"], path="x")
    assert str(caught.value.location) == "x:1:10"
