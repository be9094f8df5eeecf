"""Markdown's links and images in a transcription: `[Central Committee](https://…)`,
`![the first page](https://…/p1.jpg)`, `<https://…>`.

A page a web clipper saved as Markdown keeps the site's links so, and an editor's own file may
link a name to a register. Read as editorial brackets, the link's words were a word the
translator supplied, and the address text after them. A bracket directly followed by a link
destination in parentheses (an address with its scheme, `www.`, or a path from the site's
root, and an optional title in quotes) is a link: `ref[@target]` with the link's words, or, after
`!`, a `figure` whose `graphic` the address names and whose `figDesc` is the image's
description. The Markdown as written is kept in `@rend` (`[{}](https://…)`), so the TEI gives
the source back. Words that are themselves marked up (`[**Pravda**](…)`, `[[sic]](…)`) stay as
they are read now: a link holds plain words only. An address in angle brackets with its scheme
(an autolink) is a link whose words are the address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from teikit import templates
from teikit.conventions.text_markup import LINK, PICTURE
from teikit.model import Inline, Intervention, Text, splice_text

# (a destination may hold one level of balanced parentheses, as CommonMark allows:
# `https://en.wikipedia.org/wiki/Korea_(disambiguation)`)
_DESTINATION = re.compile(
    r"\((?P<url>(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:|www\.|/)[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)"
    r"(?:[ \t]+\"[^\"\n]*\")?\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+)>")
# Characters that would make the link's words more than plain words.
_MARKUP = re.compile(r"[\[\]*_`<>\\\n\f]")
_MEDIA_TYPES = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
                "svg": "image/svg+xml", "webp": "image/webp", "tif": "image/tiff",
                "tiff": "image/tiff", "bmp": "image/bmp"}


@dataclass(frozen=True)
class Link:
    """A link found after a bracket: where its destination ends in the text, and its node."""

    end: int
    node: Intervention


def link_at(text: str, open_at: int, close_at: int, hi: int, image: bool) -> Link | None:
    """The link whose words stand between the brackets at `open_at` and `close_at` of `text`
    (an image's when `image`: a `!` before the bracket), its destination right after the
    closing bracket (before `hi`); None when that is no link destination, or the words are
    marked up."""
    if text[close_at + 1 : close_at + 2] != "(":
        return None
    found = _DESTINATION.match(text, close_at + 1, hi)
    words = text[open_at + 1 : close_at]
    if found is None or _MARKUP.search(words) is not None:
        return None
    url = found.group("url")
    rend = templates.template("![" if image else "[", "]" + found.group())
    if image:
        children: list[Inline] = [Intervention("graphic", {"url": url,
                                                           "mimeType": _media_type(url)})]
        if words.strip():
            children.append(Intervention("figDesc", {}, [Text(words)]))
        return Link(found.end(), Intervention("figure", {}, children, PICTURE.summary, rend))
    node = Intervention("ref", {"target": url}, [Text(words)], LINK.summary, rend)
    return Link(found.end(), node)


def _media_type(url: str) -> str:
    path = url.split("?", 1)[0].split("#", 1)[0]
    extension = path.rpartition(".")[2].lower() if "." in path.rpartition("/")[2] else ""
    return _MEDIA_TYPES.get(extension, "application/octet-stream")


def autolinked(nodes: list[Inline]) -> list[Inline]:
    """`nodes` with each address in angle brackets in their text a link (`<https://…>`)."""
    if not any(isinstance(node, Text) and "<" in node.value for node in nodes):
        return nodes
    return [part for node in nodes for part in (
        splice_text(node.value, ((found.start(), found.end(), Intervention(
            "ref", {"target": found.group(1)}, [Text(found.group(1))], LINK.summary, "<{}>"))
            for found in _AUTOLINK.finditer(node.value)))
        if isinstance(node, Text) else [node])]
