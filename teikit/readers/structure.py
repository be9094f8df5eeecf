"""Where each unit belongs: opener, running text, closer or postscript, and in what role.

The running text runs from the first prose paragraph (or heading) to the last one; what stands
before it is the opener, what stands after it the closer and the postscript. Every line outside
the running text, and every short line between its paragraphs, is given a role by the
furniture classifier (`teikit.readers.furniture`): weighted cues, not one document's layout.
A message relayed in quotation marks with its own address and signature is laid out as a
document of its own (`floatingText`).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import overload

from teikit.lazy_pattern import LazyPattern
from teikit.readers.furniture.assemble import AGENDA_ALONE, DISPATCH_PLACE, assemble
from teikit.readers.furniture.classifier import UNSURE_MARGIN, Decision, LineClassifier
from teikit.readers.furniture.cues import LineView
from teikit.readers.furniture.line_patterns import (
    CLASSIFICATION_LINE,
    DISTRIBUTION_HEAD,
    ENUMERATED,
    NEWS_AGENCIES,
    OFICIO_FIELD,
    POSTSCRIPT_MARK,
    RECORD_PARTICULAR,
    SIGNATURE_BRACKET,
    SIGNATURE_LABEL,
    VALEDICTION,
)
from teikit.readers.furniture.lists import (
    DISSEMINATED_TO,
    address_goes_on,
    address_left_open,
    heading_alone,
    names_posts,
)
from teikit.readers.furniture.opener import labels_when
from teikit.readers.furniture.placement import Placement
from teikit.readers.furniture.sequence import Piece, iter_line_views, line_views
from teikit.readers.furniture.settled import place_then_date
from teikit.readers.furniture.transmitted import (
    attachment_start,
    ends_marked_text,
    quoted_whole,
    transmitted_spans,
)
from teikit.readers.line_tests import LineTests
from teikit.readers.lines import (
    LIST_HEAD,
    is_bracketed_remark,
    is_cut_off_sentence,
    is_parenthesised_remark,
    keeps_together,
    line_units,
    split_at,
)
from teikit.readers.markdown_links import is_definition
from teikit.readers.note_texts import NOTE_TEXT, NOTES_HEADING, note_marker
from teikit.readers.numbered_points import points_of_the_text
from teikit.readers.units import LB, Unit, ends_sentence
from teikit.rules.omission import OMISSION_MARK
from teikit.rules.page import PRINTED_PAGE_NUMBER
from teikit.rules.word_tables import WordTables

__all__ = ["NOTE_TEXT", "Layout", "LineRole", "LineRoles", "Placement", "layout", "note_marker"]


def _prose_indexes(units: list[Unit], candidates: list[int],
                   is_prose: Callable[..., bool]) -> list[int]:
    prose = [i for i in candidates if is_prose(units[i])]
    return prose or [i for i in candidates if is_prose(units[i], relaxed=True)]


def _opening_remarks(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """The running text's first units that are a short remark in parentheses, or an
    annotation in square brackets, with furniture under it (`(Premier has yet to review and
    approve.)` over `Time: 4:30 pm, 3 August 1964` and `Place: …`; `[handwritten across the
    list of addressees: …]` over `Cable` / `Strictly Secret`): the opening lines go on after
    it."""
    remarks: list[int] = []
    for position, index in enumerate(content):
        if index not in prose:
            continue
        following = content[position + 1] if position + 1 < len(content) else None
        if (following is None or following in prose
                or not (is_parenthesised_remark(units[index].text)
                        or is_bracketed_remark(units[index].text))):
            break
        remarks.append(index)
    return remarks


# A form's field heading an oficio (`ANT. [Reference]: Your oficio Nº 88 of …`, `MAT.
# [Subject]: Visit of …`), or a stamp's words, labelled (`Stamped: Subject to return within 24
# hours to the CC …`).
_FORM_FIELD = LazyPattern(rf"^(?:{OFICIO_FIELD}|(?i:stamped|ref\.|reference|subject)\s*:)\s*\S")


def _form_fields(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """The running text's first units that are a form's fields or a stamp's words, a line
    each, with furniture under them (`ANT. [Reference]: …` / `MAT. [Subject]: …` / `MEXICO, 28
    March 1972` / `TO: …`): the opening lines go on after them."""
    fields: list[int] = []
    for index in content:
        if index not in prose:
            if fields:
                return fields  # (furniture under the fields)
            continue
        if _FORM_FIELD.match(units[index].text) is None:
            return []
        fields.append(index)
    return []  # (nothing under the fields: the page is no more than them)


def _address_going_on(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """The running text's first units that go on with a circular's address left open on the
    opener's last line, a line each ending on a comma, the last on the colon before the text
    (`[To the] Embassies in Vietnam, …,` / `Albania, Romania, …,` / `and the Offices of …:`):
    the opening lines go on after them."""
    going_on: list[int] = []
    lines_going_on: list[str] = []
    for position, index in enumerate(content):
        if index not in prose:
            if going_on:
                break
            continue
        lines = units[index].text.strip().split(LB)
        if not going_on and not (
                (position > 0 and address_left_open(
                    units[content[position - 1]].text.split(LB)[-1]))
                # (the whole address the text's first lines: `All embassies, legations and
                # offices of the chargé d'affaires abroad,` / `all consulates general …,` /
                # `and copied to the Xinhua News Agency branches abroad:`)
                or (len(lines) > 1 and names_posts(lines[0]) and address_left_open(lines[0]))
                # (its lines each a paragraph of their own, on a page saved with single
                # newlines: `To all Embassies, Legations and Consulates-General abroad;` / `the
                # Offices of the Chargé d'Affaires …;` / `the Xinhua News Agency …:`)
                or (len(lines) == 1 and names_posts(lines[0]) and address_left_open(lines[0])
                    and position + 1 < len(content) and content[position + 1] in prose
                    and address_goes_on(units[content[position + 1]].text.strip()))):
            return []
        if not all(map(address_goes_on, lines)):
            break
        going_on.append(index)
        lines_going_on += lines
        if lines[-1].rstrip().endswith(":"):
            return going_on
    # (`To:` / `Embassies in Pyongyang, …;` / `Embassies in Warsaw, …`: the posts named end the
    # address without its colon)
    if going_on and all(map(names_posts, lines_going_on)):
        return going_on
    return []


def _record_head(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """The running text's first units over a record's particulars (`Time: 4 pm, March 31,
    1964` / `Location: …`), short lines: the file's numbers, a routing note, the record's title
    and the remark on it (`Request Department leadership after reading pass to …` / `Defense
    No. 22/108 April 3, 1964` / `Record of Conversation …` / `(not reviewed …)`): the opening
    lines go on to the particulars."""
    for position, index in enumerate(content[:_RECORD_HEAD_UNITS + 1]):
        lines = units[index].text.strip().split(LB)
        if not (RECORD_PARTICULAR.match(lines[0]) and labels_when(lines[0])):
            continue
        below = (lines[1] if len(lines) > 1 else units[content[position + 1]].text
                 if position + 1 < len(content) else "")
        before = [i for i in content[:position] if i in prose]
        # (numbered topics over the particulars are the summary's: `… toward the following:`
        # / `1) Questions about …`, read with it as the opener once placed)
        if (RECORD_PARTICULAR.match(below.strip()) is None
                or any(len(units[i].text.split()) > _RECORD_HEAD_WORDS
                       or ENUMERATED.match(units[i].text) for i in before)):
            return []
        return before
    return []


def _agenda_items(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """The numbered lines under a meeting's `Agenda:` (`2. Information on the conversation
    with Comrade M. Gorbachev`): its points, however long, no running text (the agenda was
    cut between the opener, a paragraph and a section's heading)."""
    del prose
    items: list[int] = []
    for position, index in enumerate(content):
        if AGENDA_ALONE.match(units[index].plain) is None:
            continue
        for following in content[position + 1 :]:
            if ENUMERATED.match(units[following].plain.strip()) is None:
                break
            items.append(following)
    return items


# The most units over a record's particulars, and the most words of each.
_RECORD_HEAD_UNITS = 8
_RECORD_HEAD_WORDS = 25


def _edition_headings(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """The running text's first units that are an edition's heading over the document, a line
    or three, short (`March 28, code message of the ambassador in Helsinki:` / `the position of
    the Scandinavian states regarding the Rapacki Plan`), with the document's marking under
    them (`Top Secret!`), or under the edition's number the document's place and date
    (`Warsaw, May 7, 1958`), a line or two between: the opening lines go on after them."""
    headings: list[int] = []
    lines = words = 0
    # (past the edition's number of the document over its heading: `80`)
    start = next((k for k, index in enumerate(content)
                  if not _EDITIONS_NUMBER.match(units[index].text.strip())), len(content))
    for index in content[start:]:
        if index not in prose:
            break
        text = units[index].text.strip()
        # (the heading's lines may stand in one block: `November 27, code message …` /
        # `regarding the talks …` / `on the Rapacki Plan …`)
        lines += text.count(LB) + 1
        words += len(text.split())
        if (lines > _EDITION_HEADING_LINES or words > _EDITION_HEADING_WORDS
                or text[-1:] in "!?;\"”"):
            return []
        headings.append(index)
    # (the headings are the first units; a classification alone on its line under them)
    after = start + len(headings)
    for following in content[after : after + _LINES_OVER_MARKING + 1]:
        if following in prose:
            return []
        under = units[following].text.strip()
        if CLASSIFICATION_LINE.match(under) is not None:
            return headings
        if start and place_then_date(under.split(LB, 1)[0].strip()):
            # (under the edition's number and heading, where and when the document was
            # written: `146` / `May 7, code message of deputy minister Winiewicz …` / `Warsaw,
            # May 7, 1958`)
            return headings
    return []


