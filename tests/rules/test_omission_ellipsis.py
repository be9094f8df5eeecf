"""An ellipsis without brackets marks a passage the editor left out where it stands apart from
the words (opening a paragraph or a speaker's words, between two sentences, in parentheses); a
voice trailing off (`soon...`) is the text's."""

from __future__ import annotations

import pytest

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.writers.source import form_table, source_text

META = {"title": "Test", "date_text": "May 14, 1969"}
_NS = {"t": TEI_NS}


def _gaps_and_text(paragraph: str) -> tuple[list[str], str]:
    root = convert_text(paragraph + "\n", overrides=META, enrich=False).tree.getroot()
    (p,) = root.xpath("//t:body//t:p", namespaces=_NS)
    gaps = [gap.get("rend") for gap in p.xpath(".//t:gap[@reason='editorial']", namespaces=_NS)]
    return gaps, "".join(p.itertext())


@pytest.mark.parametrize(("paragraph", "cut"), [
    ("Kim Jong Il is the son of his mother, Kim Il Sung’s first wife. … The entire issue is "
     "highly sensitive.", "…"),
    ("Gomulka: …The recent events on the border show the sense of their provocations.", "…"),
    ("...Premier Zhou expressed that it is helpful to exchange opinions.", "..."),
    ("They spoke of the shortcomings (…) and of the elections in the country.", "(…)"),
    # (the cut said in words, in parentheses)
    ("They spoke of the shortcomings. (Omitted) Then of the elections in the country.",
     "(Omitted)"),
    ("He spoke of the elections in the country (rest omitted).", "(rest omitted)"),
    # (after the paragraph's last sentence: what followed was cut)
    ("I hope that in the next few days our defense will gain ground in the south. ...", "..."),
    # (an excerpt quoted from its middle: the quotation opens on the cut)
    ("“… Following a request from the Egyptian Foreign Ministry, an Egyptian delegation "
     "visited Czechoslovakia last December.", "…"),
    # (four dots glued to a sentence: its full stop, then the cut before the next one)
    ("We should actively collect materials and make all kinds of proposals.... If a "
     "ceasefire is to be achieved, it is better to have a relatively fixed line.", "..."),
    # (glued to a word in lower case where the paragraph begins: cut to the sentence's middle)
    ("…the progress of implementation of the decree was reported by Cdes. Ustinov and "
     "Gromyko.", "…"),
    # (glued to the words either side, a sentence ended and the next cut to its start; the
    # full stop after it, the sentence's)
    ("I was in Moscow on September 8, 1978…The conversation lasted for almost two hours.",
     "…"),
    ("It may be that the Junta would like to pin that sin on him….Of course, no one can say "
     "it.", "…"),
    # (after a sentence, spaced from both, before a word in lower case: the next sentence cut
    # to its middle)
    ("We reported on the colossal development of this work abroad. ... around this issue a "
     "concentration of scientific power has been created.", "..."),
])
def test_an_ellipsis_apart_from_the_words_is_a_passage_left_out(paragraph: str,
                                                                 cut: str) -> None:
    gaps, text = _gaps_and_text(paragraph)
    assert gaps == [cut]
    assert cut not in text  # (written in the gap's `rend`, read back by the source writer)


@pytest.mark.parametrize("paragraph", [
    "He said that the question would be decided soon... We cannot allow the illusion to grow.",
    "The Yugoslavs will disappear ... The Yugoslavs have no experience of such matters.",
    "It depends on the wishes of comrade Gorbachev…",
    # (glued, but a form's dotted leader after its label, or a voice trailing off)
    "From…Saigon was dispatched on 9 April at 10:00 hours.",
    "I thought that he would come…but he did not.",
    # (spaced from words in lower case either side, in a sentence's middle: a blank the draft
    # left to fill in, or the writer's pause; the readers of both pages say it is no cut)
    "For the abovementioned, they set a meeting at … level in order to study it.",
    "a friendly embassy has been able to follow the embarkation and ... photograph it.",
    # (a row of dots is a leader, or a blank the draft left to fill in)
    "for the newspapers .............. 29 tons",
    "on meetings held between ..............., and ............... November 1985, and",
])
def test_a_voice_trailing_off_keeps_its_ellipsis(paragraph: str) -> None:
    gaps, text = _gaps_and_text(paragraph)
    assert gaps == []
    assert text == paragraph


