"""`the "third basket" [humanitarian questions]`, `the Hoa people [ethnic Chinese residents of
Vietnam]`, `"… Republic of Koryo" [Koryo – the name of a Korean state …]`: a term, quoted or
a word of another language, then what it means, which the gloss rule reads as its note (the
sentence reads whole without it)."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern
from teikit.model import Intervention, Text
from teikit.month_names import ENGLISH_MONTHS
from teikit.offices import ORGANISATION_WORDS
from teikit.rules import cognates
from teikit.rules.base import BracketContext
from teikit.rules.expansion import syllabic_acronym
from teikit.rules.lexicon import ACRONYM, ARTICLES, ITALIC_TERM, PREPOSITIONS, is_nationality
from teikit.rules.phrase_language import language_at_home
from teikit.rules.pinyin import is_pinyin_phrase
from teikit.rules.word_tables import WordTables

# A term quoted after its article, or after `of` (`of "Chollima"`), a few words long.
_QUOTED_TERM_BEFORE = LazyPattern(r"(?i)\b(?:the|a|an|of|so-called)\s+[“\"«]"
                                  r"(?P<term>[^“”\"«»\[\]]{1,40})[”\"»]\s+$")
# A term after its article, a word or three, the last a noun it names (`the Hoa people`).
_TERM_BEFORE = LazyPattern(r"(?<![\w’'-])the\s+(?P<term>(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+$")
_TERM_WORDS = 4
# How often English uses its words of grammar, at least (`the`, `had`, `was`).
FUNCTION_ZIPF = 6.0
# The word before the bracket and the space after it.
LAST_WORD = LazyPattern(r"(?<![\w’'-])(?P<word>[^\W\d_][\w’'-]*)\s+$")


def bare(word: str) -> str:
    """The word without its possessive (`People's` → People)."""
    return word.rstrip("’'").removesuffix("’s").removesuffix("'s")


# The words a meaning does not open on: a phrase that goes on with the sentence (`"at the
# highest level" [of the two parties]`, `herdsmen [who had crossed the border]`); `the` opens
# a thing named (`[the Israelis]`), unless a description follows (`[the name of the medieval
# Korean state]`).
CONTINUING = frozenset("of for to in on at by with from between and or who which that whom "
                        "whose where when about against concerning regarding during after "
                        "before since under into as over through among toward towards upon "
                        "without within".split())
_DESCRIBED_WITH_ARTICLE = 4
# The fewest words of a meaning after a term of another language unquoted.
_DESCRIBING_WORDS = 3
# How often English uses a word it has only as a name or an acronym's letters, at most.
_RARE_IN_ENGLISH = 3.5


def explains_the_quoted_term(ctx: BracketContext, words: list[str]) -> bool:
    """After a term quoted, a phrase of English in lower case saying what it is (`the "three
    readies" [a youth mobilization movement of the war years]`); not the term in the
    original's words (`a "colonial enclave" [enclave colonial]`)."""
    if not ctx.after_quotation:
        return False
    term = _QUOTED_TERM_BEFORE.search(ctx.source_before)
    if (term is not None and len(term["term"].split()) <= _TERM_WORDS
            and _says_what_it_means(ctx, words, term["term"].split())):
        return True
    return _translates_the_quoted_word(ctx, words)


# The most words of a quoted term of no English whose meaning a bracket gives.
_QUOTED_TERM_WORDS = 2


def _translates_the_quoted_word(ctx: BracketContext, words: list[str]) -> bool:
    """`describes as "Juche" [self-reliance]`, `call it "Chollima" [winged horse]`: a word or
    two in quotation marks that English has no use for, however the sentence names it, then
    their meaning in English in lower case; one word is enough when everyday English has no
    use for it either (`the "Sinuiju" [incident]` completes a name)."""
    found = QUOTATION_BEFORE.search(ctx.source_before)
    if found is None:
        return False
    term_words = found["quoted"].split()
    tables = ctx.doc.words
    if len(term_words) > _QUOTED_TERM_WORDS or any(
            tables.is_english(word.strip(",.;:!?")) for word in term_words):
        return False
    if len(words) > 1:
        return _says_what_it_means(ctx, words, term_words)
    meaning = words[0].strip(",.;:")
    return (meaning.islower() and meaning not in CONTINUING and not tables.is_everyday(meaning)
            and _english_throughout(meaning, tables))


