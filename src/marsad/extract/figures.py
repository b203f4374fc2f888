"""Wording that tells a running figure from the toll of one act, and a total's parts from new figures."""

from __future__ import annotations

import re
from datetime import date

from marsad.extract import cues
from marsad.extract import lexicon as lx
from marsad.extract.aggregate_words import WAR_TOLL
from marsad.extract.one_act_words import ONE_EVENT
from marsad.extract.records import Claim

CONTINUES_CLAIM = re.compile(
    r"\b(?:of (?:those|them|whom)|the (?:rest|remainder)|(?:over|in|during) the same period|during the year"
    r"|the majority)\b",
    re.I,
)
PART_OF_TOTAL = re.compile(
    r"\bthe (?:count|number|toll|total|figure|tally) (?:also )?includ\w*|\bof the total\b|\bbesides\b"
    r"|\b(?:more|less) than half of\b|\bin total\b|\b(?:has |have |had )?also (?:\w+ )?(?:executed|killed|beheaded)\b"
    r"|\bcasualties \((?:\d[\d,]*|\w+) killed\b"  # "334 child casualties (98 killed and 236 injured)": parts
    # a region's share of a national total: "Zamfara recorded the highest number with 132 incidents ..., followed
    # by Kaduna", "765 people were kidnapped in the state", "1,921 people ... of the 3,820 were kidnapped in the
    # North West"
    r"|\bfollowed (?:closely )?by\b|\b(?:recorded|had|reported) the (?:highest|most|largest|fewest|lowest)\b"
    r"|\bof the [\d,]+ (?:were|was)\b|\bin (?:the|that|this) (?:state|region|province)\b"
    # a monitor's month told by victims and by place: "The number of civilians killed was 585", "Baghdad was the
    # worst affected Governorate with 1,069 civilian casualties (318 killed, 751 injured)"
    r"|\bthe number of (?:civilians|children|women|police|soldiers|members of)\b[^.;]{0,30}\b(?:killed|dead)\b"
    r"|\bworst[- ](?:affected|hit)\b|\bfollowed with\b"
    r"|^\W*A further [\d,]+ (?:members|soldiers|police|civilians)\b",  # "A further 296 members of the ... Forces"
    re.I,
)
# "gave a higher toll for the attack": the count of one act
ONE_ACT_TOLL = re.compile(
    r"\btoll (?:for|of|from|in) (?:the|this|that|\w+'s) (?:\w+ )?(?:attack|raid|massacre|bombing|blast|assault)\b"
    r"|\bnumber of (?:\w+ )?(?:killed|dead) (?:after|when) (?:[\w-]+ ){1,10}?(?:stormed|attacked|raided|struck)\b"
    # "The death toll from bomb blasts that ripped through churches and luxury hotels in Sri Lanka rose"
    r"|\btoll (?:for|of|from|in) (?:the )?(?:[\w-]+ ){0,2}(?:attacks?|raids?|bombings?|blasts?|explosions?|assaults?) "
    r"(?:that|which) (?:[\w-]+ ){0,2}(?:ripped|tore|struck|hit|rocked|targeted)\b"
    r"|\b(?:were|was) (?:brought in|brought|taken in) dead\b"  # "35 people were brought in dead"
    # "the number of people killed in one of the worst atrocities committed by ISIL"
    r"|\b(?:number|toll) of (?:\w+ ){0,3}(?:killed|dead) in one of (?:its|the|their) (?:\w+ )?"
    r"(?:deadliest|worst|bloodiest|largest) (?:attacks|massacres|atrocities|bombings)\b"
    r"|^\W*For the moment, we have a total of\b"  # an officer's count of the dead so far
    # "108 people were killed in the May 25 massacre, ..., outraging a world long numbed by 14 months ... since"
    r"|\b(?:killed|dead|died) in the (?:[A-Z][a-z]+ \d{1,2}|\d{1,2} [A-Z][a-z]+) "
    r"(?:massacre|attack|bombing|shooting|raid)\b"
    r"|^\W*The number of (?:people )?(?:killed|dead) (?:are|is|was|were) estimated\b"  # the massacre's just told
    # "The number of people killed has been taken back from 95 to 35": the act's toll revised
    r"|\bnumber of (?:people |those )?(?:killed|dead) has been (?:\w+ ){1,2}(?:from [\d,]+ )?to [\d,]+\b",
    re.IGNORECASE,
)
IN_CASES = re.compile(r"\W*In (?:[\d,]+|\w+) (?:cases|instances|incidents),", re.I)
COUNTED_TOTAL = re.compile(r"\b(?:a total of|the number of|in total|tolls?|tall(?:y|ies))\b", re.IGNORECASE)


