"""Wording that tells whether a sentence reports a new act: intents and threats, people missing
after an attack (they may have fled), how victims were taken told with their killing, habits,
scene-setting and retelling sentences, sieges of hotels, and attacks told two at a time."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx

# re-exported: rules read cues.FIGHTERS_KILLED and the like
from marsad.extract.claims_told import CLAIM_OF_TOLD, ONE_OF_ITS, claim_only  # noqa: F401
from marsad.extract.strikes import (  # noqa: F401
    FIGHTERS_KILLED,
    FORCES_KILLED,
    KILLED_FROM_THE_AIR,
    STRIKE_ON_ARMS,
    STRIKES_ON_CAMPS,
)

# "who had planned to carry out execution-style killings": an intent, not an act
INTENDED = re.compile(
    r"\b(?:planned|planning|plotted|plotting|wanted|threatened|threatening|tried|attempted|intended|vowed"
    r"|desperate|seeking|hoping|aims?|aimed|want|wants) to "
    r"(?:[\w-]+ ){0,3}$"
    # "UN experts ... working to investigate recent clashes": what they looked into, not an act told
    r"|\b(?:investigat(?:e|ed|ing)|probe|probing|look(?:ing)? into)\s+(?:the\s+)?(?:recent\s+|reported\s+)?$"
    r"|\bto (?:prevent|stop|avoid|halt) (?:further |more |any )?$",  # "forces sent to prevent further fighting"
    re.IGNORECASE,
)
# "children living under constant threat of landmines": a danger, not an act
THREAT = re.compile(
    r"\b(?:threats?|risk|fear|danger)s? of (?:[\w-]+ ){0,3}$"
    r"|\b(?:threaten(?:ed|ing|s)?|vow(?:ed|ing|s)?|plans?|planning|going) to\s+(?:\w+\s+)?$"  # "vowed to behead"
    # "would lead to more executions"
    r"|\b(?:would|will|could) (?:lead to|result in|mean|bring) (?:more |further |new )?$"
    # "the group would carry out more such attacks, vowing to target schools": attacks to come
    r"|\b(?:would|will) (?:carry out|launch|stage|conduct|mount) (?:more |further |new |similar )?(?:such )?$"
    r"|\bwould\s+$|\b(?:would|will) be\s+$",  # "warned he would be executed if the army attempted a rescue": a threat
    re.IGNORECASE,
)
FUTURE_ACT = re.compile(
    r"\b(?:would|will|threatened to|vowed to)\s+(?:\w+\s+)?"
    r"(?:cut|kill|behead|execute|flog|amputate|punish|attack|abduct)\b",
    re.IGNORECASE,
)
# "desperate to recruit more people", "the group's training camps were targeted": no child named, no child recruited
NO_CHILDREN = re.compile(
    r"\brecruit\w*\b(?! (?:\w+ ){0,3}(?:children|boys|girls|minors|teenagers))|\btraining camps?\b"
    r"|\b(?:abducted|kidnapped|seized) (?:\d+|\w+) (?:teachers|elders|men|women|adults)\b",  # "abducted 12 teachers"
    re.I,
)
# "workers abducted since July", "Christians kidnapped in Libya", "The slain civilian was abducted": how they were taken
TAKEN_BEFORE = re.compile(
    r"\b(?:who (?:were|had been) )?(?:abducted|kidnapped|captured|seized) (?:since|in|on|from|off|near|weeks|months"
    r"|two|last)\b"
    r"|\b(?:who (?:were|had been) )?(?:abducted|kidnapped|captured) (?:\w+ )?(?:ago|earlier)\b"
    rf"|\b(?:one|two|three|four|five|\d+) of the (?:\w+ )?(?:abducted|kidnapped|captured) |{lx.SLAIN_AFTER_TAKEN}",
    re.I,
)
# "11 soldiers are still missing after the attack" may have fled: not an abduction unless someone took them
FLED = re.compile(
    r"\b(?:missing|unaccounted for)\b[^.;]{0,20}\b(?:after|following)\b[^.;]{0,40}"
    r"\b(?:attack\w*|ambush\w*|raid\w*|fighting|clashes|assault)"
    r"|\b(?:remain|remains)\s+missing\b"  # "hundreds are reported to remain missing" (after a massacre)
    # "the death toll could be higher as several villagers were still missing": feared dead, not taken
    r"|\bdeath toll\b[^.;]*\bmissing\b|\bmissing\b[^.;]{0,40}\b(?:believed|feared|presumed) (?:to have )?(?:died|dead)",
    re.I,
)
TAKEN = re.compile(r"\b(?:abduct\w*|kidnap\w*|seiz\w*|taken|took|captiv\w*|hostages?|captured|held)\b", re.I)
THE_VICTIMS = re.compile(r"(?:the (?:victims|dead|bodies)|those (?:killed|executed|beheaded))$", re.I)
BACKSTORY = re.compile(
    r"\b(?:the (?:victims|dead|bodies)|those (?:killed|executed|beheaded))\b"
    r"|\b(?:rounded up|seized|captured|abducted|kidnapped) [^.;]{0,40}\band (?:then )?(?:\w+ )?"
    r"(?:(?:killed|shot|slaughtered|beheaded|executed|murdered) them|(?:slit|cut) their throats)\b"
    r"|\b(?:rounded up|seized|captured) [^.;]{0,40}\band (?:then )?(?:killed|shot dead|executed) "
    r"(?:[\w-]+ ){0,3}of them\b"  # "rounded up several hundred men and shot dead about 300 of them"
    r"|\b(?:killed|shot|beheaded|executed|murdered) (?:[\w-]+ ){0,4}after "
    r"(?:being |having been )?(?:abducted|kidnapped)"
    r"|\b(?:they|it|he|she|who|whom) had (?:\w+ )?(?:abducted|kidnapped|seized|captured|taken|held)\b"
    r"|\bhad been (?:rounded up|abducted|kidnapped|seized|taken|captured)\b"
    r"|\btook (?:\w+ ){0,3}off\b[^.;]*\b(?:shot|killed|executed|beheaded)"
    r"|\b(?:rounded up|seized|captured)\b[^.;]{0,60}\bbefore (?:killing|shooting|executing|slaughtering|beheading)\b",
    re.IGNORECASE,
)
# "such attacks are frequently carried out by ...", "most attacks are attributed to ...": a pattern, not blame
HABIT = re.compile(
    r"\b(?:frequently|often|usually|regularly|routinely|typically|generally"
    r"|such attacks|similar attacks|most (?:of (?:the )?)?attacks|speciali[sz]es in|speciali[sz]ing in"
    # "the Islamic State ... has carried out many suicide bombings in the country"
    r"|(?:has|have) carried out (?:many|numerous|several|a number of|dozens of) (?:\w+ )?(?:attacks|bombings)"
    # "attacks attributed to a number of jihadist groups, including the Ansarul Islam group": suspects, not blame
    r"|(?:a number of|several|various|many|multiple) (?:[\w-]+ ){0,2}groups,? (?:including|such as))\b",
    re.IGNORECASE,
)
# gunmen who threw explosives and shot the congregation: a gun attack, not a bombing
_THROWN = re.compile(
    r"\b(?:threw|thrown|throwing|hurled|lobbed|tossed)\b[^.;]{0,40}\b(?:explosives?|dynamites?|grenades?|ieds?|bombs?)\b"
    r"|\b(?:improvised )?explosives? (?:were )?detonated\b",
    re.I,
)
# "the killers tossed in grenades and opened fire": a gun attack whose blasts are part of it
THROWN_THEN_SHOT = re.compile(
    r"\b(?:threw|thrown|tossed|hurled|lobbed)\b[^.;]{0,30}\b(?:grenades?|explosives?)\b[^.;]{0,40}"
    r"\b(?:opened fire|shot|shooting|fired)\b",
    re.I,
)
SHOOTING_WORDS = r"shoot\w*|shot|gunfire|gunshots?|opened fire|spraying"  # a gun attack's words
_SHOOTING = re.compile(rf"\b(?:{SHOOTING_WORDS})\b", re.I)


def gun_attack_with_explosives(text: str, named: list[str]) -> bool:
    """ "Gunmen, who were said to have thrown an explosive device before they started shooting, killed
    worshippers": the explosives are part of a shooting, typed as the killing it was."""
    return "bombing" in named and "killing" in named and bool(_THROWN.search(text) and _SHOOTING.search(text))


