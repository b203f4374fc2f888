"""The words extraction listens for: event triggers, methods, victims, children, aggregates, sources.

Patterns are applied to one sentence at a time (lower-cased unless noted). They are plain data so
that coders can read and extend them; ``docs/record.md`` explains how each is used.
"""

from __future__ import annotations

import json
import re
from importlib import resources


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)


# Event types in the order they are tried; a sentence may carry several.
TRIGGERS: dict[str, re.Pattern[str]] = {
    "attack_on_school_or_hospital": _any(
        r"(?:attack\w*|stormed|raided|burn\w*|set fire to|torched|bomb\w*|hit|struck|shell\w*|looted|ransacked|plundered"
        r"|pillaged)\b[^.;]{0,80}?"
        r"\b(?:school|(?<!to )(?<!to a )(?<!to the )(?<!to local )hospital|clinic|health cent(?:re|er)"
        r"|health (?:facilit(?:y|ies)|posts?)|medical facilit(?:y|ies)|classrooms?|dormitor\w+|dispensary|maternity"
        r"|university|college)",
        r"(?:school|hospital|clinic|health cent(?:re|er))s?\b[^.;]{0,40}?\b(?:was|were)\s+(?:hit|attacked|bombed|burn\w*|destroyed)",
        r"air ?strikes? (?:hit|struck) a (?:hospital|school|clinic)",
        r"(?:school|dormitor\w+|classrooms?|hospital|clinic)\b[^.;]{0,100}?\b(?:set on fire|set ablaze)\b",
        r"(?:destroyed|damaged|targeted)\b[^.;]{0,40}?\b(?:school|hospital|clinic|health cent(?:re|er))",
        r"schools?\b[^.;]{0,40}\b(?:closed|shut)\b[^.;]{0,60}\b(?:attacks?|threats?|insecurity|violence)",
        r"schools?\b[^.;]{0,40}\b(?:forced to )?(?:close|closed|shut)\b",
        r"schools?\s+(?:\w+\s+)?(?:destroyed|damaged|burned|looted)\b",
        r"(?:school|hospital|clinic|health cent(?:re|er)|medical cent(?:re|er)|health post)s?\b(?: \w+){0,3} "
        r"(?:looted|ransacked|plundered|pillaged|burned|burnt|shelled|bombed)\b",
        r"attack\w*\b[^.;]{0,40}\bhealth (?:facilities|centres|centers|posts)",
        r"(?:shot|killed|murdered|gunned down|stabbed|beheaded|beat|beaten|robbed|assaulted)\b[^.;]{0,60}\b(?:at|in|inside) (?:a |the |their |his |her )?(?:\w+ )?(?:school|classroom|hospital|clinic|health (?:post|centre|center))\b",
    ),
    "execution": _any(
        r"threw (?:\w+ ){0,3}(?:off|from) (?:a |the )?(?:roof|rooftop|building|tower)",
        r"drowned (?:\w+ ){0,3}(?:prisoners|captives|hostages|men|detainees)",
        r"execut(?:ed|es|ing|ion|ions|ioners?)\b",
        r"(?<!bodies were )(?<!bodies had been )behead\w*",
        r"decapitat\w*",
        r"crucif\w*",
        r"stoned\b[^.;]{0,30}\bto death",
        r"stoning",
        r"publicly (?:shot|killed|hanged)",
        r"hanged\b",
        r"shoot(?:s|ing)? (?:dead )?(?:a |the )?(?:kneeling|captured) ",
        r"shot dead \d[\d,]* captured",
        r"(?:shoot|shot) dead [\w\s,]{0,40}(?:prisoners|captives|hostages)",
        r"(?:shoot|shot|kill\w*)[^.;]{0,60}\baccused of",
        r"firing squad",
        r"\bshot (?:a|the|two|three|\d+) (?:\w+ )?(?:prisoners?|captives?|hostages?|detainees?)\b",
        r"mass graves?",
        r"(?:severed|decapitated) (?:head|bod(?:y|ies))",
        r"decapitated\b",
        r"(?:unearthed|exhumed|uncovered|found|discovered) in (?:a|the|another|one) (?:[\w-]+ ){0,2}graves?\b",
        r"graves? (?:\w+ ){0,6}contain(?:ed|ing|s)\b",
        r"summary executions?",
        r"summarily (?:killed|shot)",
        r"extrajudicial(?:ly)? (?:killed|killings?|executions?)",
        r"court\b[^.;]{0,40}\b(?:sentenced|condemned)\b[^.;]{0,40}\bto death",
        r"put to death",
        r"liquidat\w+",
        r"in cold blood",
        r"throw(?:ing|n|s)?\b[\w\s]{0,20}\b(?:off|from) (?:the )?(?:roof|top)",
    ),
    "bombing": _any(
        r"suicide bomb\w*",
        r"suicide (?:attack|attacker|assault)s?\b(?=[^.;]{0,80}\b(?:kill\w*|dead|died|wound\w*|injur\w*))",
        r"(?:killed|died) (?:in|by) (?:an?|the) (?:[\w-]+ ){0,2}(?:air ?raid|air ?strike|drone strike|shelling)",
        r"blew (?:herself|himself|themselves) up",
        r"car bomb\w*",
        r"truck bomb\w*",
        r"truck packed with explosives",
        r"explosives? (?:went off|exploded|detonated)",
        r"detonat\w+",
        r"\bied\b",
        r"bomb(?:ing|ings|ed)\b",
        r"blasts?\b(?! (?:wounds|injuries))",
        r"girl bombers?",
        r"(?:improvised )?explosive device",
        r"landmines?",
        r"mortar (?:shells?|rounds?|fire)",
        r"rockets? (?:hit|struck|fired)",
        r"grenades? (?:attack|exploded|went off|(?:was|were) (?:thrown|hurled))",
        r"(?:threw|hurled|lobbed|tossed) (?:a |two |several )?(?:hand )?grenades?",
        r"explosion",
        r"went off",
        r"booby[- ]trap\w*",
        r"strapped with explosives",
        r"explosive (?:vests?|belts?)",
        r"suicide (?:vests?|belts?)",
        r"(?:loaded|packed|laden) with explosives",
        r"vehicle-borne",
        r"explosive-laden",
        r"\bbombs?\b[^.;]{0,50}\b(?:exploded|went off|detonated)",
        r"hit by (?:a |an )?(?:shell|mortar|rocket|missile|grenade)",
        r"explosives?\b[^.;]{0,40}\b(?:went off|exploded|detonated)",
        r"barrel bombs?",
        r"(?:air|drone) ?strikes?\b[^.;]{0,40}?\b(?:hit|struck|killed|pounded|destroyed)\b",
        r"shell(?:ed|ing)\b",
        r"suicide (?:attackers?|bombers?|cars?|trucks?|vests?)",
        r"(?:full of|loaded with|packed with|laden with|carrying) explosives",
        r"roadside bombs?",
        r"\bbombs? (?:struck|hit|exploded|went off|ripped)",
    ),
    "abduction": _any(
        r"carted (?:them )?(?:off|away)",
        r"(?:captured|grabbed|snatched|marched) (?:more than |at least |about |some )?(?:\d[\d,]*|two|three|four|five|six|seven|"
        r"eight|nine|ten|dozens of|scores of|hundreds of) (?:\w+ )?(?:aid workers|women|girls|boys|children|villagers|"
        r"passengers|civilians|students|pupils|traders|farmers|people)\b",
        r"abduct(?:ed|s|ing|ion|ions)\b",
        r"kidnap\w*",
        r"seized? [\w\s,]{0,30}(?:students|girls|women|children|pupils)",
        r"taken (?:captive|hostage)",
        r"held captive",
        r"took [\w\s,'-]{0,40}hostage",
        r"(?:taken|held) hostage",
        r"snatched",
        r"carried (?:off|away)",
        r"carried (?:\w+ ){0,3}(?:girls|women|children|boys|people|villagers) (?:with them|away|off)",
        r"stopped (?:the |a |an )?(?:\w+ )?convoy",
        r"rounded up",
        r"(?:led|marched|whisked|dragged|driven) (?:them |him |her )?(?:\w+ ){0,3}away\b",
        r"taken away(?! by (?:their )?(?:relatives|families|family|loved ones))",  # not the dead taken home
        r"hostage-taking",
        r"(?:taken|took|held|holding) (?:\w+ ){0,2}(?:hostages?|captives?)\b",
        r"(?:were|was|been) taken from (?:their|a|the|his|her) (?:\w+ )?(?:school|homes?|village|dormitor\w+)",
        r"\bas human shields\b",
        r"(?:people|civilians|men|women|residents) (?:\w+ )?(?:detained|abducted|kidnapped|seized|held) by (?:the )?(?:group|militants|insurgents|(?-i:[A-Z])\w+)",
        r"detain(?:ed|ing)? (?:more than |at least |over |about |some )?(?:[\d,]+|hundreds|dozens|scores|thousands) (?:of )?(?:\w+ )?(?:people|civilians|men|women|residents|activists|journalists)",
        r"seized (?:a |an |the |two |three |\d+ )?(?:[\w-]+ )?(?:mayor|chief|official|priest|imam|pastor|journalist|teacher|doctor|engineer|aid worker|trader|businessman|nurse|traders|engineers|passengers|villagers)\b",
        r"(?:people|women|girls|boys|children|men|captives|hostages) (?:are|were|remain) (?:still )?(?:being )?held\b",
        r"(?:remain(?:s|ed)?|(?:are|were|is|was) still) in (?:the group's|their|its|the militants'|the insurgents') hands",
        r"(?:are|remain|were) still missing\b|remain(?:s|ed)? missing\b",
        r"remain(?:s|ed)? (?:captive|in captivity)",
        r"took (?:them )?away",
        r"detain(?:ed|ing)? (?:a |an |the |two |three |four |five |\d+ |several |dozens of |a group of |some of the |several of the |dozens of the )?(?:[\w-]+ )?(?:journalists?|activists?|aid workers?|civilians|teachers?|doctors?|nurses?|students|villagers|women|men|girls|boys|protesters|demonstrators|critics)\b",
        r"took (?:away )?(?:hundreds|dozens|scores|\d[\d,]*|[a-z]+) (?:of )?(?:[a-z]+ )?(?:students|girls|boys|pupils|women|children|passengers|people|villagers)",
        r"forcibly disappeared",
        r"went missing",
    ),
    "child_recruitment": _any(
        r"(?:children|boys|girls|minors|teenagers)\b[^.;]{0,60}\bsent to (?:the )?front(?: ?lines?)?\b",
        r"recruit\w*",
        r"training camps?",
        r"cubs of the caliphate",
        r"child soldiers?",
        r"made to fight",
        r"hand over [\w\s]{0,12}boys",
        r"for training in its camps",
        r"taught to (?:use|assemble|fire|handle|strip)",
        r"(?:boys|children|teenagers)\b[^.;]{0,80}\b(?:at|in) a camp\b",
        r"next generation of fighters",
        r"trained to use weapons",
        r"weapons training",
        r"drilled with rifles",
        r"military training",
        r"told to fight",
        r"child fighters",
        r"conscript\w*",
        r"ashbal",
        r"(?:boys|children|minors|teenagers|girls) (?:have |had )?(?:joined|join)\b",
        r"(?:must|to|would|will) fight for (?:them|the group|it|the militants)\b",
        r"trained (?:us|them|the boys|children|boys|the children) (?:with|to use|to fire|to fight|to shoot)",
        r"(?:children|boys|girls|minors) (?:were |are |being |had been |have been )?used (?:in|for|as) (?:suicide|attacks|fighting|combat|bombers|fighters)",
        r"(?:to )?(?:fill|swell|bolster|replenish) (?:its|their) ranks",
        r"(?:forced|pressed|coerced|lured|forcing|pressing|luring) (?:\w+ ){0,3}(?:boys|children|teenagers|minors|sons) (?:to join|into (?:its|their|the) ranks)",
        r"enlist\w*",
        r"press-gang\w*",
        r"to use (?:them )?as (?:fighters|soldiers|bombers|child soldiers)",
        r"(?:used|using|uses) (?:[\w,]+ ){0,3}(?:children|boys|girls|minors) (?:in|for) (?:\w+ )?(?:suicide )?(?:attacks|bombings|missions)",
        r"used as fighters",
        r"(?:used|using|use) [\w\s,]{0,30}(?:children|boys|girls|minors) as (?:human bombs|suicide bombers|bombers|fighters|soldiers|human shields|spies)",
        r"children in (?:its|their) ranks",
        r"(?:using|use|used) [\w\s,]{0,30}children as (?:fighters|soldiers|cooks|porters|spies)",
    ),
    "sexual_violence": _any(
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
        r"enslav\w*",
        r"forcibly married",
        r"forced to marry",
        r"married off\b",
        r"sexual exploitation",
        r"\bsold\b[^.;]{0,40}\b(?:girls|women)\b",
        r"(?:being|been|were|was) (?:bought and )?sold\b(?! (?:out|off)\b)",
        r"(?:women|girls)\b[^.;]{0,60}\b(?:being|been|were|was) (?:traded|auctioned)\b",
    ),
    "abuse": _any(
        r"flogg\w*",
        r"lash(?:es|ed|ing)\b",
        r"whipp\w*",
        r"tortur\w*",
        r"beat(?:en|ings)\b",
        r"beating (?-i:(?![A-Z]))",
        r"amputat\w*",
        r"mutilat\w*",
        r"cut off (?:the |their |his |her |a )?(?:right |left )?(?:hands?|feet|foot|fingers?|ears?|noses?)",
        r"electric shocks?",
        r"mock executions?",
        r"(?:burned|burnt|scalded|branded) (?:them|him|her|detainees|prisoners) with",
        r"ill-treat\w*",
        r"hanging them by their wrists",
        r"suspended by their (?:wrists|arms)",
        r"\bbeat (?:a|an|the|two|three|\d+|him|her|them)\b",
        r"\bbeat and (?:detained|robbed|tortured|abducted|kidnapped|arrested|whipped)\b",
    ),
    "denial_of_humanitarian_access": _any(
        r"turned back (?:a |the |an )?(?:\w+ )?convoys?",
        r"(?:aid|humanitarian|relief) (?:workers|agencies|staff) (?:were |have been |are )?(?:barred|blocked|prevented|banned)"
        r" from",
        r"block\w* (?:all |the |main )*(?:roads?|aid|access|convoys?|supplies)",
        r"convoys? [\w\s,]{0,60}turned back",
        r"cutting off (?:food |aid |medical )?supplies",
        r"prevent\w* [\w\s]{0,20}convoys?",
        r"denied (?:humanitarian )?access",
        r"aid (?:convoys? )?(?:was|were) (?:blocked|turned back)",
        r"besieg\w* (?:the )?(?:town|city|area|enclave|district|neighbourhoods?|villages?|people|residents|population|civilians|(?-i:[A-Z]))",
        r"under siege",
        r"siege (?:of|on) (?:the )?(?:town|city|district|enclave|(?-i:[A-Z]))"
        r"(?![\w'-]*(?: [\w'-]+){0,2} (?i:hotel|mall|restaurant|building|compound|school|university|church|mosque))",
        r"(?:months|years|weeks)-long siege",
        r"blockade",
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
    "armed_clash": _any(
        r"clash(?:es|ed)\b",
        r"heavy fighting",
        r"fierce fighting",
        r"fighting (?:between|with|against)",
        r"\bfought\b",
        r"overran an? (?:army|military) (?:base|post|position)",
        r"(?<!in the )(?<!during the )(?<!of the )battles? (?:for|with|between)",  # not "... in the battle for Mosul"
        r"attacked [\w\s]{0,30}positions",
        r"exchanged (?:heavy )?(?:gun)?fire",
        r"gun ?battles?",
        r"firefights?",
        r"gunfights?",
        r"shoot-?outs?",
        r"repel(?:led|s)? (?:an? |the )?(?:\w+ )?(?:attack|assault|offensive)",
        r"exchange of fire",
        r"in the (?:ensuing )?fighting\b",
        r"attack\w* on (?:\w+ )?(?:troops|soldiers|army|peshmerga|security forces)\b",
        r"attack(?:ed|ing|s)? (?:an? |the )?(?:[A-Z]\w+ )?(?:army|military|police|gendarmerie|security) (?:base|barracks|outpost|post|positions?|camp|checkpoint|station|headquarters)",
        r"ambush\w* (?:on )?(?:an? |the )?(?:army|military|police|security|troop) (?:convoy|patrol|unit|position|vehicles?)",
        r"(?:stormed|raided|overran) (?:an? |the )?(?:\w+ )?(?:military|army|police|security) (?:compound|base|camp|post|headquarters)\b",
        r"(?:assault|attack)\w* (?:on|against) (?:an? |the )?(?:army |military |police )(?:base|barracks|outpost|post|positions?|camp)",
        r"skirmish\w*",
        r"offensive (?:against|on) (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
        r"(?<!after )(?<!following )(?:hours|days|weeks|months) of (?:fighting|battles?|clashes)",
        r"declared victory (?:over|against)",
        r"sparking (?:a )?(?:gun ?battle|fighting|clashes)",
        r"battl(?:ed|ing) (?:for|over|with|against)",
    ),
    "killing": _any(
        r"burn(?:ed|t|ing) (?:\w+ ){0,3}alive",
        r"kill(?:ed|ing|s)\b",
        r"massacre\w*",
        r"murder\w*",
        r"throats? slit",
        r"slit their throats",
        r"hacked to death",
        r"shot dead",
        r"gun(?:ned|ning|s)? (?:\w+ )?down\b",
        r"shoot(?:ing|s)? dead",
        r"(?:shoot(?:ing|s)?|shot) (?:\w+ ){1,3}dead\b",
        r"(?:the )?deaths? of (?:at least |more than |over |some |about )?[\d,]+",
        r"\bdeaths\b[^.;]{0,25}\bof (?:at least |more than |over |some |about )?[\d,]+",
        r"(?:sl(?:it|ashed|itting)|cut(?:ting)?) (?:the |their |his |her )?throats?",
        r"(?:dumped|found|discovered|recovered) (?:the )?bodies",
        r"\bbodies (?:had |have )?(?:been |were )?(?:recovered|found|discovered)\b",
        r"bodies of \d[\d,]* ",
        r"death toll",
        r"shoot(?:s|ing)? [\w\s]{0,30}in the head",
        r"slain",
        r"\bslew\b",
        r"butcher\w*",
        r"mow(?:ed|n|ing)? down",
        r"(?:stabbed|beaten|beat|bludgeoned|burned|burnt|clubbed|hacked|stoned|starved) (?:[\w-]+ ){0,3}to death",
        r"burn(?:ed|t) alive",
        r"claim(?:ed|ing)? the lives",
        r"lost their lives",
        r"\b\d[\d,]* deaths\b",
        r"\btoll (?:from|of|in) (?:the |this |last |today's |yesterday's |\w+'s )",
        r"fired on (?:\w+ ){0,2}(?:traders|civilians|worshippers|villagers|people|crowds?|passengers|mourners|residents)",
        r"assassinat\w*",
        r"\blost (?:at least |more than |over |about |some )?[\d,]+ (?:of its )?(?:soldiers|troops|men|fighters|officers|policemen)",
        r"slaughter\w*",
        r"lynch\w*",
        r"opened fire on",
        r"(?:left|leaving) (?:at least |more than |over |about |some |nearly |almost |around )?(?:\d[\d,]*|\w+) (?:\w+ )?dead\b",
        r"(?:led to|resulted in|caused|causing) (?:at least |more than |over |about |some |nearly )?[\d,]+ (?:\w+ )?deaths\b",
        r"(?:led to|resulted in) (?:the )?deaths? of\b",
        r"\bleaves (?:\w+ ){1,4}dead\b",
        r"(?:used|using) (?:[\w,]+ ){0,4}to kill\b",
        r"pelted (?:\w+ ){0,2}with stones|stoned (?:\w+ ){0,4}to death",
        r"drown\w*",
        r"(?:people|civilians|villagers|residents|soldiers|\d[\d,]*) (?:\w+ ){0,2}(?:have |had )?(?:died|perished)\b"
        r"(?! (?:of|from|due to) (?:hunger|disease|cholera|malnutrition|starvation|the cold|the heat|natural))",
    ),
}

METHODS: dict[str, re.Pattern[str]] = {
    "beheading": _any(r"behead\w*", r"decapitat\w*", r"knives?\b", r"throats? (?:slit|cut)", r"slit their throats"),
    "shooting": _any(r"\bshot\b", r"shoot\w*", r"gunmen", r"gunfire", r"rifles?\b", r"opened fire"),
    "stoning": _any(r"ston(?:ed|ing)\b"),
    "burning": _any(r"burn(?:ed|t|ing)\b", r"set fire", r"torched"),
    "hanging": _any(r"hanged", r"hanging"),
    "crucifixion": _any(r"crucif\w*"),
    "explosive": _any(r"bomb\w*", r"explosi\w*", r"detonat\w*", r"\bied\b", r"blew (?:herself|himself|themselves) up"),
    "beating": _any(r"beat(?:en|ings)\b", r"beating (?-i:(?![A-Z]))", r"flogg\w*", r"lash(?:es|ed)\b", r"whipp\w*"),
    "air_strike": _any(r"air ?strikes?", r"aircraft", r"warplanes?"),
}

# words for victims and the category each counts as; plain data in marsad/data/victim_nouns.json
VICTIM_NOUNS: dict[str, str] = json.loads(
    resources.files("marsad.data").joinpath("victim_nouns.json").read_text("utf-8")
)
_VICTIM_RE = "|".join(sorted((re.escape(n) for n in VICTIM_NOUNS), key=len, reverse=True))
VICTIM_IN_LINE = re.compile(rf"\b(?P<noun>{_VICTIM_RE})\b", re.IGNORECASE)
VICTIM_AFTER_COUNT = re.compile(rf"^(?:\s+(?!and\b|or\b)[\w'-]+){{0,4}}?\s+(?P<noun>{_VICTIM_RE})\b", re.IGNORECASE)
NOT_VICTIM_COUNT = re.compile(
    r"^(?:\s*(?:years?|months?|days?|hours?|minutes?|km|kilometres?|miles?|percent|%|per cent|tonnes?|trucks?|homes?|houses?"
    r"|lashes|times|schools?|classrooms?|videos?|photos?|vehicles?|weeks?|dollars?)(?!\w)|\s*\$)",
    re.IGNORECASE,
)
WOUNDED = re.compile(
    r"(?:wound\w*|injur\w*)\s*$|^\s*(?:[\w-]+\s+){0,2}(?:were\s+|have been\s+|had been\s+)?(?:wounded|injured|treated for)",
    re.IGNORECASE,
)
# habitual or background statements: they describe a pattern, not the event reported
BACKGROUND = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:repeatedly|routinely|regularly|often|long)\b|\b(?:routinely|regularly)\b|\bin the past\b(?! (?:\w+ )?(?:days?|weeks?|months?|years?|decades?)\b)|\bpreviously\b"
    r"|\b(?:after|following|amid|despite|led|carried out|conducted|staged|launched) a (?:wave|spate|series|string) of"
    r" (?:\w+ )?(?:attacks|bombings|killings|kidnappings|abductions)\b"
    r"|\b(?:anniversary|vigils?|commemorat\w+|memorial services?|marked (?:\w+ ){0,2}years since)\b"
    r"|\b(?:a|the) (?:\w+ )?court in (?-i:[A-Z])\w+ (?:sentenced|convicted|acquitted)\b"
    # a state court's verdict, and the crimes it names, are not a new act (militant "courts" are another matter)
    r"|\b(?:criminal|federal|supreme|appeals?|high|state|district|counter-terrorism|anti-terrorism|(?-i:[A-Z])\w+i|"
    r"(?-i:[A-Z])\w+an) court\b[^.;]{0,120}\b(?:sentenced|sentences|convicted|acquitted|verdict|death sentences?)\b"
    r"|\b(?:court|judge)s? (?:in|of) (?-i:[A-Z])\w+\b[^.;]{0,80}\b(?:sentenced|sentences|convicted|death sentences?)\b"
    r"|\bconvicted (?:of|over|for)\b|\b(?:judicial council|prosecutors?)\b[^.;]{0,80}\b(?:said|statement)\b"
    r"|(?<!Islamic )(?<!Sharia )(?<!sharia )(?<!Shabaab )(?<!Shabab )\b(?-i:[A-Z])[\w-]+ (?:Criminal )?(?i:court)\b"
    r"[^.;]{0,60}\b(?:sentenced|sentences|convicted|death sentences?)\b"
    r"|\b(?:went off|blew up|exploded|detonated) (?:prematurely|accidentally)\b"
    r"|\bwhile (?:they were |he was )?(?:preparing|planting|making|assembling) (?:a |an )?(?:bomb|attack|explosives?)\b"
    r"|\b(?:are|is) (?:routinely |regularly |often |commonly )?carried out\b"  # "where executions are carried out"
    r"|\b(?:handed|given) the death (?:penalty|sentence)\b|\bto be (?:stoned|executed|beheaded|hanged)\b"
    r"|\b(?:repelled|survived|fended off) (?:\w+ )?(?:previous|earlier|past) (?:attacks|raids|assaults)\b"
    r"|\b(?:has|have) (?:intensified|stepped up|escalated) (?:its|their) (?:\w+ )?campaign\b"
    r"|\b(?:many|most|some|several) of the (?:\w+ and )?(?:dead|killed|victims|wounded)\b"  # retelling the toll
    r"|\b(?:many|several|countless) times\b(?![^.;]*\bmost recently\b)|\brisk(?:s|ed|ing)? their lives\b"
    r"|\b(?:brutal |notorious )?tactics,? (?:including|such as)\b"
    # the attackers' end is not another act: "the killing of the last two gunmen", "all the attackers were killed"
    r"|\b(?:killing|deaths?) of (?:the )?(?:last |remaining )?(?:\w+ )?(?:[\w-]+ )?(?:gunmen|attackers|assailants)\b"
    r"|\ball (?:the |four |three |five |six )?(?:\w+ )?(?:gunmen|attackers|assailants) were (?:killed|shot dead)\b"
    r"|\b(?:killed|shot dead|neutralised|neutralized) all (?:the |four |three |five |six )?(?:\w+ )?"
    r"(?:gunmen|attackers|assailants)\b"
    r"|\b(?:bombers?|attackers?|gunmen|assailants)\b[^.;]{0,60}\b(?:was|were) (?:shot dead|shot|killed) by "
    r"(?:the )?(?:guards|police|security|troops|soldiers|vigilantes)\b",
    re.IGNORECASE,
)
SINGLE_VICTIM = re.compile(
    r"\b(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?P<noun>woman|man|girl|boy|teacher|pharmacist|prisoner|journalist|headmaster|nurse|"
    r"doctor|soldier|shopkeeper|civilian|priest|imam|pastor|chief|official|policeman|worker|student|farmer)\b",
    re.IGNORECASE,
)
BLAME = re.compile(
    r"\b(?:blamed|claimed|responsibility|carried out|attributed|behind the (?:attacks?|blasts?|bombings?|explosions?|killings?|raid))\b",
    re.IGNORECASE,
)
# "no soldiers were killed": the act named did not happen
NEGATED_DEATHS = re.compile(
    r"\bno (?:\w+ )?(?:one|people|civilians|soldiers|troops|casualties|deaths|lives)\b[^.;]{0,25}\b(?:killed|hurt|harmed|lost|died|reported)\b",
    re.I,
)
# the end of a siege is not the denial of access
SIEGE_ENDS = re.compile(
    r"\b(?:ending|ended|lifting|lifted|broke|breaking) (?:a |the )?(?:[\w-]+ )?(?:siege|blockade)\b", re.I
)
# "the deadliest attack since October, when ...": a comparison with a past event, not a running total
NOT_AGGREGATE = re.compile(
    r"\b(?:deadliest|worst|biggest|largest|first)\b[^.;]{0,40}\bsince\b|\bsince [\w ]{2,30}, when\b"
    r"|\bthe latest in a (?:series|string|spate|wave) of\b"
    r"|\bafter (?:overrunning|storming|attacking|raiding|seizing|capturing)\b|\bin an? (?:attack|raid|ambush) on\b",
    re.IGNORECASE,
)
# a siege of a hotel, mall or restaurant: its bombs, gunfire and hostages are its killings
VENUE_SIEGE = re.compile(
    r"\b(?:siege|stormed|seized|took control of)\b[^.;]{0,60}\b(?:hotel|mall|restaurant)\b"
    r"|\b(?:hotel|mall|restaurant)\b[^.;]{0,20}\bsiege\b",
    re.I,
)
# victims who were in the perpetrators' hands: their killing is an execution
OWNED_BY = re.compile(r"(?:run|operated|held|controlled|owned|managed|used) by\s+(?:the\s+)?$", re.IGNORECASE)
CUSTODY = re.compile(
    r"\b(?:surrendered|captured|captives?|prisoners?|detainees?|in (?:their )?custody|lined (?:them )?up|(?:killed|shot|murdered|beheaded) (?:the |their |two |three |\w+ )?hostages?|kneeling|"
    r"in a cage|accus(?:ed|ing) (?:them |him |her )?of|dumped (?:their|the) bodies|(?:had|have) (?:been )?(?:held|holding)|tied (?:them )?up|tied (?:their|the) hands|blindfolded|mass graves?"
    r"|(?:seized|captured|rounded up|abducted|kidnapped) [^.;]{0,40}\band (?:then )?(?:slaughtered|killed|shot|murdered|beheaded) them"
    r"|(?:seized|captured|rounded up|abducted|kidnapped) [^.;]{0,40}\band (?:then )?(?:slit|cut) their throats"
    r"|after (?:being |having been )?(?:abducted|kidnapped|captured|seized|taken hostage)"
    r"|took (?:\w+ ){0,3}off|pulled (?:\w+ ){0,3}(?:out|off)|ordered (?:\w+ ){0,3}(?:out|off)|separated)\b",
    re.IGNORECASE,
)

