"""Markdown's links and images in a transcription: `[Central Committee](https://…)`,
`![the first page](https://…/p1.jpg)`, `<https://…>`, and links by reference
(`[Central Committee][1]` with `[1]: https://…` on a line of its own).

A page a web clipper saved as Markdown keeps the site's links so, and an editor's own file may
link a name to a register. Read as editorial brackets, the link's words were a word the
translator supplied, and the address text after them. A bracket directly followed by a link
destination in parentheses (an address with its scheme, `www.`, or a path from the site's
root, and an optional title in quotes) is a link: `ref[@target]` with the link's words, or, after
`!`, a `figure` whose `graphic` the address names and whose `figDesc` is the image's
description. The Markdown as written is kept in `@rend` (`[{}](https://…)`), so the TEI gives
the source back. Words that are themselves marked up (`[**Pravda**](…)`, `[[sic]](…)`) stay as
they are read now: a link holds plain words only. An address in angle brackets with its scheme
(an autolink) is a link whose words are the address. A link by reference takes its address from
the document's definition of its label (`[words][label]`, `[label][]`, or `[label]` alone when
a definition names it, as CommonMark reads them); the definition's line is a paragraph holding
a link to the address, its Markdown in `@rend`, not a note numbered `1`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from teikit import templates
from teikit.conventions.text_markup import LINK, PICTURE
from teikit.model import Inline, Intervention, Text, splice_text
from teikit.readers.note_links import LINKED_NUMBER, linked_template
from teikit.resources import linked_media_type
from teikit.rules.note_anchor import CONVENTION as NOTE_ANCHOR

# An address's start: its scheme and `//` (`https://`), a scheme that has none (`mailto:`), `www.`,
# or a path from the site's root; not a word before a colon (`[Beijing]:Copies:`).
_ADDRESS = r"(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}://|(?:mailto|tel|urn|doi):|www\.|/(?![/\s]))"
# (a destination may hold one level of balanced parentheses, as CommonMark allows:
# `https://en.wikipedia.org/wiki/Korea_(disambiguation)`)
_DESTINATION = re.compile(
    rf"\((?P<url>{_ADDRESS}[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)"
    r"(?:[ \t]+\"[^\"\n]*\")?\)")
# `[1]: https://… "Title"`: a link reference definition, on a line of its own.
_DEFINITION = re.compile(
    rf"^ {{0,3}}\[(?P<label>[^\]\[\n]{{1,200}})\]:[ \t]*(?P<url>{_ADDRESS}[^\s<>]*)"
    r"(?P<title>[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^\s<>]+)>")
# What a pointer may hold as it stands (RFC 3986's characters); the rest is percent-encoded.
_POINTER_SAFE = "!$&'()*+,-./:;=?@[]~_%"
# Characters that would make the link's words more than plain words.
_MARKUP = re.compile(r"[\[\]*_`<>\\\n\f]")


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
        children: list[Inline] = [Intervention("graphic", {"url": pointer(url),
                                                           "mimeType": linked_media_type(
                                                               re.split("[?#]", url)[0])})]
        if words.strip():
            children.append(Intervention("figDesc", {}, [Text(words)]))
        return Link(found.end(), Intervention("figure", {}, children, PICTURE.summary, rend))
    node = Intervention("ref", {"target": pointer(url)}, [Text(words)], LINK.summary, rend)
    return Link(found.end(), node)


_LINKED_NUMBER = re.compile(LINKED_NUMBER)


def note_link_at(text: str, open_at: int, close_at: int, hi: int) -> Link | None:
    """The note's mark a link to a place in the page is (`corps[[1]](#_ftn1)`): a reference
    to note 1, the link's Markdown in `@rend` (`[[{}]](#_ftn1)`); None for any other link."""
    if text[close_at + 1 : close_at + 3] != "(#":
        return None
    found = _LINKED_NUMBER.match(text, open_at, hi)
    if found is None or text.find("](#", open_at, found.end()) != close_at:
        return None  # (the link's words the number in its brackets, `[[1]]`, or alone)
    number = found["linked"]
    node = NOTE_ANCHOR.node("ref", {"type": "noteAnchor", "n": number}, [Text(number)],
                            linked_template(found))
    return Link(found.end(), node)


def autolinked(nodes: list[Inline]) -> list[Inline]:
    """`nodes` with each address in angle brackets in their text a link (`<https://…>`)."""
    if not any(isinstance(node, Text) and "<" in node.value for node in nodes):
        return nodes
    return [part for node in nodes for part in (
        splice_text(node.value, ((found.start(), found.end(), Intervention(
            "ref", {"target": pointer(found.group(1))}, [Text(found.group(1))], LINK.summary,
            "<{}>"))
            for found in _AUTOLINK.finditer(node.value)))
        if isinstance(node, Text) else [node])]


def label_key(label: str) -> str:
    """A reference's label as CommonMark matches it: case and runs of white space aside."""
    return " ".join(label.split()).casefold()


def definitions(texts: list[str]) -> dict[str, str]:
    """The link reference definitions among a document's lines: label key → address (the
    first definition of a label counts)."""
    found: dict[str, str] = {}
    for text in texts:
        if "]:" in text:
            match = _DEFINITION.match(text)
            if match is not None:
                found.setdefault(label_key(match["label"]), match["url"])
    return found


def is_definition(text: str) -> bool:
    return "]:" in text and _DEFINITION.match(text) is not None


def definition_link(text: str) -> Intervention | None:
    """The link a definition line holds: its address, the line's Markdown in `@rend`."""
    match = _DEFINITION.match(text) if "]:" in text else None
    if match is None:
        return None
    rend = templates.template(text[: match.start("url")], text[match.end("url") :])
    return Intervention("ref", {"target": pointer(match["url"])}, [Text(match["url"])],
                        LINK.summary, rend)


def reference_at(text: str, open_at: int, close_at: int, hi: int,
                 defined: dict[str, str]) -> Link | None:
    """The link by reference whose words stand between the brackets at `open_at` and
    `close_at` (`[words][label]`, `[label][]`, or `[label]` alone), when the document defines
    its label; None otherwise, or when its words are marked up."""
    if not defined:
        return None
    words = text[open_at + 1 : close_at]
    if _MARKUP.search(words) is not None:
        return None
    after = close_at + 1
    label, end = words, after
    if text[after : after + 1] == "[":
        label_end = text.find("]", after + 1, hi)
        if label_end < 0 or "[" in text[after + 1 : label_end]:
            return None
        label, end = (text[after + 1 : label_end] or words), label_end + 1
    elif text[after : after + 1] in ("(", ":"):
        return None  # (an inline link's or no link's parenthesis; a definition's label)
    url = defined.get(label_key(label))
    if url is None:
        return None
    rend = templates.template("[", "]" + text[after:end])
    return Link(end, Intervention("ref", {"target": pointer(url)}, [Text(words)], LINK.summary,
                                  rend))


def pointer(address: str) -> str:
    """An address as the pointer `@target` and `@url` hold: characters no URI may hold, and a
    second `#`, percent-encoded (the source's address stays as written in `@rend`)."""
    path, hash_mark, fragment = address.partition("#")
    encoded = quote(path, safe=_POINTER_SAFE)
    return encoded + hash_mark + quote(fragment, safe=_POINTER_SAFE) if hash_mark else encoded