def italic_term_before(ctx: BracketContext) -> str | None:
    """The words in italics just before the bracket, a word or three in lower case that the
    word rules left as they are (`*bo doi*`: English's table counts `bo` and `doi`), or None."""
    node = ctx.node_before
    if not (isinstance(node, Intervention) and node.tag == "hi"
            and node.attrs.get("rend") == "italic" and len(node.children) == 1
            and isinstance(node.children[0], Text)):
        return None
    term = node.children[0].value
    return term if ITALIC_TERM.fullmatch(term) is not None else None


def translates_the_italic_term(ctx: BracketContext, words: list[str]) -> bool:
    """`young people and *bo doi* [soldiers] on leave`: words in italics, in lower case, not
    all of everyday English, then their meaning in English in lower case: the original's
    term, as translators set it in italics, and its gloss (the sentence reads whole without
    the bracket); not an English word emphasised, which says nothing of another language
    (`*not* [underlined]`)."""
    term = italic_term_before(ctx)
    if term is None or not words[0][:1].islower():
        return False
    tables = ctx.doc.words
    first = words[0].strip(",.;:").lower()
    if (all(tables.is_everyday(word) for word in term.split()) or first in CONTINUING
            or tables.zipf(first) >= FUNCTION_ZIPF):
        return False
    return all(word == word.lower() and _english_throughout(word.strip(",.;:"), tables)
               for word in words)


def _english_throughout(word: str, tables: WordTables) -> bool:
    """`self-reliance`: an English word, or every part of a compound one."""
    return tables.is_english(word) or all(tables.is_english(part)
                                          for part in word.split("-") if part)


def explains_the_foreign_term(ctx: BracketContext, words: list[str]) -> bool:
    """After a term with a capitalised word of another language (`the Hoa people`), a phrase of
    English in lower case saying what it is (`[ethnic Chinese residents of Vietnam]`), three
    words at least (two go on with the name: `the Xinhua News Agency [head office]`), or two
    that name a people (`the Hoa [ethnic Chinese]`, `the Huaqiao [overseas Chinese]`)."""
    if ctx.after_quotation or ctx.glued_before or len(words) < 2 or (
            len(words) < _DESCRIBING_WORDS and not is_nationality(words[-1])):
        return False
    term = _TERM_BEFORE.search(ctx.before[-60:])
    if term is None:
        return False
    tables = ctx.doc.words
    term_words = term["term"].split()
    if is_nationality(term_words[-1]):
        return False  # `the Mongolian [party and government] delegation`: English's adjective
    # (a word rare in English: `Hoa` is an acronym's there; an acronym itself is no word of
    # another language, and the words after it go on with the sentence: `handed over to the
    # KPA [free of charge]`)
    return any(word[:1].isupper() and not word.isupper()
               and tables.zipf(word.lower()) < _RARE_IN_ENGLISH
               for word in term_words) and _says_what_it_means(ctx, words, term_words)


def _says_what_it_means(ctx: BracketContext, words: list[str], term_words: list[str]) -> bool:
    """Two words or more of English, the first in lower case and no word that goes on with the
    sentence, none of the term's (in its words or their cognates)."""
    first = words[0].lower() if words else ""
    if (len(words) < 2 or first in CONTINUING or not words[0][:1].islower()
            or (first == "the" and len(words) < _DESCRIBED_WITH_ARTICLE)):
        return False
    tables = ctx.doc.words
    # (a year or a figure is any language's: `[the invitation of the American table tennis
    # team to China in April 1971]`)
    if not all(_english_throughout(word.strip(",.;:()").lower(), tables) for word in words
               if not word.strip(",.;:()").isdigit()):
        return False
    lowered = [word.lower() for word in term_words]
    return not (set(lowered) & {word.lower() for word in words}
                or cognates.restate(ctx.plain, lowered, tables))


