"""How the units of a page go on across lines and blocks: a sentence a wrapped line or a page
break split (`LB`, `PB`), the lines a label alone labels, a bracket left open over several
lines. `make_units` reads a page's blocks into the units the structure reader places.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from teikit.dates import MONTH_WORD_PATTERN
from teikit.lazy_pattern import LazyPattern
from teikit.readers.blocks import RawBlock, iter_blocks
from teikit.readers.furniture.cues import parenthesised
from teikit.readers.furniture.line_patterns import (
    LIST_HEAD_WORDS,
    MEMO_LABEL,
    RECEIPT,
    SALUTATION_OPENING,
    SALUTATION_WORDS,
    SENDING,
    SENTENCE_OPENING_WORDS,
    VALEDICTION,
)
from teikit.readers.units import (
    LB,
    PB,
    WORD_BREAK,
    Joining,
    Unit,
    block_units,
    ends_sentence,
    join_units,
)
from teikit.readers.word_breaks import broken_word, ends_in_hyphen
from teikit.readers.wrapping import MAX_WIDTH, RAGGED_EDGE, wrap_width, wrapped_break
from teikit.rules.handwritten import BARE_LABEL
from teikit.rules.lexicon import is_nationality
from teikit.rules.page import PAGE_MARKER, PRINTED_PAGE_NUMBER, is_number_between
from teikit.rules.word_tables import WordTables


def _ends_sentence(unit: Unit) -> bool:
    return ends_sentence(unit.text)


_OPENING_QUOTES = "\"“„«‘"


def _starts_lowercase(unit: Unit) -> bool:
    """`[the] meeting went on …` goes on with the sentence before it; `[handwriting] No. 21/55`
    does not: an editor's account of a stamp or a hand begins an annotation of its own."""
    if (ANNOTATION_OPENING.match(unit.text) or _wholly_parenthesised(unit.text)
            or _ANNOTATION_LABEL.match(unit.text)):
        return False  # (`(not yet proofread)` under a title, `stamped: personal`: of its own)
    if _MARKER_GOES_ON.match(unit.text):
        return True
    # (a quotation's mark before the word: `remained` / `"uncertain". He asked …`)
    text = unit.text.lstrip("[(" + _OPENING_QUOTES)
    return bool(text) and text[0].islower()


# An account of a stamp or a hand, labelled without brackets: `stamped: confidential matter`.
_ANNOTATION_LABEL = re.compile(r"(?i)^\s*(?:stamped|stamp|handwritten|signed|seal|initial(?:l)?ed)"
                               r"\s*:")
# A note's marker wrapped to the start of the next line, the sentence going on after it:
# `Before Günther` / `[1] speaks, I have to …` (a note's text begins with a capital).
_MARKER_GOES_ON = re.compile(r"^\[\d{1,3}\]\s+[a-z]")


# A letter's salutation, its comma or colon ending the line: what follows is the letter's text.
_SALUTATION = re.compile(r"(?i)^" + SALUTATION_WORDS
                         + r"[^.!?]{0,60}[,:!]\s*$")
# A bracket that opens on an account of a stamp, a hand, a seal or a signature (`[handwriting]
# No. 21/55`, `[stamp and handwriting] …`, `[in Stalin’s hand: agreed]`, `[signed] N. Mesyatsev`,
# `[illegible signature; 30 December 1957]`).
# (what opens a hand's words: `handwritten`, `handwriting`, `in Stalin’s hand`)
HAND_LABEL = r"hand-?writ|in (?:\w+['’]s )?hand\b"
ANNOTATION_OPENING = re.compile(
    rf"(?i)^\[\s*(?:stamps?\b|seal\b|(?:illegible\s+)?signature\b|signed\b|initials\b|margin|"
    rf"{HAND_LABEL})")
# A hand's label alone on its line labels the lines under it: its colon printed after the
# bracket (`[Handwritten]:`) or inside it (`[handwritten at the bottom:]`).
_HAND_LABEL_BRACKET = rf"(?i)\s*\[\s*(?:{HAND_LABEL})[^\[\]]{{0,40}}"
HAND_LABEL_THEN_COLON = LazyPattern(_HAND_LABEL_BRACKET + r"\]:\s*")
HAND_LABEL_ALONE = LazyPattern(_HAND_LABEL_BRACKET + r":\s*\]\s*")


def _closed_bracket(text: str) -> bool:
    """`[Attachment to a letter of Comrade Hegen, …; 23 February 1968]`: a line that is one
    bracket, opened at its start and closed at its end."""
    stripped = text.strip()
    return (stripped[:1] == "[" and stripped[-1:] == "]" and not stripped.endswith(":]")
            and stripped.count("[") == stripped.count("]"))  # (`[Handwritten:]` labels what
    # follows it)


def _wholly_parenthesised(text: str) -> bool:
    inner = parenthesised(text)
    return inner is not None and ")" not in inner


# Words a line cannot end on when its sentence ends there: the next line of the same block
# goes on with it, whatever its first letter ("Received by diplomatic pouch from / Cde. X").
_DANGLING = frozenset(
    "a an the of from to by in on at for with and or via into upon between".split())


