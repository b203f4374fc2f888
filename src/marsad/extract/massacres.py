"""A massacre told by how its dead died: shelled first, then shot in their homes.

"Some were killed by shell fire, but the majority appear to have been shot or stabbed at close range", "killed
either by shelling or shooting", "under 20 of the 108 can be attributed to artillery and tank fire": the shells
and the shootings counted here are one massacre of people found where they lived, a killing, however a source
names the shootings ("summarily executed", "executing anyone they met"), unless the victims were held first; and
killings of people who were held ("tied them up", "lined up", "captives"), which are executions.
"""

from __future__ import annotations

import re

from marsad.extract import cues
from marsad.extract import lexicon as lx
from marsad.extract.custody import custody_near, custody_told
from marsad.extract.doers import OTHERS_DID_IT
from marsad.extract.events import dated_apart, other_town
from marsad.extract.folds import combatants_counted, fold_into, move_to
from marsad.extract.precedence import massacred
from marsad.extract.sentence import Mention

_SHELLS = r"(?:shelling|shell ?fire|shells|artillery|tank (?:fire|shells)|tanks)"
# the dead split between the shells and the guns
SHELLED_OR_SHOT = re.compile(
    rf"\b(?:by|from) {_SHELLS}[^.;]{{0,30}}\bor (?:by )?(?:shooting|gunfire|small arms|being shot)\b"
    rf"|\b(?:some|a few|fewer than \d+|under \d+|less than \d+)\b[^.;]{{0,60}}\b{_SHELLS}[^.;]{{0,80}}"
    r"\b(?:others|the majority|most|the rest)\b"
    rf"|\b(?:under|fewer than|less than) \d+ (?:of the (?:\d+ )?(?:victims|dead|bodies|\d+) )?(?:can be attributed to"
    rf"|were killed by|had been killed by|died (?:by|from|of)) (?:the )?{_SHELLS}",
    re.I,
)
# killed where they were found: at home, house by house, whoever was met
AT_HOME = re.compile(
    r"\b(?:in|inside) (?:their|our) (?:own )?(?:homes|houses)\b|\bhouse[- ](?:by|to)[- ]house\b"
    r"|\bexecuting anyone\b|\bentire families were (?:shot|killed)\b",
    re.I,
)
_HELD_FIRST = re.compile(r"\b(?:rounded up|singled out|separated|lined up|abducted|detained|arrested)\b", re.I)


def shelled_then_shot(by_type: dict[str, list[Mention]], text: str) -> None:
    """Shells that count no dead of their own and shootings of people at home, told as one massacre's dead,
    are one killing."""
    split = SHELLED_OR_SHOT.search(text)
    if not (split or AT_HOME.search(text)) or _held(text) or _HELD_FIRST.search(text):
        return
    if not any(by_type.get(t) for t in ("killing", "execution")):
        return
    if by_type.get("execution") and not any(m.counts and m.counts[0][1] in _FORCES for m in by_type["execution"]):
        fold_into(by_type, "execution", "killing")
    if by_type.get("bombing") and all(not m.counts or _shot_too(text[m.start : m.end]) for m in by_type["bombing"]):
        fold_into(by_type, "bombing", "killing")  # ("shelled Houla ..., and that night militiamen went house by house")


def _shot_too(told: str) -> bool:
    """Whether a sentence of shelling tells its dead shot too, at home or between the shells and the guns."""
    return bool(AT_HOME.search(told) or SHELLED_OR_SHOT.search(told))


def _held(text: str) -> bool:
    """Whether the report says the dead were held, a source's "summarily executed" aside."""
    return any(not cue.group(0).lower().startswith("summar") for cue in lx.CUSTODY.finditer(text))


def killings_of_the_held(by_type: dict[str, list[Mention]], text: str, no_captives: bool) -> None:
    """Killings of people in the killers' hands ("tied them up", "lined up", "captives") are executions, unless the
    report tells a siege, a prison stormed or a massacre's graves (``no_captives``), or an attack on a school."""
    if (
        "killing" in by_type
        and "execution" not in by_type
        and custody_near(by_type["killing"], text)
        and not no_captives
        and "attack_on_school_or_hospital" not in by_type  # "tied up the school guard, ... massacred the students"
    ):
        held, apart = held_and_apart(by_type["killing"], text)
        for mention in [m for m in by_type["killing"] if not (held and dated_apart(m, held)) and m not in apart]:
            move_to(by_type, mention, "execution")  # killed while in their hands (not years before): an execution
    for mention in list(by_type.get("killing", [])):
        told = text[mention.start : mention.end]
        school = "attack_on_school_or_hospital" in by_type  # "the girls were hacked and others taken as captives"
        if not no_captives and not school and (custody_told(told, text) or massacred([mention], text)):
            move_to(by_type, mention, "execution")
    if not by_type.get("killing", True):
        del by_type["killing"]


_FORCES = ("soldiers", "fighters", "police")


def held_and_apart(killings: list[Mention], text: str) -> tuple[list[Mention], list[Mention]]:
    """Of killings told near custody words, those held (custody told in their own sentences, else near them: not
    "the massacre of August 1933" told beside them) and those apart from them: soldiers, a killing counted at a town of
    its own ("97 people in Kukawa" beside "40 men singled out" in Monguno), or any beside killings told as "another
    attack"."""
    held = [m for m in killings if custody_told(text[m.start : m.end])] or _told_just_before(killings, text)
    another = held and all(cues.ANOTHER_ACT.search(text[h.start : h.end]) for h in held)
    # a counted killing at a town of its own: the custody is the held act's alone, not the report's other killings'
    another = another or any(m.counts and other_town(m, held) for m in killings if m not in held)
    apart = [
        m
        for m in killings
        if held
        and m not in held
        and (
            combatants_counted([m])
            or (m.counts and other_town(m, held))
            or another
            or OTHERS_DID_IT.search(text[m.start : m.end])  # a protester shot by the police, not a captive
            or fewer_than_held(m, held)
        )
    ]
    return held, apart


def fewer_than_held(mention: Mention, held: list[Mention]) -> bool:
    """ "The charred remains of two elderly men were discovered", then "the bodies of three women and three children
    ... They were allegedly abducted": fewer dead than the captives killed are others, not part of them."""
    told = [h.counts[0][0].count.best for h in held if h.counts]
    own = mention.counts[0][0].count.best if mention.counts else None  # (not "dozens": no count to weigh)
    if own is None or not told or len(told) < len(held) or None in told:
        return False
    return own < min(told)


def _told_just_before(killings: list[Mention], text: str) -> list[Mention]:
    """The killings told last before each custody word near them ("gunmen killed 48 people ... They selected
    particular male residents from among the crowd"): those the words are about."""
    near = [m for m in killings if custody_near([m], text)]
    words = [c.start() for c in lx.SELECTED.finditer(text)] + [c.start() for c in lx.CUSTODY.finditer(text)]
    told = {id(max(before, key=lambda m: m.start)) for at in words if (before := [m for m in near if m.start <= at])}
    return [m for m in near if id(m) in told] or near


def killed_before_the_held(mention: Mention, held: list[Mention]) -> bool:
    """ "Gunmen killed two shopkeepers at a market", then "the bodies of six villagers ... They had been abducted":
    a killing told before the execution, with fewer dead, is an act of its own, not the execution's."""
    return bool(held) and mention.end <= min(m.start for m in held) and fewer_than_held(mention, held)
