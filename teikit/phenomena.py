"""What the conversion summary counts, from the document model before it is written.

Inline interventions are counted by their `kind`, which each rule takes from its convention's
record (its summary key); a reading marked doubtful (`cert="low"`) is counted as `uncertain`
besides what it is. Blocks of the document's furniture are counted by their role.
"""

from __future__ import annotations

from collections import Counter

from teikit.model import (
    Body,
    DistributionList,
    Furniture,
    Inline,
    Intervention,
    NoteText,
    PageBreak,
    Role,
    block_inlines,
    iter_blocks,
    iter_interventions,
)

# The summary lists phenomena by count, and those of equal count in this order.
SUMMARY_ORDER = (
    "handwritten", "sic", "supplied", "normalized_name", "uncertain", "foreign", "illegible",
    "omission", "gap", "editorial_note", "footnote", "page_break", "quotation", "signature",
    "dateline", "distribution_list", "registry", "classification", "stamp", "unclassified",
    "expansion", "uncertain_reading", "emphasis",
)
UNCERTAIN = "uncertain"
"""The key of readings the translator doubts, whatever element encodes them."""

ROLE_KEYS = {
    Role.SIGNED: "signature",
    Role.DATELINE: "dateline",
    Role.CLASSIFICATION: "classification",
    Role.STAMP: "stamp",
    Role.DOCKET: "registry",
    Role.DOCUMENT_NUMBER: "registry",
    Role.REGISTRY: "registry",
}


def _page_breaks(inlines: list[Inline]) -> int:
    count = 0
    stack = list(inlines)
    while stack:
        node = stack.pop()
        if isinstance(node, PageBreak):
            count += 1
        elif isinstance(node, Intervention):
            stack.extend(node.children)
    return count


def count_phenomena(body: Body) -> Counter[str]:
    found: Counter[str] = Counter()
    for node in iter_interventions(body):
        if node.kind:
            found[node.kind] += 1
        if node.attrs.get("cert") == "low":
            found[UNCERTAIN] += 1
    for block in iter_blocks(body):
        if isinstance(block, NoteText):
            found["footnote"] += 1
        elif isinstance(block, DistributionList):
            found["distribution_list"] += 1
        elif isinstance(block, Furniture) and block.role in ROLE_KEYS:
            found[ROLE_KEYS[block.role]] += 1
        for inlines in block_inlines(block):
            found["page_break"] += _page_breaks(inlines)
    ordered = Counter({key: found.pop(key) for key in SUMMARY_ORDER if found[key]})
    ordered.update(+found)  # keys of project conventions, after the house ones
    return ordered
