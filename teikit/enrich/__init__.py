"""Tag dates and names in a TEI document's ``text`` without changing a character of it.

``enrich`` works on the tree the converter built: it wraps date expressions in ``date`` with ISO
attributes, wraps every spelling the register knows in ``persName``/``placeName``/``orgName``
with ``@ref``, links the name elements the converter already made (``[Beijing]`` as
``placeName/reg``), and writes the entries used into ``standOff``.
"""

from __future__ import annotations

import dataclasses
import datetime

from lxml import etree

from teikit.dates import DateMatch, find_dates
from teikit.diagnostics import Diagnostic
from teikit.enrich.existing import date_existing_dates, link_existing_names
from teikit.enrich.mentions import MentionFinder, name_element
from teikit.enrich.standoff import referenced_ids, write_standoff
from teikit.enrich.textslots import Slot, Wrap, apply_wraps, open_slots
from teikit.enrich.word_breaks import breaks_lifted
from teikit.errors import Location
from teikit.names.register import Register
from teikit.spans import longest_disjoint
from teikit.xml import tei

__all__ = ["Enricher", "enrich"]


def enrich(
    tei_root: etree._Element,
    *,
    document_date: datetime.date | None,
    register: Register | None,
    source_name: str | None = None,
) -> list[Diagnostic]:
    """Tag dates and (with a register) names inside the document's ``text`` elements.

    ``document_date`` supplies the year of dates written without one; ``source_name`` names the
    document in diagnostics (default: the tree's URL). Only markup is added: the text content of
    the document is unchanged. Returns warnings for dates that could not be normalised.
    """
    where = source_name or tei_root.getroottree().docinfo.URL or "<document>"
    texts = _outermost_texts(tei_root)
    enricher = Enricher(document_date=document_date, register=register, where=where)
    for text_element in texts:
        enricher.link(text_element)
    for text_element in texts:
        enricher.wrap(text_element)
    if register is not None:
        used = {entry_id for entry_id in referenced_ids(texts) if register.get(entry_id)}
        write_standoff(tei_root, register, used)
    return enricher.diagnostics


class Enricher:
    """The two passes of `enrich` over parts of a document's text, one part at a time: `link`
    (existing names and dates), then `wrap` (new names and dates). A part is any subtree of
    the text whose ancestors hold no text to tag, such as one block of the body.

    The only thing a part's wrapping takes from the other parts is which register readings
    an existing name doubts (`cert="low"`), which then mark every mention of that reading:
    `survey` gathers them from all parts first when the parts are wrapped one at a time."""

    def __init__(self, *, document_date: datetime.date | None, register: Register | None,
                 where: str, finder: MentionFinder | None = None,
                 month_first: bool = False, word_breaks: bool = True) -> None:
        """`finder`: the register's, when the run made it already (`RegisterCache`);
        `month_first`: the document writes numeric dates month first (`teikit.dates`);
        `word_breaks`: whether its text may hold words broken at a line's end (a converter
        that counted none spares each part the walk that looks for them)."""
        self.document_date = document_date
        self.month_first = month_first
        self.word_breaks = word_breaks
        self.register = register
        self.where = where
        self.finder = finder or (MentionFinder(register) if register is not None else None)
        self.doubted: set[tuple[str, str]] = set()
        self.link_warnings: list[Diagnostic] = []
        self.wrap_warnings: list[Diagnostic] = []
        self.referenced: set[str] = set()
        """The register ids the wrapped parts point at (with a register only)."""

    @property
    def diagnostics(self) -> list[Diagnostic]:
        """The warnings of both passes, those of the first pass first."""
        return [*self.link_warnings, *self.wrap_warnings]

    def survey(self, part: etree._Element) -> None:
        """Only note the readings the part's existing names doubt."""
        if self.register is None:
            return
        for entry, spelling, name in link_existing_names(part, self.register):
            # (a name printed, then identified: the note doubts the identification)
            if name.get("cert") == "low" or name.find(_DOUBTED_READING) is not None:
                self.doubted.add((entry.id, spelling.text))

    def link(self, part: etree._Element) -> None:
        """Link the part's existing names to the register and date its existing dates."""
        with breaks_lifted(part, self.word_breaks):
            self._link(part)

    def wrap(self, part: etree._Element) -> None:
        """Wrap the dates and register names in the part's open text."""
        with breaks_lifted(part, self.word_breaks):
            self._wrap(part)

    def link_and_wrap(self, part: etree._Element) -> None:
        """`link`, then `wrap`, the part's word breaks lifted once for both."""
        with breaks_lifted(part, self.word_breaks):
            self._link(part)
            self._wrap(part)

    def _link(self, part: etree._Element) -> None:
        if self.register is not None:
            self.survey(part)
        for undated in date_existing_dates(part, self.document_date):
            self.link_warnings.append(
                _undated_warning(self.where, undated, "".join(undated.itertext())))

    def _wrap(self, part: etree._Element) -> None:
        for slot in list(open_slots(part)):
            container = slot.container
            chosen = longest_disjoint(_wraps_for(slot, self.finder, self.document_date,
                                             self.doubted, self.month_first))
            for wrap, element in zip(chosen, apply_wraps(slot, chosen), strict=True):
                if wrap.problem:
                    self.wrap_warnings.append(
                        _undated_warning(self.where, container, element.text or ""))
        if self.register is not None:
            self.referenced |= referenced_ids([part])


