"""A Word file written by another program than the tests' python-docx: pandoc's DOCX writer
(its own styles, footnote parts, tables and hyperlinks), from Markdown with the conventions."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import require_tool
from lxml import etree

from teikit import TEI_NS
from teikit.convert import ConversionResult, convert_file
from teikit.validate import validate_file

NS = {"t": TEI_NS}
MARKDOWN = """\
---
title: A report on the talks
date: 1951-09-10
---

# Political attitudes

The delegation met the Korean side at [Kaesong] and the talks went on for several hours,
**without a break**, as *Kim Il Sung* wished.[^1] They wanted [to put] pressure on the other
side, see <https://example.org>.

| Name | Place |
|------|-------|
| Kim  | Pyongyang |

The last paragraph of the running text has a word [sic] in it and [illegible] more words.

[^1]: A footnote with **bold** and [supplied] words.
"""


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> tuple[ConversionResult, Path]:
    pandoc = require_tool("pandoc")
    folder = tmp_path_factory.mktemp("pandoc")
    (folder / "report.md").write_text(MARKDOWN, encoding="utf-8")
    subprocess.run([pandoc, "report.md", "-o", "report.docx"], cwd=folder, check=True)
    result = convert_file(folder / "report.docx")
    output = folder / "report.xml"
    output.write_bytes(result.to_bytes())
    return result, output


def xpath(result: ConversionResult, expression: str) -> list:
    return result.tree.getroot().xpath(expression, namespaces=NS)


@pytest.mark.referee
def test_pandoc_docx_keeps_headings_formatting_and_conventions(converted) -> None:
    result, _ = converted
    assert xpath(result, "string(//t:div[@type='section']/t:head)") == "Political attitudes"
    assert [h.get("rend") for h in xpath(result, "//t:text//t:p[1]/t:hi")] == [
        "bold", "italic"]
    assert [s.text for s in xpath(result, "//t:text//t:supplied")] == ["supplied", "to put"]
    assert xpath(result, "string(//t:text//t:sic)") == "word"
    assert xpath(result, "count(//t:text//t:gap[@reason='illegible'])") == 1


@pytest.mark.referee
def test_pandoc_docx_footnote_and_table(converted) -> None:
    result, _ = converted
    note = xpath(result, "//t:text//t:note[@place='foot']")[0]
    assert "".join(note.itertext()) == "A footnote with bold and supplied words."
    assert note.xpath("string(preceding-sibling::t:hi[1])", namespaces=NS) == "Kim Il Sung"
    cells = [[c.text for c in row] for row in xpath(result, "//t:table/t:row")]
    assert cells == [["Name", "Place"], ["Kim", "Pyongyang"]]


@pytest.mark.referee
def test_pandoc_docx_is_valid_tei(converted, jing) -> None:
    _, output = converted
    report = validate_file(output, use_xml_model=False)
    assert report.valid, report.messages
    done = jing([output])
    assert done.returncode == 0, done.stdout
    assert etree.parse(str(output)).getroot().tag == f"{{{TEI_NS}}}TEI"
