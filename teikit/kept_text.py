"""A source text kept for the lossless check, and handed to the reader that is its last user.

The lossless check compares the source with what the TEI gives back, after the body is
written: the source must outlive the document model. Kept as it was read, a 50 MB source
holds 100 MB beside the model (one character outside Latin-1, a curly quote, makes Python
store every character in two bytes); kept as compressed UTF-8, in pieces unpacked one at a
time, it holds about a sixth of that.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

PIECE = 1 << 20
"""Characters per compressed piece; a text of one piece or less is kept as it is."""
# Lone surrogates (from a caller's string, never from a decoded file) survive the round trip.
_ERRORS = "surrogatepass"


class KeptText:
    """The characters of a text, their count and its line breaks, for reading back in order."""

    __slots__ = ("_drained", "_pieces", "_plain", "length", "newlines")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.newlines = text.count("\n")
        self._drained = False
        self._plain: str | None = text if len(text) <= PIECE else None
        self._pieces: list[bytes] = [] if self._plain is not None else [
            zlib.compress(text[at : at + PIECE].encode("utf-8", _ERRORS), 1)
            for at in range(0, len(text), PIECE)]

    def _unpacked(self, drain: bool = False) -> Iterator[str]:
        if self._drained:
            raise RuntimeError("the kept text was read once already, and dropped")
        if self._plain is not None:
            yield self._plain
            return
        pieces = self._pieces
        if drain:
            self._pieces, self._drained = [], True
            pieces.reverse()  # popped from the end, in order
            while pieces:
                yield zlib.decompress(pieces.pop()).decode("utf-8", _ERRORS)
            return
        for piece in pieces:
            yield zlib.decompress(piece).decode("utf-8", _ERRORS)

    def chunks(self, start: int = 0, size: int = PIECE) -> Iterator[str]:
        """The text from `start` on, in consecutive strings of at most `size` characters."""
        return sliced(self._unpacked(), start, size)

    def drain(self, size: int = PIECE) -> Iterator[str]:
        """The whole text in consecutive strings of at most `size` characters, each compressed
        piece dropped once unpacked: a text read so cannot be read again."""
        return sliced(self._unpacked(drain=True), 0, size)

    @property
    def text(self) -> str:
        """The whole text."""
        return self._plain if self._plain is not None else "".join(self._unpacked())


def sliced(pieces: Iterable[str], start: int, size: int) -> Iterator[str]:
    """Consecutive pieces of a text, from its character `start` on, as strings of at most
    `size` characters (cut within each piece)."""
    offset = 0
    for piece in pieces:
        end = offset + len(piece)
        if end > start:
            for at in range(max(start - offset, 0), len(piece), size):
                yield piece[at : at + size]
        offset = end


class SourceHandle:
    """A source text passed down to the reader, which takes it (`take`) so that no caller's
    frame keeps it alive once the reader has let it go: the reader keeps a `KeptText` and
    drops the text itself before it builds the document model."""

    __slots__ = ("_text",)

    def __init__(self, text: str) -> None:
        self._text: str | None = text

    def take(self) -> str:
        text, self._text = self._text, None
        if text is None:
            raise RuntimeError("the source text was already taken")
        return text
