"""`CC [Central Committee]`: an abbreviation the translator expanded → `choice(abbr, expan)`."""

from __future__ import annotations

import re

from teikit.conventions import Convention
from teikit.model import Inline, Intervention, Text
from teikit.rules.base import TRANSLATOR, BracketContext, Match, Rule

_ACRONYM = re.compile(r"\b([A-Z]{2,6})(['’]s)?(\s*)$")
_BARE_ACRONYM = re.compile(r"[A-Z]{2,6}")
_MINOR = frozenset("of the and for on in to a an at by de".split())


def initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w’'-]*", text)
                   if w.lower() not in _MINOR).upper()


# The most letters one word gives a syllabic acronym (`OLDEFO`: OLD-E-FO).
_SYLLABLE_LETTERS = 4


def syllabic_acronym(words: list[str], acronym: str) -> bool:
    """Whether `acronym` is made of the beginnings of `words`, in order, each word giving
    one to four letters and one of them two or more (`old established forces` → OLDEFO,
    `new emerging forces` → NEFO); words of grammar may give none."""
    letters = acronym.lower()
    lowered = [word.lower().strip(",.;:’'") for word in words]

    def fits(at: int, word: int) -> bool:
        if word == len(lowered):
            return at == len(letters)
        if at == len(letters):
            return False
        skipped = lowered[word] in _MINOR and fits(at, word + 1)
        most = min(_SYLLABLE_LETTERS, len(lowered[word]), len(letters) - at)
        return skipped or any(lowered[word][:size] == letters[at:at + size]
                              and fits(at + size, word + 1) for size in range(1, most + 1))

    named = sum(word not in _MINOR for word in lowered)
    return named >= 2 and len(letters) > named and fits(0, 0)


# choice is written as its first member, then the second in brackets (writers.source).
CONVENTION = Convention("expansion", "CC [Central Committee], Korean Workers' Party [KWP]",
                        "choice(abbr, expan)",
                        "Abbreviations the translator expanded, or supplied after the full name.",
                        section="normalization", summary="expansion")


def _choice(first: tuple[str, dict[str, str], list[Inline]],
            second: tuple[str, dict[str, str], list[Inline]]) -> Intervention:
    members: list[Inline] = [CONVENTION.node(*member, counted=False)
                             for member in (first, second)]
    return CONVENTION.node("choice", {}, members)


def _abbreviated(ctx: BracketContext) -> Match | None:
    """`Korean Workers' Party [KWP]`: the name printed, its abbreviation supplied."""
    acronym = ctx.plain
    if not _BARE_ACRONYM.fullmatch(acronym):
        return None
    words = re.findall(r"[^\W\d_][\w’'-]*\s*", ctx.before[-160:])
    taken = ""
    for word in reversed(words):
        if not word[0].isupper() and word.strip().lower() not in _MINOR:
            break
        taken = word + taken
        if initials(taken) == acronym and taken[0].isupper():
            if not ctx.before.endswith(taken):
                return None
            node = _choice(("expan", {}, [Text(taken)]),
                           ("abbr", {"resp": TRANSLATOR}, ctx.children()))
            return Match([node], consume_before=len(taken))
    return None


def _expanded(ctx: BracketContext) -> Match | None:
    found = _ACRONYM.search(ctx.before[-160:])
    if found is None or found.group(2) or initials(ctx.plain) != found.group(1):
        return None
    node = _choice(("abbr", {}, [Text(found.group(1) + found.group(3))]),
                   ("expan", {"resp": TRANSLATOR}, ctx.children()))
    return Match([node], consume_before=len(found.group(0)))


def _read(ctx: BracketContext) -> Match | None:
    return _expanded(ctx) or _abbreviated(ctx)


RULE = Rule(CONVENTION, _read)
