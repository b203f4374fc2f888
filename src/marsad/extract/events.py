"""Telling one act from another among the mentions of one type in a report.

A report often tells more than one act of a type: a bulletin's items, an earlier attack told with
its own date and toll, a second scene ("in the neighbouring village of ..."), another group's raid
in another country. These rules decide where one act ends and the next begins; the rest of
assembly (``assemble.py``) then reads each act's values.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.extract import cues, venues
from marsad.extract.context import small_place_names
from marsad.extract.scenes import SAME_ATTACKER_GOES_ON
from marsad.extract.sentence import Mention
from marsad.extract.told_apart import (
    ANOTHER_SCENE,
    DAY_AFTER_WITHIN,
    dated_elsewhere,
    event_at_town,
    event_of_target,
    names_an_act_told,
    others_counted,
    own_day,
    reprisal_told,
    same_month_toll,
    second_after_first,
    share_lede,
    without_combined_toll,
    years_before,
)


def _overlap(a, b, slack: int = 0) -> bool:
    """Whether two dated values can be the same day (a day inside a month, or the same day), or ``slack`` days apart."""
    if slack:
        gap = timedelta(days=slack)
        return (
            date.fromisoformat(a.start) <= date.fromisoformat(b.end) + gap
            and date.fromisoformat(b.start) <= date.fromisoformat(a.end) + gap
        )
    return a.start <= b.end and b.start <= a.end


def own_dated_figure(mention: Mention, event: list[Mention], published: date | None = None, slack: int = 0) -> bool:
    """Whether a mention tells an act of its own: its own figure and a date that the event's dates
    rule out ("On February 20, at least 21 people were killed", after Tuesday's attack)."""
    known = [d[0] for m in event for d in m.dates]
    mine = [d[0] for d in mention.dates]
    if not (mention.counts and mine):
        return False
    if known:
        return dated_apart(mention, event, slack)
    # an undated event: a dated figure with its own count, told of another place or long before the
    # report (news tells recent acts undated), is another act
    counted = next((m.counts[0][0].count for m in event if m.counts and not _vague(m.counts[0][0].count)), None)
    places = {p[0] for m in event for p in m.places}
    own = mention.counts[0][0].count
    long_before = published is not None and all(date.fromisoformat(d.end) < published - _RECENT for d in mine)
    if counted is None:  # "In June 2021, 160 people were killed in this massacre": another, older act
        return long_before and date.fromisoformat(mine[0].end) < published - 4 * _RECENT
    if any((c[0].count.low, c[0].count.best) == (counted.low, counted.best) for c in mention.counts[1:]):
        return False  # "Killed 19 Civilians", then "on Sunday, Jan. 3 killed 19 civilians and three armed men"
    if _rounded_down(counted, own) or _one_apart(counted, own):
        return False  # "LRA Kills Over 300 in East", then "killed at least 321 civilians ... in December"
    return (own.low, own.best) != (counted.low, counted.best) and (
        long_before or (bool(mention.places) and bool(places) and not _places_meet(places, mention))
    )


def _places_meet(places: set, mention: Mention) -> bool:
    """Whether a mention's places meet an event's: one of them, or a town in the country the event names alone
    ("16 dead in Niger hotel siege", then "... stormed a hotel in Niamey")."""
    own = {p[0] for p in mention.places}
    countries = {p.country for p in places if p.precision == "country"}
    return bool(places & own) or (
        places == {p for p in places if p.precision == "country"} and any(p.country in countries for p in own)
    )


_RECENT = timedelta(days=45)


def _rounded_down(rounded, told) -> bool:
    """Whether ``rounded`` ("over 300") is a round lower bound of ``told`` (321): one toll, told roughly."""
    if rounded.qualifier not in ("more_than", "at_least") or not (rounded.best and told.best):
        return False
    return rounded.best % 50 == 0 and rounded.best <= told.best < rounded.best * 1.2


def _one_apart(told, other) -> bool:
    """ "Boko Haram killed 59 students" in a title, "killed 58 male students" in the story: one toll, told twice."""
    return bool(told.best and other.best) and min(told.best, other.best) >= 20 and abs(told.best - other.best) == 1


def _vague(count) -> bool:
    """ "Several guests died": a few, no figure an act could be told apart by."""
    return count.best is None and (count.high or 0) < 10


def dated_apart(mention: Mention, group: list[Mention], slack: int = 0) -> bool:
    """Whether a mention's dates rule out every date the group's mentions give."""
    known = [d[0] for m in group for d in m.dates]
    mine = [d[0] for d in mention.dates]
    fine = [d for d in known if d.precision == "day"], [d for d in mine if d.precision == "day"]
    if all(fine):  # "this month" overlaps every day of it: two days told apart are two acts
        known, mine = fine
    return bool(known and mine) and not any(_overlap(a, b, slack) for a in mine for b in known)


def _scene_names(mention: Mention, text: str) -> set[str]:
    towns = {p[0].name for p in mention.places if p[0].precision in ("town", "point")}
    return towns | set(small_place_names(text[mention.start : mention.end]))


_ONE_SITE = re.compile(
    r"\W*(?:In|At) (?:just |only )?one (?:of the )?(?:church|mosque|hotel|school|camp|market|site|village)(?:es|s)?"
    r"(?: alone)?,"
    r"|\W*One of the (?:explosions|blasts|bombs|bombings|attacks)\b"  # "One of the explosions ... at the airport"
    rf"|{SAME_ATTACKER_GOES_ON.pattern}"  # "The suspect then ... opened fire at the Arena Bar & Cafe"
    r"|\W*The (?:first|second|next) (?:target|site|location)\b"  # "The first target was the Midnight shisha bar"
)


def one_site(mention: Mention, text: str) -> bool:
    """Whether a mention opens on one site of an act told before ("In just one church, ... more than 50 people")."""
    return bool(_ONE_SITE.match(text, mention.start))


def own_scene(mention: Mention, group: list[Mention], text: str) -> bool:
    """Killings with their own count at their own town ("11 civilians killed in Tchakamari") are not
    the dead of a bombing told elsewhere ("a bomber killed 29 people in Amchide")."""
    if one_site(mention, text):
        return False  # "In just one church, St. Sebastian's in Katuwapitiya, ... 50 people": a site of the act told
    towns = {name for m in group for name in _scene_names(m, text)}
    mine = _scene_names(mention, text)
    counted = [c[0].count for m in group for c in m.counts]
    if not (mention.counts and mine and towns and counted) or mine & towns:
        return False
    own = mention.counts[0][0].count
    return all((c.low, c.best) != (own.low, own.best) for c in counted)


_RESPONSIBLE_FOR = re.compile(
    r"\b(?:is|was|are|were|has been) (?:also )?responsible for (?:killing|the (?:killing|deaths?|murders?) of)\b", re.I
)
_OTHERS_BESIDE = re.compile(r"\b(?:killed|shot dead|shot|wounded|injured|dead|died)\b,?(?: and| while)?\s+$", re.I)


def _another_act(mention: Mention, event: list[Mention], text: str) -> bool:
    """ "Later the same day, three people died in an attack on ...": a sentence that opens on another
    act, counts victims set apart from the ones told ("three other youths were flogged") or brings in
    a new attack ("an IS car bomb on Tal Rifaat left 19 dead", after an air raid on Raqqa), and counts
    its own victims."""
    told = text[mention.start : mention.end]
    if not mention.counts:  # "the foiled attempt ... by another group to surround a detachment ... in Barangay Meta"
        mine = _scene_names(mention, text)
        return (
            reprisal_told(told)
            or bool(mention.dates and _CASE_RECALLED.search(told) and all(m.start != mention.start for m in event))
            or bool((cues.ANOTHER_ACT.search(told) or _ALSO_ATTACKED.search(told)) and mine)
            and not mine & {n for m in event for n in _scene_names(m, text)}
        )
    count = mention.counts[0][0]
    near = _NEIGHBOURING.search(told)
    elsewhere = (
        near
        and _scene_names(mention, text)
        # (not "The local Resistance Committees in Madani ... reported ... the nearby village of Wad al-Noora")
        and not re.search(r"\b(?:in|of|from) (?-i:[A-Z])[\w'’-]+", told[: near.start()])
        and not _scene_names(mention, text) & {n for m in event for n in _scene_names(m, text)}
    )  # "eight people have been confirmed dead in the neighbouring village of Garin"
    if not (
        elsewhere
        or (mention.opening and _ANOTHER.match(mention.opening))
        or ANOTHER_SCENE.search(told)
        or (
            re.match(r"\s+other\b", text[count.end : count.end + 7])
            # "the terrorists also abducted several other children" (not "two other fishermen were also killed last
            # week", told on a day of their own)
            and (not re.search(r"\balso\b", told) or own_day(mention, event))
            and not _RETELLING.search(told)
            and not _part_of_told(count.count, event)  # "four other men" among the six killed
            # "one student is feared killed, and several other students abducted": others than those just named
            and not _OTHERS_BESIDE.search(text, mention.start, count.start)
        )
        or (
            _NEW_ATTACK.search(told)
            and not _RETELLING.search(told)
            and any(m.counts for m in event)
            # "a suicide bomber blew himself up ..., killing scores": the toll told before, told vaguely
            and not any(count.count.vaguely_holds(c[0].count.best) for m in event for c in m.counts if c[0].count.best)
        )
        # "killed over 100 earlier in 2023"; not the toll of a bare lede ("carried out mass executions in Tikrit")
        or (_EARLIER_ACT.search(told) and not _RETELLING.search(told) and not _bare_lede_of(mention, event))
        or _AGAIN.search(told)  # "It was attacked on Sunday 'for the fourth time in a month'"
        or _RESPONSIBLE_FOR.search(told)  # "ISWAP is responsible for killing four aid workers ... earlier this week"
        or cues.CAME_AFTER.search(told)  # "The attack occurred just five days after armed men ... kidnapped 25"
        or (_other_actors(mention, event) and not _RETELLING.search(told))  # "JNIM killed 54", then "Boko Haram ..."
        or (_week_before(mention, event, text) and not _RETELLING.search(told))  # "Some 66 were killed ... last week"
        or cues.ANOTHER_ACT.search(told)
        # "... attacked a nearby camp of Fulani nomadic herders, killing seven people in an apparent retaliation", or a
        or reprisal_told(text[max(m.end for m in event) : mention.end][-500:])  # reprisal told just before the count
        or dated_elsewhere(mention, event, lambda m: _scene_names(m, text), text)  # "the February 16 attack on Pansi"
    ):
        return False
    named = {p[0].name for p in mention.places if p[0].precision != "country"}
    if cues.ANOTHER_ACT.search(told) and named and not named & {p[0].name for m in event for p in m.places}:
        return True  # "In another weekend strike ..., militants killed 18 ... in the northern Balkh province"
    own = (
        count.count
    )  # ("about 110 schoolgirls" after "abduction of 110 schoolgirls": one toll; "two other" are others)
    return others_counted(mention, text) or all(c[0].count.best != own.best for m in event for c in m.counts)


def _grave_of(event: list[Mention], text: str) -> bool:
    """ "Excavations start at suspected mass graves near Tikrit", then "were summarily executed on 12 June": an
    undated, uncounted grave holds the victims of the massacre the report dates (long before it)."""
    return not any(m.counts or m.dates for m in event) and any(_GRAVE.search(text[m.start : m.end]) for m in event)


_GRAVE = re.compile(r"\b(?:mass graves?|exhum\w+|burial sites?)\b", re.I)


def _bare_lede_of(mention: Mention, event: list[Mention]) -> bool:
    """Whether the event told before is an act named with no count or day at the mention's scene (or none)."""
    places = {p[0].name for m in event for p in m.places}
    mine = {p[0].name for p in mention.places}
    return not any(m.counts or m.dates for m in event) and (not (places and mine) or bool(places & mine))


def _new_scene(mention: Mention, text: str) -> bool:
    """A sentence that opens on a day of its own ("On June 11, ..."), told apart from the act before it."""
    return bool(  # (or "On the 16th of August, 2020,")
        re.match(
            r"\W*On (?:the )?(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?[A-Z][a-z]+(?: \d{1,2}(?:st|nd|rd|th)?)?"
            r"(?:,? \d{4})?,",
            text[mention.start : mention.end],
        )
    )


def _second_act_elsewhere(mention: Mention, event: list[Mention], text: str) -> bool:
    """An undated, uncounted act told as a second one at a place of its own ("A second clash erupted in the Tarkha
    Oba area, where ... confronted the fleeing fighters")."""
    if mention.dates or mention.counts or not cues.SECOND_ACT.search(text[mention.start : mention.end]):
        return False
    mine = _scene_names(mention, text)
    return bool(mine) and not mine & {name for m in event for name in _scene_names(m, text)}


def other_town(mention: Mention, event: list[Mention]) -> bool:
    """Whether a mention names towns and the event names others, none of them the mention's."""
    mine = {p[0].name for p in mention.places if p[0].precision == "town"}
    theirs = {p[0].name for m in event for p in m.places if p[0].precision == "town"}
    return bool(mine and theirs) and not mine & theirs


_REGION = re.compile(
    r"\b(?:in|across) (?:the )?((?:north|south)?(?:east|west)?|north|south)(?:ern)?[ -]+([A-Z][a-z]+)\b"
)


def _regions(mentions: list[Mention], text: str) -> set[tuple[str, str]]:
    return {
        (m.group(1).lower(), m.group(2)) for x in mentions for m in _REGION.finditer(text, x.start, x.end) if m.group(1)
    }


def _other_region(mention: Mention, event: list[Mention], text: str) -> bool:
    """ "Five killed as bomb rips through mosque in northwestern Pakistan", beside a bombing "in southwest
    Pakistan": a counted act told in another part of the same country is another act."""
    if not mention.counts:
        return False
    own, told = _regions([mention], text), _regions(event, text)
    return any(c == d and r != s for r, c in own for s, d in told) and not any(o in told for o in own)


def _same_toll_undated(mention: Mention, event: list[Mention]) -> bool:
    """ "more than 460 patients ... were shot dead" in the lede, then "On the same day [Tuesday], more than 460
    patients ... were reportedly shot": the undated act's toll told again with its day."""
    if any(m.dates for m in event) or not mention.counts:
        return False
    own = mention.counts[0][0].count
    return any((c[0].count.low, c[0].count.best) == (own.low, own.best) for m in event for c in m.counts[:1])


def _same_day_told(mention: Mention, event: list[Mention]) -> bool:
    """ "Gunmen kill at least 19 ... opened fire Friday on a beach ... in Sousse", an earlier act told by its
    month, then "At least 38 people were killed ... in Friday's deadly noon rampage": the first act's day, with
    no other place, told again with its latest toll."""
    days = {d[0].start for d in mention.dates if d[0].precision == "day"}
    towns = {p[1] for p in mention.places if p[0].precision != "country"}
    told = {p[1] for m in event for p in m.places if p[0].precision != "country"}
    return (
        bool(days)
        and bool(mention.counts)
        and towns <= told
        and any(d[0].precision == "day" and d[0].start in days for m in event for d in m.dates)
    )


def _older_uncounted(mention: Mention, event: list[Mention], published: date | None, text: str) -> bool:
    """ "This was already the case during the massacres in Tchomabangou ... in January", beside an
    undated act: earlier acts told with a date long before the report are not the undated act's date."""
    if mention.counts or not mention.dates or published is None or any(m.dates for m in event):
        return False
    told = text[mention.start : mention.end]
    if not (_EARLIER_ACTS.search(told) or _LAST_YEARS.search(told)):  # "... in Tehran in June last year"
        return False
    return all(date.fromisoformat(d[0].end) < published - _RECENT for d in mention.dates)


_LAST_YEARS = re.compile(r"in (?:[A-Z][a-z]+ )?last year")


def _years_before(mention: Mention, event: list[Mention]) -> bool:
    """ "The hotel was subjected to an attack by the Taliban in 2012.", after the day's siege: an act told with
    its own earlier year, long before every day the event was told on, is another act."""
    mine = [d[0] for d in mention.dates]
    days = [d[0] for m in event for d in m.dates if d[0].precision == "day"]
    if mention.counts or not mine or not days:
        return False
    first = min(date.fromisoformat(d.start) for d in days)
    return all(d.end and date.fromisoformat(d.end) < first - timedelta(days=180) for d in mine)


def _week_before(mention: Mention, event: list[Mention], text: str) -> bool:
    """A figure dated to an earlier week ("last week"), beside an undated act: news tells its latest act
    undated. A few days named ("between June 11 and 14") are the days of the act told."""
    return (
        bool(mention.dates)
        and all(d[0].precision == "week" and re.search(r"week", text[d[1] : d[2]], re.I) for d in mention.dates)
        and not any(m.dates for m in event)
    )


def _other_actors(mention: Mention, event: list[Mention]) -> bool:
    """Other perpetrators, or another country, than the event told so far."""
    for mine, theirs in (
        ({a[0].id for a in mention.actors}, {a[0].id for m in event for a in m.actors}),
        ({p[0].country for p in mention.places}, {p[0].country for m in event for p in m.places}),
    ):
        if mine and theirs and not mine & theirs:
            return True
    return False


def _part_of_told(own, event: list[Mention]) -> bool:
    """Whether a count is a part of a larger count the event already gives."""
    told = [c[0].count for m in event for c in m.counts]
    return any((t.best or t.low or 0) > (own.best or own.low or 0) for t in told)


# (not "Moulaye Guindo, mayor of the nearby town of Bankass, said": the town a quoted official heads)
_NEIGHBOURING = re.compile(
    r"\b(?<!(?:mayor|chief) of the )(?<!governor of the )(?:neighbou?ring|nearby|another|a second|a separate)\b", re.I
)
# an act brought in with an indefinite article: "a coalition air raid on ...", "an IS car bomb on ..."
_NEW_ATTACK = re.compile(
    r"\b(?:an?|another) (?:[A-Z][\w-]* |coalition |government |\w+-led )?"
    r"(?:air ?raid|air ?strike|drone strike|car bomb|truck bomb|roadside bomb|suicide (?:car )?bomb(?:er|ing)?"
    r"|bomb attack)\b(?! (?:that|which) (?:had )?(?:already|earlier))",
    re.UNICODE,
)


_AGAIN = re.compile(r"\bfor the (?:second|third|fourth|fifth|sixth|seventh|\w+th) time\b", re.I)
_EARLIER_ACTS = re.compile(
    r"\b(?:during|in|after|like) the (?:\w+ )?(?:massacres|attacks|raids|killings|bombings)\b", re.I
)
_EARLIER_ACT = re.compile(
    r"\bearlier (?:this (?:year|month)|in (?:19|20)\d\d)\b|\blast (?:year|month)\b"
    # "Days after Isis captured Palmyra in late May the group killed 20 men": an act dated by a town's fall
    r"|\b(?:days|weeks|shortly|soon) after (?:[\w-]+ ){0,3}(?:captured|seized|took|overran|entered)\b"
    # "numerous civilian casualties in previous incidents, including an attack on a church that left 38 people dead"
    r"|\b(?:previous|past|earlier|prior) (?:incidents|attacks|raids|massacres)\b",
    re.I,
)
_RETELLING = re.compile(
    r"\b(?:the|this|that|same) (?:\w+ )?(?:attack|blast|bombing|explosion|raid|strike|incident)s?\b", re.I
)


_CASE_RECALLED = re.compile(r"\bone of the most notorious cases\b", re.I)  # "... involved ... on August 11, 2023"
_SECOND_TOOK_PLACE = re.compile(r"\W*[Tt]he (?:second|third) (?:military )?(?:operation|attack|raid) took place\b")
_ALSO_ATTACKED = re.compile(r"\bcity of [A-Z][\w'’-]+ was also attacked\b")  # "The ... city of Diffa was also attacked"
_ANOTHER = re.compile(
    # (not "Earlier, a police official had told AFP that ...": an earlier telling of the same act)
    r"\W*(?:later|earlier(?!,? (?:an? |the )?[\w ]{0,40}\b(?:had )?(?:told|said|indicated|reported)\b)|separately"
    r"|elsewhere|meanwhile|concurrently|simultaneously|at the same time"
    r"|in (?:another|a separate|a second|a similar) "
    r"(?:attack|incident|raid|ambush)|the same (?:day|evening|night|morning|afternoon)|on the same day)\b",
    re.IGNORECASE,
)


_COMBATANTS = ("soldiers", "fighters", "police")


_WHOLE_TOLL = ("execution", "bombing")


def _other_side(mention: Mention, event: list[Mention]) -> bool:
    """Fighters counted dead after villagers were ("the army claimed it killed six rebels", after rebels
    hacked four villagers to death) died in another act: a clash, not the killing's toll."""
    counted = [c for m in event for c in m.counts]
    if not (mention.counts and counted) or mention.counts[0][1] not in _COMBATANTS or mention.type in _WHOLE_TOLL:
        return False  # (a bombing's guards shot at the gate are its toll)
    civilians = all(c[1] not in _COMBATANTS for c in counted) and any(c[1] != "people" for c in counted)
    return civilians and not any(
        (c[0].count.low, c[0].count.best) == (mention.counts[0][0].count.low, mention.counts[0][0].count.best)
        for c in counted
    )


def separate_events(group: list[Mention], published: date | None, text: str) -> list[list[Mention]]:
    """Acts of one type told with their own figures and incompatible dates are different events;
    a mention without such a date belongs to the event told just before it, or, when its day rules
    that one out, to an earlier event of that day ("... lower than in Saturday's blast")."""
    group = sorted(group, key=lambda m: m.start)
    events = [[group[0]]]
    # a siege from Friday night to Saturday morning, or of a school for three days, is one act
    slack = 3 if venues.any_siege_told(text) else 0
    for mention in group[1:]:
        if mention.group_part and any(m.group_part for m in events[-1]):
            events.append([mention])  # the second of two groups counted apart: an act of its own
            continue
        if (
            (own_dated_figure(mention, events[-1], published, slack) and not _grave_of(events[-1], text))
            or _another_act(mention, events[-1], text)
            or _other_side(mention, events[-1])
            or _older_uncounted(mention, events[-1], published, text)
            or _years_before(mention, events[-1])
            or _other_region(mention, events[-1], text)
        ):
            told = next((e for e in events[:-1] if _same_toll_undated(mention, e) or _same_day_told(mention, e)), None)
            if cues.ANOTHER_ACT.search(text, mention.start, mention.end) or others_counted(mention, text):
                told = None  # "In another attack", "two other fishermen were also killed last week"
            else:
                told = told or next((e for e in events[:-1] if same_month_toll(mention, e)), None)
            if told is not None and (
                _other_region(told[0], events[-1], text)
                or _same_day_told(mention, told)
                or same_month_toll(mention, told)
            ):
                events.remove(told)  # the story told again after another region's act: what follows is its
                events.append(told)
            if told is None and _another_act(mention, events[-1], text):
                without_combined_toll(events[-1], text)  # "killed in separate clashes": both acts' toll, neither's
            (told or events).append(mention if told else [mention])  # the undated lede's toll, now dated
            continue
        if (target := event_of_target(mention, events[:-1], text)) is not None:
            target.append(mention)  # "The attack on the recruits ..." after the second act: the first one's
            events.remove(target)  # (and what follows it)
            events.append(target)
            continue
        if second_after_first(mention, events[-1], text):
            without_combined_toll(events[-1], text)  # "killed in two bombings": both acts' toll, neither's
            events.append([mention])  # "The second bombing targeted the convoy ..."
            continue
        if _second_act_elsewhere(mention, events[-1], text):
            events.append([mention])  # "A second clash erupted in the Tarkha Oba area"
            continue
        apart = dated_apart(mention, events[-1], slack)
        earlier = [e for e in events[:-1] if not dated_apart(mention, e)] if apart else []
        if (
            apart
            and not earlier
            and (
                _new_scene(mention, text)
                or ANOTHER_SCENE.search(text[mention.start : mention.end])
                or cues.NEXT_DAY.match(text[mention.start : mention.end])  # "The next day, a family of five ..."
                or DAY_AFTER_WITHIN.search(text[mention.start : mention.end])
                or cues.OTHER_ATTACKS.match(text[mention.start : mention.end])  # "Other attacks also took place ..."
                or _SECOND_TOOK_PLACE.match(text, mention.start)  # "The second operation took place on September 19"
                or other_town(mention, events[-1])  # "Then yesterday ... blew themselves up at a market in Potiskum"
            )
        ):
            without_combined_toll(events[-1], text)  # "34 ... neutralized during two military operations": both's
            events.append([mention])  # "On June 11, a girl ... was stopped at a market", then its toll
            continue
        last = events[-1]
        if not mention.dates and len(events) > 1 and all(cues.CAME_AFTER.search(text[m.start : m.end]) for m in last):
            last = next(e for e in reversed(events) if e is not last)  # not the earlier act "the attack comes after"
        undated = not (mention.dates or mention.counts or names_an_act_told(mention, text))
        if undated and len(events) > 1 and years_before(last, published):
            # "A similar encounter ... in 2011 left 19 ... dead", then "the soldiers were attacked ... in Sitio Bayoko"
            last = next((e for e in reversed(events) if not years_before(e, published)), last)
        if (at_town := event_at_town(mention, events)) is not None:
            last = at_town  # "Four police officers ... were among those killed in Alexandria", told after Tanta's
        (earlier[-1] if earlier and not mention.counts else last).append(mention)
    for event in (e for e in events if any(m.group_part for m in e)):
        for mention in event:
            if not mention.group_part:
                mention.counts = []  # the total of both groups told beside them: neither's count
    share_lede(events, text)
    return events
