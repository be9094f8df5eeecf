"""Project profiles in TOML.

```toml
name = "myproject"
title = "My project's conventions"
extends = "wilson"              # optional: start from a built-in profile

[[rule]]
name = "crossed-out"
pattern = '(?i)^crossed out:\\s*(?P<content>.*)$'   # matched against the bracket's inside
tei = "del"                    # element, or "outer/inner" (content goes in the inner one)
attributes = { rend = "strikethrough" }
resp = "#editor"               # optional
reason = "deleted"             # optional
label = "[crossed out: …]"
description = "Words crossed out in the original."
kind = "deletion"
before = "supplied"            # optional: insert before this rule (or `after = …`)
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teikit import templates
from teikit.errors import Location, ProfileError
from teikit.model import Inline, Intervention
from teikit.profiles import BUILT_IN, Profile
from teikit.rules.base import BracketContext, BracketRule, Match
from teikit.tomlfile import load_toml

_TAG = re.compile(r"^[A-Za-z][\w.-]*$")


@dataclass
class PatternRule:
    name: str
    pattern: re.Pattern[str]
    tei: str
    attributes: dict[str, str] = field(default_factory=dict)
    kind: str = "convention"
    label: str = ""
    description: str = ""
    section: str = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        found = self.pattern.fullmatch(ctx.inner)
        if found is None:
            return None
        if "content" in found.groupdict() and found.group("content") is not None:
            start, end = found.span("content")
        else:
            start, end = 0, len(ctx.inner)
        children: list[Inline] = ctx.parse(start, end)
        template = templates.template("[" + ctx.inner[:start], ctx.inner[end:] + "]")
        tags = self.tei.split("/")
        for depth, tag in enumerate(reversed(tags)):
            outermost = depth == len(tags) - 1
            node = Intervention(
                tag,
                dict(self.attributes) if outermost else {},
                children,
                self.kind if outermost else None,
                template if outermost else None,
            )
            children = [node]
        return Match(children)


def _fail(path: Path, message: str) -> ProfileError:
    return ProfileError(message, Location(str(path)))


def _pattern_rule(path: Path, index: int, spec: dict[str, Any]) -> PatternRule:
    where = f"[[rule]] #{index + 1}"
    for required in ("name", "pattern", "tei"):
        if not isinstance(spec.get(required), str) or not spec[required]:
            raise _fail(path, f"{where}: '{required}' is required (a non-empty string)")
    try:
        pattern = re.compile(spec["pattern"], re.DOTALL)
    except re.error as exc:
        raise _fail(path, f"{where} ({spec['name']}): bad pattern: {exc}") from exc
    tags = spec["tei"].split("/")
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
    return PatternRule(
        name=spec["name"],
        pattern=pattern,
        tei=spec["tei"],
        attributes=attributes,
        kind=str(spec.get("kind", spec["name"])),
        label=str(spec.get("label", "")),
        description=str(spec.get("description", "")),
        section=str(spec.get("section", "interpretation")),
    )


def _insert(rules: list[BracketRule], rule: BracketRule, spec: dict[str, Any], path: Path) -> None:
    names = [r.name for r in rules]
    for key, shift in (("before", 0), ("after", 1)):
        target = spec.get(key)
        if target:
            if target not in names:
                raise _fail(path, f"rule {rule.name}: no rule named {target!r} to go {key}")
            rules.insert(names.index(target) + shift, rule)
            return
    # By default a project rule is more specific than the house rules: it goes first.
    rules.insert(0, rule)


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
    for index, spec in enumerate(specs):
        _insert(profile.rules, _pattern_rule(path, index, spec), spec, path)
    return profile
