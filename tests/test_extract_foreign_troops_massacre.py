"""Lessons from real reports of the massacre by Eritrean troops in Axum, in Ethiopia's Tigray region, in November 2020:
the Eritrean and Ethiopian forces and the TPLF are actors of the table, foreign troops named by their country ("Eritrean
troops", "soldiers from Eritrea") do not name the country of the scene where the report names another, "Amnesty said"
after "Amnesty International said" is Amnesty International, and "A new Amnesty International report says" names the
organisation. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, incident_summary, only_incident


def test_foreign_troops_are_doers_and_the_town_keeps_its_own_country():
    text = (
        "Amnesty International said on Friday that Eritrean troops killed 80 civilians in the town of Adigrat in"
        " Ethiopia's Tigray region on 12 January. Amnesty said the soldiers went from house to house."
    )
    incident = only_incident(text, date(2021, 3, 5))
    assert incident_summary(incident) == ("killing", "Ādīgrat", "2021-01-12", "day", 80, ["eritrea-forces"])
    assert country(incident) == "ET"
    assert incident.sources[0].attributed_to == "Amnesty International"


def test_a_new_report_names_its_author_and_soldiers_from_a_country_do_not_place_the_village():
    text = (
        "A new Amnesty International report says soldiers from Eritrea killed at least 30 people in Shire, in northern"
        " Ethiopia, in early February."
    )
    incident = only_incident(text, date(2021, 3, 6))
    assert incident_summary(incident)[:5] == ("killing", "Shire", "2021-02-01", "month", 30)
    assert country(incident) == "ET"
    assert incident.sources[0].attributed_to == "Amnesty International"
