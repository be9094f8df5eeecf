"""Names in brackets.

- `Filippov [Stalin]`, `Ri Pyeong-nam [Ri Pyong Nam]`: a name identified or given in standard
  form after the printed one → `persName/choice(orig, reg)`;
- `Liu [Shaoqi]`, `[Li] Fuchun`: part of a name supplied → `persName` with `supplied`;
- `[Beijing]`, `[Li An Muk]`: a name in modern or standard form → `placeName|persName|name/reg`.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from teikit.conventions import Convention, bracketed
from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention, Text
from teikit.month_names import ENGLISH_MONTHS
from teikit.offices import COURTESY_TITLES, ORGANISATION_WORDS, PERSON_TITLES, TITLES
from teikit.readers.word_breaks import ROMANISED_SYLLABLE
from teikit.rules.base import TRANSLATOR, BracketContext, DocumentContext, Match, Rule
from teikit.rules.lexicon import (
    ARTICLE_JOINED,
    PLACE_KINDS,
    PLACE_NOUNS,
    acronym_shaped,
    body_letters,
    german_noun,
    is_country,
    is_nationality,
    names_a_place,
)
from teikit.rules.original_wording import (
    compound_of_the_words_before,
    names_the_body_in_its_language,
)
from teikit.rules.supplied import ROMAN_NUMBER
from teikit.rules.supplied import node as supplied_node
from teikit.rules.word_tables import WordTables

PLACE_PREPOSITIONS = frozenset("to in from at near via into over toward towards across".split())
_TOKEN = r"[^\W\d_][\w’'.\-]*"
_NAME = re.compile(rf"^(?:{_TOKEN})(?:\s+{_TOKEN}){{0,4}}$")
_WORD_TOKEN = re.compile(_TOKEN)
# (Not `a`: in `C H A N F U` it is a letter of the name.)
_FUNCTION_WORDS = PLACE_PREPOSITIONS | frozenset("for and of by with on".split())
# Words that open a sentence before a name and are none of it (`Then Viktor Mikhailovich
# [Chebrikov] said`).
_SENTENCE_OPENERS = frozenset(
    "then later afterwards today yesterday tomorrow however thus therefore also when while "
    "after before since although though because if as so yet still now here there finally "
    "moreover meanwhile subsequently "
    # (an instruction's verb, opening a cable's sentence: `Inform [Alberto] Mora that …`)
    "inform notify remind tell ask thank transmit warn assure invite instruct advise "
    "congratulate request convey forward send hand give explain answer reply propose suggest "
    "deliver visit meet contact urge persuade please let".split())
# Prepositions before a place only (`to` and `from` also stand before a person: `To MATVEYEV`).
PLACE_ONLY = frozenset("in at near via into".split())
# What a document is called, never part of a name: `Flash Telegram [Fulger]` gives the form's
# name in the original, `Cable [Nº 58]` its number.
_FORM_WORDS = frozenset(
    "telegram telegrams cable cables ciphergram cryptogram radiogram airgram telex memorandum "
    "letter note report minutes protocol transcript record dispatch communique communiqué "
    "decree resolution directive".split())
_INITIAL = re.compile(r"\b[A-Z]\.$")
# (a line break in a unit is a wrapped line's: `[John F.]` / `Kennedy`)
_NEXT_TOKEN = re.compile(rf"^(?:[ \t]+|[ \t]*\n[ \t]*)({_TOKEN})")
# Words no name is made of: in a text typed in capitals they tell `[OF THE AMMUNITION]` and
# `ASKED [US]` from `[STALIN]`, which the capitals no longer can. (Not `a` or `i`: initials.)
_CLOSED_CLASS = frozenset(
    "an the of to in on at by for with from into onto upon as and or but nor that this these "
    "those it its he him his she her hers they them their we us our you your me my not is are "
    "was were be been being will would shall should can could may might must has have had do "
    "does did "
    # (the adverbs that link a sentence to the one before: `[Furthermore] we would …`)
    "furthermore moreover however therefore nevertheless nonetheless meanwhile additionally "
    "also thus hence consequently besides likewise accordingly otherwise then still yet "
    "indeed finally firstly secondly thirdly lastly subsequently afterwards".split()
)
_CAPITALS_CONTEXT = 40
# The rest of a printed name, then a bracket: `… Heon-yeong [Pak Hon Yong]`.
_BRACKET_AFTER_NAME = LazyPattern(r"(?:[ \t]+[A-Z][\w’'.-]*)*[ \t]*\[(?!\d+\])")
# The nouns that end someone's description by office (`[Warsaw Pact Commander-in-Chief]`).
OFFICE_NOUNS = (TITLES - {"the"}) | frozenset(
    "member members chief head director leader spokesman representative counsellor counselor "
    "consul attache attaché adviser advisor officer commander undersecretary subsecretary".split())
# An office, then the country it is held for, before the bracket (`the representative of
# the `).
_OFFICE_OF = LazyPattern(
    r"(?i)\b(?:" + "|".join(sorted(OFFICE_NOUNS, key=len, reverse=True))
    + r")\s+(?:of|from|for|to)\s+(?:the\s+)?$")
_ORDINAL = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                      r"eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"
                      r"(?:twent|thirt|fort|fift)(?:ieth|y-?(?:first|second|third|fourth|fifth|"
                      r"sixth|seventh|eighth|ninth))|\d+(?:st|nd|rd|th)")
# A pronoun with its verb (`we’ll`, `they're`).
_CONTRACTION = re.compile(r"(?:i|we|you|they|he|she|it|that|there)['’](?:ll|re|ve|d|m|s)")
_PRONOUNS = frozenset("he she it we they you i his her their our".split())


def is_name_like(text: str) -> bool:
    if not _NAME.match(text) or any(c.isdigit() for c in text):
        return False  # (`[GAZ-51]`: a model's code, no one's name)
    words = text.split()
    return words[0][0].isupper() and all(
        w[0].isupper() or len(w) <= 3 or ARTICLE_JOINED.fullmatch(w) for w in words)


def is_name(text: str) -> bool:
    """A bracketed phrase is a name only if it is one: capitalised words (`[Li An Muk]`), not
    adjectives of nationality (`[North Korean]`) nor someone described by an office of an
    organisation (`[PRC Embassy in India Counsellor]`)."""
    if not is_name_like(text):
        return False
    if is_nationality(text):
        return False
    words = [_strip_token(w) for w in text.split()]
    if all(w in TITLES for w in words):
        return False  # `[Ambassador]`, `[Marshal]`: a title supplied, nobody named
    if len(words) == 1 and _ORDINAL.fullmatch(words[0]):
        return False  # `the [Seventh] Congress`
    if len(words) == 1 and ROMAN_NUMBER.fullmatch(text.strip()):
        return False  # `the [XXII] Congress`
    if any(_CONTRACTION.match(w) for w in words):
        return False  # `[We’ll]`: words of a sentence
    if all(w in _CLOSED_CLASS or w in _FUNCTION_WORDS for w in words):
        return False  # `[To the]`: words no name is made of
    if len(words) > 1 and words[-1] in _FUNCTION_WORDS:
        return False  # `Correspondent’s [Report on] the Conversation`: no name ends so
    if "to" in words:
        return False  # `Comrade Minister [Mielke to Moscow]`: where someone went, no name
    return not any(w in ORGANISATION_WORDS for w in words[:-1])


def _in_capitals(ctx: BracketContext) -> bool:
    """The bracket and the text around it are typed in capitals (a telegram in capitals)."""
    if any(c.islower() for c in ctx.plain):
        return False
    near = [c for c in ctx.before[-_CAPITALS_CONTEXT:] + ctx.after_start(_CAPITALS_CONTEXT)
            if c.isalpha()]
    return len(near) >= 6 and not any(c.islower() for c in near)


def _shouted_words(ctx: BracketContext) -> bool:
    """A bracket in capitals holding words no name is made of: supplied words, not a name."""
    return _in_capitals(ctx) and any(
        _strip_token(w) in _CLOSED_CLASS for w in ctx.plain.split()
    )


def _capitals_only(text: str) -> bool:
    """Capitals only, initials aside (`USSR`, `PAK HEON-YEONG`; not `V. Razuvayev`)."""
    letters = [c for w in text.split() if not _INITIAL_WORD.fullmatch(w) for c in w
               if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# (or the two letters a transliteration writes one letter with: `Ts. Namsrai`, `Yu. Andropov`,
# `Ch. Surenjav`)
_INITIAL_WORD = re.compile(r"(?:[A-ZА-Я]|Ch|Sh|Ts|Zh|Kh|Yu|Ya|Ye|Yo|Dz)\.")


def _one_capital(text: str) -> bool:
    """A letter alone, a capital (`U`, the last syllable of `PAK IL U`)."""
    return len(text.strip()) == 1 and text.strip().isupper()


def _strip_token(token: str) -> str:
    return token.rstrip(".’'").lower()


_JOINING_DASHES = "-–"


# The most words of a name before its bracket.
_NAME_WORDS_BEFORE = 6


def trailing_name(before: str, words: WordTables) -> str:
    """The capitalised words that end `before` (titles excluded), with the space after them
    (a no-break space parts the words too: `Ambassador\u00a0Jiao`, as an export keeps one; so
    does a line break in a unit, a wrapped line's: `Peng` / `[Dehuai]`)."""
    printed, before = before, before.replace("\u00a0", " ").replace("\n", " ")
    position = len(before.rstrip(" \t"))
    if position == len(before):
        return ""  # the bracket follows the name after a space
    start: int | None = None
    common = True
    words_left = _NAME_WORDS_BEFORE
    # (a name spaced out letter by letter counts as one word: `F I L I P P O V [STALIN]`)
    while words_left > 0:
        space = max(before.rfind(" ", 0, position), before.rfind("\t", 0, position))
        word = before[space + 1 : position]
        if not (len(word) == 1 and word.isupper()):
            words_left -= 1
        if space < 0 and start is None and word[:1] in _JOINING_DASHES:
            # `Takeiri [Yoshikatsu]-Zhou [Enlai] Dialogue`: a name joined by a dash to the
            # bracket before it (`before` holds the text since that bracket)
            word, space = word[1:], 0
        if not _WORD_TOKEN.fullmatch(word) or not (
                word[0].isupper() or ARTICLE_JOINED.fullmatch(word)):
            break
        if (_strip_token(word) in TITLES or _strip_token(word) in _FUNCTION_WORDS
                or _strip_token(word) in _SENTENCE_OPENERS):
            break  # `To MATVEYEV [RAZUVAYEV]`: the name starts after the preposition
        if any(part in OFFICE_NOUNS for part in _strip_token(word).split("-")):
            break  # `British Vice-Consul [Lang]`, `Section Chief Hashimoto [Hiroshi]`
        if word.endswith(".") and not _INITIALS_ONLY.fullmatch(word):
            break  # `… the OAS. [Ward P.]`: the sentence before ended there
        if start is not None and (
                _strip_token(word) in ORGANISATION_WORDS or _strip_token(word) in _PORTFOLIOS
                or (len(word) > _SURNAME_LETTERS and words.is_everyday(word.strip(".,")))):
            break  # `Minister of Foreign Affairs Ohira [Masayoshi]`: the office's last word
        if (start is not None and _strip_token(word) in ENGLISH_MONTHS
                and before[:max(space, 0)].rstrip()[-1:].isdigit()):
            break  # `On 25 May Vương Khải [Wang Kai]`: the date's month, no name's word
        if _strip_token(word) in _FORM_WORDS or ROMAN_NUMBER.fullmatch(word):
            break  # (`the XX [Twentieth] Congress`: a number, no name)
        if start is not None and is_country(word.strip(".,")):
            break  # `Ambassador to Vietnam Pak Yong-guk [?]`: the country's name, no man's
        if word.isupper() and _strip_token(word) in _CLOSED_CLASS:
            break  # `SAID THAT PAK HEON-YEONG [Pak Hon Yong]`: in capitals, case tells nothing
        # (a syllable of one letter in capitals is a name's in capitals: `PAK IL U [?]`)
        if (start is not None and _capitals_only(word) and not _capitals_only(before[start:])
                and not _one_capital(before[start:])
                and _INITIALS_ONLY.fullmatch(word) is None):
            # `AMBASSADOR TO THE USSR Kim Byeong-sik [Kim Pyong Sik]`: a heading's word (not
            # initials run together: `T.V. Soong [Song Ziwen]`)
            break
        common = common and words.is_common(word.strip(".")) and len(word) > 2
        start = space + 1
        if space < 0:
            break
        position = len(before[:space].rstrip(" \t"))
    if start is None or common or before[start].islower():
        return ""  # (`the al-Ahram [?]`: a name begins with a capital)
    return printed[start:]


# A short word, capitalised, right before the bracket: `Kim` in `met Kim [Il Sung]`.
_SHORT_WORD_BEFORE = LazyPattern(r"(?<=[a-z,.;:!?] )[A-Z][a-z]{1,3} $")


def _family_name_before(before: str, text: str) -> str:
    """The family name printed alone before a given name supplied after it, inside a sentence
    or opening it (`met Kim [Il Sung]`, `… went on. Kim [Il Sung] said`), where `kim` is too
    frequent in English to be taken for a name by its frequency alone."""
    # (the text's start is a sentence's)
    found = _SHORT_WORD_BEFORE.search((". " + before)[-6:])
    if found is None or not _given_name_completed(text, found.group()):
        return ""
    return found.group()


def _letters(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalpha())


def _same_stem(printed: str, bracketed: str) -> bool:
    """Two spellings of one name begin alike: `Ignatiev`, `Ignat'ev`."""
    return len(bracketed) > 3 and _letters(printed)[:3] == _letters(bracketed)[:3]


# How alike two spellings of one name are at least (`Yili [Ili]` .86, `Wulumqi [Urumqi]` .77,
# `Guseong [Kusong]` .77), where a given name after a family name shares a few letters at most
# (`Gao [Gang]` .57, `Hashimoto [Hiroshi]` .5) and an abbreviation its expansion's first ones
# (`Rbl [Rubles]` .67).
_RESPELLING_LIKENESS = 0.7
_WORD_PART = re.compile(r"[\s\-]+")


def respelled(printed: str, bracketed: str) -> bool:
    """The bracket spells the printed name another way (`Yili [Ili]`, `Pyongyang-Andong
    [Dandong]`, `Choybalsan [Choibalsan]`): the same name romanised again, not its
    completion."""
    last, other = _letters(_WORD_PART.split(printed.strip())[-1]), _letters(bracketed)
    return (min(len(last), len(other)) >= 3
            and SequenceMatcher(None, last, other).ratio() >= _RESPELLING_LIKENESS)


def _run_together(printed: str, bracketed: str) -> bool:
    """The printed name's words spelled as one in the bracket (`Ulan Bator [Ulaanbaatar]`,
    `Hai Phong [Haiphong]`): the whole name romanised again, not its last word completed."""
    return (len(printed.split()) > 1
            and SequenceMatcher(None, _letters(printed), _letters(bracketed)).ratio()
            >= _RESPELLING_LIKENESS)


def _better_known(bracketed: str, printed: str, words: WordTables) -> bool:
    """The bracketed name is far more frequent in English text than the printed one: the
    translator names who is meant (`Filippov [Stalin]`), rather than completing the name
    (`Liu [Shaoqi]`, `Zhu [De]`)."""
    zipf = words.zipf
    # (a given name English knows is completed by the family name, however famous: `Raúl
    # [Castro]` 2.6, `Ayub [Khan]` 2.4, `Josip [Tito]` 2.3; a cover name is a family name
    # English hardly knows: `Filippov` 0)
    # (a country is no family name: `Pyongyang [Korea]` names the city's land)
    return (len(bracketed) > 3 and zipf(bracketed) >= 3.0
            and (zipf(printed) < _GIVEN_NAME_ZIPF or is_country(bracketed))
            and zipf(bracketed) > zipf(printed) + 1)


# How frequent in English a word printed before a family name may be and still be a family name
# itself, not a given name the bracket completes.
_GIVEN_NAME_ZIPF = 2.0


def ends_with_title(before: str) -> bool:
    """The text before ends on a title (`Comrade`, `Ambassador`): a person's name follows; not
    on `the`, which stands before an organisation's name as often (`the [KWP] Central
    Committee`)."""
    words = before.split()
    return bool(words) and _strip_token(words[-1]) in PERSON_TITLES


def _names_a_body(text: str) -> bool:
    """`Soviet Embassy`, `Far Eastern Department`: words ending on an organisation's noun."""
    words = text.split()
    return bool(words) and _strip_token(words[-1]) in ORGANISATION_WORDS


def name_tag(text: str, before: str, doc: DocumentContext) -> str:
    if _names_a_body(text):
        return "orgName"  # `from [Soviet Embassy]`: an organisation, even after a preposition
    if doc.is_place(text) or _after_place_kind(before) or is_country(text):
        # (`the islands [Paracel and Spratly]`: the places' kind before; `the UAR [Egypt]`:
        # a country's name)
        return "placeName"
    if "and" in text.split():
        return "name"  # `[Marx and Engels]`: two names, nobody's one
    if len(text.split()) >= 3 or ends_with_title(before):
        return "persName"
    return "name"


def _letters_of_bodies(text: str) -> bool:
    """`CC CPC`, `CCP CC`: each word a body's letters."""
    return bool(text.split()) and all(body_letters(word) for word in text.split())


def _after_place_kind(before: str) -> bool:
    """The text before the bracket ends on a kind of place (`the islands`, `the river`)."""
    words = before.split()
    return bool(words) and _strip_token(words[-1]) in PLACE_NOUNS


NAME_PART = Convention(
    "name-part", "Filippov [Stalin], Liu [Shaoqi], [Li] Fuchun",
    "persName/choice(orig, reg) | persName/supplied",
    "A name identified or completed by the translator next to the printed name: an "
    "identification as choice of orig and reg, a supplied part as supplied.",
    section="normalization", summary="normalized_name",
)
# A reg outside choice stands for the bracketed name (in choice: writers.source).
NAME = Convention("name", "[Beijing], [Li An Muk]", "placeName/reg | persName/reg | name/reg",
                  "Names the translator gave in modern or standard form.",
                  section="normalization", summary="normalized_name", forms=(bracketed("reg"),))


def _reg(ctx: BracketContext) -> Intervention:
    return NAME.node("reg", {"resp": TRANSLATOR}, ctx.children(), counted=False)


def _supplied(ctx: BracketContext) -> Intervention:
    return supplied_node(ctx.children())


# A name and its bracket just before this one, joined to it (`Yili [Ili] and Tacheng [Qoqek]`).
_PAIR_BEFORE = LazyPattern(r"([A-Z][\w’'-]+) \[([A-Z][\w’'-]*)\](?:,| and| or) $")


def _after_respelled_pair(before: str) -> bool:
    """`from Yili [Ili] and Tacheng [Qoqek]`: the name before, joined to this one, is
    romanised again in its bracket; so is this one, a place renamed beside a place renamed."""
    pair = _PAIR_BEFORE.search(before[-80:])
    return pair is not None and respelled(pair[1], pair[2])


def _after_placed_pair(before: str) -> bool:
    """`in Kaesong [Gaeseong] and Panmunjom [Panmunjeom]`: the pair joined to this one is a
    place's (after a place's preposition), so this one is a place's too."""
    pair = _PAIR_BEFORE.search(before[-80:])
    if pair is None or not respelled(pair[1], pair[2]):
        return False
    earlier = before[-80:][: pair.start()]
    return printed_tag(earlier, "") == "placeName"


# How frequent in English a family name is that names someone rather than completing a name
# printed whole (`Stalin` 3.7; `Ruz` 1.8).
_KNOWN_NAME = 3.0


def _identified(ctx: BracketContext, text: str, printed: str) -> bool:
    """Whether the bracket names who is meant (`Filippov [Stalin]`, `Ri Pyeong-nam [Ri Pyong
    Nam]`) rather than completing the printed name (`Liu [Shaoqi]`)."""
    if _completes(ctx, text, printed):
        return False
    return (
        len(text.split()) >= 2
        # `in Peking [Beijing]`: a place is renamed, never completed by a given name
        or printed_tag(ctx.before[: -len(printed)], ctx.after_start(20)) == "placeName"
        # a name printed whole, then another (`Jiang Jieshi [Chiang Kai-shek]`; a cable's name
        # in capitals: `C H A N F U [BULGANIN]`), not the rest of it (`Fidel Castro [Ruz]`,
        # `Seyyed Ziaeddin [Tabataee]`: a family name English hardly knows)
        or (len(printed.split()) >= 2
            and (len(text.split()) >= 2 or printed.isupper()
                 or ctx.doc.words.zipf(text) >= _KNOWN_NAME))
        or ctx.doc.occurs_unbracketed(text)
        or _same_stem(printed.split()[-1], text)  # Ignatiev [Ignat'ev]: a spelling
        or (len(text.split()) == 1 and (respelled(printed, text)
                                        or _run_together(printed, text)))
        or _after_respelled_pair(ctx.source_before[: -len(printed)])
        # `Port Arthur [Lüshun]`: a place by its kind's word, renamed, never completed
        or names_a_place(printed)
        # Filippov [Stalin]: a cover name
        or _better_known(text, printed.split()[-1], ctx.doc.words)
        or _renamed_place(ctx, text, printed)
    )


# How frequent in English a place's new name is that renames the old one after `to` or `from`
# (`Beijing` 4.1, `Dalian` 2.7; a Japanese given name after a family name, `Hayato` 2.2).
_KNOWN_PLACE = 2.5


def _renamed_place(ctx: BracketContext, text: str, printed: str) -> bool:
    """`a trip to Peking [Beijing]`, `from Dairen [Dalian]`: after `to` or `from`, one word
    printed, longer than a family name printed alone before its given name (`Liu [Shaoqi]`),
    one word in the bracket that English knows: a place's other name, not a given name."""
    before = ctx.before[: -len(printed)]
    return (len(printed.split()) == 1 and len(text.split()) == 1
            and len(printed.strip()) > _SURNAME_LETTERS
            and _TO_OR_FROM.search(before[-6:]) is not None
            and _ADDRESSED.search(before[-40:]) is None
            and ctx.doc.words.zipf(text) >= _KNOWN_PLACE)


# What is said, written or sent to someone or from someone, before `to` or `from` (`wrote to
# Filippov [Stalin]`, `a letter from Josip [Tito]`): a person's name follows, no place's.
_ADDRESSED = LazyPattern(
    r"(?i)\b(?:wrote|write|writes|written|sent|send|sends|said|say|says|reported|report|"
    r"replied|reply|replies|told|explained|addressed|spoke|talked|turned|letter|letters|"
    r"telegram|telegrams|cable|cables|message|messages|note|notes|appeal|greetings|answer|"
    r"request|instructions|according|him|her|them|me|us)\s+(?:to|from)\s+$")


def _completes(ctx: BracketContext, text: str, printed: str) -> bool:
    """Whether the bracket supplies the rest of the printed name rather than another name:
    the given name after a short family name (`Kim [Il Sung]`); the family name after
    initials (`M.S. [Gorbachev]`) or after a given name and patronymic (`Viktor Mikhailovich
    [Chebrikov]`); the name's kind (`the Unified [Command]`, `Ural [Mountains]`); or the two
    together written elsewhere in the document (`Zhou [Enlai]` where `Zhou Enlai` stands
    unbracketed)."""
    last = printed.split()[-1]
    if _strip_token(last) in {_strip_token(word) for word in text.split()[1:]}:
        return False  # `Münnich [Ferenc Münnich]`: the name again, whole
    return (_given_name_completed(text, printed)
            or (_GIVEN_INITIALS.fullmatch(printed.strip()) is not None and " " not in text)
            # (a given name and its patronymic: `Münnich` alone is a family name)
            or (_PATRONYMIC.search(last) is not None and len(printed.split()) >= 2)
            or all(_strip_token(word) in _GENERIC_NOUNS for word in text.split())
            or ctx.doc.occurs_unbracketed(f"{printed.strip()} {text}"))


_BODY_NOUNS = ORGANISATION_WORDS | frozenset("airlines airline enterprise company factory".split())
# The nouns that complete a name as its kind (`the Unified [Command]`, `Oriente [Province]`,
# `Ural [Mountains]`, `Tiananmen [Square]`): words of the language, where `[Korea]` after a
# city is a name.
# (what the noun makes of the name: a place's kind, `Caribbean [Sea]`, or a body's, `the
# Unified [Command]`; nobody's name)
_GENERIC_NOUNS = PLACE_NOUNS | _BODY_NOUNS
_INITIALS_ONLY = re.compile(rf"{_INITIAL_WORD.pattern}(?:\s?{_INITIAL_WORD.pattern}){{0,2}}\s?")
# A person's initials (not an acronym's three letters: `K.L.M. [Royal Dutch Airlines]`).
_GIVEN_INITIALS = re.compile(rf"{_INITIAL_WORD.pattern}(?:\s?{_INITIAL_WORD.pattern})?\s?")
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ich)$")
_SURNAME_LETTERS = 4
_SYLLABLE_LETTERS = 5
# What a minister is minister of, the word before the holder's name (`Minister of Railways Kim
# Hoe-il [Kim Hoe Il]`).
_PORTFOLIOS = frozenset(
    "affairs railways railway transport trade finance defence defense justice education culture "
    "health agriculture industry communications security interior labour labor commerce "
    "economy planning energy mines mining fisheries information propaganda construction posts "
    "telecommunications science technology housing forestry shipping aviation armaments".split())


