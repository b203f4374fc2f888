"""Lessons from real reports of the far-right gunman's rampage through two shisha bars in Hanau, Germany, on 19
February 2020: a gunman who "shot dead nine people ... before killing himself" killed nine (his own end denies
nothing); victims who are "migrants from Turkey" do not place the act in Turkey; the bodies of the gunman and his
mother found at home are no toll of the rampage; "The suspect then ... opened fire at" a second bar goes on with one
act; "The death toll this morning climbed to nine" dates the toll, while "The horror first unfolded on Wednesday night"
dates the act; "police have revealed" and "prosecutors said" name sources. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import incident_summary, only_incident


def test_a_gunman_who_killed_himself_after_his_victims_and_their_origin():
    text = (
        "KASSEL, Germany – A suspected right-wing extremist has shot dead eight people, some of them migrants from "
        "Turkey, in an overnight rampage through a German city before killing himself, officials said.\n"
        "The attack late on Wednesday targeted two cafes in Kassel, in the western state of Hesse.\n"
        "Police followed a car used to leave the scene to its owner's address, where they found the bodies of a "
        "41-year-old German man and his 70-year-old mother, the state interior minister said."
    )
    incident = only_incident(text, date(2020, 2, 20))
    assert incident_summary(incident) == ("killing", "Kassel", "2020-02-19", "day", 8, [])
    assert incident.sources[0].attributed_to == "officials"


def test_the_suspect_then_opened_fire_at_a_second_bar_one_rampage():
    text = (
        "A gunman opened fire on two cafes in Kassel, Germany, killing at least eight people and injuring several "
        "others, police have revealed.\n"
        "The attack took place on Wednesday night, February 19. The first target was the Sunset cafe in the city "
        "centre, where at least three people were killed.\n"
        "The suspect then fled in a dark car to another neighbourhood and opened fire at the Orbit Bar, where at least "
        "four people were killed."
    )
    incident = only_incident(text, date(2020, 2, 20))
    assert incident_summary(incident)[2:5] == ("2020-02-19", "day", 8)
    assert incident.sources[0].attributed_to == "police"


def test_a_toll_that_climbed_this_morning_and_the_night_the_horror_unfolded():
    text = (
        "EIGHT people were shot dead when a gunman opened fire on two cafes in the German city of Kassel overnight.\n"
        "The horror first unfolded on Wednesday night when the gunman stormed the Sunset cafe about 10pm.\n"
        "The death toll this morning climbed to eight, with at least four people badly injured."
    )
    incident = only_incident(text, date(2020, 2, 20))
    assert incident_summary(incident) == ("killing", "Kassel", "2020-02-19", "day", 8, [])
    told = text.replace(
        "The horror first unfolded on Wednesday night when the gunman stormed the Sunset cafe about 10pm.\n", ""
    )
    assert incident_summary(only_incident(told, date(2020, 2, 20)))[2:4] == (None, "unknown")


def test_prosecutors_said_names_the_source_of_a_shooting_told_in_passing():
    text = (
        "A gunman suspected of shooting eight people dead at two cafes in Kassel, Germany, on Wednesday night is "
        "believed to have a far-right background, prosecutors said Thursday."
    )
    incident = only_incident(text, date(2020, 2, 20))
    assert incident_summary(incident)[:5] == ("killing", "Kassel", "2020-02-19", "day", 8)
    assert incident.sources[0].attributed_to == "prosecutors"
