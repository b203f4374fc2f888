"""The words extraction listens for: methods, victims, children, aggregates, background (the event
triggers themselves are in :mod:`marsad.extract.triggers` and re-exported here).

Patterns are applied to one sentence at a time (lower-cased unless noted). They are plain data so
that coders can read and extend them; ``docs/record.md`` explains how each is used.
"""

from __future__ import annotations

import json
import re
from importlib import resources

from marsad.extract.aggregate_words import AGGREGATE_WORDS
from marsad.extract.triggers import TRIGGERS as TRIGGERS  # re-exported: rules read lx.TRIGGERS
from marsad.extract.triggers import any_of as _any

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

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
# "dozens of UN and aid workers" is one group; "12 soldiers and 20 militants" two
VICTIM_AFTER_COUNT = re.compile(
    # (past "Scores, and likely hundreds, of people", "scores - and likely hundreds - of people")
    rf"^[”\"]?(?:\s*[,—–-]\s*(?:and|or) (?:likely|possibly|probably|perhaps) (?:hundreds|thousands|dozens)\s*[,—–-])?"
    rf"(?:\s+(?!(?:and|or)\s+(?:\d|a\b|an\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b"
    rf"|dozens|hundreds|several|some|at least|more than))(?!or\b)"
    # (not "Up to 192 killed in Uganda as rebels torch ...": a verb ends the count's noun phrase)
    r"(?!(?-i:killed|dead|died|wounded|injured|when|were|was|are|is)\b)"
    # ('40-50 “militants”', "five Abu Sayyaf Group (ASG) fighters")
    rf"(?:U\.S\.|U\.N\.|[\w'-]+|\((?-i:[A-Z]{{2,6}})\))){{0,4}}?\s+[“‘]?(?P<noun>{_VICTIM_RE})\b"
    r"(?!['’]s?\s)"  # (not "one of the jihadists’ worst massacres": the noun a possessive)
    # (not "Three Myanmar military fighter jets": aircraft)
    r"(?!\s+(?:group|faction|movement|organi[sz]ation|commander|leader|attack|offensive|stronghold|camp|jet|plane"
    r"|aircraft|helicopter|bomber)s?\b)",
    re.IGNORECASE,
)
# the attackers the forces killed ("killed all six terrorists"): neither the act's dead nor a battle of its own
ATTACKER_NOUNS = r"attackers|assailants|gunmen|terrorists|militants|insurgents"
NOT_VICTIM_COUNT = re.compile(
    r"^(?:\s*(?:years?|months?|days?|hours?|minutes?|km|kilometres?|miles?|percent|%|per cent|tonnes?|trucks?(?! drivers)|homes?|houses?"
    r"|lashes|times|schools?(?! ?(?:children|kids|girls|boys|pupils))|cent(?:er|re)s|classrooms?|classes|videos?|photos?|vehicles?|weeks?|dollars?|shops?|stores?|huts?|cattle|cows"
    r"|statements?|accounts?|testimon(?:y|ies)|interviews?|cars?|motorcycles?|(?:more |other |of the )?suspects|refugees"
    r"|(?:severe |grave |serious )?violations? of (?:children['’]s |child |human )?rights)(?!\w)|\s*\$"
    r"|\s+with (?:abducted|escaped|former|survivors|witnesses)\b"  # "accounts, including 28 with abducted women"
    # "5,122 civilian casualties", "children killed or injured": the dead and the wounded together ("killed or
    # maimed" is the UN's violation of killing and maiming, a killing figure)
    r"|\s+(?:[\w-]+\s+){0,2}casualties\b"
    r"|\s+(?:[\w-]+\s+){0,2}deaths (?:and|or) injuries\b"  # "6286 civilian deaths and injuries recorded"
    r"|\s+(?:[\w-]+\s+){0,2}acts? of\b"  # "yet one abominable act of amba fighters": an act, not a person
    r"|\s+(?:[\w-]+\s+){0,2}(?:outposts|police posts|army posts|checkpoints)\b"  # "attacked at least 30 police outposts"
    # "death sentences to 17 people convicted in a series of fatal attacks": the convicts, not victims
    r"|\s+(?:people\s+|men\s+)?(?:convicted|sentenced|charged) (?:in|for|over) (?:a |the )?(?:series of |string of )?"
    r"(?:[\w-]+ ){0,2}(?:attacks?|bombings?|killings?)\b"
    r"|\s+(?:[\w-]+\s+){0,2}(?:were\s+|have been\s+)?(?:killed|dead) or (?:injured|wounded)\b"
    # "906 students were in the school", "the school where about 740 girls were resident": those there, not victims
    r"|\s+(?:[\w-]+\s+){0,2}(?:were|are|was) (?:in the (?:school|college|hostel|dormitor(?:y|ies))\b|resident\b"
    r"|enrolled\b|registered\b)"
    rf"|\s+(?-i:{MONTHS})\b)",  # "25 March": a day
    re.IGNORECASE,
)
WOUNDED = re.compile(
    r"(?:wound\w*|injur\w*)\s*$|\bwound(?:ing|ed)\b[^.;]{0,60}(?:,|\band)\s*$"
    # "the number of injured (not including police) was 181"
    r"|\bnumber of (?:[\w-]+ )?(?:injured|wounded)\b[^.;]{0,40}\b(?:was|were|is|stood at|reached|rose to)\s*$"
    r"|^\s*(?:,\s*including [\w\s-]{1,30},\s*)?"  # "40, including children, were critically injured"
    r"(?:(?!and\b|with\b|while\b|but\b|whereas\b)[\w-]+\s+){0,3}(?:were\s+|have been\s+|had been\s+|got\s+"  # not "43 with 61 others wounded"
    r"|(?:are|were|is|was)\s+(?:known|said|reported|believed|thought)\s+to\s+have\s+been\s+)?"
    r"(?:also\s+|reportedly\s+|seriously\s+|critically\s+|slightly\s+)?(?:wounded|injured|treated for)"
    r"|^\s*(?:[\w.-]+\s+){0,3}among the (?:wounded|injured)\b"  # "claimed 3 US personnel among the wounded"
    r"|^\s*(?:[\w-]+\s+)?injuries\b"  # "12,282 civilian deaths and 23,126 civilian injuries"
    # "while six civilians and four police officers were injured"
    r"|^\s*(?!lives\b)[\w-]+\s+and\s+(?:[\w-]+\s+){1,3}(?:were|have been|had been|got)\s+(?:also\s+)?(?:wounded|injured)\b"
    # "Three security forces personnel and 25 civilians got injured"
    r"|^\s*(?:(?!(?:killed|dead|died|were|was|have|had)\b)[\w-]+\s+){1,3}and\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}"
    r"(?:were|got|have been)\s+(?:\w+\s+)?(?:wounded|injured)\b"
    # "14 others sustained various degree of injuries", "nine sustained gunshot wounds"
    r"|^\s*(?:[\w-]+\s+){0,2}(?:sustain|sustained|sustaining|suffered|suffer)\s+(?:[\w-]+\s+){0,4}(?:injur|wound)"
    r"|^\s*(?:[\w-]+\s+){0,2}(?:was|were) inflicted with\b"  # "One person was inflicted with a mild injury"
    # "8 people remain in critical condition"
    r"|^\s*(?:[\w-]+\s+){0,2}(?:remain|remains|were|are|was|is)\s+(?:\w+\s+)?in (?:a )?(?:critical|serious|stable)"
    r" condition\b",
    re.IGNORECASE,
)
# "after a wave of bombings": an earlier wave, background, unless the sentence dates it to a day (the act
# told: "a string of suicide attacks on Wednesday killed more than 250")
WAVE = re.compile(
    r"\b(?:after|following|amid|despite|led|carried out|conducted|staged|launched) a (?:wave|spate|series|string) of"
    r" (?:\w+ )?(?:attacks|bombings|killings|kidnappings|abductions|suicide (?:attacks|bombings))\b",
    re.IGNORECASE,
)
# habitual or background statements: they describe a pattern, not the event reported
BACKGROUND = re.compile(
    # what a figure shows, not an act: "On average, someone is killed in each attempted kidnapping", "kidnap for
    # ransom has emerged as a common thread", "This suggests a shift", "reported the highest numbers of ... victims"
    r"^(?![^.;]*\d)(?:[^.;]*\bon average\b|[^.;]*\b(?:has|have) (?:emerged as|become (?:an?|more|less) )"
    r"|\W*(?:This|That) (?:suggests|indicates)\b|[^.;]*\b(?:highest|lowest|largest) numbers? of\b"
    # "the latest in a series of atrocities ..., some of which have targeted churches while others have involved the
    # abduction of clergy": the kinds of acts before, none of them told
    r"|[^.;]*\bthe latest in a (?:series|string|spate|wave) of\b[^.;]{0,120}\b(?:some|others|many) of which\b"
    # "the Abu Sayyaf involved in kidnap for ransom operations in the region", "kidnap-for-ransom gangs": a trade
    r"|[^.;]*\bkidnap(?:ping)?[- ]for[- ]ransom (?:operations|activities|gangs?|groups?|syndicates?|business)\b"
    r"|^(?![^.;]*\d)[^.;]*\b(?:blamed|blame|accused|accuse) (?:each other|one another)\b"  # "Both sides blamed each other"
    # "The violence has allowed extremist groups such as al-Qaeda ... to ... launch scores of attacks": what it let them do
    r"|[^.;]*\b(?:has|have|had) allowed\b[^.;]{0,100}\bto (?:[\w-]+ ){0,8}?(?:launch|carry out|stage|mount) "
    r"(?:scores|dozens|hundreds|numerous|many|a (?:wave|series)) of\b"
    r"|[^.;]*\bthan (?:in )?any other\b"  # "More people were kidnapped in Kebbi State than in any other state"
    # "The Delegation highlighted reports of criminal groups using children to steal and sell fuel": practices
    r"|[^.;]*\bhighlighted (?:reports|cases|instances) of\b"
    r"|\W*(?:During|In|Over) (?:this|that|the same) period\b"
    # "Turkey's tourism industry has been crippled by the recent violence, including ... battles with Kurdish militants"
    r"|[^.;]*\b(?:crippled|hurt|battered|shaken|hit) by (?:the )?recent (?:violence|attacks|bombings|unrest)\b"
    # "his country was 'fighting against all of them equally'": a struggle, not an act
    r"|[^.;]*\b(?:was|is|were|are) ['‘]?fighting against all\b"
    # "Both Kurdish and Islamic State militants have carried out bomb attacks in Turkey": who has struck before
    r"|\W*(?:Both|Either)\b[^.;]{0,80}\b(?:and|or)\b[^.;]{0,80}\b(?:have|has) carried out\b"
    r"|[^.;]*\b(?:uploaded|posted|shared) a video\b[^.;]{0,40}\bof an? (?:car )?(?:bombing|attack|blast)\b)|"
    r"(?<!that )(?<!which )\b(?:has|have|had)\s+(?:\w+\s+)?(?:repeatedly|routinely|regularly|often|frequently|long)\b|\b(?:routinely|regularly)\b(?! (?:targeted|attacked|hit|struck|raided) by\b)|\bin the past\b(?! (?:\w+ )?(?:days?|weeks?|months?|years?|decades?)\b)|\bpreviously\b(?! (?:unreported|unknown|undisclosed|unpublished|unrecorded|undocumented|documented|recorded"
    r"|verified)\b)"
    # (not "had previously been targeted in October, resulting in the deaths of 13 people": one earlier act)
    r"(?! been (?:targeted|attacked|bombed|struck|hit)\b[^.;]{0,30}\b(?:resulting in|leaving|killing|with) )"
    r"|\b(?:a|the) (?:\w+ )?court in (?-i:[A-Z])\w+ (?:sentenced|convicted|acquitted)\b"
    # a state court's verdict, and the crimes it names, are not a new act (militant "courts" are another matter)
    r"|\b(?:criminal|federal|supreme|appeals?|high|state|district|counter-terrorism|anti-terrorism|(?-i:[A-Z])\w+i|"
    r"(?-i:[A-Z])\w+an) court\b[^.;]{0,120}\b(?:sentenced|sentences|convicted|acquitted|verdict|death sentences?)\b"
    r"|\b(?:court|judge)s? (?:in|of) (?-i:[A-Z])\w+\b[^.;]{0,80}\b(?:sentenced|sentences|convicted|death sentences?)\b"
    # (not the man put to death: "executed a man convicted of murder", "a murderer convicted of killing 13")
    r"|(?<!\bman )(?<!\bmen )(?<!woman )(?<!women )(?<!person )(?<!murderer )(?<!killer )(?<!convict )(?<!who were )"
    r"(?<!who was )"
    r"\bconvicted (?:of|over|for)\b(?! (?:\w+ )?(?:theft|robbery|stealing|adultery|drinking|blasphemy|apostasy|spying))|\b(?:judicial council|prosecutors?)\b[^.;]{0,80}\b(?:said|statement)\b"
    r"(?=[^.;]*\b(?:trials?|court|charged|charges|sentenc\w*|convict\w*|indict\w*|verdict|defendants?|accused)\b)"
    r"|(?<!Islamic )(?<!Sharia )(?<!sharia )(?<!Shabaab )(?<!Shabab )"
    r"\b(?!(?:al-)?shabaa?b\b|taliban\b|militant\b)(?-i:[A-Z])[\w-]+ (?:Criminal )?(?i:court)\b"
    r"[^.;]{0,60}\b(?:sentenced|sentences|convicted|death sentences?)\b"
    r"|\b(?:went off|blew up|exploded|detonated) (?:prematurely|accidentally)\b"
    r"|\bwhile (?:they were |he was )?(?:preparing|planting|making|assembling) (?:a |an )?(?:bomb|attack|explosives?)\b"
    r"|\b(?:are|is) (?:routinely |regularly |often |commonly )?carried out\b"  # "where executions are carried out"
    # a state court's death sentence (a militant "court" ordering one is an execution)
    r"|\b(?:handed|given) the death (?:penalty|sentence)\b"
    r"(?![^.;]*\b(?:al-?shabaa?b|shabaab|islamic|sharia|militant|taliban|jihadist)\W+(?:[\w-]+ )?courts?\b)"
    r"|\bto be (?:stoned|executed|beheaded|hanged)\b"
    r"|\b(?:has|have) (?:witnessed|seen) (?:heavy |fierce )?(?:fighting|clashes) since\b"  # a war's start: no act
    # a state hanging men for their part in an attack ("Authorities ... publicly hanged two men convicted of involvement
    # in that attack", "Iran executed two people alleged to have helped carry out the October attack")
    r"|\b(?:authorities|government|regime|Tehran|Iran|Iraq|Egypt|Saudi Arabia)\b[^.;]{0,40}\b(?:executed|hanged)\b"
    r"[^.;]{0,40}\b(?:convicted|accused of involvement|involvement in|role in|alleged to have (?:helped )?"
    r"carr(?:y|ied) out)\b"  # (not "security forces summarily executed men ... for their alleged support")
    r"|\b(?:were|was) (?:publicly )?(?:hanged|executed)\b[^.;]{0,40}\bfor (?:their|his|her) (?:involvement|role|part)\b"
    r"|\bconvicted and (?:executed|hanged)\b"
    # a war's length: "The group has fought the federal government for over a decade"
    r"|^\W*(?:The|This|It|They)\b[^.;,]{0,30}\b(?:has|have) (?:fought|battled)\b[^.;]{0,60}\bfor "
    r"(?:over |more than |nearly |almost )?(?:a decade|\w+ (?:years|decades))\b"
    r"|\b(?:repelled|survived|fended off) (?:\w+ )?(?:previous|earlier|past) (?:attacks|raids|assaults)\b"
    r"|\b(?:has|have) (?:intensified|stepped up|escalated) (?:its|their) (?:\w+ )?(?:campaign|attacks|offensive)\b"
    r"|\b(?:killed|abducted|kidnapped|recruited) more (?!than\b)(?:[a-z]+ ){1,2}than\b"  # "killed more civilians than"
    r"|\b(?:many|most|some|several) of the (?:\w+ and )?(?:dead|killed|victims|wounded)\b"  # retelling the toll
    r"(?! (?:narrated|said|told|recounted|described|recalled)\b)"  # (not "Some of the victims narrated how ...")
    r"|\b(?:many|several|countless) times\b(?![^.;]*\bmost recently\b)|\brisk(?:s|ed|ing)? their lives\b"
    # "They accuse Pakistani security forces of illegal detentions, torture and executions": a standing charge
    r"|^(?![^.;]*\d)[^.;]*\baccus(?:e|es|ed|ing)\b[^.;]{0,60}\bof (?:[\w-]+ ){0,2}(?:detentions|torture|executions"
    r"|killings|abductions|disappearances|abuses)\b"
    r"|\b(?:brutal |notorious )?tactics,? (?:including|such as)\b"
    # "She has been helping the families of children who have been recruited": someone's work, not an act
    r"|\b(?:has|have|had) been (?:helping|working with|supporting|assisting|documenting|monitoring)\b"
    # "the RSF has been raiding villages in al-Jazira", "fierce fighting continues ... in El Fasher": a campaign, a war
    r"|\b(?:has|have) been (?:raiding|attacking|shelling|burning|looting) (?:\w+ ){0,2}(?:villages|towns|communities)\b"
    r"|\bfighting (?:continues|continued|rages|raged|is continuing|goes on)\b"
    r"|\bproxy (?:battle|war|fight|conflict)s?\b"
    # "Children as young as 11 are being beheaded in ... Cabo Delgado": what keeps happening, not an act
    r"|\b(?:are|is) being (?:beheaded|murdered|killed|executed|slaughtered|raped|recruited|abducted|kidnapped)\b"
    r"(?![^.;]{0,60}\b(?:today|tonight|now|this (?:morning|afternoon|evening|week))\b)"
    # a plan and a bomb workshop are no blast: "The initial plan was apparently to send five suicide bombers to a
    # hospital", "a flat ..., which had allegedly been used to prepare the explosive belts"
    r"|\b(?:initial |original )?plan was (?:apparently |reportedly )?to\b"
    r"|\bused to (?:prepare|make|assemble|build|store) (?:the )?(?:explosive|suicide) (?:belts|vests|devices)\b"  # "Syria's civil war is increasingly playing out as a proxy battle"
    r"|\bviolations (?:involve|include|comprise|cover)\b"
    # "Balochistan was the deadliest province for security forces as 10 out of 16 deaths took place in the province"
    r"|\b(?:was|is|remained|became) the (?:deadliest|most (?:affected|violent|dangerous)) (?:province|region|district"
    r"|state|country|area)\b(?![^.;]{0,40}\bwith (?:at least |more than |over |some )?\d)"  # (not ", with 300 killed")  # "Grave violations involve killing and maiming children"
    r"|\b(?:of|shows?|showing|known|unclear) how many\b"  # "It's not known how many thousands ... kidnapped"; "a breakdown of how many children were recruited", "the report shows how many"
    # "Boys are often charged with watching over abducted people", "girls often face sexual violence": habits
    r"|\b(?:are|is) (?:often|usually|generally|typically|commonly)\b"
    r"|\b(?:often|usually|generally|typically|commonly) (?:face|faces|act|acts|serve|serves|suffer|suffers)\b"
    # "Car bombs were frequent during decades of civil war": how common acts were, not an act
    r"|\b(?:were|was|are|is|became) (?:once |very )?(?:frequent|common(?:place)?|rife|routine|widespread)"
    r" (?:during|in|throughout|across|for|under)\b"
    r"|\b(?<!to )(?:carr(?:y|ies) out|(?:has|have) carried out|conducts?)\s+(?:public\s+)?(?:executions|floggings|amputations"
    r"|beheadings|killings|abductions|kidnappings)\b"  # "carries out executions, floggings and amputations"
    r"|\baccused (?:[\w-]+ ){1,4}of (?:committing )?(?:crimes|war crimes|atrocities|abuses|grave violations)\b"
    r"|\b(?:brought to justice|prosecuted|held accountable)\b[^.;]{0,40}\b(?:war crimes|crimes|atrocities|abuses)\b"
    # a group's reputation and a place's habit: "accused of slaughtering thousands of civilians", "three or four
    # days don't go by without us recording deaths"
    r"|\baccused of the (?:massacre|killing|murder)s? of (?:many |tens of )?(?:thousands|hundreds)\b"
    r"|\baccused (?:\w+ )?of (?:having )?(?:slaughter|massacr|kill|murder)(?:ing|ed|e) (?:many |tens of )?"
    r"(?:thousands|hundreds)\b"
    r"|\bdo(?:es)?n['’]?t go by without\b|\bnot a (?:day|week) goes by\b"
    # the attackers' end is not another act: "the killing of the last two gunmen", "all the attackers were killed"
    r"|\b(?:killing|deaths?) of (?:the )?(?:last |remaining )?(?:\w+ )?(?:[\w-]+ )?(?:gunmen|attackers|assailants)\b"
    r"|\bkill(?:ed)? (?:the|all(?: the)?) (?:\w+ )?(?:gunmen|attackers|assailants)\b"  # "to kill the three assailants"
    r"|\ball (?:the |four |three |five |six )?(?:\w+ )?(?:gunmen|attackers|assailants) were (?:killed|shot dead)\b"
    r"|\b(?:killed|shot dead|neutralised|neutralized) all (?:the |four |three |five |six )?(?:\w+ )?"
    r"(?:gunmen|attackers|assailants)\b"
    r"|\b(?:bombers?|attackers?|gunmen|assailants)\b[^.;]{0,60}\b(?:was|were) (?:shot dead|shot|killed) by "
    r"(?:the )?(?:guards|police|security|troops|soldiers|vigilantes)\b"
    # what captives are made to do, told as the group's practice: "the abducted children are being used for
    # transporting looted goods, forced labour, forced marriages", "they take children to train them"
    r"|\b(?:had been|has been) convicted\b[^.;]{0,40}\bof\b"  # the crime a convict was judged for
    r"|\b(?:punishments?|penalties)\b[^.;]{0,60}\b(?:have |has )?included\b"  # "Punishments ... have included"
    r"|\b(?:are|is) being used (?:by (?:[\w-]+ ){1,3})?(?:for|to|as|in)\b|\bto use them (?:for|as|in)\b|\bthey take children\b"
    # a rights group's condemnation, the law, and how it gathered its evidence: no act of their own
    r"|\b(?:denounc\w+|condemn\w+|decr(?:y|ied|ies)) (?:the )?(?:use|recruitment) of (?:child soldiers|children)\b"
    r"|\b(?:international |legal )?prohibition (?:on|of|against)\b"
    r"|\b(?:gathered|collected) (?:evidence|information|testimon\w+)\b[^.;]{0,40}\b(?:by|after) (?:speaking|interviewing|talking)\b",
    re.IGNORECASE,
)
# a vigil for the dead, not a prayer vigil that was attacked ("worshippers gathering for a nighttime vigil")
MEMORIAL = re.compile(
    r"\b(?:anniversary|(?:candlelight|memorial) vigils?|vigils? (?:for|to mark|in memory|in honou?r)"
    r"|(?:held|hold|holding|attended) (?:a )?(?:\w+ )?vigils?|commemorat\w+|memorial services?"
    # (not "marked exactly three years since gunmen attacked ... and killed seven school children": the act told)
    r"|marked (?:\w+ ){0,2}years since(?![^.;]*\b(?:and|,) (?:killed|kidnapped|abducted|massacred)\b)"
    # "The youth of Goma gathered on Monday to condemn the massacres": a protest against the act told
    r"|(?:gathered|marched|rallied|protested|demonstrated|took to the streets) (?:[\w-]+ ){0,4}to "
    r"(?:condemn|denounce|protest|mourn|demand))\b",
    re.IGNORECASE,
)
# "two explosions ... at a ceremony commemorating Soleimani": the gathering was the target
GATHERING_ATTACKED = re.compile(
    r"\b(?:explosions?|blasts?|bombs?|bombings?|attacks?|gunmen|bombers?)\b[^.;]{0,80}"
    r"\b(?:at|on|during|amid|hit|targeted|struck) (?:a|an|the) (?:large |huge )?(?:\w+ )?"
    r"(?:ceremony|celebration|gathering|crowd|procession|rally|march|event|service|memorial|commemoration|festival"
    r"|wedding|funeral)\b"
    # "killed ... at the emergency ward of Quetta's Civil Hospital, where scores of people had gathered to mourn"
    r"|\b(?:killed|dead|wounded|explosions?|blasts?|bomb\w*|attack\w*)\b[^.;]{0,120}, where (?:[\w-]+ ){1,4}"
    r"(?:had |have |were )?(?:gathered|assembled|congregated|crowded)\b",
    re.IGNORECASE,
)
BLAME = re.compile(
    r"\bsaid (?:it|they) (?:had )?(?:planted|placed|detonated|set off)\b|"  # "said it planted the bomb"
    r"\b(?:was|were|is|are|being) suspected of (?:carrying out|staging|launching|being behind)\b|"
    r"\b(?:blamed|claimed|responsibility|carried out|(?:staged|launched) (?:the|this|that|\w+['’]s) (?:[\w-]+ )?(?:attack|ambush|raid|assault)|(?:was|were) (?:staged|launched) by|attributed"
    r"|behind the (?:attacks?|blasts?|bombings?|explosions?|killings?|raid)"
    # "calls the attack ... a planned act of Islamic State terrorism", "preliminary findings point to the Islamic State"
    r"|\bact of (?:[\w-]+ ){1,3}terrorism\b|\b(?:findings|indications|evidence) (?:\w+ )?(?:point|points|pointed) to\b"
    # "The attacker was Nabil Fadli, a Syrian member of the Islamic State"
    r"|\b(?:attacker|bomber|gunman|perpetrator) was [^.;]{0,60}\b(?:a|an) (?:[\w-]+ ){0,2}member of\b"
    r"|believed? (?:that )?(?:\w+ ){1,4}(?:may|might|was|were|is|are) (?:be |have been )?(?:involved|behind)"
    r"|\b(?:may|might|could) (?:have )?be(?:en)? behind (?:the|this|that)\b"  # "the Islamic State might be behind"
    r"|(?:was|were|is|are|been) responsible for (?:the|this|these|that)|perpetrated (?:the|this|by)|suspected (?:to have|of having)"
    r" (?:perpetrated|carried out|committed)|bore the hallmarks? of|bears the hallmarks? of"
    r"|(?:crimes|massacre|killings) (?:[\w&,' ]{0,60})?(?:were|was) committed by"  # "war crimes were committed by X"
    r"|(?:is|was) (?:obviously |clearly |surely |certainly )?the (?:handiwork|work) of"  # "This is obviously the work of"
    # "The killings in Nouna were revenge attacks by volunteer fighters"
    r"|(?:were|was) (?:an? )?(?:revenge|reprisal|retaliatory) (?:attacks?|killings?|raids?) (?:carried out )?by"
    # "Boko Haram is the main suspect", "CNL party members incriminate the Imbonerakure"
    r"|(?:is|was|are|were) the (?:main|prime|chief|principal|key|only) suspects?\b|\bincriminat(?:e|es|ed)\b"
    r"|(?:is|are|was|were|being) accused of (?:the|this|that|carrying out the) (?:attack|bombing|killings?|massacre|raid)"
    # "the family members - a husband and wife, ... - were linked to Jemaah Ansharut Daulah (JAD)"
    r"|(?:attackers|bombers|assailants|gunmen|raiders|perpetrators|family members|couple)\b[^.;]{0,140}\b(?:were|was) "
    r"(?:linked to|members of)"
    # "Jemaah Islamiyah, the network responsible for the Bali attacks"
    r"|(?:group|network|faction|organi[sz]ation) responsible for (?:the|these|those) (?:[\w-]+ )?"
    r"(?:attacks?|bombings?|blasts?|killings?|massacres?)"
    # "The father in the May 14 attack was identified as the leader of the local branch of JAD"
    r"|\b(?:identified|named) as (?:a |the |an? )?(?:[\w-]+ )?(?:leader|member|commander|head)s? of)\b",
    re.IGNORECASE,
)
# "no soldiers were killed": the act named did not happen
# "Jilan killed herself", "she hanged herself": a suicide, not a killing (suicide bombers are another matter)
_SUICIDE = (
    r"\b(?:kill(?:ed|ing|s)?|hanged|hung|shot) (?:herself|himself|themselves)\b|\btook (?:her|his|their) own lives?\b"
)
SUICIDE = re.compile(_SUICIDE, re.IGNORECASE)
# "buried at least 43 people in nine mass graves", "laid them to rest in mass graves": a burial, not a massacre's sign
BURIAL = re.compile(  # (also "mass graves were being dug for victims": the dead buried, no sign they were held)
    r"\b(?:buried|bury|burying|burial|laid (?:\w+ ){0,3}to rest)\b[^.;]{0,60}\bmass graves?\b"
    r"|\bmass graves? (?:were|was|are|is) (?:being )?dug\b",
    re.I,
)
NEGATED_DEATHS = re.compile(
    _SUICIDE + "|"
    r"\bno (?:\w+ )?(?:one|people|civilians|soldiers|troops|casualties|deaths|lives|citizens?|foreigners?)\b[^.;]{0,25}"
    r"\b(?:killed|hurt|harmed|lost|died|reported|kidnapped|abducted)\b"
    r"|\bnot as if (?:they|he|she|the \w+) (?:had )?killed\b"  # "it was not as if they killed them"
    r"|\b(?:end|ends|ended|pass|passes|passed) without (?:any )?(?:killing|bloodshed|casualties)\b"  # a hope
    r"|\b(?:died|dead)\b[^.;]{0,25}\b(?:in|while in|during their) (?:captivity|custody|detention)\b",  # illness, not killing
    re.I,
)
# the end of a siege is not the denial of access
SIEGE_ENDS = re.compile(
    r"\b(?:ending|ended|lifting|lifted|broke|breaking) (?:a |the )?(?:[\w-]+ )?(?:siege|blockade)\b", re.I
)
# "the deadliest attack since October, when ...": a comparison with a past event, not a running total
NOT_AGGREGATE = re.compile(
    r"\b(?:deadliest|worst|biggest|largest|bloodiest|first)\b[^.;]{0,70}\b(?:since|(?:this|last) year|in recent (?:weeks|months|years|memory)"
    r"|in living memory)\b"
    r"|(?<!killed )(?<=[\w,] )since (?!the (?:start|beginning) of\b)[\w ]{2,30}, when\b"  # (not "since the start of
    # 2015, when", an opening "Since July 2023, when the army staged a coup", nor "since May 3, when the violence ...")
    r"(?! (?:the )?(?:[\w-]+ ){0,2}(?:violence|conflict|clashes|fighting|war|crisis|unrest|insurgency|hostilities)\b)"
    # "in the biggest massacre of the Iraqi minority in the jihadists' brutal campaign so far": a ranking
    r"|\b(?:deadliest|worst|biggest|largest|bloodiest)\b[^.;]{0,80}\b(?:so far|to date)\b|\bthe (?:second|third|fourth) "
    r"(?:attack )?(?:it|they) (?:has|have) carried out\b[^.;]{0,30}\bin (?:less than|under)\b"  # "in Kabul in less than"
    r"|\bthe latest in a (?:series|string|spate|wave) of\b|\bstate of emergency since\b"
    # "following a lull in major attacks since the end of the civil war": the calm the act broke
    r"|\b(?:lull|pause|respite|calm) in (?:[\w-]+ ){0,3}(?:attacks|violence|fighting|bombings)\b[^.;]{0,10}\bsince\b"
    r"|\bmarks (?:exactly )?(?:\w+ )?(?:years?|months?|weeks?) (?:after|since)\b"  # an anniversary of the act told
    # "killed 132 civilians in multiple attacks on villages ... over the weekend": one night's raids, one toll
    r"|\b(?:multiple|several|various) (?:\w+ )?(?:attacks|raids)\b[^.;]{0,60}\b(?:over the weekend|overnight"
    r"|on the night\b|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    # a past point, not a running period (but "Since seizing Sinjar earlier this month" opens one)
    r"|^(?:(?!\bsince\b)[^.;])*\bearlier (?:this (?:year|month)|in (?:19|20)\d\d)\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS}) (?:last|this) year\b"  # "on 14 May last year": a day
    rf"|\b(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)? (?:last|this) year\b"
    r"|\b(?:massacre|attack|bombing|raid|killings?)\b[^.;]{0,30}\b(?:took place|happened|occurred)\b"
    r"|\bafter (?:overrunning|storming|attacking|raiding|seizing|capturing)\b"
    # "beheading ... of 21 Egyptian Christians seized by Islamic extremists in Libya during the past two months"
    r"|(?<!has )(?<!have )(?<!had )(?<!been )\b(?:seized|kidnapped|abducted|captured|taken|rounded up) (?:by|from|in)\b"
    r"[^.;]{0,60}\b(?:during|over|in) the (?:past|last) "
    r"|\bin an? (?:attack|raid|ambush|assault) (?:on|near|in|at)\b"  # "in an ambush near the village of Tongo Tongo"
    r"|\bin what (?:is|was|became|has been) (?:known|called|dubbed) as the (?:[\w'-]+ ){1,3}massacre\b"  # one act
    # "one of the serious attacks ... in over 20 years after the same ADF attacked Kichwamba Technical College on ..."
    r"|\b(?:serious|deadliest|worst|biggest|largest|bloodiest|major) (?:attacks?|massacres?)\b[^.;]{0,60}"
    r"\bin (?:over |more than |nearly |almost )?(?:\d+|two|three|four|five|ten|twenty) (?:years|decades)\b"
    # "have killed at least 11 workers at a remote coal mine": one site, one act
    r"|\b(?:have|has) (?:killed|kidnapped|abducted|shot dead)\b[^.;]{0,50}\bat an? (?:[\w-]+ )?(?:coal mine|mine|mosque"
    r"|church|market|school|checkpoint|wedding|funeral|hotel|bus station|police station)\b"
    # "conducted a head count on Tuesday and discovered that at least 94 of the girls were still missing": one raid's
    r"|\b(?:head ?count|roll ?call)\b[^.;]{0,120}\bstill (?:missing|unaccounted for)\b",
    re.IGNORECASE,
)
# victims who were in the perpetrators' hands: their killing is an execution
OWNED_BY = re.compile(r"(?:run|operated|held|controlled|owned|managed|used) by\s+(?:the\s+)?$", re.IGNORECASE)
# "The slain civilian was abducted by the rebels a couple of hours before": the dead were taken first, then killed
SLAIN_AFTER_TAKEN = r"\bslain (?:\w+ ){0,2}(?:was|were|had been) (?:abducted|kidnapped)\b"
CUSTODY = re.compile(
    r"\b(?:surrendered(?! (?:Maoists|militants|rebels|insurgents|cadres|Naxals|Naxalites|fighters|jihadists)\b)|(?:were|was|been|had|they|he|she|a|an|the|two|three|\d+) captured|(?<!as )captured (?:near|in|at|during|by|after|on)\b(?! (?:\w+ ){0,3}(?:satellites?|cameras?|images?|footage|CCTV))|captured (?:\w+ ){0,2}(?:soldiers|fighters|men|troops|officers|cadets|people|civilians|villagers|hostages|policemen|forces|guards)|(?<!former )(?:captives?|prisoners?|detainees?)|in (?:their )?custody|lined (?:them )?up|(?:killed|shot|murdered|beheaded) (?:the |their |two |three |\w+ )?hostages?|kneeling(?! (?:for|in|during|at) (?:the )?(?:prayers?|worship))|"
    r"in a cage|accus(?:ed|ing) (?:them |him |her )?of(?! being (?:the )?(?:accomplices|complicit))|dumped (?:their|the) bodies|(?:had|have) (?:been )?(?:held|holding)|tied (?:them )?up|tied (?:their|the) hands|hands tied|hands and feet (?:were )?bound|bound hand and foot|being detained|bound with (?:a )?ropes?|hands bound|(?:were|was) bound\b|blindfolded|(?<!buried in a )(?<!near a )(?<!by a )(?<!into )(?<!into \x22)(?<!into \u201c)mass graves?"
    r"|\b(?:another|a second|a third) grave (?:containing|holding|with) the (?:bodies|remains) of\b"  # "another grave with"
    r"|\b(?:took|take|taken|taking) (?:the )?(?:men|boys|men and boys|them) away\b"  # "let the army take the men and boys away"
    r"|\bhostages\b[^.;]{0,40}\b(?:were|was|had been|have been) (?:killed|executed|shot dead|murdered)\b"
    r"|\b(?:lives|deaths) of (?:[\w-]+ )?hostages\b"  # "claimed the lives of 21 hostages and four soldiers"
    # "murdered three indigenous adolescents last month that they had forcibly recruited": their own recruits
    r"|\b(?:that|who|whom) (?:they|it) had (?:forcibly )?recruited\b"
    rf"|{SLAIN_AFTER_TAKEN}"
    # "civilians had been taken, and that some had already been killed": some of the captives
    r"|\b(?:taken|seized|abducted|kidnapped|captured),? and that (?:some|many|several|most|a number)(?: of them)? had "
    r"(?:already )?been killed\b"
    # "One of the six abducted", "15 of those seized had been killed"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|many|several|dozens) of (?:the|those) (?:\w+ )?"
    r"(?:abducted|kidnapped|captured|seized|taken)\b"
    r"|(?:seized|captured|rounded up|abducted|kidnapped) [^.;]{0,120}\band (?:then |later )?(?:[^.;]{0,100}\b(?:had|have) )?"
    r"(?:slaughtered|killed|shot|murdered|beheaded) (?:all of )?them"
    r"|\b(?:rounded up|subdued|assembled|gathered|herded) (?:\w+ ){0,3}and (?:then )?(?:summarily )?(?:slaughtered|killed|shot"
    r"|murdered|beheaded)\b"
    # "rounded up villagers, some believed to be women and children, and fatally shot more than 30"
    r"|\brounded up (?:\w+ ){0,3}\w+,[^.;]{0,60},? and (?:then )?(?:summarily |fatally )?(?:slaughtered|killed|shot"
    r"|murdered|beheaded)\b"
    # "took the women away and then killed 31 men", "caught them, carried off the girls and then killed 44 men"
    r"|\btook (?:\w+ ){1,4}away and (?:then )?(?:killed|shot|executed|slaughtered)\b"
    r"|\b(?:caught|seized|captured) them\b[^.;]{0,60}\band (?:then )?(?:killed|shot|executed|slaughtered)\b"
    # the dead just told, then "They were allegedly abducted from a relief camp", "militants abducted them from"
    r"|\b(?:They|they) (?:were|had been) (?:allegedly |reportedly |earlier )?(?:abducted|kidnapped|taken hostage)\b"
    r"|\b(?:abducted|kidnapped) them from\b"
    # "gathered the men of Qiniya in the square on Friday and shot them dead"
    r"|\b(?:gathered|herded|assembled)\b[^.;]{0,120}\band (?:then )?(?:summarily )?(?:shot|killed|slaughtered|executed"
    r"|murdered) them\b"
    # "dragged them from their houses and opened fire on them"
    r"|\bdragged (?:\w+ ){0,3}(?:from|out of)\b[^.;]{0,60}\band (?:then )?(?:opened fire on|shot|killed|executed) them\b"
    r"|\brounded (?:\w+ ){1,3}up\b[^.;]{0,80}\band (?:then )?(?:summarily )?(?:slaughtered|killed|shot|murdered|beheaded)\b"
    r"|\bsummarily (?:slaughtered|killed|shot|executed)\b"
    r"|\b(?:kidnapped|abducted|seized|captured) and (?:then )?(?:killed|executed|murdered|beheaded|shot)\b"
    r"|\bafter (?:they|he|she) (?:were|was|had been) (?:abducted|kidnapped|captured|seized|taken hostage|arrested)\b"
    r"|(?:seized|captured|rounded up|abducted|kidnapped) [^.;]{0,40}\band (?:then )?(?:slit|cut) their throats"
    r"|after (?:being |having been )?(?:abducted|kidnapped|captured|seized|taken hostage)"
    # (not troops that "had pulled out of the area", nor a gunman who "pulled out a Kalashnikov")
    r"|took (?:\w+ ){1,3}off|(?<!troops had )(?<!troops have )(?<!forces had )pulled (?:\w+ ){0,3}(?:out|off)(?! of the (?:area|region|town|village))(?! (?:a|an|his|her|their|the) (?:[\w-]+ )?(?:gun|rifle|pistol|Kalashnikov|weapon|knife|machete|grenade|umbrella)s?\b)|ordered (?:\w+ ){0,3}(?<!carry )(?:out|off)|separated(?! from (?:his|her|their) (?:wife|husband|spouse|partner)\b))\b",
    re.IGNORECASE,
)

