"""Place names in a report's text: spaCy's place entities and capitalised phrases the gazetteer
knows, wire datelines and the desk's town. Which of them are scenes is decided in :mod:`context`."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from marsad.extract.home_country import at_home
from marsad.extract.not_scene import not_scene
from marsad.extract.places import Place, demonym_countries, gazetteer, normalize, precision_of

# a possessive ends the name: "Khyber-Pakhtunkhwa's Dera Ismail Khan" names two places
_WORD = r"[A-Z](?:[\w-]|['’](?!s\b))+"
# (a name does not run on over a line's end: "... a mass grave in Bucha\nBucha, Kyiv region")
_CAPITALISED = re.compile(rf"\b{_WORD}(?:[ \t]+(?:(?:ez|al|el|of|de|da|do|dos|du|la|le)[ \t-]+)?{_WORD})*")


# "Garissa University College", "Mosul General Hospital": the institution's town
# "Maiduguri University", "the Kabul Intercontinental Hotel": the town it is in ("The Kaduna State Police Command":
# the state whose police speak)
_INSTITUTION = re.compile(
    r"(?:\s+[A-Z]\w*)?\s+(?:University|College|School|Hospital|Mosque|Church|Market|Airport|Prison|Stadium|Hotel|Arena"
    r"|Police)"
    r"(?:\s+[A-Z]\w*)*$"
)

# "the Roman Catholic Cathedral of Alindao", "the University of Maiduguri": the town after "of"
_INSTITUTION_OF = re.compile(
    r"\b(?:Cathedral|Church|Mosque|Diocese|Parish|University|Hospital|Prison|Archdiocese) of ([A-Z][\w'’-]+)$"
)

# "Gulshan-e-Iqbal Park", "Mazar-i-Sharif": the first word of a longer name joined by "-e-", "-i-", "-ul-"
_NAME_GOES_ON = re.compile(r"-[a-z]{1,2}-[A-Z]")


_AND_NAME = re.compile(r" and (?-i:[A-Z])[\w-]+")


_OWNER = re.compile(r"\b((?-i:[A-Z])[\w-]+(?: (?-i:[A-Z])[\w-]+)?)['’]s\s+$")


def _owner_country(text: str, start: int, places) -> str | None:
    """The country named as a town's owner just before it ("Lebanon's Tripoli")."""
    owner = _OWNER.search(text, max(0, start - 40), start)
    place = places.resolve(owner.group(1)) if owner else None
    return place.country if place is not None and place.precision == "country" else None


