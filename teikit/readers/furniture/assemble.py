"""From classified pieces to placements: the furniture lines grouped as the document prints
them (a list under its heading, a valediction with its name, a title under a signature, a
registry number with its date), in the zone TEI allows them.

A distribution list among the opening furniture stays in the opener (in a note: an opener
holds no list); a list after the text opens the postscript.
"""

from __future__ import annotations

from functools import cached_property

from teikit.lazy_pattern import LazyPattern
from teikit.metadata.citation import whole_archive_reference
from teikit.model import Role, starred
from teikit.offices import ORGANISATION_WORDS, PERSON_TITLES, TITLES, words_of
from teikit.readers.furniture import lists, one_line, opener
from teikit.readers.furniture.classifier import Decision
from teikit.readers.furniture.cues import reads_as_name, signing_body
from teikit.readers.furniture.line_patterns import (
    ADDRESS_START,
    CLASSIFICATION_LINE,
    CODE_TOKEN,
    COUNT_ONLY,
    EMPTY_ITEM,
    ENUMERATED,
    FORM_NAME,
    MARK_ALONE,
    NUMBER_AT_START,
    POSTSCRIPT_MARK,
    PRECEDENCE,
    RECORD_KIND,
    RECORDED_BY_ALONE,
    REFERENCE,
    SIGNATURE_MARK,
    SPACED_CAPITALS,
)
from teikit.readers.furniture.line_rules import place_furniture
from teikit.readers.furniture.line_rules.stamps import labels_a_stamp
from teikit.readers.furniture.line_shapes import (
    FROM_PLACE,
    dated_line,
    file_code,
    note_addressees,
    registry_code,
    text_role,
)
from teikit.readers.furniture.placement import (
    Placement,
    is_date_only,
    is_place_and_date,
    join_lines,
)
from teikit.readers.furniture.sequence import Piece
from teikit.readers.furniture.settled import place_then_date, settled_role
from teikit.readers.furniture.signing import count_beside_signature, office_over_signer
from teikit.readers.joining import ANNOTATION_OPENING
from teikit.readers.line_tests import LineTests
from teikit.readers.lines import (
    SALUTE_LINE,
    comrades_listed,
    copies_by_name,
    is_name_line,
    is_uppercase_line,
    names_address,
    split_at,
    unemphasised,
    wholly_emphasised,
)
from teikit.readers.note_texts import NOTES_HEADING
from teikit.readers.numbered_points import only_points
from teikit.readers.units import Unit
from teikit.rules.lexicon import LETTERS as LETTER_RUNS
from teikit.rules.lexicon import is_nationality
from teikit.rules.names import PLACE_ONLY
from teikit.rules.word_tables import WordTables

# A news item's place in capitals opening its heading line (`PARIS, French, 24 October,
# transcript.`, `MONTEVIDEO, 10 November (TASS).`), and the most words such a line has.
DISPATCH_PLACE = r"[A-Z][A-Z’'-]{2,}(?: [A-Z][A-Z’'-]+){0,2}"
_DISPATCH_PLACE = LazyPattern(rf"^{DISPATCH_PLACE}(?:,\s|\s\()")
_DISPATCH_WORDS = 8
# The most words of a body named a line each under a list's heading.
_ITEM_WORDS = 10

# Words that join an office's title, not a name's parts (`SECRETARY OF THE CC`).
_OFFICE_JOINERS = frozenset("of the and for to in at on".split())
AFTERWORD_WORDS = 30
"""A closing instruction after the signature ("Send this to … immediately.") is short."""
_TABLE_RULE = LazyPattern(r"[|+\-=\s]*\|[|+\-=\s]*")
# What kind of paper it is, a title's first line alone (`Information`, `Note`, `Report`).
_KIND_ALONE = LazyPattern(r"(?i)(?:information|note|report|memorandum|record|minutes|protocol|"
                          r"letter|telegram|statement|resolution|decision)")
# A paragraph the editor wrote, all of it in one bracket (`[3 pages of brief handwritten notes
# follow, …]`): however long, no text of the document's after its signature.
_EDITORS_ALONE = LazyPattern(r"^\s*\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\s*$")
# A label alone on its line over those who took part (`Present [at the meeting]:`).
_PRESENT_ALONE = LazyPattern(r"(?i)^\s*(?:present|participants|participating|attending|"
                             r"those present|in attendance)\b[^:]{0,40}:\s*$")
# How many copies one recipient got, then who (`1 copy Cde. Hegen`, `2 copies to the file`).
_COPIES_TO_ONE = LazyPattern(r"(?i)^\d{1,2}\s+cop(?:y|ies)\s+(?:to\s+|for\s+)?(?-i:[A-Z])|"
                             r"^\d{1,2}\s+cop(?:y|ies)\s+(?:to\s+)?(?:the\s+)?file\b")
# The label over a meeting's agenda, whose numbered items are its points, nobody listed.
AGENDA_ALONE = LazyPattern(r"(?i)^\s*(?:agenda|order of (?:the )?(?:day|business)|"
                            r"items? on the agenda|topics?|points? (?:of|on) the agenda)"
                            r"\b[^:]{0,30}:\s*$")
# An item after a dash or a bullet (`- Secretariat General`, `• Embassy in Rome`).
_BULLET = LazyPattern(r"^[-–•]\s+\S")
# A department's number before its name (`1st Far East Department`).
_ORDINAL_FIRST = LazyPattern(r"^\d{1,2}(?:st|nd|rd|th)\s+(?=[A-Z])")


# A line going on with the one above it, on a word of grammar in lower case (`of the …`).
_GOES_ON_IN_LOWER_CASE = LazyPattern(r"^(?:of|and|for|to|in)\s+\S")


