"""Who a report quotes: "according to X", "X said", "said X", "police said", "a local official told".

Plain patterns, like :mod:`~marsad.extract.lexicon`, so that coders can read and extend them;
:func:`marsad.extract.quotes.find_attributions` applies them and resolves short names ("the
monitor") to the full names a report gives earlier.
"""

from __future__ import annotations

import re

# "a local official told": the costly pattern, so it is searched only in clauses with a reporting verb
ROLE_SAID = re.compile(
    r"\b(?P<who>(?:(?:a|an|the|one|two|three|several|some)\s+)?(?:(?:the )?(?:town|city|village|district|province|state|camp)'s\s+)?"
    r"(?:(?:local|regional|military|security|senior|emergency|provincial|civilian|militia|hospital|medical|police|diplomatic|intelligence|monitoring|city|town|municipal|(?!(?:in|which|that|what|where|who|whom|whose|of|on|at|for|to|by|with|a|an|or|as|while|when|after|before|but|since|because|then|if)\b)[A-Z][\w-]*(?:'s|s')?|(?:[A-Z]\.){2,})\s+){0,4}"
    r"(?:officials?|residents|witnesses|eye ?witnesses|eyewitness|peacekeepers|survivors?|police|prosecutors?|activists|farmers?|fishermen|herders?|villagers?|parents(?: and officials)?|elders|resident|witness|"
    r"medics|aid (?:agencies|groups|workers?)|charity|medical charity|state (?:media|news)|(?:(?<=local )|(?<=an )|(?<=ese )|(?<=ish )|(?<=i ))media|monitors?|network|group|sources?|"
    r"(?:education |interior |health |defence )?(?:office|ministry|director)|spokes(?:man|woman|person)|governor|agency|(?:news )?agencies|"
    r"government|army|military|authorities|(?:his|her|their) (?:family|families|relatives)|family|families|relatives|"
    r"department|(?:state )?(?:television|tv|radio)(?: station)?|researchers?|investigators?|experts?|analysts?|teachers?|doctors?|nurses?|physicians?|"
    r"health (?:workers?|professionals)|"
    r"priests?|bishops?|imams?|pastors?|mothers?|fathers?|traders?|drivers?|shopkeepers?|(?:intelligence |police |UN |U\.N\. )?reports?|"
    r"services|leaders?|commander|chief|mayor|head|lawmaker|legislator|senator|councillor|council member|minister|administrators?|officers?|(?:his|her|their) colleagues|a relative|rescue workers?|rescuers|medics|clerics|diocese|church|parish|"
    r"mission|commission|commissioner|committee|panel|former (?:child )?fighters|defectors|chairman|(?:teachers' )?union officials?"
    r"|organi[sz]ation|collective|council|company)"
    r"(?: (?:in|from|fleeing|of) (?:the )?(?:[a-z][\w-]* )?(?:(?:[a-z]+ ){0,2}[A-Z][a-z]+ (?:state|province) of )?"
    r"[A-Z][\w-]+(?: [A-Z][\w-]+)?(?: region| province| state)?)?"  # ("in the violent western Mexican state of Jalisco")
    r"(?: who [a-z][\w ]{1,30}?| which (?:controls?|holds?|runs?|rules?) [\w '’]{1,30}?)?)"
    r"(?: and (?:an? |the )?(?:[\w-]+ ){0,2}(?:sources?|officials?|residents|witnesses))?"  # "a local official and a"
    r"\s+(?:on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day )?(?:(?:have|has|had) )?(?:also |here |initially |later |earlier |first |previously )?(?:said|told|reported|reports?(?= that|\s*[.,;]|\s*$)|say|says|estimate[sd]|counted|believe[sd]?"
    r"|confirmed|disclosed|documented|(?<!report has )(?<!report )revealed(?=\s*[.,;]|\s*$|\s+that\b)"  # "..., police have revealed."
    r"|claimed(?= that\b| (?:as many as|more than|at least|up to) \d)|states?(?= that\b)|found(?= that\b)"  # "eye witnesses have claimed that ...", "Eyewitnesses state that"
    r"|verified|announced|put the (?:death )?toll)\b",
    re.IGNORECASE,
)

