"""Lessons from real reports of the Islamic State's Mozambican branch raiding across the Ruvuma into Tanzania
(2020 and 2021): the country militants came "from" ("some 300 militants from Mozambique attacked Kitaya village") is
not the scene's, so a village the gazetteer lacks is placed in the country the report names for it. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, incident_summary, only_incident


def test_the_country_militants_came_from_is_not_the_country_of_the_village_they_attacked():
    text = (
        "Some 200 militants from Mozambique attacked the village of Mnima in Tanzania on Wednesday, killing three "
        "people, police said. The attackers have since retreated to Mozambique."
    )
    incident = only_incident(text, date(2020, 11, 13))
    assert incident_summary(incident) == ("killing", "Mnima", "2020-11-11", "day", 3, [])
    assert country(incident) == "TZ"
