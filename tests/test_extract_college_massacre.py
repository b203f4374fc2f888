"""Lessons from real reports of Boko Haram's killing of boys at the Federal Government College, Buni Yadi, on the
night of 24 to 25 February 2014, told nine ways from the morning after to a piece four years on ("sending not less
than 43 students to their early graves", "the total body count stood at 59 as more bodies were brought in",
"in Buni Yadi, in the north eastern Nigerian state of Yobe", "The attack began around 11pm Monday"), each pinned by
a text of our own."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import acts_and_figures, child_roles


def _acts(text, published):
    return acts_and_figures(text, published, child_roles)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Suspected insurgents attacked the dormitory of a secondary school in Buni Gari, in the north eastern"
            " Nigerian state of Yobe, overnight Monday, killing 17 students. The governor said 12 students were killed,"
            " but the total body count later stood at 17 as more bodies were brought in from the bush.",
            "Buni Gari",
            "2021-03-08",
        ),
        (
            "Gunmen killed 17 students at the Federal Government College of Buni Gari in Yobe State on Monday.",
            "Buni Gari",
            "2021-03-08",
        ),
    ],
)
def test_a_town_of_two_names_after_its_state_or_its_college_is_the_scene(text, place, day):
    acts, _ = _acts(text, date(2021, 3, 9))
    assert acts == [("attack_on_school_or_hospital", place, day, "day", 17, ["victim"])]


def test_the_latest_body_count_replaces_the_first_told_in_one_sentence():
    text = (
        "Gunmen attacked a secondary school in Potiskum overnight Monday. The governor said 12 students were killed,"
        " but the total body count stood at 17 as more bodies were brought in."
    )
    acts, _ = _acts(text, date(2021, 3, 9))
    assert [a[4] for a in acts] == [17]


def test_a_weekday_in_a_story_years_back_is_of_that_story_s_week_and_a_title_s_count_one_apart_is_its_toll():
    text = (
        "'They killed 41 of us in our beds' - Mamudo massacre remembered\n\nNearly six years ago, on July 6, 2013,"
        " Boko Haram gunmen burst into the hostels of Government Secondary School, Mamudo, Yobe State. They killed 42"
        " students in the attack that began at 2am Saturday."
    )
    acts, _ = _acts(text, date(2019, 3, 20))
    assert acts == [("attack_on_school_or_hospital", "Mamudo", "2013-07-06", "day", 42, ["victim"])]


def test_deaths_a_group_was_responsible_for_in_a_month_and_the_figure_of_the_dead_this_year_are_figures():
    text = (
        "In January 2015, insurgents were responsible for 410 deaths, mostly of villagers. The figure of the dead from"
        " Boko Haram attacks this year is about 600 civilians."
    )
    acts, claims = _acts(text, date(2015, 2, 10))
    assert acts == []
    assert claims == [("killing", 410, "exact"), ("killing", 600, "about")]


def test_attacks_on_towns_and_villages_make_a_figure_and_the_siege_after_it_is_the_act_again():
    text = (
        "Gunmen killed 15 pupils at a school in Michika on Monday. The attack came amid renewed Boko Haram attacks on"
        " towns and villages in Adamawa State in which more than 200 people were killed. A teacher said 15 pupils were"
        " killed in the siege."
    )
    acts, claims = _acts(text, date(2014, 9, 2))
    assert acts == [("attack_on_school_or_hospital", "Michika", "2014-09-01", "day", 15, ["victim"])]
    assert claims == [("killing", 200, "more_than")]


def test_students_killed_at_a_college_were_killed_at_a_school_but_are_no_children():
    text = "At least 30 students were killed in June at an agriculture training college in Borno after gunmen burst in."
    acts, _ = _acts(text, date(2014, 7, 20))
    assert acts == [("attack_on_school_or_hospital", "Borno", "2014-06-01", "month", 30, [])]
