"""A report's context: the places it names, its sources, its main actor and country.

Places come from spaCy's entities and capitalised phrases the gazetteer knows, minus readings that
are not places in this report (who a report quotes is found by :mod:`~marsad.extract.quotes`).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.extract.actors import Actor, actor_table, named_as_affiliate
from marsad.extract.cues import named_as_haven
from marsad.extract.doers import absent_or_aimed_at
from marsad.extract.placenames import DATELINES, MONTH_OR_DAY, dateline_countries, not_scene, scene_countries
from marsad.extract.places import (
    Place,
    country_by_adjective,
    demonym_countries,
    demonym_country,
    forces_country,
    gazetteer,
    normalize,
    precision_of,
    town_demonym_country,
)
from marsad.extract.records import NO_LOCATION, SourceRef
from marsad.extract.village_names import SMALL_PLACE

if TYPE_CHECKING:
    from marsad.extract.sentence import DocumentInfo

PLACE_RANK = {"point": 0, "town": 1, "admin2": 1.5, "admin1": 2, "region": 3, "country": 4}


def country_fallback(places: list, actors: list, text: str) -> list[tuple[Place, str, int, int]]:
    """When no place found has a country: the one country the report names by adjective, for its
    villages ("Burkinabe soldiers"), or by its state's forces ("Burkina Faso's army")."""
    if any(p[0].country for p in places):
        return []
    if small_place_names(text) and (adjective := country_by_adjective(text)):
        return [adjective]
    return forces_country(actors)


_WHOSE_GROUP = re.compile(r"^(?:['’]s\s+(?:[\w-]+\s+){0,2}|-backed\s+(?:[\w-]+\s+)?)$")


def _towns_mostly_in(places: list[tuple[Place, str, int, int]]) -> set[str]:
    """The country a report's town mentions are mostly in, when it names no country: "Owo" and "Ondo"
    are Nigerian, so "Owa" is not the Japanese town."""
    named = [p for p in places if p[0].country and not (p[1].isupper() and len(p[1]) <= 4)]
    exact = [p for p in named if normalize(p[0].name) == normalize(p[1])]  # "Bwera" read as Bhera counts less
    towns = Counter(p[0].country for p in (exact or named))
    if not towns:
        return set()
    ranked = towns.most_common(2)
    (country, count), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0)
    return {country} if count >= 2 and count > runner_up else set()


_SPEAKS_AFTER = re.compile(
    r"\s+(?:on \w+day(?: \([^)]{1,15}\))?\s+)?(?:also\s+|immediately\s+|swiftly\s+|quickly\s+)?(?:blamed|said|says"
    r"|accused|believes|announced|condemned|expressed|rejected|denied|disputed|dismissed)\b"  # "India on Wednesday"
)


def speaking_country(place: tuple[Place, str, int, int], text: str) -> bool:
    """ "the United States blamed the Islamic State": a country that speaks, not where anything happened."""
    return place[0].precision == "country" and bool(_SPEAKS_AFTER.match(text, place[3]))


_WORSHIP = r"(?:Sufi\s+|Grand\s+)?(?:[Mm]osque|[Cc]hurch|[Cc]athedral|[Ss]hrine|[Tt]emple)"
_WORSHIP_IN_NAME = re.compile(rf"\s{_WORSHIP}$", re.I)  # "the Al-Rawdah Mosque" read as one name
_PLACE_OF_WORSHIP = re.compile(rf"\s+{_WORSHIP}\b")  # "the al-Rawdah mosque": the name before it
_CITY_MOSQUE = re.compile(
    r"(?:the )?[A-Z][\w'’-]+ (?:Central|Grand|Great|Main|Friday) (?:Mosque|Church|Cathedral)$", re.I
)


