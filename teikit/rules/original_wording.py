"""`[narodnye voyska]`: the original wording, left untranslated → `note/foreign`."""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from teikit.conventions import Convention, bracketed
from teikit.lazy_pattern import LazyPattern
from teikit.model import Intervention
from teikit.offices import ORGANISATION_WORDS, PERSON_TITLES
from teikit.rules import cognates
from teikit.rules.base import TRANSLATOR, BracketContext, Match, Rule
from teikit.rules.lexicon import (
    ACRONYM,
    ARTICLE_JOINED,
    LETTERS,
    PREPOSITION_THEN_NAME,
    SPANISH_MARKED,
    english_made,
    german_noun,
    is_country,
    looks_transliterated,
    names_a_place,
)
from teikit.rules.other_languages import LANGUAGES
from teikit.rules.phrase_language import language_at_home
from teikit.rules.pinyin import is_pinyin_word, syllable_count
from teikit.rules.russian_spelling import (
    MANNER_ADVERB,
    russian_among_english_words,
    russian_transliteration,
)
from teikit.rules.term_meaning import FUNCTION_ZIPF, QUOTATION_BEFORE
from teikit.rules.text_language import in_the_texts_own_script
from teikit.rules.word_tables import WordTables, original_first

_FORM = bracketed("note", (("type", "original-wording"), ("place", "inline")))
CONVENTION = Convention("original-wording", "[narodnye voyska]",
                        "note[@type='original-wording']/foreign",
                        "The original wording, given by the translator in transliteration.",
                        summary="foreign", forms=(_FORM,))


# The short words of the languages translated from that English tables count as English's.
_SHORT_WORDS = frozenset("de da das dos em na se la el le les del y e v po za ot und der die et "
                         "di du".split())


def _read(ctx: BracketContext) -> Match | None:
    text = ctx.plain
    if not text or not any(c.isalpha() for c in text):
        return None
    if in_the_texts_own_script(text, ctx.before, ctx.after_start(40)):
        return None  # `[7월]` in a paragraph in Korean: the words its translator supplied
    if _pinyin_with_its_characters(text):
        return _wording(ctx, "zh")
    if _vietnamese(ctx):
        return _wording(ctx, "vi")
    if _HEPBURN_LONG_VOWEL.search(text) is not None and (
            ctx.doc.original_language == "ja"
            or (_HEPBURN.fullmatch(text) is not None and _after_an_english_word(ctx))):
        # `"withdrawn to the second line of defence" [dai ni bōeisen]`: Japanese romanised, its
        # long vowels marked (where the page names no original, a word of Japanese's syllables
        # alone: `the Chinese Communists [Chūkyō]`)
        return _wording(ctx, "ja-Latn")
    if _SPANISH_MARKS.fullmatch(text) is not None:
        return _wording(ctx, "es")  # `the crowd shouted [¡Cuba sí, yanquis no!]`
    if text[0].isupper():
        if _sentence_cased(text) and _in_pinyin(ctx):
            # `"pan-Mongolism" [Da Menggu zhuyi]`, `Uncle Ho's [Hu bobo]`: pinyin capitalised
            # as a sentence is, no name's words (each of a name's is capitalised)
            return _wording(ctx, _pinyin_language(ctx))
        if _given_name_of_pinyin(ctx):
            return None  # `Chen [Boda]`: the man's given name, whatever else it spells
        # (a capital begins a name, or a German noun, or the word the original printed for a
        # common noun before it: `Flash Telegram [Fulger]`)
        if german_noun(text, ctx.doc.words.is_english) or _german_compound(ctx):
            return _wording(ctx, "de")
        language = (_word_abroad(ctx) or _phrase_abroad(ctx) or _plain_name_renamed(ctx)
                    or _body_named_originally(ctx)
                    or (ctx.doc.foreign_lang if names_the_body_in_its_language(ctx) else None)
                    or _phrase_with_words_of_no_name(ctx) or _leaders_title(ctx)
                    or _phrase_of_one_language(ctx) or _russian_sentence(ctx)
                    or (ctx.doc.foreign_lang if compound_of_the_words_before(ctx) else None)
                    or _quoted_title_in_the_original(ctx)
                    or _original_word_of_the_quoted_term(ctx))
        return _wording(ctx, language) if language is not None else None
    if _names_rest(text, ctx.before):
        return None
    if _manner_adverbs(text) and ctx.doc.original_language in (None, "ru"):
        # `in a fraternal way [po-bratski]`, `[po-tovarishcheski i otkrovenno]`
        return _wording(ctx, "ru-Latn")
    words = ctx.doc.words
    if _in_pinyin(ctx):
        return _wording(ctx, _pinyin_language(ctx))
    if _syllables_romanised(text, words):
        # `relying on one's own forces [tu luc canh sinh]`: an Asian language's syllables,
        # romanised without their marks
        return _wording(ctx, "vi" if ctx.doc.original_language == "vi" else "und-Latn")
    if _marked_abroad(text):
        # `the "five points" [pet tačaka]`: a letter no English word is spelt with
        return _wording(ctx, _language_abroad(ctx, text) or ctx.doc.foreign_lang)
    # (short words of other languages tell nothing: `de`, `em`, `se` are English's too, in
    # names and loans; `[de cabetagem]` is Portuguese by its word of content)
    content = " ".join(word for word in text.split() if word not in _SHORT_WORDS) or text
    if words.english_share(content) >= 0.5 and not looks_transliterated(text):
        # (`a state of war [stan wojenny]`, `[in Bereitschaft]`: English's short words beside
        # a word of the original's language; `Maoist propaganda [maoistische Propaganda]`:
        # the words before, as the original spells them)
        language = _short_words_beside_one_abroad(ctx) or (
            ctx.doc.foreign_lang if _restates_in_cognates(ctx) else None) or (
            _russian_among_english_words(ctx)) or (
            _phrase_of_one_language(ctx)) or (
            ctx.doc.foreign_lang if cognates.reorders(
                text, LETTERS.findall(ctx.before_and_quotation[-80:]),
                ctx.doc.original_language) else None)
        return _wording(ctx, language) if language is not None else None
    if PREPOSITION_THEN_NAME.fullmatch(text) is not None:
        return None  # `the front page [of Rodong Sinmun]`: whose, a name English writes so
    # (a word English's parts make may be a common word of another language all the same:
    # `displeasure [disgusto]` is no `dis` + `gusto`)
    if english_made(text, words.is_english) and not words.languages_of_a_word_alone(
            text.lower()):
        return None
    return _wording(ctx, _language_abroad(ctx, content) or ctx.doc.foreign_lang)


