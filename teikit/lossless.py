"""The lossless check: the TEI must give the source back, word for word.

Both sides are compared after removing Markdown backslash escapes (`\\*` is `*`), Markdown hard
breaks written as a backslash at a line's end, and white space, except where white space
separates two words: there a run of it is one separator. How much white space stands between
two words does not matter, whether they are separated does (`MAO ZEDONG` then `Comrade` is not
`ZEDONGComrade`). Brackets count as part of the word they touch, as a reader of the words would
take them: `F[oreign]` is one word, `F [oreign]` two, and the space in `[handwritten:] text` is
no word boundary. Everything else, heading markers included, must come back, but a block
quotation's markers opening the source's lines (`> `), which the reader takes as Markdown's:
the TEI keeps the quotation as a `quote` of paragraphs, and how many markers it had depends on
how its lines were broken. Only the source's are read past: a `>` the TEI's text begins a line
with is its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise

from teikit.errors import Location, LosslessError
from teikit.kept_text import KeptText, sliced
from teikit.readers.blocks import QUOTE_MARKERS
from teikit.readers.markdown_escapes import PUNCTUATION

# A backslash escape; the escaped character may come after white space in the regenerated
# text, where a block boundary can fall between the two. Or Markdown's hard line break, a
# backslash at a line's end (as pandoc writes one).
_ESCAPE = re.compile(rf"\\(?=\s*{PUNCTUATION}|[ \t]*\r?\n)")
# The same, and a backslash ending the text (a text's end, not a chunk's or a prefix's).
_ESCAPE_AT_END = re.compile(_ESCAPE.pattern + r"|\\(?=[ \t]*\Z)")


# A block quotation's markers opening a line (`> `, `> > `); a line's start is a segment's start
# only at the body's (a segment starts between two word characters).
_QUOTE_MARKERS = re.compile(rf"(?m)^{QUOTE_MARKERS}")


def _word_edge(character: str) -> bool:
    return character.isalnum() or character == "_"


def _compared_form(text: str, at_end: bool = False, source: bool = False) -> str:
    """`text` as compared (`at_end`: it ends the whole text; `source`: it is the source's)."""
    if source and ">" in text:
        text = _QUOTE_MARKERS.sub("", text)
    if "\\" in text:
        text = (_ESCAPE_AT_END if at_end else _ESCAPE).sub("", text)
    tokens = text.split()
    if not tokens:
        return ""
    out = [tokens[0]]
    for before, token in pairwise(tokens):
        # Brackets belong to the word they touch: look through them on both sides.
        left, right = before.rstrip("[]")[-1:], token.lstrip("[]")[:1]
        if left and right and _word_edge(left) and _word_edge(right):
            out.append(" ")
        out.append(token)
    return "".join(out)


def _tokens(text: str, source: bool = False) -> list[str]:
    """The text split at white space (escapes dropped): the compared form is made of these,
    so two texts with equal tokens are equal."""
    if source and ">" in text:
        text = _QUOTE_MARKERS.sub("", text)
    return (_ESCAPE_AT_END.sub("", text) if "\\" in text else text).split()


def _source_position(text: str, kept: int) -> int:
    """The index in `text` of its `kept`-th character of the compared form (found by bisection:
    this runs once, when a conversion fails)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if len(_compared_form(text[: middle + 1], source=True)) > kept:
            high = middle
        else:
            low = middle + 1
    return low


CHUNK = 1 << 16
"""Characters compared at a time: a chunk's words are split into strings of their own, so a
chunk of a megabyte costs tens of megabytes while it is compared."""
# How far back from a chunk's end to look for a place between two word characters, where
# neither a white-space run nor an escape can be cut in two.
_SAFE_LOOKBACK = 4096


def _grouped(pieces: Iterable[str]) -> Iterator[str]:
    group: list[str] = []
    size = 0
    for piece in pieces:
        group.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(group)
            group, size = [], 0
    yield "".join(group)


def _safe_cut(chunk: str) -> int:
    """The last index of `chunk` between two word characters; 0 if none is near, so that the
    whole chunk waits for the next one (a cut at its end could split the white space between
    two words, as in a long letter-spaced line `C H A N F U`)."""
    for index in range(len(chunk) - 1, max(0, len(chunk) - _SAFE_LOOKBACK), -1):
        if chunk[index].isalnum() and chunk[index - 1].isalnum():
            return index
    return 0


def _compared_segments(chunks: Iterable[str], source: bool = False,
                       ) -> Iterator[tuple[str, str]]:
    """(text, its compared form), chunk by chunk, each chunk cut between two word characters
    so that what decides a separator or an escape is never split between two chunks: the
    forms of consecutive segments join into the form of the whole."""
    carry = ""
    for chunk in chunks:
        chunk = carry + chunk
        cut = _safe_cut(chunk)
        carry = chunk[cut:]
        yield chunk[:cut], _compared_form(chunk[:cut], source=source)
    yield carry, _compared_form(carry, at_end=True, source=source)


def _compared_chunks(chunks: Iterable[str]) -> Iterator[str]:
    return (form for _, form in _compared_segments(chunks))


@dataclass(frozen=True, slots=True)
class _Segment:
    """A chunk of the source body as compared, and where it stands."""

    text: str
    offset: int
    """Where it starts in the file."""
    compared: int
    """Where its compared form starts in the body's."""
    newlines: int
    """The line breaks of the file before it."""
    line_start: int
    """Where the line it starts in starts."""


class _SourceTrack:
    """The source side of the comparison, read once: the body's compared form chunk by chunk,
    and where the chunk being compared stands in the file, so that a difference is located
    with only that chunk at hand (a kept source is dropped as it is read)."""

    def __init__(self, chunks: Iterable[str], body_start: int) -> None:
        self._chunks = chunks
        self._body_start = body_start
        self._newlines = self._line_start = 0
        # Set before they are read: the first form read sets the segment, and a location is
        # read only once `locate` has noted it.
        self._segment: _Segment
        self.location: tuple[int, int]

    def _count(self, text: str, offset: int) -> None:
        self._newlines += text.count("\n")
        last = text.rfind("\n")
        if last >= 0:
            self._line_start = offset + last + 1

    def _body(self) -> Iterator[str]:
        offset = 0
        for chunk in self._chunks:
            cut = min(max(self._body_start - offset, 0), len(chunk))
            self._count(chunk[:cut], offset)  # the header's lines
            if cut < len(chunk):
                yield chunk[cut:]
            offset += len(chunk)

    def forms(self) -> Iterator[str]:
        offset, compared = self._body_start, 0
        for text, form in _compared_segments(self._body(), source=True):
            self._segment = _Segment(text, offset, compared, self._newlines, self._line_start)
            yield form
            self._count(text, offset)
            offset += len(text)
            compared += len(form)

    def locate(self, index: int) -> None:
        """Note the line and column of the body's `index`-th compared character, which the
        chunk being compared holds (or the end of the text)."""
        segment = self._segment
        within = min(_source_position(segment.text, index - segment.compared), len(segment.text))
        before = segment.text[:within]
        last = before.rfind("\n")
        start = segment.offset + last + 1 if last >= 0 else segment.line_start
        self.location = (segment.newlines + before.count("\n") + 1,
                         segment.offset + within - start + 1)


def _ahead(rest: str, chunks: Iterator[str], size: int = 30) -> str:
    """The next `size` characters of a chunked string from `rest` on."""
    while len(rest) < size and (chunk := next(chunks, None)) is not None:
        rest += chunk
    return rest[:size]


def _first_difference(left: Iterable[str], right: Iterable[str],
                      found: Callable[[int], None] = lambda index: None,
                      ) -> tuple[str, str] | None:
    """The next 30 characters of each of two chunked strings from where they first differ;
    None if they are equal. `found` is told where (the index) before the characters after it
    are read."""
    left_chunks, right_chunks = iter(left), iter(right)
    a: str | None = ""
    b: str | None = ""
    done = 0
    while True:
        while not a and (a := next(left_chunks, None)) is not None and not a:
            pass
        while not b and (b := next(right_chunks, None)) is not None and not b:
            pass
        if not a or not b:
            if not a and not b:
                return None
            found(done)
            return _ahead(a or "", left_chunks), _ahead(b or "", right_chunks)
        size = min(len(a), len(b))
        if a[:size] != b[:size]:
            at = next(i for i in range(size) if a[i] != b[i])
            found(done + at)
            return _ahead(a[at:], left_chunks), _ahead(b[at:], right_chunks)
        done += size
        a, b = a[size:], b[size:]


def check_lossless(full_text: str | KeptText, body_start: int, regenerated: Iterable[str], *,
                   path: str) -> None:
    """Compare the source body (`full_text` from `body_start`) with the regenerated pieces,
    streaming, so that neither side is copied whole nor the pieces all held. A kept text is
    read once: each of its pieces is dropped once unpacked."""
    pieces: Iterable[str] = regenerated
    length = len(full_text) if isinstance(full_text, str) else full_text.length
    if length - body_start <= CHUNK:
        pieces = list(regenerated)  # a short body: its pieces are few
        body = (full_text if isinstance(full_text, str) else full_text.text)[body_start:]
        if _tokens(body, source=True) == _tokens("".join(pieces)):
            return  # the same words with the same white space between them: nothing to weigh
    source = _SourceTrack(sliced((full_text,), 0, CHUNK) if isinstance(full_text, str)
                          else full_text.drain(CHUNK), body_start)
    found = _first_difference(source.forms(), _compared_chunks(_grouped(pieces)), source.locate)
    if found is None:
        return
    want, got = found
    raise LosslessError(
        f"the TEI does not give the source back: expected {want or '(end of text)'!r}, "
        f"got {got or '(end of text)'!r} (white space compared only where it separates words)",
        Location(path, *source.location),
    )
