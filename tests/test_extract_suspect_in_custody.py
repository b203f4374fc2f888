"""Lessons from real reports of the racist mass shooting at a Walmart in El Paso, Texas (3 August 2019): a suspect "in
custody" is the attacker arrested, not captives, so the shooting is no execution; "El Paso Police Chief Greg Allen" is
Greg Allen. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident, source


def test_a_suspect_in_custody_makes_no_execution():
    text = (
        "A lone suspect is in custody after a gunman killed 20 people at a Walmart in El Paso, Texas, on Saturday, El "
        "Paso Police Chief Greg Allen said."
    )
    incident = only_incident(text, date(2019, 8, 3))
    assert incident_summary(incident) == ("killing", "El Paso", "2019-08-03", "day", 20, [])
    assert source(incident) == "Greg Allen"


def test_hostages_in_custody_are_still_captives():
    text = "Gunmen holding hostages in their custody in Bamako, Mali, on Friday shot dead 20 of them, police said."
    incident = only_incident(text, date(2019, 8, 3))
    assert incident_summary(incident)[0] == "execution"


def test_a_suspect_detained_is_no_fighter_killed():
    text = (
        "A suspect with ties to Collin County, 21-year-old Patrick Crusius, was detained after the massacre, officials "
        "said. At least 20 people were shot and killed on Saturday when a gunman opened fire in a Walmart in El Paso, "
        "Texas."
    )
    incident = only_incident(text, date(2019, 8, 3))
    assert incident_summary(incident) == ("killing", "El Paso", "2019-08-03", "day", 20, [])
