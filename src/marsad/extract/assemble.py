"""Mentions of one document grouped into incidents, each value taken from the mention that says it best."""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.extract import lexicon as lx
from marsad.extract.actors import Actor
from marsad.extract.context import (
    PLACE_RANK,
    dateline_place,
    location_of,
    named_small_place,
    nearby_place,
    small_place_names,
    source_ref,
)
from marsad.extract.layout import BULLET_LINE
from marsad.extract.precedence import fold_school_bombing, fold_school_raid, massacred
from marsad.extract.records import Incident
from marsad.extract.scenes import split_by_town
from marsad.extract.sentence import PRECISION_RANK, DocumentInfo, Mention
from marsad.util import sha256_hex

# recruitment a report shows (a video, a camp, training), not commentary about recruitment
_SHOWN = re.compile(r"\b(?:video|footage|film|pictures|photos|images|camps?|training|drill\w*|school)\b", re.I)


def _bulletin_items(group: list[Mention], text: str) -> list[list[Mention]]:
    """A bulletin's lines are separate items: mentions of one type on different bullet lines are
    different incidents; in running prose, one type in one report is one incident."""
    if len(group) < 2 or len(BULLET_LINE.findall(text)) < 2:
        return [group]
    items: dict[int, list[Mention]] = {}
    for mention in group:
        items.setdefault(text.rfind("\n", 0, mention.start) + 1, []).append(mention)
    return list(items.values())


def _other_item(mention: Mention, group: list[Mention], text: str) -> bool:
    """Whether a mention is a separate line of a bulletin or list from every mention of ``group``
    (in running prose a paragraph per line is not a list)."""
    if len(BULLET_LINE.findall(text)) < 2:
        return False
    return all("\n" in text[min(m.end, mention.end) : max(m.start, mention.start)] for m in group)


def _overlap(a, b, slack: int = 0) -> bool:
    """Whether two dated values can be the same day (a day inside a month, or the same day), or
    within ``slack`` days of each other."""
    if slack:
        gap = timedelta(days=slack)
        return (
            date.fromisoformat(a.start) <= date.fromisoformat(b.end) + gap
            and date.fromisoformat(b.start) <= date.fromisoformat(a.end) + gap
        )
    return a.start <= b.end and b.start <= a.end


def _own_dated_figure(mention: Mention, event: list[Mention], published: date | None = None) -> bool:
    """Whether a mention tells an act of its own: its own figure and a date that the event's dates
    rule out ("On February 20, at least 21 people were killed", after Tuesday's attack)."""
    known = [d[0] for m in event for d in m.dates]
    mine = [d[0] for d in mention.dates]
    if not (mention.counts and mine):
        return False
    if known:
        return _dated_apart(mention, event)
    # an undated event: a dated figure with its own count, told of another place or long before the
    # report (news tells recent acts undated), is another act
    counted = next((m.counts[0][0].count for m in event if m.counts), None)
    places = {p[0] for m in event for p in m.places}
    own = mention.counts[0][0].count
    long_before = published is not None and all(date.fromisoformat(d.end) < published - _RECENT for d in mine)
    if counted is None:  # "In June 2021, 160 people were killed in this massacre": another, older act
        return long_before and date.fromisoformat(mine[0].end) < published - 4 * _RECENT
    return (own.low, own.best) != (counted.low, counted.best) and (
        long_before or (bool(mention.places) and not places & {p[0] for p in mention.places})
    )


_RECENT = timedelta(days=45)


def _dated_apart(mention: Mention, group: list[Mention], slack: int = 0) -> bool:
    """Whether a mention's dates rule out every date the group's mentions give."""
    known = [d[0] for m in group for d in m.dates]
    mine = [d[0] for d in mention.dates]
    return bool(known and mine) and not any(_overlap(a, b, slack) for a in mine for b in known)


def _other_civilians(mention: Mention, battle: list[Mention]) -> bool:
    """Civilians counted apart from a battle's dead ("10 civilians killed in an attack" beside an
    attack on a police base that killed 57) are another act."""
    if not mention.counts or mention.counts[0][1] in ("soldiers", "fighters", "police", "people"):
        return False
    own = mention.counts[0][0].count
    return all((c[0].count.low, c[0].count.best) != (own.low, own.best) for m in battle for c in m.counts)


