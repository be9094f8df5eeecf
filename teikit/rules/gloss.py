"""Glosses: a bracket that explains the term before it rather than continuing the sentence.

- `Minfar’s [Ministry of the Revolutionary Armed Forces’]`: an expansion or explanation;
- `KGB [State Security Committee]`, `CC [Central Committee]`: after an acronym, what it stands
  for (ENCODING.md: a gloss, not `choice(abbr, expan)`, which the `expansion` rule writes for
  profiles that want it);
- `Korean Workers' Party [KWP]`: after a name, the acronym it is known by; `[People's
  Republic of China] PRC`: before an acronym, what it stands for;
- `oficio [official letter]`, `kolkhozy [collective farms]`: a translation of the foreign
  word before it; `Renmin Ribao [People's Daily]`: of the foreign title before it;
- `23.10. [October 23]`: the date before it, in words; `1400 hours [two o’clock p.m.]`: the
  time; `7 November [October Revolution]`: the event it is the day of; `National Day [8
  September]`: the day of the event before it.
A gloss is not a supplied word: the sentence reads whole without it.
"""

from __future__ import annotations

import dataclasses
import re

from teikit.conventions import Convention
from teikit.date_patterns import CLOCK_TIME
from teikit.dates import DAY_PATTERN, MONTH_WORD_PATTERN, find_dates
from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention, Text
from teikit.offices import COURTESY_TITLES, ORGANISATION_WORDS, PERSON_TITLES
from teikit.rules.base import BracketContext, Match, Rule
from teikit.rules.citation import cites_a_reference
from teikit.rules.editorial_note import REMARK_ATTRS, REMARK_FORM
from teikit.rules.expansion import initials
from teikit.rules.lexicon import (
    ACRONYM,
    ARTICLES,
    KNOWN,
    LETTERS,
    MODEL,
    NO_PEOPLES,
    PREPOSITIONS,
    is_country,
    is_nationality,
)
from teikit.rules.names import PLACE_PREPOSITIONS, ends_with_title, renames_the_place, respelled
from teikit.rules.number_words import number_in_words
from teikit.rules.original_wording import BODY_KIND
from teikit.rules.phrase_language import language_at_home
from teikit.rules.term_meaning import (
    CONTINUING,
    FUNCTION_ZIPF,
    LAST_WORD,
    abbreviates_by_syllables,
    bare,
    describes_what_was_named,
    explains_the_foreign_term,
    explains_the_quoted_term,
    gives_its_short_name,
    italic_term_before,
    names_it_and_says_more,
    names_it_in_full_and_says_what_it_is,
    names_the_term_then_its_meaning,
    repeats_the_words_before,
    translates_the_capitalised_term,
    translates_the_italic_term,
    translates_the_quotation,
)
from teikit.rules.word_tables import WordTables, original_first, share_of

_FUNCTION_WORD = re.compile(r"\b(?:of|the|and|for|on|in|to)\b")
# The capitalised words before a bracket, with the short words that join them.
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|the|and|for|on|in|to|de)\s+)*)+$")
# (a party's acronym may end on its faction's letter: `VKP(b)`, `CP(b)U`)
# (its capitals may carry a diacritic: `ČTK [Czechoslovak Press Agency]`)
# (its letters may be stopped, three or more: `K.L.M. [Royal Dutch Airlines]`; two are a
# person's initials: `M.S. [Gorbachev]`)
# (a Russian acronym may end on a small letter: `PPSh [the Shpagin submachine gun]`)
# (a telegraphic address runs to eight: `NERECODI [Dutch Government Code Service, The Hague]`)
# (an office's code may have its section's letter or figure after it: `CAB S. [Cabinet
# Secretary]`, `POL I [Political Department]`)
# (it may be quoted, the term the text names: `NOTICE ON “OS” [Environmental Conditions]`,
# `the liquidation of “socialist PRH” [People's Republic of Hungary]`)
# (a transliterated Russian one spells a letter with two: `KChZhD [Chinese Changchun
# Railway]`; a Cuban enterprise's runs to ten letters: `CUBAFRUTAS [Cuban Fruit Export …]`)
_AFTER_ACRONYM = re.compile(r"(?<![\w.-])(?:(?=[^\W\d_]{2,10}\b)"
                            r"(?:[CKSZ]h|Ts|(?![a-z])[^\W\d_]){2,10}"
                            r"(?:(?<=[A-Z]{3})[a-z])?"
                            r"(?:\([a-z]\)[A-Z]{0,2})?(?:['’]s)?|(?:[A-Z]\.){3,6})"
                            r"(?:\s(?:[A-Z]\.?|[IVXL]{1,6}|\d))?(?=[”\"»]?\s+$)")


# How far before the bracket an acronym or a contraction is looked for.
_ACRONYM_REACH = 20


def _text_before(ctx: BracketContext) -> str:
    """The text before the bracket as far as an acronym reaches, a quotation just before it
    included (`NOTICE ON “OS” [Environmental Conditions]`: the quotation is a node by then,
    outside `before`)."""
    return ctx.before_and_quotation[-_ACRONYM_REACH:]


def _acronym_before(ctx: BracketContext) -> re.Match[str] | None:
    return _acronym_ending(_text_before(ctx))


def _acronym_ending(text: str) -> re.Match[str] | None:
    """The acronym `text` ends on; no word with a lower-case letter outside ASCII, which the
    pattern's `[a-z]` does not exclude (`Coong Lê`: a Vietnamese name's syllable)."""
    found = _AFTER_ACRONYM.search(text)
    if found is None or any(c.islower() and not c.isascii() for c in found.group()):
        return None
    return found


# The words in capitals an acronym ends: `CCP CC`, `PAK HEON-YEONG`.
_CAPITALS_BEFORE = LazyPattern(r"(?:[A-Z][A-Z’'-]*\s+)+$")
# Capitalised words that end the text before a bracket, the space after them included.
# (its words after the first may be in lower case, as a transliteration prints them: `Renmin
# ribao`)
_TITLE_BEFORE = LazyPattern(r"(?<![\w’'-])[A-Z][\w’'-]*\s+(?:[A-Za-z][\w’'-]*\s+){0,3}$")
# (the word in its quotation marks: `the “dazibao” [big-character posters]`)
_QUOTED_LAST_WORD = re.compile(r"[“\"«‘](?P<word>[^\W\d_][\w’'-]*)[”\"»’]\s+$")

CONVENTION = Convention(
    "gloss", "Abbrev. [Expansion of the Abbreviation], oficio [official letter]",
    "note[@type='editorial'][@place='inline']",
    "Expansions, explanations and translations the translator added after a word.",
    summary="editorial_note", forms=(REMARK_FORM,),
)


def _explains(ctx: BracketContext, words: list[str]) -> bool:
    """`Minfar’s [Ministry of the …]`: a capitalised phrase of several words after a
    capitalised word, the term it explains (after `that`, an office supplied: `that [DPRK
    Minister of Construction] Kim`)."""
    if len(words) > 3 and words[0] == "the":
        words = words[1:]  # `Narkomvneshtorg [the People's Commissariat of Foreign Trade]`
    if not (len(words) >= 3 and words[0][:1].isupper() and _FUNCTION_WORD.search(ctx.plain)):
        return False
    if not all(word[:1].isupper() or _FUNCTION_WORD.fullmatch(word) for word in words):
        return False  # `Moscow [Kim and Pak can travel] by train`: a clause supplied, no name
    if _repeats_the_name(ctx, words) or renames_the_place(ctx.before[-60:], ctx.plain):
        # `Trinidad-Tobago [Trinidad and Tobago]`, `the Bac Bo Gulf [Gulf of Tonkin]`: the
        # name in standard form
        return False
    term = LAST_WORD.search(ctx.before[-60:])
    # (after a title, the office supplied between it and the name: `Comrade [General Secretary
    # of the Korean Workers’ Party] Kim Il Sung`)
    # (an instruction's verb opening the sentence is no term: `Inform [Cuban Minister of
    # Foreign Trade Alberto] Mora`, an office and a given name supplied)
    return (term is not None and term["word"][:1].isupper() and not ends_with_title(ctx.before)
            and not (ctx.doc.words.is_english(term["word"].lower())
                     and ctx.capital_after()))


def _repeats_the_name(ctx: BracketContext, words: list[str]) -> bool:
    """Whether the bracket's capitalised words are all the name's just before it, written
    otherwise (`Trinidad-Tobago [Trinidad and Tobago]`)."""
    named = [word for word in words if word[:1].isupper()]
    printed = set(re.split(r"[\s-]+", ctx.before[-60:].strip())[-len(named) - 1:])
    return bool(named) and all(word in printed for word in named)


# Who says the words around the bracket, as the translator supplies it (`[Pak stated]`, `[he
# added]`): a clause, no name spelt out.
_SAYS = LazyPattern(r"\b(?:said|says|stated|states|added|adds|noted|notes|replied|replies|"
                    r"asked|asks|answered|answers|continued|explained|remarked|declared|"
                    r"emphasi[sz]ed|stressed)$")


def _spells_out(ctx: BracketContext, words: list[str]) -> bool:
    """`KGB [State Security Committee]`, `LCY [the League of the Communists of Yugoslavia]`:
    English words, capitalised (an article before them), after an acronym; after several
    words in capitals, only what they abbreviate (`CCP CC [Chinese Communist Party
    Central Committee]`, not `PAK HEON-YEONG [Pak Hon Yong]`, a name in capitals, nor `CKS
    [Jiang Jieshi]`, the man the initials stand for)."""
    if len(words) > 2 and words[0] == "the":
        words = words[1:]  # `MID [the Soviet Foreign Ministry]`: the name with its article
    if len(words) == 1:
        return _contracts(_text_before(ctx), words[0])
    expansion = " ".join(words)
    original, dash, english = expansion.partition(" – ")
    if dash and original and english[:1].isupper():
        # `DSIP [Državni sekretarijat za inostrane poslove – State Secretariat for Foreign
        # Affairs]`: the name in its own language, then in English; the English is asked
        words, expansion = english.split(), english
    acronym = _acronym_before(ctx)
    if not (len(words) >= 2 and words[0][:1].isupper() and not expansion.isupper()
            and acronym is not None):
        return False
    if _SAYS.search(expansion) is not None:
        return False  # `the GDR [Pak stated], the People’s Republic …`: who said it, supplied
    if "." in acronym.group():
        # Stopped letters are no name in capitals: the words need only be English (`K.L.M.
        # [Royal Dutch Airlines]`), one of them everyday where the initials are theirs (`S.A.S.
        # [Scandinavian Airlines System]`, not `P.C.O. [Pablo Campos Ortiz]`, a man's).
        words_of = ctx.doc.words
        if initials(expansion) == acronym.group().replace(".", "").strip():
            return words_of.everyday_share(expansion) > 0
        return words_of.english_share(expansion) >= 0.5
    if (ctx.doc.words.everyday_share(expansion) < 0.5
            and _MARKING_WORDS.search(expansion) is None
            and words[-1].lower() not in ORGANISATION_WORDS
            and words[-1].lower() not in _UNDERTAKINGS
            and not _names_its_body(expansion, acronym.group().strip())
            and not any(word[:1].islower() and len(word) > 3 for word in words)):
        # (a body's name is no man's: `ČSA [Czechoslovak Airlines]`; nor is a thing described
        # in words of its own, a name among them: `PPSh [the Shpagin submachine gun]`)
        return False
    run = _CAPITALS_BEFORE.search(ctx.before[-80:])
    # (a department's number after its letters is the expansion's too: `HA XVIII [Main
    # Department XVIII]`)
    capitals = [word for word in run.group().split() if word not in words] if run else []
    # (the letters in any order: `CC CPC [Chinese Communist Party Central Committee]`, the
    # body's words in English order)
    return len(capitals) < 2 or sorted(initials(expansion)) == sorted(
        "".join(capitals).replace("-", ""))


