"""Figures that retell the toll of an act the report tells ("a total of 41 people had lost their lives", rival
estimates, the captives still held): that act's count, not a running total."""

from __future__ import annotations

import re

from marsad.extract.figures import WITNESSED
from marsad.extract.records import Claim


def _outside(period, when) -> bool:
    """Whether a dated act falls wholly outside a figure's known period."""
    if not (period.start and period.end and when.start and when.end):
        return False
    return when.start > period.end or when.end < period.start


def toll_of_told_act(claim: Claim, incidents: list, text: str = "") -> bool:
    """ "Officials confirmed five deaths so far", "So far 25 bodies have been recovered from the
    school", "a total of 41 people had lost their lives": with no period of its own, a figure close
    to the toll of an act the report tells is that act's toll (or a rival count of it), not a
    running total."""
    value = claim.count.best or claim.count.low
    # (not an act dated outside the figure's period: "a 24 August attack that killed at least 200" beside "nearly
    # 200 people" in the first four months of the year)
    incidents = [i for i in incidents if not _outside(claim.period, i.date)]
    tolls = [(i.type, i.victim_count.best or i.victim_count.low) for i in incidents if i.victim_count]
    if (claim.type, value) in tolls or (claim.type in _DEATHS and any(k in _DEATHS and n == value for k, n in tolls)):
        return True  # "killed at least 160 people since the beginning of June", beside the execution of 160
    if claim.type in _DEATHS and any(_within_toll(value, claim.period, i) for i in incidents if i.type in _DEATHS):
        return True  # "up to 1,700 soldiers ... killed last year", beside 1,500 to 1,700 executed on 12 June last year
    same = [n for k, n in tolls if k == claim.type and n]
    if (
        claim.period.precision in ("unknown", "day")
        and len(same) >= 2
        and 0.9 * sum(same) <= (value or 0) <= 1.1 * sum(same)
    ):
        return True  # "At least 43 people have been killed ... at two Coptic churches": their 27 and 16 together
    if claim.period.precision != "unknown" or not value or _ACT_UNITS.match(claim.unit or ""):
        return False
    start, end = claim.sources[0].spans[0]
    if incidents and (WITNESSED.search(text[start:end]) or _TOLL_RETOLD.search(text[start:end])):
        return True  # "he counted at least 13 people dead", "conflicting estimates of the number killed"
    if (
        claim.type == "abduction"
        and _CAPTIVES_HELD.search(text[start:end])
        and any(kind == "abduction" and toll and value <= toll for kind, toll in tolls)
    ):
        return True  # "265 people ... remained in captivity" of the 315 taken: the act's captives still held
    if claim.count.qualifier in ("at_least", "more_than") and any(
        toll and toll / 2 <= value <= toll for _, toll in tolls
    ):
        return True  # "Extremists have killed at least 100 people in Niger" over a toll of 137: a floor of it
    # (not another kind of act's: "1,055 people had been killed during retaliatory strikes" beside a raid's 1,200)
    alike = [toll for kind, toll in tolls if kind == claim.type or "bombing" not in (kind, claim.type)]
    return any(toll and 0.75 * toll <= value <= toll / 0.75 for toll in alike)


_DEATHS = ("killing", "execution", "armed_clash")


def _within_toll(value: int, period, incident) -> bool:
    """Whether a figure lies in an act's range of estimates and its period holds the act's day."""
    count, when = incident.victim_count, incident.date
    if not count or count.low is None or count.high is None or when.start is None or period.start is None:
        return False
    return count.low <= value <= count.high and period.start <= when.start and when.end <= period.end


_ACT_UNITS = re.compile(
    r"schools|hospitals|clinics|health|executions|killings|attacks|abductions|kidnappings|bomb|cases"
)


