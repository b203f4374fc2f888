"""Lessons from real reports of the Islamic State's assault on the Save the Children office in Jalalabad,
Afghanistan, on 24 January 2018: a car or suicide bomb at the gate that lets gunmen in makes a gun and bomb assault,
a killing ("detonated a car bomb at the entrance ..., after which several assailants entered and opened fire",
"Gunmen stormed an office of aid agency Save the Children"); "whether children are among the casualties" names no
child victim. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

from marsad.extract.children import child_victims_noted
from marsad.extract.venues import siege_told


def test_a_bomb_at_the_gate_that_lets_gunmen_in_is_a_gun_and_bomb_assault():
    text = (
        "Gunmen stormed the offices of an aid agency in Kunduz on Tuesday after a suicide bomber blew himself up at"
        " the gate, opening the way for the attackers to enter the compound, officials said. Five staff members were"
        " killed. A provincial spokesman did not say whether children were among the casualties."
    )
    incident = only_incident(text, date(2019, 3, 6))
    assert incident_summary(incident) == ("killing", "Kunduz", "2019-03-05", "day", 5, [])
    assert incident.child_roles == []


def test_a_car_bomb_at_the_entrance_then_a_raid_on_the_headquarters():
    text = (
        "Armed men raided the headquarters of a charity in Jalalabad on Monday, killing four people, after suicide"
        " attackers detonated a car bomb at the entrance, a spokesman for the governor said."
    )
    incidents, _ = analyse_text(text, date(2019, 3, 6))
    assert [(i.type, i.victim_count.best) for i in incidents] == [("killing", 4)]


def test_the_boundary_a_car_bomb_alone_is_a_bombing_and_police_raids_no_siege():
    text = "A car bomb exploded at the entrance of a market in Kunduz on Tuesday, killing five people, officials said."
    assert incident_summary(only_incident(text, date(2019, 3, 6)))[0] == "bombing"
    assert not siege_told("Police raided the offices of a newspaper on Tuesday and arrested two editors.")


def test_a_question_about_children_names_no_child_victim():
    assert not child_victims_noted("He did not elaborate on whether children are among the casualties.")
    assert child_victims_noted("Some children were among the casualties.")
