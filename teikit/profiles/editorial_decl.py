"""The profile, written as `encodingDesc/editorialDecl` (and read back by the renderer's legend)."""

from __future__ import annotations

from lxml import etree

from teikit.conventions import SECTIONS, Convention
from teikit.profiles import Profile
from teikit.writers.tei import element, tei


def convention_sentence(convention: Convention) -> str:
    return f"{convention.syntax}: {convention.legend} Encoded as {convention.tei}."


def editorial_decl(profile: Profile) -> etree._Element:
    decl = etree.Element(tei("editorialDecl"))
    intro = element(decl, "p")
    intro.text = (
        f'Converted by teikit with the conventions of the profile "{profile.name}" '
        f"({profile.title}). Nothing of the source is dropped: brackets and labels are encoded "
        "as markup, and a bracket no convention describes is kept as seg[@type='unclassified-"
        "bracket']."
    )
    declared = [c for c in profile.conventions if c.declared]
    for section in SECTIONS:
        conventions = [c for c in declared if c.section == section]
        if not conventions:
            continue
        holder = element(decl, section)
        for convention in conventions:
            element(holder, "p", {"n": convention.name}).text = convention_sentence(convention)
    return decl
