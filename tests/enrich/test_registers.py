"""A run's registers: read once for all the documents that name them, read again when
edited, and a bad one reported for each document."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_paths import DEV_RAW, SEED_REGISTER

from teikit.convert import convert_file
from teikit.enrich import registers
from teikit.enrich.registers import RegisterCache
from teikit.names import RegisterError
from teikit.readers.context import ReadingContext


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the registers parsed, in turn."""
    seen: list[str] = []
    parse = registers.parse_register

    def counted(content: str, path: str | Path):  # type: ignore[no-untyped-def]
        seen.append(str(path))
        return parse(content, path)

    monkeypatch.setattr(registers, "parse_register", counted)
    return seen


def test_documents_sharing_a_register_read_it_once(tmp_path: Path, parsed: list[str]) -> None:
    register = tmp_path / "register.csv"
    register.write_bytes(SEED_REGISTER.read_bytes())
    context = ReadingContext()
    sources = sorted(DEV_RAW.glob("*.txt"))[:4]
    shared = [convert_file(source, register=register, context=context) for source in sources]
    assert parsed == [str(register)]
    alone = [convert_file(source, register=register) for source in sources]
    assert [result.to_bytes() for result in shared] == [result.to_bytes() for result in alone]
    assert b'ref="#' in shared[0].to_bytes()  # the seed names the register's persons


def test_an_edited_register_is_read_again(tmp_path: Path, parsed: list[str]) -> None:
    path = tmp_path / "register.csv"
    path.write_text("id,type,name\nper-li,person,Li\n", encoding="utf-8")
    cache = RegisterCache()
    first = cache.get(path)
    assert cache.get(path) is first
    path.write_text("id,type,name\nper-li,person,Li Kuo Nyn\n", encoding="utf-8")
    edited = cache.get(path)
    assert edited.register.lookup("Li Kuo Nyn") is not None
    assert edited.finder.find("Li Kuo Nyn came.")[0].end == len("Li Kuo Nyn")
    assert parsed == [str(path), str(path)]


def test_only_the_last_registers_used_are_kept(tmp_path: Path, parsed: list[str]) -> None:
    cache = RegisterCache()
    paths = []
    for index in range(RegisterCache.LIMIT + 1):
        path = tmp_path / f"register-{index}.csv"
        path.write_text(f"id,type,name\nper-{index},person,Name{index}\n", encoding="utf-8")
        paths.append(path)
        cache.get(path)
        cache.get(paths[0])  # the first stays the most recently used
    assert len(cache) == RegisterCache.LIMIT
    assert parsed.count(str(paths[0])) == 1
    cache.get(paths[1])  # the least recently used went
    assert parsed.count(str(paths[1])) == 2


def test_a_bad_register_is_reported_for_each_document(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text("id,type,name\nper-li,ship,Li\n", encoding="utf-8")
    cache = RegisterCache()
    for _ in range(2):
        with pytest.raises(RegisterError, match="ship") as caught:
            cache.get(path)
        assert caught.value.location is not None
        assert caught.value.location.line == 2
    assert len(cache) == 0
