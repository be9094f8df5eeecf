"""`Pak Chang-ok [?]`, `word [?]`: a reading or spelling the translator doubts."""

from __future__ import annotations

import re
from dataclasses import replace

from teikit import templates
from teikit.conventions import Convention, Form
from teikit.lazy_pattern import LazyPattern
from teikit.model import Intervention, Text
from teikit.offices import PERSON_TITLES
from teikit.rules.base import (
    NAME_TAGS,
    BracketContext,
    DocumentContext,
    Match,
    Rule,
    WordRule,
    WordSpan,
)
from teikit.rules.names import printed_tag, trailing_name

# The doubted name is counted by its certainty (teikit.phenomena), the reading as such.
CONVENTION = Convention(
    "uncertain", "Name [?], word [?]",
    "persName[@cert='low'] | placeName[@cert='low'] | unclear",
    "Spellings or readings the translator marks as doubtful.",
    summary="uncertain_reading", forms=(Form("unclear", "{} [?]", (("reason", "uncertain"),)),),
)
_QUERY = LazyPattern(r"^\s*\?\s*$")
_LAST_WORD = re.compile(r"(\w[\w’'-]*)(\s*)$")
# Two or three short capitalised syllables ending the text, as Korean and Chinese names are
# romanised (`Kim Gang`, `Pak Il U`), whose words English may know (`gang`) though no name
# of English words is made so.
_SYLLABLES_AT_END = LazyPattern(r"(?:(?<=[\s,;(])|^)(?P<name>[A-Z][a-z]{1,4}"
                                r"(?:[ -][A-Z][a-z]{0,4}){1,2})(?P<space>\s*)$")
# The words that open a sentence or a phrase, which no such name begins with.
_NO_SYLLABLE = frozenset("The A An In At On Of And To By For From With As But Or If So Then "
                         "Now He She It We They His Her Our Its This That Mr Mrs Dr".split())


def _doubted_name_before(ctx: BracketContext) -> Match | None:
    """`[Sergei] Kudriatsev [?]`: the name read before, the same name with low certainty and
    the marker after it in its template (its own template, if any, kept inside); a name quoted
    too (`the fishing boat "Sierra Maestra" [?]`)."""
    name = ctx.node_before
    if (not isinstance(name, Intervention) or name.tag not in (*NAME_TAGS, "q")
            or "cert" in name.attrs):
        return None
    # (a quotation's own marks are its template's where it has none: straight quotes; the
    # name it quotes is doubted, a `name` within it)
    own = name.rend or ('"{}"' if name.tag == "q" else "{}")
    template = own + ctx.before + f"[{ctx.inner}]"
    doubted = (replace(name, rend=template, children=[CONVENTION.node(
        "name", {"cert": "low"}, name.children, counted=False)]) if name.tag == "q"
        else replace(name, attrs={**name.attrs, "cert": "low"}, rend=template))
    return Match([doubted], consume_before=len(ctx.before), replaces_node_before=True)


def _read(ctx: BracketContext) -> Match | None:
    if not _QUERY.match(ctx.inner):
        return None
    if not ctx.before.strip():
        return _doubted_name_before(ctx)
    name = trailing_name(ctx.before, ctx.doc.words)
    romanised = _romanised_name_at_end(ctx.before)
    if len(romanised) > len(name) and romanised.endswith(name):
        name = romanised  # (`Phung The Tai [?]`: `The` is a syllable of the name, no article)
    if name:
        printed = name.rstrip()
        template = templates.template("", name[len(printed) :] + f"[{ctx.inner}]")
        # (a place's after its preposition or its kind: `the town of Hoeryong [?]`)
        tag = printed_tag(ctx.before[: -len(name)], ctx.after_start(20))
        node = CONVENTION.node(tag, {"cert": "low"}, [Text(printed)], template, counted=False)
        return Match([node], consume_before=len(name))
    word = _LAST_WORD.search(ctx.before[-160:])
    if word is None:
        return None
    template = templates.template("", word.group(2) + f"[{ctx.inner}]")
    node = CONVENTION.node("unclear", {"reason": "uncertain"}, [Text(word.group(1))], template)
    return Match([node], consume_before=len(word.group(0)))


# The titles and ranks before a name: a person's titles (no `the`, a syllable here: `Phung The
# Tai`) and the ranks and offices they leave out.
_TITLE_WORDS = PERSON_TITLES | frozenset("major chief consul sheikh emir judge mayor".split())


def _romanised_name_at_end(before: str) -> str:
    """`So Hwi, Ri Pil-gyu and Kim Gang [?]`: a Korean or Chinese name of short syllables
    before the doubt, with the space after it; "" if the text ends on none."""
    found = _SYLLABLES_AT_END.search(before[-40:])
    if found is None or found["name"].split()[0] in _NO_SYLLABLE or any(
            word.lower() in _TITLE_WORDS for word in found["name"].split()):
        return ""  # (`Chief Kim Il [?]`: the title is no syllable of the name)
    return found["name"] + found["space"]


RULE = Rule(CONVENTION, _read)


PARENTHESIS = Convention(
    "uncertain-parenthesis", "Name (?), word (?)",
    "persName[@cert='low'] | placeName[@cert='low'] | unclear",
    "Spellings or readings the translator marks as doubtful with a question mark in "
    "parentheses.", summary="uncertain_reading",
)
_PARENTHESIS_QUERY = LazyPattern(r"\s?\(\?\)")


def read_parenthesis(text: str, doc: DocumentContext) -> list[WordSpan]:
    """`Pak Chang-ok (?)`, `Kaesong(?)`: as `[?]` is read, the doubt in parentheses."""
    spans: list[WordSpan] = []
    if "(?)" not in text:
        return spans  # (nearly every run of text: no word rule's work here)
    for found in _PARENTHESIS_QUERY.finditer(text):
        before = text[max(0, found.start() - 160) : found.start()]
        marker = found.group()
        name = trailing_name(before + " ", doc.words).rstrip()
        if name:
            tag = printed_tag(before[: len(before) - len(name)].rstrip() + " ",
                              text[found.end():found.end() + 20])
            node = PARENTHESIS.node(tag, {"cert": "low"}, [Text(name)],
                                    templates.template("", marker), counted=False)
            spans.append((found.start() - len(name), found.end(), node))
            continue
        word = _LAST_WORD.search(before)
        if word is None or word.group(2):
            continue
        node = PARENTHESIS.node("unclear", {"reason": "uncertain"}, [Text(word.group(1))],
                                templates.template("", marker))
        spans.append((found.start() - len(word.group(1)), found.end(), node))
    return spans


PARENTHESIS_RULE = WordRule(PARENTHESIS, read_parenthesis)