# A letter of the Latin alphabets of Europe that no English word, nor a word English borrowed,
# is spelt with (`č`, `ł`, `ő`, `ș`; not `é`, `ç`, `ñ`, which loans keep).
_LETTER_ENGLISH_NEVER_WRITES = LazyPattern(r"[čćšžđłńřěůőűăâșțşğıąężśźďťňľĺŕý]")


def _marked_abroad(text: str) -> bool:
    """Words in lower case, a word of content among them spelt with a letter English never
    writes (`pet tačaka`, `stan wojenny` is not: `stan` and `wojenny` are plain letters)."""
    words = text.split()
    return all(word[:1].islower() for word in words) and _spelt_as_no_english(words)


def _spelt_as_no_english(words: list[str]) -> bool:
    """Whether a word of content among `words` is spelt with a letter English never writes."""
    return any(len(word) > 2 and _LETTER_ENGLISH_NEVER_WRITES.search(word) is not None
               for word in words)


def _quoted_title_in_the_original(ctx: BracketContext) -> str | None:
    """`"Let Us Defend Independence" [Da zashtitim samostoyatelnostta]`: the quoted title in
    the original's words, capitalised as a sentence is (no name's words), most of them no
    English, or one spelt with a letter English never writes (`"Down with the new tsars!"
    [Ta-tao sin ša-chuang!]`, Chinese as a Czech translator spells it); in the document's
    language, as no table of another tells it."""
    text = ctx.plain
    if ctx.after_quotation and _sentence_cased(text) and (
            ctx.doc.words.english_share(text) < 0.5 or _spelt_as_no_english(text.split())):
        return ctx.doc.foreign_lang
    return None


# The most letters of a term quoted before the bracket.
_QUOTED_TERM_LETTERS = 60


def _original_word_of_the_quoted_term(ctx: BracketContext) -> str | None:
    """`"the Organization" [Angkar]`: after a term quoted in everyday English, one word that
    English's table does not know (no man's name it knows, `"the Marshal" [Zhukov]`): the
    original's word for the term, in the language a table knows it in, else undetermined."""
    text = ctx.plain
    if not ctx.after_quotation or " " in text or not text.isalpha():
        return None
    tables = ctx.doc.words
    quoted = QUOTATION_BEFORE.search(ctx.source_before[-80:])
    if (quoted is None or len(quoted["quoted"]) > _QUOTED_TERM_LETTERS or tables.zipf(text) > 0
            or tables.everyday_share(quoted["quoted"]) < 1):
        return None
    return tables.language_of(text) or "und-Latn"


def _sentence_cased(text: str) -> bool:
    """Two words or more, the first capitalised and a later one in lower case."""
    words = text.split()
    return len(words) >= 2 and any(word[:1].islower() for word in words[1:])


def _manner_adverbs(text: str) -> bool:
    """A Russian adverb of manner (`po-bratski`), or two joined by `i` (`po-tovarishcheski i
    otkrovenno`: the second in `-o`, as Russian makes adverbs of manner)."""
    first, _, rest = text.partition(" i ")
    return MANNER_ADVERB.fullmatch(first) is not None and (
        not rest or MANNER_ADVERB.fullmatch(rest) is not None
        or _RUSSIAN_ADVERB.fullmatch(rest) is not None)


# A Russian adverb in `-o` (`otkrovenno`, `tverdo`), of a length no English word in `-o` has.
_RUSSIAN_ADVERB = LazyPattern(r"[a-z]{4,}(?:nno|vo|ko|no|to|do)")


def _phrase_of_one_language(ctx: BracketContext) -> str | None:
    """`“… in their own protection” [no custodiará embajadas que no colaboran en su propia
    protección]`, `the book “Portugal and the Future” [Il Portogallo e il futuro]`, `HOMELAND
    OR DEATH [PATRIA O MUERTE]`: after an English word or a quotation, a phrase half of whose
    words are of one other language, English's no use for them or far more at home there
    (`que`, `il`, `muerte`), one of them a word of content. Words capitalised inside the
    phrase are names, which tell no language (`[Ho Chi Minh]`: `chi` is Italian), but in a
    phrase all in capitals."""
    before = ctx.before_and_quotation
    if (_WORD_BEFORE.search(before[-30:]) is None
            and _HYPHENATED_WORD_BEFORE.search(before[-30:]) is None
            and _AFTER_QUOTATION.search(before[-4:]) is None
            and _WORD_THEN_STOP.search(before[-4:]) is None):
        return None
    return language_at_home(ctx.plain, ctx.doc.words, ctx.doc.original_language)


# A word of hyphened parts before the bracket (`the two-thirds [los dos tercios]`).
_HYPHENATED_WORD_BEFORE = LazyPattern(r"(?<![\w’'-])[A-Za-z]+(?:-[A-Za-z]+)+\s+$")
# A word and the stop that ends it before the bracket (`Strictly secret! [Szigorúan titkos!]`:
# the marking, then the original's).
_WORD_THEN_STOP = LazyPattern(r"[^\W\d_][!.:;,]\s+$")


def _russian_among_english_words(ctx: BracketContext) -> str | None:
    """`elder brother [starshiy brat]`, `an "air bridge" [vozdushnyi most]`: Russian in Latin
    letters after the English words it gives, where the original is Russian or unnamed (a word
    of grammar before is none it gives: `the [to voyska]`, supplied)."""
    if ctx.doc.original_language not in (None, "ru"):
        return None
    before = _WORD_BEFORE.search(ctx.before_and_quotation[-30:])
    tables = ctx.doc.words
    if (before is None or tables.zipf(before["word"]) >= FUNCTION_ZIPF
            or not russian_among_english_words(ctx.plain, tables.is_english)):
        return None
    return ctx.doc.foreign_lang


def _russian_sentence(ctx: BracketContext) -> str | None:
    """`Report on the fulfilment [Ob ispolnenii donesite]`: a sentence of transliterated Russian,
    capitalised as a sentence is (its later words in lower case, no name's), where the original
    is Russian or unnamed."""
    words = ctx.plain.split()
    if (len(words) < 2 or not all(word[:1].islower() for word in words[1:])
            or ctx.doc.original_language not in (None, "ru")
            or ctx.doc.words.is_everyday(words[0])  # (`[To voyska]`: English's word first)
            or not russian_transliteration(ctx.plain)):
        return None
    return ctx.doc.foreign_lang


