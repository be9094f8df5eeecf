"""The data of an edition's legend (the site's conventions page), from the profile's records.

    from teikit.profiles import load_profile
    from teikit.profiles.legend import legend_entries
    for entry in legend_entries(load_profile("wilson")):
        print(entry.name, entry.syntax, entry.legend, entry.tei, entry.markers)

A renderer can also pass the entries to XSLT as a parameter document (`legend_document`):
`<legend profile="…"><entry name="sic" section="correction" syntax="…" tei="…">legend
wording<marker>[SIC, {}]</marker>…</entry>…</legend>`.
"""

from __future__ import annotations

from lxml import etree

from teikit.conventions import SECTIONS, LegendEntry
from teikit.profiles import Profile


def legend_entries(profile: Profile) -> list[LegendEntry]:
    """One entry per convention the profile declares, by section of `editorialDecl`, each in
    the profile's order."""
    declared = [c for c in profile.conventions if c.declared]
    return [
        LegendEntry(
            name=c.name,
            syntax=c.syntax,
            legend=c.legend,
            tei=c.tei,
            section=c.section,
            markers=tuple(f.marker for f in c.forms if f.marker is not None),
        )
        for section in SECTIONS
        for c in declared
        if c.section == section
    ]


def legend_document(profile: Profile) -> etree._Element:
    """The legend entries as a small XML document, for stylesheets."""
    root = etree.Element("legend", profile=profile.name, title=profile.title)
    for entry in legend_entries(profile):
        el = etree.SubElement(root, "entry", name=entry.name, section=entry.section,
                              syntax=entry.syntax, tei=entry.tei)
        el.text = entry.legend
        for marker in entry.markers:
            etree.SubElement(el, "marker").text = marker
    return root
