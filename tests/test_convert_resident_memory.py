"""The resident memory of `teikit convert` grows with its input by a bounded factor, the TEI
tree that lxml allocates included (which tracemalloc, in `test_convert_memory.py`, does not
see): measured as the growth of the command's peak resident size from a 1 MB to a 3 MB
concatenation of the dev documents, so that what every run loads (Python, lxml, the lexicons)
cancels out. `bench/convert_bench.py --concat-dev 50` measures the same input at 50 MB.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from shared_paths import DEV_RAW

import teikit
from teikit.readers.page_header import parse_page_header

GROWTH_PER_INPUT_BYTE = 9
"""Bytes of resident memory per byte of input added. 22 while the whole TEI tree was built,
then enriched, indented, checked and serialised, and the serialised document held whole;
about 12 since the text is written block by block and kept compressed; 7.1 since the reader
lets the source text go (the lossless check reads a compressed copy), the document is written
out unpacked a piece at a time, and the model shares equal attribute sets."""
# Run in a fresh process, with the teikit under test first on the path (not the one of the
# current directory): the peak resident size of the command, in kilobytes (Linux's unit).
_MEASURE = """
import resource, sys
sys.path.insert(0, sys.argv[3])
from teikit.cli import run
sys.argv = ["teikit", "convert", sys.argv[1], "-o", sys.argv[2], "-q"]
try:
    run()
except SystemExit as done:
    assert not done.code, done.code
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _dev_concatenation(size: int) -> str:
    """The first dev document whole, then the bodies of all of them, repeated up to `size`
    bytes (as `bench/convert_bench.py --concat-dev` builds it)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV_RAW.glob("*.txt"))]
    bodies = ["\n\n" + text[parse_page_header(text).body_start :] for text in texts]
    parts = [texts[0]]
    total, index = len(texts[0].encode("utf-8")), 1
    while total + len(bodies[index].encode("utf-8")) <= size:
        parts.append(bodies[index])
        total += len(bodies[index].encode("utf-8"))
        index = (index + 1) % len(bodies)
    return "".join(parts) + "\n"


def _resident_peak(text: str, folder: Path, name: str) -> int:
    """The peak resident size, in bytes, of `teikit convert` on `text`."""
    source = folder / f"{name}.txt"
    source.write_text(text, encoding="utf-8")
    target = folder / f"{name}.xml"
    package_parent = Path(teikit.__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(source), str(target),
                           str(package_parent)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[-1]) * 1024


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss in kilobytes: Linux")
def test_resident_memory_grows_within_its_bound(tmp_path: Path) -> None:
    small, large = _dev_concatenation(1_000_000), _dev_concatenation(3_000_000)
    growth = _resident_peak(large, tmp_path, "large") - _resident_peak(small, tmp_path, "small")
    added = len(large.encode("utf-8")) - len(small.encode("utf-8"))
    assert growth / added < GROWTH_PER_INPUT_BYTE
