"""Roles a line's own words settle, whatever the fitted role table says of it.

The table weighs cues learnt from a few dozen documents; what it has not seen it may give any
role. These lines are what they are in every family: a label naming what an attachment belongs
to is no number of the document, a hand's date no dateline, a caveat on the copies a
classification. The roles are settled after the table decided, so that its lines and weights
stay as fitted.
"""

from __future__ import annotations

from teikit.date_patterns import WEEKDAY
from teikit.lazy_pattern import LazyPattern
from teikit.markings import unspaced
from teikit.readers.furniture.cues import is_short_sentence
from teikit.readers.furniture.line_patterns import (
    CLASSIFICATION_LINE,
    COPIES_MADE,
    ENUMERATED,
    FILE_NUMBER_WITH_YEAR,
    FORM_NAME,
    OFICIO_FIELD,
    OPEN_END,
    PRECEDENCE,
    RECORD_KIND,
    SENTENCE_OPENING_WORDS,
    SPACED_CAPITALS,
    STAMP_IN_ITS_BRACKET,
    WHEN_AND_WHERE_LABELS,
)
from teikit.readers.furniture.line_shapes import (
    ESQUIRE,
    initialled_annotation,
    initialled_receipt,
)
from teikit.readers.furniture.lists import DISSEMINATED_TO, names_a_comrade, to_many_comrades
from teikit.readers.furniture.markings import PARENTHESISED_MARKINGS
from teikit.readers.furniture.transmitted import names_its_decision
from teikit.readers.joining import HAND_LABEL

# An archive's fond, inventory and file (`f.45 op.7 d.347`, `F. 3, Op. 65, D. 826`).
_ARCHIVE_REFERENCE = LazyPattern(
    r"(?i)\bf(?:ond)?\.\s?\d+\S*\s+op(?:is)?\.\s?\d+\S*\s+d(?:elo)?\.\s?\d+")
# A ministry's filing code, offices' letters and the file's figures in slashes, no number sign
# (`DEA/DNU/DAC/DAM/600.(24h)`, `ON/24/25/X/62`; one office before the file's index and its
# hours, `DAC/600.(24h)`; offices' letters with one in lower case before the file's index,
# `DEOr/DAS/DPo/600.(22)`).
_FILING_CODE = LazyPattern(r"^[A-Z]{2,}(?:/[\w.()]+){2,}\.?$|^[A-Z]{2,}/\d{3}\.\(\d{1,2}h\)$|"
                           r"^(?:[A-Z]{1,3}[a-z]?[A-Z]?/){2,}\d{3}[\w.()]*$")
# A line that opens on a hand's label: what follows is the hand's.
_BY_HAND = LazyPattern(rf"(?i)^\[\s*(?:{HAND_LABEL})")
# A stamp described in brackets, the whole line (`[CPSU CC stamp: 40929 15 December 1969
# Korea]`): the date is the stamp's.
_STAMP_ALONE = LazyPattern(r"(?i)^\[[^\[\]]*\bstamp(?:s|ed)?\b[^\[\]]*:[^\[\]]*\]$")
# Who sent or drafted the paper, by a form's label, no date after it (`Dispatch[ed by]:
# Hirdman, Pol 1`): a person and his office, nobody's dateline.
_BY_WHOM_UNDATED = LazyPattern(r"(?i)^[\w\[\] ]{2,25}?\bby\]?\s*:"
                               r"(?![^:]*(?:\b\d{4}\b|\d{1,2}[./-]\d{1,2}))")
_ESQUIRE = LazyPattern(ESQUIRE)
# The period a journal covers (`29 June through 8 August 1960`, `For the period from …`).
_PERIOD = LazyPattern(r"(?i)\bthrough\b|\bfor the period\b")
# A handling caveat on how many copies may exist.
_KEPT_IN_COPIES = LazyPattern(r"(?i)^to be (?:preserved|kept) in (?:\d+|one|a single) "
                              r"(?:handwritten |typed )?cop(?:y|ies)(?: only)?\.?$")
