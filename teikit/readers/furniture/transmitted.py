"""Documents transmitted inside another: a telegram relaying a letter or message in quotation
marks, with its own address, text, signature and date.

A transmitted document opens with a quotation mark before an address or salutation (`“To the
Chairman …`, `"Comrade MAO ZEDONG.`, `“Cde. Mao Zedong!`) and runs to the line that closes the
quotation; when the quotation is never closed, to the end of its own closer: after its last
paragraph, one signing line (a name or a valediction) and the dates right after it.

A block quotation (`> …`) is one when it addresses someone or is signed: a telegram's relayed
letter as a page export writes it, set apart as a quotation instead of in quotation marks.

A document attached to a covering note follows the note's signature and date, without
quotation marks (`Mao Zedong` / `6:00 a.m., 12 February [1950]` / `To All Central Committee
Bureaus …:`), and runs to the end of the text: `attachment_start`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from functools import cached_property

from teikit.lazy_pattern import LazyPattern
from teikit.readers.furniture.cues import LineView, holds_dates_only, reads_as_name, signing_body
from teikit.readers.furniture.line_patterns import (
    ADDRESS_START,
    BRACKETED,
    CLASSIFICATION_LINE,
    COPIES_MADE,
    MARKING_THEN_COPY,
    RECEIPT,
    RECORD_KIND,
    SALUTATION_OPENING,
    SIGNATURE_MARK,
    SPACED_CAPITALS,
    VALEDICTION,
)
from teikit.readers.furniture.lists import one_line_list
from teikit.readers.joining import HAND_LABEL_ALONE
from teikit.readers.lines import (
    is_bracketed_remark,
    is_uppercase_line,
    typed_name,
    unemphasised,
    wholly_emphasised,
)
from teikit.readers.units import LB, Unit

OPENING_QUOTES = "\"“„«"
CLOSING_QUOTE = LazyPattern(r"[\"”»][.,;]?\s*$")


def _opens_address(unit: Unit) -> bool:
    text = unit.plain.strip()
    if text[:1] not in OPENING_QUOTES:
        return False
    inner = text[1:].lstrip()
    first_line = inner.split("\n", 1)[0]
    # (a salutation's words open it too: `"Respected Chairman Mao Zedong and Comrade …:`)
    return (bool(ADDRESS_START.match(inner)) or SALUTATION_OPENING.match(inner) is not None
            or bool(re.match(r"^[^.!?]{2,80}!", first_line)))


def _dated(unit: Unit) -> bool:
    """A closer's line that is its date alone."""
    return holds_dates_only(LineView(unit.plain.strip(), "closer"))


# A part's heading numbered in Roman figures, two words or more after the number (`I. THE
# OFFICIAL REACTION`, `II. The Press`): no signer's line (but an initial: `V. Gorbunov`).
_ROMAN_NUMBERED_HEADING = LazyPattern(r"^[IVX]{1,4}\.\s+\S+\s+\S")


def _signs(unit: Unit) -> bool:
    text = unit.plain.strip()
    bare = BRACKETED.sub(" ", text).strip()
    if _ROMAN_NUMBERED_HEADING.match(bare) is not None:
        return False
    return bool(VALEDICTION.match(text) or SIGNATURE_MARK.search(text) or reads_as_name(bare)
                or SPACED_CAPITALS.match(bare)  # (`A. G R O M Y K O`)
                or (signing_body(bare) and RECORD_KIND.match(bare) is None))
    # (a body signs in its whole name; `REPORT of the Embassy …` is a record's title)


