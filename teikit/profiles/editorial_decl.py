"""The profile, written as `encodingDesc/editorialDecl` (and read back by the renderer's legend)."""

from __future__ import annotations

from lxml import etree

from teikit.profiles import Profile
from teikit.writers.tei import element
from teikit.xml import tei

SECTIONS = ("correction", "normalization", "interpretation")


def convention_sentence(rule: object) -> str:
    label = getattr(rule, "label", "")
    description = getattr(rule, "description", "")
    form = getattr(rule, "tei", "")
    return f"{label}: {description} Encoded as {form}."


def editorial_decl(profile: Profile) -> etree._Element:
    decl = etree.Element(tei("editorialDecl"))
    intro = element(decl, "p")
    intro.text = (
        f'Converted by teikit with the conventions of the profile "{profile.name}" '
        f"({profile.title}). Nothing of the source is dropped: brackets and labels are encoded "
        "as markup, and a bracket no convention describes is kept as seg[@type='unclassified-"
        "bracket']."
    )
    for section in SECTIONS:
        rules = [r for r in profile.rules if getattr(r, "section", "interpretation") == section]
        if not rules:
            continue
        holder = element(decl, section)
        for rule in rules:
            element(holder, "p", {"n": rule.name}).text = convention_sentence(rule)
    return decl
