"""Distribution lists among the furniture: which lines open one, which go on with it, and how
its heading and items are told apart (`Copies: Stalin (2), Molotov`, `Five copies printed` over
`1 - to Cde. Gromyko`, `Excerpts have been sent (to):` over `Cdes. Yagoda, Agranov`, a circular's
addressees). The assembler asks these of the lines; it decides where the list stands.
"""

from __future__ import annotations

import re

from teikit.lazy_pattern import LazyPattern
from teikit.readers.bullet_lists import BULLET
from teikit.readers.furniture.line_patterns import (
    CLASSIFICATION_WORD,
    COPIES_MADE,
    COPY_COUNT,
    COPY_LABEL_STOPPED,
    COUNT_AND_THIS_COPY,
    COUNT_ONLY,
    DISTRIBUTION_HEAD,
    ENUMERATED,
    FILE_NUMBER_WITH_YEAR,
    PLURAL_RECIPIENTS,
    POST_KINDS,
    PRECEDENCE,
    RECIPIENT,
    SEEN_BY,
    SENT_ALONE,
    TO_HEAD,
)
from teikit.readers.lines import LIST_HEAD, comrades_listed, split_at
from teikit.readers.units import LB, Unit, ends_sentence, join_units

Item = tuple[str | None, Unit]
"""A list's item: its label as printed (`1 -`, `2x`), if any, and its text."""

# (a space left out after the comma, the next name capitalised: `Stalin - 2,Molotov - 1`)
# (not a comma between the points' figures a recipient got: `Kabanov – [points] 1, 2.`)
_ITEM_COMMA = r"(?:(?<!\d),|(?<=\d),(?!\s*\d+(?:[,;.]|\s*$)))"
_COMMA_ITEMS = re.compile(rf"{_ITEM_COMMA}(?:\s+|(?=[A-ZА-Я]))")
# The places a telegram was sent on to, parted by dashes as French telegrams print them, each
# with its telegrams' numbers (`Moscow 968-71 – Washington 1049-52`): the dash has spaces
# either side, unlike the numbers' hyphen; two of them make a list.
_DASH_ITEMS = re.compile(r"\s[–—]\s+")
_SEMICOLON_ITEMS = re.compile(r";\s+(?=\S)")
_COMMA_OR_SEMICOLON_ITEMS = re.compile(rf"(?:;|{_ITEM_COMMA})(?:\s+|(?=[A-ZА-Я]))")
_DASHED_ITEMS = 2
COPIES = re.compile(rf"(?i)^(?:{COPIES_MADE})")
# Recipients on one line, each after a comma: `Cdes. Yagoda, Agranov, Litvinov`.
_COMMA_LIST = LazyPattern(r"^[^,]{2,60}(?:,[^,]{2,60}){2,}$")
# A list's heading without a colon, its recipients after it on the line.
_PASSED_ON = r"(?:already )?(?:forwarded|transmitted|circulated) to"
_HEAD_WORDS = LazyPattern(r"(?i)^\s*(?:copies(?: sent)? to|copy (?:to|for)|distributed to|send to|"
                          r"forward to|disseminated to|"
                          + _PASSED_ON + r")(?=\s+\S)")
# Whom a Soviet form says the paper went to, all on the line (`Disseminated to members of the
# Presidium …`), the address under it no more of them.
# (the order to distribute it, whom to named: `Distribute to the members and candidate members
# of the Presidium of the CC CPSU …`)
DISSEMINATED_TO = LazyPattern(r"(?i)^\s*(?:disseminated to(?=\s+\S)|distribute to(?=\s+(?:the\s+)?"
                              r"(?:members|all|comrades|cdes\.?|secretaries|heads)\b))")
# (`Already transmitted to Provincial Party Standing Committee, …`: whom the telegram went on
# to, without a colon)
_PASSED_ON_TO = LazyPattern(r"(?i)^\s*" + _PASSED_ON + r"\s+")
# `To Comrades Brezhnev, Kosygin, Andropov`: an address to many, as a Politburo extract lists
# them (`To comrades Gliga & Mihulecea` is an address); a bulletin's `for Comrades János Kádár,
# Károly Németh, …` too.
# (a telegram names the city first: `to MOSCOW, to Cdes. STALIN, MOLOTOV, BERIA, and MALENKOV`)
# (each comrade titled on his own: `To Comrade Erdélyi, Comrade Kós, Comrade Várkonyi, …`)
# (sent or distributed to them: `Sent to Cdes. Molotov, Beria, Malenkov, …`)
_TO_MANY = LazyPattern(r"(?i)^\s*(?:to\s+[^\W\d_]+(?:\s+[^\W\d_]+)?,\s*)?"
                       r"(?:(?:sent|distributed)\s+)?(?:to|for)"
                       r"(?=\s+(?:comrades|cdes\.|cmrds\.?|coms\.|comrade(?=\s[^,]+,\s*comrade\b))"
                       r"\s[^,]+(?:,[^,]+){2,}$)")
# A copy's number and where it went, a line each (`Copy Nº 1 to Cde. Kádár`, `Nº 2 – to
# Stalin`).
_COPY_NO = r"(?:N[º°o]\.?|№)\s*\d{1,3}"
_COPY_NUMBER = _COPY_NO + r"\s+"
# (the number glued to the `to` as a copy may print it: `Nº 1to Cde. Stalin`)
# (`Copy 1 – Minister of Foreign Affairs`: the number without its sign, where it went after the
# dash)
_NUMBERED_COPY = LazyPattern(rf"^(?:(?:Copy\s+)?{_COPY_NO}\s*(?:[–—-]\s+)?to\b|"
                             r"Copy\s+\d{1,3}\s*[–—]\s+(?=\S))")
# A copy's number with words after it, among such lines (`Copy Nº 15 copy`, `Copy Nº 1
# Distribution list`, `Nº 8 – copy` in a cable's table of copies); without the word `Copy`,
# the dash tells the copy's number from a document's (`Nº 31343`).
# (its number without `Nº`, a colon or a dash after it: `Copy 11: Comrade Puja`, `Copies 1-10:
# to the addressees`)
_COPY_LINE = LazyPattern(rf"^(?:Copy\s+{_COPY_NUMBER}|{_COPY_NUMBER}[–—-]\s+|"
                         r"Cop(?:y|ies)\s+\d{1,3}(?:\s*[–—-]\s*\d{1,3})?\s*[:–—-]\s*)\S")
# A copy's number whose addressee the export wrapped onto the next line (`Copy Nº 2` / `to
# Cde. Stalin` among `Copy Nº 1 to Cde. Stalin`, `Copy Nº 3 to Cde. Molotov`).
_BARE_COPY = LazyPattern(rf"^Copy\s+{_COPY_NO}$")
# Where so many of the copies went, a line each under the copies made (`Written: in four
# copies` / `three to Center` / `one to Embassy`; `To Center: two copies`; `Prepared in 3
# copies:` / `1 copy – Ministry of Foreign Affairs`).
# (the place named, or the file: `One to one talks were held.` is text)
# (whoever they went to after the article, in lower case too: `2 copies to the addressee`,
# `1 copy each to the embassies indicated`)
_COPIES_TO = LazyPattern(rf"^(?i:{COPY_COUNT})\s+(?:cop(?:y|ies)\s+(?:each\s+)?)?(?:to|for)\s+"
                         r"(?:the\s+[a-z]|(?:the\s+)?(?:[A-Z]|files?\b))[^.!?]{0,40}|"
                         rf"To\s+\w[\w .'’-]{{0,30}}:\s*(?i:{COPY_COUNT})\s+cop(?:y|ies)$|"
                         # (`1 copy – Comrade Ramiz Alia`, `1 copy: 4th Territorial Department`)
                         rf"(?i:{COPY_COUNT})\s+(?i:cop(?:y|ies))\s*[:–—-]\s+\S")