# A place, then a day, a month and a year, and nothing else: `Havana, 12 March 1963`,
# `Sofia, December 4, 1962`, `FROM BAKU 26 November 1945`, `from Beijing, on Sept 9th, 1973`
# (where and when the text was written, whatever line is above it; not a record's title:
# `Andropov Report, 1 November 1956`).
# (in the original's language too: `Bonn, den 22. Februar 1991`, `Paris, le 3 mai 1968`)
_PLACE = r"[A-ZÀ-Þ][A-Za-zß-ÿ’'-]+(?:[ -][A-ZÀ-Þ][A-Za-zß-ÿ’'-]+){0,2}"
# A day, a month and a year, and nothing after them (`12 March 1963`, `December 4, 1962`,
# `Sept 9th, 1973`, `22. Februar 1991`).
# (or in figures, the month in Roman ones or the year whole: `25.X.1962`, `25.X.62`,
# `25.10.1962`, `25/10/1962`)
_DAY_MONTH_YEAR = (r"(?:(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+[A-Za-zß-ÿ]+\.?"
                   r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}"
                   r"|\d{1,2}\.\s?(?:[IVX]{1,4}\.\s?(?:\d{4}|\d\d)|\d{1,2}\.\s?\d{4})"
                   r"|\d{1,2}/\d{1,2}/\d{4})\.?$")
# (a day of the week is no place: `Tuesday, 13 September 1951`)
# (the place's name as the translator gives it after the printed one: `Ulan Bator
# [Ulaanbaatar], 7 September 1984`)
_RENAMED = rf"(?:\s+\[{_PLACE}\])?"
_PLACE_THEN_DATE = LazyPattern(
    rf"^(?!{WEEKDAY})(?:(?i:from)\s+{_PLACE}{_RENAMED},?|{_PLACE}{_RENAMED},)\s+"
    r"(?:(?:on|den|am|le)\s+)?" + _DAY_MONTH_YEAR)


def place_then_date(text: str) -> bool:
    """`Moscow, October 5, 1966`, `Bonn, den 22. Februar 1991`: a place, then its date."""
    return _PLACE_THEN_DATE.match(text) is not None


# The place in the translator's brackets, then the date, its day or not (`[Berlin] January
# 1972`, `[Moscow], 3 May 1956`).
_SUPPLIED_PLACE_THEN_DATE = LazyPattern(
    rf"^\[{_PLACE}\],?\s+(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+)?[A-Z][a-z]+\.?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{4}\.?$")
# Whom the paper is to go to, dated (`Send to CC CPSU A. Mikoyan M. Suslov 29.X-1956`).
_SEND_TO = LazyPattern(r"(?i)^send to\s+\S")
# Whom a Chinese cable is to be passed on to, without the colon (`Forward to [Chen] Jiakang,
# Huang Hua`): two names or more, each a few words.
_FORWARD_TO = LazyPattern(r"(?i)^forward to\s+[^,.;:]{2,40}(?:,\s*[^,.;:]{2,40})+$")
# A cipher telegram's place in capitals and its date in three pairs of figures, as Hungarian
# embassies print it (`PYONGYANG, 80. 10. 07.`), whether or not the figures read as a date
# (`PYONGYANG, 08. 09. 10.`, the year's figures swapped in the transcription).
_PLACE_THEN_FIGURES = LazyPattern(r"^[A-Z][A-Z -]{2,}, \d\d\. ?\d\d\. ?\d\d\.?$")
# An archive's title for the document: its kind, a comma, who wrote to whom.
_ARCHIVE_TITLE = LazyPattern(r"(?i)^(?:cable|telegram|letter|memorandum|note|report|ciphergram)"
                             r",\s+\S.*?\bto\b")
# A section's number in Roman figures alone on its line (`III.`, `IV`).
_SECTION_NUMERAL = LazyPattern(r"^(?=[IVXL])(?!L\.?$)M{0,3}(?:XC|XL|L?X{0,3})"
                               r"(?:IX|IV|V?I{0,3})\.?$")  # (`L.` alone: an initial)