# The term repeated, a dash, then what it is (`Koryo – the name of a Korean state of the
# 10th-14th centuries`).
# (or a colon, the meaning in quotation marks: `Yushin: "revitalizing reforms"`, of two words
# or more)
_TERM_DASH_MEANING = LazyPattern(r"(?P<term>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2})"
                                 r"(?:\s+[–—-]\s+(?P<meaning>\S.*)|"
                                 r":\s+[“\"](?P<quoted>[^“”\"]+)[”\"])")
_MEANING_WORDS = 3
_QUOTED_MEANING_WORDS = 2


def names_the_term_then_its_meaning(ctx: BracketContext, words: list[str]) -> bool:
    """The term printed just before, repeated, a dash, then three words or more of English
    saying what it is (`Yushin system [Yushin: "revitalizing reforms"]`: a colon, then two
    words or more in quotation marks)."""
    del words
    found = _TERM_DASH_MEANING.fullmatch(ctx.plain)
    if found is None or found["term"] not in ctx.before_and_quotation[-80:]:
        return False
    meaning = found["meaning"] or found["quoted"]
    least = _MEANING_WORDS if found["meaning"] else _QUOTED_MEANING_WORDS
    return (len(meaning.split()) >= least
            and ctx.doc.words.english_share(meaning) >= 0.5)


# A quotation closed just before the bracket, its words (those the source's last characters
# hold, of a long one).
QUOTATION_BEFORE = LazyPattern(r"[“\"«„]?(?P<quoted>[^“”\"«»„\[\]]{2,})[”\"»]\s*$")
# The most of the bracket's words English may not have (a name: `Nikita`).
_WORDS_OF_NO_ENGLISH = 0.25


def translates_the_quotation(ctx: BracketContext, words: list[str]) -> bool:
    """`the verse "Nikita, mariquita, lo que se da no se quita" [Nikita, you sissy, what is
    given is not taken back]`: the translator's English of words quoted in another language
    (not the original's words after an English quotation: `"five points" [pet tačaka]`); of
    words in italics too, where the word rules read them as the original's (`*política
    externa independente* [independent foreign policy]`)."""
    original = _quotes_the_original(ctx.node_before)
    if len(words) < (1 if original else 2):
        return False  # (`*gusanos* [counter-revolutionaries]`: one word of English)
    tables = ctx.doc.words
    if not original:
        if not ctx.after_quotation:
            return False
        found = QUOTATION_BEFORE.search(ctx.source_before)
        if found is None:
            return False
        if (language_at_home(found["quoted"], tables, ctx.doc.original_language) is None
                and not is_pinyin_phrase(found["quoted"].split(), tables.is_english)):
            return False  # (in pinyin, no table's: `"Yindu daiban" [Indian chargé d'affaires]`)
    bare = [word.strip(",.;:!?()“”\"") for word in words]
    # (a compound's parts each English's: `counter-revolutionaries`)
    foreign = sum(not all(tables.is_english(part) for part in word.lower().split("-") if part)
                  for word in bare if word)
    return foreign <= _WORDS_OF_NO_ENGLISH * len(bare)


def _quotes_the_original(node: object) -> bool:
    """Whether `node` is a quotation, or words in italics, of another language, as the word
    rules read them (`“¡paredón!”`, `*política externa independente*`)."""
    return (isinstance(node, Intervention) and node.tag in ("q", "hi")
            and len(node.children) == 1
            and isinstance(node.children[0], Intervention) and node.children[0].tag == "foreign")


# The most words of the text before the bracket that it may repeat, and the fewest it adds.
_REPEATED_WORDS = 3
_ADDED_WORDS = 2
# The longest word of grammar, which said again tells nothing (`the [the …]`).
_SHORT_WORD = 3


