"""Words around an armed actor's name that make it no doer of the act a sentence tells: it speaks of the act
("the military disputed that figure"), its people were the victims ("a mass execution of Syrian soldiers"), or it
was the target ("abducted three members of the SDF")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from marsad.extract import lexicon as lx

if TYPE_CHECKING:
    from marsad.extract.actors import Actor

SPEAKS = re.compile(
    r"(?:\),?)?\s*(?:\([^)]{1,12}\),?\s*)?(?:(?:[Cc]hief|[Cc]ommander|[Ss]pokes(?:man|woman|person)|[Hh]ead)\s+(?:[A-Z][\w-]*\s+){0,3})?"
    # "..., the Myanmar military and local residents said"
    r"(?:and (?:local |native |nearby )?(?:residents|officials|witnesses|sources|villagers)\s+)?"
    r"(?:said|says|reports?|reported|told|announced|stated"
    # "the military disputed that figure", "The FLA accuse Malian forces ... of"
    r"|disputed|denied|rejected|put the (?:death )?toll|estimated|accuse[sd]?(?! of\b))\b"
    # "..., the armed Houthi group which controls Yemen's capital said.": a speaker told at the sentence's end
    r"|(?:\s+(?:group|movement|rebels|militia|forces|army|military))?\s+(?:which|that|who)\s+[^,.;\"]{0,50}?"
    r"\b(?:said|says|reported|announced)\s*[.\"]",
    re.I,
)
OWN_ACT = re.compile(
    r"\s*(?:said|says|claimed|announced|stated)\s+(?:that\s+)?(?:(?:its|their)\s+(?:fighters|militants|men|members|"
    r"bombers?|suicide bombers?)\b|it\s+(?:had\s+)?(?:killed|attacked|executed|beheaded|abducted|carried out)"
    r"|it\s+(?:was|had been)\s+behind\b)",  # "Islamic State said it was behind the two blasts"
    re.I,
)
VICTIMS_OF = re.compile(r"\b(?:execution|killing|beheading|murder|massacre|slaughter)s? of (?:[\w-]+ ){0,3}$", re.I)
DONE_TO = re.compile(
    r"(?:\s+(?:soldiers|troops|prisoners|captives))?\s+(?:were|was|had been|have been)\s+(?:\w+\s+)?"
    r"(?:executed|beheaded|killed|shot|slaughtered|massacred)\b"
    # "25 captured Syrian soldiers killed by children": the state's soldiers the victims
    r"|"
    + (_KILLED_BY := r"(?:\s+(?:soldiers|troops))?\s+(?:executed|beheaded|killed|shot|slaughtered|massacred) by\b"),
    re.I,
)
TARGETED = re.compile(
    # (not "insurgents, suspected of being members of the Islamic State West Africa Province": the doers)
    r"(?<!of being )(?<!to be )\b(?:members?|soldiers|troops|positions|commanders|officers|bases?) of (?:the )?[\"“]?"
    r"(?:[\w-]+ ){0,5}$"
    r"|\b(?:against|anti-)\s*(?:the )?$"
    # "an airstrike by the Saudi-led coalition fighting Shiite Houthi rebels": the side it fights
    r"|\b(?:fighting|battling|combating|combatting) (?!with\b)(?:the )?(?:[\w-]+ ){0,2}$"
    # "an airstrike that killed the Houthi prime minister": the group's people were the victims
    r"|\b(?:killed|killing|targeted|targeting|kidnapped|abducted|detained|captured) (?:the|a|two|three|several) $"
    r"|\b(?:air ?strikes?|raids?|operations?|offensives?) (?:on|against|targeting) (?:suspected )?$"
    # "an offensive killed nearly 300 Boko Haram militants": the group's fighters were the dead
    r"|\b(?:killed|killing|neutrali[sz]ed|eliminated) (?:(?:nearly|about|around|some|over|more than|at least) )?"
    r"(?:\d[\d,]*|dozens of|scores of|hundreds of) (?:suspected )?$"
    r"|\btargeting (?:suspected )?$"
    # "it led to the killing of a number of Houthi leaders": the group's leaders were the dead
    r"|\b(?:killing|killings|deaths?|assassination) of (?:a number of |several |some |many |two |three )?$",
    re.IGNORECASE,
)
# "when a Nigerian Army drone attacked a gathering", "a bomb dropped by a Nigerian Air Force jet": a state's
# aircraft named after the act is the state doing it
STATE_AIRCRAFT = re.compile(
    r"\s+(?:(?:fighter|attack|military)\s+)?(?:drones?|jets?|aircraft|warplanes?|helicopters?|gunships?|planes?"
    r"|air ?strikes?|air raids?)\b"  # "a junta airstrike on Pazigyi Village"
    r"|\s+(?:attack|assault|offensive|massacre|bombardment)\b(?! on (?:it|its|their|the army|the military)\b)",
    # ("were counted after a Syrian government attack on a town")
    re.I,
)
# "Iraqi security forces and civilians gather after a car bomb hit": the forces came after the act
AT_THE_SCENE_AFTER = re.compile(
    r"(?:\s+and(?:\s+[\w-]+){1,2})?\s+(?:gather(?:ed)?|inspect(?:ed)?|stand|stood|secure[sd]?|cordon(?:ed)? off"
    r"|search(?:ed)?|rushed|arrived?)\b",
    re.I,
)
# "residents denied the presence of any Fano fighters", "the strike was directed at ethnic Fano militiamen": a group
# named as absent or as the target, not the doer
ABSENT_OR_AIMED_AT = re.compile(
    r"\b(?:presence of|directed at|aimed at)\s+(?:any |the )?(?:[\w-]+ )?$|\btargeted (?:armed |suspected )$"
    r"|\b(?:disarm|disband|dissolve)\b[^.;]{0,30}$"  # "after the federal government attempted to disarm ... Fano"
    # the group's man as the victim: "captured an imbonerakure member", "burned alive a man suspected to belong to"
    r"|\b(?:captured|caught|lynched|burned|beheaded|stabbed) (?:an?|one) $",
    re.I,
)


def absent_or_aimed_at(text: str, start: int) -> bool:
    """Whether the actor named at ``start`` is told as absent, struck or disarmed (:data:`ABSENT_OR_AIMED_AT`)."""
    return bool(
        ABSENT_OR_AIMED_AT.search(text[max(0, start - 45) : start])
        or _ONE_OF_ITS_MEN.search(text, max(0, start - 110), start)
    )


# "burned alive a man suspected to belong to President Pierre Nkurunziza private militia, the imbonerakure youth"
_ONE_OF_ITS_MEN = re.compile(r"\b(?:suspected|accused) (?:to belong|of belonging) to\b[^.;]{0,60}$", re.I)


NOT_INVOLVED = re.compile(
    r"\s+(?:were|was|are|is|have|has)\s+(?:not|never)\s+(?:(?:believed|thought|suspected|said)\s+to\s+(?:have\s+)?"
    r"(?:been\s+|be\s+)?)?(?:involved|behind|responsible)\b|\s+(?:denied|denies|condemned|condemns)\b"
    r"|(?:\s+rebels?)?\s+(?:stronghold|bastion|heartland)s?\b",  # "Saada province, a Houthi stronghold": whose land
    re.I,
)


KILLED_BY = re.compile(_KILLED_BY, re.I)


def speaks(text: str, actor: tuple) -> bool:
    """Whether the actor named at ``actor`` speaks of the act ("the army said"), not of its own deed."""
    after = text[actor[2] : actor[2] + 60]
    return bool(SPEAKS.match(after)) and not OWN_ACT.match(after)  # "JNIM said its fighters killed"


def closing_speaker(text: str, offset: int, end: int, actor: tuple) -> bool:
    """Whether the actor speaks at its sentence's end (``offset`` to ``end``), after a comma (", the military and
    residents said.")."""
    before, after = text[max(offset, actor[1] - 12) : actor[1]], text[actor[2] : end]
    if re.search(r"\b(?:soldiers|troops)\b", text[offset:end]):
        return False  # "11 soldiers were killed ..., the Malian army said": its own men, a party to the battle
    return bool(re.search(r",\s*(?:the\s+)?(?:\w+\s+)?$", before) and re.fullmatch(r"[^.;,]{0,60}\W*", after))


