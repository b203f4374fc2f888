"""Lessons from real reports of the war in Ethiopia's Amhara region (2023 to 2026): Fano is an armed group of the
table, and "government forces" in a report on Ethiopia are its army; Amhara and its zones are places of Ethiopia, a zone
more precise than the region; a group a drone strike "targeted", or whose "presence" residents deny, or that the
government tried to "disarm", is no doer, nor are the two sides of a war named beside an attack; a strike "murdered" or
that "resulted in the deaths" of people is a bombing; "two more died in hospital" is no attack on a hospital; a
region's population is no figure; "the attack on 3 March in Sekota" places the act told; a health post names its
village; militants who "detained 40 officials ... before executing some of them" took them apart from the execution; a
resident "speaking on condition of anonymity" is no victim. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, country, incident_summary, only_incident, source


def test_fano_militants_are_doers_in_a_west_gojjam_town_and_the_desk_is_no_scene():
    text = (
        "Addis Abeba — Fano militants shot dead five local officials in Dembecha, West Gojjam Zone, on Tuesday, a "
        "resident told reporters."
    )
    incident = only_incident(text, date(2026, 3, 11))
    assert incident_summary(incident) == ("killing", "Dembech’a", "2026-03-10", "day", 5, ["fano"])


def test_a_group_the_strike_targeted_or_said_absent_is_no_doer():
    text = (
        "A drone strike killed 12 people at a market in Kobo on Sunday, residents said. Local officials claimed the "
        "strike targeted armed Fano militants, but residents denied the presence of any Fano fighters."
    )
    incident = only_incident(text, date(2026, 3, 9))
    assert incident_summary(incident) == ("bombing", "Kobo", "2026-03-08", "day", 12, [])


def test_fighters_killed_by_their_own_side_from_the_air_in_a_zone_with_no_population_figure():
    text = (
        "Ethiopian forces killed about 30 militiamen on their own side in a drone strike in Wag Hemra on 3 March, an "
        "official said. Amhara, Ethiopia's second most populous region with about 23 million residents, has been "
        "gripped by an insurgency since 2023. The official said 28 were killed instantly and two more died in hospital."
    )
    incidents, claims = analyse_text(text, date(2026, 3, 6))
    assert [incident_summary(i) for i in incidents] == [
        ("armed_clash", "Wag Hemra", "2026-03-03", "day", 30, ["ethiopia-forces"])
    ]
    assert claims == []


def test_the_attack_on_a_day_in_a_town_places_the_strike_and_a_nurse_is_a_source():
    text = (
        "A drone strike killed nine civilians in the Amhara region on 3 March, a nurse said. The attack on 3 March in "
        "Sekota hit a crowded bus station."
    )
    incident = only_incident(text, date(2026, 3, 5))
    assert incident_summary(incident) == ("bombing", "Sek’ot’a", "2026-03-03", "day", 9, [])
    assert source(incident) == "a nurse"


def test_a_health_post_names_its_village_in_an_amhara_zone():
    text = (
        "On 5 April, a drone strike hit the Arbit health post in North Wollo Zone, killing three patients, according "
        "to health workers."
    )
    incident = only_incident(text, date(2026, 4, 8))
    assert incident_summary(incident) == ("attack_on_school_or_hospital", "Arbit", "2026-04-05", "day", 3, [])
    assert (country(incident), source(incident)) == ("ET", "health workers")


def test_officials_detained_months_before_some_were_executed_are_an_abduction_of_their_own():
    text = (
        "Fano militants executed 14 kebele officials in Merawi on Monday, residents said. One resident, speaking on "
        "condition of anonymity, said the militants detained 40 officials in December before executing some of them."
    )
    incidents, _ = analyse_text(text, date(2026, 2, 12))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Mer’āwī", "2025-12-01", "month", 40, ["fano"]),
        ("execution", "Mer’āwī", "2026-02-09", "day", 14, ["fano"]),
    ]


def test_killings_and_abductions_of_one_attack_share_its_day_and_scene():
    text = (
        "Seven people were killed and four others were abducted in an attack blamed on Fano militants. According to "
        "residents, the attack took place on Sunday, May 3, in Dengel Kebele, Central Gondar Zone."
    )
    incidents, _ = analyse_text(text, date(2026, 5, 6))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("abduction", "Dengel", "2026-05-03", "day", 4, ["fano"]),
        ("killing", "Dengel", "2026-05-03", "day", 7, ["fano"]),
    ]
    assert {country(i) for i in incidents} == {"ET"}
