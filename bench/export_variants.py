r"""Page exports as other tools write them: does the converter read them as published?

    .venv/bin/python bench/export_variants.py [--set ../shared/dev] [--widths 60,72,80]

A set is a folder with `raw/*.txt` pages and `gold/*.json` inventories, laid out as
`../shared/dev` is (repeatable). Each page is written again
- hard-wrapped: its body lines longer than the width wrapped (Python's `textwrap`, as a
  plain-text export wraps them; the header fields are left whole), at each width;
- hyphenated: wrapped so, and the word that would not fit broken with a hyphen at the
  line's end, as a printed page's or a PDF's text gives it (`cau-` / `tion`);
- Markdown-escaped: every bracket and every asterisk but bold's and a rule's escaped
  with a backslash (`\[to put\]`, `\*`), as pandoc writes Markdown;
- with Markdown's hard breaks written as pandoc writes them: a backslash ending each body line
  that another line of its paragraph follows;
- as pandoc writes it by default: escaped, with those hard breaks, wrapped at 72 columns;
- with the page header's title and labels as Markdown headings (`# Title`, `### Citation`),
  the date a plain line, as an export of the page's HTML writes them;
- with the notes' numbers linked within the page (`[[1]](#_ftn1)`, `[[1]](#_ftnref1) …`), as
  a word processor's notes are on a web page when an export keeps the links;
- with the notes' numbers as HTML's superscripts (`ANGELOV<sup>1</sup>`, `<sup>1</sup> …`),
  as a web clipper keeps a page's note marks;
- with the body set apart as one quotation (`> ` before each line), and with each letter a
  telegram relays in quotation marks also set apart as one;
then converted and scored against the same inventories by the shared scorer
(`../shared/tools/fidelity.py`), as the pages as published are: recall and precision over
all the sets, for each variant.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from teikit.convert import convert_text
from teikit.readers.page_header import parse_page_header

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the page exports the tests make, made the same way
from page_exports import hyphenated, wrapped  # noqa: E402

SHARED = Path(os.environ.get("TEIKIT_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "tools" / "fidelity.py"


def escaped(text: str) -> str:
    """`text` with its brackets and its asterisks but bold's and a rule's escaped, as pandoc
    escapes them."""
    lines = [line if re.fullmatch(r"[ *]+", line) else re.sub(r"(?<!\*)\*(?!\*)", r"\\*", line)
             for line in text.split("\n")]
    return "\n".join(lines).replace("[", "\\[").replace("]", "\\]")


def hard_breaks(text: str) -> str:
    """`text` with a backslash ending each body line that another line of its paragraph
    follows, Markdown's hard break as pandoc writes one (not at a heading or a rule)."""
    start = parse_page_header(text).body_start
    lines = text[start:].split("\n")

    def own_block(line: str) -> bool:
        return line.startswith("#") or re.fullmatch(r"[ *_-]{3,}", line) is not None

    return text[:start] + "\n".join(
        line + "\\" if (following.strip() and line.strip() and not own_block(line)
                        and not own_block(following)) else line
        for line, following in zip(lines, [*lines[1:], ""], strict=True))


_BOLD_FIELD = re.compile(r"(?m)^([ \t]*)\*\*([A-Z][^*\n]{0,39}?):\*\*[ \t]*(\S.*)?\n?")
_BOLD_BLOCK = re.compile(r"\*\*((?:[^*\n]|\n(?![ \t]*\n))+?)\*\*")


def headings(text: str) -> str:
    """`text` with its page header as an export of the page's HTML writes it: the date a
    plain line, the title a heading (`# …`), each label a heading (`### Citation`) over its
    value."""
    start = parse_page_header(text).body_start
    header = _BOLD_FIELD.sub(
        lambda m: f"{m[1]}### {m[2]}\n\n" + (f"{m[1]}{m[3]}\n\n" if m[3] else ""),
        text[:start])
    forms = iter(("{}", "# {}"))

    def heading(found: re.Match[str]) -> str:
        form = next(forms, None)
        words = " ".join(part.strip() for part in found[1].split("\n"))
        return found[0] if form is None else form.format(words)

    return _BOLD_BLOCK.sub(heading, header, count=2) + text[start:]


def linked_notes(text: str) -> str:
    """`text` with its notes' numbers in brackets linked within the page, as a word processor's
    notes are on a web page when an export keeps the links: `ANGELOV[[1]](#_ftn1)` in the
    text, `[[1]](#_ftnref1) …` for the note."""
    start = parse_page_header(text).body_start
    body = re.sub(r"(?m)^\[(\d{1,2})\]", r"[[\1]](#_ftnref\1)", text[start:])
    body = re.sub(r"(?<=[^\s\[])\[(\d{1,2})\](?!\()", r"[[\1]](#_ftn\1)", body)
    return text[:start] + body


