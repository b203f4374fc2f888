"""Lessons from real reports of the first deadly jihadist attacks in Togo in 2022 (the outpost at Kpinkankandi
ambushed on 11 May, villages of Kpendjal raided in July, seven teenagers killed by an army aircraft that mistook
them for jihadists: "a jihadist insurgency is spilling over the border from Burkina Faso", "snaking into the country
from neighbouring Burkina Faso", "under a state of emergency since last June", "reported the attack between Thursday
night and Friday in Kpendjal", "attacked by an army aircraft on night patrol"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, child_roles, country, doers


def test_teenagers_killed_in_a_region_under_emergency_since_june_are_one_act_in_its_own_country():
    text = (
        "Seven teenagers have been killed in a blast at Dapaong, Togo, which has been under a state of emergency since"
        " last June. The army said armed gangs were snaking into the country from neighbouring Burkina Faso."
    )
    acts, figures = acts_and_figures(text, date(2022, 7, 18), country, child_roles)
    assert acts == [("bombing", "Dapaong", None, "unknown", 7, "TG", ["victim"])] and figures == []


def test_an_attack_reported_between_two_days_at_a_town_gives_the_act_its_day_and_place():
    text = (
        "Togo's army said 12 people were killed when gunmen attacked villages in the far north. The government had"
        " already reported the attack between Thursday night and Friday in Dapaong."
    )
    assert acts_and_figures(text, date(2022, 7, 17)) == ([("killing", "Dapaong", "2022-07-14", "day", 12)], [])


def test_people_killed_when_attacked_by_an_army_aircraft_died_in_an_air_strike():
    text = (
        "The army in Togo regretted killing seven teenagers on Saturday night who it mistook for jihadists. The army"
        " chief said the group had been killed when they were attacked by an army aircraft on night patrol."
    )
    acts, _ = acts_and_figures(text, date(2022, 7, 15), child_roles)
    assert acts == [("bombing", "Togo", "2022-07-09", "day", 7, ["victim"])]


def test_the_attacked_checkpoint_a_car_bomb_targeted_is_its_target_not_a_battle():
    text = (
        "At least two people were killed after a car bomb targeted a security checkpoint in Beledweyne, Somalia, on"
        " Saturday, residents say. The attacked security checkpoint is situated at a former factory building."
    )
    assert acts_and_figures(text, date(2023, 9, 23)) == ([("bombing", "Beledweyne", "2023-09-23", "day", 2)], [])


def test_a_group_suspicion_has_fallen_on_is_the_doer_blamed():
    text = (
        "At least six Togolese soldiers were killed in an assault on a military base at Dapaong in the north of Togo"
        " on Wednesday. No group has claimed responsibility for the raid, but suspicion has fallen on JNIM."
    )
    [incident], _ = analyse_text(text, date(2022, 5, 13))
    assert (incident.type, doers(incident)) == ("armed_clash", ("jnim",))
