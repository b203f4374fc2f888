"""Lessons from real reports of the raid on the Federal Government College at Birnin Yauri, Kebbi State, Nigeria, on
17 June 2021: the policeman the gunmen killed at the gate of a school they raided to take its pupils is part of that
abduction, as the codebook says of a school raid's guard, not a battle of its own; pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures


def test_a_guard_killed_in_a_raid_on_a_school_to_take_its_pupils_is_part_of_the_abduction():
    text = (
        "Armed attackers have killed a policeman and kidnapped at least 60 students and four teachers from a college"
        " in the town of Birnin Yauri in Kebbi State, Nigeria, on Thursday, police said. During the crossfire between"
        " police and the bandits one police officer was killed."
    )
    acts, _ = acts_and_figures(text, date(2021, 6, 18))
    assert acts == [("abduction", "Birnin Yauri", "2021-06-17", "day", 64)]


def test_soldiers_killed_beside_a_school_abduction_are_still_a_battle():
    text = (
        "Gunmen kidnapped 30 students from a school in the town of Birnin Yauri in Kebbi State, Nigeria, on Thursday."
        " On Friday, the gunmen ambushed an army patrol near the town, killing 12 soldiers."
    )
    acts, _ = acts_and_figures(text, date(2021, 6, 19))
    assert [t for t, *_ in acts] == ["abduction", "armed_clash"]
