"""The opening furniture revised once every piece is placed: what only the placements around
it tell (the salutation over the first paragraph, the document's title among the opening lines,
a record's particulars under its title)."""

from __future__ import annotations

from dataclasses import replace

from teikit.lazy_pattern import LazyPattern
from teikit.model import Role
from teikit.offices import ORGANISATION_WORDS, PERSON_TITLES, words_of
from teikit.readers.furniture import titles
from teikit.readers.furniture.line_patterns import (
    ENUMERATED,
    RECORD_PARTICULAR,
    WHEN_AND_WHERE_LABELS,
)
from teikit.readers.furniture.placement import (
    Placement,
    is_date_only,
    is_place_and_date,
    join_lines,
)
from teikit.readers.furniture.settled import place_then_date
from teikit.readers.line_tests import LineTests
from teikit.readers.lines import names_one_address
from teikit.readers.units import LB, PB, Unit, ends_sentence

_TITLE_ROLES = (Role.LINE, Role.FORM)
_OPENING_ROLES = (*_TITLE_ROLES, Role.DATELINE, Role.SALUTE, Role.DOCUMENT_NUMBER,
                  Role.CLASSIFICATION, Role.PRECEDENCE, Role.DOCKET)
_SUMMARY_PARAGRAPHS = 2
_PARTICULARS = 2
# A particular's value wrapped over at most this many lines of at most this many words.
_WRAPPED_PARTICULAR = 3
_WRAPPED_WORDS = 12
# A record's labels for when and where the talks were held.
MEETING_LABEL = LazyPattern(r"(?i)^(?:(?P<when>" + WHEN_AND_WHERE_LABELS
                            + r"|time|date(?: and time)?)|place|location|venue)\s*:\s*\S")


def revise(out: list[Placement], tests: LineTests) -> None:
    """The revisions in their order: the salutation first (a title's lines are furniture lines
    until the title takes them), the particulars last (they stand under the title)."""
    address_over_text(out)
    title_over_text(out, tests)
    particulars_under_title(out)


def labels_when(text: str) -> bool:
    """`Time: 2 p.m., 3 June 1963`, `Date: …`: a record's particular that says when."""
    found = MEETING_LABEL.match(text)
    return found is not None and bool(found["when"])


def _labels_where(text: str) -> bool:
    """`Location: West Flower Hall`, `Place: …`, `Venue: …`: one that says where."""
    found = MEETING_LABEL.match(text)
    return found is not None and not found["when"]


def _office_or_title(text: str) -> bool:
    """Whether an addressee is a body or someone with a title (`Foreign Ministry`, `Ambassador
    Huang`), not a name alone (`Erich Honecker:` opens what he said) nor a heading
    (`Reporting:`, `Meeting Assessment:`)."""
    found = words_of(text)
    return not (found.isdisjoint(PERSON_TITLES) and found.isdisjoint(ORGANISATION_WORDS))


def _title(unit: Unit) -> Unit:
    """A title's lines, set apart by blank lines in some exports (`… Gaddafi on` / `16 February
    1979 in Tripoli`): line breaks, no page's end."""
    return replace(unit, text=unit.text.replace(PB, LB)) if PB in unit.text else unit


def particulars_under_title(out: list[Placement]) -> None:
    """A record's particulars under its title and the summary line or two the archive's
    file gives it (`Time: 2 p.m., 3 June 1963` / `Location: West Flower Hall`, those
    present): the opener under the title, its time and place the dateline, though the
    summary over them read as running text."""
    # (under the title; with none, under the opening furniture)
    start = next((i for i, p in enumerate(out)
                  if p.kind == "heading" or p.zone != "opener"), len(out))
    if start < len(out) and out[start].marker == "section":
        return  # the text's first part begins under the opening furniture: no title
    if start < len(out) and out[start].kind == "heading":
        start += 1
        # (past the remarks under the title: `(not read)`, `(not yet reviewed)`)
        while start < len(out) and out[start].zone == "opener":
            start += 1
    index = start
    summary = 0
    while (index < len(out) and summary < _SUMMARY_PARAGRAPHS
           and out[index].kind == "paragraph" and out[index].zone == "main"
           and not RECORD_PARTICULAR.match(out[index].unit.plain.strip())):
        summary += 1
        index = _past_listed_topics(out, index)
    first = index
    index = _particulars_end(out, first)
    particulars = out[first:index]
    times = [i for i, p in enumerate(particulars) if labels_when(p.unit.plain.strip())]
    if len(particulars) < _PARTICULARS or not times or index >= len(out):
        return
    placed = [Placement("opener", "furniture", p.unit, Role.LINE)
              for p in out[start:first]]
    at = times[0]
    for offset, placement in enumerate(particulars):
        if offset == at + 1 and _labels_where(placement.unit.plain.strip()):
            dated = placed[-1]
            placed[-1] = Placement("opener", "furniture",
                                   join_lines(dated.unit, placement.unit), Role.DATELINE)
            continue
        role = Role.DATELINE if offset == at else Role.LINE
        placed.append(Placement("opener", "furniture", placement.unit, role))
    out[start:index] = placed


