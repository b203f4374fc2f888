"""Lessons from real reports of the siege of Marawi (2017): the Maute group is an armed group of the table (an
Islamic State branch, the doer where both are named); the day remains were "retrieved" or "recovered" is not the day of
the killing; bodies "with heads severed" were executed, their toll the count told before "five of them"; the day a
group "seized parts of" a city dates no act; dead men "some with hands tied" who were "trying to flee clashes" were
killed, not in a battle nor executed; "rocket strikes on Maute positions" tell no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident


def test_remains_retrieved_on_a_day_date_no_execution():
    text = (
        "Government troops on Friday retrieved the remains of four civilians believed to have been executed by the "
        "Maute group in Marawi City, the military said."
    )
    incident = only_incident(text, date(2017, 8, 5))
    assert incident_summary(incident) == ("execution", "Marawi City", None, "unknown", 4, ["maute"])


def test_bodies_with_heads_severed_were_executed_and_counted_whole():
    text = (
        "Twelve bodies, three of them with heads severed, were recovered in Marawi City on Tuesday. All were civilians "
        "executed by Maute militants, the army said."
    )
    incident = only_incident(text, date(2017, 8, 9))
    assert incident_summary(incident) == ("execution", "Marawi City", None, "unknown", 12, ["maute"])


def test_the_day_the_group_seized_the_city_dates_no_act():
    text = (
        "Maute gunmen executed nine villagers in Marawi City, the military said on Thursday, referring to the group "
        "that seized parts of the city on May 23."
    )
    incident = only_incident(text, date(2017, 8, 17))
    assert incident_summary(incident) == ("execution", "Marawi City", None, "unknown", 9, ["maute"])


def test_men_fleeing_clashes_some_tied_were_killed_and_strikes_on_positions_tell_no_act():
    text = (
        "Bodies were found in a ravine outside Marawi City on Sunday. The six dead men, most of them shot in the head "
        "and some with hands tied, were farmers stopped by Maute gunmen while trying to flee clashes, police said. The "
        "army sent helicopters to carry out rocket strikes on Maute positions."
    )
    incident = only_incident(text, date(2017, 8, 20))
    assert incident_summary(incident) == ("killing", "Marawi City", None, "unknown", 6, ["maute"])