# The copies counted went by a list the page does not print (`25 copies printed` /
# `Distributed according to a list`).
_BY_A_LIST = LazyPattern(r"(?i)^(?:distributed|sent|circulated)\s+(?:according to|by|as per)\s+"
                         r"(?:a|the)\s+(?:distribution\s+)?list\.?$")
ADDRESS = LazyPattern(r"^To\s+(?!the\b)[A-Z][^.!?:]*$")
_DASHED_ADDRESSEE = LazyPattern(r"^[A-Z][^.!?]{2,60}\s[–—-]\s[A-Z][\w .'’-]{1,40}$")


# Where the copy of that order went (`1st copy – to Cde. I. V. Stalin`, `8th copy - to file`),
# or whom it went to, without a `to` (`1st copy Comrade Ulbricht`, `5th copy: ZAIG`, as the
# German `1. Expl. Genosse Ulbricht` is translated); several copies to one place (`4th-5th
# copy: Embassy / file`).
_ORDINAL_COPY = LazyPattern(r"^\d{1,2}(?:st|nd|rd|th)(?:\s?[-–]\s?\d{1,2}(?:st|nd|rd|th))?\.?"
                            r"\s+cop(?:y|ies)\s*[:–—-]?\s*"
                            r"(?:(?:to|for)\b|[A-ZÀ-ÖØ-ÞА-Я]|\d{1,2}(?:st|nd|rd|th)\s+[A-Z])")


def ordinal_copy(text: str) -> bool:
    """`1st copy Comrade Ulbricht`, `5th copy – ZAIG`: a copy by its order and its holder."""
    return _ORDINAL_COPY.match(text) is not None
# Where the copies of that number went, their numbers without a sign (`Copy 1 and 2 –
# addressee`, `Copy 3 – for the files`).
_COPIES_WENT = LazyPattern(r"(?i)^cop(?:y|ies)\s+\d{1,2}(?:\s*(?:and|,|[–—-])\s*\d{1,2})*\s*"
                           r"[–—-]\s+\S")


# The file a copy went to, as a list of recipients ends (`to file`, `File`, `to the archive`;
# `a/a`, `ad acta`, the Latin a Polish or Czech list prints).
_TO_THE_FILE = LazyPattern(r"(?i)^(?:(?:to\s+)?(?:the\s+)?(?:file|files|archives?|dossier)|"
                           r"a/a|ad acta)\.?$")


# The short words between a body's or an office's capitalised words (`Swiss Observer to the
# United Nations, New York`).
_LINKING_WORDS = frozenset("of the to in for and at on with de del".split())


# What a recipient's line says in parentheses after it (`Embassy in Washington (by pouch)`).
_PARENTHESIS_AT_END = LazyPattern(r"\s*\([^()]{1,40}\)[,;]?$")


def names_a_comma_apart(text: str) -> bool:
    """`Chairman, Liu, Zhou, Zhu, Chen [Yun], …`: capitalised names a comma apart, however
    many, the file last in lower case or not (`…, Dept. III, a/a`)."""
    parts = text.split(",")
    if len(parts) > 1 and to_the_file(parts[-1].strip()):
        parts = parts[:-1]
    return _COMMA_LIST.match(text) is not None and all(
        part.strip()[:1].isupper() for part in parts)


def capitalised_item(text: str) -> bool:
    """A line of capitalised words, short words linking them, a place after a comma or not,
    a word in parentheses after them or not: an office or a body a list names, however it is
    called."""
    named = _PARENTHESIS_AT_END.sub("", text)
    tokens = named.rstrip(",;").split()
    return (bool(tokens) and tokens[0][:1].isupper() and not ends_sentence(named)
            and all(token[:1].isupper() or token in _LINKING_WORDS for token in tokens))


# Posts in the places named, a list's item in lower case (`posts at Bonn, London, Paris`).
_POSTS_AT_PLACES = LazyPattern(rf"(?i)^(?:the\s+|all\s+)?(?:{POST_KINDS}|posts)\s+(?:at|in)\s+"
                               r"(?-i:[A-Z])[^.;:!?]*$")


def posts_at_places(text: str) -> bool:
    return _POSTS_AT_PLACES.match(text) is not None


# The kind of posts the copy went to after the heading's colon (`Copy to: Embassies`), and
# the places of those posts on the next line, a comma apart (`Beijing, Hanoi, Moscow`).
_POST_KIND_AT_END = LazyPattern(rf"(?i):\s*(?:{POST_KINDS})\s*$")
_PLACES = LazyPattern(r"^[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}"
                      r"(?:,\s*[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})+\.?$")


def posts_then_places(head: str, text: str) -> bool:
    """`Copy to: Embassies` / `Beijing, Hanoi, Moscow, New Delhi`: the posts' kind on the
    heading's line, their places under it."""
    return _POST_KIND_AT_END.search(head) is not None and _PLACES.match(text) is not None


def to_the_file(text: str) -> bool:
    return _TO_THE_FILE.match(text) is not None


# A paper's number, a dash, its day (`Nº 318 - 12.VIII.57`): no copy's number.
_NUMBER_THEN_DAY = LazyPattern(r"^(?:N[º°o]\.?|№)\s*\d+\s*[–—-]\s*\d{1,2}\.(?:[IVX]{1,4}|\d{1,2})"
                               r"\.(?:\d{4}|\d\d)\.?$")
# Where a copy went, then its number in parentheses (`to the CPSU CC Department (copy 3)`).
_TO_WHOM_THE_COPY = LazyPattern(r"(?i)^to\s+\S.*\((?:copy|copies)\s*(?:n[º°o]\.?\s*|№\s*)?"
                                r"\d{1,3}(?:\s*[-–,]\s*\d{1,3})?\)\.?$")


def copies_go_on(head: str, text: str) -> bool:
    """Whether `text` is one more copy of a list of numbered copies that `head` begins, or
    says where some of the copies that `head` counts went."""
    if _NUMBER_THEN_DAY.match(text) is not None:
        return False  # `Nº 318 - 12.VIII.57` under the copies: the paper's number and day
    if COPIES.match(head) is not None:
        # (each copy by its number, then where it went: `Protocol made in 3 copies:` / `Copy No.
        # 1 – Cde. S. Kania`)
        return (_COPIES_TO.match(text) is not None or _BY_A_LIST.match(text) is not None
                or _ORDINAL_COPY.match(text) is not None or _COPIES_WENT.match(text) is not None
                or _COPY_LINE.match(text) is not None)
    if heading_alone(head) and (_NUMBERED_COPY.match(text) is not None
                                or _COPY_LINE.match(text) is not None
                                or _TO_WHOM_THE_COPY.match(text) is not None):
        # `Copies:` / `Nº 1 to Cde. Stalin` / `Nº 2 to Cde. Stalin`; `Distribution:` / `Copy
        # No. 1 – Minister`; `Sent:` / `to file (copy 4)`
        return True
    return _COPY_LINE.match(head) is not None and _a_copy(text)


