"""Conventions of the text that no bracket rule reads: quotation marks, emphasis, line and page
breaks, words broken at a line's end, notes and their markers, distribution lists, precedence
marks in an address line, changes tracked in a word processor, the notes it sets in the margin
and its pictures, and the bracket no rule claims.

Their records give the source writer its markers and the summary its keys, as the bracket
rules' records do; `editorialDecl` does not list them (`declared=False`), except the kept
unclassified bracket, which its introduction describes.
"""

from __future__ import annotations

from teikit.conventions import Convention, Form, bracketed

QUOTATION = Convention(
    name="quotation", syntax='"…"', legend="Quotation marks around speech or a slogan.",
    tei="q", summary="quotation", declared=False, forms=(Form("q", '"{}"'),),
)
EMPHASIS = Convention(
    name="emphasis", syntax="**bold**, *italic*", legend="Emphasis printed in the source.",
    tei="hi[@rend]", summary="emphasis", declared=False,
    forms=(Form("hi", "**{}**", (("rend", "bold"),), rend_is_marker=False),
           Form("hi", "*{}*", rend_is_marker=False)),
)
LINE_BREAK = Convention(
    name="line-break", syntax="a line break inside a block", legend="A line break.",
    tei="lb", declared=False, forms=(Form("lb", "\n"),),
)
# (the word reads whole; the hyphen the line's end put in it and the line end stay in the TEI)
WORD_BREAKS = "word_break"
"""The summary's key that counts them (a converter asks it before looking for any)."""
WORD_BREAK = Convention(
    name="word-break", syntax="a word hyphenated at a line's end (cau- / tion)",
    legend="A word the end of a line broke with a hyphen, read whole.",
    tei="pc[@force='inter'] + lb[@break='no']", summary=WORD_BREAKS, declared=False,
    forms=(Form("pc", "{}", (("force", "inter"),)), Form("lb", "\n", (("break", "no"),))),
)
PAGE_BREAK = Convention(
    name="page-break", syntax="a paragraph split mid-sentence",
    legend="A page break where a paragraph was split.", tei="pb", summary="page_break",
    declared=False, forms=(Form("pb", "\n\n"),),
)
NOTE = Convention(
    name="note", syntax="[1] note text, * note text",
    legend="Footnotes and endnotes, with their printed markers.", tei="note[@n]",
    summary="footnote", declared=False,
    forms=(bracketed("seg", (("type", "marker"),)),),
)
DISTRIBUTION_LABEL = Convention(
    name="distribution-label", syntax="1. Recipient", legend="Numbers of a distribution list.",
    tei="list[@type='distribution']/label", declared=False, forms=(Form("label", "{} "),),
)
PRECEDENCE_MARK = Convention(
    "precedence", "URGENT, Flash", "fw[@type='precedence']", "Precedence marks of a telegram.",
    declared=False, forms=(Form("fw", "{}", (("type", "precedence"),)),),
)
TRACKED_INSERTION = Convention(
    "tracked-insertion", "an insertion tracked by a word processor", "add[@when]",
    "Words inserted with change tracking on, with who and when.", summary="insertion",
    declared=False,
)
TRACKED_DELETION = Convention(
    "tracked-deletion", "a deletion tracked by a word processor", "del[@when]",
    "Words deleted with change tracking on, with who and when.", summary="deletion",
    declared=False,
)
# (no source text writes them; their words stand apart from the words around them, as on
# the page: `Chinese` then a comment `A …` are not `ChineseA`)
MARGIN_NOTE = Convention(
    "margin-note", "a comment or a text box in a word processor's file", "note[@place='margin']",
    "Comments and text boxes a word processor sets beside the text.", declared=False,
    forms=(Form("note", " {} ", (("place", "margin"),)),),
)
# (the image is no text: only its description is written back, apart from the words around)
PICTURE = Convention(
    "picture", "a picture in a word processor's file", "figure[binaryObject|graphic]",
    "Pictures in a word processor's file: the image itself (or its address when the file only "
    "links to it), with the description the file gives it.", summary="picture", declared=False,
    forms=(Form("figure", " {} "), Form("binaryObject", ""), Form("graphic", "")),
)
# (its words and address as the source wrote them are kept in `@rend`: `[{}](https://…)`)
LINK = Convention(
    "link", "[words](https://…), ![description](https://…/picture.jpg)", "ref[@target]",
    "Links the source holds (a web page's, an editor's), with their addresses; a linked "
    "picture as a figure.", summary="link", declared=False,
)
UNCLASSIFIED = Convention(
    name="unclassified", syntax="[…] that no convention describes",
    legend="A bracket no convention describes, kept as it stands.",
    tei="seg[@type='unclassified-bracket']", summary="unclassified", declared=False,
    forms=(bracketed("seg", (("type", "unclassified-bracket"),)),),
)

TEXT_MARKUP = (QUOTATION, EMPHASIS, LINE_BREAK, WORD_BREAK, PAGE_BREAK, NOTE, DISTRIBUTION_LABEL,
               PRECEDENCE_MARK, TRACKED_INSERTION, TRACKED_DELETION, MARGIN_NOTE, PICTURE, LINK,
               UNCLASSIFIED)
