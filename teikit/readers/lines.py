"""Tests on single units and lines of a source body: is it prose, a name, a note text; where
its date stands; its lines as units of their own. Structure (`structure`) and furniture
(`furniture.assemble`) both ask them. They are pure; the answers a run keeps are kept by its
`teikit.readers.line_tests.LineTests`, not here.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from teikit.dates import find_dates
from teikit.lazy_pattern import LazyPattern
from teikit.markings import SECRECY, SPACED_OUT
from teikit.readers.furniture.cues import (
    date_only,
    parenthesised,
    parenthesised_names,
    without_bracket_marks,
    words,
)
from teikit.readers.furniture.line_patterns import (
    BODY_NAME,
    CLASSIFICATION_LINE,
    COMRADES_BEFORE_COLON,
    COPY_LABEL_STOPPED,
    HAN,
    HELD_OFFICES,
    LIST_HEAD_WORDS,
    MARKING_AT_END,
    MEMO_LABEL,
    OFFICE_LINE,
    OFFICE_TITLE,
    RECEIPT,
    RECEIVED,
    SECTION_HEADING,
    SENDING,
    SIGNATURE_MARK,
    SUBJECT_OPENING,
    TOPIC_ITEM,
    VALEDICTION,
)
from teikit.readers.furniture.line_patterns import DISTRIBUTION_HEAD as COPIES_HEAD
from teikit.readers.joining import (
    ANNOTATION_OPENING,
    HAND_LABEL_THEN_COLON,
    bare_hand_label,
    bracket_depth,
)
from teikit.readers.units import LB, PB, Unit, ends_sentence
from teikit.rules.note_anchor import SUPERSCRIPT_FIGURES
from teikit.rules.omission import OMISSION_MARK

# A receipt or registry line that holds the lines after it (`Received by diplomatic pouch from`
# over the sender's name): narrower than the receipt cue, which also reads sending lines.
DOCKET = re.compile(
    rf"(?i)^(?:{RECEIVED}|arrived|processed|incoming|registered|entered|decoded|deciphered|"
    r"typed|copied|reg\.)\b"
)
_SENT = re.compile(r"(?i)^\s*(?:sent|dispatched|despatched|transmitted)\b")
# (`To` before a verb begins a sentence: `To continue our telegram no. 066.808, we …:`)
_TO_VERB = (r"(?!\s+(?!(?:the|all|my|our|your|his|her|their|each|every|comrades?|cdes?|comr|"
            r"members|heads|chiefs|dear|esteemed|respected)\b)[a-z]{2,}\b)")
# (`Mister Ambassador!`, `Esteemed Comrade Minister!`, `Respected Comrade Kim Il Sung!`)
_ADDRESS = (rf"(?:(?:To{_TO_VERB}|Dear|Comrades?|Sir|Madam|For|TO|DEAR|COMRADES?|SIR|MADAM"
            r"|Mister|Esteemed|Respected|Honou?red|Much-esteemed|Highly esteemed"
            r"|(?:Your )?(?:Excellency|Highness|Majesty))\b"
            r"|(?:Cde|Comr|Mr|Mrs|CDE|COMR)\.)")
SALUTE = re.compile(
    rf"^(?:[\"“„«]?{_ADDRESS}.*[:!,](?:\[\d+\])?|[\"“„«]{_ADDRESS}.*[!,:])\s*$"
)
# A furniture line that addresses someone, also where the translator supplied its first word
# (`[To] Ambassador Wang Bingnan:`). (Whether a line is prose asks the narrower `SALUTE`: the
# furniture table was fitted on the lines that test leaves.)
SALUTE_LINE = re.compile(rf"^\[(?:[Tt]o|Dear|For)(?: the)?\] .*[:!,]\s*$|{SALUTE.pattern}")
# An address whose first word the translator supplied, with or without the article: no
# paragraph, however many words (`[To the] Xinjiang Foreign Affairs Office:`, `[To] the
# Ministry of Foreign Affairs and the Ministry of Foreign Trade:`).
_SUPPLIED_ADDRESS = re.compile(r"^\[(?:To|Dear|For)(?: the)?\] [^.!?]*:\s*$")
# An address with the marking of the cable after its colon, as Chinese cables print them:
# `[To the] Party Committee … of the Xinjiang Autonomous Region: (Top Secret)`.
ADDRESS_MARKED = re.compile(
    r"(?i)^(?:\[?to(?: the)?\]?\s.*|"
    # (or the addressee alone, `Ambassador Pan: (Top Secret)`, no form's label)
    r"(?!(?:classification|level|grade|priority|precedence|security|status)\s*:)[^:()]{2,60}):"
    r"\s*(?P<marking>\((?:top secret|secret|confidential|urgent|"
    r"very urgent|extra urgent|extremely urgent)\))\s*$")
# A list heading with its colon, `To:` included (one-line lists split at it).
# (in parentheses, as Polish ciphergrams print whom the copies went to: `(FYI: Thee, Ludwik)`)
# (the label the translator supplied in brackets, for the form's: `[Forward to] Zhang
# Vice-Minister’s Office, [Chen] Jiakang, …`)
# (the original's word for the heading after it: `Distribution list [rozdzielnik]:`)
LIST_HEAD = re.compile(rf"(?i)^\(?(?:{LIST_HEAD_WORDS}|to){COMRADES_BEFORE_COLON}"
                       r"(?:\s*\[[^\[\]]{1,40}\])?\s*:"
                       rf"|^\[(?:{LIST_HEAD_WORDS})\](?=\s)"
                       rf"|^{COPY_LABEL_STOPPED}")



# A signature line with its signer's office: `Soviet Ambassador in the DPRK [signature] (…)`.
_SIGNED_WORDS = 16
# The small words an address has besides its names and titles: between the names of several
# (`… Liu Shaoqi, and the Central Committee:`, `Ambassador Ni Zhiliang; also inform Chairman
# Gao Gang:`), and inside an office's name after `To` (`To the Central Committee of the …`,
# `To comrade Vasile Gliga, Deputy Minister.`); whom else it goes to, as a Chinese cable says
# (`Foreign Ministry, and reported to the Central Committee:`).
_ADDRESS_LINKS = frozenset("and the of also inform".split())
# (only after `and` or `also`, and `to` after them: `We reported to Moscow and Beijing:` is a
# sentence)
_FORWARDED = frozenset("report reported copy copied forward forwarded".split())
_ADDRESSEE_WORDS = frozenset("the of and for in at on comrade comrades cde cdes".split())
_NAMES_ADDRESS_WORDS = 20
_TO = LazyPattern(r"^\[?To\]?\s+")


def to_titled_address(text: str) -> bool:
    """`To the HWSP (Hungarian Socialist Workers’ Party) Central Committee Foreign Division.`:
    `To`, then an office's or a person's name alone (capitals, parentheses, the small words
    of a name), however long; a sentence has words of its own (`To the Ministry we sent …`)."""
    found = _TO.match(text.strip())
    if found is None:
        return False
    rest = words(text.strip()[found.end():].replace("[", "").replace("]", ""))
    if not 1 <= len(rest) <= _NAMES_ADDRESS_WORDS or any(c.isdigit() for c in text):
        return False
    return all(w[:1].isupper() or w.lower() in _ADDRESSEE_WORDS for w in rest)


def _addressee_words(text: str) -> list[str] | None:
    """The words of a line that addresses someone before a colon, titles and names and the
    words that link them (no figures, no list's heading, no memo's label); None for any other
    line."""
    stripped = text.strip()
    if not stripped.endswith(":") or LIST_HEAD.match(stripped) or MEMO_LABEL.match(stripped):
        return None
    if any(c.isdigit() for c in stripped):
        return None
    found = words(stripped.replace("[", "").replace("]", ""))
    if any(w[:1].islower() and w not in _ADDRESS_LINKS and not _forwarded(found, index)
           for index, w in enumerate(found)):
        return None
    return found


def _forwarded(found: list[str], index: int) -> bool:
    """`… and reported to the Central Committee`: the word at `index` says whom else the
    address goes to."""
    before = found[index - 1] if index else ""
    return ((found[index] in _FORWARDED and before in ("and", "also"))
            or (found[index] == "to" and before in _FORWARDED))


def names_one_address(text: str) -> bool:
    """One addressee alone before a colon (`Ministry of Foreign Affairs:`, `Ambassador Huang
    [Zhen]:`): an address where it stands last over the text (elsewhere it may be a speaker's
    name over what he said)."""
    if _COPY_TO.match(text.strip()):
        return False  # `Copy [Chinese] Central Committee:`: whom a copy went to
    found = _addressee_words(text)
    return (found is not None and 1 <= len(found) <= _ONE_ADDRESS_WORDS
            and not any(w.lower() in _DECIDING for w in found))


_ONE_ADDRESS_WORDS = 8
_COPY_TO = LazyPattern(r"(?i)^(?:copy|copies|cc|c\.c\.)\b")
# (`Politburo RESOLVES:`: a body deciding, over its decision)
_DECIDING = frozenset("resolves decides decrees orders approves instructs resolved decided "
                      "proposes recommends".split())


def names_address(text: str) -> bool:
    """An address of titles and names alone before a colon, as Chinese cables open: `Chairman
    [Mao Zedong], Comrade [Liu] Shaoqi, and the Central Committee:`, `Lin Biao, Deng Zihui,
    Tan Zhen:`, `Peng [Dehuai] and Huang [Kecheng]:`."""
    found = _addressee_words(text)
    if found is None or not 2 <= len(found) <= _NAMES_ADDRESS_WORDS:
        return False
    # (one name or title alone, `Chairman Mao:`, may be a speaker's over what he said)
    return "," in text or ";" in text or "and" in found


def unemphasised(text: str) -> str:
    """`**TOP SECRET**`, `_Secret_` are still markings: the text inside a pair of emphasis
    markers."""
    found = re.fullmatch(r"(\*\*?|__?)(\S(?:.*\S)?)\1", text)
    return found.group(2) if found else text


def wholly_emphasised(text: str) -> bool:
    """`**The internal situation**`: the whole line between a pair of emphasis markers."""
    return unemphasised(text) != text


def is_uppercase_line(text: str) -> bool:
    """Mostly words in capitals: `USSR AMBASSADOR in KOREA`, `CIPHERED TELEGRAM`."""
    found = words(text[:200])  # a long text is no line of capitals
    return bool(found) and sum(w.isupper() for w in found) / len(found) > 0.7


def names_someone(text: str) -> bool:
    """A name alone on its line, bare or typed in parentheses or slashes (`Dr. M. Růžek`,
    `(P. Mladenov)`, `/V. MOSKOVSKY/`)."""
    return typed_name(text) or is_name_line(text)


def typed_name(text: str) -> bool:
    """`(A. PUZANOV)`, `/Khosrow Eghbal/`: a name in parentheses or slashes, alone on its
    line."""
    stripped = text.strip()
    if len(stripped) > 2 and stripped[0] == stripped[-1] == "/":
        return is_name_line(stripped[1:-1])
    several = parenthesised_names(text)
    if several is not None:
        return all(is_name_line(name) for name in several)  # `(A. Vasilevsky) (A. Gromyko)`
    inner = parenthesised(text)
    return inner is not None and is_name_line(inner)


# The signer's name the page has illegibly, after his rank or initial: `Colonel [illegible]`,
# `Vl. [illegible surname]`.
_ILLEGIBLE_NAME = LazyPattern(r"(?<=\S)\s+\[illegible(?:\s+(?:surname|name))?\]\.?$")


def is_name_line(text: str) -> bool:
    """`V. Razuvayev`, `Zhou Enlai`, `I. STALIN`, `DEL RIO`, `Pavlíček 388.`: a bare name;
    `ss. Colonel [illegible]`: one the page has illegibly."""
    illegible = _ILLEGIBLE_NAME.search(text)
    if illegible is not None:
        before = text[: illegible.start()]
        return len(before.split()) <= _WORDS_BEFORE_ILLEGIBLE and is_name_line(before)
    tokens = text.rstrip(".").split()
    if not 1 <= len(tokens) <= 4 or any(c in text for c in ":[]"):
        return False
    if tokens[0].lower().rstrip(".") in {"no", "nº", "n°", "nr", "№", "copy", "file", "ref"}:
        return False  # "No. 234/sh" is a number, not a signature
    if SECTION_HEADING.match(text):
        return False  # "Article II", "Chapter 3": a heading over a part of the text
    named = [t for t in tokens if t[:1].isupper()]
    return len(named) >= max(1, len(tokens) - 1) and not text.endswith(",")


_WORDS_BEFORE_ILLEGIBLE = 3
# A name, then in brackets the name of whom it stands for, a quotation's closing mark after it
# or not.
_NAME_IDENTIFIED = LazyPattern(r"^(?P<name>[^\[\]]{2,40}?)\s*\[(?P<real>[^\W\d_][^\[\]]{1,40})\]"
                               r"[”\"»’]?\.?$")


def is_signer_line(text: str) -> bool:
    """A bare name, or a name and after a comma the office or body it signs for (`Wladislaw
    Gomulka, Central Committee of the Polish United Workers Party`); a cover name with the
    man it stands for in the translator's bracket (`FILIPPOV [Stalin]”.`, closing a relayed
    telegram)."""
    # (the bracket looked for only where the line has one: this runs on most closing lines)
    identified = _NAME_IDENTIFIED.match(text.strip()) if "[" in text else None
    if identified is not None:
        return is_name_line(identified["name"]) and is_name_line(identified["real"])
    name, comma, rest = text.partition(",")
    if not comma:
        return is_name_line(text)
    return is_name_line(name) and bool(OFFICE_TITLE.search(rest) or BODY_NAME.search(rest))


_NUMBERED = re.compile(r"^\s*(?:\d{1,3}|[a-z])[.)]\s+(?P<first>\S+)")
# How an item of a list of copies or recipients begins: `3. to the file.`, `1. Comr. Stalin`.
RECIPIENT_WORDS = frozenset("to for copy copies file cde cdes comr comrade comrades".split())


_NUMBERED_POINT_WORDS = 8


def _numbered_point(text: str) -> bool:
    """A numbered point of the text written as a clause (several words in lower case), whether
    or not its full stop was printed; not a heading over what follows (`2. Two plans:`)."""
    found = _NUMBERED.match(text)
    if found is None or text.rstrip()[-1:] == ":":
        return False
    if found["first"].strip(".[],").lower() in RECIPIENT_WORDS:
        return False
    if TOPIC_ITEM.match(text) and _title_case(text):
        return False  # `1. On Comrade Shehu’s Letter to Zhou Enlai, Requesting …`: a topic
    return sum(w[:1].islower() for w in words(text)) >= 4


# Chinese characters in a run that no name or heading has, and the stop or comma of a sentence.
_HAN_RUN = LazyPattern(HAN + r"{12}")
_HAN_STOP = LazyPattern(r"[，,。；;！？]")


def _mostly_han(text: str) -> bool:
    """More Chinese characters than Latin letters (and a run of them)."""
    return (not text.isascii() and _HAN_RUN.search(text) is not None
            and len(_HAN_CHARACTER.findall(text)) > len(_LATIN_LETTER.findall(text)))


_HAN_CHARACTER = LazyPattern(HAN)
_LATIN_LETTER = LazyPattern(r"[A-Za-z]")


def _han_prose(text: str) -> bool:
    """A paragraph of Chinese: a long run of characters, punctuated as sentences are."""
    return _HAN_RUN.search(text) is not None and _HAN_STOP.search(text) is not None


def han_sentence(text: str) -> bool:
    """A sentence of Chinese, ended as one (`(三) 朴一禹[3]已返朝,…当由他转报金首相[4]。`): a long
    run of characters, a full stop at its end; short by its spaces, as every line of Chinese is."""
    return (text.rstrip()[-1:] in _HAN_SENTENCE_ENDS
            and len(_HAN_CHARACTER.findall(text)) >= _HAN_SENTENCE_CHARACTERS)


_HAN_SENTENCE_ENDS = "。！？"
_HAN_SENTENCE_CHARACTERS = 12


def _numbered_sentence(text: str) -> bool:
    """`2. Report [back] after the talks.`: a short numbered point of the text, a sentence
    (not `1. Comr. Stalin` nor `3. to the file.`, items of a list of recipients)."""
    found = _NUMBERED.match(text)
    if found is None or not ends_sentence(text) or text.rstrip()[-1:] == ":":
        return False
    if found["first"].strip(".[],").lower() in RECIPIENT_WORDS:
        return False
    return sum(w[:1].islower() for w in words(text)) >= 2


# A telegram form's first line: what it is, where from, its number (`Telegram from New York
# File # 12041 P.`, `Cable from Rio de Janeiro No. 412`).
_FORM_FROM_WITH_NUMBER = LazyPattern(
    r"(?i)^(?:(?:ciphered|coded|urgent)\s+)?(?:telegram|cable|ciphergram|radiogram|telex)\s+"
    r"from\s+(?:[\w’'.-]+\s+){1,4}(?:file\s*(?:#|no\.?|n[º°]|№)|no\.?|n[º°]|№|#)\s*\d")
# A letterhead with a full stop: a body's name alone (`The Embassy of the Hungarian People's
# Republic.`, `Ministry of Foreign Affairs of the USSR.`), in title case after its first words.
_LETTERHEAD = LazyPattern(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:Embassy|Legation|Consulate|Ministry|Mission|"
    r"Secretariat|Presidium|Committee|Council|Department|Directorate|Office)\s+of\s+"
    r"(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|the|and|in)\s+)*[A-Z][\w'’-]*\.?$")
# How many copies went to the one named before it, in parentheses (`(2 copies)`).
_COPIES_EACH = re.compile(r"\(\d{1,2}\s+cop(?:y|ies)\)")
# A sentence's end inside a text: a full stop after a word (not an initial), then a capital.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{4,}[.!?]\s+[A-Z]")


# The editor's omission mark, then what is left of a paragraph (`[…] [Chinese domestic
# policy]`): the running text, cut where the mark stands, however few its words.
_AFTER_OMISSION = LazyPattern(rf"^\s*{OMISSION_MARK}\s*\S")


# The most words of a handling caveat (`Subject to return within 3 days to the CC CPSU (General
# Department, 1st sector)`).
_CAVEAT_WORDS = 20


# The year's motto after the place and date, quoted, the original's words in brackets after it
# or not, a relayed letter's quotation closing on it (`, "Year of Planning" [Año de la
# Planificación]".`).
# (unquoted, it names the year: `, Year of the Economy [Año de la Economía].`)
_YEARS_MOTTO = LazyPattern(r"^,\s*(?:[“\"][A-Z][\w’'-]*(?:\s+[\w’'-]+){1,6}[”\"]|"
                           r"(?i:year\s+of|año\s+de)(?:\s+[\w’'-]+){1,6})"
                           r"(?:\s*\[[^\[\]]{2,60}\])?\s*[”\"]?\.?$")
# The year's motto on a line of its own (`"Year of the Struggle for Peace and Sovereignty"`,
# `"YEAR OF THE ECONOMY" ["AÑO DE LA ECONOMÍA"]`, `'Year of Planning' [Año de la
# Planificación]`).
_YEARS_MOTTO_ALONE = LazyPattern(r"^[“\"‘'](?i:year\s+of|año\s+de)\s[^“”\"‘’]{2,70}[”\"’']"
                                 r"(?:\s*\[[^\[\]]{2,70}\])?\.?$")


_PLACE_THEN_COMMA = LazyPattern(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2},\s+")


def years_motto_alone(text: str) -> bool:
    """`"Year of the Struggle for Peace and Sovereignty"`: the year's motto, as Cuban and
    Nicaraguan papers print it under the letterhead or the date, no sentence nor signature."""
    return _YEARS_MOTTO_ALONE.match(text.strip()) is not None


def dated_with_the_years_motto(text: str, span: tuple[int, int] | None) -> bool:
    """`Havana, 27 October 1962, "Year of Planning" [Año de la Planificación]".`: the place and
    date (`span`), then the year's motto as Cuban papers print it: a dateline."""
    return (span is not None and _PLACE_THEN_COMMA.fullmatch(text[: span[0]]) is not None
            and _YEARS_MOTTO.match(text[span[1]:]) is not None)


