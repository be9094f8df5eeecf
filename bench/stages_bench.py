"""Shapes to be slow beyond the converter (run by hand, not a test).

    .venv/bin/python bench/stages_bench.py [--sizes 2000,8000] [--timeout 600]

Each shape at each size: a source made here, then one `teikit` command on it in a fresh
process, its wall time printed (or "over TIMEOUT s"). Four times the size should take about
four times the time; each shape once took the square of it somewhere:
- validate: a converted paragraph of interventions (`[to put] … [SIC, word]`), and
  asterisk notes with their pointers, against the house schema (the documents' own
  xml-model schemas: teikit.rng, teikit.sch, tei_all);
- validate, invalid: the same paragraph with an attribute the schema refuses on each
  `supplied` (one error each), and the seed edition with a body of divisions without the
  type the house schema requires;
- build: an edition folder whose source mentions each person of its `register.csv`;
- convert: the 34 dev documents with one register of n persons (`--register`), as a
  collection shares one (it was read again, and its pattern made again, for each document);
- names suggest: lines of distinct names;
- convert a Word file: one paragraph of alternating bold runs, and one of a footnote after
  each word (python-docx, from the test extra, writes them).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEIKIT = [sys.executable, "-m", "teikit"]
META = ["--title", "Shapes", "--date", "1951-09-10"]


sys.path.insert(0, str(ROOT / "tests"))  # the sources the tests make, made the same way
from shapes import distinct_name as name  # noqa: E402
from shared_paths import DEV_RAW  # noqa: E402


def converted(folder: Path, text: str) -> Path:
    source = folder / "source.txt"
    source.write_text(text, encoding="utf-8")
    subprocess.run([*TEIKIT, "convert", str(source), "-o", str(folder / "doc.xml"), "-q",
                    "--timeout", "0", *META], check=True)
    return folder / "doc.xml"


def interventions(folder: Path, n: int) -> list[str]:
    text = "we [to put] it [Beijing] [illegible] [SIC, word] " * n + "\n"
    return ["validate", str(converted(folder, text))]


def notes(folder: Path, n: int) -> list[str]:
    text = "".join(f"[Li Kuo Nyn]* met [Zhou]* {i}\n\n" for i in range(n)) \
        + "* the spelling is uncertain\n\n" * (2 * n)
    return ["validate", str(converted(folder, text))]


def invalid(folder: Path, n: int) -> list[str]:
    document = converted(folder, "we [to put] it " * n + "\n")
    document.write_bytes(document.read_bytes().replace(b"<supplied ", b'<supplied bogus="1" '))
    return ["validate", str(document)]


def untyped(folder: Path, n: int) -> list[str]:
    from shapes import untyped_divisions

    document = folder / "divisions.xml"
    document.write_bytes(untyped_divisions(n))
    return ["validate", str(document)]


def registered(folder: Path, n: int) -> list[str]:
    from shapes import registered_edition

    return ["build", str(registered_edition(folder / "sources", n)), "-o",
            str(folder / "site"), "--no-search", "-j", "1"]


def shared_register(folder: Path, n: int) -> list[str]:
    register = folder / "register.csv"
    register.write_text("id,type,name,variants\n" + "".join(
        f"per-{i},person,{name(i)} {name(i + 7)},{name(i)}\n" for i in range(n)),
        encoding="utf-8")
    return ["convert", *map(str, sorted(DEV_RAW.glob("*.txt"))), "--register", str(register),
            "--out-dir", str(folder / "out"), "-q", "-j", "1"]


def suggestions(folder: Path, n: int) -> list[str]:
    source = folder / "names.txt"
    source.write_text("".join(f"Comrade {name(3 * i)} met Comrade {name(3 * i + 1)} in "
                              f"{name(3 * i + 2)}grad.\n\n" for i in range(n)), encoding="utf-8")
    return ["names", "suggest", str(source), "-o", str(folder / "names.txt.out")]


def word(make: Callable[[object, int], None]) -> Callable[[Path, int], list[str]]:
    def shape(folder: Path, n: int) -> list[str]:
        from readers.docx_builder import WordFile

        document = WordFile()
        document.paragraph("**Report**")
        make(document, n)
        path = document.save(folder / "source.docx")
        return ["convert", str(path), "-o", str(folder / "doc.xml"), "-q", "--timeout", "0",
                *META]
    return shape


def bold_runs(document: object, n: int) -> None:
    paragraph = document.paragraph("")  # type: ignore[attr-defined]
    for i in range(n):
        paragraph.add_run(f"word{i} ").bold = i % 2 == 0


def footnotes(document: object, n: int) -> None:
    paragraph = document.paragraph("")  # type: ignore[attr-defined]
    for i in range(n):
        paragraph.add_run(f"word{i} ")
        document.note(paragraph, f"note {i}")  # type: ignore[attr-defined]


SHAPES: dict[str, Callable[[Path, int], list[str]]] = {
    "validate: interventions in one paragraph (n × 4)": interventions,
    "validate: asterisk notes (n × 2)": notes,
    "validate: one refused attribute per word (n)": invalid,
    "validate: n divisions without a type": untyped,
    "build: n persons of the register mentioned": registered,
    "convert: 34 documents sharing a register of n persons": shared_register,
    "names suggest: n lines of distinct names": suggestions,
    "convert Word: n alternating bold runs": word(bold_runs),
    "convert Word: n footnotes in one paragraph": word(footnotes),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,8000")
    parser.add_argument("--timeout", type=float, default=600)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    for label, make in SHAPES.items():
        shown = []
        for n in sizes:
            with tempfile.TemporaryDirectory() as temporary:
                command = make(Path(temporary), n)
                started = time.perf_counter()
                try:
                    subprocess.run([*TEIKIT, *command], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, timeout=args.timeout)
                    shown.append(f"n={n}: {time.perf_counter() - started:6.2f} s")
                except subprocess.TimeoutExpired:
                    shown.append(f"n={n}: over {args.timeout:.0f} s")
        print(f"{label:50s} {'   '.join(shown)}", flush=True)


if __name__ == "__main__":
    main()