def relative_doer(text: str, named: list[tuple], trigger_start: int) -> list[tuple]:
    """ "handed over to Malian soldiers who then executed them": the actor the act's relative clause hangs on."""
    return [a for a in named if _WHO_THEN.fullmatch(text, a[2], trigger_start)][:1]


_WHO_THEN = re.compile(r"\s+(?:soldiers\s+|fighters\s+|militants\s+)?(?:who|that)\s+(?:then\s+|later\s+|allegedly\s+)?")


def state_victims(text: str, actor: tuple) -> bool:
    """ "a mass execution of Syrian soldiers", "Syrian soldiers were reportedly executed": the state's men
    were the victims (a battle's fallen are named as its parties elsewhere); ``actor`` is (actor, start, end)."""
    before = text[max(0, actor[1] - 40) : actor[1]]
    return bool(VICTIMS_OF.search(before) or DONE_TO.match(text, actor[2]))


def joined_states(text: str, named: list, before: list, trigger_start: int) -> list:
    """State forces named with a group as one subject before the act ("the Wagner Group and FAMa reportedly killed",
    "FAMa and the Wagner Group clashed"): doers beside it."""
    return [
        a
        for a in named
        if a[0].kind == "state"
        and a[1] < trigger_start
        and a not in before
        and any(re.fullmatch(r"\s+and\s+(?:the\s+)?", text[min(a[2], b[2]) : max(a[1], b[1])]) for b in before)
    ]


# the unnamed forces that did the act, just before its verb; the group whose leader they killed is no doer
_FORCES = (
    r"\b(?:when|as|after|where)\s+(?:the\s+)?(?:security forces|government forces|soldiers|troops|police|the army)\s+"
)
FORCES_DID_IT = re.compile(_FORCES + r"$", re.I)
# doers the sentence names apart from the report's group: "when security forces killed", "by unknown assailants"
OTHERS_DID_IT = re.compile(
    _FORCES + r"(?:killed|shot|executed|murdered)\b|\bby (?:unknown|unidentified) (?:assailants|gunmen|attackers|men)\b"
    # "a protester ... was killed in firing allegedly by security forces"
    r"|\b(?:killed|shot|died) (?:in|during) (?:police |the )?(?:firing|shooting|fire|crackdown)\b[^.;]{0,15}?"
    r"\bby (?:the )?(?:security forces|police|troops|soldiers|army|paramilitary forces)\b",
    re.I,
)


def known_by(actor: Actor | None, actors, end: int, text: str) -> bool:
    """Whether "the gunmen" of a sentence ending at ``end`` can be ``actor``: it is named by then, or
    later as the one blamed, not only as the doer of an earlier act ("... where the Taliban murdered
    130 students in 2014")."""
    if actor is None:
        return False
    return any(
        m.actor == actor and (m.start < end or lx.BLAME.search(text[max(0, m.start - 150) : m.end + 150]))
        for m in actors
    )
