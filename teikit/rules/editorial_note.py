"""`[emphasis in the original]`, `[date left blank]`, `[Translator's note: …]` → inline notes."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, bracketed
from teikit.date_patterns import MONTH_WORD_PATTERN
from teikit.lazy_pattern import LazyPattern
from teikit.metadata.languages import language_code
from teikit.model import Inline, Intervention, Text
from teikit.rules.base import (
    EDITOR_SIGNED,
    TRANSLATOR,
    BracketContext,
    DocumentContext,
    Match,
    Rule,
    WordRule,
    WordSpan,
)
from teikit.rules.lexicon import is_nationality
from teikit.rules.names import ends_with_title
from teikit.rules.omission import OMISSION_MARK

# Whose note it says it is: the translator's or the editor's.
_WHOSE = r"translator['’]?s?|editor['’]?s?|ed\.|trans\."
NOTE_LABEL = re.compile(rf"(?i)^\s*(?:{_WHOSE}|tn|t\.\s?n\.|n\.\s?b\.)"
                        r"\s*(?:note\s*(?:[:—–]|--)|:)")  # (`[trans. note—presumably …]`)
# The label of such a note printed without brackets, its dash a hyphen as often as not.
_NOTE_LABELLED = rf"(?:{_WHOSE})\s*note\s*[:—–-]"
# Words by which an editor describes the document rather than transcribing it.
_EDITORIAL_WORDS = re.compile(
    # (whole words: the `editor` of `the deputy editor-in-chief said` is no editor's remark)
    r"(?i)(?<![\w-])(?:original|blank|identified|emphasis|underlined|underscored|deleted|"
    # (`[who had crossed the border …]`: the verb of the text with its object, words supplied)
    r"(?:crossed|struck)(?!\s+(?:the|a|an|into|over|across|to|at|down)\b)|"
    # (`[signed it]`: the verb with its object, words supplied; `agreements [signed by the two
    # sides]`: by whom, the sentence's words; `[signed by Gromyko]` is the page's signature)
    r"erased|signature|signed(?!\s+(?:it|them|the|this|that|an?|his|her|their|by\s+(?:the|both))"
    r"\b)|unsigned|"
    r"sgd(?=\.|$)|seal|missing|unclear|handwriting|typed|typewritten|printed|"
    # (`[end p. 1]`: the page named as a citation abbreviates it)
    r"illegible|page|p\.(?=\s*\d)|text|document|sic|translator|editor|not\s+translated|omitted|"
    r"continued|"
    r"translation|translated|not\s+given|no\s+(?:\w+\s+)?given|initials|initialed|initialled|photo|photograph|"
    # (`[place not provided]`: what the page leaves out, as `[date not given]`; `your telegram
    # of 7 December [not found]`: what the archive lacks of a document referred to)
    # (`his note of 20 March [not published]`, `Comrades Indra and Lenárt [not recorded]`:
    # what the edition or the record lacks, said of what the sentence names; `(the
    # memorandum is attached) [not attached to this copy]`: what the copy lacks)
    r"not\s+(?:provided|stated|indicated|specified|found|available|published|recorded|"
    r"located|reproduced|attached|enclosed)|"
    # (`"… from outside" [he stressed the last words]`: how the words before were said)
    r"(?:stressed|emphasi[sz]ed|underlined|repeated)\s+(?:the|these|those|this|that)\s+"
    r"(?:(?:last|first|following|preceding)\s+)?(?:\w+\s+)?words?|"
    r"illustration|check\s?mark|highlighted|pencil|hand-?written|not\s+filled(?:\s+in)?|"
    # (`[sentence marked in the margin with a vertical line]`: a reader's mark on the page)
    r"marked\s+in\s+the\s+margin|(?:vertical|marginal)\s+lines?|"
    # (`[transliterated]`, `[phonetic spelling]`: how the translator wrote the word before)
    r"transliterated|transliteration|phonetic(?:ally)?|"
    # (`[pinyin: Ding Pei]`: the name in another romanisation)
    r"pinyin|wade-giles|romani[sz](?:ed|ation)|hangul|hanja|kanji|"
    # (`SANTO DOMINGO, 23 October 1962 [received 24 October]`: when the cable came, the
    # translator's remark on the dateline)
    r"(?:received|dispatched|arrived|delivered)(?=\s+(?:on\s+|at\s+)?\d)|"
    # (`[end of excerpt]`, `[reverse side]`: where in the paper the text stands)
    r"excerpts?|extracts?|reverse|verso|obverse|underlining|incomplete|"
    r"left\s+empty|"
    # (`[attached: Kim Il Sung’s oral message]`: what the page has with it, labelled)
    r"attached(?=\s*:)|enclosed(?=\s*:)|"
    # (`[added by hand]`, `[letterhead with eagle]`: what the page shows, not words of its text)
    r"by\s+hand|letterhead|emblem|coat\s+of\s+arms|logo|watermark|"
    # (`[expansion unknown]`, `[meaning unknown]`: what the translator does not know;
    # `[figure unconfirmed]`: what no other source confirms)
    r"unknown|unspecified|unconfirmed|unverified|not\s+(?:confirmed|verified)|"
    # (`[no date]`, `[no classification or copy Nº]`: what the page lacks)
    r"no\s+(?:date|classification|signature|number|title|heading|address|addressee)|"
    r"not\s+dated|undated|"
    # (`[henceforth referred to as Kim]`: how the record names someone from here on)
    r"henceforth|hereafter|hereinafter)(?![\w-])"
)


# The paper or its text named alone in a sentence (`after studying [the document]`, `contains
# the following [text]:`), its preposition too (`agrees [with the document]`, `to include the
# sum [in the document]`): the words the sentence wants, supplied.
_THE_PAPER_ALONE = LazyPattern(r"(?i)(?:(?:in|into|from|to|of|on|by|with|under)\s+)?"
                               r"(?:(?:the|this|that|a)\s+)?(?:text|document)s?")


# "[in Russian]", "[written in English in the original]", "[French in original]": the language
# is a language's name.
_IN_LANGUAGE = re.compile(r"^(?:(?:[Ii]n|[Ww]ritten in) (?P<language>[A-Z][a-z-]+)"
                          r"(?: in the original)?|(?P<first>[A-Z][a-z-]+) in (?:the )?original)$")
# "[see note 3]", "[See Attachment 1]", "[see also the map]", a cable's "[vide my 935]", "[see
# our telegram 12]": a cross-reference.
# (`[see the statement of the Cuban government of 28 October]`: a paper named by its kind)
_SEE = (r"(?i:(?:see|vide) (?:also )?(?:(?:the )?(?:notes?|below|above|footnotes?|documents?|"
        r"statements?|telegrams?|letters?|reports?|cables?|speech|speeches|articles?|"
        r"resolutions?|decisions?|protocols?|minutes|records?|memorandum|memoranda|"
        r"doc\.|attachments?|appendix|appendices|annex|enclosures?|maps?|tables?|pages?|p\.|"
        r"pp\.|chapter|part|section|item|point)|(?:my|our|your) (?:\w+ )?(?:no\.? ?)?\d+))")
# A capitalised remark opens with one of these: "[Translation from Russian]", "[Signature]",
# "[Probably Stalin]", "[Unidentified]", a recording's "[Time Stamp: 00:00:07]".
_EDITORIAL_OPENING = re.compile(
    r"^(?:Translation|Translated|Translator|Note|Editor|Seal|Signature|Signed|Illegible|"
    r"Emphasis|Original|Underlined|Crossed|Struck|Deleted|Erased|Text|Pages?|Attachment|"
    r"Enclosure|Omitted|Blank|Facsimile|"
    # (`[End of document]`, `[Beginning of the excerpt]`: where the paper's text ends or begins)
    r"(?:End|Beginning|Start)(?= of (?:the )?(?:document|text|message|telegram|cable|letter|"
    r"record|page|excerpt|extract|transcript|translation|file|attachment|enclosure)s?\b)|"
    # (`[Here follows a list of the delegates]`: what the text has there, as FRUS says it)
    r"(?:Here|There) follows?|Follows(?= (?:the |a |an )?[a-z])|"
    r"Marginal|Margin|Remainder|Rest|Continued|Untranslated|Unsigned|Not|Unidentified|Excerpts?|"
    r"Unknown|Identity|Probably|Possibly|Presumably|Apparently|Perhaps|Evidently|Literally|"
    r"Meaning|Namely|Sic|Lit\.|I\.\s?e\.|E\.\s?g\.|Time\s?[Ss]tamp|"
    # (`[Reference is to the Korean War]`, `[The allusion is to …]`: what a phrase means)
    r"(?:The (?:reference|allusion)|Reference|Allusion) (?:is )?to(?= \S)|"
    # (`[Initial]`, `[Initials]` alone: where the page has a signer's initials, as
    # `[Signature]` is where it has his name; `[Initial talks]` supplies words)
    r"Initial(?:s|l?ed)?$|"
    # (`[Received 1:08 p.m.]` under a telegram's dateline: when it came, the editor's note)
    r"(?:Received|Dispatched|Arrived|Delivered)(?=\s+(?:on\s+|at\s+)?\d)|"
    # (`[Following sentence highlighted …]`: the remark names the part of the text it is on)
    r"(?:The )?(?:Following|Preceding) (?:sentences?|paragraphs?|passages?|text|words?|lines?)"
    r"|" + _SEE + ")"
    r"(?!\w)"
)
# A gloss or comment opens with one of these: "[i.e., the Soviet side]", "[lit. 'to join']",
# "[probably a misprint]", "[now Ho Chi Minh City]", "[see note 3]", "[code name for the
# Soviets]".
_REMARK_OPENING = re.compile(
    r"^(?:i\.\s?e\.|e\.\s?g\.|lit\.|literally|meaning|that is(?:,| to say)|namely|viz\.|cf\.|"
    r"probably|possibly|presumably|apparently|perhaps|evidently|unidentified|identity unknown|"
    # (`[possible omission]`, `[possible typo]`: a doubt about the text, no words of it)
    r"possible\s+(?:omission|error|typo|misprint|mistranslation|misspelling|lacuna|gap)|"
    # (`[actually: Minister]`: what the text should have said, the translator's correction)
    r"(?:actually|in fact|correctly|should read)\s*:|"
    # (`[reference to De Gaulle’s 1958 … proposal]`: what a phrase alludes to)
    r"(?:an?\s+)?(?:reference|allusion) to(?= \S)|(?:referring|alluding) to(?= \S)|"
    # (`[Reference is to the Korean War]`, `[The allusion is to …]`)
    r"(?:the\s+)?(?:reference|allusion) is to(?= \S)|"
    r"name unknown|hereafter|formerly|(?:an?\s+|the\s+)?(?:code\s?name|cover name|pseudonym|"
    # (`[today the provinces of Santiago de Cuba, Granma, …]`: what the place is called now)
    # (`[today's Plaza de la Revolución]`, `[present-day Donetsk]`: so too)
    r"cryptonym|alias)|" + _SEE + r")(?!\w)|^(?:now|today|today['’]s|present-day)(?= [A-Z]| the )"
    # (`[= the Soviet side]`: the sign of equality, for `i.e.`)
    r"|^=\s?(?=[^\s=])"
)
# What the text refers to, as a translator of Russian says it (`имеется в виду`): "[Radio
# Liberty is meant]", "[the Chinese side is meant here]".
_MEANT = re.compile(r"(?i)\b(?:is|are|was|were)\s+(?:meant|implied)(?:\s+here)?\.?$")
# Who the person named before it is, in the translator's words: "Guo Moruo [a prominent
# Chinese author as well as government official]" (no words supplied open so).
# (a clause's opening ends on a word of grammar, no description: `Constitution, [a project for
# the completion of which] a new committee …`)
# (or by a trade in three words: `Vavruš [a ČTK reporter]`)
_WHO_IS = re.compile(r"^(?:a|an)\s+(?:(?:[\w’'-]+\s+){2,}[\w’'-]+|[\w’'-]+\s+(?:"
                     r"reporter|correspondent|journalist|diplomat|interpreter|official|agent)$)")
_CLAUSE_GOES_ON = frozenset("which whom whose that of for to in on by with the and".split())
_NAMED_BEFORE = re.compile(r"[A-Z][\w’'-]+[”\"’]?\s*,?\s*$")  # (`their “Phoumi” [a …]`)
# A person's name ending the text before the bracket, an initial before the surname.
_INITIAL_BEFORE = re.compile(r"\b[A-ZА-ЯÀ-Þ][a-z]?\.\s*(?:[A-ZА-ЯÀ-Þ][a-z]?\.\s*)*"
                             r"[A-ZА-ЯÀ-Þ][\w’'-]+\s*$")


# Who the person named before it is, by the office or the company they are of: `Ali
# Sastroamidjojo [Chairman of the PNI (…)]`, `Liu Shaoqi [one of the leading figures of …]`,
# `Ling Yun [Director-General, Information Department, Foreign Ministry]` (the office, then
# the bodies it is in).
# (or an official of a body: `Chen Zhongjing [senior official from Foreign Cultural Liaison
# Department of State Council]`)
_ONE_OF = re.compile(r"^(?:(?:first|deputy|vice|acting|former|then|general|senior|leading)\s+)*"
                     r"(?:(?:chairman|chairwoman|head|minister|secretary|director|ambassador|"
                     r"president|premier|member|leader|chief|commander|governor)"
                     r"(?:-general)?|one|(?:official|officer|representative|adviser|advisor|"
                     r"counsellor|counselor|spokesman|delegate)(?=\s+from\s))"
                     r"(?:\s+(?:of|from)\s+|,\s*[A-Z])\S",
                     re.IGNORECASE)
# Or by the office last, what it is of before it: `Erhard [West German Economics Minister]`.
# (a newsman's by his agency, where he works after it: `Vavruš [Czech Press Agency reporter in
# Havana]`)
# (or by the office held for now or no more, its capitals after that: `Ji Pengfei [acting
# Foreign Minister]`, `Clerides [acting President]`)
_OFFICE_LAST = re.compile(r"^(?:(?:acting|former|then|outgoing)\s+(?:[A-Z][\w-]*\s+){0,4}|"
                          r"(?:[A-Z][\w-]*\s+){1,4})(?i:minister|ambassador|chairman|secretary|"
                          r"director|president|premier|consul|counsellor|counselor|attaché|"
                          # (`[UN Secretary General]`, `[Warsaw Pact Commander-in-Chief]`)
                          r"reporter|correspondent|(?:secretary|consul)[- ]general|"
                          r"commander(?:[- ]in[- ]chief)?)"
                          r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?$")
# (the pronoun `I` is nobody's name: `Nam Hoa [Secretary of …] I expressed`)
_NAME_AFTER = re.compile(r"^\s+(?!I(?:\s|['’]|$))[A-ZА-Я]")


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "our", "their", "his", "her", "its"})
# A word that makes the bracket after it a noun: a determiner, a quantifier.
# (and the adjectives that want their noun: `convey the following [points]:`)
_NOUN_BEFORE = _DETERMINERS | frozenset(
    "these those your my such all many some any no following aforementioned "
    "above-mentioned".split())


def _last_word(text: str) -> str:
    """The last word of `text`, in lower case, without the marks that may open it."""
    words = text.rsplit(None, 1)
    return words[-1].lstrip("(\"“‘'").lower() if words else ""


# The country a delegate named before the bracket speaks for, as records of the bloc's
# meetings abbreviate it: `J. Lenart [Cz]`, `W. Stoph [GDR]`, `J. Kádár [Hu]`.
_COUNTRY_CODES = frozenset(
    "Al Bu Cz Cu Hu Mo Po Ro Vi Yu GDR FRG USSR SU CSSR ČSSR PRL PRB MPR DRV DRVN DPRK PRC "
    "SRR SFRY".split())


def _identifies(ctx: BracketContext) -> bool:
    # (after a quotation the text before the bracket is the source's: `their “Phoumi” [a …]`)
    before = ctx.before if ctx.before.strip() else ctx.source_before
    named = _NAMED_BEFORE.search(before[-40:])
    if named is None or named.group().strip(" ,").lower() in _DETERMINERS:
        return False  # (`The [Head of the Department] said`: an office supplied)
    if _WHO_IS.match(ctx.plain) is not None:
        return ctx.plain.split()[-1].lower() not in _CLAUSE_GOES_ON
    if ctx.plain in _COUNTRY_CODES and not ctx.glued_before and _INITIAL_BEFORE.search(
            before[-40:]) is not None:
        return True  # `A. Novotny and J. Lenart [Cz]`: whose delegation they are
    # (not an office supplied before a name: `Comrade [Chairman of the Council] Kim`)
    return ((_ONE_OF.match(ctx.plain) is not None or _OFFICE_LAST.match(ctx.plain) is not None
             or _office_then_the_name(ctx.plain, named.group())
             or _office_alone_after_a_name(ctx, before))
            and not ends_with_title(before)
            and _NAME_AFTER.match(ctx.after_start(3)) is None)


# A name of two words or more before the bracket.
_WHOLE_NAME_BEFORE = LazyPattern(r"(?<![\w’'-])(?:[A-Z][\w’'-]*\s+)+(?P<last>[A-Z][\w’'-]*)\s+$")
_OFFICE_WORD = LazyPattern(r"(?:Ambassador|Minister|Premier|President|Chairman|Consul|Chargé|"
                           r"Counsellor|Counselor|Attaché|Governor)")


def _office_alone_after_a_name(ctx: BracketContext, before: str) -> bool:
    """`Tran Tu Binh [Ambassador]`: the office of the man named whole before, whose name is
    not all words of everyday English (`the Soviet [Ambassador]`, `the Foreign [Minister]`
    have the office supplied)."""
    if _OFFICE_WORD.fullmatch(ctx.plain) is None:
        return False
    named = _WHOLE_NAME_BEFORE.search(before[-60:])
    # (after `the`, a state's or a body's name: `the Mongolian People’s Republic [Ambassador]`)
    return (named is not None and _last_word(before[: named.start()]) != "the"
            and not any(is_nationality(word.lower()) for word in named.group().split())
            and ctx.doc.words.everyday_share(named.group()) < 1)


# The most words of a name after the office in `_office_then_the_name`.
_NAME_WORDS = 3


def _office_then_the_name(text: str, named: str) -> bool:
    """`Cde. David [Czechoslovak Foreign Minister Václav David]`: the office, then the whole
    name of the man named before the bracket, who he is."""
    words = text.split()
    if len(words) < 2 or words[-1] != named.strip(" ,”\"’"):
        return False
    return any(_OFFICE_LAST.match(" ".join(words[:-count])) is not None
               for count in range(1, min(_NAME_WORDS, len(words) - 1) + 1))


# An example given of what the text means (`[to address the crisis, e.g., the “quarantine” of
# Cuba]`): the translator explains, no words of the sentence.
_EXAMPLE_GIVEN = re.compile(r",\s*(?:e\.\s?g\.|i\.\s?e\.),?\s")


# The translator's own question: "[who sent it?]", "[Is this the same Kim?]".
_QUESTION = re.compile(r"(?is)^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|"
                       r"does|do|did|can|could|should|would)\b.*\s.*\?$")


REMARK_FORM = bracketed("note", (("type", "editorial"), ("place", "inline")))
REMARK_ATTRS = {"type": "editorial", "place": "inline", "resp": TRANSLATOR}

CONVENTION = Convention(
    "editorial-note", "[emphasis in the original], [date left blank], [Translator's note: …]",
    "note[@type='editorial'][@place='inline']",
    "Remarks of the translator or editor about the document.",
    summary="editorial_note", forms=(REMARK_FORM,),
)


# "[this sentence in Russian]", "[the following in German]": what the original has in a language.
# (the language's name ends the remark or its clause: `from Japanese rule` names no language)
# (`[this word is in Chinese characters]`: the language's script)
_NAMES_LANGUAGE = re.compile(r"\b(?:in|from|into) (?P<language>[A-Z][a-z-]+)\b"
                             r"(?=\s*(?:$|[.,;:)]|in (?:the )?original|(?:and|or) [A-Z]|"
                             r"(?:characters|script|letters)\b))")


# `into` and a language alone: where a verb's action went (`interpreted [into Russian]`), no
# remark on the original's language.
_INTO_LANGUAGE_ALONE = re.compile(r"into [A-Z][a-z-]+")


# "[German Translation of Russian Original]", "[Russian text]": which language's version the
# page is.
_LANGUAGE_VERSION = re.compile(
    r"^(?P<language>[A-Z][a-z-]+) (?i:translation|original|text|version)\b")


def _in_language(text: str) -> bool:
    if _INTO_LANGUAGE_ALONE.fullmatch(text) is not None:
        return False  # (`interpreted [into Russian] by`: the words the verb wants, supplied)
    found = _IN_LANGUAGE.match(text) or _LANGUAGE_VERSION.match(text)
    named = None if found is None else found.groupdict()
    if named is not None and language_code(named.get("language") or named["first"]) is not None:
        return True
    return text[:1].islower() and any(
        language_code(named["language"]) is not None for named in _NAMES_LANGUAGE.finditer(text))


def _capitalised(text: str) -> str:
    """A remark typed in capitals as it would be capitalised: "[SIGNATURE]", "[PAGE BREAK]"
    open as "[Signature]" does (an all-capitals name stays a name: no opening matches it)."""
    return text.capitalize() if text.isupper() else text


# "[Printed: 2 copies; Distributed to: …]": the translator's account of a labelled block of the
# original, its label in words (the labels that name a convention were asked before).
_LABELLED = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){0,3}):\s+\S")


def _labelled(ctx: BracketContext) -> bool:
    found = _LABELLED.match(ctx.plain)
    return found is not None and ctx.doc.words.english_share(found["label"]) == 1.0


# `[Stalin’s signature]`: whose signature the page shows; `[Wladyslaw Gomulka’s wartime
# pseudonym]`: whose other name the word before is.
_WHOSE_SIGNATURE = re.compile(r"^[A-ZА-Я][\w.’' -]{0,40}['’]s\s+(?:signature|initials|"
                               r"(?:\w+\s+)?(?:pseudonym|code\s?name|cover name|alias))$")


# How many words make a bracket standing alone on its line an account of the original rather
# than words supplied to it.
_ACCOUNT_WORDS = 8
_SENTENCE_WORDS = 4
# A point's number or letter before the bracket that is all the point says (`2. [This point
# dealt with the work of the CCP radio station.]`).
_POINT_LABEL = re.compile(r"\s*(?:\d{1,2}|[a-z])[.)]\s+")


# What happened where a record leaves the speech out (`[Exchange of pleasantries]`,
# `[Welcoming remarks; report on domestic issues]`, `[Conversation between … and …]`,
# `[Laughter]`): said by its first word.
_WHAT_HAPPENED = re.compile(
    r"(?i)^(?:exchange|conversation|discussion|greetings?|welcoming|welcome|laughter|applause|"
    r"pause|break|toasts?|remarks|speech|interruption|silence|noise|inaudible|crosstalk)\b")


# A speaker's label, the bracket all that is said after it (`Brezhnev: [Welcoming remarks]`).
_SPEAKER = re.compile(r"^[A-ZА-Я][\w.’' -]{1,40}:\s*$")


def _stage_remark(ctx: BracketContext) -> bool:
    """A bracket that is a line of its own (the line under a record's heading too), or all a
    speaker says, and tells what happened there."""
    return (_opens_a_turn(ctx) and not ctx.glued_before and ctx.ends_line
            and _WHAT_HAPPENED.match(ctx.plain) is not None)


def _opens_a_turn(ctx: BracketContext) -> bool:
    """Whether the bracket opens its line, or the turn of a speaker named on it."""
    line_before = ctx.source_before.rsplit("\n", 1)[-1]
    return not line_before.strip() or _SPEAKER.match(line_before) is not None


# What a turn of talk is about, as the editor heads it (`Zhou Enlai: [On Soviet-Vietnam
# relations] The Soviet revisionists …`).
_TOPIC = LazyPattern(r"^(?:On|About|Concerning|Regarding)\s+\S")


def _topic(ctx: BracketContext) -> bool:
    """A bracket that opens a speaker's turn or a line and names its subject, a sentence
    beginning anew after it: the editor's heading, no words supplied to that sentence."""
    return (_opens_a_turn(ctx) and not ctx.glued_before
            and _TOPIC.match(ctx.plain) is not None and ctx.read_after(3).lstrip()[:1].isupper())


# The editor's omission mark, alone before a bracket on its line.
_OMISSION_ALONE = LazyPattern(rf"^\s*{OMISSION_MARK}\s*$")
_OMITTED_TOPIC_WORDS = 2


def _names_the_omitted(ctx: BracketContext) -> bool:
    """`[…] [Chinese domestic policy]`: after the omission mark, the rest of its line, what the
    passage left out was about (the editor's remark: no sentence goes on around it)."""
    line_before = ctx.source_before.rsplit("\n", 1)[-1]
    return (_OMISSION_ALONE.match(line_before) is not None and ctx.ends_line
            and not ctx.rest_of_line.strip(" .")
            and len(ctx.plain.split()) >= _OMITTED_TOPIC_WORDS)


# What someone does while the record's words are said, told in the present: a gesture or a
# greeting (`[Raises two fingers]`, `[pointing to the Cambodians]`, `[Chairman Mao shakes hands
# with Ieng Sary]`, `[Everyone laughs]`, `[The guests take their seats]`).
# (not what is said: `points out`, `raises the question`)
_ACTION = (r"(?:laugh(?:s|ing)?|smil(?:es|ing)|nod(?:s|ding)|wav(?:es|ing)|"
           r"point(?:s|ing)(?!\s+out)|"
           r"rais(?:es|ing)\s+(?:(?:his|her|their|a|the|one|two|three)\s+)?(?:hands?|fingers?|"
           r"glass(?:es)?|arms?)|shak(?:es|ing|e)\s+hands|gestur(?:es|ing)|applaud(?:s|ing)?|"
           r"clap(?:s|ping)?|embrac(?:es|ing)|bow(?:s|ing)|(?:stands?|standing)\s+up|"
           r"take\s+their\s+seats|takes\s+(?:his|her)\s+seat|sits?\s+down|sitting\s+down|"
           # (told as past: `[At this point Gorbachev and Deng shook hands]`)
           r"shook\s+hands|laughed|smiled|nodded|waved|applauded|embraced|bowed|stood\s+up|"
           r"sat\s+down|"
           # (the hall's reaction, as a transcript tells it: `[Laughter]`, `[Stormy applause]`)
           r"(?:(?:general|loud|prolonged|stormy|long|lively)\s+)?(?:laughter|applause))")
_STAGE_DIRECTION = LazyPattern(
    r"^(?i:(?:at\s+this\s+(?:point|moment)|here|then),?\s+)?"
    r"(?:(?i:everyone|everybody|all|both(?:\s+sides)?|the\s+(?:\w+\s+)?\w+s)\s+"
    r"|(?:[A-Z][\w.’'-]*\s+(?:and\s+)?){1,4}(?:then\s+|again\s+)?)?(?i:" + _ACTION + r")\b")
# Words said in another language than the record's, told so (`[Mao says “very welcome” in
# English]`).
_SAID_IN = LazyPattern(r"^(?:[A-Z][\w.’'-]*\s+){1,4}(?:says|said|speaks|spoke)\b.{0,60}?\s"
                       r"in\s+(?P<language>[A-Z][a-z]+)$")


# A figure right after the bracket.
_FIGURE_AFTER = LazyPattern(r"\s\d")


def _stage_direction(ctx: BracketContext) -> bool:
    """A gesture or greeting told where it happened, in the speech or between turns: the
    translator's account of the scene, no words supplied to a sentence."""
    if ctx.glued_before or _last_word(ctx.before[-40:]) in _NOUN_BEFORE:
        return False  # (`all these [gestures]`: a noun, the words supplied)
    if _FIGURE_AFTER.match(ctx.after_start(4)):
        return False  # (`Kabanov – [points] 1, 2.`: a noun, its numbers after it)
    # (the names in it may be the translator's too: `[At this point [Gorbachev and Deng] shook
    # hands]`)
    text = ctx.plain.strip().replace("[", "").replace("]", "")
    said = _SAID_IN.match(text)
    if said is not None:
        return language_code(said["language"]) is not None
    return _STAGE_DIRECTION.match(text[:1].upper() + text[1:]) is not None


# What kind of paper a document is, as a translator labels it: `[Report to Politburo]`,
# `[Politburo resolution]`, `[Internal Communication]`.
_DOCUMENT_KIND = re.compile(
    r"(?i)\b(?:report|resolution|communication|memorandum|memo|letter|minutes|record|protocol|"
    r"telegram|cable|draft|excerpts?|summary|transcript|decision|directive|instructions?|"
    r"statement|declaration|bulletin|circular|communiqu[eé]|dispatch)\b")
_LABEL_WORDS = 6


def _document_label(ctx: BracketContext) -> bool:
    """A short bracket alone on its line that names the kind of document below it: the
    translator's label, no words supplied (an office alone on its line is the letterhead the
    translator supplied: `[Federal Chancellery]`)."""
    return (len(ctx.plain.split()) <= _LABEL_WORDS and ctx.opens_line
            and ctx.ends_line
            and _DOCUMENT_KIND.search(ctx.plain) is not None)


def _account(ctx: BracketContext) -> bool:
    """`[Competitiveness in enterprises to honor May Day; conferences to …]`, `[Mao then
    retells the story …]`: a bracket of many words that is its whole line tells what the
    original says there (the translator's summary), it supplies no words to a sentence."""
    words = len(ctx.plain.split())
    # (a whole sentence of its own is one at four words: `4. [Polish films have been shown.]`)
    sentence = ctx.plain[:1].isupper() and ctx.plain.rstrip().endswith(".")
    return (words >= (_SENTENCE_WORDS if sentence else _ACCOUNT_WORDS)
            and (ctx.opens_line
                 or _POINT_LABEL.fullmatch(ctx.before.rsplit("\n", 1)[-1]) is not None)
            and not ctx.rest_of_line.strip(" ."))


# What a page shows besides its typed text: `[Handwritten appears at bottom of page]`,
# `[Stamp illegible on the first page]`.
_ON_THE_PAGE = re.compile(r"(?i)(?<![\w-])(?:hand-?written|handwriting|page|typed|typewritten|"
                          r"printed|signature|stamp(?:ed)?|seal|margin|torn|crossed out|letterhead|"
                          r"struck out|underlined|notations?|annotations?|inscriptions?)(?![\w-])")
_PAGE_REMARK_WORDS = 3
# What the page shows, named last after whose it is: `[KGB letterhead]`, `[Embassy seal]`.
_PAGE_THING_LAST = LazyPattern(r"(?i)\b(?:letterhead|seal|emblem|coat of arms|watermark)$")


def _describes_the_page(ctx: BracketContext) -> bool:
    """A bracket that is its whole line and says what the page shows: the translator's
    account of the paper, whatever the case of its first word."""
    if not (ctx.opens_line and ctx.ends_line and not ctx.rest_of_line.strip(" .")):
        return False
    if _PAGE_THING_LAST.search(ctx.plain) is not None:
        return True
    return (len(ctx.plain.split()) >= _PAGE_REMARK_WORDS
            and _ON_THE_PAGE.search(ctx.plain) is not None)


# How many words make a bracket in lower case, alone on its line, a remark: fewer may be a
# word the translator supplied to a list or a heading (`[and]`).
_ASIDE_WORDS = 3


def _aside(ctx: BracketContext) -> bool:
    """`[reporting a meeting of July 28]`: a bracket that is its whole line and opens in lower
    case continues no sentence of the original, so it supplies no words to one: the
    translator's remark on what follows."""
    return (ctx.opens_line and ctx.ends_line and ctx.plain[:1].islower()
            and len(ctx.plain.split()) >= _ASIDE_WORDS)


# How the original prints the words before (`[Ellipsis in original]`, `[Italics in the
# original]`, `[Capitals in original]`): a remark on its form, no words of a sentence.
_ON_THE_ORIGINAL = LazyPattern(r"(?i)^(?:[\w-]+\s+){1,3}in\s+(?:the\s+)?original\.?$")


# What only an editor says of the paper, wherever the bracket stands and however it opens
# (`[Plan of operation was not attached]`, `[Name crossed out in the original]`).
_SAID_OF_THE_PAPER = LazyPattern(
    r"(?i)\b(?:in\s+(?:the\s+)?original|not\s+(?:attached|enclosed|included|reproduced|"
    r"found|available|translated|legible)|crossed\s+out|struck\s+out)\b")
_PAPER_REMARK_WORDS = 3


def _said_of_the_paper(text: str) -> bool:
    """A capitalised bracket of a few words in what only an editor says of the paper."""
    return (text[:1].isupper() and len(text.split()) >= _PAPER_REMARK_WORDS
            and _SAID_OF_THE_PAPER.search(text) is not None)


# The words that begin words supplied to a sentence (`[This propaganda]`, `[We have]`,
# `[To]`), not a remark on the paper.
_SENTENCE_WORDS_FIRST = frozenset(
    "the this that these those a an we i he she it they you to in of on for by with and our "
    "his her their its my your".split())
# A verb that makes a bracket a sentence of its own (`[The Korean text is difficult to read]`).
_COPULA = LazyPattern(r"(?i)\b(?:is|are|was|were)\b")
# A sentence's end before the bracket, or nothing but its line's start.
_SENTENCE_ENDED = LazyPattern(r"(?:[.!?][”\"’)]?|^)\s*$")


def _capitalised_remark(ctx: BracketContext) -> bool:
    """`[Document incomplete]`, `[Title not given]`, `[Passage deleted by the archive]`: a
    capitalised bracket in the words by which an editor describes the paper, that does not
    open as words supplied to a sentence do; or that is a sentence of its own (`[The Korean
    text is difficult to read here]`, `[The next sentence is crossed out in the original.]`
    between the text's sentences)."""
    text = ctx.plain.strip()
    words = text.split()
    if not text[:1].isupper() or len(words) < 2 or _EDITORIAL_WORDS.search(text) is None:
        return False
    if words[0].lower().strip("“\"‘'(") not in _SENTENCE_WORDS_FIRST:
        return True
    return len(words) >= _SENTENCE_WORDS and (
        _COPULA.search(text) is not None or _between_sentences(ctx, text))


# How many words make a sentence in a bracket between the text's sentences an account of
# what the original says there, whatever its words (`[Zhou Enlai then summarized the Chinese
# position on the negotiations.]`).
_ACCOUNT_SENTENCE_WORDS = 6


def _account_between_sentences(ctx: BracketContext) -> bool:
    """A sentence of its own, long enough to tell something, between the text's sentences:
    the translator's account of a passage, no words supplied to a sentence (those continue
    one: `[We have] received …`)."""
    text = ctx.plain.strip()
    return (text[:1].isupper() and len(text.split()) >= _ACCOUNT_SENTENCE_WORDS
            and text.count(".") == 1 and _between_sentences(ctx, text))


def _between_sentences(ctx: BracketContext, text: str) -> bool:
    """A sentence in the bracket, ended, where the text's sentences end and begin."""
    return (text.endswith(".")
            and _SENTENCE_ENDED.search(ctx.source_before[-4:] or ctx.before[-4:]) is not None
            and not ctx.read_after(3).lstrip()[:1].islower())


# Where a quoted title was published, and when: `"Long Live Leninism!" [Renmin Ribao, April
# 1960]`, `[Pravda, 12 May 1959]`.
_PUBLISHED_IN = LazyPattern(rf"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,4}},\s+(?:\d{{1,2}}\s+)?"
                            rf"{MONTH_WORD_PATTERN}(?:\s+\d{{1,2}},)?\s+\d{{4}}")
_QUOTE_CLOSED = LazyPattern(r"[”\"»’]\s*$")


def _cites(ctx: BracketContext) -> bool:
    """After a quoted title, the paper it appeared in and its date: the translator's
    reference, no words of the text."""
    return (_QUOTE_CLOSED.search(ctx.source_before[-3:]) is not None
            and _PUBLISHED_IN.fullmatch(ctx.plain.strip()) is not None)


# `we will [see the report]`: after a word that wants a verb, `see` is the verb supplied.
_WANTS_A_VERB = LazyPattern(r"(?i)\b(?:will|shall|would|should|could|can|must|may|might|to|"
                            r"not|did|do|does|let\s+us|let's|let’s)\s+$")


# The fewest words of a statement the translator adds in the bracket.
_STATEMENT_WORDS = 5
# The verb of such a statement, among its first words (`Romania is a member …`).
_STATING_VERB = LazyPattern(r"(?i)^\S+(?:\s+\S+){0,2}?\s+(?:is|are|was|were|has|had)\s")


def _states_a_fact(ctx: BracketContext) -> bool:
    """`the Soviet and Romanian [Romania is a member of the Security Council] delegations`: a
    sentence of the translator's own inside the text's, its subject capitalised and its verb
    among its first words, five words or more (words supplied to a sentence are no sentence
    of their own; one that opens its line may open the text's sentence: `[This information is
    based on a conversation of an embassy counselor] with … Roberts:`)."""
    text = ctx.plain.strip()
    return (not ctx.opens_line and text[:1].isupper() and len(text.split()) >= _STATEMENT_WORDS
            and _STATING_VERB.match(text) is not None)


def _read(ctx: BracketContext) -> Match | None:
    text = ctx.plain
    if text[:4].lower() == "see " and _WANTS_A_VERB.search(ctx.before[-12:]):
        return None
    if not (
        NOTE_LABEL.match(text)
        or _cites(ctx)
        or _account(ctx)
        or _aside(ctx)
        or _describes_the_page(ctx)
        or _stage_remark(ctx)
        or _topic(ctx)
        or _names_the_omitted(ctx)
        or _stage_direction(ctx)
        or _document_label(ctx)
        or EDITOR_SIGNED.search(text)
        or _WHOSE_SIGNATURE.match(text)
        or _labelled(ctx)
        or _in_language(text)
        or _EDITORIAL_OPENING.match(_capitalised(text))
        or _REMARK_OPENING.match(text)
        or _QUESTION.match(text)
        or _EXAMPLE_GIVEN.search(text)
        or _MEANT.search(text)
        or _identifies(ctx)
        or _ON_THE_ORIGINAL.match(text)
        or _said_of_the_paper(text)
        or _capitalised_remark(ctx)
        or _account_between_sentences(ctx)
        or _states_a_fact(ctx)
        or (text.lstrip("“\"‘'(")[:1].islower() and _EDITORIAL_WORDS.search(text)
            and not (ctx.before.strip() and _THE_PAPER_ALONE.fullmatch(text)))
    ):
        return None
    return Match([CONVENTION.node("note", dict(REMARK_ATTRS), ctx.children())])


RULE = Rule(CONVENTION, _read)


PARENTHESIS = Convention(
    "emphasis-parenthesis", "(original emphasis), (emphasis added)",
    "note[@type='editorial'][@place='inline']",
    "Remarks on the original's emphasis, printed in parentheses.", summary="editorial_note",
)
# Only a remark on the emphasis is told so in parentheses: other words there are the author's.
_EMPHASIS_REMARK = LazyPattern(
    r"\((?P<inner>(?i:(?:original|author['’]s)\s+emphasis|emphasis\s+(?:(?:is\s+)?in\s+(?:the\s+)?"
    r"original|added|mine|ours|by\s+the\s+(?:author|editor|translator))|(?:underlined|underscored|"
    r"italics|italicized|in\s+italics|emphasized|bold)\s+in\s+(?:the\s+)?original)\.?)\)")


def _remarks(convention: Convention, pattern: LazyPattern, text: str) -> list[WordSpan]:
    """The remarks `pattern` finds in parentheses, each the translator's note."""
    if "(" not in text:
        return []
    return [(found.start(), found.end(),
             convention.node("note", dict(REMARK_ATTRS), [Text(found["inner"])],
                             templates.template("(", ")")))
            for found in pattern.finditer(text)]


def read_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    """`… Kim Il Sung (original emphasis)`: the remark on the emphasis, as `[emphasis in the
    original]` is read."""
    del doc
    return _remarks(PARENTHESIS, _EMPHASIS_REMARK, text)


PARENTHESIS_RULE = WordRule(PARENTHESIS, read_parenthesis)


LABELLED_PARENTHESIS = Convention(
    "note-parenthesis", "(translator's note: …), Translator's note: … (a paragraph)",
    "note[@type='editorial'][@place='inline']",
    "The translator's or editor's labelled notes, printed in parentheses or as a paragraph "
    "of their own.",
    summary="editorial_note",
)
# A labelled note in parentheses: `trepang (translator’s note: sea cucumbers)`.
_LABELLED_REMARK = LazyPattern(rf"\((?P<inner>(?i:{_NOTE_LABELLED})[^()]*)\)")


def read_labelled_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    """`trepang (translator’s note: sea cucumbers)`: as `[Translator's note: …]` is read."""
    del doc
    return _remarks(LABELLED_PARENTHESIS, _LABELLED_REMARK, text)


LABELLED_PARENTHESIS_RULE = WordRule(LABELLED_PARENTHESIS, read_labelled_parenthesis)

# A paragraph that opens on the translator's or editor's label: `Translator’s note: an arrow
# was drawn between “development” …`.
_LABELLED_PARAGRAPH = LazyPattern(rf"(?i)\s*{_NOTE_LABELLED}\s*\S")


def labelled_paragraph(text: str, inlines: list[Inline]) -> Intervention | None:
    """The note a paragraph is when its label says whose note it is, as `[Translator's note:
    …]` on its line is (its words printed without brackets)."""
    if _LABELLED_PARAGRAPH.match(text) is None:
        return None
    return LABELLED_PARENTHESIS.node("note", dict(REMARK_ATTRS), inlines,
                                     templates.template(""))
