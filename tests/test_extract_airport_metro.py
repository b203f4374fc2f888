"""Lessons from real reports of a coordinated bombing of an airport and a metro station: a plural's possessive
("Brussels’ airport") does not end a sentence; a town named only as its airport's name gives way to the city of the
act; the attackers "who killed 130 people ... in Paris in November" and "last year's Paris attacks, which killed 130"
tell earlier acts of their own; an arrest "in a shootout on Friday" is no battle and its day not the act's; "came two
weeks after" counts back to another event; a picture's "the two at left" and bombers "identified ... as suicide
bombers" are no victims; "in various attacks ... (22 March)" is one day's act, and "One of the explosions" one site of
it; a group's boast of its toll and why it says it struck tell no act. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, incident_summary, only_incident

from marsad.extract.layout import caption_at
from marsad.extract.quotes import find_attributions


def test_a_plurals_possessive_keeps_the_sentence_and_the_city_is_the_scene():
    text = (
        "Islamic State has claimed the two bomb attacks that killed at least 23 people and injured more than 120 in"
        " the departure hall of Brussels’ Zaventem airport and a metro station in the Belgian capital on Tuesday."
    )
    row = incident_summary(only_incident(text, date(2016, 3, 23)))
    assert row == ("bombing", "Brussels", "2016-03-22", "day", 23, ["isis"])


def test_earlier_acts_told_by_their_doers_and_by_their_name_are_their_own():
    text = (
        "Two bombs killed nine people at a market in Lyon on Tuesday, police said. The blasts came three weeks after"
        " officers announced the arrest in a Marseille shootout on Friday of Karim B., the sole surviving member of"
        " the eight gunmen who killed 52 people in a string of shootings in Nice in May."
    )
    acts, figures = acts_and_figures(text, date(2018, 9, 12))
    assert acts == [
        ("bombing", "Lyon", "2018-09-11", "day", 9),
        ("killing", "Nice", "2018-05-01", "month", 52),
    ]
    assert figures == []
    text = (
        "The blasts reignited fears days after police caught a suspect in last year's Nice truck attack, which"
        " killed 86 people."
    )
    assert acts_and_figures(text, date(2017, 6, 1)) == ([("killing", "Nice", "2016-01-01", "year", 86)], [])


def test_an_act_months_before_is_not_placed_at_the_scene_of_the_new_one():
    text = "Gunmen struck Lyon only months after ISIS killed 86 people in Nice, raising questions about intelligence."
    assert ("killing", "Nice", None, "unknown", 86) in acts_and_figures(text, date(2017, 6, 1))[0]


def test_who_stands_where_in_a_picture_and_identified_bombers_are_no_victims():
    assert caption_at("A frame from security cameras shows four men. The two on the right are thought dead.", 0)
    text = (
        "Bombs packed with nails tore through Lyon on Tuesday, killing at least 17 at the station and the airport."
        " Two men seen in the footage were identified by prosecutors as suspected suicide bombers."
    )
    row = incident_summary(only_incident(text, date(2018, 9, 12)))
    assert row[:5] == ("bombing", "Lyon", "2018-09-11", "day", 17)


def test_various_attacks_on_one_day_and_one_explosion_of_them():
    text = (
        "At least 28 dead and scores hurt in various terrorist attacks in Lyon (11 September). One of the explosions"
        " was reported at the Saint-Exupery airport, causing 12 deaths shortly after 8 am."
    )
    row = incident_summary(only_incident(text, date(2018, 9, 11)))
    assert row[:5] == ("bombing", "Lyon", "2018-09-11", "day", 28)
    assert find_attributions("The blast, according to French officials, was set off by a bomber.") == [
        ("French officials", 24, 40)
    ]


def test_a_day_told_as_a_scene_a_groups_boast_and_its_reasons_tell_no_act():
    text = (
        "Terror reared its head in Lyon, France, on Tuesday, 11 September. Two explosions tore through the"
        " station, while a third hit a tram. Nineteen people lost their lives. ISIS claimed responsibility for the"
        " attacks, claiming its fighters had killed over 100 people. It said France was targeted for its role in the"
        " coalition fighting against ISIS in Iraq."
    )
    row = incident_summary(only_incident(text, date(2018, 9, 11)))
    assert row == ("bombing", "Lyon", "2018-09-11", "day", 19, ["isis"])
