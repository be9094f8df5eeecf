"""Converting a corpus: one task per document, run by `teikit.pipeline` on this process, on
worker processes or on a Dask cluster. Everything a task receives (`Job`) and returns
(`Outcome`: the serialised TEI, the messages, the summary line) is picklable; the caller
writes the outputs, in one place, as they come back.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from teikit.errors import TeikitError
from teikit.profiles import Profile, load_profile
from teikit.readers.context import ReadingContext

# Per file and per kind of warning: the first ones are shown, the rest counted.
WARNINGS_SHOWN = 20


class RunState:
    """What the conversions of one run load once and share: the profile and the reading
    context. A worker receives it empty (it pickles to the profile's name) and fills it
    there, once per worker, as the pipeline hands a worker its options once."""

    def __init__(self, profile: str) -> None:
        self.profile_name = profile

    @cached_property
    def profile(self) -> Profile:
        return load_profile(self.profile_name)

    @cached_property
    def reading(self) -> ReadingContext:
        return ReadingContext()

    def __reduce__(self) -> tuple[type[RunState], tuple[str]]:
        return RunState, (self.profile_name,)


@dataclass(frozen=True)
class Job:
    """What every conversion of one run shares; picklable, for worker processes."""

    profile: str
    meta_file: Path | None
    register: Path | None
    encoding: str | None
    overrides: dict[str, str]
    revision_date: str | None
    explain: bool = False
    state: RunState = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "state", RunState(self.profile))


@dataclass
class Outcome:
    """What converting one document of a run gives back to the writer."""

    source: str
    target: str
    chunks: Iterable[bytes] | None = None
    """The document's bytes in pieces, which may be iterated more than once (a `Serialised`,
    which unpacks its pieces as they are read); None: the document failed."""
    messages: list[str] = field(default_factory=list)
    summary: str = ""


def summary_line(source: str, target: str, result: Any) -> str:
    phenomena = result.phenomena
    total = sum(phenomena.values())
    kinds = ", ".join(f"{kind} {count}" for kind, count in phenomena.most_common())
    warnings = len(result.warnings)
    unsure = getattr(result, "unsure_lines", 0)
    shown_target = "stdout" if target == "-" else target
    return (f"{source} → {shown_target}: {total} phenomena ({kinds or 'none'}), "
            f"{warnings} warning{'s' if warnings != 1 else ''}, "
            f"{unsure} unsure line{'s' if unsure != 1 else ''}")


def explain_lines(source: str, result: object) -> list[str]:
    """Per furniture line: the role chosen, how sure, and the cues that decided it."""
    lines = []
    for entry in getattr(result, "line_roles", []):
        decision = entry.decision
        flag = " unsure" if decision.unsure else ""
        cues = ", ".join(decision.cues) or "no cue"
        lines.append(f"{source}:{entry.line}: {entry.zone} {decision.role} "
                     f"(score {decision.score:.1f}, lead {decision.margin:.1f}{flag}; {cues}) "
                     f"| {entry.text}")
    return lines


def capped_messages(source: str, diagnostics: list[Any],
                    limit: int = WARNINGS_SHOWN) -> Iterator[str]:
    """Each diagnostic as a line, but only the first `limit` of each kind (code); then one line
    that counts the rest, so that 10,000 unbalanced brackets do not bury the other messages."""
    seen: Counter[str] = Counter()
    for diagnostic in diagnostics:
        seen[diagnostic.code] += 1
        if seen[diagnostic.code] <= limit:
            yield str(diagnostic) if diagnostic.location else f"{source}: {diagnostic}"
    for code, count in seen.items():
        if count > limit:
            yield f"{source}: … and {count - limit} more [{code}] warnings"


def convert_one(source: str, target: str, job: Job) -> Outcome:
    """One document: never raises for a bad source (its failure is in the outcome)."""
    from teikit.convert import convert_file

    outcome = Outcome(source, target)
    try:
        result = convert_file(source, profile=job.state.profile, meta_file=job.meta_file,
                              encoding=job.encoding, register=job.register,
                              overrides=job.overrides or None, change_date=job.revision_date,
                              context=job.state.reading)
    except TeikitError as error:
        outcome.messages.append(f"{error}" if error.location else f"{source}: {error}")
        return outcome
    if job.explain:
        outcome.messages.extend(explain_lines(source, result))
    outcome.messages.extend(capped_messages(source, result.diagnostics))
    outcome.chunks = result.chunks()
    outcome.summary = summary_line(source, target, result)
    return outcome


def convert_pair(pair: tuple[str, str], job: Job) -> Outcome:
    """The pipeline's task: (source, target) → its outcome; never raises for a bad source."""
    source, target = pair
    return convert_one(source, target, job)


def failed_outcome(pair: tuple[str, str], error: BaseException) -> Outcome:
    """What a task that raised becomes: one message, the others go on. Over its time, or its
    worker process killed, the document says so; anything else is teikit's fault."""
    source, target = pair
    if isinstance(error, TeikitError):
        return Outcome(source, target, messages=[f"{source}: error: not converted: {error}"])
    return Outcome(source, target, messages=[f"{source}: internal error ({error!r}); please "
                                                 "report this"])


def source_size(pair: tuple[str, str]) -> int:
    try:
        return Path(pair[0]).stat().st_size
    except OSError:
        return 0
