"""What laying out documents keeps from one document to the next: the furniture role table,
read once, and the answers of the pure line tests, remembered per text.

A run (one `teikit convert` call, one worker of a batch or a site build) makes one `LineTests`
and lays out every document with it; nothing is kept at module level. The answers are
bounded (least recently asked dropped first): a worker of a large corpus meets millions of
lines, and only a collection's repeated lines (letterheads, dockets, valedictions) and a
document's neighbours are asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property, lru_cache, partial

from teikit.readers.furniture.classifier import (
    Decision,
    Weights,
    packaged_weights,
    remembered_decisions,
)
from teikit.readers.furniture.cues import text_cues
from teikit.readers.lines import date_span, is_prose_text
from teikit.readers.units import Unit

PROSE_ANSWERS = 8192
DATE_ANSWERS = 4096
CUE_ANSWERS = 16384
DECISION_ANSWERS = 4096


class LineTests:
    def __init__(self) -> None:
        self.date_span = lru_cache(maxsize=DATE_ANSWERS)(date_span)
        self.text_cues = lru_cache(maxsize=CUE_ANSWERS)(text_cues)
        self._prose_text = lru_cache(maxsize=PROSE_ANSWERS)(
            partial(is_prose_text, date_span=self.date_span))

    @cached_property
    def weights(self) -> Weights:
        """The furniture role table (`TEIKIT_FURNITURE_TABLE` or the packaged one)."""
        return packaged_weights()

    @cached_property
    def decide_cues(self) -> Callable[[tuple[str, ...]], Decision]:
        """The role for a line's cues, remembered: the sets of cues repeat from one document
        to the next (running text, a collection's letterheads and valedictions)."""
        return remembered_decisions(self.weights, DECISION_ANSWERS)

    def is_prose(self, unit: Unit, *, relaxed: bool = False) -> bool:
        """A paragraph of running text; `relaxed` for documents of short lines only."""
        return unit.kind == "text" and self._prose_text(unit.text, relaxed)

    def __reduce__(self) -> tuple[type[LineTests], tuple[()]]:
        """Sent to a worker empty: it reads the table and remembers its own answers."""
        return LineTests, ()
