"""Conversion as a task of the corpus pipeline (`teikit.pipeline`): options that travel to
worker processes (frozen, picklable) and a result that comes back (bytes and the summary's
figures, no lxml tree)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from teikit.diagnostics import Diagnostic
from teikit.profiles import Profile, load_profile


@dataclass(frozen=True)
class ConvertOptions:
    profile: str = "wilson"
    """A built-in profile name or the path of a profile TOML file."""
    meta_file: str | None = None
    register: str | None = None
    encoding: str | None = None
    overrides: tuple[tuple[str, str], ...] = ()
    change_date: str | None = None


@dataclass
class ConvertedDocument:
    data: bytes
    diagnostics: list[Diagnostic] = field(default_factory=list)
    phenomena: Counter[str] = field(default_factory=Counter)
    unsure_lines: int = 0


@lru_cache(maxsize=8)
def _profile(name_or_path: str) -> Profile:
    return load_profile(name_or_path)


def convert_task(path: str, options: ConvertOptions) -> ConvertedDocument:
    """Convert one source; the profile is loaded once per worker process."""
    from teikit.convert import convert_file

    result = convert_file(
        path,
        profile=_profile(options.profile),
        meta_file=Path(options.meta_file) if options.meta_file else None,
        encoding=options.encoding,
        register=Path(options.register) if options.register else None,
        overrides=dict(options.overrides) or None,
        change_date=options.change_date,
    )
    return ConvertedDocument(result.to_bytes(), list(result.diagnostics), result.phenomena,
                             result.unsure_lines)
