"""Markings of the document's furniture: classification and handling lines, registry numbers,
kinds of stamps. Readers recognise them and writers type them, so they stand below both."""

from __future__ import annotations

import re

# Within how long and where a copy goes back to (`within 48 hours`, `to the 1st Department`).
_WITHIN = r"within\s+\d{1,3}\s+(?:hours?|days?)"
_BACK_TO = r"to (?:the )?\S[^.!]{2,80}"
# A handling caveat: `Making copies is prohibited`, `Copying prohibited`, `Not to be copied`.
# (who alone may decipher a cable: `Decipher personally`, `To be deciphered personally`)
# (`To be deciphered by the Ambassador personally`: who alone, named by his office)
HANDLING = (r"(?:(?:to be )?deciphere?d?(?: by the (?:ambassador|minister|charg[ée]"
            r"(?: d['’]affaires)?|head of (?:the )?mission|envoy))? personally|"
            r"decipher (?:it )?yourself)|"
            # (`Making further copies prohibited`)
            r"(?:making (?:of )?(?:further |additional )?copies|copying|reproduction|"
            r"duplication) (?:is |are )?"
            r"(?:strictly )?(?:prohibited|forbidden|not permitted|not allowed)|not to be "
            r"(?:copied|reproduced)|do not (?:copy|reproduce)|"
            # (whom the copy may go to: `Not for distribution outside the Ministry`, or to no
            # one: `Not to be circulated`)
            r"not for (?:distribution|circulation) (?:outside|beyond) (?:the )?[\w ]{3,60}|"
            r"not (?:to be )?(?:circulated|distributed)|not for (?:distribution|circulation)|"
            # (`Not to be transmitted further`: no further than its addressee)
            r"not to be (?:transmitted|forwarded|passed on|sent on)(?: further| to others)?|"
            # (where the copy must stay: `Not to be taken out of the Party committee`)
            r"not to be (?:taken|removed|carried)(?: out)? (?:of|from) (?:the )?[\w ]{3,60}|"
            # (`No copying is allowed`)
            r"no (?:copying|copies|reproduction) (?:is |are )?(?:allowed|permitted)|"
            # what becomes of the copy once read: `Destroy after reading`, `Return after
            # Reading`, `Should be destroyed when finished`
            r"(?:(?:is |are )?(?:to|should|must) be )?(?:destroyed|returned)\s+"
            r"(?:after|upon|on|when)\s+(?:reading|use|perusal|finished|read)|"
            # (`After use, this code message is to be destroyed according to regulations
            # regarding the handling of secret documents`)
            r"after (?:use|reading),?\s+(?:this|the)\s+[\w ]{1,30}?\s+(?:is|are|should be|must be)"
            r"\s+(?:to be\s+)?destroyed(?:\s+according to (?:the )?regulations"
            r"(?:\s+(?:regarding|on|for)\s+[\w ]{3,60})?)?|"
            # (`PLEASE RETURN IMMEDIATELY FOLLOWING DISCUSSIONS!`)
            r"(?:please\s+)?(?:destroy|return)(?:\s+immediately)?\s+(?:after|upon|on|following)\s+"
            r"(?:reading|use|perusal|(?:the\s+)?discussions?)|"
            # where the copy goes back to: `To be returned to the Central Committee of the CPSU`,
            # and when: `Subject to return within 48 hours`, `Subject to return to CC BCP`
            # (and when: `(To be returned within 5 days!)`)
            # (`Must be returned to the Special Sector`, `Return within 24 hours to the 1st
            # Department`)
            rf"(?:(?:is\s+)?to|must|should)\s+be returned "
            rf"(?:{_BACK_TO}|{_WITHIN}(?:\s+{_BACK_TO})?)|"
            rf"return\s+{_WITHIN}(?:\s+{_BACK_TO})?|"
            # (`Special handling – return to the cipher office after reading`: how the copy is
            # handled, then where it goes back to once read)
            r"special handling(?:\s*[–—-]\s*return\s+to\s+(?:the\s+)?[\w ]{3,40}?"
            r"(?:\s+(?:after|upon|on)\s+(?:reading|use|perusal))?)?|"
            rf"subject to return(?:\s+{_WITHIN})?"
            # (not a line the page wrapped after its article: `Subject to return to the`)
            r"(?:\s+to (?!the\s*$)(?:the )?\S[^.!]{2,100})?")
# The offices a copy may be for alone.
_OFFICE_ALONE = (r"(?:(?:deputy\s+)?minister|ambassador|chairman|secretary(?:\s+general)?|"
                 r"head\s+of\s+(?:the\s+)?mission)")
