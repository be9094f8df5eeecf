"""XSD: libxml2 for XSD 1.0, xmlschema (imported lazily) for XSD 1.1 assertions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from shared_paths import SHARED

from teikit.validate import validate_file

XSD11 = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:vc="http://www.w3.org/2007/XMLSchema-versioning" vc:minVersion="1.1">
  <xs:element name="range">
    <xs:complexType>
      <xs:attribute name="from" type="xs:integer"/>
      <xs:attribute name="to" type="xs:integer"/>
      <xs:assert test="@from le @to"/>
    </xs:complexType>
  </xs:element>
</xs:schema>"""


def test_xsd11_assertion_through_xmlschema(tmp_path: Path) -> None:
    schema = tmp_path / "range.xsd"
    schema.write_bytes(XSD11)
    good, bad = tmp_path / "good.xml", tmp_path / "bad.xml"
    good.write_text('<range from="1" to="2"/>')
    bad.write_text('<range from="3" to="2"/>')
    assert validate_file(good, schemas=[schema]).valid
    report = validate_file(bad, schemas=[schema])
    assert not report.valid
    assert report.messages[0].engine == "xsd" and report.messages[0].line == 1


def test_xsd10_does_not_import_xmlschema(tmp_path: Path) -> None:
    """Checked in a fresh interpreter: importing xmlschema costs 0.4 s."""
    schema = tmp_path / "plain.xsd"
    schema.write_text('<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
                      '<xs:element name="a" type="xs:string"/></xs:schema>')
    code = ("import sys; from teikit.validate import validate_file; "
            f"r = validate_file({str(SHARED / 'encoding-example.xml')!r}, "
            f"schemas=[{str(schema)!r}], use_xml_model=False); "
            "print(r.valid, r.messages[0].line, 'xmlschema' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "3", "False"]  # the root is TEI, not a
