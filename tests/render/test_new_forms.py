"""The forms the converter has learned to write (ENCODING.md, new rows), each in both views:
a transmitted letter, telegram furniture, a margin note, uncertain readings, damaged and
withheld passages, glosses, deletions, emphasis and tables. The fixture is valid against
tei_all (checked here with Jing)."""

from __future__ import annotations

from typing import Any

import pytest
from shared_paths import TEI_ALL_RNG, TEST_DATA

from teikit.render import render_file

FIXTURE = TEST_DATA / "render" / "house-forms.xml"


@pytest.fixture(scope="module")
def page() -> str:
    return render_file(FIXTURE)




@pytest.mark.referee
def test_the_fixture_is_valid_tei(jing: Any) -> None:
    result = jing([FIXTURE], TEI_ALL_RNG)
    assert result.returncode == 0, result.stdout


def test_a_transmitted_letter_is_set_off_with_its_parts(page: str, views: Any) -> None:
    root = views.parse(page)
    (letter,) = root.xpath(
        "//div[contains(@class, 'floatingText') and contains(@class, 'transmitted')]")
    assert letter.get("role") == "group" and letter.get("aria-label") == "Transmitted document"
    parts = {c: letter.xpath(f"normalize-space(.//*[contains(@class, '{c}')])")
             for c in ("salute", "signed", "dateline")}
    assert parts == {"salute": "Dear comrade Kim Il Sung,", "signed": "Filippov",
                     "dateline": "Moscow, 13 May 1950"}


@pytest.mark.parametrize(("kind", "text"), [
    ("fw form", "CIPHERED TELEGRAM"), ("fw precedence", "URGENT"),
    ("fw classification", "Making copies is prohibited"), ("idno copy", "Copy No. 3"),
    ("idno special", "Special No. 401"), ("idno document", "No. 8600"),
    ("note docket", "Received 14 May 1950, 11:10"),
])
def test_telegram_furniture_stands_in_the_opener(page: str, views: Any, kind: str,
                                                 text: str) -> None:
    (element,) = views.parse(page).xpath(
        f"//div[@class='opener']/*[normalize-space(@class) = '{kind}']")
    assert element.text_content().strip() == text


def test_a_margin_note_says_where_it_stands(reading: str, diplomatic: str, page: str,
                                            views: Any) -> None:
    assert "handwritten, in the margin agreed" in reading
    assert "[handwritten, in the margin:] agreed" in diplomatic
    (why,) = views.parse(page).xpath("//span[contains(@class, 'placed')]/span[@class='why']")
    assert "written in the margin" in why.text_content()


def test_uncertain_readings_are_marked_in_both_views(reading: str, diplomatic: str, page: str,
                                                     views: Any) -> None:
    assert "To Pyongyang: we send you the letter" in reading
    assert "To [Pyongyang?]: we send [you?] the letter" in diplomatic
    uncertain = views.parse(page).xpath(
        "//*[contains(@class, 'iv') and contains(@class, 'uncertain')]")
    assert {u.xpath("normalize-space(text())") for u in uncertain} >= {"you"}
    assert len(uncertain) == 2


def test_damaged_and_withheld_passages(reading: str, diplomatic: str, page: str,
                                       views: Any) -> None:
    assert "[damaged] and [redacted]" in reading
    assert "[torn] and [name withheld]" in diplomatic
    gaps = views.parse(page).xpath("//span[contains(@class, 'gap')]/span[@class='why']")
    assert [gap.text_content() for gap in gaps] == [
        " (lost to damage: torn)", " (withheld (redacted): name withheld)"]


def test_a_gloss_is_an_explained_note_in_both_views(reading: str, diplomatic: str) -> None:
    assert "The KNA [Korean People's Army] is ready." in reading
    assert "The KNA [Korean People's Army] is ready." in diplomatic


def test_deleted_words_show_in_the_diplomatic_view_only(reading: str, diplomatic: str) -> None:
    assert "It was sent." in reading
    assert "It was not sent." in diplomatic


def test_underline_superscript_and_tables(page: str, views: Any) -> None:
    root = views.parse(page)
    assert root.xpath("normalize-space(//u)") == "text"
    assert root.xpath("normalize-space(//sup[not(ancestor::a)])") == "nd"
    table = "//*[@id='text']//table"
    assert [th.text_content() for th in root.xpath(f"{table}//th")] == ["Unit", "Men"]
    assert [td.text_content() for td in root.xpath(f"{table}//td")] == ["1st Division", "10,000"]
    (region,) = root.xpath("//div[@class='table-scroll']")
    assert region.get("tabindex") == "0" and region.get("role") == "region"