def is_prose_text(raw: str, relaxed: bool, date_span: Callable[[str], tuple[int, int] | None],
                  ) -> bool:
    """Whether a unit's text is a paragraph of running text; `relaxed` for documents of short
    lines only (`date_span`: the run's, which remembers its answers)."""
    text = raw.replace(LB, " ").replace(PB, " ")
    # Cheap tests first: this runs on every unit of every document.
    count = len(words(text[:300]))  # enough text to tell whether there are six words
    if count < (4 if relaxed else 6):
        return (_numbered_sentence(text) or (relaxed and _han_prose(text))
                or _AFTER_OMISSION.match(text) is not None)
    if " " not in text.strip() or _mostly_han(text):
        # `DNU/DEA/DAS/DAC/600.(24h)`: codes in slashes, however many, are no prose; Chinese
        # is written without spaces, and its few spaces part no words (`…接洽好, 他们即派…`):
        # prose of a page in Chinese alone (where a translation follows the original, the
        # translation's paragraphs are the running text)
        return relaxed and _han_prose(text)
    if SPACED_OUT.fullmatch(text) is not None:
        return False  # `H i g h l y c l a s s i f i e d !`: letters spaced out, no words
    if SALUTE.match(text) or MEMO_LABEL.match(text) or (DOCKET.match(text)
                                                       and not _runs_on(text, count)):
        return False
    if ANNOTATION_OPENING.match(text) and (_WHOLLY_BRACKETED.match(text)
                                          or _LABEL_BRACKET.match(text)):
        # `[handwritten at the top of the page: point 429 is in …].`, `[Handwritten] We agree
        # and will pass it on …`: an annotation, the hand's words in or after its label
        return False
    if ADDRESS_MARKED.match(text) or _SUPPLIED_ADDRESS.match(text) or to_titled_address(text):
        return False
    if years_motto_alone(text):
        return False  # the year's motto under the letterhead or the date, no sentence
    if DESCRIBED_MARKING.match(text):
        return False  # `Minutes of conversation …, Persepolis, 15 October 1971, Top Secret`
    if copies_by_name(text):
        return False  # `Molotov - 1, Malenkov - 1, Beria - 1.`: how many copies each received
    if count <= _DATELINE_WORDS and _LETTERHEAD.match(text):
        return False  # `The Embassy of the Hungarian People's Republic.`: who writes, no sentence
    if count <= _DATELINE_WORDS and _FORM_FROM_WITH_NUMBER.match(text):
        return False  # `Telegram from New York File # 12041 P.`: the form's head, its number
    if len(_COPIES_EACH.findall(text)) >= 2 and not _SENTENCE_BREAK.search(text):
        # `Department of District IX (2 copies) Department of District X (2 copies) …`
        return False
    if count <= _PARENTHESISED_WORDS and _parenthesised_label(text):
        return False  # `(Argentina stance on Brazilian-German nuclear deal)`: a heading
    if count <= _SUBJECT_WORDS and _PARENTHESISED_SUBJECT.match(text.strip()):
        return False  # `(About Americans in the circle of CC CCP. About Rittenberg …)`
    if count <= _DATELINE_WORDS and _COLUMN_LABELS.search(text):
        return False  # `East Department stamp: Secretariat stamp:`: a form's labels side by side
    if count <= _SIGNED_WORDS and SIGNATURE_MARK.search(text):
        return False  # `Soviet Ambassador in the DPRK [signature] (V. Ivanov)`: a signature
    if count <= _DATELINE_WORDS and OFFICE_LINE.match(text) and text.rstrip()[-1:] == ")":
        return False  # `Secretary of the CC of the CP(b)`: an office, its parenthesis no end
    if count <= _DATELINE_WORDS and _OFFICE_FIRST.match(text) and _title_case(text):
        # `Minister of Foreign Affairs of the D.P.R.K.`: an office's title under its holder's
        # name, capitalised as a name is, its initials' stop no sentence's
        return False
    if count <= _DATELINE_WORDS and (marking := MARKING_AT_END.search(text)) is not None \
            and marking["marking"].isupper():
        return False  # `The Embassy of the Hungarian People’s Republic TOP SECRET!`: a letterhead
    if count <= _CAVEAT_WORDS and CLASSIFICATION_LINE.match(text.strip()) is not None:
        # `Subject to return within 24 hours to the CC VKP(b) (Special Sector)`: how the paper
        # is to be handled, a caveat however long, no sentence of the text
        return False
    if is_uppercase_line(text) and not (count >= 12 and ends_sentence(text)):
        return False  # a line in capitals is furniture; sentences in capitals, a telegram's text
    if (RECEIPT.match(text) or SENDING.match(text) or VALEDICTION.match(text)
            or COPIES_HEAD.match(text)) and not _runs_on(text, count):
        return False  # "Sent to 8th Department … 8.7.50 11:35.": a docket, however long
    if LB in raw:
        # A paragraph's last line may be short: the lines before it tell.
        lines = raw.split(LB)[:-1]
        if sum(map(len, lines)) / len(lines) < 50:
            return False  # a block of short lines: an address, a list, a signature
    if relaxed:
        return (text.rstrip()[-1:] in ".!?" and not SENDING.match(text)
                and not CLASSIFICATION_LINE.match(text.strip()) and date_span(text) is None)
    if count <= _DATELINE_WORDS and _TO_COMRADES.match(text):
        return False  # `to Cdes. Litvinov and Frinovsky - everything.`: whom a copy went to
    if _TO_COMRADES_LISTED.match(text) and _names_listed(text):
        return False  # `To Cdes. [CPSU General secretary Mikhail S.] Gorbachev, [Soviet …`
    if comrades_listed(text):
        return False
    if count <= _DATELINE_WORDS and (date_only(text, span := date_span(text))
                                     or dated_with_the_years_motto(text, span)):
        return False  # `For the period from 24 May to 11 June 1956.`: a date, not a sentence
    if count >= _NUMBERED_POINT_WORDS and _numbered_point(text):
        return True  # `3. Information … turn out to be disinformation`: a point, its stop lost
    # (the note's mark looked for only where the text ends on one: a pattern anchored at the
    # end is tried at every character of a long paragraph)
    marked = text.rstrip()[-1:] in "*]"
    if ends_sentence(_without_initials(_TRAILING_PARENTHESIS.sub(
            "", _NOTE_MARK_AT_END.sub("", text) if marked else text))):
        # (a title's number in parentheses ends no sentence: `… Bomb (6)`; officers under
        # their offices end none with their initials: `President: William Wilson, D.L.`)
        return not (_title_case(text) and len(_OFFICE_LABEL.findall(text)) >= 2)
    # The length tells without the editor's description that opens the line: `[stamp and
    # handwriting; stamp not stamped properly] Foreign Affairs 5th Department 10.10.55` is a
    # stamp's text, however long its description (a paragraph wholly in brackets, the
    # translator's account of a passage, stays whole).
    text = _OPENING_BRACKET.sub("", text).strip() or text
    # (counted without the runs of spaces that set a form's columns apart)
    return len(" ".join(text.split())) >= 100 and not _title_case(text)


