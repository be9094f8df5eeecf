"""The named patterns furniture lines are made of: a form's name, a number's sign, a time, the
words of sending and receipt, a classification and a precedence, copies and the heads of their
lists, a valediction and a signature's mark, an office's title, a record's kind.

Each holds across document families; `cues` asks them of every line, and the readers that place
a line (`one_line`, `settled`, `lists`, …) ask them again where a line's role is decided.
"""

from __future__ import annotations

import re

from teikit.lazy_pattern import LazyPattern
from teikit.markings import ADDRESSEE_ONLY, HANDLING, MARKING_LABEL, SECRECY, URGENT

FORM_NAME = re.compile(
    r"(?i)^(?:translation of )?(?:(?:ciphered|coded|encoded|encrypted|enciphered|deciphered|"
    r"decoded|cipher|outgoing|incoming|urgent|special|secret|express|ordinary|circular|"
    r"stenographic|verbatim)\s+)?"
    # (`Telephonogram`, `HF-telephone message`: a message read out over the telephone, the
    # Soviet government's high-frequency line)
    r"(?:(?:hf|vch)[- ])?"
    r"(?:telegram|cable(?:gram)?|ciphergram|telephone message|telephonogram|phonogram|radiogram|"
    r"memorandum|airgram|"
    r"coded letter|letter|journal|note|aide-m[ée]moire|telex|dispatch|report|minutes|decision|"
    r"extract|protocol|record of (?:conversation|a conversation)|transcript|communiqu[ée])\b"
)


# (`(64) You (949)`, `(61) Hai (537)`: a Chinese ministry's year, office character and number;
# `№ П114/ХХ11`: a Soviet protocol's letter, kept in Cyrillic)
NUMBER_SIGN = re.compile(
    # (`Nos. 2871 to 2880`: a French telegram's numbers, one for each of its parts)
    r"(?i)(?:\b(?:nos?|nr|num|number)\.?\s*:?\s*|\b(?:n[º°o]\.?\s*){1,2}|№{1,2}\s*|#\s*|(?-i:\bN) |"
    r"\(\d{2}\)\s*(?-i:[A-Z][a-z]{1,5})\s*\(|"
    # (`Su Zi (60) 0451`: the office's characters, the year, the number, no sign before it)
    r"(?-i:\b(?!No\b|Nr\b)[A-Z][a-z]{1,5}\s)\(\d{2}\)\s(?=\d{3,5}\s*$))"
    # (a Chinese cable's year in parentheses after the sign, a dash after it: `Cable No.
    # (67)-0129`)
    r"(?:\(\d{2}\)[-–])?[A-ZА-Я]?\d")
# (`N 191`: a number, bare N; `No dispossession, still too early`, `Number of Pages: 2`: words)
NUMBER_AT_START = re.compile(
    r"(?i)^(?:(?:special|spets\.?|issuing|outgoing|incoming|copy|file|ref\.?|reference|serial|"
    r"document)\s+)?"
    r"(?:nos?(?=\.|\s*[:#]|\s*\d)|nr|number(?=\s*[:(]|\s+[A-Z]?\d)|(?:n[º°]){1,2}|№{1,2}|"
    # (the number the paper has in the office's ledger: `Number in typescript ledger: 16`)
    r"number in (?:the )?(?:[a-z]+ )?(?:ledger|register|journal|log)\s*(?=:)|"
    # (`#65`, `# 65`: the sign, a space or none before the figures)
    r"#\s*(?=[A-Z]?\d)|"
    # (which copy of how many, without a sign: `Copy 2 of 5`, `Copy 1 of 3 copies`)
    r"(?<=copy )(?=\d{1,3} of \d{1,3}\b)|"
    # (`2nd copy (of 5)`: which copy, in figures before the word)
    # (`4th copy of 5 copies`: how many made, named after the figure)
    r"(?=\d{1,2}(?:st|nd|rd|th)\s+copy\s+\(?of\s+\d{1,3}(?:\s+copies)?\)?\s*$)|"
    # (`N54/0084`: the capital glued to a number of two parts)
    r"(?-i:N)(?= \d)|(?-i:N\d+)(?=[/-]\d)|"
    # (an East German classified paper's registry number: `GVS-Nr. …`, `vvs-t-b 7/111- 21/88`)
    r"[gv]vs(?=[-\s][\w/. -]*\d))"
    r"\b\.?")
# (a share in figures is no code: `46.34% -- Mil. Advisers`)
# (the figure asked ahead within a code's length: asked to the end of a long run of letters,
# dashes or stops, from each of its characters, the search read the run again from each)
# (a numbered point glued to its first word is none either: `2.Foreign policy`)
CODE_TOKEN = re.compile(r"(?<![\w.])(?!\d{1,3}\.[A-Z][a-z]+(?![\w/.-]))"
                        r"(?=[\w/.-]{0,60}\d)[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+)+\.?"
                        r"(?![\w%])")
DIGITS_ONLY = re.compile(r"^[\d\s.,/-]+$")
# `9:26`, `5 p.m.`, `1430 hrs`, `3 hrs 20 min`, `15 hours 45 minutes`: a time of sending or
# receipt as telegrams give it (an hour of the day, not a share: `46.34% -- Mil. Advisers`).
TIME = re.compile(r"(?i)\b(?:[01]?\d|2[0-4])[:.][0-5]\d\b(?![.,]?\d|\s?%)|"
                  r"\b\d{1,2}\s*[ap]\.?\s?m\b|\b\d{3,4}\s*hrs?\b|"
                  r"\b\d{1,2}\s*(?:hrs?|hours?)\.?(?:\s*\d{1,2}\s*(?:min|mins|minutes?)\b\.?)?")