def plausible_places(
    places: list[tuple[Place, str, int, int]], actors, source: str
) -> list[tuple[Place, str, int, int]]:
    """Drop readings of ``source``'s place names that are not places here: words of an actor's name
    ("Khorasan" in ISKP's), a country named as a group's ("Uganda's LRA"), short acronyms read as towns
    ("UN"), and towns abroad matched by an alternate name when the report names its country ("Boni" in
    Mali is not Bonn), unless a wire dateline names that country ("TIKRIT, IRAQ - ..."). A report that
    names no country but says "Burkinabe soldiers" names Burkina Faso."""
    desk, adjectives = dateline_countries(source), demonym_countries(source)
    desk_text = " ".join(m.group(0) for m in DATELINES.finditer(source[:400]))
    countries = scene_countries(places, actors, source, adjectives)
    spelled = dateline_countries(source, spelled=True)  # "MANILA, Philippines –" (not a bureau's "CAIRO -")
    countries = countries or set(spelled) or _towns_mostly_in(places)
    exact = {p[0].country for p in places if p[0].precision == "town" and normalize(p[0].name) == normalize(p[1])}
    kept = []
    for place, text, start, end in places:
        if any(m.start < end and start < m.end for m in actors) and not (
            place.precision == "country"
            and place.country in countries
            and any(m.actor.kind == "state" and m.start <= start < m.end for m in actors)
        ):
            continue  # (a state's forces named by their country, "Cameroon soldiers", name the country)
        if place.precision == "town" and exact and place.country not in exact | countries | set(desk):
            if not (normalize(text) + " ").startswith(normalize(place.name) + " "):  # ("Istanbul Ataturk Airport")
                continue  # "Bwera Hospital" beside Mpondwe in Uganda is not Bhera in Pakistan
        if _SURRENDERED_AT.search(source, max(0, start - 90), start):
            continue  # "fighters who surrendered to Russia in May at the Azovstal steel plant in Mariupol": their past
        if _TAKEN_TO.search(source, max(0, start - 40), start):
            continue  # "captured the women and children of Kocho and took them to Tal Afar": where they were taken
        if place.precision == "country" and _FELT_ACROSS.search(source, max(0, start - 40), start):
            continue  # "The killings ... sent a wave of revulsion across Egypt": where the news was felt
        if _WHEREABOUTS_BEFORE.search(source, max(0, start - 70), start) or _COURT_AFTER.match(source, end):
            continue  # "I am in Maiduguri now, but I was told that one person was killed": not the scene
        if _VILLAGE_WITHIN_AFTER.match(source, end):
            continue  # "an official in Koundou district, where the village of Sobane-Kou is located": the village
        if (
            place.precision == "country"
            and _COUNTRY_SPEAKS.match(source, end)
            and not _OF_OR_IN.search(source, 0, start)
        ):
            continue  # "Jordan has vowed punishment", "Jordan's King Abdullah": a state that speaks, not a scene
        if place.precision == "country" and _ACCUSED_BEFORE.search(source, max(0, start - 20), start):
            continue  # "They accused Russia of committing a terrorist act": the state blamed, not the scene
        if _CRASHED_NEAR.search(source, max(0, start - 60), start):
            continue  # "his F-16 jet crash-landed near the Syrian city of Raqqa": where a pilot fell, not the killing
        if re.match(r"-(?:bound|based)\b", source[end:]) or (
            place.precision == "country" and source.startswith("-led ", end)
        ):
            continue  # "a Nairobi-bound bus", "ten Pakistan-based terrorists", "the Egypt-led airstrikes"
        worship = _PLACE_OF_WORSHIP.match(source, end) or _WORSHIP_IN_NAME.search(text)
        if place.precision == "town" and worship and not _CITY_MOSQUE.match(text):
            if gazetteer().city(text, 300_000) != place:  # (but "the Alexandria cathedral attack": the city's)
                continue  # "the al-Rawdah mosque in Bir al-Abed": the mosque's name (not "the Kano Central Mosque")
        if place.precision == "country" and any(
            0 < m.start - end <= 40 and _WHOSE_GROUP.match(source[end : m.start]) for m in actors
        ):
            continue  # "Somalia's al-Shabab", "Uganda's feared LRA", "the Iran-backed Houthis": whose group it is
        if place.precision == "town" and text.isupper() and (len(text) <= 4 or source.endswith("The ", 0, start)):
            continue  # "UN", "The PUNCH gathered": an acronym or a newspaper
        if (
            place.precision == "town"
            and place.country not in desk
            and re.search(rf"\b{re.escape(text)}\b", desk_text, re.I)
        ):
            continue  # "BAJAUR / KHAR:" then "in Khar": a town of the desk's country, not Haar in Germany
        if countries and place.precision == "town" and place.country not in countries:
            named = place.name if (normalize(text) + " ").startswith(normalize(place.name) + " ") else text
            if gazetteer().city(named, 1_000_000) == place:  # (also "Istanbul Ataturk Airport")
                kept.append((place, text, start, end))  # "in Mumbai" beside "a Pakistani port": the great city itself
                continue
            own = _DEMONYM_TOWN_OF.search(source, max(0, start - 50), start)
            if own and town_demonym_country(own[1]) == place.country:
                kept.append((place, text, start, end))  # "the southern Turkish town of Kilis" beside Syria's war
                continue
            if normalize(place.name) != normalize(text) or place.country not in desk:
                local = _local_country(places, adjectives) or (min(spelled) if len(spelled) == 1 else None)
                scene = re.search(r"\b(?:in|at|near|on the)\s+$", source[max(0, start - 8) : start])
                if (
                    local
                    and scene
                    and normalize(place.name) == normalize(text)
                    and not _NAME_GOES_ON.match(source, end)
                ):
                    # "in Boma" of Chad, not Boma in Congo
                    kept.append((Place(text, local, None, None, None, "town"), text, start, end))
                continue  # "Solhan in northern Burkina Faso" is not the Turkish town of that name
        kept.append((place, text, start, end))
    return kept


