"""`my air oficio number 540`: a word the translator left untranslated, without brackets →
`foreign` with the language it is a word of."""

from __future__ import annotations

import re

from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Intervention, Text
from teikit.month_names import is_foreign_month
from teikit.rules.base import DocumentContext, WordRule, WordSpan
from teikit.rules.lexicon import (
    DIPLOMATIC_LOANS,
    ENGLISH,
    ENGLISH_FORMATION,
    ITALIC_TERM,
    LETTERS,
    SPANISH_MARKED,
)
from teikit.rules.phrase_language import language_at_home
from teikit.rules.pinyin import is_pinyin_phrase, syllable_count
from teikit.rules.text_language import english_wanting
from teikit.rules.word_tables import WordTables, original_first

CONVENTION = Convention(
    "untranslated", "oficio (a word of the original language, unmarked)", "foreign[@xml:lang]",
    "A word the translator left in the original language, without brackets.",
    summary="foreign", forms=(Form("foreign", "{}"),),
)

# A word of four letters or more (which of them may be untranslated is decided in Python): a
# run of word characters that are all letters. Runs found first and then tested take half the
# time of one pattern of letters between word boundaries.
_WORD_RUN = re.compile(r"\w{4,}")
# The same runs in a text of ASCII alone, where telling word characters apart is cheaper.
_ASCII_WORD_RUN = re.compile(r"\w{4,}", re.ASCII)
_JOINED_BEFORE = frozenset("@./’'-")
_JOINED_AFTER = frozenset("@’'-")
# Russian abstract nouns keep their ending in transliteration (-ция, -ство): `Instantsia`,
# `Delegatsiya`, `rukovodstvo`; English has no such words, nor do surnames or places.
_RUSSIAN_ENDINGS = ("tsia", "tsiia", "tsija", "tsiya", "stvo", "stva")
# Words of the Soviet documents' own vocabulary that their translators leave as they are,
# known whatever their case or place: `Spets Nº 826` (a cipher office's special series),
# `MOLNIYA` (its highest precedence), `Spravka` (a reference note under a telegram).
# (`Juche`, the North Korean doctrine's name, is English's own word now, known to its table as
# the dictionaries and the three pages' readers have it: no word left untranslated)
_KNOWN_TERMS = {"spets": "ru-Latn", "molniya": "ru-Latn", "spravka": "ru-Latn"}
# A capitalised word after a lower-case one stands in mid-sentence, where a name could too:
# only the Russian endings say it is none.
_MID_SENTENCE = LazyPattern(r"[a-z,;]\s+$")


# The fewest letters of an English word's beginning that is read as the word mistyped, not a
# word of another language (`importan`; `situat`, Romanian too, is too short to tell).
_MISTYPED_LETTERS = 7


def _stands_alone(text: str, start: int, end: int) -> bool:
    if start and text[start - 1] in _JOINED_BEFORE:
        return False
    if text[end : end + 2] in ("'s", "’s") and not text[end + 2 : end + 3].isalnum():
        return True  # `another compañero's house`: the word, an English possessive after it
    after = text[end : end + 2]
    return not after or (after[0] not in _JOINED_AFTER
                         and not (after[0] == "." and after[1:].isalnum()))


def _node(word: str, lang: str) -> Intervention:
    return CONVENTION.node("foreign", {"xml:lang": lang}, [Text(word)])


def _candidates(texts: list[str], original_language: str | None, tables: WordTables,
                ) -> dict[str, str]:
    """The words of `texts` that may be untranslated, with their language (the texts are read
    one by one: a copy of a large document's whole text would cost as much as the text)."""
    distinct: set[str] = set()
    for text in texts:
        distinct.update((_ASCII_WORD_RUN if text.isascii() else _WORD_RUN).findall(text))
    # (a month's name in another language is a date's, which the dates reader reads: `17
    # gennaio`, `4 de abril de 1984`)
    distinct = {run for run in distinct if (run.isalpha() or LETTERS.fullmatch(run))
                and not is_foreign_month(run)}
    # What English says of a word does not change from one document to the next.
    verdicts = tables.derived(CONVENTION.name)
    found: dict[str, str] = {}
    unknown: set[str] = set()
    for word in distinct:
        verdict = verdicts.get(word)
        if verdict is None:
            verdict = verdicts[word] = _verdict(word, tables)
        if verdict == _UNKNOWN:
            unknown.add(word)
        elif verdict != _ENGLISH:
            found[word] = verdict
    for word, languages in tables.languages_of(unknown).items():
        found[word] = original_first(languages, original_language) or languages[0]
    for word in unknown - found.keys():
        # (`the so-called paredón`, `farms larger than 5 caballerías`: a word no table holds,
        # spelt with an accent English never writes in lower case)
        language = accented_language(word, original_language)
        if language is not None:
            found[word] = language
    return found