def find_places(doc, text: str) -> list[tuple[Place, str, int, int]]:
    """Resolvable place names: NER spans first, then capitalised phrases the gazetteer knows.

    ``text`` is ``doc.text`` passed in: spaCy rebuilds that string from the tokens on every access.
    """
    places = gazetteer()
    found: list[tuple[Place, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    datelines = [m.span() for m in DATELINES.finditer(text)]  # "NAIROBI, Kenya (AP) - ..." is the desk
    datelines += [  # "Aden: At least six soldiers ...": a town before a colon opens a wire report
        (m.start(1), m.end("second") if m.group("second") else m.end(1))
        for m in _COLON_DATELINE.finditer(text)
        if (p := places.resolve(m.group(1))) and p.precision == "town"
    ]
    for ent in doc.ents:
        dateline = any(s <= ent.start_char < e for s, e in datelines)
        if (
            ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "NORP")
            and any(c.isupper() for c in ent.text)
            and not dateline
            and not re.match(
                r"-(?:based|backed|sponsored|supported)\b| (?:newspaper|daily|tabloid|broadsheet)\b",
                text[ent.end_char : ent.end_char + 12],
            )  # "the London-based Observatory", "Pakistan-backed JeM", "a London newspaper": whose, not a scene
            and not _NAME_GOES_ON.match(text, ent.end_char)  # "Gulshan-e-Iqbal Park" is not Golshan
            and not MONTH_OR_DAY.fullmatch(ent.text)  # "Mar 3" is not Morocco
            and ent.text not in _TITLES  # "Col. Billy dela Rosa" is not Colombia
            and not not_scene(text, ent.start_char)  # "spying for Russia"
            and not _reference_point(text, ent.start_char, ent.end_char)  # "120 km north of Niamey"
            and not _PARTY_TO_DEAL.match(text, ent.end_char)  # "Israel and Turkey just signed an agreement"
            and not _PEOPLE_AFTER.match(text, ent.end_char)
        ):
            name = _ROUTE.sub(r"\1", ent.text)  # "the Kano-Maiduguri Highway": placed at its first town
            name = re.sub(r"\s*\(.*$", "", name) or name  # "VRAEM (Valle de los Rios Apurimac, Ene y Mantaro"
            name = _QUARTER.sub("", name)  # "west Kabul" is Kabul
            name = _LGA.sub("", name)  # "Makurdi LG" is Makurdi
            place = places.resolve(name)
            if place is None and (compass := _COMPASS_COUNTRY.match(name)):  # "Western Ethiopia" is Ethiopia
                place = (
                    country
                    if (country := places.resolve(compass.group(1))) and country.precision == "country"
                    else None
                )
            if place is None:  # "the Kabul Intercontinental Hotel" is in Kabul
                name = _INSTITUTION.sub("", re.sub(r"^[Tt]he ", "", name))
                name = of_town.group(1) if (of_town := _INSTITUTION_OF.search(name)) else name
                place = places.resolve(name)
            if place and place.precision == "town" and (owner := _owner_country(text, ent.start_char, places)):
                place = places.resolve(name, owner)  # "north Lebanon's Tripoli" is not Libya's capital
            place = at_home(place, name, text)
            if place and place.country != "NG" and (_LGA.search(ent.text) or _LGA_AFTER.match(text, ent.end_char)):
                place = Place(name, "NG", None, None, None, "admin2")  # "Maru local government area" is not Mary
            if place and len(name) <= 3 and name.isupper() and not place.name.isupper():
                continue  # "the UN" is not the Indian town of Un
            if place and ent.label_ in ("ORG", "PERSON") and _unlike(place.name, name):
                continue  # "Dawn" (the newspaper) is not Fajar by another of its names
            if place and place.precision == "country" and _BORDER.match(text, ent.end_char):
                continue  # "two kilometres from the Democratic Republic of Congo border": a reference point
            if place is not None and _ORIGIN_BEFORE.search(text, max(0, ent.start_char - 60), ent.start_char):
                continue  # "a telecommunications official from western Farah province": where a victim came from
            if place is not None and place.precision == "country" and _NATIONAL_AFTER.match(text, ent.end_char):
                continue  # "a kidnapped New Zealand pilot": the hostage's country, not the scene
            if place is not None and _OFFICIAL_AFTER.match(text, ent.end_char):
                continue  # "Diffa Governor Issa Lemine said": the official's seat, not the scene
            if place is not None and _seat_of_power(text, ent.start_char, ent.end_char, place):
                continue  # "the Kinshasa authorities said", "Authorities in Kinshasa": the government, not the scene
            joined = _AND_NAME.match(text, ent.end_char)  # "Jammu and Kashmir" read as "Jammu"
            wider = places.resolve(ent.text + joined.group(0)) if joined and place is not None else None
            if wider is not None and wider.precision in ("admin1", "region"):
                place, end = wider, joined.end()
                found.append((place, text[ent.start_char : end], ent.start_char, end))
                taken.append((ent.start_char, end))
            elif place is not None and ent.label_ != "NORP":
                found.append((_region_named(place, text, ent.end_char), ent.text, ent.start_char, ent.end_char))
                taken.append((ent.start_char, ent.end_char))
    for match in _CAPITAL.finditer(text):
        capital = places.capital(match.group(1) or match.group(2))
        if capital is not None:
            found.append((capital, match.group(0), match.start(), match.end()))
            taken.append(match.span())
    adjectives = {t.idx for t in doc if t.dep_ == "amod" and t.ent_type_ == "NORP"}  # "the Roman amphitheater"
    for match in _CAPITALISED.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken + datelines):
            continue
        if (
            match.start() in adjectives
            or match.group(0) in _TITLES
            or MONTH_OR_DAY.fullmatch(match.group(0))
            or text.startswith("-based", match.end())
            or _NAME_GOES_ON.match(text, match.end())
            or _reference_point(text, match.start(), match.end())
            or not_scene(text, match.start())
            or _PEOPLE_AFTER.match(text, match.end())
            or _ORIGIN_BEFORE.search(text, max(0, match.start() - 60), match.start())  # "officials from the Chilga"
        ):
            continue  # "back in March" is not the English town, "18km south of Mogadishu" not the scene
        for candidate in (match.group(0), match.group(0) + " province", match.group(0) + " region"):
            if candidate == match.group(0) and not (_plausible_place(text, match) or _country_after_town(text, match)):
                continue
            place = places.resolve(match.group(0)) if candidate == match.group(0) else None
            place = at_home(place, match.group(0), text)
            if place and place.precision == "country" and _BORDER.match(text, match.end()):
                break  # "2 kms from the DRC border"
            if place and place.precision == "country" and _NATIONAL_AFTER.match(text, match.end()):
                break  # "a New Zealand pilot"
            if place is not None:
                found.append((_region_named(place, text, match.end()), match.group(0), match.start(), match.end()))
                break
    region_suffix = re.compile(
        r"\b([A-Z][\w'’-]+(?:[\s-](?:(?:ez|al|el|ad|as|de|da|du)[\s-])?[A-Z][\w'’-]+)*)\s+"
        r"(province|region|State|state|district|Governorate)\b"
    )
    region_prefix = re.compile(r"\b(?:province|region|governorate) of ([A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)\b")
    for match in [*region_suffix.finditer(text), *region_prefix.finditer(text)]:  # "the southern province of Abyan"
        if _ORIGIN_BEFORE.search(text, max(0, match.start() - 60), match.start()) or not_scene(text, match.start()):
            continue  # "a telecommunications official from western Farah province", "on its way to Peshawar in"
        place = places.resolve(match.group(0)) or (
            places.resolve(match.group(1)) if match.re is region_prefix else None
        )
        if place is not None and place.precision in ("admin1", "region"):
            found.append((place, match.group(0), match.start(), match.end()))
    for match in _COUNTY.finditer(text):  # "Lamu County": a Kenyan county is named after its town
        town = places.resolve(match.group(1))
        if town is not None and town.precision == "town" and normalize(town.name) == normalize(match.group(1)):
            county = Place(match.group(0), town.country, match.group(1), town.lat, town.lon, "admin1")
            found.append((county, match.group(0), match.start(), match.end()))
    nested = [
        p
        for p in found
        if any(q is not p and q[2] <= p[2] and p[3] <= q[3] and (q[3] - q[2]) > (p[3] - p[2]) for q in found)
    ]
    return sorted((p for p in found if p not in nested), key=lambda p: p[2])


