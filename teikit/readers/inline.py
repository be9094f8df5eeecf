"""Inline parsing: brackets, quotations and note markers inside one unit of text.

Brackets are matched with their nesting first; each top-level bracket is offered to the
profile's rules in order, and the first rule that claims it decides its TEI form. A bracket no
rule claims is kept as `seg[@type='unclassified-bracket']` with a warning; a bracket that never
closes (or closes without opening) stays text, with a warning. Nothing is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from teikit.diagnostics import Diagnostic
from teikit.errors import Location
from teikit.model import Inline, Intervention, LineBreak, PageBreak, Text, is_element, splice_text
from teikit.readers.html_inline import LINE_BREAK_TAG, RENDITIONS, STRUCK, tag_pairs
from teikit.readers.markdown_links import autolinked, link_at, note_link_at, reference_at
from teikit.readers.units import LB, PB, Offsets
from teikit.readers.word_breaks import (
    break_nodes,
    break_positions,
    count_breaks,
    in_brackets,
    restored,
    with_breaks,
)
from teikit.rules.base import (
    TRANSLATOR,
    BracketContext,
    BracketRule,
    DocumentContext,
    Match,
    WholeReader,
    WordRule,
)
from teikit.rules.note_anchor import CONVENTION as NOTE_ANCHOR
from teikit.rules.note_anchor import GLUED_ANCHOR, glued_anchor
from teikit.rules.page import page_marker_between

_QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", '"': '"'}
# A note's marker in its brackets, after the word it is glued to (`dazibao[1]`).
_BRACKETED_NUMBER = re.compile(r"\[(\d{1,3})\]")
# (a second note on the page has two: `overthrow Jia Gui!**`)
_ASTERISK = re.compile(r"(?<=\S)(?:\\?\*){1,3}(?!\*)")
_BRACKET = re.compile(r"[\[\]]")
_QUOTE = re.compile("[" + "".join(sorted(set(_QUOTE_PAIRS) | set(_QUOTE_PAIRS.values()))) + "]")
_BREAK = re.compile(f"[{LB}{PB}]|{LINE_BREAK_TAG.pattern}", LINE_BREAK_TAG.flags)
# (underscores as Markdown writes emphasis with them too, `_Pravda_`, `__Note__`: a run of one
# or two, not a form's blank `____`)
_EMPHASIS = re.compile(r"(?<!\\)\*\*?|(?<![\\_])__?(?!_)|(?<![\\~])~~(?!~)")
_LETTER = re.compile(r"[^\W\d_]")
# Brackets, quotations and emphasis nest; deeper than this the content is kept as text, with a
# warning: each level costs stack frames here and in the writers, and no transcription nests
# editorial brackets more than a few levels deep.
MAX_NESTING = 32


@dataclass(slots=True)
class _Span:
    """A pair of markers (brackets, quotes, bold, italic) and what they enclose."""

    start: int
    end: int  # index of the closing marker's first character
    kind: str  # "bracket", "quote", "bold", "italic" or "strike"
    width: int = 1  # the length of each marker (of the opening one, where they differ)
    mark: str = "*"  # an emphasis's character: `*` or `_`; an HTML pair's template
    close: int = 0  # the closing marker's length, where it differs from the opening one's
    name: str = ""  # an HTML pair's tag name

    @property
    def closing(self) -> int:
        return self.close or self.width


def _inside(spans: list[_Span], starts: list[int], index: int) -> bool:
    """Whether `index` falls within one of `spans` (from its opening marker to its closing
    one), which are sorted and do not overlap, as the top-level brackets; `starts` are their
    starts."""
    at = bisect_right(starts, index) - 1
    return at >= 0 and index <= spans[at].end


def _outside(brackets: list[_Span], containers: list[_Span]) -> list[_Span]:
    """The brackets that lie within none of `containers` (in order, disjoint): each looked up
    among the containers that start before it, not checked against all of them (a paragraph
    of thousands of quotations and brackets took the square of their number)."""
    if not containers:
        return brackets
    starts = [container.start for container in containers]
    kept = []
    for bracket in brackets:
        at = bisect_left(starts, bracket.start) - 1  # the last container starting before it
        if at < 0 or bracket.end >= containers[at].end:
            kept.append(bracket)
    return kept


def _doubled(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is one bracket, whole: `[Shenyang]`, not `[a] and [b]`."""
    if hi - lo < 3 or text[lo] != "[" or text[hi - 1] != "]" or text[lo + 1] == "[":
        return False  # deeper nesting is the rules' to read, level by level
    depth = 0
    for index in range(lo, hi):
        depth += {"[": 1, "]": -1}.get(text[index], 0)
        if depth == 0:
            return index == hi - 1
    return False