# A marking's words: what an acronym of a classification stands for (`VVS [Confidential
# Classified Matter]`), no man's name.
_MARKING_WORDS = LazyPattern(r"(?i)\b(?:secret|confidential|classified|restricted)\b")
# The words an undertaking's name ends on (`Chinese Changchun Railway`, `Cuban Fruit Export
# Enterprise`): a thing an acronym names, no man.
_UNDERTAKINGS = frozenset("railway railways enterprise enterprises combine factory works plant "
                          "trust cooperative shipyard mine mines fleet line lines".split())


def _names_its_body(expansion: str, acronym: str) -> bool:
    """A body's name in its own language, the acronym its words' initials; or a company's,
    its form after it, the acronym made of its syllables (`NUCLEBRÁS [Empresas Nucleares
    Brasileiras S.A.]`)."""
    return len(acronym) >= 3 and (
        (initials(expansion) == acronym and BODY_KIND.search(expansion) is not None)
        or _COMPANY_FORM.search(expansion) is not None)


# The form a company's name ends on (`S.A.`, `GmbH`, `N.V.`).
_COMPANY_FORM = LazyPattern(r"\s(?:S\.\s?A\.|S\.p\.A\.|S\.A\.R\.L\.|GmbH|AG|A\.G\.|Ltda?\.|N\.V\.|"
                            r"B\.V\.|Inc\.|Corp\.|Co\.|K\.K\.|Oy|AB)$")


_POSSESSIVE = re.compile(r"['’]s$")
# The words that end the text before a bracket, the space after them.
_WORDS_BEFORE = LazyPattern(r"(?:[^\W\d_][\w’'-]*\s+){2,}$")


def _initials_before(before: str, acronym: str) -> bool:
    """Whether the last words before the bracket, from a capitalised one and two of them
    capitalised, are those the acronym's letters begin (words of grammar between them left
    out, as `initials` does): `The Korean Workers' Party [KWP]`, `Chinese Communist party
    [CCP]`."""
    found = _WORDS_BEFORE.search(before)
    if found is None:
        return False
    tokens = found.group().split()
    for start in range(len(tokens) - 1):
        named = tokens[start:]
        if (named[0][:1].isupper() and sum(t[:1].isupper() for t in named) >= 2
                and initials(" ".join(named)) == acronym):
            return True
    return False


# A word contracted to its consonants, capitalised (`Rbl`, `Mln`): no word of its own.
_CONTRACTION = LazyPattern(r"(?<![\w.’'-])[A-Z][b-df-hj-np-tv-xz]{1,3}\.?\s+$")


def _contracts(before: str, word: str) -> bool:
    """`PB [Politburo]`, `Rbl [Rubles]`: an acronym or a contraction made from the one word in
    the bracket (its letters in order in the word, the first first)."""
    found = _acronym_ending(before) or _CONTRACTION.search(before)
    if found is None or not word[:1].isupper() or word.isupper():
        return False
    if found.group().strip(" .").lower() in COURTESY_TITLES:
        return False  # `Mr. [Myer] Feldman`: the given name after the title, supplied
    run = _CAPITALS_BEFORE.search(before)
    if run is not None and len(run.group().split()) > 1:
        return False  # `FYN SI [Stalin]`: a name in capitals, the man it stands for
    letters = _POSSESSIVE.sub("", found.group().strip())
    rest = iter(word.lower())
    return letters[0].lower() == word[0].lower() and all(
        letter in rest for letter in letters.lower() if letter.isalpha())


def _says_whose(ctx: BracketContext, words: list[str]) -> bool:
    """`the U.A.R. [Egyptian] Ambassador`, `the USSR [Soviet] delegation`: the nationality an
    acronym stands for, which the sentence does not need; so after a nationality named
    otherwise (`The Kampuchean [Cambodian] forces`)."""
    if len(words) != 1 or not is_nationality(words[0].lower()):
        return False
    if _acronym_before(ctx) is not None:
        return True
    before = LAST_WORD.search(ctx.before[-40:])
    if before is None or ctx.glued_before or not before["word"][:1].isupper():
        return False
    # (a people named otherwise, not the same word again nor a direction: `the North [Korean]
    # side` has the rest of the name supplied)
    people = before["word"].lower()
    return people != words[0].lower() and people not in NO_PEOPLES and is_nationality(people)


# States by the acronyms the documents print for them, with the names those stand for.
_STATES = {
    "USSR": ("Soviet Union",), "CSSR": ("Czechoslovakia",), "ČSSR": ("Czechoslovakia",),
    "GDR": ("Germany", "East Germany"), "DDR": ("Germany", "East Germany"),
    "FRG": ("Germany", "West Germany"), "BRD": ("Germany", "West Germany"),
    "PRC": ("China",), "DPRK": ("Korea", "North Korea"), "ROK": ("Korea", "South Korea"),
    "UAR": ("Egypt", "Syria"), "SFRY": ("Yugoslavia",), "SFRJ": ("Yugoslavia",),
    "PRL": ("Poland",), "MPR": ("Mongolia",), "DRV": ("Vietnam", "North Vietnam"),
    "DRVN": ("Vietnam", "North Vietnam"), "NRB": ("Bulgaria",), "PRB": ("Bulgaria",),
    "HPR": ("Hungary",), "VNR": ("Hungary",), "SRR": ("Romania",), "RSR": ("Romania",),
    "PRA": ("Albania",), "USA": ("United States", "America"),
}
# The state's acronym first in a bracket, what follows it the state's name or a remark.
_STATE_FIRST = LazyPattern(r"(?P<acronym>[A-ZČ]{3,4})(?:\s*[;,]\s*(?P<name>.+))?")


def _names_the_state(ctx: BracketContext, words: list[str]) -> bool:
    """`Czechoslovakia [CSSR]`, `United Arab Republic [UAR; Egypt]`: a state's acronym after
    its name (a country, no man's name to regularise); the other way round, `UAR [Egypt]`,
    the state's letters are given as the name it goes by, a name regularised."""
    del words
    before = ctx.before.rstrip()
    found = _STATE_FIRST.fullmatch(ctx.plain.strip())
    if found is not None and found["acronym"] in _STATES:
        names = _STATES[found["acronym"]]
        if found["name"] is not None:  # `[UAR; Egypt]` after the republic's name
            return (found["name"].strip(" .") in names
                    and _initials_before(ctx.before[-80:], found["acronym"]))
        return before.endswith(names)
    return False


def _abbreviates(ctx: BracketContext, words: list[str]) -> bool:
    """`Korean Workers' Party [KWP]`: an acronym whose letters begin the words before it
    (`Chinese Communist party [CCP]`: the last in lower case, as translators write a party);
    `Presidential Regulation No. 10 [PP-10]`: with the number the name ends on."""
    numbered = _NUMBERED_ACRONYM.fullmatch(ctx.plain)
    if numbered is not None:
        name = _NAME_NUMBERED.search(ctx.before[-160:])
        # (its letters may be the original's initials: `PP`, Peraturan Presiden)
        return (name is not None and name["number"] == numbered["number"]
                and numbered["acronym"][0] in _capitals(name["name"]))
    if len(words) != 1 or not ACRONYM.fullmatch(ctx.plain):
        return False
    if _initials_before(ctx.before[-160:], ctx.plain):
        return True
    name = _NAME_BEFORE.search(ctx.before[-160:])
    if name is None:
        return False
    tokens = name.group().split()
    # `People's Republic of Poland [PRL]`: the acronym of the name in its own language, whose
    # initials are in another order; two of its letters begin words of a name of three or more
    # (not in a text in capitals, where a name in capitals has an acronym's shape: `COMRADE
    # FILIPPOV [STALIN]`)
    capitals = [token[0] for token in tokens if token[:1].isupper()]
    if all(token.isupper() for token in tokens if token[:1].isupper()):
        return False
    return (len(capitals) >= _NAMED_WORDS and ctx.plain[0] in capitals
            and sum(letter in capitals for letter in ctx.plain) >= 2)


_NAMED_WORDS = 3
def _capitals(name: str) -> str:
    """The first letters of a name's capitalised words, after the last word in lower case
    (words of grammar between them left out)."""
    named = []
    for word in reversed(name.split()):
        if not word[:1].isupper() and word not in _FUNCTION_WORDS:
            break
        named.append(word)
    return "".join(word[0] for word in named if word[:1].isupper())


# An acronym with a number (`PP-10`), and the name before it ending on the number, after its
# sign (`Presidential Regulation No. 10 `).
_NUMBERED_ACRONYM = LazyPattern(r"(?P<acronym>[A-Z]{2,6})[- ](?P<number>\d{1,4})")
_NAME_NUMBERED = LazyPattern(r"(?P<name>(?:[^\W\d_][\w’'-]*\s+){2,})(?:No\.|Nr\.|N[º°]|number)\s*"
                             r"(?P<number>\d{1,4})\s+$")


# The words in lower case before an acronym (`the multilateral force [MLF]`, `the people's
# communes [PC]`), the space after them included.
_PHRASE_BEFORE = LazyPattern(r"(?:[a-z][\w’'-]*\s+){2,5}$")


def _abbreviates_phrase(ctx: BracketContext, words: list[str]) -> bool:
    """`multilateral force [MLF]`: an acronym of three letters or more after words in lower
    case whose letters spell it in order, the first word's first letter its first and the last
    word's first letter its last (a word may give two: `multi-lateral`)."""
    if len(words) != 1 or not ACRONYM.fullmatch(ctx.plain) or len(ctx.plain) < 3:
        return False
    found = _PHRASE_BEFORE.search(ctx.before[-80:])
    if found is None:
        return False
    tokens = found.group().split()
    letters = ctx.plain.lower()
    for start in range(len(tokens) - 1):
        phrase = tokens[start:]
        if phrase[0][0] != letters[0] or phrase[-1][0] != letters[-1]:
            continue
        rest = iter("".join(phrase[:-1])[1:])
        if all(letter in rest for letter in letters[1:-1]):
            return True
    return False


