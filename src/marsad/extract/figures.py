"""Wording that tells a running figure from the toll of one act, and a total's parts from new figures."""

from __future__ import annotations

import re

CONTINUES_CLAIM = re.compile(
    r"\b(?:of (?:those|them|whom)|the (?:rest|remainder)|(?:over|in|during) the same period|during the year"
    r"|the majority)\b",
    re.I,
)
PART_OF_TOTAL = re.compile(
    r"\bthe (?:count|number|toll|total|figure|tally) (?:also )?includ\w*|\bof the total\b|\bbesides\b"
    r"|\b(?:more|less) than half of\b|\bin total\b|\b(?:has|have|had) also (?:\w+ )?(?:executed|killed|beheaded)\b",
    re.I,
)
# the toll of one act, whatever its date: "a massacre last year which left an estimated 1,700 dead",
# "the heaviest attack against the army to date left 12 soldiers dead", "after gunmen launched an attack"
SINGLE_TOLL = re.compile(
    r"\b(?:an?|the|one) (?:[\w'-]+ ){0,3}(?:attack|massacre|raid|assault|ambush|bombing|blast|explosion)\b"
    r"(?:(?!\b(?:attacks|since|each|every)\b)[^.;]){0,50}\b(?:left|leaving)\b"
    r"|\b(?:launched|carried out|staged|mounted|conducted) (?:an?|one) (?:[\w-]+ ){0,2}"
    r"(?:attack|raid|assault|massacre)\b",
    re.IGNORECASE,
)
COUNTED_TOTAL = re.compile(r"\b(?:a total of|the number of|in total|tolls?|tall(?:y|ies))\b", re.IGNORECASE)


def vague_thousands(count) -> bool:
    """Whether a count is a vague figure in the thousands ("thousands of Yazidis"), with no best value."""
    return count.qualifier == "range" and count.best is None and (count.low or 0) >= 1000
