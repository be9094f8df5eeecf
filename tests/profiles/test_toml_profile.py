"""Project profiles in TOML: rules added to the wilson conventions, and located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.errors import ProfileError
from teikit.profiles import load_profile
from teikit.profiles.editorial_decl import editorial_decl

META = {"title": "Test", "date_text": "May 14, 1950"}
PROFILE = r"""
name = "myproject"
title = "My project"
extends = "wilson"

[[rule]]
name = "crossed-out"
pattern = '(?i)crossed out:\s*(?P<content>.*)'
tei = "del"
attributes = { type = "strikethrough" }
resp = "#editor"
label = "[crossed out: …]"
description = "Words crossed out in the original."

[[rule]]
name = "cipher-group"
pattern = '\d{5}'
tei = "num"
attributes = { type = "cipher" }
after = "supplied"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_project_rule_encodes_and_round_trips(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, PROFILE))
    names = [r.convention.name for r in profile.rules]
    assert names[0] == "crossed-out"
    assert names.index("cipher-group") == names.index("supplied") + 1
    result = convert_text(
        "He wrote [crossed out: the wrong name], [12345] and [to put] it down here.",
        overrides=META, profile=profile)
    xml = etree.tostring(result.tree, encoding="unicode")
    assert ('<del type="strikethrough" resp="#editor" rend="[crossed out: {}]">the wrong name'
            "</del>") in xml
    assert '<num type="cipher" rend="[{}]">12345</num>' in xml
    assert '<supplied reason="omitted" resp="#translator">to put</supplied>' in xml


def test_profile_generates_editorial_declaration(tmp_path: Path) -> None:
    decl = editorial_decl(load_profile(write(tmp_path, PROFILE)))
    sentences = [p.text for p in decl.iter(f"{{{TEI_NS}}}p")]
    assert any("Words crossed out in the original." in s for s in sentences)
    assert any('profile "myproject"' in s for s in sentences)


def test_malformed_toml_is_located(tmp_path: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile(write(tmp_path, 'name = "x"\n[[rule]\n'))
    assert caught.value.location.line == 2


@pytest.mark.parametrize(("text", "message"), [
    ('[[rule]]\nname = "a"\ntei = "del"\n', "'pattern' is required"),
    ('[[rule]]\nname = "a"\npattern = "("\ntei = "del"\n', "bad pattern"),
    ('[[rule]]\nname = "a"\npattern = "x"\ntei = "not an element"\n', "'tei' must be"),
    ('extends = "nope"\n', "unknown profile"),
    ('[[rule]]\nname = "a"\npattern = "x"\ntei = "del"\nattributes = { rend = "x" }\n',
     "reserved"),
])
def test_profile_mistakes_are_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        load_profile(write(tmp_path, text))