_EDITION_HEADING_LINES = 3
# An edition's number of a document, alone on its line (`80`, `No. 80`, `Document 80`).
_EDITIONS_NUMBER = LazyPattern(r"(?i)^(?:(?:no\.|document)\s*)?\d{1,4}\.?$")
_EDITION_HEADING_WORDS = 40
# (the heading's last line may stand apart from it, over the marking)
_LINES_OVER_MARKING = 2


# A speaker's name alone on its line before what the speaker said (`Comrade Mielke:`,
# `Erich Honecker:`, `Cde. Abramov:`): capitalised words, a colon, nothing after it.
_SPEAKER = LazyPattern(r"^(?!.*\b(?i:notes?|translator|translator’s|translator's|editor|"
                       r"comments?|annex|appendix|subject|summary|agenda|present|participants|"
                       r"attachment|enclosure|copies|distribution)\b)"
                       r"(?:(?:Comrades?|Cdes?\.|Comr\.|Mr\.|Mrs\.|Dr\.)\s+)?"
                       r"[A-ZÀ-ÞĀ-Ž][\w’'.-]+(?:\s+[A-ZÀ-ÞĀ-Ž][\w’'.-]+){0,3}:$")
_SPEAKERS = 2
_SPEAKER_LENGTH = 60


def _is_speaker(text: str) -> bool:
    # (the length and the colon first: a paragraph is no speaker's name, and the pattern's
    # look-ahead would read all of it)
    return (len(text) <= _SPEAKER_LENGTH and text.endswith(":")
            and _SPEAKER.match(text) is not None and LIST_HEAD.match(text) is None)