def _same_deaths(mention: Mention, absorbers: list[str], by_type: dict[str, list[Mention]]) -> str:
    """The stronger act whose victims a killing retells: the one with the same count, else the first."""
    if mention.counts:
        own = mention.counts[0][0].count
        for event_type in absorbers:
            if any(
                (c[0].count.low, c[0].count.best) == (own.low, own.best) for m in by_type[event_type] for c in m.counts
            ):
                return event_type
    return absorbers[0]


def _scene_names(mention: Mention, text: str) -> set[str]:
    towns = {p[0].name for p in mention.places if p[0].precision in ("town", "point")}
    return towns | set(small_place_names(text[mention.start : mention.end]))


def _own_scene(mention: Mention, group: list[Mention], text: str) -> bool:
    """Killings with their own count at their own town ("11 civilians killed in Tchakamari") are not
    the dead of a bombing told elsewhere ("a bomber killed 29 people in Amchide")."""
    towns = {name for m in group for name in _scene_names(m, text)}
    mine = _scene_names(mention, text)
    counted = [c[0].count for m in group for c in m.counts]
    if not (mention.counts and mine and towns and counted) or mine & towns:
        return False
    own = mention.counts[0][0].count
    return all((c.low, c.best) != (own.low, own.best) for c in counted)


def _another_act(mention: Mention, event: list[Mention], text: str) -> bool:
    """ "Later the same day, three people died in an attack on ...": a sentence that opens on another
    act, counts victims set apart from the ones told ("three other youths were flogged") or brings in
    a new attack ("an IS car bomb on Tal Rifaat left 19 dead", after an air raid on Raqqa), and counts
    its own victims."""
    if not mention.counts:
        return False
    count = mention.counts[0][0]
    told = text[mention.start : mention.end]
    elsewhere = (
        _NEIGHBOURING.search(told)
        and _scene_names(mention, text)
        and not _scene_names(mention, text) & {n for m in event for n in _scene_names(m, text)}
    )  # "eight people have been confirmed dead in the neighbouring village of Garin"
    if not (
        elsewhere
        or (mention.opening and _ANOTHER.match(mention.opening))
        or _ANOTHER_SCENE.search(told)
        or (
            re.match(r"\s+other\b", text[count.end : count.end + 7])
            and not _RETELLING.search(told)
            and not _part_of_told(count.count, event)  # "four other men" among the six killed
        )
        or (_NEW_ATTACK.search(told) and not _RETELLING.search(told) and any(m.counts for m in event))
        or _other_actors(mention, event)  # "JNIM killed 54 soldiers" in Benin, then "Boko Haram ... killed five"
    ):
        return False
    own = count.count
    return all((c[0].count.low, c[0].count.best) != (own.low, own.best) for m in event for c in m.counts)


def _other_actors(mention: Mention, event: list[Mention]) -> bool:
    """Other perpetrators, or another country, than the event told so far."""
    for mine, theirs in (
        ({a[0].id for a in mention.actors}, {a[0].id for m in event for a in m.actors}),
        ({p[0].country for p in mention.places}, {p[0].country for m in event for p in m.places}),
    ):
        if mine and theirs and not mine & theirs:
            return True
    return False


# "the second grave ...", "were unearthed in another grave": a second scene with its own count
_ANOTHER_SCENE = re.compile(
    r"\b(?:another|a second|the second|a third|the third|one|a separate|an earlier) (?:mass |[A-Z][\w-]+ )?"
    r"(?:grave|attack|raid|ambush|blast|explosion|incident|assault)\b"
    r"|\b(?:echoed|recalled) (?:an?|the) (?:[\w-]+ ){0,2}(?:massacre|attack|raid|bombing|ambush)\b",
    re.IGNORECASE,
)


def _part_of_told(own, event: list[Mention]) -> bool:
    """Whether a count is a part of a larger count the event already gives."""
    told = [c[0].count for m in event for c in m.counts]
    return any((t.best or t.low or 0) > (own.best or own.low or 0) for t in told)


_NEIGHBOURING = re.compile(r"\b(?:neighbou?ring|nearby|another|a second|a separate)\b", re.I)
# an act brought in with an indefinite article: "a coalition air raid on ...", "an IS car bomb on ..."
_NEW_ATTACK = re.compile(
    r"\b(?:an?|another) (?:[A-Z][\w-]* |coalition |government |\w+-led )?"
    r"(?:air ?raid|air ?strike|drone strike|car bomb|truck bomb|roadside bomb|suicide (?:car )?bomb(?:er|ing)?"
    r"|bomb attack)\b(?! (?:that|which) (?:had )?(?:already|earlier))",
    re.UNICODE,
)
_RETELLING = re.compile(
    r"\b(?:the|this|that|same) (?:\w+ )?(?:attack|blast|bombing|explosion|raid|strike|incident)\b", re.I
)


