"""Lessons from real reports of Boko Haram's attacks on worshippers at Kukawa and near Monguno in July 2015: men
"singled out" or "selected ... from among the crowd" in one village make that act an execution, not the killing told
at another town ("at least 97 people in Kukawa"), nor one told beside "another attack"; "nearly 100" gives way to
"97" told after it; "killing 97 while several others were injured" counts the 97; a toll "in three remote villages"
gives way to one village's smaller count. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, only_incident


def test_men_singled_out_in_another_attack_are_executed_and_the_mosque_killing_stays_a_killing():
    text = (
        "Boko Haram may have killed as many as 64 people in its latest attack, according to news agencies. The attack"
        " on the town of Gamboru last night targeted several mosques. In another attack earlier this week in the"
        " village of Ngala, Boko Haram fighters waited until prayers ended, singled out more than 30 men and killed"
        " them."
    )
    acts, _ = acts_and_figures(text, date(2016, 6, 9))
    assert sorted((a[0], a[1], a[4]) for a in acts) == [("execution", "Ngala", 30), ("killing", "Gamboru", 64)]


def test_men_selected_from_among_worshippers_at_another_town_are_executed_apart_from_the_killing():
    text = (
        "Gunmen killed at least 64 people in Gamboru, witnesses said. In two other villages near the town of Dikwa,"
        " meanwhile, gunmen killed 31 people, a local politician said. 'They selected particular male residents from"
        " among the crowd of worshippers and opened fire on them,' he said."
    )
    acts, _ = acts_and_figures(text, date(2016, 6, 9))
    assert sorted((a[0], a[4]) for a in acts) == [("execution", 31), ("killing", 64)]


def test_a_round_toll_gives_way_to_the_precise_one_and_others_injured_do_not_hide_it():
    text = (
        "Boko Haram gunmen shot and killed nearly 70 worshippers in mosques in Gamboru on Wednesday. A resident said"
        " the gunmen stormed the town and opened fire on people, killing 67 while several others were injured."
    )
    found = only_incident(text, date(2016, 6, 9)).as_json()
    assert (found["type"], found["victims"]["count"]["best"]) == ("killing", 67)
