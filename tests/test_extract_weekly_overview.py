"""Lessons from real weekly and three-weekly regional overviews of a conflict-data project, each telling many acts
in a few sentences ("In the deadliest event recorded last week, JNIM militants detonated an explosive device",
"(RFI, 20 September 2022)", "clashed with JNIM in the Bankass and Mopti circles", "killed over a dozen civilians
during an attack in Bandiagara circle"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary


def test_the_deadliest_event_recorded_last_week_is_one_act_and_a_cited_source_s_day_is_not_its_day():
    text = (
        "In the deadliest event recorded last week, JNIM militants detonated an explosive device, reportedly killing"
        " 14 civilians near Kaya in the Center-North region (Radio Omega, 30 September 2022)."
    )
    incidents, claims = analyse_text(text, date(2022, 10, 6))
    assert [incident_summary(i)[:5] for i in incidents] == [("bombing", "Kaya", "2022-09-26", "week", 14)]
    assert claims == []


def test_a_clash_and_a_killing_at_towns_of_their_own_are_two_acts():
    text = (
        "In Mali, FAMa and the Wagner Group clashed with JNIM in the Bankass and Mopti circles last week. Moreover, the"
        " Wagner Group and FAMa reportedly killed 11 civilians during an attack in Bandiagara circle last week."
    )
    incidents, _ = analyse_text(text, date(2022, 10, 6))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("armed_clash", "Bankass", "2022-09-26", "week", None),
        ("killing", "Bandiagara", "2022-09-26", "week", 11),
    ]


def test_people_killed_at_a_camp_for_the_displaced_beside_a_battle_are_a_killing_of_their_own():
    text = (
        "In one of the region's deadliest attacks, 60 militants and five soldiers were reportedly killed during an"
        " assault by ISGS militants on a military base in Djibo town. As militants retreated, they attacked an IDP"
        " camp, reportedly killing 21 people, mostly women."
    )
    incidents, _ = analyse_text(text, date(2020, 1, 11))
    assert sorted(incident_summary(i)[:5] for i in incidents) == [
        ("armed_clash", "Djibo", None, "unknown", 65),
        ("killing", "Djibo", None, "unknown", 21),
    ]


def test_last_week_is_the_week_an_overview_s_title_names_and_a_continent_is_no_village():
    text = (
        "Regional Overview: Africa (8-14 October 2022)\n\nLast week in Africa, JNIM militants killed 9 civilians in"
        " Djibo."
    )
    incidents, _ = analyse_text(text, date(2022, 10, 20))
    assert [incident_summary(i)[:5] for i in incidents] == [("killing", "Djibo", "2022-10-08", "week", 9)]


def test_state_forces_named_with_a_group_as_one_subject_are_doers_beside_it():
    text = "The Wagner Group and FAMa reportedly killed 11 civilians during an attack in Bandiagara circle last week."
    incidents, _ = analyse_text(text, date(2022, 10, 6))
    assert [sorted(p.id for p in i.perpetrators) for i in incidents] == [["mali-military", "wagner"]]
