"""The rule table: rules addressed by name, as markdown-it-py's Ruler."""

from __future__ import annotations

import pytest

from teikit.profiles import wilson
from teikit.rules import sic, supplied
from teikit.rules.base import Rule
from teikit.rules.ruler import Ruler, RulerError


def table() -> Ruler:
    return wilson().ruler


def test_insert_before_and_after_a_named_rule() -> None:
    ruler = Ruler([supplied.RULE])
    ruler.insert(sic.RULE, before="supplied")
    assert ruler.names() == ["sic", "supplied"]


def test_move_a_rule_after_another() -> None:
    ruler = table()
    ruler.move("gloss", after="supplied")
    names = ruler.names()
    assert names.index("gloss") == names.index("supplied") + 1


def test_move_to_an_unknown_place_changes_nothing() -> None:
    ruler = table()
    before = ruler.names()
    with pytest.raises(RulerError, match="no rule named 'nowhere'"):
        ruler.move("gloss", after="nowhere")
    assert ruler.names() == before


def test_a_disabled_rule_is_not_offered_brackets_and_can_come_back() -> None:
    ruler = table()
    ruler.disable(["gloss"])
    assert "gloss" not in [r.convention.name for r in ruler.active()]
    ruler.enable(["gloss"])
    assert "gloss" in [r.convention.name for r in ruler.active()]


def test_reorder_puts_the_named_rules_first() -> None:
    ruler = table()
    ruler.reorder(["supplied", "sic"])
    assert ruler.names()[:2] == ["supplied", "sic"]
    assert len(ruler.names()) == len(table().names())


def test_a_name_is_in_the_table_once() -> None:
    with pytest.raises(RulerError, match="already"):
        table().push(sic.RULE)


def test_replace_a_rule_in_its_place() -> None:
    ruler = table()
    index = ruler.names().index("sic")
    ruler.at("sic", Rule(sic.CONVENTION, sic.RULE.apply))
    assert ruler.names().index("sic") == index