SENDING = re.compile(
    r"(?i)^(?:(?:sent|dispatched|despatched|transmitting|transmitted|sending|"
    r"from\b.*\b(?:sent|dispatched|despatched|transmitted)|"
    # (`From BEIJING No. 1309 20 hours 05 minutes, 13.1.1951`: the hour of sending in a
    # Soviet cipher office's words; a receipt says so)
    r"from\b(?!.*receiv).*\b\d{1,2}\s*(?:hours?|hrs?)\s*\d{1,2}\b|"
    # (`from Moscow, date 14 VII 1970`: the place of sending, then its date so labelled)
    r"from\s+[^,;:]{2,40},\s*dated?\b(?=\s*\d)|"
    # (`Havana, dispatched 21 May 1970, 02.15 hrs`: the place, then when it was sent)
    r"(?-i:[A-ZА-Я])[\w’'. -]{1,30},\s*(?:sent|dispatched|despatched)\b(?=\s+(?:on\s+)?\d)|"
    # (`From: Peking, 15:00, 30 June 1951.`: the labelled place, the hour, the date)
    r"from:\s*[A-ZА-Я][^,;:\d]{1,30},\s*\d{1,2}[:.]\d\d\b(?=,?\s*\d)|"
    # (`Drafted on November 8, 1986`: the day the cable was written, which a Japanese form
    # prints as its date; `drafted by …` names who wrote it, a receipt's field)
    r"drafted(?=\s+on\b|\s*:)|"
    # (`Done in Moscow on 12 September 1951`, a treaty's; `Written in Pyongyang, 12 …`)
    r"(?:done|written|given|signed|drawn\s+up)\s+(?:in|at)\s+\w+(?=.*\d)|"
    r"issued|dated)\b|date(?: and time)?\s*:|"
    # (`Date of dispatch: 22.X.71, 17.40 hrs.`, a Chilean form's field)
    r"date\s+of\s+(?:dispatch|despatch|sending|transmission)\s*:)")
# `Received` that opens a receipt: not a diary's `Received the Ambassador of the PRC on his
# request` (whom the writer received; case-insensitive where it is used).
RECEIVED = (r"received(?!\s+(?:the\s+)?(?-i:(?:[A-Z][\w’'.-]*\s+){0,3}?)"
            r"(?:ambassador|comrade|cde|minister|charg[ée]|counsell?or|envoy|consul|delegation|"
            r"mr|mrs|general|president|premier|chairman|secretary)\b)")
RECEIPT = re.compile(
    rf"(?i)^(?:{RECEIVED}|arrived|processed|came in\s?to|taken into|completed|deciphered|decoded|"
    r"date of receipt|receipt of (?:the )?(?:telegram|cable|ciphergram|message)|"
    r"prepared for distribution|"
    r"came to the [\w ]{0,30}?(?:department|section|office|division|bureau|unit)|"
    # (`Copied by …`, the office's copy; `Copied to: …`, whom copies went to)
    r"(?:ciphered|encoded|coded) (?:and|by|on)|delivered|typed|registered|entered|"
    r"copied(?!\s+to\b)|"
    r"checked|created by|"
    # (`Printed on 28 October 1958`, over whom the copies went to: when the copies were made)
    r"printed\s+on(?=\s+\d)|"
    # (`Sent to the 8th Department`, `sent by Yerofeyev`: the office's; `Sent by wire on …`:
    # the sending)
    # (`Sent to` alone heads the list of whom the paper went to, as `Distributed to` does)
    r"sent (?:to(?!\s*$)|by(?!\s+(?:wire|telegraph|cable|radio|teletype)\b))|"
    # (`Dispatched to 8th Administration of the General Staff …`: sent on to an office, as
    # `Sent to` is)
    r"(?:dispatched|despatched) to|"
    r"received by|verified(?:\s+by|\s*:\s*(?:the\s+)?(?:shift|duty))|drafted by|"
    r"distributed (?:at|on)|"
    r"(?:already )?(?:transmitted|forwarded|circulated) to|"
    # (`Presented to I. V. Stalin by Princess Ashraf Pahlavi on 20 July 1946`: how the letter
    # reached whom it was for)
    r"(?:presented|handed(?: over)?) to|"
    r"already (?:sent|transmitted|forwarded))\b"
    # (`Reg. No. 145`: the registry's number, no receipt)
    r"|^(?:reg|rec['’]?d|recd|rcvd|rec)\b(?!\.?\s*:?\s*(?:no\.?|n[º°]|№|#)\s*\d)\.?\s*:?")
# How the office made, sent and filed the paper, at its foot: who drafted, translated or typed
# it, what went with it, where it was repeated, how many pages it has (`Executed by: Ivanov`,
# `Encl.: 3 pages`, `Repeated to Paris, London`, `Sent Department 123, repeated information
# Paris 45`, `Original sent by pouch`, `Total 3 pages`). Not a receipt: a docket all the same.
PROCESSING = re.compile(
    r"(?i)^(?:(?:executed|prepared|compiled|written|translated|typed|printed|drawn up)\s+by\b"
    r"|(?:executor|translator|typist|drafter)\s*:"
    r"|\(?translat(?:ed|ion)\s+from\s+(?:the\s+)?[A-Z][a-z]+\b"
    r"|encl(?:osures?)?\.?\s*:|enclosures?\s*\d|attachments?\s*:|annex(?:es)?\s*:"
    r"|total(?:\s+of)?\s+\d{1,3}\s+(?:pages|sheets)\b"
    r"|repeated\s+(?:to|info(?:rmation)?)\b|sent\s+department\b"
    r"|original\s+(?:sent|by|to)\b)")
# Who may use the copy, a caveat printed with the classification: `For official use only`,
# `FOR SPECIAL USE`.
USE_CAVEAT = r"for (?:official|special|internal|service) use(?: only)?"
# The caveats American papers of the 1950s print with their classification, on its line or
# their own: `SECRET` / `SECURITY INFORMATION`, `US OFFICIALS ONLY`, `NOFORN`.
US_CAVEAT = (r"security information|u\.?\s?s\.? officials only|noforn|"
             r"not releasable to foreign nationals|limited official use|official use only")
CLASSIFICATION_WORD = re.compile(
    # (`[no classification or copy Nº]` says there is none)
    # (`Confidential Communications Office`, `Secret Department`: an office's name, no marking)
    r"(?i)(?<!no )\b(?:(?:top secret|secret|strictly secret|confidential)"
    r"(?!\s+(?:\w+\s+)?(?:office|section|department|bureau|unit|registry)\b)|"
    r"eyes only|for your eyes only|"
    # (`special` names a marking alone or the special file, `Special Folder`, `Of Special
    # Significance`; not a noun's kind: `Section for Special Assignments`)
    # (`PRIVATE FOR MR. UNDERSECRETARY`: the addressee's alone; not a private secretary)
    r"personal|private(?!\s+(?:secretary|office))|"
    r"special(?!\s+(?!(?:importance|significance|file|folder|dossier|report)\b)"
    r"(?!no?\.?\s*\d|n[º°]\s*\d)[A-Za-z])|restricted|classified|classification|"
    r"of special importance|"
    r"for (?:official|special|internal|service) use|" + HANDLING + r"|to be preserved|"
    r"copy only|no foreign dissem|not for publication)\b")