# "a pre-dawn attack blamed on the Islamic State group": the group named after the act did it
DONE_BY = re.compile(r"\b(?:by|blamed on|claimed by|carried out by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
# "since July 2, when 56 people were killed" dates an act; "since August 15, when the Taliban returned to power" not
WHEN_ACT = re.compile(r",?\s*when\b(?![^.;]*\b(?:returned|came|took|seized|rose) (?:to|power|control))")
# "summarily executed or forcibly disappeared more than 100": one count for the stronger act
EXECUTED_OR_DISAPPEARED = re.compile(
    r"\b(?:executed|executing|execute|killed|killing|kill)\s+or\s+(?:forcibly\s+)?(?:disappeared|disappearing|disappear|abducted)",
    re.I,
)
# "Friday's attack follows recent gains by the army": the day of the act the report tells
DAYS_ATTACK = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?-i:Today))['’]s (?:\w+ )?"
    r"(?:attack|raid|ambush|killings?|massacre)\b"
    r"|\b(?:attack|raid|ambush|assault)\b[^.;]{0,20}\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# "two attacks killed 49 civilians and 15 soldiers": a killing and a battle
TWO_ATTACKS = re.compile(
    r"\b(?:two|twin|both|separate|three) (?:\w+ )?attacks\b"
    # "... and two people were killed in another incident"
    r"|\band (?:[\w-]+ ){1,4}in (?:another|a separate) (?:attack|incident)\b"
    # "21 hostages and four security troops were killed": captives killed, and soldiers fallen in the fighting
    r"|(?<!including )\b(?:\d+|[a-z]+) hostages and (?:[\w-]+ ){1,3}(?:soldiers|troops|personnel|policemen"
    r"|police officers)\b",  # (not "Nine people were killed, including six hostages and three police officers")
    re.I,
)
COMBATANTS = {"soldiers", "fighters", "police"}
# acts that happen at a moment (a running-total sentence with no victims tells a pattern of them)
DISCRETE_ACTS = {"killing", "execution", "bombing", "armed_clash"}
# what a hotel siege's bombs, gunfire and hostages are read as: its killings
SIEGE_ACTS = {"bombing", "armed_clash", "denial_of_humanitarian_access", "execution", "abduction", "abuse"}
MINES_LAID = re.compile(
    r"\b(?:placed|planted|laid|plant|lay|laying|planting|left|leaving)\b[^.;]{0,30}"
    r"\b(?:explosive devices|IEDs?|(?:land)?mines|bombs|explosives)\b"
    r"|\b(?:explosive devices|IEDs?|(?:land)?mines|bombs|explosives)\b[^.;]{0,20}\b(?:disguised|hidden|camouflaged)\b",
    re.I,
)
BLAST = re.compile(
    r"\b(?:explod\w*|explosions?|detonat\w+|blew|blast\w*|went off|killed|killing|wounded|injured)\b", re.I
)
# "two of her sons, killed in another attack earlier this month": not the act the report tells
ANOTHER_ACT = re.compile(
    r"\bthe earlier (?:bomb |car bomb |suicide )?(?:explosion|blast|bombing|attack)\b"  # "connected to the earlier"
    r"|\b(?:in|during|by) (?:another|a separate|a different|an earlier|a previous|an unrelated) "
    r"(?:\w+ )?(?:attack|raid|assault|bombing|blast|ambush|incident|massacre|execution|killing|beheading|strike)\b"
    # "Earlier this week, three members of a vigilante group were killed"
    r"|^\W*(?:earlier (?:this|that|in the) week|last week|the previous week|the week before),"
    # "On the same day, an IS attack against the Malian army ... left 33 soldiers dead": an act of its own
    r"|^\W*(?:on )?the same day,? (?:an?|another) (?:[\w-]+ ){0,3}(?:attack|raid|assault|ambush|bombing)\b"
    # "The group last week claimed responsibility for a siege of a hotel in the port city of Kismayo that killed nine"
    r"|\b(?:last|earlier this|the previous) (?:week|month)\b[^.;]{0,20}\bclaimed (?:responsibility|credit) for\b"
    r"|\b(?:attempt|attack)\b[^;]{0,40}?\bby another group\b",  # "the foiled attempt, at ... Monday, by another group"
    re.I,
)
# "The insurgents also killed the Burkinabe soldiers who organized the project": soldiers killed, told uncounted
SOLDIERS_KILLED = re.compile(
    # (not "Some have been killed by soldiers": the doers)
    r"\b(?:killed|killing|shot dead|slew|slaughtered) (?:the |several |some |many |a number of )?"
    r"(?:(?!by\b)[\w-]+ ){0,2}"
    r"(?:soldiers|troops|gendarmes|policemen|police officers|servicemen)\b",
    re.I,
)
# "A large explosion is also seen, which is the demolition of Tadmur prison": a building blown up, no one killed
DEMOLITION = re.compile(
    r"\bdemoli(?:tion|shed|shing|sh)\b|\bblew up (?:the |a )?(?:[\w-]+ ){0,3}(?:prison|temple|shrine|statue|tomb)", re.I
)
# "The insurgents also killed the soldiers who organized it": another deed of the act just told, its day and place
# "also killed the soldiers"; "also reported that 'at least 22 women and five girls were raped'": more of the act told
ALSO_DID = re.compile(
    r"\balso (?:killed|shot dead|executed|beheaded|abducted|kidnapped|seized)\b"
    r"|\balso (?:reported|said|found|documented|confirmed) that\b",
    re.I,
)
# "The killings took place on October 17 in ...": where and when the act just told happened
RETOLD = re.compile(
    r"\b(?:the|these|those|this|that|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s) "
    # (not "that all attacks were carried out by")
    r"(?:(?!all\b)[\w-]+ ){0,2}(?:killings|attacks?|executions|abductions?|kidnappings?|massacre"
    r"|bombing|blast|beheadings|incident|assault|raid|rampage|shooting|siege|ambush|horror|carnage|bloodshed)\b(?:[^.;]{0,45}|[—–][^.;—–]{0,70}[—–])\s*"
    r"(?:took place|happened|occurred|was carried out"
    r"|were carried out|unfolded|began|started|lasted)\b"
    r"|^\W*(?:The|This) (?:[\w-]+ ){0,2}(?:assault|attack|raid|bombing|massacre|shooting) (?:on|at) (?:the |a )?"
    # "The assault on the Rawda mosque in the town of Bir al-Abd": the act told, with its scene
    r"(?:[\w-]+ ){0,3}(?:mosque|church|hotel|school|market|village|town|camp|base) (?:in|near)\b"
    r"|\bthe (?:order|sentence|punishment|amputations?|flogging|execution)s? (?:was|were) carried out\b"
    # "The killings in Mai Kadra on November 9 were first reported by ... Amnesty International three days later"
    r"|^\W*The (?:killings|massacre|attack) in (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)? on (?:\d{1,2} )?"
    r"(?-i:[A-Z])[a-z]+(?: \d{1,2})? (?:was|were) (?:first )?reported\b"
    # "the military offensives, including air strikes against the BIFF in Brgy. Inaladan, ... started around 5:50 am"
    r"|\bthe (?:military )?(?:offensives?|operations?)\b[^;\n]{0,100}?\b(?:started|began)\b"
    r"|\b(?:reported|confirmed) the (?:attack|raid|massacre|killings?|bombing) (?:on|between|in|at)\b"
    # "informed of a tragedy that occurred in Nouna ... during the night of December 30 to 31": the act, by its day
    r"|\ba (?:tragedy|drama) (?:that|which) (?:occurred|took place|happened)\b"
    # "saying the 3 January strike targeted", "The January 3 airstrike sparked outrage": the act told, by its day
    rf"|\bthe (?:\d{{1,2}} (?-i:{lx.MONTHS})|(?-i:{lx.MONTHS}) \d{{1,2}}) (?:[\w-]+ )?(?:air ?strike|strike|attack|raid"
    r"|bombing|massacre|ambush)\b"
    # "the attack on 15 January in Waghemira hit a pro-government camp": the act told, by its day
    rf"|(?<!after )(?<!following )(?<!since )(?<!before )\bthe (?:[\w-]+ )?(?:air ?strike|strike|attack|raid|bombing"
    rf"|massacre|ambush) on (?:\d{{1,2}} (?-i:{lx.MONTHS})"
    rf"|(?-i:{lx.MONTHS}) \d{{1,2}})\b(?! \d)"
    # "Wednesday's attack was the second this month", "Today's attack comes two weeks after ..."
    r"|^\W*(?-i:Today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s (?:\w+ )?"
    r"(?:attack|raid|ambush|killings?|massacre|bombing) (?:was|is|came|comes|follows|followed)\b"
    r"|\b(?:the|this) (?:video|footage|film|clip) (?:was|appears to have been) (?:\w+ )?"
    r"(?:filmed|shot|recorded) (?:in|near|at)\b",
    re.IGNORECASE,
)
# "The bandits killed 18 soldiers ... Some were reportedly beheaded.": what was done to the dead just told
DEAD_MUTILATED = re.compile(
    r"\W*(?:Some|Several|Many|Most|A few|Two|Three|Four|Five)(?: of them| of the (?:dead|bodies|victims|soldiers))? "
    r"(?:were|had been) (?:reportedly |allegedly |also )?(?:beheaded|decapitated|mutilated)\b(?![^.;]*\d)"
)
# "those killed included 10 Marines", "Among those killed was a cadet": who the dead of the act just told were
DEAD_LISTED = re.compile(
    r"\b(?:those|the people|the) (?:killed|dead) (?:include[sd]?|were)\b"
    r"|\bthe (?:death )?toll (?:also )?include[sd]?\b"  # "The death toll includes five soldiers"
    r"|\bamong (?:the dead|those killed|the victims(?: named by (?:the )?[\w-]+)?) (?:was|were)\b"
    r"|^\W*the victims (?:included|include|were)\b"
    # "The slain followers of Metin were identified"
    r"|\b(?:slain|dead|killed) (?:[\w-]+ ){0,3}(?:were|was) identified\b"
    r"|^\W*(?:women and children|children) (?:also )?died in the (?:violence|attack|shooting|blast)\b",  # share
    re.I,
)
# "Earlier, the police had put the death toll at 27": a toll since replaced, not another act
EARLIER_TOLL = re.compile(
    # "Earlier on Wednesday, the EHRC had said a hundred people had died": a figure since replaced
    r"^\W*earlier on \w+,?[^.;]{0,40}\bhad (?:said|reported|put)\b|"
    r"^\W*(?:earlier|initially|at first|previously)\b[^.;]{0,60}\b(?:had )?(?:put|given|gave|placed|estimated|reported)"
    # (also "the government gave provisional figures of 95 dead")
    r"\b[^.;]{0,30}\b(?:(?:death )?toll|provisional figures?)\b(?![^.;]*\b(?:but|before|now)\b)"
    # a guess that the toll will grow: "the death toll could be higher as several villagers were still missing"
    r"|\bdeath toll (?:could|may|might|is likely to|was likely to|is expected to) (?:be higher|rise|climb)\b"
    r"|^\W*(?:the )?(?:initial|first|provisional) (?:estimate|toll|death toll|figures?|count) (?:was|were|had been)\b"
    r"|^\W*(?:Initial|Early|First) reports (?:stated|said|put|suggested)\b"  # "Initial reports stated that at least 30"
    # "said the plaque on the monument incorrectly reads 102 deaths": a figure the speaker says is wrong
    r"|\b(?:incorrectly|wrongly|falsely|erroneously) (?:reads|read|says|said|states|stated|puts|put|gives|gave)\b"
    # a first figure since replaced: "Initially, the state news agency said the attack killed 25"
    # (not "Earlier on Sunday in West Java province, police said they killed four suspected militants": another act)
    r"|^\W*(?:initially|at first|earlier(?! (?:on|that|this|in the) ))\b,?[^.;]{0,60}"
    r"\b(?:said|reported|announced|claimed)\b"
    r"(?![^.;]*\b(?:but|now)\b)"
    # "Malian government spokesman Yaya Sangare earlier said that 21 people had been killed ..., according to a
    # provisional tally": a first toll since replaced
    r"|\b(?:earlier|initially|at first) (?:said|reported|announced|put)\b[^.;]{0,80}\b(?:provisional|preliminary)\b"
    # another source's toll of the act told: "the army spokesman put the number of dead at 13"
    # (not told beside the act's own toll: "which left at least 70 dead ..., even as the Quetta media put the death
    # toll at 93")
    r"|\A(?![^.;]*,\s*(?:even as|while|whereas|although|though|but)\s[^.;]*\b(?:put|estimated|placed|gave|set) the)"
    r"[^.;]*\b(?:put|estimated|placed|gave|set) the "
    r"(?:number of (?:the )?(?:dead|deaths|people killed)|death toll|toll) (?:at|to be)\b"
    r"|^\W*(?:other|another|higher|lower|rival|separate) (?:estimates?|counts?|tallies|tally) (?:said|put|says|gave)\b"
    # the group's own toll of the attack told: "claimed responsibility for the attack and said it had killed 70"
    r"|\bclaimed (?:responsibility for |credit for )?the (?:attack|assault|raid|ambush)\b[^.;]{0,40}"
    r"\b(?:said|saying|claiming) (?:that )?(?:it|they) (?:had )?killed\b"
    r"|^\W*(?:it|the group|the jihadist group|they) (?:had )?(?:claimed|said) (?:that )?(?:it|they) (?:had )?killed\b"
    # the hijackers' boast: "the BLA said it had killed 50 passengers", "asserted that it had executed 50 passengers"
    r"|\b(?:said|claimed|asserted|announced) (?:that )?(?:it|they) (?:had )?(?:killed|executed) (?:[\w,]+ )?"
    r"(?:passengers|hostages|captives)\b",
    re.I,
)
# "peacekeepers discovered a mass grave containing the bodies of 18", "found another grave": a grave found is its own
# act, which takes neither the day nor the doers of the scene told before unless the report ties them to it
GRAVE_FOUND = re.compile(
    r"\b(?:found|discover\w*|uncover\w*|unearth\w*|exhum\w*|dug up)\b[^.;]{0,40}\bgraves?\b"
    r"|\bgraves?\b[^.;]{0,40}\b(?:found|discover\w*|uncover\w*|unearth\w*|exhum\w*)\b",
    re.I,
)
# "a blast was heard ..., suggesting the possibility of suicide bombers, but its cause was unclear": no bombing told
MAYBE_A_BOMB = re.compile(
    r"\b(?:suggesting|raising) the possibility of\b|\bits cause was (?:unclear|not known)\b"
    r"|\bit was not (?:immediately )?clear (?:whether|if)\b",
    re.I,
)
# "A second clash erupted in the Tarkha Oba area": another act, at a place of its own
SECOND_ACT = re.compile(
    r"\b(?:a second|another|a separate) (?:clash|gunfight|firefight|attack|raid|ambush|assault)\b", re.I
)
# "Armed men attacked the village of X late on Sunday": a scene-setting sentence
# the act just told, named again: "flee the bloodshed at the hotel on Tuesday"
THE_ACT = re.compile(
    r"\b(?:the|this) (?:bloodshed|carnage|attack|assault|siege|raid|massacre|rampage|violence|shooting|killings)\b"
    r"|\b(?:seized|stopped|hijacked|ambushed|attacked) the (?:bus|minibus|train|convoy)\b"  # the vehicle of the lede
    # "the militants targeted the police in the wee hours on Friday": the attackers just told, on their day
    r"|\bthe (?:militants|attackers|gunmen|terrorists|assailants) (?:targeted|attacked|struck|stormed)\b"
    # "arrested a 23-year-old man after Monday evening’s attack": the act just told, by its day
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: (?:morning|afternoon|evening|night))?['’]s (?:[\w-]+ ){0,2}"
    r"(?:attack|bombing|blast|assault|massacre|raid|explosion)s?\b",  # "The victims of Tuesday’s raids were farmers"
    re.I,
)
# a sentence that goes on about the act the one before it named: "That assault lasted for several days"
# "killed the village's men while capturing Yazidi women and children": the two deeds joined in one telling
DONE_TOGETHER = re.compile(
    r"\b(?:kill\w*|shot|shooting|slaughter\w*|massacr\w*|execut\w*|murder\w*)\b[^.;]{0,60}\b(?:while|as|before|then)\s+"
    r"(?:\w+\s+){0,2}(?:captur|abduct|kidnap|tak|seiz|rap)\w*"
    # "caught them, carried off the girls and then killed 44 to 50 men"
    r"|\b(?:captur\w*|abduct\w*|kidnapp\w*|carried off|took|seiz\w*)\b[^.;]{0,60}\band (?:then )?"
    r"(?:kill|shot|execut|slaughter|murder)\w*",
    re.I,
)


# "sold into slavery - many facing years of repeated sexual violence": what a campaign did to its captives over years
YEARS_OF = re.compile(r"\b(?:facing|faced|endured|enduring|suffered|suffering) years of\b", re.I)
THAT_ACT = re.compile(
    r"\W*(?:That|This) (?:assault|attack|siege|raid|massacre|bombing|rampage)\b"
    r"|\W*During the (?:military |army )?(?:offensive|operation|raid|assault),"  # "During the military offensive, the"
)
# "They were then lined up ... and executed", "killed the troops shortly afterward": the day told just before
THEN_DONE = re.compile(r"\b(?:were|was|had been) then\b|\b(?:shortly|soon) afterwards?\b", re.I)
THEIR_ACTS = re.compile(r"\b(?:their|its) (?:[\w-]+ ){0,3}(?:attacks|assaults|operations)\b", re.I)  # the group's
# forces striking the attackers' own camp: a battle with them, not the killing the report is about
# "involved in a prior attack on an Indian Air Force convoy, which killed a corporal last year": an earlier act
PRIOR_ACT = re.compile(
    r"\b(?:prior|previous) (?:[\w-]+ ){0,2}(?:attack|assault|raid|ambush|bombing)s?\b[^.;]*\blast (?:year|month)\b",
    re.I,
)
COUNTER_STRIKE = re.compile(
    r"\b(?:camp|base|hideout|hide-out|positions?)s? (?:belonging to|of|used by) (?:the )?"
    r"(?:attackers|assailants|killers|militants|insurgents|jihadists|terrorists|gunmen)\b"
    r"|\b(?:attackers|assailants|killers|militants|insurgents|jihadists|terrorists|gunmen)['’] "
    r"(?:[\w-]+ ){0,2}(?:camp|base|hideout|hide-out)s?\b"
    # "soldiers launched artillery attacks on their hideouts", "the military bombed their location": the group's
    r"|\b(?:soldiers|troops|military|army)\b[^.;]{0,40}\b(?:artillery|mortar|air) (?:attacks?|strikes?|fire) on their "
    r"(?:hideouts?|camps?|positions?|location)\b"
    r"|\b(?:soldiers|troops|military|army) (?:bombed|shelled|struck|pounded) their (?:location|hideouts?|camps?"
    r"|positions?)\b"
    r"|\b(?:the military|the army|troops|soldiers) attacked (?:the )?(?:members|fighters|positions) of\b"
    # "the raid conducted by government troops on the ethnic armed group’s encampment in Paletwa township"
    r"|\b(?:raid|attack|assault|offensive)\b[^.;]{0,40}\b(?:troops|soldiers|army|military)\b[^.;]{0,20}\bon the "
    r"(?:[\w-]+ ){0,2}group['’]s (?:encampment|camp|base|hideout|headquarters)\b",
    re.I,
)
STRUCK_BACK = re.compile(
    r"\b(?:air ?strikes?|airstrikes?|helicopters?|jets|ground (?:assault|offensive)|raid(?:ed)?)\b", re.I
)
TAKEN_TO_FIGHT = re.compile(
    r"\b(?:abduct|kidnapp?)\w*\b[^.;]{0,80}\b(?:trained them|forced them to (?:fight|join)"
    r"|to fight (?:for|alongside|with) (?:them|the group|adults))\b",
    re.I,
)
_OTHER_ATTACKS = (
    r"^\W*(?:Other|More|Further) (?:[\w-]+ )?(?:attacks|bombings|blasts|raids) (?:also )?"
    r"(?:took place|happened|occurred)\b"
)
SCENE = re.compile(
    r"\b(?:attacked|raided|stormed|struck|overran|ambushed|ambushing|surrounded|encircled|swooped|descended on|targeted"
    r"|marched into|opened fire (?:on|at)|came to (?:their|the|our) (?:village|town|camp)"  # "came to their village on"
    r"|came under (?:\w+ )?(?:attacks?|fire)"
    r"|launched (?:an? |the )?(?:[\w-]+ ){0,2}(?:attack|assault|raid|offensive))\b"
    r"|^\W*(?:From|Between|On) [^.;]{0,40}\bcarried out (?:[\w'’-]+ ){0,6}(?:attack|raid|massacre)s?\b"
    r"|\battacks? on (?:the )?(?:villages?|towns?|communities)\b|\bentered the (?:village|town|camp|settlement)\b"
    r"|\b(?:attacks?|raids?) (?:was|were) carried out on\b"  # "On Sunday, attacks were carried out on the villages of"
    r"|\bcontinued (?:their|its|the) (?:attacks|raids|assault)\b"  # "the following day, ... continued their attacks"
    r"|\blaid (?:an )?ambush (?:on|for)\b"  # "Fulani militia on the 8th of September, 2020 laid ambush on three ..."
    # "the militia invaded a remote, peaceful farming community called Chibob", "invaded Unguwan Gankon village"
    r"|\binvaded (?:(?:a|the) (?:[\w-]+,? ){0,4}|[A-Z][\w'’-]+ (?:[A-Z][\w'’-]+ )?)(?:village|community|settlement)\b"
    # "The Khan Shaykhun chemical attack took place on 4 April 2017 on the town of Khan Shaykhun": a lede of its day
    r"|^\W*The (?:[\w-]+ ){0,3}(?:attack|massacre|bombing|shooting) took place on\b"
    # "Both Sunday, May 15 attacks, which the Islamic State has claimed ..., happened in the coastal city of Mukalla"
    r"|^\W*Both (?:[\w,-]+ ){1,5}(?:attacks|bombings|blasts|explosions)\b"
    # "On June 11, a girl ... was stopped for a security check at a market in Maiduguri.": the next act's day
    r"|^\W*On (?:the (?:night|morning|evening|afternoon) of )?(?:\d{1,2} )?"  # "On the night of 20 January,"
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?: \d{1,2})?(?:,? \d{4})?(?: at [\d:.]+)?,"  # "On 15 January 2016 at 19:30,"
    # a heading of a day and the act's name: "18/03/2015 Bardo National Museum attack"
    r"|^\W*\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}\s+[^.;\n]{0,80}\b(?:attack|massacre|bombing|shooting|raid|siege)\b"
    # "In an assault that took place on April 11, 2023, in Myanmar's Pa Zi Gyi village, the military Junta used ..."
    r"|^\W*In an? (?:[\w-]+ )?(?:assault|attack|raid|strike|massacre) that (?:took place|happened|occurred)\b"
    # "A devastating terrorist attack in ... Baisaran valley meadow near Pahalgam on Tuesday has left authorities ..."
    r"|^\W*An? (?:[\w-]+ ){0,3}(?:assault|attack|raid|massacre|shooting) (?:in|at|on|near) (?:the )?(?-i:[A-Z])"
    # "were a series of terrorist attacks in Mumbai ... from November 26, 2008", "In Nice, France, on July 14, a man
    # drove a large freight-delivery truck ... to target clusters of people": the scene and day of the toll told next
    r"|\b(?:a series of|coordinated) (?:[\w-]+ ){0,3}attacks (?:in|on|across)\b"
    r"|\bdrove (?:an? |the )?(?:[\w-]+ ){0,3}(?:truck|lorry|van|car|vehicle)\b[^.;]{0,100}\bto target\b"
    # "Other attacks also took place on Monday.": the next act's day
    + rf"|{_OTHER_ATTACKS}"
    # "The hotel was subjected to an attack by the Taliban in 2011. Then 21 people died"
    + r"|\b(?:was|were) (?:subjected to|the target of) an? (?:[\w-]+ )?(?:attack|assault|raid)\b"
    # "ISIS has staged two attacks in Istanbul so far this year:", then each with its month: their doers and town
    + r"|\b(?:has|have|had) (?:staged|carried out|launched) (?:\w+ ){0,2}(?:attacks|bombings|raids) in\b"
    # "Terror reared its ugly head in Brussels, Belgium, on Tuesday, 22 March.": the day of the blasts told next
    + r"|\b(?:terror|violence|carnage|death) (?:struck|hit|came to|reared its (?:ugly )?head in)\b",
    re.I,
)
# "The next day, a family of five ... targeted a police station", "Other attacks also took place on Monday": another
# day's act
NEXT_DAY = re.compile(
    r"^\W*(?:(?:The|On the) (?:next|following) (?:day|night|morning|evening)|(?:A|One) (?:day|night) later)\b", re.I
)
OTHER_ATTACKS = re.compile(_OTHER_ATTACKS, re.I)
# children counted as bombers are the use of children, a recruitment figure
CHILD_BOMBERS = re.compile(
    r"strapped|as (?:suicide |human )?(?:bombers|bombs)|girl bombers|child bombers|\bhuman bombs?\W? children"
    r"|(?:forced|made|sent) to (?:go on |carry out )?suicide (?:missions|attacks)"
    r"|used [\w\s,]{0,30}(?:children|boys|girls) in (?:\w+ )?(?:suicide )?(?:attacks|bombings)",
    re.I,
)
# a group named as a place's old refuge: "once a significant refuge for Pakistan Taliban militants"
HAVEN = re.compile(
    r"\b(?:refuge|stronghold|safe haven|haven|hideout|bastion|heartland|birthplace|bailiwick|hub)s? (?:for|of) "
    r"(?:the )?(?:[\w-]+ ){0,4}$"
    r"|\b(?:an? |the )?(?:enem(?:y|ies)|rivals?|foes?|opponents?) of (?:the )?$"  # "an enemy of the Taliban"
    # "most of the attacks in Burkina Faso are conducted by both Al Qaeda and ISIS groups": who usually attacks
    r"|\bmost (?:of (?:the )?)?(?:attacks|violence)\b[^.;]{0,40}\b(?:are|is|have been) (?:\w+ )?"
    r"(?:conducted|carried out|claimed|committed|blamed on)(?: by)? (?:both )?(?:[\w-]+(?: [\w-]+)? (?:and|or) )?$",
    re.IGNORECASE,
)