# A vowel's accent that English writes in no word of its own, in lower case (not `é`, `è`,
# `ç`, `ñ`, which its loans keep: `café`, `façade`, `cañon`).
_ACCENT_ENGLISH_LACKS = LazyPattern(r"[áíóúãõâêôàìòùäöüőűěřůąęłńśźżčšžăîșțđ]")
# The accented letters each language that writes them writes (the original's first).
_LETTERS_OF = {language: frozenset(letters) for language, letters in {
    "es": "áéíóúñü", "pt": "áâãàçéêíóôõú", "it": "àèéìíòóù", "ca": "àçèéíïòóúü",
    "hu": "áéíóöőúüű", "cs": "áčďéěíňóřšťúůýž", "sk": "áäčďéíĺľňóôŕšťúýž", "pl": "óąćęłńśźż",
    "ro": "ăâîșțşţ", "de": "äöüß",
}.items()}


def accented_language(word: str, original: str | None) -> str | None:
    """The language a word with an accent English lacks is spelt in: the original's where it
    writes all the word's accented letters, else Spanish's or Portuguese's where they do; None
    where none of them does (a Vietnamese or romanised word's marks)."""
    if _ACCENT_ENGLISH_LACKS.search(word) is None:
        return None
    marked = {letter for letter in word.lower() if not letter.isascii()}
    for language in (original, "es", "pt"):
        if language in _LETTERS_OF and marked <= _LETTERS_OF[language]:
            return language
    return None


_RUSSIAN, _CHINESE, _UNKNOWN, _ENGLISH = "ru-Latn", "zh-Latn", "unknown", ""
# The fewest syllables of a word in pinyin read as Chinese whatever the page: two may spell a
# word of Korean or Vietnamese as well (`chongbo`), three seldom do.
_PINYIN_SYLLABLES = 3


def _verdict(word: str, tables: WordTables) -> str:
    known = _KNOWN_TERMS.get(word.lower())
    if known is not None:
        return known
    if word.lower() in DIPLOMATIC_LOANS:
        return _ENGLISH
    zipf = tables.zipf(word)
    if word.lower().endswith(_RUSSIAN_ENDINGS) and zipf == 0:
        return _RUSSIAN
    if not word[0].islower():
        return _ENGLISH
    if zipf == 0 and syllable_count(word) >= _PINYIN_SYLLABLES:
        return _CHINESE  # (`dazibao`, `hongweibing`: a Chinese term in pinyin, whole)
    if zipf == 0 and not _agent_of_english_verb(word, tables):
        return _UNKNOWN  # another language's table may know it
    if zipf < ENGLISH and _ACCENT_ENGLISH_LACKS.search(word):
        return _UNKNOWN  # (`máximo`: English's table knows it, rarely, as a loan's)
    return _ENGLISH


# The shortest verb whose doer English names with `-r`, `-er` (`continue`, `continuer`).
_AGENT_STEM = 5


def _agent_of_english_verb(word: str, tables: WordTables) -> bool:
    """`the continuer of the revolutionary cause`: who does what a frequent English verb says,
    rarer than English's table knows (not `poder`, `hacer`: the stem is too short)."""
    return word.endswith("er") and any(len(stem) >= _AGENT_STEM and tables.zipf(stem) >= ENGLISH
                                       for stem in (word[:-1], word[:-2]))


Lookup = tuple[dict[str, str], "re.Pattern[str] | None"]


def _lookup(words: dict[str, str]) -> Lookup:
    if not words:
        return words, None
    return words, re.compile("|".join(rf"\b{re.escape(word)}\b" for word in sorted(words)))


