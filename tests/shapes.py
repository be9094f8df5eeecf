"""Sources made to a size for the tests that time teikit at two sizes (and for
`bench/stages_bench.py` and `bench/shapes_bench.py`): names that are all distinct, an edition
that mentions each person of its register, a TEI document of divisions the house schema
refuses, transcriptions of one long run or of many furniture lines of one kind."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from shared_paths import EDITION

SYLLABLES = ["ka", "lo", "mi", "ta", "ro", "ve", "shi", "no", "pa", "du", "ze", "gor"]


REPORT = "We report that the talks went on for two days and ended well for both sides."

# A transcription for n: one long run of a character where a pattern's quantifiers could
# share the run out (each once cost the square of the run).
RUN_SHAPES: dict[str, Callable[[int], str]] = {
    "a number line of many figures": lambda n: f"{REPORT}\n\nNo. 1{'1' * n}x\n",
    "a foot line of many figures": lambda n: f"{REPORT}\n\nI. STALIN\n{'1' * n}x\n",
    "a foot line of many dashes": lambda n: f"{REPORT}\n\nI. STALIN\n{'-' * n}x\n",
    "a bracket of many figures": lambda n: f"{REPORT} [{'1' * n}x] end.\n",
    "a bracket of many stops": lambda n: f"{REPORT} [{'.' * n}x] end.\n",
}
# A transcription for n: n furniture lines of one kind, each of which a rule asked about all
# the others (each once cost the square of n).
LINE_SHAPES: dict[str, Callable[[int], str]] = {
    # (whether a covering note's attachment starts under each signing line was asked of all
    # the paragraphs before and after it)
    "a closing of many office lines": lambda n: f"{REPORT}\n\n" + "Captain\n" * n
    + "[Signature]\n",
    # (each farewell walked down the farewells under it)
    "a closing of many farewells": lambda n: f"{REPORT}\n\n" + "Sincerely,\n" * n,
    # (each opening line asked whether the lines under it list a file's records)
    "an opening of many labelled lines": lambda n: "Subject: the talks\n" * n
    + f"{REPORT}\n\nI. STALIN\n",
    # (each address line was walked down the lines under it as a list's, then found to start
    # none)
    "an opening of many address lines": lambda n: "Address[ed to]: Swedish [Embassy], "
    "PYONGYANG\n" * n + f"\n{REPORT}\n",
    # (lines of text longer than an opener's are the text's; an office over an office signs
    # over it, and each handed the signature on to the next by a call: as deep as the lines)
    "an opening of many office lines": lambda n: "Military Attaché of Embassy in Iraq\n" * n
    + f"{REPORT}\n\nI. STALIN\n",
    # (an office wrapped under the signer's name took each line ending on `and`, the lines taken
    # so far joined again at each)
    "a closing of many wrapped office lines": lambda n: f"{REPORT}\n\nChoi Duk Shin\n"
    + "Envoy Extraordinary and\n" * n,
    # (a paragraph of lines each ending on a word the line broke: the words joined once lifted
    # out for the names and dates were one string grown at each, and cut again at each when
    # the breaks were put back)
    "a paragraph of many words broken at the lines' ends": lambda n: "The govern-\n"
    + "ment of the DPRK met on 12 Sep-\ntember 1951 the govern-\n" * n + "ment.\n",
}


def distinct_name(index: int) -> str:
    """A name per number, from its digits in base 12 (20,736 before they repeat)."""
    return "".join(SYLLABLES[index // 12 ** place % 12] for place in range(4)).capitalize()


def registered_edition(folder: Path, names: int) -> Path:
    """An edition folder, `folder/report`, whose source mentions each of `names` persons of
    its register twice; returns `folder`, the build's input."""
    edition = folder / "report"
    edition.mkdir(parents=True)
    (edition / "meta.toml").write_text('title = "Report"\ndate_text = "1951-09-10"\n',
                                       encoding="utf-8")
    with (edition / "register.csv").open("w", newline="", encoding="utf-8") as register:
        rows = csv.writer(register)
        rows.writerow(["id", "type", "name", "variants", "authority", "note"])
        for index in range(names):
            full = f"{distinct_name(index)} {distinct_name(index + 7)}"
            rows.writerow([f"per-{index}", "person", full, distinct_name(index), "", ""])
    (edition / "source.txt").write_text("**Report**\n\n" + "".join(
        f"Comrade {distinct_name(index)} {distinct_name(index + 7)} met "
        f"{distinct_name(index)}.\n\n" for index in range(names)), encoding="utf-8")
    return folder


def untyped_divisions(count: int) -> bytes:
    """The seed edition's TEI with a body of `count` divisions without the `@type` the house
    schema requires: libxml2 gives each error the path of the division's first child, one
    level too deep, so that each message's path has a parent of its own."""
    tree = etree.parse(str(EDITION / "edition.xml"))
    tei = "{http://www.tei-c.org/ns/1.0}"
    body = tree.find(f".//{tei}body")
    assert body is not None
    body.clear()
    for index in range(count):
        division = etree.SubElement(body, f"{tei}div")
        etree.SubElement(division, f"{tei}head").text = f"Part {index}"
        etree.SubElement(division, f"{tei}p").text = "Text."
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
