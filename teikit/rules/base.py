"""What a bracket rule sees and what it returns.

A rule looks at one bracketed stretch of the source (`[to put]`) with its neighbours and either
declines (returns None) or returns the inline node that encodes it, saying how much of the
neighbouring text it absorbed (`Filippov [Stalin]` absorbs the name before the bracket).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from teikit.conventions import Convention
from teikit.lazy_pattern import LazyPattern
from teikit.model import Inline, Intervention
from teikit.rules.word_tables import WordTables

TRANSLATOR = "#translator"
# A number's sign at the end of the text before a bracket: the bracket holds the number's
# figures (`Nº [208]`, `No.[15]`), whatever else they might be.
NUMBER_SIGN = r"(?:N[º°o]\.?|No\.|№|#)"
NUMBER_SIGN_BEFORE = LazyPattern(rf"{NUMBER_SIGN}\s*$")
# The editor's signature closing a remark: `[… had gone on to Havana—ed.]`, `[one line
# deleted--ed.]`, `[Teodoro Moscoso—ed.,]`.
EDITOR_SIGNED = LazyPattern(
    r"(?i)(?<=\S)(?:\s*[—–]|\s*--|\s+-)\s*(?:eds?|editors?|trans|transl|tr)\.?\s*[,.;]?$"
    # (or `our note`, as translations from Romanian sign the translator's remark, `n.n.` for
    # its `nota noastră`: `[Khrushchev – our note]`)
    r"|(?<=\S)\s*[—–-]\s*(?:our\s+note|n\.\s?n\.?)\s*$"
    # (signed with the editor's initials after a dash: `…democratic opposition-J.G.`, `– J.G.`;
    # not `anti-U.S.`)
    r"|(?<=[a-z])(?:-|\s*[—–]\s*)(?!U\.S\.|U\.K\.)(?-i:[A-Z]\.\s?[A-Z]\.)$"
    # (or after the remark's stop: `[The conversation was conducted through an interpreter. –
    # B. G.]`)
    r"|(?<=[a-z][.!?])\s*[—–]\s*(?-i:[A-Z]\.\s?[A-Z]\.)$")


def _outside_brackets(text: str, position: int) -> bool:
    return text.count("[", 0, position) <= text.count("]", 0, position)


@dataclass
class DocumentContext:
    """Facts about the whole document that single rules need."""

    original_language: str | None = None
    note_markers: set[str] = field(default_factory=set)
    glued_note_markers: set[str] = field(default_factory=set)
    """Numbers of notes whose marker is printed glued to a word (`JELEN1`), not in brackets."""
    note_numbers: set[str] = field(default_factory=set)
    """The numbers of the document's notes (a superscript of one is its mark)."""
    asterisk_notes: bool = False
    bracket_texts: Counter[str] = field(default_factory=Counter)
    texts: list[str] = field(default_factory=list)
    """The texts of the document's units, for questions about the whole document."""
    place_brackets: set[str] = field(default_factory=set)
    hands: dict[str, str] = field(default_factory=dict)
    _unbracketed_cache: dict[str, bool] = field(default_factory=dict, repr=False)
    link_definitions: dict[str, str] = field(default_factory=dict)
    """The Markdown link reference definitions of the document (`[1]: https://…`): label key
    (`teikit.readers.markdown_links.label_key`) → address."""
    memo: dict[str, object] = field(default_factory=dict, repr=False)
    """What a rule works out once per document from `texts` (its name as the key)."""
    words: WordTables = field(default_factory=WordTables, repr=False)
    """The word tables of the run that reads the document (a fresh set when none is given)."""
    text_language: str | None = None
    """The language the text is written in when it is not English (`teikit.rules.text_language`):
    its words are then no words left untranslated."""

    def occurs_unbracketed(self, text: str) -> bool:
        """Whether `text` stands in the document outside brackets too (memoised: per name)."""
        if text not in self._unbracketed_cache:
            pattern = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")
            self._unbracketed_cache[text] = any(
                _outside_brackets(unit, found.start())
                for unit in self.texts
                if text in unit
                for found in pattern.finditer(unit)
            )
        return self._unbracketed_cache[text]

    def is_place(self, text: str) -> bool:
        """Whether the bracket `text` stands after a place preposition somewhere (`to
        [Beijing]`), also where the translator doubted it (`to [Beijing?]`)."""
        return text in self.place_brackets or any(
            place.rstrip(" ?") == text for place in self.place_brackets if place.endswith("?"))

    def hand_id(self, key: str = "") -> str:
        if key not in self.hands:
            self.hands[key] = f"hand-{len(self.hands) + 1}"
        return self.hands[key]

    @property
    def foreign_lang(self) -> str:
        """The original's language as its words in Latin letters are tagged: its code alone
        where it is written so (`de`, `pl`), with the script where they are a transliteration
        (`ru-Latn`, `zh-Latn`)."""
        if self.original_language in LATIN_WRITTEN:
            return self.original_language
        return f"{self.original_language or 'und'}-Latn"


# The languages written in Latin letters themselves, whose words no script subtag marks.
LATIN_WRITTEN = frozenset(
    "es pt fr de it pl cs sk hu ro sh hr bs sl nl sq vi tr id ms fi sv da no nb nn et lv lt "
    "en ca eu gl is mt af sw tl la".split())


# The elements of a name, which a mark after it may doubt or confirm (`[?]`, `[sic]`).
NAME_TAGS = frozenset({"persName", "placeName", "orgName", "name"})