_ANOTHER = re.compile(
    r"\W*(?:later|earlier|separately|elsewhere|meanwhile|in (?:another|a separate|a second|a similar) "
    r"(?:attack|incident|raid|ambush)|the same (?:day|evening|night|morning|afternoon)|on the same day)\b",
    re.IGNORECASE,
)


def _separate_events(group: list[Mention], published: date | None, text: str) -> list[list[Mention]]:
    """Acts of one type told with their own figures and incompatible dates are different events;
    a mention without such a date belongs to the event told just before it."""
    group = sorted(group, key=lambda m: m.start)
    events = [[group[0]]]
    for mention in group[1:]:
        if _own_dated_figure(mention, events[-1], published) or _another_act(mention, events[-1], text):
            events.append([mention])
        else:
            events[-1].append(mention)
    return events


_TRAINED = re.compile(r"\b(?:camps?|train\w*|drill\w*|recruit\w*|lessons?|learn\w*|stud\w+|enlist\w*)\b", re.I)


def _children_taken(group: list[Mention], text: str) -> bool:
    return any(
        "victim" in m.child_roles or any(c == "children" for _, c in m.counts) or _SONS.search(text[m.start : m.end])
        for m in group
    )


_HOSTAGES = re.compile(r"\bhostages?\b", re.I)


def _hostages_of_killings(taken: list[Mention], school: list[Mention], text: str) -> bool:
    """Pupils held hostage while gunmen shoot others in the school are that attack, not an abduction."""
    return any(m.counts for m in school) and all(
        _HOSTAGES.search(text[m.start : m.end]) and not m.counts for m in taken
    )


_HARMED = re.compile(r"\b(?:killed|killing|dead|bodies|abducted|kidnapped|lost their lives|injured|wounded)\b", re.I)
_LOOTED = re.compile(r"\b(?:looted|ransacked|plundered|pillaged)\b", re.I)
_SHIELDS = re.compile(r"\bhuman shields?\b", re.I)
# a propaganda video that shows the act is its record even with no count, day or place
_FILMED = re.compile(r"\b(?:video|footage|film|clip)\b", re.I)
_FILMED_ACTS = {"execution", "abuse", "sexual_violence"}
# "Yazidi girls held by the Islamic State are being sold": an act going on now, told without a count
_ONGOING = re.compile(r"\b(?:are|is) (?:still )?being\b|\b(?:are|is) still (?:held|holding)\b", re.I)
_ONGOING_ACTS = {"sexual_violence", "abduction", "child_recruitment"}
_SONS = re.compile(r"\b(?:sons|boys|children|nephews?)\b")


def _drop_backstory(by_type: dict[str, list[Mention]], text: str) -> None:
    """The taking of the people an execution killed is its backstory, not another incident ("the
    killing of 21 Christians kidnapped in Libya"); captives still held are another matter."""
    killed = {(c[0].count.low, c[0].count.best) for m in by_type["execution"] for c in m.counts}
    for mention in list(by_type["abduction"]):
        own = mention.counts[0][0].count if mention.counts else None
        same = own is None or (own.low, own.best) in killed
        told = text[mention.start : mention.end]
        near = text[mention.trigger[0] : mention.trigger[1] + 40] if mention.trigger else told
        others = _WOMEN_CHILDREN.search(near)  # men beheaded, women and children carried off: two acts
        if same and not (_STILL_HELD.search(told) or others):
            by_type["abduction"].remove(mention)
    if not by_type["abduction"]:
        del by_type["abduction"]


_WOMEN_CHILDREN = re.compile(r"\b(?:women|children|girls|boys)\b", re.I)
_STILL_HELD = re.compile(r"\b(?:remaining|remain|still|other|others)\b", re.I)


def _clash_into_killing(by_type: dict[str, list[Mention]]) -> None:
    """ "Gunmen killed 18 truffle hunters ... the attack, which involved clashes with pro-government
    forces": fighting that counts no dead of its own is part of the killing of civilians."""
    clash, killing = by_type.get("armed_clash"), by_type.get("killing")
    if not (clash and killing) or any(m.counts for m in clash) or _combatants_counted(killing):
        return
    if any(_dated_apart(m, killing) for m in clash):
        return
    for mention in by_type.pop("armed_clash"):
        mention.type = "killing"
        killing.append(mention)
    killing.sort(key=lambda m: m.start)


