"""One document of the site: convert (or read) it, validate it, render it, describe it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from teikit.errors import Location, TeikitError
from teikit.render import Renderer, RenderOptions
from teikit.site import paths
from teikit.site.citation import CITATION_FILES, citation_parts, write_citation_files
from teikit.site.edition import Edition
from teikit.site.mentions import add_contexts
from teikit.site.publish import publishable_tei
from teikit.site.records import DocumentRecord, read_record
from teikit.site.regions import fill, filters_html, person_labels
from teikit.site.sources import Source
from teikit.xml import RENDERING_INPUT

if TYPE_CHECKING:
    from teikit.batch import RunState
    from teikit.validate.schema_cache import SchemaCache

PAGE_OPTIONS = RenderOptions(
    home_href="index.html",
    persons_href="persons.html",
    places_href="places.html",
    orgs_href="organisations.html",
    conventions_href="conventions.html",
    search_href="search.html",
)


# Grammars compiled for one set of element names each (`teikit.validate.grammar_cache`) kept
# in memory by each worker. Documents go largest first, so those of one kind mostly come one
# after another; a grammar no longer kept is read back from the disk cache. Over 3,000
# documents of the corpus bench, a worker kept 53 MB with 4, 57 MB with 16, 67 MB with 128
# (the default), in the same time.
COMPILED_GRAMMARS = 8


@dataclass
class Outcome:
    """What happened to one source; `record` is None when it could not be published."""

    slug: str
    record: DocumentRecord | None
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    valid: bool | None = None  # None: not validated (no validator installed)


class BuildTools:
    """What the documents of one build share, loaded once by whoever builds them (the build,
    or each of its workers): the conversion's profile and reading context, the compiled
    schemas and the page renderer. A worker receives it empty (it pickles to the profile's
    name) and fills it."""

    def __init__(self, profile: str = "wilson") -> None:
        self.profile_name = profile

    @cached_property
    def conversion(self) -> RunState:
        from teikit.batch import RunState  # only when a source needs converting

        return RunState(self.profile_name)

    @cached_property
    def schemas(self) -> SchemaCache:
        # Imported here: the build's main process, which only stores outcomes, needs none.
        from teikit.validate.grammar_cache import COVERING_NAMES
        from teikit.validate.schema_cache import SchemaCache

        # A site's documents are mostly one profile's: one grammar for the names of all.
        return SchemaCache(entries=COMPILED_GRAMMARS, covering_names=COVERING_NAMES)

    @cached_property
    def renderer(self) -> Renderer:
        """The page renderer, with its compiled stylesheets."""
        return Renderer()

    def __reduce__(self) -> tuple[type[BuildTools], tuple[str]]:
        return BuildTools, (self.profile_name,)


def tei_bytes(source: Source, tools: BuildTools) -> tuple[bytes, list[str]]:
    """The TEI of a source: converted from a transcription, or the TEI file itself."""
    if source.kind == "tei":
        return source.path.read_bytes(), []
    from teikit.convert import convert_file  # imported only when a source needs it

    run = tools.conversion
    result = convert_file(source.path, profile=run.profile, meta_file=source.meta,
                          register=source.register, context=run.reading)
    return result.to_bytes(), [str(d) for d in result.diagnostics]


def validate(tei_path: Path, data: bytes, schemas: SchemaCache,
             tree: etree._ElementTree | None = None) -> tuple[bool | None, list[str]]:
    """Validate ``data``, named ``tei_path`` (relative xml-model hrefs resolve from there);
    ``tree``: its tree, if parsed already."""
    from teikit.validate import validate_file

    try:
        report = validate_file(tei_path, data=data, tree=tree, cache=schemas)
    except TeikitError as error:
        # A schema that cannot be had (say, offline) leaves the document unvalidated, not
        # unpublished: the build says so.
        return None, [f"{tei_path.name}: not validated: {error}"]
    messages = [
        f"{Location(str(tei_path), m.line, m.column)}: {m.severity}: {m.message} [{m.engine}]"
        for m in report.messages
    ]
    return report.valid, messages


def _parsed(data: bytes, tei_path: Path) -> etree._ElementTree | None:
    from teikit.validate.parsing import UnreadableDocument, parse_bytes

    try:
        return parse_bytes(data, str(tei_path))
    except UnreadableDocument:
        return None


# What a published document has in the site folder, beside `<slug>`.
PAGE_FILES = (".html", ".xml", *CITATION_FILES)

Citation = tuple[Edition, dt.date]
"""The edition and the day of access a page's citation names."""


