"""Lessons from real reports of the ambushes on convoys bound for Parachinar in Pakistan's Kurram district (a
passenger convoy on 21 November 2024, a supply convoy at Bagan on 16 January 2025 and its drivers found dead, another
convoy in February 2025): "helped transport the victims to the nearby Mandori hospital", "with their hands bound and
signs of torture", "found dead ... with their hands tied at the back", "As of Friday, one more security official has
succumbed", "managed to reach Thall tehsil in the Hangu district", "In retaliatory action by security personnel
escorting the convoy, six attackers were killed"; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures


def test_victims_taken_to_a_hospital_make_no_attack_on_it():
    text = (
        "At least 30 people were killed when gunmen attacked a convoy of passenger vehicles near Hangu, Pakistan, on"
        " Thursday. A resident said he arrived shortly after the attack and helped transport the victims to the nearby"
        " district hospital."
    )
    assert acts_and_figures(text, date(2024, 11, 22)) == ([("killing", "Hangu", "2024-11-21", "day", 30)], [])


def test_drivers_found_dead_with_hands_tied_were_executed_and_signs_of_torture_are_no_act_of_their_own():
    text = (
        "The bodies of five drivers from a convoy were found dead near Hangu, Pakistan, on Friday with their hands tied"
        " at the back. An official said the bodies bore signs of torture."
    )
    acts, _ = acts_and_figures(text, date(2025, 1, 18))
    assert [(t, p, n) for t, p, _, _, n in acts] == [("execution", "Hangu", 5)]


def test_a_day_a_toll_stood_as_of_dates_nothing_and_a_town_people_reached_is_no_scene():
    text = (
        "Gunmen ambushed a supply convoy near Hangu, Pakistan, on Thursday, killing two drivers. As of Friday, one more"
        " security official has succumbed to his injuries, along with six drivers and two passengers who were also"
        " killed during the assault. Some of the drivers managed to reach Thal in the district."
    )
    acts, _ = acts_and_figures(text, date(2025, 1, 17))
    assert [(t, p, d) for t, p, d, _, _ in acts] == [("killing", "Hangu", "2025-01-16")]


def test_attackers_killed_in_retaliation_by_the_escort_died_in_a_clash_of_their_own():
    text = (
        "The death toll from Thursday's attack on a supply convoy near Hangu, Pakistan, has risen to 10, an official"
        " said. In retaliatory action by security personnel escorting the convoy, six attackers were killed and 10"
        " others were injured."
    )
    acts, _ = acts_and_figures(text, date(2025, 1, 18))
    assert sorted((t, n) for t, _, _, _, n in acts) == [("armed_clash", 6), ("killing", 10)]
