"""From Markdown blocks to units: the stretches of text that become one TEI element.

A unit's text joins its lines with `LB` (a line break to keep) or `PB` (a page break that split
a paragraph), and keeps the file offset of every character, so that every later warning can name
its line and column. Which lines go on with which is `teikit.readers.joining`'s to say.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from teikit.markings import CLASSIFICATION
from teikit.readers.blocks import RawBlock, SourceLine, atx_heading_level
from teikit.readers.markdown_escapes import ends_in_hard_break, kept_runs
from teikit.readers.note_links import numbers_unlinked

LB = "\n"
PB = "\f"
WORD_BREAK = "-\n"
"""The separator of a word broken at a line's end (`cau-` / `tion`): the hyphen ending the
part before it and the line break. The joined text has neither (`caution`); its offsets skip
them, which is how the inline reader finds where the word was broken (`word_breaks`)."""

_NUMBER_AFTER_HASH = re.compile(r"^\s*#\s*[A-Za-z]{0,2}\d[\w/.-]*\s*$")
_SENTENCE_END = frozenset(".!?:;…\"”»)")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Where each character of a unit's text stands in the file.

    Kept as runs of consecutive characters rather than one number per character, so that a
    50 MB source costs a few numbers per line, not eight bytes per character; a text of one
    run (most units are a line) is a `Run`, one number.
    """

    starts: tuple[int, ...]
    files: tuple[int, ...]

    @staticmethod
    def run(file_offset: int) -> Run:
        return Run(file_offset)

    def __getitem__(self, index: int) -> int:
        run = bisect.bisect_right(self.starts, index) - 1
        return self.files[run] + index - self.starts[run]

    def slice(self, start: int, end: int | None = None) -> Offsets:
        """The map of the text from `start` on, up to `end` when given (a line of a long
        paragraph: its own runs, not all those after it). The character at `end` is still
        mapped, by the last run going on (the separator after a piece is the file
        character after its last one, where the next run says it is)."""
        run = bisect.bisect_right(self.starts, start) - 1
        stop = len(self.starts) if end is None else bisect.bisect_left(self.starts, end)
        if stop <= run + 1:
            return Run(self[start])
        return OffsetMap(
            (0, *(s - start for s in self.starts[run + 1 : stop])),
            (self[start], *self.files[run + 1 : stop]),
        )


class Run(int):
    """The offset map of a text whose characters stand one after another in the file from
    this offset on: an `OffsetMap` of one run, as one number (a unit per line of a long file
    would otherwise cost two tuples and a record more)."""

    __slots__ = ()
    starts = (0,)

    @property
    def files(self) -> tuple[int]:
        return (int(self),)

    def __getitem__(self, index: int) -> int:
        return int(self) + index

    def slice(self, start: int, end: int | None = None) -> Run:
        return Run(int(self) + start)


Offsets = OffsetMap | Run


def concat_offsets(first: Offsets, rest: Sequence[tuple[int, Offsets, int]]) -> OffsetMap:
    """The map of a text joined from pieces with a one-character separator between two:
    `first`'s map, then for each of `rest` (the length of the text so far, before the
    separator; the next piece's map; the separator's length, 0 where a broken word's parts
    are glued) the separator's place (the file character after the last one so far) and the
    piece's map. Built once: joining two at a time copies the runs so far each time,
    quadratic in the lines of a long paragraph."""
    starts, files = list(first.starts), list(first.files)
    for length, other, separator_length in rest:
        if not separator_length:
            starts.extend(s + length for s in other.starts)
            files.extend(other.files)
            continue
        if length:
            run = bisect.bisect_right(starts, length - 1) - 1
            separator = files[run] + length - 1 - starts[run] + 1
        else:
            separator = other.files[0]
        starts.append(length)
        files.append(separator)
        starts.extend(s + length + 1 for s in other.starts)
        files.extend(other.files)
    return OffsetMap(tuple(starts), tuple(files))


