"""`9 7 日晚 11 40 分,在新六所宾馆 …` over its translation: a passage of the original printed in
its own script beside the English → `p[@xml:lang]` for a paragraph, else `seg[@type='original']`
with its `@xml:lang`.

A run of text in a script other than Latin, with no Latin letter in it and letters enough to
be a phrase, is the original's: a name or a word glossed in its script is shorter, and a text
wholly in another language is that language's text, not a passage in it
(`teikit.rules.text_language`). The language is the script's, or the original's where the page
names it and its script is that one. Such a passage is the original printed beside its
translation, a parallel text, not a foreign phrase in the translation's sentences: the dev
set's Chinese passage (w012) is no `foreign`, nor do the readers of later pages mark the
Chinese and Russian originals printed over their translations. So the language is said where
it is (the paragraph's, or a segment's among the opening lines or in a note), and `foreign`
stays the translation's own borrowed words.
"""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.model import Inline, Intervention, Text
from teikit.rules.base import DocumentContext, WordRule, WordSpan
from teikit.rules.text_language import SCRIPTS

CONVENTION = Convention(
    "original-script", "一九五二年… (a passage of the original in its own script)",
    "p[@xml:lang] | seg[@type='original'][@xml:lang]",
    "A passage of the original printed in its own script beside the translation, marked in "
    "its language: a paragraph whole, or a segment.",
    summary="original", forms=(Form("seg", "{}", (("type", "original"),)),),
)

# The languages the archives' originals in each script may be in.
_LANGUAGES = {"Hani": ("zh", "ja", "ko"), "Hang": ("ko",),
              "Cyrl": ("ru", "uk", "be", "bg", "sr", "mk", "mn"), "Grek": ("el",),
              "Arab": ("ar", "fa", "ur", "ps"), "Hebr": ("he", "yi")}
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")
# Letters enough for a phrase: a name in Han is two to four, in Cyrillic a word or two.
_PASSAGE_LETTERS = 20


def _language(script: str, languages: tuple[str, ...], original: str | None) -> str:
    if original in languages:
        return original
    return languages[0] if len(languages) == 1 or script == "Hani" else f"und-{script}"


def script_language(script: str, original: str | None) -> str:
    """The language of a text in `script` (ISO 15924): the original's, as the page names
    it, when the script writes it; else the script's one language, or undetermined."""
    return _language(script, _LANGUAGES[script], original)


def read_passage(text: str, doc: DocumentContext) -> list[WordSpan]:
    """The run `text` as one passage in another script, when it is one."""
    if doc.text_language is not None or text.isascii() or LATIN_LETTER.search(text):
        return []  # (nearly every run: English, or a text all in its own language)
    letters = [c for c in text if c.isalpha()]
    if len(letters) < _PASSAGE_LETTERS:
        return []
    for script, pattern in SCRIPTS:
        languages = _LANGUAGES[script]
        if sum(1 for c in letters if pattern.match(c)) * 10 >= len(letters) * 9:
            start = len(text) - len(text.lstrip())
            end = len(text.rstrip())
            node = CONVENTION.node("seg", {"type": "original", "xml:lang": _language(
                script, languages, doc.original_language)}, [Text(text[start:end])])
            return [(start, end, node)]
    return []


RULE = WordRule(CONVENTION, read_passage)


def whole_paragraph(inlines: list[Inline]) -> tuple[list[Inline], str] | None:
    """A paragraph's nodes when they are one passage of the original and the spaces around it:
    its text, and its language."""
    passages = [node for node in inlines if not (isinstance(node, Text) and node.value.isspace())]
    if len(passages) != 1:
        return None
    (passage,) = passages
    if not (isinstance(passage, Intervention) and passage.tag == "seg"
            and passage.attrs.get("type") == "original" and passage.rend is None
            and len(passage.children) == 1 and isinstance(passage.children[0], Text)):
        return None
    unwrapped = [passage.children[0] if node is passage else node for node in inlines]
    return unwrapped, passage.attrs["xml:lang"]