def _left_hanging(text: str) -> bool:
    stripped = text.rstrip()
    if _LIST_HEAD_ALONE.match(stripped) is not None:
        return False  # `Distributed to` / `Chairman, Liu, …`: a list's heading, its colon left out
    last = stripped[stripped.rfind(" ") + 1:]
    if last.isupper() and len(last) > 1 and not stripped.isupper():
        return False  # `Processed: … Office of the President, G, Ku, 6, TO`: an office's code
    # (a people's adjective after its article wants its noun: `… in the KWP the Chinese` /
    # `People's Volunteers must not …`, `the Soviet` / `Union`)
    return last.lower() in _DANGLING or (
        last.isalpha() and is_nationality(last)
        and _ARTICLE_BEFORE_LAST.search(stripped) is not None)


# A list's heading alone on its line, its colon left out (`Distributed to`, `Copies to`).
_LIST_HEAD_ALONE = LazyPattern(rf"(?i)^(?:{LIST_HEAD_WORDS})$")
_ARTICLE_BEFORE_LAST = LazyPattern(r"(?i)\b(?:the|a|an|our|their|its|his|her)\s+\S+$")


# A note's text begins: its marker in brackets or its asterisk (`[1]`, `[2].`, `*Translator's
# Note:`), not a figure, which numbers a point as well.
_NOTE_BEGINS = LazyPattern(r"(?:\[\d{1,3}\]|\\?\*{1,3})(?=\S|\s+[A-Z])")
_ANCHOR_AT_END = LazyPattern(r"(?:\[\d{1,3}\]|\\?\*{1,3})$")
_FIELD_LABEL = LazyPattern(r"([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3})\s*:\s")
_INITIALS_AT_END = LazyPattern(r"(?<![\w.])(?:[A-Z]\.){2,3}\s*$")


def _wrapped(line: str, following: str, width: int) -> bool:
    """Whether the wrapping broke the paragraph of `line` before `following`. After a
    sentence's end, a short line that would not have fitted is taken for a line of its own
    ("… both countries." / "I. STALIN"), a long one for the paragraph going on."""
    if ends_sentence(line) and VALEDICTION.match(following):
        return False  # "… modern troops." / "Faithfully, KIM IL SUNG, Chairman of …": a close
    if _labelled_field(following):
        return False  # "… Americas Division, MEA" / "DATE: September 15, 1973": a form's field
    if _NOTE_BEGINS.match(following) and ends_sentence(_ANCHOR_AT_END.sub("", line.rstrip())):
        # "… let us do it for you." / "[1]Deng Xiaoping was then …", "… no problem.[2]" /
        # "[1] Tao Zhu was …": a note's text begins
        return False
    return wrapped_break(line, following, width) and (
        not ends_sentence(line) or bracket_depth(line) > 0  # "close [inserted by hand:"
        # ("… Combat U.S." / "Aggression", "… Rittenberg and A.L." / "Strong)": initials)
        or _INITIALS_AT_END.search(line) is not None
        or len(following) >= width - RAGGED_EDGE)


def _labelled_field(line: str) -> bool:
    """Whether `line` opens with a form's label (`DATE:`, `TO:`, `To:`, `Dispatched:`,
    `Arrived:`): its label in capitals, a memorandum's or a cable's (`MEMO_LABEL`), or one of a
    telegram's sending or receipt (not any word before a colon: `… with Comrade` / `Kim: he
    said` goes on)."""
    found = _FIELD_LABEL.match(line)
    return found is not None and (found.group(1).isupper() or MEMO_LABEL.match(line) is not None
                                  or SENDING.match(line) is not None
                                  or RECEIPT.match(line) is not None)


def _wrap_joined(previous: Joining, unit: Unit, width: int | None) -> bool:
    """Whether the line break before `unit`, which goes on with the text before it in the
    same block, is one a fixed-width wrapping made."""
    return (width is not None and unit.block == previous.end_block()
            and _wrapped(previous.last_text(), unit.text, _width_for(previous, unit, width)))


def _width_for(previous: Joining, unit: Unit, width: int) -> int:
    """The wrap width as the texts of the line and of the next line's first word measure it:
    the file's width less the backslashes of the Markdown escapes they held there."""
    words = unit.text.split(maxsplit=1)
    first_word_end = unit.text.find(words[0]) + len(words[0]) if words else 0
    return width - previous.last_unit().file_extra() - unit.file_extra(first_word_end)


