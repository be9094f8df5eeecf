"""The numbers Word draws before a numbered paragraph (`1.`, `II.`, `a)`).

They are not in the paragraph's text: Word keeps a list's definition (each level's first
number, its kind of figures and the text around them) in the numbering part and counts as it
lays the document out. A reader of the text alone would lose them, and an edition of a report
whose points are numbered so would lose its points' numbers. So the paragraphs are counted
here as Word counts them, list by list and level by level, and each numbered paragraph's label
is read as its first characters, with the space Word sets after it.

A bullet is no number of the document's and gives no label; nor does a level whose number is
`none`. A kind of figures teikit does not write (Word knows some sixty) is written in Arabic
figures: the count is kept, if not its glyphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from teikit.readers.docx_package import w

_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
# Past these a damaged or hostile file's figures would make labels of any length (a label of
# a megabyte before each of ten thousand paragraphs is ten gigabytes of text).
_HIGHEST = 99_999
_LONGEST_LABEL = 255
_LEVELS = 9
_NO_LABEL = frozenset({"bullet", "none"})
_STYLE_DEPTH = 20


@dataclass(frozen=True)
class _Level:
    """A list level's first number, number format, label text (`%1.`), what follows it, and
    the paragraph style it numbers (Word's numbered headings: `Heading 2` is level 1)."""

    start: int = 1
    kind: str = "decimal"
    text: str = ""
    suffix: str = " "
    style: str = ""


# Word's `chicago` marks, doubled, tripled … after the fourth (`**` is the fifth); past ten
# of one mark, figures (a hostile file's count would make marks of any length).
_CHICAGO = ("*", "†", "‡", "§")
_CHICAGO_REPEATS = 10


def number_in_format(value: int, kind: str) -> str:
    """`value` in the figures of Word's number format `kind` (decimal where Word's format is
    one teikit does not write: an ideograph's, an enclosed figure's)."""
    if kind == "chicago" and 0 < value <= len(_CHICAGO) * _CHICAGO_REPEATS:
        return _CHICAGO[(value - 1) % 4] * ((value - 1) // 4 + 1)
    if kind in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        roman = ""
        for size, letters in _ROMAN:
            count, value = divmod(value, size)
            roman += letters * count
        return roman.upper() if kind == "upperRoman" else roman
    if kind in ("upperLetter", "lowerLetter") and value > 0:
        # (Word goes on `aa`, `bb` … after `z`)
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter.upper() if kind == "upperLetter" else letter
    if kind == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _figure(element: etree._Element | None, default: int) -> int:
    """The number an element's `w:val` gives, bounded; `default` where it gives none."""
    text = element.get(w("val"), "") if element is not None else ""
    try:
        return max(0, min(int(text), _HIGHEST))
    except ValueError:
        return default


def _levels(holder: etree._Element) -> Iterator[tuple[int, _Level]]:
    for level in holder.iterchildren(w("lvl")):
        index = _level_index(level)
        if not 0 <= index < _LEVELS:
            continue
        kind = level.find(w("numFmt"))
        text = level.find(w("lvlText"))
        suffix = level.find(w("suff"))
        style = level.find(w("pStyle"))
        yield index, _Level(
            start=_figure(level.find(w("start")), 1),
            kind=kind.get(w("val"), "decimal") if kind is not None else "decimal",
            text=text.get(w("val"), "") if text is not None else "",
            suffix={"nothing": "", "space": " "}.get(
                suffix.get(w("val"), "") if suffix is not None else "", " "),
            style=style.get(w("val"), "") if style is not None else "")


def _level_index(element: etree._Element) -> int:
    """A level's `w:ilvl` (-1 where it is no number)."""
    try:
        return int(element.get(w("ilvl"), ""))
    except ValueError:
        return -1


@dataclass(frozen=True)
class _List:
    """A list as its paragraphs are numbered: the definition whose count it goes on with (its
    own, or that of the numbering style it takes its levels from), its levels (the
    definition's with the list's own overrides), and the levels it starts over at."""

    counted_as: str
    levels: dict[int, _Level]
    starts: dict[int, int]


# A level's number in a level text, where the list defines no such level.
_PLACEHOLDER = re.compile(r"%[1-9]")


class Numbering:
    """The lists of a Word document and the count Word keeps of each, paragraph by
    paragraph in the order Word lays them out."""

    def __init__(self, root: etree._Element | None, styles: Any) -> None:
        self._styles = styles
        self._lists: dict[str, _List] = {}
        self._counts: dict[str, list[int | None]] = {}
        self._restarted: set[str] = set()
        self._by_style: dict[str, tuple[str, int] | None] = {}
        """The list and level a paragraph style numbers its paragraphs in, by style id."""
        if root is None:
            return
        definitions: dict[str, dict[int, _Level]] = {}
        counted_with: dict[str, str] = {}
        linked: dict[str, str] = {}  # definition → the numbering style whose levels it takes
        holders: dict[str, str] = {}  # numbering style → the definition that holds its levels
        for abstract in root.iterchildren(w("abstractNum")):
            ident = abstract.get(w("abstractNumId"), "")
            definitions[ident] = dict(_levels(abstract))
            link = abstract.find(w("numStyleLink"))
            if link is not None:
                linked[ident] = link.get(w("val"), "")
            holder = abstract.find(w("styleLink"))
            if holder is not None:
                holders[holder.get(w("val"), "")] = ident
        for ident, style in linked.items():
            # (a list on a numbering style takes the style's levels and goes on with its count)
            if not definitions[ident] and style in holders:
                definitions[ident] = definitions[holders[style]]
                counted_with[ident] = holders[style]
        for listing in root.iterchildren(w("num")):
            found = listing.find(w("abstractNumId"))
            abstract_id = found.get(w("val"), "") if found is not None else ""
            levels = dict(definitions.get(abstract_id, {}))
            starts: dict[int, int] = {}
            for override in listing.iterchildren(w("lvlOverride")):
                index = _level_index(override)
                if not 0 <= index < _LEVELS:
                    continue
                levels.update(_levels(override))
                start = override.find(w("startOverride"))
                if start is not None:
                    starts[index] = _figure(start, 1)
            self._lists[listing.get(w("numId"), "")] = _List(
                counted_with.get(abstract_id, abstract_id), levels, starts)

    def label(self, paragraph: etree._Element) -> str:
        """The number Word draws before `paragraph`, with the space after it ("" when it is
        not numbered); the paragraph is counted."""
        numbered = self._numbered(paragraph)
        if numbered is None:
            return ""
        list_id, index = numbered
        listing = self._lists.get(list_id)
        level = listing.levels.get(index) if listing is not None else None
        if listing is None or level is None:
            return ""
        counts = self._counts.setdefault(listing.counted_as, [None] * _LEVELS)
        if list_id not in self._restarted and listing.starts:
            self._restarted.add(list_id)  # (a list that starts over: its own first numbers)
            for restarted, start in listing.starts.items():
                counts[restarted] = start - 1
        current = counts[index]
        counts[index] = level.start if current is None else min(current + 1, _HIGHEST)
        for deeper in range(index + 1, _LEVELS):
            counts[deeper] = None
        if level.kind in _NO_LABEL or not level.text or len(level.text) > _LONGEST_LABEL:
            return ""
        text = level.text
        for shown, shown_level in listing.levels.items():
            value = counts[shown]
            text = text.replace(f"%{shown + 1}", number_in_format(
                shown_level.start if value is None else value, shown_level.kind))
        text = _PLACEHOLDER.sub("", text)
        return text + level.suffix if text.strip() and len(text) <= _LONGEST_LABEL else ""

    def _numbered(self, paragraph: etree._Element) -> tuple[str, int] | None:
        """The list and level of a paragraph: its own, else its style's (a list Word's
        `List Number` style or a numbered heading style carries)."""
        own = paragraph.find(f"{w('pPr')}/{w('numPr')}")
        if own is not None:
            found = own.find(w("numId"))
            if found is not None:
                list_id = found.get(w("val"), "")
                level = own.find(w("ilvl"))
                return None if list_id == "0" else (list_id, _figure(level, 0))
        style = self._styles.paragraph_style(paragraph)
        if style is None:
            return None
        if style.style_id not in self._by_style:
            self._by_style[style.style_id] = self._style_numbering(style)
        return self._by_style[style.style_id]

    def _style_numbering(self, style: Any) -> tuple[str, int] | None:
        """The list and level a style (or a style it is based on) numbers its paragraphs in:
        asked once per style, not walked up at every paragraph."""
        for _ in range(_STYLE_DEPTH):
            if style is None:
                return None
            found = style.element.find(f"{w('pPr')}/{w('numPr')}")
            listed = found.find(w("numId")) if found is not None else None
            if found is not None and listed is not None:
                list_id = listed.get(w("val"), "")
                if list_id == "0":
                    return None
                level = found.find(w("ilvl"))
                return list_id, (_figure(level, 0) if level is not None
                                 else self._styled_level(list_id, style.style_id))
            style = style.base_style
        return None

    def _styled_level(self, list_id: str, style_id: str) -> int:
        """The level of list `list_id` that numbers paragraphs of style `style_id` (a heading
        style names no level: the list's level names the style), else the first."""
        listing = self._lists.get(list_id)
        levels = listing.levels if listing is not None else {}
        return next((index for index, level in sorted(levels.items())
                     if level.style == style_id), 0)
