"""The profile, written as `encodingDesc/editorialDecl` (and read back by the renderer's legend)."""

from __future__ import annotations

from copy import deepcopy

from lxml import etree

from teikit.conventions import SECTIONS, Convention
from teikit.profiles import Profile
from teikit.writers.tei import element
from teikit.xml import tei


def convention_sentence(convention: Convention) -> str:
    return f"{convention.syntax}: {convention.legend} Encoded as {convention.tei}."


def editorial_decl(profile: Profile) -> etree._Element:
    """A new `editorialDecl` element for the profile as it stands (its rules can be switched
    on and off between two documents)."""
    return deepcopy(shared_editorial_decl(profile))


def shared_editorial_decl(profile: Profile) -> etree._Element:
    """The profile's `editorialDecl` as it stands, made once and kept with the profile (a
    run writes the same declaration into every document): copy it before changing it."""
    declared = tuple((c.section, c.name, convention_sentence(c))
                     for c in profile.conventions if c.declared)
    key = ("editorialDecl", profile.name, profile.title, declared)
    made = profile.memo.get(key)
    if not isinstance(made, etree._Element):
        made = profile.memo[key] = _declaration(profile.name, profile.title, declared)
    return made


def _declaration(name: str, title: str,
                 declared: tuple[tuple[str, str, str], ...]) -> etree._Element:
    decl = etree.Element(tei("editorialDecl"))
    intro = element(decl, "p")
    intro.text = (
        f'Converted by teikit with the conventions of the profile "{name}" '
        f"({title}). Nothing of the source is dropped: brackets and labels are encoded "
        "as markup, and a bracket no convention describes is kept as seg[@type='unclassified-"
        "bracket']."
    )
    for section in SECTIONS:
        sentences = [(n, sentence) for s, n, sentence in declared if s == section]
        if not sentences:
            continue
        holder = element(decl, section)
        for convention_name, sentence in sentences:
            element(holder, "p", {"n": convention_name}).text = sentence
    return decl