# rival estimates or a rising toll of the act told: "There have been conflicting estimates of the number killed,
# ranging from 19 and 31", "The number of those killed at the complex rose with the discovery of six more bodies"
_TOLL_RETOLD = re.compile(
    r"\b(?:conflicting|differing|varying|various) (?:estimates|figures|tolls|accounts)\b"
    r"|\bestimates of (?:the )?(?:number|(?:death )?toll|those)\b"
    r"|\b(?:other|another|higher|lower|rival|separate) (?:estimates?|counts?|tallies|tally|sources?) "
    r"(?:said|put|says|gave|suggested)\b"  # "Other estimates said that the death toll was 165"
    r"|\b(?:number of (?:those |people )?(?:killed|dead)|(?:death )?toll) (?:\w+ ){0,4}"
    r"(?:rose|risen|climbed|increased)\b",
    re.I,
)
_CAPTIVES_HELD = re.compile(
    r"\b(?:remain(?:s|ed)?|still) (?:held|in captivity|missing|with (?:the|their) (?:captors|abductors))\b"
    r"|\b(?:holding|held) (?:captive|hostage)\b",  # "The armed group holding captive an employee, two drivers ..."
    re.I,
)


def date_by_tally_month(incidents: list, claims: list[Claim]) -> None:
    """A monitor's monthly tally ("In month of June 2019 ... total 26 number of people lost their lives") dates an
    act it tells without a day ("two security forces personnel lost their lives in single target killing attack in
    Sindh region") to its month, when the report is mostly figures and every figure with a period has that month."""
    periods = [c.period for c in claims if c.period.precision != "unknown"]
    tally = len(claims) >= 2 and len(claims) > len(incidents)  # a report of figures, not an act with a running total
    if not tally or len({p.start for p in periods}) != 1 or any(p.precision != "month" for p in periods):
        return
    month = next(c.period for c in claims if c.period.precision == "month")
    for incident in incidents:
        if incident.date.precision == "unknown":
            incident.date = month


# "about 300 men from the tribe were executed in one day": the victims told, no doer named
_DOER_UNTOLD = re.compile(
    r"\b(?:were|was|had been|have been) (?:\w+ )?(?:executed|beheaded|killed|shot dead|massacred|slaughtered"
    r"|abducted|kidnapped)\b(?! by\b)",
    re.I,
)


def doers_of_the_figure(incidents: list, claims: list[Claim], text: str) -> None:
    """An act of the same kind as the report's figure, told in the passive with no doer ("about 300 men were executed
    in one day", after "IS has executed 700 members of the tribe in two weeks"), is the figure's doers' when every
    figure of the report blames the same groups."""
    blamed = {tuple(sorted(a.id for a in c.perpetrators)) for c in claims if c.perpetrators}
    if len(blamed) != 1:
        return
    for incident in incidents:
        figure = next((c for c in claims if c.type == incident.type and c.perpetrators), None)
        told = " ".join(text[s:e] for source in incident.sources for s, e in source.spans)
        if figure and not incident.perpetrators and _DOER_UNTOLD.search(told):
            incident.perpetrators = list(figure.perpetrators)


def without_told_tolls(claims: list[Claim], incidents: list, text: str) -> list[Claim]:
    """The claims less those that are the toll of an act the report tells (:func:`toll_of_told_act`); such a toll's
    source becomes the act's where the act has none of its own sentences ("But a United Nations official told The
    Associated Press that 27 bodies had been counted", beside "killing as many as 27 people")."""
    kept = []
    for claim in claims:
        if not toll_of_told_act(claim, incidents, text):
            kept.append(claim)
            continue
        value = claim.count.best or claim.count.low
        for incident in incidents if claim.attributed_to and claim.sources[0].spans else []:
            count, source = incident.victim_count, incident.sources[0]
            told = source.evidence.get("attributed_to")
            own = told and any(s <= told[0] < e for s, e in source.spans)
            if count and (count.best or count.low) == value and incident.type == claim.type and not own:
                source.attributed_to = claim.attributed_to
                source.evidence["attributed_to"] = list(claim.sources[0].spans[0])
    return kept
