"""Which of the counts an incident's mentions give is its toll: the lede's over a headline's terse count or a
photo caption's older one, a precise count over "several", the latest toll over the first told, a total over its
parts; and which acts' tolls are only their sum."""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.extract.anchors import caption, headline
from marsad.extract.counts import CountMention, count_for, find_counts
from marsad.extract.events import one_site
from marsad.extract.records import Incident
from marsad.extract.tolls import adds_one_more, one_of, precise_count

_RISEN = re.compile(
    r"\b(?:death )?toll\b[^.;]{0,30}\b(?:has |had )?(?:since |now |later )?"
    r"(?:risen|rose|climbed|increased|jumped|surged|soared)\b"
    r"|\b(?:brought|bringing|raised|raising) the death toll to\b"  # "This brought the death toll to twelve (12)"
    # "The total number of people killed in the airstrike has reached 168"
    r"|\b(?:total )?number of (?:people |civilians |those )?killed\b[^.;]{0,40}\b(?:has |had )?(?:now )?"
    r"(?:reached|risen|rose|climbed)\b"
    # "In a later statement, a spokesperson ... said that 71 soldiers were killed", "revising a previous death toll"
    r"|\bin a later statement\b|\brevis\w+ (?:a |an |the )?(?:previous |earlier |initial )?(?:death )?toll\b"
    r"|\bbody count (?:stood at|rose to|reached|climbed to)\b[^.;]{0,30}\bas more bodies\b"  # more found since
    # "Ultimately, 144 people died": the final toll after the parts told first
    r"|^\W*(?:Ultimately|In all|In total|Altogether),? \S+ (?:people|persons|civilians)? ?"
    r"(?:died|were killed|lost their lives)"
    # "Nine people were killed, including six hostages and three police officers": the total of parts told before
    r"|^\W*\S+ (?:people|persons) (?:were|have been|had been) killed, including \S+ \w+(?: \([^)]*\))?(?:,| and)",
    re.I,
)
# "have recovered 79 bodies so far": a search's tally, which gives way to a toll of the killed told beside it
_BODIES_SO_FAR = re.compile(r"\bbodies\b[^.;]{0,20}\bso far\b|\bso far\b[^.;]{0,30}\bbodies\b", re.I)


# a toll of several scenes or attacks at once, which gives way to one scene's told beside it
_SEVERAL_SCENES = re.compile(
    r"\bin (?:two|three|four|five|several) (?:\w+ )?(?:villages|towns|communities|separate attacks|attacks)\b", re.I
)


def _wholes(group: list, text: str) -> set[int]:
    """The mentions that count several scenes at once when another mention counts fewer: the part told apart."""

    def best(m) -> int:
        return m.counts[0][0].count.best or m.counts[0][0].count.low or 0

    several = [m for m in group if m.counts and _SEVERAL_SCENES.search(text[m.start : m.end])]
    parts = [m for m in group if m.counts and m not in several]
    return {id(m) for m in several if any(0 < best(p) < best(m) for p in parts)}


_ONE_OF_THE = re.compile(r"\W*One of the\b")


def _gross_tolls(group: list) -> set[int]:
    """The mentions whose toll still holds the attackers another mention takes out ("21 dead in Mali hotel siege"
    beside "At least 21 people, including two attackers, were killed": 19)."""
    gross = set()
    for mention in group:
        for count, _ in mention.counts[:1]:
            told = find_counts(count.text)
            if told and count.count.best is not None and (told[0].count.best or 0) > count.count.best:
                gross.add(told[0].count.best)
    return {id(m) for m in group if m.counts and m.counts[0][0].count.best in gross}


