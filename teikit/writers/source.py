"""The second writer: TEI → source text, to prove that a conversion lost nothing.

Every editorial element is written back in the form the source had: the canonical marker of
its convention, or the template its `@rend` recorded (`{}` stands for the content).
"""

from __future__ import annotations

from lxml import etree

# Children of these containers are blocks: they stand on lines of their own.
_CONTAINERS = {"body", "div", "opener", "closer", "postscript", "list"}
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


class SourceWriter:
    def __init__(self) -> None:
        self.deferred: list[str] = []

    def element(self, el: etree._Element) -> str:
        tag = _local(el)
        if not tag:
            return ""
        if tag == "lb":
            return "\n"
        if tag == "pb":
            return el.get("rend") or "\n\n"
        if tag == "note" and el.get("place") == "foot":
            content = self.content(el)
            self.deferred.append(content)
            return (el.get("rend") or "*")
        if tag == "choice" and len(el) == 2:
            # orig/reg, abbr/expan: the printed form, then the translator's in brackets.
            return self.content(el[0]) + "[" + self.content(el[1]) + "]"
        template = el.get("rend")
        text = (template or _canonical(el)).replace("{}", self.content(el), 1)
        parent = el.getparent()
        if parent is not None and _local(parent) in _CONTAINERS and tag != "label":
            text = "\n\n" + text + "\n\n"
            if self.deferred and tag in ("p", "head", "item", "signed", "dateline", "salute"):
                text += "".join(f"* {note}\n\n" for note in self.deferred)
                self.deferred.clear()
        return text

    def content(self, el: etree._Element) -> str:
        parts = [el.text or ""]
        for child in el:
            parts.append(self.element(child))
            parts.append(child.tail or "")
        return "".join(parts)


def source_text(text_element: etree._Element) -> str:
    """The source body that a TEI `text` element encodes."""
    writer = SourceWriter()
    out = writer.content(text_element)
    if writer.deferred:
        out += "".join(f"\n\n* {note}" for note in writer.deferred)
    return out