_ACRONYM_AFTER = LazyPattern(r"^\s+(?P<acronym>[A-Z]{2,6})(?![\w-])")


def _expands_next(ctx: BracketContext, words: list[str]) -> bool:
    """`[People’s Republic of China] PRC Ambassador`: the name an acronym after the bracket
    stands for, its words' initials the acronym's letters (the translator's expansion, the
    acronym printed)."""
    found = _ACRONYM_AFTER.match(ctx.after[:12])
    return (found is not None and len(words) >= 2 and words[0][:1].isupper()
            and initials(ctx.plain) == found["acronym"])


def _translates(ctx: BracketContext, words: list[str]) -> bool:
    """`oficio [official letter]`: English words in lower case after a word in lower case
    that is not English (in its quotation marks too: `“dazibao” [big-character posters]`);
    `utrikesministeriet [Ministry for Foreign Affairs]`: the English name of the body the
    word is, its words capitalised (a name no one is called by: every word English)."""
    if _opens_a_hands_note(ctx):
        # `[handwritten: Láttam [I have seen it]. K. J.]`, `Ciente [Noted]`: the hand's word in
        # its language, capitalised as its note begins, then its English
        return (not ctx.doc.words.is_english(ctx.before.strip().lower())
                and all(ctx.doc.words.is_english(bare(word).lower()) for word in words))
    named = not words[0][:1].islower()
    if named and (len(words) < 2 or not all(
            word[:1].isupper() or word in _FUNCTION_WORDS for word in words)):
        return False  # (asked first: most brackets begin with a capital, or none is before)
    before = (_QUOTED_LAST_WORD.search(ctx.source_before[-60:]) if ctx.after_quotation
              else LAST_WORD.search(ctx.before[-60:]))
    if before is None or not before["word"][:1].islower():
        return False
    tables = ctx.doc.words
    printed = before["word"].rstrip("’'")
    # (English's words, or words its table knows, however rarely, after one it does not:
    # `the local arats [herdsmen]`)
    if _share_in_lower_case(ctx.plain, tables) < 0.5 and not (
            tables.zipf(printed) == 0 and all(_zipf_as_printed(word, tables) >= KNOWN
                                              for word in words)):
        return False
    if named and not all(tables.is_english(bare(word)) for word in words
                         if word not in _FUNCTION_WORDS):
        return False
    zipf = tables.zipf
    # (a possessive is no word of grammar, however common its noun: `the inminban [people's
    # groups]`)
    if not named and zipf(words[0]) >= FUNCTION_ZIPF and not _POSSESSIVE.search(words[0]) and not (
            words[0] in _INDEFINITE and len(words) >= _DESCRIPTION_WORDS) and not (
            # (a quoted term's meaning, its article first: `the "paredón" [the wall]`)
            ctx.after_quotation and words[0] in ARTICLES and len(words) >= 2):
        # `kolkhozy [were]`, `the vice-president [of Somalia]`: words supplied for the
        # grammar, where a translation would give the word's meaning (not `the zud [a winter
        # disaster with heavy snow and frost]`: what the thing is, described)
        return False
    word = printed  # (`the experts' [in-country] treatment`)
    # (the word before no more common in English than the bracket's words are: `ran aground
    # [sela na mel']` gives the original's words for an English one, rare as it is)
    return word[:1].islower() and not all(
        _english_in_lower_case(part, tables) for part in word.split("-")) and (
        tables.zipf(word) < _commonness(words, tables))


def _commonness(words: list[str], tables: WordTables) -> float:
    """How common in English a bracket's words are, on average: its words of letters (figures
    tell nothing)."""
    values = [_zipf_as_printed(word, tables) for word in words
              if bare(word).replace("-", "").isalpha()]
    return sum(values) / len(values) if values else 0.0


def _zipf_as_printed(word: str, tables: WordTables) -> float:
    """How common in English a word is as printed, a compound by its rarer part
    (`self-reliance`); a soft sign's apostrophe is the word's own (`mel'` is no English
    `mel`)."""
    printed = word.strip(".,;:!?()\"“”").lower()
    return tables.zipf(printed) or min(
        (tables.zipf(part) for part in printed.split("-") if part), default=0.0)


# A hand's label opening its note, the colon inside its bracket or after it.
_HAND_NOTE_OPENING = LazyPattern(r"(?i)\[\s*(?:hand-?written|in handwriting|written by hand|"
                                 r"by hand)[^\[\]:]{0,50}(?::\s*|\]\s*:?\s*)$")


def _opens_a_hands_note(ctx: BracketContext) -> bool:
    """Whether the one word before the bracket opens a hand's note (`[handwritten: Láttam`)."""
    word = ctx.before.strip()
    source = ctx.source_before.rstrip()
    if not word.isalpha() or not source.endswith(word):
        return False
    return _HAND_NOTE_OPENING.search(source[: len(source) - len(word)]) is not None


# English's words of two letters or one, in lower case: the tables count others (`ri`, `li`)
# for the acronyms and syllables they write in capitals.
_SHORT_ENGLISH = frozenset("a i am an as at be by do go he if in is it me my no of oh on or ok "
                           "so to up us we".split())


def _share_in_lower_case(text: str, tables: WordTables) -> float:
    """The share of the words of `text` that are English's, a word in lower case of one or two
    letters only if English writes it so (`in three echelons [v tri eshelona]`: the Russian
    `v` is the letter English's table counts)."""
    return share_of(text, lambda word: _english_in_lower_case(word, tables) if word.islower()
                    else tables.is_english(word))


def _english_in_lower_case(word: str, tables: WordTables) -> bool:
    """Whether `word`, printed in lower case, is English's (`the ri [village] committees`: a
    Korean word)."""
    return word in _SHORT_ENGLISH if len(word) <= 2 else tables.is_english(word)


# The article that opens a description of what a word is, and the fewest words of one.
_INDEFINITE = frozenset({"a", "an"})
_DESCRIPTION_WORDS = 3
# What kind of place, paper or body a name in another language is, as a translator says it
# after the name (`the Malecón [seafront boulevard]`, `Panmunjom [truce village]`, `the
# Intersindical [trade union confederation]`).
_KINDS_DESCRIBED = frozenset(
    "boulevard promenade avenue street square quarter district village town city port hill "
    "hills mountain river lake island compound palace hall park prison camp farm market "
    "newspaper daily weekly journal magazine paper radio station airfield airport base plant "
    "factory mine university institute school hotel guesthouse crossing confederation "
    "federation association organization organisation movement enterprise cooperative "
    "agency".split())


def _describes_the_name(ctx: BracketContext, words: list[str]) -> bool:
    """`the Malecón [seafront boulevard]`, `Panmunjom [truce village]`: words of English in
    lower case saying what kind of thing the capitalised name before, no English word, is
    (one word alone completes the name: `Henan [province]`); `Al-Ahram [a Cairo daily]`: a
    place's name among them, after the article."""
    placed = words[0] in _INDEFINITE and len(words) == 3 and words[1][:1].isupper()
    if placed:
        words = words[1:]
    # (a people's name among them, capitalised: `Pingxiang [Chinese border railway station]`;
    # the place's after the article, any)
    described = words[1:] if placed else words
    if (len(words) < 2 or not all(word.isalpha() and (word.islower()
                                                       or is_nationality(word.lower()))
                                  for word in described)
            or words[-1] not in _KINDS_DESCRIBED
            or any(word in _FUNCTION_WORDS for word in words)):
        return False
    before = LAST_WORD.search(ctx.before[-60:])
    if before is None or not before["word"][:1].isupper() or ctx.glued_before:
        return False
    tables = ctx.doc.words
    return (tables.zipf(words[0]) < FUNCTION_ZIPF
            and not tables.is_english(before["word"].rstrip("’'")))


# The words for a periodical's kind, which say a name is a newspaper's or a journal's.
_PERIODICALS = ("newspaper", "journal", "magazine", "periodical", "weekly", "daily", "gazette",
                "herald")
# A paper's name after the word for its kind (`the newspaper Nhan Dan `, `the journal Hoc Tap `).
_PAPER_NAMED_BEFORE = LazyPattern(r"(?i:" + "|".join(_PERIODICALS) + r")\s+"
                                  r"(?:[A-Z][\w’'-]*\s+){1,4}$")


def _translates_the_papers_title(ctx: BracketContext, words: list[str]) -> bool:
    """`the newspaper Nhan Dan [The People]`, `the journal Hoc Tap [Study]`: after a paper's
    name that the word for its kind introduces, its title in English, capitalised, a word
    alone too (it was a man's name completed)."""
    if ctx.glued_before or _PAPER_NAMED_BEFORE.search(ctx.before[-80:]) is None:
        return False
    titled = words[1:] if words[0] in _ARTICLES and len(words) > 1 else words
    tables = ctx.doc.words
    return all(word[:1].isupper() and tables.is_english(bare(word).lower()) for word in titled)


def _translates_title(ctx: BracketContext, words: list[str]) -> bool:
    """`Renmin Ribao [People's Daily]`, `Nodong Sinmun [Workers' Newspaper]`: a title in
    everyday English words after a capitalised title that is not English; inside the title's
    quotation marks, as English capitalises a title (`"Zhit' v mire i druzhbe [To Live in Peace
    and Friendship]`). (A name given in standard form is no phrase of everyday words: `Peking
    [Beijing]`, `Filippov [Stalin]`.)"""
    if words[0] in _ARTICLES and len(words) >= 2:
        return _translates_title_with_article(ctx, words[1:])
    quoted = _QUOTE_OPEN.search(ctx.before[-80:]) is not None
    # (after the title's quotation, the title capitalised as English capitalises a title:
    # `the journal "Voprosy istorii" [Questions of History]`)
    if len(words) < 2 or not words[0][:1].isupper() or not all(
            w[:1].isupper() or ((quoted or ctx.after_quotation) and w in _FUNCTION_WORDS)
            for w in words):
        return False
    tables = ctx.doc.words
    title = (_QUOTED_TITLE_BEFORE if quoted else _TITLE_BEFORE).search(_words_before(ctx))
    if title is None:
        return False
    # (an article opening the sentence is no word of the title: `The Pathet Lao [Lao Nation]`;
    # nor are the words before English's `and`: `the Xinhua News Agency and Renmin Ribao
    # [People's Daily]`)
    printed = title.group().split()
    if not quoted and not ctx.after_quotation and printed[-1][:1].islower():
        return False  # (`the Presidium of the [Korean Workers'] Party`: no title ends before it)
    if "and" in printed[:-1]:
        printed = printed[len(printed) - printed[::-1].index("and"):]
    if printed[0] in _ARTICLES and len(printed) > 1:
        printed = printed[1:]
    while len(printed) > 1 and printed[0][:1].islower():
        printed = printed[1:]  # (what the title is: `The newspaper Nhan Dan [People's Daily]`)
    if not quoted:
        printed = _after_english_words(printed, tables)
    if len(printed) >= len(words) and respelled("".join(printed[-len(words):]), "".join(words)):
        return False  # (`Comrade Seo Hwi [So Hwi]`: the name romanised again, word for word)
    if sorted(printed[-len(words):]) == sorted(words):
        return False  # (`Escalante Aníbal [Aníbal Escalante]`: a name in the other order)
    # (a nationality is as everyday a word: `Magyar Nemzet [Hungarian Nation]`)
    # (inside quotation marks, any English word: `Friendship`)
    # (a word of a title of two words or more kept in its translation, the others translated:
    # `Pathet Lao [Lao Nation]`; not respelt: `Lang Shon [Lang Son]` names a place again)
    kept = printed if len(printed) >= 2 and not _respells(words, printed) else []
    if not all(tables.is_common(word := bare(w))
               or is_nationality(word.lower()) or (quoted and tables.is_english(word))
               or w in kept for w in words if w not in _FUNCTION_WORDS):
        return False
    # (a transliteration's one-letter words are no English: `Litsom k litsu s Amerikoy`; a
    # name English knows is none of its everyday words: `Lao`)
    letters = [w for w in printed if len(w.strip("\"“„'’")) > 1]
    if all(map(tables.is_english, letters)):
        return False
    # (a title's later syllable may be an everyday word of English, its first none of
    # English's: `Nhan Dan [People's Daily]`)
    return (not any(tables.is_everyday(w) for w in letters)
            or (len(letters) >= 2 and not tables.is_english(letters[0])))

