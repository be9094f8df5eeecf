"""One pass over the document before the XSLT: what XSLT 1.0 would compute slowly or unsafely.

- Footnote numbers: `xsl:number level="any"` re-counts every preceding note for each note
  (quadratic); here every note is numbered once, in document order.
- Safe link targets: only http(s) and relative URLs survive, as `tk:href`.
- Name keys and mention ids: the persons and places index and the page agree on them because
  both read these attributes.

The results are attributes in the `TK_NS` namespace on the parsed tree; the stylesheets read
only those, never the raw `@target`/`@ref`/`@facs`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from teikit.render.marks import (
    ANCHORED,
    EXPLAINED,
    FACS,
    HREF,
    ID,
    LEGEND,
    NOTE,
    NOTES_AFTER,
    NUM,
    TEXTS_AT_ROOT,
    VIEWS_DIFFER,
    XML_ID,
    T,
)
from teikit.render.mentions import (
    NAME_KINDS,
    NAME_TAGS,
    LabelIds,
    Mention,
    name_mention,
    nearest_ancestor,
    standoff_entries,
)
from teikit.render.urls import first_pointer, safe_id, safe_url

_LINK_ATTRIBUTES = (("target", HREF), ("ref", HREF), ("facs", FACS), ("url", FACS))
# Notes that stay where they are in both views (furniture of the document, not commentary).
_IN_PLACE_NOTE_TYPES = frozenset({"docket", "registry", "distribution"})
_APP = f"{T}app"
# Elements whose form differs between the reading and the diplomatic view.
VIEW_DEPENDENT = tuple(f"{T}{name}" for name in (
    "supplied", "reg", "corr", "sic", "add", "del", "gap", "pb", "choice", "q", "said", "pc",
))
# A name holding an intervention explains itself: the page links it to the index beside it.
_EXPLAINED_INSIDE = tuple(f"{T}{name}" for name in (
    "reg", "corr", "supplied", "sic", "gap", "add",
))

@dataclass
class Annotated:
    """What the pre-pass found: the number of footnotes and every name mention."""

    footnotes: int = 0
    mentions: list[Mention] = field(default_factory=list)


def main_texts(root: etree._Element) -> list[etree._Element]:
    """The document's `text` elements, outermost only (P5 namespaced, or P4 without)."""
    tags = (f"{T}text", "text")
    return [
        text for text in root.iter(*tags)
        if next(text.iterancestors(*tags), None) is None
    ]


def is_footnote(note: etree._Element) -> bool:
    """Whether the reading view moves this note to the numbered footnotes (not a note of a
    critical apparatus: it belongs to its entry)."""
    if note.get("place") == "inline":
        return note.get("type") == "sic"
    if note.get("type") in _IN_PLACE_NOTE_TYPES:
        return False
    return next(note.iterancestors(_APP), None) is None


_TEXT, _PLAIN_TEXT, _ADD, _REF = f"{T}text", "text", f"{T}add", f"{T}ref"
# The markings the page's legend explains, anywhere in the document (as the legend has
# always counted them): by an element alone, or by an element with an attribute.
_LEGEND_ELEMENTS = {f"{T}supplied": "supplied", f"{T}reg": "reg", f"{T}sic": "sic",
                    f"{T}gap": "gap", f"{T}pb": "pb"}
# The blocks after which the diplomatic view shows the numbered notes marked in them.
_NOTE_BLOCKS = frozenset(f"{T}{name}" for name in (
    "p", "ab", "head", "l", "item", "cell", "signed", "dateline", "salute", "trailer", "byline",
))
_EXPLAINED_INSIDE_TAGS = frozenset(_EXPLAINED_INSIDE)
# What the scan of the whole document stops at, beside elements with attributes.
_SCANNED = frozenset({NOTE, _REF, _ADD, _TEXT, _PLAIN_TEXT, *_LEGEND_ELEMENTS})
_LINK_SOURCES = frozenset(source for source, _ in _LINK_ATTRIBUTES)


@dataclass
class _Found:
    """What the scan of the whole document collects, for the steps after it."""

    legend: set[str] = field(default_factory=set)
    linked: list[etree._Element] = field(default_factory=list)  # in document order
    identified: list[etree._Element] = field(default_factory=list)  # in the texts, with an id
    notes: list[etree._Element] = field(default_factory=list)
    anchored: set[str] = field(default_factory=set)
    texts_at_root: bool = True


def annotate(root: etree._Element, label_ids: LabelIds | None = None) -> Annotated:
    """Add the `tk:` attributes to the tree in place and say what was found.

    Two passes: the texts' notes, names and interventions (lxml picks them out), then one
    scan of the whole document for what the page asks of it (links, the legend's markings,
    anchored notes, blocks with notes), where once there were eight searches."""
    result = Annotated()
    texts = main_texts(root)
    views_differ = _number_and_key(texts, standoff_entries(root), label_ids or LabelIds(),
                                   result)
    found = _scan(root, texts)
    _links(found)
    for element in root.iterfind(f"{T}teiHeader//{T}idno[@type='URI']"):
        url = safe_url((element.text or "").strip())
        if url is not None:
            element.set(HREF, url)
    _mark_anchored_notes(found)
    _set_or_drop(root, TEXTS_AT_ROOT, "yes" if found.texts_at_root else None)
    _set_or_drop(root, LEGEND, " ".join(sorted(found.legend)) or None)
    if result.footnotes or views_differ:
        root.set(VIEWS_DIFFER, "yes")
    return result


