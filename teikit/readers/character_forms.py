"""Characters that change how a text is stored or laid out, not what it says, made plain before
the text is read.

Text copied out of web pages, PDF files and some editors carries them, invisibly:
- a letter stored as its base letter and a combining mark (`e` + U+0301 for `é`: Unicode's
  decomposed form, which macOS and many PDF files give). Every rule reads a word as a run of
  letters, and a combining mark is no letter: `José` would be the word `Jose` and a mark;
- soft hyphens (U+00AD, where a word may be broken at a line's end), zero-width spaces (U+200B,
  where a line may break), word joiners (U+2060) and zero-width no-break spaces (U+FEFF inside
  the text): `Citation:` with a soft hyphen is no longer the label a rule looks for, and a
  word cut by one is two words;
- the typesetter's ligatures of a PDF's text (`ﬁ` U+FB01 for `fi`): `ofﬁce` is no English word.

Each is written as the text means it: the mark composed with its letter (Unicode's NFC,
applied only where a combining mark stands, so that a character with a canonical singleton,
such as a CJK compatibility ideograph, keeps its form), the invisible characters removed
(as the Word reader ignores an optional hyphen), the ligature as its letters. Nothing else is
touched. What was changed is counted and placed (the first of each kind) for a warning, and said
in the TEI header's `change`, so an editor knows the TEI's characters are not all the file's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Combining marks of the Latin, Greek and Cyrillic alphabets (the blocks of combining diacritics,
# their supplements and the half marks), each run with the character it stands on.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_INVISIBLE = {
    "\u00ad": "soft hyphen",
    "\u200b": "zero-width space",
    "\u2060": "word joiner",
    "\ufeff": "zero-width no-break space",
}
_HIDDEN = "".join(_INVISIBLE)
_LIGATURES = "\ufb00-\ufb06"
_ANY = re.compile(f"[{_MARKS}{_HIDDEN}{_LIGATURES}]")
_FORMS = re.compile(f"(?P<marked>[^{_MARKS}{_HIDDEN}][{_MARKS}]+)|(?P<invisible>[{_HIDDEN}])"
                    f"|(?P<ligature>[{_LIGATURES}])")


@dataclass(frozen=True)
class FormChange:
    """One kind of change: how many times it was made and where it was first made (an index
    into the text as it was)."""

    what: str
    count: int
    first: int

    def sentence(self) -> str:
        """`3 soft hyphens (U+00AD) removed`."""
        return self.what.format(count=self.count, s="" if self.count == 1 else "s")


def plain_forms(text: str) -> tuple[str, list[FormChange]]:
    """`text` with its decomposed letters composed, its invisible layout characters removed
    and its ligatures written as letters; and the changes, by kind, in the order of their
    first place. A text with none of them is returned as it is (one search)."""
    if _ANY.search(text) is None:
        return text, []
    import unicodedata  # (only a text that holds one of them pays for the import)

    found: dict[str, list[int]] = {}  # what → [count, first index]

    def count(what: str, at: int) -> None:
        seen = found.setdefault(what, [0, at])
        seen[0] += 1

    def replaced(match: re.Match[str]) -> str:
        piece = match.group()
        if match.lastgroup == "marked":
            composed = unicodedata.normalize("NFC", piece)
            if composed != piece:
                count("{count} letter{s} written as a letter and a combining mark composed "
                      "(Unicode NFC)", match.start())
            return composed
        if match.lastgroup == "invisible":
            count(f"{{count}} {_INVISIBLE[piece]}{{s}} (U+{ord(piece):04X}) removed",
                  match.start())
            return ""
        letters = unicodedata.normalize("NFKC", piece)
        count(f"{{count}} ligature{{s}} {piece} (U+{ord(piece):04X}) written as {letters}",
              match.start())
        return letters

    plain = _FORMS.sub(replaced, text)
    changes = [FormChange(what, seen[0], seen[1]) for what, seen in found.items()]
    return plain, sorted(changes, key=lambda change: change.first)


def merged(changes: Iterable[FormChange]) -> list[FormChange]:
    """Changes made piece by piece (a Word file's texts), each kind counted once, placed at
    its first place, in the order of their first places."""
    kinds: dict[str, FormChange] = {}
    for change in changes:
        seen = kinds.get(change.what)
        kinds[change.what] = change if seen is None else FormChange(
            change.what, seen.count + change.count, min(seen.first, change.first))
    return sorted(kinds.values(), key=lambda change: change.first)
