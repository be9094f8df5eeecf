"""`teikit build`: a static edition site from a folder of sources.

    report = build_site([Path("editions")], Path("site"), jobs=2)

Only sources whose content changed are converted and rendered again (content hash); the
collection pages are written every time. Nothing is written outside the site folder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path

from teikit.errors import TeikitError
from teikit.render import RenderOptions
from teikit.site import manifest, paths
from teikit.site.document import PAGE_OPTIONS, Outcome, build_document
from teikit.site.duplicates import drop_same_content, same_identifier
from teikit.site.edition import Edition, find_edition_file, load_edition
from teikit.site.finish import finish_site
from teikit.site.paths import OutsideSiteError
from teikit.site.records import DocumentRecord
from teikit.site.sources import Source, discover

Progress = Callable[[int, int, str], None]

__all__ = [
    "BuildReport",
    "Edition",
    "Outcome",
    "OutputInSourceError",
    "Source",
    "build_site",
    "check_site_folder",
    "discover",
]


@dataclass
class BuildReport:
    site_dir: Path
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # duplicates, the search index

    remembered: list[Outcome] = field(default_factory=list)  # unchanged, verdict from before

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.record is None]

    @property
    def invalid(self) -> list[Outcome]:
        """Published documents found invalid, now or (unchanged since) in an earlier build;
        a document that failed is counted among the failed only."""
        return [o for o in [*self.outcomes, *self.remembered]
                if o.valid is False and o.record is not None]


    @property
    def invalid_remembered(self) -> list[Outcome]:
        return [o for o in self.remembered if o.valid is False]


class OutputInSourceError(TeikitError):
    """The site folder is, or is inside, a source folder: the next build would publish the
    site's own pages as new documents."""


def check_site_folder(inputs: list[Path], site_dir: Path) -> None:
    site = site_dir.resolve()
    for given in inputs:
        folder = given.resolve() if given.is_dir() else given.resolve().parent
        if site == folder or folder in site.parents:
            raise OutputInSourceError(
                f"the site folder {site_dir} is inside the source folder {folder}: choose "
                "an output folder outside the sources")


def _load_profile(profile: str) -> object | None:
    from teikit.profiles import load_profile  # only when a build converts something

    return load_profile(profile)


def build_site(
    inputs: list[Path],
    site_dir: Path,
    *,
    jobs: int = 1,
    profile: str = "wilson",
    title: str = "Edition",
    edition: Edition | None = None,
    search: bool = True,
    progress: Progress | None = None,
) -> BuildReport:
    check_site_folder(inputs, site_dir)
    report = BuildReport(site_dir)
    sources, report.notices = drop_same_content(discover(inputs))
    edition = edition or _edition(inputs, title)
    page_options = replace(PAGE_OPTIONS, edition_title=edition.title)
    site_dir.mkdir(parents=True, exist_ok=True)
    entries = manifest.load(site_dir)
    salt = manifest.toolkit_fingerprint(profile)
    records: dict[str, DocumentRecord] = {}
    hashes = {source.slug: source.content_hash(salt) for source in sources}
    stale: list[Source] = []
    for source in sources:
        cached = manifest.cached_outcome(entries, source.slug, hashes[source.slug], site_dir)
        if cached is None:
            stale.append(source)
        else:
            records[source.slug] = cached.record  # type: ignore[assignment]
            report.unchanged.append(source.slug)
            report.remembered.append(cached)

    outcomes = {o.slug: o for o in report.remembered}
    done = len(report.unchanged)
    if progress:
        progress(done, len(sources), "")
    for outcome in _run(stale, site_dir, profile, jobs, page_options):
        report.outcomes.append(outcome)
        done += 1
        if progress:
            progress(done, len(sources), outcome.slug)
        if outcome.record is not None:
            records[outcome.slug] = outcome.record
            outcomes[outcome.slug] = outcome
            report.built.append(outcome.slug)

    report.removed = _remove_vanished(site_dir, entries, {s.slug for s in sources})
    in_input_order = {s.slug: records[s.slug] for s in sources if s.slug in records}
    published = _without_repeated_ids(site_dir, in_input_order, report)
    report.notices += finish_site(
        site_dir, published, edition, profile=_load_profile(profile), search=search
    )
    manifest.save(site_dir, {
        slug: manifest.entry(hashes[slug], outcomes[slug]) for slug in records
    })
    return report


def _edition(inputs: list[Path], title: str) -> Edition:
    """The inputs' edition.toml; the build's title, when given, names the edition."""
    found = find_edition_file(inputs)
    edition = load_edition(found) if found else Edition(title=title)
    return replace(edition, title=title) if title != "Edition" else edition


def _without_repeated_ids(
    site_dir: Path, records: dict[str, DocumentRecord], report: BuildReport
) -> list[DocumentRecord]:
    """The same `xml:id` twice: the first is published, the repeat's pages are removed."""
    repeats = same_identifier(records.values())
    for slug, original in sorted(repeats.items()):
        report.notices.append(
            f"{slug}: warning: the same xml:id ({records[slug].xml_id}) as {original}; "
            "published once"
        )
        for suffix in (".html", ".xml"):
            (site_dir / f"{slug}{suffix}").unlink(missing_ok=True)
    return [record for slug, record in records.items() if slug not in repeats]


def _run(
    stale: list[Source], site_dir: Path, profile: str, jobs: int, options: RenderOptions
) -> Iterator[Outcome]:
    """Outcomes as they finish: in this process, or in `jobs` worker processes."""
    if jobs <= 1 or len(stale) <= 1:
        for source in stale:
            try:
                yield build_document(source, site_dir, profile, options)
            except Exception as error:  # one bad document must not stop the site
                yield _crashed(source, error)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = {pool.submit(build_document, s, site_dir, profile, options): s
                   for s in stale}
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as error:  # also a worker that died (BrokenProcessPool)
                yield _crashed(futures[future], error)


def _crashed(source: Source, error: Exception) -> Outcome:
    """The outcome of a document whose build raised what no input should make it raise."""
    text = str(error) or type(error).__name__
    return Outcome(source.slug, None, errors=[
        f"{source.path}: error: not published: teikit failed on it ({type(error).__name__}: "
        f"{text[:300]}); please report this"])


def _remove_vanished(site_dir: Path, entries: dict[str, object], current: set[str]) -> list[str]:
    """Pages of sources that are gone: only files this build wrote before (manifest)."""
    removed = []
    for slug in sorted(set(entries) - current):
        for suffix in (".html", ".xml", ".bib", ".json"):
            try:
                target = paths.inside(site_dir, f"{slug}{suffix}")
            except OutsideSiteError:
                continue  # a tampered manifest must not make the build delete elsewhere
            if target.is_file():
                target.unlink()
        removed.append(slug)
    return removed
