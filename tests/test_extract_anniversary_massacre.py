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
