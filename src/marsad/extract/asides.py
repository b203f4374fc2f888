"""Earlier acts told in an aside of a sentence about another act.

"Two explosions killed almost 100 people at a ceremony commemorating Qasem Soleimani, who was killed
by a US drone in 2020": the aside tells an act of its own, with its own date (the codebook: an earlier
act told with its own date is its own incident), and the rest of the sentence is read without it, so
that the aside's year neither dates the bombing nor makes its toll a running total.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.extract import lexicon as lx
from marsad.extract.children import child_roles
from marsad.extract.counts import CountMention, count_for, find_counts
from marsad.extract.dates import SMALL_NUMBERS, days_from
from marsad.extract.earlier_acts import counted_earlier_acts
from marsad.extract.tolls import COMBATANTS
from marsad.extract.victims import victim_counts

if TYPE_CHECKING:
    from marsad.extract.sentence import Mention, SentenceContext

# "..., who was killed by a US drone in 2020", "before being killed by a U.S. drone strike in January 2020",
# "General Soleimani, killed in January 2020 in a US drone strike in Iraq"
_ASIDE = re.compile(
    r"(?P<lead>,\s*who (?:was|had been)|\s+who (?:was|had been)|\s+before being|,)\s+"
    r"(?P<verb>killed|assassinated|slain|shot dead)\b(?P<rest>(?:U\.S\.|[^.;,:\"”]){0,90})",
    re.IGNORECASE,
)
_WHEN = re.compile(
    rf"\bin (?:(?:{lx.MONTHS}) )?"
    r"(?:19|20)\d\d\b|\b(?:\w+|\d+) years? ago\b|\blast year\b",
    re.IGNORECASE,
)
_STRIKE = re.compile(r"\b(?:drones?|air ?strikes?|airstrikes?|missiles?|bomb\w*|rockets?|air raids?)\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+$")
# the titles that name one person: "the Iranian commander", "the group's leader"
_TITLES = "general|commander|leader|chief|founder|official|minister|spokesman|head"
_PERSON_BEFORE = re.compile(rf"\b(?:{_TITLES})$", re.IGNORECASE)


# "..., less than a week after unidentified gunmen killed 58 villagers in the same area": an earlier act
_AFTER = re.compile(
    r"(?P<comes>\b(?:comes|come|came|coming|occurred|happened|follows|followed)\s+)?,?\s*"
    r"(?:less than |more than |just |only |barely |about |some )?"
    r"(?P<gap>(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|\d+) )?"
    r"\b(?:hours?|days?|weeks?|months?|years?) after\s+"  # (not "reported dead yesterday after commandos stormed")
    r"(?P<rest>[^.;]{0,130}?\b(?:killed|kidnapped|abducted|seized|massacred|beheaded|executed|killing|kidnapping"
    r"|abducting|cost the lives)\b"
    r"[^.;]{0,80})",
    re.IGNORECASE,
)


# "An explosion struck Sunday near a church in Alexandria, ..., hours after a bomb at a church ... killed 22 people"
_STRUCK = re.compile(r"\b(?:explosions?|blasts?|bombs?)\s+(?:struck|hit|exploded|went off|ripped|tore)\b", re.I)
_TOLD_ACT_CAME = re.compile(r"\W*(?:The|This|That) (?:blasts?|attacks?|bombings?|explosions?) (?:came|comes)\b")
# "Today's attack comes two weeks after a similar attack ... killed a pastor and five worshippers": the report's act
# named by its day, then the earlier act it follows
_DAYS_ACT_CAME = re.compile(
    r"\W*(?:Today|Yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s (?:\w+ )?"
    r"(?:blasts?|attacks?|bombings?|explosions?|raids?|massacre|killings?) (?:came|comes)\b"
)
# one person's death told after "comes ... after": "the group's leader Ahmed Godane was killed in a US airstrike"
_ONE_KILLED = re.compile(
    rf"\b(?:{_TITLES}|(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+)) (?:was|had been) "
    r"(?:killed|assassinated|shot dead)\b",
    re.IGNORECASE,
)
_MEMBER_AFTER = re.compile(rf"['’]s (?:[\w-]+ ){{0,2}}(?:{_TITLES})\b", re.I)
_REPORT_SUBJECT = re.compile(r"\b(?:report|study|survey|publication|findings)\b", re.I)
_ANNIVERSARY = re.compile(
    r"\banniversary of (?:the )?(?:[\w'’-]+ ){0,3}?(?P<act>(?:mass )?(?:kidnapping|abduction|massacre|attack|bombing"
    r"|killing)s?\b[^.;,]{0,100}(?:, [A-Z][\w-]+(?=[.;]|$))?)",  # "... from Chibok, Nigeria."
    re.I,
)
# "Saturday's explosions occurred at Zobe junction, the scene of a massive al-Shabab blast in 2017 that killed more
# than 500 people": the place's earlier act, dated and counted on its own
_SCENE_OF = re.compile(
    r"\b(?:scene|site) of (?P<act>(?:an?|the) (?:[\w'’,-]+ ){0,4}(?:blast|bombing|attack|massacre|explosion)\b"
    r"[^.;]{0,60}?\b(?:killed|claimed|left)\b[^.;]{0,40})",
    re.I,
)
# "near the town of Inates, ... in the same region where an ambush by ... killed 28 soldiers in May": the region's
# earlier act, dated and counted on its own
# "..., where around 160 died last March in a massacre blamed on Dogon militiamen"
_WHERE_EARLIER = re.compile(r"\bwhere (?P<act>[^.;]{0,100}?\b(?:killed|left|died)\b[^.;]{0,60})", re.I)
_ACT_NOUN = re.compile(r"\b(?:ambush|attack|raid|assault|bombing|massacre)\b", re.I)
# "a post created following the March 23, 2019 massacre of 150 people in the same village": an earlier act by its day
_DATED_BEFORE = re.compile(
    r"\b(?:following|after|since|before) (?P<act>the (?:(?:[A-Z][a-z]+ \d{1,2}, )?(?:19|20)\d\d|[A-Z][a-z]+ \d{1,2}) "
    r"(?:massacre|attack|bombing|killings?|raid|ambush) of (?:more than |over |at least |about )?\d[\d,]* "
    r"(?:people|civilians|villagers|soldiers|men)\b[^.;,]{0,40})"
)
# "Baghdad's last large-scale attack took place in January 2018, also at Tayaran Square, killing at least 27 people":
# an earlier act named as the last of its kind
_LAST_ACT = re.compile(
    r"\b(?P<act>(?:the )?(?:\w+['’]s )?last (?:[\w-]+ ){0,3}(?:attack|bombing|blast)\b[^.;]{0,60}?"
    r"\btook place (?:in|on) [^.;]{0,120})",
    re.I,
)
# "The attack marks the second time this month Madagali was targeted. The first attack killed dozens.": the earlier act
# (not "The first blast, in Kano, killed at least 19": one of the report's own acts, told by its place)
_FIRST_ACT = re.compile(r"^\W*(?P<act>The (?:first|earlier|previous) attack (?!,)[^.;]*)")
_ACTS = r"(?:attack|bombing|massacre|raid|blast|assault)\b"
_LATELY = (
    r"(?:this month|last month|last week|last year|earlier this (?:month|year)|in (?:(?:"
    + lx.MONTHS
    + r") )?(?:19|20)\d\d)"
)
# "had previously claimed several bombings, including the Charsadda court attack this month": an earlier act named by
# its town and its time, uncounted
_NAMED_EARLIER = re.compile(
    rf"\b(?:including|such as) the (?P<act>(?:19|20)\d\d (?-i:[A-Z])[\w'’-]+ (?:[\w-]+ )?{_ACTS}"
    rf"|(?-i:[A-Z])[\w'’-]+ (?:[\w-]+ )?{_ACTS} {_LATELY})",
    re.I,
)
# "The killings in ... Sousse happened at about the same time as a bombing at a Shi'ite mosque in Kuwait and an attack
# on a U.S.-owned factory in France that included a beheading": acts of the same day elsewhere, each its own
_SAME_TIME = re.compile(
    r"\b(?:at|around) (?:about |around |roughly |nearly |almost )?the same time as (?P<acts>(?:U\.S\.|[^.;]){10,240})",
    re.I,
)
_NEXT_ACT = re.compile(r",? and (?=(?:an?|the|another) )")
# "attacked on December 4 by men of the UPC, the same group responsible for the massacre perpetrated three weeks
# before, on November 15, in Alindao, which left 60 people dead": the doers' earlier act, with its own day and toll
_DOERS_EARLIER = re.compile(
    r"\b(?:responsible for|behind|who carried out|blamed for) (?P<act>the (?:massacre|attack|killings?|bombing|raid)s?"
    r" (?:perpetrated |carried out |committed )?(?:[\w ]{0,25}?,? )?(?:on|in) [^.;]{0,80}?\b(?:which|that)"
    r" (?:left|killed)\b[^.;]{0,60})",
    re.I,
)
# "the first to rock Lebanon's capital since a suicide bomber detonated himself in a Beirut seafront hotel on June 27,
# 2014": the earlier act a ranking is measured from, told with its own day
_SINCE_ACT = re.compile(
    r"\b(?:first|deadliest|worst|bloodiest|biggest|largest)\b[^.;]{0,60}?\bsince (?P<act>(?:an?|the) [^.;]{0,80}?"
    r"\b(?:detonated|blew (?:himself|herself|themselves) up|exploded|killed|attacked|struck|stormed|bombed)\b"
    r"[^.;]{0,80}?\b(?:19|20)\d\d\b)",
    re.I,
)
# "the deadliest day of terror in Western Europe since the 2004 Madrid train bombings killed 191": the year first
_SINCE_YEAR_ACT = re.compile(
    r"\b(?:first|deadliest|worst|bloodiest|biggest|largest)\b[^.;]{0,60}?\bsince (?P<act>the (?:19|20)\d\d "
    r"[^.;]{0,60}?\b(?:bombings?|attacks?|massacres?|blasts?|shootings?)\b[^.;]{0,20}?\bkilled\b[^.;]{0,40})",
    re.I,
)
# "villagers had feared an attack since extremists gunned down 47 worshippers at a mosque in Konduga village Sunday":
# the earlier act the fear dates from, with its own toll, place and day
_FEARED_SINCE = re.compile(
    r"\b(?:feared|dreaded|lived in fear of)\b[^.;]{0,40}?\bsince (?P<act>[^.;]{0,40}?\b(?:killed|gunned down|massacred"
    r"|shot dead|slaughtered)\b[^.;]{0,100})",
    re.I,
)
# "They came twelve days after the bombing of a Russian airliner ... that killed 224 people and a day before attacks
# in Paris that killed 137": two acts of their own, dated from the act told before
_GAP = (
    r"(?P<gap{0}>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{{1,2}}) days? "
    r"(?P<way{0}>after|before)"
)
_PAIRED = re.compile(
    r"\b(?:came|come|comes|occurred|happened) " + _GAP.format(1) + r" (?P<act1>[^.;]{0,120}?\b(?:killed|claimed)\b"
    r"[^.;]{0,40}?) and " + _GAP.format(2) + r" (?P<act2>[^.;]{0,120}?\b(?:killed|claimed)\b[^.;]{0,40})",
    re.I,
)
# "At least 120 civilians were killed in a 24-hour rampage on Kobane, and another 26 were executed in a nearby
# village": a second act at its own place, with its own toll and kind
_ANOTHER_ELSEWHERE = re.compile(
    r",? and (?P<act>another (?:\d[\d,]*|[a-z]+) (?:[\w-]+ )?(?:were|had been|have been) (?:executed|beheaded"
    r"|shot dead|massacred|murdered|killed) (?:in|at|near|outside) [^.;]{3,80}?)"
    r"(?=,(?: the| a| an| according)\b|[.;]|$)",
    re.I,
)
# "a film released in February showing militants beheading 21 captured Egyptian Christians", "another one released two
# months ago showing the beheading of 21 Coptic Christians": an earlier video's act, not the one the report tells
_EARLIER_VIDEO = re.compile(
    r"\b(?P<prior>another|an earlier|a previous|earlier|previous)?\s*(?:film|video|one),?\s+"
    r"(?:(?:released|posted|published|issued)\s+)?"
    rf"(?P<when>(?:in (?:early |late )?(?:{lx.MONTHS})|(?:\w+|\d+) (?:months?|weeks?) ago|last (?:month|year|week))"
    r"\s*)?,?\s*"
    r"(?:showing|where|in which|that showed|depicting)\s+(?P<act>[^.;]{0,150})",
    re.IGNORECASE,
)
# "In January, the terrorist organization unveiled a video showing a toddler firing multiple rounds of bullets into an
# opposition Kurdish fighter", "Earlier this month, a video posted online by IS militants showed a boy fatally shooting
# an Israeli Arab": an earlier video's act, opening a sentence of its own
# "ordered a cruise missile attack against Syria following the Khan Sheikhoun attack a year ago": an act of its own
_FOLLOWING_ACT = re.compile(
    r"\bfollowing the (?P<act>(?:[A-Z][\w'’-]+ ){1,3}(?:chemical |gas )?(?:attack|massacre|bombing)"
    r" (?:a|one|two|three|\d+) (?:years?|months?) ago)\b"
)
_VIDEO_BEFORE = re.compile(
    rf"^\W*(?:Earlier this (?:month|week|year)|In (?:early |late )?(?:{lx.MONTHS})|Last (?:month|week|year)),\s+"
    r"[^.;]{0,60}?\b(?:video|film)\b[^.;]{0,50}?\b(?:showing|showed|depicting|depicted)\s+(?P<act>[^.;]{0,150})",
    re.IGNORECASE,
)
# "The reported bombing follows three days of Islamic State (IS) attacks this week on Libya's biggest oil terminals,
# which killed at least nine guards": days of earlier attacks, an act of their own
_DAYS_OF_ATTACKS = re.compile(
    r"\b(?:follows|followed|comes after|came after) (?:\w+ ){0,2}(?:days|weeks) of "
    r"(?P<act>(?:[\w()-]+ ){0,4}(?:attacks|raids|assaults|fighting|clashes)\b[^.;]{0,150})",
    re.IGNORECASE,
)
# "a 24-hour curfew ... since the unrest in Zangon Kataf following the alleged killing of a 32-year-old man on a
# farmland", "following the Zangon Kataf unrest when a farmer was alleged to have been killed": the one death that
# set off the unrest, an earlier act of its own
_UNREST_AFTER_KILLING = re.compile(
    r"(?P<act>(?:\b(?-i:[A-Z])[\w'’-]+ (?:(?-i:[A-Z])[\w'’-]+ )?)?\b(?:unrest|crisis|tension|riots?)\b[^.;]{0,40}?"
    r"(?:\b(?:following|after) (?:the )?(?:alleged )?killing of an? (?!group\b|number\b)"
    r"|\bwhen an? (?:[\w-]+ ){1,3}(?:was|had been) (?:alleged(?:ly)? (?:to have been )?|reportedly )?killed\b)"
    r"[^.;]{0,90})",
    re.IGNORECASE,
)
_BOMBER_ALONE = re.compile(r"^(?:an?|the) (?:suicide )?bomber (?:detonated|blew) (?:himself|herself)\b", re.I)
_IN_MONTH = re.compile(rf"\b(?:in (?:early |late |mid-)?|last )(?:{lx.MONTHS})\b")
_SAME_PLACE = re.compile(
    r"\b(?:in|near) the same (?:area|region|district|village|town|province|locality|state)\b", re.I
)
# "a massacre of at least 11 villagers ... within a week of an earlier killing of 10 civilians in the same state"
_WITHIN_OF_EARLIER = re.compile(
    r"\bwithin (?:a|one|two|three|\d+) (?:days?|weeks?|months?) of (?P<act>(?:an?|the) (?:earlier|previous) "
    r"(?:[\w-]+ )?(?:killing|massacre|attack|raid)s? of [^.;,]{0,80})",
    re.I,
)


@dataclass(frozen=True)
class Aside:
    """An earlier act told in an aside: its span within the sentence, its type, and whether it counts
    its own victims (else it tells one person's death)."""

    start: int
    end: int
    type: str
    counted: bool = False
    same_scene: bool = False  # "at Zobe junction, the scene of a ... blast in 2017": the sentence's place is its
    uncounted: bool = False  # "including the Charsadda court attack this month": named, with no toll
    same_time: bool = False  # "at about the same time as a bombing ... in Kuwait": the day of the act told before
    same_doers: bool = False  # "the same group responsible for the massacre ... in Alindao": the sentence's doers
    days_after: int | None = None  # "twelve days after the bombing of ...": days after the act told before (-12)
    # counted back only from the day the sentence itself gives before the clause at ``clause_at`` ("The attack,
    # which took place on Sunday, ... came two days after ...")
    own_day_only: bool = False
    clause_at: int = 0


def find_asides(text: str) -> list[Aside]:
    """Asides about one person's earlier death that name when it happened and count no one."""
    found = []
    for match in _ASIDE.finditer(text):
        rest = match.group("rest")
        when = _WHEN.search(rest)
        if not when or find_counts(rest[: when.start()] + rest[when.end() :]):
            continue  # "killed in 2019 12 people" counts victims: not an aside about one person
        if "before" not in match.group("lead") and not _about_one_person(text[: match.start()]):
            continue
        event_type = "bombing" if _STRIKE.search(rest) else "killing"
        found.append(Aside(match.start("verb"), match.end("rest"), event_type))
    return found + _earlier_acts_after(text)


def _earlier_acts_after(text: str) -> list[Aside]:
    """ "gunmen killed 22 civilians, less than a week after gunmen killed 58 villagers": the act the
    sentence says came before, with its own count, when the act before the clause counts its own."""
    from marsad.extract.semantic import lexicon_types

    found = []
    for match in _AFTER.finditer(text):
        rest = match.group("rest")
        vague = match.group("comes") and not match.group("gap")  # "comes a week after" is dated as told
        if match.group("comes") and _ONE_KILLED.search(rest) and not victim_counts(rest):
            kind = "bombing" if _STRIKE.search(rest) else "killing"  # "after its leader was killed in an airstrike"
            found.append(Aside(match.start("rest"), match.end("rest"), kind))
            continue
        report = _REPORT_SUBJECT.search(text[: match.start()])  # "The group's report ... comes a year after ..."
        far = (match.group("comes") and re.search(r"\b(?:months?|years?|hours) after", match.group(0))) or re.search(
            r"^\W*(?:just |only )?(?:months|years) after", match.group(0)
        )  # "eight months after", "in Brussels just months after ISIS killed 130 people in Paris"
        # "The blasts came after a bomb attack was foiled ..., five days after two bombers killed 45"
        told_act = (not match.group("comes") and _TOLD_ACT_CAME.match(text)) or _DAYS_ACT_CAME.match(text)
        # "the attack, which took place on Sunday ... and came two days after another raid ... killed seven police"
        told_act = told_act or bool(
            re.search(r"\bthe (?:attack|raid|assault|bombing), which (?:took place|happened|occurred)\b", text, re.I)
        )
        told_act = told_act or bool(
            _STRUCK.search(text, 0, match.start())
        )  # "An explosion struck Sunday near a church"
        if not (victim_counts(rest) and (vague or far or report or told_act or victim_counts(text[: match.start()]))):
            continue  # "The attack comes days after 25 schoolgirls were kidnapped", "killed 22, a week after"
        bomb = re.search(r"\b(?:bombs?|bombers?|blasts?|explosions?)\b", rest)  # "hours after a bomb at a church"
        kind = "bombing" if bomb else (lexicon_types(rest) or ["killing"])[0]
        if kind == "killing" and victim_counts(rest)[0][1] in COMBATANTS:
            kind = "armed_clash"  # "weeks after an offensive killed nearly 300 Boko Haram militants": a battle
        gap = match.group("gap") and re.search(r"\bdays? after", match.group(0)) and match.group("gap").strip().lower()
        days = SMALL_NUMBERS.get(gap) or (int(gap) if gap and gap.isdigit() else None)  # "two days after ...": day - 2
        found.append(
            Aside(
                match.start("rest"),
                match.end("rest"),
                kind,
                True,
                days_after=-days if days else None,
                own_day_only=True,
                clause_at=match.start(),
            )
        )
    for match in _SCENE_OF.finditer(text):  # "the scene of a massive al-Shabab blast in 2017 that killed more than 500"
        told = match.group("act")
        if _WHEN.search(told) and victim_counts(told) and match.start() > 0 and (types := lexicon_types(told)):
            found.append(Aside(match.start("act"), match.end("act"), types[0], counted=True, same_scene=True))
    for match in _WHERE_EARLIER.finditer(text):
        told = match.group("act")
        dated = _WHEN.search(told) or _IN_MONTH.search(told)
        if dated and _ACT_NOUN.search(told) and (counts := victim_counts(told)):
            kind = "armed_clash" if counts[0][1] in ("soldiers", "fighters", "police") else "killing"
            found.append(Aside(match.start("act"), match.end("act"), kind, counted=True))
    for match in _DATED_BEFORE.finditer(text):
        found.append(Aside(match.start("act"), match.end("act"), "killing", counted=True))
    for match in _LAST_ACT.finditer(text):
        if re.search(r"\b(?:19|20)\d\d\b", match.group("act")) and (types := lexicon_types(match.group("act"))):
            found.append(Aside(match.start("act"), match.end("act"), types[0], counted=True))
    for match in _FIRST_ACT.finditer(text):
        if victim_counts(match.group("act")):
            found.append(Aside(match.start("act"), match.end("act"), "killing", counted=True))
    for match in _NAMED_EARLIER.finditer(text):
        types = lexicon_types(match.group("act")) or lexicon_types(text)  # "claimed several bombings, including"
        if types and not victim_counts(text[match.end() :]):
            found.append(Aside(match.start("act"), match.end("act"), types[0], counted=True, uncounted=True))
    found += _same_time_acts(text)
    for match in _DAYS_OF_ATTACKS.finditer(text):
        if counts := victim_counts(match.group("act")):
            kind = "armed_clash" if counts[0][1] in COMBATANTS else "killing"
            found.append(Aside(match.start("act"), match.end("act"), kind, counted=True))
    for match in _EARLIER_VIDEO.finditer(text):
        told = match.group("act")
        if (match.group("prior") or match.group("when")) and victim_counts(told) and (types := lexicon_types(told)):
            found.append(Aside(match.start("act"), match.end("act"), types[0], counted=True))
    for match in _WITHIN_OF_EARLIER.finditer(text):
        if victim_counts(match.group("act")):
            found.append(Aside(match.start("act"), match.end("act"), "killing", counted=True))
    for match in _UNREST_AFTER_KILLING.finditer(text):
        if all(c[0].count.best == 1 for c in victim_counts(match.group("act"))):  # (one person: no toll)
            found.append(Aside(match.start("act"), match.end("act"), "killing"))
    for match in _FOLLOWING_ACT.finditer(text):
        found.append(Aside(match.start("act"), match.end("act"), "killing", counted=True, uncounted=True))
    for match in _VIDEO_BEFORE.finditer(text):
        if types := lexicon_types(told := match.group("act")):
            kind = "execution" if types[0] == "killing" else types[0]  # killed on the group's camera: in its hands
            counted = bool(victim_counts(told))  # (the group whose video it is: its doers)
            found.append(Aside(match.start("act"), match.end("act"), kind, counted=counted, same_doers=True))
    for match in _DOERS_EARLIER.finditer(text):
        if victim_counts(match.group("act")) and (types := lexicon_types(match.group("act"))):
            found.append(Aside(match.start("act"), match.end("act"), types[0], counted=True, same_doers=True))
    for match in [*_SINCE_ACT.finditer(text), *_SINCE_YEAR_ACT.finditer(text)]:
        told = match.group("act")
        if types := lexicon_types(told):
            counted = [c for c in victim_counts(told) if not _BOMBER_ALONE.search(told)]
            if counted and counted[0][1] in COMBATANTS:
                types = ["armed_clash"]  # "since the Bijapur ambush in which 22 jawans were killed": a battle
            found.append(
                Aside(match.start("act"), match.end("act"), types[0], counted=bool(counted), uncounted=not counted)
            )
    for match in _FEARED_SINCE.finditer(text):  # "had feared an attack since extremists gunned down 47 worshippers"
        if victim_counts(match.group("act")) and (types := lexicon_types(match.group("act"))):
            found.append(Aside(match.start("act"), match.end("act"), types[0], counted=True))
    for match in _PAIRED.finditer(text):
        for n in (1, 2):
            told = match.group(f"act{n}")
            gap = SMALL_NUMBERS.get(match.group(f"gap{n}").lower()) or int(match.group(f"gap{n}"))
            kind = "bombing" if _STRIKE.search(told) else (lexicon_types(told) or ["killing"])[0]
            days = -gap if match.group(f"way{n}").lower() == "after" else gap
            found.append(Aside(match.start(f"act{n}"), match.end(f"act{n}"), kind, counted=True, days_after=days))
    for match in _ANOTHER_ELSEWHERE.finditer(text):
        if victim_counts(text[: match.start()]) and (types := lexicon_types(match.group("act"))):
            if (
                types[0] == "execution"
                and re.search(r"\bvillages?\b", match.group("act"))
                and not lx.CUSTODY.search(text)
            ):
                types = ["killing"]  # villagers "executed" where they were found: a killing, as the codebook says
            found.append(
                Aside(match.start("act"), match.end("act"), types[0], counted=True, same_time=True, same_doers=True)
            )
    for start, end, kind in counted_earlier_acts(text):  # "the attackers who killed 130 people in Paris in November"
        if victim_counts(text[start:end]):
            found.append(Aside(start, end, kind, counted=True))
    for match in _ANNIVERSARY.finditer(text):  # "to mark the anniversary of the kidnapping of 276 girls in Chibok"
        told = match.group(0)
        if victim_counts(told) and (types := lexicon_types(told)):
            found.append(Aside(match.start("act"), match.end(), types[0], counted=True))
    return found


def _same_time_acts(text: str) -> list[Aside]:
    """The acts told as happening "at about the same time as" the sentence's own, one by one, each typed by its own
    words ("a bombing at a Shi'ite mosque in Kuwait", "an attack on a ... factory in France that included a
    beheading")."""
    from marsad.extract.semantic import lexicon_types

    found = []
    for match in _SAME_TIME.finditer(text):
        start = match.start("acts")
        for part in _NEXT_ACT.split(match.group("acts")):
            begin = text.index(part, start)
            start = begin + len(part)
            if types := lexicon_types(part):
                counted = bool(victim_counts(part))
                found.append(Aside(begin, start, types[0], counted=True, uncounted=not counted, same_time=True))
    return found


def remaining_types(text: str) -> list[str]:
    """The act types a sentence's own words tell once its asides are read apart ("The killings in ... Sousse happened
    at about the same time as ...": a killing)."""
    from marsad.extract.semantic import lexicon_types

    return lexicon_types(text) or (["killing"] if re.search(r"\b(?:killings|mass shooting)\b", text, re.I) else [])


def _about_one_person(before: str) -> bool:
    """The aside follows a name or a title ("Qasem Soleimani", "the Iranian commander")."""
    before = before.rstrip()
    return bool(_NAME_BEFORE.search(before) or _PERSON_BEFORE.search(before))


def aside_mentions(context: SentenceContext, found: list[Aside], before: list[Mention]) -> list[Mention]:
    """Each aside's act: one person, with the date, place and actors named in the aside only (an act of the same
    time takes the day of the last dated act told ``before``); the ``context`` then reads the rest of the sentence
    without the asides."""
    mentions = []
    spans = [(context.offset + a.start, context.offset + a.end) for a in found]
    for aside, (start, end) in zip(found, spans, strict=True):
        told = context.text[aside.start : aside.end]
        counts = victim_counts(told, start) if aside.counted else []
        one = [(CountMention(start, end, told, count_for(1, None)), "people")]
        mention = context.mention(aside.type, counts or ([] if aside.uncounted else one))
        verb = told.split()[0]
        mention.start, mention.end, mention.trigger = start, end, (start, start + len(verb), verb.lower())
        if not (aside.counted and (_SAME_PLACE.search(told) or aside.same_scene)):  # "... in the same area"
            mention.places = [p for p in mention.places if start <= p[2] < end]
        # "months after the March 18 assault", which the parser tags from "just months": the aside's day; ", five days
        # after two female suicide bombers killed 45": a counted act's day, counted back
        mention.dates = [
            d
            for d in context.dates()
            if start <= d[1] < end
            or start < d[2] <= end
            or (aside.counted and re.fullmatch(r"\s*after\s*", context.info.text[d[2] : start]))
        ]
        mention.actors = [a for a in mention.actors if start <= a[1] < end or aside.same_doers]
        if aside.same_time and not mention.dates:
            mention.dates = next((m.dates for m in reversed(before) if m.dates), [])
        own = [d for d in context.dates() if d[2] <= context.offset + aside.clause_at]
        if (
            aside.days_after is not None
            and (own or not aside.own_day_only)
            and not [d for d in mention.dates if start <= d[1] < end]
        ):
            told_before = own if aside.own_day_only else next((m.dates for m in reversed(before) if m.dates), [])
            day = days_from(told_before[0][0], aside.days_after) if told_before else None
            mention.dates = [(day, start, end)] if day else []
        mention.aside = True
        mention.same_scene = aside.same_scene or (aside.counted and bool(_SAME_PLACE.search(told)))
        mention.child_roles = child_roles(told, aside.type, counts) if aside.counted else set()
        if not aside.counted:
            mention.attribution = None  # one person's earlier death, not what the sentence's source reports
            mention.actors = [  # "al Shabaab's leader Ahmed Godane was killed": his group is not who killed him
                a for a in mention.actors if not _MEMBER_AFTER.match(context.info.text, a[2])
            ]
        mentions.append(mention)
    context.leave_out(spans)
    return mentions