def superscript_notes(text: str) -> str:
    """`text` with its notes' numbers in brackets as HTML's superscripts, as a web clipper
    keeps a page's note marks: `ANGELOV<sup>1</sup>` in the text, `<sup>1</sup> …` for the
    note."""
    start = parse_page_header(text).body_start
    body = re.sub(r"(?m)^\[(\d{1,2})\]", r"<sup>\1</sup>", text[start:])
    body = re.sub(r"(?<=[^\s\[])\[(\d{1,2})\](?!\()", r"<sup>\1</sup>", body)
    return text[:start] + body


_RELAYED = re.compile(r'(?ms)^[“"](?:To|Comrade|Cde|Dear|Chairman)\b.*?[”"][.,;]?[ \t]*$')


def quoted(block: str) -> str:
    """`block` set apart as a quotation: `> ` before each line, `>` alone for a blank one."""
    return "\n".join(f"> {line}" if line.strip() else ">" for line in block.split("\n"))


def body_quoted(text: str) -> str:
    start = parse_page_header(text).body_start
    return text[:start] + quoted(text[start:])


VARIANTS: dict[str, Callable[[str, int], str]] = {
    "as published": lambda text, width: text,
    "wrapped at {}": wrapped,
    "wrapped at {}, words hyphenated at the line's end": hyphenated,
    "Markdown-escaped": lambda text, width: escaped(text),
    "a backslash ending each line of a paragraph": lambda text, width: hard_breaks(text),
    "as pandoc writes it (escaped, hard breaks, wrapped at 72)":
        lambda text, width: wrapped(hard_breaks(escaped(text)), 72),
    "the header's title and labels as Markdown headings":
        lambda text, width: headings(text),
    "notes' numbers linked within the page": lambda text, width: linked_notes(text),
    "notes' numbers as HTML superscripts": lambda text, width: superscript_notes(text),
    "the body set apart as one quotation": lambda text, width: body_quoted(text),
    "relayed letters also set apart as quotations":
        lambda text, width: _RELAYED.sub(lambda found: quoted(found.group()), text),
}


def score(pages: list[Path], gold: Path, variant: Callable[[str], str],
          folder: Path) -> tuple[int, ...]:
    """(found, asked, right, written) of the pages written as `variant` writes them, as the
    scorer counts them: phenomena of the inventories found, and elements written that an
    inventory accounts for."""
    raw, out = folder / "raw", folder / "tei"
    raw.mkdir(parents=True)
    out.mkdir()
    (folder / "gold").symlink_to(gold.resolve())
    for page in pages:
        text = variant(page.read_text(encoding="utf-8"))
        (raw / page.name).write_text(text, encoding="utf-8")
        result = convert_text(text, source_name=page.name)
        (out / f"{page.stem}.xml").write_bytes(result.to_bytes())
    report = subprocess.run([sys.executable, str(SCORER), "--gold", str(folder), "--tei",
                             str(out)], check=True, capture_output=True, text=True).stdout
    summary = json.loads(report.strip().splitlines()[-1])
    kinds = [tuple(map(int, v.split("/"))) for v in summary["per_kind"].values()]
    classes = [tuple(map(int, v.split("/"))) for v in summary["precision_per_class"].values()]
    return (sum(k[0] for k in kinds), sum(k[1] for k in kinds),
            sum(c[0] for c in classes), sum(c[1] for c in classes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, action="append", dest="sets",
                        help="a folder of raw/ pages and gold/ inventories (repeatable; "
                             "default the dev set, ../shared/dev)")
    parser.add_argument("--widths", default="60,72,80")
    args = parser.parse_args()
    sets = args.sets or [SHARED / "dev"]
    runs = [(name.format(width), functools.partial(make, width=width))
            for name, make in VARIANTS.items()
            for width in ([int(w) for w in args.widths.split(",")] if "{}" in name else [0])]
    with tempfile.TemporaryDirectory() as temporary:
        for run, (label, variant) in enumerate(runs):
            total = [0, 0, 0, 0]
            for index, folder in enumerate(sets):
                pages = sorted((folder / "raw").glob("*.txt"))
                scored = score(pages, folder / "gold", variant,
                               Path(temporary) / f"{run}-{index}")
                total = [a + b for a, b in zip(total, scored, strict=True)]
            found, asked, right, written = total
            print(f"{label}: recall {found}/{asked} = {found / asked:.2%}, "
                  f"precision {right}/{written} = {right / written:.2%}")


if __name__ == "__main__":
    main()
