"""Formatting ranges and anchors put back on parsed inline nodes by position: the nesting rules
of the DOCX reader, on nodes as the bracket parser returns them."""

from __future__ import annotations

from teikit.model import Inline, Intervention, PageBreak, Text
from teikit.readers.docx_inline import Decorator, PlacedSpan
from teikit.readers.units import OffsetMap, Unit

SOURCE = "They wanted [to put] pressure on them."
START = 100  # the paragraph's running offset


def parsed() -> list[Inline]:
    """What the bracket parser gives for SOURCE: the bracket's markers are gone."""
    return [Text("They wanted "), Intervention("supplied", {}, [Text("to put")]),
            Text(" pressure on them.")]


def decorate(spans: list[tuple[int, int, str]], anchors: dict[int, list[Inline]] | None = None,
             nodes: list[Inline] | None = None) -> list[Inline]:
    placed = [PlacedSpan(START + s, START + e, "hi", {"rend": rend}) for s, e, rend in spans]
    decorator = Decorator({START: placed},
                          {START + k: v for k, v in (anchors or {}).items()})
    unit = Unit("text", SOURCE, OffsetMap.run(START), 1, 0)
    return decorator(unit, parsed() if nodes is None else nodes)


def shape(nodes: list[Inline]) -> list:
    """Nodes as nested lists: text as str, elements as (tag, [children])."""
    out: list = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.value)
        elif isinstance(node, Intervention):
            out.append((node.attrs.get("rend", node.tag), shape(node.children)))
        else:
            out.append(type(node).__name__)
    return out


def test_a_range_inside_a_bracket_nests_inside_its_element() -> None:
    put = SOURCE.index("put")
    assert shape(decorate([(put, put + 3, "bold")])) == [
        "They wanted ", ("supplied", ["to ", ("bold", ["put"])]), " pressure on them."]


def test_a_range_over_a_whole_bracket_wraps_its_element() -> None:
    start, end = SOURCE.index("wanted"), SOURCE.index(" pressure")
    assert shape(decorate([(start, end, "italic")])) == [
        "They ", ("italic", ["wanted ", ("supplied", ["to put"])]), " pressure on them."]


def test_a_range_across_a_bracket_edge_is_cut_at_the_element() -> None:
    start, end = SOURCE.index("put"), SOURCE.index(" on")
    assert shape(decorate([(start, end, "bold")])) == [
        "They wanted ", ("supplied", ["to ", ("bold", ["put"])]), ("bold", [" pressure"]),
        " on them."]


def test_an_anchor_after_a_bracket_stays_outside_its_element() -> None:
    after = SOURCE.index("]") + 1
    assert shape(decorate([], {after: [PageBreak()]})) == [
        "They wanted ", ("supplied", ["to put"]), "PageBreak", " pressure on them."]


def test_an_anchor_within_a_bracket_goes_inside_its_element() -> None:
    inside = SOURCE.index(" put")
    assert shape(decorate([], {inside: [PageBreak()]})) == [
        "They wanted ", ("supplied", ["to", "PageBreak", " put"]), " pressure on them."]


def test_text_a_rule_made_up_is_left_as_it_is() -> None:
    nodes: list[Inline] = [Text("They wanted "),
                           Intervention("gap", {}, [Intervention("desc", {}, [Text("words")])]),
                           Text(" pressure on them.")]
    start = SOURCE.index("They")
    assert shape(decorate([(start, start + 4, "bold")], nodes=nodes)) == [
        ("bold", ["They"]), " wanted ", ("gap", [("desc", ["words"])]), " pressure on them."]


def test_each_anchor_is_placed_once() -> None:
    decorator = Decorator({START: []}, {START + 4: [PageBreak()]})
    unit = Unit("text", SOURCE, OffsetMap.run(START), 1, 0)
    first = decorator(unit, parsed())
    second = decorator(unit, parsed())
    assert (sum(isinstance(n, PageBreak) for n in first),
            sum(isinstance(n, PageBreak) for n in second)) == (1, 0)
    assert decorator.leftover() == []


def _choice() -> list[Inline]:
    """`Filippov [Stalin]` as the names rule gives it."""
    return [Text("They wanted "), Intervention("persName", {}, [Intervention("choice", {}, [
        Intervention("orig", {}, [Text("Filippov ")]),
        Intervention("reg", {}, [Text("Stalin")])])]), Text(" here.")]


def decorate_choice(spans: list[tuple[int, int, str]],
                    anchors: dict[int, list[Inline]] | None = None) -> list:
    global SOURCE
    saved, SOURCE = SOURCE, "They wanted Filippov [Stalin] here."
    try:
        return shape(decorate(spans, anchors, nodes=_choice()))
    finally:
        SOURCE = saved


def test_an_anchor_between_alternatives_goes_into_the_first() -> None:
    bracket = "They wanted Filippov [Stalin] here.".index("[")
    assert decorate_choice([], {bracket: [PageBreak()]}) == [
        "They wanted ", ("persName", [("choice", [("orig", ["Filippov ", "PageBreak"]),
                                                 ("reg", ["Stalin"])])]), " here."]


def test_a_range_over_both_alternatives_goes_into_each() -> None:
    source = "They wanted Filippov [Stalin] here."
    start, end = source.index("pov"), source.index("lin") + 3
    assert decorate_choice([(start, end, "bold")]) == [
        "They wanted ", ("persName", [("choice", [("orig", ["Filip", ("bold", ["pov "])]),
                                                 ("reg", [("bold", ["Stalin"])])])]),
        " here."]


def test_a_gap_is_never_entered() -> None:
    nodes: list[Inline] = [Text("They wanted "), Intervention("gap", {}, [
        Intervention("desc", {}, [Text("to put")])]), Text(" pressure on them.")]
    inside = SOURCE.index("put")
    assert shape(decorate([(inside, inside + 3, "bold")], {inside: [PageBreak()]},
                          nodes=nodes)) == [
        "They wanted ", ("gap", [("desc", ["to put"])]), "PageBreak", " pressure on them."]
