"""The rows of Markdown's pipe tables, read as text: where a row's cells stand, whether a line is
a delimiter row and whether two lines open a table (`teikit.readers.pipe_tables`)."""

from __future__ import annotations

from teikit.lazy_pattern import LazyPattern

_DELIMITER_CELL = LazyPattern(r":?-+:?")
_DELIMITER_CHARACTERS = frozenset("|-: \t")


def cell_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) in `line` of each cell's text, white space around it left out; the pipes
    at the row's ends part no cells. A pipe after a backslash is a cell's character."""
    pipes: list[int] = []
    index = 0
    while index < len(line):
        character = line[index]
        if character == "\\":
            index += 2
            continue
        if character == "|":
            pipes.append(index)
        index += 1
    bounds = [-1, *pipes, len(line)]
    spans = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    if pipes and not line[: pipes[0]].strip():
        spans.pop(0)  # (what stands before a leading pipe is the row's indent)
    if pipes and not line[pipes[-1] + 1 :].strip() and spans:
        spans.pop()
    return [_trimmed(line, start, end) for start, end in spans]


def _trimmed(line: str, start: int, end: int) -> tuple[int, int]:
    while start < end and line[start] in " \t":
        start += 1
    while end > start and line[end - 1] in " \t":
        end -= 1
    return start, end


def is_delimiter_row(line: str) -> bool:
    """`|------|----:|:----:|`, `---|---`: dashes with or without a colon at either end, one run
    per column, parted by pipes (at least one pipe: a line of dashes alone is a rule)."""
    stripped = line.strip()
    if "|" not in stripped or "-" not in stripped or not set(stripped) <= _DELIMITER_CHARACTERS:
        return False
    spans = cell_spans(stripped)
    return bool(spans) and all(_DELIMITER_CELL.fullmatch(stripped[start:end])
                               for start, end in spans)


def opens_table(line: str, following: str) -> bool:
    """Whether `line` is a table's header row, `following` its delimiter row: as many cells in
    one as columns in the other."""
    return ("|" in line and is_delimiter_row(following)
            and len(cell_spans(line.strip())) == len(cell_spans(following.strip())))


def outer_pipes(line: str) -> str:
    """A row's outer pipes as a template: `|{}|`, `|{}`, `{}|` or `{}`."""
    stripped = line.strip()
    leading = "|" if stripped.startswith("|") else ""
    # (a row of one pipe, `|`, has it once: it leads the row and ends none)
    trailing = ("|" if stripped.endswith("|") and len(stripped) > 1
                and not _escaped_end(stripped) else "")
    return f"{leading}{{}}{trailing}"


def _escaped_end(line: str) -> bool:
    return (len(line) - len(line[:-1].rstrip("\\")) - 1) % 2 == 1
