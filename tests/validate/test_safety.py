"""No DTD loading, no entity expansion, no network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from teikit.validate import validate_file
from teikit.validate.catalog import HOUSE_RNG

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>&lol9;</p></body></text></TEI>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&secret;</p></body></text></TEI>
"""

REMOTE_MODEL = b"""<?xml version="1.0"?>
<?xml-model href="https://schemas.example.org/remote.rng" schematypens="http://relaxng.org/ns/structure/1.0"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"/>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("validation tried to open a network connection")
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_billion_laughs_is_not_expanded(tmp_path: Path, no_network: None) -> None:
    path = tmp_path / "laughs.xml"
    path.write_bytes(BILLION_LAUGHS)
    report = validate_file(path, schemas=[HOUSE_RNG])
    assert not report.valid
    assert report.messages[0].rule == "entity"
    assert "entit" in report.messages[0].message


def test_external_entity_is_not_read(tmp_path: Path, no_network: None) -> None:
    path = tmp_path / "xxe.xml"
    path.write_bytes(XXE)
    report = validate_file(path, schemas=[HOUSE_RNG])
    assert not report.valid
    assert all("root:" not in m.message for m in report.messages)
    assert report.messages[0].rule == "entity"


def test_remote_xml_model_is_not_fetched(tmp_path: Path, no_network: None) -> None:
    path = tmp_path / "remote.xml"
    path.write_bytes(REMOTE_MODEL)
    report = validate_file(path)
    assert not report.valid
    assert report.messages[0].rule == "schema-not-found"
    assert "--allow-network" in report.messages[0].message
