"""The lossless check: the TEI must give the source back, word for word.

Both sides are compared after removing Markdown backslash escapes (`\\*` is `*`) and white
space, except where white space separates two words: there a run of it is one separator. How
much white space stands between two words does not matter, whether they are separated does
(`MAO ZEDONG` then `Comrade` is not `ZEDONGComrade`). Brackets count as part of the word they
touch, as a reader of the words would take them: `F[oreign]` is one word, `F [oreign]` two,
and the space in `[handwritten:] text` is no word boundary. Everything else, heading markers
included, must come back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise

from teikit.errors import Location, LosslessError
from teikit.kept_text import KeptText

# A backslash escape; the escaped character may come after white space in the regenerated
# text, where a block boundary can fall between the two.
_ESCAPE = re.compile(r"\\(?=\s*[!-/:-@\[-`{-~])")


def _word_edge(character: str) -> bool:
    return character.isalnum() or character == "_"


def _compared_form(text: str) -> str:
    if "\\" in text:
        text = _ESCAPE.sub("", text)
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


def _tokens(text: str) -> list[str]:
    """The text split at white space (escapes dropped): the compared form is made of these,
    so two texts with equal tokens are equal."""
    return (_ESCAPE.sub("", text) if "\\" in text else text).split()


def _source_position(text: str, kept: int) -> int:
    """The index in `text` of its `kept`-th character of the compared form (found by bisection:
    this runs once, when a conversion fails)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if len(_compared_form(text[: middle + 1])) > kept:
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


def _slices(text: str, start: int) -> Iterator[str]:
    for offset in range(start, len(text), CHUNK):
        yield text[offset : offset + CHUNK]


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


def _compared_chunks(chunks: Iterable[str]) -> Iterator[str]:
    """The compared form, chunk by chunk, each chunk cut between two word characters so that
    what decides a separator or an escape is never split between two chunks."""
    carry = ""
    for chunk in chunks:
        chunk = carry + chunk
        cut = _safe_cut(chunk)
        carry = chunk[cut:]
        yield _compared_form(chunk[:cut])
    yield _compared_form(carry)


def _ahead(rest: str, chunks: Iterator[str], size: int = 30) -> str:
    """The next `size` characters of a chunked string from `rest` on."""
    while len(rest) < size and (chunk := next(chunks, None)) is not None:
        rest += chunk
    return rest[:size]


def _first_difference(left: Iterable[str], right: Iterable[str],
                      ) -> tuple[int, str, str] | None:
    """Where two chunked strings first differ, with the next 30 characters of each from there;
    None if they are equal."""
    left_chunks, right_chunks = iter(left), iter(right)
    a = b = ""
    done = 0
    while True:
        while not a and (a := next(left_chunks, None)) is not None and not a:
            pass
        while not b and (b := next(right_chunks, None)) is not None and not b:
            pass
        if not a or not b:
            if not a and not b:
                return None
            return done, _ahead(a or "", left_chunks), _ahead(b or "", right_chunks)
        size = min(len(a), len(b))
        if a[:size] != b[:size]:
            at = next(i for i in range(size) if a[i] != b[i])
            return done + at, _ahead(a[at:], left_chunks), _ahead(b[at:], right_chunks)
        done += size
        a, b = a[size:], b[size:]


def check_lossless(full_text: str | KeptText, body_start: int, regenerated: Iterable[str], *,
                   path: str) -> None:
    """Compare the source body (`full_text` from `body_start`) with the regenerated pieces,
    streaming, so that neither side is copied whole nor the pieces all held (a kept text is
    unpacked a piece at a time, and whole only to locate a difference)."""
    pieces: Iterable[str] = regenerated
    length = len(full_text) if isinstance(full_text, str) else full_text.length
    if length - body_start <= CHUNK:
        pieces = list(regenerated)  # a short body: its pieces are few
        body = (full_text if isinstance(full_text, str) else full_text.text)[body_start:]
        if _tokens(body) == _tokens("".join(pieces)):
            return  # the same words with the same white space between them: nothing to weigh
    source = (_slices(full_text, body_start) if isinstance(full_text, str)
              else full_text.chunks(body_start, CHUNK))
    found = _first_difference(_compared_chunks(source), _compared_chunks(_grouped(pieces)))
    if found is None:
        return
    index, want, got = found
    if not isinstance(full_text, str):
        full_text = full_text.text
    body = full_text[body_start:]
    offset = body_start + min(_source_position(body, index), len(body))
    line = full_text.count("\n", 0, offset) + 1
    column = offset - (full_text.rfind("\n", 0, offset) + 1) + 1
    raise LosslessError(
        f"the TEI does not give the source back: expected {want or '(end of text)'!r}, "
        f"got {got or '(end of text)'!r} (white space compared only where it separates words)",
        Location(path, line, column),
    )
