"""Acts told in parts by their periods: "At least four other people were killed in June and another dozen in April"
tells two acts, each with its own count and month, not one act with two dates."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.extract.sentence import Mention, SentenceContext

# "... in June and another dozen in April", "... on Monday and a further 12 on Tuesday"
_AND_ANOTHER = re.compile(r"\s*,?\s+and\s+(?:another\s+|a further\s+)?$", re.I)
_ON_OR_IN = re.compile(r"\s+(?:(?:were|was)\s+(?:killed|kidnapped|abducted)\s+)?(?:in|on|during)\s+$", re.I)


def period_mentions(context: SentenceContext, event_type: str, counts: list) -> list[Mention]:
    """One mention per count where a sentence pairs two counts with two periods, each count told before its own
    ("four ... killed in June and another dozen in April"); none otherwise."""
    dates = context.dates()
    if len(counts) != 2 or len(dates) != 2:
        return []
    text = context.info.text
    (first, _), (second, _) = counts
    (_, first_day, first_end), (_, second_day, _) = dates
    if not (first.end <= first_day < first_end <= second.start < second.end <= second_day):
        return []
    lead = text[first.end : first_day]
    if len(lead) > 60 or re.search(r"[.;]", lead) or not re.search(r"\s(?:in|on|during)\s+$", lead):
        return []  # (a count and its period in one clause)
    if not (_AND_ANOTHER.search(text[first_end : second.start]) and _ON_OR_IN.fullmatch(text[second.end : second_day])):
        return []
    found = []
    for count, date in ((counts[0], dates[0]), (counts[1], dates[1])):
        mention = context.mention(event_type, [count])
        mention.dates = [date]
        found.append(mention)
    return found
