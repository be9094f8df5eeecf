"""What a line looks like: named cues, each a small test that holds across document families.

Cues are deliberately generic (a form name, a number sign, a sending verb, a valediction, a
name in capitals, where the line stands relative to the running text); how much each counts
for each role is not decided here but in the fitted table (`roles_table.json`). A cue fires
with a zone suffix as well (`name_like@closer`), so the table can weigh a name after the text
differently from a name before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from teikit.date_patterns import FIGURE
from teikit.dates import find_dates
from teikit.lazy_pattern import LazyPattern
from teikit.markings import SPACED_OUT, unspaced
from teikit.readers.furniture.line_patterns import (
    ADDRESS_START,
    BODY_NAME,
    BRACKETED,
    CLASSIFICATION_LINE,
    CLASSIFICATION_WORD,
    CODE_TOKEN,
    COPY_ITEM,
    DIGITS_ONLY,
    DISTRIBUTION_HEAD,
    ENUMERATED,
    FORM_NAME,
    HAN,
    NEWS_AGENCIES,
    NUMBER_AT_START,
    NUMBER_SIGN,
    OFFICE_TITLE,
    ONE_BRACKET,
    OPEN_END,
    PAGE_NUMBER,
    PLURAL_RECIPIENTS,
    PRECEDENCE,
    RECEIPT,
    RECIPIENT,
    RECORD_KIND,
    REFERENCE,
    SECTION_HEADING,
    SEEN_BY,
    SENDING,
    SIGNATURE_MARK,
    SPACED_CAPITALS,
    STAMP_MARK,
    TIME,
    TO_HEAD,
    TOPIC_ITEM,
    TYPIST_MARK,
    VALEDICTION,
    VALEDICTION_NAME,
)
from teikit.readers.note_texts import NOTES_HEADING

_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_QUOTES = "\"“”„«»'‘’"


def without_bracket_marks(text: str) -> str:
    """The text with its square brackets read as spaces, the words in them kept where they
    stand (offsets unchanged): a date the translator completed is a date (`12 [January] 1947`)."""
    return text.replace("[", " ").replace("]", " ") if "[" in text else text


# The lower-case words a dateline has besides its place, date and time: the words of sending and
# receiving, of the hour and of the time of day. Two words outside them make a sentence or a
# title of the line (`On March 6 at 2 P.M. the embassy sent a cable`, `That took place on
# Friday, May 26, 1967`), where `Dispatched from Havana on 10.31.1962 at 13:30 and received …`
# and `In the early morning of the 31st of July` are datelines.
_DATELINE_WORDS = frozenset((
    "at on the to from and of in a an by via for sent received dispatched transmitted "
    "transmitting arrived hours hour hrs hs h am pm m p th st nd rd through until till noon "
    "midnight early late morning evening night afternoon de da del do "
    # (the day's and the year's words a Czech, Polish or Russian date keeps: `dne`, `dnia`,
    # `r.`, `g.`)
    "dne dnia r roku g goda").split())
_PARENTHESISED = LazyPattern(r"\([^()]*\)")
# `13 September of this year`: the year a Soviet clerk does not name, part of the date.
UNNAMED_YEAR = LazyPattern(r"(?i)\bof\s+(?:this|the\s+current|the\s+same)\s+year\b")
# Who is to read a cipher telegram, the label alone on its line.
_SEEN_BY_ALONE = re.compile(rf"(?i)^{SEEN_BY}")
_DELIVERED_ALONE = LazyPattern(r"(?i)^(?:delivered|(?:dispatched|despatched) to)\s*:\s*$")
_SIGN_WORD = LazyPattern(r"(?i)\bsign(?:ed|ature)")


def _beyond_dateline(line: LineView) -> bool:
    """Whether a line has two lower-case words, outside its dates, times and brackets, that no
    dateline uses."""
    # The editor's words in brackets or parentheses are no part of it: `[date left blank]`,
    # `Date: 1/28/1980 (partially illegible)`.
    # A line that is one bracket is the translator's own (`[Sofia, 29 July 1979]`, `[Czech-language
    # notation dated 26 October]`): its words are the line's.
    whole = ONE_BRACKET.fullmatch(line.text.strip()) is not None
    aside = set() if whole else set(words(" ".join(BRACKETED.findall(line.text)
                                                   + _PARENTHESISED.findall(line.text))))
    blanked = UNNAMED_YEAR.sub(lambda found: " " * len(found.group()), line.text)
    others = (w for w in _prose_words(line, blanked) if w[:1].islower()
              and w.replace(".", "") not in _DATELINE_WORDS and w not in aside)
    return next(others, None) is not None and next(others, None) is not None


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@dataclass
class LineView:
    """One candidate line with its neighbours and where it stands."""

    text: str
    zone: str  # "opener", "main", "closer"
    previous: str = ""
    next: str = ""
    index: int = 0
    count: int = 1
    after_prose: bool = False
    before_prose: bool = False
    before_note: bool = False

    @cached_property
    def bare(self) -> str:
        """Without bracketed additions and quotation marks: `FILIPPOV [Stalin].”` → FILIPPOV."""
        return BRACKETED.sub(" ", self.text).strip().strip(_QUOTES + " ").strip()

    @cached_property
    def unbracketed(self) -> str:
        """Bracket signs dropped, their words kept: `[Chinese] Foreign Ministry`."""
        return self.text.replace("[", "").replace("]", "").strip().strip(_QUOTES + " ")

    @cached_property
    def words(self) -> list[str]:
        return words(self.unbracketed)

    @cached_property
    def dates(self) -> list[tuple[int, int]]:
        # (a month named without a day or a year, `in October`, `the end of October`, dates
        # nothing: `Answer: Yes, in October.` is no dateline)
        return [(m.start, m.end) for m in find_dates(without_bracket_marks(self.text))
                if m.value is not None and not (m.text.isascii() and not FIGURE.search(m.text))]


def _caps_ratio(found: list[str]) -> float:
    return sum(w.isupper() for w in found) / len(found) if found else 0.0


NAME_PARTICLES = frozenset({"de", "del", "della", "der", "den", "van", "von", "da", "do", "dos",
                            "du", "la", "le", "al", "el", "bin", "ibn", "y", "e", "of", "the"})


def parenthesised(text: str) -> str | None:
    """What a line wholly in one pair of parentheses holds (`(A. Gromyko)` → `A. Gromyko`)."""
    stripped = text.strip()
    if stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1:
        return stripped[1:-1]
    return None


# Names typed side by side, each in its parentheses: `(A. Vasilevsky) (A. Gromyko)`.
_PARENTHESISED_RUN = LazyPattern(r"\s*\([^()]+\)(?:\s+\([^()]+\))+\s*")


def parenthesised_names(text: str) -> list[str] | None:
    """What each pair of parentheses holds, when a line is two or more of them side by side."""
    if _PARENTHESISED_RUN.fullmatch(text) is None:
        return None
    return [part.strip() for part in re.findall(r"\(([^()]+)\)", text)]


# A name in Chinese characters, a man's or a body's (`周恩来`, `外交部`).
_HAN_NAME = LazyPattern(HAN + r"{2,5}")


# A number's label, an address's `To`, and what a letter says it encloses (`Enclosures` /
# `20 templates`, `Attachment 2`) start no name.
_NOT_A_NAMES_FIRST_WORD = frozenset({
    "no", "nº", "n°", "nr", "№", "copy", "file", "to", "re",
    "enclosure", "enclosures", "encl", "attachment", "attachments", "annex", "annexes",
    "appendix"})


_DASH_BEFORE_NAME = LazyPattern(r"^\s*(?:--|[–—])\s?(?=[A-ZА-Я])")


def reads_as_name(text: str) -> bool:
    """A bare name or signing body: every word capitalised but for particles (`DEL RIO`,
    `Pavlíček 388.`, `Embassy of the GDR`), no sentence, no label; or a few Chinese
    characters alone (`周恩来`)."""
    if _HAN_NAME.fullmatch(text.strip()):
        return True
    # (`— I. Ivanov`, `-- GROMYKO`: the dash a cable or a typescript sets before the signer)
    text = _DASH_BEFORE_NAME.sub("", text, count=1)
    several = parenthesised_names(text)
    if several is not None:
        return all(reads_as_name(f"({name})") for name in several)
    inner = parenthesised(text)
    if inner is not None:
        text = inner  # `(A. Gromyko)`: the name typed under the signature
        if CLASSIFICATION_LINE.match(text):
            return False  # `(Top Secret)`: a marking
    # (`Van Roijen 934 ++`: a cable's end mark; a comma left alone where a bracket was taken
    # out, `Peng [Dehuai], Deng [Hua]`, is no word)
    tokens = [token for token in text.rstrip(".,!+ ").split() if token.strip(",;")]
    if not 1 <= len(tokens) <= 6 or ":" in text or text.rstrip().endswith(("!", "?")):
        return False
    if tokens[0].lower().rstrip(".") in _NOT_A_NAMES_FIRST_WORD:
        return False
    if SECTION_HEADING.match(text):
        return False
    if not tokens[0][:1].isupper() and tokens[0][:1] != "/":
        return False
    if len(tokens) > 1 and tokens[-1] in NAME_PARTICLES:
        return False  # `Naturally, the`: a sentence cut off at the page's end, no name
    return all(t[:1].isupper() or t[:1] in "/(" or t.lower() in NAME_PARTICLES
               or t.rstrip(".").isdigit() for t in tokens)


# `Military Attaché Office of the [Chinese] Embassy in Cuba`, `The Party Organization of the
# Chinese People’s Committee for Safeguarding World Peace`: a body's name runs to fourteen words.
_BODY_WORDS = 14


def signing_body(text: str) -> bool:
    """A body's name alone, as it signs (`Foreign Ministry`, `The Party Organization of …`)."""
    return BODY_NAME.search(text) is not None and _signing_body(text)