_FOUR_FIGURES = 4
# A name's identification in a bracket that its note doubts (`Li Zhongyan [Ri Jong-eon]*`).
_DOUBTED_READING = f"{tei('choice')}/{tei('reg')}[@cert='low']"


def _supplied_after(slot: Slot) -> etree._Element | None:
    """The translator's `supplied` right after the slot's text, holding text alone."""
    following = slot.owner[0] if slot.which == "text" and len(slot.owner) else (
        slot.owner.getnext() if slot.which == "tail" else None)
    if following is None or following.tag != tei("supplied") or len(following):
        return None
    return following


def supplied_year_after(slot: Slot) -> int | None:
    """The year the translator supplied right after the slot's text (`[1969]`, or its first
    figures: `[19]56`), if the text ends there."""
    following = _supplied_after(slot)
    if following is None:
        return None
    figures = (following.text or "").strip()
    if len(figures) == 2 and figures.isdigit():
        figures += (following.tail or "")[:2]  # `[19]56`
    if len(figures) != _FOUR_FIGURES or not figures.isdigit():
        return None
    return int(figures)


def _supplied_year_end(slot: Slot) -> str | None:
    """The last two figures of a year, supplied by the translator right after the slot's text
    that ends on its first two (`24.XI.19[60]`, `3 November 19[60]`)."""
    string = slot.string
    if len(string) < 2 or not string[-2:].isdigit() or (len(string) > 2 and string[-3].isdigit()):
        return None
    following = _supplied_after(slot)
    if following is None:
        return None
    figures = following.text or ""
    if len(figures) != 2 or not figures.isdigit() or (following.tail or "")[:1].isdigit():
        return None
    return figures


def _with_year_completed(matches: list[DateMatch], slot: Slot, document_date: datetime.date | None,
                         month_first: bool) -> list[DateMatch]:
    """The slot's dates, the last read with the year's figures the translator supplied after
    the text (`3 November 19[60]`: 3 November 1960, not 19 November), up to the text's end."""
    figures = _supplied_year_end(slot)
    if figures is None:
        return matches
    string = slot.string
    whole = find_dates(string + figures, reference=document_date, month_first=month_first)
    if not whole or whole[-1].end != len(string) + len(figures):
        return matches
    last = dataclasses.replace(whole[-1], end=len(string), text=string[whole[-1].start:])
    return [match for match in matches if match.end <= last.start] + [last]


def _undated_at_end(match: DateMatch, string: str) -> bool:
    """A date whose year the document's date gave (`cert`), ending the text."""
    return "cert" in match.value.tei_attributes() and not string[match.end:].strip()


def _outermost_texts(tei_root: etree._Element) -> list[etree._Element]:
    texts = [tei_root] if tei_root.tag == tei("text") else []
    texts += list(tei_root.iter(tei("text")))
    return [
        text
        for text in texts
        if not any(ancestor.tag == tei("text") for ancestor in text.iterancestors())
    ]


def _wraps_for(
    slot: Slot,
    finder: MentionFinder | None,
    document_date: datetime.date | None,
    doubted: set[tuple[str, str]],
    month_first: bool = False,
) -> list[Wrap]:
    """Candidate wraps for one text node: every date expression and register mention."""
    string = slot.string
    matches = find_dates(string, reference=document_date, month_first=month_first)
    if matches and matches[-1].end == len(string):
        matches = _with_year_completed(matches, slot, document_date, month_first)
    wraps = [
        Wrap(match.start, match.end, "date", match.value.tei_attributes(), match.problem)
        for match in matches
    ]
    year = (supplied_year_after(slot) if matches and _undated_at_end(matches[-1], string)
            else None)
    if year is not None:
        # `the 1st of September [1969]`: the year the translator supplied is the date's, as
        # certain as the translator is (the document's year, taken for it, is replaced)
        last = wraps[-1]
        attributes = {name: f"{year:04d}{value[4:]}" if value[:4].isdigit() else value
                      for name, value in last.attributes.items() if name != "cert"}
        wraps[-1] = Wrap(last.start, last.end, "date", attributes, last.problem)
    for mention in finder.find(string) if finder else []:
        attributes = {"ref": f"#{mention.entry.id}"}
        if mention.spelling.uncertain or (mention.entry.id, mention.spelling.text) in doubted:
            attributes["cert"] = "low"
        wraps.append(Wrap(mention.start, mention.end, name_element(mention.entry), attributes))
    return wraps


def _undated_warning(path: str, element: etree._Element, text: str) -> Diagnostic:
    return Diagnostic(
        "warning",
        "date-ambiguous",
        f"the date {text!r} cannot be normalised unambiguously; it has no @when",
        Location(path, element.sourceline),
    )
