"""Lessons from real reports of the shooting at the Tree of Life synagogue in Pittsburgh (27 October 2018): a gunman
who "proceeded to fire on congregants" attacked them, so the lede that dates it tells the act; "11 dead, six wounded"
and "Eleven people are dead and six more are wounded" count the dead; "Pittsburgh's Squirrel Hill neighborhood" is a
quarter of Pittsburgh, which stays the scene; "No children were harmed during the shooting" makes no child a shooter.
Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import child_roles, incident_summary, only_incident

_DAY = date(2018, 10, 27)


def test_firing_on_congregants_tells_the_act_the_lede_dates():
    text = (
        "A gunman burst into a synagogue in Pittsburgh, Pennsylvania, on October 27, 2018, and proceeded to fire on "
        "congregants. The man accused of massacring 11 people there pleaded not guilty."
    )
    incident = only_incident(text, date(2019, 4, 28))
    assert incident_summary(incident) == ("killing", "Pittsburgh", "2018-10-27", "day", 11, [])


def test_dead_and_wounded_in_a_quarter_of_the_city():
    text = (
        "11 dead, six wounded in Pittsburgh synagogue shooting\nPITTSBURGH — Eleven people are dead and six more are "
        "wounded after a mass shooting at a synagogue in Pittsburgh's Squirrel Hill neighborhood Saturday morning."
    )
    assert incident_summary(only_incident(text, _DAY)) == ("killing", "Pittsburgh", "2018-10-27", "day", 11, [])


def test_no_children_harmed_during_the_shooting_makes_no_child_shooter():
    text = (
        "A shooter opened fire at a synagogue in Pittsburgh, Pennsylvania, on Saturday, killing 11 people. No children "
        "were harmed during the shooting, officials said."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Pittsburgh", "2018-10-27", "day", 11, [])
    assert child_roles(incident) == []
