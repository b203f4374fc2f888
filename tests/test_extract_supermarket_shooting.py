"""Lessons from real reports of the racist mass shooting at a supermarket in Buffalo, New York (14 May 2022): a lone
gunman is no actor of the table, so the act has no named doer; "This image was captured on the social media app" is a
picture taken, not people held, so the killing is no execution; "Buffalo Police Commissioner Joseph Gramaglia" is
Joseph Gramaglia. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import child_roles, incident_summary, only_incident, source

_DAY = date(2022, 5, 14)


def test_a_picture_captured_holds_no_one():
    text = (
        "This image was captured on a social media app.\nA gunman shot dead 10 people at a supermarket in Buffalo, "
        "New York, on Saturday, Buffalo Police Commissioner Joseph Gramaglia said."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Buffalo", "2022-05-14", "day", 10, [])
    assert (source(incident), child_roles(incident)) == ("Joseph Gramaglia", [])


def test_a_city_police_commissioner_is_named_without_the_title():
    text = (
        "A gunman killed ten people in Buffalo, New York, on Saturday, City Police Commissioner Joseph Gramaglia said."
    )
    incident = only_incident(text, _DAY)
    assert incident_summary(incident) == ("killing", "Buffalo", "2022-05-14", "day", 10, [])
    assert source(incident) == "Joseph Gramaglia"
