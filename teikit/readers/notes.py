"""Join note texts to their markers.

An asterisk note (`[Li Kuo Nyn]\\*` … `\\* The writing … is possibly inaccurate.`) moves to its
marker when its text directly follows the marker's block, as the house encoding asks; a note
that says the spelling is uncertain flags the name it follows (`cert="low"`), and later mentions
of that name too. A numbered note (`[1]`) keeps its place and the marker points to it.
A marker without a note, or a note without a marker, gets a warning and stays as it was.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Callable, Iterator

from teikit import templates
from teikit.diagnostics import Diagnostic
from teikit.errors import Location
from teikit.model import (
    Block,
    BlockQuote,
    Body,
    Inline,
    Intervention,
    LineBreak,
    NoteText,
    PageBreak,
    Paragraph,
    Table,
    Text,
    Transmitted,
    block_inlines,
    splice_text,
    starred,
)
from teikit.offices import ORGANISATION_WORDS, PERSON_TITLES
from teikit.rules.base import NAME_TAGS, TRANSLATOR
from teikit.rules.note_anchor import ASCII_FIGURES

# (said of a name's reading in other words: `given uncertainly`, `has not been verified`, `is
# approximate`, `could not be established`; or the reading is the translator's own, made from
# another script: `reconstructed from the Chinese characters`, `their reading is the
# translator's`)
UNCERTAIN = re.compile(r"(?i)\b(?:inaccurate|uncertain(?:ly|ty)?|unclear|not (?:certain|clear)|"
                       r"doubtful|"
                       r"possibly|probabl[ey]|presumably|perhaps|may be (?:wrong|incorrect)|"
                       r"unverified|unconfirmed|"
                       # (`* The name is not clearly legible in the original telegram.`)
                       r"(?:not (?:clearly |fully |easily )?|barely |hardly |partly )"
                       r"(?:legible|readable)|illegible|indistinct|"
                       r"not (?:been )?(?:further |fully |yet )?"
                       r"(?:verified|confirmed|established|identified)|"
                       r"approximate(?:ly)?|"
                       r"tentative(?:ly)?|conjectural|could not be (?:verified|established|"
                       r"confirmed|checked|identified)|reconstructed|"
                       r"(?:reading|spelling|transcription) is the translator['’]s|"
                       # (`** Name as given in the original.`: the original's spelling kept,
                       # which nobody could check)
                       r"(?:names?|spellings?) as (?:given|spelled|written|printed) in the "
                       r"original)\b")


def blocks_in_order(body: Body) -> Iterator[tuple[list[Block], Block]]:
    """(container, block) for every block of the body in order (a head's container: none),
    the blocks of a transmitted document where it stands (its note markers are the text's
    too: one whose note the page lacks goes back to text there as anywhere)."""
    yield from _contained(body.opener)
    if body.head is not None:
        yield [], body.head
    yield from _contained(body.under_head)
    for section in body.sections:
        if section.head is not None:
            yield [], section.head
        yield from _contained(section.blocks)
    yield from _contained(body.closer)
    yield from _contained(body.postscript)


def _contained(container: list[Block]) -> Iterator[tuple[list[Block], Block]]:
    for block in container:
        if isinstance(block, Transmitted):
            yield from blocks_in_order(block.body)
        else:
            yield container, block


def walk(nodes: list[Inline]) -> Iterator[tuple[list[Inline], Intervention]]:
    """Every intervention in `nodes` and below, with the list that holds it."""
    return ((parent, node) for parent, _, node in _walk_placed(nodes))


def _walk_placed(nodes: list[Inline]) -> Iterator[tuple[list[Inline], int, Intervention]]:
    """`walk`, with each node's index in its list: the joiner puts nodes in the place of
    others, never inserts or removes, so the index stays right."""
    for index, node in enumerate(nodes):
        if isinstance(node, Intervention):
            yield nodes, index, node
            yield from _walk_placed(node.children)


def plain_text(nodes: list[Inline]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, Text):
            out.append(node.value)
        elif isinstance(node, Intervention):
            out.append(plain_text(node.children))
        elif isinstance(node, LineBreak | PageBreak):
            out.append(" ")  # `Li Kuo` / `Nyn` wrapped over two lines: the name's words apart
    return re.sub(r"\s+", " ", "".join(out)).strip()


# A marker in the text: its block's position, the list that holds it and its index there.
_Marker = tuple[int, list[Inline], int, Intervention]
# A note's text: its block's position, the list of blocks that holds it.
_Note = tuple[int, list[Block], NoteText]


class _Joiner:
    """Markers and notes are paired by where they stand, never by comparing them: two
    markers or notes alike are still two (and comparing every one with the others cost the
    square of their number)."""

    def __init__(self, body: Body, locate: Callable[[int], Location],
                 locate_offset: Callable[[int], Location],
                 used_ids: set[str] | None = None) -> None:
        self.body = body
        self.locate = locate
        self.locate_offset = locate_offset
        # The blocks alone, and containers only for the notes (which are moved out of them):
        # a pair per block would cost a long file more than its blocks' text.
        self.order: list[Block] = []
        self.notes: list[_Note] = []
        self.diagnostics: list[Diagnostic] = []
        self.anchors: list[_Marker] = []
        self.refs: list[_Marker] = []
        for position, (container, block) in enumerate(blocks_in_order(body)):
            self.order.append(block)
            if isinstance(block, NoteText):
                self.notes.append((position, container, block))
            for inlines in block_inlines(block):
                for parent, index, node in _walk_placed(inlines):
                    if node.tag == "anchor":
                        self.anchors.append((position, parent, index, node))
                    elif node.tag == "ref" and node.attrs.get("type") == "noteAnchor":
                        self.refs.append((position, parent, index, node))
        self.used_ids: set[str] = set() if used_ids is None else used_ids
        self.last_suffix: dict[str, int] = {}
        self.names = 0
        self.unbracketed_names: list[tuple[list[Inline], Text, str, Intervention]] = []
        """The names a doubting note's marker follows that no bracket made an element: the
        list holding the text that ends on one, that text, the text before the name, and the
        name's element."""

    def warn(self, line: int, message: str) -> None:
        self.diagnostics.append(Diagnostic("warning", "note", message, self.locate(line)))

    def warn_at(self, node: Intervention, message: str) -> None:
        where = self.locate_offset(node.offset) if node.offset is not None else None
        self.diagnostics.append(Diagnostic("warning", "note", message, where))

    def new_id(self, base: str) -> str:
        """`base`, else `base-2`, `base-3` … the first not used. The number is looked for from
        where the last search for `base` ended (the ids before it are taken for good): from 1
        each time, thousands of notes with one base cost the square of their number."""
        count = self.last_suffix.get(base, 1)
        candidate = base if count == 1 else f"{base}-{count}"
        while candidate in self.used_ids:
            count += 1
            candidate = f"{base}-{count}"
        self.used_ids.add(candidate)
        self.last_suffix[base] = count
        return candidate

    def asterisks(self) -> None:
        """Each `*` note takes a marker before it not yet taken: of the nearest block with
        such markers, the first (`A* … B*` then `* a`, `* b`: a to A, b to B). A note of two
        stars (`** …`) takes a marker of two, and so on."""
        # For each block, the position of the first block after it that is not a starred
        # note: a marker's paragraph is followed by such notes alone up to the note at hand
        # when that is at or after it. (A numbered note between stays a block of its own
        # there, and the star's note, written after its marker's paragraph, would come back
        # before it: `A*` / `[1] …` / `* …` is an endnote's order.)
        other_after = [len(self.order)] * len(self.order)
        for position in range(len(self.order) - 2, -1, -1):
            following_block = self.order[position + 1]
            other_after[position] = other_after[position + 1] if isinstance(
                following_block, NoteText) and starred(following_block.marker) else position + 1
        moved: dict[int, list[Block]] = {}  # the notes moved to their marker → their list
        markers = {note.marker for _, _, note in self.notes if starred(note.marker)}
        markers.update(anchor[3].attrs["n"] for anchor in self.anchors)
        for marker in sorted(markers, key=len):
            self._pair_stars(marker, other_after, moved)
        containers = {id(container): container for container in moved.values()}
        for container in containers.values():
            container[:] = [block for block in container if id(block) not in moved]

    def _pair_stars(self, marker: str, other_after: list[int],
                    moved: dict[int, list[Block]]) -> None:
        """The notes and markers of `marker` (`*`, `**`) paired; its markers left over are
        text again."""
        later = (anchor for anchor in self.anchors if anchor[3].attrs["n"] == marker)
        following = next(later, None)
        # The markers before the note at hand not yet taken, by block, in document order.
        free: list[deque[_Marker]] = []
        notes = [entry for entry in self.notes if entry[2].marker == marker]
        # The last note paired, and where it was moved to (None: it stands where printed).
        last: tuple[NoteText, Intervention | None] | None = None
        for count, (position, container, note) in enumerate(notes):
            while following is not None and following[0] < position:
                if free and free[-1][0][0] == following[0]:
                    free[-1].append(following)
                else:
                    free.append(deque([following]))
                following = next(later, None)
            if not free:
                self.warn(note.line, f"note '{marker}' has no marker in the text before it")
                continue
            waiting = sum(map(len, free))
            if waiting > len(notes) - count:
                # More markers than notes left to take them: a name marked each time it is
                # mentioned (`[Li Kuo Nyn]*` twice, one note), which the note shares.
                mentions: list[_Marker] = []
                for _ in range(waiting - (len(notes) - count) + 1):
                    mentions.append(free[0].popleft())
                    if not free[0]:
                        free.pop(0)
                taken = self._share(mentions, note, position, other_after, marker)
                if taken is not None:
                    moved[id(note)] = container
                last = (note, taken)
                continue
            anchor = free[-1].popleft()
            if not free[-1]:
                free.pop()
            # (a cell's and a quoted paragraph's too)
            in_paragraph = isinstance(self.order[anchor[0]], Paragraph | Table | BlockQuote)
            if in_paragraph and other_after[anchor[0]] >= position:
                last = (note, self._move(anchor, note))
                moved[id(note)] = container
            else:
                self._refer([anchor], note, marker)
                last = (note, None)
        after_the_notes = [*([following] if following else []), *later]
        if (last is not None and after_the_notes
                and UNCERTAIN.search(plain_text(last[0].inlines))):
            # (`[Wang Lin]*` after the note `* The transcription of … names is possibly
            # inaccurate.`, which an earlier `[Dashdondog]*` took: a note doubting names'
            # spellings is every starred name's, a later one's too)
            self._refer_back(after_the_notes, *last, marker)
            after_the_notes = []
        left = [anchor for block in free for anchor in block]
        for _, parent, index, node in [*left, *after_the_notes]:
            self.warn_at(node, "an asterisk marker has no note text (kept as text)")
            parent[index] = Text(node.rend or marker)

    def _share(self, mentions: list[_Marker], note: NoteText, position: int,
               other_after: list[int], marker: str) -> Intervention | None:
        """The first mention takes the note (moved to it where it may be, as one marker's
        is), the others point to it; the note as moved, if it was."""
        first = mentions[0]
        if not (isinstance(self.order[first[0]], Paragraph | Table | BlockQuote)
                and other_after[first[0]] >= position):
            self._refer(mentions, note, marker)
            return None
        placed = self._move(first, note, identified=True)
        self._point_to_placed(mentions[1:], placed, note, marker)
        return placed

    def _point_to_placed(self, mentions: list[_Marker], placed: Intervention, note: NoteText,
                         marker: str) -> None:
        """Each of `mentions` a reference to the note `placed` at another marker (given an id
        if it had none)."""
        if "xml:id" not in placed.attrs:
            placed.attrs = {"xml:id": self.new_id("note-star"), **placed.attrs}
        doubted = self._point(mentions, placed.attrs["xml:id"], note, marker)
        if doubted and "target" in placed.attrs:
            # (every name the note doubts: `#name-1 #name-2`)
            placed.attrs = {**placed.attrs, "target": " ".join([placed.attrs["target"], *doubted])}

    def _refer_back(self, mentions: list[_Marker], note: NoteText, placed: Intervention | None,
                    marker: str) -> None:
        """Markers after every note of theirs: references to the last `note` (`placed` where
        it was moved to its marker)."""
        if placed is not None:
            self._point_to_placed(mentions, placed, note, marker)
        elif note.xml_id:
            self._point(mentions, note.xml_id, note, marker)
        else:
            self._refer(mentions, note, marker)

    def _refer(self, mentions: list[_Marker], note: NoteText, marker: str) -> None:
        """The note left where it stands, each of its markers a reference to it (the name
        before each doubted, if the note says so)."""
        note.xml_id = self.new_id("note-star")
        self._point(mentions, note.xml_id, note, marker)

    def _point(self, mentions: list[_Marker], note_id: str, note: NoteText,
               marker: str) -> list[str]:
        """Each marker a reference to the note `note_id` (the name before it doubted, if the
        note says so); the references to the names doubted."""
        doubted = []
        for anchor in mentions:
            name_id = self._doubt_name(anchor, note)
            if name_id is not None:
                doubted.append(f"#{name_id}")
            ref = Intervention("ref", {"type": "noteAnchor", "n": marker,
                                       "target": f"#{note_id}"},
                               [Text(anchor[3].rend or marker)], None, "{}")
            anchor[1][anchor[2]] = ref
        return doubted

    def _doubt_name(self, anchor: _Marker, note: NoteText) -> str | None:
        """When the note says the spelling of the name its marker follows is uncertain
        (`[Li Kuo Nyn]*` / `* The writing of the Chinese names is possibly inaccurate.`),
        the name's `cert="low"` and its new id."""
        _, parent, index, _ = anchor
        named = parent[index - 1] if index > 0 else None
        said = plain_text(note.inlines)
        if not UNCERTAIN.search(said):
            return None
        if isinstance(named, Text):
            # `Mr. Calderón Iturbe*`: the name the marker follows, printed without brackets
            # (made an element once every marker is placed: the markers' places are indexes)
            split = _name_at_end(named)
            if split is None:
                return None
            self.unbracketed_names.append((parent, named, *split))
            named = split[1]
        if not (isinstance(named, Intervention) and named.tag in NAME_TAGS):
            return None
        self.names += 1
        name_id = self.new_id(f"name-{self.names}")
        named.attrs = {"xml:id": name_id, **named.attrs}
        _doubt(named, supplied_doubted=_SUPPLIED_PART.search(said) is not None)
        return name_id

    def _move(self, anchor: _Marker, note: NoteText, identified: bool = False) -> Intervention:
        """The note set at its marker (returned); `identified`: with an id, which other
        markers of it point to."""
        _, parent, index, marker = anchor
        attrs = {"type": "editorial", "place": "foot", "n": note.marker, "resp": TRANSLATOR}
        note_id = self.new_id("note-star") if identified else ""
        if note_id:
            attrs = {"xml:id": note_id, **attrs}
        name_id = self._doubt_name(anchor, note)
        if name_id is not None:
            attrs["target"] = f"#{name_id}"
        content = note.inlines  # the same list: markers inside it are resolved later
        if content and isinstance(content[0], Text):
            content[0] = Text(content[0].value.lstrip())
        # (the marker's stars where they are not the one star: `**`; a Markdown escape before
        # a star, `\*`, is no part of the marker)
        stars = marker.attrs["n"]
        printed = stars if stars != "*" else None
        placed = Intervention("note", attrs, content, "footnote", printed)
        parent[index] = placed
        return placed

    def numbered(self) -> None:
        """Each `[n]` marker takes the first note n after it not yet taken, else the first
        note n."""
        by_marker: dict[str, tuple[list[int], list[_Note]]] = {}
        for entry in self.notes:
            if not starred(entry[2].marker):
                positions, entries = by_marker.setdefault(entry[2].marker, ([], []))
                positions.append(entry[0])
                entries.append(entry)
        taken: set[int] = set()
        for position, parent, index, ref in self.refs:
            number = ref.attrs["n"]
            positions, same = by_marker.get(number, ([], []))
            if not same:
                opening, _, closing = templates.split(ref.rend or "[{}]")  # (`{}`, `[^{}]`)
                self.warn_at(ref, f"note marker [{opening.lstrip('[')}{number}] has no note "
                             "text (kept as text)")
                parent[index] = Text(f"{opening}{plain_text(ref.children)}{closing}")
                continue
            after = bisect.bisect_right(positions, position)
            at = after if after < len(same) else 0
            chosen = same[at][2]
            del positions[at], same[at]
            taken.add(id(chosen))
            chosen.xml_id = self.new_id(f"note-{number.translate(ASCII_FIGURES)}")
            ref.attrs = {**ref.attrs, "target": f"#{chosen.xml_id}"}
        for _, _, note in self.notes:
            if not starred(note.marker) and id(note) not in taken:
                self.warn(note.line, f"note [{note.marker}] has no marker in the text")

    def name_unbracketed_names(self) -> None:
        """The text that ends on a doubted name, parted into the text before it and the name;
        then the name's later mentions in the text, doubted too (`Mr. Calderón Iturbe*`, later
        `According to the same Calderón Iturbe`)."""
        # (each parent rebuilt once: a paragraph of many doubted names was searched again for
        # each, its time growing with the square of their number)
        parts: dict[int, tuple[list[Inline], dict[int, list[Inline]]]] = {}
        for parent, text, before, name in self.unbracketed_names:
            _, replaced = parts.setdefault(id(parent), (parent, {}))
            replaced[id(text)] = [Text(before), name] if before else [name]
        for parent, replaced in parts.values():
            parent[:] = [part for node in parent for part in replaced.get(id(node), [node])]
        self._doubt_later_mentions()

    def _doubt_later_mentions(self) -> None:
        """The plain mentions of each doubted unbracketed name from its paragraph on, each made
        the name's element, doubted (without the id the note points to): one walk of the
        text, whatever the names."""
        if not self.unbracketed_names:
            return  # (most documents: every doubted name is a bracket's)
        named = {id(name) for *_, name in self.unbracketed_names}
        tags: dict[str, str] = {}
        mention: re.Pattern[str] | None = None
        for _, block in blocks_in_order(self.body):
            for inlines in block_inlines(block):
                known = len(tags)
                for _, node in walk(inlines):
                    if id(node) in named:
                        tags.setdefault(plain_text(node.children), node.tag)
                if len(tags) != known:
                    readings = "|".join(map(re.escape, sorted(tags, key=len, reverse=True)))
                    mention = re.compile(rf"(?<![\w-])(?:{readings})(?![\w-])")
                if mention is None:
                    continue
                for index in reversed(range(len(inlines))):
                    plain = inlines[index]
                    if isinstance(plain, Text) and mention.search(plain.value) is not None:
                        inlines[index : index + 1] = splice_text(plain.value, (
                            (found.start(), found.end(), Intervention(
                                tags[found.group()], {"cert": "low"}, [Text(found.group())]))
                            for found in mention.finditer(plain.value)))

    def uncertain_mentions(self) -> None:
        uncertain: set[str] = set()
        for _, block in blocks_in_order(self.body):
            for inlines in block_inlines(block):
                for _, node in walk(inlines):
                    if node.tag not in NAME_TAGS:
                        continue
                    readings = _readings(node)
                    if _doubted(node):
                        uncertain.update(readings)
                        uncertain.update(_family_names(readings))
                    elif not uncertain.isdisjoint(readings):
                        _doubt(node)


# The capitalised words of a name that end a text, glued to the marker after them (`Mr.
# Calderón Iturbe`, `Santa María`); a particle between them (`Aguirre del Cristo`).
# (its initials first: `Comrade S. Tüvshinjargal*`)
_NAME_AT_END = re.compile(r"(?:(?<=\s)|^)((?:[A-ZÀ-Þ]\.\s*)*"
                          r"(?:[A-ZÀ-Þ][\w’'-]*\s+(?:(?:de|del|da|van|von|la)\s+)?)"
                          r"{0,3}[A-ZÀ-Þ][\w’'-]*)$")
# The words a sentence opens with before a name, which are none of its words, and the ranks
# the titles (`offices.PERSON_TITLES`, asked beside them) leave out (`Major Nguyen Van Tho*`).
_BEFORE_A_NAME = frozenset("The A An In At On Of And To By For From With According As "
                           "Gen Major Commander".split())
# The titles that make the name after them a person's.
_PERSON_TITLES = re.compile(r"(?:Mr|Mrs|Ms|Dr|Cde|Comrade|General|Gen|Colonel|Minister|Major|"
                            r"Captain|Lieutenant|Commander|Admiral|Marshal|Comandante)\.?\s+$")


def _acronym_before_a_name(words: list[str]) -> bool:
    """The first word an acronym in capitals (`DPRK`), the name's words after it not."""
    return (len(words) > 1 and len(words[0]) > 1 and words[0].isalpha() and words[0].isupper()
            and not any(word.isupper() for word in words[1:]))


def _name_at_end(text: Text) -> tuple[str, Intervention] | None:
    """The name `text` ends on, glued to the marker after it, as an element, and the text
    before it; None if it ends on none."""
    found = _NAME_AT_END.search(text.value)
    if found is None:
        return None
    words = found.group(1).split()
    while words and (words[0].rstrip(".") in _BEFORE_A_NAME
                     or words[0].lower().rstrip(".") in PERSON_TITLES
                     or words[0].lower() in ORGANISATION_WORDS
                     or _acronym_before_a_name(words)):
        # (`the 6th Division Pang Ho San*`: the body's word, no name's; `the Red Cross
        # Society of the DPRK Kim Ung Gi*`: the country's letters)
        words.pop(0)
    if not words:
        return None
    name = " ".join(words)
    start = text.value.rindex(name)
    before = text.value[:start]
    tag = "persName" if _PERSON_TITLES.search(before) else "name"
    return before, Intervention(tag, {}, [Text(name)])


# The elements that hold a name's reading the translator gave in brackets.
_BRACKETED_READINGS = frozenset({"supplied", "reg"})


def _identified_reading(name: Intervention) -> Intervention | None:
    """The translator's reading of a name printed otherwise (`Li Zhongyan [Ri Jong-eon]`: the
    `reg` of the name's choice)."""
    if len(name.children) != 1:
        return None
    choice = name.children[0]
    if not (isinstance(choice, Intervention) and choice.tag == "choice"):
        return None
    return next((child for child in choice.children
                 if isinstance(child, Intervention) and child.tag == "reg"), None)


def _doubt(name: Intervention, supplied_doubted: bool = False) -> None:
    """`cert="low"` on the reading doubted: a name printed, then identified in a bracket, is
    printed as it is, and the note doubts the translator's reading (`Li Zhongyan [Ri
    Jong-eon]*` / `* The Korean name … could not be verified.`); the part the translator
    supplied, where the note says so (`Counsellor Ma [Xusheng]*` / `* The given name … is not
    in the original; it is supplied by the translator … and may be inaccurate.`); else the
    name."""
    supplied = _supplied_part(name) if supplied_doubted else None
    reading = supplied or _identified_reading(name) or name
    reading.attrs = {**reading.attrs, "cert": "low"}


def _doubted(name: Intervention) -> bool:
    return any(reading is not None and reading.attrs.get("cert") == "low"
               for reading in (name, _identified_reading(name), *_supplied_parts(name)))


def _supplied_part(name: Intervention) -> Intervention | None:
    """The first part of the name the translator supplied (`Ma [Xusheng]`: the `supplied`)."""
    return next(_supplied_parts(name), None)


def _supplied_parts(name: Intervention) -> Iterator[Intervention]:
    return (child for child in name.children
            if isinstance(child, Intervention) and child.tag == "supplied")


# A note saying the doubted part of the name is the translator's own (`supplied by the
# translator`, `not in the original`).
_SUPPLIED_PART = re.compile(r"(?i)\bsupplied\b|\bnot in the original\b")


def _family_names(readings: set[str]) -> set[str]:
    """The later words of each reading of two or more (`[José Miró Cardona]*`, later `[Miró
    Cardona]`; `[Issa Pliyev]*`, later `[Pliyev]`: the family names, named alone, spelt as
    doubted)."""
    return {" ".join(words[1:]) for words in map(str.split, readings) if len(words) >= 2}


def _readings(name: Intervention) -> set[str]:
    """The name's text, and the bracket's within it (`D. [Tumur-Ochir]*`, later `[Tumur-Ochir]`:
    the reading the note doubts is the bracket's)."""
    readings = {plain_text(name.children)}
    readings.update(plain_text(child.children) for child in name.children
                    if isinstance(child, Intervention) and child.tag in _BRACKETED_READINGS)
    identified = _identified_reading(name)
    if identified is not None:
        readings.add(plain_text(identified.children))
    return readings


def join_notes(body: Body, locate: Callable[[int], Location],
               locate_offset: Callable[[int], Location],
               used_ids: set[str] | None = None) -> list[Diagnostic]:
    """Join notes to markers; `locate` turns a line, `locate_offset` a file offset into a
    location for the warnings; `used_ids`, the ids another text of the document took (an
    original's notes beside its translation's), which this one's notes do not take."""
    joiner = _Joiner(body, locate, locate_offset, used_ids)
    joiner.asterisks()
    joiner.numbered()
    joiner.name_unbracketed_names()
    joiner.uncertain_mentions()
    return joiner.diagnostics
