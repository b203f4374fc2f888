"""Who an assembled act is blamed on beyond its own sentences: the group a lede names for acts of a kind, blame told
after the act, the state forces named in a battle's sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from marsad.extract.actors import Actor, actor_table, named_as_affiliate
from marsad.extract.cues import CAME_AFTER
from marsad.extract.doers import SPEAKS

if TYPE_CHECKING:
    from marsad.extract.sentence import Mention


def blame_follows(
    at: int, group: list[Mention], mentions: list[Mention], text: str = "", elsewhere: list[tuple[int, int]] = ()
) -> bool:
    """Blame told after an act is blame for that act ("The government blamed the attack on the ADF"
    after a church bombing), not for the priest killed in Nigeria told after it, nor blame told within another
    act's sentences (``elsewhere``); blame for "the attacks" is blame for each act the report tells of that day."""
    if _EVERY_ACT.match(text[at : text.find(".", at) + 1 or len(text)]) and _same_day(group, mentions, at):
        return True
    if any(s <= at < e for s, e in elsewhere):
        return False
    # (not an earlier act the report compares this one with: "the deadliest ... since the Chabahar suicide bombing")
    before = [m.start for m in mentions if m.start <= at and not (text and CAME_AFTER.search(text, m.start, m.end))]
    return not before or any(m.start == max(before) for m in group)  # "killed 12 and abducted 20": both


# "Islamic State claimed responsibility for the attacks", "IS says it is behind the explosions"
_EVERY_ACT = re.compile(
    r"[^.]*(?:\b(?:claimed|claims|claiming|behind|responsibility for)\b[^.]*?\b(?:the|both|all|these)"
    r"|\bresponsibility for) (?:two |twin )?(?:attacks|bombings|blasts|explosions)\b",
    re.I,
)


def _same_day(group: list[Mention], mentions: list[Mention], at: int) -> bool:
    """Whether the act (``group``) was told on the day of an act told before the blame at ``at`` (or none was)."""
    told = {d[0].start for m in mentions if m.start <= at for d in m.dates}
    days = {d[0].start for m in group for d in m.dates}
    return not (told and days) or bool(told & days)


def older_than_report(incident, mentions: list[Mention]) -> bool:
    """Whether an act happened in a year before the days the report tells ("the deadliest since 2004 when
    al-Qaeda-inspired bombers killed 192 people"): the blame the report tells is not for it."""
    year = (incident.date.start or "")[:4]
    return bool(year) and any(d[0].start[:4] > year for m in mentions for d in m.dates)


def lede_doers(event_type: str, mentions: list[Mention], text: str) -> list[Actor]:
    """ "For the second time this month, Boko Haram is suspected of using girls as suicide bombers": the group a
    lede names for acts of a kind is the doer of every act of that kind the report goes on to tell."""
    end = text.find(".")
    if not OF_A_KIND.search(text[: max(end, 0)]):
        return []
    lede = [a[0] for m in mentions if m.start < end and m.type == event_type for a in m.actors]
    return [a for a in lede if a.kind == "armed_group"][:1]


OF_A_KIND = re.compile(
    r"\b(?:using|uses|used|for the (?:second|third|fourth|fifth) time|a (?:spate|wave|series) of)\b", re.I
)


_MEMBERS_OF = re.compile(
    r"\b(?:kill(?:ed|ing)|attacked|engaged) (?:\w+ ){0,2}(?:members|fighters|militants|gunmen) of (?:the )?"
    r"(?:[\w-]+ )?$"
)


def state_forces(text: str, mention: Mention, named: frozenset[str]) -> list[tuple[Actor, int, int]]:
    """State forces named in a battle's sentence ("killing 14 Syrian soldiers"), not as an affiliate, and the group
    whose members it counts ("Soldiers killed four members of Daesh-inspired Bangsamoro Islamic Freedom Fighters")."""
    told = text[mention.start : mention.end]
    return [
        (f.actor, mention.start + f.start, mention.start + f.end)
        for f in actor_table().find(told, None, named)
        if (f.actor.kind == "state" or _MEMBERS_OF.search(told, max(0, f.start - 60), f.start))
        and not named_as_affiliate(told, f.start)
        and not re.search(r"\b[Aa]ccording to [^.;,]{0,25}$", told[max(0, f.start - 40) : f.start])  # a source
        # "..., the Myanmar military and local residents said": who told it (not "11 soldiers were killed ..., the
        # Malian army said": its own men fell)
        and not (SPEAKS.match(told, f.end) and not any(kind == "soldiers" for _, kind in mention.counts))
    ]


# "rockets fired from an area of Syria under the control of Islamic State", "rocket attacks originating from an
# ISIL-held region", "the rocket came from Islamic State-controlled territory": the group whose ground fired them
_FIRED_FROM = re.compile(
    r"\b(?:rockets?|shells?|mortars?|missiles?|fire)\b[^.;]{0,80}?\b(?:from|originating from|launched from)\s+"
    r"(?:an?\s+|the\s+)?(?:(?P<held>(?-i:[A-Z])[\w ]{1,40}?)-(?:held|controlled)\s+"
    r"(?:area|region|territory|position|part)"
    r"|(?:area|region|territory|position|part)s?\b[^.;]{0,30}?\b(?:controlled by|under the control of|held by)\s+"
    r"(?P<by>(?-i:[A-Z])[\w -]{1,40}?)(?=\s*[,.;]|\s+(?:in|inside|across|near|on|and|militants|fighters)\b|$))",
    re.I,
)


def fired_from_their_ground(text: str) -> list[tuple[Actor, int]]:
    """Armed groups from whose ground rockets or shells were fired at the report's scene, with where the report says
    so: the doers of that fire, as if blamed for it."""
    found = []
    for match in _FIRED_FROM.finditer(text):
        named = actor_table().find(match.group("held") or match.group("by"))
        found += [(m.actor, match.start()) for m in named if m.actor.kind == "armed_group"][:1]
    return found