def incident_toll(group: list, text: str) -> list:
    """The count an incident's mentions give it: the lede's over a headline's terse count or a caption's older
    one, a precise count over "several", the latest toll over the first told, a total over its parts."""
    wholes = _wholes(group, text) | _gross_tolls(group)
    # "One of the explosions ... killing 11 people" after "At least 25 dead in several attacks": one site's share
    group = [m for m in group if not (_ONE_OF_THE.match(text, m.start) and one_site(m, text) and m.counts)] or group
    # a headline's terse count, or a photo caption's older one, gives way to the lede's
    told = sorted(  # (and a source's lower "only four persons lost their lives" gives way to the toll it disputes)
        group,
        key=lambda m: (
            headline(m, text)
            or caption(m, text)
            or bool(_BODIES_SO_FAR.search(text[m.start : m.end]))
            or id(m) in wholes  # "almost 150 ... in three remote villages", then "at least 97 people in Kukawa"
            or bool(
                m.counts and re.search(r"\bonly\s+$", text[max(0, m.counts[0][0].start - 8) : m.counts[0][0].start])
            )
        ),
    )
    counted = next(
        (m.counts for m in told if m.counts and m.counts[0][0].count.qualifier != "range" and not one_of(m, told)), None
    )
    counted = counted or next((m.counts for m in told if m.counts), [])  # "several" gives way to "six"
    counted = precise_count(counted, [m.counts for m in told if m.counts])
    counted = next((m.counts for m in told if m.counts and adds_one_more(m.counts[0][0], counted)), counted)
    counted = _total_of_share(counted, told, text)
    counted = _without_bombers_named_after(counted, group, text)
    # "The death toll has since climbed to 23": the latest toll replaces the first one told
    risen = next((m for m in told if m.counts and _RISEN.search(text[m.start : m.end])), None)
    if risen is not None:  # "said 29 students were killed, but ... the total body count stood at 59": the later one
        at = risen.start + _RISEN.search(text[risen.start : risen.end]).start()
        counted = sorted(risen.counts, key=lambda c: c[0].start < at)
    return counted


_AMONG_TOTAL = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)


def _total_of_share(counted: list, told: list, text: str) -> list:
    """ "two of its staff were killed", then "the two men were among at least 35 people ... who were killed": the
    count told first is a share of the toll a later mention gives (its own count of the share beside it)."""
    share = counted[0][0].count.best if counted else None
    for mention in told if share else []:
        first = mention.counts[0][0] if mention.counts else None
        if (
            first is not None
            and (first.count.best or first.count.low or 0) > share
            and _AMONG_TOTAL.search(text, max(0, first.start - 12), first.start)
            and any(c[0].count.best == share for c in mention.counts[1:])
        ):
            return mention.counts
    return counted


# "Governor ... said Friday that the dead include the two girls who detonated their explosives": bombers in the toll
_BOMBERS_AMONG_DEAD = re.compile(
    r"\bthe dead include (?:the )?(?P<n>two|three|four|2|3|4) (?:girls|boys|women|men|children|suicide bombers|bombers"
    r"|attackers)\b(?: who (?:detonated|blew|set off))?",
    re.I,
)
_SMALL = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}


def _without_bombers_named_after(counted: list, group: list, text: str) -> list:
    """ "11 people are dead after two suicide bombers attacked a camp", then "the dead include the two girls who
    detonated their explosives": the bombers' own deaths come off the toll (9)."""
    best = counted[0][0].count.best if counted else None
    for mention in group if best else []:
        among = _BOMBERS_AMONG_DEAD.search(text, mention.start, mention.end)
        if among and not mention.counts and best > _SMALL[among["n"].lower()]:
            first = counted[0][0]
            count = count_for(best - _SMALL[among["n"].lower()], first.count.qualifier)
            return [(CountMention(first.start, first.end, first.text, count), counted[0][1]), *counted[1:]]
    return counted


def part_told_apart(counted: list, group: list, asides: Sequence) -> list:
    """ "killed 146 civilians", then "At least 120 civilians were killed ... on Kobane, and another 26 were executed in
    a nearby village": a total gives way to the part its own sentence keeps when the rest is told apart there."""
    total = counted[0][0].count.best if counted else None
    for mention in group if total else []:
        apart = [c[0].count.best or 0 for a in asides if mention.start <= a.start < mention.end for c in a.counts]
        if any((c[0].count.best or 0) + n == total for c in mention.counts for n in apart):
            return mention.counts
    return counted


