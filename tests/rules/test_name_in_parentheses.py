"""A given name the translator supplied in parentheses after the family name printed alone
(`Huang (Kecheng) and Su (Yu):`), as some translations of Chinese papers print what others
bracket: `persName` with the given name `supplied`, the parentheses in `@rend`; the source comes
back whole. A parenthesis after a capitalised word that is the text's own stays text."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.profiles import wilson
from teikit.writers.source import form_table, source_text

META = {"title": "Telegram", "date_text": "June 20, 1954"}
NS = {"t": TEI_NS}


def _body(source: str) -> etree._Element:
    root = convert_text(source, overrides=META, enrich=False).tree.getroot()
    body = root.find(f".//{{{TEI_NS}}}body")
    assert body is not None
    return body


def _completed(body: etree._Element) -> list[tuple[str, str]]:
    return [("".join(name.itertext()), name.findtext("t:supplied", namespaces=NS) or "")
            for name in body.iterfind(".//t:persName", NS)
            if name.find("t:supplied[@rend='({})']", NS) is not None]


def test_names_completed_in_parentheses_in_an_address_and_a_list() -> None:
    """Mao's telegram to Huang Kecheng and Su Yu opens on their names so completed; the CCP's
    telegram to Zhou Enlai lists three comrades so; `Su (Yu)` and `Ho (Chi Minh)`, syllables
    English knows, are read beside the names English does not know."""
    source = ("Huang (Kecheng) and Su (Yu):\n\nIf an armistice is reached, the troops stay.\n\n"
              "Please discuss with Comrades Ho (Chi Minh), Vo (Nguyen Giap) and Wei (Guoqing) "
              "whether the operations should wait.\n")
    body = _body(source)
    assert _completed(body) == [("Huang Kecheng", "Kecheng"), ("Su Yu", "Yu"),
                                ("Ho Chi Minh", "Chi Minh"), ("Vo Nguyen Giap", "Nguyen Giap"),
                                ("Wei Guoqing", "Guoqing")]
    written = source_text(body.getparent(), form_table(wilson().conventions))
    assert " ".join(written.split()) == " ".join(source.split())


@pytest.mark.parametrize("paragraph", [
    # (a country after the place it is in, a place's name translated, a note's parenthesis)
    "the use of bacteriological weapons on the territory of China (Korea) cannot be legal.",
    "they will occupy Wadi al-Mawt (Death Valley), and proceed to the south.",
    "the letter to Korea (Rhee) was sent.",
    # (syllables English knows, with no name in the document that English does not know)
    "Please discuss it with Comrade Su (Yu) tomorrow.",
])
def test_a_parenthesis_of_the_texts_own_stays_text(paragraph: str) -> None:
    body = _body(paragraph + "\n")
    assert _completed(body) == []
    assert paragraph in "".join(body.itertext())


def test_a_project_can_switch_the_rule_off() -> None:
    profile = wilson()
    profile.ruler.disable(["name-in-parentheses"])
    root = convert_text("Huang (Kecheng) and Su (Yu):\n\nThe troops stay.\n", overrides=META,
                        profile=profile, enrich=False).tree.getroot()
    assert root.find(f".//{{{TEI_NS}}}supplied") is None
