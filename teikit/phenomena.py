"""What the conversion summary counts, from the document model before it is written.

Inline interventions are counted by their `kind`, which each rule takes from its convention's
record (its summary key); a reading marked doubtful (`cert="low"`) is counted as `uncertain`
besides what it is. Blocks of the document's furniture are counted by their role where the
TEI sets them apart: every role in the opener and the closer; in the running text and the
postscript, only the markings that stand between paragraphs (a classification, a registry
number): a line of another role there is a paragraph.
"""

from __future__ import annotations

from collections import Counter

from teikit.model import (
    BlockQuote,
    Body,
    DistributionList,
    Furniture,
    Inline,
    Intervention,
    NoteText,
    PageBreak,
    Paragraph,
    Role,
    block_inlines,
    iter_placed_blocks,
)

# The summary lists phenomena by count, and those of equal count in this order.
SUMMARY_ORDER = (
    "handwritten", "sic", "supplied", "normalized_name", "uncertain", "foreign", "original",
    "illegible", "omission", "gap", "editorial_note", "footnote", "page_break", "quotation",
    "signature", "dateline", "distribution_list", "registry", "classification", "stamp",
    "unclassified", "expansion", "uncertain_reading", "emphasis", "insertion", "deletion",
    "picture", "link",
)
UNCERTAIN = "uncertain"
"""The key of readings the translator doubts, whatever element encodes them."""

# Roles set apart between paragraphs (teikit.writers.tei, BodyWriter._block).
_BETWEEN_PARAGRAPHS = frozenset({Role.CLASSIFICATION, Role.REGISTRY, Role.DOCUMENT_NUMBER})
ROLE_KEYS = {
    Role.SIGNED: "signature",
    Role.DATELINE: "dateline",
    Role.CLASSIFICATION: "classification",
    Role.STAMP: "stamp",
    Role.DOCKET: "registry",
    Role.DOCUMENT_NUMBER: "registry",
    Role.REGISTRY: "registry",
}


def _count_inline(inlines: list[Inline], found: Counter[str]) -> None:
    """Count the interventions (by kind, and the doubted ones) and page breaks of a run of
    inline nodes, at every depth, in one walk (in document order: a project's kinds are
    listed in the order they first occur)."""
    stack = list(reversed(inlines))
    while stack:
        node = stack.pop()
        if isinstance(node, Intervention):
            if node.kind:
                found[node.kind] += 1
            if node.attrs.get("cert") == "low":
                found[UNCERTAIN] += 1
            stack.extend(reversed(node.children))
        elif isinstance(node, PageBreak):
            found["page_break"] += 1


def count_phenomena(body: Body) -> Counter[str]:
    found: Counter[str] = Counter()
    for block, in_text in iter_placed_blocks(body):
        if isinstance(block, NoteText):
            found["footnote"] += 1
        elif isinstance(block, Paragraph) and block.language:
            found["original"] += 1  # (the original in its own script, a paragraph whole)
        elif isinstance(block, DistributionList) and block.kind == "distribution":
            found["distribution_list"] += 1
        elif isinstance(block, BlockQuote):
            found["quotation"] += 1
        elif isinstance(block, Furniture) and block.role in ROLE_KEYS and (
                not in_text or block.role in _BETWEEN_PARAGRAPHS):
            found[ROLE_KEYS[block.role]] += 1
        for inlines in block_inlines(block):
            _count_inline(inlines, found)
    ordered = Counter({key: found.pop(key) for key in SUMMARY_ORDER if found[key]})
    ordered.update(+found)  # keys of project conventions, after the house ones
    return ordered