def _words_of(text: str, doc: DocumentContext) -> Lookup:
    """The candidates are found once per document, in all its texts: most documents have none,
    and then no text of theirs is searched again."""
    if not doc.texts:  # a text read on its own
        return _lookup(_candidates([text], doc.original_language, doc.words))
    if "untranslated" not in doc.memo:
        doc.memo["untranslated"] = _lookup(_candidates(doc.texts, doc.original_language,
                                                         doc.words))
    return doc.memo["untranslated"]  # type: ignore[return-value]


# (`¡Patria o Muerte!`, `¡Venceremos!` closing a Cuban letter)
_SPANISH_MARKED = LazyPattern(SPANISH_MARKED)


def read_untranslated(text: str, doc: DocumentContext) -> list[WordSpan]:
    if doc.text_language is not None:
        return []  # a text in another language: its words are its own
    if "¡" not in text and "¿" not in text:
        return _read_words(text, doc)  # (nearly every text)
    marked = _spanish_marked(text, doc)
    words = [span for span in _read_words(text, doc)
             if not any(start <= span[0] < end for start, end, _ in marked)]
    return sorted(marked + words, key=lambda span: span[0])


def _spanish_marked(text: str, doc: DocumentContext) -> list[WordSpan]:
    language = _spanish(doc)
    return [(found.start(), found.end(), _node(found.group(), language))
            for found in _SPANISH_MARKED.finditer(text)]


def _spanish(doc: DocumentContext) -> str:
    """The language of words Spanish's marks open: the original's where it is Spanish or a
    language of Spain that writes them, else Spanish."""
    return doc.original_language if doc.original_language in ("es", "gl", "ast") else "es"


def _read_words(text: str, doc: DocumentContext) -> list[WordSpan]:
    words, pattern = _words_of(text, doc)
    if pattern is None or english_wanting(text) or _in_another_languages_paragraph(text, doc):
        # (so are a paragraph's in another language: the original printed beside the
        # translation)
        return []
    found: list[WordSpan] = []
    for match in pattern.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if not _stands_alone(text, start, end):
            continue
        if (word[0].isupper() and word.lower() not in _KNOWN_TERMS
                and not word.lower().endswith(_RUSSIAN_ENDINGS)
                and not _MID_SENTENCE.search(text[max(0, start - 40):start])):
            continue  # a capitalised word opening a sentence is as likely a name (not one
            # with a Russian noun's ending: `Instantsiya [codename for Stalin] is demanding`)
        if ((len(word) >= _MISTYPED_LETTERS or not text[end:].strip())
                and doc.words.begins_english_word(word)):
            # `no understanding of the situat`: an English word cut off at the end; `importan
            # quantities`: one mistyped (not Spanish `importan`, they import)
            continue
        found.append((start, end, _node(word, words[word])))
    return _joined(text, found)


def _in_another_languages_paragraph(text: str, doc: DocumentContext) -> bool:
    """Whether `text` is a line of a paragraph of several lines in another language: a line of
    a hard-wrapped original is read as its paragraph is, though alone it may not hold words
    enough to tell (`a Roma, ha approvato la relazione del compagno Longo sulla`)."""
    if "untranslated-paragraphs" not in doc.memo:
        doc.memo["untranslated-paragraphs"] = [
            paragraph for paragraph in doc.texts if "\n" in paragraph.strip()
            and english_wanting(paragraph)]
    paragraphs = doc.memo["untranslated-paragraphs"]
    assert isinstance(paragraphs, list)
    return bool(paragraphs) and any(text in paragraph for paragraph in paragraphs)


# The short words that join two words of one phrase in the languages translated from
# (`Gosudarstvo i Revolyutsiya`, `Voina i mir`, `Partido de Trabajo`).
_JOINING_WORD = LazyPattern(r"\s+(?:i|a|v|na|y|e|de|da|do|di|du|la|el|et|und)\s+")


def _joined(text: str, found: list[WordSpan]) -> list[WordSpan]:
    """Untranslated words of one language side by side, or joined by a short word of it, are
    one phrase."""
    joined: list[WordSpan] = []
    for start, end, node in found:
        lang = node.attrs["xml:lang"]
        if joined:
            first, last, previous = joined[-1]
            # (or side by side: `the líder máximo`)
            if previous.attrs["xml:lang"] == lang and (
                    _JOINING_WORD.fullmatch(text, last, start) or text[last:start] == " "):
                joined[-1] = (first, end, _node(text[first:end], lang))
                continue
        joined.append((start, end, node))
    return joined


