"""Lessons from real reports of the Islamic State's executions in Hawija of people caught fleeing: "former Kirkuk
police officers" names where the officers served, not where they were killed ("the extremist-held city of Hawija").
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, incident_summary, only_incident


def test_the_town_police_officers_served_in_is_not_the_scene():
    text = (
        "Six former Kirkuk police officers executed by ISIS in Hawija\n\nISIS has executed six former Kirkuk "
        "police officers who were caught trying to escape the extremist-held city of Hawija, a police official "
        "said on Tuesday."
    )
    incident = only_incident(text, date(2015, 8, 5))
    assert (*incident_summary(incident), country(incident)) == (
        "execution",
        "Hawija",
        None,
        "unknown",
        6,
        ["isis"],
        "IQ",
    )
