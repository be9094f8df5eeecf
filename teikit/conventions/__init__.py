"""One record per editorial convention.

A convention is described once: its name, the syntax it has in the source, its TEI form, the
canonical source marker of each TEI form (the inverse the TEI → source writer uses, `{}` for the
content), its section of `editorialDecl`, the wording of the legend and the key under which the
conversion summary counts it. The rule that recognises the convention, the source writer, the
summary, `editorialDecl` and the site's legend all read this record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field

from teikit.model import Inline, Intervention

SECTIONS = ("correction", "normalization", "interpretation")
"""The sections of `editorialDecl`, in the order TEI lists them."""


@dataclass(frozen=True)
class Form:
    """One TEI shape of a convention and its canonical marker in the source.

    An element has this form when its tag is `tag`, it has the attribute values in `attrs`, and,
    when `children` is set, it does (True) or does not (False) have child elements. The marker
    is a template (`{}` for the content; no `{}` when the element's content is not written, as
    for `gap`; None when the form has no canonical marker, so that every source marker is
    recorded). An element whose source marker differs records that marker in `@rend`, unless
    `@rend` already has a TEI meaning for this form (`hi/@rend`: `rend_is_marker=False`).
    """

    tag: str
    marker: str | None = "{}"
    attrs: tuple[tuple[str, str], ...] = ()
    children: bool | None = None
    rend_is_marker: bool = True

    @property
    def specificity(self) -> int:
        return len(self.attrs) + (self.children is not None)

    def fits(self, tag: str, attrs: Mapping[str, str], has_children: bool) -> bool:
        return (
            tag == self.tag
            and all(attrs.get(name) == value for name, value in self.attrs)
            and (self.children is None or self.children == has_children)
        )


@dataclass(frozen=True)
class Convention:
    """An editorial convention: what the source writes, what the TEI has, how it is described."""

    name: str
    syntax: str
    """The convention as the source writes it, for the legend: `[SIC, explanation]`."""
    tei: str
    """The TEI form, as an XPath-like description: `note[@type='sic'] | sic`."""
    legend: str
    """What the convention means, in a sentence for readers of the edition."""
    _: KW_ONLY
    section: str = "interpretation"
    summary: str | None = None
    """The key of the conversion summary that counts it (`Intervention.kind`); None: not counted."""
    forms: tuple[Form, ...] = ()
    declared: bool = True
    """Whether `editorialDecl` and the legend describe it (False for plain text markup)."""

    def __post_init__(self) -> None:
        if self.section not in SECTIONS:
            raise ValueError(f"convention {self.name}: section must be one of {SECTIONS}")

    # The names the site's conventions page reads.
    @property
    def label(self) -> str:
        return self.syntax

    @property
    def description(self) -> str:
        return self.legend

    def form_of(self, tag: str, attrs: Mapping[str, str], has_children: bool) -> Form | None:
        fitting = [f for f in self.forms if f.fits(tag, attrs, has_children)]
        return max(fitting, key=lambda f: f.specificity, default=None)

    def node(self, tag: str, attrs: dict[str, str], children: list[Inline] | None = None,
             source: str | None = None, *, counted: bool = True) -> Intervention:
        """The intervention this convention writes; `source` is the marker as the source has
        it, recorded (as `@rend`) only when it is not the form's canonical marker. An element
        that is part of another (`orig` in `choice`) is not `counted` on its own."""
        children = children or []
        has_children = any(isinstance(child, Intervention) for child in children)
        form = self.form_of(tag, attrs, has_children)
        canonical = form.marker if form is not None else None
        rend = None if source is None or source == canonical else source
        return Intervention(tag, attrs, children, self.summary if counted else None, rend)


class FormTable:
    """The forms of a set of conventions, looked up by element: the source writer's table."""

    def __init__(self, conventions: Iterable[Convention]) -> None:
        self._by_tag: dict[str, list[Form]] = {}
        for convention in conventions:
            for form in convention.forms:
                self._by_tag.setdefault(form.tag, []).append(form)
        for forms in self._by_tag.values():
            # Most specific first; among equals, the first convention declared wins.
            forms.sort(key=lambda f: -f.specificity)

    def __contains__(self, tag: object) -> bool:
        return tag in self._by_tag

    def lookup(self, tag: str, attrs: Mapping[str, str], has_children: bool) -> Form | None:
        for form in self._by_tag.get(tag, ()):
            if form.fits(tag, attrs, has_children):
                return form
        return None

    def conflicts(self) -> list[tuple[Form, Form]]:
        """Pairs of forms that describe the same elements with different markers."""
        found: list[tuple[Form, Form]] = []
        for forms in self._by_tag.values():
            for index, first in enumerate(forms):
                for second in forms[index + 1 :]:
                    same = (first.attrs, first.children) == (second.attrs, second.children)
                    if same and (first.marker, first.rend_is_marker) != (
                            second.marker, second.rend_is_marker):
                        found.append((first, second))
        return found


def bracketed(tag: str, attrs: Sequence[tuple[str, str]] = (), *,
              children: bool | None = None) -> Form:
    """The commonest form: the element's content between square brackets."""
    return Form(tag, "[{}]", tuple(attrs), children)


@dataclass(frozen=True)
class LegendEntry:
    """One line of an edition's legend: how a convention looks in the source and in TEI."""

    name: str
    syntax: str
    legend: str
    tei: str
    section: str
    markers: tuple[str, ...] = field(default_factory=tuple)