_OFFICIAL_AFTER = re.compile(
    r"\s+(?:(?:State|state|[Rr]egional|[Pp]rovincial|[Dd]istrict) )?(?:Governor|governor|Mayor|mayor|Prefect|prefect)\b"
    # "the Vatican's Fides news agency reported": who reports, not the scene
    r"|['’]s (?:[A-Z][\w-]+ )?(?:news agency|newspaper|state media|state television|radio)\b"
    r"|\s+(?-i:Tribune|Times|Post|Herald|Gazette|Chronicle|Journal)\b"  # "published in Dhaka Tribune": a newspaper
    # "seven former Kirkuk police officers ... executed ... in Hawija": where the officers served, not the scene
    r"|\s+(?:province )?(?:police officers|policemen|police chief|police commander)\b"
)
_NATIONAL_AFTER = re.compile(
    r"\s+(?:pilot|national|citizen|tourist|journalist|reporter|engineer|missionary|hostage|aid worker|diplomat)s?\b"
    # "A Russian Federation long-range missile slammed into a Donbas regional railroad station": its weapon
    r"|(?<=Federation)\s+(?:[\w-]+\s+){0,2}(?:missiles?|rockets?|forces|troops|army|jets|warplanes)\b"
)
_ORIGIN_BEFORE = re.compile(
    r"\b(?:official|officer|man|woman|resident|native|citizen|student|worker|employee|delegate|journalist|teacher"
    r"|lawmaker|senator|governor)s? from (?:the )?(?:(?:northern|southern|eastern|western|central) )?$"
)
# "Niger's Diffa region": the region named after its capital, not the town
# (and "Kishtwar district's Chatroo meadow": the district a spot named after it is in)
_REGION_AFTER = re.compile(
    r"\s+(?:region|province|governorate)\b|(?:\s+district|(?<=district))['’]s\s+(?-i:[A-Z])", re.I
)


def _region_named(place: Place, text: str, end: int) -> Place:
    """A town's name followed by "region" or "province" names the region, ranked below any village told."""
    if place.precision != "town" or not _REGION_AFTER.match(text, end):
        return place
    return Place(place.name, place.country, place.admin1 or place.name, place.lat, place.lon, "admin1")


