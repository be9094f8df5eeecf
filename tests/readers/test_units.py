"""Units: a text's offset map, kept run by run."""

from __future__ import annotations

from teikit.readers.units import OffsetMap, Run, concat_offsets


def test_a_run_maps_as_an_offset_map_of_one_run() -> None:
    run, general = Run(100), OffsetMap((0,), (100,))
    assert [run[i] for i in range(5)] == [general[i] for i in range(5)] == [100, 101, 102,
                                                                             103, 104]
    assert run.slice(3) == Run(103)
    assert isinstance(run.slice(3), Run)
    other = OffsetMap((0, 2), (500, 510))
    joined = concat_offsets(run, [(4, other, 1)])
    assert joined == concat_offsets(general, [(4, other, 1)]) == OffsetMap(
        (0, 4, 5, 7), (100, 104, 500, 510))
    assert [joined[i] for i in (0, 3, 4, 5, 6, 7)] == [100, 103, 104, 500, 501, 510]


def test_a_run_left_at_the_end_of_a_map_is_a_run() -> None:
    joined = OffsetMap((0, 4), (100, 200))
    assert joined.slice(5) == Run(201)
    assert joined.slice(2) == OffsetMap((0, 2), (102, 200))
