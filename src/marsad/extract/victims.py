"""Counting victims in one sentence, codebook style: who the numbers count and who they do not
(the wounded, the attackers, onlookers, people freed or displaced, a larger group "most of the 165")."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx
from marsad.extract.attackers import ATTACKERS_AFTER_COUNT
from marsad.extract.children import CHILD_PERPETRATOR
from marsad.extract.counts import Count, CountMention, count_for, find_counts
from marsad.extract.not_victims import (
    DISPLACED_AFTER,
    FORMER_RECRUITS,
    GROUPS_OWN_TOLL,
    NAMED_AS_ATTACKERS,
    NOT_VICTIMS_BEFORE,
    OPPONENTS_BEFORE,
    PRESENT_AFTER,
    REPORTED_BY,
    SOURCES_AFTER,
    SPEAKING,
    posted_there,
)
from marsad.extract.single_victim import age_after_name, listed_ones, single_victim
from marsad.extract.tolls import (
    MORE_AFTER,
    WITH_BEFORE,
    attack_total_first,
    bombers_taken_out,
    escorts_added,
    join_sums,
    killed_first,
    killed_pair_sums,
    list_sums,
    more_added,
    named_and_others,
    next_one_shot,
    one_died_later,
    one_more_along,
    plus_one,
    precise_first,
    raised_count_first,
    without_parenthesised_parts,
)

_KIN_LOST = re.compile(
    r"\s+(?:members of (?:his|her|their|the) famil(?:y|ies)|(?:family members|relatives|of (?:his|her|their) \w+))\b",
    re.I,
)
_FIRST_SAID = re.compile(
    r"^\W*(?:Initially|At first),? [^.;]{0,40}\b(?:said|reported|put)\s+$"
    r"|^\W*(?:[\w-]+ ){1,4}(?:initially|at first) (?:said|reported|put)\s+$",  # "Authorities initially said 13 died"
    re.I,
)
_SHARE_OF_COUNTED = re.compile(  # (not "110 of the 1,200 residents": a part of the population)
    r"\s+of (?:the |those )?(?:\d[\d,]*(?![\d,])(?! (?:residents|inhabitants)\b)|more than \d|at least \d)"
)
# "killed at least 21, including six attackers": the attackers are not among the victims
_ATTACKERS_AMONG = re.compile(r"\b(?:including|among them|among the dead(?: were)?)\s+$", re.IGNORECASE)
# "security forces have killed all five attackers", "had killed the last of six Taliban militants"
_KILLED_ALL = re.compile(r"\b(?:killed|eliminated|shot dead) (?:all|the last of) (?:the )?$", re.I)
_ATTACKERS = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{lx.ATTACKER_NOUNS}|jihadists|suicide bombers)\b", re.I)
# "Bajwa announced that ... all 7 attackers had been killed": the attackers, killed by the forces
_ALL_KILLED = re.compile(
    rf"\s+(?:[\w-]+\s+)?(?:{lx.ATTACKER_NOUNS})\s+(?:had |have |were )?(?:been )?(?:killed|shot dead|eliminated)\b",
    re.I,
)
_SPEAKERS = re.compile(  # (and "several journalists who were taken by the Israeli army to visit the kibbutz said")
    r"\s+(?:[\w-]+\s+){0,2}(?:activists|officials|residents|witnesses|sources|villagers|survivors|journalists)"
    r"(?: who [^.;]{1,80}?)?\s+(?:said|say|says|told)\b(?! to\b)",
    re.I,
)
_CREDIT_AFTER = re.compile(r"\s+[-–—]\s+\w+(?: \w+)?\s*$")
_OF_FORCES = re.compile(
    r"\s+(?:of|in|from) (?:the |a |an |its |their )?(?:[\w.'-]+ ){0,4}"
    r"(?:forces|units|brigades?|regiment|militias?|army|police|peshmerga|hashd|pmf|pmu|battalion"
    r"|vigilante (?:groups?|forces?|committees?)|self-defen[cs]e (?:groups?|forces?|units?|committees?))\b",
    re.IGNORECASE,
)
_ACTS_AFTER = re.compile(
    r"\s+(?:of (?:the|their|its|his|her) )?(?:[\w-]+\s+)?(?:attacks|raids|incidents|operations|bombings|ambushes"
    r"|explosions|assaults|blasts|bombs|incursions|massacres"
    r"|devices|rockets|shells|mortars|grenades|missiles)\b",
    re.I,
)
# "Hundreds of residents gathered ... to watch the execution": the crowd, not the victims
_ONLOOKERS = re.compile(
    r"\s+(?:of\s+)?(?:mourners|protesters|demonstrators|marchers|people protesting)\b"  # "Thousands of mourners ..."
    r"|\s+(?:of\s+)?(?:[\w-]+\s*){0,2}(?:,[^,.;]{1,40},)?\s*(?:have\s+|had\s+)?"
    r"(?:gathered|crowded|congregated|watched|looked on|witnessed|attended|assembled|turned out"
    r"|(?:who )?(?:rushed|fled|ran|scrambled) "
    r"|(?:(?:had|have|managed to)\s+)?escaped(?=\s*(?:[,.;]|and\b|but\b|unhurt|unharmed))"  # "A few students escaped"
    r"|(?:were|are) (?:praying|present|inside|worshipping|preparing|studying|sitting|waiting|finishing|attending"
    r"|(?:in|at) the (?:mosque|church|hospital|building|park|market|stadium|hall|venue|festival|concert))"
    r"|(?:(?:were|are) )?(?:reported|said|believed) to (?:have been|be) (?:in|inside|present)\b"
    r")\b"
    r"|\s+of\s+(?:[\w-]+\s+){0,3}(?:who )?barricaded themselves\b",  # "hundreds of terrified office workers"
    re.I,
)
# "Hundreds of men and some children ... are shown sitting on the steps, watching the executions": the crowd
_CROWD_WATCHING = re.compile(
    r"(?![^.;]*\b(?:killed|died|dead|wounded|injured)\b)[^.;]{0,140}\b(?:watching|looking on)\b", re.I
)
# people displaced, freed or left homeless are counted elsewhere; "1 in 3 schools" is a share
# "four soldiers were missing as well as the 18 killed": missing after an attack, not dead (nor taken, unless told)
_MISSING = re.compile(
    r"^\s+(?:(?!and\b)[\w-]+,?\s+){0,2}(?:(?:were|are|remain|remained)\s+(?:still\s+|found\s+|reported\s+)?|still\s+)"
    r"(?:missing|unaccounted for)\b"  # (a headline's "100 children still missing after ...")
    # "six others, including three children, were found missing"
    r"|^\s+[\w-]+(?:\s+[\w-]+)?,[^,.;]{1,50},\s+(?:were|are|remain|remained)\s+(?:still\s+|found\s+|reported\s+)?"
    r"(?:missing|unaccounted for)\b"
    r"|^\s+(?:[\w-]+\s+){0,2}Missing (?:After|Following)\b"  # "94 School Girls Missing After Boko Haram's Attack"
    r"|^\s+(?:[\w-]+\s+){0,3}(?:(?:have|has|had) gone|went) missing\b"  # "where several students have gone missing"
    # "at least 94 school girls from the Government Girls Science and Technical Secondary School in Dapchi, ... are
    # missing after it was attacked": the school's name between them, no other fate told
    r"|^\s+(?:(?!(?:killed|dead|died|abducted|kidnapped|taken|and)\b)[^.;\n]){0,150}?\b(?:are|were) (?:still )?"
    r"missing (?:in (?-i:[A-Z])[\w-]+ )?(?:after|following)\b"  # "are missing in Myanmar after government troops"
    # "leaving 10 police personnel and three family members missing early Friday"
    r"|^\s+(?:(?!(?:killed|dead|died|abducted|kidnapped|taken|wounded|injured|were|are)\b)[\w-]+\s+){1,6}missing\b"
)
_TAKEN = re.compile(
    r"\b(?:abduct|kidnap|hostage|captive|taken|detain|in custody|(?:group|its|their)['’]?s? prisons)", re.I
)
_DEAD_COUNTED = re.compile(r"\b\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:killed|dead)\b", re.I)  # "as well as the 18 killed"
_HURT_AFTER = re.compile(
    r"\s+(?:more |other )?(?:[\w-]+ ){0,2}(?:were|was|are|have been|had been) (?:\w+ )?(?:injured|wounded|hurt)\b"
    # "five soldiers of the 57th Infantry Battalion sustained minor injuries"
    r"|\s+(?:[\w-]+ ){0,6}(?:sustained|suffered) (?:\w+ )?(?:injuries|wounds)\b",
    re.I,
)
# "658,000 children have had no schooling", "are out of school": people deprived, not victims of the act
_DEPRIVED = re.compile(
    r"^\s+(?:[\w-]+\s+){0,3}(?:(?:have|has|had|are|were)\s+(?:had\s+)?(?:no|not)\b(?! (?:[\w-]+ )?(?:Muslims|Christians"
    r"|Somalis|locals|from)\b)|(?:are|were) out of school|(?:have|has|had) dropped out of school)",  # not "not Muslims"
    re.I,
)
RATIO = re.compile(r"\b\d+\s+(?:in|out of)\s*$")
PLURAL = {"policeman": "policemen", "woman": "women", "man": "men", "child": "children"}
# a line of a list of figures: "• 135 — Minimum number of children used as suicide bombers"
FIGURE_LINE = re.compile(r"^\W*\d[\d,.]*\s*[—–:-]\s")
_FIGURE_LINE = re.compile(r"^\W*\d[\d,.]*$")
_BARE_VICTIMS = re.compile(
    r"\s+of (?:them|those|whom|his|her|their)\b|\s+(?:were|have|had)\s+(?:\w+ly\s+)?(?:been\s+)?\w+ed\b"
    # "killed at least 21, including six attackers", "rose ... to 290 — including dozens of foreigners"
    r"|(?:,|\s+[-–—])?\s+(?:including|among them)\b"
    r"|\s+and (?:injured|wounded)\b"  # "killed at least 27 and injured at least 78"
    r"|\s+(?:are|were) (?:now )?dead\b"  # "At least 358 are dead"
    # "almost 21 killed", "saw around 100 killed"
    # (not "died in 2019", "killed in the 2015 attack"; but "17 died in Gangafani 2": a village's number)
    r"|\s+(?:killed|martyred|slain|died)\b(?! (?:by|in|at|on|during) (?:(?-i:[a-z])\w* )?(?:\d|19|20))",
    re.I,  # a headline in title case: "Dozens Martyred as Blast Rips through Procession"
)
_AMONG = re.compile(r"\bamong\s+(?:the\s+)?$", re.IGNORECASE)
# "Two newborns were among those slaughtered": part of a toll told elsewhere, not the toll
# (and "12 members of their family were believed to be among the kidnapped")
_SUBSET = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:(?:of|in)\s+(?:their|his|her|the)\s+[\w-]+\s+)?(?:were|are|was)\s+(?:also\s+)?"
    r"(?:(?:believed|thought|feared|said|reported)\s+to\s+be\s+)?among\s+(?:those|the)\b"
    # "two of its staff were killed in a Christmas Eve massacre ... that left the charred remains of dozens"
    r"|\s+of (?:its|their|our) (?:[\w-]+\s+){1,2}(?:were|was) killed in (?:a|an|the) [^.;]{0,80}?\b(?:that|which) "
    r"(?:left|killed)\b"
    r"|\s+(?:[\w-]+\s+){0,2}among (?:[\w-]+\s+){0,3}(?:dead|killed)\b",  # "two staff members among ... massacre dead"
    re.I,
)
_ACT_VERB = re.compile(
    r"\b(?:killing|killed|kills|abducting|abducted|kidnapping|kidnapped|beheading|beheaded)\s+$", re.I
)
_CLAUSE_END = re.compile(
    r"\s*(?:[.;,]|$|(?:in|at|on|near|during|when|after|as|and|while|across|throughout|since)\b)"
)  # "has killed thousands across Burkina Faso"


_HELD_FOR_KILLING = re.compile(
    r"\s+(?:[\w-]+\s+){1,2}(?:suspected|accused|arrested|detained|held|in custody|charged|convicted)\b[^.;]{0,12}?"
    r"\b(?:of|for|over) (?:the )?(?:killing|murder|shooting)",
    re.I,
)
_TOTAL_TOLL = re.compile(r"\b(?:with the|the) (?:\w+ )?(?:death )?toll (?:at|of|to)\s*$", re.I)
_TOLL_BEFORE = re.compile(
    r"\b(?:death toll|toll of (?:people|civilians) (?:killed|murdered)|number of (?P<counted>[a-z]+)\b[^.;]{0,60}?)\b"
    r"(?:[^.;]|(?<=\bSt)\.|(?<=\b[A-Z])\.){0,140}"
    r"\b(?:rose|rises|risen|climbed|climbs|reached|reaches|stands|stood|surged|jumped|jumps|increased|grew|was|is|hits|hit"
    r"|declined|dropped|fell|decreased|(?:are|is|was|were) estimated (?:to be|at))(?: now)?(?: at| to)?\s*$"
    r"|\bto reach a total of\s*$"  # "increased deaths by 507 to reach a total of 593"
    r"|\bthe (?:death )?(?:number|toll) had (?:risen|climbed|increased) to\s*$"  # "the number had risen to 50"
    r"|\b(?:fluctuates|fluctuated|varies|varied|ranges|ranged) from\s*$"
    # "Fatalities rose to 1,907 in 2023, from 1,135 a year earlier", "Deaths ... fell to 753 in Mali from 806"
    r"|\b(?:[Ff]atalities|[Dd]eaths)\b[^.;]{0,80}?\b(?:rose|fell|climbed|dropped|increased|decreased|doubled|jumped"
    r"|surged|increasing|falling|fall|declining|rising)\b[^.;]{0,90}?\b(?:to|from)\s*$"
    r"|\bwith the (?:\w+ )?(?:death )?toll (?:at|of)\s*$"  # "..., with the total death toll at 145"
    # "bringing the total to at least 596 in 2024", "bringing the total number of kidnappings in 2024 to 1,494"
    r"|\b(?:raising|raised|bringing|brought|pushing|taking) the (?:death )?(?:toll|total)(?: number of [a-z]+)?"
    r"(?: (?:in|for|since) "
    r"[^,.;]{1,20})? (?:from [^,.;]{0,40} )?to\s*$"
    # "The discovery brings the number of members of the tribe killed during ... to more than 900"
    r"|\b(?:brings?|bringing|raises|raising|takes|taking|pushes|pushing) the (?:total )?number of (?P<brought>[a-z]+)\b"
    r"[^.;]{0,140}? to\s*$"
    # "placed the death toll at 37", "put the death toll from last week's massacre at Baga by Boko Haram at 150"
    r"|\b(?:put|puts|putting|placed|places|placing) the (?:death )?toll (?:from [^.;]{0,60} )?at\s*$"
    r"|\b(?:put|puts|putting|placed|places|placing) the number of (?P<put>[a-z]+)\b[^.;]{0,60}? at\s*$"
    r"|\b(?P<outof>[a-z]+) out of (?:the|those)\s*$",  # "Thirty-six gendarmes out of the 53 killed": 53 gendarmes
    re.IGNORECASE,
)


_GROUP_MEMBERS = re.compile(r"\s*(?:(?-i:[A-Z])[\w'’-]+ ){1,4}(?:members?|fighters)$")  # "five Abu Sayyaf members"
_NOT_PEOPLE = re.compile(
    r"number of (?:[\w-]+ ){0,2}?(?:countries|incidents|attacks|cases|schools|groups|provinces|regions|districts)\b"
)


_AND_CIVILIANS = re.compile(r"\s+and\s+(?:civilians|bystanders|spectators)\b", re.I)


def _toll_category(toll: re.Match[str] | None) -> str:
    """Who a toll counts: "the number of children used ... surged to 27" counts children."""
    counted = (
        (toll.group("counted") or toll.group("put") or toll.group("brought") or toll.group("outof")) if toll else None
    )
    noun = lx.VICTIM_AFTER_COUNT.match(" " + counted) if counted else None
    return lx.VICTIM_NOUNS.get(noun.group("noun").lower(), "people") if noun else "people"


_DEATH_OF = re.compile(
    r"\b(?:the )?(?:deaths?|killings?) of (?:at least |more than |no less than |about |some )?$", re.I
)
_COUPLE_TAKEN = re.compile(
    r"\b(?:a|an|the) (?:[\w-]+ )?couple(?= (?:were|was|had been|have been) (?:kidnapped|abducted|killed|shot|seized))",
    re.I,
)
_THERE_WERE = re.compile(
    r"\bthere (?:had been|have been|has been|were|was|are)\s+(?:about\s+|some\s+|around\s+)?$", re.I
)
# "two nurses and a boy", "Ten jawans of the District Reserve Guard (DRG), returning in a van ..., and their driver"
_AND_GAP = re.compile(
    r"^\s+(?:[\w'-]+\s+){0,2}(?:of (?:the )?(?:(?:[A-Z][\w'-]*|\([A-Z]+\)),?\s+){1,6})?"
    r"(?:,?\s*[a-z][^,;.]{0,60},\s+)?and\s+$"
)


_ALL_KILLED_BEFORE = re.compile(r"\b(?:kill|eliminat|neutrali[sz])\w* all (?:of )?(?:the )?$", re.I)
_ATTACKER_NOUN = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{lx.ATTACKER_NOUNS}|rebels|separatists|hijackers)\b", re.I)
_MONTH_BEFORE = re.compile(rf"\b(?-i:{lx.MONTHS})\.?\s*$")
_PAIR_WOUNDED = re.compile(
    r"(?:\s+and (?:his|her|their|an?) (?:[\w-]+ ){0,2}?[\w-]+)?\s+(?:were|was|had been|have been|are|is) "
    r"(?:also |seriously |critically |slightly )?(?:wounded|injured|hurt)\b",
    re.I,
)


_SHARE_OF = re.compile(r"\b(?:half|most|many|some|a third|two-thirds|the majority) of (?:the|all)\s+$", re.I)
_NUMBER_WORD_OPEN = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand)\s*\(\s*$",
    re.I,
)
_ANOTHER_FATE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:(?:were|was)\s+)?(?:kidnapped|abducted|killed|raped|executed|taken|dead)\b", re.I
)


_PER_DAY = re.compile(r"[^.;]{0,60}?\b(?:every|each|per) (?:single )?(?:day|week|month)\b", re.I)


def victim_counts(text: str, offset: int = 0) -> list[tuple[CountMention, str]]:
    """Counts of victims in a sentence (``text``, starting at ``offset`` in its document), codebook
    style, each with its victim category; spans are document offsets."""
    found = []
    # children made to kill are not the victims, unless the sentence counts them as recruits
    child_killers = bool(CHILD_PERPETRATOR.search(text)) and not lx.TRIGGERS["child_recruitment"].search(text)
    for mention in find_counts(text):
        after, before = text[mention.end :], text[: mention.start]
        if _MONTH_BEFORE.search(before) and mention.text[:1].isdigit():
            continue  # "killed 57 on June 3-8": the days, not a count (not "On 3 May close to 40 people")
        if _NUMBER_WORD_OPEN.search(before) and re.match(r"\s*\)", after):
            continue  # "Forty-two (42) people": the figure in brackets repeats the words
        after = re.sub(r"^\s*\(\s*[\d,]+\s*\)", "", after)
        after = re.sub(
            r"^(\s+of (?:its|their|the)) [\d,]+(?= (?:residents|inhabitants)\b)", r"\1", after
        )  # "110 of its
        # 1,200 residents": the part killed, of the town's people
        if (
            lx.NOT_VICTIM_COUNT.match(after)
            or (lx.WOUNDED.search(before) and not _ANOTHER_FATE.match(after))  # "wounded and 60 others kidnapped"
            or lx.WOUNDED.match(after)
            or DISPLACED_AFTER.match(after)
            or _DEPRIVED.match(after)
            # (people merely "missing" after an attack may have fled: neither its dead nor taken)
            or (_MISSING.match(after) and not _TAKEN.search(text))
            or RATIO.search(before)
            or re.match(
                r"\s+(?:in|out of) (?:\d{1,3}|ten|every)\b(?![\d,])", after
            )  # "an estimated six in 10 fighters"
            or re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of)\s+$", before)
            or _HURT_AFTER.match(after)  # "six more rangers were severely injured"
            or re.match(
                r"\s+(?:[\w-]+\s+){1,2}out of (?:the|those) [\d,]+", after
            )  # "36 gendarmes out of the 53 killed"
            or (REPORTED_BY.search(before) and SOURCES_AFTER.match(after))  # "Reuters reported three U.S. officials"
            or _PER_DAY.match(after)  # "Nine civilians including two children were killed every day": a rate
            or NAMED_AS_ATTACKERS.match(after)  # "Two other men ... were identified ... as suspected suicide bombers"
            or GROUPS_OWN_TOLL.search(before)  # "claiming its attackers had killed over 230 people": its boast
            or _SHARE_OF_COUNTED.match(after)  # "These were two of 301 people butchered": the 301
            or _FIRST_SAID.search(before)  # "Initially, officials said 10 were killed, but then ... raised to 28"
        ):
            continue
        share_of_dead = _SHARE_OF.search(before) and re.match(r"\s+(?:[\w-]+\s+)?(?:killed|dead)\b", after)
        if (
            # "half of the 2,400 people killed": the 2,400 (but "helped 826 former child soldiers" counts them)
            (NOT_VICTIMS_BEFORE.search(before) and not share_of_dead and not FORMER_RECRUITS.match(after))
            or ATTACKERS_AFTER_COUNT.match(after)
            or (_ALL_KILLED_BEFORE.search(before[-40:]) and _ATTACKER_NOUN.match(after))  # "killing all 33 attackers"
            or (_ONLOOKERS.match(after) and not _ACT_VERB.search(before))  # "killed 19 civilians who were attending"
            or _SUBSET.match(after)
            or OPPONENTS_BEFORE.search(before)
        ):
            continue  # "freed 22 captives", "an attack by around 100 jihadists": not the victims
        if PRESENT_AFTER.match(after):
            continue  # "Thousands of people were at the station during the missile strike": those there, not the dead
        if _THERE_WERE.search(before) and not re.match(
            r"\s+(?:people\s+)?(?:confirmed\s+)?(?:dead|killed|bodies|deaths)\b", after
        ):
            continue  # "where there had been 5,000 Afghans": people present ("There were 41 dead" are the dead)
        if _ACTS_AFTER.match(after):
            continue  # "two attacks by jihadists", "50 operations": a count of acts, not of victims
        if re.search(r"\b(?:forc|caus|prompt)(?:ed|ing)\s+(?:about |some |around |nearly )?$", before) and re.match(
            r"\s+(?:[\w-]+\s+){0,4}to (?:flee|leave|abandon)\b", after
        ):
            continue  # "has forced hundreds of thousands of people to flee"
        if not before.strip() and _CROWD_WATCHING.match(after):
            continue
        if re.search(
            r"\b(?:expel|expelled|expelling|drive out|drove out|displaced?|displacing)\s+(?:about |some |nearly )?$",
            before,
        ):
            continue  # "the national army's campaign to expel 740,000 Rohingya Muslims": the displaced
        if re.match(
            r"\s+(?:[\w-]+\s+){0,3}(?:fighters|militants|gunmen|insurgents|troopers|attackers)\b(?: who [^.;]{0,50}?)?"
            r" (?:have |had )?(?:attacked|raided|stormed|ambushed|took part)\b"
            # "three men carrying automatic weapons"
            r"|\s+(?:armed )?men (?:carrying|armed with|wielding|dressed in)\b",
            after,
        ):
            continue  # "some 100 heavily armed AA fighters attacked the outpost": the attackers' strength
        if re.match(r"\s+(?:dead |slain )?suspects\b", after):
            continue  # "Two dead suspects named after mass shooting that killed 14": the attackers
        if _HELD_FOR_KILLING.match(after):
            continue  # "Four soldiers in custody for killing two civilians", "Four SSPDF soldiers suspected of killing"
        if posted_there(before, after):
            continue  # "at least 30 security forces were deployed at the outpost": those there, not the dead
        if re.search(r"\bhow many\s+$", before, re.I):
            continue  # "It's not known how many thousands of boys, girls and women have been kidnapped"
        if _ATTACKERS_AMONG.search(before) and _ATTACKER_NOUN.match(after):
            continue  # "including six attackers"
        if _SPEAKERS.match(after):
            continue  # "Two Syrian activists said civilians ... were killed": who told it, not the dead
        if re.search(r"\blost\s+$", before) and _KIN_LOST.match(after):
            continue  # "a resident, who lost eight members of her family": a part of the toll
        if re.search(r"\b(?:aged|age of|ages of|as young as|as old as)(?: between)?\s*$", before, re.I) or re.match(
            r"\s*(?:and \d+ )?years|-years?-old", after
        ):
            continue
        if age_after_name(before) and not lx.VICTIM_AFTER_COUNT.match(after):
            continue  # "His siblings, Aniya Musa, 60 including his ... mother, Kande Musa, 97": their ages
        noun = lx.VICTIM_AFTER_COUNT.match(after)
        noun = None if noun and _CREDIT_AFTER.match(after) else noun  # "kill 64 - police": who says so
        if _KILLED_ALL.search(before) and _ATTACKERS.match(after):
            continue  # "security forces have killed all five attackers who stormed ...": not the attack's dead
        if re.search(r"\ball (?:the )?$", before, re.I) and _ALL_KILLED.match(after):
            continue  # "all 7 attackers had been killed"
        if noun is None and _FIGURE_LINE.match(text[: mention.end]):
            noun = lx.VICTIM_IN_LINE.search(after[:80])  # "• 700 — Number of children killed in ..."
            if re.match(r"\W*(?:the )?minimum\b", after, re.IGNORECASE):  # "135 — Minimum number of ..."
                mention = CountMention(
                    mention.start, mention.end, mention.text, count_for(mention.count.best, "at least")
                )
        toll = _TOLL_BEFORE.search(before)  # "the death toll rose to", "the number of children used ... surged to"
        if toll and _NOT_PEOPLE.match(toll.group(0), max(0, toll.group(0).rfind("number of"))):
            toll = None  # "the number of countries reporting an incident fell to 50"
        dead = (
            re.match(
                r"\s+(?:people\s+)?(?:confirmed\s+)?(?:lay\s+)?dead\b|\s+(?:civilian\s+)?fatalities\b"
                r"|\s+[—–] [^—–.;]{1,80}[—–]\s+dead\b",
                after,
                re.I,
            )  # "leaving 17 dead"
            or (re.match(r"\s+die\b", after) and re.search(r"\bseen\s+(?:\w+\s+)?$", before))  # "seen hundreds die"
            or (WITH_BEFORE.search(before) and re.match(r"\s+(?:killed|beheaded)\b", after))  # "with seven killed"
            or (not before.strip() and re.match(r"\s+(?:was|were) (?:killed|shot dead|murdered)\b", after))  # "One was"
            # "In addition to one death, the attack also injured eight people"
            or (
                re.search(r"\b(?:in addition to|besides|caus(?:ed|ing))\s+$", before, re.I)
                and re.match(r"\s+deaths?\b", after)
            )
        )
        dead = dead or (noun is None and _DEATH_OF.search(before))  # "documented the death of 3055 in September"
        if noun is None and (toll or dead):
            shifted = CountMention(mention.start + offset, mention.end + offset, mention.text, mention.count)
            found.append((shifted, _toll_category(toll)))
            continue
        if (
            noun
            and re.match(
                r"\s+(?:who [\w ]{1,30}?\s+|(?:of|from|with|in) [^,.;]{1,50}?\s+)?(?:said|told|say|says|reported)\b"
                rf"|{SPEAKING}",  # "Two residents, speaking to AFP"
                after[noun.end() :],
            )
        ):
            continue  # "two residents said": the sources, not the victims
        listed = before.endswith("(") and after.startswith(")")  # "recruitment and exploitation of children (7,402)"
        if (
            noun is None
            and not listed
            and not _BARE_VICTIMS.match(after)
            and not (_ACT_VERB.search(before) and _CLAUSE_END.match(after))
            and not (re.search(r"\b(?:another|a further)\s+$", before) and re.search(r"\b(?:killed|dead)\b", before))
            and not (MORE_AFTER.match(after) and re.search(r"\b(?:killing|killed|shot dead|shooting dead)\b", before))
        ):
            continue  # "180 were abducted" and "..., killing over 15." count people too
        category = lx.VICTIM_NOUNS.get(noun.group("noun").lower(), "people") if noun else "people"
        if not noun and re.search(r"\b[Oo]ut of (?:the )?[\d,]+ (?:soldiers|troops)\b", before):
            category = "soldiers"  # "Out of the 130 soldiers stationed there, 27 were confirmed dead"
        if noun and _AND_CIVILIANS.match(after, noun.end()):
            category = "people"  # "At least 24 soldiers and civilians were killed": one toll of both
        serving = noun and _OF_FORCES.match(after[noun.end() :]) and "former" not in after[: noun.end()]
        if category == "people" and noun and (serving or _GROUP_MEMBERS.match(after[: noun.end()])):
            category = "fighters"  # "two members of the Popular Mobilization Forces", "five Abu Sayyaf members"
        if (
            noun
            and category in ("soldiers", "police", "fighters")
            and re.search(r"\b(?:former|ex-)", after[: noun.end()])
        ):
            category = "civilians"  # "more than 100 former police and intelligence officers": no longer under arms
        if child_killers and category == "children":
            continue  # the children are the ones made to kill, not the victims
        shifted = CountMention(mention.start + offset, mention.end + offset, mention.text, mention.count)
        found.append((shifted, category))
    single = single_victim(text)
    if single and found and re.match(r"\s+and\s+$", text[single.end() : found[0][0].start - offset]):
        extra = found[0][0]
        found.insert(
            0, (CountMention(offset + single.start(), extra.end, single.group(0), plus_one(extra.count)), found[0][1])
        )
    if single and found and _AND_GAP.match(text[found[0][0].end - offset : single.start()]):
        extra = found[0][0]  # "two nurses and a boy"
        plus = Count(
            *(None if v is None else v + 1 for v in (extra.count.low, extra.count.best, extra.count.high)),
            extra.count.qualifier,
        )
        found.insert(0, (CountMention(extra.start, offset + single.end(), extra.text, plus), found[0][1]))
    list_sums(text, offset, found)
    join_sums(text, offset, found)
    killed_pair_sums(text, offset, found)
    bombers_taken_out(text, offset, found)
    attack_total_first(text, offset, found)
    more_added(text, offset, found)
    named_and_others(text, offset, found)
    killed_first(text, offset, found)
    total = next((f for f in found if _AMONG.search(text[: f[0].start - offset])), None)
    whole = next((f for f in found[1:] if _TOTAL_TOLL.search(text[: f[0].start - offset])), None)
    if whole and found[0][1] == "children" and (whole[0].count.best or 0) > (found[0][0].count.best or 0):
        total = whole  # "At least 132 children have been killed ..., with the total death toll at 145"
    if total:  # "two women and a child were among nine people shot dead": nine is the toll
        found.remove(total)
        found.insert(0, total)
    if single and _PAIR_WOUNDED.match(text, single.end()):
        single = None  # "a driver and a first aid worker were injured": the wounded
    if not found and (couple := _COUPLE_TAKEN.search(text)):  # "an Austrian couple were kidnapped": two
        found.append(
            (
                CountMention(offset + couple.start(), offset + couple.end(), couple.group(0), count_for(2, None)),
                "people",
            )
        )
    if not found and single and re.match(r"\s+and (?:his|her|their|an?) (?:[\w-]+ )?[a-z]+\b", text[single.end() :]):
        two = CountMention(offset + single.start(), offset + single.end(), single.group(0), count_for(2, None))
        # "a pastor and his daughter", "a man and a woman": two
        found.append((two, "people"))
    if (listed := listed_ones(text)) and all(listed[0] <= f[0].start - offset < listed[1] for f in found):
        start, end, many = listed  # "a widow, a mother of 6 children and a 56-year-old man": three, not the six
        found[:] = [(CountMention(offset + start, offset + end, text[start:end], count_for(many, None)), "people")]
    if not found and single:
        count = CountMention(offset + single.start(), offset + single.end(), single.group(0), count_for(1, None))
        noun = single.group("noun").lower()
        category = lx.VICTIM_NOUNS.get(noun) or lx.VICTIM_NOUNS.get(PLURAL.get(noun, noun + "s"), "people")
        if not (child_killers and category == "children"):
            found.append((count, category))
    one_more_along(text, offset, found)
    escorts_added(text, offset, found)
    one_died_later(text, offset, found)
    raised_count_first(text, offset, found)
    next_one_shot(text, found)
    precise_first(found)
    return without_parenthesised_parts(text, offset, found)