def transmitted_spans(units: list[Unit], note_units: dict[int, str],
                      is_prose: Callable[[Unit], bool], quotations: bool = True,
                      ) -> list[tuple[int, int]]:
    """(first, last) unit indexes of each transmitted document, in order; `quotations`: the
    text's block quotations are its own (not one holding all the text, `quoted_whole`), and
    may be documents it relays."""
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(units):
        unit = units[index]
        if unit.quote and quotations:
            last = _quotation_end(units, index)
            if _quoted_document(units, index, last, note_units, is_prose):
                spans.append((index, last))
            index = last + 1
            continue
        marked = (_marked_text(units, index, note_units, is_prose)
                  or _announced_letter(units, index, note_units, is_prose))
        if marked is not None:
            spans.append(marked)
            index = marked[1] + 1
            continue
        if unit.kind != "text" or index in note_units or not (
                _opens_address(unit) or _announced_quotation(units, index)):
            index += 1
            continue
        end = _closing(units, index, note_units, is_prose)
        if end is None or not any(is_prose(units[i]) for i in range(index, end + 1)):
            index += 1
            continue
        spans.append((index, end))
        index = end + 1
    return spans


# The words a telegram sets before and after the text it relays, each alone on its line
# (`Beginning of text:` … `End of text.`, `Text begins` … `Text ends`, `Begin text:` … `End
# text.`): what lies between is the document relayed, without quotation marks.
_TEXT_BEGINS = LazyPattern(r"(?i)^\s*(?:(?:the\s+)?beginning\s+of\s+(?:the\s+)?text|begin\s+text|"
                           r"text\s+begins|start\s+of\s+(?:the\s+)?text)\s*[:.]?\s*$")
_TEXT_ENDS = LazyPattern(r"(?i)^\s*(?:(?:the\s+)?end\s+of\s+(?:the\s+)?text|end\s+text|"
                         r"text\s+ends)\s*[:.]?\s*$")


# A sentence announcing the letter, message, text or information that follows it, ending on
# its colon (`Kim Il Sung asked me to transmit to you the following letter:`, `The Cuban Mission
# distributed tonight the following communiqué, which I give in full:`).
_ANNOUNCES_LETTER = LazyPattern(r"(?i)\bthe\s+following\s+(?:[\w-]+\s+){0,2}(?:letter|message|"
                                r"telegram|cable|note|text|appeal|reply|answer|communiqu[ée]|"
                                r"statement|declaration|memorandum|"
                                # (`I drafted the following points and handed them to …:`,
                                # the quoted paper drafted)
                                r"points|proposals?|draft|"
                                # (`… handed over the following information:` / `“Information`
                                # / `on the official friendship visit …`: a paper of that name)
                                r"information)\b[^.!?]{0,200}:\s*$")


# A sentence saying what the text of a paper says, ending on its colon (`The text of the note
# reads:`, `Its text is as follows:`).
_TEXT_READS = LazyPattern(r"(?i)\b(?:the|its|his|their)\s+(?:full\s+)?text(?:\s+of\s+(?:the|this|"
                          r"his|their)\s+[\w-]+)?\s+(?:reads|runs|is\s+as\s+follows)"
                          r"(?:\s+as\s+follows)?\s*:\s*$")
# A sentence saying it relays what follows, ending on its colon (`For your information [we
# transmit] the assessment … sent by our Embassy in Washington:`).
_RELAYS = LazyPattern(r"(?i)\b(?:transmit|forward|relay|pass(?:ing)?\s+on|communicate)\w*\b"
                      r"[^.!?]{0,200}:\s*$")


# A sentence saying what a paper says, ending on its colon (`The statement of the Revolutionary
# Government, read on radio … by Dorticos, says in its concluding part:`).
# (`… handed over the text of a communication of the MFA of the DPRK, which reads:`)
_PAPER_SAYS = LazyPattern(r"(?i)\b(?:statement|note|letter|message|communiqu[ée]|declaration|"
                          r"appeal|resolution|reply|communication|notification|announcement|"
                          r"text)\b[^.!?]{0,200}\b(?:says|states|reads|"
                          r"declares)\b[^.!?]{0,60}:\s*$")