def repeats_the_words_before(ctx: BracketContext, words: list[str]) -> bool:
    """`the delegations of the sixteen [the sixteen states that sent troops to Korea …]`: the
    bracket opens on the words just before it, then says what they mean (supplied words go
    on with the sentence, never saying again what it said)."""
    # (as printed, capitals and all: `the radio [Radio Republik Indonesia]` names the station)
    before = ctx.before_and_quotation.split()[-_REPEATED_WORDS:]
    said = [word.strip(",.;:") for word in words]
    if not said or not said[0][:1].islower():
        return False  # (a name named again in full: `the Bac Bo Gulf [Gulf of Tonkin]`)
    for count in range(min(_REPEATED_WORDS, len(before)), 0, -1):
        if (before[-count:] == said[:count] and len(said) >= count + _ADDED_WORDS
                and any(len(word) > _SHORT_WORD for word in said[:count])):
            return True
    return False


# The fewest words of a description after a name given in full.
_DESCRIBED_WORDS = 3


def names_it_in_full_and_says_what_it_is(ctx: BracketContext, words: list[str]) -> bool:
    """`the Sangkum [Sangkum Reastr Niyum, the People's Socialist Community, Sihanouk's
    political movement]`: the name before the bracket, given in full, then after a comma what
    it is: a gloss (not supplied words: the sentence reads whole without it)."""
    before = ctx.before_and_quotation.split()
    if not before or not words or ctx.glued_before:
        return False
    name = before[-1].strip(",.;:")
    if not name[:1].isupper() or "," not in ctx.plain:
        return False
    # (a man's name given in full ends on the name printed: `Marshal Malinovsky [R. Ya.
    # Malinovsky, commander of the Transbaikal Front]`)
    full = ctx.plain.split(",", 1)[0].split()
    if full[0] != name and not (len(full) <= _FULL_NAME_WORDS and full[-1] == name):
        return False
    described = ctx.plain.split(",", 1)[1].split()
    return len(described) >= _DESCRIBED_WORDS and full[-1] != full[-1].upper()


# The most words of a man's name given in full (`R. Ya. Malinovsky`, `Hoang Van Hoan`).
_FULL_NAME_WORDS = 4
# A word in lower case right after the bracket.
_LOWER_CASE_WORD_AFTER = LazyPattern(r"\s+(?P<word>[a-z]+)")


# The kinds of place a bracket completes names with (`Henan [province]`).
_PLACES_KINDS = frozenset("province provinces region regions county counties district districts "
                          "prefecture prefectures river rivers island islands city cities "
                          "village villages".split())


def translates_the_capitalised_term(ctx: BracketContext, words: list[str]) -> bool:
    """`the idea of Juche [self-reliance]`, `Reinschriftenprotokoll [fair copy of the
    minutes] No. 31/63`: a capitalised word no English has, inside the sentence, then its
    meaning in English words in lower case; not a word or two going on with a man's name
    (`Shtykov [personally]`, `Zhou [had said]`, `Kim [and Pak]`)."""
    if not words[0][:1].islower() or ctx.glued_before or ctx.after_quotation:
        return False
    found = LAST_WORD.search(ctx.before[-60:])
    if found is None or not found["word"][:1].isupper():
        return False
    tables = ctx.doc.words
    term = found["word"]
    preceding = ctx.before[: len(ctx.before) - len(found.group())].rstrip()
    if not preceding or preceding[-1] in ".!?:" or tables.is_english(term.lower()):
        return False  # (a sentence's first word tells nothing by its capital)
    if preceding.rsplit(None, 1)[-1][:1].isupper():
        return False  # (a name's last word: `Peng Dehuai [signed it]`, `Comrade Kim […]`)
    first = words[0].lower()
    if first in CONTINUING or tables.zipf(first) >= FUNCTION_ZIPF or (
            len(words) == 1 and (tables.is_everyday(first) or term.isupper())):
        # (after an acronym, a word alone goes on with the sentence: `the DPRK [drove]`; two
        # say what it stands for: `ZRK [surface-to-air missile complexes]`)
        return False
    after = _LOWER_CASE_WORD_AFTER.match(ctx.after_start(20))
    if len(words) == 1 and after is not None and tables.zipf(after["word"]) < FUNCTION_ZIPF:
        # `the Ågesta [heavy-water] reactor`: a word the noun phrase goes on with (not the
        # verb after it: `The term Juche [self-reliance] is used …`)
        return False
    if len(words) == 1 and first in _PLACES_KINDS:
        return False  # `Hebei and Henan [provinces]`: the places' kind, completing their names
    if term.isupper() and any(word in PREPOSITIONS for word in words):
        # (what an acronym stands for is a name's words: `ZRK [surface-to-air missile
        # complexes]`; with a preposition they go on with the sentence, `the KPA [free of
        # charge]`)
        return False
    # (every letter in lower case: `Sharm [el-Sheikh]` completes a name; a list of meanings
    # keeps its commas, `Nekolim [neo-colonialism, colonialism and imperialism]`)
    return all(word == word.lower() for word in words) and all(
        tables.is_english(part) for word in words
        for part in bare(word.rstrip(",;")).lower().split("-") if part)


