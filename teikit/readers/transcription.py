"""The transcription reader: a source body → the document model.

Markdown blocks → units → placements (zones and roles) → inline nodes (profile rules) →
notes joined to their markers.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from teikit.diagnostics import Diagnostic
from teikit.errors import Location
from teikit.model import (
    Block,
    BlockQuote,
    Body,
    DistributionList,
    Furniture,
    Heading,
    Inline,
    LineBreak,
    ListItem,
    NoteText,
    PageBreak,
    Paragraph,
    Role,
    Rule,
    Section,
    SharedAttributes,
    Text,
    Transmitted,
    is_element,
    only_element,
    plain_text,
    starred,
)
from teikit.profiles import Profile
from teikit.readers.bullet_lists import bulleted_lists
from teikit.readers.context import ReadingContext
from teikit.readers.furniture.line_patterns import ADDRESS_START
from teikit.readers.furniture.markings import (
    fold_into_stamp,
    mark_dateline_number,
    mark_filed_marking,
    mark_kind_number,
    mark_listed_markings,
    mark_opening_number,
    mark_parenthesised_markings,
    mark_received_number,
    mark_signed_number,
    mark_telegram_number,
)
from teikit.readers.furniture.placement import Placement
from teikit.readers.inline import InlineParser
from teikit.readers.lines import is_name_line
from teikit.readers.markdown_links import definition_link, definitions
from teikit.readers.note_links import linked_template
from teikit.readers.note_texts import (
    NOTE_TEXT,
    markdown_bullets,
    note_marker,
    numbered_endnotes,
)
from teikit.readers.notes import join_notes
from teikit.readers.pipe_tables import pipe_table
from teikit.readers.stamp_columns import mark_stamp_columns
from teikit.readers.structure import LineRole, LineRoles, layout
from teikit.readers.units import Unit
from teikit.rules.base import DocumentContext
from teikit.rules.editorial_note import labelled_paragraph
from teikit.rules.names import PLACE_PREPOSITIONS
from teikit.rules.note_anchor import GLUED_ANCHOR, ROMAN_NOTE_NUMBER
from teikit.rules.omission import printed_omission
from teikit.rules.original_script import whole_paragraph
from teikit.rules.page import printed_page_marker
from teikit.rules.text_language import other_language
from teikit.rules.word_tables import WordTables

_SIMPLE_BRACKET = re.compile(r"\[([^\[\]]*)\]")
# The most words a paragraph of one line has that is a title's, its markings after it.
_TITLED_LINE_WORDS = 12
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
# A man's name of three short syllables, family name first (`a visit to [Kim Il Sung]`, `[Pak
# Hon Yong]`, `[Ho Chi Minh]`), the given name's two joined by a hyphen too (`turned to [Yu
# Chi-tsin]`): no place's, whatever preposition stands before it.
_THREE_SYLLABLE_NAME = re.compile(r"[A-Z][a-z]{0,3}(?:(?:\s+[A-Z][a-z’'-]{0,5}){2}"
                                  r"|\s+[A-Z][a-z’']{0,5}-[a-z’']{1,5})")
# The words that make `to` no place's preposition (`According to [Li Kuo Nyn]`).
_NO_PLACE_BEFORE = re.compile(r"(?i)\b(?:according|due|thanks|owing|contrary|similar|"
                              r"attention|reference|regard|addition)\s+$")
# (look-ahead first: faster)
_NUMBERED_ANCHOR = re.compile(rf"(?=\[)(?<=\S)\[(\d{{1,3}}|{ROMAN_NOTE_NUMBER})\]")
# A note's number set off by a space after the sentence it annotates (`… aggression.” [3] It
# appears`) or after the title's last word, ending its line (`… Communications of Romania [1]`):
# its marker, as one glued to the word is; so before the sentence's stop (`… at once [1].`).
# (so after a bracket or a closing quotation, the sentence's stop or the line's end after it: `…
# in Pekin [Beijing] [2].`, `… into the arms of the Americans." [2]`)
_SPACED_ANCHOR = re.compile(
    r"(?=\[)(?:(?<=[.,;:!?”\"’)] )\[(\d{1,3})\](?= )"
    r"|(?:(?<=[^\W\d_] )|(?<=[\]”\"’.)] ))\[(\d{1,3})\](?=\n|$|[.,;:!?](?:\s|$)))")


# A note's number set off by spaces inside a sentence (`Comrade Hysni Kapo [2] and`), not
# after a word that numbers what it names (`Article [2] says`: the article's number supplied).
_LOOSE_ANCHOR = re.compile(r"(?<=[^\W\d_] )\[(\d{1,3})\](?= [^\W\d_])")
_NUMBERED_THING = re.compile(
    r"(?i)\b(?:article|articles|point|points|paragraph|section|item|chapter|page|pages|clause|"
    r"part|no|nos|number|annex|appendix|table|figure|resolution|protocol|telegram|cable|"
    r"letter|document|line|lines|p|pp|art|para|sec)\.?\s$")


def _loose_anchors(texts: list[str], unmarked: set[str]) -> set[str]:
    """The numbers of notes the text marks nowhere else that stand once in it between two
    words: the note's marker, set off by a space (a number in brackets that stands twice is
    no one note's)."""
    seen: Counter[str] = Counter()
    for text in texts:
        if "[" in text:
            seen.update(found.group(1) for found in _LOOSE_ANCHOR.finditer(text)
                        if _NUMBERED_THING.search(text, max(0, found.start() - 14),
                                                  found.start()) is None)
    return {number for number in unmarked if seen[number] == 1}