def _past_listed_topics(out: list[Placement], index: int) -> int:
    """Past the summary's paragraph at `index` and the numbered topics it announces (`… our
    attitudes toward the following:` / `1) Questions about Germany …` / `2) …`)."""
    index += 1
    if out[index - 1].unit.plain.rstrip().endswith(":"):
        while (index < len(out) and out[index].kind == "paragraph"
               and out[index].zone == "main"
               and ENUMERATED.match(out[index].unit.plain.strip())):
            index += 1
    return index


def _particulars_end(out: list[Placement], first: int) -> int:
    """Where a run of labelled particulars from `first` ends: a particular's value may
    wrap over a line or two before the next label (`PARTICIPANTS: Emil Bodnaras, …,
    Teodor` / `Ditulescu, Counselor, …` / `DATE AND PLACE: …`)."""
    end = index = first
    while index < len(out):
        placement = out[index]
        if placement.zone != "main" or placement.kind not in ("paragraph", "furniture"):
            break
        text = placement.unit.plain.strip()
        if RECORD_PARTICULAR.match(text):
            end = index = index + 1
        elif (index > first and index - end < _WRAPPED_PARTICULAR
              and len(text.split()) <= _WRAPPED_WORDS):
            index += 1
        else:
            break
    return end


def address_over_text(out: list[Placement]) -> None:
    """The opening line that stands last over the first paragraph, under other opening
    lines, and names one addressee before a colon (`Ministry of Foreign Affairs:`,
    `Ambassador Huang [Zhen]:`): the salutation (the speakers of a record are its text
    already; `Chairman Mao:` alone over the text may be the first)."""
    first = _first_paragraph(out)
    if first is None or first < 2:
        return
    last = out[first - 1]
    if (last.zone == "opener" and last.kind == "furniture" and last.role is Role.LINE
            and names_one_address(last.unit.plain) and _office_or_title(last.unit.plain)):
        last.role = Role.SALUTE


# The lines a title is looked for in, from the line it would begin on: more than a title has
# (`titles.TITLE_LINES`) and the line under it.
_TITLE_WINDOW = 3 * titles.TITLE_LINES


def title_over_text(out: list[Placement], tests: LineTests) -> None:
    """The first of the opening lines over the first paragraph, past the furniture that
    may stand between a title and the text, that begins with a kind of record and what it
    is of (`Memorandum on an Information of 1 February 1968`): the document's title, its
    heading. What stands under the title (the record's date, those present, a remark)
    stays furniture: the opener under the heading."""
    first = _first_paragraph(out)
    if first is None:
        return
    block = first
    while block > 0 and _opening_line(out[block - 1]):
        block -= 1
    found: tuple[int, list[str]] | None = None
    listed_until = run_start = run = block
    listed_from: list[bool] = []
    for start in range(block, first):
        if out[start].role not in _TITLE_ROLES or start < listed_until:
            continue
        if start >= run:
            # (a run of lines that may hold a title, read once: asking each of its lines
            # about all the lines under it cost the square of a long opening's lines)
            run_start = run = start
            while run < first and out[run].role in _TITLE_ROLES:
                run += 1
            listed_from = titles.records_listed_from([p.unit.text for p in out[start:run]])
        if listed_from[start - run_start]:
            listed_until = run  # a file's records, listed: no title
            continue
        texts = [p.unit.text for p in out[start:min(run, start + _TITLE_WINDOW)]]
        if titles.opens_title(texts) and (found is None or titles.names_a_diary(found[1][0])):
            found = (start, texts)  # (a diarist's line gives way to a title below it)
    if found is not None:
        start, texts = found
        lines = [p.unit for p in out[start:start + titles.title_end(texts, 0)]]
        out[start:start + len(lines)] = [
            Placement("main", "heading", _title(join_lines(lines[0], *lines[1:])))]
    elif out[first].kind == "paragraph" and (_titles_the_text(out, first, tests)
                                             or _dated_subject(out, first, tests)):
        out[first] = Placement("main", "heading", _title(out[first].unit))
        _date_under_title(out, first + 1, tests)