# The most words a quotation of the original's words has (`“zakonnaya”`, `“v krugu svoikh”`).
_QUOTED_WORDS = 3
_SHORT = 3
# The fewest words of a quoted phrase read as another language's, and the most.
_QUOTED_PHRASE_WORDS = 4
_QUOTED_PHRASE_MOST = 16
# The letters of a word long enough to tell English from another language.
_LONG_WORD = 4


def _quoted_phrase(value: str, found: list[str], doc: DocumentContext) -> Intervention | None:
    """`“Nikita, mariquita, lo que se da no se quita”`: a quoted phrase of another language, a
    rhyme or slogan the translator left as it was, half its words at home there (the short
    words English shares with it tell nothing alone) and two thirds of its long words no
    English."""
    if len(found) > _QUOTED_PHRASE_MOST:
        return None
    long_words = [word for word in found if len(word) >= _LONG_WORD]
    if not long_words or 3 * sum(map(doc.words.is_everyday, long_words)) > len(long_words):
        return None
    return _at_home(value, doc)


def read_quotation(value: str, doc: DocumentContext) -> Intervention | None:
    """`“zakonnaya” (“legal”, …)`: a quotation of words in lower case that English has no use
    for, nor builds as it builds its own (`“hegemonism”`), is the original's, quoted; in the
    language another table knows the words in, else the document's."""
    if doc.text_language is not None:
        return None
    if _SPANISH_MARKED.fullmatch(value.strip()):
        return _node(value, _spanish(doc))  # (`“¡Venceremos!”`, `“¡paredón!”`)
    found = LETTERS.findall(value)
    if len(found) >= _QUOTED_PHRASE_WORDS:
        return _quoted_phrase(value, found, doc)
    if not found or len(found) > _QUOTED_WORDS or " ".join(found) != " ".join(value.split()):
        return None
    if is_pinyin_phrase(found, doc.words.is_english):
        return _node(value, _CHINESE)  # (`“Yindu daiban”`, capitals and all)
    long_words = [word for word in found if len(word) > _SHORT]
    if len(found) > 1 and value.islower():
        phrase = _phrase_abroad(value, long_words, doc)
        if phrase is not None:
            return phrase
    if not long_words or any(
            not word.islower() or doc.words.zipf(word) > 0 or ENGLISH_FORMATION.search(word)
            for word in long_words):
        return None
    languages = doc.words.languages_of(word.lower() for word in long_words)
    known = [first for first, *_ in languages.values()]
    return _node(value, known[0] if known else doc.foreign_lang)


def _phrase_abroad(value: str, long_words: list[str], doc: DocumentContext,
                   ) -> Intervention | None:
    """`“alarma de combate”`, `“puente aéreo”`: two or three words in lower case, at home in
    another language as a phrase, none of its long words English's (English's table has a
    rare use for some: `puente`; an English ending on another's word: `combate`)."""
    if not long_words or any(doc.words.is_english(word) for word in long_words):
        return None
    return _at_home(value, doc)


def _at_home(value: str, doc: DocumentContext) -> Intervention | None:
    """The quoted words as another language's, the one they are at home in; None if none."""
    language = language_at_home(value, doc.words, doc.original_language)
    return None if language is None else _node(value, language)


_ITALIC_TERM_PART = re.compile(r"[^\W\d_]{3,}")


def read_italics(value: str, doc: DocumentContext) -> Intervention | None:
    """`*salvoconductos*`, as a quotation is read; and `the *zud* [a winter disaster …]`,
    `(*p'umasi*)`: a word or two in lower case that translators set in italics as the
    original's, English's table knowing none of its words (of three letters or more; a rare
    English word in italics is emphasised, `*italic*`), in the language a table knows it in,
    else the original's."""
    quoted = read_quotation(value, doc)
    if quoted is not None or doc.text_language is not None:
        return quoted
    term = value.strip()
    if ITALIC_TERM.fullmatch(term) is None or not term.islower():
        return None
    parts = _ITALIC_TERM_PART.findall(term)
    if not parts or any(doc.words.zipf(part) > 0 for part in parts):
        return None
    return _node(value, language_at_home(term, doc.words, doc.original_language)
                 or doc.foreign_lang)


RULE = WordRule(CONVENTION, read_untranslated, read_quotation, read_italics)
