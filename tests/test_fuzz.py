"""Fuzzing the converter with mutated real transcriptions.

Each case takes a dev document and applies a few mutations: brackets inserted or deleted,
control characters, right-to-left text and combining marks, soft hyphens, ligatures, mojibake,
HTML's character references, Markdown's links, tables, footnotes, lists and quotations, template
braces, truncation, and splices of two documents. Whatever comes in, the converter either
refuses it with one of the project's located errors or writes well-formed TEI that passed the
lossless check.

A few thousand cases run in the normal suite; `TEIKIT_FUZZ_EXAMPLES=100000` runs more, by hand.
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from shared_paths import DEV_RAW

from teikit.convert import convert_text
from teikit.errors import TeikitError
from teikit.io import decode_source
from teikit.xml import CONVERSION_OUTPUT

EXAMPLES = int(os.environ.get("TEIKIT_FUZZ_EXAMPLES", "2000"))

INSERTIONS = [
    "[", "]", "[[", "]]", "[x]", "[to put]", "[SIC, ", "[handwritten:]", "[illegible]", "[...]",
    "[?]", "{}", "{", "}", "[{}]", "[a {} b]", "*", "\\*", "**", "\\", '"', "“", "”", "„", "«",
    "\x0c", "\x0b", "\x00", "\x07", "\x1b", "\x7f", "\ufffe", "\u200f", "\u202e", "\u2066",
    "\u0301", "\u0308\u0323", "שלום", "مرحبا", "\r", "\r\n", "\n\n", "  \n", "#### ", "_____",
    "\u00a0", "\u2028", "[Page 2]", "Filippov [Stalin]", "word [sic]", "<b>&amp;", "]]>",
    # (the header's readers too: an archive reference in the site's trailer, a part's word
    # stopped as a Moldovan archive prints it, which once stopped the conversion)
    "\n\nDocument Information\n\nSource\n\nAOSPRM, fond. 51, inv. 56, dosar 7, fila 8\n\n",
    "APRF, F. 45, Op. 1, D. 303, Ll. 1-5.", "Obtained and translated by ", "**Summary:** ",
    # (characters as tools leave them, and Markdown's links: made plain or read before the
    # text is, at every place)
    "\u00ad", "\u200b", "\u2060", "\ufeff", "\ufb01", "\u2029", "e\u0301", "â€™", "[â€¦]",
    "JosÃ©", "\x92", "\x85", "&hellip;", "&#8217;", "&#x201C;", "&amp", "&#0;", "&#xD800;",
    "[x](https://a.org/b)", "![y](https://a.org/p.jpg)", "](https://a.org)", "<https://a.org>",
    "[a](/b \"t\")", "!", "[x][1]", "[y][]", "\n\n[1]: https://a.org/c \"T\"\n", "]:",
    # (Markdown as web page exports write it: tables, footnotes, lists, quotations, headings
    # over the header's fields, words struck through; whole and in pieces)
    "\n| a | b |\n|---|--:|\n| c \\| d | [e] |\n", "|", "|---|", "\n---|---\n", "[^1]",
    "\n\n[^1]: a note\n", "[^", "\n*   x\n*   y\n", "\n- x\n- y\n", "\n> ", "\n>\n> q\n",
    ">", "~~", "~~x~~", "\n### Citation\n\n", "\n=====\n", "\n------\n", "# ",
    # (words a line's end broke, as a PDF's text gives them: in a bracket, a quotation, a
    # date, at a compound's hyphen)
    "govern-\nment", "-\n", "Sep-\ntember 1951", "[Bei-\njing]", "“sho-\nuld”", "well-\nknown",
    "Vyshin-\nsky", "Sino-\nSoviet", "ar-\n mistice",
    # (HTML's inline tags an export leaves, paired and not)
    "<sup>1</sup>", "\n\n<sup>1</sup> a note\n", "<u>", "</u>", "<u>x</u>", "<br>", "<BR/>",
    "<s>x</s>", "<i>", "</i>", "<b>[x]</b>", "<sup>", "</sup>",
]

Mutation = Callable[[str, list[str]], str]


def _at(fraction: float, text: str) -> int:
    return min(len(text), int(fraction * len(text)))


def insert(piece: str, where: float) -> Mutation:
    return lambda text, _docs: text[: _at(where, text)] + piece + text[_at(where, text) :]


def delete_bracket(where: float) -> Mutation:
    def apply(text: str, _docs: list[str]) -> str:
        start = _at(where, text)
        found = [i for i in (text.find("[", start), text.find("]", start)) if i >= 0]
        return text if not found else text[: min(found)] + text[min(found) + 1 :]
    return apply


def truncate(where: float) -> Mutation:
    return lambda text, _docs: text[: _at(where, text)]


def splice(other: int, where: float, from_where: float) -> Mutation:
    def apply(text: str, docs: list[str]) -> str:
        second = docs[other % len(docs)]
        return text[: _at(where, text)] + second[_at(from_where, second) :]
    return apply


fractions = st.floats(min_value=0, max_value=1)
mutations = st.one_of(
    st.builds(insert, st.sampled_from(INSERTIONS), fractions),
    st.builds(insert, st.text(min_size=1, max_size=8), fractions),
    st.builds(delete_bracket, fractions),
    st.builds(truncate, st.floats(min_value=0.05, max_value=1)),
    st.builds(splice, st.integers(min_value=0, max_value=1000), fractions, fractions),
)


class Documents(list[str]):
    """The dev documents; shown by their number only in a failing case's report."""

    def __repr__(self) -> str:
        return f"<{len(self)} dev documents>"


