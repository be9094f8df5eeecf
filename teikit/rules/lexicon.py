"""Is a word English? Word frequencies from `wordfreq`.

Importing wordfreq and loading its English list costs about 0.3 s, more than the whole of a
conversion, and the rules only ask whether English knows a word at all (Zipf ≥ 1.5) and how
frequent it is. So the first use
derives that part of the list and keeps it in the user cache (`$TEIKIT_CACHE_DIR`, else
`$XDG_CACHE_HOME/teikit`, else `~/.cache/teikit`), keyed by the wordfreq version. The cache is
one line per word, `word<TAB>zipf`, sorted by the words' UTF-8 bytes: a run reads the file as
bytes and finds each word it asks about in its block of the sorted lines (remembering the
answer), so that a one-file conversion does not build a dict of 50,000 words to ask about a
few hundred.

The table is loaded by `load_table()` and kept by whoever asks (`teikit.rules.word_tables`):
this module keeps nothing between calls.
"""
from __future__ import annotations

import bisect
import importlib.util
import math
import re
from collections.abc import Callable
from pathlib import Path

from teikit.lazy_pattern import LazyPattern
from teikit.metadata.languages import LANGUAGE_CODES
from teikit.resources import cache_dir

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# An acronym: two to six capitals (`KGB`, `KWP`, `KB`).
ACRONYM = re.compile(r"[A-Z]{2,6}")
# English's articles, in lower case.
ARTICLES = frozenset("a an the".split())
# English's short prepositions, in lower case.
PREPOSITIONS = frozenset("of for to in on at by with from".split())
# The words of French that English's diplomacy took as they are, rarer in its table than it
# uses them (`a joint démarche`, `the agrément`, `a note verbale`, `an aide-mémoire`).
DIPLOMATIC_LOANS = frozenset("démarche démarches agrément aide-mémoire communiqué communiqués "
                             "chargé chargés d'affaires d’affaires attaché attachés détente "
                             "rapprochement entente verbale verbales mémoire".split())
# A model's designation, its letters and its number (`MiG-15`, `T-34`, `GAZ-51`, `Il-28`).
MODEL = r"[A-Z][A-Za-z]{0,5}-\d{1,4}[A-Za-z]?"
# A Spanish exclamation or question, its opening mark Spanish's alone (`¡Patria o Muerte!`,
# `¡Venceremos!`).
SPANISH_MARKED = r"[¡¿][^¡¿!?\n\[\]]{1,80}[!?]"
# A word or three in italics, in lower case (an apostrophe or a hyphen within: `p'umasi`), as
# translators set the original's terms (`*zud*`, `*bo doi*`).
ITALIC_TERM = LazyPattern(r"[^\W\d_A-Z][\w’'-]*(?: [^\W\d_A-Z][\w’'-]*){0,2}")
# A run of letters alone, no apostrophe inside it as `WORD` allows (a word glued to a bracket).
LETTERS = re.compile(r"[^\W\d_]+")

# Zipf frequency at or above which a word counts as ordinary English (4.5 ≈ 30 times in a
# million words of running text); transliterations such as "narodnye" score 0.
COMMON = 4.5
ENGLISH = 3.0
# English has a use for a word this frequent, however rare (`demarcation` 2.8,
# `plenipotentiary` 2.6, `counterrevolutionaries` 1.5), and none for a transliteration
# (`narodnye`, `voyska`: 0; `jiefang`, `sovnarkom`: 1.0).
KNOWN = 1.5
# The endings by which English builds words from others: a rare word so built is English.
# (`-ees`: those a verb is done to, `asylees`, `detainees`; not `Armee`, `Idee`, German nouns)
ENGLISH_FORMATION = re.compile(
    r"(?i)(?:[ts]ion|ment|ness|ity|ary|ory|ery|ance|ence|ism|ist|i[sz]ed?|i[sz]ing|ate[sd]?|"
    r"ing|ly|ous|ive|able|ible|ful|less|ship|hood|ward|ies|ions|ments|ers|ors|(?<=\w{3})ees)s?$"
    r"|'s$")


def _derive() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    table: dict[str, float] = {}
    for word, frequency in get_frequency_dict("en").items():
        zipf_value = math.log10(frequency) + 9
        if zipf_value >= KNOWN:
            table[word] = round(zipf_value, 2)
    return table


