"""`my air oficio number 540`: a word the translator left untranslated, without brackets →
`foreign` with the language it is a word of."""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.model import Text
from teikit.rules.base import DocumentContext, WordRule, WordSpan
from teikit.rules.lexicon import zipf
from teikit.rules.other_languages import languages_of

CONVENTION = Convention(
    "untranslated", "oficio (a word of the original language, unmarked)", "foreign[@xml:lang]",
    "A word the translator left in the original language, without brackets.",
    summary="foreign", forms=(Form("foreign", "{}"),),
)

# A word standing on its own: not part of a hyphenated name (`Ri Jong-mok`), an address, a
# file name or a word with an apostrophe.
_WORD = re.compile(r"(?<![\w@./’'-])[^\W\d_]{4,}(?![\w@’'-]|\.\w)")
# Russian abstract nouns keep their ending in transliteration (-ция, -ство): `Instantsia`,
# `Delegatsiya`, `rukovodstvo`; English has no such words, nor do surnames or places.
_RUSSIAN_NOUN = re.compile(r"(?i)(?:tsi(?:i|j|y)?a|stv[oa])$")
# A capitalised word after a lower-case one stands in mid-sentence, where a name could too:
# only the Russian endings say it is none.
_MID_SENTENCE = re.compile(r"[a-z,;]\s+$")


def _language(word: str, text: str, start: int, doc: DocumentContext) -> str | None:
    if _RUSSIAN_NOUN.search(word) and (word[0].islower() or _MID_SENTENCE.search(text, 0, start)):
        return "ru-Latn"
    if not word[0].islower():
        return None  # a name, or the first word of a sentence
    languages = languages_of(word)
    if not languages:
        return None
    return doc.original_language if doc.original_language in languages else languages[0]


def read_untranslated(text: str, doc: DocumentContext) -> list[WordSpan]:
    found: list[WordSpan] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if zipf(word) > 0:
            continue  # English knows it: the common case, answered without the table
        lang = _language(word, text, match.start(), doc)
        if lang is not None:
            found.append((match.start(), match.end(),
                          CONVENTION.node("foreign", {"xml:lang": lang}, [Text(word)])))
    return found


RULE = WordRule(CONVENTION, read_untranslated)
