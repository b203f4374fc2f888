"""Which reading wins when one sentence or one report names several acts.

A stronger reading hides a weaker one in the same sentence: an execution is not also a killing,
a bombing at a school is an attack on the school, and a raid on a school to take pupils is an
abduction. The last yields when the killings are the larger part of the raid: "37 killed and six
others abducted in an attack on a school" is the attack on the school (which carries the MRM
abduction violation), while "killing a student and abducting 42" is the abduction.
"""

from __future__ import annotations

import re

from marsad.extract import cues
from marsad.extract import lexicon as lx
from marsad.extract.counts import CountMention
from marsad.extract.venues import MEDICS, staff_only

SCHOOL = "attack_on_school_or_hospital"

SUPPRESSES = {
    "child_recruitment": {"abduction", "sexual_violence"},  # "abducted boys to use as fighters" is recruitment
    "abduction": {SCHOOL},
    SCHOOL: {"killing", "bombing", "abuse"},
    "execution": {"killing", "bombing"},  # a captive killed with explosives is still executed
    "bombing": {"killing"},
    "sexual_violence": {"abduction", "abuse"},  # captives "faced torture, rape, forced marriage": sexual slavery
    "armed_clash": {"killing", "bombing"},  # car bombs at a base's gate, then hours of fighting: a battle
}


# fire from afar at a base, with no fight on the ground: a bombing, not a battle
REMOTE_FIRE = re.compile(r"\b(?:rockets?|mortars?|shell(?:s|ed|ing)|missiles?|air ?strikes?|drones?)\b", re.I)
# a blast its bomber or driver set off at a post, with no fight on the ground: a bombing, not a battle
SET_OFF_AT_POST = re.compile(
    r"\bsuicide (?:car |truck )?bomb(?:er|ing)?s?\b|\bexplosive-laden\b|\bcar bombs?\b"
    r"|\bbooby[- ]trapped (?:car|vehicle|bus|truck)s?\b",
    re.I,
)
GROUND_FIGHTING = re.compile(
    r"\b(?:clash\w*|fought|fighting|gun ?battles?|gunfights?|firefights?|exchange of fire|exchanged fire|stormed"
    r"|overran|overrun|ambush\w*|assault\w*|raid\w*)\b",
    re.I,
)


def strongest(types: list[str]) -> list[str]:
    """A stronger reading hides a weaker one in the same sentence (an execution is not also a killing)."""
    for stronger, weaker in SUPPRESSES.items():
        if stronger in types:
            types = [t for t in types if t not in weaker]
    return types


def civilians_killed(types: list[str], named: list[str], counts: list[tuple[CountMention, str]]) -> list[str]:
    """ "Militants killed 35 civilians after attacking a military outpost": where a sentence's dead are all
    civilians, the assault on the post is no battle, and the killing is told."""
    if "armed_clash" in types and "killing" in named and civilians_only(counts):
        return list(dict.fromkeys("killing" if t == "armed_clash" else t for t in types))
    return types


def civilians_counted(context) -> bool:
    """Whether a sentence counts civilians among its dead ("killed 19 civilians ..., as well as three jihadists")."""
    return any(category in _CIVILIANS for _, category in context.victim_counts())


def civilians_only(counts: list[tuple[CountMention, str]]) -> bool:
    """Whether counts are given and all count civilians ("35 civilians, most of them women")."""
    return bool(counts) and all(category in _CIVILIANS for _, category in counts)


_CIVILIANS = (
    "civilians",
    "women",
    "children",
    "students",
    "teachers",
    "aid workers",
    "medical workers",
    "patients",
    "journalists",
    "prisoners",  # "an attack ... on the prison ..., in which more than 50 Ukrainian prisoners of war were killed"
)


def _largest(counts: list[tuple[CountMention, str]]) -> int:
    values = [c.count.best if c.count.best is not None else c.count.low for c, _ in counts]
    return max((v for v in values if v is not None), default=0)


def killings_lead(killed: list[tuple[CountMention, str]], taken: list[tuple[CountMention, str]]) -> bool:
    """Whether more people were killed than taken (a taking with no count is the smaller part, except beside one
    death: "One person was killed and many students kidnapped")."""
    return bool(killed) and _largest(killed) > _largest(taken) and (bool(taken) or _largest(killed) > 1)


def school_raid(types: list[str], named: list[str], killed: list, taken: list) -> list[str] | None:
    """In one sentence: a school raid whose killings outnumber its abductions is the attack on the
    school, counted by its dead; ``None`` when the sentence is not such a raid."""
    if "abduction" in types and SCHOOL in named and killings_lead(killed, taken):
        return list(dict.fromkeys(SCHOOL if t == "abduction" else t for t in types if t != "killing"))
    return None


