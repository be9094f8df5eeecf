"""Words hyphenated at a line's end, as the text of a printed page or a PDF gives them.

Before they were read, `cau-` / `tion` was two words: the rules saw `cau-` and `tion`, a date
broken across the lines was cut (`22 Sep-` / `tember 1954` a date of `22 Sep`, in the
document's year), and the tail of a word was marked as another language's (`ar-` / `mistice`,
`sho-` / `uld`: `foreign`). Now the word is read whole and the TEI keeps the hyphen and the line
end, `cau<pc force="inter">-</pc><lb break="no"/>tion`, which the lossless check reads back.
"""

from __future__ import annotations

from collections import Counter

import page_exports
import pytest
from lxml import etree
from shared_paths import DEV_RAW
from tei_text import NS, invalidity

from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.readers.word_breaks import broken_word, in_brackets
from teikit.rules.word_tables import WordTables
from teikit.writers.source import form_table, source_text

DOCUMENTS = sorted(DEV_RAW.glob("*.txt")) if DEV_RAW.is_dir() else []
def _body(source: str) -> etree._Element:
    root = convert_text(source, source_name="page.txt").tree.getroot()
    return root.find(".//t:body", NS)


def _letters(body: etree._Element) -> str:
    """The body's text as it reads, a line's hyphen (`pc`) left out, without white space (which
    the wrapping moves)."""
    return "".join("".join(body.xpath(".//text()[not(parent::t:pc[@force='inter'])]",
                                      namespaces=NS)).split())


@pytest.mark.parametrize(("line", "following", "broken"), [
    ("the govern-", "ment of the DPRK", True),
    ("Comrade Vyshin-", "sky said", True),  # (no part is an English word)
    ("in Pyong-", "yang on", True),
    ("the in-", "formation", True),  # (both parts words, and so is the whole)
    ("on 12 Sep-", "tember 1951", True),
    ("the ar-", "mistice", True),
    ("a well-", "known fact", False),  # (both parts words; `wellknown` no English word)
    ("the so-", "called government", False),
    ("a non-", "aggression pact", False),
    ("Sino-", "Soviet relations", False),  # (the rest in capitals: a compound's)
    ("the 1950-", "s", False),
    ("Moscow -", "the capital", False),  # (a dash set apart)
    ("Kim Il-", "sung", False),  # (a romanised name's syllables)
    ("Mao Tse-", "tung", False),
    ("Chiang Kai-", "shek", False),
    ("in Hang-", "zhou", True),  # (the name English knows whole)
    ("Comrade Kaga-", "novich", True),  # (`novich` no syllable of a romanised name)
    ("comrade Step-", "akov", True),
    ("RELATIONS IN CON-", "NECTION WITH", True),
    ("the SINO-", "SOVIET treaty", False),
])
def test_a_hyphen_ending_a_line_breaks_a_word_unless_a_compound_keeps_it(
        line: str, following: str, broken: bool) -> None:
    assert broken_word(line, following, WordTables()) is broken


_PAGE = ("**September 20, 1954**\n\n**Telegram on the arrival**\n\n"
         "Comrade Sheng Jian will be arriving here on the evening of 22 Sep-\n"
         "tember 1954 in Bei-\njing with Comrade Vyshin-\nsky, to discuss the ar-\n"
         "mistice, as is well-\nknown, with the Sino-\nSoviet commission.\n")


def test_a_broken_word_is_one_word_with_its_hyphen_and_line_end_kept() -> None:
    body = _body(_PAGE)
    markup = etree.tostring(body, encoding="unicode")
    for left, right in (("Bei", "jing"), ("Vyshin", "sky"), ("ar", "mistice")):
        assert f'{left}<pc force="inter">-</pc><lb break="no"/>{right}' in markup
    # A compound's hyphen stays its own, and so does the line's end after it.
    assert "well-<lb/>\nknown" in markup and "Sino-<lb/>\nSoviet commission" in markup
    assert "inBeijingwithComradeVyshinsky," in _letters(body)
    assert body.xpath(".//t:foreign", namespaces=NS) == []  # (`mistice` is no Romanian)