def vague_thousands(mention) -> bool:
    """Whether a count is a vague figure in the thousands ("thousands of Yazidis", not "between 1,000
    and 1,700"), with no best value."""
    count = mention.count
    vague = not re.search(r"\d", mention.text)
    return vague and count.qualifier == "range" and count.best is None and (count.low or 0) >= 1000


def distinct_figures(claims: list[Claim], text: str) -> list[Claim]:
    """A figure told twice in one report (the headline, then the body) is one claim: the telling
    that names a source, the other's sentence kept among its spans. A headline's rounded figure
    ("over 2,000 killed so far this year") gives way to the body's ("at least 2,053 in 2014")."""
    kept: dict[tuple, Claim] = {}
    for claim in claims:
        key = (claim.type, claim.count.best or claim.count.low)  # "381 killed", then "at least 381 killed"
        first = kept.get(key)
        if first is None:
            kept[key] = claim
            continue
        keep, drop = (claim, first) if claim.attributed_to and not first.attributed_to else (first, claim)
        _absorb(keep, drop)
        kept[key] = keep
    found = list(kept.values())
    headline_end = _headline_end(text)
    for claim in list(found):
        same_period = claim.period.precision != "unknown"  # "more than 1,300 ... last month", "1,325 ... in August"
        if claim.sources[0].spans[0][0] >= headline_end and not same_period:
            continue
        body = next(
            (
                other
                for other in found
                if other is not claim
                and _rounds(claim, other)
                and (claim.sources[0].spans[0][0] < headline_end or other.period == claim.period)
            ),
            None,
        )
        if body is not None:
            _absorb(body, claim)
            found.remove(claim)
    for claim in [c for c in found if c.count.qualifier in ("more_than", "about")]:
        # "More than 430 child deaths", then "at least 435 children killed": one statement's figure, told twice
        told = next((o for o in found if o is not claim and _rounds(claim, o) and _within(claim, o, 0.02)), None)
        if told is not None:
            _absorb(told, claim)
            found.remove(claim)
    return found


def _within(rounded: Claim, told: Claim, share: float) -> bool:
    """Whether a rounded figure lies within ``share`` below the figure told."""
    low, best = rounded.count.low or rounded.count.best or 0, told.count.low or told.count.best or 0
    return low <= best <= low * (1 + share)


def _absorb(keep: Claim, drop: Claim) -> None:
    keep.sources[0].spans += drop.sources[0].spans
    keep.perpetrators = keep.perpetrators or drop.perpetrators


def _headline_end(text: str) -> int:
    """Where a headline ends: a first line with no closing full stop, or 0 when there is none."""
    end = text.find("\n")
    return end if end > 0 and not re.search(r"[.!?\"”']\s*$", text[:end]) else 0


def _rounds(headline: Claim, body: Claim) -> bool:
    """Whether a headline's figure rounds the body's: same act, a rounded "over"/"about" figure a
    little below or equal to the body's."""
    low, told = headline.count.low or headline.count.best, body.count.low or body.count.best
    return (
        headline.type == body.type
        and headline.count.qualifier in ("more_than", "about", "at_least")
        and bool(low and told)
        and low <= told <= low * 1.15
    )