# The letters Vietnamese alone writes: a vowel's horn (`ơ`, `ư`), and the vowels with a tone's
# dot or hook (`ụ`, `ố`, `ả`); Vietnamese's letters besides them, `đ`, which Serbo-Croatian
# writes too.
_VIETNAMESE_ONLY_LETTERS = "ơưƠƯ\u1ea0-\u1ef9"
_VIETNAMESE_ONLY_LETTER = LazyPattern(f"[{_VIETNAMESE_ONLY_LETTERS}]")
_VIETNAMESE_LETTER = LazyPattern(f"[{_VIETNAMESE_ONLY_LETTERS}đĐ]")


def _vietnamese(ctx: BracketContext) -> bool:
    """`the Hoa [người Hoa]`, `China Department [Vụ Trung Quốc]`: words in Vietnamese's own
    letters, in a document from Vietnamese or from a language unnamed (from another, in the
    letters Vietnamese alone writes: `the Military Management Committee [Ủy ban Quân quản]`
    in an Italian report); each word capitalised, they are a name (`[Lê Đức Thọ]`) but after
    the English name of a body, which they give as the original does."""
    text = ctx.plain
    if _VIETNAMESE_LETTER.search(text) is None or (
            ctx.doc.original_language not in (None, "vi")
            and _VIETNAMESE_ONLY_LETTER.search(text) is None):
        return False
    if any(word[:1].islower() for word in text.split()):
        return True
    before = _WORD_BEFORE.search(ctx.before[-30:])
    return before is not None and before["word"].lower() in ORGANISATION_WORDS


# A long vowel as Hepburn's romanisation of Japanese marks it (`bōeisen`, `Tōkyō`).
_HEPBURN_LONG_VOWEL = LazyPattern(r"[āēīōūĀĒĪŌŪ]")
# Words of Japanese's syllables romanised, a consonant or two before each vowel, `n` closing
# one (`Chūkyō`, `Gaimushō`, `Jimintō`), after an English word (a title's name is a man's:
# `the Prime Minister [Ōhira]`).
_HEPBURN_SYLLABLE = (r"(?:[kgsztdnhbpmrwfj]y?|ch|sh|ts|y)?[aeiouāēīōū]"
                     r"(?:n(?![aeiouāēīōūy]))?")
_HEPBURN = LazyPattern(rf"(?i)(?:{_HEPBURN_SYLLABLE})+(?:[\s-](?:{_HEPBURN_SYLLABLE})+)*")
# (`¡Cuba sí, yanquis no!`)
_SPANISH_MARKS = LazyPattern(SPANISH_MARKED)


# The longest word English lends a bracket of the original's words (`stan`, `in`, `lo`).
_SHORT_WORD = 4
# The longest bracket of the original's words read by its common words.
_WORDS_BESIDE = 8
# A quotation just closed before the bracket (`"not with words but with deeds" [no con …]`).
_AFTER_QUOTATION = LazyPattern(r"[”“»«\"']\s*$")


def _short_words_beside_one_abroad(ctx: BracketContext) -> str | None:
    """`a state of war [stan wojenny]`, `remain on alert [in Bereitschaft]`: a few words, one
    a common word of another language (of the original's, where the header names one), the
    others short words English shares with it, after an English word."""
    words = LETTERS.findall(ctx.plain)
    before = _WORD_BEFORE.search(ctx.before[-30:]) or _AFTER_QUOTATION.search(ctx.before[-4:])
    if not 2 <= len(words) <= _WORDS_BESIDE or before is None:
        return None
    tables = ctx.doc.words
    # (an acronym is a name, of no language's words: `delivered [by the ČSSR]`)
    found = tables.languages_of(word.lower() for word in words if not word.isupper())
    # (English's longer words may stand among them as the original's cognates, no more of
    # them than of its own: `[ha perdido la autoridad moral]`, `[hora local]`)
    cognates = [word for word in words if word.lower() not in found and len(word) > _SHORT_WORD]
    if not found or len(cognates) > len(found) or (cognates and len(words) > len(found) * 3):
        return None
    languages = {language for each in found.values() for language in each}
    original = ctx.doc.original_language
    if original is not None and original in _TABLED and original not in languages:
        return None
    return original if original in languages else next(iter(found.values()))[0]


# The languages the table of words abroad holds.
_TABLED = frozenset(LANGUAGES)


def compound_of_the_words_before(ctx: BracketContext) -> bool:
    """`magnetic mines [Magnetminen]`: one word, capitalised as a German noun is, that begins as
    the words before in lower case do: the original's compound for them (not a name spelled
    again: `Huichon [Hŭich’ŏn]`); in their quotation marks too (`"dominationism"
    [Dominanzstreben]`)."""
    text = ctx.plain
    if " " in text or not text[1:].islower():
        return False
    before = ctx.before_and_quotation[-80:]
    words = before.split()
    return (bool(words) and words[-1].lstrip("\"“„«‘'")[:1].islower()
            and cognates.restate(text, LETTERS.findall(before), ctx.doc.words))


def _restates_in_cognates(ctx: BracketContext) -> bool:
    """`Maoist propaganda [maoistische Propaganda]`: each long word of the bracket begins as a
    word just before it does, one at least spelt otherwise, not English: the words before in
    the original's language."""
    return cognates.restate(ctx.plain, LETTERS.findall(ctx.before[-80:]), ctx.doc.words)


def _all_pinyin(text: str) -> bool:
    """Words of pinyin, one of two syllables at least (`Fanxiu lu`, `mianzi`)."""
    words = [word.strip(".,;:") for word in text.split()]
    return bool(words) and all(is_pinyin_word(word) for word in words) and any(
        syllable_count(word) >= 2 for word in words)