CLASSIFICATION_LINE = re.compile(
    # (`SECRET EXCLUSIVE`, `Secret-Exclusive`: the Brazilian telegrams' caveat, for the
    # addressee alone, part of the marking)
    r"(?i)^(?:" + MARKING_LABEL + r")?(?:" + SECRECY + r"(?:[ -]exclusive)?|"
    r"(?:personal|private)(?: and confidential)?|special|restricted|eyes only|"
    # (`RESERVED`, the Italian `Riservato` and the Portuguese `Reservado` translated; the
    # French `Diffusion réservée`, `RESERVED DISTRIBUTION`)
    r"(?:strictly\s+)?reserved(?: distribution)?|"
    # (the East German markings, `Vertrauliche Verschlußsache` and `Persönliche …`, its noun
    # translated in full too: `Confidential Classified Matter`)
    r"(?:personal\s+)?confidential\s+(?:classified\s+)?matter|"
    r"(?:of )?special importance|"
    # (the Soviet Politburo's file for its most secret papers, `Osobaya papka` translated)
    r"special (?:file|folder|dossier)|"
    # (a line saying there is none is the marking's place all the same: `NO CLASSIFICATION`,
    # `UNCLASSIFIED`)
    r"unclassified|no classification|not classified|" + USE_CAVEAT + r"|" + HANDLING + r"|"
    + ADDRESSEE_ONLY + r"|"
    + US_CAVEAT + r"|"
    # how few copies may exist or who may see them: `Single Copy`, `(Limited Distribution)`
    # (`Written in one copy`, as a Hungarian paper says it is the only one; a print run's note
    # under a signature, `Printed in 1 copy.`, is the copies' count)
    r"(?:the )?(?:single|only) copy|written in (?:one|a single|1) copy|"
    r"no copies|\(limited distribution\)|limited distribution|"
    # how far down a Chinese paper may go (`Distribute to the county level; in the army, to
    # the regiment level`, `To be issued to the provincial level and above`)
    r"(?:to be )?(?:distribute|issue|send|circulate)d?(?: down)? to (?:the )?[\w-]+ levels?"
    r"(?: and above)?(?:[;,] in the (?:army|military),? to (?:the )?[\w-]+ levels?"
    r"(?: and above)?)?)"
    # (a second caveat after a dash: `For the Minister personally – not to be distributed`)
    r"(?:\s*[–—-]\s*(?:" + HANDLING + r"|" + ADDRESSEE_ONLY + r"))?"
    r"\s?[.!]?"  # (`Highlyclassified !`: a spaced-out marking closed up, its mark left apart)
    r"(?:\s+(?:urgent|immediate))?"
    # (a caveat after a comma, one marking with it: `SECRET, FOR SPECIAL USE`)
    r"(?:,\s*" + USE_CAVEAT + r"[.!]?)?$")
# A telegram's precedence, alone or under its form's label: `Urgent`, `Level: Extra Urgent
# Advance`, `Status: Extremely Urgent, Advance Dispatch`, `Grade: Urgent`.
# Under its label the word may be one of the lower grades, or the rush of a Chinese cable
# (`Priority: Average`, `Priority Level: Extra special rush`, `Level: Normal`).
_PRECEDENCE_LABEL = (r"(?:(?:priority|urgency)\s+|degree\s+of\s+)?"
                     r"(?:level|grade|precedence|priority|urgency|rank)")
# A telegram's precedence in words (`Extremely Urgent`, `Top Urgent`, `Flash`).
# (`Special Urgency & Priority Demanded`: a Chinese cable's, in nouns)
# (`MOST IMMEDIATE`: an Indian ministry's highest precedence)
# (`ABSOLUTE PRIORITY`, an Italian telegram's "precedenza assoluta")
PRECEDENCE_WORDS = (r"(?:(?:top|absolute)\s+priority|priority|" + URGENT
                    + r"|(?:most\s+)?immediate(?:ly)?|"
                    # (`NIACT`, an American cable's: night action, for the night's duty
                    # officer)
                    r"flash|express|niact|deliver\s+(?:immediately|at\s+once)|"
                    r"operational|"
                    r"(?:special|extra|extreme|top)\s+urgency(?:\s*(?:&|and)\s*priority"
                    r"(?:\s+demanded)?)?)")
PRECEDENCE = re.compile(
    # (the label's colon may be a column's gap: `Level   Extra Urgent`)
    r"(?i)^(?:(?:" + _PRECEDENCE_LABEL + r"|status)(?:\s*:\s*|\s{2,}))?"
    + PRECEDENCE_WORDS + r"(?:,?\s+advance(?:\s+dispatch)?)?[.!]?"
    # (`Flash. For Immediate Distribution`)
    r"(?:\s*for\s+immediate\s+(?:distribution|delivery|action)[.!]?)?$"
    # (`Status: Regular`, the Chinese Foreign Ministry's cables of 1961: the lowest grade)
    r"|^(?:" + _PRECEDENCE_LABEL + r"|status)\s*:\s*(?:(?:special|additional|extra)\s+){0,2}"
    r"(?:rush|average|normal|ordinary|routine|regular|elevated|expedited)$"
    # (`Priority: Special`: a Chinese cable form's precedence, the word alone)
    r"|^" + _PRECEDENCE_LABEL + r"\s*:\s*special$")
