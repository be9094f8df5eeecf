"""The second writer: TEI → source text, to prove that a conversion lost nothing.

Every editorial element is written back in the form the source had: the canonical marker of
its convention, or the template its `@rend` recorded (`{}` stands for the content).
"""

from __future__ import annotations

from lxml import etree

# Children of these containers are blocks: they stand on lines of their own, except the
# phrase-level elements an opener or closer line may hold (`To Comrade <persName>…`).
_CONTAINERS = {"body", "div", "opener", "closer", "postscript", "list", "floatingText"}
_PHRASES = {"persName", "placeName", "orgName", "name", "choice", "date", "supplied", "reg",
            "gap", "hi", "q", "seg", "add", "foreign", "sic", "unclear", "ref", "lb", "pb",
            "abbr", "expan", "orig", "time", "num"}
_BRACKETED = "[{}]"


def _local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _canonical(el: etree._Element) -> str:
    tag = _local(el)
    kind = el.get("type")
    parent = el.getparent()
    parent_tag = _local(parent) if parent is not None else ""
    if tag == "add":
        return "[handwritten:] {}"
    if tag == "sic":
        return "{} [sic]"
    if tag == "q":
        return '"{}"'
    if tag == "hi":
        return "**{}**" if el.get("rend") == "bold" else "*{}*"
    if tag == "unclear":
        return "{} [?]"
    if tag == "gap":
        if el.get("reason") == "illegible":
            return "[illegible {}]" if len(el) else "[illegible]"
        return "[...]"
    if tag == "note" and kind == "sic":
        return "[SIC, {}]"
    if tag == "note" and kind in ("editorial", "original-wording") and el.get("place") == "inline":
        return _BRACKETED
    if tag in ("supplied", "stamp") or (tag == "seg" and kind == "unclassified-bracket"):
        return _BRACKETED
    if tag == "reg" and parent_tag != "choice":
        return _BRACKETED
    if tag == "ref" and kind == "noteAnchor":
        return _BRACKETED
    if tag == "label" and parent_tag == "list":
        return "{} "
    if tag == "seg" and kind == "marker":
        return _BRACKETED
    return "{}"


def _runs_on(el: etree._Element) -> bool:
    """Whether an element shares a line with text or another element (`To: KRAJEWSKI,
    <fw>URGENT</fw>`, `<fw>[Top Secret]</fw>é…`) rather than standing on a line of its own."""
    previous = el.getprevious()
    before = previous.tail if previous is not None else el.getparent().text
    if before:
        starts_line = before.isspace() or before.endswith("\n")
    else:
        starts_line = previous is None or _local(previous) == "lb"
    following = el.getnext()
    after = el.tail
    if after:
        ends_line = after.isspace() or after.startswith("\n")
    else:
        ends_line = following is None or _local(following) == "lb"
    return not (starts_line and ends_line)


class SourceWriter:
    """Writes into one list of pieces, so that a large document is not copied at every level."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.deferred: list[str] = []

    def element(self, el: etree._Element) -> None:
        tag = _local(el)
        out = self.out
        if not tag:
            return
        if tag == "lb":
            out.append("\n")
            return
        if tag == "pb":
            out.append(el.get("rend") or "\n\n")
            return
        if tag == "note" and el.get("place") == "foot":
            self.deferred.append(self.text_of(el))
            out.append(el.get("rend") or "*")
            return
        parent = el.getparent()
        block = (parent is not None and _local(parent) in _CONTAINERS and tag != "label"
                 and tag not in _PHRASES and not _runs_on(el))
        if block:
            out.append("\n\n")
        if tag == "choice" and len(el) == 2:
            # orig/reg, abbr/expan: the printed form, then the translator's in brackets.
            self.content(el[0])
            out.append("[")
            self.content(el[1])
            out.append("]")
        else:
            template = _canonical(el) if tag == "hi" else (el.get("rend") or _canonical(el))
            before, has_content, after = template.partition("{}")
            out.append(before)
            if has_content:
                self.content(el)
                out.append(after)
        if block:
            out.append("\n\n")
            if self.deferred and tag in ("p", "head", "item", "signed", "dateline", "salute"):
                out.extend(f"* {note}\n\n" for note in self.deferred)
                self.deferred.clear()

    def content(self, el: etree._Element) -> None:
        if el.text:
            self.out.append(el.text)
        for child in el:
            self.element(child)
            if child.tail:
                self.out.append(child.tail)

    def text_of(self, el: etree._Element) -> str:
        """The source form of an element's content, on its own."""
        saved, self.out = self.out, []
        self.content(el)
        text, self.out = "".join(self.out), saved
        return text


def source_pieces(text_element: etree._Element) -> list[str]:
    """The source body that a TEI `text` element encodes, as consecutive pieces."""
    writer = SourceWriter()
    writer.content(text_element)
    writer.out.extend(f"\n\n* {note}" for note in writer.deferred)
    return writer.out


def source_text(text_element: etree._Element) -> str:
    """The source body that a TEI `text` element encodes."""
    return "".join(source_pieces(text_element))
