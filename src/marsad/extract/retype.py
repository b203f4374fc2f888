"""What a sentence's acts are once the wording around its triggers is weighed: a hotel siege that ends
in killings is a killing, a counter-strike a battle, a blast of unclear cause no bombing, a school that
trains soldiers a military target, a threat no act, people missing after an attack perhaps fled."""

from __future__ import annotations

import re

from marsad.extract import attackers, cues, precedence, venues
from marsad.extract import lexicon as lx
from marsad.extract.children import CHILD_PERPETRATOR, TAKEN_EARLIER
from marsad.extract.context import small_place_names
from marsad.extract.date_spans import in_earlier_year
from marsad.extract.folds import GUN_AND_BOMB
from marsad.extract.sentence import DocumentInfo, SentenceContext

# "vowing to target schools and colleges alongside government interests": targets to come
_THREATENED_TARGETS = re.compile(
    r"\b(?:vow\w*|threaten\w*|plans?|planning|pledg\w*) to (?:target|attack|strike|hit|bomb)\s+(?:the\s+)?"
    r"(?:schools?|hospitals?|clinics?|universit\w+|colleges?)\b",
    re.I,
)
_THREAT_HINT = re.compile(r"\b(?:threat|risk|fear|danger|vow|plan|going to|would|will|could)", re.I)
# "ordered elders to provide hundreds of children or face attack": a demand, not children taken
_DEMAND = re.compile(
    r"\bto (?:provide|hand over|give up|surrender)\b[^.;]{0,80}\bor (?:face|else|risk)\b"
    # "ordered them to give the terror group dozens of children", "demanded them to hand over dozens of children"
    r"|\b(?:ordered|demanded|told|asked|forced) (?:them|elders|communities|parents|families|villagers)\b[^.;]{0,40}"
    r"\bto (?:give|provide|hand over|surrender|relinquish)\b[^.;]{0,30}\b(?:dozens|hundreds|scores|thousands) of\b"
    # "I urge all parties ... to immediately end grave violations, release all children in their ranks": an appeal
    r"|\b(?-i:I|We) (?:urge|call on|appeal to)\b[^.;]{0,60}\bto (?:immediately )?(?:end|stop|cease|release)\b",
    re.IGNORECASE,
)


# "The ELN's murder of the López Durán family ... appears to have ignited intense clashes": the fighting it set off
_SPARKED = re.compile(
    r"\b(?:ignited|sparked|triggered|set off|provoked)\s+(?:\w+\s+)?(?:clashes|fighting|hostilities)\b", re.I
)

# "Displaced residents from recent clashes between armed groups arrive in Tibu": who fled the fighting, no battle told
_FLED_FROM = re.compile(
    r"\b(?:displaced|fleeing|fled)\b[^.;]{0,40}\b(?:by|from|due to) (?:the )?(?:recent )?(?:armed )?"
    r"(?:clashes|fighting)\b",
    re.I,
)

_BESIEGED_AND_KILLED = re.compile(
    r"\bbesieged (?:the|a) (?:village|town|hamlet|camp),? (?:and )?(?:killing|killed)\b", re.I
)

# "the terrorists panicked because they were under siege by pursuing soldiers": attackers hunted, no one cut off
_HUNTED_BY_TROOPS = re.compile(
    r"\bunder siege (?:by|from) (?:the )?(?:pursuing |advancing )?(?:soldiers|troops|army|military|security forces)\b",
    re.I,
)

# the police's fight with the attacker that ended the rampage: part of the killing, not a battle
_FIGHT_THAT_ENDED_IT = re.compile(
    r"\bbefore (?:engaging in|being (?:killed|shot dead) in|a) (?:a )?(?:gunfight|gun ?battle|shoot-?out"
    r"|exchange of fire|stand-?off)\b",
    re.I,
)

_DEFENDED_BY = re.compile(r"\b(?:defended|guarded|protected) by\b", re.I)
# the fighters' own past, told of the ones who struck: no taking of that day
_TAKEN_BEFORE = re.compile(
    rf"{TAKEN_EARLIER}"
    # "an estimated 80 percent are children whom his troops abducted from villages": the ranks' past
    r"|\b(?:percent|per cent|%) (?:of them )?are (?:children|boys|girls|minors) (?:whom|who|that)\b",
    re.I,
)
# a suspect caught in a shootout with the police, no one counted dead: an arrest, not a battle
_ARREST_SHOOTOUT = re.compile(
    r"\b(?:arrest(?:ed)?|captured?|detained|seized) in (?:a |an )?(?:[A-Z][\w'’-]+ )?(?:shoot-?out|gunfight"
    r"|gun ?battle|raid)\b",
    re.I,
)


