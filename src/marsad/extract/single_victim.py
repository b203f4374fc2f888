"""The one victim a sentence names ("a teacher", "one policeman"), told apart from a source ("a teacher said"), an
attacker ("a gunman dressed as a doctor", "a woman suicide bomber"), a suspect held, a mourner and the sick."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx
from marsad.extract.not_victims import DISPLACED_AFTER, SPEAKING

# the one victim a sentence names: "a teacher", "one policeman", "her son", "as her 12-year-old was murdered nearby"
# (not "a 28-year-old man", whose noun is told)
SINGLE_VICTIM = re.compile(
    r"\b(?:a|an|one|her|his|their|another)\s+(?:[\w-]+\s+){0,2}?(?P<noun>son|daughter|woman|man|girl|boy|teacher|pharmacist|prisoner|captive|"
    r"journalist|headmaster|nurse|"
    r"doctor|soldier|shopkeeper|civilian|priest|imam|pastor|catechist|chief|official|policeman|worker|student|farmer|elder|cleric"
    r"|villager|resident|trader|driver|herder|fisherman|engineer|businessman|judge|mayor|guard|patient|medic|peacekeeper|ranger"
    r"|corporal|sergeant|lieutenant|captain"
    r"|\d{1,2}-year-old(?=\s+(?:was|is|had been|has been|who)\b))\b",
    re.IGNORECASE,
)
# one person named with a title or age, told killed: "Pastor Adalchi Usman, 39 and father of 2 was murdered",
# "25-year-old Anthony Magaji, a final year ... student with Nuhu Bamali Polytechnic, Zaria, was hacked down"
_TITLED_VICTIM = re.compile(
    r"\b(?P<noun>Pastor|Reverend|Rev\.|Father|Imam|Mr\.?|Mrs\.?|Miss|Deacon|Evangelist|Alhaji|Chief|\d{1,2}-year-old)"
    r" [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?=,? (?:[^.;]{0,100}? )?(?:was|had been|has been) (?:\w+ )?"
    r"(?:murdered|killed|shot dead|beheaded|hacked (?:to death|down)|butchered)\b)"
)
_KILLING_CHILD = re.compile(r"\s+(?:\w+\s+)?(?:beheading|shooting|executing|killing|stabbing)\b", re.I)
_DOING = re.compile(
    r"\s+(?:teaching|training|telling|stands|standing|addresses|addressing|leads|leading|speaks|speaking|reads|reading"
    r"|holds|holding|gives|giving|(?:strapped )?(?:to|on) (?:her|his|their) backs?"  # a bomber's baby: cover
    r"|(?:suicide )?bomber)\b",  # "A woman suicide bomber in Boko Haram-hit northeast Nigeria": the attacker
    re.I,
)
_NOT_SINGLE_BEFORE = re.compile(
    r"\baccording to\s+$"  # "according to a top official": the source
    r"|\bsources?\s*,\s*$"  # "The source, a security official, ...": who the source is
    r"|\b(?:dressed|disguised|posing|masquerading)\s+as\s+$"  # "a gunman dressed as a doctor": an attacker
    r"|\b(?:injur|wound)(?:ed|ing)\s+$"  # "killed themselves and injured another woman": the wounded
    r"|\b(?:went|go|goes|turned) to (?:see )?\s*$|\b(?:visited|consulted)\s+$"  # "went to a voodoo priest": whom he saw
    r"|\b(?:apprehended|arrested)\s+$"  # "the security forces apprehended a man with a suicide belt": a suspect
    # "said Hassan Khidr, a resident": the source
    r"|\b(?:said|says|told)\s+(?-i:[A-Z][\w'-]+)(?:\s+(?-i:[A-Z][\w'-]+)){0,3}\s*,\s*$",
    re.IGNORECASE,
)
_SPEAKS = (
    re.compile(  # "a survivor said", "One resident, speaking to Addis Standard on condition of anonymity": the source
        r"\s+(?:said|says|told|recalled|recounted|clarified|confirmed|explained)\b"
        rf"|{SPEAKING}"
    )
)
_HURT = re.compile(r"\b(?:injured|wounded|hurt)\b", re.I)  # "another injured woman": not among the dead
_SICK_BEFORE = re.compile(r"\b(?:illness|sickness|disease) of\s+$", re.I)
_FELL_ILL = re.compile(
    r",?\s+(?:who )?(?:fell|became|had become|was|had been) (?:seriously |gravely )?(?:ill|sick)\b", re.I
)
_MOURNING = re.compile(r"\s+(?:cries|weeps|mourns|grieves|prays|reacts|lays|lights)\b", re.I)


def single_victim(text: str) -> re.Match[str] | None:
    """The first one victim a sentence names ("a teacher", "one policeman"), not a source or a disguise."""
    for single in SINGLE_VICTIM.finditer(text):
        if _NOT_SINGLE_BEFORE.search(text[: single.start()]):
            continue
        if re.search(r"\b(?:said|says)\s+$", text[: single.start()]) and re.match(
            r"\s*(?:[,.;]|$)", text[single.end() :]
        ):
            continue  # "..., said a resident, who lost eight members of her family": the source
        if re.search(
            r"\b(?:said|says)\s+(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2},(?: \d{1,3},)?\s+$",
            text[: single.start()],
        ):
            continue  # "said Joseph Kpayajadia, 58, a farmer who hid in the grass": the source
        if re.search(r"\b(?:saw|watched|witnessed)\s+$", text[: single.start()]) and re.match(
            r"(?:his|her|their)\b", single.group(0), re.I
        ):
            continue  # "a farmer who hid in the grass and saw his son being killed": a witness's kin, in the toll
        if _SPEAKS.match(text, single.end()) or _HURT.search(single.group(0)):
            continue  # "a woman said, lying next to another injured woman": the survivors who tell it
        if single.group("noun").lower() in ("boy", "girl") and _KILLING_CHILD.match(text, single.end()):
            continue  # "a boy beheading a captive": the child who kills, not the victim
        if _DOING.match(text, single.end()) or _MOURNING.match(text, single.end()):
            continue  # "a man teaching these children how to shoot", "A woman cries in front of a memorial"
        if _SICK_BEFORE.search(text, max(0, single.start() - 30), single.start()) or _FELL_ILL.match(
            text, single.end()
        ):
            continue  # "the illness of his son, who died on Sunday", "his son fell seriously ill": not violence
        if lx.WOUNDED.match(text[single.end() :].lstrip(",")) or DISPLACED_AFTER.match(text[single.end() :]):
            continue  # "carry a student who was injured in an attack", "A 23-year-old man was also arrested"
        if re.match(
            r"\s*,?\s+(?:(?:with|from|of|at) [^,.;]{0,60}?\s|(?:[\w-]+ ){0,2}[\w-]+, [^,.;]{1,40}, "
            r"|whom? [^,.;]{1,60}, )?"  # "He and another official, who like him had fled his village, said"
            # "a teacher said", "an official who said"
            r"(?:sources? )?(?:said|says|told|who asked|who (?:had )?(?:said|told|spoke))",
            text[single.end() :],
        ):
            continue  # "a teacher said", "an official with the emergency agency told": a source, not a victim
        return single
    return _TITLED_VICTIM.search(text)


# one person after another, each "a ...": "A 60-year-old widow, a mother of 6 children and a 56-year-old man have
# been killed" counts three
_LISTED_ONES = re.compile(
    r"(?:^|(?<=[.;:] )|(?<=\bkilling )|(?<=\bkilled ))"
    r"(?P<items>(?:(?:[Aa]n?|[Oo]ne) [^,.;]{2,40}?, ){1,4}(?:an?|one) [^,.;]{2,40}? and (?:an?|one) [^,.;]{2,40}?)"
    r"(?=\s+(?:were|have been|had been) (?:\w+ )?(?:killed|murdered|shot dead|slain|hacked to death|burnt to death)\b)"
)
# "The officers allegedly killed 40-year-old Yata Yusto and 39-year-old Simon Yusto": each one by age and name
_AGE_NAME = r"\d{1,2}-year-old [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_AGED_NAMES = re.compile(rf"(?:(?<=\bkilled )|(?<=\bkilling ))(?P<items>{_AGE_NAME}(?:, {_AGE_NAME})* and {_AGE_NAME})")
# a person's name and a comma, before the person's age: "His siblings, Aniya Musa, 60 including"
_NAMED_BEFORE_AGE = re.compile(
    r"\b(?-i:[A-Z][a-z][\w'’-]*) (?!(?:State|Province|Region|District|County|City|Area|Division)\b)"
    r"(?-i:[A-Z][a-z][\w'’-]*),\s*$"
)


def age_after_name(before: str) -> bool:
    """Whether a number told after ``before`` is the age of the person it names ("Kande Musa, 97")."""
    return bool(_NAMED_BEFORE_AGE.search(before))


def listed_ones(text: str) -> tuple[int, int, int] | None:
    """The span and number of the people a sentence lists one by one as killed ("a widow, a mother of 6 children
    and a 56-year-old man"), or ``None``."""
    listed = _LISTED_ONES.search(text) or _AGED_NAMES.search(text)
    if listed is None:
        return None
    items = listed.group("items")
    return listed.start("items"), listed.end("items"), items.count(", ") + 1 + items.count(" and ")