def _a_copy(text: str) -> bool:
    """One more line of a table of copies: `Copy Nº 2 …`, `Nº 8 – copy`, `Copy Nº 2` whose
    addressee was wrapped, or `Nº 2 to Cde. Stalin` (the copy's number and where it went)."""
    return (_COPY_LINE.match(text) is not None or _BARE_COPY.match(text) is not None
            or _NUMBERED_COPY.match(text) is not None)


def addressee_wrapped(previous: str, text: str) -> bool:
    """`Copy Nº 2` / `to Cde. Stalin`: the copy's addressee, wrapped onto the next line."""
    return _BARE_COPY.match(previous.strip()) is not None and names_a_comrade(text.strip())


def names_a_comrade(text: str) -> bool:
    """`Cde. Gromyko`, `to Cdes. Litvinov and Frinovsky`: the line begins with a comrade's
    title."""
    return RECIPIENT.match(text.lstrip().removeprefix("to ")) is not None


# The most words of an item that goes on as the one above it began.
_ITEM_WORDS = 6


def begins_as_the_item_above(above: str, text: str) -> bool:
    """`Main Department XX/AKG` / `Main Department XX/8`: a short line whose first two words,
    capitalised, are the item's above it: one more of the bodies listed (whatever the figure
    after them)."""
    above_words, words = above.split(), text.split()
    return (2 < len(words) <= _ITEM_WORDS and 2 < len(above_words) <= _ITEM_WORDS
            and words[:2] == above_words[:2] and all(word[:1].isupper() for word in words[:2])
            and not text.rstrip().endswith((".", ":", ";")))


_ADDRESS_WORDS = 6


def addresses_a_comrade(text: str) -> bool:
    """`To Cde. Stalin`, `To Comrade Molotov`: an address to a comrade, a short line of its
    own (a run of them, the several the text was sent to, each an item)."""
    text = text.strip()
    return (text[:3].lower() == "to " and names_a_comrade(text[3:])
            and len(text.split()) <= _ADDRESS_WORDS and not any(c in text for c in ":,;"))


def addresses_an_office_holder(text: str) -> bool:
    """`To the Minister of State Security of the Azerbaijan SSR General-Major Cde.
    Yemel’yanov`: an address to the holder of an office, the comrade's name ending it (a run
    of them, the several the text was sent to)."""
    text = text.strip()
    return (text[:3].lower() == "to " and len(text.split()) <= _OFFICE_ADDRESS_WORDS
            and _HOLDER_AT_END.search(text) is not None)


_OFFICE_ADDRESS_WORDS = 20
# The comrade's title and name ending an address (`… General-Major Cde. Yemel’yanov`, `…
# Comrade Director L. Petrescu`).
_HOLDER_AT_END = LazyPattern(r"\b(?:[Cc]de|[Cc]omr|[Cc]omrade)\.?\s+(?:[A-Z][\w’'-]*\.?\s+){0,3}"
                             r"[A-Z][\w’'-]+\.?$")


def addressees(text: str) -> bool:
    """More addressees of a circular: three or more capitalised names in a comma list, or a
    body and its place (`Legation of FPRY – Montevideo`)."""
    names = [part.strip() for part in text.split(",")]
    if len(names) >= 3 and all(name[:1].isupper() and len(name.split()) <= 4 for name in names):
        return True
    return _DASHED_ADDRESSEE.match(text) is not None


# A circular's addressee and his post, a line each (`Gede – MOSCOW` / `WILLMANN – BUDAPESZT`):
# a name of up to three words, a spaced dash, a place of up to three.
_POSTED_ADDRESSEE = LazyPattern(r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2})"
                                r"\s+[–—-]\s+(?P<place>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*)"
                                r"{0,2})$")


def posted_addressee(text: str) -> bool:
    """`Gede – MOSCOW`, `Mazur – PRAGA`: one of the envoys a circular is addressed to, with
    his post (each word capitalised, the place's in capitals or not)."""
    found = _POSTED_ADDRESSEE.match(text.strip())
    return found is not None and all(
        word[:1].isupper() for word in (found["name"] + " " + found["place"]).split())


# A circular's address to party bodies, in capitals a line each (`TO THE MEMBERS AND
# CANDIDATE MEMBERS OF THE CC CPSU` / `THE MEMBERS OF THE CPSU CENTRAL AUDITING COMMISSION` /
# `THE MOSCOW CITY COMMITTEE OF THE CPSU,`).
_BODIES_ADDRESSED = LazyPattern(r"^TO\s+(?:THE\s+)?[A-Z][A-Z ,.'’()-]{10,}$")
_BODY_IN_CAPITALS = LazyPattern(r"^(?:THE\s+)?[A-Z][A-Z ,.'’()-]{10,}$")


def addresses_bodies(text: str) -> bool:
    """`To all embassies and offices of the chargé d’affaires,` / `the Consulates-General in
    Jakarta and Rangoon,` / `the Xinhua News Agency offices abroad:`: the bodies a circular is
    addressed to, a line each, the last ending on the colon before the text."""
    return _BODIES_OF_A_CIRCULAR.match(text.strip()) is not None


