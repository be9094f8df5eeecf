"""`[Page 2]`, `[p. 3]`, `[page break]`, `[end of page 3]`: a page boundary the transcription
marks → `pb` (`@n` only where the bracket says which page begins)."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention
from teikit.model import Intervention
from teikit.rules.base import BracketContext, Match, Rule

# The canonical page break is a paragraph split (teikit.conventions.text_markup): a marked one
# always records its marker.
CONVENTION = Convention("page", "[Page 2], [p. 3], [page break]", "pb[@n]",
                        "Page boundaries marked in the transcription.", summary="page_break")
_NUMBER = r"[\dIVXLivxl]+"
# The page that begins here: `[Page 2]`, `[p. 3]`, `[page 4 of 5]`, `[start of page 2]`,
# `[page 2 begins]`; a boundary that names none: `[end of page 3]`, `[page break]`, `[end page]`
# (`[end p. 1]`, naming the page as a citation does, is the translator's remark).
# (an archive's leaf, as Russian archives number them, `[l. 23]`, `[list 12]`; the
# original's page named, `[page 45 of the original]`; the Stasi archive's page stamp, `[BStU
# 000034]`)
PAGE_MARKER = re.compile(
    rf"(?i)^\s*(?:(?:(?:start|beginning|top) of )?(?:page|p\.|pg\.|sheet|list|l\.)\s*"
    rf"(?P<n>{_NUMBER})"
    rf"(?:\s*(?:of|/)\s*\d+)?(?:\s+(?:of|in) the original)?(?:\s+begins)?|end page|"
    rf"(?:end|bottom) of (?:the )?(?:page|p\.)"
    rf"(?:\s*{_NUMBER})?|(?:new|next) page|page ?break(?: in the original)?|page|p\.|"
    r"(?-i:BStU)\s*(?P<stamp>\d{4,7}))\s*$")
# A page's number printed on a line of its own: `- 2 -`, `– 14 –`, `Page 3 of 4`, `-2-`; the
# original's page the translation marks in parentheses: `(p. 1)`, `(page 2)`, which may close
# the page it names as well as open it.
PRINTED_PAGE_NUMBER = re.compile(
    r"(?i)^\s*(?:[-–—]\s*(?P<n>\d{1,4})\s*[-–—]|page\s+(?P<m>\d{1,4})(?:\s+(?:of|/)\s+\d{1,4})?|"
    r"\((?:p\.|pg\.|page)\s*(?P<p>\d{1,4})\)|"
    # (an archive's page number, its figures padded: `pg. 00195`)
    r"pg\.\s*(?P<g>\d{1,5})|"
    # (the Stasi archive's page stamp on its line: `BStU 000034`)
    r"(?-i:BStU)\s*(?P<b>\d{4,7}))\s*$")


def page_break(marker: str, number: str | None) -> Intervention:
    """The `pb` of a page marker printed as `marker` (its literal form kept in `@rend`)."""
    attrs = {"n": number} if number else {}
    return CONVENTION.node("pb", attrs, [], templates.literal(marker))


_THEMATIC_BREAK = re.compile(r"^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")


def printed_page_marker(text: str) -> Intervention | None:
    """The `pb` of a page boundary printed on a line of its own between two parts of a
    sentence: the page's number (`- 5 -`, `Page 5 of 8`), or a rule (`---`)."""
    printed = PRINTED_PAGE_NUMBER.match(text)
    if printed is not None:
        # (`(p. 1)` may end page 1 as well as begin it: no `@n`)
        number = printed["n"] or printed["m"] or printed["g"] or printed["b"]
        return page_break(text.strip(), number.lstrip("0") or number if number else None)
    if _THEMATIC_BREAK.match(text):
        return page_break(text.strip(), None)
    return None


# A page's number as a page prints it where nothing else tells it is one: only between two
# halves of a sentence (`… over the two days of the` / `2` / `negotiations …`): the figures
# alone, `p. 2`, `//2//`, `/2/`, `(2)`, `[2]`.
_NUMBER_BETWEEN = re.compile(r"^\s*(?:(?P<n>\d{1,4})|p\.\s*(?P<p>\d{1,4})|"
                             r"(?P<slashes>//?)\s*(?P<s>\d{1,4})\s*(?P=slashes)|"
                             r"\((?P<q>\d{1,4})\)|\[(?P<b>\d{1,4})\])\s*$")


def is_number_between(text: str) -> bool:
    """Whether `text` is a page's number as a page prints it, read so between two halves of a
    sentence only (`2`, `p. 2`, `//2//`, `/2/`, `(2)`, `[2]`)."""
    return _NUMBER_BETWEEN.match(text) is not None


def page_marker_between(text: str) -> Intervention | None:
    """The `pb` of a page boundary printed between two halves of a sentence: a printed page
    marker, or a page's number as only that place tells it is one (`2`, `p. 2`)."""
    printed = printed_page_marker(text)
    if printed is not None:
        return printed
    found = _NUMBER_BETWEEN.match(text)
    if found is None:
        return None
    number = found["n"] or found["p"] or found["s"] or found["q"] or found["b"]
    return page_break(text.strip(), number.lstrip("0") or number)


# A page's number alone in its bracket (`[41]`, the archive's folio between two paragraphs).
_BARE_NUMBER = re.compile(r"^\d{1,4}$")


def _read(ctx: BracketContext) -> Match | None:
    found = PAGE_MARKER.match(ctx.inner)
    if found is not None:
        number = found["n"] or (found["stamp"] and (found["stamp"].lstrip("0") or "0"))
        return Match([page_break(f"[{ctx.inner}]", number)])
    if (_BARE_NUMBER.match(ctx.inner) and ctx.opens_line and ctx.ends_line
            and ctx.inner not in ctx.doc.note_markers):
        # (alone on its line, a figure no note is numbered by marks where a page begins)
        return Match([page_break(f"[{ctx.inner}]", ctx.inner)])
    return None


RULE = Rule(CONVENTION, _read)
