"""Lessons from real reports of the Myanmar military's air strike on a Kachin concert at A Nang Pa, Hpakant, in
October 2022: "Three ... fighter jets" are no victims; "a site called A Nang Pa in jade-rich Hpakant Township" is the
scene; "As many as 80 people have been killed after the Myanmar military bombed a music concert" is one act's toll,
not a running figure; a "Photo:" credit line's town is no scene; "since the military coup ... on February 1 last
year" dates nothing; "launched airstrikes on a music festival" is a bombing, "concertgoers" are civilians and "(STR/AFP
via Getty Images)" credits a photo. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident


def test_jets_are_no_victims_and_a_site_in_a_township_is_the_scene():
    text = (
        "Myanmar junta airstrikes on a music festival killed dozens of people in Kachin State on Sunday evening, "
        "a spokesperson said.\n\nThe concert was held at a site called Nam Hka in jade-rich Hpakant Township, an "
        "area under rebel control.\n\nThree Myanmar military fighter jets dropped bombs on the location at around "
        "8:30pm, killing at least 40 people."
    )
    incident = only_incident(text, date(2022, 10, 24))
    assert incident_summary(incident) == ("bombing", "Nam Hka", "2022-10-23", "day", 40, ["myanmar-military"])


def test_a_toll_told_with_the_bombing_that_caused_it_is_no_running_figure():
    text = (
        "As many as 70 people have been killed after the Myanmar military bombed a music concert in the country's "
        "north, in what is believed to be the regime's deadliest airstrike since the coup.\n"
        "Myanmar Air Force fighter jets take part in a display in Naypyidaw on March 27, 2022. Photo: STR/AFP via "
        "Getty Images\n"
        "Bombs were dropped by Myanmar military fighter jets at a Sunday event in Kachin State attended by thousands."
    )
    incidents, claims = analyse_text(text, date(2022, 10, 24))
    assert claims == []
    [incident] = incidents
    assert incident_summary(incident)[1:] == ("Kachin State", "2022-10-23", "day", 70, ["myanmar-military"])


def test_the_day_of_a_coup_compared_with_dates_nothing():
    text = (
        "At least 60 people were killed in an airstrike on a concert in Kachin State. The attack is the worst in a "
        "single attack since the military coup against the elected government on February 1 last year."
    )
    assert incident_summary(only_incident(text, date(2022, 10, 24)))[2:4] == (None, "unknown")


def test_air_strikes_launched_on_a_festival_under_a_headline_of_concertgoers_killed():
    text = (
        "Airstrike Kills Dozens of Concertgoers in Kachin Rebel Territory, Reports Say\n"
        "Junta fighter jets fly over the capital Naypyidaw on March 27, 2022. (STR/AFP via Getty Images)\n"
        "The Burmese military on Sunday launched airstrikes on a music festival hosted by an ethnic minority group in "
        "northern Kachin State, killing at least 30 civilians and injuring 70 more, according to local reports."
    )
    incident = only_incident(text, date(2022, 10, 25))
    assert incident_summary(incident) == ("bombing", "Kachin State", "2022-10-23", "day", 30, ["myanmar-military"])