def _in_pinyin(ctx: BracketContext) -> bool:
    """`stand idle [zuoshi bu li]`: words of pinyin after a word, one of them of two syllables
    or more that English has not, or three of them, two that English has not."""
    words = [word.strip(",.;:") for word in ctx.plain.split()]
    # (the syllables first: most brackets' first word is no pinyin, `the`)
    if not words or not all(is_pinyin_word(word) for word in words):
        return False
    tables = ctx.doc.words
    if _LETTER_BEFORE.search(ctx.before[-4:]) is None and (
            _LETTER_BEFORE.search(ctx.before_and_quotation[-4:]) is None
            or tables.most_common_language(words) is not None
            or not any(_SPELT_AS_PINYIN.search(word.lower()) for word in words)):
        # (after a quotation, words no other language's tables hold, spelt as pinyin spells:
        # `the "Red Guards" [hongweibing]`, not `"an outstretched hand" [la mano tesa]`,
        # Italian's syllables)
        return False
    # (a word of two syllables at least that English has not, or three words, two of them
    # none of English's: `[bu yao duo jiang]`)
    foreign = [word for word in words if not tables.is_english(word)]
    if any(syllable_count(word) >= 2 for word in foreign) or (
            len(words) >= _PINYIN_WORDS and len(foreign) >= _PINYIN_WORDS - 1):
        return True
    if len(words) >= 2 and ctx.plain[:1].islower() and any(
            _SPELT_AS_PINYIN.search(word.lower()) for word in foreign):
        # (a syllable no English word is, spelt as pinyin alone spells, among others: the
        # original's abbreviation, `the Soviet revisionists [su xiu]`)
        return True
    everyday = [word for word in words if tables.is_everyday(word)]
    if ctx.doc.original_language == "zh":
        # (in a document translated from Chinese, two syllables or more, not all of them words
        # of everyday English: `the attitude of a great nation [da guo]`)
        return len(words) >= 2 and len(everyday) < len(words)
    # (three syllables or more, the first in lower case, none of everyday English, whatever
    # the page names as the original: a saying, `the teeth will be cold [chun wang chi han]`;
    # a slogan naming countries, capitalised as pinyin writes a name, `[kang Mei yuan Yue]`)
    return len(words) >= _PINYIN_WORDS and ctx.plain[:1].islower() and not everyday


# What pinyin spells that the languages of Europe seldom do: `zh`, `x` or `q` before `i` or
# `u`, `uo`, `ei`, `ui`, `iu`, `ng` ending a syllable, `ao` ending one (`maojin`).
_SPELT_AS_PINYIN = LazyPattern(r"zh|[xq][iu]|uo|ei|ui|iu|ng(?![aeiou])|ao(?![aeiou])")


def _pinyin_with_its_characters(text: str) -> bool:
    """`[bu yao gongkai tan 不要公开谈]`, `[kang Mei yuan Yue 抗美援越]`: the original's words in
    pinyin and in its characters, one bracket."""
    if _HAN.search(text) is None:
        return False
    latin = [word.strip(",.;:()") for word in text.split() if _HAN.search(word) is None]
    return bool(latin) and all(is_pinyin_word(word) for word in latin if word)


# The shortest phrase of pinyin read by its syllables alone.
_PINYIN_WORDS = 3
# A word's last letter before the bracket (after a hyphen too: `self-criticism [ziwo piping]`).
_LETTER_BEFORE = LazyPattern(r"[^\W\d_][”\"’']?\s+$")


# The originals whose romanisation may spell a word as pinyin does (`juche`, Korean).
_ROMANISED_ALIKE = frozenset({"ko", "ja", "vi"})


# A syllable of Vietnamese written without its marks (`tu`, `canh`, `nguyen`).
_VIETNAMESE_SYLLABLE = LazyPattern(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                                   r"[aeiouy]{1,3}(?:ng|nh|ch|[cmnptiuoy])?")
_SYLLABLE_LETTERS = 5
_MOST_SYLLABLES = 6


def _syllables_romanised(text: str, words: WordTables) -> bool:
    """Two to six words in lower case, each a syllable of Vietnamese or pinyin, none of
    everyday English and one at least none of English's (`[tu luc canh sinh]`, `[tu cuu]`):
    the original's words, romanised without their marks (English's short words, supplied,
    are everyday ones: `[to be]`)."""
    parts = text.split()
    return (2 <= len(parts) <= _MOST_SYLLABLES and text.islower() and text.isascii()
            and all(len(part) <= _SYLLABLE_LETTERS and (
                _VIETNAMESE_SYLLABLE.fullmatch(part) is not None or is_pinyin_word(part))
                for part in parts)
            and not any(words.is_everyday(part) for part in parts)
            and not all(words.is_english(part) for part in parts))


def _pinyin_language(ctx: BracketContext) -> str:
    """Chinese, in Latin letters; the original's language where its romanisation reads as
    pinyin does."""
    original = ctx.doc.original_language
    return ctx.doc.foreign_lang if original in _ROMANISED_ALIKE else "zh-Latn"


# A compound's parts in German spelling (`Nachrichtentechnik`, `Quellenschutz`).
_GERMAN_SPELLING = LazyPattern(r"sch|tz|ung|ch|ck|pf|ß|ä|ö|ü|ei|ie|au|eu|ah|eh")
_COMPOUND_LETTERS = 10
# The fewest letters of two German words joined (`Kokskohle`).
_JOINED_LETTERS = 8
_GERMAN_MARKS = 2
# A Slavic or Baltic surname's ending, which spells as German does (`Chmielewski`).
_SURNAME_ENDING = LazyPattern(r"(?:ski|cki|dzki|ska|cka|wicz|ov|ev|ova|eva|in|ina|ek|ak|uk|"
                              r"enko|escu|ich)$")


def _german_compound(ctx: BracketContext) -> bool:
    """`attempt at subversion [Zersetzungsversuch]`, `[Quellenschutz]`: one long word in
    German spelling, no English, after an English word (not a title) as `_word_abroad` asks:
    a German compound noun, no name."""
    word = ctx.plain
    if (len(word) < _JOINED_LETTERS or not word.isalpha() or not word[1:].islower()
            or _SURNAME_ENDING.search(word) is not None
            or english_made(word, ctx.doc.words.is_english)
            or not _after_an_english_word(ctx)):
        return False
    # (`memorandum [Aktenvermerk]`, `coking coal [Kokskohle]`: two German words joined,
    # whatever their spelling, shorter too; `the "punitive expedition" [Strafexpedition]`:
    # joined to the English word's cognate, which ends it)
    # (translated from German, any such word: `the third degree [Sippenhaft]`, `our
    # emergency plan [Notfalldispositiv]`, words the tables do not hold)
    return ((len(word) >= _COMPOUND_LETTERS
             and len(_GERMAN_SPELLING.findall(word.lower())) >= _GERMAN_MARKS)
            or (ctx.doc.original_language == "de" and _after_a_lower_case_word(ctx))
            or ctx.doc.words.compound_language(word.lower()) == "de"
            or _ends_on_the_word_before(ctx, word))


