"""Two acts of one type told together ("bombings at two churches"), each at its own town.

A report can open on the combined toll of two attacks ("two church bombings killed 44 people") and
then tell each: "the first bombing, in Tanta, killed 27 ... a second, in Alexandria ... The blast
killed 17". Each town's act is its own incident; the combined toll is neither's count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.extract import cues
from marsad.extract.context import small_place_names
from marsad.extract.counts import CountMention
from marsad.extract.places import Place, gazetteer, precision_of
from marsad.extract.records import NO_LOCATION, Incident
from marsad.extract.sentence import Mention
from marsad.extract.tolls import summed

# the report announces two acts: "two Coptic churches", "twin bombings", "both attacks"
TWO_ACTS = re.compile(
    r"\b(?:two|twin|both|three|four|five|six|seven|eight|\d+|several|multiple|coordinated|a series of)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:attacks|bombings|blasts|explosions|churches|mosques|cathedrals|markets|suicide bombings|villages|towns"
    r"|hamlets|communities|islands)\b",
    re.IGNORECASE,
)


_LOCAL = ("town", "point", "admin2", "admin1")


def _nested(parts: list[tuple[str, list[Mention]]]) -> bool:
    """ "rocked the province of Sulu", then "in Jolo, the capital of Sulu province": one scene told twice."""
    places = [p[0] for _, told in parts for m in told for p in m.places]
    provinces = [p for p in places if p.precision == "admin1"]
    towns = [p for p in places if p.precision in ("town", "point")]
    return any(_within(town, province) for town in towns for province in provinces)


def _within(town: Place, province: Place) -> bool:
    """Whether a town lies in a province: its recorded province, else near the province's point."""
    if town.country != province.country:
        return False
    if town.admin1:
        return town.admin1.split()[0] == province.name.split()[0]
    near = None not in (town.lat, town.lon, province.lat, province.lon)
    return near and abs(town.lat - province.lat) < 1.0 and abs(town.lon - province.lon) < 1.0


def _town(mention: Mention, text: str) -> str | None:
    """The town a mention tells its act at: the first it names ("in Tanta, ... north of Cairo"), or
    None when it names none or joins two ("in Tanta and ... Alexandria")."""
    towns = sorted(  # "Kaduna" may resolve to its state: the name's first word stands for the place
        (p[2], p[3], p[0].name.split()[0]) for p in mention.places if p[0].precision in _LOCAL
    )
    if not towns and mention.counts:  # a village the gazetteer lacks, with its toll: "in Katuwapitiya, ... 50 people"
        villages = [n for n in small_place_names(text[mention.start : mention.end]) if gazetteer().resolve(n) is None]
        return villages[0].split()[0] if len(villages) == 1 else None
    if not towns:
        return None
    others = [t for t in towns if t[2] != towns[0][2]]
    if others and re.search(r"\band\b", text[towns[0][1] : others[0][0]]):
        return None
    return towns[0][2]


# "attacked 15 communities in Bokkos and Barkin-Ladi Local Government Areas": the two scenes the report names
_SCENE_PAIR = re.compile(
    r"\b(?:in|of|at|on|across)\s+(?:the\s+)?(?P<a>(?-i:[A-Z])[\w'’]+(?:[ -](?-i:[A-Z])[\w'’]+)?)\s+and\s+"
    r"(?P<b>(?-i:[A-Z])[\w'’]+(?:[ -](?-i:[A-Z])[\w'’]+)?)"
    r"(?=\s+(?:local government areas|LGAs|districts|communities|villages|areas|councils|has|have)\b)",
    re.I,
)


def _announced_scenes(lede: list[Mention], text: str) -> list[str]:
    """The two places the lede's combined act is told at, where the gazetteer knows neither as a region."""
    for mention in lede:
        for match in _SCENE_PAIR.finditer(text, mention.start, mention.end):
            names = [match.group("a"), match.group("b")]
            if not any(precision_of(n) in ("country", "admin1") for n in names):
                return names
    return []