@dataclass
class BracketContext:
    """One bracketed passage offered to the rules: its content, what surrounds it, the document."""

    inner: str
    before: str
    read_after: Callable[[int | None], str]
    """The text after the bracket to the end of its block, or its first n characters."""
    doc: DocumentContext
    parse: Callable[[int, int], list[Inline]]
    """Parse a slice of `inner` (by character positions) into inline nodes."""
    parse_after: Callable[[int], list[Inline]]
    """Parse the first n characters of `after` into inline nodes."""
    offer: Callable[[BracketContext, BracketRule], Match | None] = lambda ctx, rule: None
    """Offer a bracket derived from this one (`[Name?]` without its `?`) to the rules after
    `rule`, as if the source had it: the first that claims it gives its match."""
    previous: str = ""
    """The character before the bracket (`]` after a bracket, `[` in a bracket printed twice),
    none at the start of the text."""
    source_before: str = ""
    """Up to 80 characters of the source before the bracket, earlier brackets as printed
    (`before` holds only the text since the last one read): `Yili [Ili] and Tacheng `."""
    after_quotation: bool = False
    """Whether a quotation stands just before the bracket, only spaces between (`“Ai’er
    famao” [sic]`): `before` then holds those spaces, the quotation is a node already."""
    node_before: Inline | None = None
    """What the text before the bracket ends on, read already, when only spaces stand between
    them (a name an earlier bracket made: `[Sergei] Kudriatsev [?]`)."""

    @property
    def before_and_quotation(self) -> str:
        """The text before the bracket, a quotation just before it included (`the "Open
        Letter" [Offener Brief]`: `before` holds only the space after the quotation)."""
        return self.source_before if self.after_quotation else self.before

    @property
    def glued_before(self) -> bool:
        """Whether the bracket follows a character that is not white space (`word[`, `][`):
        `before` holds only the text since the bracket or quotation before it."""
        return bool(self.previous) and not self.previous.isspace()

    @property
    def opens_line(self) -> bool:
        """Whether the bracket begins its line: a label alone names what follows only there
        (`[Handwritten] as` or `[handwritten]: …` in a sentence is the translator's remark)."""
        # (a page break the paragraph goes on over ends a line of the source too; the
        # source's text, which `before` is only since the last bracket or quotation read: `“…
        # in the Southern Cone” [o fantasma …]` does not begin its line)
        before = self.source_before or self.before
        line_start = max(before.rfind("\n"), before.rfind("\f")) + 1
        return not before[line_start:].strip() and not self.glued_before

    @property
    def ends_line(self) -> bool:
        """Whether nothing but white space follows the bracket on its line (a remark of a
        line of its own)."""
        return not self.rest_of_line.strip()

    @property
    def rest_of_line(self) -> str:
        """What follows the bracket on its line (read from the first 200 characters)."""
        return self.read_after(200).split("\n", 1)[0].split("\f", 1)[0]

    def part(self, start: int, end: int) -> BracketContext:
        """The same bracket with only `inner[start:end]` inside (neighbours unchanged)."""
        return BracketContext(
            self.inner[start:end], self.before, self.read_after, self.doc,
            lambda i, j: self.parse(start + i, start + j), self.parse_after, self.offer,
            previous=self.previous, source_before=self.source_before,
            after_quotation=self.after_quotation, node_before=self.node_before,
        )

    @cached_property
    def after(self) -> str:
        """The text after the bracket to the end of its block. Read when a rule asks: most
        need a character or a word of it, and a copy for each bracket of a long paragraph
        cost the square of its length."""
        return self.read_after(None)

    def after_start(self, size: int) -> str:
        """The first `size` characters of `after`, read alone."""
        return self.read_after(size)

    def capital_after(self) -> bool:
        """A word with a capital follows the bracket after a space (`[XXII] Congress`)."""
        after = self.after_start(2)
        return after[:1].isspace() and after[1:2].isupper()

    @cached_property
    def plain(self) -> str:
        """The content with its spaces and line breaks made single spaces (asked by every
        rule the bracket is offered to)."""
        return " ".join(self.inner.split())

    def children(self) -> list[Inline]:
        return self.parse(0, len(self.inner))


@dataclass
class Match:
    """A rule's reading of a bracket: its nodes, and what it takes from either side."""

    nodes: list[Inline]
    consume_before: int = 0
    consume_after: int = 0
    encloses_quotation: bool = False
    """The first node takes the quotation before the bracket as its first child (a rule says
    so only where `BracketContext.after_quotation`)."""
    replaces_node_before: bool = False
    """The nodes stand for `BracketContext.node_before` too, which they replace (`before`,
    only spaces, consumed)."""


class BracketRule(Protocol):
    """A rule reads brackets of one convention; its record says everything else about it."""

    @property
    def convention(self) -> Convention: ...

    def apply(self, ctx: BracketContext) -> Match | None: ...


@dataclass(frozen=True)
class Rule:
    """A built-in rule: the record of its convention and the function that reads brackets."""

    convention: Convention
    apply: Callable[[BracketContext], Match | None]


WordSpan = tuple[int, int, Intervention]
"""A run of words a word rule claims: start, end, and the element that holds them."""


# What a word rule makes of a text read whole (a quotation's, words in italics), if anything.
WholeReader = Callable[[str, DocumentContext], Intervention | None]


@dataclass(frozen=True)
class WordRule:
    """A rule that reads words of the running text outside brackets, not brackets: a term the
    translator left untranslated. It sits in the profile's rule table like the others, so that a
    profile can disable or move it and `editorialDecl` and the legend describe it."""

    convention: Convention
    read_words: Callable[[str, DocumentContext], list[WordSpan]]
    read_quotation: WholeReader | None = None
    """What the rule makes of a quotation's whole text (`“zakonnaya”`), if anything."""
    read_italics: WholeReader | None = None
    """What the rule makes of words set in italics (`*zud*`), if anything."""

    def apply(self, ctx: BracketContext) -> Match | None:
        return None  # it claims no bracket
