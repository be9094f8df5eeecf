"""Profiles: ordered tables of editorial-convention rules, built in or defined in TOML.

The built-in `wilson` profile encodes the Wilson Center Digital Archive's house style. A
project profile is a TOML file that can extend it (`extends = "wilson"`), enable, disable and
reorder its rules by name and add pattern rules; see `teikit.profiles.toml_profile`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from teikit.conventions import Convention
from teikit.rules.base import BracketRule
from teikit.rules.ruler import Ruler


@dataclass
class Profile:
    """A project's conventions: its bracket rules, in order, and its texts' language."""

    name: str
    title: str
    ruler: Ruler = field(default_factory=Ruler)
    text_language: str = "en"
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)
    """What is derived from the profile and written into every document (its `editorialDecl`),
    kept by whoever holds the profile for a run."""

    @property
    def rules(self) -> list[BracketRule]:
        """The enabled rules, in the order a bracket is offered to them."""
        return self.ruler.active()

    @property
    def conventions(self) -> list[Convention]:
        """The records of the enabled rules: what the legend and `editorialDecl` describe."""
        return self.ruler.conventions()


def wilson() -> Profile:
    from teikit.rules import (
        classification,
        damage,
        deletion,
        editorial_note,
        expansion,
        gloss,
        handwritten,
        illegible,
        margin,
        name_in_parentheses,
        names,
        note_anchor,
        number_year,
        omission,
        original_in_parentheses,
        original_script,
        original_wording,
        page,
        sic,
        stamp,
        supplied,
        tentative_reading,
        uncertain,
        uncertain_reading,
        untranslated,
        word_completion,
    )

    ruler = Ruler([
        margin.RULE,
        handwritten.RULE,
        sic.RULE,
        tentative_reading.RULE,
        illegible.RULE,
        omission.RULE,
        page.RULE,
        number_year.RULE,
        uncertain.RULE,
        uncertain_reading.RULE,
        stamp.RULE,
        classification.RULE,
        damage.RULE,
        deletion.RULE,
        note_anchor.RULE,
        word_completion.RULE,
        editorial_note.RULE,
        expansion.RULE,
        gloss.RULE,
        original_wording.RULE,
        names.NAME_PART_RULE,
        names.NAME_RULE,
        supplied.RULE,
        original_in_parentheses.RULE,
        name_in_parentheses.RULE,
        untranslated.RULE,
        original_script.RULE,
        omission.ELLIPSIS_RULE,
        uncertain.PARENTHESIS_RULE,
        sic.PARENTHESIS_RULE,
        illegible.PARENTHESIS_RULE,
        damage.PARENTHESIS_RULE,
        damage.WITHHELD_RULE,
        editorial_note.PARENTHESIS_RULE,
        editorial_note.LABELLED_PARENTHESIS_RULE,
    ])
    # ENCODING.md writes an acronym's expansion as a gloss (`CC <note>Central Committee</note>`);
    # a project that wants choice(abbr, expan) says `enable = ["expansion"]`.
    ruler.disable(["expansion"])
    return Profile(name="wilson", title="Wilson Center Digital Archive translations",
                   ruler=ruler)


# The built-in profiles by name, read-only: each call of its factory makes a new profile.
BUILT_IN: Mapping[str, Callable[[], Profile]] = MappingProxyType({"wilson": wilson})


def load_profile(name_or_path: str | Path = "wilson") -> Profile:
    """A built-in profile by name, or a TOML profile file by path."""
    key = str(name_or_path)
    if key in BUILT_IN:
        return BUILT_IN[key]()
    from teikit.profiles.toml_profile import load_toml_profile

    return load_toml_profile(Path(name_or_path))