# A marking's word naming a kind of meeting, record or office (`Note of 1st Restricted
# Meeting 9 May 1966`, `Special Session`): a title's adjective, no marking of the page.
_MARKING_WORD_IN_TITLE = LazyPattern(
    r"(?i)\b(?:restricted|special|secret|confidential|personal|closed)\s+"
    r"(?:meetings?|sessions?|talks|conversations?|plenum|congress|discussions?|conference|"
    # (a paper's, its title going on: `Special Report of the Commission of 2 June 1962`)
    r"reports?(?=\s+(?:of|on|from|by|to|for|about)\b)|"
    # (or an office's: `[Receiving Office] Confidential Department`, `Special Section`)
    r"department|section|office|division|unit|sector|bureau|service)\b")
# The first word of a paragraph the export cut off after it (`Concerning`, `C. Considering`,
# `More`, `I`): a word of the language's grammar, or a participle no name is, after the
# point's letter if any; no signer's name (those end a document too: `Terebin.`, `STALIN`).
_CUT_OFF_OPENING = LazyPattern(
    rf"^(?:[A-Z0-9][.)]\s+)?(?:(?:{'|'.join(SENTENCE_OPENING_WORDS)})|"
    rf"[A-Z][a-z]{{3,}}(?:ing|ed)|"
    # (a capital alone, without the stop an initial has: any word's first letter)
    rf"[A-ZА-Я])$")
# The first letters of such a word, the export cut inside it (`Th`, `Thi`, `Af`); two letters
# or more, none a word of its own (a signer's short name: `Hu`, `Li`, `Mao`).
_CUT_INSIDE_OPENING = frozenset(
    word[:end] for word in SENTENCE_OPENING_WORDS for end in range(2, len(word))
) - set(SENTENCE_OPENING_WORDS)
# Lines the table takes for a document's number that are none: the telegram a line refers to
# (`Concerning Outgoing Telegram No. 2600`, `Re: your cable No. 12`), a web address alone, a
# letterhead's telephone or street (`Telefon 09131/182700`, `Hammerbacherstr. 12-14`), a form's
# `Number:` left empty.
# A record's particular that says when and where in one (a figure of its date after the label).
_WHEN_AND_WHERE = LazyPattern(r"(?i)^(?:" + WHEN_AND_WHERE_LABELS + r")\s*:\s*\D{0,20}\d")
# A copy's reference to the numbered file it belongs to, a line of its own, the number and at
# most a date after it (`to Nº 419/OP 30 June 1956`, the Russian `к №`).
_TO_ITS_NUMBER = LazyPattern(r"^(?i:to)\s+(?:N[º°o]\.?|№|No\.)\s*[\w/.-]*\d[\w/.-]*"
                             r"(?:,?\s+(?:of\s+)?[\w.]+){0,3}\.?$")
# A word in lower case, as a signer's name and office have few (`of`, `the` are too short).
_LOWER_WORD = LazyPattern(r"(?<![\w’'-])[a-z]{4,}\b")
# A reference to the telegram this one answers, its date with it, the telegram's own number
# before it or not (`1234. Reference: Deptel 567, March 4.`, `Re your tel 45 of 3 May`, `Your
# 123, May 2.`).
_CITES_ANOTHER = LazyPattern(
    r"^(?:\d{1,5}\.\s+)?(?i:(?:references?|re|reurtel|reembtel|deptel|embtel|urtel|"
    r"mytel)\b|ref\.|your\s+(?:tel(?:egram)?|cable|despatch|dispatch|note|letter)?\s*(?:no\.\s*)?\d)")
