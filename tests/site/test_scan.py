"""Finding what changed among the sources: a source whose files the file system describes as
the last build read them is not read again; an edit is seen however it was made; the same
content given twice is found among the sources read and those of their size."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from shared_paths import DEV_RAW

from teikit.site import build_site, scan
from teikit.site.sources import Source
from teikit.site.state import STATE_FILE

NAMES = ("w002.txt", "w003.txt", "w005.txt")


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources read (hashed) during a test, by slug."""
    read: list[str] = []
    digests = Source.digests

    def counted(source: Source, salt: str = "", files: object = None) -> tuple[str, str]:
        read.append(source.slug)
        return digests(source, salt, files)  # type: ignore[arg-type]

    monkeypatch.setattr(Source, "digests", counted)
    return read


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files count as settled at once (instead of seconds after they last changed)."""
    monkeypatch.setattr(scan, "SETTLED_SECONDS", 0)


def sources_of(folder: Path) -> Path:
    folder.mkdir()
    for name in NAMES:
        shutil.copyfile(DEV_RAW / name, folder / name)
    return folder


def test_unchanged_sources_are_not_read_again(tmp_path: Path, reads: list[str],
                                              settled: None) -> None:
    sources, site = sources_of(tmp_path / "src"), tmp_path / "site"
    build_site([sources], site, search=False)
    assert sorted(reads) == ["w002", "w003", "w005"]
    reads.clear()
    report = build_site([sources], site, search=False)
    assert reads == [] and len(report.unchanged) == 3


def test_an_edit_that_keeps_the_size_and_the_modification_time_is_seen(
    tmp_path: Path, reads: list[str], settled: None,
) -> None:
    sources, site = sources_of(tmp_path / "src"), tmp_path / "site"
    build_site([sources], site, search=False)
    edited = sources / "w003.txt"
    facts = edited.stat()
    text = edited.read_text(encoding="utf-8")
    at = text.rindex(" the ")
    edited.write_text(text[:at] + " thy " + text[at + 5:], encoding="utf-8")
    os.utime(edited, ns=(facts.st_atime_ns, facts.st_mtime_ns))  # as `cp -p` or rsync leave it
    assert edited.stat().st_size == facts.st_size
    reads.clear()
    report = build_site([sources], site, search=False)
    assert "w003" in reads and report.built == ["w003"]


def test_a_file_changed_just_before_a_build_is_read_again_by_the_next(
    tmp_path: Path, reads: list[str],
) -> None:
    # Written a moment ago: it could change again within the same tick of the file's clock.
    sources, site = sources_of(tmp_path / "src"), tmp_path / "site"
    build_site([sources], site, search=False)
    reads.clear()
    build_site([sources], site, search=False)
    assert sorted(reads) == ["w002", "w003", "w005"]


def test_a_signature_is_kept_once_a_file_has_settled(
    tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    sources, site = sources_of(tmp_path / "src"), tmp_path / "site"
    build_site([sources], site, search=False)  # not settled: no signature kept
    monkeypatch.setattr(scan, "SETTLED_SECONDS", 0)
    build_site([sources], site, search=False)  # read, unchanged: its signature kept now
    reads.clear()
    build_site([sources], site, search=False)
    assert reads == []


def test_an_edit_that_repeats_an_unchanged_source_is_published_once(
    tmp_path: Path, reads: list[str], settled: None,
) -> None:
    sources, site = sources_of(tmp_path / "src"), tmp_path / "site"
    build_site([sources], site, search=False)
    shutil.copyfile(sources / "w002.txt", sources / "w005.txt")
    reads.clear()
    report = build_site([sources], site, search=False)
    assert "w002" in reads, "the source of the same size is read"
    assert [n for n in report.notices if "the same content" in n] == [
        f"{sources / 'w005.txt'}: warning: the same content as {sources / 'w002.txt'}; "
        "published once"]
    assert not (site / "w005.html").exists() and (site / "w002.html").is_file()
    assert (site / STATE_FILE).is_file()


def test_an_edit_that_repeats_a_later_source_withholds_that_one(
    tmp_path: Path, settled: None,
) -> None:
    # The first given is published: the unchanged later source becomes the repeat.
    sources, site = sources_of(tmp_path / "src"), tmp_path / "site"
    build_site([sources], site, search=False)
    shutil.copyfile(sources / "w005.txt", sources / "w002.txt")
    report = build_site([sources], site, search=False)
    assert [n for n in report.notices if "the same content" in n] == [
        f"{sources / 'w005.txt'}: warning: the same content as {sources / 'w002.txt'}; "
        "published once"]
    assert (site / "w002.html").is_file() and not (site / "w005.html").exists()


def test_the_register_and_meta_beside_loose_sources_rebuild_them_when_edited(
        tmp_path: Path, settled: None) -> None:
    """Converting a loose transcription reads the `register.csv` and `meta.toml` of its
    folder: an edit of either must rebuild it, as one of an edition folder's does."""
    sources, site = sources_of(tmp_path / "src"), tmp_path / "site"
    register = sources / "register.csv"
    register.write_text("id,type,name\nper-kim,person,Kim Il Sung\n", encoding="utf-8")
    first = build_site([sources], site, search=False)
    assert sorted(first.built) == ["w002", "w003", "w005"]
    assert build_site([sources], site, search=False).built == []
    register.write_text("id,type,name\nper-kim,person,Kim Il Sung\n"
                        "pl-moscow,place,Moscow\n", encoding="utf-8")
    second = build_site([sources], site, search=False)
    assert sorted(second.built) == ["w002", "w003", "w005"]
    published = [path.read_text(encoding="utf-8") for path in site.glob("w*.xml")]
    assert len(published) == 3 and any('ref="#pl-moscow"' in text for text in published)
    (sources / "meta.toml").write_text('funders = ["A Foundation"]\n', encoding="utf-8")
    assert sorted(build_site([sources], site, search=False).built) == ["w002", "w003", "w005"]


def test_an_edited_project_profile_rebuilds_every_document(tmp_path: Path) -> None:
    """The profile decides every conversion: an edit of a project's profile file must
    rebuild all, as a new teikit does (its name alone, the same after the edit, did not)."""
    sources, site = tmp_path / "src", tmp_path / "site"
    sources.mkdir()
    shutil.copyfile(DEV_RAW / "w001.txt", sources / "w001.txt")  # text added by hand
    profile = tmp_path / "project.toml"
    profile.write_text('name = "project"\nextends = "wilson"\n', encoding="utf-8")
    assert build_site([sources], site, search=False, profile=str(profile)).built == ["w001"]
    assert "<add " in (site / "w001.xml").read_text(encoding="utf-8")
    profile.write_text('name = "project"\nextends = "wilson"\ndisable = ["handwritten"]\n',
                       encoding="utf-8")
    assert build_site([sources], site, search=False, profile=str(profile)).built == ["w001"]
    assert "<add " not in (site / "w001.xml").read_text(encoding="utf-8")
    assert build_site([sources], site, search=False, profile=str(profile)).built == []


def test_a_file_read_with_many_sources_is_read_once_per_scan(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder's register is read with each of its transcriptions: hashing it with each
    would read a register of megabytes thousands of times."""
    sources = sources_of(tmp_path / "src")
    register = sources / "register.csv"
    register.write_text("id,type,name\nper-kim,person,Kim Il Sung\n", encoding="utf-8")
    read: list[Path] = []
    read_bytes = Path.read_bytes

    def counted(path: Path) -> bytes:
        read.append(path)
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", counted)
    found = scan.scan_sources([sources], "salt", {})
    assert len(found.sources) == 3
    assert read.count(register) == 1