def wordfreq_version() -> str:
    """The installed wordfreq's version, from its `.dist-info` folder name when there is one:
    `importlib.metadata` alone costs more to import than the cache costs to load."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is not None and spec.origin is not None:
        for info in Path(spec.origin).parent.parent.glob("wordfreq-*.dist-info"):
            return info.name.removeprefix("wordfreq-").removesuffix(".dist-info")
    from importlib.metadata import version

    return version("wordfreq")


def dump_table(table: dict[str, float]) -> bytes:
    lines = sorted((word.encode("utf-8", "surrogatepass"), value) for word, value in table.items()
                   if "\t" not in word and "\n" not in word)  # never looked up
    return b"".join(word + f"\t{value!r}\n".encode("ascii") for word, value in lines)


class SortedTable:
    """The cache file's bytes, searched through a sparse index; the answers are remembered.

    The index holds the first word of each block of about `BLOCK` bytes (a few hundred
    words for the whole table, found by jumping, not by reading every line): a word is looked
    for in its block alone, by one `bytes.find`, where a bisection of the lines took some
    twenty steps of Python per word."""

    BLOCK = 1024

    def __init__(self, data: bytes) -> None:
        if data and not data.endswith(b"\n"):
            raise ValueError("a truncated word table")
        self.data = data
        self.known: dict[str, float] = {}
        self._starts: list[int] = []
        """Where each block starts: at a line start, the first at 0."""
        self._first_words: list[bytes] = []
        position = 0
        while position < len(data):
            self._starts.append(position)
            self._first_words.append(data[position : data.index(b"\t", position)])
            following = data.find(b"\n", position + self.BLOCK)
            position = len(data) if following < 0 else following + 1

    def zipf(self, word: str) -> float:
        value = self.known.get(word)
        if value is None:
            value = self.known[word] = self._search(word.encode("utf-8", "surrogatepass"))
        return value

    def begins_word(self, prefix: str, at_least: float) -> bool:
        """Whether a word of the table at least `at_least` frequent begins with `prefix`: the
        lines from the prefix's block on, up to the first that does not begin with it."""
        key = prefix.encode("utf-8", "surrogatepass")
        if not key or b"\t" in key or b"\n" in key:
            return False
        data = self.data
        position = self._starts[max(bisect.bisect_right(self._first_words, key) - 1, 0)]
        while position < len(data):
            tab = data.index(b"\t", position)
            line_end = data.index(b"\n", tab)
            word = data[position:tab]
            if word >= key:
                if not word.startswith(key):
                    return False
                if float(data[tab + 1 : line_end]) >= at_least:
                    return True
            position = line_end + 1
        return False

    def _search(self, key: bytes) -> float:
        if b"\t" in key or b"\n" in key:
            return 0.0  # never a word of the table (see dump_table)
        block = bisect.bisect_right(self._first_words, key) - 1
        if block < 0:
            return 0.0  # before the first word
        start = self._starts[block]
        end = self._starts[block + 1] if block + 1 < len(self._starts) else len(self.data)
        data = self.data
        if data.startswith(key + b"\t", start):
            tab = start + len(key)
        else:
            # A later line of the block: the key between the newline before it and a tab.
            found = data.find(b"\n" + key + b"\t", start, end)
            if found < 0:
                return 0.0
            tab = found + 1 + len(key)
        return float(data[tab + 1 : data.index(b"\n", tab)])


def cache_file() -> Path:
    """Where the derived table is kept: by wordfreq version and the lowest frequency kept (a
    table derived with another threshold is another file)."""
    return cache_dir() / f"english-zipf-{wordfreq_version()}-from-{KNOWN}.sorted"


def load_table() -> SortedTable:
    """The English table from the user cache, derived (and stored) when it is not there."""
    path = cache_file()
    try:
        return SortedTable(path.read_bytes())
    except (OSError, ValueError):
        pass
    data = dump_table(_derive())
    try:
        from teikit.io import atomic_write

        atomic_write(path, data)
    except OSError:
        pass  # a read-only home: the table is derived again next time
    return SortedTable(data)


def words(text: str) -> list[str]:
    return WORD.findall(text)


# An English preposition, then a name of two words or more, each capitalised (`of Rodong
# Sinmun`, `of Díaz Lanz`): whose or where, words English writes so.
# (a designation's figures among its words: `under PL 480`, the American law)
# (a name of one word, its parts hyphened: `[by Tomor-ochir]`)
PREPOSITION_THEN_NAME = re.compile(r"(?:of|in|from|to|by|for|with|at|on|under)\s+(?:[A-Z][\w’'-]*"
                                   r"(?:\s+(?:[A-Z][\w’'-]*|\d[\w/-]*))+|"
                                   r"[A-Z][a-z’']+-[A-Za-z][a-z’']+)")


