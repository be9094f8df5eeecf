"""`[...]`, `[…]`, `[text omitted]`, `[two paragraphs not translated]`: a passage the editor
left out → `gap[@reason='editorial']` (the bracket's words, where it has any, in `desc`)."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Intervention
from teikit.rules.base import (
    EDITOR_SIGNED,
    BracketContext,
    DocumentContext,
    Match,
    Rule,
    WordRule,
    WordSpan,
)
from teikit.rules.extent import TEXT_PART, extent

_EDITORIAL = (("reason", "editorial"),)
CONVENTION = Convention(
    "omission", "[...], […], [text omitted]", "gap[@reason='editorial']",
    "Passages omitted by the editor of the publication.",
    summary="omission", forms=(Form("gap", "[...]", _EDITORIAL),
                               Form("gap", "[{}]", _EDITORIAL, children=True)),
)
# (the spaces before the first stop taken whole, the rest likewise: a long run of stops was
# shared out between two quantifiers every way before a letter after it failed the line)
_DOTS = re.compile(r"^\s*+[.…][\s.…]*+$")
# (`omissis`, the Italian archives' Latin for what was left out: `[omissis]`)
_LEFT_OUT = LazyPattern(
    r"(?i)\b(?:omitted|omission|omissis|not translated|untranslated|not reproduced|not included|"
    r"left out|skipped|abridged|excerpted|not published)\b")


_DELETED = LazyPattern(r"(?i)\bdeleted\b")
# The omission's words alone, which said in a sentence speak of the paper it names.
_SAID_OF_A_REFERENCE = LazyPattern(r"(?i)not (?:published|reproduced)")
# The omission's word as a label, what was left out after its colon.
_LEFT_OUT_LABEL = LazyPattern(r"(?i)^\s*(?:omitted|omission|not translated|not reproduced|"
                              r"left out|skipped)\s*:\s*\S")
_HEDGE = LazyPattern(
    r"(?i)\b(?:possibl[ey]|probabl[ey]|apparent(?:ly)?|perhaps|likely|may|might)\b")
# Words that may stand around the text's parts in such a report.
_LINKING = frozenset("the of a an is are was were has have been here in from this that these "
                     "following preceding last first remaining next further other and by "
                     "editor editors translator translation original".split())


def _left_out(text: str) -> bool:
    """The bracket reports a passage left out and says nothing else: the omission's words
    alone, or said of the text or its parts (`[rest of the document not translated]`, `[the
    following two pages omitted]`), not a phrase that only contains them (`[the omitted clause
    is Article 3]`)."""
    if text and _LEFT_OUT_LABEL.match(text) and len(text.split()) <= 10:
        return True  # `[Omitted: list of names]`: the word as a label, then what
    if not text or len(text.split()) > 10 or ":" in text:
        return False  # a labelled remark (`[Translator's note: …]`) says more than a gap
    signed = EDITOR_SIGNED.search(text)
    if signed is not None:
        text = text[: signed.start()]
    # what the editor deleted, the editor left out (`[half-line deleted--ed.]`; deleted
    # unsigned may be the original's own crossing out)
    found = _LEFT_OUT.search(text) or (_DELETED.search(text) if signed else None)
    if found is None:
        return False
    if not text[found.end():].strip(" .;") and _HEDGE.search(text) is None:
        # `[list of participants in the conversation omitted]`: what, then the word (not a
        # doubt: `[possible omission]` is a remark)
        return True
    rest = (text[: found.start()] + " " + text[found.end() :]).replace(",", " ")
    return all(word.lower() in _LINKING or TEXT_PART.fullmatch(word)
               for word in rest.strip(" .;-–()").split())


# An ellipsis alone on its line between paragraphs (`...`, `. . .`, `…`, or a row of them
# across the page: `………………`).
# (in angle brackets, as Russian editions mark a cut: `<…>`, `‹...›`)
_ELLIPSIS_LINE = LazyPattern(r"^\s*[<‹]?(?:(?:\.\s?){3,}|(?:…\s?)+)[>›]?\s*$")


def printed_omission(text: str) -> Intervention | None:
    """The gap of an ellipsis printed on a line of its own: a passage the editor left out, as
    `[…]` on its line is."""
    if _ELLIPSIS_LINE.match(text) is None:
        return None
    return CONVENTION.node("gap", dict(_EDITORIAL), [], templates.literal(text.strip()))


# A part of the talk or the text named by where it stands, as an editor names a passage left
# out on a line of its own (`[Introductory remarks]` … `[Concluding remarks.]`).
_PART_BY_PLACE = LazyPattern(
    r"(?i)^(?:the\s+)?(?:introductory|concluding|opening|closing|preliminary|final)\s+"
    r"(?:remarks?|words|part|section|paragraphs?|passages?|greetings|pleasantries|courtesies)"
    r"\.?$")


def _part_left_out(ctx: BracketContext) -> bool:
    """`[Introductory remarks]` alone on its line: the summary of a passage not printed (in a
    sentence it is the translator's word: `in his [introductory remarks] he said`)."""
    return (_PART_BY_PLACE.match(ctx.plain.strip()) is not None and ctx.opens_line
            and ctx.ends_line)


# The word that says the text printed is cut from a longer one (`[Excerpt]`, `[Extracts]`).
_EXCERPT = LazyPattern(r"(?i)^(?:an?\s+)?(?:excerpts?|extracts?)\.?$")


def _excerpt_opening_line(ctx: BracketContext) -> bool:
    """`[Excerpt]` where a line begins: the passages around what is printed left out, as
    `[…]` there says (in a sentence it is the translator's word: `the [excerpt] he read`)."""
    return _EXCERPT.match(ctx.plain.strip()) is not None and ctx.opens_line


def _read(ctx: BracketContext) -> Match | None:
    if _DOTS.match(ctx.inner):
        marker = templates.literal(f"[{ctx.inner}]")
        return Match([CONVENTION.node("gap", dict(_EDITORIAL), [], marker)])
    if "\n" in ctx.inner or not (_left_out(ctx.plain) or _part_left_out(ctx)
                                  or _excerpt_opening_line(ctx)):
        return None
    if _SAID_OF_A_REFERENCE.fullmatch(ctx.plain.strip(" .")) and not (
            ctx.ends_line and (ctx.opens_line or ctx.before.rstrip().endswith("."))):
        # `his note of 20 March [not published]`: the note, not this text, is cut (but after
        # the sentence that names the document's enclosure, ending its line, the enclosure:
        # `Enclosure: table …, on 3 pages. [not reproduced]`)
        return None
    # The bracket's words, as the source has them, describe the gap: nothing to record.
    desc = Intervention("desc", {}, ctx.children())
    return Match([CONVENTION.node("gap", {**dict(_EDITORIAL), **extent(ctx.plain)}, [desc])])


RULE = Rule(CONVENTION, _read)


ELLIPSIS = Convention(
    "omission-ellipsis", "… between sentences, (…)", "gap[@reason='editorial']",
    "Passages omitted by the editor, marked by an ellipsis without brackets: in parentheses, "
    "opening a paragraph or a speaker's words, standing between two sentences, or ending a "
    "paragraph or coming before the next sentence in a document that marks other cuts.",
    summary="omission",
)
DOTS_OR_ELLIPSIS = r"(?:…|\.\s?\.\s?\.)"
# The editor's mark of a cut in its brackets (`[…]`, `[...]`, `[. . .]`).
OMISSION_MARK = rf"\[{DOTS_OR_ELLIPSIS}\]"
# Where an unbracketed ellipsis marks a cut and not a voice trailing off (`he said that...`):
# in parentheses; where a paragraph, a line, a quotation or a speaker's words begin, before a
# sentence (`…The recent events`, `Gomulka: …The`, `“… Following a request`) or glued to its
# word in its middle (`…the progress`); between two sentences, spaced from both (`the first
# wife. … The entire issue`), or after the last one (`will gain ground in the south. ...`);
# after a word before the next sentence, or glued to a paragraph's last word, where the
# document cuts elsewhere (`_cuts_elsewhere`); glued to a sentence's full stop, four dots in
# all, before the next sentence (`make all kinds of proposals.... If a ceasefire`); glued to
# the words either side, where a sentence ended and the next is cut to its start (`in Moscow
# on September 8, 1978…The conversation lasted`, `pin that sin on him….Of course`).
_CUT = LazyPattern(
    rf"\((?P<parenthesised>{DOTS_OR_ELLIPSIS}\.?)\)"
    # (the word in parentheses, as some translators print the cut: `(Omitted)`, `(rest
    # omitted)`, `(passage not translated)`)
    r"|\((?P<worded>(?i:(?:(?:the\s+)?(?:text|passage|paragraphs?|rest|remainder|sections?|"
    r"parts?|lines?)\s+)?(?:omitted|not\s+translated|not\s+included)\.?))\)"
    # (in angle brackets, as Russian editions mark a cut in a line: `<…>`, `‹...›`)
    rf"|[<‹](?P<angled>{DOTS_OR_ELLIPSIS})[>›]"
    r"|(?<=[^\W\d_]\.)(?P<after_stop>\.\.\.)(?=\s+[A-Z“\"]|\s*$)"
    r"|(?<=[^\W_])(?P<glued>…)(?=\.?[A-Z“\"][a-z])"
    rf"|^(?:[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){{0,3}}:\s*)?[“\"«]?(?P<opening>{DOTS_OR_ELLIPSIS})"
    # (or before a figure: a diary's entry cut to its date, `…21 October 1957`)
    rf"(?=\s?[A-Z“\"\d])"
    # (glued to a word in lower case where the paragraph begins: the sentence cut to its
    # middle, `…the progress of implementation of CC CPSU Decree … was reported`)
    rf"|^(?P<mid_sentence>{DOTS_OR_ELLIPSIS})(?=[a-z])"
    # (or before a word in lower case: the next sentence cut to its middle, `the colossal
    # development of this work abroad. ... around this issue there has been created`)
    rf"|(?:(?<=[.!?]\s)|(?<=[.!?][”\"]\s))(?P<between>{DOTS_OR_ELLIPSIS})"
    r"(?=\s[A-Za-z“\"]|\s*$)"
    # (glued to the last word of a paragraph, or after a word and before the next sentence's
    # capital: a cut, or a voice trailing off; `_cuts_elsewhere` tells which)
    rf"|(?<=[^\W\d_])(?P<trailing>{DOTS_OR_ELLIPSIS})(?=\s*$)"
    rf"|(?:(?<=[^\W\d_])|(?<=[^\W\d_]\s))(?P<before_capital>{DOTS_OR_ELLIPSIS})(?=\s[A-Z“\"])")

# (asked first: most texts have no ellipsis, and few a parenthesis)
_WORDED_CUT = LazyPattern(r"(?i)\((?:[a-z ]{0,25}\s)?(?:omitted|not translated|not included)")

# The cuts an ellipsis may mark or not, which a document's other cuts decide; an ellipsis
# glued between two sentences tells nothing of them (`has been proceeding…Perhaps it is`, in a
# diary's musing).
_DOUBTFUL = frozenset({"trailing", "before_capital"})
_NO_EVIDENCE = _DOUBTFUL | {"glued"}


# The fewest words a glued ellipsis follows on its run of text to end a clause there.
_CLAUSE_WORDS = 3


def read_ellipsis(text: str, doc: DocumentContext) -> list[WordSpan]:
    """The gaps of the ellipses in a run of text that mark a passage left out."""
    if ("…" not in text and "..." not in text and ". . ." not in text
            and not ("(" in text and _WORDED_CUT.search(text))):
        return []  # (nearly every run of text)
    spans: list[WordSpan] = []
    for found in _CUT.finditer(text):
        group = found.lastgroup
        assert group is not None  # (each alternative is one named group)
        start, end = found.span(group)
        if group == "glued" and len(text[:start].split()) < _CLAUSE_WORDS:
            continue  # `From…Saigon……dispatched on 9.4.`: a form's dotted leader, no cut
        if group in _DOUBTFUL and not _cuts_elsewhere(doc):
            continue  # `including Vietnam and North Korea…`: a voice trailing off
        if group in ("parenthesised", "angled", "worded"):
            start, end = start - 1, end + 1
        node = ELLIPSIS.node("gap", dict(_EDITORIAL), [], templates.literal(text[start:end]))
        spans.append((start, end, node))
    return spans


def _cuts_elsewhere(doc: DocumentContext) -> bool:
    """Whether the document marks a passage left out elsewhere, by `[…]` (a bracket the
    omission rule reads as one) or by an ellipsis that plainly cuts (opening a paragraph,
    between sentences): then an ellipsis glued to a paragraph's last word is one more cut
    (`… building many objects…` / `[…]`), and so is one after a word before the next
    sentence (`took place . . . Taraki once again`, `in military equipment… It wanted`), as
    the readers of the pages so cut marked them; in the pages that cut nothing else it was a
    voice trailing off (`under a microscope… I will not say a word`)."""
    found = doc.memo.get("cuts elsewhere")
    if found is None:
        found = doc.memo["cuts elsewhere"] = (
            any(_DOTS.match(inner) for inner in doc.bracket_texts)
            or any(cut.lastgroup not in _NO_EVIDENCE for text in doc.texts
                   for cut in _CUT.finditer(text)))
    return bool(found)


ELLIPSIS_RULE = WordRule(ELLIPSIS, read_ellipsis)
