"""Marks in parentheses, read as their bracketed forms are, by word rules a project can switch
off: the translator's doubt (`Pak Chang-ok (?)`, `word (?)`: `uncertain-parenthesis`, as `[?]`)
an error of the original (`ministery (sic)`: `sic-parenthesis`, as `[sic]`) and a passage
the translator could not read (`(illegible)`: `illegible-parenthesis`, as `[illegible]`); the
marker comes back from `@rend`."""

from __future__ import annotations

import pytest

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.profiles import wilson
from tests.rules.test_bracket_rules import META, PROSE, inner_xml


@pytest.mark.parametrize(("snippet", "expected"), [
    ("the delegation of Pak Chang-ok (?) came", 'of <persName cert="low" rend="{} (?)">Pak '
     "Chang-ok</persName> came"),
    ("KIM IL SUNG(?) came", '<persName cert="low" rend="{}(?)">KIM IL SUNG</persName> came'),
    ("the plan (?) of the ministry", 'the <unclear reason="uncertain" rend="{} (?)">plan'
     "</unclear> of"),
    ("in 1950 (?) or later", '<unclear reason="uncertain" rend="{} (?)">1950</unclear> or'),
])
def test_a_question_mark_in_parentheses_doubts_the_word_or_name_before(
        snippet: str, expected: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert expected in xml, xml


def test_inside_a_bracket_or_alone_it_stays_text() -> None:
    assert "unclear" not in inner_xml(PROSE.format("the [plan (?) of the] ministry"))
    assert "(?)" in inner_xml(PROSE.format("the list: (?) and so"))


def test_a_project_that_switches_it_off_keeps_the_parentheses_as_text() -> None:
    profile = wilson()
    profile.ruler.disable(["uncertain-parenthesis"])
    text = PROSE.format("the plan (?) of the ministry")
    root = convert_text(text, overrides=META, profile=profile, enrich=False).tree.getroot()
    assert root.find(f".//{{{TEI_NS}}}unclear") is None
    body = root.find(f".//{{{TEI_NS}}}body")
    assert "the plan (?) of the ministry" in "".join(body.itertext())


@pytest.mark.parametrize(("snippet", "expected"), [
    ("the ministery (sic) of", 'the <sic rend="{} (sic)">ministery</sic> of'),
    ("the ministery (sic!) of", 'the <sic rend="{} (sic!)">ministery</sic> of'),
    ("the ministery [sic.] of", 'the <sic rend="{} [sic.]">ministery</sic> of'),
])
def test_sic_in_parentheses_or_with_a_point_marks_the_word_before(
        snippet: str, expected: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert expected in xml, xml


@pytest.mark.parametrize(("snippet", "expected"), [
    ("Castro Madero (illegible) immediately",
     'Madero <gap reason="illegible" rend="(illegible)"/> immediately'),
    ("who will be (2 words illegible): the",
     'be <gap reason="illegible" unit="word" quantity="2" rend="(2 words illegible)"/>: the'),
    # (how the words before it read, not words missing)
    ("the text (partially illegible) says", "the text (partially illegible) says"),
    # (signed, the signature not read; a word of the text that says so is no mark)
    ("familiarization. (illegibly signed)",
     'familiarization. <gap reason="illegible" rend="(illegibly signed)"/>'),
    ("he wrote illegibly (as always) and", "he wrote illegibly (as always) and"),
    ("a report (unclear) on", "a report (unclear) on"),
])
def test_illegible_in_parentheses_is_a_gap_as_in_brackets(snippet: str, expected: str) -> None:
    xml = inner_xml(PROSE.format(snippet))
    assert expected in xml, xml


@pytest.mark.parametrize(("snippet", "expected"), [
    ("he is a very militant (boyevoy) man", 'militant (<foreign xml:lang="ru-Latn">boyevoy'
     "</foreign>) man"),
    ("they might be up to something (zateiat chego nebut) there", 'something (<foreign '
     'xml:lang="ru-Latn">zateiat chego nebut</foreign>) there'),
])
def test_the_originals_words_in_parentheses_after_their_translation(
        snippet: str, expected: str) -> None:
    """The whole parenthesis is the original's phrase, though one of its words is a word of
    another language's table (`chego`, Portuguese)."""
    assert expected in inner_xml(PROSE.format(snippet))


@pytest.mark.parametrize("snippet", [
    "the minister (smiling) said",  # an English remark
    "authenticated (Khokhlov) by",  # a name
    "the League (LCY) and",  # an acronym
    "the first (1) point",  # a figure
    "long term (five-year) agreements",  # an English compound, its parts English words
])
def test_english_names_acronyms_and_figures_in_parentheses_stay_text(snippet: str) -> None:
    assert "foreign" not in inner_xml(PROSE.format(snippet))