# The fewest letters of the English word a compound ends on, and of what comes before it.
_HEAD_LETTERS = 5
_MODIFIER_LETTERS = 3


def _ends_on_the_word_before(ctx: BracketContext, word: str) -> bool:
    """Whether `word` is a compound whose last part is the English word before the bracket
    (`expedition`, `Strafexpedition`)."""
    before = _WORD_BEFORE.search(ctx.before_and_quotation[-30:])
    if before is None:
        return False
    head = before["word"].lower()
    return (len(head) >= _HEAD_LETTERS and word.lower().endswith(head)
            and len(word) - len(head) >= _MODIFIER_LETTERS)


def _after_a_lower_case_word(ctx: BracketContext) -> bool:
    """After a word in lower case, no name (`Canton [Guangzhou]` renames the city)."""
    before = _WORD_BEFORE.search(ctx.before_and_quotation[-30:])
    return before is not None and before["word"].islower()


def _after_an_english_word(ctx: BracketContext) -> bool:
    """After a common English word (no title: `Comrade [Castro]` names a man; after a
    quotation, its last word), before no name (`Minister of Defense [Dobri] Dzhurov`: a given
    name before the family name)."""
    before = _WORD_BEFORE.search(ctx.before_and_quotation[-30:])
    after = ctx.after_start(3)
    # (the pronoun after it names nobody: `our emergency plan [Notfalldispositiv] I have …`)
    name_after = after[:1] == " " and after[1:2].isupper() and after[1:3] not in ("I ", "I’", "I'")
    return (before is not None and not name_after
            and before["word"].lower() not in PERSON_TITLES
            and ctx.doc.words.is_english(before["word"].lower()))


# The titles a leader was given in his own language, which translators keep after the English
# (`the Great Leader [Suryong]`, `the Leader [Führer]`, `the leader [vozhd’]`), with their
# languages.
_LEADERS_TITLES = {
    "suryong": "ko-Latn", "suryŏng": "ko-Latn", "vozhd": "ru-Latn", "vozhd’": "ru-Latn",
    "vozhd'": "ru-Latn", "führer": "de", "fuehrer": "de", "conducător": "ro", "conducator": "ro",
    "duce": "it", "caudillo": "es", "rais": "ar-Latn", "raïs": "ar-Latn",
}


def _leaders_title(ctx: BracketContext) -> str | None:
    """`the Great Leader [Suryong]`: a leader's title in his own language after its English,
    no name (a title before a bracket otherwise names who is meant: `the Chairman [Mao]`)."""
    before = _WORD_BEFORE.search(ctx.before[-30:])
    if before is None or before["word"].lower() not in ("leader", "leaders", "chief"):
        return None
    return _LEADERS_TITLES.get(ctx.plain.strip().lower())


def _phrase_with_words_of_no_name(ctx: BracketContext) -> str | None:
    """`SPECIAL FILE [Osobaya papka]`, `Corvin Passage [Corvin köz]`, `Academy of Sciences
    [Akademiya nauk]`: capitalised as a name, but a later word in lower case that is no
    English and no name's particle: the original's words for the English before them."""
    words = [word.strip(".,;:()\"“”'’") for word in ctx.plain.split()]
    # (a name's particles and the short words the languages share tell nothing: `Fidel Castro
    # y Ruz`, `Charles de Gaulle`; a hyphen's second part is the word's: `Pak Heon-yeong`)
    lower = [word for word in words[1:] if word[:1].islower()
             and word not in _NAME_PARTICLES and word not in _SHORT_WORDS and len(word) > 2
             and ARTICLE_JOINED.fullmatch(word) is None]
    tables = ctx.doc.words
    if (len(words) < 2 or not lower or tables.is_english(words[0].lower())
            or not _after_an_english_word(ctx)):
        return None  # (`[To voyska]`: a sentence's first word, no name's)
    if any(tables.is_english(word) for word in lower):
        return None
    return tables.language_of(ctx.plain) or ctx.doc.foreign_lang


# Languages whose words a transliteration of another of them may spell (`rukovodstvo`,
# Russian, is a word of Serbo-Croatian's table too): one does not tell another apart.
_SLAVIC = frozenset("ru uk be bg sh sr hr bs mk sl cs sk pl".split())


def _language_abroad(ctx: BracketContext, content: str) -> str | None:
    """`the militia [milicias]` in a cable translated from Japanese: the words are common
    words of another language than the original's (Spanish), which the translator kept; not
    a language a transliteration of the original's could be mistaken for."""
    original = ctx.doc.original_language
    words = LETTERS.findall(content)
    found = ctx.doc.words.most_common_language(words)
    if found is None or original is None or found == original or (
            found in _SLAVIC and original in _SLAVIC):
        return None
    # (a word common in the original's language as well: `displeasure [disgusto]`, Italian
    # and Spanish, in a Spanish cable)
    languages = ctx.doc.words.languages_of(word.lower() for word in words)
    if words and all(original in languages.get(word.lower(), ()) for word in words):
        return None
    return found


# The particles that join a surname's parts (`Aguirre del Cristo`, `Charles de Gaulle`).
_NAME_PARTICLES = frozenset("de da das dos del della di du la le van von der den ten ter al el "
                            "bin ibn ben".split())
_NAME_BEFORE = LazyPattern(r"(?<![\w’'-])[A-Z][\w’'-]*\s+$")


def _names_rest(text: str, before: str) -> bool:
    """`Severo Aguirre [del Cristo]`: after a name, the rest of it, its particle first and
    its words capitalised, as the translator supplied it."""
    words = text.split()
    return (len(words) >= 2 and words[0] in _NAME_PARTICLES
            and all(word[:1].isupper() or word in _NAME_PARTICLES for word in words[1:])
            and _NAME_BEFORE.search(before[-40:]) is not None)


# How many of a bracket's words a language must share to be named its language.
_WORDS_NAMING_LANGUAGE = 2

