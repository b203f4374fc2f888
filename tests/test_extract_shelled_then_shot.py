"""Lessons from real reports of the Houla massacre in Syria (25 May 2012): a town shelled, then families shot or
stabbed in their homes by militiamen. Shells and shootings told as one massacre's dead ("Some were killed by shell
fire, but most were shot", "went house by house", "summarily executed whole families in their homes") are one killing,
not a bombing or an execution of people held; the shabiha militia is an actor of the table; "108 people were killed in
the May 25 massacre", beside "14 months of bloodshed since the start of the uprising", is the massacre's toll, not a
running figure; bodies observers "counted" on the day of their visit are the act's dead, and the visit's day is not
the act's; "32 children under the age of 10 and over 60 adults" count 92; "after a Syrian government attack" names the
doer; "Major General Robert Mood" is Robert Mood; a woman who tells of her dead and "another injured woman" beside her
are no toll; the day an envoy was met "amid outrage over the massacre", and the day the government "blamed" it, date
nothing. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, child_roles, incident_summary, only_incident, source

_DAY = date(2012, 5, 28)


def test_shelled_then_shot_house_by_house_is_one_killing():
    text = (
        "Government forces shelled Houla, Syria, on Friday, and that night militiamen went house by house, killing "
        "108 people, 49 of them children.\nSome were killed by shell fire, but most were shot or stabbed at close "
        "range, the UN said."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Kafr Lāhā", "2012-05-25", "day", 108, ["syria-government"])
    assert child_roles(incident) == ["victim"]


def test_families_executed_in_their_homes_were_not_held():
    text = (
        "Pro-government shabbiha militiamen summarily executed whole families in their homes in Taldou, Syria, on "
        "Friday, killing at least 90 people, a UN spokesman said."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Taldou", "2012-05-25", "day", 90, ["shabiha"])
    assert source(incident) == "a UN spokesman"


def test_a_dated_massacre_beside_a_long_uprising_is_no_running_figure():
    text = (
        "The United Nations says 108 people were killed in the May 25 massacre in Houla, Syria, nearly half of them "
        "children, shocking a world numbed by 14 months of bloodshed since the start of the uprising."
    )
    incidents, claims = analyse_text(text, date(2012, 5, 30))
    assert claims == []
    assert [incident_summary(i) for i in incidents] == [("killing", "Kafr Lāhā", "2012-05-25", "day", 108, [])]


def test_bodies_observers_counted_on_their_visit():
    text = (
        "UN observers visited the Syrian town of Houla on Saturday and counted 32 children under the age of 10 and "
        "over 60 adults killed after a Syrian government attack on the town, mission head Major General Robert Mood "
        "said."
    )
    incident = only_incident(text, date(2012, 5, 27))
    assert incident_summary(incident) == ("killing", "Kafr Lāhā", None, "unknown", 92, ["syria-government"])
    assert source(incident) == "Robert Mood"


def test_a_survivor_a_meeting_and_a_blame_add_nothing():
    text = (
        'Shabbiha militiamen killed 108 people in Taldou, Syria, the UN said.\n"Seven of my family were killed," a '
        "woman said, lying next to another injured woman.\nPresident Assad met peace envoy Kofi Annan on Tuesday amid "
        "outrage over the massacre, which the government on Monday blamed on militants."
    )
    incident = only_incident(text, date(2012, 5, 29))
    assert incident_summary(incident) == ("killing", "Taldou", None, "unknown", 108, ["shabiha"])


def test_a_village_in_a_province_town_is_the_scene():
    text = (
        "The Syrian army shelled Houla, a small village in Homs, and raked it with machine gun fire all of Friday, "
        "killing 100 people.\nThe bodies of the children killed in Houla were shown in a video."
    )
    incident = only_incident(text, date(2012, 5, 26))
    assert incident_summary(incident)[1:] == ("Kafr Lāhā", "2012-05-25", "day", 100, ["syria-government"])