# The label of a point of a meeting's agenda over its discussion (`Ad 1.`, `Ad 2)`), as
# Hungarian and German minutes print it: the record's text, however short.
_POINT_LABEL = LazyPattern(r"\s*Ad\s+(?:\d{1,2}|[IVX]{1,4})\s*[.):]?\s*$")
# A point of the text the editor left out, its number and the mark of the cut (`(5) […]`).
_POINT_CUT = LazyPattern(rf"\s*(?:\(\d{{1,2}}\)|\d{{1,2}}[.)])\s*{OMISSION_MARK}\s*$")


def _speaker_labels(units: list[Unit], content: list[int]) -> list[int]:
    """The lines of a record of talks that name who speaks (`Comrade Mielke:` / `Comrade
    Abramov:` / `Comrade Mielke:`): running text, each before its turn, the first one too (no
    salutation, however much it looks like one). Two speakers at least, one of them twice."""
    found = [i for i in content if _is_speaker(units[i].text.strip())]
    names = [units[i].text.strip() for i in found]
    if len(set(names)) < _SPEAKERS or len(names) == len(set(names)):
        return []
    return found


_DOCKET_WORDS = 16


def _dockets_under_the_copies(units: list[Unit], content: list[int],
                              prose: set[int]) -> list[int]:
    """The short units that read as sentences under the list of copies the text ends with
    (`Three copies printed` / … / `Ind. 54, note of Cdes. Kobulov and Stakhanov of 6 October;
    ind. 24-18.`): the offices' notes on the file, not the text going on."""
    copies = [index for index in content
              if index not in prose and DISTRIBUTION_HEAD.match(units[index].text.strip())]
    if not copies or not any(index < copies[-1] for index in prose):
        return []  # (copies among the opening lines: the text is still to come)
    after = [index for index in content if index > copies[-1]]
    if any(index in prose and units[index].word_count() > _DOCKET_WORDS for index in after):
        return []
    return [index for index in after if index in prose]