# What a body or a gathering is, as its short name ends (`Tricontinental Conference`).
_KINDS_OF_BODY = ORGANISATION_WORDS | frozenset(
    "conference meeting summit session treaty pact plan agreement programme program".split())
# A long name's capitalised words ending the text before the bracket, with the short words
# and commas that join them (`Conference of the Peoples of Asia, Africa and Latin America `).
_LONG_NAME_BEFORE = LazyPattern(r"(?:[A-Z][\w’'-]*,?\s+(?:(?:of|the|and|for|on|in)\s+)*){4,}$")
_SHORT_NAME_WORDS = 4


def gives_its_short_name(ctx: BracketContext, words: list[str]) -> bool:
    """`The First Solidarity Conference of the Peoples of Asia, Africa and Latin America
    [Tricontinental Conference]`: after a body's or a gathering's long name, the short name it
    goes by, capitalised and ending on the same kind (not the long name's last words renamed:
    `Latin America` is no conference)."""
    if not 2 <= len(words) <= _SHORT_NAME_WORDS or not all(w[:1].isupper() for w in words):
        return False
    kind = words[-1].lower().strip(".,")
    if kind not in _KINDS_OF_BODY:
        return False
    found = _LONG_NAME_BEFORE.search(ctx.before[-120:])
    if found is None:
        return False
    named = [word.strip(",").lower() for word in found.group().split()]
    return kind in named and not all(w.lower() in named for w in words[:-1])


# The fewest words of a description opening on its article.
_DESCRIPTION_WORDS = 3
# A word that opens a sentence, capitalised as any word there is.
_OPENS_SENTENCE = LazyPattern(r"(?:^|[.!?:;]\s+|\n\s*)[^\s.!?:;]+\s+$")
# The words that end an address or a title rather than a name (`Comrade [the …]`).
_NO_NAME_END = frozenset("comrade comrades cde cdes mr mrs dr the a an".split())
# A year after `of` (`the well-known events of 1956`).
_EVENTS_OF_YEAR = LazyPattern(r"\bof\s+(?:19|20)\d\d\s*$")
# The words of a time supplied after a name (`Kim [a week ago]`), which says when, not who.
_TIME_WORDS = frozenset("ago day days week weeks month months year years morning evening night "
                        "yesterday today tomorrow later earlier before after".split())
# A clause opening on a place, then the bracket (`In Moscow [the talks with the Soviet side]
# went`): what happened there, supplied as the clause's subject.
_PLACE_OPENING = LazyPattern(r"(?<![\w’'-])(?:In|At|From|After|Before|During|On|By)\s+"
                             r"(?:[A-Z][\w’'-]*\s+){1,3}$")


_POSSESSOR = LazyPattern(r"[A-Z][\w-]*['’]s")