def _given_name_completed(text: str, printed: str) -> bool:
    """`Kim [Il Sung]`, `Ho [Chi Minh]`, `Gao [Gang]`: a short family name printed alone, the
    given name's syllables supplied after it; not `Ri [Ri Jong Ok]` (the name again) nor
    `Shahidi [Bao Erhan]` (another name of the same man)."""
    surname = printed.split()
    syllables = text.split()
    # (one syllable after a family name of three letters at most: `Aksu [Akesu]` respells)
    return (len(surname) == 1 and len(surname[0]) <= _SURNAME_LETTERS
            and (len(syllables) == 2 or (len(syllables) == 1 and len(surname[0]) <= 3))
            and surname[0].lower() not in text.lower()
            and all(len(s) <= _SYLLABLE_LETTERS and s[:1].isupper() and s[1:].islower()
                    for s in syllables))


# A name in its possessive form (`Japan’s`, `Stalin's`).
_POSSESSIVE = LazyPattern(r"\w['’]s$")


# A place's kind, then `of`, before its name (`the city of Hamhung`, `the provinces of North
# Hamgyong`); and the kinds of place or works a name is printed before (`the Huichon plant`).
# (and where about a place: `the area of Andun [Andong]`; both halves of a land: `the
# provinces of North and South Pkhenan [Pyongan]`)
_KIND_OF_PLACE = LazyPattern(
    r"(?i)\b(?:city|town|village|province|provinces|region|district|county|prefecture|port|"
    r"island|harbou?r|area|vicinity|outskirts|suburbs|environs)\s+of\s+"
    r"(?:(?:North|South|East|West)(?:ern)?\s+(?:and\s+(?:North|South|East|West)(?:ern)?\s+)?)?$")
