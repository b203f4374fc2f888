"""Lessons from real reports of RED-Tabara's attacks in Burundi (2020 to 2024): RED-Tabara is an armed group of the
table; "the locality of Vugizo" names the village; "On Sunday, the group claimed responsibility for an attack that
killed ... on Friday night" dates the attack to the Friday, not the claim's day. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import country, incident_summary, only_incident


def test_the_day_a_group_claimed_an_attack_is_not_the_attacks():
    text = (
        "On Monday, the RED-Tabara rebel group claimed responsibility for an attack that killed eleven people on "
        "Saturday night in the locality of Kinama in Burundi, near the border with Congo, the government said."
    )
    incident = only_incident(text, date(2024, 1, 9))
    assert incident_summary(incident) == ("killing", "Kinama", "2024-01-06", "day", 11, ["red-tabara"])
    assert country(incident) == "BI"
