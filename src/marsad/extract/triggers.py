"""Trigger words for each event type: the words that say which act a sentence reports.

Plain data that coders can read and extend; ``docs/codebook.md`` says what each type covers.
"""

from __future__ import annotations

import re

from marsad.extract.execution_triggers import EXECUTION_WORDS
from marsad.extract.taking_triggers import ABDUCTION_WORDS, RECRUITMENT_WORDS


def any_of(*patterns: str) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``patterns`` at the start of a word (written
    ``(?<!\\w)`` rather than ``\\b``: the same matches, since every pattern starts with a word
    character, found about a third faster)."""
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")", re.IGNORECASE)


# Event types in the order they are tried; a sentence may carry several.
TRIGGERS: dict[str, re.Pattern[str]] = {
    "attack_on_school_or_hospital": any_of(
        r"(?:attack\w*|stormed|raid(?:ed|s)?|assault\w*|burst into|burn\w*\b(?! units?\b)|set fire to|torched|bomb\w*|hit|struck|shell\w*|looted|ransacked|plundered"
        r"|pillaged)\b(?:(?!treat|receiving|transport|taken to|rushed to|evacuated to|died|dies|succumbed)[^.;]){0,80}?"
        # (a school bus is no school; hospitals that "had received" or treat the dead and hurt were not attacked, nor
        # the hospital a rocket landed "near")
        r"\b(?<!near a )(?<!near the )(?<!close to a )(?<!close to the )(?<!at a makeshift )(?<!at a field )"
        r"(?:school(?!\s+bus)|(?<!to )(?<!to a )(?<!to the )(?<!to local )hospital(?! sources?| officials?| director"
        r"|s?(?: there)? (?:had |have )?(?:tended|treated|were treating|received|admitted))|clinic|health cent(?:re|er)"
        r"|health (?:facilit(?:y|ies)|posts?)|medical facilit(?:y|ies)|classrooms?|dormitor\w+|dispensary|maternity"
        r"|polio (?:\w+ )?cent(?:re|er)"  # "killed 15 people outside a polio eradication centre"
        r"|university|college|tuition cent(?:re|er)|education(?:al)? cent(?:re|er)|madrasa|seminary"
        r"|technical institute|polytechnic|(?<!military )(?<!police )(?<!naval )(?<!cadet )(?<!defence )(?<!training )academy)",
        r"(?:school(?!\s+bus)|hospital|clinic|health cent(?:re|er))s?\b[^.;]{0,40}?\b(?:was|were)\s+(?:hit|attacked|bombed|burn\w*|destroyed"
        r"|overrun|stormed|raided)",  # "when a Peshawar, Pakistan, school was overrun by Taliban militants"
        r"air ?strikes? (?:hit|struck) a (?:hospital|school(?!\s+bus)|clinic)",
        # "attacked and killed pupils and staff attending classes at ...": pupils struck in class
        r"\b(?:attack\w*|kill\w*|shot|opened fire on)\b[^.;]{0,40}\b(?:pupils|students|schoolchildren|learners)\b"
        r"[^.;]{0,20}\b(?:attending|in) (?:classes|class|lessons)\b",
        # "Imam al Kadhim School in El Geneina City, West Darfur State, which came under attack on April 27, 2023"
        r"(?:school|hospital|clinic|trauma cent(?:re|er))\b[^.;]{0,80}?\b(?:came|was|were) under (?:[\w-]+ ){0,4}(?:attack|fire"
        r"|air ?strikes|shelling|bombardment)\b",
        # "the death toll of the Garissa University attack": the attack named by its school
        r"(?-i:[A-Z])[\w-]+ (?:University|College|School)(?:'s)? (?:attack|massacre|siege|shooting|bombing)\b",
        r"\b(?:hospital|school) (?:attack|bombing|blast|massacre)\b",  # "ISIS claims ... Pakistan hospital attack"
        # "an explosion tore through a gym at Mindanao State University": a bombing at a university
        r"(?:explosion|blast|bomb)\w*\b[^.;]{0,100}?\b(?:at|in|inside) (?:a |an |the )?(?:(?!near\b|outside\b|opposite\b)"
        r"[\w'’-]+ ){0,4}(?:school|university|college|campus|hospital|clinic)\b",  # "suicide blast at Quetta's hospital"
        r"(?:school|dormitor\w+|classrooms?|hospital|clinic)\b[^.;]{0,100}?\b(?:set on fire|set ablaze)\b",
        # "gunmen entered Bacha Khan University and opened fire", "opened fire at the university campus"
        r"(?:gunmen|attackers|militants|terrorists?|assailants)\b[^.;]{0,40}?\b(?:entered|stormed|burst into)\b"
        r"[^.;]{0,40}?\b(?:school|university|college|campus)\b",
        r"opened (?:the )?fire (?:at|in|inside|on) (?:an? |the )?(?:[\w-]+ ){0,4}(?:school|university|college|campus)\b",
        r"(?:destroyed|damaged|targeted)\b[^.;]{0,40}?\b(?:school|hospital|clinic|health cent(?:re|er)"
        r"|(?:emergency|casualty) (?:and casualty )?(?:departments?|wards?))",  # "destroyed the emergency ... departments"
        r"schools?\b[^.;]{0,40}\b(?:closed|shut)\b[^.;]{0,60}\b(?:attacks?|threats?|insecurity|violence)",
        # (not "schools and the Colombo stock exchange were closed": a city shut down for mourning or as a precaution)
        r"schools?\b(?![^.;]{0,40}\b(?:stock exchange|offices|banks|businesses|public instit\w+)\b)[^.;]{0,40}\b"
        r"(?:forced to )?(?:close|closed|shut)\b(?![^.;]{0,40}\b(?:as a precaution|precautionary)\b)"
        r"(?![^.;]{0,100}\bmourning\b)",  # (not "closed on Friday after ... declared a national day of mourning")
        r"schools?\s+(?:\w+\s+)?(?:destroyed|damaged|burned|looted)\b",
        r"(?:school|hospital|clinic|health cent(?:re|er)|medical cent(?:re|er)|health post)s?\b(?: \w+){0,3} "
        r"(?:looted|ransacked|plundered|pillaged|burned|burnt|shelled|bombed)\b",
        r"attack\w*\b[^.;]{0,40}\bhealth (?:facilities|centres|centers|posts)",
        r"(?:killed|shot|shooting|stormed|attacked|gunmen)\b[^.;]{0,80}\b(?:maternity (?:ward|clinic|unit|hospital)"
        r"|(?:ward|wing) of (?:a|the) hospital)",
        # (not "36 people were killed instantly and two more died in hospital": where the wounded were treated)
        r"(?:shot|killed|killings? of|murdered|gunned down|stabbed|beheaded|beat|beaten|robbed|assaulted)\b"
        r"(?:(?!\b(?:died|dies|succumbed|treated|taken|rushed|admitted)\b)[^.;]){0,60}"
        r"\b(?:at|in|inside) (?:a |an |the |their |his |her )?(?:[\w-]+ ){0,3}(?:school|classroom|hospital|clinic"
        r"|health (?:post|centre|center)|college|university|campus|dormitor(?:y|ies))\b",  # "at an agriculture college"
        # health staff at work: "shot dead a policeman guarding health workers", "attacked a polio vaccination team"
        r"(?:kill\w*|shot|shoot\w*|gunned down|murdered|opened fire on|fired on|attack\w*|ambush\w*)\b[^.;]{0,60}?"
        r"(?<!according to )(?<!according to the )\b(?:polio (?:workers?|teams?|volunteers?|vaccinators?|drive|campaign)"
        r"|vaccinat(?:ion|ors?) (?:workers?|teams?|volunteers?)|vaccinators?|health workers?|health staff)\b(?! said| say| told)",
        r"\b(?:polio|vaccination|immuni[sz]ation|health) (?:workers?|teams?|volunteers?|staff)\b[^.;]{0,60}?"
        r"\b(?:(?:have|has|had) been|were|was) (?:shot dead|killed|gunned down|murdered|shot)\b",
    ),
    "execution": any_of(*EXECUTION_WORDS),
    "bombing": any_of(
        # "a gas cylinder containing a chlorine payload delivered by helicopter struck a ... building"
        r"\b(?:dropped|delivered) by (?:a |an )?(?:helicopter|aircraft|plane|warplane|jet|drone)s?\b[^.;]{0,40}\bstruck\b",
        r"suicide bomb\w*",
        r"\bretaliatory strikes\b",  # "killed during retaliatory strikes by Israel"
        # "Another Russian strike killed a woman" (the trigger after the state named: its doer)
        r"(?:(?<=Russian )|(?<=Russia['’]s ))(?:missile |drone |air )?strikes?\b",
        r"fire-?bomb(?:ed|ing|s)?\b",  # "In 2011 the newspaper's office was firebombed"
        # "a charter jet exploded above the northern Sinai Peninsula" (not "a gas tanker exploded")
        r"(?:plane|jet|airliner|aircraft|airbus|bus|car|vehicle|motorbike|motorcycle)s? (?:[\w-]+ ){0,2}exploded\b",
        r"(?:blew|blowing|blows|blown|detonated|detonating) (?:himself|herself|themselves) up",  # a suicide bomber
        r"blew up (?:himself|herself|themselves)\b",  # "terrorists ... blew up themselves in two bombs"
        r"\bbombers?\b[^.;]{0,30}\bkill(?:ed|ing) (?:herself|himself|themselves)\b",  # "bombers ... killed themselves"
        r"suicide (?:attack|attacker|assault)s?\b(?=[^.;]{0,160}\b(?:kill\w*|dead|died|wound\w*|injur\w*))",
        r"(?<=killed in an )(?:[\w-]+ ){0,3}suicide (?:attack|assault)\b",  # "killed in an Islamic State suicide attack"
        r"\b\d[\d,]* suicide (?:attacks|bombings)\b",  # "27 suicide attacks have occurred so far this year"
        r"\b(?:bombs?|explosives?) (?:carried|worn|strapped on) by\b",  # "Explosives carried by two teenage girls"
        r"(?:killed|died) (?:in|by) (?:an?|the|(?-i:[A-Z])[a-z]+day['’]s) (?:[\w-]+ ){0,2}(?:air ?raid|air ?strike|drone strike"
        r"|shelling)",  # "killed in Thursday's air strike on a bus"
        r"(?:car|truck) bomb\w*",
        r"truck packed with explosives",
        r"explosives? (?:went off|exploded|detonated)",
        r"\bset off (?:a |an |two |three |several |a series of |a string of )?(?:[\w-]+ )?(?:bombs?|explosives?|explosive devices)\b",
        r"detonat\w+",
        r"\bied\b",
        r"bomb(?:ing|ings|ed)\b",
        r"bomb attacks?\b",
        # "the bomb from the Russian aircraft hit the city theater", "the bombs fell on the place"
        r"\bbombs? (?:from|dropped by|dropped from) (?:[\w-]+ ){1,4}(?:hit|struck|fell|destroyed)\b",
        r"bombers? (?:attacked|struck|targeted|hit)\b",
        # "The bomber, who was born in Leeds to Somali parents, killed 19 people"
        r"\bbombers?,? (?:(?:who|which) [^.;]{0,80}?, )?(?:killed|kills)\b(?! (?:himself|herself|themselves))",
        r"(?:string|series|wave|spate) of suicide (?:attacks|bombings|blasts)",
        r"blasts?\b(?! (?:wounds|injuries))|girl bombers?",
        r"(?:improvised )?explosive device|landmines?",
        r"mortar (?:shells?|rounds?|fire|attacks?|strikes?)|fir(?:ed|ing) (?:\w+ ){0,2}mortars\b",  # "firing homemade mortars"
        # "killed ... in a rocket attack on a U.N. base", "suffered more than 30 rockets and shells", "hit by stray rockets"
        r"rocket (?:attacks?|strikes?|fire|barrages?)\b|\brockets? and (?:shells|mortars)\b|hit by (?:stray |\w+ )?rockets\b",
        r"rockets? (?:hit|struck|fired)|missiles? (?:strikes?|attacks?|hit|struck|landed|fired (?:at|on|into)|slammed into"
        r"|smashed into)\b"
        r"|rockets? (?:fired )?from (?:[\w-]+ ){1,3}(?:hit|struck|slammed into|rained on|landed)\b"  # "rockets from Syria hit"
        r"|(?:by|in) (?:an? |the )?(?:(?!and\b)[\w-]+ ){0,2}missiles?\b(?! (?:defen|intercept))",  # "killed by a Houthi missile"
        r"grenades? (?:attacks?\b|exploded|went off|(?:was|were) (?:thrown|hurled))",  # (not "grenades attacked")
        r"(?:threw|hurled|lobbed|tossed) (?:a |two |several )?(?:hand )?grenades?",
        r"explosion|explosive attacks?\b|attacks? with explosives\b",  # "the attack with explosives against a patrol"
        r"went off|booby[- ]trap\w*",
        # (not "militants were wearing suicide vests as they sat among the passengers held hostage": a threat)
        r"strapped with explosives|(?<!wearing )(?<!wore )(?<!bombers in )explosive (?:vests?|belts?)",
        r"(?<!wearing )(?<!wore )(?<!bombers in )suicide (?:vests?|belts?)",
        r"(?:loaded|packed|laden) with explosives",
        r"vehicle-borne",
        r"explosives?-laden",
        r"\bbombs?\b[^.;]{0,50}\b(?:exploded|went off|detonated)",
        # "Bombs packed with nails terrorized Brussels", "a nail bomb"
        r"\bbombs? (?:packed|filled|laden|loaded) with\b|\bnail bombs?\b",
        r"\bbombs?\b(?: [\w-]+){0,4}? (?:terrorized|ripped|tore|rocked|killed|struck)\b",
        r"hit by (?:a |an )?(?:shell|mortar|rocket|missile|grenade)",
        r"\bshells?\b(?: [\w-]+){0,6}? (?:hit|struck|landed|fell|slammed)\b",  # "Shells fired by the RSF struck a market"
        r"explosives?\b[^.;]{0,40}\b(?:went off|exploded|detonated)",
        r"barrel bombs?",
        r"(?:air|drone) ?strikes?\b[^.;]{0,80}?\b(?:hit|struck|kill(?:ed|ing)|pounded|destroyed)\b",
        r"\b(?:air|drone) ?strikes? (?:on|against|targeting) (?:the )?(?:civilians?|villages?|communit)",
        # "The Burmese military on Sunday launched airstrikes on a music festival ..., killing at least 50 civilians"
        r"\b(?:launched|carried out|conducted) (?:an? )?(?:air|drone) ?strikes? (?:on|against|targeting) (?:an? |the )?"
        r"(?:[\w-]+ ){0,2}(?:festival|concert|wedding|funeral|gathering|market|school|hospital|village|town|camp for)\b",
        r"\b(?:was|were|been|being) (?:hit|struck) by (?:an? )?(?:air ?strikes?|drone strikes?|air raids?)",  # "hit by"
        r"\b(?:errant|stray|coalition|missile) strikes\b[^.;]{0,40}?\bkill(?:ed|ing|s)\b",  # "Errant strikes have killed"
        # "when a Nigerian Army drone struck the gathering", "the jet returned"
        r"\b(?:drones?|jets?|warplanes?|fighter planes?) (?:\w+ )?(?:struck|hit|bombed|attacked|fired on|targeted)\b"
        r"(?! (?:\w+ )?(?:camps?|positions?|bases?|hideouts?|targets?|vehicles?|convoys?)\b)",  # not "struck militant camps"
        r"air-to-ground (?:raid|strike)",
        r"shell(?:ed|ing)\b",
        r"bombard(?:ed|ing)\b",  # the verb: "bombardment has killed 500" counts killings
        r"(?:fired|launched|lobbed) (?:about |some |at least |more than )?(?:[\w-]+ ){0,3}(?:missiles|rockets|shells|mortars)\b",
        # "who had fired a missile at the kingdom's south ..., killing one person": a missile that kills
        r"(?:fired|launched) (?:a |an )?(?:[\w-]+ ){0,2}(?:missile|rocket)\b(?=[^.;]{0,100}\bkill(?:ed|ing)\b)",
        r"missiles?\b(?: launchers?)?[^.;]{0,80}?\bkill(?:ed|ing|s)\b",
        r"suicide (?:attackers?|bombers?|cars?|trucks?)",
        # "an SUV stuffed with explosives", "laden with 350 kilograms of explosives"
        r"(?:full of|loaded with|packed with|laden with|carrying|stuffed with) (?:[\d,]+ ?(?:kg|kilograms|pounds) of )?"
        r"explosives",
        r"roadside bombs?",
        r"\b(?:bombs?|blasts?|explosions?) (?:struck|hit|exploded|went off|ripped|rips|tore|tears)\b",
        # a bomb dropped from the air: "an alleged bomb drop by a jet", "a bomb allegedly dropped by"
        r"\bbombs?,? (?:drops?\b|(?:\w+ )?dropped by\b)",
        r"\b(?:dropped|dropping|drops|released|unleash(?:ed|ing)) (?:a |the |two |several |\w+ )?bombs?\b",
    ),
    "abduction": any_of(*ABDUCTION_WORDS),
    "child_recruitment": any_of(*RECRUITMENT_WORDS),
    "sexual_violence": any_of(
        r"rap(?:e|ed|es|ing)\b",
        r"sexual (?:violence|slavery|abuse)",
        r"sexually (?:abused|assaulted|exploited|enslaved)",
        r"slave market",
        r"sold to fighters",
        r"forced (?:into )?marriage",
        r"sex slaves?",
        r"sexual(?:ly)? (?:assault\w*|abus\w*)",
        r"forced (?:some|many|them|girls|women)[\w\s]{0,20}into marriage",
        r"as (?:sex )?slaves",
        r"(?<![’']s )enslav\w*",  # (not "French Cameroun's enslavement" of a people)
        r"forcibly married",
        r"forced to marry",
        r"married off\b",
        r"sexual exploitation",
        r"\bsold\b[^.;]{0,40}\b(?:girls|women)\b",
        r"(?:being|been|were|was) (?:bought and )?sold\b(?! (?:out|off)\b)(?! in (?:shops|stores)\b)",  # (not goods)
        r"(?:women|girls)\b[^.;]{0,60}\b(?:being|been|were|was) (?:traded|auctioned)\b",
    ),
    "abuse": any_of(
        r"flogg\w*",
        r"lash(?:es|ed|ing)\b",
        r"whipp\w*",
        r"can(?:ed|ing)\b",
        r"(?<!signs of )tortur\w*",  # (not "bodies ... with signs of torture": the marks of their killing)
        r"beat(?:en|ings)\b",
        r"(?<!fatal )beating (?-i:(?![A-Z]))",
        # "Soldiers beat four youths" (not "beat back the attack", "beat the odds")
        r"beat (?:up )?(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|him|her|them)\b)",
        r"amputat\w*",
        # not the dead: "about 93 bodies, some mutilated, were buried", "mutilated bodies were concealed in bags"
        r"(?<!bodies, some )(?<!bodies were )(?<!corpses, some )mutilat\w*\b(?! (?:bodies|corpses|remains|body|corpse)\b)",
        r"(?:cut|chopped|hacked) off (?:the |their |his |her |a )?(?:right |left )?(?:hands?|feet|foot|fingers?|ears?|noses?)",
        # "had their right hands cut off", "sent away with their lips and ears cut off"
        r"(?:hands?|feet|foot|limbs|lips|ears|noses) (?:\w+ ){0,2}(?:cut|chopped|hacked) off",
        r"(?:to )?lose (?:his|her|their) (?:right |left )?(?:hands?|foot|feet)",
        r"electric shocks?",
        r"mock executions?",
        r"(?:burned|burnt|scalded|branded) (?:them|him|her|detainees|prisoners) with",
        r"ill-treat\w*",
        r"hanging them by their wrists",
        r"suspended by their (?:wrists|arms)",
        r"\bbeat (?:a|an|the|two|three|\d+|him|her|them|villagers|residents|civilians|detainees|prisoners)\b",
        r"\bbeat and (?:detained|robbed|tortured|abducted|kidnapped|arrested|whipped)\b",
    ),
    "denial_of_humanitarian_access": any_of(
        r"turned back (?:a |the |an )?(?:\w+ )?convoys?|convoys? [\w\s,]{0,60}turned back",
        # "a joint team of OCHA and UNHCR attempted to carry out a humanitarian needs assessment ..., but soldiers blocked them"
        r"(?:(?<=humanitarian needs )|(?<=humanitarian ))(?:assessment|mission|team|convoy)[^.;]{0,80}\b(?:blocked|stopped"
        r"|turned back|prevented)\b",
        r"deni(?:al|ed) of humanitarian access",  # a monitor's violation: "7,906 incidents of denial of humanitarian access"
        # "controlling the access routes to the city, preventing the entry and exit of people and goods"
        r"prevent(?:ed|ing|s)? the (?:entry and exit|movement|passage) of (?:people|goods|food|supplies|aid)",
        r"(?:imposed |impose )?a ban on (?:humanitarian )?(?:aid|assistance)",  # "imposed a ban on humanitarian assistance"
        r"cut off from (?:access to )?(?:\w+ )?aid",  # "left 3 million people cut off from access to aid"
        r"(?:aid|humanitarian|relief) (?:workers|agencies|staff) (?:were |have been |are )?(?:barred|blocked|prevented|banned)"
        r" from",
        # (not "has blocked access to the area, meaning the Guardian cannot independently corroborate": the press's)
        r"block\w* (?:all |the |main |major |key )*(?:roads?|aid|access(?! to the (?:area|region)\b[^.;]{0,40}\bmeaning\b)"
        r"|convoys?|supplies|supply routes?"
        r"|(?:an? )?(?:UN |joint )?(?:humanitarian|aid) (?:team|mission|convoy|workers))",
        r"(?:announced|imposed|declared) an? (?:\w+ )?embargo",  # "JNIM announced an embargo on the region"
        r"(?:forbidden|prohibited|banned) (?:the entry of )?trucks",  # "has forbidden trucks carrying goods from entering"
        r"(?:has|have) been (?:blocked|blockaded) by",
        r"cutting off (?:food |aid |medical )?supplies",
        # "An estimated 300,000 residents are trapped inside the city": a siege's people (not those under rubble)
        r"(?:residents|people|civilians) (?:are|were|remain|remained) trapped (?:inside|in) (?:the )?(?:besieged )?"
        r"(?:city|town)",
        r"prevent\w* [\w\s]{0,20}convoys?",
        r"denied (?:humanitarian )?access",
        r"aid (?:convoys? )?(?:was|were) (?:blocked|turned back)",
        r"(?<!on a )(?<!on the )besieg\w* (?:the )?(?:town|city|area|enclave|district|neighbourhoods?|villages?|people|residents|population|civilians|(?-i:[A-Z]))",
        r"under siege",
        r"siege (?:of|on) (?:the )?(?:town|city|district|enclave|(?-i:[A-Z]))"
        r"(?![\w'-]*(?: [\w'-]+){0,2} (?i:hotel|mall|restaurant|building|compound|school|university|church|mosque|train"
        r"|bus|plane))",  # (not "laid siege on Jaffar Express train": a hostage siege)
        r"(?:months|years|weeks)-long siege",
        r"(?<!their )blockade",  # (not protesters who "would not end their blockade until ...")
        r"their blockade (?:of|on) (?:the )?(?:towns?|city|villages?|area|region|camps?|(?-i:[A-Z]))",
        r"blockading (?:the )?(?:town|city|area|villages?|(?-i:[A-Z]))",  # "has been blockading the village"
        r"cut off (?:food|aid|supplies)",
        r"stopped (?:trucks|lorries|convoys?|vehicles) carrying (?:food )?aid",
        r"suspend(?:ed|s|ing)? (?:aid |food |all )?deliveries",
        r"(?:convoys?|trucks|lorries|aid|supplies) (?:have been |has been |were |are |was )?(?:unable|prevented|barred|not allowed) (?:to|from) (?:reach|enter|get)",
        r"cut(?:ting|s)? (?:\w+ ){0,3}off from (?:supplies|aid|food|the rest)",
        r"prevent(?:s|ed|ing)? (?:\w+ ){0,2}(?:aid|supplies|convoys?|food|help) from (?:reaching|entering|getting)",
        r"stop(?:ped|ping|s)? (?:\w+ ){0,2}(?:trucks|lorries|convoys?) (?:on|from|at|carrying)",
        r"(?:not|n't|refus\w+ to) let (?:\w+ ){0,4}(?:supplies|aid|food|convoys?|trucks)",
        r"kept (?:\w+ ){0,3}(?:aid|supplies|convoys?|trucks) out\b",
        r"bar(?:red|ring|s)? (?:\w+ ){0,3}(?:aid agencies|aid workers|humanitarian|relief)",
        r"(?:attack\w*|ambush\w*|loot\w*|hijack\w*) (?:an? |the )?(?:aid|humanitarian|relief|food) (?:convoy|trucks?|warehouse)",
        r"starv(?:ation|ing) (?:as a weapon|the population)",
        r"(?:surrounded|encircled|cut off) (?:the )?(?:town|city|area|district|enclave)\b[^.;]{0,40}\bfor (?:\w+ )?(?:weeks|months|years)",
    ),
    "armed_clash": any_of(
        # (not "ethnic clashes", "inter-communal clashes": communities turned on each other, a killing's words)
        # (nor "labourers ... trying to flee clashes": the fighting they fled, not the act told)
        r"(?<!communal )(?<!ethnic )(?<!tribal )(?<!sectarian )(?<!flee )(?<!fleeing )(?<!fled )(?<!escape )"
        r"clash(?:es|ed|ing)\b"
        r"(?! (?:views|interests|opinions|visions|claims)\b)",
        r"encountered (?:stiff |fierce |heavy )?resistance\b",  # "when they encountered resistance from the Kurdish forces"
        r"\bclash (?:erupted|broke out|ensued)\b",  # "A second clash erupted in the Tarkha Oba area"
        r"\bclash (?:in (?:the|a) [\w-]+ )?between\b",  # "a day after a clash in the area between the military and"
        # "A police outpost in Myanmar’s Rakhine state was attacked by Arakan Army (AA) rebel"
        r"\b(?:police|army|military|border guard|security) (?:outpost|post|station|base|camp|checkpoint)s?\b[^.;]{0,60}"
        r"\b(?:was|were) (?:attacked|raided|overrun|stormed)\b",
        # "the foiled attempt ... by another group to surround a detachment of the Army’s 57th Infantry Battalion"
        r"\battempt\b[^;]{0,60}?\bto (?:surround|overrun|attack|raid|storm) (?:an? |the )?(?:[\w-]+ ){0,2}"
        r"(?:detachment|outpost|camp|post|base|checkpoint)\b",
        # "18 government troops and five militants ... died in a bloody clash on Saturday"
        r"\b(?:died|killed|dead|perished) in (?:an? |the )?(?:[\w-]+ ){0,2}(?:clash|encounter|firefight|gun ?battle)\b",
        r"heavy fighting",
        r"fierce fighting",
        r"(?<!due to )(?<!because of )(?<!fleeing )(?<!fled )fighting (?:between|with|against)",  # not the cause of flight
        r"\bfought\b",
        r"overran an? (?:army|military) (?:base|post|position)",
        r"(?<!in the )(?<!during the )(?<!of the )battles? (?:for|with|between)(?! (?:alcohol|cancer|illness|addiction|depression|disease)\b)",  # not "... in the battle for Mosul"
        r"attacked [\w\s]{0,30}positions",
        r"exchanged (?:heavy )?(?:gun)?fire",
        r"gun ?battles?",
        r"gun duels?",  # "engaged troops of the Nigerian Army's 25 task force brigade in a fierce gun duel"
        # "security forces responded by eliminating 59 militants": forces' operations against a group
        r"eliminat(?:ed|ing|es) (?:at least |some |about |over |more than )?(?:\d[\d,]*|[a-z]+) (?:[\w-]+ )?(?:militants"
        r"|terrorists|insurgents|jihadists|rebels|bandits)\b",
        # "had ambushed security forces protecting farmers", "survived an ambush by Boko Haram"
        r"ambush(?:ed)? (?:the |a )?(?:\w+ ){0,2}(?:security forces|security personnel|soldiers|troops|police|vigilantes|patrols?)\b",
        r"survived an ambush\b",
        r"firefights?",
        r"gunfights?",
        r"shoot-?outs?",
        r"repel(?:led|s)? (?:an? |the )?(?:\w+ )?(?:attack|assault|offensive)",
        r"exchange of fire",
        r"in the (?:ensuing )?fighting\b",
        r"attack\w* (?:on|against) (?:\w+ ){0,2}(?:troops|soldiers|army|peshmerga|security forces)\b",
        r"(?<!the )(?:attack|raid)(?:ed|ing|s)? (?:an? |the )?(?:[A-Z]\w+ ){0,2}(?:paramilitary )?(?:army|military|police"
        r"|gendarmerie|security|border guard) (?:base|barracks|outpost|post|positions?|camp|checkpoint|station|headquarters)",
        r"attack(?:ed|ing|s)? (?:an? |the )?gendarmerie\b(?! (?:base|barracks|outpost|post|positions?|camp|checkpoint))",
        # "staged deadly raids on police posts", "attacked at least 30 police outposts", "attacked around 30 security
        # force outposts", "attacks on border police posts"
        r"\b(?:raids?|attacks?|assaults?|attacked|raided) (?:on )?(?:at least |around |about |some |more than )?(?:\d+ )?"
        r"(?:[\w-]+ ){0,2}(?:police|army|military|security(?: force)?|border) (?:posts|outposts|stations|bases|camps"
        r"|checkpoints)\b",
        r"ambush\w* (?:on )?(?:an? |the )?(?:(?:army|military|police|security|troop) (?:convoy|patrol|unit|position"
        r"|vehicles?)|(?:[\w-]+ )?(?:outpost|checkpoint))\b",  # "a group of heavily armed men ambushed an outpost"
        r"(?:stormed|raided|overran) (?:an? |the )?(?:\w+ )?(?:military|army|police|security) (?:compound|base|camp|post|headquarters)\b",
        r"(?:assault|attack)\w* (?:the day before |the previous day )?(?:on|against) (?:an? |the )?(?:army |military |police )"
        r"(?:base|barracks|outpost|post|positions?|camp)",  # "the group's attack the day before on a military base"
        # "staged the most brutal attack yet, on a Kenya Defence Forces base", "dawn raid on El Adde KDF base"
        r"(?:assault|attack|raid)s?(?:,? yet,)? (?:on|against) (?:an? |the )?(?:(?-i:[A-Z])[\w-]* ){1,4}(?:army |military )?(?:base|barracks|garrison)\b",
        r"skirmish\w*",
        # "the RSF captured the army base" (not "after capturing a Sudanese military base", told before the act)
        r"(?<!after )(?:captur|seiz)(?:ed|ing) (?:an? |the )?(?:[A-Z]\w+ ){0,2}(?:military|army) (?:base|barracks|garrison)\b",
        # "about 50 armed terrorists on motorcycles attacked a military patrol", "eliminated at least 22 terrorists"
        r"\battacked an? (?:[A-Z]\w+ )?(?:military|army) (?:patrol|convoy)\b",
        r"\b(?:driven off|repelled|repulsed|fought off) by (?:the )?(?:police|troops|soldiers|the army)\b",
        # "a post of the Niger Armed Forces (FAN) ... was subjected to a violent assault in Niaktiré"
        r"\b(?:post|base|camp|position|patrol) of the [^.;]{0,80}\b(?:was|were) subjected to an? (?:[\w-]+ )?(?:assault|attack)",
        r"\bthe (?:first|second|third) (?:military )?operation took place\b",  # "The second operation took place on"
        r"(?:neutrali[sz]ed|eliminated) (?:at least |about |some |over |more than |a group of )?(?:[\w-]+ )?(?:terrorists|militants"
        r"|jihadists|insurgents|assailants)\b",
        r"\bbattle (?:left|killed|claimed)\b",  # "The week-long battle left at least 374 dead"
        # "IS fighters broke into al-Sina’a prison", "the IS attack on Ghwayran prison": a battle with its guards
        r"(?:attack\w*|assault\w*|stormed|storming|broke into|raid\w*) (?:on |into )?(?:an? |the )?(?:[\w'’-]+ ){0,4}"
        r"(?:prison|jail|detention (?:centre|center|facility))\b",
        # (not "a new offensive against a string of villages": a raid on civilians)
        r"offensive (?:against|on) (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
        r"(?!(?:an? |the )?(?:string of |series of |several |dozens of )?(?:villages?|towns?|communities|civilians)\b)",
        r"(?<!after )(?<!following )(?:hours|days|weeks|months) of (?:fighting|battles?|clashes)",
        r"declared victory (?:over|against)",
        r"sparking (?:a )?(?:gun ?battle|fighting|clashes)",
        # (not "battling for their lives", nor "battling with a fracture on his thigh")
        r"battl(?:ed|ing) (?:for(?! (?:their|his|her|its) li(?:fe|ves)\b)|over|with(?! (?:an? |his |her |their )?"
        r"(?:[\w-]+ )?(?:fractures?|injur(?:y|ies)|wounds?|illness|cancer|disease|infection|trauma)\b)|against)",
    ),
    "killing": any_of(
        # "The bishop and church staff were among the dead." (not "Fourteen soldiers ... were among the dead": a share)
        r"^\W*[Tt]he (?:[\w-]+ ){1,6}(?:were|was) among the dead\b",
        r"burn(?:ed|t|ing) (?:\w+ ){0,3}alive",
        r"\bfatal (?:beating|stabbing|shooting)s?\b",  # "the fatal beating of a 15-year-old boy"
        r"\b(?:lay|lie|lying) dead\b",  # "Sixteen lay dead, including two children"
        # "The eight dead men, most of them shot in the head": the dead counted
        r"^\W*(?:the )?(?:\w+ )?dead (?:men|women|people|civilians|villagers)\b[^.;]{0,60}\bshot\b",
        r"\bcarried out the killings\b",  # "the group carried out the killings in a region known as VRAEM"
        # "A 31-year-old woman was allegedly shot, raped, and set on fire" (not houses set on fire)
        r"\b(?:wom[ae]n|m[ae]n|girls?|boys?|child(?:ren)?|people|villagers|civilians|victims?|wife|husband|mother|father"
        r"|persons?|she|he|they) (?:was|were) (?:[\w-]+,? ){0,4}(?:and )?set (?:on fire|ablaze|alight)\b",
        # "raided Ukha Tampak village ... and started firing indiscriminately": a raid on villagers
        r"\braided (?:[\w'’-]+ ){1,4}(?:village|hamlet|settlement)\b[^.;]{0,60}\b(?:fir(?:ing|ed)|shoot\w*|shot)"
        r" indiscriminately\b",
        r"(?:have|has|had) died in (?:the )?(?:\w+ )?(?:violence|conflict|insurgency|unrest)",
        r"died (?:in \d{4} )?from (?:\w+ )?(?:violence|attacks|bloodshed)",
        r"\bseen (?:more than |over |at least |some )?(?:\w+ ){0,2}(?:people |civilians )?die\b",  # "has seen hundreds die"
        # "Seven passengers have died after gunmen attacked a busy train"
        r"died (?:after|when|as) (?:\w+ ){0,3}(?:gunmen|militants|attackers|assailants|jihadists|insurgents|bandits|fighters)"
        r" (?:\w+ )?(?:attacked|stormed|raided|opened fire)",
        r"\d[\d,]*\s+(?:people\s+|civilians\s+)?dead\s+(?:in|at)\s+(?-i:[A-Z])",  # "up to 70 dead in Tchoma Bangou"
        # "raided the camp ..., shooting people as they fled and burning others in their mud and grass huts"
        r"\bshooting (?:people|civilians|villagers|residents) as they fled\b",
        r"\b(?:burning|burned|burnt) (?:others|people|civilians|villagers|residents) (?:alive )?in their "
        r"(?:[\w-]+ ){0,4}(?:homes|huts|houses)\b",
        # "At least 30 dead and dozens wounded in various terrorist attacks in Brussels"
        r"\d[\d,]*\s+(?:people\s+)?dead\b[^.;]{0,40}\bin (?:\w+ ){0,3}(?:attacks?|assaults?|raids?)\b",
        # "About twenty people died on Monday in an attack on a village", "resulting in the deaths of 20 people"
        r"died (?:[\w,]+ ){0,4}in (?:an? |the )?(?:[\w-]+ ){0,2}(?:attack|raid|assault|ambush|massacre|shooting)",
        r"(?:resulting in|result(?:ed|s)? in|caus(?:ed|ing)|le(?:d|ading) to) the deaths? of",
        r"(?:were|was) the victims? of an? (?:mass )?(?:shooting|massacre|gun attack)",  # "the victims of a mass shooting"
        # "There were a total number of 22 victims and around 50 injured": the victims beside the hurt are the dead
        r"\b\d[\d,]* victims and (?:around |about |some |nearly |over |more than )?\d[\d,]* (?:others? )?(?:injured|wounded)\b",
        r"(?:the )?loss of (?:more than |over |at least |some )?[\d,]+ (?:\w+ )?lives",
        r"kill(?:ed|ing|s)\b",
        r"\bkillings of (?:about |around |at least |more than |over |some |nearly )?\d",  # "the killings of about 170 people"
        # a count of the dead that changed: "Fatalities rose to 1,907 in 2023", "Deaths from terrorist attacks fell to 753"
        r"\b(?:fatalities|deaths)\b[^.;]{0,30}?\b(?:rose|fell|climbed|dropped|increased|decreased|doubled|reached|jumped"
        r"|surged) (?:[\w-]+ ){0,2}?to (?:about |around |nearly |almost |over |more than )?\d"
        r"|\b(?:recorded|documented|counted|verified|report(?:s|ed)?) (?:more than |over |at least |some |nearly )?\d[\d,]* fatalities\b",
        r"(?:were|was|are|is) (?:\w+ )?(?:confirmed|reported|feared) dead\b",  # "eight civilians were confirmed dead"
        r"\bthere (?:were|are) (?:at least |more than |over |some |about )?\d[\d,]* (?:people )?dead\b",  # "there were 15 dead"
        r"(?<![\w,])\d[\d,]* (?:people|persons|civilians|villagers) (?:are|were) (?:now )?dead\b",  # "84 people are dead"
        r"massacr\w*",  # "massacred", "massacring"
        r"blood ?bath",  # "The bloodbath unfolded on April 20 in the village of Karma"
        r"\blives (?:were|have been|had been) lost\b",  # "81 lives were lost in the attack"
        r"\b(?:\d[\d,]*|dozens|scores|hundreds) dead (?:[\w-]+ ){0,2}(?:members|people|civilians|worshippers|villagers)\b",
        r"(?:were|was|been|being|got|left|leaving) (?:\w+ ){0,3}martyred",  # "leaving at least 10 cops martyred"
        r"\bmartyrdom of (?:at least |more than |some )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\b",
        r"murder\w*",
        r"throats? slit",
        r"slit their throats",
        r"hacked to death",
        r"shot dead",
        r"\b(?:fatally|mortally) (?:shot|stabbed|wounded)\b",  # "who had been fatally shot earlier that day"
        r"gun(?:ned|ning|s)? (?:\w+ )?down\b",
        r"shoot(?:ing|s)? dead",
        r"(?:shoot(?:ing|s)?|shot) (?:\w+ ){1,3}dead\b",
        r"(?:the )?deaths? of (?:at least |more than |over |some |about )?[\d,]+",
        r"\bresulted in (?:at least |more than )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) deaths\b",
        r"\bdeaths\b[^.;]{0,25}\bof (?:at least |more than |over |some |about )?[\d,]+",
        r"(?:sl(?:it|ashed|itting)|cut(?:ting)?) (?:the |their |his |her )?throats?",
        r"(?:dumped|found|discovered|recovered) (?:the )?bodies",
        r"\b\d[\d,]* lifeless bodies\b",  # "after the discovery of 28 lifeless bodies in the town of Nouna"
        # "have recovered 79 bodies so far after an attack"
        r"(?:found|discovered|recovered|retrieved) (?:(?:at least|more than|over|some|about|nearly) )?\d[\d,]* "
        r"(?:burnt |burned |charred |dead )?bodies",  # "found more than 30 burnt bodies"
        r"(?:documented|registered) (?:[\w,]+ ){0,4}?(?:dead )?bodies",  # "documented and registered 136 dead bodies"
        # "had seen 27 bodies in a preliminary count", "during which they found 27 dead", "saw 12 corpses"
        r"\b(?:saw|seen|counted|found|count of) (?:(?:at least|more than|over|some|about|nearly) )?\d[\d,]* "
        r"(?:dead )?(?:bodies|corpses|dead)\b",
        r"\bbodies (?:had |have )?(?:been |were )?(?:recovered|found|discovered)\b",
        r"bodies of \d[\d,]* ",
        # "charred bodies of two elderly men were recovered", "the charred remains of two elderly men were discovered"
        r"\b(?:bodies|remains) of (?:two|three|four|five|six|seven|eight|nine|ten|\w+ dozen) (?!of )[\w ]{0,20}"
        r"\b(?:were|have been|had been) (?:found|recovered|discovered|retrieved)\b",
        r"\bshot(?:,? killed,?)? (?:\w+ ){0,2}in the back of the head",  # "were shot in the back of the head"
        # "almost 300 people were buried in a mass grave": the dead a town buried
        r"\b(?:people|civilians|victims|residents|bodies|individuals) (?:[\w ]{0,30})?(?:are|were|have been|had to be)"
        r" buried in (?:a |the )?[«\"“]?mass[»\"”]? graves?",
        r"\bblamed\b[^.;]{0,80}\bfor the (?:carnage|bloodshed)\b",  # "blamed the military ... for the carnage"
        # "the charred remains of more than 30 people were found in an attack"
        r"\b(?:bodies|remains) of (?:(?:at least|more than|over|some|about|nearly) )?[\d,]+ (?:people|civilians|villagers)"
        r"\b[^.;]{0,20}\bfound in an? (?:attack|massacre|raid)\b",
        r"leaving (?:(?:at least|more than|over|some|about|nearly) )?\d[\d,]* (?:dead )?bodies",  # "strewn through the town"
        r"\b(?:leave|leaves|left) (?:behind )?dead bodies\b|\b(?:littered|strewn) with (?:the )?bodies\b",  # "Russian troops leave dead bodies ... as they retreat"
        r"\bgraves?\b[^.;]{0,60}\b(?:containing|holding|with) the (?:bodies|remains) of\b",  # "another grave with the bodies of seven men"
        r"death toll",
        r"\b(?:figure|number|count) of the dead\b",  # "The figure of the dead from Boko Haram attacks this year"
        r"\bleft (?:an estimated |at least |more than |over |some |about )?[\d,]+ (?:people )?dead\b",  # a war's toll
        # "has left 16 — including at least four Europeans — dead", "left over 130 civilians—mostly Fulani—dead"
        r"\b(?:left|leaving) (?:over |more than |at least )?[\d,]+(?: \w+)? ?[—–] ?[^—–.;]{1,80}[—–] ?dead\b",
        r"\b\d[\d,]* (?:\w+ )?killings\b",  # "carried out more than 200 killings ... in the period when"
        r"\b(?:cases|instances) of (?:[\w-]+ ){0,2}killings\b",  # "documented seven cases of indiscriminate killings"
        r"claimed (?:more than |over |at least |some |about |nearly )?(?:[\d,]+|(?:tens of |hundreds of )?thousands of"
        r"|hundreds of) lives",  # "The conflict has claimed 40,000 lives"
        r"responsible for (?:more than |over |at least |some |about |nearly )?[\d,]+ deaths",
        r"(?:people|civilians|villagers|\d[\d,]*) (?:are|were) (?:now )?dead (?:after|following|in)\b",
        # "11 dead, six wounded in Pittsburgh synagogue shooting", "Eleven people are dead and six more are wounded"
        r"\b\d[\d,]* dead,? (?:and )?(?:\w+ )?(?:wounded|injured|hurt)\b"
        r"|\bpeople (?:are|were) dead and (?:\w+ ){1,3}(?:are |were )?(?:wounded|injured)\b",  # "Dozens of people are dead following an attack"
        r"shoot(?:s|ing)? [\w\s]{0,30}in the head",
        r"slain",
        r"\bslew\b",
        r"butcher\w*",
        r"mow(?:ed|n|ing)? down",
        r"(?:stabbed|beaten|beat|bludgeoned|burned|burnt|clubbed|hacked|stoned|starved|shot) (?:[\w-]+ ){0,3}to death",
        r"(?:slash|hack|club|stab|bludgeon|macheti?)\w* (?:[\w'-]+ ){0,8}to death",  # "slashed a dozen captives to death"
        r"burn(?:ed|t) alive",
        r"\bbl(?:ow|ew|owing|ows|own) (?:[\w'’-]+ ){1,4}heads? off\b",  # "blowing a chained prisoner's head off"
        r"\b(?:fir(?:ing|ed|es)|pump(?:ing|ed|s)?) (?:[\w-]+ ){0,3}(?:rounds|bullets)(?: of bullets)? into (?:an?|the|his|her)\b",
        r"claim(?:ed|ing)? the lives",
        r"(?:took|taken|take|taking) the lives of",  # "terrorists took the lives of at least 22 farmers"
        r"\bcost(?:ing)? the lives? of",  # "an overnight raid that cost the lives of two soldiers"
        r"lost their lives",
        r"\b\d[\d,]* deaths\b",
        # "In addition to one death, the attack also injured eight people", "caused three deaths"
        r"\b(?:in addition to|besides|caus(?:ed|ing)|left|leaving|with) (?:one|a single|two|three|four|five|six|seven"
        r"|eight|nine|ten) deaths?\b",
        r"\btoll (?:from|of|in) (?:the |this |last |today's |yesterday's |\w+'s )",
        r"fired on (?:\w+ ){0,2}(?:traders|civilians|worshippers|villagers|people|crowds?|passengers|mourners|residents)",
        r"assassinat\w*",
        r"\blost (?:at least |more than |over |about |some )?[\d,]+ (?:of its )?(?:soldiers|troops|men|fighters|officers|policemen)",
        # (not "forced to slaughter animals in the vicinity": livestock)
        # (nor "were being slaughtered like chickens": a witness's likeness for a killing told elsewhere)
        r"slaughter(?:ed|ing|s)?\b(?! (?:their |the |its |like )?(?:animals|livestock|cattle|cows|goats|sheep|camels"
        r"|chickens)\b)",
        r"\bmartyred\b",  # South Asian and Arab press: "Dozens Martyred as Blast Rips through Procession"
        r"lynch\w*",
        r"opened fire on|\b(?:proceeded|began|started) to (?:fire|shoot) (?:on|at) (?:the )?(?:congregants|worshippers"
        r"|worshipers|shoppers|crowd|people|students|civilians)\b",  # "proceeded to fire on congregants"
        r"(?:left|leaving) (?:at least |more than |over |about |some |nearly |almost |around |as many as |up to )?"
        r"(?:\d[\d,]*|\w+)(?: ?\(\d+\)\)?)? (?:\w+ ){0,2}"  # "leaving twelve (12) people dead"
        r"(?:and (?:a|an|one|two|three) \w+ )?dead\b",  # "left two police officers and a civilian dead"
        # "left 18 soldiers and five Abu Sayyaf members dead"
        r"(?:left|leaving) (?:at least |more than |over |about |some )?(?:\d[\d,]*|\w+) \w+ and (?:\d[\d,]*|\w+) "
        r"(?:[\w-]+ ){1,4}dead\b",
        r"(?:led to|resulted in|resulting in|caused|causing|recorded|documented|verified) (?:at least |more than |over |about "
        r"|some |nearly )?[\d,]+ (?:\w+ )?(?:deaths|fatalities)\b",  # "MINUSMA had recorded 488 Fulani deaths in attacks by Dogon"
        r"(?:led to|resulted in) (?:the )?deaths? of\b|(?:claimed|claims|claiming) (?:the )?(?:lives of|(?:over |more than |at least |about |some )?[\d,]+ lives)",
        r"\bkill (?:at least |more than |about |some |nearly )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
        r"\w+teen|twenty|thirty|dozens|scores|hundreds)\b",  # headlines: "Gunmen kill six in dawn attack"
        r"machine-?gun(?:ned|ning)\b",
        r"(?:confirmed|feared) dead\b",
        r"the deaths? of (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
        r"\bleaves (?:\w+ ){1,4}dead\b",
        r"(?:used|using) (?:[\w,]+ ){0,4}to kill\b",
        r"pelted (?:\w+ ){0,2}with stones|stoned (?:\w+ ){0,4}to death|drown\w*",
        r"\b\d[\d,]* (?:\w+ )?civilian deaths\b",  # "has recorded details of 17,049 civilian deaths across 2014"
        # an index's figures: "deaths from terrorism increased by 22 per cent to 8,352", "terrorist-related deaths"
        r"\bdeaths (?:from|caused by|due to) (?:terrorism|terrorist attacks)\b|\b(?:terrorism|terrorist)(?:[- ]related)? deaths\b",
        r"(?:people|persons?|civilians|villagers|residents|soldiers|hostages|personnel|jawans|\d[\d,]*) (?:\w+ ){0,3}"
        r"(?:of (?:the )?(?:[A-Z]\w+ ){1,5}(?:\([A-Z]{2,6}\) )?)?(?:have |has |had )?(?:died|perished)\b"  # "24 personnel of the Central ... died"
        r"(?! (?:of|from|due to) (?:hunger|disease|cholera|malnutrition|starvation|the cold|the heat|natural))",
    ),
}