_NOT_ITS_NUMBER = LazyPattern(
    # (in parentheses too: `(Reference: Our cable No. 1271)`)
    r"^\(?(?i:(?:concerning|regarding|re|reference|further to|with reference to|"
    r"in reply to|follow-up to)\b|ref\.(?=:))[:.]?\s+\S|"
    # (an oficio's field, the paper it answers: `ANT. [Reference]: Your oficio Nº 88 of 2 March
    # 1972.`)
    rf"^{OFICIO_FIELD}|"
    r"^https?://\S+$|"
    # (`Note No. 25B of Cde. Beria dated 11 IV 53`: a comrade's paper, filed with this one)
    r"^[A-Z][a-z]+\s+(?:No\.?|N[º°]|№)\s*[\w/.-]+\s+of\s+(?i:cde|comrade|comr)\.?\s|"
    r"^(?i:tel(?:efon|ephone)?|phone|fax|telefax|telex|teletype)\b\.?:?\s*[\d(+]|"
    r"^[A-ZÄÖÜ][\wäöüß-]*(?:str\.|straße|strasse)\s+\d|"
    r"^(?i:number|no\.?|n[º°]|№)\s*:?$|"
    # (several numbers a reference cites, `Ref. Nº Nº 509-511 and 512-515`, `Ref. Nos. 12 and
    # 14`: the telegrams this one answers; `Spets. NºNº 204 205`, no reference's label, are the
    # special file's numbers of this one)
    r"^(?i:ref(?:erence)?\.?\s+(?:n[º°o]\.?\s*n[º°o]\b|nos\b|.*\d\s+and\s+(?:n[º°o]\.?\s*)?\d))")
# A sentence that cites a number (`Here is the supplement to our dispatch no. 481`): a word
# in capitals, then four or more words in lower case before the number's sign.
_SENTENCE_CITING_NUMBER = LazyPattern(
    r"^[A-Z][a-z]+(?:\s+[a-z][\w’'-]*){4,}\s+(?i:no\.?|nº|number)\s*\d")
# A form's name, then figures alone (`TELEGRAM 066738`, `Telegram 078708`, `CABLE 4159`): the
# form's number without its sign.
_FORM_THEN_FIGURES = LazyPattern(r"^(?P<form>[A-Z][A-Za-z ]+[A-Za-z])\s+\d[\d./-]*\d$")
# `Special` before a thing and where it goes (`Special Export to Egypt`): what the paper is about.
_SPECIAL_SUBJECT = LazyPattern(r"(?i)^special\s+[a-z]+\s+(?:to|for|with|in|from)\s+\S")
# `Special` before a number's sign or figures: the number of a special file (`Special No. 62`,
# `Special N1475`), where `SPECIAL` alone is a handling caveat.
_SPECIAL_NUMBER = LazyPattern(
    r"(?i)\b(?:special|spets\.?)\s+(?:(?:n[º°o]?\.?\s*|№\s*|#\s*){1,2})\d")
# A library's or registry's classification, figures and their subdivisions (`Classification:
# 664.2(236)(829) SSO`): the subject it is filed under, no security marking.
_FILED_UNDER = LazyPattern(r"(?i)^classification\s*:\s*\d[\d.()/:-]*(?:\s+[A-Z]{1,4})?$")
# A form's field for the one body a telegram is addressed to (no comma or semicolon parting
# others).
_ADDRESSED_TO_ONE = LazyPattern(r"(?i)^addressed to\s*:\s*[^,;]+$")
# A copy's number without a sign (`Copy 1`), alone on its line.
# (`Copy. 3`: a full stop after the word too)
# (which copy of how many, its ordinal first: `4th copy of 5`, `2nd copy`; its pages after
# it: `3rd copy, 5 pages`, `4th copy = 5 pages`, as the German `4. Ausfertigung = 5 Blatt`)
_BARE_COPY = LazyPattern(r"(?i)^(?:copy\.?\s+\d{1,3}\.?|\d{1,2}(?:st|nd|rd|th)\s+copy"
                         r"(?:\s+of\s+\d{1,3})?(?:(?:,\s*|\s*=\s*)\d{1,3}\s+(?:pages?|sheets?))?"
                         r"\.?)$")
# A section's number in figures and points, then its title's first word (`1.1. Introduction`,
# `2. Conclusions`): no document's number, which has a sign, letters or a slash.
_NUMBERED_HEADING = LazyPattern(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][a-z]+(?:\s+[A-Za-z][a-z]*)*$")
# Hours of a meeting (`10-12 am`, `10:00-12:30`).
_HOURS = LazyPattern(r"(?i)^\d{1,2}(?:[:.]\d{2})?\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*"
                     r"(?:[ap]\.?\s?m\.?|hrs?|hours)?$")