# A bracket's label up to its colon, before any other bracket: `[Handwritten notations:`.
_LABEL_TO_COLON = re.compile(r"[^\[\]:\n]{1,60}:")


def _label_closed_late(text: str, label: int, last: tuple[int, int]) -> tuple[int, int] | None:
    """The pair a label's bracket makes with the last `]` when the translator left a bracket
    inside it unclosed instead (`[Handwritten notations: to [[illegible name] and G. Ye.
    Samsonov]`, `[handwritten in the left margin: "DVO [Far East Department"]`): the inner
    bracket then cannot be the one that `]` closes, for it opens doubled with one mate, or its
    content closes a quotation opened before it in the label."""
    start, end = last
    if start < label or _LABEL_TO_COLON.match(text, label + 1) is None:
        return None
    # (`[[N. P. Varnov?]]` is whole: doubled at both ends)
    doubled = text[start + 1 : start + 2] == "[" and text[end - 1 : end] != "]"
    opened = text[label:start]
    quoted = any(opened.count(mark) % 2 == 1 for mark in '"“„«') and any(
        mark in text[start:end] for mark in '"”“»')
    if not (doubled or quoted):
        return None
    return label, end


def _words_alone(children: list[Inline]) -> str | None:
    """The text of a quotation's children where they are its words alone, some of them in
    the `foreign` a word rule made of them; None where anything else stands in it."""
    parts: list[str] = []
    for child in children:
        if isinstance(child, Intervention) and child.tag == "foreign" and child.rend is None:
            child = child.children[0] if len(child.children) == 1 else child
        if not isinstance(child, Text):
            return None
        parts.append(child.value)
    return "".join(parts) if parts else None


def _one_page_break(nodes: list[Inline]) -> list[Inline]:
    """`… over` PB `[2]` PB `two days …`: a page's number alone in its bracket between the
    page breaks of a sentence that goes on over it is the one `pb`, set off by spaces as a
    printed number between its breaks is (`_text`)."""
    for at in range(len(nodes) - 2, 0, -1):
        if (isinstance(nodes[at - 1], PageBreak) and isinstance(nodes[at + 1], PageBreak)
                and is_element(nodes[at], "pb")):
            nodes[at - 1 : at + 2] = [Text(" "), nodes[at], Text(" ")]
    return nodes