def _signing_body(text: str) -> bool:
    """`[Chinese] Embassy in [North] Korea`, `Foreign Ministry`: a body's name, capitalised
    but for short linking words, as a signature."""
    tokens = text.rstrip(".").split()
    return 1 <= len(tokens) <= _BODY_WORDS and tokens[0][:1].isupper() and all(
        t[:1].isupper() or t.lower() in NAME_PARTICLES | {"in", "for", "and", "to", "at", "with"}
        for t in tokens)


def holds_dates_only(line: LineView) -> bool:
    """Whether the line is its dates, with at most a time and a place around them."""
    return date_only(line.text, (line.dates[0][0], line.dates[-1][1]) if line.dates else None)


# The name the Cuban government gave the year, quoted after the date (`Havana, 5 November 1962,
# "Year of Planning"`): part of the dateline.
_YEAR_MOTTO = LazyPattern(r"[\"“](?:Year|Año) (?:of|de)\b[^\"“”]{1,60}[\"”]")
# A news agency's byline after a report's place and date, in parentheses (`HANOI, 18
# February. (TASS special correspondent V. Serov)`, `(Xinhua)`): whose report, not a word of
# the dateline's place.
_AGENCYS_BYLINE = LazyPattern(rf"^[.,]?\s*\((?:[A-ZČŠ]{{2,6}}|{NEWS_AGENCIES}|Kyodo)"
                              r"\b[^()\n]{0,60}\)\.?\s*$")


