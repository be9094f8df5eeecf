"""Words hyphenated at a line's end, as the text of a printed page or a PDF gives them
(`cau-` / `tion`, `12 Sep-` / `tember 1951`).

The word is read whole: the joined unit's text is `caution` (`units.WORD_BREAK`), so that the
rules see the word, the date and the name the page printed, and the TEI keeps where the line
ended and its hyphen, `cau<pc force="inter">-</pc><lb break="no"/>tion`, which gives the source
back. The offsets of the joined text skip the hyphen and the line end: that gap between two
letters is how the inline reader finds the break again, in whatever piece of the unit a rule
cut out. A hyphen that joins two words (`well-` / `known`, `so-` / `called`) stays the word's:
those lines are joined as any wrapped lines are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from teikit.conventions.text_markup import WORD_BREAK, WORD_BREAKS
from teikit.model import Inline, Intervention, Text
from teikit.readers.units import LB, OffsetMap, Offsets
from teikit.rules.lexicon import ENGLISH, KNOWN
from teikit.rules.word_tables import WordTables

# The letters of a word the line's end broke, and the hyphen that ends the line (not a dash
# set apart by a space, `Moscow -`, nor a number's, `1950-`).
_BROKEN_END = re.compile(r"([^\W\d_]+)-$")
# The rest of the word, opening the next line.
_WORD_GOES_ON = re.compile(r"\s*([^\W\d_]+)")
# One syllable of a romanised name that hyphenates its syllables (`Kim Il-sung`, `Mao
# Tse-tung`, `Chiang Kai-shek`, `Teng Hsiao-ping`): `novich`, `akov` and `sky` are none.
ROMANISED_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouü]{1,3}(?:ng|n|m|k|p|t|l|r|h)?")
# The least gap in the file between the two letters the break joins: the hyphen and the line
# end (a Markdown escape leaves out one character, and never between two letters).
_BREAK_GAP = 3


def ends_in_hyphen(line: str) -> bool:
    """Whether `line` ends on a hyphen glued to a word (`Sino-`, `govern-`): the word goes on
    on the next line."""
    return _BROKEN_END.search(line) is not None


def broken_word(line: str, following: str, words: WordTables) -> bool:
    """Whether `line` ends on a word that a hyphen broke and `following` goes on with.

    In lower case, the hyphen is the line's unless both parts are words and the whole is
    rarer than English words are: `govern-` / `ment` and `in-` / `formation` are one word,
    `well-` / `known`, `so-` / `called`, `non-` / `aggression` compounds (`wellknown` is a
    rare spelling). A name's rest in lower case, and a word in
    capitals, are one word where the whole is a word English knows (`Hang-` / `zhou`, `CON-` /
    `NECTION`); a name's also where its parts are not both syllables of a romanised name
    (`Kaga-` / `novich`, `Vyshin-` / `sky`), as they are in `Kim Il-` / `sung` and `Mao Tse-`
    / `tung`. A part in capitals after a word in lower case is a compound's (`Sino-` /
    `Soviet`)."""
    end = _BROKEN_END.search(line)
    if end is None:
        return False
    rest = _WORD_GOES_ON.match(following)
    if rest is None:
        return False
    left, right = end.group(1), rest.group(1)
    if right[0].islower() and left[0].islower():
        if not (words.is_english(left) and words.is_english(right)):
            return True
        return words.zipf(left + right) >= ENGLISH
    if left.isupper() and right.isupper():
        return words.zipf(left + right) >= KNOWN
    if right[0].islower():
        return words.zipf(left + right) >= KNOWN or not (
            ROMANISED_SYLLABLE.fullmatch(left.lower()) and ROMANISED_SYLLABLE.fullmatch(right))
    return False


def break_positions(text: str, offsets: Offsets) -> list[int]:
    """Where in `text` a word broken at a line's end goes on (the index of its first letter
    after the break): the places its offsets skip the hyphen and the line end between two
    letters. Only a map of several runs can skip."""
    if not isinstance(offsets, OffsetMap):
        return []
    found = []
    for index in offsets.starts[1:]:
        if (0 < index < len(text) and text[index].isalpha() and text[index - 1].isalpha()
                and offsets[index] - offsets[index - 1] >= _BREAK_GAP):
            found.append(index)
    return found


def break_nodes() -> list[Inline]:
    """The TEI of the break: the hyphen the line's end put in the word, and the line end
    within the word."""
    return [WORD_BREAK.node("pc", {"force": "inter"}, [Text("-")]),
            WORD_BREAK.node("lb", {"break": "no"}, counted=False)]


def with_breaks(nodes: list[Inline], positions: list[int], length: int) -> list[Inline] | None:
    """`nodes` (read from `length` characters of text) with the breaks at `positions` (offsets
    in that text) put in, inside whichever element holds the word; None when the nodes do not
    hold every character of the text as theirs (a marker taken out of it)."""
    if _text_length(nodes) != length:
        return None
    placed, _ = _placed(nodes, positions, 0)
    return placed


def by_whole_words(nodes: list[Inline],
                   read: Callable[[str], list[Inline]]) -> list[Inline]:
    """`nodes` with each text node read by `read`, a word broken at a line's end read whole:
    the text on either side of the break is read as one, and the break put back in whichever
    node `read` made of its word (`sho-` / `uld`: `should` is an English word)."""
    out: list[Inline] = []
    index = 0
    while index < len(nodes):
        node = nodes[index]
        if not isinstance(node, Text):
            out.append(node)
            index += 1
            continue
        value, positions = node.value, []
        index += 1
        while (index + 2 < len(nodes) and _is_break_pair(nodes[index], nodes[index + 1])
               and isinstance(nodes[index + 2], Text)):
            positions.append(len(value))
            value += nodes[index + 2].value  # type: ignore[union-attr]
            index += 3
        read_nodes = read(value)
        placed = with_breaks(read_nodes, positions, len(value)) if positions else read_nodes
        out += placed if placed is not None else [node]
    return out


def _is_break_pair(first: Inline, second: Inline) -> bool:
    return (isinstance(first, Intervention) and first.kind == WORD_BREAKS
            and isinstance(second, Intervention) and second.tag == "lb")


def count_breaks(nodes: list[Inline]) -> int:
    """How many word breaks `nodes` hold, at any depth."""
    stack, found = list(nodes), 0
    while stack:
        node = stack.pop()
        if isinstance(node, Intervention):
            found += node.kind == WORD_BREAKS
            stack.extend(node.children)
    return found


def _text_length(nodes: list[Inline]) -> int:
    total = 0
    for node in nodes:
        if isinstance(node, Text):
            total += len(node.value)
        elif isinstance(node, Intervention):
            total += _text_length(node.children)
        else:
            total += 1  # a line or page break stands for its one character
    return total


def _placed(nodes: list[Inline], positions: list[int], at: int) -> tuple[list[Inline], int]:
    out: list[Inline] = []
    for node in nodes:
        if isinstance(node, Text):
            end = at + len(node.value)
            cuts = [p - at for p in positions[bisect.bisect_right(positions, at):
                                              bisect.bisect_left(positions, end)]]
            value, last = node.value, 0
            for cut in cuts:
                out += [Text(value[last:cut]), *break_nodes()]
                last = cut
            out.append(Text(value[last:]) if cuts else node)
            at = end
        elif isinstance(node, Intervention):
            children, at = _placed(node.children, positions, at)
            node.children = children
            out.append(node)
        else:
            out.append(node)
            at += 1
    return out, at


def in_brackets(text: str, positions: list[int]) -> set[int]:
    """The `positions` that stand inside a bracket of `text` (`[SIC, … sho-` / `uld be …]`)."""
    found: set[int] = set()
    depth = last = 0
    for position in positions:
        depth += text.count("[", last, position) - text.count("]", last, position)
        if depth > 0:
            found.add(position)
        last = position
    return found


def restored(text: str, offsets: Offsets, positions: list[int]) -> tuple[str, OffsetMap]:
    """`text` with the hyphen and the line end of each break at `positions` put back, as the
    lines were before they were joined (read so when a rule made its own nodes of a broken
    word's text, and the break would be lost)."""
    pieces: list[str] = []
    starts: list[int] = []
    files: list[int] = []
    last = length = 0
    for position in [*positions, len(text)]:
        piece = text[last:position]
        pieces.append(piece)
        part = offsets.slice(last, position)
        starts.extend(length + s for s in part.starts)
        files.extend(part.files)
        length += len(piece)
        if position < len(text):
            pieces.append("-" + LB)
            starts.append(length)
            files.append(offsets[position - 1] + 1)
            length += 2
        last = position
    return "".join(pieces), OffsetMap(tuple(starts), tuple(files))

