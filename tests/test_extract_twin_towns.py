"""Lessons from real encyclopedia pages on Boko Haram's massacre at the twin towns of Gamboru and Ngala, Borno, on
the night of 5 to 6 May 2014 ("On the night of 5–6 May 2014", "The official death toll was first set at 200 on 7
May", "abducted eight girls aged between 12 and 15 ..., a number later raised to eleven"), each pinned by a text of
our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, child_roles


def test_a_night_across_two_days_is_the_first_and_the_day_a_toll_was_set_dates_nothing():
    text = (
        "On the night of 12–13 March 2015, Boko Haram militants attacked the town of Gamboru in Borno State, Nigeria."
        " About 90 residents were killed in the attack. The official death toll was first set at 60 on 15 March."
    )
    assert acts_and_figures(text, date(2021, 3, 1)) == ([("killing", "Gamboru", "2015-03-12", "day", 90)], [])


def test_a_count_later_raised_is_read_as_raised():
    text = (
        "On 12 March 2015, Boko Haram abducted six girls aged between 12 and 15 from Gamboru in Borno State, Nigeria,"
        " a number later raised to nine."
    )
    acts, _ = acts_and_figures(text, date(2021, 3, 1), child_roles)
    assert acts == [("abduction", "Gamboru", "2015-03-12", "day", 9, ["victim"])]


def test_people_confirmed_dead_during_the_weekend_died_that_weekend():
    text = "19 people were confirmed dead during the weekend as armed men raided the village of Kujeni in Kaduna State."
    assert acts_and_figures(text, date(2021, 2, 8)) == ([("killing", "Kujeni", "2021-02-06", "week", 19)], [])
