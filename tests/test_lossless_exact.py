"""The lossless check, fact by fact, with exact locations and messages: every marker counts,
every kind of white space separates words alike, escapes are ignored on both sides, chunk
boundaries change nothing. Written to kill mutants of `teikit.lossless` (see the README)."""

from __future__ import annotations

import pytest

import teikit.lossless as lossless
from teikit.errors import LosslessError
from teikit.lossless import check_lossless

SUFFIX = " (white space compared only where it separates words)"


def difference(source: str, regenerated: list[str], start: int = 0) -> LosslessError:
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, start, regenerated, path="x")
    return caught.value


@pytest.mark.parametrize(("source", "regenerated", "column"), [
    ("a * b", "a b", 3),          # a lost note marker
    ("a b", "a * b", 3),          # an invented one
    ("a [b] c", "a b] c", 4),     # a lost opening bracket (located at its word)
    ("a [b] c", "a [b c", 5),     # a lost closing bracket
    ("a \\b c", "a b c", 3),      # a backslash before a letter is not an escape
    ("a {} c", "a c", 3),
    ("x", "", 1),
])
def test_every_marker_counts(source: str, regenerated: str, column: int) -> None:
    assert str(difference(source, [regenerated]).location) == f"x:1:{column}"


WHITE_SPACE = list("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003"
                   "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


@pytest.mark.parametrize("space", WHITE_SPACE)
def test_every_kind_of_white_space_separates_words_alike(space: str) -> None:
    check_lossless(f"a{space}b", 0, ["a b"], path="x")
    check_lossless("a b", 0, [f"a{space}{space}b"], path="x")
    check_lossless(f"a{space}.", 0, ["a."], path="x")


@pytest.mark.parametrize("space", WHITE_SPACE)
def test_white_space_between_words_is_never_dropped(space: str) -> None:
    """Located at the word after the lost separator."""
    where = "x:2:1" if space == "\n" else "x:1:3"
    assert str(difference(f"a{space}b", ["ab"]).location) == where


@pytest.mark.parametrize(("source", "regenerated"), [
    ("\\*", "*"), ("\\[x\\]", "[x]"), ("a\\_b", "a_b"), ("\\~\\{\\}\\!\\/\\:\\@\\`", "~{}!/:@`"),
    ("a\\\n*", "a*"),  # the escaped character after a line break
])
def test_markdown_escapes_are_ignored(source: str, regenerated: str) -> None:
    check_lossless(source, 0, [regenerated], path="x")


def test_escapes_are_ignored_on_the_regenerated_side_too() -> None:
    check_lossless("a*", 0, ["a\\*"], path="x")


@pytest.mark.parametrize(("source", "regenerated", "message"), [
    ("ab", "abc", "expected '(end of text)', got 'c'"),
    ("abc", "ab", "expected 'c', got '(end of text)'"),
    ("abc" + "x" * 40, "abd" + "y" * 40, f"expected {'c' + 'x' * 29!r}, got {'d' + 'y' * 29!r}"),
])
def test_the_whole_message(source: str, regenerated: str, message: str) -> None:
    assert difference(source, [regenerated]).message == (
        f"the TEI does not give the source back: {message}{SUFFIX}")


def test_the_message_joins_the_pieces_as_they_are() -> None:
    assert "expected 'd', got 'x'" in difference("a b c d", ["a ", "b ", "c ", "x"]).message


@pytest.mark.parametrize(("full", "start", "regenerated", "where"), [
    ("\nab", 0, "ac", "x:2:2"),           # a line break before everything
    ("\n\nhead\nab cd", 6, "ab ce", "x:4:5"),
    ("ab  cd", 0, "ab ce", "x:1:6"),      # white space before the difference
    ("  ab", 0, "ac", "x:1:4"),
    ("head\nline\n\n  one  two\n", 5, "line one tw", "x:4:10"),
])
def test_locations(full: str, start: int, regenerated: str, where: str) -> None:
    assert str(difference(full, [regenerated], start).location) == where


@pytest.mark.parametrize("chunk", [4, 7, 64])
def test_chunk_boundaries_change_nothing(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(lossless, "CHUNK", chunk)
    source = "word " * 40 + "abc\\*def  ghi"
    check_lossless(source, 0, ["word " * 40, "abc", "*", "def", " ", "ghi"], path="x")
    check_lossless(source, 0, [("word " * 40).replace(" ", "\n"), "abc*def ghi"], path="x")
    assert str(difference(source, ["word " * 39, "wurd abc*def ghi"]).location) == "x:1:197"
    assert str(difference(source, ["word " * 40, "abc*defghi"]).location) == "x:1:211"


@pytest.mark.parametrize(("source", "regenerated"), [
    ("a_ b", "a_b"),    # "_" ends a word
    ("[X] b", "[X]b"),  # brackets are looked through, not what they hold
    (".a b", ".ab"),    # only the last character before the space decides
    ("a X.", "aX."),    # ... and only the first one after it
])
def test_a_separator_between_words_is_kept(source: str, regenerated: str) -> None:
    difference(source, [regenerated])


def test_letter_spaced_text_across_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """No two word characters side by side near a chunk's end: the chunk waits for the next
    one instead of being cut where the white space between two words could be split (this
    once failed a 1.2 MB letter-spaced text, `a a a …`, whose TEI had other white space)."""
    monkeypatch.setattr(lossless, "CHUNK", 4)
    check_lossless("a b     cd", 0, ["a b cd"], path="x")
    check_lossless("ab   cd", 0, ["ab cd"], path="x")
    check_lossless(" ab   cd", 0, ["ab cd"], path="x")
    assert str(difference("a b     cd", ["a bcd"]).location) == "x:1:9"


def test_letter_spaced_text_at_full_size() -> None:
    text = "a " * 600_000
    check_lossless(text + "Z", 0, ["a  "] * 600_000 + ["Z"], path="x")


@pytest.mark.parametrize(("source", "regenerated"), [
    ("aXXXX*", ["a\\*"]),     # an escape is removed, not replaced
    ("aXXXXb", ["a", "b"]),   # the pieces are joined as they are
])
def test_the_quick_comparison_is_exact(source: str, regenerated: list[str]) -> None:
    difference(source, regenerated)
