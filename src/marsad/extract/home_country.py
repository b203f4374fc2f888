"""The country a report is about where it names no country but names the forces or groups of one ("SPLA soldiers"),
used to choose between towns that share a name."""

from __future__ import annotations

from functools import lru_cache

from marsad.extract.places import Place, demonym_countries, gazetteer, normalize


def at_home(place: Place | None, name: str, text: str) -> Place | None:
    """A town of the country whose own forces or groups the report names, where the gazetteer knows one of that name
    ("Yei" in a report on "SPLA soldiers" is South Sudan's, not Turkey's Bursa, which "Yei" is also a name of)."""
    if place is None or place.precision != "town" or normalize(place.name) == normalize(name):
        return place  # (a town named by its own name stays: "Donetsk" in a report on Russian forces)
    if (home := _home_of_actors(text)) in (None, place.country):
        return place
    there = gazetteer().resolve(name, home)
    return there if there is not None and there.country == home else place


@lru_cache(maxsize=64)
def _home_of_actors(text: str) -> str | None:
    """The one country of the state forces and armed groups a text names, when it names no country itself."""
    from marsad.extract.actors import actor_table

    if demonym_countries(text):
        return None
    homes = {m.actor.country for m in actor_table().find(text, None, frozenset()) if m.actor.country}
    return next(iter(homes)) if len(homes) == 1 else None