def _number_and_key(texts: list[etree._Element], standoff: dict[str, tuple[str, str, str]],
                    label_ids: LabelIds, result: Annotated) -> bool:
    """Number the footnotes and key the name mentions, in document order; whether the views
    differ (an element shown one way in each)."""
    views_differ = False
    for text in texts:
        for element in text.iter(NOTE, *NAME_KINDS, *VIEW_DEPENDENT):
            tag = element.tag
            if tag in NAME_KINDS:
                mention = name_mention(element, standoff, label_ids, len(result.mentions) + 1)
                if mention is not None:
                    result.mentions.append(mention)
            elif tag == NOTE:
                if is_footnote(element):
                    result.footnotes += 1
                    element.set(NUM, str(result.footnotes))
            else:
                views_differ = True
                if tag in _EXPLAINED_INSIDE_TAGS:
                    # The name around an intervention explains itself (see the page's names).
                    name = nearest_ancestor(element, NAME_TAGS)
                    if name is not None:
                        name.set(EXPLAINED, "yes")
    return views_differ


def _scan(root: etree._Element, texts: list[etree._Element]) -> _Found:
    """One look at every element's attributes, one at the few elements the page asks about
    by name (lxml picks them out), after the footnotes are numbered."""
    found = _Found()
    legend = found.legend
    main = {*texts}
    # Inside one of the texts until the element after it (None: to the end).
    inside, after_text = False, None
    # Measured on the 2.2 MB FRUS monograph: this loop beats an XPath attribute predicate,
    # and one call for the attribute names of an element (most have none) beats four gets.
    for element in root.iter(etree.Element):
        if inside and element is after_text:
            inside = False
        if not inside and element in main:
            inside, after_text = True, _following(element)
        names = element.keys()
        if names:
            if not _LINK_SOURCES.isdisjoint(names):
                found.linked.append(element)
            if inside and XML_ID in names:
                found.identified.append(element)
            if "cert" in names and "cert" not in legend and \
                    next(element.iterancestors(_TEXT), None) is not None:
                legend.add("cert")
    for element in root.iter(*_SCANNED):
        tag = element.tag
        if tag == NOTE:
            _note(element, found)
        elif tag == _REF:
            if element.get("type") == "noteAnchor":
                found.anchored.add((element.get("target") or "").partition("#")[2])
        elif tag in _LEGEND_ELEMENTS:
            legend.add(_LEGEND_ELEMENTS[tag])
        elif tag == _ADD:
            if element.get("hand") is not None:
                legend.add("hand")
        elif found.texts_at_root and element.getparent() is not root and \
                next(element.iterancestors(tag), None) is None:
            # Not all of the page's texts (the outermost of each kind) are the root's children.
            found.texts_at_root = False
    return found


def _note(note: etree._Element, found: _Found) -> None:
    """What a note (numbered now, or brought numbered) tells the legend and its block."""
    found.notes.append(note)
    kind = note.get("type")
    if kind == "sic":
        found.legend.add("sic")
    if note.get(NUM) is not None:
        found.legend.add("note")
        if kind != "sic" and note.get("place") != "end":
            # The page asks only these blocks for their notes (a key would search the whole
            # document). One the document brings is harmless: the page still looks for the
            # block's own notes.
            block = nearest_ancestor(note, _NOTE_BLOCKS)
            if block is not None:
                block.set(NOTES_AFTER, "yes")


def _set_or_drop(element: etree._Element, attribute: str, value: str | None) -> None:
    if value is not None:
        element.set(attribute, value)
    elif attribute in element.attrib:
        del element.attrib[attribute]


def _mark_anchored_notes(found: _Found) -> None:
    """`tk:anchored` on each note that a `ref type="noteAnchor"` points at (its text stands
    elsewhere, e.g. at the end, and the anchor marks its place): the id after the first `#`
    of the anchor's target, as the stylesheets compared them."""
    for note in found.notes:
        _set_or_drop(note, ANCHORED, "yes" if note.get(XML_ID) in found.anchored else None)


def _links(found: _Found) -> None:
    """`tk:href`/`tk:facs` for every link that may reach the page.

    External links: only http(s) and relative URLs. `#id` links: to a footnote's list item,
    or to an element of <text> given a `tk:id`; links to the header or standOff are dropped,
    since those are not on the page. Text inside a footnote is shown twice, so a link to it
    goes to the footnote itself.
    """
    targets: dict[str, etree._Element] | None = None
    for element in found.linked:
        names = element.keys()
        for source, attribute in _LINK_ATTRIBUTES:
            if source not in names:
                continue
            pointer = first_pointer(element.get(source, ""))
            if pointer is None or attribute in element.attrib:
                continue
            if not pointer.startswith("#"):
                url = safe_url(pointer)
                if url is not None:
                    element.set(attribute, url)
                continue
            if targets is None:
                targets = _ids_in(found.identified)
            target = targets.get(pointer[1:])
            if target is not None:
                element.set(attribute, _internal_anchor(target, pointer[1:]))


def _ids_in(identified: list[etree._Element]) -> dict[str, etree._Element]:
    """`xml:id` → the first element with it (`identified`: the texts' elements with an id, in
    document order, from the scan)."""
    found: dict[str, etree._Element] = {}
    for element in identified:
        found.setdefault(element.get(XML_ID, ""), element)
    return found


def _following(element: etree._Element) -> etree._Element | None:
    """The first element after `element` and its descendants in document order."""
    node: etree._Element | None = element
    while node is not None:
        sibling = node.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()
        if sibling is not None:
            return sibling
        node = node.getparent()
    return None


def _internal_anchor(target: etree._Element, target_id: str) -> str:
    note = target if target.get(NUM) else next(
        (n for n in target.iterancestors(NOTE) if n.get(NUM)), None
    )
    if note is not None:
        return f"#fn-{note.get(NUM)}"
    anchor = f"tei-{safe_id(target_id)}"
    target.set(ID, anchor)
    return f"#{anchor}"
