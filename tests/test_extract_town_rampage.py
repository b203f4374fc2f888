"""Lessons from real reports of al-Shabaab's night raid on Mpeketoni in Lamu, Kenya, on 15 June 2014 and on Poromoko
the night after ("In a statement sent to Al Jazeera on June 16, Shabaab said", "The following night, Shabaab fighters
killed at least eight people in Poromoko, near Mpeketoni", "12 women were also taken by Shabaab", "So far we have
collected over 26 bodies", "the organization and execution of the Mpeketoni terror attacks", "On 15 July close to 50
people were killed"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, child_roles


def test_the_following_night_counts_from_the_raid_not_from_a_statement_s_day():
    text = (
        "Around 9 p.m. on May 3, about 30 armed Shabaab fighters entered the village of Kibaoni in Lamu, Kenya, and"
        " killed at least 20 people. In a statement sent to reporters on May 4, Shabaab said the raid was revenge. The"
        " following night, Shabaab fighters killed at least five people in Bodhei, near Kibaoni."
    )
    acts, _ = acts_and_figures(text, date(2015, 5, 6))
    assert acts == [
        ("killing", "Bodhei", "2015-05-04", "day", 5),
        ("killing", "Kibaoni", "2015-05-03", "day", 20),
    ]


def test_the_execution_of_attacks_is_their_carrying_out_and_children_spared_are_no_victims():
    text = (
        "This article examines the planning and execution of the Kibaoni attacks in Kenya. On 3 May 2015, gunmen killed"
        " 20 men in the village of Kibaoni, Lamu County; women and children were spared."
    )
    acts, _ = acts_and_figures(text, date(2015, 9, 1), child_roles)
    assert acts == [("killing", "Kibaoni", "2015-05-03", "day", 20, [])]


def test_bodies_collected_so_far_and_found_at_a_site_are_the_act_s_tally_not_figures():
    text = (
        "At least 34 people were killed when insurgents swept into the village of Kibaoni in Lamu, Kenya, a local"
        " official said Monday. \u201cSo far we have collected over 26 bodies and taken them to the mortuary, but we"
        " are still looking for more,\u201d the deputy commissioner told AFP. Officials said 13 bodies were discovered"
        " at an apartment block."
    )
    assert acts_and_figures(text, date(2015, 5, 4)) == ([("killing", "Kibaoni", None, "unknown", 34)], [])


def test_a_day_written_before_its_month_is_no_count_and_a_night_untagged_is_read():
    close = "On 3 May close to 40 people were killed after gunmen attacked the village of Kibaoni in Lamu, Kenya."
    assert acts_and_figures(close, date(2015, 5, 5)) == ([("killing", "Kibaoni", "2015-05-03", "day", 40)], [])
    night = "Gunmen killed 18 people and set fire to two hotels in the village of Kibaoni on mainland Lamu last night."
    assert acts_and_figures(night, date(2015, 5, 4)) == ([("killing", "Kibaoni", "2015-05-03", "day", 18)], [])


def test_women_taken_by_the_gunmen_are_an_abduction():
    text = "Villagers in Bodhei said 6 women were also taken by the gunmen who killed five people there on Monday."
    acts, _ = acts_and_figures(text, date(2015, 5, 6))
    assert [(a[0], a[4]) for a in acts] == [("abduction", 6), ("killing", 5)]
