"""`[illegible]`, `[illegible signature]`, `[unknown signature]`, `[2 words illegible]`,
`[illegibly signed]` →
`gap[@reason='illegible']`; the same marks in parentheses (`(illegible)`), as some translators
print them."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention, Text
from teikit.rules.base import BracketContext, DocumentContext, Match, Rule, WordRule, WordSpan
from teikit.rules.editorial_note import NOTE_LABEL
from teikit.rules.extent import UNITS, quantity_of, unit

_REASON = (("reason", "illegible"),)
CONVENTION = Convention(
    "illegible", "[illegible], [illegible signature], [2 words illegible], [??]",
    "gap[@reason='illegible']", "Passages the translator could not read.", summary="illegible",
    forms=(Form("gap", "[illegible {}]", _REASON, children=True),
           Form("gap", "[illegible]", _REASON, children=False)),
)
_IS = r"(?:\s+(?:is|are|was|were))?"
# The word, or its abbreviation as FRUS and many translators print it (`[illeg.]`, `[2 words
# illeg.]`, `[signature illeg]`).
_ILLEGIBLE = r"(?:illegible|illeg(?:\.|(?![\w.])))"
# `[2 words illegible]`, `[Several lines are illegible.]`, `[Two words are unclear]`, `[two
# illegible signatures]`, more of
# them after the first (`[one additional illegible signature]`, `[another illegible signature]`).
_COUNTED = re.compile(
    # (`[other illegible signatures]`: more of them, not counted)
    r"(?i)^\s*(?P<n>\d+(?:\s*[-–]\s*\d+)?|an?|one|two|three|four|five|several|another|"
    r"other|more|further|some)\s+"
    r"(?:(?:additional|more|further|other)\s+)?"
    # (`[1 group undecipherable]`: a cable's cipher group the office could not read)
    r"(?:(?P<unit>words?|lines?|"
    r"letters?|characters?|groups?)(?:\s+of\s+(?:the\s+)?text)?" + _IS +
    rf"\s+(?:{_ILLEGIBLE}|unclear|indecipherable|undecipherable|unreadable)"
    r"|illegible\s+(?P<what>\w+))"
    # (`[Two lines of text are illegible in the original.]`)
    r"(?:\s+in\s+the\s+(?:original|text|document))?"
    # (and where they stand: `[Some illegible initials are to the left of the note]`)
    r"(?:\s+(?:is|are|was|were)\s+(?:to|at|in|on|under|over|above|below|beside|next)\b"
    r"[^\]]{0,60}?)?\s*\.?\s*$"
)
_DESCRIBED = re.compile(
    rf"(?i)^\s*(?P<word>{_ILLEGIBLE}|unclear|indecipherable|unreadable|indistinct)"
    r"(?:,?\s+(?P<what>[^\]]+?))?"
    r"\s*$"
)
# `[unknown signature]`, `[unidentified initials]`: a signature the translator could not make
# out, as `[illegible signature]` is one.
_UNIDENTIFIED = re.compile(r"(?i)^\s*(?:unknown|unidentified|unidentifiable)\s+"
                           r"(?P<what>signatures?|initials)\s*$")
# `[signature illegible]`, `[text unreadable]`, `[The last line is illegible.]`, `[signed,
# illegible]`, `[Signature: illegible]`, `[Remainder of Tito's statement is illegible.]`: what
# could not be read, then the word; `unclear` only of the text's parts (`[abbreviation
# unclear]` is a remark on the sense).
_AFTER = re.compile(r"(?i)^\s*(?:the\s+)?(?P<what>\w+(?:\s+[\w’']+){0,4}?)(?:[,:]|" + _IS + ")" +
                    rf"\s+(?:(?P<word>{_ILLEGIBLE}|indecipherable|unreadable|indistinct)|(?P<unclear>unclear)"
                    r"(?<=(?:word|ords|line|ines|text|name|date|mber|ture) unclear))\s*\.?\s*$")

# `[passage illegible in the original]`: what, the word, where, in lower case (a sentence of
# its own, `[The figure is illegible in the original.]`, is the editor's remark).
_IN_THE_ORIGINAL = re.compile(rf"^\s*(?P<what>[a-z]\w*(?:\s+\w+){{0,3}}?)\s+(?P<word>{_ILLEGIBLE})"
                              r"\s+in\s+the\s+(?:original|text|document|copy)\s*$")
# `[too faded to read]`, `[stamp too faint to read]`, `[name cannot be made out]`, `[Passage of
# 2 lines not legible.]`, `[The rest of the paragraph is not legible.]`: why it could not be
# read, of what (the what, if said, its description).
# (`[A passage of two lines follows which cannot be read in the copy.]`: where, after it)
_TOO_FAINT = re.compile(r"(?i)^\s*(?:(?P<what>\w+(?:\s+[\w’']+){0,7}?)\s+)??"
                        r"(?:(?:which|that)\s+)?(?:is\s+|are\s+)?"
                        r"(?:too\s+(?:faded|faint|blurred|pale)(?:\s+to\s+(?:read|decipher|"
                        r"make\s+out))?|not\s+legible|cannot\s+be\s+(?:read|deciphered|"
                        r"made\s+out))(?:\s+in\s+the\s+(?:original|text|document|copy))?"
                        r"\s*\.?\s*$")


_QUERIES_ALONE = re.compile(r"\s*\?{2,3}\s*")
# `(illegibly signed)`, `[signed illegibly]`: the signature there, and not read.
_SIGNED_ILLEGIBLY = re.compile(r"(?i)^\s*(?:illegibly\s+signed|signed,?\s+illegibly)\s*\.?\s*$")


def _counted(found: re.Match[str], source: str, convention: Convention) -> Intervention:
    # `[3-4 illegible letters]`: a range is no one quantity (the marker keeps it)
    count = "one" if found["n"].lower() == "another" else found["n"]
    uncounted = count.lower() in ("other", "more", "further", "several", "some")
    quantity = "" if uncounted or re.search(r"[-–]", count) else quantity_of(count)
    if found["unit"] is None or found["unit"].lower().rstrip("s") not in UNITS:
        # `[two illegible signatures]`, `[1 group undecipherable]`: counted things that are
        # not units of text
        attrs = {"reason": "illegible", **({"quantity": quantity} if quantity else {})}
        desc = Intervention("desc", {}, [Text(found["what"] or found["unit"])])
        return convention.node("gap", attrs, [desc], source)
    attrs = {"reason": "illegible", "unit": unit(found["unit"])}
    if quantity:
        attrs["quantity"] = quantity
    return convention.node("gap", attrs, [], source)


def _gap(inner: str, convention: Convention, opening: str, closing: str) -> Intervention | None:
    """The gap of a mark whose words are `inner`, printed between `opening` and `closing`."""
    marker = f"{opening}{inner}{closing}"
    source = templates.literal(marker)
    counted = _COUNTED.match(inner)
    if counted is not None:
        return _counted(counted, source, convention)
    if _SIGNED_ILLEGIBLY.match(inner):
        return convention.node("gap", {"reason": "illegible"}, [], source)
    if _QUERIES_ALONE.fullmatch(inner):
        # `[??] December 1958`: what stood there could not be read (one `[?]` after a word
        # doubts that word's reading: `teikit.rules.uncertain`)
        return convention.node("gap", {"reason": "illegible"}, [], source)
    # (`[TN: Handwriting Indistinct]`: the translator's note says so, labelled)
    said = NOTE_LABEL.sub("", inner, count=1)
    described = (_DESCRIBED.match(said) or _AFTER.match(said) or _UNIDENTIFIED.match(said)
                 or _IN_THE_ORIGINAL.match(said)
                 or _TOO_FAINT.match(said))
    if described is None:
        return None
    what = described["what"]
    children: list[Inline] = [Intervention("desc", {}, [Text(what)])] if what else []
    if what and marker == f"{opening}illegible {what}{closing}":
        # the canonical form, with the description as content
        source = f"{opening}illegible {{}}{closing}"
    return convention.node("gap", {"reason": "illegible"}, children, source)


def _read(ctx: BracketContext) -> Match | None:
    node = _gap(ctx.inner, CONVENTION, "[", "]")
    return None if node is None else Match([node])


RULE = Rule(CONVENTION, _read)


PARENTHESIS = Convention(
    "illegible-parenthesis", "(illegible), (2 words illegible)", "gap[@reason='illegible']",
    "Passages the translator could not read, marked in parentheses.", summary="illegible",
)
# (`unclear` in parentheses is a remark on the sense as often as on the reading: left alone)
_PARENTHESISED = LazyPattern(
    r"\((?P<inner>[^()]{0,30}?\b(?i:illegibl[ey]|unreadable|indecipherable)\b[^()]{0,20}?)\)")


_PARTLY = LazyPattern(r"(?i)^\s*(?:partially|partly|barely|hardly)\b")


def read_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    """`Castro Madero (illegible) immediately`: as `[illegible]` is read, the mark in
    parentheses (not `(partially illegible)`, which says how the words before it read)."""
    spans: list[WordSpan] = []
    if "legibl" not in text and "readable" not in text and "decipherable" not in text:
        return spans  # (nearly every run of text)
    for found in _PARENTHESISED.finditer(text):
        if _PARTLY.match(found["inner"]):
            continue
        node = _gap(found["inner"], PARENTHESIS, "(", ")")
        if node is not None:
            spans.append((found.start(), found.end(), node))
    return spans


PARENTHESIS_RULE = WordRule(PARENTHESIS, read_parenthesis)