def _scene_told(mention: Mention, text: str, scenes: list[str]) -> tuple[str, int] | None:
    """The one announced scene a mention names ("the incident in Bokkos revealed"), with where it is named."""
    found = []
    speaker = mention.attribution[1:] if mention.attribution else (0, 0)  # "a Non-Governmental Organization in Bokkos"
    for name in scenes:
        spelled = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name))
        matches = re.compile(rf"\b{spelled}\b", re.I).finditer(text, mention.start, mention.end)
        match = next((m for m in matches if not speaker[0] <= m.start() < speaker[1]), None)
        if match:
            found.append((name, match.start()))
    return found[0] if len(found) == 1 else None


def _names_all(mention: Mention, text: str, scenes: list[str]) -> bool:
    """Whether a mention names both scenes the report announced ("the attack in Bokkos and Barkin-Ladi")."""
    return bool(scenes) and all(_scene_told(mention, text, [name]) for name in scenes)


def _counts_within(mention: Mention, told: list[Mention]) -> bool:
    """Whether a mention tells no count, or only counts already told of that town ("Among the 11 individuals
    slain in Bokkos LGA" after "11 people died in Bokkos LGA")."""
    before = {(c.count.low, c.count.best) for m in told for c, _ in m.counts}
    return all((c.count.low, c.count.best) in before for c, _ in mention.counts[:1])


# "The suspect then ... opened fire at the Arena Bar & Cafe": a rampage's next site, the same act (read by events too)
SAME_ATTACKER_GOES_ON = re.compile(r"\W*The (?:suspect|gunman|attacker|shooter|assailant) (?:then|later|next)\b")


def split_by_town(event: list[Mention], text: str, country: str | None = None) -> list[list[Mention]]:
    """Split one event into an act per town when the report announces two acts and tells each at
    its own town with its own count; the lede's combined toll and places are dropped from both."""
    abroad = len({p[0].country for m in event for p in m.places if p[0].precision == "town"} - {None}) >= 2
    if not abroad and any(SAME_ATTACKER_GOES_ON.match(text, m.start) for m in event):
        return [event]  # "The suspect then ... opened fire at the Arena Bar & Cafe": one rampage, one act
    if len(event) < (2 if abroad else 3) or not (abroad or TWO_ACTS.search(text)):
        return [event]  # (towns in several countries are several acts: "44 dead in Istanbul, 22 dead in Dhaka")
    lede: list[Mention] = []
    parts: list[tuple[str, list[Mention]]] = []
    announced = _announced_scenes(event, text)
    for mention in event:
        town = _town(mention, text)
        regional = all(p[0].precision in ("admin1", "country") for p in mention.places)  # "the Plateau ... attack"
        told = _scene_told(mention, text, announced) if announced and regional else None
        both = regional and _names_all(mention, text, announced)  # "the attack in Bokkos and Barkin-Ladi"
        if not parts and not told and (TWO_ACTS.search(text[mention.start : mention.end]) or both):
            lede.append(mention)  # "killed by terrorists attacking two villages in the Tillaberi region"
            continue
        if told:  # "the 12 villages" of Bokkos the lede announced
            name, at = told
            mention = replace(mention, places=[(town_place(name, country, None), name, at, at + len(name))])
            town = re.split(r"[\s-]+", name)[0]
        village = town and not any(p[0].precision in _LOCAL for p in mention.places)
        if village and parts and _counts_within(mention, [m for _, told in parts for m in told]):
            parts[-1][1].append(mention)  # "the 28 bodies were found in Yebawkya village": the toll told again
            continue
        if town and (not parts or town != parts[-1][0]):
            if any(town == name for name, _ in parts):
                before = next(told for name, told in parts if name == town)
                if not _counts_within(mention, before):
                    return [event]  # back to a town told before: one story told in turns, leave it whole
                before.append(mention)  # its villages listed, its toll told again
                continue
            parts.append((town, [mention]))
        elif parts:
            parts[-1][1].append(mention)
        else:
            lede.append(mention)
    if len(parts) < 2 or not all(any(m.counts for m in told) for _, told in parts) or _nested(parts):
        return [event]
    shared = [replace(m, counts=[], places=[]) for m in lede]  # the lede's day and group are every act's
    unsourced = [replace(m, attribution=None) for m in shared]  # a town's toll told with its own source keeps it
    return [(unsourced if _own_source(told, text) else shared) + told for _, told in parts]


