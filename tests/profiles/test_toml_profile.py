"""Project profiles in TOML: rules added to the wilson conventions, and located errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from lxml import etree, html

from teikit import TEI_NS
from teikit.convert import convert_text
from teikit.errors import ProfileError
from teikit.profiles import Profile, load_profile
from teikit.profiles.editorial_decl import editorial_decl
from teikit.profiles.legend import legend_entries
from teikit.site import build_site
from teikit.writers.source import form_table, source_text

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
marker = "[crossed out: {}]"
section = "correction"
summary = "deletion"

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
    assert '<del type="strikethrough" resp="#editor">the wrong name</del>' in xml
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
    ('[[rule]]\nname = "a"\npattern = "x"\ntei = "del"\nsection = "elsewhere"\n',
     "'section' must be one of"),
    ('[[rule]]\nname = "a"\npattern = "x"\ntei = "del"\nmarker = "[x]"\n', "'marker' must"),
    ('extends = "wilson"\ndisable = ["nothing"]\n', "no rule named 'nothing'"),
    ('extends = "wilson"\n[[rule]]\nname = "a"\npattern = "x"\ntei = "supplied"\n'
     'marker = "<{}>"\n', "two markers for <supplied>"),
    ('extends = "wilson"\n[[rule]]\nname = "gloss"\nafter = "nowhere"\n',
     "no rule named 'nowhere'"),
])
def test_profile_mistakes_are_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        load_profile(write(tmp_path, text))


# PROFILE's crossed-out rule is a convention added by a project: one [[rule]] table (rule and
# record: marker, syntax line, legend, section, summary key) in a profile.
CROSSED = "He wrote [crossed out: the wrong name] first and [Crossed out: another] then."


@pytest.fixture
def crossings(tmp_path: Path) -> Profile:
    return load_profile(write(tmp_path, PROFILE))


def test_project_convention_is_encoded_in_its_canonical_form(crossings: Profile) -> None:
    result = convert_text(CROSSED, overrides=META, profile=crossings, enrich=False)
    xml = etree.tostring(result.tree, encoding="unicode")
    assert '<del type="strikethrough" resp="#editor">the wrong name</del>' in xml


def test_project_convention_records_another_marker(crossings: Profile) -> None:
    result = convert_text(CROSSED, overrides=META, profile=crossings, enrich=False)
    xml = etree.tostring(result.tree, encoding="unicode")
    assert '<del type="strikethrough" resp="#editor" rend="[Crossed out: {}]">another</del>' in xml


def test_project_convention_round_trips_through_the_source_writer(crossings: Profile) -> None:
    result = convert_text(CROSSED, overrides=META, profile=crossings, enrich=False)
    text = result.tree.getroot().find(f"{{{TEI_NS}}}text")
    assert source_text(text, form_table(crossings.conventions)).strip() == CROSSED


def test_project_convention_is_counted_in_the_summary(crossings: Profile) -> None:
    result = convert_text(CROSSED, overrides=META, profile=crossings, enrich=False)
    assert result.phenomena["deletion"] == 2


def test_project_convention_is_in_the_legend(crossings: Profile) -> None:
    entry = next(e for e in legend_entries(crossings) if e.name == "crossed-out")
    assert (entry.syntax, entry.legend, entry.section, entry.markers) == (
        "[crossed out: …]", "Words crossed out in the original.", "correction",
        ("[crossed out: {}]",))


def test_project_convention_is_in_the_editorial_declaration(crossings: Profile) -> None:
    decl = editorial_decl(crossings)
    paragraph = decl.find(f"{{{TEI_NS}}}correction/{{{TEI_NS}}}p[@n='crossed-out']")
    assert paragraph.text == ("[crossed out: …]: Words crossed out in the original. Encoded as "
                              "del.")


@pytest.mark.referee
def test_project_convention_is_valid_tei(crossings: Profile, tmp_path: Path,
                                         jing: Callable[..., Any]) -> None:
    path = tmp_path / "crossed.xml"
    path.write_bytes(convert_text(CROSSED, overrides=META, profile=crossings).to_bytes())
    run = jing([path])
    assert run.returncode == 0, run.stdout


def test_profile_disables_moves_and_reorders_rules_by_name(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, """
extends = "wilson"
disable = ["gloss"]
order = ["sic"]

[[rule]]
name = "damage"
after = "supplied"
"""))
    names = profile.ruler.names(enabled_only=True)
    assert (names[0], "gloss" in names) == ("sic", False)
    assert names.index("damage") == names.index("supplied") + 1


def test_a_disabled_convention_leaves_the_declaration(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, 'extends = "wilson"\ndisable = ["gloss"]\n'))
    assert editorial_decl(profile).find(f".//{{{TEI_NS}}}p[@n='gloss']") is None


def test_a_disabled_convention_is_not_applied(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, 'extends = "wilson"\ndisable = ["damage"]\n'))
    result = convert_text(PROSE_DAMAGE, overrides=META, profile=profile, enrich=False)
    assert result.tree.getroot().find(f".//{{{TEI_NS}}}gap") is None


PROSE_DAMAGE = "The last lines of the letter [page torn] were lost."


def test_project_convention_is_on_the_site_conventions_page(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "letter.txt").write_text(f"**May 14, 1950**\n\n**A letter**\n\n{CROSSED}\n",
                                        encoding="utf-8")
    site = tmp_path / "site"
    report = build_site([sources], site, profile=str(write(tmp_path, PROFILE)))
    assert report.built == ["letter"]
    page = html.parse(str(site / "conventions.html")).getroot().text_content()
    assert "[crossed out: …]" in page and "Words crossed out in the original." in page


def test_a_project_switches_the_expansion_convention_back_on(tmp_path: Path) -> None:
    """The house encoding writes an acronym's expansion as a gloss; a project may prefer
    choice(abbr, expan), and the declaration says so."""
    prose = "The CC [Central Committee] met."
    house = convert_text(prose, overrides=META, enrich=False).tree.getroot()
    assert house.find(f".//{{{TEI_NS}}}choice") is None
    assert house.find(f".//{{{TEI_NS}}}p[@n='expansion']") is None
    profile = load_profile(write(tmp_path, 'extends = "wilson"\nenable = ["expansion"]\n'))
    root = convert_text(prose, overrides=META, profile=profile, enrich=False).tree.getroot()
    assert [e.text for e in root.iter(f"{{{TEI_NS}}}abbr")] == ["CC "]
    assert root.find(f".//{{{TEI_NS}}}p[@n='expansion']") is not None
