"""Acts a report tells apart or tells again: "The first attack ..." then "The second bombing ..."; a month's act
whose toll is told twice with another act between; "The attack on the recruits" after the second act, back to the
first."""

from __future__ import annotations

import re
from datetime import date

from marsad.extract.sentence import Mention

_ORDINAL = re.compile(r"\W*The (first|second|third) (?:[\w-]+ )?(?:attack|bombing|blast|explosion|raid|bomber)\b")
_FIRST_TOLD = re.compile(
    r"(?:^|(?<=[.!?]\s))The first (?:[\w-]+ )?(?:attack|bombing|blast|explosion|raid|bomber)\b", re.M
)


def second_after_first(mention: Mention, event: list[Mention], text: str) -> bool:
    """ "The first attack targeted police recruits ..., then "The second bombing targeted the security chief":
    two acts the report counts off."""
    told = _ORDINAL.match(text, mention.start)
    first = min(m.start for m in event)
    return bool(told and told[1] != "first" and _FIRST_TOLD.search(text, first, mention.start))


_SEVERAL_ACTS = re.compile(
    r"\b(?:two|twin|multiple|several|both|separate) (?:[\w-]+ )?(?:bombings|attacks|blasts|explosions|clashes"
    r"|encounters|gunfights)\b",  # "Six members ... and a soldier were killed in separate clashes"
    re.I,
)


def without_combined_toll(event: list[Mention], text: str) -> None:
    """The first of the acts a report counts off keeps none of the toll its lede gave them together ("At least 47
    people were killed ... from multiple bombings", then "The first attack ..." and "The second bombing ...")."""
    for mention in event:
        if mention.counts and _SEVERAL_ACTS.search(text, mention.start, mention.end):
            mention.counts = []


_TARGET_NAMED = re.compile(r"\W*The (?:attack|bombing|blast|explosion|raid) on the ([a-z]+)\b")


def event_of_target(mention: Mention, earlier: list[list[Mention]], text: str) -> list[Mention] | None:
    """The earlier act an uncounted "The attack on the recruits, who were queueing ..." names by its
    targets, told after another act: the one told where they were named."""
    named = _TARGET_NAMED.match(text, mention.start)
    if named is None or mention.counts:
        return None
    word = re.compile(rf"\b{named[1]}\b", re.I)
    return next((e for e in earlier if word.search(text, min(m.start for m in e), max(m.end for m in e))), None)


def same_month_toll(mention: Mention, event: list[Mention]) -> bool:
    """ "Last month, 42 Yemeni troops were killed by Islamic State militants in Mukalla" over a photo, then "Last month,
    IS claimed a wave of suicide bombings ... in Mukalla that killed at least 42 people": one act of that month, its
    toll told twice, with another act told between them."""
    months = {d[0].start for d in mention.dates if d[0].precision == "month"}
    towns = {p[1] for p in mention.places if p[0].precision != "country"}
    told = {p[1] for m in event for p in m.places if p[0].precision != "country"}
    own = {c[0].count.best or c[0].count.low for c in mention.counts[:1]}
    return (
        bool(months and own)
        and towns <= told
        and any(d[0].precision == "month" and d[0].start in months for m in event for d in m.dates)
        and any((c[0].count.best or c[0].count.low) in own for m in event for c in m.counts[:1])
    )


def years_before(event: list[Mention], published: date | None) -> bool:
    """Whether an act is told as one of an earlier year than the report's ("A similar encounter in Al Barka ... in
    2011"): what the report goes on to tell without a day of its own is not that act's, unless it names it."""
    days = [d[0].start for m in event for d in m.dates if d[0].start]
    return bool(published and days) and all(int(day[:4]) < published.year for day in days)


def names_an_act_told(mention: Mention, text: str) -> bool:
    """Whether a sentence points back at an act told before ("the network responsible for those bombings")."""
    return bool(_BACK_TO_IT.search(text, mention.start, mention.end))


_BACK_TO_IT = re.compile(
    r"\b(?:those|these) (?:[\w-]+ )?(?:attacks|bombings|blasts|killings|raids|clashes)\b"
    r"|\bthat (?:[\w-]+ )?(?:attack|bombing|blast|encounter|ambush|raid|massacre|clash)\b",
    re.I,
)