def test_a_date_a_line_end_broke_is_one_date_around_the_break() -> None:
    dates = _body(_PAGE).xpath(".//t:date", namespaces=NS)
    assert [(date.get("when"), "".join(date.itertext())) for date in dates] == [
        ("1954-09-22", "22 Sep-tember 1954")]
    assert dates[0].find("t:lb", NS).get("break") == "no"


def test_the_source_comes_back_from_the_tei_and_the_tei_is_valid(tmp_path) -> None:
    result = convert_text(_PAGE, source_name="page.txt")
    written = source_text(result.tree.getroot().find("t:text", NS),
                          form_table(load_profile("wilson").conventions))
    assert "22 Sep-\ntember 1954 in Bei-\njing with Comrade Vyshin-\nsky" in written
    assert invalidity(result.tree, tmp_path) == []


def test_a_word_broken_in_a_bracket_a_rule_reads_as_its_own_words_stays_whole() -> None:
    """The seed's `[SIC, otvet Ridzhuehya; should be …]` broken in `should`: the sic rule marks
    the original's words of its note as `foreign`, and reads `sho` and `uld` as one word."""
    body = _body("**September 10, 1951**\n\n**Report**\n\n"
                 "He informed him of the text of Ridgway's reply [SIC, otvet Ridzhuehya; sho-\n"
                 "uld be otvet Ridzhuehyu] for transmission via Pyongyang Radio at a time.\n")
    note = body.find(".//t:note[@type='sic']", NS)
    assert [f.text for f in note.findall("t:foreign", NS)] == ["otvet Ridzhuehya",
                                                               "otvet Ridzhuehyu"]
    assert 'sho<pc force="inter">-</pc><lb break="no"/>uld' in etree.tostring(
        note, encoding="unicode")


def test_a_name_of_two_romanised_syllables_keeps_the_hyphen_between_them() -> None:
    """`Su-` / `pung` as `Kim Il-` / `sung`: the page cannot tell a name a romanisation writes
    with a hyphen from one the line broke, and the hyphen is kept as text (the TEI gives both
    back); English's knowing the whole name tells (`Hang-` / `zhou`)."""
    markup = etree.tostring(_body(
        "**September 20, 1954**\n\n**Telegram**\n\nThe station at Su-\npung on the Yalu, "
        "and the plant at Hang-\nzhou.\n"), encoding="unicode")
    assert "Su-<lb/>\npung" in markup
    assert 'Hang<pc force="inter">-</pc><lb break="no"/>zhou' in markup


def test_breaks_inside_brackets_are_told_apart() -> None:
    text = "one [two three] four [five [six] seven] eight"
    positions = [text.index(word) + 1 for word in ("one", "two", "four", "six", "seven",
                                                   "eight")]
    assert sorted(in_brackets(text, positions)) == sorted(positions[i] for i in (1, 3, 4))


@pytest.mark.parametrize("width", [60, 72])
def test_a_hyphenated_body_reads_as_the_same_words_and_phenomena_wrapped_without(
        width: int) -> None:
    """Each dev document wrapped at `width` with words broken at the line's end reads as the
    same text, no hyphen of the line's left in it, and counts the same phenomena, as wrapped
    without breaking them."""
    changed, broken = [], 0
    for path in DOCUMENTS:
        text = path.read_text(encoding="utf-8")
        hyphenated = convert_text(
            page_exports.hyphenated(text, width, break_names=False), source_name=path.name)
        wrapped = convert_text(page_exports.wrapped(text, width, headings=False),
                               source_name=path.name)
        counts = Counter(hyphenated.phenomena)
        broken += counts.pop("word_break", 0)
        body = hyphenated.tree.getroot().find(".//t:body", NS)
        if (counts != Counter(wrapped.phenomena)
                or _letters(body) != _letters(wrapped.tree.getroot().find(".//t:body", NS))):
            changed.append(path.stem)
    assert changed == []
    assert broken > 50