def dateline_countries(text: str, spelled: bool = False) -> frozenset[str]:
    """Countries a wire dateline names ("TIKRIT, IRAQ - ..."), by any of its comma- or slash-separated parts; with
    ``spelled``, only a country it names as such ("MANILA, Philippines –"), not a bureau's town ("CAIRO -")."""
    found = set()
    for match in DATELINES.finditer(text[:400]):
        for part in re.split(r"[,/]", match.group(0).strip(" -–—:\t")):  # "BAJAUR / KHAR:"
            name = re.sub(r"\([^)]*\)", "", part).strip().title()
            place = gazetteer().resolve(name) if name else None
            if (
                place is not None
                and place.country
                and (place.precision != "town" or normalize(place.name) == normalize(name))
                and (not spelled or place.precision == "country")
            ):
                found.add(place.country)
    return frozenset(found)


def dateline_place(text: str) -> list[tuple[Place, str, int, int]]:
    """The place of a wire report's dateline ("BAGHDAD - ..."), as a last resort for the scene."""
    match = _DATELINE.match(text) or _DESK_AFTER_HEADLINE.search(text, 0, 400)
    place = gazetteer().resolve(match.group(1)) if match else None
    return [(place, match.group(1), match.start(1), match.end(1))] if place else []


def _unlike(name: str, text: str) -> bool:
    """A place found by another of its names, unlike the words (``SequenceMatcher`` ratio below 0.5);
    "Garissa University College" names Garissa."""
    return all(
        SequenceMatcher(None, normalize(name), normalize(w)).ratio() < 0.5 for w in (text, _INSTITUTION.sub("", text))
    )


def desk_town(text: str) -> list[tuple[Place, str, int, int]]:
    """The dateline's place, unless the report uses it as a reference point ("155 miles north of Kampala")."""
    desk = dateline_place(text)
    for match in re.finditer(re.escape(desk[0][1]) if desk else "(?!)", text, re.IGNORECASE):
        if match.start() > desk[0][3] and _DISTANCE.search(text, 0, match.start()):
            return []
    return desk


