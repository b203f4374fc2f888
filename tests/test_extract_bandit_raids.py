"""Lessons from real reports of bandits' raids on villages in Zamfara State, Nigeria (2020-2024): livestock and
valuables "carted away" are no abduction, "the Jaya settlement" names its village, survivors who "narrated how the
bandits stormed their villages on Saturday" tell the act's day, and a police spokesman's lower "only four persons lost
their lives" gives way to the toll it disputes; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures


def test_livestock_and_valuables_carted_away_are_no_abduction_and_a_settlement_names_its_village():
    text = (
        "Not less than nine people were killed on Monday night when armed bandits rode into the Yartsakuwa"
        " settlement in Kadauri District, Zamfara State. The bandits also carted away livestocks, other valuables"
        " and food items."
    )
    acts, _ = acts_and_figures(text, date(2021, 7, 27))
    assert acts == [("killing", "Yartsakuwa", "2021-07-26", "day", 9)]


def test_survivors_who_narrated_how_bandits_stormed_their_villages_tell_its_day():
    text = (
        "No fewer than 14 people are said to have been killed by bandits across four villages of Zamfara State."
        " A resident said several others were wounded. Some of the victims narrated how the bandits on motorcycles"
        " stormed their villages on Saturday and started shooting, killing 14 people."
    )
    acts, _ = acts_and_figures(text, date(2021, 6, 28))
    assert [(t, d, p, n) for t, _, d, p, n in acts] == [("killing", "2021-06-26", "day", 14)]


def test_a_spokesmans_lower_only_figure_gives_way_to_the_toll_it_disputes():
    text = (
        "Bandit killings in Zamfara have claimed the lives of 15 villagers in Dangulbi village of Maru Local"
        " Government Area\n\nAn eyewitness said the bandits rode in on motorcycles and shot sporadically. The police"
        " spokesman, who confirmed the attack, said only five persons lost their lives."
    )
    acts, _ = acts_and_figures(text, date(2020, 6, 10))
    assert [(t, n) for t, _, _, _, n in acts] == [("killing", 15)]
