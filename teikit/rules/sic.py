"""`[SIC, explanation]` → `note[@type='sic']`; `word [sic]` → `sic`."""

from __future__ import annotations

import re

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.model import Intervention, Text
from teikit.rules.base import (
    NAME_TAGS,
    TRANSLATOR,
    BracketContext,
    DocumentContext,
    Match,
    Rule,
    WordRule,
    WordSpan,
)
from teikit.rules.foreign_runs import mark_foreign_runs

CONVENTION = Convention(
    "sic", "[SIC, explanation]; word [sic]", "note[@type='sic'] | sic",
    "Errors of the original marked by the translator, with the explanation given.",
    section="correction", summary="sic",
    forms=(Form("note", "[SIC, {}]", (("type", "sic"),)), Form("sic", "{} [sic]")),
)
# (`[sic. D.R.]`: the explanation after a full stop too; `[sic—IMMEDIATELY?]`, after a dash;
# `[sic! probably Korean-Soviet relations]`, after the mark's exclamation)
_EXPLAINED = re.compile(r"(?is)^\s*sic\s*(?:[,:;.!]|\s[–—-]|[–—])\s*(?P<rest>\S.*)$")
# The original's word, then the mark after a dash or a comma: `[ponablyusti – SIC]`,
# `[OS – SIC]`.
_MARK_AFTER = re.compile(r"(?is)^\s*(?P<rest>\S.*?)\s*[–—,-]\s*sic\s*[!.]?\s*$")
# (`[!]`: the editor's exclamation, which says as much; `[as in original]`, `[thus in the
# original]`, `[spelling as in the text]`: the words `sic` stands for)
_BARE = re.compile(r"(?i)^\s*(?:sic\s*[!.]?|!|thus\s*[!.]?|(?:spelling\s+)?(?:as|so|thus)\s+in\s+"
                   r"(?:the\s+)?(?:original|text|document|source)\s*[!.]?)\s*$")
_LAST_WORD = re.compile(r"(\S+)(\s*)$")


def _note(ctx: BracketContext, found: re.Match[str]) -> Match:
    """The sic note of a bracket whose group `rest` is what it says (`[SIC, explanation]`,
    `[word – SIC]`), the mark and its punctuation kept in the template."""
    start, end = found.span("rest")
    children = mark_foreign_runs(ctx.parse(start, end), ctx.doc.foreign_lang, ctx.doc.words)
    template = templates.template("[" + ctx.inner[:start], ctx.inner[end:] + "]")
    return Match([CONVENTION.node("note", {"type": "sic", "resp": TRANSLATOR}, children,
                                  template)])


def _read(ctx: BracketContext) -> Match | None:
    found = _EXPLAINED.match(ctx.inner) or _MARK_AFTER.match(ctx.inner)
    if found is not None:
        return _note(ctx, found)
    if not _BARE.match(ctx.inner):
        return None
    if ctx.after_quotation:
        # `the major one is “Ai’er famao” [sic]`: the quoted words are what the mark
        # confirms, the quotation the `sic` element's content
        template = templates.template("", ctx.before + "[" + ctx.inner + "]")
        return Match([CONVENTION.node("sic", {}, [], template)],
                     consume_before=len(ctx.before), encloses_quotation=True)
    if not ctx.before.strip() and isinstance(ctx.node_before, Intervention) and (
            ctx.node_before.tag in NAME_TAGS):
        # `General [Rudolf] Bulandr [sic]`: the name an earlier bracket made is what the mark
        # confirms, the sic element's content
        template = templates.template("", ctx.before + "[" + ctx.inner + "]")
        node = CONVENTION.node("sic", {}, [ctx.node_before], template)
        return Match([node], consume_before=len(ctx.before), replaces_node_before=True)
    word = _LAST_WORD.search(ctx.before[-160:])
    if word is None or not word.group(1)[-1].isalnum():
        # `[ . . . ] [sic]`: the mark on the bracket before it (the omission is the
        # original's); `4. [sic]`: on the numbering (no item 3): no word to hold, the
        # translator's note, empty
        template = templates.literal("[" + ctx.inner + "]")
        return Match([CONVENTION.node("note", {"type": "sic", "resp": TRANSLATOR}, [], template)])
    template = templates.template("", word.group(2) + "[" + ctx.inner + "]")
    node = CONVENTION.node("sic", {}, [Text(word.group(1))], template)
    return Match([node], consume_before=len(word.group(0)))


RULE = Rule(CONVENTION, _read)


PARENTHESIS = Convention(
    "sic-parenthesis", "word (sic)", "sic",
    "Errors of the original marked by the translator with `(sic)` in parentheses.",
    section="correction", summary="sic",
)
_PARENTHESIS_SIC = re.compile(r"(?i)(?<![\w’'.-])(?P<word>[^\W_][\w’'.-]*)(?P<space>\s?)"
                              r"\((?P<mark>sic\s*[!.]?)\)")


def read_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    """`ministery (sic)`, `ministery (sic!)`: as `[sic]` is read, the mark in parentheses."""
    spans: list[WordSpan] = []
    if "(sic" not in text.lower():
        return spans  # (nearly every run of text: the pattern would try each word)
    for found in _PARENTHESIS_SIC.finditer(text):
        template = templates.template("", f"{found['space']}({found['mark']})")
        node = PARENTHESIS.node("sic", {}, [Text(found["word"])], template)
        spans.append((found.start(), found.end(), node))
    return spans


PARENTHESIS_RULE = WordRule(PARENTHESIS, read_parenthesis)
