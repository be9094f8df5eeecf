"""The vocabulary the render pre-pass writes and the stylesheets read: the TEI and `tk:`
namespaces and the `tk:` attributes set on the parsed tree."""

from __future__ import annotations

from teikit import TEI_NS, XML_NS

TK_NS = "urn:teikit:render"
XML_ID = f"{{{XML_NS}}}id"
T = f"{{{TEI_NS}}}"
"""The prefix of a TEI element's tag: `f"{T}note"`."""
NOTE = f"{T}note"

_TK = f"{{{TK_NS}}}"
NUM, HREF, FACS, KEY, MENTION, ID, TEXTS_AT_ROOT, LEGEND, ANCHORED, NOTES_AFTER = (
    f"{_TK}num",
    f"{_TK}href",
    f"{_TK}facs",
    f"{_TK}key",
    f"{_TK}mention",
    f"{_TK}id",
    f"{_TK}texts-at-root",
    f"{_TK}legend",
    f"{_TK}anchored",
    f"{_TK}notes-after",
)
VIEWS_DIFFER = f"{_TK}views-differ"
EXPLAINED = f"{_TK}explained"