_COUNTRY_SPEAKS = re.compile(
    r"\s+(?:has |had |later |now )?(?:also )?(?:vowed|said|says|confirmed|believes|announced|condemned|warned|demanded"
    r"|called on|urged)\b"
    # "Egypt bombarded Islamic State targets in Libya", "Egypt has begun airstrikes against ...": a state striking back
    r"|\s+(?:has|had) the [“\"]?right to respond\b"  # "Egypt had the “right to respond” to the murder"
    r"|\s+(?:has |had |then )?(?:bombarded|bombed|bombards|strikes"
    r"|(?:launched|began|begun|carried out) (?:a wave of )?(?:air ?strikes|airstrikes|air raids|strikes))\b"
    r"|['’]s (?:King|Queen|President|Prime Minister|government|armed forces|military|army|foreign ministry)\b"
    # "with Egypt’s Al Azhar, the seat of Sunni learning, describing the executions": a country's own institution
    r"|['’]s (?:Al[- ]Azhar|(?:[A-Z][\w-]+ )?(?:Ministry|University|Parliament|Embassy|Foreign Office))\b"
)
_DEMONYM_TOWN_OF = re.compile(r"\b([A-Z][a-z]+) (?:border |frontier )?(?:town|city|village) of\s+$")
_FELT_ACROSS = re.compile(
    r"\b(?:revulsion|outrage|shock|grief|anger|mourning|sorrow|fury|condemnation)\b[^.;]{0,20}"
    r"\b(?:across|throughout|around|in)\s+(?:the\s+)?$",
    re.I,
)
_SURRENDERED_AT = re.compile(
    r"\b(?:who|that) (?:had )?(?:surrendered|were evacuated|had been evacuated)\b[^.;]{0,80}"
    r"\b(?:in|at|from)\s+(?:the\s+)?$"
)
_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:ed|ing|es)|blam(?:ed|ing|es))\s+$", re.I)
_OF_OR_IN = re.compile(r"\b(?:of|in)\s+(?:the\s+)?$")  # "The government of Benin has confirmed": the scene's state
_CRASHED_NEAR = re.compile(
    r"\b(?:crash-landed|crashed|ejected|was shot down)\b[^.;]{0,40}\b(?:near|in|over)\s+(?:the\s+)?$"
)
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])|-")


def _local_country(places: list[tuple[Place, str, int, int]], adjectives) -> str | None:
    """The one country a report is about: the only one it names by adjective ("Chadian soldiers") and by name,
    else the one it names most often, else the only one it names by adjective."""
    counted = Counter(p[0].country for p in places if p[0].precision == "country" and p[0].country)
    adjective = next(iter(adjectives)) if len(set(adjectives)) == 1 else None
    if adjective in counted:
        return adjective
    named = counted.most_common(2)
    if named and (len(named) == 1 or named[0][1] > named[1][1]):
        return named[0][0]
    return adjective