class Assembler:
    def __init__(self, pieces: list[Piece], decisions: list[Decision | None],
                 note_units: dict[int, str], tests: LineTests,
                 words: WordTables | None = None) -> None:
        self.tests = tests
        self._run_words = words
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
        self.dates_list_items = False
        """Whether a date alone on its line inside the text opened no entry: the dates under it
        are a list's (`25 November 1957` under an event), not a journal's entries."""
        self.signed_by_position: set[int] = set()
        self.last_main = -1
        self.after_main_notes = 0
        self.roles = [piece.kind if decision is None else settled_role(
            decision.role, piece.unit.plain, pieces[i + 1].unit.plain if i + 1 < len(pieces)
            else None) for i, (piece, decision) in enumerate(zip(pieces, decisions, strict=True))]
        """Each piece's role: the table's, unless its words settle it (`settled`)."""
        self._sign_wrapped_lines()

    def _sign_wrapped_lines(self) -> None:
        """`On behalf of the Central Committee` / `of the Vietnamese Workers' Party`, the lines
        of one block: a signer's line that goes on in lower case goes on signing (the
        second line was loose text of the closer)."""
        for index in range(1, len(self.pieces)):
            piece, above = self.pieces[index], self.pieces[index - 1]
            if (self.roles[index] == "text" and self.roles[index - 1] == "signed"
                    and piece.kind == above.kind == "line"
                    and piece.unit.block == above.unit.block
                    and _GOES_ON_IN_LOWER_CASE.match(piece.unit.plain) is not None):
                self.roles[index] = "signed"

    def role(self, index: int) -> str:
        return self.roles[index]

    @cached_property
    def note_addressees(self) -> tuple[str, ...]:
        """Whom a diplomatic note's first paragraphs say it goes to (`line_shapes`)."""
        return note_addressees(piece.unit.plain for piece in self.pieces
                               if piece.kind == "prose")

    @cached_property
    def places_in_text(self) -> frozenset[str]:
        """The words the text names a place with, after `in`, `at`, `near`, `via` or `into`
        (`arrived in Moscow`): a place's name where a line might hold a signer's."""
        return frozenset(found for piece in self.pieces if piece.kind == "prose"
                         for found in _AFTER_PLACE_WORD.findall(piece.unit.plain))

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
        _label_the_recorder(self.out)
        return self.out

    def _close_before_afterword(self) -> None:
        """A signature between paragraphs, or the place and date a memorandum nobody signs
        ends on, followed only by a short instruction or note, closes the document: the
        signature and its date go to the closer, the instruction after them to the
        postscript."""
        first_prose = next((at for at, piece in enumerate(self.pieces) if piece.kind == "prose"),
                           len(self.pieces))
        for index, piece in enumerate(self.pieces):
            if piece.zone != "main" or piece.kind != "line":
                continue
            if index < first_prose:
                continue  # (no text above it to close: the opening lines of a cable's form)
            signs = self._signs_here(index)
            if not signs and not self._dated_here(index):
                continue
            after = self.pieces[index + 1:]
            prose = [p for p in after if p.kind == "prose"]
            if signs and prose and self._titles_the_last_part(index) and not any(
                    POSTSCRIPT_MARK.match(p.unit.plain) for p in prose):
                continue  # (`Conclusions` over the text's last paragraphs, signed under them)
            if prose and ((len(prose) <= 2 and all(
                    len(p.unit.plain.split()) <= AFTERWORD_WORDS
                    or POSTSCRIPT_MARK.match(p.unit.plain) or _EDITORS_ALONE.match(p.unit.plain)
                    for p in prose)) or (signs and only_points([p.unit.text for p in prose]))):
                # (`Resolution:` / `1. To approve …` / `2. To …` under the signature, signed
                # again: a resolution on the paper, however many its points)
                start = index
                while (start > 0 and self.pieces[start - 1].zone == "main"
                       and self.pieces[start - 1].kind == "line"
                       and self.role(start - 1) in ("dateline", "number")):
                    start -= 1  # `“6” May 1953` / `Witness: [signature]`: dated, then signed
                if signs and self.role(index) != "signed" and not self.dated_name(index):
                    self.signed_by_position.add(index)
                if (signs and start == index and start > 0 and self.pieces[start - 1].zone == "main"
                        and self.pieces[start - 1].kind == "line"
                        and office_over_signer(self, start - 1, start)):
                    start -= 1  # `HEAD OF THE SOVIET DELEGATION …` / `General-Colonel – T.
                    # SHTYKOV`: the office the signer holds, over the signature
                for later in self.pieces[start:]:
                    if later.zone == "main":
                        later.zone = "postscript" if later.kind == "prose" else "closer"
            return

    def _titles_the_last_part(self, index: int) -> bool:
        """Whether the line `index` is a title over the text's last paragraphs (`Conclusions`,
        `III. Conclusions`), no signature with an afterword under it: a numbered title, or one
        word English knows with someone else signing under those paragraphs. A name of more
        words or one English does not know signs (`Kim Il Sung`, `VYSHINSKY`), as does one
        with a signature's shape (`A. Gromyko`, `/s/ …`), one over a reply's salutation, and
        a postscript's writer signing again (`(signed) Keller` twice)."""
        text = self.pieces[index].unit.plain.strip()
        if SIGNATURE_MARK.search(text) or _INITIAL_AND_NAME.search(text):
            return False
        if _SECTION_TITLE.match(text):
            return True  # (`III. Conclusions`: a part's number, no initial)
        if self._worded_title(index):
            return True  # (`FOREIGN POLICY`, `**Conclusions**`: a title in its words)
        if len(text.split()) != 1 or not self._words.is_english(text.strip(".:")):
            return False
        following = index + 1
        if (following < len(self.pieces) and self.pieces[following].kind == "line"
                and SALUTE_LINE.match(self.pieces[following].unit.plain.strip())):
            return False  # (`Kim Il Sung` / `Dear Comrade Kim Il Sung!`: the reply begins)
        last_prose = max(at for at in range(index + 1, len(self.pieces))
                         if self.pieces[at].kind == "prose")
        signers = [self.pieces[at].unit.plain for at in range(last_prose + 1, len(self.pieces))
                   if self.pieces[at].kind == "line" and self.role(at) == "signed"]
        name = _last_word(text)
        return bool(signers) and all(_last_word(signer) != name for signer in signers)

    def _worded_title(self, index: int) -> bool:
        """A title over a paragraph, unnumbered: a short line in capitals or wholly in bold,
        of everyday English words, one of them long (`FOREIGN POLICY`, `**The internal
        situation**`; not a name, `KIM IL SUNG`, `**John Smith**`), that is no marking,
        precedence or form's name (`TOP SECRET`, `URGENT`, `TELEGRAM`) and has no postscript
        under it."""
        following = index + 1
        if not (following < len(self.pieces) and self.pieces[following].kind == "prose"):
            return False
        piece = self.pieces[index]
        text = piece.unit.plain.strip()
        words = text.split()
        if (not 1 <= len(words) <= _TITLE_WORDS or text.endswith((".", ",", ";", "!", "?"))
                or CLASSIFICATION_LINE.match(text) or PRECEDENCE.match(text)
                or FORM_NAME.fullmatch(text.upper()) or SIGNATURE_MARK.search(text)
                or _INITIAL_AND_NAME.search(text)):
            return False
        if self.tests.date_span(text) is not None:
            return False  # `**3 June 1957**`: a journal's entry, dated in bold
        if POSTSCRIPT_MARK.match(self.pieces[following].unit.plain):
            return False  # `**Mao Zedong**` / `P.S. …`: a signature, its postscript under it
        if not (text.upper() == text or wholly_emphasised(piece.unit.text.strip())):
            return False
        letters = LETTER_RUNS.findall(text)
        return (len(letters) == len(words) and any(len(word) >= _LONG_WORD for word in letters)
                # (`SOVIET AMBASSADOR`, `CENTRAL COMMITTEE`: whom the text is addressed to)
                and words_of(text).isdisjoint(PERSON_TITLES)
                and words_of(text).isdisjoint(ORGANISATION_WORDS)
                and all(word.lower() in _TITLE_JOINERS or self._words.is_everyday(word.lower())
                        for word in letters))

    @cached_property
    def _words(self) -> WordTables:
        """The run's word tables; tables of this page's own, opened only when it asks (one word
        of a rare page), where the run gave none."""
        return self._run_words or WordTables()

    def _signs_here(self, index: int) -> bool:
        """A signature between paragraphs: a line given that role, or a bare name with the
        date right under it or right over it (`2:00 A.M., 6 October` / `Mao Zedong`)."""
        if self.role(index) == "signed" or self.dated_name(index) or self._name_in_capitals(index):
            return True
        text = self.pieces[index].unit.plain.strip()
        if not is_name_line(text) or RECORD_KIND.search(text):
            return False  # (`12 January 1957` / `Conversation with Nam Il`: an entry's title)
        return any(0 <= at < len(self.pieces) and self.pieces[at].kind == "line"
                   and (self.role(at) == "dateline"
                        or dated_line(self.pieces[at].unit, self.tests))
                   for at in (index + 1, index - 1))

    def _dated_here(self, index: int) -> bool:
        """`Budapest, 1972 December 11.` between paragraphs: the place and date a memorandum
        that nobody signs ends on; or a date alone, the only one between paragraphs and none
        over the text (`4 November 1945` / `I agree with this draft decision.`: no journal's
        second entry, the text's closing date)."""
        if self._lone_date_closes(index):
            return True
        if self.role(index) != "dateline":
            return False
        text = self.pieces[index].unit.plain.strip()
        span = self.tests.date_span(text)
        return span is not None and (
            place_then_date(text)
            # (the place, then the date in whatever order: `Budapest, 1972 December 11.`)
            or (one_line.PLACE_BEFORE_DATE.fullmatch(text[:span[0]]) is not None
                and not text[span[1]:].strip(" .")))

    def _lone_date_closes(self, index: int) -> bool:
        """Whether the line `index` is the one date alone between paragraphs, and no date
        stands alone over the text."""
        return self._lone_dates == [index] and self.pieces[index].zone == "main"

    @cached_property
    def _lone_dates(self) -> list[int]:
        """The dates alone on their lines over the text, and between paragraphs with two
        paragraphs or more above them (a date under the first paragraph alone may date the
        title that paragraph is: `Protocol of the … meeting …` / `20 October 1983`, which
        `opener.revise` decides); found in one pass."""
        found: list[int] = []
        paragraphs = 0
        for at, piece in enumerate(self.pieces):
            if piece.kind == "prose":
                paragraphs += 1
            elif (piece.kind == "line" and piece.zone in ("main", "opener")
                  and (piece.zone == "opener"
                       or (paragraphs >= 2 and at + 1 < len(self.pieces)
                           and self.pieces[at + 1].kind == "prose"))
                  and is_date_only(piece.unit, self.tests)):
                found.append(at)
        return found

    def _name_in_capitals(self, index: int) -> bool:
        """`LUIZ LEIVAS BASTIAN PINTO` between the text and a short note after it: a signer's
        name of a few words in capitals."""
        text = self.pieces[index].unit.plain.strip()
        tokens = text.split()
        return (2 <= len(tokens) <= 4 and text.upper() == text and is_name_line(text)
                and all(t.strip(".").replace("-", "").isalpha()
                        and t.lower() not in _OFFICE_JOINERS and t.lower() not in TITLES
                        and not is_nationality(t.lower()) for t in tokens))

    def dated_name(self, index: int) -> bool:
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
        if piece.kind == "heading" and self._dated_by_heading(index):
            self.add("opener", "furniture", piece.unit, Role.DATELINE)
            return index + 1
        if piece.kind == "heading" and piece.zone in ("closer", "postscript"):
            # (`#### Notes` under the signature and its list: the notes' heading, after the
            # closer as they are)
            self.in_postscript = True
            self.add("postscript", "furniture", piece.unit, Role.LINE)
            return index + 1
        if piece.kind in ("heading", "table", "quote"):
            self.add("main", piece.kind, piece.unit)
            return index + 1
        if piece.kind == "definition":
            # (a Markdown link's definition is a paragraph holding the link where it stands:
            # after the signature, a postscript's)
            zone = "postscript" if piece.zone in ("closer", "postscript") else "main"
            self.in_postscript = self.in_postscript or zone == "postscript"
            self.add(zone, "paragraph", piece.unit)
            return index + 1
        if piece.kind in ("prose", "line") and piece.zone in ("opener", "main") and (
                self._opens_sections(index)):
            # `I. Industry` over the text's first paragraph, `II. Agriculture` further down:
            # the first part's heading, not a line of the opener nor the document's title
            self.out.append(Placement("main", "heading", piece.unit, marker="section"))
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
        if self._counts_the_lists_copies(index):
            return index + 1
        if self.role(index) == "distribution" or self._opens_list(index):
            return self.distribution(index)
        if piece.zone == "opener" and lists.addresses_many_bodies(piece.unit.plain):
            self.add_list(piece, [piece.unit])  # (a circular's whole address on its line)
            return index + 1
        end = self._addressed_to_several(index)
        if end > index + 1:
            self.add_list(piece, [self.pieces[at].unit for at in range(index, end)])
            return end
        if piece.zone == "main":
            return self.main_line(index)
        if piece.zone == "closer" and POSTSCRIPT_MARK.match(piece.unit.plain):
            # `P.S. Please confirm receipt …` under the signature: the postscript's paragraph
            self.in_postscript = True
            self.add("postscript", "furniture", piece.unit, Role.LINE)
            return index + 1
        return place_furniture(self, index)

    def note(self, index: int) -> int:
        piece = self.pieces[index]
        zone = piece.zone
        marker = self.note_units[piece.source]
        if zone == "closer":
            follows_text = self.after_main_notes >= index
            if starred(marker) and follows_text:
                zone = "main"  # the footnote of the last paragraph, printed right after it
            elif follows_text and self.text_goes_on() and self._signed_or_dated_after(index):
                # the text's notes printed over its closing lines (`[1] …` / `[2] …` /
                # `Budapest, 21 February 1979` / `Minutes taken by: …`): the text's, and the
                # closer is still to come
                zone = "main"
            elif starred(marker) and self._signs_next(index):
                # (`The conversation lasted 55 minutes.` / `\* In the original …` / `Ambassador
                # of the MPR …` / `[signature]`: a note among the closing lines, the signature
                # still to come under it)
                zone = "closer"
            else:
                zone = "postscript"  # endnotes: whatever follows them is postscript too
                self.in_postscript = True
        elif zone == "opener" and self.opener_closed:
            zone = "main"
        self.out.append(Placement(zone, "note", piece.unit, marker=marker))
        return index + 1

    def _signs_next(self, index: int) -> bool:
        """Whether the line right under the note `index` signs, or stands over a line that
        does (an office over the signature)."""
        return any(at < len(self.pieces) and self.pieces[at].kind == "line"
                   and (self.role(at) == "signed" or MARK_ALONE.match(
                       self.pieces[at].unit.plain.strip()) is not None)
                   for at in (index + 1, index + 2))

    def _signed_or_dated_after(self, index: int) -> bool:
        """Whether a line after the notes from `index` is read as a signature or a dateline."""
        return any(self.pieces[at].kind == "line" and self.role(at) in ("signed", "dateline")
                   for at in range(index + 1, len(self.pieces)))

    def main_line(self, index: int) -> int:
        piece = self.pieces[index]
        role = self.role(index)
        if self._opens_entry(index):
            self.add("main", "entry", piece.unit, Role.DATELINE)
            return index + 1
        headings = self._headings_over_the_date(index)
        if headings:
            # (under headings of its own, `#### FROM THE JOURNAL OF …` / `##### Record of
            # Conversation …` / `11 March 1959`: the date of the part the last one opens)
            self.add("opener" if headings == 1 else "main", "furniture", piece.unit,
                     Role.DATELINE)
            return index + 1
        if self._heads_section(index):
            self.add("main", "heading", piece.unit)
            return index + 1
        marked = one_line.marking_and_copy(piece.unit, Role.DOCUMENT_NUMBER)
        if marked is not None:
            # `Secret. Copy Nº 5` over the second document of the page, whatever the table said
            return self.add_split("main", marked, index)
        if role == "classification" or CLASSIFICATION_LINE.match(
                unemphasised(piece.unit.plain.strip())):
            self.add("main", "furniture", piece.unit, Role.CLASSIFICATION)
            return index + 1
        plain = piece.unit.plain.strip()
        if PRECEDENCE.fullmatch(unemphasised(plain).strip(" .!")):
            # `Top Priority` between the heading lines of a draft and its text
            self.add("main", "furniture", piece.unit, Role.PRECEDENCE)
            return index + 1
        if whole_archive_reference(plain):
            # `AMSZ, z. 9, w. 53, t. 702` between the text and its notes: where the original
            # lies, never a paragraph of it
            self.add("main", "furniture", piece.unit, Role.DOCUMENT_NUMBER)
            return index + 1
        if role == "number" and (NUMBER_AT_START.match(plain) or CODE_TOKEN.fullmatch(plain)):
            split = one_line.number_marking_and_precedence(piece.unit, Role.REGISTRY)
            if split is not None:
                # `Number 2629 Secret Top Urgent` under the cable's title: its markings too
                return self.add_split("main", split, index)
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
        """A date alone on its line between two paragraphs (`3 June 1957`), or over the
        entry's own title line and its paragraph (`August 1975` / `The Central Committee of
        the Lebanese Communist Party` / `They discussed …`): a journal's next entry begins."""
        if not self.text_begun:
            return False
        date_alone = is_date_only(self.pieces[index].unit, self.tests)
        if not (date_alone or self._dispatch_heading(index)):
            return False
        following = index + 1
        if (following + 1 < len(self.pieces) and self.pieces[following].kind == "line"
                and self.pieces[following].zone == "main"):
            following += 1  # (the entry's title)
        opens = (following < len(self.pieces) and self.pieces[following].kind == "prose"
                 and not (date_alone and self.dates_list_items))
        if date_alone and not opens:
            self.dates_list_items = True
        return opens

    def _dated_by_heading(self, index: int) -> bool:
        """`#### FROM THE JOURNAL OF …` / `##### 20 June 1972` / `##### RECORD OF
        CONVERSATION …`: a heading of a date alone, before the text, is the record's dateline
        set as a heading."""
        return not self.text_begun and is_date_only(self.pieces[index].unit, self.tests)

    def _headings_over_the_date(self, index: int) -> int:
        """`#### RECORD OF CONVERSATION WITH …` / `26 July 1960` / the text: a date alone under
        a heading, before the text, is the dateline of what the heading opens; so is a place
        and a date (`Beijing, 17 January 1953`). How many headings stand over it, or 0 where
        the line is no such date."""
        following = index + 1
        unit = self.pieces[index].unit
        if not (not self.text_begun and bool(self.out) and self.out[-1].kind == "heading"
                and following < len(self.pieces) and self.pieces[following].kind == "prose"
                and (is_date_only(unit, self.tests) or is_place_and_date(unit, self.tests))):
            return 0
        return sum(placed.kind == "heading" for placed in self.out)

    def _dispatch_heading(self, index: int) -> bool:
        """`PARIS, French, 24 October, transcript.` between two items of a news digest: where
        and when the next item was broadcast or filed, its place in capitals first."""
        text = self.pieces[index].unit.plain.strip()
        return (_DISPATCH_PLACE.match(text) is not None
                and len(text.split()) <= _DISPATCH_WORDS
                and self.tests.date_span(text) is not None)

    def _heads_section(self, index: int) -> bool:
        """A short numbered title between two paragraphs (`II. Foreign policy`): a section's
        heading, as a Markdown heading would be."""
        following = index + 1
        if not (following < len(self.pieces) and self.pieces[following].kind == "prose"
                and self.text_begun):
            return False
        text = self.pieces[index].unit.plain.strip()
        if (self.role(index) == "signed" and _INITIAL_AND_NAME.match(text)
                and not self._second_title_below(index)):
            # `I. IVANOV`: an initial, not a part's Roman number (`I. THE MIKOYAN MISSION`,
            # `II. THE QUESTION OF INSPECTION` further down)
            return False
        if _SECTION_TITLE.match(text) is not None or self._worded_title(index):
            return True
        # `2. The conversation with Mendes-France.` after `1. The Conversation with Eden`
        # headed a section: the next number's title, though it ends on a stop
        number = _SECTION_NUMBER.match(text)
        return (number is not None and text.endswith(".")
                and _SECTION_TITLE.match(text[:-1]) is not None
                and any(p.kind == "heading" and p.zone == "main"
                        and p.unit.plain.strip().startswith(f"{int(number['n']) - 1}.")
                        for p in self.out))

    def _opens_sections(self, index: int) -> bool:
        """The first of the text's numbered titles (`I. Industry`, `1. The talks`, `A. …`) over
        a paragraph, before the text began, with the next number's title (`II. …`) over a
        paragraph further down."""
        following = index + 1
        if self.text_begun or not (following < len(self.pieces)
                                   and self.pieces[following].kind == "prose"):
            return False
        return self._second_title_below(index)

    def _second_title_below(self, index: int) -> bool:
        """Whether the line `index` is the first of numbered titles (`I. Industry`), the next
        number's title (`II. …`) over a paragraph further down."""
        first = _SECTION_TITLE.match(self.pieces[index].unit.plain.strip())
        if first is None or first["number"] not in _FIRST_NUMBERS:
            return False
        second = _FIRST_NUMBERS[first["number"]]
        return any(
            piece.kind in ("line", "prose") and later.kind == "prose"
            and (title := _SECTION_TITLE.match(piece.unit.plain.strip())) is not None
            and title["number"] == second
            for piece, later in zip(self.pieces[index + 2:], self.pieces[index + 3:],
                                    strict=False))

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
        """The end of a run of addresses over the text, a line each, all of one shape (`To
        Cde. Stalin` / `To Cde. Molotov` / …; `Gede – MOSCOW` / `Mazur – PRAGA` / …; `To the
        Minister of … Cde. Yakubov` / `To the Minister of … Cde. Yemel’yanov`): the several it
        was sent to, a list."""
        for addressed in (lists.addresses_a_comrade, lists.posted_addressee,
                          lists.addresses_an_office_holder):
            end = index
            while (end < len(self.pieces) and self.pieces[end].kind == "line"
                   and self.pieces[end].zone == "opener"
                   and addressed(self.pieces[end].unit.plain)):
                end += 1
            if end > index + 1:
                return end
        return self._bodies_addressed(index)

    def _bodies_addressed(self, index: int) -> int:
        """The end of a run of lines naming the bodies a circular goes to, each ending on a
        comma, the last on the colon before the text (`To all embassies …,` / `the
        Consulates-General in Jakarta and Rangoon,` / `the Xinhua News Agency offices
        abroad:`); or the posts' kind alone, then the countries they are in, the last line on
        the colon (`To the Embassies in` / `Korea, Vietnam, Albania, Romania,` / `the Soviet
        Union and Mongolia:`); or the posts a line each, under `To:` or a first line left open
        (`[To the] Embassies in Vietnam, Korea, …,` / `Albania, Romania, …,` / `and the Offices
        of the Chargé d'Affaires in Britain and the Netherlands:`)."""
        end = index
        first = self.pieces[index].unit.plain
        following = self.pieces[index + 1] if index + 1 < len(self.pieces) else None
        in_places = lists.posts_in(first, following.unit.plain if following is not None
                                   and following.kind == "line" else "")
        left_open = lists.address_left_open(first) or lists.posts_addressed(first)
        while (end < len(self.pieces) and self.pieces[end].kind == "line"
               and self.pieces[end].zone == "opener"
               and ((end == index and (in_places or left_open))
                    or self._in_the_address(end, in_places, left_open))):
            if self.pieces[end].unit.plain.rstrip().endswith(":"):
                if end > index:
                    return end + 1
                if not (in_places or left_open):
                    return index
                # (`To the embassies of the ČSSR in:`, `and, for information:`: the address
                # opens on its colon, the places or posts under it)
            end += 1
        # (`To the Embassies of the Hungarian People's Republic in` / `Moscow, Berlin, …,
        # Havana` / `and to the Embassies in Beijing and Pyongyang`, the text's place and date
        # under them; `To:` / `Embassies in Pyongyang, …;` / `Embassies in Warsaw, …`: the
        # places or the posts named end the address without its colon)
        if end > index + 1 and (in_places or (left_open and all(
                lists.names_posts(self.pieces[at].unit.plain) for at in range(index + 1, end)))):
            return end
        return index

    def _in_the_address(self, index: int, in_places: bool, left_open: bool) -> bool:
        """Whether the line `index` names more of the bodies a circular is addressed to, of the
        places its posts are in (`in_places`: under `To the Embassies in`), or of the posts
        its first line left open."""
        text = self.pieces[index].unit.plain
        return (lists.addresses_bodies(text)
                or (in_places and (lists.places_listed(text) or lists.places_go_on(text)))
                or (left_open and lists.address_goes_on(text)))

    def _list_goes_on(self, head: int, index: int) -> bool:
        text = self.pieces[index].unit.plain.strip()
        head_text = self.pieces[head].unit.plain.strip()
        if index == head + 1 and lists.counted_then_sent(head_text, text):
            return True
        if lists.copy_labelled_alike(self.pieces[index - 1].unit.plain.strip(), text):
            return True  # `c.c.p. Embassy of Mexico …` / `c.c.p. Department of …`
        if index == head + 1 and lists.posts_then_places(head_text, text):
            return True  # `Copy to: Embassies` / `Beijing, Hanoi, Moscow, …`
        if lists.starts_another(text) or is_date_only(self.pieces[index].unit, self.tests):
            return False  # a date is nobody a list names
        if NOTES_HEADING.match(text) is not None:
            return False  # `Notes` over the endnotes under the list: their heading
        if REFERENCE.match(text) is not None:
            return False  # `Written in 3 copies` / `Subject: The withdrawal of …`: the subject
        if lists.done_by_field(text):
            return False  # `Read By:` / `Approved By: Chen Zhongjing`: the form's next field
        if labels_a_stamp(text):
            return False  # `[Stamp:] Secretariat of V. M. Molotov` under the list: a stamp
        if (registry_code(text) and index + 1 < len(self.pieces)
                and is_date_only(self.pieces[index + 1].unit, self.tests)):
            return False  # `648-VK` over `V.X.51`: the registry's number and date, nobody named
        if file_code(text) and index + 1 == len(self.pieces):
            return False  # `A .2503` ending the page: the file's code
        if (EMPTY_ITEM.match(text) and index + 1 < len(self.pieces)
                and ENUMERATED.match(self.pieces[index + 1].unit.plain.strip())):
            return True  # `5: …` / `6:` / `7: …`: a copy's number that nobody got
        if index - 1 > head and lists.numbers_ended(
                self.pieces[index - 1].unit.plain.strip(), text):
            return False
        if (self.role(index) == "distribution" or ENUMERATED.match(text)
                or lists.copies_go_on(head_text, text)
                or _COPIES_TO_ONE.match(text)):
            # (`1 copy Department South and Southeast Asia`: how many copies one recipient got)
            return True
        if lists.left_open(self.pieces[index - 1].unit.plain):
            return True  # `Copies: Stalin (2), Malenkov, Beria,` / `Bulganin, Mikoyan, …`
        if (lists.address_left_open(self.pieces[index - 1].unit.plain)
                and lists.address_goes_on(text)):
            return True  # `the Offices of the Chargé d'Affaires …;` / `the Xinhua … abroad:`
        if lists.by_point_goes_on(self.pieces[index - 1].unit.plain, text):
            return True  # `To Cdes. …, Vyshinsky – all;` / `Zverev – point 4.`
        if lists.addressee_wrapped(self.pieces[index - 1].unit.plain, text):
            return True
        if lists.posts_addressed(head_text) and lists.names_posts(text):
            return True  # `TO: EMBASSIES IN WASHINGTON, …` / `PERMANENT MISSIONS TO THE …`
        if lists.posts_under_their_heading(head_text, text) or lists.posts_a_line_each(
                head_text, text):
            # `To: Embassies of the FPRY – Washington, …` / `Legation … – Montevideo`; `Copy to:
            # Embassy Washington` / `Permanent Mission of the SFRY to the UN – New York`
            return True
        if lists.titled_addressees(head_text, text):
            return True  # `TO: Gen. Ivan Mihailov, Member of Politburo` / `Comrade Ivan …, …`
        if lists.names_a_comrade(text) and self._headed(head) and not text.endswith(":"):
            return True  # `To be seen by` / `Comrade Szabó F.` / `Comrade Bényei` (but
            # `Comrade STALIN I.V.:` under the list is the text's address)
        if self._headed(head) and lists.begins_as_the_item_above(
                self.pieces[index - 1].unit.plain.strip(), text):
            return True  # `Distributor:` / … / `Main Department XX/AKG` / `Main Department XX/8`
        if ((self._headed(head) or lists.one_item_on_its_line(self.pieces[head].unit.plain)
             or (index == head + 1 and lists.headed_names(self.pieces[head].unit.plain)
                 and signing_body(text)))
                and self._same_block(index) and len(text.split()) <= _ITEM_WORDS
                and (signing_body(named := _ORDINAL_FIRST.sub("", text.removeprefix("the ")))
                     or reads_as_name(named) or lists.to_the_file(text)
                     or (self._headed(head) and (lists.capitalised_item(text)
                                                 or lists.posts_at_places(text))))):
            return True  # `Copies to:` / `Embassy of Spain in Washington` / `Consulate of …`,
            # `c.c.: Vice-Minister …` / `Department of Africa …`: the bodies named under the
            # heading, a line each, no blank line between; a body under the heading's line of
            # names a comma apart (`Copies to: the Chairman, Liu [Shaoqi], …` /
            # `International Liaison Department`); its article in lower case before it (`Copies
            # to:` / `the Cabinet Secretary` / `the Embassy in Vienna`), or its number (`1st Far
            # East Department`); the file, last (`to file`); under a heading alone, any office
            # or body in capitals (`Swiss Observer to the United Nations, New York`), or posts
            # in lower case where they are (`posts at Bonn, London, Paris`)
        if lists.ordinal_copy(text) and self._headed(head):
            return True  # `Distribution:` / `1st copy Comrade Ulbricht` / `2nd copy ZAIG`
        if _BULLET.match(text) and self._headed(head):
            return True  # `Photocopy to:` / `- Secretariat General` / `- Directorate …`
        if copies_by_name(text) and self._headed(head):
            return True  # `Distribution list - 12 copies:` / `Stalin - 2, …, on file - 1.`
        return (lists.ADDRESS.match(head_text) is not None and lists.addressees(text)) or (
            lists.bodies_addressed(head_text, text))

    def _same_block(self, index: int) -> bool:
        """Whether the line `index` is in the block of the line above it, no blank line
        between them."""
        return self.pieces[index].unit.block == self.pieces[index - 1].unit.block

    def _headed(self, head: int) -> bool:
        """Whether the list begins with a heading alone on its line (`Seen by`, `Copies:`)."""
        return lists.heading_alone(self.pieces[head].unit.plain.strip())

    def _counts_the_lists_copies(self, index: int) -> bool:
        """`Copies to: the Chairman, …` / `Printed 25 copies`, `(24 copies printed)`: how many
        copies were made for those the list just placed names, its last line, placed so (a
        count over the names is its heading, over copies numbered a line each the heading of
        their list; under them, `1. Minister …` / `3 copies`, a docket)."""
        piece = self.pieces[index]
        if (piece.kind != "line" or not self.out or self.out[-1].kind != "list"
                or not COUNT_ONLY.match(piece.unit.plain.strip())
                or any(label for label, _ in self.out[-1].items) or self._opens_list(index)):
            return False
        self.out[-1].items = (*self.out[-1].items, (None, piece.unit))
        return True

    def _in_list(self, head: int, index: int, closed: bool, numbers_only: bool) -> bool:
        """Whether the line `index` goes on with the list under `head`: after a heading that
        has its items on its line (`closed`), only a comrade named on the next; after numbers
        without a heading (`numbers_only`), only more numbers."""
        piece = self.pieces[index]
        if piece.kind != "line":
            return False
        head_text = self.pieces[head].unit.plain.strip()
        line = piece.unit.plain.strip()
        if index == head + 1 and self._headed(head) and lists.names_a_comma_apart(line):
            return True  # `Distributed to` / `Chairman, Liu, Zhou, Zhu, …`, however many
        if _bodies_a_comma_apart(line) and (
                (index == head + 1 and lists.one_line_list(head_text)) or self._headed(head)):
            # `Distribution: Chairman, Liu, …` / `International Liaison Department, Asia
            # Department of the Ministry …`: the bodies it went to besides, on the next line;
            # under a heading alone, on any line of the list
            return True
        if closed and not (lists.names_a_comrade(piece.unit.plain)
                           or (index == head + 1 and lists.posts_then_places(head_text, line))
                           or lists.titled_addressees(head_text, line)
                           or lists.posts_under_their_heading(head_text, line)
                           or lists.posts_a_line_each(head_text, line)
                           or self._one_more_recipient(head, index)):
            return False
        if ANNOTATION_OPENING.match(piece.unit.text) and lists.closed_on_its_line(head_text):
            # `Copies: Malenkov, Molotov, …` / `[handwritten: Reported to Cde. Malenkov.
            # 30.III.53]`: the hand's note under the list closed on its line, no recipient
            return False
        if numbers_only and ENUMERATED.match(line) is None and not (
                lists.copies_go_on(head_text, line)
                or lists.addressee_wrapped(self.pieces[index - 1].unit.plain, line)):
            return False
        if (is_uppercase_line(line) and FORM_NAME.fullmatch(line)) or SPACED_CAPITALS.match(line):
            # `Prepared in 3 copies` / `MINUTES`, `Send to:` / `A  C O P Y`: the form's name
            # or a heading spaced out, nobody listed
            return False
        if (_KIND_ALONE.fullmatch(line) and index + 1 < len(self.pieces)
                and self.pieces[index + 1].unit.plain.lstrip()[:1].islower()):
            # `5 copies, 2nd copy` / `Information` / `on the situation in the DPRK`: the
            # paper's title under the copies, going on in lower case, nobody listed
            return False
        return self._list_goes_on(head, index)

    def _one_more_recipient(self, head: int, index: int) -> bool:
        """`Copy to: Permanent Representation NATO Paris` / `Embassy Havana` / `Governor
        Willemstad`: under a heading with one recipient on its line, the next a line each,
        the line table's recipients too, no blank line between."""
        text = self.pieces[index].unit.plain.strip()
        # (not where the telegram came from: `Copies: Stalin (2)` / `From BEIJING`)
        return (lists.one_item_on_its_line(self.pieces[head].unit.plain.strip())
                and self.role(index) == "distribution" and self._same_block(index)
                and len(text.split()) <= _ITEM_WORDS and FROM_PLACE.match(text) is None
                and (signing_body(text) or reads_as_name(text)))

    def _is_rule(self, index: int) -> bool:
        return self.pieces[index].kind == "rule" or self._is_table_rule(index)

    def _is_table_rule(self, index: int) -> bool:
        """A line of a flattened table's rules alone (`|`, `| |`, `+---+`)."""
        piece = self.pieces[index]
        return piece.kind == "line" and _TABLE_RULE.fullmatch(piece.unit.plain.strip()) is not None

    def _numbering_goes_on(self, line: str) -> bool:
        """Whether the numbered `line` goes on with a numbered paragraph of the text placed
        just before it."""
        if not self.out or ENUMERATED.match(line) is None:
            return False
        last = self.out[-1]
        return (last.zone == "main" and last.kind == "paragraph"
                and ENUMERATED.match(last.unit.plain.strip()) is not None)

    def distribution(self, index: int) -> int:
        piece = self.pieces[index]
        if is_date_only(piece.unit, self.tests):
            # a date is nobody a list names: in the closer, the text's date (`Foreign Ministry`
            # / `2 July 1961` over the list of copies)
            if piece.zone == "closer":
                self.roles[index] = "dateline"
            return place_furniture(self, index)
        if count_beside_signature(self.pieces, index) is not None:
            return place_furniture(self, index)  # the copies' count beside the signature
        copy_at = lists.copy_after_count(piece.unit.text)
        if copy_at is not None:
            # `9 copies printed. Copy Nº 3`: how many were made, then which this is
            count, copy = split_at(piece.unit, copy_at)
            zone = self.zone(piece)
            self.add(zone, "furniture", count, Role.DOCKET)
            self.add(zone, "furniture", copy, Role.DOCUMENT_NUMBER)
            return index + 1
        end = index
        first_line = piece.unit.plain.strip()
        if piece.zone == "main" and self._numbering_goes_on(first_line):
            # `1. Engineer Rigoberto Almaguer Peña, head of the delegation` a paragraph of the
            # text, `2. Engineer Manuel Arteaga Soler` under it: the text's numbered lines go
            # on, nobody's copies
            return self.main_line(index)
        # (asked before the lines under it are walked: a run of lines no list starts at would
        # be walked again from each of them)
        if not (lists.has_a_start(first_line) or self._opens_list(index)):
            return place_furniture(self, index)  # lines with neither a heading nor numbers
        if comrades_listed(first_line) and self._under_those_present(index):
            return place_furniture(self, index)  # who took part, no list of whom it went to
        if ENUMERATED.match(first_line) and self._under_an_agenda(index):
            return place_furniture(self, index)  # `Agenda:` / `1. Report on …`: its points
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
            return place_furniture(self, index)  # (`Received by:` with nobody under it: no list)
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
        self.add_list(piece, units)
        return end + 1

    def _under_those_present(self, index: int) -> bool:
        """Whether the comrades listed at `index` (and any listed over them) stand under a label
        that says who was present (`Present [at the meeting]:`)."""
        above = index - 1
        while (above >= 0 and self.pieces[above].kind == "line"
               and comrades_listed(self.pieces[above].unit.plain.strip())):
            above -= 1
        return above >= 0 and _PRESENT_ALONE.match(self.pieces[above].unit.plain) is not None

    def _under_an_agenda(self, index: int) -> bool:
        """Whether the numbered line at `index` (and any numbered over it) stands under a
        meeting's `Agenda:`."""
        above = index - 1
        while (above >= 0 and self.pieces[above].kind == "line"
               and ENUMERATED.match(self.pieces[above].unit.plain.strip())):
            above -= 1
        return (above >= 0 and self.pieces[above].kind == "line"
                and AGENDA_ALONE.match(self.pieces[above].unit.plain) is not None)

    def add_list(self, piece: Piece, units: list[Unit]) -> None:
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

    def add_split(self, zone: str, split: one_line.Split, index: int) -> int:
        """The line `index`'s parts, each placed in its role; the index after the line."""
        for unit, role in split:
            self.add(zone, "furniture", unit, role)
        return index + 1

    def text_goes_on(self) -> bool:
        """Whether nothing of the closer has been placed yet: the text was the last placed."""
        return bool(self.out) and self.out[-1].zone == "main"


