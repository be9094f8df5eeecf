"""A furniture line as the rules see it, and what a rule is."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from teikit.model import Role
from teikit.readers.furniture import one_line
from teikit.readers.furniture.line_shapes import dated_line
from teikit.readers.furniture.placement import Placing, join_lines
from teikit.readers.furniture.sequence import Piece
from teikit.readers.furniture.settled import is_period
from teikit.readers.furniture.signing import signed
from teikit.readers.units import Unit


@dataclass
class Line:
    """A furniture line as the rules see it: where it stands and what the table made of it."""

    asm: Placing
    index: int
    piece: Piece
    text: str
    """Stripped, its emphasis marks dropped."""
    role: str
    following: int | None
    """The next piece's index, when it is a line."""
    zone: str
    closing: bool

    @property
    def unit(self) -> Unit:
        return self.piece.unit

    @cached_property
    def plain(self) -> str:
        """The text without its square brackets."""
        return self.text.replace("[", "").replace("]", "")

    @cached_property
    def span(self) -> tuple[int, int] | None:
        """Where the line's date stands, if it has one."""
        return self.asm.tests.date_span(self.unit.text)

    @property
    def number_role(self) -> Role:
        """What a number on this line is: under the text, the registry's."""
        return Role.REGISTRY if self.closing else Role.DOCUMENT_NUMBER

    @cached_property
    def dated_alone(self) -> bool:
        return (self.role in ("dateline", "text") and dated_line(self.unit, self.asm.tests)
                and not is_period(self.unit.plain))

    def below(self) -> Unit:
        """The next line's unit (ask only when `following` is set)."""
        assert self.following is not None
        return self.asm.pieces[self.following].unit

    def one(self, role: Role, unit: Unit | None = None) -> int:
        """The line placed alone (or `unit`, the line as it was joined), in `role`."""
        self.asm.add(self.zone, "furniture", unit or self.unit, role)
        return self.index + 1

    def then_list(self, role: Role, parts: tuple[Unit, Unit]) -> int:
        """The line split in two: its first part placed in `role`, the list after it."""
        self.one(role, parts[0])
        self.asm.add_list(self.piece, [parts[1]])
        return self.index + 1

    def with_below(self, role: Role) -> int:
        """The line and the next one, one placement in `role`."""
        assert self.following is not None
        self.asm.add(self.zone, "furniture", join_lines(self.unit, self.below()), role)
        return self.following + 1

    def split(self, split: one_line.Split) -> int:
        """The line's parts, each placed in its role."""
        return self.asm.add_split(self.zone, split, self.index)

    def signs(self, unit: Unit | None = None, after: int | None = None) -> int:
        """The line (or `unit`) a signature, with the lines under it that belong to it."""
        return signed(self.asm, unit or self.unit,
                      self.zone, self.index + 1 if after is None else after)


Rule = Callable[[Line], "int | None"]