_TAKEN_TO = re.compile(
    r"\b(?:took|taken|driven|drove|transported|trucked|bussed)\s+(?:them\s+|him\s+|her\s+)?(?:away\s+)?to\s+$"
    # "has displaced numerous residents to other areas within the al-Manaqil district": where people fled to
    r"|\b(?:displaced|displacing)\b[^.;]{0,40}\b(?:to|towards)\s+(?:[\w-]+\s+){0,4}$"
    # "the Amaq report said released from Cairo, Egypt": where a statement came from
    r"|\b(?:released|issued|sent|broadcast) from\s+(?:[\w'’-]+,\s+)?$"
    r"|\b(?:report|statement)s?\s+(?:was\s+|were\s+)?(?:released|issued|published|launched) in\s+$"  # "... in Kampala"
    # "the armed Houthi group which controls Yemen's capital said": what a group holds, not where it struck
    r"|\b(?:which|that|who)\s+(?:controls?|holds?|rules?|governs?)\s+(?:much\s+of\s+)?(?:the\s+)?$"
    r"|,\s+an?\s+(?:\d+-year-old\s+)?(?:resident|native)\s+of\s+$"  # "Abdullah, a resident of Suez province": his home
    # "crossed border into Bangladesh", "a refugee camp in neighbouring Bangladesh": where survivors fled to
    r"|\b(?:(?:fled|fleeing) (?:in)?to|crossed (?:the )?(?:border )?into|refugee camps? in|[Rr]efugees in"
    r"|sought refuge in|seek refuge in|arrived in)\s+(?:neighbou?ring\s+|southern\s+)?$"
)


def report_countries(places: list[tuple[Place, str, int, int]], text: str) -> frozenset[str]:
    """The countries a report names, by name or a wire dateline ("ZAMBOANGA CITY, Philippines - ..."), else by
    adjective ("Five Philippine government militiamen"): where a local alias ("government forces") may count."""
    return named_countries(places) | dateline_countries(text) or demonym_countries(text)


def named_countries(places: list[tuple[Place, str, int, int]]) -> frozenset[str]:
    """The countries a report names as countries or provinces."""
    return frozenset(p[0].country for p in places if p[0].country and p[0].precision in ("country", "admin1"))


def main_country(places: list[tuple[Place, str, int, int]]) -> str | None:
    """The country the report names most often, if any."""
    countries = Counter(p[0].country for p in places if p[0].country)
    return countries.most_common(1)[0][0] if countries else None


def principal_actor(mentions, text: str) -> Actor | None:
    """The armed group the report names most often: who "the group" and "the militants" are (not a
    group named only as someone's ally, "jihadists linked to al Qaeda")."""
    named = [
        m
        for m in mentions
        if m.actor.kind == "armed_group"
        and not named_as_affiliate(text, m.start)
        and not _EARLIER_DOER.search(text[max(0, m.start - 120) : m.start])
        and not named_as_haven(text, m.start)  # "most attacks ... are conducted by"
        and not absent_or_aimed_at(text, m.start)  # "the strike targeted armed Fano"
    ]
    if _NO_CLAIM.search(text):  # "No group immediately claimed the attack": "the militants" are no one named later
        named = [m for m in named if m.start < 250 or _SUSPECT_AFTER.match(text, m.end)]  # (unless it is the suspect)
    groups = Counter(m.actor for m in named)
    return groups.most_common(1)[0][0] if groups else None


_SUSPECT_AFTER = re.compile(r"\s+(?:is|was|are|were) (?:the )?(?:main |prime |chief )?suspect", re.I)
_NO_CLAIM = re.compile(r"\bno (?:group|one)(?: has)?(?: (?:immediately|yet))? claimed\b", re.I)
# "the previous attacks on police in the district have been claimed by the TTP": the doer of other acts, whom
# "the militants" of the act reported need not be
_EARLIER_DOER = re.compile(
    r"\b(?:previous|past|earlier|prior) (?:\w+ )?(?:attacks|raids|bombings|assaults)\b[^.]*$", re.I
)


# "the eastern Congolese town of Kasindi": the adjective names the town's country
_DEMONYM_BEFORE = re.compile(
    r"\b([A-Z][a-z]+(?:an|ese|i|ian|be|ien|ine))\s+(?:town|village|city|commune|hamlet|settlement)\s+of\s+$"
)


# (not "Barloonyo camp in Lira district": a displaced people's camp, named after its village, in a wider area)
_CAMP_IN_TOWN = re.compile(
    r"\s+(?:camp|base|barracks|compound)\s+(?:in|at|near)\s+(?-i:[A-Z])(?![\w'’-]+ (?:district|county|province)\b)"
)
_CONTINENTS = frozenset({"Africa", "Asia", "Europe", "America", "Latin America", "the Middle East", "Middle East"})
# peoples and faiths with no country of their own: "in Kurdish town" names no town
_PEOPLES = frozenset(
    "Kurdish Kurd Shia Shiite Sunni Christian Muslim Yazidi Arab Hindu Fulani Hausa Tuareg Alawite Druze Israeli "
    "Palestinian".split()
)


