"""Is the text English at all?

The archive publishes some documents untranslated (a chancellery's note in German, a diary in
Italian). Their words are no words a translator left in the original language, each to be
marked `foreign`: the text is in that language. English prose is told by its function words,
about a quarter of its running words, which other languages' prose all but lacks; the
language it is in instead is the one most of its words English does not know are common in.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from teikit.rules.lexicon import LETTERS
from teikit.rules.word_tables import WordTables

# English function words that are no frequent word of the archives' other languages (not `in`,
# `was`, `will`, `an`, `on`, `so`, `also`, `die`, which German, French or Dutch print too).
_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to is that for with as by it be at this from he his which not have are had "
    "were would has we they their our been its these those there what who".split())
# Fewer words say nothing of a text's language (a heading, a list of names).
_ENOUGH_WORDS = 40
# English prose has about 25 function words in a hundred; a text with under 5 is in another
# language (a quotation or a title in English does not make it English).
_ENGLISH_SHARE = 0.05
_LONG_WORD = 4
_SAMPLE_WORDS = 5_000


# A paragraph's words say as much when there are enough of them.
_ENOUGH_FOR_A_PARAGRAPH = 12


def _wants_english(words: list[str], enough: int) -> bool:
    """Words enough to tell, and English's function words all but missing among them."""
    if len(words) < enough:
        return False
    # Counted only until English's share is reached: an English text says so in a line.
    needed, english = _ENGLISH_SHARE * len(words), 0
    for word in words:
        if word.lower() in _ENGLISH_FUNCTION_WORDS:
            english += 1
            if english >= needed:
                return False
    return True


def english_wanting(text: str) -> bool:
    """Whether `text` (a paragraph) is in another language (the original printed beside its
    translation)."""
    return _wants_english(LETTERS.findall(text), _ENOUGH_FOR_A_PARAGRAPH)


# Scripts the tables know no words of, by the ISO 15924 code a language tag names them with
# (`teikit.rules.original_script` reads passages in them too).
SCRIPTS = (("Cyrl", re.compile(r"[\u0400-\u04ff]")), ("Hani", re.compile(r"[\u4e00-\u9fff]")),
           ("Hang", re.compile(r"[\uac00-\ud7af]")), ("Grek", re.compile(r"[\u0370-\u03ff]")),
           ("Arab", re.compile(r"[\u0600-\u06ff]")), ("Hebr", re.compile(r"[\u0590-\u05ff]")))


def _script_of(letter: str) -> str | None:
    """The ISO 15924 code of a letter's script, among those the tables know no words of."""
    return next((name for name, pattern in SCRIPTS if pattern.match(letter)), None)


def in_the_texts_own_script(text: str, before: str, after: str = "") -> bool:
    """Whether a bracket's letters (`text`) are of the script of the last letter before it on
    its line (of the first after it, when it opens the line), a script other than Latin: words
    of a text printed in that script, not an original's words beside English."""
    first = next((c for c in text if c.isalpha()), "")
    if not first or first.isascii():
        return False  # (most brackets: English words, asked of both bracket rules)
    line_before = before[-40:].rpartition("\n")[2]
    neighbours = [c for c in reversed(line_before) if c.isalpha()] or [
        c for c in after[:40] if c.isalpha()]
    script = _script_of(first)
    return script is not None and bool(neighbours) and _script_of(neighbours[0]) == script


def other_language(texts: Iterable[str], tables: WordTables,
                   original_language: str | None = None) -> str | None:
    """The language tag of what `texts` are written in when it is not English, or None for an
    English text: the language most of the words English does not know are common in, or the
    original's, as the page names it, when it is one of theirs; a text in a script the tables
    have no words of is the original's, or of an undetermined language in that script
    (`und-Cyrl`)."""
    words: list[str] = []
    for text in texts:
        words.extend(LETTERS.findall(text))
        if len(words) >= _SAMPLE_WORDS:
            break  # (a large document's first pages say what it is written in)
    if not _wants_english(words, _ENOUGH_WORDS):
        return None
    candidates = {word.lower() for word in words if len(word) >= _LONG_WORD}
    votes = Counter(languages[0] for languages in tables.languages_of(candidates).values())
    if votes:
        return original_language if original_language in votes else votes.most_common(1)[0][0]
    if original_language is not None:
        return original_language
    sample = " ".join(words[:200])
    scripts = Counter({name: len(pattern.findall(sample)) for name, pattern in SCRIPTS})
    script, letters = scripts.most_common(1)[0]
    return f"und-{script}" if letters * 2 > len(sample.replace(" ", "")) else "und"
