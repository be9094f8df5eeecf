"""Words broken at a line's end, read whole while names and dates are found.

The converter writes a word the line's end broke as `Sep<pc force="inter">-</pc><lb
break="no"/>tember`. A name or a date is looked for in one text node, which the break would
cut in two (`22 Sep` and `tember 1954`). So the breaks are lifted out of a part before its
text is read, and put back after, at the same place in the same words, inside whatever
element the words were wrapped in meanwhile (`<date>22 Sep<pc …/><lb …/>tember 1954</date>`).
Wrapping never changes a character, so a break's place in its container's text still holds.
Each container is walked once either way: a paragraph of thousands of broken lines costs a
walk, not one per break.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from teikit.xml import tei

_PC, _LB = tei("pc"), tei("lb")
_Break = tuple[etree._Element, etree._Element]


def _is_break(pc: etree._Element) -> bool:
    following = pc.getnext()
    return (pc.get("force") == "inter" and following is not None and following.tag == _LB
            and following.get("break") == "no" and not pc.tail)


@contextmanager
def breaks_lifted(part: etree._Element, look: bool = True) -> Iterator[None]:
    """Within the block, `part` has its words whole: its word breaks are out of it, and they
    are put back when the block ends (`look`: whether it may hold any)."""
    by_container: dict[etree._Element, list[etree._Element]] = {}
    for pc in part.iter(_PC) if look else ():
        if _is_break(pc):
            by_container.setdefault(pc.getparent(), []).append(pc)
    if not by_container:
        yield
        return
    # Put back in the reverse order: a container's text is then measured with the breaks of
    # the containers inside it as it was when they were taken out.
    lifted = [(container, _lift(container, pcs)) for container, pcs in by_container.items()]
    try:
        yield
    finally:
        for container, breaks in reversed(lifted):
            _put_back(container, breaks)


def _lift(container: etree._Element, pcs: list[etree._Element]) -> list[tuple[int, _Break]]:
    """Take the container's breaks out, the words on either side of each joined; where each
    stood in the container's text as it is without them. Each text the breaks joined is
    assigned once, whole (joined piece by piece, a paragraph of broken lines grew one string
    over and over)."""
    wanted = set(pcs)
    places: list[tuple[int, _Break]] = []
    owner, which = container, "text"
    pieces = [container.text or ""]
    length = len(pieces[0])
    for child in list(container):
        if child.getparent() is None:
            continue  # (the line end of a break taken out just before)
        if child in wanted:
            lb = child.getnext()
            places.append((length, (child, lb)))
            rest = lb.tail or ""
            pieces.append(rest)
            length += len(rest)
            lb.tail = None
            container.remove(lb)
            container.remove(child)
            continue
        _assign(owner, which, pieces)
        if isinstance(child.tag, str):  # (a comment's words are none of the text's)
            length += sum(len(piece) for piece in child.itertext())
        owner, which, pieces = child, "tail", [child.tail or ""]
        length += len(pieces[0])
    _assign(owner, which, pieces)
    return places


def _assign(owner: etree._Element, which: str, pieces: list[str]) -> None:
    value = "".join(pieces) or None
    if which == "text":
        owner.text = value
    else:
        owner.tail = value


def _put_back(container: etree._Element, places: list[tuple[int, _Break]]) -> None:
    """Put each break back before the character at its place in `container`'s text, in
    whichever element's text or tail holds that character; a text that holds several cut
    once at all of them."""
    slots = list(_slots(container))
    starts = [start for _, _, start in slots]
    by_slot: dict[int, list[tuple[int, _Break]]] = {}
    for at, pair in places:
        by_slot.setdefault(bisect.bisect_right(starts, at) - 1, []).append((at, pair))
    for index, found in by_slot.items():
        owner, which, start = slots[index]
        value = (owner.text if which == "text" else owner.tail) or ""
        cuts = [at - start for at, _ in found]
        pieces = [value[a:b] for a, b in zip([0, *cuts], [*cuts, len(value)], strict=True)]
        _assign(owner, which, pieces[:1])
        last: etree._Element | None = None
        for (_, (pc, lb)), piece in zip(found, pieces[1:], strict=True):
            if last is not None:
                last.addnext(pc)
            elif which == "text":
                owner.insert(0, pc)
            else:
                owner.addnext(pc)
            pc.addnext(lb)
            lb.tail = piece or None
            last = lb


def _slots(container: etree._Element) -> Iterator[tuple[etree._Element, str, int]]:
    """The text nodes of `container` that hold text, in order: (owner, "text" or "tail", where
    it starts in the container's text)."""
    position = 0
    stack: list[tuple[etree._Element, str]] = [(container, "text")]
    while stack:
        owner, which = stack.pop()
        value = (owner.text if which == "text" else owner.tail) or ""
        if which == "text":
            for child in reversed(owner):
                stack.append((child, "tail"))
                if isinstance(child.tag, str):
                    stack.append((child, "text"))
        if value:
            yield owner, which, position
            position += len(value)