_ACT_NAME = re.compile(r" (?:Shooting|Attack|Bombing|Blast|Massacre|Explosion|Raid|Ambush)s?$")
_UNIT_NAME = re.compile(r" (?:Chiefdom|Emirate|Ward)$")  # "in Atyap Chiefdom, Gora ward": a chief's domain


def small_place_names(text: str) -> list[str]:
    """Names of villages and outposts the gazetteer may lack: "the village of Ocua", "Kuriga town"."""
    return list(_small_place_names(text))


@lru_cache(maxsize=4096)
def _small_place_names(text: str) -> tuple[str, ...]:  # read again for each act of a sentence: kept
    found = [
        (m.start(), next(g for g in m.groups() if g))
        for m in SMALL_PLACE.finditer(text)
        if not _HEADED_TO.search(text, max(0, m.start() - 40), m.start() + 1)
        and not not_scene(text, next(m.start(i) for i, g in enumerate(m.groups(), 1) if g))  # "the parish priest of"
    ]
    found += [(m.start(), m.group(1)) for m in _INSTITUTION_TOWN.finditer(text)]
    found += [(m.start(), m.group(2)) for m in _DISTRICT_AREA.finditer(text) if not is_country_name(m.group(1))]
    found += [
        (m.start(), m.group(1))
        for m in _TOWN_COMMA.finditer(text)
        if _is_wider(m.group(2)) and not not_scene(text, m.start(1))  # (not "he is from Central Asia, Uzbekistan")
    ]
    found += [
        (m.start(), name)
        for m in _WIRE_SCENE.finditer(text)
        if gazetteer().resolve(name := next(g for g in m.groups() if g)) is None
    ]
    names = [
        re.sub(r"^.*['’]s |^[A-Z]{2,4}-(?:protected|run|held|controlled|managed) ", "", n) for _, n in sorted(found)
    ]
    names = [_VILLAGE_WORD.sub("", name) or name for name in names]  # "in Sitio Bayoko, Baguindan": Bayoko
    names = [re.sub(r"['’]s$", "", name) for name in names]  # "a camp of Norway's ruling Labour party": Norway
    quoted = {m.group(1) for m in _CAMP_CALLED.finditer(text)}  # "a UN-run camp called “LALA”": Lala, not an acronym
    names = [n.title() if n in quoted else n for n in names]
    # "the Dalori IDP camp" is Dalori's
    names = [n for n in (re.sub(r"(?: (?-i:[A-Z]{2,4}s?))+$", "", n) for n in names) if n and not n.isupper()]
    return tuple(
        n
        for n in names
        if not actor_table().find(n)
        and not is_country_name(n)
        and not demonym_country(n)
        and not MONTH_OR_DAY.fullmatch(n)
        and n not in _CONTINENTS  # "Last week in Africa, JNIM militants killed ..."
        and n not in _PEOPLES
        and not any(
            _CAMP_IN_TOWN.match(text, m.end()) for m in re.finditer(re.escape(n), text)
        )  # "the Minusma camp in Kidal"
        and not _VENUE_NAME.search(n)  # "Cama Hospital, Leopold Cafe, the Oberoi-Trident Hotel": sites, not towns
        and not _ACT_NAME.search(n)  # a headline's "Killed in Norway Shooting": the act, not a town
        and not _UNIT_NAME.search(n)
        # "in Pittsburgh's Squirrel Hill neighborhood": a quarter of the town named, which is the scene
        and not re.search(rf"['’]s (?:[A-Z][\w'’-]+ )*{re.escape(n)} neighbou?rhood\b", text)
        and not _VILLAGE_WITHIN_AFTER.match(text, text.find(n) + len(n))  # "Koundou district, where the village of"
    )


