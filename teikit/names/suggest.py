"""Candidate names in source texts, to start a register quickly.

A candidate is a run of capitalised words (initials and ``of`` inside included) that is not just
the capitalised first word of a sentence, a name the translator bracketed (``[Li An Muk]``), or a
line of a signature or distribution block. A sentence's first word is kept only when the same
word also appears capitalised inside a sentence somewhere, or is no English word at all (by the
wordfreq list): so ``Although`` goes and ``Kim`` stays. A run seen once that splits into runs
seen elsewhere is split (``Soviet Union Kim Il Sung`` → ``Soviet Union``, ``Kim Il Sung``).

The type of each candidate is a guess from its contexts (a title before it, a preposition of
place, an institution's head noun, a distribution list); the draft says so.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wordfreq import zipf_frequency

from teikit.dates import find_dates
from teikit.errors import Location
from teikit.io import read_source
from teikit.names.register import Entry, EntryKind, Register, Spelling


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words that say who someone is; they precede a name but are not part of it.
TITLES = _words(
    "cde cdes comr comrade comrades mr mrs ms dr gen general marshal admiral colonel col capt"
    " captain lt lieutenant major ambassador president premier chairman minister secretary"
    " deputy vice chief head prof professor sir madame mme"
)
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = _words("cde cdes comr mr mrs ms dr gen col capt lt no st prof mme f op d l ll")
# Lower-case words allowed inside a name ("Ministry of Foreign Affairs", "Ludwig van Beethoven").
PARTICLES = _words("of de van von der da di du la le bin al")
PLACE_PREPOSITIONS = _words("in at near via from into across over")
# Head nouns of institutions: "Pyongyang Radio" is an organisation named after a place.
ORGANISATION_HEADS = _words(
    "radio press army navy party committee ministry department embassy government council"
    " assembly agency bureau university institute academy bank company union front office"
    " commission foundation archive archives"
)
# Bracketed editorial words of the sources, never names.
EDITORIAL_WORDS = _words("sic handwritten illegible translator translator's editor note")
CALENDAR_WORDS = _words(
    "january february march april may june july august september october november december"
    " monday tuesday wednesday thursday friday saturday sunday"
)
# Adjectives of nationality (Korean, Chinese, Americans, British) are not names.
_NATIONALITY = re.compile(r"(?:ans|ese|ean|ican|ish)$")
DISTRIBUTION_HEADINGS = re.compile(
    r"^\s*(?:distributed to|distribution|copies|copy to|cc)\b", re.IGNORECASE
)
# A sentence's first word is kept if wordfreq hardly knows it (Heonyeong: 0.0, Taegu: 1.45).
RARE_WORD_ZIPF = 2.0
# At or above this a word in capitals is a function word (the: 7.7, in: 7.3, secret: 4.9).
FUNCTION_WORD_ZIPF = 6.0
# Below this a word is unusual enough in English to be a name (Pyongyang: 2.6, National: 5.2).
UNUSUAL_WORD_ZIPF = 4.0
# An organisation's acronym (UN, KNA, DPRK, USSR); a longer word in capitals is often a surname.
ACRONYM_LENGTH = 5
# A line of at most this many words, without final punctuation, is a list or signature line.
SHORT_LINE_WORDS = 6

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|[\w’']+(?:[-–][\w’']+)*\.?|\S")
_POSSESSIVE = re.compile(r"[’']s?$")
_SENTENCE_END = frozenset({".", "!", "?", ":", ";"})
_OPENING_QUOTES = frozenset({'"', "“", "‘", "«"})
_TRANSPARENT = frozenset({'"', "“", "”", "‘", "’", "'", "(", "[", "*", "«", "»"})


@dataclass
class Candidate:
    """A name not in the register, how often and where it occurs, and a guessed type."""

    name: str
    count: int = 0
    first: Location | None = None
    contexts: Counter[str] = field(default_factory=Counter)

    @property
    def kind(self) -> EntryKind:
        return guess_kind(self.name, self.count, self.contexts)


@dataclass(frozen=True)
class _Run:
    words: tuple[str, ...]
    line: int
    initial: bool  # begins a sentence, so its first word may be capitalised for that alone
    contexts: frozenset[str]


def guess_kind(name: str, count: int, contexts: Counter[str]) -> EntryKind:
    last = name.split()[-1].lower()
    acronym = name.isupper() and 1 < len(name) <= ACRONYM_LENGTH and " " not in name
    if last in ORGANISATION_HEADS or acronym:
        return "org"
    if contexts["titled"] or contexts["list"] or _INITIALS.match(name):
        return "person"
    if 2 * contexts["place"] >= count:
        return "place"
    return "person"


_INITIALS = re.compile(r"(?:[^\W\d_]\.\s?)+")


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


def _runs(text: str, first_line: int) -> Iterator[_Run]:
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

    def finish(self) -> Iterator[_Run]:
        while self.words and self.words[-1].lower() in PARTICLES:
            self.words.pop()
        if self.words:
            yield _Run(tuple(self.words), self.start_line, self.initial, frozenset(self.contexts))
        self.words = []

    def feed(self, token: _Token) -> Iterator[_Run]:
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
        initial = bool(_INITIALS.fullmatch(text) or _NAME_ABBREVIATION.fullmatch(text))
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


def _trim_sentence_initial(runs: list[_Run]) -> list[_Run]:
    """Drop a run's first word when it is only capitalised because it starts a sentence."""
    inside = Counter(run.words[0] for run in runs if not run.initial)
    inside.update(word for run in runs for word in run.words[1:])
    kept = []
    for run in runs:
        words = run.words
        seen_inside = inside - Counter(run.words[1:])  # not counting the run itself
        # "Top Secret": a common word after a trimmed one is no name either.
        while run.initial and words and _only_sentence_capital(words[0], seen_inside):
            words = words[1:]
            while words and words[0].lower() in PARTICLES:
                words = words[1:]
        if words:
            kept.append(_Run(words, run.line, False, run.contexts))
    return kept