def join_continuations(units: Iterable[Unit], width: int | None = None,
                       words: WordTables | None = None) -> Iterator[Unit]:
    """Rejoin text that a page break or a wrapped line split in the middle of a sentence.

    Across a blank line (another Markdown block), the break is a page break (`PB`) and the
    first part must be prose; within a block (single newlines), it is a wrapped line (`LB`),
    or a word the line's end broke (`WORD_BREAK`, `words` telling which hyphen is the
    line's: the run's tables, or tables of its own).
    """
    previous: Joining | None = None
    marker: Unit | None = None  # a page marker after a sentence left open, held for one unit
    source = iter(units)
    pending: deque[Unit] = deque()  # units read ahead and given back, read again first
    while True:
        unit = _next_unit(pending, source)
        if unit is None:
            break
        if marker is not None and previous is not None:
            if unit.quote == previous.first.quote and (
                    _starts_lowercase(unit) or _goes_on_open(previous, unit)):
                # `… concerned the` / `[page 3]` / `supply of …`: one sentence across the page
                # (`… arrived in` / `[page 2]` / `Pyongyang …`: on a word no sentence ends on)
                separator = _marker_separator(marker)
                previous.add(separator, marker)
                previous.add(separator, unit)
                marker = None
                continue
            yield previous.unit()
            previous, marker = Joining(marker), None
        if previous is not None:
            if ((_is_page_marker(unit) or _number_between(unit, previous, source, pending))
                    and previous.first.kind == "text" and not previous.ends_sentence()
                    and (previous.word_count() >= 8 or _left_open(previous))):
                marker = unit
                continue
            wrapped = _wrap_joined(previous, unit, width)
            separator = _continuation(previous, unit, width, wrapped)
            if (separator == LB and unit.block == previous.end_block()
                    and previous.last_text().endswith("-")):
                words = words or WordTables()
                if broken_word(previous.last_text(), unit.text, words):
                    separator = WORD_BREAK
            if separator:
                previous.add(separator, unit, wrapped=wrapped and separator == LB)
                continue
            if _hand_note_goes_on(previous, unit):
                tail = _tail_to_the_end(unit, source, pending)
                if tail is not None:
                    for line in tail:
                        previous.add(LB, line)
                    break
            yield previous.unit()
        previous = Joining(unit)
    if previous is not None:
        yield previous.unit()
    if marker is not None:
        yield marker


def _left_open(previous: Joining) -> bool:
    """The text before a page's marker stops on a word broken by its hyphen (`… of the Soviet
    gov-`) or on one no sentence ends on (`… arrived in`): it goes on past the marker."""
    line = previous.last_text()
    return ends_in_hyphen(line) or (_left_hanging(line) and previous.last_line_word_count() >= 3)


def _goes_on_open(previous: Joining, unit: Unit) -> bool:
    """`unit`, in capitals after a page's marker, goes on with the text left open before it
    (`… arrived in` / `Pyongyang …`), not a sentence of its own (`… of the` / `The third
    question …`: the sentence before was cut off)."""
    first = unit.text.split(maxsplit=1)[0] if unit.text.strip() else ""
    return (unit.kind == "text" and (_left_open(previous) or _name_left_open(previous))
            and first.strip("[(").lower() not in _SENTENCE_OPENINGS)


# The fewest words of a paragraph's last line that a page's marker may cut in a name.
_NAME_CUT_WORDS = 8


def _name_left_open(previous: Joining) -> bool:
    """`… was welcomed by Comrade Kim Il` / `[page 2]` / `Sung and other leaders.`: a paragraph
    stops on a capitalised word, no sentence's end, and a page came inside the name."""
    line = previous.last_text().rstrip()
    last = line.rsplit(None, 1)[-1] if line else ""
    return (last[:1].isupper() and last[-1:].isalpha() and not last.isupper()
            and previous.last_line_word_count() >= _NAME_CUT_WORDS)


# Words a sentence opens on, no name going on with a sentence left open.
_SENTENCE_OPENINGS = frozenset(word.lower() for word in SENTENCE_OPENING_WORDS)


def _next_unit(pending: deque[Unit], source: Iterator[Unit]) -> Unit | None:
    """The next unit to read: one read ahead and given back first, then the source's."""
    return pending.popleft() if pending else next(source, None)


# The most lines a hand's note under its label may run on to the end of the document.
_HAND_TAIL_LINES = 12


# The words a sentence cut by a page may end on, which no heading's line ends on.
# (the words a wrapped line is left hanging on, `_DANGLING`, and those that open a clause)
_CUT_AFTER = _DANGLING | frozenset("that than as whether which who whose through about over "
                                   "under against during without within towards toward "
                                   "among".split())
# The fewest words of a line of clauses (a comma among them) that is a paragraph's, no heading's.
_CLAUSE_LINE_WORDS = 12


def _ends_on_a_word_of_grammar(line: str) -> bool:
    last = line.rsplit(None, 1)
    return bool(last) and last[-1].lower() in _CUT_AFTER


def _cut_in_a_sentence(line: str) -> bool:
    """Whether a paragraph's line before a blank line was cut by the page: it ends on a word
    of grammar (`… could deliver the`, `… the Korean comrades into`), or runs on over clauses
    (`Colonel Ha Van Lau …, head of the liaison mission …, asked us to`)."""
    words = line.split()
    return _ends_on_a_word_of_grammar(line) or (len(words) >= _CLAUSE_LINE_WORDS and (
        "," in line or _in_sentence_case(words)))


def _in_sentence_case(words: list[str]) -> bool:
    """`Your struggle for the freedom and independence of your homeland is the struggle of all
    peace-loving`: a sentence's words, none capitalised after its first (a heading's or a
    letterhead's name capitalises its words)."""
    return all(not word[:1].isupper() for word in words[1:])