def _whose(words: list[str]) -> bool:
    """`Chairman Mao's residence`: whose the thing is, a name's possessive, then the thing in
    lower case."""
    owner = next((at for at, word in enumerate(words) if _POSSESSOR.fullmatch(word)), None)
    return (owner is not None and 0 < owner < len(words) - 1
            and all(word[:1].isupper() for word in words[:owner])
            and all(word[:1].islower() for word in words[owner + 1:]))


def describes_what_was_named(ctx: BracketContext, words: list[str]) -> bool:
    """`the events in Poland [the Eighth Plenum of the Central Committee …]`, `the well-known
    events of 1956 [the August 1956 plenum of the KWP CC …]`, `Swimming Pool [Chairman Mao's
    residence]`: after a name, a year or a quoted term, a phrase that opens on its article (or
    on whose the thing is) and says what was meant (the sentence reads whole
    without it); not words that go on with the sentence (`[the importance of]`)."""
    if (len(words) < _DESCRIPTION_WORDS or not (words[0] in ARTICLES or _whose(words))
            or words[-1].strip(",.;:") in CONTINUING or words[-1] in ARTICLES
            or ctx.glued_before or any(word.strip(",.;:") in _TIME_WORDS for word in words)):
        return False
    if ctx.after_quotation:
        return True
    last = LAST_WORD.search(ctx.before[-60:])
    if last is None:
        # (`the events of 1956 [the …]`; not a date opening the clause, `On 17 March 1959
        # [the Dalai Lama] left`, the bracket its subject)
        return _EVENTS_OF_YEAR.search(ctx.before[-40:]) is not None
    word = last["word"]
    # (an acronym's bracket is the acronym rules' to read: `the USSR [the largest country]`;
    # a month ends a date: `On 17 March [the Dalai Lama] left`)
    return (word[:1].isupper() and not word.isupper() and bare(word).lower() not in _NO_NAME_END
            and word.lower() not in ENGLISH_MONTHS
            and bare(word).lower() not in CONTINUING
            and _OPENS_SENTENCE.search(ctx.before[-80:]) is None
            and _PLACE_OPENING.search(ctx.before[-80:]) is None)


# The words before a bracket that may make its syllabic acronym: two to five.
_SPELLED_OUT = LazyPattern(r"(?:[^\W\d_][\w’'-]*\s+){2,5}$")
_SYLLABIC_ACRONYM_LETTERS = 4


def abbreviates_by_syllables(ctx: BracketContext, words: list[str]) -> bool:
    """`the old established forces [OLDEFO]`, `the new emerging forces [NEFO]`: an acronym of
    four letters or more made of the beginnings of the words just before it, a syllable of
    some (`Korean Workers' Party [KWP]`, of their initials, is `_abbreviates`')."""
    if (len(words) != 1 or not ACRONYM.fullmatch(ctx.plain)
            or len(ctx.plain) < _SYLLABIC_ACRONYM_LETTERS):
        return False
    found = _SPELLED_OUT.search(ctx.before[-80:])
    if found is None:
        return False
    before = found.group().split()
    return any(syllabic_acronym(before[start:], ctx.plain) for start in range(len(before) - 1))


# What the words before name, then a clause on it after a comma (`Korean Air flight 858, which
# exploded over the Andaman Sea on 29 November 1987`).
_NAMED_THEN_CLAUSE = LazyPattern(r"[A-Z][^,;]{2,60},\s+(?:which|who|whose|where|when)\s+\S.{10,}")


def names_it_and_says_more(ctx: BracketContext, words: list[str]) -> bool:
    """`the whole affair with the airplane [Korean Air flight 858, which exploded over the
    Andaman Sea …]`: after a noun, what it names, then a clause telling more of it: the
    translator's remark, no words the sentence needs."""
    del words
    if ctx.glued_before or _NAMED_THEN_CLAUSE.fullmatch(ctx.plain.strip()) is None:
        return False
    before = LAST_WORD.search(ctx.before[-40:])
    return before is not None and before["word"].islower()
