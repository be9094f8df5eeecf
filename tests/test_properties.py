"""Property tests: any mix of brackets, markers, quotes, unicode and line ends converts into
TEI that is well-formed, valid against the house grammar, and gives the source text back."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.errors import ConversionError, InputError, LosslessError
from teikit.io import decode_source
from teikit.profiles import load_profile
from teikit.readers.mojibake import repaired
from teikit.validate import validate_files
from teikit.validate.catalog import HOUSE_RNG
from teikit.writers.source import form_table, source_text
from teikit.xml import CONVERSION_OUTPUT, RESOURCE

WILSON_FORMS = form_table(load_profile("wilson").conventions)

META = {"title": "Generated", "date_text": "May 14, 1950"}

PIECES = st.sampled_from([
    "[", "]", "[to put]", "[Beijing]", "[SIC, otvet]", "[handwritten:]", "[illegible]",
    "[...]", "[1]", "*", "\\*", "[Li Kuo Nyn]\\*", '"', "“", "”", "„", "#", "## ", "  \n", "\n",
    "\r\n", "\n\n", "\r", ".", ",", ":", "Filippov ", "word ", "Stalin", "the ", "narodnye ",
    "é", "中文", "Nº 5", "1. ", "Copies:", "Top Secret", "_____", "\t", "—", "’", "[[", "]]",
    "\\", "**", "10 September 1951 ", "V.X.51", "* note text", "[1] note", "Signed: X",
    "**bold** ", "*it* ", "|", "\n|---|--:|\n", " | ", "[^1]", "\n[^1]: n\n", "> ", ">", "~~",
    "*   ", "- ", "govern-\nment", "-\n", "Sep-\ntember", "well-\nknown", "<sup>1</sup>",
    "<u>", "</u>", "<br>", "<s>",
])


@pytest.fixture(scope="module")
def house_grammar() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(HOUSE_RNG), RESOURCE))


def compared(text: str, source: bool = False) -> str:
    """The text as the lossless property compares it: no white space, no Markdown escapes nor
    backslashes ending a line (a hard break, as pandoc writes one); the `source`'s without
    the block quotation's markers opening its lines."""
    if source:
        text = re.sub(r"(?m)^[ ]{0,3}>(?:[ \t]?>)*", "", text)
    text = re.sub(r"\\(?=\s*[!-/:-@\[-`{-~]|[ \t]*(?:\r?\n|$))", "", text)
    return "".join(text.split())


@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES, min_size=1, max_size=60))
def test_bracket_soup_converts_losslessly(house_grammar: etree.RelaxNG, pieces: list[str]) -> None:
    raw = "".join(pieces).encode("utf-8")
    try:
        source = decode_source(raw, "generated.txt")
    except InputError:
        return  # empty or blank input is refused with a message, as it should be
    try:
        result = convert_text(source.text, source_name="generated.txt", overrides=META)
    except ConversionError as error:
        # Only refusing a document with no text after its header is allowed; a lost
        # character (LosslessError) or any other failure fails the test.
        assert not isinstance(error, LosslessError) and "no text after" in error.message
        return
    # Well-formed: the bytes written parse back.
    root = etree.fromstring(result.to_bytes(), CONVERSION_OUTPUT)
    # Lossless, checked here on its own: the TEI read back gives the source text again, as
    # the converter reads it after the encoding repair it announces (`“é“é`, a line of
    # nothing else, is UTF-8 read as Mac Roman, and so told in a warning).
    regenerated = source_text(root.find(f"{{{TEI_NS}}}text"), WILSON_FORMS)
    text, repair = repaired(source.text)
    assert repair is None or any("mojibake repaired" in str(d) for d in result.diagnostics)
    assert compared(regenerated) == compared(text, source=True)
    # Valid against the house grammar.
    assert house_grammar.validate(root), house_grammar.error_log.last_error


MORE_PIECES = [
    "- item\n", "> quote\n", "    code\n", "1) x\n", "<b>", "&amp;", "***\n", "---\n", "[?]",
    "[Page 2]", "CC [Central Committee]", "[Top Secret]", "Humbly submitted,\n", "648-VK\n",
    "[handwritten: a\nb]", "[stamp: x]", "Received on 5 May 1950\n", "Prague, 5 May 1950\n",
    "**Citation:**\n", "**May 5, 1950**\n", "\u00a0", "Signed: A\n", "Copies:\n", "1. Comr. X\n",
    "**", "**bold** ", "*it* ", " * ", "2*3*4", "**TOP SECRET**\n", "### Summary\n",
    "Citation\n--------\n",
]


def test_generated_documents_are_valid_tei_all(jing, tmp_path) -> None:
    """Random documents built from the same pieces, checked with Jing in one call."""
    import random

    pieces = [*PIECES.elements, *MORE_PIECES]  # type: ignore[attr-defined]
    generator = random.Random(20261127)
    files = []
    for index in range(150):
        text = "".join(generator.choices(pieces, k=generator.randint(1, 60)))
        try:
            source = decode_source(text.encode("utf-8"), "generated.txt")
        except InputError:
            continue
        try:
            result = convert_text(source.text, overrides=META)
        except ConversionError as error:
            assert not isinstance(error, LosslessError) and "no text after" in error.message
            continue
        path = tmp_path / f"generated-{index:03d}.xml"
        path.write_bytes(result.to_bytes())
        files.append(path)
    assert len(files) > 100
    done = jing(files)
    assert done.returncode == 0, done.stdout[:3000]
    house = jing(files, HOUSE_RNG)
    assert house.returncode == 0, house.stdout[:3000]
    invalid = [(r.path, r.messages) for r in validate_files(files, use_xml_model=False)
               if not r.valid]
    assert invalid == []