_ARTICLES = frozenset({"The", "A", "An"})
def _respells(words: list[str], printed: list[str]) -> bool:
    """Whether a word of the bracket is a word of the printed title spelt otherwise."""
    return any(word != name and respelled(name, word) for word in words for name in printed)


def _translates_title_with_article(ctx: BracketContext, words: list[str]) -> bool:
    """`Pervyye Petukhi [The First Roosters]`, `Na Dne [The Lower Depths]`: an English title
    that begins with its article (no name does) after a capitalised title most of whose words
    are not English (a transliteration's short words may be: `Na`)."""
    tables = ctx.doc.words
    if not all(w[:1].isupper() or w in _FUNCTION_WORDS for w in words) or not all(
            tables.is_english(bare(w)) for w in words if w not in _FUNCTION_WORDS):
        return False
    title = _TITLE_BEFORE.search(ctx.before[-80:])
    if title is None:
        return False
    # (its last word may be a name English knows: `Nhan Dan [The People]`)
    english = [tables.is_english(w.strip("\"“„'’")) for w in title.group().split()]
    return (not english[-1] or not english[0]) and 2 * english.count(False) >= len(english)


def _words_before(ctx: BracketContext) -> str:
    """The text before the bracket, ending on its words; after a quotation, the quotation's
    words without the closing mark (`the "Chollima" [Flying Horse] movement`)."""
    if not ctx.after_quotation:
        return ctx.before[-80:]
    quoted = _CLOSED_QUOTATION.search(ctx.source_before[-80:])
    return quoted.group("words") + " " if quoted else ctx.before[-80:]


_CLOSED_QUOTATION = LazyPattern(r"(?P<words>[^\"“”„«»]*)[”\"»]\s*$")


# A quotation opened and not closed before the bracket: the bracket stands inside a title.
_QUOTE_OPEN = LazyPattern(r"[\"“„][^\"“”„]*$")
# A quoted title's words from its opening mark.
_QUOTED_TITLE_BEFORE = LazyPattern(r"(?<=[\"“„])[A-Z][\w’'-]*\s+(?:[\w’'-]+\s+){0,6}$")


def _translates_institution(ctx: BracketContext, words: list[str]) -> bool:
    """`Hural [Parliament]`, `Itamaraty [Brazil’s foreign ministry]`, `Bang-Yeon [United
    Nations Division]`: what a body's name that is not English is, in English words ending in
    the kind of body it is, after the capitalised name. (A name completed is no body: `Liu
    [Shaoqi]`; a body named after an English word is another matter: `Secretariat
    [Ministry]`.)"""
    if (len(words) > 4 or words[-1].lower().strip(".,") not in ORGANISATION_WORDS
            or words[0] in _OF_WHAT):
        return False  # (`the recent Plenum [of the Central Committee]`: whose, supplied)
    if _body_translated_whole(ctx, words):
        return True
    term = LAST_WORD.search(ctx.before[-60:])
    if (term is None or not term["word"][:1].isupper() or ctx.glued_before
            or is_nationality(term["word"])):
        return False  # (`the Czechoslovak [Legation]`: whose the body is, its kind supplied)
    if ACRONYM.fullmatch(term["word"]) and (words[0][:1].islower() or len(words) == 1):
        # (`the DRV [delegation]`: the body the state sent, its kind supplied; `the OAS
        # [Council]`: the body's name completed)
        return False
    tables = ctx.doc.words
    return not tables.is_english(term["word"]) and tables.english_share(ctx.plain) == 1.0


# The words a bracket opens on that go on with the name before it: no name of a body.
_OF_WHAT = frozenset("of for to in on at by with".split())


# The fewest words of a body's English name that tell it is the whole name, no kind completing
# one (`Kim Il Sung [Military Academy]`), where no people's or country's name is among them.
_WHOLE_BODY_WORDS = 3


def _body_translated_whole(ctx: BracketContext, words: list[str]) -> bool:
    """`the Lao Dong [Vietnam Workers' Party]`, `Neo Lao Haksat [Laotian Patriotic Front]`,
    `Movimiento de Liberación Nacional [National Liberation Movement]`: a body's name in its
    own language, not all words of everyday English, then its English name whole (a people's
    or a country's name in it, or three words), capitalised."""
    named = _NAME_BEFORE.search(ctx.before[-80:])
    # (its first word capitalised: `the International Liaison Department [of the Central
    # Committee]` has the body's rest supplied)
    if (named is None or ctx.glued_before or not words[0][:1].isupper()
            or not all(word[:1].isupper() or word in ("of", "the") for word in words)):
        return False
    whole = len(words) >= _WHOLE_BODY_WORDS or any(
        is_nationality(word.lower().strip("’'")) or is_country(word) for word in words)
    return whole and ctx.doc.words.everyday_share(named.group()) < 1


def _translates_the_words_in_capitals(ctx: BracketContext, words: list[str]) -> bool:
    """`Vertrauliche Verschlusssache [Confidential Classified Matter]`, `Nhan Dan [The
    People]`: capitalised words of another language, two or more, none of them English's,
    then their English, every word of it everyday English (no name's: `Teng Siao-ping [Deng
    Xiaoping]` identifies a man) and capitalised as a name or a marking is (it was read as a
    man's name identified)."""
    named = _NAME_BEFORE.search(ctx.before[-80:])
    if (named is None or ctx.glued_before or len(words) < 2
            or not all(word[:1].isupper() or word in _FUNCTION_WORDS for word in words)):
        return False
    term = [word for word in named.group().split() if word[:1].isupper()]
    tables = ctx.doc.words
    return (len(term) >= 2 and not any(tables.is_english(bare(word).lower()) for word in term)
            and all(tables.is_everyday(lowered) or _MARKING_WORDS.fullmatch(lowered)
                    for word in words
                    if word not in _FUNCTION_WORDS
                    for lowered in [bare(word).strip(",.;:").lower()]))


def _expands_contraction(ctx: BracketContext, words: list[str]) -> bool:
    """`Urpra [Urumqi Government]`: a contraction of the kind Soviet offices were named by,
    its first letters its name's first word's, and the name in full, capitalised words ending
    in the kind of body it is (what it stands for, where `Hural [Parliament]` translates)."""
    if (not 2 <= len(words) <= 4 or ctx.glued_before
            or not all(word[:1].isupper() for word in words)
            or words[-1].lower().strip(".,") not in ORGANISATION_WORDS):
        return False
    term = LAST_WORD.search(ctx.before[-60:])
    if term is None:
        return False
    word = term["word"]
    return (len(word) >= _CONTRACTION_LETTERS and word[:1].isupper()
            and word[:_SHARED_LETTERS].lower() == words[0][:_SHARED_LETTERS].lower()
            and not ctx.doc.words.is_english(word))


# An abbreviation closed by its stop just before the bracket (`C.`, `Gen.`, `C.C.`).
_STOPPED_ABBREVIATION = LazyPattern(r"(?<![\w.’'-])(?P<letters>(?:[A-Z][a-z]{0,3}\.){1,4})\s+$")


def _expands_abbreviation(ctx: BracketContext, words: list[str]) -> bool:
    """`For the C. [Citizen] Secretary`, `the Gen. [General] Staff`: an abbreviation closed by
    its stop and the words it stands for, of everyday English or a title, each beginning as a
    part of it does (not a given name after its initial: `A. [Andrei] Gromyko`)."""
    found = _STOPPED_ABBREVIATION.search(ctx.before[-20:])
    if found is None or ctx.glued_before:
        return False
    parts = [part for part in found["letters"].split(".") if part]
    return (len(parts) == len(words)
            and all(word.lower().startswith(part.lower()) for part, word in zip(parts, words,
                                                                             strict=True))
            and all(ctx.doc.words.is_everyday(word := bare(raw).lower())
                    or word in PERSON_TITLES for raw in words))


# A form's label, abbreviated in the original's language, opening its line (`ANT.`, `MAT.`).
_LABEL_ABBREVIATION = LazyPattern(r"(?:^|\n)\s*[A-ZÁÉÍÓÚÑ]{2,5}\.\s+$")
_LABEL_ABBREVIATION_WITH_COLON = LazyPattern(r"(?:^|\n)\s*[A-ZÁÉÍÓÚÑ]{2,5}\.:\s+$")
_LABEL_WORDS = 3


def _translates_the_label(ctx: BracketContext, words: list[str]) -> bool:
    """`ANT. [Reference]: Your oficio …`, `MAT. [Subject]: …`: the label of a Chilean or
    Mexican oficio's field, abbreviated in Spanish, then what it means in English, before the
    field's colon, or after it (`ANT.: [References] My telegrams …`); no word the sentence
    lacks."""
    before = ctx.source_before[-12:] or ctx.before[-12:]
    return (len(words) <= _LABEL_WORDS and words[0][:1].isupper() and not ctx.glued_before
            and ((ctx.after.lstrip()[:1] == ":" and _LABEL_ABBREVIATION.search(before) is not None)
                 or _LABEL_ABBREVIATION_WITH_COLON.search(before) is not None)
            and all(ctx.doc.words.is_english(word) for word in words))


