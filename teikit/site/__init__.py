"""`teikit build`: a static edition site from a folder of sources.

    report = build_site([Path("editions")], Path("site"), jobs=2)

Only sources whose content changed are converted and rendered again (content hash, kept with
each document's verdict and what the collection pages show of it in the build state, one
SQLite file in the site folder; a source whose files are as the last build read them is not
read at all, see `teikit.site.scan`); each task runs through `teikit.pipeline` (this process,
worker processes or a Dask cluster) and its result is stored as it comes back, so the build
holds no list of the collection in memory. Then only the pages whose content changed are
written again. Nothing is written outside the site folder.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from teikit.deadline import BY_SIZE, TimeAllowed
from teikit.errors import TeikitError
from teikit.pipeline import run_tasks
from teikit.site import paths
from teikit.site.collections import DOCUMENTS_PER_PAGE, MENTIONS_PER_PAGE
from teikit.site.document import (
    PAGE_FILES,
    PAGE_OPTIONS,
    BuildJob,
    Outcome,
    build_source,
    source_size,
)
from teikit.site.duplicates import same_identifier
from teikit.site.edition import Edition, find_edition_file, load_edition
from teikit.site.finish import finish_site
from teikit.site.paths import OutsideSiteError
from teikit.site.scan import Scan, scan_sources
from teikit.site.search import BUNDLE_SIZE as SEARCH_BUNDLE_SIZE
from teikit.site.sources import Source, discover
from teikit.site.state import STATE_FILE, BuildState, Known, toolkit_fingerprint
from teikit.workers import WorkerPool

Progress = Callable[[int, int, str], None]
COMMIT_EVERY = 2.0  # seconds: what a build interrupted then loses at most

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
    """What a build did. `outcomes` holds only the documents built now with something to say
    (messages, a failure): a valid document without warnings is counted in `built`."""

    site_dir: Path
    built: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # duplicates, the search index

    remembered: list[Outcome] = field(default_factory=list)  # unchanged, invalid before

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
    scheduler: str = "local",
    profile: str = "wilson",
    title: str = "Edition",
    edition: Edition | None = None,
    search: bool = True,
    progress: Progress | None = None,
    documents_per_page: int = DOCUMENTS_PER_PAGE,
    mentions_per_page: int = MENTIONS_PER_PAGE,
    search_bundle_size: int = SEARCH_BUNDLE_SIZE,
    time_allowed: TimeAllowed = BY_SIZE,
) -> BuildReport:
    check_site_folder(inputs, site_dir)
    report = BuildReport(site_dir)
    site_dir = site_dir.resolve()  # once: a page's path is then made without resolving it
    edition = edition or _edition(inputs, title)
    fingerprint = toolkit_fingerprint(profile, edition.title)
    accessed = dt.date.today()  # once: the pages of one build cite the same day
    job = BuildJob(site_dir, profile, replace(PAGE_OPTIONS, edition_title=edition.title),
                   (edition, accessed))
    site_dir.mkdir(parents=True, exist_ok=True)
    # A first build's workers start before the sources are scanned, while this process is
    # small (see `WorkerPool.start`). A rebuild's start, as before, at its first task, if it
    # has more than one document to build: started early, they would be closed unused after
    # an edit, which costs the edit's rebuild about 20 ms (13 of them importing
    # multiprocessing).
    first_build = not (site_dir / STATE_FILE).exists()
    workers = (WorkerPool(jobs, job).start()
               if first_build and jobs > 1 and scheduler == "local" else None)
    state: BuildState | None = None
    try:
        state = BuildState(site_dir, fingerprint)
        known = state.known()
        found = scan_sources(inputs, fingerprint, known)
        sources, report.notices = found.sources, found.notices
        state.begin()
        stale, present = _stale(site_dir, found, known, state, report)
        report.remembered = list(state.invalid_outcomes(report.unchanged))
        _build(stale, job, found, state, report, jobs=jobs, scheduler=scheduler,
               progress=progress, total=len(sources), workers=workers,
               time_allowed=time_allowed)
        if workers is not None:  # their caches are not needed for the site-wide pages
            workers.close()
        rendered = set(report.built)
        # A document withheld as a repeat whose original is gone is published now.
        republished = _publish(site_dir, sources, state, report, present, rendered)
        republished_slugs = set(republished)
        missing = [s for s in sources if s.slug in republished_slugs
                   and not (site_dir / f"{s.slug}.html").is_file()]
        if missing:
            _build(missing, job, found, state, report, jobs=1, scheduler="local",
                   time_allowed=time_allowed)
            rendered |= {s.slug for s in missing}
        state.assign_bundles([s.slug for s in sources], search_bundle_size)
        # The scan's records of every source are not needed to write the collection pages,
        # which the state holds: let them go first (a few MB for 10,000 sources).
        del found, sources, stale, present, known, missing, republished
        report.notices += finish_site(
            site_dir, state, edition, rendered=rendered, today=accessed,
            profile=lambda: _load_profile(profile), profile_name=profile, search=search,
            documents_per_page=documents_per_page, mentions_per_page=mentions_per_page,
        )
        state.drop_unused()
        state.commit()
    finally:
        if state is not None:
            state.close()
        if workers is not None:
            workers.close(cancel=True)
    return report


def _stale(site_dir: Path, found: Scan, known: dict[str, Known], state: BuildState,
           report: BuildReport) -> tuple[list[Source], set[str]]:
    """The sources to build, and the names of the files in the site folder; the pages of
    the sources that are gone are removed."""
    hashes = found.hashes
    report.removed = _remove_vanished(site_dir, state, set(known) - set(hashes))
    with os.scandir(site_dir) as listing:  # one listing, not a stat per page
        present = {entry.name for entry in listing}
    stale = [s for s in found.sources
             if not state.unchanged(s.slug, hashes[s.slug], known, present)]
    stale_slugs = {s.slug for s in stale}
    report.unchanged = [s.slug for s in found.sources if s.slug not in stale_slugs]
    # Read again and found unchanged (touched, copied, or not settled last time): the
    # signature its files have now spares the next build reading them.
    state.set_signatures((slug, found.signatures[slug]) for slug in report.unchanged
                         if found.signatures[slug] != known[slug][2])
    return stale, present


def _build(stale: list[Source], job: BuildJob, found: Scan, state: BuildState,
           report: BuildReport, *, jobs: int, scheduler: str, progress: Progress | None = None,
           total: int = 0, workers: WorkerPool | None = None,
           time_allowed: TimeAllowed | None = None) -> None:
    """Build the stale sources; store each outcome as it comes back (on `workers`, when
    given, if they go to worker processes)."""
    done = total - len(stale)
    if progress:
        progress(done, total, "")
    # Starting workers for one document costs more than it saves.
    jobs = 1 if len(stale) <= 1 and scheduler == "local" else jobs
    committed = time.monotonic()
    for source, result in run_tasks(build_source, stale, job, jobs=jobs, scheduler=scheduler,
                                    size=source_size, pool=workers,
                                    time_allowed=time_allowed):
        outcome = result if isinstance(result, Outcome) else _crashed(source, result)
        state.store(found.hashes[source.slug], outcome, found.signatures[source.slug])
        if outcome.record is not None:
            report.built.append(outcome.slug)
            # The report keeps what it says, not what the pages show (the state has that).
            outcome.record = replace(outcome.record, mentions=[], editorial_decl=[])
        if outcome.record is None or outcome.warnings or outcome.errors:
            report.outcomes.append(outcome)
        done += 1
        if progress:
            progress(done, total, outcome.slug)
        if time.monotonic() - committed > COMMIT_EVERY:
            state.commit()
            state.begin()
            committed = time.monotonic()


def _edition(inputs: list[Path], title: str) -> Edition:
    """The inputs' edition.toml; the build's title, when given, names the edition."""
    found = find_edition_file(inputs)
    edition = load_edition(found) if found else Edition(title=title)
    return replace(edition, title=title) if title != "Edition" else edition


def _publish(site_dir: Path, sources: list[Source], state: BuildState, report: BuildReport,
             present: set[str], built: set[str]) -> list[str]:
    """The same `xml:id` twice: the first given is published, the repeat's pages are
    removed (`present`: the files of the site before this build wrote any; `built`: the
    documents it built). The documents published now that were withheld before."""
    identifiers = state.identifiers()
    in_input_order = [s.slug for s in sources]
    repeats = same_identifier(
        (slug, identifiers[slug]) for slug in in_input_order if slug in identifiers)
    for slug, original in sorted(repeats.items()):
        report.notices.append(
            f"{slug}: warning: the same xml:id ({identifiers[slug]}) as {original}; "
            "published once"
        )
        for name in (f"{slug}{suffix}" for suffix in PAGE_FILES):
            if slug in built or name in present:  # a repeat withheld before has none
                (site_dir / name).unlink(missing_ok=True)
    return state.publish_all_but(set(repeats))


def _crashed(source: Source, error: BaseException) -> Outcome:
    """The outcome of a document whose build raised: over its time, or its worker process
    killed, it says so; anything else no input should make it raise."""
    if isinstance(error, TeikitError):
        return Outcome(source.slug, None,
                       errors=[f"{source.path}: error: not published: {error}"])
    text = str(error) or type(error).__name__
    return Outcome(source.slug, None, errors=[
        f"{source.path}: error: not published: teikit failed on it ({type(error).__name__}: "
        f"{text[:300]}); please report this"])


def _remove_vanished(site_dir: Path, state: BuildState, gone: set[str]) -> list[str]:
    """Pages of sources that are gone: only files this build wrote before (the state)."""
    removed = []
    for slug in sorted(gone):
        for suffix in PAGE_FILES:
            try:
                target = paths.inside(site_dir, f"{slug}{suffix}")
            except OutsideSiteError:
                continue  # a tampered state must not make the build delete elsewhere
            if target.is_file():
                target.unlink()
        state.forget(slug)
        removed.append(slug)
    return removed