DATELINES = re.compile(
    r"^[ \t]*[A-Z][A-Z .'’/-]{2,40}?(?:,\s*[A-Z][\w .'’-]{2,30}?)?(?:\s*\([A-Za-z -]+\))?\s*(?:[-–—:•]|$)"
    r"|^[ \t]*\([A-Z][\w .'’-]{2,30}, [A-Z][a-z]+\.? \d{1,2}, \d{4}\)\s*[-–—]"  # "(Nairobi, August 17, 2023) -"
    r"|^[ \t]*\([A-Z][\w .'’-]{2,30}\)\s*[-–—]"  # "(Bamako) - An ethnic militia ..."
    r"|^[ \t]*[A-Z][a-z]+\.? \d{1,2}, [A-Z][\w .'’-]{2,30}?\s*[-–—]"  # "August 12, Nairobi -"
    # "Yangon (AP) —", "Naypyidaw, September 25:": a desk in title case before the story
    r"|^[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*\((?:AP|AFP|Reuters|UPI|Xinhua|IANS|PTI|ANI)\)\s*[-–—:]"
    r"|^[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+)? — (?=[A-Z])"  # "Addis Abeba — Ethiopian forces killed ..."
    # "Lima, May 25 (EFE).- The death toll ...": a wire's desk and day
    r"|^[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2} \((?:EFE|AP|AFP|Reuters|Xinhua|IANS|PTI|ANI)\)"
    r"\s*\.?\s*[-–—]"
    r"|^[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) \d{1,2}:",
    re.M,
)
# "Death toll in Colombia bombing rises\n\nBOGOTA, Colombia (AP) - ...": a desk opening the first paragraph
_DESK_AFTER_HEADLINE = re.compile(
    r"\n[ \t]*([A-Z][A-Z'’-]{2,20}(?: [A-Z][A-Z'’-]{2,20})?),\s*[A-Z][\w .'’-]{2,30}?\s*\([A-Za-z ]+\)\s*[-–—]"
)
_COUNTY = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) [Cc]ounty\b")
_ROUTE = re.compile(r"([A-Z][\w'’]+)\s*[-–/]\s*[A-Z][\w'’]+ (?:[Hh]ighway|[Rr]oad|[Ee]xpressway)")
_COLON_DATELINE = re.compile(
    r"^[ \t]*([A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)(?P<second>/[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)?)?:[ \t]+(?=[A-Z\d])",
    re.M,
)  # "Aden: At least six soldiers", "New Delhi/Srinagar: A day after ..."
# "Somalia's capital", "the Afghan capital" (not "the Afghan capital, Kabul": the name is read as it stands)
_CAPITAL = re.compile(r"\b(?:([A-Z][a-z]+)(?:'s|’s)|the ([A-Z][a-z]+)) capital\b(?!,? (?:city )?[A-Z])")
_DATELINE = re.compile(
    r"\s*([A-Z][A-Z .'’-]{2,30}?)(?:,\s*[A-Z][A-Za-z .'’-]{2,30}?|\s*/\s*[A-Z][A-Z .'’-]{2,30}?)?\s*(?:[-–—•]|:(?=\s))"
)  # "BAGHDAD -", "NAIROBI, Kenya -", "BAJAUR / KHAR:", "YANGON •"
MONTH_OR_DAY = re.compile(
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# a reference point, not the scene: "120 kilometres (75 miles) north of the capital Niamey"
_DISTANCE = re.compile(
    r"(?:\b|(?<=\d))(?:kilometres|kilometers|km|miles)\)?\s+(?:\([^)]{1,20}\)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+)?"
    r"(?:of|from|to)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+){0,2}(?:state\s+|regional\s+|provincial\s+)?capital,?\s+(?:of\s+)?)?"
    r"(?:city of\s+)?$"
    r"|\b(?:province|district|region|state|county)\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$"
    # "attacked a group of Coptic Christians south of Cairo": where the people were, near the town
    r"|\b(?:Christians|Copts|people|civilians|villagers|pilgrims|worshippers)\s+(?:north|south|east|west)"
    r"(?:-?(?:east|west))?\s+of\s+$"
    # "in a village south of the border town of Kobani": the village's reference point
    r"|\b(?:village|hamlet|camp)\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:town|city)\s+of\s+$"
    r"|\bthis\s+(?:small\s+)?(?:suburb|town|village)\s+(?:of|outside|near)\s+$"  # "in this small suburb of Kyiv"
    r"|\b(?:besieged|rebel-held)\s+enclave\s+(?:near|outside|east of)\s+$",  # "a besieged enclave near Damascus"
    re.IGNORECASE,
)


def _reference_point(text: str, start: int, end: int) -> bool:
    """A town named as a distance's reference point, unless the act told after it happened there ("50
    kilometers from the city of Peshawar where the Taliban murdered 130 students")."""
    # ("11 Kilometre from Kagara town where bandits abducted a number of college students")
    where = re.match(r",?\s+(?:(?:town|city|village)\s+)?where\b", text[end:])
    return bool(_DISTANCE.search(text[max(0, start - 60) : start])) and not where


# "west Kabul" is Kabul, and so is "Beirut Southern" (read from "in Beirut Southern suburb")
_COMPASS_COUNTRY = re.compile(r"^(?:North|South|East|West)(?:ern)?\s+([A-Z][\w ]+)$")
_QUARTER = re.compile(r"^(?:north|south|east|west)(?:ern)?\s+(?=[A-Z])|\s+(?:North|South|East|West)ern$")
_LGA_AFTER = re.compile(r"\s+(?:LGA?|[Ll]ocal [Gg]overnment(?: [Aa]rea)?)\b")
_LGA = re.compile(r"\s+(?:LGA?|Local Government(?: Area)?)$")
# "the Kuki and Meitei communities", "Hmar tribe": a people, not the Japanese town of Kuki
_PEOPLE_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w-]+)?\s+(?:communit(?:y|ies)|tribes?|tribals?|peoples?|clans?)\b")
_TITLES = frozenset("Col Gen Lt Capt Maj Sgt Brig Cpl Rev Dr Mr Mrs Ms St Gov Sen Rep Col. Gen. Lt. Maj.".split())
_BORDER = re.compile(r"(?:['’]s)?\s+border\b", re.I)  # ("immediately east of Bangladesh's border")
# countries that "just signed an agreement": parties to a deal, not a scene
_PARTY_TO_DEAL = re.compile(
    r"(?: and [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)? (?:have |had |has )?(?:just |recently )?"
    r"(?:signed|agreed|reached|struck) (?:an? |the )?(?:[\w-]+ )?(?:agreement|deal|accord|treaty)\b"
)