def _only_sentence_capital(word: str, seen_inside: Counter[str]) -> bool:
    return seen_inside[word] == 0 and zipf_frequency(word.lower(), "en") >= RARE_WORD_ZIPF


def _split_merged(runs: list[_Run]) -> list[_Run]:
    """Split runs seen once that are two names side by side.

    ``Soviet Union Kim Il Sung`` is split because both halves are seen alone elsewhere;
    ``Communists of North Korea`` at the ``of`` because ``North Korea`` is. Only then, a run
    without particles whose end is seen alone loses it if two words remain (``South Korea
    Malin``, from ``In South Korea Malin's``), and the sure splits are tried again.
    """
    runs = _split_until_stable(runs, weak=False)
    runs = _split_until_stable(runs, weak=True, once=True)
    return _split_until_stable(runs, weak=False)


def _split_until_stable(runs: list[_Run], *, weak: bool, once: bool = False) -> list[_Run]:
    while True:
        counts = Counter(run.words for run in runs)
        result: list[_Run] = []
        for run in runs:
            parts = _split(run.words, counts, weak=weak) if counts[run.words] == 1 else []
            result.extend(
                _Run(part, run.line, False, run.contexts) for part in parts or [run.words]
            )
        if once or len(result) == len(runs):
            return result
        runs = result


def _split(
    words: tuple[str, ...], counts: Counter[tuple[str, ...]], *, weak: bool
) -> list[tuple[str, ...]]:
    has_particle = any(word.lower() in PARTICLES for word in words)
    for cut in range(1, len(words)):
        head, tail = words[:cut], words[cut:]
        at_particle = tail[0].lower() in PARTICLES
        if at_particle:
            tail = tail[1:]
        if not tail or not counts[tail]:
            continue
        if weak:
            if not has_particle and len(head) >= 2:
                return [head, tail]
        elif counts[head] or at_particle:
            return [head, tail]
    return []


