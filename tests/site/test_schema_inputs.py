"""The local schemas of a TEI source, and what they include: inputs of its verdict, so that
the build validates it again when one of them is edited."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_paths import ROOT

from teikit.site import build_site, schema_inputs
from teikit.site.schema_inputs import SchemaInputs

SEED_TEI = ROOT / "editions" / "razuvayev-1951-09-10" / "edition.xml"
RNG = "http://relaxng.org/ns/structure/1.0"
SCH = "http://purl.oclc.org/dsdl/schematron"
XSD = "http://www.w3.org/2001/XMLSchema"


def tei_naming(folder: Path, prolog: str, name: str = "doc.xml") -> Path:
    """The seed's TEI with `prolog` (instructions, comments) before its root element."""
    body = SEED_TEI.read_text(encoding="utf-8")
    document = folder / name
    document.write_text(prolog + body[body.index("<TEI "):], encoding="utf-8")
    return document


def model(href: str, namespace: str = RNG) -> str:
    return f'<?xml-model href="{href}" type="application/xml" schematypens="{namespace}"?>\n'


@pytest.fixture
def schemas(tmp_path: Path) -> Path:
    """project.rng including common.rng and naming parts.rng; rules.sch including
    more.sch; types.xsd including and importing two more."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "project.rng").write_text(
        f'<grammar xmlns="{RNG}"><include href="lib/common.rng"/>'
        f'<start><externalRef href="lib/parts.rng"/></start></grammar>', encoding="utf-8")
    (tmp_path / "lib" / "common.rng").write_text(
        f'<grammar xmlns="{RNG}"><include href="common.rng"/></grammar>',  # itself: once
        encoding="utf-8")
    (tmp_path / "lib" / "parts.rng").write_text(f'<element xmlns="{RNG}" name="x"><empty/>'
                                                "</element>", encoding="utf-8")
    (tmp_path / "rules.sch").write_text(f'<schema xmlns="{SCH}"><include href="more.sch"/>'
                                        "</schema>", encoding="utf-8")
    (tmp_path / "more.sch").write_text(f'<pattern xmlns="{SCH}"/>', encoding="utf-8")
    (tmp_path / "types.xsd").write_text(
        f'<schema xmlns="{XSD}"><include schemaLocation="a.xsd"/>'
        f'<import namespace="urn:b" schemaLocation="https://example.org/b.xsd"/></schema>',
        encoding="utf-8")
    (tmp_path / "a.xsd").write_text(f'<schema xmlns="{XSD}"/>', encoding="utf-8")
    return tmp_path


def test_a_document_s_local_schemas_and_their_includes(schemas: Path) -> None:
    document = tei_naming(schemas, '<?xml version="1.0" encoding="UTF-8"?>\n'
                          "<!-- a comment that names <TEI> before the instructions -->\n"
                          + model("https://teikit.org/schemas/1.0/teikit.rng")
                          + model("project.rng") + model("rules.sch", SCH)
                          + model(f"file://{schemas / 'types.xsd'}", XSD)
                          + model("missing.rng"))
    found = SchemaInputs().of_document(document)
    assert [path.relative_to(schemas).as_posix() for path in found] == [
        "project.rng", "lib/common.rng", "lib/parts.rng", "rules.sch", "more.sch",
        "types.xsd", "a.xsd"]


@pytest.mark.parametrize("prolog", [
    # past the first bytes read
    "<!-- " + "long comment " * 1_000 + "-->\n" + model("project.rng"),
    # a document type with an internal subset holding markup
    '<!DOCTYPE TEI [<!ENTITY e "<x>">]>\n' + model("project.rng"),
])
def test_instructions_after_a_long_or_tricky_beginning_are_found(schemas: Path,
                                                                 prolog: str) -> None:
    found = SchemaInputs().of_document(tei_naming(schemas, prolog))
    assert found[0] == schemas / "project.rng"


def test_a_utf16_document_is_read_whole(schemas: Path) -> None:
    document = tei_naming(schemas, model("rules.sch", SCH))
    document.write_bytes(document.read_text(encoding="utf-8").encode("utf-16"))
    assert SchemaInputs().of_document(document) == (schemas / "rules.sch",
                                                    schemas / "more.sch")


def test_a_schema_many_documents_name_is_read_once(schemas: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Path] = []
    included = schema_inputs._included_files

    def counted(schema: Path) -> list[Path]:
        read.append(schema)
        return included(schema)

    monkeypatch.setattr(schema_inputs, "_included_files", counted)
    inputs = SchemaInputs()
    for index in range(3):
        tei_naming(schemas, model("rules.sch", SCH), f"doc-{index}.xml")
        assert len(inputs.of_document(schemas / f"doc-{index}.xml")) == 2
    assert read == [schemas / "rules.sch", schemas / "more.sch"]


def test_an_edit_of_an_included_schema_validates_the_document_again(tmp_path: Path) -> None:
    sources, site = tmp_path / "src", tmp_path / "site"
    sources.mkdir()
    (sources / "rules.sch").write_text(f'<schema xmlns="{SCH}"><include href="rule.sch"/>'
                                       "</schema>", encoding="utf-8")
    rule = sources / "rule.sch"

    def write_rule(test: str) -> None:
        rule.write_text(f'<pattern xmlns="{SCH}"><rule context="/*"><assert test="{test}">'
                        "the project's rule</assert></rule></pattern>", encoding="utf-8")

    write_rule("true()")
    tei_naming(sources, model("rules.sch", SCH))
    first = build_site([sources], site, search=False)
    assert first.built == ["doc"] and not first.invalid
    assert build_site([sources], site, search=False).built == []
    write_rule("false()")
    second = build_site([sources], site, search=False)
    assert second.built == ["doc"] and [o.slug for o in second.invalid] == ["doc"]


def test_a_schema_named_by_url_counts_by_its_registered_copy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A project registers its schema under its URL (`teikit schemas add FILE --as URL`);
    registering a new version must validate its documents again. teikit's own schemas, named
    by their URLs too, do not count (they change with teikit)."""
    monkeypatch.setenv("TEIKIT_CACHE_DIR", str(tmp_path / "cache"))
    from teikit.validate.catalog import Catalog

    url = "https://example.org/project/rules.sch"
    sources, site = tmp_path / "src", tmp_path / "site"
    sources.mkdir()
    rules = tmp_path / "rules.sch"

    def register(test: str) -> None:
        rules.write_text(f'<schema xmlns="{SCH}"><pattern><rule context="/*"><assert '
                         f'test="{test}">the project\'s rule</assert></rule></pattern>'
                         "</schema>", encoding="utf-8")
        Catalog().add(rules, [url])

    register("true()")
    document = tei_naming(sources, model("https://teikit.org/schemas/1.0/teikit.rng")
                          + model(url, SCH))
    registered = SchemaInputs().of_document(document)
    assert len(registered) == 1 and registered[0].read_bytes() == rules.read_bytes()
    assert not build_site([sources], site, search=False).invalid
    assert build_site([sources], site, search=False).built == []
    register("false()")
    again = build_site([sources], site, search=False)
    assert again.built == ["doc"] and [o.slug for o in again.invalid] == ["doc"]