def date_only(text: str, span: tuple[int, int] | None) -> bool:
    """Whether `text` is its dates (`span`: where they start and end, as a run's remembering
    `date_span` gives it) with at most a time and a place around them."""
    if span is None:
        return False
    start, end = span
    rest = (text[:start] + " " + _AGENCYS_BYLINE.sub(" ", text[end:]))
    rest = TIME.sub(" ", BRACKETED.sub(" ", _YEAR_MOTTO.sub(" ", rest)))
    # (`hs`, the Portuguese and Spanish hours: `17.IV.61, 23.10 hs`)
    rest = re.sub(r"(?i)\b(?:at|on|a\.?m|p\.?m|hrs?|hs|hours|date\s+and\s+time|time|local|date|"
                  r"noon|midnight|"
                  # (the year's word a Russian date keeps: `12 September 1951 г.`; as
                  # transliterated, `12.9.51 g.`, or translated, `12 September, 1951 year`)
                  r"(?<!\w)г(?=\.|\s|$)|года|(?<!\w)g(?=\.)|goda|year|"
                  # (the day's word before the date, left in the original's language: Czech
                  # `V Praze dne 12. 9. 1951`, Polish `Warszawa, dnia 12.IX.1951 r.`, German
                  # `Berlin, den 12.9.1951`; the Polish year's `r.`)
                  r"dne|dnia|den|am|le|(?<!\w)r(?=\.)|roku|"
                  r"to|till|until|from|"  # (`11:00 a.m. to 2:00 p.m., 3 September 1965`)
                  r"(?:in\s+)?(?:the\s+)?(?:early\s+|late\s+)?"
                  r"(?:night|morning|evening|afternoon)(?:\s+of)?|(?:the\s+)?period(?:\s+from)?"
                  r")\b\.?", " ", UNNAMED_YEAR.sub(" ", rest))
    left = words(rest)
    # What is left may be a place: "Pyongyang. 8 July 1950.", "Prague, 29 October 1962",
    # "Rio de Janeiro, 8 May 1964." (its particle in lower case, inside the name).
    return len(left) <= 3 and bool(left[:1]) == bool(left) and all(
        w[:1].isupper() or (0 < at < len(left) - 1 and w in PLACE_PARTICLES)
        for at, w in enumerate(left))