def _date_under_title(out: list[Placement], index: int, tests: LineTests) -> None:
    """A date alone under the paragraph that turned out to be the document's title
    (`Protocol of the … meeting …` / `20 October 1983`, `Transcript of Conversations …` /
    `Moscow, October 5, 1966`), read as a journal's entry opening after a paragraph, or as a
    paragraph: the document's dateline, in the opener under the heading."""
    if index < len(out) and (
            out[index].kind == "entry"
            or (out[index].kind == "paragraph"
                and (is_date_only(out[index].unit, tests)
                     or place_then_date(out[index].unit.plain.strip())
                     or is_place_and_date(out[index].unit, tests)))):
        out[index] = Placement("opener", "furniture", out[index].unit,
                                    Role.DATELINE)


def _first_paragraph(out: list[Placement]) -> int | None:
    """Where the first placement of the running text stands, if it is a paragraph or the
    heading of the text's first numbered part (`I. Industry`)."""
    first = next((i for i, p in enumerate(out) if p.zone == "main"), None)
    return first if first is not None and (
        out[first].kind == "paragraph" or out[first].marker == "section") else None


def _opening_line(placement: Placement) -> bool:
    """A line of the opening furniture a title may stand among: its own lines, and the
    marking, numbers, date, labelled lines and salutation printed over or under it, and
    the note its star marks (`RECORD OF A CONVERSATION*` / … / `*The record … was not
    reviewed`)."""
    return placement.kind == "note" or (
        placement.zone == "opener" and placement.kind == "furniture"
        and placement.role in _OPENING_ROLES)


def _titles_the_text(out: list[Placement], first: int, tests: LineTests) -> bool:
    """The first paragraph is the title when it names a kind of record and what it is
    of, and ends as a title does (without a sentence's stop, or on its date:
    `Minutes of conversation between …, Bucharest, 14 June 1967.`), another paragraph
    after it (`R E P O R T` / `on Iraqi consultations`, printed as one block)."""
    unit = out[first].unit
    if not any(p.zone == "main" and p.kind == "paragraph" for p in out[first + 1:]):
        return False
    lines = unit.text.replace(PB, LB).split(LB)
    if titles.title_start(lines) != 0:
        return False
    text = unit.plain.rstrip()
    span = tests.date_span(text)
    return not ends_sentence(text) or (span is not None and not text[span[1]:].strip(" ."))


# The most words of a telegram's subject line (`Question of Cuba. Mission of General Albino
# Silva. Message from the President …`).
_SUBJECT_WORDS = 30


def _dated_subject(out: list[Placement], first: int, tests: LineTests) -> bool:
    """The first paragraph is the subject line of a telegram, its heading, when the form's
    lines stand over it and its place and date alone under it, the text after them
    (`TELEGRAM` / … / `Question of Cuba. Mission of …` / `Rio de Janeiro, 29 October 1962,
    at 19:30.` / `Your Excellency is to …`); not a sentence that introduces what follows
    (`… the following:`)."""
    dated = first + 1
    if (first == 0 or not all(_opening_line(p) or p.zone == "opener" for p in out[:first])
            or dated + 1 >= len(out) or out[dated].kind != "paragraph"
            or out[dated + 1].kind != "paragraph"):
        return False
    text = out[first].unit.plain.strip()
    return (len(text.split()) <= _SUBJECT_WORDS and not text.endswith(":")
            and LB not in out[first].unit.text and is_place_and_date(out[dated].unit, tests))
