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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wordfreq import zipf_frequency

from teikit.errors import Location
from teikit.io import read_source
from teikit.names.register import Entry, EntryKind, Register, Spelling
from teikit.names.runs import CALENDAR_WORDS, INITIALS, PARTICLES, Run, capitalised_runs, word_set
from teikit.readers.page_header import parse_page_header

# Head nouns of institutions: "Pyongyang Radio" is an organisation named after a place.
ORGANISATION_HEADS = word_set(
    "radio press army navy party committee ministry department embassy government council"
    " assembly agency bureau university institute academy bank company union front office"
    " commission foundation archive archives"
)
# Adjectives of nationality (Korean, Chinese, Americans, British) are not names.
_NATIONALITY = re.compile(r"(?:ans|ese|ean|ican|ish)$")
# A sentence's first word is kept if wordfreq hardly knows it (Heonyeong: 0.0, Taegu: 1.45).
RARE_WORD_ZIPF = 2.0
# Below this a word is unusual enough in English to be a name (Pyongyang: 3.1, National: 5.5).
UNUSUAL_WORD_ZIPF = 4.0
# An organisation's acronym (UN, KNA, DPRK, USSR); a longer word in capitals is often a surname.
ACRONYM_LENGTH = 5


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


def guess_kind(name: str, count: int, contexts: Counter[str]) -> EntryKind:
    last = name.split()[-1].lower()
    acronym = name.isupper() and 1 < len(name) <= ACRONYM_LENGTH and " " not in name
    if last in ORGANISATION_HEADS or acronym:
        return "org"
    if contexts["titled"] or contexts["list"] or INITIALS.match(name):
        return "person"
    if 2 * contexts["place"] >= count:
        return "place"
    return "person"


def _trim_sentence_initial(runs: list[Run]) -> list[Run]:
    """Drop a run's first word when it is only capitalised because it starts a sentence."""
    inside = Counter(run.words[0] for run in runs if not run.initial)
    inside.update(word for run in runs for word in run.words[1:])
    kept = []
    for run in runs:
        words = run.words
        # Each word's uses inside runs, not counting the run's own (counted per word asked
        # about: a copy of the whole count per run cost the square of a long text).
        own = Counter(run.words[1:])
        # "Top Secret": a common word after a trimmed one is no name either.
        while run.initial and words and _only_sentence_capital(
                words[0], inside[words[0]] - own[words[0]]):
            words = words[1:]
            while words and words[0].lower() in PARTICLES:
                words = words[1:]
        if words:
            kept.append(Run(words, run.line, False, run.contexts))
    return kept


def _only_sentence_capital(word: str, uses_inside: int) -> bool:
    return uses_inside <= 0 and zipf_frequency(word.lower(), "en") >= RARE_WORD_ZIPF


def _split_merged(runs: list[Run]) -> list[Run]:
    """Split runs seen once that are two names side by side.

    ``Soviet Union Kim Il Sung`` is split because both halves are seen alone elsewhere;
    ``Communists of North Korea`` at the ``of`` because ``North Korea`` is. Only then, a run
    without particles whose end is seen alone loses it if two words remain (``South Korea
    Malin``, from ``In South Korea Malin's``), and the sure splits are tried again.
    """
    runs = _split_until_stable(runs, weak=False)
    runs = _split_until_stable(runs, weak=True, once=True)
    return _split_until_stable(runs, weak=False)


def _split_until_stable(runs: list[Run], *, weak: bool, once: bool = False) -> list[Run]:
    while True:
        counts = Counter(run.words for run in runs)
        result: list[Run] = []
        for run in runs:
            parts = _split(run.words, counts, weak=weak) if counts[run.words] == 1 else []
            result.extend(Run(part, run.line, False, run.contexts) for part in parts or [run.words])
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


def _with_place_of_organisation(runs: list[Run]) -> list[Run]:
    """``Pyongyang Radio`` also suggests ``Pyongyang`` (a place), as a separate candidate."""
    extra = [
        Run(run.words[:-1], run.line, False, run.contexts | {"place"})
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
    runs = _trim_sentence_initial(list(capitalised_runs(text, first_line)))
    runs = _with_place_of_organisation(_split_merged(runs))
    found = [(" ".join(run.words), run.line, run.contexts) for run in runs]
    return sorted(
        ((name, line, contexts) for name, line, contexts in found if _is_plausible(name)),
        key=lambda item: item[1],
    )


def body_of(text: str, path: str) -> tuple[str, int]:
    """The text after the page header, and the line it starts on (1-based)."""
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