# The word before the bracket, and the space after it.
# (a closing quotation mark after it: `the "pressure" [Druck]`, `the „Open Letter“ [Offener
# Brief]`)
_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?P<word>[A-Za-z]+)[”“»«\"’']?\s+$")
# The same, its sentence stopped, the last part of a hyphened word.
_STOPPED_WORD_BEFORE = LazyPattern(r"(?<![\w’'-])(?:[A-Za-z]+-)*(?P<word>[A-Za-z]+)[.!]\s+$")


def _word_abroad(ctx: BracketContext) -> str | None:
    """The language of a one-word bracket that is a word there, common or less so (`Note
    [Vermerk]`), and none in English, after a common English noun (no name, no title:
    `Comrade [Castro]` names a man) and before no name."""
    word = ctx.plain
    if not word.isalpha() or not _after_an_english_word(ctx):
        return None
    tables = ctx.doc.words
    languages = tables.languages_of_a_word_alone(word.lower())
    before = _WORD_BEFORE.search(ctx.before_and_quotation[-30:])
    if (not languages and not tables.is_english(word.lower()) and before is not None
            and before["word"].lower() not in _NO_NOUN_BEFORE):
        # (a word English knows but seldom uses, far more at home there, after the noun it
        # translates: `Subject [Materia]`; after an article, a place's name: `the [Magdeburg]
        # district`)
        languages = tables.languages_at_home([word.lower()]).get(word.lower(), ())
    return original_first(languages, ctx.doc.original_language)


def _phrase_abroad(ctx: BracketContext) -> str | None:
    """`Telegram for coding [Telegrama para cifra]`, `General Directorate of the Diplomatic
    Service [Dirección General del Servicio Diplomático]`: the original's name for what the
    English before it names, a phrase mostly not English of which two words or more are common
    words of one other language (names are common words of none: `[Pak Hon Yong]`)."""
    words = [word for word in LETTERS.findall(ctx.plain)
             if word.lower() not in _SHORT_WORDS and len(word) > 2]
    # (after a quotation, its words: `the group "Freedom and Peace" [Wolność i Pokój]`)
    before = _WORD_BEFORE.search(ctx.before_and_quotation[-30:])
    if before is None and ctx.plain[-1:] in ".!":
        # (a sentence's stop, the words in the original stopped alike: `EFFECTIVE SUFFRAGE.
        # NO RE-ELECTION. [Sufragio Efectivo. No Reelección.]`)
        before = _STOPPED_WORD_BEFORE.search(ctx.before[-30:])
    tables = ctx.doc.words
    if len(words) < 2 or before is None or not tables.is_english(before["word"].lower()):
        return None
    original = ctx.doc.original_language
    if len(words) <= _FEW_ORIGINAL_WORDS and original is not None and (
            tables.most_common_language(words) == original):
        # (`the "Open Letter" [Offener Brief]`, a German report: one word of the original's
        # language, the other English's too)
        return original
    if tables.english_share(" ".join(words)) >= 0.5:
        return None
    # the language most of the words share, two of them at least
    return (tables.most_common_language(words, at_least=2) or _long_words_at_home(words, tables)
            or _phrase_at_home_after_words(ctx, words))


# The words before the bracket that must be in lower case, none of a name.
_WORDS_OF_NO_NAME = 3


def _phrase_at_home_after_words(ctx: BracketContext, words: list[str]) -> str | None:
    """`meeting yesterday in full session [Congreso Pleno]`: after English words in lower
    case, no name among the last of them, a phrase whose every word is at home in one other
    language, capitalised as that language names an institution: the original's words (after
    a name, capitals make a name renamed of them: `the Columbia camp [Ciudad Libertad]`)."""
    if any(not word.islower() for word in ctx.before.split()[-_WORDS_OF_NO_NAME:]):
        return None
    found = ctx.doc.words.languages_at_home([word.lower() for word in words])
    shared = set.intersection(*(set(found.get(word.lower(), ())) for word in words))
    return original_first(sorted(shared), ctx.doc.original_language) if shared else None


# Capitalised words ending the text before the bracket, the short words of a name between
# them (`the Official Gazette`, `the Bay of Pigs`, `Year of the Economy`).
# (a marking's exclamation mark after it: `Confidential Matter! [Vertrauliche Verschlußsache]`;
# the quotation closing on it: `"Year of Planning" [Año de la Planificación]`)
# (in quotation marks, double or single: `'Year of Planning' [Año de la Planificación]`; an
# apostrophe after a letter is a word's, no quotation's)
_TITLE_CASE_BEFORE = LazyPattern(r"(?<![\w-])(?<!\w['’])[A-Z][a-z]+(?:['’]s)?(?:\s+(?:(?:of|the|"
                                 r"and|for|in|on)\s+)*[A-Z][a-z]+(?:['’]s)?)*!?[”\"»'’]?\s+$")
_PLAIN_NAME_WORDS = frozenset("of the and for in on".split())
# The words after which a bracket translates no noun (an article's is a name's place).
_NO_NOUN_BEFORE = _PLAIN_NAME_WORDS | {"a", "an"}


def _plain_name_renamed(ctx: BracketContext) -> str | None:
    """The original's name for the name of English words before the bracket, in the words of
    a language the tables hold or in cognates of its words; the name read once for both."""
    named = _plain_name_before(ctx)
    if named is None:
        # (a country's English name alone: `Cambodia [Jianpuzhai]`, the Chinese original's;
        # translated from another language, the pinyin is the place's name now, `the station
        # of Manchuria [Manzhouli]`)
        country = _capitalised_word_before(ctx)
        return (_plain_name_in_pinyin(ctx) if country and is_country(country)
                and ctx.doc.original_language in (None, "zh") else None)
    if names_a_place(" ".join(named)):
        # (a place by its kind's word is renamed, in whatever language: `Port Arthur
        # [Lüshun]`, `the Isle of Pines [Isla de la Juventud]`)
        return None
    return (_original_of_a_plain_name(ctx, named) or _plain_name_in_cognates(ctx, named)
            or _plain_name_in_pinyin(ctx))


# The fewest syllables of each pinyin word of a name in the original's words: a person's
# family name has one (`the Military Commission [Peng Dehuai]` names a man, `Zhou [Enlai]`
# is one completed, after no name of English words).
_NAME_SYLLABLES = 2