# How many copies were made: `5 copies`, `Two copies printed` (not `Making copies …`).
# Which of the copies counted before it the paper is (`4 copies / 3rd copy`): its number.
THIS_COPY = r"\s*[/,;]\s*\d{1,2}(?:st|nd|rd|th|\.)?\s+copy\b"
COPY_COUNT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"several)")
# The kinds of posts abroad a circular goes to (`embassies`, `legations`, …).
POST_KINDS = r"embassies|legations|missions|consulates"
# The words that head a list of copies or recipients, before their colon (`lines.LIST_HEAD`
# adds `To:`).
# (`Distributor:`, a German `Verteiler` translated word for word)
# (`Distributed: Khrushchev, Kozlov, …`, the label with its colon alone; `Distribute to:`, the
# order to)
LIST_HEAD_WORDS = (r"(?:to be )?distributed?(?: to)?|"
                   # (`To be circulated to: Cdes. …`, `Sent out to: Cdes. …`, `Extract sent to:
                   # Comrades …`; a cable's posts it was repeated to, `Repeated: Moscow, …`)
                   r"(?:to be )?circulated(?: to)?|sent out(?: to)?|"
                   r"extracts? (?:sent|sent out|distributed)(?: to)?|repeated(?: to)?|"
                   r"distribution(?: list)?(?:\s*[-–—]\s*\d+ copies)?|"
                   # (`Printed and distributed: Chairman, [Liu] Shaoqi, …`, a Chinese cable's;
                   # `Printed and sent to: Chairman, Zhou [Enlai], …`)
                   # (the order to: `Print and distribute to: Chairman [Mao Zedong], …`)
                   r"(?:printed|copied|typed) and (?:distributed|sent)(?: to)?|"
                   r"print and (?:distribute|send)(?: to)?|"
                   r"distributor|"
                   # (`Copy: Embassies Havana, Colombo, …`: whom the copy went to; not the
                   # copy's number, `Copy: Nº 3`)
                   r"copies(?: to)?|cop(?:y|ies) also to|copy (?:to|for)|copied to|original to|"
                   r"copy(?=\s*:\s*(?!n[º°o]\b|№)[A-Z])|"
                   # (`Information copy sent to: New York`, where a Dutch cable went besides)
                   r"(?:info(?:rmation)? )?cop(?:y|ies) sent(?: to)?|info(?:rmation)? cop(?:y|ies) "
                   r"(?:to|for)|"
                   r"photocop(?:y|ies) to|b?c\.?\s?c\.?|(?:already )?sen[dt] to|"
                   # (`Sent: Cdes. Khrushchev, Kozlov, …` under a Soviet telegram: names a comma
                   # apart, not where, the day and hour it was sent, `Sent: Pyongyang, 12.5.62`)
                   # (`Printed: Chairman, Liu, Zhu, …`, a Chinese cable's, not `Printed: 38
                   # copies`)
                   # (how many copies each had after his name: `Sent: Cdes. Stalin – 2, Molotov,
                   # …`)
                   r"(?:sent|printed)(?=\s*:\s*(?:(?:cdes?|comrades?)\.?\s+)?(?-i:[A-Z])[^\d:,]*"
                   r"(?:\s[-–]\s?\d{1,2})?,(?!.*\d[./:]\d))|"
                   # (`Sent: 1 - Far Eastern Department …; 2 - …`: the copies numbered, a
                   # semicolon or a comma before the second, `Sent: 1 – Cde. A. A. Gromyko, 2 –
                   # Cde. Yu. V. Andropov, 3 – to file.`)
                   r"sent(?=\s*:\s*1\s*[-–—]\s*\S[^;]*(?:;|,\s*2\s*[-–—]))|"
                   # (`Read by: Liu [Shaoqi], …`; `Addressed to: Du Pingquan, Wei Yunshi, …`)
                   # (not the one address an Italian telespresso's office parts a dash apart,
                   # `Addressed to: Ministry of Foreign Affairs – D.G.A.P. – Office VIII`)
                   r"recipients|addressees|addressed to(?!\s*:[^,;\n]*\s[–—]\s[^,;\n]*$)|"
                   r"(?:to be )?read by|"
                   # (`Report to: Premier [Zhou Enlai], Vice Premier Chen [Yi], …`, a Chinese
                   # cable's readers it is reported to; `Submitted to: Chairman, Liu [Shaoqi], …`)
                   r"report(?:ed)? to(?=\s*:)|submitted to(?=\s*:)|"
                   # (the telespresso's other posts on the line: `and, for information, to:
                   # Embassy in Washington; …`; alone over them a line each, its address's)
                   r"and,?\s+for\s+information(?:,?\s+to)?(?=\s*:\s*\S)|"
                   r"fyi|for (?:your )?information|disseminated to|"
                   # (`Delivered to: Comrade President [Tito], Comrades Kardelj, …`, a Yugoslav
                   # cable's readers)
                   # (`Delivered: President of the Republic, Kardelj, …`, names after it or
                   # under it, a line each)
                   r"delivered to|delivered(?=\s*:\s*(?:(?-i:[A-Z])|$))|"
                   # (`Dispatched to:` alone over the readers a line each, a Yugoslav cable's)
                   r"(?:dispatched|despatched) to(?=\s*:\s*$)|"
                   # (and by which way: `Forwarded via the Department to: Moscow 968-71 – …`)
                   # (`Repeated for information to: Washington, Paris, …`, `Relayed to: …`)
                   r"(?:already )?(?:forwarded|transmitted|circulated|communicated|repeated|"
                   r"relayed)"
                   r"(?: (?:via|through) [\w ]{1,40}?)?(?: for information)? to|forward to|"
                   r"excerpts (?:have been )?sent(?: \(?to\)?)?|"
                   # (`Extracts to Cdes.: Kapitonov, Rusakov, …`)
                   r"(?:extracts?|excerpts?) to(?: (?:cdes?\.?|comrades?))?|"
                   # (a circular's: `To the Embassies in: Havana, New Delhi, …`)
                   rf"to (?:the |all )?(?:{POST_KINDS})(?: in)?")
# A copy's label closed by a stop, as letters print it, before whom it went to: `bcc.
# Administrateur Délégué`, the Spanish `c.c.p. Embassy of Mexico in Washington` ("con copia
# para"), `c.c. Compañero Daniel Ortega S.`.
COPY_LABEL_STOPPED = r"(?:b?cc\.|c\.\s?c\.(?:\s?p\.)?)(?=\s+\S)"
# The comrades' title the recipients share, between the heading's words and its colon
# (`Distributed to Cdes.: Khrushchev, Bulganin, …`).
COMRADES_BEFORE_COLON = r"(?:\s+(?:cdes?|comrades?|comrs?|cmrds?)\.?)?"
# How many copies were made: `5 copies`, `Two copies printed`, `Made in 3 copies`.
COPIES_MADE = (rf"{COPY_COUNT}\s+copies\b(?!{THIS_COPY})(?:\s+(?:printed|made|typed))?|"
               # (`Copies Distributed: 62`: a telegram form's count, labelled)
               rf"copies\s+(?:distributed|printed|made)\s*:\s*{COPY_COUNT}\b|"
               # (`Printed: 3 copies`, a Polish attaché's record, the count after the label)
               # (or without it, as a Chinese cable's foot prints it: `Printed 30 copies`)
               rf"(?:printed|made|typed)\s*:?\s*{COPY_COUNT}\s+cop(?:ies|y)\b|"
               # (the paper named first: `Protocol made in 3 copies:`)
               r"(?:(?:protocol|minutes|record|note|letter|report|memorandum|telegram|cable)\s+"
               r"(?=made|printed|typed|prepared|produced|done|written|copied|executed|drafted))?"
               rf"(?:(?:made|printed|typed|prepared|produced|done|written|copied|executed|drafted|"
               r"dispatched|despatched|sent):?\s)?in:?\s"
               # (`Made in: 12 copies`, `Written: in four copies`, `Printed in 1 copy`)
               rf"{COPY_COUNT}\s+cop(?:ies|y)\b|"
               r"(?:this (?:message|document|telegram|cable) )?was (?:made|typed|printed) "
               r"(?:twice|in duplicate|in triplicate)")
