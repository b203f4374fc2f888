"""Whose deaths a mention tells: a battle's, a bombing's or a killing of its own. Soldiers killed just
after a suicide bomber struck their base are the bombing's toll; civilians counted apart from a battle's
fallen are another act; a toll told again belongs to the act that told it first."""

from __future__ import annotations

import re

from marsad.extract import cues
from marsad.extract.events import dated_apart
from marsad.extract.sentence import Mention
from marsad.extract.tolls import COMBATANTS


def other_civilians(mention: Mention, battle: list[Mention]) -> bool:
    """Civilians counted apart from a battle's dead ("10 civilians killed in an attack" beside an
    attack on a police base that killed 57) are another act."""
    if not mention.counts or mention.counts[0][1] in ("soldiers", "fighters", "police"):
        return False
    own = mention.counts[0][0].count
    fallen_counts = [c for m in battle for c in m.counts if c[1] in COMBATANTS] or [c for m in battle for c in m.counts]
    apart = all((c[0].count.low, c[0].count.best) != (own.low, own.best) for c in fallen_counts)
    if mention.counts[0][1] == "people":  # "63 people killed" beside "the air force killed 30 militants"
        fallen = [c[1] for m in battle for c in m.counts]
        return apart and bool(fallen) and all(category == "fighters" for category in fallen)
    return apart


def same_deaths(mention: Mention, absorbers: list[str], by_type: dict[str, list[Mention]]) -> str:
    """The stronger act whose victims a killing retells: the one with the same count, else the one
    told nearest before it ("gunmen burst into the maternity ward ... the massacre of 24 people",
    not the funeral bombing told after), else the one told nearest after it, else the first."""
    if mention.counts:
        own = mention.counts[0][0].count
        for event_type in absorbers:
            if any(
                (c[0].count.low, c[0].count.best) == (own.low, own.best) for m in by_type[event_type] for c in m.counts
            ):
                return event_type
    before = [(mention.start - m.end, t) for t in absorbers for m in by_type[t] if m.end <= mention.start]
    after = [(m.start - mention.end, t) for t in absorbers for m in by_type[t] if m.start >= mention.end]
    return min(before)[1] if before else min(after)[1] if after else absorbers[0]  # else the one told next


def toll_of(event: list[Mention], others: set[str], by_type: dict[str, list[Mention]], text: str) -> bool:
    """Whether soldiers' deaths are the toll of a bombing or execution told in the same sentence or
    just before them ("A suicide bomber struck the base. Twelve soldiers were killed.")."""
    first = min(event, key=lambda m: m.start)
    told = text[first.start : first.end]
    if cues.ANOTHER_ACT.search(told) or re.search(r"\b(?:comes|came|coming)\b[^.;]{0,40}\bafter\b", told, re.I):
        return False  # "Earlier this week, three members of a vigilante group were killed", "comes two months after"
    own = {(c.count.low, c.count.best) for m in event for c, _ in m.counts}
    if any((c.count.low, c.count.best) in own for t in others for m in by_type[t] for c, _ in m.counts):
        return (
            True  # "The toll from Thursday's terror attack ... rose to 45", then "the suicide bombing ... toll to 45"
        )
    told = [m for t in others for m in by_type[t] if m.start <= first.start]
    if not told:  # "... killing four policemen, officials said. The militants rammed a car bomb into the gate."
        after = [m for t in others for m in by_type[t] if 0 < m.start - first.end < 400 and not m.counts]
        return bool(after) and not any(first.end < k.start < after[0].start for k in by_type["killing"])
    nearest = max(told, key=lambda m: m.start)
    between = [k for k in by_type["killing"] if nearest.start < k.start < first.start]
    return not between and not dated_apart(first, [nearest])


def follows_kept_killing(mention: Mention, killing: list[Mention], absorber: list[Mention]) -> bool:
    """An uncounted killing told nearest a counted killing that stays one ("The American ... was gunned
    down" after "the death toll ... has risen to 21") is that killing's, not a battle's told later."""
    if mention.counts:
        return False
    nearest = min(
        (m for m in killing + absorber if m is not mention), key=lambda m: abs(m.start - mention.start), default=None
    )
    return nearest is not None and nearest in killing and bool(nearest.counts) and nearest.start < mention.start


def retells_civilians_toll(mention: Mention, killing: list[Mention], absorber: list[Mention]) -> bool:
    """ "At least 100 people had died", after "100 villagers have been killed" and beside a battle that
    killed 11 police: the villagers' toll told again, not the battle's dead."""
    if not mention.counts:
        return False
    own = mention.counts[0][0].count
    if any((c[0].count.low, c[0].count.best) == (own.low, own.best) for a in absorber for c in a.counts):
        return False
    return any(
        k is not mention
        and k.counts
        and (k.counts[0][0].count.low, k.counts[0][0].count.best) == (own.low, own.best)
        and other_civilians(k, absorber)
        for k in killing
    )


_SHOT_ONE = re.compile(
    r"\b(?:shot (?:dead|and killed)|fatally shot|gunned down|opened fire (?:at|on) (?:his|her)"
    r"|(?:in|by) a gun attack)\b",
    re.I,
)
# "At least 27 people ... were killed Friday in a mass shooting at a Tunisian beach resort", beside a bombing abroad
_MASS_SHOOTING = re.compile(r"\b(?:mass shooting|shooting (?:spree|rampage)|gun rampage)\b", re.I)
_BLAST_WORDS = re.compile(r"\b(?:blast|bomb\w*|explosions?|explosives?|suicide)\b", re.I)


def shot_apart(mention: Mention, absorber: str, text: str) -> bool:
    """One person shot dead, told in a report of a bombing ("Kasi was killed after two unidentified men opened
    fire at his car"), or a counted mass shooting, is a killing of its own: the shooting's words and no blast's."""
    told = text[mention.start : mention.end]
    few = all((c.count.best or c.count.low or 0) <= 1 for c, _ in mention.counts)
    shooting = (few and _SHOT_ONE.search(told)) or (mention.counts and _MASS_SHOOTING.search(told))
    return absorber in ("bombing", "attack_on_school_or_hospital") and bool(shooting) and not _BLAST_WORDS.search(told)


def told_with_own_toll(mention: Mention, killings: list[Mention], absorbed: list[Mention]) -> bool:
    """ "On 27 July 2019, a group returning from a funeral in Nganzai were the victims of a mass shooting. At least
    65 people were killed.": an uncounted telling of a killing whose counted telling, on its day, is dated apart from
    the act that would take it in belongs with that killing, not with the other act."""
    own = {(c.count.low, c.count.best) for c, _ in mention.counts}
    if own & {(c.count.low, c.count.best) for m in absorbed for c, _ in m.counts}:
        return False  # the stronger act's own toll told again ("hospital officials ... said 26 people had died")
    return any(
        other is not mention
        and other.counts
        and other.dates
        and not dated_apart(other, [mention])
        and dated_apart(other, absorbed)
        for other in killings
    )


def years_before(mention: Mention, absorbed: list[Mention], published) -> bool:
    """A killing the sentence dates years before the report ("refers to the 1982 massacre in Hama" in a report of a
    2015 video) beside a stronger act told with no year of its own: an older act, not the same deaths."""
    years = {d[0].start[:4] for d in mention.dates if d[0].start}
    if published is None or not years or any(m.dates for m in absorbed):
        return False
    return all(int(year) < published.year - 1 for year in years)
