"""Project profiles in TOML.

```toml
name = "myproject"
title = "My project's conventions"
extends = "wilson"              # optional: start from a built-in profile
disable = ["gloss"]             # optional: rules of the base profile left out, by name
enable = []                     # optional: rules of the base profile switched back on
order = ["sic", "handwritten"]  # optional: these rules first, in this order

[[rule]]                        # a new convention: its rule and its record in one table
name = "crossed-out"
pattern = '(?i)^crossed out:\\s*(?P<content>.*)$'   # matched against the bracket's inside
tei = "del"                    # element, or "outer/inner" (content goes in the inner one)
attributes = { rend = "strikethrough" }
resp = "#editor"               # optional
reason = "deleted"             # optional
marker = "[crossed out: {}]"   # optional: the canonical source form ({} for the content);
                               # a bracket written otherwise records its form in @rend
syntax = "[crossed out: …]"    # the legend's syntax line (also `label`)
legend = "Words crossed out in the original."   # the legend's wording (also `description`)
section = "correction"         # of editorialDecl: correction, normalization, interpretation
summary = "deletion"           # the summary's key (also `kind`; default: the name)
before = "supplied"            # optional: insert before this rule (or `after = …`)

[[rule]]                        # an existing rule moved: its name and a place
name = "gloss"
after = "name"
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teikit.conventions import SECTIONS, Convention, Form, FormTable
from teikit.conventions.text_markup import TEXT_MARKUP
from teikit.errors import Location, ProfileError
from teikit.model import Inline
from teikit.profiles import BUILT_IN, Profile
from teikit.rules.base import BracketContext, Match
from teikit.rules.ruler import Ruler, RulerError
from teikit.tomlfile import load_toml

_TAG = re.compile(r"^[A-Za-z][\w.-]*$")


@dataclass
class PatternRule:
    """A rule from a profile: a pattern over the bracket's inside and the TEI it becomes."""

    convention: Convention
    pattern: re.Pattern[str]
    tags: tuple[str, ...]
    attributes: dict[str, str]

    def apply(self, ctx: BracketContext) -> Match | None:
        found = self.pattern.fullmatch(ctx.inner)
        if found is None:
            return None
        if "content" in found.groupdict() and found.group("content") is not None:
            start, end = found.span("content")
        else:
            start, end = 0, len(ctx.inner)
        children: list[Inline] = ctx.parse(start, end)
        template = "[" + ctx.inner[:start] + "{}" + ctx.inner[end:] + "]"
        for depth, tag in enumerate(reversed(self.tags)):
            outermost = depth == len(self.tags) - 1
            attrs = dict(self.attributes) if outermost else {}
            children = [self.convention.node(tag, attrs, children,
                                             template if outermost else None,
                                             counted=outermost)]
        return Match(children)


def _fail(path: Path, message: str) -> ProfileError:
    return ProfileError(message, Location(str(path)))


def _text(spec: dict[str, Any], *keys: str, default: str = "") -> str:
    for key in keys:
        if spec.get(key) is not None:
            return str(spec[key])
    return default


def _pattern_rule(path: Path, where: str, spec: dict[str, Any]) -> PatternRule:
    for required in ("pattern", "tei"):
        if not isinstance(spec.get(required), str) or not spec[required]:
            raise _fail(path, f"{where}: '{required}' is required (a non-empty string)")
    try:
        pattern = re.compile(spec["pattern"], re.DOTALL)
    except re.error as exc:
        raise _fail(path, f"{where} ({spec['name']}): bad pattern: {exc}") from exc
    tags = tuple(spec["tei"].split("/"))
    if not all(_TAG.match(t) for t in tags):
        raise _fail(path, f"{where} ({spec['name']}): 'tei' must be element names like 'del' "
                          "or 'persName/reg'")
    attributes = {str(k): str(v) for k, v in dict(spec.get("attributes", {})).items()}
    if "rend" in attributes:
        raise _fail(path, f"{where} ({spec['name']}): '@rend' is reserved for the source's "
                          "marker, which teikit records itself")
    for key in ("resp", "reason"):
        if spec.get(key):
            attributes[key] = str(spec[key])
    section = _text(spec, "section", default="interpretation")
    if section not in SECTIONS:
        raise _fail(path, f"{where} ({spec['name']}): 'section' must be one of "
                          f"{', '.join(SECTIONS)}")
    marker = spec.get("marker")
    if marker is not None and (not isinstance(marker, str) or marker.count("{}") != 1):
        raise _fail(path, f"{where} ({spec['name']}): 'marker' must be a string with one {{}} "
                          "for the content")
    # The marker describes the outermost element, with the attributes the rule always gives it.
    form = Form(tags[0], marker, tuple(sorted(attributes.items())))
    convention = Convention(
        name=spec["name"],
        syntax=_text(spec, "syntax", "label"),
        legend=_text(spec, "legend", "description"),
        tei=spec["tei"],
        section=section,
        summary=_text(spec, "summary", "kind", default=spec["name"]),
        forms=(form,),
    )
    return PatternRule(convention, pattern, tags, attributes)


def _names(path: Path, data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(path, f"'{key}' must be a list of rule names")
    return value


def _apply_rule_spec(ruler: Ruler, path: Path, index: int, spec: dict[str, Any]) -> None:
    where = f"[[rule]] #{index + 1}"
    if not isinstance(spec, dict) or not isinstance(spec.get("name"), str) or not spec["name"]:
        raise _fail(path, f"{where}: 'name' is required (a non-empty string)")
    before, after = spec.get("before"), spec.get("after")
    if spec["name"] in ruler.names() and "pattern" not in spec:
        ruler.move(spec["name"], before=before, after=after)
        if "enabled" in spec:
            (ruler.enable if spec["enabled"] else ruler.disable)([spec["name"]])
        return
    rule = _pattern_rule(path, where, spec)
    # By default a project rule is more specific than the house rules: it goes first.
    ruler.insert(rule, before=before, after=after)


def load_toml_profile(path: Path) -> Profile:
    _, data = load_toml(path, ProfileError)
    base = data.get("extends")
    if base is not None and base not in BUILT_IN:
        raise _fail(path, f"extends: unknown profile {base!r} (known: {', '.join(BUILT_IN)})")
    profile = BUILT_IN[base]() if base else Profile(name="", title="")
    profile.name = str(data.get("name", path.stem))
    profile.title = str(data.get("title", profile.title or profile.name))
    profile.text_language = str(data.get("text_language", profile.text_language))
    specs = data.get("rule", [])
    if not isinstance(specs, list):
        raise _fail(path, "'rule' must be an array of tables ([[rule]])")
    try:
        for index, spec in enumerate(specs):
            _apply_rule_spec(profile.ruler, path, index, spec)
        profile.ruler.disable(_names(path, data, "disable"))
        profile.ruler.enable(_names(path, data, "enable"))
        profile.ruler.reorder(_names(path, data, "order"))
    except RulerError as exc:
        raise _fail(path, str(exc)) from exc
    for first, second in FormTable([*profile.conventions, *TEXT_MARKUP]).conflicts():
        where = dict(first.attrs) or "any attributes"
        raise _fail(path, f"two markers for <{first.tag}> with {where}: {first.marker!r} and "
                          f"{second.marker!r} (the TEI could not give the source back)")
    return profile