def without_combined_tolls(incidents: list[Incident]) -> list[Incident]:
    """ "At least 156 people are dead after six explosions", then 45 dead in Colombo, 67 in Negombo
    and 25 in Batticaloa: the acts are the towns'; the combined toll, placed only in the country or
    at one of those towns, is none of them."""
    kept = []
    for incident in incidents:
        parts = [
            i
            for i in incidents
            if i is not incident
            and i.type == incident.type
            and i.location["precision"] in ("town", "point")
            and i.victim_count
        ]
        towns = {i.location["name"] for i in parts}
        total = _toll(incident)
        combined = sum(_toll(i) or 0 for i in parts)
        own_town = incident.location["precision"] in ("town", "point") and incident.location["name"] not in towns
        dated_alone = incident.date.precision == "day" and all(  # its own day: its own act, not the sum
            i.date.precision == "day" and i.date.start != incident.date.start for i in parts
        )
        if len(towns) >= 2 and total and total > max(_toll(i) or 0 for i in parts) >= 1 and not dated_alone:
            # "10 people": 4, 2 and 4 (not 36 beside two earlier acts of 13 and 4: a toll of its own)
            if total == combined or (not own_town and 0.8 * combined <= total <= 1.25 * combined):
                continue
        kept.append(incident)
    return kept


def _toll(incident: Incident) -> int | None:
    count = incident.victim_count
    return (count.best or count.low) if count else None


_ACCUSES = re.compile(r"\bsaid (?:it|the attack) was (?:linked|tied) to\b|\bblamed\b|\baccused\b", re.I)
_WOUNDED = re.compile(r"\b(?:injured|injuring|wounded|wounding|hurt)\b", re.I)
_DEAD = re.compile(r"\b(?:kill\w*|dead|died|deaths?|lives|toll)\b", re.I)


def act_source(group: list, text: str, toll: int | None = None) -> tuple[str, int, int] | None:
    """Who the act's mentions say told it: the first source given, but not the source of a sentence that tells
    only the wounded ("The explosions injured at least 78 people in Tanta ..., the health ministry said") where the
    act's toll is told elsewhere, nor that of a share of a ``toll`` told without a source ("six Russian citizens
    were killed", beside "At least 21 people, including two attackers, were killed")."""
    counted = any(m.counts for m in group)
    whole = min((m.start for m in group if m.counts and toll and not _share_of(m, toll)), default=None)
    lede = min([m for m in group if not headline(m, text)] or group, key=lambda m: m.start)
    if toll and lede.counts and not lede.attribution:  # an unsourced lede: the toll's own source ("Health ministry
        told = [m for m in group if m.attribution and any((c.count.best or c.count.low) == toll for c, _ in m.counts)]
        if told:  # spokesman Khaled Mogahed said the death toll reached 26")
            return min(told, key=lambda m: m.start).attribution
    for mention in group:
        told = text[mention.start : mention.end]
        if mention.attribution and not (
            counted and not mention.counts and _WOUNDED.search(told) and not _DEAD.search(told)
        ):
            if whole is not None and mention.start > whole and _share_of(mention, toll):
                continue  # a share told after the toll
            if not mention.counts and _ACCUSES.search(told) and any(m.counts and m.attribution for m in group):
                continue  # "Khamenei said it was linked to the United States' allies": blame, not the act's telling
            return mention.attribution
    return None


def _share_of(mention, toll: int) -> bool:
    """Whether a mention counts only fewer than the act's ``toll`` (a share of its dead)."""
    return bool(mention.counts) and all(0 < (c.count.best or c.count.low or 0) < toll for c, _ in mention.counts)


def told_again(aside: Incident, incidents: list[Incident]) -> bool:
    """Whether an act told in an aside ("..., hours after a bomb at a church north of Cairo killed 22 people") is
    an act the report goes on to tell in full ("An earlier blast at a church in Tanta ... killed 22 people")."""
    toll = _toll(aside)
    return bool(toll) and any(
        i.type == aside.type and _toll(i) == toll and aside.date.start in (None, i.date.start) for i in incidents
    )
