"""Reading registers: CSV and TEI, and the errors an editor can act on."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_paths import SEED_REGISTER

from teikit.errors import InputError
from teikit.names import RegisterError, load_register, write_register_csv
from teikit.names.register import Spelling


def test_csv_register_reads_names_variants_and_uncertainty(tmp_path: Path) -> None:
    path = tmp_path / "register.csv"
    path.write_text(
        "id,type,name,variants,authority,note\n"
        'per-li,person,Li Kuo Nyn?,Li?|Li Kenong,,"spelling doubted, see note *"\n'
        "pl-beijing,place,Beijing,Peking,https://example.org/beijing,\n",
        encoding="utf-8",
    )
    register = load_register(path)
    li = register.get("per-li")
    assert li is not None and li.kind == "person"
    assert li.name == Spelling("Li Kuo Nyn", uncertain=True)
    assert li.variants == (Spelling("Li", uncertain=True), Spelling("Li Kenong"))
    assert li.note == "spelling doubted, see note *"
    found = register.lookup("Peking", "place")
    assert found is not None and found[0].authority == "https://example.org/beijing"
    assert register.lookup("Peking", "person") is None


def test_csv_round_trip(tmp_path: Path) -> None:
    register = load_register(SEED_REGISTER)
    path = tmp_path / "again.csv"
    path.write_text(write_register_csv(register), encoding="utf-8")
    assert load_register(path).entries == register.entries


def test_tei_register(tmp_path: Path) -> None:
    path = tmp_path / "register.xml"
    path.write_text(
        '<standOff xmlns="http://www.tei-c.org/ns/1.0"><listPerson>'
        '<person xml:id="stalin"><persName>Stalin</persName>'
        '<persName type="variant" cert="low">Filippov</persName>'
        '<idno type="URI">https://example.org/stalin</idno><note>code name</note></person>'
        "</listPerson></standOff>",
        encoding="utf-8",
    )
    (entry,) = load_register(path)
    assert entry.id == "stalin" and entry.kind == "person"
    assert entry.variants == (Spelling("Filippov", uncertain=True),)
    assert (entry.authority, entry.note) == ("https://example.org/stalin", "code name")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x,person,,,,", "no name"),
        ("1x,person,Chao,,,", "not an XML name"),
        ("x,ship,Chao,,,", "type"),
    ],
)
def test_bad_rows_are_errors_with_their_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(f"id,type,name,variants,authority,note\nok,person,Joy,,,\n{row}\n", "utf-8")
    with pytest.raises(RegisterError, match=message) as caught:
        load_register(path)
    assert caught.value.location is not None and caught.value.location.line == 3


def test_duplicate_ids_and_bad_headers_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("id,type,name\nx,person,A\nx,place,B\n", "utf-8")
    with pytest.raises(RegisterError, match="duplicate"):
        load_register(path)
    path.write_text("name,id\nA,x\n", "utf-8")
    with pytest.raises(RegisterError, match="columns"):
        load_register(path)


def test_seed_register_has_no_unsourced_authority() -> None:
    # An authority URI needs a source in the note; the seed register cites none, so has none.
    register = load_register(SEED_REGISTER)
    assert len(register) >= 37
    assert all(entry.authority is None for entry in register)


def test_a_control_character_in_a_register_is_located(tmp_path: Path) -> None:
    """A form feed once split the CSV line silently and vanished from the note."""
    register = tmp_path / "register.csv"
    register.write_text('id,type,name,variants,authority,note\n'
                        'pl-beijing,place,Beijing,Peking,,"A note\fwith a form feed"\n')
    with pytest.raises(InputError) as caught:
        load_register(register)
    assert str(caught.value.location) == f"{register}:2:41"
    assert caught.value.message.startswith("the register holds U+000C")


def test_lookup_gives_the_first_entry_in_the_register_order_of_the_kind_asked() -> None:
    from teikit.names.register import Entry, Register

    register = Register([
        Entry("pl-li", "place", Spelling("Li")),
        Entry("per-li", "person", Spelling("Li Kuo Nyn"), (Spelling("Li", uncertain=True),)),
        Entry("per-li-2", "person", Spelling("Li")),
    ])
    assert register.lookup(" Li ") == (register.entries[0], Spelling("Li"))
    assert register.lookup("Li", "person") == (register.entries[1], Spelling("Li", True))
    assert register.lookup("Li  Kuo\nNyn", "person") == (register.entries[1],
                                                          Spelling("Li Kuo Nyn"))
    assert register.lookup("Li", "org") is None
    assert [entry.id for entry in register.in_order(["per-li-2", "unknown", "pl-li"])] == [
        "pl-li", "per-li-2"]