# an uncounted blast the act is dated from: "The horrific afternoon attack ... came hours after an explosion in a house"
_BLAST_BEFORE = re.compile(
    r"\b(?:comes|came|coming|occurred|happened) (?:just |only |barely )?(?:\w+ ){0,2}(?:hours?|days?|weeks?|months?)"
    r" after (?:an?|the) (?:[\w-]+ ){0,2}(?:explosion|blast)\b",
    re.I,
)


_HOMES_FIREBOMBED = re.compile(
    r"\bfire-?bomb(?:ed|ing)\b (?:about |some |at least |more than )?(?:\d+|dozens of|scores of|several|many)? ?"
    r"(?:homes|houses|shops|buildings|huts|stores)\b",
    re.I,
)
_CLOSED_ONLY = re.compile(r"\bschools?\b[^.;]{0,40}\b(?:closed|shut)\b", re.I)
_STRUCK = re.compile(
    r"\b(?:attack\w*|hit|struck|storm\w*|bomb\w*|shell\w*|burn\w*|raid\w*|loot\w*|threat\w*|insecurity|violence"
    r"|abduct\w*|kidnap\w*)\b",
    re.I,
)
# the group's fighters killed, told by their number alone: a battle's toll on that side
_MILITANTS_KILLED = re.compile(
    r"\b(?:about|some|around|nearly|over|more than|at least) \d+ (?:[\w-]+ ){0,2}(?:militants|insurgents|jihadists)"
    r" (?:were|had been|have been) killed\b",
    re.I,
)


def _no_blast_of_its_own(text: str, named: list[str], uncounted: bool) -> bool:
    """Whether a sentence's bombing words tell no blast of the act it reports: the uncounted explosion it "came hours
    after", homes "firebombed" beside men gunned down, or an uncounted "aerial bombardment of the militant-held
    city"."""
    if (uncounted or len(named) > 1) and (blast := _BLAST_BEFORE.search(text)):
        if not lx.TRIGGERS["bombing"].search(text, 0, blast.start()):
            return True
    if "killing" in named and _HOMES_FIREBOMBED.search(text):
        if not lx.TRIGGERS["bombing"].search(_HOMES_FIREBOMBED.sub(" ", text)):
            return True
    return uncounted and bool(cues.STRIKES_ON_CAMPS.search(text))


_COMPARED_SINCE = re.compile(r"\b(?:deadliest|worst|bloodiest)\b[^.;]{0,80}?\bsince\b", re.I)
_MAYBE = re.compile(
    r"\b(?:may|might|could) (?:have )?be(?:en)? (?:killed|taken(?: away)?|seized|abducted|kidnapped)\b"
    r"|\b(?:may|might|could) have died\b",  # "as many as 10 of them may have died during the armed assault"
    re.I,
)
_GUESSED = ("killing", "abduction", "execution", "armed_clash")
_ATTEMPTED = re.compile(
    r"\b(?:tried|attempted|planned|plotted|were planning|were plotting|trying) to (?:launch|carry out|stage|conduct"
    r"|set off|detonate|plant) (?:\w+ )?(?:bomb\w*|explosives?|explosions?|IEDs?)\b"
    r"|\b(?:an|the) (?:attempted|failed|foiled) bombing\b"  # "a mass shooting and an attempted bombing"
    # "placed an explosive device at the scene but it was safely detonated by a bomb squad"
    r"|\b(?:explosive )?device\b[^.;]{0,60}\b(?:safely detonated|defused|disarmed) by\b",
    re.I,
)


# an attack on a base or post whose blasts were the whole act (the codebook: a bombing, not a battle)
_BLASTS_ONLY = re.compile(
    r"\battack(?:ed|s)?\b[^.;]{0,60}?\bwith (?:a |an )?(?:drones? (?:and|or) )?(?:explosives|bombs|explosive devices"
    r"|cylinder bombs|IEDs|mortars|drones)\b",
    re.I,
)
_FOUGHT = re.compile(
    r"\b(?:gunfire|gun ?battle|gunfight|firefight|stormed|fought|clash\w*|exchange of fire|rifles?)\b", re.I
)