def _announced_quotation(units: list[Unit], index: int) -> bool:
    """`… the following note, which I attach in translation:` / `"Ministry of Foreign Affairs
    of the USSR` / …: a quotation opening under the sentence that announces it, whatever its
    first line (a letterhead as often as an address)."""
    text = units[index].plain.lstrip()
    if index == 0 or text[:1] not in OPENING_QUOTES or CLOSING_QUOTE.search(text):
        return False
    announcing = units[index - 1]
    if announcing.kind != "text":
        return False
    if _GIVEN_BELOW.search(announcing.plain) is not None:
        return True  # (`… delivered today the note verbale transcribed below, in reply to …`)
    # (a note's mark after the colon is none of the sentence's words: `… protecting power:[1]`)
    sentence = _NOTE_MARK_AT_END.sub("", announcing.plain)
    if not sentence.rstrip().endswith(":"):
        return False
    # (a doubt's mark is none of the sentence's stops: `Comrade Raúl León [?], head of …:`)
    sentence = _MARKS_IN_BRACKETS.sub("", sentence)
    return (_ANNOUNCES_LETTER.search(sentence) is not None
            or _RELAYS.search(sentence) is not None
            or _TEXT_READS.search(sentence) is not None
            or _PAPER_SAYS.search(sentence) is not None)


_MARKS_IN_BRACKETS = LazyPattern(r"\[[^\[\]\w]*\]")
# A footnote's mark ending a line: its number in brackets or in superscript figures, or stars.
_NOTE_MARK_AT_END = LazyPattern(r"(?:\[\d{1,3}\]|\\?\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s*$")
# A paper the sentence says it gives below, in full (`the note verbale transcribed below`,
# `the aide-mémoire that I transcribe below`).
_GIVEN_BELOW = LazyPattern(r"(?i)\b(?:transcribe[sd]?|reproduce[sd]?|quote[sd]?|cop(?:y|ies|ied)|"
                           r"given?|set\s+out)\s+(?:in\s+full\s+)?below\b")


def _announced_letter(units: list[Unit], start: int, note_units: dict[int, str],
                      is_prose: Callable[[Unit], bool]) -> tuple[int, int] | None:
    """The letter a sentence announces at `start` (`… the following letter:`), unquoted, from
    its salutation on its own line (`Dear Comrade Stalin!`) to its signature and dates, when
    someone signs under it (the relaying telegram's signer): its first and last units."""
    opening = start + 1
    # (the colon that ends the sentence asked first: the pattern is searched in every unit)
    if (units[start].kind != "text" or not units[start].text.rstrip().endswith(":")
            or not _ANNOUNCES_LETTER.search(units[start].plain)
            or opening >= len(units) or not _addresses(units[opening])):
        return None
    seen_prose = False
    for index in range(opening + 1, min(len(units), opening + MAX_UNITS)):
        if index in note_units:
            continue
        unit = units[index]
        if is_prose(unit) and not VALEDICTION.match(unit.plain.strip()):
            seen_prose = True
        elif seen_prose and unit.kind == "text" and _signs(unit):
            end = index
            if (VALEDICTION.match(unit.plain.strip()) and end + 1 < len(units)
                    and _signs(units[end + 1])):
                end += 1  # (`With deep respect,` / `Kim Il Sung`: the farewell, then the name)
            end = _past_its_dates(units, end)
            signed_under = end + 1 < len(units) and _signs(units[end + 1])
            return (opening, end) if signed_under else None
    return None


def ends_marked_text(unit: Unit) -> bool:
    """`End of text.`: the line that ends a relayed text, the relaying document's own."""
    return unit.kind == "text" and _TEXT_ENDS.match(unit.text) is not None


def _marked_text(units: list[Unit], start: int, note_units: dict[int, str],
                 is_prose: Callable[[Unit], bool]) -> tuple[int, int] | None:
    """The units between `Beginning of text:` at `start` and the `End of text.` after it, when
    they hold running text: the relayed document's first and last."""
    if units[start].kind != "text" or not _TEXT_BEGINS.match(units[start].text):
        return None
    for end in range(start + 1, len(units)):
        if ends_marked_text(units[end]):
            inner = [i for i in range(start + 1, end) if i not in note_units]
            if inner and any(is_prose(units[i]) for i in inner):
                return start + 1, end - 1
            return None
    return None