def named_as_haven(text: str, start: int) -> bool:
    """Whether the words before an actor named at ``start`` make it a place's old refuge, a rival or the usual
    doer of such attacks ("once a refuge for Taliban militants", "most of the attacks ... are conducted by"), or
    the words after it its rule over a place ("recaptured last month after a year of al-Qaeda rule")."""
    ruled = _RULE_AFTER.match(text, start) and _SPAN_OF.search(text, max(0, start - 30), start)
    return bool(HAVEN.search(text[max(0, start - 90) : start]) or ruled)


_SPAN_OF = re.compile(r"\b(?:years?|months?|decades?) of\s+$")  # a rule that lasted a span, now over
_RULE_AFTER = re.compile(r"(?:al-)?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4} (?:rule|control|occupation)\b(?! of\b)")


# "which comes a week after the Taliban carried out two suicide attacks": the act told after it is earlier
# "The attack occurred just five days after armed men ... kidnapped 25 students": the act told after it is earlier
CAME_AFTER = re.compile(
    r"\b(?:comes|came|coming|occurred|happened|follows|followed) (?:just |only |barely )?(?:\w+ ){0,2}"
    r"(?:hours?|days?|weeks?|months?) after\b"
    # "It also follows a suicide bombing earlier this week on ...": an earlier act told beside the one reported
    r"|\b(?:also )?follows (?:an?|the) (?:[\w-]+ ){0,3}"
    r"(?:bombing|attack|raid|ambush|blast|shooting|killing|massacre)s?\b"
    # "It was the country's worst terrorist attack since 2005, when JMB ... set off a series of bombs"
    r"|\b(?:worst|deadliest|biggest|bloodiest) (?:[\w-]+ ){0,3}since (?:\d{4}|the \d{4}s), when\b"
    r"|\b(?:worst|deadliest|bloodiest) (?:[\w-]+ ){0,3}(?:in \w+ )?since the (?:[\w-]+ ){0,3}"
    r"(?:bombing|attack|massacre)\b",
    re.I,
)
COMES_AFTER = re.compile(
    r"\b(?:comes|came|coming|occurs|occurred|happened|happens)\s+(?:barely\s+|just\s+|only\s+)?$", re.I
)