def fold_school_raid(by_type: dict[str, list], dated_apart, text: str) -> None:
    """In one report: a raid on a school to take pupils is an abduction, unless its killings are the
    larger part ("25 students killed" and "the attackers abducted several others"), when the
    takings told with it are the attack on the school. A school burned on another day stays apart."""
    school, taken = by_type[SCHOOL], by_type["abduction"]
    _date_ledes(school)
    venues = [m for m in school if not staff_only(text[m.start : m.end])]  # not medics killed beside a taking
    pupils_taken = [  # medics taken, or men taken elsewhere "few hours after the attack at Dapchi": acts apart
        m for m in taken if not (MEDICS.search(told := text[m.start : m.end]) or _AFTER_THE_RAID.search(told))
    ]
    for mention in list(pupils_taken):
        partners = [m for m in venues if not dated_apart(m, [mention])]
        # an uncounted taking ("Some teachers ... were also abducted") is weighed with the count of the same raid's
        # other takings ("several other students abducted"), not as none
        same_raid = [c for m in pupils_taken if _same_day(m, partners, dated_apart) for c in m.counts]
        if partners and killings_lead([c for m in partners for c in m.counts], mention.counts or same_raid):
            taken.remove(mention)  # "the attackers abducted several others": part of the attack on the school
            pupils_taken.remove(mention)
            mention.type = SCHOOL
            school.append(mention)
    latest = max((d[0].start for m in school + taken for d in m.dates if d[0].start), default="")
    recent = [m for m in pupils_taken if not m.dates or any(d[0].start[:4] == latest[:4] for d in m.dates)]
    for mention in [
        m
        for m in venues
        if (recent if not m.dates else pupils_taken)  # undated: the report's latest act, not one of 1998
        and not dated_apart(m, recent if not m.dates else pupils_taken)
    ]:
        school.remove(mention)  # a school raid to abduct is an abduction (a school burned in March is not)
        mention.type = "abduction"
        if any(m.counts for m in recent):
            mention.counts = []  # its dead (the smaller part): the abduction counts those taken
        taken.append(mention)
    for key in (SCHOOL, "abduction"):
        by_type[key].sort(key=lambda m: m.start)
        if not by_type[key]:
            del by_type[key]


def _same_day(taking, venues: list, dated_apart) -> bool:
    """Whether a taking is undated or told on a day of the school raid (not "abducted 200 ... last year")."""
    days = all(d[0].precision == "day" for d in taking.dates)
    return not taking.dates or (days and bool(venues) and not dated_apart(taking, venues))


def _date_ledes(group: list) -> None:
    """A lede with no day whose next sentence gives it ("... attacked a school. The attack occurred on
    Friday night.") takes that day, so that it is not mistaken for an act of another day."""
    ordered = sorted(group, key=lambda m: m.start)
    for mention, following in zip(ordered, ordered[1:], strict=False):
        if not mention.dates and following.dates and following.start - mention.end < 40:
            mention.dates = following.dates


def fold_school_bombing(by_type: dict[str, list], dated_apart) -> None:
    """ "Multiple blasts at a school": the bombings told with an attack on a school are that attack,
    unless told on another day or at another place ("the last suicide attack, at a mosque in Paktia")."""
    school = by_type[SCHOOL]
    apart = [m for m in by_type["bombing"] if dated_apart(m, school)]  # an air strike of 2023 beside a school's of 2022
    for mention in [
        m
        for m in by_type["bombing"]
        if not dated_apart(m, school)
        and not _placed_apart(m, school)
        and not _counted_apart(m, school)
        and not (apart and not m.dates)  # (its undated sentences stay with it)
    ]:
        by_type["bombing"].remove(mention)
        mention.type = SCHOOL
        school.append(mention)
    if not by_type["bombing"]:
        del by_type["bombing"]


def _counted_apart(mention, group: list) -> bool:
    """A bombing with a toll of its own, far from the school attack's ("killed at least 32" at a
    funeral, beside 24 killed in a maternity ward), is another act."""
    mine = _largest(mention.counts)
    theirs = _largest([c for m in group for c in m.counts])
    if theirs and any(c.count.vaguely_holds(theirs) for c, _ in mention.counts):  # "killing scores of people"
        return False
    return bool(mine and theirs) and not 0.8 * theirs <= mine <= theirs / 0.8


def _placed_apart(mention, group: list) -> bool:
    mine = {p[0].name for p in mention.places}
    theirs = {p[0].name for m in group for p in m.places}
    return bool(mine and theirs) and not mine & theirs


_ARMED_VICTIMS = re.compile(r"\b(?:soldiers|cadets|recruits|troops|policemen|officers|airmen)\b", re.I)
_UNARMED = re.compile(r"\b(?:unarmed|mass graves?)\b", re.I)


def massacred(event: list, text: str) -> bool:
    """Soldiers or cadets "massacred" in a report of unarmed men or mass graves were killed in the
    killers' hands (the Camp Speicher massacre), not in a battle."""
    if not _UNARMED.search(text):
        return False
    return any(
        re.search(r"\bmassacre", told := text[m.start : m.end], re.I)
        and (_ARMED_VICTIMS.search(told) or (m.counts and m.counts[0][1] in ("soldiers", "fighters", "police")))
        for m in event
    )  # civilians massacred and buried in a mass grave were killed where they were found: a killing


