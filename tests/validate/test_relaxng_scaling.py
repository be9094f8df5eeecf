"""Explaining RELAX NG errors takes time in proportion to the errors: thousands of errors on
the children of one paragraph, all on one line, once cost the square of their number (each
message's element found by an XPath query counting its siblings again, its column by reading
the whole line again; 8,000 errors: 110 s with libxml2's own time)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from growth import best_times
from lxml import etree
from shapes import untyped_divisions

from teikit.convert import convert_text
from teikit.validate.grammar_cache import grammar_index
from teikit.validate.relaxng import explain
from teikit.validate.schema_cache import SchemaCache
from teikit.validate.source import SourceText

HOUSE_RNG = Path(__file__).resolve().parents[2] / "schemas" / "teikit.rng"
META = {"title": "Scaling", "date_text": "1951-09-10"}


def _invalid(count: int) -> bytes:
    """A converted paragraph of `count` supplied words, each given an attribute the house
    schema does not allow."""
    tei = convert_text("we [to put] it " * count + "\n", source_name="p.txt",
                       overrides=META).to_bytes()
    return tei.replace(b"<supplied ", b'<supplied bogus="1" ')


@pytest.mark.usefixtures("without_gc")
@pytest.mark.parametrize(("invalid", "n"), [(_invalid, 2000), (untyped_divisions, 5000)],
                         ids=["a refused attribute on each word", "divisions without a type"])
def test_explaining_four_times_the_errors_takes_about_four_times_the_time(
        invalid: Callable[[int], bytes], n: int) -> None:
    cache = SchemaCache()
    grammar = etree.RelaxNG(etree.parse(str(HOUSE_RNG)))
    index = grammar_index(cache, HOUSE_RNG)

    def seconds(count: int) -> float:
        data = invalid(count)
        tree = etree.ElementTree(etree.fromstring(data))
        assert not grammar.validate(tree)
        entries = list(grammar.error_log)
        assert len(entries) >= count
        started = time.process_time()
        messages = explain(entries, tree, SourceText(data), index)
        spent = time.process_time() - started
        assert len(messages) >= count and all(m.column for m in messages)
        return spent

    seconds(100)
    small, large = best_times(seconds, n)
    assert large < 8 * small, f"{small:.3f} s, four times the errors {large:.3f} s"
