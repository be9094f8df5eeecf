"""Funders named in a ``Credits`` line or a ``Donors`` field."""

from __future__ import annotations

import re

# "This document was made possible with support from Leon Levy Foundation".
_SUPPORT = re.compile(
    r"\b(?:support|funding|grants?)\s+(?:from|of|by)\s+(?P<names>.+)$|\bfunded by\s+(?P<by>.+)$",
    re.IGNORECASE,
)
# Between organisations: commas, semicolons, "and the"; a bare "and" may be inside a name
# ("Ministry of Foreign Affairs and Trade"), so it only separates after a comma.
# (a separator begins where its run of spaces does, never inside it: tried from each space of
# a long run, the search would read the run again from each)
_BETWEEN = re.compile(r"(?<!\s)\s*(?:;|,\s*and\s+|,|\s+and\s+(?=the\s))\s*")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def funders(credits: str) -> list[str]:
    """Organisation names: ``… support from the Henry Luce Foundation.`` → that foundation."""
    match = _SUPPORT.search(credits)
    names = (match.group("names") or match.group("by")) if match else credits
    found: dict[str, None] = {}  # in order, each once (a list searched per name: the square)
    for part in _BETWEEN.split(names.strip()):
        name = _ARTICLE.sub("", part.strip()).rstrip(" .")
        if name:
            found[name] = None
    return list(found)
