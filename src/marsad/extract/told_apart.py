"""Acts a report tells apart or tells again: "The first attack ..." then "The second bombing ..."; a month's act
whose toll is told twice with another act between; "The attack on the recruits" after the second act, back to the
first."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from marsad.extract.places import precision_of
from marsad.extract.sentence import Mention

# "the second grave ...", "were unearthed in another grave": a second scene with its own count
ANOTHER_SCENE = re.compile(
    r"\b(?:another|a second|the second|a third|the third|one|a separate|an earlier|a similar) "
    r"(?:mass |(?:[A-Z][\w-]+ ){1,2})?"
    r"(?:grave|attack|raid|ambush|blast|explosion|incident|assault|execution|beheading|bomb)\b"
    r"|\b(?:echoed|recalled) (?:an?|the) (?:[\w-]+ ){0,2}(?:massacre|attack|raid|bombing|ambush)\b"
    # "one of the largest since the kidnapping of 276 girls from ... Chibok in 2014": an earlier act
    r"|\bsince the (?:[\w-]+ ){0,2}(?:kidnapping|abduction|attack|massacre|bombing)s? of\b"
    r"|\ba (?:19|20)\d\d (?:[\w-]+ ){0,2}(?:attack|assault|raid|bombing|massacre|ambush)\b"  # "a 2022 assault on ..."
    # "the most deadly in the country since a suicide bombing ... at Kabul airport, which killed 182"
    r"|\b(?:deadliest|most deadly|worst|bloodiest|largest) (?:[\w-]+ ){0,8}since (?:an?|the) (?:[\w-]+ ){0,4}"
    r"(?:bombing|attack|massacre|kidnapping|abduction|raid|ambush)s?\b"
    r"|\b(?:largest|deadliest|worst|biggest) (?:[\w-]+ ){0,2}(?:abduction|kidnapping|attack|massacre) "
    r"(?:by [\w-]+(?: [\w-]+)? )?occurred when\b"
    # "the rebel group arrived from the town of Pasidi (Ituri province), where they killed two civilians"
    r"|\b(?:arrived|came) from (?:the (?:town|village) of )?[A-Z][\w'’-]+\b[^.;]{0,40}, where (?:they|it|the \w+) "
    r"(?:had )?(?:killed|kidnapped|abducted|attacked)\b"
    # "In Nikopol, a city to the northwest ..., an 18-year-old died", "Further to the southwest, in the city of Kherson"
    r"|^\W*In (?-i:[A-Z])[\w'’-]+, a (?:city|town|village) (?:to the|in the|near)\b"
    r"|^\W*(?:Further|Farther) (?:to the )?(?:north|south|east|west)[\w-]*, in the (?:city|town|village) of\b",
    re.IGNORECASE,
)

# "in the early hours of the following day, being Saturday the 11th July, 2020, these Fulani Militia continued their
# attacks in neighbouring remote communities": the next night's raids, told on their own day
DAY_AFTER_WITHIN = re.compile(
    r"\b(?:of|on) the (?:next|following) (?:day|night|morning)\b[^.;]{0,80}"
    r"\bcontinued (?:their|its) (?:attacks|raids)\b"
)

# (or "The second, carried out a few hours later by a suicide bomber in Alexandria, hit ...")
_ORDINAL = re.compile(r"\W*The (first|second|third)(?: (?:[\w-]+ )?(?:attack|bombing|blast|explosion|raid|bomber)\b|,)")
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
    r"|encounters|gunfights|operations)\b"  # "killed in separate clashes", "two military operations"
    # "bomb attacks on the symbolic cathedral seat of the Coptic Pope and another church"
    r"|\band another (?:church|mosque|school|market|hotel|village|town|bus|checkpoint)\b",
    re.I,
)
_ANOTHER_SITE = re.compile(r"\band another [a-z]+\b")


def without_combined_toll(event: list[Mention], text: str) -> None:
    """The first of the acts a report counts off keeps none of the toll its lede gave them together ("At least 47
    people were killed ... from multiple bombings", then "The first attack ..." and "The second bombing ...")."""
    for mention in event:
        if mention.counts and _SEVERAL_ACTS.search(text, mention.start, mention.end):
            mention.counts = []
            if _ANOTHER_SITE.search(text, mention.start, mention.end):  # "attacks on a cathedral in Mansoura and
                mention.places = [p for p in mention.places if p[0].precision in ("country", "admin1")]  # another"


_TARGET_NAMED = re.compile(r"\W*The (?:attack|bombing|blast|explosion|raid) on the ([a-z]+)\b")


_FIRST_RETOLD = re.compile(  # (after a section's heading: "== Massacre ==")
    r"(?:\W*==[^=\n]+==\s*)?\W*The first (?:attack|raid|assault|massacre) (?:began|started|took place|came)\b"
)


def event_of_target(mention: Mention, earlier: list[list[Mention]], text: str) -> list[Mention] | None:
    """The earlier act an uncounted "The attack on the recruits, who were queueing ..." names by its
    targets, told after another act: the one told where they were named."""
    if earlier and _FIRST_RETOLD.match(text, mention.start):
        return earlier[0]  # "The first attack began on the night of December 31", after the reprisals it led to
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


# a lede of several acts: "two deadly bombings hit Coptic churches", "bombs exploded at two Coptic churches"
_LEDE_OF_ACTS = re.compile(
    rf"{_SEVERAL_ACTS.pattern}|\b(?:two|twin|both|three|four|five|several|multiple|coordinated|fresh)\s+(?:[\w-]+\s+){{0,2}}"
    r"(?:attacks|bombings|blasts|explosions|churches|mosques|cathedrals|markets|hotels)\b",
    re.I,
)

# "Hours later, a blast outside St Mark's ... left 17 dead", "An earlier blast at a church in Tanta killed 22 people"
_HOURS_APART = re.compile(
    r"\b(?:(?:a few|several|two|three|\d+) )?hours (?:later|earlier)\b|\b(?:a few|several|two|three|\d+) hours "
    r"(?:after|before)\b|\b(?:An|The) earlier (?:blast|bombing|attack|explosion)\b",
    re.I,
)


def day_of_act_before(mention: Mention, told: list[Mention], text: str) -> list | None:
    """The day of the act told just before, for an undated act told "hours later" than it, or told right after a
    lede of several acts ("two deadly bombings hit Coptic churches on Sunday", then "An explosion at St George's
    ... in Tanta killed 27 people")."""
    dated = next((m for m in reversed(told) if m.dates), None)
    if mention.dates or dated is None or not all(d[0].precision == "day" for d in dated.dates):
        return None
    if _HOURS_APART.search(text, mention.start, mention.end):
        return dated.dates
    several = _LEDE_OF_ACTS.search(text, told[-1].start, told[-1].end)
    return dated.dates if dated is told[-1] and several else None


def share_lede(events: list[list[Mention]], text: str) -> None:
    """A lede of several acts ("Two blasts targeting Coptic Christians ... on Palm Sunday have killed at least 40
    people, officials say") gives each act the report then tells apart its day, group and source, where that act
    tells none of its own (the combined toll is none of theirs)."""
    lede = (
        next(
            (
                m
                for m in events[0]
                if _LEDE_OF_ACTS.search(text, m.start, m.end)
                and not any(p[0].precision in ("town", "point") for p in m.places)
            ),
            None,
        )
        if len(events) > 1
        else None
    )
    if lede and any(m.counts for m in events[0] if m is not lede) and all(any(m.counts for m in e) for e in events):
        lede.counts = []  # "At least 31 people have been killed ... at two Coptic churches": 19 and 12 told apart
    for event in events[1:] if lede else []:
        if all(m.start > lede.end for m in event):
            counted = next((i for i, m in enumerate(event) if m.counts), None)
            if counted is not None and not event[counted].attribution:  # its toll, told by the lede's source
                event[counted] = replace(event[counted], attribution=lede.attribution)
            shared = replace(lede, counts=[], places=[], child_roles=set(), trigger=None, scene_only=True)
            event.append(replace(shared, dates=[] if any(m.dates for m in event) else lede.dates, attribution=None))


def event_at_town(mention: Mention, events: list[list[Mention]]) -> list[Mention] | None:
    """The one earlier act told at the only town an undated mention names, when the act told last is elsewhere
    ("Four police officers ... were among those killed in Alexandria" after the Tanta blast is told): that act's."""
    towns = {p[0].name for p in mention.places if p[0].precision in ("town", "point")}
    if mention.dates or len(towns) != 1 or len(events) < 2 or towns & _towns_of(events[-1]):
        return None
    found = [e for e in events[:-1] if towns <= _towns_of(e)]
    return found[0] if len(found) == 1 else None


def _towns_of(event: list[Mention]) -> set[str]:
    return {p[0].name for m in event for p in m.places if p[0].precision in ("town", "point")}


# "Yirgou villagers ... attacked a nearby camp of Fulani nomadic herders, killing seven people in an apparent
# retaliation", "Men from the village then carried out a reprisal attack on a nearby ethnic Fulani community"
_REPRISAL = re.compile(
    r"\bin (?:an? )?(?:apparent |suspected |likely )?(?:retaliation|reprisal)\b(?! for\b)"
    r"|\b(?:carried out|launched|staged) (?:a |an )?(?:[\w-]+ )?reprisals?(?: attacks?| raids?)?\b"
    r"|\b(?:then|later) attacked (?:a |the )?nearby\b",
)


def reprisal_told(told: str) -> bool:
    """Whether a sentence tells a reprisal for the act told before it: an act of its own, by other hands."""
    return bool(_REPRISAL.search(told)) and not re.match(r"\W*(?:The|This|That) (?:attack|killing|massacre)", told)


def without_summed_lede(groups: list[tuple[str, list[Mention]]]) -> None:
    """ "Thirteen civilians have been killed in ethnic violence", then six killed in Yirgou on Monday and seven in a
    camp nearby the day after: a lede's toll that the acts told apart add up to is none of theirs."""
    for kind, event in groups:
        others = [_first_count(e) for k, e in groups if k == kind and e is not event]
        other_sum = sum(n for n in others if n)
        counts = [c[0].count.best for m in event for c in m.counts if c[0].count.best]
        if not other_sum or len(counts) < 2:
            continue
        total = counts[0]
        if any(n != total and n + other_sum == total for n in counts[1:]):
            for mention in event:
                mention.counts = [c for c in mention.counts if c[0].count.best != total]


def _first_count(event: list[Mention]) -> int | None:
    return next((c[0].count.best for m in event for c in m.counts if c[0].count.best), None)


_VILLAGES_LISTED = re.compile(r"\b(?:villages|towns|communities)\b", re.I)


def dated_elsewhere(
    mention: Mention, event: list[Mention], scene_names: Callable[[Mention], set[str]], text: str
) -> bool:
    """A counted act with its own day at a village of its own ("the February 16 attack on Pansi village"), after acts
    told with no count or day at other villages ("The killings in Rofenega, Nagraogo, and Silgadji villages")."""
    if not any(_VILLAGES_LISTED.search(text, m.start, m.end) for m in event):
        return (
            False  # (not a headline's "Six executed in Deir ez-Zor", the province, before "in the town of al-Bukamal")
        )
    mine = scene_names(mention) if mention.dates else set()
    # (not "a military parade [in] Iran's southwestern province of Khuzestan", then "in the city of Ahvaz": within it)
    others = {n for n in set().union(*(scene_names(m) for m in event)) if precision_of(n) not in ("admin1", "country")}
    return bool(mine and others) and not (mine & others or any(m.counts or m.dates for m in event))


def others_counted(mention: Mention, text: str) -> bool:
    """Whether a mention counts "other" victims ("two other fishermen"): others than those told before."""
    return bool(mention.counts) and re.match(r"\s+other\b", text[mention.counts[0][0].end :]) is not None


def own_day(mention: Mention, event: list[Mention]) -> bool:
    """Whether a mention gives a date the event's mentions do not give as told."""
    told = {(d[0].start, d[0].precision) for m in event for d in m.dates}
    return bool(mention.dates) and all((d[0].start, d[0].precision) not in told for d in mention.dates)
