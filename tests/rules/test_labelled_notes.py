"""The translator's or editor's note, said to be one by its label: in brackets, in parentheses,
or as a paragraph of its own printed without either."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.profiles import load_profile
from teikit.writers.source import form_table, source_text

META = {"title": "Test", "date_text": "October 5, 1971", "original_language": "German"}
OPENING = "The report was sent on time and discussed at length by the committee.\n\n"
ARROW = ("Translator’s note: an arrow was drawn between “development” in the first paragraph "
         "and “restraining” in the second paragraph.")


def _paragraphs(source: str) -> list[str]:
    text = convert_text(source, overrides=META, enrich=False).tree.getroot().find(
        f"{{{TEI_NS}}}text")
    return [etree.tostring(p, encoding="unicode", with_tail=False).replace(
        f' xmlns="{TEI_NS}"', "") for p in text.iter(f"{{{TEI_NS}}}p")]


def test_a_paragraph_labelled_as_the_translators_note_is_one_whole() -> None:
    assert _paragraphs(OPENING + ARROW + "\n")[1] == (
        '<p><note type="editorial" place="inline" resp="#translator" rend="{}">Translator’s '
        'note: an arrow was drawn between <q rend="“{}”">development</q> in the first paragraph '
        'and <q rend="“{}”">restraining</q> in the second paragraph.</note></p>')


@pytest.mark.parametrize("line", ["Editor’s note - the rest of the page is missing.",
                                  "Translator's Note: the figures are as printed."])
def test_the_editors_label_or_a_capital_note_is_the_same(line: str) -> None:
    assert '<note type="editorial"' in _paragraphs(OPENING + line + "\n")[1]


@pytest.mark.parametrize("line", [
    "The translator noted that the figures were as printed in the original.",
    "Note: the figures are as printed.",  # (whose note? the document's own, as often)
    "Translator’s notes",  # (a heading over notes, no note)
])
def test_a_paragraph_without_the_label_and_its_colon_is_text(line: str) -> None:
    assert not any("<note" in paragraph for paragraph in _paragraphs(OPENING + line + "\n"))


def test_the_note_comes_back_without_brackets() -> None:
    result = convert_text(OPENING + ARROW + "\n", overrides=META, enrich=False)
    text = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    written = source_text(text, form_table(load_profile("wilson").conventions))
    assert written.split() == (OPENING + ARROW).split()
