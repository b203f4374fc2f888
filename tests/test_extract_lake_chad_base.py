"""Lessons from real reports of Boko Haram's assault on the Chadian army at Bohoma (Boma) on Lake Chad (a village
that shares its name with a town abroad, "left 98 Chadian soldiers dead", "about hundred people dead", a group's name
run together, and a region of several countries named with one country's soldiers), each pinned by a text of our
own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary, only_incident


def test_a_village_named_like_a_town_abroad_is_the_report_s_country():
    text = (
        "Boko Haram fighters overran an army post in Boma on Monday, leaving 47 Chadian soldiers dead, the army said."
        " Nigeria and Niger have also suffered such raids. The group's insurgency has killed more than 35,000"
        " people in northeastern Nigeria since 2009, according to the UN."
    )
    [(incidents, claims)] = analyse_many_texts([text], date(2021, 5, 12))
    [incident] = incidents
    assert incident_summary(incident) == ("armed_clash", "Boma", "2021-05-10", "day", 47, ["boko-haram"])
    assert incident.location["country"] == "TD"  # not the Congolese city of Boma
    assert [(c.count.low, c.attributed_to) for c in claims] == [(35000, "UN")]


def test_about_hundred_dead_near_a_lake_of_four_countries_in_a_chadian_battle():
    text = (
        "The fighting between Chadian troops and BokoHaram insurgents near Lake Chad has left about hundred people"
        " dead, military sources said on Tuesday."
    )
    incident = only_incident(text, date(2021, 5, 11))
    assert incident_summary(incident)[::4] == ("armed_clash", 100)
    assert [p.id for p in incident.perpetrators] == ["boko-haram"]
    assert incident.location["country"] == "TD"
