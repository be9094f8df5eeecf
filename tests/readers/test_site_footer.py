"""A page saved from the archive's website: the summary and the site's sections under the
document are the header's, not lines of the text."""

from __future__ import annotations

import pytest

from teikit.convert import convert_text
from teikit.metadata.header_fields import Field
from teikit.readers.page_header import parse_page_header
from teikit.readers.site_footer import read_site_footer

TEI = "{http://www.tei-c.org/ns/1.0}"

_FOOTER = ("Associated People & Organizations\n\nAssociated Places\n\n\nDocument Information\n\n"
           "Source\n\nAVPRF, fond 0102, opis 9, delo 44, list 12.\n\nRights\n\n"
           "The History and Public Policy Program welcomes reuse of Digital Archive materials "
           "for research.\n\nOriginal Uploaded Date\n\n2012-03-05\n")
_SAVED = ("Skip to content\n\nMarch 2, 1953\n\nTelegram, Razuvayev to Vyshinsky\n\n"
          "Today I visited Kim Il Sung at his request and we spoke about the exchange of "
          "prisoners.\n\nRAZUVAYEV\n\n2 March 1953\n\n"
          "Razuvayev reports on his talk with Kim Il Sung about the prisoners of war.\n\n\n"
          + _FOOTER)


def test_the_summary_and_the_sites_sections_under_the_text_are_the_headers() -> None:
    header = parse_page_header(_SAVED)
    assert _SAVED[header.body_start:header.body_end].rstrip().endswith("2 March 1953")
    assert header.fields["summary"].value.startswith("Razuvayev reports on his talk")
    assert header.fields["summary"].line == 13
    assert header.fields["source"].value == "AVPRF, fond 0102, opis 9, delo 44, list 12."
    assert header.fields["rights"].value.startswith("The History and Public Policy Program")
    root = convert_text(_SAVED, enrich=False).tree.getroot()
    text = " ".join("".join(root.find(f"{TEI}text").itertext()).split())
    assert text.endswith("RAZUVAYEV 2 March 1953")
    assert [i.text for i in root.iter(f"{TEI}idno") if i.get("type") == "delo"] == ["44"]
    abstract = root.find(f"{TEI}teiHeader/{TEI}profileDesc/{TEI}abstract")
    assert abstract is not None and "prisoners of war" in "".join(abstract.itertext())
    assert root.find(f".//{TEI}closer/{TEI}signed") is not None


def test_a_page_whose_labels_were_lost_still_gives_its_source() -> None:
    footer = read_site_footer("The text.\n\nKovács\n\nDocument Information\n\n"
                              "RGANI, Fond 5, Opis 28, Delo 410, List 210.\n\n"
                              "The History and Public Policy Program welcomes reuse of Digital "
                              "Archive materials.\n", 0)
    assert footer is not None
    assert footer.fields["source"].value == "RGANI, Fond 5, Opis 28, Delo 410, List 210."
    # a signature's line over the sections is the text's, not a summary
    assert "summary" not in footer.fields
    assert footer.text_end == len("The text.\n\nKovács\n\n")