_CUT_OFF_WORDS = 4
_WORDS_BESIDE_A_DATE = 2
_GRAMMAR_WORD_AT_END = LazyPattern(
    r"\s(?:in|of|the|a|an|and|to|that|which|who|with|for|on|at|by|from|as|is|was|were)$")


def is_cut_off_sentence(raw: str, date_span: Callable[[str], tuple[int, int] | None]) -> bool:
    """`Castro supposes that the USA is succeeding in`: a sentence the page export stopped in,
    too short to be told running text by its length: four words or more (six beside a date),
    most of them in lower case, nothing a line of furniture opens with, not wholly a remark in
    brackets (`[handwritten word, probably a signature]`)."""
    if LB in raw or PB in raw:
        return False
    text = " ".join(raw.split())
    if ends_sentence(text):
        return False
    # A date inside the sentence leaves it a sentence (`On March 6 at 2 P.M. the embassy sent
    # a cable t`); a dateline is little but its date (`Moscow, 6 March 1962, 10 hours`).
    span = date_span(text)
    found = words(text if span is None else text[:span[0]] + " " + text[span[1]:])
    if len(found) < _CUT_OFF_WORDS + (span is not None) * _WORDS_BESIDE_A_DATE:
        return False
    lower = sum(word[:1].islower() for word in found)
    # (a sentence stopped on a word of grammar may name several people before it: `Comrade
    # Erich Honecker, who again cordially welcomed Comrade Arafat in`)
    share = 3 if _GRAMMAR_WORD_AT_END.search(text) else 2
    if lower * share <= len(found):
        return False  # (`Soviet Chargé d’Affaires in the Republic of Cuba`: an office)
    return not (any(pattern.match(text) for pattern in _FURNITURE_OPENINGS)
                or SIGNATURE_MARK.search(text))