CHILD_TERMS = _any(
    r"child(?:ren)?\b",
    r"boys?\b",
    r"girls?\b",
    r"schoolgirls?",
    r"minors?\b",
    r"teen(?:agers?|age)\b",
    r"pupils?\b",
    r"cubs\b",
    r"under-?age",
    r"aged (?:between )?(?:[1-9]|1[0-7])\b",
    r"(?:[1-9]|1[0-7])[- ]years?[- ]old",
    r"no older than",
    r"as young as",
)
CHILD_PERPETRATOR = _any(
    r"(?:boys?|girls?|child(?:ren)?|teenagers?|teenage \w+|minors?)\b[^.;]{0,60}?\b(?<!been )(?<!were )(?<!was )"
    r"(?:shoot(?:s|ing(?! range))?\b|shot\b(?!\s+(?:dead\s+)?by\b)|fired (?:at|on)|execut(?:e|es|ing)|behead\w*|blew (?:herself|himself|themselves) up|detonat\w*)",
    r"(?:child|boy|teenage|young) (?:executioners?|gunmen|bombers?)",
    r"girls? (?:suicide )?bombers?",
    r"used as (?:suicide )?bombers",
    r"explosives? (?:\w+ )?strapped to (?:her|his|their) bod(?:y|ies)",
    r"children as executioners",
)
CHILD_RECRUIT = _any(
    r"recruit\w*",
    r"training camps?",
    r"trained\b",
    r"cubs",
    r"made to fight",
    r"hand over boys",
    r"child soldiers?",
    r"enrol sons",
    r"sent to the front",
    r"drilled",
    r"weapons training",
)
CHILD_VICTIMS_NOTED = _any(
    r"(?:of the (?:victims|dead)|among (?:the dead|them|the victims)|including)\s+(?:were\s+)?(?:\w+\s+){0,2}(?:children|boys|girls|minors)",
    r"(?:\w+) of the victims were (?:children|boys|girls|minors)",
)
CHILD_WITNESS = _any(
    r"(?:forced|made) to watch",
    r"in front of (?:their|the|his|her) (?:pupils|students|children|sons|daughters)",
    r"(?:children|boys|girls) (?:were )?among (?:those|the crowd|the onlookers)",
    r"including children,? (?:were )?(?:gathered )?to watch",
    r"children[^.;]{0,40}watch",
)

