"""Lessons from real reports of the Russian airstrike on the drama theatre in Mariupol, Ukraine (16 March 2022), where
about a thousand people sheltered: "the bomb from the Russian aircraft hit the city theater" is a bombing, "a Russian
airstrike" names Russia's forces, and "Mariupol city council states that" names its source; people who "had sought
refuge" or whom a theatre was "sheltering" are those there, not the dead, and children among them ("a haven for about
a thousand people, including children") are no child victims; "An estimated 300,000 residents are trapped inside the
city" counts a siege's people; Russia's forces strike abroad, so a report that names no town is not set in Russia, and
"They accused Russia of" names no scene; "Government and Russian air strikes" name both states' forces. Texts of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, country, doers, incident_summary, only_incident, source

_DAY = date(2022, 3, 25)


def test_a_bomb_from_an_aircraft_and_a_council_that_states():
    text = (
        "Mariupol city council states that about 300 people were killed when the bomb from the Russian aircraft hit "
        "the city's drama theater in Ukraine."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("bombing", "Mariupol", None, "unknown", 300, ["russia-military"])
    assert source(incident) == "Mariupol city council"


def test_people_who_sought_refuge_are_no_toll():
    text = (
        "Russian forces dropped a bomb on Wednesday on a theatre in the city of Mariupol, Ukraine, where between 1,000 "
        "and 1,200 people had sought refuge."
    )
    incident = only_incident(text, date(2022, 3, 17))
    assert incident_summary(incident) == ("bombing", "Mariupol", "2022-03-16", "day", None, ["russia-military"])


def test_children_sheltering_are_no_child_victims():
    text = (
        "The occupiers dropped a bomb on the Drama Theater in Mariupol, Ukraine, on March 16, killing about 300 city "
        "residents, Russian forces being blamed.\nIt had become a haven for about a thousand people, including "
        "children and the sick."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("bombing", "Mariupol", "2022-03-16", "day", 300, ["russia-military"])
    assert child_roles(incident) == []


def test_residents_trapped_in_a_city_are_a_sieges_people():
    text = (
        "Russian troops have besieged Mariupol, Ukraine. An estimated 300,000 residents are trapped inside the city, "
        "as Russian troops have not allowed the delivery of humanitarian aid."
    )
    incidents, _ = analyse_text(text, date(2022, 3, 17))
    sieges = [i.as_json() for i in incidents if i.type == "denial_of_humanitarian_access"]
    assert [s["victims"]["count"]["best"] for s in sieges] == [300000]


def test_an_airstrike_abroad_is_not_set_in_the_striking_country():
    text = (
        "Officials in Ukraine said that around 300 people were killed in a Russian airstrike that targeted a theater "
        "where people were sheltering. They accused Russia of committing a terrorist act."
    )
    incident = only_incident(text, _DAY)
    assert doers(incident) == ("russia-military",)
    assert country(incident) != "RU"


def test_government_and_russian_air_strikes_name_both():
    text = "Government and Russian air strikes on the town of Ariha in Syria killed at least 10 civilians on Wednesday."
    incident = only_incident(text, date(2020, 1, 16))
    assert sorted(doers(incident)) == ["russia-military", "syria-government"]


def test_a_figure_by_syrian_and_russian_air_strikes_names_both():
    text = (
        "Since the start of the offensive in December, 1,700 civilians have been killed in Idlib, Syria, most of them "
        "by Syrian and Russian air strikes, the UN said."
    )
    _, claims = analyse_text(text, date(2020, 2, 20))
    assert [sorted(p.id for p in c.perpetrators) for c in claims] == [["russia-military", "syria-government"]]