# How many copies were made, then which of them this is (`4 copies / 3rd copy`, `5 copies, 2nd
# copy`): the copy's number, no list.
COUNT_AND_THIS_COPY = LazyPattern(rf"(?i)\s*{COPY_COUNT}\s+copies{THIS_COPY}\s*\.?\s*")
# A line that says only that, not where they went (`Two copies printed. Nº 2 to file.`), the
# typist's initials after it or not (`17 copies. vg`).
# (in parentheses too, as a Chinese cable prints it under the list: `(24 copies printed)`)
COUNT_ONLY = re.compile(rf"(?i)^(?:(?:{COPIES_MADE})[.:]?(?:\s+(?-i:[a-zа-я]{{1,3}})\.?)?"
                        rf"|\((?:{COPIES_MADE})\.?\))$")
# Who is to read a cipher telegram and who has (`To be seen by` / `Comrade Szabó F.`).
SEEN_BY = r"(?:(?:to be )?seen|received) by\s*:?$"
# Who received the copies, named after the label (`Received by: members and substitute
# members of the Politburo, …`), not the clerk who logged the telegram in (`Received by:
# Petrov, 12.5.62`).
_RECEIVED_BY_MEMBERS = (r"received by\s*:\s*(?=\D*$)(?=.*\b(?:members|comrades|cdes|"
                        r"comrade|cde)\b)")
# `Sent:` alone over where the copies went (a `Sent:` with a day after it is the sending's).
SENT_ALONE = r"^sent\s*:\s*$"
DISTRIBUTION_HEAD = re.compile(
    # (`Copies of this cable have been sent to …`: a sentence of the text, no heading)
    # (the original's word for the heading after it: `Distribution list [rozdzielnik]:`)
    rf"(?i)^\(?(?:{LIST_HEAD_WORDS}){COMRADES_BEFORE_COLON}(?:\s*\[[^\[\]]{{1,40}}\])?\s*:|"
    r"^(?:distributed to|sent to\s*$|copies(?!\s+of\s+(?:this|the|these)\b))"
    rf"\b|^(?:{COPIES_MADE})|"
    # (`Sent:` alone over `to Cde. A. A. Gromyko (copy 1)` / …: whom the copies went to)
    rf"{SENT_ALONE}|"
    rf"^{COPY_LABEL_STOPPED}|"
    # (`COPY NO:` alone over `1: MINISTER OF FOREIGN AFFAIRS` / `2: SECRETARY GENERAL`: the
    # copies' numbers and whom each went to; with its number after it, a copy's own)
    r"^cop(?:y|ies)\s+(?:nos?|n[º°]|№)\.?\s*:\s*$|"
    rf"^{SEEN_BY}|^{_RECEIVED_BY_MEMBERS}|"
    # (`Copy to the Ministry of Foreign Affairs:`, `Copy [Chinese] Central Committee:`, `Copy
    # to Comrade LI KENONG.`, `Copy: Washington – Soviet Ambassador`: whom a copy goes to,
    # named under the address; not a copy's number, nor what is to become of it)
    # (with neither `to` nor a colon after `Copy`, the recipient's line ends on its colon)
    # (`Copy for Mister Ambassador Micheli`, a Swiss ministry's note)
    r"^cop(?:y|ies)(?: also)?(?:\s+(?:to|for)\s+(?!be\b)|\s*:\s*|\s+(?=.*:$))(?!n[º°o]|№|\d)"
    r"[^:!?]{3,80}[:.]?$")
COPY_ITEM = re.compile(r"(?i)^(?:\d+|one|two|three|four|five)\s+cop(?:y|ies)\s+(?:to|for)\b")
# Copies and the typist's initials at the foot of a Soviet document: `5-nb`, `4ak`, `fb`.
# (`GB/lmr`: the signer's initials, then the typist's, under a Latin American letter; the
# typist's illegible: `HVR/[illegible]`)
TYPIST_MARK = re.compile(r"^(?:\d{0,2}-?[a-zа-я]{1,3}\.?|[A-Z]{1,4}/(?:[a-z]{1,4}\.?|"
                         r"\[illegible\]))$")
# A page's number printed on it: `- 2 -`, `Page 3 of 4`, `p. 5`.
PAGE_NUMBER = re.compile(r"(?i)^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.|pp\.)\s*\d{1,4}"
                         r"(?:\s*(?:of|/)\s*\d{1,4})?\.?)$")
TO_HEAD = re.compile(r"(?i)^to\s*:")
# A stamp's words in one bracket, labelled (`[Stamp: TOP SECRET` / `Copy No. 4]`, its lines
# joined): one stamp, however many markings and numbers it prints.
STAMP_IN_ITS_BRACKET = LazyPattern(r"(?i)^\[(?:[\w-]+\s+){0,3}stamps?\s*:[^\[\]]+\]$")
# A Chinese office's file number: the year in parentheses, the office's and the file's
# syllables, the number (`(59) Bu Fa No. 0617`, `(62) Wai Ban Zi No. 34`).
FILE_NUMBER_WITH_YEAR = LazyPattern(r"^\(\d{2,4}\)\s*(?:[A-Z][a-z]*\s+){1,4}"
                                    r"(?:No\.?|Nº|N°)\s*\d[\w/-]*\.?$")
PLURAL_RECIPIENTS = re.compile(r"(?i)\b(?:cdes|cmrds|comrades|comrs|messrs|members)\b|"
                               r"(?<![.\w])Coms\.(?=\s)")
# A subject's label in the original's language (`Betr.:`, `Objet :`).
SUBJECT_LABELS_ABROAD = r"betr\.?|betreff|objet"
# A Spanish oficio's field, its label, then the label's English in brackets or not, then its
# colon (`ANT. [Reference]:`, the paper it answers; `MAT. [Subject]:`, `MAT.:`).
OFICIO_FIELD = r"(?:ANT|MAT|REF)\.\s*(?:\[[A-Z][a-z]{2,15}\]\s*)?:"
REFERENCE = re.compile(r"(?i)^(?:re|ref|reference|subject|concerning|" + SUBJECT_LABELS_ABROAD
                       + r")\s*[:.]")
