"""What a bracket that reports a gap says of its extent: the parts of the text it speaks of
(`[rest of the document omitted]`, `[page torn]`) and what it counts (`[two lines redacted]`,
`[several pages missing]`), for the gap's `@unit` and `@quantity`. Damage, omission and
illegible passages read their reports with it."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern

# What a report of damage or omission speaks of: the text, its parts and what is attached to
# it, or nothing else at all (`half-line`: half of one).
TEXT_PART = LazyPattern(
    r"(?i)\b(?:half[- ]?)?(?:text|page|pages|sheet|paper|word|words|line|lines|letter|letters|"
    r"passage|sentence|"
    r"sentences|paragraph|paragraphs|section|sections|part|parts|portion|remainder|rest|end|"
    r"beginning|top|bottom|corner|edge|margin|document|name|names|number|numbers|figure|"
    r"figures|date|time|hour|place|sum|amount|signature|original|copy|here|several|one|two|"
    r"three|four|five|\d+|"
    r"attachments?|enclosures?|appendix|appendices|annex(?:es)?|tables?|maps?|charts?|"
    r"photos?|photographs?|lists?|points?|items?|annotations?|"
    # (a cable's cipher groups: `[group garbled]`)
    r"groups?)\b")
_COUNTED = LazyPattern(r"(?i)^\s*(?:(?:approximately|about|some|roughly)\s+)?"
                      r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several)"
                      r"\s+(?P<unit>words?|lines?|pages?|letters?|characters?|paragraphs?)\b")
NUMBERS = {"a": "1", "an": "1", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
           "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "several": ""}
UNITS = {"word": "word", "line": "line", "page": "page", "letter": "char",
         "character": "char", "paragraph": "paragraph"}


def extent(text: str) -> dict[str, str]:
    """`@unit` and `@quantity` of a gap whose report counts what is gone: `[two lines
    redacted]`, `[approximately 10 lines omitted]`, `[several pages missing]` (no quantity)."""
    counted = _COUNTED.match(text)
    if counted is None:
        return {}
    attrs = {"unit": unit(counted["unit"])}
    quantity = quantity_of(counted["n"])
    if quantity:
        attrs["quantity"] = quantity
    return attrs

def unit(word: str) -> str:
    """`@unit` for a counted word: `lines` → line, `characters` → char."""
    return UNITS[word.lower().rstrip("s")]


def quantity_of(number: str) -> str:
    """`@quantity` for a count in figures or words (`two` → 2); empty for `several`."""
    return NUMBERS.get(number.lower(), number)
