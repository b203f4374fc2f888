"""Words around a count that make it no count of an act's victims: people freed, carried, interviewed or displaced,
a town's population, a larger group, the other side of a fight ("freed 22 captives", "a train carrying around 500
people", "exchanged fire with about 30 extremist fighters"); and the former child soldiers that a count of people
helped still counts ("helped 826 former child soldiers")."""

from __future__ import annotations

import re

NOT_VICTIMS_BEFORE = re.compile(
    r"(?:\b(?:mother|father|parent|widow)s? of|\binhabited by(?: just)?(?: under)?"  # "inhabited by just under 800"
    r"|(?<!then )(?<!and )\b(?:freed|released|rescu(?:ed|ing)|sav(?:e|ed|ing)|returned|handed over|by|numbering"
    r"|(?:force|band|column|militia|army) of"
    r"|(?:to free|freeing)(?: the)?"  # "attacked a prison to free the 2,000 militants held there": not its victims
    r"|carrying|transporting|(?:packed|crowded|filled) with"  # "a train carrying around 500 people": those aboard
    r"|(?:city|town|country|nation) of"  # "a major city of more than a million people": its population
    r"|(?<=[0-9]) of (?:its|their)"  # "murdered at least 110 of its 1,200 residents": the whole of the part
    r"|populous (?:[\w-]+ ){0,3}with|home to"  # "the second most populous region with about 23 million residents"
    r"|(?:earlier|initial|previous) (?:count|toll|figure) of"  # "raising the earlier count of eight fatalities"
    r"|(?:convoy|buses|vehicles)\b[^.;]{0,30}\bwith"  # "a large convoy of 78 CRPF buses with over 2,500 personnel"
    r"|help(?:ed|ing)?|evacuat(?:ed|ing)|airlift(?:ed|ing)"  # "a mission that helped tens of thousands ... escape"
    r"|(?:panic|chaos|fear|terror|confusion) among"  # "caused panic among dozens of students"
    r"|(?:increase|rise|jump|drop|decrease|decline|fall) of"  # "an increase of over 1,000 deaths from the year before"
    # "a man convicted of killing more than a dozen members of his family": the crime he was judged for
    r"|(?:convicted|accused|guilty|suspected) of (?:killing|murdering|the (?:murder|killing) of)"
    # "by interviewing 67 people", "speaking over the phone with four parents": the sources
    r"|interview(?:ed|ing)|spoke (?:to|with)|surveyed|speaking (?:[\w-]+ ){0,4}with|talk(?:ed|ing) to"
    r"|displac(?:ed|ing)|uproot(?:ed|ing)|forced out"  # "displaced over two million people"
    r"|mobili[sz](?:ed|ing)|deploy(?:ed|ing)|amass(?:ed|ing)"  # "mobilized thousands of fighters": its own men
    r"|(?:most|many|some|half|none|several|few|one|two|three) of (?:the|its|their|all)|out of"  # a larger group
    r"|(?:believed|said|thought|reported) to be"  # "the assailants, believed to be five rebels"
    r"|with (?:her|his|their) other"  # "hiding with her other three children": those who got away
    r"|\b(?:hid|hiding|hidden|fled|escaped)\b[^.;]{0,30}\bwith (?:her|his|their)"  # "hid ... with her three other kids"
    r"|survivors? of (?:the|all)"  # "the only known survivor of the 10 attackers": the attackers
    # "he was in the company of four men when the explosions hit", "accompanied by an estimated 3 to 4 armed police"
    r"|in the company of|accompanied by(?: an estimated| about| some)?(?: \d+ to)?"
    r"|\b(?:I|we|he|she|they) (?:have )?lost (?:my|our|his|her|their)"  # "I lost my two brothers": a witness's kin
    r"|(?:taking|taken|took) into custody"  # "after taking into custody five suspects": arrests
    # "the only countries that experienced a death toll of at least 1,000 people": a threshold, not a toll
    r"|\bcountries (?:that |which |to )?(?:have )?(?:experienced|recorded|suffered|had) (?:a )?death tolls? of"
    # "the number of injured also increased to 500": the wounded
    r"|(?:number|count|toll) of (?:the )?(?:injured|wounded)(?: people)? (?:[\w-]+ ){0,3}(?:to|at|is|was)"
    # "police arrested 24 people so far", "as police look for 140 ISIL suspects": arrests and manhunts
    r"|(?:police|authorities|investigators|[Dd]epartment) (?:have |has |had )?(?:also )?"
    r"(?:arrested|detained|rounded up|look(?:ing)? for|search(?:ed|ing)? for|sought|seek(?:ing)?|hunt(?:ing)? for)"
    # "investigating seven others" (mass grave sites), "spared the lives of six police officers"
    r"|investigat(?:ed|ing)|spar(?:ed|ing)(?: the lives of)?"
    r"|except(?: for)?"  # "killed all of them except for eight women who were forced to convert"
    r"|(?:spate|series|string|wave) of (?:[\w-]+ )?(?:attacks|bombings) that (?:claimed|killed)"  # the spate's toll
    r"|(?:a )?sum of|ransom of|(?:paid|pay|paying|demanded|offering|offered)(?: a ransom of)?"  # money
    # "the school premises which has about 1000 students", "a population of 1,000 students": people present
    r"|(?:which|that) (?:has|had|have)|(?:a )?population of|enrolment of|enrollment of"
    # "a theater sheltering hundreds of civilians", "a prison housing hundreds of detainees": those there
    r"|shelter(?:ing|ed)|housing|(?:refuge|haven|shelter) for"
    # "An intense firefight ensued between the ASG and the soldiers from ..., and 14 Cavalry troops": who fought
    r"|\b(?:firefight|fighting|clash(?:es)?|gun ?battle|battle|encounter)s? (?:\w+ )?(?:ensued |erupted |broke out )?"
    r"between(?:\b(?:(?!\b(?:left|leaving|killed|killing)\b)[^.;]){0,120}\band)?))\s+"
    # ("a 31-year-old woman and mother of three children": her children, not the dead)
    r"(?:(?:about|around|some|nearly|at least|more than|close to|over|almost)\s+)?$",
    re.IGNORECASE,
)


