"""A pattern of a RELAX NG grammar as the reduction reads it (`teikit.validate.rng_reduce`)
and rewrites its repetitions (`teikit.validate.rng_repetitions`): its own module, so that the
two need not import each other."""

from __future__ import annotations

from teikit.validate.rng_names import Name, NameTest, NotReducible


class Pattern:
    """One RELAX NG element: its kind (local name), attributes (annotations left out), text
    where it matters, children; for ``element``/``attribute`` patterns, the name admitted."""

    __slots__ = ("attrib", "children", "frozen", "kind", "markup", "name", "name_error", "test",
                 "text")

    def __init__(self, kind: str, attrib: dict[str, str], text: str | None = None,
                 children: list[Pattern] | None = None) -> None:
        self.kind = kind
        self.attrib = attrib  # replaced, never edited in place: copies share the template's
        self.text = text
        self.children = children if children is not None else []
        self.name: Name | None = None  # from the name= attribute
        self.test: NameTest | None = None  # from the name class, when there is no name=
        self.name_error: NotReducible | None = None  # raised when the pattern is reached
        # Never edited in place (a leaf, data without except, a name class): copies share it.
        self.frozen = False
        self.markup: str | None = None  # a frozen pattern's RELAX NG text, once written

    def copy(self) -> Pattern:
        """A copy to edit; what is never edited in place is shared, not copied."""
        if self.frozen:
            return self
        return self.shallow_copy([child.copy() for child in self.children])

    def shallow_copy(self, children: list[Pattern] | None = None) -> Pattern:
        twin = Pattern(self.kind, self.attrib, self.text,
                        list(self.children) if children is None else children)
        twin.name, twin.test, twin.name_error = self.name, self.test, self.name_error
        return twin

    def descendants(self) -> list[Pattern]:
        found = [self]
        for child in self.children:
            found += child.descendants()
        return found