# An archive's description of the document, its classification last after a comma
# (`Minutes of conversation …, Persepolis, 15 October 1971, Top Secret`).
DESCRIBED_MARKING = LazyPattern(r"^.*\S,\s+(?P<marking>(?i:" + SECRECY + r")[.!]?)\s*$")
# Names, each with the count of its copies (`Molotov - 1, Malenkov - 1`, `Stalin (2), Beria`).
# (a department by its number, `8 MDGS - 1`, `8th MDGS - 1`; the copy kept, `on file - 1`)
_COPIES_OF_ONE = (r"(?:(?:(?:on|to)\s+)?file|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-ZА-Я][\w’'.-]*"
                  r"(?:\s+(?:[A-ZА-Я][\w’'.-]*|file)){0,2})"
                  r"(?:\s*[-–]\s*\d{1,2}|\s*\(\d{1,2}\))?")
_COPIES_BY_NAME = LazyPattern(
    rf"^\s*(?=.*\d)(?:{_COPIES_OF_ONE})(?:\s*,\s*{_COPIES_OF_ONE}){{2,}}\s*[.,]?\s*$")


def copies_by_name(text: str) -> bool:
    """`Stalin - 2, Molotov - 1, …, on file - 1.`: recipients, each with the count of copies
    sent, no sentence."""
    return _COPIES_BY_NAME.match(text) is not None