_HOSTAGES_KILLING = re.compile(
    r"\b(?:took|taking|held|holding|seized) (?:\w+ ){0,2}hostages? (?:at|in|inside) [^.;]{0,60}\bkilling "
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)
_EXECUTED_OR_KILLED = re.compile(r"\bexecuted\b[^.;]{0,60}\bor (?:were )?(?:killed|shot|died)\b", re.I)


# the taking itself told in the pluperfect, its victims counted: "a report saying that at least 90 Assyrian
# Christians had been abducted by Islamic State forces"
_COUNTED_TAKEN = re.compile(
    r"\b\d[\d,]* (?:[\w-]+ ){0,3}had been (?:abducted|kidnapped|seized|captured|taken(?! to\b))\b", re.I
)


def without_denied(types: list[str], text: str) -> list[str]:
    """Drop acts the sentence denies or that are only backstory: "no soldiers were killed", "ending
    the siege", "the victims had been rounded up" (how they were taken, told with their killing)."""
    if (
        "execution" in types
        and lx.BURIAL.search(text)
        and not lx.TRIGGERS["execution"].search(lx.BURIAL.sub(" ", text))
    ):
        types = [
            "killing" if t == "execution" else t for t in types
        ]  # "buried 43 people in nine mass graves": the dead
    if "execution" in types and _EXECUTED_OR_KILLED.search(text):  # "executed ... in their homes or killed by the
        types = list(dict.fromkeys("killing" if t == "execution" else t for t in types))  # group's rockets": a killing
    killed = {"killing", "execution", "bombing"} & set(types)
    denied = {
        # ("shot dead nine people ... before killing himself": the gunman's end beside his victims)
        "killing": (lx.SUICIDE.search(text) and not lx.TRIGGERS["killing"].search(lx.SUICIDE.sub(" ", text)))
        or lx.NEGATED_DEATHS.search(lx.SUICIDE.sub(" ", text)),
        "execution": lx.SUICIDE.search(text)
        or (lx.NEGATED_DEATHS.search(text) and not lx.TRIGGERS["execution"].search(text))
        # "Al Rishawi ... will be executed in the capital Amman on Wednesday morning": a sentence still to come
        or (_TO_BE_EXECUTED.search(text) and not lx.TRIGGERS["execution"].search(_TO_BE_EXECUTED.sub(" ", text))),
        "denial_of_humanitarian_access": lx.SIEGE_ENDS.search(text),
        # "they heard no explosions, and that the killings were deliberate": a blast denied
        # (and "The blasts came after a bomb attack was foiled at a church": a foiled attack)
        "bombing": re.search(
            r"\b(?:heard|saw|was|were) no (?:\w+ )?(?:explosions?|blasts?|bombs?)\b|\battack (?:was|were) foiled\b",
            text,
            re.I,
        ),
        "abduction": (  # "had been seized ... along with a second man": others taken too, an act of its own
            any(killed or not cues.THE_VICTIMS.match(m[0]) for m in cues.BACKSTORY.finditer(text))
            and not (not killed and re.search(r"\b(?:along|together) with\b", text))
            and not _COUNTED_TAKEN.search(text)  # "at least 90 Christians had been abducted"
        )
        or (cues.FLED.search(text) and not cues.TAKEN.search(text))
        # "took hostages at a kosher supermarket, killing four": a siege that killed, as the codebook says
        or ("killing" in types and _HOSTAGES_KILLING.search(text) is not None)
        # "no school girl was abducted", "couldn't establish any case of abduction" (unless others were taken)
        or (
            _NO_ABDUCTION.search(text) is not None and not lx.TRIGGERS["abduction"].search(_NO_ABDUCTION.sub(" ", text))
        ),
    }
    return [t for t in types if not denied.get(t) and not cues.INTENDED.search(text[: trigger_at(text, t)])]


def trigger_at(text: str, event_type: str) -> int:
    """Where the first trigger word of ``event_type`` starts in ``text`` (its end when there is none)."""
    match = lx.TRIGGERS[event_type].search(text)
    return match.start() if match else len(text)


_TO_BE_EXECUTED = re.compile(r"\bwill (?:also )?be (?:executed|hanged|put to death)\b", re.I)
_AFTER_THE_RAID = re.compile(r"\b(?:hours?|days?) after the (?:attack|raid) (?:at|on|in)\b", re.I)
_NO_ABDUCTION = re.compile(
    r"\bno (?:\w+ ){0,2}(?:one|people|girls?|boys?|students?|pupils?|children|persons?)\b[^.;]{0,25}"
    r"\b(?:was|were|had been) (?:abducted|kidnapped|taken)\b"
    r"|\bno (?:report|reports|case|cases|evidence) of (?:any )?(?:abduction|kidnapping)s?\b"
    r"|\bwhether (?:or not )?(?:the )?(?:\w+ ){0,2}(?:were|was|had been) (?:abducted|kidnapped)\b"  # a question
    r"|\b(?:could not|couldn['’]t|did not|didn['’]t|cannot|can['’]t) (?:establish|confirm) (?:any )?"
    r"(?:case|cases|report) of (?:abduction|kidnapping)s?\b",
    re.I,
)