# The words a place's name holds in lower case between its capitalised ones (`Rio de Janeiro`,
# `Santiago de Chile`, `Frankfurt an der Oder`).
PLACE_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "di", "du", "des", "la",
                             "le", "an", "der", "am", "sur", "upon"})


def _prose_words(line: LineView, text: str | None = None) -> list[str]:
    """The line's words outside its dates and times: `Sent 12.10.50 at 3 hrs 20 min.` is not
    prose for its `hrs` and `min` (`text`: the line's text with words of a date's taken out,
    as long as the line's)."""
    text = line.text if text is None else text
    for start, end in reversed(line.dates):
        text = text[:start] + " " + text[end:]
    return words(TIME.sub(" ", text).replace("[", "").replace("]", ""))


def _is_sentence(line: LineView) -> bool:
    if VALEDICTION.match(line.unbracketed) or DISTRIBUTION_HEAD.match(line.unbracketed):
        return False  # "Faithfully, KIM IL SUNG, …", "Two copies printed. …": furniture
    if SPACED_OUT.fullmatch(line.text) is not None:
        return False  # `H i g h l y c l a s s i f i e d !`: letters spaced out
    found = _prose_words(line)
    lower = sum(w[:1].islower() for w in found)
    # (a sentence in the first person needs no full stop to be one: `I am referring to my
    # telegram number 71081` is the text's first line, not the telegram's number)
    return len(found) >= 6 and lower >= 3 and (line.bare.rstrip(_QUOTES)[-1:] in ".!?;"
                                               or _FIRST_PERSON.match(line.bare) is not None)


_FIRST_PERSON = LazyPattern(r"(?:I|We)\s+[a-z]")


_SHORT_SENTENCE_WORDS = 12
_SENTENCE_ENDS = frozenset(".!?")  # (a set: the empty end of a line wholly in brackets is none)
_CAPITALISED_START = LazyPattern(r"^[\"“„«]?(?:[A-ZА-Я][a-zа-яё’']|I\s)")


def is_short_sentence(text: str) -> bool:
    """`Telegraph the results.`, `I ask for corresponding orders.`, `Greetings to the
    friends!`: a sentence too short to be told from furniture by its length, told by its form
    (a capital, then words in lower case, a sentence's end) and by what no furniture line
    says (a valediction, a docket, a copies' list, a classification, a signature's label)."""
    line = LineView(text, "")
    found = _prose_words(line)
    bare = line.unbracketed.strip()
    return (2 <= len(found) <= _SHORT_SENTENCE_WORDS and not line.dates
            and _CAPITALISED_START.match(bare) is not None
            and sum(w[:1].islower() for w in found[1:]) * 2 >= len(found) - 1
            and line.bare.rstrip(_QUOTES)[-1:] in _SENTENCE_ENDS
            and not (VALEDICTION.match(bare) or DISTRIBUTION_HEAD.match(bare)
                     or RECEIPT.match(bare) or SENDING.match(bare)
                     or CLASSIFICATION_WORD.search(bare) or SIGNATURE_MARK.search(bare)))


