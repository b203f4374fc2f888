"""Lessons from real reports of the gun and bomb attacks across Mumbai from 26 to 29 November 2008: "a series of
coordinated shooting and bombing attacks" is one killing, whose day a scene sentence sets for the toll told next,
and a blast told without a toll is part of it; "took over Mumbai Wednesday, attacking ..." is the act's day, "a 1903
landmark" and "India's September 11 attacks" date nothing; witnesses who "took them for boys" saw no children; a
victim "from Brooklyn" was not killed there; the police's "We killed nine of them, and one was captured alive" counts
the attackers and holds no captives; "Pakistan-based terrorists" place nothing in Pakistan. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident

from marsad.extract.other_days import not_the_acts


def test_a_series_of_gun_and_bomb_attacks_is_one_killing_dated_by_its_scene():
    text = (
        "The 2019 Karachi attacks were a series of coordinated shooting and bombing attacks in Karachi from March 2,"
        " 2019 to March 4, 2019. 58 people were killed. There was also an explosion at a bus stop in the port area."
    )
    incident = only_incident(text, date(2019, 3, 10))
    assert incident_summary(incident) == ("killing", "Karachi", "2019-03-02", "day", 58, [])


def test_a_city_taken_over_in_a_rampage_with_its_attackers_killed_and_caught():
    text = (
        "Gunmen took over Lahore on Saturday, attacking six hotels, killing at least 40 people. Guests were taken"
        " hostage by gunmen so young witnesses took them for boys. The Pearl Continental, a 1950 landmark, burned."
        " Among the dead was a tourist from Oslo. \u201cWe killed five of them, and one was captured alive,\u201d the"
        " police chief said."
    )
    incident = only_incident(text, date(2019, 3, 4))
    assert incident_summary(incident) == ("killing", "Lahore", "2019-03-02", "day", 40, [])
    assert incident.as_json()["children"]["roles"] == []


def test_a_name_likening_an_act_and_a_buildings_year_are_no_days():
    assert not_the_acts("also known as 26/11 and India's ", " attacks) were a series")
    assert not_the_acts("The Taj Mahal Palace, a ", " landmark, burned.")
    assert not not_the_acts("Terrorists took over Mumbai ", ", attacking up to a dozen locations")
    assert not_the_acts("Islamic State fighters took over Palmyra ", " and held it for months.")


def test_the_attackers_home_is_no_scene_and_a_weekday_run_into_a_name_is_a_day():
    text = (
        "Ten Pakistan-based terrorists launched attacks in Mumbai on November 26, 2008, killing 166 people. They"
        " sailed from a Pakistani port in Karachi."
    )
    assert incident_summary(only_incident(text, date(2020, 11, 26)))[:2] == ("killing", "Mumbai")
    text = "Terrorists took over Peshawar Saturday, attacking six hotels, killing at least 40 people."
    assert incident_summary(only_incident(text, date(2019, 3, 4)))[2] == "2019-03-02"