# A section's number in figures, its title after it.
_SECTION_NUMBER = LazyPattern(r"^(?P<n>\d{1,2})\.\s")
# A numbered title: `II. Foreign policy`, `B. The economy`, `3. Relations with China`; a few
# words in title form, nothing that ends a sentence, no dotted leader (`3. Cost of 50 pieces of
# timber………25 Eq-tanga`: an account's row).
_SECTION_TITLE = LazyPattern(r"^(?P<number>[IVXLC]{1,6}|[A-Z]|\d{1,2})\.\s+"
                             r"[A-Z][^.!?:;,\[\]…]{0,60}(?<![.!?:;,])$")
# The first number of a run of numbered titles, and the second's.
_FIRST_NUMBERS = {"I": "II", "A": "B", "1": "2"}


# A capitalised word after a preposition only a place stands after.
_AFTER_PLACE_WORD = LazyPattern(rf"\b(?:{'|'.join(sorted(PLACE_ONLY))})\s+"
                                r"([A-ZÀ-ÞА-Я][a-zß-ÿа-яё’'-]{2,})\b")
# The most words of an unnumbered title, and the letters of the long word a title in capitals
# has (`POLICY`, `SITUATION`; a name's words are mostly shorter: `JOHN SMITH`).
_TITLE_WORDS = 8
_LONG_WORD = 6
_TITLE_JOINERS = frozenset("of the and on in with to for a an".split())