# a Philippine (sub-)village's title; a South Sudanese payam's or boma's ("in Mugwo Payam in Yei": Mugwo); an
# Ethiopian kebele's ("Tole Kebele": Tole)
_VILLAGE_WORD = re.compile(r"^(?:Sitio|Barangay|Brgy\.?|Bgy\.?|Purok) | (?:Payam|Boma|Kebele)$")
_CAMP_CALLED = re.compile(r"\bcamp (?:called|named|known as) [“\"]([A-Z]{3,})[”\"]")
_VENUE_NAME = re.compile(
    r"\b(?:Cafe|Café|Hotel|Station|House|Terminus|Tower|Palace|Restaurant|Market|Mall|Cinema|Club|Bar|Hospital)$"
)
# where attackers went: "carry the looted food towards Virunga National Park"
_HEADED_TO = re.compile(
    r"\b(?:towards?|(?:fled|retreated|escaped|withdrew|headed) (?:back )?(?:in)?to|(?:managed to )?reach(?:ed)?"
    r"|made it (?:safely )?to)\s+(?:the\s+)?\S?$"
    # "the hostages have been moved to the Islamic State-controlled city of Shaddadeh": where captives were taken
    r"|\b(?:moved|transferred|taken) to (?:the\s+)?(?:[\w-]+\s+){0,3}\S?$"
)
# "I am in Maiduguri now", "the suicide bombers were from Sambisa area", "the report written from Nairobi": where a
# speaker is, where the attackers came from or where a report was written, none of them the scene
_WHEREABOUTS_BEFORE = re.compile(
    r"\b(?:I am|I['’]m|we are|we['’]re)\s+(?:now\s+|currently\s+|still\s+)?(?:in|at)\s+$"
    r"|\b(?:bombers|attackers|gunmen|assailants|militants|insurgents) (?:were|was|came) from\s+(?:the\s+)?$"
    r"|\b(?:written|writing|reporting|speaking|filed|based) (?:from|in)\s+$"  # "the report written from Nairobi"
    # "said during a press conference on the attacks on Sunday in Naypyidaw": where the speaker spoke
    r"|\b(?:press|news) conference\b[^.;]{0,50}\bin\s+$"
    r"|\b(?:migrants|refugees|immigrants|nationals) from\s+$"  # "nine people, some of them migrants from Turkey"
)
_VILLAGE_WITHIN_AFTER = re.compile(
    r"\s+(?:district|commune|area|municipality|county)?,? where the (?:village|hamlet|town) of [A-Z][\w'’-]+"
    r"(?:[ -][A-Z][\w'’-]+)? (?:is|lies) (?:located|situated)\b"
)
# "at the disposal of the Yaounde military tribunal": a court's city (not "the Mardan court attack")
_COURT_AFTER = re.compile(
    r"\s+(?:military |high |federal |special )?(?:tribunal|court)\b(?! (?:attack|bombing|blast|complex|building))", re.I
)
# "attacked Kichwamba Technical Institute": a school named after its town, when no town follows ("... in Mpondwe")
_INSTITUTION_TOWN = re.compile(  # (not "Government Girls Science Technical College": whom it teaches, what)
    r"\b(?!(?:Government|Girls|Boys|Science|Secondary|Federal|State|Women|Day|Community)\b)([A-Z][\w'’-]+) Technical"
    r" (?:Institute|College|School)\b(?!,? in\b)"
)
# "a check post in Karak's Bahadur Khel area": an area named after its district (not "Somalia's Bay area")
_DISTRICT_AREA = re.compile(r"\b([A-Z][\w'’-]+)'s ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) area\b")
# "opened fire on villagers in Gubio on Saturday": a wire report's scene and day, a village the gazetteer lacks
_WIRE_SCENE = re.compile(
    r"\b(?:in|at|near) (?!(?:Need|Distress|Crisis|Action)\b)"  # (not "Aid to the Church in Need on Thursday")
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:(?:late|early) )?(?:on|last) [A-Z][a-z]+day\b"
    # "launching a hunt in Kishishe on Nov. 29"
    r"|\b(?:in|at|near) ([A-Z][\w'’-]+) on (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
)
# "near Palma, Mozambique", "in Mbau, Cabo Delgado": a town named with its country or province
_TOWN_COMMA = re.compile(
    r"\b(?:in|at|near|(?<!released )(?<!issued )from) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), "
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
)


def _is_wider(name: str) -> bool:
    return precision_of(name) in ("country", "admin1", "region")


def is_country_name(name: str) -> bool:
    """ "active in Pakistan, Afghanistan and Iran": a country (or "in Congolese village", its people) is never
    a village's name."""
    return precision_of(name) == "country"


