"""Lessons from real reports of the Russian missile strike on the railway station in Kramatorsk, Ukraine (8 April
2022), where thousands waited to be evacuated: Russia's armed forces are an actor of the table ("Russian missiles",
"Russian occupiers", "A Russian Federation long-range missile"), and the Federation named before its weapon is no scene;
"Ukraine's Donetsk Oblast Governor Pavlo Kyrylenko" is Pavlo Kyrylenko; "Thousands of people were at the station during
the missile strike" are those there, not the dead; a missile that "slammed into" a station is a bombing; "Initial
reports stated that at least 30 civilians had been killed" is a replaced toll; "said that the number had risen to 50,
and that five children were killed" gives the toll and children among the dead; "the railway company said" names a
source. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import child_roles, country, incident_summary, only_incident, source

_DAY = date(2022, 4, 8)


def test_russian_missiles_and_a_governor_by_name():
    text = (
        "At least 39 people were killed on Friday when two Russian missiles struck a railway station in Kramatorsk in "
        "eastern Ukraine, Ukraine's Donetsk Oblast Governor Pavlo Kyrylenko said."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("bombing", "Kramatorsk", "2022-04-08", "day", 39, ["russia-military"])
    assert source(incident) == "Pavlo Kyrylenko"


def test_the_thousands_at_the_station_are_no_victims():
    text = (
        "The Russian occupiers fired rockets at the Kramatorsk railway station in Ukraine on Friday, killing 30 "
        "people, the railway company said.\nThousands of people were at the station during the missile strike, as "
        "residents are being evacuated to safer regions."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("bombing", "Kramatorsk", "2022-04-08", "day", 30, ["russia-military"])
    assert source(incident) == "railway company"


def test_a_risen_toll_with_children_and_a_replaced_first_toll():
    text = (
        "A Russian Federation long-range missile slammed into the railway station of Kramatorsk, Ukraine, on Friday, "
        "killing at least 50 people.\nInitial reports stated that at least 30 civilians had been killed. Later the "
        "governor said that the number had risen to 50, and that five children were killed."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("bombing", "Kramatorsk", "2022-04-08", "day", 50, ["russia-military"])
    assert (country(incident), child_roles(incident)) == ("UA", ["victim"])
