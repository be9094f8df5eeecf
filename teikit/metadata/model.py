"""The metadata of one document, from its page header, a sidecar file and CLI options.

Values are either given (by the header, sidecar or command line) or derived from given ones:
the author from an ``Author, 'Title'`` title, the ISO date from the printed date, the archive
identifiers from the citation. Derivation runs after merging, so a sidecar that corrects the
citation also corrects the identifiers, while a value given explicitly always wins.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

from teikit.diagnostics import Diagnostic
from teikit.errors import Location, MetadataError
from teikit.metadata import citation as cite
from teikit.metadata.authors import author_of
from teikit.metadata.credits import funders as funders_in
from teikit.metadata.header_fields import PageHeader
from teikit.metadata.languages import language_code, split_language_names, translation_language
from teikit.xml import check_value, id_part

WILSON_PUBLISHER = "Wilson Center Digital Archive"
_T = TypeVar("_T")

# Page-header label (normalised) → Metadata field.
HEADER_LABELS: dict[str, str] = {
    "citation": "citation", "summary": "summary", "summary_note": "summary_note",
    "credits": "credits",
    "original_language": "original_language", "contents": "contents", "source": "source",
    "record_id": "record_id", "type": "doc_type", "donors": "donors", "rights": "rights",
    "keywords": "keywords", "title": "title", "date": "date_text", "author": "author",
    "language": "original_language", "languages": "original_language",
    # (where the original lies, as the archive's own field names it, or a page labels it)
    "original_archive": "original_archive", "archive": "original_archive",
    # (the site's subjects and themes are its keywords where it gives no keywords field; so
    # are the events it files the document under)
    "subjects": "keywords", "themes": "keywords", "event": "keywords", "events": "keywords",
    # (`**Author(s):**`, as the site's newer pages label the author)
    "author_s": "author", "authors": "author",
}  # fmt: skip

_ISO_DATE = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


@dataclass(frozen=True)
class HandNote:
    """A distinct hand found in the text: ``id`` is its ``xml:id`` (``hand-1``)."""

    id: str
    description: str


@dataclass
class Metadata:
    """What the TEI header says of a document: page header, sidecar, options."""

    title: str | None = None
    author: str | None = None
    date_text: str | None = None
    date_when: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    date_cert: str | None = None
    """`medium` for a date printed as approximate (`circa 1951`)."""
    citation: str | None = None
    record_url: str | None = None
    record_id: str | None = None
    publisher: str | None = None
    repository: str | None = None
    archive_ids: dict[str, str] = field(default_factory=dict)
    archive_citation: str | None = None
    obtained_by: str | None = None
    summary: str | None = None
    summary_note: str | None = None
    """How the summary was written, as the archive says under it (by a language model)."""
    credits: str | None = None
    funders: list[str] = field(default_factory=list)
    original_language: str | None = None
    original_language_code: str | None = None
    translation_language: str | None = None
    contents: str | None = None
    source: str | None = None
    original_archive: str | None = None
    """Where the original lies, as its own field names it (`Original Archive:`, `Archive:`)."""
    doc_type: str | None = None
    donors: str | None = None
    rights: str | None = None
    keywords: list[str] = field(default_factory=list)
    translator: str | None = None
    # Where each value given by the page header stands, and where the header starts.
    locations: dict[str, Location] = field(default_factory=dict, repr=False, compare=False)
    header_line: int = field(default=1, repr=False, compare=False)
    # The page header's fields no TEI element holds (`**Associated Places:**`), where they are.
    unkept: tuple[tuple[str, Location], ...] = field(default=(), repr=False, compare=False)

    # --- builders ---------------------------------------------------------------------------

    @classmethod
    def from_page_header(cls, header: PageHeader, path: str) -> Metadata:
        return cls.from_sources(header, path=path)

    @classmethod
    def from_sources(
        cls, header: PageHeader | None, *overrides: Mapping[str, Any], path: str = "<stdin>"
    ) -> Metadata:
        """Merge the page header with overrides (sidecar, then CLI: later ones win), derive."""
        values: dict[str, Any] = {}
        locations: dict[str, Location] = {}
        if header is not None and header.found:
            values, locations = _header_values(header, path)
        for override in overrides:
            for name, value in override.items():
                if name not in METADATA_FIELDS:
                    raise MetadataError(f"unknown metadata field {name!r}", Location(path))
                if value is None:
                    continue
                values[name] = value
                locations.pop(name, None)
        header_line = header.start_line if header is not None else 1
        unkept = _unkept_fields(header, path) if header is not None else ()
        meta = cls(**values, locations=locations, header_line=header_line, unkept=unkept)
        meta._derive(wilson_page=header is not None and header.found)
        return meta

    def merged(self, *overrides: Mapping[str, Any]) -> Metadata:
        """A copy with the given values replaced (no re-derivation: values are taken as is)."""
        changes: dict[str, Any] = {}
        for override in overrides:
            changes.update({k: v for k, v in override.items() if v is not None})
        unknown = set(changes) - set(METADATA_FIELDS)
        if unknown:
            raise MetadataError(f"unknown metadata field(s): {', '.join(sorted(unknown))}")
        return replace(self, **changes)

    def _derive(self, *, wilson_page: bool) -> None:
        if self.author is None and self.title:
            self.author = author_of(self.title)
        if self.date_text and not (self.date_when or self.date_from or self.date_to):
            self._derive_date(self.date_text)
        references = [text for text in (self.citation, self.source, self.original_archive)
                      if text]
        self._derive_from_references(references)
        if self.publisher is None:
            printed = cite.find_publisher(self.citation) if self.citation else None
            self.publisher = printed or (WILSON_PUBLISHER if wilson_page else None)
        if not self.funders:
            named = [self.credits, self.donors]
            self.funders = _unique(name for text in named if text for name in funders_in(text))
        if self.original_language is None:
            # (no field names it: the source note may, `Translated from Portuguese by …`)
            self.original_language = _first(cite.translated_from(text) for text in references)
        if self.original_language and self.original_language_code is None:
            names = split_language_names(self.original_language)
            self.original_language_code = language_code(names[0]) if names else None
        if self.contents and self.translation_language is None:
            self.translation_language = translation_language(self.contents)

    def _derive_date(self, text: str) -> None:
        from teikit.dates import parse_date

        value = parse_date(text)
        if value is not None:
            self.date_when, self.date_from, self.date_to = value.when, value.from_, value.to
            self.date_cert = self.date_cert or value.cert

    def _derive_from_references(self, references: list[str]) -> None:
        if self.record_url is None:
            self.record_url = _first(cite.find_url(text) for text in references)
        if self.record_id is None and self.record_url:
            self.record_id = cite.record_id_from_url(self.record_url)
        archive = (_first(cite.parse_archive_reference(text) for text in references)
                   or _first(cite.named_archive(text) for text in references))
        if archive is not None:
            self.take_archive_reference(archive)
        if self.obtained_by is None:
            self.obtained_by = _first(cite.obtained_by(text) for text in references)
        if self.translator is None:
            self.translator = _first(cite.translator(text) for text in references)

    def take_archive_reference(self, archive: cite.ArchiveReference) -> None:
        """Where the original lies, as a reference gives it, for what no field said."""
        self.repository = self.repository or archive.repository
        self.archive_ids = self.archive_ids or dict(archive.ids)
        self.archive_citation = self.archive_citation or archive.printed

    # --- derived views ----------------------------------------------------------------------

    @property
    def xml_id(self) -> str | None:
        """``wcda-117422``: the archive's record number as an XML id."""
        if not self.record_id:
            return None
        return "wcda-" + id_part(self.record_id)

    @property
    def date_attributes(self) -> dict[str, str]:
        """The TEI attributes of the creation date: ``when``, or ``from``/``to``, with
        ``cert`` where the page prints the date as approximate."""
        found = {"when": self.date_when} if self.date_when else {
            k: v for k, v in (("from", self.date_from), ("to", self.date_to)) if v}
        if found and self.date_cert:
            found["cert"] = self.date_cert
        return found

    @property
    def reference_date(self) -> datetime.date | None:
        """The document date (first day of a month or year given alone), to place body dates."""
        for iso in (self.date_when, self.date_from, self.date_to):
            parsed = _iso_date(iso) if iso else None
            if parsed is not None:
                return parsed
        return None

    # --- checks -----------------------------------------------------------------------------

    def _check_characters(self, path: str) -> None:
        """A value from a sidecar or the command line that XML cannot hold is an error naming
        its field (values from the page were checked where they stand in the file)."""
        for name in METADATA_FIELDS:
            value = getattr(self, name)
            values = value.values() if isinstance(value, dict) else (
                value if isinstance(value, list) else [value])
            for item in values:
                if isinstance(item, str):
                    check_value(item, f"metadata field {name!r}",
                                self.locations.get(name, Location(path)))

    def check(self, path: str) -> list[Diagnostic]:
        """Raise `MetadataError` for a missing title or date, located where it should be.

        A date that is printed but cannot be normalised (`ca. 1950`, `Undated`) is kept as
        printed, without ISO attributes; the returned warning says so."""
        header = Location(path, self.header_line, 1)
        self._check_characters(path)
        if not self.title:
            raise MetadataError(
                "missing required field 'title': the page has no header (a bold date line, "
                "then a bold title line, at its top; a title in bold without a date over it "
                "is not read as one) (give 'title', and the date if the page prints none, in "
                "a sidecar file or on the command line)",
                header,
            )
        for name in ("date_when", "date_from", "date_to"):
            value = getattr(self, name)
            if value and _iso_date(value) is None:
                raise MetadataError(
                    f"{name} {value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)",
                    self.locations.get(name, Location(path)),
                )
        unkept = [Diagnostic(
            "warning", "header",
            f"the page header's field {label.replace('_', ' ')!r} is kept in no TEI element "
            "(give its value in a sidecar file under a field teikit knows, or leave it out)",
            location) for label, location in self.unkept]
        if self.date_attributes:
            return unkept
        if self.date_text:
            return [*unkept, Diagnostic(
                "warning", "date",
                f"the date {self.date_text!r} cannot be read as a date: kept as printed, "
                "without ISO attributes (give 'date_when' as YYYY-MM-DD in a sidecar file or on "
                "the command line)",
                self.locations.get("date_text", header),
            )]
        raise MetadataError(
            "missing required field 'date': the page header has no bold date line "
            "(give 'date_text' or 'date_when' in a sidecar file or on the command line)",
            header,
        )