# "three children in 2015, and 19 children in 2016", "27 this quarter, compared to nine in the same period"
_PERIOD_BREAK = re.compile(
    r"\b(?:in|during|for|by|across) (?:19|20)\d\d\b|\b(?:compared (?:to|with)|up from|down from|versus)\b"
    r"|\b(?:double|twice|triple|half) the\b"  # "17,049 ... across 2014, roughly double the 9,743 ... in 2013"
    r"|\bin the same period\b|\bfrom\s*$"  # "fell to 753 in Mali from 806 the year before"
    rf"|\bsince (?:{lx.MONTHS}|(?:19|20)\d\d)\b",  # "5,300 killed since January and more than 12,000 ... since 2022"
    re.IGNORECASE,
)
_OWN_PERIOD = re.compile(
    r"\b(?:19|20)\d\d\b|\bin the same period\b|\b(?:the|this|last) year\b|\bas a whole\b"
    r"|\ba year (?:earlier|before)\b|\bthe previous (?:year|month)\b|\bthe (?:year|month) before\b",
    re.IGNORECASE,
)
# "the number recorded in 2013 (9,743), which in turn was roughly double the number in 2012 (4,622)"
_PERIOD_BEFORE = re.compile(r"\b(?:in|during|for) (?:19|20)\d\d\s*\(\s*$", re.IGNORECASE)
_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom|of which)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PART_AFTER = re.compile(r"^\s+(?:\w+\s+)?of (?:them|whom|those)\b", re.IGNORECASE)


def by_period(text: str, counts: list, end: int) -> list[list]:
    """Figures in one sentence (ending at ``end``) for different periods, each naming its own, are
    different claims; a figure's parts ("including 223 in Nigeria", "151 of them") stay with it."""
    groups = [counts[:1]] if counts else []
    for index, (previous, current) in enumerate(zip(counts, counts[1:], strict=False), start=1):
        between = text[previous[0].end : current[0].start]
        after = text[current[0].end : counts[index + 1][0].start if index + 1 < len(counts) else end]
        part = _PART_BEFORE.search(text[: current[0].start]) or _PART_AFTER.match(text[current[0].end :])
        own = _OWN_PERIOD.search(after) or _PERIOD_BEFORE.search(text, 0, current[0].start)
        if _PERIOD_BREAK.search(between) and own and not part:
            groups.append([current])
        else:
            groups[-1].append(current)
    return groups


# a figure told of one scene or one attack is that act's toll, even in a perfect tense:
# "have kidnapped 110 schoolgirls from the college in Dapchi", "have been killed in an attack on"
ONE_SCENE = re.compile(
    r"\bin (?-i:[A-Z])[\w'’-]+, an? (?:\w+ )?(?:community|village|town|settlement)\b|"  # "in Gumsere, a community"
    r"\b(?:from|at|in|inside) (?:a|the|another) (?:[\w-]+ ){0,5}"
    r"(?:school|college|university|camp|church|mosque|market|hotel|resort|bus|convoy|checkpoint|hospital|clinic|"
    r"(?:city|town|village) of|village)\b"
    r"|\b(?:in|at|from) (?:\w+'s )?(?:\w+ )?villages? of (?-i:[A-Z])"
    r"|\bin (?:a |the )?(?:fresh|latest) (?:attacks?|raids?|killings)\b"  # "11 persons ... killed in fresh attacks"
    r"|\b(?:attacked|ambushed|stopped|hijacked|seized|stormed|raided) (?:a|the) (?:[\w-]+ ){0,2}"
    r"(?:bus|convoy|vehicle|truck|boat|ferry|vessel|train|village|school|church|mosque|market|hotel|camp"
    r"|university|college|campus|hospital|dormitory)\b",
    re.I,
)
# "..., bringing to more than 90 the number killed": a toll joined to the act just told
TALLY = re.compile(r",\s*(?:bringing|raising|taking|pushing)\b[^;]*$", re.IGNORECASE)
CLOSED = re.compile(r"\b(?:closed|shut|close|closure)\b", re.IGNORECASE)
# schools closed by threats are counted as schools; a village named is one scene
A_VILLAGE = re.compile(r"\b(?:[A-Z][\w'’-]+ (?:village|town)|(?:village|town) of [A-Z])", re.UNICODE)
# clauses that separate figures for different acts; asides ("..., many of whom were enslaved")
CLAUSES = re.compile(
    r",\s+and\b|;|\bwhile\b|\bwhereas\b|\band (?=(?:about |some |more than )?\d)|\bfollowed by\b|,\s+as well as\b"
    # "... and seizing over 2,000", "has killed at least 2,000 civilians ... and kidnapped a thousand more"
    r"|\band \w+(?:ing|ed) (?=(?:over |about |some |more than |at least )?(?:\d|a (?:thousand|hundred)\b))"
    r"|\band the \w+ of (?=(?:over |about |some |more than |at least )?\d)"  # "... and the abduction of at least 160"
    r"|,\s+(?:which|that) (?:have |has |had )?(?:led to|caused) the deaths? of\b",  # "12 air strikes ..., which led to"
    re.IGNORECASE,
)
ASIDE = re.compile(r"\b(?:many|some|most|several|all) of (?:whom|them)\b[^.;]*$", re.IGNORECASE)