def _seat_of_power(text: str, start: int, end: int, place: Place) -> bool:
    """A capital named for the government that sits there ("The Kinshasa authorities", "Authorities in Kinshasa")."""
    if not (_AUTHORITIES_AFTER.match(text, end) or _AUTHORITIES_BEFORE.search(text[max(0, start - 30) : start])):
        return False
    capital = gazetteer().capitals.get(place.country or "")
    return place.precision == "town" and bool(capital) and normalize(capital) == normalize(place.name)


_AUTHORITIES_AFTER = re.compile(r"\s+(?:authorities|government|officials|regime)\b", re.I)
_AUTHORITIES_BEFORE = re.compile(r"\b(?:authorities|government|officials|regime) in\s+$", re.I)


def _country_after_town(text: str, match: re.Match[str]) -> bool:
    """ "near Palma, Mozambique": a country or province named after a town, in apposition."""
    if not re.search(r"[A-Z][\w'’-]*,\s+$", text[max(0, match.start() - 30) : match.start()]):
        return False
    return precision_of(match.group(0)) in ("country", "admin1")


# a town that names an act: "the Charsadda court attack", "the Mastung bombing"
_NAMES_AN_ACT = re.compile(
    r" (?:(?:court|school|mosque|church|market|hotel|university|park|airport|shrine|prison|hospital) )?"
    r"(?:attack|bombing|massacre|blast|raid|siege)s?\b"
)


def _plausible_place(text: str, match: re.Match[str]) -> bool:
    """A capitalised word after a locative preposition, or of two words or more, may be a place."""
    before = text[max(0, match.start() - 24) : match.start()].lower()
    sentence_start = (
        match.start() == 0
        or text[match.start() - 2 : match.start()] in (". ", "\n\n")
        or text[match.start() - 1] == "\n"
    )
    heading = text[match.end() : match.end() + 1] == ":"  # "- Mali: a health centre in Gao was looted"
    heading = heading or bool(re.search(r"(?:^|\n)[ \t]*[-•*][ \t]*$", text[max(0, match.start() - 6) : match.start()]))
    return (
        heading
        or bool(re.search(r"\b(?:in|at|near|of|from|outside|around|to|into|across)\s+(?:the\s+)?$", before))
        or bool(re.search(r"\bin\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?ern|central)\s+$", before))
        or bool(re.search(r"\w['’]s\s+$", before))  # "Khyber-Pakhtunkhwa's Bannu district"
        or bool(re.search(r"\bthe\s+$", before) and _NAMES_AN_ACT.match(text, match.end()))  # "the Charsadda attack"
        or (" " in match.group(0) and not sentence_start)
        or bool(_PLACE_WORD_AFTER.match(text, match.end()))  # "a fresh attack on Damboa town", "Damboa central"
    )


# "a fresh attack on Damboa town", "the liberated Bucha in the Kyiv region"
_PLACE_WORD_AFTER = re.compile(
    r"\s+(?:town|village|community|central)\b|,?\s+in\s+the\s+[A-Z][\w'’-]+\s+(?:region|province|oblast)\b"
)


# between a country and an armed group: the country is the group's, not the scene


def scene_countries(places: list, actors, source: str, adjectives: list) -> set[str]:
    """The countries a report names: by a place or an adjective, leaving out those that only say whose forces fought
    ("Eritrean troops", "soldiers from Eritrea") where it names another ("in the Ethiopian city of Axum")."""
    forces = [(m.start, m.end) for m in actors if m.actor.kind == "state"]
    named = {(p[0].country, any(s <= p[2] < e for s, e in forces)) for p in places if p[0].precision in _WIDE}
    told = {  # (not "contraband petroleum products from Nigeria": where goods came from)
        p[0].country
        for p in places
        if p[0].precision in _WIDE and not any(s <= p[2] < e for s, e in forces) and not _FROM.search(source, 0, p[2])
    }
    if forces and told:
        unforced = source
        for start, end in forces:  # the forces' names blanked out (the same length, so offsets still hold)
            unforced = unforced[:start] + " " * (end - start) + unforced[end:]
        return told | set(demonym_countries(unforced))
    return {c for c, _ in named if c} | set(adjectives)


_WIDE = ("country", "admin1", "region")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$")