def test_a_page_cut_under_its_source_line_still_ends_the_text_where_its_heading_stands(
) -> None:
    """`Document Information` and the source's line, which names who obtained or translated
    the document, and nothing more: the site's footer all the same (two signs of it)."""
    text = ("At the dinner Ceaușescu spoke of the Soviet Union.\n\nDocument Information\n\n\n"
            "Archive of Ministry of Foreign Affairs, Republic of Poland, D-I-R-0-2413-6-72, 1. "
            "Obtained and Translated by Adam Burakowski.\n")
    printed = Field("The Polish Embassy reports on Romania and the Soviet Union.", 5, 14)
    footer = read_site_footer(text, 0, printed)
    assert footer is not None
    assert footer.text_end == text.index("Document Information")
    assert footer.fields["source"].value.endswith("Translated by Adam Burakowski.")
    # the source's line naming who obtained the document, the label under it
    obtained = ("Sd. J. Nehru\n\nDocument Information\n\nNational Archives of India, Prime "
                "Minister's Office, File No. 17(1773)/76. Obtained by Vivek Prahladan.\n")
    found = read_site_footer(obtained, 0, printed)
    assert found is not None and found.fields["source"].value.startswith("National Archives")
    # the archive's reference alone under the heading, the page's end
    referenced = ("Deciphered at 1530 3 December 1946. Two copies printed.\n\nDocument "
                  "Information\n\n\nRGASPI, f. 558, op. 11, d. 103, ll. 007\n")
    found = read_site_footer(referenced, 0, printed)
    assert found is not None and found.text_end == referenced.index("Document Information")
    # a citation cut mid-word under the heading, the page's end
    cited = ("Signed: N. Popa\n\nDocument Information\n\n\nPolitical Affairs Fond, Telegrams "
             "from Pyongyang, TOP SECR\n")
    found = read_site_footer(cited, 0, printed)
    assert found is not None and found.text_end == cited.index("Document Information")
    # a copy cut inside the rights' wording, under a source line with no credit
    cut = ("Saul 0263\n\nDocument Information\n\nArchive of the Czech Ministry of Foreign "
           "Affairs (AMZV), Telegrams Received, 048.401 - 048.800.\n\nThe History and Public \n")
    found = read_site_footer(cut, 0, printed)
    assert found is not None and found.text_end == cut.index("Document Information")
    # a line thanking a translator inside the document is no footer's without the heading
    assert read_site_footer("The text was translated by Ivanov.\n\nRelated Documents\n\n"
                            "1. The treaty of 1955.\n", 0) is None


@pytest.mark.parametrize("heading", ["Document Information", "Author(s):", "Document Inf",
                                     "Doc"])
def test_a_page_cut_right_under_a_sections_heading_ends_the_text_there(heading: str) -> None:
    """The copy stops under the site's first heading, or inside it (`Document Inf`, `Doc`):
    the heading is the site's all the same, not the signature or the text's last line."""
    body = ("The Chief of Staff said he did not expect the test so soon.\n"
            f"Chinese Embassy to Indonesia\n19 October 1964\n{heading}\n\n")
    footer = read_site_footer(body, 0, Field("The embassy reports on the nuclear test.", 5, 14))
    assert footer is not None and footer.text_end == body.index(heading)
    page = ("**October 19, 1964**\n\n**Cable from the Chinese Embassy in Indonesia**\n\n"
            "**Summary:** The embassy reports on the nuclear test.\n\n" + body)
    root = convert_text(page, enrich=False).tree.getroot()
    assert heading not in "".join(root.find(f"{TEI}text").itertext())
    assert [s.text for s in root.iter(f"{TEI}signed")] == ["Chinese Embassy to Indonesia"]


def test_a_sections_heading_with_much_text_after_it_is_the_documents_line() -> None:
    text = "Related Documents\n\n" + "The talks went on for a long time. " * 1000
    assert read_site_footer(text, 0) is None
    # nor is one such heading alone, with nothing of the site's under it
    alone = ("The report lists its enclosures.\n\nRelated Documents\n\n1. The treaty of "
             "1955.\n2. The protocol of the talks.\n")
    assert read_site_footer(alone, 0) is None