class InlineParser:
    def __init__(
        self,
        rules: list[BracketRule],
        doc: DocumentContext,
        locate: Callable[[int], Location],
        diagnostics: list[Diagnostic],
    ) -> None:
        self.rules = [rule for rule in rules if not isinstance(rule, WordRule)]
        self.word_rules = [rule for rule in rules if isinstance(rule, WordRule)]
        # (asked of every quotation that is plain text: chosen once, not per quotation)
        self.quotation_readers = [rule.read_quotation for rule in self.word_rules
                                  if rule.read_quotation is not None]
        self.italics_readers = [rule.read_italics for rule in self.word_rules
                                if rule.read_italics is not None]
        self.in_brackets = 0
        self.doc = doc
        self.locate = locate
        self.diagnostics = diagnostics
        self._warned: set[Diagnostic] = set()
        self.depth = 0
        self.breaks: list[int] = []
        """Where the text being read goes on after a word broken at a line's end."""

    def parse(self, text: str, offsets: Offsets) -> list[Inline]:
        self.offsets_now = offsets
        self.breaks = breaks = break_positions(text, offsets)
        if not breaks:
            return self._parse(text, offsets, 0, len(text))
        # A rule may make its own nodes of a broken word's text, and its break would be lost:
        # then the lines a bracket holds are read as they stand (hyphen and line end kept as
        # text), then, if a rule outside one did so too, all of them.
        bracketed = sorted(in_brackets(text, breaks))
        shown_as_text = [[], *([bracketed] if 0 < len(bracketed) < len(breaks) else []), breaks]
        for shown in shown_as_text:
            read, read_offsets = restored(text, offsets, shown) if shown else (text, offsets)
            self.offsets_now = read_offsets
            self.breaks = break_positions(read, read_offsets)
            nodes = self._parse(read, read_offsets, 0, len(read))
            if count_breaks(nodes) == len(self.breaks):
                break
        return nodes

    def _warn(self, code: str, message: str, offsets: Offsets, index: int) -> None:
        diagnostic = Diagnostic("warning", code, message, self.locate(offsets[index]))
        # (a bracket's content may be read again, by a rule that tries it and declines: the
        # editor is told once)
        if diagnostic not in self._warned:
            self._warned.add(diagnostic)
            self.diagnostics.append(diagnostic)

    def _brackets(self, text: str, offsets: Offsets, lo: int, hi: int) -> list[_Span]:
        stack: list[int] = []
        # The pairs no pair found so far holds, in order: a pair closing drops those it holds
        # (the last ones, which opened after it), so that brackets nested deep are not all
        # kept at every level of the nesting.
        top: list[tuple[int, int]] = []
        for found in _BRACKET.finditer(text, lo, hi):
            index = found.start()
            if found.group() == "[":
                stack.append(index)
            elif stack:
                start = stack.pop()
                while top and top[-1][0] > start:
                    top.pop()
                top.append((start, index))
            else:
                self._warn("unbalanced-bracket", "a closing bracket ']' that no '[' opened "
                           "(kept as text)", offsets, index)
        if len(stack) == 1 and top and (mended := _label_closed_late(text, stack[0], top[-1])):
            stack = [top[-1][0]]
            top[-1] = mended
        for index in stack:
            self._warn("unbalanced-bracket", "an opening bracket '[' that is never closed "
                       "(kept as text)", offsets, index)
        return [_Span(start, end, "bracket") for start, end in top]

    def _quotes(self, text: str, lo: int, hi: int, brackets: list[_Span]) -> list[_Span]:
        quotes: list[_Span] = []
        opener: int | None = None
        starts = [span.start for span in brackets]
        for found in _QUOTE.finditer(text, lo, hi):
            index = found.start()
            if _inside(brackets, starts, index):
                continue
            char = found.group()
            if opener is not None and char == _QUOTE_PAIRS[text[opener]]:
                if not text[opener + 1 : index].isdigit() or index - opener > 3:
                    quotes.append(_Span(opener, index, "quote"))
                # (`“15” October 1956`: a day in quotation marks, as Soviet forms print it, is
                # part of its date, not a quotation)
                opener = None
            elif opener is None and char in _QUOTE_PAIRS:
                opener = index
        return quotes

    def _emphasis(self, text: str, lo: int, hi: int, brackets: list[_Span]) -> list[_Span]:
        """Markdown `**bold**` and `*italic*` (the latter only where asterisks are not note
        markers), and `__bold__` and `_italic_`, paired as CommonMark flanks them: an opening
        marker before a non-space, a closing one after a non-space; an underscore's not inside
        a word (`snake_case`, `Korea_(disambiguation)`), nor around a form's blank filled in
        with no word (`Copy #_1_`)."""
        found: list[_Span] = []
        if (text.find("*", lo, hi) < 0 and text.find("_", lo, hi) < 0
                and text.find("~~", lo, hi) < 0):
            return found  # most text: no asterisk, underscore nor tildes at all
        opened: dict[tuple[str, str], int] = {}
        starts = [span.start for span in brackets]
        for marker in _EMPHASIS.finditer(text, lo, hi):
            index, width, mark = marker.start(), len(marker.group()), marker.group()[0]
            kind = "strike" if mark == "~" else "bold" if width == 2 else "italic"
            if kind == "italic" and mark == "*" and self._stars_mark_notes():
                continue
            if _inside(brackets, starts, index):
                continue
            after = text[index + width : index + width + 1]
            before = text[index - 1 : index] if index > lo else ""
            key = (kind, mark)
            if (key in opened and before and not before.isspace()
                    and not (mark == "_" and after.isalnum())):
                start = opened.pop(key)
                if mark == "*" or _LETTER.search(text, start + width, index) is not None:
                    found.append(_Span(start, index, kind, width, mark))
                # (`Copy #_1_`: a form's blank filled in, no emphasis)
            elif (after and not after.isspace() and after != mark
                  and not (mark == "_" and before.isalnum())):
                opened[key] = index
        return found

    def _stars_mark_notes(self) -> bool:
        """Whether a single asterisk may mark a note, not italics: the document has notes
        marked so, and its export does not escape the markers (`…Castro to the USSR.\\*` /
        `\\* The visit took place …`, where `(*zafra*)` is a word in italics)."""
        if not self.doc.asterisk_notes:
            return False
        escaped = self.doc.memo.get("escaped-star-markers")
        if escaped is None:
            escaped = self.doc.memo["escaped-star-markers"] = any(
                "\\*" in text for text in self.doc.texts)
        return not escaped

    @staticmethod
    def _html(text: str, lo: int, hi: int, brackets: list[_Span]) -> list[_Span]:
        """HTML's inline tags paired (`<u>…</u>`: `html_inline`), outside brackets."""
        starts = [span.start for span in brackets]
        return [_Span(pair.start, pair.end, "html", len(pair.opening), pair.template,
                      len(pair.closing), pair.name)
                for pair in tag_pairs(text, lo, hi)
                if not _inside(brackets, starts, pair.start)
                and not _inside(brackets, starts, pair.end)]

    def _parse(self, text: str, offsets: Offsets, lo: int, hi: int) -> list[Inline]:
        if self.depth >= MAX_NESTING:
            self._warn("nesting-too-deep", f"brackets, quotations or emphasis nested more than "
                       f"{MAX_NESTING} levels deep: the content from here is kept as text",
                       offsets, lo)
            return self._text(text, lo, hi)
        self.depth += 1
        try:
            return self._parse_level(text, offsets, lo, hi)
        finally:
            self.depth -= 1

    def _parse_level(self, text: str, offsets: Offsets, lo: int, hi: int) -> list[Inline]:
        brackets = self._brackets(text, offsets, lo, hi)
        containers: list[_Span] = []
        candidates = (self._quotes(text, lo, hi, brackets) + self._emphasis(text, lo, hi, brackets)
                      + self._html(text, lo, hi, brackets))
        for span in sorted(candidates, key=lambda span: (span.start, -span.end)):
            last = containers[-1] if containers else None
            if last is None or span.start > last.end + last.closing - 1:
                containers.append(span)  # spans inside a container are found in its content
        # Container markers stand outside brackets, so a bracket that meets a container lies
        # inside it, and is parsed with the container's content.
        spans = containers + _outside(brackets, containers)
        spans.sort(key=lambda span: span.start)
        nodes: list[Inline] = []
        pending = lo
        for span in spans:
            if span.start < pending:
                continue  # absorbed by a rule that consumed the text after its bracket
            if span.kind != "bracket":
                nodes += self._text(text, pending, span.start)
                children = self._parse(text, offsets, span.start + span.width, span.end)
                nodes.append(self._container(text, span, children))
                pending = span.end + span.closing
                continue
            image = span.start > pending and text[span.start - 1] == "!"
            link = link_at(text, span.start, span.end, hi, image) or (
                None if image else note_link_at(text, span.start, span.end, hi)
                or reference_at(text, span.start, span.end, hi, self.doc.link_definitions))
            if link is not None:
                nodes += self._text(text, pending, span.start - image)
                link.node.offset = offsets[span.start]
                nodes.append(link.node)
                pending = link.end
                continue
            spaces_only = not text[pending:span.start].strip()
            after_quotation = bool(nodes) and is_element(nodes[-1], "q") and spaces_only
            self.in_brackets += 1  # what a bracket holds is the translator's, not the text's
            try:
                match = self._classify(text, offsets, span, pending, hi, after_quotation,
                                       nodes[-1] if nodes and spaces_only else None)
            finally:
                self.in_brackets -= 1
            nodes += self._text(text, pending, span.start - match.consume_before)
            if match.replaces_node_before:
                nodes.pop()  # (`[Sergei] Kudriatsev [?]`: the name read before, now doubted)
            if match.encloses_quotation and after_quotation and match.nodes \
                    and isinstance(match.nodes[0], Intervention):
                match.nodes[0].children.insert(0, nodes.pop())  # (`“Ai’er famao” [sic]`)
            nodes += match.nodes
            pending = span.end + 1 + match.consume_after
        nodes += self._text(text, pending, hi)
        return _one_page_break(nodes)

    def _container(self, text: str, span: _Span, children: list[Inline]) -> Intervention:
        if span.kind == "quote":
            pair = text[span.start] + "{}" + text[span.end]
            # (in brackets too: the original's term a translator's note quotes, `[the
            # Romanian text uses the term “clica”, i.e. clique]`)
            # (the words a word rule claimed in it read with the rest: `“no intervención y
            # autodeterminación de los pueblos”` is one phrase, not two words of it)
            words = _words_alone(children)
            if self.quotation_readers and words is not None:
                children = self._quoted_words(words) or children
            return Intervention("q", {}, children, "quotation", None if pair == '"{}"' else pair)
        if span.kind == "html":
            return self._html_element(span, children)
        if span.mark == "*":
            # (a word or two of the original set in italics, as translators print them:
            # `*salvoconductos*`, the original's within the emphasis)
            if (self.italics_readers and span.kind == "italic" and len(children) == 1
                    and isinstance(children[0], Text)):
                children = self._italic_words(children[0].value) or children
            return Intervention("hi", {"rend": span.kind}, children, "emphasis")
        if span.mark == "~":
            # (`~~the army~~`: words struck through, as the translation prints the original's
            # deletion)
            return Intervention("del", {"resp": TRANSLATOR}, children, "deletion", "~~{}~~")
        # (the marker written after the rendition, for the source to be given back: `_{}_`)
        marker = span.mark * span.width
        return Intervention("hi", {"rend": f"{span.kind} {marker}{{}}{marker}"}, children,
                            "emphasis")

    def _html_element(self, span: _Span, children: list[Inline]) -> Intervention:
        """An HTML pair's element, its tags as written in `@rend` (or as its template)."""
        if span.name in STRUCK:
            return Intervention("del", {"resp": TRANSLATOR}, children, "deletion", span.mark)
        if (span.name == "sup" and len(children) == 1 and isinstance(children[0], Text)
                and children[0].value in self.doc.note_numbers and not self.in_brackets):
            # (`ANGELOV<sup>1</sup>`: note 1's mark, as `[1]` is)
            number = children[0].value
            return NOTE_ANCHOR.node("ref", {"type": "noteAnchor", "n": number}, [Text(number)],
                                    span.mark)
        return Intervention("hi", {"rend": f"{RENDITIONS[span.name]} {span.mark}"}, children,
                            "emphasis")

    def _classify(self, text: str, offsets: Offsets, span: _Span, pending: int, hi: int,
                  after_quotation: bool = False, node_before: Inline | None = None) -> Match:
        inner_lo = span.start + 1
        after_lo = span.end + 1
        if _doubled(text, inner_lo, span.end) and text[span.end - 2] != "?":
            # `[[Shenyang]]`: one bracket printed twice. The inner one is read as any bracket;
            # the outer pair stays as text, so the source comes back as it was. (A doubted
            # reading, `[[Pak Chang-ok?]]`, is the uncertain-reading rule's own.)
            return Match([Text("["), *self._parse(text, offsets, inner_lo, span.end), Text("]")])
        ctx = BracketContext(
            inner=text[inner_lo : span.end],
            before=text[pending : span.start],
            read_after=lambda size: text[after_lo : hi if size is None
                                         else min(hi, after_lo + size)],
            doc=self.doc,
            parse=lambda i, j: self._parse(text, offsets, inner_lo + i, inner_lo + j),
            parse_after=lambda n: self._parse(text, offsets, after_lo, after_lo + n),
            offer=lambda derived, rule: self._first_match(
                derived, self.rules[self.rules.index(rule) + 1 :]),
            previous=text[span.start - 1] if span.start > 0 else "",
            source_before=text[max(0, span.start - 80) : span.start],
            after_quotation=after_quotation,
            node_before=node_before,
        )
        match = self._first_match(ctx, self.rules)
        if match is not None:
            for node in match.nodes:
                if isinstance(node, Intervention) and node.offset is None:
                    node.offset = offsets[span.start]
            return match
        self._warn(
            "unclassified-bracket",
            f"bracket not classified by the profile: [{ctx.plain[:60]}] "
            "(kept as seg type='unclassified-bracket')",
            offsets,
            span.start,
        )
        node = Intervention("seg", {"type": "unclassified-bracket"}, ctx.children(), "unclassified")
        return Match([node])

    @staticmethod
    def _first_match(ctx: BracketContext, rules: list[BracketRule]) -> Match | None:
        for rule in rules:
            match = rule.apply(ctx)
            if match is not None:
                return match
        return None

    def _text(self, text: str, lo: int, hi: int) -> list[Inline]:
        nodes: list[Inline] = []
        chunk_start = lo
        after_page_break = False
        for found in _BREAK.finditer(text, lo, hi):
            index = found.start()
            page_break = found.group() == PB
            printed = (page_break and after_page_break
                       and page_marker_between(text[chunk_start:index]))
            if printed:
                # `… of the` PB `- 5 -` PB `homeland …`: the page's number between its breaks,
                # set off by spaces as a bracketed marker is (the words on either side are two)
                nodes[-1:] = [Text(" "), printed, Text(" ")]
                chunk_start = index + 1
                after_page_break = False
                continue
            if index > chunk_start:
                nodes += self._words_of(text, chunk_start, index)
            nodes.append(PageBreak() if page_break else LineBreak() if found.group() == LB
                         else Intervention("lb", {}, [], None, found.group()))
            after_page_break = page_break
            chunk_start = found.end()
        if hi > chunk_start:
            nodes += self._words_of(text, chunk_start, hi)
        return nodes

    def _words_of(self, text: str, lo: int, hi: int) -> list[Inline]:
        """`_markers` of the text, with the line ends that broke a word in it put back."""
        if not self.breaks:
            return self._markers(text, lo, hi)
        within = self.breaks[bisect_right(self.breaks, lo):bisect_left(self.breaks, hi)]
        if not within:
            return self._markers(text, lo, hi)
        nodes = with_breaks(self._markers(text, lo, hi), [p - lo for p in within], hi - lo)
        if nodes is not None:
            return nodes
        # (a note's marker taken out of the text: the word's parts are read apart)
        nodes, start = [], lo
        for position in within:
            nodes += [*self._markers(text, start, position), *break_nodes()]
            start = position
        return nodes + self._markers(text, start, hi)

    def _italic_words(self, value: str) -> list[Inline] | None:
        """Words in italics as a word rule reads them (`*zud*`: the original's term), or
        None."""
        return self._read_whole(self.italics_readers, value)

    def _quoted_words(self, value: str) -> list[Inline] | None:
        """A quotation's whole text as a word rule reads it (`“zakonnaya”`: the original's
        word the translator quotes), or None."""
        return self._read_whole(self.quotation_readers, value)

    def _read_whole(self, readers: list[WholeReader], value: str) -> list[Inline] | None:
        """What the first of `readers` to read `value` whole makes of it, or None."""
        for read in readers:
            node = read(value, self.doc)
            if node is not None:
                return [node]
        return None

    def _markers(self, text: str, lo: int, hi: int) -> list[Inline]:
        nodes = autolinked(self._anchors(text, lo, hi))
        if not self.word_rules or self.in_brackets:
            return nodes
        # A word that runs on into a bracket (`accelerat[e]`) is not whole in this text; one
        # that a note's marker follows is (`dazibao[1] appeared`).
        glued_before = lo > 0 and not text[lo - 1].isspace()
        glued_after = hi < len(text) and not text[hi].isspace() and not self._marks_a_note(
            text, hi)
        return [word_node for index, node in enumerate(nodes) for word_node in (
            self._words(node.value, glued_before and index == 0,
                        glued_after and index == len(nodes) - 1)
            if isinstance(node, Text) else [node])]

    def _marks_a_note(self, text: str, at: int) -> bool:
        """Whether a note's marker in its brackets stands at `at` (`[1]`)."""
        found = _BRACKETED_NUMBER.match(text, at)
        return found is not None and found.group(1) in self.doc.note_markers

    def _words(self, value: str, glued_before: bool, glued_after: bool) -> list[Inline]:
        """Text, with the runs of words that a word rule claims in their elements."""
        claimed: list[tuple[int, int, Intervention]] = []
        for rule in self.word_rules:
            for start, end, node in rule.read_words(value, self.doc):
                if (glued_before and start == 0) or (glued_after and end == len(value)):
                    continue
                if all(end <= s or start >= e for s, e, _ in claimed):
                    claimed.append((start, end, node))
        return splice_text(value, sorted(claimed, key=lambda span: span[0]))

    def _anchors(self, text: str, lo: int, hi: int) -> list[Inline]:
        """Text, with note markers taken out: asterisks when the document has asterisk notes,
        numbers glued to a word when it has notes with those numbers."""
        if self.doc.glued_note_markers:
            return [node for part in self._glued(text, lo, hi) for node in (
                [part] if isinstance(part, Intervention) else self._stars(text, *part))]
        return self._stars(text, lo, hi)

    def _glued(self, text: str, lo: int, hi: int) -> list[tuple[int, int] | Intervention]:
        parts: list[tuple[int, int] | Intervention] = []
        cursor = lo
        for found in GLUED_ANCHOR.finditer(text, lo, hi):
            if found.group(1) not in self.doc.glued_note_markers:
                continue
            parts.append((cursor, found.start()))
            parts.append(glued_anchor(found.group(1), self.offsets_now[found.start()]))
            cursor = found.end()
        parts.append((cursor, hi))
        return [part for part in parts if not isinstance(part, tuple) or part[1] > part[0]]

    def _stars(self, text: str, lo: int, hi: int) -> list[Inline]:
        if not self.doc.asterisk_notes or text.find("*", lo, hi) < 0:
            return [Text(text[lo:hi])]
        return splice_text(text[lo:hi], (
            (found.start() - lo, found.end() - lo,
             Intervention("anchor", {"n": found.group().replace("\\", "")}, [], "note-anchor",
                          found.group(), self.offsets_now[found.start()]))
            for found in _ASTERISK.finditer(text, lo, hi)))
