"""A list of copies among a telegram's opening lines (`note[@type='distribution']` in the
opener) is shown where it stands in both views, not moved to the footnotes."""

from __future__ import annotations

from typing import Any

from teikit.convert import convert_text
from teikit.render import render_tree

SOURCE = ("CIPHERED TELEGRAM No. 1309\nCopies: Stalin (2), Molotov\nFrom BEIJING\n"
          "To Comrade FILIPPOV.\nYour order No. 48 has been fulfilled, and Zhou Enlai asked "
          "to give great thanks for the advice.\nROSHCHIN\n")


def test_a_list_in_the_opener_is_shown_where_it_stands(views: Any) -> None:
    tree = convert_text(SOURCE, overrides={"title": "Test", "date_text": "January 13, 1951"}).tree
    page = render_tree(tree)
    for view in ("reading", "diplomatic"):
        text = views.text(page, view)
        assert "No. 1309 Copies: Stalin (2), Molotov From BEIJING" in text, text
    lists = views.parse(page).xpath("//div[@class='note distribution']//ul")
    assert lists and all([item.text_content() for item in listed.xpath("li")] == [
        "Stalin (2),", "Molotov"] for listed in lists)
    assert not views.parse(page).xpath("//*[contains(@class, 'footnotes')]//li")