# A telegram's instruction to the typist (`NEW PARAGRAPH.`, `PARAGRAPH`).
_TELEGRAM_INSTRUCTION = LazyPattern(r"(?i)^(?:new\s+)?paragraph\.?$")
# The mark that ends a cable's text (`(End)`, `END OF TEXT.`, `[End of message]`).
_END_MARK = LazyPattern(
    r"(?i)^[(\[–-]?\s*end(?:\s+of\s+(?:the\s+)?(?:text|message|telegram|cable))?\.?\s*[)\]–-]?\.?$")
# Who translated the copy, under it (`Translated [by] P. Zudin`).
_TRANSLATED_BY = LazyPattern(r"(?i)^translated\b")
# How many copies were made, then where they went, on one line.
_COPIES_THEN_ITEMS = LazyPattern(rf"(?i)^(?:{COPIES_MADE})[.,:;]\s+\S")


# A record's kind as a form's label, its date in the column beside it (`Conversation.
# September 23, 1944`, `Memorandum   June 10, 1944`): when the talk was held, no title (which
# says of what or with whom).
_KIND_LABEL_THEN_DATE = LazyPattern(
    r"^(?i:conversation|memorandum|meeting|minutes|record)[.:]?\s+" + _DAY_MONTH_YEAR)


# A dotted leader before a figure (`Cost of 3 roomed house……………… 300 Eq-tanga`): a row of an
# account or a table of contents, whatever its number, nobody a copy went to.
_DOTTED_LEADER = LazyPattern(r"(?:…{2,}|\.{4,})\s*\d")


def cut_off_opening(text: str) -> bool:
    """`Concerning`, `C. Considering`, `Thi`: a paragraph's first word, or its first letters,
    the export cut off after them."""
    text = " ".join(text.split())
    return text in _CUT_INSIDE_OPENING or _CUT_OFF_OPENING.match(text) is not None


def is_period(text: str) -> bool:
    """`16 February through 24 March 1960`: the period a journal covers, no dateline."""
    return _PERIOD.search(text) is not None


# The days (nights) a Brazilian ministry's telegram was received on, as its form prints them
# (`ON/24/25/X/62`, `ON 19/20/IV/61`).
_NIGHTS_RECEIVED = LazyPattern(r"(?i)^on\s*/?\s*\d{1,2}/\d{1,2}/(?:[IVX]{1,4}|\d{1,2})/\d{2,4}$")


