"""Days a sentence names that are not the act's: when a video came out, a source spoke, a group claimed the
attack, a report was published or a town fell."""

from __future__ import annotations

import re

RELEASE = re.compile(
    r"(?:video|footage|statement|report|pictures|photos|images|recording|clip|film|claim)s?\b[^.;]{0,80}?"
    r"(?:released|published|posted|distributed|uploaded|aired|circulated)\s+(?:[\w'()-]+\s+){0,8}$"
    r"|(?:video|footage)s?\b[^.;]{0,80}?\bshowed\s+$"  # "a video purportedly from the extremists showed Sunday"
    r"|\b(?:video|footage|film)s? (?:which|that)\s+$"  # "another video which earlier this month showed"
    r"|(?:released|published|posted|distributed|uploaded|aired|circulated) (?:(?:a|an|the|its|their|another) )?"
    r"(?:[\w-]+ ){0,2}"
    r"(?:video|footage|statement|report|recording)s?\s+(?:[\w'-]+\s+){0,3}$"  # "released a grisly video on Saturday"
    # "circulated photos and a video on social media on Tuesday purporting to show"
    r"|(?:released|posted|circulated|shared) (?:photos|images|pictures) and (?:a |the )?videos?\s+(?:[\w'-]+\s+){0,4}$"
    # "released one of their most grisly snuff videos Sunday"
    r"|(?:released|published|posted|aired) one of (?:their|its|the) (?:[\w-]+ ){0,4}(?:videos|films|recordings)\s+$"
    # a page's own stamp: "(last modified Mon, 25 Jun 2018 13:08:31 GMT )", "Updated: Monday,"
    r"|\b(?:last modified|last updated)\b[^\n()]{0,40}$"
    r"|\b(?:updated|published|posted)\s*:\s*(?:[A-Z][a-z]{2,8},?\s+)?$",
    re.IGNORECASE,
)
# "IS captured the city on May 21", "Palmyra, which was captured in late May": when a town fell, not the act
# (unless the act came "days after" it, or the doers are "insurgents who overran Palma last month")
CAPTURED = re.compile(
    r"^(?:(?!\b(?:days|weeks|hours|shortly|soon) after\b).)*"
    r"(?:\b(?<!who )(?:captured|seized|overran|took control of|took over)\s+(?:the\s+)?(?:parts? of (?:the\s+)?)?"
    r"(?:(?:city|town|village|site)\s+|(?-i:[A-Z])[\w'-]+\s+)"  # ("the group that seized parts of Marawi on May 23")
    r"|\b(?:city|town|village)(?: of [A-Z][\w'-]+)?, which was (?:captured|seized|overrun|taken)\s+"
    # "executing at least 160 men after seizing the city on June 11"
    r"|\bafter (?:seizing|capturing|taking|overrunning) (?:control of )?(?:the\s+)?(?:city|town|village|base)\s+)"
    r"(?:(?:in|on)\s+)?$",
    re.IGNORECASE,
)
REPORT_DATE = re.compile(
    # "accounts of the massacre emerged on Saturday", "a video ... began to surface in January"
    r"\b(?:emerged|surfaced|(?:began|started) to surface|came to light)\s+(?:on\s+|over\s+|in\s+)?$|"
    r"\b(?:similar to|like|than)\s+$|"  # "an attack similar to Saturday's took place ... last year"
    r"\bthe (?:scene|site)\s+$|"  # "a village that was the scene last year of Mali's worst massacre": another act's
    r"\b(?:in|on) (?:a|an|its|their|the) (?:press |news )?(?:report|statement|study)\s+"
    r"(?:(?:released|published|issued)\s+)?(?:on\s+)?$"
    r"|\bin (?:media|news|press) reports\s+(?:on\s+)?$"  # "an account attributed in media reports Friday"
    r"|\btold (?:[A-Z][\w-]* ){1,2}(?:news )?agency\s+(?:on\s+)?$"  # "the official told Xinhua news agency on Saturday"
    # "the ISPR chief told Dunya News on Thursday", "told Geo television earlier on Wednesday": the telling's day
    r"|\btold (?:[A-Z][\w-]* ){1,2}(?:News|TV|[Tt]elevision|[Rr]adio)\s+(?:(?:earlier|later)\s+)?(?:on\s+)?$"
    # "followed President Barack Obama's announcement last week that ...": the day of the announcement
    r"|\b(?:announcement|speech|address|decision|visit|remarks)\s+(?:on\s+)?$"
    # "announced in a statement early on Sunday that two vehicle bombs ... on Saturday": the statement's day
    r"|\bin a (?:statement|speech|post|briefing|tweet)\s+(?:(?:early|late)\s+)?(?:on\s+)?$"
    # "identified in the Shingal district after it was liberated from IS in November 2015": when it was retaken
    r"|\b(?:liberated|retaken|recaptured)\b[^.;]{0,30}\b(?:in|on)\s+$"
    # "buried in mass graves ... after Russian troops withdrew last week": when the occupiers left
    r"|\b(?:withdrew|retreated|pulled out|pulled back)(?: from (?:the )?[\w'’-]+(?: [\w'’-]+){0,3})?\s+(?:on\s+)?$"
    # "the deadliest attack since violence spilled into the country in 2015": when a state began
    r"|\bsince (?:[\w-]+ ){0,3}(?:spilled|began|started|erupted|broke out|spread)\b[^.;,]{0,40}\s+$"  # "began last"
    # "since the outbreak of the armed conflict in April 2023": when a war began
    r"|\b(?:since|after) the (?:outbreak|start|beginning|break ?out) of [^.;]{0,40}\bin\s+$"
    # "the deadliest ... since the U.S.-led invasion of Iraq in 2003": when a war began
    r"|\bsince (?:the|its|their) (?:[\w.-]+ ){0,3}(?:invasion|occupation|fall|ouster|overthrow|uprising|revolution|war"
    r"|defeat)\b[^.;]{0,40}(?:\bin\s+|\()$"  # "since its defeat in Al-Baghouz (March 2019)"
    # "the deadliest ... since wresting control from a civilian government in 2021": when a junta took power
    # ("since the junta took power in a coup two years ago")
    r"|\bsince (?:(?:the|its) )?(?:[\w-]+ ){0,2}(?:wresting|seizing|taking|grabbing|took|seized|grabbed)"
    r" (?:control|power)\b[^.;]{0,40}\s+$"
    # "after an initial probe on Monday", "At a press conference of Karma residents on 29 April", "During a
    # meeting with Nigeria's vice president on Wednesday"
    r"|\b(?:probe|investigation|inquiry|press conference|news conference|briefing|meeting)\b(?: [^.;]{0,40})?\s+on\s+$"
    r"|\b(?:met|meets) (?:with )?(?:[\w'’-]+\s+){1,5}on\s+$"  # "Assad met peace envoy Kofi Annan on Tuesday"
    # "including fighters who surrendered to Russia in May at the Azovstal steel plant": the victims' own past
    r"|\b(?:who|that) (?:had )?(?:surrendered|were evacuated|had been evacuated|were captured|were taken prisoner)\b"
    r"[^.;]{0,60}\s+(?:in|on)\s+$"
    # "UN observers visited the town Houla on Saturday and counted 92 bodies": the day of the visit
    r"|\b(?:observers|monitors|investigators|inspectors)\b[^.;]{0,40}\bvisited (?:[\w'’-]+\s+){1,5}on\s+$"
    r"|\b(?:spent|spend|spending)\s+$"  # "families spent Easter Monday burying their dead": the day after
    r"|\b(?-i:Flash|Update|Bulletin|Brief|Sitrep|Digest|Newsletter) of\s+(?:\d{1,2}\s+)?$"  # "Daily Flash of 26 ..."
    # "based on a fact-finding mission to the massacre area in February", "after a mission visited the region in
    # February", "first found out about the attacks in February 2010", "unconfined a report on Sunday": not the act's
    r"|\b(?:mission|fact-finding visit)\b[^.;]{0,40}\s+(?:in|on)\s+$"
    r"|\b(?:found out|learned|learnt) (?:about|of)\b[^.;]{0,40}\s+in\s+$|\b(?:a|the|its) report\s+on\s+$"
    # a source cited in brackets: "(RFI, 20 September 2022)", "(Twitter, 1 August 2022)": when it reported
    # (and each source after the first: "(Al-Arabiya, January 20-23, 2022; Sky News, January 21, 2022)")
    r"|(?:\(|\d{4};\s+)(?-i:[A-Z])[^(),;]{0,60},\s+(?:\d{1,2}\s+)?$"  # (not "(army statement, 19 Jan)" closing a line)
    # "176 hostages were released after a government counter-attack into the next morning": when they were freed
    r"|\bhostages (?:were |had been )?(?:released|freed|rescued)\b[^.;]{0,60}\s+$"
    # "... were killed at the scene, and an additional victim died ten days later": a later death's day
    r"|\b(?:additional|further|another)\b[^.;]{0,30}\b(?:died|succumbed)\b[^.;]{0,30}\s+$"
    # "In a statement sent to Al Jazeera on June 16, Shabaab said": the day a statement came out
    r"|\bstatement (?:sent|issued|released|posted|published|e-?mailed)\b[^.;]{0,40}\bon\s+$"
    # "they had foiled a similar plot in November 2021": a plot that never became an act
    r"|\bfoiled\b[^.;]{0,40}\s+(?:in|on)\s+$"
    # "said the death toll had risen to 72 Monday": the day the toll rose
    # "The official death toll was first set at 200 on 7 May": the day a toll was given
    r"|\btoll\b[^.;]{0,120}?\b(?:risen|rose|climbed|jumped|reached|increased|counted|tallied|set|put|given)\b[^.;]{0,20}"
    r"\s+(?:on\s+)?$"
    # "anti-government protests that started almost six weeks ago": when a wave of protest began, not the act
    r"|\b(?:protests?|demonstrations?|unrest|uprising|strikes?|movement)\s+(?:that|which)\s+(?:started|began|erupted"
    r"|broke out)\s+(?:(?:almost|nearly|about|some|more than)\s+)?$"
    # "Sri Lankan officials revised the death toll down by about 100 on Thursday": the day of the revision
    r"|\b(?:revised|raised|lowered|updated|corrected) the (?:official )?(?:death )?toll\b[^.;]{0,40}\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# "Terrorists took over Mumbai Wednesday, attacking ...", "took control of the town early Saturday morning and murdered"
_KILLED_AS_TAKEN = re.compile(
    r",?\s*(?:(?:morning|afternoon|evening|night) )?(?:and )?(?:attacking|killing|shooting|storming|murdered|killed)\b"
)
SAID = re.compile(
    # not "reports that on 19 August": what the report tells
    r"(?:said|told|reported(?!\s+(?:dead|killed)\b)|revealed|announced|added|stated|says|confirmed(?!\s+(?:dead|killed)\b)|maintained|insisted|admitted|acknowledged|charged|alleged|accused),?\s+(?!that\b)(?!the\s+$)(?:[\w'-]+\s+){0,2}$"
    r"|\btold (?:the )?(?-i:[A-Z][\w.]+) on\s+$"  # "a survivor told the AP on Saturday": the day he spoke
    r"|\b(?:said|announced|confirmed|stated)\s+(?:on\s+)?\w+\s+\(\s*$"  # "confirmed on Tuesday (Dec 28) that ...",
    # "said Sunday (April 8) that dozens of people have been killed"
    # "told the state-owned broadcasting service on Tuesday" (a named outlet's day may be the quote's "this morning")
    r"|\btold (?:the |a |an )?(?:(?!that\b)(?-i:[a-z])[\w'-]+ ){1,4}on\s+$"
    r"|\b(?:reported|revealed|exposed|disclosed) by (?:[\w'-]+\s+){1,4}$"  # "revealed by the Mail on Sunday"
    r"|\baccording to (?:an? |the )?(?:[\w'-]+\s+){1,4}on\s+$"  # "according to a local official on Wednesday"
    r"|\bconfirm(?:ed|ing) the (?:attack|incident|killings?|deaths?) (?:[\w'-]+\s+){0,2}$"
    # "said Omar Saranga, spokesman for the ministry, on 28 March"
    r"|\b(?:said|says|told reporters) (?-i:[A-Z])[\w'’-]+(?: [\w'’-]+){0,2},[^.;\"“”]{0,80},?\s+on\s+$"
    r"|\b(?:claimed|claiming|took|taking) (?:responsibility |credit )?\s*(?:on\s+)?$",  # the day of the claim
    re.IGNORECASE,
)
# "the group on Thursday claimed responsibility", "On December 29, the Islamic State released another video":
# the day of the claim or of the release, not of the act
CLAIMED_AFTER = re.compile(
    r"\s*,?\s*(?:claimed|took|has claimed) (?:responsibility|credit)\b"
    # "On June 12, ISIS militants claimed they had killed 1,700": the day of the boast
    r"|\s*,?\s*(?:[\w'’-]+\s+){0,3}claimed (?:that )?(?:they|it|he) (?:had|have) (?:killed|executed)\b"
    r"|\s*,?\s*(?:[\w'’-]+\s+){0,4}(?:released|posted|published|distributed|uploaded|aired)\s+(?:a|an|its|their|another"
    r"|(?:[\w-]+ )?(?:pictures|photos|photographs|images|videos|footage))\b"  # "Two days later, it posted pictures"
    # "Human Rights Watch on Wednesday denounced the use of child soldiers": the day of the statement
    r"|\s*,?\s*(?:denounced|condemned|decried|lamented|warned|said|announced|urged|called for|it was reported|blamed"
    r"|clarified|confirmed|claimed (?=that\b)|alleged (?=that\b))\b"  # "SOKAPU on Wednesday claimed that 11 persons"
    # "Today marks three months since ...": the day of remembering, not of the act
    r"|\s+marks (?:exactly |nearly |almost )?(?:[\w-]+ ){1,2}(?:since|after)\b"
    # "but on Wednesday the interior ministry clarified that ...": the day a source spoke
    r"|\s+(?:the|a|an) (?:[\w'’-]+ ){0,2}(?:ministry|army|military|police|government|officials?|authorities"
    r"|spokes(?:man|person|woman)|governor|mayor)\s+(?:[\w'’-]+\s+)?(?:clarified|said|announced|confirmed|stated"
    r"|added|explained|corrected|revised)\b"
    # "residents on Friday (December 1) recalled the attack": the day of remembering it
    r"|\)?\s*(?:\([^)]{1,20}\)\s*)?(?:recalled|remembered|commemorated|mourned|marked)\s+the\b"
    # "Tuesday's report came as the governor visited": the day of the report
    r"|['’]s (?:\w+ )?(?:report|statement|announcement|briefing|press conference)\b"
    # "Friday (November 24)": the date in brackets says which Friday
    r"|\s*\((?:\d{1,2} )?(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.IGNORECASE,
)


_COUNTED_BACK = re.compile(r"\s*(?:prior|earlier|later|before)\b", re.I)
# "extended a state of emergency ... on Tuesday after eight people were killed": the day of what came after the act
_AFTER_THE_ACT = re.compile(
    r"\s+after\s+(?:[\w-]+\s+){1,4}(?:were|was|had been|have been)\s+(?:killed|shot|abducted|kidnapped)\b", re.I
)


_DAY_AFTER_IT = re.compile(
    r",\s*(?:a|one|two|three|\d+) days? after (?:one of )?(?:the|a|an)\b[^.;,]{0,30}"
    r"\b(?:attacks?|bombings?|strikes?|air ?strikes?|massacres?|raids?|assaults?)\b",
    re.I,
)


_CITED_IN_BRACKETS = re.compile(
    r"(?:(?-i:[A-Z])[\w'’-]+(?<!day)|\b(?:bulletin|report|article|newspaper|paper|statement|broadcast))\s+\(\s*$"
)


# the text before a date that makes it the day of something else than the act told
_OTHER_EVENTS_DAY = re.compile(
    # "One more person died of gunshot wounds at the hospital yesterday": the day a wounded victim died
    r"\bdied (?:of|from) (?:his |her |their )?(?:gunshot |bullet |burn )?(?:wounds|injuries)\b[^.;]{0,40}$"
    # "possibly from the same ISIS cell that carried out the June attack on Ataturk Airport": the other act's day
    r"|\b(?:carried out|behind|responsible for|staged) the\s+$"
    # "ISIS claimed responsibility for the attack on Monday": the day of the claim
    r"|\b(?:claimed|took) (?:responsibility|credit) for (?:the|this) (?:[\w-]+ )?attack on\s+$"
    # "according to a U.S. official and reports in Turkish newspapers on Monday": the reports' day
    r"|\b(?:reports|newspapers|papers|media)(?: in [\w ]{1,25})? on\s+$"
    # "Israel and Turkey just signed an agreement today": the day of a deal
    r"|\b(?:signed|reached|struck) (?:an? |the )?(?:[\w-]+ )?(?:agreement|deal|accord|treaty)\s+$"
    # "10km from the scene of yesterday's grisly slaughter": the day of the other act whose scene it names
    r"|\bthe (?:scene|site) of\s+$"
    # "following the arrest in a Brussels shootout on Friday of Salah Abdeslam": the day of an arrest
    r"|\bthe (?:arrest|capture) (?:of [^.;,]{0,40} )?(?:in [^.;,]{0,30} )?on\s+$"
    # "one of those killed was a child born in 2011": a birth year
    r"|\bborn (?:in|on)\s+$"
    # "the hoisted flags had been removed last Sunday", "where one of the flags was hoisted last Friday": a flag's day
    r"|\b(?:flags?|banners?)\b[^.;]{0,30}\b(?:removed|hoisted|raised|taken down|pulled down)\s+(?:on\s+)?$"
)


def _cited_in_brackets(lead: str) -> bool:
    """A date in brackets after a paper's or a bulletin's name (not after a place: "attacks in Brussels (22 March)")."""
    from marsad.extract.places import gazetteer

    cited = _CITED_IN_BRACKETS.search(lead)
    if cited is None:
        return False
    word = cited.group(0).rstrip(" (")
    return not (re.search(r"\b(?:in|at|near)\s+\S+\s+\($", lead) and gazetteer().resolve(word) is not None)


_TOLD_TO = re.compile(r"\b(?:told|spoke to)\b[^.;\"“”]{0,60}\s+(?:on\s+)?$")


_SINCE_AN_EVENT = re.compile(
    r"\bsince (?:the |a |its )?(?:[\w'’-]+ ){0,4}(?:coup|war|takeover|invasion|uprising|revolution|election"
    r"|independence)\b[^.;]{0,80}\b(?:on|in)\s+$",
    re.I,
)


def not_the_acts(lead: str, after: str) -> bool:
    """Whether the date between ``lead`` (the text before it in its sentence) and ``after`` (the text after it)
    is the day of a release, a statement, a claim, a report or a town's fall rather than of the act."""
    return bool(
        lead.rstrip().endswith("©")  # "© 2023 Roots for Human Rights": a photo's copyright year
        # "the attacks, which continued yesterday, claimed 19 lives": the days the act went on, not a new act's
        or re.search(r"\b(?:which|that) (?:continued|went on)\s+(?:on\s+|until\s+)?$", lead) is not None
        # "Christians ... gathered on Saturday to bury seven members": the burial's day
        or re.match(r"\s*to (?:bury|mourn)\b", after) is not None
        # "The Ethiopian Human Rights Commission on Tuesday issued a preliminary report alleging ...": the report's day
        or re.match(
            r"\s*(?:issued|released|published) (?:a|its|the) (?:[\w-]+ )?(?:report|statement|findings)\b", after
        )
        is not None
        # "the start of the Islamic Republic's 1980-88 war with Iraq": a war's years
        or re.match(r"\s*(?:[-–]\d{2,4}\s+)?(?:war|conflict|insurgency|era)\b", after) is not None
        # "On Sunday, the RED-Tabara rebel group claimed responsibility in an attack that left 20 dead on Friday night"
        or re.match(r",?\s*(?:the\s+)?(?:[\w-]+\s+){0,4}claimed responsibility\b", after) is not None
        # "the June 6 presidential election", "the May 2 runoff": a vote's day
        or re.match(
            r"\s*(?:presidential |general |parliamentary |local )?(?:elections?|runoff|polls|vote|referendum)\b", after
        )
        is not None
        # "The Dec. 26 video shows", "On Sunday, a video purporting to show the mass beheading"
        or re.match(r"\s*(?:,\s*(?:a|the|another) (?:new )?)?(?:video|footage|clip|recording)\b", after) is not None
        or RELEASE.search(lead)
        # (not "Terrorists took over Mumbai Wednesday, attacking up to a dozen locations, killing": the act's day)
        or (CAPTURED.search(lead) and not _KILLED_AS_TAKEN.match(after))
        or (SAID.search(lead) and not _COUNTED_BACK.match(after))  # "an incident reported just two days prior"
        or REPORT_DATE.search(lead)
        # "This Tuesday, November 23, we came to bury 'a brother' ..., killed on November 14 in Inata": a burial's day
        or re.match(
            r",?\s*(?:we|they|relatives|families|mourners|hundreds|thousands)\s+(?:\w+\s+){0,2}(?:bury|buried|mourn)\b",
            after,
        )
        is not None
        # "told the charity Aid to the Church in Need on Thursday that 15 of those seized had been killed"
        or (_TOLD_TO.search(lead) is not None and re.match(r"\s*(?:,\s*who\s+said\s+)?that\b", after) is not None)
        or CLAIMED_AFTER.match(after)
        or _SINCE_AN_EVENT.search(lead) is not None  # "the worst ... since the military coup against ... on February 1"
        or re.search(r"\b(?:founded|established)\s+(?:in\s+)?$", lead) is not None  # "Kfar Azza, founded in 1951"
        # "In July, the UN Human Rights Office found that at least 28 ... were executed": the finding's month
        or re.match(r",?\s*(?:the\s+)?(?:[\w-]+\s+){0,5}(?:found|concluded|established) that\b", after) is not None
        # "A Sudanese doctor who fled Ardamata, West Darfur, to Chad on Thursday told": the day a witness fled
        or (
            re.search(r"\bwho (?:had )?(?:fled|escaped|crossed)\b[^.;]{0,60}$", lead) is not None
            and re.match(r"\s*(?:told|said)\b", after) is not None
        )
        # "according to a report in Thursday's issue of the independent newspaper": the paper's day
        or re.match(r"['’]s? (?:issue|edition|paper|newspaper|broadcast|bulletin|accounts?)\b", after) is not None
        # "Early Sunday October 25, 2020, the death toll rose to seven": the day the toll rose
        or re.match(r",?\s*the (?:death )?toll (?:had )?(?:rose|risen|climbed|jumped|increased)\b", after) is not None
        # "The death toll this morning climbed to nine": the day the toll rose
        or (
            re.search(r"\btoll\s+$", lead, re.I) is not None
            and re.match(r"\s*(?:had )?(?:rose|risen|climbed|jumped|increased|reached|stood)\b", after) is not None
        )
        # "Tuesday, October 24, 2023, marked exactly three years since gunmen attacked": the day that marked it
        or re.match(r",?\s*mark(?:s|ed)\s+(?:exactly\s+)?(?:[\w-]+\s+){1,2}(?:since|after)\b", after) is not None
        or (_AFTER_THE_ACT.match(after) and not re.search(r"\b(?:comes|came|coming|come)\s+$", lead))
        or _DAY_AFTER_IT.match(after) is not None  # "still recovering the bodies ... on Wednesday, a day after"
        # "first published in Pinnacle News (8 April) and Savana (10 April)", "Cited by Radio Mozambique (21 Apr)"
        or (_cited_in_brackets(lead) and after.lstrip().startswith(")"))
        # "The Nigerian government on Monday put the death toll from last week's massacre at 150": the toll's day
        or re.match(r"\s*(?:put|puts|placed|revised|raised|lowered) the (?:death )?toll\b", after) is not None
        # "(also known as 26/11 and India's September 11 attacks)": a name likening the act to another
        or (
            re.match(r"\s*attacks?\b", after) is not None
            and re.search(r"\b(?:known as|dubbed|called|likened to)\b[^.;]{0,40}$", lead) is not None
        )
        # "the Taj Mahal Palace, a 1903 landmark": the year a building went up
        or re.match(
            r"\s*(?:landmark|building|hotel|palace|mansion|mosque|church|temple|cathedral|bridge|structure|law|treaty"
            r"|accord|agreement|constitution)\b",
            after,
        )
        is not None
        and re.search(r"\b(?:a|an|the)\s+$", lead) is not None
        # "In his speech of 14 November, Hollande said that 128 people were killed": the speech's day
        or re.search(r"\b(?:speech|statement|address|remarks|interview|press conference|briefing) (?:of|on)\s+$", lead)
        is not None
        or _OTHER_EVENTS_DAY.search(lead) is not None  # a wounded victim's death, a claim, a report, a deal, ...
        # "Government forces swept through villages on Monday in pursuit of rebels who killed ...": the hunt's day
        or re.match(r",?\s+(?:in (?:hot )?pursuit of|hunting (?:down )?|chasing) ", after) is not None
        # "A picture taken on October 15, 2016 in Nice ... shows": the photograph's day
        or re.search(r"\b(?:picture|photo|photograph|image) (?:was )?taken (?:on|in)\s+$", lead, re.I) is not None
        # "A man who was badly injured in the assault died on 4 August": the day a wounded victim died
        or re.search(
            r"\b(?:injured|wounded|hurt) (?:in|during) the (?:\w+ )?(?:assault|attack|bombing|blast|shooting)\b"
            r"[^.;]{0,20}\bdied (?:of (?:his|her|their) (?:injuries|wounds) )?on\s+$",
            lead,
            re.I,
        )
        is not None
        # "French investigators were last night trying to piece together ...": when the inquiry went on
        or (
            re.search(r"\b(?:investigators|police|officials|detectives|prosecutors) (?:were|was)\s+$", lead, re.I)
            is not None
            and re.match(r"\s*(?:trying|working|searching|seeking|hunting|questioning|investigating)\b", after)
            is not None
        )
    )  # (not "The attack comes a day after two policemen were killed": the other act's day, counted back)