@dataclass
class ReadResult:
    """A read body, what its rules were told of the document, their warnings, and the line
    roles."""

    body: Body
    doc: DocumentContext
    diagnostics: list[Diagnostic] = field(default_factory=list)
    line_roles: Sequence[LineRole] = field(default_factory=LineRoles)


class Locator:
    """File offset → 1-based line and column."""

    def __init__(self, text: str, path: str) -> None:
        self.path = path
        # Machine integers: a long file has hundreds of thousands of lines.
        self.starts = array("q", [0])
        self.starts.extend(m.end() for m in re.finditer("\n", text))

    def __call__(self, offset: int) -> Location:
        line = bisect.bisect_right(self.starts, offset)
        return Location(self.path, line, offset - self.starts[line - 1] + 1)


def _document_context(units: list[Unit], notes: dict[int, str], language: str | None,
                      words: WordTables, text_language: str | None = None) -> DocumentContext:
    texts = [u.text for i, u in enumerate(units) if i not in notes]
    numbered = {marker for marker in notes.values() if not starred(marker)}
    brackets: Counter[str] = Counter()
    places: set[str] = set()
    anchors: set[str] = set()
    glued: set[str] = set()
    for text in texts:
        for found in _SIMPLE_BRACKET.finditer(text):
            inner = " ".join(found.group(1).split())
            brackets[inner] += 1
            previous = _WORD_BEFORE.search(text, max(0, found.start() - 40), found.start())
            if (previous is not None and previous.group(1).lower() in PLACE_PREPOSITIONS
                    and _NO_PLACE_BEFORE.search(text, max(0, previous.start() - 12),
                                                previous.start()) is None
                    and _THREE_SYLLABLE_NAME.fullmatch(inner) is None):
                places.add(inner)
        if numbered:  # markers are looked for only when there are notes they could mark
            anchors.update(m.group(1) for m in _NUMBERED_ANCHOR.finditer(text))
            glued.update(m.group(1) for m in GLUED_ANCHOR.finditer(text))
            anchors.update(m.group(1) or m.group(2) for m in _SPACED_ANCHOR.finditer(text))
    if numbered - anchors - glued:
        anchors |= _loose_anchors(texts, numbered - anchors - glued)
    return DocumentContext(
        original_language=language,
        note_markers={m for m in numbered if m in anchors},
        glued_note_markers={m for m in numbered if m in glued and m not in anchors},
        note_numbers=numbered,
        asterisk_notes=any(map(starred, notes.values())),
        bracket_texts=brackets,
        texts=texts,
        link_definitions=definitions(texts),
        place_brackets=places,
        words=words,
        text_language=text_language or other_language(texts, words, language),
    )