_TOLL_TYPES = ("killing", "execution", "bombing", "armed_clash", "attack_on_school_or_hospital")


def adopt_toll(claims: list[Claim], incidents: list, text: str, published: date | None = None) -> list[Claim]:
    """ "Fighters attacked a primary school in Beni on Friday. So far 14 bodies have been recovered
    from the school": a report that tells one deadly act with no count, then a figure with no
    period of its own, gives that figure as the act's toll (acts of earlier years told beside it, such as
    "On June 8, 1998, rebels attacked a technical institute where they killed 80 students", do not count).
    Returns the claims left."""
    uncounted = [i for i in incidents if i.type in _TOLL_TYPES and i.victim_count is None]
    if len(uncounted) > 1:  # "people died" counts the massacre, not the clash with troops told beside it
        uncounted = [i for i in uncounted if i.type != "armed_clash"]
    older = published and [i for i in incidents if i.date.end and int(i.date.end[:4]) < published.year - 1]
    for incident in [i for i in uncounted if i in (older or [])]:  # "the 1982 massacre in Hama. Between 10,000 and
        end = max(e for _, e in incident.sources[0].spans)  # 40,000 Syrian people are thought to have died": its toll
        figure = next((c for c in claims if _toll_told_next(c, end, text)), None)
        if figure is not None:
            _take_toll(figure, incident)
            claims = [c for c in claims if c is not figure]
            uncounted.remove(incident)
    if len(uncounted) != 1 or any(i.victim_count for i in incidents if i not in (older or [])):
        return claims
    if any(i.victim_count and (i.date.start or "") > (uncounted[0].date.end or "9") for i in incidents):
        return claims  # "the worst since the 2021 Solhan massacre": an earlier act named as a benchmark
    candidates = [
        c
        for c in claims
        if c.type in _TOLL_TYPES
        and c.period.precision == "unknown"
        and _TOLL_WORDS.search(told := text[c.sources[0].spans[0][0] : c.sources[0].spans[0][1]])
        and not _WAR_TOLL.search(told)  # "The total death toll from the ongoing violence has now reached 745"
    ]
    if not candidates:
        return claims
    figure, incident = candidates[0], uncounted[0]
    _take_toll(figure, incident)
    return [c for c in claims if c is not figure]


def _toll_told_next(claim: Claim, end: int, text: str) -> bool:
    """Whether ``claim`` is a toll with no period of its own told in the sentence right after ``end``."""
    start, stop = claim.sources[0].spans[0]
    return (
        claim.type in _TOLL_TYPES
        and claim.period.precision == "unknown"
        and 0 <= start - end <= 3
        and bool(_TOLL_WORDS.search(text[start:stop]))
    )


def _take_toll(figure: Claim, incident) -> None:
    """Give ``incident`` the count (and the source, where it names one) of ``figure``, a toll read as a figure."""
    incident.victim_count = figure.count
    source, told = incident.sources[0], figure.sources[0]
    source.spans = sorted({*map(tuple, source.spans), *map(tuple, told.spans)})
    source.evidence["count"] = told.evidence["count"]
    if told.attributed_to:  # the toll's own source, over one who told the act's other details
        source.attributed_to = told.attributed_to
        if "attributed_to" in told.evidence:
            source.evidence["attributed_to"] = told.evidence["attributed_to"]