# A line naming the posts or bodies a circular goes to, ending on a comma or on its colon.
_BODIES_OF_A_CIRCULAR = LazyPattern(
    r"(?i)^(?:to\s+)?(?:all\s+)?(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    rf"(?:(?:{POST_KINDS})(?:-general)?|offices|posts|bureaus|"
    r"committees)\b[^:;]{0,80}[,:]$")


def _unbracketed(text: str) -> str:
    """The line as its words read, the translator's brackets dropped (`[To the] Embassies`)."""
    return text.replace("[", "").replace("]", "").strip()


# The posts a telespresso went to for their information, under its addressee (`and, for
# information:`, `and, for information, to:`).
_FOR_INFORMATION = LazyPattern(r"(?i)^and,?\s+for\s+information,?(?:\s+to)?\s*:$")


def address_left_open(text: str) -> bool:
    """`[To the] Embassies in Vietnam, Korea, …, Afghanistan,`, `To: All Embassies and
    Consulates abroad,`: a circular's address to its posts, going on past its line's comma;
    `To:` alone over them, `To all Embassies, Offices of the Chargé d'Affaires and
    Consulates-General:` over each kind's posts, or `and, for information:` over those it went
    to for their information."""
    text = _unbracketed(text)
    if text.endswith((",", ";")):
        # (`To all Embassies, Legations and Consulates-General abroad;` / `the Offices of …;`:
        # each kind of post a semicolon apart)
        return (_POSTS_ADDRESSED.match(text) is not None or addresses_bodies(text)
                or names_posts(text))
    return (_TO_ALONE.match(text) is not None or _FOR_INFORMATION.match(text) is not None
            or (text.endswith(":") and posts_addressed(text)))


# A line of a circular's address naming its posts, whatever ends it (`Embassies in the Soviet
# Union, Mongolia, [North] Korea and Vietnam,`, `To: All embassies and offices of the chargé
# d'affaires abroad`, `Offices of the Chargé d'Affaires in the United Kingdom and the
# Netherlands`, `PERMANENT MISSIONS TO THE UNITED NATIONS …`); no sentence.
_POST_WORDS = r"embass(?:y|ies)|legations?|missions?|consulates?(?:-general)?|offices?"
_NAMES_POSTS = LazyPattern(
    r"(?i)^(?:to\s*:?\s*)?(?:and\s+)?(?:all\s+)?(?:the\s+)?"
    rf"(?:(?:permanent|trade|diplomatic|military|consular)\s+)?"
    rf"(?:{_POST_WORDS}|representations?|delegations?)\b"
    r"[^.!?:]{0,160}[,;:]?$")


def addresses_many_bodies(text: str) -> bool:
    """`To: the revolutionary committees of all provinces, …; all embassies, consulates and
    offices …; all Xinhua News Agency branches abroad:`, `To the Guangxi Zhuang Autonomous
    Region Party Committee, the Yunnan and Guangdong Provincial Party Committees, …, the
    Ministry of Public Security and the Ministry of Railways:`: a circular's whole address on
    one line, the bodies it goes to a comma or a semicolon apart, on the colon before the
    text."""
    text = _unbracketed(text)
    return (_TO_THE_BODIES.match(text) is not None and text.endswith(":")
            and len(_MANY_BODIES.findall(text)) >= _BODIES_ON_ONE_LINE
            and text.count(",") + text.count(";") >= _BODIES_ON_ONE_LINE - 1)


_TO_THE_BODIES = LazyPattern(r"(?i)^to\s*:?\s+(?:all\s+)?(?:the\s+)?[\w’'-]")
_MANY_BODIES = LazyPattern(rf"(?i)\b(?:{_POST_WORDS}|posts|bureaus?|committees?|ministr(?:y|ies)|"
                           r"branch(?:es)?|departments?|governments?|regions?)\b")
# The fewest bodies a circular's address names on its line.
_BODIES_ON_ONE_LINE = 3


# The most words of a line of posts that ends on a full stop (`Consulate-General in Karachi.`).
_POSTS_STOPPED_WORDS = 5


def names_posts(text: str) -> bool:
    """Whether the line names a circular's posts (`_NAMES_POSTS`); the last of them may end on
    a full stop, in a few words (`Consulate-General in Karachi.`)."""
    text = _unbracketed(text)
    if text.endswith(".") and len(text.split()) <= _POSTS_STOPPED_WORDS:
        text = text[:-1]
    return _NAMES_POSTS.match(text) is not None


def posts_addressed(text: str) -> bool:
    """`To: All embassies and offices of the chargé d'affaires abroad`: the posts a circular
    is addressed to, the first of its address's lines."""
    return names_posts(text) and _unbracketed(text)[:2].lower() == "to"


# More of the posts or bodies an address names, on a line of their own: a capital after an
# `and`, a `to` or an article, the line ending on a comma or on the colon before the text.
# (`all consulates general and consulates,` in lower case, by its posts' word; `and copied to
# the …:`, those a copy went to)
_ADDRESSEES_GOING_ON = LazyPattern(
    r"^(?:and\s+)?(?:(?:copied\s+)?to\s+)?(?:all\s+)?(?:the\s+)?"
    rf"(?:[A-Z]|(?i:{_POST_WORDS})\b)[^.!?;:]{{1,120}}[,:]$")
# (a post, or a body a circular addresses: `the Xinhua News Agency branches abroad:`)
_ADDRESSED_BODY = LazyPattern(
    rf"(?i)\b(?:{_POST_WORDS}|posts|bureaus?|committees?|branch(?:es)?)\b")
# The commas of places listed on a line (`Albania, Romania, Yugoslavia,`).
_PLACES_COMMAS = 3


# Places a comma apart, or posts and their places, on a line of their own that may end
# unstopped (`Moscow, Berlin, Warsaw, …, Havana` / `and to the Embassies in Beijing and
# Pyongyang`).
_PLACES_UNSTOPPED = LazyPattern(r"^(?:and\s+)?(?:to\s+)?(?:the\s+)?[A-Z][^.!?;:]{1,120}$")


def places_go_on(text: str) -> bool:
    """More of the places a circular's posts are in, under `To the Embassies … in`, the line
    ending on its last place."""
    text = _unbracketed(text)
    return _PLACES_UNSTOPPED.match(text) is not None and (
        text.count(",") >= _PLACES_COMMAS - 1 or _ADDRESSED_BODY.search(text) is not None)


def address_goes_on(text: str) -> bool:
    """`Albania, Romania, …, Congo (Brazzaville),` / `and the Offices of the Chargé d'Affaires
    in Britain and the Netherlands:`, `[and] the Xinhua News Agency branches abroad:`: more of
    the places or bodies a circular's address names, under its line left open; or more of its
    posts (`names_posts`)."""
    if names_posts(text):
        return True
    text = _unbracketed(text)
    return _ADDRESSEES_GOING_ON.match(text) is not None and (
        text.count(",") >= _PLACES_COMMAS or _ADDRESSED_BODY.search(text) is not None)


# The posts' kind a circular goes to, where the countries they are in follow on the lines under
# it (`To the Embassies in`).
# (whose posts they are may come between: `To the Embassies of the Hungarian People's Republic
# in`)
_TO_POSTS = (rf"(?i)^to\s+(?:all\s+)?(?:the\s+)?(?:{POST_KINDS})(?:-general)?"
             r"(?:\s+of\s+the\s+[^\W\d_][^,:;]{2,60}?)?\s+in")
_POSTS_IN = LazyPattern(rf"{_TO_POSTS}\s*:?$")
# Whose posts, without the `in` before their places (`To the Embassies of the Hungarian
# People's Republic` / `Beijing, Pyongyang, Ulaanbaatar, …`).
_POSTS_WHOSE = LazyPattern(rf"(?i)^to\s+(?:all\s+)?(?:the\s+)?(?:{POST_KINDS})(?:-general)?"
                           r"\s+of\s+the\s+[^\W\d_][^,:;]{2,60}$")
# The same words, the countries after them on their line (`To the Embassies in: Havana, …`).
_POSTS_IN_ON_THE_LINE = LazyPattern(rf"{_TO_POSTS}\b\s*:?(?=\s*\S)")
# Places a comma apart, the line ending on a comma or the colon before the text (`Korea,
# Vietnam, Albania, Romania,`, `the Soviet Union and Mongolia:`).
_PLACES_LISTED = LazyPattern(r"^(?:the\s+)?[A-Z][^:;.!?]{1,100}[,:]$")


def posts_in(text: str, following: str = "") -> bool:
    """`To the Embassies in`, over the places of the posts; or whose posts, over a line of
    their places (`following`) a comma apart (`To the Embassies of the Hungarian People's
    Republic` / `Beijing, Pyongyang, Ulaanbaatar, …`)."""
    text = text.strip()
    return _POSTS_IN.match(text) is not None or (
        _POSTS_WHOSE.match(text) is not None
        and _PLACES_UNSTOPPED.match(following.strip()) is not None
        and following.count(",") >= _PLACES_COMMAS)


def places_listed(text: str) -> bool:
    return _PLACES_LISTED.match(text.strip()) is not None


def bodies_addressed(head: str, text: str) -> bool:
    """Whether `text` is one more of the bodies a circular in capitals is addressed to, under
    the address `head` (`TO THE MEMBERS …`)."""
    return (_BODIES_ADDRESSED.match(head) is not None and _TO_A_COMRADE.match(head) is None
            and _BODY_IN_CAPITALS.match(text) is not None and len(text.split()) >= 3)


# An address in capitals to one comrade, his offices under it (`TO COMRADE PETAR MLADENOV` /
# `MEMBER OF THE POLITBURO …` / `MINISTER OF FOREIGN AFFAIRS`): no bodies.
_TO_A_COMRADE = LazyPattern(r"^TO\s+(?:COMRADE|CDE\.?|COMR\.?)\s")


def one_address_wrapped(head: str, text: str) -> bool:
    """`TO HIS MAJESTY SHAH OF IRAN` / `MOHAMMED REZA PAHLAVI`, `TO THE ACTING HEAD OF THE
    MPRP FOREIGN AFFAIRS` / `DEPARTMENT COMRADE SH. DAGVA`: an address in capitals and a line
    under it that is no list of its own; one addressee when nothing else follows (the caller
    counts the lines: a circular names two bodies or more)."""
    return bodies_addressed(head, text) and not one_line_list(text)


def one_line_list(text: str) -> bool:
    """`Copies: Stalin (2), Molotov, …`, `To: Coms. Brezhnev, Andropov, Grishin, …`: however
    long, a list on one line (`To: KRAJEWSKI, URGENT, EYES ONLY`, naming no comrades, is an
    address and its markings)."""
    if _COUNT_THEN_LISTED.match(text) is not None:
        return True  # `Copies printed: 12 (Premier, Vice Premier Chen [Yi], …, file)`
    head = LIST_HEAD.match(text) or _PASSED_ON_TO.match(text)
    if head is None:
        # (not the first line of posts going on under it, past its comma: the list's end is
        # unknown there)
        head = _POSTS_ADDRESSED.match(text) if not text.rstrip().endswith(",") else None
    if head is None:
        return False
    rest = text[head.end():]
    # (`TO: EMBASSIES IN WASHINGTON, MEXICO, HAVANA, …`: a circular's posts)
    if TO_HEAD.match(text) and not (PLURAL_RECIPIENTS.search(rest) or _POSTS.search(rest)
                                    or _cities_in_capitals(rest)):
        return False
    return (rest.count(",") + rest.count(";") >= 2 or _parted_by_dashes(rest)
            or len(_COPIES_HELD.findall(rest)) >= 2)


# How many copies a recipient had, after him in parentheses (`… Central Committee (2); Inner
# Mongolia … Party Committee (1)`).
_COPIES_HELD = LazyPattern(r"\(\d{1,2}\)\s*(?:[;,.]|$)")


# A circular's posts named by their cities alone, in capitals, three or more a comma apart
# (`To: HAVANA, WASHINGTON, MEXICO, RIO DE JANEIRO,`).
_CITIES_IN_CAPITALS = LazyPattern(r"\s*[A-Z][A-Z'’. -]*[A-Z]"
                                  r"(?:\s*,\s*[A-Z][A-Z'’. -]*[A-Z]){2,},?\s*")


def _cities_in_capitals(text: str) -> bool:
    """`HAVANA, WASHINGTON, MEXICO, RIO DE JANEIRO,`: the posts' cities, no marking among them
    (`KRAJEWSKI, URGENT, EYES ONLY` addresses one man and marks the telegram)."""
    return (_CITIES_IN_CAPITALS.fullmatch(text) is not None
            and CLASSIFICATION_WORD.search(text) is None
            and not any(PRECEDENCE.match(item.strip()) for item in text.split(",")))


def _parted_by_dashes(text: str) -> bool:
    """`President of the Republic – President of the Council – Minister`: names parted by
    dashes, as `_separated_items` parts them, each capitalised (not a phrase set off by
    dashes: `the Minister – who asked for them – today`)."""
    parts = [part.strip() for part in _DASH_ITEMS.split(text)]
    return len(parts) > _DASHED_ITEMS and all(part[:1].isupper() for part in parts)
_POSTS = LazyPattern(rf"(?i)^\s*(?:all\s+)?(?:the\s+)?(?:{POST_KINDS})\b")
# A circular's address to the posts or the party's committees it went to, all on the line
# (`To the Embassies in Pakistan, Afghanistan, Nepal, …`, `To the Central Committee bureaus;
# the Party committees of all provinces, …`): a list of them, however it is worded.
_POSTS_ADDRESSED = LazyPattern(rf"(?i)^to\s*:?\s+(?=(?:all\s+)?(?:the\s+)?(?:(?:{POST_KINDS})\b|"
                               r"(?:(?:central|party)\s+(?:committee\s+)?)?(?:committees|bureaus)\b))")


# An addressee by rank or title, name and office, a line each under `TO:` (`TO: Gen. Ivan
# Mihailov, Member of Politburo` / `Comrade Ivan Budinov, Minister of Foreign Trade`).
_TITLED_ADDRESSEE = LazyPattern(r"^(?:to\s*:\s*)?(?:comrades?|cdes?\.|comrs?\.|gen\.|general|"
                                r"marshal|colonel|admiral|mr\.|mrs\.|ms\.|dr\.)\s+"
                                r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+"
                                r"(?-i:[A-Z])[^,;:.!?]{3,70}$", re.IGNORECASE)


def titled_addressees(head: str, text: str) -> bool:
    """`TO: Gen. Ivan Mihailov, Member of Politburo` over `Comrade Ivan Budinov, Minister of
    Foreign Trade`: one more addressee, named with rank and office, of an address under `TO:`."""
    return (TO_HEAD.match(head) is not None and _TITLED_ADDRESSEE.match(head) is not None
            and _TITLED_ADDRESSEE.match(text) is not None and TO_HEAD.match(text) is None)


def posts_under_their_heading(head: str, text: str) -> bool:
    """`To: Embassies of the FPRY – Washington, Havana, …` / `Legation of the FPRY –
    Montevideo`: a circular's posts, each named with the place after a dash, the first on the
    `To:` heading's line; the posts on the line under `To:` alone."""
    if _TO_ALONE.match(head) is not None and _POSTS.match(text) is not None:
        return True  # `To:` / `Embassies in Pyongyang, Moscow, Ulan Bator and Hanoi`
    return (TO_HEAD.match(head) is not None and _DASH_ITEMS.search(head) is not None
            and _DASHED_ADDRESSEE.match(text) is not None)


# How many copies were made, then which of them this is, by its number (`9 copies printed. Copy
# Nº 3`).
_COPY_AFTER_COUNT = LazyPattern(rf"(?i)^\s*{COPY_COUNT}\s+copies(?:\s+(?:printed|made|typed))?"
                                r"\s*[.,;/]\s*(?=copy\s+(?:n[º°o]\.?|№)\s*\d{1,3}\.?\s*$)")


def copy_after_count(text: str) -> int | None:
    """Where the copy's number begins after the count (`9 copies printed. Copy Nº 3`), if it
    does."""
    found = _COPY_AFTER_COUNT.match(text)
    return None if found is None else found.end()


# Whom the paper is distributed to, labelled so (`To be distributed to:`, `Distributed to:`).
_DISTRIBUTED_TO = LazyPattern(r"(?i)^(?:to be )?distributed(?: to)?\s*:")
# `To:` alone on its line, over the posts a circular went to (`_POSTS`).
_TO_ALONE = LazyPattern(r"(?i)^to\s*:\s*$")


def opens_list(text: str, next_text: str | None) -> bool:
    """A list heading over numbered lines is a list, whatever each line looked like; so are
    copies numbered a line each (`Copy Nº 1 to …` over `Copy Nº 2 to …`), and an
    address followed by more addressees (a circular: `To Yugoslav Embassy` over `Washington,
    Havana, Mexico, …` and `Legation of FPRY – Montevideo`)."""
    if one_line_list(text) or _STOPPED_LABEL.match(text) is not None:
        # (`c.c.p. [with copy to]: Under-Secretary of Foreign Relations`: a copy's label,
        # however few it names)
        return True
    if _DISTRIBUTED_TO.match(text) is not None and one_item_on_its_line(text):
        return True  # `To be distributed to: the members … of the Politburo and …`: one item
    if next_text is None:
        return False
    if (counted_then_sent(text, next_text) or titled_addressees(text, next_text)
            or posts_under_their_heading(text, next_text)):
        return True
    if LIST_HEAD.match(text) or COPIES.match(text):
        # (`Printed 25 copies` / `(56) Wai Ji Zi No. 1394`: the office's file number, its year
        # in parentheses, no copy's)
        return ((ENUMERATED.match(next_text) is not None
                 and FILE_NUMBER_WITH_YEAR.match(next_text) is None)
                or copies_go_on(text, next_text))
    if (_NUMBERED_COPY.match(text) and _a_copy(next_text)) or (
            _COPY_LINE.match(text) and _NUMBERED_COPY.match(next_text)):
        return True  # the copies numbered, without a heading
    # (not when the line under the address heads a list of its own: `To MID USSR URGENT` /
    # `Copies: Malenkov, Molotov, …`)
    return (ADDRESS.match(text) is not None and addressees(next_text)
            and not (COPIES.match(next_text) or starts_another(next_text))) or bodies_addressed(
        text, next_text)


_SEEN_BY = LazyPattern(rf"(?i)^{SEEN_BY}")


def counted_then_sent(previous: str, text: str) -> bool:
    """`Made in: 12 copies` / `Sent to: Comrade Várkonyi …`: how many copies, then where they
    went under a heading of its own, one list."""
    return COUNT_ONLY.match(previous) is not None and LIST_HEAD.match(text) is not None


# A form's field for who did something to the paper (`Approved By: Chen Zhongjing`, `Read
# By:`, `Drafted by:`): a field of its own, no more of a list over it.
_DONE_BY_FIELD = LazyPattern(r"^(?:[A-Z][a-z]+\s+){1,2}(?i:by)\s*:")


def done_by_field(text: str) -> bool:
    """`Approved By: Chen Zhongjing` under `Read By:` on a Chinese cable form."""
    return _DONE_BY_FIELD.match(text) is not None


_STOPPED_LABEL = LazyPattern(rf"(?i)^{COPY_LABEL_STOPPED}")


def _stopped_label(text: str) -> str | None:
    found = _STOPPED_LABEL.match(text)
    return None if found is None else found.group().replace(" ", "").lower()


def copy_labelled_alike(above: str, text: str) -> bool:
    """`c.c.p. Embassy of Mexico in Washington` / `c.c.p. Department of Political Affairs`:
    each line labelled by the same stop-closed copy label, whom one more copy went to."""
    label = _stopped_label(text)
    return label is not None and label == _stopped_label(above)


def starts_another(text: str) -> bool:
    """`Recipients:`, `Three copies printed` or `Seen by` after a list: a list of its own."""
    return (LIST_HEAD.match(text) is not None or COUNT_ONLY.match(text) is not None
            or _SEEN_BY.match(text) is not None)


def left_open(text: str) -> bool:
    """`Copies: Stalin (2), Malenkov, Beria,`: a list line ending on a comma goes on in the
    next line, as one ending on a comrade's title without the name (`…, Comrade Házi,
    Comrade` / `Baek, …`)."""
    return text.rstrip().endswith(",") or _TITLE_LEFT.search(text) is not None


# A comrade's title at the end of a list's line, its name on the next.
_TITLE_LEFT = LazyPattern(r",\s*(?:Comrades?|Cdes?\.|Comrs?\.)\s*$")


# Whom copies went to, the comrades' title with no name after it (`Copies distributed to
# Cdes.`: the names are not printed on the page).
# (or without its colon: `Distributed to` over the offices, a line each)
_NAMES_MISSING = LazyPattern(r"(?i)^(?:copies\s+)?(?:distributed|sent|copies)\s+to"
                             r"(?:\s+(?:cdes?|comrades?|comrs?)\.?)?\s*:?$")


_SENT_ALONE = LazyPattern(rf"(?i){SENT_ALONE}")


def heading_alone(text: str) -> bool:
    """`Copies:`, `Seen by`, `Copies distributed to Cdes.`: a list's heading with nothing
    after it on its line (or only the title its names would take)."""
    head = LIST_HEAD.match(text)
    return ((head is not None and not text[head.end():].strip())
            or _SEEN_BY.match(text) is not None or _NAMES_MISSING.match(text) is not None
            or _SENT_ALONE.match(text) is not None)


def numbers_ended(previous: str, text: str) -> bool:
    """`3 – to the Secretariat’s file` / `drafted by …`: a numbered list ends with its
    numbers."""
    return (ENUMERATED.match(previous) is not None and ENUMERATED.match(text) is None
            and not copies_go_on(previous, text))


# Whom a protocol's extract went to, and for which of its points (`To Cdes. Andropov, Gromyko –
# all; Administration of Affairs of the CC – item 3`): however few the comrades, the dash and
# `all` or the point's number after them say it is the extract's list.
_TO_COMRADES_BY_POINT = LazyPattern(
    r"(?i)^\s*to(?=\s+(?:comrades|cdes\.|cmrds\.?|comrs\.)\s[^\n]+?\s[–—-]\s*"
    r"(?:all|everything|whole|(?:items?|points?|pp?\.|§)\s*\d{1,3}[a-z]?)\s*[;.]?(?:\s|$))")
# A circular's bodies addressed, in groups a semicolon apart (`To: Shanghai Bureau, Party
# committees of all provinces, …; all Central Committee Departments, …`).
# (the bodies between commas hold no comma: a body that might could be cut every way among
# many before the missing semicolon failed the line)
_TO_MANY_BODIES = LazyPattern(r"(?i)^\s*to\s*:\s*[^;:,]+(?:,[^;:,]+){2,};[^;:,]+(?:,[^;:,]+){2,}")


# One more line of such a list, under a line its semicolon leaves open (`… Vyshinsky – all;` /
# `Zverev – point 4.`): whom, a dash, then `all` or the points.
_BY_POINT_LINE = LazyPattern(
    r"(?i)^\s*[^\s–—-][^–—;:]{0,80}?\s[–—-]\s*(?:all|everything|whole|"
    r"\[?(?:items?|points?|pp?\.|§)\]?\s*\d{1,3}[a-z]?(?:\s*(?:,|and|–|-)\s*\d{1,3}[a-z]?)*)"
    r"\s*[;.]?\s*$")


def by_point_goes_on(previous: str, text: str) -> bool:
    """`To Cdes. Malenkov, …, Vyshinsky – all;` / `Zverev – point 4.`: the extract's list by
    point goes on past the semicolon that ends its line."""
    above = previous.rstrip()
    return (above.endswith(";") and _BY_POINT_LINE.match(text) is not None
            and (_TO_COMRADES_BY_POINT.match(above) is not None
                 or _BY_POINT_LINE.match(above) is not None))


def to_many_comrades(line: str) -> bool:
    """`To Cdes. [CPSU General secretary Mikhail S.] Gorbachev, [Soviet Premier Nikolai]
    Ryzhkov, … – everything; …`: comrades addressed, three or more, however long the line; or
    a circular's bodies, in groups a semicolon apart; comrades listed without the `To`
    (`lines.comrades_listed`)."""
    return (_TO_MANY.match(line) is not None or _TO_MANY_BODIES.match(line) is not None
            or _TO_COMRADES_BY_POINT.match(line) is not None or comrades_listed(line))


def has_a_start(first_line: str) -> bool:
    """A heading or a number a list begins with; `From BEIJING` among the opening furniture,
    `drafted by Cde. Mamulov` under the copies have neither."""
    return bool(LIST_HEAD.match(first_line) or COPIES.match(first_line)
                or _HEAD_WORDS.match(first_line) or _TO_MANY.match(first_line)
                or _TO_COMRADES_BY_POINT.match(first_line)
                or DISTRIBUTION_HEAD.match(first_line) or ENUMERATED.match(first_line)
                or comrades_listed(first_line) or DISSEMINATED_TO.match(first_line))


def closed_on_its_line(first_line: str) -> bool:
    """`Copies: Stalin (2), Molotov` among the opening lines: the heading and its items on one
    line, ended there (unless it ends on a comma, names a circular's posts, or the next line
    names a comrade: `Cde. Gromyko`)."""
    head = LIST_HEAD.match(first_line) or DISSEMINATED_TO.match(first_line)
    rest = first_line[head.end():].strip() if head is not None else ""
    # (`TO: EMBASSIES IN WASHINGTON, …, PARIS AND BONN`: a circular's posts may go on under it)
    return bool(rest) and not rest.endswith(",") and not posts_addressed(first_line)


def headed_names(first_line: str) -> bool:
    """`Copies to: the Chairman, Liu [Shaoqi], …`: the heading, then names a comma apart."""
    head = LIST_HEAD.match(first_line)
    return (head is not None and TO_HEAD.match(first_line) is None
            and _COMMA_LIST.match(first_line[head.end():].strip()) is not None)


def one_item_on_its_line(first_line: str) -> bool:
    """`c.c.: Vice-Minister Pelegrín Torras`: the heading and one recipient after it, no comma
    between recipients (the next, a line each, may follow)."""
    head = LIST_HEAD.match(first_line)
    if head is None or TO_HEAD.match(first_line):
        return False  # (`To: Cde. Stalin` / `Moscow`: the address, its place under it)
    rest = first_line[head.end():].strip()
    return bool(rest) and not any(mark in rest for mark in ",;")


def posts_a_line_each(first_line: str, line: str) -> bool:
    """`Copy to: Embassy Washington` / `Embassy Mexico` / `Permanent Mission of the SFRY to the
    UN – New York`: under a heading with one post on its line, more posts a line each."""
    head = LIST_HEAD.match(first_line)
    return (head is not None and one_item_on_its_line(first_line)
            and names_posts(first_line[head.end():].strip()) and names_posts(line))


def no_list_alone(first_line: str) -> bool:
    """`Made in 3 copies` alone (how many, not to whom), `5 copies, 2nd copy` (which copy
    this is), `4 copies / 7 pages` (and of how many pages), or one numbered line: no list."""
    return bool(COUNT_ONLY.match(first_line) or COUNT_AND_THIS_COPY.fullmatch(first_line)
                or _COPIES_AND_PAGES.fullmatch(first_line)
                or (ENUMERATED.match(first_line) and not LIST_HEAD.match(first_line)))


_COPIES_AND_PAGES = LazyPattern(r"(?i)\d{1,3}\s+cop(?:y|ies)\s*[/,;]\s*\d{1,3}\s+"
                                r"(?:pages?|sheets?)")


# How many copies were made, then the copies numbered, on one line.
# The count of copies, then whom they went to in parentheses, a comma apart (`Copies printed:
# 12 (Premier, Vice Premier Chen [Yi], Vice Ministers, …, file)`).
_COUNT_THEN_LISTED = LazyPattern(rf"(?i)^\s*(?:{COPIES_MADE})\s*\("
                                 r"(?=[^()]*,[^()]*,[^()]*\)\.?\s*$)")
_COUNT_THEN_NUMBERED = LazyPattern(rf"(?i)^\s*(?:{COPIES_MADE})\s*[.,:;](?=\s+\d{{1,2}}\s*[–—-]\s)")


def _head_end(text: str, head: str) -> int:
    """Where the heading ends in the line's `text`: after its colon, after the bracket the
    translator supplied it in (`[Forward to]`), or after the stop that closes it (`bcc.`)."""
    if head.endswith(":"):
        return text.index(":") + 1
    if head.startswith("["):
        return text.index("]") + 1
    return text.index(head) + len(head)


def heading_and_items(lines: list[Unit]) -> tuple[Unit | None, list[Item]]:
    """The list's heading, if it has one, and its items, each with its printed label."""
    head: Unit | None = None
    first_text = lines[0].plain.strip()
    if len(lines) > 1 and all(_STOPPED_LABEL.match(line.text) for line in lines):
        return None, [_stop_labelled(line) for line in lines]  # `c.c.p. …` / `c.c.p. …`
    stopped = _STOPPED_LABEL.match(lines[0].text)
    if (stopped is not None and len(lines) > 1
            and not lines[0].text[stopped.end():].lstrip().startswith(("[", ":"))):
        # `c.c. Compañero Daniel Ortega S., Coordinator of the JGRN […]` / `File`: the label
        # heads whom the copies went to, a line each (a comma within one names his office)
        head, rest = split_at(lines[0], stopped.end())
        return head, [(None, rest), *((None, line) for line in lines[1:])]
    listed = _COUNT_THEN_LISTED.match(lines[0].text) if len(lines) == 1 else None
    if listed is not None:
        # `Copies printed: 12 (Premier, …, file)`: the count and its parenthesis, the heading
        head, rest = split_at(lines[0], listed.end())
        return head, _separated_items(rest)
    counted = _COUNT_THEN_NUMBERED.match(lines[0].text) if len(lines) == 1 else None
    if counted is not None:
        # `Executed in 2 copies: 1 - to the addressee, 2 - to the file`: the count, then each
        # copy's number and where it went, on one line
        head, rest = split_at(lines[0], counted.end())
        return head, [_split_label(item) for _, item in _separated_items(rest)]
    if len(lines) > 1 and counted_then_sent(first_text, lines[1].plain.strip()):
        # `Made in: 12 copies` / `Sent to: …`: the count and the heading, one heading
        sent_to, items = heading_and_items(lines[1:])
        if sent_to is not None:
            return join_units(lines[0], [(LB, sent_to)], kind="text", level=0, marker=""), items
    if (not ENUMERATED.match(first_text) and not _NUMBERED_COPY.match(first_text)
            and not addresses_a_comrade(first_text)
            and not (len(lines) > 1 and (posted_addressee(first_text)
                                         or addresses_an_office_holder(first_text)))):
        # (`Nº 2 – to Stalin` says where a copy went, `Gede – MOSCOW` to whom and where, `To
        # the Minister of … Cde. Yakubov` to whom: the list's first item, no heading)
        head_match = LIST_HEAD.match(first_text)
        head_words = (_HEAD_WORDS.match(lines[0].text) or _TO_MANY.match(lines[0].text)
                      or _TO_COMRADES_BY_POINT.match(lines[0].text)
                      if head_match is None else None)
        if head_match and first_text[head_match.end():].strip() and (
                len(lines) == 1 or all(left_open(line.plain) for line in lines[:-1])):
            # `Copies: Stalin (2), Malenkov,` / `Bulganin, Mikoyan`: the recipients after the
            # heading, over as many lines as the commas carry them
            head, rest = split_at(lines[0], _head_end(lines[0].text, head_match.group()))
            return head, [item for line in (rest, *lines[1:]) for item in _separated_items(line)]
        if (len(lines) > 1 and head_words and _TO_COMRADES_BY_POINT.match(lines[0].text)
                and all(_BY_POINT_LINE.match(line.plain.strip()) for line in lines[1:])):
            # `To Cdes. …, Vyshinsky – all;` / `Zverev – point 4.`: whom the extract went to,
            # by point, over the lines its semicolons leave open
            head, rest = split_at(lines[0], head_words.end())
            return head, [item for line in (rest, *lines[1:]) for item in _separated_items(line)]
        if len(lines) == 1 and head_words and "," in lines[0].text[head_words.end():]:
            # `Copies to Malenkov, Molotov, Gromyko.`: the heading without its colon
            head, rest = split_at(lines[0], head_words.end())
            return head, _separated_items(rest)
        if head_match and first_text[head_match.end():].strip() and ":" in lines[0].text:
            # `Sent to: Comrade Várkonyi Comrade Roska` / `Comrade Esztergályos …`: the
            # heading, then recipients on its line and on the lines under it
            head, rest = split_at(lines[0], lines[0].text.index(":") + 1)
            # (`Distributed to Cdes.: Khrushchev, Bulganin, …` / `20 copies printed`: the
            # names a comma apart on the heading's line)
            first = (_separated_items(rest) if _COMMA_LIST.match(rest.plain.strip())
                     else _columns(_split_label(rest)))
            return head, [*first, *(item for line in lines[1:]
                                    for item in _columns(_split_label(line)))]
        if len(lines) == 1 and _POSTS_ADDRESSED.match(first_text) is not None:
            # `To the Embassies in Pakistan, Afghanistan, …`: the posts' countries after the
            # words that address them; `To all central bureaus; the Party committees of …`:
            # each a semicolon apart, the first in the address
            posts_in = _POSTS_IN_ON_THE_LINE.match(lines[0].text)
            if posts_in is None:
                return None, _separated_items(lines[0])
            head, rest = split_at(lines[0], posts_in.end())
            return head, _separated_items(rest)
        if len(lines) > 1 and not (names_posts(first_text) and not posts_addressed(first_text)):
            # (not posts a line each: `Embassies in the Soviet Union, …,` / `Embassies in
            # Poland, …,` / `[Copied to] the … Foreign Affairs Offices:`, each an item)
            head, lines = lines[0], lines[1:]
    if head is not None and len(lines) == 1 and _COMMA_LIST.match(lines[0].plain.strip()):
        return head, _separated_items(lines[0])  # `Excerpts sent to:` / `Cdes. Yagoda, Agranov`
    if head is None and len(lines) == 1 and comrades_listed(first_text):
        return None, _separated_items(lines[0])  # `Comrades Suslov, Molotov (MFA), …`
    return head, [item for line in lines for item in _columns(_split_label(line))]


# A second comrade's title on an item's line (`Comrade Gomulka Comrade Winiewicz`): the export
# ran two columns of recipients into one line; not after `and`, which joins two in one item.
_COLUMN_START = LazyPattern(
    r"(?<![,;&])(?<!\band)\s+(?=(?:Comrades?|Cdes?|Comrs?|Cmrds?|Tov)\b\.?\s+[A-ZА-Я])")


def _columns(item: Item) -> list[Item]:
    label, unit = item
    if label is not None or not names_a_comrade(unit.text):
        return [item]
    found = [m.start() for m in _COLUMN_START.finditer(unit.text)
             if len(unit.text[: m.start()].split()) >= 2]  # (`to Cdes. …` is one recipient)
    if not found:
        return [item]
    columns: list[Item] = []
    rest = unit
    for position in reversed(found):
        rest, right = split_at(rest, position)
        columns.append((None, right))
    columns.append((None, rest))
    return columns[::-1]


def _stop_labelled(unit: Unit) -> Item:
    """The item after its stop-closed copy label (`c.c.p.`), the label apart; with it, where
    the translator's English for the label follows it (`c.c.p. [with copy to] the Embassy …`:
    the bracket says what the label means, which only the label before it tells)."""
    label = _STOPPED_LABEL.match(unit.text).group()  # type: ignore[union-attr]
    if unit.text[len(label):].lstrip().startswith("["):
        return None, unit
    _, rest = split_at(unit, len(label))
    return label, rest


def _split_label(unit: Unit) -> Item:
    # (a Markdown list's bullet before a recipient, `-   Cdes: Stalin`, as an export writes a
    # web page's list: the item's label, as a number is)
    bullet = BULLET.match(unit.text)
    if bullet is not None:
        return bullet.group(1), split_at(unit, bullet.end())[1]
    found = ENUMERATED.match(unit.text)
    if found is None or found.start("label"):
        return None, unit  # (a label the translator supplied stays in its brackets, the item's)
    label = found["label"]
    _, rest = split_at(unit, len(label))
    return label, rest


# An annotation's label opening the recipients: the hand wrote all that follows it.
_LABELLED = LazyPattern(r"^\s*\[[^\]]{2,40}:\]")


def _separated_items(unit: Unit) -> list[Item]:
    """`Stalin (2), Molotov, Beria`: one item per recipient, each keeping its comma (or its
    dash, when dashes part them: `Moscow 968-71 – Washington 1049-52 – …`); one item for
    recipients written by hand (`[Handwritten:] 113, 152`), the annotation whole."""
    if _LABELLED.match(unit.text) is not None:
        return [(None, unit)]
    separator = _COMMA_ITEMS
    semicolons = len(_SEMICOLON_ITEMS.findall(unit.text))
    if semicolons and semicolons >= unit.text.count(","):
        # `Minister Jan Masaryk; Secretary General V. Clementis; file`, `Foreign Secretary T.
        # N. Kaul; Ambassador D. P. Dhar, Moscow`: semicolons part the recipients, a comma
        # joins a recipient's words
        separator = _SEMICOLON_ITEMS
    elif semicolons:
        # `Molotov, Vyshinsky, Voznesensky - all; Sokolovsky - point 3.`: both part them
        separator = _COMMA_OR_SEMICOLON_ITEMS
    elif "," not in unit.text and len(_DASH_ITEMS.findall(unit.text)) >= _DASHED_ITEMS:
        separator = _DASH_ITEMS  # `Moscow 968-71 – Washington 1049-52 – London 910-13`
    items: list[Item] = []
    rest = unit
    while True:
        found = _separator_outside_parentheses(separator, rest.text)
        if found is None:
            items.append((None, rest))
            return items
        first, rest = split_at(rest, found.start() + len(found.group().rstrip()))
        items.append((None, first))


def _separator_outside_parentheses(separator: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first separator that parts two recipients: `the Ministry of Foreign Affairs
    (Minister, Vice Ministers, Asia Department)` is one, whatever its commas."""
    for found in separator.finditer(text):
        before = text[: found.start()]
        if before.count("(") <= before.count(")"):
            return found
    return None