def _note_units(units: list[Unit]) -> dict[int, str]:
    found = {i: m for i, u in enumerate(units) if (m := note_marker(u)) is not None}
    for index in markdown_bullets(units, found):
        del found[index]  # (a list's items: the lines of the text they stand in)
    return found or numbered_endnotes(units)


Decorate = Callable[[Unit, list[Inline]], list[Inline]]
"""What a reader adds to a unit's parsed inlines (a DOCX reader: its formatting and anchors)."""


class _Builder:
    def __init__(self, parser: InlineParser, decorate: Decorate | None = None) -> None:
        self.parser = parser
        self.decorate = decorate
        self.attributes = SharedAttributes()

    def inlines(self, unit: Unit) -> list[Inline]:
        nodes = mark_stamp_columns(self.parser.parse(unit.text, unit.offsets))
        return self.attributes.share(nodes if self.decorate is None
                                     else self.decorate(unit, nodes))

    def block(self, placement: Placement) -> Block:
        unit = placement.unit
        if placement.kind == "heading":
            inlines = self.inlines(unit)
            if all(isinstance(node, PageBreak | LineBreak) or is_element(node, "pb")
                   or is_element(node, "lb") for node in inlines):
                # (`## [1]`: a heading of a page's number alone is that heading's words, not
                # a page break in an empty heading)
                inlines = [Text(unit.text)]
            return Heading(mark_parenthesised_markings(inlines), unit.level, unit.line,
                           unit.marker or "{}")
        if placement.kind == "rule":
            return Rule(unit.text, unit.line)
        if placement.kind == "table":
            return pipe_table(unit, self.inlines)
        if placement.kind == "quote":
            # (its paragraph, as the text's are made; `_assemble` gathers the quotation's)
            return self.block(Placement(placement.zone, "paragraph", unit))
        if placement.kind == "paragraph":
            printed = (printed_page_marker(unit.text) or printed_omission(unit.text)
                       or definition_link(unit.text))
            if printed is not None:
                # `- 2 -` on a line of its own: the page it numbers begins here; `...`: a
                # passage left out
                return Paragraph([printed], unit.line)
            inlines = mark_opening_number(self.inlines(unit))
            if len(unit.text.split()) <= _TITLED_LINE_WORDS and "\n" not in unit.text.strip():
                # `Report From Kabul (Secret. Urgent)` over the second report: a title's line
                inlines = mark_parenthesised_markings(inlines)
            remark = labelled_paragraph(unit.text, inlines)
            if remark is not None:
                return Paragraph([remark], unit.line)
            passage = whole_paragraph(inlines)
            if passage is not None:
                text, language = passage
                return Paragraph(text, unit.line, language)
            return Paragraph(inlines, unit.line)
        if placement.kind == "list":
            head = self.inlines(unit) if placement.marker == "head" else None
            items = [ListItem(label, self.inlines(item), item.line)
                     for label, item in placement.items]
            return DistributionList(head, items, unit.line)
        if placement.kind == "note":
            found = NOTE_TEXT.match(unit.unwrapped)
            assert found is not None
            kind = found.lastgroup or "star"
            # (after a bracketed number its `]`, after a dotted one its `.`, after a Markdown
            # footnote's label its `]:`, a linked number's link whole)
            marker_end = found.end(kind) + (2 if kind == "caret"
                                            else kind in ("num", "dot", "paren", "bstar"))
            # The space after the marker stays: "[2]一九…" and "[1] The…" differ in it.
            rest = Unit("text", unit.text[marker_end:], unit.offsets.slice(marker_end), unit.line,
                        unit.block, 0, unit.end_block)
            return NoteText(placement.marker, self.inlines(rest), unit.line,
                            printed=_printed_note_marker(found))
        if placement.kind == "transmitted":
            return Transmitted(_assemble(placement.inner or [], self), unit.line)
        if placement.kind == "entry":
            return Furniture(Role.DATELINE, self.inlines(unit), unit.line)
        assert placement.role is not None
        omitted = printed_omission(unit.text) if placement.role is Role.LINE else None
        # (`…` on its own among the opening lines: lines the editor left out, as in the text)
        inlines = [omitted] if omitted is not None else self.inlines(unit)
        role = placement.role
        if role is Role.CLASSIFICATION and any(is_element(n, "fw") for n in inlines):
            role = Role.LINE  # "[Top Secret]***": the bracket is the marking already
        elif role is Role.STAMP and any(is_element(n, "stamp") for n in inlines):
            role = Role.LINE  # `[stamp: Vietnam] [faded stamp: …]`: the brackets are the stamps
            inlines = fold_into_stamp(inlines)
        elif role is Role.SIGNED and _one_hands_note(inlines):
            role = Role.LINE  # `[Handwritten: To Cde. Kim]` under the signature: the hand's
            # note, which the bracket is already, no signing line
        if role is Role.LINE:
            inlines = mark_kind_number(mark_received_number(mark_listed_markings(
                mark_parenthesised_markings(inlines))))
        elif role is Role.SALUTE:
            inlines = mark_parenthesised_markings(inlines)
        elif role is Role.REGISTRY:
            inlines = mark_filed_marking(inlines)
        elif role is Role.DATELINE:
            inlines = mark_dateline_number(inlines)
        elif role is Role.SIGNED:
            inlines = mark_signed_number(inlines)
        marker = (unit.marker or "{}") if unit.kind == "heading" else "{}"
        return Furniture(role, inlines, unit.line, marker)


