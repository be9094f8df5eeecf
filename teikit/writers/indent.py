"""Indentation that never touches text: only containers whose white space carries no meaning.

lxml's `pretty_print` also indents a phrase-level element that happens to hold one child
(`<signed><persName>…</persName></signed>`), which adds white space to the text. Here only
the TEI's structural containers are indented, and only when they hold elements alone.
"""

from __future__ import annotations

from lxml import etree

from teikit.xml import local_name

STRUCTURAL = frozenset(
    "TEI teiHeader fileDesc titleStmt respStmt publicationStmt availability sourceDesc msDesc "
    "msIdentifier msContents physDesc handDesc encodingDesc editorialDecl correction "
    "normalization interpretation classDecl taxonomy category profileDesc abstract langUsage "
    "textClass keywords revisionDesc text body div opener closer postscript list standOff "
    "listPerson listPlace listOrg person place org listBibl table row quote floatingText"
    .split()
)


# Containers that may hold a line's phrase-level elements side by side (`<supplied>` then
# `<supplied>`, printed `[to put][to put]`): two children the writer left touching stay
# touching, unless a line break stands between them anyway.
PHRASE_CAPABLE = frozenset({"opener", "closer"})


def _element_only(el: etree._Element) -> bool:
    return len(el) > 0 and not (el.text or "").strip() and all(
        not (child.tail or "").strip() for child in el
    )


def _touching(child: etree._Element) -> bool:
    following = child.getnext()
    return (following is not None and not child.tail
            and local_name(child) != "lb"
            and local_name(following) != "lb")


def indent(el: etree._Element, level: int = 0, step: str = "  ") -> None:
    name = local_name(el)
    if name not in STRUCTURAL:
        return
    if not _element_only(el):
        return
    inner = "\n" + step * (level + 1)
    keep_touching = name in PHRASE_CAPABLE
    el.text = inner
    for child in el:
        if not (keep_touching and _touching(child)):
            child.tail = inner
        indent(child, level + 1, step)
    el[-1].tail = "\n" + step * level