def _own_source(told: list[Mention], text: str) -> bool:
    """Whether a town's act is told with a source of its own ("..., a police official told Reuters"), not in a quote
    of the lede's source ('"... 41 persons were killed," the spokesman ... stated')."""
    return any(m.attribution and text[m.start : m.end].lstrip()[:1] not in '"“' for m in told)


# "up to 70 dead in Tchoma Bangou and 30 dead in Zaroumadareye": each count told with its own village
_AT_TOWN = re.compile(
    r"\s+(?:people\s+|civilians\s+|villagers\s+)?(?:dead|killed|deaths?)\s+(?:in|at)\s+"
    r"(?P<town>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
)


# "at least 45 people had been killed in Colombo, ... another 67 in the church attack in Negombo"
_TOLD_AT_TOWN = re.compile(
    r"(?P<gap>[^,.;]{0,90}?)\s(?:in|at)\s+(?:the (?:[\w-]+ ){0,3}?(?:town|village|city) of\s+)?"
    r"(?P<town>(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?)",
    re.I,
)
_TOWN_WHERE = re.compile(
    r"(?P<town>(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?),\s+where\s+(?:\w+\s+){1,2}"
    r"(?:killed|slaughtered|shot dead|beheaded|murdered|slit the throats of)\s+$",
    re.I,
)
_LGA = re.compile(r" (?:LGA?|Local Government(?: Area)?)$")
_TOLL_GAP = re.compile(r"\b(?:dead|killed|died|deaths?|attack|blast|bombing|explosion)\b", re.I)


def town_tolls(text: str, counts: list) -> list[tuple]:
    """The counts of one sentence each told at its own town, ``(count, town, start, end)``; empty
    unless there are two towns or more."""
    found = []
    for count in counts:
        match = _AT_TOWN.match(text, count[0].end)
        if not match:
            match = _TOLD_AT_TOWN.match(text, count[0].end)
            match = match if match and _TOLL_GAP.search(match.group("gap")) else None
        if not match:  # "Bundaram, where they killed four people, Fishdam, where they killed two"
            match = _TOWN_WHERE.search(text[: count[0].start])
        if match:
            town = _LGA.sub("", match.group("town"))  # "in Bokkos LGA"
            found.append((count, town, match.start("town"), match.start("town") + len(town)))
    return found if len({town for _, town, _, _ in found}) >= 2 else []


def town_act_mentions(context, event_type: str, counts: list, text: str, mentions: list, wider: dict) -> list[Mention]:
    """A sentence's tolls each told at its own town, as an act per town ("up to 70 dead in Tchoma Bangou and 30 dead
    in Zaroumadareye"), when the report announces several acts or the towns lie in several countries ("44 dead ...
    in Istanbul, 22 dead in Dhaka": acts abroad, with no day or doers lent by the report's own act)."""
    tolls = town_tolls(text, counts)
    abroad = in_several_countries(tolls)
    if not (TWO_ACTS.search(text) or abroad):
        return []
    if event_type == "killing" and not abroad and any(m.type == "bombing" for m in mentions):
        event_type = "bombing"  # the dead of each church the bombings struck
    told = [m for m in mentions if m.type == event_type and not abroad]
    found: list[Mention] = []
    for count, town, start, end in tolls:
        if found and found[-1].places[0][1] == town:  # "18 civilians and four police officers were killed ... in
            prior, category = found[-1].counts[0]  # Alexandria": one toll, their sum
            whole = summed(prior.count, count[0].count)
            found[-1].counts = [
                (CountMention(prior.start, count[0].end, text[prior.start : count[0].end], whole), category)
            ]
            continue
        mention = context.mention(event_type, [count])
        mention.dates = [] if abroad else mention.dates or next((m.dates for m in reversed(told) if m.dates), [])
        mention.actors = mention.actors or next((m.actors for m in reversed(told) if m.actors), [])
        country, admin1 = (None, None) if abroad else (wider["country"], wider["admin1"])
        mention.places = [(town_place(town, country, admin1), town, start, end)]
        found.append(mention)
    return found


def in_several_countries(tolls: list[tuple]) -> bool:
    """Whether the towns of a sentence's tolls are towns the gazetteer puts in two countries or more."""
    return len({town_place(town, None, None).country for _, town, _, _ in tolls} - {None}) >= 2