_OPENING_BRACKET = LazyPattern(r"^\s*\[[^\[\]]*\]")
# Two labels of a form on one line, the same word before each colon, the line ending on the
# second: `IN THE DPRK East Department stamp: Secretariat stamp:` (not a speaker's `Mao
# Zedong: Please note:`).
_COLUMN_LABELS = LazyPattern(r"(?i)\b(\w+):\s+(?:[\w’'.-]+\s+){0,2}\1:\s*$")


_RUNNING_ON_WORDS = 16
# A sentence ended and the next begun inside the line: `telegram. [Regarding] the issue`
# (not a date's or an abbreviation's stop: `8.7.50`, `Dept. 3`).
_NEXT_SENTENCE = LazyPattern(r"[a-z\]][.!?]\s+\[?[A-Z][a-z]*\]?\s+[a-z]")


def _runs_on(text: str, count: int) -> bool:
    """Whether a line that opens like a docket goes on as running text, sentence after
    sentence (`Received the October 2 telegram. [Regarding] the issue of mobilization …`, a
    reply cable's text acknowledging the cable it answers): a docket says one thing."""
    return (count >= _RUNNING_ON_WORDS and _NEXT_SENTENCE.search(text) is not None
            and sum(w[:1].islower() for w in words(text)) * 2 >= count)