# A salutation in a line of its own: a name addressed and an exclamation (`Comrade Mao Zedong!`).
_EXCLAIMED = LazyPattern(r"^[^.!?\n]{2,80}!")
# The lines at a quotation's end that may sign it (a name, then its date).
_SIGNING_LINES = 2


def quoted_whole(units: Sequence[Unit], note_units: Collection[int]) -> bool:
    """Whether one block quotation holds all the text (its notes aside), as an export may set
    a page's text apart."""
    groups = {unit.quote for index, unit in enumerate(units) if index not in note_units}
    return len(groups) == 1 and 0 not in groups


def _quotation_end(units: list[Unit], start: int) -> int:
    """The last unit of the block quotation `units[start]` opens."""
    end = start
    while end + 1 < len(units) and units[end + 1].quote == units[start].quote:
        end += 1
    return end


def _quoted_document(units: list[Unit], start: int, end: int, note_units: dict[int, str],
                     is_prose: Callable[[Unit], bool]) -> bool:
    """A block quotation (`> …`) that is a document of its own, relayed as a telegram relays
    a letter: text, and an address opening it or a signature closing it."""
    lines = [i for i in range(start, end + 1) if i not in note_units]
    if len(lines) < 2 or not any(is_prose(units[i]) for i in lines):
        return False
    # (in quotation marks too, as the page prints them inside the quotation: `> “Cde. Mao
    # Zedong!`)
    first = units[lines[0]].plain.strip().lstrip(OPENING_QUOTES).lstrip()
    addressed = (ADDRESS_START.match(first) is not None and not is_prose(units[lines[0]])) or (
        _EXCLAIMED.match(first) is not None)
    signed = any(len(units[i].plain) <= _SIGNING_LINE and not is_prose(units[i])
                 and _signs(units[i]) for i in lines[-_SIGNING_LINES:])
    return addressed or signed


# Lines that may stand between a covering note's date and the attachment's address (a number,
# a handwritten mark), and the most words an address has.
_BETWEEN_LINES = 3
_ADDRESS_WORDS = 25
# A signing line is short: a paragraph is not looked at as one.
_SIGNING_LINE = 120


def _addresses(unit: Unit) -> bool:
    """`To All Central Committee Bureaus …:`, `Dear Cde.`, `Comrade Stalin!`: an address on its
    own line, not quoted; also under a hand's label (`[handwritten:]` / `Dear Cde.` / `I. V.
    Stalin`: the letter the hand wrote opens there)."""
    text = unit.plain.strip()
    label, _, under = unit.text.strip().partition(LB)
    if under and HAND_LABEL_ALONE.fullmatch(label):
        text = under.partition(LB)[0].strip()
    return (text[:1] not in OPENING_QUOTES and bool(ADDRESS_START.match(text))
            and text.rstrip()[-1:] in ":!." and len(text.split()) <= _ADDRESS_WORDS)


# A line that announces what follows: `[draft follows on next page]`, `Attachment`, `ENCLOSURE 2`.
_ANNOUNCES_ATTACHMENT = LazyPattern(
    r"(?i)^\[?\s*(?:the\s+)?(?:draft|attachment|enclosure|appendix|annex|"
    # (`[attached handwritten letter].`: the translator's word for what follows)
    r"(?:attached|enclosed)\s+(?:[\w-]+\s+){0,2}(?:letter|telegram|cable|note|report|text|"
    r"draft|record|memorandum))\b"
    # (a word's letters the translator supplied are the announcement's: `to point 147 of
    # Pr[otocol] No. 69`)
    r"(?:[^\[\]]|(?<=\w)\[[a-z]+\]){0,60}\]?\.?$|"
    # (the translator's description of it, in its brackets, however long: `[Attachment: Notice
    # of the Hanoi Administrative Committee on …, translated from the Vietnamese]`)
    r"^\[\s*(?:attachment|enclosure|appendix|annex)\s*:[^\[\]]{1,200}\]\.?$|"
    # (so does a title after the word and its colon, however long, no sentence in it:
    # `Attachment: Incidents reported to the embassy by … in West Java, 1-10 December`)
    r"^(?:attachment|enclosure|appendix|annex)\s*:\s*[^\[\].!?]{1,160}$")


