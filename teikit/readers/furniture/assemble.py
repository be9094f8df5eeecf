"""From classified pieces to placements: the furniture lines grouped as the document prints
them (a list under its heading, a valediction with its name, a title under a signature, a
registry number with its date), in the zone TEI allows them.

A distribution list among the opening furniture stays in the opener (in a note: an opener
holds no list); a list after the text opens the postscript.
"""

from __future__ import annotations

import re

from teikit.lazy_pattern import LazyPattern
from teikit.markings import unspaced
from teikit.model import Role
from teikit.offices import TITLES
from teikit.readers.furniture import lists, one_line, opener
from teikit.readers.furniture.classifier import Decision
from teikit.readers.furniture.cues import (
    ADDRESS_START,
    BRACKETED,
    CLASSIFICATION_LINE,
    CODE_TOKEN,
    ENUMERATED,
    FORM_NAME,
    MARK_ALONE,
    NUMBER_AT_START,
    OFFICE_LINE,
    OFFICE_TITLE,
    ONE_BRACKET,
    OPEN_END,
    PRECEDENCE,
    RECEIPT,
    SENDING,
    SIGNATURE_MARK,
    SPACED_CAPITALS,
    TIME,
    VALEDICTION,
    date_only,
    is_short_sentence,
)
from teikit.readers.furniture.opener import MEETING_LABEL
from teikit.readers.furniture.placement import Placement, is_date_only, join_lines
from teikit.readers.furniture.sequence import Piece
from teikit.readers.furniture.settled import cut_off_opening, is_period, settled_role
from teikit.readers.line_tests import LineTests
from teikit.readers.lines import (
    SALUTE_LINE,
    copies_by_name,
    is_name_line,
    is_signer_line,
    is_uppercase_line,
    names_address,
    typed_name,
    unemphasised,
)
from teikit.readers.units import LB, Unit, ends_sentence
from teikit.rules.lexicon import is_nationality

# Words that join an office's title, not a name's parts (`SECRETARY OF THE CC`).
_OFFICE_JOINERS = frozenset("of the and for to in at on".split())
# `Signed` alone on its line, over the signer's name.
_SIGNED_LABEL = re.compile(r"(?i)^\[?signed\]?:?$")
_STAMP_LABEL = re.compile(r"(?i)^\[?stamp(?:ed)?\b[^:]{0,30}:")
_ADDRESS_LINES = 4
AFTERWORD_WORDS = 30
"""A closing instruction after the signature ("Send this to … immediately.") is short."""


# The quotation marks that close a relayed message after its sign-off's date.
_CLOSING_QUOTE = LazyPattern(r"^[”\"»’']\.?$")


def _closes_relayed(text: str, span: tuple[int, int]) -> bool:
    """Whether `text` ends on a date in figures and the quotation mark closing a relayed
    message (`Kim Il Sung 29.6.51”`, `13.6.51"`)."""
    date = text[span[0] : span[1]]
    return (not any(c.isalpha() for c in date)
            and _CLOSING_QUOTE.match(text[span[1]:].strip()) is not None)


def _dated_from(unit: Unit, tests: LineTests) -> bool:
    """`from 29.V.1980` alone on its line under a Central Committee's letterhead: the date of
    the record the extract is from, as its form prints it."""
    span = tests.date_span(unit.text)
    return (span is not None and not unit.text[span[1]:].strip(" .,")
            and unit.text[: span[0]].strip().lower() in ("from", "of", "dated")
            # (`From 30 October to 14 November 1956`: the period a journal covers)
            and _DAYS_TO.search(unit.text, span[0], span[1]) is None)


_DAYS_TO = LazyPattern(r"\s(?:to|through|till|until)\s")


# Where a cable came from, or the office that took it in, then when it was received (`from
# PEKING received at 13:55 …`, `Telegram from Pyongyang received 1 Dec. 1961`, `Tenth
# Department Received 18:35 21.XI.1951`).
_FROM_RECEIVED = LazyPattern(r"(?i)^(?:(?:telegram|cable)\s+)?from\s+[A-ZА-Я][\w’'-]+[.,]?\s+"
                             r"(?:N[º°o]\.?\s*\d+\s+)?received\b|"
                             r"^(?-i:(?:[A-Z][\w-]*\s+){1,3})(?:received|arrived)\s+(?:at\s+)?\d|"
                             # (`July 11, 10:55 – Received at MOFA`: the date and hour, then
                             # what came in then)
                             r"^[\w ,.:]{4,30}\d\s+[–—-]\s*(?:received|arrived)\b")
# A place the telegram came from, then its date at once (`from Stockholm June 5, 19.00 hrs`).
_FROM_PLACE_DATED = LazyPattern(r"^[Ff]rom\s+[A-ZА-Я][\w’'-]+(?:\s+[A-ZА-Я][\w’'-]+)?,?\s+"
                                r"(?:on\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")
_SENT_AT_HOUR = LazyPattern(r"(?i)\bat\s+\d{1,2}[:.][0-5]\d\b")
# (two figures before the year too, past the months: `90/1961`; `12/1961` may be a month)
_FILE_NUMBER = LazyPattern(r"(?:\d{3,6}|1[3-9]|[2-9]\d)/\d{1,4}")
_TABLE_RULE = LazyPattern(r"[|+\-=\s]*\|[|+\-=\s]*")


# The mark before an office (`(Signed)Deputy Minister …`); a name wholly in brackets (`[Ewald
# Moldt]`).
_MARK_FIRST = LazyPattern(r"(?i)^[\[(](?:signed|signature)[\])]\s*")
_BRACKETED_NAME = LazyPattern(r"^\[[^\[\]]+\]$")
# A time of day before a date on its line: `2:00 A.M., `, `10.30 p.m. `, `23:45, `, `1 A.M., `.
_TIME_BEFORE_DATE = LazyPattern(
    r"(?i)^\s*\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|hrs?\.?)?|\s*[ap]\.?\s?m\.?),?\s*$")
# A postscript says so, however long (`P.S.: Please call …`).
_POSTSCRIPT_MARK = LazyPattern(r"^\s*P\.\s?S\.")
# A paragraph the editor wrote, all of it in one bracket (`[3 pages of brief handwritten notes
# follow, …]`): however long, no text of the document's after its signature.
_EDITORS_ALONE = LazyPattern(r"^\s*\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\s*$")
def _registry_code(text: str) -> bool:
    """`648-VK`: a code with figures, no space in it (no name a list or a signature gives)."""
    return " " not in text and any(c.isdigit() for c in text)


# A note written by hand, wholly in its bracket, brackets inside it or not.
_HANDWRITTEN_NOTE = LazyPattern(
    r"(?i)^\[\s*(?:handwritten|in (?:\w+(?:'s|’s)? )?hand(?:writing)?)\b[^\]]*:.*\]\.?$",
    re.DOTALL)
# What the hand reports before it signs: a sentence of a few words (`Two copies were sent to
# Cde. O.A. Troyanovsky (Council of Ministers).`).
_REPORT_WORDS = 5


def _hour_over_day(text: str) -> Role | None:
    """The role of `Received at 0450,` (a docket's) or `Sent at 0850,` (a dateline's): the
    hour a telegram came in or left, on a line that ends on a comma, its day on the next."""
    if not text.endswith(","):
        return None
    if RECEIPT.match(text):
        return Role.DOCKET
    return Role.DATELINE if SENDING.match(text) else None


def _marked_signing(text: str, closing: bool) -> bool:
    """A line with a signature's mark that is a signing line. A note written by hand and
    signed is the hand's: over the text, a resolution on the document (`[handwritten: "to Cdes.
    … 9 April 1960 [illegible signature]"]`); under it, a clerk's report of what became of the
    paper (`[Handwritten text: “Two copies were sent to … . /Signature/ 3 March 1959”]`)."""
    mark = SIGNATURE_MARK.search(text)
    if mark is None:
        return False
    if _HANDWRITTEN_NOTE.match(text) is None:
        return True
    said = text[text.find(":") + 1 : mark.start()].strip(" “”\"")
    return closing and not (len(said.split()) >= _REPORT_WORDS and said.endswith("."))


