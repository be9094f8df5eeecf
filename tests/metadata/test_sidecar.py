"""The TOML sidecar: field names and types checked, errors located."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.errors import MetadataError
from teikit.metadata import load_sidecar


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_sidecar(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'title = "A letter"\ndate_text = "2 October 1951"\nrecord_id = 117422\n'
        'funders = "Leon Levy Foundation"\nkeywords = ["Korea", "armistice"]\n'
        '[archive_ids]\nfond = "45"\nopis = 7\n',
    )
    data = load_sidecar(path)
    assert data == {
        "title": "A letter",
        "date_text": "2 October 1951",
        "record_id": "117422",
        "funders": ["Leon Levy Foundation"],
        "keywords": ["Korea", "armistice"],
        "archive_ids": {"fond": "45", "opis": "7"},
    }


def test_malformed_toml_has_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, 'title = "ok"\ndate_text = = 2\n')
    with pytest.raises(MetadataError) as caught:
        load_sidecar(path)
    location = caught.value.location
    assert location is not None
    assert (location.path, location.line, location.column) == (str(path), 2, 13)


def test_unknown_field_is_located(tmp_path: Path) -> None:
    path = _write(tmp_path, 'title = "ok"\n\nauthr = "x"\n')
    with pytest.raises(MetadataError, match="unknown metadata field 'authr'") as caught:
        load_sidecar(path)
    assert caught.value.location is not None and caught.value.location.line == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title = 3\n", "'title' must be a string"),
        ("funders = [1, 2]\n", "'funders' must be a string or a list"),
        ('archive_ids = "f.45"\n', "'archive_ids' must be a table"),
        ('[archive_ids]\nshelf = "1"\n', "unknown keys"),
    ],
)
def test_wrong_types(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(MetadataError, match=message):
        load_sidecar(_write(tmp_path, text))


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes(b'title = "caf\xe9"\n')
    with pytest.raises(MetadataError, match="cannot read"):
        load_sidecar(path)


def test_a_control_character_in_a_sidecar_names_its_key(tmp_path: Path) -> None:
    sidecar = tmp_path / "meta.toml"
    sidecar.write_text('title = "A\\fB"\n[archive_ids]\nfond = "5"\n', encoding="utf-8")
    with pytest.raises(MetadataError) as caught:
        load_sidecar(sidecar)
    assert caught.value.message.startswith("title holds U+000C")
    assert str(caught.value.location) == str(sidecar)
