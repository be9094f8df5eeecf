"""`[torn]`, `[page missing]`, `[two lines redacted]`, `[name withheld]`: the source is damaged,
cut or withheld here → `gap[@reason]` with the bracket's words in `desc`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Intervention, Text
from teikit.rules.base import BracketContext, DocumentContext, Match, Rule, WordRule, WordSpan
from teikit.rules.extent import TEXT_PART, extent

# Each reason with the words that report it; the first found decides.
_REASONS = (
    ("redacted", r"redact\w*|withheld|blacked[- ]out|blotted[- ]out|inked[- ]out|censored|"
                 r"sanitized|sanitised|excised|"
                 r"not declassified|still classified|classified|undisclosed|not disclosed|"
                 # (`[name deleted by the archive]`: by whoever withheld it; `[word deleted]`
                 # alone may be the writer's own crossing out, a remark)
                 r"deleted by (?:the )?(?:censor\w*|archives?|editors?|publishers?)"),
    # (`[one group garbled]`: a cable's cipher group that came through corrupted, or that the
    # cipher office could not read)
    ("damage", r"torn(?: off| out| away)?|tear|damaged?|burn(?:ed|t)|scorched|stain(?:ed)?|"
               r"hole|faded|water[- ]damaged?|mutilated|destroyed|cut(?: off| out| away)?|"
               r"garbled|garble|corrupted|"
               # (`[2 groups not deciphered]`: cipher groups the office could not read)
               r"not deciphered|undeciphered|not decoded|undecoded"),
    # (`[date off the reproduced page]`: the copy did not take it in)
    # (`[end of available text]`: where the copy the translator had breaks off)
    ("missing", r"missing|lost|removed|absent|not (?:preserved|extant|found|available)|"
                r"unavailable|lacking|end of (?:the )?(?:available|surviving|extant)|"
                r"off the (?:reproduced |copied |photocopied |scanned )?(?:page|copy|photocopy)"),
)
_REASON = re.compile("|".join(f"(?P<{name}>\\b(?:{words})\\b)" for name, words in _REASONS),
                     re.I)
CONVENTION = Convention("damage", "[torn], [page missing], [two lines redacted], [name withheld]",
                        "gap[@reason='damage'|'missing'|'redacted']/desc",
                        "Places where the original is damaged, cut, missing or withheld, as the "
                        "translator reports them.", summary="gap",
                        forms=(Form("gap", "[{}]", children=True),))


# The translator's tag before the words (`[TN: time blacked out]`): the gap is told all the same.
_TRANSLATORS_TAG = re.compile(r"^\s*T\.?\s?N\.?\s*:\s*")


# A row of X's alone in the bracket (`[XXXXX]`, `[XXX XXX]`): words the publication withheld;
# three before a capitalised word may be a Roman thirty (`the [XXX] Congress`).
_XS_ALONE = re.compile(r"(?i)x{3,}(?:\s+x{3,})*")


def _withheld(ctx: BracketContext) -> bool:
    text = ctx.plain.strip()
    return _XS_ALONE.fullmatch(text) is not None and (
        len(text) > 3 or not ctx.capital_after())


# The most words of a report of damage, a sentence of its own (`[A line is cut off at the
# bottom of the page in the copy.]`).
_MOST_WORDS = 14


def _reason(text: str) -> str | None:
    text = _TRANSLATORS_TAG.sub("", text, count=1)
    words = text.split()
    if not words or len(words) > _MOST_WORDS or ":" in text:
        return None  # a labelled remark (`[Note: the original is torn]`) says more than a gap
    found = _REASON.search(text)
    if found is None:
        return None
    # The damage word alone, or said of the text or a part of it: `[torn]`, `[text missing]`;
    # not a phrase that only contains such a word (`[the missing persons]`).
    rest = (text[: found.start()] + text[found.end() :]).strip(" .,:;-–")
    if rest and not TEXT_PART.search(rest):
        return None
    if not rest and _SAID_OF_A_REFERENCE.fullmatch(found.group()):
        # (`your telegram of 7 December [not found]`: the archive lacks the document referred
        # to, which the translator remarks; the text itself lacks nothing)
        return None
    return found.lastgroup


# Words that say of a document referred to that it could not be had, when nothing is named.
_SAID_OF_A_REFERENCE = re.compile(r"(?i)not (?:found|available)")


def _read(ctx: BracketContext) -> Match | None:
    reason = "redacted" if _withheld(ctx) else _reason(ctx.plain)
    if reason is None or "\n" in ctx.inner or "\f" in ctx.inner:
        return None
    attrs = {"reason": reason, **extent(ctx.plain)}
    # The bracket's words, as the source has them, describe the gap: nothing to record.
    desc = Intervention("desc", {}, ctx.children())
    return Match([CONVENTION.node("gap", attrs, [desc])])


RULE = Rule(CONVENTION, _read)


PARENTHESIS = Convention(
    "redaction-parenthesis", "(redacted), (name withheld)", "gap[@reason='redacted']/desc",
    "Places the releasing archive withheld, marked in parentheses.", summary="gap",
)
# Only a redaction is told so in parentheses: `(missing)` or `(lost)` there is the author's.
_PARENTHESISED = LazyPattern(
    r"\((?P<inner>[^()]{0,30}?\b(?i:redact\w*|withheld|blacked[- ]out|censored|sanitized)\b"
    r"[^()]{0,20}?)\)")


def read_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    """`Number (redacted)`, `(name withheld)`: as `[redacted]` is read, the mark in
    parentheses."""
    spans: list[WordSpan] = []
    if "(" not in text:
        return spans
    for found in _PARENTHESISED.finditer(text):
        if _reason(found["inner"]) != "redacted":
            continue
        desc = Intervention("desc", {}, [Text(found["inner"])])
        node = PARENTHESIS.node("gap", {"reason": "redacted", **extent(found["inner"])}, [desc],
                                templates.template("(", ")"))
        spans.append((found.start(), found.end(), node))
    return spans


PARENTHESIS_RULE = WordRule(PARENTHESIS, read_parenthesis)


WITHHELD = Convention(
    "withheld-name", "XXXX (a name the publication withheld)", "gap[@reason='redacted']",
    "A name the source publication withheld, printed as a row of X's.", summary="gap",
)
# Four X's or more, or three not before a capitalised word (`the XXX Congress` counts thirty):
# a name withheld, as Chinese editions print one (`I ask XXXX to immediately print …`).
_WITHHELD = LazyPattern(r"(?<![\w-])(?:X{4,}|XXX(?!\s+[A-Z]))(?![\w-])")


def read_withheld(text: str, doc: DocumentContext) -> list[WordSpan]:
    """`XXXX` in the running text: a gap, the X's kept as printed."""
    if "XXX" not in text:
        return []  # (nearly every run of text)
    return [(found.start(), found.end(),
             WITHHELD.node("gap", {"reason": "redacted"}, [], templates.literal(found.group())))
            for found in _WITHHELD.finditer(text)]


WITHHELD_RULE = WordRule(WITHHELD, read_withheld)