# The most letters before a bracket that its last word is looked for in.
_WORD_TAIL = 60


def _capitalised_word_before(ctx: BracketContext) -> str | None:
    """The word before the bracket, capitalised as a name is (`Cambodia`, `Chen`), or None."""
    tail = ctx.before[-_WORD_TAIL:]  # (searched in the paragraph's last letters alone)
    found = _WORD_BEFORE.search(tail)
    word = found["word"] if found is not None and found.end("word") == len(tail.rstrip()) else ""
    return word if word[:1].isupper() and word[1:].islower() else None


def _given_name_of_pinyin(ctx: BracketContext) -> bool:
    """`Chen [Boda]`, `Zhou [Enlai]`: one word of pinyin's syllables, two of them at least,
    after a family name of one."""
    word = ctx.plain
    printed = _capitalised_word_before(ctx)
    return (printed is not None and " " not in word and is_pinyin_word(word)
            and syllable_count(word) >= _NAME_SYLLABLES and is_pinyin_word(printed)
            and syllable_count(printed) == 1)


def _plain_name_in_pinyin(ctx: BracketContext) -> str | None:
    """`the Republic of Korea [Dahan Minguo]`, `the Red Guards [Hongweibing]`: the name in
    pinyin, each word of two syllables or more and none of English's."""
    words = ctx.plain.split()
    tables = ctx.doc.words
    if not words or not all(
            word[:1].isupper() and syllable_count(word) >= _NAME_SYLLABLES
            and not tables.is_english(word.lower()) for word in words):
        return None
    if len(words) == 1 and (not is_pinyin_word(words[0]) or _given_name_of_pinyin(ctx)):
        # (one word, pinyin's syllables, after no family name of one: `Counsellor Ma
        # [Xusheng]` names the man in full)
        return None
    return _pinyin_language(ctx)


def _original_of_a_plain_name(ctx: BracketContext, named: list[str]) -> str | None:
    """`the Official Gazette [Gaceta Oficial]`, `Year of the Economy [Año de la Economía]`,
    `Confidential Matter [Vertrauliche Verschlußsache]`: a name of two English words or more,
    no title among them, then the original's name for it, most of its words of content no
    English, two of its words at home in one other language, one of them a word of content;
    no person's name renamed. A name of words of no English is renamed (`the Columbia camp
    [Ciudad Libertad]`), and a given name supplied before the family name is a name's part
    (`Deputy Minister [Ngo Duc] Tho`)."""
    after = ctx.after_start(2)
    if after[:1] == " " and after[1:].isupper():
        return None
    tables = ctx.doc.words
    words = [word.lower() for word in LETTERS.findall(ctx.plain)]
    content = [word for word in words if word not in _SHORT_WORDS and len(word) > 2]
    if len(words) < 2 or not content or 2 * sum(map(tables.is_english, content)) > len(content):
        return None
    found = tables.languages_at_home(words)
    # (a word less common there, `vertrauliche`; German compounds its nouns, which the
    # tables may not hold: `Verschlußsache`)
    for word in content:
        if word not in found:
            found[word] = tables.languages_of_a_word_alone(word)
        if not found[word]:
            compound = tables.compound_language(word.replace("ß", "ss"))
            found[word] = (compound,) if compound else ()
    votes = Counter(language for word in words for language in found.get(word, ()))
    at_home = [language for language, count in votes.most_common() if count >= 2 and any(
        language in found.get(word, ()) for word in content)]
    return original_first(at_home, ctx.doc.original_language)


def _plain_name_in_cognates(ctx: BracketContext, named: list[str]) -> str | None:
    """`the Pact Secretariat [Pakt Sekreterliği]`: a name of two English words or more, no
    title among them, then the same name in cognates of its words, in a language no table
    holds (Turkish): the original's, word for word (a man's name respelt is one word for two:
    `Major Hubert [Huber] Matos`)."""
    if len(ctx.plain.split()) != len(named):
        return None
    # (one word restated is enough where the others are no English: `the Revolutionary
    # Council [Dewan Revolusi]`)
    return ctx.doc.foreign_lang if cognates.restate_in_part(
        ctx.plain, named, ctx.doc.words) else None


def _plain_name_before(ctx: BracketContext) -> list[str] | None:
    """The words of content, in lower case, of a name of two English words or more ending the
    text before the bracket, no title among them (`the Official Gazette`: `official`,
    `gazette`); None if none ends it."""
    printed = _TITLE_CASE_BEFORE.search(ctx.before_and_quotation[-60:])
    if printed is None:
        return None
    named = [word.lower().rstrip("!”\"»'’") for word in printed.group().split()
             if word.lower() not in _PLAIN_NAME_WORDS]
    if (len(named) < 2 or any(word in PERSON_TITLES for word in named)
            or not all(map(ctx.doc.words.is_english, named))):
        return None
    return named


# The letters of a word of content that a name's short syllables have not (`Le Duc Tho`, `Ho
# Chi Minh`: French and Italian short words).
_LONG_WORD = 5


def _long_words_at_home(words: list[str], tables: WordTables) -> str | None:
    """`Far East Department [Abteilung Ferner Osten]`: two long words or more of German, far
    more at home there than in English, capitalised as German writes every noun (in another
    language, capitals make a name of them: `the Columbia camp [Ciudad Libertad]`); an
    adjective with German's ending counts, however rare (`[Neues Ökonomisches System]`)."""
    long_words = [word.lower() for word in words if len(word) >= _LONG_WORD]
    found = tables.languages_at_home(long_words)
    german = sum("de" in found.get(word, ()) or _GERMAN_ADJECTIVE.search(word) is not None
                 for word in long_words)
    return "de" if german >= 2 else None


# A German adjective's ending, declined (`ökonomisches`, `sozialistischen`).
_GERMAN_ADJECTIVE = LazyPattern(r"(?:isch|lich)(?:e|es|er|en|em)$")


# The most words of a bracket that one common word of the original's language makes its own.
_FEW_ORIGINAL_WORDS = 3


# The words by which a party's, a movement's or a council's name in its own language says
# what it is (`[Mouvement Républicain Populaire]`, `[Jugoszlávia Kommunistáinak Szövetsége]`).
BODY_KIND = LazyPattern(
    r"(?i)\b(?:parti|partei|partid|partit|mouvement|movimient|moviment|bewegung|front|frente|"
    r"uni[oó]n|unione|liga|ligue|bund|verband|comit|komitee|conseil|consejo|consiglio|"
    r"minist[eè]r|democr|d[ée]mocr|social|sozial|communis|comunis|kommunis|nacional|national|"
    r"populaire|popular|popolare|republik|r[ée]publi|repubblic|organi[sz]a)")
