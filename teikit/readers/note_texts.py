"""Which units of a body are notes' texts: a marker opening the line (`* …`, `[1] …`, `¹ …`), or
the numbered lines that end a document when the text marks their numbers (`1. …`, `1The …`).
The structure reader keeps them apart from the text, and the notes' joiner joins them to their
markers (`teikit.readers.notes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from teikit.lazy_pattern import LazyPattern
from teikit.readers.bullet_lists import BULLET
from teikit.readers.markdown_links import is_definition
from teikit.readers.note_links import LINKED_NUMBER
from teikit.readers.units import Unit
from teikit.rules.note_anchor import (
    FOOTNOTE_LABEL,
    GLUED_ANCHOR,
    ROMAN_NOTE_NUMBER,
    SUPERSCRIPT_FIGURES,
)

# `* …`, `[1] …`, `1. …`, and a number in superscript figures: `¹ …`.
# (A bare number, `1 The Russian text is unclear …`, `1Rene Castro Vallejo was …`, is a note only
# among the numbered notes at a document's end.)
# (a star glued to the note's first word, `*The record … was not reviewed`, when no other star
# on the line makes it an emphasis)
# (a second note on the page has two stars: `** Translator’s note: …`; a star in brackets,
# `[*] Monazite is …`)
# (Markdown's footnote, as pandoc and GitHub write one: `[^1]: …`, `[^note]: …`; a note's
# number linked back to its mark in the text, as a word processor's notes are on a web page,
# `[[1]](#_ftnref1) …`)
NOTE_TEXT = re.compile(rf"^(?:\[\^(?P<caret>{FOOTNOTE_LABEL})\]:[ \t]*|"
                       rf"(?P<linkedmark>{LINKED_NUMBER})[ \t]*|"
                       r"(?P<supmark><(?:sup|SUP)>(?P<supnum>\d{1,3})</(?:sup|SUP)>)[ \t]*|"
                       r"(?P<star>(?:\\?\*){1,3})(?:\s+|(?=[A-Z“\"][^*\n]*$))|"
                       r"\[(?P<bstar>\*{1,3})\]\s*|"
                       rf"\[(?P<num>\d{{1,3}}|{ROMAN_NOTE_NUMBER})\]\s*|"
                       r"(?P<dot>\d{1,3})\.\s+|"
                       # (`1) The speech was printed …`, as German papers number their notes)
                       r"(?P<paren>\d{1,2})\)\s+|"
                       rf"(?P<sup>[{SUPERSCRIPT_FIGURES}]{{1,3}})\s*|"
                       r"(?P<bare>\d{1,2}) ?(?=[A-Z“\"‘]))(?=\S)")


def note_marker(unit: Unit) -> str | None:
    """The marker of a note's text (`* …`, `[1] …`); a line `1. …` is a note only among the
    numbered notes at a document's end (`numbered_endnotes`): elsewhere it is a numbered point."""
    found = NOTE_TEXT.match(unit.unwrapped) if unit.kind == "text" else None
    if found is not None and (found["caret"] or found["linked"] or found["supnum"]):
        # (its text may be an address alone: a note all the same)
        return found["caret"] or found["linked"] or found["supnum"]
    if found is not None and found["bstar"]:
        return found["bstar"]
    if (found is None or found["dot"] or found["paren"] or found["bare"]
            or is_definition(unit.text)):
        return None  # (`[1]: https://…`: Markdown's link reference definition, no note)
    after = found.end("num") + 1  # (past the bracket: a figure glued to it continues a number)
    if found["num"] and unit.text[after:after + 1].isdigit():
        return None  # `[19]63 Foreign Economic Relations Bureau Document No. 190`: a year
    return found["star"].replace("\\", "") if found["star"] else found["num"] or found["sup"]


# A star glued to what it marks (`[Li Kuo Nyn]*`, `Pak*,`): not one of bold's or a line's
# first, and not before a word (`*italic`).
_GLUED_STAR = LazyPattern(r"(?<![\s*\\])\*(?![*\w])")
_LIST_ITEMS = 2