def _order_to_distribute(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """`S. CHERVONENKO` / `21.VII.60` / `No. 603` / `Distribute to the members and candidate
    members of the Presidium of the CC CPSU …`: the order to distribute the telegram, the last
    unit under the closing lines, names whom it went to; no sentence of the text."""
    if len(content) < 2:
        return []
    last, above = content[-1], content[-2]
    if last in prose and above not in prose and DISSEMINATED_TO.match(units[last].text.strip()):
        return [last]
    return []


# No more words than a line of signers takes (two names, each with its office).
_SIGNERS_WORDS = 12
_FAREWELL_WORDS = 4


def _signers_under_the_farewell(units: list[Unit], content: list[int],
                                prose: set[int]) -> list[int]:
    """`Yours Sincerely,` / `Granville V. Stone (Secretary) William Wilson D.L., (President).`:
    the one line under the farewell that ends the text names who signs (two signers with
    their offices make it as long as a sentence), not the text going on."""
    if len(content) < 2:
        return []
    last, farewell = content[-1], units[content[-2]].text.strip()
    text = units[last].text.strip()
    if (last in prose and content[-2] not in prose and LB not in text
            and VALEDICTION.match(farewell) is not None and len(farewell.split()) <= _FAREWELL_WORDS
            and units[last].word_count() <= _SIGNERS_WORDS and text[:1].isupper()
            and not text.upper().startswith("P.S")):
        return [last]
    return []


def _postscripts(units: list[Unit], content: list[int], prose: set[int]) -> list[int]:
    """`(G. Grigorov)` / `P.S. Please confirm receipt of this letter.`: a postscript under the
    lines that close the text is no more of the text, whatever its length (the lines above it
    would be the text's, and no closer left)."""
    found: list[int] = []
    for position, index in enumerate(content[1:], start=1):
        if (index in prose and POSTSCRIPT_MARK.match(units[index].text)
                and content[position - 1] not in prose):
            found.append(index)
    return found


def _notes_going_on(units: list[Unit], indexes: list[int], note_units: dict[int, str],
                    prose: set[int]) -> list[int]:
    """The paragraph a note ending on a colon goes on in (`[1]The full text of Zhou Enlai's
    telegram … was as follows:` / `"Lake Success, to Mr. Carlos Romulo, …"`), where the note
    stands under the closing lines (the signer, the date): the note's, not the text going on
    after the signature. A note under a paragraph of the text introduces nothing after it."""
    going_on: list[int] = []
    if not note_units:
        return going_on  # (most documents: no note to go on)
    open_note = False
    closing_lines = 0  # the lines that are no paragraph since the text's last one
    for index in indexes:
        if index in note_units:
            open_note = closing_lines > 0 and units[index].text.rstrip().endswith(":")
        elif index in prose:
            if open_note:
                going_on.append(index)
            else:
                closing_lines = 0
            open_note = False
        elif units[index].text and not units[index].text.isspace():
            closing_lines += 1
            open_note = False
    return going_on


def _cut_off_end(units: list[Unit], content: list[int], prose: set[int],
                 tests: LineTests) -> list[int]:
    """The document's last unit when the page export stopped in its sentence, right after a
    paragraph of running text: the running text's end, not the closer."""
    if len(content) < 2 or content[-1] in prose or content[-2] not in prose:
        return []
    last = units[content[-1]]
    return [content[-1]] if last.kind == "text" and (
        last.text.strip() in _OPENING_MARKS  # `“` alone: the next paragraph, cut at its start
        or is_cut_off_sentence(last.text, tests.date_span)
        or _opens_turns(last.text, [units[index] for index in content[:-1]])) else []


_SPEAKER_NAME_LENGTH = 40
# Marks that open a quotation or a remark and close none.
_OPENING_MARKS = frozenset("“„«‘([")


def _opens_turns(text: str, earlier: list[Unit]) -> bool:
    """`Mao Zedong`, `Kono.` or `Gu` last, where `Mao Zedong: Without making forecasts …`,
    `Kono. The Japanese side …` or `Guevara: Nothing in particular …` opened turns before:
    the next speaker, the export stopped in or after his name, or in his turn (no signer:
    nobody signs a record of talks under his own turn's label)."""
    if DISTRIBUTION_HEAD.match(text.strip()):
        return False  # (`Copies: Jaruzelski, Czyrek, …` under `To:` and `From:`: the list)
    turn = _SPOKEN_TURN.match(text.lstrip())
    if (turn is not None and "\n" not in text.strip()
            and _SIGNED.match(turn.group()) is None
            # (`Ambassador: [signed] G. Bogdanov`: an office, then the signature's mark)
            and _SIGNATURE_AFTER.match(text.lstrip(), turn.end() - 1) is None):
        # `Premier: Going to the Fujian Front Lin`: a turn of its own, the export cut in it
        return sum(_SPOKEN_TURN.match(unit.text.lstrip()) is not None for unit in earlier) >= 2
    name = text.strip().rstrip(".:").strip()
    if not name[:1].isupper() or len(name) > _SPEAKER_NAME_LENGTH or "\n" in name:
        return False
    for unit in earlier:
        label = _TURN_LABEL.match(unit.text.lstrip())
        if label is not None and label["name"].startswith(name):
            return True
    return False


# A speaker's label opening a turn: a name, then a colon or a stop and the turn's words.
_TURN_LABEL = LazyPattern(r"(?P<name>[A-ZÀ-Þ][\w’'.-]*(?: [A-ZÀ-Þ][\w’'.-]*){0,3})(?::|\.) \S")
# The same with its colon, as a record prints each turn (`Premier: Did you go to Indonesia?`).
_SPOKEN_TURN = LazyPattern(r"(?P<name>[A-ZÀ-Þ][\w’'.-]*(?: [A-ZÀ-Þ][\w’'.-]*){0,3}): \S")
# A signature's label is no speaker (`Signed: D. Popa`).
_SIGNED = LazyPattern(rf"(?i){SIGNATURE_LABEL}")
_SIGNATURE_AFTER = LazyPattern(rf"(?i){SIGNATURE_BRACKET}")


# More units than a closer's signatures, dates, copies and notes take (the seed's has 15 lines
# in 9 units), the names a list's heading lists apart.
_CLOSER_UNITS = 20
# The most words of a name or an office listed a line each.
_LISTED_WORDS = 8


def _listed_under_a_heading(units: list[Unit], indexes: list[int]) -> int:
    """How many of the units `indexes` are names listed a line each under a list's heading
    alone (`Distribution:` / `Chairman` / `Liu Shaoqi` / … / `File`): a closer's list,
    however many it names."""
    listed, listing = 0, False
    for index in indexes:
        text = units[index].plain.strip()
        if heading_alone(text):
            listing = True
        elif (listing and units[index].kind == "text" and LB not in units[index].text
              and len(text.split()) <= _LISTED_WORDS and not ends_sentence(text)):
            listed += 1
        else:
            listing = False
    return listed


# An editor's or a translator's note wholly in its brackets, labelled (`[Editor's note: …]`).
_LABELLED_REMARK = LazyPattern(r"^\s*\[(?i:translator|editor)['’]?s?\s+note\s*:"
                               r"[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\s*$")


def _without_closing_remarks(units: list[Unit], running: list[int]) -> list[int]:
    """`running` without the labelled remarks that end it, where text runs above them."""
    ordered = sorted(set(running))
    while len(ordered) > 1 and _LABELLED_REMARK.match(units[ordered[-1]].text) is not None:
        ordered.pop()
    return ordered


def _zone_pieces(units: list[Unit], indexes: list[int], note_units: dict[int, str],
                 tests: LineTests,
                 spans: list[tuple[int, int]] = (),  # type: ignore[assignment]
                 quoted: bool = True) -> list[Piece]:
    """Pieces of the units `indexes`, zoned by where the running text of those units is; a
    transmitted document (`spans`) stands in the running text, so the opener ends before it
    and the closer begins after it. `quoted`: a block quotation's units are its paragraphs
    (not within a quotation that is a transmitted document: its lines are read as any
    document's)."""
    content = [i for i in indexes if i not in note_units]
    # (`#### Notes` over the notes under the closer heads no text: the closer is still one)
    headings = [i for i in content if units[i].kind == "heading"
                and not (i + 1 in note_units and NOTES_HEADING.match(units[i].text))]
    prose = set(_prose_indexes(units, content, tests.is_prose))
    for index in [*_opening_remarks(units, content, prose),
                  *_edition_headings(units, content, prose),
                  *_record_head(units, content, prose),
                  *_address_going_on(units, content, prose),
                  *_form_fields(units, content, prose),
                  *_agenda_items(units, content, prose),
                  *_dockets_under_the_copies(units, content, prose),
                  *_order_to_distribute(units, content, prose),
                  *_signers_under_the_farewell(units, content, prose),
                  *_postscripts(units, content, prose),
                  *_notes_going_on(units, indexes, note_units, prose)]:
        prose.discard(index)
    prose.update(_cut_off_end(units, content, prose, tests))
    prose.update(_speaker_labels(units, content))
    prose.update(i for i in content if _POINT_LABEL.match(units[i].text)
                 or _POINT_CUT.match(units[i].text))
    # (a page's printed number between paragraphs of the text, `BStU 000087`: the text's page
    # break, however its line reads alone)
    last_running = max(prose, default=-1)
    prose.update(i for i in content if i < last_running and units[i].kind == "text"
                 and PRINTED_PAGE_NUMBER.match(units[i].text) is not None)
    prose.update(points_of_the_text(units, content, prose))
    # (a table's and a block quotation's: the text's, as its paragraphs are)
    set_apart = [i for i in content if units[i].kind == "table" or (quoted and units[i].quote)]
    running = sorted(prose) + set_apart + [index for span in spans for index in span]
    # (`End of text.` under a relayed text: the relaying document's text goes on there; so
    # does a short sentence, `I ask for your instructions.`, over the relaying signature)
    running += [end + 1 for _, end in spans
                if end + 1 < len(units) and (ends_marked_text(units[end + 1]) or (
                    units[end + 1].kind == "text" and ends_sentence(units[end + 1].text)
                    and tests.is_prose(units[end + 1], relaxed=True)))]
    first = min([*headings[:1], *running], default=indexes[0] if indexes else 0)
    if (headings and running and first == headings[0] == content[0]
            and not any(headings[0] < i < min(running) for i in headings[1:])):
        # (`#### CIPHERED TELEGRAM No. 51917` / `From PEIPING. Sent 14.6.49 16:10` / …: the
        # title over everything, the form's lines under it are the opener under the title,
        # not paragraphs of a text begun; with a second heading before the text, or lines
        # over the title, the title does begin the text)
        first = min(running)
    # (an editor's note at the foot, `[Editor's note: A second telegram …]`, is no text the
    # document runs on to: the signature and the list above it close the text)
    running = _without_closing_remarks(units, running)
    last = max(running) if running else (indexes[-1] if indexes else 0)
    if headings and headings[-1] > last:
        last = indexes[-1]  # a heading must be followed by text, not by the closer
    after = [index for index in content if index > last]
    if len(after) - _listed_under_a_heading(units, after) > _CLOSER_UNITS:
        # (notes of short lines, a sentence or two among them: `Situation of the KPD` /
        # `Help to KPD` / …: more lines than any signature, date and list have, the text's)
        last = indexes[-1]
    last_prose = max((index for index in prose if index <= last), default=-1)
    pieces: list[Piece] = []
    for index in indexes:
        unit = units[index]
        zone = "opener" if index < first else "main" if index <= last else "closer"
        if index in note_units:
            pieces.append(Piece("note", unit, zone, index))
        elif unit.kind in ("rule", "heading", "table"):
            pieces.append(Piece(unit.kind, unit, zone, index))
        elif quoted and unit.quote:
            pieces.append(Piece("quote", unit, zone, index))
        elif is_definition(unit.text):
            pieces.append(Piece("definition", unit, zone, index))  # (`[1]: https://…`)
        elif zone == "main" and index in prose:
            pieces.extend(_prose_pieces(unit, index, opens=index == first,
                                        closes=index == last_prose,
                                        ends_part=index + 1 not in prose))
        else:
            lines = [unit] if keeps_together(unit) else line_units(unit)
            pieces.extend(Piece("line", line, zone, index) for line in lines)
    return pieces


def _prose_pieces(unit: Unit, index: int, *, opens: bool, closes: bool,
                  ends_part: bool) -> list[Piece]:
    """A paragraph of the running text, with the lines printed inside it split off: a news
    agency's dateline opening the text (`opens`), a cable's number after the last sentence of
    the text (`closes`: a line of the closer) or of a part that lines end (`ends_part`)."""
    pieces: list[Piece] = []
    dispatched = _DISPATCH_DATELINE.match(unit.text) if opens else None
    if dispatched is not None:
        # `MONTEVIDEO, 10 November (TASS). The newspaper …`: where and when the reported
        # dispatch was filed, over the text it opens
        dateline, unit = split_at(unit, dispatched.end())
        pieces.append(Piece("line", dateline, "opener", index))
    numbered = _RUN_ON_NUMBER.search(unit.text) if closes or ends_part else None
    if numbered is None:
        return [*pieces, Piece("prose", unit, "main", index)]
    # `… passed to Vyshinsky. Nº 382/sh`: the cable's number run on after the last sentence,
    # a line of its own (a translator's remark after it, `[Translator’s note: …].`, another)
    unit, number = split_at(unit, numbered.start())
    pieces.append(Piece("prose", unit, "main", index))
    zone = "closer" if closes else "main"
    if numbered["remark"]:
        number, remark = split_at(number, numbered.start("remark") - numbered.start())
        pieces.append(Piece("line", number, zone, index))
        number = remark
    pieces.append(Piece("line", number, zone, index))
    return pieces


# A news agency's dateline opening the report's first paragraph: the place in capitals, the
# day and month, the agency in parentheses, a full stop, then the report's first sentence
# (`STOCKHOLM, 12 November, (TASS). The newspaper Expressen …`).
_DISPATCH_DATELINE = LazyPattern(
    DISPATCH_PLACE + r",\s+\d{1,2}\s+[A-Z][a-z]+\.?,?\s+"
    rf"\((?:{NEWS_AGENCIES})\)\.(?=\s+[A-Z“\"])")


# A cable's number run on after the text's last sentence, a remark of the translator's after
# it or none (`… to Vyshinsky. Nº 382/sh`, `… as incorrect”. Nº 1291/sh [Translator’s note: …].`).
# (the number's parts each after a stop, so that no run of letters can be cut two ways: a long
# word after `No. 1` would otherwise be tried in every split before the line's end failed)
_RUN_ON_NUMBER = LazyPattern(
    r"(?<=[.!?”\"»])\s+(?:Nº|N°|№|No\.)\s?\d[\w/-]*(?:\.[\w/-]+)*"
    r"(?P<remark>\s+\[[^\[\]]+\]\.?)?\s*$")


# The most lines of a translation's heading between the covering note and the text it sends
# (`Translation from Korean`).
_HEADING_LINES = 3


def _attachment_is_the_relayed_text(units: list[Unit], spans: list[tuple[int, int]],
                                    attached: int, is_prose: Callable[[Unit], bool]) -> bool:
    """Whether the attachment after a covering note's signature and date is the quoted text
    a span holds, a heading's few lines over it (`Yu. Andropov` / `26 April 1962` / …/
    `Translation from Korean` / `"Dear Comrade Nikita Sergeyevich! …"`): the note's closer is
    then its own, the letter its attachment. With no span, any attachment is."""
    if not spans:
        return True
    later = [start for start, _ in spans if start >= attached]
    if spans[0][0] < attached or not later:
        return False
    return later[0] - attached <= _HEADING_LINES and not any(
        is_prose(units[index]) for index in range(attached, later[0]))


def document_pieces_of_units(units: list[Unit], note_units: dict[int, str], tests: LineTests,
                             ) -> list[tuple[Piece, list[Piece] | None]]:
    """The outer document's pieces; a transmitted document stands as one piece whose inner
    pieces are zoned on their own."""
    # (a quotation that is all the text, as an export may set a page's text apart, is the
    # document itself: its lines are read as any text's)
    quotations = not quoted_whole(units, note_units)
    spans = transmitted_spans(units, note_units, tests.is_prose, quotations)
    attached = attachment_start(units, note_units, tests.is_prose)
    if attached is not None and not _attachment_is_the_relayed_text(units, spans, attached,
                                                                     tests.is_prose):
        attached = None  # (a relayed text above it, or one its heading does not open)
    if attached is not None:
        spans = [span for span in spans if span[1] < attached]
    out: list[tuple[Piece, list[Piece] | None]] = []
    indexes = list(range(len(units) if attached is None else attached))
    outer = [i for i in indexes if not any(s <= i <= e for s, e in spans)]
    outer_pieces = _zone_pieces(units, outer, note_units, tests, spans, quoted=quotations)
    by_source: dict[int, list[Piece]] = {}
    for piece in outer_pieces:
        by_source.setdefault(piece.source, []).append(piece)
    starts = {s: e for s, e in spans}
    index = 0
    while index < len(units):
        if index in starts:
            end = starts[index]
            inner = _zone_pieces(units, list(range(index, end + 1)), note_units, tests,
                                 quoted=False)
            out.append((Piece("transmitted", units[index], "main", index), inner))
            index = end + 1
            continue
        if index == attached:
            # the covering note's attachment, to the end: its postscript, zoned on its own
            inner = _zone_pieces(units, list(range(index, len(units))), note_units, tests)
            out.append((Piece("transmitted", units[index], "postscript", index), inner))
            break
        out.extend((piece, None) for piece in by_source.get(index, []))
        index += 1
    return out


def document_pieces(raw: str, name: str) -> list[tuple[Piece, LineView | None]]:
    """Every piece of a raw source in order, with its line view (None for pieces that are not
    candidate lines): what the classifier sees, for fitting the role table on gold."""
    from teikit.readers.joining import body_units
    from teikit.readers.page_header import parse_page_header

    header = parse_page_header(raw, name)
    units = body_units(header.body_of(raw), header.body_start)
    note_units = {i: m for i, u in enumerate(units) if (m := note_marker(u)) is not None}
    outer, inner_groups = _split_outer(units, note_units, LineTests())
    outer_views = line_views(outer)
    flat: list[tuple[Piece, LineView | None]] = []
    for index, piece in enumerate(outer):
        if index in inner_groups:
            inner = inner_groups[index]
            flat.extend(zip(inner, line_views(inner), strict=True))
        else:
            flat.append((piece, outer_views[index]))
    return flat


def _split_outer(units: list[Unit], note_units: dict[int, str], tests: LineTests,
                 ) -> tuple[list[Piece], dict[int, list[Piece]]]:
    outer: list[Piece] = []
    inner_groups: dict[int, list[Piece]] = {}
    for piece, inner in document_pieces_of_units(units, note_units, tests):
        if inner is not None:
            inner_groups[len(outer)] = inner
        outer.append(piece)
    return outer, inner_groups


EXPLAINED_CHARACTERS = 80
"""How much of a line `teikit convert --explain` shows, and so how much of it a `LineRole`
keeps: a long file's lines are not all kept for the explanation of each."""


@dataclass(slots=True)
class LineRole:
    """Why a line got its role, for `teikit convert --explain` and the unsure count."""

    line: int
    text: str
    """The line's first `EXPLAINED_CHARACTERS`."""
    zone: str
    decision: Decision


class LineRoles(Sequence[LineRole]):
    """The `LineRole`s of a document in line order, kept in columns: a record and a decision
    per line cost ten times the line's text, and a file of many short lines has hundreds of
    thousands. Each `LineRole` is made when asked for."""

    def __init__(self) -> None:
        self._lines = array("q")
        self._texts: list[str] = []
        self._zones = bytearray()
        self._roles = bytearray()
        self._scores = array("d")
        self._margins = array("d")
        self._cues: list[tuple[str, ...]] = []
        self._names: dict[str, int] = {}
        self._named: list[str] = []
        self._cue_sets: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _code(self, name: str) -> int:
        code = self._names.get(name)
        if code is None:
            code = self._names[name] = len(self._named)
            self._named.append(name)
        return code

    def append(self, role: LineRole) -> None:
        decision = role.decision
        self._lines.append(role.line)
        self._texts.append(role.text)
        self._zones.append(self._code(role.zone))
        self._roles.append(self._code(decision.role))
        self._scores.append(decision.score)
        self._margins.append(decision.margin)
        self._cues.append(self._cue_sets.setdefault(decision.cues, decision.cues))

    def sort_by_line(self) -> None:
        """In line order, lines decided together keeping their order."""
        order = sorted(range(len(self._lines)), key=self._lines.__getitem__)
        if all(a < b for a, b in pairwise(order)):
            return
        self._lines = array("q", (self._lines[i] for i in order))
        self._texts = [self._texts[i] for i in order]
        self._zones = bytearray(self._zones[i] for i in order)
        self._roles = bytearray(self._roles[i] for i in order)
        self._scores = array("d", (self._scores[i] for i in order))
        self._margins = array("d", (self._margins[i] for i in order))
        self._cues = [self._cues[i] for i in order]

    def unsure(self) -> int:
        """How many lines the classifier was unsure of (`Decision.unsure`)."""
        return sum(margin < UNSURE_MARGIN for margin in self._margins)

    def __len__(self) -> int:
        return len(self._lines)

    @overload
    def __getitem__(self, index: int) -> LineRole: ...

    @overload
    def __getitem__(self, index: slice) -> list[LineRole]: ...

    def __getitem__(self, index: int | slice) -> LineRole | list[LineRole]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        named = self._named
        return LineRole(self._lines[index], self._texts[index], named[self._zones[index]],
                        Decision(named[self._roles[index]], self._scores[index],
                                 self._margins[index], self._cues[index]))


@dataclass(slots=True)
class Layout:
    """Every unit placed (zone, kind, role), and why each furniture line got its role."""

    placements: list[Placement]
    line_roles: LineRoles


def layout(units: list[Unit], note_units: dict[int, str], tests: LineTests | None = None,
           words: WordTables | None = None) -> Layout:
    """Place every unit; `note_units` maps unit indexes to their note markers; `tests` are
    the run's (a fresh set, and the role table read, when none is given), and so are
    `words`, the word tables (opened for this text only if it asks, when none are given)."""
    tests = tests or LineTests()
    outer, inner_groups = _split_outer(units, note_units, tests)
    roles = LineRoles()

    def decide(pieces: list[Piece]) -> list[Decision | None]:
        classifier = LineClassifier(tests.weights, tests.text_cues, tests.decide_cues)
        decisions: list[Decision | None] = []
        for piece, view in zip(pieces, iter_line_views(pieces), strict=True):
            if view is None:
                decisions.append(None)
                continue
            decision = classifier.decide(view)
            decisions.append(decision)
            roles.append(LineRole(piece.unit.line, view.text[:EXPLAINED_CHARACTERS], piece.zone,
                                  decision))
        return decisions

    outer_decisions = decide(outer)
    opener_moved = _notes_in_the_opener(outer, outer_decisions)
    closer_moved = _notes_in_the_closer(outer, outer_decisions)
    if opener_moved or closer_moved:
        roles = LineRoles()  # (decided again, in their zones)
        outer_decisions = decide(outer)
    placements: list[Placement] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            placements.extend(assemble([outer[i] for i in run],
                                       [outer_decisions[i] for i in run], note_units, tests,
                                       words))
            run.clear()

    for index, piece in enumerate(outer):
        if index in inner_groups:
            flush()
            inner = inner_groups[index]
            placements.append(Placement(piece.zone, "transmitted", piece.unit,
                                        inner=assemble(inner, decide(inner), note_units,
                                                       tests, words)))
        else:
            run.append(index)
    flush()
    roles.sort_by_line()
    return Layout(_in_zone_order(placements), roles)


# More lines of text, one after another, than an opener's address, title and remarks have
# (its longest run among the dev and blind pages is seven).
_OPENER_TEXT_LINES = 10


# A cable form's field in capitals, its label and its value on one line (`TAGS: PFOR, UR`,
# `E.O. 11652: GDS`, `REF: STATE 12345`), or its routing line (`FM AMEMBASSY MOSCOW`, `TO
# SECSTATE WASHDC`, `INFO AMEMBASSY SEOUL`): the form's, however many.
_CABLE_FIELD = LazyPattern(r"^\s*(?:[A-Z][A-Z.]{0,10}(?:\s[A-Z0-9][A-Z0-9.]{0,10}){0,2}:\s+\S|"
                           r"(?:FM|TO|INFO|ACTION)\s+[A-Z])")


def _notes_in_the_opener(pieces: list[Piece], decisions: list[Decision | None]) -> bool:
    """Notes of short lines before the first sentence the text has (`Situation:` / `no
    compromises` / `Creation of a European Army--not against the SU …` / …): a run of lines
    the classifier finds no furniture in, longer than an opener's, is the text's; they and the
    opener's lines after them are moved to the running text (the pieces' zones change).
    A record's labelled particular (`Present: …`, `Subject: …`) ends a run: what stands over
    it and under it are the record's heading and those present, however many they are."""
    run_start, run = 0, 0
    for index, (piece, decision) in enumerate(zip(pieces, decisions, strict=True)):
        if piece.zone != "opener":
            break
        if (piece.kind == "line" and decision is not None and decision.role == "text"
                and not RECORD_PARTICULAR.match(piece.unit.plain)
                and not _CABLE_FIELD.match(piece.unit.plain)
                # (`Embassy of Italy – WASHINGTON` / …: the posts a telespresso went to)
                and not names_posts(piece.unit.plain)):
            run_start, run = (run_start, run + 1) if run else (index, 1)
            if run >= _OPENER_TEXT_LINES:
                for moved in pieces[run_start:]:
                    if moved.zone != "opener":
                        break
                    moved.zone = "main"
                return True
        else:
            run = 0
    return False


# More lines of text in a closer than its signatures, dates and lists leave (five of eight at
# most among the dev and blind pages), and their share of its lines.
_CLOSER_TEXT_LINES = 6
_CLOSER_TEXT_SHARE = 0.7


# Where one copy went, by its number (`Copy 1 – Minister of Foreign Affairs`).
_COPY_SENT = LazyPattern(r"(?i)^\s*copy\s+(?:n[º°o]\.?\s*|№\s*)?\d{1,3}\s*[–—:-]\s*\S")


def _closing_head(text: str) -> bool:
    """`Distributed to`, `Yours sincerely,`, `Signed:`: what opens a closer's list or
    signature."""
    return (DISTRIBUTION_HEAD.match(text) is not None or VALEDICTION.match(text) is not None
            or _SIGNED.match(text) is not None)


def _notes_in_the_closer(pieces: list[Piece], decisions: list[Decision | None]) -> bool:
    """Notes of short lines after the text's last sentence (`Better pay for engineers` / `1 :
    1,7` / `2-3x more than workers` / …), the closer's lines mostly lines the classifier finds
    no furniture in: the text's; the closer's pieces are moved to the running text."""
    closing = [(piece, decision) for piece, decision in zip(pieces, decisions, strict=True)
               if piece.zone == "closer" and piece.kind == "line"]
    text = sum(decision is not None and decision.role == "text" for _, decision in closing)
    if text < _CLOSER_TEXT_LINES or text < _CLOSER_TEXT_SHARE * len(closing):
        return False
    if any(_closing_head(piece.unit.text.strip()) or _COPY_SENT.match(piece.unit.text)
           for piece, _ in closing):
        # (`Distributed to` / `Cdes: Stalin` / …, `Copy 1 – Minister of Foreign Affairs` / …:
        # a closer's list, however decided)
        return False
    for piece in pieces:
        if piece.zone == "closer":
            piece.zone = "main"
    return True


def _in_zone_order(placements: list[Placement]) -> list[Placement]:
    """The model has one opener before the running text and one closer after it: furniture
    that a later part of the text follows (a telegram's closing lines before the letter it then
    relays) stays where it stands, in the running text. (A title over the text comes before
    the opening lines printed under it: they stay an opener, the one under the heading.)"""
    mains = [i for i, p in enumerate(placements) if p.zone == "main" and p.kind != "heading"]
    if not mains:
        return placements
    first, last = mains[0], mains[-1]
    for index, placement in enumerate(placements):
        if (placement.zone == "opener" and index > first) or (
                placement.zone in ("closer", "postscript") and index < last):
            placement.zone = "main"
    return placements
