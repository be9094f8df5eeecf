"""Property tests: any mix of brackets, markers, quotes, unicode and line ends converts, and
the lossless check holds (a lost character would raise LosslessError)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teikit.convert import convert_text
from teikit.errors import InputError
from teikit.io import decode_source

META = {"title": "Generated", "date_text": "May 14, 1950"}

PIECES = st.sampled_from([
    "[", "]", "[to put]", "[Beijing]", "[SIC, otvet]", "[handwritten:]", "[illegible]",
    "[...]", "[1]", "*", "\\*", "[Li Kuo Nyn]\\*", '"', "“", "”", "„", "#", "## ", "  \n", "\n",
    "\r\n", "\n\n", "\r", ".", ",", ":", "Filippov ", "word ", "Stalin", "the ", "narodnye ",
    "é", "中文", "Nº 5", "1. ", "Copies:", "Top Secret", "_____", "\t", "—", "’", "[[", "]]",
    "\\", "**", "10 September 1951 ", "V.X.51", "* note text", "[1] note", "Signed: X",
])


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PIECES, min_size=1, max_size=60))
def test_bracket_soup_converts_losslessly(pieces: list[str]) -> None:
    raw = "".join(pieces).encode("utf-8")
    try:
        source = decode_source(raw, "generated.txt")
    except InputError:
        return  # empty or blank input is refused with a message, as it should be
    result = convert_text(source.text, source_name="generated.txt", overrides=META)
    assert result.tree.getroot() is not None