# a toll of the act told, not a running total: "So far 14 bodies have been recovered", "the death toll rose to"
# "In the end, somewhere between 170 and 200 people died"
_TOLL_WORDS = re.compile(r"\b(?:so far|bodies|death toll|toll|died|lost their lives|in the end)\b", re.I)
_WAR_TOLL = re.compile(WAR_TOLL, re.I)


# "he counted at least 13 people dead", "at least 20 bodies had been found so far": the remains of the act told
WITNESSED = re.compile(
    r"\bcounted\b[^.;]{0,30}\b(?:dead|bodies|corpses)\b"
    r"|\b(?:bodies|corpses|remains)\b[^.;]{0,30}\b(?:found|recovered|exhumed|unearthed|retrieved|dug up|collected"
    r"|discovered)\b"
    r"|\b(?:found|recovered|exhumed|unearthed|retrieved|dug up|collected|discovered)\b[^.;]{0,30}\b(?:bodies|corpses"
    r"|remains)\b"
    r"|\b(?:are|were|have been|has been) confirmed (?:dead|killed)\b"  # "So far, seven people are confirmed dead"
    r"|\bwe have (?:(?:at least|about|around) )?[\w,]+ (?:people )?dead\b"  # "So far, we have nine dead, including"
    # "Authorities have so far confirmed the deaths of 65 people at the park, but they expect the death toll to rise"
    r"|\bconfirmed the deaths? of\b|\bexpect(?:s|ed)? the (?:death )?toll to (?:rise|climb|increase)\b",
    re.I,
)


_ONE_ACT_NEXT = re.compile(
    r"\b(?:behind|during|in|after) the (?:massacre|attack|assault|raid|bombing|blast|ambush)\b(?!s)"
    r"|\bit took place in\b|\b(?:worst|deadliest|bloodiest) single (?:atrocity|attack|massacre|incident)\b"
    r"|\bthe (?:incident|attack|shooting|massacre|bombing|blast) (?:occurred|happened|took place)\b"
    # "Villagers in Ndomété, about 350 kilometers from ..., were attacked by armed men": one village's attack
    r"|\b(?:villagers|residents) (?:of|in) (?-i:[A-Z])[\w'’-]+\b[^.;]{0,80}\b(?:were|was) attacked\b"
    # its speaker goes on: "He said 24 people were killed in their homes on Friday night"
    r"|^\W*(?-i:He|She) said [\w ]{1,30} (?:were|was) killed\b[^.;]{0,40}"
    r"\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
    re.I,
)


# "On Sunday, attacks were carried out on the villages of Dinguila and Barga": the day of the attacks just counted
_ATTACKS_CARRIED_OUT = re.compile(
    r"^\W*(?:On|Early on|Late on) \w+day,? (?:the )?(?:attacks?|raids?) (?:was|were) (?:carried out|launched)\b"
)


def sentences_near(sents: list, at: int) -> list:
    """The sentences that may date the figure of sentence ``at`` as one act's: the next one, one of the two before that
    names "Friday's attack", and the one after next when it tells the attacks' day ("On Sunday, attacks were carried
    out on the villages of ...", after "the conflict has also provoked attacks on Fulani herders")."""
    before = [s for s in sents[max(0, at - 2) : at] if cues.DAYS_ATTACK.search(s.text)]
    return sents[at + 1 : at + 2] + before + [s for s in sents[at + 2 : at + 3] if _ATTACKS_CARRIED_OUT.search(s.text)]


def one_act_next(sent) -> bool:
    """ "Armed attackers have killed more than 130 civilians in Burkina Faso." then "... behind the
    massacre. It took place in the village of Solhan.": a perfect-tense lede (a spaCy sentence) that the
    next sentences tell as one act, not a running total."""
    following = [s for s in sent.doc.sents if s.start_char >= sent.end_char][:2]
    return any(
        _ONE_ACT_NEXT.search(s.text) and not (lx.AGGREGATE.search(s.text) or lx.WEAK_AGGREGATE.search(s.text))
        for s in following
    )


