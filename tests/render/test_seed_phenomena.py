"""The seed page shows every phenomenon of the gold inventory in both views as ENCODING.md's
rendering table says (reading: plain but marked; diplomatic: the source's markers)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from shared_paths import EDITION, ENCODING_EXAMPLE, ROOT, SHARED

from teikit.render import render_file, render_tree

SEED_TEI = ENCODING_EXAMPLE
SEED_GOLD = SHARED / "dev" / "gold" / "000_79d039120a78d3ba.json"


def gold_phenomena() -> list[dict[str, str]]:
    """The seed's gold inventory, read when the tests are collected (none without the shared
    material: the tests are then skipped, with the suite's one message)."""
    if not SEED_GOLD.is_file():
        return []
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))["phenomena"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "phenomenon" in metafunc.fixturenames:
        phenomena = gold_phenomena()
        metafunc.parametrize("phenomenon", phenomena,
                             ids=[f"{i:02}-{p['kind']}" for i, p in enumerate(phenomena)])


@pytest.fixture(scope="module", params=["encoding-example", "converted-edition"])
def page(request: pytest.FixtureRequest) -> str:
    """The hand-made seed TEI, and the first edition as the converter makes it."""
    if request.param == "encoding-example":
        return render_file(SEED_TEI)
    from teikit import convert

    result = convert.convert_file(
        EDITION / "source.txt", register=_optional(EDITION / "register.csv")
    )
    return render_tree(result.tree)


def _optional(path: Path) -> Path | None:
    return path if path.is_file() else None




def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def source_text(phenomenon: dict[str, str]) -> str:
    return normalise(phenomenon["text"].replace("\\*", "*"))


def inner(text: str) -> str:
    return text.strip("*").strip().removeprefix("[").removesuffix("]")


def test_gold_has_the_32_phenomena() -> None:
    assert len(gold_phenomena()) == 32


def test_phenomenon_in_both_views(
    phenomenon: dict[str, str], reading: str, diplomatic: str, page: str, views: Any
) -> None:
    parse_page, page_break = views.parse, views.page_break
    kind, text = phenomenon["kind"], source_text(phenomenon)
    occurrence = int(phenomenon.get("occurrence", 1))
    if kind in {"document_number", "classification", "signature", "dateline", "distribution_list"}:
        assert reading.count(text) >= occurrence
        assert diplomatic.count(text) >= occurrence
    elif kind == "handwritten":
        # The source writes the marker "[handwritten:]" and "[Handwritten:]".
        assert diplomatic.casefold().count(text.casefold()) >= 1
        words = normalise(re.sub(r"^\[handwritten:\]", "", text, flags=re.IGNORECASE))
        assert f"handwritten {words}" in reading
        assert "[handwritten:]" not in reading.casefold()
    elif kind in {"normalized_name", "supplied", "uncertain"}:
        assert diplomatic.count(text) >= occurrence
        assert inner(text) in reading
        assert f"[{inner(text)}]" not in reading
    elif kind == "footnote":
        body = text.removeprefix("* ")
        assert text in diplomatic
        (item,) = parse_page(page).xpath("//section[contains(@class, 'footnotes')]//li[@id='fn-1']")
        assert body in normalise(item.text_content())
        assert item.xpath(".//a[@href='#fnref-1']"), "the footnote links back to its mark"
        # The source printed the note after the paragraph that holds its asterisk.
        assert diplomatic.index("[Li Kuo Nyn]*") < diplomatic.index(text)
        assert diplomatic.index(text) < diplomatic.index("Li drew up draft replies")
    elif kind == "sic":
        assert text in diplomatic
        assert "[SIC" not in reading
        explanation = text.removeprefix("[SIC, ").removesuffix("]")
        notes_section = "string(//section[contains(@class, 'footnotes')])"
        notes = normalise(parse_page(page).xpath(notes_section))
        assert explanation.split('"')[0] in notes
        # The reading view prints quotation marks typographically.
        assert explanation in reading.replace("“", '"').replace("”", '"')
    elif kind == "foreign":
        assert text in diplomatic.replace(f" {page_break} ", " ")
        assert inner(text) in reading
    elif kind == "page_break_suspected":
        before, after = (normalise(part) for part in phenomenon["text"].split("\n\n"))
        assert f"{before} {page_break} {after}" in diplomatic
        assert f"{before} {after}" in reading
        assert page_break not in reading
    elif kind == "illegible":
        assert text in diplomatic
        assert "Authenticated: [illegible]" in reading
    else:  # pragma: no cover - a new kind in the gold needs a rule here
        pytest.fail(f"no rendering rule for {kind}")


def test_uncertain_names_and_interventions_are_marked(page: str, views: Any) -> None:
    root = views.parse(page)
    uncertain = root.xpath("//*[@id='text']//*[contains(@class, 'uncertain')]")
    # Both bracketed mentions; the converter also marks later short mentions ("Li").
    assert len(uncertain) >= 2
    assert all("Li Kuo Nyn" in e.text_content() for e in uncertain[:2])
    supplied = root.xpath("//*[@id='text']//span[contains(@class, 'supplied')]")
    assert len(supplied) == 5  # [to put] [political] [it] [Radio] [them]
    why = normalise(supplied[0].xpath("string(.//span[@class='why'])"))
    assert why == "(supplied by the translator; reason: omitted)"
    assert all(s.get("tabindex") == "0" for s in supplied), "focus reveals who and why"


def test_switch_is_css_only(page: str, views: Any) -> None:
    root = views.parse(page)
    assert not root.xpath("//script")
    radios = root.xpath("//input[@type='radio'][@name='view']")
    assert [r.get("id") for r in radios] == ["view-reading", "view-diplomatic"]
    for radio in radios:
        assert root.xpath(f"//label[@for='{radio.get('id')}']")
    css = (ROOT / "xslt" / "teikit.css").read_text()
    assert "#view-diplomatic:checked" in css and "#view-reading:checked" in css