def _announces_attachment(text: str) -> bool:
    """Whether the line announces the document attached, in emphasis or not
    (`*Attachment: Incidents reported … 1-10 December*`)."""
    return _ANNOUNCES_ATTACHMENT.match(unemphasised(text)) is not None


# After a covering note's signature, date and the hands that minuted it, its copies and stamps,
# the attachment begins at a line that announces it or at its classification and copy number
# (`Secret Copy Nº 1`, `cues.MARKING_THEN_COPY`).
_MINUTED_LINES = 16
# A remark of the translator's or the editor's, wholly in brackets, between the note and what
# it attaches (`[Translator's note: another version of this note …]`): no text of either.
_EDITORS_REMARK = LazyPattern(r"^\[.*\]$")


# A line that says which point of a session's protocol the document after it belongs to (`Re:
# Point 33, Protocol No. 187`, `To p.422(op) pr.PB No. 84`): under a decision's text, the
# draft or the note the decision adopts begins there.
_TO_PROTOCOL_POINT = LazyPattern(
    r"(?i)^(?:to|re:?|per|ref\.?|reference|in reference to)\s+(?:p\.\s?|point|item)\s*[\dIVX]+"
    r"\b.{0,40}\b(?:pr\.|prot\.|protocol|minutes)")
_PROTOCOL_POINT_WORDS = 12


def names_its_decision(text: str) -> bool:
    """Whether a line announces the document after it as a decision's or a note's attachment
    (`Attachment to the Decision of the Politburo #78 on #118`, `Re: Point 33, Protocol No.
    187`, `[draft follows on next page]`): its numbers are the decision's, not the
    attachment's own."""
    return bool(_TO_PROTOCOL_POINT.match(text) or _announces_attachment(text))


def _protocol_attachment(units: list[Unit], note_units: dict[int, str],
                         prose: _Prose) -> int | None:
    """A decision's attachment: the line naming the protocol's point, with the decision's text
    before it and the attachment's text after it."""
    for index, unit in enumerate(units[1:-1], start=1):
        text = unit.plain.strip()
        if (unit.kind == "text" and index not in note_units
                and len(text.split()) <= _PROTOCOL_POINT_WORDS
                and _TO_PROTOCOL_POINT.match(text)
                and prose.any_before(index) and prose.any_from(index + 1)):
            return index
    return None