def _one_hands_note(inlines: list[Inline]) -> bool:
    """The line is one hand's addition, with nothing but white space beside it, and no name
    alone (`[Handwritten: V. Petrov]` signs by hand)."""
    hand = only_element(inlines, "add")
    if hand is None:
        return False
    words = plain_text([hand]).strip()
    # (whom it is for, `To Cde. Kim`, or what was decided, `Agreed. I. Stalin`: a note)
    return (not is_name_line(words) or ADDRESS_START.match(words) is not None
            or _RESOLVED.match(words) is not None)


# A hand's word of decision before its name (`Agreed. I. Stalin`, `Read. Molotov`).
_RESOLVED = re.compile(r"(?i)(?:agreed?|approved?|read|seen|noted|yes|no|ok)\b")


def _quoted(blocks: list[Block], paragraph: Paragraph, group: int) -> None:
    """`paragraph` added to the block quotation `group` ending `blocks`, or to a new one."""
    last = blocks[-1] if blocks else None
    if isinstance(last, BlockQuote) and last.group == group:
        last.paragraphs.append(paragraph)
    else:
        blocks.append(BlockQuote([paragraph], paragraph.line, group))


def _printed_note_marker(found: re.Match[str]) -> str:
    """How a note's text prints its marker, as a template (`[{}]`, `{}.`, `[^{}]:`)."""
    if found["caret"]:
        return "[^{}]:"
    if found["linked"]:
        return linked_template(found, "linkedmark")
    if found["supnum"]:
        return found["supmark"].replace(found["supnum"], "{}")
    return ("[{}]" if found["num"] or found["bstar"] else "{}." if found["dot"]
            else "{})" if found["paren"] else "{}")