def test_the_source_comes_back_with_its_ellipses() -> None:
    source = ("Gomulka: …The recent events show it. … The entire issue is sensitive (…) and "
              "he said so...")
    result = convert_text(source + "\n", overrides=META, enrich=False)
    text = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    # (the last, `so...`, ends the paragraph of a document that cuts elsewhere: a cut too)
    assert len(text.findall(f".//{{{TEI_NS}}}gap")) == 4
    written = source_text(text, form_table(load_profile("wilson").conventions))
    assert " ".join(written.split()) == source


def _document_gaps(source: str) -> list[str]:
    root = convert_text(source, overrides=META, enrich=False).tree.getroot()
    return [gap.get("rend") for gap in root.xpath("//t:body//t:gap", namespaces=_NS)]


def test_an_ellipsis_ending_a_paragraph_is_a_cut_where_the_document_cuts_elsewhere() -> None:
    """`… building many objects…` over `[…]`, `help and benevolence of my colleagues…` over
    `…India is unpopular`: the talking points and the telegram cut their text elsewhere, and
    the ellipsis that ends a paragraph is one more cut (the readers of the three pages so
    ended marked it); a memorandum that cuts nothing else trails off (`including Vietnam and
    North Korea…`, as the readers of its three pages read it)."""
    cut_elsewhere = ("…As you will see there is a good deal of cooperation between the "
                     "embassies. I have been counting on the help of my colleagues…\n\n"
                     "…India is unpopular with the Junta.\n")
    assert _document_gaps(cut_elsewhere) == ["…", "…", "…"]
    bracketed = ("[…]\n\nWe can refer to our good tradition when Polish specialists worked "
                 "in your country building many objects…\n")
    assert _document_gaps(bracketed) == ["[…]", "…"]
    trailing_off = ("He spoke of the talks with the Chinese comrades and of the parties of "
                    "the region, including Vietnam and North Korea…\n\nAfter that the "
                    "conversation turned to trade.\n")
    assert _document_gaps(trailing_off) == []


def test_an_ellipsis_before_the_next_sentence_is_a_cut_where_the_document_cuts_elsewhere() -> None:
    """`took place . . . Taraki once again`, `in military equipment… It wanted`: in reports
    quoted from their middle (`. . . Taraki, and Amin as well`, `“… Following a request`),
    the ellipsis after a word before the next sentence is one more cut, as the readers of
    both pages marked it; where the only other ellipsis is glued between two sentences of a
    diary's musing (`proceeding…Perhaps`), the writer's pause is the text's."""
    excerpt = (". . . Taraki, and Amin as well, returned to the issue.\n\n"
               "On July 19 a second meeting with N.M. Taraki took place . . . Taraki once "
               "again returned to the issue.\n")
    assert _document_gaps(excerpt) == [". . .", ". . ."]
    musing = ("They will scrutinize it under a microscope… I will not say a word.\n\n"
              "Socialism as a world phenomenon has been proceeding…Perhaps it is "
              "inevitable.\n")
    assert _document_gaps(musing) == ["…"]


def test_an_ellipsis_opening_a_diary_entry_before_its_date_is_a_cut() -> None:
    assert _document_gaps("…21 October 1957\n\nI informed Nam Il of the decision.\n") == ["…"]


def test_words_of_omission_in_a_sentence_are_no_cut() -> None:
    gaps, _ = _gaps_and_text("He has (not) omitted the point that was (in part) not included.")
    assert gaps == []
