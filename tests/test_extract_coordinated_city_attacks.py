"""Lessons from real reports of the coordinated attacks in Paris on 13 November 2015: "a series of mass shootings and
suicide bombings" is one killing, a toll a president gave "in his speech of 14 November" is that killing's toll (the
speech's day dates nothing), and attackers who "died from self-detonated bombs" are not a bombing's victims. Texts of
our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident

from marsad.extract.other_days import not_the_acts


def test_shootings_and_suicide_bombings_are_one_killing_with_its_tolls_and_bombers_apart():
    text = (
        "The attacks were a series of mass shootings and suicide bombings that happened on March 22nd, 2016 in"
        " Brussels. 32 people were killed. In his speech of 23 March, the prime minister said that 31 people were"
        " killed. Two of the three attackers died from self-detonated bombs."
    )
    incident = only_incident(text, date(2016, 3, 25))
    assert incident_summary(incident) == ("killing", "Brussels", "2016-03-22", "day", 32, [])


def test_a_speech_day_is_no_day_of_the_act():
    assert not_the_acts("In his speech of ", ", Hollande said that 128 people were killed.")
    assert not not_the_acts("Gunmen attacked the village on ", ", killing 12.")


def test_bombers_dying_is_their_end_only_when_the_sentence_kills_no_one_else():
    from marsad.extract.attackers import only_attackers_died

    assert only_attackers_died("Seven of the terrorists died from self-detonated bombs.", ["bombing"], False, list)
    assert not only_attackers_died(
        "Two attackers died from their own bombs, killing 12 people.", ["bombing"], False, list
    )