# (a word of what is made there between: `the Huichon [Hŭich’ŏn] machine factory`)
_PLACE_KIND_AFTER = LazyPattern(
    r"(?i)\s+(?:[a-z]+\s+)?(?:province|provinces|region|district|county|prefecture|city|river|"
    r"lake|island|"
    r"plant|works|station|airport|airfield|harbou?r|port|area|bridge|dam|reservoir|railway|"
    r"railroad|mines?|shipyards?|docks?|factory|factories|combine|steelworks)\b")


# Where someone goes or comes from, before the name (`a trip to Peking [Beijing]`).
_TO_OR_FROM = LazyPattern(r"\b(?:to|from)\s+$")


def printed_tag(before: str, after: str) -> str:
    """`talks in Panmunjom [Panmunjeom]`: after a place preposition, a place's name; so after
    its kind (`the city of Hamhung [Hamhŭng]`) and before it (`the Huichon [Hŭich’ŏn] plant`)."""
    words = before.split()
    if ((words and words[-1].lower() in PLACE_ONLY) or _KIND_OF_PLACE.search(before[-40:])
            or _PLACE_KIND_AFTER.match(after) or _PLACES_LISTED.search(before[-60:])
            or _PLACE_STRUCK.search(before[-20:])):
        return "placeName"
    return "persName"