_DATELINE_WORDS = 12
# An office's title, its office first (`Minister of Foreign Affairs of the D.P.R.K.`, `Deputy
# Head of the Department`): no subject line naming one later (`Visit of the Foreign Minister …`).
_OFFICE_FIRST = LazyPattern(r"(?i)^(?:(?:deputy|vice|first|acting)[\s-]+)?(?:" + HELD_OFFICES
                            + r")\b")
# A line wholly in one bracket (brackets inside it closed), as a hand's or a stamp's words are.
# (the quotation of a relayed paper closing after it: `[Seal of the Ministry …]"`)
_WHOLLY_BRACKETED = LazyPattern(r"^\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\]\.?[”\"]?$")
# What a line of furniture opens with, which no sentence cut off at a page's end does.
_FURNITURE_OPENINGS = (_WHOLLY_BRACKETED, SALUTE, MEMO_LABEL, DOCKET, VALEDICTION, RECEIPT,
                       SENDING, COPIES_HEAD, ADDRESS_MARKED)
# A bracket that only names what follows it (`[Handwritten]`, `[handwritten:]`): no colon
# inside it with words after.
_LABEL_BRACKET = LazyPattern(r"^\[[^\[\]:]*:?\s*\]:?\s+\S")
# The title before comrades' names (`Cdes.`, `Comrades`).
_COMRADES = r"(?i:cdes?|comrades?|comrs?|cmrds?)\b\.?\s+"
# Comrades addressed, in a list however long (the first name's words may be supplied).
_TO_COMRADES_LISTED = LazyPattern(rf"^(?i:to)\s+{_COMRADES}[\[A-ZА-Я]")
_BRACKETED_WORDS = LazyPattern(r"\[[^\[\]]*\]")
_LISTED_NAME_WORDS = 6
_WHAT_EACH_RECEIVED = LazyPattern(r"\s[–—-]\s+\S+(?:\s+\S+){0,2}\s*$")