def markdown_bullets(units: Sequence[Unit], notes: dict[int, str]) -> set[int]:
    """The star notes (`notes`: unit index → marker) that are a Markdown list's items: two or
    more lines one after another, each a star and a space before its words, where nothing in
    the text is marked with a star (an export writes a web page's bulleted list so, and escapes
    a star that opens a line of text, `\\* The writing …`)."""
    bullets = [i for i, marker in notes.items()
               if marker == "*" and (found := BULLET.match(units[i].text)) is not None
               and found.group(1) == "*"]
    lined = set(bullets)
    runs = {index for index in bullets if index + 1 in lined or index - 1 in lined}
    if len(runs) < _LIST_ITEMS:
        return set()
    if any(_GLUED_STAR.search(unit.text) for i, unit in enumerate(units) if i not in notes):
        return set()
    return runs


# (whose notes they are may head them: `Translator's Notes`, `Editor’s notes`)
NOTES_HEADING = re.compile(r"(?i)^\W*(?:(?:translator|editor)s?['’]?s?\s+)?"
                            r"(?:notes|endnotes|footnotes)\W*$")


def numbered_endnotes(units: Sequence[Unit]) -> dict[int, str]:
    """The lines `1. …`, `2. …` (or `1 …`, `1The …`) that end a document, under a `Notes`
    heading or not, when they are numbered from 1 and the text before them marks their numbers
    (`[1]` each for dotted numbers; glued to a word, `Vallejo1`, or `(1)`, at least one for
    bare ones): its endnotes, unit index → number."""
    tail: list[tuple[int, str]] = []
    bare = False
    index = len(units) - 1
    while index >= 0 and units[index].kind == "text":
        found = NOTE_TEXT.match(units[index].unwrapped)
        if found is None or not (found["dot"] or found["paren"]
                                 or _bare_note(found, units[index].text)):
            break
        # (a number in its parenthesis is marked as a bare one is, glued to the word:
        # `ČSSR.1)`)
        bare = bare or found["dot"] is None
        tail.append((index, found["dot"] or found["paren"] or found["bare"]))
        index -= 1
    if not tail:
        return {}
    tail.reverse()
    if [int(number) for _, number in tail] != list(range(1, len(tail) + 1)):
        return {}
    first = tail[0][0]
    if first > 0 and NOTES_HEADING.match(units[first - 1].text):
        first -= 1
    if bare:
        numbers = {number for _, number in tail}
        text = "\n".join(unit.text for unit in units[:first])
        marked = {m.group(1) for m in GLUED_ANCHOR.finditer(text)}
        marked |= {m.group(1) for m in _MARKER_IN_BRACKETS.finditer(text)}
        return dict(tail) if numbers & marked else {}
    # (each number marked in the text, in brackets, in parentheses glued to the sentence it
    # annotates, `the Trip to Warsaw.(1)`, or glued to the word, `headed by Shelepin1`: a
    # dotted number is a point's as often as a note's, so every one must be marked)
    markers = {number: re.compile(rf"\[{number}\]|(?<=\S)\({number}\)") for _, number in tail}
    unmarked = set(markers)
    for unit in units[:first]:
        unmarked = {number for number in unmarked if markers[number].search(unit.text) is None}
        unmarked -= {m.group(1) for m in GLUED_ANCHOR.finditer(unit.text)}
        if not unmarked:
            return dict(tail)
    return {}


_MARKER_IN_BRACKETS = LazyPattern(r"[(\[](\d{1,2})[)\]]")
_BARE_NOTE_WORDS = 4


def _bare_note(found: re.Match[str], text: str) -> bool:
    """A bare number before a note's words, not a date's day (`1 August 1957`, `1 A.M., 18
    August`): a note says something."""
    return bool(found["bare"]) and len(text[found.end():].split()) >= _BARE_NOTE_WORDS