def _toll_of(event: list[Mention], others: set[str], by_type: dict[str, list[Mention]]) -> bool:
    """Whether soldiers' deaths are the toll of a bombing or execution told in the same sentence or
    just before them ("A suicide bomber struck the base. Twelve soldiers were killed.")."""
    first = min(event, key=lambda m: m.start)
    told = [m for t in others for m in by_type[t] if m.start <= first.start]
    if not told:
        return False
    nearest = max(told, key=lambda m: m.start)
    between = [k for k in by_type["killing"] if nearest.start < k.start < first.start]
    return not between and not _dated_apart(first, [nearest])


def _combatants_counted(group: list[Mention]) -> bool:
    counted = next((m.counts for m in group if m.counts), [])
    return bool(counted) and counted[0][1] in ("soldiers", "fighters", "police")


def assemble_incidents(
    mentions: list[Mention], info: DocumentInfo, blamed: list[Actor], doc_places: list, source: tuple | None
) -> list[Incident]:
    """One incident per event type in a document, from its anchored mentions (a count, a place or a day)."""
    by_type: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_type.setdefault(mention.type, []).append(mention)
    siege = lx.VENUE_SIEGE.search(info.text)  # hostages in a hotel siege: its killings are not executions
    if "killing" in by_type and "execution" not in by_type and lx.CUSTODY.search(info.text) and not siege:
        held = [m for m in by_type["killing"] if lx.CUSTODY.search(info.text[m.start : m.end])]
        for mention in [m for m in by_type["killing"] if not held or not _dated_apart(m, held)]:
            by_type["killing"].remove(mention)  # killed while in their hands (not years before): an execution
            mention.type = "execution"
            by_type.setdefault("execution", []).append(mention)
    for mention in list(by_type.get("killing", [])):
        told = info.text[mention.start : mention.end]
        if not siege and (lx.CUSTODY.search(told) or massacred([mention], info.text)):  # "murdering captured soldiers"
            by_type["killing"].remove(mention)
            mention.type = "execution"
            by_type.setdefault("execution", []).append(mention)
            by_type["execution"].sort(key=lambda m: m.start)
    if not by_type.get("killing", True):
        del by_type["killing"]
    if "child_recruitment" in by_type and any("perpetrator" in m.child_roles for m in by_type.get("execution", [])):
        # boys shown killing captives: the execution's child perpetrators, not also a recruitment
        by_type["child_recruitment"] = [
            m for m in by_type["child_recruitment"] if _TRAINED.search(info.text[m.start : m.end])
        ]
        if not by_type["child_recruitment"]:
            del by_type["child_recruitment"]
    # guards killed at a bombed hospital are that attack's dead; a school raid to abduct is another matter
    others = {"execution", "bombing"} | ({"attack_on_school_or_hospital"} if "abduction" not in by_type else set())
    others &= set(by_type)
    if "killing" in by_type and _combatants_counted(by_type["killing"]):
        events = _separate_events(by_type["killing"], info.published, info.text)
        battle = [  # soldiers killed by an armed group: a battle, unless they are the dead of the bombing just told
            m
            for event in events
            if _combatants_counted(event) and not _toll_of(event, others, by_type) and not massacred(event, info.text)
            for m in event
        ]
        if battle:
            by_type.setdefault("armed_clash", [])
        for mention in battle:
            mention.type = "armed_clash"
            by_type["armed_clash"].append(mention)
        by_type["killing"] = [m for m in by_type["killing"] if m not in battle]  # deaths on other days stay
        if not by_type["killing"]:
            del by_type["killing"]
    _clash_into_killing(by_type)
    absorbers = [t for t in ("armed_clash", "execution", "bombing", "attack_on_school_or_hospital") if t in by_type]
    if "attack_on_school_or_hospital" in absorbers and all(
        _LOOTED.search(info.text[m.start : m.end]) for m in by_type["attack_on_school_or_hospital"]
    ):
        absorbers.remove("attack_on_school_or_hospital")  # villagers killed, the health centre looted: two acts
    if absorbers and "killing" in by_type:
        for mention in list(by_type["killing"]):  # the same deaths told again: their counts and places count
            absorber = _same_deaths(mention, absorbers, by_type)
            countries = {p[0].country for m in by_type[absorber] for p in m.places}
            if (
                (countries and {p[0].country for p in mention.places} - countries)
                or _other_item(mention, by_type[absorber], info.text)
                or _own_dated_figure(mention, by_type[absorber], info.published)
                or any(m.start == mention.start and m.counts and mention.counts for m in by_type[absorber])
                or (absorber == "armed_clash" and _other_civilians(mention, by_type[absorber]))
                or _dated_apart(mention, by_type[absorber], slack=0 if mention.counts else 1)  # late Monday, dawn
                or _own_scene(mention, by_type[absorber], info.text)
            ):
                continue  # a bulletin's other item, deaths on another day, or others counted beside them
            by_type["killing"].remove(mention)
            mention.type = absorber
            by_type[absorber].append(mention)
        if not by_type["killing"]:
            del by_type["killing"]
    if "abduction" in by_type and "execution" in by_type:
        _drop_backstory(by_type, info.text)
    if "abduction" in by_type and "child_recruitment" in by_type and _children_taken(by_type["abduction"], info.text):
        for mention in [m for m in by_type["abduction"] if not _SHIELDS.search(info.text[m.start : m.end])]:
            by_type["abduction"].remove(mention)  # boys taken "to fight for them": recruitment (shields are hostages)
            mention.type = "child_recruitment"
            by_type["child_recruitment"].append(mention)
        if not by_type["abduction"]:
            del by_type["abduction"]
    if "bombing" in by_type and "attack_on_school_or_hospital" in by_type:
        fold_school_bombing(by_type, _dated_apart)
    if "abduction" in by_type and "attack_on_school_or_hospital" in by_type:
        school = by_type["attack_on_school_or_hospital"]
        if _hostages_of_killings(by_type["abduction"], school, info.text):
            school.extend(by_type.pop("abduction"))  # pupils shot, others "still held hostage": the school attack
            school.sort(key=lambda m: m.start)
            for mention in school:
                mention.type = "attack_on_school_or_hospital"
    if "abduction" in by_type and "attack_on_school_or_hospital" in by_type:
        fold_school_raid(by_type, _dated_apart)
    incidents = []
    groups = (
        (t, event)
        for t, g in by_type.items()
        for item in _bulletin_items(g, info.text)
        for told in _separate_events(item, info.published, info.text)
        for event in split_by_town(told, info.text)
    )
    for event_type, group in groups:
        if event_type == "killing" and _combatants_counted(group) and not massacred(group, info.text):
            event_type = "armed_clash"  # one item of a bulletin: "33 soldiers killed in an ambush"
        anchored = [
            m
            for m in group
            if m.counts
            or m.places
            or any(d[0].precision in ("day", "week") for d in m.dates)
            or (event_type == "child_recruitment" and m.actors and _SHOWN.search(info.text[m.start : m.end]))
            or (event_type in _FILMED_ACTS and m.actors and _FILMED.search(info.text[m.start : m.end]))
            or (event_type in _ONGOING_ACTS and m.actors and _ONGOING.search(info.text[m.start : m.end]))
        ]
        if not anchored:
            continue
        for mention in group:
            if mention not in anchored:
                mention.child_roles = set()
        elsewhere = [(m.start, m.end) for m in mentions if m not in group]  # towns of the report's other acts
        free = [p for p in doc_places if not any(s <= p[2] < e for s, e in elsewhere)]
        incident = _incident(event_type, anchored + [m for m in group if m not in anchored], info, doc_places, free)
        if source and not incident.sources[0].attributed_to:
            incident.sources[0].attributed_to = source[0]
            incident.sources[0].evidence["attributed_to"] = [source[1], source[2]]
        if not incident.perpetrators and blamed:
            incident.perpetrators = [blamed[0]]
        incidents.append(incident)
    return incidents


