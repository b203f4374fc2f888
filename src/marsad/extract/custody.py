"""Whether the dead were in their killers' hands (codebook: the killing of captives, prisoners or hostages, and
bodies found tied, is an execution), read from the words around the sentences that tell the killings; the mass graves
the dead were buried in ("buried at least 43 people in nine mass graves") say nothing of that."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx
from marsad.extract.actors import actor_table
from marsad.extract.cues import ANOTHER_ACT
from marsad.extract.sentence import Mention


def custody_near(killings: list[Mention], text: str) -> bool:
    """Custody words in or just before the sentences that tell the killings, or just after them about
    the same people ("The men had surrendered"), or victims picked out of those held ("separated out
    non-Muslims") told in the next few sentences; not anywhere in the report ("the president, accusing
    them of not heeding calls", "the captives" of another act told after)."""
    return any(
        m.start - 80 <= c.start() <= m.end
        or (
            m.end < c.start() <= m.end + 150 and _SAME_VICTIMS.search(text[m.end : c.end()])
            # (not "The soldiers accused of the killings were sent to": the doers)
        )
        for c in _custody_words(text)
        for m in killings
    ) or any(
        m.start - 80 <= c.start() <= m.end + 300
        and not (
            c.start() > m.end and ANOTHER_ACT.search(text, m.end, c.start())
        )  # "In another attack ..., singled out"
        for c in lx.SELECTED.finditer(text)
        for m in killings
    )


def custody_told(text: str, document: str = "") -> bool:
    """Whether ``text`` tells its victims were in the doers' hands (not the mass graves they were buried in, nor the
    grave a ``document`` that tells such a burial names again: "exhuming bodies from the largest mass grave")."""
    return any(True for _ in _custody_words(text, document))


def held_told(text: str) -> bool:
    """Whether ``text`` tells its victims were held in other words than the graves they were found in."""
    return any("grave" not in c.group(0).lower() for c in _custody_words(text))


def _custody_words(text: str, document: str = "") -> list[re.Match[str]]:
    """The custody words of ``text``, less the mass graves the dead were buried in (as ``document``, the report
    ``text`` is part of, else ``text`` tells) and the doers "accused of" the killing ("Burkina Faso Accused of Mass
    Killing of Civilians")."""
    return [
        c
        for c in lx.CUSTODY.finditer(text)
        if not _buried_in(c, document or text)
        and not _DOERS_ACCUSED.match(text, c.start())
        and not _attacker_caught(c, text)
        and not _picture_captured(c, text)
        and not ("custody" in c.group(0) and _SUSPECT_HELD.search(text, max(0, c.start() - 120), c.start()))
        and not ("custody" in c.group(0) and _HELD_FOR_ACT.match(text, c.end()))
        and not (_TIED.search(c.group(0)) and _SOME_OF.search(text, max(0, c.start() - 60), c.start()))
    ]


# only some of the dead found tied ("some of them with their hands tied", "some bodies had their arms and legs tied"):
# a sign of some captives among a town's dead, not that the toll's victims were held
_TIED = re.compile(r"\b(?:tied|bound)\b", re.I)
_SOME_OF = re.compile(
    r"\b(?:some|a few|several|one|two|at least (?:one|two|three|\d+))(?: of (?:the|them|those|these)\b)?"
    r"(?: (?:dead|bodies|victims|corpses)\b)?(?: (?:of them|had|have|with|were|was))?(?: (?:their|his|her))?\s*$",
    re.I,
)


# "Four soldiers in custody for killing two civilians": the doers held for the act, not captives
_HELD_FOR_ACT = re.compile(r"\s+(?:for|over) (?:the )?(?:killing|murder|deaths?|shooting)\b", re.I)
# "a white man in his 20s is in custody in connection with a mass shooting", "A single suspect ... was in custody":
# the attacker arrested, not captives
_SUSPECT_HELD = re.compile(
    r"\b(?:suspects?|shooters?|gunm[ae]n|attackers?|assailants?|perpetrators?|man|woman|\d+-year-old)\b"
    r"(?:\s+|(?:(?!\b(?:hostages?|captives?|prisoners?)\b)[^.;]){0,100}\b(?:is|was|were|are|remains?|remained|been) "
    r"(?:now |still )?(?:in the (?:military|police) )?)$",  # "four suspects ... are now in the military custody"
    re.I,
)


def _picture_captured(custody: re.Match[str], text: str) -> bool:
    """ "This image was captured on the social media app": a picture taken, not people."""
    return custody.group(0).lower().endswith("captured") and bool(
        re.search(
            r"\b(?:image|photo|photograph|picture|video|footage|moment|scene)\s+$",
            text[max(0, custody.start() - 20) : custody.start()],
            re.I,
        )
    )


def _attacker_caught(custody: re.Match[str], text: str) -> bool:
    """ "We killed nine of them, and one was captured alive", "the lone terrorist Ajmal Kasab was captured alive": an
    attacker taken, not captives the attackers held."""
    return custody.group(0).lower().endswith("captured") and bool(
        re.match(r"\s+alive\b", text[custody.end() :])
        and _ATTACKERS_BEFORE.search(text, max(0, custody.start() - 80), custody.start())
    )


_ATTACKERS_BEFORE = re.compile(
    r"\b(?:terrorists?|attackers?|gunm[ae]n|assailants?|militants?|bombers?|killed \w+ of them)\b", re.I
)


def _buried_in(custody: re.Match[str], text: str) -> bool:
    """Whether a custody word is the mass graves the dead were buried in ("buried ... in nine mass graves"), as
    ``text`` tells a burial."""
    # (also "mass graves were being dug for victims", and the grave "locals ... decided to temporarily bury people
    # ... in" named again: "exhuming bodies from the largest mass grave")
    return "grave" in custody.group(0).lower() and bool(lx.BURIAL.search(text))


_DOERS_ACCUSED = re.compile(
    r"accused of (?:carrying out |committing |perpetrating )?(?:the |these |those |this |a |an )?(?:mass |the mass )?"
    r"(?:killings?|massacres?|murders?|attacks?|massacring|murdering)\b"  # "was accused of massacring over 400"
    # the doers' crimes ("is accused of numerous crimes"); victims a gang "accused of witchcraft" were not tried
    r"|accused of (?:\w+ ){0,2}(?:crimes|atrocities|abuses|violations|witchcraft|sorcery)\b",
    re.I,
)
# a later sentence about the same people: "The men had surrendered", "They lined them up"
_SAME_VICTIMS = re.compile(r"\b(?:[Tt]he (?:men|victims|dead|soldiers|officers|prisoners|hostages)|[Tt]hey|them)\b")


ARREST = re.compile(r"\barrest(?:ed|s|ing)?\b", re.IGNORECASE)
# "were arrested and taken to various RSF-run detention camps": the group's own jails
_ITS_JAILS = re.compile(
    r"\b([\w-]+?)-(?:run|controlled|held) (?:[\w-]+ )?(?:detention|prisons?|jails?|camps?|cent(?:re|er)s?)\b"
)


def armed_arrest(text: str, context) -> bool:
    """An armed group named as the one arresting: "the RSF arrested Abdallah", "arrest by RSF"."""
    offset = context.offset
    for match in ARREST.finditer(text):
        jail = _ITS_JAILS.search(text, match.end(), match.end() + 80)
        if jail and any(a.actor.kind == "armed_group" for a in actor_table().find(jail.group(1))):
            return True
        for actor, start, end in context.actors:
            if actor.kind != "armed_group":
                continue
            # "the Rapid Support Forces (RSF) arrested" (not "Chad, which attributed the attack to Boko Haram, has
            # announced the arrest of about 60 people": the group named in a clause, not the one arresting)
            between = text[end - offset : match.start()]
            before = 0 <= match.start() - (end - offset) <= 40 and "," not in between
            after = 0 <= (start - offset) - match.end() <= 8 and text[match.end() : start - offset].strip() == "by"
            if before or after:
                return True
    return False