def text_cues(text: str) -> frozenset[str]:
    """The cues a line's text shows by itself (a run remembers them per text: a document's
    neighbours and a collection's boilerplate lines ask again)."""
    line = LineView(text, "")
    text = text.strip()
    bare = line.bare
    found = line.words
    # (letters spaced out count as the words they spell: `H i g h l y c l a s s i f i e d !`)
    count = len(words(unspaced(text))) if SPACED_OUT.fullmatch(text) else len(found)
    fired: set[str] = set()

    def cue(name: str, condition: bool) -> None:
        if condition:
            fired.add(name)

    cue("words_0", count == 0)
    cue("words_1", count == 1)
    cue("words_2_4", 2 <= count <= 4)
    cue("words_5_8", 5 <= count <= 8)
    cue("words_9_15", 9 <= count <= 15)
    cue("words_16_plus", count >= 16)
    cue("short_label", count <= 2 and not any(c.isdigit() for c in text))
    cue("sentence", _is_sentence(line))
    cue("page_number", bool(PAGE_NUMBER.match(text)))
    cue("ends_period", bare.endswith("."))
    cue("ends_colon", text.endswith(":"))
    cue("ends_comma", bare.endswith(","))
    cue("ends_exclamation", bare.endswith("!"))
    cue("all_caps", count > 0 and _caps_ratio(found) > 0.7)
    # (`R E P O R T`, `N O T E`: the kind of record spaced out, a heading, no signer's name)
    spaced = SPACED_CAPITALS.match(text.strip(_QUOTES)) is not None
    cue("spaced_capitals", spaced and not FORM_NAME.fullmatch(text.replace(" ", "")))
    cue("title_case", count > 0 and all(w[:1].isupper() for w in found))
    cue("starts_lower", text[:1].islower())
    # (the `minutes` of `20 hours 05 minutes` are the hour's)
    cue("record_kind", bool(RECORD_KIND.search(TIME.sub(" ", text))))
    cue("beyond_dateline", bool(line.dates) and _beyond_dateline(line))
    cue("digits_only", bool(DIGITS_ONLY.match(text)) and any(c.isdigit() for c in text))
    cue("has_digits", any(c.isdigit() for c in text))
    cue("has_bracket", "[" in text)
    cue("starts_bracket", text.startswith("["))
    cue("quote_open", text[:1] in "\"“„«")
    cue("quote_close", text.rstrip(".,;")[-1:] in "\"”»")
    cue("form_name", bool(FORM_NAME.match(line.unbracketed)))
    cue("form_name_only", bool(FORM_NAME.match(line.unbracketed)) and not any(
        c.isdigit() for c in text))
    cue("number_sign", bool(NUMBER_SIGN.search(text)))
    cue("number_at_start", bool(NUMBER_AT_START.match(line.unbracketed)))
    cue("typist_mark", bool(TYPIST_MARK.match(text)))
    cue("code_token", bool(CODE_TOKEN.search(text)) and count <= 4 and not line.dates)
    cue("has_date", bool(line.dates))
    cue("date_only", holds_dates_only(line))
    cue("time", bool(TIME.search(text)))
    cue("numeric_date", bool(line.dates) and not re.search(r"[^\W\dIVXivx_]", bare))
    cue("sending", bool(SENDING.match(line.unbracketed)))
    cue("sent_when", bool(SENDING.match(line.unbracketed)) and any(c.isdigit() for c in text))
    # (`Received by:` alone heads the list of those who received the copies; `Delivered:`
    # or `Dispatched to:` alone, of those the telegram was delivered to)
    cue("receipt", bool(RECEIPT.match(line.unbracketed))
        and not _SEEN_BY_ALONE.match(line.unbracketed)
        and not _DELIVERED_ALONE.match(line.unbracketed))
    cue("from_line", bool(re.match(r"(?i)^from\b", line.unbracketed)) and count <= 6)
    cue("classification_word", bool(CLASSIFICATION_WORD.search(text)))
    # (`S e c r e t`: the marking's letters spaced out, as a form prints it)
    cue("classification_line",
        bool(CLASSIFICATION_LINE.match(unspaced(line.unbracketed.strip("*")))))
    cue("precedence", bool(PRECEDENCE.match(line.unbracketed)))
    # (the original's word for the heading in its brackets: `Recipients [Nơi nhận]:`)
    cue("distribution_head", bool(DISTRIBUTION_HEAD.match(line.unbracketed)
                                  or DISTRIBUTION_HEAD.match(line.text)))
    cue("to_head", bool(TO_HEAD.match(line.unbracketed)))
    cue("plural_recipients", bool(PLURAL_RECIPIENTS.search(text)))
    cue("reference", bool(REFERENCE.match(line.unbracketed)))
    cue("enumerated", bool(ENUMERATED.match(text)))
    cue("copy_item", bool(COPY_ITEM.match(text)))
    cue("topic_item", bool(TOPIC_ITEM.match(text)))
    cue("recipient_title", bool(RECIPIENT.search(text)))
    cue("address_start", bool(ADDRESS_START.match(line.unbracketed)))
    cue("comma_list", text.count(",") >= 2 and count <= 16 and not _is_sentence(line))
    cue("valediction", bool(VALEDICTION.match(line.unbracketed)))
    cue("valediction_name", bool(VALEDICTION_NAME.match(text)))
    cue("signature_mark", bool(SIGNATURE_MARK.search(text)))
    cue("stamp_mark", bool(STAMP_MARK.search(text)))
    cue("stamp_unsigned", "stamp_mark" in fired and _SIGN_WORD.search(text) is None)
    name_like = reads_as_name(bare) and not line.dates
    cue("name_like", name_like)
    cue("name_in_caps", name_like and bare.upper() == bare and bare.lower() != bare)
    cue("office_title", bool(OFFICE_TITLE.search(text)) and count <= 10)
    cue("body_name", bool(BODY_NAME.search(text)) and count <= 10)
    # (the body named outside the brackets, or in one the line opens with, its words supplied:
    # `[Chinese Embassy] in the USSR`; `DWK [German Economic Commission] Oct.` is a note)
    named = line.unbracketed if line.text.lstrip().startswith("[") else line.bare
    cue("signing_body", bool(BODY_NAME.search(named)) and _signing_body(line.unbracketed))
    cue("open_end", bool(OPEN_END.search(text)))
    cue("bias", True)
    return frozenset(fired)