@dataclass(slots=True)
class Unit:
    """A stretch of the body that becomes one element: its text (lines joined by `LB` or
    `PB`), where its characters stand in the file, and the block(s) it comes from."""

    kind: str  # "text", "heading", "rule", "table"
    text: str
    offsets: Offsets
    line: int
    block: int
    level: int = 0
    end_block: int = -1
    marker: str = ""
    indent: int = 0
    """How far the first line stands in from the margin (its spaces and tabs)."""
    wrapped: tuple[int, ...] = ()
    """Where in `text` a line break is the one a fixed-width wrapping made (the line went on),
    not one of the author's: the unit's lines are not parted there."""
    quote: int = 0
    """The block quotation it stands in (`RawBlock.quote`); 0: none."""

    @property
    def plain(self) -> str:
        """The text on one line, as its words read (a no-break space, as a Word or web page
        export keeps one between two words, is a space there); each character where `text` has
        it). A note's number linked within the page reads as its number (`ANGELOV[[1]](#_ftn1)`
        as `ANGELOV[1]`, white space after it to keep the length)."""
        plain = numbers_unlinked(self.text.replace(LB, " ").replace(PB, " ")
                                 .replace("\u00a0", " "))
        if plain[:1] == "#" and (found := marking_heading(plain)) is not None:
            # (a marking set as a heading reads as the marking: its markers are blanks)
            plain = " " * found.start("words") + plain[found.start("words"):]
        return plain

    @property
    def unwrapped(self) -> str:
        """The text with the line breaks a fixed-width wrapping made as spaces, each character
        where `text` has it: its lines as the author broke them."""
        if not self.wrapped:
            return self.text
        characters = list(self.text)
        for at in self.wrapped:
            characters[at] = " "
        return "".join(characters)

    def word_count(self) -> int:
        return len(_WORD.findall(self.plain))

    def file_extra(self, length: int | None = None) -> int:
        """How many more characters the file holds for the text's first `length` characters
        (all of them: None) than the text has: its Markdown escapes' backslashes."""
        end = len(self.text) if length is None else min(length, len(self.text))
        if end <= 0 or isinstance(self.offsets, Run):
            return 0
        return self.offsets[end - 1] - self.offsets[0] + 1 - end


def heading_content(text: str) -> tuple[int, str, str]:
    """An ATX heading line without its Markdown markers: where its words begin in `text`,
    the words, and the markers as a template (`#### {}`), kept so that the TEI gives the
    source back."""
    left = 0
    opening = re.match(r"#{1,6}(?=[ \t]|$)[ \t]*", text)
    if opening:
        left = opening.end()
        text = text[opening.end() :]
    closing = re.search(r"(?:^|[ \t]+)#+[ \t]*$", text)
    closing_marker = ""
    if closing:
        closing_marker = closing.group().strip()
        text = text[: closing.start()]
    template = (opening.group().strip() if opening else "") + " {} " + closing_marker
    return left, text, template.strip()


