"""Lessons from real reports of Lakurawa raids in Sokoto and Kebbi states (2025): a source named after its role
("According to counter-terrorism and security expert, Zagazola Makama, ...", "Garzali Raccah, an aide to the Local
Government Chairman on security matters, confirmed the incident") is that person. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident, source


def test_an_expert_named_after_according_to_is_the_source():
    text = (
        "According to security analyst, Bala Isah, Lakurawa fighters killed nine vigilantes in Dan Kade village, Kebbi "
        "State, on Sunday night."
    )
    incident = only_incident(text, date(2025, 10, 6))
    assert incident_summary(incident) == ("armed_clash", "Dan Kade", "2025-10-05", "day", 9, ["lakurawa"])
    assert source(incident) == "Bala Isah"


def test_an_aide_who_confirmed_the_incident_is_the_source():
    text = (
        "Two people were killed by suspected Lakurawa terrorists during an attack on Sanyinna village in Sokoto State "
        "on Thursday.\nGarzali Raccah, an aide to the Local Government Chairman on security matters, confirmed the "
        "incident and said the assailants stormed the village around 1:30 a.m., opening fire on residents."
    )
    assert source(only_incident(text, date(2025, 9, 20))) == "Garzali Raccah"