# A line that is one handwritten addition (`[Handwritten: V. Molotov]`).
_HANDWRITTEN_LINE = LazyPattern(
    r"(?i)^\[\s*(?:handwritten|in (?:\w+(?:'s|’s)? )?hand(?:writing)?)\s*:\s*"
    r"(?P<inner>[^\[\]]+)\]\.?$")


_DASHED = LazyPattern(r"^(?P<office>.{3,80}?)\s[-–—]\s(?P<name>[^-–—]{3,60})$")


def _office_dash_name(text: str) -> bool:
    """`Head of the East Turkestan Government - ALIHAN TORE [SHAKIRJAN]`: the office, a dash,
    the signer's name in capitals."""
    found = _DASHED.match(text)
    if found is None or OFFICE_TITLE.search(found["office"]) is None:
        return False
    name = " ".join(BRACKETED.sub(" ", found["name"]).split())
    return is_name_line(name) and name.upper() == name


# `– Monori – 423 –`: a cipher telegram's signer and number between dashes.
_FRAMED = LazyPattern(r"^[-–—]\s*(?P<inner>.+?)\s*[-–—]$")


def _framed_signature(text: str) -> bool:
    found = _FRAMED.match(text)
    return found is not None and any(
        is_name_line(part.strip()) and not part.strip()[:1].isdigit()
        for part in re.split(r"\s*[-–—]\s*", found["inner"]))


def _numbered_in_brackets(text: str) -> bool:
    """A number's label whose number and all else are in brackets (`Nº [handwritten: 328/ag]
    [signature]`)."""
    label = NUMBER_AT_START.match(text)
    return (label is not None and "[" in text
            and not BRACKETED.sub(" ", text[label.end():]).strip(" .,"))


def text_role(text: str) -> Role:
    """The role of a furniture line that no scored role claims: what it still is."""
    plain = text.replace("[", "").replace("]", "").strip()
    if RECEIPT.match(plain):
        return Role.DOCKET
    if SALUTE_LINE.match(text) or names_address(text):
        return Role.SALUTE  # (`Peng [Dehuai] and Huang [Kecheng]:`, short enough for a line)
    if PRECEDENCE.match(plain):
        return Role.PRECEDENCE
    plain = unspaced(plain)  # (`N o t e`)
    form = FORM_NAME.match(plain)
    if form and len(plain.split()) <= 4 and (plain.upper() == plain
                                             or not plain[form.end():].strip(" .")):
        return Role.FORM  # `CIPHERED TELEGRAM No. 8600`, `Ciphered Telegram`; not `Note:`
    return Role.LINE


SCORED_ROLES = {
    "signed": Role.SIGNED,
    "dateline": Role.DATELINE,
    "classification": Role.CLASSIFICATION,
    "stamp": Role.STAMP,
}