def _hand_note_goes_on(previous: Joining, unit: Unit) -> bool:
    """Whether `unit`, which the lines under a hand's label stopped short of, may be one more
    of them: a short line of one line, as the label's are, under a note that has not ended its
    sentence (after `To the archive. The issue is elucidated in the information prepared.`,
    `I.S. Shcherbakov` signs it)."""
    first = previous.first.text
    return (bool(previous.rest) and (_hand_label_alone(previous) or bare_hand_label(first))
            and not previous.ends_sentence() and not _label_block_ended(previous, unit)
            and _hand_tail_line(unit))


def _hand_tail_line(unit: Unit) -> bool:
    """One of a hand's words (`_hand_words`), on no page break nor a page's marker."""
    text = unit.text.strip()
    return (unit.kind == "text" and bool(text) and PB not in text and _hand_words(text)
            and not _is_page_marker(unit))


def _tail_to_the_end(unit: Unit, source: Iterator[Unit],
                     pending: deque[Unit]) -> list[Unit] | None:
    """The lines from `unit` to the end of the document, if all are a hand's short lines and
    no more than a note under its label holds: then they are its, as far as the archive's
    notations at the foot of the page (`Sector Chief I. Kozlov` / `21 May 1955` / `to Cde. B.
    N. Ponomarev` / `3.3la 6 May 1955`, `[V. Fedorov]` / `3.3oe` / `to I. T. Vinogradov
    archive` / `28 June 1955`), as the readers of every such page read them. Otherwise the
    lines read ahead (not `unit`, the caller's) are given back to be read again, and None."""
    tail = [unit]
    while len(tail) <= _HAND_TAIL_LINES:
        following = _next_unit(pending, source)
        if following is None:
            return tail
        tail.append(following)
        if not _hand_tail_line(following):
            break
    pending.extendleft(reversed(tail[1:]))
    return None


# A label alone in its bracket: `[Handwritten:]`, `[stamp:]`.
_LABEL_ALONE = LazyPattern(r"^\s*\[[^\[\]]{1,60}:\]\s*$")
# A layout with a blank line after every line gives the label its lines as blocks of their own.
_LABELLED_LINES = 4
_LABELLED_WORDS = 3


def _under_label(previous: Joining, unit: Unit) -> bool:
    """`[Handwritten:]` / `f.45` / `op.7` / `d.347`, each line a block of its own: the short
    lines under a label alone are what it labels (a few; not a bracket, a marking in capitals
    or a sentence)."""
    if not _LABEL_ALONE.match(previous.first.text) or len(previous.rest) >= _LABELLED_LINES:
        return False
    if any(part.block == previous.first.end_block for _, part in previous.rest):
        return False  # the label's own block holds what it labels: not a line per block
    text = unit.text.strip()
    return (0 < len(text.split()) <= _LABELLED_WORDS and not text.startswith("[")
            and not _marking_in_capitals(text)  # (`24. 8. 82`: a date, no capitals)
            and not ends_sentence(text))


def _marking_in_capitals(text: str) -> bool:
    """Words in capitals, more than one (`TOP SECRET`), not a date in figures (`24. 8. 82`)."""
    return len(text.split()) > 1 and text.upper() == text and text.lower() != text


# The most words of a line that goes on with a hand's note under its label, a line per block.
_HAND_LINE_WORDS = 8


def _hand_line(text: str) -> bool:
    """Short enough, and one line, to be a line of a hand's note under its label."""
    return len(text.split()) <= _HAND_LINE_WORDS and LB not in text.strip()


def _hand_words(text: str) -> bool:
    """A short line of one line, no marking in capitals (`TOP SECRET`), no sentence ended (as
    a salutation under the note is: `Dear Comrade Honecker!`)."""
    return _hand_line(text) and not _marking_in_capitals(text) and not ends_sentence(text)


# A line wholly one bracket: under a hand's label, the name that signs its note, its last line
# (`[V. Fedorov]`).
BRACKET_LINE = LazyPattern(r"^\s*\[[^\[\]]+\]\s*$")


def _hand_label_alone(previous: Joining) -> bool:
    """Whether the text joined so far opens on a hand's label alone on its line."""
    first = previous.first.text
    return bool(HAND_LABEL_ALONE.fullmatch(first) or HAND_LABEL_THEN_COLON.fullmatch(first))


def bare_hand_label(text: str) -> bool:
    """`[handwritten]`, `[Handwritten notes]` alone on its line: a hand's label, its colon
    left out."""
    stripped = text.strip()
    return (BRACKET_LINE.fullmatch(stripped) is not None
            and BARE_LABEL.match(stripped[1:-1]) is not None)


