"""`[USSR MFA … stamp: SECRET Incoming Nº …]` → `stamp[@type]`."""

from __future__ import annotations

import re

from teikit.model import Intervention
from teikit.rules.base import BracketContext, Match

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


class StampRule:
    name = "stamp"
    kind = "stamp"
    label = "[… stamp: …]"
    description = "Stamps on the original, as the translation describes them."
    tei = "stamp[@type]"
    section = "interpretation"

    def apply(self, ctx: BracketContext) -> Match | None:
        if not _STAMP.search(ctx.inner):
            return None
        node = Intervention("stamp", {"type": stamp_type(ctx.inner)}, ctx.children(), self.kind)
        return Match([node])


RULE = StampRule()