ATTRIBUTION = [
    # "UNICEF: 1 in 3 schools closed" (not "CAR: Tensions high in ...": a country's initials heading the story)
    re.compile(r"^(?P<who>(?!(?:CAR|DRC|RDC|USA|UAE|KSA)\b)[A-Z]{3,}[A-Za-z]*):\s"),
    re.compile(r"^(?![^\n]*\d[^\n]*\()[^\n]*\((?P<who>[A-Z]{3,}[A-Za-z]*)\):", re.M),  # "SITUATION UPDATE (OCHA):"
    # (not a wire dateline's agency: "Quetta [Pakistan], May 14 (ANI):" names the outlet)
    re.compile(r"^(?P<who>(?:Local |Security |Military )?sources? in [A-Z][\w-]+):"),  # "Local sources in Konduga:"
    re.compile(r"\b(?:Figures|Data) compiled by (?:the )?(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?: project)?)"),
    re.compile(  # "according to casualty figures recorded by the United Nations Assistance Mission for Iraq (UNAMI)"
        r"[Aa]ccording to (?:a |an |the )?(?:casualty |latest |monthly |official |new )?(?:figures|data|statistics) "
        r"(?:(?:compiled|recorded|released|collected|published|issued)(?: today| on [A-Z][a-z]+day)? )?"
        r"(?:by|from|of) (?:the )?"
        r"(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)*)"
    ),
    re.compile(
        r"[Aa]ccording to (?:a|an|the) (?:(?-i:[a-z])+ )?(?:tally|estimate|count|report|study|survey|figures?|database"
        r"|release)"  # "According to a press release from the Sudanese Ministry of Health"
        r" (?:kept |compiled )?"
        r"(?:by|from|of) (?:the )?(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)*)"
    ),
    re.compile(
        r"[Aa]ccording to (?:a|an) (?P<who>[A-Z]{2,}[\w-]*) (?:estimate|tally|count|report|study|survey|figures?"
        r"|statement)"
    ),
    re.compile(r"[Aa]ccording to (?:a|an|the) (?P<who>(?:[A-Z]\.){2,} (?:report|estimate|tally|count|study|survey))\b"),
    re.compile(  # "according to a French government security assessment"
        r"[Aa]ccording to (?:a|an|the) (?P<who>[A-Z][\w-]+ (?:[a-z]+ ){0,2}(?:assessment|report|estimate|study|survey))\b"
    ),
    re.compile(  # "According to the volunteers of the Israeli emergency service Zaka": the service, by its name
        r"[Aa]ccording to (?:the )?(?:volunteers|members|staff|workers|medics|teams?) of (?:the )?(?:[\w-]+ ){0,3}"
        r"(?:service|agency|organi[sz]ation|group|charity) (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)"
    ),
    re.compile(  # "according to activist group Kyunhla, which was at the scene"
        r"[Aa]ccording to (?:the |a |an )?(?:[a-z-]+ ){0,2}(?:group|organi[sz]ation|network|monitor|NGO|charity) "
        r"(?P<who>[A-Z][\w'’-]*(?: (?:(?:in|for|of) )?[A-Z][\w'’-]*)*)"  # "the group Human Rights Activists in Iran"
    ),
    re.compile(  # "The Mid-Year report published by United Nations Assistance Mission in Afghanistan (UNAMA) indicates"
        r"\b(?:report|study|survey) (?:published|released|issued) by (?:the )?"
        r"(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)*)(?: \([A-Z]{2,8}\))? "
        r"(?:indicates|indicated|shows|showed|says|said|found|finds)\b"
    ),
    re.compile(r"\b(?P<who>(?:[Tt]he )?U\.N\.(?: [A-Z][\w-]+)*) (?:has |have )?(?:said|says|reported|estimated)\b"),
    # "... were killed in Hawa Gelan woreda ... on Monday, July 4, 2022, as reported by BBC Amharic"
    re.compile(r",? as reported by (?:the )?(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4})"),
    # "The UN recorded more than 500 civilian deaths in the area in 2018"
    re.compile(r"\b(?:[Tt]he )?(?P<who>UN|U\.N\.) (?:has |have )?(?:recorded|documented|verified|counted)\b"),
    re.compile(  # "an estimate by Save the Children which said that almost 51 young children ..."
        r"\b(?:estimate|tally|count|report|study|survey|figures?) (?:by|from) (?:the )?"
        r"(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)*),? (?:which|that) "
        r"(?:said|says|found|showed|shows|estimated)\b"
    ),
    re.compile(  # "with 19 child bombings, most involving young girls, recorded by UNICEF last year"
        r"\b(?:recorded|documented|verified|counted|as confirmed (?:this [A-Z][a-z]+day )?) ?by (?:the )?"
        r"(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)*)"
        r"(?= (?:last|this|in|since|during|between|over|so far)\b|\s*[,.;])"
    ),
    re.compile(  # "an Islamabad-based independent think tank Pakistan Institute for Conflict and Security Studies (PICSS)"
        r"\b(?:think[- ]tank|research (?:institute|centre|center|group)) (?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?"
        r"(?: +)?[A-Z][\w'’-]*)+)(?=\s*(?:\(|,|in its\b|(?:has |have )?(?:said|says|reported|revealed|recorded)\b))"
    ),
    re.compile(  # "According to Information revealed in monthly report of Pakistan Institute for ... (PICSS)"
        r"[Aa]ccording to (?:the )?[Ii]nformation (?:revealed|released|published|given) in (?:the |its |a )?(?:\w+ )?"
        r"report of (?:the )?(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)+)"
    ),
    re.compile(  # "according to the state chapter of the Christian Association of Nigeria (CAN)"
        r"[Aa]ccording to (?:the |a )?(?:[a-z]+ )?(?:chapter|branch|office|wing|arm|unit) of (?:the )?"
        r"(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in)?(?: +)?[A-Z][\w'’-]*)*)"
    ),
    re.compile(  # "According to a London newspaper, about 300 men were executed": an outlet not named
        r"[Aa]ccording to (?P<who>(?:a|an|the) (?:[A-Z][\w-]+ |local |state |pro-government |opposition )?"
        r"(?:newspaper|daily|tabloid|broadsheet|news agency|television channel|radio station))\b"
    ),
    re.compile(  # "according to Istanbul's governor Vasip Sahin": a place's official, by name
        r"[Aa]ccording to (?P<who>[A-Z][\w-]+['’]s (?:governor|mayor|police chief|health minister|prosecutor)"
        r"(?: [A-Z][\w'’-]+){1,3})"
    ),
    re.compile(  # "According to counter-terrorism and security expert, Zagazola Makama, the terrorists ..."
        r"[Aa]ccording to (?:[\w-]+ ){0,5}(?:expert|analyst|researcher|journalist|consultant),? "
        r"(?P<who>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]+){1,2}),"
    ),
    re.compile(  # "According to Dablo mayor, Ousmane Zongo, the gunmen ...": the person, not the town
        r"[Aa]ccording to (?:the )?(?:[A-Z][\w'’-]+ )?(?:deputy |vice )?(?:mayor|governor|prefect|bishop|police chief"
        r"|commissioner)(?: of (?:[A-Z][\w'’-]+ )+(?:province|state|region|district)?)?,? "  # "the deputy governor of Fars"
        r"(?P<who>[A-Z][a-z][\w'’-]*(?: [A-Z][\w'’-]+){1,2}),"
    ),
    re.compile(  # (and "according to the anti-regime Karenni Nationalities Defence Force")
        r"[Aa]ccording to (?:the )?(?:(?-i:[a-z])+-(?-i:[a-z])+ )?"
        r"(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|de|du|al|&)?(?: +)?[A-Z][\w'’-]*)*)"
        r"\b(?! (?:video|footage|images|photos|pictures|media)\b)"  # (not "according to French video": no one)
        r"(?:(?<=['’]s)|(?! (?:mayor|governor|prefect|bishop|police chief|commissioner),? [A-Z][a-z]+ [A-Z]))"
    ),
    re.compile(  # "A recent U.N. report reveals that", "A shocking UN report has revealed that"
        r"\b(?:[Aa]n?|[Tt]he) (?:recent |new |latest |preliminary |shocking )?(?P<who>(?:[A-Z]\.){2,}|UN) (?:report|study|survey) "
        r"(?:has )?(?:reveals|revealed|shows|showed|says|said|found|finds)\b"
    ),
    re.compile(  # "A preliminary United Nations investigation concluded that"
        r"\b(?:[Aa]n?|[Tt]he) (?:preliminary |new |joint |latest )?(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*) "
        r"(?:investigation|inquiry|probe) (?:has )?(?:concluded|found|showed|shows|established)\b"
    ),
    re.compile(  # "The United Nations was able to verify 2,721 children recruited"
        r"\b(?P<who>(?:the |The )?[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)*)"
        r" (?:was|were|has been|have been) able to (?:verify|confirm|document)\b"
    ),
    re.compile(  # "the Syrian Observatory for Human Rights (SOHR), a UK-based monitoring group, reported"
        # "the Armed Forces of the Philippines (AFP) reported yesterday", "... (AFP) here reported that"
        r"\b(?P<who>[A-Z][\w'’-]*(?: +(?:(?:for|of|on|the|and|in|&) +){0,2}[A-Z][\w'’-]*)+) \([A-Z]{2,8}\),?"
        r"(?: [^,.;()]{1,50},)? +(?:(?:also|here) +)?(?:said|says|reported|reports|told|verified|documented|documents|stated|confirmed"
        r"|recorded(?! the (?:highest|most|lowest|largest|fewest))|released)\b"
        r"(?! only\b)(?! to (?:be|have)\b)"
    ),  # (not "NEMA, in a statement, said only two of the suicide bombers died": a rival count)
    re.compile(  # "Bello Kankara, chairman of Dutsin-Ma local government, said that"
        r"(?:^|(?<=[.!?,] ))(?P<who>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+){1,2}), (?:an? )?(?i:head|chairman|chairperson|leader"
        r"|chief|commissioner|director|member|mayor|aide|adviser|advisor) (?:of|in|to) [^;.\"“]{3,80}?, (?:said|says|told"
        r"|disclosed|stated|announced|reported|confirmed)\b",  # "Myriam Fièvre, mayor of the neighboring town of"
        # "Saint-Marc, announced that", "Garzali Raccah, an aide to the Local Government Chairman ..., confirmed"
        re.M,
    ),
    re.compile(  # "The Plateau State Governor, Caleb Mutfwang, has disclosed", "spokesman in the state, DSP Alfred Alabo,"
        r"\b(?i:governor|commissioner|chairman|chairperson|spokes(?:man|person|woman)|minister|commander|administrator"
        r"|coordinator|director)"
        r"(?: (?:in|of|for) (?:the )?[\w ]{1,30}?)?, (?P<who>(?:[A-Z]{2,5}\.? )?[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}),? "
        r"(?:(?:has|had) )?(?:said|says|disclosed|stated|confirmed|announced|revealed|told)\b"
    ),
    re.compile(
        r"\b(?P<who>(?:the |The )?[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&|de|del|da|du|des)?(?: +)?[A-Z][\w'’-]*)*) +"
        r"(?:also +)?(?:(?:(?:has|have) )?(?:said|says|reported|reports(?=\s*[.,;]|\s*$| that\b)|told|verified|verifies|documented"
        r"|stated|confirmed|estimates|announced"
        r"|revealed(?= (?:today|that)\b))"
        r"|(?:has|have|had) recorded)\b(?! to (?:be|have)\b)(?! the (?:highest|most|lowest)\b)"  # "MINUSMA had recorded"  # not "aircraft of the Nigerian Air Force (NAF) said to be hovering"
    ),
    re.compile(
        r"(?:said|reported) +(?:the )?(?P<who>[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)+)"
        r"(?=\s*(?:[.,;:)\"”]|$|(?:on|in|at|that|after|when)\b))"  # not "said the Cathedral ... had been hosting"
    ),
    re.compile(
        r"(?:^|(?<=[.!?] ))(?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}), (?:a )?\d{1,3}, (?:said|told)\b", re.M
    ),  # "Aisha, 52, said"
    re.compile(  # "Iraq Body Count has recorded details of 17,049 civilian deaths": a monitor's record
        r"\b(?P<who>(?:the |The )?[A-Z][\w'’-]*(?: +(?:for|of|on|the|and|in|&)?(?: +)?[A-Z][\w'’-]*)* (?:Count|Monitor"
        r"|Observatory|Mission|Network|Project|Watch|Commission|Office|Organi[sz]ation|Agency))"
        r"(?: \([A-Z]{2,8}\))? +(?:(?:has|have) )?recorded\b(?! the (?:highest|most|lowest|largest|fewest))"
    ),
    ROLE_SAID,
    re.compile(
        r"[Aa]ccording to (?:its |their )?(?P<who>(?:(?:a|an|the|two|three|several|some|local)\s+){0,2}"
        r"(?:(?:[A-Z][\w-]+|district|provincial|regional|military|security|senior|government|hospital|medical|village|police"
        r"|community|humanitarian|defen[cs]e|interior|health|foreign|church|parish|diocesan)\s+){0,2}"
        r"(?:official (?:figures|data|tallies|counts?)|police statements|residents|witness(?:es)?"
        r"|officials?|sources?|survivors?|activists|medics|nurses?|doctors?|physicians?|health (?:workers?|professionals)"
        r"|(?:monitoring|watchdog) groups?|monitors?|watchdogs?"  # "according to a local monitoring group"
        r"|police|relatives|elders|(?:state |local )?media|(?:media|local|news) reports|spokes(?:man|woman|person)|commander|administrator"
        r"|authorities|(?:human )?rights groups?|(?:ministry|army|military|[Gg]overnment|governor)(?: of [A-Z][\w-]+)?(?=\s*(?:[.,;:)(\"”]|$)))(?![\w-])"
        r"(?: (?:of|from|with) the (?:[A-Z][\w-]+ ){0,3}[A-Z][\w-]+(?=,))?"  # "an official of the Civilian JTF,"
        # "according to a witness and other reports", "according to a survivor and a relative of one of the victims"
        r"(?: who [\w ]{2,20})?(?: and other reports| and (?:an? |the )?(?:relatives?|witness(?:es)?|residents?)"
        r"(?: of (?:one of )?the victims)?)?)"
    ),
    re.compile(
        r"[Aa]ccording to (?P<who>(?:local |regional |military |security |government )(?:[a-z]+ ){0,3}sources)\b"
    ),
    re.compile(
        r"[Aa]ccording to (?:the )?(?:monitoring (?:project|group)|monitor|rights group|watchdog|charity|agency) "
        r"(?P<who>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)"
    ),
    re.compile(
        r"^(?P<who>(?:Local )?(?:Residents|Witnesses|Activists|Survivors|Officials|Elders|Parents))\b[^.;]{0,100}?\bsaid\b"
    ),
    re.compile(  # "according to the latest edition of the Global Terrorism Index"
        r"[Aa]ccording to (?:the )?(?:latest |new |newest |\d{4} |(?-i:[a-z]+) )?(?:edition|issue|version) of (?:the )?"
        r"(?P<who>[A-Z][\w'’-]*(?: (?:for|of|on|the|and|in|&) ?| )?(?:[A-Z][\w'’-]*\s?){1,5})"
    ),
    re.compile(  # "The Institute for Economics and Peace has published the Global Terrorism Index", "The 2024 Global
        # Terrorism Index (GTI) released by the Institute for Economics & Peace has revealed": the body behind a report
        r"\b(?:[Tt]he )?(?P<who>(?-i:[A-Z])[\w'’-]*(?: (?:(?:for|of|and|&) )?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
        r"(?-i:[A-Z])[\w'’-]*){1,6}) (?:has |have )?(?:published|released|issued) (?:the|its) (?:\d{4} )?"
        r"(?:latest |annual )?(?:[A-Z][\w-]* ){0,4}(?:Index|Report|[Ss]urvey|[Ss]tudy)\b"
    ),
    re.compile(
        r"\b(?:Index|[Rr]eport|[Ss]urvey|[Ss]tudy|figures|data)(?: \([A-Z]{2,8}\))? released by (?:the )?"
        r"(?P<who>(?-i:[A-Z])[\w'’-]*(?: (?:(?:for|of|and|&) )?(?-i:[A-Z])[\w'’-]*){1,6})"
        r" (?:has |have )?(?:revealed|shows|showed|found|reported)\b"
    ),
    re.compile(  # "The UN children’s agency UNICEF released a statement ... in which it confirmed"
        r"\b(?:UN|U\.N\.|United Nations) children['’]s (?:agency|fund),? (?P<who>[A-Z]{3,})"
        r"(?= released| issued| said| on [A-Z]|[,.])"  # "a statement issued by the UN children’s agency UNICEF on Monday"
    ),
    re.compile(  # "According to the UN children's agency, at least 435 children have died"
        r"\b[Aa]ccording to (?:the )?(?P<who>(?:UN|U\.N\.|United Nations) children['’]s (?:agency|fund))\b"
    ),
    re.compile(  # "(death toll revised down from 359 by authorities)": who gave the toll
        r"\b(?:toll|figure|count) (?:was |had been |has been )?(?:revised|raised|lowered|updated)"
        r"(?: (?:down|up|upwards?|downwards?))?(?: from [\d,]+)?(?: to [\d,]+)? by (?:the )?"
        r"(?P<who>authorities|police|officials|(?:the )?government|(?:[Hh]ealth )?[Mm]inistry|[A-Z][\w-]+(?: [A-Z][\w-]+){0,3})"
    ),
    re.compile(  # "AFP quoted Police sources", "Reuters quoted local officials as saying": those the agency quoted
        r"\b(?:[A-Z]{2,}|Reuters|[A-Z][a-z]+ [A-Z][a-z]+) quoted (?P<who>(?:(?:[Pp]olice|[Ll]ocal|[Ss]ecurity|[Hh]ospital"
        r"|[Mm]ilitary|[Ss]enior|[Gg]overnment) ){0,2}(?:sources|officials?|police|witnesses|residents|doctors))\b"
    ),
    re.compile(  # "the army statement on Friday said": the body whose statement it is
        r"\b(?P<who>(?:the |an? )?(?:army|military|police|government|ministry|presidency|junta))(?:'s)? statement"
        r"(?: (?:issued |released )?on [A-Z][a-z]+day)? (?:said|says|stated)\b",
        re.I,
    ),
]
# a role pattern's match has only letters, digits, spaces, hyphens and apostrophes; it ends with a reporting verb
CLAUSE = re.compile(r"[\w\s'-]+")
REPORTING_VERB = re.compile(
    r"said|told|report|say|estimated|counted|believe|put the|confirmed|disclosed|documented|verified|announced|revealed"
    r"|claimed that|claimed (?:as many as|more than|at least|up to) \d|states? that|found that",
    re.IGNORECASE,
)
NOT_SOURCES = {
    "Unconfirmed reports",  # "Unconfirmed reports say at least 30 cadets were killed": no one in particular
    "Reports",
    "He",
    "She",
    "It",
    "They",
    "We",
    "The",
    "A",
    "An",
    "This",
    "One",
    "If",
    "When",
    "Once",
    "Unless",
    "Information",  # "According to Information revealed in monthly report of ...": the report's author is the source
}
NOT_SOURCES |= {
    "UPDATE",
    "BREAKING",
    "EXCLUSIVE",
    "WATCH",
    "LIVE",
    "VIDEO",
    "PHOTOS",
    "OPINION",
    "ANALYSIS",
}  # headline tags