def _under_hand_label(previous: Joining, unit: Unit, colon: bool = True) -> bool:
    """`[handwritten:]` alone in its block, a blank line, then what the hand wrote (the
    label was a remark, and the hand's words the text's): the block under it, and in a layout
    with a blank line after every line, the short lines after that (`Memo:` / `A telegram was
    sent. 25 June` / `[V. Fedorov]`), as many as a label alone reaches, up to the name in
    brackets that signs them. A label without its colon (`colon` false) takes its first line
    only if that is a hand's short line too (not `1- ISSUE: WAR MATERIAL`)."""
    if unit.kind != "text" or _left_of_label(previous.first, unit):
        return False  # (a label set apart to the right reaches only the lines as far in)
    if _label_block_ended(previous, unit):
        return False
    return (colon and not previous.rest) or _short_hand_line(previous, unit)


def _label_block_ended(previous: Joining, unit: Unit) -> bool:
    """The label's own block held the hand's lines, and `unit` is past its end: the block's
    end ends them (`[Handwritten:]` / `Copy to …` / `28/X`, a blank line, then the typed
    `Colonel Gábor [illegible signature]`: the text's signature); only a layout with a blank
    line after every line parts a hand's lines so."""
    return unit.block != previous.end_block() and any(
        part.block == previous.first.block for _, part in previous.rest)


# A hand's note signed and dated on its last line (`Li Kenong, 25/8`): the note ends there.
# (the comma before the day: `Pos. Messico 1/4` is a file's place, no signature; but a
# syllable or two of a Chinese name need none: `Ji 27/3`, `Chen Yi 30/1`)
_SIGNED_AND_DATED = LazyPattern(r"^(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},|"
                                r"[A-Z][a-z]{1,5}(?:\s[A-Z][a-z]{1,5})?)\s+"
                                r"\d{1,2}[./](?:\d{1,2}|[IVX]{1,4})(?:[./](?:\d{4}|\d\d))?\.?$")


def _typed_after_the_hand(unit: Unit, *, first: bool = False) -> bool:
    """A marking in capitals or a paragraph on its line after a hand's lines (`[Handwritten:]`
    / `f. 0102` / `op. 14` / `d. 6` / `SECRET` / …): the typed page goes on, in a page saved
    with single newlines, whose one block is the whole page (the hand's note took it all).
    The `first` line under the label is the hand's however long (`[Handwritten:]` / `To be
    distributed to the members and candidate members of the Politburo and …`)."""
    text = unit.text.strip()
    # (a list on its line, under its heading: `Copies to: Chairman, Liu, Zhu, …, file (1)`)
    return (sum(c.isalpha() for c in text) >= _MARKING_LETTERS and text.isupper()
            and _WORD_NOT_ROMAN.search(text) is not None) or (
        len(text) > MAX_WIDTH and not first) or (_LIST_ON_ITS_LINE.match(text) is not None)


# A list's heading and its items on one line, three or more a comma apart (what
# `lists.one_line_list` reads more fully; `lists` reads `lines`, which reads this module).
_LIST_ON_ITS_LINE = LazyPattern(rf"(?i)^(?:{LIST_HEAD_WORDS})\s*:\s*[^,\n]+(?:,[^,\n]+){{2,}}$")


# A word of three letters or more that is no Roman numeral (`SECRET`; not the month of
# `30.VII.63`, the hand's date).
_WORD_NOT_ROMAN = LazyPattern(r"(?![IVXLCDM]+\b)\b[^\W\d_]{3,}")


_MARKING_LETTERS = 3


def _letter_under_label(previous: Joining, unit: Unit) -> bool:
    """`[handwritten:]` / `Dear Cde.` / `I. V. Stalin` / `We are deeply touched …`: in a page
    saved with single newlines, whose block runs to its end, the label over a letter reaches
    the letter's salutation, not its text (the letter, a paper of its own, begins there)."""
    return (bool(previous.rest) and SALUTATION_OPENING.match(previous.rest[0][1].text) is not None
            and not _hand_words(unit.text.strip()))


def _short_hand_line(previous: Joining, unit: Unit) -> bool:
    """Whether `unit` is one more of a hand's short lines under its label: a few, none a
    marking in capitals, a bracket other than the signer's name or a sentence ended."""
    lines = [part.text for _, part in previous.rest] + [unit.text]
    text = unit.text.strip()
    return (len(previous.rest) < _LABELLED_LINES and all(map(_hand_line, lines))
            and not (previous.rest and BRACKET_LINE.match(previous.last_text()))
            and _hand_words(text)
            # (nor a bracket other than the signer's)
            and (not text.startswith("[") or BRACKET_LINE.match(text) is not None))


# Function words a heading's next line begins with when it goes on (`of`, `for the period`).
_GOING_ON = frozenset(
    "of for from to on in with by and at about concerning regarding between".split())
_SHORT_LINE = 8


def _goes_on_short_line(previous: Joining, unit: Unit) -> bool:
    """A short line, a blank line, then a line beginning with a function word in lower case:
    one heading, in a layout with a blank line after every line."""
    first = unit.text.split(maxsplit=1)[0] if unit.text.strip() else ""
    last = previous.last_text().strip()
    # (a heading of several such lines goes on line by line: `The General Secretary` / `of the
    # Central Committee` / `of the Communist Party`)
    return (first in _GOING_ON and all(separator == LB for separator, _ in previous.rest)
            and len(last.split()) < _SHORT_LINE and LB not in last
            and not previous.ends_sentence() and not last.startswith("["))


