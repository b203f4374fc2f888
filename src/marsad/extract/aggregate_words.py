"""Words that make a figure a running total of many acts, not one act's toll: a span of time ("since 2017", "so far
this year", "in March alone"), a total ("a total of", "the number of"), a monitor's count ("documented", "recorded"),
or a war's toll ("The conflict has claimed more than 40,000 lives"). Plain pattern strings, compiled into
:data:`marsad.extract.lexicon.AGGREGATE`; ``docs/codebook.md`` says when a figure is a claim."""

from __future__ import annotations

# the toll of a war or a wave of violence, not of one act: "The death toll from the ongoing violence in Syria's coastal
# region has surged to at least 1,500 civilians"
_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"

WAR_TOLL = (
    r"\btoll (?:from|of|in) (?:the )?(?:[\w'’-]+ ){0,3}(?:violence|fighting|clashes|conflict|unrest|hostilities)\b"
)

AGGREGATE_WORDS: tuple[str, ...] = (
    r"since (?:it|they|the|last|early|late|mid|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)",
    r"since (?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d",  # "Since Jan. 9, a series of attacks"
    r"so far this year",
    # "Tuesday's report, which covers the last quarter of 2024, says", "killed in the fourth quarter", "during police
    # operations, BINUH said in a report": a monitor's period or many acts added up
    r"\b(?:covers|covering|covered) (?:the )?(?:last |first |second |third |fourth |past )?(?:quarter|half|months?|year)\b",
    r"\bin the (?:first|second|third|fourth|last) quarter\b",
    r"\bduring (?:police |military |security |law enforcement )?(?:operations|raids|patrols)\b",
    # "launched a nationwide crackdown and search operation, during which over 100 militants were killed"
    r"\b(?:nationwide|countrywide|province-wide|sweeping) (?:[\w-]+ ){0,2}(?:crackdown|operations?|search operations?)\b",
    # "Some 745 have reportedly been killed in Somalia by the US' use of force": a toll of a campaign's many strikes
    r"\bkilled (?:in (?-i:[A-Z])\w+ )?by (?:the )?(?:[\w.]+['’]?s?\s+)?(?:use of force|strikes|air ?strikes|drone strikes"
    r"|operations|raids)\b",
    # "health officials said 1,055 people had been killed during retaliatory strikes by Israel": a campaign's toll
    r"\bkilled during (?:retaliatory |israeli |air |aerial )*(?:strikes|air ?strikes|bombardments?)\b",
    # a war's toll: "The conflict has claimed more than 40,000 lives", "The insurgency has been responsible for"
    r"\b(?:the|this|a|its) (?:\w+ )?(?:conflict|insurgency|war|violence|crisis|uprising|fighting|clashes|unrest)"
    r"(?: (?:near|in|along|across) [^,.;]{1,50})?(?:, (?:which |involving )[^,.;]{0,60},| which [^.;]{0,120}?,)?"
    r" (?:has|have|had) (?:also )?"
    # "the fighting had killed at least 80", "The violence near the ... border, involving ..., has claimed at least 80"
    r"(?:claimed|killed|left|been responsible for)\b",
    r"\b(?:during|in) the \d+(?:st|nd|rd|th) month\b",  # "during the 56th month of operations"
    r"\b(?:confirmed|verified|documented|recorded) (?:more than |at least |over |some )?[\d,]+ (?:cases|incidents|violations)\b",
    r"since (?:seizing|capturing|taking|entering|overrunning|declaring|launching|storming)\b",
    r"since (?:[\w-]+ ){1,4}(?:began|started|launched|intensified|seized|captured|took|entered|stepped up|broke out"
    r"|erupted)\b",
    # "In reports received by UNICEF from the start of the fighting until 25 April 2023, 190 children have been killed"
    r"\bfrom the (?:start|beginning|outbreak) of (?:the )?(?:[\w-]+ )?(?:fighting|war|conflict|violence|crisis|clashes)\b",
    # "UNICEF confirms over 400 children killed, 3.3 million displaced by Sudan conflict": a war's toll
    r"\bby (?:the )?(?:(?-i:[A-Z])[\w'’-]+ )?(?:conflict|war|fighting|violence)\b",
    # "no fewer than 9 children were killed and 50 injured in the ongoing violence in Khartoum, Darfur ..."
    r"\bin the ongoing (?:violence|fighting|conflict|clashes|war|hostilities)\b",
    r"over the same period",
    r"\bamid the conflict\b",  # "Six signatories of the peace accords have been killed amid the conflict"
    r"\bdeaths\W{0,2} in (?:\w+ )?attacks on\b",  # "reported 'at least 488 deaths' in attacks on Fulanis"
    # "have killed at least 52 civilians in the Beni and Lubero areas in recent days"
    r"\b(?:have|has) (?:[\w-]+ ){0,2}(?:killed|abducted|kidnapped)\b[^.;]{0,120}\bin recent (?:days|weeks|months)\b",
    # "In less than two weeks, more than 100 people have been killed"
    r"\bin (?:less than |under |just over |more than )(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?)\b",
    # "massacring 1,200 people within days of the attack": a campaign's toll over its first days
    r"\bwithin (?:days|weeks|months) of (?:the|its|their) (?:attack|offensive|assault|invasion|takeover)\b",
    r"\bin (?:three|four|five|six|seven|eight|nine|ten|[3-9]|\d\d+) (?:separate )?(?:attacks|explosions|blasts|bombings|raids)\b"
    # (not "in three explosions during Friday prayers at one of the biggest mosques": one act's blasts)
    r"(?![^.;]{0,60}\b(?:at|in|outside) (?:an?|the|one of the) (?:[\w-]+ ){0,3}(?:mosque|church|market|school|stadium|hotel)s?\b)",
    # "Between 1 January and 9 September 2024": a span of months, days or not
    r"(?:from|between) (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december) (?:\d{1,2},? )?(?:\d{4} )?(?:and|to|until|through) \d{1,2} (?:january|february|march|april|may|june"
    r"|july|august|september|october|november|december)\b",
    # "The deadliest month was February, with over 570 deaths countrywide": a month's total
    r"\bthe deadliest (?:month|year|week) (?:was|of)\b",
    r"(?:from|between) (?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r" (?:\d{4} )?(?:through|to|until|and) (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)",  # "from January through March"
    r"a total of",
    # (not "As the number of mourners increased, a suicide bomber blew himself up": a crowd, not a count of acts)
    # (nor "Reports of the number of fatalities concluded that 43 people died": the toll of the act just told)
    r"(?<!reports of )the number of(?! (?:mourners|worshippers|protesters|guests|visitors|spectators|onlookers)\b)",
    r"bring(?:s|ing)? (?:the|to)",
    r"rais(?:es|ing) the (?:death )?toll (?:from [^.;]{0,40} )?to",
    r"during the year",
    # "For the past two years, the group has been targeting villages, killing more than 700 people"
    r"(?:over|for) (?:the (?:past|last) |more than |over )(?:\w+ )?(?:years?|months?|weeks?|decades?)",
    r"in the (?:bombings|attacks|blasts|raids) over the (?:two|three|four|five|\d+) days",  # several acts added up
    r"in the (?:previous|preceding) year",  # "documenting 12,282 civilian deaths ... in the previous year"
    # a monitor's month: "714 Iraqis were killed ... in acts of terrorism, violence and armed conflict in October"
    r"in acts of (?:terrorism|violence)",
    r"terrorism, violence and armed conflict",
    # "Over half of the 2,400 people killed in June were civilians": a share of a month's figure
    # (not "most of the 26 men killed in the terror strike were shot in the head": one act's dead)
    r"(?:half|a third|third|two-thirds|a quarter|most|the majority) of the [\d,]+ (?:[\w-]+ )?(?:killed|dead|deaths)"
    r"(?! (?:in|during) (?:the|this|that|\w+day['’]s) (?:[\w-]+ ){0,2}(?:attack|strike|assault|massacre|bombing|blast|raid"
    r"|shooting|ambush)\b)",
    r"(?:casualty |death )?figures for (?:19|20)\d\d\b",
    # (not "Kfar Aza, founded in 1951": the year a place began)
    r"(?<!founded )(?<!established )in (?:19|20)\d\d\b(?! when)"
    r"(?! (?:parliamentary |presidential |general |local )?(?:elections?|polls?|vote))",
    r"annual report",
    r"\bin recent (?:weeks|months|years)\b",  # "had captured as many as 500 children in recent weeks"
    r"\bin the period (?:when|since|after|before)\b",  # "more than 200 killings ... in the period when it captured"
    r"this year\b",
    r"since the (?:start|beginning)",
    # (not the missing of one attack, nor "still missing after they were kidnapped last week": the taking told)
    r"\bstill (?:held|missing(?! and (?:feared|presumed) dead)(?! after (?:they|being|insurgents|gunmen|militants"
    r"|attackers|bandits)\b)|in captivity)",
    r"\byears? after\b",
    r"(?<!ary )(?<!rch )(?<!ril )(?<!May )(?<!une )(?<!uly )(?<!ust )(?<!ber )\blast year\b",  # not "In December last year"
    r"(?:first|past|last) (?:\w+ )?(?:months|weeks) of (?:the|this|last) year",
    r"(?:figures|toll|tally|count) (?:compiled|collected|gathered|kept)",
    r"(?:various|several|multiple|(?<!two )(?<!three )(?<!twin )(?<!in )separate|a number of|numerous) (?:\w+ )?"
    r"(?:attacks|raids|incidents|bombings|ambushes)",
    # a monitor's tally: "militants carried out 24 attacks across the country in October 2018 in which 32 people were
    # killed", "a total of 63 militant attacks, resulting in 83 fatalities", "2 incidents of militant assaults took lives"
    r"(?<![\w,.])(?:[2-9]|[1-9]\d+|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,2}(?:attacks|incidents"
    r"|assaults)\b(?: of (?:[\w-]+ )?(?:attacks|assaults|violence))?[^.;]{0,60}\b(?:in which|resulting in|took (?:the )?lives"
    r"|claiming|that (?:killed|left))\b",
    r"\btotal [\d,]+ numbers? of\b",  # "In result of attacks total 26 number of people lost their lives"
    # "Maximum casualties were caused by IED blasts in which 15 number of people died": blasts of a month, not one
    r"(?<!the )(?<!twin )(?<!two )(?<!double )\b(?:IED |suicide |bomb )?(?:blasts|bombings|explosions) in which\b",
    r"(?:first|second) half of (?:the year|this year|last year|\d{4})",
    # "one-third of the casualties during those six months were children, with 388 killed"
    r"\b(?:during|in|over|for) (?:those|these|the) (?:first |past |last )?(?:two|three|four|six|nine|twelve|\d+) months\b",
    r"\bremain(?:s|ed)? (?:closed|shut|missing|in captivity|in (?:the group's|their|its) hands)\b",
    r"\bstill in (?:the group's|their|its) hands\b",
    r"\bfate (?:is|remains|was) unknown\b|\bcompiled a list\b",
    # "documented and registered 136 dead bodies in Karma", "161 deaths were recorded": one act's dead
    r"\b(?:verified|documented)\b(?![^.;]{0,40}\bbodies\b)(?! (?:evidence|footage|videos?|images|photos)\b)"
    # "observers ... visited a village near Homs on Saturday and counted more than 32 children ... killed": its dead
    r"|\bcounted\b(?![^.;]{0,90}\b(?:bodies|killed|dead)\b)(?! among\b)"  # ("counted among the eight killed")
    r"|(?<!deaths were )(?<!deaths have been )(?<!event )(?<!attack )(?<!incident )\brecorded\b"
    r"(?! (?:at least |more than |over )?[\w-]+ (?:\w+ )?bodies)",  # (not "the deadliest event recorded last week")
    r"\bso far\b",
    r"\bsince (?-i:[A-Z])\w+ (?:began|started|launched|took|seized|captured|entered)\b",
    # (not "In one church alone, St. Mary's in Kochchikade, ... 30 people were killed": one site of an act)
    r"\b(?:in|during) (?!(?:one|a|that|this|the) (?:church|mosque|hotel|school|village|town|camp|site|hospital)\b)"
    r"(?:\w+ )?\w+ alone\b",
    r"\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day alone\b",  # "132 civilians were killed on Tuesday alone"
    rf"\bon (?:\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?) alone\b",  # "On 5 November alone, 66 ... executed"
    r"\b(?:have|has) been killed since (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",  # "... killed since Thursday, when"
    # a wave of violence across a region: "The death toll from the ongoing violence in Syria's coastal region",
    # "a wave of sectarian-fuelled revenge killings across the coastal area", "over the past two days", "in around 30
    # separate events termed as massacres"
    WAR_TOLL,  # (also "Death Toll in Syria's Coastal Violence Rises to 1,500")
    r"\b(?:a|the) recent wave of violence\b",
    r"\bacross the (?:[\w-]+ ){0,2}(?:area|region|coast|country|provinces)\b",
    r"\bacross (?:several |many )?villages\b",  # "killed ... in separate attacks across villages in Zamfara"
    r"\bover the (?:past|last) (?:two|three|four|five|several|\d+) days\b",
    r"\bin (?:around |about |some )?(?:\d+|three|four|five|six|seven|several) separate (?:events|incidents|attacks"
    r"|massacres)\b",
    r"\bto date\b",
    # "As of December 2017, 2,261 children have been identified", "By the end of October 2017, UNICEF ... 826"
    r"\b(?:as of|by the end of) (?:(?:the )?end of )?(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december|(?:19|20)\d\d)\b",
    # a siege's running toll: "puts the total number of slain civilians at 45 as of Thursday", "... as of Saturday"
    r"\b(?:the total number of|have (?:also )?been killed)\b[^.;]{0,80}\bas of (?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b|\bkilled\b[^.;]{0,40}\bas of (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    r"\bformer (?:and released )?child soldiers\b",
    # "Thousands of children in Kasai have been associated with militias": no one act recruits thousands
    r"\b(?:thousands|tens of thousands) of (?:children|boys|girls|minors)\b[^.;]{0,60}\b(?:associated with|recruited"
    r"|used as|involved in)\b",  # "helped 826 former and released child soldiers": many acts
    # "militants were responsible for 300 deaths", "The figure of the dead ... this year", "attacks on towns and villages"
    r"\bresponsible for (?:about |over |more than |some |nearly )?[\d,]+ deaths\b|\bthe figure of the dead\b",
    r"\battacks on (?:[\w-]+ ){0,2}towns and villages\b",
    r"\bcumulative\b",
    r"\btall(?:y|ies)\b",
    # not "between June 11 and 14": a few days of one act
    r"between (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b"
    r"(?! \d{1,2}(?:st|nd|rd|th)? (?:and|to) (?:the )?\d{1,2}(?:st|nd|rd|th)?\b(?! (?:of )?[a-z]{3,}))[^.;]{0,15}\band\b",
    r"from (?:19|20)\d\d (?:to|until) ",
    r"\bbetween (?:early |late |mid-?)?(?:19|20)\d\d\b[^.;]{0,15}\band\b",  # "between early 2020 and May 2021"
    r"(?:during|over the course of|throughout) the (?:war|conflict|insurgency|occupation)",
    r"\bin the (?:war|conflict)\b",
    r"\b(?:each|every|per) (?:day|week|month)\b",
    r"\bon average\b",
    r"\bannually\b",
    r"in the (?:first|past|last) (?:\w+ )?(?:months?|weeks?|years?)\b",
    r"\bin (?:two|three|four|five|six|seven|eight|nine|ten|\d+) years\b",  # "has left more than 2,000 dead ... in six years"
)
