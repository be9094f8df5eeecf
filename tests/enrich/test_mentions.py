"""The register's mentions: the finder's look-ahead on first letters only saves time, it finds
exactly what the plain alternation of every spelling finds."""

from __future__ import annotations

import re

import pytest
from shared_paths import DEV_RAW, SEED_REGISTER

from teikit.enrich.mentions import MentionFinder
from teikit.names import Register, load_register


def plain_alternation(register: Register) -> re.Pattern[str]:
    spellings = sorted(dict.fromkeys(s.text for _, s in register.spellings()), key=len,
                       reverse=True)
    words = [r"\s+".join(map(re.escape, text.split())) for text in spellings]
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")


@pytest.mark.parametrize("path", sorted(DEV_RAW.glob("*.txt")), ids=lambda p: p.stem)
def test_mentions_are_the_plain_alternations(path) -> None:
    register = load_register(SEED_REGISTER)
    text = path.read_text(encoding="utf-8")
    found = [(m.start, m.end) for m in MentionFinder(register).find(text)]
    assert found == [m.span() for m in plain_alternation(register).finditer(text)]
