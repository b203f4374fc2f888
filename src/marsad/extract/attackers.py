"""The attackers' own end, told beside their act: attackers killed by the forces, bombers who died in their
blasts, a lone gunman shot dead. None of them is a victim, a battle or an act of its own (codebook: a gun attack
on a resort or hotel that security forces end by killing the attackers is one killing). Also the words after a
count that make it the attackers' own number ("about 100 gunmen on motorbikes"), which no toll counts."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from marsad.extract import lexicon as lx

# "the army announced that it has killed all six terrorists who perpetrated the attack", "all 7 attackers had been
# killed": the end of the attackers, not an act of its own
ATTACKERS_KILLED = re.compile(
    rf"\b(?:killed|killing|eliminated|eliminating|shot dead|neutrali[sz]ed) all (?:of )?(?:the )?(?:\w+ )?"
    rf"(?:{lx.ATTACKER_NOUNS}|fighters|rebels|separatists|hijackers)\b(?:,? including (?:the )?suicide bombers\b)?"
    # "... and liquidated the attackers", "security forces have killed six armed men": the act's own attackers
    rf"|\b(?:liquidated|eliminated|neutrali[sz]ed?) the (?:\w+ )?(?:{lx.ATTACKER_NOUNS})\b"
    # "Security personnel gun down lone assailant who barged into beach resort"
    r"|\b(?:security forces|security personnel|troops|soldiers|police|commandos)\s+(?:have |had |has )?"
    r"(?:killed|shot dead|gun(?:ned)? down|shot and killed) (?:the |all |a )?(?:\w+ )?"
    r"(?:armed m[ae]n|gunm[ae]n|attackers?|assailants?|shooters?)\b"
    rf"|\ball (?:the )?(?:\w+ )?(?:{lx.ATTACKER_NOUNS}) (?:had |have |were )?"
    r"(?:been )?(?:killed|shot dead|eliminated)\b"
    # "While nine terrorists were killed in the four-day operation by the armed forces, the lone terrorist ...":
    # the attackers the forces killed to end it
    rf"|\b(?:\w+ )?(?:{lx.ATTACKER_NOUNS}) were killed in the (?:[\w-]+ ){{0,2}}operation\b"
    r"|\b(?:commandos|security forces|troops|soldiers|police) killed the last (?:remaining )?(?:gunm[ae]n|attackers"
    r"|terrorists|militants)\b"
    r"|\bwe killed (?:\w+ )of them,? and (?:one|\w+) (?:was|were) (?:captured|arrested)\b"  # the police chief's count
    # "Catalan police shot and killed five suspected terrorists after the group plowed a car into several people"
    r"|\b(?:security forces|troops|soldiers|police|officers) (?:shot and killed|shot dead|killed) (?:\w+ )?"
    r"(?:suspected |alleged )?(?:terrorists|suspects)\b"
    r"(?=[^.;]{0,20}\bafter (?:they|the group|the men|the attackers)\b)",
    re.I,
)
# attackers who died when troops ended a siege ("Six of the attackers were also killed", "Six terrorists were killed
# and one was captured alive when commandos raided the restaurant"): neither a battle nor the toll
ATTACKERS_DIED = re.compile(
    rf"^\W*(?:\w+ )?(?:of (?:the |seven |\w+ )?)?(?:{lx.ATTACKER_NOUNS}) (?:were|was|had been|have been) (?:also )?"
    r"(?:killed|shot dead|eliminated)\b"
    rf"|^\W*(?:\w+ )?of (?:the |seven |\w+ )?(?:{lx.ATTACKER_NOUNS}) died\b"
    # "Afghan security forces battled for more than 13 hours before the last attacker was slain on Sunday"
    r"|\bthe last (?:of the )?(?:attackers?|gunm[ae]n|militants?|assailants?|insurgents?) (?:was|were) "
    r"(?:slain|killed|shot dead)\b",
    re.I,
)
# "Three of the bombers were killed, while two civilians ... were injured": the bombers died in their own blasts
BOMBERS_DIED = re.compile(
    r"^\W*(?:\w+ )?(?:of (?:the )?)?(?:suicide )?bombers (?:were|was|had been|have been) (?:also )?(?:killed|dead)\b",
    re.I,
)
# "“The assailant was killed,” he added.", "The lone gunman was shot dead by police": the attacker's end
_LONE_ATTACKER_DIED = re.compile(
    r"^\W*(?:the |a )?(?:lone |sole |single )?(?:assailant|attacker|gunman|shooter|(?:suicide )?bomber) (?:was|has been"
    r"|had been) (?:also |later |eventually )?(?:killed|shot dead|shot and killed|gunned down)\b",
    re.I,
)
# "officials said two suspects — ... — had been killed in a police shootout", "a shootout back in San Bernardino that
# left both suspects dead": the attackers' end, whoever else the sentence names
_SUSPECTS_KILLED = re.compile(
    r"\b(?:two|both|the|three) (?:shooting )?suspects\b[^.;]{0,80}\b(?:had been|were|have been) killed in (?:a|an) "
    r"(?:police |officer-involved )?(?:shootout|shooting|gun ?battle|gunfight)\b"
    r"|\b(?:shootout|gun ?battle|gunfight)\b[^.;]{0,60}\bthat left (?:both|the two|the) "
    r"(?:suspects|attackers|gunmen|shooters) dead\b",
    re.I,
)
# the attacker's end at the hands of the forces, told after the act: not the forces' dead
ENDED_BY_FORCES = re.compile(
    r"\b(?:before|after|until) (?:being|he was|they were) (?:shot (?:and killed|dead)|killed|gunned down|shot)"
    r" by (?:\w+ )?(?:police|security forces|troops|soldiers|officers)\b",
    re.I,
)


ENDED_WITH = {"killing", "armed_clash", "execution", "abduction", "bombing"}  # what a sentence of their end may tell


def acts_besides_end(text: str, named: list[str], ended: re.Match[str], counts: list, offset: int) -> list[str]:
    """The sentence's acts once the attackers' end (``ended``) is set aside: all of them where deaths are told and
    counted besides it, else only a taking ("stormed a train ..., killing all 33 attackers and ending a day-long
    standoff involving hundreds of hostages" tells the hostages held) or none ("the army announced that it has killed
    all six terrorists who perpetrated the attack")."""
    besides = [c for c, _ in counts if not offset + ended.start() <= c.start < offset + ended.end()]
    if besides and (deaths_besides(text, ended) or _DEAD_BESIDE.search(text, 0, ended.start())):
        return named  # (also "said 21 hostages and all 33 insurgents had been killed": one verb for both)
    rest = text[: ended.start()] + " " * (ended.end() - ended.start()) + text[ended.end() :]
    return [kind for kind in named if kind == "abduction" or (kind == "bombing" and lx.TRIGGERS[kind].search(rest))]


_DEAD_BESIDE = re.compile(r"\b(?:hostages|civilians|passengers|people|soldiers|troops)\s+and\s+$", re.I)


def deaths_besides(text: str, ended: re.Match[str]) -> bool:
    """Whether the sentence tells deaths outside the words that tell the attackers' end ("Security personnel gun
    down lone assailant who ... opened fire at dozens of tourists" tells none)."""
    rest = text[: ended.start()] + " " * (ended.end() - ended.start()) + text[ended.end() :]
    return any(lx.TRIGGERS[kind].search(rest) for kind in ("killing", "execution", "armed_clash"))


def only_attackers_died(
    text: str, named: list[str], venue_siege: bool, victim_counts: Callable[[], list], report: str = ""
) -> bool:
    """Whether a sentence of deaths tells only the attackers' end: "Six of the attackers were also killed" when
    troops ended a siege, "Three of the bombers were killed", a lone attacker's death told with no count, or the
    militants the forces killed to end a hostage standoff (the sentence's ``victim_counts`` are read only for the
    last two cases)."""
    if named and _SELF_DETONATED.search(text) and not _KILLING.search(text):
        return True  # "Seven of the eight terrorists ... died from self-detonated bombs": the bombers' own end
    if not set(named) <= {"killing", "armed_clash"}:
        return False
    return bool(
        (venue_siege and ATTACKERS_DIED.search(text))
        or BOMBERS_DIED.search(text)
        or (_LONE_ATTACKER_DIED.search(text) and not victim_counts())
        or _SUSPECTS_KILLED.search(text)
        or (hostage_standoff(report) and _fighters_only(victim_counts()))
        or (_SOME_OF_THEM_KILLED.match(text) and _attackers_told_before(text, report))
        or (_SAID_ATTACKERS_DIED.search(text) and _fighters_only(victim_counts()))
    )


# "Khuzestan Governor Gholam-Reza Shariati said two of the attackers were killed, two others arrested"
_SAID_ATTACKERS_DIED = re.compile(
    r"\bsaid (?:that )?(?:\w+ )?of the (?:attackers|assailants|gunmen) (?:were|had been|have been) "
    r"(?:killed|shot dead)\b",
    re.I,
)


# "Two of them are said to have been killed", right after "the gunmen, possibly up to six, were no longer in control"
_SOME_OF_THEM_KILLED = re.compile(
    r"\W*(?:\w+|\d+) of them (?:are|were|was|have|had)(?: (?:said|reported|believed) to have)? been "
    r"(?:killed|shot dead)\b",
    re.I,
)
_ATTACKER_NAMED = re.compile(r"\b(?:gunmen|attackers|assailants|militants|terrorists|jihadists|bombers)\b", re.I)
_VICTIM_NAMED = re.compile(r"\b(?:hostages|people|civilians|guests|victims|staff|workers|soldiers|police\w*)\b", re.I)


def _attackers_told_before(text: str, report: str) -> bool:
    """Whether the sentence before ``text`` in ``report`` names the attackers last, with no victims after them."""
    start = report.find(text)
    before = report[max(0, start - 400) : max(start, 0)].rstrip()
    sentence = re.split(r"(?<=[.!?])\s+", before)[-1] if before else ""
    named = list(_ATTACKER_NAMED.finditer(sentence))
    return bool(named) and not _VICTIM_NAMED.search(sentence, named[-1].end())


_SELF_DETONATED = re.compile(
    r"\b(?:\w+ of the )?(?:\w+ )?(?:terrorists|attackers|assailants|gunmen|militants)\b[^.;]{0,60}\bdied (?:from|of|in)"
    r" (?:their own |self-detonated |the )?(?:bombs|explosives|suicide vests|explosive vests|blasts)\b"
    # "the suicide bombing of two other girls in ... Djakana, which caused the deaths of the two girls": the bombers
    r"|\bsuicide bombing of (?P<n>\w+) (?:other )?(?P<who>girls|boys|women|men|children|teenagers)\b[^.;]{0,80}"
    r"\bdeaths? of (?:the )?(?P=n) (?P=who)\b(?![^.;]*\b(?:killing|killed|and (?:the|\w+) (?:people|civilians)))",
    re.I,
)


_KILLING = re.compile(r"\bkill(?:ed|ing)\b", re.I)  # the attackers' victims told too ("..., killing 12 people")


# a hostage standoff that the forces ended ("ending a day-long standoff involving hundreds of hostages", "the 30-hour
# operation to rescue the train passengers taken hostage"): "33 militants were slain during the operation", "they
# have killed 30 militants" tell the attackers' end, neither a battle nor a figure
HOSTAGE_STANDOFF = re.compile(
    r"\bhostages?\b[\s\S]{0,400}?\b(?:stand-?off|siege|rescu\w*)|\b(?:stand-?off|siege|rescu\w*)[\s\S]{0,400}?\bhostages?\b",
    re.I,
)


@lru_cache(maxsize=8)
def hostage_standoff(report: str) -> bool:
    """Whether the report tells a hostage standoff that the forces ended (:data:`HOSTAGE_STANDOFF`); read once a
    report."""
    return bool(HOSTAGE_STANDOFF.search(report))


def _fighters_only(counts: list) -> bool:
    """Whether every count of the sentence is of the group's fighters."""
    return bool(counts) and all(category == "fighters" for _, category in counts)


# the words after a count that make it the attackers' number: "several hundred militants involved", "about 100
# gunmen on motorbikes", "Two were stopped at a security checkpoint, and detonated their devices"
ATTACKERS_AFTER_COUNT = re.compile(
    # "Three masked gunmen kill 12 people" (not "nine militants were killed", "three gunmen killed by police")
    r"\s+(?:[\w-]+\s+)?(?:gunmen|attackers|assailants|militants|jihadists|insurgents)\s+(?:kill|kills|killed|shoot"
    r"|shoots|shot)(?=\s+(?:\d[\d,]*|at least|more than|over|about|nearly|some|dozens|scores|hundreds|several|an?"
    r"|the|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)\b)|"
    r"\s+(?:(?:[\w-]+\s+){1,2}|of\s+(?:(?:suspected|armed|heavily armed|(?:al-)?(?-i:[A-Z])[\w-]*)\s+){0,3})?"
    r"(?:\([^)]{1,30}\)\s+)?"  # "nearly 100 Daesh (Islamic State) fighters", "about 30 armed Shabaab fighters"
    r"(?:militants|jihadists|gunmen|assailants|attackers|insurgents|fighters|terrorists|men|rebels)\W*\s+"
    r"(?:including [^,.;]{1,60},\s+)?"  # "at least five militants, including three believed to be from Pakistan,"
    r"(?:of (?:the )?(?:[\w-]+ ){0,2}(?:group|organi[sz]ation)\s+)?"  # "300 fighters of terrorist organization"
    r"(?:were\s+|had\s+|have\s+)?(?:with (?:[\w-]+ ){0,2}(?:weapons|guns|rifles|grenades|explosives)\b[^.;]{0,40}?\s)?"
    r"(?:involved|attacked|stormed|raided|arrived|entered|broke into|breached|targeted"
    r"|(?:on|aboard|on board) (?:a )?(?:motorbikes?|motorcycles?)"
    r"|riding|armed|firing|fired (?:at|on)|opened fire|machine-gunned"  # "dozens of jihadists were firing"
    r"|toting|carried out|launched|staged|took part in|participated in"  # "About 70 militants carried out the attack"
    r"|responsible|behind the (?:attack|massacre|assault|bombing))\b"
    # "Two children with explosives blew themselves up": the bombers (not "120 children have been strapped with
    # explosives and sent into markets": the children used)
    r"|\s+(?:[\w-]+\s+){0,2}(?:children|teenagers)\s+(?:[\w-]+\s+){0,3}?(?:detonated|blew|blown|set off)\b"
    r"|\s+(?:[\w-]+\s+){0,2}(?:girls|boys|women|men|bombers|gunmen|attackers|assailants|fighters|militants|jihadists)"
    r",?\s+(?:[\w-]+\s+){0,5}?(?:carrying (?:\w+ )?(?:explosives|bombs|IEDs)\b|"
    # "girls in hijab", "Three young girls are reported to have blown themselves up"
    r"(?:detonated|blew|blown|blow|blows|set off|exploded|dressed|strapped|wearing|disguised|burst)\b)"
    r"|\s+(?:[\w-]+\s+)?(?:suicide\s+)?bombers\s+(?:killed|struck|attacked|targeted|hit|rammed)\b"  # "2 bombers killed"
    # "2 other female suicide bombers who were accompanying the dead terrorists, ran away from the scene"
    r"|\s+(?:[\w-]+\s+){0,2}(?:suicide\s+)?bombers\b[^.;]{0,60}\b(?:ran away|fled|escaped|were arrested|were caught)\b"
    # "five militants took hostages", "six insurgents dressed in suicide vests entered the six-story hotel"
    rf"|\s+(?:[\w-]+\s+)?(?:{lx.ATTACKER_NOUNS}|suicide bombers)\s+(?:(?!were\b|was\b)[\w-]+\s+){{0,5}}"
    r"(?:took|opened|stormed|attacked|entered|carried out|raided|seized|burst|forced|struck|arrived|blew|detonated"
    r"|hijacked|targeted)\b"  # "70-80 attackers had hijacked the train", "The two fighters targeted the graduates"
    r"|\s+(?:people|men|women)\s+(?:attacked|stormed|raided) (?:the|a|an)\b"  # "At least 4 people attacked the hotel"
    # "about 200 heavily armed members of the Lord's Resistance Army (LRA) marched into a refugee camp"
    r"|\s+(?:[\w-]+\s+){0,2}(?:members|fighters|militants|rebels) of (?:the )?(?:[\w'’-]+\s+){1,4}"
    r"(?:\([^)]{1,20}\)\s+)?(?:marched|stormed|attacked|raided|entered|descended|swooped)\b"
    # "At least one gunman killed 49 people": the attacker, who killed the people counted next
    rf"|\s+(?:[\w-]+\s+)?(?:{lx.ATTACKER_NOUNS}|gunman|attacker|assailant|shooter|militant|terrorist)\s+"
    r"(?:killed|shot dead|gunned down|murdered|massacred)\s+(?:at least |more than |about |some |nearly )?"
    r"(?:\d|(?:[a-z]+-)?[a-z]+ (?:people|civilians|worshippers|villagers))"
    # "the names of 20 Dogon men who witnesses recognized as being among the attackers"
    # "Two were stopped at a security checkpoint, and detonated their devices": the bombers
    r"|(?:\s+(?!(?:were |was )?(?:killed|died|dead|injured|wounded|hurt)\b)[\w'-]+,?){1,10}?\s+(?:and\s+)?"
    r"(?:detonated|exploded|blew (?:themselves|herself|himself) up) (?:their|her|his|the) (?:own )?"
    r"(?:devices?|explosives|bombs?|vests?|belts?|suicide)\b"
    r"|\s+(?:[\w-]+\s+){0,3}(?:who|whom|that)\s+(?:[\w-]+\s+){0,4}(?:being\s+)?among the "
    r"(?:attackers|assailants|gunmen)\b",
    re.IGNORECASE,
)


def captors_did_the_killing(incidents: list, text: str) -> None:
    """In a hostage standoff, the hostages killed and the soldiers who fell in it were killed by the hostage-takers:
    such acts told with no doer of their own ("The military said 18 hostages and three soldiers were killed") take the
    doers of the taking."""
    if not hostage_standoff(text):
        return
    captors = next((i.perpetrators for i in incidents if i.type == "abduction" and i.perpetrators), None)
    for incident in incidents:
        if captors and not incident.perpetrators and incident.type in ("execution", "killing", "armed_clash"):
            incident.perpetrators = list(captors)