# "in retaliation for security raids on mosques in Mombasa": why they struck, told of other deeds and places
MOTIVE = re.compile(
    # (not "acts of reprisals against the civilian population perpetrated on 29 and 30 November": the act itself)
    r"\b(?:in |as (?:a )?)?(?:retaliation|revenge|(?<!acts of )reprisal|vengeance)s? (?:for|against|over) [^.;,\n]*"
    # "Belgium was targeted for its involvement in the coalition fighting against ISIS in Syria": why, not an act
    r"|\bfor (?:its|their|his|her) (?:involvement|role|part|participation) in [^.;,\n]*"
    r"|\b(?:revenge|avenge) (?:the|their|his|its) [^.;,\n]*"  # "wanted to 'revenge the execution of two terrorists'"
    r"|\bdrew a (?:[\w-]+ )?response in the form of [^.;\n]*"  # "drew a response in the form of ... missile strikes"
    r"|\bin response to (?:the )?calls? (?:to|for) [^.;,\n]*"  # "in response to calls to target states ... in Syria"
    # "Unlike the Ngarbuh massacre in Donga Mantung 2020 where ..., the perpetrators of the Kumba school shooting":
    # the act it is set against, its place and doers
    r"|\b(?-i:Unlike) (?:the |in )[^.;\n]{0,200}?,(?= (?:the|this|that|its|these|those|it|they|we|police)\b)"
    r"|\b(?:dr[ae]w|draws|drawing) (?:a )?parallels? (?:to|with) [^.;,\n]*"  # "drew parallels to the Ngarbuh massacre"
    # "One day after ISIS claimed responsibility for a major attack on a mall in Baghdad, a suspected member ...": the
    # event the act is dated from, with its own place
    r"|^\W*(?:One|Two|Three|A|\d+) (?:days?|weeks?) after [^,;.\n]{0,120},"
    # "Police had also established similarities with the ... suicide bomb and gun attack at Istanbul's Ataturk Airport"
    r"|\bsimilarit(?:y|ies) (?:with|to|between) [^.;\n]*"
    # "which would nearly match the number killed in the Brussels attacks this April": the act it is set against
    r"|\b(?:nearly|almost|roughly) (?:match|matches|matching|equal|equals|equalling) the (?:number|toll|death toll)\b"
    r"[^.;\n]*"
    # "the deadliest terror attack in Kashmir since the 2019 Pulwama bombing": the act it is measured against
    r"|(?<=\b(?:deadliest|bloodiest) )[^.;\n]{0,60}?\bsince (?:the |a |an )?(?:(?:19|20)\d\d )?(?:[\w'’-]+ ){0,3}?"
    r"(?:bombings?|attacks?|massacres?|blasts?|shootings?|raids?|ambush(?:es)?)\b(?! (?:of|on|in|at)\b)"
    r"(?!,? (?:when|which|that|in which|where)\b)",  # (not "since the 2000 Christmas Eve bombings, when ...")
    re.IGNORECASE,
)


_KILLED_BY_BEATING = re.compile(r"\bkill(?:ed|ing|s)?\b[^.;]{0,100}\bby (?:beating|clubbing|stoning|whipping)\b", re.I)


def types_beside_motives(text: str, named: list[str]) -> list[str]:
    """The types of ``named`` a sentence tells outside why the doers struck: "wanted to 'revenge the execution of two
    terrorists' by carrying out the attack" tells no execution."""
    if "abuse" in named and _KILLED_BY_BEATING.search(text):  # "kill hundreds of people ... by beating them"
        named = [kind for kind in named if kind != "abuse"] + ([] if "killing" in named else ["killing"])
    if not named or not MOTIVE.search(text):
        return named
    rest = MOTIVE.sub(lambda m: " " * len(m.group(0)), text)
    return [kind for kind in named if kind not in lx.TRIGGERS or lx.TRIGGERS[kind].search(rest)]
