"""Lessons from real reports of Russian strikes on Zaporizhzhia and its neighbours (2022 and 2023): "Russia's strike"
names Russia's forces and, like "Another Russian strike killed ...", tells a bombing; a strike that "had been executed
by" an army was carried out, not an execution; "Ukrainian" names Ukraine, so a town the gazetteer knows is not read as
Russia's; a sentence that opens "In Nikopol, a city to the northwest ..." tells an act of its own. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, incident_summary, only_incident


def test_russias_strike_is_a_bombing_and_a_strike_executed_by_an_army_no_execution():
    text = (
        "Eleven civilians were killed by Russia's strike on a convoy near Zaporizhzhia, the governor said. A "
        "pro-Russian official claims the strike had been executed by Ukraine's army."
    )
    incident = only_incident(text, date(2022, 10, 7))
    assert incident_summary(incident) == ("bombing", "Zaporizhzhya", None, "unknown", 11, ["russia-military"])


def test_another_russian_strike_is_a_bombing_by_russias_forces():
    text = "Another Russian strike killed two men in Kherson on Tuesday, the regional governor said."
    incident = only_incident(text, date(2023, 11, 8))
    assert incident_summary(incident) == ("bombing", "Kherson", "2023-11-07", "day", 2, ["russia-military"])


def test_a_sentence_opening_on_another_city_tells_another_strike():
    text = (
        "A Russian missile killed three people in Zaporizhzhia on Monday, officials said. In Nikopol, a city to the "
        "northwest across the river, a man died on Monday after Russian shelling struck the city."
    )
    acts, _ = acts_and_figures(text, date(2023, 11, 14))
    assert acts == [
        ("bombing", "Nikopol", "2023-11-13", "day", 1),
        ("bombing", "Zaporizhzhya", "2023-11-13", "day", 3),
    ]


def test_a_ukrainian_official_names_ukraine_as_the_country_of_the_city_struck():
    text = (
        "Ukrainian officials said a Russian missile attack in the city of Zaporizhzhia killed at least two people. "
        "Russia targeted the area with six missiles early Wednesday."
    )
    incident = only_incident(text, date(2023, 10, 18))
    assert incident.as_json()["location"]["country"] == "UA"