METADATA_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Metadata) if f.name not in {"locations", "header_line", "unkept"}
)
# The site's own fields, of its page and not of the document (when it was uploaded).
_SITE_ONLY_LABELS = frozenset({"original_uploaded_date"})


def _unkept_fields(header: PageHeader, path: str) -> tuple[tuple[str, Location], ...]:
    """The header's fields with a value that no metadata field takes, where they stand."""
    return tuple((label, Location(path, found.line, found.column))
                 for label, found in header.fields.items()
                 if label not in HEADER_LABELS and label not in _SITE_ONLY_LABELS
                 and found.value)


def _header_values(header: PageHeader, path: str) -> tuple[dict[str, Any], dict[str, Location]]:
    values: dict[str, Any] = {}
    locations: dict[str, Location] = {}
    given = [("date_text", header.date_text), ("title", header.title)]
    given += [
        (HEADER_LABELS[label], value)
        for label, value in header.fields.items()
        if label in HEADER_LABELS
    ]
    for name, found in given:
        if found is not None and found.value and name == "keywords" and name in values:
            values[name] += f"; {found.value}"  # (keywords, subjects, events: one list)
            continue
        # The bold date and title lines come first and win over a "Title:" field.
        if found is None or not found.value or name in values:
            continue
        values[name] = found.value
        locations[name] = Location(path, found.line, found.column)
    if "keywords" in values:
        values["keywords"] = [k.strip() for k in re.split(r"[;,]", values["keywords"]) if k.strip()]
    return values, locations


def _iso_date(value: str) -> datetime.date | None:
    match = _ISO_DATE.match(value)
    if match is None:
        return None
    try:
        return datetime.date(int(match["year"]), int(match["month"] or 1), int(match["day"] or 1))
    except ValueError:
        return None


def _first(candidates: Iterable[_T | None]) -> _T | None:
    return next((c for c in candidates if c is not None), None)


def _unique(items: Iterable[str]) -> list[str]:
    """The items in order, each once."""
    return list(dict.fromkeys(items))