def _names_listed(text: str) -> bool:
    """Whether `text`, without what the translator added in brackets, is a list of short
    items (names, with what each received), parted by commas or semicolons."""
    items = re.split(r"[,;]", _BRACKETED_WORDS.sub(" ", text))
    # (what each received after its dash is none of its name: `Ministry of Finance of the
    # USSR – point 2.`)
    return len(items) >= 3 and all(
        len(_WHAT_EACH_RECEIVED.sub("", item).split()) <= _LISTED_NAME_WORDS for item in items)


_COMRADES_LISTED = LazyPattern(rf"^{_COMRADES}[A-ZА-Я]")
# A name's or a body's word: capitalised, an initial, or what it is in parentheses (`(MFA)`).
_NAME_WORD = LazyPattern(r"[A-ZА-Я][\w.’'-]*|\([^()]{1,30}\)")


def comrades_listed(text: str) -> bool:
    """`Comrades Suslov, Molotov (MFA), V. Kuznetsov, …; CPSU CC Secretariat.`: whom an extract
    went to, its `To` not printed; three or more names (or bodies) parted by commas or
    semicolons, each of capitalised words alone (`Pak and Choe went to Moscow` is a sentence's
    part)."""
    if _COMRADES_LISTED.match(text) is None:
        return False
    items = [item.strip(" .") for item in re.split(r"[,;]", text.rstrip(" ;,."))]
    return len(items) >= 3 and all(
        item and len(item.split()) <= _LISTED_NAME_WORDS
        and all(_NAME_WORD.fullmatch(word) for word in item.split()) for item in items)


_TO_COMRADES = LazyPattern(rf"^to\s+{_COMRADES}[A-ZА-Я]")
# A name's initials after it at a line's end: `… Cde. Ivanov V.I.`, `Kim I. S.`
_TRAILING_INITIALS = LazyPattern(
    r"(?<![\w.])[A-ZА-Я][\w’'-]+\s+(?P<initials>(?:[A-ZА-Я]\.\s?){1,3})$")


def _without_initials(text: str) -> str:
    """The text without the initials that end it (their full stop ends no sentence), or the
    note's number glued after its last full stop (`… to come home.1`)."""
    found = _TRAILING_INITIALS.search(text.rstrip())
    if found:
        return text[: found.start("initials")]
    marker = _MARKER_AFTER_END.search(text)
    return text[: marker.start()] if marker else text


# A note's number after a sentence's end: `home.1`, `home.¹`, `home.[1]`.
_MARKER_AFTER_END = LazyPattern(
    rf"(?<=[.!?”\"])(?:\d{{1,2}}|[{SUPERSCRIPT_FIGURES}]{{1,2}}|\[\d{{1,3}}\])\s*$")


# `General Secretary: Granville V. Stone President: William Wilson, D.L.`: a society's officers,
# each under the office's name, side by side in its letterhead.
_OFFICE_LABEL = LazyPattern(r"(?:^|\s)(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+s?:\s+[A-Z]")

_PARENTHESISED_WORDS = 12
# A short parenthesis at a line's end, after a word: `Reactions to … an Atomic Bomb (6)`, or
# the name of the office's holder, initials and all: `Vienna – Soviet Representative (Cde. I.D.
# Morokhov)`, or the cable's number: `I.V. STALIN to A.I. MIKOYAN 4 February 1949 (No. 0927)`.
# A note's marker glued after the sentence's end (`… the communique.*`, `… agreed.[2]`): the
# sentence ended before it.
_NOTE_MARK_AT_END = LazyPattern(r"(?<=[.!?”\"»)])(?:\*{1,3}|\[\d{1,3}\])\s*$")
_TRAILING_PARENTHESIS = LazyPattern(
    r"(?<=\w)\s+\((?:[^().!?]{1,20}|(?:No\.|N[º°]|№)\s?\d[\w/-]*|(?:\d+(?:st|nd|rd|th)\s)?"
    r"(?:(?:[A-ZА-Я][\w’'-]*\.?|(?:[A-ZА-Я]\.){1,3})\s?){1,5})\)\s*$")