def retype(
    text: str, named: list[str], context: SentenceContext, info: DocumentInfo, venue_siege: bool
) -> tuple[list[str], list[str]]:
    """The act types a sentence names once weighed against its wording, and the types it reports
    (``precedence`` picks the strongest; civilians killed in a battle add a killing)."""
    if "armed_clash" in named and "killing" in named and venues.CIVILIAN_VENUE.search(text):
        named = [t for t in named if t != "armed_clash"]  # a hotel siege that ends in killings is a killing
    if "armed_clash" in named and ((len(named) > 1 and _SPARKED.search(text)) or _FLED_FROM.search(text)):
        # "the murder of the ... family appears to have ignited clashes", "residents displaced from recent clashes"
        named = [t for t in named if t != "armed_clash"]
    if "armed_clash" in named and _BLASTS_ONLY.search(text) and not _FOUGHT.search(text):
        named = ["bombing"]  # "attacked an army base with drones and explosives, killing seven soldiers": the blasts
    if "bombing" in named and GUN_AND_BOMB.search(text):
        named = ["killing" if t == "bombing" else t for t in named]  # "coordinated shooting and bombing attacks"
        named = list(dict.fromkeys(named))
    if {"armed_clash", "killing"} <= set(named) and _FIGHT_THAT_ENDED_IT.search(text):
        named = [t for t in named if t != "armed_clash"]  # "mowed down scores ... before engaging in a gunfight"
    if "armed_clash" in named and _ARREST_SHOOTOUT.search(text) and not context.victim_counts():
        named = [t for t in named if t != "armed_clash"]  # "the arrest in a Brussels shootout on Friday of ..."
    if "child_recruitment" in named and _DEFENDED_BY.search(text) and not lx.TRIGGERS["child_recruitment"].search(text):
        named = [t for t in named if t != "child_recruitment"]  # "It was defended by 30 men and boys with ... training"
    if _TAKEN_BEFORE.search(text):  # "The child soldiers of the LRA, most of whom had been abducted in earlier raids"
        named = [t for t in named if t not in ("abduction", "child_recruitment")]
    if "denial_of_humanitarian_access" in named and _HUNTED_BY_TROOPS.search(text):
        named = [t for t in named if t != "denial_of_humanitarian_access"]  # attackers "under siege by ... soldiers"
    if "denial_of_humanitarian_access" in named and _BESIEGED_AND_KILLED.search(text):
        named = [t for t in named if t != "denial_of_humanitarian_access"]  # "besieged the village, killing people"
    if cues.COUNTER_STRIKE.search(text) and (named or cues.STRUCK_BACK.search(text)):
        named = ["armed_clash"]  # "a camp belonging to the attackers had been destroyed by military jets"
    if precedence.SCHOOL in named and CHILD_PERPETRATOR.search(text) and not venues.CARE_VENUE.search(text):
        named = [t for t in named if t != precedence.SCHOOL]  # "a bomb strapped to a schoolgirl": no school
    uncounted = not context.victim_counts()
    if "bombing" in named and (cues.DEMOLITION.search(text) or cues.MAYBE_A_BOMB.search(text)) and uncounted:
        named = [t for t in named if t != "bombing"]  # "the demolition of the Tadmur prison", "its cause was unclear"
    if "bombing" in named and _no_blast_of_its_own(text, named, uncounted):
        named = [t for t in named if t != "bombing"]
    compared = _COMPARED_SINCE.search(text)  # "the deadliest mass shooting ... since the Sandy Hook Elementary School"
    if precedence.SCHOOL in named and compared and not lx.TRIGGERS[precedence.SCHOOL].search(text, 0, compared.end()):
        named = [t for t in named if t != precedence.SCHOOL]
    if _MAYBE.search(text):  # "Some may be killed in the attack and some may be taken away by them": a guess
        named = [t for t in named if t not in _GUESSED or lx.TRIGGERS[t].search(_MAYBE.sub(" ", text))]
    if "bombing" in named and _ATTEMPTED.search(text) and not lx.TRIGGERS["bombing"].search(_ATTEMPTED.sub(" ", text)):
        named = [
            t for t in named if t != "bombing"
        ]  # "members of the BIFF who tried to launch bombings": none went off
    if named == [precedence.SCHOOL] and uncounted and _CLOSED_ONLY.search(text) and not _STRUCK.search(text):
        named = []  # "Kilis schools have been closed but the town is calm": a precaution, no attack
    if cues.YEARS_OF.search(text):  # the captives' years of abuse: a practice; the sentence's figures stay
        named = [t for t in named if t != "sexual_violence"] if not uncounted else []
    if "bombing" in named and _ARMS_SEIZED.search(text) and not _BLEW.search(text):
        named = [t for t in named if t != "bombing"]  # "arrested two insurgents ..., recovering ... suicide vests"
    if "bombing" in named and cues.STRIKE_ON_ARMS.search(text):  # "drone strikes destroyed two IS vehicles"
        named = ["armed_clash"] if cues.FIGHTERS_KILLED.search(text) else []
    from_the_air = cues.KILLED_FROM_THE_AIR.search(text) or cues.STRIKE_ON_ARMS.search(text)
    if named and set(named) <= {"killing", "bombing"} and "killing" in named and from_the_air:
        # "was killed on April 19, 2018 in a Saudi-led coalition airstrike"; "killed a militant in an air strike";
        # "the Nigerian Air Force launched counter-strikes, killing over 30 militants"
        fighters = cues.FIGHTERS_KILLED.search(text) and not precedence.civilians_counted(context)
        named = ["armed_clash"] if fighters else ["bombing"]  # (not "killed 19 civilians ... and three jihadists")
    ended = attackers.ENDED_BY_FORCES.search(
        text
    )  # "targeting guests ..., before being shot and killed by police officers"
    if named == ["killing"] and cues.FORCES_KILLED.search(text) and cues.FIGHTERS_KILLED.search(text) and not ended:
        named = ["armed_clash"] if not precedence.civilians_counted(context) else named
    if named == ["killing"] and _MILITANTS_KILLED.search(text) and not precedence.civilians_counted(context):
        named = ["armed_clash"]  # "told Egyptian state TV that about 50 militants were killed"
    mixed = re.search(r"\bsoldiers and civilians\b", text, re.I)  # "killing soldiers and civilians": both
    if named == ["killing"] and uncounted and cues.SOLDIERS_KILLED.search(text) and not (ended or mixed):
        named = ["armed_clash"]  # "also killed the Burkinabe soldiers who organized the trench-digging"
    at_venue = re.search(venues.SIEGED, text, re.I)  # "entered the Westgate Mall", told years on: the siege
    if (venue_siege or venues.VENUE_SIEGE.search(text)) and not (
        (_earlier_act(context, info) and not at_venue) or _taken_elsewhere(text, named, context)
    ):  # a siege's bombs: its killings
        named = list(dict.fromkeys("killing" if t in cues.SIEGE_ACTS else t for t in named))
    held = {"abduction", "killing", "execution", "bombing"}  # hostages taken, shot or bombed in a school seized
    if held & set(named) and venues.school_siege_told(info.text) and venues.HOSTAGES_HELD.search(text):
        # "Over 1,200 people were taken hostage during the terrorist attack at a school": the siege of the school
        named = list(dict.fromkeys(precedence.SCHOOL if t in held else t for t in named))
    treated = venues.TREATED_AT.search(text)
    if (
        treated
        and precedence.SCHOOL in named
        and not lx.TRIGGERS[precedence.SCHOOL].search(venues.TREATED_AT.sub(" ", text))
    ):
        named = [t for t in named if t != precedence.SCHOOL]  # "injured ... were treated at a military hospital"
    if _THREAT_HINT.search(text):  # "would lead to more executions"
        named = [t for t in named if not cues.THREAT.search(text[: precedence.trigger_at(text, t)])]
        if precedence.SCHOOL in named and _THREATENED_TARGETS.search(text):
            named = [t for t in named if t != precedence.SCHOOL]  # "vowing to target schools and colleges"
    if cues.gun_attack_with_explosives(text, named):
        named = [t for t in named if t != "bombing"]
    if "abduction" in named and cues.EXECUTED_OR_DISAPPEARED.search(text):
        named = [t for t in named if t != "abduction"] + ["execution"] * ("execution" not in named)
    if precedence.SCHOOL in named and (
        other := venues.military_school_attacked(text, info.text)
        or ("bombing" if venues.one_target_among_others(text) else None)
    ):
        named = list(dict.fromkeys(other if t == precedence.SCHOOL else t for t in named))
    if precedence.SCHOOL in named and len(named) == 1 and venues.damage_among_others(text):
        named = []  # "the humanitarian clinics inside the camp were destroyed, three schools were destroyed"
    if (
        {"bombing", "armed_clash"} <= set(named)
        and (precedence.REMOTE_FIRE.search(text) or precedence.SET_OFF_AT_POST.search(text))
        and not (precedence.GROUND_FIGHTING.search(text))
    ):
        # "a rocket attack on a U.N. base": shelled from afar; "suicide bombers attacked two army checkpoints"
        named = [t for t in named if t != "armed_clash"]
    types = precedence.civilians_killed(precedence.strongest(named), named, context.victim_counts())
    if precedence.SCHOOL in named and "abduction" in types and venues.staff_only(text):
        types = [t for t in types if t != "killing"] + [precedence.SCHOOL]  # aid workers taken, medics killed
    if {"abduction", "child_recruitment"} <= set(named) and cues.TAKEN_TO_FIGHT.search(text):
        types = list(dict.fromkeys("child_recruitment" if t == "abduction" else t for t in types))  # "trained them"
        named = [t for t in named if t != "abduction"]
    if "child_recruitment" in types and _DEMAND.search(text) and not cues.TAKEN.search(text):
        types = [t for t in types if t != "child_recruitment"]  # "ordered elders to provide hundreds of children"
    if "child_recruitment" in types and not lx.CHILD_TERMS.search(text) and cues.NO_CHILDREN.search(text):
        types = [t for t in types if t != "child_recruitment"]  # "desperate to recruit more people"
    if "bombing" in types and cues.MINES_LAID.search(text) and not cues.BLAST.search(text):
        types = [t for t in types if t != "bombing"]  # "placed explosive devices on the roads": none went off
    if "abduction" in types and not cues.TAKEN.search(text) and (cues.FLED.search(text) or _only_missing(text, info)):
        types = [t for t in types if t != "abduction"]  # missing after an attack: they may have fled
    if (
        "execution" in types
        and lx.BURIAL.search(info.text)
        and not lx.TRIGGERS["execution"].search(_GRAVE.sub(" ", text))
    ):
        # "exhuming bodies from the largest mass grave in Bucha" where "locals ... decided to temporarily bury people
        # behind the local church in a mass grave": the grave the town buried its dead in, not a sign they were held
        types = list(dict.fromkeys("killing" if t == "execution" else t for t in types))
    return named, types


