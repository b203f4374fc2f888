"""Lessons from real reports of the separatist insurgency in Thailand's far south, where a report tells a day's bombs
and shootings one by one beside the insurgency's running toll: "Two bombs ... killed two rangers ... in separate
attacks" is a pair of acts told next, not a figure (but "in separate attacks across villages" is one); a bomb that only
wounds ("two smaller bomb attacks ..., wounding two soldiers") tells no act of its own; "six more rangers were severely
injured" and "a spate of attacks that claimed six lives" count none of the act's dead; "A ranger was killed" counts
one. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary

from marsad.extract.victims import victim_counts


def test_two_bombs_in_separate_attacks_are_the_acts_told_next():
    text = (
        "YALA, Thailand - Two bombs planted by suspected insurgents killed three rangers and wounded six in separate"
        " attacks in southern Thailand on Sunday, police said. One bomb wounded two rangers on patrol in Raman"
        " district. A second bomb exploded two kilometres away, killing three rangers and wounding four."
    )
    [incident], claims = analyse_text(text, date(2012, 3, 4))
    assert incident_summary(incident) == ("bombing", "Raman", "2012-03-04", "day", 3, [])
    assert claims == []


def test_a_bomb_that_only_wounds_is_no_act_and_a_spate_s_toll_is_not_the_act_s():
    text = (
        "A ranger was killed and five more rangers were severely injured by a roadside bomb in Narathiwat on Monday,"
        " the latest in a spate of attacks that claimed seven lives over the weekend, police said. On Sunday two"
        " smaller bombs targeted soldiers in Pattani, wounding three."
    )
    [incident], _ = analyse_text(text, date(2015, 7, 13))
    assert incident_summary(incident) == ("bombing", "Narathiwat", "2015-07-13", "day", 1, [])


def test_killings_in_separate_attacks_across_villages_are_a_figure():
    text = (
        "No fewer than 30 people have been killed by gunmen in separate attacks across villages in the district, a"
        " local official said."
    )
    incidents, [claim] = analyse_text(text, date(2021, 6, 27))
    assert incidents == []
    assert (claim.type, claim.count.low, claim.count.qualifier) == ("killing", 30, "at_least")


def test_the_wounded_and_a_spate_s_dead_are_not_counted():
    assert victim_counts("six more rangers were severely injured by a bomb") == []
    assert victim_counts("the latest in a spate of attacks that claimed six lives") == []
    assert [c.text for c, _ in victim_counts("A ranger was killed by the bomb.")] == ["A ranger"]