def _with_place_of_organisation(runs: list[_Run]) -> list[_Run]:
    """``Pyongyang Radio`` also suggests ``Pyongyang`` (a place), as a separate candidate."""
    extra = [
        _Run(run.words[:-1], run.line, False, run.contexts | {"place"})
        for run in runs
        if len(run.words) > 1
        and run.words[-1].lower() in ORGANISATION_HEADS
        and all(_is_unusual(word) for word in run.words[:-1])
    ]
    return runs + extra


def _is_unusual(word: str) -> bool:
    """No everyday English word ("National" is one, "Pyongyang" is not)."""
    return zipf_frequency(word.lower(), "en") < UNUSUAL_WORD_ZIPF


def _is_plausible(name: str) -> bool:
    words = name.split()
    last = words[-1].lower()
    if all(_NATIONALITY.search(part) for part in re.split(r"[-–]", last)):
        return False
    if len(words) == 1 and (last in ORGANISATION_HEADS or len(last) < 2):
        return False
    return not all(word.lower() in CALENDAR_WORDS for word in words)


def candidates_in_text(text: str, *, first_line: int = 1) -> list[tuple[str, int, frozenset[str]]]:
    """(name, line, contexts) for every candidate occurrence in ``text``, in order."""
    runs = _trim_sentence_initial(list(_runs(text, first_line)))
    runs = _with_place_of_organisation(_split_merged(runs))
    found = [(" ".join(run.words), run.line, run.contexts) for run in runs]
    return sorted(
        ((name, line, contexts) for name, line, contexts in found if _is_plausible(name)),
        key=lambda item: item[1],
    )


def body_of(text: str, path: str) -> tuple[str, int]:
    """The text after the page header, and the line it starts on (1-based)."""
    try:
        from teikit.readers.page_header import parse_page_header
    except ImportError:  # the header reader is optional here: without it, read everything
        return text, 1
    start = parse_page_header(text, path).body_start
    return text[start:], text.count("\n", 0, start) + 1


def suggest_names(
    paths: Iterable[str | Path], *, register: Register | None = None
) -> list[Candidate]:
    """Candidates from source text files, most frequent first, leaving out register names."""
    known = {spelling.text for _, spelling in register.spellings()} if register else set()
    found: dict[str, Candidate] = {}
    for path in paths:
        text = read_source(path).text
        body, first_line = body_of(text, str(path))
        for name, line, contexts in candidates_in_text(body, first_line=first_line):
            if name in known:
                continue
            candidate = found.setdefault(name, Candidate(name))
            candidate.count += 1
            candidate.first = candidate.first or Location(str(path), line)
            candidate.contexts.update(contexts)
    return sorted(found.values(), key=lambda candidate: (-candidate.count, candidate.name))


def draft_entries(candidates: Iterable[Candidate]) -> list[Entry]:
    """Register entries for the candidates, with unique ids from their names and types."""
    prefixes: dict[EntryKind, str] = {"person": "per", "place": "pl", "org": "org"}
    used: defaultdict[str, int] = defaultdict(int)
    entries = []
    for candidate in candidates:
        slug = re.sub(r"[^a-z0-9]+", "-", candidate.name.lower()).strip("-") or "name"
        base = f"{prefixes[candidate.kind]}-{slug}"
        used[base] += 1
        entry_id = base if used[base] == 1 else f"{base}-{used[base]}"
        contexts = ", ".join(sorted(candidate.contexts)) or "running text"
        note = (
            f"suggested: {candidate.count} mention(s), first at {candidate.first}; "
            f"type guessed from context ({contexts}): check"
        )
        entries.append(Entry(entry_id, candidate.kind, Spelling(candidate.name), note=note))
    return entries