def town_place(name: str, country: str | None, admin1: str | None) -> Place:
    """A town named as an act's scene: the city of that name ("44 dead ... in Istanbul" in a report on Baghdad),
    else a village the gazetteer may lack, in the country of the report, with no coordinates."""
    known = gazetteer().city(name)
    if known is not None and country in (None, known.country):
        return known
    return Place(name, country, admin1, None, None, "town")


_MAIN_ACTS = ("killing", "execution", "bombing", "attack_on_school_or_hospital", "armed_clash")
_SIDE_ACTS = ("abduction", "sexual_violence", "abuse")


def side_acts_at_main_scene(incidents: list[Incident], text: str = "") -> None:
    """ "M23 rebels killed at least 131 civilians ... in Kishishe", then '"... 60 others kidnapped. At least 22
    women and five girls were raped," it added': people taken or raped on the day of the killings, by the same
    group, in sentences that name no place of their own, were taken or raped at the killings' scene."""
    for side in (i for i in incidents if i.type in _SIDE_ACTS and i.date.precision != "unknown"):
        main = next(
            (
                i
                for i in incidents
                if i.type in _MAIN_ACTS
                and i.date == side.date
                and a_town(i.location)
                and {p.id for p in side.perpetrators} <= {p.id for p in i.perpetrators}
            ),
            None,
        )
        listed = side.location["precision"] == "town" and side.location["lat"] is None  # its village, from a list
        named = side.location["name"] and any(side.location["name"] in text[s:e] for s, e in side.sources[0].spans)
        if main is None or _placed_in_own_words(side) or named or (listed and side.location != main.location):
            continue  # (not "kidnapped in the night in the village of Makalondi": its own village)
        _place_at_scene_of(side, main)
        side.perpetrators = side.perpetrators or list(main.perpetrators)


def _place_at_scene_of(incident: Incident, main: Incident) -> None:
    """Give ``incident`` the place of ``main``, with the span it was read from."""
    incident.location = dict(main.location)
    incident.sources[0].evidence["location"] = main.sources[0].evidence.get("location")


def _placed_in_own_words(incident: Incident) -> bool:
    """Whether the place an incident has was named in its own sentences."""
    at = incident.sources[0].evidence.get("location")
    return bool(at) and any(start <= at[0] < end for start, end in incident.sources[0].spans)


def a_town(location: dict) -> bool:
    """Whether a location names a town or village (one the gazetteer lacks keeps only its country's precision)."""
    if location["precision"] in ("town", "point"):
        return True
    return bool(location["name"]) and precision_of(location["name"]) is None


def acts_of_one_sentence_share_day(incidents: list[Incident], text: str) -> None:
    """ "killed 32 people and abducted scores of others in an attack on the village of Gumsuri", then "those
    kidnapped in the attack Sunday, December 14": two acts told in one sentence happened on one day, so the day
    found for one of them is the other's when it has none (or only the month the other's days narrow)."""
    for undated in (i for i in incidents if i.date.precision in ("unknown", "month", "year")):
        first = tuple(undated.sources[0].spans[0])
        twin = next(
            (
                i
                for i in incidents
                if i is not undated
                and i.date.precision != "unknown"
                and first in {tuple(span) for span in i.sources[0].spans}  # the other told in that sentence too
                and (
                    i.location["name"] == undated.location["name"]
                    or (undated.type in _SIDE_ACTS and not _placed_in_own_words(undated))  # (placed from elsewhere)
                )
                and (undated.date.precision == "unknown" or _narrows(i.date, undated.date))
            ),
            None,
        )
        if twin is None and undated.date.precision == "unknown":
            twin = _told_only_beside(undated, incidents, text)
        if twin is not None:
            undated.date = twin.date
            undated.sources[0].evidence["date"] = twin.sources[0].evidence.get("date")
            if undated.type in _SIDE_ACTS and a_town(twin.location) and not _placed_in_own_words(undated):
                _place_at_scene_of(undated, twin)


def _narrows(narrow, wide) -> bool:
    """Whether a date told to the day or week falls within a month or year told for the same act."""
    return narrow.precision in ("day", "week") and wide.start <= narrow.start <= wide.end


