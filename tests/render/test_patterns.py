"""The stylesheets' match patterns stay in the form libxslt matches quickly."""

from __future__ import annotations

import re

from lxml import etree

from teikit.render.stylesheets import xslt_dir

XSL = "{http://www.w3.org/1999/XSL/Transform}"
# A step with a second predicate ("tei:note[a][b]"), outside quoted strings.
_STACKED_PREDICATES = re.compile(r"\]\s*\[")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")


def test_no_pattern_stacks_predicates_on_a_step() -> None:
    """libxslt matches `a[p][q]` by evaluating `//a[p][q]` over the whole document (once per
    page and pattern): a tenth of a page's transform. `a[p and q]` is matched in place."""
    stacked = []
    stylesheets = sorted(xslt_dir().rglob("*.xsl"))
    assert len(stylesheets) >= 9
    for path in stylesheets:
        for element in etree.parse(str(path)).iter(f"{XSL}template", f"{XSL}key"):
            pattern = element.get("match")
            if pattern and _STACKED_PREDICATES.search(_QUOTED.sub("''", pattern)):
                stacked.append(f"{path.name}:{element.sourceline}: {pattern}")
    assert stacked == []