def _heads_notes(text: str) -> bool:
    """What heads the notes under a text (`Notes`, `Translator's Note:`, a label's colon), not
    a name that signs over them (`Thurston`)."""
    return NOTES_HEADING.match(text) is not None or text.rstrip().endswith(":")


# Cues of the line before (or after) that say something about this one.
_PREVIOUS_CUES = ("valediction", "name_like", "distribution_head", "enumerated", "receipt",
                  "open_end")


def line_cues(line: LineView, text_cues: Callable[[str], frozenset[str]] = text_cues,
              ) -> list[str]:
    """The names of the cues that fire on a line, each also with the zone suffix
    (`text_cues`: the run's, which remembers its answers)."""
    own = text_cues(line.text)
    fired = sorted(own)
    if line.previous:
        before = text_cues(line.previous)
        fired.extend(f"prev_{name}" for name in _PREVIOUS_CUES if name in before)
    if line.next and "enumerated" in text_cues(line.next):
        fired.append("next_enumerated")
    context = (
        ("label_before_note", line.before_note and "short_label" in own
         and _heads_notes(line.text)),
        ("name_after_prose", line.after_prose and "name_like" in own),
        ("first_of_zone", line.index == 0),
        ("last_of_zone", line.index == line.count - 1),
        ("after_prose", line.after_prose),
        ("before_prose", line.before_prose),
    )
    fired.extend(name for name, condition in context if condition)
    return [*fired, *(f"{name}@{line.zone}" for name in fired)]