def test_a_page_saved_with_single_newlines_reads_its_date_title_and_funder() -> None:
    text = ("November 22, 1980\nTelegram from the Hungarian Embassy in Pyongyang\n"
            "This document was made possible with support from Kyungnam University\n"
            "PYONGYANG, 80. 11. 22.\nTOP SECRET!\nThe Mongolian ambassador informed me about "
            "the congress.\n– 193 E. –\n"
            "A report on the conversation with the Mongolian ambassador about the congress.\n"
            "Author(s):\nAssociated Topics\nDocument Information\nSource\nOriginal Archive\n")
    header = parse_page_header(text)
    assert header.date_text is not None and header.date_text.value == "November 22, 1980"
    assert header.title is not None and header.title.value.startswith("Telegram from")
    assert header.fields["credits"].value.endswith("Kyungnam University")
    assert text[header.body_start:header.body_end] == (
        "PYONGYANG, 80. 11. 22.\nTOP SECRET!\nThe Mongolian ambassador informed me about the "
        "congress.\n– 193 E. –\n")
    assert header.fields["summary"].value.startswith("A report on the conversation")
    # without the funder's line or the site's sections, a date over a line is the page's
    # header only while nothing else names the text: given a title, they are the text's
    bare = "November 22, 1980\nTelegram from the embassy\nThe ambassador informed me.\n"
    assert parse_page_header(bare, title_given=True).title is None
    unnamed = parse_page_header(bare)
    assert unnamed.title is not None and unnamed.title.value == "Telegram from the embassy"
    assert bare[unnamed.body_start:] == "The ambassador informed me.\n"


def test_the_summary_over_the_date_of_a_page_saved_with_single_newlines_is_its_summary() -> None:
    text = ("The ambassador reports on a meeting with Kim Il Sung about his coming visit.\n"
            "May 13, 1950\nCiphered Telegram, Roshchin to Cde. Filippov [Stalin]\n"
            "This document was made possible with support from Leon Levy Foundation\n"
            "Ciphered Telegram\nStrictly Secret\nFrom PEKING\n")
    header = parse_page_header(text)
    assert header.fields["summary"].value.startswith("The ambassador reports")
    assert header.date_text is not None and header.date_text.line == 2
    assert text[header.body_start:].startswith("Ciphered Telegram\nStrictly")
    # a heading's few words over a date are the text's
    heading = ("Ciphered Telegram No. 12\nMay 13, 1950\nTo Comrade Filippov\n"
               "This document was made possible with support from Leon Levy Foundation\n")
    assert parse_page_header(heading).title is None


def test_a_title_ending_as_a_sentence_does_is_the_title_over_the_funders_line() -> None:
    """`… Subject: Vietnamese-DPRK relations.`: the funder's line under it vouches for it; with
    no such line, a date over a sentence is the text's."""
    title = "Hungarian Embassy in Canada, Ciphered Telegram, 8 June 1979. Subject: Relations."
    text = (f"June 8, 1979\n{title}\n"
            "This document was made possible with support from Leon Levy Foundation\n"
            "On June 6th, the Vietnamese ambassador said the following about the DPRK.\n")
    header = parse_page_header(text)
    assert header.title is not None and header.title.value == title
    assert text[header.body_start:].startswith("On June 6th")
    unvouched = f"June 8, 1979\n{title}\nOn June 6th, the ambassador said the following.\n"
    assert parse_page_header(unvouched).title is None


def test_the_line_under_the_text_is_the_summary_only_when_it_repeats_the_headers() -> None:
    # (a page whose bold header prints the summary: the site's repeat of it under the text is
    # the header's; a long last line that is not it is the text's own, never dropped)
    head = ("**November 29, 1954**\n\n**Record of Conversation with Tsedenbal**\n\n"
            "**Summary:** The Soviet ambassador reports on the talks with the Chinese deputy "
            "premier.\n\n")
    signed = ("Tsedenbal received a delegation of the CCP.\n"
              "Ambassador of the USSR in the MPR [Signature] V[asily]. Pisarev\n")
    header = parse_page_header(head + signed + _FOOTER)
    assert (head + signed + _FOOTER)[header.body_start:header.body_end] == signed
    assert header.fields["summary"].value.startswith("The Soviet ambassador reports")
    root = convert_text(head + signed + _FOOTER, enrich=False).tree.getroot()
    assert "Pisarev" in "".join(root.find(f"{TEI}text").itertext())
    repeated = head + signed + ("The Soviet ambassador reports on the talks with the Chinese "
                                "deputy premier.\n\n") + _FOOTER
    header = parse_page_header(repeated)
    assert repeated[header.body_start:header.body_end].rstrip("\n") == signed.rstrip("\n")