def _is_page_marker(unit: Unit) -> bool:
    """A line that only marks a page boundary: a bracket (`[page 3]`, `[Page break]`), a page
    number printed on the page (`- 2 -`), a rule between the pages (`---`)."""
    if unit.kind == "rule":
        return True
    text = unit.text.strip()
    if unit.kind != "text":
        return False
    if text.startswith("[") and text.endswith("]"):
        return PAGE_MARKER.match(text[1:-1]) is not None
    return PRINTED_PAGE_NUMBER.match(text) is not None


def _number_between(unit: Unit, previous: Joining, source: Iterator[Unit],
                    pending: deque[Unit]) -> bool:
    """`2`, `p. 2`, `//2//`, `(2)`, `[2]` on a line of its own: a page's number where the sentence
    before it goes on after it in lower case (the line after it is read ahead and given
    back); elsewhere it is what the lines around it make it."""
    if unit.kind != "text" or not is_number_between(unit.text):
        return False
    following = _next_unit(pending, source)
    if following is None:
        return False
    pending.appendleft(following)
    return following.quote == previous.first.quote and (
        _starts_lowercase(following) or _goes_on_open(previous, following))


def _marker_separator(marker: Unit) -> str:
    """A bracket is read by the page rule where it stands in the sentence; a printed number or
    a rule stands between two page breaks, which the inline reader makes one `pb`, and so does
    a page's number alone in its bracket (`[2]`), which only its place tells a page's."""
    text = marker.text.strip()
    return " " if text.startswith("[") and not is_number_between(text) else PB


def _paragraph_line(line: str, width: int | None) -> bool:
    """A paragraph printed on one line (a layout with a single newline between paragraphs):
    longer than any wrapped line. A sentence it leaves open goes on after a page break."""
    return width is None and len(line) > MAX_WIDTH


def _continuation(previous: Joining, unit: Unit, width: int | None, wrapped: bool) -> str:
    """The separator by which `unit` goes on with the text before it (`PB`, `LB`), or "" when
    it starts anew; `wrapped`: the line break before it, in its block, is a wrapping's."""
    if not previous.first.kind == unit.kind == "text" or previous.first.quote != unit.quote:
        return ""  # (a block quotation's text goes on only within it)
    same_block = unit.block == previous.end_block()
    lower = _starts_lowercase(unit)
    if lower and _SALUTATION.match(previous.last_text()):
        return ""  # `Dear Comrade,` / `in an appendix I am sending you …`: the letter begins
    if lower and same_block and HAND_LABEL_THEN_COLON.fullmatch(previous.last_text()):
        return LB  # `[Handwritten]:` / `to Cde. G. S. Sazhin`: what the label labels
    if (same_block and HAND_LABEL_THEN_COLON.fullmatch(previous.first.text)
            and _under_hand_label(previous, unit)):
        # `[handwritten]:` / `Memo` / `Cde. A. A. Surkov has` / …: the short lines under the
        # label, as far as they reach when a blank line parts them (the same in either layout)
        return LB
    if bare_hand_label(previous.first.text) and _under_hand_label(previous, unit, colon=False):
        # `[handwritten]` / `b 8.06.91` / `Com. Stawiarski`: a hand's label without its colon
        # over the short lines under it, with or without a blank line between (not over a
        # heading in capitals, `[Handwritten]` / `1- ISSUE: WAR MATERIAL`: a remark there)
        return LB
    if (same_block and HAND_LABEL_ALONE.fullmatch(previous.first.text)
            and not _left_of_label(previous.first, unit)
            and not (previous.rest and BRACKET_LINE.match(previous.last_text()))
            and not (previous.rest and _SIGNED_AND_DATED.match(previous.last_text()))
            and not _letter_under_label(previous, unit)
            and not _typed_after_the_hand(unit, first=not previous.rest)):
        # (up to the name in brackets that signs the note: `… 25 June` / `[V. Fedorov]`)
        # `[handwritten at the bottom:]` / `To the archive …`: the lines of its block under
        # the label are what the hand wrote
        return LB
    if (not same_block and not lower and unit.text[:1].isupper()
            and _ends_on_a_word_of_grammar(previous.last_text())
            and len(previous.last_text().split()) >= _CLAUSE_LINE_WORDS):
        # `… were receiving arms through` / `Singapore and that …`: a paragraph cut by the
        # page before a name
        return PB
    if (not same_block and _FIGURES_GOING_ON.match(unit.text) is not None
            and previous.word_count() >= _CLAUSE_LINE_WORDS
            and _WORD_IN_LOWER_CASE_AT_END.search(previous.last_text()) is not None
            and (previous.ends_in_lines() or len(previous.last_text()) > MAX_WIDTH)):
        # `… the commune reported that they harvested` / `6,000 to 7,000 kg of wheat per mu`:
        # a sentence cut by the page before a figure (no point's number: `6. The …`)
        return PB
    if (lower and not previous.ends_sentence() and not _closed_bracket(previous.last_text())
            and not _next_point(previous.first.text, unit.text)):
        # (the cheaper test first; an editor's bracket, closed, ends what it says)
        if not same_block and previous.word_count() >= 8:
            # A page split a paragraph: the part before it is a block of wrapped lines or a
            # paragraph on one line. One line no longer than a wrapped one, in a layout with a
            # blank line after every line, is a heading's or a letterhead's line going on
            # (`Deputy Head of the Department of the Central Committee` / `for relations …`).
            # (nor does a heading's line, a paragraph's one line, end on a word of grammar, nor
            # run on over clauses: `… asked whether the GDR could deliver the` / `radio …`; a
            # hand's short lines under its label do, a blank line after every line)
            # (a bracket it leaves open too: `… military advisers [voennye` / (a blank line) /
            # `sovetniki] in the …`, no heading's line)
            return PB if (previous.ends_in_lines() or len(previous.last_text()) > MAX_WIDTH
                          or (not previous.rest and _cut_in_a_sentence(previous.last_text()))
                          or bracket_depth(previous.last_text()) > 0) else LB
        if same_block and (unit.text.lstrip(_OPENING_QUOTES)[:1].islower()
                           or _MARKER_GOES_ON.match(unit.text)):
            return PB if _paragraph_line(previous.last_text(), width) else LB
    if not same_block and (_under_hand_label(previous, unit) if _hand_label_alone(previous)
                           else _under_label(previous, unit)):
        return LB
    if not same_block and _goes_on_short_line(previous, unit):
        return LB  # `JOURNAL` / (a blank line) / `of Cde. V. I. IVANOV, Soviet Ambassador …`
    line = previous.last_text()
    if same_block:
        if _closes_bracket(line, unit.text):
            return LB  # `… Kim Tae-hui [Kim` / `Thae Hui] received …`: one bracket, wrapped
        if ends_in_hyphen(line) and unit.text[:1].isalpha():
            # `… with the Sino-` / `Soviet commission`: the word goes on past the line's end
            return PB if _paragraph_line(line, width) else LB
        if ((_left_hanging(line) or wrapped)
                and not _next_point(previous.first.text, unit.text)):
            # (`… on the occasion of` / `President Diem’s visit …`: a paragraph on one line
            # that ends on `of` went on over a page)
            return PB if _paragraph_line(line, width) else LB
    elif _left_hanging(line) and not _next_point(previous.first.text, unit.text):
        # `Received by diplomatic pouch from` / (a blank line) / `Cde. Razuvayev, …`: no line
        # ends on `from`; in prose, a page came between (the line's words tell, not the
        # lines its unit gathered: `[Translator’s note: …]` / `from the journal of` /
        # `V. I. Bazykin`, a blank line after each, is a letterhead's heading going on)
        return PB if previous.last_line_word_count() >= 8 else LB
    return ""


