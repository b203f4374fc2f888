"""Lessons from real reports of the West Papua National Liberation Army's kidnapping of a New Zealand pilot in
Nduga, Indonesia, in February 2023 and its attack on the troops sent to find him in April: the group in the alias
table (not Colombia's ELN by the end of its name); "a kidnapped New Zealand pilot" names the hostage's country, not the
scene; "would be executed if the army attempted a rescue" is a threat; "married with a young son" recruits no child.
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary

NDUGA = (
    "Fighters of the West Papua National Liberation Army attacked an army post in the province of Nduga, Indonesia, on"
    " Saturday, killing six soldiers, the military said. The troops were searching for a kidnapped New Zealand pilot,"
    " whom the rebels have warned would be executed if the army attempted a rescue. The pilot, who is married with a"
    " young son, was kidnapped after landing in Nduga in February."
)


def test_a_separatist_attack_on_troops_hunting_for_their_hostage():
    incidents, claims = analyse_text(NDUGA, date(2023, 4, 17))
    assert [incident_summary(i) for i in incidents] == [
        ("armed_clash", "Nduga", "2023-04-15", "day", 6, ["tpnpb"]),
        ("abduction", "Nduga", "2023-02-01", "month", 1, ["tpnpb"]),
    ]
    assert {country(i) for i in incidents} == {"ID"}
    assert claims == []


def test_colombias_national_liberation_army_is_still_the_eln():
    text = "National Liberation Army rebels killed two soldiers in Arauca, Colombia, on Monday, the army said."
    [incident], _ = analyse_text(text, date(2023, 4, 18))
    assert incident_summary(incident)[5] == ["eln"]
