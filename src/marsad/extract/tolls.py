"""Two counts of one toll added up: "Twelve soldiers and at least 20 militants were killed", "killing nine of
them, and gunmen shot dead two more"."""

from __future__ import annotations

import re

from marsad.extract.counts import Count, CountMention

COMBATANTS = ("soldiers", "fighters", "police")
_KILLED_BETWEEN = re.compile(r"\b(?:killing|killed|shot dead|shooting dead|shot|beheaded|slaughtered)\b", re.I)


_JOINED = re.compile(
    r"^,?\s+(?:(?!(?:killed|recruited|abducted|kidnapped|executed|raped|injured|wounded|missing|captured)\b)[\w'-]+,?\s+){0,3}"
    r"(?:of (?:the )?(?:[\w.'-]+\s+){1,3})?"  # "seven members of the security forces and five"
    r"(?:and|as well as)\s+(?:their\s+|his\s+|her\s+|the\s+)?[\"“]?$"
)


def _summed(a: Count, b: Count) -> Count:
    """Two counts of one toll added up: exact when both are, else "at least" the sum of their lows."""
    low = (a.low if a.low is not None else a.best or 0) + (b.low if b.low is not None else b.best or 0)
    exact = a.qualifier == b.qualifier == "exact"
    return Count(low, low, a.high + b.high if exact else None, "exact" if exact else "at_least")


def join_sums(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """'Twelve soldiers and at least 20 militants were killed': the victims are the sum, put first."""
    if len(found) < 2:
        return
    (first, cat_a), (second, cat_b) = found[0], found[1]
    if not _JOINED.match(text[first.end - offset : second.start - offset]):
        return
    total = _summed(first.count, second.count)
    larger = (second.count.best or second.count.low or 0) > (first.count.best or first.count.low or 0)
    found.insert(
        0,
        (
            CountMention(first.start, second.end, text[first.start - offset : second.end - offset], total),
            cat_b if larger else cat_a,  # "53 gendarmes and four civilians", "five soldiers and 58 civilians"
        ),
    )


MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)")


def more_added(text: str, offset: int, found: list[tuple[CountMention, str]]) -> None:
    """ "killing nine of them, and gunmen shot dead two more": one toll, the sum, put first."""
    if len(found) < 2 or found[0][1] in COMBATANTS:
        return
    (first, category), later = found[0], found[1:]
    more = next((c for c, _ in later if MORE_AFTER.match(text, c.end - offset) and c.start > first.end), None)
    if more is None or not _KILLED_BETWEEN.search(text, first.end - offset, more.start - offset):
        return  # "killed at least 60 miners, ... adding that dozens more were missing": not more dead
    total = _summed(first.count, more.count)
    found.insert(
        0, (CountMention(first.start, more.end, text[first.start - offset : more.end - offset], total), category)
    )
