"""Runs of capitalised words in source text: the raw material of name suggestions.

A run is a maximal sequence of capitalised words (initials such as ``V.`` and particles such as
``of`` inside included) within a block of the source, with the line it starts on, whether it
starts a sentence, and the contexts it was seen in: after a title, after a preposition of place,
inside brackets, in a list, signature or distribution block. Dates, headings, Markdown markup
and bracketed editorial remarks (``[SIC, …]``) are no part of any run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from wordfreq import zipf_frequency

from teikit.dates import find_dates


def word_set(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words that say who someone is; they precede a name but are not part of it.
TITLES = word_set(
    "cde cdes comr comrade comrades mr mrs ms dr gen general marshal admiral colonel col capt"
    " captain lt lieutenant major ambassador president premier chairman minister secretary"
    " deputy vice chief head prof professor sir madame mme"
)
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = word_set("cde cdes comr mr mrs ms dr gen col capt lt no st prof mme f op d l ll")
# Lower-case words allowed inside a name ("Ministry of Foreign Affairs", "Ludwig van Beethoven").
PARTICLES = word_set("of de van von der da di du la le bin al")
PLACE_PREPOSITIONS = word_set("in at near via from into across over")
# Bracketed editorial words of the sources, never names.
EDITORIAL_WORDS = word_set("sic handwritten illegible translator translator's editor note")
CALENDAR_WORDS = word_set(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)
DISTRIBUTION_HEADINGS = re.compile(
    r"^\s*(?:distributed to|distribution|copies|copy to|cc)\b", re.IGNORECASE
)
# At or above this a word in capitals is a function word (the: 7.7, in: 7.3, secret: 4.9).
FUNCTION_WORD_ZIPF = 6.0
# A line of at most this many words, without final punctuation, is a list or signature line.
SHORT_LINE_WORDS = 6

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[\w’']+(?:[-–][\w’']+)*\.?|\S")
_POSSESSIVE = re.compile(r"[’']s?$")
_SENTENCE_END = frozenset({".", "!", "?", ":", ";"})
_OPENING_QUOTES = frozenset({'"', "“", "‘", "«"})
_TRANSPARENT = frozenset({'"', "“", "”", "‘", "’", "'", "(", "[", "*", "«", "»"})
INITIALS = re.compile(r"(?:[^\W\d_]\.\s?)+")


@dataclass(frozen=True)
class Run:
    """A run of capitalised words: a candidate name and where it occurs."""

    words: tuple[str, ...]
    line: int
    initial: bool  # begins a sentence, so its first word may be capitalised for that alone
    contexts: frozenset[str]


# A given name shortened to two letters, as Russian names are (Yu. V. Andropov).
_NAME_ABBREVIATION = re.compile(r"[^\W\d_][^\W\d_A-Z]\.")


def _is_shouted_function_word(word: str) -> bool:
    """``IN``, ``THE``, ``OF`` in a line of capitals: words far too common to be names."""
    return word.isupper() and zipf_frequency(word.lower(), "en") >= FUNCTION_WORD_ZIPF


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper() and any(character.isalpha() for character in token)


def _clean_line(line: str) -> str:
    # Markdown the exports use: bold markers and escaped asterisks are not text.
    return line.replace("**", "").replace("\\*", "*").replace("\\", "")


def _mask(line: str, start: int, end: int) -> str:
    # A masked span becomes punctuation, so it ends a run of names without moving offsets.
    return line[:start] + "·" * (end - start) + line[end:]


def _without_dates(line: str) -> str:
    for match in find_dates(line):
        line = _mask(line, match.start, match.end)
    return line


def _blocks(lines: list[tuple[int, str]]) -> Iterator[list[tuple[int, str]]]:
    block: list[tuple[int, str]] = []
    for number, line in lines:
        if line.strip():
            block.append((number, line))
        elif block:
            yield block
            block = []
    if block:
        yield block


def _is_list_block(block: list[tuple[int, str]]) -> bool:
    return all(
        len(line.split()) <= SHORT_LINE_WORDS and not line.rstrip().endswith((".", "?", "!"))
        for _, line in block
    )


@dataclass(frozen=True)
class _Token:
    """A word of a document and its line."""

    line: int
    text: str
    line_start: bool  # the first token of a line that starts a new item or sentence


LINE_END = "\n"


def _block_tokens(block: list[tuple[int, str]], listing: bool) -> Iterator[_Token]:
    previous_short = True
    for number, line in block:
        # After a short line (a line-based layout: "Received on ...", "Sent on ...") a line
        # starts afresh, as in a list; after a long one it continues the paragraph.
        for index, match in enumerate(_TOKEN.finditer(line)):
            yield _Token(number, match.group(), index == 0 and (listing or previous_short))
        previous_short = len(line.split()) <= SHORT_LINE_WORDS
        if listing:  # in a list or signature block every line is a separate item
            yield _Token(number, LINE_END, False)


def capitalised_runs(text: str, first_line: int) -> Iterator[Run]:
    """Maximal runs of capitalised words, with the line of their first word."""
    numbered = [
        (first_line + index, _without_dates(_clean_line(line)))
        for index, line in enumerate(text.splitlines())
        if not line.lstrip().startswith("#")  # headings: every word is capitalised
    ]
    for block in _blocks(numbered):
        listing = _is_list_block(block)
        heading = DISTRIBUTION_HEADINGS.match(block[0][1]) if listing else None
        if heading:
            block = [(block[0][0], _mask(block[0][1], 0, heading.end())), *block[1:]]
        scanner = _RunScanner(listing=listing, distribution=heading is not None)
        for token in _block_tokens(block, listing):
            yield from scanner.feed(token)
        yield from scanner.finish()


class _RunScanner:
    """Reads a block's tokens and emits runs of name words, tracking sentences and brackets."""

    def __init__(self, *, listing: bool, distribution: bool) -> None:
        self.listing = listing
        self.distribution = distribution
        self.sentence_start = True
        self.in_bracket = False
        self.skipping_bracket = False
        self.after_bracket = False
        self.previous = ""  # the previous token that is not a quote or bracket
        self.previous_word = ""
        self.words: list[str] = []
        self.start_line = 0
        self.initial = False
        self.contexts: set[str] = set()

    def finish(self) -> Iterator[Run]:
        while self.words and self.words[-1].lower() in PARTICLES:
            self.words.pop()
        if self.words:
            yield Run(tuple(self.words), self.start_line, self.initial, frozenset(self.contexts))
        self.words = []

    def feed(self, token: _Token) -> Iterator[Run]:
        text = token.text
        if self.skipping_bracket:
            self.skipping_bracket = text != "]"
            return
        opens_bracket, self.after_bracket = self.after_bracket, text == "["
        if opens_bracket and text.lower().rstrip(":") in EDITORIAL_WORDS:
            self.skipping_bracket = True
            return
        if token.line_start:
            self.sentence_start = not self.distribution
        bare = _POSSESSIVE.sub("", text.rstrip(".")) if text[0].isalpha() else text
        lower = bare.lower()
        initial = bool(INITIALS.fullmatch(text) or _NAME_ABBREVIATION.fullmatch(text))
        name_word = initial or (
            _is_capitalised(bare)
            and not _is_shouted_function_word(bare)
            and lower not in TITLES
            and lower not in CALENDAR_WORDS
            and lower not in EDITORIAL_WORDS
        )
        if name_word or (self.words and lower in PARTICLES):
            if not self.words:
                self._start_run(token.line)
            self.words.append(text if initial else bare)
            possessive = bare != text.rstrip(".")
            if possessive or (text.endswith(".") and not initial):
                yield from self.finish()
        else:
            yield from self.finish()
        self._follow(text, lower, initial)

    def _start_run(self, line: int) -> None:
        self.start_line = line
        self.initial = self.sentence_start and not self.distribution
        self.contexts = {"list"} if self.listing else set()
        if self.distribution:
            self.contexts.add("distribution")
        if self.in_bracket:
            self.contexts.add("bracketed")
        if self.previous_word in TITLES:
            self.contexts.add("titled")
        if self.previous_word in PLACE_PREPOSITIONS:
            self.contexts.add("place")

    def _follow(self, text: str, lower: str, initial: bool) -> None:
        """Update the sentence and bracket state after ``text``."""
        if text == "[":
            self.in_bracket = True
        elif text == "]":
            self.in_bracket = False
        if text in _OPENING_QUOTES:
            # A quotation opened after punctuation starts a sentence of its own.
            if not self.previous[-1:].isalnum():
                self.sentence_start = True
            return
        if text in _TRANSPARENT:
            return
        abbreviation = text.endswith(".") and (lower in ABBREVIATIONS or initial)
        self.sentence_start = text in _SENTENCE_END or (text.endswith(".") and not abbreviation)
        self.previous = text
        if text[0].isalpha():
            self.previous_word = lower