def looks_transliterated(text: str) -> bool:
    """A soft or hard sign rendered as an apostrophe or a double mark (`opis’`, `ob’edinenie`,
    `pod”yekhal`) marks a transliteration; English's own apostrophes do not (`the
    government’s initiative`, `don’t`, `we’ll`), nor does a name's inside a phrase (`the
    so-called Yan'an group`, `Kim Ch'aek`: a romanisation's mark between syllables)."""
    for sign in _SOFT_SIGN.finditer(text):
        start = _WORD_START.search(text, 0, sign.start() + 1)
        at = start.start() if start is not None else 0
        if at == 0 or not text[at].isupper():
            return True
    return False


# The start of the word a position is in (the last run of letters up to it).
_WORD_START = re.compile(r"[^\W\d_]+(?=[^\W\d_]*$)")


# A German noun of the original, capitalised as German writes nouns (`[Landesregierungen]`,
# `[Vergesellschaftung]`, `[Großbauern]`): a long word with a German noun's ending.
_GERMAN_NOUN = re.compile(r"(?=\w{9,}$)[A-ZÄÖÜ][a-zäöüß]{3,}(?:ung|ungen|schaft|schaften|keit|"
                          r"heit|ismus|tät|bauern|regierung)")


# An Arabic name's word with its article joined, in lower case as transliteration prints it
# (`Fahmi Abd al-Latif [?]`, `Anwar el-Sadat`, `[Shukri al-Quwatli]`).
# (the French article elided, as a title or a name keeps it: `Chargé d'Affaires`, `d’Estaing`)
ARTICLE_JOINED = re.compile(r"(?:(?:al|el|ad|ed|an|ar|as|ash|at|az|ud|ul)-|[dl]['’])[A-Z][\w’'-]*")


def german_noun(word: str, is_english: Callable[[str], bool]) -> bool:
    """Whether a capitalised word is a German noun no English word is, where a capital would
    otherwise begin a name."""
    return _GERMAN_NOUN.fullmatch(word) is not None and not is_english(word)


# The shortest part of a word made of two English words that tells it is English.
_PART = 4


def english_made(word: str, is_english: Callable[[str], bool]) -> bool:
    """One word English makes of its own, rarer than its tables know: two English words
    joined (`counterpoints`, `underline`), a prefix and a word (`unnumbered`), or a plural's
    possessive (`countries’`)."""
    if " " in word:
        return False
    if word.endswith(("s’", "s'")):
        return is_english(word[:-1])
    lowered = word.lower()
    prefix = next((p for p in _PREFIXES if lowered.startswith(p)), "")
    if prefix and len(word) - len(prefix) >= _PART and is_english(word[len(prefix):]):
        return True  # `unnumbered`, `nonaggression`, `redeployed`: a prefix and a word
    return any(is_english(word[:cut]) and is_english(word[cut:])
               for cut in range(_PART, len(word) - _PART + 1))


# The prefixes English makes words with, before a word of its own.
_PREFIXES = ("non", "un", "re", "pre", "mis", "dis", "semi", "sub", "anti", "counter", "over",
             "under", "inter", "multi", "post")


# (the apostrophe of a possessive or of a contraction is English's, not a soft sign)
# A hard sign as a double mark between two letters (`pod”yekhal`, `ob″yom`) is no quotation.
# A sign after a letter, not an English contraction (`’s`, `’ll`, `n’t`). A word's first letter
# before it is a transliteration's (`s’ezd`), but for the elision of French and Italian
# (`coup d’etat`, `l’Humanité`) and English's own `o’clock` and Irish names (`O’Brien`).
# (the straight apostrophe and double mark as a typewriter prints them too: `zaputat'sya`,
# `s"est'`)
_SIGN_AFTER = r"['’](?!(?:s|ll|re|ve|d|m)\b|(?<=n['’])t\b)(?:[^\W\d_]|\b|$)"
# A sign ending a word before a space (`lager' mira`), not after an `s`, a plural's possessive
# (`the comrades' views`), nor closing a word a quotation mark opened (`the 'new' line`).
_SIGN_BEFORE_SPACE = r"(?:^|(?<=\s))[^\W\d_][^\W\d_]*(?<![sS])['’](?=\s)"
_SOFT_SIGN = re.compile(r"(?:(?<=[^\W\d_])[^\W\d_]|(?<![^\W\d_])[^\W\d_dlDLoO])" + _SIGN_AFTER
                        + r"|[^\W\d_][”″ʺʹ\"][^\W\d_]|" + _SIGN_BEFORE_SPACE)


# Adjectives of nationality and of direction: `the [North Korean] party`, `[Cuban] troops`.
# The words of that list that name no people: a direction or a camp (`the North [Korean] side`).
NO_PEOPLES = frozenset("allied socialist communist north south east west northern southern "
                       "eastern western central".split())