def attribute_to_sole_source(claims: list[Claim], source: tuple[str, int, int] | None) -> None:
    """A figure told without a source, in a report that cites only one, is that source's
    ("... a UN spokesperson said. Dozens of aid workers have been detained since 2021.")."""
    for claim in claims if source else []:
        if claim.attributed_to is None:
            claim.attributed_to = source[0]


def campaign_toll(types: list[str], counts: list, dated: bool) -> bool:
    """A toll of ten thousand or more told with no day ("between 10,000 and 15,000 civilians were killed by the
    Rapid Support Forces" in one city): a campaign's running figure, not one act (a siege's trapped aside)."""
    return (
        not dated
        and types != ["denial_of_humanitarian_access"]
        and any(max(c.count.low or 0, c.count.best or 0) >= 10_000 for c, _ in counts)
    )


def blame_next(claims: list[Claim], blamed: list, text: str) -> None:
    """A figure told without its doers, then a sentence that blames a group ("... between 10,000 and 15,000 people
    were killed last year in El Geneina City. In the UN report, ethnic violence carried out by the paramilitary Rapid
    Support Forces ... was cited as the reason for the killings"), is that group's."""
    for claim in claims:
        end = max((span[1] for source in claim.sources for span in source.spans), default=None)
        if claim.perpetrators or end is None:
            continue
        following = [
            a for a, at in blamed if a.kind == "armed_group" and 0 <= at - end <= 3 and not text[end:at].strip()
        ]
        claim.perpetrators = following[:1]


_YEAR_MARKER = re.compile(r"in (?:19|20)\d\d|last year|this year|in the last (?:two|three|\w+) years", re.I)


def one_scene_in_a_year(text: str, aggregate_markers: list[str]) -> bool:
    """ "the Taliban murdered 130 students at a school in 2014", "Twelve personnel were killed in the same district
    early this year in a deadly Naxal ambush": a year named with one scene or one act dates one act; it does not make
    the figure a running total."""
    return (
        bool(aggregate_markers)
        and all(_YEAR_MARKER.fullmatch(m) for m in aggregate_markers)
        and bool(ONE_SCENE.search(text) or ONE_EVENT.search(text))
    )


# "This includes more than 4,500 children killed", "The number, which includes 11,967 children killed or maimed"
INCLUDES = re.compile(
    r"\W*(?:This|These|It|The (?:number|figure|total|toll|tally)|This (?:number|figure|total))(?:,? which)? (?:also )?"
    r"includ(?:es|ed|ing)\b",
    re.I,
)
_VIOLATIONS = re.compile(
    r"\b(?:verified|documented|recorded|registered|confirmed)\b[^.;]{0,60}\b[\d,]{3,} (?:grave |serious )?violations\b"
    r"|\b[\d,]{3,} (?:grave |serious )?violations\b[^.;]{0,60}\b(?:verified|documented|recorded|registered)\b",
    re.I,
)


_GRAVE = re.compile(r"\bgrave violations\b", re.I)  # the UN's monitoring term: always counted over a period


def violations_tally(text: str) -> bool:
    """A monitor's total of violations of no one type for a period ("The UN verified 41,370 grave violations
    against children in 2024"): the figures told after it, with no day of their own, are its parts."""
    return bool(_VIOLATIONS.search(text) and (lx.AGGREGATE.search(text) or _GRAVE.search(text)))


def at_one_place(context) -> bool:
    """Whether the sentence names a town or village, where one act happens ("near Gumsuri village"); not a list
    of cities ("has killed well over 100 people in Nice, Berlin, London and Stockholm"), which sums up many acts."""
    towns = {p[0].name for p in context.places if p[0].precision in ("town", "point")}
    if len(towns) >= 3 and _CITY_LIST.search(context.text):
        return bool(A_VILLAGE.search(context.text))
    return bool(towns) or bool(A_VILLAGE.search(context.text))


