"""`Huang (Kecheng) and Su (Yu):`, `Comrades Ho (Chi Minh), Vo (Nguyen Giap) and Wei (Guoqing)`:
a family name printed alone, then the given name the translator supplied, in parentheses, as some
translations of Chinese papers print what others bracket (`Liu [Shaoqi]`) → `persName` holding
the family name and the given name `supplied`, the parentheses its marks (`@rend`).

A parenthesis after a capitalised word is more often the text's own (`the territory of China
(Korea)`, `Wadi al-Mawt (Death Valley)`), so the name must stand where names are listed or
addressed (after a title, a comma, `and`, or opening its line), its given name be no word of
everyday English, and the document complete at least one name with a given name English does
not know (`Guoqing`, `Kecheng`): then `Su (Yu)` beside `Huang (Kecheng)` is read too.
"""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention
from teikit.model import Text
from teikit.rules.base import DocumentContext, WordRule, WordSpan
from teikit.rules.names import OFFICE_NOUNS
from teikit.rules.supplied import SUPPLIED_ATTRS
from teikit.rules.word_tables import WordTables

CONVENTION = Convention(
    "name-in-parentheses", "Huang (Kecheng)", "persName/supplied",
    "A family name printed alone, the given name the translator supplied after it in "
    "parentheses.",
    section="normalization", summary="supplied",
)

# A short family name, then one or two capitalised syllables of a given name in parentheses.
_COMPLETED = re.compile(r"(?<![\w’'.-])(?P<family>[A-Z][a-z]{1,4}) "
                        r"\((?P<given>[A-Z][a-z]{1,7}(?: [A-Z][a-z]{1,7})?)\)")
# What may stand before a name listed or addressed: a comma or `and` after the name before it.
_LISTED_AFTER = re.compile(r"(?:[,;]|\band)\s+$")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z]+)\s+$")
# How frequent in English a given name's syllable may be and still be known to no English
# reader as a word (`Zhen` 2.7, `Guoqing` 0; not `Yu` 3.9 nor `Chi` 4.0).
_UNKNOWN_TO_ENGLISH = 3.0


def _stands_as_name(text: str, start: int) -> bool:
    """Whether the family name at `start` is listed or addressed: it opens its line, or comes
    after a comma, `and`, or a title or an office (`Comrades Ho`, `Director Zhang`)."""
    before = text[max(0, start - 40):start]
    if not before.strip() or before.rstrip(" \t").endswith("\n"):
        return True
    if _LISTED_AFTER.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    return word is not None and word["word"].lower() in OFFICE_NOUNS


def _given_name(given: str, words: WordTables) -> bool:
    return not any(words.is_everyday(part) for part in given.split())


def _unknown_given_name(given: str, words: WordTables) -> bool:
    return any(words.zipf(part) < _UNKNOWN_TO_ENGLISH for part in given.split())


def _candidates(text: str, doc: DocumentContext) -> list[re.Match[str]]:
    return [found for found in _COMPLETED.finditer(text)
            if _stands_as_name(text, found.start()) and _given_name(found["given"], doc.words)]


def _completes_names(doc: DocumentContext) -> bool:
    """Whether the document completes a name in parentheses with a given name English does not
    know, somewhere among its texts."""
    found = doc.memo.get("names in parentheses")
    if found is None:
        found = doc.memo["names in parentheses"] = any(
            _unknown_given_name(candidate["given"], doc.words)
            for text in (doc.texts or []) if "(" in text
            for candidate in _candidates(text, doc))
    return bool(found)


def read_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    if "(" not in text or doc.text_language is not None:
        return []  # (nearly every run of text)
    candidates = _candidates(text, doc)
    if not candidates:
        return []
    spans: list[WordSpan] = []
    for found in candidates:
        if not (_unknown_given_name(found["given"], doc.words) or _completes_names(doc)):
            continue
        given = CONVENTION.node("supplied", dict(SUPPLIED_ATTRS), [Text(found["given"])],
                                templates.template("(", ")"))
        name = CONVENTION.node("persName", {}, [Text(f"{found['family']} "), given],
                               counted=False)
        spans.append((found.start(), found.end(), name))
    return spans


RULE = WordRule(CONVENTION, read_parenthesis)
