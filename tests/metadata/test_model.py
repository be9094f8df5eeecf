"""Metadata from the page header of each dev document, derivation, checks and overrides."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from shared_paths import DEV

from teikit.errors import MetadataError
from teikit.metadata import Metadata, merge_metadata
from teikit.readers.page_header import parse_page_header

GOLD_FILES = sorted((DEV / "gold").glob("*.json"))


def _metadata(gold_file: Path) -> tuple[dict, Metadata]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    path = DEV / gold["file"]
    header = parse_page_header(path.read_text(encoding="utf-8"), str(path))
    return gold, Metadata.from_page_header(header, str(path))


@pytest.mark.parametrize("gold_file", GOLD_FILES, ids=lambda p: p.stem)
def test_metadata_agrees_with_the_gold(gold_file: Path) -> None:
    gold, meta = _metadata(gold_file)
    meta.check(gold["file"])
    assert meta.title == gold["title"]
    assert meta.date_when == gold["date"]
    assert meta.original_language == gold["original_language"]
    parts = gold.get("archive_parts")
    if parts:
        assert meta.repository == parts["repository"]
        assert meta.archive_ids == {k: v for k, v in parts.items() if k != "repository"}
    for url in gold["urls"]:
        # Where the page prints the document's URL, it is the record URL.
        if url in (DEV / gold["file"]).read_text(encoding="utf-8"):
            assert meta.record_url == url


def test_seed_metadata_in_full() -> None:
    _, meta = _metadata(DEV / "gold" / "000_79d039120a78d3ba.json")
    assert meta.author == "V. Razuvayev"
    assert meta.date_text == "September 10, 1951"
    assert meta.record_id == "117422" and meta.xml_id == "wcda-117422"
    assert meta.archive_citation == "f.45, op.7, d.347"
    assert meta.obtained_by == "Andrei Mefodievich Ledovskii"
    assert meta.funders == ["Leon Levy Foundation"]
    assert (meta.original_language_code, meta.translation_language) == ("ru", "en")
    assert meta.contents == "Translation - English"
    assert meta.publisher == "Wilson Center Digital Archive"
    assert meta.summary is not None and meta.summary.startswith("Report on")
    assert meta.reference_date == datetime.date(1951, 9, 10)
    assert meta.citation is not None and meta.citation.startswith('"V. Razuvayev')


def test_other_layouts() -> None:
    _, w003 = _metadata(DEV / "gold" / "w003.json")
    assert w003.author is None  # "Ciphered Telegram No. 8600, Vyshinsky to Mao Zedong"
    assert w003.repository == "RGASPI"  # from Source: the page has no Citation
    assert w003.archive_ids == {"fond": "558", "opis": "11", "delo": "334", "list": "0055"}
    _, w012 = _metadata(DEV / "gold" / "w012.json")
    assert (w012.original_language_code, w012.translation_language) == ("zh", "en")
    assert w012.translator == "David Cowhig"
    assert w012.funders == ["Henry Luce Foundation"]
    assert w012.record_id == "208198"
    assert w012.publisher == "History and Public Policy Program Digital Archive"
    assert w012.archive_ids == {} and w012.repository is None
    _, w019 = _metadata(DEV / "gold" / "w019.json")
    assert w019.translator == "Gary Goldberg"
    assert w019.funders == ["ROK Ministry of Unification"]
    assert w019.archive_ids == {"fond": "0102", "opis": "16", "delo": "7"}
    _, w030 = _metadata(DEV / "gold" / "w030.json")
    assert w030.record_url is None and w030.xml_id is None


def test_missing_title_is_located_where_the_header_starts() -> None:
    header = parse_page_header("\n\n**May 6, 1950**\n\n**Summary:** S\n\nBody\n")
    meta = Metadata.from_page_header(header, "doc.txt")
    with pytest.raises(MetadataError, match="'title'") as caught:
        meta.check("doc.txt")
    location = caught.value.location
    assert location is not None and (location.path, location.line) == ("doc.txt", 3)


def test_missing_date_is_named() -> None:
    meta = merge_metadata(None, path="plain.txt", cli={"title": "A letter"})
    with pytest.raises(MetadataError, match="'date'") as caught:
        meta.check("plain.txt")
    assert str(caught.value).startswith("plain.txt:1:1: ")


def test_unreadable_date_is_kept_with_a_warning_that_points_at_it() -> None:
    header = parse_page_header("**Spring, some year**\n\n**Title**\n\n**Summary:** S\n\nBody")
    meta = Metadata.from_page_header(header, "doc.txt")
    (warning,) = meta.check("doc.txt")
    assert "cannot be read as a date" in warning.message
    assert warning.location is not None and warning.location.column == 3
    assert meta.date_attributes == {} and meta.date_text == "Spring, some year"


def test_an_approximate_header_date_is_dated_with_its_doubt() -> None:
    header = parse_page_header("**Circa 1951**\n\n**Title**\n\n**Summary:** S\n\nBody")
    meta = Metadata.from_page_header(header, "doc.txt")
    assert meta.check("doc.txt") == []
    assert meta.date_attributes == {"when": "1951", "cert": "medium"}


def test_non_iso_date_when_is_rejected() -> None:
    meta = merge_metadata(None, path="p.txt", cli={"title": "T", "date_when": "10/09/1951"})
    with pytest.raises(MetadataError, match="ISO 8601"):
        meta.check("p.txt")


def test_cli_overrides_sidecar_overrides_header() -> None:
    text = (DEV / "raw" / "000_79d039120a78d3ba.txt").read_text(encoding="utf-8")
    header = parse_page_header(text)
    sidecar = {"title": "Sidecar title", "date_text": "October 2, 1951", "summary": "S2"}
    cli = {"title": "CLI title", "summary": None}
    meta = merge_metadata(header, path="seed.txt", sidecar=sidecar, cli=cli)
    assert meta.title == "CLI title"  # CLI wins
    assert meta.summary == "S2"  # an option not given does not override
    assert meta.date_when == "1951-10-02"  # derived again from the sidecar's date
    assert meta.author is None  # derived from the final title, which has no author form
    assert meta.archive_ids == {"fond": "45", "opis": "7", "delo": "347"}  # header kept
    assert "title" not in meta.locations and "citation" in meta.locations


def test_a_sidecar_correcting_the_citation_corrects_the_identifiers() -> None:
    text = (DEV / "raw" / "000_79d039120a78d3ba.txt").read_text(encoding="utf-8")
    sidecar = {"citation": "Archive X, fond 1, opis 2, delo 3."}
    meta = merge_metadata(parse_page_header(text), path="seed.txt", sidecar=sidecar)
    assert meta.archive_ids == {"fond": "1", "opis": "2", "delo": "3"}
    assert meta.repository == "Archive X"


def test_plain_text_with_sidecar_only() -> None:
    sidecar = {"title": "Letter", "date_when": "1951-09", "original_language": "Korean"}
    meta = merge_metadata(parse_page_header("Dear comrade,\n"), path="p.txt", sidecar=sidecar)
    meta.check("p.txt")
    assert meta.publisher is None  # not a Wilson page: no publisher is assumed
    assert meta.original_language_code == "ko"
    assert meta.reference_date == datetime.date(1951, 9, 1)


def test_unknown_override_field_is_an_error() -> None:
    with pytest.raises(MetadataError, match="unknown metadata field 'titel'"):
        merge_metadata(None, path="p.txt", cli={"titel": "x"})


def test_merged_replaces_values_without_derivation() -> None:
    meta = Metadata(title="T", date_when="1951")
    assert meta.merged({"title": "U", "summary": None}).title == "U"
    with pytest.raises(MetadataError):
        meta.merged({"nope": 1})


@pytest.mark.parametrize(
    ("title", "author"),
    [
        ("V. Razuvayev, 'Political Attitudes and Korean-Chinese Relations'", "V. Razuvayev"),
        ("Mao Zedong, \u2018On the Question\u2019", "Mao Zedong"),
        ("Letter, 'To the Chairman'", None),
        ("Telegram from Mexican Embassy, Prague", None),
        ("Memorandum of Conversation, 'Meeting with Kim'", None),
        # an office and its holder, joined by lower-case words; the sender of a cable; a diarist
        ("Hungarian Ambassador in Hanoi Zágor, 'Note on the Talks'",
         "Hungarian Ambassador in Hanoi Zágor"),
        ("Cable from the Polish Legation in Bern to the Ministry, 'On the Loan'",
         "Polish Legation in Bern"),
        ("From the Journal of P.F. Yudin, 'Record of Conversation with Liu Shaoqi'",
         "P.F. Yudin"),
        ("Józef Cyrankiewicz (Prime Minister), 'Speech on the Plan'", "Józef Cyrankiewicz"),
        # a kind of document, a place alone, a marking: no author
        ("Aide Mémoire, 'On the Delivery of Grain'", None),
        ("Telegram from Sofia to Moscow, 'On the Visit'", None),
        ("Secret Instructions, 'On the Visit'", None),
    ],
)
def test_author_from_title(title: str, author: str | None) -> None:
    meta = merge_metadata(None, path="p.txt", cli={"title": title})
    assert meta.author == author


def test_labelled_title_and_date_fill_what_bold_lines_do_not_give() -> None:
    header = parse_page_header("**Title:** A letter\n**Date:** 2 October 1951\n\nBody\n")
    meta = Metadata.from_page_header(header, "doc.txt")
    meta.check("doc.txt")
    assert (meta.title, meta.date_when) == ("A letter", "1951-10-02")
    bold = parse_page_header("**May 6, 1950**\n\n**Bold title**\n\n**Title:** Other\n\nBody\n")
    assert Metadata.from_page_header(bold, "doc.txt").title == "Bold title"


def test_a_source_note_saying_what_it_was_translated_from_names_the_original_language() -> None:
    text = ("**October 24, 1962**\n\n**Telegram from the Brazilian Embassy**\n\n**Source:** "
            "Ministry of External Relations Archives, Brasilia. Translated from Portuguese by "
            "James G. Hershberg.\n\nThe text.\n")
    meta = Metadata.from_page_header(parse_page_header(text), "page.txt")
    assert meta.original_language == "Portuguese" and meta.original_language_code == "pt"
    printed = text.replace("**Source:**", "**Original Language:** Spanish\n\n**Source:**")
    assert Metadata.from_page_header(parse_page_header(printed), "page.txt").original_language \
        == "Spanish"


@pytest.mark.parametrize("label", ["Archive", "Original Archive"])
def test_the_archive_a_field_names_is_kept_and_read(label: str) -> None:
    """`**Archive:** AVPRF, fond 0102, opis 5, …` (or the site's `Original Archive`): the field
    was read and dropped, the page's archive nowhere in the TEI; it is the archive's
    reference now, read for its parts where no Source gives them."""
    header = parse_page_header(f"**March 5, 1949**\n\n**A letter**\n\n**{label}:** AVPRF, fond "
                               "0102, opis 5, papka 12, delo 3.\n\n**Languages:** Korean\n\n"
                               "**Subjects:** Korean War\n\nThe text.\n")
    meta = Metadata.from_page_header(header, "doc.txt")
    assert meta.original_archive == "AVPRF, fond 0102, opis 5, papka 12, delo 3."
    assert meta.repository == "AVPRF"
    assert meta.archive_ids == {"fond": "0102", "opis": "5", "papka": "12", "delo": "3"}
    assert (meta.original_language, meta.keywords) == ("Korean", ["Korean War"])


def test_the_author_and_the_events_a_page_labels_are_kept_and_what_no_element_holds_is_named(
) -> None:
    """`**Author(s):** Kuznetsov, Vasily` and `**Event:** Korean War Armistice` were read and
    dropped without a word; the author is the author now, the events keywords beside the page's
    own; a field no TEI element holds (`**Associated Places:**`) is named in a warning, located
    where its value is."""
    header = parse_page_header("**June 3, 1953**\n\n**A telegram**\n\n**Author(s):** Kuznetsov, "
                               "Vasily\n\n**Event:** Korean War Armistice\n\n**Keywords:** "
                               "Prisoners of war\n\n**Associated Places:** Beijing, China\n\n"
                               "The text.\n", "doc.txt")
    meta = Metadata.from_page_header(header, "doc.txt")
    assert meta.author == "Kuznetsov, Vasily"
    assert meta.keywords == ["Korean War Armistice", "Prisoners of war"]
    (warning,) = meta.check("doc.txt")
    assert "'associated places'" in warning.message
    assert (warning.location.line, warning.location.column) == (11, 24)