# An abbreviation of another language, its letters parted by stops or a slash, just before the
# bracket (`a/a`, `f.d.R.`, `z.Hd.`, spaced after its stops as German types it: `i. V.`;
# a marking's after a file number, `214/1952/szig. titk.`); English's own are no translator's
# to explain.
_PARTED_ABBREVIATION = LazyPattern(r"(?:(?<![\w./])|(?<=\d/))(?P<letters>[^\W\d_]{1,3}"
                                   r"(?:(?:/|\.\s?)[^\W\d_]{1,3})+\.?"
                                   # (parts of four letters in lower case, each stopped)
                                   r"|[a-zß-ÿ]{1,4}(?:\.\s?[a-zß-ÿ]{1,4})+\.)\s+$")
_ENGLISH_ABBREVIATIONS = frozenset("a.m. p.m. i.e. e.g. u.s. u.k. u.s.a. u.n. etc. viz. c/o "
                                   "n/a".split())


def translates_abbreviation(ctx: BracketContext, words: list[str]) -> bool:
    """`3 – a/a [to file]`, `f.d.R. [certified correct]`: what an abbreviation of the original's
    language stands for, in English words in lower case (not English's own: `the U.S.
    [government]` has its noun supplied)."""
    found = _PARTED_ABBREVIATION.search(ctx.before[-16:])
    if (found is None or ctx.glued_before or not ctx.plain.islower()
            or "".join(found["letters"].lower().split()) in _ENGLISH_ABBREVIATIONS):
        return False
    return all(ctx.doc.words.is_english(word) for word in words if word.isalpha())


# The fewest letters of a contraction, and how many of them begin its name's first word.
_CONTRACTION_LETTERS = 4
_SHARED_LETTERS = 2


def _renames_body(ctx: BracketContext, words: list[str]) -> bool:
    """`Executive Committee [Politburo]`, `People's Assembly [Bulgarian Parliament]`: the body
    named before the bracket, by the name of the kind of body it is better known as (a few
    capitalised words ending in one)."""
    if (len(words) > 4 or ctx.glued_before or not all(w[:1].isupper() for w in words)
            or words[-1].lower().strip(".,’'") not in ORGANISATION_WORDS):
        return False
    if len(words) == 1 and words[0].lower().strip(".,’'") in _BODYS_UNITS:
        return False  # (`General Staff [Department]`: a unit's word completes the name)
    term = LAST_WORD.search(ctx.before[-60:])
    return (term is not None and term["word"][:1].isupper()
            and term["word"].lower() in ORGANISATION_WORDS)


# The words for a unit within a body, which complete its name rather than rename it.
_BODYS_UNITS = frozenset("department section division office bureau directorate administration "
                         "branch".split())
# A body's name in English before the bracket: two capitalised words or more, the last of
# the kind of body it is (`the General Council of Trade Unions `).
_BODY_NAME_BEFORE = LazyPattern(r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and|the)\s+)*){1,6}"
                                r"(?P<kind>[A-Z][\w’'-]*)\s+$")
# The bodies a translator names again as their own language does (a party, a union, a
# congress); not those a man speaks for, whom the bracket may name (`the Soviet Embassy
# [Puzanov]`).
_NAMED_IN_OWN_TONGUE = frozenset("party council union front league federation "
                                 "confederation association assembly congress diet movement "
                                 "organization organisation society army agency".split())
# Who holds an office in a body (not `General`, a rank and a body's word: `General Council`).
_HOLDERS = frozenset("chairman chairmen secretary secretaries minister ministers president "
                     "premier ambassador envoy deputy head heads director leader leaders member "
                     "members chief representative representatives delegate consul counsellor "
                     "commander".split())


def _singular(noun: str) -> str:
    """A body's kind in the singular (`Parties` → party, `Unions` → union)."""
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


def _gives_the_bodys_own_name(ctx: BracketContext, words: list[str]) -> bool:
    """`the General Council of Trade Unions [Sohyo]`, `the Nationalist Party [Kuomintang]`:
    after a body's name in English, the name it goes by in its own language, capitalised,
    no word of it English's (it was read as a man's name)."""
    if len(words) != 1 or ctx.glued_before or not words[0][:1].isupper() or words[0].isupper():
        return False
    before = ctx.before[-100:]
    found = _BODY_NAME_BEFORE.search(before)
    if found is None or _singular(bare(found["kind"]).lower()) not in _NAMED_IN_OWN_TONGUE:
        return False
    named = [*before[max(0, found.start() - 30):found.start()].split()[-3:],
             *found.group().split()]
    if any(word.lower().strip(",.’'") in _HOLDERS for word in named):
        return False  # `the Chairman of the Council [Zhou Enlai]`: who holds the office
    return not ctx.doc.words.is_english(words[0].strip(",.;:").lower())


def _says_what_the_title_is(ctx: BracketContext, words: list[str]) -> bool:
    """`“Protecting the Fatherland” [a periodical]`, `„Neues Deutschland” [a daily]`: after a
    title in quotation marks, what kind of paper it is, an indefinite noun phrase."""
    return (ctx.after_quotation and 2 <= len(words) <= _KIND_OF_PAPER_WORDS
            and words[0].lower() in ("a", "an"))


_KIND_OF_PAPER_WORDS = 6
# What a paper, an agency or a station is, and whose (`the organ of the Korean Workers' Party`,
# `theoretical journal of the CC CPSU`).
_PAPER_OF = LazyPattern(r"(?i)^(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}(?:organ|mouthpiece|"
                        r"newspaper|daily|weekly|journal|magazine|periodical|paper|bulletin|"
                        r"news\s+agency|agency|radio\s+station|radio)\s+of\s+\S")


def _says_whose_paper(ctx: BracketContext, words: list[str]) -> bool:
    """`The Rodong Sinmun [the organ of the Korean Workers' Party]`, `"Kommunist" [theoretical
    journal of the CC CPSU]`: after the paper's name, what it is and whose."""
    del words
    if _PAPER_OF.match(ctx.plain) is None:
        return False
    if ctx.after_quotation:
        return True
    term = LAST_WORD.search(ctx.before[-60:])
    return term is not None and term["word"][:1].isupper() and not ctx.glued_before


# The kinds of paper a text names in lower case, then by its title in a bracket.
_PAPER_KINDS = frozenset("statement declaration communiqué communique agreement treaty appeal "
                         "letter memorandum resolution programme program proposal".split())


def _names_the_paper(ctx: BracketContext, words: list[str]) -> bool:
    """`the text of the joint statement [Joint North-South Communiqué]`: the title of the paper
    the words before call by its kind in lower case, its own kind its last word."""
    if (len(words) < 2 or words[-1].lower().strip(".,") not in _PAPER_KINDS
            or not all(word[:1].isupper() or word in _FUNCTION_WORDS for word in words)):
        return False
    before = LAST_WORD.search(ctx.before[-40:])
    return before is not None and before["word"].lower() in _PAPER_KINDS and (
        before["word"][:1].islower())


def _one_date(text: str) -> bool:
    """Whether the bracket's `text` is a date and nothing more (its stop aside)."""
    if not any(character.isdigit() for character in text):
        return False  # (asked first: most brackets hold no figure)
    found = find_dates(text)
    return len(found) == 1 and found[0].start == 0 and not text[found[0].end:].strip(" .")


# A figure ending the text before a bracket (`50`, `1,200`).
_FIGURE_BEFORE = LazyPattern(r"(?<![\w.,/-])(?P<figure>\d{1,3}(?:,\d{3})*|\d+)\s*$")


def _restates_number(ctx: BracketContext, words: list[str]) -> bool:
    """`Admission of 50 [fifty] wounded`: the figure before it, in words (as a cable spells
    its numbers out against a corrupted group)."""
    del words
    figure = _FIGURE_BEFORE.search(ctx.before[-16:])
    return (figure is not None and not ctx.glued_before
            and number_in_words(ctx.plain) == int(figure["figure"].replace(",", "")))


# A count of people or things before the bracket, their noun after it (`troops of five
# countries `, `the four officers `).
# (or the count alone in its quotation marks, as a group is called: `the "four" [USA, Great
# Britain, France and Australia]`)
# (what they are of after them: `the three principles of the Joint Statement of 4 July 1972`)
_COUNTED_BEFORE = LazyPattern(r"(?i)\b(?P<count>two|three|four|five|six|seven|eight|nine|ten|"
                              r"\d{1,2})(?:\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\s+"
                              r"(?P<whose>of\s+(?:[\w-]+\s+){1,7})?"
                              r"|[”\"’']\s+)$")