@pytest.fixture(scope="module")
def dev_documents() -> Documents:
    return Documents(path.read_text(encoding="utf-8") for path in sorted(DEV_RAW.glob("*.txt")))


def check_one(raw: bytes) -> None:
    """Convert like `teikit convert` does; only the project's located errors may come out."""
    try:
        source = decode_source(raw, "fuzz.txt")
        result = convert_text(source.text, source_name="fuzz.txt")
    except TeikitError as error:
        assert error.location is not None, f"an error without a location: {error}"
        assert error.location.path == "fuzz.txt"
        return
    data = result.to_bytes()
    root = etree.fromstring(data, CONVERSION_OUTPUT)  # well-formed, or XMLSyntaxError
    assert etree.QName(root).localname == "TEI"


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                 HealthCheck.data_too_large])
@given(document=st.integers(min_value=0), changes=st.lists(mutations, min_size=1, max_size=5))
def test_mutated_dev_documents_convert_or_fail_located(
    dev_documents: Documents, document: int, changes: list[Mutation]
) -> None:
    text = dev_documents[document % len(dev_documents)]
    for change in changes:
        text = change(text, dev_documents)
    check_one(text.encode("utf-8", errors="surrogatepass"))


@pytest.mark.parametrize("piece", ["\x0c", "\x0b", "\ufffe", "\x1b"])
def test_control_characters_in_the_header_are_located(dev_documents: list[str],
                                                       piece: str) -> None:
    seed = dev_documents[0]
    title_end = seed.index("**", seed.index("**September") + 2)
    with pytest.raises(TeikitError) as caught:
        convert_text(seed[:title_end] + piece + seed[title_end:], source_name="seed.txt")
    assert str(caught.value.location) == "seed.txt:3:21"



def test_an_id_from_the_record_id_is_a_valid_xml_name(dev_documents: Documents) -> None:
    """Found by the fuzzer: "²" is a word character to Python, not a name character to XML."""
    telegram = next(text for text in dev_documents if "**Record ID:** 111199" in text)
    check_one(telegram.replace("111199", "11119²9").encode("utf-8"))


@pytest.mark.parametrize("odd", ["\uf900", "\U00010000", "\u0e3f", ", ", "\u3000"])
def test_an_id_keeps_only_what_libxml2_accepts(dev_documents: Documents, odd: str) -> None:
    """Found by the fuzzer: libxml2 reads ids by the older XML name tables."""
    telegram = next(text for text in dev_documents if "**Record ID:** 111199" in text)
    check_one(telegram.replace("111199", f"1{odd}11199").encode("utf-8"))


def test_a_page_break_inside_a_cables_number_and_signer_line(dev_documents: Documents) -> None:
    """Found by the fuzzer: `No. 72/` + a page break + `;` + a page break + `III`, the line's
    signer looked for in the unit's text as the rules read it, with spaces for the breaks."""
    text = dev_documents[11]
    for piece in ("\x0c;", "\x0c"):
        text = insert(piece, 0.9921875)(text, dev_documents)
    assert "No. 72/\x0c;\x0cIII" in text
    check_one(text.encode("utf-8"))
