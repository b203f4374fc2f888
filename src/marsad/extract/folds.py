"""Acts told with a stronger one that are part of it: a clash that counts no dead of its own beside a killing,
the grenades of a gun attack, the blast that stopped a train whose passengers were taken, the hijacking of a
bus whose passengers were then shot, the beating of captives before their execution."""

from __future__ import annotations

import re

from marsad.extract import cues, venues
from marsad.extract import lexicon as lx
from marsad.extract.context import small_place_names
from marsad.extract.custody import held_told
from marsad.extract.events import dated_apart, one_site, other_town
from marsad.extract.sentence import Mention


def clash_into_killing(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Gunmen killed 18 truffle hunters ... the attack, which involved clashes with pro-government
    forces": fighting that counts no dead of its own is part of the killing of civilians, of the execution of those
    it took, or of the attack on a school ("The three fighters targeted the students ..., then clashed with security
    forces")."""
    executed_forces = bool(by_type.get("execution")) and combatants_counted(by_type["execution"])  # police beheaded
    target = next(
        (t for t in ("killing", "execution") if by_type.get(t) and (t != "execution" or executed_forces)),
        "attack_on_school_or_hospital",
    )
    clash, killing = by_type.get("armed_clash"), by_type.get(target)
    if not (clash and killing) or any(m.counts for m in clash):
        return
    if target != "execution" and combatants_counted(killing):
        return  # (police "apprehended ... and decapitated" after an ambush: the ambush is how they were taken)
    if venues.prison_attack_told(text):
        return  # "a shocking ISIS attack on Ghwaryan prison ... a death toll of over 500": the battle's dead
    if any(dated_apart(m, killing) or other_village(m, killing, text) for m in clash):
        return
    if uncounted_soldiers(clash, text) or any(
        _TROOPS_KILLED.search(text[m.start : m.end]) and not any(c == "civilians" for _, c in m.counts) for m in killing
    ):  # (not "15 civilians and 3 special forces soldiers were killed": one toll)
        return  # "the exact number of Kenyan troops killed has not been divulged": the battle's own dead
    doers = {a[0].id for m in killing for a in m.actors}
    for mention in clash if doers else []:  # the killers' foes in the fight before are not killers too
        mention.actors = [a for a in mention.actors if a[0].id in doers]
    fold_into(by_type, "armed_clash", target)


_TROOPS_KILLED = re.compile(r"\b(?:soldiers|troops|gendarmes|policemen)\s+(?:were\s+|had been\s+)?killed\b", re.I)


def uncounted_soldiers(clash: list[Mention], text: str) -> bool:
    """ "The insurgents also killed the Burkinabe soldiers who organized the project": soldiers killed, told
    uncounted in a sentence of their own, are a battle beside the killing of civilians, not part of it."""
    return all(not m.counts and cues.SOLDIERS_KILLED.search(text[m.start : m.end]) for m in clash)


_SHOOTING = re.compile(rf"\b(?:{cues.SHOOTING_WORDS}|firing (?:rifles|guns)|gunmen)\b", re.I)
# blasts that make an attack a bombing, not the grenades and fires of a gun attack
_MAIN_BLAST = re.compile(
    r"\b(?:suicide|bombers?|car bombs?|truck bombs?|vehicle|ieds?|improvised explosive|(?:land)?mines?|air ?strikes?"
    r"|(?:himself|herself|themselves) up"
    r"|airstrikes?|drones?|shell\w*|rockets?|missiles?|mortars?)\b",
    re.I,
)


_GUNMEN = re.compile(r"\b(?:gunmen|armed men|gunman)\b", re.I)


# shootings and bombings told as one assault: "coordinated shooting and bombing attacks", "gun and bomb attacks"
GUN_AND_BOMB = re.compile(
    r"\b(?:shooting|gun|gunfire|firearms?) and (?:bombing|bomb|grenade|explosives?) (?:attacks?|assaults?|rampage)\b"
    # "a series of mass shootings and suicide bombings", "included shootings, bombings, and hostage taking"
    r"|\b(?:mass )?shootings,? (?:and )?(?:suicide )?bombings\b"
    r"|\b(?:mass murder|shootings?), arson, hostage",
    re.I,
)


def blasts_into_shooting(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Gunmen opened fire ..., killing about 60 people"; "the blaze intensified after an explosion":
    grenades, fires and explosions that count no dead of their own, told with a shooting that does,
    are part of that gun attack (a suicide or car bomb makes it a bombing)."""
    blasts, killing = by_type.get("bombing"), by_type.get("killing")
    if not (blasts and killing) or any(m.counts for m in blasts):
        return
    # (nor do suicide bombers who blew up vehicles at the town's entrances, "clearing the way" for the killers)
    opened = all(_OPENED_WAY.search(text[m.start : m.end]) for m in blasts)
    if not opened and any(_MAIN_BLAST.search(text[m.start : m.end]) for m in blasts):
        return
    counted = [m for m in killing if m.counts]
    shooters = all(_GUNMEN.search(text[m.start : m.end]) for m in blasts)  # "gunmen stormed the area, detonating"
    shot = all(_SHOOTING.search(text[m.start : m.end]) for m in counted) or cues.THROWN_THEN_SHOT.search(text)
    shot = shot or GUN_AND_BOMB.search(text)  # "more than ten coordinated shooting and bombing attacks", then a blast
    if not counted or not (shooters or shot or opened):
        return
    if any(dated_apart(m, killing) for m in blasts):
        return
    fold_into(by_type, "bombing", "killing")


_OPENED_WAY = re.compile(r"\b(?:clearing|paving|opening|cleared|paved|opened) the way (?:for|to)\b", re.I)


def blast_into_abduction(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Bandits bombed the track, forced the train to stop and kidnapped hundreds": a blast that
    kills no one, told with an abduction of its day, is how the captives were taken (suicide bombers who killed
    only themselves took no one)."""
    taken = by_type["abduction"]
    if any(_SUICIDE_BOMBERS.search(text, b.start, b.end) for b in by_type["bombing"]):
        return
    for mention in [b for b in by_type["bombing"] if not b.counts and not dated_apart(b, taken)]:
        by_type["bombing"].remove(mention)
        mention.type = "abduction"
        taken.append(mention)
    taken.sort(key=lambda m: m.start)
    if not by_type["bombing"]:
        del by_type["bombing"]


_SUICIDE_BOMBERS = re.compile(
    r"\bsuicide bomb|\bbombers?\b[^.;]{0,30}\b(?:killed|blew(?: up)?) (?:themselves|herself|himself)"
)


def other_village(mention: Mention, group: list[Mention], text: str) -> bool:
    """ "The first group clashed with soldiers in the village of Baniaba" after killings in the village
    of Solhan: another village, another act."""
    mine = set(small_place_names(text[mention.start : mention.end]))
    theirs = {name for m in group for name in small_place_names(text[m.start : m.end])}
    # or a town the gazetteer knows: a clash "in the village of Tin Abao", killings "in the heart of Ouagadougou"
    towns = {p[0].name for p in mention.places if p[0].precision in ("town", "admin2")}  # or a district
    their_towns = {p[0].name for m in group for p in m.places if p[0].precision in ("town", "admin2")}
    if mine and not theirs:
        theirs = their_towns - towns
    elif theirs and not mine:
        mine = towns - their_towns
    elif not (mine or theirs):  # towns the gazetteer knows: a clash "in the Bankass and Mopti circles", killings "in
        mine, theirs = towns, their_towns  # Bandiagara circle"
    return bool(mine and theirs) and not mine & theirs


def earlier_elsewhere(mention: Mention, group: list[Mention], published) -> bool:
    """ "Twenty-five people were killed after gunmen opened fire at a gurdwara in Kabul", then "In 2018, Sikh leaders
    were also killed in an Islamic State suicide attack in ... Jalalabad": an undated killing is not the bombing of
    an earlier year in another town."""
    towns = {p[0].name for p in mention.places if p[0].precision in ("town", "point")}
    if mention.dates or not towns or published is None:
        return False
    return all(
        m.dates
        and all(d[0].start[:4] < str(published.year) for d in m.dates)
        and (theirs := {p[0].name for p in m.places if p[0].precision in ("town", "point")})
        and not towns & theirs
        for m in group
    )


def combatants_counted(group: list[Mention], text: str = "") -> bool:
    """Whether the first count told of a group that names whom it counts is of soldiers, fighters or police (a
    headline's bare "kills at least 20" gives way to the lede's "19 officers and one civilian")."""
    told = [m for m in group if m.counts]
    told = [m for m in told if m.counts[0][0].count.best is not None] or told  # ("killing several others")
    first_line = text.split("\n", 1)[0].strip()
    headline = bool(first_line) and not re.search(r"[.!?\"”']$", first_line)
    if len(told) > 1 and headline and told[0].start == 0 and told[0].counts[0][1] == "people":
        told = told[1:]  # the headline's bare count
    counted = told[0].counts if told else []
    if len(counted) > 2 and counted[0][1] == "people":  # "32 people, including 28 military police officers and four"
        armed = sum(c.count.best or 0 for c, kind in counted[1:] if kind in ("soldiers", "fighters", "police"))
        return armed > sum(
            c.count.best or 0 for c, kind in counted[1:] if kind not in ("soldiers", "fighters", "police")
        )
    if counted and counted[0][1] == "people":  # "resulted in four deaths", then "The attacks killed four policemen"
        same = [c for m in told[1:] for c in m.counts if c[0].count.best == counted[0][0].count.best]
        counted = same[:1] or counted
    return bool(counted) and counted[0][1] in ("soldiers", "fighters", "police")


_HIJACK = re.compile(
    r"\b(?:hijack\w*|commandeer\w*|stopped|seized|forced)\b[^.;]{0,40}\b(?:bus|minibus|vehicle|train|truck|lorry)\b"
    r"|\b(?:bus|minibus|vehicle|train|truck|lorry)\b[^.;]{0,60}\b(?:hijacked|commandeered|stopped|seized)\b",
    re.I,
)
_HELD_ON = re.compile(r"\bhostages?\b|\btook (?:\w+ ){0,4}(?:away|captive)\b|\b(?:abduct|kidnapp?)\w*", re.I)


def hijack_into_killing(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "hijacked a bus and killed 28 non-Muslims on board": the passengers killed were in the gunmen's
    hands (an execution) and the hijacking is how they were taken, not an abduction of its own, unless
    some are held as hostages or carried off."""
    taken, killing = by_type.get("abduction"), by_type.get("killing", []) + by_type.get("execution", [])
    if not (taken and killing) or _HELD_ON.search(text):
        return
    if not any(_HIJACK.search(text[m.start : m.end]) for m in taken):
        return
    days = {d[0].start for m in taken for d in m.dates}
    del by_type["abduction"]  # the bus stopped, its passengers forced out: how they were held, then killed
    for mention in [m for m in by_type.get("killing", []) if not m.dates or {d[0].start for d in m.dates} & days]:
        move_to(by_type, mention, "execution")  # (not an older act told with its year)
    if not by_type.get("killing", True):
        del by_type["killing"]


def beating_into_execution(by_type: dict[str, list[Mention]]) -> None:
    """ "Close-up shots of the soldiers ... appear to show that they have been beaten": captives beaten before
    their execution, told with no count or day of their own, are part of it."""
    abuse, execution = by_type.get("abuse"), by_type.get("execution")
    if not (abuse and execution) or any(m.counts or dated_apart(m, execution) for m in abuse):
        return
    fold_into(by_type, "abuse", "execution")


def bombers_into_bombings(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Boko Haram is suspected of using girls as suicide bombers", told with the bombings the girls carried
    out: the use of the children is those bombings' (their child perpetrators), not a recruitment of its own."""
    recruits, bombings = by_type.get("child_recruitment"), by_type.get("bombing")
    if not (recruits and bombings):
        return
    told = [m for m in recruits if not m.counts and cues.CHILD_BOMBERS.search(text[m.start : m.end])]
    by_type["child_recruitment"] = [m for m in recruits if m not in told]
    if not by_type["child_recruitment"]:
        del by_type["child_recruitment"]


def executions_of_villagers(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "M23 rebels killed at least 131 civilians ... the victims were arbitrarily executed": civilians killed in
    a raid on their villages, with no word that they were held, were killed where they were found (a killing),
    whatever word a source uses for it; captives, prisoners and soldiers taken stay executions."""
    execution = by_type.get("execution")
    if not execution or lx.CUSTODY.search(text) or _PICKED_OUT.search(text) or not _VILLAGERS_KILLED.search(text):
        return
    if any(m.counts and m.counts[0][1] in ("soldiers", "fighters", "police") for m in execution):
        return
    fold_into(by_type, "execution", "killing")


def beheadings_in_a_rampage(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "They were beheaded by IS militants", a witness says beside "have killed at least 146 civilians" in the town:
    how some of the killing's dead died, with no word that they were held, not an execution of its own."""
    execution, killing = by_type.get("execution"), by_type.get("killing")
    if not (execution and killing) or lx.CUSTODY.search(text) or any(m.counts for m in execution):
        return
    if not all(_BEHEADED.search(text[m.start : m.end]) for m in execution):
        return  # (not "carried out a mass execution near ... Baiji", then "70 men were shot dead at a quarry")
    if any(m.counts for m in killing) and not any(dated_apart(m, killing) for m in execution):
        fold_into(by_type, "execution", "killing")


_BEHEADED = re.compile(r"\b(?:beheaded|decapitated|slaughtered)\b", re.I)


def graves_of_a_massacre(by_type: dict[str, list[Mention]], text: str) -> bool:
    """ "The army accused Rohingya Muslims of carrying out a massacre ... the discovery of mass graves": the graves of
    a massacre's victims, with no word that they were held, make no execution (the codebook); executions told in other
    words ("beheaded", "executed") stay. Whether the report's graves are such a massacre's."""
    if "grave" not in text.lower() or not _MASSACRE_TOLD.search(text) or _SERVICEMEN.search(text) or held_told(text):
        return False  # (not "unarmed cadets massacred by the Islamic State": men taken from their base)
    execution = by_type.get("execution", [])
    told = [text[m.start : m.end] for m in execution] + [text]  # (or "many of them were executed" said of them)
    if all(all("grave" in t.group(0).lower() for t in lx.TRIGGERS["execution"].finditer(words)) for words in told):
        if execution:
            fold_into(by_type, "execution", "killing")
        return True
    return False


_SERVICEMEN = re.compile(
    r"\b(?:cadets|soldiers|troops|recruits|prisoners|policemen)\b[^.;]{0,20}\bmassacr"
    r"|\bmassacr\w*[^.;]{0,40}\b(?:cadets|soldiers|troops|recruits|prisoners|policemen)\b",
    re.I,
)
_MASSACRE_TOLD = re.compile(
    r"\bmassacr\w*|\b(?:stormed|swept|entered) (?:into )?(?:their|the) (?:villages?|communities)\b", re.I
)
_PICKED_OUT = re.compile(r"\b(?:separat\w+|singled out|rounded up|picked out|segregat\w+)\b", re.I)  # held first
_VILLAGERS_KILLED = re.compile(
    r"\b(?:killed|massacred|slaughtered|shot dead|murdered|executed)\b[^.;]{0,60}\b(?:civilians|people|residents"
    r"|villagers)\b[^.;]{0,80}\bvillages?\b"  # "shot dead at least 23 people in the Kurdish village of Barkh Butan"
    r"|\bcivilians\b[^.;]{0,40}\b(?:killed|massacred|slaughtered)\b[^.;]{0,80}\bvillages?\b"
    r"|\bmassacres?\b[^.;]{0,40}\bvillages? of\b"
    r"|\bdeaths? of (?:the )?civilians\b[^.;]{0,20}\bvillages?\b"  # "the deaths of the civilians in two villages"
    # "machine-gunned hundreds of men who were digging a trench around their village"
    r"|\b(?:machine-gunned|gunned down|mowed down|shot)\b[^.;]{0,40}\b(?:men|people|residents)\b[^.;]{0,60}"
    r"\b(?:their|the) village\b"
    # "opened fire on residents of the gold-mining village of Solhan ... and executed people until dawn"
    r"|\b(?:opened fire on|attacked|stormed) (?:the )?(?:residents|villagers|people) of (?:the )?(?:[\w-]+ ){0,2}"
    r"villages?\b"
    # "three nearby towns in the Bandiagara area, where terrorist elements executed mainly men"
    r"|\b(?:towns|villages)\b[^.;]{0,60}\bwhere\b[^.;]{0,40}\bexecuted (?:\w+ )?(?:men|villagers|residents|people)\b",
    re.I,
)


_FOUGHT = re.compile(
    r"\b(?:stormed|storming|attack\w*|assault\w*|clash\w*|fighting|fought|gunfire|overr[au]n|raid\w*)\b", re.I
)
_BASE = re.compile(
    r"\b(?:base|camp|barracks|garrison|outpost|post|checkpoint|police station|prison|jail|detention facility)s?\b", re.I
)


def shelling_into_assault(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Dozens of people were killed in a militant attack on a military camp", then "The terrorists bombarded
    the camp with shells and mortars" or "combining shelling ... with kamikaze vehicles": blasts that count no
    dead of their own, told with an assault on a base or post, are how the battle was fought, even when they
    opened it ("several vehicles strapped with explosives drove into the perimeter ... militants stormed the camp")."""
    blasts, clash = by_type.get("bombing"), by_type.get("armed_clash")
    into = "armed_clash"
    if not clash:  # "stormed the camp and killed dozens of soldiers": a battle once its dead are read
        into, clash = "killing", [m for m in by_type.get("killing", []) if combatants_counted([m])]
    if not (blasts and clash) or any(m.counts for m in blasts):
        return
    if not any(_FOUGHT.search(text[m.start : m.end]) for m in clash):
        return  # no fight told: the blast is the act ("rammed an explosive-laden vehicle into the post")
    if not any(_BASE.search(text[m.start : m.end]) for m in clash) or any(dated_apart(m, clash) for m in blasts):
        return
    fold_into(by_type, "bombing", into)


_MUTILATED = re.compile(r"\b(?:mutilat|decapitat|dismember)\w*", re.I)


def mutilation_of_the_killed(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "chased civilians into the bush and killed them, decapitating and mutilating some": bodies mutilated in a
    sentence that tells their killing are that killing's, not an abuse of their own."""
    abuse = by_type.get("abuse")
    if not abuse:
        return
    killed = {m.start for t in ("killing", "execution") for m in by_type.get(t, [])}
    by_type["abuse"] = [m for m in abuse if not (m.start in killed and _MUTILATED.search(text[m.start : m.end]))]
    if not by_type["abuse"]:
        del by_type["abuse"]


def clash_toll_into_bombing(by_type: dict[str, list[Mention]]) -> None:
    """ "A day after over 40 CRPF personnel were killed in the deadliest terror attack", told beside "A Jaish suicide
    bomber ripped into a large convoy ..., killing 40 jawans": the forces' dead counted as the bombing's toll are
    its."""
    clash, bombing = by_type.get("armed_clash"), by_type.get("bombing")
    if not (clash and bombing):
        return
    tolls = {(c.count.low, c.count.best) for m in bombing for c, _ in m.counts}
    counted = [m for m in clash if m.counts]
    if not counted or any((m.counts[0][0].count.low, m.counts[0][0].count.best) not in tolls for m in counted):
        return
    if any(dated_apart(m, bombing) for m in clash):
        return
    fold_into(by_type, "armed_clash", "bombing")


# an act told by no weapon or deed: "killed in the Tuesday terror attack", "31 people were confirmed dead"
_PLAIN_ATTACK = re.compile(
    r"\b(?:killed|dead|died|deaths?) (?:[\w’'-]+ ){0,5}?(?:in|at|after) (?:the|a|an|this|that) (?:[\w’'-]+ ){0,3}?"
    r"(?:attacks?|assault|strike)\b|\b(?:confirmed|reported) dead\b",
    re.I,
)
_GUN_WORDS = re.compile(r"\b(?:gun\w*|shot|shooting\w*|opened fire|stabb\w*|knife|machetes?)\b", re.I)


def attacks_told_by_one_blast(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "At least 30 dead ... in various terrorist attacks in Brussels", then "One of the explosions ... at the
    Zaventem airport causing 13 deaths": the attacks were blasts, and the one told is a site of them. So is "the
    Tuesday terror attack on Istanbul's airport", told beside "the coordinated bomb blasts at Ataturk airport": an
    attack the report tells by no weapon is the bombing it tells of that time."""
    blasts, attacks = by_type.get("bombing", []), by_type.get("killing", [])
    if not (blasts and attacks) or any(_GUN_WORDS.search(text, m.start, m.end) for m in attacks):
        return
    if any(re.search(r"\bgunm[ae]n\b", text[m.start : m.end], re.I) for m in blasts):
        return  # "Several gunmen stormed a cattle market ..., detonating explosives": a gun and bomb assault
    sites = all(one_site(m, text) for m in blasts)
    told = [m for m in blasts if not m.aside]
    plain = all(_PLAIN_ATTACK.search(text, m.start, m.end) for m in attacks)
    if sites or (plain and told and not any(dated_apart(m, told) for m in attacks)):
        fold_into(by_type, "killing", "bombing")


def move_to(by_type: dict[str, list[Mention]], mention: Mention, target: str) -> None:
    """One mention retyped as ``target``, told in order with those already there."""
    by_type[mention.type].remove(mention)
    mention.type = target
    by_type.setdefault(target, []).append(mention)
    by_type[target].sort(key=lambda m: m.start)


def fold_into(by_type: dict[str, list[Mention]], source: str, target: str) -> None:
    """Every mention of type ``source`` becomes one of type ``target``, told in order with those already there."""
    for mention in by_type.pop(source):
        mention.type = target
        by_type.setdefault(target, []).append(mention)
    by_type[target].sort(key=lambda m: m.start)


def hostages_at_a_venue(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Gunmen attacked a hotel in the capital, Bamako, taking scores hostage. Nineteen people were killed.": hostages
    taken at a hotel or restaurant where people were killed that day are the siege's killing, not an abduction."""
    taken, killing = by_type.get("abduction"), by_type.get("killing")
    if not (taken and killing) or not any(m.counts for m in killing):
        return
    held = [
        m
        for m in taken
        if venues.HOSTAGES.search(told := text[m.start : m.end])
        and re.search(venues.SIEGED, told, re.I)
        and not any(dated_apart(m, [k]) for k in killing if k.counts)
    ]
    for mention in held:
        taken.remove(mention)
        mention.type = "killing"
        killing.append(mention)
    killing.sort(key=lambda m: m.start)
    if not taken:
        del by_type["abduction"]


def hostages_of_killings(taken: list[Mention], school: list[Mention], text: str) -> bool:
    """Pupils held hostage while gunmen shoot others in the school are that attack, not an abduction."""
    return any(m.counts for m in school) and all(
        venues.HOSTAGES.search(text[m.start : m.end]) and not m.counts for m in taken
    )


_SCHOOL_TAKEN = re.compile(
    r"\b(?:school|college|academy|madrasa|seminary|pupils|students|schoolgirls|schoolboys)\b", re.I
)


def guard_into_school_raid(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "killed a policeman and kidnapped 80 students and five teachers from a school": the one or two guards killed
    in a raid on a school to take its pupils are part of that abduction (the codebook's rule), not a battle apart."""
    taken, clash = by_type.get("abduction"), by_type.get("armed_clash")
    if not (taken and clash) or not any(_SCHOOL_TAKEN.search(text[m.start : m.end]) for m in taken):
        return
    counted = [c.count.best or c.count.low or 0 for m in clash for c, _ in m.counts]
    if not counted or max(counted) > 2 or any(dated_apart(m, taken) for m in clash):
        return
    del by_type["armed_clash"]


_IN_THE_VIDEO = re.compile(r"\b(?:killed|shown|seen) (?:being killed )?in the (?:video|footage|film)\b", re.I)


def killed_in_the_video(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Ethiopia has been unable to confirm its citizens were killed in the video": the executions the video shows,
    told again, not a killing of their own."""
    killing = by_type.get("killing", [])
    if by_type.get("execution") and killing and all(_IN_THE_VIDEO.search(text[m.start : m.end]) for m in killing):
        fold_into(by_type, "killing", "execution")


def killing_elsewhere(mention: Mention, killings: list[Mention], absorber: list[Mention]) -> bool:
    """Whether the report's killings are counted at a town other than the stronger act's ("97 people in Kukawa" beside
    the execution of 48 "in two other villages near the town of Monguno"), and ``mention`` names no town of its own
    or that town: the killing's telling, not the other act's deaths told again."""
    elsewhere = [k for k in killings if k.counts and other_town(k, absorber)]
    own = {p[0].name for p in mention.places if p[0].precision == "town"}
    return bool(elsewhere) and (not own or bool(own & {p[0].name for k in elsewhere for p in k.places}))


_GUN_BATTLES = re.compile(
    r"\b(?:gun-?battles?|gunfights?|shoot-?outs?|exchanges? of fire) with (?:the )?police\b"
    # "Police manning a checkpoint at the terminal shot at the attackers as they approached"
    r"|\b(?:police|guards|security (?:forces|personnel|officers))\b[^.;]{0,60}"
    r"\b(?:shot at|fired (?:at|on)|opened fire on) (?:the )?(?:attackers|bombers|assailants|suspects)\b",
    re.I,
)


def gun_battles_into_bombing(by_type: dict[str, list[Mention]], text: str) -> None:
    """ "Attackers set off explosions at a Starbucks cafe ... and waged gun-battles with police": the attackers'
    fight with the police, counting no dead of its own, is part of the bombing, not a battle apart."""
    clash, bombing = by_type.get("armed_clash"), by_type.get("bombing")
    if clash and bombing and all(not m.counts and _GUN_BATTLES.search(text[m.start : m.end]) for m in clash):
        fold_into(by_type, "armed_clash", "bombing")