_POINT = LazyPattern(r"\s*(?:(?P<number>\d{1,3})|(?P<letter>[a-z]))(?P<mark>[.)])\s")


# A figure going on a sentence (`6,000 to 7,000 kg`, `300 tons`), not a point's number.
_FIGURES_GOING_ON = LazyPattern(r"\d[\d,.]*\s+(?:to\s+\d[\d,.]*\s+)?[a-z]")
# A paragraph's last word in lower case, no stop or mark after it.
_WORD_IN_LOWER_CASE_AT_END = LazyPattern(r"\s[a-z]+$")


def _next_point(text: str, following: str) -> bool:
    """`2. … will oppose the separation, and` / `3. The DPRK wishes …`: the next point of
    the enumeration, not the same point going on after a page."""
    this, that = _POINT.match(text), _POINT.match(following)
    if this is None or that is None or this["mark"] != that["mark"]:
        return False
    if this["number"] and that["number"]:
        return int(that["number"]) == int(this["number"]) + 1
    letters = this["letter"], that["letter"]
    return bool(letters[0] and letters[1]) and ord(letters[1]) == ord(letters[0]) + 1


# Spaces before a label that set it apart from the text's margin (a page's own indent of a
# paragraph's first line is narrower).
_SET_APART = 8


def _left_of_label(label: Unit, unit: Unit) -> bool:
    """`[Handwritten on top:]` set apart to the right, its lines under it as far in, then
    `Dear Comrade Honecker!` at the margin: the letter, no longer the hand's (a page saved
    with single newlines has no blank line to end the label's block)."""
    return label.indent >= _SET_APART and unit.indent < label.indent


_BRACKET = re.compile(r"[\[\]]")


def _closes_bracket(line: str, following: str) -> bool:
    """Whether `following` closes a bracket that `line` left open: the first bracket it
    prints is a closing one."""
    first = _BRACKET.search(following)
    return first is not None and first.group() == "]" and bracket_depth(line) > 0


def bracket_depth(text: str) -> int:
    """How many brackets are still open at the end of `text`."""
    if "[" not in text:
        return 0  # (most lines: only an opening bracket leaves one open)
    depth = 0
    for found in _BRACKET.finditer(text):
        if found.group() == "[":
            depth += 1
        elif depth > 0:
            depth -= 1
    return depth


MAX_BRACKET_SPAN = 10


