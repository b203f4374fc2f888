"""Places an attack may name: schools and clinics (and the staff of health care), schools that train
soldiers or police, the hospital the wounded were taken to, and civilian venues of a siege."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.extract import cues

if TYPE_CHECKING:
    from marsad.extract.sentence import Mention

# "targeted a wedding, a funeral and a hospital": the hospital is one target of a bombing campaign, not its object
_OTHER_TARGETS = re.compile(r"\b(?:wedding|funeral|market|mosque|church|bus station|checkpoint|rally)s?\b", re.I)
_HEALTH_OR_SCHOOL = re.compile(r"\b(?:hospital|clinic|school|university|college)\b", re.I)
_BLASTS = re.compile(r"\b(?:bomb\w*|blasts?|explosions?|suicide)\b", re.I)


def one_target_among_others(text: str) -> bool:
    """A hospital or school named beside other targets of the same blasts ("a wedding, a subsequent
    funeral, and a hospital"): the attack is a bombing, not an attack on the hospital."""
    return bool(_HEALTH_OR_SCHOOL.search(text) and _OTHER_TARGETS.search(text) and _BLASTS.search(text))


_OTHER_DAMAGE = re.compile(r"\b(?:structures|shelters|homes|houses|huts|tents|latrines|shops)\b", re.I)
_PLACES_OF_CARE = re.compile(r"\b(?:hospitals?|clinics?|schools?|universit(?:y|ies)|colleges?)\b", re.I)
_DESTROYED = re.compile(r"\b(?:destroyed|burned|burnt|torched|razed|damaged|reduced to ashes)\b", re.I)


def damage_among_others(text: str) -> bool:
    """Clinics or schools listed among a camp's or village's structures destroyed ("2,326 structures were destroyed
    by fire ..., the ... clinics inside the camp were destroyed, three schools were destroyed"): the damage of an
    attack told elsewhere, not an attack on the school."""
    return bool(_PLACES_OF_CARE.search(text) and _OTHER_DAMAGE.search(text) and _DESTROYED.search(text))


# "a military police training school", "the gendarmerie school": a military target, not a place of education
MILITARY_SCHOOL = re.compile(
    r"\b(?:gendarme\w*|police|military|army|naval|air force|cadets?|officers'?|infantry|artillery|staff)"
    # "Army Public School" and "a military run school" teach children; "the Air Force struck a school" is an attack
    r" (?!public |run )(?:(?!(?:struck|attacked|bombed|hit|raided|stormed|targeted|shelled)\b)[\w-]+ ){0,2}"
    r"(?:school|academy|college)\b",
    re.I,
)
_CHILD_LEARNERS = re.compile(r"\b(?:pupils?|schoolchildren|schoolgirls|schoolboys|children|girls|boys)\b", re.I)
_LEARNERS = re.compile(
    r"\b(?:pupils?|schoolchildren|schoolgirls|schoolboys|students?|children|girls|boys|teachers?)\b", re.I
)


def military_school_attacked(sentence: str, report: str) -> str | None:
    """What an attack on a school is when the school trains soldiers or police ("the gendarmerie school";
    "The bomb at the General Santander School" in a report about a police academy): a battle, or a
    bombing when it was blasts; ``None`` for a place of education."""
    if MILITARY_SCHOOL.search(sentence):  # "killed 141 people, mostly children, at a military school": a school
        if _CHILD_LEARNERS.search(sentence):
            return None
        return "bombing" if _BLASTS.search(sentence) else "armed_clash"  # "suicide truck bombing at ... police school"
    if _trains_forces(report) and not _LEARNERS.search(sentence) and not _UNIVERSITY.search(sentence):
        return "bombing" if _BLASTS.search(sentence) else "armed_clash"
    return None


_UNIVERSITY = re.compile(r"\b(?:university|campus)\b", re.I)


def _trains_forces(report: str) -> bool:
    """Whether the report names a school that trains soldiers or police, not one whose pupils were
    children ("killed 141 people, mostly children, at a military school in Peshawar")."""
    for found in MILITARY_SCHOOL.finditer(report):
        start = report.rfind(".", 0, found.start()) + 1
        end = report.find(".", found.end())
        if not _CHILD_LEARNERS.search(report[start : end if end >= 0 else len(report)]):
            return True
    return False


# where the wounded were taken: "were being treated at a military hospital in Kaduna"
TREATED_AT = re.compile(
    r"\b(?:treated|taken|admitted|rushed|evacuated|transferred|brought|hospitali[sz]ed|airlifted|flown|flew|shifted"
    r"|moved|sent|convalesc\w+|recover(?:ing|s)|recuperat\w+"  # "survivors ... are convalescing in a local hospital"
    r"|died (?:later )?of (?:their|his|her) (?:wounds|injuries)"  # "six of whom died of their wounds in a hospital"
    r"|lies|lying|lay)\b"  # "An IDP who suffered body burns lies in pain at Lira hospital"
    r"[^.;]{0,30}?\b(?:hospitals?|clinics?|health cent(?:re|er)s?|medical (?:facilit(?:y|ies)|cent(?:re|er)s?))\b"
    # "Dr Naseeb Gul of Khar DHQ hospital feared ...": where a doctor works, not a place attacked
    r"|\b(?:Dr\.?|doctors?|nurses?|medics?|surgeons?|director) (?:[\w.]+ ){0,3}(?:of|at|from) (?:the )?(?:[\w-]+ ){0,3}"
    r"(?:hospitals?|clinics?)\b",
    re.I,
)
CIVILIAN_VENUE = re.compile(r"\b(?:hotel|mall|restaurant|market|university|church|mosque|wedding)\b", re.I)

# a school or clinic named as the place attacked; health staff alone ("killed four health workers") name none
CARE_VENUE = re.compile(
    r"\b(?:schools?|hospitals?|clinics?|health (?:cent(?:re|er)|post|facilit\w+)s?|dormitor\w+|classrooms?|universit\w+"
    r"|college|madrasa|maternity)\b",
    re.I,
)
# health staff taken from a hospital where patients were killed: an abduction of its own
MEDICS = re.compile(r"\b(?:medics|doctors|nurses|pharmacists?|health workers|medical staff)\b", re.I)
CARE_STAFF = re.compile(
    r"\b(?:(?:health|medical|polio|vaccination|immuni[sz]ation) (?:workers?|staff|teams?|volunteers?)|vaccinators?)\b",
    re.I,
)


def staff_only(text: str) -> bool:
    """Whether a text names health staff attacked but no school or clinic ("killed four health workers")."""
    return bool(CARE_STAFF.search(text)) and not CARE_VENUE.search(text)


# a siege of a hotel, mall or restaurant: its bombs, gunfire and hostages are its killings
# (and an aid agency's office stormed after a car bomb at its gate: "Gunmen stormed an office of aid agency Save the
# Children", "raided the compound after suicide attackers detonated a car bomb at the entrance")
SIEGED = r"\b(?:hotel|mall|restaurant|caf[eé]|bakery|eatery|museum|offices?|compound|headquarters|building)\b"
VENUE_SIEGE = re.compile(
    r"\b(?:siege|stormed|(?<!police )(?<!troops )(?<!forces )raided|raided and occupied"
    r"|(?<!been )(?<!was )(?<!were )seized(?! from)|took control of)\b[^.;]{0,60}"
    + SIEGED
    + rf"|{SIEGED}[^.;]{{0,20}}\bsiege\b"
    # "a 30-hour gun and bomb attack on the popular Hayat hotel", "An 11-hour standoff ... at an upscale bakery"
    + rf"|\b\d+-hour (?:[\w-]+ ){{0,4}}(?:attack|assault|siege|standoff|stand-off)\b[^.;]{{0,40}}{SIEGED}"
    # "A hostage situation has developed at the Holey Artisan Bakery"
    + rf"|\bhostage (?:crisis|situation|standoff|stand-off)\b[^.;]{{0,200}}{SIEGED}"
    # "at least 12 of 20 hostages held at the Holey Artisan Bakery"
    + rf"|\bhostages (?:held|trapped|taken) (?:at|in|inside) (?:the |an? )?(?:[\w-]+ ){{0,3}}{SIEGED}"
    # "Gunmen held about 90 hostages at a hotel in Niamey"
    + r"|\b(?:held|holding|took|taking) (?:about |some |around |more than |over |at least )?(?:\d[\d,]*|dozens of"
    + rf"|scores of|hundreds of) (?:people )?hostages? (?:at|in|inside) (?:the |an? )?(?:[\w-]+ ){{0,3}}{SIEGED}"
    # a gun and bomb assault: "gunmen and suicide bombers blasted their way into a Sikh gurdwara"
    r"|\b(?:gunmen|attackers|assailants|militants) and (?:[\w-]+ )?suicide bombers\b"
    r"|\bsuicide bombers and (?:[\w-]+ )?(?:gunmen|attackers|assailants)\b"
    # a bomb at the gate that lets gunmen in: "detonated a car bomb at the entrance ..., after which several assailants
    # entered and opened fire", "blew himself up at the gate ..., opening the way for gunmen to enter the office"
    r"|\b(?:bomb|bomber|blast|explosion|explosives)\b[^.;]{0,60}\b(?:gate|entrance)\b[^.;]{0,80}"
    r"\b(?:gunmen|assailants|attackers|militants)\b[^.;]{0,20}\b(?:entered|enter|stormed|raided)\b",
    re.I,
)

_ATTACK_AT_VENUE = re.compile(
    r"\b(?:attack\w*|gunmen|assault\w*|opened fire|stormed)\b[^.;]{0,80}"
    r"\b(?:hotel|mall|restaurant|caf[eé]|bakery|eatery|museum)s?\b",
    re.I,
)
_STANDOFF = re.compile(
    r"\b(?:standoff|stand-off|taken hostage|(?:took|taking) (?:\w+ ){0,3}hostages?|overnight siege"
    # "pinned security forces down for more than 13 hours", "sparking a twelve-hour fight with security forces"
    r"|for (?:more than |over |nearly |about )?(?:\d+|\w+) hours"
    r"|(?:\d+|\w+)-hour (?:fight|battle|gunbattle|siege|operation))\b",
    re.I,
)
_SIEGE_LEDE = 1000  # characters: a headline, an infobox and the first paragraph


@lru_cache(maxsize=64)  # asked again for each sentence of a report
def siege_told(text: str) -> bool:
    """A report tells a siege of a hotel, mall or restaurant, whose bombs, gunfire and hostages are its
    killings: "stormed the hotel", "an 11-hour standoff at a bakery" anywhere, or told in its lede as an
    attack at a restaurant with a standoff told in the next sentence."""
    lede = text[:_SIEGE_LEDE]
    if any(not _earlier(text, m.start()) for m in VENUE_SIEGE.finditer(text)):
        return True
    return bool(_STANDOFF.search(lede)) and any(not _earlier(text, m.start()) for m in _ATTACK_AT_VENUE.finditer(lede))


# "Eight days ago, gunmen attacked a hotel in the capital, Bamako, taking scores hostage", "The attack comes a week
# after a deadly siege at a Bamako hotel": another, earlier act, not the report's
_EARLIER_ACT = re.compile(r"\b(?:ago|(?:days?|weeks?|months?) (?:after|before)|last (?:week|month|year))\b", re.I)


def _earlier(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` tells an earlier act."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(".", at)
    return bool(_EARLIER_ACT.search(text, start, end if end >= 0 else len(text)))


# a school seized with its pupils held inside ("the September 2004 seizure of a general school in ... Beslan",
# "Chechen rebels occupied a school", "took over the school and 1,900 hostages"): its hostage-taking is the attack
# on the school, not an abduction of pupils carried off
_SCHOOL_SIEGE = re.compile(
    r"\b(?:siege|seizure|seized|occupied|occupation|took over|takeover|hostage[- ](?:crisis|taking|takers))\b"
    r"[^.;]{0,80}\bschool\b(?! (?:bus|van|trip|run)\b)"
    r"|\bschool (?:siege|hostage crisis|hostage-taking|hostage taking|seizure)\b",
    re.I,
)
HOSTAGES = re.compile(r"\bhostages?\b", re.I)
HOSTAGES_HELD = re.compile(r"\b(?:hostages?|held|holding|seiz\w+|took over|occupied)\b", re.I)


@lru_cache(maxsize=64)
def school_siege_told(text: str) -> bool:
    """A report tells a school seized with its pupils held inside as hostages (Beslan), not a raid that
    carried pupils off."""
    return bool(_SCHOOL_SIEGE.search(text) and HOSTAGES.search(text))


# "more than 1,100 people as hostages, including 777 children": those held, not the dead
# (not "killing eight people, and took hostages": the clause after)
# ("330 of the hostages died", but "took 170 hostages and killed 20 of them" holds the 170)
_HELD_AFTER = re.compile(r"[^.;,]{0,30}?\bhostages?\b(?! (?!and\b)(?:\w+ ){0,2}(?:died|killed|dead|slain)\b)", re.I)
_INCLUDING_BEFORE = re.compile(r"\bincluding\s+$", re.I)


def without_hostages_held(text: str, counts: list) -> list:
    """A siege sentence's counts less those of the hostages held ("has taken about thirty hostages, after
    shooting dead two guards" counts the two; "330 of the hostages died" counts the 330)."""
    kept, held = [], False
    for count in counts:
        start, end = count[0].start, count[0].end
        held = bool(_HELD_AFTER.match(text, end, end + 60)) or (held and bool(_INCLUDING_BEFORE.search(text, 0, start)))
        if not held:
            kept.append(count)
    return kept


# an armed group's assault on a prison to free its fighters: a battle with the guards, whose dead are no captives
_PRISON_ATTACK = re.compile(
    r"\b(?:attack\w*|assault\w*|stormed|broke into|raid\w*)\b[^.;]{0,60}\b(?:prison|jail|detention (?:centre|center"
    r"|facility))\b|\b(?:prison|jail)[ -]?break\b|\bjailbreak\b",
    re.I,
)


@lru_cache(maxsize=64)
def prison_attack_told(text: str) -> bool:
    """A report tells an armed group's assault on a prison ("IS fighters attacked the facility", "broke into
    al-Sina’a prison"): the prisoners and guards who die are the battle's dead, not captives executed."""
    return bool(_PRISON_ATTACK.search(text))


@lru_cache(maxsize=64)
def any_siege_told(text: str) -> bool:
    """A siege of a hotel, mall or restaurant, of a school with its hostages, or an assault on a prison fought out
    over days: an act that lasts for days."""
    return siege_told(text) or school_siege_told(text) or prison_attack_told(text)


# a school for children, and its students: "Lhubiriha Secondary School" ... "the victims were students"
_SCHOOL_FOR_CHILDREN = (  # (Nigeria's Federal Government and Government Science Colleges are secondary schools)
    r"(?<!from )\b(?:(?:secondary|high|primary|junior|boarding|public) schools?"
    r"|(?-i:Government) (?:Science |Technical |Girls'? |Boys'? )?(?-i:College))\b"
)
CHILDREN_SCHOOL = re.compile(
    rf"{_SCHOOL_FOR_CHILDREN}(?=[\s\S]*\b(?:students|pupils)\b)|\b(?:students|pupils)\b(?=[\s\S]*{_SCHOOL_FOR_CHILDREN})",
    re.IGNORECASE,
)


_AIRPORT_AFTER = re.compile(r"\s+(?:International\s+)?(?:airport|Airport)\b")


def airport_towns_apart(places: list, text: str) -> list:
    """The places of an act without the towns named only as an airport's name ("Brussels’ Zaventem airport and a metro
    station in the Belgian capital": Brussels), where another town of that country is named."""
    named = [p for p in places if p[0].precision == "town" and _AIRPORT_AFTER.match(text, p[3])]
    rest = [p for p in places if p not in named]
    if named and any(p[0].precision == "town" and p[0].country == named[0][0].country for p in rest):
        return rest
    return places


# "in the city’s Ortakoy district", "Istanbul's Ortakoy neighbourhood", "the Ortakoy area of the city"
_QUARTER_BEFORE = re.compile(r"\b(?:the city['’]s|[A-Z][\w-]+['’]s)\s+$")
_QUARTER_AFTER = re.compile(r"\s+(?:district|neighbou?rhood|quarter)\b|\s+area of the city\b")


def quarters_first(places: list, text: str) -> list:
    """The places of an act with a city's quarter first ("in the city’s Ortakoy district": Ortakoy, more precise
    than the city named around it)."""
    quarters = [
        p
        for p in places
        if p[0].precision == "town"
        and _QUARTER_AFTER.match(text, p[3])
        and (_QUARTER_BEFORE.search(text, max(0, p[2] - 20), p[2]) or text.startswith(" area of the city", p[3]))
    ]
    return quarters + [p for p in places if p not in quarters]


def apart_from_siege(event: list[Mention], text: str) -> bool:
    """Soldiers killed in an act the report sets apart from its hotel siege ("In another weekend strike ...,
    militants killed 18 pro-government militia members in the northern Balkh province")."""
    return any(cues.ANOTHER_ACT.search(text[m.start : m.end]) for m in event)
