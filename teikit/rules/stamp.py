"""`[USSR MFA … stamp: SECRET Incoming Nº …]` → `stamp[@type]`."""

from __future__ import annotations

import re

from teikit.conventions import Convention, bracketed
from teikit.rules.base import BracketContext, Match, Rule

CONVENTION = Convention("stamp", "[… stamp: …]", "stamp[@type]",
                        "Stamps on the original, as the translation describes them.",
                        summary="stamp", forms=(bracketed("stamp"),))
_STAMP = re.compile(r"(?i)\bstamp(?:ed)?\b")
_RECEIVED = re.compile(r"(?i)\b(?:incoming|received|arrived)\b")
_CLASSIFIED = re.compile(r"(?i)\b(?:secret|confidential|restricted)\b")
_REGISTRY = re.compile(r"(?i)\b(?:registry|registered|no\.|nº|№)")


def stamp_type(text: str) -> str:
    if _RECEIVED.search(text):
        return "received"
    if _REGISTRY.search(text):
        return "registry"
    if _CLASSIFIED.search(text):
        return "classification"
    return "unknown"


def _read(ctx: BracketContext) -> Match | None:
    if not _STAMP.search(ctx.inner):
        return None
    return Match([CONVENTION.node("stamp", {"type": stamp_type(ctx.inner)}, ctx.children())])


RULE = Rule(CONVENTION, _read)
