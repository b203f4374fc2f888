"""Sentences that tell a habit, a reputation or a backstory rather than a new act: "the LRA, notorious for abducting
young boys", "has been involved in ... ongoing clashes", "The violence erupted on January 9", troops sent "in response
to" fighting, leaders who "paid homage" to the dead; and the taking of the people an execution killed, the
execution's backstory."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx
from marsad.extract.counts import find_counts
from marsad.extract.events import dated_apart
from marsad.extract.sentence import Mention

_HABITUAL_ACT = re.compile(
    r"\b(?:often|frequently|regularly|routinely|usually) (?:carr(?:ies|y) out|targets?|attacks|kills|abducts)\b"
    r"|\b(?:have|has) (?:on occasion|occasionally|at times|repeatedly) (?:struck|hit|bombed|targeted)\b"  # a habit
    # "Physical torture and beatings were commonly used during interrogations": a practice
    r"|\b(?:were|was|are|is) (?:commonly|routinely|regularly|systematically|widely) (?:used|practi[sc]ed|applied)\b"
    r"|\b(?:has|have) carried out (?:many|numerous|several|a number of|dozens of) (?:[\w-]+ ){0,2}"
    r"(?:attacks|bombings)\b"
    # "have in recent weeks stepped up attacks", "has been involved in ... ongoing clashes", "the growing death toll",
    r"|\b(?:have|has) (?:in recent (?:weeks|months) )?stepped up (?:their |its )?attacks\b|\b(?:has|have) been involved"
    r" in\b|\b(?:growing|rising|mounting) (?:death )?toll\b"
    r"|\bor (?:be|get|risk being) killed\b"  # "Leave or be killed": a threat; "in February began a major offensive"
    rf"|\b(?:in (?:{lx.MONTHS}) began|continues?) (?:a|an|its|their) (?:\w+ )?(?:offensive|campaign) (?:against|on|to)"
    r"\b",
    re.IGNORECASE,
)
# "the LRA, notorious for abducting young boys", "best known for atrocities against civilians", "replenishes its
# ranks with children it abducts", "listed for their recruitment and use of child soldiers": a reputation, not an act
REPUTATION = re.compile(
    r"\b(?:notorious|infamous|(?:best |well |widely )?known|feared|listed|designated|sanctioned)(?:,? however,)? for\b"
    # "had committed 'atrocities' in the northwest region, including executions, torture, and rape": an accusation
    r"|\b(?:committed|accused of|responsible for|documented)\W+(?:\w+ ){0,2}(?:atrocities|abuses|crimes|violations)\b"
    # "a report documenting cases of rape and summary executions in Russian-occupied parts of Ukraine", "found
    # extensive evidence of summary executions, other unlawful killings ...": a rights group's findings, uncounted
    r"|\b(?:documenting|detailing|describing|exposes|exposed) (?:\w+ ){0,2}cases of\b"
    # "According to the U.N cases included attacks on funerals ... sexual violence", "In other instances, civilians
    # were rounded up in huts, shot": the examples a report gives of what it counts, no acts of their own
    r"|\bcases included\b|(?:^|(?<=“)|(?<=\"))In other instances,"
    r"|\b(?:found|uncovered|gathered) (?:extensive |ample |more |further |new |clear )?evidence of\b"
    # "have in turn been accused of reprisal massacres", "been accused of carrying out ethnically motivated attacks"
    r"|\b(?:been|being) accused of (?:carrying out |committing )?(?:[\w-]+ ){0,2}(?:massacres|attacks|killings)\b"
    r"|\breplenish(?:es|ed)? (?:its|their) ranks\b|\b(?:has|have|with) a (?:long )?history of\b"  # "heinous acts"
    r"|\bpreys? on\b"  # "The Islamist group preys on displaced children or young girls it kidnaps": a practice
    # "The Houthis use summer centers and schools to recruit children", "sought to recruit children": a practice
    r"|\b(?:use|uses|continue to|continues to)\s+(?:[\w-]+\s+){0,6}?to (?:recruit|indoctrinate|train)\b"
    r"|\b(?:sought|seeks?|seeking|tried|trying) to recruit\b"
    r"|\bchild recruitment (?:in (?-i:[A-Z])\w+ )?(?:is|remains|has become)\b"
    # "This violence was carried out as part of a campaign of murders, rapes, kidnappings and looting": a frame
    r"|\bas part of (?:a|an|the|its|their) (?:\w+ )?campaign of\b",
    re.IGNORECASE,
)


def background(text: str) -> bool:
    """A sentence that tells a habit or backstory (:data:`lexicon.BACKGROUND`), or what a group is known for
    and counts no victims of its own."""
    remembering = _WHILE_REMEMBERING.sub("", text)  # "As the rest of the country commemorated ..., a ... skirmish"
    if lx.BACKGROUND.search(text) or (lx.MEMORIAL.search(remembering) and not lx.GATHERING_ATTACKED.search(text)):
        return True
    if (response := _IN_RESPONSE.search(text)) and not find_counts(text[response.end() :]):
        return True  # "deployed hundreds of ... soldiers ... in response to intense fighting between the ELN and"
    if not (REPUTATION.search(text) or _HOMAGE.search(text) or _HABITUAL_ACT.search(text) or WAVE_BEGAN.match(text)):
        return False  # "Boko Haram often carries out massacres", "The violence erupted on January 9, as the ELN ..."
    counted = [m for m in find_counts(text) if not (_HAS.search(text, 0, m.start) and _MEMBERS.match(text, m.end))]
    return not any(lx.VICTIM_AFTER_COUNT.match(text[m.end :]) for m in counted)


# "As the rest of the country commemorated the Day of Valor ..., a bloody skirmish erupted": what others were doing
# when the act happened, not a memorial
_WHILE_REMEMBERING = re.compile(
    r"^\W*(?:As|While|When|Even as) [^.;]{0,80}?\b(?:commemorat\w+|marked|celebrated)\b[^.;]{0,120}?, (?=\w)"
)
# "This gang, which has around a hundred members, is accused of ...": the group's size, not its victims
_HAS = re.compile(r"\b(?:has|have|had|with|numbering) (?:around |about |some |nearly |an estimated |over )?$", re.I)
_MEMBERS = re.compile(r"\s+(?:armed )?(?:members|fighters)\b", re.I)


_IN_RESPONSE = re.compile(r"\bin response to (?:the )?(?:\w+ )?(?:fighting|clashes|violence|unrest)\b", re.I)
# "The violence erupted on January 9, 2025, as the ELN launched an assault on ...": when a wave of violence began
WAVE_BEGAN = re.compile(
    r"\W*(?:The|This|That) (?:\w+ )?(?:violence|fighting|clashes|unrest|hostilities) (?:\w+ )?(?:erupted|began"
    r"|broke out|started|flared)\b"
)
# "leaders gathered in Niamey on 15 December to pay homage to the soldiers who were killed": honouring the dead
_HOMAGE = re.compile(
    r"\b(?:pa(?:y|id|ying) (?:\w+ )?(?:homage|tribute|(?:their )?(?:last )?respects)|in (?:homage|tribute)) to\b", re.I
)


def drop_backstory(by_type: dict[str, list[Mention]], text: str) -> None:
    """The taking of the people an execution killed is its backstory, not another incident ("the
    killing of 21 Christians kidnapped in Libya"); captives still held are another matter."""
    killed = {(c[0].count.low, c[0].count.best) for m in by_type["execution"] for c in m.counts}
    if _HOSTAGES_FREED.search(text):
        return  # "A total of 178 hostages were rescued on Wednesday": more were taken than were killed
    for mention in list(by_type["abduction"]):
        own = mention.counts[0][0].count if mention.counts else None
        same = own is None or (own.low, own.best) in killed
        told = text[mention.start : mention.end]
        # "kidnap women in Iraqi village", "while all the women were kidnapped": the people taken, either side
        near = text[max(mention.start, mention.trigger[0] - 30) : mention.trigger[1] + 40] if mention.trigger else told
        others = _WOMEN_CHILDREN.search(near)  # men beheaded, women and children carried off: two acts
        others = others or re.search(r"\b(?:along|together) with\b", told)  # "snatched ... along with three others"
        # "350 civilians had been taken, and ... some had already been killed": some of those taken, not all
        others = others or re.search(
            r"\b(?:some|several|many|a few|a number)(?: of them)? had (?:already )?been killed\b"
            # "detained 97 additional officials ... before executing some of them"
            r"|\b(?:executing|executed|killing|killed|shooting|shot) (?:some|several|many|a few|a number)"
            r" of (?:them|the captives)\b",
            told,
        )
        # "abducted nine coal miners ... and shot them dead": the sentence's killing counts the people it took
        killing = next((e for e in by_type["execution"] if e.start == mention.start and not e.counts), None)
        if (same or killing) and not (_STILL_HELD.search(told) or others):
            by_type["abduction"].remove(mention)
            if killing is not None:
                killing.counts = mention.counts
            elif not dated_apart(mention, by_type["execution"]):  # "kidnapped ... near a coal mine in the Sanjawi area"
                mention.type, mention.counts = "execution", []  # its scene and day are the killing's
                by_type["execution"] = sorted(by_type["execution"] + [mention], key=lambda m: m.start)
    if not by_type["abduction"]:
        del by_type["abduction"]


_WOMEN_CHILDREN = re.compile(r"\b(?:women|children|girls|boys)\b", re.I)
_HOSTAGES_FREED = re.compile(
    r"\bhostages\b[^.;]{0,30}\b(?:rescued|freed|released)\b|\b(?:rescu|free|releas)\w* (?:\w+ ){0,3}hostages", re.I
)
# (not "took them away for execution, leaving others unharmed": the others were not taken)
_STILL_HELD = re.compile(r"\b(?<!leaving )(?<!from )(?:remaining|remain|still|other|others)\b(?! unharmed)", re.I)
