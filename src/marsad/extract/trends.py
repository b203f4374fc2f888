"""Sentences that tell a trend in acts rather than an act: "child recruitment by armed groups in Haiti tripled
last year", "a 70% surge in gang recruitment"."""

from __future__ import annotations

import re

from marsad.extract import lexicon as lx
from marsad.extract.cues import DISCRETE_ACTS
from marsad.extract.one_act_words import ONE_EVENT

# "child recruitment by armed groups in Haiti tripled last year": a trend in acts, not an act
_TREND = re.compile(
    r"\b(?:recruitment|recruiting|recruited|abductions|kidnappings|killings|attacks)\b[^.;]{0,60}?"
    r"\b(?:tripled|doubled|quadrupled|surged|soared|soaring|increased|rose|rising|on the rise|at unprecedented levels"
    r"|in record numbers|record numbers)\b"
    r"|\b(?:increased|increasing|rising|growing) (?:recruitment|abductions|kidnappings|killings)\b"
    # "The number of children killed or wounded in Afghanistan's conflict surged in the first half of 2016"
    r"|\bnumber of (?:\w+ ){0,3}(?:killed|abducted|kidnapped|recruited)\b[^.;]{0,60}?\b(?:surged|soared|rose|increased"
    r"|fell|dropped|declined|doubled|tripled)\b"
    # "has ramped up abductions of children", "the growing number of child abduction cases"
    r"|\b(?:ramped|stepped|scaled) up (?:its |their )?(?:\w+ )?(?:abductions|kidnappings|recruitment|killings)\b"
    r"|\b(?:growing|rising|increasing) number of (?:\w+ ){0,2}(?:abduction|kidnapping|recruitment)s?\b"
    r"|\bresurgence of (?:\w+ ){0,3}(?:abductions|kidnappings)\b"
    r"|\b(?:surge|rise|increase|uptick|spike|jump)s? in (?:the )?(?:\w+ )?"
    r"(?:recruitment|abductions|kidnappings|killings|use of (?:children|girls|boys))\b"
    # "described the recruitment of children by the gangs as a very concerning trend"
    r"|\b(?:recruitment|abductions|kidnappings|killings)\b[^.;]{0,60}?\bas (?:a |an )?[\w\"“ ]{0,30}\btrend\b"
    r"|\b\d+ ?(?:%|per ?cent)[^.;]{0,120}?\b(?:recruited|recruiting|recruitment)\b"  # "30% to 50% ... recruited"
    # "showing record numbers of children recruited, used and killed"; "documented the cases of children recruited"
    r"|\brecord(?:-level)? (?:numbers?|levels?) of\b[^.;]{0,80}"
    r"|\bdocumented the cases of\b[^.;]{0,80}",
    re.IGNORECASE,
)


_PERCENT_CHANGE = re.compile(
    r"\b\d+ ?(?:%|per ?cent) (?:surge|rise|increase|jump|drop|fall|decline)\b"
    # "The number of civilians killed ... has increased by 1% compared to the same period last year"
    r"|\b(?:increased|rose|risen|surged|fell|fallen|dropped|declined|grew|jumped) by (?:almost |nearly |about |some )?"
    r"\d+(?:\.\d+)? ?(?:%|per ?cent)",
    re.I,
)


def tells_trend(text: str) -> bool:
    """Whether a sentence tells how a count changed ("surged in the first half of 2016", "increased by 1%") or
    what share of a count is whose ("At least 40 percent of all civilian casualties were caused by ...")."""
    return bool(_TREND.search(text) or _PERCENT_CHANGE.search(text) or _SHARE.search(text))


_SHARE = re.compile(r"\b\d+(?:\.\d+)? ?(?:percent|per cent|%) of\b", re.I)


def trend_only(text: str, types: list[str], dates: list) -> bool:
    """Whether each act the sentence names is named inside a trend ("recruiting children at unprecedented
    levels"), or the sentence tells a change in per cent ("a 70% surge"), with no day or week of its own."""
    trend = _TREND.search(text)
    if any(d[0].precision in ("day", "week") for d in dates):
        return False
    if _PERCENT_CHANGE.search(text):
        return True
    if not trend:
        return False
    starts = [m.start() for t in types if (m := lx.TRIGGERS[t].search(text))]
    return bool(starts) and all(trend.start() <= at < trend.end() for at in starts)


# "a similar Islamic State attack on Sikhs killed many in Jalalabad in 2018": one act of that year
_ONE_ATTACK = re.compile(r"\ban? (?:similar )?(?:[\w-]+ ){0,3}(?:attack|bombing|raid)\b[^.;]{0,40}\bkilled\b", re.I)