class _Prose:
    """Which units are prose, counted once for the questions asked at every signing line (how
    many paragraphs stand before it, whether one follows it, whether the text before it says
    it sends a paper): asked anew at each line, they cost the square of a closing's lines."""

    def __init__(self, units: list[Unit], is_prose: Callable[[Unit], bool],
                 note_units: Collection[int] = ()) -> None:
        self.units, self.is_prose, self.note_units = units, is_prose, note_units

    @cached_property
    def _flags(self) -> list[bool]:
        # (a footnote's text at the foot is no paper's text: `Copies to:` / … / `[1] The
        # Swedish reply … is not in the file.` under a report's signature)
        return [index not in self.note_units and self.is_prose(unit)
                for index, unit in enumerate(self.units)]

    @cached_property
    def _follows(self) -> list[bool]:
        follows = [False] * (len(self.units) + 1)
        for index in range(len(self.units) - 1, -1, -1):
            follows[index] = self._flags[index] or follows[index + 1]
        return follows

    @cached_property
    def _counts(self) -> tuple[list[int], list[int]]:
        """Before each unit: the paragraphs, and the paragraphs but the translator's
        annotations wholly in brackets."""
        paragraphs, unannotated = [0], [0]
        for unit, prose in zip(self.units, self._flags, strict=True):
            paragraphs.append(paragraphs[-1] + prose)
            unannotated.append(unannotated[-1] + (prose and not is_bracketed_remark(unit.text)))
        return paragraphs, unannotated

    @cached_property
    def _first_sending(self) -> int | None:
        """Which of the first paragraphs (counted from 1) is the first to say it sends a paper:
        only a note of a few paragraphs is asked (`sends_before`)."""
        paragraphs = (index for index, prose in enumerate(self._flags) if prose)
        for rank, index in enumerate(paragraphs, start=1):
            if rank > _COVERING_UNITS:
                return None
            if _SENDS.search(self.units[index].plain) is not None \
                    and not self._announces_what_follows(index):
                return rank
        return None

    def _announces_what_follows(self, index: int) -> bool:
        """`The empowered representative … submits the following information on this
        question:` and a paragraph under it: the paper is the text that follows, not one
        attached under the signature."""
        return (self.units[index].plain.rstrip().endswith(":")
                and index + 1 < len(self.units) and self._flags[index + 1])

    def any_from(self, index: int) -> bool:
        """Whether a paragraph stands at `index` or after it."""
        return self._follows[min(index, len(self.units))]

    def any_before(self, index: int) -> bool:
        return self._counts[0][index] > 0

    def unannotated_before(self, index: int) -> int:
        return self._counts[1][index]

    def sends_before(self, index: int) -> bool:
        """Whether the covering note before `index` says it sends something: its few
        paragraphs name what they send."""
        before = self._counts[0][index]
        first = self._first_sending if 0 < before <= _COVERING_UNITS else None
        return first is not None and first <= before


def attachment_start(units: list[Unit], note_units: dict[int, str],
                     is_prose: Callable[[Unit], bool]) -> int | None:
    """The first unit of a document attached to a covering note: an address after the note's
    signature and its date, or a line that announces it (`[draft follows on next page]`), with
    text after it (the note's signature and date are its closer; the attachment, to the end,
    its postscript); or, under a decision, the line that names its protocol's point. A note's
    text under the signature opens none (`* The writing of the Chinese names …`)."""
    start = _attachment_start(units, note_units, is_prose)
    return None if start in note_units else start


def _attachment_start(units: list[Unit], note_units: dict[int, str],
                      is_prose: Callable[[Unit], bool]) -> int | None:
    # (The cheap tests first, at every unit; whether text is prose only where one signs.)
    prose = _Prose(units, is_prose, note_units)
    for index, unit in enumerate(units[:-2]):
        if (unit.kind != "text" or len(unit.text) > _SIGNING_LINE or index in note_units
                or not _signs(unit)):
            continue
        after = index + 1
        if typed_name(units[after].plain.strip()) and after + 1 < len(units) - 1:
            after += 1  # `/Signature/` / `(V. Semyonov)` / `28 February 1959`
        if not _dated(units[after]):
            start = _marked_after_undated(units, after, is_prose,
                                          farewell=bool(VALEDICTION.match(unit.plain.strip())))
            if (start is not None and not is_prose(unit)
                    and prose.unannotated_before(index) >= (
                        _COVERING_PARAGRAPHS if _paper_title(units[start].text) else 1)
                    and prose.any_from(start + 1)):
                # `(Signed)Deputy Minister …` / `Perevertkin` / `Top Secret`; `[signature]` /
                # `(I. KURDYUKOV)` / the copies and the registry's number / `Secret. Copy Nº
                # 5`: undated, the next document opens on its classification
                return start
            if not is_prose(unit) and prose.sends_before(index):
                # `… is sending you the minutes of the conversation` / `/W. Lewandowska/` /
                # `Minutes of the Conversation …`: what the note said it sends, after its
                # signature (a farewell's name and date under it, its closer's)
                start = _past_the_closer(units, after, prose)
                if start is not None:
                    return start
            continue
        for start in range(after + 1, min(len(units), after + 2 + _MINUTED_LINES)):
            text = units[start].plain.strip()
            if not ((start <= after + 1 + _BETWEEN_LINES and _addresses(units[start]))
                    or _announces_attachment(text) or MARKING_THEN_COPY.match(text)):
                if is_prose(units[start]) and not _EDITORS_REMARK.match(text):
                    break
                continue
            if (not is_prose(unit) and prose.unannotated_before(index) > 0
                    and prose.any_from(start + 1)):
                return start
            break
        if not is_prose(unit) and prose.sends_before(index):
            # (no address or announcement under the date) `I send you a Russian translation of
            # a telegram …` / `Zhou Enlai` / `16 September 1952.` / the telegram's text
            start = _past_the_closer(units, after + 1, prose)
            if start is not None:
                return start
    return _protocol_attachment(units, note_units, prose)


