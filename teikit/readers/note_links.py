"""A note's number linked to a place in the page, as a word processor's notes are linked to
their marks and back when its text is put on a web page, and an export keeps the links:
`corps[[1]](#_ftn1)` in the text, `[[1]](#_ftnref1) …` opening the note (`#_edn1` for an
endnote; pandoc's `[1](#fn1)`). Read as the note's mark (`markdown_links.note_link_at`) and as
its note's marker (`note_texts.NOTE_TEXT`); a line's words read it as its number."""

from __future__ import annotations

import re

from teikit import templates

LINKED_NUMBER = r"\[\[?(?P<linked>\d{1,3})\]?\]\(#[^\s()<>\[\]]{0,60}\)"
_LINKED = re.compile(LINKED_NUMBER)


def linked_template(found: re.Match[str], group: int | str = 0) -> str:
    """A linked number's mark (`found`'s `group`, holding the group `linked`) as a template
    around the number: `[[{}]](#_ftn1)`."""
    mark, start = found.group(group), found.start("linked") - found.start(group)
    return templates.template(mark[:start], mark[start + len(found["linked"]) :])


def _as_number(found: re.Match[str]) -> str:
    marker = f"[{found['linked']}]"
    return marker + " " * (len(found.group()) - len(marker))


def numbers_unlinked(text: str) -> str:
    """`text` with each linked number as its number (`ANGELOV[[1]](#_ftn1)` as `ANGELOV[1]`),
    white space after it to keep the length: each other character where `text` has it."""
    return _LINKED.sub(_as_number, text) if "](#" in text else text