def pattern_only(context, counts: list, types: list[str]) -> bool:
    """A running-total sentence (its :class:`~marsad.extract.sentence.SentenceContext`) that counts no victims and
    names no day tells a pattern, not an act."""
    if counts or not set(types) <= DISCRETE_ACTS or not lx.AGGREGATE.search(context.text):
        return False  # captivity, sexual slavery and sieges go on: they are told without counts
    if lx.NOT_AGGREGATE.search(context.text) or ONE_EVENT.search(context.text) or _ONE_ATTACK.search(context.text):
        return (
            False  # "in Pakistan's deadliest attack since 2018", "killed in an Islamic State suicide attack": one act
        )
    return not (context.facility_counts() or any(d[0].precision == "day" for d in context.dates()))


def act_sources(attributions: list, claims: list, read_sents: list) -> list[tuple[str, int, int]]:
    """The sources quoted outside the sentences that state figures or trends (``read_sents``: each sentence with
    its types): the monitor behind a running total is not the source of the video the report describes."""
    spans = [tuple(span) for claim in claims for source in claim.sources for span in source.spans]
    spans += [  # "surged", "40 percent of ...", "bore the brunt of the war in the first half of the year"
        (s.start_char, s.end_char)
        for s, types in read_sents
        if tells_trend(s.text) or (not types and lx.AGGREGATE.search(s.text))
    ]
    retaken = [(s.start_char, s.end_char) for s, _ in read_sents if _TOWN_RETAKEN.search(s.text)]
    return [
        a
        for a in attributions
        if not any(start <= a[1] < end + 80 for start, end in spans) and not any(s <= a[1] < e for s, e in retaken)
    ]


# "Ukraine announced that Bucha had been "liberated"": news of a town's control, no source of the act found there
_TOWN_RETAKEN = re.compile(
    r"\b(?:announced|said|declared|says)\b (?:that )?[^.;\d]{0,40}\b(?:had been|has been|was) [\"“‘']?"
    r"(?:liberated|recaptured|retaken|freed)\b"
)


# "The killing spree happened in several villages", "The men were killed in the Ghranij, Abu Hamam and Kashkiyeh
# villages": the many scenes of a figure told before, not one act
_SEVERAL_SCENES = re.compile(
    r"\bin (?:several|many|various|numerous|multiple|a number of|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?: different| nearby| neighbouring| neighboring)? villages\b"
    r"|\b(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, )+(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? )?and [A-Z][\w'’-]+"
    r"(?: [A-Z][\w'’-]+)? villages\b"
)


def tells_figure_scenes(text: str, figures_told: bool, counted: bool, dated: bool) -> bool:
    """Whether a sentence with no count and no date of its own tells the many scenes of a figure the report
    stated before (``figures_told``): no act of its own."""
    return figures_told and not counted and not dated and bool(_SEVERAL_SCENES.search(text))


def told_once(text: str, counts: list, few: bool, mentions: list) -> bool:
    """Whether a sentence's counts, told after figures, are one act's: a few victims in a simple past ("IS beheaded
    three tribesmen", not "2 civilians lost their lives in Fata attacks" nor "has also executed four"), or a toll an
    act told before already has ("more than 230 bodies have been found", again)."""
    if few and not re.search(r"\b(?:has|have|attacks|incidents|operations)\b", text):
        return True
    told = {c.count.best for m in mentions for c, _ in m.counts}
    if re.search(r"\b(?:were|are)\W+(?:also\W+)?among\b", text) and any(c.count.best in told for c, _ in counts):
        return True  # "the two men were 'among at least 35 people ... who were killed'": the act's share, its toll
    return bool(counts) and all(c.count.best in told for c, _ in counts)


def retells_figure(incident, claims: list, text: str = "") -> bool:
    """A headline that tells a monitor's total as if it were one act ("1685 people were killed in
    November 2014" above "SNHR documented the death of 1685 people in November 2014"): the claim told again
    (wherever a town the report names elsewhere placed it, when only the headline tells it)."""
    own = incident.victim_count
    headline = text.find("\n")
    titled = headline > 0 and not re.search(r"[.!?\"”]\s*$", text[:headline])  # a title, not a lede's first line
    counted = incident.sources[0].evidence.get("count")  # (or its count: "UN says S. Sudan's forces killed 114 ...")
    told_in_headline = titled and (
        all(end <= headline + 1 for _, end in incident.sources[0].spans) or bool(counted and counted[1] <= headline)
    )
    if (
        own is None
        or incident.date.precision in ("day", "week")
        or (incident.location.get("precision") in ("town", "point") and not told_in_headline)
    ):
        return False
    # a vague "several hundred women and children taken" is no retelling of "hundreds killed" told later
    return any(
        (
            c.type == incident.type or {c.type, incident.type} == {"killing", "armed_clash"}
        )  # "Clash ..., Causing 80 Deaths"
        and (
            (c.count.low, c.count.best) == (own.low, own.best)
            or (
                told_in_headline and (c.count.best or c.count.low) == (own.best or own.low)
            )  # "2,000" for "about 2,000"
        )
        for c in claims
    )