# Places listed after their preposition, this one the last (`via Moscow and Peking [Beijing]`;
# not after `to`, which a letter is written to men by: `to Kim and Pak [Hon Yong]`).
_PLACES_LISTED = LazyPattern(r"\b(?:in|via|through|at|near)\s+[A-Z][\w’'-]*"
                             r"(?:,\s+[A-Z][\w’'-]*)*,?\s+(?:and|or)\s+$")
# What is done to a place, not a man (`The American planes bombed Dong Hoi [Đồng Hới]`).
_PLACE_STRUCK = LazyPattern(r"(?i)\b(?:bombed|bombarded|shelled|occupied|captured|liberated|"
                            r"evacuated|raided|overran|encircled)\s+$")


# A place's kind, capitalised, and `of` before the rest of its name (`the Isle of `, `the Bay
# of `).
_KIND_OF_BEFORE = LazyPattern(r"(?<![\w’'-])([A-Z][a-z]+)\s+of\s+$")


def _with_its_kind(before: str, printed: str) -> str:
    """`the Isle of Pines [Isla de la Juventud]`: the place's whole name, its kind's word and
    `of` before the word that ends it, is what the bracket renames (not `Pines` alone)."""
    found = _KIND_OF_BEFORE.search(before[: -len(printed)][-30:])
    if found is not None and found.group(1).lower() in PLACE_KINDS:
        return found.group() + printed
    return printed