# `1.`, `2 -`, `2. -`, `(3)`, `a)`, the copies of a list counted by ordinals (`1st - to Cde. …`), by
# how many each recipient has (`2x Far Eastern Department`) or each by its number (`Copy Nº 2
# to Cde. Puja`); several copies that went to one place (`2nd and 3rd to file`, `1-2 – to the
# addressees`, `1-2 - Southeast Asia Department`, `12-14. Secretaries of the CC`).
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
_ITEM_LABEL = (rf"(?P<label>{_ORDINAL}(?:\s*,\s*{_ORDINAL})*\s+and\s+{_ORDINAL}"
               r"(?:\s*[-–])?(?=\s+to\b)"
               r"|\d{1,2}\s?[-–]\s?\d{1,2}\s+[-–](?=\]?\s+(?:to\b|[A-Z]))"
               r"|\d{1,2}[-–]\d{1,2}\.(?=\s)"
               r"|\d{1,3}(?:st|nd|rd|th)?\s*(?:[.)](?:\s?[-–](?=\s))?|[-–]|:)|\(\d{1,3}\)"
               r"|[a-z]\)|\d{1,2} ?x"
               # (`Copy 1 and 2 addressee`, `Copy 3 for the files`: the copies by number)
               r"|Cop(?:y|ies)\s+(?:(?:N[º°o]s?\.?|№)\s*)?\d{1,3}(?:\s*(?:,|and|&|[-–])\s*\d{1,3})*"
               r"(?=\s+(?:to|for)\b|\s+(?:the\s+)?(?:addressees?|files?|archives?)\b))")
# (the label the translator supplied in brackets: `[1-2 -] to the addressees`, `[3 - to the]
# NKVD Secretariat file`)
ENUMERATED = re.compile(rf"^\[?{_ITEM_LABEL}\]?\s+\S")
# A numbered copy nobody got, its number alone (`6:` between `5: …` and `7: …`).
EMPTY_ITEM = re.compile(r"^\d{1,3}\s*[.):–-]?$")
# An item that names a subject, not a recipient: `1. On [Abdyl] Kellezi’s Visit to China`.
# (`1) Questions about Germany …`, `2. Issue of Aid to Nam Tha`: a record's topics)
# (not a protocol's numbered point: `168. The Question of Shtykov.`)
# The words a subject opens with (`On …`, `About …`).
SUBJECT_OPENING = r"On|About|Concerning|Regarding"
TOPIC_ITEM = LazyPattern(rf"^{_ITEM_LABEL}\s+(?:{SUBJECT_OPENING}|"
                         r"(?:Issues?|Questions?|Problems?|Matters?)\s+(?:of|about|on|"
                         r"concerning|regarding))\b")
# (`Com. Kádár`, `Coms. Brezhnev, Andropov`: with its period, which no web address's `.com`
# has after it)
RECIPIENT = re.compile(r"(?i)\b(?:cdes?|comrs?|cmrds?|comrades?|tov)\b\.?|(?<![.\w])coms?\.(?=\s)")
ADDRESS_START = re.compile(r"(?i)^(?:to|for|attn|attention|dear|comrades?|cdes?|mr|mrs|sir)\b")
# A salutation's first words, the salutation proper where a letter has one (`Dear sir,`, `My
# dear Ambassador,`, `Highly esteemed Comrade Minister!`), not a name addressed above it.
# (`Your Excellency Foreign Minister Ohira:`, a diplomat's letter's)
# (`Excellency,` alone too, as a diplomatic note opens: `"Excellency,` / `On instructions …`)
SALUTATION_WORDS = (r"\s*(?:(?:my\s+|highly\s+)?(?:dear|esteemed|respected)|your\s+excellency|"
                    r"excellency(?=\s*,))\b")
SALUTATION_OPENING = LazyPattern(r"(?i)" + SALUTATION_WORDS)
VALEDICTION = re.compile(
    r"(?i)^(?:faithfully|sincerely|respectfully|devotedly|cordially|fraternally|"
    r"humbly submitted|yours\b|"
    # (`With warmest personal regards,`; `With respect to your telegram …` begins a sentence:
    # a preposition, no farewell)
    r"(?!with (?:respect|regards?) (?:to|of|for)\b)with (?:[\w-]+ ){0,2}"
    r"(?:greetings|regards|respect|salutations?)|best regards|"
    # (`On behalf of the delegation we express our gratitude.` is a sentence, its full stop
    # at the line's end: a letter's first, not the farewell `On behalf of the Government,`)
    r"(?:by order|on behalf) of\b(?![^\n]*[.!?]\s*$)|"
    r"for the minister|kind regards|"
    # a farewell of its own line (`Communist Salutations!`, `Fraternal greetings.`; a Chinese
    # letter's `Salute!`)
    r"(?:[\w-]+\s+)?(?:greetings|salutations|salute)[!.,]?$|"
    # a diplomat's closing phrase before the regards (`Nothing further for now, my regards,`)
    r"[^.!?\d]{0,40}?\b(?:my|our) (?:best )?regards[,.]?$)")
# "Faithfully, KIM IL SUNG, Chairman …", "Respectfully yours, Zhou Enlai": the signer on the
# valediction's own line.
VALEDICTION_NAME = re.compile(
    "(?i:" + VALEDICTION.pattern.removeprefix("(?i)") + r")(?:\s+\w+){0,2}[,.]?\s+"
    r"(?:\[[^\]]*\]\s*)?[A-ZА-Я][\w’'.-]*(?:\s+[A-ZА-Я][\w’'.-]*){0,3}(?:[,.]|\s*$)")
# The signature's mark in brackets, parentheses or slashes: `[signature]`, `(signed)`,
# `/signature/`.
SIGNATURE_BRACKET = (r"[\[(/](?:[A-ZА-Я][\w.’'-]*(?:\s[A-ZА-Я][\w.’'-]*){0,2}['’]s\s+)?"
                     # (`[handwritten signature]`: how it was signed, not a hand's addition)
                     # (`[signature and seal]`, `[seal and signature]`: the seal beside it)
                     r"(?:(?:hand-?written\s+)?signature(?:\s+and\s+(?:seal|stamp))?|"
                     r"(?:seal|stamp)\s+and\s+signature|signed|illegible signature|"
                     r"signature[:,]?\s*illegible|illegibly signed|signed,?\s*illegibly|"
                     # (`[signed initials]`: a clerk's initials for his signature)
                     r"(?:signed\s+)?initials|"
                     # (`[signed Giuseppe Saragat]`, `[signed by Lech Walesa]`: signed, and
                     # by whom, the name in the translator's bracket)
                     r"signed:?\s+(?:by\s+)?(?-i:[A-ZА-Я])[\w.’'-]*(?:\s(?-i:[A-ZА-Я])[\w.’'-]*){0,3}|"
                     # (`(ss)`, `(Sgd.)`: signed, abbreviated as Romanian and Spanish
                     # copies print it)
                     r"(?-i:ss|SS)|sgd\.?|sig\.)[\])/]")
