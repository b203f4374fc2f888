"""Lessons from real reports of the shooting at Charlie Hebdo's offices in Paris on 7 January 2015: "brothers Cherif and
Said Kouachi" name two men, not a speaker (the day before them stays the act's), "Concurrently, ... took hostages at a
kosher supermarket, killing four" is a second killing and no abduction, "Three masked gunmen kill 12 people" counts the
dead and not the gunmen, "according to French video" names no source, a page's date on its own line dates nothing, and
an office "firebombed" was bombed. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_text, incident_summary, only_incident

from marsad.extract.semantic import lexicon_types


def test_a_name_that_reads_said_is_no_speaker():
    text = (
        "On March 3, 2016, brothers Karim and Said Benali, wielding rifles, burst into the offices of a radio station"
        " in Tunis and killed seven people."
    )
    incident = only_incident(text, date(2023, 3, 3))
    assert incident_summary(incident)[:5] == ("killing", "Tunis", "2016-03-03", "day", 7)


def test_hostages_taken_concurrently_and_killed_are_a_second_killing():
    text = (
        "On May 4, 2016, gunmen attacked a newspaper's offices in Lyon, killing six people. Concurrently, a third man"
        " took hostages at a bakery, killing two."
    )
    incidents, _ = analyse_text(text, date(2016, 5, 5))
    assert [incident_summary(i)[:5] for i in incidents] == [
        ("killing", "Lyon", "2016-05-04", "day", 6),
        ("killing", "Lyon", "2016-05-04", "day", 2),
    ]


def test_the_gunmen_are_not_the_dead_and_a_video_is_no_source():
    text = (
        "12 dead\n\n4 May, 2016\n\nThree masked gunmen kill 12 people, including the editor, in an attack on the Lyon"
        " offices of a weekly. One gunman, according to French video:\n\nWe avenged them!"
    )
    incident = only_incident(text, date(2016, 5, 4))
    assert incident_summary(incident)[:5] == ("killing", "Lyon", None, "unknown", 12)
    assert incident.sources[0].attributed_to is None


def test_firebombed_is_a_bombing_word():
    assert lexicon_types("In 2011 the newspaper's office was firebombed.") == ["bombing"]
