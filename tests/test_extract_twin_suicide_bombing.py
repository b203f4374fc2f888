"""Lessons from real reports of twin suicide bombings in a city's suburb: the dead told as "martyrs", a quarter
named as "Baghdad Southern suburb", "the bloodiest attack ... since" and "the first ... since a suicide bomber blew
himself up ... on August 17, 2019" (a ranking, not a running total, and an earlier act of its own day), acts told
"nine days after" and "two days before" the report's own, "north Lebanon's Tripoli", and a war's proxy battle, a
mourning day's closed schools, a plan and a bomb workshop, which are no acts. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, country, incident_summary, only_incident


def test_martyrs_are_the_dead_and_a_suburb_named_after_its_city_is_the_city():
    text = (
        "Two suicide bombers blew themselves up on Friday in the market area of Kadhimiya in Baghdad Southern"
        " suburb, leaving at least 27 martyrs and 80 injured."
    )
    incident = only_incident(text, date(2023, 6, 3))
    assert incident_summary(incident)[:5] == ("bombing", "Baghdad", "2023-06-02", "day", 27)


def test_the_bloodiest_since_is_a_ranking_and_the_act_since_is_its_own():
    text = (
        "Twin blasts tore through a crowded market in Kabul on Tuesday evening, leaving at least 31 people dead in the"
        " bloodiest attack to hit the Afghan capital since the withdrawal in 2021. The explosions were the first to"
        " shake the city since a suicide bomber blew himself up at a Kabul wedding hall on August 17, 2019."
    )
    acts, figures = acts_and_figures(text, date(2022, 9, 14))
    assert acts == [
        ("bombing", "Kabul", "2019-08-17", "day", None),
        ("bombing", "Kabul", "2022-09-13", "day", 31),
    ]
    assert figures == []


def test_acts_told_days_after_and_before_are_dated_from_the_act_told():
    text = (
        "Suicide bombers struck a Shia mosque in Quetta on 10 March 2023, killing 30 worshippers. It came nine days"
        " after a bombing at a bus station in Peshawar that killed 14 people and two days before an attack on a"
        " market in Karachi that killed 9."
    )
    acts, _ = acts_and_figures(text, date(2023, 3, 11))
    assert acts == [
        ("bombing", "Peshawar", "2023-03-01", "day", 14),
        ("bombing", "Quetta", "2023-03-10", "day", 30),
        ("killing", "Karachi", "2023-03-12", "day", 9),
    ]


def test_a_country_named_as_owner_picks_its_own_town_and_a_suspect_held_is_no_victim():
    text = (
        "On 3 May 2016, a suicide bomber attacked a market in Tyre, Lebanon. Reports of the number of fatalities"
        " concluded that 19 people died from the blast. Later that day a second bomber blew himself up at a"
        " checkpoint in north Lebanon's Tripoli, killing two soldiers, after police had apprehended a man with an"
        " explosive belt nearby."
    )
    acts, figures = acts_and_figures(text, date(2016, 5, 5), country)
    assert acts == [
        ("bombing", "Tripoli", "2016-05-03", "day", 2, "LB"),
        ("bombing", "Tyre", "2016-05-03", "day", 19, "LB"),
    ]
    assert figures == []


def test_a_proxy_battle_a_mourning_closure_a_plan_and_a_workshop_are_no_acts():
    text = (
        "Yemen's war is increasingly playing out as a proxy battle between regional rivals. Schools and public"
        " institutions will remain closed on Sunday after the governor declared a day of mourning. The initial plan"
        " was apparently to send three bombers to a hospital in the city. Police raided a flat which had been used to"
        " prepare the explosive belts."
    )
    assert acts_and_figures(text, date(2024, 2, 2)) == ([], [])