def _same_words_in_lower_case(before: str, text: str) -> str:
    """The words just before the bracket, with the space after them, where they are the
    bracket's own words in lower case (`the bridge of no return [Bridge of No Return]`)."""
    words = text.split()
    if len(words) < 2:
        return ""
    found = re.search(rf"(?:(?<=\s)|^)((?:[\w’'-]+\s+){{{len(words)}}})$", before[-160:])
    if found is None:
        return ""
    printed = found.group(1)
    return printed if (printed.islower() and printed.split() != words
                       and [word.lower() for word in words] == printed.split()) else ""


def _after_printed(ctx: BracketContext, text: str, printed: str) -> Match:
    if _identified(ctx, text, printed):
        joined, _, last = printed.rpartition("-")
        if joined and " " not in text and respelled(last, text):
            printed = last  # `the Pyongyang-Andong [Dandong] line`: one place respelled
        # The space before the bracket stays in `orig`: choice holds no text of its own.
        orig = NAME_PART.node("orig", {}, [Text(printed)], counted=False)
        choice = NAME_PART.node("choice", {}, [orig, _reg(ctx)], counted=False)
        # (`Ongjin [Ongjin Peninsula]`: the place's whole name in the bracket)
        tag = ("placeName" if names_a_place(printed) or names_a_place(text) or is_country(text)
               or _renamed_place(ctx, text, printed)
               or _after_placed_pair(ctx.source_before[: -len(printed)])
               or _opens_its_dateline(ctx.before[: -len(printed)], ctx.after_start(20))
               # (`Trinidad-Tobago [Trinidad and Tobago]`: two names, nobody's one)
               else "name" if "and" in text.split()
               else printed_tag(ctx.before[: -len(printed)], ctx.after_start(20)))
        node = NAME_PART.node(tag, {}, [choice])
    else:
        node = NAME_PART.node(_completed_tag(text), {}, [Text(printed), _supplied(ctx)],
                              counted=False)
    return Match([node], consume_before=len(printed))


