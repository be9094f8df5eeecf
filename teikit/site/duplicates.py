"""The same document given twice (same content, or the same `xml:id`): published once."""

from __future__ import annotations

from collections.abc import Iterable

from teikit.site.sources import Source


def drop_same_content(sources: list[Source], digests: dict[str, str],
                      ) -> tuple[list[Source], list[str]]:
    """The sources without repeats of an earlier one's content, and a message per repeat;
    `digests`: slug → the hash of what a source says, for the sources that may repeat one
    another (one not in it repeats none)."""
    first: dict[str, Source] = {}
    kept: list[Source] = []
    messages: list[str] = []
    for source in sources:
        digest = digests.get(source.slug)
        if digest is None:
            kept.append(source)
            continue
        original = first.setdefault(digest, source)
        if original is source:
            kept.append(source)
        else:
            messages.append(
                f"{source.path}: warning: the same content as {original.path}; published once"
            )
    return kept, messages


def same_identifier(identified: Iterable[tuple[str, str]]) -> dict[str, str]:
    """slug of a repeat → slug of the first document (in the order given, that is the order of
    the build's inputs) with the same `xml:id`; `identified`: (slug, xml:id) pairs."""
    first: dict[str, str] = {}
    repeats: dict[str, str] = {}
    for slug, xml_id in identified:
        if not xml_id:
            continue
        original = first.setdefault(xml_id, slug)
        if original != slug:
            repeats[slug] = original
    return repeats