def settled_role(role: str, line: str, next_line: str | None) -> str:
    """The role of a line the table gave `role` (`next_line`: the line under it, which a line
    that stops open goes on in)."""
    text = " ".join(line.split())
    if role == "number" and (names_its_decision(text) or _ARCHIVE_REFERENCE.search(text)
                             or _FILING_CODE.match(text)):
        # `Attachment to the Decision of the Politburo #78 on #118`; `f.45 op.7 d.347`, where
        # an archive keeps the page; `DEA/DNU/DAC/DAM/600.(24h)`, the offices it went to
        return "text"
    if role == "number" and _NIGHTS_RECEIVED.match(text):
        return "text"  # `ON 19/20/IV/61`: the nights a Brazilian telegram came in, no number
    if role == "distribution" and STAMP_IN_ITS_BRACKET.match(text):
        return "text"  # `[Stamp: TOP SECRET` / `Copy No. 4]`: the stamp's bracket, whole
    if role == "distribution" and _ADDRESSED_TO_ONE.match(text):
        # `Addressed to: Ministry of Foreign Relations and Worship` on a telegram's form: the
        # one body it was sent to, no list of copies
        return "text"
    if role == "number" and (_NUMBERED_HEADING.match(text) or _HOURS.match(text)):
        return "text"  # `1.1. Introduction`: a section's number and title; `10-12 am`: hours
    if role == "number" and _SENTENCE_CITING_NUMBER.match(text):
        return "text"  # `Here is the supplement to our dispatch no. 481`: a sentence citing one
    if role == "number" and _NOT_ITS_NUMBER.match(text):
        # `Concerning Outgoing Telegram No. 2600`, `Ref. Nº Nº 509-511 and 512-515`: other
        # telegrams' numbers
        return "text"
    if role == "dateline" and _CITES_ANOTHER.match(text):
        return "text"  # `1234. Reference: Deptel 567, March 4.`: the date of the one it answers
    if role == "dateline" and (_BY_HAND.match(text) or _STAMP_ALONE.match(text) or is_period(text)
                               or text.count("]") > text.count("[")
                               or _ARCHIVE_TITLE.match(text) or _BY_WHOM_UNDATED.match(text)):
        # `[handwritten:] 10 September 1951`: the hand's date, not the sender's (a stamp's
        # likewise: `[CPSU CC stamp: 40929 15 December 1969]`); `29 June
        # through 8 August 1960`: the period a journal covers, its entries dated below;
        # `29 May 1958"]`: the last line of a hand's note opened above; `Cable, N. Firiubin
        # to Soviet Foreign Ministry 4 November 1956`: the archive's title, repeated;
        # `Dispatch[ed by]: Hirdman, Pol 1`: who sent it, no date
        return "text"
    if role == "classification" and _FILED_UNDER.match(text):
        return "text"  # `Classification: 664.2(236)(829) SSO`: where it is filed, no marking
    if role == "classification" and _SPECIAL_NUMBER.search(text):
        return "number"  # `MFA 25 September 1956 Special N1475`: a special file's number
    if (role == "classification" and _MARKING_WORD_IN_TITLE.search(text)
            and not CLASSIFICATION_LINE.match(text)):
        return "text"  # `Note of 1st Restricted Meeting 9 May 1966`: a meeting's title
    if (role == "classification" and (marked := PARENTHESISED_MARKINGS.search(text)) is not None
            and not (before := text[:marked.start()].strip()).endswith(":")
            and not CLASSIFICATION_LINE.match(before)):
        # `Report From Kabul (Secret. Urgent)`: a title, its markings after it (not a form's
        # label, `Classification: (Secret)`, nor an address, `Ambassador Pan: (Top Secret)`,
        # whose line is cut in two where the marking begins)
        return "text"
    if role == "classification" and _SPECIAL_SUBJECT.match(text):
        return "text"  # `Special Export to Egypt`: a subject's title, no marking
    if (role == "classification" and PRECEDENCE.match(text.replace("[", "").replace("]", ""))
            and not CLASSIFICATION_LINE.match(text)):
        return "text"  # `Priority: Special Rush` under `Secret`: the precedence, no marking
    if role == "signed" and SPACED_CAPITALS.match(text) and FORM_NAME.match(unspaced(text)):
        return "text"  # `R E P O R T`: the form's name spaced out, nobody's signature
    if role == "signed" and (_TELEGRAM_INSTRUCTION.match(text) or _END_MARK.match(text)
                             or _TRANSLATED_BY.match(text)):
        return "text"  # `NEW PARAGRAPH.`, `(End)`, `Translated [by] P. Zudin`: nobody signs there
    if role == "distribution" and _BY_HAND.match(text):
        return "text"  # `[Handwritten:] To be distributed to the members …`: the hand's note
    if role == "distribution" and FILE_NUMBER_WITH_YEAR.match(text):
        return "number"  # `(59) Bu Fa No. 0617`: a Chinese office's file number, its year first
    if role == "signed" and (initialled_annotation(text) or initialled_receipt(text)):
        # `[handwritten: To file. 2.XII.48] [illegible signature]`: the hand's; `Received by
        # [illegible signature]`: the office's receipt, its clerk's mark
        return "text"
    if role == "signed" and _ESQUIRE.search(text):
        return "text"  # `M.W. Perrin, Esq.,`: whom a British letter went to, nobody's signature
    if role == "signed" and is_short_sentence(text):
        return "text"  # `Defense minister should see.`: a minute over the signature, no name
    if role == "signed" and ENUMERATED.match(text) and _LOWER_WORD.search(text):
        return "text"  # `(1) Charge d’Affaires Huang should`: a numbered point of the text
    if role == "signed" and _SECTION_NUMERAL.match(text):
        return "text"  # `III.` over the section it numbers: nobody's initials
    if role == "signed" and next_line is None and cut_off_opening(text):
        return "text"  # the last line, a paragraph's first word where the export stopped
    if (role == "text" and (numbered := _FORM_THEN_FIGURES.match(text)) is not None
            and FORM_NAME.fullmatch(numbered["form"])):
        return "number"  # `TELEGRAM 066738`: the form's name and its number, no sign between
    if role == "text" and _KIND_LABEL_THEN_DATE.match(text):
        return "dateline"  # `Conversation.   September 23, 1944`: the record's date, labelled
    if role == "text" and _WHEN_AND_WHERE.match(text):
        return "dateline"  # `DATE AND PLACE: May 17, 1974, 9.00 am., Council of State, Bucharest`
    if role == "text" and _TO_ITS_NUMBER.match(text):
        return "number"  # `to Nº 419/OP 30 June 1956`: the file this copy belongs to, its number
    if role != "number" and _BARE_COPY.match(text):
        return "number"  # `Copy 1`: the copy's number without its sign
    if role == "text" and (DISSEMINATED_TO.match(text) or _FORWARD_TO.match(text)):
        return "distribution"  # `Disseminated to members of the Presidium …`: whom to
    if role == "dateline" and _SEND_TO.match(text):
        return "distribution"  # `Send to CC CPSU A. Mikoyan M. Suslov 29.X-1956`: whom to
    if role != "dateline" and _PLACE_THEN_FIGURES.match(text):
        return "dateline"
    if role == "text" and _PLACE_THEN_DATE.match(text) and not RECORD_KIND.search(text):
        return "dateline"  # (`Typed by: Vajdáné` / `Havana, 12 March 1963`: not the typist's)
    if (role == "text" and text[:1] == "[" and text[-1:] == "]"
            and _PLACE_THEN_DATE.match(text[1:-1].strip())):
        return "dateline"  # `[Sofia, 29 July 1979]`: the place and date the translator supplied
    if role == "text" and _SUPPLIED_PLACE_THEN_DATE.match(text):
        return "dateline"  # `[Berlin] January 1972`: the place the translator supplied, the date
    if role == "text" and _KEPT_IN_COPIES.match(_with_next_if_open(text, next_line)):
        return "classification"  # `To be preserved in` / `1 handwritten copy only`: a caveat
    if (role == "distribution" and _SENT_TO_ONE_PLACE.match(text)
            and not names_a_comrade(text.split(":", 1)[1])):
        return "text"  # `Sent to: India` on a telegram form: where it went, nobody listed
    if role in ("text", "dateline") and to_many_comrades(text):
        # `To Cdes. Gorbachev, Ryzhkov, …`, however long the line; `Sent to Cdes. Molotov,
        # Beria, …` over `from SOCHI`, the sending's words no dateline's
        return "distribution"
    if role == "distribution" and _DOTTED_LEADER.search(text):
        return "text"  # `2. Cost of 3 roomed house…………… 300 Eq-tanga`: an account's row
    if role == "distribution" and CLASSIFICATION_LINE.match(text):
        return "classification"  # `Eyes Only` under `FYI: Thee, Ludwik`: a marking, nobody named
    if role in ("text", "number") and _COPIES_THEN_ITEMS.match(text):
        return "distribution"  # `Two copies printed. Nº 2 to file.`: the copies, each's place
    return role


# A telegram form's destination, one place or two (`Sent to: India`, `Already Sent To: Mali`,
# `Sent to: Egypt and Syria`), not whom copies went to.
# (`Sent to: Cde. Vyshinsky` / `Cde. Gromyko` names whom it went to)
_SENT_TO_ONE_PLACE = LazyPattern(
    r"^(?i:(?:already\s+)?sent\s+to)\s*:\s*(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,2}$")


def _with_next_if_open(text: str, next_line: str | None) -> str:
    """A line's words, and the next line's when the line stops open (`To be preserved in` /
    `1 handwritten copy only`)."""
    if next_line is not None and OPEN_END.search(text):
        return text + " " + " ".join(next_line.split())
    return text