# A date after the comma (`, May 8, 1975`, `, 8 May 1975`).
_DATE_AFTER_COMMA = LazyPattern(r"^,\s*(?:\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                                r"[a-z]*\.?\s+\d)")


def _opens_its_dateline(before: str, after: str) -> bool:
    """`Phenian [Pyongyang], May 8, 1975`: the place a line opens with, its date after a
    comma, is where the paper was written."""
    return not before.rpartition("\n")[2].strip() and _DATE_AFTER_COMMA.match(after) is not None


# The capitalised words of a place's name ending the text before a bracket, the space after
# them included (`Eastern Sea `).
_PLACE_NAME_BEFORE = LazyPattern(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+$")


def renames_the_place(before: str, bracket: str) -> bool:
    """`the Bac Bo Gulf [Gulf of Tonkin]`: the bracket names again, in its usual English form,
    the place whose name ends the text before it, the place's kind in both."""
    printed = {_strip_token(word) for word in before.split()[-4:]}
    return any(kind in PLACE_KINDS and kind in printed
               for kind in (_strip_token(word) for word in bracket.split()))


def _completed_tag(text: str) -> str:
    """What a name completed by `text` names: a place or a body when the bracket gives its
    kind (`Caribbean [Sea]`, `the Unified [Command]`), else a person (`Liu [Shaoqi]`)."""
    kinds = [_strip_token(word) for word in text.split()]
    if kinds and all(kind in _GENERIC_NOUNS for kind in kinds):
        return "placeName" if kinds[-1] in PLACE_NOUNS else "orgName"
    return "persName"


# What parts the renderings of one name in a bracket: a semicolon, or a slash between words.
_VARIANTS = re.compile(r"\s*;\s*|(?<=[^\W\d_])/(?=[^\W\d_])")


def _name_part(ctx: BracketContext) -> Match | None:
    text = ctx.plain
    if names_the_body_in_its_language(ctx):
        return None  # `the People's Great Khural [Ardyn Ikh Khural]`: the original's words
    variants = [part.strip() for part in _VARIANTS.split(text)]
    if len(variants) > 1 and all(map(is_name, variants)):
        # `[Chang Kaishi; Chiang Kai-shek]`: the name in two spellings; `[Dongfanghong/The
        # Eastern Red]`: in standard form, then in English
        text = variants[0]
    if not is_name(text) or _shouted_words(ctx):
        return None
    printed = _same_words_in_lower_case(ctx.before, text)
    if printed:
        # `near the bridge of no return [Bridge of No Return]`: the words before, the name
        # they are, capitalised
        orig = NAME_PART.node("orig", {}, [Text(printed)], counted=False)
        choice = NAME_PART.node("choice", {}, [orig, _reg(ctx)], counted=False)
        tag = "placeName" if names_a_place(text) else "name"
        return Match([NAME_PART.node(tag, {}, [choice])], consume_before=len(printed))
    printed = (trailing_name(ctx.before, ctx.doc.words)
               or _family_name_before(ctx.before, text))
    if printed:
        printed = _with_its_kind(ctx.before, printed)
    if printed and is_country(printed.strip()) and _OFFICE_OF.search(
            ctx.before[: -len(printed)][-40:]) is not None:
        # `the representative of the Philippines [Garsia]`: who holds the office, after the
        # country he holds it for (a country's name is no man's printed name, nor an
        # adjective a body's name goes on from)
        printed = ""
    if printed and is_nationality(printed):
        # `the Polish [United Workers’] Party`, `the Cuban [Embassy]`: a body's name completed
        # after its nationality, no person's name
        return Match([_supplied(ctx)])
    if printed and _COUNTRY_CODE.match(text) and _INITIALLED_NAME.match(printed):
        # `J. Kádár [Hu]`, `A. Kosygin [USSR]`: a whole name, then whose country he speaks for
        return Match([_supplied(ctx)])
    if printed and _letters_of_bodies(printed) and _letters_of_bodies(text) and (
            " " in printed.strip() or " " in text):
        # `the CC CPC [CCP CC]`: the same body's letters as English orders them, no person's
        orig = NAME_PART.node("orig", {}, [Text(printed)], counted=False)
        choice = NAME_PART.node("choice", {}, [orig, _reg(ctx)], counted=False)
        return Match([NAME_PART.node("orgName", {}, [choice])], consume_before=len(printed))
    if printed and body_letters(printed) and body_letters(text) and not _in_capitals(ctx):
        # `the CC [CPSU]`: whose Central Committee, its letters supplied after the body's
        node = NAME_PART.node("orgName", {}, [Text(printed), _supplied(ctx)], counted=False)
        return Match([node], consume_before=len(printed))
    if printed and _names_a_body(printed):
        printed = ""  # an organisation's name is not a person's printed name
    if (printed and all(map(acronym_shaped, printed.split())) and not _in_capitals(ctx)
            and ctx.before[: -len(printed)].lower().endswith("the ")):
        # `the Ambassador to the USSR [Ri Sin-pal]`, `the Department of the PRC MFA [Yu
        # Chi-tsin]`: a state's or a body's letters, no man
        printed = ""
    if printed and len(printed.split()) == 1 and _strip_token(printed.strip()) in _PRONOUNS:
        printed = ""  # `He [Kim Il Sung] raised`: who is meant, after a pronoun
    if printed and _describes_office(text):
        printed = ""  # `Indonesia. Since [Foreign Minister]`: an office, nobody renamed
    if (printed and len(text.split()) >= 2 and _strip_token(text.split()[0]) in PERSON_TITLES
            and printed_tag(ctx.before[: -len(printed)], "") == "placeName"
            and ctx.doc.words.zipf(printed.strip()) >= _KNOWN_PLACE):
        # `the representative in Berlin [Colonel I. A. Fadeikin]`: who is meant, after a place
        # English knows (not `from Filippov [Comrade Stalin]`, a man renamed)
        printed = ""
    if not printed and renames_the_place(ctx.before[-60:], text):
        # `the Eastern Sea [Sea of Japan]`: a place's name of English words, renamed in its
        # usual form (a name of everyday words is no man's, and was no name at all)
        found = _PLACE_NAME_BEFORE.search(ctx.before[-60:])
        printed = found.group() if found is not None else ""
    if printed:
        return _after_printed(ctx, text, printed)
    if _POSSESSIVE.search(text) and not is_nationality(_strip_token(text.split()[0])) and not (
            ctx.before.split() and is_nationality(_strip_token(ctx.before.split()[-1]))):
        # `[Japan’s] Embassies`, `[Cuba’s] Foreign Minister`: whose, a name supplied; no given
        # name before a noun (`the [Chinese People’s] Volunteers`, `the Chinese [People’s]
        # Volunteers`: words of the body's name)
        tag = name_tag(text, ctx.before, ctx.doc)
        return Match([NAME_PART.node(tag, {}, [_supplied(ctx)], counted=False)])
    following = _NEXT_TOKEN.match(ctx.after)
    if (following is not None and following.group(1)[:1].isupper()
            and _strip_token(following.group(1)).lower() in ORGANISATION_WORDS
            and _AFTER_THE.search(ctx.before) is not None
            and is_nationality(_strip_token(text.split()[0]))):
        # `the [Korean Workers’] Party Central Committee`, `the [Chinese People’s] Volunteers`:
        # the body's name begun by its people's adjective, supplied before its noun (it was a
        # name given in standard form)
        return Match([_supplied(ctx)])
    if (following is not None and _office_of(text, ctx.doc.words)
            and any(part in OFFICE_NOUNS
                    for part in _strip_token(following.group(1)).split("-"))):
        # `Deputy [USSR] Minister`, `Comrade [MfS] Minister`, `[Ethiopian] Minister`: what
        # the office is of, supplied before its noun; no one's name nor its part
        return Match([_supplied(ctx)])
    if (following is not None and _office(text, ctx.doc.words)
            and _BRACKET_AFTER_NAME.match(ctx.after_start(120)[following.end():])):
        # `[Foreign Minister] Pak Heon-yeong [Pak Hon Yong]`: an office supplied before a name
        # the bracket after it gives in standard form, which is that bracket's to read
        return None
    if (
        following is not None
        and following.group(1)[0].isupper()
        # `[CCP CC Member] Zhou Enlai`: an office supplied before a whole name, no part of it
        and not _describes_office(text)
        # `[Far Eastern Department] Nemchinov`: a body's name, nobody's part of one
        and not _names_a_body(text)
        and (ends_with_title(ctx.before) or ctx.doc.words.zipf(following.group(1)) < 3.5
             or _INITIAL.search(text) is not None  # `[John F.] Kennedy`
             or _romanised_name(text, following.group(1), ctx.doc.words))  # `[Zhu] De`
    ):
        end = _rest_of_name(ctx.after, following.end(), ctx.doc.words)
        node = NAME_PART.node("persName", {}, [_supplied(ctx), *ctx.parse_after(end)],
                              counted=False)
        return Match([node], consume_after=end)
    return None


_MORE_NAME_TOKENS = 2
# The article just before the bracket.
_AFTER_THE = LazyPattern(r"(?i)\bthe\s*$")


def _romanised_name(supplied: str, printed: str, words: WordTables) -> bool:
    """`[Zhu] De`, `[Deng] Hua`: a family name of one romanised syllable supplied before a
    given name of one, which English uses too often (`de`) to be told a name by frequency;
    not a word of English supplied (`[New] York`)."""
    return (" " not in supplied and " " not in printed
            and supplied[:1].isupper() and supplied[1:].islower()
            and printed[:1].isupper() and printed[1:].rstrip(".,;:").islower()
            and ROMANISED_SYLLABLE.fullmatch(supplied.lower()) is not None
            and ROMANISED_SYLLABLE.fullmatch(printed.rstrip(".,;:").lower()) is not None
            and not words.is_everyday(supplied))


def _rest_of_name(after: str, end: int, words: WordTables) -> int:
    """Where the printed name after a supplied part ends: its first word, and up to two more
    capitalised words English has no common use for (`[Pablo] Campos Ortiz`); a full stop
    after the last word ends the sentence, not the name (`[Li] Fuchun.`), unless the word is
    an initial."""
    for _ in range(_MORE_NAME_TOKENS):
        more = _NEXT_TOKEN.match(after[end:])
        if (more is None or not more.group(1)[0].isupper() or after[end - 1] in ".,;:"
                or words.is_common(more.group(1).rstrip(".,"))
                or is_nationality(more.group(1).rstrip(".,"))):  # `Rogers' Hungarian visit`
            break
        end += more.end()
    if after[end - 1] == "." and _INITIAL.search(after[:end]) is None:
        end -= 1
    return end


# A country's short name or letters (`Hu`, `Po`, `USSR`, `GDR`), and a name given whole with
# its initials (`J. Kádár`, `I. G. Maurer`), which no bracket completes.
_COUNTRY_CODE = LazyPattern(r"^(?:[A-Z][a-z]{1,2}|[A-Z]{2,5})$")
_INITIALLED_NAME = LazyPattern(r"^(?:[A-ZА-Я]\.\s?)+[A-ZА-Я][\w’'-]+\s*$")


def _office_of(text: str, words: WordTables) -> bool:
    """What an office may be of: a state's or a body's letters (`USSR`, `MfS`), a
    nationality, words of English (`Foreign Affairs`); not a person (`Kim Il Sung`)."""
    return (acronym_shaped(text.replace(".", "")) or is_nationality(text)
            or words.everyday_share(text) >= 0.5)


def _office(text: str, words: WordTables) -> bool:
    """`[Foreign Minister]`, `[Deputy Chairman]`: a title in everyday words, nobody's name
    (not `[Bulgarian Ambassador Radenko]`, which names him)."""
    tokens = [_strip_token(w) for w in text.split()]
    return any(t in PERSON_TITLES for t in tokens) and all(
        t in TITLES or words.is_common(t) for t in tokens)


def _describes_office(text: str) -> bool:
    """Several words ending on an office's noun (`[Warsaw Pact Commander-in-Chief]`,
    `[UN Secretary-General]`, `[CCP CC Member]`)."""
    words = text.split()
    return len(words) > 1 and any(part in OFFICE_NOUNS
                                  for part in _strip_token(words[-1]).split("-"))


# What parts the names of a list in one bracket (`[Ulbricht, Grotewohl]`), kept as printed.
_LIST_COMMA = re.compile(r"(,\s+)")


def _names_listed(ctx: BracketContext) -> Match | None:
    """`The SED leadership [Ulbricht, Grotewohl]`: who is meant, named one after another: words
    the translator supplied, each a name (a person's or a place's as a bracket alone would be
    told)."""
    pieces = _LIST_COMMA.split(ctx.inner)
    names, separators = pieces[0::2], pieces[1::2]
    if len(names) < 2 or ctx.inner != ctx.inner.strip():
        return None
    if not all(_listed_name(" ".join(name.split()), ctx.doc.words) for name in names):
        return None
    children: list[Inline] = []
    for index, name in enumerate(names):
        if index:
            children.append(Text(separators[index - 1]))
        tag = name_tag(" ".join(name.split()), "", ctx.doc)
        children.append(NAME_PART.node(tag, {}, [Text(name)], counted=False))
    return Match([supplied_node(children)])


def _listed_name(part: str, words: WordTables) -> bool:
    """A name among others in a bracket: no words of everyday English alone, no office
    (`[Raúl Roa García, Cuban Foreign Minister]`: a name and its office, no list)."""
    return (is_name(part) and not all(words.is_common(w) for w in part.split())
            and not any(_strip_token(w) in PERSON_TITLES for w in part.split())
            and not _describes_office(part))


# An ordinal in figures just before the bracket (`the 8th `, `the 20th `).
_ORDINAL_BEFORE = LazyPattern(r"\b\d{1,3}(?:st|nd|rd|th)\s$")


# A courtesy title before the bracket (`Mr. [Strong]`): a man's name follows, whatever English
# makes of its words.
_COURTESY_TITLE_BEFORE = LazyPattern(
    r"(?<![\w.])(?:" + "|".join(sorted((title.capitalize() for title in COURTESY_TITLES),
                                       key=len, reverse=True))
    + r")\.?\s+$")
_FAMILY_NAME = LazyPattern(r"[A-Z][a-z’'-]+")


def _name(ctx: BracketContext) -> Match | None:
    text = ctx.plain
    if "," in text:
        return _names_listed(ctx)
    if names_the_body_in_its_language(ctx):
        return None  # `the People's Great Khural [Ardyn Ikh Khural]`: the original's words
    if (_COURTESY_TITLE_BEFORE.search(ctx.before[-8:]) is not None
            and _FAMILY_NAME.fullmatch(text) is not None):
        # `Mr. [Strong]`: the name the translator gives after the title, as `[Li An Muk]` is
        # given, no word supplied
        return Match([NAME.node("persName", {}, [_reg(ctx)])])
    if not is_name(text) or all(ctx.doc.words.is_common(w) or len(w) == 1 for w in text.split()):
        return None
    if body_letters(text) and not _in_capitals(ctx):
        # `the [KWP] Central Committee`: a body's letters supplied, no name renamed
        return Match([NAME_PART.node("orgName", {}, [_supplied(ctx)], counted=False)])
    if german_noun(text, ctx.doc.words.is_english):
        return None  # `[Landesregierungen]`: the original's wording, a German noun
    if compound_of_the_words_before(ctx):
        return None  # `magnetic mines [Magnetminen]`: the original's word for the words before
    if _ORDINAL_BEFORE.search(ctx.before[-8:]) and " " not in text:
        # `the 8th [Plenum] of the CC`: what the ordinal counts, a word supplied, no name
        return Match([_supplied(ctx)])
    if _shouted_words(ctx):
        return None
    if any(_strip_token(w) in PERSON_TITLES for w in text.split()) or _describes_office(text):
        # `[DPRK Minister of Construction]`, `[UN Secretary-General]`, `[CCP CC Member]`: an
        # office supplied, not a name
        return None
    if len(text.split()) >= 2 and not ctx.doc.is_place(text) and all(
        ctx.doc.words.is_everyday(w) for w in text.split()
    ):
        return None  # `the Great October [Socialist Revolution]`: words supplied, not a name
    following = _NEXT_TOKEN.match(ctx.after)
    if (" " not in text and following is not None and following.group(1)[:1].isupper()
            and ctx.doc.words.is_everyday(_strip_token(following.group(1)))
            and _strip_token(following.group(1)) not in PLACE_NOUNS
            and not ctx.doc.is_place(text)):
        # `the [Havana] Declaration`, `the [Workers’] Party`: a word supplied to a name of
        # everyday words, no name given in standard form (but a place's, renamed where the
        # document goes to it, `over [Beijing] Radio`, or before its kind, `the [Ryukyu]
        # Islands`)
        return Match([_supplied(ctx)])
    return Match([NAME.node(name_tag(text, ctx.before, ctx.doc), {}, [_reg(ctx)])])


NAME_PART_RULE = Rule(NAME_PART, _name_part)
NAME_RULE = Rule(NAME, _name)
