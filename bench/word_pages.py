"""Page exports made into Word files: does the Word reader read them as the text reader does?

    .venv/bin/python bench/word_pages.py [--pages ../shared/dev/raw] [--libreoffice]

Each page's body (after its header) becomes a Word file of one paragraph per line, written with
python-docx (with `--libreoffice`, then opened and saved again as Word 2007 XML by LibreOffice,
`soffice --headless`, another writer's package), and the same lines are saved as text, a
blank line between two; both are
converted under the same title and date, and the pages whose counted elements differ are
printed with both counts, then how many differ. Markdown's own marks (`#### heading`,
`**bold**`) are text in a Word file, so a page that uses them may differ for that alone.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_file, convert_text
from teikit.readers.page_header import parse_page_header

_META = {"title": "A page", "date_text": "1 January 1960"}
_COUNTED = ("supplied", "reg", "note", "gap", "foreign", "signed", "dateline", "idno", "stamp",
            "fw", "list", "add", "pb", "sic", "unclear", "head", "p", "q", "hi", "ab")


def _counts(root: etree._Element) -> dict[str, int]:
    text = root.find(f"{{{TEI_NS}}}text")
    assert text is not None
    found = collections.Counter(etree.QName(e).localname for e in text.iter()
                                if isinstance(e.tag, str))
    return {name: found[name] for name in _COUNTED if found[name]}


def compare(page: Path, folder: Path, libreoffice: str | None = None,
            ) -> tuple[dict[str, int], dict[str, int]]:
    """The counted elements of the page's body saved as text and as a Word file (saved again
    by LibreOffice when its command is given)."""
    raw = page.read_text(encoding="utf-8")
    lines = [line for line in raw[parse_page_header(raw).body_start:].splitlines()
             if line.strip()]
    word = docx.Document()
    for line in lines:
        word.add_paragraph(line)
    path = folder / f"{page.stem}.docx"
    word.save(str(path))
    if libreoffice is not None:
        saved = folder / "libreoffice"
        subprocess.run([libreoffice, "--headless", "--convert-to", "docx:MS Word 2007 XML",
                        "--outdir", str(saved), str(path)], check=True, capture_output=True)
        path = saved / path.name
    as_text = convert_text("\n\n".join(lines) + "\n", source_name=page.name, overrides=_META)
    return _counts(as_text.tree.getroot()), _counts(
        convert_file(path, overrides=_META).tree.getroot())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, action="append",
                        help="a folder of page exports (repeatable; default ../shared/dev/raw)")
    parser.add_argument("--libreoffice", action="store_true",
                        help="save each Word file again with LibreOffice (soffice) first")
    args = parser.parse_args()
    libreoffice = shutil.which("soffice") if args.libreoffice else None
    if args.libreoffice and libreoffice is None:
        parser.error("--libreoffice needs LibreOffice's soffice on the PATH")
    folders = args.pages or [Path("../shared/dev/raw")]
    pages = sorted(page for folder in folders for page in folder.glob("*.txt"))
    differ = 0
    with tempfile.TemporaryDirectory() as scratch:
        for page in pages:
            text, word = compare(page, Path(scratch), libreoffice)
            if text != word:
                differ += 1
                print(f"{page.name}\n  text {text}\n  Word {word}")
    print(f"{differ} of {len(pages)} pages differ")


if __name__ == "__main__":
    main()
