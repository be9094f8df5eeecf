"""Mark runs of non-English words inside an explanation (a sic note) as `foreign`."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention, Text, splice_text
from teikit.readers.word_breaks import by_whole_words
from teikit.rules.lexicon import DIPLOMATIC_LOANS, ENGLISH, KNOWN, WORD, english_made
from teikit.rules.word_tables import WordTables

# The prepositions of one letter that open a transliterated phrase (`v nachale goda`, `k
# obiedineniiu`, `s glubokoi trevogoi`): English counts them as letters.
_ONE_LETTER_WORD_BEFORE = LazyPattern(r"(?<![\w’'-])[vksuzoia]\s+$")


def _foreign_spans(text: str, words: WordTables) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in WORD.finditer(text):
        word = match.group()
        # (a word English makes of its own is English: `misprint`; so is a loan of its
        # diplomacy: `aide-mémoire`)
        if (words.zipf(word) >= ENGLISH or english_made(word, words.is_english)
                or word.lower() in DIPLOMATIC_LOANS):
            continue
        # (a hyphen joins a compound's words: `voenno-morskim silam`)
        gap = text[spans[-1][1] : match.start()] if spans else ""
        continues = bool(spans) and (not gap.strip() or gap == "-")
        if continues:
            spans[-1] = (spans[-1][0], match.end())
        elif not word[0].isupper():
            # A capitalised word starts no run: it is more likely a name than original wording.
            before = _ONE_LETTER_WORD_BEFORE.search(text, max(0, match.start() - 3),
                                                    match.start())
            spans.append((match.start() if before is None else before.start(), match.end()))
    # (a word alone that English knows, however rarely, is English's among its words: `the
    # plenum took place on 30-31 August`; the original's words quoted are none English knows)
    return [(start, end) for start, end in spans
            if WORD.fullmatch(text, start, end) is None or words.zipf(text[start:end]) < KNOWN]


def mark_foreign_runs(nodes: list[Inline], lang: str, words: WordTables) -> list[Inline]:
    def read(value: str) -> list[Inline]:
        # Part of the sic note it stands in, not a phenomenon of its own in the summary.
        return splice_text(value, (
            (start, end, Intervention("foreign", {"xml:lang": lang}, [Text(value[start:end])]))
            for start, end in _foreign_spans(value, words)))

    return by_whole_words(nodes, read)