# A covering note that says it sends a paper (`I send you a Russian translation of a
# telegram`, `the Secretariat is sending [you] the minutes`, `We would like to send you two
# copies of the minutes`): what follows its signature and date is that paper.
_SENDS = LazyPattern(
    r"(?i)\b(?:send|sends|sending|transmit(?:s|ting)?|forward(?:s|ing)?|enclos(?:e|es|ing)|"
    r"attach(?:es|ing)?|submit(?:s|ting)?|"
    # (not those present: `Present at the conversation were …`)
    # (nor the present one: `of the present month`)
    r"(?<!\bthe\s)(?<!\bthis\s)present(?:s|ing)?(?!\s+(?:at|in|were|was|are|is|during)\b)|"
    # (`we attached a recorded conversation`: the writer's own act, not `the attached draft`)
    r"(?<=\bwe\s)attached|(?<=\bI\s)(?:attached|enclosed|submitted)|"
    # (`I report the letter from KIM IL SUNG …`: the paper reported, not that something happened)
    r"report(?:s|ing)?(?=\s+(?:to\s+you\s+)?(?:the|a|an)\s))"
    r"\b[^.]{0,80}?\b(?:telegrams?|cables?|minutes|reports?|letters?|records?|cop(?:y|ies)|texts?|notes?|memorand(?:um|a)|transcripts?|translations?|"
    r"protocols?|documents?|drafts?|information|conversations?|materials?|resolutions?|"
    r"decisions?|declarations?|statements?)\b")
_COVERING_UNITS = 4


def _past_the_closer(units: list[Unit], first: int, prose: _Prose) -> int | None:
    """The first unit after the names and dates that close a note, from `first`, if text
    follows it (the receiver's remarks on the note among them: `[to the archives]` / `[signed]
    Ivanov` / `12 July`)."""
    start, is_prose = first, prose.is_prose
    while start < len(units) - 1 and not is_prose(units[start]) and (
            _signs(units[start]) or _dated(units[start])
            or _note_kept(units[start].plain.strip())
            or is_bracketed_remark(units[start].plain)) and not _paper_title(units[start].text):
        start += 1
    if start >= len(units) or not prose.any_from(start):
        return None
    return start


# How the note itself was made and kept, under its signature: `Two copies printed` / `1 - to
# the addressee` / `2 - to file` / `Drafted by Chukov` (the paper it sends comes after them).
_NOTE_KEPT = LazyPattern(rf"(?i)^(?:{COPIES_MADE})|^\d{{1,2}}\s*[-–—.)]\s*to\s+(?:the\s+)?\w")


def _note_kept(text: str) -> bool:
    """`Two copies printed`, `2 - to file`, `Drafted by Chukov`, `Copies: Stalin (2), Molotov,
    …`, `No. 2250`: how the note was made and kept, and its number."""
    return (_NOTE_KEPT.match(text) is not None or RECEIPT.match(text) is not None
            or one_line_list(text) or _NUMBER_ALONE.fullmatch(text) is not None)


