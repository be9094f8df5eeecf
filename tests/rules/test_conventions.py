"""One record per convention: the rules, the source writer, the summary, `editorialDecl` and
the legend all read the same records, and agree on the real dev documents."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree
from readers.docx_builder import WordFile
from shared_paths import DEV_RAW

from teikit import TEI_NS
from teikit.conventions.text_markup import TEXT_MARKUP
from teikit.convert import convert_file, convert_text
from teikit.model import iter_interventions
from teikit.phenomena import ROLE_KEYS, UNCERTAIN
from teikit.profiles import wilson
from teikit.profiles.editorial_decl import editorial_decl
from teikit.profiles.legend import legend_document, legend_entries
from teikit.readers.text_page import read_text_document
from teikit.rules.base import Rule, WordRule
from teikit.writers.source import form_table

NS = {"t": TEI_NS}
DEV_FILES = sorted(DEV_RAW.glob("*.txt"))
# Summary keys whose count is the number of TEI elements of one form (a referee for the
# counts the converter takes from the document model).
ELEMENT_COUNTS = {
    "handwritten": "//t:text//t:add[@hand]",
    "sic": "//t:text//t:note[@type='sic'] | //t:text//t:sic",
    "supplied": "//t:text//t:supplied",
    "normalized_name": "//t:text//t:reg",
    "uncertain": "//t:text//*[@cert='low']",
    "foreign": "//t:text//t:note[@type='original-wording']"
               " | //t:text//t:foreign[not(ancestor::t:note)]",
    "illegible": "//t:text//t:gap[@reason='illegible']",
    "omission": "//t:text//t:gap[@reason='editorial']",
    "gap": "//t:text//t:gap[@reason='damage' or @reason='missing' or @reason='redacted']",
    "editorial_note": "//t:text//t:note[@type='editorial'][@place='inline']",
    "footnote": "//t:text//t:note[@n]",
    "page_break": "//t:text//t:pb",
    "quotation": "//t:text//t:q",
    "signature": "//t:text//t:signed",
    "dateline": "//t:text//t:dateline",
    "classification": "//t:text//t:fw[@type='classification']",
    # A registry note and the number inside it are one registry marking.
    "registry": "//t:text//t:note[@type='registry' or @type='docket'] | "
                "//t:text//t:idno[not(parent::t:note[@type='registry'])]",
    "distribution_list": "//t:text//t:list[@type='distribution']",
    "stamp": "//t:text//t:stamp",
    "unclassified": "//t:text//t:seg[@type='unclassified-bracket']",
    "expansion": "//t:text//t:choice[t:abbr]",
    "uncertain_reading": "//t:text//t:unclear",
    "emphasis": "//t:text//t:hi",
}


def test_every_rule_has_a_record_of_its_own() -> None:
    names = [rule.convention.name for rule in wilson().rules]
    assert len(names) == len(set(names))


def test_rules_are_a_record_and_a_reading_function() -> None:
    assert [r for r in wilson().rules if not isinstance(r, Rule | WordRule)] == []


def test_no_two_forms_give_one_element_two_markers() -> None:
    assert form_table(wilson().conventions).conflicts() == []


def test_sic_marker_is_written_once() -> None:
    markers = [f.marker for c in wilson().conventions for f in c.forms if f.marker == "[SIC, {}]"]
    assert markers == ["[SIC, {}]"]


@pytest.mark.parametrize("path", DEV_FILES, ids=[p.stem for p in DEV_FILES])
def test_intervention_kinds_are_summary_keys(path: Path) -> None:
    profile = wilson()
    keys = {c.summary for c in [*profile.conventions, *TEXT_MARKUP] if c.summary}
    document = read_text_document(path.read_text(encoding="utf-8"), source_name=str(path),
                                  profile=profile)
    kinds = {node.kind for node in iter_interventions(document.body) if node.kind}
    assert kinds <= keys


@pytest.mark.parametrize("path", DEV_FILES, ids=[p.stem for p in DEV_FILES])
def test_summary_counts_are_the_elements_written(path: Path) -> None:
    result = convert_text(path.read_text(encoding="utf-8"), source_name=str(path), enrich=False)
    root = result.tree.getroot()
    written = Counter({key: len(root.xpath(xpath, namespaces=NS))
                       for key, xpath in ELEMENT_COUNTS.items()})
    counted = Counter({key: result.phenomena[key] for key in ELEMENT_COUNTS})
    assert +counted == +written


def summary_keys() -> set[str]:
    records = [*wilson().conventions, *TEXT_MARKUP]
    return {c.summary for c in records if c.summary} | {*ROLE_KEYS.values(), UNCERTAIN,
                                                         "distribution_list"}


@pytest.mark.parametrize("path", DEV_FILES[:3], ids=[p.stem for p in DEV_FILES[:3]])
def test_summary_keys_of_a_page_export_come_from_the_records(path: Path) -> None:
    result = convert_text(path.read_text(encoding="utf-8"), source_name=str(path), enrich=False)
    assert set(result.phenomena) <= summary_keys()


def test_summary_keys_of_a_word_file_come_from_the_records(tmp_path: Path) -> None:
    word = WordFile()
    paragraph = word.paragraph("The F[oreign] M[inistry] said [page torn] that they agreed.")
    word.note(paragraph, "A footnote.")
    word.tracked(paragraph, " at once", deleted=True)
    word.tracked(paragraph, " in writing")
    word.document.add_comment(paragraph.runs[0], text="Which ministry?", author="Ann Reviewer")
    paragraph.runs[0].bold = True
    result = convert_file(word.save(tmp_path / "letter.docx"),
                          overrides={"title": "A letter", "date_text": "May 14, 1950"})
    assert set(result.phenomena) <= summary_keys()
    assert (result.phenomena["deletion"], result.phenomena["insertion"],
            result.phenomena["editorial_note"]) == (1, 1, 1)


def test_editorial_declaration_describes_each_declared_convention() -> None:
    profile = wilson()
    decl = editorial_decl(profile)
    described = {p.get("n"): p.text for p in decl.iterfind(".//t:p[@n]", NS)}
    for convention in profile.conventions:
        assert convention.syntax in described[convention.name]
        assert convention.tei in described[convention.name]


def test_editorial_declaration_sections_come_from_the_records() -> None:
    decl = editorial_decl(wilson())
    section_of = {p.get("n"): etree.QName(p.getparent()).localname
                  for p in decl.iterfind(".//t:p[@n]", NS)}
    assert (section_of["sic"], section_of["name"], section_of["damage"]) == (
        "correction", "normalization", "interpretation")


def test_legend_entries_come_from_the_records() -> None:
    profile = wilson()
    entries = {entry.name: entry for entry in legend_entries(profile)}
    assert list(entries) == [c.name for s in ("correction", "normalization", "interpretation")
                             for c in profile.conventions if c.section == s]
    assert entries["sic"].markers == ("[SIC, {}]", "{} [sic]")
    assert entries["margin"].tei == "add[@hand][@place]"


def test_legend_document_carries_the_entries_for_stylesheets() -> None:
    document = legend_document(wilson())
    sic = document.find("entry[@name='sic']")
    assert (sic.get("section"), [m.text for m in sic.iterfind("marker")]) == (
        "correction", ["[SIC, {}]", "{} [sic]"])