# markers of a running total that a named day or week overrides ("have killed 12 people on Monday")
WEAK_AGGREGATE = _any(
    r"(?<!to )\b(?:have|has) (?:been )?(?:\w+ )?(?:killed|abducted|kidnapped|executed|recruited|raped|forced|displaced|attacked|destroyed|closed|held|taken)\b",
    r"\b(?:is|are) (?:still )?holding\b",
    r"(?:a |the )?(?:series|string|spate|wave) of (?:\w+ )?(?:attacks|raids|bombings|assaults|ambushes|killings)",
    r"\bestimates?\b",
)
AGGREGATE = _any(
    r"since (?:it|they|the|last|early|late|mid|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)",
    r"so far this year",
    r"since (?:seizing|capturing|taking|entering|overrunning|declaring|launching|storming)\b",
    r"since (?:[\w-]+ ){1,4}(?:began|started|launched|intensified|seized|captured|took|entered|stepped up)\b",
    r"over the same period",
    r"a total of",
    r"the number of",
    r"bring(?:s|ing)? (?:the|to)",
    r"during the year",
    r"over the (?:past|last) (?:\w+ )?(?:years?|months?|weeks?|decades?)",
    r"in (?:19|20)\d\d\b(?! when)",
    r"annual report",
    r"this year\b",
    r"since the (?:start|beginning)",
    r"\bstill (?:held|missing|in captivity)",
    r"\byears? after\b",
    r"\blast year\b",
    r"(?:first|past|last) (?:\w+ )?(?:months|weeks) of (?:the|this|last) year",
    r"(?:figures|toll|tally|count) (?:compiled|collected|gathered|kept)",
    r"(?:various|several|multiple|(?<!two )(?<!three )(?<!twin )separate|a number of|numerous) (?:\w+ )?"
    r"(?:attacks|raids|incidents|bombings|ambushes)",
    r"(?:first|second) half of (?:the year|this year|last year|\d{4})",
    r"\bremain(?:s|ed)? (?:closed|shut|missing|in captivity|in (?:the group's|their|its) hands)\b",
    r"\bstill in (?:the group's|their|its) hands\b",
    r"\bfate (?:is|remains|was) unknown\b|\bcompiled a list\b",
    r"\b(?:verified|documented|recorded|counted)\b",
    r"\bso far\b",
    r"\bsince (?-i:[A-Z])\w+ (?:began|started|launched|took|seized|captured|entered)\b",
    r"\b(?:in|during) (?:\w+ )?\w+ alone\b",
    r"\bto date\b",
    r"\bcumulative\b",
    r"\btall(?:y|ies)\b",
    r"between (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b[^.;]{0,15}\band\b",
    r"from (?:19|20)\d\d (?:to|until) ",
    r"(?:during|over the course of|throughout) the (?:war|conflict|insurgency|occupation)",
    r"\bin the (?:war|conflict)\b",
    r"\b(?:each|every|per) (?:day|week|month)\b",
    r"\bon average\b",
    r"\bannually\b",
    r"in the (?:first|past|last) (?:\w+ )?(?:months?|weeks?|years?)\b",
)
BREAKDOWN = re.compile(
    r"(?:(?P<n1>[\d,]+|\w+) of (?:them|those killed|whom) (?:were )?(?P<c1>[\w\s]{3,30}?)(?=[,.;]| and| including)|"
    r"(?:including|among them|among whom|of which)(?: at least| more than| about)? (?P<n2>[\d,]+) (?P<c2>[a-z][\w\s]{2,25}?)(?=[,.;]| and| who| many|$))",
    re.IGNORECASE,
)