# "Thousands of people were at the station", "between 1,000 and 1,200 people had sought refuge", "hundreds of
# residents were hiding": people present where the act struck, not its dead
PRESENT_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:people|civilians|residents|passengers)\s+were\s+(?:at|in|inside)\s+the\b"
    r"|\s+(?:(?!who\b)[\w-]+\s+){0,4}(?:were|was|had been|are)\s+(?:sheltering|hiding|seeking shelter|taking shelter)\b"
    r"|\s+(?:(?!who\b)[\w-]+\s+){0,3}(?:had\s+)?sought (?:refuge|shelter)\b",  # (not "civilians who had sought")
    re.I,
)
FORMER_RECRUITS = re.compile(r"\s+(?:former|released|demobili[sz]ed)\b[^.;]{0,25}\bchild soldiers\b", re.I)
# "exchanged fire with about 30 extremist fighters": the other side, not the dead
OPPONENTS_BEFORE = re.compile(r"\b(?:exchanged fire|clashed|fought|battled) with\s+$", re.I)
# "..., Reuters reported three U.S. officials", "citing two security sources": the sources counted, not victims
REPORTED_BY = re.compile(r"\b(?:reported|citing|quoting|quoted|according to)\s+$", re.I)
SOURCES_AFTER = re.compile(
    r"\s+(?:[\w.-]+\s+){0,2}(?:officials|sources|diplomats|witnesses|residents)\b"
    r"(?!\s+(?:were|was|have been|had been|are)\b)",
    re.I,
)
# "One resident, speaking to Addis Standard on condition of anonymity": who spoke, not a victim
SPEAKING = r",\s+(?:speaking|who (?:spoke|asked|requested|declined))\b"
# what became of people counted after the count: displaced, freed, arrested, or hurt and killed counted together
DISPLACED_AFTER = re.compile(
    # (not "killed thousands of people and displaced nearly 2 million": the dead, then others displaced)
    r"^\s+(?:(?!and\b)[\w-]+\s+){0,2}(?:of (?:(?!and\b)[\w’'-]+\s+){1,2})?(?:were\s+|was\s+|have been\s+|had been\s+)?"
    r"(?:also\s+)?"
    r"(?:forcibly\s+|internally\s+)?"  # "80,000 residents of Colombia's north-east have been affected"
    r"(?:displaced(?! (?:persons|people|civilians|families)\b)|fled|evacuated|freed|released|rescued|set free|escaped"
    r"|homeless|affected|(?<!before )(?<!after )(?<!while )fleeing"  # (not "killing 39 people before fleeing")
    r"|arrested|(?<=were )in custody|(?<=are )in custody"  # "three people were in custody"
    r"|forced to (?:flee|leave)|forced (?:in)?to [\w ,-]{0,40}?(?:camps|shelters)|uprooted|driven from"
    r"|moved (?:out |away )?(?:from|to)(?= (?:the|their|[A-Z])))\b"  # "thousands of locals moved from the village"
    r"|^\s+of (?:children|people|families|civilians)(?:(?!\band\b)[^.;\d]){0,30}?\b(?:have|had) fled\b"
    # captives who got away: "fifteen of the kidnapped persons escaped"
    r"|^\s+of (?:the|them)\b[^.;]{0,30}?\b(?:escaped|managed to escape|were freed|were released|were rescued)\b"
    # the dead and wounded counted together are no death toll: "more than 100 people killed and injured"
    r"|^\s+(?:[\w-]+\s+){0,2}(?:(?:were|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?)?"
    r"(?:killed|dead) (?:and|or) (?:injured|wounded|missing)\b"  # (nor the dead and missing: "21 dead or missing")
    # "hundreds of civilians being abducted, wounded or killed": people taken, hurt or killed counted together
    r"|^\s+(?:[\w-]+\s+){0,3}(?:(?:being|been)\s+)?(?:abducted|kidnapped|killed),? (?:wounded|injured)\b",
    re.I,
)