# A name after its initials (`A. Gromyko`, `I. IVANOV`), which no title over a part of the text
# has (`III. Conclusions`: a Roman figure).
_INITIAL_AND_NAME = LazyPattern(r"(?<![^\W\d_])[A-ZА-Я]\.\s?(?:[A-ZА-Я]\.\s?)?[A-ZА-Я][a-zа-я]*"
                                r"[A-ZА-Яa-zа-я]")


def _last_word(text: str) -> str:
    """A signer's surname as the line ends on it, case aside (`I. IVANOV`, `Ivanov`)."""
    words = LETTER_RUNS.findall(text)
    return words[-1].casefold() if words else ""


def _label_the_recorder(out: list[Placement]) -> None:
    """`Recorded by:` / `D. Stojković`: the label alone over the name that signs is the
    signature's, as on one line (`Recorded by: Petrov`); it was a line of the closer."""
    for index in range(len(out) - 2, -1, -1):
        label, signer = out[index], out[index + 1]
        if (label.kind == signer.kind == "furniture" and label.role is Role.LINE
                and signer.role is Role.SIGNED and label.zone == signer.zone
                and RECORDED_BY_ALONE.match(label.unit.plain.strip()) is not None):
            signer.unit = join_lines(label.unit, signer.unit)
            del out[index]


def assemble(pieces: list[Piece], decisions: list[Decision | None],
             note_units: dict[int, str], tests: LineTests,
             words: WordTables | None = None) -> list[Placement]:
    return Assembler(pieces, decisions, note_units, tests, words).run()


def _bodies_a_comma_apart(line: str) -> bool:
    """`International Liaison Department, Asia Department of the Ministry of Foreign Affairs`:
    bodies named a comma apart, each ending on its kind (no sentence, no person)."""
    parts = [part.strip() for part in line.split(",")]
    return len(parts) > 1 and all(part and signing_body(part) for part in parts)