# A body's name in English before the bracket, its acronym in parentheses after it or not
# (`the Central Committee `, `The League of Communists of Yugoslavia (LCY) `).
_BODY_BEFORE = LazyPattern(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for|on|in|to)\s+)*)+"
                           r"(?:\((?P<acronym>[A-Z]{2,6})\)\s+)?$")


def names_the_body_in_its_language(ctx: BracketContext) -> bool:
    """`the People's Great Khural [Ardyn Ikh Khural]`: the body's name in its own language,
    ending on the word the English name ends on (its other words none of English's), not a
    name given again."""
    words, before = ctx.plain.split(), ctx.before.split()
    if not (len(words) >= 2 and len(before) >= 2 and not ctx.glued_before
            and _bare_word(words[-1]) == _bare_word(before[-1])
            and not any(ctx.doc.words.is_english(word) for word in words[:-1])):
        return False
    # (two words of the English name before the shared one, capitalised English words, no
    # initial nor title: not `Comrade Luvsan [Sonomyn Luvsan]`, `Major Hai [Nguyễn Văn Hai?]`,
    # `Damansky Island [Zhenbao Island]`)
    if len(before) < 3:
        return False
    for name_word in before[-3:-1]:
        word = _bare_word(name_word).removesuffix("’s").removesuffix("'s")
        if not (name_word[:1].isupper() and len(word) > 2 and word not in PERSON_TITLES
                and ctx.doc.words.is_english(word.removesuffix("s"))):
            return False
    # (a man's name given again shares its other words too: `Pak Hon Yong [Pak Heon Yong]`)
    printed = [_bare_word(word) for word in before[-len(words) - 1 : -1]]
    return not any(SequenceMatcher(None, _bare_word(word), other).ratio() >= _ALIKE
                   for word in words[:-1] for other in printed)


# How alike two words are that spell one word twice (`Hon`, `Heon`).
_ALIKE = 0.6


def _bare_word(word: str) -> str:
    return word.strip(".,;:’'").lower()


def _body_named_originally(ctx: BracketContext) -> str | None:
    """After a body's name in English, what the original calls it: its acronym (`the Central
    Committee [KB]`, the Hungarian `Központi Bizottság`; an English one is a gloss, asked
    before), or its name, which says what kind of body it is and is not English (`the League
    of Communists of Yugoslavia (LCY) [Jugoszlávia Kommunistáinak Szövetsége, JKSZ]`)."""
    if ctx.glued_before:
        return None
    before = ctx.before_and_quotation.rstrip(" ”\"»") + " "
    named = _BODY_BEFORE.search(before[-160:])
    if named is None:
        return None
    words = named.group()[: named.start("acronym") - 1 if named["acronym"] else None].split()
    if words and words[-1] in _LINKING_WORDS:
        return None  # (`the Liaison Department of the [CCP] Central Committee`: the name goes on)
    capitals = [word for word in words if word[:1].isupper()]
    if len(capitals) < 2 or all(word.isupper() for word in capitals):
        return None  # (a text in capitals: a name in capitals has an acronym's shape)
    # (the kind of body among its words, not only the last: `the State Committee for Foreign
    # Economic Relations [GKES]`)
    a_body = any(_bare_word(word) in ORGANISATION_WORDS for word in words)
    if ACRONYM.fullmatch(ctx.plain):
        return ctx.doc.foreign_lang if a_body else None
    tables = ctx.doc.words
    if len(ctx.plain.split()) < 2:
        return None
    if BODY_KIND.search(ctx.plain) is not None and tables.english_share(ctx.plain) < 0.5:
        return tables.language_of(ctx.plain) or ctx.doc.foreign_lang
    # (the body's name in a language no table knows, none of its words everyday English's,
    # though English knows them as names: `the Vietnamese Workers’ Party [Dang Lao Dong Viet
    # Nam]`, `the Lao Patriotic Front [Neo Lao Haksat]`)
    # (four words at least: who signed for the body is named in fewer, `the Military
    # Commission [Peng Dehuai]`)
    if (a_body and _bare_word(words[-1]) in ORGANISATION_WORDS
            and len(ctx.plain.split()) >= _BODYS_OWN_NAME_WORDS
            and tables.everyday_share(ctx.plain) == 0 and not _shares_a_word(ctx.plain, words)):
        return tables.language_of(ctx.plain) or "und-Latn"
    return None


_BODYS_OWN_NAME_WORDS = 4


def _shares_a_word(text: str, words: list[str]) -> bool:
    """Whether `text` gives again one of `words` (`Damansky Island [Zhenbao Island]`)."""
    return bool({_bare_word(word) for word in text.split()} & {_bare_word(w) for w in words})


# The short words between a body's capitalised ones (`_BODY_BEFORE`'s).
_LINKING_WORDS = frozenset("of the and for on in to".split())
_HAN = LazyPattern(r"[\u4e00-\u9fff]")


def _wording(ctx: BracketContext, lang: str) -> Match:
    """The bracket as the original's wording in `lang`; where the header names no original
    language, the one two of its words or more are common words of, if any is (`[‘Consejo
    Revolucionario de Cuba en el Exilio’]`: Spanish)."""
    if _HAN.search(ctx.plain) is not None:
        # (`[自我批评]`: in its own characters, no Latin letters; Japanese writes them too)
        lang = "ja" if ctx.doc.original_language == "ja" else "zh"
    elif lang.startswith("und"):
        lang = (ctx.doc.words.language_of(ctx.plain, _WORDS_NAMING_LANGUAGE)
                or ("zh-Latn" if _all_pinyin(ctx.plain) else None)
                or ("ru-Latn" if russian_transliteration(ctx.plain) else None)
                or language_at_home(ctx.plain, ctx.doc.words, None) or lang)
    foreign = Intervention("foreign", {"xml:lang": lang}, ctx.children())
    attrs = {"type": "original-wording", "place": "inline", "resp": TRANSLATOR}
    return Match([CONVENTION.node("note", attrs, [foreign])])


RULE = Rule(CONVENTION, _read)