class Assembler:
    def __init__(self, pieces: list[Piece], decisions: list[Decision | None],
                 note_units: dict[int, str], tests: LineTests) -> None:
        self.tests = tests
        self.pieces = pieces
        self.decisions = decisions
        self.note_units = note_units
        self.out: list[Placement] = []
        self.text_begun = False
        """Whether a paragraph of the running text is placed (what is placed is not searched:
        a file of many lines asks this of each)."""
        self.signed_zones: set[str] = set()
        """The zones a signature is placed in."""
        self.dated_zones: set[str] = set()
        """The zones a dateline is placed in."""
        self.in_postscript = False
        self.opener_closed = False
        self.signed_by_position: set[int] = set()
        self.last_main = -1
        self.after_main_notes = 0
        self.roles = [piece.kind if decision is None else settled_role(
            decision.role, piece.unit.plain, pieces[i + 1].unit.plain if i + 1 < len(pieces)
            else None) for i, (piece, decision) in enumerate(zip(pieces, decisions, strict=True))]
        """Each piece's role: the table's, unless its words settle it (`settled`)."""

    def role(self, index: int) -> str:
        return self.roles[index]

    def zone(self, piece: Piece) -> str:
        if piece.zone == "opener" and self.opener_closed:
            return "main"
        if piece.zone == "closer" and self.in_postscript:
            return "postscript"
        return piece.zone

    def run(self) -> list[Placement]:
        self._close_before_afterword()
        mains = [i for i, p in enumerate(self.pieces) if p.zone == "main"]
        self.last_main = mains[-1] if mains else -1
        # The first piece after the last main one that is not a note: a note before it
        # follows the text with notes alone between them.
        self.after_main_notes = self.last_main + 1
        while (self.after_main_notes < len(self.pieces)
               and self.pieces[self.after_main_notes].kind == "note"):
            self.after_main_notes += 1
        index = 0
        while index < len(self.pieces):
            index = self.place(index)
        opener.revise(self.out, self.tests)
        return self.out

    def _close_before_afterword(self) -> None:
        """A signature between paragraphs, followed only by a short instruction, closes the
        document: the signature and its date go to the closer, the instruction after them to
        the postscript."""
        for index, piece in enumerate(self.pieces):
            if piece.zone != "main" or piece.kind != "line" or not self._signs_here(index):
                continue
            after = self.pieces[index + 1:]
            prose = [p for p in after if p.kind == "prose"]
            if prose and len(prose) <= 2 and all(
                    len(p.unit.plain.split()) <= AFTERWORD_WORDS
                    or _POSTSCRIPT_MARK.match(p.unit.plain) or _EDITORS_ALONE.match(p.unit.plain)
                    for p in prose):
                start = index
                while (start > 0 and self.pieces[start - 1].zone == "main"
                       and self.pieces[start - 1].kind == "line"
                       and self.role(start - 1) in ("dateline", "number")):
                    start -= 1  # `“6” May 1953` / `Witness: [signature]`: dated, then signed
                if self.role(index) != "signed" and not self._dated_name(index):
                    self.signed_by_position.add(index)
                if (start == index and start > 0 and self.pieces[start - 1].zone == "main"
                        and self.pieces[start - 1].kind == "line"
                        and self._office_over_signer(start - 1, start)):
                    start -= 1  # `HEAD OF THE SOVIET DELEGATION …` / `General-Colonel – T.
                    # SHTYKOV`: the office the signer holds, over the signature
                for later in self.pieces[start:]:
                    if later.zone == "main":
                        later.zone = "postscript" if later.kind == "prose" else "closer"
            return

    def _signs_here(self, index: int) -> bool:
        """A signature between paragraphs: a line given that role, or a bare name with the
        date right under it."""
        if self.role(index) == "signed" or self._dated_name(index) or self._name_in_capitals(index):
            return True
        following = index + 1
        return (is_name_line(self.pieces[index].unit.plain.strip())
                and following < len(self.pieces) and self.pieces[following].kind == "line"
                and (self.role(following) == "dateline"
                     or self._dated(self.pieces[following].unit)))

    def _name_in_capitals(self, index: int) -> bool:
        """`LUIZ LEIVAS BASTIAN PINTO` between the text and a short note after it: a signer's
        name of a few words in capitals."""
        text = self.pieces[index].unit.plain.strip()
        tokens = text.split()
        return (2 <= len(tokens) <= 4 and text.upper() == text and is_name_line(text)
                and all(t.strip(".").replace("-", "").isalpha()
                        and t.lower() not in _OFFICE_JOINERS and t.lower() not in TITLES
                        and not is_nationality(t.lower()) for t in tokens))

    def _dated_name(self, index: int) -> bool:
        """`13.1.51 ROSHCHIN`: the date and the signer's name on one line."""
        text = self.pieces[index].unit.plain
        span = self.tests.date_span(text)
        name = one_line.name_after_date(text, span) if span is not None else None
        return name is not None and name.upper() == name

    def add(self, zone: str, kind: str, unit: Unit, role: Role | None = None) -> None:
        self.out.append(Placement(zone, kind, unit, role))
        if zone == "main" and kind == "paragraph":
            self.text_begun = True
        if role is Role.SIGNED:
            self.signed_zones.add(zone)
        elif role is Role.DATELINE:
            self.dated_zones.add(zone)

    def _addresses_the_text(self, index: int) -> bool:
        """The first paragraph is the address when it is titles and names alone before a
        colon (`Chairman [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee:`) and
        the text follows it: decided here, after the roles, so that the table's lines stay
        those it was fitted on."""
        piece = self.pieces[index]
        return (piece.zone == "main" and not self.text_begun and not self.opener_closed
                and all(p.zone == "opener" for p in self.out)
                and names_address(piece.unit.plain.strip())
                and any(p.kind == "prose" and p.zone == "main"
                        for p in self.pieces[index + 1:]))

    def place(self, index: int) -> int:
        piece = self.pieces[index]
        if piece.kind == "note":
            return self.note(index)
        if piece.kind == "rule":
            self.add(self.zone(piece), "rule", piece.unit)
            return index + 1
        if piece.kind == "heading":
            self.add("main", "heading", piece.unit)
            return index + 1
        if piece.kind in ("prose", "line") and piece.zone == "main" and self._heads_section(index):
            # `1. The Conversation with Eden` between paragraphs: a part's heading, whatever
            # its number made of it (`2. The conversation with Mendes-France.` too)
            self.add("main", "heading", piece.unit)
            return index + 1
        if piece.kind == "prose":
            if piece.zone == "postscript":
                self.in_postscript = True
            if self._addresses_the_text(index):
                self.add("opener", "furniture", piece.unit, Role.SALUTE)
                return index + 1
            self.add(piece.zone if piece.zone == "postscript" else "main", "paragraph",
                     piece.unit)
            return index + 1
        if self.role(index) == "distribution" or self._opens_list(index):
            return self.distribution(index)
        end = self._addressed_to_several(index)
        if end > index + 1:
            self._add_list(piece, [self.pieces[at].unit for at in range(index, end)])
            return end
        if piece.zone == "main":
            return self.main_line(index)
        return self.furniture(index)

    def note(self, index: int) -> int:
        piece = self.pieces[index]
        zone = piece.zone
        marker = self.note_units[piece.source]
        if zone == "closer":
            follows_text = self.after_main_notes >= index
            if marker == "*" and follows_text:
                zone = "main"  # the footnote of the last paragraph, printed right after it
            else:
                zone = "postscript"  # endnotes: whatever follows them is postscript too
                self.in_postscript = True
        elif zone == "opener" and self.opener_closed:
            zone = "main"
        self.out.append(Placement(zone, "note", piece.unit, marker=marker))
        return index + 1

    def main_line(self, index: int) -> int:
        piece = self.pieces[index]
        role = self.role(index)
        if self._opens_entry(index):
            self.add("main", "entry", piece.unit, Role.DATELINE)
            return index + 1
        if self._heads_section(index):
            self.add("main", "heading", piece.unit)
            return index + 1
        marked = one_line.marking_and_copy(piece.unit, Role.DOCUMENT_NUMBER)
        if marked is not None:
            # `Secret. Copy Nº 5` over the second document of the page, whatever the table said
            return self._add_split("main", marked, index)
        if role == "classification" or CLASSIFICATION_LINE.match(
                unemphasised(piece.unit.plain.strip())):
            self.add("main", "furniture", piece.unit, Role.CLASSIFICATION)
            return index + 1
        plain = piece.unit.plain.strip()
        if PRECEDENCE.fullmatch(unemphasised(plain).strip(" .!")):
            # `Top Priority` between the heading lines of a draft and its text
            self.add("main", "furniture", piece.unit, Role.PRECEDENCE)
            return index + 1
        if role == "number" and (NUMBER_AT_START.match(plain) or CODE_TOKEN.fullmatch(plain)):
            split = one_line.number_marking_and_precedence(piece.unit, Role.REGISTRY)
            if split is not None:
                # `Number 2629 Secret Top Urgent` under the cable's title: its markings too
                return self._add_split("main", split, index)
            self.add("main", "furniture", piece.unit, Role.REGISTRY)
            return index + 1
        # Text lines of one unit stay one paragraph, with their line breaks.
        end = index
        while (end + 1 < len(self.pieces) and self.pieces[end + 1].kind == "line"
               and self.pieces[end + 1].source == piece.source
               and self.pieces[end + 1].zone == "main"
               and self.role(end + 1) not in ("classification", "distribution")):
            end += 1
        group = self.pieces[index:end + 1]
        unit = join_lines(*(piece.unit for piece in group))
        self.add("main", "paragraph", unit, None)
        return end + 1

    def _opens_entry(self, index: int) -> bool:
        """A date alone on its line between two paragraphs (`3 June 1957`): a journal's next
        entry begins."""
        following = index + 1
        return (following < len(self.pieces) and self.pieces[following].kind == "prose"
                and self.text_begun
                and is_date_only(self.pieces[index].unit, self.tests))

    def _heads_section(self, index: int) -> bool:
        """A short numbered title between two paragraphs (`II. Foreign policy`): a section's
        heading, as a Markdown heading would be."""
        following = index + 1
        if not (following < len(self.pieces) and self.pieces[following].kind == "prose"
                and self.text_begun):
            return False
        text = self.pieces[index].unit.plain.strip()
        if _SECTION_TITLE.match(text) is not None:
            return True
        # `2. The conversation with Mendes-France.` after `1. The Conversation with Eden`
        # headed a section: the next number's title, though it ends on a stop
        number = _SECTION_NUMBER.match(text)
        return (number is not None and text.endswith(".")
                and _SECTION_TITLE.match(text[:-1]) is not None
                and any(p.kind == "heading" and p.zone == "main"
                        and p.unit.plain.strip().startswith(f"{int(number['n']) - 1}.")
                        for p in self.out))

    def _place_opens_letter(self, index: int, text: str) -> bool:
        """A place alone on a line of the opening furniture, over the date (not the form's name,
        a marking or an address: `Telegram`, `Secret`, `Comrade`)."""
        return (self.pieces[index].zone == "opener" and self.role(index) in ("text", "dateline")
                and FORM_NAME.fullmatch(text.upper()) is None
                and CLASSIFICATION_LINE.match(text) is None and PRECEDENCE.match(text) is None
                and ADDRESS_START.match(text) is None)

    def _opens_list(self, index: int) -> bool:
        following = index + 1
        if following + 1 < len(self.pieces) and self.pieces[following].kind == "rule":
            following += 1  # `Two copies printed` / a rule / `1 - to the addressee`
        next_text = (self.pieces[following].unit.plain.strip()
                     if following < len(self.pieces) and self.pieces[following].kind == "line"
                     else None)
        return lists.opens_list(self.pieces[index].unit.plain.strip(), next_text)

    def _addressed_to_several(self, index: int) -> int:
        """The end of a run of addresses to comrades over the text, a line each (`To Cde.
        Stalin` / `To Cde. Molotov` / …): the several it was sent to, a list."""
        end = index
        while (end < len(self.pieces) and self.pieces[end].kind == "line"
               and self.pieces[end].zone == "opener"
               and lists.addresses_a_comrade(self.pieces[end].unit.plain)):
            end += 1
        return end

    def _list_goes_on(self, head: int, index: int) -> bool:
        text = self.pieces[index].unit.plain.strip()
        if index == head + 1 and lists.counted_then_sent(self.pieces[head].unit.plain.strip(),
                                                         text):
            return True
        if lists.starts_another(text) or is_date_only(self.pieces[index].unit, self.tests):
            return False  # a date is nobody a list names
        if (_registry_code(text) and index + 1 < len(self.pieces)
                and is_date_only(self.pieces[index + 1].unit, self.tests)):
            return False  # `648-VK` over `V.X.51`: the registry's number and date, nobody named
        if index - 1 > head and lists.numbers_ended(
                self.pieces[index - 1].unit.plain.strip(), text):
            return False
        if (self.role(index) == "distribution" or ENUMERATED.match(text)
                or lists.copies_go_on(self.pieces[head].unit.plain.strip(), text)):
            return True
        if lists.left_open(self.pieces[index - 1].unit.plain):
            return True  # `Copies: Stalin (2), Malenkov, Beria,` / `Bulganin, Mikoyan, …`
        if lists.addressee_wrapped(self.pieces[index - 1].unit.plain, text):
            return True
        if lists.names_a_comrade(text) and self._headed(head) and not text.endswith(":"):
            return True  # `To be seen by` / `Comrade Szabó F.` / `Comrade Bényei` (but
            # `Comrade STALIN I.V.:` under the list is the text's address)
        if _BULLET.match(text) and self._headed(head):
            return True  # `Photocopy to:` / `- Secretariat General` / `- Directorate …`
        if copies_by_name(text) and self._headed(head):
            return True  # `Distribution list - 12 copies:` / `Stalin - 2, …, on file - 1.`
        head_text = self.pieces[head].unit.plain.strip()
        return (lists.ADDRESS.match(head_text) is not None and lists.addressees(text)) or (
            lists.bodies_addressed(head_text, text))

    def _headed(self, head: int) -> bool:
        """Whether the list begins with a heading alone on its line (`Seen by`, `Copies:`)."""
        return lists.heading_alone(self.pieces[head].unit.plain.strip())

    def _in_list(self, head: int, index: int, closed: bool, numbers_only: bool) -> bool:
        """Whether the line `index` goes on with the list under `head`: after a heading that
        has its items on its line (`closed`), only a comrade named on the next; after numbers
        without a heading (`numbers_only`), only more numbers."""
        piece = self.pieces[index]
        if piece.kind != "line":
            return False
        if closed and not lists.names_a_comrade(piece.unit.plain):
            return False
        line = piece.unit.plain.strip()
        if numbers_only and ENUMERATED.match(line) is None and not (
                lists.copies_go_on(self.pieces[head].unit.plain.strip(), line)
                or lists.addressee_wrapped(self.pieces[index - 1].unit.plain, line)):
            return False
        if (is_uppercase_line(line) and FORM_NAME.fullmatch(line)) or SPACED_CAPITALS.match(line):
            # `Prepared in 3 copies` / `MINUTES`, `Send to:` / `A  C O P Y`: the form's name
            # or a heading spaced out, nobody listed
            return False
        return self._list_goes_on(head, index)

    def _is_rule(self, index: int) -> bool:
        return self.pieces[index].kind == "rule" or self._is_table_rule(index)

    def _is_table_rule(self, index: int) -> bool:
        """A line of a flattened table's rules alone (`|`, `| |`, `+---+`)."""
        piece = self.pieces[index]
        return piece.kind == "line" and _TABLE_RULE.fullmatch(piece.unit.plain.strip()) is not None

    def distribution(self, index: int) -> int:
        piece = self.pieces[index]
        if is_date_only(piece.unit, self.tests):
            return self.furniture(index)  # a date is nobody a list names
        end = index
        first_line = piece.unit.plain.strip()
        # Among the opening furniture, numbered lines without a heading are a list only as
        # far as the numbers go (`(62) Wai Ban Zi No. 34` over `To Comrade FILIPPOV.`).
        numbers_only = ENUMERATED.match(first_line) is not None and piece.zone == "opener"
        closed = piece.zone == "opener" and lists.closed_on_its_line(first_line)
        while end + 1 < len(self.pieces):
            if self._in_list(index, end + 1, closed, numbers_only):
                end += 1
            elif (self._is_rule(end + 1) and end + 2 < len(self.pieces)
                  and self._in_list(index, end + 2, closed, numbers_only)):
                end += 2  # `|` between `Copy Nº 2 to Cde. Stalin |` and the next: a table's
                # rule; a rule typed under the heading
            else:
                break
        if end == index and (lists.no_list_alone(first_line) or lists.heading_alone(first_line)):
            return self.furniture(index)  # (`Received by:` with nobody under it: no list)
        if not (lists.has_a_start(first_line) or self._opens_list(index)):
            return self.furniture(index)  # lines with neither a heading nor numbers
        units: list[Unit] = []
        for at in range(index, end + 1):
            if units and (self._is_rule(at) or lists.addressee_wrapped(
                    units[-1].plain, self.pieces[at].unit.plain)):
                # (the item's rule; `Copy Nº 2` / `to Cde. Stalin`: one item)
                units[-1] = join_lines(units[-1], self.pieces[at].unit)
            else:
                units.append(self.pieces[at].unit)
        if len(units) == 2 and lists.one_address_wrapped(units[0].plain.strip(),
                                                         units[1].plain.strip()):
            # `TO HIS MAJESTY SHAH OF IRAN` / `MOHAMMED REZA PAHLAVI`: one addressee, whose
            # address the line could not hold (a circular names two bodies or more under it)
            address = join_lines(units[0], units[1])
            self.add(self.zone(piece), "furniture", address, text_role(address.plain.strip()))
            return end + 1
        self._add_list(piece, units)
        return end + 1

    def _add_list(self, piece: Piece, units: list[Unit]) -> None:
        head, items = lists.heading_and_items(units)
        zone = "postscript"
        if piece.zone == "opener" and not self.opener_closed:
            zone = "opener"  # among a telegram's furniture: the opener goes on after it
        elif piece.zone in ("opener", "main"):
            zone = "main"
        else:
            self.in_postscript = True
        self.out.append(Placement(zone, "list", head or units[0], None, items,
                                  marker="head" if head is not None else ""))

    def furniture(self, index: int) -> int:
        piece = self.pieces[index]
        unit = piece.unit
        text = unemphasised(unit.plain.strip())
        role = self.role(index)
        following = index + 1 if (index + 1 < len(self.pieces)
                                  and self.pieces[index + 1].kind == "line") else None
        zone = self.zone(piece)
        closing = piece.zone == "closer"
        if role == "number" and _CONTACT.search(text):
            # `OLLENHAUERSTR. 1, 5300 BONN … TELEPHONE 022/532 309`: the letterhead's address,
            # its figures a street's and a telephone's, no number of the document
            self.add(zone, "furniture", unit, Role.LINE)
            return index + 1
        if following is not None and (VALEDICTION.match(text.replace("[", "").replace("]", ""))
                                      or _SIGNED_LABEL.match(text)):
            while (following + 1 < len(self.pieces) and self.pieces[following + 1].kind == "line"
                   and VALEDICTION.match(unemphasised(self.pieces[following].unit.plain.strip()))
                   and self.role(following) in ("signed", "text")):
                # `Sincerely,` / `Communist Salutations!` / `Zhou Enlai`: farewells, then the
                # name they close with
                unit = join_lines(unit, self.pieces[following].unit)
                following += 1
            if self.role(following) in ("signed", "text") and (
                    self.role(following) == "signed"
                    or is_signer_line(self.pieces[following].unit.plain.strip())):
                merged = join_lines(unit, self.pieces[following].unit)
                return self._signed(merged, zone, index, following + 1)
            if unit is not piece.unit:
                return self._signed(unit, zone, index, following)
        caveat_end = self._wrapped_caveat(index) if following is not None else None
        if caveat_end is not None:
            # `After use, this code message` / `is to be destroyed according to` /
            # `regulations`: one handling caveat, wrapped
            lines = [self.pieces[at].unit for at in range(index + 1, caveat_end)]
            self.add(zone, "furniture", join_lines(unit, *lines), Role.CLASSIFICATION)
            return caveat_end
        hour_role = _hour_over_day(text) if following is not None else None
        if (hour_role is not None and following is not None
                and self.tests.date_span(text) is None
                and is_date_only(self.pieces[following].unit, self.tests)):
            # `Received at 0450,` / `8 May 1946`: when the telegram came in (or left), the hour
            # on one line and its day on the next, one docket (or dateline)
            merged = join_lines(unit, self.pieces[following].unit)
            self.add(zone, "furniture", merged, hour_role)
            return following + 1
        if (following is not None and _PLACE_WORD.match(text)
                and (zone in self.signed_zones or self._place_opens_letter(index, text))
                and self.role(following) == "dateline"
                and is_date_only(self.pieces[following].unit, self.tests)):
            # `Pyongyang` / `31 August 1950` under a signature, `Washington DC` / `26 October
            # 1962` over a letter: the place over the date is the dateline's, as the place
            # under it is
            return self._two_line_dateline(zone, index, following)
        if (following is not None and role == "dateline" and piece.zone == "opener"
                and is_date_only(unit, self.tests)
                and _PLACE_AND_HOUR.match(self.pieces[following].unit.plain.strip())):
            # `April 26, 1966` / `Bucharest 2010 hrs`: the date, then where and at what hour
            # the telegram left, one dateline
            return self._two_line_dateline(zone, index, following)
        if (following is not None and role in ("dateline", "text")
                and is_date_only(unit, self.tests)
                and self._bracketed_date(self.pieces[following].unit.plain.strip())):
            # `19.III.1974` / `[19 March 1974]`: the date, then the translator's reading of it
            # in words on the line under it, one dateline
            return self._two_line_dateline(zone, index, following)
        if following is not None and self._time_and_place(index, following):
            # `Time: Morning, 31 March 1965` / `Place: Villa Joly, …`: when and where the
            # talks took place, one dateline
            return self._two_line_dateline(zone, index, following)
        if (role == "dateline" and piece.zone == "opener" and self.out
                and self.out[-1].zone == "opener" and self.out[-1].role is Role.DOCUMENT_NUMBER
                and is_date_only(unit, self.tests) and _DAYS_SPAN.search(unit.plain)):
            # `02214-gs` / `20-24 October 1960`: the days a registry held the paper, no day
            # anybody sent it
            self.add(zone, "furniture", unit, Role.DOCKET)
            return index + 1
        number_role = Role.REGISTRY if closing else Role.DOCUMENT_NUMBER
        span = self.tests.date_span(unit.text)
        if (role == "text" and _FILE_NUMBER.fullmatch(text) is not None
                and self.tests.date_span(text) is None):
            # `5155/14` alone among the furniture: the file's number and its part (`Č.j.`
            # printed before it or not), no date
            self.add(zone, "furniture", unit, number_role)
            return index + 1
        listed = one_line.number_then_list(unit)
        if listed is not None:
            # `No. P84/422 Copies: Comrades Malenkov, Molotov, Gromyko`: the extract's number,
            # then the comrades it went to
            self.add(zone, "furniture", listed[0], number_role)
            self._add_list(piece, [listed[1]])
            return index + 1
        dated = one_line.date_then_list(unit, span)
        if dated is not None:
            # `28 August 1951 Copies: Malenkov, Molotov, …`: the date, then the copies' list
            self.add(zone, "furniture", dated[0], Role.DATELINE)
            self._add_list(piece, [dated[1]])
            return index + 1
        split = (one_line.address_and_marking(unit)
                 or one_line.filed_number(unit)
                 or one_line.column_and_marking(unit, number_role)
                 or one_line.marking_and_copy(unit, number_role)
                 or one_line.line_marking_and_copy(unit, number_role)
                 or one_line.marking_copy_and_rest(unit, number_role, self.tests.date_span))
        if split is None and role == "classification":
            # (a numbered line before the marking is the number, whichever role the table gave
            # the whole line: `CABLE Nº 51234 TOP SECRET`)
            split = (one_line.number_and_marking(unit, number_role)
                     or one_line.line_and_marking(unit)
                     or one_line.description_and_marking(unit)
                     or one_line.marking_and_rest(unit, number_role))
        if split is None and role == "text" and not closing:
            split = one_line.line_and_precedence(unit) or one_line.marking_and_title(unit)
        if split is None and role in ("number", "text"):
            split = (one_line.number_and_marking(unit, number_role)
                     or one_line.number_marking_and_precedence(unit, number_role)
                     or one_line.number_and_copy(unit, number_role, span)
                     or one_line.two_numbers(unit, number_role)
                     or one_line.labelled_columns(unit, number_role)
                     or one_line.number_and_named_copy(unit, number_role)
                     or one_line.number_route_and_date(unit, span, number_role))
        if split is None and role == "number":
            # `Confidential Number 103/2`: the marking before the number, kept only as that
            # (`Secret Telegram No. 3267/IV` names its form: one number)
            marked = one_line.marking_and_rest(unit, number_role)
            split = marked if marked is not None and marked[-1][1] is number_role else None
        if split is not None:
            return self._add_split(zone, split, index)
        if closing and following is not None and self._office_over_signer(index, following):
            if unit.plain.rstrip().endswith(":") or (OPEN_END.search(text)
                                                     and not text.endswith(",")):
                # `MINISTER OF NATIONAL DEFENSE:` / `COLONEL-GENERAL PETROV`: the office
                # introduces the name, one signing statement; `DEPUTY CHIEF OF THE GENERAL
                # STAFF AND` / `CHIEF OF THE INTELLIGENCE DEPARTMENT`: the offices' line goes on
                # (after a comma, `The Ambassador,` / `G.W. Boissevain.`, two signing lines)
                merged = join_lines(unit, self.pieces[following].unit)
                return self._signed(merged, zone, index, following + 1)
            # `Chairman of the … Commission` / `[signature] (V. Grigor’yan)`: the office signs
            # on its own line, over the signature (one `signed` per signing line)
            return self._signs_over(unit, zone, following)
        dashed = one_line.dashed_number_and_signer(unit) if closing else None
        if dashed is not None and span is None:
            return self._add_split(zone, dashed, index)
        by_hand = _HANDWRITTEN_LINE.match(text) if closing else None
        if by_hand is not None:
            # `[Handwritten: V. Molotov]`, `[Handwritten: 29 October, 1947]`: signed and dated
            # by hand under the text
            inner = by_hand["inner"].strip()
            if is_name_line(inner) and not any(c.isdigit() for c in inner):
                return self._signed(unit, zone, index, index + 1)  # (`TsK-22796`: a number)
            if date_only(inner, self.tests.date_span(inner)):
                self.add(zone, "furniture", unit, Role.DATELINE)
                return index + 1
        if closing and (_office_dash_name(text) or _framed_signature(text)):
            return self._signed(unit, zone, index, index + 1)
        if (closing and role == "distribution" and zone not in self.signed_zones
                and is_name_line(text) and not lists.names_a_comrade(text)
                and not any(c.isdigit() for c in text)):
            # a name alone under the text, taken for one more recipient of a list above it
            # (the opener's `Copies:`), where nobody has signed yet: the signer
            return self._signed(unit, zone, index, index + 1)
        if _numbered_in_brackets(text):
            # `Nº [handwritten: 328/ag] [signature]`: the number written in by the signer
            self.add(zone, "furniture", unit, Role.REGISTRY if closing else Role.DOCUMENT_NUMBER)
            return index + 1
        if closing and span is not None and one_line.mark_after_date(unit, span):
            return self._add_split(zone, one_line.date_and_signer(unit, span), index)
        if role == "signed" or index in self.signed_by_position or _marked_signing(text, closing):
            return self._signed(unit, zone, index, index + 1)
        split = None
        if role == "number" and closing:
            split = (one_line.number_and_signer(unit, text)
                     or one_line.number_signer_and_date(unit, text,
                                                        self.tests.date_span(text)))
        if role in ("number", "dateline") and not closing and split is None:
            # (under the text, `Nº 395 - 9 August 1960` is one registry entry, dated)
            split = (one_line.number_and_date(unit, span, Role.DOCUMENT_NUMBER)
                     or one_line.date_and_number(unit, span, Role.DOCUMENT_NUMBER))
        if split is not None:
            return self._add_split(zone, split, index)
        if (zone == "postscript" and following is not None and self.role(following) == "number"
                and is_date_only(unit, self.tests)):
            # `17 October 1960` / `Nº 489` under the copies: the registry entry, dated first
            merged = join_lines(unit, self.pieces[following].unit)
            self.add(zone, "furniture", merged, Role.REGISTRY)
            return following + 1
        plain = text.replace("[", "").replace("]", "")
        if role == "number" or _registry_code(text):
            # A registry number's date is written in figures (`648-VK` / `V.X.51`: a code
            # over such a date is the registry's whatever the table says); a date in words
            # under a number is the document's dateline, unless the text's closer is behind
            # (`Nº 353` / `31 May 1957` under the copies).
            under = self.pieces[following].unit if following is not None else None
            if under is not None and closing and is_date_only(under, self.tests) and (
                    (role == "number" and zone == "postscript")
                    or "numeric_date" in self.tests.text_cues(under.plain.strip())):
                self.add(zone, "furniture", join_lines(unit, under), Role.REGISTRY)
                return index + 2
            if role == "number":
                number_role = Role.DOCKET if RECEIPT.match(plain) else (
                    Role.REGISTRY if closing else Role.DOCUMENT_NUMBER)
                self.add(zone, "furniture", unit, number_role)
                return index + 1
        if role == "stamp" and (split := one_line.line_then_copy(unit, Role.STAMP)) is not None:
            return self._add_split(zone, split, index)
        if _STAMP_LABEL.match(text):
            self.add(zone, "furniture", unit, Role.STAMP)
            return index + 1
        if (RECEIPT.match(plain) or _FROM_RECEIVED.match(plain)) and role in ("dateline", "text"):
            # (`from PEKING received at 13:55 11 November 1949 Copy Nº 1`: when it came in,
            # and the copy's number)
            split = one_line.line_then_copy(unit, Role.DOCKET)
            if split is not None:
                return self._add_split(zone, split, index)
            self.add(zone, "furniture", unit, Role.DOCKET)
            return index + 1
        if (role == "text" and zone == "opener"
                and (split := one_line.line_then_copy(unit, Role.LINE)) is not None):
            # `to whom TO SADCHIKOV Copy Nº 1`, `Korea Copy 1`: the copy's number in the
            # form's right column, typed on the line of the left column's
            return self._add_split(zone, split, index)
        if role == "text" and piece.zone == "opener" and span is not None and (
                _FROM_PLACE_DATED.match(plain) is not None):
            # `from Stockholm June 5, 19.00 hrs`: where the code message came from, and when
            self.add(zone, "furniture", unit, Role.DATELINE)
            return index + 1
        if role == "text" and SENDING.match(plain) and (
                span is not None or _SENT_AT_HOUR.search(plain) is not None):
            # `from KUYBYSHEV sent at 2325 9 December 1941`: when it was sent, however the
            # line is cased (`Sent: at 10:30 on 15/12`: at an hour, on a day of no year)
            self.add(zone, "furniture", unit, Role.DATELINE)
            return index + 1
        if role == "classification" and following is not None and OPEN_END.search(text):
            continued = self.pieces[following].unit
            if continued.plain.strip()[:1].islower() or continued.plain.strip()[:1].isdigit():
                merged = join_lines(unit, continued)
                self.add(zone, "furniture", merged, Role.CLASSIFICATION)
                return following + 1
        if closing and span is not None and one_line.signs_after_date(unit, span) and (
                role in ("dateline", "signed") or self._dated_name(index)
                or (role == "text" and "[" in unit.text[span[1]:])):
            # the date, then who signed (a name in capitals, or one the translator identified)
            return self._add_split(zone, one_line.date_and_signer(unit, span), index)
        if closing and span is not None and _closes_relayed(unit.text, span):
            # `Kim Il Sung 29.6.51”`: a relayed message's sign-off, its date in figures and the
            # quotation closing on it, one signature (as the gold's w010 has it)
            return self._signed(unit, zone, index, index + 1)
        if closing and span is not None and role in ("dateline", "signed", "text"):
            split = one_line.signer_and_date(unit, span)
            if split is not None:  # `PONOMAREV 26 September 1956`
                return self._add_split(zone, split, index)
        split = None
        if role == "dateline":
            split = ((one_line.date_and_marking(unit, span)
                      or one_line.marking_and_date(unit, span)
                      or one_line.date_and_salute(unit, span) if span is not None else None)
                     or one_line.sending_and_receipt(unit))
        if split is not None:
            return self._add_split(zone, split, index)
        dated_alone = (role in ("dateline", "text") and self._dated(unit)
                       and not is_period(unit.plain))
        if (dated_alone and following is not None and zone in self.signed_zones
                and _PLACE_WORD.match(BRACKETED.sub(
                    "", self.pieces[following].unit.plain).strip())):
            # `29 September 1950` / `Pyongyang”` under a signature: the place under the date is
            # the dateline's (with no signature before it, the word may be the signer's name;
            # `Ghulja [Yining]`: the place and its name today)
            merged = join_lines(unit, self.pieces[following].unit)
            self.add(zone, "furniture", merged, Role.DATELINE)
            return following + 1
        if dated_alone and closing and role == "text" and zone not in self.dated_zones:
            # a date alone under the text, the first: the document's (a later one dates a
            # docket: `received by Novoselova` / `12 October 1948`)
            self.add(zone, "furniture", unit, Role.DATELINE)
            return index + 1
        if (role == "dateline" and following is not None and following == index + 1
                and self.pieces[following].kind == "line"
                and _HOUR_ALONE.match(self.pieces[following].unit.plain)):
            # `7 March, 1968` / `(16:50)`: the hour under the date is the dateline's
            merged = join_lines(unit, self.pieces[following].unit)
            self.add(zone, "furniture", merged, Role.DATELINE)
            return following + 1
        if role == "dateline":
            previous = self.out[-1] if self.out else None
            above = previous.unit.plain.strip() if previous is not None else ""
            if (previous is not None and previous.zone == zone and previous.kind == "furniture"
                    and previous.role is Role.LINE
                    and ((SENDING.match(unit.plain.strip()) and _PLACE_WORD.match(above))
                         or _SENT_FROM.match(above))):
                # `Saigon` / `Dispatched 10.04.63 at 11:10 hours`, `From: Bandung` / `Date:
                # 1955, April, 21`: where it was sent from
                previous.unit = join_lines(previous.unit, unit)
                previous.role = Role.DATELINE
                self.dated_zones.add(zone)
                return index + 1
            if (previous is not None and previous.zone == zone
                    and previous.role in (Role.LINE, Role.DATELINE)
                    and self.tests.date_span(previous.unit.text) is None
                    and (re.search(r",\s*[A-Z][\w’'-]+$", previous.unit.text)
                         or (_SENDING_MISSION.match(above) and is_date_only(unit, self.tests)))
                    and not previous.unit.plain.lstrip()[:1].islower()):
                # (`Embassy of the USSR, Pyongyang` / `8 July 1950`, `Embassy of the GDR in the
                # PR China` / `1 April 1969`: where from; over `Hanoi, 4 May 1956`, which says
                # where, the embassy heads the letter; not a title going on: `with the
                # Indonesian Minister of Foreign Affairs, Sunario` / `24 March 1955`)
                previous.unit = join_lines(previous.unit, unit)
                previous.role = Role.DATELINE
                self.dated_zones.add(zone)
                return index + 1
        if role == "text" and zone == "opener" and _dated_from(unit, self.tests):
            self.add(zone, "furniture", unit, Role.DATELINE)
            return index + 1
        if role == "text" and (LABELLED_NUMBER.match(plain) or PROTOCOL_POINT.match(plain)):
            # `Ref. No. 3/456-sh`, `Our ref.: 22/1955`: a number under its label
            self.add(zone, "furniture", unit, Role.REGISTRY if closing else Role.DOCUMENT_NUMBER)
            return index + 1
        if closing and role == "text" and self._text_goes_on() and (
                is_short_sentence(text)
                or (index + 1 == len(self.pieces) and cut_off_opening(text))):
            # `Confirm receipt.` / `Telegraph the fulfillment.` before the signature: the
            # text's last sentences, each a line too short to be told a paragraph by its length;
            # `Concerning` where the export stopped: the first word of the next paragraph
            self.add("main", "paragraph", unit)
            return index + 1
        final = SCORED_ROLES.get(role) or text_role(text)
        end = index + 1
        if final is Role.SALUTE:
            # `[to] WARSAW, PRAGUE, BERLIN, SOFIA,` / `BUDAPEST, … and BELGRADE` / `to the
            # SOVIET AMBASSADOR`: an address over several lines, one salutation
            while (end < len(self.pieces) and end - index < _ADDRESS_LINES
                   and self.pieces[end].kind == "line" and self.pieces[end].zone == piece.zone
                   and self.role(end) == "text"
                   and (unit.plain.rstrip().endswith(",")
                        or self.pieces[end].unit.plain.lstrip()[:1].islower())):
                unit = join_lines(unit, self.pieces[end].unit)
                end += 1
        self.add(zone, "furniture", unit, final)
        return end

    def _bracketed_date(self, text: str) -> bool:
        """`[19 March 1974]`: a date alone in square brackets."""
        if ONE_BRACKET.fullmatch(text) is None:
            return False
        inner = text.rstrip(".")[1:-1]
        span = self.tests.date_span(inner)
        return span is not None and span[0] == 0 and not inner[span[1]:].strip(" .,")

    def _two_line_dateline(self, zone: str, index: int, following: int) -> int:
        merged = join_lines(self.pieces[index].unit, self.pieces[following].unit)
        self.add(zone, "furniture", merged, Role.DATELINE)
        return following + 1

    def _wrapped_caveat(self, index: int) -> int | None:
        """Where a handling caveat wrapped over the lines from `index` ends (the index after
        its last line), when the line opens one (`After use, …`): the most lines, up to five,
        that make one caveat."""
        text = self.pieces[index].unit.plain.strip()
        if _CAVEAT_OPENING.match(text) is None:
            return None
        found = None
        for end in range(index + 1, min(index + _CAVEAT_LINES, len(self.pieces))):
            if self.pieces[end].kind != "line":
                break
            text += " " + self.pieces[end].unit.plain.strip()
            if CLASSIFICATION_LINE.match(text) is not None:
                found = end + 1
        return found

    def _time_and_place(self, index: int, following: int) -> bool:
        """Whether the lines `index` and `following` are a record's `Time:` (or `Date:`) and
        `Place:` (or `Location:`, `Venue:`), in either order."""
        first = MEETING_LABEL.match(self.pieces[index].unit.plain.strip())
        second = MEETING_LABEL.match(self.pieces[following].unit.plain.strip())
        if first is None or second is None or bool(first["when"]) == bool(second["when"]):
            return False
        timed = self.pieces[index if first["when"] else following].unit.text
        # (the hours alone, labelled: `Time: 7:30 p.m. – 8:30 p.m.` / `Location: …`)
        return self.tests.date_span(timed) is not None or TIME.search(timed) is not None

    def _text_goes_on(self) -> bool:
        """Whether nothing of the closer has been placed yet: the text was the last placed."""
        return bool(self.out) and self.out[-1].zone == "main"

    def _office_over_signer(self, index: int, following: int) -> bool:
        """An office's title on the line over the signature (`Soviet Ambassador` over
        `[signature] (V. Ivanov)`)."""
        text = self.pieces[index].unit.plain.strip()
        next_text = self.pieces[following].unit.plain.strip()
        return (OFFICE_LINE.match(text) is not None and len(text.split()) <= _OFFICE_WORDS
                and self.role(index) in ("text", "signed")
                and (self.role(following) == "signed" or following in self.signed_by_position
                     or SIGNATURE_MARK.search(next_text) is not None))

    def _add_split(self, zone: str, split: one_line.Split, index: int) -> int:
        for unit, role in split:
            self.add(zone, "furniture", unit, role)
        return index + 1

    def _signed(self, unit: Unit, zone: str, index: int, after: int) -> int:
        """A signing line, with the lines under it that belong to the signature: the office
        or the typed name (as two columns printed them), the title line (`Ambassador`), the
        signature's mark."""
        below = self._line_text(after, ("text", "signed"))
        if below is not None and (OPEN_END.search(BRACKETED.sub(" ", unit.plain).rstrip())
                                  or (SIGNATURE_MARK.search(unit.plain) is not None
                                      and typed_name(below))
                                  or (MARK_ALONE.match(unit.text.strip().rsplit(LB, 1)[-1])
                                      is not None
                                      and (is_signer_line(below) or typed_name(below)))):
            # `COUNSELLOR OF THE [signature]` / `USSR MFA DVO (B. VERESHCHAGIN)`; `… [signature]`
            # / `(A. PUZANOV)`; `[signature]` / `G. DIMITROV`
            unit, after = self._take_under(unit, after)
        below = self._line_text(after, ("text", "signed"))
        if (below is not None and _goes_on_below(unit.plain.strip(), below)
                and OFFICE_LINE.match(unit.plain.strip())):
            # `Commanding General` / `of the Baku Military District`; `Secretary of the CC of
            # the CP(b)` / `of Azerbaijan M. D. Bagirov`: the office's name goes on under it
            unit, after = self._take_under(unit, after)
            below = self._line_text(after, ("text", "signed"))
        if (below is not None and OFFICE_LINE.match(below)
                and len(below.split()) <= _OFFICE_WORDS):
            if (LB not in unit.text and OFFICE_LINE.match(unit.plain.strip())
                    and not unit.plain.rstrip().endswith(":")):
                # `CHIEF OF THE … DISTRICT` / `GENERAL-LIEUTENANT` / `/signature/ KALASHNIKOV`:
                # titles over the signature, each its own signing line
                return self._signs_over(unit, zone, after)
            unit, after = self._take_under(unit, after)
            below = self._line_text(after, ("text", "signed"))
            if below is not None and _goes_on_below(unit.plain.strip(), below):
                # `Chairman of the Committee` / `for State Security of the USSR`
                unit, after = self._take_under(unit, after)
        below = self._line_text(after)
        if below is not None and MARK_ALONE.match(below):
            unit, after = self._take_under(unit, after)  # `[Signature]`
            below = self._line_text(after)
            if below is not None and typed_name(below):
                unit, after = self._take_under(unit, after)
        elif (below is not None and LB not in unit.text
              and OFFICE_LINE.match(_MARK_FIRST.sub("", unit.plain.strip()))
              and is_name_line(below) and not any(c.isdigit() for c in below)):
            # `(Signed)Deputy Minister of Internal Affairs of the USSR` / `Perevertkin`
            if SIGNATURE_MARK.search(below) is not None:
                # `GENERAL-LIEUTENANT` / `/signature/ KALASHNIKOV`: the name signs its own line
                return self._signs_over(unit, zone, after)
            unit, after = self._take_under(unit, after)
        below = self._line_text(after)
        if (below is not None and (span := self.tests.date_span(below)) is not None
                and span[0] == 0 and _closes_relayed(below, span)):
            # `MAO ZEDONG` / `13.6.51"`: the relayed message's date under its signer
            unit, after = self._take_under(unit, after)
        below = self._line_text(after)
        if below is not None and _BRACKETED_NAME.match(below) and is_name_line(below[1:-1]):
            # `[Signed] Moldt` / `[Ewald Moldt]`: the name in full, as the translator gives it
            unit, after = self._take_under(unit, after)
        self.add(zone, "furniture", unit, Role.SIGNED)
        return after

    def _signs_over(self, unit: Unit, zone: str, below: int) -> int:
        """`unit` a signing line of its own over the signature that begins at `below`; the
        index after that signature."""
        self.add(zone, "furniture", unit, Role.SIGNED)
        return self._signed(self.pieces[below].unit, zone, below, below + 1)

    def _take_under(self, unit: Unit, after: int) -> tuple[Unit, int]:
        """The signature with the line `after` under it joined, and the index after that."""
        return join_lines(unit, self.pieces[after].unit), after + 1

    def _dated(self, unit: Unit) -> bool:
        """A line of its dates alone, or of a time of day and the date (`2:00 A.M., 6
        October`, as a letter is dated under its signature)."""
        if is_date_only(unit, self.tests):
            return True
        span = self.tests.date_span(unit.text)
        return (span is not None and not unit.text[span[1]:].strip(" .,")
                and _TIME_BEFORE_DATE.match(unit.text[: span[0]]) is not None)

    def _line_text(self, index: int, roles: tuple[str, ...] | None = None) -> str | None:
        """The text of the line `index`, if it is a line (of one of `roles`, if given)."""
        if index >= len(self.pieces) or self.pieces[index].kind != "line":
            return None
        if roles is not None and self.role(index) not in roles:
            return None
        return self.pieces[index].unit.plain.strip()