def test_a_last_line_wholly_in_brackets_is_the_editors_never_the_summary() -> None:
    # (the page prints no summary; its last line is the translator's note of the source, which
    # stays in the text: a summary is the site's sentence, never in the editor's brackets)
    note = ("[Source: A. A. Lyakhovskiy's “Plamya Afgana”, Iskon, Moscow, 1999; Translated for "
            "CWIHP by Gary Goldberg]\n\n")
    page = "**December 26, 1979**\n\n**Summary of a CC CPSU Meeting**\n\n" + (
        "It was recognized as advisable.\n\n[signature] K. Chernenko\n\n" + note + _FOOTER)
    header = parse_page_header(page)
    assert "summary" not in header.fields
    assert page[header.body_start:header.body_end].rstrip().endswith("Gary Goldberg]")


def test_a_last_line_opened_by_a_notes_number_is_the_notes_never_the_summary() -> None:
    # (the page prints an empty summary; the text's second note is its last line, and the
    # marker `[2]` in the text needs it)
    notes = ("[1] Wen Shizhen was then the chief representative of the delegation in Korea\n"
             "[2] This refers to the telegram sent by Wen Shizhen to Zhou Enlai on 13 "
             "December 1949, asking for the approval of the new ambassador.\n")
    page = ("**December 15, 1949**\n\n**Telegram, Zhou Enlai to Wen Shizhen**\n\n"
            "**Summary:**\n\n") + (
        "Wen Shizhen:[1]\nThe cable dated the 13th was received.[2]\nZhou Enlai\n" + notes
        + _FOOTER)
    header = parse_page_header(page)
    assert "summary" not in header.fields
    assert page[header.body_start:header.body_end].rstrip().endswith("new ambassador.")
    root = convert_text(page, enrich=False).tree.getroot()
    foot = root.xpath("//t:body//t:note[@n='2']", namespaces={"t": TEI[1:-1]})
    assert [" ".join("".join(n.itertext()).split()) for n in foot] == [
        "2 This refers to the telegram sent by Wen Shizhen to Zhou Enlai on 13 December 1949, "
        "asking for the approval of the new ambassador."]


_PARAGRAPH = ("The Plenum of the Central Committee discussed the situation in the Party after "
              "the August events and the criticism voiced by a group of its members.\n\n")
_FIELDS_OVER_THE_TEXT = (
    "January 10, 1957\n\nMemorandum of the USSR MFA Far Eastern Department\n\nSummary\n"
    "A Soviet Foreign Ministry assessment of the aftermath of the August 1956 Plenum.\n\n"
    "Credits\nThis document was made possible with support from ROK Ministry of Unification\n"
    "\nDocument Information\n\nSource\nAVPRF, fond 0102, opis 13, delo 5, listy 1-9.\n\n"
    "Original Language\nRussian\n\nContents\nTranslation - English\n\nSECRET\n\n"
    + _PARAGRAPH * 6 + "[signature] (I. Kurdyukov)\n")


def test_the_sites_fields_printed_over_the_text_are_its_header_and_the_text_stays() -> None:
    """The website's fields without colons (`Summary` / its value, … `Document Information` /
    `Source` / …) over the text: the page's header, the text under it whole. The fields were
    read as the text's first lines, then the footer's heading took the text after it for its
    values: the text was lost from the body."""
    header = parse_page_header(_FIELDS_OVER_THE_TEXT)
    assert _FIELDS_OVER_THE_TEXT[header.body_start:].startswith("SECRET")
    assert header.body_end is None
    assert header.fields["source"].value == "AVPRF, fond 0102, opis 13, delo 5, listy 1-9."
    assert header.fields["original_language"].value == "Russian"


def test_a_heading_of_the_site_over_paragraphs_of_text_ends_no_text() -> None:
    """Paragraphs of a document under `Document Information`: the document's text, no
    footer's values (a footer's paragraphs are few: its summary, source, rights)."""
    text = "Telegram\n\nDocument Information\n\nSource\nAVPRF\n\n" + _PARAGRAPH * 6
    assert read_site_footer(text, 0) is None
    assert read_site_footer(_SAVED, 0) is not None
