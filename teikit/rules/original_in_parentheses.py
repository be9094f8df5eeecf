"""`a very effusive and militant (boyevoy) man`, `The British might be up to something
(zateiat chego nebut)`: the original's words, transliterated, in parentheses after their
translation → `(<foreign>…</foreign>)` in the original's language, the parentheses text.

Words English has no use for at all (Zipf 0), in lower case, after a word of the sentence: a
name (`(Khokhlov)`), an acronym (`(LCY)`), an English remark (`(smiling)`) or a figure is none.
"""

from __future__ import annotations

from teikit.conventions import Convention
from teikit.lazy_pattern import LazyPattern
from teikit.model import Text
from teikit.rules.base import DocumentContext, WordRule, WordSpan

CONVENTION = Convention(
    "original-in-parentheses", "militant (boyevoy)", "foreign[@xml:lang]",
    "The original's words the translator gives, transliterated, in parentheses after their "
    "translation.",
    summary="foreign",
)

# Up to five words of letters in lower case in parentheses, after a word and a space.
_PARENTHESIS = LazyPattern(r"(?<=[^\W\d_] )\((?P<words>[a-z’'-]+(?: [a-z’'-]+){0,4})\)")
# The short words a transliterated phrase may hold that English knows too (`i`, `na`, `v`).
_SHORT = 3


def _known(word: str, doc: DocumentContext) -> bool:
    """Whether English has a use for the word, or for each part of a compound (`five-year`,
    which the tables hold only as two words)."""
    return doc.words.zipf(word) > 0 or (
        "-" in word and all(doc.words.zipf(part) > 0 for part in word.split("-") if part))


def read_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    if "(" not in text or doc.text_language is not None:
        return []  # (nearly every run of text)
    spans: list[WordSpan] = []
    for found in _PARENTHESIS.finditer(text):
        phrase = found["words"]
        words = phrase.split()
        long_words = [word for word in words if len(word) > _SHORT]
        if not long_words or any(_known(word, doc) for word in long_words):
            continue
        # (the parentheses stay text around the element: they are the source's, as printed)
        node = CONVENTION.node("foreign", {"xml:lang": doc.foreign_lang}, [Text(phrase)])
        spans.append((found.start("words"), found.end("words"), node))
    return spans


RULE = WordRule(CONVENTION, read_parenthesis)
