"""Lessons from real reports of the twin suicide bombing at Tayaran Square in Baghdad on 21 January 2021, told with the
square's earlier bombings ("Baghdad's last large-scale attack took place in January 2018, also at Tayaran Square,
killing at least 27 people", "The last such attack took place in June 2019"), blame that is only a suspicion ("the
Islamic State might be behind the bombing") and "No group claimed responsibility for the attack but it bore the
hallmarks of Islamic State"; each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, analyse_text, doers


def test_the_last_attack_of_its_kind_that_took_place_in_a_month_is_an_earlier_act_of_its_own():
    text = (
        "There was no immediate claim of responsibility for the attack. Major attacks in the capital are rare."
        " Baghdad's last large-scale attack took place in March 2019, also at the square, killing at least 15 people."
        " A spokesman said that a suicide bomber had blown himself up in the middle of the market. He said that 20"
        " people had been killed."
    )
    acts, _ = acts_and_figures(text, date(2021, 1, 21))
    assert sorted((t, d, p, n) for t, _, d, p, n in acts) == [
        ("bombing", None, "unknown", 20),
        ("killing", "2019-03-01", "month", 15),
    ]


def test_a_group_that_might_be_behind_an_act_or_whose_hallmarks_it_bore_is_blamed_though_none_claimed_it():
    might = (
        "Two suicide bombers killed 20 people at a market in Baghdad on Thursday. No group has claimed responsibility,"
        " but according to the authorities the Islamic State might be behind the bombing."
    )
    hallmarks = (
        "At least 30 people were killed when two suicide bombers struck a square in Baghdad on Monday. No group"
        " claimed responsibility for the attack but it bore the hallmarks of Islamic State."
    )
    assert [doers(i) for i in analyse_text(might, date(2021, 1, 22))[0]] == [("isis",)]
    assert [doers(i) for i in analyse_text(hallmarks, date(2018, 1, 16))[0]] == [("isis",)]
