"""Lessons from real reports of Hamas's attacks on Israeli communities on 7 October 2023: Hamas and the Israeli army
join the actor table, Be'eri, Kfar Aza, Nir Oz and the Negev the gazetteer; "murdered at least 110 of its 1,200
residents" counts 110, not the town's people, and "took control of the town early Saturday morning and murdered" keeps
the day; a kibbutz "founded in 1951 and inhabited by just under 800 people" gives no year and no toll; journalists
"who visited the kibbutz said" are no victims; "according to the volunteers of the ... service Zaka" names Zaka; a
ministry's count of those "killed during retaliatory strikes" is a bombing figure, not the raid's toll; a kibbutz
"next to the Gaza Strip" and a sister "held hostage in Gaza" set no scene. Texts of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import acts_and_figures, incident_summary, only_incident, source


def test_a_share_of_a_towns_residents_is_the_toll_and_the_capture_keeps_the_day():
    text = (
        "Hamas gunmen took control of Kibbutz Nir Oz early Saturday morning and murdered at least 40 of its 400 "
        "residents."
    )
    incident = only_incident(text, date(2023, 10, 13))
    assert incident_summary(incident) == ("killing", "Nir Oz", "2023-10-07", "day", 40, ["hamas"])


def test_a_kibbutz_founding_year_and_population_are_no_figure_and_the_aid_service_is_the_source():
    text = (
        "In Kfar Aza, founded in 1951 and inhabited by about 750 people, Hamas militants killed at least 60 residents "
        "on Saturday, according to the volunteers of the emergency service Zaka. Several journalists who visited the "
        "kibbutz said they saw bodies in the streets."
    )
    incident = only_incident(text, date(2023, 10, 10))
    assert incident_summary(incident) == ("killing", "Kfar Aza", "2023-10-07", "day", 60, ["hamas"])
    assert source(incident) == "Zaka"


def test_deaths_in_retaliatory_strikes_are_a_bombing_figure_beside_the_raid():
    text = (
        "Hamas gunmen killed more than 1,000 people in Israel on Saturday, officials said. In the Gaza Strip, health "
        "officials said 900 people had been killed during retaliatory strikes by Israel."
    )
    acts, figures = acts_and_figures(text, date(2023, 10, 11))
    assert acts == [("killing", "Israel", "2023-10-07", "day", 1000)]
    assert figures == [("bombing", 900, "exact")]


def test_the_strip_next_to_a_kibbutz_is_not_its_scene():
    text = (
        "Hamas militants went house to house in Kibbutz Be'eri, a farming community next to the Gaza Strip, killing "
        "at least 90 people on Saturday, witnesses said. One resident's sister is presumed to be held hostage in Gaza."
    )
    acts, _ = acts_and_figures(text, date(2023, 10, 12))
    assert ("killing", "Be'eri", "2023-10-07", "day", 90) in acts
    assert all(act[1] not in ("Gaza", "Gaza Strip") for act in acts)
