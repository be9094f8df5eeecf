"""`[1]` where the document has a note text `[1] …` → a reference to that note."""

from __future__ import annotations

import re

from teikit.conventions import Convention, bracketed
from teikit.model import Intervention, Text
from teikit.rules.base import NUMBER_SIGN_BEFORE, BracketContext, Match, Rule

# The note is counted (footnote), not its marker.
CONVENTION = Convention(
    "note-anchor", "[1] … with a note text [1] …", "ref[@type='noteAnchor'] → note[@place='end']",
    "Numbered note markers; the note keeps its place and the marker points to it.",
    forms=(bracketed("ref", (("type", "noteAnchor"),)),),
)
# A note's number printed right after a word, as a superscript loses its raising in plain
# text: `From: [Ambassador Boleslaw] JELEN1` with a note `[1] Poland's ambassador …`.
# The leading look-ahead only saves time: most positions are no figure, and fail it at once.
# A note's number in superscript figures, as some exports print it (`Kim Il Sung¹`, `¹ …`), and
# the same figures in ASCII, for an identifier.
SUPERSCRIPT_FIGURES = "¹²³⁴⁵⁶⁷⁸⁹⁰"
ASCII_FIGURES = str.maketrans(SUPERSCRIPT_FIGURES, "1234567890")
# A note numbered in lower-case Roman figures, as some editions number the translator's notes
# apart from the archive's (`[i] Not further identified - ed.`): a marker only where a note
# so numbered ends the text.
ROMAN_NOTE_NUMBER = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
_NUMBER = re.compile(rf"^\s*(\d{{1,3}}|{ROMAN_NOTE_NUMBER})\s*$")
# Markdown's footnote reference, as pandoc and GitHub write one (`[^1]`, `[^stalin]`): a
# marker whatever stands before it; its note is the line `[^1]: …`. (Letters, figures, `_`
# and `-`: the label is part of the note's identifier.)
FOOTNOTE_LABEL = r"[\w-]{1,20}"
_FOOTNOTE_REFERENCE = re.compile(rf"\^({FOOTNOTE_LABEL})")
FOOTNOTE_REFERENCE_MARKER = "[^{}]"
# Or after the punctuation that ends a word, a bracket or a quotation (`the Polish Communist
# Party [KPP].1 He …`); not after one or two letters and a full stop (`No.1`, `p.3`, `op.7`).
# A hyphenated name's last part may be short (`Pak Chang-ok1`).
GLUED_ANCHOR = re.compile(
    rf"(?=[\d{SUPERSCRIPT_FIGURES}])"
    rf"(?:(?<=[^\W\d_{SUPERSCRIPT_FIGURES}]{{3}})|(?<=[^\W\d_]-[^\W\d_]{{2}})"
    rf"|(?<=[^\W\d_]{{3}}[.,;:])|(?<=[\])”\"][.,;:]))"
    rf"(\d{{1,2}}|[{SUPERSCRIPT_FIGURES}]{{1,2}})(?=[\s.,;:)”\"]|$)")


# What ends the word a note's marker is glued to, besides its last letter (a number's sign,
# `Nº[20]`, ends none: `base.NUMBER_SIGN_BEFORE`).
_WORD_END = frozenset(".,;:?!])”\"’'")


# A year ends the text the marker is glued to (`8 October 1973[1]`), where a number's figures
# the translator completed are fewer (`Special Section 16[71]`).
_YEAR_AT_END = re.compile(r"(?<!\d)(?:1[89]|20)\d\d$")


def ends_a_number_as_marker(ctx: BracketContext) -> bool:
    """`Prot. No. 87[1]` ending its line: one figure glued to a number, where nothing follows,
    marks a note (`Special Section 16[71]` completes the number)."""
    return (len(ctx.inner) == 1 and ctx.inner.isdigit() and ctx.ends_line
            and ctx.before[-1:].isdigit())


# A printed edition's note number glued to the word it annotates (`Stockholm,4`, `plan.5`).
_PRINTED_MARKER_BEFORE = re.compile(r"[^\W\d_]{2}[.,;:]?\d{1,2}$")


def _inside_a_printed_marker(ctx: BracketContext) -> bool:
    """`Stockholm,4[1]6`, `Unden,1[1]3`: the website's marker set inside the printed edition's
    note number, itself glued to the word (a number the translator completed stands apart from
    the word before it: `Special Section 16[71]`)."""
    return (len(ctx.inner.strip()) <= 2
            and _PRINTED_MARKER_BEFORE.search(ctx.before[-8:]) is not None
            and NUMBER_SIGN_BEFORE.search(ctx.before[-6:]) is None)


def glued_anchor(number: str, offset: int | None) -> Intervention:
    """The reference a glued marker becomes: its number, written back without brackets."""
    return Intervention("ref", {"type": "noteAnchor", "n": number}, [Text(number)], None, "{}",
                        offset)


_STARS = ("*", "**", "***")


def _read(ctx: BracketContext) -> Match | None:
    if ctx.inner.startswith("^"):
        footnote = _FOOTNOTE_REFERENCE.fullmatch(ctx.inner)
        if footnote is None:
            return None
        attrs = {"type": "noteAnchor", "n": footnote.group(1)}
        return Match([CONVENTION.node("ref", attrs, [Text(footnote.group(1))],
                                      FOOTNOTE_REFERENCE_MARKER)])
    if ctx.inner in _STARS and ctx.doc.asterisk_notes:
        # `… monazite concentrate [*].` over a note `[*] Monazite is …`: a star's note
        # (an anchor as a glued star is, which the notes' joiner links to its note)
        return Match([Intervention("anchor", {"n": ctx.inner}, [], "note-anchor",
                                   f"[{ctx.inner}]")])
    found = _NUMBER.match(ctx.inner)
    if found is None:
        return None
    if found.group(1) not in ctx.doc.note_markers and not (
            found.group(1).isdigit() and len(found.group(1)) <= 2
            and (ctx.previous.isalpha() or ctx.previous in _WORD_END
                 or _YEAR_AT_END.search(ctx.before[-5:]) is not None)
            and NUMBER_SIGN_BEFORE.search(ctx.before[-6:]) is None) and not (
            ends_a_number_as_marker(ctx)) and not _inside_a_printed_marker(ctx):
        # (a number glued to the word it annotates is a note's marker even where the page
        # lost the note: `Yasser Arafat[1], on …`, `[Ung Van Khiem][1]`, `1961].[2]`,
        # `8 October 1973[1]`; the
        # joiner says so and keeps it as text)
        return None
    attrs = {"type": "noteAnchor", "n": found.group(1)}
    return Match([CONVENTION.node("ref", attrs, [Text(ctx.inner)])])


RULE = Rule(CONVENTION, _read)