# (`[Stalin’s signature]`: whose mark it is, before it)
# The signature's mark alone on a line (`[signature]`, `(Signed).`).
MARK_ALONE = LazyPattern(rf"(?i)^{SIGNATURE_BRACKET}\.?$")
# The classification printed at the end of a letterhead's line (`in the MPR  Secret`, `SOVIET
# EMBASSY IN THE DPRK TOP SECRET`, `… Republic TOP SECRET!`).
MARKING_AT_END = LazyPattern(
    r"(?<=\S)\s+(?P<marking>(?i:" + SECRECY + r")[.!]?)\s*$")
# A document's first line: its classification, then the copy's number (`Secret Copy Nº 1`,
# `TOP SECRET, Copy No. 2`, `Secret. Copy #_1_`, the number written into the form's blank).
# (the copy's number may be the hand's: `Top Secret [handwritten: copy Nº 3]`)
MARKED_COPY = (r"(?P<marking>" + SECRECY + r")[.,!]?\s+"
               r"(?P<copy>(?:\[handwritten:\s*)?copy\s+(?:n[º°o]\.?|№|#)?\s*"
               # (the number left blank, `Copy Nº ___`, or the one copy: `Copy Nº only`)
               r"(?:\d{1,3}|_+\d{1,3}_+|_{2,}|only)\.?\]?)")
MARKING_THEN_COPY = LazyPattern(r"(?i)^" + MARKED_COPY + "$")
# The label a signature stands under: `Signed:`, `Signature:` (`Signature: illegible`, the
# translator's word for the mark), `Authenticated by:`, `True copy:`.
# (`Verified: shift chief …` is the cipher office's check, a docket as `Verified by …` is)
SIGNATURE_LABEL = (r"(?:(?:signed|signature|authenticated(?:\s+by)?|"
                   r"verified(?!\s*:\s*(?:the\s+)?(?:shift|duty)\b)|true copy)\s*:|"
                   # (the colon left out, the `by` the translator's: `Authenticated by
                   # [illegible surname]`, `Authenticated [by]. K [Novosel’yets]`)
                   r"authenticated\s+(?:by|\[by\]\.?)\s+(?=(?-i:[A-Z])|\[)|"
                   # (`For Conformity`, a Romanian copy's `Pentru conformitate`: the clerk's
                   # certification that the copy is true, his name with it or under it)
                   r"for\s+conformity\b:?(?=\s*(?:$|(?-i:[A-Z])|\[))|"
                   # (`Sgd. A. Petrov`, `Sgd: Petrov`: signed, abbreviated as American and
                   # British copies print it; `s/ Petrov`)
                   # (`Sd/- Brajesh Mishra`: an Indian copy's)
                   r"(?:sgd\.?\s*:?|(?-i:s)/|sd/-)\s*(?=(?-i:[A-Z])|\[)|"
                   # (who wrote a conversation down signs its record: `Recorded by: Petrov`,
                   # `Minutes taken by: Schneidewind`; `Drafted by: Vasile Gliga`, `Written by:
                   # P. Pepa` with the colon, where `drafted by Ivanov` under a telegram's
                   # copies is the cipher office's)
                   r"(?:(?:recorded|(?:minutes|notes)\s+taken|record\s+(?:made|taken))\s+by\s*:?"
                   r"|(?:drafted|written)\s+by\s*:)"
                   r"\s*(?=(?-i:[A-Z])|\[)|"
                   # (`ss. Major Caraman`, `ss. Colonel [illegible]`: `semnat`, signed, before
                   # the name of whoever signed the original the copy was made from)
                   # (a name's capital after each label, in whatever case the label is)
                   r"(?-i:ss)\.\s+(?=(?-i:[A-Z])|\[))")
SIGNATURE_MARK = re.compile(
    r"(?i)^" + SIGNATURE_LABEL + "|" + SIGNATURE_BRACKET +
    # (`Signed A. Gromyko`, `signed Kühn`: the word, then the name, its initials or none,
    # without a colon)
    r"|^(?i:signed)\s+(?:by\s+)?(?:[A-ZА-Я]\.\s?){0,2}\s?[A-ZА-Я][\w’'-]+\s*$" +
    # (`/A. PUZANOV/`, `/Signature/`; not `/after checking/`, words of the text in slashes)
    r"|/\s?(?-i:[A-ZА-Я])[^/]{1,39}/\s*$"
    # (`/-/ Rapacki`, `(-) Gomułka`: the Polish typescript's mark for a signature, the name
    # after it, its dash typeset as a dash too, `(–) Willmann`; `/s/ Dean Acheson`, an
    # American cable's)
    r"|^(?:/[-–—]/|\([-–—]\)|/s/)\s*(?-i:[A-ZА-ЯŁŚŻ])"
    # (`Honecker m.p.`, `Szabó s.k.`, `Novotný v.r.`, `Kreisky e.h.`: in his own hand, as German,
    # Hungarian, Czech and Austrian copies mark where the original was signed, after the name;
    # `Vidaković, s.r.`, the Yugoslav `svojeručno`; the translator's English for it after it,
    # `V. David v.r. [signed in his own hand]`)
    r"|(?-i:[A-ZÀ-ÞА-ЯŁŚŻ][^\s.,;:]+)[,.]?\s+\(?(?-i:m\.\s?p|s\.\s?k|v\.\s?r|e\.\s?h|s\.\s?r)\.?\)?"
    r"(?:\s*\[[^\[\]]{1,40}\])?\s*$"
    # (`i. V. Eichler`, `i.A. Schulz`: `in Vertretung`, `im Auftrag`, a German official's mark
    # before his name where he signs for his superior; the translator's English for it after
    # it, `i. V. [in representation] Eichler`)
    r"|^(?-i:i\.\s?[VA]\.)\s*(?:\[[^\[\]]{1,40}\]\s*)?(?-i:[A-ZÀ-Þ])[\w’'-]+(?:\s+[\w’'.-]+){0,2}\s*$"
    # (`f.to Salviati`, `F.to [signed] Benassi`: `firmato`, an Italian copy's mark where the
    # original was signed, before the name)
    r"|^f\.to\s+(?:\[[^\[\]]{1,40}\]\s*)?(?-i:[A-ZÀ-Þ])[\w’'.-]*(?:\s+[\w’'.-]+){0,3}\s*$")
STAMP_MARK = re.compile(r"(?i)\bstamp(?:ed)?\b")
OFFICE_TITLE = re.compile(
    r"(?i)\b(?:ambassador|minister|chairman|secretary|charg[ée]|director|head|deputy|"
    r"counsell?or|consul|president|commander|under-secretary|attach[ée]|envoy|chief|premier|"
    r"general|colonel|representative)\b")
