"""Who wrote a document, as an archive's title says it: `V. Razuvayev, 'Political Attitudes …'`,
`East German Ambassador in Mogadishu Herklotz, 'Note About a Conversation …'`, `Cable from the
Chinese Embassy in Cuba, 'On …'`, `From the Journal of A.I. Alekseyev, 'Record of …'`. Only the
form with a quoted title after a comma is read (ENCODING.md: `Author, 'Title'`); a title that
names a kind of document and no sender (`Letter, 'To the Chairman'`) has no author."""

from __future__ import annotations

import re

from teikit.offices import ORGANISATION_WORDS, words_of

# Words that join a name's or an office's capitalised words (`Ambassador in Mogadishu`,
# `Ministry of Foreign Affairs`, `Luiz de Castro`).
_JOINER = r"(?:in|of|the|for|and|at|on|de|da|do|dos|van|von|der|al|el|bin|y)"
# (a capitalised word takes its stops and initials with it, `A.B.`, `A.Smith`; `A. B. Smith` is
# three words: initials in a group of their own could be read either way, and a title of many
# initials was tried in every reading before its quotation failed)
_CAPITALISED = r"[A-ZÀ-ÞĀ-Ž][\w'’.-]*"
_NAME = rf"{_CAPITALISED}(?:\s+(?:{_JOINER}\s+)*{_CAPITALISED})*"
# (`Czesław Kiszczak (Minister of Internal Affairs)`: the office in parentheses, no part of
# the name)
_OFFICE = r"(?:\s+\([^()]+\))?"
_AUTHOR_TITLE = re.compile(rf"^(?P<who>{_NAME}){_OFFICE},\s*['‘\"“].+['’\"”]$")
# `Cable from the Chinese Embassy in Cuba`, `Telegram from Szabó Ferenc to …`: the sender.
_SENT_FROM = re.compile(rf"^(?:[A-Z][\w-]*\s+){{1,3}}from\s+(?:the\s+)?(?P<who>{_NAME})"
                        rf"(?:\s+to\s+.+)?,\s*['‘\"“].+['’\"”]$")
# `From the Journal of A.I. Alekseyev`, `From the Diary of Shcherbakov I.S.`: the diarist.
_JOURNAL_OF = re.compile(rf"^From the (?:Journal|Diary|Notes|Notebook) of (?P<who>{_NAME}),\s*"
                         rf"['‘\"“].+['’\"”]$")

DOCUMENT_TYPES = frozenset(
    {
        "report", "letter", "telegram", "cable", "memorandum", "memo", "minutes", "record",
        "note", "notes", "notice", "resolution", "decree", "speech", "conversation", "diary",
        "journal", "message", "statement", "instructions", "directive", "order", "protocol",
        "transcript", "aide", "information", "summary", "extract", "excerpt", "draft",
        "communiqué", "ciphered", "cipher", "coded", "secret", "top", "from",
    }
)  # fmt: skip
# An office or a body, not a person: the element that names it is `orgName` (the words an
# organisation's name is made of, and the bodies known by a name or their initials).
_BODY_WORDS = ORGANISATION_WORDS | frozenset(
    "branch attache attaché security xinhua stasi kgb mfa cc".split())
# A place alone sends nothing an author would be named for (`Telegram from Baku to Moscow`).
_ONE_WORD = re.compile(r"^\S+$")


def author_of(title: str) -> str | None:
    """The author the title names, or None."""
    found = _JOURNAL_OF.match(title)
    if found is not None:
        return found["who"]
    found = _SENT_FROM.match(title)
    if found is not None:
        who = found["who"]
        if who and (not _ONE_WORD.match(who) or is_body(who)):
            return who
        return None
    found = _AUTHOR_TITLE.match(title)
    if found is None:
        return None
    who = found["who"]
    if who.split()[0].casefold().rstrip(".,") in DOCUMENT_TYPES:
        return None
    if who.split()[-1].casefold() in DOCUMENT_TYPES:
        return None  # `Committee for State Security Report`: a kind of document, its maker's
    return who


def is_body(name: str) -> bool:
    """Whether an author is an office or a body (`Chinese Embassy in Cuba`) rather than a
    person."""
    return not words_of(name).isdisjoint(_BODY_WORDS)