# victims picked out of a group they held ("singled out from the 60 passengers", "those who could not recite
# the Koran"): killed in the killers' hands, told in the sentences around the killing
SELECTED = re.compile(
    r"\b(?:singled|singling|picked|sorted) (?:\w+ ){0,2}out\b|\bseparated (?:\w+ ){0,3}(?:out|from(?! (?:his|her|their) (?:wife|husband|spouse|partner)\b)|into)\b"
    r"|\bisolated and (?:killed|shot|executed)\b|\bordered (?:\w+ ){0,3}to lie down\b"
    # "They selected particular male residents from among the crowd of worshippers"
    r"|\b(?:selected|picked) (?:\w+ ){0,3}from among\b"
    r"|\b(?:recite|read|read out) (?:\w+ ){0,4}(?:verses|the (?:holy )?(?:Koran|Quran|Qur'an|shahada))\b",
    re.IGNORECASE,
)

CHILD_TERMS = _any(
    r"child(?:ren)?\b",
    r"boys?\b",
    r"girls?\b",
    r"schoolgirls?",
    r"school(?:boys?|children)\b",
    r"minors?\b",
    r"adolescents?\b",
    r"teen(?:agers?|age)\b",
    r"pupils?\b",
    r"(?:school)?kids\b",
    r"cubs\b",
    r"in their (?:early |mid-)?teens\b",  # "killers ... possibly in their early teens"
    r"as young as (?:1[0-7]|[5-9])\b",
    r"(?:1[0-7]|[5-9])(?: or 1[0-7])? years old\b",
    r"under-?age",
    r"aged (?:between )?(?:[1-9]|1[0-7])\b",
    r"ages? of (?:between )?(?:[1-9]|1[0-7])\b",
    r"(?:[1-9]|1[0-7])[- ]years?[- ]old",
    r"no older than",
    r"as young as",
    r"new-?borns?\b",
    r"bab(?:y|ies)\b",
    r"infants?\b",
    r"toddlers?\b",
    r"(?:secondary|high|primary|junior|boarding) school\b[^.;]{0,80}\bstudents\b",  # students of a secondary school
    r"students\b[^.;]{0,80}\b(?:secondary|high|primary|junior|boarding) school\b",
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
# "raped several dozen women and girls", "abducted women and children": girls among those raped or taken
WOMEN_AND_GIRLS = re.compile(r"\bwomen and (?:young |teenage )?(?:girls|children)\b", re.I)

# markers of a running total that a named day or week overrides ("have killed 12 people on Monday")
WEAK_AGGREGATE = _any(
    r"(?<!to )\b(?:have|has) (?:been )?(?:\w+ )?(?:killed|abducted|kidnapped|executed|recruited|raped|forced|displaced|attacked|destroyed|closed|held|taken)\b",
    r"\b\d[\d,]* (?:children|people|civilians) (?:have|has) died\b",  # "at least 435 children have died and 2,025 ..."
    r"\b(?:is|are) (?:still )?holding\b",
    r"\bremain(?:s|ed)? (?:missing|unaccounted for|in captivity)\b",  # a count of those still missing
    # "It has made two million people homeless and abducted more than 10,000 children"
    r"(?<!to )\b(?:have|has) (?:[\w-]+ ){1,8}and (?:killed|abducted|kidnapped|executed|recruited|raped)\b",
    r"\bkilled in (?:\w+ )?attacks\b",
    r"(?:a |the )?(?:series|string|spate|wave) of (?:\w+ )?(?:attacks|raids|bombings|assaults|ambushes|killings)",
    r"\bseveral (?:\w+ )?(?:incursions|attacks|raids)\b",  # "several deadly incursions ... and killed 57 on June 3-8"
    r"\bestimates?\b",
    r"\ban estimated\b",  # "an estimated 1,500 child fighters"
    r"^\W*altogether\b",  # "Altogether almost 2,700 people have died in the violence"
    r"\b(?:in|as part of) (?:an?|the|its) (?:[\w-]+ ){0,3}campaign\b",  # "in an ISIS-sanctioned campaign"
    r"\bduring the (?:violence|unrest|offensive|fighting)\b",  # "were reportedly kidnapped during the violence": its days
    r"\b(?:up)?surge (?:in|of) (?:\w+ )?violence\b",  # "following an upsurge in violence ... that led to the deaths of"
)
AGGREGATE = _any(*AGGREGATE_WORDS)
BREAKDOWN = re.compile(
    r"(?:(?P<n1>[\d,]+|\w+) of (?:them|those killed|whom) (?:were )?(?P<c1>[\w\s]{3,30}?)(?=[,.;]| and| including)|"
    r"(?:including|among them|among whom|of which)(?: at least| more than| about)? (?P<n2>[\d,]+) (?P<c2>[a-z][\w\s]{2,25}?)(?=[,.;]| and| who| many|$))",
    re.IGNORECASE,
)

# nouns a verb of violence can take that are no person: "blew up the track", "attacked the convoy"
NOT_PERSONS = frozenset(
    "track train bus vehicle truck car bridge carriage fire dormitory store campus compound classroom office "
    "station school hospital clinic village town city video camp building road convoy market base checkpoint area "
    "region house home mosque church attack group footage bomb device explosive grenade mine position post hotel "
    "assault raid operation plan mission number ministry headquarters restaurant bakery cafe café eatery mall "
    "premises massacre crime atrocity killing suspect shooter gunman".split()  # (the attacker arrested: no victim)
)
TAKING_LEMMAS = frozenset({"abduct", "kidnap", "seize", "capture", "arrest", "detain"})
VIOLENT_LEMMAS = frozenset({"shoot", "execute", "behead", "kill", "detonate", "blow", "stab", "slaughter", "murder"})

# "2,721 children recruited to fight for all sides in the conflict": a figure of every party, no one group's
# "the recruitment of 1,293 children, including by Al-Shabaab (908), the Somali National Army (209)": by party
BY_PARTY = re.compile(r"\bincluding by\b[^.;]{0,80}\(\s*[\d,]+\s*\)[^.;]{0,80}\(\s*[\d,]+\s*\)")
ALL_SIDES = re.compile(
    r"\b(?:for|by) (?:all|both) (?:the )?(?:sides|parties|warring parties)\b"
    r"|\b(?:war|conflict|insurgency)\b[^.;]{0,30}\b(?:that|which) (?:has|have) (?:killed|claimed)\b",  # a war's toll
    re.I,
)
# "a 5-year-old war that has killed more than 250,000 people": a war's toll counts its dead on every side, a killing figure
WAR_TOLL = re.compile(
    r"\b(?:war|conflict|insurgency)\b[^.;]{0,30}\b(?:that|which) (?:has|have) (?:killed|claimed)\b", re.I
)