def join_open_brackets(units: Iterable[Unit]) -> Iterator[Unit]:
    """Keep a bracket that spans several lines in one unit, when it closes soon enough."""
    ahead: deque[Unit] = deque()  # the unit at hand and the few a bracket may close in
    source = iter(units)
    while True:
        while len(ahead) <= MAX_BRACKET_SPAN:
            following = next(source, None)
            if following is None:
                break
            ahead.append(following)
        if not ahead:
            return
        closing = _closing_unit(ahead) if ahead[0].kind == "text" else None
        if closing is None and _stamp_then_its_date(ahead):
            closing = 1
        first = ahead.popleft()
        joined: list[tuple[str, Unit]] = []
        for _ in range(closing or 0):
            line = (joined[-1][1] if joined else first).text
            following = ahead.popleft()
            # `[narodnye` / `voyska]` after a paragraph on one line: a page break in a bracket;
            # so is `[the Political` / `Bureau].`, a name's words on either side, and a German
            # noun's capital after the page (`[gegenseitiger` / `Beistand] were …`)
            split = _paragraph_line(line, None) and following.text[:1].isalpha()
            joined.append((PB if split else LB, following))
        yield join_units(first, joined)


# How far into the next paragraph a bracket a page broke may close.
_CLOSED_SOON = 40


def _closing_unit(units: Sequence[Unit]) -> int | None:
    """The index of the unit that closes the brackets left open in `units[0]`, if near."""
    text = units[0].text
    if bracket_depth(text) == 0 or (_ends_sentence(units[0]) and not _opens_label(text)
                                    and not ANNOTATION_OPENING.match(text)):
        # a sentence that ends with a bracket still open: a stray bracket (not a hand's or a
        # stamp's words, opened on their label: `[handwriting: "Please show to Cdes.`)
        return None
    labelled = _opens_label(text) or ANNOTATION_OPENING.match(text) is not None
    for ahead in range(1, min(1 + MAX_BRACKET_SPAN, len(units))):
        if units[ahead].kind != "text" or units[ahead].quote != units[0].quote:
            return None
        if units[ahead].word_count() >= 25 and not (
                ahead == 1 and _paragraph_line(text, None)
                and bracket_depth(text + LB + units[1].text[:_CLOSED_SOON]) == 0):
            # (a paragraph's page broken inside a bracket that closes in the next page's first
            # words: `… of mutual assistance [gegenseitiger` / `Beistand] were formulated …`)
            return None
        text += LB + units[ahead].text
        if bracket_depth(text) == 0 or (labelled and _closed_but_one_doubled(text)):
            return ahead
    return None


def _closed_but_one_doubled(text: str) -> bool:
    """`[Handwritten notations:` / `to [[illegible name] and` / `G. Ye. Samsonov]`: a label's
    words closed, but for a doubled bracket inside them given one closing mark."""
    return "[[" in text and "]]" not in text and bracket_depth(text.replace("[[", "[")) == 0


# A stamp's label and its number in a bracket the translator never closed (`[CPSU CC stamp:
# 39334`), and the line under it that begins with a date (`2? November 1969 Korea`).
_STAMP_OPENED = LazyPattern(r"(?i)\[[^\[\]]{0,40}\bstamp:\s*[\w/.-]*\s*")
_DATE_FIRST = LazyPattern(rf"[\d?]{{1,2}}\s+{MONTH_WORD_PATTERN}\s+\d{{4}}\b")
_STAMP_DATE_WORDS = 5


def _stamp_then_its_date(units: Sequence[Unit]) -> bool:
    """A stamp's bracket left open, then its date: a stamp prints its number and its date, so
    the date is the stamp's (it would otherwise read as the document's dateline)."""
    return (len(units) > 1 and units[0].kind == "text" and units[1].kind == "text"
            and _STAMP_OPENED.fullmatch(units[0].text) is not None
            and units[1].word_count() <= _STAMP_DATE_WORDS
            and _DATE_FIRST.match(units[1].text) is not None)


def _opens_label(text: str) -> bool:
    """`[partial image of a stamp:`, `[USSR MFA Stamp:`: a bracket opened on a label, whose
    content is on the lines after it (a colon ends a sentence, not this)."""
    stripped = text.rstrip()
    return stripped.endswith(":") and bracket_depth(stripped[stripped.rfind("["):]) == 1


def make_units(blocks: Iterable[RawBlock], width: int | None = None,
               words: WordTables | None = None) -> list[Unit]:
    """The units of the blocks, which are read one at a time (`iter_blocks`): a large file's
    lines never all exist at once beside its units. `width`: the width the prose is wrapped
    at (`wrapping.wrap_width`), if it is; `words`: the run's word tables."""
    return list(join_open_brackets(join_continuations(block_units(blocks), width, words)))


def body_units(text: str, body_start: int, words: WordTables | None = None) -> list[Unit]:
    """The units of the body, `text` from `body_start` on: all the reader needs of the text
    itself (a reader may let the text go once it has them)."""
    first_line = text.count("\n", 0, body_start) + 1
    return make_units(iter_blocks(text, start=body_start, first_line=first_line),
                      wrap_width(text, body_start), words)