# A marking or a copy's number after a heading's markers (`### TOP SECRET`, `## Copy No. 2`).
_MARKING_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?=\S)(?P<words>.*?)[ \t#]*$")
_COPY_NUMBER = re.compile(r"(?i)copy\s+(?:no\.?|n[º°]|№|number)\s*\d{1,4}\.?")


def marking_heading(text: str) -> re.Match[str] | None:
    """`### TOP SECRET`, `### Copy No. 2`: a marking or a copy's number set as a heading; the
    match, whose `words` are the marking."""
    found = _MARKING_HEADING.match(text)
    if found is None:
        return None
    words = found["words"].strip("* ")
    return found if (CLASSIFICATION.match(words) is not None
                     or _COPY_NUMBER.fullmatch(words) is not None) else None


def markdown_heading(text: str) -> tuple[int, int, str, str] | None:
    """A line that is a Markdown heading (`#### POLITICAL ATTITUDES`): its level, where its
    words begin, the words and the markers' template (`heading_content`); None for any other
    line, and for `#` alone (a heading of nothing) or a number sign before a number (`#
    P78/118`), whose characters stay text."""
    level = atx_heading_level(text)
    if not level or _NUMBER_AFTER_HASH.match(text) is not None:
        return None
    left, words, template = heading_content(text)
    return (level, left, words, template) if words.strip() else None


def _line_unit(line: SourceLine, kind: str, block: int, level: int = 0, *,
               goes_on: bool = False, quote: int = 0) -> Unit:
    """The unit of one source line; `goes_on`: another line of its paragraph follows, so that
    a backslash ending it is Markdown's hard line break (as pandoc writes one), not text."""
    raw = line.text
    stripped_right = raw.rstrip()
    left = indent = len(raw) - len(raw.lstrip())
    text = stripped_right[left:]
    if goes_on and ends_in_hard_break(raw):
        text = text[:-1]  # (right at the line's end: after spaces, the spaces are the break)
    template = ""
    if kind == "heading":
        start, text, template = heading_content(text)
        left += start
    offsets: Offsets = OffsetMap.run(line.offset + left)
    if "\\" in text:
        text, offsets = unescaped(text, line.offset + left)
    return Unit(kind, text, offsets, line.number, block, level, block, template, indent,
                quote=quote)


def unescaped(text: str, file_offset: int) -> tuple[str, Offsets]:
    """`text` (which starts at `file_offset` in the file) without its Markdown escapes but a
    star's (`markdown_escapes`), each character still mapped to its place in the file."""
    runs = kept_runs(text, stars=False)
    if len(runs) == 1:
        return text, OffsetMap.run(file_offset)
    starts = itertools.accumulate((end - start for start, end in runs[:-1]), initial=0)
    return ("".join(text[start:end] for start, end in runs),
            OffsetMap(tuple(starts), tuple(file_offset + start for start, _ in runs)))


def join_units(first: Unit, rest: Sequence[tuple[str, Unit]], *, kind: str | None = None,
               level: int | None = None, marker: str | None = None,
               wraps: Collection[int] = ()) -> Unit:
    """`first` and the units of `rest`, each after its one-character separator (or glued to
    the text before it without the hyphen ending it, after `WORD_BREAK`), as one unit
    (its kind, line, block, level and marker the first's unless given, its end the last's);
    `wraps`: the indexes in `rest` of the separators a fixed-width wrapping made.
    Built once from all of them: joined two at a time, a paragraph of thousands of lines
    copied its text and offsets so far at each line."""
    if not rest:
        return first
    pieces = [first.text]
    joints: list[tuple[int, Offsets, int]] = []
    wrapped = list(first.wrapped)
    length = len(first.text)
    wrapping = set(wraps)
    for index, (separator, unit) in enumerate(rest):
        if separator == WORD_BREAK:
            # (the hyphen ends the piece before: the text reads on past it and the line end)
            pieces[-1] = pieces[-1][:-1]
            length -= 1
            separator = ""
        joints.append((length, unit.offsets, len(separator)))
        if separator and wrapping and index in wrapping:
            wrapped.append(length)
        if unit.wrapped:
            wrapped.extend(length + len(separator) + at for at in unit.wrapped)
        pieces += (separator, unit.text)
        length += len(separator) + len(unit.text)
    return Unit(
        first.kind if kind is None else kind,
        "".join(pieces),
        concat_offsets(first.offsets, joints),
        first.line,
        first.block,
        first.level if level is None else level,
        rest[-1][1].end_block,
        first.marker if marker is None else marker,
        first.indent,
        tuple(wrapped),
        first.quote,
    )


class Joining:
    """A unit and the units still to be joined to it, kept apart until it is wanted whole;
    what the joining rules ask of the whole (its kind and end block, whether it ends a
    sentence, its words) is read from its parts."""

    __slots__ = ("counted", "first", "rest", "words", "wraps")

    def __init__(self, first: Unit) -> None:
        self.first = first
        self.rest: list[tuple[str, Unit]] = []
        self.words = -1  # not counted yet
        self.counted = 0  # of `rest`, the parts whose words are in `words`
        self.wraps: list[int] = []  # of `rest`, the parts a wrapped line break joined

    def add(self, separator: str, unit: Unit, *, wrapped: bool = False) -> None:
        if wrapped:
            self.wraps.append(len(self.rest))
        self.rest.append((separator, unit))

    def end_block(self) -> int:
        return self.rest[-1][1].end_block if self.rest else self.first.end_block

    def last_unit(self) -> Unit:
        return self.rest[-1][1] if self.rest else self.first

    def last_text(self) -> str:
        return self.last_unit().text

    def ends_sentence(self) -> bool:
        """`ends_sentence` of the whole text: the last part with more than white space
        decides (the separators are white space)."""
        for _, unit in reversed(self.rest):
            if unit.text.strip():
                return ends_sentence(unit.text)
        return ends_sentence(self.first.text)

    def word_count(self) -> int:
        # Separators are white space: the whole's words are its parts', each counted once.
        if self.words < 0:
            self.words = self.first.word_count()
        for _, unit in self.rest[self.counted:]:
            self.words += unit.word_count()
        self.counted = len(self.rest)
        return self.words

    def ends_in_lines(self) -> bool:
        """Whether the whole's last block holds several lines (a block of wrapped lines, or
        one part holding them), not one line."""
        if not self.rest:
            return LB in self.first.text
        separator, last = self.rest[-1]
        before = self.rest[-2][1] if len(self.rest) > 1 else self.first
        return LB in last.text or (separator == LB and last.block == before.end_block)

    def last_line_word_count(self) -> int:
        """The words of the whole's last line (its last part may hold several lines)."""
        return len(_WORD.findall(self.last_text().rsplit(LB, 1)[-1]))

    def unit(self) -> Unit:
        return join_units(self.first, self.rest, wraps=self.wraps) if self.rest else self.first


def block_units(blocks: Iterable[RawBlock]) -> Iterator[Unit]:
    """One unit per line (a paragraph's lines with or without a Markdown hard break after
    them); a heading's lines are one."""
    for index, block in enumerate(blocks):
        if block.kind == "table":
            yield _table_unit(block, index)
            continue
        if block.kind != "text":
            joined: Joining | None = None
            for line in block.lines:
                unit = _line_unit(line, block.kind, index, block.level, quote=block.quote)
                if unit.kind == "heading" and (markdown_heading(line.text.strip()) is None
                                               or marking_heading(line.text)):
                    # (`#` alone, `# P78/118`; `### TOP SECRET`, `### Copy No. 2`: markings
                    # an export set as headings, the text's furniture)
                    unit = _line_unit(line, "text", index, quote=block.quote)
                if joined is None:
                    joined = Joining(unit)
                else:
                    joined.add(" ", unit)
            if joined is not None:
                yield joined.unit()
            continue
        # A paragraph's lines are units of their own, with or without a Markdown hard break at
        # their end: exports add two spaces to every line, or to none, for the same text, and
        # its structure must not depend on it (`join_continuations` rejoins a wrapped line).
        last = len(block.lines) - 1
        for number, line in enumerate(block.lines):
            unit = _line_unit(line, "text", index, goes_on=number < last, quote=block.quote)
            if unit.text:
                yield unit


def _table_unit(block: RawBlock, index: int) -> Unit:
    """A pipe table's rows as one unit, each as written (its escapes too: an escaped pipe is
    a cell's character, which `teikit.readers.pipe_tables` tells when it parts the cells)."""
    rows = []
    for line in block.lines:
        stripped = line.text.rstrip()
        left = len(stripped) - len(stripped.lstrip())
        rows.append(Unit("table", stripped[left:], OffsetMap.run(line.offset + left),
                         line.number, index, 0, index, "", left, quote=block.quote))
    return join_units(rows[0], [(LB, row) for row in rows[1:]])


def ends_sentence(text: str) -> bool:
    """Whether `text` ends (white space aside) with a sentence's end: a full stop, a colon, a
    closing quotation mark or parenthesis."""
    # (Its last character looked at, where a pattern anchored at the end would be tried at
    # every full stop and quotation mark of the text.)
    stripped = text.rstrip()
    return bool(stripped) and stripped[-1] in _SENTENCE_END