def build_document(
    source: Source,
    site_dir: Path,
    tools: BuildTools | None = None,
    page_options: RenderOptions = PAGE_OPTIONS,
    citation: Citation | None = None,
) -> Outcome:
    """Write `<slug>.xml` and `<slug>.html` into the site; never raises for a bad source.
    `tools` are the build's (fresh ones, for the wilson profile, when none are given). With a
    `citation`, the page is written with it, and its .bib and .json beside it: they depend on
    nothing the rest of the site decides."""
    tools = tools or BuildTools()
    outcome = Outcome(source.slug, None)
    try:
        data, outcome.warnings = tei_bytes(source, tools)
        # A TEI source is validated where it is (its xml-model hrefs are relative to it); a
        # converted one under the name of its published copy.
        tei_path = source.path if source.kind == "tei" else \
            paths.inside(site_dir, f"{source.slug}.xml")
        # One parse for publishing, validating and rendering (the first two leave the tree as
        # it was); within validation's limits, or validation says why and the others parse
        # anew.
        tree = _parsed(data, tei_path)
        published, left_out = publishable_tei(data, tree)
        outcome.warnings.extend(f"{source.path}: warning: {note}" for note in left_out)
        outcome.valid, messages = validate(tei_path, data, tools.schemas, tree)
        (outcome.warnings if outcome.valid is not False else outcome.errors).extend(messages)
        if tree is None:
            tree = etree.ElementTree(etree.fromstring(data, RENDERING_INPUT))
        options = replace(page_options, tei_href=f"{source.slug}.xml")
        page = tools.renderer.render_page(tree, options=options, source=str(source.path))
        add_contexts(tree.getroot(), page.annotated.mentions)
        record = read_record(tree.getroot(), source.slug, page.annotated.mentions)
        # The search filters depend on the document only: the page is complete for the search
        # index as written here (the site fills the rest, which the index leaves out, later).
        html = fill(page.html, "filters", filters_html(record, person_labels(record)))
        cited = citation_parts(record, *citation) if citation is not None else None
        if cited is not None:
            html = fill(html, "cite", cited["cite"])
        # Written only once the page is rendered: a failed document leaves nothing behind.
        paths.write(site_dir, f"{source.slug}.xml", published)
        paths.write(site_dir, f"{source.slug}.html", html)
        if cited is not None:
            write_citation_files(site_dir, source.slug, cited)
        outcome.record = record
    except (TeikitError, etree.XMLSyntaxError, OSError) as error:
        outcome.errors.append(f"{source.path}: {error}")
    return outcome


@dataclass(frozen=True)
class BuildJob:
    """What every document of one build shares; picklable, for worker processes and Dask."""

    site_dir: Path
    profile: str = "wilson"
    page_options: RenderOptions = PAGE_OPTIONS
    citation: Citation | None = None
    tools: BuildTools = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "tools", BuildTools(self.profile))


def build_source(source: Source, job: BuildJob) -> Outcome:
    """The pipeline's task: one source's pages in the site folder, and what happened."""
    return build_document(source, job.site_dir, job.tools, job.page_options, job.citation)


def source_size(source: Source) -> int:
    try:
        return source.path.stat().st_size
    except OSError:
        return 0
