"""Weigh a line's cues into a role: a linear score per role from the fitted table.

Lines are classified in order, and the role given to the line before is a cue of its own
(`previous=signed`), so that a title under a signature or the items under a list heading
follow their first line.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from teikit.readers.furniture.cues import LineView, line_cues, text_cues

ROLES = ("text", "signed", "dateline", "classification", "number", "distribution", "stamp")
TABLE = "roles_table.json"
UNSURE_MARGIN = 1.0
"""A decision whose best score leads the second by less than this is reported as unsure."""


@dataclass(frozen=True)
class Weights:
    """Role → cue → weight, as fitted (`teikit.readers.furniture.training`)."""

    table: dict[str, dict[str, float]]

    @cached_property
    def by_cue(self) -> dict[str, list[tuple[str, float]]]:
        """Cue → the roles it weighs on: a line's few cues are looked up, not every role's
        table."""
        inverted: dict[str, list[tuple[str, float]]] = {}
        for role, weights in self.table.items():
            for cue, weight in weights.items():
                inverted.setdefault(cue, []).append((role, weight))
        return inverted

    def scores(self, cues: list[str]) -> dict[str, float]:
        # Every role scores, those a table leaves out at zero: a table fitted on documents
        # without lists, or written by hand, still lets every line have a role ("text").
        totals = dict.fromkeys(ROLES, 0.0) | dict.fromkeys(self.table, 0.0)
        by_cue = self.by_cue
        for cue in cues:
            for role, weight in by_cue.get(cue, ()):
                totals[role] += weight
        return totals


TABLE_ENV = "TEIKIT_FURNITURE_TABLE"
"""A role table fitted elsewhere (a project's own gold, a fold of a k-fold check)."""


def packaged_weights() -> Weights:
    """The role table, read anew at each call: its owner (`LineTests`) reads it once."""
    override = os.environ.get(TABLE_ENV)
    if override:
        text = Path(override).read_text("utf-8")
    else:
        # Beside this module, in a wheel as in a checkout; importlib.resources would import
        # zipfile for it, a few milliseconds of every one-file conversion.
        text = Path(__file__).with_name(TABLE).read_text("utf-8")
    return Weights(json.loads(text)["weights"])


@dataclass(frozen=True, slots=True)
class Decision:
    """The role chosen for a line, its score and its lead over the runner-up."""

    role: str
    score: float
    margin: float
    cues: tuple[str, ...] = ()
    """The cues that counted most for the chosen role, strongest first."""

    @property
    def unsure(self) -> bool:
        return self.margin < UNSURE_MARGIN


# Cues that mean more after a line of a given role: a name under a list heading is an item,
# a title under a signature belongs to it.
PAIRED_CUES = ("name_like", "enumerated", "recipient_title", "date_only", "office_title",
               "title_case", "all_caps", "words_1", "words_2_4", "comma_list", "numeric_date")


def with_previous(cues: list[str], previous: str) -> list[str]:
    paired = [f"previous={previous}+{cue}" for cue in cues if cue in PAIRED_CUES]
    return [*cues, f"previous={previous}", *paired]


# What a line must show to be given a role at all, whatever the weights say: a signature has
# a signer, a number a number, a dateline a date or a sending word. A sentence of the text is
# never furniture. Nobody signs before the text begins; one addressee is no list.
REQUIRED_CUES: dict[str, frozenset[str]] = {
    "signed": frozenset({"name_like", "name_in_caps", "spaced_capitals", "signature_mark",
                         "valediction", "signing_body", "all_caps", "office_title"}),
    "number": frozenset({"number_sign", "number_at_start", "code_token", "digits_only"}),
    "dateline": frozenset({"has_date", "date_only", "sent_when"}),
    "classification": frozenset({"classification_word", "classification_line"}),
    "distribution": frozenset({"distribution_head", "enumerated", "plural_recipients",
                               "copy_item",
                               "previous=distribution+name_like",
                               "previous=distribution+recipient_title",
                               "previous=distribution+title_case"}),
    "stamp": frozenset({"stamp_mark"}),
}


# A cue that rules a role out, whatever else the line shows.
VETOES: dict[str, str] = {
    # A dateline says where and when: `of the Central Committee meeting held on 12 April 1967`
    # goes on a heading, `Minutes of conversation …, Bucharest, 4 June 1973` is one, `On
    # March 6 at 2 P.M. the embassy sent a cable` is a sentence.
    "starts_lower": "dateline",
    "record_kind": "dateline",
    "beyond_dateline": "dateline",
    "distribution_head": "number",  # `Two copies printed. Nº 2 to file.`: the copies
    "topic_item": "distribution",  # `1. On Kellezi’s Visit to China`: a subject, no recipient
    "date_only@opener": "distribution",  # `Time: October 16, 1963` under the participants
    "stamp_unsigned": "signed",  # `Stamp DECLASSIFIED` is nobody's signature
}


def allowed_roles(cues: list[str]) -> list[str]:
    present = set(cues)
    if "sentence" in present or "page_number" in present or "typist_mark" in present:
        # a page's number is no signature, number or date either, nor are the typist's
        # initials (`fb`, `GB/lmr`)
        return ["text"]
    if "date_only" in present:
        present.discard("all_caps")  # "31.III.50" is no name in capitals
    if "sending" in present or "typist_mark" in present or ("number_at_start" not in present and (
            "words_9_15" in present or "words_16_plus" in present)):
        # "Date: 06.03.1976/03:00" is no number, nor a title that cites one ("Extract from
        # Protocol No. 12 of the session …"), nor the copies-and-typist mark `5-nb`.
        present -= REQUIRED_CUES["number"]
    if "ends_colon" in present and "number_at_start" not in present:
        # `Comrade Strzałkowski in dispatch No. 65 of 2/6/69 states:`: a sentence that
        # cites a number and introduces what follows
        present -= REQUIRED_CUES["number"]
    if "distribution_head" not in present and (
            "receipt" in present or "ends_colon" in present or "ends_exclamation" in present
            or ("to_head" in present and "plural_recipients" not in present)):
        # "Comrades Peng and Huang:" and "Dear Comrades!" are salutes, "To: KRAJEWSKI, …" an
        # address, "Sent to 8th Department …" a docket.
        present -= REQUIRED_CUES["distribution"]
    for cue in VETOES.keys() & present:
        present -= REQUIRED_CUES[VETOES[cue]]
    return [role for role in ROLES
            if role == "text" or (not REQUIRED_CUES[role].isdisjoint(present)
                                  and not (role == "signed" and "bias@opener" in present))]


def decide(cues: list[str], weights: Weights) -> Decision:
    scores = weights.scores(cues)
    allowed = allowed_roles(cues)
    ranked = sorted(((r, v) for r, v in scores.items() if r in allowed),
                    key=lambda item: -item[1])
    role, best = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else best - 10
    contribution = weights.table.get(role, {})
    # Interned: a decision is kept per line for the whole conversion, and the zoned and paired
    # cue names are made afresh for every line.
    deciding = tuple(sys.intern(c) for c in sorted((c for c in cues if contribution.get(c, 0) > 0),
                                                   key=lambda c: -contribution[c])[:4])
    return Decision(role, best, best - runner_up, deciding)


def remembered_decisions(weights: Weights, answers: int | None = None,
                         ) -> Callable[[tuple[str, ...]], Decision]:
    """`decide` for a set of cues, remembered (the `answers` asked last, or all): a decision
    is a function of the cues alone, and a long file's lines, like a collection's, fall into
    a few thousand sets of them, each with one shared (frozen) decision."""
    return lru_cache(maxsize=answers)(lambda cues: decide(list(cues), weights))


class LineClassifier:
    """Lines in document order, one at a time, each weighed with the role of the line before:
    a long file's views need not all exist at once."""

    def __init__(self, weights: Weights | None = None,
                 cues_of: Callable[[str], frozenset[str]] = text_cues,
                 decide_cues: Callable[[tuple[str, ...]], Decision] | None = None) -> None:
        """`decide_cues`: a run's remembering decision for a set of cues (`LineTests`), shared
        by its documents; without it, one remembered for this classifier's lines."""
        self.weights = weights or packaged_weights()
        self.cues_of = cues_of
        self.previous = "none"
        self.decide_cues = decide_cues or remembered_decisions(self.weights)

    def decide(self, line: LineView) -> Decision:
        decision = self.decide_cues(tuple(with_previous(line_cues(line, self.cues_of),
                                                        self.previous)))
        self.previous = decision.role
        return decision


def classify(lines: list[LineView], weights: Weights | None = None,
             cues_of: Callable[[str], frozenset[str]] = text_cues) -> list[Decision]:
    """The lines' roles, in order; a run passes the table it read and its remembering
    `cues_of` (without them the table is read for this call)."""
    classifier = LineClassifier(weights, cues_of)
    return [classifier.decide(line) for line in lines]
