"""The lossless check reports the first difference with its location."""

from __future__ import annotations

import pytest

from teikit.errors import LosslessError
from teikit.lossless import check_lossless


def test_equal_modulo_runs_of_white_space_and_escapes() -> None:
    source = "TITLE\n\nA [Li Kuo Nyn]\\*  \nnext line\n"
    check_lossless(source, 0, ["\n\nTITLE\n\n A [Li Kuo Nyn]", "*\tnext   line"], path="x")


def test_two_words_glued_together_are_a_difference() -> None:
    source = "MAO ZEDONG\nComrade MAO ZEDONG!\n"
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, 0, ["MAO ZEDONG", "Comrade MAO ZEDONG!"], path="w.txt")
    assert (caught.value.location.line, caught.value.location.column) == (2, 1)


def test_one_word_split_in_two_is_a_difference() -> None:
    with pytest.raises(LosslessError) as caught:
        check_lossless("the F[oreign] M[inistry] said", 0, ["the F [oreign] M[inistry] said"],
                       path="w.txt")
    assert caught.value.location.column == 6


def test_a_lost_word_is_located() -> None:
    full = "header\n" + "one two\nthree [four] five\n"
    with pytest.raises(LosslessError) as caught:
        check_lossless(full, 7, ["one two three [four]"], path="doc.txt")
    error = caught.value
    assert (error.location.line, error.location.column) == (3, 14)
    assert "' five'" in error.message and "end of text" in error.message


def test_chunked_comparison_finds_a_difference_far_into_the_text(monkeypatch) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", 7)
    source = "word " * 40 + "\\* tail"
    check_lossless(source, 0, ["word " * 40, "\\", "  ", "* ", "tail"], path="x")
    check_lossless(source, 0, ["word\n" * 40, "*", " tail"], path="x")
    with pytest.raises(LosslessError) as caught:
        check_lossless(source, 0, ["word " * 39, "wurd * tail"], path="x")
    assert caught.value.location.column == 5 * 39 + 2


@pytest.mark.parametrize("chunk", [7, 1 << 16])
def test_a_kept_source_is_compared_and_located_as_the_text_itself(monkeypatch, chunk) -> None:
    import teikit.kept_text as kept_text
    import teikit.lossless as lossless

    monkeypatch.setattr(kept_text, "PIECE", 11)  # compressed pieces, cut inside words
    monkeypatch.setattr(lossless, "CHUNK", chunk)
    source = "Header\n" + "сказал “word” " * 30 + "\nend"
    body = source[7:]
    check_lossless(kept_text.KeptText(source), 7, [body[:50], body[50:]], path="x")
    wrongs = [body.replace("word", "wurd", 1), body.replace("word", "wurd", 1)[:-1],
              body[:-1], body + " more", body[:200] + "\nX" + body[200:],
              body[:170] + body[171:]]
    for wrong in wrongs:
        with pytest.raises(LosslessError) as from_text:
            check_lossless(source, 7, [wrong], path="x")
        with pytest.raises(LosslessError) as from_kept:
            check_lossless(kept_text.KeptText(source), 7, [wrong], path="x")
        assert from_kept.value.location == from_text.value.location
        assert from_kept.value.message == from_text.value.message


@pytest.mark.parametrize("chunk", [3, 7, 1 << 16])
def test_a_difference_is_located_after_the_line_breaks_of_its_chunk(monkeypatch, chunk) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", chunk)
    source = "Head\n\nfirst line\nsecond line\n\nthird line here\nand a fourth\n"
    body = source[6:]
    cases = {  # the regenerated body → where the source stops being given back
        body.replace("third", "thrid"): (6, 3),
        body.replace("fourth", "forth"): (7, 9),
        body.replace("second", "Second"): (4, 1),
        body.replace("here\nand", "hereand"): (7, 1),  # the separator stands before "and"
    }
    for wrong, (line, column) in cases.items():
        with pytest.raises(LosslessError) as caught:
            check_lossless(source, 6, [wrong], path="x")
        assert (caught.value.location.line, caught.value.location.column) == (line, column)


@pytest.mark.parametrize("chunk", [3, 1 << 16])
def test_a_body_that_starts_with_a_line_break_is_located_from_the_line_after(
        monkeypatch, chunk) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", chunk)
    with pytest.raises(LosslessError) as caught:
        check_lossless("Head\n\nfirst line\n", 5, ["\nfirst lime\n"], path="x")
    assert (caught.value.location.line, caught.value.location.column) == (3, 9)


def test_a_chunk_is_cut_at_its_last_place_between_two_word_characters() -> None:
    from teikit.lossless import _safe_cut

    assert _safe_cut("ab cd") == 4
    assert _safe_cut("abc de ") == 5  # the pair nearest the end, whatever its parity
    assert _safe_cut("ab") == 1
    assert _safe_cut("a b c ") == 0  # no two word characters together: wait for more
    assert _safe_cut("") == 0


def test_regenerated_pieces_are_compared_in_groups_of_a_chunk_or_more(monkeypatch) -> None:
    import teikit.lossless as lossless

    monkeypatch.setattr(lossless, "CHUNK", 4)
    assert list(lossless._grouped(["ab", "cd", "ef", "g"])) == ["abcd", "efg"]
    assert list(lossless._grouped(["abcde", "f"])) == ["abcde", "f"]
    assert list(lossless._grouped([])) == [""]


def test_tokens_drop_escapes_and_white_space() -> None:
    from teikit.lossless import _tokens

    assert _tokens("A [Li]\\*  next\n\\[x]") == ["A", "[Li]*", "next", "[x]"]
    assert _tokens("no escape here") == ["no", "escape", "here"]