BODY_NAME = re.compile(
    r"(?i)\b(?:ministry|embassy|committee|department|government|council|office|legation|"
    r"mission|administration|staff|bureau|secretariat|presidium|politburo|cc|mfa|consulate|"
    r"division|directorate|commission|agency)\b")
# The offices a holder's title opens on (`Minister of Foreign Affairs of the D.P.R.K.`).
HELD_OFFICES = (r"ambassador|minister|chairman|secretary|charg[ée]|director|head|counsell?or|"
                r"consul|president|premier|commander|chief")
# A title line under a signing name: `Chargé d'Affaires ad interim`, `Ambassador`, `Permanent
# Representative of the Polish People's Republic to the United Nations`.
OFFICE_LINE = LazyPattern(
    r"(?i)^(?:[\w'’.-]+\s+){0,4}(?:" + HELD_OFFICES + r"|commissar|under-secretary|"
    r"attach[ée]|envoy|mayor|speaker|governor|marshal|admiral|captain|major|colonel|general|"
    r"lieutenant|plenipotentiary|representative)\b[\w\s'’.,()-]*:?$")
# A record's label for when and where the talks were held, in one (`DATE AND PLACE:`).
WHEN_AND_WHERE_LABELS = (r"date,? (?:time,? )?and place|(?:time|place) and date|time and place|"
                         r"place and time")
# A noun naming a record, a meeting or a paper: a line that holds one with its date is a title
# or heading (`Meeting of the Politburo on 19, 20 and 21 October 1956`, `Soviet Ambassador …,
# Memorandum of Conversation with Mengistu, 7 August 1977`), not where and when a text was sent.
# A postscript says so, however long (`P.S.: Please call …`, `P. S. …`, `PS: …`).
POSTSCRIPT_MARK = LazyPattern(r"^\s*(?:P\.\s?S\.|PS:)")
RECORD_KIND = LazyPattern(
    r"(?i)\b(?:memorand(?:um|a)|minutes|meeting|conversations?|speech|session|notes|discussions?"
    r"|talks|protocol|record|report|information|decision|resolution|decree|plenum|congress"
    r"|journal|diary)\b")
# A bracket and what it holds (none nested).
BRACKETED = re.compile(r"\[[^\[\]]*\]")
# A line that is one bracket (`[Sofia, 29 July 1979]`, `[19 March 1974]`).
ONE_BRACKET = LazyPattern(r"\[[^\[\]]*\]\.?")
# A line that stops on a preposition, an article or a comma goes on in the next line.
OPEN_END = re.compile(r"(?i)(?:\b(?:of|for|in|to|the|a|an|and|by|from|with|on|at)|,)\s*$")
# (a word's letters spaced out, or two words': `R E P O R T`, `A  C O P Y`)
# (a signer's initials may stand before the spaced surname: `A. G R O M Y K O`)
SPACED_CAPITALS = re.compile(r"^(?:(?:[A-ZА-Я]\.\s?){0,2}(?:[A-ZА-Я] {1,2}){3,}[A-ZА-Я]|"
                             # (after an initial, in lower case: `V. D a v i d`; a word spaced
                             # so without one is a heading's, `R e p o r t`)
                             r"(?:[A-ZА-Я]\.\s?){1,2}[A-ZА-ЯÀ-Þ](?: {1,2}[a-zа-яß-ÿ]){3,})"
                             r"(?:\s*\[.*\])?[.,]?$")
# The words of the language's grammar a sentence opens on (`The`, `In`, `We`, `After`).
SENTENCE_OPENING_WORDS = ("I A The An In On At As It If We He She They This That These Those "
                          "There Then When While After Before Since Also More Most Some All But "
                          "And For With From Our Their His Her Its").split()
# `Article II`, `Chapter 3`: a heading over a part of the text, no name.
SECTION_HEADING = re.compile(
    r"(?i)^(?:article|chapter|section|part|paragraph|point|item|annex|appendix)\s+"
    r"(?:[IVXLC]+|\d{1,3}|[a-z])\b\.?\s*$")
# A Chinese character (the CJK unified ideographs).
HAN = r"[\u4e00-\u9fff]"


# The labelled lines that head a memorandum or telegram form: `To: the Ministry …`, `From:`,
# `Date:`, `Subject:`; furniture, however long.
# A form's labelled lines, however long (`Already send to: [Zhou] Enlai, Chen Yun, …`,
# `Content: The Premier's Discussion …`).
# The heading of a record of a meeting: when, where, who took part and who wrote it down
# (`Venue: Fujian Room, …`, `Interpreters: Liang Feng, …`; `Present at the meeting: …`, a
# sentence in the minutes of a party's bureau, stays one).
_RECORD_LABELS = (r"time|date and time|" + WHEN_AND_WHERE_LABELS + r"|"
                  r"place|venue|location|attendees|attendants?|guests?|"
                  r"interpreters?|recorders?|recorded by|minutes|note-?taker|"
                  # (`Receiving Persons: …`, `Translator/Recorder: …`)
                  r"receiving (?:persons?|officials?)|received by|"
                  r"(?:translators?|interpreters?)\s*(?:/|and)\s*recorders?|translators?|"
                  r"persons? in attendance|those (?:attending|present)"
                  r"(?: (?:at )?the (?:meeting|conversation))?")
MEMO_LABEL = re.compile(
    r"(?i)^\s*(?:to|from|date|subject|re|" + SUBJECT_LABELS_ABROAD + r"|classification|"
    r"contents?|topic|title|cc|sender|"
    r"recipients?|addressees?|"
    r"(?:already\s+)?(?:sent|send|forwarded|copied|distributed|copies|copy)\s+to|"
    + _RECORD_LABELS + r")\s*:")
# One of a record's particulars under its title, a labelled line (`Time: 2 p.m., 3 June 1963`,
# `Accompanying person: …`, `Present: …`).
RECORD_PARTICULAR = re.compile(r"(?i)^\s*(?:" + _RECORD_LABELS + r"|participants|present|"
                               r"accompanying(?:\s+\w+){0,2})\s*:\s*\S")


# Who made the record, the label alone on its line over his name (`Recorded by:` / `Josef
# Šediva, counsellor`).
RECORDED_BY_ALONE = re.compile(r"(?i)^(?:recorded|drafted|prepared|compiled|written|minuted)\s+by"
                               r"\s*:?$")


# The news agencies whose names a report's dateline gives in parentheses (`(TASS)`, `(Xinhua)`).
NEWS_AGENCIES = (r"TASS|Reuters?|AP|UPI|AFP|ANSA|DPA|ADN|PAP|CTK|ČTK|MTI|Xinhua|Tanjug|Agerpres|"
                 r"Prensa Latina")