def _assemble(placements: list[Placement], builder: _Builder) -> Body:
    body = Body()
    section: Section | None = None
    for index, placement in enumerate(placements):
        block = builder.block(placement)
        placements[index] = None  # type: ignore[call-overload]  # built: let its units go
        if placement.zone == "opener" and body.head is not None:
            body.under_head.append(block)  # (the record's date under its title)
            continue
        if placement.zone in ("opener", "closer", "postscript"):
            getattr(body, placement.zone).append(block)
            continue
        if isinstance(block, Heading):
            if body.head is None and not body.sections and placement.marker != "section":
                body.head = block
                continue
            section = Section(block)
            body.sections.append(section)
            continue
        if placement.kind == "entry":
            if not any(part.entry for part in body.sections):
                _first_entry(body)
            section = Section(None, [block], entry=True)
            body.sections.append(section)
            continue
        if section is None:
            section = Section(None)
            body.sections.append(section)
        if placement.kind == "quote" and isinstance(block, Paragraph):
            _quoted(section.blocks, block, placement.unit.quote)
            continue
        section.blocks.append(block)
    for part in body.sections:
        part.blocks = bulleted_lists(part.blocks)
    return body


def _has_role(block: Block, role: Role) -> bool:
    return isinstance(block, Furniture) and block.role is role


def _first_entry(body: Body) -> None:
    """When a journal's second entry begins, the text so far is its first entry, under the
    date that ends the opener (`1 June 1957`; under the journal's title, the opener under it)."""
    opener = body.under_head if body.head is not None else body.opener
    titled = (len(opener) >= 2 and _has_role(opener[-1], Role.LINE)
              and _has_role(opener[-2], Role.DATELINE))
    if not (titled or (opener and _has_role(opener[-1], Role.DATELINE))):
        return
    if any(section.head is not None for section in body.sections):
        return
    blocks = [block for section in body.sections for block in section.blocks]
    if titled:
        # (`10 January 1957` / `Conversation with Kim Il Sung`: the entry's date and title,
        # the title its first paragraph, as the next entries' are)
        title = opener.pop()
        assert isinstance(title, Furniture)
        blocks.insert(0, Paragraph(title.inlines, title.line))
    body.sections[:] = [Section(None, [opener.pop(), *blocks], entry=True)]


def read_units(
    units: list[Unit],
    *,
    locate: Locator,
    profile: Profile,
    original_language: str | None = None,
    context: ReadingContext | None = None,
    used_ids: set[str] | None = None,
    text_language: str | None = None,
) -> ReadResult:
    """The body read from its units, notes joined to their markers (`units` is emptied);
    `used_ids`, the note ids another text of the document took; `text_language`, the
    language the text is known to be in when it is not English (an original's)."""
    read = build_body(units, locate=locate, profile=profile,
                      original_language=original_language, context=context,
                      text_language=text_language)
    read.diagnostics += join_notes(read.body, locate=lambda line: Location(locate.path, line),
                                   locate_offset=locate, used_ids=used_ids)
    return read


def build_body(
    units: list[Unit],
    *,
    locate: Callable[[int], Location],
    profile: Profile,
    original_language: str | None = None,
    decorate: Decorate | None = None,
    context: ReadingContext | None = None,
    text_language: str | None = None,
) -> ReadResult:
    """Units → placed blocks with their inlines parsed by the profile's rules (notes not yet
    joined to their markers: `join_notes` does that once the reader has added its own).
    `units` is emptied once laid out; `context` is the run's (a fresh one when none)."""
    context = context or ReadingContext()
    notes = _note_units(units)
    doc = _document_context(units, notes, original_language, context.words, text_language)
    diagnostics: list[Diagnostic] = []
    parser = InlineParser(profile.rules, doc, locate, diagnostics)
    laid_out = layout(units, notes, context.lines, context.words)
    units.clear()  # placed: a large document's units need not outlive their placements
    body = _assemble(laid_out.placements, _Builder(parser, decorate))
    mark_telegram_number(body)
    doc.texts = []  # only the rules needed them
    return ReadResult(body, doc, diagnostics, laid_out.line_roles)
