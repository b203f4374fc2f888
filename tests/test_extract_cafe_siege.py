"""Lessons from real reports of the siege of a bakery cafe in Dhaka told eight ways ("An 11-hour standoff with
alleged Islamic militants at an upscale bakery", "Two policemen have been killed in the vicious, ongoing standoff",
"Six of the attackers were also killed", "has taken about twenty hostages, after killing at least one police
officer", "the country's worst terrorist attack since 2005, when Jamaat-ul-Mujahideen Bangladesh (JMB) ... set off
a series of bombs"), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary

from marsad.extract.venues import siege_told


def test_a_standoff_at_a_cafe_is_a_siege():
    assert siege_told("A 9-hour standoff at a crowded eatery in Karachi ended on Saturday morning.")
    assert siege_told("Gunmen attacked a restaurant in Kabul late on Friday. Two guards were killed in the standoff.")
    assert siege_told("at least 12 of 20 hostages held at the Blue Lagoon Cafe were killed")
    assert not siege_told("A suicide bomber blew himself up outside a restaurant in Kabul, killing 12 people.")


def test_police_killed_in_a_siege_are_its_dead_and_attackers_killed_are_no_act():
    text = (
        "Gunmen take hostages in Karachi eatery\n"
        "A 9-hour standoff at a crowded eatery in Karachi ended on Saturday morning when commandos stormed the"
        " building. Fourteen hostages had been killed by the gunmen, and two police officers died in a firefight"
        " with them. Four of the attackers were also killed.\n"
        "The Islamic State claimed responsibility for the attack."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2017, 5, 21))
    assert [incident_summary(i) for i in incidents] == [("killing", "Karachi", "2017-05-20", "day", 14, ["isis"])]


def test_an_earlier_act_the_siege_is_compared_with_is_its_own_and_gets_no_claim():
    text = (
        "A 9-hour siege of a cafe in Karachi on Friday by five militants left 14 people dead.\n"
        "It was the city's deadliest attack since 2012, when Lashkar-e-Taiba set off a series of bombs at a market,"
        " killing at least 30 people.\n"
        "The Islamic State claimed responsibility for the attack."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2017, 5, 21))
    assert [incident_summary(i) for i in incidents] == [
        ("killing", "Karachi", "2017-05-19", "day", 14, ["isis"]),
        ("bombing", "Karachi", "2012-01-01", "year", 30, ["lashkar-e-taiba"]),
    ]


def test_hostages_held_are_not_the_dead_and_a_year_in_the_title_is_the_siege_s():
    text = (
        "January 2016 Mombasa cafe attack\n"
        "On the evening of 30 January 2016, four militants took hostages and opened fire on the Blue Lagoon Cafe"
        " in Mombasa, Kenya. They took several dozen hostages, and two police officers were shot dead.\n"
        "Nine people were killed, including six hostages and three police officers."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2017, 2, 3))
    assert [incident_summary(i) for i in incidents] == [("killing", "Mombasa", "2016-01-30", "day", 9, [])]
