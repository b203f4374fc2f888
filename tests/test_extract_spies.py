"""Lessons from real reports of al-Shabaab's public executions of men accused of spying (a country the men "spied
for the United States", a militant killed "in an air strike" told beside them), each pinned by a text of our own."""

from __future__ import annotations

from datetime import date

from extract_helpers import analyse_many_texts, incident_summary


def test_the_country_men_spied_for_is_no_scene_and_militants_killed_from_the_air_fell_in_a_battle():
    text = (
        "Al-Shabaab militants shot four men accused of spying for the United States in a public execution on Tuesday,"
        " a Somali official said. The men were tied to poles before a firing squad killed them. Separately, the US"
        " military said it killed two militants in an air strike in southern Somalia on Monday."
    )
    [(incidents, _)] = analyse_many_texts([text], date(2019, 3, 14))
    summaries = sorted((i.type, i.location["country"], i.date.start, i.victim_count.best) for i in incidents)
    assert summaries == [("armed_clash", "SO", "2019-03-11", 2), ("execution", "SO", "2019-03-12", 4)]
    assert incident_summary(next(i for i in incidents if i.type == "execution"))[1] in (None, "Somalia")