_LIST_PARTS = LazyPattern(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _names_those_counted(ctx: BracketContext, words: list[str]) -> bool:
    """`troops of five countries [the USSR, Poland, the GDR, Hungary and Bulgaria]`: as many
    names as the count before says, who or what they are (the sentence needs none of them)."""
    del words
    counted = _COUNTED_BEFORE.search(ctx.before_and_quotation[-90:])
    if counted is None:
        return False
    parts = [part for part in _LIST_PARTS.split(ctx.plain) if part and part.strip()]
    count = counted["count"]
    wanted = int(count) if count.isdigit() else number_in_words(count)
    if len(parts) < 2 or len(parts) != wanted:
        return False
    # (three or more in lower case are what the count counts too: `the three principles …
    # [independence, peaceful unification, great national unity]`)
    return all(part.split()[-1][:1].isupper() for part in parts) or (
        wanted >= _LOWER_CASE_COUNTED and all(part[:1].islower() for part in parts)
        and ctx.doc.words.english_share(ctx.plain) == 1.0)


_LOWER_CASE_COUNTED = 3


# A group named by its acronym and what its members are (`the ANZUS powers`, `the NATO
# countries`, `the CMEA member states`).
_GROUP_BEFORE = LazyPattern(r"\b[A-Z]{3,6}\s+(?:member\s+)?(?:powers|countries|states|members|"
                            r"allies|governments|parties)\s+$")


def _names_the_members(ctx: BracketContext, words: list[str]) -> bool:
    """`the ANZUS powers [Australia and New Zealand]`: the group's members by name, two or more,
    who they are (the sentence needs none of them)."""
    del words
    if _GROUP_BEFORE.search(ctx.before[-40:]) is None:
        return False
    parts = [part for part in _LIST_PARTS.split(ctx.plain) if part and part.strip()]
    return len(parts) >= 2 and all(part.split()[-1][:1].isupper() for part in parts)


def _restates_date(ctx: BracketContext, words: list[str]) -> bool:
    """`23.10. [October 23]`, `the 23rd [23 December]`: the date before it, in words."""
    del words
    return _one_date(ctx.plain) and _DATE_BEFORE.search(ctx.before[-16:]) is not None


# A date in figures (its month in Roman ones too: `19.III.1974`), or a day by its ordinal,
# ending the text before a bracket (its stop after the year too: `Sofia, 25.02.1964. [25
# February 1964]`).
_DATE_BEFORE = LazyPattern(r"(?:\b\d{1,2}[./](?:\d{1,2}|[IVX]{1,4})(?:[./](?:\d{2,4}\.?)?)?"
                           r"|\b\d{1,2}(?:st|nd|rd|th))\s*$")


def _restates_time(ctx: BracketContext, words: list[str]) -> bool:
    """`1400 hours [two o’clock p.m.]`, `20.30 [8.30 p.m.]`: the time of day before it, on
    the twelve-hour clock or in words."""
    del words
    return (_CLOCK_TIME.fullmatch(ctx.plain.strip()) is not None
            and _TIME_BEFORE.search(ctx.before[-16:]) is not None)


_CLOCK_TIME = LazyPattern(rf"(?i){CLOCK_TIME}")
# A time in figures on the twenty-four-hour clock ending the text before a bracket (`1400
# hours`, `20.30`, `20:30 hrs`).
# (after `at`, four figures alone are an hour, no year: `at 2100 [9 p.m.]`)
_TIME_BEFORE = LazyPattern(r"(?<![\d.:])(?:\d{4}\s+(?:hours|hrs\.?)|(?:[01]?\d|2[0-3])[:.][0-5]\d"
                           r"(?:\s+(?:hours|hrs\.?))?|(?<=\bat )(?:[01]\d|2[0-3])[0-5]\d)\s*$")


# A day and its month ending the text before a bracket (`7 November`).
_DAY_AND_MONTH_BEFORE = LazyPattern(rf"(?<![\w.]){DAY_PATTERN}(?:st|nd|rd|th)?\s+"
                                    rf"{MONTH_WORD_PATTERN}\s*$")
# The noun that names an event a day is kept for (`October Revolution`, `Liberation Day`).
_EVENT = LazyPattern(r"(?:Revolution|Day|Holiday|Anniversary|Festival|Uprising|Liberation|"
                     r"Independence|Victory|Armistice|Incident)$")
_EVENT_WORDS = 4


def _names_day(ctx: BracketContext, words: list[str]) -> bool:
    """`7 November [October Revolution]`: the event whose day the date before it is (a supplied
    word after a date continues the sentence: `on 25 June [North] Korean troops`)."""
    return (len(words) <= _EVENT_WORDS and all(word[:1].isupper() for word in words)
            and _EVENT.search(ctx.plain) is not None
            and _DAY_AND_MONTH_BEFORE.search(ctx.before[-24:]) is not None)


# A day kept for an event named at the end of the text before a bracket (`the DPRK National
# Day`, `Liberation Day`): capitalised, as a feast's name is.
_EVENT_BEFORE = LazyPattern(r"(?<![\w-])[A-Z][\w-]*\s+(?:Day|Holiday|Anniversary|Festival)\s*$")
# (a gathering's name, what it was of after it: `the Moscow Meeting of the 81 parties`, `the
# 20th Congress`)
_GATHERING_BEFORE = LazyPattern(r"(?<![\w-])(?:Meeting|Conference|Congress|Plenum|Session|"
                                r"Summit|Consultation)(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}"
                                r"[\w’'-]+)?\s+$")


def _dates_the_event(ctx: BracketContext, words: list[str]) -> bool:
    """`the DPRK National Day [8 September]`, `the Moscow Meeting of the 81 parties [November
    1960]`: the day the event before it falls on, as `7 November [October Revolution]` names
    the event of the date before it."""
    del words
    return _one_date(ctx.plain) and (_EVENT_BEFORE.search(ctx.before[-40:]) is not None
                                     or _GATHERING_BEFORE.search(ctx.before[-60:]) is not None)


# The years a thing named ran (`[1957-1961]`).
_YEARS_SPANNED = LazyPattern(r"(?:1[89]|20)\d\d\s*[-–—]\s*(?:(?:1[89]|20)\d\d|\d\d)")


def _spans_the_years(ctx: BracketContext, words: list[str]) -> bool:
    """`the First Five-Year Plan [1957-1961]`: the years the thing the name before calls ran."""
    del words
    return (_YEARS_SPANNED.fullmatch(ctx.plain.strip()) is not None
            and _NAMED_BEFORE.search(ctx.before[-40:]) is not None)


# `[OZÚ = Section for Special Assignments]`: an acronym and what it stands for, the sign
# between them.
_EQUATES = LazyPattern(r"[A-ZÀ-ÞА-Я][A-ZÀ-ÞА-Я.&/-]{1,11}\s*=\s*\S.*")


def _equates(ctx: BracketContext, words: list[str]) -> bool:
    del words
    return _EQUATES.fullmatch(ctx.plain) is not None


# The small words English leaves in lower case (in a title too: `To Live in Peace and
# Friendship`).
_FUNCTION_WORDS = ARTICLES | PREPOSITIONS | {"and", "or"}
_SPELT_LOWER_WORDS = 4
_POSSESSIVE_DETERMINERS = frozenset("my your his her its our their".split())
# The words of grammar a noun's bracket does not follow (`the [Il-10] …`, `their [a …]`).
_GRAMMAR_BEFORE = _FUNCTION_WORDS | _POSSESSIVE_DETERMINERS


def _spells_out_in_lower_case(ctx: BracketContext, words: list[str]) -> bool:
    """`VVS [air force]`: an acronym of the original's language, then English words in lower
    case naming what it stands for (two or more, none a word of grammar: `the PRC
    [government] decided` is a word supplied)."""
    if not 2 <= len(words) <= _SPELT_LOWER_WORDS or ctx.glued_before:
        return False
    if not all(word[:1].islower() and word.lower() not in _FUNCTION_WORDS
               and word.lower() not in _POSSESSIVE_DETERMINERS for word in words):
        return False  # (`the CC CPSU [his request]`: whose request, supplied)
    acronym = _acronym_before(ctx)
    if acronym is None:
        return False
    if initials(ctx.plain) == _POSSESSIVE.sub("", acronym.group().strip()):
        return True  # `DC [diplomatic corps]`: the words its letters begin
    # (English words, not all of them everyday: `IM [unofficial collaborator]`, a Stasi
    # informer)
    tables = ctx.doc.words
    return all(tables.is_english(word) for word in words)


# The dash between a name in the original's language and its English.
_DASH_BETWEEN = LazyPattern(r"\s[-–—]\s")


def _original_and_meaning(ctx: BracketContext, words: list[str]) -> bool:
    """`KPP [Kontrollpassierpunkt - checkpoint]`: after an acronym, what it stands for in the
    original's language, a dash, and what that is in English."""
    del words
    dash = _DASH_BETWEEN.search(ctx.inner)
    if (dash is None or ctx.glued_before
            or _acronym_before(ctx) is None):
        return False
    tables = ctx.doc.words
    return (tables.english_share(ctx.inner[: dash.start()]) < 0.5
            and tables.english_share(ctx.inner[dash.end():]) >= 0.5)


# What a news agency's English name ends in, after the name the original prints (`Xinhua`,
# `Kyodo`): the words that complete the name, not what it is called in English.
_AGENCYS_TAIL = LazyPattern(r"(?:News|Press|Telegraph)\s+Agency")


_MODEL = LazyPattern(MODEL)


def _names_the_model(ctx: BracketContext, words: list[str]) -> bool:
    """`the trucks [GAZ-51]`, `fighters [MiG-15]`: which model the word before is, the
    translator's identification after it (no word supplied to the sentence); after an article
    or a preposition the model is the sentence's own (`the [Il-10] ground-attack aircraft`)."""
    return (len(words) == 1 and _MODEL.fullmatch(words[0]) is not None
            and ctx.before[-1:] == " " and ctx.before[-2:-1].isalpha()
            and ((before := LAST_WORD.search(ctx.before[-60:])) is None
                 or before["word"].lower() not in _GRAMMAR_BEFORE))


_MODEL_BEFORE = LazyPattern(rf"(?<![\w-]){MODEL}\s+$")
_MODEL_WORDS = 2
_ENGLISH_WORDS_WITH_THE_MODEL = 0.5


# The kinds of place whose name a translator gives in English after the original's
# (`Youyiguan [Friendship Pass]`, `Fanxiu lu [Anti-Revisionism Street]`).
_PLACE_KINDS_TRANSLATED = frozenset("pass street square gate bridge road avenue boulevard "
                                    "mountain mountains hill hills plateau plain valley river "
                                    "lake bay island islands palace hall swamp marsh".split())
# The original's name before the bracket, a word or two, the first capitalised (`Fanxiu lu`),
# or three, a short word between (`Ciénaga de Zapata`).
_ORIGINAL_PLACE_BEFORE = LazyPattern(r"(?<![\w’'-])(?P<name>[A-Z][a-z’'-]+(?:\s+[a-z]{1,4})?)"
                                     r"\s+$")
_ORIGINAL_PLACE_OF_THREE_BEFORE = LazyPattern(r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+\s+[a-z]{1,4}"
                                              r"\s+[A-Z][\w’'-]+)\s+$")


def _translates_the_place_name(ctx: BracketContext, words: list[str]) -> bool:
    """`Youyiguan [Friendship Pass]`, `Fanxiu lu [Anti-Revisionism Street]`: the place's name in
    English words, capitalised, its kind the last, after the original's name, whose first word
    English has not."""
    if (len(words) < 2 or words[-1].lower() not in _PLACE_KINDS_TRANSLATED
            or not all(word[:1].isupper() for word in words) or ctx.glued_before):
        return False
    tables = ctx.doc.words
    found = _ORIGINAL_PLACE_OF_THREE_BEFORE.search(ctx.before[-40:])
    if found is None or tables.zipf(found["name"].split()[0]) >= _UNKNOWN_ZIPF:
        found = _ORIGINAL_PLACE_BEFORE.search(ctx.before[-40:])
    # (the name's own word may stand in the English: `Ciénaga de Zapata [Zapata Swamp]`)
    return (found is not None
            and tables.zipf(found["name"].split()[0]) < _UNKNOWN_ZIPF
            and all(tables.is_english(part) for word in words if word not in found["name"].split()
                    for part in word.split("-")))


# Below this frequency English has no such word (a romanised name's syllables: `Youyiguan`).
_UNKNOWN_ZIPF = 1.0


# The fewest words of a description opening on `the` that no sentence lacks.
_LONG_DESCRIPTION_WORDS = 7
_ENGLISH_DESCRIPTION = 0.75


def _describes_at_length(ctx: BracketContext, words: list[str]) -> bool:
    """`the 156 projects [the industrial enterprises built with Soviet assistance under the
    agreements of 1950-1954]`: a long description opening on its article, what the words
    before are (the readers of the written sets mark every such bracket a remark, none
    supplied)."""
    return (len(words) >= _LONG_DESCRIPTION_WORDS and words[0] == "the"
            and not ctx.glued_before
            # (in English: `[the … kolkhoz obkom volost uyezd …]` is the original's wording)
            and ctx.doc.words.english_share(ctx.plain) >= _ENGLISH_DESCRIPTION)


# The fewest words of what a thing is, said after it on the indefinite article.
_THING_DESCRIBED_WORDS = 4
# The verbs whose complement or object a bracket after them may supply (`it was [a victory
# for …]`, `they sent [a group of five specialists]`), besides those in `-ed` and `-ing`.
_VERBS_BEFORE_AN_OBJECT = frozenset(
    "is are was were be been has have had become became remains seems send sends sent give "
    "gives gave given make makes made take takes took taken hold holds held get gets got put "
    "set bring brings brought find finds found tell told pay paid lead led leave left keep kept "
    "win won lose lost meet met see saw seen say said receive receives provide provides offer "
    "offers grant grants need needs want wants request requests".split())
# The words after which a bracket on the indefinite article is no description of a thing.
_NO_THING_BEFORE = _GRAMMAR_BEFORE | _VERBS_BEFORE_AN_OBJECT | CONTINUING


def _says_what_the_thing_is(ctx: BracketContext, words: list[str]) -> bool:
    """`monazite concentrate [an ore of rare-earth metals and thorium]`, `per chongbo [a Korean
    unit of area, about one hectare]`: after a noun, what the thing is, on the indefinite
    article, in English words (the sentence reads whole without it); not words that go on with
    the sentence (`regarded as [an expression of]`), nor a verb's object (`staked [a great
    deal]`, after a verb)."""
    if (len(words) < _THING_DESCRIBED_WORDS or words[0] not in _INDEFINITE or ctx.glued_before
            or words[-1].strip(",.;:") in CONTINUING):
        return False
    before = LAST_WORD.search(ctx.before[-60:])
    if before is None:
        return False
    word = before["word"].lower()
    return (word not in _NO_THING_BEFORE and not word.endswith(("ed", "ing"))
            and ctx.doc.words.english_share(ctx.plain) >= _ENGLISH_DESCRIPTION)


def _calls_the_model_otherwise(ctx: BracketContext, words: list[str]) -> bool:
    """`the MiG-17 [J-5]`, `an F-105 [Thunderchief]`: after a model's designation, its name
    or its designation elsewhere, one word."""
    return (len(words) == 1 and not ctx.glued_before
            and (_MODEL.fullmatch(words[0]) is not None or words[0][1:].islower())
            and words[0][:1].isupper()
            and _MODEL_BEFORE.search(ctx.before[-20:]) is not None)


def _says_what_the_model_is(ctx: BracketContext, words: list[str]) -> bool:
    """`the IL-28 [Ilyushin Il-28 jet bombers]`, `the MiG-21s [fighter aircraft]`: after a
    model's designation, what it is, in English words (the sentence lacks none of them)."""
    return (len(words) >= _MODEL_WORDS and not ctx.glued_before
            and _MODEL_BEFORE.search(ctx.before[-20:]) is not None
            # (the maker's name and the model again are no English words: `Ilyushin Il-28`)
            and ctx.doc.words.english_share(ctx.plain) >= _ENGLISH_WORDS_WITH_THE_MODEL)


# A name just before the bracket: capitalised words (a number after them: `Brigade 2506`),
# or a quotation of them (`the “Rogers plan”`), not opening the sentence.
_NAMED_BEFORE = LazyPattern(r"(?<=[\w,;] )(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?:\s+\d[\w/-]*)?"
                            r"\s+$|(?<=\w )[“\"«][A-Z][^“”\"«»]{0,60}[”\"»]\s+$")
# The fewest words of an identification.
_IDENTIFYING_WORDS = 4


def _identifies_the_name(ctx: BracketContext, words: list[str]) -> bool:
    """`the so-called Brigade 2506 [the invading force of April 1961]`, `the “Rogers plan”
    [the American proposals for an interim agreement …]`: after a name, what it is, a phrase of
    English opening on its article, set beside the name (no word the sentence lacks); not
    after a title, where it is the name supplied (`Comrade [the Korean ambassador]`)."""
    if (len(words) < _IDENTIFYING_WORDS or words[0] != "the"
            or ctx.doc.words.english_share(ctx.plain) < _ENGLISH_IDENTIFICATION):
        return False
    before = ctx.before_and_quotation[-80:]
    named = _NAMED_BEFORE.search(before)
    if named is None or ends_with_title(ctx.before_and_quotation):
        return False
    # (`In Moscow [the talks with the Soviet side] went well`: after a place's preposition,
    # the sentence's subject supplied; the name's words and the one before them)
    near = before.split()[-len(named.group().split()) - 1:]
    return not any(word.lower() in PLACE_PREPOSITIONS for word in near)


# The share of English words an identification is written in.
_ENGLISH_IDENTIFICATION = 0.8


# An amount, in figures or in words (`[one li is half a kilometre]`), and the units a measure
# is converted to.
_AMOUNT = (r"(?:[\d.,]+(?:\s*[-–]\s*[\d.,]+)?|half\s+an?|an?\s+(?:quarter|third)\s+of\s+an?|"
           r"one|two|three|four|five|ten)")
_UNITS = (r"kg|kilograms?|g|grams?|t|tons?|tonnes?|km|kilometres?|"
          r"kilometers?|m|metres?|meters?|cm|ha|hectares?|acres?|l|lit(?:er|re)s?|miles?|li|pounds?|"
          r"lbs?|sq\.?\s*(?:km|m)|square (?:kilometres?|kilometers?|metres?|meters?)")
# A measure's equivalent: about or equal to so many of a unit (`[about 18 liters]`, `[one jin =
# 0.5 kg]`, `[approx. 3.6 hectares]`).
_MEASURE = LazyPattern(
    # (`[1 chongbo is approximately 0.99 hectare]`: the unit, then what it comes to)
    r"(?i)^(?:(?:about|approx(?:imately|\.)?|some|ca\.|roughly|nearly)\s+|[\w .,]{1,20}=\s*|"
    r"(?P<one>(?:one|1)\s+[^\W\d_]{2,15}\s+(?:is|equals)\s+(?:(?:about|approx(?:imately|\.)?|"
    r"roughly|nearly|some)\s+)?))"
    rf"{_AMOUNT}\s*(?:{_UNITS})\.?$")
# The amount alone, in one of those units (`[600,000 tons]`), and one of the units.
_AMOUNT_IN_UNITS = LazyPattern(rf"(?i)^{_AMOUNT}\s*(?:{_UNITS})\.?$")
_UNIT = LazyPattern(rf"(?i)(?:{_UNITS})")


# A unit counted just before the bracket, by a figure or by `one` (`one mal `, `30 pyeong `).
_COUNTED_UNIT = LazyPattern(r"(?i:\b(?:one|\d[\d.,]*))\s+(?P<unit>[a-z]{1,12})\s+$")
# A figure and its unit just before the bracket (`1.2 billion jin `).
_FIGURE_THEN_UNIT = LazyPattern(r"\d[\d.,]*\s+(?:(?:thousand|million|billion)\s+)?"
                                r"(?P<unit>[a-z]{1,12})\s+$")


def _converts_the_measure(ctx: BracketContext, words: list[str]) -> bool:
    """`one mal [about 18 liters]`, `[one jin = 0.5 kg]`: what a measure of the original's
    country comes to in metric units, the translator's remark beside it (an estimate after an
    English word is a distance or a weight supplied: `walked [some 5 km] to`)."""
    found = _MEASURE.match(ctx.plain.strip())
    if found is None:
        # (a figure alone, after a figure of another unit: `1.2 billion jin [600,000 tons]`)
        if _AMOUNT_IN_UNITS.match(ctx.plain.strip()) is None:
            return False
        before = _FIGURE_THEN_UNIT.search(ctx.before[-40:])
        return before is not None and _UNIT.fullmatch(before["unit"]) is None
    if "=" in found.group() or found["one"]:
        return True  # (what one unit comes to: `[one jin = 0.5 kg]`, `[1 chongbo is …]`)
    counted = _COUNTED_UNIT.search(ctx.before[-40:])
    if counted is not None and _UNIT.fullmatch(counted["unit"]) is None:
        return True  # (`one mal`, `30 pyeong`: a unit counted, whatever else English spells so)
    term = LAST_WORD.search(ctx.before[-40:])
    return term is not None and not ctx.doc.words.is_english(term["word"].lower())


# A word in capitals alone opening its line before the bracket (`CIFRADO [Coded]`).
_WORD_IN_CAPITALS_OPENING = LazyPattern(r"(?:^|\n)[ \t]*(?P<word>[^\W\d_a-zà-ÿ]{4,})[ \t]+$")
_FORM_WORDS = 2


def _translates_the_word_in_capitals(ctx: BracketContext, words: list[str]) -> bool:
    """`CIFRADO [Coded]` alone on its line: the original's word for what the paper is, in
    capitals as the form prints it, then its English, a word or two."""
    if len(words) > _FORM_WORDS or not words[0][:1].isupper() or not ctx.ends_line:
        return False
    found = _WORD_IN_CAPITALS_OPENING.search(ctx.before[-40:])
    tables = ctx.doc.words
    # (a word of another language's table, no name: `FILIPPOV [Stalin]` is a cover name)
    return (found is not None and not tables.is_english(found["word"].lower())
            and bool(tables.languages_of_a_word_alone(found["word"].lower()))
            and all(tables.is_english(bare(word).lower()) for word in words))


def _phrase_opening_the_line(ctx: BracketContext) -> tuple[str, str] | None:
    """The words from the start of the bracket's line to the bracket, and the space after
    them, when nothing was read among them."""
    if ctx.glued_before or ctx.after_quotation:
        return None
    line = ctx.before[ctx.before.rfind("\n") + 1:]
    source = ctx.source_before or ctx.before
    if not source.endswith(line) or source[:len(source) - len(line)][-1:] not in ("", "\n"):
        return None  # (a bracket read earlier on the line)
    phrase = line.rstrip()
    return (phrase, line[len(phrase):]) if phrase else None


def _translates_the_phrase(ctx: BracketContext, words: list[str]) -> bool:
    """`SUFRAGIO EFECTIVO. NO REELECCIÓN. [Effective Suffrage. No Re-election.]`: a motto or
    phrase of another language opening its line, then its English (it was a man's name
    renamed, or words supplied)."""
    if len(words) < 2 or ctx.doc.words.english_share(ctx.plain) < _ENGLISH_GLOSS:
        return False
    found = _phrase_opening_the_line(ctx)
    if found is None or not _PHRASE_WORDS[0] <= len(found[0].split()) <= _PHRASE_WORDS[1]:
        return False
    language = language_at_home(found[0], ctx.doc.words, ctx.doc.original_language)
    return language is not None and language != "en"


# How many words a phrase opening its line has, and the share of English its gloss has.
_PHRASE_WORDS = (2, 8)
_ENGLISH_GLOSS = 0.75


def _translates_the_exclamation(ctx: BracketContext, words: list[str]) -> bool:
    """`Merdeka! [Freedom!]`, `Hidup Bung Karno! [Long live Brother Karno!]`: an exclamation
    opening its line, none of its words English's, then its English, exclaimed too (it was
    supplied)."""
    if not ctx.plain.rstrip().endswith("!"):
        return False
    found = _phrase_opening_the_line(ctx)
    if found is None or not found[0].endswith("!") or len(found[0].split()) > _PHRASE_WORDS[1]:
        return False
    tables = ctx.doc.words
    exclaimed = LETTERS.findall(found[0])
    return (bool(exclaimed) and not any(tables.is_english(word) for word in exclaimed)
            and all(tables.is_english(word) or word[:1].isupper()
                    for word in LETTERS.findall(ctx.plain)))


_TESTS = (_equates, _explains, _spells_out, _spells_out_in_lower_case, _says_whose,
          _names_the_state, _abbreviates, abbreviates_by_syllables, _abbreviates_phrase,
          _expands_next, _translates,
          _translates_title, _translates_the_papers_title, _describes_the_name,
          _expands_contraction, _expands_abbreviation,
          translates_abbreviation, _translates_the_label,
          _translates_institution, _renames_body, _gives_the_bodys_own_name,
          _translates_the_words_in_capitals,
          _says_what_the_title_is, _says_whose_paper,
          _restates_date, _restates_number, _names_those_counted, _names_the_members,
          _names_the_paper, _spans_the_years,
          _restates_time, _names_day, _dates_the_event, _original_and_meaning, _names_the_model,
          _says_what_the_model_is, _calls_the_model_otherwise, _translates_the_place_name,
          _identifies_the_name,
          _converts_the_measure,
          explains_the_quoted_term, explains_the_foreign_term, names_the_term_then_its_meaning,
          translates_the_quotation, translates_the_italic_term, repeats_the_words_before,
          names_it_in_full_and_says_what_it_is, names_it_and_says_more, gives_its_short_name,
          cites_a_reference,
          _translates_the_word_in_capitals, translates_the_capitalised_term,
          describes_what_was_named, _describes_at_length, _says_what_the_thing_is,
          _translates_the_phrase, _translates_the_exclamation)
# The tests that find the capitalised words before the bracket in another language: the name
# of a paper, a book, a body, which the bracket translates.
_TRANSLATES_A_NAME = (_translates_title, _translates_institution,
                      _translates_the_word_in_capitals, _translates_the_words_in_capitals)


def _read(ctx: BracketContext) -> Match | None:
    words = ctx.plain.split()
    if _AGENCYS_TAIL.fullmatch(ctx.plain.strip()) is not None:
        return None  # `Xinhua [News Agency]`: the agency's English name completed, supplied
    passed = next((test for test in _TESTS if test(ctx, words)), None) if words else None
    if passed is None:
        return None
    children = (_original_then_english(ctx) or _original_alone(ctx, words)
                or ctx.children())
    note = CONVENTION.node("note", dict(REMARK_ATTRS), children)
    if passed is translates_the_italic_term:
        return _italics_as_the_original(ctx, note)
    if passed is translates_the_quotation:
        quoted = _quotation_in_its_language(ctx)
        if quoted is not None:
            return Match([quoted, Text(ctx.before), note], consume_before=len(ctx.before),
                         replaces_node_before=True)
    # (a paper's, an agency's or a body's name is a name, in whatever language: `Renmin Ribao
    # [People's Daily]`, `Xinhua [New China News Agency]`; a slogan's or a term's words are
    # the original's, `Reli ya Uhuru [Freedom Railway]`)
    named = (_foreign_name_before(ctx) if passed in _TRANSLATES_A_NAME
             and not _names_a_paper_or_body(words)
             else _untranslated_word_before(ctx) if passed is _translates
             else _phrase_opening_the_line(ctx)
             if passed in (_translates_the_phrase, _translates_the_exclamation) else None)
    if named is None:
        return Match([note])
    name, space = named
    # (a paper's or a body's name may be of another language than the original's: `Renmin
    # Ribao` in a Soviet journal; unknown, its language is told as undetermined)
    # (a word alone, by the languages whose tables hold it: `CIFRADO`, Spanish)
    tables = ctx.doc.words
    language = tables.language_of(name) or (original_first(
        tables.languages_of_a_word_alone(name.lower()), ctx.doc.original_language)
        if " " not in name else language_at_home(name, tables, ctx.doc.original_language))
    foreign = Intervention("foreign", {"xml:lang": language or "und-Latn"}, [Text(name)])
    return Match([foreign, Text(space), note], consume_before=len(name) + len(space))


def _italics_as_the_original(ctx: BracketContext, note: Intervention) -> Match:
    """The italics before the bracket as the original's words (`*bo doi*`), in the language a
    table knows them in, else the original's, then the gloss."""
    italics, term = ctx.node_before, italic_term_before(ctx)
    assert isinstance(italics, Intervention) and term is not None
    language = (language_at_home(term, ctx.doc.words, ctx.doc.original_language)
                or ctx.doc.foreign_lang)
    original = Intervention("foreign", {"xml:lang": language}, list(italics.children))
    return Match([dataclasses.replace(italics, children=[original]), Text(ctx.before), note],
                 consume_before=len(ctx.before), replaces_node_before=True)


def _quotation_in_its_language(ctx: BracketContext) -> Intervention | None:
    """The quotation the bracket translates, its words of another language `foreign` (`"must
    come en zafarrancho de combate" [in battle array]`: from the first word that is no word of
    English's), where no word rule read them; None if they were read, or there are none."""
    quotation = ctx.node_before
    if (not isinstance(quotation, Intervention) or quotation.tag != "q"
            or len(quotation.children) != 1 or not isinstance(quotation.children[0], Text)
            or ctx.before.strip()):
        return None
    value = quotation.children[0].value
    words = value.split(" ")
    english = 0
    while english < len(words) - 1 and len(words[english]) > 2 and ctx.doc.words.is_english(
            words[english].strip(",.;:!?")):
        english += 1
    lead = " ".join(words[:english]) + (" " if english else "")
    original = value[len(lead):]
    language = language_at_home(original, ctx.doc.words, ctx.doc.original_language)
    if language is None:
        return None
    foreign = Intervention("foreign", {"xml:lang": language}, [Text(original)])
    return dataclasses.replace(quotation, children=[*([Text(lead)] if lead else []), foreign])


def _names_a_paper_or_body(words: list[str]) -> bool:
    """Whether a translated name is a paper's, an agency's or a body's, named in words (`People's
    Daily`, `New China News Agency`, `United Party of the Socialist Revolution`; not a word for
    what a body is, `Hural [Parliament]`, the original's term)."""
    return len(words) >= 2 and any(
        (word := bare(raw).lower()) in _PERIODICALS or word in ORGANISATION_WORDS for raw in words)


def _foreign_name_before(ctx: BracketContext) -> tuple[str, str] | None:
    """`Pervyye Petukhi` before `[The First Roosters]`, `Utrikesdepartmentet` before
    `[Ministry for Foreign Affairs]`: the name the bracket translates, words the sentence
    leaves in another language (its readers mark them `foreign`), without the English words of
    grammar that may open it (`In`, `The`); with the space before the bracket."""
    found = None if ctx.glued_before else _TITLE_BEFORE.search(ctx.before[-80:])
    if found is None:
        return None
    printed = found.group().rstrip()
    name = _after_english_words(printed.split(), ctx.doc.words)
    while name and name[0].lower() in _FUNCTION_WORDS:
        name = name[1:]
    if not name or any(ctx.doc.words.is_english(word) for word in name if len(word) > 2):
        return None
    if all(ACRONYM.fullmatch(word) for word in name):
        return None  # `the CC RWP [Romanian Workers' Party]`: letters, no words of a language
    return printed[printed.index(name[0]):], found.group()[len(printed):]


def _untranslated_word_before(ctx: BracketContext) -> tuple[str, str] | None:
    """`negdel` before `[agricultural cooperative association]`, `hongweibing` before `[Red
    Guards]`: the word the bracket translates, left in its language (an untranslated word, as
    `my air oficio` is), with the space before the bracket; not a quoted term (its marks stand
    between them)."""
    if ctx.glued_before or ctx.after_quotation:
        return None
    before = ctx.before[-60:]
    found = LAST_WORD.search(before)
    if found is None or not found["word"][-1:].isalpha():
        return None  # (`the experts' [in-country] treatment`: a possessive is English's)
    if _opens_a_hands_note(ctx):
        return found["word"], found.group()[len(found["word"]):]
    # (the last word of a title or a phrase in that language is not the word translated:
    # `Renmin ribao [People’s Daily]`, `"Zhit' v mire i druzhbe [To Live in Peace …]`)
    # (a place's name then the kind of place in its language: `Sukhbaatar aimag [province]`,
    # the bracket in lower case translating the kind alone)
    previous = _PREVIOUS_WORD.search(before, 0, found.start())
    if previous is None or not (ctx.doc.words.is_common(previous["word"]) or (
            previous["word"][:1].isupper() and ctx.plain.islower()
            and len(ctx.plain.split()) <= _KIND_WORDS)) or (
            before.count('"') % 2 or before.count("“") > before.count("”")):
        return None
    return found["word"], found.group()[len(found["word"]):]


_PREVIOUS_WORD = LazyPattern(r"(?<![\w’'-])(?P<word>[^\W\d_][\w’'-]*)\s+$")
# The most words of a kind of place, translated after a name and that kind in its language.
_KIND_WORDS = 2


def _after_english_words(printed: list[str], tables: WordTables) -> list[str]:
    """The words of a title or name after the English words that say what it is (`the Soviet
    organization Mezhdunarodnaya Kniga`: `Mezhdunarodnaya Kniga`)."""
    said = [at for at, word in enumerate(printed[:-1]) if word[:1].islower() and len(word) >= 3
            and word not in _FUNCTION_WORDS and tables.is_common(word)]
    return printed[said[-1] + 1:] if said else printed


def _original_alone(ctx: BracketContext, words: list[str]) -> list[Inline] | None:
    """An acronym's expansion in the body's own language (`MRP [Mouvement Républicain
    Populaire]`): the gloss in `foreign`."""
    if len(words) < 2 or ctx.doc.words.english_share(ctx.inner) >= 0.5:
        return None
    language = ctx.doc.words.language_of(ctx.inner)
    if language is None:
        return None
    return [Intervention("foreign", {"xml:lang": language}, ctx.children())]


def _original_then_english(ctx: BracketContext) -> list[Inline] | None:
    """`[Državni sekretarijat za inostrane poslove – State Secretariat for Foreign Affairs]`:
    the name in its own language, in `foreign`, then its English after the dash."""
    found = _DASH_BETWEEN.search(ctx.inner)
    if found is None or ctx.doc.words.english_share(ctx.inner[: found.start()]) >= 0.5:
        return None
    dash = found.start()
    language = ctx.doc.words.language_of(ctx.inner[:dash]) or ctx.doc.foreign_lang
    original = Intervention("foreign", {"xml:lang": language}, ctx.parse(0, dash))
    return [original, *ctx.parse(dash, len(ctx.inner))]


RULE = Rule(CONVENTION, _read)