_NUMBER_ALONE = LazyPattern(r"(?:No\.?|Nº|N°|№)\s*\d[\w/.-]*\.?")


# A covering note sends a record under its title with a few paragraphs of its own; a
# resolution over a report (`Seen and approved, can be sent!` / `J. Kádár, 30 December`) has
# one line, and the report is the document.
_COVERING_PARAGRAPHS = 2


# The kinds of paper a covering note sends besides records (`SERVICE NOTE`, `TELEGRAM`): in
# capitals under the note's signature, the title of what it sends, not a signer's name.
_PAPER_KIND = LazyPattern(r"(?i)\b(?:note|telegram|cable|letter|memo|statement|appendix|annex"
                          r"|attachment|enclosure|certificate)\b")


def _paper_title(text: str) -> bool:
    first_line = text.split(LB, 1)[0].strip()
    return _record_title(text) or (is_uppercase_line(first_line)
                                   and _PAPER_KIND.search(first_line) is not None)


def _record_title(text: str) -> bool:
    """`TRANSCRIPT OF THE CONVERSATION`: a record's title in capitals, on the unit's first line
    (`N. Khrushchev` / `35-pp` / `6 October 1960` / `vv` over it: the record the note sends)."""
    first_line = text.split(LB, 1)[0].strip()
    return is_uppercase_line(first_line) and RECORD_KIND.search(first_line) is not None


def _marked_after_undated(units: list[Unit], after: int, is_prose: Callable[[Unit], bool],
                          *, farewell: bool = False) -> int | None:
    """The classification or the title (`FACTUAL NOTE REGARDING …`) that opens the next
    document under an undated signature, after the
    offices' lines (copies, numbers, dates, hands' notes) and before any text; under a letter's
    farewell (`With socialist greetings` / `[signed]` / `Oskar Fischer`), also the line that
    announces it (`Appendix`; under an office's signature, `Attachment to the Decision …`
    names the decision the text before it takes)."""
    for start in range(after, min(len(units), after + 1 + _MINUTED_LINES)):
        text = units[start].plain.strip()
        # (the unit's first line: `Secret. Copy Nº 5` over `to the CPSU CC`)
        first_line = units[start].text.split(LB, 1)[0].strip()
        if (CLASSIFICATION_LINE.match(first_line) or MARKING_THEN_COPY.match(first_line)
                or ((farewell or _set_as_heading(first_line)) and _announces_attachment(text))
                or _paper_title(first_line)):
            return start
        if is_prose(units[start]) and not _EDITORS_REMARK.match(text):
            return None
    return None


def _set_as_heading(line: str) -> bool:
    """`DRAFT!`, `**Draft resolution**`: a line set apart as a heading is (in capitals or
    wholly emphasised), which a signer's office or the text's own words are not."""
    return wholly_emphasised(line) or is_uppercase_line(line)


MAX_UNITS = 200
"""A relayed message runs at most this many units (paragraphs and lines): the search for its
end never reads a whole long file again for every quotation mark in it."""


def _closing(units: list[Unit], start: int, note_units: dict[int, str],
             is_prose: Callable[[Unit], bool]) -> int | None:
    window = range(start, min(len(units), start + MAX_UNITS))
    for index in window[1:]:
        if units[index].kind == "text" and CLOSING_QUOTE.search(units[index].plain):
            return index
    prose = [i for i in window if i not in note_units and is_prose(units[i])
             and not VALEDICTION.match(units[i].plain.strip())]
    if not prose:
        return None
    cursor = prose[-1] + 1
    if cursor >= len(units) or not _signs(units[cursor]):
        return None
    return _past_its_dates(units, cursor)


def _past_its_dates(units: list[Unit], signed: int) -> int:
    """The last unit of a relayed document's signature at `signed`: the dates right under it
    are its too."""
    end = signed
    while end + 1 < len(units) and _dated(units[end + 1]):
        end += 1
    return end
