"""Lessons from real reports of the suicide bombing of a tour group in Istanbul's old town: a month told just after a
sentence that opens on a year is in that year; "the attacker was X, a member of Y" blames Y; an act another is dated
from ("One day after ISIS claimed ... in Baghdad,") lends it no place; a country "fighting against all of them" tells
no battle; tourists counted by nationality ("eight Germans") are victims, and being "counted among" them makes no
tally. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, incident_summary, only_incident


def test_a_month_after_a_years_sentence_and_the_attacker_named_as_a_member():
    text = (
        "On 10 March 2018, a suicide attack in Izmir's old bazaar killed 9 people. The attacker was Ali Kaya, a Syrian"
        " member of the Islamic State. In 2017, the country suffered a string of bombings. In June, 40 people were"
        " killed in an Islamic State suicide attack at a concert in Mersin. In October, two suicide bombers killed 12"
        " people outside a stadium in Adana."
    )
    acts, figures = acts_and_figures(text, date(2019, 2, 1))
    assert acts == [
        ("bombing", "Adana", "2017-10-01", "month", 12),
        ("bombing", "Mersin", "2017-06-01", "month", 40),
        ("bombing", "İzmir", "2018-03-10", "day", 9),
    ]
    assert figures == []
    assert incident_summary(only_incident(text.split(" In 2017")[0], date(2019, 2, 1)))[5] == ["isis"]


def test_the_act_another_is_dated_from_lends_no_place_and_a_struggle_is_no_battle():
    text = (
        "One day after ISIS claimed responsibility for a car bomb at a market in Mosul, a suspected member of the"
        " group killed 9 people in a suicide bombing in the heart of Izmir on Saturday. Turkey is 'fighting against"
        " all of them equally'."
    )
    row = incident_summary(only_incident(text, date(2018, 3, 12)))
    assert row == ("bombing", "İzmir", "2018-03-10", "day", 9, ["isis"])


def test_victims_counted_by_nationality():
    text = (
        "A tour operator said it did not know how many of its clients counted among the six Norwegians killed in"
        " Saturday's bombing in Izmir."
    )
    assert acts_and_figures(text, date(2018, 3, 12)) == ([("bombing", "İzmir", "2018-03-10", "day", 6)], [])