_GRAVE = re.compile(r"\b(?:mass )?graves?\b", re.I)


_ARMS_SEIZED = re.compile(
    r"\b(?:recover(?:ed|ing)|seiz(?:ed|ing)|confiscat(?:ed|ing)|found)\b[^.;]{0,60}"
    r"\b(?:explosives|suicide vests?|bombs?|IEDs?|explosive devices)\b",
    re.I,
)
_BLEW = re.compile(r"\b(?:explod\w*|detonat\w*|blew|went off|killed|killing|blast)\b", re.I)


def _taken_elsewhere(text: str, named: list[str], context: SentenceContext) -> bool:
    """ "an Austrian couple were kidnapped in the night in northern Burkina Faso ... village of Djibo", "attacked
    gendarmerie in the village of Tin Abao": acts at a place of their own, with no word of the siege's venue or
    hostages, beside a hotel siege."""
    return (
        bool(named)
        and not (venues.HOSTAGES.search(text) or re.search(venues.SIEGED, text, re.I))
        and bool(small_place_names(text))
    )


def _earlier_act(context: SentenceContext, info: DocumentInfo) -> bool:
    """A sentence dated in a year before publication that the report's title does not name: an earlier act
    ("In 2019, ... were also killed"), not the siege a "July 2016 Dhaka attack" page tells a year on."""
    dates = context.dates()
    title = info.text[:_TITLE].split("\n", 1)[0] if "\n" in info.text[:_TITLE] else ""
    return in_earlier_year(dates, info.published) and not all(d[0].start[:4] in title for d in dates)


_TITLE = 200  # characters: a headline line


# "at least 94 of the girls were still unaccounted for" in a report headed "94 School Girls Missing After Boko
# Haram's Attack": the missing of the raid the report tells, who may have fled, not captives
_STILL_MISSING = re.compile(r"\b(?:(?:are|were|remain|remained) )?still (?:missing|unaccounted for)\b", re.I)
_LEDE = 600  # characters: a headline and the first paragraph


def _only_missing(text: str, info: DocumentInfo) -> bool:
    lede = info.text[:_LEDE]
    return bool(_STILL_MISSING.search(text) and (cues.FLED.search(lede) or _GONE_MISSING.search(lede)))


# "The attack of Boko Haram on ... Dapchi in Yobe state, where several students have gone missing"
_GONE_MISSING = re.compile(r"\battack\w*\b[^.;]{0,120}\bwhere (?:\w+ ){0,3}(?:have|had) gone missing\b", re.I)