def _told_only_beside(side: Incident, incidents: list[Incident], text: str) -> Incident | None:
    """ "it appeared the militants killed the village's men while capturing Yazidi women and children": people
    taken or raped told only in sentences that join them to the killings, by the same group, are of the killings."""
    if side.type not in _SIDE_ACTS or not side.perpetrators:
        return None
    own = {tuple(span) for span in side.sources[0].spans}
    if not all(cues.DONE_TOGETHER.search(text, start, end) for start, end in own):
        return None
    return next(
        (
            i
            for i in incidents
            if i.type in _MAIN_ACTS
            and i.date.precision != "unknown"
            and own <= {tuple(span) for span in i.sources[0].spans}
            and {p.id for p in side.perpetrators} <= {p.id for p in i.perpetrators}
        ),
        None,
    )


# "survivors and witnesses to massacres at Qiniyah, Qahtanya, Solagh, and Kojo": the villages a report goes on
# to tell, each with its own act
_LISTED = re.compile(
    r"\b(?:massacres|killings|attacks|raids|atrocities)\s+(?:at|in)\s+"
    r"(?P<names>(?-i:[A-Z])[\w'’-]+(?:,\s+(?-i:[A-Z])[\w'’-]+)+,?\s+and\s+(?-i:[A-Z])[\w'’-]+)",
    re.I,
)


def split_by_listed_village(event: list[Mention], text: str, country: str | None = None) -> list[list[Mention]]:
    """Split one event into an act per village when the report lists three villages or more as the scenes of
    its acts and then tells them in turn ("In Solagh they ... killed 20 men. Qiniyah took in refugees ...
    Militants ... killed 85-90 men"): each act's village is the last listed one named since the act told
    before it, in the event's country (else ``country``, the report's); the opening lines' day and group are
    every act's."""
    listing = _LISTED.search(text)
    villages = re.findall(r"[A-Z][\w'’-]+", listing.group("names")) if listing else []
    if len(villages) < 3 or len(event) < 2:
        return [event]
    lede: list[Mention] = []
    parts: list[tuple[tuple[str, int], list[Mention]]] = []
    since = 0
    for mention in event:
        named = _last_village(text, villages, max(since, mention.start - 300), mention.end, listing.span())
        if named and (not parts or named[0] != parts[-1][0][0]):
            if any(named[0] == name for (name, _), _ in parts):
                return [event]  # back to a village told before: one story told in turns
            parts.append((named, [mention]))
        elif parts:
            parts[-1][1].append(mention)
        else:
            lede.append(mention)
        since = mention.end if mention.counts else since
    if len(parts) < 2:
        return [event]
    country = next((p[0].country for m in event for p in m.places if p[0].country), country)
    shared = [replace(m, counts=[], places=[]) for m in lede]
    return [
        shared + [replace(m, places=[(town_place(name, country, None), name, at, at + len(name))]) for m in told]
        for (name, at), told in parts
    ]


def _last_village(
    text: str, villages: list[str], start: int, end: int, listing: tuple[int, int]
) -> tuple[str, int] | None:
    """The listed village named last in ``text[start:end]``, outside the listing itself, with where it is named."""
    found = [
        (m.start(), m.group(0))
        for m in re.finditer("|".join(rf"\b{re.escape(v)}\b" for v in villages), text[start:end])
        if not listing[0] <= start + m.start() < listing[1]
    ]
    return (found[-1][1], start + found[-1][0]) if found else None


def _counts_many(mention: Mention) -> bool:
    count = mention.counts[0][0].count if mention.counts else None
    return bool(count) and (count.best or count.low or 0) > 1  # ("dozens" counts many, with no best value)


