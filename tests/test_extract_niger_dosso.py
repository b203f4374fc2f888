"""Lessons from real reports of attacks in Niger's Dosso region (2024 and 2025): Niger's armed forces join the actor
table and "SDF" names the Syrian group only in Syria; "Since July 2023, when the army staged a coup" opens a running
figure; two military operations told one after the other ("The second operation took place on September 19") are two
battles, and the toll of both is neither's; terrorists "eliminated" or a patrol "attacked" tell a battle; "the city of
Diffa was also attacked" is another act; soldiers "stationed there" are not the dead, and those "Out of the 130
soldiers" killed are soldiers; an attack "driven off by police" is a battle. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, incident_summary, only_incident, source


def test_a_running_figure_since_a_coup():
    text = (
        "Since July 2023, when the army seized power, at least 1,900 people have been killed in Niger, according to a "
        "tally by Acled."
    )
    assert acts_and_figures(text, date(2025, 3, 11)) == ([], [("killing", 1900, "at_least")])


def test_two_operations_told_in_turn_are_two_battles_without_their_combined_toll():
    text = (
        "At least 20 terrorists were neutralized by the Nigerien army during two military operations in the Dosso and "
        "Tillaberi regions. The first operation took place on March 3 near the town of Dosso, when about 40 armed "
        "terrorists on motorcycles attacked a Nigerien army patrol. Four soldiers were killed in the clash. The second "
        "operation took place on March 5. Nigerien army aircraft eliminated a group of terrorists in the town of "
        "Ouallam, killing 16 of them."
    )
    incidents, _ = analyse_text(text, date(2025, 3, 8))
    assert sorted(incident_summary(i) for i in incidents) == [
        ("armed_clash", "Dosso", "2025-03-03", "day", 4, ["niger-military"]),
        ("armed_clash", "Ouallam", "2025-03-05", "day", 16, ["niger-military"]),
    ]


def test_a_city_also_attacked_is_another_act_and_an_attack_driven_off_is_a_battle():
    text = (
        "Suspected jihadists killed eight soldiers near the village of Bani Kossey in the Dosso region on Sunday, "
        "state radio said. The southeastern city of Diffa was also attacked overnight Sunday by Boko Haram fighters, "
        "who were driven off by police, the regional governor said."
    )
    acts, _ = acts_and_figures(text, date(2025, 4, 15))
    assert acts == [
        ("armed_clash", "Bani Kossey", "2025-04-13", "day", 8),
        ("armed_clash", "Diffa", "2025-04-13", "day", None),
    ]


def test_soldiers_stationed_there_are_not_the_dead_and_those_killed_out_of_them_are_soldiers():
    text = (
        "A post of the Nigerien army in Torodi was subjected to a violent assault on Tuesday by JNIM fighters. Out of "
        "the 60 soldiers stationed there, 11 were killed, the defence ministry said."
    )
    incident = only_incident(text, date(2024, 10, 3))
    assert incident_summary(incident)[:5] == ("armed_clash", "Torodi", "2024-10-01", "day", 11)
    assert sorted(p.id for p in incident.perpetrators) == ["jnim", "niger-military"]
    assert source(incident) == "defence ministry"


def test_sdf_outside_syria_is_not_the_syrian_democratic_forces():
    text = (
        "Three coordinated attacks targeted the Defense and Security Forces (SDF) in Niger on Sunday, killing 32 "
        "soldiers in the Tillaberi region."
    )
    incident = only_incident(text, date(2024, 9, 16))
    assert "sdf" not in [p.id for p in incident.perpetrators]
