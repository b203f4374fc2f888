"""Lessons from real anniversary reports of the Srebrenica massacre (July 1995): the Bosnian Serb forces (the Army of
Republika Srpska) are an actor of the table, and "Serb forces" are theirs in a report on Bosnia; "the Srebrenica
massacre" names the town the massacre is named after, a town the gazetteer lacks; "Bosnia" is Bosnia and Herzegovina.
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import child_roles, country, incident_summary, only_incident


def test_a_massacre_named_after_its_town_by_its_doers():
    text = (
        "Bosnian Serb forces killed more than 8,000 Muslim men and boys in the Srebrenica massacre in Bosnia in July "
        "1995."
    )
    incident = only_incident(text, date(2019, 7, 11))
    assert incident_summary(incident) == (
        "killing",
        "Srebrenica",
        "1995-07-01",
        "month",
        8000,
        ["bosnian-serb-forces"],
    )
    assert (country(incident), child_roles(incident)) == ("BA", ["victim"])


def test_men_and_boys_taken_away_and_killed_were_executed():
    text = (
        "When the Serbs came to Srebrenica, Dutch forces let the Bosnian Serb Army take the men and boys away, never "
        "to be seen again. 8,000 Bosnian Muslim men and boys were killed there on July 11, 1995."
    )
    incident = only_incident(text, date(2010, 7, 12))
    assert incident_summary(incident)[0] == "execution"
    assert (incident_summary(incident)[4], country(incident)) == (8000, "BA")