_NATIONALITIES = frozenset(LANGUAGE_CODES) | NO_PEOPLES | frozenset(
    "soviet american cuban yugoslav czechoslovak mexican brazilian argentine chilean canadian "
    "british egyptian israeli iraqi iranian syrian indian pakistani afghan african european "
    "asian cambodian kampuchean laotian algerian arab ethiopian angolan mozambican congolese "
    "ghanaian guinean malian nigerian kenyan tanzanian ceylonese nepalese philippine filipino "
    "malaysian singaporean australian austrian swiss belgian irish scottish welsh bolivian "
    "peruvian colombian venezuelan uruguayan paraguayan ecuadorian guatemalan nicaraguan "
    "salvadoran honduran panamanian dominican haitian jamaican palestinian lebanese jordanian "
    "saudi yemeni libyan tunisian moroccan sudanese".split()
)


# The states and lands the documents name most, by their English names (one word each, or
# the last word of their names: `[Korea]`, `[Union]` is none).
_COUNTRIES = frozenset(
    "korea china ussr vietnam cuba japan mongolia albania yugoslavia poland czechoslovakia "
    "hungary romania rumania bulgaria gdr frg germany india pakistan indonesia laos cambodia "
    "kampuchea burma egypt iran iraq syria israel turkey greece cyprus afghanistan ethiopia "
    "angola mozambique congo algeria mexico brazil argentina chile usa america britain "
    "england france italy austria finland sweden norway denmark netherlands holland belgium "
    "switzerland spain portugal canada taiwan tibet manchuria xinjiang philippines thailand "
    "malaysia singapore ceylon nepal lebanon jordan libya tunisia morocco sudan yemen "
    "venezuela colombia peru bolivia uruguay paraguay ecuador guatemala nicaragua panama "
    "russia ukraine belorussia byelorussia".split())


# The nouns of a place's kind, which complete its name (`Oriente [Province]`, `Tiananmen
# [Square]`).
PLACE_NOUNS = frozenset(
    "province district region county mountains mountain river lake sea ocean gulf bay strait "
    "peninsula valley desert canal island islands isle city plant station port square street "
    "avenue boulevard road highway bridge airport airfield gate palace hall harbour harbor"
    .split())
# The words of a place's kind that a place's name is printed with (`Port Arthur`, `Lake
# Khasan`, `Yalu River`); not a works' (`Supung Station`), named after its place.
PLACE_KINDS = PLACE_NOUNS - {"plant", "station"} | {"mount", "fort", "cape"}


def names_a_place(printed: str) -> bool:
    """`Port Arthur`, `Lake Khasan`, `Yalu River`: a name of two or more words, one of them a
    place's kind."""
    words = [word.rstrip(".’'").lower() for word in printed.split()]
    return len(words) >= 2 and any(word in PLACE_KINDS for word in words)


def is_country(word: str) -> bool:
    """Whether `word` is a state's or a land's English name (`Korea`, `Cuba`)."""
    return word.lower().strip(".,;:") in _COUNTRIES


def is_nationality(text: str) -> bool:
    """Whether every word of `text` is an adjective of nationality or direction, or a people
    so named (`[the Soviets]`, `[Sino-Soviet]`)."""
    found = [w.lower() for w in words(text)]
    found = [w for w in found if w != "the"] if len(found) > 1 else found
    return bool(found) and all(w in _NATIONALITIES or w in _COMBINING_FORMS
                               or (w.endswith("s") and w[:-1] in _NATIONALITIES)
                               for w in found) and not all(w in _COMBINING_FORMS for w in found)


# The first part of a compound of nationalities (`Sino-Soviet`, `Anglo-American`).
_COMBINING_FORMS = frozenset("sino anglo franco afro indo euro russo italo".split())


# The most letters a body's acronym has (`USSR`, `KGB`, `MfS`, `CPSU`, `PZPR`).
_ACRONYM_LETTERS = 6


def acronym_shaped(word: str) -> bool:
    """`USSR`, `MfS`: a word of letters alone, few, at least half of them (and two) capitals."""
    upper = sum(c.isupper() for c in word)
    return (word.isalpha() and len(word) <= _ACRONYM_LETTERS and upper >= 2
            and upper * 2 >= len(word))


def body_letters(text: str) -> bool:
    """`CCP`, `KWP`, `CPSU`, `MfS`: a body's acronym, one word of capitals with hardly a vowel
    (a name typed in capitals has its syllables' vowels: `LIU`, `SHAOQI`, `KIM`)."""
    word = text.strip()
    return acronym_shaped(word) and sum(c in "AEIOUaeiou" for c in word) * 4 <= len(word)