# The most words of an office's title on a line of its own (`Chargé d'Affaires ad interim`).
_OFFICE_WORDS = 10


def _goes_on_below(line: str, below: str) -> bool:
    """Whether `below` goes on with the office's name of `line` (`for State Security of the
    USSR` under `Chairman of the Committee`): a short line in lower case that ends no
    sentence, under a line that ends none either (the name in parentheses after it, as the
    office's holder signs, ends none: `of the Latin American Countries (V. BAZYKIN)`)."""
    return (below[:1].islower() and len(below.split()) <= _OFFICE_WORDS
            and not ends_sentence(_NAME_IN_PARENTHESES.sub("", below))
            and not line.rstrip().endswith("."))


_NAME_IN_PARENTHESES = LazyPattern(r"\s*\([^()]{2,40}\)$")


# Days from one to another (`20-24 October 1960`).
_DAYS_SPAN = LazyPattern(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")
# A mission abroad that sends the text, alone on its line (`Embassy of the GDR in the PR China`).
_SENDING_MISSION = LazyPattern(r"^(?:The\s+)?(?:Embassy|Consulate(?:[- ]General)?|Legation|"
                               r"(?:Permanent |Trade )?Mission)\s+(?:of|in)\s+[^,.;:]{3,70}$")
# An item after a dash or a bullet (`- Secretariat General`, `• Embassy in Rome`).
_BULLET = LazyPattern(r"^[-–•]\s+\S")
# A place's name alone, in title case (a signer's name under a date is mostly in capitals or of
# several words): `Pyongyang`, `Moscow.`, `Pyongyang”`; a state's or district's letters after
# it (`Washington DC`, `Brasilia-DF`).
_PLACE_WORD = LazyPattern(r"^[A-ZА-Я][a-zа-яё’'-]{2,}(?:,?[ -](?:[A-Z]{2}|D\.C\.))?[.,]?"
                          r"[\"”»]?$")
# Where a cable was sent from, labelled, a place's one word (`From: Bandung`; not the sender:
# `From: Ambassador Katori`).
_SENT_FROM = LazyPattern(r"^From:\s*[A-ZА-Я][a-zа-яё’'-]{2,}\.?$")
# An hour alone on its line (`(16:50)`, `11.30 hrs`, `10:15 a.m.`, `22:30 Hours`).
_HOUR_ALONE = LazyPattern(r"^\s*\(?\d{1,2}[:.]\d\d(?:\s*(?i:hrs?\.?|hours|h|[ap]\.\s?m\.))?"
                          r"\)?\.?\s*$")
# A handling caveat's first words, which its line may not hold whole.
_CAVEAT_OPENING = LazyPattern(r"(?i)^after (?:use|reading),")
_CAVEAT_LINES = 5
# A place and the hour of sending, alone on a line (`Bucharest 2010 hrs`, `Moscow, 18.30 h`).
_PLACE_AND_HOUR = LazyPattern(r"^[A-ZА-Я][a-zа-яё’'-]{2,},?\s+\d{1,2}[:.]?\d\d\s*"
                              r"(?:hrs?|hours|h)\.?$")
# A number under a label that says what number it is (reference, registration, inventory,
# file, outgoing), alone on its line.
LABELLED_NUMBER = LazyPattern(
    r"(?i)^(?:(?:our|your)\s+)?(?:ref(?:erence)?|reg(?:istration|istry)?|inv(?:entory)?|file|"
    r"outgoing|incoming|serial|index|orig(?:inal)?|print)\.?\s*(?:no\.?|nr\.?|n[º°o]\.?|№|#)?"
    # (the office's letters may follow: `orig. No. 167/3 ag`)
    r"\s*:?\s*[\w/.-]*\d[\w/.-]*(?:\s[a-z]{1,3})?\.?$")
# How a letterhead says where its writer is reached.
_CONTACT = LazyPattern(r"(?i)\b(?:telephone|phone|tel\.|fax|telex|telegrams|cable address|"
                       r"p\.\s?o\.\s?box|postfach)\b")
# The point of a protocol a decision or its attachment is under (`Per Point 16, Prot. No.
# 104`, `Reference point 151 of Minutes Nº 177`, `Re: item 3 of Protocol No. 12`).
PROTOCOL_POINT = LazyPattern(
    r"(?i)^(?:(?:per|re:?|to|reference|ref\.|extract from|excerpt from)\s+)?(?:point|item|"
    r"paragraph|para\.|p\.)\s*\d+[a-z]?\s*(?:,\s*|\s+of\s+(?:the\s+)?)"
    r"(?:prot(?:ocol)?\.?|minutes)\s*(?:no\.?|nr\.?|n[º°o]\.?|№|#)\s*[\w/-]*\d[\w/-]*\.?"
    r"(?:\s*\[\d{1,2}\])?$")
# A section's number in figures, its title after it.
_SECTION_NUMBER = LazyPattern(r"^(?P<n>\d{1,2})\.\s")
# A numbered title: `II. Foreign policy`, `B. The economy`, `3. Relations with China`; a few
# words in title form, nothing that ends a sentence.
_SECTION_TITLE = LazyPattern(r"^(?:[IVXLC]{1,6}|[A-Z]|\d{1,2})\.\s+[A-Z][^.!?:;,\[\]]{0,60}"
                             r"(?<![.!?:;,])$")
def assemble(pieces: list[Piece], decisions: list[Decision | None],
             note_units: dict[int, str], tests: LineTests) -> list[Placement]:
    return Assembler(pieces, decisions, note_units, tests).run()
