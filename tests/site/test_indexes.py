"""The indexes: surnames in order, an A–Z bar, each mention with its document, date and the
words around it."""

from __future__ import annotations

from pathlib import Path

from lxml import html

from teikit.render.mentions import Mention
from teikit.site.collections import sort_key
from teikit.site.mentions import snippet


def page(site: Path, name: str) -> html.HtmlElement:
    return html.document_fromstring((site / name).read_text(encoding="utf-8"))


def test_persons_sort_by_surname() -> None:
    names = ["Kim Il Sung", "V. Razuvayev", "Mao Zedong", "Bulganin", "Stalin, Joseph"]
    ordered = sorted(names, key=lambda n: sort_key(Mention("person", n, n, "m1")))
    assert ordered == ["Bulganin", "V. Razuvayev", "Stalin, Joseph", "Kim Il Sung", "Mao Zedong"]
    # A register that names the surname wins over the last word.
    li = Mention("person", "l", "Li An Muk", "m2", sort_key="Li")
    kim = Mention("person", "k", "Kim Il Sung", "m1")
    assert sort_key(kim) > sort_key(li)
    kim.sort_key = "Kim"
    assert sort_key(kim) < sort_key(li)


def test_a_snippet_is_whole_words_around_the_name() -> None:
    text = ("Beijing sent to Kaesong a large group of diplomatic and military officials headed"
            " by Li Kuo Nyn, a Deputy Minister of Foreign Affairs and head of the CPC CC"
            " Department of Information.")
    got = snippet(text, "Li Kuo Nyn", width=40)
    assert got == ("… and military officials headed by Li Kuo Nyn, a Deputy Minister of Foreign"
                   " Affairs …")


def test_index_page_has_an_a_to_z_bar_and_mentions_in_context(
    built_site: tuple[Path, object],
) -> None:
    site, _ = built_site
    persons = page(site, "persons.html")
    letters = persons.xpath("//ul[@class='az-bar']//a/@href")
    assert letters and all(persons.xpath(f"//*[@id='{h[1:]}']") for h in letters)
    (entry,) = persons.xpath("//section[@id='person-li-kuo-nyn']")
    (seed,) = [li for li in entry.xpath("ul/li") if "Political Attitudes" in li.text_content()]
    assert seed.xpath("time/@datetime") == ["1951-09-10"]
    contexts = [" ".join(a.text_content().split()) for a in seed.xpath("ul/li/a")]
    assert any("headed by Li Kuo Nyn" in c for c in contexts), contexts
    headings = [" ".join(h.text_content().split()) for h in persons.xpath("//section/h2")]
    assert headings.index("Bulganin") < headings.index("V. Razuvayev")


def test_documents_are_grouped_by_year_with_summaries(built_site: tuple[Path, object]) -> None:
    site, _ = built_site
    index = page(site, "index.html")
    years = [h.text_content() for h in index.xpath("//section[@class='year-group']/h2")]
    assert years == sorted(years) and "1951" in years
    (seed_row,) = index.xpath("//tr[td/a/@href='seed.html']")
    assert seed_row.xpath("normalize-space(td/p[@class='summary'])").startswith("Report on")