_NAME = r"(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?"
_CITY_LIST = re.compile(rf"\bin {_NAME}(?:, {_NAME}){{1,}},? and {_NAME}")


_AS_FOLLOWS = re.compile(
    r"\b(?:as follows|distributed as follows|broken down as follows)\s*:?\s*$"
    # a month told place by place: "Baghdad was the worst affected Governorate with 1,069 civilian casualties", then
    # "Diyala suffered 108 killed and 162 injured; Ninewa 69 killed"
    r"|\bwas the worst[- ](?:affected|hit) (?:governorate|province|state|region|district|city)\b",
    re.I,
)
_NEW_STORY = re.compile(r"^\W*(?:meanwhile|separately|elsewhere|in other news|in a separate)\b", re.I)


def listing_goes_on(listing: bool, claimed: bool, text: str, context) -> bool:
    """Whether the sentences after ``text`` still list the parts of a monitor's total ("The Syrian Observatory
    documented the death of 3686 persons in September. The casualties are as follows:"), until a sentence
    tells an act of its own day or opens another story ("Meanwhile, ...")."""
    if claimed and _AS_FOLLOWS.search(text):
        return True
    if not listing:
        return False
    return not (_NEW_STORY.match(text) or any(d[0].precision in ("day", "week") for d in context.dates()))


_WHEN_ATTACKED = re.compile(
    r"\b(?:when|after|as) (?:[\w-]+ ){1,4}(?:attacked|stormed|raided|struck|invaded|opened fire)\b", re.I
)


def one_day_act(context) -> bool:
    """A figure told with the one day of the attack that took the victims ("were kidnapped on Thursday
    when bandits attacked the school"): that act's count, whatever word introduces it."""
    days = {d[0].start for d in context.dates() if d[0].precision == "day"}
    return len(days) == 1 and bool(_WHEN_ATTACKED.search(context.text))


_DEATH_ACTS = {"killing", "execution", "armed_clash", "bombing"}


def part_of_total(total: Claim, listing: bool, context, counts: list, types: list[str]) -> bool:
    """ "The count also includes 415 of its own members", "Besides civilians, it killed 483 troops", "Zamfara recorded
    the highest number with ... 1,639 victims": smaller figures of the same act, for no period of their own, that
    make up ``total``, the figure told before (in a listing, any smaller figure does)."""
    if total.type not in types and not (total.type in _DEATH_ACTS and _DEATH_ACTS & set(types)):
        return False  # "also reported the most civilian deaths, with 1,056 people killed", after abductions
    value = total.count.best or total.count.low
    if listing:
        return bool(value) and all((c.count.best or c.count.low or 0) < value for c, _ in counts)
    if not PART_OF_TOTAL.search(context.text):
        return False
    text = context.info.text
    start, end = total.sources[0].spans[0]  # the total's own period, told again, is no period of the part's
    own_period = any(  # (not the total's month told again: "last month", then "in August 2015")
        d[0].precision in ("day", "week", "month") and text[d[1] : d[2]] not in text[start:end] and d[0] != total.period
        for d in context.dates()
    )
    return bool(value) and not own_period and all((c.count.best or c.count.low or 0) < value for c, _ in counts)


def total_of_others(marked: re.Match[str], counts: list, offset: int) -> bool:
    """Whether "a total of" counts something other than the victims counted ("56 wounded; a total of 176 hostages
    were released"): no victim count follows it."""
    return marked.group(0).lower() == "a total of" and not any(
        0 <= c.start - offset - marked.end() <= 1 for c, _ in counts
    )


_IN_ALL = re.compile(r"^\W*(?:In all|In total|Altogether),? ", re.I)


def total_of_acts(text: str, told: list) -> bool:
    """ "In all, at least 63 people were killed", told after attacks in Tunisia, Kuwait and France: the total of
    the acts ``told`` in more than one country, a figure (one attack's "In all, 144 people died" is its toll)."""
    return bool(_IN_ALL.match(text)) and len({p[0].country for m in told for p in m.places}) > 1