# Who alone may read the copy, a caveat on a line of its own or after the marking: `Only for
# the addressee`, `Addressee only`, `For the addressee personally`.
ADDRESSEE_ONLY = (r"(?:only\s+)?for\s+(?:the\s+)?addressee(?:\s+(?:only|personally|alone))?|"
                  r"addressee\s+only|"
                  # (`To be read by the addressees only`, `To be read only by the addressee`)
                  r"(?:to\s+be\s+)?read\s+(?:only\s+by\s+(?:the\s+)?addressees?|"
                  r"by\s+(?:the\s+)?addressees?\s+(?:only|alone))|"
                  # (`For Comrade Stalin only`, `Only for Comrade Molotov personally`: who alone
                  # may read it, named)
                  r"(?:only\s+)?for\s+(?:comrade|cde\.?|comr\.?)\s+(?:[A-Z]\.\s?){0,2}"
                  r"(?-i:[A-ZА-Я][\w’'-]+)\s+(?:only|personally|alone)|"
                  # (or by office: `For the Minister personally`, `Personal for the Minister`)
                  r"(?:only\s+)?for\s+(?:the\s+)?" + _OFFICE_ALONE
                  + r"\s+(?:only|personally|alone)|"
                  r"personal\s+for\s+(?:the\s+)?" + _OFFICE_ALONE)
# Which copy a paper is, in words, before `copy` (`First copy 1 page`, `Only copy`).
COPY_ORDINAL = r"(?:first|second|third|fourth|fifth|only|single)"
# How urgent, with the degree a cable prints before it: `Urgent`, `Especially Urgent`,
# `Special Urgent` (a Chinese cable's).
URGENT = r"(?:(?:top|most|very|extremely|extra|especially|special)\s+)?urgent"
# How secret, with the degree the forms print before it: `Top Secret`, `Strictly confidential`,
# `Highly Confidential!`, `Absolutely secret`.
# (`TOPSECRET`: the space lost)
# (NATO's highest grading, `Cosmic Top Secret`, as a Stasi order cites it)
# (`STRICT SECRET`, a Romanian marking translated word for word: `Strict secret`)
SECRECY = (r"(?:(?:(?:(?:cosmic\s+)?top|strictly|strict|highly|absolutely|completely|most|very|"
           r"especially|particularly)\s+|top(?=secret))?"
           r"(?:secret|confidential)|"
           # (`Highly classified!`, spaced out as `H i g h l y c l a s s i f i e d !`, its
           # words closed up together)
           r"(?:strictly|highly|top)\s*classified)")
# The label a form prints before its classification (`Classification: Secret`, `Level:
# Secret`): no part of the marking's name.
MARKING_LABEL = r"(?:classification|level)\s*:\s*"
CLASSIFICATION = re.compile(
    r"(?i)^(?:" + SECRECY + r"|personal and confidential|restricted|of special importance|"
    r"special|personal|urgent|immediate|for (?:official|special|internal|service) use(?: only)?|"
    + HANDLING + "|" + ADDRESSEE_ONLY + "|"
    r"eyes only|special (?:file|folder|dossier)|classified|no foreign dissem)[.!]?$"
)

_SPACED_LETTER = re.compile(r"(?<=\b\w) (?=\w\b)")


# A line of letters spaced out for emphasis and nothing else (`H i g h l y c l a s s i f i e d !`,
# `B y  c o u r i e r !`): a form's marking, however many "words" it seems to have.
SPACED_OUT = re.compile(r"\s*(?:\w\s{1,3}){3,}\w\s?[.!:]?\s*")


def unspaced(text: str) -> str:
    """`N o t e` as `Note`, `S e c r e t` as `Secret`: the letters of a word spaced out for
    emphasis, closed up."""
    return _SPACED_LETTER.sub("", text)


# A registry or outgoing number: `648-VK`, `Nº 395`, `1955`, `510599`.
REGISTRY_NUMBER = r"(?:n[º°o]\.?\s*|№\s*|n (?=\d))?[\w/]*\d[\w/-]*"  # (`N 191`: a bare N)
# A registry's number with its day after a slash, one code (`01/014916/29.4.1973`: the
# Romanian foreign ministry's entry, numbered and dated).
NUMBER_SLASH_DAY = re.compile(r"^(?P<code>\d{1,3}/\d{3,7})/\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\s*$")


_RECEIVED = re.compile(r"(?i)\b(?:incoming|received|arrived)\b")
_CLASSIFIED = re.compile(r"(?i)\b(?:secret|confidential|restricted)\b")
# (`DECLASSIFIED`, `DEGREE OF SECRECY CANCELED`: the archive's stamp lifting the marking, which
# classifies nothing)
_DECLASSIFIED = re.compile(r"(?i)\bdeclassified\b|\bsecrecy\s+(?:cancell?ed|lifted|removed)\b")
_REGISTRY = re.compile(r"(?i)\b(?:registry|registered|no\.|nº|№)")


def stamp_type(text: str) -> str:
    """`stamp/@type` from a stamp's words: received, registry, declassification,
    classification or unknown."""
    if _RECEIVED.search(text):
        return "received"
    if _REGISTRY.search(text):
        return "registry"
    if _DECLASSIFIED.search(unspaced(text)):
        return "declassification"
    if _CLASSIFIED.search(unspaced(text)):  # (`S e c r e t`)
        return "classification"
    return "unknown"