def _parenthesised_label(text: str) -> bool:
    """A short line wholly in one pair of parentheses, no sentence ended inside: an archive's
    or a translator's heading (`(Excerpt)`, `(Argentina stance on the nuclear deal)`), where
    `(The talks went on.)` is a sentence."""
    inner = parenthesised(text)
    return inner is not None and ")" not in inner and inner[-1:] not in ".!?"


_REMARK_WORDS = 12
# What a cable is about, in parentheses over its text, one subject or two (`(About the
# Nanjing’ists’ removal of state-owned gold …)`, `(About Americans in the circle of CC CCP.
# About Rittenberg and A.L. Strong)`): its heading, however many words it takes, where a
# sentence in parentheses ends on its stop (`(About this question he said nothing more.)`).
_PARENTHESISED_SUBJECT = LazyPattern(rf"^\((?:{SUBJECT_OPENING})\s[^()]+(?<![.!?])\)$")
_SUBJECT_WORDS = 30


def is_parenthesised_remark(text: str) -> bool:
    """A short sentence wholly in parentheses (`(Premier has yet to review and approve.)`):
    a remark on the document, or a sentence of its text, as what stands around it tells."""
    inner = parenthesised(text)
    return inner is not None and len(words(inner)) <= _REMARK_WORDS


# An annotation's words run longer than a remark's (`[handwritten across the list of
# addressees: to Cde. Malenkov [[illegible word or words]] the Koreans]`).
_BRACKETED_REMARK_WORDS = 25


def is_bracketed_remark(text: str) -> bool:
    """A line wholly in one pair of square brackets, brackets nested inside it: what the
    translator says of the page (a hand's annotation, a stamp, a missing page), not its text."""
    stripped = text.strip().rstrip(".")
    if not stripped.startswith("[") or not stripped.endswith("]"):
        return False
    depth = 0
    for position, char in enumerate(stripped):
        depth += (char == "[") - (char == "]")
        if depth == 0:
            return (position == len(stripped) - 1
                    and len(words(stripped)) <= _BRACKETED_REMARK_WORDS)
    return False


def _title_case(text: str) -> bool:
    """`The Ministries of Foreign Affairs and Public Security Send Work Teams to Xinjiang`: a
    title's words capitalised but for the short ones, as no sentence's are."""
    content = [w for w in words(text) if len(w) >= 4]
    return bool(content) and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)


def date_span(text: str) -> tuple[int, int] | None:
    """Where the dates of a line start and end (several tests ask this of one line: a run
    remembers the answers)."""
    found = [m for m in find_dates(without_bracket_marks(text)) if m.value is not None]
    return (found[0].start, found[-1].end) if found else None


def line_units(unit: Unit) -> list[Unit]:
    """The lines of a unit as units of their own (offsets kept)."""
    text = unit.text
    if LB not in text and unit.kind == "text" and not unit.level and not unit.marker:
        # A unit of one line is its own line: not copied (a long file has hundreds of
        # thousands of them).
        return [unit] if text.strip() else []
    parts: list[Unit] = []
    start = 0
    breaks = [i for i, c in enumerate(text) if c == LB]
    wrapped = set(unit.wrapped)
    # (a line a wrapping broke stays whole, but after a line in capitals)
    ends = [*(i for i in breaks if i not in wrapped or _after_capitals(text, i)),
            len(text)] if wrapped else [*breaks, len(text)]
    for index in ends:
        piece = text[start:index]
        if piece.strip():
            offsets = unit.offsets.slice(start, index)
            # (a line a wrapping broke stays whole: its breaks go with it)
            kept = tuple(at - start for at in unit.wrapped[bisect.bisect_right(
                unit.wrapped, start):bisect.bisect_left(unit.wrapped, index)]) if wrapped else ()
            parts.append(Unit("text", piece, offsets,
                              unit.line + bisect.bisect_left(breaks, start), unit.block, 0,
                              unit.end_block, wrapped=kept))
        start = index + 1
    return parts


def _after_capitals(text: str, index: int) -> bool:
    """Whether the line before the break at `index` is in capitals, a letterhead's, a line of
    its own however long, even where a wrapping could have broken it (`SECOND MAIN
    ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY` / `CIPHERED TELEGRAM No. 20772`)."""
    return is_uppercase_line(text[text.rfind(LB, 0, index) + 1 : index])


def split_at(unit: Unit, position: int) -> tuple[Unit, Unit]:
    left = unit.text[:position].rstrip()
    right_start = position + (len(unit.text[position:]) - len(unit.text[position:].lstrip()))
    return (
        Unit("text", left, unit.offsets, unit.line, unit.block, 0, unit.end_block),
        Unit("text", unit.text[right_start:], unit.offsets.slice(right_start), unit.line,
             unit.block, 0, unit.end_block),
    )


def keeps_together(unit: Unit) -> bool:
    """A unit that must not be split into its lines: a docket, a label over the lines after it,
    or lines joined because a bracket spans them."""
    first, *rest = unit.text.split(LB)
    return (
        # (a docket's lines, unless the hour of sending follows the hour of receipt: `received
        # at 0020 2 September` / `sent at 0215 2 September`, two lines of the telegram's form)
        (DOCKET.match(first) is not None and not any(_SENT.match(line) for line in rest))
        or first.rstrip().endswith(":]")
        or HAND_LABEL_THEN_COLON.fullmatch(first) is not None  # (`[Handwritten]:`)
        or (bool(rest) and bare_hand_label(first))  # (`[handwritten]` / `Expand` / …)
        or any(bracket_depth(line) for line in unit.text.split(LB))
    )