def known_here(name: str, country: str | None) -> bool:
    """A town the gazetteer knows ("Boni" in Mali is not the Bonn it knows by that name)."""
    known = gazetteer().resolve(name)
    return known is not None and known.country in (country, None)


# "families have fled Baguindan where an encounter ... left 18 soldiers ... dead": the place where it happened
_WHERE_ACT = (
    r",? where (?:an? |the )?(?:[\w-]+ )?(?:encounter|attack|clash|ambush|raid|massacre|fighting|battle|blast)\b"
)
_LGA_NAMED = re.compile(r" (?:Local Government Area|local government area|LGA|Local Council)\b")


def named_small_place(text: str, places: list[tuple[Place, str, int, int]]) -> dict | None:
    """'the village of Ocua in Niassa province': a place the gazetteer lacks keeps its own name,
    with the country (and coarser coordinates' precision) of the wider places around it."""
    wider = location_of(places) if places else dict(NO_LOCATION)
    names = small_place_names(text)
    unknown = [n for n in names if not known_here(n, wider["country"])]
    # "in Tinoc, Ifugao", then "the attack took place in Sitio Buyo": the spot a later sentence narrows it to; "in
    # Tipo-Tipo, Basilan", then "attacked around 8 a.m. in Sitio Bayoko, Baguindan": the sub-village, else the village
    name = next(
        (n for n in unknown if re.search(rf"\b(?:took place|happened|occurred) in (?:\w+ )?{re.escape(n)}\b", text)),
        None,
    )
    for narrower in (r"\b(?:Sitio|Purok) {0}\b|\b{0}" + _WHERE_ACT, r"\b(?:Barangay|Brgy\.?|Bgy\.) {0}\b"):
        name = name or next((n for n in unknown if re.search(narrower.format(re.escape(n)), text)), None)
    name = name or next(iter(unknown), None)
    if name is None or (names[0] != name and _LGA_NAMED.match(text, text.find(name) + len(name))):
        return None  # "at Tegina in Rafi Local Government Area": the town the gazetteer knows, not its LGA
    spelled = gazetteer().resolve_spelling(name, wider["country"])
    if spelled is not None:
        return spelled.as_json()  # "Bir al-Abed": the town the gazetteer spells "Bi'r al 'Abd"
    adjective = _DEMONYM_BEFORE.search(text[: max(text.find(name), 0)])
    country = demonym_country(adjective.group(1)) if adjective else None
    if country and country != wider["country"]:
        wider = {**NO_LOCATION, "name": None, "country": country, "precision": "country"}
    precision = wider["precision"] if wider["precision"] in ("admin1", "region", "country") else "country"
    return {
        **wider,
        "name": name,
        "lat": None if precision == "country" else wider["lat"],
        "lon": None if precision == "country" else wider["lon"],
        "precision": precision if wider["country"] else "unknown",
    }


def location_of(places: list[tuple[Place, str, int, int]], text: str = "") -> dict:
    """The record's location object from the most specific of the places given; of two towns, the one ``text``
    puts in the other ("shelled Houla, a small village in Homs")."""
    if not places:
        return dict(NO_LOCATION)
    best = min(places, key=lambda p: (PLACE_RANK.get(p[0].precision, 9), not _town_within(p, places, text)))
    location = best[0].as_json()
    if location["country"] is None:
        location["country"] = next((p[0].country for p in places if p[0].country), None)
    admin1 = next((p[0].admin1 for p in places if p[0].admin1 and p[0].country == location["country"]), None)
    location["admin1"] = location["admin1"] or admin1
    return location


def _town_within(place: tuple[Place, str, int, int], places: list[tuple[Place, str, int, int]], text: str) -> bool:
    """Whether ``text`` names ``place`` as a village or town in another town of ``places`` ("Houla, a small
    village in Homs")."""
    others = "|".join(re.escape(p[1]) for p in places if p[0].precision == "town" and p[1] != place[1])
    return bool(
        text
        and others
        and re.search(rf"\b{re.escape(place[1])},? an? (?:[\w-]+ )?(?:village|town) (?:in|near) (?:{others})\b", text)
    )


def source_ref(info: DocumentInfo, span: tuple[int, int], attributed_to: str | None) -> SourceRef:
    """A record's source entry for one document and sentence span."""
    return SourceRef(info.id, info.url, info.outlet, attributed_to, [span])