def _headline(mention: Mention, text: str) -> bool:
    """Whether a mention is a headline: a first line without a closing full stop."""
    line = text[mention.start : mention.end].strip()
    return "\n" not in line and text.find("\n") >= mention.end - 1 and not re.search(r"[.!?\"”']$", line)


def _incident(event_type: str, group: list[Mention], info: DocumentInfo, info_places: list, free: list) -> Incident:
    first = group[0]
    incident_id = "inc_" + sha256_hex(f"{info.id}:{event_type}:{first.start}".encode())[:16]
    incident = Incident(incident_id, event_type)
    source = source_ref(info, (first.start, first.end), None)
    source.evidence["trigger"] = [first.trigger[0], first.trigger[1]]
    told = " ".join(info.text[m.start : m.end] for m in group).lower()
    incident.flags = {flag for flag, word in (("suicide", "suicide"), ("at_school", "school")) if word in told}
    told = sorted(group, key=lambda m: _headline(m, info.text))  # a headline's terse count gives way to the lede's
    counted = next((m.counts for m in told if m.counts and m.counts[0][0].count.qualifier != "range"), None)
    counted = counted or next((m.counts for m in told if m.counts), [])  # "several" gives way to "six"
    if counted:
        count, category = counted[0]
        incident.victim_count = count.count
        incident.victim_categories = sorted({c for _, c in counted})
        source.evidence["count"] = [count.start, count.end]
        children = [c for c, category in counted if category == "children"]
        incident.children_count = children[0].count.best if children else None
    dates = [d for m in group for d in m.dates]
    if dates:
        value, start, end = min(dates, key=lambda d: (PRECISION_RANK[d[0].precision], d[1]))
        incident.date = value
        source.evidence["date"] = [start, end]
    places = [p for m in group for p in m.places]
    if not places:
        places = dateline_place(
            info.text
        )  # "TIKRIT, IRAQ - Forensic teams uncovered a mass grave": the desk is the scene
    if not places and info_places:
        places = [p for p in info_places if not p[1].isupper()][:1]  # the title place (not a dateline) stands in
    if not places and not info_places:
        places = dateline_place(info.text)  # "BAGHDAD - The death toll ...": the desk, when nothing else is named
    told_text = " ".join(info.text[m.start : m.end] for m in group)
    incident.location = named_small_place(told_text, places) or location_of(places)
    if incident.location["precision"] not in ("point", "town") and incident.location["name"] == (
        location_of(places)["name"] if places else None
    ):
        nearby = nearby_place(
            min(m.start for m in group), max(m.end for m in group), info.text, free, incident.location["country"]
        )
        if nearby is not None:
            incident.location, places = nearby, places + [p for p in info_places if p[0].name == nearby["name"]]
    if places:
        best = min(places, key=lambda p: PLACE_RANK.get(p[0].precision, 9))
        source.evidence["location"] = [best[2], best[3]]
    actors = [a for m in group for a in m.actors]
    incident.perpetrators = list({a[0].id: a[0] for a in actors}.values())
    if actors:
        source.evidence["perpetrator"] = [actors[0][1], actors[0][2]]
    attribution = next((m.attribution for m in group if m.attribution), None)
    if attribution:
        source.attributed_to = attribution[0]
        source.evidence["attributed_to"] = [attribution[1], attribution[2]]
    incident.methods = sorted({x for m in group for x in m.methods})
    roles = {r for m in group for r in m.child_roles}
    if event_type in ("killing", "execution", "bombing", "abduction") and lx.CHILD_VICTIMS_NOTED.search(info.text):
        roles.add("victim")
    if (
        event_type == "attack_on_school_or_hospital"
        and _HARMED.search(info.text)
        and lx.CHILDREN_SCHOOL.search(info.text)
    ):
        roles.add("victim")  # an attack on a secondary school that killed or took people, its students among them
    if event_type in ("execution", "abuse", "killing", "attack_on_school_or_hospital") and lx.CHILD_WITNESS.search(
        info.text
    ):
        roles.add("witness")  # "Children were among those made to watch", told in a later sentence
    if event_type in ("execution", "killing", "bombing") and lx.CHILD_PERPETRATOR.search(info.text):
        roles.add("perpetrator")  # "A teenage boy fired at the prisoners", told in a later sentence
        roles.discard("victim")
    incident.child_roles = sorted(roles)
    source.spans = [(m.start, m.end) for m in group]
    incident.sources = [source]
    filled = sum(bool(x) for x in (incident.victim_count, dates, places, actors, attribution))
    semantic_only = all(m.semantic for m in group)  # no trigger word: typed by nearest examples
    source.type_basis = next((m.basis for m in group if m.basis), None) if semantic_only else {"method": "trigger_word"}
    incident.confidence = round(min(0.95, 0.45 + 0.1 * filled) - (0.15 if semantic_only else 0.0), 2)
    return incident