_POSTED = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}(?:were|had been|have been) (?:deployed|stationed|posted|embroiled|involved)\b"
)


def posted_there(before: str, after: str) -> bool:
    """Whether a count (between ``before`` and ``after``) counts those posted at the scene, not its dead: "at least 30
    security forces were deployed at the outpost", "Out of the 130 soldiers stationed there, 27 were confirmed dead"."""
    if _POSTED.match(after):
        return True
    return bool(
        re.search(r"\bout of (?:the )?$", before, re.I) and re.match(r"\s+(?:[\w-]+\s+)?(?:stationed|deployed)", after)
    )


# a group's own count of the enemies it says it killed, and men named as the attackers: no victims
GROUPS_OWN_TOLL = re.compile(
    r"(?:\bclaim(?:ing|ed|s)? (?:that )?(?:its|their) (?:[\w-]+ )?(?:had |have |has )?(?:killed|kill)"
    # "The rebel group said on social media that it had attacked two ... positions, killing six Soldiers"
    r"|\b(?:group|rebels?|movement|militants)\b[^.;]{0,40}\b(?:said|claimed|asserted)\b[^.;]{0,60}\b(?:it|they) had "
    r"(?:attacked|killed)\b[^.;]{0,60}\bkilling"
    # 'The RED-Tabara group claimed that ... and asserted that "9 soldiers and 1 policeman were killed"'
    r"|\b(?:group|rebels?|movement|militants)\b[^.;]{0,150}\basserted that [\"“]?)\s+"
    r"(?:over |more than |at least |about |some )?$"
)
NAMED_AS_ATTACKERS = re.compile(
    r"\s+(?:other )?(?:men|women|people|suspects)\b[^.;]{0,80}?\b(?:identified|named|described)\b[^.;]{0,40}?\bas "
    r"(?:the )?(?:suspected |presumed |alleged )?(?:suicide )?(?:bombers|attackers|gunmen|assailants)\b"
)
