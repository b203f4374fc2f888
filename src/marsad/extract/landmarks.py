"""Where acts told beside a landmark or a road happened. Earlier acts at the report's own site: "the Shah Cheragh
mausoleum in Shiraz" is where today's shooting happened, so "In October, 13 people were killed in an attack on Shah
Cheragh" and "an armed attack targeting the shrine itself" happened in Shiraz too, though their sentences name no
town."""

from __future__ import annotations

import re

from marsad.extract.anchors import NAMED_TARGET
from marsad.extract.context import named_small_place
from marsad.extract.places import gazetteer
from marsad.extract.records import Incident
from marsad.extract.scenes import a_town

_SITES = r"shrine|mausoleum|mosque|church|cathedral|temple|synagogue|hotel|mall|market|school|university|hospital"


def acts_at_the_named_site(incidents: list[Incident], text: str) -> None:
    """Place at the report's town an act placed at no town whose own sentences name the site the report puts in that
    town ("Shah Cheragh mausoleum in Shiraz"), by its name or as "the shrine itself" / "the same shrine"."""
    towns = [i for i in incidents if a_town(i.location)]
    for incident in incidents:
        if a_town(incident.location):
            continue  # (not "the village of Nanjaba in Muidumbe district": a village of its own)
        told = " ".join(text[s:e] for s, e in incident.sources[0].spans)
        town = next((t for t in towns if t is not incident and _site_named(told, _sites_in(text, t))), None)
        if town is not None and town.location["country"] in (incident.location["country"], None):
            incident.location = dict(town.location)
            incident.sources[0].evidence["location"] = town.sources[0].evidence.get("location")


def _sites_in(text: str, town: Incident) -> list[tuple[str, str]]:
    """The sites the report puts in ``town``: ("Shah Cheragh", "mausoleum") from "Shah Cheragh mausoleum in Shiraz",
    ("Shah Chirag", "shrine") from "the shrine of Shah Chirag in Shiraz"."""
    pattern = re.compile(
        rf"(?:\b(?P<noun>{_SITES}) of )?(?P<name>(?:[A-Z][\w'’-]+ ){{0,3}}[A-Z][\w'’-]+)"
        rf"(?: (?P<noun2>{_SITES}))?,? in (?:the (?:\w+ )?(?:city|town) of )?{re.escape(town.location['name'])}\b",
    )
    found = []
    for match in pattern.finditer(text):
        name = match.group("name")
        if gazetteer().resolve(name) is None and len(name) >= 5:
            found.append((name, (match.group("noun") or match.group("noun2") or "").lower()))
    return found


def _site_named(told: str, sites: list[tuple[str, str]]) -> bool:
    """Whether ``told`` names one of ``sites``, by a name ("Shah Cherag" for "Shah Cheragh") or as the same site."""
    for name, noun in sites:
        if name[:-1] in told:
            return True
        if noun and re.search(rf"\bthe (?:same |holy )?{noun}(?: itself)?\b", told, re.I):
            return True
    return False


def at_landmark_years_before(date, published, told: str) -> bool:
    """An earlier act told by its year alone at a landmark it names ("In 2017 the Islamic State carried out twin
    bombings that targeted Iran's Parliament"): there, not at the town the report's title names."""
    year_before = date.precision == "year" and bool(published) and date.start[:4] < str(published.year)
    return year_before and bool(NAMED_TARGET.search(told))


_ON_ROUTE = re.compile(r"\b[A-Z][\w'’-]+ ?[-/–] ?[A-Z][\w'’-]+ (?:[Hh]ighway|[Rr]oad|[Ee]xpressway)\b")


def village_on_route(told: str, text: str, places: list) -> dict | None:
    """The village on a road where an act told on a route happened: the one its own sentences name ("in Lethpora area
    ... on the Srinagar-Jammu Highway"), else the first the report names; ``None`` when no route is told."""
    if not _ON_ROUTE.search(told):
        return None
    return named_small_place(told, places) or named_small_place(text, places)


_NEARBY = re.compile(r"\b(?:a|the) nearby (?:[\w-]+ ){0,3}(?:camp|village|community|settlement|hamlet)\b", re.I)


def acts_nearby_at_scene(incidents: list[Incident], text: str) -> None:
    """An act placed at no town that the report tells at "a nearby camp" or "a nearby ethnic Fulani community",
    right after an act at a town ("Yirgou villagers ... attacked a nearby camp of Fulani nomadic herders"), happened
    at that town."""
    placed = sorted((i for i in incidents if i.sources[0].spans), key=lambda i: i.sources[0].spans[0][0])
    for before, incident in zip(placed, placed[1:], strict=False):
        if a_town(incident.location) or not a_town(before.location):
            continue
        start = max(e for _, e in before.sources[0].spans)
        first = incident.sources[0].spans[0]
        if incident.location["country"] in (before.location["country"], None) and _NEARBY.search(
            text, min(start, first[0]), first[1]
        ):
            incident.location = dict(before.location)
            incident.sources[0].evidence["location"] = before.sources[0].evidence.get("location")
