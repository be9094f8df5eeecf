"""Every real TEI document renders, and every text node of its <text> reaches the page."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree, html
from shared_paths import TEI_REAL

from teikit.render import parse_tei, render_page

DOCUMENTS = sorted(TEI_REAL.glob("*/*.xml"))


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# An EpiDoc section left empty by its template (a heading over <p/>) is not shown: no empty
# panels. Its heading is the only text the page leaves out.
EMPTY_SECTION = (
    "local-name()='div' and @type[. = 'edition' or . = 'apparatus' or . = 'translation' or "
    ". = 'commentary' or . = 'bibliography'] and not(normalize-space(*[local-name()!='head']))"
    " and not(.//*[local-name()='gap' or local-name()='lb' or local-name()='milestone'])"
)


def missing_text(tree: etree._ElementTree, page: str) -> list[str]:
    """TEI text nodes of <text> not found in the page's text (but for empty sections).

    The page's text is searched from where the previous node was found, falling back to the
    whole page for text that moved (footnotes, diplomatic copies): near-linear, not quadratic.
    """
    body = html.document_fromstring(page).xpath("//*[@id='text']")[0]
    shown = words(" ".join(body.itertext()))
    # An embedded image's data reaches the page as the data of the image shown.
    images = {source.partition(";base64,")[2] for source in body.xpath("//img/@src")}
    missing: list[str] = []
    cursor = 0
    for node in tree.xpath("(//*[local-name()='text'])[not(ancestor::*[local-name()='text'])]"
                           f"//text()[not(ancestor::*[{EMPTY_SECTION}])]"):
        expected = words(str(node))
        if not expected:
            continue
        holder = node.getparent()
        if (isinstance(holder.tag, str) and holder.tag.endswith("}binaryObject")
                and "".join(expected.split()) in images):
            continue
        found = shown.find(expected, cursor)
        if found < 0:
            found = shown.find(expected)
            if found < 0:
                missing.append(expected)
            continue
        cursor = found + len(expected)
    return missing


def test_the_corpus_is_there() -> None:
    assert len(DOCUMENTS) == 49


def id_problems(page: str) -> tuple[list[str], list[str]]:
    """Ids used twice, and `#fragment` links to no id of the page."""
    ids = Counter(e.get("id") for e in html.document_fromstring(page).iter() if e.get("id"))
    links = set(re.findall(r'href="#([^"]*)"', page))
    return sorted(i for i, n in ids.items() if n > 1), sorted(links - set(ids))


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_renders_without_losing_text(path: Path) -> None:
    tree = parse_tei(path)
    page = render_page(tree).html
    assert page.startswith("<!DOCTYPE html")
    assert missing_text(tree, page) == []
    assert id_problems(page) == ([], [])