def scene_pasts_at_main_scene(asides: list[Mention], told: list[Incident], incidents: list[Incident]) -> None:
    """ "Saturday's explosions occurred at Zobe junction, the scene of a massive al-Shabab blast in 2017": an
    earlier act told as the scene's past, placed nowhere in its own words, happened at the report's scene."""
    main = next((i for i in incidents if a_town(i.location)), None)
    country = next((i.location["country"] for i in incidents if i.location["country"]), None)
    for mention, incident in zip(asides, told, strict=True):
        if (
            mention.same_scene
            and main
            and (incident.location["name"] is None or incident.location["precision"] == "country")
        ):
            _place_at_scene_of(incident, main)
        elif incident.location["country"] is None and country and _counts_many(mention):
            # "in the same region where an ambush ... killed 28 soldiers in May": in the report's country
            named = incident.location if incident.location["name"] else {**NO_LOCATION, "precision": "country"}
            incident.location = {**named, "country": country}  # "two villages in Agatu": that village, there


# "since the 2021 Solhan and Tadaryat massacres", "during the massacres in Solhan and Tadaryat": two villages' acts
_NAMED_PAIR = re.compile(
    r"\bthe (?:(?:19|20)\d\d )?(?P<a>[A-Z][\w'’-]+) and (?P<b>[A-Z][\w'’-]+) (?:massacres|killings|raids)\b"
    r"|\b(?:massacres|killings|raids) (?:in|at|of) (?P<c>[A-Z][\w'’-]+) and (?P<d>[A-Z][\w'’-]+)\b"
)


def split_named_pair(event: list[Mention], text: str, country: str | None) -> list[list[Mention]]:
    """An uncounted act told in one sentence as the massacres of two named villages is an act per village,
    each at its own village (a gazetteer's town of that name elsewhere is not meant)."""
    if any(m.counts for m in event):
        return [event]
    paired = [(m, found) for m in event if len(found := list(_NAMED_PAIR.finditer(text, m.start, m.end))) == 1]
    if len(paired) != 1:
        return [event]
    mention, (match,) = paired[0]
    names = [(match.group(g), match.start(g)) for g in ("a", "b", "c", "d") if match.group(g)]
    if any(precision_of(name) == "country" for name, _ in names):
        return [event]
    country = next((p[0].country for p in mention.places if p[0].country), country)
    others = [m for m in event if m is not mention]
    return [
        (others if i == 0 else [])  # the event's other tellings go with the first village
        + [replace(mention, places=[(town_place(name, country, None), name, at, at + len(name))])]
        for i, (name, at) in enumerate(names)
    ]


def unplaced_types(mentions: list[Mention], places: list, told: str) -> list[str]:
    """ "35 civilians have been killed ... Clashes also left 80 jihadists dead ... The attack took place in the
    Arbinda town": the other acts of the report, besides ``told``, that no town placed yet, when a sentence
    retelling "the attack" names a town."""
    if not any(p[0].precision in ("town", "point") for p in places):
        return []
    kinds = [m.type for m in mentions if not m.aside and m.type != told and m.type in _MAIN_ACTS]
    placed = {m.type for m in mentions if any(p[0].precision in ("town", "point") for p in m.places)}
    return [t for t in dict.fromkeys(kinds) if t not in placed]


def other_counted_acts(group: list[Mention], mentions: list[Mention]) -> list[tuple[int, int]]:
    """The sentences of other counted acts of the same type on other days ("sixteen people were killed ... in the
    Lisham community ... last Saturday" after Christmas Eve's raids): their villages are not this act's."""
    days = {d[0] for m in group for d in m.dates}
    return [
        (m.start, m.end)
        for m in mentions
        if m not in group and m.type == group[0].type and m.counts and m.dates and not days & {d[0] for d in m.dates}
    ]


def split_by_country(event: list[Mention], main: str | None) -> list[list[Mention]]:
    """Counted deaths told only at towns or provinces of another country than the report's own are another
    act ("missile launchers used to attack the southern Saudi city of Jizan, killing a Yemeni civilian there"
    beside air strikes in Yemen's Saada province)."""
    local = [{p[0].country for p in m.places if p[0].precision in _LOCAL} for m in event]
    if main is None or len(event) < 2 or not any(main in countries for countries in local):
        return [event]  # (the report's country named only in passing, "released from Cairo, Egypt": no home here)

    def abroad(mention: Mention) -> bool:
        towns = [p for p in mention.places if p[0].precision in _LOCAL]
        return bool(towns) and all(p[0].country not in (main, None) for p in mention.places)

    away = [m for m in event if m.counts and abroad(m)]
    home = [m for m in event if m not in away]
    return [home, away] if away and home else [event]
